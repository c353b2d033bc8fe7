import datetime as dt

import pytest

from eventwatch.records import Actor, Article, Event, Location
from eventwatch.store import Store, StoreError, event_to_row, row_to_event_dict


def make_event(article_id: str, k: int = 0, cameo: str = "190") -> Event:
    return Event(
        article_id=article_id, sentence_index=k, sentence=f"Sentence {k}.", cameo=cameo,
        cameo_root=cameo[:2], quad_class=4, goldstein=-10.0, plover="ASSAULT",
        acled="Armed clash",
        source=Actor("Syrian forces", "Syria", "SYRMIL", "SYR", "MIL", "state"),
        target=Actor("Turkish soldiers", "Turkey", "TURMIL", "TUR", "MIL", "state"),
        date=dt.date(2020, 2, 27), date_precision="day",
        location=Location("Idlib", "SYR", "09", 35.93, 36.63, 169388, "city"),
        fatalities=3, confidence=0.8,
    )


def test_row_round_trip_keeps_the_public_record():
    ev = make_event("a1")
    assert row_to_event_dict(event_to_row(ev)) == ev.to_dict()


def test_ingest_is_idempotent_and_replaces_changed_articles(tmp_path):
    db = tmp_path / "t.duckdb"
    a1 = Article("a1", "Text one.", dt.date(2020, 2, 28))
    a2 = Article("a2", "Text two.", dt.date(2020, 2, 28))
    with Store(db) as st:
        c = st.write_batch([(a1, [make_event("a1", 0), make_event("a1", 1)]),
                            (a2, [make_event("a2", 0)])], None)
        assert c["articles_new"] == 2 and c["events_added"] == 3
        c = st.write_batch([(a1, [make_event("a1", 0), make_event("a1", 1)])], None)
        assert c["articles_unchanged"] == 1 and c["events_added"] == 0
        changed = Article("a1", "Text one, corrected.", dt.date(2020, 2, 28))
        c = st.write_batch([(changed, [make_event("a1", 0, cameo="042")])], None)
        assert c["articles_replaced"] == 1
        rows = st.query_events(actor="SYR", modalities=None)
        assert sorted((r["article_id"], r["cameo"]) for r in rows) == [("a1", "042"),
                                                                        ("a2", "190")]
        assert st.stats()["articles"] == 2


def test_query_filters(tmp_path):
    with Store(tmp_path / "q.duckdb") as st:
        st.write_batch([(Article("a", "x", dt.date(2020, 1, 1)), [make_event("a")])], None)
        assert len(st.query_events(dyad=("TUR", "SYR"))) == 1
        assert len(st.query_events(dyad=("TUR", "RUS"))) == 0
        assert len(st.query_events(since=dt.date(2020, 3, 1))) == 0
        assert len(st.query_events(cameo_root="19", plover="assault", country="syr")) == 1
        assert len(st.query_events(cameo_root="4")) == 0
        assert len(st.query_events(modalities=("negated",))) == 0


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database file" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bad)


def test_event_values_are_the_row_in_column_order():
    from eventwatch.store import EVENT_COLUMNS, event_table, event_values

    bare = Event(article_id="b", sentence_index=0, sentence="S.", cameo="042", cameo_root="04",
                 quad_class=1, goldstein=1.9, plover="CONSULT", confidence=0.12345)
    for ev in (make_event("a1", 3), bare):
        row = event_to_row(ev)
        assert event_values(ev) == tuple(row[c] for c in EVENT_COLUMNS)
    assert event_table([bare]).to_pylist()[0]["confidence"] == 0.123


def test_write_rows_keeps_the_idempotence_rules(tmp_path):
    from eventwatch.store import event_table

    def rows(*pairs):
        arts = [a for a, _ in pairs]
        evs = [e for _, es in pairs for e in es]
        return arts, [len(es) for _, es in pairs], event_table(evs) if evs else None

    a1 = Article("a1", "Text one.", dt.date(2020, 2, 28), title="One", source="Wire")
    a2 = Article("a2", "Text two.", dt.date(2020, 2, 28))
    with Store(tmp_path / "r.duckdb") as st:
        c = st.write_rows(*rows((a1, [make_event("a1", 0), make_event("a1", 1)]),
                                (a2, [make_event("a2", 0)]),
                                (a2, [make_event("a2", 0)])), 7)  # repeated in the batch
        assert c == {"articles_new": 2, "articles_replaced": 0, "articles_unchanged": 1,
                     "events_added": 3}
        c = st.write_rows(*rows((a1, [make_event("a1", 0), make_event("a1", 1)]),
                                (Article("a2", "Text two, corrected."), [])), 8)
        assert c == {"articles_new": 0, "articles_replaced": 1, "articles_unchanged": 1,
                     "events_added": 0}
        assert st.con.execute("SELECT id, title, source, n_events, run_id, text_hash FROM "
                              "articles ORDER BY id").fetchall() == [
            ("a1", "One", "Wire", 2, 7, a1.text_hash),
            ("a2", None, None, 0, 8, Article("a2", "Text two, corrected.").text_hash)]
        assert st.con.execute("SELECT article_id, count(*) FROM events GROUP BY 1").fetchall() \
            == [("a1", 2)]
        with pytest.raises(ValueError, match="n_events"):
            st.write_rows([a1], [3], event_table([make_event("a1")]), None)


def test_write_batch_inserts_many_articles_in_one_go(tmp_path):
    arts = [(Article(f"n{i}", f"Text {i}.", dt.date(2021, 1, 1 + i % 28)),
             [make_event(f"n{i}", k) for k in range(i % 3)]) for i in range(300)]
    with Store(tmp_path / "m.duckdb") as st:
        c = st.write_batch(arts, 1)
        assert c["articles_new"] == 300 and c["events_added"] == 300
        got = st.con.execute("SELECT id, date, n_events FROM articles ORDER BY id").fetchall()
        assert got == sorted((a.id, a.date, len(e)) for a, e in arts)
        assert st.write_batch(arts, 2)["articles_unchanged"] == 300
