"""The event store on real DuckDB files: ingest, idempotence, replacement, schema versions, locking, queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import newsevents
from newsevents import Article, Coder, Location, code_articles, read_inputs
from newsevents.pipeline import CodedArticle, Stats
from newsevents.store import GROUP_COLUMNS, EventQuery, IngestCounts, Store, StoreBusy, StoreError
from newsevents.store._schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def examples(coder: Coder) -> list[CodedArticle]:
    out = [c for c in code_articles(read_inputs([EXAMPLES]), coder=coder) if isinstance(c, CodedArticle)]
    assert len(out) == 3 and all(c.events for c in out)
    return out


def rows(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_ingest_and_read_back(tmp_path, examples, coder):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        counts = store.ingest(examples, data_version=coder.data_version)
        assert (counts.added, counts.replaced, counts.unchanged) == (3, 0, 0)
        assert counts.events == sum(len(c.events) for c in examples)
        assert store.schema_version == SCHEMA_VERSION
    with Store(db, read_only=True) as store:
        stored = list(store.events(mentions=True))
        assert store.count("articles") == 3
        # the fast path (`events --mentions --format jsonl`) gives the very same records, with their group
        mention_records = list(store.records(mentions=True))
        assert [{k: v for k, v in r.items() if k != "group_id"} for r in mention_records] == [e.to_dict() for e in stored]
        # every grouped event is the record of one of its mentions, plus the group's id, counts and evidence
        grouped = list(store.records())
        by_group: dict[str, list[str]] = {}
        for r in mention_records:
            by_group.setdefault(r["group_id"], []).append(r["event_id"])
        assert {g["id"] for g in grouped} == set(by_group)
        for g in grouped:
            assert g["event_id"] in by_group[g["id"]]
            assert g["num_mentions"] == len(g["mentions"]) == len(by_group[g["id"]])
            assert sorted(m["event_id"] for m in g["mentions"]) == sorted(by_group[g["id"]])
    # the same records as `code` gives, event for event
    expected = {e.event_id: e.to_dict() for c in examples for e in c.events}
    assert {e.event_id: e.to_dict() for e in stored} == expected
    # by event date; within an article and a date, in the order `code` wrote them
    assert [e.date for e in stored] == sorted(e.date for e in stored)
    first = examples[0]
    for day in {e.date for e in first.events}:
        mine = [e.event_id for e in stored if e.article_id == first.article.article_id and e.date == day]
        assert mine == [e.event_id for e in first.events if e.date == day]
    # provenance on every event
    assert rows(db, "SELECT DISTINCT newsevents_version, data_version FROM mentions") == [
        (newsevents.__version__, coder.data_version)
    ]


def test_reingest_unchanged_is_a_no_op(tmp_path, examples, coder):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(examples, data_version=coder.data_version)
    before = rows(db, "SELECT * FROM articles ORDER BY article_id")
    events_before = rows(db, "SELECT * FROM mentions ORDER BY event_id")
    groups_before = rows(db, "SELECT * FROM event_groups ORDER BY id")
    with Store(db) as store:
        counts = store.ingest(examples, data_version="other")
        assert (counts.added, counts.replaced, counts.unchanged, counts.events) == (0, 0, 3, 0)
        # and the articles are not even passed on for coding
        pending = IngestCounts()
        assert list(store.pending([c.article for c in examples], pending)) == []
        assert pending.unchanged == 3
        assert store.has_article(examples[0].article.article_id, examples[0].article.text)
        assert not store.has_article(examples[0].article.article_id, "another text")
    assert rows(db, "SELECT * FROM articles ORDER BY article_id") == before  # ingested_at included
    assert rows(db, "SELECT * FROM mentions ORDER BY event_id") == events_before
    assert rows(db, "SELECT * FROM event_groups ORDER BY id") == groups_before


def test_changed_text_replaces_the_articles_events(tmp_path, coder):
    db = tmp_path / "s.duckdb"
    a1 = Article("a", "Turkish troops shelled Syrian army positions.", dt.date(2020, 1, 31))
    b = Article("b", "Iran condemned Israel.", dt.date(2020, 1, 31))
    a2 = dataclasses.replace(a1, text="Russia and Turkey signed a ceasefire agreement in Moscow.")
    with Store(db) as store:
        store.ingest([coder.code(a1), coder.code(b)], data_version=coder.data_version)
        old = {r[0] for r in rows_of(store, "SELECT event_id FROM mentions WHERE article_id = 'a'")}
        b_rows = rows_of(store, "SELECT * FROM mentions WHERE article_id = 'b'")
        counts = store.ingest([coder.code(a2)], data_version=coder.data_version)
        assert (counts.added, counts.replaced) == (0, 1)
        new = rows_of(store, "SELECT event_id, sentence FROM mentions WHERE article_id = 'a'")
        assert new and old.isdisjoint({r[0] for r in new})
        assert all("ceasefire" in r[1] for r in new)
        assert rows_of(store, "SELECT * FROM mentions WHERE article_id = 'b'") == b_rows
        assert rows_of(store, "SELECT text_hash, n_events FROM articles WHERE article_id = 'a'")[0][1] == len(new)


def rows_of(store: Store, sql: str) -> list[tuple]:
    return store.execute(sql).fetchall()


def test_same_id_twice_in_a_stream_last_text_wins(tmp_path, coder):
    """FA-KES repeats ids: the later text replaces the earlier, on a first run and on a rerun alike."""
    db = tmp_path / "s.duckdb"
    x1 = Article("x", "Turkish troops shelled Syrian army positions.", dt.date(2020, 1, 31))
    x2 = Article("x", "Iran condemned Israel.", dt.date(2020, 1, 31))
    for _ in range(2):
        with Store(db) as store:
            counts = IngestCounts()
            todo = list(store.pending([x1, x2], counts))
            assert [a.text for a in todo if isinstance(a, Article)][-1] == x2.text
            store.ingest([coder.code(a) for a in todo if isinstance(a, Article)], data_version="v", counts=counts)
        assert rows(db, "SELECT DISTINCT sentence FROM mentions") == [(x2.text,)]


def test_ingest_with_worker_processes(tmp_path, coder):
    """With a pool, `pending` is read in the pool's thread while `ingest` writes: both use the store."""
    db = tmp_path / "s.duckdb"
    arts = [
        Article(f"p{i}", f"Turkish troops shelled Syrian army positions. Report {i}.", dt.date(2020, 1, 1 + i)) for i in range(12)
    ]
    with Store(db) as store:
        store.ingest([coder.code(a) for a in arts[:3]], data_version="v")
        counts = IngestCounts()
        coded = code_articles(store.pending(arts, counts), n_process=2, batch_size=2)
        store.ingest(coded, data_version="v", counts=counts, batch_size=2)
    assert (counts.read, counts.unchanged, counts.added) == (12, 3, 9)
    assert rows(db, "SELECT count(*) FROM articles") == [(12,)]


def test_newer_schema_and_foreign_files_are_refused(tmp_path, examples):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    size = db.stat().st_size
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer than this newsevents"):
            Store(db, read_only=read_only)
    assert db.stat().st_size == size
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsevents store"):
        Store(other)
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(junk)
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_read_only_path_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot write to /proc"):
        Store("/proc/newsevents-test.duckdb")


def test_second_writer_is_refused_and_changes_nothing(tmp_path, examples, coder):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(examples[:1], data_version=coder.data_version)
        with pytest.raises(StoreBusy, match="database in use"):
            Store(db)
        # a second `ingest` process: a clear error before it codes anything
        r = cli("ingest", str(EXAMPLES), "--db", str(db), timeout=120)
        assert r.returncode == 2, r.stderr
        assert "database in use" in r.stderr and "Traceback" not in r.stderr
        assert r.stderr.count("\n") == 1
        assert store.count("articles") == 1


def test_query_waits_while_a_writer_holds_the_file(tmp_path, examples, coder):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(examples, data_version=coder.data_version)
        store.execute("SELECT 1")  # hold DuckDB's lock, as an ingest does while it writes a batch
        # a query that cannot wait long enough: one clear line, no traceback
        r = cli("events", "--db", str(db), "--wait", "0.5", timeout=120)
        assert r.returncode == 2 and "database in use" in r.stderr and "Traceback" not in r.stderr
        # a query that waits: it says so, and answers once the writer lets go
        p = subprocess.Popen(
            [sys.executable, "-m", "newsevents", "sql", "SELECT count(*) AS n FROM mentions", "--db", str(db), "--format", "csv"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert p.stderr is not None
        line = p.stderr.readline()  # blocks until the query process has met the lock
        assert "waiting" in line
        store.release()
        out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert out.splitlines()[1] == str(sum(len(c.events) for c in examples))


def test_sql_is_read_only(tmp_path, examples, coder):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(examples, data_version=coder.data_version)
    n = rows(db, "SELECT count(*) FROM events")[0][0]
    with Store(db, read_only=True) as store:
        names, result = store.sql("SELECT cameo_root, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
        assert names == ["cameo_root", "n"] and sum(r[1] for r in result) == n
        assert store.sql("DESCRIBE events")[1]
        for bad in (
            "DELETE FROM events",
            "SELECT 1; DROP TABLE events",
            "INSERT INTO meta VALUES ('x', 'y')",
            f"COPY events TO '{tmp_path / 'x.csv'}'",
            f"ATTACH '{tmp_path / 'other.duckdb'}' AS o",
            "CREATE TABLE t AS SELECT 1",
            "UPDATE events SET cameo = '010'",
        ):
            with pytest.raises(StoreError, match="refused"):
                store.sql(bad)
    assert rows(db, "SELECT count(*) FROM events")[0][0] == n
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "other.duckdb").exists()


# --- queries on hand-made events (places filled in) ----------------------------------------


def _event(coder: Coder, text: str, art_id: str, published: dt.date, place: Location | None = None) -> CodedArticle:
    coded = coder.code(Article(art_id, text, published))
    events = [dataclasses.replace(e, location=place) for e in coded.events]
    return CodedArticle(coded.article, events, Stats(articles=1))


IDLIB = Location("Idlib", "SYR", "Idlib", "SY.09", 35.93, 36.63, "169389", "city", "Idlib", 0, 5, "sentence")


@pytest.fixture(scope="module")
def query_db(tmp_path_factory, coder) -> Path:
    db = tmp_path_factory.mktemp("q") / "q.duckdb"
    items = [
        _event(coder, "Turkish troops shelled Syrian army positions.", "t1", dt.date(2020, 1, 6), IDLIB),
        _event(coder, "Turkish troops shelled Syrian army positions.", "t2", dt.date(2020, 1, 10), IDLIB),
        _event(coder, "Syrian forces attacked Turkish soldiers.", "t3", dt.date(2020, 1, 21)),
        _event(coder, "Turkey praised Syria.", "t4", dt.date(2020, 2, 3)),
        _event(coder, "Iran condemned Israel.", "t5", dt.date(2020, 1, 7)),
        _event(coder, "Turkish journalists criticized Russia.", "t6", dt.date(2020, 1, 7)),
    ]
    with Store(db) as store:
        store.ingest(items, data_version="test")
    return db


def test_event_filters(query_db):
    with Store(query_db, read_only=True) as store:

        def ids(**kw) -> set[str]:
            return {e.article_id for e in store.events(EventQuery(**kw))}

        assert ids(actor="TUR") == {"t1", "t2", "t3", "t4", "t6"}
        assert ids(dyad=("TUR", "SYR")) == {"t1", "t2", "t4"}
        assert ids(dyad=("TUR", "SYR"), undirected=True) == {"t1", "t2", "t3", "t4"}
        assert ids(dyad=("TUR", "SYR"), since=dt.date(2020, 1, 7), until=dt.date(2020, 1, 31)) == {"t2"}
        assert ids(published_until=dt.date(2020, 1, 7)) == {"t1", "t5", "t6"}
        assert ids(code="19", dyad=("TUR", "SYR")) == {"t1", "t2"}
        assert ids(plover="assault") == {"t1", "t2", "t3"}
        assert ids(place="idlib") == ids(place="SYR") == {"t1", "t2"}
        assert ids(modality=("negated",)) == set()
        dates = [e.date for e in store.events(EventQuery(actor="TUR"))]
        assert dates == sorted(dates)
        assert len(list(store.events(limit=2))) == 2


def test_series_counts_and_goldstein_per_week(query_db):
    with Store(query_db, read_only=True) as store:
        weeks = store.series(EventQuery(dyad=("TUR", "SYR"), undirected=True), by="week")
        events = list(store.events(EventQuery(dyad=("TUR", "SYR"), undirected=True)))
        months = store.series(EventQuery(dyad=("TUR", "SYR")), by="month")
    # every week from the first to the last, empty ones included, weeks starting on Monday
    assert [w.period for w in weeks] == [dt.date(2020, 1, 6) + dt.timedelta(weeks=i) for i in range(5)]
    assert all(w.period.weekday() == 0 for w in weeks)
    assert [w.events > 0 for w in weeks] == [True, False, True, False, True]
    assert weeks[1].goldstein == 0
    assert sum(w.events for w in weeks) == len(events)
    assert sum(w.goldstein for w in weeks) == pytest.approx(sum(e.goldstein for e in events))
    jan = [e for e in events if e.date.month == 1 and e.source.country == "TUR"]
    assert months[0].period == dt.date(2020, 1, 1) and months[0].events == len(jan)
    assert months[0].quad[3] == sum(1 for e in jan if e.quad_class == 4)


def test_cli_queries(query_db, tmp_path):
    r = cli("events", "--db", str(query_db), "--dyad", "TUR:SYR", "--since", "2020-01-07", "--until", "2020-01-31")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert {x["article_id"] for x in recs} == {"t2"} and recs[0]["location"]["name"] == "Idlib"
    assert list(recs[0]) == [*GROUP_COLUMNS, *newsevents.models.EVENT_FIELDS, "mentions"]
    assert recs[0]["num_mentions"] == 1 and recs[0]["mentions"][0]["article_id"] == "t2"
    with Store(query_db, read_only=True) as store:
        q = EventQuery(dyad=("TUR", "SYR"), since=dt.date(2020, 1, 7), until=dt.date(2020, 1, 31))
        assert recs == list(store.records(q))
        assert [r["event_id"] for r in recs] == [e.event_id for e in store.events(q)]
    r = cli("events", "--db", str(query_db), "--mentions", "--dyad", "TUR:SYR", "--since", "2020-01-07")
    assert r.returncode == 0, r.stderr
    mentions = [json.loads(line) for line in r.stdout.splitlines()]
    assert list(mentions[0]) == ["group_id", *newsevents.models.EVENT_FIELDS]
    r = cli("series", "--db", str(query_db), "--dyad", "TUR:SYR", "--by", "month", "--format", "csv")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("period,events,goldstein") and lines[1].startswith("2020-01-01,")
    r = cli("sql", "INSERT INTO meta VALUES ('a', 'b')", "--db", str(query_db))
    assert r.returncode == 2 and "refused" in r.stderr and "Traceback" not in r.stderr
    r = cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2 and "no database" in r.stderr
    r = cli("events", "--db", str(query_db), "--since", "yesterday")
    assert r.returncode == 2 and "not a date" in r.stderr
