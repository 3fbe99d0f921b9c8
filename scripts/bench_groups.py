"""Benchmark grouping on ingest: how the cost of keeping events grouped grows with a store.

    python scripts/bench_groups.py [--articles 20000] [--keys 6] [--batch-size 64] [--seed 3] [--chronological]

Stores synthetic coded articles (no model: events made from a template) whose mentions
fall on a few group keys, so that every key is dense: each article has 10 mentions,
mostly dated by publication (which chain day after day), some by a day, a month or a
year, placed in one of 14 regions or nowhere, over three years, in random order (the
worst case: every batch lands anywhere in the timeline; --chronological stores them in
publication order, as news arrives). Prints the write time per
batch as the store grows (the store regroups the components a batch touches), then the
totals. Coding costs about 6 s per batch of 64 articles on this machine: the figure to
compare the write time with.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsevents.models import Actor, Article, Event, Location, Plover, Span
from newsevents.pipeline import CodedArticle, Stats
from newsevents.store import Store

COUNTRIES = ["SYR", "TUR", "RUS", "IRN", "USA", "ISR"]
REGIONS = [f"SY.{i:02d}" for i in range(1, 15)]
TEMPLATE = Event(
    event_id="",
    article_id="",
    published=dt.date(2020, 1, 1),
    date=dt.date(2020, 1, 1),
    date_precision="published",
    date_text=None,
    modality="asserted",
    historical=False,
    sentence_index=0,
    sentence="Synthetic forces shelled synthetic positions.",
    trigger=Span("shelled", 18, 25),
    source=Actor("Synthetic forces", 0, 16, "SYR", "MIL", None),
    target=Actor("synthetic positions", 26, 45, "SYR", "REB", None),
    cameo="194",
    cameo_root="19",
    quad_class=4,
    goldstein=-10.0,
    plover=Plover("ASSAULT", "aerial"),
    primary=True,
    confidence=0.7,
    rule="synthetic",
)


def article(i: int, rng: random.Random, keys: int) -> CodedArticle:
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    aid = f"syn-{i:07d}"
    events = []
    for j in range(10):
        src = COUNTRIES[rng.randrange(keys) % len(COUNTRIES)]
        precision = rng.choices(["published", "day", "month", "year"], weights=[70, 20, 8, 2])[0]
        date = {
            "published": published,
            "day": published - dt.timedelta(days=rng.randrange(3)),
            "month": published.replace(day=1),
            "year": published.replace(month=1, day=1),
        }[precision]
        region = rng.choice([*REGIONS, None])
        place = None
        if region:
            place = Location(region, "SYR", region, region, 35.0, 37.0, region, "admin1", region, 0, 5, "sentence")
        events.append(
            dataclasses.replace(
                TEMPLATE,
                event_id=f"{i:09d}{j:07d}",
                article_id=aid,
                published=published,
                date=date,
                date_precision=precision,
                source=dataclasses.replace(TEMPLATE.source, country=src),
                sentence_index=j,
                location=place,
            )
        )
    text = f"synthetic article {i}"
    return CodedArticle(Article(aid, text, published, source=f"outlet-{i % 40}"), events, Stats(articles=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--keys", type=int, default=6, help="source countries, one group key each (default: 6)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--chronological", action="store_true", help="store articles in publication order (as news arrives), not at random"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    items = [article(i, rng, args.keys) for i in range(args.articles)]
    if args.chronological:
        items.sort(key=lambda c: c.article.published)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "groups.duckdb"
        times: list[float] = []
        with Store(db) as store:
            for start in range(0, len(items), args.batch_size):
                t0 = time.perf_counter()
                store.ingest(items[start : start + args.batch_size], data_version="synthetic", batch_size=args.batch_size)
                times.append(time.perf_counter() - t0)
                n = start + args.batch_size
                if n % (args.batch_size * 50) == 0:
                    recent = times[-50:]
                    print(
                        f"{min(n, len(items)):>7,} articles stored: last 50 batches median {statistics.median(recent):.3f} s, "
                        f"max {max(recent):.3f} s per batch of {args.batch_size}",
                        flush=True,
                    )
            events, mentions = store.count("events"), store.count("mentions")
    print(
        f"{len(items):,} articles, {mentions:,} mentions on {args.keys} keys -> {events:,} events; "
        f"write time {sum(times):.1f} s in all, median {statistics.median(times):.3f} s per batch, "
        f"last batch {times[-1]:.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
