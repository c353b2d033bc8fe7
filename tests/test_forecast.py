import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventwatch.forecast import forecast
from eventwatch.records import Actor, Article, Event
from eventwatch.store import Store

START = dt.date(2024, 1, 1)
DAYS = 121


def actor(code: str) -> Actor:
    return Actor(code, code, code, code[:3], code[3:] or None, "state")


def event(aid: str, k: int, day: dt.date, src: str, cameo: str, tgt: str) -> Event:
    quad = {"01": 1, "04": 1, "05": 1, "06": 2, "11": 3, "19": 4}[cameo[:2]]
    return Event(article_id=aid, sentence_index=k, sentence=f"Sentence {k}.", cameo=cameo,
                 cameo_root=cameo[:2], quad_class=quad, goldstein=0.0, plover="OTHER",
                 source=actor(src), target=actor(tgt), date=day, date_precision="day")


def build(path, days: int = DAYS, modality_noise: bool = True) -> str:
    """ARM fights AZE every 3 days, NOR consults SWE every 7 days, some scattered others."""
    batches = []
    for i in range(days):
        day = START + dt.timedelta(days=i)
        evs = []
        if i % 3 == 0:
            evs.append(("ARM", "190", "AZE"))
        if i % 7 == 2:
            evs.append(("NOR", "040", "SWE"))
        if i % 11 == 5:
            evs.append(("ARMGOV", "040", "RUS"))
        if i % 13 == 7:
            evs.append(("FRA", "051", "DEU"))
        if i % 17 == 3:
            evs.append(("SWE", "060", "FIN"))
        if i % 19 == 4:
            evs.append(("AZE", "111", "ARM"))
        aid = f"a{i}"
        events = [event(aid, k, day, *e) for k, e in enumerate(evs)]
        if modality_noise and i % 5 == 1:  # not asserted: must be ignored
            hyp = event(aid, len(events), day, "NOR", "190", "SWE")
            hyp.modality = "hypothetical"
            events.append(hyp)
        batches.append((Article(aid, f"Text {i}.", day), events))
    db = str(path)
    with Store(db) as st:
        st.write_batch(batches, None)
    return db


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("EVENTWATCH_CACHE_DIR", str(d))
    return d


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("fc") / "fc.duckdb")


def run(*args):
    res = CliRunner().invoke(forecast, list(args))
    return res


def run_json(*args):
    res = run(*args, "--json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_actor_forecast_ranks_the_repeating_pattern_first(db, cache_dir):
    out = run_json("--db", db, "--actor", "arm", "--horizon", "7", "--top", "5")
    assert out["scope"] == {"actor": "ARM"}
    assert out["tuned"] is True and out["model"] == "mixture"
    assert out["horizon"] == {"days": 7, "from": "2024-05-01", "to": "2024-05-07"}
    assert out["history"]["events"] > 50 and out["history"]["last"] == "2024-04-30"
    first = out["forecasts"][0]
    assert (first["source"], first["cameo_root"], first["target"]) == ("ARM", "19", "AZE")
    assert first["quad_class"] == 4 and first["quad_name"] == "material conflict"
    assert first["name"] == "Fight" and first["past_events"] == 41
    assert first["last_seen"] == "2024-04-30"
    # every 3 days over 7 days: ~2.3 expected events, so a high chance of at least one
    assert 0.6 < first["score"] <= 1.0
    scores = [f["score"] for f in out["forecasts"]]
    assert scores == sorted(scores, reverse=True)
    # prefix matching: ARM -> ARMGOV as well; the actor may be source or target
    assert all("ARM" in (f["source"][:3], f["target"][:3]) for f in out["forecasts"])
    assert {"ARMGOV", "AZE"} & {f["source"] for f in out["forecasts"]}
    assert set(first) == {"source", "cameo_root", "name", "target", "quad_class", "quad_name",
                          "score", "expected", "past_events", "last_seen"}
    assert list(cache_dir.glob("mixture-*.pkl"))  # the tuned model is reused next time
    again = run_json("--db", db, "--actor", "ARM", "--top", "5")
    assert again["forecasts"] == out["forecasts"]


def test_dyad_forecast_covers_both_directions_only(db):
    out = run_json("--db", db, "--dyad", "NOR", "SWE", "--top", "3")
    assert out["scope"] == {"dyad": ["NOR", "SWE"]}
    first = out["forecasts"][0]
    assert (first["source"], first["cameo_root"], first["target"]) == ("NOR", "04", "SWE")
    assert first["name"] == "Consult" and first["quad_class"] == 1
    for f in out["forecasts"]:
        assert {f["source"], f["target"]} == {"NOR", "SWE"}
    # the hypothetical NOR -> SWE fights are not history
    assert all(f["cameo_root"] != "19" for f in out["forecasts"])


def test_overall_forecast_and_text_table(db):
    out = run_json("--db", db, "--model", "strict", "--top", "3")
    assert out["model"] == "strict" and out["scope"] == {"overall": True}
    top = [(f["source"], f["cameo_root"], f["target"]) for f in out["forecasts"]]
    assert top[0] == ("ARM", "19", "AZE")
    assert ("NOR", "04", "SWE") in top
    res = run("--db", db, "--actor", "NOR", "--top", "2", "--horizon", "14")
    assert res.exit_code == 0, res.output
    assert "forecast for actor NOR*" in res.output and "2024-05-01 .. 2024-05-14" in res.output
    assert "NOR        04   Consult" in res.output


def test_backtest_beats_or_matches_strict_recurrency(db):
    out = run_json("--db", db, "--backtest", "--horizon", "7")
    assert out["model"] == "mixture" and out["baseline"] == "strict"
    # days 80, 87, ..., 108: the last third, each with a full horizon after it
    assert len(out["cutoffs"]) == 5
    assert out["cutoffs"][0]["cutoff"] == "2024-03-21"
    assert out["queries"] == sum(c["queries"] for c in out["cutoffs"]) > 0
    ours, base = out["overall"]["mixture"], out["overall"]["strict"]
    assert set(ours) == {"mrr", "hits@1", "hits@3", "hits@10"}
    assert ours["mrr"] >= base["mrr"] - 1e-9
    assert ours["mrr"] > 50 and ours["hits@10"] == 100.0
    res = run("--db", db, "--backtest", "--model", "strict")
    assert res.exit_code == 0, res.output
    assert "rolling-origin backtest" in res.output and "strict MRR" in res.output
    assert res.output.splitlines()[-1].startswith("all")


def test_errors_are_one_line(tmp_path, db):
    res = run("--db", str(tmp_path / "nope.duckdb"))
    assert res.exit_code == 1 and "no such database" in res.output
    assert len(res.output.strip().splitlines()) == 1
    small = build(tmp_path / "small.duckdb", days=6, modality_noise=False)
    res = run("--db", small)
    assert res.exit_code == 1 and "too little history" in res.output
    res = run("--db", db, "--actor", "XYZ")
    assert res.exit_code == 1
    assert "unknown actor 'XYZ'" in res.output and "Traceback" not in res.output
    res = run("--db", db, "--dyad", "NOR", "QQQ")
    assert res.exit_code == 1 and "unknown actor 'QQQ'" in res.output
    res = run("--db", db, "--actor", "NOR", "--dyad", "NOR", "SWE")
    assert res.exit_code == 2 and "not both" in res.output
    res = run("--db", db, "--horizon", "0")
    assert res.exit_code == 2
