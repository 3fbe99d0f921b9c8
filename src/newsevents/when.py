"""When it happened: temporal expressions resolved against the publication date.

`DateResolver.resolve("last August", published=2020-01-31)` gives 2019-08-01
with precision "month". Rules cover what news writes most (weekdays by tense,
"last week", months and seasons before or after publication, years, "two days
ago", "two days earlier" anchored on another date in the sentence); dateparser
handles the remaining absolute dates. Word lists are data (data/rules/dates.json).

`expressions` finds a sentence's DATE and TIME entities (only those, so it costs
little) and `governs` tells which event's clause each one belongs to; the
pipeline (`Coder._dates`) resolves it, or keeps the publication date with
precision "published".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from .knowledge import Knowledge

HISTORICAL_DAYS = 30
_NUM = r"(\d+|[a-z]+(?: of)?|a few|a couple of)"
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b")


@dataclass(frozen=True, slots=True)
class DateValue:
    date: dt.date
    precision: str  # day | week | month | season | year
    text: str


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + (d.month - 1) + n
    return dt.date(m // 12, m % 12 + 1, 1)


class DateResolver:
    """Resolves one temporal expression; built once from data/rules/dates.json."""

    def __init__(self, words: dict[str, Any], future_auxiliaries: frozenset[str], future_verbs: frozenset[str]) -> None:
        self.w = words
        self.months: dict[str, int] = words["months"]
        self.weekdays: dict[str, int] = words["weekdays"]
        self.seasons: dict[str, int] = words["seasons"]
        self.numbers: dict[str, int] = words["numbers"]
        self.future_aux = future_auxiliaries
        self.future_verbs = future_verbs
        strip = sorted(words["ignored_words"] + words["part_words"], key=len, reverse=True)
        self._strip = re.compile(r"^(?:" + "|".join(re.escape(s) for s in strip) + r")\b[\s-]*")
        month = "|".join(sorted(self.months, key=len, reverse=True))
        wday = "|".join(sorted(self.weekdays, key=len, reverse=True))
        season = "|".join(self.seasons)
        self._units_ago = re.compile(rf"^{_NUM} (day|week|month|year)s? (ago|earlier|later|before|after|from now|back)$")
        # a bare "month" or "year" is a duration ("a month-long siege"), not a date: the qualifier is required
        self._period = re.compile(
            r"^(last|past|previous|this|next|coming|current|following) (week|weekend|month|year)$|^(weekend)$"
        )
        self._weekday = re.compile(
            rf"^(last|past|previous|next|coming|this)? ?({wday})(?: (?:morning|afternoon|evening|night))?$"
        )
        self._season = re.compile(rf"^(last|past|previous|this|next|coming)? ?({season})(?: of)? ?(\d{{4}})?$")
        self._month = re.compile(
            rf"^(last|past|previous|this|next|coming)? ?({month})(?: of)? ?(\d{{4}}|last year|this year|next year)?$"
        )
        self._month_day = re.compile(rf"^(?:(?:{wday}) )?({month}) (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?$")
        self._day_month = re.compile(rf"^(?:(?:{wday}) )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({month})(?: (\d{{4}}))?$")
        self._year = re.compile(r"^(?:the year )?((?:19|20)\d{2})s?$")
        self._iso = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
        self._numeric = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> DateResolver:
        g = knowledge.grammar
        return cls(knowledge.dates, g.future_auxiliaries, g.future_verbs)

    # --- one expression ------------------------------------------------------------

    def normalize(self, text: str) -> str:
        s = text.lower().replace("\u2019", "'")
        s = re.sub(r"(?<=[a-z])\.", "", s)  # "jan." -> "jan"
        s = re.sub(r"[,;]", " ", s)
        s = re.sub(r"\s+", " ", s).strip()
        for _ in range(4):
            new = self._strip.sub("", s).strip()
            if new == s:
                break
            s = new
        return s

    def resolve(self, text: str, published: dt.date, tense: str = "past", anchor: dt.date | None = None) -> DateValue | None:
        """The date an expression points to (first day of its period), or None."""
        raw = re.sub(r"\s+", " ", text.lower()).strip()
        for key in (raw, self.normalize(text)):
            if key in self.w["days_from_publication"]:
                return DateValue(published + dt.timedelta(days=self.w["days_from_publication"][key]), "day", text)
            if key in self.w["anchored_days"]:
                return DateValue((anchor or published) + dt.timedelta(days=self.w["anchored_days"][key]), "day", text)
        s = self.normalize(text)
        if not s:
            return None
        found = self._rules(s, published, tense, anchor)
        if found is None and (_NUMERIC_DATE.search(s) or any(w in self.months for w in s.split())):
            found = self._dateparser(s, published, tense)  # absolute dates only: never "40 years"
        return DateValue(found[0], found[1], text) if found else None

    def _num(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)

    def _rules(self, s: str, pub: dt.date, tense: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
        future = tense == "future"
        m = self._iso.match(s)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
            except ValueError:
                return None
        m = self._numeric.match(s)
        if m:
            # 03-07-2015: day-month or month-day? the reading nearest the publication date, on the side the tense asks
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            y += 2000 if y < 100 else 0
            readings = []
            for month, day in ((b, a), (a, b)):
                try:
                    readings.append(dt.date(y, month, day))
                except ValueError:
                    pass
            if not readings:
                return None
            side = [d for d in readings if (d > pub if future else d <= pub)] or readings
            return min(side, key=lambda d: abs((d - pub).days)), "day"
        m = self._units_ago.match(s)
        if m:
            n = self._num(m[1])
            if n is None:
                return None
            sign = 1 if m[3] in ("later", "after", "from now") else -1
            base = anchor if (anchor is not None and m[3] in ("earlier", "later", "before", "after")) else pub
            unit = m[2]
            if unit == "day":
                return base + dt.timedelta(days=sign * n), "day"
            if unit == "week":
                return _monday(base + dt.timedelta(weeks=sign * n)), "week"
            if unit == "month":
                return _add_months(base, sign * n), "month"
            return dt.date(base.year + sign * n, 1, 1), "year"
        m = self._period.match(s)
        if m:
            which, unit = m[1] or "this", m[2] or m[3]
            step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
            if unit == "week":
                return _monday(pub) + dt.timedelta(weeks=step), "week"
            if unit == "weekend":  # the weekend's Saturday
                sat = _monday(pub) + dt.timedelta(days=5)
                if step < 0 or (step == 0 and not future and sat > pub):
                    sat -= dt.timedelta(weeks=1)
                return sat + dt.timedelta(weeks=max(step, 0)), "day"
            if unit == "month":
                return _add_months(pub.replace(day=1), step), "month"
            return dt.date(pub.year + step, 1, 1), "year"
        m = self._weekday.match(s)
        if m:
            wd = self.weekdays[m[2]]
            if m[1] in ("last", "past", "previous"):
                return pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1), "day"
            if m[1] in ("next", "coming") or future:
                return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1), "day"
            return pub - dt.timedelta(days=(pub.weekday() - wd) % 7), "day"
        m = self._season.match(s)
        if m:
            start_month = self.seasons[m[2]]
            if m[3]:
                return dt.date(int(m[3]), start_month, 1), "season"
            starts = [dt.date(y, start_month, 1) for y in range(pub.year - 2, pub.year + 2)]
            current = self._season_start(pub)
            if m[1] in ("last", "past", "previous"):
                return max(d for d in starts if d < current), "season"
            if m[1] in ("next", "coming") or future:
                return min(d for d in starts if d > pub), "season"
            return max(d for d in starts if d <= pub), "season"
        m = self._month.match(s)
        if m:
            month = self.months[m[2]]
            if m[3]:
                year = {"last year": pub.year - 1, "this year": pub.year, "next year": pub.year + 1}.get(m[3])
                return dt.date(year or int(m[3]), month, 1), "month"
            this_year = dt.date(pub.year, month, 1)
            if m[1] in ("last", "past", "previous"):
                return (this_year if month < pub.month else dt.date(pub.year - 1, month, 1)), "month"
            if m[1] in ("next", "coming"):
                return (this_year if month > pub.month else dt.date(pub.year + 1, month, 1)), "month"
            if future:
                return (this_year if month >= pub.month else dt.date(pub.year + 1, month, 1)), "month"
            return (this_year if month <= pub.month else dt.date(pub.year - 1, month, 1)), "month"
        m = self._month_day.match(s) or self._day_month.match(s)
        if m:
            if m.re is self._month_day:
                month, day, yr = self.months[m[1]], int(m[2]), m[3]
            else:
                day, month, yr = int(m[1]), self.months[m[2]], m[3]
            try:
                if yr:
                    return dt.date(int(yr), month, day), "day"
                d = dt.date(pub.year, month, day)
            except ValueError:
                return None
            if future and d <= pub:
                d = d.replace(year=pub.year + 1)
            elif not future and d > pub:
                d = d.replace(year=pub.year - 1)
            return d, "day"
        m = self._year.match(s)
        if m:
            return dt.date(int(m[1]), 1, 1), "year"
        return None

    @staticmethod
    def _season_start(d: dt.date) -> dt.date:
        if d.month == 12:
            return dt.date(d.year, 12, 1)
        if d.month < 3:
            return dt.date(d.year - 1, 12, 1)
        return dt.date(d.year, 3 * (d.month // 3), 1)

    @staticmethod
    def _dateparser(s: str, pub: dt.date, tense: str) -> tuple[dt.date, str] | None:
        import dateparser  # type: ignore[import-untyped]  # only for absolute dates the rules do not read ("17/10/2018")

        settings = {
            "RELATIVE_BASE": dt.datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "future" if tense == "future" else "past",
            "REQUIRE_PARTS": ["day", "month", "year"],
        }
        try:
            found = dateparser.parse(s, languages=["en"], settings=settings)  # type: ignore[arg-type]
        except Exception:  # dateparser raises on odd input; the expression is then unresolved
            return None
        if found is None or not 1900 <= found.year <= 2100:
            return None
        return found.date(), "day"

    # --- tense of a clause -------------------------------------------------------------

    def tense(self, verb: Token) -> str:
        """'future' if the clause is in the future tense or governed by 'plan to', 'set to'; else 'past'."""
        cur = verb
        for _ in range(4):
            for c in cur.children:
                if c.dep_ in ("aux", "auxpass") and c.lower_ in self.future_aux:
                    return "future"
                if c.dep_ == "aux" and c.lower_ == "to" and cur.head.lower_ == "going":
                    return "future"
            if cur.i != verb.i and cur.lemma_.lower() in self.future_verbs:
                return "future"
            if cur.dep_ in ("xcomp", "pcomp") and cur.head.i != cur.i:
                cur = cur.head
            else:
                break
        return "past"


@dataclass(frozen=True, slots=True)
class Expression:
    span: Span
    governor: int  # token index of the verb (or event noun) it attaches to


def expressions(sent: Span) -> list[Expression]:
    """DATE and TIME entities of a sentence, each with the word it modifies."""
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        tok = ent.root
        inside = range(ent.start, ent.end)
        hops = 0
        while (tok.i in inside or tok.pos_ in ("ADP", "SCONJ", "ADV", "NUM", "ADJ")) and tok.head.i != tok.i and hops < 6:
            tok = tok.head
            hops += 1
        if tok.i in inside:
            continue  # an expression that modifies nothing in the clause
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "where in October Ankara targeted": the parser hung the date on the subject
        out.append(Expression(ent, tok.i))
    return out


def governs(expr: Expression, anchor: Token, trigger: Token) -> bool:
    """Does the expression belong to this event's clause: attached to its verb, or to a word
    on the way from the event noun up to that verb ('an offensive in Idlib last August')?"""
    if expr.governor in (anchor.i, trigger.i):
        return True
    tok = trigger
    for _ in range(6):
        if tok.i == anchor.i or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i == expr.governor and tok.pos_ in ("NOUN", "PROPN"):
            return True
    return False


RELATIVE = re.compile(r"\b(earlier|later|before|after)\b", re.IGNORECASE)


def sentence_anchor(resolver: DateResolver, exprs: list[Expression], published: dt.date) -> dt.date | None:
    """The date that "two days earlier" counts from: the sentence's first expression that is not itself relative."""
    for x in exprs:
        v = resolver.resolve(x.span.text, published, resolver.tense(x.span.doc[x.governor]))
        if v is not None and x.span.text.lower() not in resolver.w["anchored_days"] and not RELATIVE.search(x.span.text):
            return v.date
    return None
