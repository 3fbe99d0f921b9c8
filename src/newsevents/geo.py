"""Where it happened: place mentions, their resolution, and each event's location.

1. `Geoparser.mentions` finds place names in a parsed doc: spaCy's GPE/LOC/FAC
   entities and any capitalised run of words the gazetteer knows (the small model
   calls 'Aleppo' a nationality and 'Maarat al-Numan' a person), accepted when the
   parser or the words around it say it is a place ('in X', 'the city of X',
   'X province', 'northern X').
2. `Geoparser.resolve` picks one place per mention from the article's context: a
   country name is the country; otherwise candidates in the countries the article's
   actors and unambiguous places belong to win, then larger places.
3. `Geoparser.locate` gives an event the place of its own clause ('in/into/near/on X',
   the object of 'took X'), else the most precise place of its sentence, else the
   article's main place. A country named as an actor ('Turkey said', 'Syrian forces',
   the capital in 'Ankara said') is never the event's location.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .knowledge import Knowledge
from .models import Actor, Location
from .nlp import entity_bounds
from .where import PRECISION_RANK, Gazetteer, Place, glued_article

ENTITY_PLACES = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "EVENT", "LAW"})
MAX_WORDS = 7
NO, WEAK, YES = 0, 1, 2
LEAD_SENTENCES = 3  # the headline and the lead that follows it

SMALL_TOWN = 100_000  # a town this small is taken only in a country the story is about
# where a country's name that no place preposition governs stands for the state
ACTOR_ROLES = frozenset(
    # (npadvmod: 'US-backed', 'Britain-based': a state that backs or hosts, no place the event is in)
    {"nsubj", "nsubjpass", "poss", "compound", "appos", "npadvmod", "pobj:by", "pobj:with", "pobj:for", "pobj:against"}
)


def lead_sentences(docs: list[tuple[int, Doc]]) -> list[int]:
    """How many of each doc's sentences are in the article's lead, its first LEAD_SENTENCES (a headline
    cut from its story by a dateline is a doc of its own)."""
    out, left = [], LEAD_SENTENCES
    for _, doc in docs:
        out.append(left)
        left = max(0, left - sum(1 for _ in doc.sents))
    return out


@dataclass(slots=True)
class Mention:
    """A place name in the text and, once resolved, the place it names."""

    start: int  # token span in its doc
    end: int
    text: str
    char_start: int  # character span in the article
    char_end: int
    sentence: int  # token index where its sentence starts
    candidates: list[Place]
    exact: bool
    qualifier: str | None = None  # admin1 | city: 'Idlib province', 'the town of X'
    place: Place | None = None
    score: float = 0.0
    actor: bool = False  # the name stands for an actor (a country or a capital as government)
    governed: bool = False  # a preposition, direction or qualifier makes it a place ('in Syria', 'northern Syria')
    role: str = ""  # the dependency label of its phrase ('nsubj' in 'Ankara said')
    within: frozenset[str] = frozenset()  # admin1 codes or countries named after it ('Paris, Texas')
    weak: bool = False  # only the parser's doubt: kept if the story is set in the place's country
    refers: str | None = None  # 'the town': the kind of place named earlier that it refers to
    lead: bool = False  # in the article's first sentences


@dataclass(slots=True)
class ArticlePlaces:
    """The place mentions of one article, in text order, and the countries its actors belong to."""

    mentions: list[Mention] = field(default_factory=list)
    actor_countries: Counter[str] = field(default_factory=Counter)

    def main(self) -> Mention | None:
        """The article's main place, in the story's country: the place its lead (headline and first
        sentences) names most often, else the place the whole article names most often; a town or
        region before a country."""
        counts: Counter[str] = Counter()
        lead: Counter[str] = Counter()
        countries: Counter[str | None] = Counter()
        first: dict[str, Mention] = {}
        for m in self.mentions:
            if m.place is None or m.actor:
                continue
            counts[m.place.id] += 1
            lead[m.place.id] += m.lead
            countries[m.place.country] += 1
            first.setdefault(m.place.id, m)
        if not counts:
            return None
        # the story's country first (a dateline's 'MOSCOW' or a 'Geneva' talk do not outweigh a dozen Syrian towns)
        home = max(countries, key=lambda c: (countries[c], c or ""))
        ids = [pid for pid in counts if first[pid].place.country == home]  # type: ignore[union-attr]
        best = max(ids, key=lambda pid: (first[pid].place.precision != "country", lead[pid], counts[pid], -first[pid].char_start))  # type: ignore[union-attr]
        return first[best]


class Geoparser:
    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        w = knowledge.place_words
        self.admin1_words = w["admin1_qualifiers"]
        self.city_words = w["city_qualifiers"]
        self.directions = w["directions"]
        self.strong = w["strong_prepositions"]
        self.weak = w["weak_prepositions"]
        self.place_nouns = w["place_nouns"]
        self.particles = w["particles"]
        self.clause_preps = w["clause_prepositions"]
        self.walk_deps = w["walk_dependencies"]
        self.wide_regions = frozenset(w["wide_regions"])
        # words that name actors, not places: known people, groups, organisations
        self.actor_names = frozenset(
            n.lower() for named in knowledge.named if named.kind != "institution" for n in (named.name, *named.aliases)
        )
        self.demonyms = frozenset(a.lower() for c in knowledge.countries for a in (*c.adjectives, *c.demonyms))
        self.capitals = frozenset(cap.lower() for c in knowledge.countries for cap in c.capitals)
        self.place_nouns_kind = knowledge.place_nouns
        # their lower-case forms by hash, and 'there': the only words _noun_places looks at
        hashes = StringStore()  # (a string's hash is the same in every store: the doc's LOWER values)
        self._noun_place_hashes = frozenset(hashes.add(w) for w in (*knowledge.place_nouns, "there"))
        self.adjective_country = {a.lower(): c for c in knowledge.countries for a in c.adjectives}
        self.demonym_country = {d.lower(): c for c in knowledge.countries for d in c.demonyms}

    def is_capital(self, text: str) -> bool:
        """A capital's name, also as a possessive without its apostrophe ('Ankaras decision')."""
        low = text.lower()
        return low in self.capitals or (low.endswith("s") and low[:-1] in self.capitals)

    # --- 1. mentions --------------------------------------------------------------------

    def mentions(self, doc: Doc, offset: int = 0, lead: int | None = None) -> list[Mention]:
        """Place mentions in one doc (character offsets shifted by `offset`); its first `lead` sentences
        are in the article's lead (`lead_sentences` counts them over an article's docs; by default,
        the first LEAD_SENTENCES of a doc at the article's start)."""
        if lead is None:
            lead = LEAD_SENTENCES if offset == 0 else 0
        out: list[Mention] = []
        sent_start = {t.i: s.start for s in doc.sents for t in s}
        # the words the doc writes in lower case, by hash (one array pass, not a string per token)
        marks = doc.to_array([ORTH, IS_LOWER])
        common = set(marks[marks[:, 1] == 1, 0].tolist())
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            starts = _capital(tok) or (  # 'al-Rashideen', written in lower case
                tok.lower_ in self.particles and i + 2 < n and doc[i + 1].text == "-" and _capital(doc[i + 2])
            )
            if not starts or tok.ent_type_ in NOT_PLACES or tok.lower_ in ("the", "a", "an") or tok.lower in common:
                i += 1  # a word the article also writes in lower case is a title-case common noun: 'Hospital'
                continue
            run = self._run(doc, i)
            found = None
            for k in range(run, i, -1):  # the longest name the gazetteer knows
                span = doc[i:k]
                if not (_capital(span[-1]) or glued_article(span[-1].text)):
                    continue
                cands, exact = self.gazetteer.lookup(span.text)
                if not cands and k - i == 1 and len(tok.text) > 4 and tok.text.endswith("s"):
                    cands, exact = self.gazetteer.lookup(tok.text[:-1])  # a possessive without its apostrophe: 'Syrias'
                    exact = False
                if cands:
                    found = (k, cands, exact)
                    break
            if found is None:
                i += 1
                continue
            k, cands, exact = found
            for extra in (2, 1):  # a name that goes on in lower case: 'Hmeimim air base', 'Zaatari camp'
                tail = doc[k : k + extra]
                if len(tail) == extra and all(t.is_lower and t.is_alpha for t in tail) and k + extra <= tok.sent.end:
                    longer, longer_exact = self.gazetteer.lookup(doc[i : k + extra].text)
                    if longer and longer_exact:
                        k, cands, exact = k + extra, longer, True
                        break
            span = doc[i:k]
            if k < run and not self._ends_name(doc, span, k):
                i = run  # the start of a longer name the gazetteer lacks: 'Human Rights Watch', 'Jordan Peterson'
                continue
            verdict = self._accept(span, cands, exact)
            if verdict != NO:
                m = self._mention(span, cands, exact, offset, sent_start[i])
                m.weak = verdict == WEAK
                out.append(m)
                inside = self._container(doc, k)  # 'Paris, Texas': the place it lies in follows a comma
                if inside is not None:
                    end, places = inside
                    m.within = frozenset(p.admin1_code or p.country or "" for p in places)
                    out.append(self._mention(doc[k + 1 : end], places, True, offset, sent_start[i]))
                    k = end
            i = k
        self._contained(doc, out)
        taken = {i for m in out for i in range(m.start, m.end)}
        out.extend(self._noun_places(doc, offset, sent_start, taken))
        out.sort(key=lambda m: m.char_start)
        if lead > 0:  # the lead: the headline and first sentences name where the story happened
            firsts = {s.start for s in list(doc.sents)[:lead]}
            for m in out:
                m.lead = m.sentence in firsts
        return out

    def _contained(self, doc: Doc, found: list[Mention]) -> None:
        """'Tibni in Deir Ezzor province', 'Kilis in southern Turkey': the place lies in the subdivision or country after 'in'."""
        for m, nxt in zip(found, found[1:], strict=False):
            between = [t.lower_ for t in doc[m.end : nxt.start]]
            if between and between[0] in self.city_words:
                between = between[1:]  # 'Minian town in Aleppo'
            if not between or between[0] != "in" or any(w not in self.directions for w in between[1:]) or m.within:
                continue
            if nxt.exact or nxt.qualifier == "admin1":
                wide = [p for p in nxt.candidates if p.kind in ("admin1", "country")]
                if nxt.qualifier == "admin1":
                    wide = wide or [p for p in nxt.candidates if p.admin1_code]
                codes = {p.country if p.kind == "country" else p.admin1_code for p in wide}
                m.within = frozenset(c for c in codes if c)

    def _noun_places(self, doc: Doc, offset: int, sent_start: dict[int, int], taken: set[int]) -> Iterable[Mention]:
        """'a Syrian village' (in Syria), 'the Syrian capital' (Damascus), 'the town' and 'there' (the place named before)."""
        lowers = doc.to_array([LOWER]).tolist()  # (one array pass picks the few words worth a look)
        for tok in (doc[i] for i, low in enumerate(lowers) if low in self._noun_place_hashes):
            if tok.lower_ == "there" and tok.dep_ == "advmod":  # 'were killed there' (not 'there were')
                yield Mention(
                    tok.i, tok.i + 1, tok.text, tok.idx + offset, tok.idx + len(tok) + offset, sent_start[tok.i],
                    [], True, governed=True, role=tok.dep_, refers="any",
                )  # fmt: skip
                continue
            kind = self.place_nouns_kind.get(tok.lower_) if tok.pos_ == "NOUN" else None
            if kind is None or tok.i in taken:
                continue
            kids = list(tok.children)
            if any(k.i in taken or k.pos_ == "PROPN" for k in kids) or any(
                k.dep_ == "prep" and any(g.i in taken for g in k.children) for k in kids
            ):
                continue  # it has its own name: 'the town of Meles', 'Idlib province'
            adj = next((k for k in kids if k.dep_ in ("amod", "compound") and k.lower_ in self.adjective_country), None)
            if kind == "capital" and any(k.dep_ in ("amod", "compound", "nmod", "advmod") and k is not adj for k in kids):
                continue  # 'the de facto Syrian capital', 'the economic capital': not the seat of government
            root = tok
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head
            governed = root.dep_ in ("dobj", "obj") or (root.dep_ == "pobj" and root.head.lower_ in self.clause_preps)
            if adj is not None:
                country = self.adjective_country[adj.lower_]
                place = self.gazetteer.country(country.iso3)
                if kind == "capital":
                    capital = next(
                        (p for cap in country.capitals[:1] for p in self.gazetteer.lookup(cap)[0] if p.kind == "city"), None
                    )
                    place = capital or place
                if place is None:
                    continue
                span = doc[min(adj.i, tok.i) : tok.i + 1]
                yield Mention(
                    tok.i, tok.i + 1, span.text, span.start_char + offset, span.end_char + offset, sent_start[tok.i],
                    [place], True, governed=governed, role=root.dep_,
                )  # fmt: skip
            elif any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in kids) and kind not in (
                "capital",
                "country",
            ):
                det = min(k.i for k in kids if k.dep_ == "det")
                span = doc[det : tok.i + 1]
                yield Mention(
                    tok.i, tok.i + 1, span.text, span.start_char + offset, span.end_char + offset, sent_start[tok.i],
                    [], True, governed=governed, role=root.dep_, refers=kind,
                )  # fmt: skip

    def _is_place(self, span: Span) -> bool:
        """Whether the words are a known place ('Syrias' in 'Syrias Idlib province' is)."""
        text = span.text[:-1] if _possessive(span[-1], self.gazetteer) else span.text
        return bool(self.gazetteer.lookup(text)[0])

    def _ends_name(self, doc: Doc, span: Span, k: int) -> bool:
        """Whether a known name followed by more capitalised words still ends at k.

        It does before a qualifier ('Idlib Province'), another place or an agency's acronym
        ('in Aleppo Syria', 'in Aleppo SANA': headlines without commas), or where the parser's
        place entity ends; it does not in 'Human Rights Watch' or 'Jordan Peterson'.
        """
        nxt = doc[k]
        if nxt.lower_ in self.admin1_words or nxt.lower_ in self.city_words or _is_entity(span):
            return True
        if nxt.is_upper or nxt.ent_type_ in NOT_PLACES:
            return True
        cands, exact = self.gazetteer.lookup(nxt.text)
        return exact and any(c.kind in ("country", "admin1") for c in cands)

    def _container(self, doc: Doc, k: int) -> tuple[int, list[Place]] | None:
        """A subdivision or country named right after a place and a comma, with its end token."""
        if k + 1 >= len(doc) or doc[k].text != "," or not _capital(doc[k + 1]):
            return None
        run = self._run(doc, k + 1)
        for end in range(run, k + 1, -1):
            cands, exact = self.gazetteer.lookup(doc[k + 1 : end].text)
            wide = [p for p in cands if p.kind in ("admin1", "country")]
            if exact and wide:
                return end, wide
        return None

    def _run(self, doc: Doc, i: int) -> int:
        """The end of the capitalised run that starts at i (particles and hyphens inside it allowed)."""
        j, end = i + 1, i + 1
        sent_end = doc[i].sent.end
        while j < min(sent_end, i + MAX_WORDS):
            if _possessive(doc[j - 1], self.gazetteer):
                break  # 'Syrias Idlib province': a possessive written without its apostrophe ends the name
            t = doc[j]
            if (_capital(t) or glued_article(t.text)) and t.ent_type_ not in NOT_PLACES:
                end = j + 1  # 'Deir ezzor': an article glued to the next word, written in lower case
            elif t.text in ("-", "'", "\u2019") or t.lower_ in self.particles:
                if j + 1 >= sent_end or doc[j].whitespace_ and t.lower_ not in self.particles:
                    break
            else:
                break
            j += 1
        return end

    def _accept(self, span: Span, cands: list[Place], exact: bool) -> int:
        """NO, WEAK (a place only if the story is set in its country) or YES."""
        text = span.text.lower()
        if text in self.demonyms or text in self.actor_names or (text.endswith("s") and text[:-1] in self.actor_names):
            return NO
        # 'the Levant' is no town in Maine, and 'Northeast' is none in Pennsylvania
        if text in self.wide_regions or text in self.directions:
            return NO
        labels = {t.ent_type_ for t in span} - {""}
        if span.text.isupper():  # an acronym is a place only when it is a country's ('US', 'UAE')
            return YES if exact and any(c.kind == "country" for c in cands) else NO
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.lower_ in self.directions and span.start >= 2:
            before = doc[span.start - 2]
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:  # 'in Raqqa and Deir Ezzor'
            root = root.head
        strong = (before is not None and (
            before.lower_ in self.strong
            or before.lower_ in self.city_words  # 'the Syrian city Aleppo'
            or before.lower_ in self.admin1_words
            or (before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in self.place_nouns)
        )) or (root.dep_ == "pobj" and root.head.lower_ in self.strong) or (
            root.dep_ == "appos" and root.head.lower_ in self.place_nouns  # 'the group's capital Raqqa'
        )  # fmt: skip
        qualified = any(
            t is not None and (t.lower_ in self.admin1_words or t.lower_ in self.city_words) for t in (after, span[-1])
        )  # 'Idlib province', 'the Hmeimim air base'
        if after is not None and _joined(span[-1], after, self.particles):
            return NO  # the start of a longer name the gazetteer lacks ('Deir' of 'Deir al-Adas')
        if not exact:  # a spelling variant needs the parser, a preposition or a verb to call it a place
            if (labels & ENTITY_PLACES and not labels & {"PERSON", "ORG"}) or strong or qualified:
                return YES
            return WEAK if span.root.dep_ in ("dobj", "obj") or (before is not None and before.lower_ in self.weak) else NO
        whole = _entity_bounds(span)
        if whole is not None and whole[0] < span.start and not self._is_place(doc[whole[0] : span.start]):
            return NO  # the tail of a longer name: 'River' of 'the Euphrates River'
        if labels & ENTITY_PLACES and not labels & {"PERSON", "ORG"}:
            return YES
        # part of a longer person's or organisation's name ('Damascus University', 'Jordan Peterson')
        if labels & {"PERSON", "ORG", "NORP"}:
            if whole is not None and whole[1] > span.end and not qualified:
                return NO
        if strong or qualified:
            return YES
        if exact and any(c.kind == "country" for c in cands):
            return YES
        weak_prep = (before is not None and before.lower_ in self.weak) or (root.dep_ == "pobj" and root.head.lower_ in self.weak)
        if weak_prep or root.dep_ in ("dobj", "obj"):
            return WEAK  # 'raids on Hasakeh', 'attacked Saraqib': a place if the story is set in its country
        return NO

    def _mention(self, span: Span, cands: list[Place], exact: bool, offset: int, sentence: int) -> Mention:
        doc = span.doc
        start, end = span.start, span.end
        qualifier = None
        if end < len(doc) and doc[end].lower_ in self.admin1_words:
            qualifier, end = "admin1", end + 1
        elif end < len(doc) and doc[end].lower_ in self.city_words:
            qualifier = "city"
        if start > 0 and doc[start - 1].lower_ in self.directions:
            start -= 1
        elif start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.place_nouns:
            noun = doc[start - 2].lower_
            if noun in self.admin1_words:
                qualifier = "admin1"
            elif noun in self.city_words or noun in ("cities", "towns", "villages"):
                qualifier = qualifier or "city"
        whole = doc[start:end]
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:  # 'in Syria and Iraq': Iraq is under 'in' too
            root = root.head
        governed = (
            qualifier is not None
            or start < span.start
            or root.dep_ in ("dobj", "obj")
            or (root.dep_ == "pobj" and root.head.lower_ in self.clause_preps)
            or (start > 0 and doc[start - 1].lower_ in self.strong)  # 'in Syria' even where the parse went astray
            or (start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.place_nouns)  # 'east of Damascus'
        )
        return Mention(
            start=span.start,
            end=span.end,
            text=whole.text,
            char_start=whole.start_char + offset,
            char_end=whole.end_char + offset,
            sentence=sentence,
            candidates=cands,
            exact=exact,
            qualifier=qualifier,
            governed=governed,
            role=f"pobj:{root.head.lower_}" if root.dep_ == "pobj" else root.dep_,
        )

    # --- 2. resolution ----------------------------------------------------------------------

    def resolve(self, places: ArticlePlaces) -> None:
        """Choose each mention's place, using the article's countries and unambiguous places."""
        countries: Counter[str] = Counter(places.actor_countries)
        admin1: Counter[str] = Counter()
        for m in places.mentions:  # unambiguous mentions set the scene first
            ids = {c.country for c in m.candidates}
            if m.exact and len(ids) == 1:
                only = next(iter(ids))
                if only:
                    countries[only] += 2
                    if len(m.candidates) == 1 and m.candidates[0].admin1_code:
                        admin1[m.candidates[0].admin1_code] += 1
        total = sum(countries.values()) or 1
        last: list[Mention] = []  # resolved names, for 'the town' to refer back to
        for m in places.mentions:
            if m.refers is not None:
                ante = next((a for a in reversed(last) if _fits(a.place, m.refers)), None)  # type: ignore[arg-type]
                if ante is not None:
                    m.place, m.score = ante.place, round(ante.score * 0.8, 3)
                continue
            scored = [(self._score(m, c, countries, total, admin1), c) for c in m.candidates]
            best_score, best = max(scored, key=lambda sc: (sc[0], -int(sc[1].id.isdigit()), sc[1].id))
            norm = sum(math.exp(s - best_score) for s, _ in scored)
            m.score = round((1.0 / norm) * (1.0 if m.exact else 0.8), 3)
            foreign = not countries[best.country or ""]
            if foreign and (m.weak or not m.exact or (best.kind == "city" and best.population < SMALL_TOWN)):
                continue  # a doubtful name, or a small town, outside the story's countries ('Adra' in a Syrian story)
            if m.within and best.admin1_code not in m.within and best.country not in m.within:
                continue  # 'Tibni in Deir Ezzor province' is no town of that name elsewhere
            if m.qualifier == "admin1" and best.kind == "city":
                best = self.gazetteer.admin1(best.admin1_code) or best
            m.place = best
            # 'Turkey fears', 'Russia's air base', 'backed by Russia', 'Ankara said': a state, not a place
            if not m.governed and (
                (best.kind == "country" and m.role in ACTOR_ROLES)
                or (self.is_capital(m.text) and m.role in ("nsubj", "nsubjpass", "poss", "compound"))
            ):
                m.actor = True
            else:
                last.append(m)
        places.mentions = [m for m in places.mentions if m.refers is None or m.place is not None]

    @staticmethod
    def _score(m: Mention, p: Place, countries: Counter[str], total: int, admin1: Counter[str]) -> float:
        s = 0.8 * math.log10(p.population + 10)
        if p.kind == "country" and m.exact:
            s += 10  # a country's name is the country, never a town that shares it
        if p.kind == "admin1":
            s += 1.5 if m.qualifier == "admin1" else -0.5
        elif p.kind in ("city", "site") and m.qualifier == "city":
            s += 1.5
        if p.kind in ("site", "region"):
            s += 1.0  # the project's own places are there because news names them
        if p.country is not None and countries[p.country]:
            s += 2.0 + 4.0 * countries[p.country] / total
        if p.admin1_code and admin1[p.admin1_code]:
            s += 0.5
        if m.within and (p.admin1_code in m.within or p.country in m.within):
            s += 8.0
        return s

    # --- 3. event locations -----------------------------------------------------------------

    def clause_tokens(self, trigger: Token, anchor: Token, target: Token | None) -> set[int]:
        """Tokens of an event's clause that can name where it happened."""
        seen: set[int] = set()
        todo: list[Token] = []
        for head in dict.fromkeys((trigger, anchor)):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in self.clause_preps:
                    todo.extend(child.children)
                elif child.dep_ in ("dobj", "obj", "npadvmod") or (child.dep_ == "advmod" and child.lower_ == "there"):
                    todo.append(child)
                elif head.pos_ in ("NOUN", "PROPN") and child.dep_ in ("compound", "nmod", "poss"):
                    todo.append(child)  # 'the Aleppo offensive', "Idlib's siege"
        if target is not None:
            todo.append(target)
        while todo:
            tok = todo.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            todo.extend(c for c in tok.children if c.dep_ in self.walk_deps)
        return seen

    def mark_actors(self, places: ArticlePlaces, actors: Iterable[Actor | None]) -> None:
        """Flag names that stand for an event's actor or its home country ('Turkey condemned Russia')."""
        spans = sorted(((a.start, a.end, a) for a in actors if a is not None), key=lambda s: (s[0], s[1]))
        if not spans:
            return
        for m in places.mentions:
            if not m.actor and self._in_actor(m, spans):
                m.actor = True

    def locate(
        self,
        clause: set[int],
        sentence: list[Mention],
        places: ArticlePlaces,
        target: Actor | None = None,
        physical: bool = False,
    ) -> Location | None:
        """The event's location: its clause's place, else its sentence's, else the article's main place.

        A physical act on a country or a capital ('Russia invaded Ukraine', 'forces shelled
        Tripoli') happened there: the target's own name is the clause's place for those acts only.
        """
        usable = [m for m in sentence if m.place is not None and not m.actor]
        mine = [m for m in usable if any(i in clause for i in range(m.start, m.end))]
        if not mine and physical and target is not None:
            mine = [
                m for m in sentence
                if m.place is not None and m.char_start >= target.start and m.char_end <= target.end
            ]  # fmt: skip
        if mine:
            return _location(_most_precise(mine), "clause")
        if usable:
            return _location(_most_precise(usable), "sentence")
        return None

    @staticmethod
    def main_location(places: ArticlePlaces) -> Location | None:
        """The article's main place, for events whose clause and sentence name none (`ArticlePlaces.main`)."""
        main = places.main()
        return _location(main, "article") if main is not None else None

    @staticmethod
    def _in_actor(m: Mention, spans: list[tuple[int, int, Actor]]) -> bool:
        """A name inside an actor's words that stands for the actor or its home country."""
        for start, end, actor in spans:
            if start >= m.char_end:
                break
            if m.char_start < end and start < m.char_end:
                if m.governed and m.role.startswith("pobj"):
                    continue  # 'civilians in Syria': the place the phrase puts them in
                if m.place is not None and m.place.kind == "country":
                    return True
                if actor.sector is not None and m.char_start <= start and m.char_end >= end:
                    return True  # the whole actor is the name: 'Ankara' for the Turkish government
        return False


def _fits(place: Place, refers: str) -> bool:
    """Whether 'the town' (city), 'the province' (admin1), 'the base' (site), 'the area' (any) can be this place."""
    if refers == "any":
        return place.kind != "country"
    return place.precision == refers


def _most_precise(ms: list[Mention]) -> Mention:
    return min(ms, key=lambda m: (PRECISION_RANK[m.place.precision], m.char_start))  # type: ignore[union-attr]


def _location(m: Mention, source: str) -> Location:
    p = m.place
    assert p is not None
    return Location(
        name=p.name,
        country=p.country,
        admin1=p.admin1,
        admin1_code=p.admin1_code,
        lat=p.lat,
        lon=p.lon,
        geonameid=p.id,
        precision=p.precision,
        text=m.text,
        start=m.char_start,
        end=m.char_end,
        source=source,
    )


def _capital(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and (t.isalpha() or "-" in t or "'" in t or "\u2019" in t)


def _joined(last: Token, after: Token, particles: frozenset[str]) -> bool:
    """Whether `after` continues the name that ends with `last` ('al-Adas' after 'Deir')."""
    if after.text in ("-", "'", "\u2019") and not last.whitespace_:
        return True
    return (
        after.lower_ in particles and after.lower_ != "of" and after.i + 1 < len(after.doc) and _capital(after.doc[after.i + 1])
    )


def _possessive(tok: Token, gazetteer: Gazetteer) -> bool:
    """'Syrias' for "Syria's" (texts that lost their apostrophes)."""
    t = tok.text
    return len(t) > 4 and t.endswith("s") and t[0].isupper() and not gazetteer.lookup(t)[0] and gazetteer.lookup(t[:-1])[1]


def _is_entity(span: Span) -> bool:
    """Whether the span is exactly one of the parser's place entities ('Syria' in 'in Syria Monitor AFP')."""
    return (
        span[0].ent_iob_ == "B"
        and span[0].ent_type_ in ENTITY_PLACES
        and (span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I")
    )


def _entity_bounds(span: Span) -> tuple[int, int] | None:
    """The parser's entity that the span's first or last token lies in."""
    return entity_bounds(span.doc, span.start) or entity_bounds(span.doc, span.end - 1)


__all__ = ["ArticlePlaces", "Geoparser", "Mention"]
