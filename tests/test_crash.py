"""Killing a real ingest process mid-run leaves a consistent store; re-running completes it.

The corpus is generated here from sentence templates written for this test.
"""

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time

import duckdb

PAIRS = [("Armenian", "Azerbaijani"), ("Indian", "Pakistani"), ("Russian", "Ukrainian"),
         ("Israeli", "Lebanese"), ("Sudanese", "Chadian"), ("Turkish", "Syrian")]
TEMPLATES = [
    "{a} troops shelled {b} positions near the border on Monday, officials said.",
    "{a} and {b} diplomats held talks in Geneva about the disputed crossing.",
    "{a} police arrested {b} activists outside the embassy.",
    "The {a} government accused the {b} army of violating the truce.",
]


def write_corpus(path, n=240, seed=7):
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = rnd.choice(PAIRS)
            text = " ".join(rnd.choice(TEMPLATES).format(a=a, b=b) for _ in range(3))
            day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 200)
            fh.write(json.dumps({"id": f"gen-{i:04d}", "date": day.isoformat(),
                                 "text": text}) + "\n")


def ingest_cmd(corpus, db):
    return [sys.executable, "-m", "eventwatch.cli", "ingest", str(corpus), "--db", str(db),
            "--batch-size", "8", "--verbose"]


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        arts = con.execute("SELECT id, text_hash FROM articles ORDER BY id").fetchall()
        evs = con.execute("SELECT event_id, article_id, cameo FROM events ORDER BY 1").fetchall()
        dup = con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone()[0]
        per_article = con.execute(
            "SELECT count(*) FROM articles a WHERE n_events != "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id)").fetchone()[0]
    finally:
        con.close()
    return arts, evs, dup, orphans, per_article


def test_sigkill_mid_ingest_loses_and_doubles_nothing(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    ref_db = tmp_path / "ref.duckdb"
    subprocess.run(ingest_cmd(corpus, ref_db), check=True, env=env, capture_output=True)
    ref = snapshot(ref_db)
    assert len(ref[0]) == 240 and ref[1]

    db = tmp_path / "killed.duckdb"
    for kill_after in (2, 7):  # committed batches before the kill
        proc = subprocess.Popen(ingest_cmd(corpus, db), env=env, stderr=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, text=True)
        commits = 0
        deadline = time.monotonic() + 120
        while commits < kill_after and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            commits += "committed" in line
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
        arts, evs, dup, orphans, per_article = snapshot(db)
        assert 0 < len(arts) < 240  # partial, and consistent:
        assert dup == 0 and orphans == 0 and per_article == 0
    subprocess.run(ingest_cmd(corpus, db), check=True, env=env, capture_output=True)
    assert snapshot(db) == ref
