"""Rules added at stop 33 (from the failure report of set 27, `bench/challenge/report_27.md`,
and from the ACLED snippet work): causative threats, lexicon rows, lemma fixes and single
persons of a sector. Every sentence is written for these tests; each rule is checked on more
than one wording."""

import pytest

from eventwatch.nlp import parse
from eventwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def find(evs, plover, source, target, cameo=None):
    return [e for e in evs if e.plover == plover and e.modality == "asserted"
            and e.source is not None and source in e.source.text
            and e.target is not None and target in e.target.text
            and (cameo is None or e.cameo.startswith(cameo))]


@pytest.mark.parametrize("text, plover, source, target, cameo", [
    # a vow or threat "to have X shot / arrested": X is threatened, not the doer
    ("The junta leader vowed to have the deserters shot.", "THREATEN", "junta leader",
     "deserters", "13"),
    ("The president threatened to have opposition leaders arrested.", "THREATEN", "president",
     "opposition leaders", "13"),
    ("The warlord pledged to have the defectors executed.", "THREATEN", "warlord", "defectors",
     "13"),
    # lexicon rows from the report on set 27
    ("Insurgents set off a car bomb outside the governor's office in Kandahar.", "ASSAULT",
     "Insurgents", "Kandahar", "18"),
    ("Militants set off explosives near a police station in Quetta.", "ASSAULT", "Militants",
     "Quetta", "18"),
    ("Pakistan reaffirmed its solidarity with the people of Gaza.", "SUPPORT", "Pakistan",
     "Gaza", "01"),
    ("The regulator pulled the opposition channel off the air in Bishkek.", "COERCE",
     "regulator", "opposition channel", "17"),
    ("US instructors put Ukrainian gunners through a six-week course in Germany.", "AID",
     "US instructors", "Ukrainian gunners", "07"),
    ("The junta went along with the ECOWAS plan for a transition.", "AGREE", "junta", "ECOWAS",
     "03"),
    ("The prime minister ended the coalition with the Green party.", "SANCTION",
     "prime minister", "Green party", "16"),
    # bombs thrown or dropped
    ("Two gunmen hurled a grenade at a police patrol in Srinagar.", "ASSAULT", "gunmen",
     "police patrol", "18"),
    ("A regime helicopter dropped barrel bombs on Daraya.", "ASSAULT", "regime helicopter",
     "Daraya", "19"),
    # weapons found or brought down, bases set up
    ("Police recovered a cache of rifles in a raid on a farm near Kumasi.", "COERCE", "Police",
     "Kumasi", "17"),
    ("Al-Shabaab fighters set up a camp near the village of Bulo Marer.", "MOBILIZE",
     "Al-Shabaab fighters", "Bulo Marer", "15"),
])
def test_stop33_rules(pipeline, text, plover, source, target, cameo):
    evs = pipeline.code_text(text)
    assert find(evs, plover, source, target, cameo), [
        (e.plover, e.cameo, e.source and e.source.text, e.target and e.target.text,
         e.modality) for e in evs]


@pytest.mark.parametrize("text, source, target, code", [
    # what is criticised is the possessor's act: the possessor is the target
    ("Human Rights Watch criticised Egypt's use of military courts against civilians.",
     "Human Rights Watch", "Egypt", "EGY"),
    ("Amnesty denounced Iran's execution of protesters.", "Amnesty", "Iran", "IRN"),
    ("The UN criticised Myanmar's treatment of the Rohingya.", "UN", "Myanmar", "MMR"),
])
def test_criticised_possessor(pipeline, text, source, target, code):
    evs = [e for e in pipeline.code_text(text) if e.plover == "ACCUSE"]
    assert any(e.source and source in e.source.text and e.target and target in e.target.text
               and e.target.code == code for e in evs), [
        (e.source and e.source.text, e.target and e.target.text) for e in evs]


def test_a_promise_to_have_something_built_stays_a_promise(pipeline):
    evs = pipeline.code_text("The minister promised to have the new hospital built by March.")
    assert not [e for e in evs if e.plover == "THREATEN"]


@pytest.mark.parametrize("text, word, lemma", [
    ("Soldiers raped women in the village.", "raped", "rape"),
    ("Militiamen were raping girls near the camp.", "raping", "rape"),
    ("The senator rapped the agency over its spending.", "rapped", "rap"),
    ("The rebels installed a checkpoint.", "installed", "install"),
])
def test_lemma_fixes(nlp, text, word, lemma):
    assert {t.text: t.lemma_ for t in parse(text)}[word] == lemma


@pytest.mark.parametrize("text, target, sector", [
    # one person of a sector is an actor, as the plural is
    ("Unidentified gunmen shot dead a local councillor in Tumaco.", "councillor", "GOV"),
    ("Bandits abducted a teacher near Kaduna.", "teacher", "EDU"),
    ("Soldiers killed a farmer in the Anglophone region.", "farmer", "AGR"),
])
def test_single_persons_of_a_sector(pipeline, text, target, sector):
    evs = [e for e in pipeline.code_text(text) if e.plover == "ASSAULT"]
    assert any(e.target is not None and target in e.target.text and e.target.sector == sector
               for e in evs), [(e.target and e.target.text, e.target and e.target.sector)
                               for e in evs]


@pytest.mark.parametrize("text, code", [
    # a device that goes off with nobody named: the place's unidentified armed group (UAF)
    ("A bomb exploded at a market in Peshawar, police said.", "PAKUAF"),
    ("A roadside bomb exploded near a police convoy in Kandahar.", "AFGUAF"),
])
def test_an_explosion_with_nobody_named(pipeline, text, code):
    evs = [e for e in pipeline.code_text(text) if e.plover == "ASSAULT"]
    assert any(e.source is not None and e.source.code == code for e in evs), [
        (e.source and e.source.text, e.source and e.source.code) for e in evs]
