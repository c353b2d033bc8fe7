"""The dashboard in a real browser (Debian's Chromium, headless, through Playwright) against
uvicorn on a store ingested from the bundled sample corpus. Screenshots go to the directory in
EVENTWATCH_ARTIFACTS (default: pytest's tmp dir)."""

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SAMPLE = Path(__file__).parent.parent / "src/eventwatch/data/sample/articles.jsonl"
ARTICLE = ("Syrian government forces shelled villages near Idlib on Tuesday, killing five "
           "civilians, rescue workers said.\n\nTurkey's foreign ministry condemned the attack "
           "and accused Damascus of violating the ceasefire.")


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    from eventwatch.api.app import create_app
    from eventwatch.ingest import read_articles
    from eventwatch.jobs import ingest
    from eventwatch.pipeline import Pipeline
    from eventwatch.store import Store

    db = tmp_path_factory.mktemp("browser") / "sample.duckdb"
    with Store(db) as st:
        ingest(st, Pipeline(), read_articles([str(SAMPLE)]))
    app = create_app(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory):
    out = Path(os.environ.get("EVENTWATCH_ARTIFACTS") or tmp_path_factory.mktemp("screens"))
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.set_default_timeout(20_000)
        pg.errors = errors
        yield pg
        browser.close()


def test_dashboard_filter_dyad_chart_map_and_evidence(page, server, artifacts):
    page.goto(server + "/")
    page.wait_for_selector("#events tbody tr[data-event-id]")
    page.wait_for_selector("#map svg circle.pt")
    page.fill("input[name=dyad_a]", "RUS")
    page.fill("input[name=dyad_b]", "UKR")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#dyad-panel:not([hidden]) #chart svg .bars rect")
    page.wait_for_function("document.querySelectorAll('#map svg circle.pt').length > 0 && "
                           "!document.querySelector('#status').textContent")
    assert "dyad_a=RUS" in page.url
    rows = page.locator("#events tbody tr[data-event-id]")
    assert rows.count() >= 2
    for i in range(rows.count()):
        codes = rows.nth(i).locator("a.code").all_inner_texts()
        assert any(c.startswith("RUS") for c in codes) and any(c.startswith("UKR") for c in codes)
    assert page.locator("#chart svg .bars rect").count() >= 2
    assert page.locator("#map svg path.land").count() > 100  # the shipped basemap
    assert page.locator("#map svg circle.pt").count() >= 1
    rows.first.locator("td").first.click()  # the date cell: other cells hold links
    page.wait_for_selector("#detail .evidence mark.hl-who")
    evidence = page.inner_text("#detail .evidence")
    assert len(evidence) > 30 and page.locator("#detail .evidence mark.hl-whom").count() == 1
    assert "Article" in page.inner_text("#detail")
    page.screenshot(path=str(artifacts / "dashboard-dyad.png"), full_page=True)
    assert not page.errors


def test_dyad_map_and_actor_pages(page, server, artifacts):
    page.goto(server + "/dyad?a=RUS&b=UKR&freq=month")
    page.wait_for_selector("#chart svg .bars rect")
    page.wait_for_selector("#events tbody tr[data-event-id]")
    page.screenshot(path=str(artifacts / "dyad.png"), full_page=True)
    page.goto(server + "/map")
    page.wait_for_selector("#map svg circle.pt")
    assert page.locator("#map svg circle.cluster").count() >= 1  # dense places are clustered
    n = page.locator("#map svg circle.pt").count()
    page.locator("#map svg circle.cluster").first.click()  # zooms in: the cluster splits
    page.wait_for_function(f"document.querySelectorAll('#map svg circle.pt').length != {n}")
    page.screenshot(path=str(artifacts / "map.png"))
    page.goto(server + "/actor/RUS")
    page.wait_for_selector("#partners tbody tr")
    page.wait_for_selector("#chart svg .bars rect")
    page.screenshot(path=str(artifacts / "actor.png"), full_page=True)
    assert not page.errors


def test_code_an_article(page, server, artifacts):
    page.goto(server + "/code")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=date]", "2023-08-09")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#coded-events li[data-event]", timeout=60_000)
    text = page.locator("#coded-text")
    for role in ("who", "what", "where"):
        assert text.locator(f"mark.hl-{role}").count() >= 1, role
    assert "Syrian government forces" in text.locator("mark.hl-who").all_inner_texts()
    cards = page.locator("#coded-events li[data-event]")
    assert cards.count() >= 2
    assert cards.first.locator(".modality").inner_text() in {
        "asserted", "negated", "hypothetical", "future", "question"}
    cards.first.hover()
    shown = text.locator("mark").evaluate_all("ms => ms.map(m => m.dataset.event)")
    assert shown and set(shown) == {"0"}  # hovering a card shows only that event's spans
    page.screenshot(path=str(artifacts / "code.png"), full_page=True)
    assert not page.errors

