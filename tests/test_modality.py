"""Modality of coded acts against the team's answer key (tests/data/modality.tsv, written before
the code): asserted, negated, hypothetical, future. Corpus rows point into ../shared by file,
CSV line and offsets; they are read from there and skipped when it is absent."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from conftest import find
from newsevents import Article, read_inputs
from newsevents.read import Columns

TABLE = Path(__file__).parent / "data" / "modality.tsv"
# floors (regression gates); the measured figures are printed. Over all rows an act the coder does
# not code counts as wrong; over coded acts only the modality is judged.
MIN_ACCURACY = 0.65
MIN_ACCURACY_CODED = 0.85
COLUMNS = {"fa-kes.csv": Columns(text="article_content", date="date", id="unit_id", title="article_title")}


def load_rows(shared_dir):
    rows = []
    corpora: dict[str, dict[int, Article]] = {}
    with open(TABLE, encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["source"] == "team":
                rows.append((r, r["text"], dt.date(2020, 1, 31)))
                continue
            _, fname, line, start, end = r["source"].split(":")
            if shared_dir is None:
                continue
            if fname not in corpora:
                arts = read_inputs([shared_dir / "data" / "corpora" / fname], columns=COLUMNS.get(fname))
                corpora[fname] = {int(a.origin.rsplit(":", 1)[1]): a for a in arts if isinstance(a, Article)}
            art = corpora[fname][int(line)]
            rows.append((r, art.text[int(start) : int(end)], art.published))
    return rows


def judged_modality(coder, text, published, trigger):
    """The modality the coder gives the act carried by `trigger`, or None if it codes none there."""
    events = coder.code(Article("m", text, published)).events
    patterns = {p.id: p for p in coder.knowledge.verbs}
    hits = [e for e in events if trigger in e.trigger.text.split() or e.trigger.text == trigger]
    # the act itself, not the threat or promise coded from it
    hits.sort(key=lambda e: patterns[e.rule].cameo != e.cameo)
    return hits[0].modality if hits else None


def test_modality_table(coder):
    shared_dir = Path(__file__).resolve().parents[2] / "shared"
    rows = load_rows(shared_dir if shared_dir.is_dir() else None)
    assert len(rows) >= 36
    right, coded, misses, per_value = 0, 0, [], {}
    for r, text, published in rows:
        got = judged_modality(coder, text, published, r["trigger"])
        ok = got == r["modality"]
        coded += got is not None
        right += ok
        n, k = per_value.get(r["modality"], (0, 0))
        per_value[r["modality"]] = (n + 1, k + ok)
        if not ok:
            misses.append(f"{r['id']} {r['trigger']!r}: want {r['modality']}, got {got} | {text[:120]}")
    accuracy = right / len(rows)
    summary = ", ".join(f"{v} {k}/{n}" for v, (n, k) in sorted(per_value.items()))
    print(
        f"modality: {right}/{len(rows)} right ({accuracy:.1%}); of the {coded} acts coded, {right / coded:.1%} right; {summary}"
    )
    assert accuracy >= MIN_ACCURACY, "\n".join(misses)
    assert right / coded >= MIN_ACCURACY_CODED, "\n".join(m for m in misses if "got None" not in m)


@pytest.mark.parametrize(
    "text, trigger, want",
    [
        ("Rebels did not attack the convoy.", "attack", "negated"),
        ("The army denied shelling the village.", "shelling", "negated"),
        ("If talks fail, the rebels could attack the capital.", "attack", "hypothetical"),
        ("The troops were supposed to withdraw by Monday.", "withdraw", "hypothetical"),
        ("The United States will send aid to Sudan.", "send", "future"),
        ("Police arrested ten protesters.", "arrested", "asserted"),
        ("No one was killed in the clashes.", "killed", "negated"),
        ("None of the protesters were arrested.", "arrested", "negated"),
        ("Neither France nor Germany would endorse the plan.", "endorse", "negated"),
        ("The army released no prisoners.", "released", "negated"),
        ("The government made no concessions to the protesters.", "concessions", "negated"),
    ],
)
def test_modality_values(coder, text, trigger, want):
    assert judged_modality(coder, text, dt.date(2020, 1, 31), trigger) == want


def test_a_refused_cooperative_act_is_an_asserted_refusal(code_text):
    """'will not lift the embargo' is a refusal to yield (CAMEO 1244) the source asserts; the lifting
    itself stays negated, and a negated attack stays a negated attack."""
    evs = code_text("The United States will not lift the embargo on Cuba.")
    [refusal] = [e for e in evs if e.primary]
    assert refusal.cameo == "1244" and refusal.modality == "asserted" and refusal.target.country == "CUB"
    assert [e.modality for e in evs if e.cameo == "085"] == ["negated"]
    [p] = [e for e in code_text("The European Union and Turkey failed to reach agreement on migration.") if e.primary]
    assert p.cameo_root == "12"
    assert not [e for e in code_text("Pakistani troops did not attack the village.") if e.cameo_root == "12"]


def test_a_refusal_or_promise_announced_for_a_side_is_the_speakers(code_text):
    """'Putin said his country will not lift the ban': the refusal (12x) is Putin's, who announces it; the
    negated lifting stays his country's. A report that only follows the act ('..., the leaders said') leaves
    the doers as they are."""
    evs = code_text("Prime Minister Vladimir Putin said his country will not lift the ban on the European Union.")
    [refusal] = [e for e in evs if e.cameo_root == "12"]
    assert refusal.source.text == "Prime Minister Vladimir Putin" and refusal.target.country == "EUR"
    [lift] = [e for e in evs if e.cameo == "081"]
    assert lift.source.text == "his country" and lift.modality == "negated"
    evs = code_text("The Houthis will attack Saudi airports, a Houthi spokesman said.")
    assert [e.source.text for e in evs if e.cameo_root == "13"] == ["The Houthis"]


def test_the_writers_must_is_no_promise(code_text):
    """'United States must continue military aid to Egypt' (no one reported saying it): the aid is required,
    not promised by the United States; an actor's own 'will' still is."""
    evs = code_text("The United States must continue military aid to Egypt.")
    assert not find(evs, root="03") and [e.modality for e in find(evs, root="07")] == ["hypothetical"]
    assert find(code_text("The United States will send military aid to Egypt."), root="03")


def test_an_act_done_for_a_purpose_is_intended(code_text):
    """'paid bounties to the Taliban to kill American soldiers': the killing is what the paying was for, not
    reported as done (future, with no promise or threat coded from it); the act it was done for stays the
    sentence's primary event, and the purpose is primary only where nothing else is coded."""
    evs = code_text("Russia deployed jets to Syria to bomb the rebels.")
    [bomb] = find(evs, root="19")
    assert bomb.modality == "future" and not bomb.primary and not find(evs, root="13")
    [p] = [e for e in evs if e.primary]
    assert p.cameo_root == "15" and p.modality == "asserted"
    [p] = [e for e in code_text("Turkish police launched operations to detain 110 soldiers.") if e.primary]
    assert p.cameo == "173" and p.modality == "future"
    # (not an act that is the purpose's object: 'brokered deals to ease the fighting' does not make the fighting future)
    evs = code_text("Russia has brokered deals to ease the fighting between rebels and the Syrian army.")
    assert find(evs, root="19") and all(e.modality == "asserted" for e in find(evs, root="19"))


def test_an_act_voted_on_is_not_done(code_text):
    [e] = [e for e in code_text("Plaid Cymru voted against bombing Syria.") if e.cameo.startswith("19")]
    assert e.modality == "hypothetical"


def test_a_weapon_announces_no_threat(code_text):
    text = "A high level of exposure to the gas can cause suffocation as the chemical injures the pulmonary airways."
    assert not any(e.cameo.startswith("13") for e in code_text(text))
