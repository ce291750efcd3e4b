"""Benchmark: ingest the shared news files into a fresh store, then again (which must add nothing).

Measures articles/s, peak memory (writer process and worker processes), database size and the
deduplication step.  Reads ``../shared/data/news`` by default (override with ``--shared``).

    python benchmarks/ingest.py                     # SQLite in a temporary directory
    python benchmarks/ingest.py --db /tmp/bench.db  # keep the database
    python benchmarks/ingest.py --db postgresql://marsad:marsad@127.0.0.1/marsad_bench
    python benchmarks/ingest.py --compare postgresql://…   # same ingest (same code) into a second store

With ``--compare`` every analysed Document is also saved into the second store (so both hold the
output of the very same extraction, even while the extractor's code is being changed), then a normal
ingest into the second store must add nothing, and the two stores' articles, events and canonical
events are compared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from marsad.service import analyse_records, default_workers
from marsad.storage.dedup import dedup_store
from marsad.storage.ingest import ingest
from marsad.storage.store import Store

REPO = Path(__file__).resolve().parent.parent
FILES = ["almayadeen_syria_2023-2024.jsonl", "saudinewsnet_2015_syria_subset.jsonl"]


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _size(db: str) -> int | None:
    if "://" in db:
        return None
    return sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))


def _articles(store: Store) -> list[tuple]:
    return sorted((a["id"], a["published"], a["outlet"], a["n_events"]) for a in store.iter_articles())


def _events(store: Store) -> list[tuple]:
    return sorted((e["id"], json.dumps(e["record"], sort_keys=True)) for e in store.iter_events())


def _groups(store: Store) -> list[tuple]:
    return sorted(tuple(store.get_canonical(c["id"])["event_ids"]) for c in store.canonical_events())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--shared", default=str(REPO.parent / "shared"), help="the shared folder (default ../shared)"
    )
    ap.add_argument("--db", help="database path or URL (default: a new SQLite file in a temporary directory)")
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--progress", action="store_true")
    ap.add_argument(
        "--compare", help="a second database (e.g. PostgreSQL) to fill and compare with the first"
    )
    args = ap.parse_args()
    paths = [Path(args.shared) / "data" / "news" / f for f in FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"skipped: missing {', '.join(missing)}", file=sys.stderr)
        return 0
    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.path.join(tmp.name, "bench.db")
    store = Store(db)

    other = Store(args.compare) if args.compare else None
    tee = {"seconds": 0.0, "stored": 0}

    def analyse(records):
        for rec, result in analyse_records(records, workers=args.workers):
            if other is not None and not isinstance(result, BaseException):
                t = time.perf_counter()
                tee["stored"] += other.save_document(result, title=rec.get("title")).stored
                tee["seconds"] += time.perf_counter() - t
            yield rec, result

    def analyse_plain(records):
        return analyse_records(records, workers=args.workers)

    results: dict = {"db": db, "workers": args.workers, "files": FILES}
    t0 = time.perf_counter()
    first = ingest(paths, store, analyse=analyse, progress=args.progress)
    t1 = time.perf_counter()
    merged = dedup_store(store)
    t2 = time.perf_counter()
    second = ingest(paths, store, analyse=analyse_plain, progress=False)
    t3 = time.perf_counter()
    results["first_run"] = {**first.to_dict(), "errors": len(first.errors), "wall_s": round(t1 - t0, 2)}
    results["dedup"] = {**merged.to_dict(), "wall_s": round(t2 - t1, 2)}
    results["second_run"] = {
        "stored": second.stored,
        "skipped": second.skipped,
        "failed": second.failed,
        "wall_s": round(t3 - t2, 2),
    }
    results["articles"] = store.count_articles()
    results["events"] = store.count_events()
    results["db_bytes"] = _size(db)
    if other is not None:
        rep = ingest(paths, other, analyse=analyse_plain, progress=False)  # must add nothing
        dedup_store(other)
        results["compare"] = {
            "db": args.compare,
            "stored_by_tee": tee["stored"],
            "write_ms_per_article": round(1000 * tee["seconds"] / max(1, tee["stored"]), 2),
            "second_ingest_stored": rep.stored,
            "articles": other.count_articles(),
            "events": other.count_events(),
            "same_articles": _articles(store) == _articles(other),
            "same_events": _events(store) == _events(other),
            "same_canonical_groups": _groups(store) == _groups(other),
        }
        other.close()
    results["peak_rss_mb"] = {
        "writer": round(_peak_mb(resource.RUSAGE_SELF), 1),
        "largest_worker": round(_peak_mb(resource.RUSAGE_CHILDREN), 1),
    }
    store.close()
    print(json.dumps(results, ensure_ascii=False, indent=2))
    same = all(v for k, v in results.get("compare", {}).items() if k.startswith("same_"))
    return 0 if second.stored == 0 and same else 1


if __name__ == "__main__":
    sys.exit(main())
