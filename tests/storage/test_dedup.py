"""Cross-report deduplication on team-written articles with hand-built events."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations

import pytest
from storage_helpers import dedup_articles

from marsad.storage.dedup import (
    compare,
    dedup_store,
    haversine_km,
    key_from_record,
    undo_canonical,
)
from marsad.storage.filters import EventFilter
from marsad.storage.store import Store


@pytest.fixture()
def dedup_store_db() -> tuple[Store, dict[str, str]]:
    store = Store(memory=True)
    expected: dict[str, str] = {}
    for doc, keys in dedup_articles():
        assert store.save_document(doc).stored
        for ev, key in zip(doc.events, keys, strict=True):
            expected[ev["id"]] = key
    return store, expected


def _keys():
    out = {}
    for doc, keys in dedup_articles():
        for ev, key in zip(doc.events, keys, strict=True):
            out[ev["id"]] = (
                key,
                key_from_record(ev, article_id=doc.id, published=doc.published, outlet=doc.outlet),
            )
    return out


def test_haversine_km_known_distance():
    # Damascus to Aleppo is about 310 km as the crow flies
    assert 290 < haversine_km(33.5138, 36.2765, 36.2021, 37.1343) < 330


def _pairs():
    keys = _keys()
    return [
        (a, b, keys[a][0] == keys[b][0])
        for a, b in combinations(sorted(keys), 2)
        if keys[a][1].article_id != keys[b][1].article_id
    ]


@pytest.mark.parametrize(("a", "b", "same"), _pairs())
def test_compare_pairs_merge_only_same_event(a, b, same):
    keys = _keys()
    match = compare(keys[a][1], keys[b][1])
    # pairs whose only link is through a vague report may not match directly; they must never
    # match when they are different events
    if not same:
        assert match is None, match
    elif keys[a][1].actors and keys[b][1].actors:
        assert match is not None


def test_compare_explains_its_decision():
    keys = _keys()
    m = compare(keys["d1#0"][1], keys["d2#0"][1])
    assert m is not None
    text = " ".join(m.reasons)
    assert "same type ASSAULT" in text and "RUS-MIL" in text and "km" in text
    assert 0.55 <= m.score <= 1.5


def test_compare_refuses_negated_vs_asserted():
    keys = _keys()
    assert compare(keys["d1#0"][1], keys["d7#0"][1]) is None


def test_dedup_store_groups_match_expected(dedup_store_db):
    store, expected = dedup_store_db
    report = dedup_store(store)
    groups = [sorted(g) for g in report.groups]
    want = defaultdict(list)
    for eid, key in expected.items():
        want[key].append(eid)
    want_groups = sorted(sorted(v) for v in want.values() if len(v) > 1)
    assert sorted(groups) == want_groups
    assert report.linked_events - report.canonical == 3  # A has 3 reports, C has 2


def test_canonical_event_lists_sources_earliest_and_best(dedup_store_db):
    store, _ = dedup_store_db
    dedup_store(store)
    cid = store.get_event("d1#0")["canonical_id"]
    c = store.get_canonical(cid)
    assert c["event_ids"] == ["d1#0", "d3#0", "d2#0"]  # by publication time
    assert c["earliest_id"] == "d1#0"
    assert c["representative_id"] == "d2#0"  # attributed to the outlet's correspondent
    assert c["outlets"] == sorted({"صحيفة المرصد", "وكالة الشام", "شبكة أخبار الشمال"})
    assert c["reasons"] and all(r["reasons"] for r in c["reasons"])
    sources = store.event_sources("d3#0")
    assert {s["article_id"] for s in sources} == {"d1", "d2", "d3"}
    # collapsed view: one row per real event
    ids = {e["id"] for e in store.iter_events(EventFilter(collapse_duplicates=True))}
    assert "d2#0" in ids and "d1#0" not in ids and "d3#0" not in ids
    assert store.count_events(EventFilter(collapse_duplicates=True)) == store.count_events() - 3


def test_dedup_is_idempotent(dedup_store_db):
    store, _ = dedup_store_db
    first = dedup_store(store)
    second = dedup_store(store)
    assert first.changed == 2 and second.changed == 0
    assert store.count("canonical_events") == 2


def test_undo_splits_and_is_remembered(dedup_store_db):
    store, _ = dedup_store_db
    dedup_store(store)
    cid = store.get_event("d4#0")["canonical_id"]
    ids = undo_canonical(store, cid, user="alice")
    assert sorted(ids) == ["d1#1", "d4#0"]
    assert store.get_event("d4#0")["canonical_id"] is None
    dedup_store(store, rebuild=True)
    assert store.get_event("d4#0")["canonical_id"] is None  # not linked again
    assert store.get_event("d1#0")["canonical_id"] is not None
    assert undo_canonical(store, "c:nope") == []


def test_cli_dedup_explain_undo_and_stats(runner, tmp_path):
    from marsad.cli import cli

    db = str(tmp_path / "d.db")
    s = Store(db)
    for doc, _ in dedup_articles():
        s.save_document(doc)
    s.close()
    res = runner.invoke(cli, ["dedup", "--db", db])
    assert res.exit_code == 0 and "5 reports linked into 2 canonical events" in res.output
    cid = Store(db).get_event("d2#0")["canonical_id"]
    res = runner.invoke(cli, ["dedup", "--db", db, "--explain", cid])
    assert res.exit_code == 0 and "RUS-MIL" in res.output
    stats = runner.invoke(cli, ["stats", "--db", db])
    assert stats.exit_code == 0 and "3 merged" in stats.output and "ASSAULT" in stats.output
    res = runner.invoke(cli, ["dedup", "--db", db, "--undo", cid])
    assert res.exit_code == 0 and "into 3 events" in res.output
    assert runner.invoke(cli, ["dedup", "--db", db, "--undo", cid]).exit_code != 0
    data = json.loads(runner.invoke(cli, ["stats", "--db", db, "--json"]).output)
    assert data["duplicates"] == {"canonical_events": 1, "linked_reports": 2, "merged": 1}
    assert data["by_type"]["ASSAULT"] == 7 and data["by_month"] == {"2024-03": 8, "2024-04": 1}


def test_rejecting_the_representative_keeps_the_event_visible(dedup_store_db):
    store, _ = dedup_store_db
    dedup_store(store)
    cid = store.get_event("d2#0")["canonical_id"]
    store.record_review("d2#0", "alice", "reject", note="wrong")
    assert store.get_canonical(cid)["representative_id"] == "d1#0"
    ids = {e["id"] for e in store.iter_events(EventFilter(collapse_duplicates=True))}
    assert "d1#0" in ids and "d2#0" not in ids
