"""Opening datelines are set apart from the first sentence, keeping every character offset."""

import pytest

from eventwatch import dateline
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article


@pytest.mark.parametrize("text, place", [
    ("NAIROBI -- Kenyan police arrested two men on Monday.", "NAIROBI"),
    ("LIMA, Peru (AP) -- The Peruvian army shelled a rebel camp.", "LIMA, Peru (AP)"),
    ("Kandahar, June 2, BNA - Afghan forces retook the district.", "Kandahar, June 2, BNA"),
    ("QUITO (Reuters) : Ecuador expelled the envoy.", "QUITO (Reuters)"),
    ("Port Harcourt--Troops raided a militant camp.", "Port Harcourt"),
    ('DAKAR (AFP) " Senegal closed its border.', "DAKAR (AFP)"),  # a dash lost in re-encoding
    ("HARARE \u00e2\u20ac\u201d Police fired tear gas.", "HARARE"),
])
def test_datelines_are_found(text, place):
    out = dateline.separate(text)
    assert len(out) == len(text)
    assert out.startswith(place) and out[len(place):].lstrip(" ").startswith("\n\n")
    assert out.split("\n\n", 1)[1].strip() == text[dateline.find(text)[1]:]


@pytest.mark.parametrize("text", [
    "Turkey -- a NATO member -- said it would respond.",
    "Hamas: we will not disarm.",
    "Iran - Iraq trade grew last year.",
    'UGANDA " Kampala is calm, " he said.',  # a quote mark needs a wire agency as well
    "The army attacked the town -- and then withdrew.",
    "",
])
def test_other_openings_are_left_alone(text):
    assert dateline.separate(text) == text


def test_the_dateline_is_not_the_actor(nlp):
    text = "OTTAWA -- A court in Ontario convicted two Chinese nationals of spying."
    events = Pipeline().code_text(text, Article("d", text))
    ev = next(e for e in events if e.cameo_root == "11")
    assert ev.source is not None and "court" in ev.source.text.lower()
    assert ev.target is not None and ev.target.country == "CHN"


@pytest.mark.parametrize("text, place", [
    ("Mombasa: The county government will sign a port agreement with Uganda.", "Mombasa"),
    ("Peru: Since March, the army has patrolled the border.", "Peru"),
])
def test_a_place_and_colon_before_a_reported_sentence_is_a_dateline(text, place):
    out = dateline.separate(text)
    assert out.startswith(place + "\n\n") and len(out) == len(text)


def test_a_headline_quote_after_a_colon_is_left_alone():
    for text in ("Hamas: We will respond.", "Hamas: Israel will pay."):
        assert dateline.separate(text) == text
