"""Present-tense headlines, idioms and senses drawn from held-out set 10's failure report
(rules added at stop 27); every sentence is written for these tests."""

import datetime as dt

import pytest

from eventwatch import nlp
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


def assert_event(evs, plover, source, target, cameo=None):
    hits = [e for e in evs if e.plover == plover and e.modality == "asserted"
            and e.source is not None and source in e.source.text
            and e.target is not None and target in e.target.text
            and (cameo is None or e.cameo == cameo)]
    assert hits, events_of(evs)
    return hits[0]


# -- headlines in the present tense (parse repair 28) ----------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("Hungary vetoes EU statement on Georgia.", "REJECT", "Hungary", "EU statement"),
    ("Thousands rally in Tbilisi against foreign agents law.", "PROTEST", "Thousands",
     "foreign agents law"),  # (stop 31: what it is against, not where it is held)
    ("Iran test-fires new cruise missile into Gulf of Oman.", "MOBILIZE", "Iran",
     "Gulf of Oman"),
    ("Chinese coast guard rams Vietnamese fishing boat near Paracels.", "ASSAULT",
     "Chinese coast guard", "Vietnamese fishing boat"),
    ("Pope Leo apologises to Irish abuse survivors.", "CONCEDE", "Pope Leo",
     "Irish abuse survivors"),
    ("Protesters storm parliament in Tirana.", "PROTEST", "Protesters", "parliament"),
    ("Serbia, Kosovo agree to resume EU-mediated talks.", "AGREE", "Serbia", "Kosovo"),
])
def test_present_tense_headline(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_headline_repair_rebuilds_the_clause():
    doc = nlp.parse("Hungary vetoes EU aid package for Ukraine.")
    verb = doc[1]
    assert (verb.dep_, verb.pos_, verb.lemma_) == ("ROOT", "VERB", "veto")
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 1
    assert doc[4].dep_ == "dobj" and doc[4].head.i == 1


@pytest.mark.parametrize("text", [
    "The opposition rally in Bratislava drew thousands.",  # a real noun with its article
    "Thousands of farmers rallied in Bratislava on Monday.",
])
def test_headline_repair_leaves_sentences_with_a_verb(text):
    doc = nlp.parse(text)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == 1 and roots[0].lemma_ in ("draw", "rally") and roots[0].pos_ == "VERB"
    assert any(c.dep_ == "nsubj" for c in roots[0].children)


# -- idioms and rarer verbs ------------------------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target, cameo", [
    ("Chile's foreign minister spoke up for Argentina over the fishing dispute.", "SUPPORT",
     "Chile's foreign minister", "Argentina", "052"),
    ("Myanmar shipped record amounts of jade to Chinese traders last year.", "COOPERATE",
     "Myanmar", "Chinese traders", "061"),
    ("Fijian officers began training a new battalion of the Tongan army.", "AID",
     "Fijian officers", "Tongan army", "072"),
    ("Beijing gave a flat no to Tokyo's request for the release of the detained employee.",
     "REJECT", "Beijing", "Tokyo", "120"),
    ("The Kenyan president sounded a warning to Somalia over the border dispute.",
     "THREATEN", "Kenyan president", "Somalia", "130"),
    ("The government scrapped peace talks with the ELN after a bombing in Cali.", "SANCTION",
     "government", "ELN", "164"),
    ("A Russian naval flotilla steamed into the Baltic Sea near Latvia.", "MOBILIZE",
     "Russian naval flotilla", "Baltic Sea", "150"),
    ("Hundreds of riot police poured into Lhasa after the protests.", "MOBILIZE",
     "riot police", "Lhasa", "154"),
    ("Saudi Arabia covered the salaries of Yemeni civil servants for six months.", "AID",
     "Saudi Arabia", "Yemeni civil servants", "071"),
    ("Ghana was thrown a lifeline by the World Bank with a $300 million loan.", "AID",
     "World Bank", "Ghana", "070"),
    ("The European Commission opened proceedings against Meta over its advertising model.",
     "ACCUSE", "European Commission", "Meta", "090"),
    ("Israel's defence minister pledged a harsh response against Hezbollah.", "THREATEN",
     "Israel's defence minister", "Hezbollah", "130"),
    ("Japan handed over three patrol boats to the Vietnamese coast guard.", "AID", "Japan",
     "Vietnamese coast guard", "072"),
    ("Police stormed the residence of the opposition leader in Harare.", "COERCE", "Police",
     "opposition leader", "170"),
    ("Colombia signed up to a Brazilian proposal for a regional summit on drugs.", "AGREE",
     "Colombia", "Brazilian proposal", "030"),
    ("Hamas gave its consent to the Egyptian proposal for a truce.", "AGREE", "Hamas",
     "Egyptian proposal", "030"),
    ("Truckers blockaded highways around Ottawa for a week.", "PROTEST", "Truckers", "Ottawa",
     "144"),
    ("Iranian forces sank a Greek bulk carrier in the Gulf.", "ASSAULT", "Iranian forces",
     "Greek bulk carrier", "190"),
])
def test_idioms_and_rarer_verbs(pipeline, text, plover, source, target, cameo):
    assert_event(code(pipeline, text), plover, source, target, cameo)


def test_militants_storming_a_hotel_stay_an_assault(pipeline):
    evs = code(pipeline, "Militants stormed a hotel in Mogadishu.")
    assert_event(evs, "ASSAULT", "Militants", "Mogadishu")
    assert not [e for e in evs if e.plover == "COERCE"], events_of(evs)


def test_joint_investigation_opened_with_a_partner_stays_cooperation(pipeline):
    evs = code(pipeline, "Peruvian prosecutors opened a joint investigation with Bolivian "
                         "authorities into the smuggling ring.")
    assert_event(evs, "COOPERATE", "Peruvian prosecutors", "Bolivian authorities", "063")


# -- fronted time clauses (parse repair 11) --------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("Hours after gang attacks on two police stations in Port-au-Prince, Haiti's "
     "transitional council accepted a CARICOM proposal to hold elections.", "AGREE",
     "Haiti's transitional council", "CARICOM"),
    ("A day after Kinshasa walked out of talks in Luanda, M23 rebels launched an artillery "
     "barrage on army positions around Sake.", "ASSAULT", "M23 rebels", "army positions"),
    ("After talks in Doha, Israel and Hamas agreed to a truce.", "AGREE", "Israel", "Hamas"),
])
def test_fronted_time_clause_keeps_the_main_subject(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


# -- targets inside the object's phrases ---------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    # the infinitive of an offer, as with the verb "offered to host"
    ("Indonesia made an offer on Friday to host talks between the Thai government and Malay "
     "separatist groups.", "AGREE", "Indonesia", "Thai government"),
    # what a crowd chants for
    ("Thousands of Serbians rallied in Belgrade, chanting for the resignation of President "
     "Aleksandar Vucic.", "PROTEST", "Thousands of Serbians", "Aleksandar Vucic"),
    # the author of an offer carried in a letter
    ("Khamenei spurned an offer of talks contained in a letter from President Trump.",
     "REJECT", "Khamenei", "Trump"),
    # aid for work in a place
    ("Qatar funded reconstruction in Gaza.", "AID", "Qatar", "Gaza"),
    # a request lodged with a court, not the topic of the opinion asked for
    ("Vanuatu lodged a formal request with the International Court of Justice for an "
     "advisory opinion on states' climate obligations.", "REQUEST", "Vanuatu",
     "International Court of Justice"),
    # a rebuke addressed to someone, not what it is over
    ("Japan issued a sharp rebuke to China on Friday over the sentencing of a Japanese "
     "engineer.", "ACCUSE", "Japan", "China"),
    # a named militia of the same country is a partner, not the army's own men
    ("Nigeria's army has been passing intelligence on Boko Haram commanders to Borno state's "
     "Civilian Joint Task Force militia.", "COOPERATE", "Nigeria's army",
     "Civilian Joint Task Force"),
])
def test_targets_inside_object_phrases(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("California Governor Gavin Newsom implored the Trump administration to release wildfire "
     "aid.", "REQUEST", "Gavin Newsom", "Trump administration"),
    ("Texas Governor Greg Abbott defied the Biden administration's demand to remove the "
     "barriers.", "REJECT", "Greg Abbott", "Biden administration"),
    ("Canadian Prime Minister Mark Carney promised premiers on Friday that Ottawa would scrap "
     "federal barriers to internal trade.", "AGREE", "Mark Carney", "premiers"),
])
def test_state_and_federal_executives_are_two_parties(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


# -- shows of force at a named place; joint work ---------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("Iran's Revolutionary Guards staged war games near the Strait of Hormuz.", "MOBILIZE",
     "Revolutionary Guards", "Strait of Hormuz"),
    ("The Indian Air Force scrambled fighter jets over Kashmir on Wednesday.", "MOBILIZE",
     "Indian Air Force", "Kashmir"),
    ("Solomon Islands deployed hundreds of extra police to Honiara ahead of the election "
     "results.", "MOBILIZE", "Solomon Islands", "Honiara"),
    ("Colombian army engineers and former FARC guerrillas worked side by side to clear "
     "landmines.", "COOPERATE", "Colombian army engineers", "former FARC guerrillas"),
    ("Kenyan police and Ugandan troops worked together to secure the border.", "COOPERATE",
     "Kenyan police", "Ugandan troops"),
])
def test_named_sites_and_joint_work(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_partners_exercising_near_a_place_stay_partners(pipeline):
    evs = code(pipeline, "Egypt and Sudan held joint air drills near Merowe.")
    assert_event(evs, "COOPERATE", "Egypt", "Sudan")


@pytest.mark.parametrize("text, plover, source, target", [
    # a headline as the clause of a reporter after it
    ("Riot police pour into Lhasa after clashes, state media say.", "MOBILIZE", "Riot police",
     "Lhasa"),
    # a light verb in a headline, two partners as its subject
    ("Kazakh and Kyrgyz border guards stage a combined exercise near Almaty.", "COOPERATE",
     "Kazakh", "Kyrgyz border guards"),
])
def test_headline_shapes(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    # a concession after another's rejection
    ("Peru's government revoked the curfew after the Congress rejected the decree.",
     "CONCEDE", "Peru's government", "Congress"),
    # a participle on the subject of a reported passive (parse repair 15)
    ("Twelve fishermen detained in March were freed by India, officials said.", "RETREAT",
     "India", "Twelve fishermen"),
    # the destination hung on the charge (parse repair 29 and the extradition's "to")
    ("Colombia extradites drug lord wanted for cocaine smuggling to the United States.",
     "COOPERATE", "Colombia", "United States"),
    ("Peru extradited a former official accused of bribery to Brazil.", "COOPERATE", "Peru",
     "Brazil"),
])
def test_pressure_participles_and_extraditions(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_reported_clause_keeps_its_own_subject():
    doc = nlp.parse("The minister said the rebels wanted peace talks.")
    wanted = next(t for t in doc if t.lower_ == "wanted")
    assert wanted.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in wanted.children)


@pytest.mark.parametrize("text, plover, source, target", [
    ("Indian troops traded fire with Pakistani forces along the frontier overnight.",
     "ASSAULT", "Indian troops", "Pakistani forces"),
    ("Russian missiles slam into crowded Odesa shopping centre.", "ASSAULT",
     "Russian missiles", "Odesa shopping centre"),
    ("Ethiopian authorities switched off access to Telegram.", "COERCE",
     "Ethiopian authorities", "Telegram"),
    ("House Republicans torpedo bipartisan farm bill backed by President Joe Biden.", "REJECT",
     "House Republicans", "Joe Biden"),
    ("Georgia transferred control of two border villages to Armenia on Friday.", "RETREAT",
     "Georgia", "Armenia"),
    ("The European Union exhorted Belgrade to exercise restraint toward Kosovo.", "REQUEST",
     "European Union", "Belgrade"),
    ("Britain rushed another 500 million pounds in weapons to Ukraine.", "AID", "Britain",
     "Ukraine"),
    ("Japan's navy wrapped up joint drills with Indian naval forces in the Bay of Bengal.",
     "COOPERATE", "Japan's navy", "Indian naval forces"),
    ("Uzbekistan's export of cotton to Bangladesh rose sharply.", "COOPERATE", "Uzbekistan",
     "Bangladesh"),
    ("Tokyo earmarked 2 billion yen in emergency relief for quake-hit Noto.", "AID", "Tokyo",
     "Noto"),
    # addressees of apologies and condolences before what they are for
    ("Belgium apologised to Congo for colonial-era abuses against the Congolese people.",
     "CONCEDE", "Belgium", "Congo"),
    ("Indonesia's president conveyed his condolences to Turkey over the deaths in the quake.",
     "SUPPORT", "Indonesia's president", "Turkey"),
    # an accusation's reason does not outrank whom it names
    ("Amnesty International faulted Cairo for abuses against activists in prisons.", "ACCUSE",
     "Amnesty International", "Cairo"),
    # forces called up for a war are aimed at where it is fought
    ("Moscow ordered a mobilisation of 200,000 reservists for the war in Ukraine.",
     "MOBILIZE", "Moscow", "Ukraine"),
    ("Russia has massed more than 100,000 troops along Ukraine's eastern border.", "MOBILIZE",
     "Russia", "Ukraine's eastern border"),
    # a protest's purpose names whom it is against
    ("Thousands of opposition supporters poured into the streets of Tbilisi to denounce "
     "Georgia's government.", "PROTEST", "opposition supporters", "Georgia's government"),
])
def test_fit_set_13_shapes(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_protest_at_a_seat_against_a_thing_stays_at_the_seat(pipeline):
    evs = code(pipeline, "Thousands of demonstrators marched on the White House to oppose US "
                         "weapons shipments to Israel.")
    assert_event(evs, "PROTEST", "demonstrators", "White House")


@pytest.mark.parametrize("text, plover, source, target, cameo", [
    ("Russia seized control of the local assets of Finnish utility Fortum by decree.",
     "COERCE", "Russia", "Fortum", "1711"),
    ("Four Vietnamese fishing boats were handed back to Hanoi by Indonesia on Monday.",
     "RETREAT", "Indonesia", "Hanoi", "0842"),
    ("Former Guatemalan President Alfonso Portillo was extradited from Mexico to the United "
     "States on Friday.", "COOPERATE", "Mexico", "United States", "063"),
    ("Seoul accused by Pyongyang of flying drones over its capital.", "ACCUSE", "Pyongyang",
     "Seoul", None),
])
def test_property_returns_extraditions_and_headline_passives(pipeline, text, plover, source,
                                                             target, cameo):
    assert_event(code(pipeline, text), plover, source, target, cameo)


def test_rebels_seizing_control_of_a_town_stay_an_assault(pipeline):
    evs = code(pipeline, "Rebels seized control of the town of Bunia.")
    assert_event(evs, "ASSAULT", "Rebels", "Bunia", "192")


@pytest.mark.parametrize("text, plover, source, target", [
    ("Prime Minister Nikol Pashinyan conferred with Patriarch Karekin II in Etchmiadzin.",
     "CONSULT", "Nikol Pashinyan", "Patriarch Karekin II"),
    ("Beijing's export ban on graphite and rare earths to Japan took effect on Monday.",
     "COERCE", "Beijing", "Japan"),
])
def test_religious_titles_and_bans_on_goods_to_someone(pipeline, text, plover, source,
                                                        target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    # a round of talks is no round of ammunition
    ("Indonesia made an offer to host a new round of talks between the Thai government and "
     "separatist groups.", "AGREE", "Indonesia", "Thai government"),
    ("Hundreds of extra police were deployed to Honiara by the Solomon Islands government.",
     "MOBILIZE", "Solomon Islands government", "Honiara"),
    ("Ghanaian nurses walked off the job in a nationwide strike called by their union to press "
     "the health ministry over arrears.", "PROTEST", "Ghanaian nurses", "health ministry"),
])
def test_rounds_passive_deployments_and_strike_purposes(pipeline, text, plover, source,
                                                        target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("Jordan king pardons over 300 prisoners, state agency says", "CONCEDE", "Jordan king",
     "prisoners"),
    ("Ardern lambasts Canberra after deportation of New Zealanders", "ACCUSE", "Ardern",
     "Canberra"),
    ("Hundreds of ELN fighters turned in their rifles in Arauca on Monday.", "RETREAT",
     "ELN fighters", "Arauca"),
    ("Russian censors silenced bloggers who criticised the mobilisation.", "COERCE",
     "Russian censors", "bloggers"),
    ("The government slashed 200 million dollars in federal grants to Harvard University.",
     "SANCTION", "government", "Harvard University"),
    # a threat's condition, with no "that" before the threatened act
    ("Hezbollah warned it would strike Haifa's port if Israel invaded southern Lebanon.",
     "THREATEN", "Hezbollah", "Israel"),
])
def test_fit_set_14_shapes(pipeline, text, plover, source, target):
    evs = code(pipeline, text)
    if plover == "CONCEDE":  # a pardon: a concession or a release, YIELD either way
        assert [e for e in evs if e.plover in ("CONCEDE", "RETREAT") and source in (
            e.source.text if e.source else "")], events_of(evs)
    else:
        assert_event(evs, plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("China poured thousands of paramilitary police into Lhasa after the riots.", "MOBILIZE",
     "China", "Lhasa"),
    ("Customs officers seized 3 tonnes of cocaine from a Colombian cartel.", "COERCE",
     "Customs officers", "Colombian cartel"),
])
def test_kinds_of_forces_and_confiscations_from_someone(pipeline, text, plover, source,
                                                        target):
    assert_event(code(pipeline, text), plover, source, target)


def test_passive_sharing_with_a_partner(pipeline):
    evs = code(pipeline, "Intelligence on al-Shabaab cells was shared with Kenyan forces by the "
                         "Ugandan military.")
    assert_event(evs, "COOPERATE", "Ugandan military", "Kenyan forces")


def test_a_name_before_the_second_of_two_subjects_is_its_modifier(pipeline):
    evs = code(pipeline, "Papua New Guinea's government and Bougainville leaders inked an "
                         "accord in Port Moresby on Tuesday.")
    assert_event(evs, "SUPPORT", "Papua New Guinea's government", "Bougainville leaders")
    doc = nlp.parse("Immigration and Customs Enforcement returned a stolen painting to Italy.")
    # (one organisation's name stays as the model read it: "Customs" no modifier split off)
    assert doc[2].dep_ == "conj" and doc[3].dep_ == "nsubj"


def test_people_described_by_a_participle_are_no_act(pipeline):
    evs = code(pipeline, "Kenya's government promised striking doctors on Friday that it would "
                         "pay their arrears.")
    assert_event(evs, "AGREE", "Kenya's government", "striking doctors")
    assert not [e for e in evs if e.plover == "THREATEN"], events_of(evs)


def test_a_concession_on_a_plan_is_aimed_at_whom_the_plan_targeted(pipeline):
    evs = code(pipeline, "Seoul backed down on its plan to suspend striking doctors' licences.")
    assert_event(evs, "CONCEDE", "Seoul", "striking doctors")


@pytest.mark.parametrize("text, source, target", [
    ("Poland's centrist parties rallied behind Warsaw mayor Rafal Trzaskowski.",
     "Poland's centrist parties", "Warsaw mayor"),
    ("Ghana's information minister defended the central bank governor against lawmakers' "
     "accusations.", "Ghana's information minister", "central bank governor"),
])
def test_support_for_a_mayor_or_governor_of_ones_own_country(pipeline, text, source, target):
    assert_event(code(pipeline, text), "SUPPORT", source, target)
