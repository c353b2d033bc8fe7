import datetime as dt
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.analysis.alerts import scan
from eventwatch.analysis.cli import COMMANDS, alerts, dedup, dyad, report, summary
from eventwatch.analysis.dyads import dyad_series
from eventwatch.analysis.shifts import find_shifts
from eventwatch.analysis.summary import summary as make_summary
from eventwatch.records import Actor, Article, Event
from eventwatch.store import Store

START, SHIFT, END = dt.date(2024, 3, 1), dt.date(2024, 4, 6), dt.date(2024, 4, 30)
ACTORS = {c: Actor(c, c, c + s, c, s or None, "state")
          for c, s in (("ARM", "GOV"), ("AZE", "MIL"), ("NOR", "GOV"), ("SWE", "GOV"))}
COOP = [("042", 1, 1.9), ("057", 1, 3.5), ("061", 2, 6.4), ("036", 1, 4.0)]
CONFLICT = [("112", 3, -2.0), ("138", 3, -7.0), ("190", 4, -10.0), ("195", 4, -10.0)]


def _event(aid, k, a, b, code, day, sentence):
    cameo, quad, gold = code
    return Event(article_id=aid, sentence_index=k, sentence=sentence, cameo=cameo,
                 cameo_root=cameo[:2], quad_class=quad, goldstein=gold, plover="X",
                 source=ACTORS[a], target=ACTORS[b], date=day, date_precision="day")


def build_corpus(seed: int = 5) -> list[tuple[Article, list[Event]]]:
    """Armenia-Azerbaijan: cooperation until 2024-04-05, mostly conflict from 2024-04-06.
    Norway-Sweden: cooperation with an occasional verbal spat, all along."""
    rng = random.Random(seed)
    coded = []
    day = START
    while day <= END:
        for k in range(rng.randint(1, 3)):
            after = day >= SHIFT
            code = rng.choice(CONFLICT if (after and rng.random() < 0.85) or
                              (not after and rng.random() < 0.05) else COOP)
            a, b = rng.sample(["ARM", "AZE"], 2)
            aid = f"aa-{day}-{k}"
            coded.append((Article(aid, aid, day, source="Caucasus Wire"),
                          [_event(aid, 0, a, b, code, day, f"{a} and {b} on {day}.")]))
        for k in range(rng.randint(1, 3)):
            code = rng.choice(CONFLICT[:2] if rng.random() < 0.1 else COOP)
            a, b = rng.sample(["NOR", "SWE"], 2)
            aid = f"ns-{day}-{k}"
            coded.append((Article(aid, aid, day, source="Nordic Desk"),
                          [_event(aid, 0, a, b, code, day, f"{a} and {b} on {day}.")]))
        day += dt.timedelta(days=1)
    return coded


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "a.duckdb"
    with Store(path) as st:
        st.write_batch(build_corpus(), None)
    return path


@pytest.fixture()
def con(db):
    with Store(db, read_only=True) as st:
        yield st.con


def test_dyad_series_counts_both_directions(con):
    daily = dyad_series(con, "ARM", "AZE", freq="day", merged=False)
    assert daily[0]["period"] == START and daily[-1]["period"] == END
    assert len(daily) == (END - START).days + 1
    total = sum(r["events"] for r in daily)
    assert total == sum(r["a_to_b"] + r["b_to_a"] for r in daily)
    assert sum(r["a_to_b"] for r in daily) > 0 and sum(r["b_to_a"] for r in daily) > 0
    assert total == sum(r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in daily)
    weekly = dyad_series(con, "ARMGOV", "AZ", freq="week", merged=False)
    assert sum(r["events"] for r in weekly) == total
    assert all(r["period"].weekday() == 0 for r in weekly)
    monthly = dyad_series(con, "AZE", "ARM", freq="month", merged=False)
    assert [r["period"] for r in monthly] == [dt.date(2024, 3, 1), dt.date(2024, 4, 1)]
    assert monthly[0]["conflict_share"] < 0.2 < 0.6 < monthly[1]["conflict_share"]
    assert dyad_series(con, "ARM", "NOR", merged=False) == []
    with pytest.raises(ValueError, match="freq"):
        dyad_series(con, "ARM", "AZE", freq="year")


def _daily_shifts(con, a, b):
    daily = dyad_series(con, a, b, freq="day", merged=False)
    return find_shifts([r["period"] for r in daily], [r["conflict"] for r in daily],
                       [r["events"] for r in daily])


def test_shift_is_found_within_three_days_and_stable_dyad_has_none(con):
    rises = [s for s in _daily_shifts(con, "ARM", "AZE") if s.significant]
    assert len(rises) == 1
    assert abs((rises[0].date - SHIFT).days) <= 3, rises[0]
    assert rises[0].after.conflict_share > 0.6 > 0.2 > rises[0].before.conflict_share
    assert not [s for s in _daily_shifts(con, "NOR", "SWE") if s.significant]


def test_alert_scan_raises_the_shift_and_nothing_for_the_stable_dyad(con):
    res = scan(con, since=dt.date(2024, 3, 15), merged=False)
    keys = {(a["kind"], a["key"]) for a in res["alerts"]}
    assert ("dyad", "ARM-AZE") in keys
    assert not {k for k in keys if "NOR" in k[1] or "SWE" in k[1]}
    top = res["alerts"][0]
    assert top["severity"] >= res["alerts"][-1]["severity"] > 0
    dyad_alert = next(a for a in res["alerts"] if a["key"] == "ARM-AZE")
    assert abs((dt.date.fromisoformat(dyad_alert["date"]) - SHIFT).days) <= 3
    assert 0 < len(dyad_alert["events"]) <= 5
    for e in dyad_alert["events"]:
        assert e["quad_class"] >= 3 and e["date"] >= dyad_alert["after"]["start"]
    # shifts before --since are not alerts
    assert scan(con, since=dt.date(2024, 4, 20), merged=False)["alerts"] == [] or all(
        a["date"] >= "2024-04-20" for a in scan(con, since=dt.date(2024, 4, 20))["alerts"])


def test_summary(con):
    s = make_summary(con, top=4, weeks=None, merged=False)
    assert s["totals"]["events"] == sum(s["totals"][f"q{q}"] for q in (1, 2, 3, 4))
    assert {a["code"] for a in s["top_actors"]} == {"ARMGOV", "AZEMIL", "NORGOV", "SWEGOV"}
    assert {(d["a"], d["b"]) for d in s["top_dyads"]} == {("ARMGOV", "AZEMIL"),
                                                          ("NORGOV", "SWEGOV")}
    arm = [r for r in s["conflict_by_country_week"] if r["country"] == "ARM"]
    early = [r["intensity"] for r in arm if r["week"] < "2024-04-01"]
    late = [r["intensity"] for r in arm if r["week"] >= "2024-04-08"]
    assert 3 * sum(early) / len(early) < sum(late) / len(late)


def test_commands(db, tmp_path):
    assert [c.name for c in COMMANDS] == ["dyad", "alerts", "summary", "report", "dedup"]
    runner = CliRunner()
    png = tmp_path / "arm.png"
    r = runner.invoke(dyad, ["ARM", "AZE", "--db", str(db), "--freq", "week",
                             "--plot", str(png)])
    assert r.exit_code == 0, r.output
    assert "SIGNIFICANT RISE" in r.output and png.read_bytes()[:4] == b"\x89PNG"
    r = runner.invoke(dyad, ["arm", "aze", "--db", str(db), "--json", "--freq", "month"])
    data = json.loads(r.output)
    assert len(data["series"]) == 2 and any(s["significant"] for s in data["shifts"])
    r = runner.invoke(alerts, ["--db", str(db), "--since", "2024-03-15", "--json"])
    assert r.exit_code == 0 and any(a["key"] == "ARM-AZE" for a in json.loads(r.output)["alerts"])
    r = runner.invoke(alerts, ["--db", str(db), "--since", "2024-03-15"])
    assert "ARM-AZE" in r.output
    r = runner.invoke(summary, ["--db", str(db), "--json"])
    assert json.loads(r.output)["totals"]["events"] > 100
    assert "top dyads" in runner.invoke(summary, ["--db", str(db)]).output
    r = runner.invoke(report, ["--db", str(db), "-o", str(tmp_path / "rep"),
                               "--since", "2024-03-15"])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "rep" / "report.html").read_text()
    assert "data:image/png;base64," in html and "ARM-AZE" in html
    assert "src='http" not in html and "<link" not in html and "<script" not in html


def test_commands_on_deduplicated_store_and_errors(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(Path(db).read_bytes())
    runner = CliRunner()
    r = runner.invoke(dedup, ["--db", str(copy), "--json"])
    assert r.exit_code == 0, r.output
    n = json.loads(r.output)["clusters"]
    with Store(copy, read_only=True) as st:
        s = make_summary(st.con, weeks=None)
        assert s["table"] == "merged_events" and s["totals"]["events"] == n
    r = runner.invoke(summary, ["--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 1 and "no such database" in r.output
    assert len(r.output.strip().splitlines()) == 1
    r = runner.invoke(alerts, ["--db", str(db), "--since", "April"])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output
    r = runner.invoke(dyad, ["ARM", "NOR", "--db", str(db)])
    assert r.exit_code == 1 and "no asserted events" in r.output


def test_end_to_end_shift_corpus_through_the_coder(tmp_path, nlp):
    """The text corpus through the coder: reports what it found, then asserts the shift."""
    from eventwatch.ingest import Problems, read_articles
    from eventwatch.pipeline import Pipeline

    corpus = Path(__file__).parent / "corpora" / "shift.jsonl"
    articles = list(read_articles([str(corpus)], problems=Problems(quiet=True)))
    with Store(tmp_path / "e2e.duckdb") as st:
        st.write_batch(Pipeline().code(articles), None)
        daily = dyad_series(st.con, "ARM", "AZE", freq="day")
        nor = dyad_series(st.con, "NOR", "SWE", freq="day")
        shifts = find_shifts([r["period"] for r in daily], [r["conflict"] for r in daily],
                             [r["events"] for r in daily]) if daily else []
        res = scan(st.con, since=dt.date(2024, 3, 15))
    found = (f"ARM-AZE events {sum(r['events'] for r in daily)}, conflict "
             f"{sum(r['conflict'] for r in daily)}; NOR-SWE events "
             f"{sum(r['events'] for r in nor)}, conflict {sum(r['conflict'] for r in nor)}; "
             f"shifts {[(str(s.date), s.significant) for s in shifts]}; "
             f"alerts {[(a['key'], a['date']) for a in res['alerts']]}")
    print("\nend to end:", found)
    rises = [s for s in shifts if s.significant]
    assert rises and abs((rises[0].date - SHIFT).days) <= 3, found
    assert not [a for a in res["alerts"] if "NOR" in a["key"] or "SWE" in a["key"]], found
