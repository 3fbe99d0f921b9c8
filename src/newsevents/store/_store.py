"""The event store: one DuckDB file of articles and their coded events.

One writer at a time holds `PATH.lock` (an advisory lock) for the whole ingest,
so a second writer fails at once with "database in use". The writer holds
DuckDB's own file lock only while it writes a batch of articles, so queries
(read-only connections) get in between batches; when they collide, either side
waits for the other, with a message, up to `wait` seconds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import duckdb

from .. import __version__
from ..errors import NewsEventsError
from ..models import EVENT_FIELDS, Actor, Article, Event, Location, Plover, RecordError, Span
from ._groups import GroupingRules, Mention, cluster, date_span, group_key
from ._regroup import group_row, load, regroup, store_groups
from ._schema import ARTICLE_COLUMNS, EVENT_COLUMNS, GROUP_COLUMNS, MENTION_GROUP_COLUMNS, SCHEMA_VERSION, migrations, quote

if TYPE_CHECKING:
    from ..pipeline import CodedArticle

DEFAULT_DB = "newsevents.duckdb"
DEFAULT_WAIT = 60.0
WRITE_BATCH = 64  # articles written per DuckDB session; queries get in between sessions


class StoreError(NewsEventsError):
    """The store cannot be opened, read or written (names the database and the reason)."""


class StoreBusy(StoreError):
    """Another process holds the database."""


@dataclass
class IngestCounts:
    """What one ingest did, for the CLI's summary."""

    read: int = 0  # articles read (before the unchanged ones were skipped)
    added: int = 0  # articles new to the store
    replaced: int = 0  # articles whose text (or date) changed: old events replaced
    unchanged: int = 0  # articles stored before with the same text and date: nothing done
    events: int = 0  # events written
    errors: int = 0
    warnings: int = 0


@dataclass(frozen=True)
class EventQuery:
    """Filters on stored events; None means no filter. Dates are inclusive."""

    actor: str | None = None  # source or target country
    dyad: tuple[str, str] | None = None  # (source country, target country)
    undirected: bool = False  # the dyad either way
    code: str | None = None  # CAMEO code prefix: "19" matches 19, 190, 193, ...
    plover: str | None = None  # PLOVER event type
    since: dt.date | None = None  # event date
    until: dt.date | None = None
    published_since: dt.date | None = None
    published_until: dt.date | None = None
    place: str | None = None  # location name, admin1 name, or country code
    modality: tuple[str, ...] = ()
    primary_only: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if self.actor:
            conds.append("(source_country = ? OR target_country = ?)")
            params += [self.actor, self.actor]
        if self.dyad:
            a, b = self.dyad
            if self.undirected:
                conds.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
                params += [a, b, b, a]
            else:
                conds.append("source_country = ? AND target_country = ?")
                params += [a, b]
        if self.code:
            conds.append("starts_with(cameo, ?)")
            params.append(self.code)
        if self.plover:
            conds.append("plover_event = ?")
            params.append(self.plover.upper())
        for column, op, value in (
            ("date", ">=", self.since),
            ("date", "<=", self.until),
            ("published", ">=", self.published_since),
            ("published", "<=", self.published_until),
        ):
            if value is not None:
                conds.append(f"{column} {op} ?")
                params.append(value)
        if self.place:
            conds.append("(lower(location_name) = lower(?) OR lower(location_admin1) = lower(?) OR location_country = upper(?))")
            params += [self.place] * 3
        if self.modality:
            conds.append(f"modality IN ({', '.join('?' * len(self.modality))})")
            params += list(self.modality)
        if self.primary_only:
            conds.append('"primary"')
        return (" AND ".join(conds) or "TRUE"), params


@dataclass(frozen=True)
class Period:
    """One period of a series: event counts, by quad class, and summed Goldstein."""

    period: dt.date
    events: int
    goldstein: float
    quad: tuple[int, int, int, int] = field(default=(0, 0, 0, 0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "events": self.events,
            "goldstein": round(self.goldstein, 3),
            "verbal_coop": self.quad[0],
            "material_coop": self.quad[1],
            "verbal_conflict": self.quad[2],
            "material_conflict": self.quad[3],
        }


SERIES_UNITS = ("day", "week", "month", "quarter", "year")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK when anything goes wrong."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class Store:
    """A newsevents event store in one DuckDB file.

    >>> with Store("events.duckdb") as store:             # creates or upgrades the file
    ...     counts = store.ingest(code_articles(articles), data_version=coder.data_version)
    >>> with Store("events.duckdb", read_only=True) as store:
    ...     for event in store.events(EventQuery(actor="TUR")): ...
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        read_only: bool = False,
        wait: float = DEFAULT_WAIT,
        notify: Callable[[str], None] | None = None,
        rules: GroupingRules | None = None,
    ) -> None:
        """`rules`: how a writer groups mentions into events; None keeps the store's own (the defaults for a new store)."""
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        self._notify = notify or (lambda message: None)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._lock: IO[bytes] | None = None
        # `pending` may run in another thread (multiprocessing.Pool.imap reads its input in one) than `ingest`
        self._mutex = threading.RLock()
        self._types: dict[tuple[str, str], str] | None = None
        self.rules = rules or GroupingRules()
        if read_only:
            if not self.path.is_file():
                raise StoreError(f"no database at {self.path} (`newsevents ingest` creates one)")
            self._check_schema(self._connection())
        else:
            self._take_writer_lock()
            try:
                self._migrate(self._connection())
                self.rules = self._settle_rules(self._connection(), rules)
                self.release()
            except BaseException:
                self.close()
                raise

    # --- opening, locking, closing -----------------------------------------------------

    def _take_writer_lock(self) -> None:
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            fh = open(lock_path, "ab")  # held for the store's lifetime
        except OSError as exc:
            raise StoreError(f"cannot write to {self.path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise StoreBusy(
                f"database in use: another ingest is writing to {self.path}; try again when it has finished"
            ) from None
        self._lock = fh

    def _connection(self) -> duckdb.DuckDBPyConnection:
        """The open connection, or a new one (waiting while another process holds the file)."""
        if self._con is not None:
            return self._con
        deadline = time.monotonic() + self.wait
        told = False
        while True:
            try:
                self._con = duckdb.connect(str(self.path), read_only=self.read_only)
                return self._con
            except duckdb.IOException as exc:
                message = str(exc)
                if "Could not set lock" not in message:
                    raise StoreError(f"cannot open {self.path}: {_first_line(exc)}") from None
                pid = re.search(r"\(PID (\d+)\)", message)
                holder = f" (process {pid.group(1)})" if pid else ""
                if time.monotonic() >= deadline:
                    raise StoreBusy(f"database in use: {self.path} is held by another process{holder}; try again later") from None
                if not told:
                    self._notify(f"{self.path} is in use by another process{holder}; waiting up to {self.wait:.0f} s")
                    told = True
                time.sleep(0.05)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path}: {_first_line(exc)}") from None

    def release(self) -> None:
        """Close the DuckDB connection (a writer keeps its lock) so that queries can open the file."""
        with self._mutex:
            con, self._con = self._con, None
            if con is not None:
                try:
                    con.close()
                except duckdb.Error as exc:
                    raise StoreError(f"cannot write to {self.path}: {_first_line(exc)}") from None

    def close(self) -> None:
        try:
            self.release()
        finally:
            if self._lock is not None:
                self._lock.close()  # releases the flock
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if et is None:
            self.close()
            return
        try:  # an error is on its way out: do not mask it with another
            self.close()
        except NewsEventsError:
            pass

    # --- schema ------------------------------------------------------------------------

    def _version(self, con: duckdb.DuckDBPyConnection) -> int:
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
        }
        if "meta" not in tables:
            if tables:
                raise StoreError(f"{self.path} is a DuckDB database but not a newsevents store")
            return 0
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            raise StoreError(f"{self.path} has no schema version: not a newsevents store")
        return int(row[0])

    def _check_schema(self, con: duckdb.DuckDBPyConnection) -> int:
        version = self._version(con)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this newsevents ({__version__}) "
                f"reads (up to {SCHEMA_VERSION}): upgrade newsevents"
            )
        if self.read_only and version < SCHEMA_VERSION:
            if version == 0:
                raise StoreError(f"{self.path} is an empty database, not a newsevents store")
            raise StoreError(f"{self.path} has schema version {version}; run `newsevents ingest` on it once to upgrade it")
        return version

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        """Apply the migrations the file lacks, each in its own transaction."""
        try:
            version = self._check_schema(con)
            for m in migrations()[version:]:
                with _transaction(con):
                    for statement in con.extract_statements(m.sql):
                        con.execute(statement)
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(m.version)])
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('newsevents_version', ?)", [__version__])
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {_first_line(exc)}") from None

    @property
    def schema_version(self) -> int:
        return self._version(self._connection())

    # --- grouping mentions into events (_groups.py) ---------------------------------------

    def _settle_rules(self, con: duckdb.DuckDBPyConnection, rules: GroupingRules | None) -> GroupingRules:
        """The grouping rules this writer uses; when they differ from those the store was grouped by, regroup it all."""
        row = con.execute("SELECT value FROM meta WHERE key = 'grouping'").fetchone()
        stored = GroupingRules(**{k: v for k, v in json.loads(row[0]).items() if k != "rules"}) if row else None
        chosen = rules or stored or GroupingRules()
        if row is not None and row[0] == chosen.to_meta():
            return chosen
        try:
            with _transaction(con):
                n = self._regroup_all(con, chosen)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('grouping', ?)", [chosen.to_meta()])
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {_first_line(exc)}") from None
        if n:
            self._notify(f"grouped the {n} stored mentions into events (window {chosen.window} days)")
        return chosen

    def _regroup_all(self, con: duckdb.DuckDBPyConnection, rules: GroupingRules) -> int:
        """Recompute every mention's group key and date span, and every group."""
        rows = con.execute(
            "SELECT article_id, event_id, source_country, source_sector, target_country, target_sector, plover_event, "
            "cameo_root, modality, date, date_precision, published, target_text IS NOT NULL, location_admin1_code "
            "FROM mentions"
        ).fetchall()
        if not rows:
            return 0
        cols: list[list[Any]] = [[], [], [], [], []]
        for r in rows:
            lo, hi = date_span(r[9], r[10], r[11], rules.window)
            key = group_key(r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[0], r[12], r[13])
            for i, v in enumerate((r[0], r[1], key, lo, hi)):
                cols[i].append(v)
        con.execute(
            "UPDATE mentions SET group_key = t.k, date_lo = t.lo, date_hi = t.hi FROM (SELECT unnest(?::VARCHAR[]) AS a, "
            "unnest(?::VARCHAR[]) AS e, unnest(?::VARCHAR[]) AS k, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) t "
            "WHERE mentions.article_id = t.a AND mentions.event_id = t.e",
            cols,
        )
        con.execute("DELETE FROM event_groups")
        loaded = load(con, "TRUE", [])
        by_key: dict[str, list[Mention]] = {}
        for key, m, _ in loaded:
            by_key.setdefault(key, []).append(m)
        stored = {m.ident: gid for _, m, gid in loaded}
        made: dict[str, tuple[Any, ...]] = {}
        members: dict[str, list[Mention]] = {}
        for key, mentions in by_key.items():
            for g in cluster(mentions):
                row = group_row(key, g)
                made[row[0]] = row
                members[row[0]] = g.members
        store_groups(con, made, set(), members, stored, self._insert)
        return len(loaded)

    # --- writing -----------------------------------------------------------------------

    def pending(
        self, items: Iterable[Article | RecordError], counts: IngestCounts | None = None
    ) -> Iterator[Article | RecordError]:
        """Pass on the articles that need coding: skip those stored before with the same text and date.

        An id met a second time in the same stream is always passed on, so that
        the last text of an id wins, as it would without the skipping.
        """
        counts = counts if counts is not None else IngestCounts()
        seen: set[str] = set()
        chunk: list[Article | RecordError] = []

        def flush() -> Iterator[Article | RecordError]:
            ids = list({a.article_id for a in chunk if isinstance(a, Article) and a.article_id not in seen})
            stored = self._stored(ids)
            for a in chunk:
                if isinstance(a, Article):
                    counts.read += 1
                    first = a.article_id not in seen
                    seen.add(a.article_id)
                    if first and stored.get(a.article_id) == (text_hash(a.text), a.published):
                        counts.unchanged += 1
                        continue
                yield a

        for item in items:
            chunk.append(item)
            if len(chunk) >= 256:
                yield from flush()
                chunk = []
        if chunk:
            yield from flush()

    def _stored(self, ids: list[str]) -> dict[str, tuple[str, dt.date]]:
        if not ids:
            return {}
        with self._mutex:
            opened = self._con is None
            con = self._connection()
            try:
                rows = con.execute(
                    "SELECT article_id, text_hash, published FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [ids],
                ).fetchall()
            except duckdb.Error as exc:
                raise StoreError(f"cannot read {self.path}: {_first_line(exc)}") from None
            if opened and not self.read_only:
                self.release()  # a writer lets queries in between batches
        return {r[0]: (r[1], r[2]) for r in rows}

    def has_article(self, article_id: str, text: str | None = None) -> bool:
        """Is this id stored (with this text, when given)?"""
        row = self._stored([article_id]).get(article_id)
        return row is not None and (text is None or row[0] == text_hash(text))

    def ingest(
        self,
        items: Iterable[CodedArticle | RecordError],
        *,
        data_version: str,
        counts: IngestCounts | None = None,
        batch_size: int = WRITE_BATCH,
    ) -> IngestCounts:
        """Store coded articles, each in one transaction with its events (a batch of articles per transaction).

        An article stored before with the same text and date is left as it is;
        one whose text or date changed has its row and all its events replaced
        in the same transaction. RecordErrors are counted and skipped.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        counts = counts if counts is not None else IngestCounts()
        batch: list[CodedArticle] = []
        for item in items:
            if isinstance(item, RecordError):
                if item.level == "error":
                    counts.errors += 1
                else:
                    counts.warnings += 1
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                self._write(batch, data_version, counts)
                batch = []
        if batch:
            self._write(batch, data_version, counts)
        return counts

    def _write(self, batch: list[CodedArticle], data_version: str, counts: IngestCounts) -> None:
        """Write a batch in one transaction: every article commits together with all its events, or not at all."""
        with self._mutex:
            con = self._connection()
            try:
                self._write_batch(con, batch, data_version, counts)
            except duckdb.Error as exc:
                self._con = None
                try:
                    con.close()
                except duckdb.Error:
                    pass
                raise StoreError(f"cannot write to {self.path}: {_first_line(exc)}") from None
            self.release()

    def _write_batch(
        self, con: duckdb.DuckDBPyConnection, batch: list[CodedArticle], data_version: str, counts: IngestCounts
    ) -> None:
        con.execute("BEGIN TRANSACTION")
        try:
            ids = list({c.article.article_id for c in batch})
            rows = con.execute(
                "SELECT article_id, text_hash, published FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchall()
            stored: dict[str, tuple[str, dt.date]] = {r[0]: (r[1], r[2]) for r in rows}
            state = dict(stored)
            final: dict[str, tuple[CodedArticle, str]] = {}  # id -> the last text of the batch that changes it
            added = replaced = 0
            for coded in batch:  # in order: a later text of an id replaces an earlier one
                art = coded.article
                key = (text_hash(art.text), art.published)
                old = state.get(art.article_id)
                if old == key:
                    counts.unchanged += 1
                    continue
                added += old is None
                replaced += old is not None
                state[art.article_id] = key
                final[art.article_id] = (coded, key[0])
            if final:
                now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                gone = [i for i in final if i in stored]
                removed: dict[str, list[tuple[Mention, str | None]]] = {}
                if gone:
                    for k, m, g in load(con, "m.article_id IN (SELECT unnest(?::VARCHAR[]))", [gone]):
                        removed.setdefault(k, []).append((m, g))
                    con.execute("DELETE FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
                    con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
                articles = [_article_row(c, h, data_version, now) for c, h in final.values()]
                events = [
                    _event_row(ev, i, data_version) + self._grouping(ev)
                    for c, _ in final.values()
                    for i, ev in enumerate(c.events)
                ]
                self._insert(con, "articles", ARTICLE_COLUMNS, articles)
                self._insert(con, "mentions", MENTION_COLUMNS, events)
                added_now: dict[str, list[Mention]] = {}
                if events:
                    for k, m, _ in load(con, "m.article_id IN (SELECT unnest(?::VARCHAR[]))", [list(final)]):
                        added_now.setdefault(k, []).append(m)
                regroup(con, added_now, removed, self._insert)
                counts.events += len(events)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        counts.added += added
        counts.replaced += replaced

    def _grouping(self, ev: Event) -> tuple[str, dt.date, dt.date]:
        """The mentions table's grouping columns (MENTION_GROUP_COLUMNS) for one coded event."""
        src, tgt = ev.source, ev.target
        key = group_key(
            src.country,
            src.sector,
            tgt.country if tgt else None,
            tgt.sector if tgt else None,
            ev.plover.event,
            ev.cameo_root,
            ev.modality,
            ev.article_id,
            tgt is not None,
            ev.location.admin1_code if ev.location else None,
        )
        return (key, *date_span(ev.date, ev.date_precision, ev.published, self.rules.window))

    def _insert(self, con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """Insert many rows in one statement: one list parameter per column (far faster than VALUES rows)."""
        if not rows:
            return
        if self._types is None:
            self._types = {
                (t, c): ty
                for t, c, ty in con.execute(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main'"
                ).fetchall()
            }
        select = ", ".join(f"unnest(?::{self._types[(table, c)]}[])" for c in columns)
        con.execute(
            f"INSERT INTO {table} ({', '.join(quote(c) for c in columns)}) SELECT {select}",
            [list(col) for col in zip(*rows, strict=True)],
        )

    # --- reading -----------------------------------------------------------------------

    def execute(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        """Run one statement on the store's connection (wrapping DuckDB's errors)."""
        try:
            return self._connection().execute(sql, params or [])
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: {_first_line(exc)}") from None

    def count(self, table: str = "events") -> int:
        """Rows of `events` (grouped events), `mentions` or `articles`."""
        if table not in ("events", "mentions", "articles"):
            raise ValueError(table)
        row = self.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, query: EventQuery | None = None, limit: int | None = None, *, mentions: bool = False) -> Iterator[Event]:
        """Grouped events as the Event of each one's representative mention (or, with `mentions`, every mention),
        by event date, then article and position in it. `grouped` gives the counts and evidence too."""
        for _, r in self._event_rows(query, limit, mentions):
            yield row_event(r)

    def _event_rows(
        self, query: EventQuery | None, limit: int | None, mentions: bool = False
    ) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...]]]:
        """(group columns, EVENT_COLUMNS) rows: GROUP_COLUMNS of a grouped event, or (group_id,) of a mention."""
        cond, params = (query or EventQuery()).where()
        columns = ", ".join(quote(c) for c in EVENT_COLUMNS)
        if mentions:
            head, table = "group_id", "mentions"
        else:
            head, table = ", ".join(GROUP_COLUMNS), "events"
        n = len(head.split(", "))
        sql = f"SELECT {head}, {columns} FROM {table} WHERE {cond} ORDER BY date, article_id, event_index"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.execute(sql, params)
        while rows := cur.fetchmany(10_000):
            for r in rows:
                yield r[:n], r[n:]

    def records(
        self, query: EventQuery | None = None, limit: int | None = None, *, mentions: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Grouped events as public records: the group's id and counts, its representative's record (as
        `Event.to_dict()`), and `mentions`, the evidence. With `mentions`: each mention's record and its `group_id`."""
        if mentions:
            for (gid,), r in self._event_rows(query, limit, True):
                yield {"group_id": gid, **row_record(r)}
            return
        chunk: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = []
        for item in self._event_rows(query, limit):
            chunk.append(item)
            if len(chunk) >= 10_000:
                yield from self._with_evidence(chunk)
                chunk = []
        yield from self._with_evidence(chunk)

    def grouped(self, query: EventQuery | None = None, limit: int | None = None) -> Iterator[tuple[dict[str, Any], Event]]:
        """Grouped events as (the GROUP_COLUMNS values, the representative mention's Event)."""
        for g, r in self._event_rows(query, limit):
            yield dict(zip(GROUP_COLUMNS, g, strict=True)), row_event(r)

    def _with_evidence(self, chunk: list[tuple[tuple[Any, ...], tuple[Any, ...]]]) -> Iterator[dict[str, Any]]:
        if not chunk:
            return
        evidence: dict[str, list[dict[str, Any]]] = {}
        names = ("article_id", "event_id", "sentence_index", "trigger_start", "trigger_end", "published")
        cur = self.execute(
            f"SELECT group_id, {', '.join(names)} FROM mentions WHERE group_id IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY published, article_id, event_index",
            [[g[0] for g, _ in chunk]],
        )
        for r in cur.fetchall():
            link = dict(zip(names, r[1:], strict=True))
            link["published"] = link["published"].isoformat()
            evidence.setdefault(r[0], []).append(link)
        for g, r in chunk:
            head = dict(zip(GROUP_COLUMNS, g, strict=True))
            head["first_seen"] = head["first_seen"].isoformat()
            head["last_seen"] = head["last_seen"].isoformat()
            yield {**head, **row_record(r), "mentions": evidence.get(head["id"], [])}

    def rows(self, query: EventQuery | None = None, columns: str = "e.*") -> Iterator[dict[str, Any]]:
        """Grouped event rows (the `events` view, plus the representative article's url, title, source and ingest time)."""
        cond, params = (query or EventQuery()).where()
        cur = self.execute(
            f"SELECT {columns}, a.url AS article_url, a.title AS article_title, a.source AS article_source, "
            f"a.ingested_at AS article_ingested_at FROM events e JOIN articles a USING (article_id) "
            f"WHERE {cond} ORDER BY e.date, article_id, e.event_index",
            params,
        )
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(10_000):
            for r in rows:
                yield dict(zip(names, r, strict=True))

    def series(self, query: EventQuery | None = None, by: str = "week", count: str = "events") -> list[Period]:
        """Grouped events (or, with count="mentions", mentions) per period (day, week from Monday, month, quarter,
        year), every period from the first to the last. A grouped event counts on its representative's date."""
        if by not in SERIES_UNITS:
            raise StoreError(f"unknown period {by!r} (use one of {', '.join(SERIES_UNITS)})")
        if count not in ("events", "mentions"):
            raise StoreError(f"unknown count {count!r} (use events or mentions)")
        q = query or EventQuery()
        cond, params = q.where()
        sql = f"""
            WITH f AS (
                SELECT date_trunc('{by}', date)::DATE AS period, goldstein, quad_class FROM {count} WHERE {cond}
            ), counted AS (
                SELECT period, count(*) AS n, sum(goldstein) AS g,
                       count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
                       count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4
                FROM f GROUP BY period
            ), bounds AS (
                SELECT coalesce(date_trunc('{by}', ?::DATE)::DATE, min(period)) AS lo,
                       coalesce(date_trunc('{by}', ?::DATE)::DATE, max(period)) AS hi FROM counted
            ), periods AS (
                SELECT unnest(generate_series(lo, hi, INTERVAL 1 {by}))::DATE AS period FROM bounds WHERE lo IS NOT NULL
            )
            SELECT p.period, coalesce(n, 0), coalesce(g, 0.0), coalesce(q1, 0), coalesce(q2, 0), coalesce(q3, 0), coalesce(q4, 0)
            FROM periods p LEFT JOIN counted c USING (period) ORDER BY p.period
        """
        rows = self.execute(sql, params + [q.since, q.until]).fetchall()
        return [Period(r[0], int(r[1]), float(r[2]), (int(r[3]), int(r[4]), int(r[5]), int(r[6]))) for r in rows]

    def sql(self, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run read-only SQL (SELECT, WITH ... SELECT, DESCRIBE, SHOW, EXPLAIN); anything else is refused."""
        con = self._connection()
        try:
            statements = con.extract_statements(query)
        except duckdb.Error as exc:
            raise StoreError(f"SQL: {_first_line(exc)}") from None
        if not statements:
            raise StoreError("SQL: no statement given")
        allowed = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)
        for s in statements:
            if s.type not in allowed:
                kind = str(s.type).rsplit(".", 1)[-1]
                raise StoreError(
                    f"refused: `newsevents sql` only reads (SELECT, DESCRIBE, SHOW, EXPLAIN); this is a {kind} statement"
                )
        try:
            cur = None
            for s in statements:
                cur = con.execute(s)
            assert cur is not None
            names = [d[0] for d in cur.description] if cur.description else []
            return names, cur.fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"SQL: {_first_line(exc)}") from None


def _article_row(coded: CodedArticle, h: str, data_version: str, now: dt.datetime) -> tuple[Any, ...]:
    art = coded.article
    values = (
        art.article_id,
        h,
        art.published,
        art.title,
        art.url,
        art.source,
        art.origin,
        len(art.text),
        len(coded.events),
        __version__,
        data_version,
        now,
    )
    assert len(values) == len(ARTICLE_COLUMNS)
    return values


def _column_getters() -> list[tuple[str, str | None]]:
    """For each events column: the Event attribute and, for a nested record, its part (built once)."""
    nested = {"trigger", "source", "target", "plover", "location"}
    out: list[tuple[str, str | None]] = []
    for c in EVENT_COLUMNS:
        head, _, tail = c.partition("_")
        out.append((head, tail) if head in nested else (c, None))
    return out


COLUMN_GETTERS = _column_getters()
MENTION_COLUMNS = EVENT_COLUMNS + MENTION_GROUP_COLUMNS


def _event_row(ev: Event, index: int, data_version: str) -> tuple[Any, ...]:
    """An events-table row (EVENT_COLUMNS order): the flattened record of `code --format csv`, plus position and versions."""
    extra = {"event_index": index, "newsevents_version": __version__, "data_version": data_version}
    row: list[Any] = []
    for attr, part in COLUMN_GETTERS:
        if part is None:
            row.append(extra[attr] if attr in extra else getattr(ev, attr))
        else:
            outer = getattr(ev, attr)
            row.append(None if outer is None else getattr(outer, part))
    return tuple(row)


def _record_plan() -> list[tuple[str, int | list[tuple[str, int]]]]:
    """For each public record field, its column (or, for a nested one, its parts' columns)."""
    index = {c: i for i, c in enumerate(EVENT_COLUMNS)}
    nested = {"trigger": Span, "source": Actor, "target": Actor, "plover": Plover, "location": Location}
    plan: list[tuple[str, int | list[tuple[str, int]]]] = []
    for name in EVENT_FIELDS:
        if name in nested:
            plan.append((name, [(f.name, index[f"{name}_{f.name}"]) for f in dataclasses.fields(nested[name])]))
        else:
            plan.append((name, index[name]))
    return plan


RECORD_PLAN = _record_plan()


def row_record(r: tuple[Any, ...]) -> dict[str, Any]:
    """The public record (as `Event.to_dict()`) of an events-table row in EVENT_COLUMNS order."""
    rec: dict[str, Any] = {}
    for name, where in RECORD_PLAN:
        if isinstance(where, int):
            rec[name] = r[where]
        elif r[where[0][1]] is None and name in ("target", "location"):
            rec[name] = None
        else:
            rec[name] = {sub: r[i] for sub, i in where}
    rec["published"] = rec["published"].isoformat()
    rec["date"] = rec["date"].isoformat()
    return rec


def row_event(r: tuple[Any, ...]) -> Event:
    """An Event from an events-table row in EVENT_COLUMNS order."""
    d = dict(zip(EVENT_COLUMNS, r, strict=True))

    def actor(prefix: str) -> Actor | None:
        if d[f"{prefix}_text"] is None:
            return None
        return Actor(
            d[f"{prefix}_text"],
            d[f"{prefix}_start"],
            d[f"{prefix}_end"],
            d[f"{prefix}_country"],
            d[f"{prefix}_sector"],
            d[f"{prefix}_name"],
        )

    source = actor("source")
    assert source is not None
    location = None
    if d["location_name"] is not None:
        location = Location(
            name=d["location_name"],
            country=d["location_country"],
            admin1=d["location_admin1"],
            admin1_code=d["location_admin1_code"],
            lat=d["location_lat"],
            lon=d["location_lon"],
            geonameid=d["location_geonameid"],
            precision=d["location_precision"],
            text=d["location_text"],
            start=d["location_start"],
            end=d["location_end"],
            source=d["location_source"],
        )
    return Event(
        event_id=d["event_id"],
        article_id=d["article_id"],
        published=d["published"],
        date=d["date"],
        date_precision=d["date_precision"],
        date_text=d["date_text"],
        modality=d["modality"],
        historical=d["historical"],
        sentence_index=d["sentence_index"],
        sentence=d["sentence"],
        trigger=Span(d["trigger_text"], d["trigger_start"], d["trigger_end"]),
        source=source,
        target=actor("target"),
        cameo=d["cameo"],
        cameo_root=d["cameo_root"],
        quad_class=d["quad_class"],
        goldstein=d["goldstein"],
        plover=Plover(d["plover_event"], d["plover_mode"]),
        primary=d["primary"],
        confidence=d["confidence"],
        rule=d["rule"],
        location=location,
    )
