"""Typed records that pass between the stages: articles in, events out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article. Offsets in events count in `text`."""

    article_id: str
    text: str
    published: dt.date
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # the file (and record) it came from, for messages


@dataclass(frozen=True, slots=True)
class RecordError:
    """A record that could not be read or coded; the batch goes on without it."""

    origin: str
    message: str
    level: str = "error"  # or "warning": the record was still coded

    def __str__(self) -> str:
        return f"{self.level}: {self.origin}: {self.message}"


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention coded as country + sector (either may be None)."""

    text: str
    start: int
    end: int
    country: str | None
    sector: str | None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Plover:
    event: str | None
    mode: str | None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: a gazetteer place and the words that named it."""

    name: str
    country: str | None  # ISO3
    admin1: str | None  # first-level subdivision name
    admin1_code: str | None  # GeoNames admin1 code, e.g. "SY.10"
    lat: float
    lon: float
    geonameid: str  # GeoNames id, or the project's own id ("ne:...") for added places
    precision: str  # site | city | admin1 | country
    text: str
    start: int
    end: int
    source: str  # clause | sentence | article: which fallback gave it


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event; `to_dict` gives the public JSON record (docs/schema.md)."""

    event_id: str
    article_id: str
    published: dt.date
    date: dt.date
    date_precision: str  # day | week | month | season | year | published
    date_text: str | None
    modality: str  # asserted | negated | hypothetical | future
    historical: bool  # the event date is more than 30 days before publication
    sentence_index: int
    sentence: str
    trigger: Span
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    primary: bool
    confidence: float
    rule: str
    location: Location | None = None
    evidence: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        del d["evidence"]
        d["published"] = self.published.isoformat()
        d["date"] = self.date.isoformat()
        return d


# the public record's field names, in order (docs/schema.md documents each)
EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event) if f.name != "evidence")
