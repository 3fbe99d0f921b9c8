"""The example-article report: expected.md parsed row by row, each row judged hit or miss with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsevents import read_inputs
from newsevents.seedcheck import fragment, judge, parse_expected


@pytest.fixture(scope="module")
def rows(shared):
    return parse_expected(shared / "data" / "seed" / "expected.md")


@pytest.fixture(scope="module")
def seed(coder, shared):
    [article] = list(read_inputs([shared / "data" / "seed" / "2020-01-31-idlib.txt"]))
    return article, coder.code(article).events


def test_every_row_is_read(rows):
    assert [r.number for r in rows] == list(range(1, 23))
    assert sum(r.bar == "must" for r in rows) == 8
    row12 = rows[11]
    assert row12.codes == ["1384", "138"] and row12.source == [("TUR", "GOV")] and row12.target == [("SYR", None)]
    assert rows[3].date == (dt.date(2020, 1, 20), "week") and rows[5].date == rows[3].date  # row 6 is "as row 4"
    assert rows[2].place is not None and rows[2].place[2] == (35.40, 35.95)
    assert rows[3].must == {"source", "code"} and rows[6].must == {"date"}


def test_fragment_of_an_abridged_sentence():
    assert fragment("... a cease-fire brokered by Russia and Turkey") == "a cease-fire brokered by Russia and Turkey"


def test_must_rows_hit_on_the_parts_their_bar_names(rows, seed):
    article, events = seed
    results = judge(rows, events, article.published)
    misses = [(r.row.number, r.why) for r in results if r.row.bar == "must" and not r.must_hit]
    assert not misses


def test_a_wrong_coding_is_a_miss_with_its_reason(rows, seed):
    article, events = seed
    # move every event of the Syrian Army's offensive (row 7) to the publication date: the row must miss on its date
    wrong = [dataclasses.replace(e, date=article.published, date_precision="published", historical=False) for e in events]
    [row7] = [r for r in judge(rows, wrong, article.published) if r.row.number == 7]
    assert not row7.hit and row7.why.startswith("date") and row7.must_hit is False
