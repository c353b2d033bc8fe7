import pytest

from eventwatch.casualties import count_casualties


def count(nlp, text, *neighbours):
    return count_casualties(nlp(text)[:], [nlp(n)[:] for n in neighbours])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("33 Turkish soldiers were killed in an air strike.", (33, None)),
        ("Gunmen stormed the village, killing at least twelve people.", (12, None)),
        ("Dozens of protesters were killed.", (24, None)),
        ("Hundreds were injured in the clashes.", (None, 200)),
        ("A soldier was killed.", (1, None)),
        ("The explosion injured a child.", (None, 1)),
        ("Two killed and 15 wounded in the blast.", (2, 15)),
        ("The death toll rose to 40.", (40, None)),
        ("The toll stands at 50 dead.", (50, None)),
        ("The raid killed 4 people, raising the death toll to 30.", (30, None)),
        ("More than 100 people were injured.", (None, 100)),
        ("The attack killed 5, including 3 children.", (5, None)),
        ("Nine people were killed, among them four children.", (9, None)),
        ("The earthquake killed 1,200 people.", (1200, None)),
        ("The bombing left 12 people dead and 40 injured.", (12, 40)),
        ("At least 7 people died and 20 were hurt.", (7, 20)),
        ("Twenty-five people were killed and a dozen soldiers were hurt.", (25, 12)),
        ("Two hundred people lost their lives.", (200, None)),
        ("Two soldiers and three civilians were killed.", (5, None)),
        ("A soldier and a policeman were wounded.", (None, 2)),
        ("The attack killed a police officer and wounded two others.", (1, 2)),
        ("Officials reported 6 fatalities and 11 injuries.", (6, 11)),
        ("Police found 12 bodies in the river.", (12, None)),
        ("The blast caused the deaths of 9 people.", (9, None)),
        ("The 12 dead included four women.", (12, None)),
        ("Tens of thousands of people were killed in the war.", (20000, None)),
        ("Three people were killed and several others injured.", (3, 3)),
        ("No one was killed in the attack.", (0, None)),
        ("Nobody was hurt.", (None, 0)),
        ("The convoy was attacked, but no casualties were reported.", (0, 0)),
    ],
)
def test_counts(nlp, text, expected):
    assert count(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen shot dead a 33-year-old man.", (1, None)),  # the age is not a count
        ("The 33rd brigade lost 12 tanks.", (None, None)),
        ("An F-16 crashed in 2019, costing $30 million.", (None, None)),
        ("Police arrested 20 people on Thursday.", (None, None)),
        ("33 militants killed 5 soldiers.", (5, None)),  # perpetrators are not victims
        ("Two people were killed on 12 March.", (2, None)),  # the date is not a count
        ("He was killed in 2015 at the age of 40.", (1, None)),
        ("Over 300 people were killed in the 1990s.", (300, None)),
        ("The strike killed two members of the 101st Airborne Division.", (2, None)),
        ("Security forces wounded 3 protesters and arrested 12 others.", (None, 3)),
        ("Fighting continued in the north for three days.", (None, None)),
        ("Rebels burned 40 houses and 5 cars.", (None, None)),
    ],
)
def test_false_hits(nlp, text, expected):
    assert count(nlp, text) == expected


def test_neighbour_used_only_for_same_event(nlp):
    sent = "A car bomb exploded near the market on Monday."
    assert count(nlp, sent) == (None, None)
    assert count(nlp, sent, "The blast killed 14 people.") == (14, None)
    assert count(nlp, sent, "The death toll later rose to 20.") == (20, None)
    # A neighbour about another incident, or one that does not refer back, is ignored.
    assert count(nlp, sent, "In a separate attack, 3 people died.") == (None, None)
    assert count(nlp, sent, "Five people died of cholera in the camp.") == (None, None)


def test_neighbour_fills_only_missing_field(nlp):
    sent = "The attack killed 6 soldiers."
    assert count(nlp, sent, "The blast killed 30 people and injured 12.") == (6, 12)
