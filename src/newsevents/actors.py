"""Actor recognition and coding: noun phrases to country + sector (+ name).

The dictionaries (data/actors/*.jsonl) are compiled into one spaCy
PhraseMatcher for proper names (countries, capitals, adjectives, demonyms,
known people, groups, organisations, seats of power) and a lemma table of
sector nouns. A phrase is coded from its head and its modifiers: "Turkish
President Recep Tayyip Erdogan" -> TUR GOV (name: Recep Tayyip Erdogan);
"Syrian government forces" -> SYR MIL. Pronouns and repeated surnames take
the code of their antecedent within the article (`ArticleContext`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .knowledge import Knowledge, SectorTerm
from .models import Actor
from .nlp import entity_bounds
from .where import Gazetteer

# the names of days and months, no part of a mention they stand before ('Monday tanks shelled')
DAY_AND_MONTH_NAMES = frozenset([*calendar.day_name, *calendar.month_name[1:]])
# dependency labels that attach a modifier to the noun it describes
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nummod", "npadvmod", "quantmod"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my", "ours"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
SINGULAR_PRONOUNS = frozenset({"it", "its"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
PERSON_KINDS = frozenset({"person"})
LARGE_PLACE = 100_000  # people: a place name the tagger missed is taken only for a large town
# sectors whose members serve the state they are in ('police in Kabul' are Afghan police)
SEATED_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# dictionary entries that name a state: its name, capital, people or adjective
STATE_KINDS = frozenset({"country", "capital", "adjective", "demonym"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched proper name means."""

    kind: str  # country | adjective | demonym | capital | person | group | organization | institution | media
    country: str | None
    sector: str | None
    name: str | None
    source: str  # the data entry, for `explain`


@dataclass(frozen=True, slots=True)
class Coded:
    """An actor plus how it was coded."""

    actor: Actor
    evidence: tuple[str, ...]
    head: int  # token index in the doc
    person: bool = False
    plural: bool = False
    place: bool = False
    resolved: bool = False  # taken from an antecedent (pronoun or earlier mention)
    means: bool = False  # an attack or weapon standing for its unnamed actor ('a car bomb killed six')

    def refer(self, tok: Token, offset: int, why: str) -> Coded:
        """A later mention (`tok`: a pronoun, a surname) that takes this actor's codes."""
        a = self.actor
        start = tok.idx + offset
        return Coded(
            Actor(tok.text, start, start + len(tok), a.country, a.sector, a.name),
            (why,),
            tok.i,
            person=self.person,
            plural=self.plural,
            resolved=True,
        )


@dataclass
class ArticleContext:
    """Who has been mentioned so far in one article, for pronouns and surnames."""

    offset: int = 0  # character offset of the current chunk in the article
    persons: dict[str, Coded] = field(default_factory=dict)
    last_person: Coded | None = None
    last_plural: Coded | None = None
    last_singular: Coded | None = None
    # the latest mention with a country, by its head noun: 'the US-led coalition' ... 'the coalition'
    by_head: dict[str, Coded] = field(default_factory=dict)

    def remember(self, coded: Coded, doc: Doc) -> None:
        if coded.resolved or coded.place:
            return
        head = doc[coded.head]
        if head.pos_ == "NOUN" and coded.actor.country is not None and coded.actor.sector is not None and not coded.means:
            self.by_head[head.lemma_.lower()] = coded
        if coded.person:
            self.last_person = coded
            if head.pos_ == "PROPN":
                self.persons[head.text] = coded
        elif coded.plural:
            self.last_plural = coded
        else:
            self.last_singular = coded


class DocNames:
    """Matched proper names of one doc: token index -> (span, entry)."""

    def __init__(self, by_token: dict[int, tuple[Span, Entry]]) -> None:
        self.by_token = by_token

    def get(self, i: int) -> tuple[Span, Entry] | None:
        return self.by_token.get(i)


class ActorCoder:
    def __init__(self, nlp: Language, knowledge: Knowledge, places: Gazetteer | None = None) -> None:
        self.knowledge = knowledge
        self.grammar = knowledge.grammar
        self._places = places
        self.things = self.grammar.occasion_nouns | self.grammar.utterance_nouns
        self.memo: dict[tuple[int, bool, int], Coded | None] | None = None  # set per sentence by the Coder
        self.entries: dict[str, Entry] = {}
        for c in knowledge.countries:
            src = f"countries.jsonl:{c.iso3}"
            for text in (c.name, *c.aliases):
                self._add(text, Entry("country", c.iso3, None, None, src), possessive=True)
            for text in c.capitals:
                self._add(text, Entry("capital", c.iso3, "GOV", None, src), possessive=True)
            for text in c.demonyms:
                self._add(text, Entry("demonym", c.iso3, None, None, src))
            for text in c.adjectives:  # an adjective that is also a demonym stays an adjective
                self._add(text, Entry("adjective", c.iso3, None, None, src), replace=True)
        for n in knowledge.named:
            entry = Entry(n.kind, n.country, n.sector, n.name, f"{n.kind}:{n.id}")
            for text in (n.name, *n.aliases):
                self._add(text, entry, possessive=True, replace=True)
        self.place_qualifiers = frozenset(
            knowledge.place_words["city_qualifiers"]
            | knowledge.place_words["admin1_qualifiers"]
            | knowledge.place_words["place_nouns"]
        )
        # words for a part of a state, not a site in it ('a Russian base' is the Russian military's)
        self.state_parts = frozenset(knowledge.place_words["admin1_qualifiers"] | knowledge.place_words["place_nouns"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        texts = sorted(self.entries)
        self.matcher.add("ACTOR", [nlp.make_doc(t) for t in texts])
        # sector terms by their last token, longest first ("riot police" before "police"), as the
        # tokenizer splits them ("pro-government militia" is five tokens, "asylum-seeker" three)
        by_last: dict[str, list[tuple[tuple[str, ...], SectorTerm]]] = {}
        for term in knowledge.sectors.values():
            toks = tuple(t.lower_ for t in nlp.make_doc(term.term))
            by_last.setdefault(toks[-1], []).append((toks[:-1], term))
        self.terms_by_last = {k: sorted(v, key=lambda e: -len(e[0])) for k, v in by_last.items()}

    def _add(self, text: str, entry: Entry, *, possessive: bool = False, replace: bool = False) -> None:
        if replace or text not in self.entries:
            self.entries[text] = entry
        # the Arabic article as sources write it: 'Jaish al-Fatah', 'Jeish Al Fatah', 'Jaish Al-Fatah'
        if _ARTICLE.search(text):
            for style in ("al-", "Al-", "al ", "Al "):
                variant = _ARTICLE.sub(r"\g<1>" + style, text)
                if variant not in self.entries:
                    self._add(variant, entry, possessive=possessive)
        # FA-KES and other sources strip apostrophes: "Assads forces", "Syrias army" (not for a name that is
        # also a common noun, whose plural is no possessive: 'rocket shells' are no Shell)
        common = text.lower() in self.grammar.instrument_nouns or text.lower() in self.knowledge.sectors
        if possessive and not common and not text.endswith("s") and text + "s" not in self.entries:
            self.entries[text + "s"] = entry
        # ... inside names too: "Peoples Protection Units", "Kurdistan Workers Party"
        bare = text.replace("'s ", "s ").replace("’s ", "s ")
        if bare != text and bare not in self.entries:
            self.entries[bare] = entry

    @property
    def places(self) -> Gazetteer:
        if self._places is None:
            self._places = Gazetteer.load(self.knowledge)
        return self._places

    def names(self, doc: Doc) -> DocNames:
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        by_token: dict[int, tuple[Span, Entry]] = {}
        for span in spans:
            entry = self.entries.get(span.text)
            if entry is None:
                continue
            if entry.kind in ("country", "capital") and _inside_person(span):
                continue  # 'Actor Denzel Washington': a person's surname, not the US capital
            for tok in span:
                by_token[tok.i] = (span, entry)
        return DocNames(by_token)

    # --- coding one noun phrase -------------------------------------------------

    def code(
        self,
        head: Token,
        names: DocNames,
        ctx: ArticleContext,
        *,
        speaker: Coded | None = None,
        allow_place: bool = False,
    ) -> Coded | None:
        """Code the phrase headed by `head`, or None if it names no actor.

        While `memo` is a dict (one sentence's coding, see Coder), a phrase coded once is not coded again: its
        codes depend on the article context, which does not change within the sentence."""
        memo = self.memo
        if memo is None or speaker is not None or head.pos_ == "PRON" or head.lower_ in RELATIVE_PRONOUNS:
            return self._code(head, names, ctx, speaker=speaker, allow_place=allow_place)
        key = (head.i, allow_place, ctx.offset)
        if key not in memo:
            memo[key] = self._code(head, names, ctx, allow_place=allow_place)
        return memo[key]

    def _code(
        self,
        head: Token,
        names: DocNames,
        ctx: ArticleContext,
        *,
        speaker: Coded | None = None,
        allow_place: bool = False,
    ) -> Coded | None:
        lower = head.lower_
        if (head.pos_ == "PRON" and lower not in QUANTIFIERS) or lower in RELATIVE_PRONOUNS:
            return self._pronoun(head, names, ctx, speaker)
        if head.pos_ == "NOUN" and names.get(head.i) is None:
            named = next(
                (
                    c
                    for c in head.children
                    # (not a headline's speaker after a colon: 'Assad regime responsible for attack: EU's Mogherini')
                    if c.dep_ == "appos" and names.get(c.i) is not None and not any(t.text == ":" for t in head.doc[head.i : c.i])
                ),
                None,
            )
            if named is not None:  # 'the group al-Nusra Front': the name says who
                coded = self.code(named, names, ctx, speaker=speaker, allow_place=allow_place)
                if coded is None or coded.place or head.doc[named.left_edge.i - 1].text != ",":
                    return coded
                # 'the Palestinian president, Mahmoud Abbas': the mention as written is title and name
                words = [t for t in phrase(head) if t.tag_ != "PRP$"]
                articles = [c.i for c in head.children if c.dep_ == "det" and c.lower_ in ("the", "a", "an")]
                return written_over(coded, head.doc[min([t.i for t in words] + articles) : head.i + 1], ctx.offset)
        province_state = allow_place and self._province_state(head)  # 'Borno State', its name checked already
        # ("Rwanda's Southern Province": a part of a state written as a name)
        state_part = head.pos_ == "PROPN" and head.lower_ in self.state_parts and names.get(head.i) is None
        if allow_place and (
            (head.pos_ == "NOUN" and head.lemma_.lower() in self.place_qualifiers) or province_state or state_part
        ):
            named_place = of_object(head)  # 'the Kurdish town of Kobani': where Kobani is
            if named_place is None:
                # 'Deir Ezzor province', 'Daraa city': the name before the qualifier, where it is a known name or
                # a province or large city (a small one is found in other countries too: 'Bab Touma neighborhood')
                # (or the name read as an adjective: 'Aleppo province')
                named_place = next((c for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"), None)
                if named_place is not None and not (
                    province_state or names.get(named_place.i) or self._large_place(named_place, spelled_as=False)
                ):
                    named_place = None
            where = self.code(named_place, names, ctx, allow_place=True) if named_place is not None else None
            place_name = names.get(named_place.i) if named_place is not None else None
            if where is not None and not where.place and place_name is not None and place_name[1].kind in ("country", "capital"):
                # 'northern parts of South Sudan': the country named as a place, not its government
                where = replace(where, actor=replace(where.actor, sector=None), place=True)
            if where is None and of_object(head) is None and head.lemma_.lower() in self.state_parts:
                where = self._place_in_state(head, names, ctx)
            if where is not None and where.place:
                # the whole phrase: 'the rebel-held enclave of eastern Ghouta', 'parts of the western city of Ahmedabad'
                words = phrase(head)
                first = next(t for t in head.subtree if not (t.is_punct or t.is_space))
                return written_over(where, head.doc[min(words[0].i, first.i) : words[-1].i + 1], ctx.offset)
        quantity = head.pos_ == "NUM" or lower in QUANTIFIERS  # 'three of its fighters', 'some of the rebels'
        if (head.lemma_.lower() in self.grammar.container_nouns and names.get(head.i) is None) or quantity:
            inner = of_object(head, ("of", "from"))  # 'a unit from the Syrian army'
            if inner is not None and (not quantity or inner.pos_ in ("NOUN", "PROPN")):  # "dozens of people"
                coded = self.code(inner, names, ctx, speaker=speaker, allow_place=allow_place)
                if coded is None or coded.place:
                    return coded
                # the mention as written, count and all: 'dozens of civilians', 'some of the U.N. peacekeepers',
                # 'an alliance of rebels and Islamist fighters', 'a unit of the army'
                first_i = min(t.i for t in head.subtree if t.i <= head.i and not (t.is_punct or t.is_space))
                return written_over(coded, head.doc[first_i : head.i + 1], ctx.offset)
        tokens = phrase(head)
        told = _reporter_end(tokens, head, names) if tokens[0].i >= 2 and tokens[0].i < head.i else 0
        if told:
            # 'According to the Observatory regime forces killed ...': the reporter whose comma was lost is no
            # part of the actor
            tokens = [t for t in tokens if t.i >= told]
        if head.lemma_.lower() in self.grammar.voice_nouns:
            # 'a spokesman for the Taliban': whom one speaks for, as 'of' says
            tokens = sorted(
                [*tokens, *(t for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree)],
                key=lambda t: t.i,
            )
        of_part = {
            t.i
            for t in tokens
            if t.i > head.i and any(a.lower_ in ("of", "from", "for") and a.head.i == head.i for a in t.ancestors)
        }
        evidence: list[str] = []
        country: str | None = None
        sector: str | None = None
        name: str | None = None
        person = False
        place = False
        hit = names.get(head.i)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # 'in Somalia, Ethiopia and Kenya': each of them is under 'in'
        under_place_prep = (first.dep_ == "pobj" and first.head.lower_ in self.grammar.place_prepositions) or head.dep_ == "pcomp"
        # the head itself is a proper name
        if hit is not None:
            span, entry = hit
            evidence.append(f"{entry.source} ({span.text!r})")
            if entry.kind in ("country", "capital"):
                country = entry.country
                if under_place_prep or head.dep_ == "npadvmod":
                    if not allow_place:
                        return None
                    place = True
                else:
                    sector = "GOV"
            elif entry.kind == "demonym":
                country = entry.country
            elif entry.kind == "adjective":
                country = entry.country  # "the Syrians" tagged as adjective by the model
            else:
                country, sector, name = entry.country, entry.sector, entry.name
                person = entry.kind in PERSON_KINDS
        elif head.text in ctx.persons and head.text[:1].isupper():
            prior = ctx.persons[head.text]
            return prior.refer(head, ctx.offset, f"earlier mention {prior.actor.text!r}")
        # modifiers: names (countries, groups) and sector words
        best_prio = 0
        if sector is None:
            term = self._sector_term(head, tokens)
            if term is not None:
                sector, best_prio = term[0], term[1]
                evidence.append(term[2])
        mod_country: tuple[int, str, str] | None = None  # (distance, iso3, evidence)
        collective = head.lemma_.lower() in self.grammar.collective_nouns  # 'rebel groups': the adjective says who
        for tok in tokens:
            if tok.i == head.i:
                continue
            h2 = names.get(tok.i)
            if h2 is not None and h2[0].start <= head.i < h2[0].end:
                continue
            if against(tok):
                continue  # 'an anti-Houthi coalition' is not the Houthis'
            if h2 is not None:
                span, entry = h2
                if entry.country is not None and country is None:
                    dist = abs(head.i - tok.i)
                    named_rank = 0 if entry.kind not in ("country", "adjective", "demonym", "capital") else 1
                    key = (named_rank * 100 + dist, entry.country, f"{entry.source} ({span.text!r})")
                    if mod_country is None or key < mod_country:
                        mod_country = key
                if entry.sector is not None and entry.kind not in ("country", "capital", "adjective", "demonym"):
                    if sector is None or (2 > best_prio and hit is None):
                        sector, best_prio = entry.sector, 2
                        evidence.append(f"{entry.source} ({span.text!r})")
                    if name is None and entry.kind in ("group", "organization", "institution", "media"):
                        name = entry.name  # "Taliban fighters": members of a known group
                    if tok.i in of_part and entry.kind in ("group", "organization", "media") and hit is None:
                        # 'the president of the Syrian Coalition', 'the head of the Free Syrian Army': an office
                        # in a named body is of that body, whatever the title's own sector
                        sector, best_prio = entry.sector, 9
                        evidence.append(f"{entry.source} ({span.text!r}): the body the office is in")
                continue
            if tok.i in of_part:
                # "the president of Syria": the 'of' part tells the country, not the sector; unless the words from
                # the head are one sector term ('Members of Parliament')
                term = self._sector_term(tok, tokens, reaching=head.i) if sector is None else None
                if term is not None:
                    sector, best_prio = term[0], term[1]
                    evidence.append(term[2])
                continue
            if tok.dep_ == "amod" and tok.pos_ == "ADJ" and hit is None and sector is None and not collective:
                continue  # 'humanitarian aid', 'terrorist attacks': an adjective makes no actor of a thing
            if hit is None and head.lemma_.lower() in self.things:
                continue  # 'said at a press conference': a sector word before an occasion or a statement is no actor
            if hit is None or hit[1].kind in ("demonym", "adjective"):
                term = self._sector_term(tok, tokens)
                # (a modifier that names no one makes no actor: 'coalition strikes', 'source material')
                if term is not None and term[1] > best_prio and term[0] != "UNK":
                    sector, best_prio = term[0], term[1]
                    evidence.append(term[2])
        if country is None and mod_country is not None:
            country = mod_country[1]
            evidence.append(mod_country[2])
        if country is None and sector is None and hit is None and head.lemma_.lower() in OWN_STATE_NOUNS:
            # 'Putin said his country will not lift the ban': the state of whom the possessive pronoun refers to
            owned = self._owner_state(head, names, ctx, speaker)
            if owned is not None:
                if under_place_prep and not allow_place:
                    return None  # ('attacks in his country': where, not who)
                country, poss, owner = owned
                sector, place = (None, True) if under_place_prep else ("GOV", False)
                evidence.append(f"{poss.text!r} {head.text!r} -> {owner.actor.text!r} ({country})")
        if country is None and sector is not None:
            # 'Russia ordered its troops to ...': the owner a possessive pronoun refers to
            owned = self._owner_state(head, names, ctx, speaker)
            if owned is not None:
                country, poss, owner = owned
                evidence.append(f"{poss.text!r} -> {owner.actor.text!r} ({country})")
        if country is None and sector is not None:
            # 'forces loyal to President Bashar al-Assad', 'militias loyal to the government': the leader's state
            # (not 'loyal to Iran': a proxy is no state organ)
            loyal = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "loyal"), None)
            to = of_object(loyal, ("to",)) if loyal is not None else None
            hit_to = names.get(to.i) if to is not None else None
            state = hit_to is not None and hit_to[1].kind in ("country", "capital")
            leader = self.code(to, names, ctx) if to is not None and not state else None
            if leader is not None and leader.actor.country and (leader.person or leader.actor.sector == "GOV"):
                country = leader.actor.country
                evidence.append(f"loyal to {leader.actor.text!r} ({country})")
        if country is None and sector is not None and sector not in ("UNK", "CVL", "BUS"):
            # 'authorities in the U.S.', 'police in Kabul': officials serve the state they are in; and armed or
            # organised groups are of the country they are in ('militants in Iraq', 'opposition parties in Kenya'),
            # not people or firms a gift is for ('help people in Somalia': the country is the recipient)
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                seat = names.get(pobj.i) if pobj is not None else None
                if seat is not None and seat[1].kind in ("country", "capital"):
                    country = seat[1].country
                    why = "the state they serve in" if sector in SEATED_SECTORS else "the country they are in"
                    evidence.append(f"{seat[1].source} ({seat[0].text!r}): {why}")
                    break
                # (a province or a large city only: a small town's name is found in other countries too)
                if seat is None and pobj is not None and pobj.pos_ == "PROPN" and self._large_place(pobj, spelled_as=False):
                    found = self.places.country_of(entity_text(pobj))
                    if found is not None:
                        country = found
                        evidence.append(f"gazetteer ({entity_text(pobj)!r} in {found}): the country they are in")
                        break
        if country is None and head.pos_ == "NOUN" and hit is None:
            # 'the coalition', 'the army' with no word of their own but the article: the latest such mention
            # that named a country ('the US-led coalition', 'the Syrian army')
            bare = all(c.dep_ in ("det", "punct") and c.lower_ in ("the", "-", ",") for c in head.children)
            like = ctx.by_head.get(head.lemma_.lower()) if bare and any(c.lower_ == "the" for c in head.children) else None
            if like is not None and (sector in (None, "UNK") or like.actor.sector == sector):
                country, sector, name = like.actor.country, like.actor.sector, like.actor.name
                evidence.append(f"earlier mention {like.actor.text!r}")
        if country is None and sector is None and name is None and head.pos_ == "PROPN":
            # 'Francesco Rocca, the president of the Red Cross': a name the dictionaries lack, described by its title
            title = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN"), None)
            described = self.code(title, names, ctx) if title is not None else None
            if described is not None and not described.place and (described.actor.country or described.actor.sector):
                country, sector, name = described.actor.country, described.actor.sector, described.actor.name
                evidence.append(f"{entity_text(head)!r} described as {described.actor.text!r}")
        if country is None and sector is None and name is None:
            if (
                allow_place
                and head.pos_ == "PROPN"
                # (not a date: 'On October 6' is no city in Egypt)
                and (
                    head.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON", "ORG")
                    or (head.ent_type_ not in ("DATE", "TIME") and self._large_place(head))
                )
                # (nor a word written with 'the' that names a small place somewhere: 'the House' is no village in
                # Belgium; 'the Gambia', 'the Hague' are large places)
                and not (
                    entity_text(head) == head.text
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                    and not self._large_place(head)
                )
            ):
                found = self.places.country_of(entity_text(head))
                if found is not None:
                    country, place = found, True
                    evidence.append(f"gazetteer ({entity_text(head)!r} in {found})")
            if country is None:
                # a capitalised name the parser gave no kind, as a clause's subject or object, that is no place
                # ('Papandreou agreed to resign'): a person or body the dictionaries lack
                untyped = (
                    head.pos_ == "PROPN"
                    and not head.ent_type_
                    and head.dep_ in ("nsubj", "dobj", "nsubjpass")
                    and head.is_title
                    and self.places.country_of(entity_text(head)) is None
                )
                # (a company's name is no place: 'an investigation into AMC Entertainment Holdings Inc.')
                company = entity_text(head).split()[-1].rstrip(".,") in COMPANY_SUFFIXES
                person_named = next(
                    (c for c in head.children if c.dep_ == "appos" and c.i == head.i + 2 and c.ent_type_ == "PERSON"),
                    None,
                )
                if head.pos_ == "NOUN" and person_named is not None and not under_place_prep:
                    # 'the jornalist Moussa Tchangari': a title the dictionaries lack (misspelt, or an occupation
                    # of no sector) before a person's name, who is the actor, with the title as written
                    coded = self.code(person_named, names, ctx, speaker=speaker)
                    if coded is not None and not coded.place:
                        dets = [c.i for c in head.children if c.dep_ == "det" and c.lower_ in MENTION_DETERMINERS]
                        return written_over(coded, head.doc[min([phrase(head)[0].i, *dets]) : head.i + 1], ctx.offset)
                if (under_place_prep and head.ent_type_ != "PERSON" and not company) or not (_named_entity(head) or untyped):
                    return None  # a person is no place: 'granted asylum to Julian Assange'
                if head.is_upper and head.lower_ in self.grammar.banner_words:
                    return None  # 'URGENT 19 Killed ...': a banner, no acronym
                # a person or organisation the dictionaries lack ('Pete Wilson', 'ICE'): an actor all the
                # same, with no country or sector, so that its act is coded and shown with its words
                kind = head.ent_type_.lower() or ("name" if untyped else "acronym")
                evidence.append(f"unidentified {kind} {entity_text(head)!r}: not in the actor dictionaries")
                person = head.ent_type_ == "PERSON"
        if not person and (hit is None or hit[1].kind in PERSON_KINDS):  # 'the Houthis' is a group, tagged PERSON or not
            person = head.ent_type_ == "PERSON" or (
                head.tag_ in ("NN", "NNP") and sector is not None and head.lemma_.lower() in PERSON_NOUNS
            )
        start_tok = min(t.i for t in tokens)
        end_tok = max(t.i for t in tokens) + 1
        while start_tok < head.i and (head.doc[start_tok].dep_ in ("det", "punct", "case") or head.doc[start_tok].is_space):
            start_tok += 1
        # the mention as written includes its article ("the Chinese government", "a Turkish court")
        # (and a count's determiner: 'all Pakistani newspapers', 'both ministers', 'some 74 political leaders')
        article_words = [
            c.i
            for c in head.children
            if c.dep_ in ("det", "predet")
            and c.lower_ in MENTION_DETERMINERS
            and c.i < start_tok
            and not (c.lower_ == "both" and head.conjuncts)  # ('fighting both the regime and IS': a coordination)
        ]
        if article_words:
            start_tok = min(article_words)
        within = {t.i for t in tokens}
        before = head.doc[start_tok - 1] if start_tok > 0 else None
        if before is not None and before.dep_ == "det" and before.lower_ in ("the", "a", "an") and before.head.i in within:
            start_tok -= 1  # and the article of a word before the head: 'the UN's findings', 'The UK Prime Minister'
        # the words as written also take in 'Iranian-backed' (not coded: the backer is not the actor)
        backed = [t.left_edge.i for t in head.children if t.dep_ == "amod" and t.tag_ in ("VBN", "VBG") and t.i < head.i]
        if backed:
            start_tok = min(start_tok, *backed)
        doc = head.doc
        while start_tok < head.i and doc[start_tok].is_space:
            start_tok += 1
        if hit is not None:  # the whole name, whatever the parse hung on its head ('Doctors Without Borders')
            start_tok, end_tok = min(start_tok, hit[0].start), max(end_tok, hit[0].end)
        if end_tok + 2 < len(doc) and doc[end_tok].text == "(" and doc[end_tok + 2].text == ")" and doc[end_tok + 1].is_upper:
            end_tok += 3  # 'the Ogaden National Liberation Front (ONLF)': the acronym it is known by
        # (a person is not qualified by a place: 'met President Trump in Washington'; nor is a thing a country
        # owns: 'US strategy in Afghanistan')
        end_tok = mention_end(
            head,
            end_tok,
            qualified=not person and sector is not None and head.pos_ in ("NOUN", "PROPN"),
            titles=self.grammar.title_prepositions,
        )
        span = doc[start_tok:end_tok]
        actor = Actor(
            span.text,
            span.start_char + ctx.offset,
            span.end_char + ctx.offset,
            country,
            None if place else sector,
            name,
        )
        plural = head.tag_ in ("NNS", "NNPS") or bool(head.conjuncts)
        return Coded(actor, tuple(evidence), head.i, person=person, plural=plural, place=place)

    def _place_in_state(self, head: Token, names: DocNames, ctx: ArticleContext) -> Coded | None:
        """ "Saudi Arabia's Asir region", 'all Libyan territories', 'Bosnian Serb territory': a part of a state
        the gazetteer lacks, in the state its possessive or adjective names (a place of that state's)."""
        for c in head.children:
            hit = names.get(c.i) if c.dep_ in ("poss", "amod", "compound") else None
            if hit is None or hit[1].kind not in STATE_KINDS or hit[1].country is None:
                continue
            start = head.idx + ctx.offset
            actor = Actor(head.text, start, start + len(head), hit[1].country, None, None)
            why = f"{hit[1].source} ({hit[0].text!r}): a part of the state it names"
            return Coded(actor, (why,), head.i, place=True)
        return None

    def _province_state(self, head: Token) -> bool:
        """'Rakhine State', 'Borno State': a province named with the word State, no government."""
        if head.text != "State":
            return False
        name = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if not name:
            return False
        cands, exact = self.places.lookup(" ".join(t.text for t in name))
        return exact and any(p.kind == "admin1" for p in cands)

    def _large_place(self, head: Token, *, spelled_as: bool = True) -> bool:
        """A name the tagger left unlabelled or mislabelled that is a province or a city of 100,000 or more
        ('bombardment of rebel-held eastern Aleppo', with 'Aleppo' read as a language); without `spelled_as`,
        also a province the gazetteer finds under another transliteration ('Deir Ezzor' for Deir ez-Zor; a
        city so found is too often another one: 'al-Baath' is not Bath)."""
        text = entity_text(head)
        name, _, last = text.rpartition(" ")
        if name and last.lower() in self.place_qualifiers:
            text = name  # ('Hama' tagged with its qualifier: 'Hama province')
        cands, exact = self.places.lookup(text)
        if exact:
            return any(p.kind in ("country", "admin1") or p.population >= LARGE_PLACE for p in cands)
        return not spelled_as and any(p.kind in ("country", "admin1") for p in cands)

    def split_coordinated(self, coded: Coded, head: Token, names: DocNames, offset: int = 0) -> list[Coded]:
        """'Indian and Chinese officials' -> one actor per country adjective; 'the armies of Brazil and
        Argentina', 'troops from Russia and Belarus' -> one per country, each after the first written as
        its country's name."""
        if coded.actor.country is not None and coded.head == head.i:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is None or not pobj.conjuncts or _country_named(names, pobj) is None:
                    continue
                countries = [_country_named(names, conj) for conj in pobj.conjuncts]
                if None in countries:
                    return [coded]
                more = []
                for conj, country in zip(pobj.conjuncts, countries, strict=True):
                    words = head.doc[conj.left_edge.i : conj.i + 1]
                    actor = replace(
                        coded.actor,
                        text=words.text,
                        start=words.start_char + offset,
                        end=words.end_char + offset,
                        country=country,
                    )
                    why = f"{words.text!r} named beside {pobj.text!r}: {coded.actor.text!r} of each"
                    more.append(replace(coded, actor=actor, head=conj.i, evidence=(*coded.evidence, why)))
                return [coded, *more]
        for child in head.children:
            if child.dep_ != "amod" or not child.conjuncts:
                continue
            countries = []
            for adj in (child, *child.conjuncts):
                hit = names.get(adj.i)
                if hit is None or hit[1].kind not in ("adjective", "country", "demonym"):
                    return [coded]
                countries.append(hit[1].country)
            if len(set(countries)) > 1:
                return [replace(coded, actor=replace(coded.actor, country=c)) for c in dict.fromkeys(countries)]
        return [coded]

    def named_before(self, pron: Token, names: DocNames, ctx: ArticleContext) -> Coded | None:
        """The subject earlier in the sentence a possessive 'its' or 'their' refers to, or None."""
        if pron.lower_ not in ("its", "their"):
            return None
        return self._subject_before(pron, names, ctx, plural=pron.lower_ == "their")

    def _subject_before(
        self, pron: Token, names: DocNames, ctx: ArticleContext, *, plural: bool, person: bool = False
    ) -> Coded | None:
        """The nearest earlier subject in the same sentence that 'it' or 'they' can refer to
        ("Ankara will not allow threats, even if it meant ..."), or with `person`, 'he' or 'she'."""
        sent = pron.sent
        for tok in reversed(sent[: pron.i - sent.start]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or tok in pron.ancestors:
                continue  # not the pronoun's own phrase ('dozens of them'): coding it would ask for the pronoun again
            coded = self.code(tok, names, ctx)
            if coded is not None and coded.person == person and coded.plural == plural:
                return coded
        return None

    def _sector_term(self, tok: Token, tokens: list[Token], reaching: int | None = None) -> tuple[str, int, str] | None:
        """The sector word ending at `tok`, trying the longest multi-word term first; with `reaching`, only
        a term that starts at or before that token ('Members of Parliament' from its head)."""
        doc = tok.doc
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        entries = self.terms_by_last.get(lemma) or self.terms_by_last.get(lower) or self.terms_by_last.get(_singular(lower))
        if not entries:
            return None
        if tok.tag_ in ("VBN", "VBD") and lower not in self.terms_by_last:
            return None  # a participle is no noun of its lemma: 'a suspected chemical attack' names no suspect
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "of":
            return None  # 'state-of-the-art ventilators': a word of a hyphenated phrase, no sector
        in_phrase = {t.i for t in tokens}
        for before, term in entries:  # longest first
            if reaching is not None and tok.i - len(before) > reaching:
                continue
            if before:
                first = tok.i - len(before)
                if first < 0 or not all(i in in_phrase or doc[i].is_punct for i in range(first, tok.i)):
                    continue
                # the tokens before the last as written or as lemmas ('rights group': 'rights' is no 'right')
                written = doc[first : tok.i]
                if before not in (
                    tuple(t.lower_ for t in written),
                    tuple(t.lemma_.lower() for t in written),
                    tuple(_singular(t.lower_) for t in written),  # ('Members of Parliament': a name's lemma is as written)
                ):
                    continue
            if term.actor:
                return term.sector, term.priority + term.term.count(" "), f"sectors.jsonl:{term.term}->{term.sector}"
        return None

    def _owner_state(
        self, head: Token, names: DocNames, ctx: ArticleContext, speaker: Coded | None
    ) -> tuple[str, Token, Coded] | None:
        """The country of whom a possessive pronoun on the head refers to ('its troops', 'his country'), with
        the pronoun and its antecedent; None where there is no such pronoun or its antecedent has no country."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        owner = self._pronoun(poss, names, ctx, speaker) if poss is not None else None
        if poss is None or owner is None or owner.actor.country is None:
            return None
        return owner.actor.country, poss, owner

    def _object_antecedent(self, head: Token, names: DocNames, ctx: ArticleContext) -> Coded | None:
        """Whom 'him' or 'her' refers to in its own sentence: the nearest person named before it who is not
        the subject of its verb ('Trump called President Erdogan and urged him to exercise caution')."""
        verb = head.head if head.dep_ != "pobj" else head.head.head
        # (the subject's own words: a person inside a clause on it may be meant, as parsed in 'Trump called
        # President Erdogan ... and urged him' with 'called' a clause on Trump)
        subjects = {
            t.i for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in phrase(c)
        }
        for tok in reversed(head.doc[head.sent.start : head.i]):
            if tok.ent_type_ != "PERSON" or tok.i in subjects or tok.dep_ in ("compound", "poss"):
                continue
            coded = self.code(tok, names, ctx)
            if coded is not None and coded.person:
                return coded
        return None

    def _pronoun(self, head: Token, names: DocNames, ctx: ArticleContext, speaker: Coded | None) -> Coded | None:
        lower = head.lower_
        prior: Coded | None
        if lower in RELATIVE_PRONOUNS:
            clause = head.head
            if clause.dep_ not in ("relcl", "acl") or clause.head.i == head.i:
                return None
            return self.code(clause.head, names, ctx)
        if lower in FIRST_PERSON:
            prior = speaker
        elif lower in PERSON_PRONOUNS:
            # 'Assad said his army would retake Aleppo': in reported speech, the speaker
            prior = speaker if speaker is not None and speaker.person else None
            if prior is None and lower in ("he", "she") and head.dep_ in ("nsubj", "nsubjpass"):
                # 'the gunman opened fire before he was killed': a person subject earlier in the sentence
                prior = self._subject_before(head, names, ctx, plural=False, person=True)
            if prior is None and lower in ("him", "her") and head.dep_ in ("dobj", "dative", "pobj"):
                prior = self._object_antecedent(head, names, ctx)
            prior = prior or ctx.last_person
        elif lower in PLURAL_PRONOUNS or lower in SINGULAR_PRONOUNS:
            plural = lower in PLURAL_PRONOUNS
            before = self._subject_before(head, names, ctx, plural=plural)
            if before is not None and head.dep_ in ("nsubj", "nsubjpass"):
                # 'The Sri Lankan government has made it clear it will not lift the ban': the subject named
                # earlier in the sentence, as written
                return replace(
                    before, evidence=(*before.evidence, f"pronoun {head.text!r} -> {before.actor.text!r}"), resolved=True
                )
            prior = before or (ctx.last_plural if plural else ctx.last_singular)
        else:
            return None
        if prior is None:
            return None
        return prior.refer(head, ctx.offset, f"pronoun {head.text!r} -> {prior.actor.text!r}")


# words for a part of a group: 'some of the rebels' are rebels
_ARTICLE = re.compile(r"(^|\s)[Aa]l[- ](?=[A-Z])")
QUANTIFIERS = frozenset("some many most all several none few both each either neither".split())
# words of a date or time that may stand before or after a mention's head ('this month', 'late Sunday')
TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "morning", "evening", "night", "weekend", "today"})
# determiners written as part of a mention
MENTION_DETERMINERS = frozenset({"the", "a", "an", "all", "both", "some", "each", "every"})
# the last word of a company's name
COMPANY_SUFFIXES = frozenset("Inc Corp Corporation Ltd LLC Plc PLC AG SA GmbH Holdings Co Group Company".split())

# nouns for a state, whose owner names it: 'his country', 'our nation'
OWN_STATE_NOUNS = frozenset({"country", "nation"})
# nouns for one person holding a role: a later "he" can refer to them
PERSON_NOUNS = frozenset(
    "president minister premier king queen emir prince sultan leader spokesman spokeswoman spokesperson "
    "ambassador envoy diplomat commander general chief official governor mayor senator lawmaker "
    "secretary chancellor officer soldier judge prosecutor cleric activist journalist "
    "gunman attacker assailant bomber sniper".split()
)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _country_named(names: DocNames, tok: Token) -> str | None:
    """The country the token names, if it is a country's name."""
    hit = names.get(tok.i)
    return hit[1].country if hit is not None and hit[1].kind == "country" else None


def written_over(coded: Coded, words: Span, offset: int) -> Coded:
    """The mention widened to take in `words` as the text writes them ('an alliance of rebels', 'the
    Palestinian president, Mahmoud Abbas'); its codes stay those of the words it was coded from."""
    a = coded.actor
    start, end = min(a.start, words.start_char + offset), max(a.end, words.end_char + offset)
    if (start, end) == (a.start, a.end):
        return coded
    # (the words between as a span, not a slice of doc.text, which joins the whole doc on each call)
    between = words.doc.char_span(start - offset, end - offset, alignment_mode="expand")
    text = between.text if between is not None else words.doc.text[start - offset : end - offset]
    return replace(coded, actor=replace(a, text=text, start=start, end=end))


def against(tok: Token) -> bool:
    """A modifier written with 'anti-' before it ('anti-government protests', 'an anti-Houthi coalition'):
    whom the thing is against, not whose it is."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def of_object(tok: Token, preps: tuple[str, ...] = ("of",)) -> Token | None:
    """The object of the word's 'of' ('dozens of people' -> people), if any."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# verbs whose 'of' says what their object is charged with or stripped of, not who the object is
CHARGING_VERBS = frozenset(
    {"accuse", "convict", "acquit", "suspect", "clear", "absolve", "rob", "strip", "deprive", "warn", "inform", "notify"}
)


def _charged_with(prep: Token) -> bool:
    """'convicted Blankenship of misdemeanor conspiracy': the 'of' says what the object is charged with."""
    obj = prep.head
    return prep.lower_ == "of" and obj.dep_ == "dobj" and obj.head.lemma_.lower() in CHARGING_VERBS


def _inside_person(span: Span) -> bool:
    """Whether the words are part of a longer person's name the parser found ('Denzel Washington'), read
    from the tokens' entity tags (not doc.ents, built anew on each call)."""
    doc = span.doc
    if any(t.ent_type_ != "PERSON" for t in span):
        return False
    before = span[0].ent_iob_ == "I"  # the name began before these words
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].ent_type_ == "PERSON"
    return before or after


def phrase(head: Token) -> list[Token]:
    """The head and the modifiers that describe it (not relative clauses or conjuncts)."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in MODIFIER_DEPS:
                if child.dep_ == "amod" and child.tag_ in ("VBN", "VBG"):
                    # "Iranian-backed militias": the backer is not the militia; but a name the parse hung on the
                    # participle with no hyphen between is the head's ('Syrias embattled regime', its apostrophe lost)
                    out.extend(
                        g
                        for g in child.children
                        if g.dep_ in ("npadvmod", "poss") and g.i < child.i and g.pos_ == "PROPN" and g.nbor().text != "-"
                    )
                    continue
                if child.dep_ in ("compound", "npadvmod") and child.i < tok.i and child.text in DAY_AND_MONTH_NAMES:
                    continue  # 'Monday tanks shelled ...', 'In July Human Rights Watch accused': the day is no part of it
                if child.i < tok.i and child.lower_ in ("earlier", "later"):
                    continue  # 'Hours earlier Maduro expelled ...': when, not who
                if tok.i == head.i and _when(child):
                    # 'On 17 July 2017 Russia's Supreme Court rejected', 'U.S. military airstrikes this month': when
                    continue
                if child.dep_ == "amod" and child.i > tok.i:
                    continue  # 'government forces loyal to Assad', 'the militant groups active in Syria': a clause, cut
                out.append(child)
                stack.append(child)
            elif child.dep_ == "advmod" and child.i < tok.i and (tok.dep_ in ("nummod", "quantmod", "advmod") or tok.like_num):
                out.append(child)  # 'at least eight people', 'nearly 70 countries': the count as written
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "from") and tok.i == head.i and not _charged_with(child):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend([child, pobj])
                        stack.append(pobj)
    return sorted(out, key=lambda t: t.i)


def _reporter_end(tokens: list[Token], head: Token, names: DocNames) -> int:
    """Where a news outlet or monitor named first in a phrase right after 'according to' ends, when more of
    the phrase follows it before its head ('According to SANA al-Nusra militants'), else 0."""
    doc = head.doc
    first = tokens[0]
    while first.dep_ == "det" and first.i < head.i:
        first = doc[first.i + 1]
    to = doc[first.i - 1] if first.i >= 1 else first
    if to.dep_ == "det" and to.i >= 1:
        to = doc[to.i - 1]  # ('According to the Observatory regime forces')
    if to.lower_ != "to" or to.i < 1 or doc[to.i - 1].lower_ != "according":
        return 0
    hit = names.get(first.i)
    if (
        hit is None
        or not (hit[1].kind == "media" or hit[1].country == "NGO")
        or hit[0].end > head.i
        or head.i in range(hit[0].start, hit[0].end)
    ):
        return 0
    return hit[0].end


def _when(tok: Token) -> bool:
    """A date or time before a mention's head: '17 July 2017', 'this month', 'late Sunday' (not the count in
    'On Tuesday 11 people', tagged a date with its day)."""
    if tok.ent_type_ not in ("DATE", "TIME") or tok.dep_ not in ("nummod", "npadvmod", "compound"):
        return False
    words = list(tok.subtree)
    return any(t.text in DAY_AND_MONTH_NAMES or t.lemma_.lower() in TIME_UNITS for t in words) and not (
        tok.like_num and tok.dep_ == "nummod" and not any(t.text in DAY_AND_MONTH_NAMES for t in tok.subtree if t.i != tok.i)
    )


def mention_end(head: Token, end: int, *, qualified: bool = True, titles: dict[str, list[str]] | None = None) -> int:
    """Where a mention as written ends: it runs on over an appositive that pairs a title with a name
    ('Francesco Rocca, the president of the Red Cross', 'the Palestinian president, Mahmoud Abbas') and
    over the place or body that qualifies it ('the U.S. Embassy in Athens', 'militants in South Waziristan',
    'workers at the Cerro Verde mine in Peru'). Only the words: the actor is coded from its head."""
    doc = head.doc
    child = next((c for c in sorted(head.children, key=lambda t: t.i) if c.i >= end and c.dep_ != "punct"), None)
    if child is None:
        return end
    if (
        child.dep_ == "appos"
        and child.left_edge.i == end
        and not doc[end].is_punct
        and (
            (child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON")
            or (child.ent_type_ == "ORG" and child.pos_ == "PROPN" and head.pos_ == "NOUN" and not head.ent_type_)
        )
    ):
        # a title and the name after it, with no comma: 'the current President Nicolas Maduro', 'the Russian
        # space organization Glavkosmos'
        return mention_end(child, phrase(child)[-1].i + 1)
    if child.dep_ == "appos" and child.left_edge.i == end + 1 and doc[end].text == ",":
        # a person and a title, one naming the other (not 'Haifa, Israel's third largest city')
        kinds = {head.ent_type_, child.ent_type_}
        pair = (head.ent_type_ == "PERSON") != (child.ent_type_ == "PERSON") and not kinds & {"GPE", "LOC", "NORP"}
        listed = any(c.dep_ in ("conj", "cc") for c in child.children)
        words = phrase(child)
        after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
        if pair and not listed and (after is None or after.lower_ not in ("and", "or")):
            return mention_end(child, words[-1].i + 1)
    elif titles and child.dep_ == "prep" and child.i == end and child.lower_ in titles.get(head.lemma_.lower(), ()):
        # 'Saudi Arabia's ambassador to the United Kingdom', 'a spokesman for the Taliban'
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is not None:
            # and on over the name that follows: 'a spokesman for the Taliban, Qari Yussouf Ahmadi'
            return mention_end(head, max(t.i for t in phrase(pobj)) + 1, qualified=False, titles=titles)
    elif qualified and child.dep_ == "prep" and child.lower_ in ("in", "at") and child.i == end:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is not None and (pobj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in phrase(pobj))):
            return mention_end(pobj, max(t.i for t in phrase(pobj)) + 1)
    return end


def _named_entity(tok: Token) -> bool:
    """A proper name the parser calls a person or an organisation, or an acronym ('ICE', 'ONLF')."""
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG"):
        return True
    if tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
        return True  # 'the Kurds', 'the Alawites': a people named, with no state of its own to code it by
    return tok.pos_ in ("PROPN", "NOUN") and len(tok) >= 2 and tok.is_alpha and tok.is_upper and not tok.ent_type_


def entity_text(tok: Token) -> str:
    """The named-entity span around a token, or the compound phrase, as text."""
    bounds = entity_bounds(tok.doc, tok.i)
    if bounds is not None:
        return tok.doc[bounds[0] : bounds[1]].text
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].head.i in range(left, tok.i + 1):
        left -= 1
    return tok.doc[left : tok.i + 1].text
