"""CAMEO codes, Goldstein values and the CAMEO -> PLOVER crosswalk (data/ontology/cameo.tsv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from .errors import DataError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    pentaclass: int
    plover_event: str | None
    plover_mode: str | None

    @property
    def quad_class(self) -> int:
        """GDELT's quad class: 1 verbal coop (01-05), 2 material coop (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
        return quad_class(self.root)


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


class Ontology:
    """All CAMEO codes the package knows, keyed by code string ("010", "1384")."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self.codes = codes

    @classmethod
    def load(cls) -> Ontology:
        ref = resources.files("newsevents") / "data" / "ontology" / "cameo.tsv"
        codes: dict[str, CameoCode] = {}
        with ref.open(encoding="utf-8") as fh:
            lines = (line for line in fh if not line.startswith("#"))
            for n, rec in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
                try:
                    codes[rec["code"]] = CameoCode(
                        code=rec["code"],
                        root=rec["root"],
                        name=rec["name"],
                        goldstein=float(rec["goldstein"]),
                        pentaclass=int(rec["pentaclass"]),
                        plover_event=rec["plover_event"] or None,
                        plover_mode=rec["plover_mode"] or None,
                    )
                except (KeyError, ValueError) as exc:
                    raise DataError(f"data/ontology/cameo.tsv:{n}: bad row ({exc})") from exc
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise DataError(f"unknown CAMEO code {code!r}") from None
