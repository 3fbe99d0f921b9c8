"""The CLI as a user runs it: a real process, real files, one-line errors, documented commands."""

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def example_jsonl():
    r = run("code", str(EXAMPLES), "--quiet")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_code_examples_jsonl(example_jsonl):
    assert len(example_jsonl) >= 10
    assert len({e["article_id"] for e in example_jsonl}) == len(list(EXAMPLES.glob("*.txt")))
    assert {"event_id", "source", "target", "cameo", "plover", "primary", "rule"} <= set(example_jsonl[0])


def test_formats_carry_the_same_records(example_jsonl):
    r = run("code", str(EXAMPLES), "--format", "csv", "--quiet")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["event_id"] for row in rows] == [e["event_id"] for e in example_jsonl]
    assert rows[0]["source_country"] == (example_jsonl[0]["source"]["country"] or "")
    r = run("code", str(EXAMPLES), "--format", "table", "--quiet")
    assert r.returncode == 0 and "cameo" in r.stdout.splitlines()[0]
    assert len(r.stdout.splitlines()) == len(example_jsonl) + 1


def test_summary_and_errors_on_stderr(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(" date 2020-03-01 Afghan police arrested two suspects in Kabul.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "date": "2020-03-01", "text": "Troops withdrew."}\n{broken\n', encoding="utf-8")
    r = run("code", str(good), str(bad))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert re.search(r"bad.jsonl:2: not JSON", r.stderr)
    assert "2 articles" in r.stderr and "1 errors" in r.stderr
    assert len(r.stdout.splitlines()) >= 2


def test_fatal_error_is_one_line():
    r = run("code", "x.txt", "--published", "someday")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_stdin(tmp_path):
    r = run(
        "code",
        "-",
        "--quiet",
        stdin=json.dumps({"id": "s1", "date": "2021-01-01", "text": "Rebels ambushed a Malian army convoy."}),
    )
    assert r.returncode == 0 and json.loads(r.stdout.splitlines()[0])["article_id"] == "s1"


def test_explain_shows_rule_and_data():
    target = sorted(EXAMPLES.glob("*.txt"))[0]
    r = run("explain", str(target), "--sentence", "0")
    assert r.returncode == 0, r.stderr
    assert "rule:" in r.stdout and "pattern " in r.stdout and "source:" in r.stdout and "data version" in r.stdout


def test_explain_names_what_stood_for_an_unnamed_doer(tmp_path):
    art = tmp_path / "bomb.txt"
    art.write_text("A car bomb killed six people in Aleppo on Monday.", encoding="utf-8")
    r = run("explain", str(art), "--published", "2020-01-31")
    assert r.returncode == 0, r.stderr
    assert "source:  unnamed" in r.stdout and "unnamed actor behind 'A car bomb'" in r.stdout


def test_every_command_is_documented_and_has_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subactions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    commands = list(subactions[0].choices)
    assert commands
    for name in commands:
        assert f"newsevents {name}" in readme, f"README does not document `newsevents {name}`"
        assert subactions[0].choices[name].description, name
        r = run(name, "--help")
        assert r.returncode == 0 and "usage:" in r.stdout
