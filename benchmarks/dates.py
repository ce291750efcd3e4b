#!/usr/bin/env python3
"""Accuracy of Arabic date resolution on a hand-written table, plus the seed article's dates.

    python benchmarks/dates.py                 # accuracy on benchmarks/data/dates.tsv, failures listed
    python benchmarks/dates.py --shared PATH   # seed check against PATH/seed (default ../shared)

A row is correct when ``find_times(sentence, published=...)`` returns an
expression that covers the expected expression text and whose value,
precision (and end value, for ranges) equal the expected ones.  The seed check
resolves the three dated expressions of the seed article and compares them
with the gold date (value, or the gold range when it has one); it is skipped
when ../shared is absent.  No article text is printed beyond the matched span.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from marsad.temporal.resolve import find_times

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "benchmarks" / "data" / "dates.tsv"

# Seed expressions and the gold event whose date they carry.
SEED = [("يوم أمس، الثلاثاء 27 آذار", "G1"), ("منذ أيام", "G4"), ("بداية الأسبوع المقبل", "G11")]


def run_table(path: Path) -> tuple[int, int, list[str]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    ok = 0
    failures: list[str] = []
    for row in rows:
        found = find_times(row["sentence"], published=row["published"])
        hits = [t for t in found if row["expression"] in t.text]
        good = [
            t
            for t in hits
            if t.value == row["value"]
            and t.precision == row["precision"]
            and (not row["end_value"] or t.end_value == row["end_value"])
        ]
        if good:
            ok += 1
        else:
            got = "; ".join(
                f"{t.text!r}={t.value}/{t.precision}" + (f"..{t.end_value}" if t.end_value else "")
                for t in found
            )
            failures.append(
                f"{row['published']} {row['sentence']!r}: want {row['expression']!r}={row['value']}/{row['precision']}"
                f"{'..' + row['end_value'] if row['end_value'] else ''}; got {got or 'nothing'}"
            )
    return ok, len(rows), failures


def run_seed(shared: Path) -> tuple[int, int, list[str]] | None:
    seed = shared / "seed"
    gold_path = seed / "seed.gold.json"
    if not gold_path.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (seed / gold["file"]).read_text(encoding="utf-8")
    events = {e["id"]: e for e in gold["events"]}
    found = find_times(text, published=gold["published"])
    ok = 0
    lines = []
    for expr, gid in SEED:
        g = events[gid]["date"]
        hit = next((t for t in found if expr in t.text or t.text.replace("ُ", "") == expr), None)
        if hit is None:
            hit = next((t for t in found if t.text.replace("\u064f", "") == expr), None)
        value = hit.value if hit else None
        good = bool(value) and (
            g["range"][0] <= value <= g["range"][1] if "range" in g else value == g["value"]
        )
        ok += good
        lines.append(
            f"  {'ok ' if good else 'BAD'} {expr!r} -> {value} ({hit.precision if hit else '-'}); gold {g}"
        )
    return ok, len(SEED), lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    ok, total, failures = run_table(args.table)
    print(f"dates table: {ok}/{total} correct = {ok / total:.1%}")
    for f in failures:
        print("  FAIL", f)
    seed = run_seed(args.shared)
    if seed is None:
        print("seed check: skipped (no ../shared/seed)")
    else:
        sok, stotal, lines = seed
        print(f"seed dates: {sok}/{stotal}")
        print("\n".join(lines))
    return 0 if ok / total >= 0.95 and (seed is None or seed[0] == seed[1]) else 1


if __name__ == "__main__":
    sys.exit(main())
