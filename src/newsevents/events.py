"""Event extraction: verb patterns applied to the parse of one sentence.

For each token, the patterns indexed by its lemma are tried; the most
specific one whose frame matches (particle, preposition, object, modifier,
governed clause) wins. Source and target come from the syntax: subject and
object, passive agent, prepositional target, light verbs ("launched an
offensive"), nominal events ("militant attacks on government forces").
Negated acts are dropped; acts under a modal or an intent verb become the
threat or intent the grammar table names ("may launch an operation" -> 1384).
A plain statement (010) stands only when its reported clause carries no act.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .actors import (
    DAY_AND_MONTH_NAMES,
    MODIFIER_DEPS,
    QUANTIFIERS,
    STATE_KINDS,
    ActorCoder,
    ArticleContext,
    Coded,
    DocNames,
    against,
    entity_text,
    of_object,
    written_over,
)
from .knowledge import Grammar, Knowledge, VerbPattern
from .models import Actor

# acts whose governed clause is asked for, promised, alleged, refused or threatened, not done:
# the modality the governed act gets, by the governing act's CAMEO root
GOVERNED_MODALITY = {
    "02": "hypothetical",
    "03": "future",
    "10": "hypothetical",
    "11": "hypothetical",
    "12": "negated",
    "13": "hypothetical",
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "conj"})
CHAIN_DEPS = frozenset({"xcomp", "pcomp", "prep", "pobj", "acomp", "advcl", "dobj"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "SPY"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
NO_ONE = frozenset({"nobody", "none", "no-one", "nothing"})
PLACE_TARGET = "the place of the act, no other target named"
AMOUNT_NOUNS = frozenset(
    {"million", "billion", "thousand", "increase", "rise", "boost", "package", "sum", "amount", "total"}
    | {"dollar", "euro", "pound", "yen", "yuan", "ruble", "rupee", "franc", "riyal", "dirham"}
)
# acts of force reported in the passive with no agent; a blockade ('the border was closed') is a state, not an act
# and the release of people held ('prisoners were released'): someone unnamed held them
UNNAMED_CODES = ("17", "18", "19", "20", "0841")
# acts a weapon or an attack may stand for the doer of ('a shell hit the school'; no shell releases anyone)
MEANS_CODES = ("17", "18", "19", "20")
# disapproval, sanctions, investigation, demands, rejections and threats whose doer may go unnamed in the passive
# ('was accused of', 'was condemned', 'he was further sanctioned in 2011', 'is being investigated for corruption',
# 'the journalist was threatened with death')
UNNAMED_CRITICS = ("09", "10", "11", "12", "13", "16")
# acts whose 'from' may say where they come from or what they leave: yielding, protest, force
FROM_PLACE_ROOTS = ("08", "14", "15", "17", "18", "19", "20")
# the parts of speech a pattern can fit (_pos_fits): other tokens are not tried
MATCHABLE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
# what is released to the public, not freed (beside the grammar's document, utterance and depiction nouns)
MADE_PUBLIC = frozenset(
    {"figure", "data", "detail", "name", "result", "finding", "plan", "list", "guideline", "guidance", "schedule"}
    | {"budget", "album", "song", "book", "software", "code", "version", "update", "trailer"}
)
# words for a report that 'according to' names before an actor whose comma was lost ('According to report ISIS ...')
REPORT_WORDS = frozenset({"report", "reports", "sources", "activists", "witnesses", "residents", "media", "monitors"})
# and the words naming the reporter after its name ('According to SANA news agency terrorists fired ...')
REPORTER_WORDS = REPORT_WORDS | {"news", "agency", "monitor", "monitoring", "group"}
# verbs of helping whose to-clause, with no one helped, is the helper's own act ('helped broker a deal')
HELPING_VERBS = frozenset({"help", "assist"})
# verbs of meeting whose object, when it names no one, is no one met ('met fierce resistance')
MEETING_VERBS = frozenset({"meet"})
# where one is released from who is discharged, not freed
DISCHARGED_FROM = frozenset({"hospital", "clinic", "care", "quarantine", "isolation", "treatment", "rehabilitation", "rehab"})
LOCATIVE_PREPOSITIONS = frozenset({"near", "at", "in", "inside", "outside", "on", "by"})
ADJECTIVE_ENDINGS = ("ble", "ous", "ful", "ive", "ic", "al", "ent", "ant", "ane", "ate")
ABOUT_PREPOSITIONS = ("for", "over", "about", "at", "regarding", "in")  # what an attitude (01x) is about
RECIPIENT_CODES = ("03", "06", "07", "0842")  # acts of giving or offering: whom it goes to is the target, not what is given
# the act itself, never its target: 'declared a state of emergency'
AID_CODES = ("06", "07")  # material help, whose beneficiary may be named only by its purpose
BENEFICIARY = "whom the help is for, named by its purpose or beneficiary"
STATES_OF = frozenset({"emergency", "siege", "war", "alert", "readiness", "exception"})
# why an act noun aimed at a named target with no doer of its own is coded ('air strikes on the town')
AIMED_UNNAMED = "an act of force aimed at a named target names no doer"
# verbs whose object's 'on' names whom it is put down to, not whom it was aimed at
BLAMING_VERBS = frozenset({"blame", "pin"})
# pronouns that stand for an act itself as the subject of 'be' ('it was a suicide bomb attack')
ACT_PRONOUNS = frozenset({"it", "this"})
# nouns that count those their 'of' names ('a number of', 'dozens of')
COUNT_WORDS = frozenset({"number", "dozen", "hundred", "thousand", "million", "score", "total"})
# roots of force used on a target: assault, fight, mass violence
FORCE_ROOTS = ("18", "19", "20")
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})  # for object_names


@dataclass
class Match:
    token: Token
    pattern: VerbPattern
    fallback: bool  # the token's part of speech did not fit: matched on its word form
    anchor: Token  # the verb that carries subject, tense and modality
    trigger: tuple[int, int]  # token span
    prep_tok: Token | None = None
    complement: Token | None = None


@dataclass
class RawEvent:
    """An event before it becomes a public `Event` record."""

    match: Match
    cameo: str
    source: Coded
    target: Coded | None
    rule: str
    evidence: tuple[str, ...]
    confidence: float
    depth: int
    statement: bool = False
    modality: str = "asserted"  # asserted | negated | hypothetical | future
    speech: int | None = None  # token index of the verb of saying that reports it
    reverse: bool = False  # the other way round of a reciprocal act ('X fought Y': Y -> X)
    purpose: bool = False  # the act another was done for ('sent experts to investigate'): intended, not yet done


class EventCoder:
    def __init__(self, knowledge: Knowledge, actors: ActorCoder, past_forms: dict[str, str] | None = None) -> None:
        self.knowledge = knowledge
        # irregular past forms -> their lemma ('overran' -> 'overrun'), for verbs the tagger reads as present
        # tense, whose lemma the lemmatizer then leaves as written
        self.past_forms = past_forms or {}
        self.grammar = knowledge.grammar
        self.actors = actors
        by_lemma: dict[str, list[VerbPattern]] = defaultdict(list)
        for p in knowledge.verbs:
            by_lemma[p.lemma].append(p)
        for plist in by_lemma.values():
            # the more conditions, the more specific; among equals, one that names the object (what was fired
            # says more than where: 'fired tear gas at protesters' is 175), then the narrower object list
            # ('violating the ceasefire agreement' is 196 violate ceasefire before 128 violate agreement), and one
            # that says what the object is called before one that names the object ('called the prime minister nasty')
            # (a modifier of an act noun names its kind and goes first: 'air strikes on rebel positions' are 195
            # before 'strikes on X' are 190)
            plist.sort(
                key=lambda p: (
                    p.pos == "NOUN" and p.modifier is None,
                    -p.specificity,
                    p.predicate is None,  # what the verb calls its object says more than who the object is
                    p.object is None,
                    len(p.object) if p.object is not None else 0,
                )
            )
        self.by_lemma = dict(by_lemma)
        # nouns that name an act ('suspension', 'release'): what follows their 'of' is theirs, not the verb's object
        self.act_nouns = frozenset(p.lemma for p in knowledge.verbs if p.pos == "NOUN")
        # nouns whose 'of' part an object list does not look into: an act's ('a suspension of aid') and a site's
        self.opaque_nouns = self.act_nouns | self.grammar.site_nouns
        self.located_nouns = self.grammar.site_nouns | self.grammar.aim_nouns | self.grammar.located_nouns
        # their plurals too, as the tagger may read them as verbs ('Russian strikes on the town killed 12')
        self.act_forms = self.act_nouns | {n + "s" for n in self.act_nouns}
        # the modifiers that make an act noun's kind: of cooperative acts ('military' aid, 'humanitarian'
        # assistance; 'terrorist attacks' are the terrorists'), and of hostile ones ('missile strike', 'air raid')
        kinds: dict[str, set[str]] = defaultdict(set)
        hostile_kinds: dict[str, set[str]] = defaultdict(set)
        for p in knowledge.verbs:
            if p.pos == "NOUN" and p.modifier:
                (kinds if p.cameo[:2] < "13" else hostile_kinds)[p.lemma].update(p.modifier)
        self.kinds = {k: frozenset(v) for k, v in kinds.items()}
        self.hostile_kinds = {k: frozenset(v) for k, v in hostile_kinds.items()}
        # nouns of a truce ('ceasefire', 'truce'): a team sent to monitor one keeps the peace
        self.truce_nouns = frozenset(p.lemma for p in knowledge.verbs if p.pos == "NOUN" and p.cameo == "0871")
        # nouns of what is said, asked, offered or given, whose 'from' names who says or gives it ('criticism from
        # the EU'), where no sense of the word is a move, a protest or force ('withdrawal from', 'attacks from')
        placed = {p.lemma for p in knowledge.verbs if p.pos == "NOUN" and p.cameo[:2] in FROM_PLACE_ROOTS}
        self.from_nouns = self.act_nouns - placed
        # of those, the nouns of what is said (no sense of giving): a country it came from is its state ('objections
        # from Iran'), where a country that aid came from may be where it set off ('aid convoys from Turkey')
        given = {p.lemma for p in knowledge.verbs if p.pos == "NOUN" and p.cameo.startswith(AID_CODES)}
        self.said_from_nouns = self.from_nouns - given
        # nouns that name an act or its means: as a subject or agent they stand for an unnamed actor
        self.means_nouns = self.act_nouns | self.grammar.instrument_nouns
        # nouns of hostile acts (roots 13-20): a modifier names who does them ('militant attacks')
        self.hostile_nouns = frozenset(p.lemma for p in knowledge.verbs if p.pos == "NOUN" and p.cameo[:2] >= "13")
        # nouns that name an act of force ('shelling', 'massacre')
        self.force_nouns = frozenset(p.lemma for p in knowledge.verbs if p.pos == "NOUN" and p.cameo.startswith(FORCE_ROOTS))
        # words with a pattern beyond roots 01-08: 'have' carries no such act ('Syria has had a civil war')
        self.conflict_lemmas = frozenset(p.lemma for p in knowledge.verbs if p.cameo[:2] > "08")
        # verbs that report speech ('said', 'reported'): their subject is never that of the clause they report
        self.speech_lemmas = frozenset(p.lemma for p in knowledge.verbs if p.speech) | self.grammar.witness_verbs
        # the names and surnames of the people in the dictionaries ('Obama' is no town, though Japan has one)
        self.person_names = frozenset(
            w.lower()
            for n in knowledge.named
            if n.kind == "person"
            for full in (n.name, *n.aliases)
            for w in (full, full.split()[-1])
        )

    # --- matching ---------------------------------------------------------------

    def matches(self, sent: Span) -> list[Match]:
        out = []
        for tok in sent:
            if tok.pos_ not in MATCHABLE_POS:
                continue  # (no pattern fits another part of speech: see _pos_fits)
            m = self._match_token(tok)
            if m is not None:
                out.append(m)
        return out

    def _match_token(self, tok: Token) -> Match | None:
        lemma = tok.lemma_.lower()
        candidates = _candidates(tok, lemma)
        if lemma == tok.lower_ and self.past_forms.get(lemma, lemma) != lemma:
            candidates.append((self.past_forms[lemma], True))  # 'Boko Haram jihadists overran' tagged VBP
        for cand, fallback in candidates:
            for p in self.by_lemma.get(cand, ()):
                if not _pos_fits(p.pos, tok, fallback):
                    continue
                m = self._frame(tok, p, fallback or cand != lemma)
                if m is not None:
                    return m
        return None

    def _frame(self, tok: Token, p: VerbPattern, fallback: bool) -> Match | None:
        anchor = tok
        trigger = (tok.i, tok.i + 1)
        if tok.ent_type_ in ("DATE", "TIME") and tok.text in DAY_AND_MONTH_NAMES:
            return None  # 'since March', 'on March 17': a month, no march
        if p.pos == "NOUN":
            if p.modifier is None and tok.dep_ in SUBJECT_DEPS and tok.lemma_.lower() in self.grammar.hazard_nouns:
                return None  # 'a fire broke out at the hall': a blaze, not gunfire
            if tok.lower_ == "dead" and not self._occurring(tok):
                return None  # 'carry the dead', 'mourned the dead': only those counted among them were killed
            if tok.dep_ == "compound" and tok.lemma_.lower() in self.grammar.instrument_nouns:
                return None  # 'barrel bomb attacks', 'rocket shells': the weapon names a kind of the act or means
            if any(c.dep_ in ("amod", "compound") and c.lower_ in self.grammar.medical_modifiers for c in tok.children):
                return None  # 'suffered a cardiac arrest', 'a heart attack': the body's, no one's act
            if p.modifier is not None and not any(
                c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in p.modifier for c in tok.children
            ):
                return None
            anchor = self._light_verb(tok) or tok
            if p.light is not None and anchor.i == tok.i and tok.dep_ == "dobj" and tok.head.lemma_.lower() in p.light:
                anchor = tok.head  # a light verb of this pattern's own: 'the unions called a strike'
            if p.light is not None and anchor.lemma_.lower() not in p.light:
                return None
            if anchor.i != tok.i and 0 < tok.i - anchor.i <= 6:
                trigger = (anchor.i, tok.i + 1)
        objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"] if p.pos == "VERB" else []
        if p.cameo.startswith(FORCE_ROOTS) and any(o in self.grammar.depiction_nouns for o in objects):
            return None  # 'tourists captured pictures of the incident', 'shot a video': a picture taken, no force
        if p.object is None and any(o in self.grammar.leisure_nouns for o in objects):
            return None  # 'hosted a show on RT', 'held a party': no political act
        if (
            (objects or p.pos != "VERB")
            and p.object is not None
            and any(
                g.dep_ in ("compound", "amod") and g.lemma_.lower() in self.grammar.hazard_nouns
                for c in tok.children
                if c.dep_ == "dobj"
                for g in c.children
            )
        ):
            return None  # 'the NHC issued a hurricane warning': nature's threat, no one's
        if (
            p.pos == "VERB"
            and tok.tag_ == "VBN"
            and tok.i >= 2
            and tok.nbor(-1).lower_ == "and"
            and tok.nbor(-2).lower_ == "dead"
            and not any(c.dep_ in ("dobj", "aux", "auxpass", *SUBJECT_DEPS) for c in tok.children)
        ):
            return None  # 'carry the dead and wounded': those hurt, named as a noun
        if tok.lemma_.lower() == "plead" and any(c.lower_ in ("guilty", "innocent") for c in tok.children):
            return None  # 'pleaded guilty to each crime': a plea in court, no appeal
        if p.object is None and p.cameo.startswith("084"):
            # 'a statement released by her family', 'released a video': words or pictures made public, no one freed
            released = [*objects, *(c.lemma_.lower() for c in tok.children if c.dep_ == "nsubjpass")]
            released += [tok.head.lemma_.lower()] if tok.dep_ == "acl" else []
            published = self.grammar.document_nouns | self.grammar.utterance_nouns | self.grammar.depiction_nouns
            if any(r in published or r in MADE_PUBLIC for r in released):
                return None
            if any(o.lemma_.lower() in DISCHARGED_FROM for o in _pobjs(tok, ("from",))):
                return None  # 'Trump was released from the hospital': discharged, not freed
        if (
            not p.speech
            and not objects
            and tok.lemma_.lower() in self.grammar.saying_senses
            and any(c.dep_ == "ccomp" for c in tok.children)
        ):
            return None  # 'recognized that mistakes were made', 'conceded that his side needed work': only said
        if p.cameo.startswith("14") and objects and tok.lemma_.lower() in self.grammar.showing_verbs:
            return None  # 'was demonstrating miniature computer screens': showing, not protesting
        if p.particle is not None:
            # ('back' also read as an adverb after the verb: 'continued to push the ISIS back from more lands')
            prt = [
                c
                for c in tok.children
                if (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i > tok.i and c.lower_ == "back")) and c.lower_ == p.particle
            ]
            if not prt:
                return None
            trigger = (trigger[0], max(trigger[1], prt[0].i + 1))
        complement = None
        if p.complement is not None:
            clauses = list(tok.children)
            if p.pos == "NOUN":
                # 'began an operation to retake the town', 'launched an operation ... to seize Raqqa': the purpose
                # clause of the act noun, or of the light verb it is the object of
                # (or of its name: 'an operation called the Rage of Euphrates to seize Raqqa')
                named = [g for c in tok.children if c.dep_ == "acl" for g in c.children]
                clauses = [
                    c
                    for c in (*tok.children, *named, *(tok.head.children if tok.dep_ == "dobj" else ()))
                    if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and _infinitive(c)
                ]
            for c in clauses:
                if c.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl") or (c.dep_ == "prep" and p.prep == c.lower_):
                    clause = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
                    if clause is not None and _clause_lemma(clause) in p.complement:
                        complement = clause
                        break
            if complement is None:
                return None
            if tok.lemma_.lower() in self.speech_lemmas and any(
                t.pos_ == "VERB" for t in tok.doc[tok.i + 1 : complement.i] if t.head.i != complement.i
            ):
                # what is said is the clause that follows, not one the parse hung on it from further on ('said it would
                # probe reports opposition fighters committed a massacre')
                return None
        if p.predicate is not None and not any(w.lemma_.lower() in p.predicate for w in _predicates(tok)):
            return None
        prep_tok = None
        if p.prep is not None:
            words = p.prep.split()
            # the verb's own phrase after it, before a sentence adverbial ('In addition, troops participate in')
            after = sorted(tok.children, key=lambda c: c.i < tok.i)
            # ('upon' is 'on': 'called upon the Security Council to ...')
            prep_tok = next(
                (
                    c
                    for c in after
                    if c.dep_ in ("prep", "agent", "dative", "mark", "prt")
                    and (c.lower_ == words[0] or (c.lower_ == "upon" and words[0] == "on"))
                    # (a sentence's opening phrase is not the verb's: 'On Nov. 18, Stoltenberg called Erdogan')
                    and not (p.pos == "VERB" and c.i < tok.i and c.i == c.sent.start)
                    # (nor the clause's own conjunction: '11 killed as Nusra attacks US-trained militants')
                    and not (c.dep_ == "mark" and c.i < tok.i)
                    # (nor a date: 'Trump on Tuesday called the ambassador a stupid guy' calls on no one)
                    and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                ),
                None,
            )
            if prep_tok is None and complement is not None:
                prep_tok = next((c for c in complement.children if c.dep_ in ("mark", "prep") and c.lower_ == words[0]), None)
            if prep_tok is None and complement is None:
                # 'called for NATO members to increase spending': the preposition read as the mark of the clause
                prep_tok = next(
                    (
                        g
                        for c in tok.children
                        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i
                        for g in c.children
                        # (or after the verb's object: 'pushed the Congress in Japan for the Constitution to be revised')
                        if g.dep_ == "mark"
                        and g.lower_ == words[0]
                        and g.i > tok.i
                        and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1 : g.i])
                    ),
                    None,
                )
            carrier = self._series_carrier(tok) if prep_tok is None and p.pos == "NOUN" else tok
            if carrier.i != tok.i:
                # 'delivered a series of strikes on Raqqa': the phrase hung on the noun that counts the acts
                prep_tok = next((c for c in carrier.children if c.dep_ == "prep" and c.lower_ == words[0] and c.i > tok.i), None)
            if prep_tok is None and p.pos == "NOUN" and anchor.i != tok.i:
                # 'went on hunger strike for their rights': the phrase hung on the light verb, after the noun
                prep_tok = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == words[0] and c.i > tok.i), None)
            if prep_tok is None and words[0] == "as":
                # 'hold several hundred families as human shields': 'as' hung on the object
                prep_tok = next(
                    (g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "as"),
                    None,
                )
            if prep_tok is None:
                # the small model reads "resorted to force" as to-infinitive: 'to' hangs off the noun
                for c in tok.children:
                    if c.dep_ in ("xcomp", "dobj", "advcl") and c.pos_ in ("NOUN", "PROPN"):
                        prep_tok = next((g for g in c.children if g.dep_ == "aux" and g.lower_ == words[0]), None)
                        if prep_tok is not None:
                            break
            if prep_tok is None:
                return None
        if p.object is not None:
            # (a site's 'of' is whose it is: 'captured the headquarters of Daesh militants' takes no militants)
            if complement is not None:
                objs = _objects(complement, None, self.opaque_nouns)
            else:
                objs = _objects(tok, prep_tok, self.opaque_nouns)
                if (
                    tok.dep_ == "acl"
                    and tok.tag_ == "VBN"
                    and p.cameo.startswith(MEANS_CODES)
                    and tok.head.lemma_.lower() in self.grammar.instrument_nouns
                    and tok.head.dep_ not in SUBJECT_DEPS  # ('a shell fired by Turkish troops hit a school': the hit is it)
                ):
                    objs.append(tok.head)  # 'injured by a rocket shell fired by terrorists': the weapon used
            # (not a campaign for an office or of vaccination: 'ended his campaign for president'; nor, for a
            # cooperative act, the kind of a hostile one: 'delivered a missile strike' delivers no missiles)
            objs = [
                o
                for o in objs
                if not self._civil_campaign(o)
                and not (
                    o.dep_ in ("compound", "nmod")
                    and p.cameo[:2] < "13"
                    and o.lemma_.lower() in self.hostile_kinds.get(o.head.lemma_.lower(), ())
                )
            ]
            # (by lemma, or by the plural as written for lemmas the lemmatizer gets wrong: 'bases' -> 'basis')
            if not any(
                o.lemma_.lower() in p.object
                or (o.lower_.endswith("ses") and o.lower_[:-1] in p.object)
                or (p.object_names and self._named_object(o))
                for o in objs
            ):
                return None
        return Match(tok, p, fallback, anchor, trigger, prep_tok, complement)

    def _named_object(self, o: Token) -> bool:
        """A proper name that may be struck or taken: a place or a body, not a day; a name tagged as a person's
        only where the gazetteer knows it as a place and no person in the dictionaries bears it (the small model
        tags 'Palmyra' as a person; 'took Obama to the airport' is no capture)."""
        if o.pos_ != "PROPN" or o.ent_type_ in NOT_NAMES:
            return False
        if o.ent_type_ != "PERSON":
            return True
        name = entity_text(o)
        return name.lower() not in self.person_names and self.actors.places.lookup(name)[1]

    def _civil_campaign(self, noun: Token) -> bool:
        if noun.lemma_.lower() != "campaign":
            return False
        words = self.grammar.civil_campaign_words
        if noun.dep_ == "dobj":
            # 'three candidates ... suspended their campaigns', 'Andrew Yang and Michael Bennet suspended their
            # campaigns': a campaign a person or a candidate runs is no military one
            doers = [t for c in noun.head.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
            if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in words for t in doers):
                return True
        return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words for c in noun.children) or any(
            o.lemma_.lower() in words for o in _pobjs(noun, ("for",))
        )

    def _light_verb(self, noun: Token) -> Token | None:
        """The light verb whose object this event noun is: 'launched an offensive', 'the start of an offensive'."""
        tok = noun
        for _ in range(3):
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.grammar.container_nouns:
                tok = tok.head.head
                continue
            break
        if (
            tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.lemma_.lower() in self.grammar.light_verbs
            and not _misread_under(tok)
        ):
            return tok.head
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in self.grammar.raising_verbs:
            # 'the strike was believed to have been carried out by Russian planes': the light verb below the
            # raising verb, in the passive
            light = next(
                (c for c in tok.head.children if c.dep_ == "xcomp" and c.lemma_.lower() in self.grammar.light_verbs), None
            )
            if light is not None and any(c.dep_ == "auxpass" for c in light.children):
                return light
        if (
            tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in self.grammar.cooperative_light_verbs
            and noun.lemma_.lower() not in self.conflict_lemmas
        ):
            return tok.head  # 'Trump had a phone conversation with Erdogan' (not 'Syria has had a civil war')
        if tok.dep_ == "pobj":
            # 'participated in the war games', 'took part in the drills', 'went on hunger strike'
            verb = tok.head.head
            if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
                verb = verb.head
            # (and one the act is under way for: 'Syrian forces have been on the offensive')
            if verb.pos_ in ("VERB", "AUX") and tok.head.lower_ in self.grammar.participation_verbs.get(verb.lemma_.lower(), ()):
                return verb
            if tok.head.lower_ == "in" and tok.lemma_.lower() in self.grammar.fight_nouns:
                # 'the coalition has lost over one hundred militants in the battle', 'the Kurds also lost three
                # fighters in the clashes': whose fighters fell in a fight took part in it ('lost their lives' did not)
                held = tok.head.head
                objs = [held] if held.dep_ == "dobj" else [c for c in held.children if c.dep_ == "dobj"]
                for obj in objs:
                    if obj.pos_ == "NUM" or obj.lemma_.lower() in self.grammar.container_nouns:
                        obj = of_object(obj) or obj  # 'lost dozens of soldiers'
                    term = self.knowledge.sectors.get(obj.lemma_.lower())
                    loser = (obj.head.head if obj.dep_ == "pobj" else obj).head
                    if loser.lemma_.lower() in self.grammar.loss_verbs and term is not None and term.sector in ("MIL", "REB"):
                        return loser
        return None

    # --- events -----------------------------------------------------------------

    def code_sentence(self, sent: Span, names: DocNames, ctx: ArticleContext) -> list[RawEvent]:
        # (a word inside a known name of several words is no act: 'The Committee to Protect Journalists reports')
        matches = [m for m in self.matches(sent) if not _inside_name(m.token, names)]
        if not matches:
            return []
        # a verb of taking part in an act noun is no act of its own: 'forces are engaged in heavy fighting with
        # rebels' is the fighting (by the forces), not an engagement of the forces
        carriers = {
            lv.i
            for m in matches
            if m.pattern.pos == "NOUN"
            and m.token.dep_ == "pobj"
            and (lv := self._light_verb(m.token)) is not None
            and m.token.head.lower_ in self.grammar.participation_verbs.get(lv.lemma_.lower(), ())
            and not any(c.dep_ == "dobj" for c in lv.children)  # ('pushed IS back in a battle': the push is an act)
        }
        # (a verb pattern of its own with the preposition stays: 'engaged in talks' is 046)
        matches = [m for m in matches if m.pattern.pos == "NOUN" or m.pattern.prep is not None or m.token.i not in carriers]
        # speakers of reported clauses, for pronouns ("he said he would", "'We will ...,' he said")
        speakers: dict[int, list[Coded]] = {}
        for m in matches:
            if m.pattern.speech or m.pattern.cameo[:2] == "01":  # said, warned, claimed, denied
                speakers[m.anchor.i] = self._subjects(m.anchor, names, ctx, [])  # may be [] (unknown)
        # an act that is the content of another ("called for X to step down", "refused to release",
        # "vowed to retake") is coded with the modality the governing act gives it, never as done
        governed: dict[int, str] = {}
        governor: dict[int, int] = {}  # anchor of a governed act -> token of the act governing it
        by_token = {m.token.i: m for m in matches}
        for m in matches:
            # (or the clause whose mark is the pattern's preposition: 'called for Iran to release the tanker')
            clause = m.prep_tok.head if m.complement is None and m.prep_tok is not None and m.prep_tok.dep_ == "mark" else None
            content = m.complement if m.complement is not None else clause
            if content is not None:
                governed[content.i] = GOVERNED_MODALITY.get(m.pattern.cameo[:2], "hypothetical")
                governor[content.i] = m.token.i
        for m in matches:
            gov = by_token.get(m.anchor.head.i)
            if gov is None and m.anchor.dep_ == "pcomp" and m.anchor.head.dep_ == "prep":
                gov = by_token.get(m.anchor.head.head.i)  # "accused Algeria of arming separatists"
                if gov is None and m.anchor.head.head.dep_ == "dobj":
                    gov = by_token.get(m.anchor.head.head.head.i)  # the 'of' hung on the object: 'accuse the law of attacking'
            elif m.anchor.dep_ not in ("xcomp", "ccomp"):
                gov = None
            if gov is not None and gov.pattern.cameo.startswith("016"):
                governed[m.anchor.i] = "negated"  # 'denied that it tortured a priest': the denial says it did not
            elif gov is not None and not gov.pattern.speech and gov.pattern.cameo[:2] in GOVERNED_MODALITY:
                governed[m.anchor.i] = GOVERNED_MODALITY[gov.pattern.cameo[:2]]
                governor.setdefault(m.anchor.i, gov.token.i)
            elif (
                m.anchor.dep_ in ("acl", "ccomp")
                or (m.anchor.dep_ == "relcl" and any(c.dep_ == "mark" for c in m.anchor.children))
            ) and m.anchor.head.pos_ == "NOUN":
                noun = m.anchor.head
                denial = by_token.get(noun.head.i) if noun.dep_ == "dobj" else None
                if denial is not None and denial.pattern.cameo.startswith("016"):
                    governed[m.anchor.i] = "negated"  # 'denied reports that its jets hit Aleppo'
                elif self._proposed(noun) and noun.i not in by_token:  # (not 'a phone call that')
                    governed.setdefault(m.anchor.i, "hypothetical")  # 'charges that it tortured a priest'

        for m in matches:
            # 'accused of targeting and killing civilians': a verb joined to a governed one, with no subject of its
            # own, is governed alike
            head = m.anchor.head
            if m.anchor.dep_ == "conj" and head.i in governed and m.anchor.i not in governed:
                if not any(c.dep_ in SUBJECT_DEPS for c in m.anchor.children):
                    governed[m.anchor.i] = governed[head.i]
                    if head.i in governor:
                        governor[m.anchor.i] = governor[head.i]
        # "met ... to discuss": a purpose clause of the same kind of act adds no event of its own
        purpose = {
            m.anchor.i
            for m in matches
            if m.anchor.dep_ in ("xcomp", "advcl")
            and _infinitive(m.anchor)
            and (gov := by_token.get(m.anchor.head.i)) is not None
            and gov.pattern.cameo[:2] == m.pattern.cameo[:2]
        }
        # 'Kushner helped broker a deal': help with no one helped, given to an act of one's own, is that act
        helped_acts = {
            m.anchor.head.i
            for m in matches
            if m.anchor.dep_ == "xcomp" and m.anchor.head.lemma_.lower() in HELPING_VERBS and m.pattern.cameo[:2] < "18"
        }
        events: list[RawEvent] = []
        for m in matches:
            if m.anchor.i in purpose:
                continue
            if (
                m.anchor.i in helped_acts
                and m.pattern.cameo.startswith("070")
                and m.pattern.object is None
                and not any(c.dep_ in ("dobj", "dative") for c in m.anchor.children)
            ):
                continue
            speech_verb = self._governing_speech(m.anchor, speakers)
            speaker = speakers.get(speech_verb.i, []) if speech_verb is not None else []
            found = self._events_for(m, names, ctx, speaker, speech_verb)
            forced = governed.get(m.token.i) or governed.get(m.anchor.i)
            if forced is not None:  # the governing act carries the code; this one keeps its own, not done
                found = [replace(e, modality=forced) for e in found if e.cameo == m.pattern.cameo]
            events.extend(found)
        matched = {m.anchor.i for m in matches} | {m.token.i for m in matches}
        for m in matches:
            if m.pattern.speech:
                events.extend(self._obligations(m, names, ctx, speakers.get(m.anchor.i, []), matched))
        events = [self._purposed(e, by_token, events) for e in events]
        events = _targets_of_governed(events, governor)
        events = self._codes_of_governed(events, governor)
        events = _doers_of_the_cause(events)
        # 'the explosions caused destruction and wounded 130 people': an act noun that is the doer of another
        # act in the sentence is coded there, not again as an act by someone unnamed
        means = {e.source.head for e in events if e.source.actor.text}
        events = [e for e in events if e.source.actor.text or e.match.anchor.i != e.match.token.i or e.match.token.i not in means]
        # (nor the means of another act of force: 'al-Nusra terrorists fired shells on al-Midan', 'killed in
        # regime airstrikes on a market', 'air strikes on the town killed 14')
        used = {e.match.anchor.i for e in events if e.cameo.startswith(FORCE_ROOTS) and e.match.anchor.i != e.match.token.i}
        used |= {e.match.token.i for e in events if e.cameo.startswith(FORCE_ROOTS) and e.match.pattern.pos == "VERB"}
        events = [
            e for e in events if e.source.actor.text or e.match.anchor.i != e.match.token.i or not _means_of(e.match.token, used)
        ]
        # a statement whose text carries an appeal or other act is addressed to that act's target ('issued a
        # statement calling on the Security Council to ...')
        events = [self._addressed(e, events) if e.cameo[:2] == "01" and e.target is None else e for e in events]
        # a statement stands only if its reported clause carries no other asserted act
        acts = [e for e in events if not e.statement and e.modality == "asserted"]
        kept = []
        for e in events:
            if e.statement and any(
                a.match.anchor.i == e.match.anchor.i or _reports(e.match.anchor, a.match.anchor) for a in acts
            ):
                continue
            kept.append(e)
        return kept

    def _codes_of_governed(self, events: list[RawEvent], governor: dict[int, int]) -> list[RawEvent]:
        """'urged the rebels to surrender' (020 -> 025), 'refused to surrender' (120 -> 124), 'promised to release
        the hostages' (030 -> 0353): a general appeal, promise, demand or refusal takes the finer code the act
        it governs names (grammar: governed_refinements)."""
        out = []
        for e in events:
            table = self.grammar.governed_refinements.get(e.cameo)
            if table is None or e.modality != "asserted":
                out.append(e)
                continue
            # (the governed act itself, not the refusal or promise coded beside it, which is asserted)
            inner = next(
                (f for f in events if governor.get(f.match.anchor.i) == e.match.token.i and f.modality != "asserted"),
                None,
            )
            finer = _longest_prefix(inner.cameo, getattr(self.grammar, table)) if inner is not None else None
            if inner is not None and finer is not None and finer != e.cameo:
                why = f"{e.cameo} -> {finer}: the act it governs, {inner.match.token.text!r} ({inner.rule})"
                e = replace(e, cameo=finer, evidence=(*e.evidence, why))
            out.append(e)
        return out

    def _addressed(self, e: RawEvent, events: list[RawEvent]) -> RawEvent:
        """The statement, with the target of an act its issued text carries ('issued a statement calling on
        the U.N. Security Council to ...': to the Security Council)."""
        texts = {c.i for c in e.match.anchor.children if c.dep_ == "dobj"}
        for a in events:
            gerund = a.match.anchor
            if a is e or a.statement or a.target is None or gerund.dep_ not in ("acl", "relcl") or gerund.head.i not in texts:
                continue
            if not _same_actor(a.source, e.source):
                continue  # (the text's act is its issuer's)
            why = f"target: the one the issued text's act ({a.match.token.text!r}) is aimed at"
            return replace(e, target=a.target, evidence=(*e.evidence, why, *(f"target: {x}" for x in a.target.evidence)))
        return e

    def _own_condition(self, anchor: Token, src: Coded, names: DocNames, ctx: ArticleContext, speaker: list[Coded]) -> bool:
        """Whether an act in an 'if' or 'unless' clause is one its main clause's actor would do ('even if it meant
        resorting to force': a threat), not the other side's act that is the condition ('will not release the
        soldiers unless Israel releases the detainees': no promise by Israel)."""
        clause = next(
            (t for t in _chain(anchor) if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children)), None
        )
        if clause is None or clause.head.i == clause.i:
            return True
        main = self._subjects(clause.head, names, ctx, speaker)
        return not main or any(_same_actor(src, m) for m in main) or _same_side(src, speaker)

    def _proposed(self, noun: Token) -> bool:
        """Whether a clause on `noun` is what someone proposes or alleges, not a report ('charges that it
        tortured', 'a plan to attack'; not 'the report that jets struck')."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and lemma in self.grammar.proposal_nouns and lemma not in self.grammar.document_nouns

    def _purposed(self, e: RawEvent, by_token: dict[int, Match], events: list[RawEvent]) -> RawEvent:
        """'Troops arrived in Nepal to help deliver aid': a movement takes the code of the act it is for, and
        its target where it names one ('will send troops to help the Philippines army in its fight against
        IS'); so does the promise, threat or refusal coded from it (033, not a threat against IS)."""
        base = e.match.pattern.cameo
        movements = tuple(self.grammar.movement_codes)
        if not base.startswith(movements):
            return e
        tables = (self.grammar.intent_codes, self.grammar.refusal_codes)
        derived = next((t for t in tables if not e.cameo.startswith(movements) and e.cameo == _longest_prefix(base, t)), None)
        if not e.cameo.startswith(movements) and derived is None:
            return e
        for c in e.match.anchor.children:
            if c.dep_ not in ("xcomp", "advcl") or not _infinitive(c):
                continue
            for t in (c, *(g for g in c.children if g.dep_ == "xcomp")):  # 'to help deliver'
                pm = by_token.get(t.i)
                if pm is not None and pm.pattern.cameo[:2] in self.grammar.purpose_roots and not pm.pattern.speech:
                    code = pm.pattern.cameo if derived is None else _longest_prefix(pm.pattern.cameo, derived)
                    if code is None:
                        return e
                    why = f"purpose {t.text!r} ({pm.pattern.id}): {e.cameo} -> {code}"
                    aimed = next((p.target for p in events if p.match is pm and p.target is not None), e.target)
                    return replace(e, cameo=code, target=aimed, evidence=(*e.evidence, why))
        return e

    def _obligations(
        self, m: Match, names: DocNames, ctx: ArticleContext, speaker: list[Coded], matched: set[int]
    ) -> list[RawEvent]:
        """'Rights groups said the authorities must ensure security': a reported obligation put on
        another actor is a demand (CAMEO 100) of it, whatever the act; acts with a pattern of their
        own are handled with their code (demand_codes)."""
        if not speaker or _negated(m.anchor, self.grammar.negating_verbs):
            return []
        out = []
        for clause in m.anchor.children:
            if clause.dep_ != "ccomp" or clause.i in matched or not _obliged(clause, self.grammar):
                continue
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            for tgt in self._expand(subj, names, ctx, speaker):
                for src in speaker:
                    if _same_actor(src, tgt):
                        continue  # 'the ministry said it must': its own resolve, not a demand
                    why = f"rule reported-obligation: {m.anchor.text!r} ... {clause.text!r} put on {tgt.actor.text!r}"
                    evidence: tuple[str, ...] = (f"pattern {m.pattern.id} ({m.pattern.file})", why, "modality: asserted")
                    evidence += tuple(f"source: {e}" for e in src.evidence) + tuple(f"target: {e}" for e in tgt.evidence)
                    out.append(
                        RawEvent(
                            match=m,
                            cameo="100",
                            source=src,
                            target=tgt,
                            rule=f"{m.pattern.id}+obligation",
                            evidence=evidence,
                            confidence=_confidence(m, src, tgt),
                            depth=_depth(m.anchor),
                        )
                    )
        return out

    def _governing_speech(self, tok: Token, speakers: dict[int, list[Coded]]) -> Token | None:
        cur = tok
        while cur.dep_ != "ROOT" and cur.head.i != cur.i:
            parent = cur.head
            if parent.i in speakers and (
                cur.dep_ in ("ccomp", "xcomp", "advcl", "parataxis", "dobj")
                # "said that A, but that B": B is reported too
                or (cur.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children))
            ):
                return parent
            cur = parent
        return None

    def _events_for(
        self, m: Match, names: DocNames, ctx: ArticleContext, speaker: list[Coded], speech_verb: Token | None
    ) -> list[RawEvent]:
        p = m.pattern
        anchor = m.anchor
        nominal = p.pos == "NOUN" and anchor.i == m.token.i
        headline_passive = p.pos == "VERB" and self._headline_passive(anchor)
        # an act noun's light verb can be passive too ('the war game was staged by U.S. marines')
        # (a predicate adjective is no passive: 'Egypt was deeply concerned by the clashes' is Egypt's concern)
        # (nor is one taking part: 'forces are engaged in heavy fighting')
        passive = (
            p.pos == "VERB" or (p.pos == "NOUN" and not nominal and anchor.lemma_.lower() not in self.grammar.participation_verbs)
        ) and (any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children) or headline_passive)
        raised_by = self._raised_participle(anchor) if p.pos == "VERB" else None
        shared_passive = p.pos == "VERB" and _shares_passive(anchor)
        passive = passive or raised_by is not None or shared_passive or (p.pos == "VERB" and _left_state(anchor))
        unnamed_ok = p.cameo.startswith(UNNAMED_CODES)  # an act whose doer may go unnamed
        between: list[Coded] = []
        held_targets: list[Coded] | None = None
        died_verb: Token | None = None
        victims: list[Coded] = []
        needs_target = False
        responsible: list[Coded] = []
        if nominal:
            # who is said to be responsible outweighs a modifier ('Assad regime responsible for Syria chemical attack')
            responsible = self._responsible(m.token, names, ctx, speaker)
            sources = responsible or self._nominal_source(m.token, names, ctx, as_doer=True)
            done_with = m.token.dep_ == "pobj" and m.token.head.lower_ == "with" and m.token.head.head.pos_ == "VERB"
            if not sources and done_with and p.cameo[:2] < "13" and not self._giver_named(m.token, names, ctx):
                # 'Germany has reinforced its commitment with a contribution of 56 million euros': who does the
                # clause gives what it does it with (not 'entered the town with support from the coalition')
                sources = self._subjects(m.token.head.head, names, ctx, speaker)
            agent = m.token.head.head if m.token.dep_ == "pobj" and m.token.head.lower_ == "of" else None
            donor = False
            if not sources and agent is not None and agent.lemma_.lower() in self.grammar.agent_nouns and agent.dep_ == "attr":
                # 'the United States remains the largest donor of humanitarian assistance': the copula's subject
                sources = [f for c in agent.head.children if c.dep_ == "nsubj" for f in self._expand(c, names, ctx, speaker)]
                donor = bool(sources)
            receiver = m.token.head if m.token.dep_ == "dobj" else None
            if (
                not sources
                and receiver is not None
                and receiver.lemma_.lower() in self.grammar.receiving_verbs.get(p.cameo[:2], ())
            ):
                # 'Kenya received a loan from the IMF': the giver is whom it came from, the receiver its target
                # (a country it came from is its state: 'received aid from Turkey')
                sources = self._states((o for h in (m.token, receiver) for o in _pobjs(h, ("from",))), names, ctx)
                if sources:
                    held_targets = self._subjects(receiver, names, ctx, speaker) or None
            light_acl = self._light_clauses(m.token)
            by_agent = any(
                (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "agent" for h in (m.token, *light_acl) for c in h.children
            )
            if not sources and p.reciprocal:
                # 'clashes between the army and the rebels': both sides act, each against the other
                between = self._between(m.token, names, ctx)
                if len(between) > 1:
                    sources, by_agent = between[:1], True
            if responsible or donor:
                # 'Los Zetas has been responsible for mass killings', 'Assad forces were behind the attack'
                by_agent = True
            if sources and m.token.lemma_.lower() in self.from_nouns and self._from_named(m.token):
                by_agent = True  # 'drew condemnation from Turkey': said, by whom it names
            if unnamed_ok:
                died_verb, victims = self._died_of(m.token, names, ctx)
            # ('Russia came under criticism from the EU': disapproval one is under, as force is)
            critics = p.cameo.startswith(UNNAMED_CRITICS)
            exposable = unnamed_ok or critics
            under, besieged = self._under(m.token, names, ctx, drawn=critics) if exposable and not victims else (None, [])
            # (also where the one under it is no actor: 'Mouadamiya southwest of the capital came under attack')
            if under is not None and (
                besieged or (under.pos_ in ("VERB", "AUX") and not _negated(under, self.grammar.negating_verbs))
            ):
                # 'the aid convoy had come under attack', 'Eastern Ghouta has been under government siege',
                # 'Aleppo has been subjected to ferocious onslaught by the Assad regime'
                sources = (
                    sources
                    or (self._agents(under, names, ctx) if under.pos_ == "VERB" else [])
                    # 'came under heavy fire from Turkish troops', 'came under the attack of the army's missile units'
                    or [f for h in (m.token, under) for o in _pobjs(h, ("from",)) for f in self._expand(o, names, ctx, [])]
                    # 'the hospital was the target of airstrikes by Russian jets', the 'by' hung on 'target'
                    or [f for o in _pobjs(m.token.head.head, ("by",)) for f in self._expand(o, names, ctx, [])]
                    or [f for o in _pobjs(m.token, ("of",)) for f in self._expand(o, names, ctx, [], as_source=True)]
                    or [self._unnamed(m.token, ctx, "the act its target is under names no doer")]
                )
                held_targets, by_agent = besieged, True
            elif sources and self._occurring(m.token):
                by_agent = True  # 'the Observatory reported a government rocket attack on the suburb'
            if died_verb is not None:
                # 'an Iranian political prisoner died due to continued torture': done to them by someone unnamed
                # ('a further five died in barrel bomb attacks': to those the text does not name an actor for;
                # 'five civilians died in Russian airstrikes': by the attack's own doer)
                sources = sources or [self._unnamed(m.token, ctx, "a death caused by an act of force whose doer is not named")]
                held_targets = victims or None
        elif passive and not p.speech:
            sources = self._agents(anchor, names, ctx)
            origin = self.grammar.origin_doers.get(anchor.lemma_.lower(), ())
            if not sources and origin:
                # 'two inspectors have been expelled from North Korea': the state one is sent out of sends one out
                sources = self._states(_pobjs(anchor, tuple(origin)), names, ctx)
            if not sources and p.cameo.startswith(tuple(self.grammar.state_place_codes)):
                # 'the journalist was arrested on Monday in Niger': by the state it happened in
                sources = self._states(_pobjs(anchor, ("in",)), names, ctx)[:1]
            held = next((c for c in anchor.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in self.act_nouns), None)
            if not sources and held is not None and p.cameo.startswith((*FORCE_ROOTS, *UNNAMED_CRITICS)):
                # 'the rebel attack on the village was repelled': force against the attack is against its doer;
                # so is disapproval of it ('Saudi Arabia's killing of Khashoggi was condemned')
                held_targets = self._nominal_source(held, names, ctx) or None
            elif not sources and held is not None:
                # 'UN sanctions against Iran were lifted': who imposed them lifts them, on whom they were
                sources = self._nominal_source(held, names, ctx)
                if sources:
                    held_targets = [
                        f
                        for o in _pobjs(held, ("against", "on", "of"))
                        for f in self._expand(o, names, ctx, [], allow_place=True)
                    ]
        elif p.reciprocal and m.token.tag_ == "VBG" and m.token.dep_ in ("nsubj", "csubj"):
            # 'Fighting between government forces and rebels has intensified': a gerund read as the verb
            between = self._between(m.token, names, ctx)
            sources = between[:1] if len(between) > 1 else []
        elif self._to_blame(anchor):
            # 'the US was confident that Damascus was to blame': Damascus is blamed, by the speaker if any
            held_targets = self._subjects(anchor, names, ctx, [])
            sources = speaker or [self._unnamed(m.token, ctx, "'to blame' names who is blamed, not by whom")]
            if not held_targets:
                return []
        elif passive and p.speech and p.pos == "VERB" and any(c.dep_ == "nsubjpass" for c in anchor.children):
            # 'Conway was admitted to the Academy', 'he was told to leave': the subject of a passive speech
            # verb is not its speaker; who spoke is its 'by', if named
            sources = self._agents(anchor, names, ctx)
            if not sources:
                return []
        elif self._trailing_verdict(m, speaker):
            # 'Rahman said an aircraft had targeted the market blaming the Assad regime': a trailing participle
            # of comment or blame after a report is the reporter's, though the parse hangs it on what was reported
            sources = speaker
        elif (
            p.pos == "VERB"
            and p.prep == "by"
            and m.prep_tok is not None
            and not passive
            and anchor.lemma_.lower() in self.grammar.backing_verbs
            and any(c.dep_ == "nsubj" for c in anchor.children)
        ):
            # 'Syrias army backed by Iranian militias launched ...' with 'backed' read as the clause's verb: the
            # 'by' names the backers, the subject is the backed
            sources = [f for o in _prep_objects(m.prep_tok) for f in self._expand(o, names, ctx, speaker, as_source=True)]
            held_targets = self._subjects(anchor, names, ctx, speaker) or None
        elif p.doer_prep is not None:
            # 'Daraya fell to Assad regime forces': the doer is named by the preposition, the subject was taken
            sources = [f for o in _pobjs(anchor, (p.doer_prep,)) for f in self._expand(o, names, ctx, speaker)]
            held_targets = [
                f for c in anchor.children if c.dep_ == "nsubj" for f in self._expand(c, names, ctx, speaker, allow_place=True)
            ] or None
        elif p.target == "subject":
            # 'thousands fled the fighting', 'Rohingya sought refuge in Bangladesh': those who flee are driven out
            # (PLOVER codes the flight as an expulsion by its cause), by an actor they flee if one is named
            made = next((c for c in anchor.head.children if c.dep_ == "dobj"), None) if anchor.dep_ == "xcomp" else None
            # ('forced millions to flee': those made to flee, not the subject of 'forced')
            held_targets = (
                self._expand(made, names, ctx, speaker) if made is not None else self._subjects(anchor, names, ctx, speaker)
            )
            if not held_targets or any(t.actor.sector in ARMED_SECTORS for t in held_targets):
                return []  # (fighters who flee retreat: 'the remaining terrorists fled the area')
            fled = [o for c in anchor.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)] + _pobjs(anchor, ("from",))
            # (an actor named as what they fled, not its possessor or modifier: 'fled their homes', 'al-Sheitaat towns')
            sources = [f for o in fled for f in self._expand(o, names, ctx, []) if not f.place and f.head == o.i]
            sources = sources or [self._unnamed(m.token, ctx, "those who flee name no one who drove them out")]
        else:
            sources = self._subjects(anchor, names, ctx, speaker)
        if not sources and p.pos == "VERB" and p.cameo.startswith("045") and anchor.dep_ == "amod" and anchor.tag_ == "VBN":
            # 'a UN-brokered truce between the Houthis and the government': the brokers named before the
            # participle mediate between the sides the noun names
            named = [c for c in anchor.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < anchor.i]
            named += [c for c in anchor.head.children if c.i < anchor.i and c.right_edge.i == anchor.i - 1]
            sources = self._hyphened_states(anchor, names, ctx) or [  # ('a US-Russian brokered truce': both)
                replace(f, actor=replace(f.actor, sector=f.actor.sector or "GOV"))  # ('Russian-brokered': Russia's)
                for f in self._states(named, names, ctx)
                if f.actor.country
            ]
            if sources:
                held_targets = self._between(anchor.head, names, ctx) or None
        paired = self._hyphened_states(m.token, names, ctx) if p.pos == "NOUN" and p.reciprocal else []
        if paired and not responsible:
            # 'US-Russian talks on Syria', 'Russian-Turkish talks were held in Moscow': the two states the
            # hyphen joins are the sides, each with the other
            sources, held_targets = paired[:1], paired[1:]
        if not sources and p.cameo.startswith("14") and not passive:
            # 'Tens of thousands marched in Santiago': a crowd counted, not named, protests as civilians
            crowd = next((c for c in anchor.children if c.dep_ == "nsubj" and _counted_crowd(c)), None)
            if crowd is not None:
                words = anchor.doc[crowd.left_edge.i : crowd.right_edge.i + 1]
                counted = f"{words.text!r}: a crowd counted, not named, taken for civilians"
                sources = [_words_mention(words, crowd.i, ctx, counted, sector="CVL", plural=True)]
        if p.cameo.startswith(FORCE_ROOTS) and self._done_to_an_ill(m):
            return []  # 'to fight the Ebola epidemic', 'the war on poverty': no one's force
        if not p.cameo.startswith(MEANS_CODES):
            # an attack or weapon stands for its unnamed actor in acts of force only ('after the bombardment
            # accusing the forces loyal to Assad' is the activists' accusation, not the bombardment's)
            kept = [s for s in sources if not s.means]
            if len(kept) < len(sources) and not kept:
                # 'the summit between the EU and Turkey failed to reach agreement': the parties to it act
                noun = anchor.doc[sources[0].head]
                kept = self._between(noun, names, ctx) if any(c.lower_ == "between" for c in noun.children) else []
            sources = kept
        if raised_by is not None and held_targets is None:
            # 'seven civilians were reported injured in the attack': the raised subject is whom it was done to
            held_targets = [f for c in raised_by.children if c.dep_ == "nsubjpass" for f in self._expand(c, names, ctx, speaker)]
        if (
            not sources
            and passive
            and any(
                g.lemma_.lower() in self.grammar.policy_nouns
                for c in anchor.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            )
        ):
            return []  # 'these weapons are banned by international law': a rule, no one's act
        # the verb that orders this passive act done ('ordered an aide to be extradited', also read as a clause with
        # its own passive subject)
        ordered_by = (
            anchor.head
            if passive
            and p.pos == "VERB"
            and (anchor.dep_ == "xcomp" or (anchor.dep_ == "ccomp" and _infinitive(anchor)))
            and anchor.head.lemma_.lower() in self.grammar.ordering_verbs
            else None
        )
        if not sources and ordered_by is not None:
            # 'the court ordered the prisoners to be released': done by whom its subject orders, to its object
            sources = self._subjects(ordered_by, names, ctx, speaker)
            if held_targets is None:
                held_targets = [
                    f for c in ordered_by.children if c.dep_ == "dobj" for f in self._expand(c, names, ctx, speaker)
                ] or None
        if not sources and passive and not p.speech and unnamed_ok and not p.cameo.startswith("191"):
            if self._hazard_cause(anchor):
                return []  # 'five were injured in the crash', 'houses were damaged by the storm': no one's act
            sources = [self._unnamed(m.token, ctx)]  # "two soldiers were killed": force used by someone unnamed
        elif not sources and passive and not nominal and p.cameo.startswith(UNNAMED_CRITICS):
            # 'the regime has been accused of using barrel bombs': disapproval voiced by someone unnamed, of
            # an actor ('the agreement was criticized' says nothing about who did what to whom)
            sources = [self._unnamed(m.token, ctx, "a passive act of disapproval names no critic")]
            needs_target = True
        if not sources and p.pos == "VERB" and unnamed_ok and self._subject_lost(anchor):
            # 'In western Aleppo rebel shelling killed two people ... SANA reported', 'shells landed on the main
            # square in al-Zahraa neighborhood killing 4 citizens': its subject lost in the parse
            sources = [self._unnamed(m.token, ctx, "the act of force has no subject the parse can find")]
        occurring = not sources and nominal and p.cameo.startswith((*FORCE_ROOTS, "14")) and self._occurring(m.token)
        if occurring:
            # 'clashes raged in Zabadani', 'there were 45 air strikes on Daraya', 'protests continued across the
            # nation': force used, or a protest held, by someone unnamed
            sources = [self._unnamed(m.token, ctx, "an act reported as happening names no doer")]
            among = m.token.head if m.token.dep_ == "pobj" and m.token.head.lower_ == "among" else None
            if among is not None and held_targets is None:
                # 'four children were among the dead': those counted among the dead were killed
                held_targets = [
                    f for c in among.head.children if c.dep_ == "nsubj" for f in self._expand(c, names, ctx, speaker)
                ] or None
        if not sources and nominal and unnamed_ok and self._patient_possessive(m.token):
            # 'Navalny's arrest sparked protests', 'after his arrest on Friday': done to the possessor by someone
            # unnamed
            done_to = [f for c in m.token.children if c.dep_ == "poss" for f in self._expand(c, names, ctx, speaker)]
            if done_to:
                sources = [self._unnamed(m.token, ctx, "an act done to its possessor names no doer")]
                held_targets = done_to
        if not sources and nominal and unnamed_ok and self._patient_of(m.token):
            # 'the killing of five civilians in Idlib sparked protests', 'a video showing the execution of 17
            # men': done to whom its 'of' names, by someone unnamed
            sources = [self._unnamed(m.token, ctx, "an act done to whom its 'of' names names no doer")]
            needs_target = True
        if (
            not sources
            and nominal
            and p.cameo.startswith(FORCE_ROOTS)
            and any(o.ent_type_ not in NOT_NAMES for o in _pobjs(m.token, ("on", "against")))  # (not 'strikes on Oct. 18')
            and not (m.token.dep_ == "dobj" and m.token.head.lemma_.lower() in BLAMING_VERBS)  # ('blamed the attack on rebels')
        ):
            # 'after air strikes on the opposition-held al-Qaterji neighbourhood', 'raised the death toll from
            # airstrikes on a market': force aimed at someone or somewhere, by someone unnamed
            sources = [self._unnamed(m.token, ctx, AIMED_UNNAMED)]
            needs_target = True  # (whom it was aimed at named: not 'strikes against civilian targets')
        if not sources:
            return []
        doc = m.token.doc
        if p.cameo.startswith(FORCE_ROOTS) and all(
            0 <= s.head < len(doc) and doc[s.head].lemma_.lower() in self.grammar.policy_nouns for s in sources
        ):
            return []  # 'a U.S. law that targets Americans hiding assets overseas': a rule uses no force
        targets = [] if p.target == "none" else self._targets(m, names, ctx, passive and p.pos == "VERB", sources)
        targets = [t for t in targets if not self._speaker_left_over(t, doc, ctx)]
        if len(between) > 1:
            targets = between[1:]
        if held_targets is not None:
            targets = held_targets
        if (
            p.pos == "VERB"
            and p.object is None
            and anchor.lemma_.lower() in MEETING_VERBS
            and not targets
            and any(
                c.dep_ == "dobj"
                and not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for t in c.subtree)
                for c in anchor.children
            )
        ):
            return []  # what is met is no one: 'met fierce resistance', 'does not meet a user's need'
        happened = occurring or died_verb is not None  # force reported as done, though its sides go unnamed
        if happened and not targets:
            targets = self._place_target(m, names, ctx)
            if not targets and occurring:
                # 'shells fell overnight on Fuaa and Kafraya': where the verb that tells it happened says it landed
                told = self._series_carrier(m.token).head
                for prep in (c for c in told.children if c.dep_ == "prep" and c.lower_ == "on"):
                    targets = [replace(f, evidence=(*f.evidence, PLACE_TARGET)) for f in self._places_after(prep, names, ctx)]
                    if targets:
                        break
                # ('a car bomb exploded near the police headquarters': the actor whose site it went off at)
                sites = [g for g in _pobjs(told, ("on", "near", "outside", "at")) if g.pos_ in ("NOUN", "PROPN")]
                targets = (
                    targets or [f for g in sites for f in self._expand(g, names, ctx, []) if not f.place and f.actor.sector][:1]
                )
            if not targets and died_verb is not None:
                targets = self._place_target(m, names, ctx, died_verb)
        aimed = (
            p.cameo.startswith(FORCE_ROOTS)
            and m.token.lemma_.lower() not in self.grammar.campaign_nouns
            # ('the attack was on rebel-held areas': aimed by way of the copula)
            and bool(_pobjs(m.token, ("on", "against")) or (_copula_subject(m.token) and _pobjs(m.token.head, ("on", "against"))))
            # as what the clause is about, not as the means of another act ('killed in air strikes on the
            # area', 'air strikes on the town killed 14') nor as what something else is about ('a moratorium
            # on air strikes')
            and (
                m.token.dep_ in ("dobj", "ROOT", "appos", "attr")
                or (
                    m.token.dep_ in ("nsubj", "nsubjpass")
                    and not any(q.cameo.startswith(FORCE_ROOTS) for q in self.by_lemma.get(m.token.head.lemma_.lower(), ()))
                )
                or (m.token.dep_ == "pobj" and m.token.head.lower_ in ("following", "after"))
            )
        )
        # (aid a state gives is reported as given: 'Chinese aid to Africa has grown', 'the Chinese government's
        # assistance package consisted of $22.5 million in relief supplies')
        given = p.cameo.startswith(AID_CODES) and any(s.actor.country and not s.means for s in sources)
        if nominal and not targets and not by_agent and not happened and not aimed and not given:
            # a bare event noun ("Syria's war") reports no act by itself; one aimed at something does
            # ('Daesh attack on Aqareb es Safi village', whose target is no actor)
            return []
        if (
            not targets
            and not nominal
            and p.target in ("auto", "prep")
            and not p.speech
            and not (p.reciprocal and len(sources) > 1)
        ):
            targets = self._place_target(m, names, ctx)
        elif (
            not targets
            and nominal
            and not happened
            and p.cameo.startswith(FORCE_ROOTS)
            and not (p.reciprocal and len(sources) > 1)
        ):
            # 'the LRA is responsible for mass killings throughout the Central African Republic'
            targets = self._place_target(m, names, ctx)
        if needs_target and not targets:
            return []  # disapproval by someone unnamed of no one: 'the agreement was criticized'
        cameo = p.cameo
        notes: list[str] = []
        if p.predicate is not None and cameo.startswith("112") and not targets and _judges_itself(anchor):
            # 'ISIS said it was responsible for the attack': a claim of one's own act (015), no accusation;
            # 'said it was no terrorist group' accuses no one
            if not any(
                w.lemma_.lower() in self.grammar.responsibility_words or w.lower_ == "responsibility" for w in _predicates(anchor)
            ):
                return []
            cameo = "015"
            notes.append("responsibility said of oneself: 112 -> 015")
        kinds = self.grammar.object_kind_codes.get(cameo)
        if kinds:
            # 'suspended military aid to Egypt': the kind of what is cut, refused or withheld says the finer code
            for o in _objects(m.token, m.prep_tok, self.opaque_nouns):
                kind = next((w for c in o.children if c.dep_ in ("amod", "compound") and (w := c.lemma_.lower()) in kinds), None)
                if kind is not None:
                    notes.append(f"{kind} {o.lemma_.lower()}: {cameo} -> {kinds[kind]}")
                    cameo = kinds[kind]
                    break
        # ('Russia and China vowed to fight terrorism together': side by side, not against each other)
        together = any(c.lower_ in ("together", "jointly") for c in anchor.children)
        reciprocal = p.reciprocal and not (together and len(sources) > 1)
        if cameo[:2] in FORCE_ROOTS and any(c.dep_ in ("npadvmod", "compound") and c.lower_ == "test" for c in m.token.children):
            notes.append(f"a test firing, no attack: {cameo} -> 150")  # 'Iran test-fired a ballistic missile'
            cameo = "150"
        if (
            cameo == "190"
            and p.pos == "VERB"
            and m.token.lemma_.lower() == "attack"
            and targets
            and all(
                (f.person and f.actor.sector not in (*ARMED_SECTORS, "COP")) or f.actor.sector in ("PTY", "LEG")
                for f in (*sources, *targets)
            )
            and not _pobjs(m.token, ("with",))
        ):
            # 'Biden attacked Trump on paying fewer taxes', 'Democrats continued to attack Trump': a politician or party
            # attacking another attacks in words
            notes.append(f"a politician attacking another in words: {cameo} -> 111")
            cameo = "111"
        joint = _longest_prefix(cameo, self.grammar.joint_codes) if len(sources) > 1 and not targets else None
        if joint is not None:
            # 'the US and Jordan began war games': a show of force staged together is cooperation
            notes.append(f"staged jointly by {len(sources)} actors: {cameo} -> {joint}")
            cameo, reciprocal = joint, True
        keeping = _longest_prefix(cameo, self.grammar.peacekeeping_codes)
        keepers = [anchor.doc[s.head] for s in sources if not s.means and s.head < len(anchor.doc)] if keeping else []
        if keeping is not None and any(
            t.lemma_.lower() in self.grammar.peacekeeping_words
            or (
                t.lemma_.lower() in self.grammar.monitoring_verbs
                and any(o.lemma_.lower() in self.truce_nouns for o in t.children)
            )
            for t in (*anchor.subtree, *m.token.subtree, *keepers)
        ):
            # 'Chinese peacekeepers arrived in South Sudan', 'deployed troops on a peacekeeping mission',
            # 'approved the deployment of a U.N. advance team to monitor a ceasefire'
            notes.append(f"peacekeepers deployed: {cameo} -> {keeping}")
            cameo = keeping
        modality = "asserted"
        mood = died_verb or anchor  # the word whose clause says whether the act happened
        kind = None if p.speech else _modal_kind(mood, self.grammar)
        if kind is None and ordered_by is not None:
            kind = "required"  # ('ordered an aide to be extradited' read as a clause: ordered, not reported done)
        if _negated(mood, self.grammar.negating_verbs) or _none_done(m):
            modality = "negated"
        elif kind is not None:
            modality = "future" if kind in ("future", "purpose") else "hypothetical"
            if kind == "purpose":
                notes.append("the purpose of the act it hangs on: intended, not reported done")
        depth = _depth(m.token)
        out = []
        pairs: list[tuple[Coded, Coded | None]] = []
        if targets and nominal and m.token.lemma_.lower() in self.from_nouns:
            # ('criticism from Western countries and rights groups': those it came from are none of its targets)
            targets = [t for t in targets if not any(_same(s, t) for s in sources)]
        if p.cameo == "112" and targets and all(any(_same_side_named(s, t) for s in sources) for t in targets):
            return []  # what one says one's own side did is no accusation ('ISIS said its fighters committed the massacre')
        if p.mutual and len(sources) > 1:
            # 'Canada and the UK agreed to a trade deal': agreed with each other (and to what it is aimed at)
            pairs = [(s, t) for s in sources for t in (*sources, *targets) if s is not t and not _same(s, t)]
            notes.append(f"done among the {len(sources)} doers named together")
        elif targets:
            pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
            if not pairs and all(t.place for t in targets):
                # the place named as the doer's state is no target of its own ('arrested in Niger')
                pairs = [(s, None) for s in sources]
        elif reciprocal and len(sources) > 1:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        else:
            pairs = [(s, None) for s in sources]
        forward = len(pairs)
        if p.reciprocal and targets and not cameo.startswith(tuple(self.grammar.one_way_codes)):
            # the other way round too, but a place does not act, and an unnamed doer is no target
            pairs += [(t, s) for s, t in list(pairs) if t is not None and not t.place and s.actor.text]
        for n_pair, (src, tgt) in enumerate(pairs):
            variants = [(cameo, modality, notes)]
            # (a refusal is someone's: 'the prisoners were not released' refuses nothing)
            refusal = _longest_prefix(cameo, self.grammar.refusal_codes) if modality == "negated" and src.actor.text else None
            if refusal is not None:
                # 'will not lift the ban', 'failed to reach agreement': refusing the cooperative act is an
                # asserted act of its own (CAMEO 12x), coded beside the act itself (negated)
                variants.insert(0, (refusal, "asserted", [*notes, f"cooperation refused: {cameo} -> {refusal}"]))
            # an actor announcing its own possible or intended act makes a threat or a promise: an asserted
            # act of its own (CAMEO 13x / 03x), coded beside the act itself (hypothetical or future);
            # others' speculation stays hypothetical
            elif (
                kind in ("possible", "conditional", "future")
                and src.actor.text  # (an unnamed doer announces nothing: 'residents could not flee')
                and not src.means  # (nor does a weapon: 'the gas can cause suffocation as the chemical injures the airways')
                and (speech_verb is None or _same_side(src, speaker))
                # (nor does the writer's 'must': 'United States must continue military aid to Egypt' is no promise)
                and not (speech_verb is None and _obliged(anchor, self.grammar))
                and (kind != "conditional" or self._own_condition(anchor, src, names, ctx, speaker))
            ):
                new = _longest_prefix(cameo, self.grammar.intent_codes)
                if new is not None:
                    variants.insert(0, (new, "asserted", [*notes, f"{kind} act announced: {cameo} -> {new}"]))
            elif kind == "considered":
                # 'is considering sending aid': weighing a policy option (014), the act not yet decided
                variants.insert(0, ("014", "asserted", [*notes, f"act under consideration: {cameo} -> 014"]))
            # (code, modality, notes, source, target, depth) of each event this pair yields
            coded = [(code, mod, why, src, tgt, depth) for code, mod, why in variants]
            if (
                len(variants) > 1
                and speech_verb is not None
                and speech_verb.i < anchor.i
                and speaker
                and not any(_same(src, s) for s in speaker)
            ):
                # 'Putin said his country will not lift the ban': the refusal, promise or threat is the speaker's,
                # who announces it for their side; the act itself stays the side's (not where the report only
                # follows, as its source: 'Canada and Costa Rica agreed to ..., the leaders said')
                code, mod, why = variants[0]
                coded[:1] = [
                    (
                        code,
                        mod,
                        [*why, f"announced by {s.actor.text!r} for {src.actor.text!r}"],
                        _speaking_for(s, src),
                        tgt,
                        depth,
                    )
                    for s in speaker
                ]
            if (
                speech_verb is not None
                and speech_verb.lemma_.lower() in self.grammar.claim_verbs
                and modality == "asserted"
                and kind is None
                and speaker
                and any(_same_actor(src, s) for s in speaker)
            ):
                # 'the Houthis claimed that they had attacked the airport': claiming one's own act (015)
                claim = f"own act claimed with {speech_verb.text!r}: {cameo} -> 015"
                coded.insert(0, ("015", "asserted", [claim], src, tgt, _depth(speech_verb)))
            if speech_verb is not None and speaker and _obliged(anchor, self.grammar) and not _same_side(src, speaker):
                # "Russia says Israel must end the strikes": the speaker demands it of the source
                demand = _longest_prefix(cameo, self.grammar.demand_codes) or "100"
                coded += [
                    (
                        demand,
                        "asserted",
                        [f"obligation reported by {s.actor.text!r}: {cameo} -> {demand}"],
                        s,
                        src,
                        _depth(speech_verb),
                    )
                    for s in speaker
                ]
            for code, mod, why, source, target, at_depth in coded:
                evidence = [f"pattern {p.id} ({p.file})", *why, f"modality: {mod}", *(f"source: {e}" for e in source.evidence)]
                if target is not None:
                    evidence.extend(f"target: {e}" for e in target.evidence)
                out.append(
                    RawEvent(
                        match=m,
                        cameo=code,
                        source=source,
                        target=target,
                        rule=p.id,
                        evidence=tuple(evidence),
                        confidence=_confidence(m, source, target),
                        depth=at_depth,
                        statement=p.speech,
                        modality=mod,
                        speech=speech_verb.i if speech_verb is not None else None,
                        reverse=n_pair >= forward,
                        purpose=kind == "purpose" and mod == modality,
                    )
                )
        return out

    # --- participants -------------------------------------------------------------

    def _expand(
        self,
        tok: Token,
        names: DocNames,
        ctx: ArticleContext,
        speaker: list[Coded],
        allow_place: bool = False,
        as_source: bool = False,
    ) -> list[Coded]:
        """Code a phrase and its conjuncts ("Iran, Russia and Turkey"); pronouns in reported speech take the speaker."""
        out: list[Coded] = []
        # (and those listed after a name in apposition: 'the Russian space organization Glavkosmos and the Indian
        # Space Research Organization', the list hung on the name)
        name = next((c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1 and c.pos_ == "PROPN"), None)
        for t in (tok, *tok.conjuncts, *(name.conjuncts if name is not None else ())):
            if speaker and t.pos_ == "PRON" and _refers_to_speaker(t, speaker):
                # the speaker named in this sentence is the mention that says who acts ('the Houthis said they ...');
                # 'it' after a person ('Turkey's president says it will ...') is the state, so the pronoun stays
                why = f"{t.text!r}: the speaker of the reported clause"
                out.extend(
                    s.refer(t, ctx.offset, f"speaker {s.actor.text!r} of the reported clause")
                    if t.lower_ == "it" and s.person
                    else replace(s, evidence=(*s.evidence, why), resolved=True)
                    for s in speaker
                )
                continue
            c = self.actors.code(t, names, ctx, speaker=speaker[0] if speaker else None, allow_place=allow_place)
            if as_source and (c is None or c.actor.country is None):
                # ('jet strikes blamed on the Syrian regime hit ...': whom the means is put down to)
                owners = self._owners(t, names, ctx) or (self._means_doers(t, names, ctx) if c is not None else [])
                if owners:
                    out.extend(owners)
                    continue
            # (a subject tagged as an adjective is a noun: 'A Syrian regime offensive ... has displaced')
            # (not for an occasion: 'said at a press conference' is said to no press)
            if (
                c is None
                and (t.pos_ == "NOUN" or (t.pos_ == "ADJ" and t.dep_ in SUBJECT_DEPS))
                and t.lemma_.lower() not in self.grammar.occasion_nouns
            ):
                c = self._modifier_actor(t, names, ctx)
                # (a doer too, where the noun is a body, not an act or a means: 'Iran-allied group announced')
                body = as_source and t.lemma_.lower() not in self.means_nouns
                if c is not None and (not as_source or body) and t.lemma_.lower() not in self.act_nouns and c.actor.end <= t.idx:
                    # 'shelled two regime-held villages': the holder is the target, written as the whole phrase
                    first = min((x.left_edge.i for x in t.lefts if not x.is_punct), default=t.i)
                    c = written_over(c, t.doc[first : t.i + 1], ctx.offset)
            if c is None and as_source:
                doers = self._means_doers(t, names, ctx)
                if doers:
                    out.extend(doers)
                    continue
                c = self._means_actor(t, ctx)
            unknown = (
                c is not None
                and c.actor.country is None
                and c.actor.sector == "UNK"
                and t.lemma_.lower() in self.knowledge.sectors
            )
            if c is None or unknown:
                # 'Critics, including the European Commission, accuse ...': the ones named for the unnamed many
                named = _pobjs(t, ("including",))
                found = [f for g in named for f in self._expand(g, names, ctx, speaker, allow_place, as_source)]
                if found:
                    out.extend(found)
                    continue
            if c is not None:
                out.extend(self.actors.split_coordinated(c, t, names, ctx.offset))
                # (a count's, not a band's: 'an alliance of rebels and Islamist fighters' is one side)
                counted = _counts(t) or t.lower_ in QUANTIFIERS
                inner = of_object(t, ("of", "from")) if counted and c.head != t.i and not c.place else None
                if inner is not None and c.head == inner.i:
                    # 'opened its borders to such a large number of Syrians, Iraqis and Afghans': each of those counted
                    for conj in inner.conjuncts:
                        more = self.actors.code(conj, names, ctx, allow_place=allow_place)
                        if more is not None and not more.place:
                            out.append(more)
        return out

    def _subjects(self, verb: Token, names: DocNames, ctx: ArticleContext, speaker: list[Coded]) -> list[Coded]:
        cur = verb
        for _ in range(6):
            subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            subj = subjects[0] if subjects else None
            if len(subjects) > 1:
                # 'The other large group in the coalition the al-Qaeda-linked Nusra Front attacked': an apposition
                # without its commas read as two subjects; the one that names an actor
                subj = next((c for c in subjects if self.actors.code(c, names, ctx) is not None), subj)
            if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
                # 'In mid-August, Kushner, on behalf of the White House, helped broker a deal': a date read as the
                # subject, the subject in apposition to it
                subj = next(
                    (
                        a
                        for c in subjects
                        for a in c.children
                        if a.dep_ == "appos" and self.actors.code(a, names, ctx) is not None
                    ),
                    subj,
                )
            if subj is None:
                # 'IS has regularly targeted': a known name the tagger read as an auxiliary
                subj = next(
                    (c for c in cur.lefts if c.dep_ in ("aux", "auxpass", "csubj") and c.is_upper and names.get(c.i)), None
                )
            if subj is None:
                # 'The United Kingdom and France however have opposed': the subject hung on the auxiliary
                subj = next((g for c in cur.lefts if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "nsubj"), None)
            if subj is None:
                # 'Two ISIS suicide bombers driving explosive-laden trucks have killed': the subject read as
                # the subject of a gerund clause that was read as the verb's clausal subject
                subj = next(
                    (g for c in cur.lefts if c.dep_ == "csubj" and c.tag_ == "VBG" for g in c.children if g.dep_ == "nsubj"),
                    None,
                )
            if subj is None:
                # 'Shelling by the army killed 21 civilians': the doer of a gerund that is the clause's subject
                subject_clause = next((c for c in cur.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
                by = self._by(subject_clause, names, ctx, speaker) if subject_clause is not None else []
                if by:
                    return by
                if subject_clause is not None and subject_clause.lower_ in self.force_nouns:
                    # 'Shelling in the town of Musraba has killed three people': force by someone unnamed
                    return [self._unnamed(subject_clause, ctx, "an act of force named as the subject names no doer")]
            if subj is not None and subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                subj = cur.head  # 'clashes that killed 40 fighters': the relative pronoun stands for its noun
                copula_subj = next((c for c in subj.head.children if c.dep_ == "nsubj"), None) if subj.dep_ == "attr" else None
                if copula_subj is not None and self._expand(copula_subj, names, ctx, speaker):
                    subj = copula_subj  # 'ISIS is a terrorist organization that attacked the city': ISIS did
                act = _act_above(subj, self.act_nouns)
                # (also a site an attack was near or at: 'the mortar attack near a school which killed four children')
                site = subj.dep_ == "pobj" and subj.head.lower_ in LOCATIVE_PREPOSITIONS
                hostile = act is not None and act.lemma_.lower() in self.hostile_nouns
                if (
                    act is not None
                    and _active(cur)
                    and ((site and hostile) or not self._expand(subj, names, ctx, speaker, as_source=True))
                ):
                    # 'coalition strikes on army positions in the east that killed dozens of soldiers': the clause
                    # hung on a place inside the act's phrase is the act's
                    subj = act
            if subj is None:
                # 'According to SANA al-Nusra militants tried to attack': with its comma lost, the subject read as
                # the object of 'according to', after the reporter named first
                told = self._told_by_report(cur, names, ctx)
                if told:
                    return told
            if subj is None:
                # 'USAID provided ...', 'USAID had announced' tagged as an adverb: a known name just before
                # the verb (or its auxiliaries) is its subject
                subj = next(
                    (
                        c
                        for c in cur.lefts
                        if c.dep_ in ("advmod", "npadvmod", "dep")
                        and names.get(c.i)
                        and all(t.dep_ in ("aux", "auxpass", "neg") for t in cur.doc[c.i + 1 : cur.i])
                    ),
                    None,
                )
            timed = subj is not None and subj.ent_type_ in ("DATE", "TIME") and subj.pos_ == "NOUN"
            # ('After marathon talks in Geneva Kerry and Lavrov said ...': with the comma lost, the opening clause's
            # words read as the main verb's subject, its 'after' as the main verb's)
            opened = cur.dep_ == "ROOT" and any(c.dep_ == "mark" and c.i == cur.sent.start for c in cur.children)
            if (
                (subj is None or timed or opened)
                and cur is verb
                and cur.tag_ in ("VBD", "VBZ", "VBP")
                and cur.i > verb.sent.start
            ):
                # 'Elsewhere in Syria rebels attacked ...': a finite verb's subject read as the object of a
                # preposition just before it (also where a time was read as the subject, its commas lost: 'Hours
                # after the beginning of the offensive Turkish-backed militants seized')
                prev = cur.doc[cur.i - 1]
                while prev.dep_ == "conj" and prev.head.i < prev.i:
                    prev = prev.head  # ('... in Geneva John Kerry and Sergei Lavrov said': the first of those named)
                if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "pobj" and cur in prev.ancestors:
                    counter = prev.head.head if prev.head.lower_ == "of" else None
                    if counter is not None and _counts(counter):
                        prev = counter  # 'hundreds of families continued': the count and those it counts
                    found = self._expand(prev, names, ctx, speaker)
                    if found:
                        return found
            if subj is not None and subj.pos_ == "VERB" and subj.dep_ == "nsubj" and subj.lower_ in self.act_forms:
                # 'Russian strikes on the town killed 12', the act noun read as a verb with its modifier as subject
                # (or as its compound: 'Regime airstrikes on the city have killed three children')
                inner = next((c for c in subj.children if c.dep_ in ("nsubj", "compound") and c.i == subj.i - 1), None)
                found = self._expand(inner, names, ctx, speaker) if inner is not None else []
                return found or [_means_mention(subj.doc[subj.left_edge.i : subj.i + 1], subj.i, ctx)]
            if subj is not None and cur is verb:
                # 'US, Western allies launch war games': a headline's comma for 'and', the first name read apart
                listed = [
                    c
                    for c in cur.lefts
                    if c.dep_ in ("dep", "npadvmod") and names.get(c.i) and c.i + 1 < subj.i and c.doc[c.i + 1].text == ","
                ]
                if listed:
                    found = [
                        self._state_of(f, names) for t in listed for f in self._expand(t, names, ctx, speaker, allow_place=True)
                    ]
                    return [f for f in found if not f.place] + self._expand(subj, names, ctx, speaker, as_source=True)
            if subj is not None:
                # ('the fighting is reported to have killed 130 civilians': the subject of a raising verb is
                # its clause's doer)
                raised = subj.dep_ == "nsubjpass" and cur is not verb and cur.lemma_.lower() in self.grammar.raising_verbs
                doer = subj.dep_ == "nsubj" or subj.i == cur.head.i or raised or subj in cur.head.ancestors
                return self._expand(subj, names, ctx, speaker, as_source=doer)
            agent = self._agents(cur, names, ctx) if cur.dep_ == "acl" else []
            if not agent and cur.tag_ == "VBG" and cur.dep_ in ("csubj", "nsubj", "ROOT"):
                # 'Shelling by the army killed 21 civilians': a gerund's doer is its 'by'
                agent = self._by(cur, names, ctx, speaker)
            if agent:
                return agent
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.lower_ in ("of", "for"):
                # 'Amnesty accused the government of killing protesters', 'condemned Israel for bombing Gaza':
                # the one judged did the act (the 'of' may hang on the object: 'accuse the law of attacking')
                judge, judged = cur.head.head, None
                if judge.dep_ == "dobj":
                    judge, judged = judge.head, judge
                else:
                    judged = next((c for c in judge.children if c.dep_ == "dobj" and c.i < cur.i), None)
                if judged is not None and judge.lemma_.lower() in self.grammar.judging_verbs:
                    found = self._expand(judged, names, ctx, speaker, as_source=True)
                    if found:
                        return found
            called_on = _pobjs(cur.head, ("on", "upon")) if cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "call" else []
            for on in (o for o in called_on if o.ent_type_ not in ("DATE", "TIME")):
                # 'the UN called on Russia to halt its offensive': whom one calls on is to act (not 'on Monday')
                found = self._expand(on, names, ctx, speaker)
                if found:
                    return found
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() not in self.grammar.subject_control_verbs:
                # 'enabled Syrian forces to besiege', 'ordered its troops to attack': the object acts
                obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
                found = self._expand(obj, names, ctx, speaker) if obj is not None else []
                if found:
                    return found
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.speech_lemmas:
                break  # '... killed two people SANA reported': the reporter did not do the reported act
            # ('launched a counter-offensive killing 29 extremists', the participle read as the object)
            gerund = cur.dep_ == "dobj" and cur.tag_ == "VBG"
            # ('gunmen affiliated with the Nusra Front attacked', the participle read as the main verb)
            gerund = gerund or (cur.dep_ == "dep" and cur.i > cur.head.i and _reduced_relative(cur.head))
            if (
                cur.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "ccomp", "acomp") or gerund
            ) and cur.head.i != cur.i:
                # ('U.S. air strikes have also hit several areas' read as a noun with an adverbial clause)
                rootless = cur.dep_ == "advcl" and cur.head.dep_ == "ROOT" and cur.head.i < cur.i
                if (cur.dep_ in ("acl", "relcl") or rootless) and cur.head.pos_ in ("NOUN", "PROPN"):
                    noun = cur.head
                    if noun.lemma_.lower() in self.grammar.will_nouns and _infinitive(cur):
                        # 'the EU reaffirmed its commitment to support Ukraine', 'Russia announced plans to send
                        # troops', 'Iran's decision to release the sailors': whose will it is does the act
                        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                        doers = self._expand(owner, names, ctx, speaker) if owner is not None else []
                        if owner is not None and len(doers) == 1:
                            # 'the Nigerian Air Force reiterated its commitment to support': the subject, as written
                            doers = [self._as_named(owner, doers[0], names, ctx)]
                        # (not where a modifier says whose it is: 'previous Western efforts to impose'; nor where
                        # the verb does not hold it: 'take on efforts in the forum to demonize Jews')
                        held = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.grammar.will_verbs
                        owned = any(
                            c.dep_ in ("amod", "compound", "nmod")
                            and (names.get(c.i) or c.ent_type_ in ("NORP", "GPE", "ORG") or c.text[:1].isupper())
                            and c.i != c.sent.start
                            for c in noun.children
                        )
                        if not doers and held and not owned:
                            doers = self._subjects(noun.head, names, ctx, speaker)
                        if doers:
                            return doers
                    if noun.lemma_.lower() in self.act_nouns and noun.dep_ == "dobj" and _active(cur):
                        # 'the army continued operations in Jobar destroying tunnels': the operation's doer
                        doers = self._subjects(noun.head, names, ctx, speaker)
                        if doers:
                            return doers
                    # (a gerund on the text is its voice, object or none: 'issued a statement calling on the government')
                    if noun.lemma_.lower() in self.grammar.document_nouns and (_active(cur) or cur.tag_ == "VBG"):
                        # 'approved a resolution criticizing Nicaragua', 'Amnesty's report accusing the army':
                        # who issues the text says what it says: its owner or author ('Amnesty's report', 'a report
                        # by Amnesty'), else who issues it (not a kind of text: 'Trump signed an executive order')
                        authored = any(
                            c.dep_ == "poss"
                            or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")  # 'a UN Security Council resolution'
                            or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
                            for c in noun.children
                        )
                        doers = self._nominal_source(noun, names, ctx) if authored or noun.dep_ != "dobj" else []
                        if not doers and noun.dep_ == "dobj":
                            doers = self._subjects(noun.head, names, ctx, speaker)
                        elif not doers and noun.dep_ == "nsubjpass":
                            doers = self._agents(noun.head, names, ctx)
                        if doers:
                            return doers
                    # 'a car bomb wounded 37 people' read as a reduced clause: an active verb's noun is its doer
                    found = self._expand(noun, names, ctx, speaker, as_source=_active(cur))
                    act = noun.head.head if noun.dep_ == "pobj" else None
                    if (
                        not found
                        and act is not None
                        and act.lemma_.lower() in self.act_nouns
                        and act.dep_ == "ROOT"
                        and _active(cur)
                    ):
                        # 'over a dozen airstrikes on the residential area killed seven people', its verb hung on the area
                        found = self._expand(act, names, ctx, speaker, as_source=True)
                    if found or not rootless:
                        return found
                cur = cur.head
                if cur.dep_ == "prep":
                    cur = cur.head
                continue
            break
        return []

    def _told_by_report(self, verb: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """The subject a lost comma hid in 'According to SANA al-Nusra militants tried ...': the words of the
        'according to' phrase after its first name, a news outlet or monitor (or 'report', 'sources'), just
        before the verb with no subject of its own; coded without the reporter."""
        according = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
        pobjs = [g for g in to.children if g.dep_ == "pobj"] if to is not None else []
        pobj = pobjs[-1] if pobjs else None
        if pobj is None or not pobj.i < verb.i or any(t.pos_ in ("VERB", "ADP") for t in pobj.doc[pobj.i + 1 : verb.i]):
            return []
        # (the reporter read as a phrase of its own: 'According to report ISIS has executed')
        first = next(t for t in (pobjs[0] if len(pobjs) > 1 else pobj).subtree if t.i <= pobj.i and t.dep_ != "det")
        hit = names.get(first.i)
        if hit is not None and (hit[1].kind == "media" or hit[1].country == "NGO"):
            rest = hit[0].end
        elif first.lower_ in REPORT_WORDS:
            rest = first.i + 1
        else:
            return []
        while rest < pobj.i and pobj.doc[rest].lower_ in REPORTER_WORDS:
            rest += 1  # 'According to SANA news agency terrorists fired ...'
        if rest > pobj.i or pobj.doc[rest].is_punct or pobj.lemma_.lower() in self.act_nouns:
            return []  # (an act is no doer: 'According to the Observatory heavy bombardment has battered ...')
        coded = self.actors.code(pobj, names, ctx)
        if coded is None or coded.place or coded.means:
            return []
        reporter = hit[1] if hit is not None else None
        actor = coded.actor
        if (
            reporter is not None
            and actor.country == reporter.country
            and not any((h := names.get(t.i)) is not None and h[1] is not reporter for t in pobj.doc[rest : pobj.i + 1])
        ):
            actor = replace(actor, country=None)  # (the reporter's country is not the actor's)
        words_span = pobj.doc[rest : pobj.i + 1]
        start = words_span.start_char + ctx.offset
        actor = replace(actor, text=words_span.text, start=start, end=actor.end)
        return [replace(coded, actor=actor, evidence=(*coded.evidence, f"subject after the report of {first.text!r}"))]

    def _giver_named(self, noun: Token, names: DocNames, ctx: ArticleContext) -> bool:
        """'support from the coalition', 'support of Russian forces': the act noun names its own doer."""
        return any(self._expand(o, names, ctx, []) for o in _pobjs(noun, ("from", "by", "of")))

    def _states(self, objs: Iterable[Token], names: DocNames, ctx: ArticleContext, allow_place: bool = True) -> list[Coded]:
        """The actors `objs` name, a country or capital named as a place read as its state; other places left
        out ('received aid from Turkey', 'expelled from North Korea', 'its border with Syria')."""
        found = [self._state_of(f, names) for o in objs for f in self._expand(o, names, ctx, [], allow_place=allow_place)]
        return [f for f in found if not f.place]

    @staticmethod
    def _state_of(found: Coded, names: DocNames) -> Coded:
        """A country or capital named as a place, read as its state ('expelled from North Korea')."""
        hit = names.get(found.head)
        if not found.place or hit is None or hit[1].kind not in ("country", "capital"):
            return found
        return replace(found, actor=replace(found.actor, sector="GOV"), place=False, evidence=(*found.evidence, "its state"))

    def _done_to_an_ill(self, m: Match) -> bool:
        """Whether the act's object, or the object of a preposition on it, is a disease or a social ill
        (or a word of its name: 'the Ebola epidemic')."""
        objects = [
            o
            for h in (m.anchor, m.token)
            for c in h.children
            for o in ((c,) if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else ())
            if o.i != m.token.i
        ]
        objects += [g for o in objects if (g := of_object(o)) is not None]  # 'gain control of the blaze'
        return any(
            w.lemma_.lower() in self.grammar.ills for o in objects for w in (o, *(g for g in o.children if g.dep_ == "compound"))
        )

    def _trailing_verdict(self, m: Match, speaker: list[Coded]) -> bool:
        """'X said ... blaming Y': a participle of comment, disapproval or rejection (roots 01, 11, 12)
        with no subject of its own, after the speaker of a report."""
        verb = m.anchor
        return (
            bool(speaker)
            and m.pattern.pos == "VERB"
            and m.pattern.cameo[:2] in ("01", "11", "12")
            and verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ == "nsubj" for c in verb.children)
            and verb.head.lemma_.lower() not in self.grammar.document_nouns
            and all(s.head < verb.i for s in speaker)
        )

    def _by(self, gerund: Token, names: DocNames, ctx: ArticleContext, speaker: list[Coded]) -> list[Coded]:
        """Who a gerund names after 'by' ('shelling by the army'; the parser may call that 'by' an agent)."""
        by = [g for c in gerund.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return [f for o in _pobjs(gerund, ("by",)) + by for f in self._expand(o, names, ctx, speaker)]

    def _instrument(self, tok: Token) -> bool:
        """'force' is a means, 'forces' an actor: a plural counts only if it is not also an actor noun."""
        instruments = self.grammar.instrument_nouns
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not (tok.is_upper and tok.lower_ in instruments):
            return False  # a name's word: 'the Lesotho Defence Force' (not an acronym for a weapon: 'the IED')
        if tok.lower_ in instruments:
            return True
        lemma = tok.lemma_.lower()
        return lemma in instruments and lemma not in self.knowledge.sectors

    def _agents(self, verb: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        # 'were killed and 1407 injured by airstrikes': conjoined passives share their agent
        for c in (c for v in (verb, *(v for v in verb.conjuncts if v.tag_ == "VBN")) for c in v.children):
            if c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._expand(pobj, names, ctx, [], as_source=True)
        # 'has been accused of committing war crimes by insurgent groups': the agent hung on the verb's complement
        # ('is considered a terrorist group by the Syrian government': the agent hung on the predicate)
        complements = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        complements += [c for c in verb.children if c.dep_ == "oprd"]
        for pobj in (o for g in complements for o in _pobjs(g, ("by",))):
            found = self._expand(pobj, names, ctx, [])
            if found:
                return found
        kin = [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN")]
        for doer in (d for v in kin for d in _at_the_hands_of(v)):
            # 'hundreds of civilians were killed at the hands of the Assad regime'
            found = self._expand(doer, names, ctx, [], as_source=True)
            if found:
                return found
        # 'Turkey was condemned in a joint statement by Egypt, Greece and Cyprus': the words' author
        said_in = (
            o for v in kin for o in _pobjs(v, ("in", "through", "via")) if o.lemma_.lower() in self.grammar.utterance_nouns
        )
        for author in (a for o in said_in for a in _pobjs(o, ("by", "from"))):
            found = self._expand(author, names, ctx, [])
            if found:
                return found
        # "one civilian was killed in the air strikes": the means stands for an unnamed actor; conjoined
        # passives share it ("were killed and dozens injured in the air strikes")
        for c in (c for v in kin for c in v.children):
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "after", "following", "amid"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in self.means_nouns:
                        return self._expand(pobj, names, ctx, [], as_source=True)
        return []

    def _owners(self, tok: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """Whose the doer is, where the text says so: 'warplanes belonging to the Syrian regime', 'a
        helicopter believed to belong to government forces', 'gunmen affiliated with the Nusra Front'."""
        heads = [c for c in tok.children if c.dep_ in ("acl", "amod") and c.i > tok.i]
        if tok.dep_ == "nsubj" and _reduced_relative(tok.head):
            heads.append(tok.head)  # 'a helicopter believed to belong to X dropped ...' read as two clauses
        for acl in heads:
            for v in (acl, *(g for g in acl.children if g.dep_ == "xcomp")):
                preps = self.grammar.owner_words.get(v.lemma_.lower()) or self.grammar.owner_words.get(v.lower_)
                found = [f for o in _pobjs(v, tuple(preps or ())) for f in self._expand(o, names, ctx, [])]
                if found:
                    return found
        return []

    def _means_doers(self, tok: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """Who used the means, where the text names them: 'a shell fired by regime troops hit the school',
        'killed in clashes with the Syrian army' (the other side of a fight)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.means_nouns:
            return []
        # (not who backs them: 'Government forces backed by Russian jets recaptured the town' are the forces')
        for acl in (
            c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in self.grammar.backing_verbs
        ):
            # (and through a raising verb: 'airstrikes believed to be carried out by the Russian air force')
            kin = [acl, *(g for g in acl.children if g.dep_ == "xcomp" and acl.lemma_.lower() in self.grammar.raising_verbs)]
            for agent in (c for v in kin for c in v.children if c.dep_ == "agent"):
                found = [f for g in agent.children if g.dep_ == "pobj" for f in self._expand(g, names, ctx, [])]
                if found:
                    return found
            if acl.lemma_.lower() in ("blame", "attribute"):
                # 'jet strikes blamed on the Syrian regime hit the cities': whom they are put down to
                found = [f for g in _pobjs(acl, ("on", "to")) for f in self._expand(g, names, ctx, [])]
                if found:
                    return found
        if tok.lemma_.lower() in self.grammar.fight_nouns and tok.dep_ == "pobj":
            return [f for g in _pobjs(tok, ("with",)) for f in self._expand(g, names, ctx, [])]
        return []

    def _means_actor(self, tok: Token, ctx: ArticleContext) -> Coded | None:
        """An attack or weapon named where its actor would be ('airstrikes targeted the road', 'a car
        bomb killed ...'): an actor mention with no country or sector, since the text names neither."""
        if tok.pos_ == "NUM" or tok.lemma_.lower() in self.grammar.container_nouns:  # 'one of the shells', 'days of bombing'
            tok = of_object(tok) or tok
        if tok.lemma_.lower() not in self.means_nouns:
            return None
        if tok.lemma_.lower() in self.grammar.hazard_nouns and not any(c.dep_ == "compound" for c in tok.children):
            return None  # 'a fire killed five girls': a blaze is no weapon ('rocket fire' is)
        if tok.pos_ != "NOUN" and not (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass")):
            return None  # ('a regime offensive has displaced': a subject tagged as an adjective is a noun)
        # the noun phrase itself, not a misparse's leading words ('On Saturday a deadly explosion')
        mods = [c.left_edge.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss")]
        first = min(mods, default=tok.i)
        # (a space token: a double space before it; a day read as a modifier: 'On Saturday mortar rounds struck')
        while first < tok.i and (tok.doc[first].is_space or tok.doc[first].ent_type_ in ("DATE", "TIME")):
            first += 1
        return _means_mention(tok.doc[first : tok.i + 1], tok.i, ctx)

    def _between(self, noun: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """The sides named by 'between X and Y' on an event noun, or in the clause of the verb it is
        the subject of ('clashes broke out between X and Y', 'erupted at midnight between X and Y')."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
        if noun.dep_ in ("nsubj", "nsubjpass", "csubj"):
            clause = _clause(noun.head)
            preps += [t for t in clause if t.dep_ == "prep" and t.lower_ == "between" and t.head.i != noun.i]
        for c in preps:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sides = self._expand(pobj, names, ctx, [])
            split = self._joined_modifiers(pobj, names, ctx) if len(sides) == 1 else []
            if split:
                return split
            if len(sides) == 1:
                # 'between rebels from the Army of Islam and ISIL': the second side hung inside the first
                other = next((t for t in pobj.subtree if t.dep_ == "conj" and t.head.i != pobj.i), None)
                coded = self.actors.code(other, names, ctx) if other is not None else None
                if coded is not None and not _same(coded, sides[0]):
                    sides.append(coded)
            return sides
        return []

    def _joined_modifiers(self, noun: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """'between IS and regime forces', 'between government and opposition forces': two sides the parse joined
        as modifiers of one noun, the first written alone, the second with the noun (whose sector both take where
        they name none)."""
        mod = next((c for c in noun.children if c.dep_ in ("nmod", "compound", "amod") and c.i < noun.i and c.conjuncts), None)
        if mod is None:
            return []
        conj = mod.conjuncts[-1]
        if conj.i > noun.i:
            return []
        first, second = self.actors.code(mod, names, ctx), self.actors.code(conj, names, ctx)
        term = self.knowledge.sectors.get(noun.lemma_.lower())
        if second is None and conj.ent_type_ == "NORP" and term is not None:
            # ('between ISIS and Kurdish forces': a people the dictionaries give no state, with the noun's sector)
            at = conj.idx + ctx.offset
            why = f"{conj.text!r} {noun.text!r}: a side named by its people"
            second = Coded(Actor(conj.text, at, at + len(conj.text), None, term.sector, None), (why,), noun.i)
        if first is None or second is None or _same(first, second) or first.place or second.place:
            return []
        doc = noun.doc
        start = mod.left_edge.i - 2 if mod.left_edge.i >= 2 and doc[mod.left_edge.i - 1].text == "-" else mod.left_edge.i
        sides = []
        # (a prefix joined by a hyphen is the first side's: 'pro-regime')
        for side, words in ((first, doc[start : mod.i + 1]), (second, doc[conj.left_edge.i : noun.i + 1])):
            if side.actor.sector in (None, "UNK") and term is not None:
                side = replace(side, actor=replace(side.actor, sector=term.sector))
            sides.append(written_over(side, words, ctx.offset))
        return sides

    @staticmethod
    def _to_blame(verb: Token) -> bool:
        """'X was to blame': the subject of the copula is blamed, not blaming."""
        return (
            verb.lemma_.lower() == "blame"
            and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() == "be"
            and _infinitive(verb)
            and not any(c.dep_ == "dobj" for c in verb.children)
        )

    def _unnamed(self, verb: Token, ctx: ArticleContext, why: str = "a passive act of force names no agent") -> Coded:
        """The actor of an act of force that names none: no words, no country, no sector."""
        at = verb.idx + ctx.offset
        return Coded(Actor("", at, at, None, None, None), (f"unnamed actor: {why}",), verb.i)

    def _responsible(self, noun: Token, names: DocNames, ctx: ArticleContext, speaker: list[Coded]) -> list[Coded]:
        """Who a copula says did the act noun: 'X has been responsible for mass killings', 'X was behind the attack'."""
        if noun.dep_ != "pobj":
            return []
        prep = noun.head
        holder = prep.head
        if prep.lower_ == "for" and holder.lemma_.lower() in self.grammar.responsibility_words:
            if holder.dep_ == "amod" and holder.head.pos_ in ("NOUN", "PROPN") and holder.head.i < holder.i:
                # a headline's 'Assad regime responsible for chemical attack'
                return self._expand(holder.head, names, ctx, speaker)
            holder = holder.head
        elif prep.lower_ != "behind":
            return []
        if holder.lemma_ != "be":
            return []
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        return self._expand(subj, names, ctx, speaker) if subj is not None else []

    def _under(self, noun: Token, names: DocNames, ctx: ArticleContext, drawn: bool = False) -> tuple[Token | None, list[Coded]]:
        """The word that puts something under the act noun, and who or what that is: 'the convoy had come
        under attack', 'Ghouta, which has been under siege', 'the town under siege', 'Aleppo has been
        subjected to ferocious onslaught', 'the town has faced repeated attacks'."""
        # 'Kilis has faced a spate of rocket attacks from DAESH': the one who endures the act is its target
        carrier = self._series_carrier(noun)
        aim = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in self.grammar.enduring_verbs:
            holder = carrier.head
        elif drawn and carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in self.grammar.drawing_verbs:
            # 'Trump received criticism for the statement': disapproval drawn on an actor, who is its target
            holder = carrier.head
            subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            drawn_on = [f for f in self._expand(subj, names, ctx, []) if not f.means] if subj is not None else []
            return (holder, drawn_on) if drawn_on else (None, [])
        elif aim is not None and aim.lemma_.lower() in self.grammar.aim_nouns and aim.dep_ == "attr":
            holder = aim.head  # 'al-Nusra Front has also been the target of some strikes'
        elif _misread_under(noun):
            holder = noun.head.head.head
        elif noun.dep_ != "pobj":
            return None, []
        else:
            holder = noun.head.head
            exposed = noun.head.lower_ == "to" and holder.lemma_.lower() in self.grammar.exposure_verbs
            if noun.head.lower_ != "under" and not exposed:
                return None, []
        if holder.pos_ in ("VERB", "AUX"):
            subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and holder.dep_ in ("pcomp", "advcl", "xcomp", "conj"):
                # 'the group retreated after coming under attack': the clause's subject is the one attacked
                return holder, self._subjects(holder, names, ctx, [])
        else:
            subj = holder if holder.pos_ in ("NOUN", "PROPN") else None
        return holder, self._expand(subj, names, ctx, [], allow_place=True) if subj is not None else []

    def _died_of(self, noun: Token, names: DocNames, ctx: ArticleContext) -> tuple[Token | None, list[Coded]]:
        """The verb of dying and those who died of the act noun: 'died due to continued torture', 'died as a
        result of the torture', 'dies in prison after torture'; and those it left hurt: 'the airstrike left five
        civilians wounded'."""
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave" and not _pobjs(noun, ("of", "on", "against", "between")):
            # (not where the act names what it was aimed at, or its sides: 'a shelling of the central neighborhoods
            # left six people dead', 'the fighting between the SDF and IS left 11 extremists dead')
            state = next((c for c in noun.head.children if _left_state(c)), None)
            hurt = next((c for c in state.children if c.dep_ == "nsubj"), None) if state is not None else None
            dead = any(c.dep_ == "oprd" and c.lower_ in ("dead", "injured", "wounded") for c in noun.head.children)
            # ('left five civilians wounded' with the participle hung on those it describes)
            dead = dead or any(c.dep_ == "dobj" and any(_leaver(g) for g in c.children) for c in noun.head.children)
            if (state is not None or dead) and hurt is None:
                hurt = next((c for c in noun.head.children if c.dep_ == "dobj"), None)  # 'left 20 people dead'
            if hurt is not None:
                return noun.head, self._expand(hurt, names, ctx, [])
        tok = noun
        counted = noun.head.lower_ in ("from", "of", "in")  # 'the death toll from attacks'
        for _ in range(4):  # up through 'due to', 'as a result of', 'because of'
            tok = tok.head
            if counted and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.grammar.death_nouns:
                return tok, []  # 'the death toll from attacks on Aleppo has risen to 13': the attacks killed
            if tok.pos_ in ("VERB", "AUX") or tok.i == tok.head.i:
                break
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            tok.lemma_.lower() in self.grammar.occurrence_verbs
            and subj is not None
            and subj.lemma_.lower() in self.grammar.death_nouns
        ):
            return tok, []  # 'the deaths occurred during overnight raids on a road': the raids killed
        if tok.lemma_.lower() not in self.grammar.death_verbs:
            return None, []
        return tok, self._expand(subj, names, ctx, []) if subj is not None else []

    def _hazard_cause(self, verb: Token) -> bool:
        """A passive whose cause is a natural hazard or an accident: 'killed in the earthquake', 'damaged in
        the rollover', 'injured by the storm'."""
        kin = [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN")]
        if verb.dep_ == "conj":
            kin.append(verb.head)
        return any(
            g.lemma_.lower() in self.grammar.hazard_nouns
            for v in kin
            for c in v.children
            if c.dep_ in ("prep", "agent")
            for g in (*c.children, *(x for gg in c.children for x in gg.children if x.dep_ == "pobj"))
            if g.dep_ == "pobj"
        )

    def _subject_lost(self, verb: Token) -> bool:
        """An act with an object and no subject the parse can find: a finite verb reported by a speech verb,
        or a participle clause ('... killing 4 citizens')."""
        if not any(c.dep_ == "dobj" for c in verb.children):
            return False
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp", "acl", "conj", "xcomp"):
            head = verb.head.head if verb.head.dep_ == "prep" else verb.head
            own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            # (nor when the clause it hangs on has a pronoun subject we could not resolve: 'they had attacked ...
            # by blowing up the cars')
            # (nor when that clause's subject is a natural hazard or an accident: 'an earthquake struck X,
            # injuring 25 people')
            return not own and not any(
                c.dep_ in SUBJECT_DEPS and (c.pos_ == "PRON" or c.lemma_.lower() in self.grammar.hazard_nouns)
                for c in head.children
            )
        if verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("advcl", "ROOT", "ccomp"):
            # 'convoys were suspended after a deadly airstrike on Monday killed 12 aid workers', 'according to the
            # Observatory heavy bombardment has battered the province', 'In Khan Sheikhun a town in the provinces
            # south air strikes killed seven people': the subject read as the object of a preposition, the act
            # noun right before the verb and its auxiliaries (asked only where no subject is an actor)
            first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)])
            phrases = [c for c in verb.children if c.dep_ in ("prep", "nsubj") and c.i < verb.i]
            if verb.dep_ == "advcl":
                phrases += [c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i]
            if any(
                t.dep_ == "pobj" and t.lemma_.lower() in self.act_nouns and t.right_edge.i == first - 1
                for c in phrases
                for t in c.subtree
            ):
                return True
        while verb.dep_ == "conj":
            verb = verb.head
        return (
            verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in self.speech_lemmas
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
        )

    def _occurring(self, noun: Token) -> bool:
        """An act-of-force noun the sentence reports as happening: the subject of 'erupted', 'raged',
        'resumed', 'took place'; the object of 'reported', 'documented'; 'there were clashes'."""
        if noun.lemma_.lower() in self.grammar.state_nouns or any(c.lower_ in ("no", "neither") for c in noun.lefts):
            return False
        if noun.lower_ == "dead":
            # 'four children were among the dead': a count of the killed (not 'mourned the dead')
            return noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_.lower() == "be"
        # 'a string of Daesh bombings near the shrine left 134 people dead': the acts counted are where their count is
        carrier = self._series_carrier(noun)
        verb, dep = carrier.head, carrier.dep_
        if noun.tag_ == "VBZ" and dep == "ROOT":
            # 'On Thursday airstrikes on several areas ... left 50 people ...': the plural act noun read as the
            # verb, and its verb hung below it with no subject of its own
            below = (
                c
                for c in noun.children
                if c.dep_ in ("advcl", "conj", "ccomp")
                and c.pos_ == "VERB"
                and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
            )
            verb, dep = next(below, noun), "nsubj"
        if dep == "nsubj" and verb.lemma_ == "be" and _pobjs(verb, ("on", "against")):
            return True  # 'the attack was on rebel-held areas of eastern Damascus'
        if dep == "pobj" and verb.lower_ in ("in", "during") and _pobjs(noun, ("on", "against")):
            # 'four children were among the dead in the overnight strikes on the town', 'the watchdog reported
            # 12 dead in the strikes on the town': strikes aimed at a place, told as where the dead fell (not
            # 'killed in strikes on the town', whose killing is the act)
            told_as = {"be", "dead", *self.grammar.witness_verbs, *self.grammar.death_nouns}
            return verb.head.lemma_.lower() in told_as
        if dep == "pobj" and verb.dep_ == "agent" and verb.head.tag_ == "VBN" and verb.head.pos_ == "VERB":
            # 'damage to pipelines caused by suspected coalition strikes', 'shaken by two bomb attacks': what the
            # strikes did is told as done (not where the participle is an act of its own, whose means they are:
            # 'killed by Turkish artillery fire' is one act)
            own_act = self._match_token(verb.head) is not None
            return not own_act and not _negated(verb.head, self.grammar.negating_verbs)
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb, self.grammar.negating_verbs):
            return False
        lemma = verb.lemma_.lower()
        if dep in ("nsubj", "nsubjpass") and _clause_lemma(verb) in self.grammar.occurrence_verbs:
            return True  # 'two car bombs went off'
        if dep in ("nsubj", "nsubjpass") and lemma in self.grammar.occurrence_verbs:
            return lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
        if dep == "nsubjpass" and lemma in self.grammar.witness_verbs and not _active(verb):
            # 'air strikes were also reported in Aleppo', 'explosions were heard in the town' (not 'the attack was
            # seen as the worst')
            return lemma in ("report", "record", "document", "hear") and not any(c.lower_ == "as" for c in verb.children)
        if dep == "dobj" and lemma in self.grammar.witness_verbs:
            return True  # 'activists reported air strikes'
        if dep == "attr" and lemma == "be":
            # 'there were clashes'; 'it was a suicide bomb attack', 'the explosion was a car bomb attack': what
            # happened named as an act
            said_of = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
            return any(
                c.dep_ == "expl"
                or c.lower_ in ACT_PRONOUNS
                or c.lemma_.lower() in self.act_nouns
                or c.lemma_.lower() == "incident"
                for c in said_of
            )
        return False

    def _raised_participle(self, verb: Token) -> Token | None:
        """The passive raising verb a participle with no subject of its own completes ('seven civilians were
        reported injured', 'two children were believed killed'), or None."""
        head = verb.head
        if (
            verb.tag_ == "VBN"
            and verb.dep_ in ("xcomp", "oprd")
            and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children)  # (not 'to have killed')
            and head.lemma_.lower() in self.grammar.raising_verbs
            and any(c.dep_ == "nsubjpass" for c in head.children)
        ):
            return head
        return None

    def _speaker_left_over(self, found: Coded, doc: Doc, ctx: ArticleContext) -> bool:
        """Is the mention the reporter of a verb of saying right after it that has no subject of its own
        ('dropped barrels on Zubdiya the Syrian Observatory for Human Rights said': with the comma lost, the
        parse hangs the reporter on the clause before)?"""
        end = found.actor.end - ctx.offset
        after = next((t for t in doc[max(found.head, 0) :] if t.idx >= end), None)
        return (
            after is not None
            and after.lemma_.lower() in self.speech_lemmas
            and after.tag_ in ("VBD", "VBZ", "VBP")  # (not a participle: 'blocked the inspectors insisting that')
            and not any(c.dep_ in SUBJECT_DEPS for c in after.children)
        )

    def _light_clauses(self, noun: Token) -> list[Token]:
        """The light verbs of clauses on an act noun: 'attacks carried out by the Syrian air force', 'the
        attack which was launched by the terrorist organizations'."""
        return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.grammar.light_verbs]

    def _series_carrier(self, noun: Token) -> Token:
        """The noun that counts an act noun ('a string of Daesh bombings', 'a spate of rocket attacks'), or the
        act noun itself."""
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        # (and a count of them: 'dozens of shells fell overnight on Fuaa')
        counted = holder is not None and (holder.like_num or holder.lemma_.lower() in COUNT_WORDS)
        return holder if holder is not None and (holder.lemma_.lower() in self.grammar.series_nouns or counted) else noun

    def _nominal_source(self, noun: Token, names: DocNames, ctx: ArticleContext, as_doer: bool = False) -> list[Coded]:
        """Who does what an act noun names; with `as_doer`, as the act's source (a possessive pronoun whose
        subject is named in the sentence is told by that subject's words)."""
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in self.grammar.aid_carriers:
            # "the Chinese government's assistance package": whoever owns the package gives the aid
            return self._nominal_source(noun.head, names, ctx, as_doer)
        # 'attacks by the army', and 'attacks carried out by the Syrian air force'
        holders = [noun, *self._light_clauses(noun)]
        for doer in _at_the_hands_of(noun):
            found = self._expand(doer, names, ctx, [])  # 'the killing of Syrians at the hands of the regime'
            if found:
                return found
        for c in (c for h in holders for c in h.children):
            if (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._expand(pobj, names, ctx, [])
        if noun.lemma_.lower() in self.from_nouns:
            # 'prompted criticism from the international community', 'demands from the rebels': whom it came from
            # (not a place: 'aid from Turkey' names no giver; not 'withdrawal from Syria', 'attacks from the north')
            said = noun.lemma_.lower() in self.said_from_nouns
            found = self._states(self._from_named(noun), names, ctx, allow_place=said)
            if found:
                return found
        holder = None
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holder = noun.head  # 'the regime is escalating attacks on Alwaer' read as a copula: its subject does them
        elif noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_ in ("be", "go"):
            holder = noun.head.head  # 'government forces are on the offensive against the extremists'
        if holder is not None:
            subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            # (not 'it' or 'this', the act itself: 'it was a suicide bomb attack')
            if subj is not None and subj.lower_ not in ACT_PRONOUNS:
                found = self._expand(subj, names, ctx, [])
                if found:
                    return found
        for c in sorted(noun.children, key=lambda t: -t.i):
            modifier = c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "nsubj" and noun.pos_ == "ADJ")
            if c.dep_ == "poss" and self._patient_possessive(noun):
                continue  # 'Navalny's arrest': whom it was done to
            if modifier and c.i < noun.i:
                if c.lower_ in self.kinds.get(noun.lemma_.lower(), ()):
                    continue  # a kind of the act, not its actor ('U.S. military assistance', 'humanitarian aid')
                if against(c):
                    continue  # 'anti-government protests': whom they are against, not who protests
                if self._backing_participle(c):
                    continue  # 'a US-backed offensive by Kurdish and Arab fighters': the backer does not do it
                if any(self._backing_participle(b) and b.i == c.right_edge.i + 1 for b in noun.children):
                    continue  # ('a US-Russian brokered truce': the brokers named as a modifier before the participle)
                coded = self.actors.code(c, names, ctx)
                if coded is None and c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME"):
                    # 'Daesh Thursday attack': the doer hung on the day
                    coded = next(
                        (f for g in c.children if g.dep_ == "compound" for f in [self.actors.code(g, names, ctx)] if f),
                        None,
                    )
                # (a word for a body that names no one, 'coalition strikes', leaves the doer unnamed; the outlet
                # that reports an act of force does not do it: '(TRT World and Agencies) Airstrikes were reported')
                if (
                    coded is not None
                    and noun.lemma_.lower() in self.act_nouns
                    and not coded.actor.country
                    and not coded.actor.sector
                    and self.actors.places.country_of(entity_text(c)) is not None
                ):
                    continue  # 'the Hama battle': a name the dictionaries lack that the gazetteer knows is where, not who
                if coded is not None and not coded.place and (coded.actor.country or coded.actor.sector != "UNK"):
                    hostile = bool(self.hostile_nouns & {noun.lemma_.lower(), noun.lower_.removesuffix("s")})
                    if hostile and coded.actor.sector == "JRN":
                        continue
                    if (
                        noun.lemma_.lower() in self.force_nouns
                        and coded.actor.sector in ("CVL", "REF")
                        and names.get(c.i) is None
                    ):
                        continue  # ('a civilian massacre', 'civilian killings': whom it was done to, not who did it)
                    # ('The United States completed its withdrawal': the doer named in the sentence, as written)
                    return [self._as_named(c, coded, names, ctx) if as_doer else coded]
        return []

    def _backing_participle(self, tok: Token) -> bool:
        """A participle of backing or brokering before a noun: 'US-backed', 'Russian-brokered'."""
        return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in self.grammar.backing_verbs

    def _patient_possessive(self, noun: Token) -> bool:
        """Is the act noun's possessive whom it was done to ('Navalny's arrest', 'after his arrest'), the noun
        naming no other object ('Russia's arrest of Navalny')?"""
        return noun.lemma_.lower() in self.grammar.patient_nouns and of_object(noun) is None

    def _patient_of(self, noun: Token) -> bool:
        """Does the act noun's 'of' name whom it was done to ('the killing of five civilians'), not a date or
        a count ('the arrests of last week', 'the release of 200')?"""
        if noun.lemma_.lower() not in self.grammar.patient_nouns:
            return False
        done_to = of_object(noun)
        return done_to is not None and done_to.ent_type_ not in NOT_NAMES and done_to.pos_ in ("NOUN", "PROPN")

    def _as_named(self, poss: Token, coded: Coded, names: DocNames, ctx: ArticleContext) -> Coded:
        """A possessive 'its' or 'their' coded as the subject named earlier in its sentence, written as that
        subject's words; other mentions as they are."""
        if poss.tag_ != "PRP$" or not coded.resolved:
            return coded
        named = self.actors.named_before(poss, names, ctx)
        if named is None or not _same_actor(named, coded):
            return coded
        return replace(named, evidence=(*named.evidence, *coded.evidence), resolved=True)

    def _from_named(self, noun: Token) -> list[Token]:
        """What the 'from' of a noun of saying or giving names: on the noun, or on the verb it is the object of
        ('drew condemnation from Turkey'), where that verb is no act of its own ('withdrew support from')."""
        holders = [noun, noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in self.by_lemma else [noun]
        return [o for h in holders for o in _pobjs(h, ("from",))]

    def _hyphened_states(self, noun: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """The two states named joined by a hyphen just before the noun ('US-Russian talks', 'India-Pakistan
        clashes'), each as its state; or none."""
        if noun.i < 3 or noun.doc[noun.i - 2].text != "-":
            return []
        pair = [noun.doc[noun.i - 3], noun.doc[noun.i - 1]]
        hits = [names.get(t.i) for t in pair]
        if any(h is None or h[1].kind not in STATE_KINDS or h[1].country is None for h in hits):
            return []
        start = [t.idx + ctx.offset for t in pair]
        sides = [
            Coded(
                Actor(t.text, s, s + len(t), h[1].country, "GOV", None), (f"{h[1].source} ({t.text!r}): one of two sides",), t.i
            )
            for t, s, h in zip(pair, start, hits, strict=True)
            if h is not None
        ]
        return sides if sides[0].actor.country != sides[1].actor.country else []

    def _modifier_actor(self, noun: Token, names: DocNames, ctx: ArticleContext) -> Coded | None:
        """'condemned the attacks by rebels' -> rebels: the actor of an event noun. A sector adjective
        names who acts only on a hostile act ('militant attacks'); 'humanitarian aid' is a kind of aid."""
        found = self._nominal_source(noun, names, ctx)
        if not found:
            return None
        head = noun.doc[found[0].head]
        if head.dep_ == "amod" and head.pos_ == "ADJ" and names.get(head.i) is None:
            if noun.lemma_.lower() not in self.hostile_nouns:
                return None
        return found[0]

    def _held_in(self, noun: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """'hit military positions in Saudi Arabia's Asir region', 'sanctions against the entities in Uganda':
        sites no dictionary names, told by the place they are in, stand for that place, written as the whole
        phrase."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.located_nouns:
            return []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            found = [f for f in self._places_after(prep, names, ctx) if f.actor.country]
            if found:
                words = [x for x in noun.lefts if x.dep_ in MODIFIER_DEPS or x.dep_ in ("det", "predet")]
                first = min((t.i for x in words for t in x.subtree if not t.is_punct), default=noun.i)
                return [written_over(found[0], noun.doc[first : noun.i + 1], ctx.offset), *found[1:]]
        return []

    def _headline_passive(self, verb: Token) -> bool:
        """'Dozens killed in airstrikes on Idlib', 'Five civilians killed in Russian shelling': a
        participle of harm with no auxiliary and no object, whose 'in'/'by' phrase names the means."""
        if verb.lemma_.lower() not in self.grammar.victim_verbs or verb.tag_ not in ("VBN", "VBD"):
            return False
        if any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
            return False
        if verb.dep_ not in ("ROOT", "acl", "conj", "ccomp"):
            return False
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return True  # 'among 19 people killed as a result of strikes': a participle on its victims
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            verb.dep_ in ("ROOT", "ccomp")
            and subj is not None
            and subj.pos_ in ("NOUN", "PROPN")
            and (subj.left_edge.like_num or any(c.dep_ == "nummod" and c.i < subj.i for c in subj.children))
            and not any(c.dep_ == "dobj" for v in verb.conjuncts for c in v.children)
        ):
            # 'Two patients killed and eight injured due to four bombs', 'At least 4 people killed ... when
            # terrorists targeted', and so as reported speech: a count of victims, no object
            return True
        return any(
            c.dep_ in ("prep", "agent")
            and c.lower_ in ("in", "by")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in self.means_nouns for g in c.children)
            for c in verb.children
        )

    def _place_target(self, m: Match, names: DocNames, ctx: ArticleContext, verb: Token | None = None) -> list[Coded]:
        """'Troops remained on alert in Paris': with no other target, the place the act is in stands for
        its country (as a place that is the object of an act does); `verb` is the clause's verb when the
        act is a noun in it ('five died in barrel bomb attacks in Tlajabin')."""
        preps = self.grammar.place_target_prepositions
        holders = [verb] if verb is not None else [m.token] if m.anchor.i == m.token.i else [m.token, m.anchor]
        # and the act's object ('agreed to a ceasefire in Afghanistan', 'suspended aid deliveries in Borno')
        holders += [o for o in _objects(m.token, m.prep_tok) if o.pos_ == "NOUN"]
        for h in holders:
            for c in h.rights:
                if c.dep_ == "prep" and c.lower_ in preps and (m.prep_tok is None or c.i != m.prep_tok.i):
                    found = self._places_after(c, names, ctx)
                    if found:
                        return [replace(f, evidence=(*f.evidence, PLACE_TARGET)) for f in found]
        return []

    def _sent_out_of(self, verb: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """'expelled diplomats from Poland, Germany and Sweden', 'withdrew the batch of 200 peacekeepers from
        Liberia': the states those sent away or called back are sent out of, where they are of no named
        country themselves (not 'expelled Polish diplomats from Moscow')."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            sent = [obj, *(g for g in _pobjs(obj, ("of",)))]
            states = self._states((*(g for x in sent for g in _pobjs(x, ("from",))), *_pobjs(verb, ("from",))), names, ctx)
            states = [f for f in states if f.actor.country]
            # (the country the mention takes from that 'from' is no country of its own: 'peacekeepers from Liberia')
            own = {f.actor.country for x in sent for f in self._expand(x, names, ctx, []) if f.actor.country}
            if states and own <= {f.actor.country for f in states}:
                return states
        return []

    def _places_after(self, prep: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """The places a preposition's object names ('in Somalia, Ethiopia and Kenya'), or none."""
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            found = [f for f in self._expand(pobj, names, ctx, [], allow_place=True) if f.place]
            if found:
                return found
        return []

    def _beneficiaries(self, m: Match, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """Whom aid with no named recipient is for: 'provides support for farmers in Nigeria', 'gave 352
        million euros to promote development in Ethiopia', 'announced assistance to help Haiti cope'. The
        actor the gift or its purpose names, else the place that purpose is in."""
        tok = m.token
        gifts = [tok] if tok.pos_ == "NOUN" else [o for o in _objects(tok, m.prep_tok) if o.pos_ == "NOUN"]
        # (the 'for' hung on the verb as well: 'reduced humanitarian aid for 50,000 people in Idlib')
        fors = [g for h in (*gifts, *((tok,) if gifts and tok.pos_ == "VERB" else ())) for g in _pobjs(h, ("for",))]
        purposes = [
            c
            for h in {m.anchor, tok, *gifts}
            for c in h.children
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and _infinitive(c)
        ]
        purposes += [g for c in purposes for g in c.children if g.dep_ == "xcomp"]  # 'to help deliver'
        # 'to help the victims', 'to help Haiti cope'
        objects = fors + [
            o
            for c in purposes
            for o in (*c.children, *(g for x in c.children if x.dep_ == "ccomp" for g in x.children))
            if o.dep_ in ("dobj", "nsubj") and o.head.i != m.anchor.i
        ]
        for o in objects:
            if self._instrument(o):
                continue
            # (people it is for, named by who they are: 'aid for 50,000 people in Idlib'; not 'to help farmers')
            found = [
                f
                for f in self._expand(o, names, ctx, [], allow_place=True)
                if f.actor.country
                or f.actor.name
                or (o in fors and f.actor.sector not in (None, "UNK") and o.lemma_.lower() in self.actors.terms_by_last)
            ]
            if found:
                return [replace(f, evidence=(*f.evidence, BENEFICIARY)) for f in found]
        preps = self.grammar.place_target_prepositions
        for o in (*fors, *purposes):
            for t in o.subtree:
                found = self._places_after(t, names, ctx) if t.dep_ == "prep" and t.lower_ in preps else []
                if found:
                    return [replace(f, evidence=(*f.evidence, BENEFICIARY)) for f in found]
        return []

    def _judged(self, verb: Token, names: DocNames, ctx: ArticleContext) -> list[Coded]:
        """Whom a judgement is about ('called Assad a murderer', 'deemed the group a terrorist organization',
        'said the government was responsible'), or who did the act it is about ('called the regime's attack a
        crime'); none where the text names no one."""
        predicates = _predicates(verb)
        said_of = {w.i for w in predicates}
        judged = [c for c in verb.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i not in said_of)]
        # ('Jaish al-Islam is considered a terrorist group': the subject of a passive judgement)
        judged += [c for c in verb.children if c.dep_ == "nsubjpass"]
        # (the one called, read as the predicate, with what it is called in apposition)
        judged += [c for c in verb.children if c.dep_ == "oprd" and any(a.dep_ == "appos" and a.i in said_of for a in c.children)]
        judged += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in SUBJECT_DEPS]
        # ('called Denmark's Prime Minister nasty', with the one called read as a compound of the predicate)
        judged += [c for w in predicates if w.dep_ in ("oprd", "dobj") for c in w.children if c.dep_ == "compound" and c.i < w.i]
        for c in judged:
            if c.lower_ in ("it", "this", "that"):
                continue  # 'if deliberate it is a war crime': the act, not an actor
            found = self._expand(c, names, ctx, [])
            if not found and c.lemma_.lower() in self.act_nouns:
                found = self._nominal_source(c, names, ctx)
            if found:
                return found
        # 'said the attacks amounted to war crimes committed by regime forces': who committed what it is called
        for acl in (c for w in predicates for c in w.children if c.dep_ == "acl"):
            found = self._by(acl, names, ctx, [])
            if found:
                return found
        return []

    def _targets(
        self, m: Match, names: DocNames, ctx: ArticleContext, passive: bool, sources: Sequence[Coded] = ()
    ) -> list[Coded]:
        p = m.pattern
        anchor = m.anchor
        tok = m.token
        mode = p.target
        if p.predicate is not None and mode == "auto":
            return self._judged(tok, names, ctx)
        # whom an act of giving goes to, by its "to" (RECIPIENT_CODES)
        # (and with whom material cooperation is shared: 'shared intelligence with the United States')
        recipient_preps = ("to", "into", "with") if p.cameo.startswith("06") else ("to", "into")
        given_to = [g for h in (tok, anchor) for g in _pobjs(h, recipient_preps)] if p.cameo.startswith(RECIPIENT_CODES) else []
        if p.cameo.startswith(RECIPIENT_CODES) and not given_to:
            # 'sent 100 vehicles and a team of paratroopers to Lebanon': the 'to' hung on what is sent
            sent = [x for c in tok.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]
            sent += [g for x in sent for g in _pobjs(x, ("of",))]
            given_to = [g for x in sent for g in _pobjs(x, ("to", "into")) if g.pos_ == "PROPN"]
        if passive and mode in ("auto", "object"):
            # 'the bookmark was returned by US officials to Spanish authorities': whom it went to
            for o in given_to:
                found = self._expand(o, names, ctx, [], allow_place=True)
                if found:
                    return found
        if passive and mode in ("auto", "object"):
            subj = next((c for c in anchor.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is None and _shares_passive(anchor):
                subj = next(c for c in anchor.head.children if c.dep_ == "nsubjpass")  # 'were rounded up and executed'
            if subj is None and anchor.dep_ == "acl":
                subj = anchor.head  # 'five civilians killed in airstrikes': the noun the participle describes
            if subj is None and _left_state(anchor):
                subj = next((c for c in anchor.head.children if c.dep_ == "dobj"), None)  # 'left five civilians wounded'
            if subj is not None and p.object and subj.lemma_.lower() in p.object and not p.cameo.startswith(FORCE_ROOTS):
                # 'sanctions were imposed on Iran', 'criticism was leveled at the government': what the pattern
                # names as its object is the subject; whom it is aimed at is the target
                aimed_at = _pobjs(anchor, ("on", "against", "at", "toward", "towards"))
                found = [f for o in aimed_at for f in self._expand(o, names, ctx, [], allow_place=True)]
                if found:
                    return found
            fired = subj.lemma_.lower() if subj is not None else ""
            # (a capitalised plural is a weapon too: 'Rockets were fired at Sderot'; 'forces' is an actor)
            single = subj.lower_.removesuffix("s") if subj is not None else ""
            weapon = subj is not None and (
                self._instrument(subj)
                or fired == "shot"
                or (single in self.grammar.instrument_nouns and single not in self.knowledge.sectors)
            )
            if (
                subj is not None
                and p.cameo.startswith(FORCE_ROOTS)
                and ((p.object and fired in p.object) or p.prep in ("at", "on"))
                and weapon
            ):
                # 'shots were fired at the protesters', 'rockets were fired at Sderot': what was fired is the
                # means the pattern names; whom it was fired at is the target
                return [
                    f
                    for o in _pobjs(anchor, ("at", "on", "against", "toward", "towards", "into"))
                    for f in self._expand(o, names, ctx, [], allow_place=True)
                ]
            return self._expand(subj, names, ctx, [], allow_place=True) if subj is not None else []
        candidates: list[Token] = []
        if mode in ("auto", "object") and p.pos != "NOUN":
            # (an object shared with the next verb, for acts of force and help: 'the army killed and injured a
            # number of operatives', 'will arm and train the rebels'; not 'agreed to resign and leave Greece')
            nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ in ("and", "or") else None
            shared = (
                list(nxt.children)
                if nxt is not None
                and nxt in tok.conjuncts
                and (p.cameo[:2] >= "17" or p.cameo.startswith(AID_CODES))
                and not any(c.dep_ == "dobj" for c in tok.children)
                else []
            )
            for c in (*tok.children, *shared):
                if c.dep_ in ("dobj", "dative"):
                    candidates.append(c)
                    # "imposed sanctions on Caracas", "launched strikes against X", "expressed condolences to X",
                    # "claimed the lives of 18 civilians", "shared evidence with X"; seen through amounts
                    # ("provided $3 million in funding to Lebanon") and participles ("lifted sanctions imposed on China")
                    # (an attitude is about someone: 'expressed concern for President Buhari's health')
                    about = ABOUT_PREPOSITIONS if p.cameo.startswith("01") else ()
                    for o in (c, *(g for g in _objects(tok, None) if g.i != c.i and g.i in {t.i for t in c.subtree})):
                        candidates += _pobjs(o, ("on", "against", "to", "with", *about, *(("of",) if o.i == c.i else ())))
                        candidates += [
                            g
                            for a in o.children
                            if a.dep_ == "acl" and a.tag_ == "VBN"
                            for g in _pobjs(a, ("on", "against", "to"))
                        ]
                        if p.cameo.startswith(FORCE_ROOTS):
                            # ('dropped six barrels containing chlorine gas on the city': the 'on' hung on the
                            # clause that describes what was dropped)
                            candidates += [
                                g
                                for a in o.children
                                if a.dep_ == "acl" and a.tag_ == "VBG" and not self._match_token(a)
                                for g in _pobjs(a, ("on", "against"))
                            ]
        if mode in ("auto", "object") and p.pos != "NOUN" and p.object is not None and not candidates:
            # 'will not accept any refugees fleeing the war' read as a clause: its subject is the object the
            # pattern names (as _objects reads it)
            candidates += [
                g
                for c in tok.children
                if c.dep_ == "ccomp" and c.tag_ == "VBG"
                for g in c.children
                if g.dep_ == "nsubj" and g.lemma_.lower() in p.object
            ]
        if mode in ("auto", "object") and p.pos == "NOUN" and anchor.lemma_.lower() in self.grammar.participation_verbs:
            candidates += [c for c in anchor.children if c.dep_ == "dobj"]  # 'joined Zarif for a meeting'
        if mode in ("auto", "prep") and m.prep_tok is not None and m.prep_tok.dep_ == "mark" and m.complement is None:
            # 'called for NATO members to increase spending': who is to act
            candidates += [c for c in m.prep_tok.head.children if c.dep_ == "nsubj"]
        # (not a passive's agent: 'forces backed by militias and Russia's air force' are backed by both)
        if mode in ("auto", "prep") and m.prep_tok is not None and m.prep_tok.dep_ != "agent":
            for o in _prep_objects(m.prep_tok):
                candidates.append(o)
                candidates += _pobjs(o, ("on", "against"))  # "called for sanctions against Turkey"
        if mode in ("auto", "complement_subject") and m.complement is not None:
            candidates += [c for c in m.complement.children if c.dep_ in ("nsubj", "nsubjpass")]
            if mode == "complement_subject" and m.complement.dep_ == "xcomp" and not candidates:
                # 'ordered the newspapers to suspend publication': the object is who is to act
                candidates += [c for c in tok.children if c.dep_ == "dobj"]
        if mode in ("auto", "prep"):
            holders = [tok] if anchor.i == tok.i else [tok, anchor]
            if p.pos == "NOUN" and _copula_subject(tok):
                holders.append(tok.head)  # 'the attack was on rebel-held areas'
            if p.pos == "NOUN":
                # 'launched a military operation, Operation Rah-e-Nijat, against militants': the act's name
                holders += [c for c in tok.children if c.dep_ == "appos"]
                holders += self._light_clauses(tok)  # 'a phone call made by Trump to Zelensky'
                if (
                    tok.dep_ == "pobj"
                    and tok.head.lower_ == "of"
                    and tok.head.head.lemma_.lower() in self.grammar.container_nouns
                ):
                    holders.append(tok.head.head)  # 'carried out a series of air strikes against hideouts of ISIL'
            for prep in self.grammar.target_prepositions:
                if prep == "at" and p.cameo.startswith("15"):
                    continue  # where a show of force is held, not whom it is aimed at ('a war game at the space agency')
                for h in holders:
                    for c in h.children:
                        # ('granted asylum to Julian Assange': 'to' read as a dative)
                        if c.dep_ in ("prep", "dative") and c.lower_ == prep and (m.prep_tok is None or c.i != m.prep_tok.i):
                            if prep == "of" and h.i != tok.i:
                                continue
                            if (
                                c.i > 0
                                and c.nbor(-1).lemma_.lower() == "protest"
                                and c.nbor(-1).pos_ == "NOUN"
                                and c.nbor(-1).i != h.i
                            ):
                                continue  # 'suspended aid to Kabul in protest at the harassment': why, not to whom
                            candidates += [g for g in c.children if g.dep_ == "pobj"]
        if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and mode == "auto" and not _active(anchor):
            candidates.append(anchor.head)  # "Syrian forces, backed by Russia": the forces are backed
        if mode == "auto" and (p.cameo[:2] in FORCE_ROOTS or p.cameo.startswith("17")):
            # "militants fighting to oust the president": the purpose clause names whom the fight is against
            # ('launched an operation to tackle IS': the purpose clause of the act noun's light verb, with its 'to')
            aimed_at = [
                c
                for c in (*(anchor.children if anchor.i != tok.i else ()), *((m.complement,) if m.complement is not None else ()))
                if _infinitive(c)
            ]
            candidates += [
                o
                for c in (*tok.children, *aimed_at)
                if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in self.grammar.purpose_target_verbs
                for o in c.children
                if o.dep_ == "dobj"
            ]
        if p.cameo.startswith(RECIPIENT_CODES):
            # 'returned an ancient Egyptian sarcophagus to Egypt', 'offered to the US an armored regiment': what is
            # given goes to someone, who is the target
            to = list(given_to)
            to += [c for c in candidates if c.dep_ == "pobj" and c.head.lower_ in ("to", "into")]
            to += [g for o in list(to) for g in _pobjs(o, ("in",))]  # 'to the Pirmasen Museum in Germany'
            candidates = [*to, *(c for c in candidates if c not in to)]
        if p.cameo.startswith("16") and mode in ("auto", "object", "prep") and not passive:
            states = self._sent_out_of(tok, names, ctx)
            if states:
                return states
        if mode == "auto" and anchor.lemma_.lower() in BLAMING_VERBS and not passive:
            # 'blamed the downing of the plane on Israel', the 'on' hung inside the object: whom it is put down to
            blamed = [
                o
                for c in anchor.children
                if c.dep_ == "dobj"
                for t in c.subtree
                if t.lower_ == "on"
                for o in _pobjs(t.head, ("on",))
            ]
            for o in reversed(blamed):
                found = self._expand(o, names, ctx, [], allow_place=True)
                if found:
                    return found
        held: list[Coded] = []  # a site told by the place it is in, for want of a named target
        for cand in candidates:
            if cand.i == tok.i:
                continue  # the act noun itself, taken part in: 'went on the offensive in Deir ez-Zor'
            named_object = cand.dep_ == "dobj" and cand.head.i == tok.i and p.object and cand.lemma_.lower() in p.object
            # (people the act is done to are its target where no one else receives it: 'trained Libyan soldiers',
            # not 'shared intelligence with the United States')
            people = cand.lemma_.lower() in self.actors.terms_by_last and not given_to and not _pobjs(cand, ("with", "to"))
            if named_object and not people and p.cameo.startswith(RECIPIENT_CODES):
                continue  # what is given or shared, not to whom: 'shared intelligence with the United States'
            # (but an act condemned is an act, whose doer is found below: 'condemned the airstrikes by Russian forces')
            if self._instrument(cand) and not (cand.lemma_.lower() in self.act_nouns and p.cameo.startswith(UNNAMED_CRITICS)):
                continue  # the means, not the target ("used force", "fired rockets")
            if cand.lower_ == "hands" and cand.head.lower_ == "at":
                continue  # 'at the hands of the regime': the doer
            if cand.dep_ == "pobj" and cand.head.lower_ == "on" and cand.lower_ in self.grammar.media_outlets:
                continue  # where it was said, not to whom: 'praised the agents on Twitter'
            if cand.lemma_.lower() == "state" and (inner := of_object(cand)) is not None and inner.lemma_.lower() in STATES_OF:
                continue  # 'declared a state of emergency': the act itself, not an actor
            if p.cameo.startswith(tuple(self.grammar.author_codes)) and cand.lemma_.lower() in self.grammar.proposal_nouns:
                # 'rejects demands from rebel group', 'denied charges by the U.S. Chamber of Commerce', 'rejected
                # an appeal lodged by X': one answers a proposal's author
                authors = _pobjs(cand, ("from", "by", "of")) + [
                    g
                    for a in cand.children
                    if a.dep_ == "acl"
                    for b in a.children
                    if b.dep_ == "agent"
                    for g in b.children
                    if g.dep_ == "pobj"
                ]
                if cand.dep_ == "dobj" and cand.head.i == tok.i and not passive:
                    # 'denied charges by X' with 'by X' hung on the verb
                    authors += [
                        g
                        for b in tok.children
                        if b.i > cand.i and b.dep_ in ("prep", "agent") and b.lower_ in ("by", "from")
                        for g in b.children
                        if g.dep_ == "pobj"
                    ]
                found = [f for a in authors for f in self._expand(a, names, ctx, [])]
                if found:
                    return [replace(f, evidence=(*f.evidence, f"the author of the {cand.lemma_.lower()}")) for f in found]
            if p.cameo.startswith("015") and cand.lemma_.lower() in self.act_nouns:
                continue  # the act claimed is the claimant's own; whom it hit is looked for below
            if p.cameo.startswith(FORCE_ROOTS) and cand.lemma_.lower() in self.force_nouns:
                # 'repelled ISIL's offensive': force against an act of force is against its doer (not 'violated
                # South Sudan's ceasefire')
                doers = [
                    f for c in cand.children if c.dep_ == "poss" and c.tag_ != "PRP$" for f in self._expand(c, names, ctx, [])
                ]
                if doers:
                    return doers
            found = self._expand(cand, names, ctx, [], allow_place=True)
            if not found and p.cameo.startswith(FORCE_ROOTS):
                found = self._owners(cand, names, ctx)  # 'bombed positions belonging to the Islamic State group'
            # (not by a reduced passive, whose noun is what it was done to: 'hostages captured from villages in Syria')
            if not found and not held and p.cameo[:2] >= "09" and not (anchor.dep_ == "acl" and not _active(anchor)):
                held = self._held_in(cand, names, ctx)
            if p.cameo.startswith("087") and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in cand.children):
                continue  # 'began the withdrawal of its troops': the forces one pulls back are one's own
            if cand.lemma_.lower() in self.act_nouns:
                if p.cameo.startswith("08"):
                    continue  # what one yields is one's own: 'ceased its military operations', 'lifted the US sanctions on Iran'
                # 'pressed its offensive': the possessive of an act noun is its doer, not the target
                found = [f for f in found if not (0 <= f.head < len(cand.doc) and cand.doc[f.head].tag_ == "PRP$")]
            # 'closed its borders with Togo', 'supports its decision': a thing the doer owns is no target
            found = [
                f
                for f in found
                if not (
                    0 <= f.head < len(cand.doc)
                    and cand.doc[f.head].tag_ == "PRP$"
                    and cand.doc[f.head].head.i == cand.i
                    and any(_same_actor(f, s) for s in sources)
                )
            ]
            owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in cand.children)
            if found and owned and all(any(_same_actor(f, s) for s in sources) for f in found):
                # 'the United States closed its embassy in Damascus': one's own mission is aimed at its host
                hosts = [
                    self._state_of(g, names)
                    for o in _pobjs(cand, ("in",))
                    for g in self._expand(o, names, ctx, [], allow_place=True)
                ]
                hosts = [h for h in hosts if h.actor.country and not any(_same_actor(h, s) for s in sources)]
                if hosts:
                    return hosts
            if found:
                return found
        if mode == "auto" and p.cameo.startswith("015"):
            # 'claimed responsibility for the drone attack on the government army's sites': the claimed act's target
            for act in (o for o in candidates if o.lemma_.lower() in self.act_nouns):
                for o in _pobjs(act, ("on", "against")):
                    found = self._expand(o, names, ctx, [], allow_place=True)
                    if found:
                        return found
        if mode in ("auto", "prep") and p.cameo.startswith("15"):
            # 'mobilized the troops for a battle against the Brotherhood': whom the show of force is against
            subjects = {t.i for c in tok.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            for opposed in (t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "against" and t.i not in subjects):
                found = [
                    f for g in opposed.children if g.dep_ == "pobj" for f in self._expand(g, names, ctx, [], allow_place=True)
                ]
                if found:
                    return found
            # 'massed forces and tanks on its border with Syria': the country across the border
            for border in (t for t in tok.subtree if t.lemma_.lower() in ("border", "frontier") and t.i not in subjects):
                found = self._states(_pobjs(border, ("with",)), names, ctx)
                if found:
                    return found
        if mode == "auto" and p.pos == "ADJ" and p.cameo.startswith("03"):
            # 'Vietnam is ready to contribute to UN peacekeeping operations in Syria', 'willing to send more
            # resources to Colombia': whom, or where, the act it is ready for is for
            for clause in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                objects = [d for d in clause.children if d.dep_ == "dobj"]
                given = [g for c in clause.children if c.dep_ == "dative" for g in c.children if g.dep_ == "pobj"]
                for o in [*_pobjs(clause, ("to", "with", "against")), *given, *(g for d in objects for g in _pobjs(d, ("to",)))]:
                    for where in (c for h in (o, of_object(o)) if h is not None for c in h.children if c.dep_ == "prep"):
                        if where.lower_ == "in":
                            found = self._places_after(where, names, ctx)
                            if found:
                                return found
                    found = self._expand(o, names, ctx, [], allow_place=True)
                    if found:
                        return found
        if mode == "auto" and p.cameo.startswith("0831"):
            # 'Suharto resigned as president of Indonesia': the state whose office is given up
            for office in _pobjs(anchor, ("as",)):
                state = of_object(office)
                found = self._expand(state, names, ctx, [], allow_place=True) if state is not None else []
                if found:
                    return found
        if mode == "auto" and p.cameo.startswith(("045", "165")):
            # 'launched a mediation effort to resolve the rift between Qatar and other Gulf states', 'ended
            # mediation efforts between Albanian separatists and ...': the sides mediated between, named anywhere
            # in the act's phrase
            scope = [*tok.subtree, *(anchor.subtree if anchor.i != tok.i else ())]
            for prep in (t for t in scope if t.dep_ == "prep" and t.lower_ == "between"):
                found = [f for f in self._between(prep.head, names, ctx) if not any(_same_actor(f, s) for s in sources)]
                if found:
                    return found
        if mode == "auto" and p.cameo.startswith((*AID_CODES, "162")):
            # (and aid cut: 'reduced humanitarian aid for 50,000 people in Idlib')
            found = self._beneficiaries(m, names, ctx)
            if found:
                return found
        if mode == "auto" and p.cameo.startswith("01") and not p.cameo.startswith("016"):
            # 'the Prime Minister said the Ethiopian government is committed to ...', 'expressed hopes the
            # Croatian government will change its policy': a statement is about the actor its clause is about
            # (a denial is of its accuser's words, not about their subject)
            for subj in _reported_subjects(anchor, tok):
                found = self._expand(subj, names, ctx, [], allow_place=True)
                if found:
                    return found
        if mode == "auto" and p.cameo.startswith("070") and anchor.lemma_.lower() in HELPING_VERBS:
            # 'helped establish an emerging democratic Afghan government': whom the help's own act is done to
            for o in (g for c in anchor.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"):
                found = [f for f in self._expand(o, names, ctx, [], allow_place=True) if not f.means]
                if found:
                    return found
        if mode == "auto":
            # 'lifted all restrictions on the ability of individuals to visit relatives in Cuba', 'lifted the trade
            # restrictions between it and Israel': whom a restriction is on, named deep in its phrase
            for o in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                if o.lemma_.lower() not in self.grammar.restriction_nouns:
                    continue
                for t in o.subtree:
                    # (not inside a clause below the restriction: 'restrictions on ... to visit relatives in Cuba')
                    in_clause = any(a.dep_ in ("relcl", "acl", "advcl") and o in a.ancestors for a in (t, *t.ancestors))
                    if t.i <= o.i or t.dep_ != "pobj" or in_clause:
                        continue
                    found = [self._state_of(f, names) for f in self._expand(t, names, ctx, [], allow_place=True)]
                    found = [
                        f
                        for f in found
                        if not any(_same_actor(f, s) for s in sources)
                        and (f.actor.country or f.actor.sector not in (None, "UNK"))  # (not 'individuals')
                    ]
                    if found:
                        return found
        # ('withdrew peacekeepers from another position in Syria'; where the act's own clause names the place,
        # that place is the target: 'bombarded areas in Aleppo province')
        return held if held and not self._place_target(m, names, ctx) else []


def _judges_itself(verb: Token) -> bool:
    """Is what the judgement is about the speaker itself ('said it was responsible', 'said they bear
    responsibility')?"""
    judged = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    judged += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in SUBJECT_DEPS]
    return any(t.lower_ in ("it", "they", "we", "i", "itself", "themselves", "ourselves", "myself") for t in judged)


def _means_of(noun: Token, acts: set[int]) -> bool:
    """Is the act noun the object, subject or 'in'/'by' phrase of one of the verbs `acts`?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "by", "with") and head.dep_ in ("prep", "agent"):
        head = head.head
    return noun.dep_ in ("dobj", "nsubj", "pobj") and head.i in acts and head.i != noun.i


def _at_the_hands_of(tok: Token) -> list[Token]:
    """Who an act was done by, named 'at the hands of' it."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for hands in c.children
        if hands.dep_ == "pobj" and hands.lower_ == "hands"
        for g in _pobjs(hands, ("of",))
    ]


def _reported_subjects(anchor: Token, tok: Token) -> list[Token]:
    """Subjects of the clauses a statement reports, nearest first, through clauses whose subject is a
    pronoun ('said they hoped that Gambari would ...'); pronouns themselves are left out."""
    heads = [anchor] if anchor.i == tok.i else [anchor, tok]
    heads += [c for h in heads for c in h.children if c.dep_ == "dobj"]  # 'expressed hopes (that) ...'
    clauses = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    out: list[Token] = []
    for _ in range(2):
        deeper = []
        for clause in clauses:
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.pos_ == "PRON":
                    deeper += [c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
                else:
                    out.append(subj)
        clauses = deeper
    return out


def _targets_of_governed(events: list[RawEvent], governor: dict[int, int]) -> list[RawEvent]:
    """'Sudan is willing to withdraw its troops from Abyei', 'refuses to lift sanctions on Iran': an intent,
    refusal or threat that names no target of its own is aimed at the target of the act it is about."""
    out = []
    for e in events:
        if e.target is None and not e.statement and e.cameo[:2] in ("02", "10"):
            # 'Iran demanded that the US lift sanctions': the appeal or demand is made of whoever is to act
            asked = next(
                (
                    f
                    for f in events
                    if governor.get(f.match.anchor.i) == e.match.token.i
                    and f.source.actor.text
                    and not _same_actor(f.source, e.source)
                ),
                None,
            )
            if asked is not None:
                why = f"target: who is to do the act it governs, {asked.match.token.text!r} ({asked.rule})"
                evidence = (*e.evidence, why, *(f"target: {x}" for x in asked.source.evidence))
                e = replace(e, target=asked.source, evidence=evidence, confidence=_confidence(e.match, e.source, asked.source))
        if e.target is None and not e.statement:
            inner = next(
                (
                    f
                    for f in events
                    if f.target is not None
                    and governor.get(f.match.anchor.i) == e.match.token.i
                    and _same_actor(f.source, e.source)
                ),
                None,
            )
            if inner is not None and inner.target is not None:
                why = f"target: that of the act it governs, {inner.match.token.text!r} ({inner.rule})"
                evidence = (*e.evidence, why, *(f"target: {x}" for x in inner.target.evidence))
                e = replace(e, target=inner.target, evidence=evidence, confidence=_confidence(e.match, e.source, inner.target))
        out.append(e)
    return out


def _inside_name(tok: Token, names: DocNames) -> bool:
    hit = names.get(tok.i)
    return hit is not None and len(hit[0]) > 1


def _doers_of_the_cause(events: list[RawEvent]) -> list[RawEvent]:
    """'the civilians were killed after US jets targeted the district', 'at least 15 people were killed as the
    coalition carried out raids': harm done by someone unnamed, in a clause whose act of force a named actor did
    ('after', 'as', 'when'), was done by that actor."""
    out = []
    for e in events:
        src = e.source.actor
        if e.cameo.startswith(FORCE_ROOTS) and not (src.country or src.sector) and e.modality == "asserted":
            cause = next(
                (
                    f
                    for f in events
                    if f is not e
                    and f.cameo.startswith(FORCE_ROOTS)
                    and (f.source.actor.country or f.source.actor.sector)
                    and (
                        (
                            f.match.anchor.dep_ == "advcl"
                            and f.match.anchor.head.i in {e.match.anchor.i, *(c.i for c in e.match.anchor.conjuncts)}
                            and any(
                                c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "as", "when", "while")
                                for c in f.match.anchor.children
                            )
                        )
                        # 'the Russian airstrike left five civilians wounded': the act that left them so
                        or (
                            f.match.token.dep_ == "nsubj"
                            and (leaver := _leaver(e.match.anchor)) is not None
                            and f.match.token.head.i == leaver.i
                        )
                    )
                ),
                None,
            )
            if cause is not None:
                why = f"source: the doer of the act it came with, {cause.match.token.text!r} ({cause.rule})"
                e = replace(e, source=cause.source, evidence=(*e.evidence, why))
        out.append(e)
    return out


def _candidates(tok: Token, lemma: str) -> list[tuple[str, bool]]:
    """The lemma, then word-form guesses for tokens the tagger got wrong ('advanced' as an adjective)."""
    out = [(lemma, False)]
    if tok.tag_ == "NNPS" and tok.lower_ == lemma and lemma.endswith("s"):
        out.append((lemma[:-1], False))  # a capitalised plural the lemmatizer keeps: '(TRT World) Airstrikes were reported'
    if tok.tag_ == "VBN" and tok.lower_ != lemma:
        out.append((tok.lower_, False))  # participial adjectives: "concerned", "alarmed"
    if tok.tag_ == "VBG" and tok.lower_ != lemma and _gerund_noun(tok):
        out.insert(0, (tok.lower_, False))  # an act noun read as a gerund: 'came under heavy Turkish shelling'
    if tok.pos_ in ("ADJ", "NOUN", "PROPN") and tok.tag_ not in ("NNS", "NNPS"):
        w = tok.lower_
        guesses = []
        if w.endswith("ed"):
            guesses += [w[:-1], w[:-2]]
            if len(w) > 4 and w[-3] == w[-4]:
                guesses.append(w[:-3])
        elif w.endswith("ing"):
            guesses += [w[:-3], w[:-3] + "e"]
        out += [(g, True) for g in guesses if g != lemma]
    return out


def _left_state(verb: Token) -> bool:
    """'the blast left at least 45 people dead and about 30 injured': a participle a verb of leaving puts its
    subject in, with no auxiliary of its own, says what was done to that subject (a passive)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp", "oprd", "advcl")
        and verb.head.lemma_.lower() == "leave"
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _leaver(verb: Token) -> Token | None:
    """The verb of leaving that put those the participle tells of in that state: 'left at least 45 people
    dead', and 'left five civilians wounded' with the participle hung on those it describes."""
    if _left_state(verb):
        return verb.head
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "leave":
        return verb.head.head
    return None


def _gerund_noun(tok: Token) -> bool:
    """'under heavy Turkish shelling', 'as a result of today's shelling': a gerund after a preposition with
    a modifier before it and no object, auxiliary or particle of its own is the act noun."""
    return (
        tok.dep_ in ("pobj", "pcomp")
        and any(
            (c.dep_ in ("amod", "poss", "det", "compound") or (c.dep_ == "nsubj" and any(g.dep_ == "case" for g in c.children)))
            and c.i < tok.i
            for c in tok.children
        )
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "prt", "dative", "advmod") for c in tok.children)
    )


def _pos_fits(pos: str, tok: Token, fallback: bool) -> bool:
    if pos == "VERB":
        if tok.pos_ in ("VERB", "AUX"):
            return True
        # tagger errors: a past participle read as an adjective but heading its clause
        return (
            tok.pos_ in ("ADJ", "NOUN", "PROPN")
            and (
                tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp")
                or any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            )
            and tok.tag_ not in ("NN", "NNS", "NNP", "NNPS")
            or (fallback and tok.pos_ == "ADJ")
            # 'EU and UN hand over supplies': a noun with a subject and an object or particle is a verb
            or (
                tok.pos_ == "NOUN"
                and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
                and (
                    (not fallback and any(c.dep_ in ("dobj", "prt") for c in tok.children))
                    # 'the source added that a sniper ... shot on the locals': a past form heading its clause
                    or (fallback and tok.dep_ in ("ROOT", "ccomp") and tok.tag_ == "NN")
                )
            )
        )
    if pos == "NOUN":
        if tok.tag_ == "VBZ" and not fallback:
            # 'On Thursday airstrikes on several areas ... left 50 people ...': a plural act noun read as the
            # verb of a clause it has no subject or object in
            return not any(c.dep_ in (*SUBJECT_DEPS, "dobj", "aux", "auxpass", "xcomp") for c in tok.children)
        if tok.pos_ == "ADJ" and not fallback and tok.dep_ in ("pobj", "dobj", *SUBJECT_DEPS):
            # 'five children were among the dead' with 'dead' tagged an adjective: 'the' makes it a noun
            return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.tag_ == "VBG" and not fallback:
            return _gerund_noun(tok)
        return tok.pos_ in ("NOUN", "PROPN") and not fallback
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in tok.children):
        return False  # a verb doing something, not a state: 'the regime has committed crimes'
    return tok.pos_ in ("ADJ", "VERB") and not fallback


def _counts(tok: Token) -> bool:
    """A number or a noun that counts those its 'of' names ('12 of', 'dozens of', 'a number of')."""
    return tok.like_num or tok.lemma_.lower() in COUNT_WORDS


def _counted_crowd(tok: Token) -> bool:
    """'thousands', 'tens of thousands', 'hundreds': a count of people standing alone for them."""
    if tok.lower_ not in ("thousands", "hundreds", "dozens", "millions", "tens", "scores"):
        return False
    inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return all(g.lower_ in ("thousands", "hundreds", "millions") for g in inner)


def _words_mention(words: Span, head: int, ctx: ArticleContext, why: str, *, sector: str | None = None, **flags: bool) -> Coded:
    """A mention made of `words` with no dictionary entry behind it: no country, the sector given."""
    actor = Actor(words.text, words.start_char + ctx.offset, words.end_char + ctx.offset, None, sector, None)
    return Coded(actor, (why,), head, **flags)


def _means_mention(words: Span, head: int, ctx: ArticleContext) -> Coded:
    """An attack or weapon standing for its unnamed actor: its words, and no country or sector."""
    return _words_mention(words, head, ctx, f"unnamed actor behind {words.text!r}", means=True)


def _act_above(noun: Token, act_nouns: frozenset[str]) -> Token | None:
    """The act noun whose prepositional phrases hold this noun: 'strikes on positions in the east' -> strikes."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        tok = tok.head.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in act_nouns:
            return tok
    return None


def _reduced_relative(verb: Token) -> bool:
    """'gunmen affiliated with X', 'a helicopter believed to belong to X': a bare participle after its
    noun, which the parser may read as the main verb of the clause."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "cc") for c in verb.children)
    )


def _active(verb: Token) -> bool:
    """A finite verb, or a participle with an object ('an explosion killed at least 100' read as a reduced clause)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "dobj" for c in verb.children))


# verbs whose object 'responsibility' says their subject is responsible
BEARING_VERBS = frozenset({"bear", "carry", "shoulder"})
COPULAS = frozenset({"be", "remain", "amount", "constitute", "represent", "seem", "appear", "become"})


def _predicates(verb: Token) -> list[Token]:
    """What `verb` says its object or its reported subject is: 'called the attack a crime' (crime), 'described
    Assad as a murderer' (murderer), 'said the attacks were inhuman and unacceptable' (inhuman, unacceptable),
    'said the bombing could amount to a war crime' (crime)."""
    # (a small clause read as a clause or an object: 'branded the sanctions illegal', 'deemed the coup unacceptable')
    # (and the object after a 'dative' one: 'deemed the group a terrorist organization')
    dative = any(c.dep_ == "dative" for c in verb.children)
    # ('calling the attack reprehensible': an adjective read as a noun, the object its compound)
    heads = [
        c
        for c in verb.children
        if c.dep_ == "oprd" or (c.dep_ == "dobj" and (c.pos_ == "ADJ" or dative or _adjective_as_noun(c)))
    ]
    # ('called Britain's ambassador to the United States a very stupid guy', read as the one called with the
    # predicate in apposition)
    heads += [a for c in heads if c.dep_ == "oprd" for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    # ('held the regime responsible for the massacre', the predicate read as an adjective after the object)
    heads += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if clause.lemma_.lower() in BEARING_VERBS and clause.dep_ == "ccomp" and not _infinitive(clause):
            # 'said Russia bears responsibility for the attack': responsible, told by what it bears (not 'called on
            # the UN to shoulder its responsibilities', an appeal)
            heads += [
                c
                for c in clause.children
                if c.dep_ == "dobj"
                and c.lemma_.lower() == "responsibility"
                and not any(g.dep_ == "poss" for g in c.children)
                and (_pobjs(c, ("for",)) or _pobjs(clause, ("for",)))
            ]
        if clause.lemma_.lower() in COPULAS:
            heads += [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd", "dobj")]
            heads += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        elif clause.pos_ in ("ADJ", "NOUN"):
            heads.append(clause)
    # (and what the predicate noun is called: 'termed the killing a barbaric act')
    return [w for h in heads for x in (h, *h.conjuncts) for w in (x, *(c for c in x.children if c.dep_ == "amod"))]


def _shares_passive(verb: Token) -> bool:
    """A participle joined to a passive verb, with no subject or auxiliary of its own, is passive too: 'rebels
    were rounded up and executed by the group'."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)
    )


def _infinitive(clause: Token) -> bool:
    """A clause with its 'to' ('to retake the town', 'to support Ukraine')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _copula_subject(tok: Token) -> bool:
    """The subject of a form of 'be' ('the attack was on the town')."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be"


def _adjective_as_noun(tok: Token) -> bool:
    """An adjective the tagger read as a noun, with the noun it describes hung on it as a compound
    ('calling the attack reprehensible')."""
    return tok.lower_.endswith(ADJECTIVE_ENDINGS) and any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in tok.children)


def _clause_lemma(tok: Token) -> str:
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    lemma = tok.lemma_.lower()
    return f"{lemma} {prt.lower_}" if prt is not None else lemma


def _objects(tok: Token, prep_tok: Token | None, opaque_nouns: frozenset[str] = frozenset()) -> list[Token]:
    """Heads of the direct (or prepositional) object, seen through 'dozens of', 'control of' (not through the
    'of' of `opaque_nouns`), and the nouns compounded with them ('curfew hours', 'food supplies')."""
    if prep_tok is not None:
        heads = _prep_objects(prep_tok)
    else:
        heads = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")]
        if _shares_passive(tok):
            # 'rebels were rounded up and executed': the passive subject the joined participle shares
            heads += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        # 'will not accept any refugees fleeing the war' read as a clause: its subject is the object
        # ('declared a state of siege to begin at midnight' too)
        heads += [
            g
            for c in tok.children
            if c.dep_ == "ccomp" and (c.tag_ == "VBG" or _infinitive(c))
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        # 'allowed aid agencies access to Aleppo': the second object read as a clause
        heads += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
        if tok.dep_ == "relcl":
            # 'people who were evacuated from the villages': the relative pronoun stands for its noun
            heads = [tok.head if h.tag_ in ("WP", "WDT") and h.dep_ == "nsubjpass" else h for h in heads]
        # 'eased curfew hours' read as an adverbial noun phrase
        # ('eased curfew hours': a time expression, but one named by what it is the time of)
        heads += [
            c
            for c in tok.children
            if c.dep_ == "npadvmod"
            and c.pos_ == "NOUN"
            and c.i > tok.i
            and (not c.ent_type_ or any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.children))
        ]
    out = []
    for h in heads:
        out.append(h)
        out.extend(h.conjuncts)
        for c in h.children:
            # 'dozens of', and an amount's kind: '$33 million in assistance', 'an increase in funding'
            # ('announced a suspension of aid' is about the suspension: an act noun's 'of' is its own)
            if c.dep_ == "prep" and (
                (c.lower_ == "of" and h.lemma_.lower() not in opaque_nouns)
                or (c.lower_ == "in" and (h.like_num or h.lemma_.lower() in AMOUNT_NOUNS))
            ):
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN":
                out.append(c)
    return out


def _clause(verb: Token) -> list[Token]:
    """The verb's phrases, not those of the clauses inside it, in order."""
    out: list[Token] = []
    stack = list(verb.children)
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "ccomp", "advcl", "xcomp", "acl", "conj"):
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _misread_under(noun: Token) -> bool:
    """'comes under increasing criticism' read with 'increasing' as a verb whose object is the noun."""
    return noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and noun.head.head.lower_ == "under"


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of `tok`'s prepositions among `preps` ('sanctions on Caracas' -> Caracas)."""
    return [g for pp in tok.children if pp.dep_ == "prep" and pp.lower_ in preps for g in pp.children if g.dep_ == "pobj"]


def _prep_objects(prep_tok: Token) -> list[Token]:
    """The object of a preposition (or, for a misparsed 'to', the noun it hangs off)."""
    if prep_tok.dep_ == "aux":
        return [prep_tok.head]
    found = [g for g in prep_tok.children if g.dep_ in ("pobj", "pcomp")]
    if not found and prep_tok.lower_ in ("out", "away", "back"):
        # 'pulled out of Kherson', 'away from the border': the place is the object of the 'of' or 'from' after it
        found = [
            g
            for c in prep_tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return found


def _chain(tok: Token, through_adverbials: bool = True) -> list[Token]:
    """The verb and the verbs that govern it within its clause ('want to attack' -> attack, want).
    A main verb's negation does not reach into its adverbial clauses, so negation stops there."""
    deps = CHAIN_DEPS if through_adverbials else CHAIN_DEPS - {"advcl"}
    out = [tok]
    cur = tok
    for _ in range(5):
        if cur.dep_ in deps and cur.head.i != cur.i:
            cur = cur.head
            out.append(cur)
        else:
            break
    return out


def _negated(anchor: Token, negating_verbs: frozenset[str]) -> bool:
    flips = 0
    for i, t in enumerate(_chain(anchor, through_adverbials=False)):
        if any(c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and _no_one(c)) for c in t.children):
            flips += 1
        if i > 0 and t.pos_ == "VERB" and t.lemma_.lower() in negating_verbs:
            flips += 1
    return flips % 2 == 1


def _no_one(subject: Token) -> bool:
    """Does the subject deny that anyone did it ('no one was hurt', 'neither the EU nor the US would endorse
    the result', 'none of the soldiers')?"""
    if subject.lower_ in NO_ONE:
        return True
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children)


def _none_done(m: Match) -> bool:
    """Does the act's own word or object say that none of it was done ('made no concessions', 'there was
    no attack', 'conceded nothing', 'released no prisoners')?"""
    if m.pattern.pos == "NOUN" and _no_one(m.token):
        return True
    heads = (m.anchor, m.complement) if m.complement is not None else (m.anchor,)
    return any(c.dep_ == "dobj" and _no_one(c) for h in heads for c in h.children)


def _modal_kind(anchor: Token, grammar: Grammar) -> str | None:
    """Why an act is not reported as done, by the nearest word that says so: 'conditional' (if,
    unless), 'required' (were supposed to, ordered to), 'future' (will, plans to, vowed to),
    'possible' (may, could, would), 'purpose' (the act another was done for: 'sent troops to fight');
    None when it is asserted."""
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") and anchor.i - anchor.head.i <= 4:
        # 'would arm and equip the Kurds': a verb with no subject or auxiliary of its own shares its partner's
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in anchor.children):
            shared = _modal_kind(anchor.head, grammar)
            if shared is not None:
                return shared
    chain = _chain(anchor)
    for i, t in enumerate(chain):
        if (
            t.dep_ == "advcl"
            and _infinitive(t)
            and t.head.pos_ in ("VERB", "AUX")
            and all(v.dep_ in ("xcomp", "conj") for v in chain[:i])  # (an act as an object or under a preposition of
            # the purpose is none: 'brokered deals to ease the fighting', 'expanded to cover areas despite criticism')
        ):
            # 'sent troops to fight IS', 'paid bounties to kill soldiers': what it was done for, unless that act
            # itself is not done ('will go to Syria to investigate')
            return _modal_kind(t.head, grammar) or "purpose"
        if i > 0 and t.lemma_.lower() in grammar.requirement_verbs and t.dep_ != "prep":
            return "required"  # (not the preposition 'due to': 'suffered suffocation due to the attack')
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return "conditional"
            if c.dep_ in ("aux", "auxpass"):
                if c.lower_ in grammar.future_auxiliaries or (c.lower_ == "to" and t.head.lower_ == "going"):
                    return "future"
                if c.lower_ in grammar.modal_auxiliaries:
                    return "possible"
        if i > 0 and t.lemma_.lower() in grammar.intent_verbs:
            return "future"
        if i > 0 and t.lemma_.lower() in grammar.deliberation_verbs:
            return "considered"
    return None


def _obliged(anchor: Token, grammar: Grammar) -> bool:
    """Is the act put as an obligation ('must withdraw', 'should stop')?"""
    return any(c.dep_ == "aux" and c.lower_ in grammar.obligation_auxiliaries for t in _chain(anchor) for c in t.children)


def _longest_prefix(code: str, table: dict[str, str]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _reports(speech: Token, act: Token) -> bool:
    """Is `act` inside the reported clause of the speech verb (not a clause conjoined to it)?"""
    cur = act
    while cur.head.i != cur.i:
        if cur.head.i == speech.i:
            return cur.dep_ not in ("conj", "cc", "nsubj", "nsubjpass")
        cur = cur.head
    return False


def _depth(tok: Token) -> int:
    d = 0
    cur = tok
    while cur.head.i != cur.i and d < 50:
        cur = cur.head
        d += 1
    return d


def _same_side(source: Coded, speaker: list[Coded]) -> bool:
    """Is the speaker announcing their own side's possible act (a threat or intent), rather than
    someone else's ('analysts warned that troops could...')? Sides are countries; unknown is a side."""
    for s in speaker:
        if s.actor.country == source.actor.country:
            return True
        if s.actor.country is None and s.actor.sector in OFFICIAL_SECTORS:
            return True  # "the minister said Greece will ...": an official of unnamed country speaks for it
        if None in (s.actor.country, source.actor.country) and s.actor.sector == source.actor.sector is not None:
            return True  # "Taliban leaders said the fighters will ...": the same side, one of them of no named country
    return False


def _speaking_for(speaker: Coded, side: Coded) -> Coded:
    """The speaker announcing an act of their side, of that side's country where the speaker names none
    ('the minister said Greece will not accept ...': a Greek minister)."""
    if speaker.actor.country is not None or side.actor.country is None:
        return speaker
    why = f"country {side.actor.country}: speaks for {side.actor.text!r}"
    return replace(speaker, actor=replace(speaker.actor, country=side.actor.country), evidence=(*speaker.evidence, why))


def _same(a: Coded, b: Coded) -> bool:
    return a.actor.start == b.actor.start and a.actor.end == b.actor.end


def _same_side_named(a: Coded, b: Coded) -> bool:
    """The same mention, or the same named country and sector ('ISIS said its fighters'); not two different
    names of one country's politics ('Biden accused Trump of lying')."""
    if _same(a, b):
        return True
    rivals = a.actor.name is not None and b.actor.name is not None and a.actor.name != b.actor.name
    return a.actor.country is not None and (a.actor.country, a.actor.sector) == (b.actor.country, b.actor.sector) and not rivals


def _same_actor(a: Coded, b: Coded) -> bool:
    """The same mention, or the same country and sector ('the ministry said it must')."""
    return _same(a, b) or (a.actor.country, a.actor.sector) == (b.actor.country, b.actor.sector)


def _refers_to_speaker(pron: Token, speaker: list[Coded]) -> bool:
    """In reported speech, "we"/"I" are the speaker; a subject "he"/"she", "it" or "they" is the
    speaker when it agrees with them ("the Kremlin said it", "Erdogan said he", "X and Y said they")."""
    w = pron.lower_
    if w in ("we", "i", "us", "me", "our", "my"):
        return True
    if pron.dep_ not in SUBJECT_DEPS:
        return False
    first = speaker[0]
    if w in ("he", "she"):
        return first.person
    if w == "it":
        # "the Kremlin said it ...", and "Turkey's president says it will ...": the state he speaks for
        # ('the Royal Marines said it', 'the Philippines said it': a body whose name is plural)
        named = 0 <= first.head < len(pron.doc) and pron.doc[first.head].tag_ == "NNPS"
        return (not first.plural or named) and len(speaker) == 1 and (not first.person or first.actor.country is not None)
    if w == "they":
        return len(speaker) > 1 or first.plural or not first.person
    return False


def _confidence(m: Match, src: Coded, tgt: Coded | None) -> float:
    """0.5 base; +0.1 per frame condition (max +0.2); +0.15 source country known, +0.05 its sector;
    +0.1 a target with a country; -0.1 a participant taken from a pronoun or earlier mention;
    -0.15 when the trigger's part of speech did not fit the pattern. Clamped to 0.05-0.99."""
    c = 0.5 + min(0.2, 0.1 * m.pattern.specificity)
    if src.actor.country:
        c += 0.15
    if src.actor.sector:
        c += 0.05
    if tgt is not None and tgt.actor.country:
        c += 0.1
    if src.resolved or (tgt is not None and tgt.resolved):
        c -= 0.1
    if m.fallback:
        c -= 0.15
    return round(max(0.05, min(0.99, c)), 2)
