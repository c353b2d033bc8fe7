"""API security: schemathesis over the OpenAPI spec (in-process ASGI), SQL injection and path
traversal on every parameter, oversized bodies, the token rule for writes, and a bounded load
test on loopback (uvicorn in a thread) reporting p95 and errors."""

from __future__ import annotations

import contextlib
import http.client
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
import schemathesis
import uvicorn
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, assume, given, settings
from schemathesis.checks import not_a_server_error

from eventwatch.api.app import create_app

from .conftest import record, time_bound

TOKEN = "s3cret-t0ken"


@pytest.fixture(scope="module")
def db(reference, tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    shutil.copy(reference[0], path)
    return path


@pytest.fixture(scope="module")
def app(db, nlp):
    return create_app(db, token=TOKEN)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _counts(client):
    body = client.get("/api/summary").json()
    return body["articles"], sum(body["events_by_modality"].values())


# -- schemathesis -----------------------------------------------------------------------------
OPERATIONS = [("GET", "/api/events"), ("GET", "/api/events/{event_id}"),
              ("GET", "/api/dyads/{a}/{b}"),
              ("GET", "/api/alerts"),
              ("GET", "/api/summary"), ("GET", "/api/actors/{code}"), ("GET", "/api/map"),
              ("POST", "/api/code"), ("POST", "/api/ingest")]
CASE_SECONDS = 20  # generous: a shared CI machine may be slow; a hang is what this catches


@pytest.fixture(scope="module")
def spec(db, tmp_path_factory):
    """The spec of an app of its own (the ASGI transport runs the lifespan per call)."""
    fuzz_db = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copy(db, fuzz_db)
    app = create_app(fuzz_db, token=TOKEN)
    app.router.lifespan_context = _no_lifespan
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.desk.close()


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_schemathesis_no_server_errors(method, path, spec):
    """Each operation of /openapi.json, fuzzed by schemathesis (bounded, each call time-bound),
    never answers 5xx or a stack trace."""
    operation = spec[path][method]
    seen = {"cases": 0}

    @given(case=operation.as_strategy())
    @settings(max_examples=20, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        since = (case.query or {}).get("since")
        if path == "/api/alerts" and isinstance(since, str) and since[:4].isdigit():
            # a far-past since runs for minutes in a worker thread that cannot be stopped:
            # the subprocess test below covers that bug
            assume(int(since[:4]) >= 2000)
        seen["cases"] += 1
        with time_bound(CASE_SECONDS, f"{method} {path}"):
            response = case.call()
        case.validate_response(response, checks=[not_a_server_error])
        assert "Traceback" not in response.text

    try:
        run()
    finally:
        record("api_schemathesis", operations=1, cases=seen["cases"])


def test_dyad_far_future_until_is_a_422(client):
    r = client.get("/api/dyads/RUS/UKR", params={"freq": "day", "until": "9999-12-31"})
    assert r.status_code in (200, 422)  # clamped to the store's dates: 200 unless still too long
    assert "Traceback" not in r.text
    if r.status_code == 200:
        series = r.json()["series"]
        assert len(series) < 20_000 and series[-1]["period"] < "2100"


ALERTS_PROBE = """
import sys
from fastapi.testclient import TestClient
from eventwatch.api.app import create_app
client = TestClient(create_app(sys.argv[1]))
print(client.get("/api/alerts", params={"since": "1500-01-01"}).status_code)
"""


def test_alerts_far_past_since_is_bounded(db, tmp_path):
    probe_db = tmp_path / "probe.duckdb"
    shutil.copy(db, probe_db)
    try:  # in a process of its own: a slow request's worker thread cannot be stopped
        done = subprocess.run([sys.executable, "-c", ALERTS_PROBE, str(probe_db)],
                              capture_output=True, text=True, timeout=25)
    except subprocess.TimeoutExpired:  # the bound includes starting Python and the app
        pytest.fail("GET /api/alerts?since=1500-01-01 took over 25 s")
    assert done.stdout.strip() in ("200", "422"), done.stderr[-500:]


@contextlib.asynccontextmanager
async def _no_lifespan(app):
    yield


# -- injection and traversal -------------------------------------------------------------------
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", "TUR' UNION SELECT * FROM articles --",
              "%' OR 1=1 --", "\\'; SELECT 1; --", "\x00", "' OR sleep(5) --",
              "TUR%", "_", "read_csv('/etc/passwd')", "${jndi:ldap://x}", "{{7*7}}"]
QUERY_PARAMS = ["since", "until", "actor", "dyad", "cameo_root", "plover", "country", "modality",
                "q", "cursor", "limit"]
PATHS = ["/api/events/{}", "/api/actors/{}", "/api/dyads/{}/RUS", "/api/dyads/TUR/{}",
         "/actor/{}"]


def test_sql_injection_on_every_parameter(client):
    before = _counts(client)
    tried = 0
    for payload in INJECTIONS:
        for name in QUERY_PARAMS:
            for endpoint in ("/api/events", "/api/map"):
                r = client.get(endpoint, params={name: payload})
                tried += 1
                assert r.status_code in (200, 422), (endpoint, name, payload, r.text[:200])
                if r.status_code == 200 and endpoint == "/api/events" and name == "q":
                    assert r.json()["events"] == []  # matched literally, not as SQL
        for path in PATHS:
            r = client.get(path.format(urllib.parse.quote(payload, safe="")))
            tried += 1
            assert r.status_code in (200, 404, 422), (path, payload, r.status_code)
        r = client.post("/api/code", json={"text": payload})
        tried += 1
        assert r.status_code in (200, 422)
    assert _counts(client) == before  # nothing dropped or added
    r = client.get("/api/events", params={"actor": "TUR%"})
    assert r.status_code == 422
    record("api_security", sql_injection_requests=tried, server_errors=0)


TRAVERSALS = ["/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
              "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/....//....//etc/passwd",
              "/static/..\\..\\..\\etc\\passwd", "/static/%252e%252e%252fetc%252fpasswd",
              "/static/../../api/app.py", "/static/..%2f..%2fapi%2fapp.py",
              "/api/events/..%2f..%2f..%2fetc%2fpasswd", "/actor/..%2f..%2fetc%2fpasswd",
              "/static//etc/passwd", "/static/%00", "/..%2f..%2fetc%2fpasswd"]


def test_path_traversal_reads_no_file_outside_static(client):
    for path in TRAVERSALS:
        r = client.get(path)
        assert r.status_code in (400, 404, 422), (path, r.status_code)
        assert "root:" not in r.text and "create_app" not in r.text
    record("api_security", traversal_requests=len(TRAVERSALS))


# -- bodies and the token rule -----------------------------------------------------------------
def test_oversized_and_malformed_bodies(client, app):
    limit = app.state.max_body
    big = b'{"text": "' + b"a" * (limit + 10) + b'"}'
    r = client.post("/api/code", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413

    def chunks():  # no Content-Length: the streamed size is counted
        for _ in range(limit // 65536 + 2):
            yield b"a" * 65536

    r = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413  # refused before the app reads it
    r = client.post("/api/code", content=b"{}", headers={"Content-Length": "nope",
                                                        "Content-Type": "application/json"})
    assert r.status_code in (400, 422)
    for body in (b"{", b"[]", b'{"text": 5}', b'{"text": ""}', b"\xff\xfe", b"null"):
        r = client.post("/api/code", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 422, (body, r.status_code)
        assert "Traceback" not in r.text
    r = client.post("/api/code", json={"text": "a" * 100_001})
    assert r.status_code == 422
    r = client.post("/api/ingest", content=big, headers={"Authorization": f"Bearer {TOKEN}",
                                                         "Content-Type": "application/json"})
    assert r.status_code == 413
    record("api_security", oversized_bodies_refused=3, malformed_bodies_refused=7)


def test_streamed_oversized_body_is_a_413(client, app):
    def chunks():
        for _ in range(app.state.max_body // 65536 + 2):
            yield b"a" * 65536

    r = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413

    def small():  # a streamed body under the limit still reaches the endpoint whole
        yield b'{"text": "Kenyan police '
        yield b'arrested two men."}'

    r = client.post("/api/code", content=small(), headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text


def test_alerts_since_after_last_event(client):
    r = client.get("/api/alerts", params={"since": "2024-01-01"})
    assert r.status_code in (200, 422)
    assert r.status_code == 422 or r.json()["alerts"] == []


def test_token_rule_for_writes(client, db, tmp_path):
    body = {"articles": [{"id": "tok-1", "text": "Kenyan police arrested two men in Nairobi."}]}
    before = _counts(client)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"},
                    {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"X-Token": TOKEN}):
        r = client.post("/api/ingest", json=body, headers=headers)
        assert r.status_code == 401, (headers, r.status_code)
        assert r.headers.get("www-authenticate") == "Bearer"
    r = client.post("/api/ingest", content=b"{not json", headers={"Authorization": "Bearer no"})
    assert r.status_code == 401  # the token is checked before the body
    assert _counts(client) == before
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
    r = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["articles_new"] == 1
    r = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.json()["articles_new"] == 0  # idempotent
    ro_db = tmp_path / "ro.duckdb"
    shutil.copy(db, ro_db)
    with TestClient(create_app(ro_db)) as ro:  # no token: ingest is off, reads work
        assert ro.post("/api/ingest", json=body,
                       headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
        assert ro.get("/api/events").status_code == 200
    record("api_security", token_checks=13)


# -- a bounded load test on loopback --------------------------------------------------------------
LOAD_PATHS = ["/api/events?limit=50", "/api/summary", "/api/actors/RUS", "/api/map",
              "/api/events?modality=all&limit=10", "/api/dyads/RUS/UKR?freq=week", "/"]


def test_load_on_loopback(db, tmp_path, nlp):
    ro = tmp_path / "load.duckdb"
    shutil.copy(db, ro)
    config = uvicorn.Config(create_app(ro), host="127.0.0.1", port=0, log_level="error",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    n_threads, per_thread, budget = 4, 150, 60.0
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + budget

    def worker(k):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for i in range(per_thread):
            if time.monotonic() > stop_at:
                break
            path = LOAD_PATHS[(k + i) % len(LOAD_PATHS)]
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except OSError as exc:
                ok, resp = False, exc
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            dt_ = time.perf_counter() - t0
            with lock:
                latencies.append(dt_)
                if not ok:
                    errors.append(f"{path}: {getattr(resp, 'status', resp)}")
        conn.close()

    t0 = time.monotonic()
    workers = [threading.Thread(target=worker, args=(k,)) for k in range(n_threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(budget + 15)
    wall = time.monotonic() - t0
    server.should_exit = True
    thread.join(15)
    p95 = statistics.quantiles(latencies, n=20)[-1] * 1000
    p50 = statistics.median(latencies) * 1000
    record("api_load", requests=len(latencies), errors=len(errors), threads=n_threads,
           p50_ms=round(p50, 1), p95_ms=round(p95, 1), seconds=round(wall, 2),
           requests_per_second=round(len(latencies) / wall, 1))
    print(f"load: {len(latencies)} requests, {len(errors)} errors, p50 {p50:.1f} ms, "
          f"p95 {p95:.1f} ms, {wall:.1f} s")
    assert not errors, errors[:5]
    assert len(latencies) == n_threads * per_thread  # all done inside the time budget
    assert p95 < 1000


def test_store_unchanged_by_the_attacks(app, client):
    tables = {r[0] for r in app.state.desk.con().execute(
        "SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"articles", "events", "runs", "mentions", "event_clusters"} <= tables
