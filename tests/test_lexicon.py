"""The trigger lexicon: verbs, event nouns, light verbs, particles, complements, disambiguation."""

import shutil

import pytest

from eventwatch.lexicon import (
    DataFileError,
    Lexicon,
    LexMatch,
    compose,
    default_lexicon,
    modal_code,
)
from eventwatch.ontology import all_codes, cameo, data_path


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def root_match(nlp, lex, text):
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return lex.match_verb(root)


def noun_match(nlp, lex, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return lex.match_noun(tok)


# one verb example per CAMEO root (the sentence's main verb)
VERBS = [
    ("The minister said the talks had gone well.", "010"),
    ("The United Nations urged both sides to show restraint.", "020"),
    ("Japan pledged to provide humanitarian aid to the refugees.", "0333"),
    ("The prime minister visited Berlin on Tuesday.", "042"),
    ("The president praised the new agreement.", "051"),
    ("India extradited the suspect to Britain.", "063"),
    ("Germany donated money to the hospital.", "071"),
    ("The army withdrew its troops from the border town.", "0874"),
    ("Prosecutors investigated the former minister.", "090"),
    ("Protesters demanded the release of political prisoners.", "1053"),
    ("The opposition accused the government of corruption.", "1121"),
    ("Russia vetoed the draft resolution.", "129"),
    ("The group threatened to impose sanctions on the company.", "1312"),
    ("Thousands of students protested in the capital.", "141"),
    ("The army mobilized its reservists.", "154"),
    ("Washington cut ties with Caracas.", "161"),
    ("Police arrested dozens of protesters.", "173"),
    ("Gunmen kidnapped two aid workers.", "181"),
    ("Government forces shelled the town.", "194"),
    ("Militias massacred the villagers.", "202"),
]


@pytest.mark.parametrize("text,code", VERBS)
def test_verb_per_root(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_verbs_cover_every_root():
    assert {code[:2] for _, code in VERBS} == {f"{r:02d}" for r in range(1, 21)}


# one event-noun example per CAMEO root
NOUNS = [
    ("The spokesman issued a statement on Monday.", "statement", "010"),
    ("The mayor's appeal went unanswered.", "appeal", "020"),
    ("The rebels rejected the government's offer.", "offer", "030"),
    ("Both sides attended the peace talks in Doha.", "talks", "046"),
    ("His apology came too late.", "apology", "055"),
    ("Military cooperation between the two states grew.", "cooperation", "062"),
    ("The humanitarian aid arrived by truck.", "aid", "073"),
    ("The cease-fire held overnight.", "fire", "0871"),
    ("The investigation continues.", "investigation", "090"),
    ("Their demands were ignored.", "demands", "100"),
    ("The accusation angered officials.", "accusation", "112"),
    ("The refusal surprised diplomats.", "refusal", "120"),
    ("The threat was taken seriously.", "threat", "130"),
    ("The demonstration turned violent.", "demonstration", "141"),
    ("The deployment of troops alarmed the neighbours.", "deployment", "154"),
    ("The embargo hurt exports.", "embargo", "163"),
    ("The curfew began at dusk.", "curfew", "1723"),
    ("The suicide bombing killed ten people.", "bombing", "1831"),
    ("The air strike hit a school.", "strike", "195"),
    ("The ethnic cleansing of the valley shocked the world.", "cleansing", "203"),
    ("The counteroffensive stalled in the mud.", "counteroffensive", "190"),
    ("Reprisals against villagers followed.", "Reprisals", "190"),
    ("The pogrom lasted three days.", "pogrom", "202"),
]


@pytest.mark.parametrize("text,word,code", NOUNS)
def test_noun_per_root(nlp, lex, text, word, code):
    m = noun_match(nlp, lex, text, word)
    assert m is not None and m.cameo == code, (text, m)


def test_nouns_cover_every_root():
    assert {code[:2] for _, _, code in NOUNS} == {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize(
    "text,code",
    [
        ("Israeli jets carried out air strikes on the camp.", "195"),
        ("The two sides held talks in Geneva.", "040"),
        ("The two sides held peace talks in Geneva.", "046"),
        ("Rebels launched an attack on the garrison.", "190"),
        ("Rebels launched a wave of attacks on the town.", "190"),
        ("Students organized a protest outside parliament.", "141"),
        ("The ministers signed a deal on gas supplies.", "057"),
        ("The governor imposed a curfew on the city.", "1723"),
        ("The ministry declared a state of emergency.", "1724"),
        ("The insurgents conducted a suicide bombing at the market.", "1831"),
        ("Soldiers opened fire on the crowd.", "190"),
        ("Sanctions were imposed on the regime.", "163"),
    ],
)
def test_light_verbs_defer_to_their_object(nlp, lex, text, code):
    assert root_match(nlp, lex, text).cameo == code


@pytest.mark.parametrize(
    "text,code",
    [
        ("The president stepped down on Friday.", "0831"),
        ("The troops pulled out of the valley.", "0874"),
        ("The union called off the strike.", "082"),
        ("The council turned down the request.", "120"),
        ("Militants blew up the bridge.", "183"),
        ("Police cracked down on the opposition.", "175"),
        ("The general called up thousands of reservists.", "154"),
    ],
)
def test_particles(nlp, lex, text, code):
    assert root_match(nlp, lex, text).cameo == code


@pytest.mark.parametrize(
    "text,code",
    [
        ("Teachers struck for higher wages.", "143"),
        ("Dock workers went on strike over pay.", "143"),
        ("Warplanes struck rebel positions near the city.", "195"),
        ("The two leaders struck a deal on trade.", "057"),
    ],
)
def test_strike_verb_disambiguation(nlp, lex, text, code):
    assert root_match(nlp, lex, text).cameo == code


@pytest.mark.parametrize(
    "text,word,code",
    [
        ("The drone strike killed two militants.", "strike", "1952"),
        ("The general strike paralysed the city.", "strike", "143"),
        ("A strike by dock workers halted shipping.", "strike", "143"),
        ("The strike killed six soldiers and wounded ten.", "strike", "195"),
        ("The prisoner's hunger strike entered its third week.", "strike", "142"),
    ],
)
def test_strike_noun_disambiguation(nlp, lex, text, word, code):
    assert noun_match(nlp, lex, text, word).cameo == code


@pytest.mark.parametrize(
    "text,code",
    [
        ("The government refused to release the prisoners.", "1243"),
        ("The minister refused to comment.", "011"),
        ("Syria agreed to withdraw its troops.", "0356"),
        ("They called on the president to resign.", "0241"),
        ("The rebels vowed to attack the capital.", "1384"),
        ("The judge ordered the arrest of the mayor.", "173"),
        ("The commander ordered his troops to withdraw.", "0874"),
        ("The gunmen tried to assassinate the governor.", "185"),
        ("Russia is ready to help.", "033"),
    ],
)
def test_complements_refine_the_code(nlp, lex, text, code):
    assert root_match(nlp, lex, text).cameo == code


def test_more_specific_pattern_wins(nlp, lex):
    assert root_match(nlp, lex, "The EU lifted sanctions on Iran.").cameo == "085"
    assert root_match(nlp, lex, "The army lifted the curfew.").cameo == "0813"
    assert root_match(nlp, lex, "Iran expelled two diplomats.").cameo == "161"
    assert root_match(nlp, lex, "The UN withdrew its peacekeepers from the region.").cameo == "1661"


@pytest.mark.parametrize("text", ["Kenya sent a battalion to the border.",
                                  "Spain dispatched two frigates to the strait.",
                                  "The ministry is sending a platoon of marines north."])
def test_word_set_objects_expand(nlp, lex, text):
    assert root_match(nlp, lex, text).cameo == "154"


def test_time_phrases_are_not_prepositional_verbs(nlp, lex):
    # "called ... on Saturday" is a phone call, not "called on" (an appeal)
    m = root_match(nlp, lex, "The president called his counterpart Putin on Saturday.")
    assert m.cameo == "041"
    assert root_match(nlp, lex, "Activists called on the mayor to resign.").cameo == "0241"


def test_match_fields_and_span(nlp, lex):
    doc = nlp("Israeli jets carried out air strikes on the camp.")
    m = lex.match_verb(doc[2])
    assert isinstance(m, LexMatch)
    assert m.trigger == "carried out air strikes"
    assert (m.start, m.end) == (2, 6)
    assert m.specificity > 2
    bare = lex.match_verb(nlp("The army shelled the town.")[2])
    assert bare.specificity == 1 and bare.trigger == "shelled"


def test_lemmatiser_slips_are_repaired(nlp, lex):
    # the small model lemmatises "staged" as "stag"
    assert root_match(nlp, lex, "Students staged a protest outside parliament.").cameo == "141"


def test_non_events_do_not_match(nlp, lex):
    doc = nlp("The weather was pleasant and the children played in the garden.")
    assert all(lex.match_verb(t) is None for t in doc if t.pos_ in ("VERB", "AUX"))
    assert all(lex.match_noun(t) is None for t in doc if t.pos_ == "NOUN")


def test_compose_table():
    assert compose("130", "163") == "1312"
    assert compose("130", "192") == "1382"
    assert compose("030", "073") == "0333"
    assert compose("020", "0841") == "0253"
    assert compose("120", "125") is None
    assert compose("051", "190") is None


def test_every_lexicon_code_exists(lex):
    codes = all_codes()
    assert lex.codes() <= set(codes)
    # the lexicon reaches every CAMEO root
    assert {c[:2] for c in lex.codes()} == {f"{r:02d}" for r in range(1, 21)}
    assert len(list(lex.lemmas())) > 400
    assert all(cameo(c).plover for c in lex.codes())


def test_default_lexicon_is_cached():
    assert default_lexicon() is default_lexicon()


def test_bad_lexicon_file_names_file_and_line(tmp_path):
    d = tmp_path / "lex"
    shutil.copytree(data_path("data/lexicon"), d)
    verbs = d / "verbs.tsv"
    verbs.write_text(verbs.read_text(encoding="utf-8") + "smite\t-\t-\t-\t-\t999\n")
    with pytest.raises(DataFileError, match=r"verbs\.tsv:\d+: unknown CAMEO code '999'"):
        Lexicon(d)
    verbs.write_text(verbs.read_text(encoding="utf-8").replace("\t999\n", "\t190\n"))
    verbs.write_text(verbs.read_text(encoding="utf-8") + "smite\t-\t-\t-\t-\t190\n")
    with pytest.raises(DataFileError, match="already given on line"):
        Lexicon(d)
    verbs.write_text(verbs.read_text(encoding="utf-8").replace(
        "smite\t-\t-\t-\t-\t190\n", "smite\t-\t-\t@nosuchset\t-\t190\n"))
    with pytest.raises(DataFileError, match=r"verbs\.tsv:\d+: unknown word set '@nosuchset'"):
        Lexicon(d)


# --- common news verbs and nouns (added after an end-to-end error review) ------------------------


@pytest.mark.parametrize(
    "text,code",
    [
        # aid-like objects of plain give / send / fly / ship / award / raise
        ("The navy gave medical equipment to the island.", "073"),
        ("The ministry dispatched medical experts to the clinic.", "073"),
        ("The charity flew ten tons of medicine into the valley.", "073"),
        ("The tribunal awarded the families damages.", "071"),
        ("The singer raised money for the flood victims.", "071"),
        ("Norway gave the commission detailed information on the accounts.", "064"),
        ("The agency dispatched inspectors to the reactor.", "090"),
        ("Brazil deployed observers to the border region.", "070"),
        # peacekeeping service is aid (074), other troop deployments are force posture (154)
        ("Ghana sent troops to the UN peacekeeping force in Mali.", "074"),
        ("Ghana sent troops to the border.", "154"),
        ("Some 500 Fijian soldiers served as peacekeepers.", "074"),
        ("Nepalese troops joined the peacekeeping mission.", "074"),
        ("The two parties joined forces with a regional movement.", "060"),
        # returning property: any object handed back
        ("The museum returned the stolen statues to Peru.", "0842"),
        ("Customs officers returned a rare manuscript to the library.", "0842"),
        ("The soldiers returned fire.", "190"),
        ("Italy opened its borders to refugees from the war.", "075"),
        ("Canada accepts 900 people from the refugee camps.", "075"),
        ("Chile withdrew its peacekeeping troops from Haiti.", "1661"),
        # legal action, insults and calls for punishment are disapproval (11)
        ("The commission launched legal action against the government.", "115"),
        ("The coalition took legal action against the ministry.", "115"),
        ("The senator called the envoy a stupid man.", "111"),
        ("The mayor called the decision illegal.", "111"),
        ("The governor called the mayor of the capital a stupid person.", "111"),
        ("The president called France's envoy to Canada a very foolish man.", "111"),
        ("Lawmakers called for sanctions against the generals.", "113"),
        ("The prosecutor is seeking a prison sentence for the former mayor.", "115"),
        # searches: coercion, or an investigation when evidence is sought
        ("Soldiers searched the village.", "170"),
        ("Investigators searched the consulate for evidence.", "091"),
        # human shields, sexual abuse
        ("The militants held hundreds of villagers as human shields.", "184"),
        ("Guards sexually abused the detainees.", "1821"),
        # force posture, ending violence
        ("The troops remained on alert near the frontier.", "152"),
        ("The army beefed up its presence along the border.", "154"),
        ("The rebels ended their attacks on the pipeline.", "087"),
        ("The envoy undertook a mediation mission to the capital.", "045"),
        ("The regime completed its withdrawal from the valley.", "0874"),
    ],
)
def test_common_news_triggers(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


@pytest.mark.parametrize(
    "text,word,code",
    [
        ("The minister's scathing attack on the judges drew criticism.", "attack", "111"),
        ("The peacekeeping mission ends in May.", "mission", "074"),
        ("The fact-finding mission reached the camp.", "mission", "090"),
        ("The court opened a hearing into the shooting.", "hearing", "090"),
    ],
)
def test_new_event_nouns(nlp, lex, text, word, code):
    m = noun_match(nlp, lex, text, word)
    assert m is not None and m.cameo == code, (text, m)


def test_named_object_wildcard_is_weaker_than_a_listed_object(nlp, lex):
    # "call X" with a named X is a phone call, unless X is called names
    assert root_match(nlp, lex, "The president called Macron on Friday.").cameo == "041"
    assert root_match(nlp, lex, "The president called Macron a liar.").cameo == "111"


def test_absorbed_complement_is_not_a_trigger_of_its_own(nlp, lex):
    doc = nlp("The rebels threatened to attack the airport.")
    assert lex.match_verb(doc[2]).cameo == "1384"
    assert lex.match_verb(doc[4]) is None  # "attack" is part of the threat
    doc = nlp("The rebels attacked the airport and looted the market.")
    assert lex.match_verb(doc[2]).cameo == "190"
    # a complement the governor does not code stays a trigger
    doc = nlp("The rebels hoped to shell the airport.")
    assert lex.match_verb(doc[4]).cameo == "194"


@pytest.mark.parametrize(
    "cameo_code,modality,expected",
    [
        ("0841", "future", "0353"),  # "will release" -> intent to release
        ("043", "future", "036"),  # "will host talks" -> intent to meet
        ("1723", "future", "1323"),  # "will impose a curfew" -> threat
        ("190", "future", "1384"),  # "will attack" -> threat of conventional attack
        ("075", "negated", "122"),  # "will not accept refugees" -> refusal
        ("040", "negated", "125"),  # "refused / did not meet" -> reject meeting
        ("082", "negated", "1242"),  # "will not end the strike"
        ("190", "negated", "190"),  # a denied attack stays an attack (modality says negated)
        ("030", "negated", "120"),  # "will not agree" -> rejection
        ("111", "future", "111"),  # verbal conflict has no intent form
        ("0841", "asserted", "0841"),
        ("0841", "hypothetical", "0841"),
    ],
)
def test_modal_code(cameo_code, modality, expected):
    assert modal_code(cameo_code, modality) == expected
    assert cameo(modal_code(cameo_code, modality)).plover


@pytest.mark.parametrize(
    "text,verb,expected",
    [
        ("The junta must release the prisoners.", "release", "1053"),
        ("Israel should end its attacks on the town.", "end", "1056"),
        ("The rebels said they would release the hostages.", "release", "0353"),
        ("The rebels might release the hostages.", "release", "0841"),
    ],
)
def test_modal_code_reads_obligation_and_reported_would(nlp, lex, text, verb, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    m = lex.match_verb(tok)
    assert modal_code(m.cameo, "hypothetical", tok) == expected


def test_driving_armed_men_out_is_an_assault(nlp):
    from eventwatch.lexicon import default_lexicon

    lex = default_lexicon()
    doc = nlp("Nigerian troops drove the rebel fighters out of the town.")
    verb = next(t for t in doc if t.lemma_ == "drive")
    assert lex.match_verb(verb).cameo == "190"
    # driving people out of their homes is not a battle
    doc = nlp("The landlord drove the tenants out of the house.")
    verb = next(t for t in doc if t.lemma_ == "drive")
    m = lex.match_verb(verb)
    assert m is None or m.cameo != "190"


def test_alternative_prepositions_each_match(nlp):
    from eventwatch.lexicon import default_lexicon

    lex = default_lexicon()
    for text in ("Soldiers fired on the crowd.", "Soldiers fired at the convoy.",
                 "Soldiers fired across the border."):
        verb = next(t for t in nlp(text) if t.lemma_ == "fire")
        m = lex.match_verb(verb)
        assert m is not None and m.cameo == "190", text


def test_commencing_or_waging_passes_the_event_to_its_noun(nlp):
    from eventwatch.lexicon import default_lexicon

    lex = default_lexicon()
    for text in ("The army commenced air strikes on the rebels.",
                 "The militia waged attacks on villages."):
        doc = nlp(text)
        m = lex.match_verb(next(t for t in doc if t.pos_ == "VERB"))
        assert m is not None and m.cameo.startswith(("19", "18")), text


def test_returning_or_gathering_for_talks_is_a_consultation(nlp):
    from eventwatch.lexicon import default_lexicon

    lex = default_lexicon()
    for text in ("The negotiators returned to Doha for talks on the ceasefire.",
                 "Delegates gathered in Nairobi for talks on the border."):
        verb = next(t for t in nlp(text) if t.pos_ == "VERB")
        m = lex.match_verb(verb)
        assert m is not None and m.cameo.startswith("04"), text


def test_sworn_to_fight_misread_as_a_purpose_clause_is_still_a_threat(nlp, lex):
    doc = nlp("Veterans have sworn to fight until the last village is retaken.")
    assert doc[4].dep_ == "advcl"  # the parse this rule is for
    assert lex.match_verb(doc[2]).cameo == "1384"
    # a purpose clause after an object is not a complement
    doc = nlp("The army sent troops to fight the rebels.")
    assert lex.match_verb(doc[2]).cameo.startswith("15")


def test_a_modifier_of_a_modifier_counts(nlp, lex):
    doc = nlp("The two navies began large-scale joint military exercises on Monday.")
    noun = next(t for t in doc if t.lower_ == "exercises")
    assert lex.match_noun(noun).cameo == "062"  # "joint" hangs under "military"
    doc = nlp("The navy began large-scale military exercises on Monday.")
    noun = next(t for t in doc if t.lower_ == "exercises")
    assert lex.match_noun(noun).cameo == "150"


def test_ending_a_round_of_talks_is_not_breaking_them_off(nlp, lex):
    doc = nlp("The delegations ended a round of talks in Doha on Friday.")
    assert lex.match_verb(doc[2]).cameo == "046"
    doc = nlp("The rebels ended the talks with the government.")
    assert lex.match_verb(doc[2]).cameo == "164"
    doc = nlp("Iran and the US concluded indirect talks in Oman.")
    assert lex.match_verb(doc[4]).cameo == "046"


def test_a_negated_complement_of_an_intent_is_a_refusal(nlp, lex):
    doc = nlp("The president vowed not to negotiate with the kidnappers.")
    assert lex.match_verb(doc[2]).cameo == "125"
    doc = nlp("The president vowed to negotiate with the kidnappers.")
    assert lex.match_verb(doc[2]).cameo.startswith("03")


def test_reversing_a_decision_is_yielding(nlp, lex):
    doc = nlp("The government reversed its decision to close the border.")
    assert lex.match_verb(doc[2]).cameo == "080"


def test_a_video_call_is_a_meeting_not_an_appeal(nlp, lex):
    m = noun_match(nlp, lex, "The leaders held a video call on Tuesday.", "call")
    assert m is not None and m.cameo == "040"


# wire verbs the challenge set (bench/challenge) showed missing; sentences written for the test
WIRE_VERBS = [
    ("The two delegations sat down with the mediators in Doha.", "040"),
    ("The envoy shuttled between the two camps.", "045"),
    ("The chancellor paid tribute to the firefighters.", "051"),
    ("Dutch police teamed up with Belgian investigators.", "060"),
    ("The agency distributed food to flood victims.", "073"),
    ("The bank disbursed a second tranche to Kenya.", "071"),
    ("Hungary dropped its objection to the aid package.", "080"),
    ("The rebels abandoned the town overnight.", "0874"),
    ("The council set up an inquiry into the killings.", "090"),
    ("The president ruled out early elections.", "120"),
    ("The ministry cautioned Vilnius against provocations.", "130"),
    ("Pyongyang moved missiles to the coast.", "154"),
    ("The air force scrambled two jets.", "152"),
    ("Brussels froze membership talks with Ankara.", "164"),
    ("Beijing slapped tariffs on Australian barley.", "163"),
]


@pytest.mark.parametrize("text,code", WIRE_VERBS)
def test_wire_verbs(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_a_sit_in_is_a_protest(nlp, lex):
    m = noun_match(nlp, lex, "Teachers staged a sit-in outside parliament.", "in")
    assert m is not None and m.cameo == "141"


THREAT_AND_COERCION = [
    ("Tehran vowed to retaliate against Washington.", "1384"),
    ("The militia vowed a harsh response.", "130"),
    ("Beijing retaliated with tariffs on wine.", "163"),
    ("The junta expelled a French correspondent.", "174"),
    ("The regime ordered the closure of three newspapers.", "172"),
]


@pytest.mark.parametrize("text,code", THREAT_AND_COERCION)
def test_threats_and_coercion(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


@pytest.mark.parametrize("text,code", [
    ("Gambia brought a case against Myanmar.", "115"),
    ("The senator castigated the ministry.", "111"),
    ("Moscow lent its backing to the junta.", "051"),
])
def test_more_wire_verbs(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_revoking_a_decision_is_yielding(nlp, lex):
    m = root_match(nlp, lex, "The court revoked its decision on the detention.")
    assert m is not None and m.cameo == "080"


@pytest.mark.parametrize("text,code", [
    ("Kazakhstan sold wheat to Afghanistan.", "061"),
    ("Peru bought fertiliser from Morocco.", "061"),
    ("The bank paused lending to Tunisia.", "162"),
    ("Managua froze relations with the Vatican.", "161"),
    ("Officers took the editor into custody.", "173"),
    ("Oman played host to the envoys.", "043"),
    ("The ruling party threw its weight behind the bill.", "051"),
    ("The senator pointed the finger at the cartel.", "112"),
    ("Moscow brushed off the warning.", "120"),
    ("The council shot down the proposal.", "120"),
    ("Brussels put the company on notice.", "130"),
    ("Dockers downed tools on Monday.", "143"),
    ("Supporters poured into the streets.", "141"),
    ("The militia amassed fighters near the town.", "154"),
    ("Police locked up the organisers.", "173"),
    ("The court dissolved the party.", "172"),
    ("The garrison vacated the fort.", "0874"),
    ("Ankara extended a credit line to Cairo.", "071"),
    ("The troops flew tonnes of food to the island.", "073"),
    ("Fighters hacked the farmers to death.", "190"),
    ("The government pulled the plug on the project.", "160"),
])
def test_stop19_wire_verbs(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_an_amount_counts_as_what_it_is_an_amount_of(nlp, lex):
    # "$250 million in weapons": the object is the weapons, for the lexicon's object patterns
    m = root_match(nlp, lex, "The allies sent $300 million in weapons to the army.")
    assert m is not None and m.cameo == "072"


@pytest.mark.parametrize("text,code", [
    ("The bloc gave Bamako ten days to hold elections or face sanctions.", "139"),
    ("Tehran promised a harsh reply to the strike.", "130"),
])
def test_ultimatums_and_promised_replies_are_threats(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_petitioning_someone_is_an_appeal(nlp, lex):
    m = root_match(nlp, lex, "Fishermen petitioned the governor to reopen the harbour.")
    assert m is not None and m.cameo == "020"


def test_throwing_out_an_appeal_is_a_rejection(nlp, lex):
    m = root_match(nlp, lex, "The supreme court threw out the appeal.")
    assert m is not None and m.cameo == "120"


@pytest.mark.parametrize("text,code", [
    ("Kyiv offered Moscow a prisoner exchange.", "0353"),  # an offer of the release
    ("The envoy offered sharp criticism of the plan.", "111"),  # criticism offered is made
])
def test_an_offered_act_is_an_intent_unless_offering_it_is_doing_it(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_an_amount_in_aid_hung_on_the_verb_is_aid(nlp, lex):
    m = root_match(nlp, lex, "Norway paid $40 million in aid to the refugees.")
    assert m is not None and m.cameo == "071"


@pytest.mark.parametrize("text,code", [
    ("Oman said yes to the Iranian proposal.", "030"),
    ("Hungary said no to the migration pact.", "120"),
    ("Kenyan police worked with Ugandan detectives.", "060"),
    ("Indian warships exercised alongside the French navy.", "062"),
    ("Qatar handed $500 million in budget support to Sudan.", "071"),
    ("Azerbaijan pumped record volumes of gas to Italy.", "061"),
])
def test_stop19_answers_partners_and_amounts(nlp, lex, text, code):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == code, (text, m)


def test_targeting_ships_is_an_attack(nlp, lex):
    m = root_match(nlp, lex, "The militia targeted two tankers in the strait.")
    assert m is not None and m.cameo == "190"


@pytest.mark.parametrize("text", [
    "Khartoum let UN monitors visit the camps.",
    "The junta let aid convoys cross the border.",
])
def test_letting_monitors_or_aid_in_is_allowing_international_involvement(nlp, lex, text):
    m = root_match(nlp, lex, text)
    assert m is not None and m.cameo == "086", (text, m)
