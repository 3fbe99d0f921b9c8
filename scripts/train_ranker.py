"""Rebuild the learned target ranker (src/newsevents/data/models/target_ranker.json).

    python scripts/train_ranker.py [--out PATH] [--limit N] [--folds 5]

It codes the tuning part of ../shared/data/dev/cameo_ner_train.txt with the rules alone, collects the
candidates the ranker would see for each primary event that the rules leave without a target, labels a
candidate right when it is the head of a gold target span, and fits a logistic regression (L2, L-BFGS)
on them. The regularisation and the threshold are chosen by cross-validation over sentences (folds by
a stable hash), maximising the tuning part's target F1 as the rules plus the ranker would score it
(a choice counts right when its head is the gold target's head). The held-out fifth is never read.
Deterministic: the same data and code give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from newsevents.evaluate import PUBLISHED, ner_set, predicted_roles, primary_of, split_of
from newsevents.models import Article
from newsevents.pipeline import Coder
from newsevents.ranker import FEATURES_VERSION, Candidate, TargetRanker

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "dev" / "cameo_ner_train.txt"
MODEL = ROOT / "src" / "newsevents" / "data" / "models" / "target_ranker.json"
L2_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))  # 0.20 .. 0.90
TIE = 0.002  # F1 differences this small (0.2 points) are noise on a few hundred events
MIN_COUNT = 2  # a feature seen fewer times in training gets no weight


@dataclass
class Group:
    """One primary event the rules left without a target: its candidates and which are right."""

    sentence: int
    features: list[tuple[str, ...]]
    right: list[bool]
    ruled: bool  # the rules found a target: training data only, the ranker is not asked


def collect(limit: int | None) -> tuple[list[Group], dict[str, int]]:
    coder = Coder()
    sectors = coder.events.ranker.sector_words
    recorder = TargetRanker({}, 0.0, 2.0, sectors, recorded=[])  # never chooses; records what it sees
    coder.events.ranker = recorder
    items = [(t, g) for t, g in ner_set(NER) if split_of(t) == "tuning"][:limit]
    arts = [Article(f"ner:{i}", t, PUBLISHED) for i, (t, _) in enumerate(items)]
    groups: list[Group] = []
    counts = {"sentences": len(items), "gold_targets": 0, "rule_targets_right": 0, "rule_targets": 0}
    assert recorder.recorded is not None
    for n, ((text, gold), res) in enumerate(zip(items, coder.code_many(arts), strict=True)):
        seen: dict[int, list[Candidate]] = {}
        for doc_text, at, _cameo, cands in recorder.recorded:
            if doc_text == text:
                seen[at] = cands  # (the article is one sentence: its doc offsets are the article's)
        recorder.recorded.clear()
        gold_t = {(s, e) for r, s, e in gold if r == "T"}
        counts["gold_targets"] += len(gold_t)
        pred_t = {(s, e) for r, s, e in predicted_roles(res.events, text) if r == "T"}
        counts["rule_targets"] += len(pred_t)
        counts["rule_targets_right"] += len(pred_t & gold_t)
        p = primary_of(res.events)
        if p is None or p.trigger.start not in seen:
            continue
        cands = seen[p.trigger.start]
        if not cands:
            continue
        heads = set()
        for s, e in gold_t:
            inside = [c.token for c in cands if s <= c.token.idx < e]
            heads |= {t.i for t in inside if not (s <= t.head.idx < e) or t.head.i == t.i}
        groups.append(Group(n, [c.features for c in cands], [c.token.i in heads for c in cands], p.target is not None))
    return groups, counts


def fold_of(group: Group, folds: int) -> int:
    return int(hashlib.sha256(str(group.sentence).encode()).hexdigest(), 16) % folds


def fit(groups: list[Group], l2: float) -> tuple[dict[str, float], float]:
    counts: dict[str, int] = {}
    for g in groups:
        for feats in g.features:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows = [feats for g in groups for feats in g.features]
    y = np.array([r for g in groups for r in g.right], dtype=float)
    x = np.zeros((len(rows), len(names)))
    for i, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[i, index[f]] = 1.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[1:] + w[0]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * l2 * np.sum(w[1:] ** 2)
        grad = np.concatenate([[np.sum(p - y)], x.T @ (p - y) + l2 * w[1:]])
        return float(value), grad

    res = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    return {f: round(float(w[i + 1]), 4) for f, i in index.items() if abs(w[i + 1]) >= 1e-4}, round(float(w[0]), 4)


def best_choices(groups: list[Group], weights: dict[str, float], bias: float) -> list[tuple[float, bool, bool]]:
    """(probability of the best candidate, whether it is right, whether the event has a gold target) per group."""
    ranker = TargetRanker(weights, bias, 0.0)
    out = []
    for g in groups:
        probs = [ranker.probability(f) for f in g.features]
        k = int(np.argmax(probs))
        out.append((probs[k], g.right[k], any(g.right)))
    return out


def f1_with(choices: list[tuple[float, bool, bool]], threshold: float, counts: dict[str, int]) -> tuple[float, int, int]:
    tp, npred = counts["rule_targets_right"], counts["rule_targets"]
    right = sum(1 for p, ok, _ in choices if p >= threshold and ok)
    made = sum(1 for p, _, _ in choices if p >= threshold)
    tp, npred = tp + right, npred + made
    prec = tp / npred if npred else 0.0
    rec = tp / counts["gold_targets"] if counts["gold_targets"] else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), right, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL, help=f"where to write the model (default {MODEL})")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N tuning sentences (a quick check)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if not NER.is_file():
        print(f"train_ranker: {NER} not found (the shared development data)", file=sys.stderr)
        return 2
    groups, counts = collect(args.limit)
    asked = [g for g in groups if not g.ruled]
    print(
        f"{counts['sentences']} tuning sentences; {len(groups)} primary events with candidates, {len(asked)} of them "
        f"without a rule target ({sum(any(g.right) for g in asked)} with the gold head among the candidates); "
        f"{sum(len(g.right) for g in groups)} candidates in all"
    )
    base, _, _ = f1_with([], 1.0, counts)
    tried: list[tuple[float, float, float, int, int]] = []  # (f1, l2, threshold, right, made)
    for l2 in L2_GRID:
        choices: list[tuple[float, bool, bool]] = []
        for k in range(args.folds):
            train = [g for g in groups if fold_of(g, args.folds) != k]
            test = [g for g in groups if fold_of(g, args.folds) == k and not g.ruled]
            if not train or not test:
                continue
            weights, bias = fit(train, l2)
            choices += best_choices(test, weights, bias)
        for thr in THRESHOLDS:
            f1, right, made = f1_with(choices, thr, counts)
            print(
                f"  l2 {l2:4.1f} threshold {thr:.2f}: target F1 {100 * f1:5.1f} (rules alone {100 * base:5.1f}), {right} right of {made} chosen"
            )
            tried.append((f1, l2, thr, right, made))
    if not tried:
        print("train_ranker: no events to train on", file=sys.stderr)
        return 1
    # of the settings within TIE points of the best F1, the one that makes the fewest learned choices:
    # a wrong target costs an analyst more than a missing one
    top = max(t[0] for t in tried)
    f1, l2, thr, right, made = min((t for t in tried if t[0] >= top - TIE), key=lambda t: (t[4], -t[0]))
    weights, bias = fit(groups, l2)
    model = {
        "about": "Logistic-regression weights for choosing an event's target where the rules name none (see src/newsevents/ranker.py).",
        "trained_on": "the tuning part (not the held-out fifth) of ../shared/data/dev/cameo_ner_train.txt, by scripts/train_ranker.py",
        "features_version": FEATURES_VERSION,
        "bias": bias,
        "threshold": thr,
        "weights": dict(sorted(weights.items())),
        "training": {
            **counts,
            "events": len(groups),
            "events_without_rule_target": len(asked),
            "candidates": sum(len(g.right) for g in groups),
            "l2": l2,
            "cross_validated": {
                "folds": args.folds,
                "target_f1_rules": round(100 * base, 1),
                "target_f1_with_ranker": round(100 * f1, 1),
                "chosen": made,
                "chosen_right": right,
            },
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"chose l2 {l2}, threshold {thr}: cross-validated target F1 {100 * base:.1f} -> {100 * f1:.1f} ({right} right of {made} chosen)"
    )
    print(f"wrote {args.out} ({len(weights)} weights, {args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
