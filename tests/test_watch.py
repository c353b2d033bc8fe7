"""The directory watcher: new files, appended JSONL lines, restarts without reprocessing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwatch.ingest import Problems
from eventwatch.pipeline import Pipeline
from eventwatch.store import Store
from eventwatch.watch import Watcher, watch_cmd


def line(i: int, text: str, date: str = "2024-02-12") -> str:
    return json.dumps({"id": f"w{i}", "date": date, "text": text}) + "\n"


TEXTS = [
    "Sudanese troops attacked rebels near Khartoum on Sunday.",
    "The Egyptian president met the Jordanian king in Cairo.",
    "Indian police arrested twenty protesters in Delhi.",
    "Kenya sent troops to Somalia to fight militants.",
]


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def scan(db, directory, pipeline, dedup=False):
    with Store(db) as store:
        return Watcher(store, str(directory), pipeline, settle=0, dedup=dedup,
                       problems=Problems(quiet=True)).scan()


def count(db, sql="SELECT count(*) FROM articles"):
    with Store(db) as store:
        return store.con.execute(sql).fetchone()[0]


def test_new_files_then_appended_lines_then_restart(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_text(line(1, TEXTS[0]) + line(2, TEXTS[1]), encoding="utf-8")
    (inbox / "note.txt").write_text(TEXTS[2], encoding="utf-8")
    (inbox / ".hidden.txt").write_text(TEXTS[3], encoding="utf-8")

    first = scan(db, inbox, pipeline)
    assert first["articles_new"] == 3 and first["events_added"] >= 2
    events_after_first = count(db, "SELECT count(*) FROM events")

    # a restart with nothing new does nothing at all (no run row either)
    runs = count(db, "SELECT count(*) FROM runs")
    again = scan(db, inbox, pipeline)
    assert again["articles_read"] == 0 and again["files"] == 0
    assert count(db, "SELECT count(*) FROM runs") == runs

    # appended lines: only the complete ones are read; the partial one waits
    with feed.open("a", encoding="utf-8") as f:
        f.write(line(3, TEXTS[3]))
        f.write(line(4, TEXTS[0], "2024-02-13")[:25])  # cut mid-line
    third = scan(db, inbox, pipeline)
    assert third["articles_read"] == 1 and third["articles_new"] == 1
    with feed.open("a", encoding="utf-8") as f:
        f.write(line(4, TEXTS[0], "2024-02-13")[25:])
    fourth = scan(db, inbox, pipeline)
    assert fourth["articles_read"] == 1 and fourth["articles_new"] == 1
    assert count(db) == 5
    assert count(db, "SELECT count(*) FROM events") > events_after_first
    with Store(db) as s:
        (offset, lines), = s.con.execute(
            'SELECT "offset", lines FROM watch_files WHERE path = ?', [str(feed)]).fetchall()
    assert offset == feed.stat().st_size and lines == 4


def test_changed_whole_file_replaces_its_article(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    note = inbox / "note.txt"
    note.write_text(TEXTS[1], encoding="utf-8")
    scan(db, inbox, pipeline)
    note.write_text(TEXTS[1] + " " + TEXTS[3], encoding="utf-8")
    result = scan(db, inbox, pipeline)
    assert result["articles_replaced"] == 1 and result["articles_new"] == 0
    assert count(db) == 1


def test_kill_before_commit_loses_nothing(tmp_path, pipeline):
    """A crash while storing a batch rolls back both the rows and the file position."""
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "feed.jsonl").write_text("".join(line(i, TEXTS[i % 4]) for i in range(5)),
                                      encoding="utf-8")

    class Boom(Exception):
        pass

    class Failing:
        def code(self, articles):
            raise Boom

    with Store(db) as store, pytest.raises(Boom):
        Watcher(store, str(inbox), Failing(), settle=0, batch_size=2).scan()
    assert count(db) == 0 and count(db, "SELECT count(*) FROM watch_files") == 0
    result = scan(db, inbox, pipeline)
    assert result["articles_new"] == 5 and count(db) == 5


def test_dedup_runs_incrementally_after_each_scan(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_text(line(1, TEXTS[0]), encoding="utf-8")
    first = scan(db, inbox, pipeline, dedup=True)
    assert first["dedup"]["mentions_new"] >= 1
    with feed.open("a", encoding="utf-8") as f:
        f.write(line(2, TEXTS[0]))  # the same report again from another article
    second = scan(db, inbox, pipeline, dedup=True)
    assert second["dedup"]["mentions_new"] >= 1 and second["dedup"]["clusters_new"] == 0


def test_bad_lines_are_reported_and_skipped(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "feed.jsonl").write_text(line(1, TEXTS[0]) + "{not json\n" + line(2, TEXTS[1]),
                                      encoding="utf-8")
    problems = Problems(quiet=True)
    with Store(db) as store:
        result = Watcher(store, str(inbox), pipeline, settle=0, problems=problems).scan()
    assert result["articles_new"] == 2 and problems.skipped == 1


def test_cli_once(tmp_path, pipeline, monkeypatch):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text(line(1, TEXTS[0]), encoding="utf-8")
    monkeypatch.setattr("eventwatch.pipeline.Pipeline", lambda actor_files=(): pipeline)
    result = CliRunner().invoke(watch_cmd, [str(inbox), "--db", str(db), "--once",
                                            "--settle", "0"])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    assert count(db) == 1


def pending(db) -> int:
    return count(db, "SELECT count(*) FROM watch_pending WHERE task = 'dedup'")


def test_dedup_that_failed_or_was_skipped_runs_on_a_later_scan(tmp_path, pipeline, monkeypatch):
    """Dedup follows the store's state, not whether this scan added events."""
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "feed.jsonl").write_text(line(1, TEXTS[0]) + line(2, TEXTS[2]), encoding="utf-8")

    def broken(store):
        raise RuntimeError("disk full")

    monkeypatch.setattr("eventwatch.dedup.dedupe", broken)
    problems = Problems(quiet=True)
    with Store(db) as store:
        first = Watcher(store, str(inbox), pipeline, settle=0, problems=problems).scan()
    assert first["events_added"] >= 2 and first["dedup"] is None and problems.skipped == 1
    assert pending(db) == 1  # written in the batch transaction, kept by the failed dedup
    monkeypatch.undo()
    again = scan(db, inbox, pipeline, dedup=True)  # nothing new in the directory
    assert again["articles_read"] == 0 and again["dedup"]["mentions_new"] >= 2
    assert pending(db) == 0
    assert count(db, "SELECT count(*) FROM mentions") == again["dedup"]["mentions"]
    assert "dedup" not in scan(db, inbox, pipeline, dedup=True)  # up to date: no dedup run


def test_first_scan_catches_up_events_no_dedup_has_seen(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "note.txt").write_text(TEXTS[0], encoding="utf-8")
    scan(db, inbox, pipeline, dedup=False)  # like `watch --no-dedup`, or a killed ingest
    with Store(db) as store:  # a store written by another command: no pending row
        store.con.execute("DELETE FROM watch_pending")
    result = scan(db, inbox, pipeline, dedup=True)
    assert result["articles_read"] == 0 and result["dedup"]["mentions_new"] >= 1
    with Store(db) as store:
        watcher = Watcher(store, str(inbox), pipeline, settle=0)
        assert not watcher.dedup_pending()  # every event is in a cluster now


def test_deeply_nested_or_surrogate_lines_are_handled(tmp_path, pipeline):
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    deep = "[" * 50_000 + "]" * 50_000 + "\n"
    odd = json.dumps({"id": "w\ud800", "text": "Kenyan police arrested \udfff two men."}) + "\n"
    (inbox / "feed.jsonl").write_text(line(1, TEXTS[0]) + deep + odd, encoding="utf-8")
    problems = Problems(quiet=True)
    with Store(db) as store:
        result = Watcher(store, str(inbox), pipeline, settle=0, problems=problems).scan()
    assert result["articles_new"] == 2 and problems.skipped == 1
    with Store(db) as store:
        ids = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
    assert ids == {"w1", "w\ufffd"}
