"""Span-level combination of the CRF and spaCy NER outputs.

    # grid on the inner dev (choose the rule here only)
    python scripts/experiments/spacy_ner/combine.py --gold inner_dev.conll --crf crf_spans.json --spacy sp1.conll [--spacy sp2.conll ...] --grid
    # apply one fixed rule (e.g. to the block) and write a conll file for score.py
    python scripts/experiments/spacy_ner/combine.py --gold block.conll --crf crf_spans.json --spacy sp.conll --rule 'add=LOC,PERS;theta=0.6' --out pred.conll

A rule has three parts (each optional):
* ``add=T1,T2``: a spaCy span (of type in the list) that overlaps no CRF span is added;
* ``theta=X``: a CRF span whose score (mean marginal) is < X is kept only if spaCy has the same
  span with the same type; otherwise ``low=drop`` (default) drops it and ``low=spacy`` puts the
  spaCy spans that overlap it in its place;
* with several ``--spacy`` files, spaCy's span set is the spans found by at least ``--vote K`` of
  them (default: a majority), non-overlapping, the most voted first.
"""

from __future__ import annotations

import argparse
import itertools
import json

from marsad.ner.crf import bio_spans, evaluate, read_conll

TYPES = ("LOC", "MISC", "ORG", "PERS")


def spacy_sets(files, vote):  # type: ignore[no-untyped-def]
    preds = [[set(bio_spans([t for _, t in s])) for s in read_conll(f)] for f in files]
    out = []
    for per in zip(*preds, strict=True):
        cnt: dict = {}
        for ss in per:
            for s in ss:
                cnt[s] = cnt.get(s, 0) + 1
        chosen = sorted((s for s, c in cnt.items() if c >= vote), key=lambda s: (-cnt[s], s[0]))
        keep: list = []
        for s in chosen:  # non-overlapping, most voted first
            if all(s[1] <= k[0] or k[1] <= s[0] for k in keep):
                keep.append(s)
        out.append(sorted(keep))
    return out


def overlaps(a, b) -> bool:  # type: ignore[no-untyped-def]
    return a[0] < b[1] and b[0] < a[1]


def combine(crf, sp, add=(), theta=0.0, low="drop"):  # type: ignore[no-untyped-def]
    out = []
    for cs, ss in zip(crf, sp, strict=True):
        sset = set(ss)
        kept = []
        for i, j, lab, sc in cs:
            if sc >= theta or (i, j, lab) in sset:
                kept.append((i, j, lab))
            elif low == "spacy":
                kept.extend(s for s in ss if overlaps(s, (i, j)))
        for s in ss:
            if s[2] in add and not any(overlaps(s, k) for k in kept):
                kept.append(s)
        # resolve overlaps (possible only with low=spacy): keep the first, left to right
        res: list = []
        for s in sorted(set(kept)):
            if all(not overlaps(s, r) for r in res):
                res.append(s)
        out.append(res)
    return out


def to_tags(n, spans):  # type: ignore[no-untyped-def]
    tags = ["O"] * n
    for i, j, lab in spans:
        tags[i] = "B-" + lab
        for k in range(i + 1, j):
            tags[k] = "I-" + lab
    return tags


def score(gold, spans):  # type: ignore[no-untyped-def]
    pred = [to_tags(len(g), s) for g, s in zip(gold, spans, strict=True)]
    return evaluate(gold, pred)


def fmt(sc) -> str:  # type: ignore[no-untyped-def]
    m = sc["micro"]
    per = " ".join(f"{t} {sc[t].precision:.3f}/{sc[t].recall:.3f}/{sc[t].f1:.3f}" for t in TYPES if t in sc)
    return f"F1 {m.f1:.4f} (P {m.precision:.3f} R {m.recall:.3f}; TP {m.tp} FP {m.fp} FN {m.fn})  {per}"


def parse_rule(text):  # type: ignore[no-untyped-def]
    kw = {"add": (), "theta": 0.0, "low": "drop"}
    for part in filter(None, text.split(";")):
        k, _, v = part.partition("=")
        kw[k] = tuple(x for x in v.split(",") if x) if k == "add" else float(v) if k == "theta" else v
    return kw


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--crf", required=True, help="crf_spans.py JSON")
    ap.add_argument("--spacy", action="append", required=True)
    ap.add_argument("--vote", type=int)
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--rule", default="")
    ap.add_argument("--out")
    a = ap.parse_args()
    gold_s = read_conll(a.gold)
    gold = [[t for _, t in s] for s in gold_s]
    crf = [[tuple(x) for x in ss] for ss in json.load(open(a.crf))]
    vote = a.vote or (len(a.spacy) // 2 + 1)
    sp = spacy_sets(a.spacy, vote)
    print(f"crf alone:   {fmt(score(gold, [[s[:3] for s in ss] for ss in crf]))}")
    print(f"spacy (vote {vote}/{len(a.spacy)}): {fmt(score(gold, sp))}")
    if a.grid:
        rows = []
        subsets = [c for r in range(0, 5) for c in itertools.combinations(TYPES, r)]
        for add in subsets:
            for theta in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9):
                for low in ("drop", "spacy") if theta > 0 else ("drop",):
                    sc = score(gold, combine(crf, sp, add, theta, low))
                    rows.append((sc["micro"].f1, f"add={','.join(add)};theta={theta};low={low}", sc))
        rows.sort(key=lambda r: -r[0])
        for _f1, rule, sc in rows[:25]:
            print(f"{rule:<40} {fmt(sc)}")
    if a.rule:
        kw = parse_rule(a.rule)
        res = combine(crf, sp, **kw)
        print(f"rule {a.rule}: {fmt(score(gold, res))}")
        if a.out:
            with open(a.out, "w", encoding="utf-8") as fh:
                for s, spans in zip(gold_s, res, strict=True):
                    for (w, _), t in zip(s, to_tags(len(s), spans), strict=True):
                        fh.write(f"{w}\t{t}\n")
                    fh.write("\n")


if __name__ == "__main__":
    main()
