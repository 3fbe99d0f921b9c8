"""What all readers share: decoding, dates, the English check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import Article, RecordError

ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")
US_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")

# function words that make up a large share of any English text
_ENGLISH = frozenset(
    "the of and to in a is that for on with as was by at from it be has have are said an "
    "were this which not or but their its after had will been his they who would also".split()
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Columns:
    """Which CSV/JSONL fields hold what (CSV column mapping)."""

    text: str = "text"
    date: str = "date"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    source: str = "source"


@dataclass(frozen=True)
class Decoded:
    text: str


def decode(data: bytes, origin: str) -> Decoded | RecordError:
    if not data.strip():
        return RecordError(origin, "empty file")
    if b"\x00" in data[:8192]:
        return RecordError(origin, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return RecordError(origin, f"not UTF-8 text (undecodable byte at offset {exc.start})")
    return Decoded(text)


def parse_date(value: object) -> dt.date | None:
    """ISO (YYYY-MM-DD, optionally with a time) or M/D/YYYY; None if unusable."""
    if value is None:
        return None
    s = str(value)
    m = ISO_DATE.match(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = US_DATE.match(s)
        if not m:
            return None
        mo, d, y = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


LONG_ARTICLE = 1_000_000  # spaCy's max_length: longer articles are parsed in paragraph chunks


def check_size(article: Article) -> RecordError | None:
    """A warning for a very long article (it is still coded, in paragraph chunks)."""
    if len(article.text) > LONG_ARTICLE:
        return RecordError(
            article.origin,
            f"very long article ({len(article.text) / 1e6:.1f} M characters): coded in paragraph chunks",
            "warning",
        )
    return None


def check_language(article: Article) -> RecordError | None:
    """A warning for text that is not English (it is skipped: the English model would misread it)."""
    words = _WORD.findall(article.text[:3000].lower())
    if len(words) < 8:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share < 0.08:
        return RecordError(article.origin, f"does not look like English ({share:.0%} English function words); skipped", "warning")
    return None


def date_error(origin: str, value: object) -> RecordError:
    if value in (None, ""):
        return RecordError(origin, "no date (give --published DATE to date such records)")
    return RecordError(origin, f"unusable date {value!r} (use YYYY-MM-DD or M/D/YYYY, or give --published DATE)")
