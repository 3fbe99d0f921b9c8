"""The orchestrator: articles in, coded events out.

`Coder` holds the model and the knowledge (loaded once per process) and codes
one article at a time; `code_articles` streams many, in this process or in a
pool of worker processes that each build their own `Coder`.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from threadpoolctl import threadpool_limits

from . import __version__
from .actors import ActorCoder, ArticleContext, DocNames
from .events import PLACE_TARGET, EventCoder, RawEvent
from .geo import ArticlePlaces, Geoparser, Mention, lead_sentences
from .knowledge import Knowledge
from .models import Actor, Article, Event, Plover, RecordError
from .models import Span as TextSpan
from .nlp import chunks, load_model, past_forms, with_norms, without_datelines
from .when import HISTORICAL_DAYS, DateResolver, DateValue, expressions, governs, sentence_anchor
from .where import Gazetteer

BATCH_SIZE = 64
TASK_SIZE = 16  # articles per task sent to a worker process
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
HEADLINE_SHARE = 0.7  # a sentence whose longer words are this capitalised is a title-case headline
PHYSICAL_ROOTS = frozenset({"18", "19", "20"})  # acts that happen on the target's ground


@dataclass
class Stats:
    """Counts and time per stage, for the CLI's summary and the benchmark."""

    articles: int = 0
    sentences: int = 0
    words: int = 0
    events: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "code": 0.0, "dates": 0.0, "places": 0.0})

    def add(self, other: Stats) -> None:
        self.articles += other.articles
        self.sentences += other.sentences
        self.words += other.words
        self.events += other.events
        for k, v in other.seconds.items():
            self.seconds[k] = self.seconds.get(k, 0.0) + v


@dataclass
class CodedArticle:
    article: Article
    events: list[Event]
    stats: Stats
    explanations: list[tuple[Event, tuple[str, ...]]] = field(default_factory=list)


class Coder:
    """Codes articles into events. Build once; reuse for many articles."""

    def __init__(self, nlp: Language | None = None, knowledge: Knowledge | None = None) -> None:
        self.knowledge = knowledge if knowledge is not None else Knowledge.load()
        self.nlp = with_norms(nlp if nlp is not None else load_model(), self.knowledge.grammar.parse_norms)
        self.gazetteer = Gazetteer.load(self.knowledge)
        self.actors = ActorCoder(self.nlp, self.knowledge, self.gazetteer)
        self.geo = Geoparser(self.knowledge, self.gazetteer)
        self.events = EventCoder(self.knowledge, self.actors, past_forms(self.nlp))
        self.dates = DateResolver.from_knowledge(self.knowledge)
        self._date_seconds = 0.0
        k = self.knowledge
        # words a title-case headline capitalises that are no names: put back in lower case before parsing again
        self.common_words = (
            k.grammar.headline_words
            | {p.lemma for p in k.verbs}
            | {w for term in k.sectors.values() for w in term.term.split()}
            | {w for key in ("admin1_qualifiers", "city_qualifiers", "directions") for w in k.place_words[key]}
            | k.grammar.instrument_nouns
        ) - (self.dates.months.keys() | self.dates.weekdays.keys())  # 'Thu May 26 2016': 'May' is the month

    @property
    def data_version(self) -> str:
        return self.knowledge.version

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[CodedArticle]:
        """Code articles in order; long articles are parsed in paragraph chunks."""
        pending: list[Article] = []
        for art in articles:
            pending.append(art)
            if len(pending) >= batch_size:
                yield from self._batch(pending)
                pending = []
        if pending:
            yield from self._batch(pending)

    def parse(self, arts: list[Article]) -> Iterator[tuple[Article, list[tuple[int, Doc]], float]]:
        """Parse a batch of articles: each with its docs (offset, Doc; long texts in paragraph chunks)
        and its share of the parse time in seconds."""
        pieces: list[tuple[int, int, str]] = []  # (article index, offset, text)
        for ai, art in enumerate(arts):
            for start, end in without_datelines(art.text):
                for off, piece in chunks(art.text[start:end]):
                    pieces.append((ai, start + off, piece))
        t0 = time.perf_counter()
        # one BLAS thread per process: spaCy's small matrices lose more to thread hand-offs than they gain
        with threadpool_limits(limits=1):
            docs = list(self.nlp.pipe((p[2] for p in pieces), batch_size=BATCH_SIZE))
        parse_s = time.perf_counter() - t0
        total_chars = sum(len(p[2]) for p in pieces) or 1
        by_article: dict[int, list[tuple[int, Doc]]] = {}
        for (ai, off, _), doc in zip(pieces, docs, strict=False):
            by_article.setdefault(ai, []).append((off, doc))
        for ai, art in enumerate(arts):
            yield art, by_article.get(ai, []), parse_s * len(art.text) / total_chars

    def _batch(self, arts: list[Article]) -> Iterator[CodedArticle]:
        parsed = list(self.parse(arts))
        t0 = time.perf_counter()
        prepared = self._headlines([doc for _, docs, _ in parsed for _, doc in docs])
        headline_s = time.perf_counter() - t0
        total_chars = sum(len(a.text) for a in arts) or 1
        for art, docs, parse_s in parsed:
            parse_s += headline_s * len(art.text) / total_chars
            t1 = time.perf_counter()
            self._date_seconds = 0.0
            stats = Stats(articles=1)
            stats.seconds["parse"] = parse_s
            events, expl = self._code_docs(art, docs, stats, prepared)
            stats.events = len(events)
            stats.seconds["dates"] = self._date_seconds
            stats.seconds["code"] = time.perf_counter() - t1 - self._date_seconds - stats.seconds["places"]
            yield CodedArticle(art, events, stats, expl)

    def _code_docs(
        self,
        art: Article,
        docs: list[tuple[int, Doc]],
        stats: Stats,
        prepared: dict[int, tuple[DocNames, dict[int, tuple[Span, DocNames]]]],
    ) -> tuple[list[Event], list[tuple[Event, tuple[str, ...]]]]:
        ctx = ArticleContext()
        coded: list[tuple[Event, tuple[str, ...], set[int], list[Mention]]] = []
        places = ArticlePlaces()
        said: dict[tuple[str | None, ...], DateValue] = {}  # speaker -> the day of their dated statement
        geo_s = 0.0
        sentence_index = 0
        for (offset, doc), lead in zip(docs, lead_sentences(docs), strict=True):
            ctx.offset = offset
            t0 = time.perf_counter()
            mentions = self.geo.mentions(doc, offset, lead)
            by_sentence: dict[int, list[Mention]] = defaultdict(list)
            for m in mentions:
                by_sentence[m.sentence].append(m)
            places.mentions.extend(mentions)
            geo_s += time.perf_counter() - t0
            names, headlines = prepared[id(doc)]
            marks = doc.to_array([IS_SPACE, IS_PUNCT])  # (one array pass, not a Token object per word)
            stats.words += len(doc) - int(marks.any(axis=1).sum())
            for sent in doc.sents:
                if not sent.text.strip():
                    continue
                work, work_names, work_offset = sent, names, offset
                recased = None
                if sent.start in headlines:  # a title-case headline, parsed again in sentence case
                    recased, work_names = headlines[sent.start]
                    work, work_offset = recased, offset + sent.start_char
                    ctx.offset = work_offset
                self.actors.memo = {}  # (one sentence's phrases, coded once: ActorCoder.code)
                raw = self.events.code_sentence(work, work_names, ctx)
                ctx.offset = offset
                if raw:
                    for ev, why, clause in self._finish(art, work, sentence_index, work_offset, raw, said):
                        if recased is not None:
                            ev, clause = _as_written(ev, art.text, sent), _shift(clause, recased, sent)
                        coded.append((ev, why, clause, by_sentence.get(sent.start, [])))
                # (the phrases coded above are remembered as coded, with the context the sentence began with: one
                # of 13,411 FA-KES events changes, a 'they' whose antecedent was named in the same sentence)
                self._remember(sent, names, ctx)
                self.actors.memo = None
                sentence_index += 1
        stats.sentences += sentence_index
        t0 = time.perf_counter()
        place_targets = [_place_target(why) for _, why, _, _ in coded]
        for (ev, why, _, _), place_target in zip(coded, place_targets, strict=True):
            # (a target the gazetteer named counts once the geoparser has placed it: '_placed'; 'five Syrians' counts)
            for actor in (ev.source, None if place_target or _gazetteer_target(why) else ev.target):
                if actor is not None and actor.country:
                    places.actor_countries[actor.country] += 1
        self.geo.resolve(places)
        self.geo.mark_actors(places, (a for ev, _, _, _ in coded for a in (ev.source, ev.target)))
        wheres = [
            self.geo.locate(clause, mentions, places, ev.target, physical=ev.cameo_root in PHYSICAL_ROOTS)
            for ev, _, clause, mentions in coded
        ]
        main = self.geo.main_location(places) if None in wheres else None
        out: list[Event] = []
        expl: list[tuple[Event, tuple[str, ...]]] = []
        for (ev, why, _, _), where, place_target in zip(coded, wheres, place_targets, strict=True):
            if where is not None and ev.target is not None and place_target and where.start == ev.target.start:
                # a place target takes the country the geoparser gave the place in this story
                ev = replace(ev, target=replace(ev.target, country=where.country))
            elif ev.target is not None and ev.target.country and not ev.target.sector and not ev.target.name:
                ev = replace(ev, target=_placed(ev.target, places, guessed=_gazetteer_target(why)))
            located = self._home(replace(ev, location=where or main))
            out.append(located)
            expl.append((located, (*why, *located.evidence)))
        stats.seconds["places"] = geo_s + time.perf_counter() - t0
        return out, expl

    def _headlines(self, docs: list[Doc]) -> dict[int, tuple[DocNames, dict[int, tuple[Span, DocNames]]]]:
        """Per doc: its actor names, and its title-case headlines parsed again in sentence case with
        their own names (by the index of the sentence's first token), all of a batch in one pass of
        the model."""
        names = {id(doc): self.actors.names(doc) for doc in docs}
        found = [(doc, sent, text) for doc in docs for sent in doc.sents if (text := self._recased(sent, names[id(doc)]))]
        with threadpool_limits(limits=1):
            again = list(self.nlp.pipe((text for _, _, text in found), batch_size=BATCH_SIZE))
        out: dict[int, tuple[DocNames, dict[int, tuple[Span, DocNames]]]] = {id(doc): (names[id(doc)], {}) for doc in docs}
        for (doc, sent, _), new in zip(found, again, strict=True):
            out[id(doc)][1][sent.start] = (new[:], self.actors.names(new))
        return out

    def _recased(self, sent: Span, names: DocNames) -> str | None:
        """A title-case headline ('Syrian Army Kills 31 ISIL Terrorists in Raqqa Province') with its
        common words in lower case, names and acronyms kept; None for other sentences.

        The small model reads capitalised verbs as names, so a headline's act is lost otherwise.
        Only letters change case, so character offsets are those of the sentence as written.
        """
        words = _LONG_WORD.findall(sent.text)
        if len(words) < 3 or sum(w[0].isupper() for w in words) < HEADLINE_SHARE * len(words):
            return None
        chars = list(sent.text)
        changed = False
        for t in sent:
            w = t.lower_
            if t.i == sent.start or not t.text[:1].isupper() or t.is_upper or names.get(t.i) or len(w) != len(t.text):
                continue
            if self._common(w):
                at = t.idx - sent.start_char
                chars[at : at + len(w)] = w
                changed = True
        return "".join(chars) if changed else None

    def _common(self, w: str) -> bool:
        if w in self.common_words:
            return True
        if w.endswith("ies") and w[:-3] + "y" in self.common_words:
            return True
        return any(w.endswith(end) and w[: -len(end)] in self.common_words for end in ("s", "es", "ed", "d", "ing"))

    def _home(self, ev: Event) -> Event:
        """Militants, civilians or refugees of no named country belong to the country their event happened in."""
        loc = ev.location
        if loc is None or loc.country is None:
            return ev
        sectors = self.knowledge.grammar.located_sectors
        src, tgt = ev.source, ev.target
        if src.country is None and src.sector in sectors:
            src = replace(src, country=loc.country)
        if tgt is not None and tgt.country is None and tgt.sector in sectors:
            tgt = replace(tgt, country=loc.country)
        if src is ev.source and tgt is ev.target:
            return ev
        why = f"actor country {loc.country}: where the event happened ({loc.text})"
        return replace(ev, source=src, target=tgt, evidence=(*ev.evidence, why))

    def _remember(self, sent: Span, names, ctx: ArticleContext) -> None:  # type: ignore[no-untyped-def]
        """Update who was mentioned, subjects last so they are the nearest antecedents."""
        objs: list[Token] = []
        subjects: list[Token] = []
        terms = self.actors.terms_by_last
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss"):
                continue
            # only phrases that can name an actor: a proper noun, a sector noun, or a matched name in them
            if tok.pos_ == "PROPN" or tok.lemma_.lower() in terms or any(names.get(t.i) for t in tok.lefts):
                (subjects if tok.dep_ in ("nsubj", "nsubjpass") else objs).append(tok)
        for tok in objs + subjects:
            coded = self.actors.code(tok, names, ctx)
            if coded is not None:
                ctx.remember(coded, sent.doc)
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.conjuncts:
                    ctx.last_plural = coded.__class__(coded.actor, coded.evidence, coded.head, plural=True)

    def _finish(
        self,
        art: Article,
        sent: Span,
        index: int,
        offset: int,
        raw: list[RawEvent],
        said: dict[tuple[str | None, ...], DateValue],
    ) -> Iterator[tuple[Event, tuple[str, ...], set[int]]]:
        """The sentence's events, each with the tokens of its clause that can say where it happened."""
        onto = self.knowledge.ontology
        root = sent.root.i  # (a span's root and text are worked out anew on each access)
        sent_text = sent.text.strip()
        # the primary event: an asserted act the sentence reports, nearest the root; statements only if nothing else
        # (an act's purpose counts as reported: 'police launched operations to detain 110 soldiers')
        primary = min(
            raw,
            key=lambda e: (
                e.modality != "asserted" and not e.purpose,
                e.statement,
                e.depth,
                abs(e.match.token.i - root),
                e.reverse,
                # of an act done by or to several actors, the first named ('Russia and Syria bombed ...': Russia)
                e.source.actor.start,
                e.target.actor.start if e.target is not None else -1,
                -e.confidence,
            ),
        )
        t0 = time.perf_counter()
        dates = self._dates(art, sent, raw, said)
        self._date_seconds += time.perf_counter() - t0
        seen: set[str] = set()
        doc = sent.doc
        for e in raw:
            t0, t1 = e.match.trigger
            trig = doc[t0:t1]
            code = onto.get(e.cameo)
            tstart, tend = trig.start_char + offset, trig.end_char + offset
            src, tgt = e.source.actor, e.target.actor if e.target else None
            if e.source.means and src.country is None and src.sector in (None, "UNK"):
                # an attack or weapon whose words name no one ('a car bomb killed six'): the doer is unnamed;
                # its words stay in the evidence ('unnamed actor behind ...')
                src = Actor("", tstart, tstart, None, None, None)
            key = "|".join(
                str(x)
                for x in (
                    art.article_id,
                    tstart,
                    tend,
                    e.cameo,
                    src.start,
                    src.country,
                    src.sector,
                    src.name,
                    tgt and tgt.start,
                    tgt and tgt.country,
                    tgt and tgt.sector,
                )
            )
            event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
            if event_id in seen:
                continue
            seen.add(event_id)
            when = dates.get(id(e))
            ev = Event(
                event_id=event_id,
                article_id=art.article_id,
                published=art.published,
                date=when.date if when else art.published,
                date_precision=when.precision if when else "published",
                date_text=when.text if when else None,
                modality=e.modality,
                historical=when is not None and (art.published - when.date).days > HISTORICAL_DAYS,
                sentence_index=index,
                sentence=sent_text,
                trigger=TextSpan(trig.text, tstart, tend),
                source=src,
                target=tgt,
                cameo=e.cameo,
                cameo_root=code.root,
                quad_class=code.quad_class,
                goldstein=code.goldstein,
                plover=Plover(code.plover_event, code.plover_mode),
                primary=e is primary,
                confidence=e.confidence,
                rule=e.rule,
            )
            target_head = doc[e.target.head] if e.target is not None and sent.start <= e.target.head < sent.end else None
            yield ev, e.evidence, self.geo.clause_tokens(e.match.token, e.match.anchor, target_head)

    def _dates(
        self, art: Article, sent: Span, raw: list[RawEvent], said: dict[tuple[str | None, ...], DateValue]
    ) -> dict[int, DateValue]:
        """The date expression that governs each event's clause, resolved against publication.

        `said` remembers, per speaker (country and sector), the day a dated statement or threat was
        made ("Erdogan said Friday Ankara may ..."): the same speaker's later words in the article
        without a date of their own ("He said Ankara will not ...") were said that day.
        """
        onto = self.knowledge.ontology
        exprs = expressions(sent)
        resolver = self.dates
        anchor = sentence_anchor(resolver, exprs, art.published)  # what "two days earlier" counts from
        out: dict[int, DateValue] = {}
        doc = sent.doc
        for e in raw:
            anchor_tok, trig = e.match.anchor, e.match.token
            mine = [x for x in exprs if governs(x, anchor_tok, trig)]
            verb = anchor_tok
            if (
                not mine
                and anchor_tok.dep_ == "acl"
                and anchor_tok.tag_ == "VBN"
                and anchor_tok.head.dep_ in ("nsubj", "nsubjpass")
            ):
                # 'Syrian forces, backed by Russian air power, have since last week advanced': a participle on the
                # subject holds while its clause does
                verb = anchor_tok.head.head
                mine = [x for x in exprs if x.governor == verb.i]
            verbal = onto.get(e.cameo).quad_class in (1, 3)
            if not mine and e.speech is not None and verbal:
                # a comment or threat reported without a date of its own was made when it was said
                verb = doc[e.speech]
                mine = [x for x in exprs if x.governor == e.speech]
            speaker = (e.source.actor.country, e.source.actor.sector)
            if not mine:
                perfect = anchor_tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor_tok.children)
                if verbal and (e.speech is not None or e.statement) and speaker in said:
                    out[id(e)] = said[speaker]
                elif not verbal and perfect and ("since",) + speaker in said:
                    # 'Syrian forces have since last week advanced on Idlib. They have taken dozens of towns': the
                    # same actor's perfect falls in the period its 'since' opened
                    out[id(e)] = said[("since",) + speaker]
                continue
            x = min(mine, key=lambda x: abs(x.span.start - trig.i))
            v = resolver.resolve(x.span.text, art.published, resolver.tense(verb), anchor)
            if v is not None:
                out[id(e)] = v
                if verbal and v.precision == "day" and e.source.actor.country:
                    said[speaker] = v
                opened = x.span.text.lower().startswith("since") or (x.span.start > 0 and doc[x.span.start - 1].lower_ == "since")
                if not verbal and opened and e.source.actor.country:
                    said[("since",) + speaker] = v
        return out


def _placed(target: Actor, places: ArticlePlaces, guessed: bool = False) -> Actor:
    """A target that is a place, with the country the geoparser found for it in this story: 'hit the town of
    Al-Quriyah' in a Syrian story is no town in China that the name resembles. Its country stays where the
    geoparser found no place in its words, and goes where it found a town only by its resemblance to one
    and took it for no place here (a province so found keeps it: 'Deir Ezzor province'). A country the
    actor coder only `guessed` from the gazetteer, where the geoparser named no place in its words, goes too
    if no place of the story is in it ('the village of al-Tiba' near Aleppo is not in Japan)."""
    within = [m for m in places.mentions if target.start <= m.char_start < target.end]
    inside = [m for m in within if not m.actor]
    found = [m.place for m in inside if m.place is not None]
    if found:
        return replace(target, country=found[0].country)
    resembled = [m for m in inside if not m.exact and not any(c.kind in ("country", "admin1") for c in m.candidates)]
    story = {m.place.country for m in places.mentions if m.place}
    foreign = guessed and not within and bool(story) and target.country not in story
    return replace(target, country=None) if resembled or foreign else target


def _place_target(why: tuple[str, ...]) -> bool:
    return any(w.endswith(PLACE_TARGET) for w in why)


def _gazetteer_target(why: tuple[str, ...]) -> bool:
    """Whether the event's target was coded from the gazetteer (a place name, its country a first guess)."""
    return any(w.startswith("target: gazetteer (") for w in why)


def _as_written(ev: Event, text: str, sent: Span) -> Event:
    """An event coded from a re-cased headline, with its words as the article writes them."""

    def written(a: Actor) -> Actor:
        return replace(a, text=text[a.start : a.end])

    trig = ev.trigger
    return replace(
        ev,
        trigger=TextSpan(text[trig.start : trig.end], trig.start, trig.end),
        source=written(ev.source),
        target=written(ev.target) if ev.target is not None else None,
        sentence=sent.text.strip(),
    )


def _shift(clause: set[int], recased: Span, sent: Span) -> set[int]:
    """Token indices of the re-cased headline as indices of the article's doc (none if tokens differ)."""
    same = len(recased) == len(sent) and all(
        a.idx - recased.start_char == b.idx - sent.start_char for a, b in zip(recased, sent, strict=True)
    )
    return {i + sent.start for i in clause} if same else set()


# --- many articles, one or several processes --------------------------------------------

_WORKER: Coder | None = None


def _init_worker() -> None:
    global _WORKER
    _WORKER = Coder()


def _work(batch: list[Article | RecordError]) -> list[CodedArticle | RecordError]:
    assert _WORKER is not None
    return code_batch(_WORKER, batch)


def code_batch(coder: Coder, batch: list[Article | RecordError]) -> list[CodedArticle | RecordError]:
    """Code one batch, keeping its order; an article that fails becomes a RecordError."""
    arts = [a for a in batch if isinstance(a, Article)]
    try:
        coded: dict[int, CodedArticle | RecordError] = {id(r.article): r for r in coder.code_many(arts, len(arts) or 1)}
    except Exception:  # find the bad one: code them one by one
        coded = {}
        for a in arts:
            try:
                coded[id(a)] = coder.code(a)
            except Exception as exc:
                coded[id(a)] = RecordError(a.origin or a.article_id, f"coding failed: {type(exc).__name__}: {exc}")
    return [item if isinstance(item, RecordError) else coded[id(item)] for item in batch]


def code_articles(
    items: Iterable[Article | RecordError],
    *,
    coder: Coder | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[CodedArticle | RecordError]:
    """Code a stream of articles; RecordErrors pass through in order.

    With n_process > 1, batches go to worker processes that each load the model
    once; results come back in input order.
    """
    if n_process <= 1:
        c = coder or Coder()
        for batch in _batches(items, batch_size):
            yield from code_batch(c, batch)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(n_process, initializer=_init_worker) as pool:
        # small tasks keep the workers evenly loaded to the end of a run (with 64-article tasks, the
        # last one often ran alone); the model still parses each task's texts in one nlp.pipe call
        for results in pool.imap(_work, _batches(items, min(batch_size, TASK_SIZE))):
            yield from results


def _batches(items: Iterable[Article | RecordError], size: int) -> Iterator[list]:  # type: ignore[type-arg]
    batch: list = []  # type: ignore[type-arg]
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = ["Coder", "CodedArticle", "Stats", "code_articles", "__version__"]
