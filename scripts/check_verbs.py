"""Check every verb pattern against its own example sentences.

    python scripts/check_verbs.py [--data DIR] [--verbose]

Each example is coded as a one-sentence article; the pattern passes when an
event with its rule id is produced. Prints one line per failing example and a
summary line; exits 1 when any example fails. tests/test_verbs.py runs the
same check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from newsevents.knowledge import Knowledge
from newsevents.models import Article
from newsevents.pipeline import Coder


def check(coder: Coder) -> list[tuple[str, str, str]]:
    """(pattern id, example, what fired instead) for each example whose pattern does not fire."""
    failures = []
    patterns = coder.knowledge.verbs
    articles = []
    for p in patterns:
        for i, ex in enumerate(p.examples):
            articles.append((p, Article(f"{p.id}#{i}", ex, dt.date(2020, 1, 31))))
    results = coder.code_many(a for _, a in articles)
    for (p, _), res in zip(articles, results, strict=False):
        rules = {e.rule for e in res.events}
        if p.id not in rules:
            fired = ", ".join(sorted(f"{e.rule}={e.cameo}" for e in res.events)) or "nothing"
            failures.append((p.id, res.article.text, fired))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description="check verb patterns against their examples")
    parser.add_argument("--data", type=Path, help="a data folder laid out like newsevents/data")
    args = parser.parse_args()
    knowledge = Knowledge.load(args.data)
    coder = Coder(knowledge=knowledge)
    failures = check(coder)
    for pid, text, fired in failures:
        print(f"FAIL {pid}: {text!r} -> {fired}")
    n_ex = sum(len(p.examples) for p in knowledge.verbs)
    share = len(failures) / n_ex if n_ex else 0.0
    print(f"{len(knowledge.verbs)} patterns, {n_ex} examples, {len(failures)} failing ({share:.1%})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
