#!/usr/bin/env python3
"""Document-level events on the team's own annotated articles, scored with ../shared/eval/score.py.

    python benchmarks/events_team.py [--shared ../shared] [-v]            # set 1 (benchmarks/data/articles)
    python benchmarks/events_team.py --set articles2 [-v]                 # set 2 (benchmarks/data/articles2)

The five articles of ``benchmarks/data/articles`` were written by the team for this measure (original,
fictional; see its README) and annotated in the seed's gold format by an annotator who did not read the
extractor's rules. Runs the default pipeline in-process on each (with its gold publication date and outlet),
writes ``--out`` in the batch output format and runs ``score.py events`` on it: a second, independent
reading of how the rules generalise beyond the seed.  Skips cleanly when ../shared (the scorer) is absent.
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
    ap.add_argument("--out", type=Path, default=Path("/tmp/team.out.jsonl"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", default="articles", help="the set's directory under benchmarks/data (articles, articles2 … articles69)")
    a = ap.parse_args()
    articles = ROOT / "benchmarks" / "data" / a.set
    scorer = a.shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}; skipping", file=sys.stderr)
        return 0
    gold = next(articles.glob("*.gold.json"))
    golds = json.loads(gold.read_text(encoding="utf-8"))
    pipe = marsad.load()
    t0 = time.time()
    n = 0
    with a.out.open("w", encoding="utf-8") as out:
        for g in golds:
            text = (articles / g["file"]).read_text(encoding="utf-8")
            doc = pipe(Document(text=text, id=str(g["id"]), published=g.get("published"), outlet=g.get("outlet")))
            n += len(doc.events)
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(golds)} articles, {n} events in {time.time() - t0:.2f}s", file=sys.stderr)
    cmd = [sys.executable, str(scorer), "events", "--gold", str(gold), "--pred", str(a.out)]
    if a.verbose:
        cmd.append("-v")
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
