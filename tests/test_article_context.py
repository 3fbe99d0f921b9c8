"""Rules that read beyond one clause: a speaker's day carried to their later words, a fight's target
in its purpose clause, a domestic actor's country from where its event happened, a concern's target."""

from __future__ import annotations

import datetime as dt

from conftest import find


def test_a_speakers_later_words_keep_the_day_they_were_said(code_text):
    events = code_text(
        "Turkish President Recep Tayyip Erdogan said on Monday Ankara may launch a military operation into Syria. "
        "He said Ankara will not allow new threats near its borders, even if it meant resorting to military power."
    )
    threats = [e for e in find(events, "13") if e.modality == "asserted"]
    assert {e.sentence_index for e in threats} == {0, 1}
    assert all(e.date == dt.date(2020, 1, 27) and e.date_precision == "day" for e in threats)


def test_undated_words_of_a_speaker_never_dated_keep_the_publication_date(code_text):
    events = code_text("Iran said the talks had failed. It said the sanctions must end.")
    assert events and all(e.date_precision == "published" for e in events)


def test_the_purpose_clause_names_whom_a_fight_is_against(code_text):
    events = code_text("Rebels have been fighting to oust the president since 2011.")
    fights = [e for e in find(events, "19") if e.source.sector == "REB"]
    assert fights and fights[0].target is not None and fights[0].target.sector == "GOV"


def test_militants_take_the_country_their_event_happened_in(code_text):
    events = code_text("Militants attacked an army checkpoint in Idlib province on Monday.")
    [attack] = [e for e in find(events, "19") if e.source.sector == "REB"]
    assert attack.source.country == "SYR" and attack.location is not None and attack.location.country == "SYR"
    # a named state actor is never recoded from the place
    events = code_text("Turkish troops attacked an army checkpoint in Idlib province on Monday.")
    assert all(e.source.country == "TUR" for e in find(events, "19"))


def test_a_concern_about_attacks_targets_the_attackers(code_text):
    events = code_text("Russia was deeply concerned about militant attacks on its air base in Latakia.")
    [concern] = find(events, "01", "RUS")
    assert concern.cameo == "012" and concern.target is not None and concern.target.sector == "REB"


def test_a_subject_pronoun_whose_antecedent_is_in_the_sentence_is_written_as_it(code_text):
    """'The Sri Lankan government has made it clear it will not lift the ban on LTTE': the subject 'it' refers
    to the government named before it, and the event says so by the government's words."""
    evs = code_text("The Sri Lankan government has made it clear it will not lift the ban on LTTE.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo.startswith("12") and e.source.text == "The Sri Lankan government"
