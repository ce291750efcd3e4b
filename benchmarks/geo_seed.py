"""Check that the geocoder finds every place the seed article's gold names (location accept lists).

Reads ``../shared/seed/seed.gold.json`` and the seed article by path (nothing is copied into the
repo).  For each distinct gold ``location.accept`` list, a hit is a place found in the text whose
English name, Arabic names or matched text is in the accept list.

Usage::

    python benchmarks/geo_seed.py [--seed-dir ../shared/seed]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marsad.geo.resolve import default_geocoder  # noqa: E402
from marsad.text.normalize import norm  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed-dir", type=Path, default=REPO.parent / "shared" / "seed")
    args = ap.parse_args(argv)
    gold_path = args.seed_dir / "seed.gold.json"
    if not gold_path.exists():
        print(f"skip: no {gold_path}")
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (args.seed_dir / gold["file"]).read_text(encoding="utf-8")
    geo = default_geocoder("SY")
    found = geo.find_places(text)
    names_of: list[set[str]] = []
    for p in found:
        e = geo.index.get(p.place_id or "")
        forms = {norm(p.text), norm(p.name_en or "")}
        if e is not None:
            forms |= {norm(n) for n in (*e.names_ar, *e.names_en)}
        names_of.append(forms)
    lists: dict[tuple[str, ...], list[str]] = {}
    for ev in gold["events"]:
        loc = ev.get("location") or {}
        if loc.get("accept"):
            lists.setdefault(tuple(loc["accept"]), []).append(ev["id"])
    misses = 0
    for accept, events in lists.items():
        acc = {norm(a) for a in accept}
        hits = sorted({p.text for p, forms in zip(found, names_of, strict=True) if forms & acc})
        ok = bool(hits)
        misses += not ok
        print(f"{'OK  ' if ok else 'MISS'} events {','.join(events)}: accept {accept[:4]}… → found {hits}")
    print(f"\nplaces found in the seed: {len(found)}")
    for p in found:
        print(
            f"  [{p.start}:{p.end}] {p.text} → {p.place_id} {p.name_en} ({p.feature}, precision {p.geo_precision})"
        )
    print(f"\ngold location lists: {len(lists)}, found: {len(lists) - misses}, missed: {misses}")
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
