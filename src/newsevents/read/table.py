"""CSV/TSV with a header row; `Columns` maps the article fields to column names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator

from ..models import Article, RecordError
from ._common import Columns, Decoded, date_error, parse_date

csv.field_size_limit(sys.maxsize)


def read_table(
    decoded: Decoded, origin: str, name: str, published: dt.date | None, cols: Columns, delimiter: str = ","
) -> Iterator[Article | RecordError]:
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    if cols.text not in header:
        yield RecordError(origin, f"no {cols.text!r} column (columns: {', '.join(header)}; map one with --text-col)")
        return
    try:
        for rec in reader:
            row = reader.line_num
            where = f"{origin}:{row}"
            text = rec.get(cols.text) or ""
            if not text.strip():
                yield RecordError(where, "record has no text")
                continue
            raw_date = rec.get(cols.date)
            date = parse_date(raw_date) or published
            if date is None:
                yield date_error(where, raw_date)
                continue
            rid = (rec.get(cols.id) or "").strip()
            yield Article(
                article_id=rid or f"{name}:{row}",
                text=text,
                published=date,
                title=rec.get(cols.title) or None,
                url=rec.get(cols.url) or None,
                source=rec.get(cols.source) or None,
                origin=where,
            )
    except csv.Error as exc:
        yield RecordError(f"{origin}:{reader.line_num}", f"broken CSV ({exc}); the rest of the file is skipped")
