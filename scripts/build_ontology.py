"""Compile the package's CAMEO/PLOVER fact table from ../shared/ontology.

The table `src/newsevents/data/ontology/cameo.tsv` holds facts only: each CAMEO
code, its name, its Goldstein value, its Phoenix pentaclass, and its PLOVER
event type, mode and context. It is rebuilt with

    python scripts/build_ontology.py [--shared ../shared]

and checked against ../shared by tests/test_data.py.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsevents" / "data" / "ontology" / "cameo.tsv"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#.*)?$")


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, event, mode, context = m.groups()
        table[code] = (event, (mode or "").strip(), (context or "").strip())
    return table


def plover_for(code: str, crosswalk: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    if code[:2] == "01":
        return ("", "", "")
    for n in range(len(code), 1, -1):
        if code[:n] in crosswalk:
            return crosswalk[code[:n]]  # a code absent from the table takes its parent's
    if code[:2] == "02":
        return ("REQUEST", "", "")
    raise SystemExit(f"no PLOVER mapping for CAMEO {code}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    onto = args.shared / "ontology"
    crosswalk = read_crosswalk(onto / "CAMEO2PLOVER-2021.txt")
    rows = []
    with open(onto / "cameo_codes.tsv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            code = rec["code"]
            event, mode, context = plover_for(code, crosswalk)
            rows.append([code, rec["root"], rec["name"], rec["goldstein"], rec["pentaclass"], event, mode, context])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO codes with Goldstein values and PLOVER types: facts compiled by scripts/build_ontology.py\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "root", "name", "goldstein", "pentaclass", "plover_event", "plover_mode", "plover_context"])
        w.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
