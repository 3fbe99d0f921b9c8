"""Draw the team's check set: sentences picked at random from the shared corpora.

    python scripts/sample_checkset.py [--n 270] [--seed 20261125] > eval/checkset-sentences.tsv

Each line points to one sentence by corpus file, CSV line, article id and character offsets
in the article text (as newsevents' readers return it); the text itself stays in ../shared.
Half come from FA-KES, half from Wikinews. Sentences come from spaCy's segmentation; those under 40 or over 400 characters, and
headline-like ones without a verb, are not drawn. The seed is recorded in the output header.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from newsevents import Article, Columns, read_inputs
from newsevents.nlp import load_model

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "fa-kes.csv": Columns(text="article_content", date="date", id="unit_id", title="article_title"),
    "wikinews-2019.csv": Columns(),
    "wikinews-2020.csv": Columns(),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--n", type=int, default=270)
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nlp = load_model()
    pools: dict[str, list[tuple[str, str, str, str, int, int]]] = {"fa-kes": [], "wikinews": []}
    for fname, cols in CORPORA.items():
        pool = pools["fa-kes" if fname.startswith("fa-kes") else "wikinews"]
        arts = [a for a in read_inputs([args.shared / "data" / "corpora" / fname], columns=cols) if isinstance(a, Article)]
        # a fixed share of articles per corpus keeps the parse short: 120 FA-KES, 60 of each Wikinews year
        take = 120 if fname.startswith("fa-kes") else 60
        for art in rng.sample(arts, min(take, len(arts))):
            line = art.origin.rsplit(":", 1)[1]
            for sent in nlp(art.text).sents:
                text = sent.text.strip()
                if not 40 <= len(text) <= 400 or not any(t.pos_ == "VERB" for t in sent):
                    continue
                start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                pool.append((fname, line, art.article_id, art.published.isoformat(), start, start + len(text)))
    # half from FA-KES (Syrian war news), half from Wikinews (general news)
    picked = [r for pool in pools.values() for r in rng.sample(pool, min(args.n // 2, len(pool)))]
    picked.sort(key=lambda r: (r[0], int(r[1]), r[4]))
    print(f"# check set drawn by scripts/sample_checkset.py --n {args.n} --seed {args.seed}")
    print("id\tcorpus\tline\tarticle_id\tpublished\tstart\tend")
    for i, (fname, line, aid, pub, start, end) in enumerate(picked, 1):
        print(f"s{i:03d}\t{fname}\t{line}\t{aid}\t{pub}\t{start}\t{end}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
