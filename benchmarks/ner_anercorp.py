"""NER benchmark on our own held-out part of the ANERcorp training file.

Makes the split (last ``--dev-fraction`` of sentences in file order, the same
``split_dev`` the trainer uses), writes ``dev.conll`` (gold) and the token
column, tags it through the real CLI (``marsad tag --format conll``), runs the
team scorer (``../shared/eval/score.py ner``) and prints per-type P/R/F1 and
the tagging speed.

    python benchmarks/ner_anercorp.py                 # train the 85% model with the bundled recipe, then score it (minutes)
    python benchmarks/ner_anercorp.py --model M       # score a model trained on the 85% part only
    python benchmarks/ner_anercorp.py --bundled       # the bundled model (trained on 100%: NOT a held-out score)
    python benchmarks/ner_anercorp.py --shared /path/to/shared --workdir /tmp/ner-bench
    python benchmarks/ner_anercorp.py --cv 5 [--param max_iterations=40]   # 5-fold CV inside the train part
    python benchmarks/ner_anercorp.py --param name_folds=0 --param scheme=BIO  # another recipe

The gold and prediction files are written to ``--workdir`` (default: a temp
folder); nothing from the corpus is written into the repository.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the team's shared folder")
    ap.add_argument("--dev-fraction", type=float, default=0.15)
    ap.add_argument(
        "--train",
        action="store_true",
        help="train on the train part first (the default without --model/--bundled)",
    )
    ap.add_argument("--model", type=Path, help="model file to use (or to write with --train)")
    ap.add_argument(
        "--bundled",
        action="store_true",
        help="tag with the bundled model; it is trained on the whole file, so the dev part was seen",
    )
    ap.add_argument("--workdir", type=Path, help="where to write dev.conll / pred.conll")
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a TrainParams field for the trained model, e.g. --param name_folds=10 (repeatable)",
    )
    ap.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="instead: K-fold cross-validation over the train part only (contiguous folds, file order; "
        "the dev part is never used), in-process scoring",
    )
    ap.add_argument(
        "--self-train",
        action="append",
        default=[],
        type=Path,
        metavar="JSONL",
        help="self-training on these news files (repeatable; in CV each fold's own model tags them)",
    )
    ap.add_argument(
        "--st",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a SelfTrainParams field, e.g. --st cap=500 (repeatable)",
    )
    ap.add_argument(
        "--base",
        type=Path,
        help="with --self-train: tag the news with DIR/cv{i}.crfsuite in CV (fold models of an earlier run "
        "of the base recipe), or with the model DIR on the held-out split, instead of training them again",
    )
    a = ap.parse_args(argv)

    from marsad.ner.crf import TrainParams, read_conll, split_dev, train_from_conll
    from marsad.ner.selftrain import SelfTrainParams

    data = a.shared / "data" / "anercorp" / "train.conll"
    scorer = a.shared / "eval" / "score.py"
    if not data.is_file() or not scorer.is_file():
        print(f"skip: {data} or {scorer} not found", file=sys.stderr)
        return 0
    work = a.workdir or Path(tempfile.mkdtemp(prefix="marsad-ner-"))
    work.mkdir(parents=True, exist_ok=True)

    sents = read_conll(data)
    train, dev = split_dev(sents, a.dev_fraction)
    print(
        f"split: {len(train)} train sentences, {len(dev)} dev sentences (last {a.dev_fraction:.0%}, file order)"
    )
    st = _params(SelfTrainParams, a.st) if a.self_train else None
    if a.cv:
        return cross_validate(train, a.cv, _params(TrainParams, a.param), work, a.self_train, st, a.base)
    model = a.model
    if a.bundled and not a.train:
        print("warning: the bundled model was trained on ALL of train.conll; this is not a held-out score")
    if a.train or (model is None and not a.bundled):
        model = model or work / "ner.crfsuite"
        t0 = time.perf_counter()
        params = _params(TrainParams, a.param)
        print(f"params: {params}")
        if st is not None:
            print(f"self-training: {st} on {', '.join(map(str, a.self_train))}")
        rep = train_from_conll(
            data,
            out=model,
            dev_fraction=a.dev_fraction,
            params=params,
            self_train=a.self_train,
            self_params=st,
        )
        if st is not None:
            print(f"self-training: {rep.extra_sentences} sentences added")
        print(f"trained in {time.perf_counter() - t0:.0f} s: {model} ({rep.model_bytes / 1e6:.1f} MB)")

    gold = work / "dev.conll"
    tokens = work / "dev.tokens"
    pred = work / "pred.conll"
    with gold.open("w", encoding="utf-8") as g, tokens.open("w", encoding="utf-8") as t:
        for s in dev:
            for w, tag in s:
                g.write(f"{w} {tag}\n")
                t.write(f"{w}\n")
            g.write("\n")
            t.write("\n")
    n_tokens = sum(len(s) for s in dev)

    marsad = shutil.which("marsad")
    cmd = [marsad] if marsad else [sys.executable, "-m", "marsad"]
    cmd += ["tag", "--format", "conll"]
    if model is not None:
        cmd += ["--model", str(model)]
    t0 = time.perf_counter()
    with tokens.open("rb") as fin, pred.open("wb") as fout:
        subprocess.run(cmd, stdin=fin, stdout=fout, check=True)
    elapsed = time.perf_counter() - t0
    print(
        f"tagged {n_tokens} tokens via `{' '.join(cmd[-3:])}` in {elapsed:.1f} s "
        f"({n_tokens / elapsed:,.0f} tokens/s, including start-up and model load)"
    )

    # in-process speed, without process start-up
    from marsad.ner.crf import CrfTagger

    tagger = CrfTagger.load(model)
    words = [[w for w, _ in s] for s in dev]
    t0 = time.perf_counter()
    tagger.predict_document(words)
    el = time.perf_counter() - t0
    print(f"in-process: {n_tokens / el:,.0f} tokens/s")

    print(f"gold {gold}\npred {pred}")
    res = subprocess.run(
        [sys.executable, str(scorer), "ner", "--gold", str(gold), "--pred", str(pred)], check=False
    )
    return res.returncode


def cross_validate(train: list, k: int, params, work: Path, self_train=(), st=None, base=None) -> int:  # type: ignore[no-untyped-def,type-arg]
    """K contiguous folds of ``train``: train on K-1, score the held-out fold; mean ± sd of micro F1.

    With ``self_train`` files, each fold's model (trained on its K-1 folds, or read from
    ``base/cv{i}.crfsuite``) tags the news, and the fold's model is trained again with the confident
    sentences added.
    """
    import statistics

    from marsad.ner.crf import CrfTagger, evaluate, self_tagged
    from marsad.ner.selftrain import read_documents

    print(f"params: {params}")
    docs = read_documents(self_train) if self_train else []
    if docs:
        print(f"self-training: {st}; {len(docs)} documents, {sum(len(d) for d in docs)} sentences")
    bounds = [round(i * len(train) / k) for i in range(k + 1)]
    f1s = []
    for i in range(k):
        a, b = bounds[i], bounds[i + 1]
        tagger = CrfTagger()
        t0 = time.perf_counter()
        part = [*train[:a], *train[b:]]
        out = work / f"cv{i}.crfsuite"
        if docs:
            first = CrfTagger.load(base / f"cv{i}.crfsuite") if base else CrfTagger()
            if not base:
                first.train(part, out=work / f"cv{i}.base.crfsuite", params=params)
            chosen = self_tagged(first, docs, st)
            n_tok = sum(len(d[s]) for d, c in chosen for s in c)
            print(
                f"fold {i + 1}: {sum(len(c) for _, c in chosen)} self-tagged sentences ({n_tok} tokens) added"
            )
            tagger.train(part, out=out, params=params, extra=chosen)
        else:
            tagger.train(part, out=out, params=params)
        fold = train[a:b]
        pred = tagger.predict_document([[w for w, _ in s] for s in fold])
        sc = evaluate([[t for _, t in s] for s in fold], pred)
        f1s.append(sc["micro"].f1)
        per = " ".join(f"{t} {v.f1:.3f}" for t, v in sc.items() if t != "micro")
        print(
            f"fold {i + 1}/{k} ({b - a} sentences, {time.perf_counter() - t0:.0f} s): micro F1 {f1s[-1]:.3f}  {per}"
        )
    sd = statistics.stdev(f1s) if len(f1s) > 1 else 0.0
    print(f"CV micro F1 {statistics.mean(f1s):.3f} ± {sd:.3f}  ({' / '.join(f'{x:.3f}' for x in f1s)})")
    return 0


def _params(cls, overrides: list[str]):  # type: ignore[no-untyped-def]
    """``TrainParams`` with ``NAME=VALUE`` overrides, each value converted to the field's type."""
    import dataclasses

    defaults = cls()
    kw = {}
    for item in overrides:
        name, _, value = item.partition("=")
        if name not in {f.name for f in dataclasses.fields(cls)}:
            raise SystemExit(f"unknown parameter {name!r}")
        kind = type(getattr(defaults, name))
        kw[name] = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
    return dataclasses.replace(defaults, **kw)


if __name__ == "__main__":
    raise SystemExit(main())
