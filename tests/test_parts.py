"""`newsevents places` and `newsevents dates`: every place and every temporal expression in a text."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from newsevents import Article
from newsevents.parts import extract


@pytest.fixture(scope="module")
def parts(coder):
    def run(what: str, text: str, published: dt.date = dt.date(2020, 1, 31)):
        [(_, records)] = list(extract([Article("t", text, published)], what, coder=coder))
        return [r.to_dict() for r in records]

    return run


def by_text(records, text):
    found = [r for r in records if r["text"] == text]
    assert found, f"{text!r} not in {[r['text'] for r in records]}"
    return found[0]


# --- places ---------------------------------------------------------------------------------------


def test_us_and_non_us_places_of_one_name(parts):
    texan = by_text(parts("places", "Two men were arrested in Paris, Texas, on Saturday."), "Paris")
    assert texan["country"] == "USA" and texan["admin1"] == "Texas"
    french = by_text(parts("places", "Thousands marched in Paris on Saturday against the pension reform."), "Paris")
    assert french["country"] == "FRA" and abs(french["lat"] - 48.85) < 0.2


def test_regions_wider_than_a_country_are_no_towns(parts):
    """'the Levant' is not Levant, Maine, even in a story where the United States acts."""
    recs = parts(
        "places",
        "The US-led coalition said its strikes across the Levant and the Middle East hit positions near Raqqa.",
    )
    for name in ("Levant", "Middle East"):
        found = [r for r in recs if r["text"] == name]
        assert all(r["geonameid"] is None for r in found), found
    assert by_text(recs, "Raqqa")["country"] == "SYR"


def test_a_place_named_inside_a_subdivision_stays_inside_it(parts):
    """'Tibni in Deir Ezzor province': the Jordanian Tibnah is no answer; 'Kilis in southern Turkey' is Kilis."""
    recs = parts(
        "places",
        "A Syrian air strike hit a camp in the Euphrates valley town of Tibni in Deir Ezzor province. "
        "Shells landed in Kilis in southern Turkey.",
    )
    assert by_text(recs, "Tibni")["geonameid"] is None
    assert by_text(recs, "Deir Ezzor province")["admin1"] == "Deir ez-Zor"
    assert by_text(recs, "Kilis")["country"] == "TUR"


def test_glued_articles_in_lower_case_and_written_once(parts):
    recs = parts("places", "Airstrikes killed 23 civilians in Syrias Deir ezzor. The army advanced in Deir Ezour.")
    for text in ("Deir ezzor", "Deir Ezour"):
        assert by_text(recs, text)["admin1"] == "Deir ez-Zor", text


def test_a_capital_that_is_not_the_seat_of_government(parts):
    """'the group's de facto Syrian capital Raqqa' is Raqqa; 'the Syrian capital' alone is Damascus."""
    recs = parts("places", "Overnight airstrikes on the Islamic State group's de facto Syrian capital Raqqa killed 25 civilians.")
    assert by_text(recs, "Raqqa")["admin1"] == "Ar-Raqqah"
    assert not [r for r in recs if r["name"] == "Damascus"]
    recs = parts("places", "Mortar shells hit the Syrian capital on Monday.")
    assert by_text(recs, "Syrian capital")["name"] == "Damascus"


def test_a_direction_alone_is_no_place(parts):
    recs = parts("places", "US warplanes struck Deir Ezzor in the Northeast and the Western countryside of Raqqa.")
    assert all(r["geonameid"] is None for r in recs if r["text"] in ("Northeast", "Western countryside", "Western")), recs
    assert by_text(recs, "Raqqa")["admin1"] == "Ar-Raqqah"


def test_demonyms_and_metonyms(parts):
    records = parts(
        "places", "Ankara said the Syrian army had shelled Turkish posts. Speaking in Ankara, the minister said little."
    )
    syrian = by_text(records, "Syrian")
    assert syrian["kind"] == "demonym" and syrian["country"] == "SYR" and syrian["precision"] == "country"
    assert by_text(records, "Turkish")["kind"] == "demonym"
    ankaras = [r for r in records if r["text"] == "Ankara"]
    assert [r["kind"] for r in ankaras] == ["metonym", "place"]
    assert all(r["country"] == "TUR" and r["precision"] == "city" for r in ankaras)


def test_multi_word_places_and_variants(parts):
    records = parts("places", "Fighting spread from Deir ez-Zor to Maarat al-Numan and the Hmeimim air base.")
    assert by_text(records, "Deir ez-Zor")["admin1"] == "Deir ez-Zor"
    assert by_text(records, "Maarat al-Numan")["admin1"] == "Idlib"
    assert by_text(records, "Hmeimim air base")["geonameid"].startswith("np:")


def test_places_the_gazetteer_lacks_are_listed_unresolved(parts):
    records = parts("places", "Mourners gathered at Third Presbyterian Church near Lake Manassas in Virginia.")
    lake = by_text(records, "Lake Manassas")
    assert lake["geonameid"] is None and lake["lat"] is None and lake["kind"] == "place"
    assert by_text(records, "Virginia")["country"] == "USA"


def test_place_offsets_point_at_the_text(parts):
    text = "Rebels shelled Aleppo and Idlib province while Russia watched."
    for r in parts("places", text):
        assert text[r["start"] : r["end"]] == r["text"]


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published, text, expression, kind, value",
    [
        (dt.date(2020, 1, 31), "Troops advanced last week.", "last week", "DATE", "2020-W04"),
        (dt.date(2020, 1, 31), "The offensive began last August.", "last August", "DATE", "2019-08"),
        (dt.date(2020, 1, 31), "The talks collapsed last summer.", "last summer", "DATE", "2019-SU"),
        (dt.date(2020, 1, 31), "The siege lasted two days.", "two days", "DURATION", "P2D"),
        (dt.date(2020, 1, 31), "Convoys arrive every week.", "every week", "SET", "P1W"),
        (dt.date(2020, 1, 31), "Patrols leave every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
        (dt.date(2020, 1, 31), "Prices rise daily.", "daily", "SET", "P1D"),
        (dt.date(2020, 1, 31), "The town is now quiet.", "now", "DATE", "PRESENT_REF"),
        (dt.date(2020, 1, 31), "Shells fell on Thursday night.", "Thursday night", "TIME", "2020-01-30TNI"),
        (dt.date(2020, 1, 31), "The blast came at 7:15 pm.", "7:15 pm", "TIME", "2020-01-31T19:15"),
        # a Wednesday at the year's turn: this week's Monday is in the old year, ISO week 1 of the new
        (dt.date(2020, 1, 1), "Talks resumed this week.", "this week", "DATE", "2020-W01"),
        (dt.date(2019, 12, 31), "Rebels attacked on Monday.", "Monday", "DATE", "2019-12-30"),
        (dt.date(2019, 12, 31), "The ceasefire was agreed last year.", "last year", "DATE", "2018"),
        (dt.date(2021, 1, 2), "Talks will resume next month.", "next month", "DATE", "2021-02"),
        (dt.date(2021, 1, 2), "Rebels attacked on Friday.", "Friday", "DATE", "2021-01-01"),
        # counted from the sentence's other date, as event dates are
        (
            dt.date(2020, 1, 31),
            "Arms were to go by October 17, 2018, and fighters two days earlier.",
            "two days earlier",
            "DATE",
            "2018-10-15",
        ),
    ],
)
def test_timeml_types_and_values(parts, published, text, expression, kind, value):
    r = by_text(parts("dates", text, published), expression)
    assert (r["type"], r["value"]) == (kind, value)
    assert text[r["start"] : r["end"]] == expression


def test_dates_use_the_event_date_resolver(coder, parts):
    # the same words, the same answer as the date of an event
    text = "The Syrian army declared the start of an offensive in Idlib last August."
    [event] = [e for e in coder.code(Article("t", text, dt.date(2020, 1, 31))).events if e.date_text]
    r = by_text(parts("dates", text), "last August")
    assert (event.date.isoformat()[:7], event.date_precision) == (r["value"], r["precision"])


def test_cli_places_and_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2020-01-31\nSyrian forces advanced on Idlib last week.", encoding="utf-8")
    for cmd, field in (("places", "geonameid"), ("dates", "value")):
        out = subprocess.run(
            [sys.executable, "-m", "newsevents", cmd, str(path), "--quiet"], capture_output=True, text=True, timeout=300
        )
        assert out.returncode == 0, out.stderr
        records = [json.loads(line) for line in out.stdout.splitlines()]
        assert records and all(field in r for r in records)
