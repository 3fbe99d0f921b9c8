"""The orchestrator: long articles, worker processes, bad records in a batch."""

import datetime as dt

from newsevents import Article, RecordError, code_articles
from newsevents.nlp import chunks, without_datelines


def test_chunks_cover_the_text_in_order():
    text = ("Para one. " * 50 + "\n\n") * 40
    pieces = list(chunks(text, limit=1200))
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == text
    for off, piece in pieces:
        assert text[off : off + len(piece)] == piece and len(piece) <= 1200


def test_datelines_are_left_out():
    for text, kept in [
        ("Published October 4 2014 At least 35 militants were killed.", "At least 35 militants were killed."),
        ("05-09-2013 Damascus car bomb kills four.", "Damascus car bomb kills four."),
        ("Friday 10 July 2015 19:14 ISIS displaces locals.", "ISIS displaces locals."),
        ("01.10.2017Get short URL 4016 At least 12 civilians died.", "At least 12 civilians died."),
        ("MOSCOW (Sputnik) Six people were killed.", "Six people were killed."),
        ("BEIRUT, Lebanon (AP) \u2014 Syrian troops advanced.", "Syrian troops advanced."),
        ("DAMASCUS -- Syrian troops advanced.", "Syrian troops advanced."),
    ]:
        [(start, end)] = without_datelines(text)
        assert text[start:end] == kept
    # a wire credit after the headline ends it
    text = "Air raids kill 11 civilians Monitor AFP Friday 15 Jul 2016 At least 11 civilians died."
    assert [text[a:b] for a, b in without_datelines(text)] == ["Air raids kill 11 civilians", "At least 11 civilians died."]
    # a place and its agency inside the text, after a lead or a headline
    text = "Six people died in Damascus. MOSCOW (Sputnik) Six people were killed. DEIR EZ-ZOR (Syria) (Sputnik) Troops shelled."
    assert [text[a:b] for a, b in without_datelines(text)] == [
        "Six people died in Damascus.",
        "Six people were killed.",
        "Troops shelled.",
    ]
    # a page's share widget inside the text, with its counts
    text = "Coalition strike kills eight civilians in Tabqa (updated 1935 30.04.2017) Get short URL 0 3214 An airstrike killed eight."
    assert [text[a:b] for a, b in without_datelines(text)][-1] == "An airstrike killed eight."
    # a scraped page's keyword list, up to the next story's lead where a word that opens a sentence follows it
    text = "The war goes on. Tags Syria Islamic State murder video Palmyra The Islamic State group released a video."
    assert [text[a:b] for a, b in without_datelines(text)] == ["The war goes on.", "The Islamic State group released a video."]
    text = "Rebels advanced. Tags Syria Idlib al-Nusra Syrian rebels launched an offensive."
    assert [text[a:b] for a, b in without_datelines(text)] == [
        "Rebels advanced.",
        "Syria Idlib al-Nusra Syrian rebels launched an offensive.",
    ]
    # dates that are the article's words stay
    for text in (
        "On 4 October 2014 the army attacked.",
        "In 2014 Reuters reported the attack.",
        "Reuters said on 4 May 2015 ...",
        "UN (and other) agencies said ...",
        "ISIL Kills 5 Syrians in Deir Ezzor.",
    ):
        assert without_datelines(text) == [(0, len(text))]
    assert without_datelines("") == [] and without_datelines("Published 4 May 2015") == []


def test_a_dateline_does_not_run_into_the_headline(code_text):
    text = "Date of publication 19 September 2016 Airstrikes killed at least 22 civilians in Aleppo on Monday."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo.startswith("19") and e.target.text.startswith(("at least 22 civilians", "22 civilians"))
    assert e.source.start >= text.index("Airstrikes")


def test_acronyms_the_model_reads_as_words_are_parsed_as_names(coder, code_text):
    # 'IS' read as the verb 'is' took the sentence's verb away; its parse norm makes it a name
    assert coder.nlp.pipe_names[0] == "newsevents_norms"
    text = "The Observatory says the fighting between Kurdish-led Syrian Democratic Forces and IS members left 11 dead."
    doc = coder.nlp(text)
    [tok] = [t for t in doc if t.text == "IS"]
    assert tok.pos_ in ("PROPN", "NOUN") and tok.text == "IS" and doc.text == text
    assert any(e.cameo == "190" and e.trigger.text == "fighting" for e in code_text(text))
    events = code_text("Near the border a US-backed alliance of Kurdish and Arab fighters has been encircling IS in Manbij.")
    [e] = [e for e in events if e.primary]
    assert e.target is not None and e.target.text == "IS" and e.target.country == "IMG"
    # the word 'is' in lower case stays a verb
    assert [t.pos_ for t in coder.nlp("The town is under siege.") if t.text == "is"] == ["AUX"]


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


def test_airstrikes_are_read_as_a_noun(coder):
    """The small model reads 'airstrikes' as a verb in 'killed in Assad regime airstrikes targeting a camp'
    (parse_norms): read as a noun, the strikes' doer is the killing's."""
    text = "At least 6 civilians were killed in Assad regime airstrikes targeting a refugee camp in Idlib province."
    doc = coder.nlp(text)
    assert [t.pos_ for t in doc if t.lower_ == "airstrikes"] == ["NOUN"]
    [e] = [e for e in coder.code(Article("t", text, dt.date(2017, 5, 1))).events if e.primary]
    assert (e.source.country, e.source.sector) == ("SYR", "GOV")
