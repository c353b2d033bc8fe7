"""Partners of cooperation hung inside the object, forces and relief moved to a place, shows of
force answering another's move, and acts named by nouns (rules added at stop 25); every
sentence is written for these tests."""

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
    # the partner hangs inside the object's topic
    ("Kenya's army shared intelligence on al-Shabaab movements with Somalia.",
     "COOPERATE", "Kenya's army", "Somalia"),
    ("Kenya's army has begun sharing intelligence on al-Shabaab movements with Ethiopia.",
     "COOPERATE", "Kenya's army", "Ethiopia"),
    ("Ghana's central bank began swapping financial data with Nigeria's central bank.",
     "COOPERATE", "Ghana's central bank", "Nigeria's central bank"),
    ("Ghana's anti-graft office pooled evidence with the central bank in a fraud probe.",
     "COOPERATE", "anti-graft office", "central bank"),
    # joint acts done by two sides together
    ("Ghanaian soldiers and Togolese gendarmes began manning joint checkpoints on the border.",
     "COOPERATE", "Ghanaian soldiers", "Togolese gendarmes"),
    ("Norway's air force flew joint training missions with German jets over the Arctic.",
     "COOPERATE", "Norway's air force", "German jets"),
    # forces and relief moved to a place
    ("Chile moved armoured vehicles to its northern border with Bolivia.",
     "MOBILIZE", "Chile", "Bolivia"),
    ("China sailed a flotilla of coast guard ships toward Scarborough Shoal.",
     "MOBILIZE", "China", "Scarborough Shoal"),
    ("Britain flew hundreds of extra soldiers into Belfast to secure the port.",
     "MOBILIZE", "Britain", "Belfast"),
    ("President Tokayev ordered army units onto the streets of Almaty.",
     "MOBILIZE", "Tokayev", "Almaty"),
    ("The Red Cross trucked food parcels into Goma on Monday.", "AID", "Red Cross", "Goma"),
    # a show of force faces whose move it answers
    ("Japan put its destroyers on high alert ahead of a missile launch by North Korea.",
     "MOBILIZE", "Japan", "North Korea"),
    ("Cuba mobilised reservists in response to US warships in the Caribbean.",
     "MOBILIZE", "Cuba", "US warships"),
    # acts named by nouns
    ("Chile's massing of troops near the Bolivian border worried La Paz.",
     "MOBILIZE", "Chile", "Bolivia"),
    ("India's airlift of relief supplies to Myanmar was the first to arrive.",
     "AID", "India", "Myanmar"),
    ("Japan's disbursement of a $2 billion loan to Ukraine was completed on Friday.",
     "AID", "Japan", "Ukraine"),
    ("Erdogan's threat of a new offensive against Kurdish fighters came in a speech.",
     "THREATEN", "Erdogan", "Kurdish fighters"),
    # yielding is aimed at whoever pressed
    ("Zambia's government backed down on its ban of TikTok after an outcry from media groups.",
     "CONCEDE", "government", "media groups"),
    # letting someone do something is aimed at them
    ("Uganda agreed to let Kenyan engineers complete a survey of the route.",
     "AGREE", "Uganda", "Kenyan engineers"),
    ("Chile's refusal to let a Peruvian warship dock in Arica angered Lima.",
     "REJECT", "Chile", "Peruvian warship"),
    # envoys recalled in the passive: from where they were posted, by their own state
    ("Turkey's ambassador to Israel was recalled for consultations by Ankara on Saturday.",
     "SANCTION", "Ankara", "Israel"),
    ("Turkey's ambassador to Israel was recalled on Saturday.", "SANCTION", "Turkey", "Israel"),
    # a participle describing the subject, then the passive main verb
    ("Four Armenian servicemen captured during the war were repatriated by Azerbaijan.",
     "RETREAT", "Azerbaijan", "Armenian servicemen"),
    # "a" with a plural read as a clause (parse repair 22)
    ("Ukraine inked a minerals deal with the United States on Wednesday.",
     "SUPPORT", "Ukraine", "United States"),
    # a town of its own country where a measure applies
    ("Peru declared a state of emergency in Lima and Callao.", "COERCE", "Peru", "Lima"),
    ("China's coast guard pulled its vessels back from the disputed Scarborough Shoal.",
     "RETREAT", "coast guard", "Scarborough Shoal"),
    # a strike over another's act is aimed at it
    ("The Nigeria Labour Congress staged a nationwide strike over the government's wage offer.",
     "PROTEST", "Nigeria Labour Congress", "government"),
    # funds released, handed or withheld; relations cut; firms blacklisted
    ("President Marcos released 5 billion pesos in calamity funds to the storm-hit provinces.",
     "AID", "Marcos", "provinces"),
    ("Washington handed Manila new military financing to modernise its coast guard.",
     "AID", "Washington", "Manila"),
    ("Nigeria's federal government withheld monthly allocations to Rivers State.",
     "SANCTION", "federal government", "Rivers State"),
    ("The eastern parliament withdrew its recognition of the Tripoli government.",
     "SANCTION", "eastern parliament", "Tripoli government"),
    ("The separatist party broke off its alliance with the Socialists.",
     "SANCTION", "separatist party", "Socialists"),
    ("China's commerce ministry placed eleven U.S. defence firms on its unreliable entity list.",
     "COERCE", "commerce ministry", "U.S. defence firms"),
    ("Amnesty published a scathing critique of Egypt's treatment of migrants.",
     "ACCUSE", "Amnesty", "Egypt"),
    # vowing to hunt down an enemy is a threat
    ("The army chief vowed to hunt down the Pakistani Taliban wherever they hide.",
     "THREATEN", "army chief", "Pakistani Taliban"),
    # a threat about one's own forces is aimed at who must meet its condition
    ("The warlord threatened to pull his fighters out of the city unless the Defence Ministry "
     "sent more ammunition.", "THREATEN", "warlord", "Defence Ministry"),
    # the subject's own threat, with its spokesman reporting it after
    ("Beijing put Manila on notice that its navy would act if the Philippines kept resupplying "
     "the ship, a defence ministry spokesman told reporters.", "THREATEN", "Beijing", "Manila"),
    # a joint act named by a noun: the second of its doers is the partner
    ("A joint investigation by Thai police and their Malaysian counterparts into the smuggling "
     "ring led to five arrests.", "COOPERATE", "Thai police", "Malaysian counterparts"),
    # two coordinated subjects read as one phrase (parse repair 23)
    ("Mexico's federal government and Sinaloa state authorities launched joint patrols in "
     "Culiacan on Monday.", "COOPERATE", "federal government", "Sinaloa state authorities"),
    # trade in commodities is economic cooperation
    ("Brazil shipped a record 15 million tonnes of soybeans to China in April.",
     "COOPERATE", "Brazil", "China"),
    ("Kazakhstan began delivering crude to Germany's Schwedt refinery.",
     "COOPERATE", "Kazakhstan", "Germany"),
    ("The suspect was transferred to French authorities by Moroccan police.",
     "COOPERATE", "Moroccan police", "French authorities"),
    ("The European Union struck the Philippines off its list of high-risk jurisdictions.",
     "RETREAT", "European Union", "Philippines"),
    # a show of force faces the other side of a dispute its time clause names
    ("Serbia put its army on the highest state of combat readiness as tensions with Kosovo "
     "rose.", "MOBILIZE", "Serbia", "Kosovo"),
    ("Thousands of Russian reservists were sent to the front in Zaporizhzhia.",
     "MOBILIZE", "Russian reservists", "front"),
    # a verb with its subject read as an adjective before a time clause (parse repair 1)
    ("Seoul scrambled fighter jets after Russian bombers entered its air defence zone.",
     "MOBILIZE", "Seoul", "Russian bombers"),
    ("Morocco's recall of its ambassador to Algeria deepened the rift.",
     "SANCTION", "Morocco", "Algeria"),
    ("A Kenyan court ordered the handover of a wanted Ugandan rebel commander to Kampala.",
     "COOPERATE", "Kenyan court", "Kampala"),
    ("Moscow poured cold water on Kyiv's peace plan.", "REJECT", "Moscow", "Kyiv"),
    ("The World Bank bailed out Sri Lanka with a $700 million loan.",
     "AID", "World Bank", "Sri Lanka"),
    ("The Supreme Court struck down the government's ban on the opposition party.",
     "REJECT", "Supreme Court", "government"),
    ("Japan earmarked $200 million for reconstruction in Ukraine.", "AID", "Japan", "Ukraine"),
    ("Mali's junta rejected ECOWAS calls for elections.", "REJECT", "junta", "ECOWAS"),
    # agreeing to pull one's own forces back is aimed at the place they leave
    ("Honduras is willing to withdraw its troops from a buffer zone along the border.",
     "AGREE", "Honduras", "buffer zone"),
    ("Egypt agreed to pull its forces out of the Sinai buffer zone.",
     "AGREE", "Egypt", "Sinai buffer zone"),
    # a protest outside a mission is aimed at the state it represents
    ("Hundreds of Uighurs held a sit-in outside the Chinese consulate in Istanbul over the "
     "detention of relatives.", "PROTEST", "Uighurs", "Chinese consulate"),
    # a copula naming its subject the giver of aid, loans or arms
    ("Japan is the biggest bilateral donor to Cambodia.", "AID", "Japan", "Cambodia"),
    ("China has become Zambia's largest lender.", "AID", "China", "Zambia"),
    ("Russia was for decades the main supplier of arms to India.", "AID", "Russia", "India"),
    # the "against" of a protested act is the act's; the protest aims at its doer
    ("Students marched in Lyon against Israel's offensive against Gaza.",
     "PROTEST", "Students", "Israel"),
    # an act another's act caused is done by the one caused to act, at the first doer
    ("Russia's annexation of Crimea prompted the EU to impose sanctions.",
     "COERCE", "EU", "Russia"),
    ("The junta's refusal to hold elections prompted ECOWAS to impose sanctions.",
     "COERCE", "ECOWAS", "junta"),
    # easing curbs on access or exports to a place or state aims at it
    ("Ethiopia eased restrictions on humanitarian access to Tigray.",
     "CONCEDE", "Ethiopia", "Tigray"),
    ("Beijing relaxed curbs on rare earth exports to the United States.",
     "CONCEDE", "Beijing", "United States"),
    # "tear-gassed" is riot control, not a chemical attack
    ("Police tear-gassed students outside parliament in Nairobi.", "COERCE", "Police", "students"),
    ("Niger revoked the permits of French uranium miner Orano.", "COERCE", "Niger", "Orano"),
    # an irregular past read as a compound after an article and a name (parse repair 10)
    ("The EU froze accession talks with Georgia.", "SANCTION", "EU", "Georgia"),
    # offers made in return for another's act; readiness to act towards someone
    ("Venezuela's government offered to free political prisoners in return for the lifting of "
     "US sanctions.", "AGREE", "Venezuela's government", "US"),
    ("Hamas offered to release hostages in exchange for Palestinian prisoners held by Israel.",
     "AGREE", "Hamas", "Israel"),
    ("Tehran signalled its readiness to resume indirect talks with Washington.",
     "AGREE", "Tehran", "Washington"),
    ("Zimbabwe's finance minister undertook to clear arrears to the World Bank by December.",
     "AGREE", "finance minister", "World Bank"),
    # money approved, channelled; arms shipped; rescuers sent
    ("The World Bank approved a $500 million credit for Ethiopia's drought response.",
     "AID", "World Bank", "Ethiopia"),
    ("The European Union channelled 50 million euros in humanitarian aid to Sudan.",
     "AID", "European Union", "Sudan"),
    ("Washington shipped Patriot missile batteries to Kyiv.", "AID", "Washington", "Kyiv"),
    ("Turkey dispatched search and rescue teams to Libya after the floods.",
     "AID", "Turkey", "Libya"),
    # forces massed are no crowd; call-ups face the border of their exercises, or whose
    # attack they answer
    ("Thousands of troops were massed along the border with Ukraine.", "MOBILIZE", "troops",
     "Ukraine"),
    ("Venezuela called up 150,000 reservists for exercises near the Guyana border.",
     "MOBILIZE", "Venezuela", "Guyana"),
    ("Israel called up 300,000 reservists after the Hamas attack.",
     "MOBILIZE", "Israel", "Hamas"),
    # a meeting shunned or boycotted is aimed at who convened it
    ("The opposition shunned the national dialogue convened by the president of Benin.",
     "REJECT", "opposition", "president"),
    # a name and its noun read as two objects (parse repair 24)
    ("Ankara stalled Sweden's NATO bid for more than a year.", "REJECT", "Ankara", "Sweden"),
    # a promise made on a condition is aimed at who must meet it
    ("The union agreed to call off the strike if the health ministry paid the arrears.",
     "AGREE", "union", "ministry"),
    # envoys pulled out, cooperation halted, treaties put in abeyance
    ("Kenya pulled its ambassador out of Kinshasa after the rebel alliance was launched.",
     "SANCTION", "Kenya", "Kinshasa"),
    ("The US halted intelligence sharing with Ukraine for a week.", "SANCTION", "US", "Ukraine"),
    ("India put the Indus Waters Treaty with Pakistan in abeyance.",
     "SANCTION", "India", "Pakistan"),
    ("Indonesia and Malaysia set up a joint task force to tackle haze from forest fires.",
     "COOPERATE", "Indonesia", "Malaysia"),
    # an act whose own phrases name nobody: the party its clause names further down
    ("Senegal offered to host a new round of border talks between Gambia and Guinea-Bissau.",
     "AGREE", "Senegal", "Gambia"),
    ("The governing coalition's junior partner walked out of Chancellor Scholz's coalition.",
     "SANCTION", "junior partner", "Scholz"),
    # idioms of blame and court action; fighting alongside is fighting together
    ("Ethiopia's government pinned the blame for the massacre on the Oromo Liberation Army.",
     "ACCUSE", "Ethiopia's government", "Oromo Liberation Army"),
    ("Kenya's opposition leader took aim at the electoral commission over the delays.",
     "ACCUSE", "opposition leader", "electoral commission"),
    ("South Africa dragged Israel before the International Court of Justice.",
     "ACCUSE", "South Africa", "Israel"),
    ("Rwanda's army was fighting alongside M23 rebels in eastern Congo.",
     "COOPERATE", "Rwanda's army", "M23 rebels"),
    # "let X go" is a release (parse repair 25); homes of a named owner
    ("The Houthis let the crew of the cargo ship go after 14 months.",
     "RETREAT", "Houthis", "crew"),
    ("Police raided the senator's home in Manila.", "COERCE", "Police", "senator"),
    ("The Kremlin slapped travel bans on 500 Americans.", "COERCE", "Kremlin", "Americans"),
    ("Security forces cordoned off the town of Goma.", "COERCE", "Security forces", "Goma"),
    # "between" on the object of an event noun names its two sides
    ("The signing of a security pact between Australia and the Solomon Islands angered "
     "Beijing.", "SUPPORT", "Australia", "Solomon Islands"),
    # an event noun that names nobody it is aimed at: the nearest party inside its phrase
    ("Seoul's pledge to cap steel exports to the United States came after tense bargaining.",
     "AGREE", "Seoul", "United States"),
    ("Israel's lifting of a ban on fuel deliveries into Gaza came after U.S. pressure.",
     "CONCEDE", "Israel", "Gaza"),
])
def test_rule(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    # praising another's deal is aimed at its maker, not at its partner
    ("The UN chief hailed Colombia's peace agreement with the FARC.",
     "SUPPORT", "UN chief", "Colombia"),
    # a region named in the time clause is no intruder the show of force faces
    ("Armenia called up its reservists as fighting with Azerbaijan over Nagorno-Karabakh "
     "escalated.", "MOBILIZE", "Armenia", "Azerbaijan"),
    # an appeal answered by others was made by its owner, not by them
    ("Ghana's appeal to its neighbours for help was answered by Togo and Benin.",
     "REQUEST", "Ghana", "neighbours"),
    # forces of nobody named in a ministry's announcement are the ministry's side
    ("China's defence ministry announced that the army was ready to crush any moves towards "
     "Taiwan independence.", "THREATEN", "defence ministry", "Taiwan"),
])
def test_guard(pipeline, text, plover, source, target):
    assert_event(code(pipeline, text), plover, source, target)


def test_appeal_answered_is_not_theirs(pipeline):
    evs = code(pipeline, "Ghana's appeal to its neighbours for help was answered by Togo.")
    assert not any(e.source is not None and e.source.text == "Togo" and e.plover == "REQUEST"
                   for e in evs), events_of(evs)


def test_struck_down_law_is_no_attack(pipeline):
    evs = code(pipeline, "The Supreme Court struck down the government's ban on the party.")
    assert not any(e.plover == "ASSAULT" for e in evs), events_of(evs)


def test_donor_without_recipient_is_no_event(pipeline):
    evs = code(pipeline, "Norway is one of the largest bilateral donors in the world.")
    assert not any(e.plover == "AID" for e in evs), events_of(evs)


def test_calls_for_someone_to_act_are_not_the_act(pipeline):
    evs = code(pipeline, "The opposition called for the interior minister to resign.")
    assert not any(e.cameo.startswith("083") and e.modality == "asserted" for e in evs), (
        events_of(evs))


def test_tear_gas_is_not_a_chemical_attack(pipeline):
    evs = code(pipeline, "Riot police tear-gassed protesters in Lagos.")
    assert not any(e.cameo.startswith("204") for e in evs), events_of(evs)


def test_a_domestic_task_force_is_no_cooperation(pipeline):
    evs = code(pipeline, "Kenyan police set up a task force to investigate the killings.")
    assert not any(e.plover == "COOPERATE" for e in evs), events_of(evs)


def test_nearest_party_skips_the_attribution(pipeline):
    evs = code(pipeline, "The rebels declared a ceasefire, according to Colombia's army.")
    assert not any(e.plover == "RETREAT" and e.target is not None
                   and "army" in e.target.text for e in evs), events_of(evs)


def test_each_other_is_both_ways(pipeline):
    evs = code(pipeline, "India and Pakistan blamed one another for the clashes.")
    pairs = {(e.source.text, e.target.text) for e in evs if e.plover == "ACCUSE"
             and e.source is not None and e.target is not None}
    assert ("India", "Pakistan") in pairs and ("Pakistan", "India") in pairs, events_of(evs)
