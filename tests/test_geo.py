"""Tests for the gazetteer and event locator (eventwatch.geo), on hand-written sentences."""

from __future__ import annotations

import collections
import datetime as dt

import pytest

from eventwatch import geo
from eventwatch.records import LOCATION_PRECISIONS


@pytest.fixture(scope="module")
def gaz():
    return geo.default_gazetteer()


def places(nlp, gaz, text, context=None):
    doc = nlp(text)
    return doc, gaz.annotate(doc, context)


def verb(sent, lemma):
    return next(t for t in sent if t.lemma_ == lemma)


def test_idlib_in_a_syria_article_is_the_city(nlp, gaz):
    doc, dp = places(nlp, gaz, "Syrian government aircraft bombed a market in Idlib on Monday. "
                               "The war in Syria has lasted more than a decade.")
    sent = next(iter(doc.sents))
    loc = dp.locate(sent, verb(sent, "bomb"))
    assert (loc.name, loc.country, loc.precision) == ("Idlib", "SYR", "city")
    assert loc.lat == pytest.approx(35.93, abs=0.05) and loc.lon == pytest.approx(36.63, abs=0.05)
    assert loc.admin1 == "Idlib Governorate" and loc.geonameid


def test_idlib_province_is_the_admin1_region(nlp, gaz):
    doc, dp = places(nlp, gaz, "Rebels clashed with troops in Idlib province overnight.")
    loc = dp.locate(next(iter(doc.sents)))
    assert (loc.country, loc.precision) == ("SYR", "admin1")
    assert loc.name == "Idlib Governorate"


@pytest.mark.parametrize(("text", "country"), [
    ("Rival militias fought in Tripoli on Sunday. Officials in Beirut said the clashes in "
     "northern Lebanon killed four people.", "LBN"),
    ("Rival militias fought in Tripoli on Sunday. The United Nations envoy for Libya urged "
     "calm as fighting also spread to Misrata.", "LBY"),
])
def test_ambiguous_city_resolved_by_article_context(nlp, gaz, text, country):
    doc, dp = places(nlp, gaz, text)
    sent = next(iter(doc.sents))
    loc = dp.locate(sent, verb(sent, "fight"))
    assert (loc.name, loc.country, loc.precision) == ("Tripoli", country, "city")


def test_context_countries_from_the_actor_stage_are_used(nlp, gaz):
    text = "Gunmen opened fire on a bus near Tripoli."
    _, default = places(nlp, gaz, text)
    _, lebanon = places(nlp, gaz, text, collections.Counter({"LBN": 3}))
    assert default.places[0].location.country == "LBY"  # the bigger city without context
    assert lebanon.places[0].location.country == "LBN"


def test_country_level_location(nlp, gaz):
    doc, dp = places(nlp, gaz, "Heavy floods hit Pakistan this week, displacing thousands.")
    loc = dp.locate(next(iter(doc.sents)))
    assert (loc.name, loc.country, loc.precision, loc.admin1) == (
        "Pakistan", "PAK", "country", None)
    assert 25 < loc.lat < 35 and 65 < loc.lon < 75  # the country's centre, not Islamabad


def test_georgia_next_to_tbilisi_is_the_country(nlp, gaz):
    doc, dp = places(nlp, gaz, "Thousands marched through Tbilisi on Friday. Protests spread "
                               "across Georgia after the disputed vote.")
    georgia = [p for p in dp.places if p.text == "Georgia"]
    assert georgia and georgia[0].location.country == "GEO"
    assert georgia[0].location.precision == "country"


def test_city_comma_state_pair(nlp, gaz):
    doc, dp = places(nlp, gaz, "Police arrested two men in Atlanta, Georgia, on Tuesday.")
    by_text = {p.text: p.location for p in dp.places}
    assert by_text["Atlanta"].country == "USA"
    assert (by_text["Georgia"].country, by_text["Georgia"].precision) == ("USA", "admin1")


def test_place_from_previous_sentence_in_same_paragraph(nlp, gaz):
    text = ("Gunmen stormed a boarding school in Kaduna on Monday night. They abducted dozens of "
            "pupils and a teacher.\n\nSeparately, the army said troops had repelled an attack "
            "in Maiduguri. Officials later promised an inquiry.")
    doc, dp = places(nlp, gaz, text)
    sents = list(doc.sents)
    second = next(s for s in sents if s.text.startswith("They abducted"))
    assert dp.locate(second, verb(second, "abduct")).name == "Kaduna"
    last = next(s for s in sents if s.text.startswith("Officials"))
    assert dp.locate(last).name == "Maiduguri"  # nearest earlier place in its own paragraph


def test_new_paragraph_without_places_falls_back_to_dominant(nlp, gaz):
    text = ("Clashes erupted in Kharkiv on Monday. Shelling in Kharkiv continued on Tuesday.\n\n"
            "A ceasefire was announced later in the week.")
    doc, dp = places(nlp, gaz, text)
    last = list(doc.sents)[-1]
    assert dp.dominant().name == "Kharkiv"
    assert dp.locate(last).name == "Kharkiv"


def test_actor_gpe_is_not_the_location(nlp, gaz):
    doc, dp = places(nlp, gaz, "Moscow condemned the shelling of a hospital in Kharkiv.")
    by_text = {p.text: p for p in dp.places}
    assert by_text["Moscow"].is_actor and not by_text["Kharkiv"].is_actor
    sent = next(iter(doc.sents))
    assert dp.locate(sent, verb(sent, "condemn")).name == "Kharkiv"


def test_possessive_actor_and_demonyms_are_not_places(nlp, gaz):
    doc, dp = places(nlp, gaz, "Russia's army and Turkish drones struck targets near Afrin.")
    assert [p.text for p in dp.places if not p.is_actor] == ["Afrin"]
    assert all(p.text != "Turkish" for p in dp.places)
    loc = dp.locate(next(iter(doc.sents)))
    assert (loc.name, loc.country) == ("Afrin", "SYR")


def test_dominant_fallback_when_sentence_has_no_place(nlp, gaz):
    text = ("Fighting in Mogadishu killed six people. Residents of Mogadishu fled the clashes.\n\n"
            "The government blamed the insurgents.")
    doc, dp = places(nlp, gaz, text)
    dominant = dp.dominant()
    assert (dominant.name, dominant.country) == ("Mogadishu", "SOM")
    assert dp.locate(list(doc.sents)[-1]) == dominant


def test_unknown_toponyms_do_not_break_anything(nlp, gaz):
    doc, dp = places(nlp, gaz, "Fighting broke out in Zorblaxton and Quibberfield overnight.")
    assert dp.places == []
    assert dp.locate(next(iter(doc.sents))) is None
    assert dp.dominant() is None
    doc, dp = places(nlp, gaz, "Fighting broke out in Zorblaxton and near Aleppo overnight.")
    assert dp.locate(next(iter(doc.sents))).name == "Aleppo"
    assert gaz.lookup("Zorblaxton") is None


def test_lookup(gaz):
    assert (gaz.lookup("Paris").country, gaz.lookup("Paris").precision) == ("FRA", "city")
    assert gaz.lookup("Paris", country="USA").admin1 == "Texas"
    assert gaz.lookup("Tripoli", country="LB").country == "LBN"
    assert gaz.lookup("Kiev").name == "Kyiv"
    assert gaz.lookup("Burma").country == "MMR"
    for name, iso3 in [("Gaza Strip", "PSE"), ("Darfur", "SDN"), ("Donbas", "UKR"),
                       ("Tigray", "ETH"), ("Zamfara State", "NGA"), ("Helmand", "AFG")]:
        loc = gaz.lookup(name)
        assert (loc.country, loc.precision) == (iso3, "admin1"), name


def test_every_location_is_well_formed(gaz):
    for pid in range(0, len(gaz.kind), 97):
        loc = gaz.location(pid)
        assert loc.precision in LOCATION_PRECISIONS and len(loc.country) == 3
        assert -90 <= loc.lat <= 90 and -180 <= loc.lon <= 180


def test_bad_data_file_names_file_and_line(tmp_path):
    bad = tmp_path / "admin1.tsv"
    bad.write_text("# comment\nSYR\tIdlib Governorate\t12\tnorth\t36.6\n", encoding="utf-8")
    with pytest.raises(geo.DataFileError, match=r"admin1\.tsv line 2: not a number"):
        geo._read_tsv(bad, 5, (3, 4), optional=(2,))
    bad.write_text("SYR\tIdlib\n", encoding="utf-8")
    with pytest.raises(geo.DataFileError, match="line 1: expected 5"):
        geo._read_tsv(bad, 5)


def test_a_country_inside_a_compound_word_is_not_a_place(nlp):
    from eventwatch.pipeline import Pipeline

    text = "A pro-Iran cleric was shot dead in Basra on Friday."
    ev = next(e for e in Pipeline().code_text(text) if e.quad_class == 4)
    assert ev.location is not None and ev.location.name.startswith("Basra")
    assert ev.target is not None and ev.target.country == "IRQ"


def test_a_country_naming_the_victims_is_not_the_place(nlp, gaz):
    doc, dp = places(nlp, gaz, "Two Canadian engineers were kidnapped outside the Nigerian city "
                               "of Kaduna.")
    sent = next(iter(doc.sents))
    loc = dp.locate(sent, verb(sent, "kidnap"))
    assert loc is not None and loc.country == "NGA"


def test_a_name_introduced_by_a_geographic_noun_is_a_place(nlp, gaz):
    # the entity recogniser may label such a name a nationality; "the town of" says otherwise
    doc, dp = places(nlp, gaz, "A car bomb near the town of Samarra wounded three policemen.")
    assert any(p.location.country == "IRQ" and p.text == "Samarra" for p in dp.places)


def test_a_statement_is_placed_at_a_home_dateline(nlp, gaz):
    from eventwatch import dateline
    text = dateline.separate(
        "KAMPALA, June 2 - Uganda's government accused the rebels on Monday of breaking the "
        "truce. Soldiers said rebels had shelled a market in Gulu, killing four people. The "
        "bishops urged both sides to talk.")
    doc, dp = places(nlp, gaz, text)
    sents = list(doc.sents)
    accused = next(s for s in sents if "accused" in s.text)
    urged = next(s for s in sents if "urged" in s.text)
    shelled = next(s for s in sents if "shelled" in s.text)
    assert dp.locate(accused, verb(accused, "accuse"), said=True).name == "Kampala"
    assert dp.locate(urged, verb(urged, "urge"), said=True).name == "Kampala"
    # what happened stays where it happened
    assert dp.locate(shelled, verb(shelled, "shell")).name == "Gulu"
    assert dp.locate(urged, verb(urged, "urge")).name == "Gulu"
    # a dateline abroad (a wire hub) is not where a statement about another country was made
    text = dateline.separate(
        "NAIROBI, June 2 - Somalia's government accused the militants of breaking the truce. "
        "Militants shelled a market in Baidoa, killing four people. Residents fled Baidoa.")
    doc, dp = places(nlp, gaz, text)
    accused = next(s for s in doc.sents if "accused" in s.text)
    assert dp.locate(accused, verb(accused, "accuse"), said=True).country == "SOM"


def test_where_a_reports_source_is_based_is_not_the_events_place(nlp, gaz):
    doc, dp = places(nlp, gaz, "Rebels shelled army posts near the front line on Sunday, "
                               "according to a monitoring group based in Britain.")
    sent = next(iter(doc.sents))
    loc = dp.locate(sent, verb(sent, "shell"))
    assert loc is None or loc.country != "GBR"


def test_a_sea_is_not_the_region_of_the_same_name(nlp, gaz):
    doc, dp = places(nlp, gaz, "Rebels seized a cargo ship in the Red Sea on Sunday.")
    assert not dp.places
    doc, dp = places(nlp, gaz, "Protesters gathered in Red Sea State on Sunday.")
    assert [p.location.country for p in dp.places] == ["SDN"]


def test_a_region_named_by_a_direction_is_found_only_by_its_full_name(gaz):
    assert gaz.lookup("Western") is None  # not Rwanda's Western Province
    found = gaz.lookup("Western Province", "RWA")
    assert found is not None and found.country == "RWA"


def test_an_earlier_place_must_be_where_something_happened(nlp):
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Article
    text = ("Thousands gathered in Niamey on Friday, chanting slogans against France. "
            "Police fired tear gas to disperse the crowd.")
    evs = Pipeline().code_text(text, Article(id="g", text=text, date=dt.date(2023, 8, 4)))
    gas = [e for e in evs if e.cameo_root == "17"]
    assert gas and gas[0].location.name == "Niamey"


def test_a_big_city_the_tagger_calls_a_person_is_still_the_place(nlp):
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Article
    text = "Russian troops shelled Kharkiv overnight."
    evs = Pipeline().code_text(text, Article(id="g", text=text, date=dt.date(2023, 8, 4)))
    assert evs and evs[0].location is not None and evs[0].location.name == "Kharkiv"


def test_a_name_before_a_lower_case_region_word_is_that_region(nlp, gaz):
    # the tagger calls "Kebbi" a nationality; "state" after it says it is a region
    doc, dp = places(nlp, gaz, "Bandits kidnapped dozens of pupils from a school in Kebbi "
                               "state on Thursday.")
    loc = dp.locate(next(iter(doc.sents)))
    assert (loc.country, loc.precision) == ("NGA", "admin1")


def test_a_city_the_tagger_calls_a_nationality_is_still_a_place(nlp, gaz):
    doc, dp = places(nlp, gaz, "Russian jets bombed Aleppo.")
    loc = dp.locate(next(iter(doc.sents)))
    assert loc is not None and (loc.name, loc.country) == ("Aleppo", "SYR")


def test_whom_a_verb_accuses_or_urges_is_not_where_it_happened(nlp, gaz):
    doc, dp = places(nlp, gaz, "Kyiv accused Moscow of shelling the plant.")
    assert all(p.is_actor for p in dp.places if p.location.country == "RUS")


def test_a_small_foreign_town_name_in_another_countrys_story_is_not_that_town(nlp, gaz):
    text = "Soldiers killed dozens of villagers in the central village of Moura, the army said."
    _, mali = places(nlp, gaz, text, collections.Counter({"MLI": 3}))
    assert all(p.location.country != "PRT" for p in mali.places)
    _, none = places(nlp, gaz, text)
    assert [p.location.country for p in none.places] == ["PRT"]  # no story around it


def test_a_big_city_travelled_to_is_a_place_even_when_tagged_a_person(nlp):
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Article

    p = Pipeline()
    evs = p.code_text("Kim Jong Un travelled to Vladivostok for a summit with Vladimir Putin.",
                      Article(id="t", text=""))
    assert evs and all(e.location.name == "Vladivostok" for e in evs)


def test_what_a_stance_or_talks_are_on_is_a_topic_not_a_place(nlp, gaz):
    doc, found = places(nlp, gaz, "Rabat praised Madrid's stance on Western Sahara.")
    sent = next(iter(doc.sents))
    loc = found.locate(sent, verb(sent, "praise"))
    assert loc is None or loc.name != "Western Sahara"


def test_the_other_party_of_a_deal_is_no_place(nlp, gaz):
    doc, found = places(nlp, gaz, "Havana freed 200 prisoners under a deal with the Vatican.",
                        collections.Counter({"CUB": 2}))
    sent = next(iter(doc.sents))
    loc = found.locate(sent, verb(sent, "free"))
    assert loc is None or loc.country != "VAT"


def test_a_country_the_tagger_calls_a_date_is_still_the_place(nlp):
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Article
    text = "A French aid worker was kidnapped in Niger."
    evs = Pipeline().code_text(text, Article(id="t", text=text))
    assert evs and evs[0].location is not None and evs[0].location.country == "NER"


def test_a_country_that_owns_the_target_is_not_the_place(nlp):
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Article
    text = "Militias attacked a US base in Syria."
    evs = Pipeline().code_text(text, Article(id="t", text=text))
    assert evs[0].location.country == "SYR"


@pytest.mark.parametrize(("text", "country", "name"), [
    # ACLED's notes name the areas a small place lies in between parentheses; the tagger folds
    # them into one ORG entity with the place ("Tall Rifat (Aleppo"), and they still count
    ("On 2 February 2016, Russian warplanes struck the village of Tall Rifat (Aleppo). "
     "8 fatalities.", "SYR", "Aleppo"),
    ("Around 16 March 2015, troops dislodged militants from Bama (Borno) after heavy fighting.",
     "NGA", "Borno"),
    ("On 4 June 2019, gunmen killed two farmers in Tillia (Tahoua). 2 fatalities.", "NER",
     "Tahoua"),
])
def test_areas_in_parentheses_after_a_place(nlp, gaz, text, country, name):
    doc, dp = places(nlp, gaz, text)
    sent = next(iter(doc.sents))
    loc = dp.locate(sent)
    assert loc is not None and loc.country == country and name in loc.name


def test_a_source_in_parentheses_is_no_place(nlp, gaz):
    doc, dp = places(nlp, gaz, "Police arrested 12 people in Nairobi (Reuters) on Monday.")
    assert {p.location.country for p in dp.within(0, len(doc))} == {"KEN"}
