#!/usr/bin/env python3
"""Fatality counts by ACLED rules on hand-written sentences.

    python benchmarks/casualties.py            # accuracy on benchmarks/data/casualties.tsv, failures listed

Each row is a sentence and its expected fatality figure (empty = no count).
The figure is ``marsad.numbers.casualties.fatalities(find_quantities(sentence))``:
lowest figure of a range, "عشرات" → 12, "مئات" → 100, "بضعة/عدة/عدد من" → 3.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from marsad.numbers.casualties import fatalities, find_quantities

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", type=Path, default=ROOT / "benchmarks" / "data" / "casualties.tsv")
    args = ap.parse_args(argv)
    rows = list(csv.DictReader(args.table.open(encoding="utf-8"), delimiter="\t"))
    ok = 0
    for row in rows:
        want = int(row["fatalities"]) if row["fatalities"].strip() else None
        qs = find_quantities(row["sentence"])
        got = fatalities(qs)
        if got == want:
            ok += 1
        else:
            found = "; ".join(f"{q.kind}={q.value} {q.text!r}" for q in qs) or "nothing"
            print(f"  FAIL {row['sentence']!r}: want {want}, got {got} ({found})")
    print(f"casualties: {ok}/{len(rows)} fatality figures correct = {ok / len(rows):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
