#!/usr/bin/env python3
"""Document-level events on the seed article, scored with ../shared/eval/score.py.

    python benchmarks/events_seed.py [--shared ../shared] [-v]

Runs the default pipeline in-process on the seed article (published 2018-03-28, Sawt al-Asima),
writes /tmp/seed.out.jsonl in the batch output format ({"id", ..., "events": [...]}) and runs
``score.py events`` on it.  Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import marsad
from marsad.doc import Document

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/seed.out.jsonl"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    seed = a.shared / "seed" / "000_097eb75f38d1ebd9.txt"
    gold = a.shared / "seed" / "seed.gold.json"
    if not seed.exists():
        print(f"no seed at {seed}; skipping", file=sys.stderr)
        return 0
    pipe = marsad.load()
    t0 = time.time()
    doc = pipe(Document(text=seed.read_text(encoding="utf-8"), id="seed-000", published="2018-03-28",
                        outlet="Sawt al-Asima"))
    dt = time.time() - t0
    a.out.write_text(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(doc.events)} events in {dt:.2f}s", file=sys.stderr)
    cmd = [sys.executable, str(a.shared / "eval" / "score.py"), "events", "--gold", str(gold), "--pred", str(a.out)]
    if a.verbose:
        cmd.append("-v")
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
