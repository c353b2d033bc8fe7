"""Rules of stop 35: headlines in title case, warrants and audits, demands that name no doer.
Every sentence is written for these tests."""

import pytest

from eventwatch import headline
from eventwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def events(pipeline, text):
    return [(e.source.text if e.source else None, e.cameo, e.target.text if e.target else None,
             e.modality) for e in pipeline.code_text(text)]


def asserted(pipeline, text):
    return [e for e in events(pipeline, text) if e[3] == "asserted"]


# ---- title case --------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Ghana Recalls Envoy From Togo After Border Row", True),
    ("U.S. Lifts Travel Ban to Lebanon", True),   # short prepositions stay lower case
    ("Chilean Students Occupy Campus", True),
    # names everywhere, but lower-case content words: an ordinary sentence
    ("Former Senator John Okafor is visiting President Ruto in Nairobi on Friday.", False),
    ("Police detained 14 people in Mombasa.", False),
    ("Kenya Votes", False),                       # too short to tell
])
def test_title_case_lines_are_recognised(line, expected):
    assert headline.is_title_case(line) is expected


def test_recasing_lowers_common_words_only_and_keeps_offsets():
    common = headline.common_words({"recall", "envoy", "row", "border"}, {"capital"},
                                   lambda w: w in {"Ghana", "Togo"}, lambda w: False)
    text = "Ghana Recalls Envoy From Togo After Border Row\nThe talks in Accra Went Well."
    out = headline.recase(text, common)
    assert out.split("\n")[0] == "Ghana recalls envoy from Togo after border row"
    assert out.split("\n")[1] == "The talks in Accra Went Well."  # not a title-case line
    assert len(out) == len(text)


def test_recasing_keeps_names_people_words_and_places():
    common = headline.common_words(set(), {"kurdish", "mobile", "town", "seize", "key"},
                                   lambda w: False, lambda w: w == "Mobile")
    assert headline.recase("Rebels Seize Key Town In Mobile", common) == (
        "Rebels seize key town in Mobile")
    assert headline.recase("Army Shells Kurdish Town In Mobile", common) == (
        "Army Shells Kurdish town in Mobile")  # "Shells" is no word this test knows
    spans = lambda line: [(line.index("Key Town"), line.index("Key Town") + 8)]  # noqa: E731
    assert headline.recase("Rebels Seize Key Town In Mobile", common, spans) == (
        "Rebels seize Key Town in Mobile")


@pytest.mark.parametrize("word, forms", [
    ("expels", {"expel"}), ("slammed", {"slam"}), ("agreed", {"agree"}),
    ("cutting", {"cut"}), ("sought", {"seek"}), ("parties", {"party"}),
])
def test_lemma_candidates(word, forms):
    assert forms <= headline.lemma_candidates(word)


@pytest.mark.parametrize("text, source, code, target", [
    ("Ghana Recalls Ambassador From Togo", "Ghana", "16", "Togo"),
    ("Nigerian Troops Kill 20 Militants In Borno", "Nigerian troops", "19", "20 militants"),
    ("Peru Lifts Travel Ban On Bolivia", "Peru", "08", "Bolivia"),
    ("Uganda Expels Sudanese Diplomats", "Uganda", "16", "Sudanese diplomats"),
])
def test_a_title_case_headline_is_coded(pipeline, text, source, code, target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith(code) and t and target.lower() in t.lower()
               for s, c, t, _ in found), found


@pytest.mark.parametrize("text, prepared", [
    ("KENYA RECALLS ENVOY FROM SOMALIA", "Kenya recalls envoy from Somalia"),
    ("ECOWAS SUSPENDS GUINEA AFTER COUP", "ECOWAS suspends Guinea after coup"),
])
def test_a_headline_in_capitals_is_written_as_a_title(pipeline, text, prepared):
    assert pipeline._prepare(text) == prepared
    assert asserted(pipeline, text), text


def test_recasing_lines_in_capitals_keeps_acronyms():
    common = headline.common_words({"warn", "over"}, set(), lambda w: False, lambda w: False)
    assert headline.is_all_caps("NATO WARNS MOSCOW OVER DRILLS")
    assert not headline.is_all_caps("NATO warns Moscow over drills")
    assert headline.recase("NATO WARNS MOSCOW OVER DRILLS", common,
                           acronym=lambda w: w == "NATO") == "NATO warns Moscow over Drills"


def test_names_of_several_words_keep_their_capitals_in_a_headline(pipeline):
    text = "Islamic State Claims Attack On Army Post In Diyala"
    prepared = pipeline._prepare(text)
    assert prepared.startswith("Islamic State claims attack on army")
    found = asserted(pipeline, text)
    assert any(s == "Islamic State" and c.startswith("19") for s, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Islamic State claims attack on army post in Diyala",
    "Hezbollah claims drone strike on Israeli base",
])
def test_a_headline_verb_read_as_a_modifier_is_the_verb_again(pipeline, text):
    found = asserted(pipeline, text)
    assert any(c.startswith(("19", "18")) for _, c, _, _ in found), found


# ---- warrants and audits -----------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("A Kampala court issued a warrant against the opposition mayor.", "Kampala court",
     "opposition mayor"),
    ("A judge in Quito issued a warrant for the former energy minister.",
     "judge in Quito", "former energy minister"),
])
def test_a_warrant_against_someone_is_an_arrest(pipeline, text, source, target):
    found = asserted(pipeline, text)
    assert any(s == source and c == "173" and t == target for s, c, t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("The Ghana Audit Service audited the accounts of the Ministry of Roads.",
     "Ghana Audit Service"),
    ("Zambia's auditor general began an audit of the state power company.",
     "Zambia's auditor general"),
])
def test_an_audit_is_an_investigation(pipeline, text, source):
    found = asserted(pipeline, text)
    assert any(s == source and c == "090" for s, c, _, _ in found), found


# ---- a demand that names no doer ---------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The African Union said sanctions on Mali must be lifted.", "African Union", "Mali"),
    ("Colombia said the border with Ecuador must be reopened.", "Colombia", "Ecuador"),
])
def test_a_demand_that_names_no_doer_is_the_speakers(pipeline, text, source, target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith("10") and t == target for s, c, t, _ in found), found


# ---- nouns made from the lexicon's verbs ---------------------------------------------------

@pytest.mark.parametrize("noun, verb", [
    ("distribution", "distribute"), ("cancellation", "cancel"), ("deployment", "deploy"),
    ("withdrawal", "withdraw"), ("seizure", "seize"), ("ratification", "ratify"),
    ("denial", "deny"), ("consent", "consent"), ("shelling", "shell"),
])
def test_regular_derivations(noun, verb):
    from eventwatch.lexicon import derived_nouns
    assert noun in derived_nouns(verb)
    assert "station" not in derived_nouns("state")


@pytest.mark.parametrize("text, source, code, target", [
    ("The WFP's distribution of maize rations to flood victims in Malawi resumed on Friday.",
     "WFP", "073", "flood victims"),
    ("The Zambian parliament's censure of the finance minister was read out on Tuesday.",
     "Zambian parliament", "111", "finance minister"),
    ("Fiji's contribution of 150 peacekeepers to the UN mission in Lebanon was renewed.",
     "Fiji", "07", None),
    ("Georgia's consent to new talks on the border ended a long deadlock.", "Georgia", "03",
     None),
])
def test_an_event_noun_made_from_a_verb_is_read_as_the_verb(pipeline, text, source, code,
                                                             target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith(code) and (target is None or t and target in t)
               for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The distribution of income in Namibia worsened over the decade.",
    "Her contribution to the debate was praised by colleagues.",
    "The cancellation of the flight to Harare angered passengers.",
])
def test_a_derived_noun_with_no_party_or_cue_is_no_event(pipeline, text):
    assert asserted(pipeline, text) == []


# ---- the site a protest or a show of force is aimed at ------------------------------------

@pytest.mark.parametrize("text, source, code, target", [
    ("Gabon's army deployed troops around the presidential palace.", "Gabon's army", "15",
     "presidential palace"),
    ("Riot police were deployed by the government around the national stadium.", "government",
     "15", "national stadium"),
    ("Nurses staged a sit-in inside the health ministry in Lilongwe.", "Nurses", "14",
     "health ministry"),
    ("Students rallied outside the courthouse in Blantyre against a fee increase.", "Students",
     "14", "courthouse"),
])
def test_a_site_surrounded_or_occupied_is_the_target(pipeline, text, source, code, target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith(code) and t and target in t
               for s, c, t, _ in found), found


@pytest.mark.parametrize("text, target", [
    # a city is where a rally is held; what it is against is its target
    ("Thousands rallied in Nairobi on Sunday against the new finance bill.", "new finance bill"),
    # forces on alert along a line: the line, as before
    ("Pakistan put its troops on high alert along the Line of Control.", "Line of Control"),
])
def test_a_city_or_a_line_keeps_the_earlier_reading(pipeline, text, target):
    found = asserted(pipeline, text)
    assert any(t and target in t for _, _, t, _ in found), found


# ---- joint acts ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("A joint investigation into the smuggling was opened by Zambia's customs agency and the "
     "police.", "063"),
    ("Ecuador's navy and Peru's coast guard carried out a joint search for the missing "
     "fishing boat.", "062"),
    ("Malawi and Zambia opened a joint inquiry into the border shooting.", "063"),
])
def test_a_joint_act_of_two_parties_is_their_cooperation(pipeline, text, code):
    found = asserted(pipeline, text)
    assert any(c == code and s and t for s, c, t, _ in found), found
    assert not any(c == "090" for _, c, _, _ in found), found


# ---- lexicon rows of stop 35 ---------------------------------------------------------------

@pytest.mark.parametrize("text, code, target", [
    ("Denmark sent two NASAMS systems to Kyiv.", "072", "Kyiv"),
    ("Greece sent two more Patriot batteries to Bulgaria.", "072", "Bulgaria"),
    ("Russia had sent 30 military aircraft into Japan's air defence identification zone.",
     "150", "Japan"),
    ("Egypt delivered 2 billion cubic metres of gas to Jordan last year.", "061", "Jordan"),
    ("Ugandan students blocked the Kampala-Entebbe expressway on Monday.", "144", None),
])
def test_stop35_lexicon_rows(pipeline, text, code, target):
    found = asserted(pipeline, text)
    assert any(c == code and (target is None or t and target in t) for _, c, t, _ in found), found


def test_a_vow_to_scrap_cooperation_is_a_threat(pipeline):
    found = events(pipeline, "The Bolivian president vowed to scrap military cooperation "
                             "with Washington.")
    assert any(c.startswith("13") and t == "Washington" for _, c, t, _ in found), found


# ---- armed groups regrouping; occupations as actors ---------------------------------------

@pytest.mark.parametrize("text", [
    "Some 60 soldiers defected from the army and joined the rebels near Idlib.",
    "Four armed groups merged to form a new alliance in central Mali.",
    "Two militant factions announced their merger into a single movement.",
])
def test_armed_groups_joining_or_merging_are_a_change_to_group(pipeline, text):
    found = [e for e in pipeline.code_text(text) if e.modality == "asserted"]
    assert any(e.cameo.startswith("06") and e.acled == "Change to group/activity"
               for e in found), [(e.cameo, e.acled) for e in found]


def test_a_state_joining_a_coalition_is_no_change_to_group(pipeline):
    found = pipeline.code_text("Norway joined the coalition against the Islamic State.")
    assert not any(e.acled == "Change to group/activity" for e in found)


@pytest.mark.parametrize("text, target", [
    ("Three shepherds were killed in the blast near Kandahar.", "shepherds"),
    ("Malawi's energy regulator reversed a fuel price rise after bus drivers blocked the main "
     "roads into Lilongwe.", "bus drivers"),
])
def test_occupational_groups_are_actors(pipeline, text, target):
    found = asserted(pipeline, text)
    assert any(t and target in t for _, _, t, _ in found), found


# ---- an act done in protest ----------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Hundreds of farmers drove their tractors into central Dublin in protest against the "
     "government's nitrates rules.", "Hundreds of farmers", "government"),
    ("Fishermen sailed their boats into the port of Dakar in protest at the new licence fees.",
     "Fishermen", "new licence fees"),
])
def test_an_act_done_in_protest_is_a_protest(pipeline, text, source, target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith("14") and t and target in t
               for s, c, t, _ in found), found


def test_an_act_with_its_own_event_keeps_it_when_done_in_protest(pipeline):
    found = asserted(pipeline, "The finance minister resigned in protest against the "
                               "cabinet's decision.")
    assert [c for _, c, _, _ in found] == ["0831"], found


def test_two_regions_governments_are_two_actors(pipeline):
    found = asserted(pipeline, "The Punjab government signed a water-sharing agreement with "
                               "the Haryana government.")
    assert any(s == "Punjab government" and t == "Haryana government"
               for s, _, t, _ in found), found


def test_an_acceptance_answers_an_offer_made_in_a_clause(pipeline):
    found = asserted(pipeline, "Ghana's striking teachers agreed to return to work after the "
                               "education ministry offered to raise their allowances.")
    assert any(s == "Ghana's striking teachers" and c.startswith("03")
               and t == "education ministry" for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The rebels built a new command centre in the forest near Butembo.",
    "Armed men cleared a patch of bush and turned it into a training camp for the militants.",
])
def test_an_armed_group_building_a_base_is_a_base_established(pipeline, text):
    found = [e for e in pipeline.code_text(text) if e.modality == "asserted"]
    assert any(e.acled == "Headquarters or base established" for e in found), [
        (e.cameo, e.acled) for e in found]


def test_building_a_hospital_is_no_base(pipeline):
    assert not pipeline.code_text("The government built a new hospital in Butembo.")


def test_letting_people_go_to_a_place_is_aimed_at_them(pipeline):
    found = asserted(pipeline, "Vanuatu's government agreed to let Australian police advisers "
                               "return to Port Vila.")
    assert any(c.startswith("03") and t == "Australian police advisers"
               for _, c, t, _ in found), found


def test_a_resignation_announced_by_someone_else_is_the_resigners(pipeline):
    found = asserted(pipeline, "The resignation of Chile's interior minister was announced by "
                               "the presidential palace.")
    assert any(s == "Chile's interior minister" and c.startswith("083")
               for s, c, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Albania's opposition boycotted parliament on Tuesday.", "125"),
    ("Dockworkers began a boycott of Israeli cargo.", "14"),
])
def test_boycotting_a_sitting_body_is_refusing_to_meet(pipeline, text, code):
    found = asserted(pipeline, text)
    assert any(c.startswith(code) for _, c, _, _ in found), found


def test_a_promise_to_extradite_is_made_to_the_receiving_state(pipeline):
    found = asserted(pipeline, "Bolivia pledged to extradite a cartel financier to Brazil.")
    assert any(s == "Bolivia" and c == "0313" and t == "Brazil" for s, c, t, _ in found), found


@pytest.mark.parametrize("text, source, code, target", [
    ("The African Union said a ceasefire was needed in Sudan.", "African Union", "1056", "Sudan"),
    ("Brazil said dialogue with the Venezuelan opposition is necessary.", "Brazil", "106",
     "Venezuelan opposition"),
    ("The OAS says foreign intervention in Haiti must be avoided.", "OAS", "10", "Haiti"),
])
def test_what_a_speaker_says_is_needed_is_its_demand(pipeline, text, source, code, target):
    found = asserted(pipeline, text)
    assert any(s == source and c.startswith(code) and t and target in t
               for s, c, t, _ in found), found


def test_a_need_naming_no_party_is_no_demand(pipeline):
    assert asserted(pipeline, "Economists said more investment was needed.") == []


def test_peacekeepers_deployed_along_a_border_are_aimed_at_it(pipeline):
    found = asserted(pipeline, "Bangladesh deployed peacekeeping troops along the border "
                               "between Sudan and South Sudan.")
    assert any(c == "074" and t and t.startswith("border") for _, c, t, _ in found), found


def test_joining_a_party_in_doing_something_is_cooperating_with_it(pipeline):
    found = asserted(pipeline, "Interpol joined Kenyan police in tracking the fugitive.")
    assert any(s == "Interpol" and c == "060" and t == "Kenyan police"
               for s, c, t, _ in found), found
    found = asserted(pipeline, "Chile joined Peru in condemning the attack.")
    assert not any(c == "060" for _, c, _, _ in found), found  # a statement, not joint work


def test_a_named_crossing_is_the_object_not_a_verb(pipeline):
    found = asserted(pipeline, "Israel has reopened the Kerem Shalom crossing to Gaza after a "
                               "two-week closure.")
    assert any(s == "Israel" and c.startswith("08") for s, c, _, _ in found), found


@pytest.mark.parametrize("text, target", [
    ("The governor dispatched National Guard troops to the border town of Nogales.", "Nogales"),
    ("The governor dispatched hundreds of National Guard troops to the city of Memphis.",
     "Memphis"),
])
def test_forces_sent_to_a_town_are_aimed_at_it_not_at_themselves(pipeline, text, target):
    found = asserted(pipeline, text)
    assert any(c.startswith("15") and t and target in t for _, c, t, _ in found), found


def test_a_nominal_protest_is_aimed_at_the_site_its_doers_occupy(pipeline):
    found = asserted(pipeline, "A sit-in by nurses inside the health ministry entered its "
                               "third day.")
    assert any(s == "nurses" and c.startswith("14") and t == "health ministry"
               for s, c, t, _ in found), found
