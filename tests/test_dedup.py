import datetime as dt

from eventwatch.analysis.synth import dedup_corpus, pairwise_scores, write_coded
from eventwatch.dedup import _interval, codes_compatible, dedupe, haversine_km, places_compatible
from eventwatch.records import Actor, Article, Event, Location
from eventwatch.store import Store, row_to_event_dict

IDLIB = ("Idlib", "SYR", "09", 35.93, 36.63, 169388, "city")
SARAQIB = ("Saraqib", "SYR", "09", 35.86, 36.80, 163345, "city")  # ~17 km from Idlib
ALEPPO = ("Aleppo", "SYR", "01", 36.20, 37.16, 170063, "city")  # ~57 km from Idlib
SYRIA = ("Syria", "SYR", None, 35.0, 38.5, 163843, "country")

SYRMIL = Actor("Syrian forces", "Syria", "SYRMIL", "SYR", "MIL", "state")
SYR = Actor("Syria", "Syria", "SYR", "SYR", None, "state")
TURMIL = Actor("Turkish soldiers", "Turkey", "TURMIL", "TUR", "MIL", "state")
TURGOV = Actor("Ankara", "Turkey", "TURGOV", "TUR", "GOV", "state")


def ev(art, k, *, src=SYRMIL, tgt=TURMIL, cameo="193", date=dt.date(2020, 2, 27),
       prec="day", place=IDLIB, fatalities=None):
    return Event(article_id=art, sentence_index=k, sentence=f"Sentence {k} of {art}.",
                 cameo=cameo, cameo_root=cameo[:2], quad_class=4, goldstein=-10.0,
                 plover="ASSAULT", source=src, target=tgt, date=date, date_precision=prec,
                 location=Location(*place) if place else None, fatalities=fatalities)


def art(aid, date, source="Wire A", text=None):
    return Article(aid, text or f"text of {aid}", date, source=source)


def clusters(st):
    rows = st.con.execute("SELECT m.cluster_id, m.event_id, e.article_id, e.sentence_index "
                          "FROM mentions m JOIN events e USING (event_id)").fetchall()
    out = {}
    for cid, _, aid, k in rows:
        out.setdefault(cid, set()).add(f"{aid}/{k}")
    return sorted(out.values(), key=lambda s: sorted(s))


def test_compatibility_rules():
    assert codes_compatible("TUR", "TURMIL") and codes_compatible("TURMIL", "TURMIL")
    assert not codes_compatible("TURMIL", "TURGOV")
    assert not codes_compatible(None, "TUR") and codes_compatible(None, None)
    assert _interval(dt.date(2020, 2, 27), "day") == (737482, 737482)
    assert _interval(dt.date(2020, 2, 1), "month")[1] - _interval(dt.date(2020, 2, 1),
                                                                  "month")[0] == 28
    assert _interval(dt.date(2020, 2, 27), "article") == (737481, 737482)
    assert 15 < haversine_km(35.93, 36.63, 35.86, 36.80) < 20
    place = lambda p: (0 if p[6] == "city" else 2, p[1], p[2], p[3], p[4])  # noqa: E731
    assert places_compatible(place(IDLIB), place(SARAQIB), 50)
    assert not places_compatible(place(IDLIB), place(ALEPPO), 50)
    assert places_compatible(place(IDLIB), place(ALEPPO), 100)
    assert places_compatible(place(ALEPPO), place(SYRIA), 50)  # country-level: same country
    assert places_compatible(None, place(ALEPPO), 50)


def test_mentions_of_one_attack_merge_and_distinct_events_do_not(tmp_path):
    d = dt.date(2020, 2, 27)
    coded = [
        (art("a1", d), [ev("a1", 0, fatalities=33),
                        ev("a1", 1, src=SYR, cameo="190", prec="article", place=None)]),
        (art("a2", d + dt.timedelta(1), "Wire B"),
         [ev("a2", 0, place=SARAQIB, fatalities=34),
          ev("a2", 1, date=d + dt.timedelta(9))]),  # same dyad, Idlib, 9 days later
        (art("a3", d, "Wire B"), [ev("a3", 0, place=ALEPPO),  # same day, 57 km away
                                  ev("a3", 1, tgt=TURGOV, place=SYRIA),  # another target
                                  ev("a3", 2, cameo="173")]),  # another CAMEO root
    ]
    with Store(tmp_path / "d.duckdb") as st:
        st.write_batch(coded, None)
        res = dedupe(st)
        assert res["mentions_new"] == 7 and res["clusters"] == 5
        assert clusters(st) == [{"a1/0", "a1/1", "a2/0"}, {"a2/1"}, {"a3/0"}, {"a3/1"},
                                {"a3/2"}]
        row = st.con.execute(
            "SELECT * FROM merged_events WHERE num_mentions = 3").fetchall()
        names = [c[0] for c in st.con.description]
        merged = dict(zip(names, row[0], strict=True))
        assert (merged["num_sources"], merged["num_articles"]) == (2, 2)
        assert merged["source_code"] == "SYRMIL" and merged["cameo"] == "193"
        assert merged["date"] == d and merged["date_precision"] == "day"
        assert merged["location_precision"] == "city" and merged["fatalities"] == 34
        assert row_to_event_dict(merged)["source"]["code"] == "SYRMIL"  # exportable record


def test_dedup_is_incremental_and_follows_replaced_articles(tmp_path):
    d = dt.date(2020, 2, 27)
    with Store(tmp_path / "i.duckdb") as st:
        st.write_batch([(art("a1", d), [ev("a1", 0)]), (art("a2", d), [ev("a2", 0)])], None)
        dedupe(st)
        (cid,) = st.con.execute("SELECT DISTINCT cluster_id FROM mentions").fetchall()[0]
        st.write_batch([(art("a3", d + dt.timedelta(1)), [ev("a3", 0, prec="article")])],
                       None)
        res = dedupe(st)
        assert res["mentions_new"] == 1 and res["clusters_new"] == 0
        assert st.con.execute("SELECT cluster_id, num_mentions FROM event_clusters"
                              ).fetchall() == [(cid, 3)]
        # a2 is corrected: now it reports a protest, not the attack
        st.write_batch([(art("a2", d, text="corrected"), [ev("a2", 0, cameo="141")])], None)
        res = dedupe(st)
        assert res["mentions_removed"] == 1 and res["mentions_new"] == 1
        assert st.con.execute("SELECT num_mentions FROM event_clusters WHERE cluster_id = ?",
                              [cid]).fetchall() == [(2,)]
        assert st.con.execute("SELECT count(*) FROM event_clusters").fetchall()[0][0] == 2
        assert dedupe(st)["mentions_new"] == 0  # nothing left to do


def test_one_a_day_filter(tmp_path):
    d = dt.date(2020, 2, 27)
    with Store(tmp_path / "o.duckdb") as st:
        st.write_batch([(art("a1", d), [ev("a1", 0), ev("a1", 1, place=ALEPPO),
                                        ev("a1", 2, cameo="190"),
                                        ev("a1", 3, date=d + dt.timedelta(1))])], None)
        assert dedupe(st, one_a_day=True)["clusters"] == 3
        res = dedupe(st)  # other parameters: rebuilt
        assert res["rebuilt"] and res["clusters"] == 3  # Aleppo apart, 190 ~ 193 merge


def test_merge_precision_and_recall_on_a_corpus_with_known_duplicates(tmp_path):
    coded, truth = dedup_corpus(1500, seed=3)
    with Store(tmp_path / "s.duckdb") as st:
        write_coded(st, coded)
        dedupe(st, one_a_day=True)
        pred = dict(st.con.execute("SELECT event_id, cluster_id FROM mentions").fetchall())
        phoenix = pairwise_scores(pred, truth)
        dedupe(st)
        pred = dict(st.con.execute("SELECT event_id, cluster_id FROM mentions").fetchall())
        ours = pairwise_scores(pred, truth)
    print(f"\ndedupe: {ours}\none-a-day: {phoenix}")
    assert ours["precision"] >= 0.65 and ours["recall"] >= 0.75
    assert ours["f1"] > phoenix["f1"] + 0.3


def test_pairwise_scores_counts_pairs():
    truth = {"a": 1, "b": 1, "c": 1, "d": 2}
    assert pairwise_scores({"a": 1, "b": 1, "c": 2, "d": 2}, truth)["precision"] == 0.5
    s = pairwise_scores({"a": 1, "b": 1, "c": 2, "d": 2}, truth)
    assert (s["true_pairs"], s["merged_pairs"], s["correct_pairs"]) == (3, 2, 1)
    assert s["recall"] == round(1 / 3, 4)


def test_undated_mentions_stay_alone_without_crashing(tmp_path):
    import datetime as dt

    from eventwatch.dedup import dedupe
    from eventwatch.records import Actor, Article, Event
    from eventwatch.store import Store

    def ev(aid):
        return Event(article_id=aid, sentence_index=0, sentence="Iran will hold talks.",
                     cameo="036", cameo_root="03", quad_class=1, goldstein=4.0, plover="AGREE",
                     source=Actor("Iran", "Iran", "IRN", "IRN", None, "state"),
                     target=Actor("Saudi Arabia", "Saudi Arabia", "SAU", "SAU", None, "state"),
                     date=None, date_precision="article")

    with Store(tmp_path / "u.duckdb") as st:
        st.write_batch([(Article("u1", "a"), [ev("u1")]), (Article("u2", "b"), [ev("u2")]),
                        (Article("d1", "c", dt.date(2024, 1, 2)), [])], None)
        counts = dedupe(st)
        assert counts["clusters"] == 2 and counts["mentions"] == 2
