"""Geolocation against FA-KES: does each article's most frequent event governorate match its label?

    python scripts/geo_eval.py [--corpus ../shared/data/corpora/fa-kes.csv] [--processes 2] [--limit N] [--misses N]
                               [--half even|odd]

FA-KES labels every article with the Syrian governorate its story happened in. Over the
articles in which newsevents locates any event in Syria, this prints how often the
article's most frequent event admin1 is that governorate ("damascus" counts Damascus and
Rif Dimashq), the share of events located at each fallback level (clause, sentence,
article, none), and the time the gazetteer index takes to open.

--half picks the articles at even or odd positions in the file: geoparser errors are looked
for among the even ones' misses only, so the odd half stays a fair check of any fix.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsevents.evaluate import GeoReport, fakes_articles
from newsevents.knowledge import Knowledge
from newsevents.models import RecordError
from newsevents.pipeline import code_articles
from newsevents.where import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--misses", type=int, default=10, help="print this many disagreeing articles")
    parser.add_argument("--half", choices=("even", "odd"), help="only the articles at even (0, 2, ...) or odd positions")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"geo_eval: {args.corpus} not found (the FA-KES corpus lives in ../shared)", file=sys.stderr)
        return 2
    knowledge = Knowledge.load()
    Gazetteer.load(knowledge)  # compiled here if the cache lacks it, so the timing below is an open
    t0 = time.perf_counter()
    Gazetteer.load(knowledge)
    load_s = time.perf_counter() - t0
    items = fakes_articles(args.corpus)
    if args.half:
        items = items[args.half == "odd" :: 2]
    if args.limit:
        items = items[: args.limit]
    report = GeoReport()
    results = code_articles([a for a, _ in items], n_process=args.processes)
    for (_, label), res in zip(items, results, strict=True):  # results come back in input order
        if isinstance(res, RecordError):
            continue
        report.add(label, res.article.article_id, res.events)
    print(f"corpus: {args.corpus.name}, {len(items)} articles")
    print(f"gazetteer index opened in {load_s:.3f} s")
    for line in report.lines():
        print(line)
    for article_id, label, answer in report.misses[: args.misses]:
        print(f"  miss: article {article_id}: labelled {label!r}, answered {answer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
