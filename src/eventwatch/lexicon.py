"""The trigger lexicon: which words signal which CAMEO event code (the `what` of an event).

Data (plain TSV, documented in each file's header) lives in ``data/lexicon/``:

- ``verbs.tsv``  verb lemma + optional particle / preposition / object / context cue -> CAMEO
- ``nouns.tsv``  event noun lemma + optional modifier / context cue -> CAMEO
- ``light.tsv``  light verbs ("carry out", "hold", "impose") that hand the event to their object
- ``cues.tsv``   context word sets used to disambiguate senses ("strike": air vs labour)

``Lexicon.match_verb`` looks at a verb token, its particle, prepositions and objects; the most
specific matching pattern wins. Light verbs defer to their object noun ("carried out air strikes"
-> 195). Verbs of intent, appeal, demand, refusal and threat are refined by their infinitival
complement ("threatened to impose sanctions" -> 1312, "refused to release" -> 1243).
``Lexicon.match_noun`` codes event nouns with their modifiers ("air strike", "peace talks",
"state of emergency"). A complement its governor already codes is not a trigger of its own
("attack" in "threatened to attack"). Deciding negation and modality is the coder's business;
``modal_code`` then gives the code CAMEO uses for a modal claim ("will release" is an intent,
"will not release" a refusal, "must release" a demand).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from eventwatch.nlp import children, tokens
from eventwatch.ontology import DataFileError, all_codes, data_path, read_tsv

LEXICON_DIR = "data/lexicon"

OBJECT_DEPS = frozenset({"dobj", "obj", "oprd", "acomp", "attr", "nsubjpass", "dative"})
# (npadvmod: "test" in "test-fired two missiles")
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "compound:prt", "npadvmod"})
PREP_DEPS = frozenset({"prep", "agent"})
TIME_ENTS = frozenset({"DATE", "TIME"})
WILDCARDS = frozenset({"*", "+"})
ATTEMPT_VERBS = frozenset({"attempt", "try"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# nouns whose "on" phrase names what they act on, as "of" does for others ("a freeze on lending")
ON_MODIFIED = frozenset({"freeze", "moratorium"})
# Nouns that only measure or group the real event: "a wave of attacks", "a series of raids".
CONTAINER_NOUNS = frozenset(
    {"wave", "series", "spate", "string", "round", "number", "flurry", "volley", "campaign", "lot",
     "couple", "kind", "type", "form", "act", "day", "week", "month", "year", "night", "hour",
     "batch", "contingent", "team", "group", "dozen", "hundred", "thousand", "ton", "tonne",
     "kg", "kilogram", "acre", "hectare", "truckload", "load", "worth", "message",
     "cable", "telegram", "letter", "note",
     "expression", "gesture",
     "token", "convoy", "column", "planeload", "shipload", "boatload", "consignment",
     "shipment", "cargo", "package", "tranche", "supply", "pallet", "crate", "quantity",
     "amount", "truck", "lorry", "dose", "dos", "vial", "bag", "sack", "carton", "box",
     "litre", "liter", "gallon"}
)

# containers that are written messages: what they hold is said, not done in the street
WRITTEN_CONTAINERS = frozenset({"message", "cable", "telegram", "letter", "note"})


@dataclass(frozen=True)
class LexMatch:
    cameo: str
    trigger: str
    specificity: int
    start: int  # token span [start, end) in the Doc
    end: int


@dataclass(frozen=True)
class VerbPattern:
    particle: str | None
    prep: str | None
    objects: frozenset[str] | None
    cue: str | None
    cameo: str
    specificity: int


@dataclass(frozen=True)
class NounPattern:
    modifiers: frozenset[str] | None
    cue: str | None
    cameo: str
    specificity: int


def _opt(cell: str) -> str | None:
    cell = cell.strip().lower()
    return None if cell in ("", "-") else cell


def _set(cell: str) -> frozenset[str] | None:
    cell = cell.strip().lower()
    if cell in ("", "-"):
        return None
    return frozenset(w.strip() for w in cell.split("|") if w.strip())


# nouns of people whose modifiers name their work, not the thing acted on ("aid workers")
PEOPLE_HEADS = frozenset("worker official employee staffer volunteer".split())


def _lemmas(tok: Token) -> set[str]:
    """A token's lemma plus the lemmas of its compound/adjective modifiers, and those of an
    apposition naming the same thing ("the ambassador, a very stupid guy")."""
    out = {tok.lemma_.lower()}
    if tok.pos_ == "NOUN":
        out.add(tok.lower_)  # "data", lemmatised "datum"; "media", lemmatised "medium"
    if out & PEOPLE_HEADS:
        return out  # "released two aid workers": people, whatever their work
    if tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        out.add(tok.lower_[:-1])  # "the Benin Bronzes": a plural name keeps its "s" lemma
    if tok.tag_ == "VBG" and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
        out.add(tok.lower_)  # "closed the Kerem Shalom crossing": a noun tagged as a gerund
    for c in children(tok):
        if c.dep_ == "amod" and c.tag_ == "VBG" and c.lower_ in DESCRIBING_GERUNDS:
            continue  # "striking lecturers", "protesting farmers": who they are, not an act
        if c.dep_ in MODIFIER_DEPS:
            out.add(c.lemma_.lower())
            # "search and rescue teams", "oil and gas exports": each coordinated modifier
            out.update(g.lemma_.lower() for g in children(c) if g.dep_ == "conj")
        elif c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ"):
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in children(c) if g.dep_ in MODIFIER_DEPS)
        elif c.dep_ == "prep" and c.lower_ in ("in", "of") and (
                tok.pos_ == "NUM" or tok.lemma_.lower() in AMOUNT_NOUNS
                or tok.lower_ in PART_WORDS or tok.lower_ in SOME_OF_WORDS
                or c.lower_ == "of" and tok.lemma_.lower() in DEGREE_NOUNS):
            # "sent $250 million in weapons", "cut off $500 million of aid": what the
            # amount is of
            for g in children(c):
                if g.dep_ == "pobj":
                    for x in (g, *g.conjuncts):  # "tonnes of water and medical supplies"
                        out.add(x.lemma_.lower())
                        out.update(m.lemma_.lower() for m in children(x)
                                   if m.dep_ in MODIFIER_DEPS)
    return out


# participles that describe people ("striking doctors") rather than name what is done to them
DESCRIBING_GERUNDS = frozenset("striking protesting demonstrating rioting marching".split())
# "put its army on the highest state of combat readiness": what the state or level is of
DEGREE_NOUNS = frozenset("state level degree footing".split())
AMOUNT_NOUNS = frozenset(
    """million billion trillion crore lakh dollar euro pound yen yuan renminbi rupee rupiah
    peso rand naira shilling franc real ruble rouble hryvnia lira riyal dirham dinar taka
    won baht ringgit cedi kwacha birr worth tonne ton volume quantity barrel cargo crown krone
    krona kroner zloty forint lev leu som tenge manat dram lari kip dong kyat riel metre meter
    litre liter gallon megawatt gigawatt""".split())
# "brought home the last of its troops", "hundreds of doctors": the object is what follows
SOME_OF_WORDS = frozenset("last first hundreds thousands dozens tens scores number".split())


def _is_named(tok: Token) -> bool:
    """A proper noun, or a noun with a proper-noun apposition ("his counterpart Putin")."""
    return tok.pos_ == "PROPN" or any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in children(tok)
    )


# words for an amount of something ("most of its aid", "part of the funds")
PART_WORDS = frozenset("""most part some all half third quarter much bulk share portion
    percent fraction majority rest remainder tranche lot""".split())


SENDING_VERBS = frozenset("send dispatch despatch fly airlift ship deliver rush".split())
CARGO_VEHICLES = frozenset("""plane aircraft airplane flight jet hercules ship vessel boat truck
    lorry convoy cargo shipload planeload truckload""".split())


def objects_of(kids: list[Token]) -> list[Token]:
    """Direct objects, passive subjects and predicate complements among a verb's children,
    plus the subject of a small clause ("declared a state of siege to begin at midnight")."""
    out = [c for c in kids if c.dep_ in OBJECT_DEPS]
    # "withheld most of its aid", "cut a third of its funding": the amount's "of" object
    out += [g for c in out if c.lemma_.lower() in PART_WORDS or c.pos_ == "NUM"
            for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children(p) if g.dep_ == "pobj"]
    # "sent two planes of medical supplies", "a ship carrying food aid", "trucks loaded with
    # tents": a vehicle's cargo names what was sent
    out += [g for c in out if c.lemma_.lower() in CARGO_VEHICLES
            and c.head.lemma_.lower() in SENDING_VERBS
            for h in children(c) if h.dep_ in ("prep", "acl")
            and h.lemma_.lower() in ("of", "carry", "load", "laden", "pack")
            for g in [*children(h), *(x for p in children(h) if p.dep_ == "prep"
                                       and p.lower_ == "with" for x in children(p))]
            if g.dep_ in ("pobj", "dobj") and g.pos_ == "NOUN"]
    if any(c.dep_ == "dative" for c in kids) and not any(c.dep_ == "dobj" for c in kids):
        # "gave the ambassador 48 hours": the second object of a double-object verb, which
        # the parser may label as an adverbial noun
        out += [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
    out += [c for c in kids if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    return out + [
        g for c in kids if c.dep_ == "ccomp" and c.pos_ == "VERB"
        for g in children(c) if g.dep_ == "nsubj" and g.i > c.head.i
        and (any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
             or c.head.lemma_.lower() == "let")  # "let UN investigators examine the dams"
    ]


# Nouns made from verbs, read with the verb's rows: "the suspension of the accord" is coded
# as "suspended the accord" would be (lexicon.Lexicon._match_nominal).
NOMINALIZATIONS = {
    "suspension": "suspend", "termination": "terminate", "cancellation": "cancel",
    "abrogation": "abrogate", "revocation": "revoke", "lifting": "lift", "easing": "ease",
    "renewal": "renew", "scrapping": "scrap", "severing": "sever", "severance": "sever",
    "freezing": "freeze", "closure": "close", "closing": "close", "rejection": "reject",
    "acceptance": "accept", "expulsion": "expel", "imposition": "impose",
    "signing": "sign", "announcement": "announce",
    "declaration": "declare", "proclamation": "proclaim", "conclusion": "conclude",
    "launch": "launch", "resumption": "resume", "restoration": "restore",
    "downgrading": "downgrade", "postponement": "postpone", "reopening": "reopen",
    "breaking": "break", "shelving": "shelve", "cutting": "cut", "dispatch": "dispatch",
    "deployment": "deploy", "handing": "hand", "handover": "hand", "adoption": "adopt",
    "ratification": "ratify", "veto": "veto", "blocking": "block", "banning": "ban",
    "removal": "remove", "dismissal": "dismiss", "search": "search", "exclusion": "exclude",
    "downgrade": "downgrade", "halt": "halt", "end": "end", "stop": "stop",
    "delivery": "deliver", "training": "train", "supply": "supply", "transfer": "transfer",
    "recall": "recall", "mobilisation": "mobilise", "mobilization": "mobilize",
    "provision": "provide", "return": "return", "stationing": "station",
    # light verbs made nouns pass the event on to their "of" object ("Ukraine's filing of a
    # genocide case", "the holding of talks", "Spain's extension of recognition to X")
    "filing": "file", "lodging": "lodge", "opening": "open", "extension": "extend",
    "launching": "launch", "holding": "hold", "staging": "stage", "conducting": "conduct",
    "issuance": "issue", "issuing": "issue", "imposing": "impose", "submission": "submit",
    "storming": "storm", "hosting": "host", "capitulation": "capitulate", "airdrop": "airdrop",
}
PARTY_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _has_doer(noun: Token) -> bool:
    """A possessor ("Norway's contribution") or a "by" phrase ("the censure of X by Y")."""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or c.dep_ == "prep"
               and c.lower_ == "by" for c in children(noun))


def derived_nouns(verb: str) -> set[str]:
    """The nouns English regularly makes from a verb, over-generated (only real nouns are ever
    looked up): "distribute" -> "distribution", "cancel" -> "cancellation", "deploy" ->
    "deployment", "withdraw" -> "withdrawal", "seize" -> "seizure", "ratify" ->
    "ratification", "deny" -> "denial", "consent" -> "consent", "shell" -> "shelling"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    found = {verb, stem + "ation", verb + "ment", stem + "al", stem + "ure",
             stem + "ance", stem + "ence", stem + "ing", verb + verb[-1] + "ation",
             verb + verb[-1] + "ing"}
    if len(verb) > 5:
        found.add(stem + "ion")  # ("state" is no "station")
    if verb.endswith("y"):
        found |= {verb[:-1] + "ial", verb[:-1] + "ication", verb[:-1] + "iance"}
    return found


# nouns that name the stopping of what their "to" phrase names ("a halt to attacks on X", "an
# end to the blockade")
STOPPING_NOUNS = frozenset({"halt", "end", "stop"})
# verbs whose object is the event itself ("the announcement of a ceasefire", "the launch of
# an offensive", "the resumption of talks")
PASSING_VERBS = frozenset("""announce declare proclaim launch resume conclude sign adopt
    ratify submit""".split())
# verbs whose row without an object still names the act when made a noun ("the severing of
# ties", "the rejection of the plan")
NOMINAL_DEFAULTS = frozenset("""sever reject expel exclude station storm host capitulate
    airdrop""".split())


# --- complement refinement ("threatened to impose sanctions") ------------------------------------

# head code -> base code per content class, in the order
# material cooperation, diplomatic cooperation, aid, political reform, yield, meet, settle, mediate
_FAMILIES: dict[str, tuple[str, ...]] = {
    "030": ("031", "032", "033", "034", "035", "036", "037", "039"),
    "020": ("021", "022", "023", "024", "025", "026", "027", "028"),
    "100": ("101", "102", "103", "104", "105", "106", "107", "108"),
    "120": ("121", "120", "122", "123", "124", "125", "127", "126"),
}
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_YIELD_SUB = {"081": "1", "082": "2", "084": "3", "085": "4", "086": "5", "087": "6"}
# threaten + content code prefix (longest prefix first) -> threat code
_THREATS: tuple[tuple[str, str], ...] = (
    ("162", "1311"), ("163", "1312"), ("161", "1313"), ("164", "134"), ("165", "135"),
    ("166", "136"), ("16", "131"), ("1721", "1321"), ("1722", "1322"), ("1723", "1323"),
    ("1724", "1324"), ("173", "137"), ("175", "137"), ("17", "132"), ("14", "133"),
    ("191", "1381"), ("192", "1382"), ("204", "1385"), ("18", "1383"), ("20", "1383"),
    ("19", "1384"),
)  # fmt: skip


def to_gerund(verb: Token) -> bool:
    """ "committed to repaying", "agreed to allowing": a gerund after "to" is the content of
    the verb that governs the "to", as an infinitive would be."""
    gov = verb.head.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "at" and (
            gov.lemma_.lower() == "hint"):
        return True  # "hinted at closing the strait": a threat of that act
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "to" and (
        verb.head.dep_ == "prep" and gov.pos_ == "VERB") and gov.dep_ != "acomp" and not any(
        c.dep_ == "auxpass" for c in children(gov))  # ("is committed to supporting": a stance)


RETALIATION_VERBS = frozenset("retaliate respond reply avenge punish".split())


def _retaliation(verb: Token) -> bool:
    """ "retaliate", "respond", "hit back", "strike back", "fight back": paying back an act."""
    lemma = verb.lemma_.lower()
    return lemma in RETALIATION_VERBS or lemma in ("hit", "strike", "fight") and any(
        c.lower_ == "back" and c.dep_ in PARTICLE_DEPS for c in children(verb))


def compose(head: str, content: str) -> str | None:
    """The code for `head` verb + infinitive complement coded `content`, or None."""
    codes = all_codes()
    if head == "030" and content[:2] in _CONFLICT_ROOTS:
        head = "130"  # "vowed to fight", "is prepared to impose martial law" are threats
    if head == "130":
        for prefix, code in _THREATS:
            if content.startswith(prefix):
                return code
        return None
    if head == "120" and content.startswith("01"):
        return "011"  # "refused to comment"
    fam = _FAMILIES.get(head)
    if fam is None:
        return None
    sub = ""
    if content.startswith("06"):
        base, sub = fam[0], content[2:3]
    elif content == "057":
        base = fam[6]
    elif content.startswith("05"):
        base = fam[1]
    elif content.startswith("07"):
        base, sub = fam[2], content[2:3]
    elif content.startswith("083"):
        base, sub = fam[3], content[3:4]
    elif content.startswith("08"):
        base, sub = fam[4], _YIELD_SUB.get(content[:3], "")
    elif content == "045":
        base = fam[7]
    elif content.startswith("04"):
        base = fam[5]
    else:
        return None
    return base + sub if sub not in ("", "0") and base + sub in codes else base


# --- modality-dependent codes ("will release" is a promise, "did not release" a refusal) -------

_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
SPEECH_HEADS = frozenset("say tell announce state declare add insist confirm report".split())


def _obliged(trigger: Token) -> bool:
    """ "Libya must hand over the suspects", "Iraq has to cooperate": an obligation on the doer."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in children(trigger)):
        return True
    head = trigger.head
    if mandative(trigger) and trigger.head.lemma_.lower() == "insist":
        return True  # "insisted that China free the two Canadians" ("demanded that" is a
        # demand of its own)
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(trigger))


MANDATIVE_VERBS = frozenset("""insist demand urge ask request recommend propose suggest require
    order""".split())


def mandative(trigger: Token) -> bool:
    """ "insisted that China free X", "demanded that the minister resign": a bare verb in the
    that-clause of a verb of demanding is what is asked for, not what happened."""
    subj = next((c for c in children(trigger) if c.dep_ == "nsubj"), None)
    bare = trigger.tag_ == "VB" or trigger.tag_ == "VBP" and subj is not None and (
        subj.tag_ in ("NN", "NNP"))  # "that China free": no agreement, a subjunctive
    return trigger.dep_ == "ccomp" and bare and (
        trigger.head.lemma_.lower() in MANDATIVE_VERBS) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "not" for c in children(trigger))


def not_chosen(v: Token) -> bool:
    """ "Rather than blame Kigali", "instead of attacking the city", "without offering
    evidence": an act named only as the one not chosen."""
    if v.dep_ == "pcomp":
        prep = v.head
        return prep.lower_ == "without" or prep.lower_ == "of" and any(
            c.lower_ == "instead" for c in children(prep))
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in children(v)
                                     ) and any(c.lower_ == "rather" for c in children(v))


def _on_condition(trigger: Token) -> bool:
    """ "may halt the talks if X ...", "would cut aid unless X ...": an act made to depend on
    what another party does."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in children(c)) for c in children(trigger))


def reported_would(trigger: Token) -> bool:
    """ "X said it would release ...": a reported "will", not a hypothesis (also "said his
    troops could capture Nairobi": what the speaker's own side can do, said as a warning)."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in SPEECH_HEADS or any(
            c.dep_ == "mark" and c.lower_ != "that" for c in children(trigger)):
        return False
    auxes = {c.lower_ for c in children(trigger) if c.dep_ == "aux"}
    if auxes & {"would", "'d"}:
        return True
    own = any(c.dep_ == "nsubj" and (c.lower_ in ("we", "i") or any(
        p.dep_ == "poss" and p.lower_ in ("his", "her", "its", "our", "their", "my")
        for p in children(c))) for c in children(trigger))
    return bool(auxes & {"could", "can"}) and own


_DENYING = frozenset("deny dismiss refute".split())
_CLAIMS = frozenset("accusation allegation claim charge report suggestion".split())


def _denied(trigger: Token) -> bool:
    """ "denied sending troops", "rejected claims that it supplied drones": a clause whose
    truth someone denies."""
    v = trigger
    for _ in range(6):
        head = v.head
        if head.i == v.i:
            return False
        lemma = head.lemma_.lower()
        if v.dep_ in ("ccomp", "xcomp") and lemma in _DENYING:
            return True
        if lemma in _CLAIMS and head.dep_ in ("dobj", "pobj"):
            return True
        if v.dep_ in ("ccomp", "parataxis", "relcl"):
            return False
        v = head
    return False


STOPPING_VERBS = frozenset("bar ban block prevent stop prohibit forbid keep deter".split())


def _stopped(trigger: Token) -> bool:
    """ "the firms were barred from trading with X": stopped by someone, which is no refusal
    by the doer."""
    prep = trigger.head
    return trigger.dep_ == "pcomp" and prep.lower_ == "from" and (
        prep.head.lemma_.lower() in STOPPING_VERBS)


def _not_yet(trigger: Token) -> bool:
    """ "has yet to extradite him": not done so far, which is no refusal."""
    return trigger.dep_ == "xcomp" and any(c.lower_ == "yet" for c in children(trigger.head))


def _expected(trigger: Token) -> bool:
    """ "is expected to sign", "are likely to meet": what others forecast of the doer."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i:
        return False
    if head.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in children(head)):
        return True
    return head.lower_ in ("likely", "unlikely") and head.dep_ == "acomp"


def modal_code(cameo: str, modality: str, trigger: Token | None = None) -> str:
    """The code a claim should carry given its modality (CAMEO's own convention).

    A cooperative act that is only announced for the future is a statement of intent (03: "Farc
    said it will release the hostages" -> 0353) and a future conflictual act is a threat (13:
    "Israel will impose a curfew" -> 1323); a cooperative act that is negated is a refusal (12:
    "Hungary will not accept refugees" -> 122), as is a negated intent ("did not agree" -> 120);
    one that someone "must" do is a demand (10).
    Returns ``cameo`` unchanged when no rule applies. The caller reports a changed code as
    asserted: the promise, threat, refusal or demand is what happened.
    """
    root = cameo[:2]
    if trigger is not None and modality == "negated" and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "neither")
                                                  or any(d.dep_ == "det" and d.lower_ in (
                                                      "no", "neither") for d in children(c)))
            for c in children(trigger)):
        return cameo  # "No country has recognised the Taliban": nobody did, nobody refused
    if trigger is not None and modality == "future" and _expected(trigger):
        return cameo  # "India is expected to sign the pact": others' forecast, no intent
    if trigger is not None and modality == "negated" and (
            _denied(trigger) or not_chosen(trigger) or _not_yet(trigger) or _stopped(trigger)):
        # "denied that it supplied drones": a denial of a fact, not a refusal; "without
        # offering evidence": an act not chosen, no refusal either
        return cameo
    if trigger is not None and modality == "hypothetical":
        if reported_would(trigger):
            modality = "future"
        elif _obliged(trigger):
            modality = "obliged"
    if modality == "future" and trigger is not None and trigger.lemma_.lower() == "boycott":
        return "133"  # "said they will boycott the meeting": a threat of dissent, whatever
        # is boycotted (a boycott carried out is a protest or a refusal)
    if root == "03" and modality == "negated":
        return "120"  # "Bangladesh will not accept refugees", "did not agree to the plan"
    if root == "03" and modality == "obliged":
        return "100"  # "Kigali must agree to the changes": a demand
    if root in _COOPERATIVE_ROOTS:
        head = {"future": "030", "negated": "120", "obliged": "100"}.get(modality)
    elif root in _CONFLICT_ROOTS and (modality == "future" or modality == "hypothetical" and (
            trigger is not None and _on_condition(trigger))):
        head = "130"  # "will impose a curfew", "may halt aid if the talks fail": a threat
    else:
        head = None
    if head is None:
        return cameo
    return compose(head, cameo) or cameo


# --- the lexicon ---------------------------------------------------------------------------------


class Lexicon:
    """Trigger patterns for verbs and nouns, indexed by lemma."""

    def __init__(self, directory: Path | str | None = None):
        d = Path(directory) if directory is not None else data_path(LEXICON_DIR)
        codes = all_codes()
        self.cues: dict[str, frozenset[str]] = {}
        for _, r in read_tsv(d / "cues.tsv", ("cue", "words")):
            self.cues[r["cue"]] = frozenset(r["words"].lower().split())

        def check(path: Path, lineno: int, code: str, cue: str | None) -> None:
            if code not in codes:
                raise DataFileError(f"{path}:{lineno}: unknown CAMEO code {code!r}")
            if cue is not None and cue not in self.cues:
                raise DataFileError(f"{path}:{lineno}: unknown cue set {cue!r} (see cues.tsv)")

        self.verbs: dict[str, list[VerbPattern]] = {}
        path = d / "verbs.tsv"
        seen: dict[tuple, int] = {}
        cols = ("lemma", "particle", "prep", "object", "cue", "cameo")
        for lineno, r in read_tsv(path, cols):
            particle, prep, objs, cue = (
                _opt(r["particle"]), _opt(r["prep"]), _set(r["object"]), _opt(r["cue"])
            )  # fmt: skip
            if objs is not None and any(o.startswith("@") for o in objs):
                # "@forces": every word of that cue set ("troop soldier battalion ...")
                unknown = [o for o in objs if o.startswith("@") and o[1:] not in self.cues]
                if unknown:
                    raise DataFileError(f"{path}:{lineno}: unknown word set {unknown[0]!r}")
                objs = frozenset(w for o in objs for w in (
                    self.cues[o[1:]] if o.startswith("@") else (o,)))
            check(path, lineno, r["cameo"], cue)
            lemma = r["lemma"].lower()
            # "on|at": one pattern per preposition
            for one_prep in prep.split("|") if prep is not None else [None]:
                for o in sorted(objs) if objs else [None]:
                    key = (lemma, particle, one_prep, o, cue)
                    if key in seen:
                        raise DataFileError(
                            f"{path}:{lineno}: pattern {key} already given on line {seen[key]}"
                        )
                    seen[key] = lineno
                # the object names the event's content, so it outweighs a particle or
                # preposition; a wildcard object ("*" any proper noun, "+" any noun) says less
                # than a listed lemma
                obj_spec = 0 if objs is None else 1 if objs <= WILDCARDS else 2
                spec = 1 + sum(x is not None for x in (particle, one_prep, cue)) + obj_spec
                self.verbs.setdefault(lemma, []).append(
                    VerbPattern(particle, one_prep, objs, cue, r["cameo"], spec)
                )

        self.nouns: dict[str, list[NounPattern]] = {}
        path = d / "nouns.tsv"
        seen = {}
        for lineno, r in read_tsv(path, ("lemma", "modifier", "cue", "cameo")):
            mods, cue = _set(r["modifier"]), _opt(r["cue"])
            check(path, lineno, r["cameo"], cue)
            lemma = r["lemma"].lower()
            for m in sorted(mods) if mods else [None]:
                key = (lemma, m, cue)
                if key in seen:
                    raise DataFileError(
                        f"{path}:{lineno}: pattern {key} already given on line {seen[key]}"
                    )
                seen[key] = lineno
            spec = 1 + (mods is not None) + (cue is not None)
            self.nouns.setdefault(lemma, []).append(NounPattern(mods, cue, r["cameo"], spec))

        self.light: dict[str, list[tuple[str | None, str | None]]] = {}
        for _, r in read_tsv(d / "light.tsv", ("lemma", "particle", "prep")):
            self.light.setdefault(r["lemma"].lower(), []).append(
                (_opt(r["particle"]), _opt(r["prep"]))
            )
        # nouns made from the verbs above by the regular English derivations, for nouns with
        # no row of their own ("Norway's contribution of 200 peacekeepers to X" is read as
        # "contributed 200 peacekeepers to X"); the listed NOMINALIZATIONS come first
        self.derived: dict[str, str] = {}
        for verb in sorted(self.verbs):
            if verb.isalpha():
                for noun in derived_nouns(verb):
                    self.derived.setdefault(noun, verb)

    # -- helpers ----------------------------------------------------------------------------------

    def _cue_hit(self, cue: str | None, tok: Token) -> bool:
        if cue is None:
            return True
        words = self.cues[cue]
        return any(t.i != tok.i and t.lemma_.lower() in words and not (
            t.is_title and t.ent_type_ == "DATE") for t in tok.sent)  # (not "March")

    @staticmethod
    def _unwrap(noun: Token) -> Token:
        """"a wave of attacks" -> "attacks"."""
        for _ in range(3):
            if noun.lemma_.lower() not in CONTAINER_NOUNS:
                break
            nxt = next(
                (g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children(c) if g.dep_ == "pobj"),
                None,
            )  # fmt: skip
            if nxt is None:
                break
            noun = nxt
        return noun

    def verb_lemma(self, verb: Token) -> str:
        """The lemma the lexicon looks a verb up by (repaired when spaCy's is wrong)."""
        return self._verb_lemma(verb)

    def _verb_lemma(self, verb: Token) -> str:
        """The verb's lemma, repaired when the lemmatiser got it wrong ("staged" -> "stag")."""
        lemma = verb.lemma_.lower()
        doc = verb.doc
        if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].head.i == verb.i:
            # "tear-gassed" (parsed "tear" + "-" + "gassed"): the whole word first
            whole = doc[verb.i - 2].lower_ + lemma
            if whole in self.verbs:
                return whole
        if lemma in self.verbs or lemma in self.light:
            return lemma
        w = verb.lower_
        if w.endswith("ing"):  # "staging" -> stage, "attacking", "planning" -> plan
            cands = [w[:-3] + "e", w[:-3], w[:-4] if w[-4:-3] == w[-5:-4] else ""]
        elif w.endswith("ed"):  # "staged" -> stage, "attacked", "planned" -> plan (but
            # "planted" is not "plan"), "readied" -> ready
            cands = [w[:-1], w[:-2], w[:-3] if w[-3:-2] == w[-4:-3] else "",
                     w[:-3] + "y" if w.endswith("ied") else ""]
        elif w.endswith("d"):
            cands = [w[:-1]]
        elif w.endswith("s"):
            cands = [w[:-1], w[:-2] if w.endswith("es") else ""]
        else:
            cands = []
        for cand in [w, *cands]:
            if len(cand) > 2 and cand.isalpha() and (cand in self.verbs or cand in self.light):
                if w.endswith(("s", "d", "ed", "ing")):
                    return cand
        return lemma

    # -- nouns ------------------------------------------------------------------------------------

    def match_noun(self, noun: Token, _depth: int = 0) -> LexMatch | None:
        """Code an event noun ("the air strike", "peace talks", "state of emergency")."""
        lemma = noun.lemma_.lower()
        verb = NOMINALIZATIONS.get(lemma) if _depth < 3 else None
        if verb is None and _depth < 3 and lemma in self.derived and lemma not in self.nouns:
            # a regular derivation with no row of its own: the verb's rows for its object or
            # its preposition, or its plain row for a party's act on a party
            return self._match_nominal(noun, self.derived[lemma], _depth, derived=True)
        if verb is not None:
            own = self._match_noun(noun, lemma)
            nominal = self._match_nominal(noun, verb, _depth, derived=True)
            # (the noun's own row wins unless it is a bare default: "suspension" 160)
            if nominal is not None and (own is None or own.cameo.startswith("01") or (
                    own.end - own.start == 1 and nominal.specificity > own.specificity)):
                return nominal
            return own
        m = self._match_noun(noun, lemma)
        if m is not None and m.cameo[:2] == "14" and noun.dep_ == "pobj" and (
                noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in WRITTEN_CONTAINERS):
            # "sent a note of protest to the embassy": an official complaint (114), not a
            # demonstration
            return LexMatch("114", m.trigger, m.specificity, m.start, m.end)
        return m

    def _match_nominal(self, noun: Token, verb: str, depth: int, derived: bool = False
                       ) -> LexMatch | None:
        """ "the suspension of its trade accord with Togo" (suspend + accord), "the rebels'
        announcement of a ceasefire" (the ceasefire): a noun made from a verb, coded as that
        verb's row for its "of" object, or, for a verb that only passes its object on, as the
        object's own event noun."""
        objs = [self._unwrap(g) for c in children(noun) if c.dep_ == "prep" and (
                    c.lower_ == "of" or c.lower_ == "to" and noun.lemma_.lower() in STOPPING_NOUNS)
                for g in children(c) if g.dep_ == "pobj"]
        if not objs and derived and _has_doer(noun):
            # ("Armenia's consent to peace talks"): what the act is given to
            objs = [self._unwrap(g) for c in children(noun) if c.dep_ == "prep"
                    and c.lower_ == "to" for g in children(c) if g.dep_ == "pobj"]
        if not objs:
            return None
        objs += [c for o in objs for c in o.conjuncts if c.pos_ == "NOUN" and c.i > o.i]
        # ("the delivery of Leopard 2 tanks": "tanks" read as the name's apposition)
        objs += [c for o in objs if o.pos_ == "PROPN" for c in children(o.head.head)
                 if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > o.i]
        preps: dict[str, list[Token]] = {}
        for c in [*children(noun), *(g for o in objs for g in children(o))]:
            if c.dep_ == "prep" and c.lower_ != "of" and not (
                    c.lower_ == "to" and c.head.i == noun.i
                    and noun.lemma_.lower() in STOPPING_NOUNS):
                preps.setdefault(c.lower_, []).extend(
                    g for g in children(c) if g.dep_ == "pobj")
        best: tuple[int, str, Token] | None = None
        # (a derived noun with a doer named before it or by "by", acting on a party, a force or
        # an amount: "the High Court's censure of the Kenyan electoral commission", "Norway's
        # contribution of 200 peacekeepers", "the White House's cancellation of $200 million")
        doer = derived and _has_doer(noun)
        plain = doer and any(
            _is_named(o) or o.ent_type_ in PARTY_ENTS | {"MONEY"} or o.pos_ == "NUM"
            or o.lemma_.lower() in self.cues["forces"] | self.cues["bodies"]
            | self.cues["peacekeeping"] for o in objs)
        # ("Armenia's consent to peace talks": an assent or a refusal given to an event)
        to_event = doer and any(self._match_noun(o, o.lemma_.lower()) is not None
                                for o in objs)
        for p in self.verbs.get(verb, ()):
            if derived and p.particle is None and p.objects is None and p.cue is None and (
                    p.prep is not None and preps.get(p.prep) or p.prep is None and (
                        plain or to_event and p.cameo[:2] in ("03", "12"))):
                # "Kosovo's consent to talks with Belgrade": the verb's row for its preposition
                hit = preps[p.prep][0] if p.prep is not None else objs[0]
                if best is None or p.specificity > best[0]:
                    best = (p.specificity, p.cameo, hit)
                continue
            if p.particle is not None or p.objects is None or p.objects & WILDCARDS:
                if not (p.objects is None and verb in NOMINAL_DEFAULTS and p.particle is None
                        and p.prep is None and p.cue is None):
                    continue
            cands = preps.get(p.prep, []) if p.prep is not None else objs
            hit = next((o for o in cands if p.objects is None or _lemmas(o) & p.objects), None)
            if hit is None or not self._cue_hit(p.cue, noun):
                continue
            if best is None or p.specificity > best[0]:
                best = (p.specificity, p.cameo, hit)
        doc = noun.doc
        if best is None and (verb in self.light or verb in PASSING_VERBS):
            inner = self.match_noun(objs[0], depth + 1)
            if inner is None:
                return None
            best = (inner.specificity + 1, inner.cameo, doc[inner.start])
        if best is None:
            return None
        spec, code, hit = best
        idx = sorted({noun.i, hit.i})
        trigger = " ".join(tokens(doc)[i].text for i in idx)
        return LexMatch(code, trigger, spec, idx[0], idx[-1] + 1)

    def _match_noun(self, noun: Token, lemma: str) -> LexMatch | None:
        if "-" not in lemma and not self.nouns.get(lemma):
            return None  # most nouns: no pattern, so the modifiers below need not be read
        mods: dict[str, Token] = {}
        for c in children(noun):
            if c.dep_ in MODIFIER_DEPS:
                mods[c.lemma_.lower()] = c
                mods.setdefault(c.lower_, c)  # "data sharing": "data" is lemmatised "datum"
                for g in children(c):  # "joint military exercises": "joint" under "military"
                    if g.dep_ in MODIFIER_DEPS and g.i < c.i:
                        mods.setdefault(g.lemma_.lower(), g)
                    elif g.lower_ in ("no", "non", "anti") and g.i == c.i - 2 and (
                            noun.doc[c.i - 1].text == "-"):
                        mods[f"{g.lower_}-{c.lemma_.lower()}"] = c  # "a no-confidence vote"
            elif c.dep_ == "prep" and (c.lower_ == "of" or (
                    c.lower_ == "on" and lemma in ON_MODIFIED)):
                for g in children(c):
                    if g.dep_ == "pobj":
                        mods[g.lemma_.lower()] = g
                        mods.setdefault(g.lower_, g)
                        if g.pos_ == "NUM" or g.lemma_.lower() in AMOUNT_NOUNS | CONTAINER_NOUNS:
                            # "the delivery of 40 tonnes of medical supplies": what is measured
                            # ("a freeze of $2.2 billion in federal grants")
                            for x in (x for p in children(g) if p.dep_ == "prep"
                                      and p.lower_ in ("of", "in") for x in children(p)
                                      if x.dep_ == "pobj"):
                                for y in (x, *x.conjuncts):
                                    mods.setdefault(y.lemma_.lower(), y)
                                    for m in children(y):
                                        if m.dep_ in MODIFIER_DEPS:
                                            mods.setdefault(m.lemma_.lower(), m)
                        if g.tag_ == "NNPS" and g.lower_.endswith("s"):
                            mods[g.lower_[:-1]] = g  # "the return of the Benin Bronzes"
        doc = noun.doc
        if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "cease-fire", "air-strike"
            mods.setdefault(doc[noun.i - 2].lemma_.lower(), doc[noun.i - 2])
        patterns = self.nouns.get(lemma)
        if patterns is None and "-" in lemma:  # a single hyphenated token
            first, _, last = lemma.rpartition("-")
            patterns = self.nouns.get(last)
            mods.setdefault(first, noun)
        if not patterns:
            return None
        best: tuple[NounPattern, Token | None] | None = None
        for p in patterns:
            mod_tok = None
            if p.modifiers is not None:
                hit = p.modifiers & mods.keys()
                if not hit:
                    continue
                mod_tok = mods[min(hit)]
            if not self._cue_hit(p.cue, noun):
                continue
            if best is None or p.specificity > best[0].specificity:
                best = (p, mod_tok)
        if best is None:
            return None
        p, mod_tok = best
        toks = sorted({noun.i} | ({mod_tok.i} if mod_tok is not None else set()))
        start, end = toks[0], toks[-1] + 1
        trigger = " ".join(tokens(doc)[i].text for i in toks)
        return LexMatch(p.cameo, trigger, p.specificity, start, end)

    # -- verbs ------------------------------------------------------------------------------------

    def match_verb(self, verb: Token, _depth: int = 0) -> LexMatch | None:
        """Code a verb from its lemma, particle, prepositions and objects.

        A complement that its governing verb already codes ("attack" in "threatened to attack",
        "release" in "agreed to release") is part of that trigger, not an event of its own.
        """
        if _depth == 0 and self._absorbed(verb):
            return None
        return self._match_verb(verb, _depth)

    def _absorbed(self, verb: Token) -> bool:
        if to_gerund(verb):
            gov = verb.head.head  # "committed to repaying"
        elif verb.dep_ != "xcomp":
            return False
        else:
            gov = verb.head
        if gov.dep_ == "acomp" and gov.head.i != gov.i:  # "is ready to help"
            gov = gov.head
        if gov.pos_ not in ("VERB", "AUX") or gov.i == verb.i:
            return False
        outer = self._match_verb(gov, 0)
        return outer is not None and outer.start <= verb.i < outer.end and verb.text in (
            outer.trigger.split())

    def _match_verb(self, verb: Token, _depth: int = 0) -> LexMatch | None:
        lemma = self._verb_lemma(verb)
        if not self.verbs.get(lemma) and not self.light.get(lemma):
            return None  # most verbs: no pattern to try, so nothing below can match
        kids = list(children(verb))
        if lemma == "seek" and not any(c.dep_ in ("dobj", "dative") for c in kids) and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in children(c)) for c in kids):
            return None  # "sought to ease tensions": tried, asked nobody for anything
        # (a preposition with its own object, beside the verb's own object, is no particle:
        # "gave a speech in Cairo"; but "voted down a deal" has "down" hung over "deal")
        has_object = any(c.dep_ in ("dobj", "dative") for c in kids)
        particles = {c.lower_: c for c in kids if c.dep_ in PARTICLE_DEPS and not (
            has_object and c.dep_ == "prep" and any(g.dep_ == "pobj" for g in children(c)))}
        preps: dict[str, list[Token]] = {}  # preposition -> its objects
        prep_tok: dict[str, Token] = {}
        for c in kids:
            if c.dep_ in PREP_DEPS or (c.dep_ == "prt" and c.pos_ == "ADP") or (
                    c.dep_ == "advmod" and c.lower_ in ("away", "back", "out", "off")
                    and any(g.dep_ == "prep" for g in children(c))):  # "walked away from"
                objs = [g for g in children(c) if g.dep_ in ("pobj", "pcomp")]
                if objs and all(o.ent_type_ in TIME_ENTS for o in objs):
                    continue  # "called Lavrov on Saturday" is not "called on"
                preps.setdefault(c.lower_, []).extend(objs)
                prep_tok.setdefault(c.lower_, c)
                for g in children(c):  # "pulled out of talks": "of" hung on "out"
                    if g.dep_ == "prep" and c.lower_ in ("out", "away", "back", "off"):
                        preps.setdefault(g.lower_, []).extend(
                            x for x in children(g) if x.dep_ == "pobj")
                        prep_tok.setdefault(g.lower_, g)
        for c in kids:  # "called for Riyadh to free X": "for" marks the clause, not a prep
            if c.dep_ in ("advcl", "ccomp") and c.i > verb.i:
                mark = next((m for m in children(c) if m.dep_ == "mark" and m.lower_ == "for"
                             and m.i < c.i), None)
                if mark is not None and "for" not in preps:
                    preps["for"] = [c]
                    prep_tok["for"] = mark
        direct = objects_of(kids)  # read once; used three times below
        # "said yes/no to X": the answer word as the object
        direct += [c for c in kids if c.dep_ == "intj" and c.lower_ in ("yes", "no")]
        for c in direct:  # "take part in talks": the prep hangs off the object
            for g in children(c):
                if g.dep_ in ("prep", "advmod") and g.lower_ in ("out", "back", "off", "away",
                                                                 "over") and g.i > c.i and not any(
                        x.dep_ == "pobj" for x in children(g)):
                    particles.setdefault(g.lower_, g)  # "ordered the envoy out of the country"
                if g.dep_ == "prep":
                    preps.setdefault(g.lower_, []).extend(
                        x for x in children(g) if x.dep_ == "pobj")
                    prep_tok.setdefault(g.lower_, g)
                    # "put talks with the RSF on ice": hung one phrase further down
                    for x in (x for x in children(g) if x.dep_ == "pobj"):
                        for y in children(x):
                            if y.dep_ == "prep" and y.lower_ not in preps:
                                preps[y.lower_] = [z for z in children(y) if z.dep_ == "pobj"]
                                prep_tok[y.lower_] = y
        objects = [self._unwrap(o) for o in direct]
        # "launched artillery, mortar and rocket fire": a listed object's other members
        objects += [c for o in objects if o.dep_ == "dobj" or (o.dep_ == "pobj" and o.head.head
                    in direct)  # "sent tonnes of water and medical supplies"
                    for c in o.conjuncts if c.pos_ == "NOUN" and c.i > o.i]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            objects.append(self._unwrap(verb.head))  # "the footage released by X"
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and direct and all(
                o.lower_ in ("that", "which") for o in direct) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in kids):
            # "the curfew which the authorities imposed on Dhaka", "the strike that Israel
            # carried out on the consulate": the noun is the relative clause's object
            objects.append(self._unwrap(verb.head))
        if verb.dep_ == "conj" and any(o.lower_ in ("them", "it") for o in direct):
            # "federalised 4,000 guardsmen and sent them into Los Angeles": what "them" is
            objects += [self._unwrap(o) for o in children(verb.head) if o.dep_ == "dobj"]
        if any(o.pos_ == "NUM" or o.lemma_.lower() in AMOUNT_NOUNS for o in direct):
            # "paid $662 million in aid to X": the amount's "in" phrase hung on the verb
            objects += [o for o in preps.get("in", ()) if o.pos_ == "NOUN"]

        best: tuple[int, str, list[Token]] | None = None  # (specificity, code, trigger tokens)
        for p in self.verbs.get(lemma, ()):
            used: list[Token] = [verb]
            if p.particle is not None:
                if p.particle not in particles:
                    continue
                used.append(particles[p.particle])
            if p.prep is not None:
                if p.prep not in preps:
                    continue
                cands = preps[p.prep]
                used.append(prep_tok[p.prep])
            else:
                cands = objects
            if p.objects is not None:
                hit = next((o for o in cands if _lemmas(o) & p.objects or (
                    "*" in p.objects and _is_named(o)) or (
                    "+" in p.objects and (o.pos_ in ("NOUN", "PROPN") or (
                        o.dep_ == "dobj" and o.pos_ == "ADJ")))), None)
                if hit is None:
                    continue
                used.append(hit)
            if not self._cue_hit(p.cue, verb):
                continue
            if best is None or p.specificity > best[0]:
                best = (p.specificity, p.cameo, used)

        for particle, prep in self.light.get(lemma, ()):
            if particle is not None and particle not in particles:
                continue
            if prep == "xcomp":  # "ordered the arrest", "ordered troops to withdraw"
                if _depth < 3:
                    for comp in (c for c in kids if c.dep_ in ("xcomp", "ccomp")):
                        inner = self._match_verb(comp, _depth + 1)
                        if inner is not None and (best is None or inner.specificity + 1 > best[0]):
                            used = [verb, *verb.doc[inner.start : inner.end]]
                            code = inner.cameo
                            if lemma in ATTEMPT_VERBS and code == "186":
                                code = "185"  # "tried to assassinate"
                            best = (inner.specificity + 1, code, used)
                            break
                continue
            cands = preps.get(prep, []) if prep is not None else objects
            for noun in cands:
                if noun.dep_ == "oprd":
                    continue  # "what Manila called a dangerous manoeuvre": a name given
                m = self.match_noun(self._unwrap(noun))
                if m is None:
                    continue
                spec = 1 + (particle is not None) + (prep is not None) + m.specificity
                if best is None or spec > best[0]:
                    used = [verb, *noun.doc[m.start : m.end]]
                    if particle is not None:
                        used.append(particles[particle])
                    code = m.cameo
                    if best is not None and best[1][:2] == "03" and lemma in (
                            "offer", "propose", "promise", "pledge"):
                        # "offered a prisoner exchange": an offer of the release (0353), not
                        # the release itself
                        code = compose(best[1], m.cameo) or m.cameo
                    best = (spec, code, used)
                break

        if best is None:
            return None
        spec, code, used = best
        if code == "164" and any(o.lemma_.lower() in ("round", "session") for o in direct):
            code = "046"  # "ended a round of talks": the talks took place, not broke down
        if code == "113" and lemma == "rally" and not direct:
            code = "141"  # "thousands rallied against the law": a rally; "rallied his
            # supporters against the president" rallies opposition (113)
        if _depth < 3:
            comps = [c for c in kids if c.dep_ == "xcomp"]
            comps += [g for c in kids if c.dep_ == "acomp"
                      for g in children(c) if g.dep_ == "xcomp"]
            comps += [g for c in kids if c.dep_ == "prep" for g in children(c)
                      if to_gerund(g)]  # "committed to repaying its creditors"
            if not any(c.dep_ in OBJECT_DEPS for c in kids):  # "have sworn to fight" misread
                comps += [c for c in kids if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
                          and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"]
            for comp in comps:
                inner = self._match_verb(comp, _depth + 1)
                if code[:2] == "03" and _retaliation(comp) and not any(
                        c.dep_ == "neg" for c in children(comp)) and (
                        inner is None or inner.cameo[:2] not in _CONFLICT_ROOTS):
                    # "vowed to hit back at Brussels", "pledged to respond": a threat
                    code, spec = "130", spec + 1
                    used = [*used, comp]
                    break
                if inner is None:
                    continue
                head_code = code
                if code[:2] == "03" and any(c.dep_ == "neg" for c in children(comp)):
                    head_code = "120"  # "vowed not to negotiate": a refusal, not an intent
                refined = compose(head_code, inner.cameo)
                if refined is not None:
                    code, spec = refined, spec + 1
                    used = used + list(verb.doc[inner.start : inner.end])
                break
        if lemma == "hint" and code == "130":
            return None  # a hint is a threat only of a hostile act ("hinted at closing ...")
        idx = sorted({t.i for t in used})
        doc = verb.doc
        words = tokens(doc)
        return LexMatch(code, " ".join(words[i].text for i in idx), spec, idx[0], idx[-1] + 1)

    def codes(self) -> set[str]:
        """Every CAMEO code the lexicon can produce."""
        out = {p.cameo for ps in self.verbs.values() for p in ps}
        return out | {p.cameo for ps in self.nouns.values() for p in ps}

    def lemmas(self) -> Iterable[str]:
        return [*self.verbs, *self.nouns]


@functools.cache
def default_lexicon() -> Lexicon:
    return Lexicon()
