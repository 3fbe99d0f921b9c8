"""Knowledge as data: load and validate every file under newsevents/data.

Each JSONL line is checked against its JSON Schema in data/schemas; a bad line
raises `DataError` naming the file and line. Cross-file checks (codes exist,
ids unique) run here too, so a broken edit fails at load time, not mid-batch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import jsonschema

from .errors import DataError
from .ontology import Ontology

DATA = resources.files("newsevents") / "data"
NAMED_FILES = ("people", "groups", "organizations", "institutions")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    id: str
    name: str
    country: str | None
    sector: str
    kind: str
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class SectorTerm:
    term: str
    sector: str
    priority: int = 2
    actor: bool = True


@dataclass(frozen=True, slots=True)
class VerbPattern:
    id: str
    lemma: str
    cameo: str
    examples: tuple[str, ...]
    pos: str = "VERB"
    particle: str | None = None
    prep: str | None = None
    object: frozenset[str] | None = None
    modifier: frozenset[str] | None = None
    light: frozenset[str] | None = None
    complement: frozenset[str] | None = None
    predicate: frozenset[str] | None = None
    object_names: bool = False
    doer_prep: str | None = None
    target: str = "auto"
    speech: bool = False
    reciprocal: bool = False
    mutual: bool = False
    note: str | None = None
    file: str = ""

    @property
    def specificity(self) -> int:
        """How many conditions beyond the lemma it demands: the more, the more it is trusted."""
        return sum(
            x is not None
            for x in (self.particle, self.prep, self.object, self.modifier, self.light, self.complement, self.predicate)
        )


@dataclass(frozen=True, slots=True)
class Grammar:
    light_verbs: frozenset[str]
    container_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    modal_auxiliaries: frozenset[str]
    intent_verbs: frozenset[str]
    deliberation_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    requirement_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    obligation_auxiliaries: frozenset[str]
    negating_verbs: frozenset[str]
    place_prepositions: frozenset[str]
    target_prepositions: tuple[str, ...]
    intent_codes: dict[str, str]
    demand_codes: dict[str, str]
    appeal_codes: dict[str, str]
    governed_refinements: dict[str, str]
    refusal_codes: dict[str, str]
    joint_codes: dict[str, str]
    object_kind_codes: dict[str, dict[str, str]]
    peacekeeping_codes: dict[str, str]
    peacekeeping_words: frozenset[str]
    place_target_prepositions: frozenset[str]
    movement_codes: frozenset[str]
    victim_verbs: frozenset[str]
    purpose_roots: frozenset[str]
    nonstate_codes: dict[str, str]
    sectors: dict[str, str]
    located_sectors: frozenset[str] = frozenset()
    purpose_target_verbs: frozenset[str] = frozenset()
    headline_words: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    witness_verbs: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    subject_control_verbs: frozenset[str] = frozenset()
    participation_verbs: dict[str, list[str]] = field(default_factory=dict)
    owner_words: dict[str, list[str]] = field(default_factory=dict)
    loss_verbs: frozenset[str] = frozenset()
    campaign_nouns: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    ills: frozenset[str] = frozenset()
    origin_doers: dict[str, list[str]] = field(default_factory=dict)
    parse_norms: dict[str, str] = field(default_factory=dict)
    title_prepositions: dict[str, list[str]] = field(default_factory=dict)
    monitoring_verbs: frozenset[str] = frozenset()
    receiving_verbs: dict[str, list[str]] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()
    responsibility_words: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    death_nouns: frozenset[str] = frozenset()
    fight_nouns: frozenset[str] = frozenset()
    hazard_nouns: frozenset[str] = frozenset()
    media_outlets: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    enduring_verbs: frozenset[str] = frozenset()
    drawing_verbs: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    policy_nouns: frozenset[str] = frozenset()
    medical_modifiers: frozenset[str] = frozenset()
    depiction_nouns: frozenset[str] = frozenset()
    leisure_nouns: frozenset[str] = frozenset()
    cooperative_light_verbs: frozenset[str] = frozenset()
    showing_verbs: frozenset[str] = frozenset()
    saying_senses: frozenset[str] = frozenset()
    series_nouns: frozenset[str] = frozenset()
    aim_nouns: frozenset[str] = frozenset()
    located_nouns: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    voice_nouns: frozenset[str] = frozenset()
    banner_words: frozenset[str] = frozenset()
    restriction_nouns: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    will_nouns: frozenset[str] = frozenset()
    will_verbs: frozenset[str] = frozenset()
    aid_carriers: frozenset[str] = frozenset()
    backing_verbs: frozenset[str] = frozenset()
    exposure_verbs: frozenset[str] = frozenset()
    one_way_codes: frozenset[str] = frozenset()
    state_place_codes: frozenset[str] = frozenset()
    civil_campaign_words: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    author_codes: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    ordering_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Knowledge:
    """Everything the coder knows, loaded once per process and passed to the stages."""

    ontology: Ontology
    countries: tuple[Country, ...]
    named: tuple[Named, ...]
    sectors: dict[str, SectorTerm]
    verbs: tuple[VerbPattern, ...]
    grammar: Grammar
    dates: dict[str, Any]
    places: tuple[dict[str, Any], ...]
    place_words: dict[str, frozenset[str]]
    place_nouns: dict[str, str]
    version: str
    files: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls, root: Traversable | None = None) -> Knowledge:
        """Load the package's data (or the data folder `root`, laid out the same way)."""
        data = root if root is not None else DATA
        digest = hashlib.sha256()
        files: list[str] = []

        def lines(path: Traversable, schema: str, folder: str) -> list[tuple[str, int, dict[str, Any]]]:
            rel = f"data/{folder}/{path.name}"
            raw = path.read_bytes()
            digest.update(rel.encode() + b"\0" + raw)
            files.append(rel)
            validator = _validator(schema)
            out = []
            for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(f"{rel}:{n}: not JSON ({exc.msg})") from None
                err = jsonschema.exceptions.best_match(validator.iter_errors(rec))
                if err is not None:
                    where = "/".join(str(p) for p in err.absolute_path)
                    raise DataError(f"{rel}:{n}: {err.message}" + (f" (at {where})" if where else ""))
                out.append((rel, n, rec))
            return out

        def document(name: str, schema: str) -> dict[str, Any]:
            """A whole-file JSON document under data/rules/, checked against its schema."""
            rel = f"data/rules/{name}"
            raw = (data / "rules" / name).read_bytes()
            digest.update(rel.encode() + b"\0" + raw)
            files.append(rel)
            try:
                doc = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise DataError(f"{rel}:{exc.lineno}: not JSON ({exc.msg})") from None
            err = jsonschema.exceptions.best_match(_validator(schema).iter_errors(doc))
            if err is not None:
                raise DataError(f"{rel}: {err.message}")
            return doc  # type: ignore[no-any-return]

        ontology = Ontology.load()
        gdict = document("grammar.json", "grammar")
        grammar = Grammar(
            **{k: frozenset(v) for k, v in gdict.items() if isinstance(v, list) and k != "target_prepositions"},
            target_prepositions=tuple(gdict["target_prepositions"]),
            intent_codes=gdict["intent_codes"],
            demand_codes=gdict["demand_codes"],
            appeal_codes=gdict["appeal_codes"],
            governed_refinements=gdict["governed_refinements"],
            refusal_codes=gdict["refusal_codes"],
            joint_codes=gdict["joint_codes"],
            object_kind_codes=gdict.get("object_kind_codes", {}),
            peacekeeping_codes=gdict["peacekeeping_codes"],
            participation_verbs=gdict["participation_verbs"],
            owner_words=gdict["owner_words"],
            receiving_verbs=gdict["receiving_verbs"],
            origin_doers=gdict["origin_doers"],
            parse_norms=gdict.get("parse_norms", {}),
            title_prepositions=gdict.get("title_prepositions", {}),
            nonstate_codes=gdict["nonstate_codes"],
            sectors=gdict["sectors"],
        )
        dates = document("dates.json", "dates")
        place_rules = document("places.json", "places_rules")
        place_nouns: dict[str, str] = place_rules.pop("anaphoric_nouns")
        place_words = {k: frozenset(v) for k, v in place_rules.items()}
        for table in ("intent_codes", "demand_codes", "appeal_codes", "refusal_codes", "joint_codes", "peacekeeping_codes"):
            codes: dict[str, str] = getattr(grammar, table)
            for code in list(codes) + list(codes.values()):
                if code not in ontology:
                    raise DataError(f"data/rules/grammar.json: {table} names unknown CAMEO code {code!r}")
        for code, finer in grammar.object_kind_codes.items():
            for c in (code, *finer.values()):
                if c not in ontology:
                    raise DataError(f"data/rules/grammar.json: object_kind_codes names unknown CAMEO code {c!r}")

        actors = data / "actors"
        countries = tuple(Country(**_tuples(rec)) for _, _, rec in lines(actors / "countries.jsonl", "country", "actors"))
        known_countries = {c.iso3 for c in countries} | set(grammar.nonstate_codes)
        named: list[Named] = []
        seen_ids: dict[str, str] = {}
        for fname in NAMED_FILES:
            for rel, n, rec in lines(actors / f"{fname}.jsonl", "named", "actors"):
                if rec["id"] in seen_ids:
                    raise DataError(f"{rel}:{n}: id {rec['id']!r} already used in {seen_ids[rec['id']]}")
                seen_ids[rec["id"]] = f"{rel}:{n}"
                if rec["country"] is not None and rec["country"] not in known_countries:
                    raise DataError(f"{rel}:{n}: unknown country code {rec['country']!r}")
                if rec["sector"] not in grammar.sectors:
                    raise DataError(f"{rel}:{n}: unknown sector code {rec['sector']!r}")
                named.append(Named(**_tuples(rec)))
        sectors: dict[str, SectorTerm] = {}
        for rel, n, rec in lines(actors / "sectors.jsonl", "sector", "actors"):
            if rec["sector"] not in grammar.sectors:
                raise DataError(f"{rel}:{n}: unknown sector code {rec['sector']!r}")
            if rec["term"] in sectors:
                raise DataError(f"{rel}:{n}: term {rec['term']!r} listed twice")
            sectors[rec["term"]] = SectorTerm(**rec)

        verbs: list[VerbPattern] = []
        verb_ids: dict[str, str] = {}
        for path in sorted((data / "verbs").iterdir(), key=lambda p: p.name):
            if not path.name.endswith(".jsonl"):
                continue
            for rel, n, rec in lines(path, "verb", "verbs"):
                if rec["id"] in verb_ids:
                    raise DataError(f"{rel}:{n}: pattern id {rec['id']!r} already used at {verb_ids[rec['id']]}")
                verb_ids[rec["id"]] = f"{rel}:{n}"
                if rec["cameo"] not in ontology:
                    raise DataError(f"{rel}:{n}: unknown CAMEO code {rec['cameo']!r}")
                kw: dict[str, Any] = dict(rec)
                for key in ("object", "modifier", "light", "complement", "predicate"):
                    if key in kw:
                        kw[key] = frozenset(kw[key])
                kw["examples"] = tuple(kw["examples"])
                verbs.append(VerbPattern(**kw, file=f"{rel}:{n}"))
        places: list[dict[str, Any]] = []
        place_ids: set[str] = set()
        for rel, n, rec in lines(data / "places" / "places.jsonl", "place", "places"):
            if rec["id"] in place_ids:
                raise DataError(f"{rel}:{n}: place id {rec['id']!r} listed twice")
            place_ids.add(rec["id"])
            if rec["country"] not in known_countries:
                raise DataError(f"{rel}:{n}: unknown country code {rec['country']!r}")
            places.append(rec)
        return cls(
            ontology=ontology,
            countries=countries,
            named=tuple(named),
            sectors=sectors,
            verbs=tuple(verbs),
            grammar=grammar,
            dates=dates,
            places=tuple(places),
            place_words=place_words,
            place_nouns=place_nouns,
            version=digest.hexdigest()[:12],
            files=tuple(files),
        )


def _tuples(rec: dict[str, Any]) -> dict[str, Any]:
    """JSON lists become tuples, so the records stay immutable."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in rec.items()}


def _validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((DATA / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)  # type: ignore[no-any-return]
