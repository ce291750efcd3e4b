#!/usr/bin/env python3
"""Entity-ruler speed (mentions/s) over the shared news corpora, and the knowledge base's size.

    python benchmarks/match_speed.py                     # all of ../shared/data/news/*.jsonl
    python benchmarks/match_speed.py --limit 200 --top 30 --kb-dir DIR

Reads each JSON line's article text (``full_text`` for Al Mayadeen, ``content``
for the Saudi news set; the first non-empty of full_text/content/text/body),
runs ``marsad.ner.ruler.find_mentions`` (gazetteer + patterns + coreference)
and reports articles/s, characters/s and mentions/s, the KB build time and
size, mention counts by kind and origin, and the most frequent matched names
(to spot false positives).  Texts are read from ../shared and never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from marsad.kb.store import load_kb
from marsad.ner.ruler import build_gazetteer, find_mentions

ROOT = Path(__file__).resolve().parents[1]
TEXT_FIELDS = ("full_text", "content", "text", "body")


def articles(paths: list[Path], limit: int | None):
    n = 0
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if limit is not None and n >= limit:
                    return
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                text = next(
                    (row[f] for f in TEXT_FIELDS if isinstance(row.get(f), str) and row[f].strip()), None
                )
                if text:
                    n += 1
                    yield text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles")
    ap.add_argument("--top", type=int, default=0, help="print the N most frequent names per kind")
    ap.add_argument("--kb-dir", action="append", default=[], help="extra KB directory (repeatable)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    kb = load_kb(extra_dirs=args.kb_dir)
    gz = build_gazetteer(kb.name_entries())
    gz.find("تهيئة")  # build the automaton now, not inside the timed loop
    build = time.perf_counter() - t0
    stats = kb.stats()
    print("KB:", json.dumps(stats, ensure_ascii=False))
    print(f"KB load + automaton build: {build:.2f}s, {len(gz)} keys")
    paths = sorted((args.shared / "data" / "news").glob("*.jsonl"))
    if not paths:
        print(f"no corpus under {args.shared}/data/news; speed not measured")
        return 0
    n_docs = n_chars = n_mentions = 0
    by_kind: Counter[str] = Counter()
    by_origin: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    elapsed = 0.0
    for text in articles(paths, args.limit):
        t = time.perf_counter()
        ms = find_mentions(text, gz, lookup=kb)
        elapsed += time.perf_counter() - t
        n_docs += 1
        n_chars += len(text)
        n_mentions += len(ms)
        for m in ms:
            by_kind[m.kind] += 1
            by_origin[m.origin] += 1
            names.setdefault(m.kind, Counter())[f"{m.text}→{m.kb_id or '-'}"] += 1
    print(
        f"{n_docs} articles, {n_chars:,} chars, {n_mentions:,} mentions in {elapsed:.2f}s: "
        f"{n_mentions / elapsed:,.0f} mentions/s, {n_docs / elapsed:,.1f} articles/s, {n_chars / elapsed:,.0f} chars/s"
    )
    print("by kind:", dict(by_kind.most_common()), "by origin:", dict(by_origin.most_common()))
    if args.top:
        for kind, counter in names.items():
            print(f"-- top {kind}:", ", ".join(f"{k} ×{v}" for k, v in counter.most_common(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
