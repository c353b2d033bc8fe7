"""Rules of stop 36: "IS" read as a verb, "shot dead" after a preposition, fights in which
someone died, places taken back, bases set up, ACLED cues. Every sentence is written for these
tests."""

import pytest

from eventwatch.evaluate.acled import chosen
from eventwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def events(pipeline, text):
    return [(e.source.text if e.source else None, e.cameo, e.target.text if e.target else None,
             e.modality) for e in pipeline.code_text(text)]


def acled(pipeline, text):
    event = chosen(pipeline.code_text(text))
    return event.acled if event is not None else None


# ---- the acronym "IS" read as the verb "is" ------------------------------------------------

@pytest.mark.parametrize("text, source, root, target", [
    # alone before a past verb: the subject, not a passive auxiliary
    ("IS launched a mortar round at the outpost.", "IS", "19", "outpost"),
    # after a verb read as a clause on the subject: the object
    ("Kurdish-led forces expelled IS from Tabqa after a month of fighting.",
     "Kurdish-led forces", "19", "IS"),
    # read as a clause "is ..." after a transitive verb: the object
    ("Peshmerga fighters ambushed IS near Sinjar.", "Peshmerga fighters", "19", "IS"),
])
def test_is_the_acronym_is_an_actor(pipeline, text, source, root, target):
    found = [e for e in events(pipeline, text) if e[1].startswith(root)]
    assert any(source in (e[0] or "") and target in (e[2] or "") for e in found), events(
        pipeline, text)


def test_is_the_verb_stays_a_verb(pipeline):
    # a real auxiliary in capitals is left alone when a subject is there
    found = events(pipeline, "The bridge IS closed, the army said.")
    assert not any(e[0] == "IS" for e in found)


# ---- "shot dead" read as a noun after a preposition --------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Two men on a scooter shot dead a police officer in Quetta.", "Two men", "police officer"),
    ("Assailants in a pickup truck shot dead four border guards.", "Assailants",
     "four border guards"),
])
def test_shot_dead_after_a_vehicle_is_a_killing(pipeline, text, source, target):
    found = [e for e in events(pipeline, text) if e[1].startswith("19")]
    assert any(source in (e[0] or "") and target in (e[2] or "") for e in found), events(
        pipeline, text)


# ---- a fight in which the subject died ---------------------------------------------------

def test_dying_in_a_fight_with_a_side_is_that_sides_fight(pipeline):
    found = events(pipeline, "Three smugglers died in a gunfight with border police near "
                             "the river, officials said.")
    assert any(e[0] == "border police" and e[1].startswith("19") and "smugglers" in e[2]
               for e in found), found
    assert acled(pipeline, "Three smugglers died in a gunfight with border police near the "
                           "river.") == "Armed clash"


def test_dying_in_hospital_is_no_fight(pipeline):
    assert not [e for e in events(pipeline, "The former minister died in hospital in Lagos.")
                if e[1].startswith("19")]


# ---- lexicon rows ------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Rebels engaged an army convoy on the road to Kindu.", "190"),
    ("Gunmen carried off six traders from a market near Zaria.", "181"),
    ("The brigade reclaimed Shaddadi from the militants after a week of combat.", "192"),
    ("Militia fighters have taken the garrison at Kolo.", "192"),
    ("Guerrillas set up a command post in the hills above the dam.", "154"),
    ("Bandits opened a new encampment in the forest reserve.", "154"),
    ("Settlers cut down dozens of almond trees belonging to a village.", "1712"),
])
def test_new_lexicon_rows(pipeline, text, code):
    assert any(e[1] == code for e in events(pipeline, text)), events(pipeline, text)


def test_engage_in_talks_is_no_clash(pipeline):
    assert not [e for e in events(pipeline, "The rebels engaged in talks with the army.")
                if e[1].startswith("19")]


def test_an_exchange_of_gunfire_is_a_clash(pipeline):
    found = events(pipeline, "An exchange of gunfire between soldiers and bandits left three "
                             "dead near Gusau.")
    assert any(e[1] == "190" and e[0] == "soldiers" and e[2] == "bandits" for e in found), found


# ---- ACLED sub-event types ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a town named as the target of state forces' recapture: territory, not a coup
    ("On 3 May 2021, Malian troops recaptured Tessit from jihadists after heavy fighting.",
     "Government regains territory"),
    # the month "March" is no protest march
    ("On 9 March 2022, insurgents stormed Mueda and gained control of the town after "
     "fighting with the army.", "Non-state actor overtakes territory"),
    # herders named as armed are a side in a clash, not victims of an attack
    ("Militiamen fought armed cattle herders near Gulu over water points.", "Armed clash"),
    # a bomber who detonated himself
    ("A bomber detonated himself at a checkpoint outside Baidoa, killing two soldiers.",
     "Suicide bomb"),
    ("Two men strapped with explosives blew up a bus station in Konduga.", "Suicide bomb"),
])
def test_acled_sub_event_types(pipeline, text, expected):
    assert acled(pipeline, text) == expected, [(e.cameo, e.acled)
                                               for e in pipeline.code_text(text)]


def test_the_army_taking_over_the_government_is_still_a_coup(pipeline):
    assert acled(pipeline, "The army took over the government on Tuesday.") == "Other"
