"""Casualty counts: how many people an event sentence says were killed and injured.

``count_casualties(sent, neighbours)`` returns ``(fatalities, injured)``; each is None when the
text says nothing about it (0 only when it says "no one was killed", "no injuries").

A count is a number phrase (digits, "1,200", number words, "two hundred", "a dozen") tied by the
parse to a casualty word: the victim of "kill/murder/execute/injure/wound/hurt" (object, or
subject when passive or headline-style "Two killed"), the subject of "die"/"lose their lives",
"N dead/injured/deaths/fatalities/bodies/injuries", "left N people dead", "the deaths of N", or a
toll ("the death toll rose to 40"). A singular person victim without a number ("a soldier was
killed", "killing a police officer", "he died") counts 1. Conjoined victims are added up ("two
soldiers and a civilian were killed" -> 3); counts inside "including ..." / "among them ..." are
subsets and ignored ("killed 5, including 3 children" -> 5). When the sentence gives a toll, the
largest toll wins over the other counts; otherwise distinct counts are summed.

Vague quantities get conservative values: several 3, a dozen 12, dozens 24, scores (of) 40,
hundreds 200, thousands 2000, tens of thousands 20000. "More than 100" counts 100.

Not counted: ages ("33-year-old"), dates and years, ordinals ("33rd brigade"), money, percentages,
product and unit names ("F-16"), perpetrators ("33 gunmen killed 5 soldiers" -> 5), "casualties"
(it mixes dead and wounded).

Neighbour sentences are used for a field only when the sentence leaves it None and the neighbour
points back at the same event (a definite "the/this attack|blast|..." or a toll) and does not
announce another one ("separate", "another", "earlier", ...).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from eventwatch.nlp import children, conjuncts, tokens

FATAL, INJURED = 0, 1

_KILL_VERBS = frozenset("kill murder execute behead slay massacre assassinate lynch".split())
_INJURE_VERBS = frozenset("injure wound hurt maim".split())
# words of a bare tally line ("2 fatalities.", "No casualties reported.")
_TALLY_WORDS = frozenset("""fatality fatalities casualty casualties killed dead injured
    wounded""".split())
_FATAL_NOUNS = frozenset("dead death fatality body corpse killing murder".split())
_INJURY_NOUNS = frozenset("injury injured wounded".split())
_TOLL_NOUNS = frozenset(("toll", "tally"))
_SUBSET_WORDS = frozenset(("including", "among", "include", "includes", "included"))
_OK_ENTS = frozenset(("", "CARDINAL"))
_UNIT_LEMMAS = frozenset(
    "year month week day hour minute second km kilometre kilometer mile metre meter percent % "
    "dollar euro pound ton tonne time round".split()
)
_PERSON_NOUNS = frozenset(
    """person man woman child boy girl baby infant teenager youth student soldier officer
    policeman policewoman police guard civilian villager farmer worker journalist reporter
    photographer activist protester demonstrator militant fighter rebel insurgent gunman
    jihadist commander leader official politician lawmaker mayor governor minister judge
    priest imam cleric monk nun doctor nurse teacher driver passenger pilot resident tourist
    refugee migrant prisoner detainee inmate suspect bystander pedestrian trooper marine
    sergeant captain colonel general lieutenant peacekeeper contractor employee citizen
    member supporter worshipper pilgrim shepherd fisherman herder miner engineer lawyer
    mother father son daughter brother sister husband wife relative""".split()
)
_SINGULAR_PRONOUNS = frozenset(("he", "she", "him", "her"))

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000}
_VAGUE = {"several": 3, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
_NUMBERISH = frozenset(_UNITS) | frozenset(_MULTIPLIERS) | frozenset(_VAGUE) | {
    "hundred", "dozen", "a", "an", "-", "tens", "of",
}  # fmt: skip

_OTHER_EVENT_WORDS = frozenset(
    "separate another earlier previous prior similar unrelated last".split()
)
_EVENT_NOUNS = frozenset(
    """attack blast explosion bombing bomb clash fighting shooting strike airstrike raid ambush
    incident assault violence shelling crash collision massacre riot unrest operation offensive
    fire gunfight firefight battle siege protest crackdown stampede""".split()
)


# --- number phrases ---------------------------------------------------------------------------


def _is_number_token(tok: Token) -> bool:
    if tok.ent_type_ not in _OK_ENTS:
        return False
    low = tok.lower_
    if tok.tag_ == "CD" or tok.like_num:
        return (
            any(c.isdigit() for c in low)
            or low in _UNITS
            or low in _MULTIPLIERS
            or low in ("hundred", "dozen")
        )
    if low in _VAGUE:
        return low != "scores" or _next_lower(tok) == "of"
    return low == "dozen" or (low == "tens" and _next_lower(tok) == "of")


def _next_lower(tok: Token) -> str:
    return tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""


def _value(words: list[str]) -> int | None:
    """The value of a number phrase such as ['two', 'hundred'], ['1,200'], ['a', 'dozen']."""
    if words[:3] == ["tens", "of", "thousands"]:
        return 20_000
    total, current = 0.0, 0.0
    for w in words:
        w = w.replace(",", "")
        if w in ("-", "a", "an"):
            continue
        if w.replace(".", "", 1).isdigit():
            current += float(w)
        elif w in _UNITS:
            current += _UNITS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[w]
            current = 0
        elif w in _VAGUE:
            current += _VAGUE[w]
        else:
            return None
    value = int(total + current)
    return value if value > 0 else None


def _number_runs(sent: Span) -> list[tuple[Token, int]]:
    """(representative token, value) for every number phrase; the token is the run's last."""
    runs = []
    toks = list(sent)
    i = 0
    while i < len(toks):
        if not _is_number_token(toks[i]):
            i += 1
            continue
        j = i
        words = [toks[i].lower_]
        if i > 0 and toks[i - 1].lower_ in ("a", "an") and words[0] in ("dozen", "hundred"):
            words.insert(0, "a")
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            if _is_number_token(nxt) or (
                nxt.lower_ in ("-", "of")
                and j + 2 < len(toks)
                and _is_number_token(toks[j + 2])
                and (nxt.lower_ == "-" or toks[i].lower_ == "tens")
            ):
                words.append(nxt.lower_)
                j += 1
            else:
                break
        value = _value(words)
        last = toks[j]
        if i > 0 and toks[i - 1].lower_ == "no":  # "no one was killed": see _negated
            value = None
        if value is not None and not _is_measure(last):
            runs.append((last, value))
        i = j + 1
    return runs


def _is_measure(tok: Token) -> bool:
    """Ages, durations, units: "33-year-old", "3 km", "5 percent"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in ("-", "–", "%"):
        return True
    head = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else None
    return head is not None and (
        head.lemma_.lower() in _UNIT_LEMMAS
        or head.ent_type_ not in ("", "CARDINAL", "NORP")
        and head.ent_type_ != tok.ent_type_
    )


# --- attaching numbers to casualty words --------------------------------------------------------


def _nominal(tok: Token) -> Token:
    """The noun a number counts ("33 soldiers" -> soldiers); the number itself when bare."""
    while tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and tok.head.i != tok.i:
        if tok.head.like_num or tok.head.tag_ == "CD":
            tok = tok.head
            continue
        return tok.head
    return tok


def _in_subset(tok: Token) -> bool:
    """True when tok is inside the object of "including ..." / "among ..." (a subset)."""
    below = tok
    for anc in tok.ancestors:
        if anc.lower_ in _SUBSET_WORDS and below.dep_ not in ("nsubj", "nsubjpass"):
            return True
        below = anc
    return False


def _word_kind(tok: Token) -> int | None:
    """FATAL/INJURED for a casualty word used as a predicate or modifier, else None."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in _KILL_VERBS or lemma == "die" or low == "dead":
        return FATAL
    if lemma in _INJURE_VERBS or low in ("injured", "wounded"):
        return INJURED
    if lemma == "lose" and any(c.lemma_ in ("life", "live") for c in children(tok)):
        return FATAL
    if lemma == "shoot" and any(c.lower_ == "dead" for c in children(tok)):
        return FATAL
    return None


def _noun_kind(tok: Token) -> int | None:
    lemma = tok.lemma_.lower()
    if lemma in _FATAL_NOUNS or tok.lower_ in ("dead", "deaths", "fatalities"):
        return FATAL
    if lemma in _INJURY_NOUNS or tok.lower_ in ("injuries", "injured", "wounded"):
        return INJURED
    return None


def _victim_slot(nom: Token, verb: Token) -> bool:
    """Does ``nom`` (a child of casualty word ``verb``) name the victims, not the perpetrators?"""
    dep = nom.dep_
    if dep in ("dobj", "nsubjpass", "attr", "oprd"):
        return True
    if dep != "nsubj":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "die" or lemma == "lose" or verb.lower_ in ("dead", "injured", "wounded"):
        return True
    # Headline style "Two killed, 15 wounded": an object-less transitive verb.
    return not any(c.dep_ in ("dobj", "agent", "aux") for c in children(verb)) and (
        verb.tag_ in ("VBN", "VBD")
    )


def _toll_of(tok: Token) -> bool:
    """Is ``tok`` the value of a toll: "toll of 40", "toll rose to 40", "raising the toll to 40",
    "the toll is 40"?"""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ in ("to", "at", "of"):
            cur = cur.head.head
        elif cur.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj"):
            cur = cur.head
        else:
            return False
        if cur.lemma_.lower() in _TOLL_NOUNS:
            return True
        if any(c.lemma_.lower() in _TOLL_NOUNS and c.i != tok.i for c in children(cur)):
            return True
    return False


def _toll_kind(sent: Span) -> int:
    for t in sent:
        if t.lemma_.lower() in _TOLL_NOUNS:
            if any(c.lower_ in ("injury", "injuries", "wounded") for c in children(t)):
                return INJURED
    return FATAL


def _classify(nom: Token) -> tuple[int, bool] | None:
    """(kind, is_toll) for the nominal of a number phrase, or None when it is no casualty."""
    kind = _noun_kind(nom)
    if kind is not None:
        return kind, False
    for c in children(nom):  # "12 people killed in the blast", "15 wounded", "the 12 dead"
        if c.dep_ in ("acl", "relcl", "amod", "appos") and (k := _word_kind(c)) is not None:
            if c.dep_ != "relcl" or not any(x.dep_ == "dobj" for x in children(c)):
                return k, False
    head = nom.head
    if nom.dep_ == "conj":  # "two soldiers and three civilians were killed"
        first = nom
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            nom, head = first, first.head
    kind = _word_kind(head)
    if kind is not None and _victim_slot(nom, head):
        return kind, False
    if nom.dep_ == "pobj" and head.lower_ in ("of", "to") and _noun_kind(head.head) is not None:
        return _noun_kind(head.head), False  # "the deaths of 12 people", "injuries to 15"
    # "left 12 people dead", "12 people are dead", "three remain injured"
    if nom.dep_ in ("dobj", "nsubj") and head.lemma_ in ("leave", "be", "remain"):
        for c in children(head):
            if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "attr") and c.i > nom.i:
                if (k := _word_kind(c)) is not None:
                    return k, False
    return None


def _singular_victims(sent: Span, counted: set[int]) -> list[tuple[int, int]]:
    """(kind, 1) for each singular person victim without a number: "a soldier was killed"."""
    out = []
    for verb in sent:
        kind = _word_kind(verb)
        if kind is None and verb.dep_ != "pobj":
            noun_kind = _noun_kind(verb)
            if noun_kind is not None and verb.lower_ in ("death", "killing", "murder"):
                # "the death of a journalist"
                for c in children(verb):
                    if c.lower_ == "of":
                        for p in children(c):
                            if p.dep_ == "pobj" and _is_one_person(p) and p.i not in counted:
                                out.append((noun_kind, 1))
            continue
        if kind is None:
            continue
        for c in children(verb):
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _victim_slot(c, verb):
                for p in [c, *conjuncts(c)]:
                    if p.i not in counted and _is_one_person(p):
                        out.append((kind, 1))
    return out


def _is_one_person(tok: Token) -> bool:
    if tok.lower_ in _SINGULAR_PRONOUNS:
        return True
    if tok.tag_ not in ("NN", "NNP"):
        return False
    if any(c.tag_ == "CD" or c.like_num for c in children(tok)):
        return False
    return tok.lemma_.lower() in _PERSON_NOUNS or tok.ent_type_ == "PERSON"


def _negated(sent: Span) -> set[int]:
    """Kinds explicitly denied: "no one was killed", "nobody was hurt", "no injuries"."""
    out: set[int] = set()
    for t in sent:
        low = t.lower_
        if (
            low in ("nobody", "none")
            or (low == "one" and any(c.lower_ == "no" for c in children(t)))
            or (low == "one" and t.i > 0 and t.doc[t.i - 1].lower_ == "no")
        ):
            if (k := _word_kind(t.head)) is not None and t.dep_ in ("nsubj", "nsubjpass"):
                out.add(k)
        elif any(c.lower_ == "no" and c.dep_ == "det" for c in children(t)):
            if (k := _noun_kind(t)) is not None:
                out.add(k)
            elif t.lemma_.lower() in ("casualty", "casualties"):
                out.update((FATAL, INJURED))
    return out


# Hashes of every lemma/lower form that can make a sentence report casualties.
_CUE_HASHES = frozenset(
    get_string_id(w)
    for w in (
        _KILL_VERBS
        | _INJURE_VERBS
        | _FATAL_NOUNS
        | _INJURY_NOUNS
        | _TOLL_NOUNS
        | {"die", "life", "lives", "casualty", "casualties", "injured", "wounded", "deaths"}
    )
)
_last_doc: list = [None, None]  # one-slot cache: (Doc, its LEMMA/LOWER array)


def _has_cue(sent: Span) -> bool:
    doc = sent.doc
    if _last_doc[0] is not doc:
        _last_doc[0], _last_doc[1] = doc, doc.to_array([LEMMA, LOWER])
    return not _CUE_HASHES.isdisjoint(_last_doc[1][sent.start : sent.end].ravel().tolist())


def _count_sentence(sent: Span) -> list[int | None]:
    if not _has_cue(sent):
        return [None, None]
    counts: list[list[int]] = [[], []]
    tolls: list[list[int]] = [[], []]
    counted: set[int] = set()
    toll_kind = None
    for tok, value in _number_runs(sent):
        nom = _nominal(tok)
        counted.add(nom.i)
        if _in_subset(tok):
            continue
        if _toll_of(tok):
            if toll_kind is None:
                toll_kind = _toll_kind(sent)
            tolls[toll_kind].append(value)
            continue
        res = _classify(nom)
        if res is not None:
            counts[res[0]].append(value)
    for kind, one in _singular_victims(sent, counted):
        counts[kind].append(one)
    result: list[int | None] = [None, None]
    for kind in (FATAL, INJURED):
        if tolls[kind]:
            result[kind] = max(tolls[kind])
        elif counts[kind]:
            result[kind] = sum(counts[kind])
    if None in result:
        for kind in _negated(sent):
            if result[kind] is None:
                result[kind] = 0
    return result


def is_tally_line(sent: Span) -> bool:
    """ "1 fatality.", "3 fatalities (2 militants, 1 soldier).", "4 soldiers killed.": a bare
    tally after the account, as ACLED's notes and many reports end; it is about the event
    just told."""
    toks = tokens(sent.doc)[sent.start:sent.end]
    words = [t for t in toks if not t.is_punct]
    return len(words) <= 8 and bool({t.lower_ for t in words} & _TALLY_WORDS)


def _same_event(sent: Span) -> bool:
    toks = tokens(sent.doc)[sent.start:sent.end]
    lowers = {t.lower_ for t in toks}
    if lowers & _OTHER_EVENT_WORDS:
        return False
    if is_tally_line(sent):
        return True
    for t in toks:
        lemma = t.lemma_.lower()
        if lemma in _TOLL_NOUNS:
            return True
        if lemma in _EVENT_NOUNS and any(
            c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in children(t)
        ):
            return True
    return False


_memo: list = [None, {}]  # one Doc at a time: (function, start, end) -> its result


def _cached(fn, sent: Span):
    """``fn(sent)`` once per sentence of the current Doc: a sentence often yields several
    events, and each event's neighbours are other events' sentences."""
    if _memo[0] is not sent.doc:
        _memo[0], _memo[1] = sent.doc, {}
    key = (fn, sent.start, sent.end)
    if key not in _memo[1]:
        _memo[1][key] = fn(sent)
    return _memo[1][key]


def count_casualties(sent: Span, neighbours: Sequence[Span] = ()) -> tuple[int | None, int | None]:
    """(fatalities, injured) stated in ``sent``; None for what it does not say.

    ``neighbours`` (e.g. the next and the previous sentence, in order of preference) fill a
    field that ``sent`` leaves None, but only when they clearly refer back to the same event.
    """
    result = list(_cached(_count_sentence, sent))  # a copy: filled in below
    if None in result:
        for nb in neighbours:
            if not _cached(_same_event, nb):
                continue
            extra = _cached(_count_sentence, nb)
            for kind in (FATAL, INJURED):
                if result[kind] is None and extra[kind] is not None:
                    result[kind] = extra[kind]
            if None not in result:
                break
    return result[FATAL], result[INJURED]
