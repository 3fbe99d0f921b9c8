"""The parts on their own: every place and every temporal expression in a text.

`places` lists each place mention with the place it resolves to (the same geoparser
that locates events: `geo.py`); `dates` lists each temporal expression with its
TimeML type and normalised value against the publication date (the same resolver
that dates events: `when.py`). Neither codes events, so both run faster than `code`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .geo import ArticlePlaces, Mention, lead_sentences
from .models import Article, RecordError
from .pipeline import BATCH_SIZE, Coder, _batches
from .when import DateValue, expressions, sentence_anchor

SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place name in an article and the place it names (null fields when unresolved)."""

    article_id: str
    text: str
    start: int
    end: int
    kind: str  # place | demonym | metonym
    name: str | None
    geonameid: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin1_code: str | None
    precision: str | None  # site | city | admin1 | country
    score: float | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression, typed and normalised as in TimeML."""

    article_id: str
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # "2019-08", "2020-W04", "2019-SU", "P2D", "PRESENT_REF"; null when it cannot be normalised
    precision: str | None  # day | week | month | season | year (as event dates); null for durations and sets

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


PLACE_FIELDS = tuple(f.name for f in dataclasses.fields(PlaceMention))
TIME_FIELDS = tuple(f.name for f in dataclasses.fields(TimeExpression))


# --- places -----------------------------------------------------------------------------------


def article_places(coder: Coder, art: Article, docs: list[tuple[int, Doc]]) -> list[PlaceMention]:
    """Every place mention of a parsed article, resolved in the article's context."""
    geo = coder.geo
    places = ArticlePlaces()
    found: list[Mention] = []
    extra: list[PlaceMention] = []
    for (offset, doc), lead in zip(docs, lead_sentences(docs), strict=True):
        mentions = geo.mentions(doc, offset, lead)
        found += mentions
        names = coder.actors.names(doc)
        for entry in {id(e): e for e in (names.get(t.i) for t in doc) if e is not None}.values():
            if entry[1].country:
                places.actor_countries[entry[1].country] += 1
        taken = {i for m in mentions for i in range(m.start, m.end)}
        extra += _demonyms(coder, art, doc, offset, taken)
        extra += _unresolved(coder, art, doc, offset, taken)
    places.mentions = [m for m in found if m.refers is None]  # 'the town' is not a place name
    geo.resolve(places)
    resolved = {id(m) for m in places.mentions}
    out = [_place_record(art, m, coder) for m in found if m.refers is None and id(m) in resolved]
    out += [_place_record(art, m, coder, unresolved=True) for m in found if m.refers is None and id(m) not in resolved]
    return sorted(out + extra, key=lambda r: (r.start, r.end))


def _place_record(art: Article, m: Mention, coder: Coder, unresolved: bool = False) -> PlaceMention:
    p = None if unresolved else m.place
    capital = coder.geo.is_capital(m.text)
    kind = "metonym" if capital and not m.governed else "place"  # 'Ankara said', 'talks between Ankara and Moscow'
    if p is None:
        return PlaceMention(art.article_id, m.text, m.char_start, m.char_end, kind, *([None] * 9))
    return PlaceMention(
        art.article_id, m.text, m.char_start, m.char_end, kind,
        p.name, p.id, p.lat, p.lon, p.country, p.admin1, p.admin1_code, p.precision, m.score,
    )  # fmt: skip


def _demonyms(coder: Coder, art: Article, doc: Doc, offset: int, taken: set[int]) -> Iterator[PlaceMention]:
    """'Syrian', 'French': the country the word belongs to."""
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        country = coder.geo.adjective_country.get(tok.lower_) or coder.geo.demonym_country.get(tok.lower_)
        if country is None:
            continue
        p = coder.gazetteer.country(country.iso3)
        if p is None:
            continue
        yield PlaceMention(
            art.article_id, tok.text, tok.idx + offset, tok.idx + len(tok) + offset, "demonym",
            p.name, p.id, p.lat, p.lon, p.country, None, None, "country", 1.0,
        )  # fmt: skip


def _unresolved(coder: Coder, art: Article, doc: Doc, offset: int, taken: set[int]) -> Iterator[PlaceMention]:
    """The parser's place entities the gazetteer lacks ('Third Presbyterian Church', 'Lake Manassas')."""
    geo = coder.geo
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or any(i in taken for i in range(ent.start, ent.end)):
            continue
        low = ent.text.lower()
        if low in geo.actor_names or low in geo.demonyms or low in geo.adjective_country:
            continue  # a known person or group the parser took for a place ('Erdogan')
        span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        yield PlaceMention(
            art.article_id, span.text, span.start_char + offset, span.end_char + offset, "place",
            None, None, None, None, None, None, None, None, None,
        )  # fmt: skip


# --- dates -------------------------------------------------------------------------------------


class TimexNormalizer:
    """TimeML types and values for the expressions the date resolver reads (when.py)."""

    def __init__(self, coder: Coder) -> None:
        self.resolver = coder.dates
        w = coder.knowledge.dates
        self.references: dict[str, str] = w["reference_words"]
        self.sets: dict[str, str] = w["set_words"]
        self.units: dict[str, str] = w["duration_units"]
        self.parts_of_day: dict[str, str] = w["parts_of_day"]
        self.numbers: dict[str, int] = w["numbers"]
        unit = "|".join(self.units)
        num = r"(\d+(?:\.\d+)?|an?|one|[a-z]+)"
        self._duration = re.compile(
            rf"^(?:for |about |around |nearly |almost |some |more than |over |under |less than |at least |up to |"
            rf"the past |the last |the next |the first |the previous |another )*{num}[ -]({unit})s?(?:[ -]long| old)?$"
        )
        self._bare_duration = re.compile(rf"^(?:for |the past |the last |the next )?({unit})s$")  # 'for years'
        self._set = re.compile(rf"^(?:every|each) (?:(other) )?({unit}|{'|'.join(self.resolver.weekdays)})$")
        self._clock = re.compile(r"^(?:at |around |about )?(\d{1,2})(?:[:.]?(\d{2}))? ?(a\.?m\.?|p\.?m\.?)?$")

    def normalize(
        self, text: str, label: str, published: dt.date, tense: str, anchor: dt.date | None = None
    ) -> tuple[str, str | None, str | None]:
        """(type, value, precision) of one expression."""
        s = re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()
        s = re.sub(r"^(the|a|an) (?=\w+ly$)", "", s)
        if s in self.references:
            return "DATE", self.references[s], None
        if s in self.sets:
            return "SET", self.sets[s], None
        m = self._set.match(s)
        if m:
            return "SET", self._set_value(m[2], 2 if m[1] else 1), None
        m = self._duration.match(s)
        n = self._number(m[1]) if m else None
        if m and n is not None and not re.search(r"\b(ago|earlier|later|before|after)\b", s):
            return "DURATION", self._period(n, m[2]), None
        m = self._bare_duration.match(s)
        if m:
            return "DURATION", self._period(None, m[1]), None
        clock = self._clock.match(s) is not None and any(c in s for c in ":.m")  # '7:15', '630 a.m.', not '2018'
        if label == "TIME" or clock or any(p in s.split() for p in self.parts_of_day):
            return self._time(text, s, published, tense)
        v = self.resolver.resolve(text, published, tense, anchor)
        if v is None:
            return "DATE", None, None
        return "DATE", timeml_date(v), v.precision

    def _time(self, text: str, s: str, published: dt.date, tense: str) -> tuple[str, str | None, str | None]:
        words = s.split()
        part = next((self.parts_of_day[w] for w in words if w in self.parts_of_day), None)
        rest = " ".join(w for w in words if w not in self.parts_of_day and w not in ("this", "last", "the", "in", "on", "at"))
        day: DateValue | None = None
        if rest and not self._clock.match(rest):
            day = self.resolver.resolve(rest, published, tense)
        if "last night" in s or "overnight" in s:
            day = DateValue(published - dt.timedelta(days=1), "day", text)
        date = day.date if day is not None and day.precision == "day" else published
        clock = self._clock.match(rest) if rest else None
        if clock and (clock[2] or clock[3]):
            hour, minute = int(clock[1]), int(clock[2] or 0)
            if clock[3] and clock[3].startswith("p") and hour < 12:
                hour += 12
            if clock[3] and clock[3].startswith("a") and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                return "TIME", f"{date.isoformat()}T{hour:02d}:{minute:02d}", "day"
        if part is not None:
            return "TIME", f"{date.isoformat()}T{part}", "day"
        return "TIME", None, None

    def _number(self, word: str) -> float | None:
        if word in ("a", "an"):
            return 1
        try:
            return float(word)
        except ValueError:
            return self.numbers.get(word)

    def _period(self, n: float | None, unit: str) -> str:
        code = self.units[unit]
        prefix, letters = ("PT", code[2:]) if code.startswith("PT") else ("P", code[1:])
        amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
        return f"{prefix}{amount}{letters}"

    def _set_value(self, unit: str, every: int) -> str:
        if unit in self.resolver.weekdays:
            return f"XXXX-WXX-{self.resolver.weekdays[unit] + 1}"
        return self._period(every, unit)


def timeml_date(v: DateValue) -> str:
    """A resolved date in TimeML form at its precision: 2020-01-31, 2020-W04, 2019-08, 2019-SU, 2019."""
    d = v.date
    if v.precision == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if v.precision == "month":
        return f"{d.year}-{d.month:02d}"
    if v.precision == "season":
        return f"{d.year}-{SEASON_CODES.get(d.month, 'XX')}"
    if v.precision == "year":
        return str(d.year)
    return d.isoformat()


def article_dates(coder: Coder, normalizer: TimexNormalizer, art: Article, docs: list[tuple[int, Doc]]) -> list[TimeExpression]:
    """Every temporal expression of a parsed article, normalised against its publication date."""
    out: list[TimeExpression] = []
    for offset, doc in docs:
        taken: set[int] = set()
        for sent in doc.sents:
            exprs = expressions(sent)
            governors = {x.span.start: x.governor for x in exprs}
            anchor = sentence_anchor(coder.dates, exprs, art.published)  # "two days earlier" than what
            for span, label in _time_spans(sent):
                taken.update(range(span.start, span.end))
                gov = governors.get(span.start, governors.get(span.start + 1))
                tense = coder.dates.tense(doc[gov]) if gov is not None else "past"
                out.append(_timex(normalizer, art, span, offset, label, tense, anchor))
        for tok in doc:  # 'now', 'currently', 'daily': words the parser does not call dates
            if tok.i in taken:
                continue
            for n in (3, 2, 1):
                span = doc[tok.i : tok.i + n]
                if (
                    len(span) == n
                    and span.text.lower() in normalizer.references | normalizer.sets
                    and not taken & set(range(span.start, span.end))
                ):
                    out.append(_timex(normalizer, art, span, offset, "DATE", "past"))
                    taken.update(range(span.start, span.end))
                    break
    return sorted(out, key=lambda r: r.start)


def _time_spans(sent: Span) -> Iterator[tuple[Span, str]]:
    """The sentence's DATE and TIME entities, 'Thursday' + 'night' joined, 'every' kept with 'Friday'."""
    doc = sent.doc
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    i = 0
    while i < len(ents):
        start, end, label = ents[i].start, ents[i].end, ents[i].label_
        while i + 1 < len(ents) and ents[i + 1].start == end:  # adjacent: one expression
            i += 1
            end = ents[i].end
            label = "TIME" if "TIME" in (label, ents[i].label_) else label
        if start > sent.start and doc[start - 1].lower_ in ("every", "each"):
            start -= 1
        yield doc[start:end], label
        i += 1


def _timex(
    normalizer: TimexNormalizer, art: Article, span: Span, offset: int, label: str, tense: str, anchor: dt.date | None = None
) -> TimeExpression:
    kind, value, precision = normalizer.normalize(span.text, label, art.published, tense, anchor)
    return TimeExpression(art.article_id, span.text, span.start_char + offset, span.end_char + offset, kind, value, precision)


# --- many articles ----------------------------------------------------------------------------


def extract(
    items: Iterable[Article | RecordError], what: str, *, coder: Coder | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Article, list[PlaceMention] | list[TimeExpression]] | RecordError]:
    """Places (`what="places"`) or dates (`what="dates"`) of a stream of articles, in order."""
    if what not in ("places", "dates"):
        raise ValueError(f"unknown part {what!r}")
    c = coder or Coder()
    normalizer = TimexNormalizer(c) if what == "dates" else None
    for batch in _batches(items, batch_size):
        arts = [a for a in batch if isinstance(a, Article)]
        parsed = {id(art): (art, docs) for art, docs, _ in c.parse(arts)}
        for item in batch:
            if isinstance(item, RecordError):
                yield item
                continue
            art, docs = parsed[id(item)]
            try:
                if normalizer is not None:
                    yield art, article_dates(c, normalizer, art, docs)
                else:
                    yield art, article_places(c, art, docs)
            except Exception as exc:  # one bad article never stops the batch
                yield RecordError(art.origin or art.article_id, f"{what} failed: {type(exc).__name__}: {exc}")


def places(
    items: Iterable[Article | RecordError], *, coder: Coder | None = None
) -> Iterator[tuple[Article, list[PlaceMention]] | RecordError]:
    """Every place mention of each article: `for article, mentions in newsevents.places(read_inputs([...]))`."""
    return extract(items, "places", coder=coder)  # type: ignore[return-value]


def dates(
    items: Iterable[Article | RecordError], *, coder: Coder | None = None
) -> Iterator[tuple[Article, list[TimeExpression]] | RecordError]:
    """Every temporal expression of each article, normalised as in TimeML."""
    return extract(items, "dates", coder=coder)  # type: ignore[return-value]


__all__ = [
    "PLACE_FIELDS",
    "TIME_FIELDS",
    "PlaceMention",
    "TimeExpression",
    "TimexNormalizer",
    "dates",
    "extract",
    "places",
    "timeml_date",
]
