"""The CRF's spans and span scores for a token file, as ``marsad tag --format conll`` finds them.

    python scripts/experiments/spacy_ner/crf_spans.py MODEL.crfsuite TOKENS OUT.json [--conll OUT.conll]

``CrfTagger.document_spans`` over all sentences of the file as one document (what ``tag_conll``
does through ``predict_document``): per sentence a list of ``[first, end, label, score]`` (score =
mean marginal of the span's tags).  Prints the tagging wall/CPU time (model loaded before the clock).
"""

from __future__ import annotations

import argparse
import json
import time

from marsad.ner.crf import CrfTagger


def read_sentences(path):  # type: ignore[no-untyped-def]
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        w = line.split()
        if w:
            cur.append(w[0])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("tokens")
    ap.add_argument("out")
    ap.add_argument("--conll")
    a = ap.parse_args()
    tagger = CrfTagger.load(a.model)
    sents = read_sentences(a.tokens)
    n = sum(len(s) for s in sents)
    t0, c0 = time.perf_counter(), time.process_time()
    spans = tagger.document_spans(sents)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"crf tag: {n} tokens; {wall:.2f} s wall, {cpu:.2f} s CPU ({n / wall:,.0f} tokens/s wall, {n / cpu:,.0f} CPU)")
    json.dump([[list(s) for s in ss] for ss in spans], open(a.out, "w"))
    if a.conll:
        with open(a.conll, "w", encoding="utf-8") as fh:
            for words, ss in zip(sents, spans, strict=True):
                tags = ["O"] * len(words)
                for i, j, lab, _ in ss:
                    tags[i] = "B-" + lab
                    for k in range(i + 1, j):
                        tags[k] = "I-" + lab
                for w, t in zip(words, tags, strict=True):
                    fh.write(f"{w}\t{t}\n")
                fh.write("\n")


if __name__ == "__main__":
    main()
