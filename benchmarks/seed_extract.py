#!/usr/bin/env python3
"""`marsad extract SEED --published 2018-03-28`: valid JSON, offsets map back, wall time after import.

    python3 benchmarks/seed_extract.py [--seed ../shared/seed/000_097eb75f38d1ebd9.txt] [--repeat 5]

"After import" means: the marsad package and its CLI are imported; the clock then covers loading
the pipeline's data and models, reading the file, the analysis and printing the JSON — what a
user waits for beyond Python's own start-up.  Each repeat runs in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_097eb75f38d1ebd9.txt"

_CHILD = r"""
import io, json, sys, time, contextlib
import marsad, marsad.cli, marsad.registrations
from click.testing import CliRunner
t0 = time.perf_counter()
res = CliRunner().invoke(marsad.cli.cli, ["extract", sys.argv[1], "--published", "2018-03-28"])
t1 = time.perf_counter()
sys.stdout.write(json.dumps({"seconds": t1 - t0, "exit": res.exit_code, "output": res.output}))
"""


def check(doc: dict, text: str) -> list[str]:
    """Problems with the document's offsets (empty when all map back exactly)."""
    problems = []
    if doc["text"] != text:
        problems.append("text differs from the file")
    for s in doc["sentences"]:
        toks = doc["tokens"][s["token_start"] : s["token_end"]]
        if not toks or toks[0]["start"] != s["start"] or toks[-1]["end"] != s["end"]:
            problems.append(f"sentence {s} does not align with its tokens")
    for t in doc["tokens"]:
        w = text[t["start"] : t["end"]]
        if not w.strip() or "".join(text[a:b] for a, b in t["segments"]) != w:
            problems.append(f"token {t} does not map back")
    for m in doc["mentions"] + doc["times"] + doc["places"]:
        if m.get("text") and text[m["start"] : m["end"]] != m["text"]:
            problems.append(f"span {m['start']}:{m['end']} text {m['text']!r} != source")
    for e in doc["events"]:
        trig = e["evidence"]["trigger"]
        if text[trig["start"] : trig["end"]] != trig["text"]:
            problems.append(f"event {e['id']} trigger does not map back")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=Path, default=SEED)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    if not a.seed.exists():
        print(f"skip: {a.seed} not found")
        return 0
    text = a.seed.read_text(encoding="utf-8")
    times = []
    for _ in range(a.repeat):
        r = subprocess.run([sys.executable, "-c", _CHILD, str(a.seed)], capture_output=True, text=True, check=True)
        res = json.loads(r.stdout)
        assert res["exit"] == 0, res["output"][-500:]
        doc = json.loads(res["output"])
        times.append(res["seconds"])
    problems = check(doc, text)
    print(f"sentences {len(doc['sentences'])}, tokens {len(doc['tokens'])}, mentions {len(doc['mentions'])}, "
          f"times {len(doc['times'])}, places {len(doc['places'])}, events {len(doc['events'])}")
    print("offsets:", "all map back exactly" if not problems else f"{len(problems)} problems: {problems[:5]}")
    print(f"wall time after import: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s over {len(times)} fresh processes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
