"""Idioms, targets, senses and parse repairs drawn from challenge set 12's failure report
(rules added at stop 28); every sentence is written for these tests."""

import datetime as dt

import pytest

from eventwatch import nlp
from eventwatch.coder import same_actor
from eventwatch.pipeline import Pipeline
from eventwatch.records import Actor, Article

DAY = dt.date(2025, 6, 17)


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def code(pipeline, text):
    return pipeline.code_text(text, Article(id="t", text=text, date=DAY))


def events_of(evs):
    return [(e.plover, e.cameo, e.source and e.source.text, e.target and e.target.text,
             e.modality) for e in evs]


def assert_event(evs, plover, source, target, cameo=None):
    hits = [e for e in evs if e.plover == plover and e.modality == "asserted"
            and e.source is not None and source in e.source.text
            and e.target is not None and target in e.target.text
            and (cameo is None or e.cameo == cameo)]
    assert hits, events_of(evs)
    return hits[0]


def assert_no_event(evs, plover, target):
    assert not [e for e in evs if e.plover == plover and e.modality == "asserted"
                and e.target is not None and target in e.target.text], events_of(evs)


# -- lexicon rows -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("The national police handed its case files on the cartel to Colombian prosecutors.",
     "COOPERATE", "national police", "Colombian prosecutors"),
    ("Nauru police put the Australian activist on a flight to Brisbane.", "COERCE",
     "police", "Australian activist"),
    ("Abuja wired 40 billion naira to the Borno state government.", "AID", "Abuja",
     "Borno state government"),
    ("Lithuania scrapped a concert tour organised by Belarusian state agencies.", "SANCTION",
     "Lithuania", "Belarusian state agencies"),
    ("Ankara halted all flights to Iraqi Kurdistan.", "SANCTION", "Ankara", "Kurdistan"),
    ("The Greens broke with Chancellor Olaf Scholz's Social Democrats.", "SANCTION",
     "Greens", "Social Democrats"),
    ("Poland activated a reserve brigade in Lublin.", "MOBILIZE", "Poland", "Lublin"),
    ("Ecuadorean troops moved into the port city of Guayaquil.", "MOBILIZE",
     "Ecuadorean troops", "Guayaquil"),
    ("Federal agents swept through a meatpacking plant in Omaha.", "COERCE", "Federal agents",
     "Omaha"),
    ("Hundreds of farmers descended on the European Parliament in Strasbourg.", "PROTEST",
     "farmers", "European Parliament"),
    ("Norway stood with Ukraine throughout the war, Prime Minister Jonas Gahr Store said.",
     "SUPPORT", "Norway", "Ukraine"),
    ("The Lebanese government ditched a planned tax on messaging apps.", "CONCEDE",
     "Lebanese government", "tax"),
    ("Jakarta pulled out of its coalition with the Democratic Party.", "SANCTION", "Jakarta",
     "Democratic Party"),
    ("The Red Cross shipped tents and blankets to quake survivors in Herat.", "AID",
     "Red Cross", "survivors"),
])
def test_lexicon_rows(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("A congratulatory message from President Lula to Prime Minister Carney was published.",
     "SUPPORT", "Lula", "Carney"),
    ("India's drawdown of troops from the Depsang plains was welcomed.", "RETREAT", "India",
     "Depsang plains"),
    ("The jailed leader began an indefinite fast to press Islamabad.", "PROTEST",
     "jailed leader", "Islamabad"),
])
def test_event_nouns(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


# -- targets ----------------------------------------------------------------------------------

def test_idiom_object_gives_way_to_the_pattern_preposition(pipeline):
    evs = code(pipeline, "Kenya's ruling coalition closed ranks behind President William Ruto.")
    assert_event(evs, "SUPPORT", "ruling coalition", "William Ruto")
    assert_no_event(evs, "SUPPORT", "ranks")


def test_idiom_rule_leaves_a_place_of_arrival_alone(pipeline):
    evs = code(pipeline, "Hours after landing in Nairobi, President Samia Suluhu Hassan sat down "
               "with President William Ruto at State House.")
    assert_event(evs, "CONSULT", "Samia Suluhu Hassan", "William Ruto")


def test_carried_by_media_is_no_doer(pipeline):
    evs = code(pipeline, "Pyongyang's rejection of Tokyo's summit offer was carried by state "
               "media.")
    hit = assert_event(evs, "REJECT", "Pyongyang", "Tokyo")
    assert "media" not in hit.source.text


def test_carried_out_by_is_still_the_doer(pipeline):
    evs = code(pipeline, "The ambush was carried out by al-Shabaab fighters near Afgoye.")
    assert [e for e in evs if e.plover == "ASSAULT" and e.source is not None
            and "al-Shabaab" in e.source.text], events_of(evs)


def test_threat_of_retaliation_against(pipeline):
    evs = code(pipeline, "The general's threat of retaliation against the Arakan Army alarmed "
               "diplomats.")
    assert_event(evs, "THREATEN", "general", "Arakan Army")


def test_implicit_threat_aimed_at_the_condition(pipeline):
    evs = code(pipeline, "The Houthi spokesman said Sanaa would close the Red Sea strait to "
               "shipping if Washington resumed air strikes.")
    hit = assert_event(evs, "THREATEN", "Houthi spokesman", "Washington")
    assert hit.cameo.startswith("13")


def test_protest_aimed_at_the_doer_of_a_denounced_act(pipeline):
    evs = code(pipeline, "Thousands of students took to the streets of Madrid to denounce "
               "Russia's invasion of Ukraine.")
    assert_event(evs, "PROTEST", "students", "Russia")


def test_occupation_against_a_leader(pipeline):
    evs = code(pipeline, "University students occupied dozens of Lima schools against "
               "President Dina Boluarte.")
    assert_event(evs, "PROTEST", "students", "Dina Boluarte")


def test_protest_at_a_seat_aimed_at_whose_ouster_is_demanded(pipeline):
    evs = code(pipeline, "The presidential palace was ringed by protesters demanding President "
               "Aleksandar Vucic's resignation.")
    assert_event(evs, "PROTEST", "protesters", "Aleksandar Vucic")


def test_protest_demanding_ouster_keeps_the_police_it_fought(pipeline):
    evs = code(pipeline, "Protesters demanding Prime Minister Robert Fico's resignation clashed "
               "with riot police in Bratislava.")
    assert_event(evs, "PROTEST", "Protesters", "riot police")


def test_deployment_aims_at_the_destination_not_a_participle_agent(pipeline):
    evs = code(pipeline, "The army flew 500 soldiers into Bunia to reinforce a base besieged by "
               "fighting between rival militias.")
    assert_event(evs, "MOBILIZE", "army", "Bunia")
    assert_no_event(evs, "MOBILIZE", "militias")


def test_embassy_closed_in_a_country(pipeline):
    evs = code(pipeline, "Argentina closed its embassy in Venezuela over Caracas's treatment of "
               "opposition asylum seekers.")
    assert_event(evs, "SANCTION", "Argentina", "Venezuela")


def test_passive_order_to_a_place_is_a_deployment(pipeline):
    evs = code(pipeline, "Two destroyers were ordered to the Red Sea by Defence Secretary John "
               "Healey.")
    assert_event(evs, "MOBILIZE", "John Healey", "Red Sea")
    assert_no_event(evs, "REQUEST", "destroyers")


def test_late_object_of_a_participle(pipeline):
    evs = code(pipeline, "President Claudia Sheinbaum hit back at Washington over flights "
               "carrying deported migrants.")
    assert_event(evs, "ACCUSE", "Sheinbaum", "Washington")


def test_late_object_repair():
    doc = nlp.parse("The minister lashed out at Brussels over trucks carrying Ukrainian grain.")
    grain = next(t for t in doc if t.text == "grain")
    assert grain.head.text == "carrying" and grain.dep_ == "dobj"


# -- senses -----------------------------------------------------------------------------------

def test_guest_welcomed_at_a_place_is_hosted(pipeline):
    evs = code(pipeline, "Indian Prime Minister Narendra Modi was welcomed in Colombo by Sri "
               "Lankan President Anura Kumara Dissanayake.")
    assert_event(evs, "CONSULT", "Dissanayake", "Narendra Modi", cameo="043")


def test_welcoming_a_decision_is_still_support(pipeline):
    evs = code(pipeline, "Chancellor Friedrich Merz welcomed the truce in Berlin.")
    assert not [e for e in evs if e.cameo == "043"], events_of(evs)


def test_troops_from_two_states_hold_drills_together(pipeline):
    evs = code(pipeline, "Troops from Ghana and Togo staged joint border drills near Aflao.")
    assert_event(evs, "COOPERATE", "Ghana", "Togo", cameo="062")


def test_coordinated_forces_patrolling_together(pipeline):
    evs = code(pipeline, "Thai rangers and their Malaysian counterparts patrolled the border "
               "jointly.")
    assert_event(evs, "COOPERATE", "Thai rangers", "Malaysian counterparts", cameo="062")


def test_forces_patrolling_alone_stay_a_show_of_force(pipeline):
    evs = code(pipeline, "Thai rangers patrolled the border.")
    assert not [e for e in evs if e.plover == "COOPERATE"], events_of(evs)


# -- two organs of one state ------------------------------------------------------------------

def actor(text, code, sector, type_="state"):
    return Actor(text, text, code, code[:3], sector, type_)


def test_two_named_forces_of_one_state_are_two_parties():
    assert not same_actor(actor("Japan's Coast Guard", "JPNMIL", "MIL"),
                          actor("Ground Self-Defense Force", "JPNMIL", "MIL"))


def test_federal_and_state_police_are_two_parties():
    assert not same_actor(actor("the FBI", "USACOP", "COP"),
                          actor("the Texas state police", "USACOP", "COP"))


def test_one_force_named_two_ways_is_one_party():
    assert same_actor(actor("Israeli troops", "ISRMIL", "MIL"),
                      actor("the Israeli army", "ISRMIL", "MIL"))
    assert same_actor(actor("Japanese troops", "JPNMIL", "MIL"),
                      actor("Japan's Self-Defense Forces", "JPNMIL", "MIL"))


# -- parse repairs and frames (second pass) ---------------------------------------------------

def test_let_go_read_as_an_auxiliary(pipeline):
    evs = code(pipeline, "The kidnappers let go nine aid workers on Friday.")
    assert_event(evs, "RETREAT", "kidnappers", "nine aid workers")
    doc = nlp.parse("The kidnappers let go nine aid workers on Friday.")
    let = next(t for t in doc if t.lower_ == "let")
    assert let.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in let.children)


def test_envoy_given_hours_to_leave_is_expelled(pipeline):
    evs = code(pipeline, "The junta gave German Ambassador Anna Weber 72 hours to leave the "
               "country.")
    assert_event(evs, "SANCTION", "junta", "Anna Weber")


def test_people_given_days_to_leave_a_square_are_warned(pipeline):
    evs = code(pipeline, "The governor gave the squatters three days to leave the park.")
    assert not [e for e in evs if e.plover == "SANCTION"], events_of(evs)
    assert_event(evs, "THREATEN", "governor", "squatters")


def test_time_clause_between_subject_and_verb(pipeline):
    evs = code(pipeline, "Defence Minister Ali Ahmed, hours after gunmen stormed a police post, "
               "put the bandit groups on notice that they would be crushed.")
    assert_event(evs, "THREATEN", "Ali Ahmed", "bandit groups")
    assert not [e for e in evs if e.plover == "ASSAULT" and e.source is not None
                and "Ali Ahmed" in e.source.text], events_of(evs)


def test_seizure_of_two_objects_by_an_agent(pipeline):
    evs = code(pipeline, "The seizure of a Thai trawler and its crew by the Cambodian navy was "
               "confirmed by Bangkok.")
    assert_event(evs, "COERCE", "Cambodian navy", "Thai trawler")


@pytest.mark.parametrize("text, plover, source, target", [
    ("Hamas agreed to a proposal to exchange hostages with Israel.", "AGREE", "Hamas",
     "Israel"),
    ("The interior ministry dropped plans to deport hundreds of Afghan refugees.", "CONCEDE",
     "interior ministry", "Afghan refugees"),
])
def test_party_inside_a_plan(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_past_tense_read_as_a_name(pipeline):
    evs = code(pipeline, "Ghanaian President John Mahama hosted Togo's Faure Gnassingbe in "
               "Accra on Tuesday.")
    assert_event(evs, "CONSULT", "John Mahama", "Faure Gnassingbe")


def test_suspension_ordered_by_someone_is_theirs(pipeline):
    evs = code(pipeline, "The suspension of budget support to Malawi, ordered by the Danish "
               "foreign minister, took effect on Friday.")
    assert_event(evs, "SANCTION", "Danish foreign minister", "Malawi", cameo="162")
    assert not [e for e in evs if e.plover == "AID"], events_of(evs)


@pytest.mark.parametrize("text, cameo", [
    ("The regulator ordered the suspension of the newspaper.", "1721"),
    ("The tribunal ordered the suspension of the governor.", "172"),
])
def test_suspensions_of_outlets_and_officials(pipeline, text, cameo):
    assert [e for e in code(pipeline, text) if e.cameo == cameo], events_of(code(pipeline, text))


def test_event_noun_after_an_article_read_as_an_adverb(pipeline):
    evs = code(pipeline, "The jailed blogger began an indefinite fast to press the junta.")
    assert_event(evs, "PROTEST", "blogger", "junta", cameo="142")
    assert not code(pipeline, "The convoy moved very fast.")


def test_a_publisher_is_media_not_the_state_of_his_paper(pipeline):
    evs = code(pipeline, "Nauru officials deported Nauru Herald publisher Tom Reid.")
    hit = assert_event(evs, "COERCE", "officials", "Tom Reid")
    assert hit.target.sector == "MED"


# -- third pass: fit sets 13 and 14, GSR ------------------------------------------------------

def test_two_nationalities_of_one_fleet_hold_war_games_together(pipeline):
    evs = code(pipeline, "Greek and Egyptian frigates on Tuesday began five days of war games "
               "off Crete.")
    assert_event(evs, "COOPERATE", "Greek", "Egyptian", cameo="062")


def test_passive_threat_with_a_participle_read_as_a_verb(pipeline):
    evs = code(pipeline, "Mexico was threatened with sweeping new tariffs by the White House "
               "unless it curbed migration.")
    assert_event(evs, "THREATEN", "White House", "Mexico")


def test_acceptance_of_a_proposal(pipeline):
    evs = code(pipeline, "The junta's acceptance of an ECOWAS proposal to hold elections in 2026 "
               "surprised diplomats.")
    assert_event(evs, "AGREE", "junta", "ECOWAS")


def test_curbs_scrapped_after_protests(pipeline):
    evs = code(pipeline, "The city government scrapped its lockdown curbs after protests by "
               "residents of Almaty.")
    assert_event(evs, "CONCEDE", "city government", "residents of Almaty")


def test_captives_released_by_whoever_seized_them(pipeline):
    evs = code(pipeline, "The 14 sailors of the tanker, seized by Somali pirates in March, were "
               "released on Sunday.")
    assert_event(evs, "RETREAT", "Somali pirates", "sailors")


def test_passive_aid_cut_aimed_at_the_recipient(pipeline):
    evs = code(pipeline, "Millions of euros in EU aid to the Niger government were cut off by "
               "Brussels in 2023.")
    assert_event(evs, "SANCTION", "Brussels", "Niger government", cameo="162")


def test_rejected_proposal_of_another(pipeline):
    evs = code(pipeline, "The union rejected the airline's proposed pay cut.")
    assert_event(evs, "REJECT", "union", "airline")


# -- fourth pass: fit set 17 ------------------------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("The opposition leader stood up for the striking nurses on Monday.", "SUPPORT",
     "opposition leader", "striking nurses"),
    ("French intelligence shared satellite imagery of militant camps with the Malian army.",
     "COOPERATE", "French intelligence", "Malian army"),
    ("Kenya's police joined hands with Ugandan detectives to track the smugglers.",
     "COOPERATE", "police", "Ugandan detectives"),
    ("Armenia and Azerbaijan halted all military action on Sunday.", "RETREAT", "Armenia",
     "Azerbaijan"),
    ("Thousands of truckers converged on Ottawa to vent their anger at the government.",
     "PROTEST", "truckers", "Ottawa"),
    ("Islamabad withdrew its High Commissioner from Dhaka.", "SANCTION", "Islamabad", "Dhaka"),
    ("Washington terminated all trade talks with Pretoria.", "SANCTION", "Washington",
     "Pretoria"),
    ("Nigeria instituted proceedings against Cameroon at the International Court of Justice.",
     "ACCUSE", "Nigeria", "Cameroon"),
    ("The junta drafted 3,000 conscripts in Mandalay.", "MOBILIZE", "junta", "Mandalay"),
    ("The tanker was sunk by Ukrainian naval drones.", "ASSAULT", "naval drones", "tanker"),
    ("Japan sent six planeloads of tents and blankets to quake-hit Turkey.", "AID", "Japan",
     "Turkey"),
    ("Coast guard boats ferried food and water to stranded villagers in Sylhet.", "AID",
     "Coast guard", "villagers"),
])
def test_fit_set_17_lexicon(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target, cameo", [
    ("Lithuania's expulsion of three Belarusian embassy staff was announced on Friday.",
     "SANCTION", "Lithuania", "Belarusian embassy staff", "161"),
    ("Britain's pullback of troops from Basra was confirmed by the ministry.", "RETREAT",
     "Britain", "Basra", None),
    ("The World Bank's approval of a $2 billion loan for Kenya was announced in Nairobi.",
     "AID", "World Bank", "Kenya", "071"),
    ("The Spanish government's suspension of its housing reform calmed the Greens.", "CONCEDE",
     "Spanish government", "", "080"),
])
def test_fit_set_17_nouns(pipeline, text, plover, source, target, cameo):
    assert_event(code(pipeline, text), plover, source, target, cameo)


def test_suspended_levy_is_eased(pipeline):
    evs = code(pipeline, "Quebec suspended its 10 percent levy on aluminium exported to two "
               "U.S. states.")
    assert [e for e in evs if e.cameo == "085" and e.source is not None
            and e.source.text == "Quebec"], events_of(evs)


def test_possessor_of_a_delivered_appeal_is_its_source(pipeline):
    evs = code(pipeline, "The African Union's appeal to the Sudanese army for a truce was "
               "delivered by an envoy in Port Sudan.")
    hit = assert_event(evs, "REQUEST", "African Union", "Sudanese army")
    assert "envoy" not in hit.source.text


def test_condemnation_of_someone_over_an_act(pipeline):
    evs = code(pipeline, "Human Rights Watch issued a stinging condemnation of Chadian "
               "authorities over the shooting of four students.")
    assert_event(evs, "ACCUSE", "Human Rights Watch", "Chadian authorities")


def test_sanctions_laid_on_a_state_over_a_war(pipeline):
    evs = code(pipeline, "Canada slapped a new sanctions package on Belarus over the Ukraine "
               "war.")
    assert_event(evs, "COERCE", "Canada", "Belarus")


def test_promise_of_goods_to_someone(pipeline):
    evs = code(pipeline, "Sweden's promise of 40 combat vehicles to Ukraine was welcomed.")
    assert_event(evs, "AGREE", "Sweden", "Ukraine")


def test_forces_sent_into_prisons_at_home(pipeline):
    evs = code(pipeline, "The president sent troops into the country's prisons after a gang "
               "leader escaped from jail.")
    hit = assert_event(evs, "MOBILIZE", "president", "prisons")
    assert "gang" not in hit.target.text


def test_rally_against_beside_solidarity(pipeline):
    evs = code(pipeline, "Thousands of Jordanians rallied in Amman in solidarity with Lebanon "
               "and against Israel's air campaign there.")
    assert_event(evs, "PROTEST", "Jordanians", "Israel")


def test_encircling_in_drills_is_a_show_of_force(pipeline):
    evs = code(pipeline, "Chinese warships encircled Taiwan during large-scale drills.")
    assert_event(evs, "MOBILIZE", "Chinese warships", "Taiwan", cameo="150")


def test_raid_on_a_bureau_is_coercion(pipeline):
    evs = code(pipeline, "Israeli troops raided the Ramallah bureau of a Qatari broadcaster.")
    assert_event(evs, "COERCE", "Israeli troops", "bureau", cameo="170")


def test_bill_withdrawn_after_protests_yields_to_the_protesters(pipeline):
    evs = code(pipeline, "Ghana's new tax bill was withdrawn by President John Mahama a day "
               "after protesters stormed parliament.")
    assert_event(evs, "CONCEDE", "John Mahama", "protesters")


@pytest.mark.parametrize("text, target", [
    ("The FDLR declared a unilateral truce in its war with the Rwandan army, its spokesman "
     "said.", "Rwandan army"),
    ("Weapons were laid down by 40 ELN fighters at a ceremony in Arauca, a first step in the "
     "group's peace process with Bogota.", "Bogota"),
])
def test_truce_or_disarmament_aimed_at_the_other_side_of_the_war(pipeline, text, target):
    evs = code(pipeline, text)
    assert [e for e in evs if e.plover == "RETREAT" and e.target is not None
            and target in e.target.text], events_of(evs)


def test_alert_over_tensions_with_a_state(pipeline):
    evs = code(pipeline, "Armenia placed its army on the highest state of alert over tensions "
               "with Azerbaijan, days after ethnic Armenians blocked roads in the region.")
    assert_event(evs, "MOBILIZE", "Armenia", "Azerbaijan")


def test_scrambled_jets_as_another_state_attacked(pipeline):
    evs = code(pipeline, "Romania scrambled fighter jets and activated air defences as Russia "
               "launched a drone attack on the port of Izmail.")
    assert_event(evs, "MOBILIZE", "Romania", "Russia")


def test_missile_fired_into_waters(pipeline):
    evs = code(pipeline, "Pyongyang launched a ballistic missile into waters off its east "
               "coast.")
    assert_event(evs, "MOBILIZE", "Pyongyang", "waters")


def test_concession_to_placate_a_party(pipeline):
    evs = code(pipeline, "The government scrapped the fuel levy to appease the truckers' union.")
    assert_event(evs, "CONCEDE", "government", "truckers' union")


def test_joint_investigation_team(pipeline):
    evs = code(pipeline, "Dutch prosecutors formed a joint investigation team with their Belgian "
               "counterparts to probe the port thefts.")
    assert_event(evs, "COOPERATE", "Dutch prosecutors", "Belgian counterparts")


def test_vow_to_butcher_is_a_threat(pipeline):
    evs = code(pipeline, "The president vowed to butcher the kidnappers who held the pupils.")
    hit = assert_event(evs, "THREATEN", "president", "kidnappers")
    assert hit.cameo.startswith("138")


def test_emergency_declared_in_a_place_over_crime(pipeline):
    evs = code(pipeline, "Ecuador declares emergency in Guayaquil over extortion wave")
    assert_event(evs, "COERCE", "Ecuador", "Guayaquil")


def test_access_blocked_to_websites(pipeline):
    evs = code(pipeline, "The telecoms authority blocked access to 14 news websites, including "
               "Meduza.")
    assert_event(evs, "COERCE", "telecoms authority", "news websites")


def test_conscripts_drafted_to_fight_rebels(pipeline):
    evs = code(pipeline, "The junta drafted 4,000 conscripts to fight the Arakan Army.")
    assert_event(evs, "MOBILIZE", "junta", "Arakan Army")


def test_own_troops_could_capture_a_city_is_a_threat(pipeline):
    evs = code(pipeline, "The general said on television his troops could capture Goma within "
               "days.")
    assert_event(evs, "THREATEN", "general", "Goma")
    assert not [e for e in code(pipeline, "Analysts said the rebels could attack the capital.")
                if e.plover == "THREATEN"]


def test_pledge_to_act_is_its_owners(pipeline):
    evs = code(pipeline, "The junta's pledge to release political prisoners was welcomed by "
               "ASEAN.")
    hit = assert_event(evs, "AGREE", "junta", "political prisoners")
    assert "pledge" not in hit.source.text


def test_vow_to_take_back_territory_is_a_threat(pipeline):
    evs = code(pipeline, "Baku's vow to take back the Karabakh region by force alarmed "
               "Yerevan.")
    assert [e for e in evs if e.plover == "THREATEN" and e.target is not None
            and "Karabakh" in e.target.text], events_of(evs)


def test_troops_massed_along_a_border_face_its_state(pipeline):
    evs = code(pipeline, "Russia massed more than 50,000 troops along Ukraine's northern "
               "border.")
    assert_event(evs, "MOBILIZE", "Russia", "Ukraine")


def test_named_exercise_and_own_warships_are_no_partners(pipeline):
    evs = code(pipeline, "China encircled Taiwan with warships and jets during its 'Strait "
               "Thunder' drills.")
    assert_event(evs, "MOBILIZE", "China", "Taiwan", cameo="150")
    assert not [e for e in evs if e.plover == "COOPERATE"], events_of(evs)


def test_airdrop_over_a_place(pipeline):
    evs = code(pipeline, "Egyptian air force planes airdropped food parcels over Khan Younis.")
    assert_event(evs, "AID", "Egyptian air force planes", "Khan Younis")


def test_airlifted_water_units_are_aid(pipeline):
    evs = code(pipeline, "New Zealand airlifted water purification units to cyclone-hit Tonga.")
    assert_event(evs, "AID", "New Zealand", "Tonga", cameo="073")


def test_property_seized_is_aimed_at_its_owner(pipeline):
    evs = code(pipeline, "Spanish police impounded a superyacht linked to a Russian oligarch in "
               "Barcelona.")
    assert_event(evs, "COERCE", "Spanish police", "Russian oligarch", cameo="1711")
