#!/usr/bin/env python3
"""CPU milliseconds per article spent in each pipeline stage.

    python3 benchmarks/stage_profile.py [-n 300] [--skip 0] [--data FILE.jsonl] [--cprofile OUT.prof]

Runs the default pipeline in-process on the first N articles of the Al Mayadeen file (read as the
CLI reads them) and times every stage with ``time.process_time`` (CPU time, so a loaded shared
machine disturbs the numbers less than wall time would).  Loading (models, gazetteers, knowledge
base) is done on one warm-up article first and reported apart.  Prints per stage: mean and median
ms/article and share of the total, then the in-process CPU rate in articles/s.

``--cprofile OUT.prof`` also writes a cProfile of the timed run (view with ``python3 -m pstats``
or snakeviz).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "almayadeen_syria_2023-2024.jsonl"


def load_documents(path: Path, limit: int, skip: int) -> list:
    from marsad.errors import InputError
    from marsad.io import iter_jsonl
    from marsad.service import make_document

    docs = []
    for _, rec in iter_jsonl(path):
        if isinstance(rec, InputError):
            continue
        try:
            doc = make_document(rec)
        except InputError:
            continue
        if skip:
            skip -= 1
            continue
        docs.append(doc)
        if len(docs) >= limit:
            break
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("-n", "--limit", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0, help="articles to skip first")
    ap.add_argument("--cprofile", type=Path, default=None)
    a = ap.parse_args()
    if not a.data.exists():
        print(f"skip: {a.data} not found")
        return 0

    import marsad
    from marsad.service import make_document

    t0 = time.process_time()
    pipe = marsad.load()
    warm = load_documents(a.data, 1, 0)
    if warm:
        pipe(make_document({"id": "warm", "text": warm[0].text, "published": warm[0].published}))
    load_cpu = time.process_time() - t0
    docs = load_documents(a.data, a.limit, a.skip)

    names = pipe.names
    per_stage: dict[str, list[float]] = {n: [] for n in names}
    prof = None
    if a.cprofile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    clock = time.process_time
    t_all = clock()
    for doc in docs:
        for stage in pipe.stages:
            t = clock()
            doc = stage(doc)
            per_stage[stage.name].append(clock() - t)
    total = clock() - t_all
    if prof is not None:
        prof.disable()
        prof.dump_stats(str(a.cprofile))

    n = len(docs)
    chars = sum(len(d.text) for d in docs)
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
    print(f"in-process: {n / total:.1f} articles/s CPU ({1000 * total / n:.1f} ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
