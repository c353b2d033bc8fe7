"""A past-tense verb the small model reads as an adjective is put back at the head of its clause."""

import pytest


def _deps(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("text, verb, subj, obj", [
    ("Sudan's army massed tanks and artillery around El Fasher.", "massed", "army", "tanks"),
    ("Kenya's police massed officers around the stadium.", "massed", "police", "officers"),
    ("Greece scrambled jets.", "scrambled", "Greece", "jets"),
])
def test_a_verb_read_as_an_adjective_heads_its_clause(nlp, text, verb, subj, obj):
    deps = _deps(nlp(text))
    assert deps[verb][0] == "ROOT"
    assert deps[subj] == ("nsubj", verb)
    assert deps[obj] == ("dobj", verb)


def test_the_possessor_stays_with_the_subject(nlp):
    deps = _deps(nlp("Sudan's army massed tanks and artillery around El Fasher."))
    assert deps["Sudan"] == ("poss", "army")


@pytest.mark.parametrize("text, word", [
    ("The massed troops waited at the gate.", "massed"),
    ("The scrambled eggs were cold.", "scrambled"),
])
def test_a_real_adjective_is_left_alone(nlp, text, word):
    deps = _deps(nlp(text))
    assert deps[word][0] == "amod"


def test_sentences_keep_their_boundaries(nlp):
    doc = nlp("Uganda's army massed troops near the border. Talks went on in Kampala.")
    assert [s.text for s in doc.sents] == ["Uganda's army massed troops near the border.",
                                           "Talks went on in Kampala."]


@pytest.mark.parametrize("text, noun, dep", [
    ("The minister gave in to striking nurses after a week.", "nurses", "pobj"),
    ("Riot police dispersed protesting students outside the ministry.", "students", "dobj"),
])
def test_a_describing_participle_before_people_is_their_adjective(nlp, text, noun, dep):
    doc = nlp(text)
    deps = _deps(doc)
    participle = next(t for t in doc if t.tag_ == "VBG")
    assert deps[participle.text] == ("amod", noun)
    assert deps[noun][0] == dep


def test_a_participle_with_a_thing_as_object_stays_a_verb(nlp):
    deps = _deps(nlp("Drones were striking fuel depots near the port."))
    assert deps["depots"] == ("dobj", "striking")


def test_a_past_tense_verb_joined_to_a_gerund_joins_the_main_verb(nlp):
    deps = _deps(nlp("Bogota accused Caracas of sheltering rebels and broke off diplomatic "
                     "relations."))
    assert deps["broke"] == ("conj", "accused")


def test_a_verb_read_as_a_reduced_relative_with_no_verb_at_the_root_is_the_root(nlp):
    deps = _deps(nlp("Relatives of the jailed miners protested outside the courthouse, "
                     "demanding their release."))
    assert deps["protested"][0] == "ROOT"
    assert deps["Relatives"] == ("nsubj", "protested")


def test_a_real_reduced_relative_stays(nlp):
    deps = _deps(nlp("The men arrested on Monday appeared in court on Friday."))
    assert deps["arrested"][0] == "acl"


def test_phrases_after_an_amount_go_back_to_the_verb_or_the_noun(nlp):
    deps = _deps(nlp("Morocco exported tomatoes worth $2 billion to Spain last year."))
    assert deps["to"] == ("prep", "exported")
    deps = _deps(nlp("Military assistance worth $300 million from Washington to the "
                     "Philippine army was approved."))
    assert deps["from"] == ("prep", "assistance") and deps["to"] == ("prep", "assistance")
    # an amount "worth of" something keeps its "of"
    deps = _deps(nlp("They bought goods worth of millions."))
    assert deps["of"][1] != "bought"


def test_a_noun_at_the_root_with_an_object_is_the_verb(nlp):
    doc = nlp("The EU cut funding to the Palestinian Authority.")
    deps = _deps(doc)
    assert deps["cut"][0] == "ROOT" and deps["EU"] == ("nsubj", "cut")
    assert next(t for t in doc if t.text == "cut").pos_ == "VERB"
    # a real noun at the root (a headline with no object) stays a noun
    doc = nlp("A sharp cut in funding for the army.")
    assert next(t for t in doc if t.text == "cut").pos_ == "NOUN"


def test_an_acronym_read_as_the_verb_is_the_subject(nlp):
    doc = nlp("ECOWAS imposed sanctions on the junta in Conakry.")
    deps = _deps(doc)
    assert deps["imposed"][0] == "ROOT" and deps["ECOWAS"] == ("nsubj", "imposed")
    assert deps["sanctions"] == ("dobj", "imposed")
    assert doc[0].pos_ == "PROPN"


def test_a_name_at_the_root_after_an_opening_phrase_is_the_subject(nlp):
    deps = _deps(nlp("On Monday, ECOWAS imposed sanctions on the junta."))
    assert deps["imposed"][0] == "ROOT" and deps["ECOWAS"] == ("nsubj", "imposed")
    assert deps["On"][1] == "imposed"


def test_believed_to_be_describes_the_subject_of_the_real_verb(nlp):
    deps = _deps(nlp("Gunmen believed to be Fulani herders killed 30 villagers."))
    assert deps["killed"][0] == "ROOT" and deps["Gunmen"] == ("nsubj", "killed")
    assert deps["believed"] == ("acl", "Gunmen")
    # a real "believed" clause stays
    deps = _deps(nlp("The police believed the attack was planned."))
    assert deps["believed"][0] == "ROOT"


def test_an_acronym_read_as_a_verb_inside_a_clause_names_the_noun_after_it(nlp):
    doc = nlp("Ghana's president consulted ECOWAS leaders on the crisis in Niger.")
    deps = _deps(doc)
    assert deps["ECOWAS"] == ("compound", "leaders") and deps["leaders"] == ("dobj", "consulted")
    assert deps["on"][1] == "consulted"


def test_a_name_after_to_read_as_an_infinitive_is_the_prepositions_object(nlp):
    deps = _deps(nlp("UNICEF airlifted food to Djibo in 2023."))
    assert deps["to"] == ("prep", "airlifted") and deps["Djibo"] == ("pobj", "to")
    # a real infinitive with its object stays
    deps = _deps(nlp("The army moved to retake the town."))
    assert deps["retake"][0] == "xcomp"


def test_an_irregular_past_read_as_an_adjective_is_the_verb_again(nlp):
    from eventwatch.nlp import parse

    doc = parse("Finland froze development aid to Kenya.")
    froze = next(t for t in doc if t.lower_ == "froze")
    assert froze.dep_ == "ROOT" and froze.lemma_ == "freeze" and froze.pos_ == "VERB"
    assert {c.lower_ for c in froze.children if c.dep_ == "nsubj"} == {"finland"}


def test_a_subject_read_as_a_conjunct_of_the_fronted_phrase_is_the_subject_again(nlp):
    from eventwatch.nlp import parse

    doc = parse("Following talks mediated by Qatar and Egypt, Israel and Hamas agreed to a "
                "truce.")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert [c.text for c in agreed.children if c.dep_ == "nsubj"] == ["Israel"]


def test_gunmen_suspected_to_be_members_of_a_group_are_the_killers(nlp):
    from eventwatch.nlp import parse

    doc = parse("Gunmen suspected to be members of a jihadist group killed nine farmers.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert killed.dep_ == "ROOT"
    assert [c.text for c in killed.children if c.dep_ == "nsubj"] == ["Gunmen"]


def test_an_unknown_name_read_as_an_adverb_is_the_object(nlp):
    from eventwatch.nlp import parse

    doc = parse("Russian forces shelled Bakhmut overnight.")
    name = next(t for t in doc if t.text == "Bakhmut")
    assert name.dep_ == "dobj" and name.head.lower_ == "shelled" and name.pos_ == "PROPN"
    doc = parse("The rebels attacked quickly.")
    assert next(t for t in doc if t.text == "quickly").dep_ != "dobj"


def test_an_acronym_after_a_giving_verb_is_whom_it_is_given(nlp):
    from eventwatch.nlp import parse

    doc = parse("The junta in Mali promised ECOWAS a two-year transition.")
    name = next(t for t in doc if t.text == "ECOWAS")
    assert name.pos_ == "PROPN" and name.dep_ == "dative" and name.head.lower_ == "promised"
    assert next(t for t in doc if t.text == "transition").head.lower_ == "promised"


def test_a_preposition_tagged_as_a_conjunction_is_an_adposition(nlp):
    from eventwatch.nlp import parse

    doc = parse("Villagers set upon the police patrol.")
    upon = next(t for t in doc if t.text == "upon")
    assert upon.dep_ == "prep" and upon.pos_ == "ADP"
    doc = parse("The talks ended because the envoy left.")
    assert next(t for t in doc if t.text == "because").pos_ == "SCONJ"


def test_over_before_to_is_the_verbs_particle(nlp):
    from eventwatch.nlp import parse

    doc = parse("Armenia handed three villages in Tavush province over to Azerbaijan.")
    over = next(t for t in doc if t.text == "over")
    to = next(t for t in doc if t.text == "to")
    assert over.dep_ == "prt" and to.head.text == "handed"
    doc = parse("The river flows over the dam.")
    assert next(t for t in doc if t.text == "over").dep_ == "prep"


def test_a_reduced_relative_read_as_the_main_verb_describes_the_subject_again(nlp):
    from eventwatch.nlp import parse

    for text in ("Twelve Thai soldiers captured in a border clash were set free by the army.",
                 "Ten Cambodian soldiers captured in a border skirmish were set free by the "
                 "Thai army on Sunday."):
        doc = parse(text)
        captured = next(t for t in doc if t.text == "captured")
        soldiers = next(t for t in doc if t.text == "soldiers")
        assert captured.dep_ == "acl" and captured.head.i == soldiers.i
        assert soldiers.dep_ == "nsubjpass" and soldiers.head.text == "set"
    doc = parse("Rebels said soldiers captured the town.")
    assert next(t for t in doc if t.text == "captured").dep_ != "acl"


def test_an_apposition_read_as_a_second_object_hangs_on_the_noun_before_it(nlp):
    from eventwatch.nlp import parse
    doc = parse("Norway cut aid to UNRWA, the UN agency for Palestinian refugees.")
    agency = next(t for t in doc if t.text == "agency")
    assert agency.dep_ == "appos" and agency.head.text == "UNRWA"


def test_a_reporter_after_the_comma_becomes_the_root(nlp):
    from eventwatch.nlp import parse
    doc = parse("The police are harassing reporters, a press freedom group protested on Friday.")
    verb = next(t for t in doc if t.text == "protested")
    assert verb.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == "group" for c in verb.children)
    assert any(c.dep_ == "ccomp" and c.text == "harassing" for c in verb.children)


def test_a_verb_read_as_an_adjective_before_a_purpose_clause_is_the_root(nlp):
    from eventwatch.nlp import parse
    doc = parse("Taiwan scrambled fighter jets to intercept Chinese bombers.")
    verb = next(t for t in doc if t.text == "scrambled")
    assert verb.dep_ == "ROOT"
    assert any(c.dep_ == "dobj" and c.text == "jets" for c in verb.children)


def test_an_infinitive_after_a_time_phrase_stays_the_complement_of_a_promise(nlp):
    from eventwatch.nlp import parse
    doc = parse("Seoul undertook on Friday to finance a new railway in Laos.")
    verb = next(t for t in doc if t.text == "finance")
    assert verb.dep_ == "xcomp" and verb.head.text == "undertook"


def test_an_object_after_a_short_phrase_is_the_verbs_object(nlp):
    from eventwatch.nlp import parse
    doc = parse("The court released on bail two former ministers.")
    obj = next(t for t in doc if t.text == "ministers")
    assert obj.dep_ == "dobj" and obj.head.text == "released"


def test_a_past_tense_after_a_noun_root_is_the_main_verb(nlp):
    from eventwatch.nlp import parse
    doc = parse("Egypt's refusal to open the Rafah crossing angered aid groups.")
    verb = next(t for t in doc if t.text == "angered")
    assert verb.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == "refusal" for c in verb.children)
    assert any(c.dep_ == "dobj" and c.text == "groups" for c in verb.children)
