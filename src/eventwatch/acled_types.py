"""ACLED sub-event types: CAMEO's default made specific by what the sentence says.

CAMEO's crosswalk (``data/ontology/cameo_acled.tsv``) gives each code one ACLED sub-event type,
but ACLED splits its violent and demonstration events further than CAMEO does:

* by the means: an attack "in an air strike" is an *Air/drone strike*, "by a roadside bomb" a
  *Remote explosive/landmine/IED*, by "shelling" a *Shelling/artillery/missile attack*, with
  chlorine a *Chemical weapon*, by "a suicide bomber" a *Suicide bomb*, with "a grenade" a
  *Grenade*; rape is *Sexual violence*, a kidnapping an *Abduction/forced disappearance*;
* by who fought whom: armed men against unarmed people is an *Attack*, two armed sides an
  *Armed clash*; a mob or vigilantes *Mob violence*; protesters who turn violent a *Violent
  demonstration*; state forces taking a place *Government regains territory*;
* by what happened to a protest: dispersed with tear gas or arrests is a *Protest with
  intervention*, fired on with live ammunition *Excessive force against protesters*, stones and
  burning tyres a *Violent demonstration* (the sentence and the next one are read: a report
  often says in its second sentence how the police answered);
* strategic developments: seized or defused weapons are *Disrupted weapons use*, not looting;
  troops deployed or a base set up are a *Change to group/activity* or a *Headquarters or base
  established*.

The cue words live in ``data/lexicon/acled_cues.tsv``. Means are looked for first in the
event's own clause (the trigger's subtree and its subject), then in the whole sentence, so a
second clause about another attack does not decide the type.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwatch.nlp import span_text
from eventwatch.ontology import DataFileError, data_path, read_tsv
from eventwatch.records import Actor

CUES_FILE = ("data", "lexicon", "acled_cues.tsv")

# the means of a violent act, most specific first ("a bomb dropped by a drone" is an air
# strike; "shelling caused explosions" is shelling, not a bomb)
MEANS = (("chemical", "Chemical weapon"), ("suicide", "Suicide bomb"),
         ("ied", "Remote explosive/landmine/IED"), ("air", "Air/drone strike"),
         ("grenade", "Grenade"), ("artillery", "Shelling/artillery/missile attack"),
         ("blast", "Remote explosive/landmine/IED"))
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF"})
STATE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "MED", "EDU", "HLH", "LAB", "AGR", "REL", "BUS",
                              "NGO", "ELI", "JUD", "LEG", "SET", "OPP", "PTY", "HRI"})
STATE_WORDS = frozenset("government regime administration authorities state junta".split())
# acts on buildings and goods, whoever owns them ("broke into a church", "ransacked the
# party's offices"): never the taking of people
PROPERTY_VERBS = frozenset("break loot ransack pillage plunder vandalise vandalize".split())
SEIZING = frozenset("seize capture recover confiscate find discover uncover impound".split())
PROTEST_DEFAULTS = frozenset({"Peaceful protest", "Protest with intervention",
                              "Excessive force against protesters", "Violent demonstration"})
TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# places handed over ("handed over the base to the army"): a transfer of territory
HANDED_PLACES = frozenset("""base camp town city village territory district position positions
    outpost barracks airport airbase garrison checkpoint area region province""".split())


Phrase = tuple[tuple[str, str | None], ...]  # (word, required coarse POS or None)


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[Phrase, ...]]:
    """Cue name -> its phrases, read once from the data file."""
    path = data_path(*CUES_FILE)
    out: dict[str, tuple[Phrase, ...]] = {}
    for lineno, row in read_tsv(path, ("cue", "phrases")):
        phrases = []
        for raw in row["phrases"].split("|"):
            words = []
            for w in raw.replace("-", " - ").split():
                if w == "-":
                    continue
                word, _, pos = w.partition("/")
                if pos not in ("", "V", "N"):
                    raise DataFileError(f"{path}:{lineno}: bad part of speech in {raw!r}")
                words.append((word.lower(), {"V": "VERB", "N": "NOUN", "": None}[pos]))
            if words:
                phrases.append(tuple(words))
        if not phrases:
            raise DataFileError(f"{path}:{lineno}: no phrases for cue {row['cue']!r}")
        out[row["cue"]] = tuple(phrases)
    return out


def _words(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.text != "-" and not t.is_space]


def _matches(word: tuple[str, str | None], tok: Token) -> bool:
    text, pos = word
    if pos is not None and tok.pos_ != pos:
        return False
    return tok.lower_ == text or tok.lemma_.lower() == text


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[tuple[str, Phrase], ...]]:
    """Every cue's phrases indexed by their first word: one lookup per token for all cues."""
    index: dict[str, list[tuple[str, Phrase]]] = {}
    for cue, phrases in cues().items():
        for phrase in phrases:
            index.setdefault(phrase[0][0], []).append((cue, phrase))
    return {k: tuple(v) for k, v in index.items()}


_FOUND: dict[tuple, frozenset[str]] = {}  # (doc, token indices) -> cues found (a small memo)


def _cues_in(tokens: Sequence[Token]) -> frozenset[str]:
    """The cues with a phrase in ``tokens`` (consecutive, hyphens skipped), each outside the
    phrases of its ``not_<cue>`` row when the file has one ("riot police", "gold mine")."""
    toks = _words(tokens)
    if not toks:
        return frozenset()
    key = (toks[0].doc, tuple(t.i for t in toks))
    hit = _FOUND.get(key)
    if hit is not None:
        return hit
    index = _by_first_word()
    spans: dict[str, list[tuple[int, int]]] = {}
    for i, tok in enumerate(toks):
        lower, lemma = tok.lower_, tok.lemma_.lower()
        for cue, phrase in index.get(lower, ()) + (index.get(lemma, ()) if lemma != lower
                                                    else ()):
            n = len(phrase)
            if i + n <= len(toks) and all(_matches(phrase[j], toks[i + j]) for j in range(n)):
                if n == 1 and (tok.pos_ == "PRON" or tok.is_title and tok.ent_type_ == "DATE"):
                    continue  # "mine" the pronoun, "March" the month
                spans.setdefault(cue, []).append((i, i + n))
    out = set()
    for cue, found_spans in spans.items():
        blocked = {k for a, b in spans.get(f"not_{cue}", ()) for k in range(a, b)}
        if any(not blocked.intersection(range(a, b)) for a, b in found_spans):
            out.add(cue)
    if len(_FOUND) > 512:
        _FOUND.clear()
    _FOUND[key] = result = frozenset(out)
    return result


def found(cue: str, tokens: Sequence[Token]) -> bool:
    """Whether a phrase of ``cue`` occurs in ``tokens`` (see ``_cues_in``)."""
    return cue in _cues_in(tokens)


def _named(actor: Actor | None, cue: str) -> bool:
    """Whether the actor's own words name one of ``cue``'s one-word phrases ("protesters")."""
    if actor is None or not actor.text:
        return False
    words = {w.lower().strip(".,'\"") for w in actor.text.split()}
    singular = {w[:-1] for w in words if w.endswith("s")}
    return any(len(p) == 1 and p[0][0] in words | singular for p in cues()[cue])


# armed groups joining, merging or changing sides ("Change to group/activity")
REGROUPING = frozenset("merge merger join defect unite".split())


def _armed(actor: Actor | None) -> bool:
    return actor is not None and (actor.sector in ARMED_SECTORS or actor.type == "armed_group"
                                  or _named(actor, "armed")
                                  or "armed" in actor.text.lower().split())  # "armed herders"


def _civilian(actor: Actor | None) -> bool:
    if actor is None:
        return False
    if actor.sector in CIVILIAN_SECTORS:
        return True
    if actor.sector == "GOV" and actor.text and not set(actor.text.lower().split()) & STATE_WORDS:
        return True  # "a local councillor", "the mayor": officials, not the state
    return not _armed(actor) and actor.type in ("person", "group", "other") and (
        actor.sector is None)


OUSTING = frozenset("drive push dislodge flush oust expel rout chase clear force".split())


def _ousted(trigger: Token, target: Actor | None = None) -> bool:
    """ "drove the rebels out (of the town)", "dislodged the militants from Bama", "expelled
    IS from Palmyra": an armed side forced out of a place."""
    lemma = trigger.lemma_.lower()
    if lemma not in OUSTING:
        return False
    kids = list(trigger.children)
    out = any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in kids)
    place = any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in kids)
    return (out or place or lemma in ("dislodge", "rout")) and any(
        c.dep_ == "dobj" and (found("armed", list(c.subtree)) or _armed(target)
                              and target.text in span_text(c.doc, c.left_edge.i,
                                                            c.right_edge.i + 1))
        for c in kids)


GOVERNING_WORDS = STATE_WORDS | frozenset(
    "president presidency cabinet parliament premier minister palace leader".split())


def _governing(actor: Actor) -> bool:
    """Whether the actor is named as a government or its head ("the government", "President
    X"), not a place standing for it ("Awasse", "the port district")."""
    return actor.type == "person" or bool(GOVERNING_WORDS & set(actor.text.lower().split()))


def _people(actor: Actor | None) -> bool:
    """Whether the actor is people one can hurt or take (not a company, a place or a thing)."""
    return _human(actor) and actor.type not in ("organisation", "igo", "ngo") and (
        actor.sector not in ("BUS", "MED", "IGO", "NGO") or actor.type == "person")


def _human(actor: Actor | None) -> bool:
    """Whether the actor is people (a person, a group, a sector), not a thing or a place."""
    return actor is not None and (actor.sector is not None or actor.type in (
        "person", "group", "armed_group")) and not (actor.type == "state" and not actor.sector)


def _clause(trigger: Token) -> list[Token]:
    """The trigger's own clause: its subtree, and its subject's when the subject is above it."""
    toks = list(trigger.subtree)
    head = trigger
    while True:
        # the nearest subject up the chain ("students protesting fees smashed windows and
        # set a car alight, officials said": the students, not the officials)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subjects or head.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or (
                head.head.i == head.i):
            break
        head = head.head
    seen = {t.i for t in toks}
    for c in subjects:
        if c.i not in seen:
            toks += list(c.subtree)
    return sorted(toks, key=lambda t: t.i)


def sub_event(default: str | None, cameo: str, sent: Span, trigger: Token,
              source: Actor | None, target: Actor | None,
              neighbours: Sequence[Span] = ()) -> str | None:
    """The ACLED sub-event type of one event (None: ACLED has no counterpart).

    ``default`` is CAMEO's crosswalk type for ``cameo``; ``neighbours`` are the sentences
    around ``sent`` (previous, next), read only for what happened to a protest.
    """
    root = cameo[:2]
    sentence = list(sent)
    following = list(neighbours[-1]) if len(neighbours) > 1 or (
        neighbours and neighbours[-1].start >= sent.end) else []
    previous = list(neighbours[0]) if neighbours and neighbours[0].end <= sent.start else []
    if root in VIOLENT_ROOTS or cameo.startswith("1712") and _people(target):
        # ("villagers burned to death two women": no property destroyed)
        return _violent(default, cameo, sentence, trigger, source, target, previous)
    if cameo.startswith("175") and found("chemical", _clause(trigger)):
        return "Chemical weapon"  # "fired chlorine gas at the district": no tear gas
    if root == "14" and _armed(source) and _armed(target):
        return "Armed clash"  # "soldiers clashed with militants": no demonstration
    if root == "14" or default in PROTEST_DEFAULTS:
        return _protest(default, sentence + following, source, target)
    if cameo == "170" and found("stopped", [trigger]):
        return "Disrupted weapons use"  # "police foiled a plot to bomb the station"
    if cameo.startswith("173"):
        if _named(target, "protest") or found("protest_ctx", sentence):
            return "Protest with intervention"  # "detained 5,000 people at rallies"
        return default
    if cameo.startswith("171"):
        clause = _clause(trigger)
        if found("weapon", clause) or (found("weapon", sentence) and found("disrupt", sentence)):
            return "Disrupted weapons use"
        if _people(target) and not cameo.startswith("1712") and trigger.lemma_.lower() not in (
                PROPERTY_VERBS) or _named(source, "abduct"):
            return "Abduction/forced disappearance"  # "seized an engineer from the site"
        if _named(source, "protest") or found("protest", clause):
            return "Violent demonstration"  # "demonstrators set fire to metro stations"
        if _named(source, "mob") or _named(source, "crowd_people"):
            return "Mob violence"  # "a crowd burned the suspect's house"
        return default
    if cameo.startswith("074"):
        return "Change to group/activity"  # "sent 400 police officers to lead the mission"
    if root == "06" and _armed(source) and any(
            t.lemma_.lower() in REGROUPING for t in (trigger, *trigger.children)
            if t.i == trigger.i or t.dep_ == "dobj"):
        return "Change to group/activity"  # "three armed groups merged", "defected to X"
    if root == "15":
        clause = _clause(trigger)
        if found("base", clause) and found("establish", clause):
            return "Headquarters or base established"
        if cameo.startswith("154"):
            # "moved into the camp after the peacekeepers handed it over": no fighting
            return ("Non-violent transfer of territory" if found("withdrawal", sentence)
                    else "Change to group/activity")
        return default
    if root == "02" and _human(source) and source.sector not in STATE_SECTORS and (
            source.type not in ("state", "igo", "ngo", "organisation")) and found(
            "protest_ctx", sentence):
        # "hundreds of mothers gathered in the square, urging the authorities to act", "a
        # petition was handed over at the end of a march by women's groups": a demand made
        # in the street is a protest
        return "Peaceful protest"
    if cameo.startswith("084") and found("swap", sentence):
        return "Agreement"  # "completed a prisoner exchange"
    if cameo.startswith("084") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HANDED_PLACES
            for c in trigger.children):
        # "French troops handed over the Gossi base to the Malian army"
        return "Non-violent transfer of territory"
    if root in ("03", "05") and found("accord", _clause(trigger)):
        return "Agreement"  # "the warring parties agreed to a two-month truce"
    if cameo.startswith("087") and trigger.lemma_.lower() == "surrender" and (
            source is not None and source.sector in ("REB", "INS", "SEP", "UAF", "CRM")):
        return "Change to group/activity"  # fighters who surrender with their weapons
    return default


def _violent(default: str | None, cameo: str, sentence: list[Token], trigger: Token,
             source: Actor | None, target: Actor | None,
             previous: list[Token]) -> str | None:
    clause = _clause(trigger)
    authorities = source is None or source.sector in STATE_SECTORS or (
        source.type == "state" and source.sector is None) or not _human(source)
    # a protest met with force by the authorities, or protesters' own violence
    if _named(target, "protest") and authorities:
        if found("riot", sentence) and not found("lethal", clause):
            return "Violent demonstration"
        return ("Excessive force against protesters" if found("lethal", sentence)
                or cameo[:2] in ("18", "20") else "Protest with intervention")
    if _named(source, "protest") and not _armed(source):
        return "Violent demonstration"
    if _named(source, "mob") or not _armed(source) and (
            found("mob", clause) or _named(source, "crowd_people")):
        return "Mob violence"  # (residents, villagers, youths: no organised group)
    if authorities and found("protest_ctx", sentence) and (
            found("intervene", sentence) or found("lethal", sentence)):
        # "tear gas hung over the square after gendarmes broke up a march", "security forces
        # fired on the crowd", "students shot dead during a peaceful march"
        return ("Excessive force against protesters" if found("lethal", sentence)
                else "Protest with intervention")
    if found("stopped", clause) and found("weapon", clause):
        return "Disrupted weapons use"  # "air defences shot down two drones"
    if trigger.lemma_.lower() in SEIZING and any(
            c.dep_ in ("dobj", "nsubjpass") and found("weapon", list(c.subtree))
            for c in trigger.children):
        return "Disrupted weapons use"  # "troops seized 60 rifles from a safe house"
    if _ousted(trigger, target):
        # "drove the rebels out of the town", "dislodged the militants from Bama"
        state = source is not None and source.type == "state" and (
            source.sector in STATE_SECTORS or source.sector is None)
        return "Government regains territory" if state else "Non-state actor overtakes territory"
    if not authorities and found("protest_ctx", sentence) and found("riot", sentence) or (
            source is not None and not _human(source) and found("protest_ctx", sentence)
            and found("riot", sentence)):
        return "Violent demonstration"  # "officers were injured by stones during the march"
    # the means: in the act's own clause, then its sentence, then (for a short sentence such
    # as "4 soldiers killed." after the account) the sentence before
    scopes = [clause, sentence] + ([previous] if len(_words(sentence)) <= 12 else [])
    if any(found("chemical", scope) for scope in scopes[1:]):
        return "Chemical weapon"  # "toxic gas was released when the fighters shelled X"
    for means in (MEANS[:-1], MEANS[-1:]):  # a named means before a bare "blast"
        for scope in scopes:
            for cue, name in means:
                if found(cue, scope):
                    return name
    if found("sexual", sentence):
        return "Sexual violence"
    if found("abduct", clause) or cameo.startswith("181"):
        return "Abduction/forced disappearance"
    if cameo.startswith("192") and target is not None and (
            found("power", clause) or target.sector == "GOV" and source is not None
            and source.sector == "MIL" and _governing(target)):
        return "Other"  # "the military has taken control of the government": a coup
    if default in TERRITORY or (cameo[:2] == "19" and found("territory", clause)
                                and not _human(target)):
        if found("withdrawal", sentence) and not found("fighting", sentence):
            return "Non-violent transfer of territory"  # "took over X after troops withdrew"
        state = source is not None and source.type == "state" and (
            source.sector in STATE_SECTORS or source.sector is None)
        return "Government regains territory" if state else "Non-state actor overtakes territory"
    if default in ("Armed clash", "Attack"):
        if _civilian(target) and not _armed(target):
            return "Attack"
        if _armed(target) and (source is None or _armed(source) or source.type == "state"):
            return "Armed clash"
        if not _human(target) and found("victim", clause) and not found("armed", [
                t for t in clause if t.i > trigger.i]):
            return "Attack"  # "attacked the village, killing residents": a place, people in it
    return default


def _protest(default: str | None, context: list[Token], source: Actor | None,
             target: Actor | None) -> str | None:
    if found("riot", context) and not found("intervene", context) or (
            default == "Violent demonstration"):
        return "Violent demonstration"
    if found("lethal", context):
        return "Excessive force against protesters"
    if found("intervene", context) or default == "Excessive force against protesters":
        # (repression of a protest with no lethal force named: "police scattered the march")
        return "Protest with intervention"
    return default
