"""Faster stand-ins for two spaCy components, with the same output token for token.

The small English pipeline spends about a third of its time outside the neural networks, in two
rule components: the ``attribute_ruler`` (tag -> part of speech and morphology, plus a few
exceptions) runs a general token Matcher over 180 patterns, and the rule ``lemmatizer``
recomputes the lemma of every base-form noun and verb. Both results depend only on a handful of
attributes of each token, so they can be computed once per distinct combination and reused:

- ``CompiledAttributeRuler`` evaluates the ruler's own patterns once per distinct
  (tag, lower, dep, ...) tuple, keeps what they set, and writes every token's attributes with one
  ``Doc.from_array``. Later patterns win, as in spaCy. Multi-token patterns are checked only
  where their first token matched.
- ``CachedLemmatizer`` asks the original lemmatizer once per (orth, pos, morphology) and writes
  the lemmas in one array.

``install(nlp)`` swaps them in when the loaded pipeline's patterns use only the supported
attributes and operators (otherwise the originals stay). ``tests/test_nlp_speedups.py`` checks
the outputs equal the originals' on text written for it; ``bench/throughput.py`` reports the
parse speed with and without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

# token attributes a pattern may test (their to_array values are string ids or 0/1 flags)
_TESTED = {"ORTH", "LOWER", "NORM", "TAG", "DEP", "SHAPE", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
           "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"}
_SET = frozenset({POS, MORPH, LEMMA, TAG, DEP})  # attributes a pattern may set
_CACHE_LIMIT = 500_000  # distinct keys kept before a cache starts again


class Unsupported(ValueError):
    """The ruler uses a pattern feature the compiled form does not implement."""


def _predicate(name: str, value) -> Callable[[int, Callable[[int], str]], bool]:
    """One token attribute test, as spaCy's Matcher does it, on the attribute's array value."""
    if isinstance(value, bool):
        return lambda v, _s, want=int(value): v == want
    if isinstance(value, (str, int)):
        want_id = get_string_id(value)
        return lambda v, _s: v == want_id
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v, s: bool(rx.search(s(v)))
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                isinstance(a, str) for a in arg):
            ids = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                return lambda v, _s: v in ids
            return lambda v, _s: v not in ids
    raise Unsupported(f"pattern {name}: {value!r}")


class CompiledAttributeRuler:
    """The attribute ruler's patterns, evaluated once per distinct tuple of tested attributes."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        names: list[str] = []
        rules = []  # (pattern order, alternatives [[predicate dict per token]], index, attrs)
        for pid, (alternatives, attrs, index) in enumerate(
                zip(_patterns_of(ruler), ruler.attrs, ruler.indices, strict=True)):
            if any(not isinstance(k, int) or k not in _SET for k in attrs):
                raise Unsupported(f"attribute ruler sets {sorted(map(str, attrs))}")
            for alt in alternatives:
                for tok in alt:
                    for name in tok:
                        if name not in _TESTED:
                            raise Unsupported(f"attribute ruler tests {name}")
                        if name not in names:
                            names.append(name)
            rules.append((pid, alternatives, index, dict(attrs)))
        self.names = names
        self.cols = [IDS[n] for n in names]
        self.set_cols = sorted({k for _, _, _, attrs in rules for k in attrs})
        # every (rule, alternative, position) token test, numbered
        self.tests: list[list[tuple[int, Callable]]] = []
        self.single: list[tuple[int, int, dict]] = []  # (test id, pattern order, attrs)
        self.multi: list[tuple[list[int], int, int, dict]] = []  # (test ids, order, index, attrs)
        for pid, alternatives, index, attrs in rules:
            for alt in alternatives:
                ids = []
                for tok in alt:
                    ids.append(len(self.tests))
                    self.tests.append([(names.index(n), _predicate(n, v)) for n, v in tok.items()])
                if len(alt) == 1:
                    if index not in (0, -1):
                        raise Unsupported(f"index {index} of a one-token pattern")
                    self.single.append((ids[0], pid, attrs))
                else:
                    self.multi.append((ids, pid, index, attrs))
        self._keys: dict[tuple, tuple] = {}

    def _classify(self, key: tuple) -> tuple:
        """For one tuple of tested values: the set of tests it passes, the merged attributes of
        the one-token patterns it matches (later patterns win), and those matches in order."""
        strings = self.vocab.strings

        def text(v: int) -> str:
            return strings[v] if v else ""

        passed = frozenset(t for t, preds in enumerate(self.tests)
                           if all(p(key[col], text) for col, p in preds))
        matched = [(pid, attrs) for t, pid, attrs in self.single if t in passed]
        merged: dict[int, int] = {}
        for _, attrs in matched:
            merged.update(attrs)
        return passed, merged, matched

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        keys = self._keys
        if len(keys) > _CACHE_LIMIT:
            keys.clear()
        rows = doc.to_array(self.cols).tolist() if len(self.cols) > 1 else [
            [v] for v in doc.to_array(self.cols[0]).tolist()]
        infos = []
        for row in rows:
            key = tuple(row)
            info = keys.get(key)
            if info is None:
                info = keys[key] = self._classify(key)
            infos.append(info)
        extra: dict[int, list] = {}  # token -> (pattern order, attrs) of multi-token matches
        for ids, pid, index, attrs in self.multi:
            last = n - len(ids)
            for i in range(last + 1):
                if ids[0] in infos[i][0] and all(
                        t in infos[i + k][0] for k, t in enumerate(ids[1:], 1)):
                    target = i + (index if index >= 0 else len(ids) + index)
                    extra.setdefault(target, []).append((pid, attrs))
        cols = self.set_cols
        values = doc.to_array(cols).astype(numpy.uint64)
        if values.ndim == 1:
            values = values.reshape(-1, 1)
        where = {c: j for j, c in enumerate(cols)}
        for i, info in enumerate(infos):
            merged = info[1]
            if i in extra:
                merged = {}
                for _, attrs in sorted(info[2] + extra[i], key=lambda m: m[0]):
                    merged.update(attrs)
            for attr, value in merged.items():
                values[i, where[attr]] = value
        doc.from_array(cols, values)
        return doc


def _patterns_of(ruler: AttributeRuler) -> list[list[list[dict]]]:
    """The ruler's patterns, one list of alternatives per rule, in the order it added them."""
    patterns = [p["patterns"] for p in ruler.patterns]
    if len(patterns) != len(ruler.attrs):
        raise Unsupported("attribute ruler patterns and attributes differ in number")
    return patterns


class CachedLemmatizer:
    """A rule lemmatizer that asks the original once per (orth, pos, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.overwrite = lemmatizer.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmas = self._lemmas
        if len(lemmas) > _CACHE_LIMIT:
            lemmas.clear()
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        out = arr[:, 3].copy()
        strings = self.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = lemmas.get(key)
            if value is None:
                value = lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            out[i] = value
        doc.from_array([LEMMA], out.reshape(-1, 1))
        return doc


@Language.factory("eventwatch_attribute_ruler")
def _make_ruler(nlp: Language, name: str) -> CompiledAttributeRuler:
    return CompiledAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("eventwatch_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> list[str]:
    """Replace the attribute ruler and a rule lemmatizer by their compiled forms, keeping their
    names and places; returns the names replaced (none when the pipeline has other shapes)."""
    done = []
    for name, factory, kind in (("attribute_ruler", "eventwatch_attribute_ruler", AttributeRuler),
                                ("lemmatizer", "eventwatch_lemmatizer", Lemmatizer)):
        if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), kind):
            continue
        if kind is Lemmatizer and nlp.get_pipe(name).mode != "rule":
            continue
        try:
            nlp.add_pipe(factory, name=f"{name}_compiled", after=name)
        except Unsupported:
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_compiled", name)
        done.append(name)
    return done
