"""Tag a token file (one token a line, blank line between sentences) with a trained spaCy NER model.

    python scripts/experiments/spacy_ner/tag_spacy.py MODEL_DIR < tokens > pred.conll

Writes ``token<TAB>BIO`` lines (blank lines kept), like ``marsad tag --format conll``.  The given
tokens are used as they are (``Doc(vocab, words=...)``; no spaCy tokenisation).  Prints the number of
tokens, wall and CPU time of the tagging alone (model loaded before the clock starts) to stderr.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import functions  # noqa: F401  (registers marsad.stem_norm.v1)
import spacy
from spacy.tokens import Doc


def read_sentences(lines):  # type: ignore[no-untyped-def]
    cur: list[str] = []
    for line in lines:
        w = line.split()
        if w:
            cur.append(w[0])
        elif cur:
            yield cur
            cur = []
    if cur:
        yield cur


def main() -> None:
    t_load = time.perf_counter()
    nlp = spacy.load(sys.argv[1])
    load_s = time.perf_counter() - t_load
    sents = list(read_sentences(sys.stdin))
    n = sum(len(s) for s in sents)
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((Doc(nlp.vocab, words=s) for s in sents), batch_size=256))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    out = sys.stdout
    for doc in docs:
        tags = ["O"] * len(doc)
        for e in doc.ents:
            tags[e.start] = "B-" + e.label_
            for k in range(e.start + 1, e.end):
                tags[k] = "I-" + e.label_
        for tok, t in zip(doc, tags, strict=True):
            out.write(f"{tok.text}\t{t}\n")
        out.write("\n")
    print(
        f"spacy tag: {n} tokens, {len(sents)} sentences; load {load_s:.2f} s; tagging {wall:.2f} s wall, "
        f"{cpu:.2f} s CPU ({n / wall:,.0f} tokens/s wall, {n / cpu:,.0f} tokens/s CPU)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
