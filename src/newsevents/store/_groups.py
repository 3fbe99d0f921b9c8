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
Aleppo), so grouping is a sweep through time in an order that depends on the
mentions alone, never on the order they arrived in:

1. mentions are taken by the first day of their date span, then by date
   precision (day first, then publication-dated, week, month, season, year),
   then known places first, then `event_id` (`Mention.order`);
2. each mention joins, among the open groups whose common date span it overlaps
   and whose place it agrees with, the one with the narrowest common span (the
   earliest made on a tie), and narrows that span; otherwise it starts a group.
   A group whose common span ends before a mention's span begins can take no
   later mention: it is closed.

Every member of a group thus overlaps every other (intervals that overlap
pairwise share a point). The representative is the member with the most precise
date, then a known place, then the smallest `event_id` (`Mention.rank`).

A mention's group depends only on the mentions before it in that order, through
the groups open when it comes. So an ingest regroups from its earliest changed
mention onwards (`replay`) and stops as soon as the open groups are again the
ones the store holds: after that point nothing can differ. The work is local in
time, whatever the size of the store.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DEFAULT_WINDOW = 2  # days before publication that an event dated only by its publication date may have happened

# the order of date precision, most precise first
PRECISION_RANK = {"day": 0, "published": 1, "week": 2, "month": 3, "season": 4, "year": 5}
COARSE = frozenset({"month", "season", "year"})
RULES_VERSION = 3  # a change of the rules below regroups every store on its next ingest


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

    @property
    def ident(self) -> tuple[str, str]:
        return (self.article_id, self.event_id)

    def rank(self) -> tuple[int, bool, str, str]:
        """Which member represents a group: the most precise date, then a known place, then the smallest id."""
        return (PRECISION_RANK.get(self.precision, 9), self.admin1 is None, self.event_id, self.article_id)

    def order(self) -> tuple[dt.date, int, bool, str, str]:
        """The sweep's order: by the first possible day, then as `rank`."""
        return (self.lo, *self.rank())


@dataclass(eq=False)  # groups are compared by identity
class Group:
    """A grouped event: its members, and the date span and place all of them share."""

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
    def representative(self) -> Mention:
        return min(self.members, key=Mention.rank)

    @property
    def id(self) -> str:
        return group_id(self.representative)

    def counts(self) -> tuple[int, int, int]:
        """num_mentions, num_articles, num_sources (an article with no source counts as a source of its own)."""
        articles = {m.article_id for m in self.members}
        outlets = {m.outlet if m.outlet else f"\x00{m.article_id}" for m in self.members}
        return len(self.members), len(articles), len(outlets)


def group_id(representative: Mention) -> str:
    """A group's id: stable, a function of its representative, which depends on the set of mentions, not their order."""
    key = f"{representative.article_id}\x1f{representative.event_id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _choose(live: list[Group], m: Mention) -> Group | None:
    """The open group a mention joins: the narrowest common span that takes it, the earliest made on a tie."""
    best: Group | None = None
    for g in live:
        if g.accepts(m) and (best is None or g.hi - g.lo < best.hi - best.lo):
            best = g
    return best


def _start(m: Mention) -> Group:
    g = Group(m.lo, m.hi, m.country, m.admin1)
    g.add(m)
    return g


def _assign(live: list[Group], made: list[Group], m: Mention) -> None:
    """One step of the sweep: `m` joins an open group, or starts one."""
    g = _choose(live, m)
    if g is None:
        g = _start(m)
        made.append(g)
        live.append(g)
    else:
        g.add(m)


def cluster(mentions: Iterable[Mention]) -> list[Group]:
    """Group the mentions of one group key into events (the whole sweep), independently of their order."""
    groups: list[Group] = []
    live: list[Group] = []  # open groups, in the order they were made
    day: dt.date | None = None
    for m in sorted(mentions, key=Mention.order):
        if m.lo != day:
            day = m.lo
            live = [g for g in live if g.hi >= day]
        _assign(live, groups, m)
    return groups


Order = tuple[Any, ...]  # Mention.order(), or (day,) for a day boundary: tuples compare in sweep order


@dataclass(frozen=True)
class Boundary:
    """A new first day in a replay's stream with no mention (yet): the replay may stop there."""

    lo: dt.date

    def order(self) -> Order:
        return (self.lo,)


@dataclass
class Replayed:
    """What `replay` found: the groups to store (complete), the stored groups they replace, and where it stopped."""

    groups: list[Group]  # new groups that no later mention can change
    replaced: set[str]  # ids of stored groups these stand for (a group may come back with the same id and row)
    stop: Order | None  # the order of the first mention not replayed; None: replayed to the end


def replay(prefix: list[tuple[Mention, str]], stream: Iterable[tuple[Mention | Boundary, str | None, bool]]) -> Replayed:
    """Regroup one key from its earliest changed mention on, against the grouping the store holds.

    `prefix`: the stored mentions before that point whose group is still open there, with their group ids
    (every member of those groups before the point). `stream`: from that point on, in `Mention.order`, every
    mention as (mention, its stored group id or None if new, whether it was removed); a removed mention counts
    for the stored grouping only. The replay stops, at a new first day, once at least one mention has been
    replayed and the open groups of the two groupings have the same members: the rest is then the same in both.
    """
    made: list[Group] = []
    new_live: list[Group] = []
    old_members: dict[str, set[tuple[str, str]]] = {}
    old_hi: dict[str, dt.date] = {}

    def stored(gid: str, m: Mention) -> None:  # m is a member of the stored group gid
        old_members.setdefault(gid, set()).add(m.ident)
        old_hi[gid] = min(old_hi.get(gid, m.hi), m.hi)

    by_old: dict[str, Group] = {}
    for m, gid in sorted(prefix, key=lambda x: x[0].order()):
        g = by_old.get(gid)
        if g is None:
            g = by_old[gid] = _start(m)
            made.append(g)
            new_live.append(g)
        else:
            g.add(m)
        stored(gid, m)
    day: dt.date | None = None
    replayed = False
    for item, was, removed in stream:
        if item.lo != day:
            day = item.lo
            new_live = [g for g in new_live if g.hi >= day]
            old_live = {k for k, hi in old_hi.items() if hi >= day}
            if replayed and len(new_live) == len(old_live):
                open_new = {frozenset(x.ident for x in g.members) for g in new_live}
                if open_new == {frozenset(old_members[k]) for k in old_live}:
                    # the open groups are the stored ones, members and all, and take the same mentions from here
                    still = {id(g) for g in new_live}
                    return Replayed([g for g in made if id(g) not in still], set(old_members) - old_live, item.order())
        if isinstance(item, Boundary):
            continue
        m = item
        replayed = True
        if was is not None:
            stored(was, m)
        if not removed:
            _assign(new_live, made, m)
    return Replayed(made, set(old_members), None)
