"""One event, many reports: grouping stored mentions into events (docs/store.md, "Events and mentions").

Two mentions can be one real-world event when they share a *group key* (source
and target country and sector, PLOVER type or else CAMEO root, modality), their
date spans overlap, and their places agree (same country and first-level region,
or one of them unknown). A mention's date span follows its precision: a day is
itself, a week, month, season or year is the whole period, and a mention dated
only by its publication date may have happened up to `window` days before it.

Some mentions say too little to be matched with another article's: a statement
with no PLOVER type ("the Observatory said"), an act whose source has neither a
country nor a sector ("airstrikes killed ..."), an act with no target whose place
is not known to a first-level region. These join only mentions of their own
article (their key carries the article id). And a mention dated only by its
publication date (the news of the day) never joins one dated by the text to a
month, season or year: news writes "in early October" of an earlier event.

Compatibility is not transitive (a mention of unknown place fits both Idlib and
Aleppo), so grouping is a leader clustering in a canonical order that depends on
the mentions alone, never on the order they arrived in:

1. mentions are sorted by date precision (day first, then publication-dated,
   week, month, season, year), then known places first, then `event_id`;
2. each mention joins the first group, in creation order, whose common date
   span it overlaps and whose place it agrees with, and narrows both; otherwise
   it starts a group and is that group's representative.

Every member of a group thus overlaps every other (intervals that overlap
pairwise share a point), and the representative is the mention with the most
precise date, ties broken by a known place and then the smallest `event_id`.
A group never reaches beyond a run of overlapping date spans (a *component*),
so the store regroups only the components that an ingest touches.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

DEFAULT_WINDOW = 2  # days before publication that an event dated only by its publication date may have happened

# the order of date precision, most precise first
PRECISION_RANK = {"day": 0, "published": 1, "week": 2, "month": 3, "season": 4, "year": 5}
COARSE = frozenset({"month", "season", "year"})
RULES_VERSION = 2  # a change of the rules below regroups every store on its next ingest


@dataclass(frozen=True)
class GroupingRules:
    """The documented options of grouping; the store records them and regroups everything when they change."""

    window: int = DEFAULT_WINDOW

    def __post_init__(self) -> None:
        if not 0 <= self.window <= 60:
            raise ValueError(f"the publication-date window must be 0 to 60 days, not {self.window}")

    def to_meta(self) -> str:
        return json.dumps({"rules": RULES_VERSION, "window": self.window}, sort_keys=True)


def group_key(
    source_country: str | None,
    source_sector: str | None,
    target_country: str | None,
    target_sector: str | None,
    plover_event: str | None,
    cameo_root: str,
    modality: str,
    article_id: str,
    has_target: bool,
    admin1: str | None,
) -> str:
    """What two mentions must share to be one event: actors (country, sector), type, modality, and for a
    mention that says too little to be matched across articles, its article."""
    kind = plover_event or f"CAMEO{cameo_root}"
    parts = (source_country, source_sector, target_country, target_sector, kind, modality)
    key = "|".join(p or "" for p in parts)
    vague = plover_event is None or not (source_country or source_sector) or (not has_target and not admin1)
    return f"{key}|@{article_id}" if vague else key


def date_span(date: dt.date, precision: str, published: dt.date, window: int) -> tuple[dt.date, dt.date]:
    """The first and last day the event may have happened on, given its date's precision."""
    if precision == "published":
        return published - dt.timedelta(days=window), published
    if precision == "week":
        return date, date + dt.timedelta(days=6)
    if precision == "month":
        return date, date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "season":
        months = date.month - 1 + 3
        end = dt.date(date.year + months // 12, months % 12 + 1, 1)
        return date, end - dt.timedelta(days=1)
    if precision == "year":
        return date, dt.date(date.year, 12, 31)
    return date, date


@dataclass(frozen=True, slots=True)
class Mention:
    """What grouping needs of one stored mention."""

    event_id: str
    article_id: str
    outlet: str | None  # the article's source (publisher)
    published: dt.date
    precision: str
    lo: dt.date
    hi: dt.date
    country: str | None  # where it happened
    admin1: str | None

    def order(self) -> tuple[int, int, str, str]:
        return (PRECISION_RANK.get(self.precision, 9), self.admin1 is None, self.event_id, self.article_id)


@dataclass
class Group:
    """A grouped event: its representative, members, and the date span and place all members share."""

    representative: Mention
    lo: dt.date
    hi: dt.date
    country: str | None
    admin1: str | None
    members: list[Mention] = field(default_factory=list)
    published: bool = False  # has a member dated only by its publication date
    coarse: bool = False  # has a member dated to a month, season or year

    def accepts(self, m: Mention) -> bool:
        if m.lo > self.hi or m.hi < self.lo:
            return False
        if (m.precision == "published" and self.coarse) or (m.precision in COARSE and self.published):
            return False
        if self.country and m.country and self.country != m.country:
            return False
        return not (self.admin1 and m.admin1 and self.admin1 != m.admin1)

    def add(self, m: Mention) -> None:
        self.members.append(m)
        self.published = self.published or m.precision == "published"
        self.coarse = self.coarse or m.precision in COARSE
        self.lo, self.hi = max(self.lo, m.lo), min(self.hi, m.hi)
        self.country = self.country or m.country
        self.admin1 = self.admin1 or m.admin1

    @property
    def id(self) -> str:
        """Stable: a function of the representative, which depends on the set of mentions, not their order."""
        key = f"{self.representative.article_id}\x1f{self.representative.event_id}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def counts(self) -> tuple[int, int, int]:
        """num_mentions, num_articles, num_sources (an article with no source counts as a source of its own)."""
        articles = {m.article_id for m in self.members}
        outlets = {m.outlet if m.outlet else f"\x00{m.article_id}" for m in self.members}
        return len(self.members), len(articles), len(outlets)


def cluster(mentions: Iterable[Mention]) -> list[Group]:
    """Group mentions that share a group key (the caller's part) into events, independently of their order."""
    groups: list[Group] = []
    # the groups whose span covers a day (by ordinal): a group's span only narrows, so the days of its
    # first member's span hold every group a mention can join, and `accepts` checks the rest
    by_day: dict[int, list[int]] = {}
    for m in sorted(mentions, key=Mention.order):
        first, last = m.lo.toordinal(), m.hi.toordinal()
        near = {i for d in range(first, last + 1) for i in by_day.get(d, ())}
        for i in sorted(near):  # in creation order
            if groups[i].accepts(m):
                groups[i].add(m)
                break
        else:
            g = Group(m, m.lo, m.hi, m.country, m.admin1)
            g.add(m)
            for d in range(first, last + 1):
                by_day.setdefault(d, []).append(len(groups))
            groups.append(g)
    return groups


def merge_spans(spans: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping (or touching-by-a-day-shared) spans merged: the components of a group key's timeline."""
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out
