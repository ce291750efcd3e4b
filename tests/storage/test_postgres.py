"""The same store on PostgreSQL (MARSAD_TEST_PG_URL): identical ingest counts, filters, search, reviews."""

from __future__ import annotations

import io
import json

import pytest
from storage_helpers import DATA, dedup_articles

from marsad.cli import cli
from marsad.storage.dedup import dedup_store
from marsad.storage.export import export
from marsad.storage.filters import EventFilter
from marsad.storage.ingest import ingest
from marsad.storage.store import Store

pytestmark = pytest.mark.postgres

CORPUS = DATA / "ingest" / "corpus"




def _snapshot(store: Store):
    arts = sorted((a["id"], a["published"], a["outlet"], a["n_events"]) for a in store.iter_articles())
    events = sorted((e["id"], json.dumps(e["record"], sort_keys=True)) for e in store.iter_events())
    return arts, events


def _pipeline(records):
    from marsad.service import analyse_records

    return analyse_records(records, workers=1)


def test_postgres_ingest_matches_sqlite(pg_url, tmp_path):
    pg = Store(pg_url)
    assert pg.dialect == "postgresql"
    lite = Store(str(tmp_path / "s.db"))
    r1 = ingest([CORPUS], pg, analyse=_pipeline, published="2024-05-05", progress=False)
    r2 = ingest([CORPUS], lite, analyse=_pipeline, published="2024-05-05", progress=False)
    assert (r1.stored, r1.failed, r1.events) == (r2.stored, r2.failed, r2.events) == (9, 2, r2.events)
    assert _snapshot(pg) == _snapshot(lite)
    again = ingest([CORPUS], pg, analyse=_pipeline, progress=False)
    assert again.stored == 0 and pg.count_articles() == 9
    pg.close()


def test_postgres_filters_search_reviews_dedup(pg_url):
    pg = Store(pg_url)
    lite = Store(memory=True)
    for doc, _ in dedup_articles():
        pg.save_document(doc)
        lite.save_document(doc)
    for f in (
        EventFilter(type="ASSAULT"),
        EventFilter(admin1="Idlib", date_from="2024-03-10", date_to="2024-03-10"),
        EventFilter(actor="RUS-MIL"),
        EventFilter(text="سراقب"),
        EventFilter(text="الطائرات الروسيه"),
        EventFilter(outlet="وكالة الشام", factuality="asserted"),
    ):
        assert {e["id"] for e in pg.iter_events(f)} == {e["id"] for e in lite.iter_events(f)}, f
    assert [a["id"] for a in pg.search_articles("الكرامه")] == [
        a["id"] for a in lite.search_articles("الكرامه")
    ]
    assert dedup_store(pg).to_dict() == dedup_store(lite).to_dict()
    ev = pg.record_review("d5#0", "alice", "fix", changes={"fatalities": 1}, note="تصحيح")
    assert ev["machine"]["fatalities"] is None and ev["record"]["fatalities"] == 1
    assert pg.event_sources("d1#0")[0]["text"]
    buf = io.StringIO()
    assert export(pg, "acled-csv", buf) > 0
    pg.add_user("bob", "viewer", password="pw")
    assert pg.verify_password("bob", "pw")["role"] == "viewer"
    token = pg.create_token("bob")
    assert pg.user_for_token(token)["name"] == "bob"
    pg.close()


def test_postgres_cli(pg_url, runner):
    res = runner.invoke(
        cli,
        ["ingest", str(CORPUS / "news.jsonl"), "--db", pg_url, "--workers", "1", "--no-progress", "--json"],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.strip().splitlines()[-1])["stored"] == 3
    stats = runner.invoke(cli, ["stats", "--db", pg_url, "--json"])
    assert json.loads(stats.stdout)["articles"] == 3
