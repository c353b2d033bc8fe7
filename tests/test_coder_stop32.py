"""Prefixed verbs, lexicon rows, senses, event-noun parties and parse repair 56 added at stop 32
(from the failure report of challenge set 25, `bench/challenge/report_25.md`, and the event-noun
probe, set 28); every sentence is written for these tests, and each rule is checked on more
than one wording."""

import datetime as dt

import pytest

from eventwatch.nlp import parse
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

DAY = dt.date(2025, 6, 17)


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def code(pipeline, text):
    return pipeline.code_text(text, Article(id="t", text=text, date=DAY))


def events_of(evs):
    return [(e.plover, e.cameo, e.source and e.source.text, e.target and e.target.text,
             e.modality) for e in evs]


def find(evs, plover, source, target, cameo=None):
    kinds = ("CONCEDE", "RETREAT") if plover == "YIELD" else (plover,)
    return [e for e in evs if e.plover in kinds and e.modality == "asserted"
            and e.source is not None and source in e.source.text
            and e.target is not None and target in e.target.text
            and (cameo is None or e.cameo.startswith(cameo))]


def test_prefixed_verbs_stay_one_word_with_the_stems_lemma(nlp):
    doc = parse("The junta re-imposed a curfew and co-hosted talks, then re-established order.")
    words = {t.text: t for t in doc}
    assert words["re-imposed"].lemma_ == "impose" and words["re-imposed"].pos_ == "VERB"
    assert words["co-hosted"].lemma_ == "host"
    assert words["re-established"].lemma_ == "establish"
    # other hyphenated words are split as before
    assert "pro" in [t.lower_ for t in parse("pro-Western parties")]


@pytest.mark.parametrize("text, plover, source, target, cameo", [
    # "re-" verbs read as their stems
    ("Military rulers in Niamey re-imposed a night curfew on the capital.", "COERCE",
     "Military rulers", "capital", "17"),
    ("Police re-arrested the blogger outside the court in Harare.", "COERCE", "Police",
     "blogger", "17"),
    ("Medical students re-established a tent encampment on the lawn of the health ministry.",
     "PROTEST", "Medical students", "health ministry", "14"),
    ("Norway co-hosted talks between the Colombian government and the ELN in Oslo.",
     "CONSULT", "Norway", "Colombian government", "04"),
    # equipment handed to someone is aid (returned with "back")
    ("Tokyo handed three patrol vessels to the Philippine coast guard.", "AID", "Tokyo",
     "Philippine coast guard", "07"),
    ("Germany handed 20 armoured ambulances to Ukraine's health ministry.", "AID", "Germany",
     "Ukraine", "07"),
    ("Tehran handed back the seized tanker to its Greek owners.", "YIELD", "Tehran",
     "Greek owners", "084"),
    # "find X responsible" is blame, as "hold X responsible"
    ("The tribunal found Belgrade responsible for failing to stop the killings.", "ACCUSE",
     "tribunal", "Belgrade", "11"),
    ("An inquiry found the police commander responsible for the stampede.", "ACCUSE",
     "inquiry", "police commander", "11"),
    # "push X to do" is pressing a demand
    ("The IMF pushed Islamabad to raise electricity tariffs.", "REQUEST", "IMF", "Islamabad",
     "02"),
    ("Washington pushed its Gulf allies to cut oil output.", "REQUEST", "Washington",
     "Gulf allies", "02"),
    # "unveil" an aid package or sanctions: the noun's event
    ("Brussels unveiled a 500 million euro aid package for Moldova.", "AID", "Brussels",
     "Moldova", "07"),
    ("The Treasury unveiled fresh sanctions against Venezuela's oil sector.", "COERCE",
     "Treasury", "Venezuela", "16"),
    # written containers: condolences in a cable, a note of protest (an official complaint)
    ("The emir sent a cable of condolences to the Turkish president after the floods.",
     "SUPPORT", "emir", "Turkish president", "01"),
    ("The foreign ministry sent a note of protest to the Chinese embassy.", "ACCUSE",
     "foreign ministry", "Chinese embassy", "114"),
    ("Warsaw sent a letter of protest to the Belarusian embassy over the incursion.",
     "ACCUSE", "Warsaw", "Belarusian embassy", "114"),
])
def test_stop32_rows_and_senses(pipeline, text, plover, source, target, cameo):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target, cameo), events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    ("The Indian high commissioner called on the Bangladeshi foreign minister in Dhaka.",
     "Indian high commissioner", "Bangladeshi foreign minister"),
    ("Pakistan's army chief called on President Xi Jinping at the Great Hall.",
     "Pakistan's army chief", "Xi Jinping"),
    # ... also when the visitor comes to discuss something
    ("The Turkish envoy called on President Tinubu to discuss trade and security.",
     "Turkish envoy", "Tinubu"),
])
def test_calling_on_a_person_with_nothing_asked_is_a_visit(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "CONSULT", source, target, "042"), events_of(evs)
    assert not [e for e in evs if e.plover == "REQUEST"], events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    ("The bishops called on the president to release the detainees.", "bishops", "president"),
    ("The opposition called on the prime minister for calm.", "opposition", "prime minister"),
    ("The bishops called on the president to hold talks with the rebels.", "bishops",
     "president"),
])
def test_calling_on_someone_to_act_stays_a_request(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "REQUEST", source, target, "02"), events_of(evs)


@pytest.mark.parametrize("text, plover, source, target, cameo", [
    # a labour strike against a firm, by people of a country, is no military strike
    ("Danish dockworkers extended their strike against Maersk into a third week.", "PROTEST",
     "Danish dockworkers", "Maersk", "14"),
    ("Korean metalworkers continued their strike against Hyundai on Monday.", "PROTEST",
     "Korean metalworkers", "Hyundai", "14"),
    # the noun "raid" on premises is the verb's raid (170)
    ("A raid by Israeli soldiers on the news agency's bureau in Nablus was condemned.",
     "COERCE", "Israeli soldiers", "bureau", "170"),
    ("The raid by tax police on the newspaper's offices lasted six hours.", "COERCE",
     "tax police", "offices", "170"),
])
def test_strike_and_raid_nouns(pipeline, text, plover, source, target, cameo):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target, cameo), events_of(evs)
    assert not [e for e in evs if e.plover == "ASSAULT"], events_of(evs)


def test_armed_strikes_stay_assaults(pipeline):
    evs = code(pipeline, "Turkish jets carried out strikes on Kurdish positions.")
    assert find(evs, "ASSAULT", "Turkish jets", "Kurdish positions", "19"), events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    # repair 56: "X and Y's signing of": Y is X's partner
    ("Kenya and Ethiopia's signing of a border security pact took place in Moyale.", "Kenya",
     "Ethiopia"),
    ("Morocco and Mauritania's signing of a fisheries accord was announced in Rabat.",
     "Morocco", "Mauritania"),
])
def test_a_shared_possessor_names_both_partners(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "SUPPORT", source, target, "05"), events_of(evs)


def test_repair_56_makes_the_noun_the_head(nlp):
    doc = parse("Kenya and Ethiopia's signing of a border pact took place in Moyale.")
    signing = next(t for t in doc if t.lower_ == "signing")
    assert signing.dep_ == "nsubj" and signing.head.lemma_ == "take"
    assert doc[0].head.i == signing.i and doc[0].dep_ == "poss"


@pytest.mark.parametrize("text, plover, source, target", [
    # an offer or a plea that names its own party keeps it whoever carries it
    ("Rwanda's offer to send police officers to Haiti was conveyed to the Security Council "
     "in a letter.", "AGREE", "Rwanda", "Haiti"),
    ("A plea by Sudan's army chief for the African Union to lift the suspension was "
     "delivered to the bloc's commission in Addis Ababa.", "REQUEST", "army chief",
     "African Union"),
    # ... but one that names nobody is aimed at whom it is delivered to
    ("A plea by the opposition was delivered to the electoral commission on Monday.",
     "REQUEST", "opposition", "electoral commission"),
    ("Armenia's request for observers along its border was submitted to Brussels.",
     "REQUEST", "Armenia", "Brussels"),
])
def test_carried_offers_and_pleas(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)


@pytest.mark.parametrize("text, plover, source, target", [
    # an event noun with a relative clause whose verb carries it out
    ("The blockade that four Gulf states imposed on Doha lasted three years.", "ASSAULT",
     "four Gulf states", "Doha"),
    ("The pledge that G7 leaders made to Kyiv at the summit took the form of a loan.", "AGREE",
     "G7 leaders", "Kyiv"),
    ("The curfew which the army imposed on Khartoum lasted nine days.", "COERCE", "army",
     "Khartoum"),
    ("The ambush that JNIM fighters staged near Djibo killed 40 soldiers.", "ASSAULT",
     "JNIM fighters", "40 soldiers"),
    ("The drone attack which Kyiv launched against Russian air bases destroyed a dozen "
     "bombers.", "ASSAULT", "Kyiv", "Russian air bases"),
    ("The summit that Biden held with Xi Jinping in Woodside lasted four hours.", "CONSULT",
     "Biden", "Xi Jinping"),
])
def test_an_event_noun_carried_out_in_its_relative_clause(pipeline, text, plover, source,
                                                          target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)


def test_repair_57_gives_the_object_relative_back_to_its_noun(nlp):
    doc = parse("The curfew which the army imposed on Khartoum lasted nine days.")
    curfew, imposed, lasted = (next(t for t in doc if t.lower_ == w)
                               for w in ("curfew", "imposed", "lasted"))
    assert lasted.dep_ == "ROOT" and curfew.head.i == lasted.i and curfew.dep_ == "nsubj"
    assert imposed.dep_ == "relcl" and imposed.head.i == curfew.i


@pytest.mark.parametrize("text, plover, source, target", [
    # an act said to be aimed at someone: the aim is its target, and the aim is no event
    ("The dispatch of two destroyers to the Gulf by the Pentagon was intended as a warning to "
     "Tehran.", "MOBILIZE", "Pentagon", "Tehran"),
    ("Warsaw's expulsion of five embassy staff was intended to punish Minsk.", "SANCTION",
     "Warsaw", "Minsk"),
    ("Ottawa's recall of its envoy was meant as a rebuke to New Delhi.", "SANCTION", "Ottawa",
     "New Delhi"),
    ("Israel's closure of the Rafah crossing was designed to put pressure on Hamas.", "COERCE",
     "Israel", "Hamas"),
    ("Seoul's sharing of radar data was meant to help Tokyo track the missiles.", "COOPERATE",
     "Seoul", "Tokyo"),
    ("The Vatican's appeal was directed at the warring parties in Sudan.", "REQUEST",
     "Vatican", "warring parties"),
])
def test_an_acts_stated_aim_is_its_target(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)
    # neither the aim verb ("intended": an intent) nor the purpose is coded as an act
    assert not [e for e in evs if e.plover in ("AGREE", "THREATEN") and plover not in (
        "AGREE", "THREATEN")], events_of(evs)


@pytest.mark.parametrize("text, plover, source, target", [
    # light verbs made nouns pass the event on to their "of" object
    ("Guyana's filing of a border case against Venezuela at the World Court came in 2018.",
     "ACCUSE", "Guyana", "Venezuela"),
    ("Manila's lodging of a diplomatic protest with Beijing followed the collision.", "ACCUSE",
     "Manila", "Beijing"),
    ("Ireland's extension of formal recognition to Palestine took effect on Tuesday.",
     "SUPPORT", "Ireland", "Palestine"),
    ("Egypt's opening of talks with Ethiopia on the dam drew cautious praise.", "CONSULT",
     "Egypt", "Ethiopia"),
])
def test_light_verb_nouns_pass_on_their_event(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)


@pytest.mark.parametrize("text, plover, source, target", [
    # repair 58: two conjoined event nouns share their "of" and "by" phrases
    ("The detention and interrogation of a British journalist by Iranian intelligence agents "
     "prompted outrage in London.", "COERCE", "Iranian intelligence agents",
     "British journalist"),
    ("The shelling and encirclement of Avdiivka by Russian forces lasted through the winter.",
     "ASSAULT", "Russian forces", "Avdiivka"),
])
def test_conjoined_event_nouns_share_their_parties(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)


def test_repair_58_hangs_shared_phrases_on_the_first_noun(nlp):
    doc = parse("The arrest and deportation of two reporters by the police came on Monday.")
    arrest = next(t for t in doc if t.lower_ == "arrest")
    assert {c.lower_ for c in arrest.children if c.dep_ in ("prep", "agent")} >= {"of", "by"}


@pytest.mark.parametrize("text, source, target", [
    # where a pact is signed ("on the White House lawn", "on the steps of X") names nobody
    ("A peace accord between Armenia and Azerbaijan was signed on the White House lawn.",
     "Armenia", "Azerbaijan"),
    ("Rwanda and Congo signed the deal on the sidelines of the Doha talks.", "Rwanda", "Congo"),
])
def test_a_signing_site_is_no_target(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "SUPPORT", source, target, "05"), events_of(evs)
    assert not [e for e in evs if e.target is not None and (
        "lawn" in e.target.text or "sidelines" in e.target.text)], events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    # a threat that names nobody is aimed at whom the threatened act is aimed at
    ("The United States warned it would impose visa bans on Honduran officials.",
     "United States", "Honduran officials"),
    ("The EU warned that it would impose sanctions on Serbian officials.", "EU",
     "Serbian officials"),
])
def test_a_threat_takes_the_threatened_acts_target(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "THREATEN", source, target, "13"), events_of(evs)
    # the act itself stays unreal
    assert not [e for e in evs if e.plover == "COERCE" and e.modality == "asserted"], (
        events_of(evs))


@pytest.mark.parametrize("text, source, target", [
    # "took to the streets of <capital>" names where, not the government
    ("Thousands of Serbs took to the streets of Belgrade demanding the prime minister's "
     "resignation.", "Serbs", "prime minister"),
    ("Thousands of Hungarians took to the streets of Budapest on Sunday demanding Viktor "
     "Orban's resignation.", "Hungarians", "Orban"),
])
def test_streets_of_a_capital_are_a_place(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "PROTEST", source, target, "14"), events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    # repair 59: "pardoned and freed opposition figure X"
    ("Lukashenko pardoned and freed opposition activist Maria Kalesnikava on Tuesday.",
     "Lukashenko", "Maria Kalesnikava"),
    ("The emir pardoned and released jailed poet Mohammed al-Ajami on Tuesday.", "emir",
     "Mohammed al-Ajami"),
])
def test_a_second_verb_read_as_a_modifier(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "YIELD", source, target, "08"), events_of(evs)


def test_summoned_for_military_service_is_a_call_up(pipeline):
    evs = code(pipeline, "The army summoned thousands of young men for military service.")
    assert find(evs, "MOBILIZE", "army", "young men", "15"), events_of(evs)
    assert not [e for e in evs if e.plover == "ACCUSE"], events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    # an offer that names only the forces it would send is aimed where they would go
    ("Fiji has offered to send troops and police to help restore order in the Solomon Islands.",
     "Fiji", "Solomon Islands"),
    ("Rwanda offered to deploy soldiers to Mozambique's Cabo Delgado province.", "Rwanda",
     "Cabo Delgado"),
])
def test_an_offer_of_forces_is_aimed_where_they_would_go(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "AGREE", source, target, "03"), events_of(evs)


def test_scrapping_regulations_is_easing_them(pipeline):
    evs = code(pipeline, "The junta scrapped emergency regulations on the press in March.")
    assert find(evs, "YIELD", "junta", "press", "081"), events_of(evs)


@pytest.mark.parametrize("text, plover, source, target", [
    # a titled name after "called on" read as the verb's object: still a courtesy call
    ("Japan's foreign minister called on Indonesia's President Joko Widodo at the palace in "
     "Bogor.", "CONSULT", "foreign minister", "Joko Widodo"),
    # a noun's own doer, not whoever announced it
    ("The seizure of a Vietnamese trawler and its crew by Indonesian patrol boats was "
     "announced by the fisheries minister.", "COERCE", "Indonesian patrol boats",
     "Vietnamese trawler"),
    ("The arrest of three activists by Tunisian police was confirmed by the interior ministry.",
     "COERCE", "Tunisian police", "activists"),
    # one's own troops withdrawn from a place no gazetteer names: the place
    ("Israel's withdrawal of troops from the Morag corridor was completed on Sunday.",
     "YIELD", "Israel", "Morag corridor"),
])
def test_called_on_announced_and_withdrawn(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    assert find(evs, plover, source, target), events_of(evs)


def test_an_announced_act_with_no_doer_of_its_own_is_the_announcers(pipeline):
    # "long demanded by X" names who asked for it, not who did it
    evs = code(pipeline, "The reversal of the fuel subsidy cut, long demanded by indigenous "
                         "groups, was announced by President Noboa on Monday.")
    assert find(evs, "YIELD", "Noboa", "indigenous groups", "08"), events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    # a show of force named by a noun faces the place after "near", "around", "off"
    ("Chinese coast guard patrols near Kinmen island grew more frequent last year.", "Chinese",
     "Kinmen island"),
    ("Chinese warship patrols around the Second Thomas Shoal continued on Monday.", "Chinese",
     "Second Thomas Shoal"),
])
def test_a_noun_show_of_force_faces_its_place(pipeline, text, source, target):
    evs = code(pipeline, text)
    assert find(evs, "MOBILIZE", source, target, "15"), events_of(evs)
