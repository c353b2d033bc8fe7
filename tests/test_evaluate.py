"""``eventwatch eval``: the scoring arithmetic on tiny gold files written for these tests.

A fake coder returns hand-built events, so every figure below is computed by hand and does not
depend on the real coder's quality; one smoke test goes through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.evaluate import GoldFileError, evaluate_file
from eventwatch.evaluate import cli as eval_cli
from eventwatch.evaluate.common import coverage, haversine_km, pair_overlaps
from eventwatch.evaluate.hrds import gold_date, html_paragraphs
from eventwatch.evaluate.names import accepts, country_codes, same_place
from eventwatch.records import Actor, Event, Location


def actor(text, code="XXX", country=None):
    return Actor(text=text, name=text, code=code, country=country)


def ev(plover="ASSAULT", src=None, tgt=None, **kw):
    return Event(article_id="a", sentence_index=0, sentence="", cameo="190", cameo_root="19",
                 quad_class=4, goldstein=-10.0, plover=plover,
                 source=actor(*src) if isinstance(src, tuple) else src and actor(src),
                 target=actor(*tgt) if isinstance(tgt, tuple) else tgt and actor(tgt), **kw)


class FakeCoder:
    """Returns the given event lists, one per article, and keeps the articles it was given."""

    def __init__(self, per_article):
        self.per_article = per_article
        self.articles = []

    def code(self, articles):
        for i, art in enumerate(articles):
            self.articles.append(art)
            yield art, self.per_article[i]


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


# --- PLV -----------------------------------------------------------------------------------------

PLV = (
    "\tsentence\tsource\ttarget\tgold_root\tgold_penta\n"
    "0\tThe Ruritanian army blamed the rebels for the blast.\tThe Ruritanian army\tthe rebels"
    "\tACCUSE\t3\n"
    "1\tThe ministry released the protesters.\tthe ministry\tthe protesters\tYIELD\t2\n"
    "2\tOsterlich and Ruritania agreed to hold talks.\tOsterlich\tRuritania\tAGREE\t1\n"
    "3\tGunmen shot a village elder.\tGunmen\ta village elder\tASSAULT\t4\n"
    "4\tFarmers marched on the capital.\tFarmers\tthe capital\tPROTEST\t4\n"
)


def plv_events():
    return [
        [ev("ACCUSE", "Ruritanian army", "rebels"), ev("ASSAULT", "rebels", None)],
        [ev("RETREAT", "ministry", "the protesters")],
        [ev("CONSULT", "Osterlich", "Ruritania")],  # actors right, type wrong (same quad)
        [ev("ASSAULT", "Gunmen", None)],  # type right, target missing
        [],
    ]


def test_plv_scoring_by_hand(tmp_path):
    path = write(tmp_path, "gold.tsv", PLV)
    coder = FakeCoder(plv_events())
    r = evaluate_file(path, "plv", pipeline=coder)
    assert [a.text for a in coder.articles][0].startswith("The Ruritanian army")
    assert r["records"] == 5
    assert r["coverage"] == 0.8
    assert r["type_accuracy"] == 0.4  # rows 0 and 1 (RETREAT counts as YIELD)
    assert r["pair_recall"] == 0.6  # rows 0, 1, 2
    assert r["type_accuracy_lenient"] == 0.6  # rows 0, 1, 3: no overlap needed
    assert r["quad_accuracy"] == 0.6  # rows 0, 1, 2 (CONSULT and AGREE are both quad 1)
    assert r["quad_accuracy_lenient"] == 0.8
    assert r["pair_failures"] == {"target_missed": 1, "no_event": 1}
    assert {(c["gold"], c["predicted"]) for c in r["lenient_worst_cells"]} == {
        ("AGREE", "CONSULT"), ("PROTEST", "NONE")}
    cls = r["classification"]
    assert cls["accuracy"] == r["type_accuracy"]
    assert cls["per_type"]["ACCUSE"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                         "support": 1, "predicted": 1}
    assert cls["per_type"]["AGREE"]["f1"] == 0.0
    assert r["macro_f1"] == 0.4  # ACCUSE 1, YIELD 1, AGREE 0, ASSAULT 0, PROTEST 0
    assert cls["confusion"]["AGREE"] == {"CONSULT": 1}
    assert cls["confusion"]["ASSAULT"] == {"NONE": 1}
    assert {(c["gold"], c["predicted"]) for c in cls["worst_cells"]} == {
        ("AGREE", "CONSULT"), ("ASSAULT", "NONE"), ("PROTEST", "NONE")}


def test_plv_gold_that_names_concede_or_retreat_scores_them_as_yield(tmp_path):
    gold = ("\tsentence\tsource\ttarget\tgold_root\n"
            "0\tOsterlich lifted its ban on Ruritanian wheat.\tOsterlich\tRuritanian wheat"
            "\tCONCEDE\n"
            "1\tThe rebels freed two pilots.\tThe rebels\ttwo pilots\tCONCEDE\n")
    path = write(tmp_path, "gold.tsv", gold)
    coder = FakeCoder([[ev("CONCEDE", "Osterlich", "Ruritanian wheat")],
                       [ev("RETREAT", "rebels", "two pilots")]])
    r = evaluate_file(path, "plv", pipeline=coder)
    # PLV scoring counts CONCEDE and RETREAT as one type (YIELD), whichever the gold names
    assert r["type_accuracy"] == 1.0
    assert r["lenient_worst_cells"] == []


def test_plv_asserted_only_drops_other_modalities(tmp_path):
    path = write(tmp_path, "gold.tsv", PLV)
    events = plv_events()
    events[0] = [ev("ACCUSE", "Ruritanian army", "rebels", modality="negated")]
    r = evaluate_file(path, "plv", pipeline=FakeCoder(events), asserted_only=True)
    assert r["modalities"] == "asserted"
    assert r["type_accuracy"] == 0.2
    r = evaluate_file(path, "plv", pipeline=FakeCoder(events), asserted_only=False)
    assert r["type_accuracy"] == 0.4


def test_plv_limit_and_overlap_rules(tmp_path):
    path = write(tmp_path, "gold.tsv", PLV)
    r = evaluate_file(path, "plv", pipeline=FakeCoder(plv_events()[:2]), limit=2)
    assert r["records"] == 2 and r["type_accuracy"] == 1.0
    assert coverage("the army", "The Ruritanian army") == 0.5
    assert coverage("the", "The Ruritanian army") == 0.0  # function words do not overlap
    assert pair_overlaps(ev("ACCUSE", "army", None), ["the army"], [""])  # empty gold side passes


# --- PLOVER GSR ----------------------------------------------------------------------------------

GSR = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation only"},
    {"id": "A", "event": "DEMAND", "text": "Japanese officials asked the government of Peru "
     "to extradite a banker.", "source": [{"actorText": "Japanese officials", "code": "JAP",
                                          "sector": "GOV"}],
     "target": [{"actorText": "the government of Peru", "code": "PER"}]},
    {"id": "B", "event": "FIGHT", "text": "NATO aircraft bombed a depot, killing ten people.",
     "source": [{"actorText": "NATO", "code": "IGO"}], "target": "", "dead": "10"},
    {"id": "C", "event": "DISAPPROVE", "text": "Chad criticised the ruling.",
     "source": [{"actorText": "Chad", "code": "TCD"}]},
]


def test_gsr_scoring_by_hand(tmp_path):
    path = write(tmp_path, "gsr.json", json.dumps(GSR))
    coder = FakeCoder([
        [ev("REQUEST", ("Japanese officials", "JPNGOV", "JPN"),
            ("Peruvian government", "PERGOV", "PER"))],
        [ev("ASSAULT", ("NATO aircraft", "IGONAT"), None, fatalities=9)],
        [],
    ])
    r = evaluate_file(path, "plover-gsr", pipeline=coder)
    assert r["records"] == 3  # DOCUMENT skipped
    assert r["type_accuracy"] == 0.6667  # DEMAND = REQUEST, FIGHT = ASSAULT
    assert r["pair_recall"] == 0.6667
    assert r["gold_actors"] == 4
    assert r["actor_share"] == 0.75  # JAP -> JPN, PER, IGO prefix of IGONAT; TCD missed
    assert r["source_actor_share"] == 0.6667
    assert r["target_actor_share"] == 1.0
    assert r["dead_records"] == 1 and r["dead_exact"] == 0.0 and r["dead_within_20pct"] == 1.0
    assert r["injured_records"] == 0 and r["injured_exact"] is None
    assert r["classification"]["confusion"]["ACCUSE"] == {"NONE": 1}


# --- CASE 2021 and ACLED -------------------------------------------------------------------------

CASE = (
    "id\tEventSnippet\tSubType\n"
    "1\tSoldiers and militia fighters exchanged fire near the river.\tARMED_CLASH\n"
    "2\tJets struck a weapons depot outside the town.\tAIR_STRIKE\n"
    "3\tTeachers rallied peacefully for higher pay.\tPEACEFUL_PROTEST\n"
    "4\tNurses held a quiet sit-in outside the ministry.\tPEACEFUL_PROTEST\n"
)


def test_case2021_weighted_f1_by_hand(tmp_path):
    path = write(tmp_path, "case.tsv", CASE)
    coder = FakeCoder([
        [ev(acled="Armed clash", confidence=0.4),
         ev(acled="Air/drone strike", confidence=0.9, modality="negated")],  # asserted wins
        [ev(acled="Air/drone strike")],
        [ev("PROTEST", acled="Peaceful protest")],
        [ev("PROTEST")],  # no ACLED type -> NONE
    ])
    r = evaluate_file(path, "case2021", pipeline=coder)
    assert r["accuracy"] == 0.75
    # F1: clash 1, air strike 1, peaceful protest P=1 R=0.5 F1=2/3; weighted by support 1,1,2
    assert r["weighted_f1"] == pytest.approx((1 + 1 + 2 * 2 / 3) / 4, abs=1e-4)
    assert r["classification"]["per_type"]["Peaceful protest"]["recall"] == 0.5


def test_case2021_unknown_label_names_file_and_line(tmp_path):
    path = write(tmp_path, "case.tsv", CASE.replace("AIR_STRIKE", "SPACE_BATTLE"))
    with pytest.raises(GoldFileError, match=r"case\.tsv:3: .*SPACE_BATTLE"):
        evaluate_file(path, "case2021", pipeline=FakeCoder([]))


def test_case2021_reads_the_shared_tasks_own_codes_and_unseen_types(tmp_path):
    # the task's files write ART_MISS_ATTACK, PEACE_PROTEST, ...; its "unseen" types (DIPLO,
    # NATURAL_DISASTER, ...) are no ACLED type: misses, left out of the "_seen" figures
    text = ("id\tEventSnippet\tSubType\n"
            "1\tGunners in the hills pounded the valley with mortars.\tART_MISS_ATTACK\n"
            "2\tNurses held a quiet vigil outside the ministry.\tPEACE_PROTEST\n"
            "3\tThe river burst its banks and flooded the lower town.\tNATURAL_DISASTER\n"
            "4\tThe two foreign ministers met for talks.\tDIPLO\n")
    path = write(tmp_path, "case.tsv", text)
    coder = FakeCoder([[ev(acled="Shelling/artillery/missile attack")],
                       [ev("PROTEST", acled="Peaceful protest")], [], [ev("CONSULT")]])
    r = evaluate_file(path, "case2021", pipeline=coder)
    assert r["accuracy"] == 0.5 and r["seen_records"] == 2 and r["accuracy_seen"] == 1.0
    per_type = r["classification"]["per_type"]
    assert per_type["Natural disaster"]["recall"] == 0.0
    assert per_type["Shelling/artillery/missile attack"]["recall"] == 1.0


ACLED = (
    "event_date,event_type,sub_event_type,country,latitude,longitude,fatalities,notes\n"
    '2021-05-03,Battles,Armed clash,Kenya,0.0,0.0,10,"On 3 May 2021, soldiers fought raiders."\n'
    '4 May 2021,Protests,Peaceful protest,Nigeria,10.0,10.0,0,"On 4 May 2021, traders marched."\n'
)


def test_acled_scoring_by_hand(tmp_path):
    path = write(tmp_path, "acled.csv", ACLED)
    coder = FakeCoder([
        [ev(acled="Armed clash", date=dt.date(2021, 5, 3), fatalities=9,
            location=Location("Somewhere", "KEN", lat=0.0, lon=0.3, precision="city"))],
        [ev("PROTEST", acled="Violent demonstration", date=dt.date(2021, 5, 5),
            location=Location("Elsewhere", "NGA", lat=11.0, lon=10.0, precision="city"))],
    ])
    r = evaluate_file(path, "acled", pipeline=coder)
    assert coder.articles[0].date is None  # the coder gets no gold date
    assert r["sub_event_accuracy"] == 0.5 and r["event_type_accuracy"] == 0.5
    assert r["date_hit"] == 0.5 and r["date_records"] == 2
    assert r["median_km"] == pytest.approx((33.36 + 111.19) / 2, abs=0.1)
    assert r["within_50km"] == 0.5 and r["located"] == 1.0
    assert r["country_accuracy"] == 1.0
    assert r["fatalities_exact"] == 0.5  # 9 vs 10 misses; no count vs 0 hits
    assert r["fatalities_within_20pct"] == 1.0


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(35.93, 36.63, 35.93, 36.63) == 0.0


# --- HRDsAttack ----------------------------------------------------------------------------------

def hrds_record(html, publish, **gold):
    base = {"country": "None", "city": "None", "region": "None", "year": None, "month": None,
            "date": None, "victims": []}
    return {"sample": {"HIT_id": "h", "Input.title": "A headline", "Input.publish_date": publish,
                       "Input.article_interface": html},
            "annotations": [], "merged_sample": base | gold}


HRDS = [
    hrds_record("<p>Police detained a lawyer in Springfield.</p><p>She was freed.</p>",
                "2020-03-05 10:00:00", country="USA", city="Springfield", year="2020.0",
                month="March", date="4.0"),
    hrds_record("<p>A journalist was beaten.</p>", "2021-07-02 08:00:00", country="Nigeia",
                year="2021", month="07"),
    hrds_record("<div>An activist vanished.</div>", "2019-10-12 09:00:00", country="England",
                city="Leeds", year="2019", month="Ocober", date="12"),
]


def loc(name, iso3):
    return Location(name, iso3, precision="city")


def test_hrdsattack_scoring_by_hand(tmp_path):
    path = write(tmp_path, "hrds.json", json.dumps(HRDS))
    coder = FakeCoder([
        [ev("COERCE", location=loc("Springfield", "USA"), date=dt.date(2020, 3, 4),
            date_precision="day")],
        [ev(location=loc("Accra", "GHA")), ev(location=loc("Kumasi", "GHA")),
         ev(location=loc("Lagos", "NGA"))]
        + [ev(location=loc("Abuja", "NGA"), modality="negated")] * 3,  # not asserted: ignored
        [],
    ])
    r = evaluate_file(path, "hrdsattack", pipeline=coder)
    first = coder.articles[0]
    assert first.text == "Police detained a lawyer in Springfield.\n\nShe was freed."
    assert first.date == dt.date(2020, 3, 5) and first.title == "A headline"
    assert coder.articles[2].text == "An activist vanished."
    assert r["country_records"] == 3 and r["country_accuracy"] == 0.3333
    assert r["city_records"] == 2 and r["city_hit"] == 0.5
    assert r["date_records"] == 2 and r["date_hit"] == 0.5
    assert r["date_baseline"] == 0.5  # the third article's gold day is its publish day
    assert {"gold": "NGA", "ours": "GHA", "count": 1} in r["country_misses"]


def test_hrdsattack_gold_fields():
    assert gold_date({"year": "2020.0", "month": "Januay", "date": "7.0"}) == dt.date(2020, 1, 7)
    assert gold_date({"year": "2020", "month": "02", "date": "30"}) is None
    assert gold_date({"year": "2020", "month": "unknown", "date": "3"}) is None
    assert html_paragraphs("<p>One <b>bold</b> line.</p>\n<p> Two. </p>") == (
        "One bold line.\n\nTwo.")


def test_country_names():
    assert country_codes("People's Republic of China") == {"CHN"}
    assert country_codes("United States of America") == {"USA"}
    assert country_codes("Greece and India") == {"GRC", "IND"}
    assert country_codes("Turrkey") == {"TUR"}
    assert country_codes("Texas") == {"USA"}
    assert country_codes("the Netherlands") == {"NLD"} == country_codes("Netherlands")
    assert country_codes("Africa") == set() and country_codes("None") == set()
    assert accepts({"CHN"}, "HKG") and not accepts({"CHN"}, "TWN")
    assert same_place("New York City", "New York") and not same_place("York", "Yorkshire")


# --- the command ---------------------------------------------------------------------------------

def invoke(*args):
    return CliRunner().invoke(main, ["eval", *args])


@pytest.mark.parametrize(("name", "text", "fmt", "message"), [
    ("bad.tsv", "a\tb\n1\t2\n", "plv", "bad.tsv: not a PLV file"),
    ("bad.json", '{"not": "a list"}', "plover-gsr", "bad.json: expected a JSON list"),
    ("bad2.json", "[{\"event\": \"AGREE\"}]", "plover-gsr", "bad2.json: record 0"),
    ("h.json", '[{"sample": {}, "merged_sample": {}}, 3]', "hrdsattack", "h.json: record 0"),
    ("broken.json", "[{", "hrdsattack", "broken.json: cannot read JSON"),
    ("a.csv", "notes,event_type\nx,y\n", "acled", "a.csv: missing column(s) sub_event_type"),
])
def test_bad_files_give_one_clear_line(tmp_path, name, text, fmt, message):
    res = invoke(write(tmp_path, name, text), "--format", fmt)
    assert res.exit_code == 1
    assert message in res.stderr
    assert "Traceback" not in res.output and len(res.stderr.strip().splitlines()) == 1


def test_missing_file_is_a_clear_error(tmp_path):
    res = invoke(str(tmp_path / "nope.tsv"), "--format", "plv")
    assert res.exit_code == 1 and "nope.tsv: cannot read" in res.stderr


def test_json_and_text_output(tmp_path, monkeypatch):
    path = write(tmp_path, "gold.tsv", PLV)
    monkeypatch.setattr(eval_cli, "default_pipeline", lambda: FakeCoder(plv_events()))
    res = invoke(path, "--format", "plv", "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["format"] == "plv" and out["type_accuracy"] == 0.4
    assert out["classification"]["per_type"]["YIELD"]["support"] == 1
    res = invoke(path, "--format", "plv", "--limit", "3")
    assert res.exit_code == 0, res.output
    assert "type_accuracy" in res.stdout and "confusion" in res.stdout
    assert "AGREE -> CONSULT: 1" in res.stdout


def test_smoke_real_pipeline(tmp_path, nlp):
    gold = ("sentence\tsource\ttarget\tgold_root\tgold_penta\n"
            "Turkish soldiers attacked Syrian rebels near the border on Monday.\tTurkish soldiers"
            "\tSyrian rebels\tASSAULT\t4\n"
            "Germany and France signed a trade agreement in Berlin.\tGermany\tFrance\tAGREE\t1\n")
    r = evaluate_file(write(tmp_path, "g.tsv", gold), "plv")
    assert r["records"] == 2 and r["coverage"] > 0
    for key in ("type_accuracy", "pair_recall", "quad_accuracy", "macro_f1"):
        assert 0.0 <= r[key] <= 1.0


def test_broken_coder_data_is_one_line(tmp_path, monkeypatch):
    import eventwatch.pipeline

    def broken():
        raise ValueError("verbs.tsv:7: duplicate pattern")

    monkeypatch.setattr(eventwatch.pipeline, "Pipeline", broken)
    res = invoke(write(tmp_path, "gold.tsv", PLV), "--format", "plv")
    assert res.exit_code == 1
    assert res.stderr.strip() == "eventwatch: cannot load the coder: verbs.tsv:7: duplicate pattern"


def test_plv_placeholder_side_is_implicit(tmp_path):
    gold = ("\tsentence\tsource\ttarget\tgold_root\tgold_penta\n"
            "0\tThe council agreed to resign.\tThe council\ta recipient\tAGREE\t1\n"
            "1\tThe council agreed with the mayor.\tThe council\tthe mayor\tAGREE\t1\n")
    path = write(tmp_path, "gold.tsv", gold)
    coder = FakeCoder([[ev("AGREE", "council", None)], [ev("AGREE", "council", None)]])
    r = evaluate_file(path, "plv", pipeline=coder)
    assert r["type_accuracy"] == 0.5  # the placeholder row matches; the named mayor is missed
