import datetime as dt
import io
import json

import pytest

from newsevents import Article, Columns, InputError, RecordError, read_inputs


def read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_date_header_same_line_and_next_line(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(" date 2020-01-31 The army attacked.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("date 2019-12-01\nRebels withdrew.\n", encoding="utf-8")
    [ra], [rb] = read(a), read(b)
    assert ra.article_id == "a.txt" and ra.published == dt.date(2020, 1, 31) and ra.text == "The army attacked."
    assert rb.published == dt.date(2019, 12, 1) and rb.text.startswith("Rebels")


def test_text_without_header_needs_published(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Police arrested three men in the city on Monday.", encoding="utf-8")
    [err] = read(p)
    assert isinstance(err, RecordError) and "plain.txt" in str(err) and "--published" in str(err)
    [art] = read(p, published="2021-05-04")
    assert isinstance(art, Article) and art.published == dt.date(2021, 5, 4)


def test_jsonl_ids_dates_and_broken_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "x1", "date": "2020-02-03", "text": "Turkey said it would respond.", "title": "T"}),
        "{not json",
        json.dumps({"date": "4/5/2018", "text": "Rebels shelled the town and the police arrested them."}),
        json.dumps({"id": "x3", "date": "2020-02-03", "text": ""}),
        json.dumps({"id": "x4", "text": "Protesters gathered in the square."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read(p)
    assert [type(o).__name__ for o in out] == ["Article", "RecordError", "Article", "RecordError", "RecordError"]
    assert out[0].article_id == "x1" and out[0].title == "T"
    assert out[2].article_id == "in.jsonl:3" and out[2].published == dt.date(2018, 4, 5)
    assert "in.jsonl:2" in str(out[1]) and "not JSON" in str(out[1])
    assert "no text" in str(out[3]) and "no date" in str(out[4])


def test_csv_column_mapping(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('unit_id,article_content,date\n7,"Troops attacked the rebels in the north.",3/15/2017\n', encoding="utf-8")
    [err] = read(p)
    assert isinstance(err, RecordError) and "--text-col" in str(err)
    [art] = read(p, columns=Columns(text="article_content", id="unit_id"))
    assert art.article_id == "7" and art.published == dt.date(2017, 3, 15)


def test_directory_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(" date 2020-01-01 Rebels attacked the army base.", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "j", "date": "2020-01-02", "text": "Iran met Iraq for talks."}) + "\n")
    (tmp_path / "notes.md").write_text("ignored")
    ids = sorted(a.article_id for a in read(tmp_path))
    assert ids == ["j", "one.txt"]
    data = json.dumps({"id": "s", "date": "2020-01-02", "text": "Russia condemned the strike."}).encode()
    [art] = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert art.article_id == "s"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b" date 2020-01-01 caf\xe9 attack\xff", "not UTF-8"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    [err] = read(p)
    assert isinstance(err, RecordError) and message in err.message and "bad.txt" in err.origin
    assert "\n" not in str(err)


def test_non_english_is_skipped_with_a_warning(tmp_path):
    p = tmp_path / "de.txt"
    p.write_text(
        " date 2020-01-01 Die Regierung hat am Montag neue Maßnahmen gegen die Rebellen im Norden des Landes "
        "angekündigt, sagte ein Sprecher des Ministeriums in Berlin.",
        encoding="utf-8",
    )
    [warn] = read(p)
    assert isinstance(warn, RecordError) and warn.level == "warning" and "English" in warn.message


def test_missing_file_and_bad_published():
    [err] = read("/nonexistent/x.txt")
    assert isinstance(err, RecordError) and "no such file" in err.message
    with pytest.raises(InputError):
        read("/nonexistent/x.txt", published="yesterday")
