"""Idioms, promises made as nouns, drills held with a partner, forces of nature and other rules
added at stop 24; every sentence is written for these tests."""

import datetime as dt

import pytest

from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

DAY = dt.date(2024, 3, 12)


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def code(pipeline, text):
    return pipeline.code_text(text, Article(id="t", text=text, date=DAY))


def events_of(evs):
    return [(e.plover, e.cameo, e.source and e.source.text, e.target and e.target.text,
             e.modality) for e in evs]


def assert_event(evs, plover, source, target):
    hits = [e for e in evs if e.plover == plover and e.modality == "asserted"
            and e.source is not None and source in e.source.text
            and e.target is not None and target in e.target.text]
    assert hits, events_of(evs)
    return hits[0]


@pytest.mark.parametrize("text, plover, source, target", [
    ("Algeria leapt to the defence of Niger at the African Union summit.",
     "SUPPORT", "Algeria", "Niger"),
    ("The ruling coalition gave its assent to an electoral map drawn up by the opposition.",
     "AGREE", "ruling coalition", "opposition"),
    ("The prime minister gave the cold shoulder to Armenia's offer of talks.",
     "REJECT", "prime minister", "Armenia"),
    ("Belgrade rattled its sabre at Pristina over the licence plate row.",
     "THREATEN", "Belgrade", "Pristina"),
    ("The governor caved to striking bus drivers and raised their pay.",
     "CONCEDE", "governor", "bus drivers"),
    ("The cabinet climbed down in the face of protests by fishermen.",
     "CONCEDE", "cabinet", "fishermen"),
    ("Jordanian intelligence tipped off German police about a planned attack.",
     "COOPERATE", "Jordanian intelligence", "German police"),
    ("Canada brought home the last of its troops from Mali in 2019.",
     "RETREAT", "Canada", "Mali"),
    ("Peru summoned thousands of army reservists to the Ecuadorian border.",
     "MOBILIZE", "Peru", "Ecuadorian border"),
    ("Ghana rushed hundreds of nurses to Liberia during the outbreak.",
     "AID", "Ghana", "Liberia"),
    ("Customs officers searched the opposition leader's home in Harare.",
     "COERCE", "Customs officers", "opposition leader"),
    ("The ministry of health rolled back fines on striking junior doctors.",
     "CONCEDE", "ministry of health", "junior doctors"),
])
def test_idioms_and_verb_senses(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("The police's collaboration with Europol on the case led to twelve arrests.",
     "COOPERATE", "police", "Europol"),
    ("Japan's purchases of gas from Qatar doubled in 2022.", "COOPERATE", "Japan", "Qatar"),
    ("The bloc's exclusion of Guinea from its summits lasted two years.",
     "SANCTION", "bloc", "Guinea"),
    ("The FBI's search of the governor's residence turned up missing files.",
     "COERCE", "FBI", "governor"),
    ("Manila's dismissal of the tribunal's ruling came within hours.",
     "REJECT", "Manila", "tribunal"),
])
def test_nouns_made_from_verbs(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_dismissing_an_official_is_no_rejection(pipeline):
    evs = code(pipeline, "The dismissal of the navy chief by the president surprised nobody.")
    assert not [e for e in evs if e.plover == "REJECT"], events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    ("The general's vow to crush the rebels in the north drew criticism from bishops.",
     "general", "rebels"),
    ("Washington brandished the threat of cutting military aid to Kampala.",
     "Washington", "Kampala"),
])
def test_a_vow_or_threat_of_force_named_by_a_noun_is_a_threat(pipeline, text, source, target):
    evs = code(pipeline, text)
    hit = assert_event(evs, "THREATEN", source, target)
    assert hit.cameo.startswith("13")
    # the act itself is only promised, never asserted
    assert not [e for e in evs if e.plover in ("ASSAULT", "SANCTION")
                and e.modality == "asserted"], events_of(evs)


def test_an_ultimatum_names_what_the_other_side_must_do_not_a_promise(pipeline):
    evs = code(pipeline, "The army's ultimatum to the rebels, to free the hostages by noon, "
                         "was delivered through local elders.")
    assert not [e for e in evs if e.plover in ("AGREE", "RETREAT")
                and e.modality == "asserted"], events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    ("Greek frigates joined Italian destroyers for naval drills in the Ionian Sea.",
     "Greek frigates", "Italian destroyers"),
    ("The exercise was staged with Senegalese troops by the French army near Thies.",
     "French army", "Senegalese troops"),
    ("Night drills were carried out by Thai marines alongside Malaysian commandos.",
     "Thai marines", "Malaysian commandos"),
])
def test_drills_held_with_another_force_are_cooperation(pipeline, text, source, target):
    hit = assert_event(code(pipeline, text), "COOPERATE", source, target)
    assert hit.cameo == "062"


def test_drills_near_a_border_with_a_state_are_no_joint_drills(pipeline):
    evs = code(pipeline, "Armenian troops held drills near the border with Azerbaijan.")
    assert not [e for e in evs if e.plover == "COOPERATE"], events_of(evs)
    assert_event(evs, "MOBILIZE", "Armenian troops", "Azerbaijan")


@pytest.mark.parametrize("text", [
    "A cyclone killed 60 people in coastal Mozambique on Sunday.",
    "The 2023 earthquake flattened whole towns in southern Turkey.",
    "Floods displaced 300,000 villagers in Bihar, officials said.",
])
def test_forces_of_nature_are_no_actors(pipeline, text):
    evs = code(pipeline, text)
    assert not [e for e in evs if e.plover == "ASSAULT"], events_of(evs)


def test_condolences_conveyed_after_a_disaster(pipeline):
    evs = code(pipeline, "The Chilean president conveyed her condolences to Ecuador after "
                         "the earthquake killed 600 people.")
    assert_event(evs, "SUPPORT", "Chilean president", "Ecuador")
    assert not [e for e in evs if e.plover == "ASSAULT"], events_of(evs)


def test_a_reported_warning_stays_with_whoever_warned(pipeline):
    evs = code(pipeline, "India's army chief warned Beijing of a firm response to any "
                         "incursion, the army spokesman said.")
    hit = assert_event(evs, "THREATEN", "army chief", "Beijing")
    assert "spokesman" not in hit.source.text


@pytest.mark.parametrize("text, people", [
    ("The council lifted penalties on striking hospital porters.", "hospital porters"),
    ("The mayor promised new buses to protesting city workers.", "city workers"),
])
def test_striking_and_protesting_people_are_not_attacked_or_protested(pipeline, text, people):
    evs = code(pipeline, text)
    assert not [e for e in evs if e.plover in ("ASSAULT", "ACCUSE", "PROTEST")], events_of(evs)
    assert [e for e in evs if e.target is not None and people in e.target.text], events_of(evs)


@pytest.mark.parametrize("text, plover, source, target", [
    ("Troops were pulled back from the demilitarised strip by Eritrea in 2008.",
     "RETREAT", "Eritrea", "demilitarised strip"),
    ("Turkey's withdrawal of its observers from Idlib was completed in March.",
     "RETREAT", "Turkey", "Idlib"),
    ("Six policemen died in an ambush by bandits near Gusau.",
     "ASSAULT", "bandits", "Six policemen"),
    ("Student leaders demanded that the police chief be sacked.",
     "REQUEST", "Student leaders", "police chief"),
    ("Ukrainian deputies voted down Moscow's gas transit package.",
     "REJECT", "Ukrainian deputies", "Moscow"),
    ("The indictment of the former governor by federal prosecutors shocked the state.",
     "ACCUSE", "federal prosecutors", "former governor"),
    ("The army sent two battalions to the northern town of Gulu after rebels raided a "
     "bank.", "MOBILIZE", "army", "Gulu"),
])
def test_whom_withdrawals_deaths_demands_and_rejections_are_aimed_at(pipeline, text, plover,
                                                                     source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_own_forces_withdrawn_are_never_the_target(pipeline):
    evs = code(pipeline, "Soldiers were withdrawn from the disputed valley by India.")
    hit = assert_event(evs, "RETREAT", "India", "valley")
    assert "Soldiers" not in hit.target.text


def test_people_in_several_countries_stop_before_a_relative_clause(pipeline):
    evs = code(pipeline, "The bank pledged $20 million in grants to help families in Chad, "
                         "Niger and Mali, who have lost their harvests to drought.")
    hits = [e for e in evs if e.target is not None and e.target.text.endswith("Niger and Mali")]
    assert hits, events_of(evs)
    assert hits[0].target.code == "TCDCVL"


def test_people_living_in_camps_named_by_a_nationality_are_of_that_country(pipeline):
    evs = code(pipeline, "Canada accepted 900 people now living in Lebanese refugee camps.")
    hit = assert_event(evs, "AID", "Canada", "Lebanese refugee camps")
    assert hit.target.country == "LBN"


def test_a_march_is_against_whose_policy_it_protests_not_where_it_goes(pipeline):
    evs = code(pipeline, "A march by thousands of teachers from Oruro to the parliament in "
                         "La Paz against the government's pension reform ended peacefully.")
    assert_event(evs, "PROTEST", "teachers", "government")


def test_a_recall_to_a_capital_does_not_make_the_recaller_of_that_capital(pipeline):
    evs = code(pipeline, "Officials said the government had recalled its ambassador to "
                         "Kinshasa.")
    hit = assert_event(evs, "SANCTION", "government", "Kinshasa")
    assert hit.source.country != "COD" and hit.target.country == "COD"


def test_two_police_forces_acting_together_do_not_coerce_each_other(pipeline):
    evs = code(pipeline, "Thai and Lao police jointly dismantled a drug smuggling network.")
    coerced = [e for e in evs if e.plover == "COERCE"]
    assert coerced and all(e.target is None or "network" in e.target.text for e in coerced), (
        events_of(evs))
    partners = [e for e in evs if e.plover == "COOPERATE"]
    assert partners and {partners[0].source.country, partners[0].target.country} == {
        "THA", "LAO"}, events_of(evs)


def test_resumed_exports_are_trade(pipeline):
    assert_event(code(pipeline, "Argentina resumed beef exports to China after a ban."),
                 "COOPERATE", "Argentina", "China")


@pytest.mark.parametrize("text, source, target", [
    ("The police are harassing journalists in the provinces, a press freedom group "
     "protested on Friday.", "press freedom group", "police"),
    ("The army has shelled villages in the north, a rights group charged on Monday.",
     "rights group", "army"),
])
def test_a_reporter_after_the_comma_accuses_the_subject_before_it(pipeline, text, source,
                                                                  target):
    assert_event(code(pipeline, text), "ACCUSE", source, target)


def test_own_inspectors_withdrawn_from_a_country_aim_at_the_country(pipeline):
    evs = code(pipeline, "The agency withdrew its inspectors and monitors from Sudan.")
    hits = [e for e in evs if e.cameo.startswith("166")]
    assert hits and hits[0].target is not None and hits[0].target.code == "SDN", events_of(evs)


@pytest.mark.parametrize("text, source, target", [
    ("Villagers staged demonstrations against the alleged abuses by the Burundian army.",
     "Villagers", "Burundian army"),
    ("Thousands marched against abuses committed by the police in the capital.",
     "Thousands", "police"),
])
def test_a_protest_against_an_act_is_aimed_at_whoever_did_it(pipeline, text, source, target):
    assert_event(code(pipeline, text), "PROTEST", source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Uganda has massed troops along its border with the Democratic Republic of Congo.",
     "Uganda", "Democratic Republic of Congo"),
    ("Armenia amassed artillery along the line of contact with Azerbaijan.",
     "Armenia", "Azerbaijan"),
])
def test_forces_massed_on_a_border_face_the_state_across_it(pipeline, text, source, target):
    assert_event(code(pipeline, text), "MOBILIZE", source, target)


def test_joint_patrols_by_one_force_with_another_are_cooperation(pipeline):
    assert_event(code(pipeline, "Joint patrols by Tanzanian police with Kenyan police began "
                                "on Monday."), "COOPERATE", "Tanzanian police", "Kenyan police")


@pytest.mark.parametrize("text, source, target", [
    ("NATO put 40,000 troops on high alert to deter Russia.", "NATO", "Russia"),
    ("Japan scrambled fighter jets to intercept Russian bombers.", "Japan", "Russian bombers"),
])
def test_a_show_of_force_faces_whom_its_purpose_names(pipeline, text, source, target):
    assert_event(code(pipeline, text), "MOBILIZE", source, target)


def test_people_returned_to_their_kin_are_the_target(pipeline):
    assert_event(code(pipeline, "Belarus returned eleven Polish fishermen to their families."),
                 "RETREAT", "Belarus", "Polish fishermen")


def test_a_promise_to_pay_after_a_time_phrase_is_a_promise(pipeline):
    evs = code(pipeline, "Seoul undertook on Friday to finance a new railway in Laos.")
    hit = assert_event(evs, "AGREE", "Seoul", "Laos")
    assert hit.cameo.startswith("03")
    assert not [e for e in evs if e.plover == "AID" and e.modality == "asserted"], events_of(evs)


def test_armoured_vehicles_delivered_are_military_aid(pipeline):
    hit = assert_event(code(pipeline, "Turkey's delivery of armoured vehicles to the Malian army "
                                      "was completed on Monday."), "AID", "Turkey", "Malian army")
    assert hit.cameo == "072"


def test_a_threat_named_twice_in_a_sentence_is_one_event(pipeline):
    evs = code(pipeline, "Ankara backed down from its threat to impose tariffs on Greek olive "
                         "oil.")
    threats = [e for e in evs if e.plover == "THREATEN"]
    assert len(threats) == 1, events_of(evs)
    assert [e.event_index for e in evs] == list(range(len(evs)))


def test_forces_sent_to_a_place_aim_there_not_at_what_they_are_sent_to_do(pipeline):
    hit = assert_event(code(pipeline, "Niger's army deployed commandos to Tillaberi region on "
                                      "Monday to hunt down armed bandits."),
                       "MOBILIZE", "Niger's army", "Tillaberi")
    assert "bandits" not in hit.target.text
    # but whom the force is sent to counter is whom it faces
    assert_event(code(pipeline, "Myanmar's army moved two battalions into Chin State to "
                                "counter the Chin National Army."),
                 "MOBILIZE", "Myanmar's army", "Chin National Army")


def test_water_released_is_no_release_of_prisoners(pipeline):
    evs = code(pipeline, "South Korea began releasing treated water from a nuclear plant.")
    assert not [e for e in evs if e.plover == "RETREAT"], events_of(evs)


def test_mercenaries_are_armed_actors(pipeline):
    assert_event(code(pipeline, "The assassination of the mayor by a team of foreign mercenaries "
                                "shocked the city."), "ASSAULT", "mercenaries", "mayor")


def test_farmers_blocking_border_crossings_protest(pipeline):
    hit = assert_event(code(pipeline, "Hungarian farmers blocked border crossings with Serbia "
                                      "on Monday."), "PROTEST", "Hungarian farmers", "Serbia")
    assert hit.cameo == "144"


@pytest.mark.parametrize("text, plover, source, target", [
    ("Greece vetoed North Macedonia's EU membership.", "REJECT", "Greece", "North Macedonia"),
    ("The EU's offer of candidate status to Moldova was hailed in Chisinau.",
     "AGREE", "EU", "Moldova"),
    ("The offer of talks by Seoul was rejected by Pyongyang.", "REJECT", "Pyongyang", "Seoul"),
])
def test_applicants_and_recipients_of_offers(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_a_speakers_warning_that_its_forces_would_act_is_its_threat(pipeline):
    evs = code(pipeline, "The Armenian prime minister said the army would intervene if "
                         "Azerbaijani troops crossed the border again.")
    hit = assert_event(evs, "THREATEN", "Armenian prime minister", "Azerbaijani troops")
    assert hit.cameo.startswith("13")
    forces = [e for e in evs if e.plover == "ASSAULT"]
    assert forces and forces[0].modality != "asserted" and forces[0].source.country == "ARM", (
        events_of(evs))


def test_responding_with_force_to_a_provocation_threatens_the_provoker(pipeline):
    evs = code(pipeline, "Beijing said it would respond with force to any provocation by "
                         "Taiwanese forces.")
    hit = assert_event(evs, "THREATEN", "Beijing", "Taiwanese forces")
    assert "force" not in hit.target.text.split()[0]


def test_an_act_implored_of_someone_is_only_asked_for(pipeline):
    evs = code(pipeline, "Relatives of the sailors implored the Greek government to strike a "
                         "deal with the pirates.")
    assert_event(evs, "REQUEST", "Relatives", "Greek government")
    assert not [e for e in evs if e.plover == "SUPPORT" and e.modality == "asserted"], (
        events_of(evs))


@pytest.mark.parametrize("text, source, target", [
    ("Oman cut its oil output in coordination with Saudi Arabia.", "Oman", "Saudi Arabia"),
    ("Turkey built the bridge in partnership with Azerbaijan.", "Turkey", "Azerbaijan"),
])
def test_an_act_done_in_coordination_with_a_partner_is_cooperation(pipeline, text, source,
                                                                   target):
    assert_event(code(pipeline, text), "COOPERATE", source, target)


def test_two_forces_coordinating_against_a_gang_cooperate_with_each_other(pipeline):
    evs = code(pipeline, "Peruvian and Bolivian police coordinated an operation against a "
                         "smuggling gang.")
    coop = [e for e in evs if e.plover == "COOPERATE"]
    assert coop and {coop[0].source.country, coop[0].target.country} == {"PER", "BOL"}, (
        events_of(evs))


def test_pirates_handed_to_another_state_are_judicial_cooperation(pipeline):
    hit = assert_event(code(pipeline, "Kenya handed over six Somali pirates to Mauritius for "
                                      "trial."), "COOPERATE", "Kenya", "Mauritius")
    assert hit.cameo == "063"


@pytest.mark.parametrize("text, source, target", [
    ("Russia redeployed thousands of soldiers to Ukraine.", "Russia", "Ukraine"),
    ("Lithuania doubled the number of soldiers on its border with Belarus.",
     "Lithuania", "Belarus"),
])
def test_forces_redeployed_or_increased_are_mobilised(pipeline, text, source, target):
    assert_event(code(pipeline, text), "MOBILIZE", source, target)


def test_a_weapon_unveiled_is_a_show_of_force_but_a_car_is_not(pipeline):
    assert [e for e in code(pipeline, "Iran unveiled a new ballistic missile in Tehran.")
            if e.plover == "MOBILIZE"]
    assert not code(pipeline, "The carmaker unveiled a new electric car in Berlin.")


def test_a_refusal_named_by_a_noun_is_a_refusal(pipeline):
    evs = code(pipeline, "Jordan's refusal to open the Rafah crossing angered aid groups.")
    assert [e for e in evs if e.plover == "REJECT" and e.source is not None
            and "Jordan" in e.source.text], events_of(evs)
    assert not [e for e in evs if e.plover in ("CONCEDE", "RETREAT")
                and e.modality == "asserted"], events_of(evs)


def test_an_announcement_on_television_is_not_aimed_at_the_channel(pipeline):
    hit = assert_event(code(pipeline, "Niger's withdrawal from the G5 Sahel was announced on "
                                      "state television."), "RETREAT", "Niger", "G5 Sahel")
    assert hit.target.code == "IGOG5S"


def test_joint_police_work_and_handovers_named_by_nouns(pipeline):
    evs = code(pipeline, "Italian and Albanian police broke up a drug smuggling ring in a joint "
                         "operation.")
    coop = [e for e in evs if e.plover == "COOPERATE"]
    assert coop and {coop[0].source.country, coop[0].target.country} == {"ITA", "ALB"}, (
        events_of(evs))
    hit = assert_event(code(pipeline, "The handover of the suspects by Kenya to Uganda took "
                                      "place at the border."), "COOPERATE", "Kenya", "Uganda")
    assert hit.cameo == "063"


def test_an_arrest_at_anothers_request_is_aimed_at_the_arrested(pipeline):
    hit = assert_event(code(pipeline, "Thai police arrested the suspect at the request of "
                                      "Cambodia."), "COERCE", "Thai police", "suspect")
    assert "request" not in hit.target.text


def test_two_states_agreeing_to_cooperate_against_a_group_agree_with_each_other(pipeline):
    evs = code(pipeline, "Chad and Niger agreed to step up cooperation against Boko Haram.")
    assert [e for e in evs if e.plover == "AGREE" and e.target is not None
            and e.target.country in ("TCD", "NER")], events_of(evs)
