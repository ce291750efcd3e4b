#!/usr/bin/env python3
"""Machine instructions per article (cachegrind): a load-independent cost of the pipeline or the foundation.

    python3 benchmarks/instructions.py [--stages tokenizer] [-n 100] [--skip 20]

Runs, under ``valgrind --tool=cachegrind --cache-sim=no``, a worker-like process twice: it loads the
pipeline (``marsad.load``, or only the ``--stages`` given, as ``marsad extract --stages`` does), warms it
up on one article, collects and freezes the garbage collector and sets the workers' GC thresholds
(as ``marsad extract`` workers run), then analyses the first ``skip`` articles with text of the
Al Mayadeen file, and, in the second run, ``skip + n`` of them, building each document's output line.
The difference of the two instruction counts divided by ``n`` is the cost per article of articles
``skip … skip + n`` (per-word caches warmed by the ones before, as in a worker).  Prints it in millions.
Skips cleanly without ``../shared`` or without valgrind.  Slow: about 50× the run's CPU time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "almayadeen_syria_2023-2024.jsonl"

_CHILD = """
import gc, sys
sys.path.insert(0, {bench!r})
from stage_profile import load_records
from pathlib import Path
import marsad
from marsad.batch import output_line
from marsad.service import WORKER_GC_THRESHOLD, make_document
stages = {stages!r}
pipe = marsad.load(stages=[n if "." in n else f"marsad.{{n}}.v1" for n in stages.split(",")] if stages else None)
recs = load_records(Path({data!r}), {count} + 1, 0)
pipe(make_document({{**recs[0], "id": "warm"}}))
gc.collect(); gc.freeze(); gc.set_threshold(*WORKER_GC_THRESHOLD)
for rec in recs[1:]:
    output_line(pipe(make_document(rec)))
"""


def count(data: Path, stages: str | None, articles: int) -> int:
    """Instructions of one worker-like run over ``articles`` articles (valgrind's "I refs")."""
    code = _CHILD.format(bench=str(ROOT / "benchmarks"), stages=stages or "", data=str(data), count=articles)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/cg.out"]
        proc = subprocess.run(
            [*cmd, sys.executable, "-c", code], capture_output=True, text=True, env=os.environ
        )
    if proc.returncode:
        sys.exit(proc.stderr[-2000:])
    m = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if not m:
        sys.exit("no instruction count in valgrind's output")
    return int(m.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--stages", default=None, help="only these stages (e.g. 'tokenizer': the foundation)")
    ap.add_argument("-n", "--limit", type=int, default=100, help="articles counted")
    ap.add_argument("--skip", type=int, default=20, help="articles analysed before (and in both runs)")
    a = ap.parse_args()
    if not a.data.exists():
        print(f"skip: {a.data} not found")
        return 0
    if shutil.which("valgrind") is None:
        print("skip: valgrind not installed")
        return 0
    before = count(a.data, a.stages, a.skip)
    after = count(a.data, a.stages, a.skip + a.limit)
    per = (after - before) / a.limit
    print(
        f"{a.stages or 'full pipeline'}: {per / 1e6:.1f} M instructions/article (articles {a.skip}-{a.skip + a.limit})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
