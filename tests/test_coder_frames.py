"""Frames the coder reads across clauses (stop 22): ultimatums ("or face"), reported threats
with "that", demands under "warned"/"ordered", and the other wordings added since; every
sentence is written for these tests."""

import datetime as dt

import pytest

from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

DAY = dt.date(2023, 6, 9)


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def code(pipeline, text):
    return pipeline.code_text(text, Article(id="t", text=text, date=DAY))


def found(events, root, modality="asserted"):
    hits = [e for e in events if e.cameo_root == root and e.modality == modality]
    assert hits, [(e.cameo, e.modality, e.source and e.source.text,
                   e.target and e.target.text) for e in events]
    return hits[0]


@pytest.mark.parametrize("text, source, target", [
    ("Zambian police told the union leader to cancel the rally or face arrest.",
     "Zambian police", "union leader"),
    ("The governor ordered the traders to leave the market within a week or risk eviction.",
     "governor", "traders"),
    ("Hawkers were told by the city council to remove their stalls or face heavy fines.",
     "city council", "Hawkers"),
    ("The junta gave the Danish envoy 72 hours to leave the country or face expulsion.",
     "junta", "Danish envoy"),
])
def test_a_demand_backed_by_or_face_is_an_ultimatum(pipeline, text, source, target):
    evs = code(pipeline, text)
    ev = found(evs, "13")
    assert ev.cameo == "139" and ev.plover == "THREATEN"
    assert ev.source.text == source and ev.target.text == target
    # what the told party is to do has not happened
    assert not [e for e in evs if e.modality == "asserted" and e.cameo_root != "13"]


def test_what_a_party_was_warned_to_do_is_its_own_and_not_done(pipeline):
    evs = code(pipeline, "The army warned the insurgents to lay down their weapons.")
    laid = [e for e in evs if e.cameo_root == "08"]
    assert laid and all(e.modality != "asserted" for e in laid)
    assert all(e.source is None or e.source.text != "army" for e in laid)


def test_a_reported_would_after_that_is_the_speakers_threat(pipeline):
    evs = code(pipeline, "The militia said in a statement read on its radio station that it "
                         "would attack any convoy bound for the capital.")
    ev = found(evs, "13")
    assert ev.source.text == "militia" and ev.plover == "THREATEN"


@pytest.mark.parametrize("text, source, target", [
    ("Ugandan police told the students they would be arrested if they marched on parliament.",
     "Ugandan police", "students"),
    ("Traders were told by the police commander that officers would use force if they "
     "blocked the highway again.", "police commander", "Traders"),
])
def test_what_the_teller_says_will_befall_the_party_told_is_its_threat(pipeline, text, source,
                                                                       target):
    ev = found(code(pipeline, text), "13")
    assert ev.source.text == source and ev.target.text == target


def test_what_reporters_were_told_had_happened_stays_asserted(pipeline):
    evs = code(pipeline, "Union officials told reporters that dock workers had downed tools "
                         "over unpaid wages.")
    assert found(evs, "14").source.text == "dock workers"


def test_an_asked_party_with_no_country_is_still_whom_it_asks(pipeline):
    ev = found(code(pipeline, "Samoa's prime minister implored wealthy nations to cut "
                              "emissions at the climate talks in Bonn."), "02")
    assert ev.target.text == "wealthy nations"


@pytest.mark.parametrize("text, target", [
    ("The police chief ordered 200 extra officers into the border county of Mandera.",
     "county of Mandera"),
    ("The president ordered troops and armoured vehicles to the frontier with Colombia.",
     "Colombia"),
])
def test_forces_ordered_to_a_place_are_deployed_there(pipeline, text, target):
    ev = found(code(pipeline, text), "15")
    assert ev.plover == "MOBILIZE" and target in ev.target.text


def test_troops_ordered_to_withdraw_are_not_deployed(pipeline):
    evs = code(pipeline, "The president ordered the troops to withdraw from the frontier.")
    assert not [e for e in evs if e.cameo_root == "15"]


@pytest.mark.parametrize("text, source, target", [
    ("Army units were sent into the streets of Bishkek by the government during the unrest.",
     "government", "Bishkek"),
    ("Fighter jets were scrambled by South Korea's air force to intercept Russian bombers.",
     "South Korea's air force", "Russian bombers"),
])
def test_forces_moved_in_the_passive_face_where_they_go(pipeline, text, source, target):
    ev = found(code(pipeline, text), "15")
    assert ev.source.text == source and target in ev.target.text


@pytest.mark.parametrize("text, root, source, target", [
    ("An offer of talks was made to the rebels by the government.", "03", "government",
     "rebels"),
    ("Two Swedish diplomats were ordered to leave Iran by the foreign ministry.", "16",
     "foreign ministry", "Two Swedish diplomats"),
    ("Somali cadets were trained to fly helicopters by Turkish instructors.", "07",
     "Turkish instructors", "Somali cadets"),
])
def test_a_by_agent_hung_on_the_phrase_before_it_is_the_doer(pipeline, text, root, source,
                                                              target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_by_road_or_by_decree_is_how_and_not_who(pipeline):
    evs = code(pipeline, "Aid was sent to the refugees in Chad by road.")
    assert all(e.source is None or "road" not in e.source.text for e in evs)


def test_a_negated_condition_is_no_refusal(pipeline):
    evs = code(pipeline, "The general warned of an offensive if the rebels did not withdraw "
                         "from the towns by Friday.")
    assert not [e for e in evs if e.cameo_root == "12"]
    assert all(e.modality != "negated" for e in evs if e.cameo_root == "08")


@pytest.mark.parametrize("text, root, source, target", [
    ("Norway withheld most of its budget support to Malawi after the vote.", "16", "Norway",
     "Malawi"),
    ("Japan cut a third of its aid to Cambodia.", "16", "Japan", "Cambodia"),
    ("Denmark froze development aid to Tanzania over the arrests.", "16", "Denmark",
     "Tanzania"),
    ("Britain slashed its aid to Nepal.", "16", "Britain", "Nepal"),
    ("The teachers' union pulled out of talks with the education ministry over pay.", "16",
     "teachers' union", "education ministry"),
    ("The opposition walked out of negotiations with the government.", "16", "opposition",
     "government"),
])
def test_aid_cuts_in_many_wordings_and_talks_walked_out_of(pipeline, text, root, source,
                                                           target):
    ev = found(code(pipeline, text), root)
    assert ev.plover == "SANCTION"
    assert ev.source.text == source and ev.target.text == target


@pytest.mark.parametrize("text, root, source, target", [
    ("The prime minister resigned after months of pressure from striking doctors.", "08",
     "prime minister", "striking doctors"),
    ("The council scrapped the new curfew after weeks of protests by traders.", "08",
     "council", "traders"),
    ("Police raided the Lusaka home of opposition leader Hakainde Hichilema.", "17",
     "Police", "opposition leader Hakainde Hichilema"),
    ("The return of the Ife Bronzes by Britain to Nigeria took place in Lagos.", "08",
     "Britain", "Nigeria"),
    ("Fishermen held a candlelight vigil outside the Chinese embassy in Manila.", "14",
     "Fishermen", "Chinese embassy"),
    ("Opposition supporters staged a sit-in outside the electoral commission in Lusaka.", "14",
     "Opposition supporters", "electoral commission"),
    ("Farmers marched against gold mining in the valley by a Canadian company.", "14",
     "Farmers", "Canadian company"),
    ("Myanmar's junta declared a ceasefire in its war with the Arakan Army.", "08",
     "Myanmar's junta", "Arakan Army"),
])
def test_who_pressed_whose_home_where_protests_and_whose_conflict(pipeline, text, root,
                                                                   source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and target in ev.target.text


def test_a_protest_site_gives_way_to_the_demand_it_makes(pipeline):
    evs = code(pipeline, "Landowners began a hunger strike outside parliament to demand the "
                         "return of farms seized by Zimbabwean government forces.")
    ev = found(evs, "14")
    assert ev.target is not None and "parliament" not in ev.target.text.lower()


@pytest.mark.parametrize("text, root, source, target", [
    ("Latvia declared two Russian diplomats persona non grata.", "16", "Latvia",
     "two Russian diplomats"),
    ("The regulator blocked access to the websites of two opposition newspapers.", "17",
     "regulator", "two opposition newspapers"),
    ("The cartel boss was handed over to US authorities by Honduras.", "06", "Honduras",
     "US authorities"),
    ("Beijing said it would take resolute measures against Taipei.", "13", "Beijing",
     "Taipei"),
])
def test_persona_non_grata_censorship_handovers_and_countermeasures(pipeline, text, root,
                                                                    source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_protesters_blocking_access_to_a_port_still_protest(pipeline):
    ev = found(code(pipeline, "Protesters blocked access to the port of Mombasa."), "14")
    assert ev.plover == "PROTEST"


def test_a_decision_taken_is_the_act_decided(pipeline):
    evs = code(pipeline, "Burkina Faso's decision to expel the French ambassador drew "
                         "condemnation from Paris.")
    ev = found(evs, "16")
    assert "Burkina Faso" in ev.source.text and ev.target.text == "French ambassador"


def test_an_opportunity_to_act_is_not_the_act(pipeline):
    evs = code(pipeline, "Kenya welcomed the opportunity to restore relations with Somalia.")
    assert all(e.modality != "asserted" for e in evs if e.cameo_root == "05"
               and e.target is not None and e.target.text == "Somalia")


@pytest.mark.parametrize("text, target", [
    ("Japan lodged a protest with China over the detention of a Japanese businessman.",
     "China"),
    ("India lodged a complaint with the UN over Pakistan's support for militants.",
     "Pakistan"),
])
def test_a_protest_lodged_with_a_state_is_aimed_at_it(pipeline, text, target):
    ev = found(code(pipeline, text), "11")
    assert target in ev.target.text


@pytest.mark.parametrize("text, root, source, target", [
    ("The trade minister was forced to resign after weeks of pressure from farmers.", "08",
     "trade minister", "farmers"),
    ("Dock workers called off their strike after the port authority agreed to raise wages.",
     "08", "Dock workers", "port authority"),
])
def test_forced_resignations_and_strikes_ended_by_a_deal(pipeline, text, root, source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_a_purpose_clause_hung_on_a_time_phrase_is_the_crowds_act(pipeline):
    evs = code(pipeline, "Farmers have been camped outside Nairobi for weeks to protest new "
                         "land laws.")
    assert found(evs, "14").source.text == "Farmers"


def test_mediators_stand_between_the_parties_and_are_no_party(pipeline):
    evs = code(pipeline, "Ethiopia and Eritrea held talks in Jeddah mediated by Saudi Arabia.")
    talks = found(evs, "04")
    assert {talks.source.text, talks.target.text} == {"Ethiopia", "Eritrea"}
    mediation = [e for e in evs if e.cameo == "045"]
    assert mediation and all(e.source.text == "Saudi Arabia" for e in mediation)
    assert {e.target.text for e in mediation} == {"Ethiopia", "Eritrea"}


def test_the_subject_after_a_fronted_phrase_acts(pipeline):
    ev = found(code(pipeline, "After talks in Geneva, Armenia and Azerbaijan agreed to exchange "
                              "prisoners."), "03")
    assert {ev.source.text, ev.target.text} == {"Armenia", "Azerbaijan"}


def test_refraining_is_not_doing_and_nobody_doing_is_no_refusal(pipeline):
    evs = code(pipeline, "Israel refrained from retaliating against Iran.")
    assert all(e.modality != "asserted" for e in evs if e.cameo_root in ("18", "19", "20"))
    evs = code(pipeline, "No country has recognised the new junta.")
    assert not [e for e in evs if e.cameo_root == "12"]


def test_objections_withdrawn_are_a_concession(pipeline):
    ev = found(code(pipeline, "Greece withdrew its objections to North Macedonia's membership "
                              "of the alliance."), "08")
    assert ev.plover == "CONCEDE" and "North Macedonia" in ev.target.text


@pytest.mark.parametrize("text, root, source, target", [
    ("Pakistan's airstrikes on Afghan territory prompted a sharp protest from Kabul.", "11",
     "Kabul", "Pakistan"),
    ("Turkey's purchase of the Russian missile system led to US sanctions.", "16", "US",
     "Turkey"),
    ("A truce between the army and the rebels brokered by Kenya took effect on Sunday.", "05",
     "army", "rebels"),
])
def test_reactions_face_what_provoked_them_and_brokers_are_no_side(pipeline, text, root,
                                                                  source, target):
    evs = code(pipeline, text)
    hits = [e for e in evs if e.cameo_root == root or root == "16" and e.plover in (
        "SANCTION", "COERCE") or root == "05" and e.cameo_root in ("03", "05", "08")]
    assert hits, [(e.cameo, e.source and e.source.text, e.target and e.target.text)
                  for e in evs]
    ev = hits[0]
    assert source in ev.source.text and target in ev.target.text


@pytest.mark.parametrize("text, root, source, target", [
    ("The EU imposed sanctions on Belarus over drone supplies to Russia.", "16", "EU",
     "Belarus"),
    ("Gulf jets, which have been bombing Yemen since 2015, struck a prison in Saada.", "19",
     "Gulf jets", "Saada"),
    ("Qatar and Bahrain exchanged ambassadors for the first time since 2017.", "06", "Qatar",
     "Bahrain"),
    ("Armenia and Azerbaijan swapped 40 prisoners of war.", "08", "Armenia", "Azerbaijan"),
])
def test_reasons_relative_clauses_and_exchanges(pipeline, text, root, source, target):
    evs = code(pipeline, text)
    hits = [e for e in evs if e.cameo_root == root or root == "16" and e.plover in (
        "SANCTION", "COERCE")]
    assert hits, [(e.cameo, e.source and e.source.text, e.target and e.target.text)
                  for e in evs]
    assert hits[0].source.text == source and hits[0].target.text == target


@pytest.mark.parametrize("text, root, source, target", [
    ("Lawmakers passed a no-confidence motion against the prime minister.", "11", "Lawmakers",
     "prime minister"),
    ("Kenya's anti-graft agency arraigned a former minister on fraud charges.", "11",
     "Kenya's anti-graft agency", "former minister"),
    ("Peru's Congress voted to remove the president from office.", "17", "Peru's Congress",
     "president"),
])
def test_domestic_censure_charges_and_removals(pipeline, text, root, source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_a_confidence_vote_is_no_censure(pipeline):
    evs = code(pipeline, "Parliament held a confidence vote on the government.")
    assert not [e for e in evs if e.cameo_root == "11"]


@pytest.mark.parametrize("text, root, source, target", [
    ("Qatar bankrolled the reconstruction of schools in Gaza.", "07", "Qatar", "Gaza"),
    ("Norway chipped in $10 million for mine clearing in Ukraine.", "07", "Norway", "Ukraine"),
    ("Moscow came to the defence of Damascus at the UN.", "05", "Moscow", "Damascus"),
    ("Britain came to the aid of Kyiv with tanks.", "07", "Britain", "Kyiv"),
])
def test_idioms_of_aid_and_backing(pipeline, text, root, source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_fighting_fires_or_corruption_is_no_attack(pipeline):
    evs = code(pipeline, "Indonesia and Malaysia joined forces to fight forest fires and "
                         "corruption.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


@pytest.mark.parametrize("text, root, source, target", [
    ("Tehran vowed to make Washington pay for the killing of its general.", "13", "Tehran",
     "Washington"),
    ("Bamako shut the door on talks with the jihadists.", "12", "Bamako", "jihadists"),
    ("Washington put three Chinese drone makers on a trade blacklist.", "16", "Washington",
     "three Chinese drone makers"),
])
def test_making_others_pay_doors_shut_and_blacklists(pipeline, text, root, source, target):
    evs = code(pipeline, text)
    hits = [e for e in evs if e.cameo_root == root or root == "16" and e.plover in (
        "SANCTION", "COERCE")]
    assert hits, [(e.cameo, e.source and e.source.text, e.target and e.target.text)
                  for e in evs]
    assert hits[0].source.text == source and hits[0].target.text == target


@pytest.mark.parametrize("text, target", [
    # (not the tools; what the strike is over is its topic, kept as a thing target)
    ("Doctors in Uganda downed tools over unpaid salaries.", "unpaid salaries"),
    ("Opposition supporters clashed with police in Dakar.", "police"),
    ("The union called a general strike to protest pension reforms by the government.",
     "government"),
])
def test_strike_words_are_no_target_and_crowds_face_police(pipeline, text, target):
    ev = found(code(pipeline, text), "14")
    assert (ev.target.text if ev.target else None) == target


def test_a_missile_fired_into_the_sea_is_a_show_of_force(pipeline):
    ev = found(code(pipeline, "North Korea fired two ballistic missiles into the sea."), "15")
    assert ev.plover == "MOBILIZE" and ev.source.text == "North Korea"
    ev = found(code(pipeline, "Hezbollah fired rockets into northern Israel."), "19")
    assert ev.plover == "ASSAULT"


@pytest.mark.parametrize("text, root, source, target", [
    ("Thailand's prime minister hosted Malaysian leader Anwar Ibrahim in Bangkok on Monday.",
     "04", "Thailand's prime minister", "Malaysian leader Anwar Ibrahim"),
    ("Denmark froze development aid to Tanzania over the arrests, the Danish aid agency said "
     "in a statement.", "16", "Denmark", "Tanzania"),
    ("Hungary dropped its objection to Sweden joining NATO in February 2024.", "08", "Hungary",
     "Sweden"),
    ("Colombian police worked with the navy to dismantle a cocaine lab.", "06",
     "Colombian police", "navy"),
    ("Kenyan officers worked alongside Ugandan detectives during the inquiry in Busia.", "06",
     "Kenyan officers", "Ugandan detectives"),
])
def test_misread_verbs_gerund_subjects_and_partners(pipeline, text, root, source, target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target


def test_an_apposition_across_the_verb_is_not_the_subjects(pipeline):
    ev = found(code(pipeline, "Mexico's government stationed 10,000 troops along the border, a "
                              "move the president said was part of a deal with Washington."),
               "15")
    assert ev.source.text == "Mexico's government"


@pytest.mark.parametrize("text, root, source, target", [
    ("Three Korean aid workers were released unharmed by tribal kidnappers after mediation "
     "by local elders.", "08", "tribal kidnappers", "Three Korean aid workers"),
    ("The government reversed a decision to raise bus fares on Monday after pressure from "
     "student unions.", "08", "government", "student unions"),
])
def test_aid_workers_are_people_and_pressure_on_the_undone_act(pipeline, text, root, source,
                                                               target):
    ev = found(code(pipeline, text), root)
    assert ev.source.text == source and ev.target.text == target
    assert all(e.plover != "AID" for e in code(pipeline, text))


@pytest.mark.parametrize("text, source, target", [
    ("Sudan's army massed troops and drones around El Fasher in 2024 after accusing the RSF "
     "of attacking the camps that had sheltered refugees.", "Sudan's army", "El Fasher"),
    ("A build-up of Russian forces near the Finnish border was reported by Nordic monitors on "
     "Monday.", "Russian forces", "Finnish"),
])
def test_massed_troops_and_build_ups_seen_by_others(pipeline, text, source, target):
    ev = found(code(pipeline, text), "15")
    assert ev.source.text == source and target in ev.target.text


def test_a_strike_observed_by_workers_is_theirs(pipeline):
    ev = found(code(pipeline, "A general strike against the junta was observed by shopkeepers "
                              "in Yangon."), "14")
    assert ev.source is not None and ev.source.text.startswith("shopkeepers")


@pytest.mark.parametrize("text, root, target", [
    ("In a letter to the Security Council, Armenia asked for an emergency meeting.", "02",
     "Security Council"),
    ("The Taliban refused to hand over the militant leader to Pakistan.", "12", "Pakistan"),
])
def test_fronted_letters_and_refused_handovers(pipeline, text, root, target):
    assert found(code(pipeline, text), root).target.text == target


def test_an_accusation_in_a_letter_stays_aimed_at_the_accused(pipeline):
    ev = found(code(pipeline, "In a letter to the UN, Rwanda accused Congo of backing the "
                              "FDLR."), "11")
    assert ev.target.text == "Congo"
