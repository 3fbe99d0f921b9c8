"""Every verb pattern fires on the example sentences written for it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from check_verbs import check  # noqa: E402

# the share of examples allowed to miss their pattern (parser errors on the small model; none miss at
# this writing, the margin is for a parser update)
MAX_FAILING = 0.01


def test_patterns_fire_on_their_examples(coder):
    failures = check(coder)
    n = sum(len(p.examples) for p in coder.knowledge.verbs)
    report = "\n".join(f"{pid}: {text!r} -> {fired}" for pid, text, fired in failures[:40])
    assert len(failures) / n <= MAX_FAILING, f"{len(failures)} of {n} examples miss their pattern:\n{report}"


def test_every_cameo_root_has_patterns(coder):
    roots = {p.cameo[:2] for p in coder.knowledge.verbs}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_most_cameo_codes_have_patterns_of_their_own(coder):
    """Breadth: the named CAMEO codes below the roots (three and four digits) that some pattern codes
    directly. The rest come from tables (threats, demands and refusals of an act) or are rare; the floor
    keeps coverage from eroding (289 of 298 at this writing)."""
    named = {c for c, code in coder.knowledge.ontology.codes.items() if len(c) > 2 and code.name}
    covered = named & {p.cameo for p in coder.knowledge.verbs}
    assert len(covered) / len(named) >= 0.95, sorted(named - covered)


def test_codes_with_their_own_patterns_now(code_text):
    """Codes that had no pattern of their own: protests for a stated aim, demands for cooperation, funding and
    mediation, non-force threats, location bombings; a pattern's own light verb ('called a strike')."""
    cases = {
        "The unions called a strike for the resignation of the president.": "1431",
        "Farmers blocked highways to demand the repeal of the farm laws.": "1442",
        "Protesters rioted to demand the repeal of the fuel tax.": "1452",
        "The opposition demanded international mediation.": "108",
        "The mayor threatened a lawsuit against the state.": "131",
        "Militants planted a bomb at the market in Kabul.": "1834",
        "The United Nations urged Ethiopia to lift the ban on journalists.": "0251",
        "The opposition refused to end its protests.": "1242",
        "The junta ordered all independent newspapers to suspend publication.": "1721",
    }
    for text, code in cases.items():
        assert code in {e.cameo for e in code_text(text)}, text
    [e] = [e for e in code_text("A terrorist group planted the IED under the platform of the mosque.") if e.primary]
    assert e.target is None  # the weapon is no target
