"""End to end on the user's example article: the 'must' rows of ../shared/data/seed/expected.md
that concern actors and codes (rows 1, 4, 6, 12, 15, 17, 18)."""

import pytest

from newsevents import read_inputs


@pytest.fixture(scope="module")
def seed(coder, shared):
    [article] = list(read_inputs([shared / "data" / "seed" / "2020-01-31-idlib.txt"]))
    return article, coder.code(article).events


def in_sentence(events, article, words):
    """Events of the sentence that contains `words`."""
    start = article.text.index(words)
    return [
        e
        for e in events
        if e.sentence and article.text.find(e.sentence) <= start < article.text.find(e.sentence) + len(e.sentence)
    ]


def test_offsets_count_after_the_header(seed):
    article, events = seed
    assert article.text.startswith("The Kremlin")
    for e in events:
        assert article.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert article.text[e.source.start : e.source.end] == e.source.text
        if e.target:
            assert article.text[e.target.start : e.target.end] == e.target.text


def test_row1_kremlin_statement(seed):
    article, events = seed
    evs = in_sentence(events, article, "The Kremlin said on Friday")
    assert any(
        e.cameo_root == "01" and (e.source.country, e.source.sector) == ("RUS", "GOV") and e.plover.event is None for e in evs
    )


def test_row4_syrian_forces_advance(seed):
    article, events = seed
    evs = in_sentence(events, article, "rapidly advanced on Idlib")
    assert any(e.cameo_root == "19" and (e.source.country, e.source.sector) == ("SYR", "MIL") for e in evs)


def test_row6_they_have_taken_towns(seed):
    article, events = seed
    evs = in_sentence(events, article, "They have taken dozens of towns")
    [e] = [e for e in evs if e.primary]
    assert e.cameo_root == "19" and (e.source.country, e.source.sector) == ("SYR", "MIL") and e.source.text == "They"


def test_row12_threat_not_attack(seed):
    article, events = seed
    evs = in_sentence(events, article, "Ankara may launch a military operation")
    threats = [e for e in evs if e.cameo.startswith("138")]
    assert threats and all((e.source.country, e.source.sector) == ("TUR", "GOV") for e in threats)
    assert any(e.target and e.target.country == "SYR" for e in threats)
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20") and e.modality == "asserted"], (
        "a possible operation is not an attack"
    )
    assert any(e.primary and e.plover.event == "THREATEN" for e in evs)


def test_row15_ankara_targeted_ypg(seed):
    article, events = seed
    evs = in_sentence(events, article, "Ankara targeted the Syrian Kurdish YPG")
    [e] = [e for e in evs if e.cameo_root == "19"]
    assert e.source.country == "TUR" and e.source.sector in ("GOV", "MIL")
    assert (e.target.country, e.target.sector) == ("SYR", "REB")


def test_row17_erdogan_demands_step_down(seed):
    article, events = seed
    evs = in_sentence(events, article, "called for the Syrian president to step down")
    [e] = [e for e in evs if e.cameo_root == "10"]
    assert (e.source.country, e.source.sector, e.source.name) == ("TUR", "GOV", "Recep Tayyip Erdogan")
    assert (e.target.country, e.target.sector) == ("SYR", "GOV")
    assert e.cameo == "1041" and e.primary and e.plover.event == "REQUEST"


def test_row18_three_sources_seek_solution(seed):
    article, events = seed
    evs = in_sentence(events, article, "Iran, Russia, and Turkey have said")
    agree = [e for e in evs if e.cameo_root == "03"]
    assert {(e.source.country, e.source.sector) for e in agree} == {("IRN", "GOV"), ("RUS", "GOV"), ("TUR", "GOV")}


def test_each_sentence_has_at_most_one_primary(seed):
    _, events = seed
    by_sentence = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for evs in by_sentence.values():
        assert sum(e.primary for e in evs) == 1


def test_row7_offensive_declared_last_august(seed):
    article, events = seed
    [e] = [e for e in in_sentence(events, article, "declared the start of an offensive") if e.cameo_root == "19"]
    assert (e.date.isoformat(), e.date_precision, e.date_text) == ("2019-08-01", "month", "last August")
    assert e.modality == "asserted" and e.historical


def test_row11_required_pull_out_by_october_17_2018(seed):
    article, events = seed
    [e] = [e for e in in_sentence(events, article, "supposed to pull out heavy arms") if e.trigger.text.startswith("pull")]
    assert e.cameo.startswith("087")
    assert (e.date.isoformat(), e.date_precision) == ("2018-10-17", "day")
    assert e.modality == "hypothetical" and e.historical and e.plover.event == "RETREAT"


def test_row15_ankara_targeted_in_october(seed):
    article, events = seed
    [e] = [e for e in in_sentence(events, article, "Ankara targeted the Syrian Kurdish YPG") if e.cameo_root == "19"]
    assert (e.date.isoformat(), e.date_precision, e.date_text) == ("2019-10-01", "month", "October")
    assert e.modality == "asserted" and e.historical


def test_row4_since_last_week(seed):
    article, events = seed
    [e] = [e for e in in_sentence(events, article, "rapidly advanced on Idlib") if e.primary]
    assert (e.date.isoformat(), e.date_precision) == ("2020-01-20", "week") and not e.historical


@pytest.mark.parametrize(
    "words", ["Ankara may launch a military operation", "He said Ankara will not allow new threats", "We will not refrain"]
)
def test_rows12_13_16_asserted_threats_and_no_asserted_assault_by_turkey(seed, words):
    article, events = seed
    evs = in_sentence(events, article, words)
    threats = [e for e in evs if e.cameo_root == "13"]
    assert threats and all(e.modality == "asserted" and e.source.country == "TUR" for e in threats)
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20") and e.modality == "asserted" and e.source.country == "TUR"]
    assert all(e.date.isoformat() == "2020-01-31" for e in threats)


def test_events_without_date_words_take_the_publication_date(seed):
    article, events = seed
    [e] = [e for e in in_sentence(events, article, "Erdogan has repeatedly called") if e.cameo == "1041"]
    assert (e.date.isoformat(), e.date_precision, e.date_text, e.historical) == ("2020-01-31", "published", None, False)
