"""The learned part of the coder: a choice of an event's target where the rules name none.

The rules find a target by the pattern's frame (the object, the 'on'/'against' of an attack, the
recipient of aid). Where none of those paths leads to an actor, the words the act was aimed at are
often still in the clause, on a path the rules do not follow ('imposed blockades in parts of west
Darfur', 'expressed pessimism over Alitalia's future'). The ranker lists the noun phrases below the
trigger (and the verb carrying it), describes each by its dependency path, its preposition, its kind
of word and the act's CAMEO root, and scores it with a logistic regression trained on the tuning part
of the development file (`scripts/train_ranker.py` rebuilds `data/models/target_ranker.json`). The best
candidate becomes the target if its probability reaches the model's threshold; the event's evidence
then says so, with the probability and the features that weighed most, for `newsevents explain`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from .errors import DataError

# arcs a candidate may hang on, and the arcs a path may go down through
CANDIDATE_DEPS = frozenset({"dobj", "pobj", "dative", "nsubj", "nsubjpass", "attr", "oprd", "appos", "conj", "pcomp"})
CANDIDATE_POS = frozenset({"NOUN", "PROPN", "PRON"})
# entity kinds that are never whom an act is aimed at
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "CARDINAL", "QUANTITY"})
MAX_DEPTH = 4
# clauses a path does not enter: what they are about is their own affair ('the town, which rebels hold')
CLOSED_CLAUSES = frozenset({"relcl", "parataxis", "csubj", "mark", "punct", "cc"})
OWN_SUBJECT_CLAUSES = frozenset({"ccomp", "advcl", "acl", "xcomp", "conj"})
# the features' version: a model trained on other features is refused at load time
FEATURES_VERSION = 1


@dataclass(frozen=True)
class Candidate:
    token: Token
    path: str  # the arcs from the trigger (or 'a:' from the verb that carries it) down to the token
    depth: int
    features: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    token: Token
    probability: float
    why: str  # the evidence line: probability and the features that weighed most


@dataclass
class TargetRanker:
    """Scores candidate targets with the weights of `data/models/target_ranker.json`."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    sector_words: frozenset[str] = frozenset()
    # where the training script collects the candidates the coder saw: (doc text, trigger offset, cameo, candidates)
    recorded: list[tuple[str, int, str, list[Candidate]]] | None = field(default=None, repr=False)

    @classmethod
    def from_model(cls, model: Mapping[str, Any], sector_words: frozenset[str]) -> TargetRanker:
        if model["features_version"] != FEATURES_VERSION:
            raise DataError(
                f"data/models/target_ranker.json: trained on features version {model['features_version']}, "
                f"this code computes version {FEATURES_VERSION} (rebuild it: python scripts/train_ranker.py)"
            )
        return cls(dict(model["weights"]), float(model["bias"]), float(model["threshold"]), sector_words)

    def candidates(
        self, trigger: Token, anchor: Token, cameo: str, excluded: set[int], kind_of: Callable[[Token], str | None]
    ) -> list[Candidate]:
        """The noun phrases below the trigger and its verb that name someone or somewhere (`kind_of` says
        which: 'actor', 'place', or None for neither), nearest first, each with its features."""
        found: dict[int, tuple[Token, str, int, str]] = {}
        starts = [(trigger, "")] + ([(anchor, "a:")] if anchor.i != trigger.i else [])
        for start, prefix in starts:
            for tok, path, depth in _below(start, excluded):
                if tok.i in found or tok.i in excluded:
                    continue
                if tok.pos_ not in CANDIDATE_POS or tok.dep_ not in CANDIDATE_DEPS or tok.ent_type_ in NOT_ACTORS:
                    continue
                if tok.like_num or tok.tag_ in ("PRP$", "WP", "WDT", "EX") or tok.lower_ in ("which", "that", "who", "what"):
                    continue  # (a possessive is an owner: 'detonated their explosives')
                named = kind_of(tok)
                if named is not None:
                    found[tok.i] = (tok, prefix + path, depth, named)
        ordered = sorted(found.values(), key=lambda x: (x[2], abs(x[0].i - trigger.i)))
        return [
            Candidate(tok, path, depth, self._features(tok, path, depth, rank, trigger, cameo, named))
            for rank, (tok, path, depth, named) in enumerate(ordered)
        ]

    def _features(self, tok: Token, path: str, depth: int, rank: int, trigger: Token, cameo: str, named: str) -> tuple[str, ...]:
        root = cameo[:2]
        arcs = path.removeprefix("a:").split("/")
        preps = [a.split(":", 1)[1] for a in arcs if ":" in a]
        prep = preps[-1] if preps else "-"
        lemma = tok.lemma_.lower()
        kind = (
            "pron"
            if tok.pos_ == "PRON"
            else "sector"
            if lemma in self.sector_words
            else tok.ent_type_ or ("name" if tok.pos_ == "PROPN" else "noun")
        )
        return (
            f"path={path}",
            f"path@{root}={path}",
            f"first={arcs[0]}",
            f"last={arcs[-1]}",
            f"prep={prep}",
            f"prep@{root}={prep}",
            f"kind={kind}",
            f"kind@{root}={kind}",
            f"kind/prep={kind}/{prep}",
            f"named={named}",
            f"named@{root}={named}",
            f"named/prep={named}/{prep}",
            f"lemma={lemma}",
            f"depth={min(depth, 3)}",
            f"rank={min(rank, 3)}",
            f"side={'after' if tok.i > trigger.i else 'before'}",
            f"trigger={trigger.pos_}",
            f"root={root}",
        )

    def probability(self, features: tuple[str, ...]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def choose(
        self, trigger: Token, anchor: Token, cameo: str, excluded: set[int], kind_of: Callable[[Token], str | None]
    ) -> Choice | None:
        """The candidate likeliest to be the target, if its probability reaches the threshold."""
        cands = self.candidates(trigger, anchor, cameo, excluded, kind_of)
        if self.recorded is not None:
            self.recorded.append((trigger.doc.text, trigger.idx, cameo, cands))
        if not cands:
            return None
        prob, best = max(((self.probability(c.features), c) for c in cands), key=lambda x: x[0])
        return Choice(best.token, prob, self._why(best, prob)) if prob >= self.threshold else None

    def _why(self, c: Candidate, prob: float) -> str:
        top = sorted(c.features, key=lambda f: -abs(self.weights.get(f, 0.0)))[:3]
        weights = ", ".join(f"{f} ({self.weights.get(f, 0.0):+.2f})" for f in top)
        return f"chosen by the learned target ranker, p={prob:.2f} (threshold {self.threshold:.2f}): {weights}"


def _below(start: Token, excluded: set[int]) -> Iterator[tuple[Token, str, int]]:
    """Tokens under `start` within MAX_DEPTH arcs, with the path to each ('dobj/prep:in/pobj')."""
    frontier: list[tuple[Token, str, int]] = [(start, "", 0)]
    while frontier:
        tok, path, depth = frontier.pop(0)
        if depth >= MAX_DEPTH:
            continue
        for child in tok.children:
            if child.i in excluded or child.is_punct or child.dep_ in CLOSED_CLAUSES:
                continue
            if child.dep_ in OWN_SUBJECT_CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue  # a clause with a subject of its own is about its own act
            arc = (
                f"{child.dep_}:{child.lower_}"
                if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP"
                else child.dep_
            )
            sub = f"{path}/{arc}" if path else arc
            yield child, sub, depth + 1
            frontier.append((child, sub, depth + 1))
