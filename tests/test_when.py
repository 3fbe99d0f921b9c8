"""Date expressions resolved against the publication date: the team's answer key in
tests/data/date_expressions.tsv (written before the resolver), plus unit checks."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from newsevents.knowledge import Knowledge
from newsevents.when import DateResolver

TABLE = Path(__file__).parent / "data" / "date_expressions.tsv"
MIN_ACCURACY = 0.95  # the floor; the closing note of the dates issue reports the measured figure


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver.from_knowledge(Knowledge.load())


def rows():
    with open(TABLE, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_table_is_large_and_a_quarter_comes_from_the_corpora():
    table = rows()
    assert len(table) >= 80
    assert sum(r["source"].startswith("corpus:") for r in table) >= len(table) / 4


def test_expression_table(resolver):
    table = rows()
    misses = []
    for r in table:
        got = resolver.resolve(r["expression"], dt.date.fromisoformat(r["published"]), r["tense"])
        want = (r["date"], r["precision"])
        have = (got.date.isoformat(), got.precision) if got else None
        if have != want:
            misses.append(f"{r['expression']!r} published {r['published']} ({r['tense']}): want {want}, got {have}")
    accuracy = 1 - len(misses) / len(table)
    print(f"date expressions: {len(table) - len(misses)}/{len(table)} right ({accuracy:.1%})")
    assert accuracy >= MIN_ACCURACY, "\n".join(misses)


@pytest.mark.parametrize(
    "expr, published, tense, want",
    [
        ("on Friday", "2020-01-31", "past", ("2020-01-31", "day")),  # the publication day is itself a Friday
        ("on Friday", "2020-01-31", "future", ("2020-02-07", "day")),
        ("since last week", "2020-01-31", "past", ("2020-01-20", "week")),
        ("last August", "2020-01-31", "past", ("2019-08-01", "month")),
        ("in October", "2020-01-31", "past", ("2019-10-01", "month")),
        ("October 17, 2018", "2020-01-31", "past", ("2018-10-17", "day")),
        ("last summer", "2020-01-31", "past", ("2019-06-01", "season")),
        ("earlier this year", "2020-01-31", "past", ("2020-01-01", "year")),
        ("in December", "2020-01-02", "past", ("2019-12-01", "month")),
        ("next month", "2019-12-30", "future", ("2020-01-01", "month")),
        ("17/10/2018", "2020-01-31", "past", ("2018-10-17", "day")),
    ],
)
def test_rules(resolver, expr, published, tense, want):
    got = resolver.resolve(expr, dt.date.fromisoformat(published), tense)
    assert got is not None and (got.date.isoformat(), got.precision) == want and got.text == expr


def test_anchored_offsets_count_from_the_other_date(resolver):
    pub = dt.date(2020, 1, 31)
    got = resolver.resolve("two days earlier", pub, "past", anchor=dt.date(2018, 10, 17))
    assert got.date == dt.date(2018, 10, 15) and got.precision == "day"
    assert resolver.resolve("two days earlier", pub, "past").date == dt.date(2020, 1, 29)


def test_not_a_date(resolver):
    assert resolver.resolve("nine-year", dt.date(2020, 1, 31)) is None
    assert resolver.resolve("decades", dt.date(2020, 1, 31)) is None


def test_dates_in_context(code_text):
    evs = code_text("Nigerian troops attacked Boko Haram camps on Tuesday. Talks with the group will resume on Tuesday.")
    [attack] = [e for e in evs if e.cameo_root == "19"]
    assert (attack.date.isoformat(), attack.date_precision, attack.date_text) == ("2020-01-28", "day", "Tuesday")
    evs = code_text("Police arrested the opposition leader in March 2019, his lawyer said.")
    [arrest] = [e for e in evs if e.cameo_root == "17"]
    assert (arrest.date.isoformat(), arrest.date_precision, arrest.historical) == ("2019-03-01", "month", True)


def test_numeric_dates_read_nearest_publication(resolver):
    assert resolver.resolve("03-07-2015", dt.date(2015, 7, 3)).date == dt.date(2015, 7, 3)
    assert resolver.resolve("07/03/2015", dt.date(2015, 7, 3)).date == dt.date(2015, 7, 3)
    assert resolver.resolve("17/10/2018", dt.date(2020, 1, 31)).date == dt.date(2018, 10, 17)


def test_durations_are_not_dates(resolver):
    pub = dt.date(2016, 8, 11)
    for expr in ("month", "a month-long", "year", "the week", "40 years", "nine-year"):
        assert resolver.resolve(expr, pub) is None, expr
    assert resolver.resolve("the weekend", dt.date(2016, 7, 19)).date == dt.date(2016, 7, 16)


def test_material_act_in_reported_speech_does_not_take_the_date_of_saying(code_text):
    evs = code_text("The army said on Friday that rebels had shelled the town.")
    [shell] = [e for e in evs if e.cameo_root == "19"]
    assert shell.date_precision == "published"


def test_a_participle_and_a_perfect_continue_the_period_a_since_opened(code_text):
    """'Syrian forces, backed by Russian air power, have since last week advanced on Idlib. They have
    taken dozens of towns': the backing holds while its clause does, and the same forces' perfect falls
    in the period 'since last week' opened."""
    text = (
        "Syrian forces, backed by Russian air power, have since last week rapidly advanced on Idlib. "
        "They have taken dozens of towns, including the key city of Maarat al-Numan."
    )
    events = code_text(text)
    backed = [e for e in events if e.cameo == "072"]
    taken = [e for e in events if e.cameo.startswith("19") and e.trigger.text == "taken"]
    assert backed and backed[0].date_precision == "week" and str(backed[0].date) == "2020-01-20"
    assert taken and taken[0].date_precision == "week" and str(taken[0].date) == "2020-01-20"
