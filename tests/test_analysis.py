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


# -- date ranges: clamped to the store's dates, bounded (issue 10) ------------------------------


def test_far_ranges_are_clamped_to_the_store(con):
    daily = dyad_series(con, "ARM", "AZE", freq="day", since=dt.date(1500, 1, 1),
                        until=dt.date(9999, 12, 31), merged=False)
    assert daily[0]["period"] == START and daily[-1]["period"] == END
    monthly = dyad_series(con, "ARM", "AZE", freq="month", until=dt.date(9999, 12, 31),
                          merged=False)
    assert monthly[-1]["period"] == dt.date(2024, 4, 1)
    # padding inside the store's range still works: NOR-SWE asked from before ARM-AZE's start
    padded = dyad_series(con, "NOR", "SWE", freq="week", since=dt.date(2000, 1, 1),
                         merged=False)
    assert padded[0]["period"] == START - dt.timedelta(days=START.weekday())
    res = scan(con, since=dt.date(1500, 1, 1), merged=False)
    assert res["since"] == START.isoformat() and res["until"] == END.isoformat()
    # no data before the first event is not a baseline of zeros: no "rise" on day one
    assert all(a["date"] > START.isoformat() for a in res["alerts"])
    assert ("dyad", "ARM-AZE") in {(a["kind"], a["key"]) for a in res["alerts"]}


def test_since_after_the_last_event_gives_no_alerts(con, db):
    res = scan(con, since=dt.date(2030, 1, 1), merged=False)
    assert res["alerts"] == [] and res["since"] == "2030-01-01" and res["until"] == END.isoformat()
    assert scan(con, until=dt.date(2024, 3, 2), since=dt.date(2024, 4, 1))["alerts"] == []
    r = CliRunner().invoke(alerts, ["--db", str(db), "--since", "2030-01-01"])
    assert r.exit_code == 0 and "after the last event (2024-04-30)" in r.output


@pytest.fixture(scope="module")
def wide_db(tmp_path_factory) -> Path:
    """ARM-AZE events in 1901 and in 2024: a daily series of 45,000 days, over MAX_DAYS."""
    path = tmp_path_factory.mktemp("wide") / "w.duckdb"
    coded = []
    for k, day in enumerate([dt.date(1901, 5, 1), *(START + dt.timedelta(days=i)
                                                    for i in range(30))]):
        aid = f"w-{k}"
        coded.append((Article(aid, aid, day, source="Wire"),
                      [_event(aid, 0, "ARM", "AZE", CONFLICT[k % 4], day, "ARM and AZE.")]))
    with Store(path) as st:
        st.write_batch(coded, None)
    return path


def test_a_range_too_long_is_one_clear_error(wide_db):
    from eventwatch.analysis import MAX_DAYS, RangeTooLong

    with Store(wide_db, read_only=True) as st:
        with pytest.raises(RangeTooLong, match=f"limit of {MAX_DAYS:,}"):
            dyad_series(st.con, "ARM", "AZE", freq="day")
        assert len(dyad_series(st.con, "ARM", "AZE", freq="day", since=START)) == 30
        with pytest.raises(RangeTooLong, match="alert window"):
            scan(st.con, since=dt.date(1500, 1, 1))
        assert scan(st.con, since=START)["until"] == (START + dt.timedelta(days=29)).isoformat()
    runner = CliRunner()
    for cmd, args in ((dyad, ["ARM", "AZE"]), (alerts, ["--since", "1800-01-01"])):
        r = runner.invoke(cmd, [*args, "--db", str(wide_db)])
        assert r.exit_code == 1, r.output
        assert "more than the limit" in r.output and len(r.output.strip().splitlines()) == 1
        assert "Traceback" not in r.output


# -- the aggregated scan equals a count by hand -------------------------------------------------


def _by_hand(con, start, end):
    """Per series key and day: events, conflict events, conflict intensity, from the rows."""
    from collections import defaultdict

    out = defaultdict(lambda: [0, 0, 0.0])
    for s, t, day, q, g in con.execute(
            "SELECT source_country, target_country, date, quad_class, goldstein FROM events "
            "WHERE modality = 'asserted' AND date BETWEEN ? AND ?", [start, end]).fetchall():
        keys = {("country", c) for c in (s, t) if c}
        if s and t and s != t:
            keys.add(("dyad", "-".join(sorted((s, t)))))
        for k in keys:
            cell = out[k, (day - start).days]
            cell[0] += 1
            cell[1] += q >= 3
            cell[2] += max(-g, 0) if q >= 3 else 0
    return out


def test_scan_series_and_summary_match_a_count_by_hand(db, tmp_path):
    from eventwatch.analysis.alerts import _daily, _series

    copy = tmp_path / "mixed.duckdb"
    copy.write_bytes(Path(db).read_bytes())
    extra = [(Article(f"x-{k}", f"x-{k}", START + dt.timedelta(days=k), source="Wire"),
              [_event(f"x-{k}", 0, a, b, code, START + dt.timedelta(days=k), "Mixed.")])
             for k, (a, b, code) in enumerate([("ARM", "NOR", CONFLICT[3]),
                                               ("NOR", "ARM", COOP[0]),
                                               ("SWE", "SWE", CONFLICT[0]),
                                               ("AZE", "SWE", CONFLICT[2])])]
    with Store(copy) as st:
        st.write_batch(extra, None)
        start, end = START, END
        want = _by_hand(st.con, start, end)
        keys, n, c, g = _daily(st.con, "events", start, end, {k for k, _ in want})
        assert set(keys) == {k for k, _ in want}
        for i, key in enumerate(keys):
            for day in range(n.shape[1]):
                cell = want.get((key, day), [0, 0, 0.0])
                assert (n[i, day], c[i, day]) == (cell[0], cell[1]), (key, day)
                assert g[i, day] == pytest.approx(cell[2])
        weekly_keys, wn, wc, _ = _series(st.con, "events", start, end)
        assert set(weekly_keys) == set(keys)  # SWE-SWE is no dyad; ARM-NOR both directions
        assert ("dyad", "ARM-NOR") in keys and ("dyad", "SWE-SWE") not in keys
        order = [keys.index(k) for k in weekly_keys]
        assert (wn.sum(axis=1) == n[order].sum(axis=1)).all()
        assert (wc.sum(axis=1) == c[order].sum(axis=1)).all()
        # the summary's SQL fold: an actor counts once per event, a self-dyad is a dyad
        rows = st.con.execute("SELECT source_code, target_code, quad_class FROM events "
                              "WHERE modality = 'asserted'").fetchall()
        s = make_summary(st.con, top=50, weeks=None, merged=False)
        for a in s["top_actors"]:
            mine = [q for x, y, q in rows if a["code"] in (x, y)]
            assert a["events"] == len(mine)
            assert a["conflict_share"] == round(sum(q >= 3 for q in mine) / len(mine), 4)
        pairs = {(d["a"], d["b"]): d["events"] for d in s["top_dyads"]}
        assert pairs[("SWEGOV", "SWEGOV")] == 1 and pairs[("ARMGOV", "NORGOV")] == 2
        assert sum(pairs.values()) == s["totals"]["events"] == len(rows)


def test_api_answers_a_range_too_long_with_a_422(wide_db):
    from fastapi.testclient import TestClient

    from eventwatch.api.app import create_app

    with TestClient(create_app(wide_db)) as client:
        for url, params in (("/api/dyads/ARM/AZE", {"freq": "day"}),
                            ("/api/alerts", {"since": "1800-01-01"})):
            r = client.get(url, params=params)
            assert r.status_code == 422, r.text
            assert "more than the limit" in r.json()["error"]
        r = client.get("/api/dyads/ARM/AZE", params={"freq": "day", "since": "2024-01-01",
                                                     "until": "9999-12-31"})
        assert r.status_code == 200 and r.json()["series"][-1]["period"] == "2024-03-30"


# -- the vectorised change-point search equals ruptures' (issue 6) ------------------------------


def _random_series(rng, t):
    """Poisson counts with 0-2 planted rate changes, sometimes long empty stretches."""
    conflict = rng.poisson(rng.uniform(0, 3), t).astype(float)
    other = rng.poisson(rng.uniform(0, 4), t).astype(float)
    for _ in range(rng.integers(0, 3)):
        tau = int(rng.integers(1, t))
        conflict[tau:] = rng.poisson(rng.uniform(0, 8), t - tau)
    if rng.random() < 0.2:
        conflict[: t // 2] = 0
    if rng.random() < 0.1:
        other[:] = 0
    return conflict, other


@pytest.mark.parametrize("t", [6, 11, 45, 120, 121, 260])  # PELT up to 120 days, then Binseg
def test_changepoints_many_equals_ruptures_on_random_series(t):
    import numpy as np

    from eventwatch.analysis.shifts import (
        changepoints,
        changepoints_many,
        changepoints_ruptures,
    )

    rng = np.random.default_rng(t)
    rows = [_random_series(rng, t) for _ in range(12)]
    rows.append((np.zeros(t), np.zeros(t)))  # an empty series: no change points
    conflict, other = (np.array(x) for x in zip(*rows, strict=True))
    for scale in (0.5, 2.0):
        want = [changepoints_ruptures(c, o, scale=scale) for c, o in rows]
        assert changepoints_many(conflict, other, scale=scale) == want  # all rows at once
        assert [changepoints(c, o, scale=scale) for c, o in rows] == want
    assert any(want), "the random series should have some change points"


def test_changepoints_many_finds_a_planted_rise_and_keeps_ties_as_ruptures_does():
    import numpy as np

    from eventwatch.analysis.shifts import changepoints_many, changepoints_ruptures

    flat = np.ones(200)
    rise = np.r_[np.zeros(120), np.full(80, 6.0)]
    blocks = np.tile(np.r_[np.zeros(10), np.full(10, 4.0)], 10)  # many equal-gain splits
    conflict = np.vstack([flat, rise, blocks])
    other = np.vstack([flat, flat, np.zeros(200)])
    got = changepoints_many(conflict, other)
    assert got[0] == [] and got[1] == [120]
    assert got == [changepoints_ruptures(c, o) for c, o in zip(conflict, other, strict=True)]
    short = changepoints_many(conflict[:, :60], other[:, :60])  # PELT
    assert short == [changepoints_ruptures(c, o) for c, o in zip(conflict[:, :60],
                                                                 other[:, :60], strict=True)]


# -- rollups (analysis/rollup.py): the scan and the summary read them; they must equal the rows --

def _close(a, b, path="") -> None:
    """Equal JSON-like values; floats up to rounding (rollup sums add in another order)."""
    if isinstance(a, float) or isinstance(b, float):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-9), path
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _close(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


def _same_as_rows(con, table: str = "events") -> None:
    """The rollups are in use and give what the rows give: the day and code rollups summed per
    key equal a GROUP BY of the rows, and so do the scan and the summary."""
    from eventwatch.analysis import rollup

    assert rollup.fresh(con, table)  # kept by the write paths, not rebuilt by `usable`
    days = rollup.usable(con, table)
    src = rollup.SOURCES[table][0]
    got = con.execute(f"""
        SELECT date, source_country, target_country, sum(n), sum(c), sum(g) FROM {days}
        GROUP BY ALL HAVING sum(n) > 0 ORDER BY ALL""").fetchall()
    want = con.execute(f"""
        SELECT date, source_country, target_country, count(*),
            count(*) FILTER (quad_class >= 3),
            sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END)
        FROM {src} WHERE modality = 'asserted' GROUP BY ALL ORDER BY ALL""").fetchall()
    _close([list(r) for r in got], [list(r) for r in want])
    got = con.execute(f"""
        SELECT source_code, target_code, quad_class, sum(n), sum(gs)
        FROM {rollup.codes_table(days)} GROUP BY ALL HAVING sum(n) > 0 ORDER BY ALL""").fetchall()
    want = con.execute(f"""
        SELECT source_code, target_code, quad_class, count(*), coalesce(sum(goldstein), 0)
        FROM {src} WHERE modality = 'asserted' GROUP BY ALL ORDER BY ALL""").fetchall()
    _close([list(r) for r in got], [list(r) for r in want])
    scans = [scan(con, since=since) for since in (SHIFT - dt.timedelta(days=10), START)]
    for since, fast in zip((SHIFT - dt.timedelta(days=10), START), scans, strict=True):
        _close(fast, scan(con, since=since, use_rollup=False))
        assert fast["series"] > 0
    for weeks in (None, 3):
        _close(make_summary(con, top=50, weeks=weeks),
               make_summary(con, top=50, weeks=weeks, use_rollup=False))
    return {a["key"] for a in scans[0]["alerts"]}


def _rewrite(coded, ids, swap: bool):
    """The articles ``ids`` with a changed text and other events (conflict made cooperation,
    or the two sides swapped to other countries)."""
    out = []
    for art, evs in coded:
        if art.id not in ids:
            continue
        new = Article(art.id, art.text + " (corrected)", art.date, source=art.source)
        out.append((new, [_event(art.id, e.sentence_index, "NOR" if swap else e.source.country,
                                 "ARM" if swap else e.target.country, COOP[2], e.date,
                                 "Corrected.") for e in evs]))
    return out


def test_rollups_equal_the_rows_after_ingest_replacement_and_dedup(tmp_path):
    from eventwatch.dedup import dedupe

    coded = build_corpus(seed=11)
    half = len(coded) // 2
    with Store(tmp_path / "r.duckdb") as st:
        st.write_batch(coded[:half], None)
        st.write_batch(coded[half:], None)  # (1) incremental ingest
        assert _same_as_rows(st.con) == {"ARM-AZE", "ARM", "AZE"}
        ids = {a.id for a, _ in coded[half::7]} | {a.id for a, _ in coded[:half:9]}
        counts = st.write_batch(_rewrite(coded, ids, swap=False), None)  # (2) re-coded texts
        assert counts["articles_replaced"] == len(ids)
        st.write_batch(_rewrite(coded, set(list(ids)[:5]), swap=True), None)
        _same_as_rows(st.con)
        dedupe(st)  # (3) dedup: the merged rollups
        assert "ARM-AZE" in _same_as_rows(st.con, "merged_events")
        st.write_batch(_rewrite(coded, {a.id for a, _ in coded[half::5]}, swap=True), None)
        dedupe(st)  # incremental: clusters lose and gain mentions
        _same_as_rows(st.con, "merged_events")
        _same_as_rows(st.con)


def test_rollups_compact_and_stay_equal(tmp_path, monkeypatch):
    from eventwatch.analysis import rollup

    monkeypatch.setattr(rollup, "COMPACT_MIN", 0)  # compact as soon as a table doubles
    monkeypatch.setattr(rollup, "COMPACT_EVERY", 1)
    coded = build_corpus(seed=3)
    with Store(tmp_path / "c.duckdb") as st:
        for k in range(0, len(coded), 25):
            st.write_batch(coded[k:k + 25], None)
        for k in range(4):
            st.write_batch(_rewrite(coded, {a.id for a, _ in coded[k::6]}, swap=k % 2 == 1),
                           None)
        rows, compacted = st.con.execute(
            "SELECT (SELECT count(*) FROM event_days) + (SELECT count(*) FROM event_codes), "
            "compacted FROM rollup_state WHERE source = 'events'").fetchall()[0]
        assert compacted > 0 and rows <= 2 * compacted
        _same_as_rows(st.con)


def test_rollups_of_a_previous_schema_store_and_of_unhooked_writes(db, tmp_path):
    """(4) A store of the schema before the rollups gets them when opened for writing; rows
    written behind the store's back are detected: read-only queries read the rows, a writable
    open rebuilds the rollups."""
    from eventwatch.analysis import rollup

    old = tmp_path / "old.duckdb"
    old.write_bytes(Path(db).read_bytes())
    with Store(old) as st:
        for table in ("event_days", "event_codes", "rollup_state"):
            st.con.execute(f"DROP TABLE {table}")
    with Store(old, read_only=True) as st:  # read-only: no migration, the rows are read
        assert rollup.usable(st.con, "events") is None
        before = scan(st.con, since=SHIFT - dt.timedelta(days=10))
    with Store(old) as st:  # the migration
        assert st.con.execute("SELECT version FROM rollup_state").fetchall() == [
            (rollup.VERSION,)]
        _same_as_rows(st.con)
        _close(scan(st.con, since=SHIFT - dt.timedelta(days=10)), before)
        st.con.execute("INSERT INTO events SELECT * REPLACE ('late-' || event_id AS event_id, "
                       "'AZE' AS source_country, 'ARM' AS target_country) FROM events LIMIT 30")
    with Store(old, read_only=True) as st:
        assert rollup.usable(st.con, "events") is None  # stale: not used
        _close(scan(st.con, since=START), scan(st.con, since=START, use_rollup=False))
    with Store(old) as st:  # repaired on open
        _same_as_rows(st.con)
