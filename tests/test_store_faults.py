"""Faults during `ingest`: kill -9 at any moment, a full disk. Real processes, real DuckDB files."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import snapshot

COUNTRIES = ["Turkish", "Syrian", "Russian", "Iranian", "Israeli", "Iraqi", "Egyptian", "Saudi"]


def _articles(n: int) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        text = (
            f"{a} troops shelled {b} army positions near the border on Monday. "
            f"The {b} government condemned the attack and called for talks. Report {i}."
        )
        out.append({"id": f"a{i:02d}", "date": f"2020-01-{1 + i % 28:02d}", "text": text})
    return out


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ingest(*args: str, **kw) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-m", "newsevents", "ingest", *args, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def _stored(db: Path) -> int | None:
    """Articles stored so far, or None while the writer holds the file."""
    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()


def _kill_after(p: subprocess.Popen[str], db: Path, at_least: int, extra: float) -> int:
    """kill -9 the ingest once `at_least` articles are stored (plus `extra` seconds); returns the count then."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        n = _stored(db)
        if n is not None and n >= at_least:
            time.sleep(extra)
            os.kill(p.pid, signal.SIGKILL)
            p.wait(timeout=30)
            return n
        assert p.poll() is None, f"ingest ended before it was killed: {p.communicate()}"
        time.sleep(0.02)
    raise AssertionError("ingest made no progress")


def test_kill_9_then_rerun_gives_the_rows_of_an_uninterrupted_run(tmp_path):
    records = _articles(40)
    records.append(dict(records[3], text=records[3]["text"] + " Iran denied it."))  # an id seen twice: the last wins
    inputs = _write(tmp_path / "in.jsonl", records)
    ref, db = tmp_path / "ref.duckdb", tmp_path / "crash.duckdb"
    p = _ingest(str(inputs), "--db", str(ref))
    assert p.wait(timeout=300) == 0, p.communicate()
    expected = snapshot(ref)
    assert len(expected[0]) == 40 and len(expected[1]) > 80

    # killed twice at different moments (small batches, so the kill lands between and inside writes)
    p = _ingest(str(inputs), "--db", str(db), "--batch-size", "2")
    _kill_after(p, db, at_least=4, extra=0.0)
    assert 0 < (_stored(db) or 0) < 40, "the kill did not land mid-run"
    p = _ingest(str(inputs), "--db", str(db), "--batch-size", "3")
    _kill_after(p, db, at_least=(_stored(db) or 0) + 3, extra=0.05)

    p = _ingest(str(inputs), "--db", str(db))
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    assert snapshot(db) == expected
    # and once more changes nothing
    p = _ingest(str(inputs), "--db", str(db))
    assert p.wait(timeout=300) == 0
    assert snapshot(db) == expected


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE to simulate a full disk")
def test_full_disk_is_a_clear_error_and_leaves_the_database_as_it_was(tmp_path):
    inputs = _write(tmp_path / "in.jsonl", _articles(3))
    db = tmp_path / "s.duckdb"
    p = _ingest(str(inputs), "--db", str(db))
    assert p.wait(timeout=300) == 0
    before = snapshot(db)
    more = _write(tmp_path / "more.jsonl", _articles(30)[3:])
    # no file may grow past 512 bytes: the first write of the new articles (to DuckDB's log) fails
    p = _ingest(str(more), "--db", str(db), preexec_fn=_limit_file_size(512))
    out, err = p.communicate(timeout=300)
    assert p.returncode == 2, err
    assert "cannot write to" in err and "Traceback" not in err and err.count("\n") == 1
    assert snapshot(db) == before
    # with room again, the same command completes the store
    p = _ingest(str(more), "--db", str(db))
    assert p.wait(timeout=300) == 0
    arts, evs, groups = snapshot(db)
    assert len(arts) == 30 and sum(a[8] for a in arts) == len(evs)
    assert sum(g[4] for g in groups) == len(evs)  # every mention is in exactly one grouped event
