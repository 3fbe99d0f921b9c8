"""Readers: files, directories and stdin in, `Article` or `RecordError` out.

One reader per format: `textfile` (the ` date YYYY-MM-DD` header format),
`jsonl` and `table` (CSV/TSV). `read_inputs` picks the reader by extension
(or by content for stdin) and never raises for one bad record: it yields a
`RecordError` naming the file and record, and goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, RecordError
from ._common import Columns, Decoded, check_language, check_size, decode, parse_date
from .jsonl import read_jsonl
from .table import read_table
from .textfile import read_textfile

__all__ = ["Columns", "read_inputs", "read_path", "parse_date"]

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TABLE_SUFFIXES = {".csv", ".tsv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | TABLE_SUFFIXES


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    published: str | None = None,
    columns: Columns | None = None,
    stdin: io.BufferedIOBase | None = None,
) -> Iterator[Article | RecordError]:
    """Yield every article of every input ('-' is stdin; a directory is read recursively)."""
    default_date = parse_date(published) if published else None
    if published and default_date is None:
        raise InputError(f"--published {published!r} is not a date (use YYYY-MM-DD or M/D/YYYY)")
    cols = columns or Columns()
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(), "<stdin>", None, default_date, cols)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for p in files:
                if p.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_path(p, published=default_date, columns=cols)
        elif path.exists():
            yield from read_path(path, published=default_date, columns=cols)
        else:
            yield RecordError(str(path), "no such file or directory")


def read_path(path: Path, *, published=None, columns: Columns | None = None) -> Iterator[Article | RecordError]:  # type: ignore[no-untyped-def]
    """Read one file by its extension."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RecordError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), path.suffix.lower(), published, columns or Columns())


def _read_bytes(data: bytes, origin: str, suffix: str | None, published, cols: Columns) -> Iterator[Article | RecordError]:  # type: ignore[no-untyped-def]
    decoded = decode(data, origin)
    if isinstance(decoded, RecordError):
        yield decoded
        return
    if suffix is None:  # stdin: sniff the content
        suffix = _sniff(decoded)
    name = Path(origin).name
    if suffix in JSONL_SUFFIXES:
        records: Iterable[Article | RecordError] = read_jsonl(decoded, origin, name, published)
    elif suffix in TABLE_SUFFIXES:
        records = read_table(decoded, origin, name, published, cols, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        records = read_textfile(decoded, origin, name, published)
    for rec in records:
        if isinstance(rec, Article):
            problem = check_language(rec)
            if problem is not None:
                yield problem
                continue
            long_warning = check_size(rec)
            if long_warning is not None:
                yield long_warning
        yield rec


def _sniff(decoded: Decoded) -> str:
    head = decoded.text.lstrip()[:200]
    if head.startswith("{"):
        return ".jsonl"
    if head.lower().startswith("date "):
        return ".txt"
    first = head.splitlines()[0] if head else ""
    if "\t" in first:
        return ".tsv"
    if "," in first and "text" in first.lower():
        return ".csv"
    return ".txt"
