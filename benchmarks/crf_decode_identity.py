#!/usr/bin/env python3
"""The numpy CRF inference gives crfsuite's spans and scores: compare both on real text.

    python3 benchmarks/crf_decode_identity.py [-n 300] [--alone] [--conll ../shared/data/anercorp/train.conll] [--news FILE.jsonl]

Tags (1) every sentence of the ANERcorp training file (token column, as one document per 50
sentences, so the document-context features are exercised too; with ``--alone`` also each
sentence as a document of its own), and (2) the first N Al Mayadeen articles (read and tokenised
as ``benchmarks/stage_profile.py`` does, sentences as the ``entity_crf`` stage passes them) with
the bundled model twice: through crfsuite (``CrfTagger(numpy=False)``) and through numpy
(:mod:`marsad.ner.scoring` + :mod:`marsad.ner.decode`), and compares the spans (before
propagation) and their scores.  Also checks that the weights read from the model file agree with
``Tagger.info()`` (which rounds them to 6 decimals), and that the per-word state scores of
:mod:`marsad.ner.scoring` equal the sums of weight × value over the attributes crfsuite is
given (to 1e-9), and reports the smallest margin of a choice on the Viterbi paths (how far
from a tie the decisions are).  Prints the counts, the largest differences and the CPU time of
both paths (cold per-word caches: each run starts fresh); exits 1 on any span difference or a score
difference above 1e-9.  Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from stage_profile import DEFAULT as NEWS  # noqa: E402
from stage_profile import load_records  # noqa: E402

CONLL = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
TOL = 1e-9


def news_documents(path: Path, limit: int) -> list[list[list[str]]]:
    """The sentences (token strings) of the first ``limit`` articles, as the entity_crf stage sees them."""
    import marsad
    from marsad.service import make_document

    pipe = marsad.load(stages=["marsad.tokenizer.v1"])
    docs = []
    for rec in load_records(path, limit, 0):
        doc = pipe(make_document(rec))
        ranges = [(s.token_start, s.token_end) for s in doc.sentences or []] or [(0, len(doc.tokens))]
        docs.append([[doc.text[t.start : t.end] for t in doc.tokens[a:b]] for a, b in ranges if b > a])
    return docs


def conll_documents(path: Path, per_doc: int = 50) -> list[list[list[str]]]:
    from marsad.ner.crf import read_conll

    sents = [[w for w, _ in s] for s in read_conll(path)]
    return [sents[i : i + per_doc] for i in range(0, len(sents), per_doc)]


def path_margins(scores: np.ndarray, trans: np.ndarray) -> list[float]:
    """The margin of every choice on a sentence's Viterbi path: best minus second-best candidate.

    The path can only change under a perturbation of the scores if some margin is about as small
    (0: an exact tie, which crfsuite and the decoder both give to the first label).
    """
    alpha = [scores[0]]
    cands = []
    for t in range(1, len(scores)):
        cand = alpha[-1][:, None] + trans
        cands.append(cand)
        alpha.append(cand.max(axis=0) + scores[t])
    top = np.sort(alpha[-1])
    margins = [float(top[-1] - top[-2])]
    y = int(alpha[-1].argmax())
    for t in range(len(scores) - 1, 0, -1):
        col = cands[t - 1][:, y]
        top = np.sort(col)
        margins.append(float(top[-1] - top[-2]))
        y = int(col.argmax())
    return margins


def compare(name: str, docs: Sequence[Sequence[Sequence[str]]]) -> bool:
    from marsad.ner.crf import CrfTagger
    from marsad.ner.scoring import StateScorer

    ref = CrfTagger.load()
    ref.numpy = False
    fast = CrfTagger.load()
    assert fast._model is not None, "the bundled model could not be read for numpy inference"
    model = fast._model
    scorer = StateScorer(fast.featurizer(), model)
    n_sent = n_spans = span_diff = 0
    max_diff = max_state = 0.0
    ties = 0
    min_margin = float("inf")
    t_ref = t_fast = 0.0
    for sents in docs:
        t0 = time.process_time()
        a = ref._spans_crfsuite(sents)
        t1 = time.process_time()
        b = fast._spans_numpy(sents)
        t2 = time.process_time()
        t_ref += t1 - t0
        t_fast += t2 - t1
        # the items crfsuite is given (feature strings, and real values of the word vectors): the sums of
        # weight × value over each token's attributes
        rows = ref.featurizer().items(sents, context=ref.context)
        toks = [tok for s in rows for tok in s]
        exact = model.state_scores(toks) if toks else np.zeros((0, len(model.labels)))
        grouped, _ = scorer.document(sents, context=fast.context)
        if len(toks):
            max_state = max(max_state, float(np.abs(exact - grouped).max()))
        start = 0
        for s in rows:
            if s:
                for g in path_margins(grouped[start : start + len(s)], model.trans):
                    ties += g == 0
                    if g:
                        min_margin = min(min_margin, g)
            start += len(s)
        for sa, sb in zip(a, b, strict=True):
            n_sent += 1
            n_spans += len(sa)
            if [x[:3] for x in sa] != [x[:3] for x in sb]:
                span_diff += 1
                continue
            for x, y in zip(sa, sb, strict=True):
                max_diff = max(max_diff, abs(x[3] - y[3]))
    n = max(len(docs), 1)
    print(
        f"{name}: {len(docs)} documents, {n_sent} sentences, {n_spans} spans; "
        f"sentences with other spans: {span_diff}; "
        f"max score difference {max_diff:.2e}, max state-score difference {max_state:.2e}; "
        f"Viterbi path choices: exact ties {ties}, smallest other margin {min_margin:.2e}; "
        f"CPU ms/document crfsuite {1000 * t_ref / n:.2f} (incl. features), numpy {1000 * t_fast / n:.2f}"
    )
    return span_diff == 0 and max_diff <= TOL and max_state <= TOL


def check_weights() -> bool:
    from marsad.ner.crf import CrfTagger

    tg = CrfTagger.load()
    model = tg._model
    assert model is not None and tg._tagger is not None
    info = tg._tagger.info()
    labels = {y: k for k, y in enumerate(model.labels)}
    worst = 0.0
    for (attr, y), w in info.state_features.items():
        worst = max(worst, abs(model.state[model.attributes[attr], labels[y]] - w))
    for (y0, y1), w in info.transitions.items():
        worst = max(worst, abs(model.trans[labels[y0], labels[y1]] - w))
    same = (
        model.labels == tuple(tg._tagger.labels())
        and set(model.attributes) == {a for a, _ in info.state_features}
        and int((model.state != 0).sum()) == len(info.state_features)
        and int((model.trans != 0).sum()) == len(info.transitions)
    )
    print(
        f"weights: labels/attributes/features {'agree' if same else 'DIFFER'}; max |file - info()| {worst:.1e}"
    )
    return same and worst <= 5.0000001e-7


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--limit", type=int, default=300, help="news articles")
    ap.add_argument("--conll", type=Path, default=CONLL)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument(
        "--alone", action="store_true", help="also tag every ANERcorp sentence as its own document"
    )
    a = ap.parse_args()
    if not a.conll.exists() and not a.news.exists():
        print(f"skip: neither {a.conll} nor {a.news} found")
        return 0
    ok = check_weights()
    if a.conll.exists():
        ok &= compare("anercorp train.conll", conll_documents(a.conll))
        if a.alone:
            ok &= compare("anercorp train.conll, each sentence alone", conll_documents(a.conll, per_doc=1))
    else:
        print(f"skip: {a.conll} not found")
    if a.news.exists():
        ok &= compare(f"news ({a.news.name})", news_documents(a.news, a.limit))
    else:
        print(f"skip: {a.news} not found")
    print("identical" if ok else "DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
