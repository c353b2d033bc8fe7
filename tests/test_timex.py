import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.timex import parse_article_date, resolve_event_date

FRI = dt.date(2020, 2, 28)  # a Friday
D = dt.date


def resolve(nlp, text, anchor=FRI, trigger=None, past=True):
    doc = nlp(text)
    span = doc[:]
    tok = None
    if trigger is not None:
        tok = next(t for t in doc if t.text == trigger)
    return resolve_event_date(span, anchor, tok, past)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels attacked the base on Thursday night.", (D(2020, 2, 27), "day")),
        ("Police raided the camp on Friday.", (D(2020, 2, 28), "day")),
        ("Gunmen killed two villagers yesterday.", (D(2020, 2, 27), "day")),
        ("The minister resigned today.", (D(2020, 2, 28), "day")),
        ("Crowds gathered tonight outside parliament.", (D(2020, 2, 28), "day")),
        ("A car bomb exploded this morning near the market.", (D(2020, 2, 28), "day")),
        ("Militants shelled the town last night.", (D(2020, 2, 27), "day")),
        ("Fighting continued overnight in the north.", (D(2020, 2, 27), "day")),
        ("The army shelled three villages earlier this week.", (D(2020, 2, 24), "week")),
        ("Police detained 20 students last week.", (D(2020, 2, 17), "week")),
        ("This week, soldiers clashed with farmers.", (D(2020, 2, 24), "week")),
        ("The cabinet imposed a curfew last month.", (D(2020, 1, 1), "month")),
        ("Earlier this month, the army began an offensive.", (D(2020, 2, 1), "month")),
        ("The ambush took place on February 26.", (D(2020, 2, 26), "day")),
        ("The ambush took place on 26 February 2020.", (D(2020, 2, 26), "day")),
        ("Delegates met on Feb. 26 in Geneva.", (D(2020, 2, 26), "day")),
        ("The raid happened on February 26th.", (D(2020, 2, 26), "day")),
        ("The vote was held on 2/26/2020.", (D(2020, 2, 26), "day")),
        ("The vote was held on 26/02/2020.", (D(2020, 2, 26), "day")),
        ("The vote was held on 2020-02-26.", (D(2020, 2, 26), "day")),
        ("Strikes spread in March.", (D(2019, 3, 1), "month")),
        ("Strikes spread in January.", (D(2020, 1, 1), "month")),
        ("Troops withdrew in mid-March.", (D(2019, 3, 1), "month")),
        ("The junta seized power in 2019.", (D(2019, 1, 1), "year")),
        ("Troops withdrew in mid-2017.", (D(2017, 1, 1), "year")),
        ("The 2016 coup attempt failed.", (D(2016, 1, 1), "year")),
        ("The reporter was detained in November 2019.", (D(2019, 11, 1), "month")),
        ("He was abducted two days ago.", (D(2020, 2, 26), "day")),
        ("The accord was signed a week ago.", (D(2020, 2, 17), "week")),
        ("The massacre occurred three years ago.", (D(2017, 1, 1), "year")),
        ("Clashes broke out on Saturday and Sunday.", (D(2020, 2, 22), "day")),
        ("Police searched his flat last Tuesday.", (D(2020, 2, 25), "day")),
        ("Police searched his flat last Friday.", (D(2020, 2, 21), "day")),
        ("The militia was formed late last year.", (D(2019, 1, 1), "year")),
        ("Guards beat the detainees over the weekend.", (D(2020, 2, 22), "day")),
        ("On Thursday, Feb. 27, troops entered the city.", (D(2020, 2, 27), "day")),
        ("Shelling resumed on Christmas Day.", (D(2019, 12, 25), "day")),
    ],
)
def test_resolves_expressions(nlp, text, expected):
    assert resolve(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We may never learn what happened there.",  # modal "may", "we"
        "Thousands joined a protest march through the capital.",
        "They march on the palace every week.",
        "The Sunday Times reported the killings.",
        "He has lived in exile for three years.",  # duration
        "The victim, 33 years old, was shot.",  # age
        "The siege lasted an hour.",
        "Theresa May condemned the bombing.",
        "Police said 2000 people were arrested.",  # a count, not a year
        "Unrest spread across the region in the 1990s.",  # decade: skipped
        "Since March, 200 people have been killed.",  # range bound
        "Security forces fired on mourners on Bloody Sunday.",
        "The 33rd brigade lost 12 tanks.",
    ],
)
def test_false_hits_fall_back_to_article(nlp, text):
    assert resolve(nlp, text) == (FRI, "article")


def test_future_weekday_takes_next_occurrence(nlp):
    assert resolve(nlp, "The envoys will meet on Monday.", past=False) == (D(2020, 3, 2), "day")
    assert resolve(nlp, "The envoys will meet on Friday.", past=False) == (FRI, "day")
    assert resolve(nlp, "Talks will resume next week.", past=False) == (D(2020, 3, 2), "week")


def test_past_events_never_after_anchor(nlp):
    # "next week" cannot be a past event date: ignored.
    assert resolve(nlp, "Talks collapsed, and aid stops next week.") == (FRI, "article")
    # A month-day later in the year than the anchor means the previous year.
    assert resolve(nlp, "The mine was seized on June 3.") == (D(2019, 6, 3), "day")
    future = resolve(nlp, "The mine will be reopened on June 3.", past=False)
    assert future == (D(2020, 6, 3), "day")
    # An explicit date after the anchor is not a past event date.
    assert resolve(nlp, "The vote was held on 3 March 2021.") == (FRI, "article")


def test_prefers_expression_attached_to_trigger(nlp):
    text = "Troops attacked the village on Thursday night, officials said on Friday."
    assert resolve(nlp, text, trigger="attacked") == (D(2020, 2, 27), "day")
    assert resolve(nlp, text, trigger="said") == (FRI, "day")
    # Without a trigger the reporting verb's date loses.
    assert resolve(nlp, text) == (D(2020, 2, 27), "day")
    text2 = "Officials said on Tuesday that gunmen had killed a guard on Sunday."
    assert resolve(nlp, text2, trigger="killed") == (D(2020, 2, 23), "day")


def test_no_anchor(nlp):
    assert resolve(nlp, "Gunmen killed two villagers yesterday.", anchor=None) == (None, "article")
    assert resolve(nlp, "The raid happened on February 26.", anchor=None) == (None, "article")
    assert resolve(nlp, "The raid happened on 26 February 2020.", anchor=None) == (
        D(2020, 2, 26),
        "day",
    )
    assert resolve(nlp, "Nothing is dated here.", anchor=None) == (None, "article")


def test_no_expression_gives_article_date(nlp):
    assert resolve(nlp, "Rebels burned the depot.") == (FRI, "article")


def test_sentence_span_inside_longer_doc(nlp):
    doc = nlp("The talks failed last week. Gunmen killed a guard on Wednesday.")
    second = list(doc.sents)[1]
    assert resolve_event_date(second, FRI) == (D(2020, 2, 26), "day")


@pytest.mark.parametrize(
    "s, expected",
    [
        ("2020-02-28", D(2020, 2, 28)),
        ("2020-02-28T10:00:00Z", D(2020, 2, 28)),
        ("2021-04-18 07:25:49+01:00", D(2021, 4, 18)),
        ("28 February 2020", D(2020, 2, 28)),
        ("Feb 28, 2020", D(2020, 2, 28)),
        ("February 28th, 2020", D(2020, 2, 28)),
        ("Fri, 28 Feb 2020 10:00:00 GMT", D(2020, 2, 28)),
        ("  2020/02/28 ", D(2020, 2, 28)),
        ("20200228", D(2020, 2, 28)),
    ],
)
def test_parse_article_date(s, expected):
    assert parse_article_date(s) == expected


@pytest.mark.parametrize(
    "s", ["", "yesterday", "not a date", "2020-13-45", "1850-01-01", "2150-01-01", "31 Feb 2020"]
)
def test_parse_article_date_junk(s):
    assert parse_article_date(s) is None


def test_parse_article_date_non_string():
    assert parse_article_date(None) is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_article_date_never_raises(s):
    d = parse_article_date(s)
    assert d is None or 1900 <= d.year <= 2100


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_parse_article_date_round_trips_iso_and_rfc2822(d):
    assert parse_article_date(d.isoformat()) == d
    assert parse_article_date(d.strftime("%a, %d %b %Y 10:00:00 GMT")) == d
    assert parse_article_date(d.strftime("%d %B %Y")) == d
