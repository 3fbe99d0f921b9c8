"""The orchestrator: long articles, worker processes, bad records in a batch."""

import datetime as dt

from newsevents import Article, RecordError, code_articles
from newsevents.nlp import chunks


def test_chunks_cover_the_text_in_order():
    text = ("Para one. " * 50 + "\n\n") * 40
    pieces = list(chunks(text, limit=1200))
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == text
    for off, piece in pieces:
        assert text[off : off + len(piece)] == piece and len(piece) <= 1200


def test_long_article_offsets_count_in_the_whole_article(coder, monkeypatch):
    import newsevents.pipeline as pipeline

    para = "Rebels attacked an army checkpoint in Homs. The Syrian army shelled rebel positions in Hama.\n\n"
    text = para * 30
    monkeypatch.setattr(pipeline, "chunks", lambda t: chunks(t, limit=500))
    res = coder.code(Article("long", text, dt.date(2019, 3, 1)))
    assert len({e.sentence_index for e in res.events}) >= 50
    for e in res.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.source.start : e.source.end] == e.source.text
    assert max(e.trigger.start for e in res.events) > len(text) - len(para)


def test_huge_article_is_read_with_a_warning_and_the_batch_goes_on(tmp_path):
    import json

    from newsevents import read_inputs

    p = tmp_path / "big.jsonl"
    huge = ("Police arrested protesters in the capital. " * 10 + "\n") * 12_000  # about 5 MB
    p.write_text(
        json.dumps({"id": "huge", "date": "2019-03-01", "text": huge})
        + "\n"
        + json.dumps({"id": "small", "date": "2019-03-01", "text": "Police arrested protesters."})
        + "\n"
    )
    out = list(read_inputs([p]))
    assert [o.__class__.__name__ for o in out] == ["RecordError", "Article", "Article"]
    assert out[0].level == "warning" and "big.jsonl:1" in str(out[0]) and "chunks" in out[0].message
    assert len(out[1].text) > 5_000_000 and out[2].article_id == "small"


def test_errors_pass_through_in_order_and_the_batch_goes_on(coder):
    items = [
        Article("a", "Turkish troops shelled Kurdish positions.", dt.date(2019, 10, 10)),
        RecordError("in.jsonl:2", "not JSON"),
        Article("b", "Russia and China vetoed the resolution.", dt.date(2019, 10, 11)),
    ]
    out = list(code_articles(items, coder=coder))
    assert [getattr(o, "article", o).__class__.__name__ for o in out] == ["Article", "RecordError", "Article"]
    assert out[0].events and out[2].events


def test_worker_processes_give_the_same_events(coder):
    texts = [
        "Israeli jets struck targets in Syria.",
        "The United Nations urged restraint.",
        "Police detained dozens of protesters in Tehran.",
        "Iraqi forces recaptured the town from Islamic State fighters.",
    ]
    arts = [Article(str(i), t, dt.date(2018, 6, i + 1)) for i, t in enumerate(texts)]
    one = [e.to_dict() for r in code_articles(arts, coder=coder) for e in r.events]
    two = [e.to_dict() for r in code_articles(arts, n_process=2, batch_size=1) for e in r.events]
    assert one == two and one
