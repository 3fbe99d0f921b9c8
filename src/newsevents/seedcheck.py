"""The user's example against a careful analyst's coding: each row of expected.md, hit or miss, and why.

`../shared/data/seed/expected.md` codes `2020-01-31-idlib.txt` row by row: an abridged
sentence, source, target, CAMEO codes (alternatives with "or"), the event date and its
precision, the place, the modality and whether the row is a "must" or a "should". A row
is a hit when one event of its sentence has an allowed CAMEO code, every listed source
(country, and sector where one is given), every named target, and, where the row gives
them, the date, the place and the modality. The first check that fails is the reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .models import Event
from .where import normalize, skeleton

_CODE = re.compile(r"\b\d{2,4}\b")
_ACTOR = re.compile(r"\b([A-Z]{3})(?: ([A-Z]{3}))?\b")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2}) \((day|week|month|year|season)")
_COORDS = re.compile(r"(\d+\.\d+) N, (\d+\.\d+) E")
MODALITIES = ("asserted", "negated", "hypothetical", "future")


@dataclass
class Row:
    number: int
    sentence: str
    source: list[tuple[str, str | None]]
    target: list[tuple[str, str | None]]
    codes: list[str]
    date: tuple[dt.date, str] | None  # (date, precision); None: the publication date
    place: tuple[str, str | None, tuple[float, float] | None] | None  # (name, ISO3, (lat, lon)); None: not checked
    modality: str | None
    historical: bool
    bar: str  # must | should
    must: frozenset[str] = frozenset()  # what a "must (source, root 19)" row must get: source, target, code, date


@dataclass
class RowResult:
    row: Row
    hit: bool
    why: str
    event: Event | None = None
    must_hit: bool | None = None  # for a must row: whether the parts its bar demands are right


def parse_expected(path: Path) -> list[Row]:
    """The table rows of expected.md."""
    rows: dict[int, Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 10 or not cells[0].isdigit():
            continue
        n, sentence, source, target, cameo, _plover, when, where, modality, bar = cells
        date: tuple[dt.date, str] | None = None
        if when.startswith("as row"):
            ref = rows.get(int(re.sub(r"\D", "", when)))
            date = ref.date if ref else None
        elif m := _DATE.search(when):
            date = (dt.date.fromisoformat(m[1]), m[2])
        place = None
        if where and where not in ("—", "-") and "or none" not in where:
            parts = [p.strip() for p in re.sub(r"\(.*?\)", "", where).split(",")]
            iso = next((p for p in reversed(parts) if re.fullmatch(r"[A-Z]{3}", p)), None)
            m = _COORDS.search(where)
            place = (parts[0], iso, (float(m[1]), float(m[2])) if m else None)
        rows[int(n)] = Row(
            number=int(n),
            sentence=sentence,
            source=_actors(source),
            target=[] if target.startswith("(") or target in ("—", "-") else _actors(target),
            codes=_CODE.findall(re.sub(r"\((?!or \d)(?!\d)[^)]*\)", "", cameo)),  # '1384 (threaten ...) or 138'
            date=date,
            place=place,
            modality=next((w for w in MODALITIES if modality.startswith(w) or modality.startswith("the threat is " + w)), None),
            historical="historical" in modality and "may stay false" not in modality,
            bar=bar.split()[0],
            must=_must(bar),
        )
    return [rows[k] for k in sorted(rows)]


def _must(bar: str) -> frozenset[str]:
    """The parts of a row its bar demands: 'must (date, actors)' -> {date, source, target}; plain 'must' -> all."""
    if not bar.startswith("must"):
        return frozenset()
    inside = re.search(r"\((.*)\)", bar)
    if not inside:
        return frozenset({"source", "target", "code", "date", "place", "modality"})
    words = inside[1]
    parts = {"code"} if "root" in words else set()
    parts |= {"source"} if "source" in words or "actors" in words else set()
    parts |= {"target"} if "actors" in words else set()
    parts |= {"date"} if "date" in words else set()
    return frozenset(parts)


def _actors(cell: str) -> list[tuple[str, str | None]]:
    cell = re.sub(r"\((?![A-Z]{3}\b).*?\)", "", cell)  # '(the Kremlin)', '(one event each)'
    out = []
    for part in cell.split(";"):
        m = _ACTOR.search(part)
        if m:
            out.append((m[1], m[2]))
    return out


def fragment(sentence: str) -> str:
    """The longest run of words between the ellipses of an abridged sentence."""
    pieces = [p.strip(' .,"“”') for p in re.split(r"\.\.\.|…", sentence)]
    return max(pieces, key=len)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).lower()


def judge(rows: Sequence[Row], events: Sequence[Event], published: dt.date) -> list[RowResult]:
    """Each row, hit or miss and why; a must row also says whether the parts its bar demands are right."""
    out = []
    for row in rows:
        result = _judge(row, events, published)
        if row.must:
            part = dataclasses.replace(
                row,
                source=row.source if "source" in row.must else [],
                target=row.target if "target" in row.must else [],
                codes=[c[:2] for c in row.codes] if "code" in row.must and "date" not in row.must else row.codes,
                date=row.date,
                place=row.place if "place" in row.must else None,
                modality=row.modality if "modality" in row.must else None,
                historical=row.historical and "date" in row.must,
            )
            result.must_hit = _judge(part, events, published, check_date="date" in row.must).hit
        out.append(result)
    return out


def _judge(row: Row, events: Sequence[Event], published: dt.date, check_date: bool = True) -> RowResult:
    frag = _norm(fragment(row.sentence))
    mine = [e for e in events if frag[:60] in _norm(e.sentence)]
    if not mine:
        return RowResult(row, False, "no event in its sentence")
    coded = [e for e in mine if any(e.cameo.startswith(c) for c in row.codes)]
    if not coded:
        found = ", ".join(sorted({e.cameo for e in mine}))
        return RowResult(row, False, f"no event with CAMEO {' or '.join(row.codes)} (found {found})")
    return _best(row, coded, published, check_date)


def _best(row: Row, coded: list[Event], published: dt.date, check_date: bool = True) -> RowResult:
    for country, sector in row.source:
        if not any(e.source.country == country and (sector is None or e.source.sector == sector) for e in coded):
            got = ", ".join(sorted({f"{e.source.country} {e.source.sector}" for e in coded}))
            return RowResult(row, False, f"source {country} {sector or ''} missing (found {got})".replace("  ", " "))
    cands = [e for e in coded if any(e.source.country == c for c, _ in row.source)] or coded
    for country, sector in row.target:
        if not any(e.target and e.target.country == country and (sector is None or e.target.sector == sector) for e in cands):
            got = ", ".join(sorted({f"{e.target.country} {e.target.sector}" if e.target else "none" for e in cands}))
            return RowResult(row, False, f"target {country} {sector or ''} missing (found {got})".replace("  ", " "))
    best, why = None, ""
    for e in cands:
        problem = _detail(row, e, published, check_date)
        if not problem:
            return RowResult(row, True, "hit", e)
        if best is None:
            best, why = e, problem
    return RowResult(row, False, why, best)


def _detail(row: Row, e: Event, published: dt.date, check_date: bool = True) -> str:
    want_date, want_prec = row.date if row.date else (published, None)
    if check_date and (e.date != want_date or (want_prec and e.date_precision != want_prec)):
        return f"date {e.date} ({e.date_precision}), expected {want_date}" + (f" ({want_prec})" if want_prec else "")
    if row.modality and e.modality != row.modality:
        return f"modality {e.modality}, expected {row.modality}"
    if row.historical and not e.historical:
        return "not marked historical"
    if row.place is not None:
        name, iso, coords = row.place
        loc = e.location
        if loc is None:
            return f"no location, expected {name}"
        if iso and loc.country != iso:
            return f"location {loc.name} ({loc.country}), expected {name} ({iso})"
        if coords is not None:
            if _km(loc.lat, loc.lon, *coords) > 10:
                return f"location {loc.name} is {_km(loc.lat, loc.lon, *coords):.0f} km from {name}"
        elif not any(
            skeleton(normalize(w)) in skeleton(normalize(f"{loc.name} {loc.text} {loc.admin1 or ''}"))
            for w in name.split()
            if w[:1].isupper()
        ):
            return f"location {loc.name}, expected {name}"
    return ""


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


__all__ = ["Row", "RowResult", "fragment", "judge", "parse_expected"]
