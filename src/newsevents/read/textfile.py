"""The ` date YYYY-MM-DD` text format: the header, then the article (same line or next)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..models import Article, RecordError
from ._common import Decoded, date_error, parse_date

HEADER = re.compile(r"^\s*date\s+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)


def read_textfile(decoded: Decoded, origin: str, name: str, published: dt.date | None) -> Iterator[Article | RecordError]:
    text = decoded.text
    m = HEADER.match(text)
    date = None
    if m:
        date = parse_date(m.group(1))
        if date is None and published is None:
            yield date_error(origin, m.group(1))
            return
        text = text[m.end() :]
    date = date or published
    if date is None:
        yield RecordError(origin, "no ' date YYYY-MM-DD' header (give --published DATE to date such files)")
        return
    if not text.strip():
        yield RecordError(origin, "no article text after the date header")
        return
    yield Article(article_id=name, text=text, published=date, origin=origin)
