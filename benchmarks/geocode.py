"""Geocoding accuracy on team-written cases: top-1 place and ACLED precision code.

Reads ``benchmarks/data/geocode_cases.tsv`` (id, text, mention, expected id, expected precision,
note); an expected id ``NONE`` means nothing may be resolved over the mention.  For each case the geocoder runs on the text; the expression whose name overlaps the first
occurrence of ``mention`` is evaluated: top-1 correct when its best candidate has the expected id;
precision correct when, in addition, its geo_precision is the expected one.  A case where no
expression is found counts as wrong for both.

With ``--anercorp PATH`` (default ``../shared/data/anercorp/train.conll`` when present) it also
measures place *finding* against the LOC entities of the ANERcorp training file (general news, not
only Syria): precision (found expressions overlapping a gold LOC), recall over all gold LOC, and
recall over the gold LOC whose name is in the gazetteer.  Measured only; nothing is tuned on it.

Usage::

    python benchmarks/geocode.py [--cases benchmarks/data/geocode_cases.tsv] [--verbose] [--anercorp PATH|none]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marsad.geo.resolve import default_geocoder  # noqa: E402
from marsad.kb.places import load_places  # noqa: E402


def read_cases(path: Path) -> list[dict[str, str]]:
    rows = [
        ln.rstrip("\n")
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    header = rows[0].split("\t")
    return [dict(zip(header, r.split("\t"), strict=True)) for r in rows[1:]]


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = [[]]
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if not parts:
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append((parts[0], parts[-1]))
    return [x for x in sents if x]


def anercorp(path: Path) -> None:
    """Place finding against ANERcorp LOC entities."""
    from marsad.geo.match import strip_variants
    from marsad.text.normalize import norm

    geo = default_geocoder(None)
    keys = geo.index.name_keys()
    found = hit = gold_n = gold_hit = gold_in = gold_in_hit = 0
    for sent in read_conll(path):
        text, spans, pos = "", [], 0
        for tok, _ in sent:
            spans.append((pos, pos + len(tok)))
            text += tok + " "
            pos += len(tok) + 1
        gold: list[tuple[int, int, str]] = []
        for i, (_, tag) in enumerate(sent):
            if tag == "B-LOC" or (tag == "I-LOC" and (not gold or gold[-1][1] != spans[i - 1][1])):
                gold.append((spans[i][0], spans[i][1], ""))
            elif tag == "I-LOC":
                gold[-1] = (gold[-1][0], spans[i][1], "")
        places = geo.find_places(text)
        found += len(places)
        hit += sum(1 for p in places if any(p.start < e and s < p.end for s, e, _ in gold))
        for s, e, _ in gold:
            gold_n += 1
            got = any(p.start < e and s < p.end for p in places)
            gold_hit += got
            words = norm(text[s:e]).split()
            inv = bool(words) and any(" ".join([f, *words[1:]]) in keys for f, _ in strip_variants(words[0]))
            gold_in += inv
            gold_in_hit += inv and got
    print(f"\nANERcorp train LOC ({path}):")
    print(
        f"  found expressions: {found}, overlapping a gold LOC: {hit} → precision {hit / max(found, 1):.1%}"
    )
    print(f"  gold LOC: {gold_n}, found: {gold_hit} → recall {gold_hit / max(gold_n, 1):.1%}")
    print(
        f"  gold LOC named in the gazetteer: {gold_in}, found: {gold_in_hit} → {gold_in_hit / max(gold_in, 1):.1%}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=REPO / "benchmarks" / "data" / "geocode_cases.tsv")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every case, not only the errors")
    ap.add_argument("--anercorp", default=str(REPO.parent / "shared" / "data" / "anercorp" / "train.conll"))
    args = ap.parse_args(argv)
    cases = read_cases(args.cases)
    geo = default_geocoder("SY")
    top1 = prec_ok = 0
    t0 = time.perf_counter()
    for c in cases:
        text, mention = c["text"], c["mention"]
        ms = text.index(mention)
        me = ms + len(mention)
        res = [r for r in geo.geocode(text, top=3) if r.match.name_start < me and ms < r.match.name_end]
        best = res[0].best if res else None
        got_id = best.entry.id if best else None
        got_prec = best.precision if best else None
        if c["expected_id"] == "NONE":  # nothing should be resolved here
            ok = okp = got_id is None
        else:
            ok = got_id == c["expected_id"]
            okp = ok and got_prec == int(c["precision"])
        top1 += ok
        prec_ok += okp
        if args.verbose or not okp:
            alts = [f"{x.entry.id}:{x.score}" for x in (res[0].candidates if res else [])]
            print(
                f"{'ok ' if okp else 'ERR'} {c['id']} {mention!r}: expected {c['expected_id']}/p{c['precision']}, "
                f"got {got_id}/p{got_prec} [{', '.join(alts)}] ({c['note']})"
            )
    dt = time.perf_counter() - t0
    n = len(cases)
    stats = load_places().stats()
    print(f"\ncases: {n}")
    print(f"top-1 accuracy:          {top1}/{n} = {top1 / n:.1%}")
    print(f"top-1 + precision code:  {prec_ok}/{n} = {prec_ok / n:.1%}")
    print(f"time: {dt * 1000 / n:.1f} ms per case")
    print(
        f"gazetteer: {stats['places']} places, {stats['with_arabic']} with Arabic names "
        f"({stats['arabic_names']} Arabic names), {stats['without_arabic']} without; curated {stats['curated']}"
    )
    print(f"by feature: {stats['by_feature']}")
    if args.anercorp != "none" and Path(args.anercorp).exists():
        anercorp(Path(args.anercorp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
