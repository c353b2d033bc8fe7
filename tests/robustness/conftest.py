"""Shared pieces of the robustness suite: the figures file, a time bound, a generated corpus,
store snapshots, the warm fork server (``_warm.py``) and the reference store built by one
uninterrupted ingest of the corpus.

Figures measured by the tests (inputs tried, kills survived, requests, p95, anything lost) are
collected in ``figures`` and written at the end of the session to
``$EVENTWATCH_ARTIFACTS/robustness.json`` (or pytest's base temp dir), and printed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

HERE = Path(__file__).resolve().parent

# -- figures ----------------------------------------------------------------------------------
FIGURES: dict[str, dict] = {}


def record(section: str, **values) -> None:
    """Add measured numbers under ``section`` (summed when a key repeats with a number)."""
    box = FIGURES.setdefault(section, {})
    for key, value in values.items():
        if isinstance(value, int | float) and isinstance(box.get(key), int | float):
            box[key] += value
        else:
            box[key] = value


@pytest.fixture(scope="session", autouse=True)
def figures_file(tmp_path_factory):
    yield
    if not FIGURES:
        return
    folder = Path(os.environ.get("EVENTWATCH_ARTIFACTS") or tmp_path_factory.getbasetemp())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "robustness.json"
    path.write_text(json.dumps(FIGURES, indent=2, sort_keys=True, default=str) + "\n")
    print(f"\nrobustness figures ({path}):\n{json.dumps(FIGURES, indent=1, sort_keys=True)}")


# -- time bound --------------------------------------------------------------------------------
class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_bound(seconds: float, what: str = "case"):
    """Raise TooSlow if the block runs longer than ``seconds`` (SIGALRM; main thread only)."""

    def alarm(signum, frame):
        raise TooSlow(f"{what} took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# -- a generated corpus (templates written for this suite) -------------------------------------
PAIRS = [("Armenian", "Azerbaijani"), ("Indian", "Pakistani"), ("Russian", "Ukrainian"),
         ("Ethiopian", "Eritrean"), ("Sudanese", "Chadian"), ("Turkish", "Syrian"),
         ("Serbian", "Kosovar"), ("Venezuelan", "Colombian")]
TEMPLATES = [
    "{a} troops shelled {b} positions near the border on {day}, officials said.",
    "{a} and {b} negotiators met in Geneva on {day} to discuss the disputed crossing.",
    "{a} police detained {b} journalists outside the consulate on {day}.",
    "The {a} foreign ministry accused the {b} army of breaking the ceasefire.",
    "{a} officials promised food aid to {b} villages hit by the floods.",
    "A {a} drone struck a {b} fuel depot overnight, killing two guards.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(rnd: random.Random) -> str:
    a, b = rnd.choice(PAIRS)
    return " ".join(rnd.choice(TEMPLATES).format(a=a, b=b, day=rnd.choice(DAYS))
                    for _ in range(2))


def write_corpus(folder: Path, seed: int = 11) -> int:
    """A directory of 2 JSONL feeds (28 + 12 records) and 6 text files: 46 articles."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, count in (("feed-a.jsonl", 28), ("feed-b.jsonl", 12)):
        with open(folder / name, "w", encoding="utf-8") as fh:
            for _ in range(count):
                day = dt.date(2023, 3, 1) + dt.timedelta(days=n % 40)
                fh.write(json.dumps({"id": f"gen-{n:03d}", "date": day.isoformat(),
                                     "title": f"Report {n}", "text": article_text(rnd)}) + "\n")
                n += 1
    (folder / "notes").mkdir(exist_ok=True)
    for i in range(6):
        day = dt.date(2023, 4, 1) + dt.timedelta(days=i)
        (folder / "notes" / f"note-{i}.txt").write_text(
            f"date: {day.isoformat()}\n{article_text(rnd)}\n", encoding="utf-8")
        n += 1
    return n


# -- store snapshots ----------------------------------------------------------------------------
def _table(con, name):
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                            [name]).fetchone()[0])


def snapshot(db) -> dict:
    """Everything a run should leave, plus consistency counts that must all be zero."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        snap = {
            "articles": con.execute("SELECT id, text_hash, n_events FROM articles ORDER BY id"
                                    ).fetchall(),
            "events": con.execute("SELECT event_id, article_id, cameo, source_code, target_code,"
                                  " date, modality FROM events ORDER BY event_id").fetchall(),
            "duplicate_events": one("SELECT count(*) - count(DISTINCT event_id) FROM events"),
            "orphan_events": one("SELECT count(*) FROM events WHERE article_id NOT IN "
                                 "(SELECT id FROM articles)"),
            "half_written": one("SELECT count(*) FROM articles a WHERE n_events != "
                                "(SELECT count(*) FROM events e WHERE e.article_id = a.id)"),
        }
        if _table(con, "mentions"):
            snap["mentions"] = con.execute(
                "SELECT event_id, cluster_id FROM mentions ORDER BY event_id").fetchall()
            snap["clusters"] = con.execute(
                "SELECT cluster_id, event_id, num_mentions FROM event_clusters ORDER BY 1"
            ).fetchall()
            snap["mentions_without_event"] = one(
                "SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)")
        return snap
    finally:
        con.close()


def consistent(snap: dict) -> bool:
    return (snap["duplicate_events"] == 0 and snap["orphan_events"] == 0
            and snap["half_written"] == 0 and snap.get("mentions_without_event", 0) == 0)


# -- the warm fork server ----------------------------------------------------------------------
class Warm:
    """Runs ``eventwatch`` commands in forks of a process that has the pipeline loaded."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(HERE / "_warm.py")], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     cwd=workdir)
        assert json.loads(self.proc.stdout.readline()) == {"ready": True}
        self.n = 0

    def _ask(self, req: dict) -> dict:
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def start(self, argv, **opts) -> tuple[int, Path]:
        self.n += 1
        err = self.workdir / f"run-{self.n}.err"
        pid = self._ask({"argv": [str(a) for a in argv], "err": str(err),
                         "out": str(self.workdir / f"run-{self.n}.out"), **opts})["pid"]
        return pid, err

    def wait(self, pid: int, timeout: float = 120) -> int:
        answer = self._ask({"wait": pid, "timeout": timeout})
        assert not answer["timeout"], f"process {pid} hung for {timeout} s"
        return answer["code"]

    def run(self, argv, timeout: float = 120, **opts) -> tuple[int, str]:
        pid, err = self.start(argv, **opts)
        code = self.wait(pid, timeout)
        return code, err.read_text()

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a finished child of the warm server is a zombie until reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for_lines(path: Path, marker: str, count: int, pid: int | None = None,
                   timeout: float = 60) -> int:
    """Poll ``path`` until it holds ``count`` lines containing ``marker`` (or process ``pid``
    ended); return how many it holds."""
    deadline = time.monotonic() + timeout
    seen = 0
    while time.monotonic() < deadline:
        seen = path.read_text().count(marker) if path.exists() else 0
        if seen >= count or (pid is not None and not alive(pid)):
            return seen
        time.sleep(0.01)
    return seen


@pytest.fixture(scope="session")
def warm(tmp_path_factory):
    server = Warm(tmp_path_factory.mktemp("warm"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "in"
    write_corpus(folder)
    return folder


@pytest.fixture(scope="session")
def reference(warm, corpus, tmp_path_factory):
    """(db path, snapshot, seconds) of one uninterrupted ingest of the corpus."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    t0 = time.monotonic()
    code, err = warm.run(["ingest", corpus, "--db", db, "--batch-size", "4", "--verbose"])
    seconds = time.monotonic() - t0
    assert code == 0, err
    snap = snapshot(db)
    assert len(snap["articles"]) == 46 and snap["events"] and snap["clusters"]
    assert consistent(snap)
    record("corpus", articles=46, events=len(snap["events"]), clusters=len(snap["clusters"]),
           ingest_seconds=round(seconds, 2))
    return db, snap, seconds
