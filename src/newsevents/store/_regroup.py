"""Keeping the stored grouping current as an ingest adds and removes mentions (docs/store.md, "Events and mentions").

For each group key a batch touched, `regroup` replays the sweep of `_groups.py` from each
change on until it meets the stored grouping again (`_groups.replay`). The mentions it
needs are read in one query for all keys, in date windows after each change, into a
`KeyView` per key; a replay that runs past its window reads further. Writes go out once
per batch.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import duckdb

from ._groups import Boundary, Group, Mention, Order, group_id, replay
from ._schema import GROUP_TABLE_COLUMNS

WINDOW = dt.timedelta(days=31)  # how far past a change a read goes; most replays end within days
SHORT = dt.timedelta(days=31)  # mentions spanning longer (seasons, years) are few: kept apart for `prefix`

LOAD = (
    "SELECT m.group_key, m.article_id, m.event_id, a.source, m.published, m.date_precision, m.date_lo, m.date_hi, "
    "m.location_country, m.location_admin1_code, m.group_id FROM mentions m JOIN articles a USING (article_id) WHERE "
)
Insert = Callable[[duckdb.DuckDBPyConnection, str, tuple[str, ...], list[tuple[Any, ...]]], None]


def load(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[tuple[str, Mention, str | None]]:
    """(group key, Mention, stored group id) of the mentions that `where` selects (mention columns as m.*)."""
    rows = con.execute(LOAD + where, params).fetchall()
    return [(r[0], Mention(r[2], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9]), r[10]) for r in rows]


def group_row(key: str, g: Group) -> tuple[Any, ...]:
    """An event_groups row (GROUP_TABLE_COLUMNS); the group's id comes first."""
    n_m, n_a, n_s = g.counts()
    seen = [m.published for m in g.members]
    rep = g.representative
    return (group_id(rep), rep.article_id, rep.event_id, key, n_m, n_a, n_s, min(seen), max(seen), g.lo, g.hi)


class KeyView:
    """The stored mentions of one group key that regrouping reads, with the grouping as it stands in this batch."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        key: str,
        windows: list[tuple[dt.date, dt.date]],
        got: list[tuple[str, Mention, str | None]],
        last_lo: dt.date | None,
        group_hi: dict[str, dt.date],
    ) -> None:
        """`got`: the key's mentions in `windows`, read by `regroup` for all keys at once; `last_lo`: the key's
        latest first day in the store; `group_hi`: the stored groups' common span ends (shared by the keys)."""
        self.con, self.key = con, key
        self.mentions: list[Mention] = []  # by Mention.order
        self.long: list[Mention] = []  # those spanning more than SHORT
        self.gid: dict[tuple[str, str], str | None] = {}  # each mention's group now
        self.stored: dict[tuple[str, str], str | None] = {}  # and in the store before this batch's regrouping
        self.covered: list[tuple[dt.date, dt.date]] = []  # date_lo ranges read, merged, in order
        self.group_hi = group_hi  # the stored groups' common span end (a group open at a day ends after it)
        self._add(got)
        # every mention whose first day falls in a window is read (and those open at its start); none begins later
        # than the key's latest first day
        ends = [(last_lo + dt.timedelta(days=1), dt.date.max)] if last_lo is not None and last_lo < dt.date.max else []
        self.covered = _merge([*windows, *ends]) if last_lo is not None else [(dt.date.min, dt.date.max)]

    def _add(self, got: list[tuple[str, Mention, str | None]]) -> None:
        fresh = [(m, g) for _, m, g in got if m.ident not in self.gid]
        for m, g in fresh:
            self.gid[m.ident] = self.stored[m.ident] = g
        unknown = sorted({g for _, g in fresh if g is not None and g not in self.group_hi})
        if unknown:
            rows = self.con.execute(
                "SELECT id, date_hi FROM event_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))", [unknown]
            ).fetchall()
            self.group_hi.update((r[0], r[1]) for r in rows)
        add = sorted((m for m, _ in fresh), key=Mention.order)
        if add and self.mentions and add[0].order() < self.mentions[-1].order():
            self.mentions = sorted(self.mentions + add, key=Mention.order)
        else:  # a read further on: the new mentions all come after
            self.mentions += add
        self.long += [m for m in add if m.hi - m.lo > SHORT]

    def _read(self, lo: dt.date) -> None:
        """Read the mentions whose first day is from `lo` to the next read range (or a month on, or the last one)."""
        bound = min((c[0] - dt.timedelta(days=1) for c in self.covered if c[0] > lo), default=dt.date.max)
        hi = min(lo + WINDOW, bound)
        got = load(self.con, "m.group_key = ? AND m.date_lo >= ? AND m.date_lo <= ?", [self.key, lo, hi])
        if not got:  # nothing in the month: none is read up to the next stored first day
            row = self.con.execute(
                "SELECT min(date_lo) FROM mentions WHERE group_key = ? AND date_lo > ?", [self.key, hi]
            ).fetchone()
            nxt = dt.date.max if row is None or row[0] is None else row[0] - dt.timedelta(days=1)
            hi = min(nxt, bound)
        self._add(got)
        self.covered = _merge([*self.covered, (lo, hi)])

    def _gap(self, day: dt.date) -> dt.date | None:
        """The first day from `day` on whose mentions are not read yet (None: all read)."""
        for lo, hi in self.covered:
            if hi < day:
                continue
            if lo > day:
                return day
            if hi == dt.date.max:
                return None
            day = hi + dt.timedelta(days=1)
        return day

    def prefix(self, start: Order) -> list[tuple[Mention, str]]:
        """Mentions before `start` in groups still open on its first day: every member of those groups before it."""
        day = start[0]
        first = bisect.bisect_left(self.mentions, (day - SHORT,), key=lambda m: (m.lo,))
        end = bisect.bisect_left(self.mentions, start, key=Mention.order)
        near = self.mentions[first:end] + [m for m in self.long if m.lo < day - SHORT]
        out = []
        for m in near:
            g = self.gid[m.ident]
            if g is not None and m.hi >= day and self.group_hi.get(g, dt.date.min) >= day:
                out.append((m, g))
        return out

    def stream(
        self, start: Order, removed: list[tuple[Mention, str | None]]
    ) -> Iterator[tuple[Mention | Boundary, str | None, bool]]:
        """Every mention from `start` on, in order, reading further as needed; removed ones in their places."""
        gone = [x for x in removed if x[0].order() >= start]
        j = 0

        def gone_before(limit: Order | None) -> Iterator[tuple[Mention | Boundary, str | None, bool]]:
            """The removed mentions that come before `limit` in the sweep (all of them when None)."""
            nonlocal j
            while j < len(gone) and (limit is None or gone[j][0].order() < limit):
                yield gone[j][0], gone[j][1], True
                j += 1

        day = start[0]
        last: Order | None = None  # the order of the last mention given
        i = bisect.bisect_left(self.mentions, start, key=Mention.order)
        while True:
            nxt = self.mentions[i] if i < len(self.mentions) else None
            gap = self._gap(day)
            if gap is not None and (nxt is None or gap <= nxt.lo):
                if gap > day:  # the replay may end here, before anything more is read
                    yield from gone_before(Boundary(gap).order())
                    yield Boundary(gap), None, False
                self._read(gap)
                if last is None:
                    i = bisect.bisect_left(self.mentions, start, key=Mention.order)
                else:
                    i = bisect.bisect_right(self.mentions, last, key=Mention.order)
                continue
            if nxt is None:
                break
            yield from gone_before(nxt.order())
            last, day = nxt.order(), nxt.lo
            i += 1
            yield nxt, self.gid[nxt.ident], False
        yield from gone_before(None)

    def update(self, groups: list[tuple[str, Group]], replaced: set[str]) -> None:
        """What the grouping now is: these groups (with their ids) in place of the replaced ones."""
        for k in replaced:
            self.group_hi.pop(k, None)
        for gid, g in groups:
            self.group_hi[gid] = g.hi
            for m in g.members:
                self.gid[m.ident] = gid


def _merge(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(spans):
        if out and (out[-1][1] == dt.date.max or lo <= out[-1][1] + dt.timedelta(days=1)):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def regroup(
    con: duckdb.DuckDBPyConnection,
    added: dict[str, list[Mention]],
    removed: dict[str, list[tuple[Mention, str | None]]],
    insert: Insert,
) -> None:
    """Bring the stored grouping up to date with mentions added (stored, no group yet) and removed (deleted),
    for every key a batch touched, with a few queries for all of them."""
    keys = sorted(set(added) | set(removed))
    gone = {k: sorted(removed.get(k, []), key=lambda x: x[0].order()) for k in keys}
    changes = {k: sorted([m.order() for m in added.get(k, [])] + [m.order() for m, _ in gone[k]]) for k in keys}
    windows: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for k in keys:
        windows[k] = _merge([(c[0], c[0] + WINDOW) for c in changes[k]])
    flat = [(k, lo, hi) for k in keys for lo, hi in windows[k]]
    if not flat:
        return
    cols = [list(c) for c in zip(*flat, strict=True)]
    got: dict[str, list[tuple[str, Mention, str | None]]] = {}
    for row in load(
        con,
        "EXISTS (SELECT 1 FROM (SELECT unnest(?::VARCHAR[]) AS k, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) w "
        "WHERE m.group_key = w.k AND m.date_hi >= w.lo AND m.date_lo <= w.hi)",
        cols,
    ):
        got.setdefault(row[0], []).append(row)
    last = dict(
        con.execute(
            "SELECT group_key, max(date_lo) FROM mentions WHERE group_key IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1",
            [keys],
        ).fetchall()
    )
    gids = sorted({g for rows in got.values() for _, _, g in rows if g is not None})
    group_hi: dict[str, dt.date] = {}
    if gids:
        group_hi = dict(
            con.execute("SELECT id, date_hi FROM event_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))", [gids]).fetchall()
        )
    written: dict[str, tuple[Any, ...]] = {}
    replaced: set[str] = set()
    members: dict[str, list[Mention]] = {}
    stored: dict[tuple[str, str], str | None] = {}
    for k in keys:
        view = KeyView(con, k, windows[k], got.get(k, []), last.get(k), group_hi)
        at: Order | None = changes[k][0]
        while at is not None:
            done = replay(view.prefix(at), view.stream(at, gone[k]))
            rows = [(group_row(k, g), g) for g in done.groups]
            view.update([(row[0], g) for row, g in rows], done.replaced)
            for old in done.replaced:
                written.pop(old, None)
                members.pop(old, None)
            replaced |= done.replaced
            for row, g in rows:
                written[row[0]] = row
                members[row[0]] = g.members
            stop = done.stop
            at = next((c for c in changes[k] if c >= stop), None) if stop is not None else None
        stored.update(view.stored)
    store_groups(con, written, replaced, members, stored, insert)


def store_groups(
    con: duckdb.DuckDBPyConnection,
    new: dict[str, tuple[Any, ...]],
    replaced: set[str],
    members: dict[str, list[Mention]],
    before_gid: dict[tuple[str, str], str | None],
    insert: Insert,
) -> None:
    """Write group rows in place of the replaced ones (unchanged rows stay) and relink the mentions that moved."""
    ids = sorted(replaced | set(new))
    before: dict[str, tuple[Any, ...]] = {}
    if ids:
        cur = con.execute(
            f"SELECT {', '.join(GROUP_TABLE_COLUMNS)} FROM event_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        )
        before = {r[0]: tuple(r) for r in cur.fetchall()}
    stale = sorted(i for i, row in before.items() if new.get(i) != row)
    fresh = [row for i, row in new.items() if before.get(i) != row]
    moved = [(m.article_id, m.event_id, gid) for gid, ms in members.items() for m in ms if before_gid.get(m.ident) != gid]
    if stale:
        con.execute("DELETE FROM event_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))", [stale])
    if fresh:
        insert(con, "event_groups", GROUP_TABLE_COLUMNS, fresh)
    if moved:
        con.execute(
            "UPDATE mentions SET group_id = t.g FROM (SELECT unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS e, "
            "unnest(?::VARCHAR[]) AS g) t WHERE mentions.article_id = t.a AND mentions.event_id = t.e",
            [list(c) for c in zip(*moved, strict=True)],
        )
