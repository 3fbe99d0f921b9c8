"""Kinds of event-class misses on the dev tuning part, and what a learned ranker could gain.

    python scripts/miss_kinds.py [--part tuning|heldout] [--show N]

For each sentence of ../shared/data/dev/cameo_class_train.tsv in the chosen part, the coder's
events are sorted into: right (the primary event's pentaclass is the label); gold among the
candidates (another of the sentence's events has the gold class, so a learned choice of the
primary event could fix it); no event found (gold class 1-4); an event found for a class-0
sentence; and gold not among the candidates. The second count is the ceiling of a primary-event
ranker. --show prints that many misses of each kind. Use the tuning part for error analysis:
the held-out fifth is for scoring only.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from newsevents.evaluate import PUBLISHED, class_set, pentaclass, primary_of, split_of
from newsevents.models import Article
from newsevents.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ROOT.parent / "shared" / "data" / "dev" / "cameo_class_train.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    args = parser.parse_args()
    if not CLASSES.is_file():
        print(f"miss_kinds: {CLASSES} not found (the shared development data)", file=sys.stderr)
        return 2
    coder = Coder()
    items = [(t, label) for t, label in class_set(CLASSES) if split_of(t) == args.part]
    arts = [Article(f"class:{i}", t, PUBLISHED) for i, (t, _) in enumerate(items)]
    kinds: collections.Counter[str] = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    for (text, gold), res in zip(items, coder.code_many(arts), strict=True):
        pred = pentaclass(coder, res.events)
        classes = {coder.knowledge.ontology.get(e.cameo).pentaclass for e in res.events}
        if pred == gold:
            kind = "right"
        elif not res.events:
            kind = f"no event found (gold {gold})"
        elif gold == 0:
            kind = "event found, gold 0"
        elif gold in classes:
            kind = "gold among the candidates"
        else:
            kind = "gold not among the candidates"
        kinds[kind] += 1
        if kind != "right" and len(shown[kind]) < args.show:
            p = primary_of(res.events)
            shown[kind].append(f"  {gold}->{pred} {p.cameo + ' ' + p.rule if p else '-'} | {text[:160]}")
    total = len(items)
    print(f"{args.part} part: {total} sentences")
    for kind, n in kinds.most_common():
        print(f"  {kind:32s} {n:5d}  {100 * n / total:5.1f}%")
        for line in shown.get(kind, []):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
