#!/usr/bin/env python3
"""Sentence-level event detection on the OEDA Arabic event GSR (dev split), and the detection model.

    python benchmarks/detect_oeda.py                      # P/R/F1 for ASSAULT and PROTEST with the shipped model
    python benchmarks/detect_oeda.py --cv 5               # 5-fold cross-validated estimate (train on 4/5, test on 1/5)
    python benchmarks/detect_oeda.py --train              # retrain on all dev data, write resources/events/detect_model.json
    python benchmarks/detect_oeda.py --spans              # share of gold source/target actors found (assault_spans.json)

Reads ``../shared/data/arabic_event_gsr_dev`` (override with --data).  Scoring follows
``../shared/eval/score.py detect``: a sentence is positive when it has an event of the type whose
factuality is asserted or reported; ambiguous sentences are skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from pathlib import Path

import marsad
from marsad.doc import Document
from marsad.events.detect import DetectModel, RecordingModel, save_model, train_logreg
from marsad.events.extract import extract_events

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"ASSAULT": "assault", "PROTEST": "protest"}
POOL = os.environ.get("POOL") == "1"


def load(data: Path, typ: str) -> tuple[list[dict], dict[str, str]]:
    name = TYPES[typ]
    docs = [json.loads(x) for x in (data / f"{name}_input.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = {r["id"]: r["label"] for r in csv.DictReader((data / f"{name}_gsr.csv").open(encoding="utf-8"))}
    return docs, gold


def annotate(docs: list[dict]) -> list[Document]:
    """Run every stage before the event extractor once (cached per run)."""
    pipe = marsad.load()
    stages = [s for s in pipe.stages if s.name != "event_extractor"]
    out = []
    for d in docs:
        doc = Document(text=d["text"], id=d["id"], published=d.get("published"))
        for s in stages:
            doc = s(doc)
        out.append(doc)
    return out


def records(docs: list[Document], typ: str) -> list[tuple[str, list[dict]]]:
    """Per sentence: the feature dicts of its triggers of type ``typ`` (pooled into one when POOL is set)."""
    out = []
    for doc in docs:
        rec = RecordingModel()
        extract_events(doc, model=rec)
        feats = [f for t, f in rec.records if t == typ]
        if POOL and feats:
            pooled: dict = {}
            for f in feats:
                for k, v in f.items():
                    pooled[k] = max(pooled.get(k, v), v)
            feats = [pooled]
        out.append((doc.id, feats))
    return out


def prf(pred: dict[str, bool], gold: dict[str, str]) -> tuple[float, float, float, int, int, int]:
    tp = fp = fn = 0
    for i, lab in gold.items():
        if lab == "ambiguous" or i not in pred:
            continue
        g = lab == "yes"
        tp += g and pred[i]
        fp += (not g) and pred[i]
        fn += g and not pred[i]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def sentence_scores(model: DetectModel, recs: list[tuple[str, list[dict]]]) -> dict[str, float]:
    import math

    out = {}
    for sid, feats in recs:
        best = 0.0
        for f in feats:
            if not any(k.endswith(("fact=asserted", "fact=reported")) for k in f):
                continue  # the scorer counts only asserted/reported events
            z = sum(model.weights.get(k, 0.0) * v for k, v in f.items())
            best = max(best, 1 / (1 + math.exp(-max(-30, min(30, z)))))
        out[sid] = best
    return out


def best_threshold(scores: dict[str, float], gold: dict[str, str]) -> float:
    best, th = -1.0, 0.5
    for t in [x / 100 for x in range(5, 96)]:
        f = prf({k: v >= t for k, v in scores.items()}, gold)[2]
        if f > best:
            best, th = f, t
    return th


def _counts(f: dict) -> bool:
    return any(k.endswith(("fact=asserted", "fact=reported")) for k in f)


def nested_threshold(recs: list[tuple[str, list[dict]]], gold: dict[str, str], *, l2: float, k: int = 3) -> float:
    """A decision threshold chosen on inner cross-validation folds of the training data (no test data seen)."""
    scores: dict[str, float] = {}
    for j in range(k):
        inner_test = recs[j::k]
        inner_train = [r for i, r in enumerate(recs) if i % k != j]
        scores.update(sentence_scores(fit(inner_train, gold, l2=l2), inner_test))
    return best_threshold(scores, gold)


def training_rows(recs: list[tuple[str, list[dict]]], gold: dict[str, str]) -> tuple[list[dict], list[int]]:
    """Feature rows of the counted trigger candidates and their labels (1 for a "yes" sentence)."""
    rows, ys = [], []
    for sid, feats in recs:
        lab = gold.get(sid)
        if lab is None or lab == "ambiguous":
            continue
        for f in feats:
            if not _counts(f):
                continue
            rows.append(f)
            ys.append(int(lab == "yes"))
    return rows, ys


def fit(recs: list[tuple[str, list[dict]]], gold: dict[str, str], *, l2: float) -> DetectModel:
    rows, ys = training_rows(recs, gold)
    return DetectModel(train_logreg(rows, ys, l2=l2))


def evaluate_pipeline(data: Path) -> None:
    pipe = marsad.load()
    for typ in TYPES:
        docs, gold = load(data, typ)
        t0 = time.time()
        pred = {}
        for d in docs:
            doc = pipe(Document(text=d["text"], id=d["id"]))
            pred[d["id"]] = any(e["type"] == typ and e["factuality"] in ("asserted", "reported") for e in doc.events)
        p, r, f, tp, fp, fn = prf(pred, gold)
        print(f"{typ}: tp={tp} fp={fp} fn={fn} precision={p:.3f} recall={r:.3f} F1={f:.3f}  ({len(docs) / (time.time() - t0):.0f} sent/s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "arabic_event_gsr_dev")
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation of the detection model")
    ap.add_argument("--train", action="store_true", help="train on all dev data and write the shipped model")
    ap.add_argument("--spans", action="store_true", help="argument recall on assault_spans.json")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeats", type=int, default=3, help="repetitions of the k-fold split (pooled counts)")
    ap.add_argument("--th", type=float, default=0.5, help="fixed decision threshold (0: choose it by inner cross-validation on the training folds)")
    a = ap.parse_args()
    if not a.data.exists():
        print(f"no data at {a.data}; skipping", file=sys.stderr)
        return 0
    if a.spans:
        return spans(a.data)
    if not (a.cv or a.train):
        evaluate_pipeline(a.data)
        return 0
    all_recs: dict[str, list] = {}
    golds: dict[str, dict] = {}
    for typ in TYPES:
        docs, gold = load(a.data, typ)
        all_recs[typ] = records(annotate(docs), typ)
        golds[typ] = gold
    if a.cv:
        for typ in TYPES:
          tot = [0, 0, 0]
          for rep in range(a.repeats):
            rng = random.Random(a.seed + rep)
            recs, gold = all_recs[typ], golds[typ]
            idx = list(range(len(recs)))
            rng.shuffle(idx)
            folds = [idx[k :: a.cv] for k in range(a.cv)]
            pred: dict[str, bool] = {}
            for k in range(a.cv):
                test = set(folds[k])
                train = [recs[i] for i in idx if i not in test]
                m = fit(train, gold, l2=a.l2)
                th = a.th or nested_threshold(train, gold, l2=a.l2)
                sc = sentence_scores(m, [recs[i] for i in folds[k]])
                pred.update({s: v >= th for s, v in sc.items()})
            p, r, f, tp, fp, fn = prf(pred, gold)
            tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
          tp, fp, fn = tot
          p = tp / (tp + fp) if tp + fp else 0.0
          r = tp / (tp + fn) if tp + fn else 0.0
          f = 2 * p * r / (p + r) if p + r else 0.0
          print(f"{typ} {a.cv}-fold CV x{a.repeats} (held-out folds, pooled): precision={p:.3f} recall={r:.3f} F1={f:.3f}")
    if a.train:
        weights: dict[str, float] = {}
        thresholds: dict[str, float] = {}
        rows, ys = [], []
        for typ in TYPES:
            r, y = training_rows(all_recs[typ], golds[typ])
            rows += r
            ys += y
        weights = train_logreg(rows, ys, l2=a.l2)
        m = DetectModel(weights)
        for typ in TYPES:
            thresholds[typ] = a.th or best_threshold(sentence_scores(m, all_recs[typ]), golds[typ])
        m.thresholds = thresholds
        out = ROOT / "marsad" / "resources" / "events" / "detect_model.json"
        save_model(m, out, meta={"trained_on": "OEDA arabic_event_gsr dev split (30%)", "l2": a.l2})
        print(f"wrote {out} thresholds={thresholds}")
    return 0


def _toks(s: str) -> set[str]:
    from marsad.text.normalize import norm

    return {norm(w).strip("«»\"") for w in s.split() if len(norm(w)) > 1}


def spans(data: Path) -> int:
    """Share of gold source / target actors (tokens all coders agreed on) that the ASSAULT events name."""
    gold = json.loads((data / "assault_spans.json").read_text(encoding="utf-8"))
    pipe = marsad.load()
    n_src = n_tgt = ok_src = ok_tgt = 0
    found = 0
    for g in gold:
        doc = pipe(Document(text=g["text"], id=g["source"]))
        evs = [e for e in doc.events if e["type"] == "ASSAULT"]
        found += bool(evs)
        got = set()
        for e in evs:
            for a in e["source"] + e["recipient"]:
                got |= _toks(a["text"])
        if g.get("source_gold"):
            n_src += 1
            ok_src += bool(_toks(g["source_gold"]) & got)
        if g.get("target_gold"):
            n_tgt += 1
            ok_tgt += bool(_toks(g["target_gold"]) & got)
    print(f"sentences with an ASSAULT event: {found}/{len(gold)}")
    print(f"gold source actors found: {ok_src}/{n_src} = {ok_src / max(n_src, 1):.3f}")
    print(f"gold target actors found: {ok_tgt}/{n_tgt} = {ok_tgt / max(n_tgt, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
