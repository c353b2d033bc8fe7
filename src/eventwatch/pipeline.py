"""The pipeline: Article -> spaCy Doc -> actors, coder, timex, geo, casualties -> Event records.

One ``Pipeline`` per process holds the loaded spaCy model and every dictionary; ``code`` streams
articles through ``nlp.pipe`` in batches and yields each article with its events.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from eventwatch import dateline, headline, ontology
from eventwatch.acled_types import sub_event
from eventwatch.actors import SECTORS, ActorDictionary, default_dictionary, localise
from eventwatch.casualties import count_casualties, is_tally_line
from eventwatch.coder import (
    REPORTING_VERBS,
    Claim,
    SentenceCoder,
    actor_key,
    anchored,
    same_actor,
)
from eventwatch.geo import default_gazetteer
from eventwatch.lexicon import default_lexicon, modal_code
from eventwatch.nlp import MAX_CHARS, dictionary_words, get_nlp, text_of
from eventwatch.records import Actor, Article, Attribution, Event
from eventwatch.timex import resolve_event_date

# CAMEO 010 "make statement" carries no relation between actors; coding it inflates counts
# (PETRARCH2's known failure), so it is not emitted.
SKIPPED_CODES = frozenset({"010"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
# agentless passives of these roots are the authorities' acts where they happen:
# 08 yield (released), 09 investigate (put under investigation), 17 coerce (arrested,
# detained, banned)
AUTHORITY_ROOTS = frozenset({"08", "09", "17"})
# ("were expelled from Uganda", "tortured in"; the accusation of "was arrested in Lebanon for
# spying" too)
AUTHORITY_LEMMAS = frozenset({"expel", "torture", "arrest", "detain", "jail", "imprison",
                              "sentence", "apprehend"})
# things that kill with nobody named behind them ("a car bomb killed", "killed by an IED")
WEAPON_NOUNS = frozenset("""bomb bombs bombing bombings explosion explosions blast blasts
    device devices ied ieds mine mines landmine landmines grenade grenades rocket rockets
    missile missiles mortar mortars shell shells round rounds projectile projectiles barrage
    barrages volley volleys salvo salvoes""".split())
# Coding one article stops after this many seconds (its parse excluded); the events of the
# sentences coded so far are kept and one line says where it stopped. Sizes are bounded by
# MAX_CHARS; this bounds pathological parses (thousands of clauses in one sentence).
TIME_LIMIT = 60.0


def warn(message: str) -> None:
    print(f"eventwatch: {message}", file=sys.stderr, flush=True)


class Pipeline:
    def __init__(self, actor_files: Sequence[str | Path] = (), time_limit: float = TIME_LIMIT):
        self.time_limit = time_limit
        self.overruns = 0  # articles whose coding hit the time limit
        self.nlp = get_nlp()
        self.actors = ActorDictionary.load(actor_files) if actor_files else default_dictionary()
        self.actors.prepare()  # a load-time cost, not the first article's
        self.lexicon = default_lexicon()
        self.gazetteer = default_gazetteer()
        self.actors.place_names = lambda name: bool(self.gazetteer.candidates(name))
        # (title-case headlines: their common words lowered so the parser sees the verb)
        self.common_word = headline.common_words(
            {w for lemma in self.lexicon.lemmas() for w in lemma.split()}
            | self.actors.sector_words(), dictionary_words(), self.actors.is_name,
            lambda word: bool(self.gazetteer.candidates(word)))

    def code(self, articles: Iterable[Article], batch_size: int = 32
             ) -> Iterator[tuple[Article, list[Event]]]:
        def cut(a: Article) -> tuple[str, Article]:
            if len(a.text) > MAX_CHARS:
                warn(f"article {a.id}: text cut to its first {MAX_CHARS:,} characters "
                     f"(of {len(a.text):,})")
            return self._prepare(a.text[:MAX_CHARS]), a

        pairs = (cut(a) for a in articles)
        for doc, art in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield art, self.code_doc(art, doc)

    def code_text(self, text: str, article: Article | None = None) -> list[Event]:
        art = article or Article(id="text", text=text)
        return self.code_doc(art, self.parse(text))

    def parse(self, text: str) -> Doc:
        """The Doc the coder reads: cut to MAX_CHARS, an opening dateline set apart."""
        return self.nlp(self._prepare(text[:MAX_CHARS]))

    def _prepare(self, text: str) -> str:
        """The text the parser reads (same length): an opening dateline set apart, title-case
        headlines with their common words lowered."""
        return headline.recase(dateline.separate(text), self.common_word,
                               self.actors.name_spans, self.actors.is_acronym)

    def code_doc(self, article: Article, doc: Doc) -> list[Event]:
        doc_actors = self.actors.annotate(doc, article.date)
        places = self.gazetteer.annotate(doc, doc_actors.countries(), doc_actors.surnames())
        coder = SentenceCoder(self.lexicon, doc_actors, places)
        sents = list(doc.sents)
        events: list[Event] = []
        deadline = time.monotonic() + self.time_limit
        for si, sent in enumerate(sents):
            if time.monotonic() > deadline:
                self.overruns += 1
                warn(f"article {article.id}: coding stopped after {self.time_limit:g} s at "
                     f"sentence {si + 1} of {len(sents)}; events of the earlier sentences kept")
                break
            # (a comment by nobody we can name, "analysts doubt that ...", is no event)
            claims = [_threatened_by_speaker(c) if c.match.cameo.startswith("13") else c
                      for c in coder.code_sentence(sent) if c.match.cameo not in SKIPPED_CODES
                      and not (c.match.cameo[:2] == "01" and not anchored(c.source))]
            claims = [_reporter_as_doer(c) for c in claims]
            k = 0
            first = len(events)
            for claim in drop_subsumed(claims):
                neighbours = sents[max(0, si - 1): si] + sents[si + 1: si + 2]
                events.append(self._event(article, si, sent, k, claim, places, neighbours))
                k += 1
                code = modal_code(claim.match.cameo, claim.modality, claim.trigger)
                if code != claim.match.cameo and not (
                        code.startswith("10") and claim.speaker is not None and claim.source
                        and actor_key(claim.speaker) == actor_key(claim.source)):
                    # (what a speaker says it must do itself is no demand of anybody)
                    # CAMEO codes what did happen: "said it will release" is a promise (03),
                    # "will not accept" a refusal (12), "will impose a curfew" a threat (13),
                    # "must" a demand (10). The act itself stays, with its own modality.
                    said = claim
                    if code.startswith("10") and claim.speaker is not None and claim.source and (
                            actor_key(claim.speaker) != actor_key(claim.source)):
                        # "Straw said Khartoum must reach a deal": Straw demands it of Khartoum
                        said = dataclasses.replace(claim, source=claim.speaker,
                                                   target=claim.source)
                    elif code.startswith("10") and claim.speaker is not None and (
                            claim.source is None and claim.target is not None
                            and not same_actor(claim.speaker, claim.target)):
                        # "The EU said sanctions on Iran must be lifted": a demand that names
                        # no doer is the speaker's, of the act's target
                        said = dataclasses.replace(claim, source=claim.speaker)
                    elif code.startswith("03") and claim.source is not None and (
                            claim.source.country is None):
                        # "Taliban leaders said the fighters will lay down their arms": a
                        # promise voiced about what one's own side (named by its sector
                        # only) will do is the speaker's; a named doer keeps it ("Trump will
                        # meet Hariri, the White House announced")
                        said = _threatened_by_speaker(claim)
                    elif code.startswith("13"):
                        said = _threatened_by_speaker(claim)
                        if said.source is not None and (said.target is None or (
                                not said.target.code and said.target.type != "person")):
                            # "said the army would intervene if Kosovo police entered", "said
                            # Tehran would shut the strait if the US resumed strikes": a
                            # threat is aimed at who must meet its condition (when its act
                            # names nobody, only a thing or a place)
                            party = coder.condition_party(claim.trigger, said.source, "13")
                            said = dataclasses.replace(said, target=party[0]) if party else said
                    events.append(self._event(article, si, sent, k, said, places, neighbours,
                                              code=code))
                    k += 1
            events[first:] = _distinct(events[first:])
        return events

    def _event(self, article, si, sent, k, claim: Claim, places, neighbours,
               code: str | None = None) -> Event:
        modality = "asserted" if code else claim.modality
        info = ontology.cameo(code or claim.match.cameo)
        date, precision = resolve_event_date(sent, article.date, claim.trigger,
                                             past=modality != "future")
        if code and claim.modality in ("future", "hypothetical"):
            # "The ministers will meet on Monday": the intent (036) is stated now, not on the
            # Monday of the meeting; a date on the verb that reports it still counts ("said
            # on Tuesday that it will ...")
            speech = _reporting_verb(claim.trigger)
            if speech is not None:
                date, precision = resolve_event_date(sent, article.date, speech)
                if date is not None and article.date is not None and date > article.date:
                    date, precision = article.date, "article"
            else:
                date, precision = article.date, "article"
        if modality == "asserted" and claim.trigger.tag_ in PRESENT_TAGS and article.date:
            # "Negotiators meet in Caracas next month": a present form with a later date
            later, later_precision = resolve_event_date(sent, article.date, claim.trigger,
                                                        past=False)
            if later is not None and later > article.date and later_precision != "article":
                modality, date, precision = "future", later, later_precision
        if precision in (None, "article") and si > 0 and is_tally_line(sent) and neighbours and (
                neighbours[0].end <= sent.start):
            # "On 8 March 2019, a mine exploded under an army truck. 4 soldiers killed.": the
            # tally line is dated by the account before it
            prev = neighbours[0]
            before, before_precision = resolve_event_date(prev, article.date, prev.root)
            if before is not None and before_precision in ("day", "month"):
                date, precision = before, before_precision
        fatalities = injured = None
        if info.quad_class == 4:
            fatalities, injured = count_casualties(sent, neighbours)
        location = places.locate(sent, claim.trigger, said=info.quad_class in (1, 3))
        source, target = claim.source, claim.target
        speaker = claim.speaker
        if (source is not None and source.country is None and source.sector
                and source.type not in ("igo", "ngo") and claim.modality in (
                    "future", "hypothetical") and speaker is not None and speaker.country):
            # "Vucic said the army would intervene if Kosovo police entered": what a speaker
            # says forces will do is said of its own side's forces
            source = localise(source, speaker.country)
        if (info.root in ("18", "19", "20") and target is not None and target.country
                and source is not None and source.country
                and source.country != target.country
                and location is not None and location.country != target.country
                and not any(not p.is_actor and p.location.country == location.country
                            for p in places.within(sent.start, sent.end))):
            # "Russia pounded Ukrainian cities": with no place named in the sentence, an
            # attack on another country's people happens in that country, not where the
            # article's other mentions are
            location = places.country_location(target.country) or location
        if (source is None and target is not None and (
                info.root in AUTHORITY_ROOTS or claim.trigger.lemma_ in AUTHORITY_LEMMAS)
                and claim.trigger.tag_ == "VBN" and location is not None and location.country
                and _in_sentence(location, sent) and target.code != location.country):
            # "X was arrested in Rwanda", "was released in Kabul": with no agent named, the
            # act is the state's where it happened (the convention of PLOVER's coders)
            source = Actor(location.name, location.name, location.country, location.country,
                           None, "state")
            # (named as the verb names it: "put under investigation in Italy ... in Genoa")
            heads = [claim.trigger, *(g for p in claim.trigger.children if p.dep_ == "prep"
                                      for g in p.children if g.dep_ == "pobj")]
            own = [places.at(g.i) for h in heads for p in h.children if p.dep_ == "prep"
                   and p.lower_ in ("in", "at") for g in p.children if g.dep_ == "pobj"]
            own = [m for m in own if m is not None and m.location.country
                   and target.code != m.location.country]
            if own:
                loc = own[0].location
                source = Actor(own[0].text or loc.name, loc.name, loc.country, loc.country,
                               None, "state")
        if source is None and info.quad_class == 4:
            source = _weapon_phrase(claim.trigger)  # "was killed in a car bomb explosion"
        if (source is not None and source.code is None and info.quad_class == 4
                and location is not None and location.country
                and _device_word(source.text) in WEAPON_NOUNS and any(
                    p.location.country == location.country and not p.is_actor
                    for p in places.within(sent.start, sent.end))):
            # "a roadside bomb near Samarra killed ...": nobody named did it; as ICEWS codes
            # such attacks, the doer is an unidentified armed group of the place
            text = source.text
            if _device_word(text) == text.split()[-1].lower():
                # ("killed by a roadside bomb outside the city of Basra": with its place)
                device = next((t for t in sent if t.text == text.split()[-1]
                               and t.i >= sent.start), None)
                if device is not None:
                    text = sent.doc[device.i - len(text.split()) + 1:_with_place(device) + 1].text
            source = Actor(text, "unidentified armed forces", "UAF", None, "UAF",
                           "armed_group")
        if location is not None and location.country:
            # "civilians", "the army": actors with a sector only take the event's country; but
            # who visits or meets somewhere ("the speaker will visit Japan") is often
            # a guest there, so a diplomatic act leaves its source's country open
            guest = info.root in ("03", "04") and target is not None and (
                target.country == location.country)
            # (nor when the country is only the target's nationality: "the junta gave the
            # French ambassador 48 hours to leave" is no French junta)
            # ("recalled its ambassador to Kinshasa": a capital named for its government is
            # no place of the act either)
            foreign = target is not None and target.country == location.country and not any(
                not p.is_actor and p.location.country == location.country
                and not (target.sector and p.text in target.text)
                for p in places.within(sent.start, sent.end))
            source = localise(source, location.country) if (
                source and not guest and not foreign) else source
            target = localise(target, location.country) if target else None
            if (source is not None and source.code is None and source.type == "other"
                    and source.text.split()[-1].lower() in PEOPLE_PLURALS
                    and _in_sentence(location, sent)):
                # "prisoners rioted at a jail in Dili": people with no country of their own
                # are of the place where they act
                source = Actor(source.text, source.name, location.country, location.country,
                               None, "group")
        attribution = claim.attribution
        if (attribution is not None and attribution.code in SECTORS and location is not None
                and location.country):
            # "according to the health ministry", "police said": a speaker with a sector only
            # is of the event's country, as an actor with a sector only is
            attribution = Attribution(attribution.text, location.country + attribution.code)
        acled = sub_event(info.acled, info.code, sent, claim.trigger, source, target,
                          neighbours)
        return Event(
            article_id=article.id, sentence_index=si, sentence=sent_text(sent).strip(),
            cameo=info.code, cameo_root=info.root, quad_class=info.quad_class,
            goldstein=info.goldstein, plover=info.plover, acled=acled,
            source=source, target=target, date=date, date_precision=precision,
            modality=modality, attribution=attribution,
            location=location, fatalities=fatalities,
            injured=injured, confidence=claim.confidence, trigger=claim.match.trigger,
            event_index=k,
        )


# unnamed people who act where they are ("prisoners", "villagers"): of that place
PEOPLE_PLURALS = frozenset("""prisoners inmates detainees residents villagers locals
    inhabitants people crowds mourners worshippers workers families""".split())


def _device_word(text: str) -> str:
    """The head word of a device phrase: "bomb" of "car bomb in Baquba"."""
    words = text.lower().split()
    for i, w in enumerate(words):
        if w in ("in", "near", "outside", "at", "on", "off") and i:
            return words[i - 1]
    return words[-1] if words else ""


def _with_place(noun) -> int:
    """The last token of a device's phrase with where it went off ("a roadside bomb near the
    town of Samarra"): the place says whose unidentified armed group it was."""
    preps = ("in", "near", "outside", "at", "on", "off")
    end = noun.i
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            if any(_place_word(t) for t in prep.subtree):
                end = max(end, prep.right_edge.i)
    doc = noun.doc
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if end == noun.i and nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in preps and any(
            _place_word(t) for t in nxt.subtree):
        end = nxt.right_edge.i  # (the parser hangs "outside the city of X" on the verb)
    return end


def _place_word(tok) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN" and (
        tok.ent_type_ in ("", "NORP"))


def _weapon_phrase(trigger) -> Actor | None:
    """ "killed in a car bomb explosion", "wounded by a roadside blast": the weapon a passive
    act names, as a doer with no code (the caller may make it the place's unidentified group)."""
    for prep in trigger.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in WEAPON_NOUNS:
                    start = pobj.left_edge.i
                    while start < pobj.i and pobj.doc[start].lower_ in ("a", "an", "the"):
                        start += 1
                    text = pobj.doc[start:_with_place(pobj) + 1].text
                    return Actor(text, text, None, None, None, "other")
    return None


THREAT_SPEECH = frozenset("warn threaten vow pledge caution promise".split())


def _threatened_by_speaker(claim: Claim) -> Claim:
    """ "Nasrallah said his fighters would hit the rigs if ...", "the ministry announced that
    the army was ready to crush ...": a threat voiced by a speaker about what its own side will
    do is the speaker's threat. Another party's act stays that party's ("Seoul said Pyongyang
    would attack if ..." is no threat by Seoul)."""
    speaker, source = claim.speaker, claim.source
    reported = any(a.lemma_.lower() in REPORTING_VERBS and a.i < claim.trigger.i
                   for a in claim.trigger.ancestors)  # "announced that the army was ready"
    if (claim.trigger.lemma_.lower() in THREAT_SPEECH or claim.modality == "asserted"
            and not reported) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in claim.trigger.children):
        return claim  # "the army chief warned India of a response, his spokesman said", "Beijing
        # put Manila on notice that ..., a spokesman said": the subject's own threat, reported
    if speaker is not None and source is not None and not speaker.country and (
            speaker.sector in ("GOV", "MIL") and speaker.sector == source.sector):
        # "Prime Minister X announced that the government will extend the curfew": a
        # speaker known only by its sector speaks for the body of that sector
        speaker = localise(speaker, source.country) if source.country else speaker
        return dataclasses.replace(claim, source=speaker)
    if speaker is None or source is None or not speaker.country or speaker.sector in (
            "MED", "CVL", "BUS", "EDU", "HLH", "REF", "JUD"):
        return claim  # a news agency reporting a threat does not make it
    if source.code is not None and source.code == source.country:
        return claim  # "Iran threatened ..., the ministry said": the state's own threat
    if source.country is not None and source.country != speaker.country:
        return claim
    same_side = source.sector == speaker.sector or {source.sector, speaker.sector} <= {
        "REB", "INS", "SEP", "UAF"}  # ("Taliban leaders said the fighters will ...")
    if source.country is None and not same_side and not (
            source.text.lower().startswith(("his ", "her ", "its ", "their ", "our "))) and not (
            source.sector in ("MIL", "COP") and claim.modality in ("future", "hypothetical")):
        # (but "Vucic said the army would intervene": forces of nobody named, in a speaker's
        # own warning, are the speaker's side)
        return claim  # "the army" of nobody named: leave it (but "troops" of the army's
        # spokesman are the army's)
    target = claim.target
    if target is not None and target.country == speaker.country and (
            target.sector is None or target.sector == speaker.sector):
        return claim  # a threat against its own side is not its own threat
    return dataclasses.replace(claim, source=speaker)


def _distinct(events: list[Event]) -> list[Event]:
    """The events of one sentence without repeats: "backed down from its threat to impose
    tariffs" names the threat as a noun and as the modal form of the tariffs; one is kept."""
    seen: set[tuple] = set()
    out: list[Event] = []
    for e in events:
        key = (e.cameo, e.modality, actor_key(e.source), actor_key(e.target),
               e.location.name if e.location else None, e.fatalities)
        if key in seen:
            continue
        seen.add(key)
        out.append(dataclasses.replace(e, event_index=len(out)))
    return out


def sent_text(sent) -> str:
    return text_of(sent.doc)[sent.start_char:sent.end_char]


def _reporting_verb(trigger):
    """The verb that states a future or conditional act ("X said it will ...", "agreed on
    Tuesday to meet"), if any: the top of its chain of complement clauses."""
    v = trigger
    for _ in range(6):
        if v.dep_ in ("ccomp", "xcomp", "parataxis") and v.head.i != v.i:
            v = v.head
            continue
        break
    return v if v.i != trigger.i else None


def _in_sentence(location, sent) -> bool:
    """The place is named in the sentence itself (not inferred from elsewhere)."""
    name = (location.name or "").split(",")[0].strip().lower()
    # (as a word: "Cambodia" is not named in "Cambodian soldiers")
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)",
                                    sent_text(sent).lower()) is not None


VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _in_relative(tok) -> bool:
    """The token stands in a relative clause ("X, which has shelled Y, ...")."""
    for _ in range(6):
        if tok.dep_ == "relcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# who reports an act without taking part in it ("five civilians were killed, the UN said")
OBSERVER_SECTORS = frozenset({"MED", "HRI", "NGO", "CVL"})
OBSERVED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


def _reporter_as_doer(claim: Claim) -> Claim:
    """ "Two journalists were arrested in Yangon, Myanmar police said", "The ambassador was
    summoned, the foreign ministry said": an agentless passive whose doer the sentence names
    only as the one reporting it is that reporter's act. Not when the reporter only observes
    (the UN, a rights group or the media reporting force), and not a side reporting its own
    losses ("two soldiers were killed, the army said")."""
    speaker, verb = claim.speaker, claim.trigger
    if claim.source is not None or speaker is None or not anchored(speaker) or (
            claim.modality != "asserted") or claim.target is None:
        return claim
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return claim
    root = claim.match.cameo[:2]
    if speaker.sector == "MED" or root in OBSERVED_ROOTS and (
            speaker.type in ("igo", "ngo") or speaker.sector in OBSERVER_SECTORS):
        return claim  # (a news agency reports; it does not investigate or arrest)
    if actor_key(speaker) == actor_key(claim.target) or root in VIOLENT_ROOTS and (
            speaker.country is not None and speaker.country == claim.target.country):
        return claim
    return dataclasses.replace(claim, source=speaker)


def _named_person(c: Claim) -> bool:
    """A claim aimed at a named person ("meeting Zelenskiy"), not at a place standing for
    the state ("a trip to Kyiv")."""
    return c.target is not None and c.target.type == "person"


def _place_for_state(c: Claim) -> bool:
    return c.target is not None and c.target.type == "state" and c.target.sector in (
        None, "GOV") and c.target.text[:1].isupper() and len(c.target.text.split()) == 1


def drop_subsumed(claims: list[Claim]) -> list[Claim]:
    """Drop a claim when another in the same sentence says the same with more actors.

    "33 soldiers were killed in an attack by the regime" yields the killing (regime -> soldiers)
    and the noun "attack" (regime -> ?); the second adds nothing.
    """

    def key(c: Claim) -> tuple:
        return (c.match.cameo[:2], actor_key(c.source), actor_key(c.target))

    kept: list[Claim] = []
    for c in claims:
        root, src, tgt = key(c)
        subsumed = False
        for o in claims:
            if o is c:
                continue
            oroot, osrc, otgt = key(o)
            # the same kind of act: "an attack" and "killed" (18-20 alike), not the seizure of
            # a ship and taking its crew hostage (17 and 18)
            same_kind = ontology.cameo(o.match.cameo).quad_class == ontology.cameo(
                c.match.cameo).quad_class and (oroot == root or {oroot, root} <= VIOLENT_ROOTS)
            more = (osrc is not None) + (otgt is not None) > (src is not None) + (tgt is not None)
            if same_kind and more and src in (None, osrc) and tgt in (None, otgt):
                subsumed = True
                break
            c_rel, o_rel = _in_relative(c.trigger), _in_relative(o.trigger)
            if (root, src, tgt) == (oroot, osrc, otgt) and (
                    _named_person(o) and _place_for_state(c)
                    or _named_person(c) and _place_for_state(o)):
                # "made a trip to Kyiv, meeting Zelenskiy": the one that names the person
                # met, whichever comes first
                if _named_person(o):
                    subsumed = True
                    break
                continue
            if (root, src, tgt) == (oroot, osrc, otgt) and (
                    c_rel and not o_rel or c_rel == o_rel and o.trigger.i < c.trigger.i):
                # the same event twice in one sentence: the first told, but the main clause's
                # before a relative clause's ("jets, which have bombed Yemen since 2015,
                # struck a prison in Saada")
                subsumed = True
                break
        if not subsumed:
            kept.append(c)
    return kept
