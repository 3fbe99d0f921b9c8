"""The learned target ranker: what it adds to the rules, what it never picks, and that its model rebuilds."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents import Article, DataError
from newsevents.evaluate import PUBLISHED
from newsevents.knowledge import Knowledge
from newsevents.ranker import FEATURES_VERSION, TargetRanker

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "newsevents" / "data" / "models" / "target_ranker.json"
RESIGNED = "The Kenyan president resigned as chairman of the African Union."


def explained(coder, text):
    return coder.code(Article("t", text, PUBLISHED)).explanations


def resignation(coder):
    return next((ev, why) for ev, why in explained(coder, RESIGNED) if ev.trigger.text == "resigned")


def test_the_ranker_names_a_target_the_rules_miss_and_explain_says_so(coder):
    ev, why = resignation(coder)
    # (the rules look for whom one resigns to, not what from: 'as chairman of X' is on no path of theirs)
    assert ev.target is not None and ev.target.text == "the African Union"
    assert ev.target.country == "IGO"
    line = next(w for w in why if "learned target ranker" in w)
    assert "p=" in line and "threshold" in line
    assert ev.rule.startswith("0831.")  # the rule that coded the act is still the event's rule


def test_without_the_ranker_the_rules_leave_that_target_out(coder):
    kept = coder.events.ranker
    coder.events.ranker = TargetRanker({}, 0.0, 2.0, kept.sector_words)  # a threshold no probability reaches
    try:
        ev, why = resignation(coder)
    finally:
        coder.events.ranker = kept
    assert ev.target is None
    assert not any("ranker" in w for w in why)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF encircled the town and entered its southwestern districts on June 23.",  # an owner, by 'its'
        "The Observatory said districts struck included al-Sukkari and Karam al-Beik.",  # a statement
        "Regime forces shelled the besieged district with heavy artillery.",  # the means
    ],
)
def test_the_ranker_never_picks_an_owner_a_statement_s_topic_or_the_means(coder, text):
    for _ev, why in explained(coder, text):
        assert not any("learned target ranker" in w for w in why), why


def test_a_model_for_other_features_is_refused():
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    model["features_version"] = FEATURES_VERSION + 1
    with pytest.raises(DataError, match="train_ranker.py"):
        TargetRanker.from_model(model, frozenset())


def test_the_committed_model_is_what_the_training_script_builds(shared, tmp_path):
    out = tmp_path / "ranker.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_ranker.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "cross-validated target F1" in run.stdout
    built = json.loads(out.read_text(encoding="utf-8"))
    committed = Knowledge.load().ranker
    assert built["threshold"] == committed["threshold"]
    assert built["training"]["l2"] == committed["training"]["l2"]
    assert set(built["weights"]) == set(committed["weights"]), "retrain: python scripts/train_ranker.py"
    drift = max(abs(built["weights"][f] - w) for f, w in committed["weights"].items())
    assert drift < 0.01, "retrain: python scripts/train_ranker.py"
    # the learned choices improve the tuning part's targets in cross-validation, or there is no point to them
    cv = built["training"]["cross_validated"]
    assert cv["target_f1_with_ranker"] > cv["target_f1_rules"]
