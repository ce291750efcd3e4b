"""Write the data files of the spaCy NER experiment (outside the repository).

    python scripts/experiments/spacy_ner/prepare.py --shared /work/shared --out /tmp/s25/sp/data

Splits (``marsad.ner.crf.split_dev``, file order): train part = first 85% of
``anercorp/train.conll`` (3,368 sentences), block = last 15% (595); inner-train / inner-dev =
the train part split again 85/15.  Writes, for each part, ``PART.spacy`` (DocBin: the given
tokens, one Doc per sentence, entities from the BIO tags, NORM = marsad stem), ``PART.conll``
(``token TAG``) and ``PART.tokens`` (one token a line); the block gets only ``block.conll`` and
``block.tokens`` (no DocBin: it is never trained or tuned on).  ``--vectors DIR`` also writes a
blank Arabic pipeline whose vectors table is marsad's 32-dim word vectors
(``resources/ner/embeddings.npz``) keyed by NORM (the stem).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc, DocBin
from spacy.vectors import Vectors

from marsad.ner.crf import bio_spans, read_conll, split_dev


def to_doc(nlp, sent):  # type: ignore[no-untyped-def]
    from functions import _key

    words = [w for w, _ in sent]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=t) for s, e, t in bio_spans([t for _, t in sent])]
    for tok in doc:
        tok.norm_ = _key(tok.text)
    return doc


def write(nlp, sents, out: Path, name: str, docbin: bool = True) -> None:  # type: ignore[no-untyped-def]
    with (out / f"{name}.conll").open("w", encoding="utf-8") as g, (out / f"{name}.tokens").open("w", encoding="utf-8") as t:
        for s in sents:
            for w, tag in s:
                g.write(f"{w} {tag}\n")
                t.write(f"{w}\n")
            g.write("\n")
            t.write("\n")
    if docbin:
        db = DocBin(store_user_data=False)
        for s in sents:
            db.add(to_doc(nlp, s))
        db.to_disk(out / f"{name}.spacy")
    print(f"{name}: {len(sents)} sentences, {sum(len(s) for s in sents)} tokens")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--vectors", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    sents = read_conll(a.shared / "data" / "anercorp" / "train.conll")
    train, block = split_dev(sents, 0.15)
    itrain, idev = split_dev(train, 0.15)
    nlp = spacy.blank("ar")
    write(nlp, train, a.out, "train85")
    write(nlp, itrain, a.out, "inner_train")
    write(nlp, idev, a.out, "inner_dev")
    write(nlp, block, a.out, "block", docbin=False)
    if a.vectors:
        from marsad.resources import resource_path

        with np.load(resource_path("ner", "embeddings.npz"), allow_pickle=False) as z:
            keys, q = z["keys"].tolist(), z["q"]
        data = (q.astype(np.float32) / 32.0)
        vnlp = spacy.blank("ar")
        vec = Vectors(strings=vnlp.vocab.strings, data=data, keys=[vnlp.vocab.strings.add(k) for k in keys], attr="NORM")
        vnlp.vocab.vectors = vec
        vnlp.to_disk(a.vectors)
        print(f"vectors: {data.shape} keyed by NORM -> {a.vectors}")


if __name__ == "__main__":
    main()
