#!/usr/bin/env python3
"""Averaged CRFs on our own held-out part of the ANERcorp training file (session 11; not adopted).

Trains one 85% model per recipe (the same split as ``ner_anercorp.py``: the last 15% of sentences held out), or
reuses the model files already in ``--workdir``, then scores each model alone and their average: the state and
transition scores of the models are added with equal weights before Viterbi, marginals and label propagation
(a product of experts; at tagging time it equals one CRF with the averaged weights).  Scoring is the in-process
``evaluate`` (the same counts as ``../shared/eval/score.py ner``).

    python benchmarks/ner_average.py --recipe base= --recipe morph=morph=1 --recipe nf4=name_folds=4
    python benchmarks/ner_average.py --workdir /tmp/ner-avg --recipe base= --recipe nf6=name_folds=6

Each recipe is ``NAME=PARAM=VALUE[,PARAM=VALUE…]`` (``NAME=`` for the bundled recipe).  One training takes
minutes; the model files stay in ``--workdir`` for a rerun.  Skips cleanly without ``../shared``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

from marsad.ner.crf import (
    CrfTagger,
    TrainParams,
    evaluate,
    label_codes,
    path_spans,
    propagate_spans,
    read_conll,
    split_dev,
)
from marsad.ner.decode import CrfModel, pad
from marsad.ner.scoring import StateScorer

REPO = Path(__file__).resolve().parents[1]


def _params(spec: str) -> TrainParams:
    fields = {f.name: f for f in dataclasses.fields(TrainParams)}
    kw: dict[str, object] = {}
    for item in filter(None, spec.split(",")):
        key, value = item.split("=", 1)
        default = fields[key].default
        kw[key] = value in ("1", "true") if isinstance(default, bool) else type(default)(value)
    return TrainParams(**kw)  # type: ignore[arg-type]


def averaged_spans(taggers: list[CrfTagger], sentences: list[list[str]]) -> list[list[tuple[int, int, str, float]]]:
    """Spans of one document tagged with the models' summed scores (the models must share their label set).

    The columns of each model are put in the first model's label order: crfsuite numbers the labels in the
    order it first meets them, so models trained on different sentences (e.g. the CV fold models) differ.
    """
    first = taggers[0]._model
    assert first is not None
    labels = list(first.labels)
    total = trans = lengths = None
    for t in taggers:
        fz = t.featurizer()
        assert t._model is not None
        if sorted(t._model.labels) != sorted(labels):
            raise ValueError(f"{t.model_path}: other labels than {taggers[0].model_path}")
        perm = [t._model.labels.index(label) for label in labels]
        if t._scorer is None or t._scorer.fz is not fz:
            t._scorer = StateScorer(fz, t._model)
        scores, lengths = t._scorer.document(sentences, context=t.context)
        scores = scores[:, perm]
        tr = t._model.trans[np.ix_(perm, perm)]
        total = scores if total is None else total + scores
        trans = tr if trans is None else trans + tr
    assert total is not None and trans is not None and lengths is not None
    model = CrfModel(first.labels, {}, first.state[:0], trans / len(taggers))
    out: list[list[tuple[int, int, str, float]]] = [[] for _ in sentences]
    live = np.flatnonzero(lengths).tolist()
    if live:
        padded = pad(total / len(taggers), lengths[live])
        best = model.viterbi(padded, lengths[live])
        margs = model.marginals(padded, lengths[live])
        codes = label_codes(model.labels)
        assert codes is not None
        for k, i in enumerate(live):
            n = int(lengths[i])
            path = best[k, :n].tolist()
            for a, b, label in path_spans(path, codes):
                out[i].append((a, b, label, float(margs[k][np.arange(a, b), path[a:b]].mean())))
    return propagate_spans(sentences, out, threshold=0.6, context=10)


def _bio(words: list[list[str]], spans: list[list[tuple[int, int, str, float]]]) -> list[list[str]]:
    tags = [["O"] * len(ws) for ws in words]
    for row, sp in zip(tags, spans, strict=True):
        for a, b, label, _ in sp:
            row[a] = "B-" + label
            for k in range(a + 1, b):
                row[k] = "I-" + label
    return tags


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ner-average"))
    ap.add_argument("--recipe", action="append", default=[], help="NAME=PARAM=VALUE[,…] (repeatable)")
    a = ap.parse_args(argv)
    data = a.shared / "data" / "anercorp" / "train.conll"
    if not data.is_file():
        print(f"skip: {data} not found")
        return 0
    recipes = [r.split("=", 1) for r in a.recipe] or [["base", ""]]
    train, dev = split_dev(read_conll(data), 0.15)
    a.workdir.mkdir(parents=True, exist_ok=True)
    taggers = []
    for name, spec in recipes:
        path = a.workdir / f"{name}.crfsuite"
        if not path.is_file():
            print(f"training {name} ({spec or 'bundled recipe'}) …", flush=True)
            CrfTagger().train(train, out=path, params=_params(spec))
        taggers.append(CrfTagger.load(path))
    words = [[w for w, _ in s] for s in dev]
    gold = [[t for _, t in s] for s in dev]

    def show(label: str, spans: list[list[tuple[int, int, str, float]]]) -> None:
        sc = evaluate(gold, _bio(words, spans))
        print(f"{label:<32} micro {sc['micro'].f1:.3f}  " + "  ".join(
            f"{k} {v.f1:.3f}" for k, v in sc.items() if k != "micro"), flush=True)

    for (name, _), t in zip(recipes, taggers, strict=True):
        show(name, t.document_spans(words))
    if len(taggers) > 1:
        show("average of " + "+".join(n for n, _ in recipes), averaged_spans(taggers, words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
