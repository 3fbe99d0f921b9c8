"""Benchmark: `places` and `dates` against full event coding on the FA-KES corpus.

    python scripts/bench_parts.py [--corpus ../shared/data/corpora/fa-kes.csv] [--limit N]

One process, one loaded model, the same articles for each task; every task parses
every text itself (nothing is shared between them), so the figures compare like with
like. Prints articles/s and records for `code`, `places` and `dates`, and each one's
speed relative to `code`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsevents.evaluate import fakes_articles
from newsevents.models import RecordError
from newsevents.parts import extract
from newsevents.pipeline import Coder, code_articles

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"bench_parts: {args.corpus} not found (the FA-KES corpus lives in ../shared)", file=sys.stderr)
        return 2
    items = [a for a, _ in fakes_articles(args.corpus)]
    if args.limit:
        items = items[: args.limit]
    print(f"corpus: {args.corpus.name}, {len(items)} articles, one process")
    coder = Coder()
    coder.code(items[0])  # warm up: the gazetteer index and lazy tables
    rates: dict[str, float] = {}
    for task in ("code", "places", "dates"):
        t0 = time.perf_counter()
        records = 0
        if task == "code":
            for res in code_articles(items, coder=coder):
                records += 0 if isinstance(res, RecordError) else len(res.events)
        else:
            for res in extract(items, task, coder=coder):
                records += 0 if isinstance(res, RecordError) else len(res[1])
        seconds = time.perf_counter() - t0
        rates[task] = len(items) / seconds
        print(f"{task:7s} {seconds:7.1f} s  {rates[task]:6.2f} articles/s  {records} records")
    for task in ("places", "dates"):
        print(f"{task} / code speed: {rates[task] / rates['code']:.2f} (target: at least 1.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
