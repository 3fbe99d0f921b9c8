"""Benchmark: code the FA-KES corpus and compare with bare spaCy on the same texts.

    python scripts/bench.py [--corpus ../shared/data/corpora/fa-kes.csv] [--processes 2] [--limit N]

Prints, from one run: articles/s, sentences/s, words/s, peak memory, time per
stage, and the ratio of newsevents' throughput to spaCy's bare
nlp.pipe(texts, batch_size=64, n_process=2) with the same model. Nothing is
cached between runs: every run parses every text.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from newsevents.models import Article, RecordError
from newsevents.nlp import load_model
from newsevents.pipeline import Stats, code_articles
from newsevents.read import Columns, read_inputs

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"bench: {args.corpus} not found (the FA-KES corpus lives in ../shared)", file=sys.stderr)
        return 2
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = [a for a in read_inputs([args.corpus], columns=cols) if isinstance(a, Article)]
    if args.limit:
        items = items[: args.limit]
    texts = [a.text for a in items]
    print(f"corpus: {args.corpus.name}, {len(items)} articles, {sum(map(len, texts)) / 1e6:.2f} M characters")

    # newsevents, end to end (model load included)
    t0 = time.perf_counter()
    stats = Stats()
    n_events = 0
    errors = 0
    for res in code_articles(items, n_process=args.processes):
        if isinstance(res, RecordError):
            errors += 1
            continue
        stats.add(res.stats)
        n_events += len(res.events)
    ours = time.perf_counter() - t0
    own_mb, child_mb = peak_mb()

    # bare spaCy on the same texts, same model, its own multiprocessing (model load included)
    t1 = time.perf_counter()
    nlp = load_model()
    n_docs = sum(1 for _ in nlp.pipe(texts, batch_size=64, n_process=2))
    bare = time.perf_counter() - t1
    assert n_docs == len(texts)

    n = stats.articles
    print(f"newsevents ({args.processes} processes): {ours:.1f} s, {n} articles, {n_events} events, {errors} errors")
    print(f"  articles/s:  {n / ours:.1f}")
    print(f"  sentences/s: {stats.sentences / ours:.1f}")
    print(f"  words/s:     {stats.words / ours:.0f}")
    print(f"  peak memory: {own_mb:.0f} MB (main process), {child_mb:.0f} MB (largest worker)")
    total_stage = sum(stats.seconds.values()) or 1.0
    for stage, sec in stats.seconds.items():
        print(f"  stage {stage:6s} {sec:7.1f} s CPU-in-worker ({sec / total_stage:.0%})")
    print(f"bare spaCy nlp.pipe(batch_size=64, n_process=2): {bare:.1f} s, {len(texts) / bare:.1f} articles/s")
    print(f"ratio newsevents/bare spaCy throughput: {bare / ours:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
