"""Repairs of parse errors of the small English model that hide or misplace events.

1. A verb read as an adjective (``_repair``, below; ``_subject_kept`` when the verb kept its
   subject and the object phrase became the root).
2. A participle that describes people read as a gerund with an object ("gave in to
   [striking unions]" parsed as "striking" + object "unions"): ``_describing`` makes it the
   noun's adjective again, for a short list of participles and nouns of people.
3. A past-tense verb joined to a gerund ("accused X of sheltering rebels and broke off
   relations"): ``_finite_conjunct`` joins it to the main verb, whose tense it shares.
4. A past-tense verb read as a reduced relative clause in a sentence with no verb at its
   root ("Parents of the missing children protested ..."): ``_finite_acl`` makes it the root.
5. The phrases after an amount read as the amount's ("exported garments worth $3 billion [to
   Germany]"): ``_after_worth`` gives them back to the verb, or to the noun that is worth it.
6. A verb read as a noun at the root, with its subject as a compound ("The EU cut funding to
   X": "cut" a noun with the object "funding"): ``_noun_with_object`` makes it the verb.
7. An acronym that opens the sentence read as its verb ("ECOWAS imposed sanctions on X":
   "ECOWAS" the root, "imposed" an adjective of "sanctions"): ``_acronym_verb`` makes the
   acronym a name and the participle after it the verb; inside a clause ("consulted ECOWAS
   leaders", "ECOWAS" a verb with the object "leaders") ``_acronym_modifier`` makes it the
   noun's modifier.
8. "Gunmen believed to be Fulani herders killed 30 villagers": "believed" read as the main
   verb and "herders killed ..." as its clause; ``_believed_to_be`` makes "killed" the main
   verb, "Gunmen" its subject and "believed to be ..." a description of the gunmen.
9. A place name after "to" read as an infinitive ("airlifted food to Djibo in 2023": "Djibo" a
   verb): ``_name_after_to`` makes "to" a preposition and the name its object.
10. An irregular past tense read as an adjective ("Sweden froze development aid to Uganda":
   "froze" tagged JJ): ``_irregular_past`` gives it back its verb tag and lemma and repairs it as
   the first.
11. A subject after a fronted phrase read as more conjuncts of that phrase ("Following talks
   mediated by Qatar and Egypt, Israel and Hamas agreed ...": "Israel" a conjunct of "Egypt"):
   ``_comma_subject`` makes it the subject of the verb that had none.
12. An unknown name after a verb read as an adverb ("shelled Bakhmut overnight": "Bakhmut" RB
   with an entity label): ``_name_as_adverb`` makes it the verb's object.
13. A preposition with a noun object tagged as a subordinating conjunction ("set upon a
   patrol": "upon" SCONJ): ``_preposition`` tags it ADP.
14. "over" or "back" read as a preposition with the next "to" hung on it ("handed the
   villages over to Azerbaijan"): ``_particle`` makes it the verb's particle and the next
   preposition the verb's.
15. A participle describing the subject read as the main verb, with the main verb as its
   conjunct ("Twelve soldiers captured in a clash were set free by the army"):
   ``_reduced_relative`` makes the conjunct the root.
16. An irregular past tense left as its own lemma ("Egypt leapt to the defence of Sudan",
   tagged VBP with lemma "leapt"): the lemma of ``IRREGULAR_PAST`` is put back.
17. A reporter after the comma read as an apposition of the subject before it ("X failed
   to act, a rights group protested"): ``_trailing_reporter`` makes the reporting verb the
   root with the reporter its subject and the clause before it its complement.
18. An apposition read as a second object of the verb ("cut aid to UNRWA, the UN agency for
   Palestinian refugees"): ``_second_object`` hangs it on the noun before the comma.
19. The "to" infinitive of a verb like "undertake" or "offer" read as a purpose clause when a
   time phrase stands between them ("undertook on Wednesday to finance the port"):
   ``_control_complement`` makes it the verb's complement again.
20. An object after a short phrase read as the phrase's second object ("freed on bail two
   former ministers"): ``_object_after_phrase`` makes it the verb's direct object.
21. With a noun at the root and no finite verb, a past tense between two nouns read as an
   adjective ("Egypt's refusal to open the Rafah crossing angered aid groups"):
   ``_verb_after_noun_root`` makes it the main verb.
22. "a" with a plural noun read as a clause's subject ("inked a minerals deal with X":
   "minerals" the subject of the verb "deal"): ``_article_compound`` makes the verb the noun
   of "a", the plural its modifier and the phrase the object of the verb before it.
23. Two coordinated noun phrases read as one, the first a modifier of the second with the
   "and" under it ("Mexico's federal government and Sinaloa state authorities launched ...":
   "government" an nmod of "authorities"): ``_coordinated_modifier`` makes the second phrase
   the first's conjunct.
24. A name and the noun after it read as two objects of the verb ("stalled Sweden's NATO bid":
   "NATO" and "bid" both objects): ``_split_object`` makes the name the noun's modifier.
25. "let the crew go": the freed read as the subject of "go", a clause of "let";
   ``_let_go`` makes them the object of "let" and "go" its particle ("let go" is a release);
   "let go 12 hostages", "let" read as an auxiliary of "go": ``_let_go_aux`` does the same.
26. A participle that describes a measure hung on what the measure is on ("the ban on
   rallies imposed by the police": "imposed" under "rallies"; "the suspension of aid to X,
   ordered by Y"): ``_measure_participle`` hangs it on the measure ("ban", "suspension").
27. A name before a possessor read as a modifier of the possessed noun ("ASEAN foreign
   ministers' call": "ASEAN" under "call"): ``_name_of_possessor`` hangs it on the possessor.
29. A participle describing the object read as the verb of a clause ("extradited a
   businessman wanted for fraud to the US": "businessman wanted" a clause of its own):
   ``_object_participle`` makes the noun the object and the participle its description.
30. The object of a participle inside a phrase read as the main verb's object ("hit back at
   Washington over flights carrying shackled migrants": "migrants" the object of "hit"):
   ``_late_object`` gives it back to the participle.
31. "gave the ambassador 48 hours to leave": the time given read as an adverb and the
   person as the object; ``_time_given`` makes the time the object and the person the
   indirect object.
32. A time clause set between the subject and its verb ("President X, a day after gunmen
   stormed a station, put 22 gangs on notice"): the clause's verb read as the root with two
   subjects and the main verb as a loose dependant; ``_inserted_time_clause`` makes the main
   verb the root with the first subject and the time clause its adverbial.
33. An event noun after an article read as an adverb ("began an indefinite fast": "fast"
   RB): ``_noun_after_article`` makes it a noun, the verb's object.
34. "by X" right after the object of an active verb hung on the verb ("flouted a ruling by
   the court", "vetoed a resolution by Britain"): in the active voice it can only name who
   made the object, so ``_object_author`` hangs it on the object.
35. "with X to ..." read as an absolute clause ("pleaded with security forces to free
   them", "worked hand in hand with Mozambican forces to track down insurgents": "with" a
   subordinator, X the subject of the infinitive): ``_with_party`` makes "with" a preposition
   of the verb before it and X its object; the infinitive stays that verb's adverbial clause.
36. The by-agent of a passive hung on the preposition before it ("a pledge ... was made to
   ECOWAS mediators by the junta": "by" under "to", "mediators" its clausal complement):
   ``_passive_agent`` hangs it on the passive verb as its agent, and makes the noun the
   preposition's object.
37. An irregular past tense read as a noun with the verb's own subject and phrases under it
   ("the ruling PML-N leapt to the defence of X, after ..., a spokesman said": "leapt" a
   noun, the subject of another verb): ``_past_as_noun`` makes it a verb again, a clause of
   the sentence's root.
38. A progressive read as a noun after "is" ("Kenyatta is mediating between X and Y":
   "mediating" a noun, the attribute of "is"): ``_progressive_as_noun`` makes it the verb with
   "is" its auxiliary, when the lexicon knows the verb.
39. A lower-case past tense inside a run of names read as one more name ("Kenya's Law Society
   petitioned President William Ruto to sack ...": "petitioned" a PROPN, the names before
   and after it one subject of "sack"): ``_past_in_names`` makes it the verb, the names
   before it its subject, those after its object and the infinitive its complement.
40. "by" labelled a passive agent under an active verb ("China has stood by Myanmar's
   junta"): ``_active_agent`` labels it a plain preposition.
41. A noun modifier after "to" read as an infinitive ("shipped tents to quake survivors":
   "quake" a verb with the object "survivors"): when the verb before already has its object
   and the lexicon does not know the word as a verb, ``_modifier_after_to`` makes "to" a
   preposition, the noun its object and the word the noun's modifier.
42. "set free X" with "free" read as an adjective of X: ``_set_free`` hangs it on "set" as
   its complement, so the verb reads "set free".
43. A trailing reporter read as an apposition of the clause's last noun, that noun read as
   the reporting verb's subject ("asylum was granted to X, Mexico's foreign ministry said":
   "X" the subject of "said", "ministry" its apposition, "to" left without an object):
   ``_reporter_in_apposition`` makes the apposition the subject and gives the noun back to the
   preposition.
44. A participle describing the person after it read as a clause with that person as its
   object ("indicted impeached President Yoon": "impeached" an adverbial clause of
   "indicted"): ``_participle_before_name`` makes the person the verb's object and the
   participle the person's description.
46. A fronted participle read as the root, the main verb as an adjective of its object
   ("Seeking to ease tensions, Sisi telephoned Abiy"): ``_fronted_participle_root`` makes the
   main verb the root and the participle its adverbial clause.
47. A fronted participle's object read as a second subject, the participle its adjective
   ("Waving flags, thousands marched"): ``_fronted_participle_subject`` makes the participle
   an adverbial clause of the verb, with the noun its object.
48. A past-tense verb conjoined to the preposition before it ("opened its borders to
   refugees and granted them protection": "granted" under "to"): hung on the first verb.
49. A cleft ("It was Canada that expelled six diplomats"): ``_cleft`` makes the clause's
   verb the root and the focused noun its subject (or object).
50. An existential ("There were protests by students against X"): ``_existential`` hangs
   the phrases of "be" on its noun.
51. A reported clause before its reporter with the clause's verb read as a relative clause
   of its own subject ("X called on Paris to ..., a spokesman said", "..., the Office of the
   Peace Adviser said"): ``_clause_before_reporter`` makes it the reporting verb's complement.
59. The second of two coordinated verbs read as an adjective of the object ("pardoned and
   freed opposition figure X"): ``_second_verb_as_modifier`` makes it the first verb's
   conjunct with the object its own.
58. The phrases two conjoined nouns share hung on the second ("The banning and dissolution
   of the foundation by a court"): ``_shared_noun_phrases`` hangs them on the first.
57. An object relative clause read with its noun as the root ("The curfew which the
   authorities imposed on Dhaka lasted a week": "imposed" an adjective of "authorities",
   "lasted" a clause of "curfew"): ``_object_relative`` makes the main verb the root and the
   clause the noun's relative clause.
56. A noun after a shared "'s" read as a conjunct of the first name ("Iran and Iraq's
   signing of a pact": "signing" conjoined to "Iran"): ``_shared_possessor`` makes the noun
   the head and the two names its possessor.
55. "fighting" in "Bradley fighting vehicles" read as a verb with the vehicles its object:
   ``_fighting_vehicles`` makes it the vehicles' adjective.
54. Two conjoined possessive phrases read as one possessor ("Brazil's Federal Police and
   Paraguay's agency SENAD": "Police" a possessor of "SENAD" with no "'s" of its own):
   ``_possessor_without_case`` makes the first phrase the head and the second its conjunct.
53. A reported clause's object read as the subject of the trailing reporting verb ("X
   accused President Ruto's government of ..., party leader Otieno told reporters"):
   ``_object_as_reporter_subject`` gives the object back to the clause and makes the reporter
   after the comma the subject.
52. A participle clause after a comma read as an adjective of a noun conjoined to the phrase
   before ("sent troops to Portland, overriding objections from the mayor"):
   ``_trailing_participle`` makes it an adverbial clause of the verb.
45. In a passive of giving whose subject is the receiver, the "by" + name hung on a noun of
   what was given ("Kyiv was promised 500 million euros in support [by Germany]"):
   ``_given_by`` makes it the verb's agent.
61. "crossing" after a name with "the" read as a verb, the name the object ("reopened the
   Kerem Shalom crossing to Gaza"): ``_named_crossing`` makes the crossing the object and the
   name its modifier.
60. A finite verb with its own subject read as a modifier of the noun after it, which became
   the root ("Islamic State claims attack on army post"): ``_verb_as_compound`` makes the verb
   the root and the noun its object.
28. A headline in the present tense ("Hungary vetoes EU aid package", "Thousands rally in
   Bratislava", "Iran test-fires new missile", "Protesters storm parliament"): the -s or plain
   verb read as a noun, or its subject as a modifier, or its object as an apposition.
   ``_headline`` rebuilds the clause "noun phrase, verb, noun phrase, phrases" when the
   sentence has no verb with a subject and the word is a verb the lexicon knows.

The first, in detail:

"Congo's army massed troops around Goma", "South Korea scrambled fighter jets as bombers
approached": the model sometimes reads a past-tense verb between two noun phrases as an
adjective of the second ("massed troops", "scrambled jets"), so the sentence loses its verb,
the subject becomes a modifier and the object the head of the clause. The coder then finds no
event at all. ``repair_misread_verbs`` puts the verb back at the head of its clause when the
shape leaves no other reading:

- the verb is tagged past tense (VBD), or past participle (VBN) when the sentence has no
  finite verb at all;
- it stands right after a noun phrase that starts its clause (the sentence start, a comma,
  "that", "as" ...), with no determiner between the two phrases ("the scrambled jets" stays);
- the noun it hangs on is the root of the sentence, or the subject of a verb introduced by a
  subordinator ("as bombers entered": that clause becomes the verb's adverbial clause).

The repair only changes heads and labels inside one sentence; tokens, tags, entities and
sentence boundaries stay as the model made them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# words that may open a clause right before its subject
CLAUSE_OPENERS = frozenset("""that as after when while because since although though before
    but and , ; : —""".split())
NOMINAL = frozenset({"NOUN", "PROPN"})


def _subject_phrase(verb: Token) -> list[Token] | None:
    """The tokens of the noun phrase right before ``verb``, if it opens a clause."""
    head = verb.head
    start = head.left_edge.i
    doc = verb.doc
    first = verb.i  # "test-fired": the verb's word begins at its hyphened prefix
    if first >= 2 and doc[first - 1].text == "-" and doc[first - 2].head.i == verb.i and (
            doc[first - 1].head.i == verb.i):
        first -= 2
    if first == 0 or doc[first - 1].pos_ not in NOMINAL:
        return None
    left = [doc[i] for i in range(start, first)]
    if not left or left[0].i != start:
        return None
    sent_start = verb.sent.start
    if start > sent_start and doc[start - 1].lower_ not in CLAUSE_OPENERS:
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PUNCT") and t.tag_ != "POS"
           and t.lower_ not in ("-", "'s") for t in left):
        return None  # not one plain noun phrase
    if any(t.dep_ == "det" and t.head.i == head.i and not any(
            x.pos_ in NOMINAL for x in doc[t.i + 1:first]) for t in left):
        return None  # "the scrambled jets": an adjective after all (but "The EU froze
        # accession talks": a noun between the article and the verb)
    return left


def _subject_kept(verb: Token) -> bool:
    """ "Vietnam's prime minister hosted Cambodian leader Hun Manet": the verb read as an
    adjective inside the object phrase, the object phrase as the root, but the verb kept its
    subject; the verb becomes the root and the phrase its object."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    root = _root_of(verb)
    head = verb.head
    clause = head.head
    if verb.tag_ in ("VBD", "VBN") and head.i > verb.i and head.pos_ in NOMINAL and (
            head.dep_ == "nsubj" and clause.pos_ in ("VERB", "AUX") and clause.i > head.i
            and any(c.dep_ == "mark" and c.lower_ in CLAUSE_OPENERS for c in clause.children)
            and any(c.dep_ == "nsubj" and c.i > head.i for c in clause.children)):
        # "Seoul scrambled fighter jets after Russian bombers entered its airspace": the verb
        # with its subject read as an adjective of the time clause's extra subject; it
        # becomes the main verb, the noun its object and the time clause its adverbial
        if clause.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = clause.head, clause.dep_
        clause.head, clause.dep_ = verb, "advcl"
        head.head, head.dep_ = verb, "dobj"
        for t in [c for c in clause.children if c.dep_ == "punct" and c.i > clause.i]:
            t.head = verb
        verb.tag_ = "VBD"
        return True
    if subj is None or verb.tag_ != "VBD" or root.pos_ not in NOMINAL or root.i < verb.i:
        return False
    up = verb.head
    for _ in range(4):  # the verb hangs inside the root's phrase
        if up.i == root.i:
            break
        if up.dep_ not in ("compound", "amod", "nmod") or up.i < verb.i:
            return False
        up = up.head
    if up.i != root.i:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for t in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
        t.head = verb
    root.head, root.dep_ = verb, "dobj"
    return True


def _root_of(tok: Token) -> Token:
    """The root of the token's sentence, by its heads (cheaper than ``Token.sent``)."""
    for _ in range(200):
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _subordinate(tok: Token) -> bool:
    """An auxiliary, or a verb inside a relative or adverbial clause or a prepositional
    complement ("the rebels who had seized the town"): no finite verb of the main clause."""
    if tok.dep_ in ("aux", "auxpass"):
        return True
    t = tok
    for _ in range(8):
        if t.dep_ in ("relcl", "advcl", "pcomp", "acl"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _repair(verb: Token) -> bool:
    if verb.dep_ != "amod" or verb.pos_ != "VERB":
        return False
    if _subject_kept(verb):
        return True
    head = verb.head
    if head.i <= verb.i or head.pos_ not in NOMINAL:
        return False
    purpose = False  # (a VBN before a purpose infinitive: tagged so when the root follows)
    if head.dep_ == "ROOT" or head.dep_ in ("ccomp", "advcl", "parataxis") and (
            head.head.pos_ == "VERB" and head.head.i > head.i
            and head.left_edge.i == _root_of(verb).left_edge.i):
        clause = None  # (also a reported clause before ", the agency said")
    elif head.dep_ == "nsubj" and head.head.i > head.i and head.head.pos_ in ("VERB", "AUX") and (
            any(c.dep_ == "mark" or c.dep_ == "nsubj" and c.i > head.i
                for c in head.head.children)):
        clause = head.head  # "scrambled jets as bombers entered": the parser's root
    elif head.dep_ == "nsubj" and head.head.i == head.i + 2 and head.head.tag_ == "VB" and (
            head.head.dep_ == "ROOT") and any(c.dep_ == "aux" and c.lower_ == "to"
                                              and c.i == head.i + 1
                                              for c in head.head.children):
        clause = head.head  # "scrambled fighter jets to intercept the bombers": a purpose
        purpose = True
    else:
        return False
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and (clause is None or purpose) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _subordinate(t) for t in verb.sent)):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    left = _subject_phrase(verb)
    if left is None:
        return False
    subj = left[-1]
    inside = {t.i for t in left}
    # the phrase's own modifiers hang on its last noun ("Congo's army": Congo on army)
    outer = [t for t in left if t.i != subj.i and t.head.i not in inside]
    top = clause if clause is not None else head
    if top.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = top.head, top.dep_
    if clause is not None:
        clause.head, clause.dep_ = verb, "advcl"
        for t in [c for c in head.children if c.i > head.i and c.lower_ in CLAUSE_OPENERS
                  and c.pos_ in ("ADP", "SCONJ")]:
            t.head, t.dep_ = clause, "mark"  # "as" hung on the noun: the clause's
    for t in [c for c in top.children if c.dep_ == "punct" and c.i > verb.i]:
        t.head = verb
    head.head, head.dep_ = verb, "dobj"
    subj.head, subj.dep_ = verb, "nsubj"
    for t in outer:
        t.head = subj
    return True


# participles that, before a plural noun of people, describe them rather than take them as
# object: "gave in to striking unions", "dispersed protesting farmers", "warring factions"
DESCRIBING_PARTICIPLES = frozenset("""striking protesting demonstrating rioting warring fleeing
    marching rebelling mutinying picketing""".split())
PEOPLE_NOUNS = frozenset("""workers unions union doctors nurses teachers miners employees staff
    drivers students farmers residents villagers people crowds protesters demonstrators
    pilots dockers truckers lecturers soldiers troops factions parties sides groups civilians
    refugees families crowd""".split())
# where the participle phrase stood, the noun phrase now stands
_NOUN_DEP = {"pcomp": "pobj", "xcomp": "dobj", "advcl": "dobj", "ccomp": "dobj"}


def _describing(part: Token) -> bool:
    """ "striking [unions]" parsed as a gerund with its object: make it the noun's adjective."""
    if part.lower_ not in DESCRIBING_PARTICIPLES or part.tag_ != "VBG":
        return False
    if part.dep_ not in _NOUN_DEP or any(c.dep_ in ("aux", "nsubj", "neg") for c in part.children):
        return False
    obj = next((c for c in part.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != part.i + 1 or obj.lower_ not in PEOPLE_NOUNS:
        # ("striking trainee doctors", "protesting French farmers": the object's own
        # modifiers may come between)
        return False
    rest = [c for c in part.children if c.i != obj.i]  # "in Punjab": the clause's
    obj.head, obj.dep_ = part.head, _NOUN_DEP[part.dep_]
    for c in rest:
        c.head = obj.head
    part.head, part.dep_ = obj, "amod"
    return True


def _finite_conjunct(verb: Token) -> bool:
    """ "accused Caracas of sheltering rebels and broke off relations": a past-tense verb
    joined to a gerund inside a preposition is the main verb's conjunct (the tenses differ)."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or gerund.tag_ != "VBG" or (
            gerund.dep_ != "pcomp"):
        return False
    main = gerund.head.head
    if main.pos_ != "VERB" or main.tag_ not in ("VBD", "VBZ", "VBP") or main.i >= gerund.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    cc = [c for c in gerund.children if c.dep_ == "cc" and gerund.i < c.i < verb.i]
    verb.head = main
    for c in cc:
        c.head = main
    return True


def _finite_acl(verb: Token) -> bool:
    """ "Parents of the missing children protested outside the office": with no verb at the
    root, a past-tense verb read as a reduced relative clause of a noun is the main verb, and
    the root noun phrase its subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or root.pos_ not in NOMINAL or root.i >= verb.i:
        return False
    finite = [t for t in verb.sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i]
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and not finite):
        return False  # ("the men arrested on Monday": a participle, when a verb is elsewhere)
    if any(t.dep_ in ("ROOT", "ccomp") for t in finite):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for t in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
        t.head = verb
    root.head, root.dep_ = verb, "nsubj"
    return True


def _after_worth(worth: Token) -> bool:
    """ "exported garments worth $3 billion to Germany": "to Germany" hangs on "worth"; it
    belongs to the verb (or, in a subject, to the noun: "aid worth $300 million from X")."""
    noun = worth.head
    if worth.dep_ != "amod" or noun.pos_ not in NOMINAL:
        return False
    preps = [c for c in worth.children if c.dep_ == "prep" and c.lower_ != "of"]
    if not preps:
        return False
    owner = noun.head if noun.dep_ == "dobj" else noun
    for p in preps:
        p.head = owner
    return True


def _noun_with_object(noun: Token) -> bool:
    """ "The EU cut funding to the Palestinian Authority": a noun at the root with a direct
    object is a verb, and the compound before it its subject."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    if not any(c.dep_ == "dobj" and c.i > noun.i for c in noun.children):
        return False
    left = [c for c in noun.children if c.i < noun.i]
    subj = next((c for c in reversed(left) if c.dep_ == "compound"), None)
    if subj is None or subj.pos_ not in NOMINAL or subj.i != noun.i - 1:
        return False
    for c in left:
        if c.i != subj.i and c.dep_ in ("det", "compound", "amod", "poss"):
            c.head = subj
    subj.dep_ = "nsubj"
    noun.pos_, noun.tag_ = "VERB", "VBD"
    return True


def _named_crossing(tok: Token) -> bool:
    """ "reopened the Kerem Shalom crossing to Gaza": "crossing" after a name that has "the"
    read as a verb and the name as the object; the crossing is the object, the name its
    modifier."""
    doc = tok.doc
    name = doc[tok.i - 1] if tok.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.head.i != tok.head.i or (
            name.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass")) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in name.children):
        return False
    det = next(c for c in name.children if c.dep_ == "det")
    tok.head, tok.dep_ = name.head, name.dep_
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", "crossing"
    name.head, name.dep_ = tok, "compound"
    det.head = tok
    return True


def _verb_as_compound(verb: Token) -> bool:
    """ "Islamic State claims attack on army post": a finite verb with its own subject read as
    a modifier of the noun after it, which became the root; the verb becomes the root again
    and the noun its object."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i != verb.i + 1 or not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    noun.head, noun.dep_ = verb, "dobj"
    return True


DITRANSITIVE_VERBS = frozenset("promise give offer send grant tell show hand".split())


def _acronym_modifier(tok: Token) -> bool:
    """ "consulted ECOWAS leaders on the crisis": an all-capital name read as a verb whose
    object is the noun it names ("ECOWAS" an xcomp with the object "leaders")."""
    doc = tok.doc
    if tok.dep_ == "ROOT" or tok.pos_ != "VERB" or tok.i + 1 >= len(doc):
        return False
    head = tok.head
    if tok.dep_ in ("xcomp", "ccomp") and head.i == tok.i - 1 and (
            head.lemma_.lower() in DITRANSITIVE_VERBS):
        # "the junta promised ECOWAS a three-year transition": the name is whom it was
        # promised to, its "object" the thing promised
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None:
            for c in list(tok.children):
                c.head = head
            tok.head, tok.dep_ = head, "dative"
            tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
            return True
    noun = doc[tok.i + 1]
    if noun.head.i != tok.i or noun.dep_ != "dobj" or noun.pos_ not in NOMINAL:
        return False
    head = tok.head
    noun.head, noun.dep_ = head, ("dobj" if tok.dep_ in ("xcomp", "ccomp", "dobj") else tok.dep_)
    for c in [c for c in tok.children if c.i != noun.i]:
        c.head = head if c.i > noun.i else noun
    tok.head, tok.dep_ = noun, "compound"
    tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
    return True


def _acronym_verb(tok: Token) -> bool:
    """ "ECOWAS imposed sanctions on the junta": an all-capital name at the root read as a
    verb, with the real verb read as an adjective of its object."""
    # ("ECOWAS imposed sanctions on Mali, ..., after the junta reneged on a pledge": the name
    # read as the verb of a clause under the subordinate clause's verb)
    under = tok.dep_ == "advcl" and tok.i == tok.sent.start and tok.head.dep_ == "ROOT" and any(
        c.dep_ == "mark" and c.i > tok.i for c in tok.head.children)
    if tok.dep_ != "ROOT" and not under:
        return False
    acronym = tok.pos_ == "VERB" and len(tok.text) >= 2 and tok.text.isupper() and (
        tok.text.isalpha())
    if under and not acronym:
        return False
    if not acronym and tok.pos_ not in NOMINAL:
        return False
    if acronym:
        tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return acronym
    verb = doc[tok.i + 1]
    obj = verb.head
    # ("On Monday, ECOWAS imposed sanctions": a name at the root, the same misreading)
    if verb.dep_ != "amod" or verb.tag_ not in (("VBD", "VBN") if acronym else ("VBD",)) or (
            obj.head.i != tok.i or obj.pos_ not in NOMINAL or obj.i <= verb.i):
        return acronym
    if not acronym and (tok.pos_ != "PROPN" or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i for t in tok.sent)):
        return False
    if under:
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i and t.i < tok.head.i
               and t.dep_ not in ("conj",) for t in tok.sent if t.head.i == tok.i):
            return acronym
        old_root = tok.head
        verb.head, verb.dep_ = verb, "ROOT"
        old_root.head, old_root.dep_ = verb, "advcl"
        for t in [t for t in old_root.children if t.dep_ == "punct" and t.i > old_root.i]:
            t.head = verb
    else:
        verb.head, verb.dep_ = verb, "ROOT"
    for c in [c for c in tok.children if c.i > tok.i or c.dep_ not in (
            "compound", "det", "amod", "poss", "nmod", "case")]:
        c.head = verb  # the clause's own phrases ("On Monday,") go to the verb too
    obj.head, obj.dep_ = verb, "dobj"
    tok.head, tok.dep_ = verb, "nsubj"
    return True


def _name_after_to(tok: Token) -> bool:
    """ "airlifted food to Djibo in 2023": a capitalised word inside the sentence after "to",
    tagged as a verb, is a name the preposition "to" governs."""
    doc = tok.doc
    if tok.pos_ != "VERB" or not tok.is_title or tok.i == tok.sent.start or tok.i < 1:
        return False
    to = doc[tok.i - 1]
    if to.lower_ != "to" or to.head.i != tok.i or to.dep_ != "aux" or tok.dep_ not in (
            "advcl", "xcomp", "ccomp", "relcl", "acl"):
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") for c in tok.children):
        return False  # a real verb with its own arguments
    head = tok.head
    for c in [c for c in tok.children if c.i != to.i]:
        c.head = head
    to.head, to.dep_, to.pos_, to.tag_ = head, "prep", "ADP", "IN"
    tok.head, tok.dep_ = to, "pobj"
    tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
    return True


IDENTIFYING_VERBS = frozenset("believe think suspect say report know understand".split())


def _believed_to_be(verb: Token) -> bool:
    """ "Gunmen believed to be Fulani herders killed 30 villagers": "believed" at the root,
    the real verb a clause of it whose subject is the second noun."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in IDENTIFYING_VERBS or (
            verb.tag_ not in ("VBD", "VBN")):
        return False
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    be = next((c for c in kids if c.dep_ == "xcomp" and c.lemma_ == "be" and c.i > verb.i
               and any(a.lower_ == "to" for a in c.children)), None)
    main = next((c for c in kids if c.dep_ == "ccomp" and c.tag_ == "VBD"
                 and be is not None and c.i > be.i), None)
    if subj is None or main is None or any(c.dep_ == "auxpass" for c in kids):
        return False
    ident = next((c for c in main.children if c.dep_ == "nsubj" and be.i < c.i < main.i), None)
    if ident is None and not (
            any(c.dep_ == "attr" and c.pos_ in NOMINAL for c in be.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)):
        # ("Gunmen suspected to be members of the group killed ...": the second noun
        # already hangs on "be", the clause has no subject of its own)
        return False
    if ident is not None and ident.pos_ not in NOMINAL:
        return False
    main.head, main.dep_ = main, "ROOT"
    for c in [c for c in kids if c.dep_ == "punct" and c.i > main.i]:
        c.head = main
    verb.head, verb.dep_ = subj, "acl"
    if ident is not None:
        ident.head, ident.dep_ = be, "attr"
    subj.head, subj.dep_ = main, "nsubj"
    return True


def _comma_subject(root: Token) -> bool:
    """ "Following talks mediated by Qatar and Egypt, Israel and Hamas agreed to a truce": the
    subject after the comma read as more conjuncts of the fronted phrase, leaving the verb
    without a subject; it becomes the verb's subject again."""
    if root.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    doc = root.doc
    # "After talks in Geneva, Russia and Ukraine agreed": "After" read as the root's
    # subordinator and "talks" as its subject
    start = root.left_edge.i  # (a root's subtree is its sentence; Token.sent is slow)
    # ("Hours after gang attacks on X, the council accepted ...": a time phrase first)
    mark = next((c for c in root.children if c.dep_ in ("mark", "prep")
                 and c.lower_ in FRONTED_PREPS
                 and (c.i == start or c.i <= start + 3 and all(
                     doc[i].ent_type_ in TIME_ENTS for i in range(start, c.i)))), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    comma = next((doc[i] for i in range(root.i - 1, start, -1)
                  if doc[i].text == ","), None)
    if comma is None or comma.i < start + 2:
        return False
    if mark is not None and len(subjects) == 2 and subjects[0].pos_ in NOMINAL and (
            mark.i < subjects[0].i < comma.i < subjects[1].i) and (
            subjects[0].right_edge.i < comma.i + 1):
        # two subjects: the fronted phrase's noun and the real one after the comma
        mark.dep_, mark.pos_ = "prep", "ADP"
        subjects[0].head, subjects[0].dep_ = mark, "pobj"
        for i in range(start, mark.i):
            if doc[i].head.i == root.i:
                doc[i].head, doc[i].dep_ = mark, "npadvmod"
        return True
    if subjects and not (mark is not None and len(subjects) == 1
                         and subjects[0].pos_ in NOMINAL and subjects[0].i > mark.i):
        return False
    between = [doc[i] for i in range(comma.i + 1, root.i)]
    if not between or any(t.pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "CCONJ", "PART")
                          and t.tag_ not in ("HYPH", "POS") and t.lower_ != "of"
                          for t in between):  # ("the Democratic Republic of Congo")
        return False
    heads = [t for t in between if t.head.i < comma.i or t.head.i > root.i]
    if not subjects and len(heads) == 1 and heads[0].dep_ == "pobj" and (
            heads[0].pos_ in NOMINAL):
        # "A day after X walked out of talks in Luanda, M23 rebels launched ...": the subject
        # read as the preposition's object, with the name before the comma its modifier
        prev = doc[comma.i - 1]
        if prev.head.i == heads[0].i and prev.dep_ in ("nmod", "compound", "appos") and (
                prev.pos_ == "PROPN"):
            prev.head, prev.dep_ = heads[0].head, "pobj"
            for c in list(heads[0].children):
                if c.i < comma.i:
                    c.head = prev
            subj = heads[0]
            subj.head, subj.dep_ = root, "nsubj"
            comma.head = root
            return True
        return False
    # (or an apposition: "After talks mediated by Qatar, the DRC and M23 signed ...")
    if len(heads) != 1 or heads[0].dep_ not in ("conj", "appos") or (
            heads[0].pos_ not in NOMINAL) or heads[0].dep_ == "appos" and mark is None:
        return False
    if subjects and heads[0].head.i > subjects[0].right_edge.i:
        return False  # the conjuncts must hang inside the misread phrase
    if subjects:
        fronted = subjects[0]
        mark.dep_ = "prep"
        fronted.head, fronted.dep_ = mark, "pobj"
    subj = heads[0]
    subj.head, subj.dep_ = root, "nsubj"
    comma.head = root
    return True


def _name_as_adverb(tok: Token) -> bool:
    """ "Russian forces shelled Bakhmut overnight": an unknown name right after a verb with no
    object, tagged as an adverb (but with an entity label), is the verb's object."""
    verb = tok.head
    if tok.tag_ != "RB" or not tok.is_title or not tok.ent_type_ or tok.is_sent_start:
        return False
    if verb.pos_ != "VERB" or verb.i != tok.i - 1 or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    tok.tag_, tok.pos_, tok.dep_, tok.lemma_ = "NNP", "PROPN", "dobj", tok.text
    return True


# prepositions that open a fronted phrase ("After talks in Geneva, ...")
FRONTED_PREPS = frozenset("after before following despite amid during since".split())
TIME_ENTS = frozenset({"DATE", "TIME"})


# irregular past tenses the model may tag as adjectives ("Sweden froze development aid to X":
# "froze" an adjective of "aid"), with their lemmas
IRREGULAR_PAST = {
    "froze": "freeze", "broke": "break", "struck": "strike", "stole": "steal",
    "shook": "shake", "swore": "swear", "tore": "tear", "drove": "drive", "seized": "seize",
    "fought": "fight", "sought": "seek", "brought": "bring", "bought": "buy", "sold": "sell",
    "slashed": "slash", "sank": "sink", "shot": "shoot", "threw": "throw", "withheld": "withhold",
    "forbade": "forbid", "overthrew": "overthrow", "undertook": "undertake", "upheld": "uphold",
    "leapt": "leap", "sprang": "spring", "forsook": "forsake", "greenlit": "greenlight",
}


def _irregular_past(tok: Token) -> bool:
    """ "Sweden froze development aid to Uganda": the past tense read as an adjective of the
    object; as repair 1, with the verb's tag and lemma put back (undone when the shape does not
    fit)."""
    tag, pos, lemma, dep = tok.tag_, tok.pos_, tok.lemma_, tok.dep_
    tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", IRREGULAR_PAST[tok.lower_]
    tok.dep_ = "amod"  # ("The EU froze accession talks": read as a compound)
    if _repair(tok):
        return True
    tok.tag_, tok.pos_, tok.lemma_, tok.dep_ = tag, pos, lemma, dep
    return False


def _adjective_past(tok: Token) -> bool:
    """ "The EU relaxed sanctions on Syria": a regular past tense the lexicon knows, read as an
    adjective of the object at the root; as repair 1 (undone when the shape does not fit)."""
    tag, pos, lemma, dep = tok.tag_, tok.pos_, tok.lemma_, tok.dep_
    tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", _past_lemma(tok.lower_)
    if _repair(tok):
        return True
    tok.tag_, tok.pos_, tok.lemma_, tok.dep_ = tag, pos, lemma, dep
    return False


ACRONYM_AUX_DEPS = frozenset(
    {"aux", "auxpass", "ROOT", "dobj", "pobj", "conj", "appos", "nsubj", "nsubjpass", "ccomp",
     "xcomp"})


def _acronym_auxiliary(tok: Token) -> bool:
    """ "IS militants fired shells at X": the acronym read as the auxiliary "is" of the verb
    (making it a passive with no agent); it names the noun after it."""
    doc = tok.doc
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.head.children) and tok.head.i == tok.i - 1:
        tok.dep_ = "dobj"  # "attacked IS in Raqqa": the acronym read as a clause "is ..."
    if tok.dep_ in ("dobj", "pobj", "conj", "appos", "nsubj", "nsubjpass"):
        tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text  # "drove IS out of Mosul"
        return True
    if tok.dep_ == "ROOT":
        # "Syrian forces expelled IS from Palmyra": the verb read as a clause on its subject
        # ("forces expelled"), the acronym as the root "is"; the acronym is the verb's object
        verb = doc[tok.i - 1] if tok.i > 0 else tok
        subj = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or subj.i >= verb.i or (
                subj.pos_ not in NOMINAL):
            return False
        for c in [c for c in tok.children]:
            c.head = verb
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        subj.head, subj.dep_ = verb, "nsubj"
        tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = verb, "dobj", "PROPN", "NNP", tok.text
        return True
    if tok.i + 1 >= len(doc):
        return False
    noun = doc[tok.i + 1]
    verb = tok.head
    if noun.i == verb.i and verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        # "IS fired a rocket at the base": the acronym alone read as the auxiliary of a
        # passive with no subject; it is the subject of the active verb
        tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "nsubj", "PROPN", "NNP", tok.text
        verb.tag_ = "VBD"
        return True
    if noun.pos_ not in NOMINAL or noun.head.i != tok.head.i or not noun.dep_.startswith(
            "nsubj"):
        return False
    tok.head, tok.dep_ = noun, "compound"
    tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
    if noun.dep_ == "nsubjpass":
        noun.dep_ = "nsubj"
    return True


def _shot_dead(shot: Token) -> bool:
    """ "Men on a motorcycle shot dead a police officer": "shot" read as the noun the
    preposition governs ("a motorcycle shot"), "dead" as the root with the subject and the
    object; "shot" is the verb again, "dead" its complement, the noun before it the
    preposition's object."""
    doc = shot.doc
    if shot.dep_ != "pobj" or shot.i + 1 >= len(doc) or shot.i == 0:
        return False
    dead = doc[shot.i + 1]
    if dead.lower_ != "dead" or dead.head.i != dead.i and dead.dep_ not in ("ccomp", "conj"):
        return False
    before = doc[shot.i - 1]
    if before.head.i != shot.i or before.pos_ not in NOMINAL:
        return False
    prep = shot.head
    for c in [c for c in shot.children if c.i < before.i]:
        c.head = before
    before.head, before.dep_ = prep, "pobj"
    if dead.head.i == dead.i:
        shot.head, shot.dep_ = shot, "ROOT"
    else:
        shot.head, shot.dep_ = dead.head, dead.dep_
    for c in [c for c in dead.children]:
        c.head = shot
    dead.head, dead.dep_ = shot, "oprd"
    shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBD", "shoot"
    return True


HANDING_VERBS = frozenset("""hand give send pass submit deliver present transfer forward
    provide supply return""".split())


def _recipient_on_topic(to: Token) -> bool:
    """ "handed its evidence on the fraud to the police": the recipient read as part of the
    topic ("the fraud to the police"); it is the verb's, as in "handed its evidence to the
    police"."""
    topic = to.head
    about = topic.head
    if topic.dep_ != "pobj" or about.dep_ != "prep" or about.lower_ not in (
            "on", "about", "over", "into", "of", "regarding", "concerning"):
        return False
    obj = about.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HANDING_VERBS or (
            any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)):
        return False
    to.head = verb
    return True


def _shifted_object(to: Token) -> bool:
    """ "Germany returned to Nigeria 21 bronze sculptures": the name after "to" read as a
    modifier of the counted object that follows it; the name is what "to" governs and the
    counted phrase the verb's object."""
    verb = to.head
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if verb.pos_ != "VERB" or obj is None or obj.pos_ != "NOUN" or any(
            c.dep_ == "dobj" for c in verb.children):
        return False
    name = next((c for c in obj.children if c.dep_ in ("nmod", "compound")
                 and c.pos_ == "PROPN" and c.left_edge.i == to.i + 1), None)
    count = next((c for c in obj.children if c.dep_ == "nummod"), None)
    if name is None or count is None or count.i != name.i + 1:
        return False
    name.head, name.dep_ = to, "pobj"
    obj.head, obj.dep_ = verb, "dobj"
    return True


@Language.component("repair_misread_verbs")
def repair_misread_verbs(doc: Doc) -> Doc:
    for tok in doc:
        if tok.pos_ == "AUX" and tok.dep_ in ACRONYM_AUX_DEPS and len(tok.text) >= 2 and (
                tok.text.isupper() and tok.text.isalpha()):
            _acronym_auxiliary(tok)  # (repair: "IS militants", read as "is")
        if tok.dep_ == "ROOT" and (tok.pos_ == "VERB" and tok.text.isupper()
                                   or tok.pos_ in NOMINAL) or (
                tok.dep_ == "advcl" and tok.pos_ == "VERB" and tok.text.isupper()
                and tok.i == tok.sent.start):
            _acronym_verb(tok)
        elif tok.pos_ == "VERB" and len(tok.text) >= 2 and tok.text.isupper() and (
                tok.text.isalpha()):
            _acronym_modifier(tok)
        elif tok.pos_ == "VERB" and tok.is_title and tok.i > tok.sent.start:
            _name_after_to(tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() == tok.lower_ and (
                tok.lower_ in IRREGULAR_PAST):
            tok.lemma_ = IRREGULAR_PAST[tok.lower_]  # repair 16: "Egypt leapt (VBP, "leapt")"
        if tok.dep_ == "ROOT" and tok.lemma_ in IDENTIFYING_VERBS:
            _believed_to_be(tok)
        if tok.pos_ == "NOUN" and tok.lower_ in IRREGULAR_PAST:
            _past_as_noun(tok)
        elif tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.lower_.endswith("ing"):
            _progressive_as_noun(tok)
        elif tok.pos_ == "PROPN" and tok.text.islower() and tok.lower_.endswith("ed"):
            _past_in_names(tok)
        elif tok.pos_ == "PROPN" and tok.text == "march":
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", "march"  # "Sunday's march": no month
        if tok.dep_ in ("amod", "compound") and tok.tag_ == "JJ" and (
                tok.lower_ in IRREGULAR_PAST):
            _irregular_past(tok)
        elif tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.lower_.endswith("ed") and (
                tok.head.dep_ == "ROOT") and _past_lemma(tok.lower_):
            _adjective_past(tok)
        elif tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN"):
            _repair(tok)
        elif tok.tag_ == "VBG" and tok.lower_ in DESCRIBING_PARTICIPLES:
            _describing(tok)
        elif tok.dep_ == "conj" and tok.tag_ == "VBD":
            _finite_conjunct(tok)
        elif tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN"):
            _finite_acl(tok)
        elif tok.lower_ == "worth":
            _after_worth(tok)
        elif tok.dep_ == "ROOT" and tok.pos_ == "NOUN":
            _noun_with_object(tok)
        elif tok.dep_ == "compound" and tok.tag_ in ("VBZ", "VBD", "VBP"):
            _verb_as_compound(tok)
        elif tok.lower_ == "crossing" and tok.tag_ == "VBG":
            _named_crossing(tok)
        elif tok.lower_ == "shot" and tok.dep_ == "pobj":
            _shot_dead(tok)
        if tok.dep_ == "ROOT" and tok.pos_ == "VERB":
            _comma_subject(tok) or _inserted_time_clause(tok)
        elif tok.dep_ == "advmod" and tok.tag_ == "RB" and tok.is_title:
            _name_as_adverb(tok)
        if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("ROOT", "ccomp"):
            _reduced_relative(tok)
        if tok.dep_ == "acl" and tok.lemma_.lower() in TRAILING_REPORTERS:
            _trailing_reporter(tok)
        elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in TRAILING_REPORTERS and (
                tok.head.dep_ == "ROOT"):
            _reporter_in_apposition(tok)
        if tok.dep_ == "dobj" and tok.pos_ in NOMINAL:
            _second_object(tok)
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in CONTROL_VERBS:
            _control_complement(tok)
        if tok.dep_ == "prep" and tok.head.pos_ == "VERB":
            _object_after_phrase(tok)
        if tok.dep_ == "amod" and tok.tag_ == "VBD":
            _verb_after_noun_root(tok)
        if tok.dep_ == "nsubj" and tok.tag_ == "NNS":
            _article_compound(tok)
        if tok.dep_ == "nmod" and tok.pos_ in NOMINAL:
            _coordinated_modifier(tok)
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
            _split_object(tok)
        if tok.dep_ == "dobj" and tok.pos_ in NOMINAL:
            _late_object(tok)
        if tok.dep_ in ("npadvmod", "appos") and tok.lemma_ in GIVEN_TIMES and (
                tok.head.lemma_ in GIVING_TIME or tok.dep_ == "appos"
                and tok.head.head.lemma_ in GIVING_TIME):
            _time_given(tok)
        if tok.lemma_ == "go" and tok.dep_ == "ccomp" and tok.head.lemma_ == "let":
            _let_go(tok)
        elif tok.lemma_ == "go" and tok.i > 0 and tok.doc[tok.i - 1].lemma_ == "let" and (
                tok.doc[tok.i - 1].dep_ == "aux" and tok.doc[tok.i - 1].head.i == tok.i
                or tok.dep_ == "xcomp" and tok.head.i == tok.i - 1):
            _let_go_aux(tok)
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in IMPOSING_VERBS:
            _measure_participle(tok)
        if tok.dep_ in ("nmod", "compound") and tok.pos_ == "PROPN" and tok.head.i > tok.i + 1:
            _name_of_possessor(tok)
        if tok.dep_ == "ROOT" and (tok.i - tok.sent.start < 12
                                   or tok.lemma_ in HEADLINE_REPORTERS):
            _headline(tok)
        if tok.dep_ == "ccomp" and tok.tag_ == "VBD" and tok.lemma_.lower() in (
                DESCRIBING_PAST):
            _object_participle(tok)
        if tok.pos_ == "ADV" and tok.i > 1 and tok.doc[tok.i - 1].pos_ == "ADJ" and (
                tok.doc[tok.i - 2].lower_ in ("a", "an", "the")):
            _noun_after_article(tok)
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.pos_ == "VERB":
            _object_author(tok)
        if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and tok.i > 0 and (
                tok.doc[tok.i - 1].lower_ == "to"):
            _modifier_after_to(tok)
        if tok.lower_ in ("free", "loose") and tok.dep_ in ("amod", "advmod") and tok.i > 0 and (
                tok.doc[tok.i - 1].lemma_ == "set" and tok.doc[tok.i - 1].pos_ == "VERB"):
            tok.head, tok.dep_ = tok.doc[tok.i - 1], "oprd"  # repair 42
        if tok.lower_ == "by" and tok.dep_ == "prep" and tok.head.pos_ == "ADP":
            _passive_agent(tok)
        elif tok.lower_ == "by" and tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
            _given_by(tok)
        elif tok.dep_ == "agent" and tok.head.tag_ in ("VBD", "VBZ", "VBP", "VB") or (
                tok.dep_ == "agent") and (
                tok.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                               for c in tok.head.children)
                and not any(c.dep_ == "auxpass" for c in tok.head.children)):
            tok.dep_ = "prep"  # repair 40: "has stood by X", "stands by X"

        if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "xcomp", "ccomp", "conj"):
            _participle_before_name(tok)
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == "VBD" and (
                tok.head.pos_ == "ADP" and tok.head.dep_ == "prep"
                and tok.head.head.pos_ == "VERB"):
            # 48. "opened its borders to refugees and granted them protection": a verb
            # conjoined to the preposition before it; it is the first verb's conjunct
            tok.head = tok.head.head
            for c in [c for c in tok.doc[tok.i - 1:tok.i] if c.dep_ == "cc"]:
                c.head = tok.head
        if tok.dep_ == "ROOT" and tok.lemma_ == "be":
            _cleft(tok) or _existential(tok)
        if tok.dep_ == "poss" and tok.pos_ == "PROPN":
            _possessor_without_case(tok)
        if tok.lower_ == "fighting" and tok.tag_ == "VBG" and tok.pos_ == "VERB":
            _fighting_vehicles(tok)
        if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            _shared_possessor(tok)
        if tok.dep_ == "ROOT" and tok.pos_ == "NOUN":
            _object_relative(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN":
            _shared_noun_phrases(tok)
        if tok.pos_ == "VERB" and tok.tag_ == "VBD":
            _second_verb_as_modifier(tok)
        if tok.dep_ == "ROOT" and tok.lemma_.lower() in TRAILING_REPORTERS | {"tell"}:
            _clause_before_reporter(tok) or _object_as_reporter_subject(tok)
        if tok.dep_ == "amod" and tok.lower_.endswith("ing") and tok.i > 0 and (
                tok.doc[tok.i - 1].text == ","):
            _trailing_participle(tok)
        if tok.dep_ == "ROOT" and tok.tag_ == "VBG" and tok.i == tok.sent.start:
            _fronted_participle_root(tok)
        elif tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.i <= tok.sent.start + 1:
            _fronted_participle_subject(tok)
        if tok.lower_ == "with" and (tok.dep_ == "mark" and tok.head.dep_ == "advcl"
                                     or tok.dep_ == "prep"):
            _with_party(tok)
        if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.dep_ == "pobj":
            _recipient_on_topic(tok)
        elif tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.pos_ == "VERB":
            _shifted_object(tok)
        if tok.dep_ == "prep" and tok.pos_ == "SCONJ":
            _preposition(tok)
        elif tok.dep_ == "prep" and tok.lower_ in PARTICLE_WORDS:
            _particle(tok)
    return doc


def _participle_before_name(part: Token) -> bool:
    """44. "indicted impeached President Yoon", "sentenced jailed former President Castillo":
    a participle describing the person after it read as a clause of the verb before it, with
    the person as its object; make the person the verb's object and the participle the
    person's description (its phrases go back to the verb)."""
    verb = part.head
    doc = part.doc
    if verb.pos_ != "VERB" or verb.i != part.i - 1 or part.i + 1 >= len(doc):
        return False
    nxt = doc[part.i + 1]
    if not (nxt.pos_ == "PROPN" and nxt.is_title or nxt.lower_ in ("former", "ex")):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in part.children):
        return False
    obj = next((c for c in part.children if c.dep_ == "dobj" and c.left_edge.i == nxt.i), None)
    if obj is None:
        return False
    obj.head, obj.dep_ = verb, "dobj"
    for c in [c for c in part.children if c.i > obj.i]:
        c.head = verb
    part.head, part.dep_, part.pos_ = obj, "amod", "ADJ"
    return True


def _trailing_participle(part: Token) -> bool:
    """52. "sent troops to Portland, overriding objections from the mayor": a participle
    clause after a comma read as an adjective of a noun conjoined to the phrase before; make
    it an adverbial clause of the verb with the noun as its object."""
    noun = part.head
    if noun.dep_ not in ("conj", "appos") or noun.i != part.i + 1 and not all(
            t.head.i == noun.i for t in part.doc[part.i + 1:noun.i]):
        return False
    if any(c.dep_ == "cc" for c in noun.head.children if part.i - 2 <= c.i < part.i):
        return False  # "A, B and C" lists
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    part.head, part.dep_, part.pos_, part.tag_ = verb, "advcl", "VERB", "VBG"
    noun.head, noun.dep_ = part, "dobj"
    part.doc[part.i - 1].head = verb
    return True


def _clause_before_reporter(say: Token) -> bool:
    """51. "The FLNKS called on Paris to scrap the reform, a spokesman said", "... under the
    group's peace accord with Manila, the Office of the Peace Adviser said": the reported
    clause's verb read as a relative clause of its own subject, that subject read as the
    reporting verb's; the reporter a second subject, or an apposition of the clause's last
    noun. Make the clause the complement of the reporting verb and the reporter its subject."""
    doc = say.doc
    subjects = [c for c in say.children if c.dep_ == "nsubj" and c.i < say.i]
    if not subjects or any(c.dep_ in ("ccomp", "xcomp") for c in say.children):
        return False
    first = subjects[0]
    verb = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                 and c.i > first.i and c.right_edge.i < say.i), None)
    if verb is None or not any(c.dep_ in ("dobj", "prep", "prt", "xcomp", "dative")
                               for c in verb.children):
        return False
    reporter = subjects[1] if len(subjects) > 1 and subjects[1].i > verb.right_edge.i else None
    if reporter is None:
        reporter = next((t for t in verb.subtree if t.dep_ == "appos"
                         and t.right_edge.i == say.i - 1 and doc[t.left_edge.i - 1].text == ","),
                        None)
        if reporter is None:
            return False
        doc[reporter.left_edge.i - 1].head = say
        reporter.head, reporter.dep_ = say, "nsubj"
    verb.head, verb.dep_ = say, "ccomp"
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    # ("Two soldiers killed by a gunman, the Pentagon says": a headline's passive)
    first.head, first.dep_ = verb, "nsubjpass" if passive else "nsubj"
    return True


def _object_as_reporter_subject(say: Token) -> bool:
    """53. "The party accused President Ruto's government of rigging the tender, party
    leader Otieno told reporters": the reported clause's object read as the reporting verb's
    subject, the reporter after the comma a second subject or swallowed by a phrase of the
    clause. Make the object the clause's again and the reporter the subject."""
    doc = say.doc
    clause = next((c for c in say.children if c.dep_ == "ccomp" and c.i < say.i), None)
    if clause is None or clause.pos_ != "VERB" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass") for c in clause.children):
        return False
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in NOMINAL or not clause.i < subj.left_edge.i:
        return False
    comma = next((t for t in reversed(doc[subj.i + 1:say.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= say.i:
        return False
    reporter = next((c for c in say.children if c.dep_ == "nsubj" and c.i > comma.i), None)
    if reporter is None:
        # "... of rigging the tender, party leader Otieno said": the name hung on "rigging"
        span = range(comma.i + 1, say.i)
        tops = [doc[i] for i in span if doc[i].head.i not in span]
        if len(tops) != 1 or tops[0].pos_ not in NOMINAL or tops[0].i != say.i - 1 or (
                tops[0].head.i >= say.i):
            return False
        reporter = tops[0]
        left = [c for c in reporter.children if c.i < comma.i]
        noun = next((c for c in reversed(left) if c.pos_ in NOMINAL), None)
        if noun is None:
            return False
        noun.head, noun.dep_ = reporter.head, reporter.dep_
        for t in left:
            if t is not noun:
                t.head = noun
        reporter.head, reporter.dep_ = say, "nsubj"
    subj.head, subj.dep_ = clause, "dobj"
    comma.head = say
    return True


def _possessor_without_case(tok: Token) -> bool:
    """54. "Brazil's Federal Police and Paraguay's agency SENAD launched ...": two conjoined
    possessive phrases read as one possessor of the second noun ("Police" a possessor with no
    "'s" of its own). Make the first phrase the head and the second its conjunct."""
    if tok.pos_ not in NOMINAL or any(c.dep_ == "case" for c in tok.children):
        return False
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                 and any(g.dep_ == "case" for g in c.children)), None)
    if conj is None or not any(c.dep_ == "cc" and tok.i < c.i < conj.i for c in tok.children):
        return False
    head = tok.head
    top = head
    while top.dep_ in ("compound", "amod", "nmod") and top.head.i > top.i:
        top = top.head
    if head.i < conj.i or top.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return False
    tok.head, tok.dep_ = top.head, top.dep_
    top.head, top.dep_ = tok, "conj"
    conj.head, conj.dep_ = head, "poss"
    return True


def _shared_possessor(noun: Token) -> bool:
    """56. "Iran and Iraq's signing of a pact took place ...": the noun after a shared "'s" read
    as a conjunct of the first name ("Iran" the subject, "signing" its conjunct with "Iraq" its
    possessor). Make the noun the head, both names its possessor ("Iran" with "Iraq" its
    conjunct)."""
    first = noun.head
    if first.pos_ != "PROPN" or first.i > noun.i or any(c.dep_ == "case" for c in first.children):
        return False
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and first.i < c.i < noun.i and any(g.dep_ == "case" for g in c.children)), None)
    cc = next((c for c in first.children if c.dep_ == "cc" and first.i < c.i < (
        poss.left_edge.i if poss is not None else -1)), None)
    if poss is None or cc is None or first.dep_ not in (
            "nsubj", "nsubjpass", "dobj", "pobj", "ROOT"):
        return False
    if first.dep_ == "ROOT":
        return False
    noun.head, noun.dep_ = first.head, first.dep_
    first.head, first.dep_ = noun, "poss"
    poss.head, poss.dep_ = first, "conj"
    cc.head = first
    return True


def _object_relative(noun: Token) -> bool:
    """57. "The curfew which the authorities imposed on Dhaka lasted a week": an object relative
    clause read with the noun as the root, the clause's verb an adjective of its own subject
    ("authorities imposed") and the main verb a clause of the noun. Make the main verb the root
    with the noun its subject, and the clause's verb the noun's relative clause with "which" its
    object."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("that", "which"):
        return False
    rel = doc[noun.i + 1]
    main = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > rel.i + 1), None)
    if main is None or rel.head.i != main.i:
        return False
    subj = next((c for c in main.children if c.dep_ == "nsubj" and rel.i < c.i < main.i), None)
    inner = next((c for c in subj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                  and subj.i < c.i < main.i), None) if subj is not None else None
    if inner is None or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in inner.children):
        return False
    main.head, main.dep_ = main, "ROOT"
    noun.head, noun.dep_ = main, "nsubj"
    inner.head, inner.dep_ = noun, "relcl"
    subj.head = inner
    rel.head, rel.dep_ = inner, "dobj"
    return True


def _shared_noun_phrases(noun: Token) -> bool:
    """58. "The banning and dissolution of the foundation by a Moscow court came in June": the
    phrases two conjoined nouns share hung on the second. Hang them on the first, the head of
    the coordination, as for any shared dependent."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    second = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if second is None or any(c.dep_ in ("prep", "agent") and c.i < second.i
                             for c in noun.children) or not any(
            c.dep_ == "cc" and noun.i < c.i < second.i for c in noun.children):
        return False
    preps = [c for c in second.children if c.dep_ in ("prep", "agent") and c.i > second.i]
    if not any(c.lower_ in ("of", "by") for c in preps):
        return False
    for c in preps:
        c.head = noun
    return True


def _second_verb_as_modifier(verb: Token) -> bool:
    """59. "Lukashenko pardoned and freed opposition figure X": the second of two coordinated
    verbs read as an adjective of the object ("freed opposition figure") and the object as the
    first verb's conjunct. Make the second verb the first's conjunct and the object its own."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "and" or (
            doc[verb.i + 1].head.i != verb.i):
        return False
    second = doc[verb.i + 2]
    if second.dep_ != "amod" or second.tag_ not in ("VBD", "VBN"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in NOMINAL
                and c.i > second.i), None)
    if obj is None or not (obj.left_edge.i <= second.i or second.head.head.i == obj.i
                           or second.head.i == obj.i):
        return False
    second.head, second.dep_, second.pos_ = verb, "conj", "VERB"
    obj.head, obj.dep_ = second, "dobj"
    return True


def _fighting_vehicles(part: Token) -> bool:
    """55. "shipped dozens of Bradley fighting vehicles to Ukraine": "fighting" read as a verb
    with "vehicles" its object; make it the vehicles' adjective, the vehicles the phrase's head
    and the verb's other phrases the main verb's again."""
    doc = part.doc
    if part.i == 0 or part.i + 1 >= len(doc):
        return False
    noun, before = doc[part.i + 1], doc[part.i - 1]
    if noun.head.i != part.i or noun.dep_ != "dobj" or noun.lemma_.lower() not in (
            "vehicle", "machine", "ship", "boat", "force", "unit") or before.pos_ not in NOMINAL:
        return False
    head, dep = (before.head, before.dep_) if before.head.i != part.i else (part.head, "dobj")
    outer = part.head
    for c in [c for c in part.children if c.i > noun.i]:
        c.head = outer
    noun.head, noun.dep_ = (noun if head.i == before.i else head), dep
    if before.head.i != part.i:
        before.head, before.dep_ = noun, "compound"
    part.head, part.dep_, part.pos_, part.tag_ = noun, "amod", "ADJ", "JJ"
    return True


def _cleft(be: Token) -> bool:
    """49. "It was Canada that expelled six diplomats": a cleft; make the clause's verb the
    root with the focused noun in the place of "that" (its subject, or its object in "It was
    Canada that India blamed")."""
    kids = list(be.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
        return False
    focus = next((c for c in kids if c.dep_ == "attr" and c.pos_ in NOMINAL), None)
    verb = next((c for c in [*kids, *(focus.children if focus is not None else ())]
                 if c.dep_ in ("ccomp", "relcl") and c.pos_ == "VERB"), None)
    if focus is None or verb is None or verb.i < focus.i:
        return False
    rel = next((c for c in verb.children if c.lower_ in ("that", "who", "which")
                and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if rel is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    be.head, be.dep_ = verb, "dep"
    focus.head, focus.dep_ = verb, rel.dep_
    rel.head, rel.dep_ = verb, "mark"
    return True


def _existential(be: Token) -> bool:
    """50. "There were demonstrations by thousands of Israelis against the government": the
    phrases of an existential "be" belong to its noun (who held them, against whom)."""
    kids = list(be.children)
    if not any(c.dep_ == "expl" for c in kids):
        return False
    noun = next((c for c in kids if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if noun is None:
        return False
    moved = False
    for c in kids:
        if c.dep_ == "prep" and c.i > noun.i:
            c.head = noun
            moved = True
    return moved


def _fronted_participle_root(root: Token) -> bool:
    """46. "Seeking to ease tensions, Sisi telephoned Abiy": a fronted participle read as the
    root and the main verb as an adjective of its object; make the main verb the root with
    the participle its adverbial clause and the noun phrase after it its object."""
    doc = root.doc
    sent = root.sent
    comma = next((t for t in doc[root.i + 1:sent.end] if t.text == ","), None)
    if comma is None:
        return False
    verb = next((t for t in doc[comma.i + 1:sent.end] if t.tag_ == "VBD"
                 and t.dep_ in ("amod", "compound", "acl")
                 and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None)
    if verb is None or any(t.head.i == root.i and t.dep_ in ("nsubj", "nsubjpass")
                           for t in doc[root.i + 1:comma.i]):
        return False
    movers = [t for t in doc[comma.i:sent.end] if t.head.i == root.i and t.i != verb.i]
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    root.head, root.dep_ = verb, "advcl"
    comma.head = verb
    for t in movers:
        t.head = verb
        if t.i > verb.i and t.pos_ in NOMINAL and t.dep_ in ("npadvmod", "dobj", "appos",
                                                              "attr", "dep"):
            t.dep_ = "dobj"
    return True


def _fronted_participle_subject(subj: Token) -> bool:
    """47. "Waving flags and chanting slogans, thousands of Kurds marched": a fronted
    participle's object read as a second subject of the main verb, the participle its
    adjective; make the participle the verb's adverbial clause with the noun its object."""
    verb = subj.head
    part = next((c for c in subj.children if c.dep_ == "amod" and c.tag_ == "VBG"
                 and c.i == subj.sent.start), None)
    if part is None:
        return False
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i]
    if not later or not any(t.text == "," for t in subj.doc[subj.i:later[0].i]):
        return False
    part.head, part.dep_, part.pos_ = verb, "advcl", "VERB"
    subj.head, subj.dep_ = part, "dobj"
    return True


def _reduced_relative(root: Token) -> bool:
    """15. "Twelve soldiers captured in a clash were set free by the army": a participle that
    describes the subject read as the main verb, and the main verb ("were set free") as its
    conjunct with no "and"; the conjunct becomes the root, the subject its passive subject
    and the participle a clause describing the subject."""
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.pos_ not in NOMINAL or any(
            c.dep_ in ("aux", "auxpass", "cc", "dobj") for c in kids):
        return False
    # (or as an adverbial clause: "Four servicemen captured during the war were
    # repatriated by Azerbaijan", "captured" tagged past tense)
    inner = next((c for c in kids if c.dep_ in ("conj", "advcl") and c.pos_ in (
        "VERB", "AUX") and c.i > root.i and (c.dep_ == "conj" or any(
            a.dep_ == "auxpass" for a in c.children))), None)
    reporter = None
    if root.dep_ == "ccomp" and inner is not None and root.head.i > inner.i:
        # ("... were released by Thailand, the ministry said": the whole clause reported)
        main, reporter = inner, root.head
    elif root.dep_ == "ccomp":  # (or as the complement of the main verb that follows it)
        main = root.head if root.head.i > root.i and root.head.pos_ in ("VERB", "AUX") else None
    else:
        main = inner
    if main is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children) or not any(
            c.dep_ in ("auxpass", "aux") and c.i < main.i for c in main.children):
        return False
    if any(t.is_punct and t.text in ",;" for t in root.doc[root.i:main.i]):
        return False  # "X captured the town, were ...": not one clause
    if root.dep_ == "ROOT":
        main.head, main.dep_ = main, "ROOT"
        for t in [c for c in kids if c.dep_ == "punct" and c.i > main.i]:
            t.head = main
    elif reporter is not None:
        main.head, main.dep_ = reporter, "ccomp"
    subj.head = main
    subj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in main.children) else "nsubj"
    root.head, root.dep_ = subj, "acl"
    root.tag_ = "VBN"  # (a participle, whatever tense the model read)
    return True


# verbs that report what the clause before them says ("..., a rights group protested")
TRAILING_REPORTERS = frozenset("""say protest complain charge allege claim insist argue add
    warn note""".split())


def _trailing_reporter(verb: Token) -> bool:
    """17. "X is failing to uphold the rights of refugees, a human rights group protested on
    Wednesday": the reporter after the comma read as an apposition of the clause's subject
    with the reporting verb as its modifier; the reporting verb becomes the root, the
    reporter its subject and the clause before it its complement."""
    np = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or (
            verb.lemma_.lower() not in TRAILING_REPORTERS) or np.dep_ not in (
                "appos", "dobj", "npadvmod", "conj") or (
            np.pos_ not in NOMINAL) or verb.i != np.i + 1:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "auxpass", "aux")
           for c in verb.children):
        return False
    doc = verb.doc
    start = np.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    root = np
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or root.i > start or root.i == verb.i:
        return False
    if any(t.is_punct and t.text in ".;?!" for t in doc[verb.i:verb.right_edge.i]):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    np.head, np.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "ccomp"
    doc[start - 1].head = verb
    for t in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
        t.head = verb
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    return True


def _second_object(tok: Token) -> bool:
    """18. "The US cut aid to UNRWA, the UN agency for Palestinian refugees": an apposition
    after a comma read as a second object of the verb; it becomes the apposition of the noun
    before the comma."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.pos_ not in NOMINAL or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children):
        return False
    doc = tok.doc
    comma = doc[tok.left_edge.i]
    if comma.text != ",":
        comma = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else comma
    if comma.text != "," or comma.i < 1:
        return False
    before = doc[comma.i - 1]
    if before.pos_ not in NOMINAL or before.dep_ not in ("pobj", "dobj") or any(
            c.dep_ == "acl" and c.lemma_.lower() in TRAILING_REPORTERS for c in tok.children):
        return False
    tok.head, tok.dep_ = before, "appos"
    comma.head = before
    return True


# verbs whose "to" infinitive is their complement, never a purpose ("undertook on Monday to
# finance", "offered on Friday to mediate")
CONTROL_VERBS = frozenset("""agree promise pledge vow undertake offer refuse decline threaten
    decide plan intend fail vote seek try attempt hope want aim resolve commit consent""".split())


def _control_complement(clause: Token) -> bool:
    """19. "Tokyo undertook on Wednesday to finance the port": a time or place phrase between
    the verb and its "to" infinitive makes the parser read the infinitive as a purpose clause;
    for verbs that take such a complement it is their complement (xcomp) again."""
    verb = clause.head
    if clause.dep_ != "advcl" or verb.lemma_.lower() not in CONTROL_VERBS or (
            verb.pos_ != "VERB") or clause.i < verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or any(
            c.dep_ in ("nsubj", "mark") for c in clause.children):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return False
    clause.dep_ = "xcomp"
    return True


def _object_after_phrase(prep: Token) -> bool:
    """20. "The court freed on bail two former ministers": an object after a short phrase read
    as the phrase's second object; it becomes the verb's direct object."""
    verb = prep.head
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) < 2 or verb.pos_ != "VERB" or verb.i > prep.i or any(
            c.dep_ == "dobj" for c in verb.children):
        return False
    second, parts = objs[-1], objs[1:-1]  # ("ex - ministers": the parts of one word)
    tail = [*parts, second]
    if second.pos_ not in NOMINAL or any(a.i + 1 != b.i for a, b in zip(
            tail, tail[1:], strict=False)) or any(
            t.dep_ == "cc" or t.text == "," for t in prep.doc[objs[0].i:objs[1].left_edge.i]):
        return False
    second.head, second.dep_ = verb, "dobj"
    for part in parts:
        part.head, part.dep_ = second, "compound"
    return True


def _late_object(obj: Token) -> bool:
    """30. "hit back at Washington over deportation flights carrying shackled migrants": an
    object right after a participle with no object of its own, inside a phrase of the same
    verb that comes before it, is the participle's object (English puts a verb's object
    before its phrases)."""
    verb, doc = obj.head, obj.doc
    before = doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    if before is None or before.tag_ not in ("VBG", "VBN") or before.dep_ != "acl" or any(
            c.dep_ in ("dobj", "nsubjpass") for c in before.children) or verb.i > before.i:
        return False
    host = before.head
    while host.head.i != host.i and host.i != verb.i and host.dep_ != "prep":
        host = host.head
    if host.dep_ != "prep" or host.head.i != verb.i or host.i > before.i:
        return False
    obj.head, obj.dep_ = before, "dobj"
    return True


INSERTED_MARKS = frozenset("after before when as since while following".split())


def _inserted_time_clause(root: Token) -> bool:
    """32. "President X, a day after gunmen stormed a station, put 22 gangs on notice": the
    verb after the second comma, with no subject of its own, is the main verb; the subject
    before the first comma is its subject and the time clause its adverbial."""
    doc = root.doc
    kids = list(root.children)
    if not any(c.dep_ == "mark" and c.lower_ in INSERTED_MARKS for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < root.i]
    if len(subjects) != 2:
        return False
    first = subjects[0]
    after = first.right_edge.i + (doc[first.right_edge.i].text != ",")
    if after >= len(doc) or doc[after].text != ",":
        return False
    main = next((c for c in kids if c.dep_ in ("dep", "conj", "parataxis") and c.pos_ == "VERB"
                 and c.tag_ == "VBD" and c.i > root.i and doc[c.i - 1].text == ","
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if main is None or any(c.dep_ == "cc" and c.i < main.i and c.i > root.i for c in kids):
        return False
    if root.dep_ == "ROOT":
        main.head, main.dep_ = main, "ROOT"
    root.head, root.dep_ = main, "advcl"
    first.head = main
    for t in [c for c in kids if c.dep_ == "punct" and (c.i == after or c.i > main.i)]:
        t.head = main
    return True


def _noun_after_article(word: Token) -> bool:
    """33. "began an indefinite fast": an adverb after "an" and an adjective is a noun when
    the lexicon knows it as an event noun; it becomes the verb's object."""
    from eventwatch.lexicon import default_lexicon  # (the lexicon imports this module's stage)

    if not default_lexicon().nouns.get(word.lower_):
        return False
    doc = word.doc
    adj, det = doc[word.i - 1], doc[word.i - 2]
    verb = word.head
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
    adj.head, adj.dep_ = word, "amod"
    det.head, det.dep_ = word, "det"
    if verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
        word.dep_ = "dobj"
    return True


GIVEN_TIMES = frozenset("hour day week month".split())
GIVING_TIME = frozenset({"give", "grant"})


def _time_given(time: Token) -> bool:
    """31. "Niamey gave the ambassador 48 hours to leave": the time is what is given (the
    object) and the person who gets it the indirect object."""
    if time.dep_ == "appos":  # "gave Ambassador X 72 hours": the time hung on the person
        person, verb = time.head, time.head.head
        if person.dep_ not in ("dobj", "dative"):
            return False
        time.head = verb
    verb = time.head
    person = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < time.i),
                  None)
    if person is None or sum(c.dep_ in ("dobj", "dative") for c in verb.children) > 1:
        return False
    person.dep_ = "dative"
    time.dep_ = "dobj"
    return True


def _verb_after_noun_root(verb: Token) -> bool:
    """21. "Egypt's refusal to open the Rafah crossing angered aid groups": with a noun at the
    root and no finite verb, a past tense between two nouns read as an adjective of the second
    is the main verb; the root noun is its subject, the noun before it closes the subject's
    phrase and the noun after it is its object."""
    obj = verb.head
    doc = verb.doc
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or obj.i <= verb.i or verb.i < 2:
        return False
    root = obj
    while root.head.i != root.i:
        root = root.head
    if root.pos_ not in NOMINAL or root.i > verb.i or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i
            for t in doc[root.left_edge.i:root.right_edge.i + 1]):
        return False
    before = doc[verb.i - 1]
    if before.pos_ not in NOMINAL or before.head.i != obj.i or obj.head.i == obj.i:
        return False
    host, dep = obj.head, obj.dep_  # where the phrase before the verb belongs
    before.head, before.dep_ = host, dep
    for t in [c for c in obj.children if c.i < before.i]:
        t.head = before  # ("the" of "the Rafah crossing")
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_ = verb, "nsubj"
    for t in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
        t.head = verb
    return True


PARTICLE_WORDS = frozenset("over back up down".split())


def _particle(tok: Token) -> bool:
    """14. "handed three villages over to Azerbaijan", "sent the migrants back to Libya": a
    verb's particle read as a preposition with no object of its own, the next preposition
    hung on it; it becomes the verb's particle and that preposition the verb's."""
    verb = tok.head
    kids = list(tok.children)
    if verb.pos_ != "VERB" or verb.i > tok.i or any(c.dep_ == "pobj" for c in kids):
        return False
    preps = [c for c in kids if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in (
        "to", "into")]
    if len(preps) != 1 or len(kids) != 1:
        return False
    if tok.lower_ in ("up", "down") and any(
            g.dep_ == "pobj" and (g.pos_ == "NUM" or any(n.dep_ == "nummod" and n.i < g.i
                                                         for n in g.children))
            for g in preps[0].children):
        return False  # ("moved up to 5,000 troops": a quantity)
    tok.dep_ = "prt"
    preps[0].head = verb
    return True


def _preposition(tok: Token) -> bool:
    """13. "set upon a patrol": a preposition with a noun object tagged as a subordinating
    conjunction (SCONJ): it is an adposition (ADP), as everything that reads phrases expects."""
    if not any(c.dep_ == "pobj" for c in tok.children):
        return False
    tok.pos_ = "ADP"
    return True


def _article_compound(noun: Token) -> bool:
    """22. "Ukraine inked a minerals deal with the US": "a" never goes with a plural, so a
    plural after "a" that is the subject of the word right after it is that word's modifier,
    and that word the noun of "a" and the object of the verb before it."""
    word, host = noun.head, noun.head.head
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or word.i != noun.i + 1 or word.tag_ not in ("VBP", "VB") or (
            word.dep_ not in ("ccomp", "xcomp") or host.pos_ != "VERB" or host.i > noun.i
            or any(c.dep_ == "dobj" for c in host.children)
            or any(c.dep_ in ("dobj", "aux", "neg") for c in word.children)):
        return False
    for c in list(noun.children):
        c.head = word
    noun.head, noun.dep_ = word, "compound"
    word.head, word.dep_, word.pos_, word.tag_ = host, "dobj", "NOUN", "NN"
    word.lemma_ = word.lower_
    return True


def _coordinated_modifier(first: Token) -> bool:
    """23. "Mexico's federal government and Sinaloa state authorities launched joint patrols":
    a noun with "and" under it and no conjunct, hung as a modifier on a noun after that "and",
    heads the first of two coordinated phrases; the noun after is its conjunct."""
    head = first.head
    kids = list(first.children)
    cc = next((c for c in kids if c.dep_ == "cc" and c.lower_ in ("and", "or")
               and c.i > first.i), None)
    # ("Papua New Guinea's government and Bougainville leaders inked ...": the name of the
    # second phrase read as the conjunct)
    # (also with a noun between: "Mexico's Attorney General's Office and Jalisco state
    # prosecutors")
    name = next((c for c in kids if c.dep_ == "conj" and c.pos_ == "PROPN"
                 and c.i < head.i and all(t.head.i == head.i and t.dep_ in ("compound", "amod")
                                          for t in c.doc[c.i + 1:head.i])
                 and cc is not None and c.i > cc.i
                 and not any(True for _ in c.children)
                 and not (c.ent_type_ and c.ent_type_ == head.ent_type_)), None)
    # (but "Immigration and Customs Enforcement": one name)
    if name is not None and head.pos_ in NOMINAL and head.dep_ not in ("nmod", "compound"):
        name.head, name.dep_ = head, "compound"
        kids = list(first.children)
    if cc is None or any(c.dep_ == "conj" for c in kids) or head.i <= cc.i or (
            head.pos_ not in NOMINAL or head.dep_ in ("nmod", "compound")):
        return False
    if any(t.i < first.left_edge.i for t in head.children if t.i != first.i):
        return False  # ("the ... ": a determiner of the whole phrase stays on it)
    first.head, first.dep_ = (first if head.dep_ == "ROOT" else head.head), head.dep_
    head.head, head.dep_ = first, "conj"
    return True


def _split_object(noun: Token) -> bool:
    """24. "Ankara stalled Sweden's NATO bid": a proper name right before a common noun, both
    read as objects of the verb, is the noun's modifier; the name's own modifiers ("Sweden's")
    go with it to the noun."""
    verb = noun.head
    doc = noun.doc
    if noun.i == 0 or verb.pos_ != "VERB":
        return False
    name = doc[noun.i - 1]
    if name.dep_ != "dobj" or name.head.i != verb.i or name.pos_ != "PROPN" or not any(
            c.dep_ in ("poss", "det") for c in name.children):
        return False  # ("handed Manila aid": a recipient, no determiner or owner)
    name.head, name.dep_ = noun, "compound"
    for c in [c for c in name.children if c.dep_ in ("poss", "det") and c.i < name.i]:
        c.head = noun
    return True


def _let_go(go: Token) -> bool:
    """25. "The Houthis let the crew of the Galaxy Leader go": who is let go is the object of
    "let", and "go" its particle."""
    let = go.head
    subj = next((c for c in go.children if c.dep_ == "nsubj" and c.i < go.i), None)
    if subj is None or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in go.children) or any(
            c.dep_ == "dobj" for c in let.children):
        return False
    subj.head, subj.dep_ = let, "dobj"
    for c in [c for c in go.children if c.dep_ in ("prep", "npadvmod", "advmod", "punct")]:
        c.head = let
    go.dep_, go.pos_ = "prt", "PART"
    return True


def _let_go_aux(go: Token) -> bool:
    """25. "The gang let go 12 hostages": "let" read as an auxiliary of "go"; "let" becomes
    the verb, "go" its particle and the freed its object."""
    let = go.doc[go.i - 1]
    if go.head.i == let.i:
        pass  # ("let" already the verb, "go" its complement holding the object)
    elif go.dep_ == "ROOT":
        let.head, let.dep_ = let, "ROOT"
    else:
        let.head, let.dep_ = go.head, go.dep_
    for c in [c for c in go.children if c.i != let.i]:
        c.head = let
    go.head, go.dep_, go.pos_ = let, "prt", "PART"
    let.pos_, let.tag_ = "VERB", "VBD"
    return True


# verbs whose participle describes a measure ("a ban imposed by X", "a curfew declared by X")
IMPOSING_VERBS = frozenset("""impose announce declare order slap enforce issue introduce
    extend lift decree""".split())


def _measure_participle(part: Token) -> bool:
    """26. "The ban on rallies imposed by the police": the participle is the ban's, not the
    rallies'."""
    pobj = part.head
    prep = pobj.head
    # ("the suspension of military aid to Ukraine, ordered by X": set off by a comma, the
    # participle describes the whole phrase)
    ofs = prep.lower_ == "of" and part.i > 0 and part.doc[part.i - 1].text == ","
    if pobj.dep_ != "pobj" or prep.lower_ not in ("on", "against") and not ofs or (
            prep.head.pos_ != "NOUN") or not any(c.dep_ == "agent" for c in part.children):
        return False
    part.head = prep.head
    return True


def _name_of_possessor(name: Token) -> bool:
    """27. "ASEAN foreign ministers' call": the name modifies the possessor ("ministers"),
    not the possessed noun ("call")."""
    doc = name.doc
    owner = next((doc[i] for i in range(name.i + 1, name.head.i)
                  if doc[i].dep_ == "poss" and doc[i].head.i == name.head.i), None)
    if owner is None or owner.pos_ not in NOMINAL or any(
            doc[i].head.i != owner.i or doc[i].dep_ not in ("amod", "compound")
            for i in range(name.i + 1, owner.i)):
        return False
    name.head, name.dep_ = owner, "compound"
    return True


# words before a headline's verb: one noun phrase
HEADLINE_NP_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "PART"})
# a preposition after a headline's object that is the verb's ("fires a missile into the sea")
HEADLINE_VERB_PREPS = frozenset("into onto toward towards near at across over through".split())
NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
HEADLINE_REPORTERS = frozenset("say report confirm claim".split())
PLURAL_WORDS = frozenset(
    "thousands hundreds dozens scores tens millions police people personnel".split())


def _known_verb(lemma: str) -> bool:
    from eventwatch.lexicon import default_lexicon  # (the lexicon imports this module's stage)

    lexicon = default_lexicon()
    return lemma in lexicon.verbs or lemma in lexicon.light


def _has_subject_verb(sent) -> bool:
    """A verb with a subject outside a subordinate clause ("... after Chinese jet fires
    flares" does not make "Albanese lambasts Beijing" a sentence with a verb)."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
               and t.head.dep_ not in ("advcl", "relcl", "acl") and not any(
                   m.dep_ == "mark" for m in t.head.children) for t in sent)


def _rehang(part: list[Token], head: Token) -> None:
    """Hang every token of ``part`` whose chain of heads leaves ``part`` on ``head``."""
    inside = {t.i for t in part}
    for t in part:
        if t.i == head.i:
            continue
        x, seen = t, 0
        while x.head.i in inside and x.head.i != x.i and x.head.i != head.i and seen < 20:
            x, seen = x.head, seen + 1
        if x.head.i != head.i:
            x.head = head
            if x.dep_ in ("ROOT", "nsubj", "dobj", "appos", "npadvmod", "nmod", "pobj"):
                x.dep_ = "compound" if x.pos_ in NOMINAL else "amod" if x.pos_ == "ADJ" else (
                    "nummod" if x.pos_ == "NUM" else "dep")


def _headline(root: Token) -> bool:
    """28. "Hungary vetoes EU aid package for Ukraine", "Thousands rally in Bratislava",
    "Pope Francis apologises to ...", "Chinese coast guard rams Philippine supply vessel near
    X": a headline's present-tense verb lost (read as a noun or a compound), its subject read
    as a compound, or its object as an apposition."""
    if root.pos_ in ("VERB", "AUX") and root.tag_ not in ("VBZ", "VBP", "VBN") and (
            root.lemma_ not in HEADLINE_REPORTERS):
        return False  # a past tense at the root: no headline (most sentences; Token.sent
        # is slow)
    sent = root.sent
    doc = root.doc
    kids = list(root.children)
    if root.pos_ == "VERB" and root.lemma_ in HEADLINE_REPORTERS:
        # "Chinese police pour into Urumqi after riots, state media say": the headline as
        # the reporter's clause
        comma = next((c for c in kids if c.text == "," and c.i < root.i), None)
        clause = next((c for c in kids if c.dep_ in ("ccomp", "advcl", "dep")
                       and c.pos_ == "NOUN" and c.i < root.i), None)
        said = next((c for c in kids if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBP")
                     and c.i < root.i), None)
        if said is not None and clause is None:
            # "Jordan king pardons 300 prisoners, state agency says": the subject a compound
            left = doc[said.i - 1] if said.i > sent.start else None
            if left is not None and left.head.i == said.i and left.dep_ in (
                    "compound", "nmod", "npadvmod") and left.pos_ in NOMINAL and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in said.children) and all(
                    t.pos_ in HEADLINE_NP_POS for t in doc[sent.start:said.i]):
                left.dep_ = "nsubj"
                _rehang(list(doc[sent.start:said.i]), left)
                return True
        if comma is not None and clause is not None and clause.i < comma.i and not any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                for t in doc[sent.start:comma.i]):
            t = _headline_clause(clause, sent.start, comma.i, comma.i)
            if t is not None:
                t.head, t.dep_ = root, "ccomp"
                return True
        return False
    if root.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids) and not any(
            c.dep_ in ("aux", "auxpass", "nsubjpass") for c in kids):
        # "Beijing accused by Manila of ramming a vessel": a headline's passive without "was"
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is not None:
            subj.dep_ = "nsubjpass"
            return True
        return False
    if root.pos_ == "VERB" and root.tag_ in ("VBZ", "VBP"):
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            # "Pope Francis apologises to ...": the name before the verb a compound of it
            left = doc[root.i - 1] if root.i > sent.start else None
            if left is not None and left.head.i == root.i and left.dep_ in (
                    "compound", "nmod", "npadvmod") and left.pos_ in NOMINAL and all(
                    t.pos_ in HEADLINE_NP_POS for t in doc[sent.start:root.i]):
                left.dep_ = "nsubj"
                _rehang(list(doc[sent.start:root.i]), left)
                return True
            return False
        # "India, China agree to ...": the first of two names joined by a comma read as an
        # adverbial of the verb
        first = doc[sent.start]
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i == sent.start + 2), subj)
        if subj.i == sent.start + 2 and doc[sent.start + 1].text == "," and (
                first.head.i == root.i and first.dep_ in ("npadvmod", "nsubj", "dep")
                and first.ent_type_ in NAME_ENTS and subj.ent_type_ in NAME_ENTS):
            subj.head, first.head, first.dep_ = root, root, "nsubj"
            subj.head, subj.dep_ = first, "conj"
            doc[sent.start + 1].head = first
            return True
        # "... rams Philippine supply vessel near ...": the object read as an apposition
        app = next((c for c in kids if c.dep_ == "appos" and c.i > root.i), None)
        if app is not None and app.pos_ in NOMINAL and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in kids) and (
                _known_verb(root.lemma_)):
            app.dep_ = "dobj"
            return True
        return False
    if _has_subject_verb(sent):
        return False
    # "Protesters storm parliament": the verb read as a noun with its subject and object
    if root.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in kids) and any(
            c.dep_ == "dobj" for c in kids) and _known_verb(root.lemma_):
        root.pos_ = "VERB"
        root.tag_ = "VBP" if root.lower_ == root.lemma_ else "VBZ"
        return True
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    return _headline_clause(root, sent.start, end, sent.end) is not None


def _past_lemma(word: str) -> str:
    """The known verb whose past tense ``word`` is ("hosted" -> "host"), or ""."""
    for cand in (word[:-2], word[:-1], word[:-3], word[:-3] + "y" if word.endswith("ied") else ""):
        if len(cand) > 2 and _known_verb(cand):
            return cand
    return ""


def _headline_clause(root: Token, start: int, end: int, limit: int) -> Token | None:
    """The clause ``start:end`` rebuilt around its headline verb (see ``_headline``); the
    verb, or None when the clause has no such shape. ``root`` is the clause's misread head
    and ``limit`` the end of the tokens that may be left without a head."""
    doc = root.doc
    for j in range(start + 1, min(end, start + 10)):
        t = doc[j]
        first = j  # "test-fires": the verb's word begins at its hyphened prefix
        if j - 2 > start and doc[j - 1].text == "-" and doc[j - 2].pos_ == "NOUN":
            first = j - 2
        pre = list(doc[start:first])
        if not pre or any(x.pos_ not in HEADLINE_NP_POS and x.tag_ != "HYPH" for x in pre):
            break
        last = pre[-1]
        if t.is_title or last.pos_ not in NOMINAL and not (
                last.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and last.is_title
                or last.is_title and last.i == start):  # ("Ardern lambasts ...")
            continue
        plural = last.tag_ in ("NNS", "NNPS") or last.lower_ in PLURAL_WORDS
        if t.lower_.endswith("s") and (t.tag_ in ("VBZ", "NNS", "NNPS") or t.tag_ == "NNP"
                                       and t.text.islower()) and not plural:
            tag = "VBZ"
        elif t.tag_ in ("VBP", "NN", "VB") and t.lower_ == t.lemma_ and plural:
            tag = "VBP"
        elif t.text.islower() and t.lower_.endswith("ed") and t.tag_ in ("NNP", "NN", "JJ") and (
                _past_lemma(t.lower_)):
            tag = "VBD"  # "Kenyan President William Ruto hosted Somalia's ...": a past
            # tense read as a name inside one long noun phrase
            t.lemma_ = _past_lemma(t.lower_)
        else:
            continue
        if not _known_verb(t.lemma_):
            continue
        stop = j + 1
        while stop < end and (doc[stop].pos_ in HEADLINE_NP_POS or doc[stop].pos_ == "DET"
                              or doc[stop].tag_ == "HYPH") and doc[stop].tag_ != "POS" or (
                stop < end and doc[stop].tag_ == "POS"):
            stop += 1
        obj = list(doc[j + 1:stop])
        obj_nouns = [x for x in obj if x.pos_ in NOMINAL]
        covered = {x.i for x in pre + obj} | set(range(first, j + 1))
        if root.i not in covered:
            return None
        t.head, t.dep_, t.pos_, t.tag_ = t, "ROOT", "VERB", tag
        for x in doc[first:j]:
            x.head = t
            x.dep_ = "punct" if x.tag_ == "HYPH" else "npadvmod"
        last.head, last.dep_ = t, "nsubj"
        if last.pos_ not in NOMINAL:  # ("Hungary" tagged an adjective)
            last.pos_, last.tag_ = "PROPN", "NNP"
        _rehang(pre, last)
        if obj_nouns:
            head = obj_nouns[-1]
            head.head, head.dep_ = t, "dobj"
            _rehang(obj, head)
            if stop < end and doc[stop].lower_ in HEADLINE_VERB_PREPS and (
                    doc[stop].head.i == head.i or doc[stop].head.i == doc[stop].i):
                doc[stop].head, doc[stop].dep_ = t, "prep"
        for x in doc[stop:limit]:
            if x.head.i == x.i:
                x.head, x.dep_ = t, "punct" if x.is_punct else "dep"
        return t
    return None


SAYING_VERBS = frozenset("""say tell report announce confirm claim add state believe think
    know allege insist deny""".split())
# participles that describe a person and are read as a clause's past tense
DESCRIBING_PAST = frozenset("""want accuse suspect charge convict sentence arrest detain
    capture kidnap abduct link tie implicate indict""".split())


def _object_participle(part: Token) -> bool:
    """29. "Spain extradites Russian businessman wanted for money laundering to the US":
    "wanted" read as the past tense of a clause with "businessman" its subject."""
    verb = part.head
    subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
    if subj is None or subj.pos_ not in NOMINAL or verb.pos_ != "VERB" or (
            verb.lemma_.lower() in SAYING_VERBS) or (
            subj.left_edge.i != verb.i + 1) or any(
            c.dep_ in ("dobj", "aux", "auxpass", "neg", "mark") for c in part.children) or any(
            c.dep_ in ("dobj", "ccomp") and c.i != part.i for c in verb.children):
        return False
    subj.head, subj.dep_ = verb, "dobj"
    part.head, part.dep_, part.tag_ = subj, "acl", "VBN"
    return True


AUTHOR_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# things people write or post, whose "by X" is their author
WRITINGS = frozenset("""post article comment remark tweet message statement video blog book
    song leaflet pamphlet petition letter column report essay speech poem cartoon
    broadcast""".split())


def _object_author(by: Token) -> bool:
    """ "flouted a ruling [by the court]": a by-phrase after an active verb's object is the
    object's; hang it on the object."""
    verb = by.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or by.i != obj.right_edge.i + 1:
        return False
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if pobj is None or not (pobj.pos_ == "PROPN" or pobj.ent_type_ in AUTHOR_ENTS or (
            # "scrubbed posts by internet users": people who wrote what was acted on
            obj.lemma_.lower() in WRITINGS and pobj.tag_ == "NNS")):
        return False
    by.head = obj
    return True


def _with_party(mark: Token) -> bool:
    """ "pleaded [with security forces] to free his supporters": "with" read as the
    subordinator of an infinitive whose subject is X; make X the object of "with", a
    preposition of the verb before it."""
    if mark.dep_ == "prep":  # ("with" a preposition whose object is the clause)
        clause = next((c for c in mark.children if c.dep_ == "pcomp"), None)
        verb = mark.head
        if clause is None:
            return False
    else:
        clause = mark.head
        verb = clause.head
    if verb.pos_ != "VERB" or not verb.i < mark.i < clause.i or clause.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i > mark.i), None)
    if subj is None or subj.pos_ not in NOMINAL or subj.left_edge.i != mark.i + 1:
        return False
    if any(not (verb.left_edge.i <= t.i <= verb.i or t.head.i == verb.i or any(
            a.i == verb.i for a in t.ancestors) and clause not in t.ancestors)
           for t in mark.doc[verb.i + 1:mark.i]):
        return False  # (only the verb's own words between it and "with")
    mark.head, mark.dep_, mark.pos_, mark.tag_ = verb, "prep", "ADP", "IN"
    subj.head, subj.dep_ = mark, "pobj"
    clause.head, clause.dep_ = verb, "advcl"
    if verb.lemma_.lower() in PLEADING_VERBS:
        clause.dep_ = "xcomp"  # what X is begged to do: its complement, not a purpose
    return True


PLEADING_VERBS = frozenset("plead beg reason remonstrate".split())




def _passive_agent(by: Token) -> bool:
    """ "was made to ECOWAS mediators [by the junta]": "by" hung on the preposition before it
    in a passive clause with no agent; make it the verb's agent."""
    prep = by.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return False
    if not any(c.dep_ == "pobj" for c in by.children):
        return False
    for c in prep.children:
        if c.dep_ == "pcomp" and c.pos_ in NOMINAL:
            c.dep_ = "pobj"  # "to ECOWAS mediators": the noun, not a clause
    by.head, by.dep_ = verb, "agent"
    return True


def _given_by(by: Token) -> bool:
    """ "Kyiv was promised 500 million euros in energy support [by Germany]": in a passive
    of giving whose subject is the receiver, a "by" + name hung on a noun of what was given
    is the verb's agent (36, for a noun head)."""
    verb = by.head
    for _ in range(4):  # up through "euros in support"
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return False
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    giving = verb.lemma_.lower() in GIVING_PASSIVES and any(
        c.dep_ == "dobj" for c in verb.children) and pobj.pos_ == "PROPN"
    # "was placed under house arrest by Indian authorities": the by-phrase of the noun of a
    # passive's own preposition names its doer
    placed = by.head.dep_ == "pobj" and by.head.head.head.i == verb.i and (
        by.head.lemma_.lower() in CUSTODY_NOUNS) and (
        pobj.pos_ == "PROPN" or pobj.tag_ == "NNS" or pobj.ent_type_ in ("ORG", "GPE", "NORP"))
    if not (giving or placed):
        return False
    by.head, by.dep_ = verb, "agent"
    return True


# what someone is placed or taken into ("under house arrest", "into custody")
CUSTODY_NOUNS = frozenset("arrest custody detention guard surveillance siege fire".split())
# verbs of giving whose passive subject is the receiver ("was promised X by Y")
GIVING_PASSIVES = frozenset("promise give offer grant award lend pledge send".split())


def _past_as_noun(tok: Token) -> bool:
    """ "PML-N leapt to the defence of X": "leapt" tagged a noun that holds its own subject
    (before it) and a preposition (after it); make it a past-tense verb."""
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) or not any(
            c.dep_ == "prep" and c.i > tok.i for c in tok.children):
        return False
    root = tok.sent.root
    if root.i == tok.i:
        return False
    tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", IRREGULAR_PAST[tok.lower_]
    tok.head, tok.dep_ = root, ("ccomp" if root.lemma_.lower() in REPORTING_LEMMAS
                                else "parataxis")
    return True


REPORTING_LEMMAS = frozenset("say tell announce state add report".split())


def _progressive_as_noun(tok: Token) -> bool:
    """ "is mediating between X and Y": "mediating" read as a noun; make it a verb."""
    be = tok.head
    if be.lemma_ != "be" or be.i != tok.i - 1 and not (
            be.i == tok.i - 2 and tok.doc[tok.i - 1].dep_ in ("advmod", "neg")):
        return False
    base = tok.lower_[:-3]
    lemma = next((c for c in (base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2]
                              else "") if c and _known_verb(c)), "")
    if not lemma or any(c.dep_ == "det" for c in tok.children):
        return False  # ("is a meeting": a noun after all)
    tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", lemma
    tok.head, tok.dep_ = (tok, "ROOT") if be.dep_ == "ROOT" else (be.head, be.dep_)
    for c in list(be.children):
        if c.i != tok.i:
            c.head = tok
    be.head, be.dep_ = tok, "aux"
    return True


def _past_in_names(tok: Token) -> bool:
    """ "Kenya's Law Society petitioned President William Ruto to sack the police chief":
    a lower-case past tense read as a name between two names; make it the verb."""
    lemma = _past_lemma(tok.lower_)
    obj = tok.head
    doc = tok.doc
    if not lemma or obj.i <= tok.i or obj.pos_ not in NOMINAL or tok.i == tok.sent.start:
        return False
    subj = doc[tok.i - 1]
    if subj.pos_ not in NOMINAL or subj.head.i not in (obj.i, tok.i):
        return False
    top = obj.head
    left = [t for t in doc[tok.sent.start:tok.i] if t.head.i in (obj.i, subj.i)
            or t.head.i == tok.i]
    if not left or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.sent.start:tok.i]):
        return False
    tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", lemma
    if top.i == obj.i or obj.dep_ == "ROOT":
        tok.head, tok.dep_ = tok, "ROOT"
        clause = None
    else:
        clause = top
        tok.head, tok.dep_ = (tok, "ROOT") if top.dep_ == "ROOT" else (top.head, top.dep_)
    for t in left:
        if t.i != subj.i:
            t.head = subj  # the subject's own modifiers ("Kenya's Law")
    subj.head, subj.dep_ = tok, "nsubj"
    obj.head, obj.dep_ = tok, "dobj"
    if clause is not None:
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        clause.head, clause.dep_ = tok, ("xcomp" if to else "ccomp")
        for c in [c for c in clause.children if c.dep_ == "punct" and c.i > clause.i]:
            c.head = tok
    return True


def _modifier_after_to(word: Token) -> bool:
    """ "shipped tents and blankets to quake survivors": "quake" read as an infinitive."""
    to = word.doc[word.i - 1]
    verb = word.head
    kids = list(word.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    # ("reopened the crossing to aid trucks": "aid" a noun before the vehicles it names)
    aid = word.lower_ == "aid" and obj is not None and obj.lemma_.lower() in AID_HEADS and (
        verb.lemma_.lower() in OPENING_VERBS)
    if to.head.i != word.i or to.dep_ != "aux" or verb.pos_ != "VERB" or not any(
            c.dep_ == "dobj" for c in verb.children) or (
            _known_verb(word.lemma_.lower()) or verb.lemma_.lower() not in SENDING_VERBS) and (
            not aid):
        return False
    if obj is None or obj.left_edge.i != word.i + 1 or obj.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ not in ("dobj", "aux") for c in kids):
        return False
    to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
    obj.head, obj.dep_ = to, "pobj"
    word.head, word.dep_, word.pos_, word.tag_ = obj, "compound", "NOUN", "NN"
    return True


# what "aid" names before it ("aid trucks", "aid convoys"), and verbs that open a way to them
AID_HEADS = frozenset("truck convoy shipment flight delivery lorry vehicle boat ship".split())
OPENING_VERBS = frozenset("open reopen close shut restrict block".split())
# verbs whose "to" names a recipient ("shipped tents to quake survivors")
SENDING_VERBS = frozenset("""ship send deliver airlift fly donate supply provide give sell export
    truck ferry airdrop dispatch transfer hand""".split())


def _reporter_in_apposition(subj: Token) -> bool:
    """ "Asylum was granted to X, Mexico's foreign ministry said": X read as the subject of
    "said" and the ministry as X's apposition."""
    verb = subj.head
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if appos is None or appos.right_edge.i != verb.i - 1 or subj.i + 1 >= appos.left_edge.i or (
            subj.doc[subj.i + 1].text != ","):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    if clause is None:
        return False
    bare = next((t for t in clause.subtree if t.dep_ == "prep" and t.i < subj.left_edge.i
                 and t.i == subj.left_edge.i - 1 and not any(
                     c.dep_ in ("pobj", "pcomp") for c in t.children)), None)
    if bare is None:
        return False
    subj.head, subj.dep_ = bare, "pobj"
    appos.head, appos.dep_ = verb, "nsubj"
    subj.doc[subj.i + 1].head = verb
    return True
