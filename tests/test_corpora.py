"""Real articles from ../shared: FA-KES and Wikinews code without errors into valid records."""

import json
from importlib import resources

import jsonschema
import pytest

from newsevents import Article, Columns, RecordError, code_articles, read_inputs

SCHEMA = json.loads((resources.files("newsevents") / "data" / "schemas" / "event.schema.json").read_text())


def check_records(results):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    events = []
    for r in results:
        assert not isinstance(r, RecordError), str(r)
        for e in r.events:
            d = e.to_dict()
            errors = list(validator.iter_errors(d))
            assert not errors, f"{r.article.article_id}: {errors[0].message}"
            assert r.article.text[e.trigger.start : e.trigger.end] == e.trigger.text
            events.append(e)
        assert sum(e.primary for e in r.events) == len({e.sentence_index for e in r.events})
    return events


def test_fakes_100_articles(coder, shared):
    cols = Columns(text="article_content", date="date", id="unit_id", title="article_title")
    items = list(read_inputs([shared / "data" / "corpora" / "fa-kes.csv"], columns=cols))[:100]
    assert all(isinstance(a, Article) for a in items)
    results = list(code_articles(items, coder=coder))
    events = check_records(results)
    assert len(events) >= len(results) / 2
    roots = {e.cameo_root for e in events}
    assert len(roots) >= 10, sorted(roots)


@pytest.mark.parametrize("year", ["2019", "2020"])
def test_wikinews(coder, shared, year):
    items = [a for a in read_inputs([shared / "data" / "corpora" / f"wikinews-{year}.csv"]) if isinstance(a, Article)][:40]
    assert len(items) == 40
    events = check_records(code_articles(items, coder=coder))
    assert len(events) >= 20
