"""How many events of a corpus get a date other than the publication date, and a sample to read.

    python scripts/date_sample.py [--corpus ../shared/data/corpora/fa-kes.csv] [--n 20] [--seed 7]

Prints the counts by precision and, for a random sample of dated events (fixed seed), the
publication date, the date words, the resolved date and precision, and the sentence, so a
person can judge each one.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from newsevents import Article, Columns, code_articles, read_inputs

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = [a for a in read_inputs([args.corpus], columns=cols) if isinstance(a, Article)]
    events = [e for r in code_articles(items, n_process=2) if not isinstance(r, Exception) for e in getattr(r, "events", [])]
    dated = [e for e in events if e.date_precision != "published"]
    print(f"{len(items)} articles, {len(events)} events; {len(dated)} ({len(dated) / len(events):.1%}) dated by an expression")
    print("  by precision: " + ", ".join(f"{k} {v}" for k, v in Counter(e.date_precision for e in dated).most_common()))
    print(f"  historical (over 30 days before publication): {sum(e.historical for e in events)}")
    print("  modality: " + ", ".join(f"{k} {v}" for k, v in Counter(e.modality for e in events).most_common()))
    rng = random.Random(args.seed)
    for i, e in enumerate(rng.sample(dated, min(args.n, len(dated))), 1):
        print(
            f"\n{i:2d}. published {e.published} | {e.date_text!r} -> {e.date} ({e.date_precision}) | {e.cameo} {e.trigger.text!r}"
        )
        print(f"    {e.sentence[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
