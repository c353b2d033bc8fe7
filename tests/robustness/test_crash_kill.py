"""Crash safety: SIGKILL ``ingest``, ``watch`` and ``dedup`` at seeded random points and at
exact transaction boundaries, restart them, and compare the store with an uninterrupted run's.

The commands run in forks of a warm process (``_warm.py``) so that each start costs
milliseconds instead of a model load; the code that runs is ``eventwatch.cli.main``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import time

import pytest

from eventwatch.records import Actor, Article, Event, Location
from eventwatch.store import Store

from .conftest import consistent, record, snapshot, wait_for_lines

SEED = 20240611
KILLS = 3


def _ingest(corpus, db):
    return ["ingest", corpus, "--db", db, "--batch-size", "4", "--verbose"]


def _watch(corpus, db):
    return ["watch", corpus, "--db", db, "--once", "--settle", "0"]


def _kill(warm, pid):
    os.kill(pid, signal.SIGKILL)
    return warm.wait(pid)


def _equal_to_reference(snap, ref, with_dedup=True):
    keys = ["articles", "events"] + (["mentions", "clusters"] if with_dedup else [])
    return {k: snap.get(k) == ref[k] for k in keys}


@pytest.mark.parametrize("command", ["ingest", "watch"])
def test_random_sigkill_then_restart_equals_uninterrupted_run(command, warm, corpus, reference,
                                                              tmp_path):
    ref_db, ref, _ = reference
    n_articles = len(ref["articles"])
    rnd = random.Random(f"{SEED}-{command}")
    db = tmp_path / f"{command}.duckdb"
    argv = (_ingest if command == "ingest" else _watch)(corpus, db)
    killed = partial = 0
    for _ in range(3 * KILLS):
        if killed == KILLS:
            break
        # committed transactions before the kill (watch commits once per file) ...
        commits = rnd.randint(1, 2) if command == "ingest" else 1
        extra = rnd.uniform(0, 0.15)  # ... plus a random moment into the next one
        pid, err = warm.start(argv, announce=True)
        wait_for_lines(err, "[warm] commit", commits, pid)
        time.sleep(extra)
        code = _kill(warm, pid)
        killed += code == -signal.SIGKILL
        if code != -signal.SIGKILL:
            # on a fast host the rest of the run can finish within the random wait: the store
            # is then complete, so start over from an empty one to kill a run in progress
            for leftover in db.parent.glob(db.name + "*"):
                leftover.unlink()
            continue
        if not db.exists():
            continue
        snap = snapshot(db)
        assert consistent(snap), snap
        assert set(snap["articles"]) <= set(ref["articles"])  # nothing that should not be there
        partial += 0 < len(snap["articles"]) < n_articles
    code, err = warm.run(argv)
    assert code == 0, err
    final = snapshot(db)
    assert consistent(final)
    same = _equal_to_reference(final, ref)
    assert same["articles"] and same["events"]
    # a kill after the last commit but before dedup is made good by the restart too
    undeduplicated = len(set(ref["mentions"]) - set(final.get("mentions", [])))
    assert same["mentions"] and same["clusters"]
    record(f"crash_{command}", kills=killed, kills_partial_store=partial, restarts=1,
           mentions_left_undeduplicated=undeduplicated,
           articles_lost=n_articles - len(final["articles"]),
           events_lost=len(set(ref["events"]) - set(final["events"])),
           events_doubled=final["duplicate_events"])
    assert killed == KILLS, "the command finished before it could be killed"


@pytest.mark.parametrize("when", ["before", "after"])
def test_ingest_killed_exactly_at_a_commit(when, warm, corpus, reference, tmp_path):
    """Kill inside the 3rd batch transaction (before COMMIT) or right after it."""
    _, ref, _ = reference
    db = tmp_path / "exact.duckdb"
    code, _ = warm.run(_ingest(corpus, db), kill_at_commit=3, kill_when=when)
    assert code == -signal.SIGKILL
    snap = snapshot(db)
    assert consistent(snap)
    assert len(snap["articles"]) == (8 if when == "before" else 12)  # batches of 4
    code, err = warm.run(_ingest(corpus, db))
    assert code == 0, err
    assert _equal_to_reference(snapshot(db), ref) == dict.fromkeys(
        ["articles", "events", "mentions", "clusters"], True)
    record("crash_ingest", kills=1, exact_commit_kills=1)


def test_ingest_killed_between_last_batch_and_dedup(warm, corpus, reference, tmp_path):
    _, ref, _ = reference
    db = tmp_path / "nodedup.duckdb"
    code, _ = warm.run(_ingest(corpus, db), kill_before_dedup=True)
    assert code == -signal.SIGKILL
    assert "mentions" not in snapshot(db)
    code, err = warm.run(_ingest(corpus, db))
    assert code == 0, err
    assert _equal_to_reference(snapshot(db), ref)["clusters"]
    record("crash_ingest", kills=1)


def test_watch_killed_between_last_chunk_and_dedup(warm, corpus, reference, tmp_path):
    _, ref, _ = reference
    db = tmp_path / "watch-nodedup.duckdb"
    code, _ = warm.run(_watch(corpus, db), kill_before_dedup=True)
    assert code == -signal.SIGKILL
    assert "mentions" not in snapshot(db)
    code, err = warm.run(_watch(corpus, db))
    assert code == 0, err
    snap = snapshot(db)
    assert snap["articles"] == ref["articles"] and snap["events"] == ref["events"]
    assert snap.get("mentions") == ref["mentions"] and snap.get("clusters") == ref["clusters"]
    record("crash_watch", kills=1)


def test_ingest_killed_before_dedup_then_watch_catches_up(warm, corpus, reference, tmp_path):
    """The restart may be a different command: watch finds the events no dedup has seen."""
    _, ref, _ = reference
    db = tmp_path / "ingest-then-watch.duckdb"
    code, _ = warm.run(_ingest(corpus, db), kill_before_dedup=True)
    assert code == -signal.SIGKILL
    code, err = warm.run(_watch(corpus, db))
    assert code == 0, err
    snap = snapshot(db)
    assert snap["articles"] == ref["articles"] and snap["events"] == ref["events"]
    assert snap.get("mentions") == ref["mentions"] and snap.get("clusters") == ref["clusters"]
    record("crash_watch", kills=1)


# -- dedup on a synthetic store (no NLP): large enough that a kill lands inside it ------------
ACTORS = [Actor(f"{c} forces", c, f"{c}MIL", c, "MIL", "state") for c in
          ("TUR", "SYR", "RUS", "UKR", "IND", "PAK", "ETH", "ERI")]
PLACES = [None, Location("Aleppo", "SYR", "09", 36.2, 37.16, 170063, "city"),
          Location("Kharkiv", "UKR", "07", 49.99, 36.23, 706483, "city"),
          Location("Syria", "SYR", None, 35.0, 38.0, 163843, "country")]
CODES = [("190", "19", 4, -10.0, "ASSAULT"), ("042", "04", 1, 1.9, "CONSULT"),
         ("112", "11", 3, -2.0, "ACCUSE"), ("173", "17", 4, -5.0, "COERCE")]


def synthetic_store(path, n_articles: int, seed: int, start: int = 0) -> int:
    rnd = random.Random(seed)
    batch, n_events = [], 0
    with Store(path) as st:
        for i in range(start, start + n_articles):
            day = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(300))
            events = []
            for k in range(rnd.randint(1, 6)):
                src, tgt = rnd.sample(ACTORS, 2)
                cameo, root, quad, gold, plover = rnd.choice(CODES)
                events.append(Event(
                    article_id=f"s{i}", sentence_index=k, sentence=f"Sentence {k} of s{i}.",
                    cameo=cameo, cameo_root=root, quad_class=quad, goldstein=gold, plover=plover,
                    source=src, target=tgt, date=day + dt.timedelta(days=rnd.randint(-2, 0)),
                    date_precision=rnd.choice(["day", "article", "week"]), modality="asserted",
                    location=rnd.choice(PLACES), confidence=0.7))
            n_events += len(events)
            batch.append((Article(f"s{i}", f"text {i}", day, source=f"wire{i % 5}"), events))
            if len(batch) == 500:
                st.write_batch(batch, None)
                batch = []
        st.write_batch(batch, None)
    return n_events


def test_dedup_killed_at_random_points_is_all_or_nothing(warm, tmp_path):
    rnd = random.Random(SEED)
    base = tmp_path / "base.duckdb"
    n_events = synthetic_store(base, 1500, seed=5)
    ref_db = tmp_path / "ref.duckdb"
    shutil.copy(base, ref_db)
    t0 = time.monotonic()
    code, err = warm.run(["dedup", "--db", ref_db])
    seconds = time.monotonic() - t0
    assert code == 0, err
    ref = snapshot(ref_db)
    db = tmp_path / "killed.duckdb"
    shutil.copy(base, db)
    kills = inside = attempts = 0
    while kills < 4 and attempts < 12:  # a loaded machine may finish a dedup before the kill
        attempts += 1
        pid, _ = warm.start(["dedup", "--db", db])
        time.sleep(rnd.uniform(0.05, 0.7) * seconds)
        killed = _kill(warm, pid) == -signal.SIGKILL
        kills += killed
        snap = snapshot(db)
        assert consistent(snap)
        if "mentions" in snap and snap["mentions"]:
            assert snap["mentions"] == ref["mentions"] and snap["clusters"] == ref["clusters"]
            shutil.copy(base, db)  # it committed: start the next kill from scratch
        else:
            inside += 1  # killed before its one commit: no partial clusters left behind
            assert not snap.get("clusters")
    code, err = warm.run(["dedup", "--db", db])
    assert code == 0, err
    final = snapshot(db)
    assert final["mentions"] == ref["mentions"] and final["clusters"] == ref["clusters"]
    assert len(final["mentions"]) == n_events  # every asserted mention in exactly one event
    record("crash_dedup", kills=kills, kills_before_commit=inside, mentions=n_events,
           dedup_seconds=round(seconds, 2), mentions_lost=n_events - len(final["mentions"]))
    assert kills >= 2


def test_incremental_dedup_killed_before_commit_keeps_previous_state(warm, tmp_path):
    db = tmp_path / "inc.duckdb"
    synthetic_store(db, 400, seed=8)
    assert warm.run(["dedup", "--db", db])[0] == 0
    before = snapshot(db)
    synthetic_store(db, 200, seed=9, start=400)
    code, _ = warm.run(["dedup", "--db", db], kill_at_commit=1, kill_when="before")
    assert code == -signal.SIGKILL
    assert snapshot(db)["clusters"] == before["clusters"]
    assert warm.run(["dedup", "--db", db])[0] == 0
    after = snapshot(db)
    fresh = tmp_path / "fresh.duckdb"
    synthetic_store(fresh, 400, seed=8)
    assert warm.run(["dedup", "--db", fresh])[0] == 0
    synthetic_store(fresh, 200, seed=9, start=400)
    assert warm.run(["dedup", "--db", fresh])[0] == 0
    assert after["mentions"] == snapshot(fresh)["mentions"]
    record("crash_dedup", kills=1, exact_commit_kills=1)
