"""code_parallel: same events in the same order as the in-process pipeline, bounded reading."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.parallel import code_parallel
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

SENTENCES = [
    "Turkish troops attacked Kurdish rebels near Mosul on Monday.",
    "The Iranian foreign minister met his Iraqi counterpart in Baghdad.",
    "Police in Nairobi arrested twelve protesters outside parliament.",
    "Russia accused Ukraine of shelling a village near Belgorod.",
    "The United Nations sent food aid to refugees in Chad.",
    "Israeli aircraft struck targets in southern Lebanon overnight, killing three people.",
    "Pakistan and India agreed to reopen talks on water sharing.",
]


def make_articles(n: int) -> list[Article]:
    arts = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
        arts.append(Article(id=f"p{i:03d}", text=text, date=dt.date(2024, 3, 1 + i % 28),
                            source="Test Wire"))
    return arts


@pytest.fixture(scope="module")
def expected(nlp):
    arts = make_articles(40)
    return arts, [[e.to_dict() for e in evs] for _, evs in Pipeline().code(arts)]


def test_two_workers_match_in_process_order_and_events(expected):
    arts, want = expected
    got = list(code_parallel(iter(arts), 2, chunk=3))
    assert [a.id for a, _ in got] == [a.id for a in arts]
    assert [[e.to_dict() for e in evs] for _, evs in got] == want
    assert sum(map(len, want)) > 20  # the corpus really yields events


def test_one_worker_is_in_process(expected):
    arts, want = expected
    got = list(code_parallel(arts[:10], 1))
    assert [[e.to_dict() for e in evs] for _, evs in got] == want[:10]


def test_reading_is_bounded():
    pulled = 0

    def stream():
        nonlocal pulled
        for a in make_articles(200):
            pulled += 1
            yield a

    gen = code_parallel(stream(), 2, chunk=4)
    first, _ = next(gen)
    assert first.id == "p000"
    assert pulled <= (2 * 2 + 1) * 4  # at most 2 * workers chunks in flight, plus one
    gen.close()
    assert pulled < 200


def test_empty_input_starts_no_pool():
    assert list(code_parallel(iter([]), 2)) == []


def test_bad_actor_file_is_reported(tmp_path):
    bad = tmp_path / "actors.tsv"
    bad.write_text("this is not a header\n", encoding="utf-8")
    from eventwatch.parallel import code_parallel_rows

    with pytest.raises(ValueError, match="actors.tsv:1"):
        code_parallel(make_articles(3), 2, actor_files=[bad])  # raised before iterating
    with pytest.raises(ValueError, match="actors.tsv:1"):
        code_parallel_rows(make_articles(3), 2, actor_files=[bad])


def test_packed_events_round_trip(expected):
    from eventwatch.parallel import pack_event, unpack_event
    from eventwatch.records import Actor, Attribution, Event, Location

    ev = Event(article_id="x", sentence_index=2, sentence="S.", cameo="190", cameo_root="19",
               quad_class=4, goldstein=-10.0, plover="ASSAULT",
               source=Actor("Syrian forces", "Syria", "SYRMIL", "SYR", "MIL", "state"),
               attribution=Attribution("officials", "GOV"),
               location=Location("Idlib", "SYR", "09", 35.93, 36.63, 169388, "city"),
               date=dt.date(2020, 2, 27), trigger="attacked", event_index=1, extra={"k": 1})
    back = unpack_event(pack_event(ev))
    assert back == ev and back.target is None and back.event_id == ev.event_id
    assert isinstance(back.source, Actor) and isinstance(back.location, Location)


def test_rows_batches_match_in_process_events(expected):
    from eventwatch.parallel import PARENT_STATS, WORKER_STATS, code_parallel_rows
    from eventwatch.store import EVENT_COLUMNS, event_table

    arts, want = expected
    WORKER_STATS.clear()
    PARENT_STATS.clear()
    batches = list(code_parallel_rows(iter(arts), 2, batch=7, chunk=3))
    assert [len(a) for a, _, _ in batches] == [7, 7, 7, 7, 7, 5]  # exact transaction sizes
    assert [a.id for b, _, _ in batches for a in b] == [a.id for a in arts]
    assert [n for _, ns, _ in batches for n in ns] == [len(w) for w in want]
    got = [row for _, _, t in batches if t is not None for row in t.to_pylist()]
    in_process = event_table(e for _, evs in Pipeline().code(arts) for e in evs).to_pylist()
    assert got == in_process and list(got[0]) == list(EVENT_COLUMNS)
    # every chunk of 3 articles went to a worker, and the accounting saw it
    assert sum(s.tasks for s in WORKER_STATS.values()) == PARENT_STATS["chunks"] == 14
    for s in WORKER_STATS.values():
        assert 0 < s.code_s <= s.cpu_s and 0 <= s.ipc_s < s.cpu_s and s.rss_mb < 1024


def test_ingest_with_two_workers_stores_what_one_worker_stores(expected, tmp_path):
    from eventwatch.jobs import ingest
    from eventwatch.store import Store

    arts, _ = expected
    arts = arts[:20] + arts[:3]  # repeated ids: skipped as unchanged either way
    tables = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as st:
            totals = ingest(st, Pipeline() if workers == 1 else None, iter(arts), batch_size=6,
                            workers=workers)
            ev = st.con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
            art = st.con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id"
                                 ).fetchall()
            tables[workers] = totals, ev, art
    assert tables[1] == tables[2]
    totals, ev, art = tables[2]
    assert totals["articles_new"] == 20 and totals["articles_unchanged"] == 3
    assert len(ev) == totals["events_added"] > 10 and len(art) == 20
