"""Benchmark coding on Dask: FA-KES articles/s in-process, on 1 Dask worker and on 2 Dask workers.

    python scripts/bench_dask.py [--corpus ../shared/data/corpora/fa-kes.csv] [--limit N] [--batch-size 16] [--repeat 2]

Each setting codes the same articles and takes every result back to the client (as
`newsevents ingest --dask` does before it stores them). Start-up (building the Coder, or
starting a LocalCluster and loading the model on every worker, in parallel) is timed
apart from coding; articles/s is over the coding alone. Settings alternate, --repeat
rounds, so that a busy spell on a shared machine hits them all; the best and the median
of each are printed. Target: 2 workers at least 1.5 x 1 worker on a 2-core machine.

Also printed: the CPU seconds each setting spent per article (workers plus the client,
which runs the scheduler), which another job on the machine does not change: where it
keeps the wall-clock figures from scaling, the CPU figures still show what the cluster
itself costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from newsevents.cluster import code_on_cluster, connect, warm
from newsevents.models import Article, RecordError
from newsevents.pipeline import Coder, code_articles
from newsevents.read import Columns, read_inputs

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"


Result = tuple[float, float, float, int]  # start-up s, coding s, coding CPU s, events


def cpu_seconds(pids: list[int]) -> float:
    return sum(sum(psutil.Process(p).cpu_times()[:2]) for p in pids)


def in_process(items: list[Article], batch_size: int) -> Result:
    t0 = time.perf_counter()
    coder = Coder()
    t1, c1 = time.perf_counter(), time.process_time()
    n = sum(len(r.events) for r in code_articles(items, coder=coder, batch_size=batch_size) if not isinstance(r, RecordError))
    return t1 - t0, time.perf_counter() - t1, time.process_time() - c1, n


def on_dask(workers: int) -> Callable[[list[Article], int], Result]:
    def run(items: list[Article], batch_size: int) -> Result:
        t0 = time.perf_counter()
        with connect(f"local:{workers}") as client:
            warm(client)
            pids = list(client.run(os.getpid).values())
            t1, c1, w1 = time.perf_counter(), time.process_time(), cpu_seconds(pids)
            coded = code_on_cluster(items, client, batch_size=batch_size)
            n = sum(len(r.events) for r in coded if not isinstance(r, RecordError))
            t2, cpu = time.perf_counter(), time.process_time() - c1 + cpu_seconds(pids) - w1
        return t1 - t0, t2 - t1, cpu, n

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=16, help="articles per Dask task (default: 16)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the three settings (default: 2)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"bench_dask: {args.corpus} not found (the FA-KES corpus lives in ../shared)", file=sys.stderr)
        return 2
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = [a for a in read_inputs([args.corpus], columns=cols) if isinstance(a, Article)]
    if args.limit:
        items = items[: args.limit]
    print(
        f"corpus: {args.corpus.name}, {len(items)} articles; batches of {args.batch_size}; {os.cpu_count()} CPUs; "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )
    settings = {"in-process": in_process, "1 Dask worker": on_dask(1), "2 Dask workers": on_dask(2)}
    rates: dict[str, list[float]] = {name: [] for name in settings}
    cpus: dict[str, list[float]] = {name: [] for name in settings}
    events: dict[str, int] = {}
    for rnd in range(1, args.repeat + 1):
        for name, run in settings.items():
            start, coding, cpu, n = run(items, args.batch_size)
            rates[name].append(len(items) / coding)
            cpus[name].append(cpu / len(items))
            events[name] = n
            print(
                f"round {rnd} {name:15s} start-up {start:5.1f} s, coding {coding:6.1f} s: {len(items) / coding:5.2f} articles/s, "
                f"CPU {cpu / len(items):.3f} s/article, {n} events; load average {os.getloadavg()[0]:.2f}"
            )
    if len(set(events.values())) != 1:
        print(f"bench_dask: the settings coded different numbers of events: {events}", file=sys.stderr)
        return 1
    for name, r in rates.items():
        print(
            f"{name:15s} articles/s: best {max(r):5.2f}, median {statistics.median(r):5.2f}; "
            f"CPU s/article: best {min(cpus[name]):.3f}"
        )
    best = {name: max(r) for name, r in rates.items()}
    ratio = best["2 Dask workers"] / best["1 Dask worker"]
    verdict = "ok" if ratio >= 1.5 else "BELOW TARGET"
    print(f"2 workers / 1 worker (best): {ratio:.2f} [target 1.5: {verdict}]")
    print(f"1 worker / in-process (best): {best['1 Dask worker'] / best['in-process']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
