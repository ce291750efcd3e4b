"""Rebuild the NER word clusters (``marsad/resources/ner/clusters.tsv.gz``) from unlabelled text.

Reads, by path (default ``../shared/data`` relative to the repository root):
the token column of ``anercorp/train.conll``, the ``full_text``/``content`` of
``news/*.jsonl``, the word forms of ``ud_arabic_pud/*.conllu`` and the token column of
``wojood_sample/*.txt``.  Only the word → cluster-path table is written (no text).

    python scripts/build_clusters.py
    python scripts/build_clusters.py --data /path/to/shared/data --out /tmp/clusters.tsv.gz
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _conll_sentences(path: Path, *, column: int = 0, skip_comments: bool = False) -> Iterator[list[str]]:
    sent: list[str] = []
    for line in path.open(encoding="utf-8"):
        if skip_comments and line.startswith("#"):
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if column < len(parts) and not (skip_comments and ("-" in parts[0] or "." in parts[0])):
            sent.append(parts[column].strip())
    if sent:
        yield sent


def corpus(data: Path) -> Iterator[list[str]]:
    """Token lists of all the unlabelled text under ``data``."""
    from marsad.text.tokenize import tokenize

    conll = data / "anercorp" / "train.conll"
    if conll.is_file():
        yield from _conll_sentences(conll)
    for f in sorted((data / "news").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = rec.get("full_text") or rec.get("content") or ""
            for para in text.split("\n"):
                toks = [para[a:b] for a, b, _ in tokenize(para)]
                if toks:
                    yield toks
    for f in sorted((data / "ud_arabic_pud").glob("*.conllu")):
        yield from _conll_sentences(f, column=1, skip_comments=True)
    for f in sorted((data / "wojood_sample").glob("*.txt")):
        yield from _conll_sentences(f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "marsad" / "resources" / "ner" / "clusters.tsv.gz")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--levels", default="32,256,1024", help="cluster counts, coarse to fine")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument(
        "--embeddings",
        type=Path,
        default=REPO / "marsad" / "resources" / "ner" / "embeddings.npz",
        help="where to write the quantised word vectors ('-': not written)",
    )
    ap.add_argument("--embed-dim", type=int, default=32, help="SVD dimensions of the shipped word vectors")
    a = ap.parse_args(argv)
    if not a.data.is_dir():
        print(f"skip: {a.data} not found", file=sys.stderr)
        return 0

    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    from marsad.ner.clusters import (
        build_clusters,
        cluster_key,
        quantise,
        word_vectors,
        write_clusters,
        write_embeddings,
    )

    t0 = time.perf_counter()
    sents = [[cluster_key(w) for w in s] for s in corpus(a.data)]
    n_tok = sum(len(s) for s in sents)
    print(f"{len(sents)} segments, {n_tok} tokens ({time.perf_counter() - t0:.0f} s)")
    levels = tuple(int(x) for x in a.levels.split(","))
    cl = build_clusters(sents, min_count=a.min_count, levels=levels, dim=a.dim)
    write_clusters(cl, a.out)
    print(
        f"{len(cl)} word types clustered into {levels}: {a.out} ({a.out.stat().st_size / 1e6:.2f} MB, "
        f"{time.perf_counter() - t0:.0f} s)"
    )
    if str(a.embeddings) != "-":
        vocab, vec = word_vectors(sents, min_count=a.min_count, dim=a.embed_dim)
        write_embeddings(dict(zip(vocab, quantise(vec), strict=True)), a.embeddings)
        print(
            f"{len(vocab)} quantised {vec.shape[1]}-dim word vectors: {a.embeddings} ({a.embeddings.stat().st_size / 1e6:.2f} MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
