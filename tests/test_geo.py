"""Geolocation: the gazetteer's names and variants, disambiguation by context, and each event's location."""

from __future__ import annotations

import math

import pytest

from conftest import find
from newsevents import Article, read_inputs
from newsevents.where import Gazetteer, normalize, skeleton


@pytest.fixture(scope="module")
def gaz(coder):
    return coder.gazetteer


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    "variants",
    [
        ("Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat an-Numan", "Ma‘arrat an Nu‘mān", "Maarrat al-Numan"),
        ("Hmeimim", "Khmeimim"),
        ("Deir ez-Zor", "Deir ezzor", "Deir al-Zor", "Deir Ezour", "Deir el-Zour"),
        ("Khan Shaykhun", "Khan Sheikhoun"),
        ("Hasakah", "Hasakeh", "Al-Hasakah"),
        ("Jisr al-Shughur", "Jisr ash-Shughur"),
    ],
)
def test_spelling_variants_find_the_same_place(gaz, variants):
    found = []
    for name in variants:
        cands, _ = gaz.lookup(name)
        assert cands, f"{name!r} not found"
        found.append({(p.admin1_code, round(p.lat), round(p.lon)) for p in cands})
    assert set.intersection(*found), variants


def test_skeleton_is_loose_but_not_empty():
    assert skeleton(normalize("Deir ez-Zor")) == skeleton(normalize("Deir ezzor"))
    assert skeleton(normalize("Paris")) != skeleton(normalize("Perth"))


def test_admin1_names_and_project_places(gaz):
    idlib = gaz.admin1("SY.12")
    assert idlib is not None and idlib.name == "Idlib" and idlib.country == "SYR"
    assert km(idlib.lat, idlib.lon, 35.9, 36.6) < 60
    base = [p for p in gaz.lookup("Hmeimim air base")[0] if p.kind == "site"]
    assert base and base[0].id.startswith("np:") and base[0].admin1 == "Latakia"
    # 'Damascus countryside' is the governorate around the capital, not the capital's own
    assert {p.admin1_code for p in gaz.lookup("Damascus countryside")[0]} == {"SY.08"}


def test_a_name_with_qualifiers_finds_its_country(gaz):
    assert gaz.country_of("Idlib Province") == "SYR"
    assert gaz.country_of("northern Syria") == "SYR"
    assert gaz.country_of("Qwertyuiop") is None


def test_index_opens_from_cache_as_a_new_object(coder, tmp_path):
    again = Gazetteer.load(coder.knowledge)
    assert again.path == coder.gazetteer.path
    assert again.lookup("Aleppo")[0]


def locations(code_text, text):
    return [(e.trigger.text, e.location) for e in code_text(text)]


def test_same_name_resolves_to_the_story_country(code_text):
    # Tripoli: Libya's capital, and a city in Lebanon; the story's actors decide
    [(_, libya)] = [x for x in locations(code_text, "Libyan forces shelled Tripoli on Monday.") if x[1]][:1]
    assert libya.country == "LBY"
    lebanon = [loc for _, loc in locations(code_text, "Lebanese troops raided homes in Tripoli on Monday.") if loc]
    assert lebanon and lebanon[0].country == "LBN"


def test_us_and_non_us_namesakes(code_text):
    # Paris alone is the French capital; with a Texan story around it, the Texan town
    french = [loc for _, loc in locations(code_text, "Protesters clashed with police in Paris on Saturday.") if loc]
    assert french and french[0].country == "FRA"
    texan = [
        loc
        for _, loc in locations(
            code_text, "Texas police arrested two men in Paris, Texas, on Saturday. The Texas governor said Dallas would help."
        )
        if loc
    ]
    assert texan and texan[0].country == "USA"


def test_a_country_name_is_the_country(code_text):
    locs = [loc for _, loc in locations(code_text, "Russian troops attacked villages in Georgia on Monday.") if loc]
    assert locs and locs[0].country == "GEO" and locs[0].precision == "country"


def test_clause_place_beats_sentence_place(code_text):
    events = code_text("Speaking in Ankara, the minister said Turkish jets bombed targets in Afrin.")
    attack = [e for e in events if e.cameo_root in ("18", "19")]
    assert attack and attack[0].location.source == "clause" and "Afrin" in attack[0].location.text


def test_actor_countries_are_not_locations(code_text):
    events = code_text("Turkey condemned Russia on Monday.")
    assert events and all(e.location is None for e in events)


def test_article_fallback_and_none(code_text):
    events = code_text("Fighting raged in Aleppo on Monday. The rebels said they would never surrender.")
    later = [e for e in events if e.sentence_index == 1]
    assert later and later[0].location is not None and later[0].location.source == "article"
    assert all(e.location is None for e in code_text("The rebels said they would never surrender."))


def test_location_offsets_point_at_the_text(code_text):
    text = "Government forces advanced on Maarat al-Numan in Idlib province on Tuesday."
    for e in code_text(text):
        loc = e.location
        assert loc is not None and text[loc.start : loc.end] == loc.text


# --- the user's example: rows 3, 4, 6 and 12 of expected.md ---------------------------------


@pytest.fixture(scope="module")
def seed(coder, shared):
    [article] = list(read_inputs([shared / "data" / "seed" / "2020-01-31-idlib.txt"]))
    return article, coder.code(article).events


def in_sentence(article: Article, events, words):
    start = article.text.index(words)
    return [e for e in events if e.trigger.start >= start and e.trigger.start < start + 400 and e.sentence.startswith(words[:12])]


def test_seed_row3_hmeimim(seed):
    article, events = seed
    attacks = [e for e in events if e.trigger.text == "attacks" and e.target and e.target.country == "RUS"]
    assert attacks
    loc = attacks[0].location
    assert loc.geonameid.startswith("np:") and "Hmeimim" in loc.name and loc.country == "SYR"
    assert km(loc.lat, loc.lon, 35.40, 35.95) < 10


def test_seed_rows_4_and_12_idlib(seed):
    article, events = seed
    advanced = [e for e in events if e.trigger.text == "advanced"]
    assert advanced and advanced[0].location.admin1 == "Idlib" and advanced[0].location.country == "SYR"
    threat = [e for e in events if e.cameo.startswith("138") and "Idlib Province" in e.sentence]
    assert threat and threat[0].location.admin1 == "Idlib" and threat[0].location.source == "clause"


def test_seed_row6_maarat_al_numan(seed):
    article, events = seed
    taken = [e for e in events if e.trigger.text == "taken"]
    assert taken
    loc = taken[0].location
    assert loc.text == "Maarat al-Numan" and loc.admin1 == "Idlib"
    assert km(loc.lat, loc.lon, 35.65, 36.68) < 10


def test_a_place_target_takes_its_country_from_the_story(code_text):
    """A town the gazetteer finds only under a resembling name elsewhere is not that town: 'Al-Quriyah' in
    Deir Ezzor is no town in China; in a Syrian story, Ras Al-Ayn is the Syrian one."""
    [e] = [e for e in code_text("The raids hit the town of Al-Quriyah.") if e.cameo_root == "19"]
    assert e.target.text == "the town of Al-Quriyah" and e.target.country is None
    text = "Syrian rebels fought in Aleppo on Monday. Last month witnessed heavy clashes in the oil-rich city of Ras Al-Ayn."
    [e] = [e for e in code_text(text) if e.target is not None and "Ras Al-Ayn" in e.target.text]
    assert e.target.country == "SYR"
    # a name the geoparser took for no place, whose country the gazetteer only guessed, and no place of the
    # story in that country ('Tiba' is a name of Chiba, Japan)
    [e] = find(code_text("The Syrian army won back the village of al-Tiba in the eastern countryside of Aleppo."), root="19")
    assert e.target.text == "the village of al-Tiba" and e.target.country is None


def test_places_carry_the_country_codes_of_the_actor_dictionary(gaz):
    # GeoNames writes Kosovo XKX; countries.jsonl (and PLOVER) KOS
    assert gaz.country_of("Pristina") == "KOS" and gaz.country("KOS") is not None
