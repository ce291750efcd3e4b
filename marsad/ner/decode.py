"""Linear-chain CRF inference in numpy, on the weights of a python-crfsuite model file.

crfsuite stays the trainer; this module reads the trained ``.crfsuite`` file itself
(:func:`read_model`: the exact float64 weights, which ``Tagger.info()`` only gives rounded to
6 decimals) and tags whole documents at once (:meth:`CrfModel.decode`): the sentences are
padded into one array and Viterbi and forward-backward loop over positions, vectorised over
sentences × labels.

It reproduces crfsuite's tagger:

* a token's state score for a label is the sum, in the token's attribute order, of
  ``weight × value`` over its attributes (attributes the model does not know are ignored);
  :meth:`CrfModel.state_scores` sums the same terms in the same order (``np.add.reduceat``
  adds row after row), so the scores are the very same floats;
* Viterbi computes ``prev[i] + trans[i, j]``, keeps the first best ``i`` (crfsuite's strict
  ``<``; ``argmax`` also returns the first maximum) and adds the state score: the same
  operations on the same floats, hence the same path, ties included;
* marginals come from a scaled forward-backward (crfsuite's algorithm, with the sums and
  products in a different order), equal to crfsuite's to about 1e-15.

The tagger (:class:`marsad.ner.crf.CrfTagger`) does not spell the features out: it gets the
state scores from :mod:`marsad.ner.scoring`, which adds the same weights grouped per word
(equal to crfsuite's sums to about 1e-14; labels whose weights are equal term by term, e.g.
all zero, still tie exactly, as every label's sum is computed the same way).

The model file format (crfsuite's ``crf1d_model.c``): a 48-byte header (``lCRF``, size,
``FOMC``, version, counts and chunk offsets), the label and attribute string tables (CQDB
chunks with a reverse id → string array), and a ``FEAT`` chunk of 20-byte features
``(type, src, dst, weight)``: type 0 is a state feature attribute → label, type 1 a transition
label → label.  All integers are little-endian.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from marsad._accel import accelerator
from marsad.errors import ModelError

#: the compiled Viterbi and forward-backward (``_fastcrf.pyx``), or None: the numpy code below runs
_fast = accelerator("marsad.ner._fastcrf")

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

#: One token's attributes as python-crfsuite takes them: names (value 1), or a dict
#: ``{name: value}`` (a string value makes the attribute ``name:value`` with value 1).
Item = Sequence[str] | Mapping[str, float | str]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_strings(buf: bytes, base: int, count: int) -> list[str]:
    """The strings of a CQDB chunk at ``base``, by id ``0 … count-1`` (through its reverse-lookup array)."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = _CQDB.unpack_from(buf, base)
    if chunk != b"CQDB" or bwd_offset == 0 or bwd_size < count:
        raise ModelError("[E036] unexpected string table in the CRF model file")
    offsets = struct.unpack_from(f"<{count}I", buf, base + bwd_offset)
    out: list[str] = []
    for i, off in enumerate(offsets):
        rec = base + off
        value, ksize = struct.unpack_from("<II", buf, rec)
        if off == 0 or value != i or ksize < 1:
            raise ModelError("[E036] inconsistent string table in the CRF model file")
        out.append(buf[rec + 8 : rec + 8 + ksize - 1].decode("utf-8"))
    return out


@dataclass(frozen=True, eq=False)
class CrfModel:
    """The weights of a trained linear-chain CRF, and numpy inference over them."""

    #: label names by label id (crfsuite's order)
    labels: tuple[str, ...]
    #: attribute name → row of :attr:`state`
    attributes: Mapping[str, int]
    #: state weights, one row per attribute, one column per label
    state: FloatArray
    #: transition weights ``[from, to]``
    trans: FloatArray

    # -- state scores ------------------------------------------------------
    def item_rows(self, item: Item) -> tuple[list[int], list[float]]:
        """The model rows and values of one token's attributes (unknown attributes dropped, order kept)."""
        attrs = self.attributes
        rows: list[int] = []
        values: list[float] = []
        pairs = item.items() if isinstance(item, Mapping) else ((name, 1.0) for name in item)
        for name, value in pairs:
            if isinstance(value, str):
                name, value = f"{name}:{value}", 1.0
            row = attrs.get(name)
            if row is not None:
                rows.append(row)
                values.append(float(value))
        return rows, values

    def state_scores(self, items: Sequence[Item]) -> FloatArray:
        """Per token and label, the sum of ``weight × value`` of the token's attributes (shape ``(n, L)``)."""
        rows: list[int] = []
        values: list[float] = []
        counts: list[int] = []
        for item in items:
            r, v = self.item_rows(item)
            rows += r
            values += v
            counts.append(len(r))
        w = self.state[np.array(rows, dtype=np.intp)] * np.array(values)[:, None]
        return segment_sums(w, counts, len(self.labels))

    def row_scores(self, rows: Sequence[int], counts: Sequence[int]) -> FloatArray:
        """State scores of tokens given as concatenated attribute rows (value 1) and each token's row count."""
        return segment_sums(self.state[np.array(rows, dtype=np.intp)], counts, len(self.labels))

    # -- inference ---------------------------------------------------------
    def decode(
        self, scores: Sequence[FloatArray], *, marginals: bool = True
    ) -> list[tuple[IntArray, FloatArray | None]]:
        """Viterbi labels (ids) and, with ``marginals``, marginal probabilities ``(n, L)`` of each sentence.

        ``scores`` holds each sentence's state scores ``(n, L)``; empty sentences give empty arrays.
        """
        n_labels = len(self.labels)
        lengths = np.array([len(s) for s in scores], dtype=np.intp)
        if not lengths.any():
            return [
                (np.zeros(0, dtype=np.intp), np.zeros((0, n_labels)) if marginals else None) for _ in scores
            ]
        flat = np.concatenate([np.asarray(s, dtype=np.float64).reshape(-1, n_labels) for s in scores])
        padded = pad(flat, lengths)
        live = np.flatnonzero(lengths)
        paths = self.viterbi(padded[live], lengths[live])
        margs = self.marginals(padded[live], lengths[live]) if marginals else None
        out: list[tuple[IntArray, FloatArray | None]] = []
        k = 0
        for n in lengths.tolist():
            if n == 0:
                out.append((np.zeros(0, dtype=np.intp), np.zeros((0, n_labels)) if marginals else None))
                continue
            out.append((paths[k, :n], margs[k, :n] if margs is not None else None))
            k += 1
        return out

    def viterbi(self, scores: FloatArray, lengths: IntArray) -> IntArray:
        """Best label path of each sentence: ``scores`` ``(S, T, L)`` padded after each end, ``lengths`` ≥ 1.

        The compiled loop when it is built (the same paths), else :meth:`_viterbi`.
        """
        if _fast is not None and scores.size:
            return _fast.viterbi(*self._c_args(scores, lengths))
        return self._viterbi(scores, lengths)

    def marginals(
        self, scores: FloatArray, lengths: IntArray, window: tuple[IntArray, IntArray] | None = None
    ) -> FloatArray:
        """Marginal probability of each label at each position ``(S, T, L)`` (``lengths`` ≥ 1).

        The compiled loop when it is built (equal to :meth:`_marginals` within ~1e-15), else :meth:`_marginals`.
        ``window``: per sentence, the first and the end of the positions wanted (``0 <= lo < hi <= length``); the
        compiled loop computes only those (the same floats as without a window), the others hold anything.
        """
        if _fast is not None and scores.size:
            if window is not None:
                lo, hi = (np.ascontiguousarray(w, dtype=np.intp) for w in window)
                return _fast.marginals(*self._c_args(scores, lengths), lo, hi)
            return _fast.marginals(*self._c_args(scores, lengths))
        return self._marginals(scores, lengths)

    def _c_args(self, scores: FloatArray, lengths: IntArray) -> tuple[FloatArray, IntArray, FloatArray]:
        """The compiled kernels' arguments: C-ordered float64 scores and transitions, intp lengths."""
        return (
            np.ascontiguousarray(scores, dtype=np.float64),
            np.ascontiguousarray(lengths, dtype=np.intp),
            np.ascontiguousarray(self.trans, dtype=np.float64),
        )

    def _viterbi(self, scores: FloatArray, lengths: IntArray) -> IntArray:
        """Best label path per sentence (``scores``: ``(S, T, L)``, padded after each sentence's end).

        The sentences are sorted by length (longest first) so that at position ``t`` the ones
        still going are a prefix of the batch, and only that prefix is computed.
        """
        n_s, n_t, n_l = scores.shape
        order, going, st = _by_length(scores, lengths)
        trans_t = np.ascontiguousarray(self.trans.T)  # [j, i]
        flat_at = (np.arange(n_s * n_l) * n_l).reshape(n_s, n_l)
        back: list[IntArray] = [np.zeros((n_s, n_l), dtype=np.intp)]  # [t][s, j]: best label at t - 1
        final = np.empty(n_s, dtype=np.intp)
        alpha = st[0]
        k_prev = n_s
        for t in range(1, n_t):
            k = going[t]
            if k < k_prev:  # sentences that ended at t - 1: their best last label
                final[k:k_prev] = alpha[k:k_prev].argmax(axis=1)
            cand = alpha[:k, None, :] + trans_t  # [s, j, i] = prev[i] + trans[i, j]
            best = cand.argmax(axis=2)  # the first best i, as crfsuite's strict "<" keeps
            back.append(best)
            alpha = cand.ravel().take(best + flat_at[:k]) + st[t, :k]
            k_prev = k
        final[:k_prev] = alpha.argmax(axis=1)
        path = np.empty((n_s, n_t), dtype=np.intp)
        cur = final.copy()
        path[:, n_t - 1] = cur
        for t in range(n_t - 2, -1, -1):
            k = going[t + 1]  # the sentences that go on after t follow their back-pointers
            cur[:k] = back[t + 1][np.arange(k), cur[:k]]
            path[:, t] = cur
        out = np.empty_like(path)
        out[order] = path
        return out

    def _marginals(self, scores: FloatArray, lengths: IntArray) -> FloatArray:
        """Per sentence, position and label, the marginal probability (scaled forward-backward)."""
        n_s, n_t, n_l = scores.shape
        order, going, st = _by_length(scores, lengths)
        # exp of the scores, each position shifted by its maximum (cancels out in the normalisation)
        es = np.exp(st - st.max(axis=2, keepdims=True))
        et = np.exp(self.trans)
        et_t = np.ascontiguousarray(et.T)
        fwd = np.ones((n_t, n_s, n_l))
        a = es[0] / es[0].sum(axis=1, keepdims=True)
        fwd[0] = a
        for t in range(1, n_t):
            k = going[t]
            a = (a[:k] @ et) * es[t, :k]
            a /= a.sum(axis=1, keepdims=True)
            fwd[t, :k] = a
        bwd = np.ones((n_t, n_s, n_l))  # a sentence's beta at its last position is 1
        for t in range(n_t - 2, -1, -1):
            k = going[t + 1]  # the sentences that go on after t
            b = (es[t + 1, :k] * bwd[t + 1, :k]) @ et_t
            b /= b.sum(axis=1, keepdims=True)
            bwd[t, :k] = b
        m = fwd * bwd
        m /= m.sum(axis=2, keepdims=True)
        out = np.empty((n_s, n_t, n_l))
        out[order] = m.transpose(1, 0, 2)
        return out


def _by_length(scores: FloatArray, lengths: IntArray) -> tuple[IntArray, list[int], FloatArray]:
    """Longest sentences first: the order, per position how many sentences go on, and the scores ``(T, S, L)``."""
    order = np.argsort(-lengths, kind="stable")
    n_t = scores.shape[1]
    going = (lengths[None, :] > np.arange(n_t)[:, None]).sum(axis=1).tolist()
    return order, going, np.ascontiguousarray(scores[order].transpose(1, 0, 2))


def segment_sums(w: FloatArray, counts: Sequence[int], n_labels: int) -> FloatArray:
    """Sums of consecutive row groups of ``w`` (``counts[k]`` rows for group ``k``).

    numpy's ``add.reduceat`` adds a group as its first row plus the pairwise sum (numpy's
    ``pairwise_sum``: 8 running sums) of the other rows, not strictly row after row as crfsuite does:
    the sums equal crfsuite's to about 1e-14, and ``_fastcrf.part_sums`` reproduces these floats.
    """
    n = len(counts)
    out = np.zeros((n, n_labels))
    if not len(w):
        return out
    c = np.array(counts, dtype=np.intp)
    starts = np.concatenate(([0], np.cumsum(c)[:-1]))
    nonempty = c > 0
    # (an empty group would get a row from reduceat: only the non-empty ones are reduced)
    out[nonempty] = np.add.reduceat(w, starts[nonempty], axis=0)
    return out


def pad(flat: FloatArray, lengths: IntArray) -> FloatArray:
    """Consecutive sentences' rows ``(sum n, L)`` laid out as ``(S, max n, L)``, zeros after each end."""
    n_s = len(lengths)
    n_t = int(lengths.max()) if n_s else 0
    out = np.zeros((n_s, n_t, flat.shape[1]))
    sent = np.repeat(np.arange(n_s), lengths)
    starts = np.cumsum(lengths) - lengths
    out[sent, np.arange(len(flat)) - starts[sent]] = flat
    return out


def read_model(path: str | Path) -> CrfModel:
    """The labels, attributes and exact weights of a python-crfsuite (CRF1d) model file.

    Raises ``ModelError`` for a file that is not in the format described in the module docstring.
    """
    buf = Path(path).read_bytes()
    try:
        # (the header's feature count is not filled in by crfsuite: the FEAT chunk has the real one)
        magic, _size, kind, version, _, n_labels, n_attrs, off_f, off_l, off_a, _, _ = _HEADER.unpack_from(
            buf, 0
        )
        if magic != b"lCRF" or kind != b"FOMC" or version != 100:
            raise ModelError(f"[E036] {path}: not a crfsuite CRF1d model (version 100)")
        labels = tuple(_cqdb_strings(buf, off_l, n_labels))
        attrs = _cqdb_strings(buf, off_a, n_attrs)
        chunk, _csize, n_feat = _CHUNK.unpack_from(buf, off_f)
        if chunk != b"FEAT":
            raise ModelError(f"[E036] {path}: unexpected feature chunk")
        feats = np.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_f + _CHUNK.size)
    except (struct.error, ValueError, UnicodeDecodeError) as e:
        raise ModelError(f"[E036] {path}: cannot read the CRF model: {e}") from e
    kinds = feats["type"]
    src = feats["src"].astype(np.intp)
    dst = feats["dst"].astype(np.intp)
    weight = feats["weight"].astype(np.float64)
    is_state, is_trans = kinds == 0, kinds == 1
    if not np.all(is_state | is_trans) or np.any(dst >= n_labels):
        raise ModelError(f"[E036] {path}: unknown feature types or labels")
    if np.any(src[is_state] >= n_attrs) or np.any(src[is_trans] >= n_labels):
        raise ModelError(f"[E036] {path}: feature refers to an unknown attribute or label")
    if len(set(attrs)) != len(attrs) or len(set(labels)) != len(labels):
        raise ModelError(f"[E036] {path}: duplicate attribute or label names")
    state = np.zeros((n_attrs, n_labels))
    trans = np.zeros((n_labels, n_labels))
    for table, mask in ((state, is_state), (trans, is_trans)):
        s, d = src[mask], dst[mask]
        if len(np.unique(s * n_labels + d)) != len(s):  # (src, dst) pairs all different (dst < n_labels)
            raise ModelError(f"[E036] {path}: the same feature twice")
        table[s, d] = weight[mask]
    # attributes without a state weight (none in a file written by crfsuite) are left out
    used = np.zeros(n_attrs, dtype=bool)
    used[src[is_state]] = True
    keep = np.flatnonzero(used)
    index = {attrs[a]: i for i, a in enumerate(keep.tolist())}
    return CrfModel(labels, index, np.ascontiguousarray(state[keep]), trans)
