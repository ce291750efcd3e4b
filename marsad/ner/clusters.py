"""Word clusters learnt from unlabelled Arabic text, used as CRF NER features.

A cheap substitute for Brown clusters: every word type (keyed by its
clitic-stripped stem, :func:`cluster_key`) seen at least ``min_count`` times is
described by the words to its left and right (±``window`` tokens, separate
left/right context features over the ``n_context`` most frequent keys), the
counts are turned into positive PMI, reduced with a truncated SVD, and the
unit-length vectors are grouped with k-means into ``k`` fine clusters; the fine
centroids are grouped again into coarser clusters, so a word gets a path of
cluster ids from coarse to fine (like the bit-string prefixes of Brown
clusters).

The same vectors (:func:`word_vectors`, SVD to 32 dimensions for this use) are also
shipped as real-valued CRF features: ``resources/ner/embeddings.npz`` holds, per word
type, the vector standardised per dimension and quantised to int8 (:func:`quantise`).

The shipped cluster artifact (``resources/ner/clusters.tsv.gz``) is only the word →
cluster-path table (one ``key<TAB>coarse<TAB>…<TAB>fine`` line per word type);
:func:`build_clusters` is pure given its input, and ``scripts/build_clusters.py``
rebuilds the file from the team's shared corpora.
"""

from __future__ import annotations

import gzip
import logging
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.errors import ResourceError
from marsad.resources import resource_path

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

CLUSTER_PARTS = ("ner", "clusters.tsv.gz")
EMBEDDING_PARTS = ("ner", "embeddings.npz")

Clusters = Mapping[str, tuple[str, ...]]


def cluster_key(word: str) -> str:
    """The key a word is clustered by: its clitic-stripped, normalised stem (numbers become ``<num>``)."""
    from marsad.ner.features import shape, token_stem

    sh = shape(word)
    if sh in ("num", "hasnum"):
        return "<num>"
    return token_stem(word) or word


def word_vectors(
    sentences: Iterable[Sequence[str]],
    *,
    min_count: int = 3,
    n_context: int = 3000,
    window: int = 2,
    dim: int = 100,
    seed: int = 0,
    min_types: int = 2,
) -> tuple[list[str], NDArray[np.float64]]:
    """Unit-length distributional vectors of the keys of ``sentences`` seen ``min_count`` times or more.

    Left/right context counts (±``window`` tokens over the ``n_context`` most frequent keys),
    positive PMI (context-smoothed, α = 0.75), truncated SVD to ``dim`` dimensions.

    Returns:
        the keys (most frequent first) and their vectors, one row per key.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    sents = [list(s) for s in sentences]
    counts = Counter(k for s in sents for k in s)
    vocab = sorted((k for k, c in counts.items() if c >= min_count), key=lambda k: (-counts[k], k))
    if len(vocab) < min_types:
        raise ValueError(f"too few word types ({len(vocab)}) for {min_types}")
    vid = {k: i for i, k in enumerate(vocab)}
    cid = {k: i for i, k in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [vid.get(k, -1) for k in s]
        cids = [cid.get(k, -1) for k in s]
        n = len(s)
        for i, w in enumerate(ids):
            if w < 0:
                continue
            for o in range(1, window + 1):
                if i - o >= 0 and cids[i - o] >= 0:
                    rows.append(w)
                    cols.append((o - 1) * 2 * n_context + cids[i - o])
                if i + o < n and cids[i + o] >= 0:
                    rows.append(w)
                    cols.append((o - 1) * 2 * n_context + n_context + cids[i + o])
    n_cols = 2 * window * n_context
    m = coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (np.array(rows), np.array(cols))),
        shape=(len(vocab), n_cols),
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing
    col_p = col_sum / col_sum.sum()
    m = m.tocoo()
    pmi = np.log((m.data / total) / ((row_sum[m.row] / total) * col_p[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    k = min(dim, min(ppmi.shape) - 1)
    log.info("%d word types, %d non-zero PPMI cells; SVD to %d dimensions", len(vocab), ppmi.nnz, k)
    u, s, _ = svds(ppmi, k=k, random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    return vocab, vec


def build_clusters(
    sentences: Iterable[Sequence[str]],
    *,
    min_count: int = 3,
    n_context: int = 3000,
    window: int = 2,
    dim: int = 100,
    levels: Sequence[int] = (32, 256, 1024),
    seed: int = 0,
) -> dict[str, tuple[str, ...]]:
    """Cluster the word types of ``sentences`` (lists of keys, see :func:`cluster_key`).

    Args:
        sentences: token sequences, already mapped to cluster keys.
        min_count: keys seen fewer times are not clustered.
        n_context: how many of the most frequent keys serve as context features.
        window: context tokens on each side.
        dim: SVD dimensions.
        levels: cluster counts from coarse to fine; the last is k-means on the word vectors,
            each earlier one k-means on the centroids of the next finer level.
        seed: random seed of k-means (the result is deterministic for a given seed).

    Returns:
        ``{key: (coarse_id, …, fine_id)}`` as strings.
    """
    import numpy as np
    from scipy.cluster.vq import kmeans2

    vocab, vec = word_vectors(
        sentences,
        min_count=min_count,
        n_context=n_context,
        window=window,
        dim=dim,
        seed=seed,
        min_types=max(levels) * 2,
    )
    rng = np.random.default_rng(seed)
    assign: list[np.ndarray] = []
    points = vec
    labels_fine = None
    for k_level in reversed(levels):
        log.info("k-means: %d points into %d clusters", len(points), k_level)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "one of the clusters is empty"
            cent, lab = kmeans2(points, k_level, iter=20, minit="points", seed=rng)
        if labels_fine is None:
            labels_fine = lab
            assign.append(lab)
        else:
            assign.append(lab[assign[-1]])  # map words through the finer level
        points = cent
    assign.reverse()  # coarse → fine
    return {w: tuple(str(int(a[i])) for a in assign) for i, w in enumerate(vocab)}


def write_clusters(clusters: Clusters, path: str | Path) -> Path:
    """Write the ``key<TAB>coarse<TAB>…<TAB>fine`` table (gzip when the name ends in ``.gz``)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(f"{k}\t{chr(9).join(v)}\n" for k, v in sorted(clusters.items()))
    data = lines.encode("utf-8")
    if p.suffix == ".gz":
        p.write_bytes(gzip.compress(data, mtime=0))
    else:
        p.write_bytes(data)
    return p


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a table written by :func:`write_clusters`."""
    p = Path(path)
    raw = p.read_bytes()
    if p.suffix == ".gz":
        raw = gzip.decompress(raw)
    out: dict[str, tuple[str, ...]] = {}
    for line in raw.decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0]:
            out[parts[0]] = tuple(parts[1:])
    return out


@cache
def load_clusters() -> dict[str, tuple[str, ...]]:
    """The bundled cluster table (empty when the file is absent)."""
    try:
        p = resource_path(*CLUSTER_PARTS)
    except ResourceError as e:
        log.warning("NER features without word clusters: %s", e)
        return {}
    return read_clusters(p)


#: Quantisation of the shipped vectors: int8 steps of ``1 / _STEPS`` standard deviations, clipped.
_STEPS = 32
_CLIP = 127


def quantise(vec: NDArray[np.float64]) -> list[tuple[int, ...]]:
    """Each vector standardised per dimension (mean 0, sd 1) as int8 steps of 1/32 sd (clipped at ±3.97)."""
    import numpy as np

    z = (vec - vec.mean(axis=0)) / np.maximum(vec.std(axis=0), 1e-12)
    q = np.clip(np.rint(z * _STEPS), -_CLIP, _CLIP).astype(int)
    return [tuple(row) for row in q.tolist()]


def write_embeddings(vectors: Mapping[str, Sequence[int]], path: str | Path) -> Path:
    """Write quantised vectors (:func:`quantise`) as a compressed numpy archive: ``keys`` and ``int8`` rows."""
    import numpy as np

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    keys = sorted(vectors)
    q = np.array([vectors[k] for k in keys], dtype=np.int8).reshape(len(keys), -1)
    with p.open("wb") as fh:
        np.savez_compressed(fh, keys=np.array(keys, dtype=str), q=q)
    return p


def read_embeddings(path: str | Path) -> Mapping[str, tuple[float, ...]]:
    """Read a table written by :func:`write_embeddings`: key → standardised vector (sd units)."""
    import numpy as np

    try:
        with np.load(Path(path), allow_pickle=False) as z:
            keys, q = z["keys"].tolist(), z["q"]
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(f"[E002] cannot read word vectors {path}: {e}") from e
    if len(keys) != len(q):
        raise ResourceError(f"[E002] cannot read word vectors {path}: {len(keys)} keys for {len(q)} rows")
    return WordVectors(keys, q.astype(np.float64) / _STEPS)


class WordVectors(Mapping[str, tuple[float, ...]]):
    """Key → vector (a tuple of floats), each made when first asked for (most of a table's words are never
    looked up: making all 16,729 tuples took ~100 ms of every worker's start).  The values are those of
    ``{k: tuple(r) for k, r in zip(keys, rows.tolist())}``."""

    __slots__ = ("_at", "_made", "_rows")

    def __init__(self, keys: Sequence[str], rows: NDArray[np.float64]) -> None:
        self._at = dict(zip(keys, range(len(keys)), strict=True))
        self._rows = rows
        self._made: dict[str, tuple[float, ...]] = {}

    def get(self, key: str, default: tuple[float, ...] | None = None) -> tuple[float, ...] | None:  # type: ignore[override]
        vec = self._made.get(key)
        if vec is None:
            at = self._at.get(key)
            if at is None:
                return default
            vec = self._made[key] = tuple(self._rows[at].tolist())
        return vec

    def __getitem__(self, key: str) -> tuple[float, ...]:
        vec = self.get(key)
        if vec is None:
            raise KeyError(key)
        return vec

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def __len__(self) -> int:
        return len(self._at)

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)


@cache
def load_embeddings() -> Mapping[str, tuple[float, ...]]:
    """The bundled word vectors (empty when the file is absent)."""
    try:
        p = resource_path(*EMBEDDING_PARTS)
    except ResourceError:
        return {}
    return read_embeddings(p)
