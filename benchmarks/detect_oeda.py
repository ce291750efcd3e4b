#!/usr/bin/env python3
"""Sentence-level event detection on the OEDA Arabic event GSR (dev split), and the detection model.

    python benchmarks/detect_oeda.py                      # P/R/F1 for ASSAULT and PROTEST with the shipped model
    python benchmarks/detect_oeda.py --cv 5               # 5-fold cross-validated estimate (train on 4/5, test on 1/5), x3
    python benchmarks/detect_oeda.py --cv 5 --recipe base # the same for the single trigger model (the old recipe)
    python benchmarks/detect_oeda.py --cv 5 --th 0        # threshold chosen by inner CV inside each training part
    python benchmarks/detect_oeda.py --train              # retrain on all dev data, write resources/events/detect_model.json
    python benchmarks/detect_oeda.py --spans              # share of gold source/target actors found (assault_spans.json)

Reads ``../shared/data/arabic_event_gsr_dev`` (override with --data).  Scoring follows
``../shared/eval/score.py detect``: a sentence is positive when it has an event of the type whose
factuality is asserted or reported; ambiguous sentences are skipped.

The model of a type is a list of components (``RECIPES``, chosen per type by ``RECIPE``), each a
class-balanced L2 logistic regression over one feature view of a counted trigger candidate
(:func:`marsad.events.detect.component_features`); a trigger's score is the mean of their
probabilities and a sentence's the mean score of its candidates (as ``marsad.events.extract`` decides;
``--agg max``: the highest).  Every run annotates the data
once (all stages but the event extractor) and caches each candidate's features, so the 3x5-fold CV
takes about a minute.  The decision threshold is 0.5 (the balanced-class midpoint, fixed a priori);
``--th 0`` chooses it by inner cross-validation instead, which measured worse (the chosen thresholds
scatter from 0.45 to 0.65 on ~80 positives).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import marsad
from marsad.doc import Document
from marsad.events.detect import DetectModel, RecordingModel, component_features, save_model, train_logreg
from marsad.events.extract import extract_events
from marsad.events.triggers import Trigger, Word

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"ASSAULT": "assault", "PROTEST": "protest"}


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


Candidate = tuple[list[Word], Trigger, dict[str, Any]]

# Model components per type: (feature view, training rows, L2).  ``all``: yes vs easy + difficult no;
# ``clear``: yes vs easy no (the annotators' split "difficult no" sentences left out of that component).
RECIPES: dict[str, list[tuple[str, str, float]]] = {
    "base": [("trigger", "all", 3.0)],
    "ensemble": [("trigger+chars", "all", 3.0), ("trigger", "clear", 3.0), ("sentence", "all", 10.0)],
    # session 4: the trigger model beside a word-cluster model (marsad.events.detect.cluster_features)
    "base+clusters": [("trigger", "all", 3.0), ("clusters", "all", 3.0)],
    # session 62: the trigger model with the words next to the trigger (detect.context_features)
    "ctx+clusters": [("trigger+ctx", "all", 3.0), ("clusters", "all", 3.0)],
    "ensemble+clusters": [("trigger+chars", "all", 3.0), ("trigger", "clear", 3.0), ("sentence", "all", 10.0),
                          ("clusters", "all", 1.0)],
}
RECIPE = {"ASSAULT": "ctx+clusters", "PROTEST": "base"}


def records(docs: list[Document], typ: str) -> list[tuple[str, list[Candidate]]]:
    """Per sentence: its trigger candidates of type ``typ`` that the scorer counts (asserted or reported)."""
    out = []
    for doc in docs:
        rec = RecordingModel()
        extract_events(doc, model=rec)
        out.append((doc.id, [(w, t, kw) for w, t, kw in rec.records if t.type == typ and _counts(kw)]))
    return out


def _counts(kw: dict[str, Any]) -> bool:
    return kw.get("fact") in ("asserted", "reported")


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


_FEATS: dict[tuple[str, int], dict[str, float]] = {}


def _feats(kind: str, w: list[Word], t: Trigger, kw: dict[str, Any]) -> dict[str, float]:
    """component_features, cached per candidate for the run (cross-validation refits many times)."""
    key = (kind, id(t))
    if key not in _FEATS:
        _FEATS[key] = component_features(kind, w, t, kw)
    return _FEATS[key]


AGG = "mean"  # "max": the old per-trigger decision (--agg max)


def sentence_scores(model: DetectModel, recs: list[tuple[str, list[Candidate]]]) -> dict[str, float]:
    """Per sentence: :meth:`DetectModel.sentence_score` (the mean) of its counted candidates' scores (0 without
    one), or their highest with ``AGG = "max"``."""
    out = {}
    for sid, cands in recs:
        ss = []
        for w, t, kw in cands:
            if t.type in model.components:
                s = model.combine(t.type, [_feats(c["kind"], w, t, kw) for c in model.components[t.type]])
            else:
                s = model.score(w, t, **kw)
            ss.append(s)
        out[sid] = (max(ss) if ss else 0.0) if AGG == "max" else model.sentence_score(ss)
    return out


def best_threshold(scores: dict[str, float], gold: dict[str, str], *, window: int = 3) -> float:
    """The threshold in [0.30, 0.70] with the best F1 averaged over ±``window`` hundredths (a smoothed curve;
    ties go to the one nearest 0.5)."""
    f1 = {t: prf({k: v >= t / 100 for k, v in scores.items()}, gold)[2] for t in range(30 - window, 71 + window)}
    smooth = {t: sum(f1[u] for u in range(t - window, t + window + 1)) / (2 * window + 1) for t in range(30, 71)}
    return max(sorted(smooth, key=lambda t: abs(t - 50)), key=lambda t: smooth[t]) / 100


def nested_threshold(recs: list[tuple[str, list[Candidate]]], gold: dict[str, str], typ: str, recipe: str,
                     *, k: int = 5, repeats: int = 2) -> float:
    """A decision threshold chosen on inner cross-validation of the training data only (``repeats`` shuffled
    k-fold splits; the pooled out-of-fold scores of every split are thresholded together)."""
    pooled: dict[str, float] = {}
    pooled_gold: dict[str, str] = {}
    for rep in range(repeats):
        idx = list(range(len(recs)))
        random.Random(1000 + rep).shuffle(idx)
        for j in range(k):
            test = set(idx[j::k])
            sc = sentence_scores(fit([recs[i] for i in idx if i not in test], gold, typ, recipe), [recs[i] for i in test])
            for sid, v in sc.items():
                pooled[f"{rep}:{sid}"] = v
                pooled_gold[f"{rep}:{sid}"] = gold.get(sid, "ambiguous")
    return best_threshold(pooled, pooled_gold)


def training_rows(recs: list[tuple[str, list[Candidate]]], gold: dict[str, str], kind: str,
                  rows_of: str) -> tuple[list[dict], list[int]]:
    """Feature rows of one component and their labels (1 for a "yes" sentence).

    Trigger views give one row per counted candidate, the sentence view one row per sentence with one.
    """
    rows, ys = [], []
    for sid, cands in recs:
        lab = gold.get(sid)
        if lab is None or lab == "ambiguous" or (rows_of == "clear" and lab == "difficult no"):
            continue
        seen: set[int] = set()
        for w, t, kw in cands:
            if kind == "sentence":
                if id(w) in seen:
                    continue
                seen.add(id(w))
            rows.append(_feats(kind, w, t, kw))
            ys.append(int(lab == "yes"))
    return rows, ys


def fit_components(recs: list[tuple[str, list[Candidate]]], gold: dict[str, str], recipe: str) -> list[dict[str, Any]]:
    comps = []
    for kind, rows_of, l2 in RECIPES[recipe]:
        rows, ys = training_rows(recs, gold, kind, rows_of)
        comps.append({"kind": kind, "rows": rows_of, "l2": l2, "weights": train_logreg(rows, ys, l2=l2)})
    return comps


def fit(recs: list[tuple[str, list[Candidate]]], gold: dict[str, str], typ: str, recipe: str) -> DetectModel:
    return DetectModel(components={typ: fit_components(recs, gold, recipe)})


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
    ap.add_argument("--recipe", choices=[*RECIPES, "default"], default="default",
                    help="model components for both types (default: RECIPE, per type)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeats", type=int, default=3, help="repetitions of the k-fold split (pooled counts)")
    ap.add_argument("--th", type=float, default=0.5,
                    help="decision threshold (default 0.5, the balanced-class midpoint; 0: choose it by inner 3-fold CV on the training folds)")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="with --cv: train each fold's model on only this share of its training part (learning curve)")
    ap.add_argument("--agg", choices=["max", "mean"], default=None,
                    help="sentence score from its triggers' scores (default: mean, as marsad.events.extract)")
    a = ap.parse_args()
    global AGG
    if a.agg:
        AGG = a.agg
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
    recipe = {typ: RECIPE[typ] if a.recipe == "default" else a.recipe for typ in TYPES}
    if a.cv:
        for typ in TYPES:
            cross_validate(all_recs[typ], golds[typ], typ, recipe[typ], k=a.cv, repeats=a.repeats, seed=a.seed, th=a.th,
                           fraction=a.train_fraction)
    if a.train:
        comps: dict[str, list] = {}
        thresholds: dict[str, float] = {}
        for typ in TYPES:
            comps[typ] = fit_components(all_recs[typ], golds[typ], recipe[typ])
            thresholds[typ] = a.th or nested_threshold(all_recs[typ], golds[typ], typ, recipe[typ])
        m = DetectModel(thresholds=thresholds, components=comps)
        out = ROOT / "marsad" / "resources" / "events" / "detect_model.json"
        save_model(m, out, meta={"trained_on": "OEDA arabic_event_gsr dev split (30%)", "recipe": recipe,
                                 "threshold": "fixed" if a.th else "inner 3-fold cross-validation on all dev data"})
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) thresholds={thresholds}")
    return 0


def cross_validate(recs: list, gold: dict[str, str], typ: str, recipe: str, *, k: int, repeats: int, seed: int,
                   th: float, fraction: float = 1.0) -> None:
    """k-fold CV repeated ``repeats`` times; the threshold is chosen inside each training part unless fixed.

    ``fraction`` < 1 trains each fold's model on that share of its training part (a random subset, the
    same test folds): points of a learning curve, to judge what more training data would give.
    """
    tot = [0, 0, 0]
    f1s, ths = [], []
    for rep in range(repeats):
        rng = random.Random(seed + rep)
        idx = list(range(len(recs)))
        rng.shuffle(idx)
        folds = [idx[j::k] for j in range(k)]
        pred: dict[str, bool] = {}
        for j in range(k):
            test = set(folds[j])
            train = [recs[i] for i in idx if i not in test]
            if fraction < 1.0:
                train = train[: max(1, round(fraction * len(train)))]  # idx is shuffled: a random subset
            m = fit(train, gold, typ, recipe)
            cut = th or nested_threshold(train, gold, typ, recipe)
            ths.append(cut)
            sc = sentence_scores(m, [recs[i] for i in folds[j]])
            pred.update({s: v >= cut for s, v in sc.items()})
        _, _, f, tp, fp, fn = prf(pred, gold)
        f1s.append(f)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    tp, fp, fn = tot
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    mean = sum(f1s) / len(f1s)
    sd = (sum((x - mean) ** 2 for x in f1s) / len(f1s)) ** 0.5
    part = f", {fraction:.0%} of each training part" if fraction < 1.0 else ""
    print(f"{typ} [{recipe}] {k}-fold CV x{repeats}{part} (held-out folds, pooled): precision={p:.3f} recall={r:.3f} "
          f"F1={f:.3f}  (F1 per repeat {mean:.3f} ± {sd:.3f}; thresholds {min(ths):.2f}–{max(ths):.2f})", flush=True)


def _toks(s: str) -> set[str]:
    from marsad.text.normalize import norm

    # punctuation glued to a gold token («رهائن».») is not part of the word
    return {t for t in (norm(w).strip("«»\"'.,،:؛()") for w in s.split()) if len(t) > 1}


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
