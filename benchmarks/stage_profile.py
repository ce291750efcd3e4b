#!/usr/bin/env python3
"""CPU milliseconds per article spent in each pipeline stage.

    python3 benchmarks/stage_profile.py [-n 300] [--skip 0] [--data FILE.jsonl] [--cprofile OUT.prof] [--worker-gc]

Runs the default pipeline in-process on the first N articles with text of the Al Mayadeen file (read
as the CLI reads them, one document alive at a time) and times every stage with ``time.process_time`` (CPU time, so a loaded shared
machine disturbs the numbers less than wall time would).  Loading (models, gazetteers, knowledge
base) is done on one warm-up article first and reported apart.  Prints per stage: mean and median
ms/article and share of the total, then the in-process CPU rate in articles/s.

The CPU time spent in the garbage collector is reported too (it lands in whichever stage triggered
a collection).  ``--cprofile OUT.prof`` also writes a cProfile of the timed run (view with ``python3 -m pstats``
or snakeviz).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "almayadeen_syria_2023-2024.jsonl"


def load_records(path: Path, limit: int, skip: int) -> list[dict]:
    """The first ``limit`` records with article text (after ``skip`` of them), as the CLI reads them."""
    from marsad.errors import InputError
    from marsad.io import iter_jsonl
    from marsad.service import make_document

    recs = []
    for _, rec in iter_jsonl(path):
        if isinstance(rec, InputError):
            continue
        try:
            make_document(rec)
        except InputError:
            continue
        if skip:
            skip -= 1
            continue
        recs.append(rec)
        if len(recs) >= limit:
            break
    return recs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("-n", "--limit", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0, help="articles to skip first")
    ap.add_argument("--cprofile", type=Path, default=None)
    ap.add_argument(
        "--worker-gc",
        action="store_true",
        help="collect and freeze after loading and use the batch workers' GC thresholds (as `marsad extract` workers run)",
    )
    a = ap.parse_args()
    if not a.data.exists():
        print(f"skip: {a.data} not found")
        return 0

    import marsad
    from marsad.service import make_document

    t0 = time.process_time()
    pipe = marsad.load()
    warm = load_records(a.data, 1, 0)
    if warm:
        pipe(make_document({**warm[0], "id": "warm"}))
    if a.worker_gc:
        from marsad.service import WORKER_GC_THRESHOLD

        gc.collect()
        gc.freeze()
        gc.set_threshold(*WORKER_GC_THRESHOLD)
    load_cpu = time.process_time() - t0
    recs = load_records(a.data, a.limit, a.skip)

    names = pipe.names
    per_stage: dict[str, list[float]] = {n: [] for n in names}
    prof = None
    if a.cprofile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    clock = time.process_time
    gc_cpu = [0.0, 0.0]  # total, start of the current collection

    def on_gc(phase: str, _info: dict) -> None:
        if phase == "start":
            gc_cpu[1] = clock()
        else:
            gc_cpu[0] += clock() - gc_cpu[1]

    gc.callbacks.append(on_gc)
    t_all = clock()
    chars = 0
    for rec in recs:
        # one document at a time, dropped when done (as the CLI does): keeping every processed
        # document alive would make the garbage collector's full passes slower and slower
        doc = make_document(rec)
        chars += len(doc.text)
        for stage in pipe.stages:
            t = clock()
            doc = stage(doc)
            per_stage[stage.name].append(clock() - t)
        del doc
    total = clock() - t_all
    gc.callbacks.remove(on_gc)
    if prof is not None:
        prof.disable()
        prof.dump_stats(str(a.cprofile))

    n = len(recs)
    print(f"{n} articles ({chars / max(n, 1):.0f} chars on average), load + warm-up {load_cpu:.1f} s CPU")
    print(f"{'stage':<18}{'mean ms':>9}{'median':>9}{'share':>8}")
    staged = sum(sum(v) for v in per_stage.values())
    for name in names:
        v = per_stage[name]
        print(
            f"{name:<18}{1000 * sum(v) / n:>9.2f}{1000 * statistics.median(v):>9.2f}"
            f"{100 * sum(v) / staged:>7.1f}%"
        )
    print(f"{'total':<18}{1000 * staged / n:>9.2f}")
    print(f"(of which garbage collection, counted in whichever stage triggered it: {1000 * gc_cpu[0] / n:.2f} ms/article)")
    print(f"in-process: {n / total:.1f} articles/s CPU ({1000 * total / n:.1f} ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
