"""Accuracy: the coder's primary events scored against labelled sentences.

Three sets, read from ../shared (and the team's labels in eval/):
- event classes (data/dev/cameo_class_train.tsv): the Phoenix pentaclass of the primary
  event, 0 when the coder finds none;
- actor spans (data/dev/cameo_ner_train.txt): source (S), target (T) and both-roles (R)
  mentions of the primary event, exact and head-word match;
- the team's check set (eval/checkset-sentences.tsv + eval/labels/*.jsonl): both, on
  sentences drawn at random from the corpora.
Both development files are split by a stable hash of each sentence's normalised text into a
held-out fifth and a tuning part, reported apart (`split_of`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Article, Event
from .pipeline import Coder
from .read import Columns, read_inputs
from .seedcheck import judge, parse_expected

CLASSES = (0, 1, 2, 3, 4)
ROLES = ("S", "T", "R")
COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|&)\s*|\s*,\s*")
PUBLISHED = dt.date(2020, 1, 1)  # the dev sentences carry no date; modality and codes do not depend on it
CORPUS_COLUMNS = {"fa-kes.csv": Columns(text="article_content", date="date", id="unit_id", title="article_title")}


def normalise(text: str) -> str:
    """Lower case, letters and digits only: the two dev files tokenise the same sentence differently."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def split_of(text: str) -> str:
    """'heldout' for a fixed fifth of sentences (by a stable hash of the normalised text), else 'tuning'."""
    digest = hashlib.sha1(normalise(text).encode("utf-8")).digest()
    return "heldout" if digest[0] % 5 == 0 else "tuning"


# --- scores ---------------------------------------------------------------------------------


@dataclass
class ClassScores:
    gold: list[int] = field(default_factory=list)
    pred: list[int] = field(default_factory=list)

    def add(self, gold: int, pred: int) -> None:
        self.gold.append(gold)
        self.pred.append(pred)

    def confusion(self) -> list[list[int]]:
        m = [[0] * len(CLASSES) for _ in CLASSES]
        for g, p in zip(self.gold, self.pred, strict=False):
            m[g][p] += 1
        return m

    def per_class(self) -> dict[int, tuple[float, float, float]]:
        out = {}
        m = self.confusion()
        for c in CLASSES:
            tp = m[c][c]
            fp = sum(m[g][c] for g in CLASSES) - tp
            fn = sum(m[c]) - tp
            out[c] = prf(tp, fp, fn)
        return out

    def summary(self) -> dict[str, Any]:
        n = len(self.gold)
        per = self.per_class()
        return {
            "n": n,
            "accuracy": sum(g == p for g, p in zip(self.gold, self.pred, strict=False)) / n if n else 0.0,
            "macro_f1": sum(f for _, _, f in per.values()) / len(CLASSES),
            "per_class": {str(c): {"precision": p, "recall": r, "f1": f} for c, (p, r, f) in per.items()},
            "confusion": self.confusion(),
        }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class SpanScores:
    """Per role: true positives, false positives, false negatives, exact and by head word."""

    exact: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})
    head: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})

    def add(self, gold: Iterable[tuple[str, int, int]], pred: Iterable[tuple[str, int, int]], text: str) -> None:
        gold, pred = set(gold), set(pred)
        for role in ROLES:
            g = {(s, e) for r, s, e in gold if r == role}
            p = {(s, e) for r, s, e in pred if r == role}
            tp = len(g & p)
            self.exact[role][0] += tp
            self.exact[role][1] += len(p) - tp
            self.exact[role][2] += len(g) - tp
            gh = {head_word(text, s, e) for s, e in g}
            ph = {head_word(text, s, e) for s, e in p}
            htp = len(gh & ph)
            self.head[role][0] += htp
            self.head[role][1] += len(ph) - htp
            self.head[role][2] += len(gh) - htp

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind, table in (("exact", self.exact), ("head", self.head)):
            per = {r: prf(*table[r]) for r in ROLES}
            out[kind] = {
                r: {"precision": p, "recall": rr, "f1": f, "gold": table[r][0] + table[r][2]} for r, (p, rr, f) in per.items()
            }
            # the macro average runs over the roles the gold data has
            present = [r for r in ROLES if table[r][0] + table[r][2] > 0]
            out[f"{kind}_macro_f1"] = sum(per[r][2] for r in present) / len(present) if present else 0.0
        return out


def head_word(text: str, start: int, end: int) -> tuple[int, str]:
    """The last word of a mention (the head of an English noun phrase), ignoring a possessive 's."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[\w'’.-]+", text[start:end])]
    words = [w for w in words if w[1].lower() not in ("'s", "’s", "s")] or words
    if not words:
        return (start, "")
    off, w = words[-1]
    return (start + off, re.sub(r"['’]s$", "", w).lower())


# --- the coder's answer for one sentence ----------------------------------------------------


def primary_of(events: Sequence[Event]) -> Event | None:
    return next((e for e in events if e.primary), None)


def predicted_roles(events: Sequence[Event], text: str | None = None, *, both_roles: bool = True) -> list[tuple[str, int, int]]:
    """Source and target mentions of the primary event (of the primary act, with the records for its
    coordinated actors); an actor that is both (reciprocal) is R, and two such actors named together
    ('Armenia and Azerbaijan', given the sentence's `text`) are one R.
    Without `both_roles` (labels that mark one source and one target), the primary event's own pair is
    S and T, reciprocal or not."""
    p = primary_of(events)
    if p is None:
        return []
    if p.source.start == p.source.end:  # an unnamed actor ("two soldiers were killed") has no words to score
        return [("T", p.target.start, p.target.end)] if p.target is not None else []
    if p.target is not None:
        reverse = any(
            e.cameo == p.cameo and e.target is not None and (e.source.start, e.target.start) == (p.target.start, p.source.start)
            for e in events
        )
        if reverse and both_roles:
            first, second = sorted(((p.source.start, p.source.end), (p.target.start, p.target.end)))
            if first == second:  # one mention for two countries ('Nigerian and British armed forces')
                return [("R", *first)]
            if text is not None and COORDINATION.fullmatch(text[first[1] : second[0]]):
                # 'Armenia and Azerbaijan agreed to a ceasefire': the gold marks the pair acting together
                # as one mention
                return [("R", first[0], second[1])]
            return [("R", p.source.start, p.source.end), ("R", p.target.start, p.target.end)]
    if not both_roles:
        return [("S", p.source.start, p.source.end)] + ([("T", p.target.start, p.target.end)] if p.target is not None else [])
    # the primary act with its coordinated sides: 'Japan lifted sanctions on India and Pakistan' is one act,
    # coded as one record per pair of actors
    same_act = [
        e
        for e in events
        if e.trigger == p.trigger and e.cameo == p.cameo and e.modality == p.modality and e.source.start < e.source.end
    ]
    sources = sorted({(e.source.start, e.source.end) for e in same_act} | {(p.source.start, p.source.end)})
    targets = sorted({(e.target.start, e.target.end) for e in same_act if e.target is not None} - set(sources))
    return [("S", a, b) for a, b in sources] + [("T", a, b) for a, b in targets]


def pentaclass(coder: Coder, events: Sequence[Event]) -> int:
    p = primary_of(events)
    return coder.knowledge.ontology.get(p.cameo).pentaclass if p is not None else 0


# what the check set's labels leave out at the start of a mention: its article, a count's approximation
# and a count of a group ("the Syrian army", "at least 38 civilians", "dozens of civilians" are marked
# "Syrian army", "38 civilians", "civilians"), where the dev span file keeps all three
CHECKSET_LEFT_OUT = re.compile(
    r"(?:the|a|an)\s+"
    r"|(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|nearly|almost|about|around|some|over"
    r"|approximately|roughly)\s+(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)"
    r"|(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|millions|a\s+number|numbers)\s+of\s+"
    r"|total\s+(?:of\s+)?",
    re.IGNORECASE,
)


def as_checkset_marks(text: str, role: tuple[str, int, int]) -> tuple[str, int, int]:
    """A predicted mention as the check set's labels would mark it (see CHECKSET_LEFT_OUT)."""
    r, start, end = role
    while (m := CHECKSET_LEFT_OUT.match(text, start)) and m.end() < end:
        start = m.end()
    return (r, start, end)


# --- the sets -------------------------------------------------------------------------------


def class_set(path: Path) -> list[tuple[str, int]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if "\t" in line:
                text, label = line.rstrip("\n").rsplit("\t", 1)
                out.append((text, int(label)))
    return out


_CLOSING = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "n’t"})
_OPENING = frozenset({"(", "[", "{", "$", "€", "£", "#"})
_CLITIC = re.compile(r"^['’](?:s|re|ve|ll|d|m)?$", re.IGNORECASE)


def _glued(prev: str, tok: str, nxt: str) -> bool:
    """Whether `tok` follows `prev` with no space, as written English has it: "Syria 's" -> "Syria's",
    "rebel - held" -> "rebel-held", "3 . 5" -> "3.5", "( LDF )" -> "(LDF)"."""
    if tok in _CLOSING:
        return True  # (a decimal point or thousands separator glues to both sides: '3 . 5', '1 , 500')
    if _CLITIC.match(tok) or prev in _OPENING or (tok.lower() == "s" and prev[-1:] in ("'", "’")):
        return True
    if tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum():
        return True  # the hyphen of a compound, glued to what follows too
    if prev == "-":
        return True
    return prev in (".", ",") and tok[:1].isdigit()


def ner_set(path: Path) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """Sentences rebuilt from the token file, spaced as written English ('Syria's', 'rebel-held',
    '3.5'; `_glued`), with their gold role spans as character offsets."""
    out = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text, spans, pos = "", [], 0
        current: list[Any] | None = None
        for k, (tok, tag) in enumerate(tokens):
            nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            space = bool(text) and not _glued(tokens[k - 1][0], tok, nxt)
            start = pos + (1 if space else 0)
            text = f"{text} {tok}" if space else text + tok
            pos = len(text)
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
                if current:
                    spans.append(tuple(current))
                current = [tag[2:], start, pos]
            elif tag.startswith("I-") and current is not None:
                current[2] = pos
            else:
                if current:
                    spans.append(tuple(current))
                current = None
        if current:
            spans.append(tuple(current))
        out.append((text, spans))
        tokens.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            tok, _, tag = line.rpartition(" ")
            tokens.append((tok, tag))
    flush()
    return out


@dataclass(frozen=True)
class CheckItem:
    id: str
    article: Article
    start: int
    end: int
    label: dict[str, Any]


def check_set(shared: Path, root: Path) -> list[CheckItem]:
    """The team's labelled sentences, with their articles read from ../shared."""
    labels: dict[str, dict[str, Any]] = {}
    for f in sorted((root / "eval" / "labels").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                labels[rec["id"]] = rec
    rows = [
        r
        for r in csv.DictReader(
            (ln for ln in open(root / "eval" / "checkset-sentences.tsv", encoding="utf-8") if not ln.startswith("#")),
            delimiter="\t",
        )
    ]
    articles: dict[str, dict[str, Article]] = {}
    out = []
    for r in rows:
        if r["id"] not in labels:
            continue
        corpus = r["corpus"]
        if corpus not in articles:
            found = read_inputs([shared / "data" / "corpora" / corpus], columns=CORPUS_COLUMNS.get(corpus))
            articles[corpus] = {a.origin.rsplit(":", 1)[1]: a for a in found if isinstance(a, Article)}
        out.append(CheckItem(r["id"], articles[corpus][r["line"]], int(r["start"]), int(r["end"]), labels[r["id"]]))
    return out


# --- running --------------------------------------------------------------------------------


def evaluate(coder: Coder, shared: Path, root: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score every set; returns the report as a dict (see `format_report`)."""
    report: dict[str, Any] = {}
    dev = shared / "data" / "dev"
    items = class_set(dev / "cameo_class_train.tsv")[:limit]
    scores = {"heldout": ClassScores(), "tuning": ClassScores()}
    arts = [Article(f"class:{i}", text, PUBLISHED) for i, (text, _) in enumerate(items)]
    for (text, label), res in zip(items, coder.code_many(arts), strict=True):
        scores[split_of(text)].add(label, pentaclass(coder, res.events))
    report["classes"] = {k: v.summary() for k, v in scores.items()}

    ner = ner_set(dev / "cameo_ner_train.txt")[:limit]
    spans = {"heldout": SpanScores(), "tuning": SpanScores()}
    arts = [Article(f"ner:{i}", text, PUBLISHED) for i, (text, _) in enumerate(ner)]
    for (text, gold_spans), res in zip(ner, coder.code_many(arts), strict=True):
        spans[split_of(text)].add(gold_spans, predicted_roles(res.events, text), text)
    report["actors"] = {k: v.summary() for k, v in spans.items()}

    seed = shared / "data" / "seed"
    if (seed / "expected.md").exists() and (seed / "2020-01-31-idlib.txt").exists():
        [article] = [a for a in read_inputs([seed / "2020-01-31-idlib.txt"]) if isinstance(a, Article)]
        results = judge(parse_expected(seed / "expected.md"), coder.code(article).events, article.published)
        report["seed"] = [
            {"row": r.row.number, "bar": r.row.bar, "hit": r.hit, "must_hit": r.must_hit, "why": r.why} for r in results
        ]

    if (root / "eval" / "checkset-sentences.tsv").exists() and any((root / "eval" / "labels").glob("*.jsonl")):
        check = check_set(shared, root)[:limit]
        cls, sp = ClassScores(), SpanScores()
        detected = [0, 0, 0]  # tp, fp, fn of "this sentence reports an event"
        sents = [Article(f"check:{c.id}", c.article.text[c.start : c.end], c.article.published) for c in check]
        for c, res in zip(check, coder.code_many(sents), strict=False):
            lab = c.label
            has_pred = primary_of(res.events) is not None
            has_gold = lab.get("pentaclass") is not None
            detected[0] += has_pred and has_gold
            detected[1] += has_pred and not has_gold
            detected[2] += has_gold and not has_pred
            if not has_gold:
                continue
            cls.add(int(lab["pentaclass"]), pentaclass(coder, res.events))
            gold_roles: list[tuple[str, int, int]] = []
            for role, key in (("S", "source"), ("T", "target")):
                if lab.get(key):
                    gold_roles.append((role, lab[key][0] - c.start, lab[key][1] - c.start))
            text = c.article.text[c.start : c.end]
            # the check set's labels leave a leading article and count out of a mention, and mark a source and a
            # target only
            sp.add(gold_roles, [as_checkset_marks(text, r) for r in predicted_roles(res.events, both_roles=False)], text)
        report["checkset"] = {
            "classes": cls.summary(),
            "actors": sp.summary(),
            "sentences": len(check),
            "event_detection": dict(zip(("precision", "recall", "f1"), prf(*detected), strict=False)),
        }
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = []

    def classes(title: str, s: dict[str, Any]) -> None:
        lines.append(f"{title}: {s['n']} sentences, accuracy {100 * s['accuracy']:.1f}, macro-F1 {100 * s['macro_f1']:.1f}")
        lines.append("  class  precision  recall    F1")
        for c, v in s["per_class"].items():
            lines.append(f"  {c:>5}  {100 * v['precision']:9.1f}  {100 * v['recall']:6.1f}  {100 * v['f1']:5.1f}")
        lines.append("  confusion (rows gold 0-4, columns predicted 0-4):")
        for c, row in zip(CLASSES, s["confusion"], strict=False):
            lines.append(f"  {c}: " + " ".join(f"{n:5d}" for n in row))

    def actors(title: str, s: dict[str, Any]) -> None:
        lines.append(
            f"{title}: exact-span macro-F1 {100 * s['exact_macro_f1']:.1f}, head-word macro-F1 {100 * s['head_macro_f1']:.1f}"
        )
        lines.append("  role  gold  exact P    R     F1   | head F1")
        for r in ROLES:
            e, h = s["exact"][r], s["head"][r]
            lines.append(
                f"  {r:>4}  {e['gold']:4d}  {100 * e['precision']:5.1f}  {100 * e['recall']:5.1f}  {100 * e['f1']:5.1f} | {100 * h['f1']:5.1f}"
            )

    for split in ("heldout", "tuning"):
        classes(f"event classes, dev {split} {'fifth' if split == 'heldout' else 'part'}", report["classes"][split])
    for split in ("heldout", "tuning"):
        actors(f"actor spans, dev {split} {'fifth' if split == 'heldout' else 'part'}", report["actors"][split])
    if "checkset" in report:
        c = report["checkset"]
        d = c["event_detection"]
        lines.append(
            f"team check set: {c['sentences']} sentences; event detection P {100 * d['precision']:.1f} R {100 * d['recall']:.1f} F1 {100 * d['f1']:.1f}"
        )
        classes("  event classes (sentences with a gold event)", c["classes"])
        actors("  actor spans", c["actors"])
    if "seed" in report:
        rows = report["seed"]
        must = [r for r in rows if r["bar"] == "must"]
        should = [r for r in rows if r["bar"] == "should"]
        lines.append(
            f"example article (expected.md): must rows {sum(bool(r['must_hit']) for r in must)}/{len(must)} "
            f"(on the parts their bar names), should rows {sum(r['hit'] for r in should)}/{len(should)}"
        )
        for r in rows:
            part = "" if r["must_hit"] is None or r["hit"] else f" [must part {'hit' if r['must_hit'] else 'missed'}]"
            lines.append(
                f"  row {r['row']:2d} {r['bar']:6s} {'hit ' if r['hit'] else 'miss'}{part}  {'' if r['hit'] else r['why']}".rstrip()
            )
    return "\n".join(lines) + "\n"


# --- geolocation against FA-KES ----------------------------------------------------------

# FA-KES labels each article with the governorate its story happened in; as GeoNames admin1
# codes ("damascus" covers the city and its countryside, Rif Dimashq)
FAKES_GOVERNORATES: dict[str, frozenset[str]] = {
    "aleppo": frozenset({"SY.09"}),
    "damascus": frozenset({"SY.13", "SY.08"}),
    "idlib": frozenset({"SY.12"}),
    "deir ezzor": frozenset({"SY.07"}),
    "raqqa": frozenset({"SY.04"}),
    "homs": frozenset({"SY.11"}),
    "hasakeh": frozenset({"SY.01"}),
    "hama": frozenset({"SY.10"}),
    "daraa": frozenset({"SY.06"}),
    "lattakia": frozenset({"SY.02"}),
    "quneitra": frozenset({"SY.03"}),
    "tartous": frozenset({"SY.14"}),
    "sweida": frozenset({"SY.05"}),
}


@dataclass
class GeoReport:
    articles: int = 0  # coded
    scored: int = 0  # with a located event in Syria
    agree: int = 0  # whose most frequent event admin1 is the labelled governorate
    events: int = 0
    by_source: dict[str, int] = field(default_factory=lambda: {"clause": 0, "sentence": 0, "article": 0, "none": 0})
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (article id, label, answer)

    def add(self, label: str, article_id: str, events: Sequence[Event]) -> None:
        self.articles += 1
        counts: dict[str, int] = {}
        in_syria = False
        for e in events:
            self.events += 1
            loc = e.location
            self.by_source[loc.source if loc else "none"] += 1
            if loc is not None and loc.country == "SYR":
                in_syria = True
                if loc.admin1_code:
                    counts[loc.admin1_code] = counts.get(loc.admin1_code, 0) + 1
        if not in_syria:
            return
        self.scored += 1
        top = max(sorted(counts), key=lambda c: counts[c]) if counts else None
        if top is not None and top in FAKES_GOVERNORATES.get(label, frozenset()):
            self.agree += 1
        else:
            self.misses.append((article_id, label, top or "(country only)"))

    def lines(self) -> list[str]:
        n = self.events or 1
        share = {k: 100 * v / n for k, v in self.by_source.items()}
        return [
            f"articles coded: {self.articles}; with an event located in Syria: {self.scored}",
            f"governorate agreement: {self.agree}/{self.scored} = {100 * self.agree / (self.scored or 1):.1f}%",
            f"events: {self.events}; located at clause {share['clause']:.1f}%, sentence {share['sentence']:.1f}%, "
            f"article {share['article']:.1f}%, none {share['none']:.1f}%",
            f"located at clause or sentence level: {share['clause'] + share['sentence']:.1f}%; "
            f"with any location: {100 - share['none']:.1f}%",
        ]


def fakes_articles(path: Path) -> list[tuple[Article, str]]:
    """FA-KES articles with their governorate labels."""
    labels: dict[str, str] = {}
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            labels[row["unit_id"]] = row["location"].strip().lower()
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    return [(a, labels.get(a.article_id, "")) for a in read_inputs([path], columns=cols) if isinstance(a, Article)]
