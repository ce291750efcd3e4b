"""End-to-end in headless Chromium: ``marsad serve`` on a store of the team's test articles.

Needs Debian's ``chromium`` (``apt-get install -y chromium fonts-noto-core``) and the
``playwright`` Python package driving it through ``executable_path`` (never
``playwright install``).  Skipped cleanly when either is missing.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from web_helpers import PASSWORD, fill_store

from marsad.storage.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# CI sets MARSAD_REQUIRE_SERVICES=1: there a missing browser is a failure, not a skip
REQUIRED = bool(os.environ.get("MARSAD_REQUIRE_SERVICES"))
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not REQUIRED, reason="Debian chromium is not installed (/usr/bin/chromium)"
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``marsad serve`` as a subprocess on a fresh SQLite file; yields its base URL."""
    db = tmp_path_factory.mktemp("web") / "e2e.db"
    store = fill_store(Store(str(db)))
    store.close()
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "marsad",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"marsad serve exited: {out}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("marsad serve did not start within 60 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright."""
    if not CHROMIUM.exists():
        pytest.fail(
            "MARSAD_REQUIRE_SERVICES is set but /usr/bin/chromium is missing (apt-get install -y chromium)"
        )
    if REQUIRED:
        import playwright.sync_api as sync_api
    else:
        sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh browser page logged in as the reviewer; fails the test on any JS dialog or page error."""
    ctx = browser.new_context(base_url=server, locale="ar", viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on(
        "request",
        lambda r: None if r.url.startswith(server) or r.url.startswith("data:") else problems.append(r.url),
    )
    pg.goto("/login")
    pg.fill("input[name=username]", "reviewer")
    pg.fill("input[name=password]", PASSWORD)
    pg.click("button[type=submit]")
    pg.wait_for_url(f"{server}/")
    yield pg
    ctx.close()
    assert not problems, problems


def test_review_place_then_table_map_and_export_show_it(page: Any, server: str) -> None:
    eid = "web-002#0"
    # before: a precision-3 (region only) point, drawn hollow and dashed
    page.goto("/map")
    page.wait_for_selector("#map[data-points]", state="attached", timeout=20000)
    style = page.evaluate(
        f"(() => {{ const o = window.marsadMap.find({json.dumps(eid)}).options; return [o.fillOpacity, o.dashArray]; }})()"
    )
    assert style == [0, "4 3"]
    page.goto(f"/events/{quote(eid)}")
    assert page.eval_on_selector("#evidence", "e => getComputedStyle(e).direction") == "rtl"
    page.fill("#place-search", "بصرى الشام")
    page.wait_for_selector("#place-suggest li")
    page.click("#place-suggest li >> nth=0")
    assert "Buşrá" in page.inner_text("#place-current")
    page.click("#btn-fix")
    page.wait_for_selector("#state.accepted")
    page.wait_for_load_state("load")
    # machine and human values are shown apart
    page.goto(f"/events/{quote(eid)}")
    row = page.locator("tr[data-field=location]")
    assert "Daraa" in row.locator("td.machine").first.inner_text()
    assert "Buşrá" in row.locator("td.human").inner_text()
    # the table
    page.goto("/?admin1=" + quote("Dar'a"))
    tr = page.locator(f'tr[data-id="{eid}"]')
    assert "Buşrá" in tr.locator("td.loc").inner_text()
    assert "accepted" in tr.inner_text()
    # the map: the point moved to the gazetteer's coordinates
    page.goto("/map")
    page.wait_for_selector("#map[data-points]", state="attached", timeout=20000)
    latlng = page.evaluate(
        f"(() => {{ const m = window.marsadMap.find({json.dumps(eid)}); "
        "const p = m.getLatLng(); return [p.lat, p.lng]; })()"
    )
    assert latlng == pytest.approx([32.5174, 36.48163], abs=1e-3)
    style = page.evaluate(
        f"(() => {{ const o = window.marsadMap.find({json.dumps(eid)}).options; return [o.fillOpacity, o.dashArray]; }})()"
    )
    assert style == [0.8, None]  # the gazetteer town is precision 1: solid
    # the export, with the same cookies
    body = page.request.get(f"{server}/api/export?format=jsonl&type=CONSULT").text()
    exported = [json.loads(x) for x in body.splitlines() if x.strip()]
    assert len(exported) == 1
    assert "Buşrá" in json.dumps(exported[0], ensure_ascii=False)


def test_article_page_renders_rtl_and_escapes_hostile_text(page: Any) -> None:
    page.goto("/articles/web-004")
    text = page.locator("#article-text")
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "<script>alert('xss')</script>" in text.inner_text()
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    page.goto("/articles/web-001")
    assert page.locator("#article-text").evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("#article-text .trig").first.inner_text() == "قصفت"
    title = page.locator("#article-text .m-org").first.get_attribute("title")
    assert "Syrian Arab Army" in title
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article_rtl.png"), full_page=True)
    page.goto(f"/events/{quote('web-001#0')}")
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)


def test_keyboard_shortcut_rejects(page: Any) -> None:
    page.goto(f"/events/{quote('web-003#0')}")
    page.keyboard.press("r")
    page.wait_for_selector("#state.rejected")
    page.goto("/?review_state=rejected")
    assert page.locator('tr[data-id="web-003#0"]').count() == 1


def test_timeline_actors_and_map_pages_draw(page: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto("/")
    page.screenshot(path=str(ARTIFACTS / "events.png"))
    page.goto("/timeline")
    assert page.locator("#timeline-chart rect.bar").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    page.goto("/actors")
    assert page.locator("#network circle.node").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "actors.png"))
    page.goto("/map")
    page.wait_for_selector("#map[data-points]", state="attached", timeout=20000)
    assert page.get_attribute("#map", "data-regions") == "15"  # 14 governorates and the UNDOF zone
    assert page.locator("#map canvas").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"))


def test_paste_article_runs_background_job(page: Any) -> None:
    page.goto("/ingest")
    page.fill(
        "#paste-form textarea[name=text]", "اعتقلت قوات الأمن خمسة شبان في مدينة حمص يوم الاثنين بحسب ناشطين."
    )
    page.fill("#paste-form input[name=title]", "اعتقالات في حمص")
    page.click("#paste-form button[type=submit]")
    # the job's row appears at once and is polled until the store's ingest finishes it
    page.wait_for_selector("#runs tbody tr td.status.done", timeout=180_000)
    row = page.locator("#runs tbody tr").first.inner_text()
    assert "web-ingest" in row


def test_api_docs_render_offline(page: Any) -> None:
    pytest.importorskip("fastapi_offline", reason="fastapi-offline not installed: /docs is a plain page")
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".swagger-ui .opblock").count() >= 10


def test_fix_fatalities_with_keyboard_keeps_other_fields(page: Any, server: str) -> None:
    eid = "web-004#0"
    page.goto(f"/events/{quote(eid)}")
    page.fill("input[name=fatalities]", "7")
    page.locator("input[name=fatalities]").blur()
    page.keyboard.press("f")
    page.wait_for_selector("#state.accepted")
    data = page.request.get(f"{server}/api/events/{quote(eid)}").json()
    assert data["current"]["fatalities"] == 7 and data["machine"]["fatalities"] == 5
    assert data["current"]["date"] == data["machine"]["date"]
    assert data["history"][-1]["decision"] == "fix" and data["history"][-1]["changes"] == {"fatalities": 7}
    page.goto(f"/events/{quote(eid)}")
    assert "7" in page.locator("tr[data-field=fatalities] td.human").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review_fixed.png"), full_page=True)
