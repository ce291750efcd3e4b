#!/usr/bin/env python3
"""Are the seed article's actors, places and sources found and linked?

    python benchmarks/kb_seed.py                      # ../shared/seed, misses listed
    python benchmarks/kb_seed.py --shared PATH --kb-dir DIR

Every Arabic phrase that ``seed.gold.json`` names — the ``ar`` lists of event
sources and recipients, the Arabic forms of ``location.accept`` and the
``attribution`` strings — is looked up in the article text (normalised).  A
phrase present in the text is *found and linked* when one of its occurrences
overlaps an entity-ruler mention of the right kind that carries a KB id, a
coreference link (``ref``) or, for sources found by a pattern, a name.
Phrases absent from the text (inflected variants listed by the annotators) are
reported separately.  The article text is read from ``../shared`` and never
copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.doc import Document, Mention
from marsad.kb.store import load_kb
from marsad.ner.ruler import build_gazetteer, find_mentions
from marsad.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def gold_phrases(gold: dict) -> dict[tuple[str, str], set[str]]:
    """(kind, phrase) → gold English names (actors) or {} for places/sources."""
    out: dict[tuple[str, str], set[str]] = {}
    for ev in gold["events"]:
        for role in ("source", "recipient"):
            side = ev.get(role) or {}
            for ar in side.get("ar", []):
                out.setdefault(("actor", ar), set()).update(side.get("en", []))
        for ar in (ev.get("location") or {}).get("accept", []):
            if _is_arabic(ar):
                out.setdefault(("place", ar), set())
        for ar in ev.get("attribution") or []:
            out.setdefault(("source", ar), set())
    return out


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Source spans where ``phrase`` occurs (compared in normalised form)."""
    nt = normalize(text)
    key = normalize(phrase).text.strip()
    spans, i = [], nt.text.find(key)
    while i >= 0 and key:
        spans.append(nt.to_source(i, i + len(key)))
        i = nt.text.find(key, i + 1)
    return spans


def _linked(m: Mention, kind: str) -> bool:
    if m.kind != kind and not (kind == "actor" and m.kind == "person"):
        return False
    if m.kb_id or m.ref is not None or m.attrs.get("members"):
        return True
    return kind == "source" and bool(m.attrs.get("name"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--kb-dir", action="append", default=[], help="extra KB directory (repeatable)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every phrase with its link")
    args = ap.parse_args(argv)
    seed = args.shared / "seed"
    if not (seed / "seed.gold.json").exists():
        print(f"no seed data under {seed}; skipped")
        return 0
    gold = json.loads((seed / "seed.gold.json").read_text(encoding="utf-8"))
    text = (seed / gold["file"]).read_text(encoding="utf-8")
    kb = load_kb(extra_dirs=args.kb_dir)
    gz = build_gazetteer(kb.name_entries())
    doc = Document(text=text)
    doc.mentions = find_mentions(text, gz, lookup=kb)

    found: list[str] = []
    misses: list[str] = []
    absent: list[str] = []
    for (kind, phrase), en in sorted(gold_phrases(gold).items()):
        spans = occurrences(text, phrase)
        if not spans:
            absent.append(f"{kind}: {phrase}")
            continue
        links = []
        for s, e in spans:
            for m in doc.mentions:
                if m.start < e and s < m.end and _linked(m, kind):
                    target = doc.mentions[m.ref] if m.ref is not None else m
                    links.append(m.kb_id or target.kb_id or f"«{target.text}»")
        if links:
            ids = sorted(set(map(str, links)))
            gold_en = f"  gold: {', '.join(sorted(en))}" if en else ""
            found.append(
                f"{kind}: {phrase} → {', '.join(ids)}  [{len(links)}/{len(spans)} occurrences]{gold_en}"
            )
        else:
            misses.append(f"{kind}: {phrase}  ({len(spans)} occurrences)")
    total = len(found) + len(misses)
    if args.verbose:
        for line in found:
            print("  ok  ", line)
    for line in misses:
        print("  MISS", line)
    print(
        f"seed: {len(found)}/{total} gold actor/place/source phrases present in the text found and linked"
        f" ({len(misses)} misses); {len(absent)} gold variants do not occur verbatim"
    )
    kinds = {k: sum(1 for m in doc.mentions if m.kind == k) for k in ("actor", "place", "source", "person")}
    print(f"mentions in the article: {len(doc.mentions)} {kinds}")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
