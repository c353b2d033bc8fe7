"""The REST API on a store built by hand: every endpoint, bad parameters, the token rule, limits,
and SQL injection attempts (TestClient, no server)."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventwatch.api import queries
from eventwatch.api.app import create_app
from eventwatch.api.cli import serve
from eventwatch.records import Actor, Article, Event, Location
from eventwatch.store import Store

TUR = Actor("Turkish troops", "Turkey", "TURMIL", "TUR", "MIL", "state")
SYR = Actor("Syrian forces", "Syria", "SYRMIL", "SYR", "MIL", "state")
RUS = Actor("Moscow", "Russia", "RUSGOV", "RUS", "GOV", "state")
UKR = Actor("Kyiv", "Ukraine", "UKRGOV", "UKR", "GOV", "state")
IDLIB = Location("Idlib", "SYR", "09", 35.93, 36.63, 169388, "city")
KYIV = Location("Kyiv", "UKR", None, 50.45, 30.52, 703448, "city")

# (article, sentence index, source, target, cameo, root, quad, goldstein, plover, day, modality)
SPEC = [
    ("a1", 0, SYR, TUR, "190", "19", 4, -10.0, "ASSAULT", 3, "asserted", IDLIB),
    ("a1", 1, TUR, SYR, "195", "19", 4, -10.0, "ASSAULT", 4, "asserted", IDLIB),
    ("a2", 0, TUR, SYR, "112", "11", 3, -2.0, "ACCUSE", 10, "asserted", IDLIB),
    ("a2", 1, TUR, SYR, "190", "19", 4, -10.0, "ASSAULT", 10, "negated", IDLIB),
    ("a3", 0, RUS, UKR, "042", "04", 1, 1.9, "CONSULT", 12, "asserted", KYIV),
    ("a3", 1, UKR, RUS, "057", "05", 1, 8.0, "AGREE", 20, "asserted", KYIV),
    ("a4", 0, RUS, UKR, "130", "13", 3, -4.4, "THREATEN", 25, "future", None),
]
SENTENCES = {
    ("a1", 0): "Syrian forces shelled Turkish troops near Idlib on Monday.",
    ("a1", 1): "Turkish troops struck back at Syrian forces on Tuesday.",
    ("a2", 0): "Turkish troops accused Syrian forces of breaking the truce.",
    ("a2", 1): "Turkish troops did not attack Syrian forces, officials said.",
    ("a3", 0): "Moscow met envoys from Kyiv to discuss a prisoner exchange.",
    ("a3", 1): "Kyiv signed the exchange deal with Moscow.",
    ("a4", 0): "Moscow will warn Kyiv against new strikes next week.",
}
ASSERTED = sum(1 for s in SPEC if s[10] == "asserted")


def make_events():
    out = {}
    for art, k, src, tgt, cameo, root, quad, gold, plover, day, mod, loc in SPEC:
        ev = Event(article_id=art, sentence_index=k, sentence=SENTENCES[(art, k)], cameo=cameo,
                   cameo_root=root, quad_class=quad, goldstein=gold, plover=plover, source=src,
                   target=tgt, date=dt.date(2020, 3, day), date_precision="day", modality=mod,
                   location=loc, confidence=0.8)
        out.setdefault(art, []).append(ev)
    return out


def build_store(path, mentions: bool = False):
    events = make_events()
    with Store(path) as st:
        st.write_batch([(Article(a, f"text of {a}", dt.date(2020, 3, 25), title=f"Title {a}",
                                 source="Wire", url=f"https://example.org/{a}"), evs)
                        for a, evs in events.items()], None)
        if mentions:  # two mentions of one real event, as eventwatch.dedup would record them
            st.con.execute("CREATE TABLE mentions (cluster_id BIGINT, event_id VARCHAR, "
                           "article_id VARCHAR, sentence_index INTEGER, text_hash VARCHAR)")
            for e in (events["a1"][0], events["a2"][0]):
                st.con.execute("INSERT INTO mentions VALUES (1, ?, ?, ?, 'h')",
                               [e.event_id, e.article_id, e.sentence_index])
    return events


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    events = build_store(path, mentions=True)
    app = create_app(path)
    with TestClient(app) as client:
        yield client, events


@pytest.fixture
def client(built):
    return built[0]


def ids(resp):
    return [e["event_id"] for e in resp.json()["events"]]


def test_events_default_is_asserted_newest_first(client):
    r = client.get("/api/events")
    assert r.status_code == 200
    evs = r.json()["events"]
    assert len(evs) == ASSERTED
    assert {e["modality"] for e in evs} == {"asserted"}
    assert [e["date"] for e in evs] == sorted((e["date"] for e in evs), reverse=True)
    assert r.json()["next_cursor"] is None
    assert evs[0]["source"]["code"] == "UKRGOV"  # the public record shape


def test_cursor_pagination_walks_every_event_once(client):
    seen, cursor = [], None
    for _ in range(10):
        r = client.get("/api/events", params={"limit": 2, "modality": "all", "cursor": cursor})
        assert r.status_code == 200 and len(r.json()["events"]) <= 2
        seen += ids(r)
        cursor = r.json()["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(SPEC) == len(set(seen))


def test_undated_events_come_last_and_paginate(tmp_path):
    path = tmp_path / "undated.duckdb"
    events = make_events()
    undated = [Event(article_id="u", sentence_index=k, sentence=f"Undated {k}.", cameo="042",
                     cameo_root="04", quad_class=1, goldstein=1.9, plover="CONSULT",
                     source=TUR, target=SYR) for k in range(3)]
    with Store(path) as st:
        st.write_batch([(Article("a1", "t", None), events["a1"]), (Article("u", "u"), undated)],
                       None)
    with TestClient(create_app(path)) as c:
        seen, cursor = [], None
        while True:
            page = c.get("/api/events", params={"limit": 2, "cursor": cursor}).json()
            seen += [e["date"] for e in page["events"]]
            if not (cursor := page["next_cursor"]):
                break
    assert seen == ["2020-03-04", "2020-03-03", None, None, None]


@pytest.mark.parametrize("params,expected", [
    ({"actor": "tur"}, 3),
    ({"dyad": "SYR,TUR"}, 3),
    ({"dyad": "UKR,RUS", "modality": "all"}, 3),
    ({"cameo_root": "4"}, 1),
    ({"plover": "assault", "modality": "asserted,negated"}, 3),
    ({"country": "ukr"}, 2),
    ({"since": "2020-03-04", "until": "2020-03-12"}, 3),
    ({"modality": "future"}, 1),
    ({"q": "prisoner"}, 1),
    ({"q": "TRUCE"}, 1),
])
def test_event_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert len(r.json()["events"]) == expected


@pytest.mark.parametrize("params,word", [
    ({"since": "yesterday"}, "since"),
    ({"limit": 0}, "limit"),
    ({"limit": 100000}, "limit"),
    ({"dyad": "RUS"}, "dyad"),
    ({"cameo_root": "99"}, "cameo_root"),
    ({"plover": "DANCE"}, "plover"),
    ({"modality": "maybe"}, "modality"),
    ({"country": "Turkey"}, "country"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"since": "2020-03-10", "until": "2020-03-01"}, "since"),
    ({"actor": "TUR' OR '1'='1"}, "actor"),
])
def test_bad_parameters_are_clear_422(client, params, word):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["status"] == 422 and word in body["error"]
    assert "Traceback" not in r.text


@pytest.mark.parametrize("q", ["'; DROP TABLE events; --", "%' OR '1'='1", "%", "_", "\\"])
def test_sql_injection_in_text_search_is_harmless(client, q):
    r = client.get("/api/events", params={"q": q, "modality": "all"})
    assert r.status_code == 200 and r.json()["events"] == []
    assert len(client.get("/api/events", params={"modality": "all"}).json()["events"]) == len(SPEC)


def test_injection_in_path_parameters(client):
    assert client.get("/api/events/x' OR '1'='1").status_code == 404
    assert client.get("/api/actors/RUS'--").status_code == 422
    assert client.get("/api/dyads/RUS/UKR' OR 1=1").status_code == 422


def test_event_detail_has_evidence_article_and_mentions(built):
    client, events = built
    ev = events["a1"][0]
    r = client.get(f"/api/events/{ev.event_id}")
    assert r.status_code == 200
    d = r.json()
    assert d["sentence"] == SENTENCES[("a1", 0)]
    assert d["source"]["text"] in d["sentence"] and d["target"]["text"] in d["sentence"]
    assert d["article"] == {"id": "a1", "date": "2020-03-25", "title": "Title a1",
                            "source": "Wire", "url": "https://example.org/a1"}
    assert [m["article_id"] for m in d["mentions"]] == ["a1", "a2"]
    assert d["mentions"][1]["sentence"] == SENTENCES[("a2", 0)]
    r = client.get("/api/events/ffffffffffffffff")
    assert r.status_code == 404 and r.json() == {"error": "no event 'ffffffffffffffff'",
                                                 "status": 404}


def test_dyad_series_and_shifts(client):
    r = client.get("/api/dyads/tur/syr", params={"freq": "week"})
    assert r.status_code == 200
    d = r.json()
    assert (d["a"], d["b"], d["freq"]) == ("TUR", "SYR", "week")
    assert sum(p["events"] for p in d["series"]) == 3  # asserted only
    assert sum(p["a_to_b"] for p in d["series"]) == 2
    assert sum(p["q4"] for p in d["series"]) == 2
    assert isinstance(d["shifts"], list)
    days = client.get("/api/dyads/TUR/SYR", params={"freq": "day"}).json()["series"]
    assert days[0]["period"] == "2020-03-03" and days[-1]["period"] == "2020-03-10"
    assert client.get("/api/dyads/TUR/CHN").json()["series"] == []
    assert client.get("/api/dyads/TUR/SYR", params={"freq": "year"}).status_code == 422


def test_alerts_and_summary(client):
    r = client.get("/api/alerts")
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"since", "until", "series", "alerts"} and body["until"] == "2020-03-20"
    assert client.get("/api/alerts", params={"events": 500}).status_code == 422
    s = client.get("/api/summary").json()
    assert s["totals"]["events"] == ASSERTED and s["articles"] == 4
    assert s["events_by_modality"] == {"asserted": 5, "negated": 1, "future": 1}
    assert {a["code"] for a in s["top_actors"]} >= {"TURMIL", "SYRMIL"}
    assert client.get("/api/summary", params={"top": 0}).status_code == 422


def test_actor_profile(client):
    r = client.get("/api/actors/TUR")
    assert r.status_code == 200
    d = r.json()
    assert d["totals"]["events"] == 3 and d["totals"]["as_source"] == 2
    assert d["partners"] == [{"partner": "SYRMIL", "events": 3, "conflict": 3,
                              "goldstein_mean": -7.333}]
    assert [t["period"] for t in d["trend"]] == ["2020-03-01"]
    assert len(d["events"]) == 3
    assert client.get("/api/actors/NOPE").json()["totals"]["events"] == 0


def test_map_points_grouped_by_place(client):
    pts = client.get("/api/map").json()["points"]
    by_name = {p["name"]: p for p in pts}
    assert by_name["Idlib"]["n"] == 3 and by_name["Idlib"]["q4"] == 2
    assert by_name["Kyiv"]["q1"] == 2
    assert client.get("/api/map", params={"dyad": "RUS,UKR"}).json()["points"][0]["name"] == "Kyiv"


def test_code_endpoint_codes_without_storing(client, nlp):
    text = ("Syrian forces shelled Turkish troops near Idlib on Monday, officials said. "
            "Turkey condemned the attack.")
    before = client.get("/api/summary").json()["totals"]["events"]
    r = client.post("/api/code", json={"text": text, "date": "2020-03-04"})
    assert r.status_code == 200, r.text
    events = r.json()["events"]
    assert events
    first = events[0]
    assert first["source"]["code"].startswith("SYR") and first["modality"] == "asserted"
    roles = {h["role"]: h for h in first["highlights"]}
    assert {"who", "what", "whom"} <= set(roles)
    for h in first["highlights"]:
        assert text[h["start"]:h["end"]] == h["text"]
    assert roles["who"]["text"] == "Syrian forces"
    assert client.get("/api/summary").json()["totals"]["events"] == before
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={"text": "x", "date": "soon"}).status_code == 422
    assert client.post("/api/code", content=b"{not json",
                       headers={"content-type": "application/json"}).status_code == 422


def test_body_size_limit(client):
    r = client.post("/api/code", content=b"x" * 3_000_000,
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413


def test_ingest_is_forbidden_without_a_configured_token(client):
    body = {"articles": [{"id": "n1", "text": "Turkey condemned Syria."}]}
    assert client.post("/api/ingest", json=body).status_code == 403
    r = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer guess"})
    assert r.status_code == 403 and "--token" in r.json()["error"]


def test_ingest_with_token(tmp_path, nlp):
    path = tmp_path / "rw.duckdb"
    build_store(path)
    body = {"articles": [{"id": "n1", "date": "2020-04-02", "title": "New",
                          "text": "Turkish troops shelled Syrian forces near Idlib on Monday."}]}
    with TestClient(create_app(path, token="s3cret")) as c:
        assert c.get("/api/summary").json()["read_only"] is False
        assert c.post("/api/ingest", json=body).status_code == 401
        r = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert c.post("/api/ingest", json={"articles": []},
                      headers={"Authorization": "Bearer s3cret"}).status_code == 422
        r = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200, r.text
        assert r.json()["articles_new"] == 1 and r.json()["events_added"] >= 1
        evs = c.get("/api/events", params={"since": "2020-03-30"}).json()["events"]
        assert {e["article_id"] for e in evs} == {"n1"}
        assert c.get("/api/summary").json()["articles"] == 5  # the cache was invalidated


def test_read_only_store_and_missing_database(tmp_path):
    from eventwatch.store import StoreError

    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.duckdb")
    res = CliRunner().invoke(serve, ["--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 1 and "no such database" in res.output


def test_openapi_cors_and_security_headers(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}", "/api/alerts",
            "/api/summary", "/api/actors/{code}", "/api/code", "/api/ingest"} <= set(spec["paths"])
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    r = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers
    page = client.get("/")
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_internal_errors_are_json_without_traces(built, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(queries, "event_page", boom)
    c = TestClient(built[0].app, raise_server_exceptions=False)
    r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (see the server log)", "status": 500}
    assert "secret" not in r.text
    assert c.get("/api/nothing").json()["status"] == 404


@pytest.mark.parametrize("path", ["/", "/dyad?a=TUR&b=SYR", "/map", "/alerts", "/code",
                                  "/actor/TURMIL"])
def test_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<script src="/static/ew.js"></script>' in r.text
    assert "http://" not in r.text.replace("http://www.w3.org", "")  # nothing from a CDN


def test_static_assets_ship_with_the_package(client):
    for asset in ("app.css", "ew.js", "chart.js", "map.js", "page-events.js", "page-code.js"):
        assert client.get(f"/static/{asset}").status_code == 200
    world = client.get("/static/vendor/world-110m.json")
    assert world.status_code == 200 and json.loads(world.text)["type"] == "Topology"
    assert client.get("/actor/TUR'--").status_code == 422
