"""The compiled attribute ruler and cached lemmatizer annotate exactly as spaCy's originals."""

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from eventwatch.nlp import MODEL
from eventwatch.nlp_speedups import CachedLemmatizer, CompiledAttributeRuler, install

COLS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]

TEXTS = [
    "The rebels said they'd shelled the border post twice before dawn on Tuesday.",
    "I ain't gonna sign that, the envoy told us. Y'all know it, he added.",
    "Let's see what it does: it was done, they were told, and we did it.",
    "There's no deal yet.\n\n  Talks resume in Oslo; nothin' is agreed, somethin' might be.",
    "Did you meet them? You did. I gave it to you and you gave it to me.",
    "Protesters gotta leave the square, police said, as 'em riot squads moved in.",
    "  \t Ministers from Peru and Chile met in Lima and signed three accords. ",
    "He has had enough. She'd had 'nuff. C'mon, ol' friend, what's goin' on?",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(MODEL)


def test_model_pipeline_has_both_compiled(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), CompiledAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_same_annotations_as_stock_pipeline(nlp, stock):
    with nlp.select_pipes(disable=["paragraph_breaks"]):
        ours = list(nlp.pipe(TEXTS * 2))  # the second round reads the caches
    for a, b in zip(stock.pipe(TEXTS * 2), ours, strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        assert (a.to_array(COLS) == b.to_array(COLS)).all(), a.text
    did = ours[2]
    assert [t.lemma_ for t in did if t.lower_ in ("was", "were", "did")] == ["be", "be", "do"]
    assert [t.pos_ for t in ours[4] if t.lower_ == "did"] == ["AUX", "VERB"]


def _toy(compiled: bool):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"LOWER": "york"}]], {"POS": "NOUN", "LEMMA": "yorkish"})  # later: wins
    ruler.add([[{"LOWER": {"REGEX": "^ex"}}]], {"POS": "ADJ", "MORPH": "Degree=Pos"})
    ruler.add([[{"LOWER": {"IN": ["alpha", "beta"]}, "IS_SPACE": False}]], {"POS": "X"})
    ruler.add([[{"LOWER": {"NOT_IN": ["alpha", "gamma"]}, "IS_PUNCT": True}]], {"POS": "PUNCT"})
    ruler.add([[{"LOWER": "gamma"}, {"LOWER": "delta"}]], {"POS": "SYM"}, index=-1)
    ruler.add([[{"LOWER": "delta"}]], {"MORPH": "Number=Sing"})
    if compiled:
        assert install(nlp) == ["attribute_ruler"]
    return nlp


def test_toy_ruler_order_indices_and_operators():
    text = "New York and york , exiled alpha beta gamma delta ; delta"
    a, b = _toy(False)(text), _toy(True)(text)
    assert isinstance(_toy(True).get_pipe("attribute_ruler"), CompiledAttributeRuler)
    assert (a.to_array(COLS) == b.to_array(COLS)).all()
    got = {(t.i, t.text): (t.pos_, t.lemma_, str(t.morph)) for t in b}
    assert got[(1, "York")] == ("NOUN", "yorkish", "")  # the later one-token rule wins
    assert got[(0, "New")][0] == ""
    assert got[(5, "exiled")] == ("ADJ", "", "Degree=Pos")
    assert got[(6, "alpha")][0] == got[(7, "beta")][0] == "X"
    assert got[(4, ",")][0] == got[(10, ";")][0] == "PUNCT"
    assert got[(9, "delta")] == ("SYM", "", "Number=Sing")  # pattern end, index -1
    assert got[(11, "delta")] == ("", "", "Number=Sing")


def test_unsupported_patterns_keep_the_original():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert install(nlp) == []
    assert not isinstance(nlp.get_pipe("attribute_ruler"), CompiledAttributeRuler)
    assert nlp("a a b")[1].pos_ == "DET"
