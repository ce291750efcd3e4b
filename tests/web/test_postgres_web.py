"""The web API on a PostgreSQL store (MARSAD_TEST_PG_URL): same answers as on SQLite."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from web_helpers import ASGIClient, fill_store, login

from marsad.storage.store import Store
from marsad.web.app import create_app

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_store(pg_url: str) -> Store:
    """A PostgreSQL store filled with the web test articles."""
    store = fill_store(Store(pg_url))
    yield store
    store.close()


QUERIES = [
    "/api/events?type=ASSAULT&admin1=Aleppo",
    "/api/events?text=" + quote("الاتارب"),
    "/api/events?date_from=2024-03-15&date_to=2024-03-23",
    "/api/events?sort=fatalities&desc=true",
    "/api/map",
    "/api/timeline",
    "/api/actors",
    "/api/actors/SYR-MIL",
    "/api/facets",
]


def test_api_answers_match_sqlite(pg_store: Store, web_store: Store) -> None:
    pg, lite = ASGIClient(create_app(pg_store)), ASGIClient(create_app(web_store))
    login(pg, "reviewer")
    login(lite, "reviewer")
    for url in QUERIES:
        a, b = pg.get(url), lite.get(url)
        assert a.status_code == b.status_code == 200, url
        assert a.json() == b.json(), url


def test_review_on_postgres(pg_store: Store) -> None:
    c = ASGIClient(create_app(pg_store))
    csrf = login(c, "reviewer")
    r = c.post(
        "/api/review/" + quote("web-001#0"),
        json={"decision": "fix", "changes": {"fatalities": 4}, "note": "ok"},
        headers={"X-CSRF-Token": csrf},
    )
    assert r.status_code == 200, r.text
    assert r.json()["current"]["fatalities"] == 4 and r.json()["machine"]["fatalities"] == 3
    body = c.get("/api/export", params={"format": "jsonl", "review_state": "accepted"}).text
    assert body.count("\n") == 1
