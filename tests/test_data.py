"""Every knowledge file loads and names only codes that exist."""

import csv
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from newsevents import DataError
from newsevents.knowledge import Knowledge

DATA = Path(str(resources.files("newsevents") / "data"))


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.load()


def test_all_data_files_load(knowledge):
    assert len(knowledge.countries) >= 195
    assert len(knowledge.named) >= 500
    assert len(knowledge.sectors) >= 150
    assert len(knowledge.verbs) >= 500
    assert len(knowledge.version) == 12
    loaded = set(knowledge.files)
    on_disk = {f"data/{p.parent.name}/{p.name}" for p in DATA.glob("*/*.json*") if p.parent.name != "schemas"}
    assert on_disk == loaded, "a data file exists that the loader does not read"


def test_codes_exist_in_shared_ontology(knowledge, shared):
    with open(shared / "ontology" / "cameo_codes.tsv", encoding="utf-8") as fh:
        shared_codes = {r["code"]: r for r in csv.DictReader(fh, delimiter="\t")}
    for p in knowledge.verbs:
        assert p.cameo in shared_codes, f"{p.file}: {p.cameo}"
    for code in list(knowledge.grammar.intent_codes) + list(knowledge.grammar.intent_codes.values()):
        assert code in shared_codes, code
    # the package's copy of the facts equals the shared table
    for code, c in knowledge.ontology.codes.items():
        assert shared_codes[code]["name"] == c.name and float(shared_codes[code]["goldstein"]) == c.goldstein


def test_package_ontology_is_rebuilt_identically(shared, tmp_path):
    out = DATA / "ontology" / "cameo.tsv"
    before = out.read_bytes()
    subprocess.run(
        [sys.executable, str(Path(__file__).parents[1] / "scripts" / "build_ontology.py"), "--shared", str(shared)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == before


def test_plover_crosswalk(knowledge):
    onto = knowledge.ontology
    assert onto.get("010").plover_event is None
    assert onto.get("0241").plover_event == "REQUEST"
    assert onto.get("1384").plover_event == "THREATEN"
    assert onto.get("190").plover_event == "ASSAULT" and onto.get("190").quad_class == 4
    assert onto.get("192").plover_event == "COERCE" and onto.get("192").plover_mode == "seize"
    assert onto.get("057").quad_class == 1 and onto.get("072").quad_class == 2 and onto.get("112").quad_class == 3


def test_named_and_country_codes_are_consistent(knowledge):
    isos = {c.iso3 for c in knowledge.countries}
    nonstate = set(knowledge.grammar.nonstate_codes)
    for n in knowledge.named:
        assert n.country is None or n.country in isos | nonstate, n.id
    assert {"SYR", "TUR", "RUS", "IRN", "USA", "PSE", "KOS"} <= isos


def _copy_data(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(DATA, dst)
    return dst


def test_bad_line_names_file_and_line(tmp_path):
    data = _copy_data(tmp_path)
    f = data / "actors" / "sectors.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"term": "goatherd", "sector": "GOATS"}')
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"data/actors/sectors.jsonl:3: "):
        Knowledge.load(data)


def test_unknown_cameo_code_is_rejected(tmp_path):
    data = _copy_data(tmp_path)
    f = data / "verbs" / "19_fight.jsonl"
    f.write_text(
        f.read_text(encoding="utf-8")
        + '{"id": "zz.bad", "lemma": "zap", "cameo": "1999", "examples": ["Troops zapped rebels."]}\n',
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"19_fight.jsonl:\d+: unknown CAMEO code '1999'"):
        Knowledge.load(data)


def test_duplicate_pattern_id_is_rejected(tmp_path):
    data = _copy_data(tmp_path)
    first = (data / "verbs" / "01_statements.jsonl").read_text(encoding="utf-8").splitlines()[0]
    f = data / "verbs" / "20_mass_violence.jsonl"
    f.write_text(f.read_text(encoding="utf-8") + first + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="already used"):
        Knowledge.load(data)


def test_broken_rules_file_names_the_file(tmp_path):
    data = _copy_data(tmp_path)
    (data / "rules" / "dates.json").write_text('{"months": {"january": 13}}', encoding="utf-8")
    with pytest.raises(DataError, match=r"data/rules/dates.json: "):
        Knowledge.load(data)
    (data / "rules" / "grammar.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"data/rules/grammar.json:1: not JSON"):
        Knowledge.load(data)
