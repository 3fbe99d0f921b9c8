"""Exports from a real store: GDELT 2.0 event table, PLOVER JSONL, CSV, Parquet by event month."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsevents import Article, Coder, Location
from newsevents.output import CSV_FIELDS
from newsevents.pipeline import CodedArticle, Stats
from newsevents.store import GDELT_COLUMNS, GROUP_COLUMNS, EventQuery, Store, StoreError, export

IDLIB = Location("Idlib", "SYR", "Idlib", "SY.09", 35.93, 36.63, "169389", "city", "Idlib", 0, 5, "sentence")
SYRIA = Location("Syria", "SYR", None, None, 35.0, 38.0, "163843", "country", "Syria", 0, 5, "article")


def _coded(
    coder: Coder, text: str, art_id: str, published: dt.date, place: Location | None = None, source: str | None = None
) -> CodedArticle:
    c = coder.code(Article(art_id, text, published, url=f"https://example.org/{art_id}", source=source))
    return CodedArticle(c.article, [dataclasses.replace(e, location=place) for e in c.events], Stats(articles=1))


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder) -> Path:
    path = tmp_path_factory.mktemp("x") / "x.duckdb"
    items = [
        _coded(coder, "Turkish troops shelled Syrian army positions.", "t1", dt.date(2020, 1, 6), IDLIB, "Agency"),
        # the same shelling reported the next day by the same outlet: one event, two mentions, one source
        _coded(coder, "Turkish troops shelled Syrian army positions.", "t4", dt.date(2020, 1, 7), IDLIB, "Agency"),
        _coded(coder, "Turkish journalists criticized Russia.", "t2", dt.date(2020, 2, 7), SYRIA),
        _coded(
            coder, "The United Nations urged Iran to release the prisoners. Iran said it would reply.", "t3", dt.date(2020, 2, 9)
        ),
    ]
    with Store(path) as store:
        store.ingest(items, data_version="testdata")
    return path


def _export(db: Path, fmt: str, query: EventQuery | None = None) -> str:
    buf = io.StringIO()
    with Store(db, read_only=True) as store:
        export(store, fmt, None, buf, query)
    return buf.getvalue()


def test_gdelt_columns_are_gdelts(shared):
    with open(shared / "ontology" / "gdelt" / "events-columns.csv", encoding="utf-8") as fh:
        names = [r["tableId"] for r in csv.DictReader(fh)]
    assert list(GDELT_COLUMNS) == names


def test_gdelt_rows(db):
    text = _export(db, "gdelt")
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in text.splitlines()]
    with Store(db, read_only=True) as store:
        assert len(rows) == store.count()
    shell = next(r for r in rows if r["Actor1Code"] == "TURMIL" and r["EventRootCode"] == "19")
    assert shell["NumMentions"] == "2" and shell["NumArticles"] == "2" and shell["NumSources"] == "1"
    assert shell["SOURCEURL"].endswith(("/t1", "/t4")) and shell["SQLDATE"] in ("20200106", "20200107")
    assert (
        shell["SQLDATE"] == "20200106"
        or shell["SOURCEURL"].endswith("/t4")
        and shell["MonthYear"] == "202001"
        and shell["Year"] == "2020"
    )
    assert shell["Actor1CountryCode"] == "TUR" and shell["Actor1Type1Code"] == "MIL" and shell["Actor1Code"] == "TURMIL"
    assert shell["Actor2CountryCode"] == "SYR" and shell["Actor1Name"] == "TURKEY"
    assert shell["EventCode"].startswith("19") and shell["EventBaseCode"] == shell["EventCode"][:3]
    assert shell["QuadClass"] == "4" and float(shell["GoldsteinScale"]) < 0
    # action geography in FIPS 10-4 (Syria is SY in both; Turkey would be TU)
    assert shell["ActionGeo_Type"] == "4" and shell["ActionGeo_CountryCode"] == "SY" and shell["ActionGeo_ADM1Code"] == "SY09"
    assert shell["ActionGeo_FullName"] == "Idlib, Idlib, Syria" and shell["ActionGeo_FeatureID"] == "169389"
    assert float(shell["ActionGeo_Lat"]) == pytest.approx(35.93)
    assert shell["Actor1Geo_Type"] == "" and shell["AvgTone"] == "" and len(shell["DATEADDED"]) == 14
    assert int(shell["GLOBALEVENTID"]) > 0
    # PLOVER's JRN is CAMEO's MED
    press = next(r for r in rows if r["SOURCEURL"].endswith("/t2") and r["Actor1CountryCode"] == "TUR")
    assert press["Actor1Type1Code"] == "MED" and press["Actor1Code"] == "TURMED"
    assert press["ActionGeo_Type"] == "1" and press["ActionGeo_ADM1Code"] == "SY" and press["ActionGeo_FullName"] == "Syria"
    un = [r for r in rows if r["SOURCEURL"].endswith("/t3") and r["Actor1KnownGroupCode"] == "UNO"]
    assert un and un[0]["Actor1CountryCode"] == "" and un[0]["Actor1Type1Code"] == "IGO"


def test_plover_records(db):
    recs = [json.loads(line) for line in _export(db, "plover").splitlines()]
    with Store(db, read_only=True) as store:
        with_type = [e for e in store.events() if e.plover.event]
        without = [e for e in store.events() if not e.plover.event]
    assert len(recs) == len(with_type) and without  # CAMEO 01 statements have no PLOVER type: left out
    for r in recs:
        assert {"id", "date", "actor", "event"} <= set(r)  # the manual's required fields
        assert isinstance(r["event"], list) and r["actor"][0]["entity_text"]
        assert r["cite_info"]["version"] == "testdata"
    shell = next(r for r in recs if r["actor"][0]["code"] == "TUR" and r["event"] == ["ASSAULT"])
    assert shell["recipient"][0]["code"] == "SYR" and shell["num_mentions"] == 2 and shell["num_articles"] == 2
    assert shell["quad_code"] == 4 and shell["date"] in ("2020-01-06", "2020-01-07")
    assert shell["event_loc"]["geonameid"] == 169389 and shell["event_loc"]["country_code"] == "SYR"
    assert shell["event_loc"]["resolution"] == 4


def test_csv_carries_the_code_columns(db):
    rows = list(csv.DictReader(io.StringIO(_export(db, "csv", EventQuery(actor="TUR")))))
    assert list(rows[0]) == [*GROUP_COLUMNS, *CSV_FIELDS, "newsevents_version", "data_version"]
    with Store(db, read_only=True) as store:
        assert [r["event_id"] for r in rows] == [e.event_id for e in store.events(EventQuery(actor="TUR"))]
    assert {r["data_version"] for r in rows} == {"testdata"}


def test_parquet_partitioned_by_event_month(db, tmp_path):
    out = tmp_path / "pq"
    with Store(db, read_only=True) as store:
        n = export(store, "parquet", out, io.StringIO())
        assert n == store.count()
        with pytest.raises(StoreError, match="not an empty folder"):
            export(store, "parquet", out, io.StringIO())
    assert sorted(p.name for p in out.iterdir()) == ["event_month=2020-01", "event_month=2020-02"]
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*), count(DISTINCT id) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true)")
    assert got.fetchone() == (n, n)


def test_cli_export_to_a_file(db, tmp_path):
    out = tmp_path / "events.tsv"
    r = subprocess.run(
        [sys.executable, "-m", "newsevents", "export", "--db", str(db), "--format", "gdelt", "--out", str(out), "--actor", "TUR"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    assert f"exported {len(lines)} events" in r.stderr
