"""The coder on hostile text: arbitrary Unicode and control characters, a megabyte of one word,
a 10,000-token sentence. It never raises and each case is time-bound."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwatch.nlp import MAX_CHARS
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

from .conftest import record, time_bound

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
WORDS = st.sampled_from(["Turkish", "troops", "shelled", "Syrian", "positions", "near", "Idlib",
                         "police", "arrested", "not", "will", "said", "the", "?", ",", ".",
                         "\n", "Monday", "killed", "12", "Moscow", "met", "Kyiv", "neither",
                         "if", "\u202e", "\x00", "\u200b", "🙂", "according", "to"])


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def _check(pipeline, text):
    with time_bound(10, "coding one short text"):
        events = list(pipeline.code([Article("f", text)]))[0][1]
    for ev in events:
        d = ev.to_dict()
        assert d["cameo"] and d["sentence"] is not None
        assert 0 <= ev.sentence_index


@FUZZ
@given(text=st.text(st.characters(codec="utf-8"), max_size=400))
def test_arbitrary_unicode(pipeline, text):
    _check(pipeline, text)
    record("fuzz_coder", texts=1)


@FUZZ
@given(words=st.lists(WORDS, max_size=60))
def test_word_salad_of_event_vocabulary(pipeline, words):
    _check(pipeline, " ".join(words))
    record("fuzz_coder", texts=1)


def test_megabyte_of_one_word_is_cut_and_coded_quickly(pipeline):
    text = "x" * 1_000_000
    t0 = time.monotonic()
    with time_bound(20, "a megabyte of one word"):
        assert pipeline.code_text(text) == []
    record("fuzz_coder", texts=1, megabyte_word_seconds=round(time.monotonic() - t0, 2))
    assert len(text) > MAX_CHARS


TOKENS_10K = " ".join(["Turkish troops shelled Syrian positions and"] * 1667) + " left."


def test_ten_thousand_token_sentence_codes_in_linear_time(pipeline, nlp):
    t0 = time.monotonic()
    doc = nlp(TOKENS_10K)
    parse = time.monotonic() - t0
    assert len(doc) >= 10_000 and len(list(doc.sents)) == 1
    bound = max(5.0, 1.5 * parse)  # coding should cost no more than parsing
    record("fuzz_coder", ten_k_token_parse_seconds=round(parse, 2),
           ten_k_token_code_bound_seconds=round(bound, 2))
    with time_bound(bound, "coding a 10,000-token sentence"):
        pipeline.code_doc(Article("long", TOKENS_10K), doc)


def test_an_article_over_the_time_limit_keeps_its_first_events_and_says_so(nlp, capsys):
    text = "Kenyan police arrested two protesters in Nairobi. " * 40
    doc = nlp(text)
    slow = Pipeline(time_limit=0.0)  # every article is over its limit before its first sentence
    assert slow.code_doc(Article("slow-1", text), doc) == []
    assert slow.overruns == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "slow-1" in err[0] and "sentence 1 of" in err[0]
    full = Pipeline().code_doc(Article("slow-1", text), doc)
    assert len(full) >= 40  # one arrest per sentence when there is time


def test_an_article_over_the_size_limit_is_cut_with_one_line(pipeline, capsys):
    text = "Kenyan police arrested two protesters in Nairobi. " + "y" * MAX_CHARS
    (art, events), = pipeline.code([Article("big-1", text)])
    assert art.id == "big-1" and [e.sentence_index for e in events] == [0]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "big-1" in err[0] and "cut" in err[0]
