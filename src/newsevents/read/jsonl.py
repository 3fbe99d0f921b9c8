"""JSON Lines: one article per line with id, date, text and optional title, url, source."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from ..models import Article, RecordError
from ._common import Decoded, date_error, parse_date


def read_jsonl(decoded: Decoded, origin: str, name: str, published: dt.date | None) -> Iterator[Article | RecordError]:
    for lineno, line in enumerate(decoded.text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(where, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield RecordError(where, "a JSON line must be an object with id, date and text")
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            yield RecordError(where, "record has no text")
            continue
        date = parse_date(rec.get("date")) or published
        if date is None:
            yield date_error(where, rec.get("date"))
            continue
        rid = rec.get("id")
        yield Article(
            article_id=str(rid) if rid not in (None, "") else f"{name}:{lineno}",
            text=text,
            published=date,
            title=_opt(rec.get("title")),
            url=_opt(rec.get("url")),
            source=_opt(rec.get("source")),
            origin=where,
        )


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)
