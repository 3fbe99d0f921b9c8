"""How mentions collapse into events on FA-KES, and samples of merges and non-merges to check by reading.

    python scripts/dedup_sample.py [--db fakes.duckdb] [--seed 2] [--n 30] [--window 2]

Ingests FA-KES into --db (or reuses it when it holds the corpus already), prints how many
mentions collapse into how many events (by group size, and across articles), then prints
--n random merges and --n random non-merges for a person to judge:

- a merge is two mentions of one grouped event (a random grouped event with two or more
  mentions, then two of its mentions at random);
- a non-merge is two mentions that share a group key (actors, type, modality) but were
  kept apart, with event dates at most 7 days apart: the pairs where a wrong split would be.

Rules were fixed on one seed's sample; report another seed's.
"""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
from pathlib import Path
from typing import Any

from newsevents.pipeline import code_articles
from newsevents.read import Columns, read_inputs
from newsevents.store import GroupingRules, IngestCounts, Store

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes.csv"
FIELDS = (
    "article_id, event_id, group_id, group_key, date, date_precision, date_text, published, "
    "location_name, location_admin1, location_country, source_text, target_text, trigger_text, cameo, sentence"
)


def ingest(db: Path, corpus: Path, window: int) -> None:
    columns = Columns(text="article_content", date="date", id="unit_id", title="article_title", source="source")
    items = read_inputs([corpus], columns=columns)
    counts = IngestCounts()
    with Store(db, rules=GroupingRules(window=window)) as store:
        todo = store.pending(items, counts)
        store.ingest(code_articles(todo, n_process=2), data_version="fa-kes", counts=counts)
    print(
        f"ingested {corpus.name}: {counts.added} added, {counts.unchanged} unchanged, {counts.events} mentions", file=sys.stderr
    )


def describe(r: dict[str, Any]) -> str:
    place = ", ".join(x for x in (r["location_name"], r["location_admin1"], r["location_country"]) if x) or "-"
    when = f"{r['date']} ({r['date_precision']}{': ' + r['date_text'] if r['date_text'] else ''}; published {r['published']})"
    head = (
        f"  [{r['article_id']} {r['event_id']}] {r['cameo']} {r['source_text']!r} -> {r['target_text']!r} ({r['trigger_text']})"
    )
    body = textwrap.fill(r["sentence"], width=110, initial_indent="    ", subsequent_indent="    ")
    return f"{head}\n    when: {when}; where: {place}\n{body}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("fakes.duckdb"), help="the store (made when absent)")
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--n", type=int, default=30, help="merges and non-merges to print (default: 30 each)")
    parser.add_argument("--window", type=int, default=2, help="publication-date window in days (default: 2)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus} (it lives in ../shared)", file=sys.stderr)
        return 2
    ingest(args.db, args.corpus, args.window)
    with Store(args.db, read_only=True) as store:
        names = [n.strip() for n in FIELDS.split(",")]
        rows = [dict(zip(names, r, strict=True)) for r in store.execute(f"SELECT {FIELDS} FROM mentions").fetchall()]
        sizes = store.execute("SELECT num_mentions, count(*) FROM event_groups GROUP BY 1 ORDER BY 1").fetchall()
        multi = store.execute("SELECT count(*), sum(num_mentions) FROM event_groups WHERE num_articles > 1").fetchone()
        assert multi is not None
    n_m, n_e = len(rows), sum(c for _, c in sizes)
    print(f"FA-KES: {n_m} mentions -> {n_e} events ({n_m / n_e:.2f} mentions per event; {100 * (1 - n_e / n_m):.1f}% fewer rows)")
    print("events by number of mentions: " + ", ".join(f"{k}: {c}" for k, c in sizes[:8]) + (" ..." if len(sizes) > 8 else ""))
    print(f"events reported by more than one article: {multi[0]} (holding {multi[1] or 0} mentions)")
    rng = random.Random(args.seed)
    by_group: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_group.setdefault(r["group_id"], []).append(r)
    merged = sorted(g for g, ms in by_group.items() if len(ms) > 1)
    print(f"\n=== {args.n} merges (seed {args.seed}) ===")
    for i, g in enumerate(rng.sample(merged, min(args.n, len(merged))), start=1):
        a, b = rng.sample(sorted(by_group[g], key=lambda r: (r["article_id"], r["event_id"])), 2)
        print(f"\nM{i} group {g} ({len(by_group[g])} mentions) key {a['group_key']}\n{describe(a)}\n{describe(b)}")
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(r["group_key"], []).append(r)
    pairs = []
    for ms in by_key.values():
        ms.sort(key=lambda r: (r["article_id"], r["event_id"]))
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                if a["group_id"] != b["group_id"] and abs((a["date"] - b["date"]).days) <= 7:
                    pairs.append((a, b))
    print(f"\n=== {args.n} non-merges (seed {args.seed}; of {len(pairs)} pairs with one key, dates 7 days apart or less) ===")
    for i, (a, b) in enumerate(rng.sample(pairs, min(args.n, len(pairs))), start=1):
        print(f"\nN{i} key {a['group_key']}\n{describe(a)}\n{describe(b)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
