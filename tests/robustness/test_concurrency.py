"""Concurrency: readers while an ingest runs, two ingests on one store, and API reads while the
API ingests. A second process gets a clear one-line refusal (DuckDB allows one writer) or is
served; the store is never corrupted."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import threading

from fastapi.testclient import TestClient

from eventwatch.api.app import create_app
from eventwatch.store import Store, StoreError

from .conftest import alive, consistent, record, snapshot, wait_for_lines


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwatch.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _one_clear_line(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("eventwatch: ") and "in use" in lines[0]
    assert "Traceback" not in stderr


def test_readers_and_a_second_ingest_during_an_ingest(warm, corpus, reference, tmp_path):
    _, ref, _ = reference
    db = tmp_path / "busy.duckdb"
    pid, err = warm.start(["ingest", corpus, "--db", db, "--batch-size", "2", "--verbose"],
                          announce=True)
    assert wait_for_lines(err, "[warm] commit", 1, pid) == 1
    assert alive(pid)
    code, second = warm.run(["ingest", corpus, "--db", db])  # a second writer, same store
    assert code == 1
    _one_clear_line(second)
    refused = served = 0
    for args in (["stats", "--db", db], ["events", "--db", db, "--format", "jsonl"],
                 ["export", "--db", db, "--format", "csv", "-o", tmp_path / "x.csv"]):
        res = _cli(*args)
        if res.returncode == 0:
            served += 1
        else:
            assert res.returncode == 1
            _one_clear_line(res.stderr)
            refused += 1
    try:
        create_app(db).state.desk.close()
        api = "served"
    except StoreError as exc:
        assert "in use" in str(exc) and "\n" not in str(exc)
        api = "refused"
    assert warm.wait(pid) == 0, err.read_text()
    snap = snapshot(db)
    assert consistent(snap)
    assert snap["articles"] == ref["articles"] and snap["events"] == ref["events"]
    record("concurrency", cli_reads_during_ingest=served + refused,
           cli_reads_refused_with_one_line=refused, second_ingest_refused=1,
           api_open_during_ingest=api, store_corrupted=0)


def test_api_reads_while_the_api_ingests(reference, tmp_path, nlp):
    ref_db, ref, _ = reference
    db = tmp_path / "api.duckdb"
    shutil.copy(ref_db, db)
    app = create_app(db, token="t0ken")
    errors: list[str] = []
    reads = [0]
    stop = threading.Event()
    posted = 0
    with TestClient(app) as client:
        def reader(path):
            while not stop.is_set():
                r = client.get(path)
                reads[0] += 1
                if r.status_code != 200:
                    errors.append(f"{path} {r.status_code} {r.text[:100]}")

        threads = [threading.Thread(target=reader, args=(p,)) for p in
                   ("/api/events?limit=20", "/api/summary", "/api/actors/TUR",
                    "/api/map?modality=all")]
        for t in threads:
            t.start()
        try:
            for batch in range(3):
                arts = [{"id": f"api-{batch}-{i}", "date": str(dt.date(2023, 6, 1 + i)),
                         "text": f"Kenyan police arrested {i + 2} protesters in Nairobi."}
                        for i in range(4)]
                r = client.post("/api/ingest", json={"articles": arts},
                                headers={"Authorization": "Bearer t0ken"})
                assert r.status_code == 200, r.text
                posted += len(arts)
        finally:
            stop.set()
            for t in threads:
                t.join(30)
    assert not errors, errors[:5]
    with Store(db, read_only=True) as st:
        n = st.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    snap = snapshot(db)
    assert n == len(ref["articles"]) + posted and consistent(snap)
    record("concurrency", api_reads_during_api_ingest=reads[0], api_read_errors=len(errors),
           api_articles_ingested=posted)
