"""The Dask engine on a local 2-worker cluster produces the same store as the default engine."""

from __future__ import annotations

import pytest
from storage_helpers import DATA

from marsad.service import analyse, analyse_records
from marsad.storage.ingest import ingest
from marsad.storage.store import Store

pytest.importorskip("distributed")

CORPUS = DATA / "ingest" / "corpus"


def _snapshot(store: Store) -> tuple[list, list]:
    arts = sorted((a["id"], a["published"], a["outlet"], a["n_events"]) for a in store.iter_articles())
    events = sorted(((e["id"], e["record"]) for e in store.iter_events()), key=lambda x: x[0])
    return arts, events


def test_dask_engine_matches_default_engine(tmp_path):
    from marsad.storage.dask_engine import DaskAnalyser

    local = Store(str(tmp_path / "local.db"))
    ingest(
        [CORPUS],
        local,
        analyse=lambda recs: analyse_records(recs, workers=1),
        published="2024-05-05",
        progress=False,
    )
    dask_store = Store(str(tmp_path / "dask.db"))
    analyser = DaskAnalyser(analyse, n_workers=2, batch_size=2)
    try:
        assert len(analyser.client.scheduler_info()["workers"]) == 2
        report = ingest([CORPUS], dask_store, analyse=analyser, published="2024-05-05", progress=False)
    finally:
        analyser.close()
    assert report.stored == local.count_articles() == 9 and report.failed == 2
    assert local.count_events() > 0  # the comparison covers extracted events, not only articles
    assert _snapshot(dask_store) == _snapshot(local)
