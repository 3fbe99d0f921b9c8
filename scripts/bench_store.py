"""Benchmark the event store: queries on a synthetic store of 1,000,000 events, and ingest against code.

    python scripts/bench_store.py [--events 1000000] [--db PATH] [--runs 5]
    python scripts/bench_store.py --ingest [--corpus ../shared/data/corpora/fa-kes.csv] [--processes 2] [--limit N]

Queries: builds (or reuses, with --db) a store of synthetic events (random dyads over 40
countries, real CAMEO codes, dates 2011-2020) written straight into the mentions table and
grouped into events by the store's own regrouping (timed), then times, each from opening the file to the last record written: `series --dyad TUR:SYR --by
week`, and `events --actor TUR --since 2019-01-01 --until 2019-12-31` as JSONL. Target:
each at most 0.5 s. Prints the best and the median of --runs runs.

Ingest (--ingest): codes FA-KES with `code_articles` (as scripts/bench.py does), then codes
and stores it into a fresh store as `newsevents ingest` does, and prints both throughputs
and their ratio (best of --repeat alternating runs: timings on a shared machine vary by 20%).
Target: ingest within 10% of code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsevents.models import Article, RecordError
from newsevents.pipeline import code_articles
from newsevents.read import Columns, read_inputs
from newsevents.store import EventQuery, IngestCounts, Store

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"
CAMEO = ROOT / "src" / "newsevents" / "data" / "ontology" / "cameo.tsv"
COUNTRIES = (
    "TUR SYR RUS IRN ISR IRQ EGY SAU USA GBR FRA DEU CHN IND PAK AFG UKR LBN JOR YEM "
    "LBY SDN ETH NGA MLI SOM KEN COD ZAF BRA MEX COL VEN CUB PRK KOR JPN IDN PHL MMR"
).split()
SECTORS = "GOV MIL REB COP OPP CVL JRN BUS LEG JUD".split()


def build(path: Path, n: int) -> None:
    """A store holding n synthetic mentions (10 per article), made in SQL, then grouped by the store."""
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    with Store(path) as store:
        store.execute(
            f"CREATE TEMP TABLE cameo AS SELECT row_number() OVER () - 1 AS k, * FROM read_csv('{CAMEO}', delim = '\\t', "
            "header = true, comment = '#', all_varchar = true)"
        )
        store.execute("SELECT setseed(0.42)")
        store.execute(
            f"""
            INSERT INTO mentions
            WITH base AS (
                SELECT i,
                       DATE '2011-01-01' + CAST(floor(random() * 3652) AS INTEGER) AS date,
                       {countries}[1 + CAST(floor(random() * {len(COUNTRIES)}) AS INTEGER)] AS src,
                       {countries}[1 + CAST(floor(random() * {len(COUNTRIES)}) AS INTEGER)] AS tgt,
                       {sectors}[1 + CAST(floor(random() * {len(SECTORS)}) AS INTEGER)] AS ssec,
                       {sectors}[1 + CAST(floor(random() * {len(SECTORS)}) AS INTEGER)] AS tsec,
                       CAST(floor(random() * (SELECT count(*) FROM cameo)) AS INTEGER) AS k,
                       random() < 0.8 AS asserted
                FROM range({n}) t(i)
            )
            SELECT printf('%016x', hash(i)), printf('syn-%07d', i // 10), CAST(i % 10 AS INTEGER),
                   date + 1, date, 'day', NULL, CASE WHEN asserted THEN 'asserted' ELSE 'hypothetical' END, false,
                   CAST(i % 10 AS INTEGER), 'attacked', 100, 108,
                   src || ' ' || ssec, 0, 10, src, ssec, NULL,
                   tgt || ' ' || tsec, 20, 30, tgt, tsec, NULL,
                   c.code, c.root,
                   CASE WHEN c.root <= '05' THEN 1 WHEN c.root <= '08' THEN 2 WHEN c.root <= '13' THEN 3 ELSE 4 END,
                   CAST(c.goldstein AS DOUBLE), nullif(c.plover_event, ''), nullif(c.plover_mode, ''),
                   i % 10 = 0, 0.7, 'synthetic',
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   'A synthetic sentence.', 'bench', 'synthetic', NULL, NULL, NULL, NULL
            FROM base JOIN cameo c USING (k)
            """
        )
        store.execute(
            """
            INSERT INTO articles
            SELECT article_id, 'synthetic', min(published), NULL, NULL, NULL, 'bench_store.py', 1000, count(*),
                   'bench', 'synthetic', now()::TIMESTAMP
            FROM mentions GROUP BY article_id
            """
        )
        store.execute("DELETE FROM meta WHERE key = 'grouping'")  # as a store of schema 1 would be: not grouped yet
    t0 = time.perf_counter()
    with Store(path) as store:
        print(f"grouped {n:,} mentions into {store.count('events'):,} events in {time.perf_counter() - t0:.1f} s")


def timed(label: str, runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    best, median = min(times), statistics.median(times)
    verdict = "ok" if median <= 0.5 else "TOO SLOW"
    print(f"{label}: median {median:.3f} s, best {best:.3f} s, first {times[0]:.3f} s ({result}) [target 0.5 s: {verdict}]")
    return median


def bench_queries(args: argparse.Namespace) -> int:
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench.duckdb"
    else:
        path = args.db
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.events)
        print(f"built {path} with {args.events:,} synthetic events in {time.perf_counter() - t0:.1f} s")
    with Store(path, read_only=True) as store:
        n = store.count()
        print(
            f"store: {n:,} events, {store.count('mentions'):,} mentions, {store.count('articles'):,} articles, {path.stat().st_size / 1e6:.0f} MB on disk"
        )

    def series() -> str:
        with Store(path, read_only=True) as store:
            periods = store.series(EventQuery(dyad=("TUR", "SYR")), by="week")
        return f"{len(periods)} weeks, {sum(p.events for p in periods)} events"

    def events() -> str:
        q = EventQuery(actor="TUR", since=dt.date(2019, 1, 1), until=dt.date(2019, 12, 31))
        out = io.StringIO()
        with Store(path, read_only=True) as store:  # as `newsevents events` writes JSONL
            for rec in store.records(q):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return f"{out.getvalue().count(chr(10))} events as JSONL"

    a = timed("series --dyad TUR:SYR --by week", args.runs, series)
    b = timed("events --actor TUR --since 2019-01-01 --until 2019-12-31", args.runs, events)
    if tmp is not None:
        tmp.cleanup()
    return 0 if max(a, b) <= 0.5 else 1


def bench_ingest(args: argparse.Namespace) -> int:
    if not args.corpus.exists():
        print(f"bench_store: {args.corpus} not found (the FA-KES corpus lives in ../shared)", file=sys.stderr)
        return 2
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = [a for a in read_inputs([args.corpus], columns=cols) if isinstance(a, Article)]
    if args.limit:
        items = items[: args.limit]
    print(f"corpus: {args.corpus.name}, {len(items)} articles; {args.processes} processes; model load included in both")

    from newsevents.knowledge import Knowledge

    code_runs: list[float] = []
    ingest_runs: list[float] = []
    for run in range(1, args.repeat + 1):  # alternate, so that a busy spell on the machine hits both
        t0, c0 = time.perf_counter(), time.process_time()
        n_events = sum(len(r.events) for r in code_articles(items, n_process=args.processes) if not isinstance(r, RecordError))
        code_runs.append(time.perf_counter() - t0)
        print(
            f"run {run} code:   {code_runs[-1]:6.1f} s, {len(items) / code_runs[-1]:5.2f} articles/s, {n_events} events; "
            f"main process CPU {time.process_time() - c0:.1f} s"
        )
        with tempfile.TemporaryDirectory() as tmp:
            t1, c1 = time.perf_counter(), time.process_time()
            counts = IngestCounts()
            with Store(Path(tmp) / "ingest.duckdb") as store:
                todo = store.pending(items, counts)
                coded = code_articles(todo, n_process=args.processes)
                store.ingest(coded, data_version=Knowledge.load().version, counts=counts)
            ingest_runs.append(time.perf_counter() - t1)
        print(
            f"run {run} ingest: {ingest_runs[-1]:6.1f} s, {len(items) / ingest_runs[-1]:5.2f} articles/s, {counts.events} events "
            f"stored ({counts.added} articles added, {counts.replaced} replaced by a later text under the same id); "
            f"main process CPU {time.process_time() - c1:.1f} s"
        )
    code_s, ingest_s = min(code_runs), min(ingest_runs)
    print(f"best of {args.repeat}: code {len(items) / code_s:.2f} articles/s, ingest {len(items) / ingest_s:.2f} articles/s")
    ratio = code_s / ingest_s
    print(f"ratio ingest/code throughput: {ratio:.3f} [target >= 0.90: {'ok' if ratio >= 0.9 else 'TOO SLOW'}]")
    return 0 if ratio >= 0.9 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events to generate (default: 1,000,000)")
    parser.add_argument("--db", type=Path, help="keep the synthetic store here (reused when it exists)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ingest", action="store_true", help="compare ingest with code throughput on FA-KES instead")
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=2, help="--ingest: runs of each, alternating; the best counts")
    args = parser.parse_args()
    return bench_ingest(args) if args.ingest else bench_queries(args)


if __name__ == "__main__":
    sys.exit(main())
