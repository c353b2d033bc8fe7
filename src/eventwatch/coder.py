"""The event coder: from a parsed sentence to CAMEO-coded events (what, who, modality, attribution).

For every trigger in a sentence — a verb the lexicon knows ("shelled", "carried out strikes",
"held talks") or an event noun ("an attack by the regime", "Russian air strikes on Aleppo") — the
coder reads the dependency parse for the source (subject, passive agent, "by" phrase, possessive)
and the target (object, passive subject, "against/on/with" phrase), resolves both with the actor
dictionary, and decides the modality (asserted, negated, hypothetical, future, question) and who
the claim is attributed to ("according to X", "X said ...").
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Span, Token

from eventwatch.actors import (
    SERVING_FOR,
    DocActors,
    counterpart,
    is_counterpart,
    localise,
    sector_type,
)
from eventwatch.geo import DocPlaces
from eventwatch.lexicon import (
    CONTAINER_NOUNS,
    ON_MODIFIED,
    Lexicon,
    LexMatch,
    compose,
    mandative,
    not_chosen,
    reported_would,
    to_gerund,
)
from eventwatch.nlp import children, conjuncts, span_text, tokens
from eventwatch.ontology import data_path, read_tsv
from eventwatch.records import Actor, Attribution

# Verbs that report a claim: an event in their complement is attributed to their subject.
SPEECH_VERBS = frozenset(
    "say tell announce state report claim allege add note insist confirm declare assert "
    "write warn stress explain argue acknowledge admit reveal disclose suggest show indicate "
    "tweet post reiterate repeat emphasize emphasise underline conclude maintain remind".split()
)
# Verbs whose complement did not happen according to the speaker.
DENIAL_VERBS = frozenset("deny dismiss refute reject".split())
CLAIM_NOUNS = frozenset("accusation allegation claim charge report suggestion".split())
ACCUSING_VERBS = frozenset("accuse charge blame suspect convict indict condemn".split())
UNREAL_ADJECTIVES = frozenset("possible potential eventual hypothetical prospective".split())
# nouns whose "of"/"to" complement has not happened: "the threat of closing the strait", "a
# deal to curb the programme", "plans to expand the base"
UNREAL_NOUNS = frozenset("""threat plan proposal idea possibility prospect risk option bid
    attempt offer deal agreement accord pact treaty promise pledge call demand request
    intention scheme""".split())
# "warned X against doing", "barred X from doing": the doing is X's, and did not happen
WARNED_OFF_VERBS = frozenset("""warn caution advise urge bar ban block prevent stop prohibit
    deter dissuade discourage restrain forbid refrain abstain desist""".split())
REPORTING_VERBS = SPEECH_VERBS | DENIAL_VERBS
# Governing verbs that make their complement unrealised.
NEGATING_GOVERNORS = frozenset("""refuse fail decline avoid stop cease halt abandon foil thwart
    avert frustrate forestall""".split())
HYPOTHETICAL_GOVERNORS = frozenset(
    "consider propose want wish seek hope try attempt aim threaten demand urge ask call "
    "petition lobby offer suggest recommend could might may would need prepare "
    "doubt wonder fear believe think speculate predict object discuss debate weigh explore "
    "study examine hint ready willing prepared eager keen poised open".split()  # "analysts
    # doubt"; "is ready to send troops": offered, not done
)
# verbs that ask for an act in a "to" clause ("warned the rebels to lay down their arms"),
# while their "that" clause is reported speech ("told reporters that ...")
DIRECTING_GOVERNORS = frozenset(
    "warn tell instruct encourage invite request implore beg advise remind".split())
# verbs that weigh an act without doing it ("met to discuss reopening the border")
DELIBERATING_VERBS = frozenset("discuss debate consider weigh explore study examine".split())
FUTURE_GOVERNORS = frozenset(
    "plan intend expect schedule set vow pledge promise agree commit consent due undertake"
    .split())
GOVERNORS = (NEGATING_GOVERNORS | HYPOTHETICAL_GOVERNORS | DIRECTING_GOVERNORS | FUTURE_GOVERNORS
             | SPEECH_VERBS
             | DENIAL_VERBS)
MODAL_HYPOTHETICAL = frozenset("would could might may should can must ought".split())
MODAL_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
ANY_SUBJ_DEPS = SUBJ_DEPS | PASSIVE_SUBJ_DEPS  # built once, not per token
OBJ_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
TARGET_PREPS = frozenset({"against", "on", "with", "to", "at", "into", "upon", "toward",
                          "towards", "from", "for", "over", "of", "between", "behind",
                          "alongside"})
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
# where forces shown or massed stand, facing whom: "near Taiwan", "opposite the Greek islands"
# what an act is done "over" or "despite" without being aimed at its owner
OBJECTION_NOUNS = frozenset("objection objections protest protests opposition reservation".split())
# arms that a side destroys or burns of its own to disarm
WEAPON_NOUNS = frozenset("weapon arm arsenal rifle gun firearm munition ammunition".split())
# vehicles named by who is aboard ("a bus carrying soldiers", "a convoy of aid workers")
VEHICLE_NOUNS = frozenset("""bus minibus convoy car vehicle truck lorry van train boat ship
    vessel ferry plane aircraft helicopter motorcade caravan""".split())
CARRYING_VERBS = frozenset("carry transport ferry take bring".split())
FACING_PREPS = frozenset({"near", "around", "along", "toward", "towards", "off", "opposite",
                          "across"})
BORDER_NOUNS = frozenset({"border", "frontier", "line", "boundary", "borderline"})
# common nouns for places forces are sent to ("to the strait", "into the buffer zone")
DYING_VERBS = frozenset("die perish drown".split())
# kin people are sent back to ("returned the children to their relatives")
KIN_NOUNS = frozenset("relative family familie parent mother father home loved kin".split())
# what a show of force is for ("to deter Russia", "to intercept Indian warplanes")
DETERRING_VERBS = frozenset("""deter counter confront intercept repel intimidate warn pressure
    contain""".split())
GEO_NOUNS = frozenset("""strait waters water sea coast coastline border frontier region area
    zone town city village province district island islands capital front gulf bay channel
    port harbour harbor airport base valley mountains hills desert favela favelas corridor
    enclave territory camp flank frontline peninsula archipelago shoal reef ocean avenue
    boulevard square highway""".split())
NOUN_TARGET_PREPS = frozenset({"on", "against", "with", "of", "to", "toward", "towards", "at",
                               "into", "for", "between"})
# Subordinators of a clause that states its own fact: it keeps its own modality.
MATERIAL_CONFLICT_ROOTS = ("14", "15", "17", "18", "19", "20")
PENDING_MARKS = frozenset("until till once when before".split())
FACTUAL_MARKS = frozenset("after before when as because since while until once although though "
                          "despite".split())
PHRASE_RIGHT_DEPS = frozenset({"compound", "flat", "appos", "nmod"})
NAMED_ACTOR_ENTS = {"PERSON": "person", "ORG": "organisation", "NORP": "group",
                    "GPE": "state", "FAC": "organisation"}
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY",
                            "ORDINAL", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"})
# stretches of time and terms of a mission, never whom an act is aimed at ("deployed for a
# period of two years", "for a mandate of five years")
TIME_NOUNS = frozenset("""period term duration spell stint timeframe interval span
    mandate""".split())
# nouns of bodies of people that act as one: an actor even when the dictionary cannot say
# whose ("the committee said it will not end the strike")
BODY_NOUNS = frozenset("""committee council commission panel group association movement
    coalition alliance board federation syndicate organisation organization party union front
    bloc faction""".split())
# what a pronoun's holder has that is not the holder itself ("returned the Bible to its owners")
OTHERS_NOUNS = frozenset("""owner home house family relative victim target property land
    heir descendant""".split())
# what two sides reach or hold together ("called off the strike after talks with X")
# what an act may be done in or under, with the other party named ("its row with X")
CONTENTION_NOUNS = frozenset("""standoff dispute row feud conflict confrontation spat tension
    pressure border frontier""".split())
# disputes and fighting whose "with X" names the other side ("as tensions with Kosovo rose")
RIVALRY_WORDS = CONTENTION_NOUNS - {"border", "frontier", "pressure"} | {
    "fight", "fighting", "clash", "hostility", "war", "skirmish"}
SETTLEMENT_NOUNS = frozenset("""talk deliberation negotiation agreement deal meeting
    consultation accord dialogue understanding settlement compromise""".split())
# verbs whose subject undergoes what the object names ("faces criticism from X")
CONVERSE_VERBS = frozenset("""face receive draw attract suffer get earn win endure""".split())
ALLEGATION_NOUNS = frozenset("""claim allegation report accusation suspicion charge
    complaint""".split())
# where someone is held ("died after torture in a jail in Iran")
CUSTODY_NOUNS = frozenset("""prison jail custody detention captivity cell center centre camp
    facility station""".split())
PROPOSAL_NOUNS = frozenset("offer bid petition plea overture initiative decision".split())
INVITATION_NOUNS = frozenset("invitation invite".split())
# acts that answer another's ("Pakistan's request was approved": aimed at Pakistan)
ANSWERING_VERBS = frozenset("""approve accept reject deny grant refuse veto welcome endorse
    dismiss decline rebuff spurn turn answer honour honor""".split())
# when an act happens, not at whom ("on the anniversary of", "on the sidelines of")
OCCASION_NOUNS = frozenset(
    "anniversary eve occasion sidelines margins birthday bail parole probation bond behest"
    .split())
ENVOY_NOUNS = frozenset("diplomat ambassador envoy attaché attache consul staff".split())
AUTHORIZING_NOUNS = frozenset("""authorization authorisation approval permission order go-ahead
    clearance consent ruling""".split())
UNDOING_VERBS = frozenset("revoke rescind drop lift withdraw quash cancel overturn".split())
DEMAND_NOUNS = frozenset("""demand call request insistence appeal ultimatum condition""".split())
CAPTION_NOUNS = frozenset("""photo photograph picture image file""".split())
VICTIM_PREPS = frozenset({"on", "against", "at", "upon"})
BODY_TYPES = frozenset({"armed_group", "organisation", "ngo", "igo"})
PLACE_PREPS = frozenset({"in", "to", "into", "from", "across", "inside", "throughout"})
# what a protest is held to do to someone ("rallied to denounce the government")
PROTEST_AIMS = frozenset("""denounce condemn protest oppose decry reject challenge pressure
    press demand urge defy""".split())
# what a state confiscates when it "seizes control of" it
PROPERTY_NOUNS = frozenset("""asset unit subsidiary company firm business plant factory
    operation stake share bank refinery mine holding property brewery""".split())
# participles that make the person handed over a suspect ("a man wanted for fraud")
WANTED_PARTICIPLES = frozenset("want accuse suspect charge convict indict".split())
# acts that send someone away from a state ("was extradited from the US to Peru")
# places forces are sent into ("sent soldiers into the country's prisons")
HELD_PLACES = frozenset("prison jail barracks base camp facility compound".split())
# what forces are raised or sent to do to a foe ("drafted conscripts to fight the rebels")
FIGHTING_VERBS = DETERRING_VERBS | frozenset("fight battle combat crush defeat hunt".split())
PLACATING_VERBS = frozenset("placate appease mollify satisfy pacify calm".split())
PROPOSED_WORDS = frozenset("proposed planned draft mooted suggested".split())
CAPTURING_VERBS = frozenset("""seize abduct kidnap capture hold take detain arrest jail
    imprison snatch""".split())
SENT_AWAY_VERBS = frozenset("extradite deport repatriate expel".split())
ROUND_OF_NOUNS = frozenset("""talk negotiation dialogue consultation meeting vote voting
    election discussion sanction tariff""".split())
WAR_NOUNS = frozenset("war fight fighting conflict offensive operation campaign front".split())
# where a show of force is held ("war games near the Strait of Hormuz")
SITE_PREPS = frozenset("near in into off over across around along toward towards through".split())
# nouns of places that stand as an unnamed target ("imposed a curfew in the worst-hit areas")
PLACE_NOUNS = frozenset("""area region zone district province state city town village part
    parts neighbourhood neighborhood suburb camp border territory country capital county
    municipality enclave corridor valley island coast port strip bank""".split())
# prepositions inside an object phrase that lead to the target when the object is not an actor
OBJECT_INNER_PREPS = frozenset({"by", "from", "with", "against", "on", "of", "to", "toward",
                                "towards", "for", "between", "among"})
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself", "themselves",
                      "he", "she", "his", "her", "him", "we", "our", "us", "i", "me", "my"})
# the speaker's own words in a quote ("We will respond, the minister said")
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
NEGATIVE_DETS = frozenset({"no", "neither", "nor"})
PERSONAL_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
# singular nouns that name a body, not one person ("the police", "the army")
GROUP_NOUNS = frozenset("""police army military government regime council committee junta
    opposition party ministry administration parliament court military navy""".split())
# participles that state the subject's own stance ("is opposed to", "is committed to")
DEPLOY_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "post",
                          "airlift"})
# verbs whose object (or "on"/"to" object) is who would do what they ask
OBJECT_CONTROL = frozenset("""urge ask press encourage persuade invite instruct request tell
    implore beg pressure push force compel call appeal petition lobby warn command direct plead
    advise remind prompt spur lead drive cause provoke inspire galvanise galvanize""".split())
# (also causes: "the refusal prompted ECOWAS to impose sanctions": ECOWAS imposed them)
# verbs whose object noun names an act only asked for ("sought the extradition of X")
SOUGHT_GOVERNORS = frozenset("seek demand request want".split())
REQUEST_GOVERNORS = frozenset("""urge ask press encourage persuade invite instruct request
    implore beg pressure push call appeal demand petition lobby plead""".split())
# who takes to the streets: their rallies and blockades are protests
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR"})
PEOPLE_PLURALS_OF_CROWDS = frozenset("""protesters protestors demonstrators crowds students
    workers thousands hundreds supporters activists""".split())
# "X would face retaliation", "would pay dearly": what a threat says the other will suffer
SUFFER_VERBS = frozenset("face receive suffer pay get meet".split())
RETRIBUTION_NOUNS = frozenset("""retaliation response consequence punishment reprisal price
    retribution revenge reaction reply answer countermeasure""".split())
# harm another party "would face" by the speaker's say: a threat ("would face tariffs")
HARM_NOUNS = frozenset("""tariff sanction offensive attack strike war force wrath fury
    assault bombardment crackdown blockade action measure""".split())
# harms that need a hostile modifier to be one ("military action", "retaliatory measures")
HOSTILE_MODIFIED = frozenset({"action", "measure"})
HOSTILE_ADJECTIVES = frozenset("""military retaliatory punitive harsh tough severe strong
    decisive firm""".split())
# attacks announced in the passive ("ships linked to Israel would be targeted")
PASSIVE_THREAT_VERBS = frozenset("target attack hit strike bomb shell".split())
# punishments announced in the passive ("would be sacked unless they returned to work")
PASSIVE_PUNISHMENTS = frozenset("""sack fire dismiss punish prosecute arrest jail expel evict
    deport charge suspend""".split())
THREAT_SPEECH = frozenset("vow warn promise threaten".split())
# "by" + these is how, not who ("sent by road", "ruled by decree", "seized by force")
MEANS_NOUNS = frozenset("""force road air sea land plane car bus boat train ship phone
    telephone hand foot means way decree mail post email video helicopter majority vote
    margin consensus default""".split())
# who is told what will happen to it ("told the protesters they would be arrested")
TOLD_VERBS = frozenset("tell warn inform remind notify".split())
# who gives an order or an ultimatum to someone ("told X to leave or face arrest")
DIRECTIVE_VERBS = frozenset("tell warn order give instruct command direct demand ask urge".split())
# what speakers do to others in words: joined to a reported clause, still the speaker's
SPEAKER_ACTS = frozenset("""call urge appeal ask demand accuse condemn criticise criticize
    warn vow pledge threaten""".split())
# passives whose subject is the subject of their complement ("X is expected to meet Y")
RAISING_PASSIVES = frozenset("""expect schedule set slate believe say report think know
    suppose understand rumour rumor allege""".split())
# passives whose subject does what they are made or asked to ("was forced to resign")
PASSIVE_CONTROL = frozenset("""force compel oblige pressure push urge ask order instruct tell
    persuade invite""".split())
STATE_PASSIVES = frozenset({"oppose", "commit", "determine", "dedicate", "resolve", "engage",
                            "involve", "camp", "gather", "assemble"})  # "have been camped"
# contacting someone: a purpose clause's act is aimed at who was contacted
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "meet", "visit", "receive",
                           "host", "invite", "summon", "contact", "write", "email"})
LEAVING_VERBS = frozenset("leave depart quit exit withdraw go".split())
MUTUAL_FIGHTS = frozenset("clash fight battle skirmish exchange".split())
# acts whose doer a later "the incident", "the attack" refers back to
FORCEFUL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
REFERRED_ACT_NOUNS = frozenset("""incident attack attacks move moves action actions raid raids
    strike strikes assault killing killings bombing shelling arrest arrests step steps
    decision act acts provocation provocations bombardment aggression offensive incursion
    invasion""".split())
# what crowds do, never done to them: "Hundreds of students protested ..." is a main clause
# even when the parser reads a participle
CROWD_VERBS = frozenset("protest rally march demonstrate riot gather assemble mutiny".split())
# buildings a protest is held at that stand for whom it is aimed at ("outside the US embassy")
SEAT_NOUNS = frozenset("""embassy consulate parliament ministry palace office headquarters
    court legislature residence assembly commission presidency council secretariat tribunal
    senate congress prefecture governorate""".split())
# what a speaker says is needed ("a reform was needed", "dialogue is necessary")
NEEDED_WORDS = frozenset("need require necessary essential needed required vital imperative "
                         "urgent indispensable".split())
# prepositions of the site a protest or a show of force surrounds, enters or stands at
AIMED_SITE_PREPS = frozenset("around outside inside at near into in".split())
# buildings and grounds a protest or a deployment is aimed at
BUILDING_NOUNS = frozenset("""palace house building headquarters courthouse stadium airport
    campus university school hospital compound base barracks border square station port
    harbour harbor hall gate gates mosque church temple refinery plant factory mine
    checkpoint crossing statehouse capitol""".split())
# missions whose forces are peacekeepers ("a UN-backed security support mission")
MISSION_KINDS = frozenset("""security support peacekeeping stabilisation stabilization
    multinational un un-backed backed international observer monitoring""".split())
# vows that are threats when what is vowed harms ("vowed a crushing response")
VOWING_VERBS = frozenset("vow pledge promise swear".split())
HARMING_LEMMAS = frozenset("""punish crush destroy annihilate eliminate avenge retaliate hunt
    wipe obliterate prosecute sue indict""".split())
# what a vow or threat "to have X ..." would have done to X
CAUSED_HARM = frozenset("""shoot kill execute hang arrest jail imprison detain deport expel
    punish try prosecute sack fire remove ban beat torture""".split())
# arrivals of forces or relief teams (not visits): who, and what for
ARRIVING_VERBS = frozenset("arrive fly travel land reach".split())
TEAM_WORDS = frozenset("""rescuers rescuer medics doctors nurses firefighters engineers
    peacekeepers contingent team teams""".split())
RELIEF_WORDS = frozenset("""help assist aid support rescue search relief treat feed rebuild
    evacuate""".split())
# premises that police storm in a raid ("stormed the offices of the newspaper")
# plural words for a state's own forces or authorities ("Turkish forces" has a sector anyway)
STATE_NOUNS_PLURAL = frozenset("forces troops authorities officials planes jets warplanes".split())
# "the deployment was aimed at deterring Hezbollah", "the expulsion was intended to punish
# Moscow": verbs that state whom an act (their passive subject) is aimed at
AIM_VERBS = frozenset("aim intend mean design direct target calculate".split())
# verbs that make known an act done by someone else ("the seizure by X was announced by Y")
ANNOUNCING_VERBS = frozenset("announce confirm disclose reveal report publicise publicize".split())
# what a "warning" or "alert" compound can name without any threat ("missile warning data")
SIGNAL_NOUNS = frozenset("data system sign label light signal message app time".split())
# what a visitor comes to do ("called on the minister to discuss ...")
VISIT_PURPOSES = frozenset("""discuss review brief exchange congratulate convey deliberate
    felicitate""".split())
# who receives a courtesy call ("called on the prime minister at his residence"): a person
VISITED_TITLES = frozenset("""minister president premier ambassador envoy governor chief king
    queen leader secretary chairman chairperson counterpart speaker emir sultan prince pope
    commander mayor""".split())
PREMISES_NOUNS = frozenset("""office offices headquarters home house residence premises
    newsroom studio compound apartment flat""".split())
# a decision taken is the act decided ("Mali's decision to expel the ambassador")
DECISION_NOUNS = frozenset("decision move".split())
# a noun that commits its owner to a later act ("the minister's vow to crush the rebels", "the
# threat of closing the strait"): a promise or a threat, CAMEO's intent (03) or threat (13)
PROMISE_NOUNS = frozenset("vow pledge promise commitment undertaking".split())
# reproofs addressed to someone ("issued a sharp rebuke to China over X": at China)
REBUKE_NOUNS = frozenset("rebuke reprimand admonition reproach censure dressing-down".split())
# what a promise offers ("an offer to host talks between X and Y")
OFFER_NOUNS = PROMISE_NOUNS | frozenset("offer proposal bid".split())
# what a crowd demands of a leader ("chanting for the impeachment of X")
OUSTER_NOUNS = frozenset("""impeachment resignation ouster removal overthrow dismissal
    departure downfall arrest prosecution trial""".split())
THREAT_NOUNS = frozenset({"threat"})
# a conflict named as what an act is about ("a ceasefire in its war with X")
CONFLICT_NOUNS = frozenset("""war conflict fight fighting dispute standoff stand-off feud
    struggle battle confrontation hostility hostilities insurgency rivalry""".split())
# where someone lives or works: a raid on "the home of X" is on X
HOME_NOUNS = frozenset("""home house residence villa compound farm office offices
    headquarters apartment flat""".split())
MESSAGE_NOUNS = frozenset("letter message note memo ultimatum cable".split())
# papers and asks that someone authored: rejecting or accepting one is aimed at its author
APPLICATION_NOUNS = frozenset("membership accession candidacy bid application".split())
AUTHORED_NOUNS = frozenset("""request proposal demand offer plan bid appeal call initiative
    draft resolution motion invitation ultimatum application petition plea overture
    proposition suggestion text bill package blueprint roadmap formula framework membership
    accession candidacy""".split())
SENDING_VERBS = frozenset("send write address deliver hand pen dispatch".split())
# cooperation done with a partner ("with X" names the counterpart): 03 intend, 04 consult,
# 05 diplomatic cooperation, 06 material cooperation
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
VERBAL_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})  # not 01 comments
PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})
# acts two doers may do to each other with nobody else named ("X and Y cut ties", "clashed")
MUTUAL_ROOTS = PARTNER_ROOTS | {"07", "08", "15", "16", "19", "20"}  # "15": joint drills
# a state's own institutions and forces ("withdrew its troops"); its opposition, press or
# citizens are targets of their own. None: the country itself.
# (courts and parliaments act against their own executive, so they are not in it)
OWN_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY"})
# what an actor sends, moves or sells is its own ("sent troops to X", "selling drones to X")
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SPY"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing", "no-one"})


# the coder asks for one match's trigger tokens several times: kept for one Doc at a time
_TRIGGERS: list = [None, {}]  # Doc, {LexMatch: frozenset of token indices}


def trigger_tokens(doc, match: LexMatch) -> frozenset[int]:
    """Token indices of the trigger words themselves ("give ... grant"), not the words between
    them ("Tanzania" in "give Tanzania a grant" stays free to be the target)."""
    if _TRIGGERS[0] is not doc:
        _TRIGGERS[0], _TRIGGERS[1] = doc, {}
    found = _TRIGGERS[1].get(match)
    if found is None:
        words = set(match.trigger.lower().split())
        toks = tokens(doc)
        found = frozenset(i for i in range(match.start, match.end)
                          if toks[i].lower_ in words or toks[i].lemma_.lower() in words
                          ) or frozenset({match.start})
        _TRIGGERS[1][match] = found
    return found


def actor_key(actor: Actor | None) -> str | None:
    return None if actor is None else actor.code or actor.text.lower()


# Event nouns whose "of" phrase is the doer: "the withdrawal of Russian forces from Kherson"
OWN_ACT_NOUNS = frozenset(
    "withdrawal pullout pull-out retreat departure arrival visit resignation exit "
    "redeployment drawdown draw-down pullback pull-back".split())

# Event nouns of moving or handing something over: their "to" phrase is the recipient, their
# "of" phrase what is moved ("the sale of F-16 jets to Turkey", "the deployment of troops to
# Mali"); forces deployed with nobody else named deploy themselves
# acts that press someone to give way (appeals, demands, protests, threats, strikes) and the
# concessions that can answer them (yield, ease restrictions, ease dissent, accede to reform,
# ease sanctions)
PRESSURE_ROOTS = frozenset({"02", "10", "11", "13", "14"})
# verbs whose passive agent did the act its subject names ("the attack was perpetrated by X")
# who gives ("the largest donor to Cambodia"): an event noun only after a copula
GIVER_NOUNS = frozenset("donor lender supplier contributor".split())
COPULAS = frozenset("be remain become stay".split())
CAUSING_VERBS = frozenset("prompt spur lead drive cause provoke inspire".split())
# meetings someone called: "shunned the dialogue convened by the president"
CONVENED_NOUNS = frozenset("dialogue conference summit meeting talks forum".split())
MISSION_NOUNS = frozenset("embassy consulate mission legation".split())
PERMIT_VERBS = frozenset("let allow permit".split())
DOING_VERBS = frozenset("""perpetrate commit execute orchestrate mastermind plan claim
    coordinate spearhead initiate instigate attend submit file lodge present observe table
    enforce""".split())
CONCESSION_CODES = frozenset({"080", "081", "082", "083", "085"})
# what a demand or offer asks for, which names nobody: "an end to the violence in X"
ABSTRACT_AIMS = frozenset("""end halt stop cessation ceasefire truce return resumption release
    restoration withdrawal access solution settlement""".split())
SILENCING_VERBS = frozenset("suspend ban halt shut close block revoke freeze".split())
# verbs that hand their act to whom they command ("ordered troops to shell X")
ORDERING_VERBS = frozenset("order instruct command direct authorize authorise".split())
# "voiced confidence in the minister": whom one trusts
TRUST_NOUNS = frozenset("confidence trust faith belief".split())
ACCEPTING_VERBS = frozenset("accept approve endorse embrace agree sign".split())
PROPOSING_VERBS = frozenset("present propose table submit offer put draft unveil".split())
MEASURE_NOUNS = frozenset("day week month year decade hour night".split())
# "a US-brokered proposal", "a French-drafted resolution": who made it
AUTHORING_LEMMAS = frozenset("broker draft propose sponsor mediate author table".split())
# adjectives that say nothing of whose forces they are ("additional troops")
KIND_WORDS = frozenset("""paramilitary riot armed military security special elite reserve
    border naval marine combat regular auxiliary""".split())
QUANTITY_WORDS = frozenset("hundreds thousands dozens scores tens columns contingents".split())
PLAIN_ADJECTIVES = frozenset(
    "additional extra more fresh new further several many elite special heavy".split())
# acts done to weapons themselves: what they hit is whose the weapons are
INTERCEPT_VERBS = frozenset("shoot intercept down destroy neutralise neutralize".split())
# "in protest at X", "in response to X", "in retaliation for X": why an act was done
REASON_NOUNS = frozenset("protest response retaliation reprisal solidarity reaction".split())
AIMED_PREPS = frozenset({"on", "against", "at", "toward", "towards", "with"})
# people sought by another state's courts ("handed the suspect to France")
WANTED_NOUNS = frozenset(
    "suspect fugitive criminal accused convict kingpin lord militant wanted boss trafficker "
    "smuggler warlord financier hacker pirate terrorist jihadist fraudster murderer "
    "killer gangster".split())
# acts whose "from" phrase is the place left, not who gives ("the removal of troops from X")
LEAVING_NOUNS = frozenset("removal evacuation release return expulsion ouster".split())
# who reports, confirms or sees an event does not do it ("was reported by EU monitors")
WITNESS_VERBS = frozenset("""report confirm document detect see spot record witness notice
    photograph film verify""".split())  # (but "a strike observed by shopkeepers": theirs)
GIVING_VERBS = frozenset("""hand give return extradite deliver transfer send surrender
    release turn""".split())
GATHERING_NOUNS = frozenset("up buildup build-up massing concentration".split())
MOVING_NOUNS = frozenset(
    "deployment redeployment delivery sale shipment transfer supply dispatch export "
    "provision donation extradition deportation handover return repatriation restitution "
    "offer grant gift loan airlift disbursement".split())
HANDOVER_NOUNS = frozenset("extradition deportation handover transfer".split())
# what moving things do when they get where they go ("a donation of wheat reached Eritrea")
ARRIVAL_VERBS = frozenset("reach arrive land dock".split())

CROWD_NUMBERS = frozenset("hundreds thousands tens dozens scores millions".split())


def _crowd_number(tok: Token | None) -> bool:
    """ "Thousands", "Tens of thousands", "Hundreds" as a subject: a crowd of people."""
    if tok is None or tok.lower_ not in CROWD_NUMBERS:
        return False
    # "tens of thousands" is a crowd; "thousands of troops" names who they are
    inner = [g for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
             for g in children(c) if g.dep_ == "pobj"]
    return all(g.lower_ in CROWD_NUMBERS for g in inner)


# forces of nature and disease, which kill and destroy but are no actors
NATURAL_FORCES = frozenset("""tsunami earthquake quake tremor aftershock typhoon hurricane
    cyclone storm flood flooding landslide mudslide landslip drought wildfire bushfire
    avalanche eruption volcano heatwave tornado blizzard monsoon downpour rain famine epidemic
    pandemic outbreak virus disease cholera ebola""".split())


def _natural_force(actor: Actor | None) -> bool:
    """ "the Indian Ocean tsunami", "floods", "the 2015 earthquake": no actor at all."""
    if actor is None or actor.code or not actor.text:
        return False
    last = actor.text.split()[-1].lower()
    return last in NATURAL_FORCES or (last.endswith("s") and last[:-1] in NATURAL_FORCES)


def _heads_between(tok: Token, top: Token) -> list[Token]:
    """The heads from ``tok`` up to (not including) ``top``, its ancestor."""
    out = []
    h = tok.head
    while h.i != top.i and h.head.i != h.i and len(out) < 12:
        out.append(h)
        h = h.head
    return out


def anchored(actor: Actor | None) -> bool:
    """A dictionary actor or a named one; not a bare thing ("a residential block")."""
    return actor is not None and (actor.code is not None or actor.type != "other")


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor twice. Two named people are two actors even when they share a code
    ("Peres blamed Netanyahu": ISRGOV -> ISRGOV is an event, not a reflexive)."""
    if a.type == "person" and b.type == "person" and a.name != b.name:
        return False
    if (a.type == "person") != (b.type == "person") and a.code and b.code:
        return False  # "the White House defended Trump's decision": an office and its holder
    if actor_key(a) != actor_key(b):
        return False
    if a.country is None and b.country is None and a.sector and a.code == a.sector and (
            b.code == b.sector) and not _one_in_other(_bare_words(a.text), _bare_words(b.text)
                                                       ) and not (
            _bare_words(a.text) in PRONOUNS or _bare_words(b.text) in PRONOUNS):
        # two sector words of no known country, named differently ("Senate leader Schumer
        # huddled with House Republican leaders"): two parties, not one
        return False
    if a.sector == "GOV" and _subnational(a.text) != _subnational(b.text):
        return False  # "Governor Newsom implored the Trump administration": a state's
        # executive and the federal one
    if a.sector in ("COP", "JUD", "MIL", "SPY") and (
            _subnational(a.text, STATE_WORDS) != _subnational(b.text, STATE_WORDS)):
        return False  # "the FBI and the Michigan State Police", "the federal attorney
        # general's office and Jalisco state prosecutors": federal and state bodies
    names_a, names_b = _own_names(a.text), _own_names(b.text)
    if a.sector in ("COP", "JUD", "MIL", "SPY") and names_a and names_b and not (
            names_a & names_b):
        return False  # "Japan's Coast Guard and Maritime Self-Defense Force": two forces
        # of one state, each with its own name
    caps_a, caps_b = (frozenset(w.removesuffix("'s").lower() for w in t.split()
                                if w[:1].isupper() and w != "The") for t in (a.text, b.text))
    if a.sector == "GOV" and caps_a and caps_b and not (caps_a & caps_b) and (
            _subnational(a.text) and _subnational(b.text)):
        return False  # "the Kerala government signed an agreement with the Tamil Nadu
        # government": two regions' governments
    return True


STATE_WORDS = frozenset({"state"})
# verbs that make someone give in ("forced the president to lift martial law")
FORCING_VERBS = frozenset("force compel oblige pressure push coerce".split())
# what presses for a concession ("after pressure from the unions", "following complaints from
# Nepal")
# event nouns that, as modifiers, name a kind of thing ("fighting vehicles", "attack drones")
KIND_MODIFIERS = frozenset("fighting assault attack combat strike patrol surveillance".split())
# acts whose reason ("over X's remarks") names whom they answer when they name nobody else
REASON_ROOTS = frozenset({"02", "10", "11", "12", "13", "14", "15", "16", "17"})
# nouns that, with "the", name a firm already named ("the company", "the carmaker")
FIRM_DESCRIPTIONS = frozenset("""company firm carmaker automaker exchange platform lender
    insurer conglomerate manufacturer retailer airline""".split())
# nouns that, with "the", name a state already named ("the country", "the island")
STATE_DESCRIPTIONS = frozenset("country nation island kingdom republic emirate".split())
# quarrels whose other side an agreement to settle them is aimed at
DISPUTE_NOUNS = frozenset("dispute conflict row standoff feud quarrel spat war".split())
# prepositions whose object an act with nobody named is about ("an investigation into X")
THING_PREPS = frozenset("into against on over about toward towards".split())
# people sent to heal or rescue, not to fight
MEDIC_NOUNS = frozenset("""doctor medic nurse paramedic surgeon rescuer physician""".split())
# gatherings named as where something was done ("at a summit", "at a ceremony")
VENUE_NOUNS = frozenset("""summit meeting conference ceremony session forum gathering event
    briefing convention congress assembly funeral parade reception banquet dinner""".split())
# where a ceremony or a meeting stands, never whom it is with ("on the White House lawn")
SITE_NOUNS = frozenset("lawn sideline sidelines margin margins step steps podium tarmac".split())
CLASH_NOUNS = frozenset("clash confrontation skirmish scuffle standoff".split())
PRESSING_NOUNS = frozenset("""pressure demand call lobbying outcry uproar backlash clamour clamor
    complaint appeal plea request objection""".split())
# participles that give in to someone's pressure ("heeding appeals from X", "bowing to X")
YIELDING_VERBS = frozenset("heed yield bow cave bend respond accede".split())
# what forces do to the place they withdraw from ("pulled back, abandoning Kherson")
ABANDONING_VERBS = frozenset("abandon leave evacuate vacate quit cede surrender".split())
# how a missile ends up in the sea ("splashed down in waters off Japan")
FALLING_VERBS = frozenset("splash land fall crash plunge drop".split())
SEA_WORDS = frozenset("sea water waters ocean gulf".split())
# definite descriptions of a named group ("the group", "the movement")
GROUP_WORDS = frozenset("group movement militia organisation organization outfit faction".split())
# objects of idioms that name nothing acted on ("downed tools at the mine")
IDIOM_OBJECTS = frozenset({"tool"})


def _own_names(text: str) -> frozenset[str]:
    """The capitalised words of an actor's text that are not its country's name or adjective
    ("Japan's Coast Guard" -> Coast, Guard)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in text.split()]
    return frozenset(w.lower() for w in words if w[:1].isupper() and w.isalpha()
                     and w.lower() not in _country_words())


@functools.lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Every word of a country's names, aliases, adjectives and capitals (lower case)."""
    out: set[str] = set()
    for _, row in read_tsv(data_path("data", "actors", "countries.tsv"),
                           ("iso3", "name", "aliases", "adjectives", "capitals")):
        for cell in (row["name"], row["aliases"], row["adjectives"], row["capitals"]):
            for phrase in cell.split("|"):
                out.update(w.lower().removesuffix("'s") for w in phrase.split())
    return frozenset(out)


SUBNATIONAL_WORDS = frozenset("""governor governors mayor mayors premiers provincial municipal
    county regional governorate""".split())


@functools.lru_cache(maxsize=8192)
def _subnational(text: str, words: frozenset[str] = frozenset()) -> bool:
    low = text.lower()  # ("the Borno state government")
    split = low.replace("'s", "").replace("’s", "").split()
    return "state government" in low or any(w in SUBNATIONAL_WORDS or w in words
                                            for w in split) or any(
        " ".join(split[i:i + n]) in _region_names()
        for n in (1, 2, 3) for i in range(len(split) - n + 1))  # "the Tigray interim
    # administration": a region's own government


REGION_SUFFIXES = ("region", "province", "state", "governorate", "oblast", "district",
                   "territory", "county", "division", "department", "prefecture")


@functools.lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Lower-case names and aliases of the admin1 regions in ``data/geo/admin1.tsv`` (a
    suffix such as "Region" dropped), minus those that also name a country or capital."""
    out: set[str] = set()
    with open(data_path("data", "geo", "admin1.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    for row in rows:
        for name in [row[1], *(row[5].split(";") if len(row) > 5 else [])]:
            words = name.lower().split()
            while len(words) > 1 and words[-1] in REGION_SUFFIXES:
                words = words[:-1]
            if words:
                out.add(" ".join(words))
    national: set[str] = set()  # (a country's own names; regions listed as its aliases stay)
    for _, row in read_tsv(data_path("data", "actors", "countries.tsv"),
                           ("iso3", "name", "aliases", "adjectives", "capitals")):
        for cell in (row["name"], row["adjectives"], row["capitals"]):
            national.update(p.lower() for p in cell.split("|"))
    return frozenset(out - national)


def _place_only(actor: Actor) -> bool:
    """A town or region standing for its country ("Sittwe" -> MMR), not the state's own name,
    capital or people."""
    words = actor.text.split()
    last = words[-1].removesuffix("'s").removesuffix("’s") if words else ""
    return actor.type == "state" and actor.sector is None and (
        last[:1].isupper() and last.lower() not in _country_words())


def _one_in_other(a: str, b: str) -> bool:
    """ "demonstrators" and "demonstrators in Baghdad", "the Senate president" and "a Senate
    delegation": phrases that share a word other than a rank ("leader") name one body."""
    def words(t: str) -> set[str]:
        return {w.rstrip("s") for w in t.replace(",", " ").split()} - RANK_WORDS
    return bool(words(a) & words(b))


RANK_WORDS = frozenset("leader official member representative chief head senior top of in at the"
                       .split())


def _bare_words(text: str) -> str:
    words = text.lower().split()
    while words and words[0] in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    return " ".join(words)


SIDES_ROOTS = frozenset({"03", "04", "05", "06", "10", "11", "12", "13", "15", "16", "17", "18",
                         "19", "20"})
BYSTANDER_SECTORS = frozenset({"CVL", "REF", "MED", "HLH", "EDU", "BUS", "REL", "AGR", "LAB"})
CROWD_WORDS = frozenset("supporters followers protesters demonstrators people members".split())
STATE_SIDE_NOUNS = frozenset("country nation neighbour neighbor government".split())
SIDE_NOUNS = frozenset("""side party faction country nation neighbour neighbor rival foe leader
    president government delegation""".split())


def _both_sides(tok: Token) -> bool:
    """ "both sides", "the two parties", "the warring factions": the two parties of a conflict
    or of talks named before."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS":
        return False
    mods = {c.lower_ for c in children(tok) if c.dep_ in ("det", "nummod", "amod", "predet")}
    return "both" in mods or "two" in mods and "the" in mods or bool(
        mods & {"warring", "rival", "opposing"}) and tok.lemma_.lower() != "country"


def _governor_lemma(tok: Token) -> str:
    """The lemma of a verb that governs a clause, repaired when the lemmatiser got it wrong
    ("hopes" -> "hop"): the word itself minus a verb ending, if that is a known governor."""
    lemma = tok.lemma_.lower()
    if lemma in GOVERNORS or tok.pos_ not in ("VERB", "AUX"):
        return lemma
    w = tok.lower_
    for cand in (w, w[:-1], w[:-2], w[:-3], w[:-1] + "e" if w.endswith("d") else "",
                 w[:-3] + "e" if w.endswith("ing") else ""):
        if cand in GOVERNORS:
            return cand
    return lemma


def _held_at(claim: Claim) -> bool:
    """The claim's target is only where it happened: a place with no sector, named in an
    "in"/"at" phrase of the trigger ("rallied in the northern city of X")."""
    target = claim.target
    if target is None or target.type not in ("state", "other"):
        return False
    for prep in children(claim.trigger):
        # "took to the streets of Colombo": a city, even a capital read as its government
        streets = prep_object(prep) if prep.dep_ == "prep" else None
        if streets is not None and streets.lemma_.lower() in ("street", "square", "road") and any(
                p.dep_ == "prep" and p.lower_ == "of" and target.text in doc_text(p)
                for p in children(streets)):
            return True
    if target.sector:
        return False
    for prep in children(claim.trigger):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "outside", "near"):
            if target.text in doc_text(prep):
                return True
    return False


def doc_text(tok: Token) -> str:
    """The text of ``tok``'s subtree without punctuation at its edges."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    while end - 1 > start and tok.doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and tok.doc[start].is_punct:
        start += 1
    return tok.doc[start:end].text


@dataclass(slots=True)
class Claim:
    """One event found in a sentence, before dates, places and casualties are added."""

    match: LexMatch
    trigger: Token
    source: Actor | None
    target: Actor | None
    modality: str
    attribution: Attribution | None
    confidence: float
    speaker: Actor | None = None  # who the claim is attributed to, resolved


# people a violent act is done to, when the dictionary has no sector for them ("tortured an
# inmate in western Iran": the inmate, not the place, is the target)
PERSON_NOUNS = frozenset("""man men woman women child children boy girl baby person people
    inmate prisoner detainee captive hostage resident villager passenger pilgrim worshipper
    teenager youth family member relative suspect victim bystander shopper driver""".split())
# verbs that take their object's event as a fact: a negated "condemn the invasion" still
# tells of an invasion
FACTIVE_VERBS = frozenset("""condemn denounce criticize criticise deplore decry lament mourn
    welcome praise hail applaud investigate probe blame regret commemorate acknowledge
    recognize recognise avenge""".split())
# words that make an act one done together ("joint patrols", "coordinated raids")
JOINT_WORDS = frozenset({"joint", "combined", "coordinated"})
# "in coordination with X", "in partnership with X": done together with X
TOGETHER_NOUNS = frozenset("coordination cooperation partnership conjunction collaboration".split())
# buying from someone is dealing with them ("Turkey's purchase of S-400s from Russia")
BUYING_NOUNS = frozenset("purchase procurement acquisition import".split())
# people named by no country or group: where they are says whose civilians they are
GENERIC_PEOPLE = frozenset("people person resident civilian villager family".split())
# what an act is done with, never whom it is aimed at ("threw stones at police")
INSTRUMENT_NOUNS = frozenset("""stone rock brick bottle gas teargas bullet round shot rocket
    missile shell mortar grenade bomb cannon weapon arm firebomb drone uav artillery landmine
    mine ied""".split())
# devices that go off with nobody named ("a landmine exploded under a truck")
EXPLOSIVE_NOUNS = frozenset("""bomb landmine mine ied device explosive grenade""".split())
# what a receiver gets "from" a giver ("received 31 tanks from Washington"): aid by the giver
RECEIVED_ARMS = frozenset("""tank jet fighter warplane missile weapon arm drone helicopter
    howitzer ammunition munition rifle artillery cutter warship frigate interceptor
    launcher vehicle vessel boat aircraft radar""".split())
SUPPORTING_VERBS = frozenset("support back contribute".split())
CRITICAL_WORDS = frozenset({"critical"})
# what critics say of someone is an accusation ("critics say he used the coup as an excuse")
CRITIC_NOUNS = frozenset("critic detractor".split())
CRITICS_SAYING = frozenset("say argue contend charge allege claim complain".split())
SIGNING_VERBS = frozenset("sign reach ink conclude strike seal initial broker".split())
PROMISING_VERBS = frozenset("promise pledge vow agree offer undertake swear".split())
# what is contributed as aid, not as support ("ready to contribute troops")
AID_GOODS = frozenset("""troop soldier peacekeeper fund money aid personnel equipment support
    assistance""".split())
DEMAND_NOUNS = frozenset("demand condition call request ultimatum term terms".split())
STRIKING_THINGS = frozenset("""bomb missile rocket drone shell mine explosion blast airstrike
    device projectile mortar ied grenade bomber jet warplane strike round""".split())
HANDING_VERBS = frozenset("""hand give send pass submit deliver present transfer forward
    provide supply""".split())
CLOSING_VERBS = frozenset("close shut reopen open seal".split())
# participles that name the giver of what was received ("vehicles donated by Turkey")
GIVING_PARTICIPLES = frozenset("donate supply provide send gift give deliver ship".split())
RECEIVED_MONEY = frozenset("loan grant credit fund funding aid".split())
RECEIVED_RELIEF = frozenset("""vaccine dose medicine supply food tent blanket ration
    relief assistance""".split())
# who attacks with words ("the opposition attacked the budget") and what only words attack
TALKING_SECTORS = frozenset({"LEG", "OPP", "MED", "NGO", "HRI", "JUD", "EDU", "LAB", "BUS",
                             "ELI", "PTY"})
CRITICISED_THINGS = frozenset("""law bill policy plan proceeding proceeding proposal decision
    ruling budget reform legislation measure record report campaign programme program
    strategy remark comment statement speech impeachment inquiry investigation verdict
    judgment judgement deal agreement""".split())
# getting ready to attack: a show of force now ("were preparing to attack X")
READYING_VERBS = frozenset("prepare poise gear mass ready".split())
# holding someone for an offence: also an accusation ("jailed for espionage")
CHARGING_VERBS = frozenset("arrest detain jail imprison hold sentence apprehend".split())
CHARGE_NOUNS = frozenset("charge allegation suspicion accusation count".split())
OFFENCE_NOUNS = frozenset("""espionage spying treason terrorism corruption fraud murder
    sedition subversion extremism incitement blasphemy embezzlement bribery smuggling
    trafficking theft robbery rape assault kidnapping insulting defamation libel
    money-laundering laundering rebellion insurrection mutiny desertion""".split())
# where a device went off ("a bomb near the town of Samarra")
LOCATIVE_PREPS = frozenset("in near outside at on off".split())
# projectiles that land with nobody named ("a mortar round landed near the embassy")
PROJECTILE_NOUNS = frozenset("""rocket missile mortar shell round projectile katyusha""".split())
# what a device or a projectile does when it arrives: an attack only with one as its subject
# ("the minister's plane landed in Kabul" is no event)
IMPACT_VERBS = frozenset("land slam crash rain fall go explode detonate".split())
# texts whose content is their authors' act ("a bill that would sanction X")
DOCUMENT_NOUNS = frozenset("""bill resolution law legislation measure proposal plan decree
    amendment motion draft order""".split())
# verbs that state an attitude named by their object noun ("voiced its support")
EXPRESSING_VERBS = frozenset("""reiterate reaffirm express voice renew repeat restate confirm
    announce declare pledge extend convey underline underscore emphasize emphasise stress
    affirm""".split())
MISREAD_SUBJ_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CREATION_VERBS = frozenset("""establish build construct create found open""".split())


# reactions (complaints, refusals, threats, protests, sanctions, coercion) aimed at what
# provoked them, and the verbs that say so ("drew condemnation", "prompted a protest")
REACTION_ROOTS = frozenset({"11", "12", "13", "14", "16", "17"})
PROVOKING_VERBS = frozenset("""draw prompt spark trigger provoke cause earn attract elicit
    bring invite""".split())
TALK_NOUNS = frozenset("""talk talks negotiation dialogue deal agreement accord truce
    ceasefire cease-fire process meeting summit exchange swap""".split())
MEDIATING_VERBS = frozenset("mediate broker facilitate".split())  # (a host is a party)


def _mediator_phrase(tok: Token) -> bool:
    """ "talks mediated by Qatar and Egypt": the "by" phrase of a mediating participle."""
    t = tok
    for _ in range(4):
        if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.lemma_.lower() in (
                MEDIATING_VERBS):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _means(pobj: Token) -> bool:
    """ "by road", "by decree", "by force": how it was done (but "by the air force": who)."""
    return pobj.lemma_.lower() in MEANS_NOUNS and pobj.tag_ in ("NN", "NNP") and not any(
        c.dep_ in ("det", "poss", "compound") or c.ent_type_ in ("NORP", "GPE")
        for c in children(pobj))


def _names_claim(tok: Token) -> bool:
    """ "a charge", also misparsed as a modifier of the denier ("a charge Kigali denies")."""
    return tok.lemma_.lower() in CLAIM_NOUNS or any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in CLAIM_NOUNS for c in children(tok))


def _said_after(verb: Token) -> bool:
    """ "Sudan's army may attack El Fasher, diplomats warned": a warning verb that follows
    the clause it reports, with nobody warned, is a verb of saying; the warners predict, they
    do not threaten."""
    return verb.lemma_.lower() in ("warn", "caution") and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in children(verb)) and not any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("against", "of")
        for c in children(verb))


def _reason(prep: Token, verb: Token) -> bool:
    """ "in protest at X", "in response to X", "in retaliation for X": a phrase that says why
    the verb's act was done (the parser may hang "at X" on the verb itself)."""
    if prep.pos_ != "ADP" or prep.head.i != verb.i:
        return False
    if prep.lower_ == "in":
        return any(p.dep_ == "pobj" and p.lemma_.lower() in REASON_NOUNS for p in children(prep))
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lemma_.lower() in REASON_NOUNS and (
        before.head.lower_ == "in")


def _after_possessor(noun: Token) -> int:
    """Where ``noun``'s own words start: its modifiers, without a possessor or a country
    ("Erdogan's [government]", "the [health ministry]")."""
    # (nor a country before it: "[US] weapons shipments" are no actor)
    toks = tokens(noun.doc)
    start = noun.i
    while start > 0 and toks[start - 1].head.i == noun.i and toks[start - 1].dep_ in (
            "compound", "amod") and toks[start - 1].ent_type_ not in ("GPE", "NORP"):
        start -= 1
    return start


def _creates(verb: Token) -> bool:
    """ "set up a centre", "establish a commission", "build a plant": the object is made."""
    lemma = verb.lemma_.lower()
    return lemma in CREATION_VERBS or lemma == "set" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in children(verb))


def _undergoer_possessive(noun: Token) -> bool:
    """ "Mali's suspension by the African Union", "the activist's arrest by police": with a
    by-agent and no of-object, the possessor is who underwent the act."""
    kids = children(noun)
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in children(c))
        for c in kids) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)


def _with_place(noun: Token) -> int:
    """The last token of an attack's or device's phrase with where it happened ("a roadside
    bombing near the town of Samarra"): with nobody named, the place says whose unidentified
    armed group it was, and the phrase is what readers name as the doer."""
    end = noun.i
    for p in children(noun):
        if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS and any(
                _place_word(t) for t in p.subtree):
            end = max(end, p.right_edge.i)
    doc = noun.doc
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if end == noun.i and nxt is not None and nxt.dep_ == "prep" and (
            nxt.lower_ in LOCATIVE_PREPS) and any(_place_word(t) for t in nxt.subtree):
        end = nxt.right_edge.i  # (the parser hangs "outside the city of X" on the verb)
    return end


def _place_word(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN" and (
        tok.ent_type_ in ("", "NORP"))


def _device(subj: Token) -> Token | None:
    """The bomb or projectile a subject names ("a landmine", "a barrage of rockets"), if any."""
    head = subj
    if head.lemma_.lower() in ("series", "barrage", "volley", "salvo", "wave", "hail"):
        head = next((g for p in children(subj) if p.lower_ == "of" for g in children(p)
                     if g.dep_ == "pobj"), subj)
    noun = head.lemma_.lower()
    if head.pos_ == "PROPN" and noun.endswith("s"):
        noun = noun[:-1]  # ("Rockets were fired at Israel": a capital read as a name)
    if noun in EXPLOSIVE_NOUNS or noun in PROJECTILE_NOUNS and not (
            noun == "round" and not any(c.lemma_.lower() in ("mortar", "artillery", "tank")
                                        for c in children(head))):
        return head
    return None


def _received_aid(noun: Token) -> str | None:
    """The aid code of what a receiver got ("31 tanks", "$2 billion in loans", "vaccine
    doses"), None when it is not aid of a kind a giver gives."""
    words = [noun, *(g for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                     for g in children(p) if g.dep_ == "pobj")]
    for w in words:
        lemma = w.lemma_.lower()
        if lemma in RECEIVED_ARMS:
            return "072"
        if lemma in RECEIVED_MONEY:
            return "071"
        if lemma in RECEIVED_RELIEF:
            return "073"
    return None


def _charged(claim: Claim) -> Claim | None:
    """ "was arrested on charges of espionage", "jailed Navalny for extremism": whoever holds
    someone for an offence accuses them of it too (112, the same sides); the arrest stays."""
    verb = claim.trigger
    if claim.match.cameo[:3] != "173" or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in CHARGING_VERBS):
        return None
    for prep in children(verb):
        if prep.dep_ != "prep":
            continue
        objs = [g for g in children(prep) if g.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "for" and any(
                g.tag_ == "VBG" or g.lemma_.lower() in OFFENCE_NOUNS for g in objs) or (
                prep.lower_ in ("on", "over") and any(
                    g.lemma_.lower() in CHARGE_NOUNS for g in objs)):
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("112", m.trigger, m.specificity,
                                                             m.start, m.end))
    return None


def _impact(verb: Token) -> LexMatch | None:
    """ "a bomb hidden in a car went off at a market" (183), "a barrage of rockets landed
    near the embassy" (194): a device or projectile arriving is an attack by whoever sent it;
    the same verbs of anything else ("the plane landed") are no event."""
    lemma = verb.lemma_.lower()
    if lemma not in IMPACT_VERBS or verb.pos_ != "VERB" or (lemma == "go" and not any(
            c.dep_ == "prt" and c.lower_ == "off" for c in children(verb))):
        return None
    subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = _device(subj) if subj is not None else None
    if head is None:
        return None
    code = "194" if head.lemma_.lower().rstrip("s") in PROJECTILE_NOUNS else "183"
    end = max([verb.i, *(c.i for c in children(verb) if c.dep_ == "prt")]) + 1
    return LexMatch(code, " ".join(t.text for t in tokens(verb.doc)[verb.i:end]), 1, verb.i,
                    end)


def _instrument(noun: Token) -> bool:
    """ "stones", "rockets", "a series of bombs", "a barrage of missiles"."""
    if noun.lemma_.lower() in INSTRUMENT_NOUNS:
        # (but "a new round of talks": a session, not ammunition)
        return not (noun.lemma_.lower() == "round" and any(
            g.lemma_.lower() in ROUND_OF_NOUNS for p in children(noun) if p.lower_ == "of"
            for g in children(p) if g.dep_ == "pobj"))
    if noun.lemma_.lower() == "force" and noun.dep_ == "dobj" and (
            noun.head.lemma_.lower() in ("use", "employ", "authorize", "authorise")):
        return True  # "threatened to use force": a means, not the army of anyone
    return noun.lemma_.lower() in ("series", "barrage", "volley", "salvo", "wave", "hail",
                                   "dozen", "dozens", "hundred", "hundreds", "scores",
                                   "thousands") and any(
        g.lemma_.lower() in INSTRUMENT_NOUNS for p in children(noun) if p.lower_ == "of"
        for g in children(p) if g.dep_ == "pobj")


def _talked_about(verb: Token) -> bool:
    """A gerund that is the subject of "be": an act talked about, not one that happened."""
    return verb.dep_ in ("csubj", "csubjpass") and verb.tag_ == "VBG" and (
        verb.head.lemma_.lower() == "be")


def _ruled_out(copula: Token) -> bool:
    """ "is out of the question", "is not an option", "is unacceptable"."""
    kids = children(copula)
    if any(c.dep_ == "prep" and c.lower_ == "out" and any(
            g.lower_ == "of" and any(q.lemma_.lower() == "question" for q in children(g))
            for g in children(c)) for c in kids):
        return True
    negated = any(c.dep_ == "neg" for c in kids)
    return any(c.dep_ in ("attr", "acomp") and (
        c.lemma_.lower() in ("unacceptable", "impossible", "unthinkable")
        or negated and c.lemma_.lower() in ("option", "possible", "acceptable"))
        for c in kids)


AIMED_PREPS = frozenset({"on", "against", "into", "at", "toward", "towards", "over"})


def _nominal_path(tok: Token, top: Token) -> bool:
    """True when tok hangs under top through nouns and prepositions only (no clause)."""
    while tok.i != top.i:
        if tok.pos_ not in ("NOUN", "PROPN", "ADP", "ADJ") or tok.dep_ in (
                "relcl", "acl", "advcl", "ccomp", "xcomp"):
            return False
        tok = tok.head
    return True


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition, or the subject of its clause ("an inquiry into whether
    the minister was bribed", "an attack on the mayor calling him ...")."""
    for c in children(prep):
        if c.dep_ == "pobj":
            return c
    for c in children(prep):
        if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and (
                prep.lower_ in AIMED_PREPS if c.tag_ == "VBG"
                else prep.lower_ not in ("with", "without")):
            # "an attack on the government calling it corrupt", "asylum to five officers holed
            # up in ...": a participle the parser read as a clause with the object as subject
            for g in children(c):
                if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") and (
                        g.left_edge.i == prep.i + 1):
                    return g
        if c.dep_ == "pcomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if", "that")
                                     for m in children(c)):
            for g in children(c):
                if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN"):
                    return g
    if not children(prep):
        # "granted asylum to five officers holed up in ...": the parser made the object the
        # subject of the clause after it and left the preposition empty
        toks = tokens(prep.doc)
        for t in toks[prep.i + 1: min(len(toks), prep.i + 10)]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and (
                    t.left_edge.i == prep.i + 1):
                return t
    return None


def _strip_article(span) -> str:
    toks = list(span)
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip()


def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``: its left part plus "of"-phrases etc."""
    end = tok.i + 1
    for child in tok.rights:
        if tok.head.i > tok.i and child.i > tok.head.i:
            break  # "Mexico's government stationed troops ..., a move ...": an apposition
            # hung across the verb is not part of the subject
        if child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in children(child)):
            break  # "militants of attacking a post": a clause, not part of the name
        if child.dep_ == "punct" and child.text == "," and any(
                c.dep_ == "appos" and c.i > child.i for c in tok.rights):
            continue  # "his Iranian counterpart, Mostafa Najjar": the name after the comma
        if child.dep_ in PHRASE_RIGHT_DEPS or (child.dep_ == "prep" and (
                child.lower_ in ("of", "from") or child.lower_ == "for"
                and tok.lemma_.lower() in SERVING_FOR)):  # "a spokesman for the army"
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return tok.left_edge.i, end


def np_end(tok: Token) -> int:
    """Index of the last word of ``tok``'s phrase with its conjuncts ("Somalia, Ethiopia and
    Kenya"), without a relative clause or apposition hung on the last ("..., who have been
    facing drought")."""
    last = max((tok, *tok.conjuncts), key=lambda t: t.i)
    return max([last.i, *(c.right_edge.i for c in children(last) if c.i > last.i
                          and c.dep_ not in ("relcl", "acl", "punct", "appos", "cc", "conj"))])


def with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *[c for c in conjuncts(tok) if c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                   and len(c.text) > 1]]  # not the "A" of "SPLM/A"


class SentenceCoder:
    """Codes the sentences of one Doc, given its actor annotations."""

    def __init__(self, lexicon: Lexicon, actors: DocActors, places: DocPlaces | None = None):
        self.lex = lexicon
        self.actors = actors
        self.places = places
        self.converse_extra: set[int] = set()  # participles read by _converse
        self.memory: list[Actor] = []  # actors with a country, in the order they were resolved
        self.bodies: list[Actor] = []  # coded groups and organisations, likewise
        # the last two sides in contact or conflict, for "both sides" in a later sentence
        self.sides: tuple[Actor, Actor] | None = None
        self.state_sides: tuple[Actor, Actor] | None = None  # the last pair of two countries
        # the last forceful act of an earlier sentence, for "condemned the incident"
        self.last_act: Claim | None = None
        self.prior_acts: list[Claim] = []  # asserted acts of earlier sentences, latest first
        # who last made a claim or an accusation, for "denied the claim" in a later sentence
        self.claimant: Actor | None = None
        self._facts: dict[tuple[int, int], tuple[bool, list[Token]]] = {}
        self._pos: tuple = (None, [])  # (Doc, every token's pos_), read once per Doc
        self.speaker: Actor | None = None
        self._content: Token | None = None  # where target_actors' fallback thing came from
        self._found_at: Token | None = None  # the candidate that gave its named target
        # words inside a longer actor name, before its head: "riot" in "riot police"
        self._in_names = {i for m in actors.mentions if m.end - m.start > 1
                          for i in range(m.start, m.end - 1)}

    # -- actors -----------------------------------------------------------------------------
    def actor_of(self, tok: Token | None) -> Actor | None:
        if tok is None:
            return None
        if tok.dep_ in ("agent", "prep") and tok.pos_ == "ADP":
            tok = prep_object(tok)
            if tok is None:
                return None
        if tok.tag_ in ("WP", "WDT") and tok.lower_ in ("who", "which", "that", "whom"):
            # "M23 rebels, who (Kinshasa says) are backed by Rwanda": the antecedent (also
            # "Pakistan, to which the IMF disbursed $1 billion", "Ruto, against whom ...")
            up = tok.head
            while up.dep_ in ("ccomp", "conj", "xcomp", "prep") and up.head.i != up.i:
                up = up.head
            if up.dep_ != "relcl" or up.head.pos_ not in ("NOUN", "PROPN"):
                return None
            tok = up.head
        start, end = phrase_bounds(tok)
        if is_counterpart(tok):  # "its allies": not "it"
            return self._opposition(tok) or counterpart(tokens(tok.doc)[start:end])
        actor = self.actors.resolve(start, end)
        if actor is None and tok.right_edge.i + 1 > end:
            actor = self.actors.resolve(start, tok.right_edge.i + 1)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in VEHICLE_NOUNS and (
                actor is None or actor.code is None):
            # "a bus carrying Syrian soldiers", "a convoy of rival clansmen": who is aboard
            aboard = next((g for c in children(tok) if c.dep_ == "acl"
                           and c.lemma_.lower() in CARRYING_VERBS
                           for g in children(c) if g.dep_ == "dobj"), None) or next(
                (g for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children(c) if g.dep_ == "pobj"), None)
            inner = self.actor_of(aboard) if aboard is not None else None
            if anchored(inner) and inner.type != "other":
                first = start + (tok.doc[start].lower_ in ("a", "an", "the"))
                last = max(end, phrase_bounds(aboard)[1])
                return Actor(tok.doc[first:last].text, inner.name, inner.code, inner.country,
                             inner.sector, inner.type)
        if actor is None or actor.country is None and actor.type not in ("igo", "ngo"):
            pronoun = tok if tok.lower_ in PRONOUNS and tok.text != "US" else next(
                (c for c in children(tok) if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            if pronoun is not None:
                antecedent = self.antecedent(pronoun)
                if antecedent is not None and (pronoun is tok or actor is not None
                                               or tok.lemma_.lower() not in OTHERS_NOUNS):
                    # "its members", "his country" are it; "its owners", "their homes" are not
                    if actor is None or antecedent.type not in ("state", "person"):
                        # "it", or "its fighters" of a group: the antecedent itself
                        return Actor(antecedent.text, antecedent.name, antecedent.code,
                                     antecedent.country, antecedent.sector, antecedent.type)
                    if antecedent.sector and antecedent.sector == actor.sector and (
                            antecedent.type != "person" and antecedent.code):
                        # "the navy said its warships had ...": the navy's own ships are it
                        return Actor(antecedent.text, antecedent.name, antecedent.code,
                                     antecedent.country, antecedent.sector, antecedent.type)
                    return localise(actor, antecedent.country)
        if actor is not None and actor.country is None and actor.sector and (
                actor.type not in ("igo", "ngo")):
            # "a missionary from Winnipeg": people from a place the dictionary does not hold
            frm = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "from"),
                       None)
            pobj = prep_object(frm) if frm is not None else None
            place = self._place_at(pobj) if pobj is not None else None
            if place is not None and place.location.country:
                actor = localise(actor, place.location.country)
        if actor is not None and actor.country is None and actor.type not in ("igo", "ngo"):
            # "the regime", "the ministry", "the army": the last actor of that sector
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(tok)
                   ) and not any(t.pos_ == "PROPN" and t.i != tok.i
                                 for t in tokens(tok.doc)[start:end]):
                # not a named body: "the Government of National Accord" is not the last GOV
                earlier = next((m for m in reversed(self.memory) if m.sector == actor.sector), None)
                if earlier is not None and earlier.type != "person" and earlier.code and (
                        earlier.code.startswith(f"{earlier.country}{actor.sector}")):
                    # "the rebels" after "the Tigrayan rebels" (ETHREBTPL): that group, by the
                    # name it was given
                    named = earlier.type == "armed_group" and earlier.code != (
                        f"{earlier.country}{actor.sector}")
                    actor = Actor(earlier.text if named else actor.text, earlier.name,
                                  earlier.code, earlier.country, earlier.sector, earlier.type)
                elif earlier is not None:
                    actor = localise(actor, earlier.country)
        if tok.lemma_.lower() in FIRM_DESCRIPTIONS and tok.tag_ == "NN" and tok.i == start + 1 and (
                tokens(tok.doc)[start].lower_ in ("the", "this")) and tok.sent.start > 0:
            # "Volkswagen is Europe's largest carmaker. Regulators accused the company": the
            # organisation named in the sentence before, keeping what the description says
            prev = tok.doc[tok.sent.start - 1].sent
            name = next((e for e in reversed(prev.ents) if e.label_ == "ORG"), None)
            subj = next((c for c in children(prev.root) if c.dep_ == "nsubj"
                         and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "PERSON", "NORP")),
                        None)
            if name is None and subj is not None:  # ("Glencore is one of the largest ...")
                name = tok.doc[slice(*phrase_bounds(subj))]
            if name is not None:
                text = _strip_article(name)
                known = self.actors.resolve(name.start, name.end)
                if known is not None:
                    return Actor(text, known.name, known.code, known.country, known.sector,
                                 known.type)
                return Actor(text, text, None, None, "BUS", "organisation")
        if not anchored(actor) and tok.lemma_.lower() in STATE_DESCRIPTIONS and (
                tok.tag_ == "NN" and end - start == 2
                and tokens(tok.doc)[start].lower_ in ("the", "this")):
            # "Moldova is an EU candidate. The Commission granted the country a package": the
            # last state named before (not the clause's own subject)
            state = self._named_state_before(tok)
            if state is not None:
                return Actor(state.text, state.name, state.code, state.country, state.sector,
                             state.type)
        if not anchored(actor) and tok.lemma_.lower() in GROUP_WORDS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in children(tok)) and (
                end - start <= 2):
            # "a spokesman for the Houthis said the group had released the crew": the last
            # armed group, movement or organisation named
            body = next((b for b in reversed(self.bodies)
                         if b.type in ("armed_group", "organisation", "ngo")
                         and b.sector != "MED"), None)  # not "told reporters"
            if body is None:
                body = next((a for t in tokens(tok.doc)[tok.sent.start:start]
                             if t.pos_ == "PROPN" and t.head.i != t.i
                             for a in [self.actors.exact(*phrase_bounds(t))]
                             if a is not None and a.code and a.type == "armed_group"), None)
            if body is not None:
                return Actor(body.text, body.name, body.code, body.country, body.sector,
                             body.type)
        if actor is not None and actor.country is not None:
            self.memory.append(actor)
        if actor is not None and actor.code and actor.type in BODY_TYPES:
            self.bodies.append(actor)
        if actor is not None and (actor.country is not None or actor.sector is not None):
            located = self._located_text(tok, actor)
            if located is not None:
                actor = Actor(located, actor.name, actor.code, actor.country, actor.sector,
                              actor.type)
        if actor is None and tok.pos_ == "PROPN":
            place = self._place_at(tok)
            if place is not None:  # "from Sinai": a place the dictionary does not hold
                loc = place.location
                text = tok.doc[start:end].text if end - start <= 12 else place.text
                return Actor(text, loc.name, loc.country, loc.country, None, "state")
        if actor is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in TIME_NOUNS:
            return None
        if actor is None and (
                tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ not in NON_ACTOR_ENTS
                or tok.pos_ in ("NOUN", "NUM") and any(  # "hundreds of banks"
                    c.dep_ == "prep" and c.lower_ == "of" for c in children(tok))):
            # not in the dictionary: keep who (or what) it is, with no code. Named entities are
            # actors we do not know; other nouns ("a residential block") are type "other".
            first = start
            while first < end - 1 and tok.doc[first].lower_ in ("the", "a", "an"):
                first += 1
            text = tok.doc[first:end].text if end - start <= 12 else tok.text
            named = next((t for t in tok.doc[start:end] if t.ent_type_ in ("PERSON", "ORG")
                          and (t.dep_ == "appos" or t.head.dep_ == "appos")), None)
            if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_ACTOR_ENTS:
                kind = NAMED_ACTOR_ENTS.get(tok.ent_type_, "organisation")
            elif named is not None:  # "the reporter Awa Sidibe": a named person
                kind = NAMED_ACTOR_ENTS[named.ent_type_]
            elif tok.lemma_.lower() in ("country", "nation", "state") and tok.tag_ == "NNS" and (
                    not any(c.lower_ in ("the", "these", "those", "both", "their", "its", "our")
                            for c in children(tok))):
                kind = "state"  # "halted flights to 15 countries": states, unnamed (but
                # "the two countries" are the ones named before)
            elif tok.lemma_.lower() in BODY_NOUNS:  # "the committee", "a rights group"
                kind = "organisation"
                if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in children(tok)) and not any(
                        c.dep_ in ("amod", "compound", "nmod", "prep") for c in children(tok)):
                    # "the group's last holdout": the group named before
                    earlier = next((m for m in reversed(self.bodies)
                                    if m.type == "armed_group" or tok.lemma_.lower() != "group"),
                                   None)
                    if earlier is not None:
                        return Actor(text, earlier.name, earlier.code, earlier.country,
                                     earlier.sector, earlier.type)
            else:
                kind = "other"
            # "cities across Ukraine", "villages in Darfur": places of that country too
            iso = self._located_in(tok) if (
                tok.lemma_.lower() in PERSON_NOUNS or kind != "other"
                or tok.lemma_.lower() in PLACE_NOUNS and self.lex.match_noun(tok) is None
            ) else None  # (not "a state of siege in Bolivia")
            return Actor(text=text, name=text, code=iso, country=iso, sector=None, type=kind)
        return actor

    def _named_state_before(self, tok: Token) -> Actor | None:
        """The last state named before ``tok`` in its sentence or the two before it, leaving out
        the subject of ``tok``'s own clause ("Russia sold the country ...": not Russia)."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = {t.i for c in children(verb) if c.dep_ in ANY_SUBJ_DEPS for t in c.subtree}
        first = tok.sent.start
        for _ in range(2):
            if first > 0:
                first = tok.doc[first - 1].sent.start
        toks = tokens(tok.doc)
        for t in reversed(toks[first:tok.i]):
            if t.pos_ != "PROPN" or t.i in own or t.head.pos_ == "PROPN" and t.head.i > t.i:
                continue
            found = self.actors.resolve(*phrase_bounds(t))
            if found is not None and found.type == "state" and found.sector is None and (
                    found.country is not None):
                return found
        return None

    def _opposition(self, tok: Token) -> Actor | None:
        """ "opponents of the Togolese government", "the regime's critics": a government's
        opponents are its country's opposition (MDVOPP)."""
        if tok.lemma_.lower() not in ("opponent", "critic", "detractor"):
            return None
        holders = [c for c in children(tok) if c.dep_ == "poss"] + [
            g for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
            for g in children(c) if g.dep_ == "pobj"]
        for h in holders:
            gov = self.actors.resolve(*phrase_bounds(h))
            if gov is not None and gov.sector == "GOV" and gov.country and gov.type != "person":
                text = doc_text(tok)
                return Actor(text, f"{gov.country} opposition", gov.country + "OPP",
                             gov.country, "OPP", "group")
        return None

    def _located_in(self, tok: Token) -> str | None:
        """The country of an "in" place after people or a name the dictionary does not know:
        "prisoners in Iraq", "the Al-Amal Clinic in Gaza" are that country's (CAMEO codes
        unknown people and bodies by where they are). A thing keeps its place as the target
        instead."""
        # "the hostages in Mali", also one phrase down: "the parties to the war in Iraq"
        nodes = [tok, *[g for p in children(tok) if p.dep_ == "prep" and p.lower_ in ("to", "of")
                        for g in children(p) if g.dep_ == "pobj"]]
        for prep in (c for n in nodes for c in children(n)):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "throughout") and (
                    prep.i > tok.i):
                for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                    found = self.actors.resolve(*phrase_bounds(pobj))
                    if found is not None and found.type == "state" and found.sector is None:
                        return found.country
                    place = self._place_at(pobj)
                    if found is None and place is not None:
                        return place.location.country
        return None

    def _located_text(self, tok: Token, actor: Actor) -> str | None:
        """ "people in Somalia and Kenya": the place that gave a sector its country belongs to
        the actor's text (the phrase without it reads as anybody)."""
        for prep in children(tok):
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < tok.i:
                continue
            pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            place = self._place_at(pobj)
            if place is not None and actor.country in (None, place.location.country) and (
                    np_end(pobj) - tok.left_edge.i < 16):
                start = tok.left_edge.i
                while tok.doc[start].lower_ in ("the", "a", "an"):
                    start += 1
                end = np_end(pobj) + 1
                while end - 1 > start and tok.doc[end - 1].is_punct:
                    end -= 1
                return tok.doc[start:end].text
        return None

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What "it", "its", "they", "their" refer to: the speaker of a reported clause
        ("Damascus said its troops ..."), else the subject of the sentence or of the previous one.
        """
        v = pronoun
        head = pronoun.head
        if pronoun.lower_ in FIRST_PERSON:
            return self._quoted_speaker(pronoun)
        blamed = self._blamed_for(pronoun)
        if blamed is not None:
            return blamed
        asked = self._asked_party(pronoun) or self._told_party(pronoun)
        if asked is not None:
            return asked
        if pronoun.dep_ in ("dobj", "dative") and pronoun.lower_ in ("him", "her", "them"):
            # "When Modi travelled to Kyiv, Zelensky hosted him": the subject of the clause
            # set before the verb
            for clause in (c for c in children(head) if c.dep_ == "advcl" and c.i < head.i):
                subj = next((c for c in children(clause) if c.dep_ in SUBJ_DEPS), None)
                found = self.actors.resolve(*phrase_bounds(subj)) if subj is not None else None
                if anchored(found) and found.type == "person" and pronoun.lower_ != "them" or (
                        anchored(found) and pronoun.lower_ == "them"):
                    return found
        if pronoun.dep_ in ("dobj", "dative") and pronoun.lower_ in ("him", "her", "them") and (
                head.dep_ in ("advcl", "xcomp", "conj")):
            # "called Morrison to congratulate him", "ambushed the soldiers and killed them":
            # an object pronoun is the earlier verb's object, not anybody's subject
            # ("sent a letter to the head of NATO urging him to act": the addressee)
            for obj in (c for c in children(head.head) if c.dep_ in ("dobj", "dative")
                        and c.lower_ not in PRONOUNS and c.i < pronoun.i):
                if obj.pos_ == "ADP":
                    obj = prep_object(obj)
                    if obj is None:
                        continue
                found = self.actors.resolve(*phrase_bounds(obj)) or self.actor_of(obj)
                if anchored(found):
                    return found
        for _ in range(10):
            if v.head.i == v.i:
                break
            if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in SPEECH_VERBS:
                own = next((c for c in children(v) if c.dep_ in SUBJ_DEPS), None)
                if own is None and pronoun.lower_ in ("their", "they", "them") and any(
                        a.pos_ == "VERB" and a.i != v.i for a in pronoun.ancestors
                        if v.left_edge.i <= a.i <= v.right_edge.i and a.i != v.i
                        and v in a.ancestors):
                    # "nine soldiers were killed when gunmen ambushed their patrol, the army
                    # said": the reported clause's passive subject, not the reporter
                    own = next((c for c in children(v) if c.dep_ in PASSIVE_SUBJ_DEPS
                                and c.tag_ == "NNS"), None)
                if pronoun.dep_ in ("dobj", "dative") and pronoun.head.i == v.i and (
                        pronoun.lower_ in ("him", "her", "them", "it", "us")):
                    own = None  # "X said China had criticised her": not China itself
                if own is not None and own.lower_ not in PRONOUNS and not (
                        own.left_edge.i <= pronoun.i <= own.right_edge.i):
                    # "X reported that protesters blocked a road to show their anger": a pronoun
                    # past the reported clause's own subject is that subject
                    found = self.actors.resolve(*phrase_bounds(own))
                    if found is not None:
                        return found
                subj = next((c for c in children(v.head) if c.dep_ in SUBJ_DEPS), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    # "Action Against Hunger says it is providing ...": a speaker the
                    # dictionary does not know is still the antecedent
                    found = self.actors.resolve(*phrase_bounds(subj))
                    if found is None:
                        found = self.actor_of(subj)
                        if found is not None and not anchored(found):
                            found = None
                    if found is not None and is_counterpart(subj) and (
                            pronoun.lower_ in ("it", "its", "itself")):
                        return None  # "critics of the regime said its troops ...": not them
                    if found is not None and pronoun.lower_ in PERSONAL_PRONOUNS and (
                            found.type in ("state", "igo", "ngo") and subj.pos_ == "PROPN"
                            or subj.lemma_.lower() in GROUP_NOUNS):
                        break  # "The government said he had been detained": not the
                        # government, a person named before
                    return found
            v = v.head
        said = self._reporter_of(pronoun)
        if said is not None:
            return said
        sent = pronoun.sent
        candidates = [sent]
        if sent.start > 0:
            candidates.append(pronoun.doc[sent.start - 1].sent)
        if pronoun.lower_ in PERSONAL_PRONOUNS:
            wider = list(candidates)
            if len(wider) > 1 and wider[-1].start > 0:  # a person stays "he" a little longer
                wider.append(pronoun.doc[wider[-1].start - 1].sent)
            person = self._person_antecedent(pronoun, wider)
            if person is not None:
                return person
        for s in candidates:
            subj = next((c for c in children(s.root) if c.dep_ in ANY_SUBJ_DEPS),
                        None)
            if subj is not None and subj.i < pronoun.i and subj.lower_ not in PRONOUNS:
                found = self.actors.resolve(*phrase_bounds(subj))
                if found is not None and found.country is not None or (
                        found is not None and found.type in ("igo", "ngo")):
                    return found
                # "Greta Thunberg is a Swedish activist. She called on ...", "The National
                # Farmers' Union represents farmers. It led a rally ...": a named subject the
                # dictionary has no country for (a person for "she", a body for "it")
                if s is not sent and (found is None or found.type in (
                        "person", "organisation", "armed_group")) and (
                        subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG")):
                    named = found or self.actor_of(subj)
                    if anchored(named) and (
                            pronoun.lower_ in PERSONAL_PRONOUNS and named.type == "person"
                            or pronoun.lower_ in ("it", "its", "they", "their")
                            and named.type in ("organisation", "armed_group", "ngo", "igo")):
                        return named
                if s is sent and pronoun.lower_ in ("them", "they", "their") and (
                        found is not None and anchored(found) and subj.tag_ == "NNS"):
                    # "supporters clashed with police, who fired to disperse them": a group
                    # with no country of its own, named first in the same sentence
                    return found
        return None

    def _quoted_speaker(self, pronoun: Token) -> Actor | None:
        """ "I am ordering a ceasefire, Abiy announced", "We will not accept this, the
        minister said": "I", "we", "my" and "our" in a reported clause are its speaker (a
        "we" of nobody quoted refers to nobody we can name)."""
        v = pronoun
        for _ in range(12):
            if v.head.i == v.i:
                break
            if v.dep_ in ("ccomp", "parataxis", "advcl") and (
                    v.head.lemma_.lower() in SPEECH_VERBS):
                subj = next((c for c in children(v.head) if c.dep_ in SUBJ_DEPS), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    found = self.actors.resolve(*phrase_bounds(subj)) or self.actor_of(subj)
                    return found if anchored(found) else None
            v = v.head
        # "Rwanda is arming the rebels, Tshisekedi told the UN": a quote read the other way
        # round, the speaker's verb under the quote's own
        root = pronoun.sent.root
        speech = next((c for c in root.subtree if c.lemma_.lower() in SPEECH_VERBS
                       and c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                       and c.i > pronoun.i
                       and c.head.i == root.i), None)
        if speech is not None:
            subj = next((c for c in children(speech) if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                found = self.actors.resolve(*phrase_bounds(subj)) or self.actor_of(subj)
                return found if anchored(found) else None
        return None

    def _asked_party(self, pronoun: Token) -> Actor | None:
        """ "called on Rwanda to withdraw its forces and halt its support for the M23": "its"
        in what someone is asked to do is the party asked."""
        if pronoun.lower_ not in ("its", "their", "it", "they", "itself", "themselves"):
            return None
        v = pronoun.head
        for _ in range(4):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        top = v
        while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
            top = top.head  # "to withdraw its forces and halt its support"
        if top.dep_ not in ("xcomp", "advcl") or top.head.lemma_.lower() not in OBJECT_CONTROL or (
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(top))):
            return None
        asked = self.subject(top)
        if asked is None or asked.lower_ in PRONOUNS:
            return None
        found = self.actors.resolve(*phrase_bounds(asked))
        return found if anchored(found) else None

    def _told_party(self, pronoun: Token) -> Actor | None:
        """ "police told the protesters they would be arrested if they marched": who would
        suffer what the teller says, and who would do what it is conditioned on, is the party
        told (but in "told Kenya it would withdraw its troops" the teller acts: no match)."""
        if pronoun.lower_ not in ("they", "it") or pronoun.dep_ not in ANY_SUBJ_DEPS:
            return None
        v, conditional = pronoun.head, False
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                     for c in children(v)):
            v, conditional = v.head, True
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in TOLD_VERBS:
            return None
        suffers = pronoun.dep_ in PASSIVE_SUBJ_DEPS or v.lemma_.lower() in SUFFER_VERBS
        own = next((c for c in children(v) if c.dep_ in ANY_SUBJ_DEPS), None)
        if conditional and own is not None and (own.lower_ not in PRONOUNS or (
                own.dep_ in PASSIVE_SUBJ_DEPS or v.lemma_.lower() in SUFFER_VERBS)):
            suffers = True  # "... they would be arrested if they marched", "told the crowd
            # that police would fire if they advanced"
        if not suffers:
            return None
        told = next((c for c in children(v.head) if c.dep_ in ("dobj", "dative")
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if told is None:
            return None
        found = self.actors.resolve(*phrase_bounds(told)) or self.actor_of(told)
        return found if found is not None else None

    def _reporter_of(self, pronoun: Token) -> Actor | None:
        """ "Turkey shelled the positions, its defence ministry said": "its" in the speaker
        after a reported clause is that clause's subject."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
            return None
        speaker = pronoun.head
        verb = speaker.head
        if speaker.dep_ not in SUBJ_DEPS or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        reported = next((c for c in children(verb) if c.dep_ in ("ccomp", "parataxis")
                         and c.i < speaker.i), None)
        own = reported is not None and next(
            (c for c in children(reported) if c.dep_ in ANY_SUBJ_DEPS), None)
        if not own or own.lower_ in PRONOUNS:
            return None
        found = self.actors.resolve(*phrase_bounds(own))
        if found is not None and (found.country is not None or found.type in ("igo", "ngo")):
            return found
        return None

    def _person_antecedent(self, pronoun: Token, sents: list[Span]) -> Actor | None:
        """ "Police arrested the opposition leader. His supporters ...": "he", "his", "her"
        are the last single person named before (the subject first, then the objects),
        not a group ("police")."""
        for s in sents:
            nodes = [c for c in children(s.root) if c.dep_ in ANY_SUBJ_DEPS]
            nodes += [c for c in children(s.root) if c.dep_ in ("dobj", "dative")]
            # "the army chief said Hasina had resigned. Protesters stormed her residence":
            # a named person in the reported clause before an office-holder of the frame
            nodes += [g for c in children(s.root) if c.dep_ in ("ccomp", "parataxis")
                      for g in children(c) if g.dep_ in ANY_SUBJ_DEPS]
            found = [(n, self.actors.resolve(*phrase_bounds(n))) for n in nodes
                     if n.i < pronoun.i and n.lower_ not in PRONOUNS
                     and n.tag_ in ("NN", "NNP")]
            named = [a for n, a in found if a is not None and a.type == "person"]
            if named:
                return named[0]
            for n, a in found:
                if a is not None and a.sector and n.lemma_.lower() not in GROUP_NOUNS:
                    return a
            # "Evan Gershkovich was a correspondent ... Agents detained him": a person the
            # dictionary does not know, named as the subject before (no code)
            unknown = next((n for n, a in found if a is None and n.ent_type_ == "PERSON"
                            and n.dep_ in ANY_SUBJ_DEPS and s is not pronoun.sent), None)
            if unknown is not None and pronoun.lower_ not in ("it", "its", "they", "them",
                                                             "their"):
                text = _strip_article(unknown.doc[slice(*phrase_bounds(unknown))])
                return Actor(text, text, None, None, None, "person")
        return None

    def _blamed_for(self, pronoun: Token) -> Actor | None:
        """ "condemned Russia over its bombing of X", "sanctions against the regime due to its
        crackdown": the act a party is punished, judged or thanked for is that party's own."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their") or (
                noun.dep_ != "pobj"):
            return None
        prep = noun.head
        reason = prep.lower_ in ("over", "for", "due", "because") or (
            prep.lower_ in ("to", "of") and prep.head.lower_ in ("due", "because", "owing"))
        if not reason:
            return None
        v = prep
        for _ in range(6):  # up through "for a year due to", to the clause's verb
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return None
        subj = self.subject(v)
        cands = []
        for c in children(v):
            if c.dep_ in ("dobj", "dative"):
                cands.append(c)
                cands += [prep_object(g) for g in children(c) if g.dep_ == "prep"
                          and g.lower_ in ("against", "on")]
            elif c.dep_ == "prep" and c.lower_ in ("against", "on") and c.i < prep.i:
                cands.append(prep_object(c))
        for c in cands:
            if c is None or c.lower_ in PRONOUNS:
                continue
            found = self.actors.resolve(*phrase_bounds(c)) or self.actor_of(c)
            if anchored(found) and not (subj is not None and subj.left_edge.i <= c.i
                                        <= subj.right_edge.i):
                return found
        return None

    def actors_of(self, tok: Token | None) -> list[Actor]:
        if tok is None:
            return []
        if tok.pos_ == "ADP":
            tok = prep_object(tok)
            if tok is None:
                return []
        if self.sides is not None and _both_sides(tok):
            # "urged both sides to return to talks": the two named before ("the two
            # neighbours", "both countries": the last two countries)
            sides = self.sides
            if tok.lemma_.lower() in STATE_SIDE_NOUNS:
                sides = self.state_sides
            if sides is not None:
                text = doc_text(tok)
                return [Actor(text, a.name, a.code, a.country, a.sector, a.type) for a in sides]
        found = [self.actor_of(t) for t in with_conjuncts(tok)]
        found += self.coordinated_modifiers(tok, found[0])
        found = [a for a in found if a is not None]
        if found and " and " in found[0].text and all(a.text == found[0].text for a in found):
            return self._misparsed_pair(tok) or found
        return found

    def _misparsed_pair(self, tok: Token) -> list[Actor]:
        """ "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud", parsed
        as one noun phrase: two named people on either side of "and" are two actors."""
        start, end = phrase_bounds(tok)
        toks = tokens(tok.doc)
        cuts = [i for i in range(start + 1, end - 1) if toks[i].lower_ == "and"]
        if len(cuts) != 1:
            return []
        cut = cuts[0]
        left = self.actors.resolve(start, cut)
        right = self.actors.resolve(cut + 1, end)
        if not (left is not None and right is not None and left.code and right.code
                and "person" in (left.type, right.type) and left.name != right.name):
            return []
        out = []
        for actor, (lo, hi) in ((left, (start, cut)), (right, (cut + 1, end))):
            text = _strip_article(toks[lo:hi])
            out.append(Actor(text, actor.name, actor.code, actor.country, actor.sector,
                             actor.type))
        return out

    def coordinated_modifiers(self, tok: Token, head_actor: Actor | None) -> list[Actor]:
        """ "Nigerian and British armed forces": one more actor per coordinated country
        adjective, with the sector of the phrase."""
        if head_actor is not None and head_actor.type == "igo" and tok.pos_ == "NOUN":
            return self._coordinated_with_body(tok, head_actor)
        if head_actor is None or head_actor.country is None or head_actor.sector is None and (
                head_actor.type != "state" or tok.ent_type_ in ("GPE", "NORP", "LOC")):
            return []  # "the Turkish and Greek sides": a state's side, not the state's name
        out = []
        for adj in tok.lefts:
            if adj.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            # "Nigerian and British forces"; "Kenyan, Rwandan and South Sudanese troops"
            # (each adjective on the noun, and "South African" whole)
            for other in (adj, *conjuncts(adj)):
                found = self.actors.resolve(other.left_edge.i, other.i + 1)
                if found is not None and found.country and found.country != head_actor.country and (
                        not any(a.country == found.country for a in out)):
                    sector = head_actor.sector or ""
                    out.append(Actor(doc_text(tok), f"{found.name} {sector}".strip(),
                                     found.country + sector, found.country,
                                     head_actor.sector, head_actor.type))
        # "the armies of Chile and Peru": one more actor per coordinated country after "of"
        for prep in children(tok):
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < tok.i:
                continue
            pobj = prep_object(prep)
            for other in conjuncts(pobj) if pobj is not None else ():
                found = self.actors.resolve(*phrase_bounds(other))
                if (found is not None and found.type == "state" and found.sector is None
                        and found.country and found.country != head_actor.country):
                    sector = head_actor.sector or ""
                    out.append(Actor(doc_text(other), f"{found.name} {sector}".strip(),
                                     found.country + sector, found.country,
                                     head_actor.sector, head_actor.type))
        return out

    def _coordinated_with_body(self, tok: Token, body: Actor) -> list[Actor]:
        """ "British and EU negotiators", "UK and EU officials": a state coordinated with an
        international body in front of one noun is an actor of its own."""
        mods = [m for m in tok.lefts if m.dep_ in ("amod", "compound", "nmod", "poss")]
        if not any(c.dep_ == "cc" and c.lower_ == "and" for m in mods for c in children(m)):
            return []
        bare = self.actors.resolve(tok.i, tok.i + 1)
        sector = bare.sector if bare is not None and bare.sector in OWN_SECTORS else "GOV"
        out = []
        for m in (x for mod in mods for x in (mod, *conjuncts(mod))):
            found = self.actors.resolve(m.i, m.i + 1)
            if found is not None and found.type == "state" and found.sector is None and (
                    found.country) and not any(a.country == found.country for a in out):
                out.append(Actor(doc_text(tok), f"{found.name} {sector}", found.country + sector,
                                 found.country, sector, "state"))
        return out

    # -- structure helpers --------------------------------------------------------------------
    def subject(self, verb: Token) -> Token | None:
        """The syntactic subject, inherited through conj, xcomp, advcl-participles and relcl."""
        if verb.dep_ == "dobj" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            return self.subject(verb.head)  # "resumed funding to UNRWA": the resumer's
        if verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in (
                "have", "make") and verb.head.pos_ == "VERB" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            # "Russia had its foreign ministry expel four diplomats", "Moscow made its
            # commanders pull the troops out": a causative's act is its causer's
            causer = next((c for c in children(verb.head) if c.dep_ in SUBJ_DEPS), None)
            if causer is not None and any(c.dep_ in SUBJ_DEPS for c in children(verb)):
                return self.subject(verb.head)
        seen = 0
        v = verb
        while seen < 6:
            seen += 1
            author = None
            for c in children(v):
                if c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS and (
                        v.lemma_.lower() in STATE_PASSIVES  # "X is committed to helping"
                        or v.i != verb.i and v.lemma_.lower() in RAISING_PASSIVES | (
                            PASSIVE_CONTROL)):  # "the minister was forced to resign"
                    # "the leaders are expected to meet", "X is believed to have fired"
                    if v.dep_ == "relcl" and c.lower_ in ("who", "which", "that"):
                        author = self._document_author(v.head)
                        if author is None:
                            if v.head.dep_ == "conj" and v.head.head.pos_ in ("NOUN", "PROPN") and (
                                    v.tag_ == "VBP" or any(a.dep_ == "aux" and a.lower_ in (
                                        "have", "are", "were") for a in children(v))):
                                # "Brazil and Colombia, which have sought to mediate": a plural
                                # verb is both conjuncts' ("Colombia, which borders" is one's)
                                return v.head.head
                            return v.head
                        break
                    if c.lemma_.lower() in CLAIM_NOUNS:
                        # "..., a charge Rwanda has denied": the name in apposition denies
                        named = next((a for a in children(c) if a.dep_ == "appos"
                                      and a.pos_ == "PROPN"), None)
                        if named is not None:
                            return named
                    if c.lemma_.lower() in CAPTION_NOUNS:
                        # "In this 2019 photo, aide Yuri Ushakov attends ...": the caption's
                        # person, whom the parser hung as an apposition of "photo"
                        shown = next((a for a in children(c) if a.dep_ == "appos"), None)
                        if shown is not None:
                            return shown
                    return c
            if author is not None:
                v = author  # "introduced a bill that would sanction X": who brought the bill
                continue
            toks = tokens(v.doc)
            for lead in (c for c in children(v) if c.i < v.i):
                if lead.dep_ in MISREAD_SUBJ_DEPS and lead.text[:1].isupper() and (
                        lead.left_edge.i == v.left_edge.i
                        or toks[lead.left_edge.i - 1].text == ",") and (
                        v.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in children(v))
                        or v.tag_ == "VBN" and v.dep_ == "ROOT" and not any(
                            c.dep_ == "auxpass" for c in children(v))) and (
                        anchored(self.actors.resolve(*phrase_bounds(lead)))):
                    # "USAID had announced ...", "In all, USAID provided ...": a name the
                    # parser took for an adverb, first in its clause
                    return lead
            if v.dep_ == "ROOT" and (v.tag_ in FINITE_TAGS or any(
                    c.dep_ == "aux" for c in children(v))):
                fronted = self._fronted_subject(v)
                if fronted is not None:
                    return fronted
            if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
                if v.tag_ == "VBG" and v.head.dep_ in OBJ_DEPS and (
                        self.lex.match_noun(v.head) is not None
                        or not anchored(self.actors.resolve(*phrase_bounds(v.head)))):
                    # "staged a protest demanding X", "passed a resolution criticizing X":
                    # the doers of the object do what it says, unless it names its own
                    # ("blocked an EU statement criticising China": the EU's)
                    owner = next((c for c in children(v.head) if c.i < v.head.i and c.dep_ in (
                        "poss", "compound", "amod") and anchored(
                        self.actors.resolve(c.left_edge.i, c.i + 1))), None)
                    if owner is not None:
                        return owner
                    v = v.head.head
                    continue
                if v.tag_ == "VBG" and v.head.dep_ == "pobj" and v.head.head.head.pos_ in (
                        "VERB", "AUX") and self.lex.match_noun(v.head) is not None and (
                        v.head.head.head.i != v.head.head.i):
                    # "rioted after a demonstration demanding X", "joined a march calling
                    # for X": who took part
                    v = v.head.head.head
                    continue
                if v.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in children(v)) and (not anchored(
                        self.actors.resolve(*phrase_bounds(v.head)))
                        # ("the junta's pledge to release prisoners": the junta's)
                        or v.head.lemma_.lower() in UNREAL_NOUNS | PROMISE_NOUNS
                        | DECISION_NOUNS):
                    # "the decision by Ghana to expel the traders", "Mali's decision to
                    # expel X": whose decision it is
                    owner = next((c for c in children(v.head) if c.dep_ == "poss"), None) or next(
                        (g for c in children(v.head) if c.dep_ == "prep" and c.lower_ == "by"
                         for g in children(c) if g.dep_ == "pobj"), None)
                    if owner is not None and anchored(self.actor_of(owner)):
                        return owner
                    # "took a position to disperse the mob", "in a rush to investigate X":
                    # who took the position, who rushed
                    gov = v.head
                    for _ in range(4):
                        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                            break
                        gov = gov.head
                    if gov.pos_ in ("VERB", "AUX") and gov.i != v.i:
                        v = gov
                        continue
                    return None
                return v.head
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "for" and (
                    v.head.head.pos_ == "VERB"):
                # "praised Hungary for blocking the package", "arrested him for spying": the
                # one praised or punished did it
                judged = next((c for c in children(v.head.head) if c.dep_ == "dobj"
                               and c.i < v.i and anchored(self.actor_of(c))), None)
                if judged is not None:
                    return judged
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.head.pos_ == "ADJ":
                # "were guilty of violating", "found X guilty of stealing": who is guilty did it
                adj = v.head.head
                own = next((c for c in children(adj) if c.dep_ in SUBJ_DEPS), None)
                if own is not None:
                    return own
                if adj.dep_ == "oprd":
                    return next((c for c in children(adj.head) if c.dep_ == "dobj"), None)
                if adj.dep_ != "acomp" or adj.head.i == adj.i:
                    return None
                v = adj.head
                continue
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.head.pos_ == "NOUN" and (
                    v.head.head.i != v.head.i):
                # "reiterated the UN's commitment to supporting X": whose commitment it is
                noun = v.head.head
                if v.head.lower_ in ("of", "for") and noun.dep_ == "dobj" and (
                        noun.head.lemma_.lower() in ACCUSING_VERBS):
                    return noun  # "accused [the guerrillas of bombing X]" misattached
                own = next((c for c in children(noun) if c.dep_ == "poss"), None)
                if own is not None:
                    return own
                if noun.dep_ in OBJ_DEPS and noun.head.pos_ in ("VERB", "AUX"):
                    v = noun.head
                    continue
                return None
            prep = v.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:
                prep = prep.head  # "accused X of interfering and of supporting Y"
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and prep.head.pos_ in ("VERB", "AUX"):
                gov = prep.head
                obj = next((c for c in children(gov) if c.dep_ == "dobj"), None)
                if prep.lower_ in ("of", "with") and obj is not None or (
                        prep.lower_ in ("against", "from") and obj is not None
                        and gov.lemma_.lower() in WARNED_OFF_VERBS):
                    # "accused the firms of supplying drones": the accused supply them;
                    # "warned NATO against deploying troops": NATO would deploy them
                    if obj.lower_ in ("that", "who", "which") and gov.dep_ == "relcl":
                        return gov.head
                    return obj
                v = gov  # "spent billions on helping refugees": the spender helps
                continue
            if _talked_about(v) and v.head.dep_ in ("ccomp", "parataxis") and (
                    v.head.head.lemma_.lower() in SPEECH_VERBS):
                # "X said that removing the sanctions is out of the question": X would do it
                return next((c for c in children(v.head.head) if c.dep_ in SUBJ_DEPS), None)
            if v.dep_ == "prep" and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "AUX"):
                v = v.head  # "rioted following a march calling for X": "following" is a
                continue  # preposition here; who rioted took part
            if v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() in OBJECT_CONTROL and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children(v)):
                # "urged Israel to stop the bombing", "called on Kyiv to halt attacks": the
                # one asked would do it
                gov = v.head
                # ("called Erdogan to congratulate him" is a phone call with a purpose)
                asked = None if gov.lemma_.lower() in ("call", "appeal") else next(
                    (c for c in children(gov) if c.dep_ == "dobj"
                     and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
                if asked is None:
                    asked = next((g for c in children(gov) if c.dep_ == "prep"
                                  and (c.lower_ in ("on", "upon", "to") or c.lower_ == "with"
                                       and gov.lemma_.lower() == "plead")
                                  for g in children(c) if g.dep_ == "pobj"
                                  and g.ent_type_ not in ("DATE", "TIME")), None)
                if asked is not None and gov.lemma_.lower() in CAUSING_VERBS and not anchored(
                        self.actor_of(asked)):
                    asked = None  # "drove tractors into Paris to protest": the drivers did
                if asked is not None:
                    return asked
            if v.dep_ == "conj" and v.lemma_.lower() in SPEAKER_ACTS and (
                    v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in SPEECH_VERBS):
                # "Zelenskiy said the strikes hit power plants, and called on allies to ...":
                # the parser joins the appeal to the reported clause; it is the speaker's
                speaker = next((c for c in children(v.head.head) if c.dep_ in SUBJ_DEPS), None)
                if speaker is not None:
                    return speaker
            if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.lemma_.lower() in SPEECH_VERBS and (
                    (self.lex.match_verb(v) or LexMatch("010", "", 0, 0, 0)).cameo[:2]
                    in MATERIAL_CONFLICT_ROOTS):  # (but "..., he said, castigating X": his)
                # "jets struck the town, officials said, killing eight": the participle goes
                # with the reported clause before the speech verb, not with the speakers
                told = next((c for c in children(v.head) if c.dep_ in ("ccomp", "parataxis")
                             and c.i < v.head.i < v.i), None)
                if told is not None:
                    v = told
                    continue
            if v.dep_ in ("conj", "xcomp") or v.dep_ == "acomp" and (
                    v.pos_ == "VERB" or v.head.pos_ == "AUX") or (  # "is due to visit"
                    v.dep_ == "ccomp" and v.head.lemma_.lower() == "let"  # "let free"
                    and not any(c.dep_ == "dobj" for c in children(v.head))) or (
                    v.dep_ == "advcl" and (v.tag_ == "VBG" or any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children(v)))):
                # "..., saying", "sent troops to help X": the main clause's subject
                if v.head.i == v.i:
                    return None
                v = v.head
                continue
            return None
        return None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """ "With the signing of the accord, the government and the rebels have agreed ...":
        the parser sometimes coordinates the subject into the opening phrase. A member of that
        phrase after a comma that runs up to the verb, naming an actor, is the subject."""
        toks = tokens(verb.doc)
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.i > verb.i:
                continue
            for t in prep.subtree:
                if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                start = t.left_edge.i
                if start == 0 or toks[start - 1].text != ",":
                    continue
                last = max((c.right_edge.i for c in conjuncts(t) if c.i > t.i),
                           default=t.right_edge.i)
                tail = toks[last + 1:verb.i]
                if all(x.dep_ in ("aux", "auxpass", "neg", "advmod") for x in tail) and anchored(
                        self.actors.resolve(*phrase_bounds(t))):
                    return t
        return None

    @staticmethod
    def _document_author(noun: Token) -> Token | None:
        """The verb whose subject made the document ``noun`` ("drafted a resolution that ...",
        "voted for a law which ..."), or None when ``noun`` is not a document so placed."""
        if noun.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        gov = noun.head if noun.dep_ == "dobj" else (
            noun.head.head if noun.dep_ == "pobj" else None)
        return gov if gov is not None and gov.pos_ == "VERB" and gov.i != noun.i else None

    @staticmethod
    def passive_subject(verb: Token) -> Token | None:
        for c in children(verb):
            if c.dep_ in PASSIVE_SUBJ_DEPS:
                return c
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(verb)):
            # "who Kinshasa says are backed by Rwanda": "who" labelled a plain subject
            subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        reported = SentenceCoder.reported_subject(verb)
        if reported is not None:
            return reported
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            if verb.head.dep_ == "ROOT" and (any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "for"
                    for c in children(verb)) or verb.lemma_.lower() in CROWD_VERBS and not any(
                    c.dep_ == "agent" for c in children(verb))):
                # "A U.S. report called for sanctions.", "A report accused Iran of ...": a
                # verbless sentence whose "participle" has an object is a misparsed main verb
                # ("Three soldiers killed in blast" stays a passive)
                return None
            toks = tokens(verb.doc)
            if verb.head.dep_ == "ROOT" and verb.i > 0 and toks[verb.i - 1].text == "," and (
                    verb.head.pos_ == "PROPN") and not any(c.dep_ == "agent"
                                                            for c in children(verb)):
                # "Olusegun Obasanjo, the AU's envoy, mediated between ...": a verbless
                # sentence whose "participle" after a name and a comma is its main verb
                return None
            if verb.i > 0 and toks[verb.i - 1].text == "," and verb.head.i == verb.i - 2 and (
                    any(c.dep_ in ("dobj", "oprd") for c in children(verb))) and not any(
                    c.dep_ == "agent" for c in children(verb)):
                # "President William Ruto, called Abiy Ahmed on Monday to ...": the main verb
                # after a stray comma, not "a group called Hamas"
                return None
            return verb.head  # "soldiers killed by the blast", "footage released by X"
        if verb.dep_ == "conj" and verb.tag_ == "VBN":
            for c in children(verb.head):
                if c.dep_ in PASSIVE_SUBJ_DEPS:
                    return c
        return None

    @staticmethod
    def reported_subject(verb: Token) -> Token | None:
        """ "announcing the attack was carried out by X": the parser reads "the attack" as
        the object of the reporting verb and leaves the passive without a subject; the noun
        right before "was" is that subject (the garden path of a "that"-less complement)."""
        if verb.tag_ != "VBN":
            return None
        aux = next((c for c in children(verb) if c.dep_ == "auxpass" and c.i < verb.i), None)
        if aux is None or aux.i == 0 or any(c.dep_ in SUBJ_DEPS for c in children(verb)):
            return None
        noun = tokens(verb.doc)[aux.i - 1]
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj" and (
                noun.head.lemma_.lower() in REPORTING_VERBS):
            return noun
        return None

    def passive_agent(self, verb: Token) -> Token | None:
        """The doer of a passive: "by X", or "in an attack by X" one level down."""
        passive = None
        for c in children(verb):
            if c.dep_ == "agent" and not any(g.dep_ == "pobj" and _means(g) for g in children(c)):
                return c
            if c.dep_ == "prep" and c.lower_ == "by" and passive is None:
                passive = any(a.dep_ == "auxpass" for a in children(verb))
                if passive and not any(g.dep_ == "pobj" and (_means(g) or g.ent_type_ in (
                        "DATE", "TIME")) for g in children(c)):
                    return c  # "were sent tonnes of rice by Japan": "by" labelled a preposition
        for c in children(verb):
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "with"):
                # ("was threatened with sanctions by Kenya": "by" hung on the sanctions)
                for pobj in children(c):
                    if pobj.dep_ != "pobj" and not (pobj.dep_ == "pcomp" and c.lower_ == "with"):
                        continue  # ("threatened with sweeping tariffs by X": "sweeping" a verb)
                    for cc in children(pobj):
                        if cc.dep_ in ("prep", "agent") and (
                                cc.lower_ in NOUN_SOURCE_PREPS if c.lower_ != "with"
                                else cc.lower_ == "by"):
                            return cc
                    if c.lower_ in ("in", "during") and any(
                            a.dep_ == "auxpass" for a in children(verb)) and (
                            self._violent(pobj) or pobj.lemma_.lower() == "strike"):
                        # "was killed in a strike blamed on Israel", "in an Israeli strike"
                        for cc in children(pobj):
                            if cc.dep_ == "acl" and cc.lemma_.lower() in ("blame", "attribute"):
                                on = next((g for g in children(cc) if g.dep_ == "prep"
                                           and g.lower_ in ("on", "to")), None)
                                if on is not None and any(anchored(a)
                                                          for a in self.actors_of(on)):
                                    return on
                            if cc.dep_ in ("amod", "compound") and cc.i < pobj.i and any(
                                    anchored(a) and a.type == "state"
                                    for a in self.actors_of(cc)):
                                return cc
        if verb.tag_ == "VBN":
            # "were declared persona non grata by the government": "by" on the complement
            for c in children(verb):
                if c.dep_ in ("oprd", "attr", "dobj") or c.dep_ in ("advcl", "acomp") and (
                        c.pos_ == "ADJ"):  # "was promised a reply by X", "freed unharmed by X"
                    for cc in children(c):
                        if cc.dep_ in ("agent", "prep") and cc.lower_ == "by":
                            return cc
            if any(c.dep_ == "auxpass" for c in children(verb)):
                # "an offer was made to the opposition by the president", "were ordered to
                # leave Iran by the ministry": the parser hangs "by" on the phrase before it
                # (not an event noun's own agent: "put on alert after the attack by X")
                hosts = [g for c in children(verb) if c.dep_ == "prep" and c.lower_ not in (
                         "by", "after", "before", "following", "during", "despite", "amid",
                         "since", "until", "over") for g in children(c) if g.dep_ == "pobj"
                         and (self.lex.match_noun(g) is None or c.lower_ == "under")]
                # ("was placed under investigation by prosecutors": the noun is the verb's
                # own pattern, its "by" the verb's doer)
                hosts += [c for c in children(verb) if c.dep_ == "xcomp"]
                hosts += [o for h in hosts if h.dep_ == "xcomp" for o in children(h)
                          if o.dep_ == "dobj"]
                for h in hosts:
                    for cc in children(h):
                        if cc.dep_ not in ("agent", "prep") or cc.lower_ != "by":
                            continue
                        pobj = next((g for g in children(cc) if g.dep_ == "pobj"), None)
                        if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or _means(pobj):
                            continue
                        if anchored(self.actors.resolve(*phrase_bounds(pobj))):
                            return cc
            if any(c.dep_ == "auxpass" for c in children(verb)):
                # "was beaten and set alight by a crowd": the doer of both passives, named
                # once on the last
                for c in children(verb):
                    if c.dep_ == "conj" and c.tag_ == "VBN" and not any(
                            g.dep_ in ANY_SUBJ_DEPS for g in children(c)):
                        agent = next((g for g in children(c) if g.dep_ == "agent"), None)
                        if agent is not None:
                            return agent
        return None

    def object_candidates(self, verb: Token, match: LexMatch) -> list[Token]:
        """Where the target may be, best first: the objects of the trigger verb and of the
        verbs and nouns of its pattern ("agreed to open its borders to refugees", "summoned the
        ambassador", "carried out strikes on Idlib"), then the subject of a demanded clause
        ("demanded that X resign")."""
        doc = verb.doc
        consumed = trigger_tokens(doc, match)
        toks = tokens(doc)
        heads = [verb] + [toks[i] for i in sorted(consumed)
                          if i != verb.i and toks[i].pos_ in ("NOUN", "VERB")]
        out: list[Token] = []
        inner: list[Token] = []  # pattern prepositions whose object is the event itself
        for h in heads:
            for c in children(h):
                if c.dep_ in OBJ_DEPS and c.lower_ in ("that", "which", "who", "whom") and (
                        h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN")):
                    if h.head.i not in consumed:  # (not "the ambush that X staged": the act)
                        out.append(h.head)  # "the companies that it accused of ...": them
                    continue
                if c.dep_ == "prt" and c.lower_ == "up" and c.i + 1 < len(toks) and (
                        toks[c.i + 1].lower_ == "to" and toks[c.i + 1].head.i == c.i):
                    # "kidnapped up to 16 advisers": a number's "up to", not a particle
                    out += [g for g in children(toks[c.i + 1]) if g.dep_ == "pobj"
                            and any(n.dep_ == "nummod" for n in children(g))]
                if c.dep_ in OBJ_DEPS and (c.pos_ in ("NOUN", "PROPN") or (
                        c.pos_ == "PRON" and c.lower_ in PRONOUNS)):  # "met him"
                    # an object that is part of the pattern is still the target when it is not
                    # itself an event ("summoned the ambassador", not "launched an attack")
                    # "rejected the French plan": whose proposal is rejected, is the target
                    if _instrument(c) and verb.lemma_.lower() not in INTERCEPT_VERBS:
                        continue  # "threw stones", "exploded a series of bombs": what it
                        # was done with (but "shot down drones": what was hit)
                    if c.i in consumed and c.lemma_.lower() in IDIOM_OBJECTS:
                        continue  # "downed tools at the port": a word of the idiom
                    if c.i not in consumed or self.lex.match_noun(c) is None or (
                            match.cameo[:2] == "12"):
                        out.append(c)
        for h in heads:
            for c in children(h):
                # a preposition of the pattern ("meet with X", "called on X") keeps its object
                if (c.dep_ == "prep" or c.dep_ == "dative" and c.pos_ == "ADP") and (
                        c.lower_ in TARGET_PREPS or c.lower_ == "by" and c.i in consumed
                        or c.lower_ == "in" and h.pos_ == "VERB"
                        and any(g.dep_ == "pobj" and g.i in consumed for g in children(c))
                ):  # "hauled in the envoy": a particle read as a preposition
                    if h.pos_ == "NOUN" and c.lower_ not in NOUN_TARGET_PREPS:
                        continue
                    if c.lower_ == "at" and match.cameo[:2] not in ("04", "14") and any(
                            g.dep_ == "pobj" and g.lemma_.lower() in VENUE_NOUNS
                            for g in children(c)):
                        continue  # "lifted its veto ... at an emergency leaders' summit":
                        # where it was done, nobody it was done to
                    if c.lower_ in ("on", "at") and match.cameo[:2] not in (
                            "14", "17", "18", "19", "20") and any(
                            g.dep_ == "pobj" and g.lemma_.lower() in SITE_NOUNS
                            for g in children(c)):
                        continue  # "signed on the White House lawn", "met on the sidelines"
                    if c.lower_ == "with" and c.i == c.sent.start:
                        continue  # "With Lebanon's economy in free fall, Qatar gave ...":
                        # the circumstances, nobody acted with
                    if c.lower_ in ("over", "despite") and any(
                            g.dep_ == "pobj" and g.lemma_.lower() in OBJECTION_NOUNS
                            for g in children(c)) and match.cameo[:2] not in ("11", "12", "14"):
                        continue  # "sent troops into Los Angeles over the governor's
                        # objections": done in spite of them, not to the objector
                    if c.i < h.i and any(s.dep_ in ("nsubj", "nsubjpass") and c.i < s.i
                                         for s in children(h)) and not any(
                            g.dep_ == "pobj" and g.lower_ in ("which", "whom")
                            for g in children(c)):  # (but "X, to which Y disbursed ...")
                        continue  # "On a visit to Kenya, X voiced ...": scene, not target
                    if c.i < h.i and h.dep_ == "ROOT" and (
                            c.left_edge.i <= getattr(self._fronted_subject(h), "i", -1)
                            <= c.right_edge.i):
                        continue  # the opening phrase that holds the misparsed subject
                    if any(g.dep_ == "pobj" and g.i in consumed and not anchored(
                            self.actors.resolve(*phrase_bounds(g))) for g in children(c)) and (
                            match.cameo[:2] != "12"):  # but "opposed to the French plan"
                        # "went on strike", "remained on alert": the event itself (but "clashed
                        # with police" names whom); "calling for independence from Iraq": inside
                        inner.append(c)
                        continue
                    out.append(c)
                # "mobilized troops for an offensive against X", "for the war in X"
                if c.dep_ == "prep" and c.lower_ == "for":
                    for pobj in (g for g in children(c) if g.dep_ == "pobj"):
                        out += [g for g in children(pobj)
                                if g.dep_ == "prep" and (g.lower_ in ("against", "on") or (
                                    g.lower_ == "in" and pobj.lemma_.lower() in WAR_NOUNS
                                    and match.cameo[:2] == "15"))]
        for h in heads:
            for c in children(h):
                if c.dep_ == "ccomp" and match.cameo[:2] == "13" and not (
                        c.i in consumed or c.pos_ == "ADJ" or any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in children(c))):
                    # "warned they would close the strait if the United States joined"
                    out += [g for a in children(c) if a.dep_ == "advcl" and any(
                                m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                for m in children(a))
                            for g in children(a) if g.dep_ in ("nsubj", "nsubjpass")]
                # "demanded that X resign", "found X guilty" (a small clause of the pattern)
                if c.dep_ == "ccomp" and (c.i in consumed or c.pos_ == "ADJ" or any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in children(c))):
                    if match.cameo[:2] == "13":
                        # "warned that if the Houthis continued, London would act": a threat
                        # is aimed at who must meet its condition, not at who would act
                        out += [g for a in children(c) if a.dep_ == "advcl" and any(
                                    m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                    for m in children(a))
                                for g in children(a) if g.dep_ in ("nsubj", "nsubjpass")]
                    out += [g for g in children(c) if g.dep_ == "nsubj" or (
                        g.dep_ == "nsubjpass" and match.cameo[:2] == "10")]  # "demanded
                    # that the commission be disbanded": of whom it is demanded
                elif c.dep_ == "acl" and h.pos_ == "NOUN" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
                    out += [g for g in children(c) if g.dep_ == "nsubj"]  # "its demand that
                    # the US ease sanctions"
        objects = [c for h in heads for c in children(h)
                   if c.dep_ in OBJ_DEPS and c.pos_ in ("NOUN", "PROPN", "NUM")]
        objects += [g for c in inner for g in children(c) if g.dep_ == "pobj"]
        # "denounced as a crime Serbia's crackdown": the object the parser hung as an
        # apposition of the "as" phrase
        displaced = [a for h in heads if not any(c.dep_ in OBJ_DEPS for c in children(h))
                     for c in children(h) if c.dep_ == "prep" and c.lower_ == "as"
                     for p in children(c) if p.dep_ == "pobj"
                     for a in children(p) if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
        out += displaced
        objects += displaced
        # "condemned the attack and the threats made by X": coordinated objects too (but
        # not what an act is done with: "fired missiles and dozens of drones at X")
        objects += [c for o in objects for c in conjuncts(o) if c.pos_ in ("NOUN", "PROPN")]
        if verb.lemma_.lower() not in INTERCEPT_VERBS:  # "shot down 30 Ukrainian drones":
            objects = [o for o in objects if not _instrument(o)]  # the drones are hit
        out += self._inside(objects)
        for h in heads:
            for c in children(h):
                # "staged a hunger strike in protest against X"
                if c.dep_ == "prep" and c.lower_ == "in":
                    for pobj in (g for g in children(c) if g.dep_ == "pobj"
                                 and g.lemma_.lower() in ("protest", "response", "retaliation",
                                                          "defiance", "opposition", "solidarity",
                                                          "relation", "regard", "concession")):
                        out += [g for g in children(pobj) if g.dep_ == "prep"
                                and g.lower_ in ("against", "of", "at", "over", "to", "with")]
        for h in heads:
            for c in children(h):
                # "called for Riyadh to free the activists": whom the call is made of
                if c.dep_ in ("advcl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in children(c)):
                    out += [g for g in children(c) if g.dep_ == "nsubj" and g not in out]
        for h in heads:
            for c in children(h):
                # "refused to allow airlines to land", "convicted the bank to pay": the
                # subject of a complement clause of the trigger
                if c.dep_ == "ccomp" and c.i not in consumed:
                    out += [g for g in children(c) if g.dep_ == "nsubj"
                            and g.pos_ in ("NOUN", "PROPN") and g not in out]
        # "committed to repaying its creditors": the object of the promised act
        out += [o for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ == "to"
                for g in children(p) if to_gerund(g) and g.i not in consumed
                for o in children(g) if o.dep_ in ("dobj", "dative")
                and o.pos_ in ("NOUN", "PROPN") and o not in out]
        for h in heads:
            for c in children(h):
                # "donated ventilators to help Ethiopia": who a purpose clause is for
                # "pledged to work with China", "stands ready to send medics to the mission"
                if (c.dep_ in ("advcl", "xcomp") or c.dep_ == "acl" and h.pos_ == "NOUN"
                        and h.lemma_.lower() in OFFER_NOUNS) and c.i not in consumed and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
                    # ("made an offer to host talks between X and Y": as "offered to host")
                    # "gave approval for the Red Cross to visit": for whom
                    out += [g for g in children(c) if g.dep_ == "nsubj" and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in children(c))]
                    purpose = [g for g in children(c) if g.dep_ in ("dobj", "dative")
                               and g.pos_ in ("NOUN", "PROPN") and not _instrument(g)]
                    if c.lemma_.lower() in ("help", "assist", "enable", "allow"):
                        # "sent troops to help Somalia fight X" (the parser: "Somalia fight")
                        purpose += [g for cc in children(c) if cc.dep_ == "ccomp"
                                    for g in children(cc) if g.dep_ == "nsubj"
                                    and g.pos_ in ("NOUN", "PROPN")]
                    if _creates(c):
                        # "agreed to set up an institute in Barcelona": what is created is
                        # nobody the act is aimed at (the place is, when nobody else is); but
                        # "a force made up of Kenyan and Ugandan troops" names its members
                        members = [g for o in purpose for a in children(o) if a.dep_ == "acl"
                                   and a.lemma_.lower() in ("comprise", "compose", "make")
                                   for g in children(a) if g.dep_ == "prep"
                                   and g.lower_ == "of"]
                        purpose = []
                        out += members
                    out += purpose
                    out += [g for g in children(c) if g.dep_ in ("prep", "dative")
                            and g.pos_ == "ADP" and g.lower_ in TARGET_PREPS]
                    out += self._inside(purpose)  # "to show their disapproval of X"
        if match.cameo[:2] == "14":
            # "rallied outside the French embassy", "in front of parliament": whose seat it is
            # (also when the phrase hangs on the protest noun: "held a vigil outside X", but
            # "a hunger strike outside parliament to demand ...": whom the demand is aimed at)
            purpose = any(c.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(verb))
            for c in [*children(verb), *(g for o in children(verb) if o.dep_ == "dobj"
                                         and not purpose for g in children(o))]:
                if c.dep_ != "prep" or c.lower_ not in ("outside", "at", "in", "near"):
                    continue
                pobj = prep_object(c)
                if pobj is not None and pobj.lower_ == "front":
                    pobj = next((prep_object(g) for g in children(pobj) if g.dep_ == "prep"
                                 and g.lower_ == "of"), None)
                if pobj is not None and pobj.lemma_.lower() in SEAT_NOUNS:
                    out.append(pobj)
            # "chanting slogans against France": whom the crowd's cries are against
            cries = [a for a in children(verb) if a.dep_ == "advcl" and a.tag_ == "VBG"]
            cries += [c for a in cries for c in conjuncts(a) if c.tag_ == "VBG"]
            out += [p for a in cries for n in [a, *(o for o in children(a) if o.dep_ == "dobj")]
                    for p in children(n) if p.dep_ == "prep" and p.lower_ == "against"]
            # "chanting for the impeachment of X", "demanding the resignation of X": whose
            out += [g for a in cries for n in [a, *(o for o in children(a) if o.dep_ == "dobj")]
                    for p in [n, *(p for p in children(n) if p.dep_ == "prep"
                                   and p.lower_ == "for")]
                    for o in ([p] if p is n else children(p))
                    if o.lemma_.lower() in OUSTER_NOUNS
                    for g in children(o) if g.dep_ == "prep" and g.lower_ == "of"]
            # "called a general strike that paralysed the capital": what the protest did
            out += [o for h in heads if h.pos_ == "NOUN" for r in children(h)
                    if r.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in (
                        "that", "which") for c in children(r))
                    for o in children(r) if o.dep_ == "dobj"]
        return out

    def _alleged(self, prep: Token) -> list[Actor]:
        pobj = prep_object(prep)
        if pobj is None or pobj.lemma_.lower() not in ALLEGATION_NOUNS:
            return []
        for clause in (c for c in children(pobj) if c.dep_ in ("acl", "ccomp", "relcl")):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in children(clause)):
                subj = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")),
                            None)
                return [a for a in self.actors_of(subj) if a.type != "other"]
        return []

    def _recipient(self, verb: Token, match: LexMatch) -> list[Actor]:
        """ "the vase was handed back by Swiss officials to the Greek authorities": who
        receives what is handed over, in a passive."""
        if match.cameo[:2] != "07" and match.cameo[:3] not in ("084", "063", "087") and not (
                match.cameo[:2] == "03" and verb.lemma_.lower() in VOWING_VERBS | {
                    "offer", "guarantee", "assure"}):
            return []  # (also "control of the peninsula was handed over to Cameroon"; and
            # "guarantees were promised to Ukraine by Turkey")
        # ("were handed back to Kyiv by Russia": "to" hung on the particle)
        found = [a for c in [*children(verb), *(g for p in children(verb)
                                                if p.dep_ in ("advmod", "prt")
                                                and p.lower_ in ("back", "over")
                                                for g in children(p))]
                 if c.dep_ == "prep" and c.lower_ == "to" for a in self.actors_of(c)]
        if not found and match.cameo[:2] == "07":
            # "rations were airdropped over Gaza", "flour was trucked into Tigray": where it
            # went
            for c in children(verb):
                if c.dep_ == "prep" and c.lower_ in ("into", "over", "onto"):
                    pobj = prep_object(c)
                    place = self._place_at(pobj) if pobj is not None else None
                    if place is not None:
                        loc = place.location
                        return [Actor(doc_text(pobj), loc.name, loc.country, loc.country, None,
                                      "state")]
        return found

    def _addressed(self, verb: Token) -> list[Actor]:
        """ "A request for X was submitted to the United States by Peru", "a curfew was imposed
        on Imphal by the state government": whom the light passive delivers the event noun to
        or imposes it on."""
        for c in children(verb):
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "upon", "against"):
                if c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in SITE_NOUNS
                                            for g in children(c)):
                    continue  # "signed on the White House lawn": where
                found = [a for a in self.actors_of(c) if anchored(a)
                         and not (c.lower_ == "on" and a.sector == "MED")]  # ("announced on
                # state television": where it was said)
                if found:
                    return found
                pobj = prep_object(c)
                place = self._place_at(pobj) if pobj is not None else None
                if place is not None:  # "imposed on the city of Imphal"
                    loc = place.location
                    return [Actor(doc_text(pobj), loc.name, loc.country, loc.country, None,
                                  "state")]
        return []

    def _meeting_sides(self, subj: Token | None) -> list[Actor]:
        """The two sides of an event noun subject: "talks between X and Y", "the summit
        between X and Y"."""
        if subj is None or subj.pos_ != "NOUN" or self.lex.match_noun(subj) is None:
            return []
        between = next((c for c in children(subj) if c.dep_ == "prep" and c.lower_ == "between"),
                       None)
        pair = [a for a in self.actors_of(between) if anchored(a)] if between is not None else []
        return pair if len(pair) >= 2 else []

    def _violent(self, noun: Token) -> bool:
        found = self.lex.match_noun(noun)
        return found is not None and found.cameo[:2] in ("18", "19", "20")

    def _denounced_act(self, noun: Token) -> bool:
        """An act a protest may denounce as its doer's: any event noun but support, help and
        cooperation ("Washington's support for X" is denounced at its embassy)."""
        found = self.lex.match_noun(noun)
        return found is not None and found.cameo[:2] not in ("03", "04", "05", "06", "07")

    def _bare(self, tok: Token) -> bool:
        """No nationality in the phrase itself ("peacekeepers", not "Ghanaian peacekeepers"):
        a country it got from the sentence around it is only a guess."""
        if tok.pos_ == "ADP":
            tok = prep_object(tok)
        if tok is not None and (tok.lower_ in QUANTITY_WORDS or tok.pos_ == "NUM"):
            # "hundreds of extra police": the people counted
            tok = next((prep_object(c) for c in children(tok) if c.dep_ == "prep"
                        and c.lower_ == "of"), tok)
        return tok is not None and tok.pos_ == "NOUN" and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep")
            and c.lower_ not in PLAIN_ADJECTIVES
            and not (c.dep_ == "prep" and c.lower_ == "for")  # ("reservists for the war")
            # ("100,000 troops along Ukraine's border": where they are, not whose)
            and not (c.dep_ == "prep" and c.lower_ in FACING_PREPS)
            # (a kind, not a nationality: "paramilitary police", "riot police")
            and not (c.dep_ in ("amod", "compound") and c.lower_ in KIND_WORDS)
            for c in children(tok))

    def _inside(self, objects: list[Token], depth: int = 2) -> list[Token]:
        """Prepositions inside object phrases that may hold the target: "condemned an attack by
        X", "demanded an explanation from X", "one of the Kremlin's critics", "suspended air
        links with X" (two levels down when the first is no actor), "prevented a march staged by
        students" (the agent of the object's participle)."""
        out: list[Token] = []
        for obj in objects:
            for c in children(obj):
                if c.dep_ == "prep" and c.lower_ in OBJECT_INNER_PREPS:
                    out.append(c)
                    pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
                    if depth > 1 and pobj is not None and not anchored(
                            self.actors.resolve(*phrase_bounds(pobj))):
                        out += self._inside([pobj], depth - 1)
                elif c.dep_ == "acl":
                    if c.lemma_.lower() in ("link", "belong", "tie", "connect") and (
                            obj.lemma_.lower() not in PERSON_NOUNS):
                        # "impounded a superyacht linked to Vladimir Putin": whose it is
                        out += [g for g in children(c) if g.dep_ == "prep" and g.lower_ == "to"]
                    if obj.lemma_.lower() not in PERSON_NOUNS:  # but "rescued hostages held
                        # by bandits" is aimed at the hostages, never their captors
                        out += [g for g in children(c) if g.dep_ == "agent"]
                    if c.tag_ == "VBN" and not any(g.dep_ == "agent" for g in children(c)):
                        # "lifted the restrictions imposed on X": on whom (but "the appeal
                        # lodged by X against Y" is X's)
                        out += [g for g in children(c) if g.dep_ == "prep"
                                and g.lower_ in ("on", "upon", "against")]
                    if obj.lemma_.lower() in DEMAND_NOUNS and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
                        # "stood by its demand that the junta free X": of whom;
                        # "conceded to demands that exiles be allowed to vote": for whom
                        out += [g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
                elif c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                    out.append(c)  # "violated Manila's truce", "accepted Iran's offer"
        return out

    def target_actors(self, verb: Token, match: LexMatch, source: Actor | None = None
                      ) -> list[Actor]:
        """The first candidate naming an actor ("provided 5 million euros to Yemen" -> Yemen),
        else the first thing named ("shelled a residential block"). The source's own people
        ("withdrew its troops from Sinai", "sent troops to Syria", "opened its borders to
        refugees") give way to another actor or to the place abroad where the act is aimed."""
        fallback: list[Actor] = []
        own: list[Actor] = []
        pattern = trigger_tokens(verb.doc, match)
        candidates = self.object_candidates(verb, match)
        if verb.dep_ in ("relcl", "acl") and verb.head.i in pattern:
            # "the ambush that fighters staged near X": the relative pronoun is the act itself
            candidates = [c for c in candidates if c.lower_ not in ("that", "which")]
        handed = [c for c in children(verb) if c.dep_ == "xcomp" and c.i in pattern
                  and c.i != verb.i and any(o.dep_ == "dobj" for o in children(c))]
        if handed and verb.lemma_.lower() in ORDERING_VERBS:
            # "ordered the army to neutralise 22 gangs": the gangs, not one's own forces
            # ordered (but "ordered the newspaper to suspend publication": the paper)
            candidates = [c for c in candidates if not (
                c.dep_ == "dobj" and c.head.i == verb.i and any(
                    a.sector in FORCE_SECTORS and (source is None or a.country in (
                        None, source.country)) for a in [self.actor_of(c)] if a is not None))]
        if match.cameo[:2] == "15":
            # "flew troops into Culiacan to reinforce a garrison overwhelmed by fighting
            # between cartel factions": what a thing went through names no foe
            candidates = [c for c in candidates if not (
                c.dep_ == "agent" and c.head.dep_ == "acl" and c.head.head.i != verb.i)]
        if match.cameo[:2] == "15" and self._sent_to(verb):
            # "deployed special forces to Zamfara state to hunt down bandits": where forces
            # are sent comes before what they are sent to do
            # (but "to counter the Arakan Army" names whom the force faces)
            candidates = [c for c in candidates if not (
                c.dep_ == "dobj" and c.head.i != verb.i
                and c.head.dep_ in ("advcl", "xcomp", "acl", "relcl")
                and c.head.lemma_.lower() not in DETERRING_VERBS)]
        # "discussed Libya with Trump": the partner of a cooperative act, not the topic; but
        # "supported the police with intelligence": an actor as object is the partner itself
        # (the object's own words, unless the pattern names them: "shared intelligence on
        # al-Shabaab with X" shares no actor)
        partner = match.cameo[:2] in PARTNER_ROOTS and not any(
            a.sector is not None or a.type != "state"
            for c in candidates if c.dep_ in OBJ_DEPS and c.i not in pattern
            for a in [self.actors.resolve(c.left_edge.i, c.i + 1)] if anchored(a))

        giving = match.cameo[:2] == "07" or match.cameo[:3] in ("084", "085")
        # judging an attack ("condemned / praised the attack on X") is about its doer
        disapproving = match.cameo[:2] == "11" or match.cameo[:3] == "051"

        # things, not people; information handed over ("gave the files to X") is shared (064)
        # (also a person handed over or extradited: "extradited an activist to Bangkok")
        handing = match.cameo[:2] == "07" or match.cameo[:4] in ("0842", "064", "0873") or (
            match.cameo[:4] == "0831" and verb.lemma_.lower() in ("hand", "transfer", "cede",
                                                                   "return", "give")) or (
            match.cameo[:3] == "063" and any(p.dep_ == "prep" and p.lower_ == "to"
                                             for p in [*children(verb), *(
                                                 t for o in children(verb) if o.dep_ == "dobj"
                                                 for t in o.subtree)]))
        if giving and verb.lemma_.lower() in ("airdrop", "drop", "parachute"):
            # "airdropped food parcels over northern Gaza": where it fell
            candidates += [p for h in [verb, *(o for o in children(verb) if o.dep_ == "dobj")]
                           for p in children(h) if p.dep_ == "prep" and p.lower_ == "over"
                           and p not in candidates]
        if giving:
            # "bankrolled reconstruction in quake-hit Gansu": aid for work in a place goes
            # to the place (after an actor the object names)
            candidates += [p for o in children(verb) if o.dep_ in ("dobj", "nsubjpass")
                           and o.pos_ == "NOUN" for p in children(o)
                           if p.dep_ == "prep" and p.lower_ == "in" and p not in candidates]
        if handing:
            # "returned a painting of the Virgin to the museum": the recipient's "to" phrase,
            # also when the parser hangs it inside the object
            # "handed the town back to X": the parser hangs "to" on the particle
            candidates += [t for a in [*children(verb), *(g for o in children(verb)
                                                          if o.dep_ == "dobj"
                                                          for g in children(o))]
                           if a.dep_ in ("advmod", "prt", "prep")
                           and a.lower_ in ("back", "over") for t in children(a)
                           if t.dep_ == "prep" and t.lower_ == "to" and t not in candidates]
            for obj in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")):
                # ("extradited a businessman wanted for money laundering to the US": the
                # parser hangs "to" on the charge)
                candidates += [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to"
                               and (t.head.pos_ in ("NOUN", "PROPN", "ADJ") or t.head.dep_ in (
                                   "relcl", "acl") or t.head.tag_ == "VBG")
                               and t not in candidates]

        # "appealed to the authorities to free X", "pressed the government to act against
        # militants": a request is aimed at whom it is addressed to, not at its content
        asking = match.cameo[:2] in ("02", "10")

        froms: list[Token] = []
        toks = tokens(verb.doc)

        def rank(c: Token) -> int:
            if c in froms:
                return -2
            if asking and ((c.head.i == verb.i or c.head.i in pattern and c.lower_ == "with")
                           and (c.dep_ == "dobj" or c.dep_ == "prep"
                                and c.lower_ in ("to", "on", "upon", "with"))
                    or c.dep_ == "nsubj" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                 for m in children(c.head))
            ) and anchored(self.actor_of(c)):
                return -1
            if c.pos_ != "ADP":
                # "gave the junta a week to ...": who is given it (an indirect object)
                return 0 if c.dep_ == "dative" and c.head.i == verb.i else 1
            if c.lower_ == "over" and c.head.i == verb.i and match.cameo[:2] not in (
                    "09", "10", "11", "12", "13"):  # "complained over the raids": at them
                reason = prep_object(c)
                if reason is not None and reason.pos_ == "NOUN" and (
                        self.lex.match_noun(reason) is not None
                        or not anchored(self.actors.resolve(*phrase_bounds(reason)))
                        # ("closed its embassy in Ireland over Dublin's policies", "slaps
                        # sanctions on Russia over Ukraine war": whose policy or war it is
                        # comes after where the act is aimed)
                        or any(p.dep_ in ("poss", "compound") for p in children(reason))
                        and self.actors.resolve(reason.i, reason.i + 1) is None):
                    # ("imposed sanctions on Belarus over drone supplies to Russia")
                    return 3  # "issued a warrant for Putin over the deportation of children":
                    # what the act is over is its reason, not whom it is aimed at
            if handing and c.lower_ == "to" and c.head.i != verb.i and (
                    c.head.left_edge.i > verb.i or c.head.dep_ in ("dobj", "nsubjpass")
                    or c.i > verb.i):
                return 0
            # "urged penalties against Minsk over the arrests": "against" names the target
            # but "shared evidence against X with India": whom it is shared with
            if c.lower_ == "against" and c.head.i != verb.i and any(
                    h.dep_ in ("advcl", "xcomp") for h in _heads_between(c, verb)) and any(
                    p.dep_ == "prep" and p.lower_ in ("to", "into") and anchored(
                        self.actor_of(p)) for p in children(verb)):
                return 2  # "sent soldiers to Russia to support its war against Ukraine"
            if c.lower_ == "to" and match.cameo[:3] in ("018", "055"):
                return 0  # "apologised to Namibia for the genocide against the Herero"
            if c.lower_ == "from" and match.cameo[:4] == "1711" and (
                    c.head.i == verb.i or c.head.dep_ in ("dobj", "conj", "pobj")
                    and anchored(self.actor_of(c))):
                return 0  # "seized $2 billion in cash from a laundering network": whose
            if c.lower_ == "against" and (match.cameo[:2] == "05" or match.cameo[:2] in (
                    "10", "11", "12") and any(
                    h.lower_ in ("for", "over") and h.head.i == verb.i
                    for h in _heads_between(c, verb)) and any(
                    o.dep_ == "dobj" and anchored(self.actor_of(o)) for o in children(verb))):
                # "defended the governor against lawmakers' accusations", "faulted Beijing
                # for violations against Uyghurs": whom it names first
                return 2
            if c.lower_ == "against" and match.cameo != "064" and not (
                    # "armed Kurdish fighters against Islamic State": whom it arms
                    match.cameo[:2] == "07" and any(o.dep_ == "dobj" and anchored(
                        self.actor_of(o)) for o in children(verb))) and not (
                    # "cautioned Pakistan against strikes on Afghan soil": who is warned
                    match.cameo[:2] == "13" and c.head.i == verb.i and any(
                        o.dep_ == "dobj" and anchored(self.actor_of(o))
                        for o in children(verb))) and not (
                    c.head.dep_ in ("xcomp", "advcl") and c.head.head.i == verb.i
                    and any(a.dep_ == "dobj" for a in children(verb))) or (
                    (partner or match.cameo[:2] == "16") and c.lower_ == "with"
                    and c.head.i in pattern):  # "downgraded its relations with Lithuania"
                return 0
            if c.lower_ == "into" and match.cameo[:2] == "09":
                return 0
            if disapproving and c.lower_ == "by" and c.head.dep_ in OBJ_DEPS:
                return 0  # "welcomed the release of the journalist by Russia": Russia's act
            # "returned the artifacts to the government of Iraq", "sent aid to X": who
            # receives what is given
            if c.lower_ in ("to", "into") and c.head.i == verb.i and (giving or handing):
                return 0  # ("trucked flour into Gaza": where it is taken)
            if c.lower_ == "over" and giving and (
                    verb.lemma_.lower() in ("airdrop", "drop", "parachute")):
                return 0  # "airdropped food parcels over northern Gaza": where it fell
            if _reason(c, verb):
                return 3  # "recalled its envoy to France in protest at Paris's stance"
            if c.lower_ == "for" and c.head.i == verb.i and match.cameo[:2] in ("11", "12",
                                                                                 "13"):
                return 2  # "vowed revenge on Israel for the killing": the reason comes last
            if c.lower_ == "over" and c.head.i == verb.i and match.cameo[:2] == "11" and any(
                    o.dep_ == "dobj" and o.i in pattern for o in children(verb)) and (
                    getattr(prep_object(c), "pos_", "") == "NOUN"
                    and self.actors.resolve(prep_object(c).i, prep_object(c).i + 1) is None
                    and not any(p.dep_ == "poss" for p in children(prep_object(c)))):
                return 2  # "issued a scathing condemnation of X over the hanging of two
                # protesters": the act it is over comes after whom it names
            # "complained to the UN over the raids": who hears a complaint is not its target
            # (but "issued a sharp rebuke to China over X": whom it is addressed to)
            if c.lower_ == "to" and match.cameo[:2] == "11" and not any(
                    toks[i].lemma_.lower() in REBUKE_NOUNS for i in pattern):
                return 2
            return 1

        if match.cameo[:2] in ("03", "08", "12"):
            # "vetoed a resolution drafted by the US", "rejected calls from Sturgeon for a
            # referendum", "approved a request from the health ministry": whose proposal or
            # demand is answered
            # (but "vetoed a UN resolution presented by Britain" is aimed at the UN)
            authors = [g for o in children(verb) if o.dep_ == "dobj"
                       and o.lemma_.lower() in DOCUMENT_NOUNS | DEMAND_NOUNS | PROPOSAL_NOUNS
                       | CONVENED_NOUNS
                       and not anchored(self.actors.resolve(o.left_edge.i, o.i + 1))
                       for g in [*(a for c in children(o) if c.dep_ == "acl"
                                   for a in children(c) if a.dep_ == "agent"),
                                 *(p for p in children(o) if p.dep_ == "prep"
                                   and p.lower_ in ("from", "by")),
                                 # "an offer of talks contained in a letter from X"
                                 *(q for x in [o, *(g for p in children(o)
                                                    if p.dep_ == "prep" and p.lower_ == "of"
                                                    for g in children(p) if g.dep_ == "pobj")]
                                   for c in children(x) if c.dep_ == "acl"
                                   and c.tag_ == "VBN" for p in children(c)
                                   if p.dep_ == "prep" and p.lower_ in ("in", "through")
                                   for g in children(p) if g.dep_ == "pobj"
                                   for q in children(g) if q.dep_ == "prep"
                                   and q.lower_ in ("from", "by")),
                                 # "stonewalled opposition demands", "defied ECOWAS calls"
                                 *(c for c in children(o) if c.dep_ in ("compound", "nmod")
                                   and anchored(self.actors.exact(c.left_edge.i, c.i + 1)))]]
            candidates = authors + [c for c in candidates if c not in authors]
            # "vetoed a Security Council resolution drafted by the United States": aimed at
            # the drafter and at the body whose text it is
            for o in children(verb):
                body = self.actors.resolve(o.left_edge.i, o.i + 1) if (
                    o.dep_ == "dobj" and o.lemma_.lower() in DOCUMENT_NOUNS | PROPOSAL_NOUNS
                ) else None
                drafters = [a for c in children(o) if c.dep_ == "acl" for g in children(c)
                            if g.dep_ == "agent" for a in self.actors_of(g)
                            if anchored(a)] if anchored(body) and body.type == "igo" else []
                if drafters and not any(same_actor(a, body) for a in drafters):
                    self._found_at = None
                    return [*drafters, body]
            # "rejected a US-brokered ceasefire proposal": the broker or drafter in front
            brokers = [a for o in children(verb) if o.dep_ == "dobj"
                       and o.lemma_.lower() in DOCUMENT_NOUNS | DEMAND_NOUNS | PROPOSAL_NOUNS
                       for m in children(o) if m.dep_ == "amod"
                       and m.lemma_.lower() in AUTHORING_LEMMAS
                       for g in children(m) if g.dep_ in ("npadvmod", "compound")
                       for a in [self.actors.exact(g.left_edge.i, g.i + 1)]
                       if anchored(a) and (source is None or not same_actor(a, source))]
            if brokers:
                self._found_at = None
                return brokers[:1]
        if asking:
            # "sought the extradition of Ben Ali from Saudi Arabia", "requested help from the
            # UN": a request goes to whom the thing asked for would come from
            asked = [c for c in children(verb) if c.dep_ == "dobj"
                     and c.lemma_.lower() not in OWN_ACT_NOUNS | LEAVING_NOUNS]
            asked += [g for o in asked for p in children(o) if p.dep_ == "prep"
                      and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"]
            froms = [p for o in [verb, *asked]
                     for p in children(o) if p.dep_ == "prep" and p.lower_ == "from"
                     and anchored(self.actor_of(p))]
            candidates = froms + [c for c in candidates if c not in froms]
        if match.cameo[:2] == "12":
            # "refused to hand over bin Laden to the United States": whom it was to go to
            given = [p for x in children(verb) if x.dep_ == "xcomp"
                     and x.lemma_.lower() in GIVING_VERBS
                     for p in [*children(x), *(g for q in children(x) if q.dep_ in (
                         "prt", "advmod") for g in children(q))]
                     if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                     and any(anchored(a) for a in self.actors_of(p))]
            candidates = given + [c for c in candidates if c not in given]
        if match.cameo[:2] in ("12", "16"):
            # "expelled diplomats from six countries": whose diplomats; "turned down an
            # invitation to join the bloc": what the invitation was to
            inner = [g for o in children(verb) if o.dep_ == "dobj" for g in (
                [p for p in children(o) if p.dep_ == "prep" and p.lower_ in ("from", "of")]
                if o.lemma_.lower() in ENVOY_NOUNS else
                # "closed its embassy in Ireland": where the mission is
                [p for p in children(o) if p.dep_ == "prep" and p.lower_ in ("in", "to")]
                if o.lemma_.lower() in MISSION_NOUNS and match.cameo[:2] == "16" else
                [d for c in children(o) if c.dep_ == "acl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                 for d in children(c) if d.dep_ == "dobj"]
                if o.lemma_.lower() in INVITATION_NOUNS and not any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
                    for c in children(o)) else [])  # (but "Trump's proposal to ...": his)
                if anchored(self.actor_of(g))]
            if match.cameo[:2] == "16" and any(o.dep_ == "dobj" and o.lemma_.lower() in (
                    ENVOY_NOUNS) for o in children(verb)):
                # the parser hangs "from six countries" on the verb: whose envoys still,
                # when that is not the expeller's own country ("from Moscow")
                inner += [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "from"
                          and any(anchored(a) and (source is None or a.country is None
                                                   or a.country != source.country)
                                  for a in self.actors_of(p))]
            candidates = inner + [c for c in candidates if c not in inner]
        if match.cameo[:2] == "14":
            # "poured into the streets of Istanbul to denounce Erdogan's government": whom
            # the protest's purpose names comes before where it was held
            # ("walked off the job in a strike called to press the government")
            holders = [verb, *(o for c in children(verb) if c.dep_ in ("prep", "dobj")
                               for o in [c, *children(c)] if o.pos_ == "NOUN")]
            holders += [a for h in holders[1:] for a in children(h) if a.dep_ == "acl"
                        and a.tag_ == "VBN"]  # ("a strike called by X to press Y")
            aims = [o for h in holders for c in children(h) if c.dep_ in ("advcl", "xcomp", "acl")
                    and c.lemma_.lower() in PROTEST_AIMS and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                    for o in children(c) if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")
                    and (self.actors.resolve(_after_possessor(o), o.i + 1) is not None
                         # "to denounce Israel's bombardment of Gaza", "Tokyo's release
                         # of treated water": whose act it is (but "to denounce
                         # Washington's support for X" at its embassy: the embassy)
                         or self._denounced_act(o) and any(
                             p.dep_ == "poss" and anchored(self.actors.exact(
                                 p.left_edge.i, p.i + 1)) for p in children(o)))]
            # (but "marched to the US embassy to denounce Washington's support for X": a
            # thing denounced leaves the protest at the seat it was held at)
            # "occupied dozens of high schools against President Pinera": whom it is against
            # comes before the site taken
            # ("rallied in solidarity with Gaza and against Israel's campaign": the "against"
            # a conjunct of the "with")
            # "took to the streets to demand higher wages from factory owners", "staged a
            # march demanding guarantees from the government": whom the demand is made of
            aims += [p for h in holders for c in children(h)
                     if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in (
                         "demand", "seek") and (c.tag_ == "VBG" or any(
                             a.dep_ == "aux" and a.lower_ == "to" for a in children(c)))
                     for p in c.subtree if p.dep_ == "prep" and p.lower_ == "from"
                     and anchored(self.actor_of(p)) and p not in aims]
            aims += [p for p in [*children(verb), *(g for o in children(verb)
                                                   if o.dep_ == "dobj" for g in o.subtree),
                                 *(g for c in children(verb) if c.dep_ == "prep"
                                   for g in conjuncts(c)),
                                 # ("took to the streets of Nuuk against Trump")
                                 *(g for c in children(verb) if c.dep_ == "prep"
                                   and c.lower_ in ("to", "into", "onto")
                                   for g in c.subtree if g.dep_ == "prep")]
                     if p.dep_ in ("prep", "conj") and p.lower_ == "against"
                     and anchored(self.actor_of(p)) and p not in aims]
            # "blocked highways in protest at the government's attempt to prosecute him":
            # whose act the protest is at
            aims += [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "in"
                     for n in children(c) if n.dep_ == "pobj" and n.lemma_.lower() in (
                         "protest", "anger", "outrage", "fury", "opposition")
                     for p in children(n) if p.dep_ == "prep" and p.lower_ in (
                         "at", "against", "over")
                     for o in children(p) if o.dep_ == "pobj"
                     for g in [o, *(q for q in children(o) if q.dep_ == "poss")]
                     if anchored(self.actors.exact(g.left_edge.i, g.i + 1)) and g not in aims]
            candidates = aims + [c for c in candidates if c not in aims]
            # "demonstrated outside a factory owned by a Chinese company": at its owner
            sites = [prep_object(p) for p in children(verb) if p.dep_ == "prep"
                     and p.lower_ in ("outside", "at", "near", "before")]
            owners = [o for site in sites if site is not None for o in self._owners(site)
                      if any(anchored(a) for a in self.actors_of(o))]
            # "held a sit-in outside the Chinese consulate": the state it represents
            owners += [site for site in sites if site is not None
                       and site.lemma_.lower() in MISSION_NOUNS
                       and any(anchored(a) and a.country for a in self.actors_of(site))]
            candidates = owners + [c for c in candidates if c not in owners]
        if match.cameo[:2] in ("05", "07"):
            # "came to the defence of Damascus at the UN", "came to the aid of Kyiv": whose
            ofs = [p for t in (verb.doc[i] for i in sorted(pattern)) if t.pos_ == "NOUN"
                   for p in children(t) if p.dep_ == "prep" and p.lower_ == "of"
                   and any(anchored(a) for a in self.actors_of(p))]
            candidates = ofs + [c for c in candidates if c not in ofs]
        if match.cameo[:3] == "114":
            # "lodged a protest with China over the detention": whom it is lodged with
            lodged = [p for o in [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
                      for p in children(o) if p.dep_ == "prep" and p.lower_ == "with"
                      and any(anchored(a) and a.type != "igo" for a in self.actors_of(p))]
            # (a complaint lodged with the UN is aimed at whom it is about)
            candidates = lodged + [c for c in candidates if c not in lodged]
        if partner and match.cameo[:2] in ("04", "06"):
            # "shared intelligence on al-Shabaab movements with Somalia": the parser hangs the
            # partner inside the object's topic; it is still whom the act is done with
            # (not another's deal: "hailed Colombia's agreement with the FARC")
            withs = [p for o in candidates if o.dep_ == "dobj" for p in o.subtree
                     if p.dep_ == "prep" and p.lower_ == "with" and p.head.i != o.head.i
                     and _nominal_path(p.head, o) and not any(
                         c.dep_ == "poss" for t in o.subtree if t.i < p.i for c in children(t))
                     and any(anchored(a) and (source is None or not same_actor(a, source))
                             for a in self.actors_of(p))]
            candidates = withs + [c for c in candidates if c not in withs]
        if match.cameo[:2] in ("17", "18", "19", "20"):
            # "raided the Nairobi home of opposition leader X": the owner, not the town
            homes = [g for o in children(verb) if o.dep_ in ("dobj", "nsubjpass", "advmod")
                     and o.lemma_.lower() in HOME_NOUNS for g in children(o)
                     if (g.dep_ == "prep" and g.lower_ == "of"
                         and any(anchored(a) for a in self.actors_of(g))
                         or g.dep_ in ("compound", "poss") and g.i < o.i
                         and g.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") and any(
                             anchored(a) and (a.sector or a.type != "state")
                             for a in self.actors_of(g)))]  # "the senator's home" (not
                     # "the Lahore home of X": a town)
            candidates = homes + [c for c in candidates if c not in homes]
        if any(o.dep_ == "dobj" and o.lemma_.lower() in TRUST_NOUNS for o in children(verb)):
            # "voiced full confidence in his deputy": the parser hangs "in" on the verb
            trusted = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in"]
            candidates = trusted + [c for c in candidates if c not in trusted]
        if verb.lemma_.lower() == "blame":
            # "blamed the explosion on Ukraine's special services": whom it is blamed on
            on = [p for o in children(verb) if o.dep_ == "dobj" for p in [o, *children(o)]
                  if p.dep_ == "prep" and p.lower_ == "on"]
            on += [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "on"]
            candidates = on + [c for c in candidates if c not in on]
        if match.cameo[:2] in ("16", "17"):
            # "slaps a 16th sanctions package on Russia over the Ukraine war": on whom the
            # measure is laid, before anything the object phrase names later
            laid = [p for o in children(verb) if o.dep_ == "dobj" for p in children(o)
                    if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon")
                    and anchored(self.actor_of(p))]
            candidates = laid + [c for c in candidates if c not in laid]
        # "blocked access to 21 news websites": what access was cut to, never the access
        if match.cameo[:2] == "17" and any(
                p.dep_ == "prep" and p.lower_ == "to" for o in children(verb)
                if o.dep_ == "dobj" and o.lemma_.lower() == "access" for p in children(o)):
            candidates = [c for c in candidates if c.lemma_.lower() != "access"]
        if match.cameo[:4] == "0873":
            # "laid down their arms before government monitors in X", "surrendered their
            # weapons to a decommissioning body": whom the arms are given up to
            given = [p for p in children(verb) if p.dep_ == "prep"
                     and p.lower_ in ("before", "to") and prep_object(p) is not None
                     and prep_object(p).pos_ in ("NOUN", "PROPN")]
            candidates = given + [c for c in candidates if c not in given]
        idiom = [o for o in children(verb) if o.dep_ == "dobj"]
        if idiom and not any(anchored(self.actor_of(o)) or o.i in pattern for o in idiom):
            # "closed ranks behind President Arce": the idiom's own preposition names the
            # party, not its plain object ("ranks")
            led = [p for p in [*children(verb), *(g for o in children(verb)
                                                  if o.dep_ == "dobj" for g in children(o))]
                   if p.dep_ == "prep" and p.i in pattern and anchored(self.actor_of(p))
                   and not any(g.i in pattern for g in children(p))]
            candidates = led + [c for c in candidates if c not in led]
        self._content = self._found_at = None
        queue = collections.deque(sorted(candidates, key=rank))
        self._content = self._found_at = None
        fallback_in_pattern = False
        while queue:
            cand = queue.popleft()
            if match.cameo[:2] in PARTNER_ROOTS and _mediator_phrase(cand):
                continue  # "held talks mediated by Qatar": the mediator is no party
            if own and _reason(cand, verb):
                continue  # "recalled its ambassador to France in protest at X": the envoy's post
            if cand.i in pattern and cand.lemma_.lower() == "intelligence":
                continue  # "agreed to share military intelligence": a thing, not the spies
            if cand.pos_ == "ADP" and getattr(prep_object(cand), "lemma_", "").lower() in (
                    OCCASION_NOUNS):
                continue  # "rallied on the anniversary of the coup": when, not at whom
            if cand.pos_ == "ADP" and cand.lower_ == "at" and getattr(
                    prep_object(cand), "lemma_", "").lower() == "request":
                continue  # "arrested the suspect at the request of Malaysia": why, not whom
            if cand.pos_ == "ADP" and cand.lower_ in ("with", "alongside") and (
                    match.cameo[:2] in ("18", "19", "20")) and any(
                    m.lower_ in JOINT_WORDS and m.dep_ in ("amod", "compound")
                    for n in [cand.head, *(o for o in children(cand.head) if o.dep_ in OBJ_DEPS)]
                    for m in children(n)):
                # "joint operations with Somali forces against al-Shabaab": the partner
                queue.extendleft(reversed(self._inside(
                    [c for c in children(cand) if c.dep_ == "pobj"], depth=1)))
                continue
            if cand.pos_ == "ADP" and cand.lower_ == "with" and any(
                    _instrument(g) or g.i in pattern and g.lemma_.lower() in ("force", "firepower")
                    for g in children(cand) if g.dep_ == "pobj"):
                continue  # "pounded the city with missiles and drones": what it was done with
                # (also the pattern's own "with force" of "respond with force")
            if cand.dep_ == "poss" and cand.head.i in pattern and (
                    verb.lemma_.lower() in EXPRESSING_VERBS):
                continue  # "reiterated the government's support for X": whose support it is
            if disapproving and cand.pos_ == "ADP" and cand.lower_ in VICTIM_PREPS and not (
                    cand.lower_ == "on" and verb.lemma_.lower() == "blame") and (
                    cand.head.dep_ in OBJ_DEPS and cand.head.head.i in pattern) and (
                    self._violent(cand.head)):
                continue  # "condemned the attack on a church": aimed at whoever attacked,
                # else at the attack itself, never at its victim
            if cand.pos_ == "ADP" and cand.lower_ in ("into", "of") and match.cameo[:2] == "09":
                # "an inquiry into reports that three guards beat detainees": whom
                # the claims are about
                alleged = self._alleged(cand)
                if alleged:
                    self._found_at = cand
                    return alleged
            if match.cameo[:2] in ("11", "14") and (cand.dep_ == "dobj" or cand.dep_ == "prep"
                                                     and cand.lower_ in ("against", "at")):
                # "protested the killings of students by the police", "demonstrated against
                # arrests by the army": aimed at whoever did the act
                doer = self._act_agent(prep_object(cand) if cand.pos_ == "ADP" else cand)
                if doer is not None and (source is None or not same_actor(doer, source)):
                    self._found_at = cand
                    return [doer]
            found = self.actors_of(cand)
            if found and match.cameo[:2] == "09" and cand.lower_ == "into" and (
                    any(anchored(a) or a.type not in ("other", "group") for a in found)):
                # "an investigation into Ana Ortiz on suspicion of fraud": what is
                # investigated, named or not, not the charge
                self._found_at = cand
                return found
            named = [a for a in found if anchored(a)]
            if found and not named and handing and cand.lower_ == "to" and rank(cand) == 0 and (
                    any(c.dep_ in ("dobj", "nsubjpass") for c in children(verb))):
                # "returned the Bible to its owners": whoever receives what is given, named
                # or not, before the thing itself
                self._found_at = cand
                return found
            if named and source is not None and all(same_actor(a, source) for a in named):
                continue  # "for his role": the source itself, not whom the act is aimed at
            if named and source is not None and source.country and match.cameo[:2] == "13" and (
                    cand.dep_ in SUBJ_DEPS and cand.head.dep_ == "ccomp") and all(
                    a.code == source.country for a in named):
                continue  # "Israel will strike, its prime minister warned": who would act
                # is the speaker's own state, not whom the warning is aimed at
            if named:
                # what an act sends, moves or returns may be the doer's own people; whom it
                # kills or attacks never is ("a Turkish drone killed two commanders")
                moved = (cand.i in pattern or cand.head.i in pattern
                         or cand.head.dep_ in ("xcomp", "advcl")) and (
                    match.cameo[:2] not in ("09", "11", "12", "18", "19", "20")) and not (
                    # ("worked with the army": a partner, not what is sent)
                    match.cameo[:2] in PARTNER_ROOTS and "with" in (
                        cand.lower_, cand.head.lower_)) and not (
                    asking and (cand.pos_ == "ADP" or cand.dep_ == "dobj"
                                and cand.head.i == verb.i))
                # ("called on the armed forces to ...", "urged rich nations to ...": asked)
                state = source is not None and source.sector in OWN_SECTORS
                if source is not None and source.country is None and moved and all(
                        a.sector in FORCE_SECTORS and self._bare(cand) for a in named) and (
                        match.cameo[:2] != "14"):  # ("protesters clashed with police")
                    own = own or named  # "the UN withdrew peacekeepers from Sinai"
                    continue
                quantified = (cand.dep_ == "pobj" and cand.head.lower_ == "of"
                              and cand.head.head.dep_ in OBJ_DEPS) or (
                    cand.pos_ == "ADP" and cand.lower_ == "of"
                    and cand.head.dep_ in OBJ_DEPS)  # "tens of thousands of troops"
                if source is not None and match.cameo[:2] == "15" and (
                        cand.dep_ in OBJ_DEPS or quantified) and (
                        self._bare(cand) or cand.lower_ == "them" and all(
                            a.sector in FORCE_SECTORS for a in named)  # ("sent them into")
                        or any(c.dep_ == "poss" and c.lower_ in PRONOUNS
                               for c in children(cand))):
                    own = own or named  # "mobilized troops", "mobilised its men": its own
                    continue
                if source is not None and source.country and all(
                        a.sector in OWN_SECTORS and a.country == source.country and state
                        and not (match.cameo[:2] in PARTNER_ROOTS and a.sector == "GOV"
                                 and _subnational(a.text) != _subnational(source.text))
                        # ("rallied behind the mayor of Bucharest")
                        and a.type not in ("person", "group", "armed_group")  # "blamed Netanyahu's
                        # policies": a rival; "ethnic Albanians" (SRBALB): a people
                        # what it sends or returns: its forces, or a thing ("HEU to Russia")
                        or moved and a.country is None and (
                            a.sector in FORCE_SECTORS or a.code is None and cand.pos_ != "ADP")
                        for a in named):
                    own = own or named
                    continue
                self._found_at = cand
                return named
            if found and (not fallback or fallback_in_pattern and cand.i not in pattern
                          and cand.pos_ == "ADP" and cand.lower_ == "to"):
                # "granted citizenship to 20 foreigners": whom the pattern's own noun is given
                # to is a better fallback than the noun
                fallback = found
                fallback_in_pattern = cand.i in pattern
                # the phrase the fallback came from, or the pattern noun it is inside
                self._content = cand.head if cand.lower_ == "of" else cand
            if cand.pos_ == "ADP":
                # "conceded to demands from X": inside the preposition's object, next;
                # "dropped its objection to Finland joining NATO": the gerund's own subject
                doers = [g for c in children(cand) if c.dep_ == "pcomp" and cand.lower_ in (
                    "to", "of", "against", "for", "over")  # ("with a bomber blowing up ...")
                         for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")
                         and g not in queue]
                queue.extendleft(reversed(doers + self._inside(
                    [c for c in children(cand) if c.dep_ == "pobj"], depth=1)))
            elif cand.i in pattern and cand.pos_ == "NOUN":
                # "vowed revenge on Israel for the killing": whom the pattern's own noun is
                # aimed at comes before the reason
                queue.extendleft(reversed([c for c in children(cand) if c.dep_ == "prep"
                                           and (c.lower_ in AIMED_PREPS or c.lower_ == "in"
                                                and cand.lemma_.lower() in TRUST_NOUNS)
                                           and c not in queue]))
        if own:
            if source is not None and source.country and match.cameo[:2] == "15":
                # "the Israeli military mobilized troops": its troops, whatever other country
                # the sentence names
                own = [Actor(a.text, a.name, source.country + a.sector, source.country,
                             a.sector, a.type) if a.sector in FORCE_SECTORS else a for a in own]
            return (self.place_target(verb, source, abroad=True,
                                      along=match.cameo[:2] == "15")
                    or match.cameo[:3] == "087" and self._left_place(verb)
                    or match.cameo[:2] == "15" and self._force_aim(verb, source)
                    or match.cameo[:2] == "15" and self._deterred(verb, source)
                    # (an explicit destination before the time clause's actors: "rushed two
                    # battalions to Zamfara State after bandits abducted ...")
                    or match.cameo[:2] == "15" and self._sent_to(verb)
                    or match.cameo[:2] == "15" and self._intruders(verb, source)
                    or match.cameo[:2] == "15" and self.place_target(verb, source, any_place=True)
                    or match.cameo[:2] == "15" and self._purpose_place(verb, source)
                    or match.cameo[:2] == "15" and self._named_site(verb, sent=True)
                    or match.cameo[:2] == "15" and self._war_aim(verb)
                    or match.cameo[:2] == "15" and self._deterred(verb, source, FIGHTING_VERBS)
                    or own)
        if match.cameo[:2] == "15" and source is not None and not anchored(
                fallback[0] if fallback else None):
            # "deployed extra Iron Dome batteries near the border with Lebanon": a thing moved
            # faces whom the show of force faces ("put its destroyers on alert ahead of a
            # launch by North Korea": whose move it answers)
            # (a missile or jets launched or moved "into waters off its coast", "to its
            # eastern flank": where they go, before the thing itself)
            return (self._force_aim(verb, source) or self._intruders(verb, source)
                    or (fallback[0].code is None if fallback else not any(
                        c.dep_ == "conj" for s in children(verb) if s.dep_ in SUBJ_DEPS
                        for c in children(s))) and self._sent_to(verb)  # (but "X and Y
                    # staged drills near Z": each with the other)
                    or fallback or self._named_site(verb))
        if match.cameo[:3] == "087" and not fallback:
            # "pulled its vessels back from the disputed shoal": the place left
            return self._left_place(verb)
        if match.cameo[:2] == "17" and fallback and not anchored(fallback[0]) and (
                self._content is not None and self._content.lower_ == "over"):
            # "declares emergency in Lima over extortion wave": where, not why
            return self.place_target(verb, source, any_place=True) or fallback
        return fallback

    # -- modality and attribution ---------------------------------------------------------------
    def _sentence_facts(self, sent: Span) -> tuple[bool, list[Token]]:
        """Per-sentence facts computed once, not once per trigger (long sentences stay linear):
        whether it is a question, and its "according (to)" tokens."""
        key = (sent.start, sent.end)
        facts = self._facts.get(key)
        if facts is None:
            toks = tokens(sent.doc)[sent.start:sent.end]
            last = next((t for t in reversed(toks) if not (t.is_space or t.is_quote)), None)
            question = last is not None and last.text.endswith("?")
            according = [t for t in toks if t.lower_ == "according"] if (
                self.actors.has_according) else []  # most docs have no "according"
            facts = (question, according)
            self._facts = {key: facts}  # one sentence at a time: no growth over a document
        return facts

    def modality(self, trigger: Token, sent: Span) -> str:
        if self._sentence_facts(sent)[0]:
            return "question"
        neg = hyp = fut = requested = cond = False
        v = trigger
        if _talked_about(trigger):
            # "removing the sanctions is out of the question": refused; "lifting the ban would
            # be a mistake": only talked about
            return "negated" if _ruled_out(trigger.head) else "hypothetical"
        if _governor_lemma(trigger) in FUTURE_GOVERNORS and all(
                any(c.dep_ == dep for c in children(trigger)) for dep in ("nsubjpass", "xcomp")):
            fut = True  # "talks are expected to resume": the event noun's light verb
        for _ in range(8):
            for c in children(v):
                if c.dep_ == "neg":
                    neg = True
                elif c.dep_ in ("aux", "auxpass"):
                    if c.lower_ in MODAL_FUTURE:
                        fut = True
                    elif c.lower_ in MODAL_HYPOTHETICAL:
                        hyp = True
                elif c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                    hyp = cond = True
                elif c.dep_ == "det" and c.lower_ == "no" and v.pos_ == "NOUN":
                    neg = True
                elif v.pos_ == "NOUN" and (c.dep_ == "det" and c.lower_ == "any" or (
                        c.dep_ == "amod" and c.lower_ in UNREAL_ADJECTIVES)):
                    hyp = True  # "retaliate against any US strike", "a possible attack"
            if fut and any(c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))
                    for c in children(v)):
                hyp = True  # "Israel will strike if Iran enriches uranium": conditional
            for c in children(v):
                if c.dep_ in ANY_SUBJ_DEPS and (
                        c.lower_ in NEGATIVE_SUBJECTS
                        or any(d.dep_ in ("det", "preconj") and d.lower_ in NEGATIVE_DETS
                               for d in children(c))):
                    neg = True  # "Neither government has proposed ...", "No one was hurt"
            if not_chosen(v):
                neg = True  # "rather than blame Kigali", "without offering evidence"
            committed = v.head.lemma_.lower() in PROMISE_NOUNS | THREAT_NOUNS and (
                v.dep_ in ("acl", "relcl")) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children(v))
            if v.dep_ == "pcomp" and v.head.lower_ == "of" and (
                    v.head.head.lemma_.lower() in THREAT_NOUNS):
                committed = True  # "brandished the threat of freezing EU funds"
            if committed:
                fut = True  # "the minister's vow to crush the rebels": a promise or threat
                break
            if v.dep_ in ("acl", "relcl") and v.head.lemma_.lower() in ("refusal", "failure") and (
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v))):
                neg = True  # "Egypt's refusal to open the Rafah crossing": not done
                break
            if v.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in children(v)) and (
                    v.head.lemma_.lower() not in DECISION_NOUNS) and (
                    v.head.ent_type_ not in ("DATE", "TIME")):  # "camped for weeks to protest X":
                # a purpose clause hung on the time phrase, not an opportunity
                hyp = True  # "an opportunity to restore relations" (but "the junta's decision
                # to expel the ambassador": decided, so done)
            if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and (
                    v.head.head.lemma_.lower() in UNREAL_NOUNS):
                hyp = True  # "raised the threat of closing the strait"
            if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in children(v)) and (
                    _governor_lemma(v.head) in DIRECTING_GOVERNORS | REQUEST_GOVERNORS) and any(
                    c.dep_ == "dobj" for c in children(v.head)):
                # "urged parties to the conflict in Yemen to allow aid in": the parser hangs
                # the asked act on the verb as a purpose; it is asked for, not done
                hyp = requested = True
                break
            if v.dep_ == "pcomp" and v.head.lower_ == "of" and (
                    v.head.head.lemma_.lower() in ("capable", "incapable")):
                hyp = True  # "hackers capable of launching attacks on X": could, not did
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in children(v)) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children(v)):
                hyp = True  # "calls for the president to resign": wanted, not done
            if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in children(v)) and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in UNREAL_NOUNS
                    for o in children(v.head)):
                hyp = True  # "clinched a deal ... to curb the programme": what the deal is for
            if v.dep_ == "pcomp" and v.head.lower_ in ("against", "from") and (
                    v.head.head.lemma_.lower() in WARNED_OFF_VERBS):
                # "warned NATO against deploying troops", "barred them from entering": an
                # act talked about or stopped, not one that happened
                if v.head.lower_ == "from":
                    neg = True
                else:
                    hyp = True
                break
            own_subject = any(c.dep_ in ANY_SUBJ_DEPS for c in children(v))
            factual = any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in children(v))
            if factual and v.tag_ in ("VBZ", "VBP") and any(
                    c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in children(v)) and not (
                    any(c.dep_ in ("aux", "auxpass") for c in children(v))):
                # "will fight until Maduro steps down", "once the troops leave": a present
                # tense after these marks is an event still to come
                hyp = True
                break
            if factual or (v.dep_ == "conj" and own_subject):
                # "..., after 33 soldiers were killed": a clause with its own polarity, but
                # "if X decides ... and this is backed by Y" shares the condition
                if v.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                            for c in children(v.head)):
                    hyp = True
                break
            if v.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "dobj", "nsubjpass",
                          "acl", "relcl") and v.head.i != v.i:
                head = v.head
                lemma = _governor_lemma(head)
                if v.pos_ == "NOUN" and v.dep_ in ("dobj", "pobj") and (
                        _governor_lemma(head.head if v.dep_ == "pobj" else head)
                        in FACTIVE_VERBS):
                    break  # "refused to condemn Russia's invasion": the invasion happened,
                    # whatever is said of it
                if to_gerund(v):  # "committed to allowing", "objected to holding talks"
                    lemma = _governor_lemma(head.head)
                if v.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short":
                    neg = True  # "stopped / fell short of cutting ties"
                    break
                if v.dep_ == "nsubjpass" and v.pos_ == "NOUN" and lemma in FUTURE_GOVERNORS and (
                        any(c.dep_ == "xcomp" for c in children(head))):
                    fut = True  # "talks are expected to resume next month"
                if v.dep_ in ("xcomp", "ccomp", "pcomp") or (v.dep_ == "dobj" and (
                        v.pos_ == "NOUN" or v.tag_ == "VBG")):  # "to discuss reopening X"
                    if lemma in NEGATING_GOVERNORS or lemma == "rule" and any(
                            c.dep_ == "prt" and c.lower_ == "out" for c in children(head)) or (
                            lemma in ("have", "be") and v.dep_ == "xcomp" and any(
                                c.lower_ == "yet" for c in children(head))):
                        neg = True  # "refused to send troops", "ruled out sending troops",
                        # "has yet to extradite him"
                    elif lemma in DENIAL_VERBS and v.dep_ in ("ccomp", "xcomp") and not any(
                            c.dep_ in SUBJ_DEPS | {"dobj", "npadvmod"}
                            and _names_claim(c)
                            and c.i > v.i for c in children(head)):
                        neg = True  # "denied that its troops crossed", "denied sending troops"
                        # (but "X accused Y of Z, a charge Y denied": the accusation was made)
                    elif lemma in DENIAL_VERBS and v.lemma_.lower() in CLAIM_NOUNS:
                        neg = True  # "rejected accusations that it supplied drones"
                    elif lemma in HYPOTHETICAL_GOVERNORS and (v.dep_ != "dobj" or (
                            v.tag_ == "VBG" and lemma in DELIBERATING_VERBS)):
                        hyp = True
                        requested = requested or lemma in REQUEST_GOVERNORS
                    elif lemma in DIRECTING_GOVERNORS | REQUEST_GOVERNORS and (
                            v.dep_ == "xcomp" or v.dep_ == "ccomp" and any(
                                c.dep_ == "aux" and c.lower_ == "to" for c in children(v))):
                        hyp = requested = True  # ("implored the government to strike a
                        # deal", the asked party read as the subject of a clause)
                    elif lemma in SOUGHT_GOVERNORS and v.dep_ == "dobj" and v.pos_ == "NOUN":
                        hyp = True  # "sought the extradition of X": asked for, not done
                    elif lemma in FUTURE_GOVERNORS and v.dep_ != "dobj":
                        fut = True
                if v.dep_ == "ccomp" and (lemma in SPEECH_VERBS or lemma in DENIAL_VERBS):
                    if lemma in SPEECH_VERBS and any(c.dep_ == "neg" for c in children(head)):
                        hyp = True  # "has never confirmed that it carried out the strike"
                    break  # a reported clause keeps its own tense and polarity
                if v.dep_ == "relcl":
                    break
                if v.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in
                                                 CONDITIONAL_MARKS for c in children(v)):
                    # an "after X happened" clause does not take the main clause's modality;
                    # a purpose clause ("sent troops to help X") does
                    if v.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in children(v)):
                        break
                v = head
                continue
            break
        if mandative(trigger):
            requested = True  # "insisted that China free X"
        if requested or cond:
            return "hypothetical"  # "urged Israel to stop the bombing": asked for, whatever
            # its polarity; "if they did not hand back the towns": a condition, not a refusal
        if neg:
            return "negated"
        if hyp and reported_would(trigger) and not any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                          for m in children(c)) for c in children(trigger)):
            return "future"  # "Turkey said it would launch an offensive": a reported "will"
        if hyp:
            return "hypothetical"
        if fut:
            return "future"
        return "asserted"

    def attribution(self, trigger: Token, sent: Span) -> Attribution | None:
        """Who the claim is attributed to; ``self.speaker`` is then that actor, resolved."""
        self.speaker = None
        reported = self.reported_subject(trigger)
        if reported is not None:  # "announcing the attack was carried out by X"
            return self._attributor(reported.head)
        accused = trigger
        while accused.dep_ in ("advcl", "xcomp") and accused.head.i != accused.i and (
                accused.head.pos_ == "VERB"):
            accused = accused.head  # "accused X of sending troops to support the rebels"
        prep = accused.head
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:
            prep = prep.head  # "accused X of interfering and of supporting Y"
        accusing = prep.head
        if accusing.dep_ == "dobj" and accusing.pos_ in ("NOUN", "PROPN"):
            accusing = accusing.head  # "accused [the rebels of violating ...]"
        if accused.dep_ in ("pcomp", "pobj") and prep.lower_ in ("of", "for") and (
                accusing.lemma_.lower() in ACCUSING_VERBS):
            # "Addis Ababa accused the rebels of violating the truce": the violation is
            # the accuser's claim (no speaker is set: the accusation is its own event)
            accuser = self.subject(accusing)
            if accuser is not None:
                start, end = phrase_bounds(accuser)
                actor = self.actors.resolve(start, end)
                text = trigger.doc[accuser.left_edge.i: accuser.right_edge.i + 1].text
                return Attribution(text=text, code=actor.code if actor else None)
        v = trigger
        for _ in range(8):
            head = v.head
            if head.i == v.i:
                break
            if v.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS and (
                    not any(c.dep_ in SUBJ_DEPS | {"dobj", "npadvmod"}
                            and _names_claim(c)
                            and c.i > v.i for c in children(head))):
                # (not "X accused Y of Z, a charge Y denied": X's own accusation)
                return self._attributor(head)
            v = head
        root = v
        for c in children(root):
            if (c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH_VERBS
                    and c.i > trigger.i):
                att = self._attributor(c)
                if att:
                    return att
        for tok in self._sentence_facts(sent)[1]:
            for to in children(tok):
                if to.lower_ == "to":
                    for pobj in children(to):
                        if pobj.dep_ == "pobj":
                            start, end = phrase_bounds(pobj)
                            actor = self.actors.resolve(start, end)
                            text = sent.doc[pobj.left_edge.i: pobj.right_edge.i + 1].text
                            return Attribution(text=text, code=actor.code if actor else None)
        return None

    def _attributor(self, speech: Token) -> Attribution | None:
        subj = next((c for c in children(speech) if c.dep_ in SUBJ_DEPS), None)
        if subj is None and speech.dep_ == "acl" and speech.head.pos_ in ("NOUN", "PROPN"):
            subj = speech.head  # "the government announcing that ..."
        if subj is None:
            return None
        start, end = phrase_bounds(subj)
        actor = self.actors.resolve(start, end)
        if actor is not None and actor.country is None and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(subj)):
            actor = self.actor_of(subj) or actor  # "..., its defence ministry said": whose
        last = subj.right_edge.i + 1 if subj.i != speech.head.i else speech.i
        text = speech.doc[subj.left_edge.i: last].text
        self.speaker = actor if anchored(actor) else None
        return Attribution(text=text, code=actor.code if actor else None)

    # -- the main loop ------------------------------------------------------------------------
    def code_sentence(self, sent: Span) -> Iterator[Claim]:
        consumed: set[int] = set()
        claims: list[Claim] = []
        toks = tokens(sent.doc)[sent.start:sent.end]
        if self._pos[0] is not sent.doc:  # Token.pos_ is slow to ask token by token
            self._pos = (sent.doc, [POS_NAMES[p] for p in sent.doc.to_array(POS).tolist()])
        pos = self._pos[1][sent.start:sent.end]
        # (not a participle that describes a noun: "striking unions", "warring factions")
        verbs = [t for t, p in zip(toks, pos, strict=True)
                 if p in ("VERB", "AUX") and t.dep_ != "aux"
                 and not (t.dep_ == "amod" and t.tag_ in ("VBG", "VBN", "VBD")
                          # ("the looted bronzes", "jailed activists": what they are, not
                          # what happened in the sentence; but "a Saudi-led raid" has its doer)
                          and not any(c.dep_ in ("npadvmod", "compound", "agent")
                                      for c in children(t)))]
        # "announcing the attack was carried out by X": the attack belongs to the passive
        misread = {r.i for r in map(self.reported_subject, verbs) if r is not None}
        for verb in verbs:
            if verb.i in consumed:
                continue  # already part of another trigger ("threatened to attack")
            converse = self._converse(verb, sent) or self._died_of(verb, sent)
            if converse is not None:
                consumed.update({verb.i, converse.trigger.i, *self.converse_extra})
                claims.append(converse)
                continue
            if verb.lemma_.lower() in AIM_VERBS and verb.tag_ == "VBN" and any(
                    c.dep_ == "nsubjpass" and self.lex.match_noun(c) is not None
                    for c in children(verb)):
                # "the deployment was aimed at deterring X", "... intended as a warning to Y":
                # said of the noun's act, whose target it gives; the purpose is no event
                consumed.update(t.i for c in children(verb) if c.dep_ in (
                    "prep", "xcomp", "advcl", "ccomp") for t in c.subtree)
                continue
            match = self.lex.match_verb(verb)
            if match is not None and misread and verb.lemma_.lower() in REPORTING_VERBS and any(
                    i in misread for i in range(match.start, match.end)):
                continue
            if match is not None and match.cameo[:2] == "13" and _said_after(verb):
                continue  # "the army may launch an offensive, diplomats warned": a report
            if match is None:
                match = self._light_passive(verb)
            if match is None:
                match = _impact(verb)
            if match is None:
                continue
            consumed.update(trigger_tokens(sent.doc, match))
            found = list(self._verb_claims(verb, match, sent, consumed))
            claims.extend(found)
            claims.extend(self._conjoined_nouns(found, match, consumed))
        for tok, p in zip(toks, pos, strict=True):
            if p != "NOUN" or tok.i in consumed or tok.i in self._in_names:
                continue
            if tok.dep_ in ("compound", "amod") and tok.lower_ in KIND_MODIFIERS and (
                    tok.head.i > tok.i):
                continue  # "Bradley fighting vehicles", "assault rifles": a kind of thing
            if tok.dep_ == "compound" and tok.lemma_.lower() in ("warning", "alert") and (
                    tok.head.lemma_.lower() in SIGNAL_NOUNS):
                continue  # "missile warning data", "early warning systems": information
            match = self.lex.match_noun(tok)
            if match is None:
                continue
            consumed.update(trigger_tokens(sent.doc, match))
            claim = self._noun_claim(tok, match, sent)
            if claim is not None:
                claims.append(claim)
        claims += self._done_together(toks, sent, consumed)
        claims += self._protest_reason(toks, sent, claims)
        claims += self._said_needed(toks, sent, claims)
        claims += self._critics_say(toks, sent, claims)
        claims += self._critical_of(toks, sent, claims)
        claims += self._joined_in(toks, sent, claims)
        claims = self._purposes_of_contact(claims)
        claims += self._blame(claims)
        claims += self._obligations(verbs, claims, consumed)
        claims = self._retribution(verbs, claims)
        words = {t.lower_ for t in toks}  # (the rare frames below need one of these words)
        if "or" in words:
            claims = self._or_else(toks, claims)
        if words & {"pay", "paid", "pays", "paying"}:
            claims = self._make_pay(toks, claims)
        if "persona" in words:
            claims += self._persona_non_grata(toks, claims)
        claims = self._told_threats(claims)
        claims = self._threatened_party(claims)
        claims += self._held_responsible(toks, claims)
        claims = self._protest_aims(claims)
        if "pressure" in words:
            claims = self._pressure_over_owner(claims)
        claims = self._authors_of_proposals(claims)
        if self.places is not None:
            claims = self._people_where(claims)
        claims = self._referred_acts(claims)
        claims = self._named_acts(claims)
        claims += self._joint_partners(claims)
        for claim in claims:
            src, tgt = claim.source, claim.target
            if claim.speaker is not None and anchored(claim.speaker):
                self.claimant = claim.speaker
            elif claim.match.cameo[:2] == "11" and anchored(src):
                self.claimant = src
            if (claim.match.cameo[:2] in SIDES_ROOTS and anchored(src) and anchored(tgt)
                    and claim.modality == "asserted"
                    and src.code and src.code != src.sector and tgt.code
                    and tgt.code != tgt.sector and not same_actor(src, tgt)
                    and src.sector not in BYSTANDER_SECTORS
                    and tgt.sector not in BYSTANDER_SECTORS
                    and (src.country != tgt.country or src.sector and tgt.sector
                         and claim.match.cameo[:2] != "15")  # (its own troops moved)
                    and (src.country or tgt.country)):
                self.sides = (src, tgt)
                if src.country != tgt.country:
                    self.state_sides = (src, tgt)
        if not claims:
            # "Al-Shabaab has waged an insurgency for years. The militants stormed a hotel":
            # a sentence with no event still names whom the next one refers back to
            subj = next((c for c in children(sent.root) if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                self.actor_of(subj)
        acts = [c for c in claims if c.match.cameo[:2] in FORCEFUL_ROOTS and anchored(c.source)
                and c.source.code and c.modality == "asserted"]
        if acts:
            self.last_act = acts[0]
        # every asserted act of a named doer, for "welcomed the releases" in a later sentence
        self.prior_acts = ([c for c in claims if anchored(c.source) and c.source.code
                            and c.modality == "asserted"] + self.prior_acts)[:12]
        # each claim read once more in context, in this order ("strike" as an attack or a
        # walkout, forces ordered out, drills with a partner, a protest that says something)
        senses = (self._passive_doer, self._strike_sense, self._vowed_harm, self._vowed_force,
                  self._deployment_order,
                  self._handover_sense, self._extradition_sense, self._control_of_property,
                  self._expulsion_sense, self._drill_partner, self._forces_of_two,
                  self._joint_sense, self._joint_act, self._welcome_sense, self._truce_party,
                  self._said_protest, self._returned_people,
                  self._permitted, self._own_side_threat, self._threat_condition,
                  self._answered_pressure, self._possessor_source, self._media_sense,
                  self._caused_reaction,
                  self._promised_for, self._promised_support, self._agreement_to,
                  self._causative_harm,
                  self._nearest_party,
                  self._criticised_possessor,
                  self._crowd_sense,
                  self._official_sense, self._test_sense, self._raid_sense,
                  self._courtesy_call,
                  self._arrival_sense, self._mission_sense, self._inner_party,
                  self._reason_party, self._object_partner, self._own_forces_warning,
                  self._verbal_attack, self._own_forces_moved, self._closed_to,
                  self._handed_to, self._demand_owner,
                  self._site_target, self._thing_target)
        for claim in claims:
            if _natural_force(claim.source):
                continue  # "the tsunami killed 30,000 people": nobody's act
            for sense in senses:
                claim = sense(claim)
            yield claim
            charged = _charged(claim)
            if charged is not None:
                yield charged
            readied = self._readied(claim, sent)
            if readied is not None:
                yield readied

    def _done_together(self, toks: Sequence[Token], sent: Span, consumed: set[int]
                       ) -> list[Claim]:
        """ "extended its output cuts in coordination with Russia", "built the dam in
        partnership with China": whatever is done, its doer cooperates with the partner
        (060)."""
        out: list[Claim] = []
        for noun in toks:
            if noun.lemma_.lower() not in TOGETHER_NOUNS or (
                    noun.dep_ != "pobj" or noun.head.lower_ != "in"):
                continue
            verb = noun.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and (
                    verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass")):
                verb = verb.head  # ("extended its cuts in coordination with Russia")
            partner = next((c for c in children(noun) if c.dep_ == "prep"
                            and c.lower_ == "with"), None)
            if verb.pos_ not in ("VERB", "AUX") or partner is None:
                continue
            sources = [a for a in self.actors_of(self.subject(verb)) if anchored(a)]
            targets = [a for a in self.actors_of(partner) if anchored(a)]
            if not sources or not targets or same_actor(sources[0], targets[0]):
                continue
            match = LexMatch("060", noun.lemma_.lower(), 1, noun.i, noun.i + 1)
            out.append(Claim(match, noun, sources[0], targets[0], self.modality(verb, sent),
                             self.attribution(verb, sent), 0.5))
        return out

    def _joined_in(self, toks: Sequence[Token], sent: Span, claims: list[Claim]
                   ) -> list[Claim]:
        """ "Interpol joined Brazilian police in tracking the fugitive", "Canada joined France
        in condemning the attack": doing something together with a party is cooperating
        with it (060), besides whatever is done."""
        out: list[Claim] = []
        for v in toks:
            if v.lemma_.lower() != "join" or v.pos_ != "VERB" or any(
                    c.trigger.i == v.i and c.match.cameo[:2] == "06" for c in claims):
                continue
            kids = children(v)
            acts = [g for p in kids if p.dep_ == "prep" and p.lower_ == "in"
                    for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            if not acts or any(c.trigger.i == acts[0].i and "01" <= c.match.cameo[:2] <= "13"
                               for c in claims):
                continue  # ("joined France in condemning the attack": a statement, not work)
            partners = [a for o in kids if o.dep_ == "dobj" for a in self.actors_of(o)
                        if anchored(a)]
            sources = [a for a in self.actors_of(self.subject(v)) if anchored(a)]
            if not partners or not sources or same_actor(partners[0], sources[0]):
                continue
            match = LexMatch("060", v.text, 1, v.i, v.i + 1)
            out.append(Claim(match, v, sources[0], partners[0], self.modality(v, sent),
                             self.attribution(v, sent), 0.5))
        return out

    def _said_needed(self, toks: Sequence[Token], sent: Span, claims: list[Claim]
                     ) -> list[Claim]:
        """ "Pompeo said a fundamental reform of the WHO was needed", "the EU says military
        intervention in Venezuela must be avoided", "Germany said new sanctions on Russia were
        necessary": what a speaker says is needed, or must or should be done, is its demand
        (10, of the event named when there is one) of the party the phrase names."""
        out: list[Claim] = []
        for v in toks:
            lemma = v.lemma_.lower()
            if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_VERBS or any(
                    c.trigger.i == v.i for c in claims):
                continue
            kids = children(v)
            if lemma in NEEDED_WORDS and v.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" for c in kids):
                pass  # "was needed", "is required"
            elif lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in NEEDED_WORDS
                                       for c in kids):
                pass  # "is necessary", "was essential"
            elif v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ in ("must", "should") for c in kids):
                pass  # "must be avoided", "should be stopped"
            else:
                continue
            subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
            speaker = [a for a in self.actors_of(self.subject(v.head)) if anchored(a)]
            if subj is None or subj.pos_ != "NOUN" or not speaker:
                continue
            parties = [a for p in [*children(subj), *kids] if p.dep_ == "prep"
                       and p.lower_ in ("of", "on", "in", "with", "against", "by", "for")
                       for a in self.actors_of(p) if anchored(a)
                       and not same_actor(a, speaker[0])]
            if not parties:
                continue
            event = self.lex.match_noun(subj)
            code = (compose("100", event.cameo) if event is not None else None) or "100"
            match = LexMatch(code, v.text, 1, v.i, v.i + 1)
            out.append(Claim(match, v, speaker[0], parties[0], "asserted",
                             self.attribution(v, sent), 0.5))
        return out

    def _critical_of(self, toks: Sequence[Token], sent: Span, claims: list[Claim]
                     ) -> list[Claim]:
        """ "The EU was critical of Hungary's media law", "issued a report highly critical of
        the Vietnamese government": being (or publishing something) critical of someone is
        criticising them (111)."""
        out: list[Claim] = []
        for adj in toks:
            if adj.lemma_.lower() not in CRITICAL_WORDS or adj.pos_ != "ADJ":
                continue
            of = next((c for c in children(adj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                continue
            head = adj.head
            if adj.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
                verb = head  # "was critical of X"
            elif adj.dep_ == "amod" and head.dep_ in ("dobj", "attr") and (
                    head.head.pos_ in ("VERB", "AUX")):
                verb = head.head  # "issued a report critical of X"
            else:
                continue
            if any(c.trigger.i in (adj.i, verb.i) for c in claims):
                continue
            sources = [a for a in self.actors_of(self.subject(verb)) if anchored(a)]
            targets = [a for a in self.actors_of(of) if anchored(a)]
            if not targets:  # "critical of Hungary's new media law": whose law
                pobj = prep_object(of)
                targets = [a for p in (children(pobj) if pobj is not None else [])
                           if p.dep_ == "poss" for a in self.actors_of(p) if anchored(a)]
            if not sources or not targets or same_actor(sources[0], targets[0]):
                continue
            match = LexMatch("111", adj.text, 1, adj.i, adj.i + 1)
            out.append(Claim(match, adj, sources[0], targets[0], self.modality(verb, sent),
                             self.attribution(verb, sent), 0.5))
        return out

    def _critics_say(self, toks: Sequence[Token], sent: Span, claims: list[Claim]
                     ) -> list[Claim]:
        """ "Kremlin critics say Putin has given him free rein", "the president's critics say
        he used the coup attempt as an excuse": what critics say someone did is their
        accusation of that someone (112), whatever the act is."""
        out: list[Claim] = []
        for v in toks:
            if v.lemma_.lower() not in CRITICS_SAYING or v.pos_ != "VERB":
                continue
            subj = next((c for c in children(v) if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in CRITIC_NOUNS:
                continue
            said = next((c for c in children(v) if c.dep_ == "ccomp"), None)
            if said is None or any(n.dep_ == "neg" for n in children(said)):
                continue
            doer = next((c for c in children(said) if c.dep_ in ("nsubj", "nsubjpass")), None)
            critics = self.actor_of(subj)
            accused = [a for a in self.actors_of(doer) if anchored(a)] if doer is not None else []
            owner = next((c for c in children(subj) if c.dep_ == "poss"), None)
            if doer is not None and doer.lower_ in ("he", "she") and owner is not None:
                # ("Mr Erdogan's critics say he ...": the one they criticise)
                accused = [a for a in [self.actor_of(owner)] if anchored(a)]
            if critics is None or not accused or same_actor(critics, accused[0]) or any(
                    c.trigger.i == v.i and c.match.cameo[:2] == "11" for c in claims):
                continue
            match = LexMatch("112", v.text, 1, v.i, v.i + 1)
            out.append(Claim(match, v, critics, accused[0], self.modality(v, sent),
                             self.attribution(v, sent), 0.5))
        return out

    def _protest_reason(self, toks: Sequence[Token], sent: Span, claims: list[Claim]
                        ) -> list[Claim]:
        """ "Fishermen sailed their boats into the harbour in protest against the EU's quota
        rules", "taxi drivers drove their cars into the city centre in protest at new
        licences": an act with no event of its own, done in protest against something, is
        a protest (141) aimed at it (at its owner, when the thing is someone's)."""
        out: list[Claim] = []
        for noun in toks:
            if noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" or (
                    noun.head.lower_ != "in"):
                continue
            verb = noun.head.head
            if verb.pos_ != "VERB" or any(c.trigger.i == verb.i or verb.i in trigger_tokens(
                    sent.doc, c.match) for c in claims):
                continue  # ("resigned in protest against X": the resignation stands)
            against = next((c for c in children(noun) if c.dep_ == "prep"
                            and c.lower_ in ("against", "at", "over")), None)
            pobj = prep_object(against) if against is not None else None
            sources = [a for a in self.actors_of(self.subject(verb)) if anchored(a)]
            if pobj is None or not sources:
                continue
            targets = [a for a in self.actors_of(against)
                       if anchored(a) and not same_actor(a, sources[0])]
            targets += [a for c in children(pobj) if c.dep_ == "poss"
                        for a in [self.actor_of(c)] if a is not None and anchored(a)
                        and not same_actor(a, sources[0])]
            if targets:
                target = targets[0]
            else:
                start, end = phrase_bounds(pobj)
                text = _strip_article(sent.doc[start:end])
                target = Actor(text, text, None, None, None, "other")
            match = LexMatch("141", noun.text, 1, noun.i, noun.i + 1)
            out.append(Claim(match, noun, sources[0], target, self.modality(verb, sent),
                             self.attribution(verb, sent), 0.5))
        return out

    def _joint_partners(self, claims: list[Claim]) -> list[Claim]:
        """ "Kenyan troops carried out joint operations with Somali forces against
        al-Shabaab", "Nigerian and Chadian troops launched a joint offensive against Boko
        Haram": besides the attack, the partners of a joint operation cooperate (062)."""
        out: list[Claim] = []
        for c in claims:
            if c.match.cameo[:2] not in ("09", "17", "18", "19") or not anchored(c.source) or (
                    c.modality != "asserted"):
                continue
            verb = c.trigger
            nodes = [verb, *(o for o in children(verb) if o.dep_ in OBJ_DEPS)]
            nodes += [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in"
                      for g in children(p) if g.dep_ == "pobj"]  # "in a joint operation"
            if not any(m.lower_ in JOINT_WORDS for n in nodes for m in children(n)
                       if m.dep_ in ("amod", "compound")) and not any(
                    m.lower_ in ("jointly", "together") and m.dep_ == "advmod"
                    for m in children(verb)):  # "jointly dismantled a trafficking ring"
                continue
            partners = [a for n in nodes for p in children(n) if p.dep_ == "prep"
                        and p.lower_ in ("with", "alongside") for a in self.actors_of(p)
                        if anchored(a)]
            partners += [d.source for d in claims if d is not c and d.trigger.i == verb.i
                         and anchored(d.source) and not same_actor(d.source, c.source)]
            partner = next((a for a in partners if not same_actor(a, c.source)), None)
            if partner is None or any(d.match.cameo[:2] == "06" and d.trigger.i == verb.i
                                      for d in claims + out):
                continue
            # (police work together; investigators share a case: judicial cooperation)
            code = {"17": "060", "09": "063"}.get(c.match.cameo[:2], "062")
            m = LexMatch(code, c.match.trigger, c.match.specificity, c.match.start,
                         c.match.end)
            out.append(Claim(m, verb, c.source, partner, "asserted", c.attribution, c.confidence))
        return out

    def _named_acts(self, claims: list[Claim]) -> list[Claim]:
        """ "Caracas released 110 detainees. Washington welcomed the releases.": judging an act
        named by a definite noun ("the releases", "this arrest") with nobody named behind it
        is aimed at whoever did that kind of act in an earlier sentence."""
        if not self.prior_acts:
            return claims
        out = []
        for c in claims:
            if c.match.cameo[:2] in ("05", "11", "12") and not anchored(c.target):
                for o in (o for o in children(c.trigger) if o.dep_ in OBJ_DEPS
                          and o.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in (
                              "the", "this", "these", "that", "those") for d in children(o))
                          and not any(d.dep_ in ("poss", "prep") for d in children(o))):
                    kind = self.lex.match_noun(o)
                    doer = next((p.source for p in self.prior_acts if kind is not None
                                 and p.match.cameo[:2] == kind.cameo[:2]
                                 and (c.source is None or not same_actor(p.source, c.source))),
                                None)
                    if doer is not None:
                        c = dataclasses.replace(c, target=doer)
                        break
            out.append(c)
        return out

    def _referred_acts(self, claims: list[Claim]) -> list[Claim]:
        """ "Chinese ships fired water cannon at a Philippine boat. The US condemned the
        incident.": judging "the incident", "the attack", "this move" with nobody named behind
        it is aimed at whoever did the last forceful act of an earlier sentence."""
        if self.last_act is None:
            return claims
        doer = self.last_act.source
        out = []
        for c in claims:
            if c.match.cameo[:2] in ("05", "11", "12", "13") and not anchored(c.target) and (
                    c.source is None or not same_actor(c.source, doer)):
                # (and "warned that such attacks would have consequences": the warned act)
                nodes = [o for o in children(c.trigger) if o.dep_ in OBJ_DEPS] + [
                    g for o in children(c.trigger) if o.dep_ == "ccomp"
                    for g in children(o) if g.dep_ in SUBJ_DEPS]
                ref = next((o for o in nodes
                            if o.lemma_.lower() in REFERRED_ACT_NOUNS
                            and any(d.dep_ in ("det", "amod", "predet") and d.lower_ in (
                                "the", "this", "that", "these", "those", "such")
                                    for d in children(o))
                            and not any(d.dep_ in ("poss", "prep", "amod", "compound", "acl",
                                                   "relcl") and d.lower_ != "such"
                                        for d in children(o))), None)
                if ref is not None:
                    c = dataclasses.replace(c, target=doer)
            out.append(c)
        return out

    def _converse(self, verb: Token, sent: Span) -> Claim | None:
        """ "Iran faces criticism from the UN", "Ruto received an invitation from Moscow":
        the subject undergoes the act its object names, done by the "from" party."""
        self.converse_extra = set()
        taken = verb.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "delivery" for c in children(verb))
        if verb.lemma_.lower() not in CONVERSE_VERBS and not taken:
            return None  # ("took delivery of two patrol vessels": received them)
        # ("received a mission of observers": a pattern of its own)
        own = self.lex.match_verb(verb)
        pattern = trigger_tokens(verb.doc, own) if own is not None and not taken else set()
        for noun in (c for c in children(verb) if c.dep_ == "dobj" and (
                c.pos_ == "NOUN" or c.pos_ == "NUM" and verb.lemma_.lower() == "receive")):
            match = self.lex.match_noun(noun) if noun.pos_ == "NOUN" else None
            if match is None and verb.lemma_.lower() in ("receive", "get") and (
                    _received_aid(noun) is not None) and noun.i not in pattern:
                # "Ukraine received 31 tanks from Washington": the giver gave (07x)
                match = LexMatch(_received_aid(noun), noun.text, 1, noun.i, noun.i + 1)
            if match is None or noun.i in pattern:
                continue
            inner = [g for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                     for g in children(p) if g.dep_ == "pobj"]  # "$2 billion in loans from X"
            frm = [p for n in (noun, verb, *inner) for p in children(n)
                   if p.dep_ == "prep" and p.lower_ == "from"]
            # "received armoured vehicles donated by Turkey": the giver named in the
            # participle on what was received (the participle is read here, not again)
            given = [a for n in (noun, *inner) for a in children(n) if a.dep_ == "acl"
                     and a.tag_ == "VBN" and a.lemma_.lower() in GIVING_PARTICIPLES]
            frm += [g for a in given for g in children(a) if g.dep_ == "agent"]
            sources = [a for p in frm for a in self.actors_of(p) if anchored(a)]
            targets = [a for a in self.actors_of(self.subject(verb)) if anchored(a)]
            if sources and targets and not same_actor(sources[0], targets[0]):
                self.converse_extra = {a.i for a in given}
                return Claim(match, noun, sources[0], targets[0], self.modality(verb, sent),
                             self.attribution(verb, sent), 0.6)
        return None

    def _died_of(self, verb: Token, sent: Span) -> Claim | None:
        """ "A prisoner died after torture in a jail in Iran": the torture is an act on the
        dead, by whoever held them: the custody named ("in Israeli police custody"), else the
        place of the jail (PLOVER's coders code the place as the doer)."""
        if verb.lemma_.lower() != "die":
            return None
        victim = self.subject(verb)
        targets = [a for a in self.actors_of(victim) if a.code or a.type != "other"]
        if not targets:
            targets = self.actors_of(victim)
        if not targets:
            return None
        preps = [c for c in children(verb) if c.dep_ == "prep" and c.i > verb.i]
        noun = match = None
        for t in (t for p in preps for t in p.subtree):
            if t.pos_ == "NOUN":
                found = self.lex.match_noun(t)
                if found is not None and found.cameo[:2] == "18":
                    noun, match = t, found
                    break
        if noun is None or match is None:
            return self._died_fighting(verb, sent, preps, targets[0])
        holder = None
        for p in (c for n in (verb, *noun.subtree) for c in children(n)
                  if c.dep_ == "prep" and c.lower_ == "in"):
            pobj = prep_object(p)
            if pobj is None or pobj.lemma_.lower() not in CUSTODY_NOUNS:
                continue
            start, end = pobj.left_edge.i, pobj.right_edge.i + 1
            actor = self.actors.resolve(start, end)
            place = next((t for t in pobj.subtree if self.places is not None
                          and self.places.at(t.i) is not None), None)
            iso = actor.country if actor is not None and actor.country else (
                self.places.at(place.i).location.country if place is not None else None)
            text = _strip_article(tokens(verb.doc)[start:end])
            if actor is not None and anchored(actor) and actor.country:
                holder = Actor(text, actor.name, actor.code, actor.country, actor.sector,
                               actor.type)
            elif iso:
                holder = Actor(text, text, iso, iso, None, "state")
            if holder is not None:
                break
        if holder is None:
            return None
        return Claim(match, noun, holder, targets[0], self.modality(verb, sent),
                     self.attribution(verb, sent), 0.5)

    def _died_fighting(self, verb: Token, sent: Span, preps: list[Token], dead: Actor
                       ) -> Claim | None:
        """ "Four gunmen died in a shootout with state police": a fight with a named side in
        which the subject died is that side's fight with them (the side is the doer)."""
        for p in preps:
            if p.lower_ not in ("in", "during"):
                continue
            fight = prep_object(p)
            match = self.lex.match_noun(fight) if fight is not None else None
            if match is None or match.cameo[:2] != "19":
                continue
            for w in children(fight):
                if w.dep_ == "prep" and w.lower_ == "with":
                    side = next((a for a in self.actors_of(prep_object(w)) if anchored(a)
                                 and not same_actor(a, dead)), None)
                    if side is not None:
                        return Claim(match, fight, side, dead, self.modality(verb, sent),
                                     self.attribution(verb, sent), 0.5)
        return None

    def _obligations(self, verbs: list[Token], claims: list[Claim], consumed: set[int]
                     ) -> list[Claim]:
        """ "Washington declared that China must drop its barriers": saying what another party
        must do is a demand of it (CAMEO 100), whatever the demanded act is. Acts the lexicon
        codes already become demands in the pipeline; this covers the others."""
        out: list[Claim] = []
        coded = {c.trigger.i for c in claims}
        for v in verbs:
            if v.dep_ != "ccomp" or v.i in consumed or v.i in coded or (
                    v.head.lemma_.lower() not in SPEECH_VERBS) or not any(
                    c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children(v)):
                continue
            subj = next((c for c in children(v) if c.dep_ == "nsubj"), None)
            speaker = self.actors_of(self.subject(v.head))
            if subj is None or not speaker or not anchored(speaker[0]):
                continue
            for tgt in self.actors_of(subj):
                if anchored(tgt) and not same_actor(tgt, speaker[0]):
                    m = LexMatch("100", f"must {v.text}", 1, v.i, v.i + 1)
                    out.append(Claim(m, v, speaker[0], tgt, "asserted",
                                     self.attribution(v.head, v.sent), 0.6))
        return out

    def _retribution(self, verbs: list[Token], claims: list[Claim]) -> list[Claim]:
        """ "Moscow said Finland would face retaliation", "vowed that Seoul would pay dearly":
        saying another party will suffer for what it does is a threat to it (130), not that
        party's act."""
        out = list(claims)
        for v in verbs:
            speech = v.head
            if v.dep_ == "relcl" and speech.dep_ in ("dobj", "dative"):
                speech = speech.head  # "told the commanders they had 48 hours": misparsed
            elif v.dep_ != "ccomp":
                continue
            if speech.lemma_.lower() not in SPEECH_VERBS | THREAT_SPEECH | {"tell"}:
                continue
            code = self._retribution_code(v)
            if code is None:
                continue
            objs = [c for c in children(v) if c.dep_ == "dobj"]
            subj = next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.dep_ == "nsubjpass" and not anchored(
                    self.actor_of(subj)):
                # "ships linked to Israel would be targeted": whose the ships are
                subj = next((p for p in self._owners(subj)
                             if any(anchored(a) for a in self.actors_of(p))), subj)
            speaker = [a for a in self.actors_of(self.subject(speech)) if anchored(a)]
            targets = [a for a in self.actors_of(subj) if anchored(a)]
            told = next((c for c in children(speech) if c.dep_ in ("dobj", "dative")), None)
            agent = next((g for c in children(speech) if c.dep_ == "agent"
                          for g in children(c) if g.dep_ == "pobj"), None)
            if agent is not None:  # "the nurses were told by the secretary that they would
                # be sacked": the agent speaks to the passive subject
                speaker = [a for a in self.actors_of(agent) if anchored(a)]
                told = next((c for c in children(speech) if c.dep_ == "nsubjpass"), told)
            if subj is not None and subj.pos_ == "PRON" and told is not None:
                # "told Pakistan it would face consequences": "it" is who was told
                targets = [a for a in self.actors_of(told) if anchored(a)] or targets
            if code == "138" and speaker and (speaker[0].type in ("igo", "ngo") or any(
                    t.country and t.country == speaker[0].country for t in targets)):
                continue  # "aid agencies said civilians would be targeted": a warning of it
            if not speaker or not targets:
                continue
            # not the target's own act, nor a promise ("vowed that Seoul would pay dearly")
            out = [c for c in out if c.trigger.i != v.i and not (
                c.trigger.i == speech.i and c.match.cameo[:2] == "03")]
            m = LexMatch(code, " ".join([v.text, *(o.text for o in objs)]), 1, v.i, v.i + 1)
            out += [Claim(m, v, speaker[0], t, "asserted", self.attribution(speech, v.sent), 0.6)
                    for t in targets if not same_actor(t, speaker[0])]
        return out

    def _or_else(self, toks: Sequence[Token], claims: list[Claim]) -> list[Claim]:
        """ "told the union to call off the strike or face arrest", "ordered the squatters to
        leave or risk eviction": a demand backed by what happens otherwise is an ultimatum
        (139) by who gave it to who got it, whatever the parser made of "or face"."""
        for t in toks:
            if t.lower_ != "or" or t.i + 2 >= t.sent.end:
                continue
            nxt = t.nbor(1)
            if nxt.lower_ == "else" and t.i + 3 < t.sent.end:
                nxt = nxt.nbor(1)
            if nxt.lower_ not in ("face", "risk"):
                continue
            directive, v = None, t.head
            for _ in range(5):
                if v.lemma_.lower() in DIRECTIVE_VERBS and v.pos_ in ("VERB", "AUX"):
                    directive = v
                    break
                if v.head.i == v.i:
                    break
                v = v.head
            if directive is None:
                continue
            passive = any(c.dep_ == "auxpass" for c in children(directive))
            if passive:
                agent = self.passive_agent(directive)
                giver = next((g for g in children(agent) if g.dep_ == "pobj"), None) if (
                    agent is not None) else None
                told = self.passive_subject(directive)
            else:
                giver = self.subject(directive)
                told = next((c for c in children(directive) if c.dep_ in ("dobj", "dative")
                             and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            sources = [a for a in self.actors_of(giver) if anchored(a)]
            # (who is told need not be known: "told the squatters to leave or face eviction")
            targets = [a for a in self.actors_of(told) if a is not None]
            if not sources or not targets:
                continue
            claims = [c for c in claims if c.trigger.i != directive.i]
            m = LexMatch("139", f"{directive.text} {t.text} {nxt.text}", 1, directive.i,
                         directive.i + 1)
            claims += [Claim(m, directive, sources[0], g, "asserted",
                             self.attribution(directive, directive.sent), 0.6)
                       for g in targets if not same_actor(g, sources[0])]
        return claims

    def _make_pay(self, toks: Sequence[Token], claims: list[Claim]) -> list[Claim]:
        """ "Iran vowed to make Israel pay for the strike", "we will make them pay": making
        another party pay is a threat (130) against it by who vows or will do so."""
        for t in toks:
            if t.lower_[:2] != "pa" or t.lemma_.lower() != "pay" or t.dep_ not in (
                    "ccomp", "xcomp"):
                continue
            make = t.head
            if make.lemma_.lower() != "make":
                continue
            payer = next((c for c in children(t) if c.dep_ in ("nsubj", "dobj")), None)
            if payer is None:
                payer = next((c for c in children(make) if c.dep_ == "dobj"), None)
            vow = make.head if make.dep_ == "xcomp" and make.head.lemma_.lower() in (
                THREAT_SPEECH | {"pledge", "swear"}) else None
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
                         for c in children(make))
            if vow is None and not future:
                continue
            doer = vow if vow is not None else make
            sources = [a for a in self.actors_of(self.subject(doer)) if anchored(a)]
            targets = [a for a in self.actors_of(payer) if anchored(a)] if payer else []
            if not sources or not targets or same_actor(sources[0], targets[0]):
                continue
            claims = [c for c in claims if c.trigger.i not in (doer.i, make.i, t.i)]
            m = LexMatch("130", f"{doer.text} make pay", 2, doer.i, doer.i + 1)
            claims.append(Claim(m, doer, sources[0], targets[0], "asserted",
                                self.attribution(doer, doer.sent), 0.6))
        return claims

    def _persona_non_grata(self, toks: Sequence[Token], claims: list[Claim]) -> list[Claim]:
        """ "Estonia declared two Russian diplomats persona non grata": the parser reads
        "persona" as a verb; the phrase after "declared" names who is expelled (161)."""
        if any(c.match.cameo == "161" for c in claims):
            return []
        for t in toks:
            if t.lower_ != "persona" or t.i + 2 >= t.sent.end or (
                    t.nbor(2).lower_ != "grata"):
                continue
            declare = next((d for d in reversed(toks[:t.i - toks[0].i])
                            if d.lemma_.lower() == "declare" and d.pos_ in ("VERB", "AUX")), None)
            if declare is None or any(c.dep_ == "auxpass" for c in children(declare)):
                continue
            span = range(declare.i + 1, t.i)
            heads = [x for x in toks if x.i in span and x.pos_ in ("NOUN", "PROPN")
                     and x.head.i not in span]
            sources = [a for a in self.actors_of(self.subject(declare)) if anchored(a)]
            targets = [a for h in heads[:1] for a in self.actors_of(h) if a is not None]
            if not sources or not targets:
                continue
            m = LexMatch("161", f"{declare.text} persona non grata", 3, declare.i,
                         declare.i + 1)
            return [Claim(m, declare, sources[0], g, self.modality(declare, declare.sent),
                          self.attribution(declare, declare.sent), 0.7)
                    for g in targets if not same_actor(g, sources[0])]
        return []

    @staticmethod
    def _threatened_party(claims: list[Claim]) -> list[Claim]:
        """ "The US warned it would impose visa restrictions on Guatemalan officials": a threat
        that names nobody (or an offer that names only the forces it would send) is aimed at
        whom the act it threatens or offers is aimed at (the act, unreal, stays
        hypothetical)."""
        out = []
        for c in claims:
            v = c.trigger
            # (also an offer whose target is the forces it would send: "offered to send troops
            # to help restore order in the Solomon Islands")
            forces = c.match.cameo[:2] == "03" and c.target is not None and (
                c.target.sector in FORCE_SECTORS)
            if c.match.cameo[:2] not in ("13", "03") or c.source is None or not (
                    c.target is None and c.match.cameo[:2] == "13" or forces):
                out.append(c)
                continue
            inner = next((d for d in claims if d is not c and d.modality in (
                "hypothetical", "future") and anchored(d.target) and d.trigger.dep_ in (
                "ccomp", "xcomp") and d.trigger.head.i == v.i and d.source is not None
                and same_actor(d.source, c.source) and not same_actor(d.target, c.source)
                and d.target.sector not in FORCE_SECTORS), None)
            out.append(dataclasses.replace(c, target=inner.target) if inner else c)
        return out

    def _told_threats(self, claims: list[Claim]) -> list[Claim]:
        """ "Police told the protesters they would be arrested", "Students were told by the
        police chief that officers would use force": a forceful act the teller says will
        befall the party told, done by nobody named or by the teller's own side, is the
        teller's (and so, being unreal, its threat) aimed at the party told."""
        out = []
        for c in claims:
            v = c.trigger
            if c.modality not in ("hypothetical", "future") or (
                    c.match.cameo[:2] not in MATERIAL_CONFLICT_ROOTS):
                out.append(c)
                continue
            speech = v.head
            if v.dep_ != "ccomp" or speech.lemma_.lower() not in TOLD_VERBS or not any(
                    a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "could")
                    for a in children(v)):
                out.append(c)
                continue
            if any(a.dep_ == "auxpass" for a in children(speech)):
                agent = self.passive_agent(speech)
                teller = next((g for g in children(agent) if g.dep_ == "pobj"), None) if (
                    agent is not None) else None
                told = self.passive_subject(speech)
            else:
                teller = self.subject(speech)
                told = next((x for x in children(speech) if x.dep_ in ("dobj", "dative")
                             and x.pos_ in ("NOUN", "PROPN")), None)
            tellers = [a for a in self.actors_of(teller) if anchored(a)]
            told_actor = self.actor_of(told)
            if not tellers or told_actor is None:
                out.append(c)
                continue
            src = c.source
            state = FORCE_SECTORS | {"GOV"}
            own_side = src is None or not anchored(src) or src.sector == tellers[0].sector or (
                src.country is not None and src.country == tellers[0].country) or (
                src.country is None and src.sector in state and tellers[0].sector in state)
            if not own_side:
                out.append(c)
                continue
            target = c.target if anchored(c.target) and not (
                c.target.sector == tellers[0].sector) else told_actor
            out.append(dataclasses.replace(c, source=tellers[0], target=target))
        return out

    def _owners(self, noun: Token) -> list[Token]:
        """Whose a thing is: "Iran's ships", "ships of the navy", "ships linked to Israel",
        "tankers owned by X"."""
        out = [c for c in children(noun) if c.dep_ == "poss" or (
            c.dep_ == "prep" and c.lower_ == "of")]
        for c in children(noun):
            if c.dep_ == "acl" and c.tag_ == "VBN":
                out += [g for g in children(c) if g.dep_ == "agent" or (
                    g.dep_ == "prep" and g.lower_ in ("to", "with"))]
        return out

    @staticmethod
    def _retribution_code(v: Token) -> str | None:
        """The threat a reported clause makes, if it is one: "X would face retaliation /
        tariffs / military action" (130), "X would pay dearly" (130), "X had 72 hours to
        leave" (an ultimatum, 139), "X would be targeted" (138)."""
        lemma = v.lemma_.lower()
        aux = {c.lower_ for c in children(v) if c.dep_ in ("aux", "auxpass")}
        objs = [c for c in children(v) if c.dep_ == "dobj"]
        if lemma == "have" and any(o.lemma_.lower() in ("hour", "day", "week") and any(
                c.dep_ in ("relcl", "acl") or c.dep_ == "xcomp" for c in children(o))
                or any(c.dep_ == "xcomp" for c in children(v)) for o in objs):
            return "139"  # "told the rebels they had 72 hours to surrender"
        if not aux & {"would", "will", "could"}:
            return None
        if lemma in PASSIVE_THREAT_VERBS and "be" in {c.lemma_ for c in children(v)
                                                      if c.dep_ == "auxpass"}:
            return "138"
        if lemma in PASSIVE_PUNISHMENTS and "be" in {c.lemma_ for c in children(v)
                                                     if c.dep_ == "auxpass"}:
            return "130"  # "told the nurses they would be sacked unless ..."
        if lemma not in SUFFER_VERBS:
            return None
        for o in objs:
            ol = o.lemma_.lower()
            hostile = any(c.lemma_.lower() in HOSTILE_ADJECTIVES for c in children(o)
                          if c.dep_ in ("amod", "compound"))
            if ol in RETRIBUTION_NOUNS or ol in HARM_NOUNS and (
                    ol not in HOSTILE_MODIFIED or hostile):
                return "130"
        if lemma == "pay" and any(c.lower_ in ("dearly", "heavily") for c in children(v)):
            return "130"
        return None

    def _held_responsible(self, toks: Sequence[Token], claims: list[Claim]) -> list[Claim]:
        """ "Mogadishu said al-Shabaab fighters were responsible (for the blast)", "... were behind
        the bombing": naming another party as the culprit accuses it (112); naming its bases
        "legitimate targets" threatens it (138)."""
        out: list[Claim] = []
        coded = {c.trigger.i for c in claims}
        for tok in toks:
            low = tok.lower_
            culprit = low == "responsible" and tok.dep_ == "acomp" or (
                low == "behind" and tok.dep_ == "prep")
            # "Medvedev said British bases could become legitimate targets": a threat (138)
            marked = low in ("target", "targets") and tok.dep_ == "attr" and any(
                c.lower_ in ("legitimate", "fair", "lawful", "legal") for c in children(tok))
            if not (culprit or marked):
                continue  # most tokens: no need to make their head Token
            v = tok.head
            if v.lemma_ not in (("be", "become") if marked else ("be",)) or v.dep_ not in (
                    "ccomp", "parataxis") or (
                    v.head.lemma_.lower() not in SPEECH_VERBS) or tok.i in coded:
                continue
            if tok.lower_ == "behind" and not any(
                    self.lex.match_noun(g) is not None for g in children(tok) if g.dep_ == "pobj"):
                continue  # "the army is behind schedule"
            if any(c.dep_ == "neg" for c in children(v)):
                continue
            subj = next((c for c in children(v) if c.dep_ == "nsubj"), None)
            speaker = self.actors_of(self.subject(v.head))
            if subj is None or not speaker or not anchored(speaker[0]):
                continue
            for tgt in self.actors_of(subj):
                if anchored(tgt) and not same_actor(tgt, speaker[0]):
                    m = LexMatch("138" if marked else "112", f"{v.head.text} {tok.text}", 1,
                                 tok.i, tok.i + 1)
                    out.append(Claim(m, tok, speaker[0], tgt, self.modality(v.head, v.sent),
                                     self.attribution(v.head, v.sent), 0.55))
        return out

    def _people_where(self, claims: list[Claim]) -> list[Claim]:
        """ "aid to help people in Somalia and Kenya", "killed 48 people in two attacks in
        Afghanistan", "accepted 1,500 people living in Greek camps": people of no country are
        the civilians of the place the sentence puts them in, and their phrase runs to it."""
        out = []
        for cl in claims:
            tgt = cl.target
            # (also civilians the context gave a country: "Germany agreed to accept 1,500
            # people living in Greek camps" are not German)
            if tgt is None or tgt.type in ("igo", "ngo", "person") or tgt.code not in (
                    None, "CVL", f"{tgt.country}CVL"):
                out.append(cl)
                continue
            doc = cl.trigger.doc
            heads = [t for t in cl.trigger.sent if t.lemma_.lower() in GENERIC_PEOPLE
                     and t.pos_ == "NOUN" and tgt.text.endswith(t.text)]
            found = self._where_people_are(heads[0], cl.trigger) if heads else None
            if found is not None:
                head, last, iso3 = found
                text = doc[head.left_edge.i:last.i + 1].text
                tgt = Actor(text, f"{iso3} civilians", iso3 + "CVL", iso3, "CVL", "group")
                if cl.source is None or not same_actor(tgt, cl.source):
                    cl = dataclasses.replace(cl, target=tgt)
            out.append(cl)
        return out

    def _where_people_are(self, head: Token, verb: Token):
        """(people, last word of the place, its ISO3) for "people in X", "people living in
        X", or the verb's own "in X" ("killed 48 people in two attacks in Afghanistan")."""
        hosts = [head, *(a for a in children(head) if a.dep_ in ("acl", "relcl")
                         and a.tag_ in ("VBG", "VBN"))]
        if head.head.i == verb.i or head.head.head.i == verb.i:
            hosts.append(verb)
        for host in hosts:
            for prep in children(host):
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "across", "throughout"):
                    continue
                if host is verb and prep.i < head.i:
                    continue
                pobj = prep_object(prep)
                if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                    continue
                for cand in (pobj, *(g for q in children(pobj) if q.dep_ == "prep"
                                     and q.lower_ == "in" for g in children(q)
                                     if g.dep_ == "pobj")):
                    place = self._place_at(cand)
                    iso3 = place.location.country if place is not None else None
                    if iso3 is None and cand.pos_ == "NOUN":  # "in Greek refugee camps"
                        named = self.actors.resolve(*phrase_bounds(cand))
                        iso3 = named.country if named is not None and named.sector in (
                            None, "REF", "CVL") else None
                    # (to the last conjunct, not a relative clause hung on it: "people in
                    # Somalia, Ethiopia and Kenya, who have been facing ...")
                    end = np_end(pobj)
                    if iso3 is not None and end - head.i < 16:
                        return head, pobj.doc[end], iso3
        return None

    def _authors_of_proposals(self, claims: list[Claim]) -> list[Claim]:
        """ "spurned a request from the interior ministry", "vetoed a Security Council draft
        tabled by Washington", "accepted a proposal drafted by Manila": a rejection or an
        acceptance of a proposal is aimed at its author, not at the paper."""
        out = []
        for cl in claims:
            verb = cl.trigger
            applying = any(c.dep_ == "dobj" and c.lemma_.lower() in APPLICATION_NOUNS
                           for c in children(verb))  # "vetoed Ukraine's EU membership":
            # the applicant, whichever body it would join
            if cl.match.cameo[:2] in ("12", "03") and cl.source is not None and (
                    verb.pos_ == "VERB") and (not anchored(cl.target) or applying):
                # (an IGO's draft stays the target, whoever tabled it: "vetoed a UN draft
                # resolution presented by X", as the PLV gold codes it)
                author = self._author(verb, cl.source)
                if author is not None and (cl.target is None or not same_actor(author,
                                                                              cl.target)):
                    cl = dataclasses.replace(cl, target=author)
            if cl.match.cameo[:2] in ("03", "08") and cl.source is not None and (
                    not anchored(cl.target) or not cl.target.code):
                # "agreed to a proposal to swap prisoners with Moscow", "dropped plans to
                # suspend the licences of striking doctors": whom the plan is aimed at
                inner = self._planned_party(cl, claims)
                if inner is not None:
                    cl = dataclasses.replace(cl, target=inner)
            out.append(cl)
        return out

    @staticmethod
    def _planned_party(claim: Claim, claims: list[Claim]) -> Actor | None:
        """The target of the act a proposal or plan names, when that proposal or plan is what
        ``claim`` answers or gives up."""
        verb = claim.trigger
        for d in claims:
            if d is claim or d.modality == "asserted" or not anchored(d.target) or (
                    not d.target.code) or same_actor(d.target, claim.source):
                continue
            act = d.trigger
            plan = act.head
            if act.dep_ not in ("acl", "relcl") or plan.lemma_.lower() not in (
                    UNREAL_NOUNS | PROPOSAL_NOUNS):
                continue
            up = plan
            for _ in range(3):  # "dropped plans", "agreed to a proposal"
                if up.dep_ not in ("dobj", "pobj", "prep", "nsubjpass"):
                    break
                up = up.head
                if up.i == verb.i:
                    return d.target
        return None

    def _author(self, verb: Token, source: Actor) -> Actor | None:
        """Who made the request, proposal or draft that is ``verb``'s object ("from X",
        "tabled by X", "X's package")."""
        nouns = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [g for c in children(verb) if c.dep_ == "prep" and c.lower_ in (
            "down", "off", "up", "out") for g in children(c) if g.dep_ == "pobj"]  # "voted
        # down X", the particle read as a preposition
        for doc_noun in nouns:
            if doc_noun.lemma_.lower() not in AUTHORED_NOUNS and not any(
                    a.dep_ in ("amod", "compound") and a.lower_ in PROPOSED_WORDS
                    for a in children(doc_noun)):
                continue  # (also "spurned Ottawa's proposed emissions cap")
            preps = [c for c in children(doc_noun) if c.dep_ == "prep"
                     and c.lower_ in ("from", "by")]
            preps += [g for a in children(doc_noun) if a.dep_ == "acl" and a.tag_ == "VBN"
                      for g in children(a) if g.dep_ in ("agent", "prep") and g.lower_ == "by"]
            preps += [c for c in children(doc_noun) if c.dep_ == "poss"
                      and c.pos_ != "PRON"]  # "voted down Beijing's reform package"
            for prep in preps:
                found = next((a for a in self.actors_of(prep) if anchored(a)
                              and not same_actor(a, source)), None)
                if found is not None:
                    return found
        return None

    def _pressure_over_owner(self, claims: list[Claim]) -> list[Claim]:
        """ "Under pressure from Washington, Ankara dropped its veto of the alliance's plan":
        a concession aimed at the owner of the thing given up is aimed at whoever pressed
        for it, when the sentence names them."""
        out = []
        for cl in claims:
            verb = cl.trigger
            if cl.match.cameo[:3] in CONCESSION_CODES and cl.target is not None and (
                    cl.source is not None and verb.pos_ == "VERB"):
                owners = [t for d in children(verb) if d.dep_ == "dobj" for t in d.subtree
                          if t.dep_ == "poss" and t.pos_ != "PRON"]
                if any(cl.target.text == doc_text(t)
                       or cl.target.text == t.text for t in owners):
                    pressers = self.pressed_by(verb, cl.source)
                    if pressers:
                        cl = dataclasses.replace(cl, target=pressers[0])
            out.append(cl)
        return out

    def _protest_aims(self, claims: list[Claim]) -> list[Claim]:
        """ "Demonstrators rioted, calling for the removal of President X": a protest that
        names nobody, or only the place where it was held ("marched in the capital,
        demanding independence from X"), is aimed at whom its own demand is made of."""
        out = []
        for c in claims:
            if c.source is not None and c.match.cameo[:2] == "14" and c.target is not None and (
                    c.target.text.split()[-1].lower() in SEAT_NOUNS):
                # "parliament was ringed by protesters demanding the premier's resignation":
                # a protest at a seat of power demanding someone's ouster is aimed at them
                ouster = next((d for d in claims if d.match.cameo[:4] == "1041"
                               and d.source is not None and same_actor(d.source, c.source)
                               and anchored(d.target) and d.target.type == "person"), None)
                if ouster is not None:
                    c = dataclasses.replace(c, target=ouster.target)
            if (c.source is not None and c.match.cameo[:2] == "14"
                    and (c.target is None or _held_at(c))):
                demand = next((d for d in claims if d.match.cameo[:2] in ("10", "02")
                               and d.source is not None and same_actor(d.source, c.source)
                               and anchored(d.target) and d.target.code), None)
                if demand is not None:
                    c = dataclasses.replace(c, target=demand.target)
            if c.source is not None and c.match.cameo[:2] == "14" and c.trigger.pos_ == "VERB" and (
                    c.target is None or not anchored(c.target) or _held_at(c)):
                # "rallied in Tel Aviv against the judicial overhaul plan": what the protest
                # is against, not where it was held
                against = next((prep_object(p) for p in children(c.trigger) if p.dep_ == "prep"
                                and p.lower_ == "against" and prep_object(p) is not None), None)
                found = self.actor_of(against) if against is not None else None
                if found is not None and not same_actor(found, c.source):
                    c = dataclasses.replace(c, target=found)
            if c.source is not None and c.match.cameo[:2] == "14":
                # "demonstrations against the violations by the army": the army (whoever
                # else the protest names)
                found = self._protested(c.trigger, doers_only=anchored(c.target))
                if found is None and c.trigger.pos_ == "VERB":
                    # "burned French flags at a rally against France's military presence":
                    # the act done at a protest is aimed where the protest is
                    found = next((a for p in children(c.trigger) if p.dep_ == "prep"
                                  and p.lower_ in ("at", "during", "in")
                                  for r in children(p) if r.dep_ == "pobj"
                                  and (self.lex.match_noun(r) or LexMatch("", "", 0, 0, 0)
                                       ).cameo[:2] == "14"
                                  for a in [self._protested(r)] if a is not None), None)
                if found is not None and not same_actor(found, c.source):
                    c = dataclasses.replace(c, target=found)
            out.append(c)
        return out

    @staticmethod
    def _blame(claims: list[Claim]) -> list[Claim]:
        """ "Ankara said the attack was carried out by the regime": a party naming another as
        the one who attacked it (or attacked, with no victim named) accuses it (112)."""
        out = []
        for c in claims:
            speaker, src = c.speaker, c.source
            if (speaker is None or src is None or not anchored(src) or c.modality != "asserted"
                    or not c.match.cameo.startswith(("18", "19", "20"))
                    or not speaker.country or src.country == speaker.country
                    or c.target is not None and c.target.country != speaker.country):
                continue
            m = LexMatch("112", c.match.trigger, c.match.specificity, c.match.start, c.match.end)
            out.append(dataclasses.replace(c, match=m, source=speaker, target=src,
                                           attribution=None, confidence=c.confidence - 0.1))
        return out

    def _conjoined_nouns(self, found: list[Claim], match: LexMatch, consumed: set[int]
                         ) -> list[Claim]:
        """ "expressed its rejection and condemnation of the plan": each event noun joined to
        the pattern's noun is an event of its own, with the same doer and target."""
        if not found:
            return []
        doc = found[0].trigger.doc
        toks = tokens(doc)
        out: list[Claim] = []
        for i in range(match.start, match.end):
            noun = toks[i]
            if noun.pos_ != "NOUN":
                continue
            for other in conjuncts(noun):
                if other.i in consumed or other.pos_ != "NOUN":
                    continue
                m = self.lex.match_noun(other)
                if m is None or m.cameo == match.cameo:
                    continue
                consumed.update(trigger_tokens(doc, m))
                out += [dataclasses.replace(c, match=m) for c in found]
        return out

    def _purposes_of_contact(self, claims: list[Claim]) -> list[Claim]:
        """ "phoned Erdogan to apologize", "called Bashir to express support": what was said
        in the call is the event. The purpose is asserted as the call is, aimed at whom was
        contacted, and stands for the contact itself."""
        contacts = {c.trigger.i: c for c in claims if c.match.cameo[:2] == "04"
                    and c.trigger.lemma_.lower() in CONTACT_VERBS}
        if not contacts:
            return claims
        replaced: set[int] = set()
        out = []
        for claim in claims:
            verb = claim.trigger
            contact = contacts.get(verb.head.i) if verb.dep_ in ("advcl", "xcomp") else None
            if contact is None or claim.match.cameo[:2] not in VERBAL_ROOTS or not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in children(verb)) or (
                    claim.source is None or contact.source is None
                    or not same_actor(claim.source, contact.source)):
                out.append(claim)
                continue
            target = claim.target
            if contact.target is not None and anchored(contact.target) and (
                    target is None or not anchored(target)
                    or verb.lemma_.lower() in ("express", "convey", "extend", "offer",
                                               "protest", "complain", "lodge")):
                target = contact.target  # "called X to express support for Y": said to X;
                # "summoned the envoy to protest against attacks by militants": to the envoy
            out.append(dataclasses.replace(claim, modality=contact.modality, target=target))
            replaced.add(id(contact))
        return [c for c in out if id(c) not in replaced]

    @staticmethod
    def _strike_sense(claim: Claim) -> Claim:
        """ "Russia defended its strikes in Syria": a state or an armed force does not go on
        strike; its strikes are military ones (a labour strike's doers are people)."""
        src = claim.source
        if claim.match.cameo == "143" and claim.trigger.lemma_.lower() == "strike" and (
                claim.trigger.pos_ == "VERB") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in STRIKING_THINGS
                for c in children(claim.trigger)):
            # "a car bomb struck a bus", "a missile struck the hospital": no walkout
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("190", m.trigger, m.specificity,
                                                             m.start, m.end))
        if claim.match.cameo != "143" or src is None or not src.code or (
                claim.trigger.lemma_.lower() != "strike" and not any(
                    w.lower().startswith("strike") for w in claim.match.trigger.split()[1:])):
            return claim  # "boycotted the vote" is 143 too ("carried out the strike" is not)
        if claim.trigger.lemma_.lower() == "go" or any(
                c.lower_ in ("walkout", "picket") for c in children(claim.trigger)):
            return claim  # "went on strike (against a company)": armies do not go on strike
        if any(w.lower() in ("general", "hunger", "labour", "labor", "nationwide", "national",
                             "warning", "sit-down") for w in claim.match.trigger.split()) or any(
                c.lower_ in ("general", "hunger", "nationwide", "national", "warning")
                for o in [claim.trigger, *children(claim.trigger)] for c in children(o)
                if c.dep_ in ("amod", "compound")):
            return claim  # "held a general strike": a labour action whoever called it
        tgt = claim.target
        if tgt is not None and tgt.sector == "BUS" and not (
                src.type == "armed_group" or src.sector in ARMED_SECTORS):
            return claim  # "mechanics extended their strike against Tesla": against a firm
        last = src.text.split()[-1]
        if src.type == "state" and src.sector is None and last.islower() and (
                last.endswith("s")) and last not in STATE_NOUNS_PLURAL:
            return claim  # "Swedish mechanics extended their strike": people of a country
        if src.type == "armed_group" or src.sector in ARMED_SECTORS or (
                src.type == "state" and src.sector in (None, "GOV")):
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("190", m.trigger, m.specificity,
                                                             m.start, m.end))
        return claim

    @staticmethod
    def _test_sense(claim: Claim) -> Claim:
        """ "launched a ballistic missile test", "fired a missile in a test aimed at the US":
        a weapons test is a show of force (150), not an attack, whoever it is aimed at."""
        verb = claim.trigger
        if claim.match.cameo[:2] != "19" or verb.pos_ != "VERB" or verb.lemma_.lower() not in (
                "launch", "fire", "conduct", "carry"):
            return claim
        nodes = [verb, *(c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass"))]
        tested = any(n.lemma_.lower() == "test" for n in nodes[1:]) or any(
            c.lemma_.lower() == "test" and c.dep_ in ("compound", "amod", "nmod")
            for n in nodes[1:] for c in children(n)) or any(
            p.dep_ == "prep" and p.lower_ in ("in", "during", "as") and any(
                g.lemma_.lower() == "test" for g in children(p) if g.dep_ == "pobj")
            for n in nodes for p in children(n))
        # "launched a missile that flew for an hour before splashing down in waters off X":
        # it fell into the sea, a test or a show of force, not a strike
        tested = tested or any(
            f.lemma_.lower() in FALLING_VERBS and any(
                p.dep_ == "prep" and p.lower_ in ("in", "into") and any(
                    g.lemma_.lower() in SEA_WORDS for g in children(p) if g.dep_ == "pobj")
                for p in children(f))
            for n in nodes[1:] for c in children(n) if c.dep_ in ("relcl", "acl")
            for f in c.subtree if f.pos_ == "VERB")
        if not tested:
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("150", m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _crowd_sense(claim: Claim) -> Claim:
        """ "Thousands rallied against the bill", "students blockaded universities": what
        crowds, students or workers do in the street is a protest (141, 144), not rallying
        opposition (113) or a military blockade (191)."""
        src = claim.source
        words = src.text.lower().split() if src is not None else []
        if src is None or not (src.sector in CROWD_SECTORS or words[-1] in (
                PEOPLE_PLURALS_OF_CROWDS) or words[0] in ("thousands", "hundreds", "tens")) or (
                src.sector in FORCE_SECTORS):  # ("thousands of troops were massed")
            return claim
        code = {"113": "141", "191": "144", "154": "141"}.get(claim.match.cameo)
        if code is None or code == "141" and claim.trigger.lemma_.lower() not in (
                "rally", "march", "demonstrate", "protest", "mass", "gather", "converge"):
            return claim  # "supporters massed in Yerevan against X": a rally
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch(code, m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _official_sense(claim: Claim) -> Claim:
        """ "Pakistan summoned the envoy to protest against the attacks": a state or government
        that protests complains officially (114); it does not demonstrate (141)."""
        src = claim.source
        if claim.match.cameo != "141" or src is None or not src.country or not (
                src.sector == "GOV" or src.type == "state" and src.sector is None
                and src.text.lower() == (src.name or "").lower()) or (
                claim.trigger.lemma_.lower() != "protest"):
            return claim  # (not "Thousands of Georgians", "a Kansas woman": people)
        if set(src.text.lower().split()) & (CROWD_NUMBERS | CROWD_WORDS):
            return claim  # "thousands of supporters of Imran Khan" are a crowd
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("114", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _mission_sense(self, claim: Claim) -> Claim:
        """ "Kenya dispatched 400 police officers of a UN-backed multinational security mission
        to Haiti", "sent troops to lead a peacekeeping mission": forces sent on a peace or
        security mission for another state are peacekeepers (074), not a show of force."""
        if claim.match.cameo not in ("153", "154") or claim.source is None:
            return claim
        tgt = claim.target
        if tgt is not None and claim.source.country and tgt.country == claim.source.country:
            return claim  # (at home: a deployment)
        medics = [g for o in children(claim.trigger) if o.dep_ == "dobj"
                  for p in children(o) if p.dep_ == "prep" and p.lower_ == "of"
                  for g in children(p) if g.dep_ == "pobj" and g.lemma_.lower() in MEDIC_NOUNS]
        if medics or any(o.dep_ == "dobj" and o.lemma_.lower() in MEDIC_NOUNS
                         for o in children(claim.trigger)):
            # "sent a brigade of its doctors to Lombardy": medical help sent abroad (073)
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("073", m.trigger, m.specificity,
                                                             m.start, m.end))
        if not any(t.lemma_.lower() == "mission" and any(
                c.lower_.strip("-") in MISSION_KINDS or c.lemma_.lower() in MISSION_KINDS
                for c in t.subtree if c.i < t.i) for t in claim.trigger.sent):
            return claim
        m = claim.match
        # (for the state they are sent to, not the foe the mission is against)
        sent_to = [Actor(a.text, a.name, a.country, a.country, None, "state")
                   for a in self._sent_to(claim.trigger)
                   if a.country and a.country != claim.source.country]
        if not sent_to and (tgt is None or tgt.country in (None, claim.source.country)):
            return claim  # (no mission abroad: "deployed police to Kano on a mission")
        return dataclasses.replace(claim, match=LexMatch("074", m.trigger, m.specificity,
                                                         m.start, m.end),
                                   target=sent_to[0] if sent_to else tgt)

    @staticmethod
    def _vowed_harm(claim: Claim) -> Claim:
        """ "Iran vowed to deliver a 'crushing response' if Israel attacked", "Bukele vowed
        that jailed gang members would not see a ray of sunlight": a vow of harm to another is
        a threat (130), not a promise."""
        verb = claim.trigger
        if claim.match.cameo[:2] != "03" or verb.lemma_.lower() not in VOWING_VERBS:
            return claim
        said = [c for c in children(verb) if c.dep_ in ("xcomp", "ccomp")]
        harm = any(t.lemma_.lower() in RETRIBUTION_NOUNS | HARMING_LEMMAS
                   for c in said for t in c.subtree) or any(
            any(n.dep_ == "neg" for n in children(c)) and any(
                t.lemma_.lower() in ("light", "sunlight", "freedom", "day") for t in c.subtree)
            for c in said if c.dep_ == "ccomp")
        if not harm:
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("130", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _criticised_possessor(self, claim: Claim) -> Claim:
        """ "criticised Egypt's use of military courts against civilians", "denounced Iran's
        execution of protesters": what is criticised is the possessor's act, so the possessor
        is the target, not the act's victims nor the act's phrase coded by its object."""
        verb = claim.trigger
        if claim.match.cameo[:2] != "11" or claim.source is None:
            return claim
        obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.i in trigger_tokens(verb.doc, claim.match):
            return claim
        # ("accused Ruto's government of ...": the object is an actor itself)
        own = self.actors.resolve(obj.i, obj.i + 1) or (
            self.actor_of(obj) if obj.lemma_.lower() in PERSON_NOUNS else None)
        poss = next((c for c in children(obj) if c.dep_ == "poss"), None)
        if own is not None or poss is None or poss.lower_ in PRONOUNS or not any(
                c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "toward", "towards")
                for c in children(obj)):
            return claim
        found = [a for a in self.actors_of(poss) if anchored(a)]
        if not found or same_actor(found[0], claim.source):
            return claim
        return dataclasses.replace(claim, target=found[0])

    def _causative_harm(self, claim: Claim) -> Claim:
        """ "The junta leader vowed to have the deserters shot", "threatened to have opposition
        leaders arrested": the people to be harmed by another's hand are the target of the
        threat (130), not the doers of the act."""
        verb = claim.trigger
        if claim.match.cameo[:2] not in ("03", "13") or claim.source is None or (
                verb.lemma_.lower() not in VOWING_VERBS | {"threaten"}):
            return claim
        for have in children(verb):
            if have.dep_ != "xcomp" or have.lemma_.lower() not in ("have", "get"):
                continue
            for act in children(have):
                if act.dep_ not in ("ccomp", "xcomp") or act.tag_ != "VBN" or (
                        act.lemma_.lower() not in CAUSED_HARM):
                    continue
                who = next((c for c in children(act) if c.dep_ in ("nsubj", "nsubjpass")),
                           None) or next((c for c in children(have) if c.dep_ == "dobj"), None)
                found = [a for a in self.actors_of(who)] if who is not None else []
                if found:
                    m = claim.match
                    return dataclasses.replace(claim, target=found[0], match=LexMatch(
                        "130", m.trigger, m.specificity, m.start, m.end))
        return claim

    def _reason_party(self, claim: Claim) -> Claim:
        """ "Jordan recalled its ambassador over Israel's bombardment of Gaza", "Beijing warned
        of countermeasures over Washington's approval of an arms sale to Taiwan", "demanded an
        explanation over spying by Australia's agencies": an act whose own target is nobody,
        a thing or one's own is aimed at whoever did what it answers."""
        tgt, src, verb = claim.target, claim.source, claim.trigger
        if src is None or claim.match.cameo[:2] not in REASON_ROOTS or (
                claim.modality != "asserted"):
            return claim
        hosts = [verb, *(o for o in children(verb) if o.dep_ in ("dobj", "prep"))]
        # ("warned of countermeasures over X", "took to the streets of Lahore over X")
        for _ in range(2):
            hosts += [g for h in hosts if h.dep_ == "prep" for g in children(h)
                      if g.dep_ == "pobj" and g not in hosts]
            hosts += [p for h in hosts if h.dep_ == "pobj" for p in children(h)
                      if p.dep_ == "prep" and p.lower_ != "over" and p not in hosts]
        reasons = [g for h in hosts for p in children(h) if p.dep_ == "prep"
                   and p.lower_ in ("over", "for") and (p.lower_ == "over" or any(
                       t.lower_ in ("retaliation", "response", "protest") for t in [h]))
                   for g in children(p) if g.dep_ in ("pobj", "pcomp")]  # ("over spying by X")
        # ("put its forces on alert, citing aggressive statements by NATO")
        reasons += [o for c in children(verb) if c.dep_ in ("advcl", "xcomp", "conj")
                    and c.lemma_.lower() == "cite" and c.tag_ == "VBG"
                    for o in children(c) if o.dep_ == "dobj"]
        reasons += [g for h in hosts for p in children(h) if p.dep_ == "prep"
                    and p.lower_ == "in" for r in children(p) if r.dep_ == "pobj"
                    and r.lower_ in ("retaliation", "response", "protest")
                    for q in children(r) if q.dep_ == "prep" and q.lower_ in ("for", "to")
                    for g in children(q) if g.dep_ == "pobj"]
        # ("recalled its ambassador over X": one's own envoy is nobody it is aimed at)
        own = tgt is not None and tgt.country == src.country and any(
            o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "his", "her")
                                     for p in children(o)) for o in children(verb))
        for reason in reasons:
            phrase = reason.doc[reason.left_edge.i:reason.right_edge.i + 1].text
            inside = re.search(rf"(?<!\w){re.escape(tgt.text)}(?!\w)", phrase) if tgt else None
            if tgt is not None and anchored(tgt) and not own and inside is None and (
                    tgt.text.split()[-1].lower() not in VENUE_NOUNS):  # ("a session")
                continue  # a party of its own, outside the reason, stays
            found = [a for c in children(reason) if c.dep_ == "poss" and c.pos_ != "PRON"
                     for a in [self.actor_of(c)] if anchored(a)]
            found += [a for c in children(reason) if c.dep_ in ("prep", "agent")
                      and c.lower_ == "by" for a in self.actors_of(c) if anchored(a)]
            match = self.lex.match_noun(reason)
            if not found and match is not None:
                doer = self._noun_doer(reason, match)
                found = [doer] if anchored(doer) else []
            found = [a for a in found if not same_actor(a, src)]
            if found:
                return dataclasses.replace(claim, target=found[0])
        return claim

    def _inner_party(self, claim: Claim) -> Claim:
        """ "accepted a formula for ending its fisheries dispute with its partners": an
        agreement on settling a dispute is aimed at the other side of the dispute; "rallied to
        protest rights violations by Islamic fundamentalists": an act aimed at somebody's act
        is aimed at its doer."""
        tgt, src = claim.target, claim.source
        if tgt is None or src is None or anchored(tgt):
            return claim
        sent = claim.trigger.sent
        tok = next((t for t in sent if t.pos_ in ("NOUN", "PROPN")
                    and _strip_article(t.doc[slice(*phrase_bounds(t))]) == tgt.text), None)
        if tok is None:
            return claim
        root = claim.match.cameo[:2]
        found: list[Actor] = []
        if root in ("10", "11", "12", "13", "14", "16", "17"):
            # ("to protest rights violations by X": "by" hung on the active verb)
            hosts = [tok] + ([tok.head] if tok.dep_ == "dobj" and not any(
                c.dep_ == "auxpass" for c in children(tok.head)) else [])
            found = [a for h in hosts for p in children(h) if p.dep_ in ("prep", "agent")
                     and p.lower_ == "by" and p.i > tok.i
                     for a in self.actors_of(p) if anchored(a) and not same_actor(a, src)]
        elif root in ("03", "04", "05", "08"):
            found = [a for d in tok.subtree if d.lemma_.lower() in DISPUTE_NOUNS
                     for p in children(d) if p.dep_ == "prep" and p.lower_ == "with"
                     for a in self.actors_of(p) if anchored(a) and not same_actor(a, src)]
        if not found:
            return claim
        return dataclasses.replace(claim, target=found[0])

    @staticmethod
    def _own_forces_moved(claim: Claim) -> Claim:
        """ "Taiwan scrambled fighter jets and put missile units on alert": the forces a
        show of force moves are the mover's own, not whom it is aimed at (no target then,
        unless a later rule finds one)."""
        src, tgt = claim.source, claim.target
        if claim.match.cameo[:2] != "15" or src is None or tgt is None or not src.country or (
                tgt.sector not in FORCE_SECTORS) or tgt.country != src.country:
            return claim
        return dataclasses.replace(claim, target=None)

    def _passive_doer(self, claim: Claim) -> Claim:
        """An agentless passive whose doer the sentence still names: "a Spanish court has
        given preliminary authorization for the aide to be extradited" (who authorised it),
        "were released from detention after the government revoked the order against them"
        (who undid what held them)."""
        verb = claim.trigger
        if claim.source is not None or verb.tag_ != "VBN" or not any(
                c.dep_ == "auxpass" for c in children(verb)):
            return claim
        found: list[Actor] = []
        noun = verb.head
        if verb.dep_ in ("acl", "advcl", "relcl") and noun.pos_ == "NOUN" and (
                noun.lemma_.lower() in AUTHORIZING_NOUNS):
            host = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in ("dobj", "pobj") and host.pos_ == "VERB":
                found = [a for a in self.actors_of(self.subject(host)) if anchored(a)]
        else:
            # (the parser's readings: "given authorization for X to be extradited" as two
            # conjoined clauses, or with the clause under "for")
            host = noun.head if verb.dep_ == "pcomp" and noun.lower_ == "for" else noun
            if verb.dep_ in ("conj", "pcomp") and host.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in AUTHORIZING_NOUNS
                    for c in children(host)):
                found = [a for a in self.actors_of(self.subject(host)) if anchored(a)]
        if not found and claim.match.cameo[:2] == "08":
            found = [a for c in children(verb) if c.dep_ == "advcl"
                     and c.lemma_.lower() in UNDOING_VERBS
                     and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "once")
                             for m in children(c))
                     for a in self.actors_of(self.subject(c)) if anchored(a)]
        found = [a for a in found if claim.target is None or not same_actor(a, claim.target)]
        return dataclasses.replace(claim, source=found[0]) if found else claim

    def _demand_owner(self, claim: Claim) -> Claim:
        """ "would not meet the hostage-takers' demands to release prisoners", "accepted the
        conditions set by the IMF": meeting or refusing a demand is aimed at whoever made it,
        not at what it asks for."""
        verb, src = claim.trigger, claim.source
        if src is None or claim.match.cameo[:3] not in ("083", "123", "128") or (
                verb.pos_ != "VERB"):
            return claim
        for o in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")
                  and c.lemma_.lower() in DEMAND_NOUNS):
            owners = [a for c in children(o) if c.dep_ == "poss" for a in self.actors_of(c)]
            owners += [a for c in children(o) if c.dep_ == "prep"
                       and c.lower_ in ("of", "from", "by") for a in self.actors_of(c)]
            owners += [a for c in children(o) if c.dep_ == "acl" and c.tag_ == "VBN"
                       for g in children(c) if g.dep_ == "agent" for a in self.actors_of(g)]
            found = [a for a in owners if anchored(a) and not same_actor(a, src)]
            if found:
                return dataclasses.replace(claim, target=found[0])
        return claim

    def _handed_to(self, claim: Claim) -> Claim:
        """ "handed its evidence on the fraud to the police": what is given or shared goes to
        the party of the verb's "to" phrase, before any topic of what is given."""
        verb, src = claim.trigger, claim.source
        if src is None or claim.match.cameo[:2] not in ("06", "07") or verb.pos_ != "VERB" or (
                verb.lemma_.lower() not in HANDING_VERBS):
            return claim
        if any(c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN") for c in children(verb)):
            return claim  # ("handed Manila $500 million to modernise its forces")
        found = [a for p in children(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                 and prep_object(p) is not None and prep_object(p).pos_ in ("PROPN", "NOUN")
                 for a in self.actors_of(p) if anchored(a) and not same_actor(a, src)]
        if found and (claim.target is None or not same_actor(found[0], claim.target)):
            return dataclasses.replace(claim, target=found[0])
        return claim

    def _closed_to(self, claim: Claim) -> Claim:
        """ "threatened to close the Strait of Hormuz to Western shipping", "shut its airspace
        to Russian aircraft": whom a place is closed (or opened) to is whom the act is aimed
        at, not the place."""
        verb = claim.trigger
        if verb.lemma_.lower() not in CLOSING_VERBS:  # ("threatened to close X to Y")
            verb = next((c for c in children(verb) if c.dep_ == "xcomp"
                         and c.lemma_.lower() in CLOSING_VERBS), verb)
        if claim.source is None or verb.lemma_.lower() not in CLOSING_VERBS or not any(
                c.dep_ == "dobj" for c in children(verb)):
            return claim
        objs = [c for c in children(verb) if c.dep_ == "dobj"]
        for prep in [*children(verb), *(p for o in objs for p in children(o))]:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                found = [a for a in self.actors_of(prep) if anchored(a)
                         and not same_actor(a, claim.source)]
                if found:
                    return dataclasses.replace(claim, target=found[0])
        return claim

    def _site_target(self, claim: Claim) -> Claim:
        """ "deployed troops around the presidential palace", "police were deployed around the
        stadium", "staged a sit-in inside the university senate", "rallied outside Government
        House against a fee increase": a show of force or a protest that names nobody it is
        aimed at (only the forces it moves, or an issue) is aimed at the site it surrounds,
        enters or stands at."""
        src, tgt, verb = claim.source, claim.target, claim.trigger
        root = claim.match.cameo[:2]
        peacekeepers = claim.match.cameo[:3] == "074"  # ("were deployed as peacekeepers
        # along the Lachin corridor": where they keep the peace)
        if root not in ("14", "15") and not peacekeepers or src is None:
            return claim
        doc = verb.doc
        moved = tgt is not None and (root == "15" or peacekeepers) and (
            tgt.sector in FORCE_SECTORS) and any(
            c.dep_ in ("dobj", "nsubjpass") and tgt.text.split()[-1] in (c.text, *(
                g.text for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"
                for g in children(p) if g.dep_ == "pobj"))  # ("hundreds of troops")
            for c in children(verb))
        issue = tgt is not None and not tgt.code and tgt.type == "other" and any(
            p.dep_ == "prep" and p.lower_ in ("against", "over") and tgt.text in doc_text(p)
            for p in children(verb))
        if tgt is not None and not (moved or issue):
            return claim
        heads = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
        if verb.pos_ == "NOUN" or verb.dep_ == "dobj":
            heads.append(verb.head)  # "staged a sit-in inside X"
            # ("a sit-in by opposition supporters inside the national assembly")
            heads += [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "by"
                      for g in children(p) if g.dep_ == "pobj"]
        for h in heads:
            for p in children(h):
                if p.dep_ != "prep" or p.lower_ not in AIMED_SITE_PREPS and not (
                        peacekeepers and p.lower_ in ("along", "across")) and not (
                        moved and p.lower_ == "to"):  # ("dispatched troops to the town of X")
                    continue
                pobj = prep_object(p)
                if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.ent_type_ in (
                        "DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"):
                    continue
                place = next((self.places.at(t.i) for t in pobj.subtree
                              if self.places is not None and self.places.at(t.i) is not None),
                             None)
                building = pobj.lemma_.lower() in BUILDING_NOUNS | SEAT_NOUNS
                if place is None and not building or issue and not (
                        building and p.lower_ != "in"):
                    continue  # (an issue outweighs the city: "rallied in Tel Aviv against X")
                start, end = pobj.left_edge.i, pobj.right_edge.i + 1
                if end - start > 10:
                    continue
                text = _strip_article(doc[start:end])
                if src.text and (text in src.text or src.text in text):
                    continue
                found = self.actor_of(pobj)
                if found is not None and anchored(found) and not same_actor(found, src):
                    return dataclasses.replace(claim, target=found)
                country = place.location.country if place is not None else None
                return dataclasses.replace(claim, target=Actor(
                    text, place.location.name if place is not None else text, None, country,
                    None, "state" if country else "other"))
        return claim

    @staticmethod
    def _verbal_attack(claim: Claim) -> Claim:
        """ "Cipollone led the White House attack on the impeachment proceedings", "the senator
        attacked the new tax law": an attack by a politician, a party or a paper, or one on a
        law, a plan or a policy, is a verbal one (111, criticise), not fighting."""
        trig, src, tgt = claim.trigger, claim.source, claim.target
        if claim.match.cameo != "190" or src is None or trig.lemma_.lower() != "attack" and (
                "attack" not in claim.match.trigger.lower().split()):
            return claim
        head = (tgt.text.split() or [""])[-1].lower() if tgt is not None else ""
        talkers = src.sector in TALKING_SECTORS or src.type == "person" and (
            src.sector not in ARMED_SECTORS | {"COP", "CVL", "CRM"})
        things = tgt is not None and not tgt.code and head.rstrip("s") in CRITICISED_THINGS
        if not (talkers or things) or tgt is not None and (
                tgt.sector in ARMED_SECTORS | {"COP"}):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("111", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _readied(self, claim: Claim, sent: Span) -> Claim | None:
        """ "Government forces were preparing to attack rebel strongholds", "troops were poised
        to launch an offensive on Rafah": the attack is still to come, the readiness is here
        now, a show of force (150) against the same target."""
        verb = claim.trigger
        if claim.match.cameo[:2] not in ("18", "19", "20") or claim.source is None or (
                verb.dep_ != "xcomp") or verb.head.lemma_.lower() not in READYING_VERBS:
            return None
        head = verb.head
        modality = self.modality(head, sent)
        if modality != "asserted":
            return None
        return dataclasses.replace(claim, match=LexMatch("150", head.text, 1, head.i, head.i + 1),
                                   trigger=head, modality=modality)

    def _own_forces_warning(self, claim: Claim) -> Claim:
        """ "The minister warned that police will no longer tolerate roadblocks by the
        farmers' union", "... that troops would crack down on protests by the opposition": a
        warning about what one's own forces will do is aimed at whom they will do it to."""
        tgt, src = claim.target, claim.source
        if claim.match.cameo[:2] != "13" or tgt is None or src is None or (
                tgt.sector not in ("COP", "MIL")) or tgt.country not in (None, src.country):
            return claim
        clause = next((c for c in children(claim.trigger) if c.dep_ == "ccomp"), None)
        if clause is None:
            return claim
        found = [a for t in clause.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                 and t.head.pos_ == "NOUN" for a in self.actors_of(t) if anchored(a)]
        found += [a for t in clause.subtree if t.dep_ in ("dobj", "pobj") and t.head.i in (
                  clause.i, *(p.i for p in children(clause) if p.dep_ == "prep"))
                  for a in self.actors_of(t) if anchored(a)]
        found = [a for a in found if not same_actor(a, tgt) and not same_actor(a, src)
                 and a.sector not in ("COP", "MIL")]
        return dataclasses.replace(claim, target=found[0]) if found else claim

    def _object_partner(self, claim: Claim) -> Claim:
        """ "agreed to form a joint committee with the ruling party", "signed a memorandum
        with Laos": a cooperative act whose object is a thing is aimed at the partner its
        "with" phrase names."""
        tgt, src = claim.target, claim.source
        if tgt is None or tgt.code or src is None or claim.match.cameo[:2] not in (
                "03", "04", "05", "06"):
            return claim
        verb = claim.trigger
        heads = [verb, *(c for c in children(verb) if c.dep_ == "xcomp")]
        for h in heads:
            for o in children(h):
                if o.dep_ != "dobj" or not tgt.text or tgt.text.split()[-1] != o.text:
                    continue
                for p in [*children(o), *children(h)]:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        found = [a for a in self.actors_of(p) if anchored(a) and a.code
                                 and not same_actor(a, src)]
                        if found:
                            return dataclasses.replace(claim, target=found[0])
        return claim

    def _thing_target(self, claim: Claim) -> Claim:
        """ "The Senate began an investigation into the missing $2 billion", "workers went on
        strike over conditions in Amazon warehouses": an act whose rules found nobody it is
        aimed at keeps the phrase it is about as its target (with no actor code), as PLOVER
        does for things and places."""
        if claim.target is not None and not anchored(claim.target) and (
                claim.source is not None and claim.modality == "asserted"):
            # "agreed to set up a centre of excellence for animation in Mumbai": an act
            # aimed at a thing done in one named place is aimed at the place (PLOVER's
            # coders name it)
            place = self._clause_place(claim)
            if place is not None and place.text not in claim.target.text:
                return dataclasses.replace(claim, target=place)
        if claim.target is None and claim.source is not None and claim.modality in (
                "future", "hypothetical"):
            # "Taliban leaders said the fighters will lay down their arms in Mazar-i-Sharif":
            # a promised act aimed at nobody is aimed at where it will happen (the promise
            # made of it takes this target too)
            place = self._clause_place(claim)
            return dataclasses.replace(claim, target=place) if place is not None else claim
        if claim.target is not None or claim.source is None or claim.modality != "asserted":
            return claim
        doc = claim.trigger.doc
        heads = [doc[i] for i in sorted(trigger_tokens(doc, claim.match))]
        src = claim.source
        # ("supports discussions about the direction of the EU": the object, then what the
        # object or the act is about)
        # (not the forces or weapons moved in a show of force: "moved soldiers into X")
        objects = [o for h in heads if h.pos_ in ("VERB", "AUX") for o in children(h)
                   if o.dep_ == "dobj" and o.i not in trigger_tokens(doc, claim.match)
                   and claim.match.cameo[:2] != "15"]
        # "froze $300 billion in reserves belonging to Russia's central bank": the owner
        owners = [a for h in heads if h.pos_ in ("VERB", "AUX") for o in children(h)
                  if o.dep_ == "dobj" for t in o.subtree if t.dep_ == "acl"
                  and t.lemma_.lower() in ("belong", "own", "hold", "control")
                  for p in children(t) if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
                  for a in self.actors_of(p) if anchored(a) and not same_actor(a, src)]
        if owners:
            return dataclasses.replace(claim, target=owners[0])
        for head in heads + objects:
            for prep in [head] if head in objects else children(head):
                if head not in objects and (
                        prep.dep_ != "prep" or prep.lower_ not in THING_PREPS or prep.i < head.i):
                    continue
                pobj = head if head in objects else prep_object(prep)
                if pobj is None or pobj.i in trigger_tokens(doc, claim.match) or (
                        pobj.pos_ not in ("NOUN", "PROPN")) and (
                        pobj.ent_type_ != "MONEY") or pobj.ent_type_ in (
                        "DATE", "TIME", "CARDINAL", "PERCENT", "ORDINAL") or (
                        pobj.lemma_.lower() in MEASURE_NOUNS | VENUE_NOUNS | SITE_NOUNS):
                    continue
                start, end = pobj.left_edge.i, pobj.right_edge.i + 1  # the whole phrase
                if end - start > 12:
                    start, end = phrase_bounds(pobj)
                if end - start > 12 or src.text and src.text in doc[start:end].text:
                    continue
                found = self.actor_of(pobj)
                if found is not None and same_actor(found, src):
                    continue
                text = _strip_article(doc[start:end])
                target = found if found is not None and anchored(found) else Actor(
                    text, text, None, None, None, "other")
                return dataclasses.replace(claim, target=target)
        # "NATO allies agreed to extend their mission in the Balkan republic", "rebels in
        # Deraa said they will accept state rule": with nobody else named, where the act
        # takes place (PLOVER's coders name the place)
        place = self._clause_place(claim)
        return dataclasses.replace(claim, target=place) if place is not None else claim

    def _clause_place(self, claim: Claim) -> Actor | None:
        """The one place named in an "in" phrase of the trigger's clause or its complements
        (its objects' too), as a target; None when there is none or more than one."""
        if self.places is None or claim.match.cameo[:2] not in ("03", "05", "08"):
            return None
        verb = claim.trigger
        heads = [verb, *(c for c in children(verb) if c.dep_ in ("xcomp", "conj"))]
        heads += [o for h in heads for o in children(h) if o.dep_ in ("dobj", "attr")]
        found = []
        for h in heads:
            for p in children(h):
                if p.dep_ != "prep" or p.lower_ != "in":
                    continue
                pobj = prep_object(p)
                if pobj is None:
                    continue
                hit = next((self.places.at(t.i) for t in pobj.subtree
                            if self.places.at(t.i) is not None), None)
                start, end = pobj.left_edge.i, pobj.right_edge.i + 1
                text = _strip_article(verb.doc[start:end])
                if hit is None and pobj.lemma_.lower() in STATE_DESCRIPTIONS and (
                        end - start <= 6):
                    # "extend their mission in the troubled Balkan republic": a state named
                    # by a description
                    found.append(Actor(text, text, None, None, None, "state"))
                    continue
                if hit is None or not hit.location.country:
                    continue
                if claim.source is not None and claim.source.text and (
                        text in claim.source.text or claim.source.text in text):
                    continue
                found.append(Actor(text, hit.location.name, None, hit.location.country, None,
                                   "state"))
        return found[0] if len(found) == 1 else None

    def _vowed_force(self, claim: Claim) -> Claim:
        """ "Trump vowed to send federal troops into Chicago", "threatened to deploy the army
        into the city": a vow or threat to send one's forces into a place is a threat aimed at
        the place (130), not a promise about the troops."""
        verb = claim.trigger
        if claim.match.cameo[:2] not in ("03", "13") or claim.source is None or (
                verb.lemma_.lower() not in VOWING_VERBS | {"threaten"}):
            return claim
        send = next((c for c in children(verb) if c.dep_ == "xcomp"
                     and c.lemma_.lower() in DEPLOY_VERBS), None)
        if send is None or not any(
                o.dep_ == "dobj" and self.actors_of(o) and all(
                    a.sector in FORCE_SECTORS for a in self.actors_of(o)) and not any(
                    t.lemma_.lower().startswith("peacekeep") or t.lemma_.lower() in (
                        "monitor", "observer", "medic", "rescuer", "adviser", "advisor")
                    for t in o.subtree)
                for o in children(send)) or not any(
                p.dep_ == "prep" and p.lower_ == "into" for p in children(send)):
            return claim
        place = self._sent_to(send)
        if not place:
            return claim
        m = claim.match
        return dataclasses.replace(claim, target=place[0], match=LexMatch(
            "130", m.trigger, m.specificity, m.start, m.end))

    @staticmethod
    def _arrival_sense(claim: Claim) -> Claim:
        """ "400 Kenyan police officers arrived in Haiti to lead a security mission", "a team of
        Mexican rescuers flew to Turkey to help search for survivors": forces or relief teams
        that arrive somewhere are sent there (peacekeeping 074, relief 073, a deployment 154),
        not on a visit (042)."""
        src, verb = claim.source, claim.trigger
        if claim.match.cameo != "042" or src is None or not src.text or (
                verb.lemma_.lower() not in ARRIVING_VERBS):
            return claim
        words = src.text.lower().split()
        forces = src.sector in ("MIL", "COP") and src.type != "person" and (
            words[-1].rstrip("s") not in ("minister", "secretary", "chief", "general",
                                          "commander"))
        team = bool(set(words) & TEAM_WORDS)
        if not (forces or team):
            return claim
        purpose = {t.lemma_.lower() for c in children(verb) if c.dep_ in ("advcl", "xcomp")
                   for t in c.subtree}
        if forces and purpose & {"mission", "peacekeeping", "stabilise", "stabilize"}:
            code = "074"
        elif purpose & RELIEF_WORDS:
            code = "073" if team and not forces else "070"
        elif forces:
            code = "154"
        else:
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch(code, m.trigger, m.specificity,
                                                         m.start, m.end))

    def _truce_party(self, claim: Claim) -> Claim:
        """ "declared a truce in their war with the Sudanese army", "laid down their weapons,
        a first step in the group's peace process with Ankara": a truce or a disarmament that
        names nobody it is aimed at is aimed at the other side of the war it ends."""
        src, tgt = claim.source, claim.target
        if claim.match.cameo not in ("0871", "0873") or src is None:
            return claim
        if tgt is not None and tgt.code and not (
                claim.speaker is not None and same_actor(tgt, claim.speaker)) and not (
                tgt.type == "state" and tgt.sector is None and tgt.code == tgt.country):
            return claim
        sent = claim.trigger.sent
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WAR_NOUNS | CONFLICT_NOUNS | {
                    "process", "talks", "deal", "agreement", "accord"} or noun.lemma_.lower() in (
                    "process", "deal", "agreement", "accord") and not any(
                    c.lower_ == "peace" for c in children(noun)):
                continue
            for p in children(noun):
                if p.dep_ == "prep" and p.lower_ in ("with", "against"):
                    found = [a for a in self.actors_of(p) if anchored(a)
                             and not same_actor(a, src)]
                    if found:
                        return dataclasses.replace(claim, target=found[0])
        return claim

    @staticmethod
    def _raid_sense(claim: Claim) -> Claim:
        """ "security forces stormed the offices of Mada Masr", "police stormed the home of
        the opposition leader": police entering premises at home is a raid (170), not an
        armed attack."""
        src, tgt, verb = claim.source, claim.target, claim.trigger
        if claim.match.cameo == "190" and verb.pos_ == "NOUN" and (
                verb.lemma_.lower() == "raid") and any(
                o.dep_ == "pobj" and o.head.lower_ in ("on", "of")
                and o.lemma_.lower() in PREMISES_NOUNS | {"bureau"} for o in verb.subtree):
            # "a raid by troops on the paper's bureau": a raid on premises, as the verb
            # "raided the bureau" is (170)
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("170", m.trigger, m.specificity,
                                                             m.start, m.end))
        if claim.match.cameo[:2] not in ("18", "19") or verb.lemma_.lower() not in (
                "storm", "burst", "force") or src is None or src.sector not in ("COP", "SPY"):
            return claim
        if tgt is not None and tgt.country and src.country and tgt.country != src.country:
            return claim  # (abroad: an attack)
        if not any(o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in PREMISES_NOUNS
                   for o in verb.subtree if o.head.i == verb.i or o.head.head.i == verb.i):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("170", m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _courtesy_call(claim: Claim) -> Claim:
        """ "The ambassador called on the foreign minister in Dhaka": "call on" a person with
        nothing asked of them (no "to" infinitive, no "for") is a visit (042), not a demand."""
        verb = claim.trigger
        if claim.match.cameo not in ("020", "026") or verb.lemma_.lower() != "call" or (
                verb.pos_ != "VERB"):
            return claim
        on = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon")),
                  None)
        host = prep_object(on) if on is not None else None
        if host is None and on is not None:  # ("called on" + the name read as its object)
            host = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > on.i), None)
        if host is None or not (host.ent_type_ == "PERSON" or host.lower_ in ("him", "her") or any(
                t.lemma_.lower() in VISITED_TITLES for t in host.subtree if t.i <= host.i)):
            return claim  # ("called on Nepal's Prime Minister KP Sharma Oli": a titled name)
        if any(t.dep_ in ("xcomp", "ccomp", "advcl") and any(
                a.dep_ in ("aux", "mark") for a in children(t))
               and t.lemma_.lower() not in VISIT_PURPOSES or t.dep_ == "prep"
               and t.lower_ in ("for", "over", "about") for t in verb.subtree if t.i > verb.i):
            return claim  # "called on the president to resign", "... for calm" (but "called
            # on the party chief to discuss the alliance" is a visit)
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("042", m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _welcome_sense(claim: Claim) -> Claim:
        """ "Srettha was welcomed in Phnom Penh by Hun Manet", "welcomed the Thai premier at
        the airport": a person welcomed at a place is a guest received (043), not praised."""
        verb, tgt = claim.trigger, claim.target
        if claim.match.cameo != "051" or verb.lemma_.lower() != "welcome" or tgt is None or (
                tgt.type != "person"):
            return claim
        if not any(p.dep_ == "prep" and p.lower_ in ("in", "at", "to") and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "FAC", "LOC")
                                      or g.lemma_.lower() in ("airport", "capital"))
                for g in children(p)) for p in children(verb)):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("043", m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _joint_sense(claim: Claim) -> Claim:
        """ "held a naval exercise with the Greek navy", "joint patrols": drills or patrols
        done together with another state's forces are military cooperation (062), not a show
        of force."""
        src, tgt = claim.source, claim.target
        if claim.match.cameo != "150" or src is None or tgt is None or not (
                src.country and tgt.country and src.country != tgt.country):
            return claim
        verb = claim.trigger
        nodes = [verb, *(c for c in children(verb) if c.dep_ in OBJ_DEPS)]
        joint = any(c.lower_ in JOINT_WORDS and not (c.is_title and c.i > c.sent.start)
                    for n in nodes for c in children(n)  # (not an exercise named "Joint X")
                    if c.dep_ in ("amod", "compound")) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "alongside")
            and c.doc[c.i - 1].lemma_.lower() not in BORDER_NOUNS and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(
                    m.dep_ in ("amod", "compound", "poss", "prep") for m in children(g)))
                for g in children(c))  # (not "encircles Taiwan with warships": its own)
            for n in nodes for c in children(n)) or any(  # "X and Y held drills"
            c.dep_ == "conj" and (c.text in tgt.text or c.pos_ == "ADJ")
            for s in children(verb) if s.dep_ in SUBJ_DEPS or s.dep_ == "agent"
            for d in [s, *(g for g in children(s) if g.dep_ in ("pobj", "amod"))]
            for c in children(d))  # (also "French and Egyptian warships held drills"; but
        # "Chinese warships and aircraft held drills near Taiwan" are not Taiwan's partners)
        if not joint:
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("062", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _joint_act(self, claim: Claim) -> Claim:
        """ "A joint investigation into the fraud was launched by Kenya's revenue authority
        and the police", "Peru's navy and Chile's coast guard carried out a joint search":
        an inquiry, search, raid or operation that two named parties do jointly is their
        cooperation, each with the other (063 for an inquiry, 062 otherwise), not an act
        against what it is about."""
        src, m = claim.source, claim.match
        if src is None or m.cameo[:2] not in ("09", "15", "17", "19") or m.cameo[:3] == "062":
            return claim
        noun = claim.trigger
        if noun.pos_ != "NOUN":
            noun = next((o for o in children(noun) if o.dep_ in OBJ_DEPS | {"nsubjpass"}
                         and o.i in trigger_tokens(noun.doc, m)), None)
        if noun is None or not any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_WORDS
                                   for c in children(noun)):
            return claim
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        doers = [g for c in children(verb) if c.dep_ in SUBJ_DEPS for g in (c, *conjuncts(c))]
        doers += [g for c in children(verb) if c.dep_ == "agent" for p in children(c)
                  if p.dep_ == "pobj" for g in (p, *conjuncts(p))]
        doers += [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "by"
                  for p in children(c) if p.dep_ == "pobj" for g in (p, *conjuncts(p))]
        partners = [a for g in doers for a in [self.actor_of(g)]
                    if a is not None and anchored(a) and not same_actor(a, src)]
        if len(doers) < 2 or not partners:
            return claim
        code = "063" if m.cameo[:2] == "09" else "062"
        return dataclasses.replace(claim, target=partners[0], match=LexMatch(
            code, m.trigger, m.specificity, m.start, m.end))

    def _permitted_party(self, verb: Token, source: Actor | None) -> Actor | None:
        """ "to let Kenyan engineers complete a survey", "to allow a US cutter to refuel":
        whom a letting verb lets do something."""
        if verb.lemma_.lower() not in PERMIT_VERBS:
            return None
        let = [c for c in children(verb) if c.dep_ in ("dobj", "nsubj")]
        let += [g for c in children(verb) if c.dep_ in ("ccomp", "xcomp")
                for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
        for tok in let:
            found = self.actor_of(tok)
            if anchored(found) and (source is None or not same_actor(found, source)):
                return found
        return None

    def _permitted(self, claim: Claim) -> Claim:
        """ "Uganda agreed to let Kenyan engineers complete a survey": agreeing, refusing or
        conceding to let someone do something is aimed at them."""
        tgt = claim.target
        # (a place the permitted act goes to is not whom the permission is for: "agreed to let
        # French police advisers return to Noumea")
        place = anchored(tgt) and tgt.sector is None and tgt.type == "state"
        if claim.match.cameo[:2] not in ("03", "08", "12") or anchored(tgt) and not place:
            return claim
        for c in children(claim.trigger):
            if c.dep_ in ("xcomp", "acl"):
                found = self._permitted_party(c, claim.source)
                if found is not None and not (place and (
                        found.sector is None and found.type == "state" or same_actor(found, tgt))):
                    return dataclasses.replace(claim, target=found)
        return claim

    def _own_side_threat(self, claim: Claim) -> Claim:
        """ "threatened to pull his fighters out of Bakhmut unless the ministry supplied more
        ammunition": a threat about one's own forces is aimed at who must meet its condition."""
        src, tgt = claim.source, claim.target
        if claim.match.cameo[:2] not in ("03", "13") or src is None or tgt is None or not (
                tgt.text.lower().startswith(("his ", "her ", "its ", "their ", "our "))
                or tgt.country and tgt.country == src.country and (
                    tgt.sector == src.sector or tgt.sector in FORCE_SECTORS
                    and src.sector in OWN_SECTORS)):
            return claim
        party = self.condition_party(claim.trigger, src, "13")
        if party and not same_actor(party[0], src):
            return dataclasses.replace(claim, target=party[0])
        # "is willing to withdraw its troops from a zone along the border": the place left
        for c in children(claim.trigger):
            if c.dep_ == "prep" and c.lower_ == "to":  # "committed to pulling its troops out"
                c = next((g for g in children(c) if g.dep_ == "pcomp"), c)
            if c.dep_ in ("xcomp", "acomp", "pcomp"):
                inner = [c, *(g for g in children(c) if g.dep_ == "xcomp")]
                for v in inner:
                    left = [a for a in self._left_place(v) if not same_actor(a, src)]
                    if left:
                        return dataclasses.replace(claim, target=left[0])
        return claim

    def _threat_condition(self, claim: Claim) -> Claim:
        """ "threatened to dissolve the assembly if the speaker called a vote", "threatened to
        suspend the region's autonomy if its leader held the referendum": a threat whose act
        names only a thing is aimed at who must meet its condition."""
        src, tgt = claim.source, claim.target
        if claim.match.cameo[:2] != "13" or src is None or tgt is not None and (
                tgt.code or tgt.type == "person") and not _place_only(tgt) and not (
                tgt.type == "group" and tgt.sector in ("REF", "CVL")):
            return claim  # ("vowed to storm Sittwe unless the junta pulled out": a town)
        # (but "threatened to let refugees into Europe unless the EU paid": the people the
        # threatened act is done with are no party to it)
        trigger = claim.trigger
        heads = [trigger]
        if trigger.pos_ == "NOUN":  # "threats by Erdogan that he would ... unless the EU ..."
            heads += [c for c in children(trigger) if c.dep_ in ("acl", "relcl", "ccomp")]
        # ("threatened to let migrants cross unless the EU paid": the condition on the act
        # inside the threatened one)
        heads += [g for c in children(trigger) if c.dep_ == "xcomp" for g in children(c)
                  if g.dep_ in ("ccomp", "xcomp")]
        for head in heads:
            party = self.condition_party(head, src, "13")
            if party and not same_actor(party[0], src):
                return dataclasses.replace(claim, target=party[0])
        return claim

    def _media_sense(self, claim: Claim) -> Claim:
        """ "suspended the BBC for two weeks", "halted the broadcasts of a channel": a state
        silencing an outlet restricts speech (1721), it does not cut ties with it."""
        tgt = claim.target
        if claim.match.cameo[:2] != "16" or tgt is None or tgt.sector != "MED" or (
                claim.trigger.lemma_.lower() not in SILENCING_VERBS) or (
                claim.source is not None and claim.source.sector == "MED"):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("1721", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _possessor_source(self, claim: Claim) -> Claim:
        """ "Jamaica's recognition of Palestine, announced by its foreign minister": the act is
        the possessor's; who announced it only speaks for it."""
        verb = claim.trigger
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ != "NOUN" or not (
                claim.match.start <= noun.i < claim.match.end) or not any(
                c.dep_ == "agent" for c in children(verb)):
            return claim
        owner = next((self.actor_of(c) for c in children(noun) if c.dep_ == "poss"
                      and c.pos_ != "PRON"), None)
        if anchored(owner) and (claim.source is None or not same_actor(owner, claim.source)) and (
                claim.target is None or not same_actor(owner, claim.target)):
            return dataclasses.replace(claim, source=owner)
        return claim

    def _named_pressure(self, verb: Token, source: Actor) -> list[Actor]:
        """Who is named as pressing in "after/following/under (weeks of) pressure from X"."""
        for p in children(verb):
            if p.dep_ != "prep" or p.lower_ not in ("after", "following", "under", "amid"):
                continue
            for o in (g for g in children(p) if g.dep_ == "pobj"):
                inner = self._through_measures(o)
                if inner.lemma_.lower() not in ("pressure", "demand", "outcry", "lobbying"):
                    continue
                by = [c for c in [*children(inner), *children(o)] if c.dep_ == "prep"
                      and c.lower_ in ("from", "by")]
                found = [a for c in by for a in self.actors_of(c)
                         if anchored(a) and not same_actor(a, source)]
                if found:
                    return found
        # "reversed the price rise in a concession to the unions", "in deference to X"
        for p in children(verb):
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for o in (g for g in children(p) if g.dep_ == "pobj"
                      and g.lemma_.lower() in ("concession", "deference", "response")):
                found = [a for c in children(o) if c.dep_ == "prep" and c.lower_ == "to"
                         for a in self.actors_of(c) if anchored(a) and not same_actor(a, source)]
                if found:
                    return found
        # "reinstated the dismissed workers, bowing to pressure from trade unions", "heeding
        # calls from the opposition": a participle of yielding names the pressers
        for v in children(verb):
            if v.dep_ != "advcl" or v.lemma_.lower() not in YIELDING_VERBS:
                continue
            for o in [g for p in children(v) if p.dep_ == "prep" and p.lower_ == "to"
                      for g in children(p) if g.dep_ == "pobj"] + [
                          g for g in children(v) if g.dep_ == "dobj"]:
                inner = self._through_measures(o)
                by = [c for c in [*children(inner), *children(o)] if c.dep_ == "prep"
                      and c.lower_ in ("from", "by", "of")]
                found = [a for c in by for a in self.actors_of(c)
                         if anchored(a) and not same_actor(a, source)]
                if found:
                    return found
        return []

    def _answered_pressure(self, claim: Claim) -> Claim:
        """ "A fuel subsidy cut was reversed by the government after unions staged a strike",
        "the government's climbdown over the law followed weeks of protests by students": a
        concession that names only a thing is aimed at whoever pressed for it."""
        src, tgt, verb = claim.source, claim.target, claim.trigger
        if src is not None and claim.match.cameo[:3] in CONCESSION_CODES and (
                verb.pos_ in ("VERB", "AUX")) and (tgt is None or tgt.code or not anchored(tgt)):
            # "rescinded a deportation order against two Thai journalists following days of
            # pressure from Bangkok": pressure named outright is what the concession answers
            pressers = self._named_pressure(verb, src)
            if pressers and not any(tgt is not None and same_actor(p, tgt) for p in pressers):
                return dataclasses.replace(claim, target=pressers[0])
        # ("Kenya's Finance Bill was withdrawn by Ruto after protesters stormed parliament":
        # a state's thing given up is no party)
        owned = tgt is not None and tgt.type == "state" and tgt.sector is None and (
            "'s " in tgt.text) and tgt.text.split("'s ")[-1].split()[-1].lower() not in (
            tgt.name or "").lower()
        # ("dropped the media bill after clashes ...": a bill named by its sector is a thing)
        owned = owned or tgt is not None and tgt.type != "person" and bool(tgt.text.split()) and (
            tgt.text.split()[-1].lower() in DOCUMENT_NOUNS)
        if src is None or tgt is not None and (tgt.code or tgt.type == "person") and not (
                owned and claim.match.cameo[:3] in CONCESSION_CODES):
            return claim
        if claim.match.cameo[:2] == "03" and verb.lemma_.lower() in ACCEPTING_VERBS:
            # "accepted the truce after Qatari mediators presented a new draft": the proposer
            # (also on the agreed act: "agreed to return to work after the ministry offered
            # to raise allowances")
            for clause in [*children(verb), *(g for c in children(verb) if c.dep_ == "xcomp"
                                              for g in children(c))]:
                if clause.dep_ == "advcl" and clause.lemma_.lower() in PROPOSING_VERBS and any(
                        m.dep_ == "mark" and m.lower_ in ("after", "once", "when")
                        for m in children(clause)):
                    found = [a for a in self.actors_of(self.subject(clause))
                             if anchored(a) and not same_actor(a, src)]
                    if found:
                        return dataclasses.replace(claim, target=found[0])
            return claim
        if claim.match.cameo[:3] not in CONCESSION_CODES:
            return claim
        found = self.pressed_by(verb, src) if verb.pos_ in ("VERB", "AUX") else []
        place = tgt is not None and tgt.type == "state" and tgt.sector is None and bool(
            tgt.text) and tgt.text in src.text  # ("teachers in Kenya": where they are)
        if not found and (tgt is None or place) and verb.pos_ in ("VERB", "AUX"):
            # "called off their strike after the government agreed to a pay deal": the side
            # whose acceptance or offer the concession answers
            found = [a for c in children(verb) if c.dep_ == "advcl"
                     and c.lemma_.lower() in ACCEPTING_VERBS | PROPOSING_VERBS
                     and any(m.dep_ == "mark" and m.lower_ in ("after", "once", "when")
                             for m in children(c))
                     for a in self.actors_of(self.subject(c))
                     if anchored(a) and not same_actor(a, src)][:1]
        if not found:
            # "suspended its pension reform to placate the Socialists": whom it is meant to
            # satisfy (also in a participle: "the suspension, announced to placate X")
            found = [a for h in [verb, *(c for c in children(verb) if c.dep_ in (
                         "acl", "relcl", "advcl"))]
                     for c in children(h) if c.dep_ in ("advcl", "xcomp")
                     and c.lemma_.lower() in PLACATING_VERBS
                     for o in children(c) if o.dep_ == "dobj"
                     for a in self.actors_of(o) if anchored(a) and not same_actor(a, src)]
        if not found and verb.pos_ == "NOUN" and verb.dep_ in ("nsubj", "nsubjpass") and (
                verb.head.lemma_.lower() in ("follow", "come", "answer")):
            # the noun's clause tells what it followed
            after = [o for o in children(verb.head) if o.dep_ == "dobj"] + [
                g for p in children(verb.head) if p.dep_ == "prep"
                and p.lower_ in ("after", "amid") for g in children(p) if g.dep_ == "pobj"]
            for o in after:
                inner = self._through_measures(o)
                noun = self.lex.match_noun(inner)
                if noun is not None and noun.cameo[:2] in PRESSURE_ROOTS or (
                        inner.lemma_.lower() in ("pressure", "demand", "call", "outcry")):
                    found = self._pressers(o, src)  # ("followed weeks of pressure from X")
                    if found:
                        break
        if not found and tgt is None and verb.pos_ in ("VERB", "AUX"):
            # "backed down on its plan to suspend striking doctors' licences": at whom the
            # undone measure was aimed
            found = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "on"
                     for o in children(p) if o.dep_ == "pobj"
                     for act in children(o) if act.dep_ == "acl"
                     for d in children(act) if d.dep_ == "dobj"
                     for g in [d, *(c for c in children(d) if c.dep_ == "poss")]
                     for a in self.actors_of(g) if anchored(a) and not same_actor(a, src)]
        if found and owned and found[0].sector in OWN_SECTORS and (
                found[0].country == tgt.country):
            return claim  # ("eased sanctions on Venezuela's oil sector after Caracas agreed
            # to hold elections": the state whose sector it is)
        if found:
            return dataclasses.replace(claim, target=found[0])
        return claim

    def _caused_reaction(self, claim: Claim) -> Claim:
        """ "The junta's refusal to hold elections prompted ECOWAS to impose sanctions": an
        act named nobody it is aimed at, caused by another's act, answers that act's doer."""
        verb = claim.trigger
        if anchored(claim.target) or claim.source is None or verb.dep_ != "xcomp" or (
                verb.head.lemma_.lower() not in CAUSING_VERBS):
            return claim
        cause = self.subject(verb.head)
        if cause is None or cause.pos_ != "NOUN":
            return claim
        found = self.lex.match_noun(cause)
        doer = self._noun_doer(cause, found) if found is not None else None
        if doer is None:
            doer = next((self.actor_of(c) for c in children(cause) if c.dep_ == "poss"
                         and c.pos_ != "PRON"), None)
        if anchored(doer) and not same_actor(doer, claim.source):
            return dataclasses.replace(claim, target=doer)
        return claim

    def _promised_for(self, claim: Claim) -> Claim:
        """ "offered to free prisoners in return for the lifting of US sanctions": an offer or
        promise made for another's act is aimed at that other; "signalled its readiness to
        resume talks with Washington": at whom the promised act is aimed."""
        if claim.match.cameo[:2] != "03" or anchored(claim.target) or claim.source is None:
            return claim
        src, verb = claim.source, claim.trigger
        heads = [verb, *(c for c in children(verb) if c.dep_ in ("xcomp", "dobj"))]
        for h in heads:
            for p in children(h):
                if p.dep_ == "prep" and p.lower_ in ("in", "for") and any(
                        g.lemma_.lower() in ("return", "exchange") for g in children(p)
                        if g.dep_ == "pobj"):
                    ret = next(g for g in children(p) if g.dep_ == "pobj")
                    # (who holds or does what is given in return first: "for prisoners held
                    # by Israel")
                    agents = [a for t in ret.subtree if t.dep_ in ("agent", "prep")
                              and t.lower_ == "by" for a in self.actors_of(t)]
                    found = [a for a in agents + [
                        self.actors.exact(t.i, t.i + 1) for t in ret.subtree
                        if t.pos_ in ("PROPN", "NOUN", "ADJ")]
                        if anchored(a) and not same_actor(a, src)]
                    if found:
                        return dataclasses.replace(claim, target=found[0])
        for o in (c for c in children(verb) if c.dep_ == "dobj"):
            content = next((c for c in children(o) if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
            inner = self.lex.match_verb(content) if content is not None else None
            if inner is None:
                continue
            found = [a for a in self.target_actors(content, inner, src)
                     if anchored(a) and not same_actor(a, src)]
            if found:
                return dataclasses.replace(claim, target=found[0])
        # "committed to rejoining talks with the electoral commission", "pledged to resume
        # negotiations with the unions": the partner of the talks promised
        comps = [c for c in children(verb) if c.dep_ == "xcomp"] + [
            g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"
            for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        for o in (o for c in comps for o in children(c) if o.dep_ == "dobj"
                  and o.lemma_.lower() in TALK_NOUNS):
            found = [a for p in children(o) if p.dep_ == "prep" and p.lower_ == "with"
                     for a in self.actors_of(p) if anchored(a) and not same_actor(a, src)]
            if found:
                return dataclasses.replace(claim, target=found[0])
        if claim.target is None:
            # "ready to lay down arms if the government guaranteed their safety": who must
            # meet the promise's condition
            party = self.condition_party(verb, src, "13")
            if party and not same_actor(party[0], src):
                return dataclasses.replace(claim, target=party[0])
        return claim

    @staticmethod
    def _agreement_to(claim: Claim) -> Claim:
        """ "Serbia's agreement to resume talks with Kosovo", "the army's agreement to a
        truce": consent to do something is a promise (030), not an accord signed (057)."""
        noun = claim.trigger
        if noun.pos_ != "NOUN":  # ("X's agreement to ... was announced": the light passive)
            noun = next((c for c in children(noun) if c.dep_ in ("nsubjpass", "nsubj")), noun)
        if claim.match.cameo != "057" or noun.pos_ != "NOUN" or (
                noun.lemma_.lower() != "agreement") or noun.head.lemma_.lower() in SIGNING_VERBS:
            return claim
        if not any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                           for a in children(c)) for c in children(noun)):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("030", m.trigger, m.specificity,
                                                         m.start, m.end))

    @staticmethod
    def _promised_support(claim: Claim) -> Claim:
        """ "reiterated its commitment to support the police", "is ready to contribute to UN
        operations in Syria", "the UN's commitment to supporting Lebanon's sovereignty": a
        promise of support is support (051), as PLOVER's coders read it."""
        if claim.match.cameo[:2] != "03" or claim.modality != "asserted":
            return claim
        verb = claim.trigger
        if verb.lemma_.lower() in PROMISING_VERBS:
            return claim  # ("promised to support the transition": a promise, 03)
        heads = [verb, *(o for o in children(verb) if o.dep_ == "dobj")]
        comps = [c for h in heads for c in children(h)
                 if c.dep_ in ("xcomp", "acl", "advcl", "acomp")]
        comps += [g for c in comps if c.pos_ == "ADJ" for g in children(c)
                  if g.dep_ == "xcomp"]  # ("is ready to contribute")
        comps += [g for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ == "to"
                  for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if not any(c.lemma_.lower() in SUPPORTING_VERBS and (
                c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to"
                                       for a in children(c)))
                and not any(o.dep_ == "dobj" and o.lemma_.lower() in AID_GOODS
                            for o in children(c)) for c in comps):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("051", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _nearest_party(self, claim: Claim) -> Claim:
        """An act whose own phrases name nobody it is aimed at, in a clause that names another
        party (as object of a further phrase, or inside a modifier): that party, nearest
        first."""
        src, verb = claim.source, claim.trigger
        if src is None or claim.target is not None or claim.match.cameo[:2] in (
                "01", "14", "15") or verb.pos_ not in ("VERB", "AUX"):
            return claim  # (a thing or place named as the target stays)
        best = None
        pattern = trigger_tokens(verb.doc, claim.match)
        for t in verb.subtree:
            if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound", "nsubj", "nsubjpass",
                                                            "poss", "appos", "conj"):
                continue
            if t.i in pattern and _instrument(t):
                continue  # "launched 30 drones": what the act is done with
            if any(a.lemma_.lower() in SITE_NOUNS and a.dep_ == "pobj" for a in [t, *t.ancestors]
                   if verb in a.ancestors):
                continue  # "signed the pact on the steps of the Kremlin": where
            if t.head.dep_ == "agent" or t.head.lower_ == "by" or any(
                    a.lower_ in ("according", "said", "says") or a.dep_ in (
                        "advcl", "relcl", "ccomp", "acl", "parataxis") and a.i != verb.i
                    for a in t.ancestors if a.i != verb.i and verb in a.ancestors):
                continue  # not the doers, nor in another clause or an attribution
            found = self.actor_of(t)
            if not anchored(found) or not found.code or same_actor(found, src) or (
                    found.country == src.country and found.sector in FORCE_SECTORS
                    and src.sector in OWN_SECTORS) or (
                    found.type == "state" and found.sector is None
                    and self._place_at(t) is not None and t.ent_type_ == "GPE"
                    and found.country == src.country):
                continue
            if best is None or abs(t.i - verb.i) < abs(best[0] - verb.i):
                best = (t.i, found)
        if best is not None:
            return dataclasses.replace(claim, target=best[1])
        return claim

    def _returned_people(self, claim: Claim) -> Claim:
        """ "returned six Ukrainian children to their relatives", "freed the hostages to their
        families", "handed over a hostage to the Red Cross": people sent home are the ones
        released or returned, not their kin or the go-between."""
        tgt = claim.target
        if not claim.match.cameo.startswith("084") or tgt is None or not tgt.text or (
                tgt.text.split()[-1].lower().rstrip("s") not in KIN_NOUNS
                # ("handed over the hostage to the Red Cross": the go-between receives)
                and not (tgt.type in ("ngo", "igo") and tgt.code and tgt.code[:3] in (
                    "NGO", "IGO"))):
            return claim
        for obj in (c for c in children(claim.trigger) if c.dep_ == "dobj"):
            found = [a for a in self.actors_of(obj) if anchored(a)]
            if found:
                return dataclasses.replace(claim, target=found[0])
        return claim

    @staticmethod
    def _said_protest(claim: Claim) -> Claim:
        """ "the authorities are failing refugees, a rights group protested": a protest that
        says something is a complaint (114), not a demonstration."""
        verb = claim.trigger
        if claim.match.cameo != "141" or verb.lemma_.lower() != "protest" or not any(
                c.dep_ == "ccomp" for c in children(verb)):
            return claim
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("114", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _drill_partner(self, claim: Claim) -> Claim:
        """ "Russian warships joined Chinese destroyers for naval drills", "the exercise was
        staged with Moroccan troops by US Africa Command": drills held with another force are
        military cooperation (062) with that force."""
        src = claim.source
        if claim.match.cameo != "150" or src is None:
            return claim
        noun = claim.trigger
        light = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
        if light is not None and light.pos_ == "ADP":
            light = light.head  # "joined X for drills"
        if light is None and noun.pos_ == "VERB":
            light = noun  # the light verb itself is the trigger
        partners: list[Token] = []
        for node in (noun, light):
            if node is None:
                continue
            for c in children(node):
                if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and not (
                        c.i > 0 and c.doc[c.i - 1].lemma_.lower() in BORDER_NOUNS):
                    # (not "near the border with Pakistan", however it is attached)
                    obj = prep_object(c)
                    if obj is not None:
                        partners.append(obj)
                elif (node is light and c.dep_ == "dobj" and c.i != noun.i
                      and light.lemma_.lower() == "join"):
                    partners.append(c)
        for tok in partners:
            partner = self.actor_of(tok)
            if partner is not None and anchored(partner) and partner.code and not (
                    same_actor(partner, src)) and not self._bare(tok):  # ("encircles Taiwan
                # with warships": whose warships, only a guess, is no partner)
                m = claim.match
                return dataclasses.replace(claim, target=partner, match=LexMatch(
                    "062", m.trigger, m.specificity, m.start, m.end))
        return claim

    def _forces_of_two(self, claim: Claim) -> Claim:
        """ "Troops from Papua New Guinea and Australia staged joint drills off Lae": the
        forces of two states named in one "from" phrase hold the drills together; the first
        state is the source and the second its partner (062)."""
        if claim.match.cameo not in ("150", "062") or claim.source is None:
            return claim
        verb = claim.trigger
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # ("staged joint drills": the light verb holds the subject)
        subj = next((c for c in children(verb) if c.dep_ in SUBJ_DEPS), None)
        if subj is None or claim.source.country is None:
            return claim
        states = [g for p in children(subj) if p.dep_ == "prep" and p.lower_ == "from"
                  for g in children(p) if g.dep_ == "pobj"]
        if claim.target is None or not claim.target.country:
            # "French and Egyptian warships launched war games": two nationalities
            states += [a for a in children(subj) if a.dep_ == "amod" and any(
                c.dep_ == "conj" for c in children(a))]
        states += [c for g in states for c in conjuncts(g)]
        found = [a for g in states for a in [self.actors.resolve(*phrase_bounds(g))]
                 if a is not None and a.type == "state" and a.country]
        if len(found) < 2 or found[0].country == found[1].country:
            return self._patrolled_together(claim, verb, subj)
        m = claim.match
        return dataclasses.replace(claim, source=found[0], target=found[1], match=LexMatch(
            "062", m.trigger, m.specificity, m.start, m.end))

    def _patrolled_together(self, claim: Claim, verb: Token, subj: Token) -> Claim:
        """ "Indian border guards and their Bangladeshi counterparts patrolled the Sundarbans
        together": coordinated forces that act together or jointly cooperate (062), each with
        the other."""
        if claim.match.cameo != "150" or not any(
                c.dep_ == "advmod" and c.lower_ in ("together", "jointly")
                for c in children(verb)):
            return claim
        sides = [a for g in [subj, *conjuncts(subj)] for a in [self.actor_of(g)] if anchored(a)]
        other = next((a for a in sides if not same_actor(a, claim.source)
                      and a.country != claim.source.country), None)
        if other is None:
            return claim
        m = claim.match
        return dataclasses.replace(claim, target=other, match=LexMatch(
            "062", m.trigger, m.specificity, m.start, m.end))

    def _expulsion_sense(self, claim: Claim) -> Claim:
        """ "Mali ordered the UN mission to leave", "the junta ordered French troops to withdraw":
        ordering another state's forces or an international mission out is an expulsion (166),
        not a request or one's own withdrawal."""
        verb = claim.trigger
        src, tgt = claim.source, claim.target
        if verb.lemma_.lower() == "expel" and claim.match.cameo == "166" and tgt is not None and (
                tgt.sector is None and tgt.type == "state") and any(
                o.dep_ in ("dobj", "nsubjpass") and o.tag_ in ("NNS", "NNPS")
                for o in children(verb)):
            # "expelled more than 10,000 Haitians": people of a nation sent out are deported
            # (174), not an expelled mission (166)
            m = claim.match
            return dataclasses.replace(claim, match=LexMatch("174", m.trigger, m.specificity,
                                                             m.start, m.end))
        if verb.lemma_.lower() == "expel" and claim.match.cameo == "174" and tgt is not None and (
                tgt.type in ("ngo", "igo") or (tgt.code or "").startswith(("NGO", "IGO"))
                or any(t.lemma_.lower() in ("aid", "humanitarian", "relief")
                       for o in children(verb) if o.dep_ in ("dobj", "nsubjpass")
                       for t in o.subtree)):
            m = claim.match  # "expelled foreign aid workers": an aid agency's people (1663)
            return dataclasses.replace(claim, match=LexMatch("1663", m.trigger, m.specificity,
                                                             m.start, m.end))
        # (also "gave the French ambassador 48 hours to leave": an ultimatum to leave)
        if tgt is None or src is None or not (
                verb.lemma_.lower() == "order" and claim.match.cameo in ("100", "0874")
                or verb.lemma_.lower() == "give" and claim.match.cameo == "139"):
            return claim
        leave = next((c for h in [verb, *(o for o in children(verb) if o.dep_ == "dobj"
                                          and o.lemma_.lower() in MEASURE_NOUNS)]
                      for c in children(h) if c.dep_ in ("xcomp", "advcl", "relcl", "acl")
                      and c.lemma_.lower() in LEAVING_VERBS), None)
        if leave is None or verb.lemma_.lower() == "give" and any(
                t.lower_ == "or" for t in leave.subtree):
            return claim  # ("... 72 hours to leave or face expulsion": still an ultimatum)
        if any(o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "his",
                                                                          "her", "our")
                                        for p in children(o)) for o in children(verb)):
            return claim  # "ordered its troops to withdraw from Kherson": its own retreat
        home = src.country
        if home is None:  # "were ordered to leave Iran by the foreign ministry": Iran's
            left = next((o for o in children(leave) if o.dep_ == "dobj"), None)
            home = next((a.country for a in self.actors_of(left) if a.type == "state"
                         and a.sector is None), None) if left is not None else None
        envoy = any(c.dep_ in ("dobj", "nsubjpass", "dative") and any(
            w.lemma_.lower() in ("ambassador", "diplomat", "envoy", "attache", "consul")
            for w in [c, *(g for g in children(c) if g.dep_ == "compound")])
            for c in children(verb))  # (a diplomat is foreign wherever the sender is)
        foreign = tgt.type == "igo" or envoy or (
            tgt.country is not None and home is not None and tgt.country != home)
        if not foreign:
            return claim
        code = "1661" if tgt.type == "igo" and tgt.code and tgt.code.startswith("IGOUNO") else "166"
        if envoy:
            code = "161"  # expelling a diplomat, as "expelled the ambassador"
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch(code, m.trigger, m.specificity,
                                                         m.start, m.end))

    def _deployment_order(self, claim: Claim) -> Claim:
        """ "ordered troops to the border with Guyana", "ordered 100 officers into the
        province": forces ordered somewhere (with no act they are told to do) are deployed
        there (154), aimed at that place, not asked anything."""
        verb, m = claim.trigger, claim.match
        if m.cameo != "100" or verb.lemma_.lower() not in ("order", "command") or (
                claim.source is None):
            return claim
        if any(c.dep_ in ("xcomp", "ccomp") for c in children(verb)):
            return claim
        forces = self.lex.cues.get("forces", frozenset()) | {"police", "officer", "policeman",
                                                              "gendarme", "reservist"}
        def moved(c: Token) -> set[str]:  # "thousands of soldiers", "a carrier strike group"
            words = {c.lemma_.lower()} | {g.lemma_.lower() for g in children(c) if g.dep_ in (
                "compound", "amod")}
            return words | {x.lemma_.lower() for p in children(c) if p.dep_ == "prep"
                            and p.lower_ == "of" and (c.pos_ == "NUM" or c.lemma_.lower() in (
                                CONTAINER_NOUNS | {"thousand", "hundred", "dozen"}))
                            for x in children(p) if x.dep_ == "pobj"}

        # (also in the passive: "two carrier strike groups were ordered to the eastern
        # Mediterranean by the defense secretary")
        if not any(c.dep_ in ("dobj", "nsubjpass") and (moved(c) & forces or any(
                g.dep_ == "conj" and g.lemma_.lower() in forces for g in children(c)))
                for c in children(verb)):
            return claim
        dests = [p for p in children(verb) if p.dep_ == "prep"
                 and p.lower_ in ("to", "into", "toward", "towards")]
        for c in children(verb):
            if c.dep_ == "dobj":  # "ordered troops and armoured vehicles to the border"
                dests += [g for g in c.subtree if g.dep_ == "prep" and g.head.i != verb.i
                          and g.lower_ in ("to", "into") and g.head.dep_ in ("dobj", "conj")]
        if not dests:
            return claim
        targets = [a for p in dests for a in self.actors_of(p) if anchored(a)]
        if not targets:
            targets = self.place_target(verb, claim.source, any_place=True)
        target = next((a for a in targets if not same_actor(a, claim.source)), None)
        return dataclasses.replace(claim, match=LexMatch("154", m.trigger, m.specificity,
                                                         m.start, m.end), target=target)

    def _control_of_property(self, claim: Claim) -> Claim:
        """ "Russia seized control of the local assets of Carlsberg": taking control of a
        company or its property is a confiscation (1711), not the capture of territory."""
        m = claim.match
        if m.cameo != "192":
            return claim
        control = next((c for c in children(claim.trigger) if c.dep_ == "dobj"
                        and c.lemma_.lower() == "control"), None)
        owned = next((prep_object(p) for p in children(control) if p.dep_ == "prep"
                      and p.lower_ == "of"), None) if control is not None else None
        if owned is None or owned.lemma_.lower() not in PROPERTY_NOUNS:
            return claim
        owner = next((a for p in children(owned) if p.dep_ == "prep" and p.lower_ == "of"
                      for a in self.actors_of(p)), None)
        return dataclasses.replace(claim, target=owner or claim.target,
                                   match=LexMatch("1711", m.trigger, m.specificity, m.start,
                                                  m.end))

    def _handover_sense(self, claim: Claim) -> Claim:
        """ "Colombia handed over drug lord Dairo Usuga to the United States", "Pakistan handed
        Khalid Sheikh Mohammed to the US": a named person handed to another state is judicial
        cooperation (063), as an extradition is; a town or prisoners handed back stay a return."""
        m, tgt, src = claim.match, claim.target, claim.source
        if m.cameo != "084" or claim.trigger.lemma_.lower() not in (
                "hand", "turn", "transfer", "handover"):
            return claim
        if tgt is None or tgt.type not in ("state", "igo") or tgt.sector not in (
                None, "GOV", "COP", "JUD"):
            return claim
        if src is None or not src.country or tgt.country == src.country:
            return claim
        obj = next((c for c in children(claim.trigger) if c.dep_ in ("dobj", "nsubjpass")),
                   None)  # (also "the drug lord was handed over to the US by Guatemala")
        if obj is None and claim.trigger.pos_ == "NOUN":  # "the handover of the suspects"
            obj = next((g for p in children(claim.trigger) if p.dep_ == "prep"
                        and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"), None)
        if obj is None or not any(t.ent_type_ == "PERSON" or t.lemma_.lower() in WANTED_NOUNS
                                  or t.dep_ == "acl" and t.lemma_.lower() in WANTED_PARTICIPLES
                                  for t in obj.subtree if t.dep_ != "prep"):
            return claim
        return dataclasses.replace(claim, match=LexMatch("063", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _extradition_sense(self, claim: Claim) -> Claim:
        """ "Zambia extradited X to Britain" is judicial cooperation with another state; "the
        judge allowed the extradition of a former general", with no state it is handed to,
        is a legal action against the person (CAMEO 115, PLOVER ACCUSE)."""
        tgt = claim.target
        if claim.match.cameo.startswith("0313") and claim.source is not None:
            # "pledged to extradite a drug trafficker to the United States": the promise is
            # made to the state that receives the person
            for comp in children(claim.trigger):
                if comp.dep_ != "xcomp" or comp.lemma_.lower() not in SENT_AWAY_VERBS | {
                        "hand", "transfer"}:
                    continue
                preps = [*children(comp), *(t for o in children(comp) if o.dep_ == "dobj"
                                            for t in o.subtree)]
                for prep in preps:
                    if prep.dep_ == "prep" and prep.lower_ == "to":
                        for dest in self.actors_of(prep):
                            if dest.type == "state" and dest.sector in (None, "GOV") and (
                                    dest.country and dest.country != claim.source.country):
                                return dataclasses.replace(claim, target=dest)
            return claim
        if not claim.match.cameo.startswith("063") or tgt is None or (
                "extradit" not in claim.match.trigger.lower()):
            return claim
        if tgt.type in ("state", "igo") and tgt.sector is None:
            return claim
        preps = [*children(claim.trigger), *(t for o in children(claim.trigger)
                                             if o.dep_ in ("dobj", "nsubjpass")
                                             for t in o.subtree)]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for dest in self.actors_of(prep):
                    if dest.type == "state" and dest.sector in (None, "GOV") and dest.country and (
                            claim.source is None or dest.country != claim.source.country):
                        return claim  # "... to Britain": handed over to another state
        m = claim.match
        return dataclasses.replace(claim, match=LexMatch("115", m.trigger, m.specificity,
                                                         m.start, m.end))

    def _light_passive(self, verb: Token) -> LexMatch | None:
        """ "The attack was carried out by X": the passive subject is the event noun."""
        lemma = verb.lemma_.lower()
        particles = {c.lower_ for c in children(verb) if c.dep_ in ("prt", "advmod")}
        if verb.tag_ != "VBN" or not (any(
                particle is None or particle in particles
                for particle, _ in self.lex.light.get(lemma, ())) or lemma in DOING_VERBS):
            return None  # ("the appeal was answered by Togo": Togo did not appeal; "X's
            # rejection of Y was carried by state media": "carry" is light only with "out")
        subj = self.passive_subject(verb)
        if subj is None or subj.pos_ != "NOUN":
            return None
        m = self.lex.match_noun(subj)
        if m is None:
            return None
        return LexMatch(m.cameo, m.trigger, m.specificity, m.start, m.end)

    def _verb_claims(self, verb: Token, match: LexMatch, sent: Span, consumed: set[int]
                     ) -> Iterator[Claim]:
        self._found_at = self._content = None
        passive = self.passive_subject(verb)
        lemma = verb.lemma_.lower()
        if match.cameo[:2] in ("17", "18", "19", "20") and lemma in (
                "destroy", "burn", "dismantle", "smash", "scrap", "torch", "crush", "melt",
                "decommission") and any(
                o.dep_ == "dobj" and o.lemma_.lower() in WEAPON_NOUNS and any(
                    p.dep_ == "poss" and p.lower_ in ("their", "its") for p in children(o))
                for o in children(verb)):
            # "PKK fighters destroyed their weapons at a ceremony": disarming (0873)
            match = LexMatch("0873", match.trigger, match.specificity, match.start, match.end)
        moved = passive is not None and (lemma in DEPLOY_VERBS or match.cameo[:2] == "15") and any(
            a.sector in ARMED_SECTORS for a in self.actors_of(passive))
        if passive is not None and (lemma in STATE_PASSIVES or moved) and (
                self.passive_agent(verb) is None):
            # "Peru is opposed to Chilean mediation": a stance of the subject, not a passive;
            # "Kenyan troops were deployed to Somalia": the troops go, whoever sent them
            sources = self.actors_of(passive)
            targets = self.target_actors(verb, match, sources[0] if sources else None)
            if moved and sources and not any(anchored(t) for t in targets):
                targets = (self.place_target(verb, sources[0], abroad=True)
                           or match.cameo[:2] == "15" and self._force_aim(verb, sources[0])
                           or match.cameo[:2] == "15" and self._sent_to(verb)
                           or match.cameo[:2] == "15" and self._intruders(verb, sources[0])
                           or targets)
        elif passive is not None and verb.tag_ == "VBN" and (passive.i not in trigger_tokens(
                verb.doc, match) or self.lex.match_noun(passive) is None and anchored(
                self.actor_of(passive)) and self.passive_agent(verb) is not None
                and match.cameo[:2] not in ("06", "15")):
            # (also a pattern's own object when it is a party: "recruits were trained by X")
            sources = self.actors_of(self.passive_agent(verb))
            if not sources and match.cameo[:3] == "084":
                # "the 25 crew of the Galaxy Leader, seized by Houthi rebels in 2023, were
                # released": captives are freed by whoever holds them
                sources = [a for c in children(passive) if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_.lower() in CAPTURING_VERBS for g in children(c)
                           if g.dep_ == "agent" for a in self.actors_of(g) if anchored(a)][:1]
            if not sources and lemma in SENT_AWAY_VERBS:
                # "was extradited from the United States to Peru": who sent them away
                sources = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "from"
                           for a in self.actors_of(p) if anchored(a) and a.type == "state"][:1]
            # "the 20 drones launched by Russia": what was fired is no target
            targets = [] if _instrument(passive) and lemma not in INTERCEPT_VERBS else (
                self.actors_of(passive))
            targets = self._forces_withdrawn(verb, match, sources, targets)
            targets = self._money_recipient(passive, match, targets)
            if match.cameo[:2] == "16" and passive.lemma_.lower() in ENVOY_NOUNS:
                # "Turkey's ambassador to Israel was recalled by Ankara": whom the envoy was
                # posted to
                posted = [a for p in children(passive) if p.dep_ == "prep"
                          and p.lower_ in ("to", "in") for a in self.actors_of(p) if anchored(a)]
                targets = posted or targets
                if not any(anchored(a) for a in sources):
                    # "... was recalled for consultations by Ankara", "Turkey's ambassador
                    # was recalled": the agent hung further down, else the envoy's own state
                    by = [g for p in children(verb) if p.dep_ == "prep" for o in children(p)
                          if o.dep_ == "pobj" for g in children(o)
                          if g.dep_ in ("prep", "agent") and g.lower_ == "by"]
                    # (an envoy expelled is expelled by the other state)
                    own = [a for t in [*by, *(c for c in children(passive) if c.dep_ == "poss"
                                              and lemma in ("recall", "withdraw"))]
                           for a in self.actors_of(t) if anchored(a)]
                    sources = own[:1] or sources
            if match.cameo[:2] in ("03", "08", "12") and passive.lemma_.lower() in (
                    DOCUMENT_NOUNS | DEMAND_NOUNS | PROPOSAL_NOUNS):
                # "a resolution on Syria proposed by France was vetoed by Russia": whose
                authors = [a for g in [*(a for c in children(passive) if c.dep_ == "acl"
                                         for a in children(c) if a.dep_ == "agent"),
                                       # ("the government's offer was taken up by X")
                                       *(c for c in children(passive) if c.dep_ == "poss"
                                         and c.lower_ not in PRONOUNS
                                         and match.cameo[:2] != "08"),
                                       *(p for p in children(passive) if p.dep_ == "prep"
                                         and p.lower_ in ("from", "by")),
                                       # ("the offer of talks by Seoul")
                                       *(b for p in children(passive) if p.dep_ == "prep"
                                         and p.lower_ == "of" for o in children(p)
                                         if o.dep_ == "pobj" for b in children(o)
                                         if b.dep_ in ("prep", "agent") and b.lower_ == "by")]
                           for a in self.actors_of(g) if anchored(a)]
                targets = authors or targets
            if match.cameo[:3] in ("045", "046") and not any(anchored(t) for t in targets):
                # "talks in Doha mediated by Qatar and Egypt": the mediators stand between the
                # parties of the talks, whoever holds them
                targets = self._talks_parties(passive, sources) or targets
            if not any(anchored(t) for t in targets):
                # "a camp for Congolese refugees was attacked": whose the thing acted on is
                for prep in self._inside([passive], depth=1):
                    found = [a for a in self.actors_of(prep) if anchored(a)]
                    if found:
                        targets = found
                        break
            targets = self._recipient(verb, match) or targets
            if match.cameo[:2] in PARTNER_ROOTS:
                # "intelligence on IS cells was shared with Philippine forces by X": the
                # partner, not what is shared or its topic
                withs = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
                         for a in self.actors_of(p) if anchored(a)]
                targets = withs[:1] or targets
            if lemma == "blame":
                # "the killing was blamed by Washington on Iran-backed militias": on whom
                blamed = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "on"
                          for a in self.actors_of(p) if anchored(a)]
                targets = blamed or targets
        elif passive is not None and passive.i in trigger_tokens(verb.doc, match):
            # "the attack was carried out by X": source from the agent, target from the noun;
            # "the vessels were released by X": the object of the pattern is the target
            # (but "a build-up of forces was reported by EU monitors": they only saw it)
            sources = [] if lemma in WITNESS_VERBS else self.actors_of(self.passive_agent(verb))
            noun_match = self.lex.match_noun(passive)
            answered = None  # "Pakistan's request for a bailout was approved": Pakistan's
            if noun_match is not None:
                # "Ghana's backing for the plan was announced": the noun's own doer
                doer = self._noun_doer(passive, noun_match)
                if (noun_match.cameo[:2] != match.cameo[:2] and lemma in ANSWERING_VERBS
                        # ("the government's offer was taken up by the unions")
                        or lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                   for c in children(verb))) and (
                        anchored(doer)) and not (sources and same_actor(doer, sources[0])):
                    answered = doer  # the verb's act answers the noun's: aimed at its doer
                elif not sources:
                    sources = [doer] if anchored(doer) else []
                elif anchored(doer) and lemma in ANNOUNCING_VERBS and not same_actor(
                        doer, sources[0]) and any(
                        doer.text in doc_text(t) for t in passive.subtree
                        if t.dep_ == "poss" and t.head.i == passive.i
                        or t.dep_ in ("prep", "agent") and t.lower_ == "by"
                        and t.head.pos_ in ("NOUN", "PROPN")  # (not "long demanded by X")
                        # ("the resignation of Peru's interior minister was announced by
                        # the palace": who resigned)
                        or t.dep_ == "prep" and t.lower_ == "of" and t.head.i == passive.i
                        and passive.lemma_.lower() in OWN_ACT_NOUNS):
                    # "the seizure of a trawler by Palau's marine police was announced by
                    # President Whipps": the noun's own doer, not who announced it
                    sources = [doer]
                elif anchored(doer) and lemma not in DOING_VERBS and (
                        noun_match.cameo == match.cameo) and any(
                        c.dep_ == "poss" and c.pos_ != "PRON" for c in children(passive)):
                    # "the bloc's appeal to the junta was delivered by a delegation", "the
                    # government's ultimatum was issued by the minister": whose act it is
                    sources = [doer]
            if noun_match is None:
                targets = [] if _instrument(passive) and lemma not in INTERCEPT_VERBS else (
                    self.actors_of(passive))  # "the drones launched by Russia": no target
                targets = self._money_recipient(passive, match, targets)
            else:
                inner = self._noun_target(passive)
                targets = self.actors_of(inner)
                if not sources and inner is not None and inner.lower_ == "between":
                    # "cooperation between X and Y was strengthened": X and Y with each other
                    sources, targets = targets[:1], targets[1:2]
            if not any(anchored(t) for t in targets) and not _instrument(passive):
                # "ties with Qatar were cut by Egypt", "a reform opposed by teachers was
                # withdrawn", "the easing of restrictions on Gaza's zone": whose the thing is
                nested = [passive, *(g for p in children(passive) if p.dep_ == "prep"
                                     and p.lower_ == "of" for g in children(p)
                                     if g.dep_ == "pobj")]
                for prep in self._inside(nested, depth=2):
                    found = [a for a in self.actors_of(prep) if anchored(a) and not (
                        sources and same_actor(a, sources[0])) and not (
                        # ("Israel's withdrawal of troops from X": its own troops)
                        noun_match is not None and passive.lemma_.lower() in OWN_ACT_NOUNS
                        and sources and a.sector in FORCE_SECTORS
                        and a.country in (None, sources[0].country))]
                    if found:
                        targets = found
                        break
            if not any(anchored(t) for t in targets) and match.cameo[:2] == "14":
                # "rallies were staged by Jordanians outside the Israeli embassy": where the
                # verb takes the protest, at whose mission
                sites = [prep_object(c) for c in children(verb) if c.dep_ == "prep"
                         and c.lower_ in ("outside", "at", "before")]
                found = [a for site in sites if site is not None
                         and site.lemma_.lower() in MISSION_NOUNS
                         for a in self.actors_of(site) if anchored(a)]
                targets = found[:1] or targets
            if match.cameo[:2] in PARTNER_ROOTS and (
                    noun_match is None or passive.i in trigger_tokens(verb.doc, match)):
                # "intelligence on IS cells was shared with Philippine forces by X": the
                # partner, not the thing shared (nor its topic)
                withs = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
                         for a in self.actors_of(p) if anchored(a)]
                targets = withs[:1] or targets
            if answered is not None:
                targets = [answered]
            if noun_match is not None and not sources and lemma in WITNESS_VERBS:
                # "a build-up of Azerbaijani forces was reported by EU monitors": the noun's
                alone = self._noun_claim(passive, noun_match, sent)
                if alone is not None and anchored(alone.source):
                    sources = [alone.source]
            if noun_match is not None and not any(anchored(t) for t in targets):
                # "Rwanda's offer to send troops to Mozambique was made": as the noun alone
                alone = self._noun_claim(passive, noun_match, sent)
                if alone is not None and anchored(alone.target) and answered is None:
                    targets = [alone.target]
                    sources = sources or [alone.source]
            own_aim = []
            if noun_match is not None and answered is None and (
                    noun_match.cameo[:2] in ("02", "03", "10", "12")) and any(
                    c.dep_ in ("acl", "prep") for c in children(passive)):
                # "Kenya's offer to lead a mission in Haiti was conveyed to the Security
                # Council", "a plea by X for the UN to act was delivered to Y": an offer or a
                # plea that names its own party keeps it; the carrier's recipient is a
                # messenger's
                alone = self._noun_claim(passive, noun_match, sent)
                own_text = span_text(verb.doc, passive.left_edge.i, passive.right_edge.i + 1)
                content = any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                      for a in children(c))
                              for c in children(passive))
                if alone is not None and anchored(alone.target) and (
                        alone.target.text in own_text) and (
                        content or noun_match.cameo[:2] not in ("02", "10")) and not (
                        sources and same_actor(alone.target, sources[0])) and not (
                        alone.source is not None and alone.target.sector in FORCE_SECTORS
                        and alone.target.country == alone.source.country):
                    own_aim = [alone.target]  # (not "Ghana's offer of troops": its own)
            targets = (own_aim or self._recipient(verb, match) or self._addressed(verb)
                       or targets)
            device = _device(passive)
            if not any(anchored(a) for a in sources) and device is not None and (
                    match.cameo[:2] in ("18", "19", "20")) and not any(
                    a.code for a in self.actors_of(passive)):
                # "a grenade was tossed into a bar in Mombasa": nobody named, the device
                # (the pipeline makes it the place's unidentified armed group)
                head = _strip_article(tokens(verb.doc)[passive.left_edge.i:
                                                       _with_place(device) + 1])
                sources = [Actor(head, head, None, None, None, "other")]
                aimed = [a for p in children(verb) if p.dep_ == "prep" and p.lower_ in (
                    "at", "on", "against", "into", "toward", "towards")
                         for a in self.actors_of(p) if anchored(a)]
                targets = aimed[:1] or [t for t in targets if t is not None and t.text != head]
            if sources and not any(anchored(t) for t in targets) and match.cameo.startswith(
                    MATERIAL_CONFLICT_ROOTS):
                # "a curfew was ordered in Almaty by the authorities": where it was imposed
                targets = self.place_target(verb, sources[0]) or targets
            targets = self._forces_withdrawn(verb, match, sources, targets)
            if match.cameo[:2] == "16" and passive.lemma_.lower() in ENVOY_NOUNS:
                # "Turkey's ambassador to Israel was recalled by Ankara": whom the envoy was
                # posted to
                posted = [a for p in children(passive) if p.dep_ == "prep"
                          and p.lower_ in ("to", "in") for a in self.actors_of(p) if anchored(a)]
                targets = posted or targets
                if not any(anchored(a) for a in sources):
                    # "... was recalled for consultations by Ankara", "Turkey's ambassador
                    # was recalled": the agent hung further down, else the envoy's own state
                    by = [g for p in children(verb) if p.dep_ == "prep" for o in children(p)
                          if o.dep_ == "pobj" for g in children(o)
                          if g.dep_ in ("prep", "agent") and g.lower_ == "by"]
                    # (an envoy expelled is expelled by the other state)
                    own = [a for t in [*by, *(c for c in children(passive) if c.dep_ == "poss"
                                              and lemma in ("recall", "withdraw"))]
                           for a in self.actors_of(t) if anchored(a)]
                    sources = own[:1] or sources
        else:
            subj = self.subject(verb)
            sources = self.actors_of(subj)
            if not any(anchored(a) for a in sources) and match.cameo[:2] == "14" and (
                    _crowd_number(subj)):
                # "Thousands marched in Tbilisi": a crowd, civilians of the place it marched in
                text = doc_text(subj)
                sources = [Actor(text, "civilians", "CVL", None, "CVL", sector_type("CVL"))]
            # "The strikes killed four workers": the strikes of the last attack an earlier
            # sentence told
            referred = subj is not None and subj.lemma_.lower() in REFERRED_ACT_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                for d in children(subj)) and self.last_act is not None and (
                self.last_act.match.cameo[:2] in ("18", "19", "20"))
            if subj is not None and match.cameo[:2] in ("18", "19", "20") and (
                    subj.pos_ == "NOUN" and (self._violent(subj) or referred)):
                # "the bombing of a hospital by Russian jets killed 12": the bombers, never
                # the hospital; with nobody named, the bombing itself (no code)
                found = self.lex.match_noun(subj)
                doer = self._noun_doer(subj, found) if found is not None else None
                if not anchored(doer) and referred:
                    doer = self.last_act.source
                head = _strip_article(tokens(verb.doc)[subj.left_edge.i:_with_place(subj) + 1])
                sources = [doer if anchored(doer) else Actor(head, head, None, None, None,
                                                             "other")]
            if subj is not None and _instrument(subj) and match.cameo[:2] in ("18", "19", "20"):
                # "missiles fired by Iran hit Israeli bases": whoever fired them
                fired = next((a for c in children(subj) if c.dep_ == "acl"
                              for a in children(c) if a.dep_ == "agent"), None)
                found = [a for a in self.actors_of(fired) if anchored(a)] if fired else []
                sources = found or sources
            if not sources:
                agent = self.passive_agent(verb)
                sources = self.actors_of(agent)
            device = _device(subj) if subj is not None else None
            if not sources and device is not None and match.cameo[:2] in ("18", "19", "20") and (
                    not self.actors_of(subj)):
                # "a landmine exploded under an army truck", "a bomb was planted outside the
                # station", "a barrage of rockets landed near the embassy": nobody named, the
                # device itself (no code; the pipeline makes it the place's unidentified armed
                # group, as ICEWS codes such attacks)
                head = _strip_article(tokens(verb.doc)[subj.left_edge.i:_with_place(device) + 1])
                sources = [Actor(head, head, None, None, None, "other")]
            pair = self._meeting_sides(subj) if not any(anchored(a) for a in sources) else []
            if pair:
                # "the talks between Serbia and Kosovo failed to reach agreement": the sides
                sources = pair[:1]
            targets = (self._letter_addressee(verb)
                       or match.cameo[:3] in ("042", "043") and self._visit_host(verb, sources)
                       or match.cameo[:3] == "166" and self._withdrawn_from(
                           verb, sources[0] if sources else None)
                       or self.target_actors(verb, match, sources[0] if sources else None))
            if pair and not any(anchored(t) and not same_actor(t, pair[0]) for t in targets):
                targets = pair[1:2]
            if match.cameo[:2] == "07" and sources and not any(anchored(t) for t in targets):
                targets = self._aid_purpose(verb, sources[0]) or targets
            if match.cameo[:2] in ("18", "19", "20"):
                # "their vehicle hit a landmine planted by rebels", "the convoy came under fire
                # from Houthi fighters", "the town fell to the rebels": the other party did it
                # to the subject
                doer = self._suffered_from(verb)
                if doer is not None:
                    sources, targets = [doer], [a for a in self.actors_of(subj) if anchored(a)]
                elif verb.lemma_.lower() == "lose":
                    return  # "the army lost control of Goma": to nobody named, no attack
            given_up_to = match.cameo[:4] == "0873" and targets and getattr(
                self._found_at, "lower_", "") in ("before", "to")
            if sources and not any(anchored(t) for t in targets) and not given_up_to:
                # what the act hands over or ends ("gave 5 million euros", "lifted the
                # restrictions") is its content: a place in the clause names the target better
                content = self._content is not None and self._content.i in (
                    trigger_tokens(verb.doc, match))
                things = targets
                # (also people released, arrested or rescued: "freed 553 prisoners under a
                # deal with the Vatican" is aimed at the prisoners)
                victim = (match.cameo[:2] in ("07", "08", "17", "18", "19", "20")
                          and self._content is not None
                          and self._content.dep_ == "dobj" and self._content.head.i == verb.i
                          and self._content.lemma_.lower() in PERSON_NOUNS)
                # "condemned the attack on a church in Quetta": the attack, when nobody is
                # named behind it, not where it happened
                deplored = (match.cameo[:2] == "11" and self._content is not None
                            and self._content.dep_ in OBJ_DEPS and self._violent(self._content))
                # (pressure named first: "under pressure from Washington, Ankara dropped its
                # veto of the alliance's plan" yields to Washington, not to the plan's owner)
                targets = [] if victim or deplored else (
                           match.cameo[:3] in CONCESSION_CODES
                           and self.pressed_by(verb, sources[0])
                           or self._claim_owner(verb, sources[0])
                           or self.addressee(verb)
                           or self.destination(verb, sources[0])
                           or self.condition_party(verb, sources[0], match.cameo[:2])
                           or self.settled_with(verb, sources[0])
                           or match.cameo[:3] in CONCESSION_CODES
                           and self.pressed_by(verb, sources[0])
                           or self._conflict_party(verb, sources[0])
                           or self.place_target(verb, sources[0])
                           or match.cameo[:2] in ("18", "19", "20")
                           and self._home_region(verb, sources[0]))
                if not targets and not content:
                    targets = things
                if not targets and len(sources) < 2:  # two doers: each other, not a place
                    targets = self.clause_place(verb, sources[0], self.subject(verb))
                if content:  # "declared a state of emergency in the province": the province
                    targets = (targets or self.place_target(verb, sources[0], any_place=True)
                               or match.cameo[:2] in ("08", "18", "19", "20")
                               and self._home_region(verb, sources[0])
                               # ("downed tools over unpaid pay": the tools are the strike)
                               or (things if match.cameo[:2] != "14" else []))
                else:
                    targets = (targets or things
                               or self.place_target(verb, sources[0], any_place=True)
                               or match.cameo[:2] in ("08", "18", "19", "20")
                               and self._home_region(verb, sources[0])
                               or [])
        if match.cameo[:2] == "15" and passive is not None and sources and (not targets or all(
                t.sector in FORCE_SECTORS or not anchored(t) for t in targets) and (
                self.actors_of(passive)[:1] == targets[:1])):
            # "army units were sent into the streets of Almaty by the government", "jets were
            # scrambled by the air force to intercept Chinese drones": the forces moved are
            # the doer's own; the show of force is aimed where they go or at whom they face
            targets = (self.place_target(verb, sources[0], abroad=True)
                       or self._force_aim(verb, sources[0])
                       or self._intruders(verb, sources[0])
                       or [a for c in children(verb) if c.dep_ in ("advcl", "xcomp") and any(
                           x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
                           for o in children(c) if o.dep_ == "dobj"
                           for a in self.actors_of(o) if anchored(a)][:1]
                       or self.place_target(verb, sources[0], any_place=True)
                       or self._named_site(verb, sent=True)
                       or self._sent_to(verb)  # ("was launched by X toward the East Sea")
                       or targets)
        if not any(anchored(t) for t in targets) and match.cameo[:2] in ("18", "19", "20"):
            targets = self._purpose_target(verb) or targets
        # "Turkey and Russia cooperate (on energy)": a reciprocal pair without another actor,
        # or with one that is only the topic ("agreed to share data on Paraguay")
        # "failed to reach a deal on the border" (127) is as reciprocal as reaching one
        topic = ((match.cameo[:2] in PARTNER_ROOTS or match.cameo == "127")
                 and self._found_at is not None
                 and self._found_at.lower_ in TOPIC_PREPS and self._is_topic(self._found_at))
        own_noun = self._content is not None and self._content.i in trigger_tokens(
            verb.doc, match)  # "failed to reach agreement": the pattern's noun, nobody's
        # "X and Y agreed to restore ties after talks in Beijing": only where, not with whom
        # (a meeting's venue stays: CAMEO codes "met in Amman" as aimed at Jordan; but two
        # sides negotiating somewhere negotiate with each other)
        # (also for a truce signed or a clash fought somewhere: "signed a truce in Pretoria",
        # "clashed in Ladakh"; not for allies who hit a third party there)
        venue = ((match.cameo[:2] in PARTNER_ROOTS or match.cameo[:3] == "087" and (
                    verb.lemma_.lower() in ("sign", "agree", "reach", "conclude"))
                  or (match.cameo[:2] in ("19", "20") or match.cameo[:3] == "145")
                  and verb.lemma_.lower() in MUTUAL_FIGHTS  # ("police and protesters clashed")
                  # "China and Russia launched war games in the Sea of Japan": drills of two
                  # held somewhere are held with each other there
                  or match.cameo == "150" and len(sources) == 2
                  and None is not sources[0].country != sources[1].country is not None)
                 and bool(targets)
                 and (match.cameo[:2] != "04" or match.cameo[:3] == "046"
                      # ("X and Y held talks in Doha": with each other, there)
                      or len(sources) == 2 and anchored(sources[1]))
                 and all((t.sector is None and t.type == "state" or t.code is None) and any(
                             p.lower_ in ("in", "at") and p.dep_ == "prep"
                             and t.text in doc_text(p) for p in sent)
                         # "signed the accord at the White House": a seat named as the venue
                         or any(p.lower_ == "at" and p.dep_ == "prep" and (
                                    p.head.i == verb.i or p.head.dep_ in OBJ_DEPS
                                    and p.head.head.i == verb.i)  # ("inked a pact at")
                                and t.text in doc_text(p) for p in sent)
                         for t in targets))
        # "US and Western allies launch war games near Iran waters": drills of two together,
        # wherever they are held
        venue = venue or match.cameo == "150" and len(sources) == 2 and bool(targets) and (
            anchored(sources[1])) and (
            None is not sources[0].country != sources[1].country is not None)
        # "Japan and the US signed a deal to cut tariffs on US goods and Japanese tools": the
        # only others named are the two sides themselves
        own_sides = (len(sources) >= 2 and match.cameo[:2] in PARTNER_ROOTS and bool(targets)
                     and all(t.country is None and t.sector in FORCE_SECTORS  # "troops"
                             # ("X and the MILF agreed to extend the timetable for rebel
                             # fighters": one side's own fighters)
                             or t.sector is not None and t.sector in {s.sector for s in sources}
                             and t.type != "person" and t.sector not in ("GOV", "MIL")
                             and (t.country is None or t.country in {s.country for s in sources})
                             or t.country and (t.sector is None and t.type == "state"
                                               or t.sector in FORCE_SECTORS)
                             and any(t.country == s.country for s in sources)
                             for t in targets))
        # "Nigeria and Cameroon launched joint patrols ... to tackle Boko Haram": two sides of
        # a joint act act with each other, whoever the act is aimed at
        joint = len(sources) >= 2 and match.cameo[:2] in ("06", "09", "15") and (any(
            c.lower_ in JOINT_WORDS and c.dep_ in ("amod", "compound")
            for o in children(verb) if o.dep_ in OBJ_DEPS for c in children(o)) or any(
            c.lower_ in ("jointly", "together") for c in children(verb)))  # ("are jointly
        # investigating the shooting")
        if joint and match.cameo[:2] == "09":
            # "Kenyan and Ugandan police launched a joint investigation": they cooperate
            match = LexMatch("063", match.trigger, match.specificity, match.start, match.end)
        # (but "Chinese warships and aircraft held drills": one side's forces together)
        two_sides = len(sources) >= 2 and anchored(sources[1]) and not (
            sources[0].country and sources[0].country == sources[1].country
            and match.cameo[:2] == "15" and not (
                # ("Iraqi police and Peshmerga forces began joint patrols": two forces)
                joint and sources[0].sector != sources[1].sector))
        if joint and two_sides and match.cameo[:2] == "15":
            match = LexMatch("062", match.trigger, match.specificity, match.start, match.end)
        # "the army and the RSF committed to protecting civilians": two sides who pledge
        # to spare or free people commit to each other
        spared = two_sides and match.cameo[:2] == "03" and bool(targets) and all(
            t.sector in ("CVL", "REF") for t in targets)
        # "Iran and Saudi Arabia exchanged ambassadors": with each other
        exchanged = two_sides and verb.lemma_.lower() in ("exchange", "swap", "trade")
        # "Colombian and Ecuadorian police coordinated an operation against a gang": the two
        # work with each other; the gang is what they work against
        exchanged = exchanged or two_sides and (
            match.cameo[:2] == "06" or match.cameo[:3] == "031") and (
            self._found_at is not None and self._found_at.lower_ == "against"
            and sources[0].country != sources[1].country)
        if match.cameo[:2] in ("17", "18", "19", "20") and (any(
                c.lower_ in JOINT_WORDS and c.dep_ in ("amod", "compound")
                for o in children(verb) if o.dep_ in OBJ_DEPS for c in children(o)) or any(
                c.lower_ in ("jointly", "together") for c in children(verb))):
            two_sides = False  # "X and Y carried out coordinated raids": allies, not foes
        if match.cameo[:3] in ("043", "045"):
            two_sides = False  # "a truce mediated by Qatar and Egypt": co-mediators, no sides
            # ("Saudi and US mediators hosted the army's delegates": co-hosts)
            targets = [t for t in targets if not any(same_actor(t, a) for a in sources)]
        # "Armenia and Azerbaijan accused each other": the two sides, whatever the act
        reciprocal = two_sides and any(
            o.dep_ in OBJ_DEPS | {"pobj", "poss"} and (
                o.lower_ == "other" and any(d.lower_ == "each" for d in children(o))
                or o.lower_ == "another" and any(d.lower_ == "one" for d in children(o))
                or o.lower_ == "one" and any(d.lower_ == "another" for d in children(o)))
            for o in verb.subtree if o.head.i == verb.i or o.head.head.i == verb.i) or (
            two_sides and any(  # "imposed sanctions on each other's officials"
                o.lower_ == "other" and o.dep_ == "poss" and any(
                    d.lower_ == "each" for d in children(o)) for o in verb.subtree)) or (
            # "Algeria and Mali each recalled their ambassadors": from each other
            two_sides and match.cameo[:2] == "16" and all(
                not anchored(t) or t.country in {a.country for a in sources} for t in targets)
            and any(c.lower_ == "each" for c in children(verb)))
        if reciprocal:  # each at the other
            sources = targets = sources[:2]
        elif two_sides and (topic or venue or own_sides or joint or spared or exchanged
                          or not any(anchored(t) for t in targets)) and (
                not targets and match.cameo[:2] in MUTUAL_ROOTS or exchanged
                or own_noun and match.cameo[:2] not in ("01", "02", "10", "11", "13", "14",
                                                        "17", "18")  # ("X and Y police
                # dismantled a trafficking ring": together, on the ring)
                or match.cameo[:2] in PARTNER_ROOTS
                # (not "X and Y recaptured the town": allies on a thing they took)
                or match.cameo[:2] in ("19", "20") and not (
                    verb.lemma_.lower() not in MUTUAL_FIGHTS and any(
                        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in (
                            GEO_NOUNS | PLACE_NOUNS | HELD_PLACES) for c in children(verb)))
                or venue or joint):
            # but "Italy and Spain refused to let the plane land": both refused, the plane;
            # and two who speak, accuse, warn or protest with nobody named do so at a third
            # party ("Japan and Australia expressed concern")
            if match.cameo[:3] == "145" and sources[0].sector not in CROWD_SECTORS and (
                    sources[1].sector in CROWD_SECTORS):
                sources = [sources[1], sources[0]]  # "police and protesters clashed": the riot
                # is the crowd's
            sources, targets = sources[:1], sources[1:2]
        if sources and not any(anchored(t) for t in targets) and verb.dep_ == "conj" and (
                match.cameo[:2] in ("11", "12", "16", "08")) and not any(
                c.dep_ in SUBJ_DEPS for c in children(verb)):
            # "accused Israel of genocide and broke off diplomatic relations": the second act
            # of one subject is aimed at whom the first was, when it names nobody itself
            # ("bowed to pressure from farmers and scrapped the tax": yielded to them)
            first = [a for o in children(verb.head) if o.dep_ in ("dobj", "dative")
                     for a in self.actors_of(o) if anchored(a) and a.type != "person"
                     and not same_actor(a, sources[0])]
            if not first and match.cameo[:2] == "08":
                first = [a for a in self.pressed_by(verb.head, sources[0])
                         if a.type != "person"] or [
                    a for p in children(verb.head) if p.dep_ == "prep" and p.lower_ == "to"
                    and self.lex.match_verb(verb.head) is not None
                    and self.lex.match_verb(verb.head).cameo[:2] == "08"
                    for a in self.actors_of(p) if anchored(a) and not same_actor(a, sources[0])]
            targets = first[:1] or targets
        if targets and not anchored(targets[0]):
            targets = targets[:1]  # things, not actors: one is enough
        if len(sources) > 1 and any(anchored(a) for a in sources):
            sources = [a for a in sources if anchored(a)]  # "Chinese warships and aircraft"
        if not any(anchored(a) for a in sources + targets):
            return  # nobody we can name did anything to anybody we can name
        modality = self.modality(verb, sent)
        attribution = self.attribution(verb, sent)
        for src in sources or [None]:
            others = [t for t in targets if src is None or not same_actor(src, t)]
            for tgt in targets or [None]:
                if src is not None and tgt is not None and same_actor(src, tgt):
                    if len(targets) > 1 and (others or tgt is not targets[0]):
                        continue  # one claim with no target when all are the source's own
                    tgt = None  # "NATO ... to their member": no distinct target
                conf = 0.45 + 0.2 * (src is not None) + 0.2 * (tgt is not None)
                conf += 0.05 * min(match.specificity, 2)
                yield Claim(match, verb, src, tgt, modality, attribution, min(conf, 0.95),
                            self.speaker)

    def _money_recipient(self, passive: Token, match: LexMatch, targets: list[Actor]
                         ) -> list[Actor]:
        """ "millions of dollars in aid to the Palestinian Authority were cut off by X": a
        passive gift or cut of money is aimed at whom the money was for."""
        if match.cameo[:3] not in ("162", "061") and match.cameo[:2] != "07":
            return targets  # (and goods sold: "rice was shipped to Manila by X")
        to = [a for t in passive.subtree if t.dep_ == "prep" and t.lower_ == "to"
              for a in self.actors_of(t) if anchored(a)]
        if not to and match.cameo[:3] == "061":  # ("were shipped to the Philippines")
            to = [a for t in children(passive.head) if t.dep_ == "prep" and t.lower_ == "to"
                  for a in self.actors_of(t) if anchored(a)]
        return to[:1] or targets

    def _suffered_from(self, verb: Token) -> Actor | None:
        """Who did to the subject what the clause tells it underwent: the planter of the mine
        it hit, the shooters it came under fire from, the side a town fell or was lost to."""
        lemma = verb.lemma_.lower()
        doers: list[Token] = []
        for obj in (c for c in children(verb) if c.dep_ == "dobj" and _instrument(c)):
            doers += [a for c in children(obj) if c.dep_ == "acl"
                      for a in children(c) if a.dep_ == "agent"]
        if lemma == "come" and any(p.dep_ == "prep" and p.lower_ == "under"
                                   for p in children(verb)):
            doers += [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "from"]
            doers += [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "under"
                      for o in children(p) if o.dep_ == "pobj"
                      for g in children(o) if g.dep_ == "prep" and g.lower_ == "from"]
        if lemma in ("fall", "lose"):
            doers += [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"]
            # "lost control of the crossing to M23": the parser hangs "to" on the place
            doers += [p for o in children(verb) if o.dep_ == "dobj" for t in o.subtree
                      for p in [t] if t.dep_ == "prep" and t.lower_ == "to"]
        for d in doers:
            found = self.actor_of(d)
            if anchored(found):
                return found
        return None

    def _act_agent(self, noun: Token | None) -> Actor | None:
        """The "by" agent of an event noun: "the killings of protesters by the police",
        "rights violations by militants"."""
        if noun is None or noun.pos_ != "NOUN":
            return None  # (any act or measure: "oil drilling by X", "pension reforms by X")
        inner = [noun, *(g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in children(c) if g.dep_ == "pobj")]
        # (the parser may hang "by the police" on an active verb instead of on its noun)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in children(verb)):
            inner.append(verb)
        for n in inner:
            by = next((c for c in children(n) if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by" and c.i > noun.i), None)
            found = self.actor_of(by) if by is not None else None
            if anchored(found):
                return found
        return None

    def _forces_withdrawn(self, verb: Token, match: LexMatch, sources: list[Actor],
                          targets: list[Actor]) -> list[Actor]:
        """ "Troops were withdrawn from the buffer zone by Thailand": the passive subject is
        the agent's own forces, which move; what they leave is the target."""
        if match.cameo[:3] != "087" or not sources or not targets or not all(
                t.sector in FORCE_SECTORS and t.country in (None, sources[0].country)
                for t in targets):
            return targets
        return (self._left_place(verb) or self.place_target(verb, sources[0], abroad=True)
                or targets)

    def _withdrawn_from(self, verb: Token, source: Actor | None) -> list[Actor]:
        """ "will withdraw weapons inspectors and aid workers from Iraq": one's own people
        pulled out leave a place, which the withdrawal is aimed at (they are not; but "the AU
        withdrew Kenyan peacekeepers" is aimed at Kenya's)."""
        if verb.lemma_.lower() not in ("withdraw", "pull", "recall", "evacuate"):
            return []
        if any(a.country and (source is None or a.country != source.country)
               for o in children(verb) if o.dep_ == "dobj" for a in self.actors_of(o)):
            return []
        return [a for a in self._left_place(verb) if anchored(a)]

    def _left_place(self, verb: Token) -> list[Actor]:
        """ "pulled its troops out of Mekelle", "pulled back troops from the temple area":
        the place or side withdrawn from, named or not."""
        heads = [verb, *(c for c in children(verb) if c.dep_ in ("prt", "advmod", "prep")
                         and c.lower_ in ("out", "back", "away"))]
        prep = next((p for h in heads for p in children(h) if p.dep_ == "prep"
                     and p.lower_ in ("from", "of")), None)
        found = self.actors_of(prep) if prep is not None else []
        if prep is None:
            # "pulled back across the Dnipro, abandoning Kherson": the place the participle
            # says was left
            found = [a for c in children(verb) if c.dep_ in ("advcl", "conj")
                     and c.tag_ == "VBG" and c.lemma_.lower() in ABANDONING_VERBS
                     for o in children(c) if o.dep_ == "dobj" for a in self.actors_of(o)
                     if a.type != "other"][:1]
            return found
        return [a for a in found if a.type != "other" or prep_object(prep).pos_ in (
            "NOUN", "PROPN")]

    def _visit_host(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """ "travelled to Vladivostok for a summit with Putin", "arrived in Cairo for talks
        with Egyptian officials": a visit is aimed at whom it is made to meet, not the city."""
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for pobj in (c for c in children(prep) if c.dep_ == "pobj"
                         and c.lemma_.lower() in SETTLEMENT_NOUNS | {
                             "summit", "visit", "discussion", "consultation", "conversation"}):
                for w in (c for c in children(pobj) if c.dep_ == "prep" and c.lower_ == "with"):
                    found = [a for a in self.actors_of(w) if anchored(a) and not any(
                        same_actor(a, s) for s in sources)]
                    if found:
                        return found
        return []

    def _deterred(self, verb: Token, source: Actor, aims: frozenset[str] = DETERRING_VERBS
                  ) -> list[Actor]:
        """ "placed 300,000 troops on high readiness to deter Russia": a show of force faces
        whom its purpose clause names (with ``aims``, also "drafted conscripts to fight
        resistance forces": rebels at home)."""
        clauses = [c for c in children(verb) if c.dep_ in ("advcl", "xcomp")]
        clauses += [c for o in children(verb) if o.dep_ == "dobj" for c in children(o)
                    if c.dep_ in ("acl", "relcl")]
        clauses += [c for p in children(verb) if p.dep_ == "prep" for o in children(p)
                    if o.dep_ == "pobj" for c in children(o) if c.dep_ == "acl"]  # "on high
        # readiness to deter Russia"
        for clause in clauses:
            if clause.lemma_.lower() not in aims or not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in children(clause)):
                continue
            for o in (c for c in children(clause) if c.dep_ == "dobj"):
                found = [a for a in self.actors_of(o) if anchored(a) and not same_actor(a, source)
                         and (a.country is None or a.country != source.country
                              or aims is FIGHTING_VERBS and a.sector not in OWN_SECTORS)]
                if found:
                    return found
        return []

    def _aid_purpose(self, verb: Token, source: Actor) -> list[Actor]:
        """ "provided 60 million dollars to help pay the salaries of Lebanese soldiers": aid
        that names nobody it goes to is for whom its purpose clause names."""
        clauses = [c for c in children(verb) if c.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
        clauses += [c for o in children(verb) if o.dep_ == "dobj" for c in children(o)
                    if c.dep_ in ("acl", "relcl") and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
        for clause in clauses:
            for t in clause.subtree:
                if t.dep_ in ("dobj", "pobj", "dative") and t.pos_ in ("NOUN", "PROPN"):
                    found = [a for a in self.actors_of(t) if anchored(a) and a.type != "other"
                             and not same_actor(a, source)]
                    if found:
                        return found
        return []

    def _purpose_target(self, verb: Token) -> list[Actor]:
        """ "launched an offensive to retake Nagorno-Karabakh": an attack with no victim named
        is aimed at what its purpose clause goes after."""
        for obj in (c for c in children(verb) if c.dep_ == "dobj"):
            for clause in children(obj):
                if clause.dep_ not in ("acl", "relcl") or not any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in children(clause)):
                    continue
                for o in (c for c in children(clause) if c.dep_ == "dobj"):
                    found = [a for a in self.actors_of(o) if anchored(a)]
                    if found:
                        return found
        return []

    def _is_topic(self, prep: Token) -> bool:
        """ "share data on X", "talks about X": what a cooperative act is about; but "lift the
        ban on X", "ease pressure on X": the object of a hostile noun is aimed at."""
        if prep.head.pos_ != "NOUN":
            return True
        m = self.lex.match_noun(prep.head)
        return m is None or m.cameo[:2] in PARTNER_ROOTS or m.cameo[:2] in ("01", "02")

    def condition_party(self, verb: Token, source: Actor, match_root: str = "") -> list[Actor]:
        """ "will keep the embargo until Caracas frees the prisoners", "will not end the strike
        unless the demands are met by the authorities": who must meet the condition is whom
        the act (or its refusal) is aimed at."""
        marks = ("until", "unless", "till", "if") if match_root == "13" else (
            "until", "unless", "till")  # "threatened to quit the talks if X goes ahead"
        if any(c.dep_ == "neg" for c in children(verb)):
            marks += ("before",)  # "will not end the strike before X is sacked"
        verbs = [verb, *[c for c in children(verb) if c.dep_ == "xcomp"]]
        for cond in (c for v in verbs for c in children(v)):
            if cond.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in marks for m in children(cond)):
                continue
            # "until a pay system is reviewed and the management is sacked": every condition
            clauses = [cond, *[c for c in conjuncts(cond) if c.pos_ in ("VERB", "AUX")]]
            order = ("nsubj", "agent", "nsubjpass")
            parts = [c for cl in clauses for c in children(cl) if c.dep_ in order]
            parts.sort(key=lambda c: order.index(c.dep_))
            # "until he is satisfied X is ...": the clause inside the condition, also when the
            # parser hangs it under the adjective
            heads = [cond, *[c for c in children(cond) if c.dep_ == "acomp"]]
            parts += [g for h in heads for c in children(h) if c.dep_ == "ccomp"
                      and c.lemma_.lower() not in REPORTING_VERBS
                      for g in children(c) if g.dep_ == "nsubj"]
            # "until their demands are met the company": a misparsed agent, last
            parts += [c for cl in clauses for c in children(cl)
                      if c.dep_ == "dobj" and any(a.dep_ == "auxpass" for a in children(cl))]
            for part in parts:
                if part.lower_ in PRONOUNS:
                    continue  # "fight until they win": mostly the doers themselves
                found = [a for a in self.actors_of(part) if anchored(a)
                         and not same_actor(a, source)]
                if found:
                    return found
        return []

    def settled_with(self, verb: Token, source: Actor) -> list[Actor]:
        """ "called off the strike after talks with the government": an act that follows
        talks or a deal with someone, and names nobody itself, is aimed at them; so is one
        done in a dispute or under pressure from someone ("backed down in its standoff with
        X", "resigned under pressure from protesters", "massed troops along its border with
        X")."""
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "under", "in",
                                                          "amid", "along", "on", "near"):
                continue
            # "after talks with X", "after reaching agreement with X"
            nouns = [c for c in children(prep) if c.dep_ == "pobj"] + [
                o for c in children(prep) if c.dep_ == "pcomp"
                for o in children(c) if o.dep_ == "dobj"]
            # (a dispute names the other party only for an act with no object of its own:
            # "arrested the captain after a standoff with the crew" is aimed at the captain)
            acted_on = any(o.dep_ == "dobj" and self.lex.match_noun(o) is None
                           for o in children(verb))
            allowed = SETTLEMENT_NOUNS if acted_on else SETTLEMENT_NOUNS | CONTENTION_NOUNS
            if prep.lower_ == "in":
                allowed = allowed | {"face"}  # "backed down in the face of protests by X"
            for pobj in (c for c in nouns if c.lemma_.lower() in allowed):
                for inner in (c for c in children(pobj) if c.dep_ == "prep"
                              and c.lower_ in ("with", "between", "from", "of")
                              and (c.lower_ != "of" or pobj.lemma_.lower() == "face")):
                    found = [a for a in self.actors_of(inner)
                             if anchored(a) and not same_actor(a, source)]
                    if found:
                        return found
        for bowing in children(verb):
            # "Bowing to pressure from protesters, the president resigned": whom one yields to
            if bowing.dep_ != "advcl" or bowing.lemma_.lower() not in ("bow", "yield", "cave",
                                                                        "give", "succumb"):
                continue
            for prep in (c for c in children(bowing) if c.dep_ == "prep" and c.lower_ == "to"):
                for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                    found = self._pressers(pobj, source)
                    if found:
                        return found
        return []

    def _pressers(self, pobj: Token, source: Actor) -> list[Actor]:
        """Who presses in "pressure from protesters", "protests by farmers", "a year of
        protests by farmers", "the unions": the doer of a pressing act, else the party named."""
        noun = self._through_measures(pobj)
        found = self.lex.match_noun(noun)
        if found is not None:
            doer = self._noun_doer(noun, found)
            if anchored(doer) and not same_actor(doer, source):
                return [doer]
        inner = [g for g in children(noun) if g.dep_ == "prep"
                 and g.lower_ in ("from", "by", "of")] or [noun]
        if noun is not pobj:  # "days of road blockades by truckers": "by" hung on "days"
            inner += [g for g in children(pobj) if g.dep_ == "prep" and g.lower_ in ("from", "by")]
        found = [a for i in inner for a in self.actors_of(i)
                 if anchored(a) and not same_actor(a, source)]
        if not found and inner == [noun]:
            # "resigned in the face of protests by students": the "by" hung on the verb
            head = pobj
            while head.pos_ != "VERB" and head.head.i != head.i:
                head = head.head
            found = [a for g in children(head) if g.dep_ == "prep" and g.lower_ == "by"
                     and g.i == pobj.right_edge.i + 1 for a in self.actors_of(g)
                     if anchored(a) and not same_actor(a, source)]
        return found

    @staticmethod
    def _through_measures(noun: Token) -> Token:
        """The noun a measure phrase is about: "a year of protests" -> protests."""
        for _ in range(2):  # "a year of protests", "weeks of strikes"
            of = next((g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                       for g in children(c) if g.dep_ == "pobj"), None)
            if of is None or noun.lemma_.lower() not in (
                    CONTAINER_NOUNS | TIME_NOUNS | MEASURE_NOUNS):
                break
            noun = of
        return noun

    def pressed_by(self, verb: Token, source: Actor) -> list[Actor]:
        """ "withdrew the bill after protesters stormed parliament", "reversed the decision after
        a refugee begged the prime minister to reconsider": a concession with nobody named is
        aimed at whoever pressed for it in the clause that tells why."""
        undone = [a for o in children(verb) if o.dep_ == "dobj" for a in children(o)
                  if a.dep_ == "acl"]  # ("reversed his decision to X after Y ruled ...")
        for clause in [c for h in [verb, *undone] for c in children(h)]:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in (
                    "after", "when", "as", "following") for m in children(clause)):
                continue
            pressed = self.lex.match_verb(clause)
            # (or gave something in return: "called off the strike after the government
            # agreed to raise wages": a deal with the government)
            # ("lifted martial law hours after lawmakers voted to overturn it": a rejection)
            if pressed is None or pressed.cameo[:2] not in PRESSURE_ROOTS | {"03", "08", "12"}:
                continue
            found = [a for a in self.actors_of(self.subject(clause))
                     if anchored(a) and not same_actor(a, source)]
            if found:
                return found
        # (also hung on the undone act: "reversed a decision to raise prices after pressure
        # from X")
        heads = [verb, *(a for o in children(verb) if o.dep_ == "dobj" for a in children(o)
                         if a.dep_ == "acl")]
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            heads.append(verb.head)  # "started to roll back the tax under pressure from X"
        # ("started to roll back the tax increases under pressure from X": the
        # complement's, or hung on the object)
        heads += [c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        heads += [o for h in list(heads) for o in children(h) if o.dep_ == "dobj"]
        # ("backed down and scrapped the contract after weeks of protests by teachers")
        heads += [c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"]
        # ("backed down on its plan to extend the transition after ECOWAS pressure")
        heads += [a for p in children(verb) if p.dep_ == "prep" for o in children(p)
                  if o.dep_ == "pobj" for a in children(o) if a.dep_ == "acl"]
        pobjs = [c for h in heads for prep in children(h) if prep.dep_ == "prep"
                 and prep.lower_ in ("after", "following", "amid", "under")
                 for c in children(prep) if c.dep_ == "pobj" or c.dep_ == "dobj"
                 and prep.lower_ == "following"]  # ("following" read as a verb)
        # "backed down in the face of protests by farmers"
        pobjs += [g for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "in"
                  for f in children(prep) if f.dep_ == "pobj" and f.lower_ == "face"
                  for o in children(f) if o.dep_ == "prep" and o.lower_ == "of"
                  for g in children(o) if g.dep_ == "pobj"]
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FORCING_VERBS:
            # "lawmakers forced the president to lift martial law": whoever forced it
            found = [a for c in children(verb.head) if c.dep_ in SUBJ_DEPS
                     for a in self.actors_of(c) if anchored(a) and not same_actor(a, source)]
            if found:
                return found
        # "eased the curbs, heeding appeals from importers", "..., yielding to pressure from X",
        # "Facing pressure from farmers, the Commission withdrew ..."
        pobjs += [o for c in children(verb) if c.dep_ in ("advcl", "xcomp", "conj")
                  and c.tag_ == "VBG" and c.lemma_.lower() in YIELDING_VERBS | {"face"}
                  for o in [*(d for d in children(c) if d.dep_ == "dobj"),
                            *(g for d in children(c) if d.dep_ == "prep" and d.lower_ == "to"
                              for g in children(d) if g.dep_ == "pobj")]]
        for outer in pobjs:
            if outer.head.lower_ == "of" and outer.head.head.lower_ == "face" and any(
                    anchored(a) and a.sector in CROWD_SECTORS for a in self.actors_of(outer)):
                # "shelved the revisions in the face of student protesters"
                return [a for a in self.actors_of(outer) if anchored(a)]
            pobj = self._through_measures(outer)  # "after months of pressure from X"
            if pobj.lemma_.lower() in PRESSING_NOUNS:
                # "after pressure from the unions", "under pressure from Washington", "after
                # an outcry from media groups"
                by = next((c for c in children(pobj) if c.dep_ == "prep"
                           and c.lower_ in ("from", "by")), None)
                found = [a for a in self.actors_of(by) if anchored(a)
                         and not same_actor(a, source)] if by is not None else []
                # "after ECOWAS pressure", "under Washington's pressure"
                found = found or [a for c in children(pobj) if c.i < pobj.i
                                  and c.dep_ in ("compound", "poss", "amod", "nmod")
                                  for a in [self.actors.exact(c.left_edge.i, c.i + 1)]
                                  if anchored(a) and not same_actor(a, source)]
                if found:
                    return found
                continue
            if self._through_measures(pobj).lemma_.lower() in CLASH_NOUNS:
                # "dropped the bill following clashes between riot police and protesters":
                # the crowd side of the clashes pressed for it
                found = [a for p in children(self._through_measures(pobj)) if p.dep_ == "prep"
                         and p.lower_ in ("between", "with") for a in self.actors_of(p)
                         if anchored(a) and a.sector in CROWD_SECTORS
                         and not same_actor(a, source)]
                if found:
                    return found
            noun = self.lex.match_noun(self._through_measures(pobj))
            if noun is not None and noun.cameo[:2] in PRESSURE_ROOTS:
                found = self._pressers(outer, source)
                if found:
                    return found
        return []

    def _provoker(self, noun: Token) -> Actor | None:
        """Who did the act that drew, prompted or led to a reaction noun ("X's strikes
        prompted a protest from Kabul": X)."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in ("to", "in") and (
                verb.head.lemma_.lower() in ("lead", "result", "give")):
            verb = verb.head  # "led to US sanctions", "resulted in sanctions"
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in PROVOKING_VERBS:
            return None
        cause = self.subject(verb)
        if cause is None:
            return None
        act = self.lex.match_noun(cause)
        doer = self._noun_doer(cause, act) if act is not None else None
        if not anchored(doer):
            owner = next((c for c in children(cause) if c.dep_ == "poss"), None)
            doer = self.actor_of(owner if owner is not None else cause)
        return doer if anchored(doer) else None

    def _talks_parties(self, talks: Token, mediators: list[Actor]) -> list[Actor]:
        """The parties of talks: "talks between X and Y", or whoever holds them ("X and Y held
        talks ...", "after negotiations ..., X and Y agreed")."""
        if talks.lemma_.lower() not in TALK_NOUNS:
            return []
        between = [p for p in children(talks) if p.dep_ == "prep"
                   and p.lower_ in ("between", "with")]
        holder = talks.head
        for _ in range(4):  # "Following weeks of negotiations in Doha ..., X and Y agreed"
            if holder.pos_ in ("VERB", "AUX") and holder.dep_ != "prep" or (
                    holder.head.i == holder.i):
                break
            holder = holder.head
        heads = [*between, *([self.subject(holder)] if holder.pos_ in ("VERB", "AUX") else [])]
        for h in heads:
            found = [a for a in self.actors_of(h) if anchored(a)
                     and not any(same_actor(a, m) for m in mediators)]
            if found:
                return found
        return []

    def _conflict_party(self, verb: Token, source: Actor) -> list[Actor]:
        """ "declared a ceasefire in its war with Tigrayan forces", "agreed to talks to end the
        conflict with the rebels": an act about a conflict with nobody else named is aimed at
        the other side of that conflict."""
        nouns = [g for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "over")
                 for g in children(p) if g.dep_ == "pobj"]
        nouns += [g for o in children(verb) if o.dep_ == "dobj" for p in children(o)
                  if p.dep_ == "prep" and p.lower_ in ("in", "to", "for")
                  for g in children(p) if g.dep_ == "pobj"]
        nouns += [o for c in children(verb) if c.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
            for o in children(c) if o.dep_ == "dobj"]  # "to end the war with X"
        for n in nouns:
            if n.lemma_.lower() not in CONFLICT_NOUNS:
                continue
            for p in children(n):
                if p.dep_ == "prep" and p.lower_ in ("with", "against"):
                    found = [a for a in self.actors_of(p) if anchored(a)
                             and not same_actor(a, source)]
                    if found:
                        return found
        return []

    def _claim_owner(self, verb: Token, source: Actor) -> list[Actor]:
        """ "The army said it had retaken the palace. The RSF denied the claim.": a denial
        of "the claim" is aimed at whoever made the last claim or accusation."""
        if self.claimant is None or same_actor(self.claimant, source):
            return []
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
                for d in children(c)) for c in children(verb)):
            return []
        return [self.claimant] if verb.lemma_.lower() in DENIAL_VERBS else []

    def _letter_addressee(self, verb: Token) -> list[Actor]:
        """ "sent a letter to the head of the WHO threatening to pull funding": a letter's
        threat, demand or offer is aimed at whom the letter went to; also "In a letter to the
        Security Council, Ukraine asked for ..." (a fronted letter of the clause's verb)."""
        for prep in children(verb):
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < verb.i:
                letter = prep_object(prep)
                own = self.lex.match_verb(verb) if letter is not None and (
                    letter.lemma_.lower() in MESSAGE_NOUNS) else None
                if own is not None and own.cameo[:2] in ("02", "03", "10", "13"):
                    found = [a for to in children(letter) if to.dep_ == "prep"
                             and to.lower_ in ("to", "addressed") for a in self.actors_of(to)
                             if anchored(a)]
                    if found:
                        return found
        head = verb.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
            return []
        gov = head.head if head.lemma_.lower() in MESSAGE_NOUNS else head
        if gov.lemma_.lower() not in SENDING_VERBS or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in children(gov)):
            return []
        for node in (gov, *[c for c in children(gov) if c.dep_ == "dobj"]):
            for to in children(node):
                if to.dep_ in ("dative", "prep") and to.lower_ == "to":
                    found = [a for a in self.actors_of(to) if anchored(a)]
                    if found:
                        return found
        return []

    def addressee(self, verb: Token) -> list[Actor]:
        """ "phoned Erdogan to apologize", "visited Kabul to offer help": an act done by
        contacting someone is aimed at whom was contacted, when it names nobody itself."""
        head = verb.head
        if verb.dep_ == "ccomp" and head.lemma_.lower() in ("tell", "warn", "inform", "assure",
                                                            "remind", "promise", "notify"):
            # "Russia told Finland it would retaliate": what the speaker says it will do is
            # aimed at whom it told, when it names nobody itself
            subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("it", "they", "we", "he", "she"):
                for obj in children(head):
                    if obj.dep_ in ("dobj", "dative") and obj.i < verb.i:
                        return [a for a in self.actors_of(obj) if anchored(a)]
            return []
        if verb.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in CONTACT_VERBS or not (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))):
            return []
        for obj in children(head):
            if obj.dep_ in ("dobj", "dative") and obj.i < verb.i:
                return [a for a in self.actors_of(obj) if anchored(a)]
        return []

    def destination(self, verb: Token, source: Actor) -> list[Actor]:
        """ "sent a team of experts to Iran to investigate the crash": what those sent are to
        do, when it names nobody, is aimed at the country they were sent to."""
        head = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in DEPLOY_VERBS or not (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))):
            return []
        found = self.place_target(head, source, abroad=True)
        if found:
            return found
        # "a team of experts to Iran": the destination parsed inside the object phrase
        for obj in (c for c in children(head) if c.dep_ == "dobj"):
            inner = [obj, *[g for p in children(obj) if p.dep_ == "prep" and p.lower_ == "of"
                            for g in children(p) if g.dep_ == "pobj"]]
            for node in inner:
                for prep in children(node):
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
                        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                            actor = self.actors.resolve(*phrase_bounds(pobj))
                            if (actor is not None and actor.type == "state"
                                    and actor.sector is None and actor.country
                                    and actor.country != source.country):
                                return [actor]
        return []

    def place_target(self, verb: Token, source: Actor, any_place: bool = False,
                     abroad: bool = False, along: bool = False) -> list[Actor]:
        """CAMEO's convention when nobody else is named: the country where the act happens is
        its target ("arrived in Amman" -> JOR, "lifted a curfew in Montenegro" -> MNE,
        "declared a state of siege in Katanga" -> COD)."""
        # "agreed to set up X in Y": the complement verbs' places count too
        verbs = [verb]
        k = 0
        while k < len(verbs) < 6:  # "is prepared to pull its soldiers out of X"
            verbs += [c for c in children(verbs[k]) if c.dep_ in ("xcomp", "acomp")]
            k += 1
        objects = [c for v in verbs for c in children(v) if c.dep_ in OBJ_DEPS]
        # "shortened the curfew imposed in Sudan": the place of the object's own participle
        nodes = verbs + objects + [c for o in objects for c in children(o) if c.dep_ == "acl"]
        # ("massed troops along Ukraine's border": where one's own forces go abroad)
        preps = [c for n in nodes for c in children(n)
                 if c.dep_ in ("prep", "dative") and (c.lower_ in PLACE_PREPS
                                                      or along and c.lower_ == "along")]
        # "pulled its soldiers out of Gaza", "moved away from the border"
        preps += [g for n in nodes for p in children(n) if p.lower_ in ("out", "away")
                  for g in children(p) if g.dep_ == "prep" and g.lower_ in ("of", "from")]
        # "a force in Liberia", "remained on alert in Manila": "in" one phrase further down
        preps += [g for n in nodes for p in children(n) if p.dep_ in ("prep", "dative")
                  for c in children(p) if c.dep_ == "pobj"
                  for g in children(c) if g.dep_ == "prep" and (
                      g.lower_ == "in" or g.lower_ in ("to", "into") and p.lower_ == "on"
                      and n.dep_ in OBJ_DEPS  # ("eased curbs on access to Tigray")
                      or along and g.lower_ == "along")]  # ("on high alert along X")
        for prep in preps:
            for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                found = self.actors.resolve(*phrase_bounds(pobj))
                text = doc_text(pobj) if pobj.right_edge.i - pobj.left_edge.i < 12 else None
                if (found is not None and found.country and found.type == "state"
                        and found.sector is None and not same_actor(found, source)
                        and not (abroad and found.country == source.country)):
                    # a country or a region of one, not a capital used as an actor
                    return [Actor(text or found.text, found.name, found.code, found.country,
                                  found.sector, found.type)]
                place = self._place_at(pobj)
                if place is not None and place.location.country != source.code and not (
                        abroad and place.location.country == source.country):
                    loc = place.location
                    return [Actor(text or place.text, loc.name, loc.country, loc.country,
                                  None, "state")]
        if any_place:
            # nobody is named: "imposed blockades in the worst-hit areas" keeps the area
            for prep in preps:
                if prep.lower_ in ("in", "into", "across", "throughout", "inside", "to"):
                    for pobj in (c for c in children(prep) if c.dep_ == "pobj"
                                 and c.lemma_.lower() in PLACE_NOUNS):
                        actor = self.actor_of(pobj)
                        if actor is not None and actor.code is None:  # "the worst-hit areas",
                            return [actor]  # "North District"
            # "declared a state of emergency in Lima": a town of its own country (no code)
            for prep in preps:
                if prep.lower_ in ("in", "across", "throughout", "inside", "to", "into"):
                    for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                        place = self._place_at(pobj)
                        if place is not None and place.location.precision != "country":
                            loc = place.location
                            text = doc_text(pobj) if pobj.right_edge.i - pobj.left_edge.i < 12 \
                                else place.text
                            return [Actor(text, loc.name, None, loc.country, None, "state")]

        return []

    def _war_aim(self, verb: Token) -> list[Actor]:
        """ "ordered a mobilisation of 300,000 reservists for the war in Ukraine": one's own
        forces called up for a war are aimed at where (or whom) it is fought."""
        for t in verb.subtree:
            if t.dep_ == "prep" and t.lower_ == "for":
                war = prep_object(t)
                if war is None or war.lemma_.lower() not in WAR_NOUNS:
                    continue
                for p in children(war):
                    if p.dep_ == "prep" and p.lower_ in ("in", "against", "on"):
                        found = [a for a in self.actors_of(p) if anchored(a)]
                        if found:
                            return found
        return []

    def _named_site(self, verb: Token, sent: bool = False) -> list[Actor]:
        """ "staged war games near the Strait of Hormuz", "flew bombers over the Sea of
        Japan": a show of force that names nobody is aimed at the named place it is held at,
        even one of no country."""
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in children(c))
               for c in children(verb)):
            return []  # "Turkey and Azerbaijan staged exercises near X": with each other
        # ("put its forces on high alert along the Line of Control": on the alert)
        alerts = [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "on"
                  for g in children(p) if g.dep_ == "pobj" and g.lemma_.lower() in (
                      "alert", "standby", "readiness")]
        for n in [verb, *(o for o in children(verb) if o.dep_ in OBJ_DEPS), *alerts]:
            for prep in children(n):
                if prep.dep_ != "prep" or prep.lower_ not in SITE_PREPS and not (
                        sent and prep.lower_ == "to"):
                    continue
                pobj = prep_object(prep)
                # (forces sent "to Honiara": a destination even when the tagger took the
                # name for a person's)
                if pobj is not None and pobj.pos_ == "PROPN" and (pobj.ent_type_ in (
                        "LOC", "GPE", "FAC") or sent and prep.lower_ in ("to", "into")) and (
                        pobj.right_edge.i - pobj.left_edge.i < 8):
                    text = doc_text(pobj)
                    return [Actor(text, text, None, None, None, "other")]
        return []

    def _home_region(self, verb: Token, source: Actor) -> list[Actor]:
        """ "Ethiopia restored internet services in the Tigray region", "Sudan lifted the
        curfew in Khartoum": a concession in a part of the doer's own country is aimed at
        that part (a target in its own right, not the state again)."""
        for prep in (p for n in [verb, *(o for o in children(verb) if o.dep_ in OBJ_DEPS)]
                     for p in children(n) if p.dep_ == "prep" and p.lower_ in ("in", "across")):
            pobj = prep_object(prep)
            place = self._place_at(pobj) if pobj is not None else None
            if place is None or not source.country or (
                    place.location.country != source.country):
                continue
            text = doc_text(pobj) if pobj.right_edge.i - pobj.left_edge.i < 8 else place.text
            return [Actor(text, place.location.name, None, source.country, None, "state")]
        return []

    def _border_party(self, border: Token) -> Token | None:
        """ "its border with Armenia", "the Guyanese border", "Syria's frontier": the word that
        names the country on a border, frontier or line."""
        parts = [g for c in children(border) if c.dep_ == "prep" and c.lower_ in ("with", "of")
                 for g in children(c) if g.dep_ == "pobj"]
        parts += [c for c in children(border) if c.dep_ in ("amod", "compound", "poss")]
        return next((p for p in parts if anchored(self.actor_of(p))), None)

    def _force_aim(self, verb: Token, source: Actor) -> list[Actor]:
        """ "massed troops along its border with Armenia", "sent warships around Taiwan",
        "reinforced its troops on the Cambodian border": whom a show of force faces."""
        # "massed troops near Ukraine's borders": the phrase may hang on the forces moved
        # (or on a coordinated or quantified object: "tens of thousands of troops along ...",
        # "warplanes and warships around Taiwan")
        objs = [o for o in children(verb) if o.dep_ == "dobj"]
        objs += [c for o in objs for c in conjuncts(o)]
        objs += [g for o in objs for p in children(o) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in children(p) if g.dep_ == "pobj"]
        preps = [*children(verb), *(p for o in objs for p in children(o))]
        # "put its army on alert near the border": the phrase hangs on the alert ("called up
        # reservists for exercises near the Guyana border": on the exercises)
        preps += [p for q in children(verb) if q.dep_ == "prep" and q.lower_ in ("on", "for")
                  for g in children(q) if g.dep_ == "pobj" for p in children(g)]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in FACING_PREPS | {"on", "at", "over"}:
                continue
            for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in BORDER_NOUNS:
                    # "its border with Armenia", "the Cambodian border"
                    parts = [g for c in children(pobj) if c.dep_ == "prep"
                             and c.lower_ in ("with", "of") for g in children(c)
                             if g.dep_ == "pobj"]
                    # ("the line of contact with Nagorno-Karabakh")
                    parts += [w for g in parts if g.lemma_.lower() == "contact"
                              for c in children(g) if c.dep_ == "prep" and c.lower_ == "with"
                              for w in children(c) if w.dep_ == "pobj"]
                    mods = [c for c in children(pobj) if c.dep_ in ("amod", "compound", "poss")]
                    for part in parts + mods:
                        # ("the Democratic Republic of Congo": the whole name)
                        found = self.actors.resolve(*(phrase_bounds(part) if part in parts
                                                      else (part.left_edge.i, part.i + 1)))
                        if found is not None and found.country and (
                                found.country != source.country):
                            return [Actor(found.text, found.name, found.country,
                                          found.country, None, "state")]
                        if found is not None and found.country and part in parts and (
                                found.text not in source.text):
                            # "the line of contact with Nagorno-Karabakh": a region of its
                            # own country, faced (no code of its own)
                            return [Actor(found.text, found.name, None, found.country, None,
                                          "state")]
                    continue
                found = self.actors.resolve(*phrase_bounds(pobj))
                if found is not None and found.country and found.type == "state" and (
                        found.sector is None and found.country != source.country):
                    return [found]  # "sent warplanes around Taiwan"
        return []

    def _intruders(self, verb: Token, source: Actor) -> list[Actor]:
        """ "scrambled jets as Russian bombers entered its airspace", "put its forces on alert
        after Chinese warships approached": a show of force faces the foreign forces whose
        move the time clause tells."""
        # "called up its reservists amid tensions with Kosovo", "placed its army on alert over
        # tensions with Kosovo, days after ...": the rivalry named in a phrase comes first
        phrases = [*children(verb), *(p for q in children(verb) if q.dep_ == "prep"
                                      for g in children(q) if g.dep_ == "pobj"
                                      for p in children(g))]  # ("on alert over tensions")
        disputes = [g for p in phrases if p.dep_ == "prep" and p.lower_ in (
            "as", "amid", "during", "over") for g in children(p) if g.dep_ in ("pobj", "pcomp")
            and g.lemma_.lower() in RIVALRY_WORDS]
        rivals = [a for d in disputes for p in children(d) if p.dep_ == "prep"
                  and p.lower_ in ("with", "between") for a in self.actors_of(p)
                  if anchored(a) and not same_actor(a, source) and a.country != source.country]
        if rivals:
            return rivals[:1]
        objs = [o for o in children(verb) if o.dep_ == "dobj"]
        # ("scrambled jets and activated air defences as Russia launched ...": the time
        # clause may hang on the second verb)
        verbs = [verb, *(c for c in conjuncts(verb) if c.pos_ == "VERB")]
        for clause in [*(c for v in verbs for c in children(v)),
                       *(c for o in objs for c in children(o))]:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in (
                    "as", "after", "when", "while") for m in children(clause)):
                continue
            subj = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")),
                        None)  # ("after Indian jets were spotted near the border")
            # "as tensions with Kosovo rose", "as fighting with Azerbaijan escalated" (the
            # parser may hang "fighting" on the "as"): the other side of the dispute
            disputes = [t for t in [subj, *(g for m in children(clause) if m.dep_ == "mark"
                                            for g in children(m) if g.dep_ == "pcomp")]
                        if t is not None and t.lemma_.lower() in RIVALRY_WORDS]
            rivals = [a for d in disputes for p in children(d) if p.dep_ == "prep"
                      and p.lower_ in ("with", "between") for a in self.actors_of(p)
                      if anchored(a) and not same_actor(a, source)
                      and a.country != source.country]
            if rivals:
                return rivals[:1]
            if subj is not None and (subj.tag_ == "VBG" or subj.pos_ == "NOUN"
                                     and self.lex.match_noun(subj) is not None):
                continue  # "as fighting with Azerbaijan escalated": an act, not intruders
            # (or a bloc or a group of no country: "after West African leaders ordered ...")
            found = [a for a in self.actors_of(subj) if anchored(a) and (
                a.country and a.country != source.country
                or a.country is None and a.code and not same_actor(a, source))]
            place = self._place_at(subj) if subj is not None else None
            if found and not (place is not None and place.location.precision != "country"
                              and found[0].sector is None):  # (a region is no intruder)
                return found
        # "put on alert after the attack by Somali militants", "ahead of a satellite launch
        # by North Korea", "mobilised militias in response to US warships in the Caribbean"
        preps = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ in (
            "after", "following", "amid")]
        preps += [p for a in children(verb) if a.lower_ == "ahead" for p in children(a)
                  if p.dep_ == "prep" and p.lower_ == "of"]
        preps += [p for q in children(verb) if q.dep_ == "prep" and q.lower_ == "in"
                  for r in children(q) if r.dep_ == "pobj" and r.lemma_.lower() in (
                      "response", "reaction", "retaliation")
                  for p in children(r) if p.dep_ == "prep" and p.lower_ in ("to", "for")]
        for prep in preps:
            pobj = prep_object(prep)
            doer = self._act_agent(pobj)
            if doer is None and pobj is not None and prep.lower_ in ("to", "for"):
                doer = self.actor_of(pobj)
            if doer is None and pobj is not None and pobj.pos_ == "NOUN":
                act = self.lex.match_noun(pobj)  # "after the Hamas attack"
                doer = self._noun_doer(pobj, act) if act is not None else None
            if anchored(doer) and doer.country and doer.country != source.country:
                return [doer]
        return []

    def _purpose_place(self, verb: Token, source: Actor | None) -> list[Actor]:
        """ "deployed the army to quell riots in Kathmandu": where forces sent to do something
        are to do it, when the sentence names no destination."""
        for clause in children(verb):
            if clause.dep_ in ("xcomp", "advcl") and clause.i > verb.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in children(clause)):
                found = self._sent_to(clause)
                if found:
                    return found
                if self.places is None:
                    continue
                for p in self.places.within(clause.i, clause.right_edge.i + 1):
                    if p.location.country and not p.is_actor:
                        loc = p.location  # (a region of one's own country keeps no code)
                        return [Actor(p.text, loc.name, None, loc.country, None, "state")]
        return []

    def _sent_to(self, verb: Token) -> list[Actor]:
        """ "India rushed troops to Ladakh", "massed troops and drones around Goma": where one's
        own forces are sent or gathered, also at home."""
        objs = [o for o in children(verb) if o.dep_ == "dobj"]
        objs += [c for o in objs for c in conjuncts(o) if c not in objs]
        for prep in [*children(verb), *(p for o in objs for p in children(o))]:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in (
                    "to", "into", "onto", "around", "near", "outside", "towards", "toward",
                    "through", "across"):  # ("sailed a carrier group through the strait")
                continue
            pobjs = [c for c in children(prep) if c.dep_ == "pobj"]
            # "ordered army units onto the streets of Almaty": the town whose streets
            pobjs = [g for c in pobjs if c.lemma_.lower() in ("street", "road")
                     for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in children(p) if g.dep_ == "pobj"] + pobjs
            for pobj in pobjs:
                place = self._place_at(pobj)
                if place is not None:
                    loc = place.location
                    text = doc_text(pobj) if pobj.right_edge.i - pobj.left_edge.i < 12 else (
                        place.text)
                    # a region of one's own country is where the forces go, not another actor:
                    # it keeps its country but no code of its own
                    return [Actor(text, loc.name, None, loc.country, None, "state")]
                named_state = pobj.lemma_.lower() == "state" and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(pobj))
                if (pobj.lemma_.lower() in GEO_NOUNS | PLACE_NOUNS | HELD_PLACES
                        or named_state) and (
                        pobj.right_edge.i - pobj.left_edge.i < 12):
                    # "sent warships to the waters off the Natuna Islands": a place no
                    # gazetteer names, but where the forces go (no country, no code)
                    end = min([pobj.right_edge.i + 1] + [
                        p.i for p in children(pobj) if p.dep_ == "prep" and p.i > pobj.i
                        and any(g.ent_type_ in ("DATE", "TIME") for g in children(p))])
                    text = _strip_article(pobj.doc[pobj.left_edge.i:end])  # (no "on Monday")
                    return [Actor(text, text, None, None, None, "state")]
        return []

    def clause_place(self, verb: Token, source: Actor, subject: Token | None) -> list[Actor]:
        """PLOVER's convention when the act names nobody it is aimed at, taken one step wider
        than ``place_target``: a place named anywhere in the verb's clause, nearest after the
        verb first ("declared a truce from Monday in Darfur", "quit after weeks of protests in
        Lima"), never one inside the source's own phrase."""
        if self.places is None:
            return []
        lo, hi = verb.left_edge.i, verb.right_edge.i + 1
        skip = phrase_bounds(subject) if subject is not None else (0, 0)
        found = [p for p in self.places.within(lo, hi)
                 if p.location.country and not p.is_actor
                 and not (skip[0] <= p.start < skip[1])]
        found.sort(key=lambda p: (p.start < verb.i, abs(p.start - verb.i)))
        for p in found:
            loc = p.location
            actor = Actor(p.text, loc.name, loc.country, loc.country, None, "state")
            if not same_actor(actor, source) and not re.search(
                    rf"\b{re.escape(p.text)}\b", source.text or ""):  # "police in Gaza"
                return [actor]
        return []

    def _place_at(self, tok: Token):
        """The gazetteer place named by the phrase headed by ``tok`` ("the city of Aleppo")."""
        if self.places is None:
            return None
        toks = tokens(tok.doc)
        for t in (tok, *[c for c in tok.subtree if c.dep_ == "pobj" and c.head.head.i == tok.i],
                  *(toks[i] for i in range(tok.left_edge.i, tok.i))):  # "Borno state"
            place = self.places.at(t.i)
            if place is not None and place.location.country:
                return place
        return None

    @staticmethod
    def _moved_phrases(noun: Token) -> list[Token]:
        """The noun's own prepositions and those inside its "of" phrase, where the parser
        often hangs them ("the extradition of a suspect from Ghana to the US")."""
        out = list(children(noun))
        for c in children(noun):
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in children(c):
                    if g.dep_ == "pobj":
                        out += [p for p in g.subtree if p.dep_ == "prep" and p.lower_ in (
                            "to", "into", "onto") and (p.head.pos_ in ("NOUN", "PROPN")
                                                       or p.head.lower_ == "from")]  # ("from
                        # Paraguay to Brazil": "to" hung on "from")
        return out

    @staticmethod
    def _frozen_flow(noun: Token) -> Token | None:
        """ "a freeze on new World Bank lending to Mali": what is frozen (the flow named in
        the "on" phrase), whose "to" phrase is the target and whose modifiers the doer."""
        if noun.lemma_.lower() not in ON_MODIFIED:
            return None
        on = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "on"), None)
        return prep_object(on) if on is not None else None

    def _noun_target(self, noun: Token) -> Token | None:
        flow = self._frozen_flow(noun)
        if flow is not None:  # "to Mali" hangs on the flow or on the freeze
            return next((c for n in (flow, noun) for c in children(n) if c.dep_ == "prep"
                         and c.lower_ == "to" and anchored(self.actor_of(c))), None)
        own_act = noun.lemma_.lower() in OWN_ACT_NOUNS  # "the withdrawal of X from Y": Y
        if noun.lemma_.lower() in MOVING_NOUNS:  # "the sale of jets to Turkey": Turkey
            to = next((c for c in self._moved_phrases(noun) if c.dep_ == "prep" and c.lower_ in (
                "to", "into", "onto") and anchored(self.actor_of(c))), None)
            if to is not None:
                return to
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ARRIVAL_VERBS:
                # "a donation of wheat reached (the port of Massawa in) Eritrea"
                end = next((c for c in children(noun.head) if c.dep_ == "dobj" or (
                    c.dep_ == "prep" and c.lower_ in ("in", "at"))), None)
                if end is not None and anchored(self.actor_of(end)):
                    return end
        found = self.lex.match_noun(noun)
        show = found is not None and found.cameo[:2] == "15"
        if show:  # "drills around Taiwan": whom the show of force faces
            # ("the build-up of troops near the Guyanese border": also on the forces moved)
            preps = [c for c in children(noun) if c.dep_ == "prep"]
            preps += [p for c in preps if c.lower_ == "of" for g in children(c)
                      if g.dep_ == "pobj" for p in children(g) if p.dep_ == "prep"]
            for c in preps:
                war = prep_object(c) if c.lower_ == "for" else None
                if war is not None and war.lemma_.lower() in WAR_NOUNS:
                    # "the mobilisation of reservists for the war in Ukraine": its foe
                    return next((p for p in children(war) if p.dep_ == "prep" and p.lower_ in (
                        "in", "against", "on", "with") and anchored(self.actor_of(p))), None)
                if c.lower_ not in FACING_PREPS and not (
                        # "Germany's stationing of a brigade in Lithuania": where they stay
                        c.lower_ == "in" and noun.lemma_.lower() in ("deployment", "stationing")):
                    continue
                pobj = prep_object(c)
                if pobj is not None and pobj.lemma_.lower() in BORDER_NOUNS:
                    part = self._border_party(pobj)
                    if part is not None:
                        return part
                elif anchored(self.actor_of(c)):
                    return c
        if found is not None and found.cameo[:2] in ("16", "17") and any(
                c.dep_ == "prep" and c.lower_ == "on"
                and getattr(self.actor_of(c), "code", None) is None for c in children(noun)):
            # "Beijing's export ban on gallium and germanium to the United States": the goods
            # banned go to whom it is aimed at
            to = next((t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "to"
                       and anchored(self.actor_of(t))), None)
            if to is not None:
                return to
        for c in children(noun):
            if show and c.lower_ == "of":
                continue  # "the build-up of troops": the forces moved are not aimed at
            if c.dep_ == "prep" and (c.lower_ in NOUN_TARGET_PREPS - {"in"} or own_act and (
                    c.lower_ == "from")) and not (own_act and c.lower_ == "of"):
                return self._of_thing_aim(c, found) or c
        return None

    def _protested(self, noun: Token, doers_only: bool = False) -> Actor | None:
        """ "a march by Israelis to the Knesset against the government's overhaul": whom a
        protest is against (or whose the thing protested is) before where it went."""
        for prep in noun.subtree:  # (the parser may hang it on the marchers or the route)
            # ("a strike over the government's wage offer": what it is over, when the
            # protest names nobody it is against)
            if prep.dep_ != "prep" or prep.lower_ not in (
                    ("against",) if doers_only else ("against", "over")):
                continue
            pobj = prep_object(prep)
            if pobj is None:
                continue
            act = prep.head
            act_match = self.lex.match_noun(act) if act.i != noun.i and act.pos_ == "NOUN" \
                else None
            if act_match is not None and act_match.cameo[:2] in (
                    "11", "12", "13", "15", "16", "17", "18", "19", "20"):
                # "protesting the country's attacks against the Kurds": the "against" is
                # the attack's; the protest is aimed at who attacks
                doer = self._noun_doer(act, act_match)
                if anchored(doer):
                    return doer
                continue
            # who did the act protested ("against the abuses by the army", "against the
            # killings of protesters by the police": the police, not the protesters), else
            # whom it names, else whose the thing is ("against the government's overhaul")
            owners = [c for c in children(pobj) if c.dep_ in ("prep", "agent")
                      and c.lower_ == "by"]
            owners += [g for a in children(pobj) if a.dep_ == "acl" and a.tag_ == "VBN"
                       for g in children(a) if g.dep_ == "agent"]
            owners += [b for o in children(pobj) if o.dep_ == "prep" and o.lower_ == "of"
                       for g in children(o) if g.dep_ == "pobj" for b in children(g)
                       if b.dep_ in ("prep", "agent") and b.lower_ == "by"]
            if not doers_only:
                owners += [prep, *(c for c in children(pobj) if c.dep_ == "poss"
                                   and c.pos_ != "PRON")]
            for owner in owners:
                found = self.actor_of(owner)
                if anchored(found):
                    return found
        return None

    def _of_thing_aim(self, prep: Token, match: LexMatch | None) -> Token | None:
        """ "the imposition of sanctions on Belarus": when the "of" object is the named thing
        of the noun's pattern, on whom that thing is."""
        pobj = prep_object(prep)
        if prep.lower_ == "of" and match is not None and pobj is not None and (
                match.cameo[:2] in ("03", "07")):
            # "Berlin's promise of two Patriot systems to Kyiv": whom it is promised to
            to = next((p for p in pobj.subtree if p.dep_ == "prep" and p.lower_ == "to"
                       and anchored(self.actor_of(p))), None)
            if to is not None:
                return to
        if prep.lower_ != "of" or match is None or pobj is None or not (
                match.start <= pobj.i < match.end
                # "the threat of a new offensive against Kurdish fighters": whom the
                # threatened, promised or demanded act is against
                or match.cameo[:2] in ("02", "03", "10", "13")
                and self.lex.match_noun(pobj) is not None
                # ("the threat of retaliation against the Taliban")
                or match.cameo[:2] == "13" and pobj.lemma_.lower() in RETRIBUTION_NOUNS):
            return None
        return next((p for p in children(pobj) if p.dep_ == "prep" and p.lower_ in (
            "on", "against", "upon", "to", "with") and anchored(self.actor_of(p))), None)

    def _culprit(self, noun: Token) -> Actor | None:
        """ "The militia was responsible for the attack", "the cartel is behind the killings":
        the subject of the copula did what the noun names."""
        while noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.lemma_.lower() in CONTAINER_NOUNS):
            noun = noun.head.head  # "responsible for a wave of killings"
        prep = noun.head
        if noun.dep_ not in ("pobj", "dobj"):
            return None
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim" or (
                prep.lower_ == "for" and prep.head.lemma_.lower() == "responsibility"
                and prep.head.head.pos_ in ("VERB", "AUX")):
            # "Hezbollah claimed the attack", "IS claimed responsibility for the bombing"
            v = noun.head if noun.dep_ == "dobj" else prep.head.head
            own = self.subject(v)
            found = self.actor_of(own) if own is not None else None
            return found if anchored(found) else None
        if noun.dep_ != "pobj":
            return None
        if prep.lower_ in ("for", "of") and prep.head.lemma_.lower() in ACCUSING_VERBS:
            # "blamed al-Shabaab for the attack": the blamed did it, by the blamer's account
            obj = next((c for c in children(prep.head) if c.dep_ == "dobj"), None)
            found = self.actor_of(obj) if obj is not None else None
            return found if anchored(found) else None
        if prep.lower_ == "for" and prep.head.lower_ == "responsible" and (
                prep.head.dep_ == "acomp"):
            v = prep.head.head
        elif prep.lower_ == "behind" and prep.dep_ == "prep":
            v = prep.head
        else:
            return None
        if v.lemma_ != "be" or any(c.dep_ == "neg" for c in children(v)):
            return None
        subj = next((c for c in children(v) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "which", "that"):
            subj = v.head if v.dep_ == "relcl" else None  # "the group, which was behind ..."
        found = self.actor_of(subj) if subj is not None else None
        return found if anchored(found) else None

    def _noun_doer(self, noun: Token, match: LexMatch, between: bool = False) -> Actor | None:
        """Who did what an event noun names: "the attack by X", "X's offensive", "a strike
        X claimed", "Russian air strikes", "a Saudi-led strike" (with ``between``, also the
        first of "talks between X and Y")."""
        src = None
        own_act = noun.lemma_.lower() in OWN_ACT_NOUNS
        for c in children(noun):
            if own_act and c.dep_ == "poss" and c.pos_ != "PRON":
                # "Russia's withdrawal of its peacekeepers": the owner withdrew them
                src = self.actor_of(c)
                if anchored(src):
                    return src
                src = None
        for c in children(noun):
            if own_act and c.dep_ == "prep" and c.lower_ == "of":
                # "the withdrawal of Russian forces from Kherson": who withdrew
                src = self.actor_of(c)
                if anchored(src):
                    return src
                src = None
        for c in children(noun):
            if own_act and c.dep_ == "prep" and c.lower_ == "from":
                continue  # the place left, not the doer
            if c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or (
                    c.lower_ in ("yesterday", "today", "tonight"))):
                continue  # "Monday's ambush by al-Shabaab": a date, not who did it
            if c.dep_ == "poss" and _undergoer_possessive(noun):
                continue  # "Mali's suspension by the African Union": Mali underwent it
            if c.dep_ == "prep" and c.lower_ in NOUN_SOURCE_PREPS or c.dep_ == "poss":
                src = self.actor_of(c)
                break
        if src is None:
            # "the expulsion of two diplomats by Norway": the parser hangs the agent on the
            # object of "of"
            # ("the shelling of the market and the clinic by the militia": on a second
            # object the parser made the noun's conjunct)
            # ("the attack on a police station by Boko Haram": on the target of "on")
            objs = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ in (
                "of", "on", "against") for g in children(c) if g.dep_ == "pobj"]
            if objs:
                objs += [c for c in children(noun) if c.dep_ == "conj" and c.pos_ == "NOUN"
                         and self.lex.match_noun(c) is None]
                # ("the seizure of a fishing boat and its crew by X": on the second object)
                objs += [c for g in objs for c in conjuncts(g) if c not in objs]
            for g in objs:
                by = next((b for b in children(g) if b.dep_ in ("prep", "agent")
                           and b.lower_ == "by"), None)
                found = self.actor_of(by) if by is not None else None
                if anchored(found):
                    src = found
        if src is None:
            # "a ban on rallies imposed by the police", "strikes carried out by X"
            by = next((a for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in children(c) if a.dep_ == "agent"), None)
            found = self.actor_of(by) if by is not None else None
            src = found if anchored(found) else None
        if src is None and noun.dep_ == "nsubj" and match.cameo[:2] == "14" and (
                noun.head.lemma_.lower() in ("draw", "bring", "attract", "gather")):
            # "protests against the junta drew thousands of people onto the streets"
            crowd = next((c for c in children(noun.head) if c.dep_ == "dobj"), None)
            if crowd is not None:
                found = self.actor_of(crowd)
                if found is not None and not anchored(found) and _crowd_number(crowd):
                    text = doc_text(crowd)
                    found = Actor(text, "civilians", "CVL", None, "CVL", sector_type("CVL"))
                src = found if anchored(found) else None
        if src is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "come":
            # "strong backing for Guyana came from Caribbean leaders"
            by = next((c for c in children(noun.head) if c.dep_ == "prep"
                       and c.lower_ == "from"), None)
            found = self.actor_of(by) if by is not None else None
            src = found if anchored(found) else None
        if src is None and noun.lemma_.lower() in MOVING_NOUNS:
            # "the extradition of a suspect from Ghana to the US": whence the person is sent
            for c in children(noun):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in (g for g in children(c) if g.dep_ == "pobj"):
                        frm = next((b for b in children(g) if b.dep_ == "prep"
                                    and b.lower_ == "from"), None)
                        found = self.actor_of(frm) if frm is not None else None
                        if anchored(found) and found.type in ("state", "igo"):
                            src = found
        if src is None:
            # "the ambush that JNIM fighters staged near Djibo": the relative clause's doer
            for rel in (c for c in children(noun) if c.dep_ == "relcl" and (
                    self.lex.verb_lemma(c) in self.lex.light
                    or c.lemma_.lower() in DOING_VERBS)):
                if any(o.lower_ in ("that", "which") for o in children(rel)
                       if o.dep_ == "dobj"):
                    found = self.actor_of(self.subject(rel))
                    src = found if anchored(found) else None
                    break
        if src is None:
            src = self._culprit(noun)
        if src is None and between:
            return None
        if src is None:
            # "Russian air strikes": a country adjective or compound in front of the noun
            # (also a modifier of a modifier: "US Predator attacks"; "a freeze on World Bank
            # lending": the lender)
            pattern = trigger_tokens(noun.doc, match)
            flow = self._frozen_flow(noun)
            mods = [c for c in [*tokens(noun.doc)[noun.left_edge.i:noun.i],
                                *(tokens(noun.doc)[flow.left_edge.i:flow.i] if flow else [])]
                    if c.dep_ in ("amod", "compound", "nmod") and c.i not in pattern]
            for m in mods:
                src = self.actors.resolve(m.i, m.i + 1)
                if src is None and flow is not None and m.i > noun.i and m.dep_ == "compound":
                    src = self.actors.resolve(m.left_edge.i, m.i + 1)  # "World Bank"
                if src is not None and m.dep_ == "amod" and src.country is None and (
                        not m.ent_type_):
                    src = None  # "an official visit": an adjective, not who visited
                if src is None and m.lower_ == "led":  # "a Saudi-led strike": the leader's
                    lead = next((c for c in children(m) if c.dep_ in ("npadvmod", "compound")
                                 and c.i < m.i), None)
                    if lead is not None:
                        src = self.actors.resolve(lead.left_edge.i, lead.i + 1)
                if src is not None:
                    break
        return src

    def _giver_claim(self, noun: Token, match: LexMatch, sent: Span) -> Claim | None:
        """ "The United States remains the largest donor of humanitarian aid in Iraq", "China
        has become Zambia's largest lender": a copula naming its subject the giver of aid,
        loans or supplies to someone."""
        top = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            top = noun.head.head  # "is one of the largest bilateral donors"
        verb = top.head
        if top.dep_ not in ("attr", "oprd") or verb.lemma_.lower() not in COPULAS:
            return None
        src = self.actor_of(self.subject(verb))
        if not anchored(src):
            return None
        heads = [noun, *(g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in children(c) if g.dep_ == "pobj")]
        tgt = None
        for h in heads:
            for c in children(h):
                if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ in (
                        "to", "for", "in"):
                    found = self.actor_of(c)
                    if anchored(found) and not same_actor(found, src):
                        tgt = found
                        break
            if tgt is not None:
                break
        if tgt is None:
            return None  # "is one of the largest donors": to nobody named
        return Claim(match, noun, src, tgt, self.modality(verb, sent),
                     self.attribution(verb, sent), 0.5)

    def _stated_aim(self, noun: Token) -> Actor | None:
        """ "The deployment of a carrier group was aimed at deterring Hezbollah", "Prague's
        expulsion of 18 diplomats was intended to punish Moscow", "... was meant as a warning
        to Iran": whom the act is said to be aimed at."""
        verb = noun.head
        if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in AIM_VERBS:
            return None
        found: list[Token] = []
        for c in children(verb):
            if c.dep_ == "prep" and c.lower_ in ("at", "against"):
                obj = prep_object(c)
                gerund = next((g for g in children(c) if g.dep_ == "pcomp"), None)
                if gerund is not None:  # "aimed at deterring Hezbollah"
                    found += self._aimed_objects(gerund)
                elif obj is not None:
                    found.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":  # "as a warning to Iran"
                found += [p for o in children(c) if o.dep_ == "pobj" for p in children(o)
                          if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards",
                                                               "against", "for")]
            elif c.dep_ in ("xcomp", "advcl"):  # "intended to punish Moscow"
                found += self._aimed_objects(c)
        for tok in found:
            actor = self.actor_of(tok)
            if anchored(actor):
                return actor
        return None

    @staticmethod
    def _aimed_objects(verb: Token) -> list[Token]:
        """Whom a purpose clause acts on: "punish Moscow", "help Kyiv track ...", "put pressure
        on Tokyo", "forcing Colombia to accept ...", "bringing the generals to a truce"."""
        out = [o for o in children(verb) if o.dep_ in ("dobj", "dative")]
        out += [g for o in children(verb) if o.dep_ in ("ccomp", "xcomp")
                for g in children(o) if g.dep_ == "nsubj"]
        out += [p for h in [verb, *out] for p in children(h) if p.dep_ == "prep"
                and p.lower_ in ("on", "against", "upon")]
        return out

    def _noun_claim(self, noun: Token, match: LexMatch, sent: Span) -> Claim | None:
        """An event noun with its own actors: "Russian air strikes on Aleppo", "the attack by X"."""
        if noun.lemma_.lower() in GIVER_NOUNS:
            return self._giver_claim(noun, match, sent)
        tgt = self._stated_aim(noun)
        aimed = tgt is not None  # (its modality is the act's, not the aim verb's intent)
        own_act = noun.lemma_.lower() in OWN_ACT_NOUNS
        moving = noun.lemma_.lower() in MOVING_NOUNS
        if self._frozen_flow(noun) is not None and not aimed:
            inner = self._noun_target(noun)
            found = self.actor_of(inner) if inner is not None else None
            tgt = found if anchored(found) else None  # "a freeze on lending to Mali"
        if moving and not aimed:
            to = self._noun_target(noun)
            found = self.actor_of(to) if to is not None else None
            tgt = found if anchored(found) else None  # "the sale of F-16 jets to Turkey"
        if tgt is None and match.cameo[:2] in ("16", "17"):
            inner = self._noun_target(noun)  # "an export ban on gallium to the US"
            if inner is not None and inner.lower_ == "to":
                found = self.actor_of(inner)
                tgt = found if anchored(found) else None
        show = match.cameo[:2] == "15"
        if show and tgt is None:  # "a build-up of troops near the Guyanese border"
            aim = self._noun_target(noun)
            found = self.actor_of(aim) if aim is not None else None
            tgt = found if anchored(found) else None
        if show and tgt is None:
            # "a call-up of reservists for the war against Hamas": whom the war is against
            foes = [a for p in children(noun) if p.dep_ == "prep" and p.lower_ == "for"
                    for o in children(p) if o.dep_ == "pobj"
                    for q in children(o) if q.dep_ == "prep" and q.lower_ in ("against", "on")
                    for a in self.actors_of(q) if anchored(a)]
            tgt = foes[0] if foes else None
        if show and tgt is None:
            # "Russia's deployment of Iskander missiles to Kaliningrad": where they were sent
            for prep in (c for c in [*children(noun), *self._moved_phrases(noun)]
                         if c.dep_ == "prep" and c.lower_ in ("to", "into")):
                pobj = prep_object(prep)
                place = self._place_at(pobj) if pobj is not None else None
                if place is not None:
                    text = _strip_article(pobj.doc[pobj.left_edge.i:np_end(pobj) + 1])
                    tgt = Actor(text, place.location.name, None, place.location.country, None,
                                "state")
                    break
        if show and tgt is None:
            # "Chinese coast guard patrols near Kinmen island": the place faced, named or not
            for prep in children(noun):
                pobj = prep_object(prep) if prep.dep_ == "prep" and (
                    prep.lower_ in FACING_PREPS) else None
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and (
                        pobj.lemma_.lower() not in MEASURE_NOUNS):
                    text = _strip_article(pobj.doc[pobj.left_edge.i:np_end(pobj) + 1])
                    tgt = Actor(text, text, None, None, None, "other")
                    break
        if tgt is None and match.cameo[:2] == "14":
            tgt = self._protested(noun)
        if tgt is None and noun.lemma_.lower() in BUYING_NOUNS:
            # "India's purchases of oil from Russia": the seller, wherever "from" hangs
            sellers = [c for n in (noun, *(g for p in children(noun) if p.dep_ == "prep"
                                           and p.lower_ == "of" for g in children(p)
                                           if g.dep_ == "pobj"))
                       for c in children(n) if c.dep_ == "prep" and c.lower_ == "from"
                       and anchored(self.actor_of(c))]
            if sellers:
                tgt = self.actor_of(sellers[0])
        if tgt is None and match.cameo[:2] in ("03", "07"):
            # "Berlin's promise of two Patriot systems to Kyiv": whom it is promised to
            to = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "to"
                       and anchored(self.actor_of(c))), None)
            tgt = self.actor_of(to) if to is not None else None
        if tgt is None and noun.lemma_.lower() in BUYING_NOUNS and noun.dep_ == "dobj":
            # "increased its purchases of crude oil from Russia": "from" hung on the verb
            seller = next((c for c in children(noun.head) if c.dep_ == "prep"
                           and c.lower_ == "from" and anchored(self.actor_of(c))), None)
            tgt = self.actor_of(seller) if seller is not None else None
        for c in children(noun):
            if own_act and c.dep_ == "prep" and c.lower_ == "of" and tgt is None:
                # "the drawdown of troops from the valley": the parser hangs the place left
                # on the forces
                left = next((p for g in children(c) if g.dep_ == "pobj" for p in children(g)
                             if p.dep_ == "prep" and p.lower_ == "from"
                             and self.actor_of(p) is not None), None)
                if left is not None:
                    tgt = self.actor_of(left)
            if (own_act or show) and c.dep_ == "prep" and c.lower_ == "of":
                continue  # "the withdrawal of X": X withdrew; "a build-up of troops"
            if c.dep_ == "prep" and (c.lower_ in NOUN_TARGET_PREPS or own_act and c.lower_ in (
                    "from", "in") or c.lower_ == "from" and noun.lemma_.lower() in BUYING_NOUNS
                    ) and tgt is None:
                aim = self._of_thing_aim(c, match)
                pobj = prep_object(c) if aim is None and c.lower_ == "of" else None
                if pobj is not None and match.start <= pobj.i < match.end and (
                        match.start < noun.i or match.end > noun.i + 1) and not anchored(
                        self.actor_of(c)):
                    continue  # "the suspension of the accord": the thing the act is on
                tgt = self.actor_of(aim or c)
        if tgt is None:
            # "the raid by tax officials on the paper's offices", "a sit-in by nurses outside
            # the ministry": the parser hangs the aim on the doer after "by"
            aims = ("on", "against", "upon", *(("outside", "at") if match.cameo[:2] == "14"
                                               else ()),
                    *(("with", "alongside") if match.cameo[:2] == "06" else ()))  # "joint
            # patrols by Malaysian police with Thai police"
            doers = [g for c in children(noun) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for g in children(c) if g.dep_ == "pobj"]
            for c in [*(c for c in children(noun) if match.cameo[:2] == "14"), *(
                    c for d in doers for c in children(d))]:
                if c.dep_ == "prep" and c.lower_ in aims and anchored(self.actor_of(c)):
                    tgt = self.actor_of(c)
                    break
        between = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "between"),
                       None)
        if between is None:  # "the signing of a security pact between Australia and X"
            between = next((c for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
                            for g in children(p) if g.dep_ == "pobj"
                            and match.start <= g.i < match.end
                            for c in children(g) if c.dep_ == "prep" and c.lower_ == "between"),
                           None)
        src = self._noun_doer(noun, match, between=between is not None)
        if between is not None and any(c.dep_ == "acl" and c.lemma_.lower() in MEDIATING_VERBS
                                       for c in children(noun)):
            src = None  # "a deal between Hamas and Israel brokered by Qatar": the two sides'
        if src is None and between is not None:
            pair = [a for a in self.actors_of(between) if anchored(a)]
            if len(pair) >= 2:  # "talks between Kyiv and Moscow", "clashes between X and Y"
                src, tgt = pair[0], pair[1]
        if src is None and between is not None:
            src = self._noun_doer(noun, match)
        if tgt is None and src is not None and match.cameo[:2] in ("03", "04", "05", "06"):
            # "Iran and Iraq's signing of a pact": the second possessor is the partner
            partners = [a for c in children(noun) if c.dep_ == "poss" for k in conjuncts(c)
                        for a in [self.actor_of(k)] if anchored(a) and not same_actor(a, src)]
            tgt = partners[0] if partners else None
        if src is None and between is not None and match.cameo[:2] in ("18", "19", "20"):
            # "clashes between rival gangs": one plural party fighting within itself
            party = [a for a in self.actors_of(between) if anchored(a)]
            obj = prep_object(between)
            if len(party) == 1 and obj is not None and obj.tag_ in ("NNS", "NNPS"):
                src = party[0]
        if src is None and (moving or noun.lemma_.lower() in GATHERING_NOUNS) and (
                match.cameo[:2] == "15"):  # (also "a build-up of Azerbaijani forces")
            # "the deployment of Russian troops to Belarus": the troops go, whoever sent them
            forces = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"),
                          None)
            found = self.actor_of(forces) if forces is not None else None
            if anchored(found) and found.country and found.sector in FORCE_SECTORS:
                src = found
        if not anchored(src):
            return None  # an event noun with no doer is background, not an event
        if tgt is not None and same_actor(src, tgt):
            tgt = None
        if tgt is None and match.cameo.startswith(("18", "19", "20")) and (
                noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")
                and noun.head.head.lemma_.lower() in DYING_VERBS):
            # "four soldiers died in an ambush by militants": the dead are its victims
            dead = [a for a in self.actors_of(self.subject(noun.head.head))
                    if src is None or not same_actor(a, src)]
            tgt = dead[0] if dead else None
        if tgt is None and match.cameo.startswith(("18", "19", "20")):
            # "killings in northern Mexico": with no victim named, where it happened
            tgt = next(iter(self.place_target(noun, src)), None)
        if tgt is None and match.cameo[:2] in ("02", "03", "10", "12", "13"):
            # "Iran's pledge to cooperate with the IAEA", "China's offer to mediate between
            # Russia and Ukraine": a promise, offer or demand is aimed at whom its content is
            content = next((c for c in children(noun) if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
            if content is not None:
                inner = self.lex.match_verb(content)
                found = [a for a in (self.target_actors(content, inner, src)
                                     if inner is not None else [])
                         if anchored(a) and not same_actor(a, src)]
                if inner is None:  # "Chile's refusal to let a Peruvian warship dock"
                    let = self._permitted_party(content, src)
                    found = [let] if let is not None else []
                if inner is not None and not found:  # "to deposit $3 billion in Pakistan's
                    # central bank": where the promised act goes
                    found = self.destination(content, src) or self.place_target(content, src)
                if inner is not None and src is not None and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in APPLICATION_NOUNS
                        for c in children(content)):
                    # "Turkey's threat to veto Sweden's NATO membership": the applicant
                    applicant = self._author(content, src)
                    found = [applicant] if applicant is not None else found
                if found:
                    tgt = found[0]
                    code = compose(match.cameo, inner.cameo) if inner is not None else None
                    if code is not None:
                        match = LexMatch(code, match.trigger, match.specificity,
                                         match.start, match.end)
        if (tgt is None or not anchored(tgt)) and match.cameo[:2] in REACTION_ROOTS:
            # "the arrest by X drew condemnation from Y", "Turkey's purchase of the S-400 led
            # to US sanctions": a reaction is aimed at whoever did what provoked it
            provoker = self._provoker(noun)
            if provoker is not None and not same_actor(provoker, src):
                tgt = provoker
        joint = match.cameo[:2] == "06" and any(c.lower_ in JOINT_WORDS for c in children(noun))
        if tgt is None or joint and not anchored(tgt):
            # "the signing of a pact by Poland and Lithuania", "joint patrols by Turkey and
            # Russia", "a joint investigation by X and Y into the kidnapping": the second of
            # two doers is the first's partner
            heads = [noun, *(g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                             for g in children(c) if g.dep_ == "pobj")]
            by = next((c for h in heads for c in children(h) if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by"), None)
            pair = [a for a in self.actors_of(by) if anchored(a)] if by is not None else []
            if len(pair) >= 2 and same_actor(pair[0], src) and not same_actor(pair[1], src):
                tgt = pair[1]
        if tgt is None and match.cameo.startswith(("17", "087")):
            # "the declaration of a state of emergency in Almaty": where it is imposed
            tgt = next(iter(self.place_target(noun, src)), None)
        abstract = tgt is not None and not anchored(tgt) and (
            match.cameo[:2] not in ("18", "19", "20")) and tgt.text.split()[-1].lower() in (
            ABSTRACT_AIMS)  # ("an end to violence in Myanmar": past the end, to Myanmar)
        if (tgt is None or abstract) and match.cameo[:2] not in ("01", "14", "15"):
            # the nearest other party named inside the noun's own phrase (also past a thing:
            # "a call for an end to violence in Myanmar")
            found = [(abs(t.i - noun.i), a) for t in noun.subtree if t.i != noun.i
                     and t.pos_ in ("PROPN", "NOUN") and t.dep_ not in (
                         "compound", "poss", "appos", "conj")
                     and not (t.head.dep_ == "agent" or t.head.lower_ == "by")
                     for a in [self.actor_of(t)] if anchored(a) and a.code
                     and not same_actor(a, src)]
            if found:
                tgt = min(found, key=lambda x: x[0])[1]
        if tgt is None and match.cameo[:2] not in ("01", "14", "15", "18", "19", "20") and (
                noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
                and self.lex.match_verb(noun.head) is None):
            # "India's assistance kept Sri Lanka afloat", "China's aid package consisted of
            # relief supplies for Yemen": a noun subject of a plain verb, aimed at the nearest
            # party the rest of its clause names
            own = {t.i for t in noun.subtree}
            found = [(abs(t.i - noun.i), a) for t in noun.head.subtree
                     if t.i not in own and t.pos_ in ("PROPN", "NOUN")
                     and t.dep_ not in ("compound", "poss", "appos", "conj")
                     and not (t.head.dep_ == "agent" or t.head.lower_ == "by")
                     and not any(h.dep_ in ("ccomp", "relcl", "parataxis")
                                 or h.lemma_.lower() in REPORTING_VERBS
                                 for h in _heads_between(t, noun.head))
                     for a in [self.actor_of(t)] if anchored(a) and a.code
                     and not same_actor(a, src)]
            if found:
                tgt = min(found, key=lambda x: x[0])[1]
        nominal = match.start < noun.i or match.end > noun.i + 1  # "announcement of a truce"
        if tgt is None and not match.cameo.startswith(MATERIAL_CONFLICT_ROOTS) and not (
                nominal and match.cameo.startswith("087")):
            return None  # "Iran's cooperation was unsatisfactory": a mention, not an event
        conf = 0.35 + 0.15 * (tgt is not None)
        modality = self.modality(noun, sent)
        if aimed and modality == "future" and noun.head.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in
                children(noun.head)):
            modality = "asserted"  # "the expulsion was intended to punish Moscow"
        return Claim(match, noun, src, tgt, modality, self.attribution(noun, sent), conf)
