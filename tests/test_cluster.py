"""Coding on a real Dask LocalCluster (worker processes): same stored rows as in-process, a killed worker, the CLI."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from distributed import Client

from conftest import snapshot
from newsevents import Article, Coder, Columns, RecordError, code_articles, read_inputs
from newsevents.cluster import ClusterError, code_on_cluster, connect, parse_address, warm, workers
from newsevents.store import IngestCounts, Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COUNTRIES = ["Turkish", "Syrian", "Russian", "Iranian", "Israeli", "Iraqi", "Egyptian", "Saudi"]


def _articles(n: int) -> list[Article]:
    """Short articles of 17 sentences (about 50 ms each to code), each with events, places and dates."""
    out = []
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        text = (
            f"{a} troops shelled {b} army positions near Aleppo on Monday. "
            f"The {b} government condemned the attack in Damascus and called for talks. "
        ) * 8 + f"Report {i}."
        out.append(Article(f"a{i:02d}", text, dt.date(2020, 1 + i % 12, 1 + i % 28)))
    return out


def _in_process(db: Path, items: list[Article | RecordError], coder: Coder) -> IngestCounts:
    with Store(db) as store:
        return store.ingest(code_articles(store.pending(items), coder=coder), data_version=coder.data_version)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with connect("local:2") as c:
        warm(c)  # both workers load the model now, in parallel
        yield c


def test_parse_address():
    assert parse_address("local:2") == 2
    assert parse_address("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    assert parse_address("tcp://scheduler.lan:8786") == "tcp://scheduler.lan:8786"
    for bad in ("local:0", "local:x", "local:", "10.0.0.5:8786", "tcp://host", "tcp://host:99999", "http://h:1", ""):
        with pytest.raises(ClusterError, match="local:N"):
            parse_address(bad)


def test_unreachable_scheduler_fails_fast():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.monotonic()
    with pytest.raises(ClusterError, match=f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"):
        with connect(f"tcp://127.0.0.1:{port}", timeout=1):
            pass
    assert time.monotonic() - t0 < 15


def test_fakes_200_on_two_workers_equal_in_process(tmp_path, client, coder, shared):
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = list(read_inputs([shared / "data" / "corpora" / "fa-kes.csv"], columns=cols))[:200]
    assert len(items) == 200
    assert len(workers(client)) == 2
    ref = _in_process(tmp_path / "ref.duckdb", items, coder)
    counts = IngestCounts()
    with Store(tmp_path / "dask.duckdb") as store:
        coded = code_on_cluster(store.pending(items, counts), client, batch_size=16, data_version=coder.data_version)
        store.ingest(coded, data_version=coder.data_version, counts=counts)
    assert (counts.added, counts.replaced, counts.events, counts.errors) == (ref.added, ref.replaced, ref.events, ref.errors)
    assert ref.events > 200
    ref_articles, ref_mentions, ref_groups = snapshot(tmp_path / "ref.duckdb")
    articles, mentions, groups = snapshot(tmp_path / "dask.duckdb")
    assert articles == ref_articles
    assert mentions == ref_mentions  # ids, codes, dates, places: every column
    assert groups == ref_groups


def test_killed_worker_batch_is_retried_and_stored_once(tmp_path, client, coder):
    items: list[Article | RecordError] = list(_articles(80))
    items.insert(7, RecordError("bad.jsonl:8", "no text"))
    ref = _in_process(tmp_path / "ref.duckdb", items, coder)
    pids = client.run(os.getpid)
    assert len(pids) == 2
    counts = IngestCounts()
    victim = None
    out: list[Article | RecordError] = []
    with Store(tmp_path / "dask.duckdb") as store:

        def kill_one_midway(stream: Iterator) -> Iterator:  # type: ignore[type-arg]
            nonlocal victim
            for item in stream:
                out.append(item if isinstance(item, RecordError) else item.article)
                if len(out) == 9:  # a batch has come back; kill a worker while it codes another
                    deadline = time.monotonic() + 10
                    while victim is None and time.monotonic() < deadline:
                        busy = [w for w, keys in client.processing().items() if keys]
                        if busy:
                            victim = busy[0]
                            os.kill(pids[victim], signal.SIGKILL)
                        else:
                            time.sleep(0.005)
                yield item

        coded = code_on_cluster(store.pending(items, counts), client, batch_size=4, data_version=coder.data_version)
        store.ingest(kill_one_midway(coded), data_version=coder.data_version, counts=counts)
    assert victim is not None, "no worker was busy: nothing was killed"
    # the worker died (its nanny starts a new one, with a new process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and pids[victim] in client.run(os.getpid).values():
        time.sleep(0.2)
    assert pids[victim] not in client.run(os.getpid).values()
    # every article came back once, in input order; the RecordError passed through in place
    assert out == items
    # stored exactly once: all added, none seen twice, the very rows of the in-process run
    assert (counts.added, counts.unchanged, counts.errors, counts.events) == (80, 0, 1, ref.events)
    assert snapshot(tmp_path / "dask.duckdb") == snapshot(tmp_path / "ref.duckdb")


def test_other_data_version_on_workers_is_refused(client):
    with pytest.raises(ClusterError, match="data version"):
        list(code_on_cluster(_articles(1), client, data_version="not-this-one"))


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True, timeout=timeout)


def test_cli_bad_dask_address_is_one_line(tmp_path):
    r = _cli("ingest", str(EXAMPLES), "--dask", "scheduler:8786", "--db", str(tmp_path / "s.duckdb"))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "newsevents: error: --dask 'scheduler:8786': give local:N (N worker processes here) "
        "or tcp://HOST:PORT (a running scheduler)"
    ]
    assert not (tmp_path / "s.duckdb").exists()


def test_cli_dask_out_parquet_equals_in_process_store(tmp_path, coder):
    ref = tmp_path / "ref.duckdb"
    _in_process(ref, list(read_inputs([EXAMPLES])), coder)
    out = tmp_path / "events"
    r = _cli("ingest", str(EXAMPLES), "--dask", "local:1", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "coding on 1 Dask worker (local:1)" in r.stderr
    n_mentions = len(snapshot(ref)[1])
    assert f"3 added, 0 replaced, 0 unchanged; {n_mentions} mentions written as Parquet under {out}" in r.stderr
    assert "Traceback" not in r.stderr
    # one folder per event month; DuckDB reads the dataset as it is; nothing else left beside it
    months = sorted(p.name for p in out.iterdir())
    assert months and all(m.startswith("event_month=") for m in months)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".newsevents-")] == []
    con = duckdb.connect()
    try:
        got = con.execute(
            f"SELECT * EXCLUDE (event_month) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true) "
            "ORDER BY article_id, event_index"
        ).fetchall()
        bad = con.execute(
            f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true) "
            "WHERE strftime(date, '%Y-%m') <> event_month"
        ).fetchone()
    finally:
        con.close()
    ref_con = duckdb.connect(str(ref), read_only=True)
    try:
        assert got == ref_con.execute("SELECT * FROM events ORDER BY article_id, event_index").fetchall()
    finally:
        ref_con.close()
    assert bad == (0,)
    # a second run into the same folder is refused before anything is coded
    again = _cli("ingest", str(EXAMPLES), "--dask", "local:1", "--out", str(out))
    assert again.returncode == 2 and "not an empty folder" in again.stderr
