"""The evaluation: metrics on tiny inputs, the stable held-out split, and the regression gate."""

import json
from pathlib import Path

import pytest

from newsevents.evaluate import (
    ClassScores,
    SpanScores,
    as_checkset_marks,
    evaluate,
    head_word,
    ner_set,
    normalise,
    predicted_roles,
    split_of,
)

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "eval" / "baseline.json"
TOLERANCE = 1.5  # points a figure may drop below its baseline before the gate fails


def test_class_scores():
    s = ClassScores()
    for gold, pred in [(0, 0), (0, 1), (4, 4), (4, 4), (3, 0)]:
        s.add(gold, pred)
    out = s.summary()
    assert out["accuracy"] == pytest.approx(3 / 5)
    assert out["confusion"][0] == [1, 1, 0, 0, 0] and out["confusion"][3][0] == 1
    p, r, f = (out["per_class"]["0"][k] for k in ("precision", "recall", "f1"))
    assert (p, r) == (0.5, 0.5) and f == pytest.approx(0.5)
    assert out["per_class"]["4"]["f1"] == 1.0


def test_span_scores_exact_and_head():
    text = "Syrian government forces shelled the rebel town"
    s = SpanScores()
    gold = [("S", 0, 24), ("T", 37, 47)]
    pred = [("S", 7, 24), ("T", 37, 47)]  # source misses "Syrian" but has the same head
    s.add(gold, pred, text)
    out = s.summary()
    assert out["exact"]["S"]["f1"] == 0.0 and out["exact"]["T"]["f1"] == 1.0
    assert out["head"]["S"]["f1"] == 1.0
    assert out["exact_macro_f1"] == pytest.approx(0.5)  # R has no gold: it does not count


def test_a_mention_is_compared_with_the_check_set_as_its_labels_mark_it():
    """The check set's labels leave out a leading article and count; the coder writes them as the dev file does."""
    text = "Jets killed at least 38 civilians and dozens of the fighters, and a total of 14 Daesh members."
    for written, marked in (
        ("at least 38 civilians", "38 civilians"),
        ("dozens of the fighters", "fighters"),
        ("a total of 14 Daesh members", "14 Daesh members"),
        ("the Syrian army", "Syrian army"),
    ):
        t = f"{text} {written}"
        start = t.rindex(written)
        role, s, e = as_checkset_marks(t, ("T", start, len(t)))
        assert (role, t[s:e]) == ("T", marked)
    # what is left is never nothing
    assert as_checkset_marks("the two", ("S", 0, 7)) == ("S", 4, 7)
    assert as_checkset_marks("at least 200", ("S", 0, 12)) == ("S", 9, 12)


def test_head_word_ignores_possessive():
    text = "the Croatian government 's request"
    assert head_word(text, 4, 26)[1] == "government"


def test_a_reciprocal_pair_named_together_is_one_both_roles_mention(code_text):
    text = "Armenia and Azerbaijan signed an agreement on Monday."
    assert predicted_roles(code_text(text), text) == [("R", 0, 22)]
    # partners named apart stay two mentions; labels with no R role see a source and a target
    text = "Armenia signed an agreement with Azerbaijan on Monday."
    assert sorted(predicted_roles(code_text(text), text)) == [("R", 0, 7), ("R", 33, 43)]
    assert sorted(predicted_roles(code_text(text), text, both_roles=False)) == [("S", 0, 7), ("T", 33, 43)]
    # one mention for two countries is one both-roles mention, not two
    text = "Nigerian and British armed forces held a joint military exercise."
    assert predicted_roles(code_text(text), text) == [("R", 0, 33)]


def test_the_primary_act_is_scored_with_its_coordinated_sides(code_text):
    text = "Japan lifted sanctions imposed on India and Pakistan."
    roles = sorted(predicted_roles(code_text(text), text))
    assert roles == [("S", 0, 5), ("T", 34, 39), ("T", 44, 52)]
    # one source and one target where the labels hold one of each
    assert len(predicted_roles(code_text(text), text, both_roles=False)) == 2


def test_split_is_stable_across_tokenisations():
    a = "Iraqi troops launched an assault on the town on Thursday."
    b = "Iraqi troops launched an assault on the town on Thursday ."
    assert normalise(a) == normalise(b) and split_of(a) == split_of(b)
    sample = [f"sentence number {i}" for i in range(2000)]
    share = sum(split_of(t) == "heldout" for t in sample) / len(sample)
    assert 0.15 < share < 0.25


def test_ner_file_spans(tmp_path):
    p = tmp_path / "ner.txt"
    p.write_text("Rebels B-S\nattacked O\nthe O\nSyrian B-T\narmy I-T\n. O\n\nIran B-R\nmet O\nIraq B-R\n", encoding="utf-8")
    [(t1, s1), (t2, s2)] = ner_set(p)
    assert t1 == "Rebels attacked the Syrian army." and s1 == [("S", 0, 6), ("T", 20, 31)]
    assert t1[20:31] == "Syrian army" and s2 == [("R", 0, 4), ("R", 9, 13)]
    # spaced as written English: clitics, hyphens, brackets, decimals
    p.write_text(
        "".join(f"{t} O\n" for t in "Syria 's pro - government forces ( SAA ) fired 3 . 5 rounds".split()), encoding="utf-8"
    )
    [(t3, _)] = ner_set(p)
    assert t3 == "Syria's pro-government forces (SAA) fired 3.5 rounds"


def test_regression_gate(coder, shared):
    """Accuracy and macro-F1 on the held-out fifth and the check set, and exact-span macro-F1,
    stay within 1.5 points of eval/baseline.json (raising the baseline is a deliberate commit)."""
    report = evaluate(coder, shared, ROOT)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    figures = {
        "heldout.accuracy": report["classes"]["heldout"]["accuracy"],
        "heldout.macro_f1": report["classes"]["heldout"]["macro_f1"],
        "heldout.exact_span_macro_f1": report["actors"]["heldout"]["exact_macro_f1"],
    }
    if "checkset" in report:
        figures |= {
            "checkset.accuracy": report["checkset"]["classes"]["accuracy"],
            "checkset.macro_f1": report["checkset"]["classes"]["macro_f1"],
            "checkset.exact_span_macro_f1": report["checkset"]["actors"]["exact_macro_f1"],
        }
    drops = [
        f"{k}: {100 * v:.1f} < baseline {baseline[k]:.1f}"
        for k, v in figures.items()
        if k in baseline and 100 * v < baseline[k] - TOLERANCE
    ]
    assert not drops, "; ".join(drops)
    assert set(baseline) <= set(figures), "the baseline names a figure the evaluation no longer reports"
