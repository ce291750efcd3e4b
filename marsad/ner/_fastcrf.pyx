# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""Compiled Viterbi and forward-backward for :mod:`marsad.ner.decode` (an optional accelerator).

The definitions are :meth:`CrfModel._viterbi <marsad.ner.decode.CrfModel._viterbi>` and
:meth:`CrfModel._marginals <marsad.ner.decode.CrfModel._marginals>` (numpy); these loops compute
the same thing one sentence at a time:

* :func:`viterbi` does the very same float operations (``prev[i] + trans[i, j]``, the first best
  ``i`` by a strict ``>``, plus the state score), so it returns the same paths, ties included, and
  fills each sentence's padding with its last label as the numpy code does;
* :func:`marginals` runs the same scaled forward-backward with plain loops instead of numpy's
  matrix products and sums, so its probabilities may differ from numpy's in the last bits (about
  1e-16); padding positions get ``1 / L`` as in the numpy code.
"""

import numpy as np

cimport cython
from libc.math cimport exp


def viterbi(const double[:, :, ::1] scores, const Py_ssize_t[::1] lengths, const double[:, ::1] trans):
    """Best label path of each sentence: ``scores`` ``(S, T, L)`` padded after each end, ``lengths`` ≥ 1."""
    cdef Py_ssize_t n_s = scores.shape[0], n_t = scores.shape[1], n_l = scores.shape[2]
    out = np.empty((n_s, n_t), dtype=np.intp)
    cdef Py_ssize_t[:, ::1] path = out
    back_arr = np.zeros((max(n_t, 1), n_l), dtype=np.intp)
    cdef Py_ssize_t[:, ::1] back = back_arr
    work = np.empty((2, n_l))
    cdef double[:, ::1] w = work
    cdef double[::1] alpha, nxt
    cdef Py_ssize_t s, t, i, j, n, best_i, cur
    cdef double best, v
    for s in range(n_s):
        n = lengths[s]
        alpha = w[0]
        nxt = w[1]
        for j in range(n_l):
            alpha[j] = scores[s, 0, j]
        for t in range(1, n):
            for j in range(n_l):
                best = alpha[0] + trans[0, j]
                best_i = 0
                for i in range(1, n_l):
                    v = alpha[i] + trans[i, j]
                    if v > best:
                        best = v
                        best_i = i
                back[t, j] = best_i
                nxt[j] = best + scores[s, t, j]
            alpha, nxt = nxt, alpha
        cur = 0
        best = alpha[0]
        for j in range(1, n_l):
            if alpha[j] > best:
                best = alpha[j]
                cur = j
        for t in range(n - 1, n_t):
            path[s, t] = cur
        for t in range(n - 1, 0, -1):
            cur = back[t, cur]
            path[s, t - 1] = cur
    return out


def marginals(const double[:, :, ::1] scores, const Py_ssize_t[::1] lengths, const double[:, ::1] trans,
              lo_arr=None, hi_arr=None):
    """Marginal probability of each label at each position ``(S, T, L)`` (``lengths`` ≥ 1).

    With ``lo_arr``/``hi_arr`` (intp, one per sentence, ``0 <= lo < hi <= length``) only the positions
    ``lo … hi - 1`` of a sentence are wanted: the forward pass stops at ``hi`` and the backward pass at ``lo``
    (the values there are the very floats of the whole passes: each pass depends only on the positions
    before, resp. after, it), and the other positions get ``1 / L`` as padding does."""
    cdef Py_ssize_t n_s = scores.shape[0], n_t = scores.shape[1], n_l = scores.shape[2]
    out = np.empty((n_s, n_t, n_l))
    cdef double[:, :, ::1] m = out
    et_arr = np.exp(np.asarray(trans))
    cdef double[:, ::1] et = et_arr
    buf = np.empty((3, max(n_t, 1), n_l))
    cdef double[:, :, ::1] b3 = buf
    cdef double[:, ::1] es = b3[0]
    cdef double[:, ::1] fwd = b3[1]
    cdef double[:, ::1] bwd = b3[2]
    eb_arr = np.empty(n_l)
    cdef double[::1] eb = eb_arr
    cdef Py_ssize_t s, t, i, j, n, lo, hi
    cdef double top, total, acc, uniform = 1.0 / n_l
    cdef const Py_ssize_t[::1] los = None
    cdef const Py_ssize_t[::1] his = None
    if lo_arr is not None:
        los = lo_arr
        his = hi_arr
        if los.shape[0] != n_s or his.shape[0] != n_s:
            raise ValueError("one window per sentence")
        for s in range(n_s):
            if not 0 <= los[s] < his[s] <= lengths[s]:
                raise ValueError(f"window {los[s]}..{his[s]} of a sentence of {lengths[s]}")
    for s in range(n_s):
        n = lengths[s]
        lo = 0
        hi = n
        if los is not None:
            lo = los[s]
            hi = his[s]
        # exp of the scores, each position shifted by its maximum
        for t in range(n):
            top = scores[s, t, 0]
            for j in range(1, n_l):
                if scores[s, t, j] > top:
                    top = scores[s, t, j]
            for j in range(n_l):
                es[t, j] = exp(scores[s, t, j] - top)
        total = 0.0
        for j in range(n_l):
            total += es[0, j]
        for j in range(n_l):
            fwd[0, j] = es[0, j] / total
        for t in range(1, hi):
            total = 0.0
            for j in range(n_l):
                acc = 0.0
                for i in range(n_l):
                    acc += fwd[t - 1, i] * et[i, j]
                acc *= es[t, j]
                fwd[t, j] = acc
                total += acc
            for j in range(n_l):
                fwd[t, j] /= total
        for j in range(n_l):
            bwd[n - 1, j] = 1.0
        for t in range(n - 2, lo - 1, -1):
            # es[t + 1, j] * bwd[t + 1, j] once per j (the product the sum below starts each term with)
            for j in range(n_l):
                eb[j] = es[t + 1, j] * bwd[t + 1, j]
            total = 0.0
            for i in range(n_l):
                acc = 0.0
                for j in range(n_l):
                    acc += eb[j] * et[i, j]
                bwd[t, i] = acc
                total += acc
            for i in range(n_l):
                bwd[t, i] /= total
        for t in range(lo):
            for j in range(n_l):
                m[s, t, j] = uniform
        for t in range(hi, n):
            for j in range(n_l):
                m[s, t, j] = uniform
        for t in range(lo, hi):
            total = 0.0
            for j in range(n_l):
                acc = fwd[t, j] * bwd[t, j]
                m[s, t, j] = acc
                total += acc
            for j in range(n_l):
                m[s, t, j] /= total
        for t in range(n, n_t):
            for j in range(n_l):
                m[s, t, j] = uniform
    return out


def token_scores(
    const double[:, ::1] own,
    const double[:, :, ::1] near,
    const Py_ssize_t[::1] offsets,
    const Py_ssize_t[::1] wid,
    const Py_ssize_t[::1] lengths,
    const Py_ssize_t[::1] bow,
    const double[:, ::1] rows,
    Py_ssize_t bos,
    Py_ssize_t eos,
    const Py_ssize_t[::1] bow_at,
):
    """The per-word part of :meth:`StateScorer.document <marsad.ner.scoring.StateScorer.document>`.

    Per token (sentence after sentence, ``wid`` its word ids): its word's ``own`` vector, plus
    for each offset ``offsets[k]`` the neighbour word's ``near[k]`` vector (the last row of
    ``near``, the pad features, beside the sentence), plus the ``BOS``/``EOS`` rows on the first
    and last token, plus the bag-of-words rows of the words at ``bow_at`` (a repeated one once).
    ``rows[-1]`` is a zero row and stands for a missing row (``bos``/``eos``/``bow`` -1).  The
    additions are the numpy code's, in its order, so the sums are the same floats.
    """
    cdef Py_ssize_t n = wid.shape[0], n_l = own.shape[1], n_k = offsets.shape[0]
    cdef Py_ssize_t n_b = bow_at.shape[0], gap = near.shape[1] - 1, zero = rows.shape[0] - 1
    cdef Py_ssize_t n_s = lengths.shape[0]
    out = np.empty((n, n_l))
    cdef double[:, ::1] sc = out
    cdef Py_ssize_t s, base = 0, m, p, i, k, j, q, w, key, r, b
    cdef Py_ssize_t keys[16]
    if n_b > 16:
        raise ValueError("at most 16 bag-of-words offsets")
    if bos < 0:
        bos = zero
    if eos < 0:
        eos = zero
    for s in range(n_s):
        m = lengths[s]
        for p in range(m):
            i = base + p
            w = wid[i]
            for j in range(n_l):
                sc[i, j] = own[w, j]
            for k in range(n_k):
                q = p + offsets[k]
                w = wid[base + q] if 0 <= q < m else gap
                for j in range(n_l):
                    sc[i, j] += near[k, w, j]
            if p == 0:
                for j in range(n_l):
                    sc[i, j] += rows[bos, j]
            if p == m - 1:
                for j in range(n_l):
                    sc[i, j] += rows[eos, j]
            for b in range(n_b):
                q = p + bow_at[b]
                key = bow[wid[base + q]] if 0 <= q < m else -1
                keys[b] = key
                r = key
                for k in range(b):
                    if keys[k] == key:
                        r = -1
                        break
                if r < 0:
                    r = zero
                for j in range(n_l):
                    sc[i, j] += rows[r, j]
        base += m
    return out


def add_rows(double[:, ::1] scores, const Py_ssize_t[::1] at, const Py_ssize_t[::1] row_ids, const double[:, ::1] rows):
    """``np.add.at(scores, at, rows[row_ids])``: the rows added one after the other, in order."""
    cdef Py_ssize_t k, j, t, r, n_l = scores.shape[1]
    for k in range(at.shape[0]):
        t = at[k]
        r = row_ids[k]
        for j in range(n_l):
            scores[t, j] += rows[r, j]


cdef double _pairwise(const double[:, ::1] rows, Py_ssize_t* ids, Py_ssize_t n, Py_ssize_t j) noexcept:
    """Column ``j`` of the rows ``ids[0:n]`` added as numpy's pairwise summation adds (``pairwise_sum``
    in numpy's ``loops_utils.h``: 8 running sums over blocks of at most 128, halves beyond)."""
    cdef Py_ssize_t i, k, n2
    cdef double res
    cdef double r[8]
    if n < 8:
        res = 0.0
        for i in range(n):
            res += rows[ids[i], j]
        return res
    elif n <= 128:
        for k in range(8):
            r[k] = rows[ids[k], j]
        i = 8
        while i < n - (n % 8):
            for k in range(8):
                r[k] += rows[ids[i + k], j]
            i += 8
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n:
            res += rows[ids[i], j]
            i += 1
        return res
    n2 = n // 2
    n2 -= n2 % 8
    return _pairwise(rows, ids, n2, j) + _pairwise(rows, ids + n2, n - n2, j)


cdef inline void _sum_rows(double[:, ::1] o, Py_ssize_t k, const double[:, ::1] rows, Py_ssize_t* ids,
                           Py_ssize_t m):
    """``o[k] =`` the sum of the ``m`` rows ``ids`` in numpy's ``add.reduceat`` order: the first row plus the
    pairwise sum of the others (shared by :func:`part_sums` and :func:`row_sums`)."""
    cdef Py_ssize_t j
    for j in range(rows.shape[1]):
        if m == 1:
            o[k, j] = rows[ids[0], j]
        else:
            o[k, j] = rows[ids[0], j] + _pairwise(rows, &ids[1], m - 1, j)


def part_sums(list parts, dict index, const double[:, ::1] rows):
    """:meth:`StateScorer._part_sums <marsad.ner.scoring.StateScorer._part_sums>`: per part (a sequence of
    attribute names), the sum of the ``rows`` of its names found in ``index``, zeros for a part with none.

    The sums are numpy's ``add.reduceat`` floats: a group's first row plus the pairwise sum of the others.
    """
    cdef Py_ssize_t n_p = len(parts), n_l = rows.shape[1], k, j, m
    out = np.zeros((n_p, n_l))
    cdef double[:, ::1] o = out
    buf = np.empty(64, dtype=np.intp)
    cdef Py_ssize_t[::1] ids = buf
    cdef object part, name, v
    for k in range(n_p):
        part = parts[k]
        m = 0
        for name in part:
            v = index.get(name)
            if v is None:
                continue
            if m == ids.shape[0]:
                buf = np.concatenate([buf, np.empty(len(buf), dtype=np.intp)])
                ids = buf
            ids[m] = v
            m += 1
        if m == 0:
            continue
        _sum_rows(o, k, rows, &ids[0], m)
    return out


def row_sums(list groups, const double[:, ::1] rows):
    """:meth:`StateScorer._row_sums <marsad.ner.scoring.StateScorer._row_sums>`: per group (a list of row
    numbers), the sum of those ``rows``, zeros for an empty group, in the floats of numpy's ``add.reduceat``
    (as :func:`part_sums`: the first row plus the pairwise sum of the others)."""
    cdef Py_ssize_t n_g = len(groups), n_l = rows.shape[1], n_r = rows.shape[0], k, j, m, i, v
    out = np.zeros((n_g, n_l))
    cdef double[:, ::1] o = out
    buf = np.empty(64, dtype=np.intp)
    cdef Py_ssize_t[::1] ids = buf
    cdef list group
    for k in range(n_g):
        group = groups[k]
        m = len(group)
        if m == 0:
            continue
        if m > ids.shape[0]:
            buf = np.empty(2 * m, dtype=np.intp)
            ids = buf
        for i in range(m):
            v = group[i]
            if v < 0 or v >= n_r:
                raise IndexError(f"row {v} out of range")
            ids[i] = v
        _sum_rows(o, k, rows, &ids[0], m)
    return out


def shape(str word):
    """:func:`marsad.ner.features.shape` (the definition): num, hasnum, punct, latin, ar, other (or empty)."""
    return _shape(word)


cdef str _shape(str word):
    cdef Py_UCS4 c
    cdef bint digit = False, all_num = True, alnum = False, ascii = True, arabic = False
    if not word:
        return "empty"
    for c in word:
        if c.isdigit():
            digit = True
        elif not (c == u'.' or c == u',' or c == u'/' or c == u':' or c == u'-' or c == u'\u066b' or c == u'\u066c'):
            all_num = False
        if c.isalnum():
            alnum = True
        if c >= 128:
            ascii = False
        if 0x600 <= c <= 0x6ff:
            arabic = True
    if digit:
        return "num" if all_num else "hasnum"
    if not alnum:
        return "punct"
    if ascii:
        return "latin"
    if arabic:
        return "ar"
    return "other"


@cython.wraparound(True)
@cython.boundscheck(True)
def word_rows(object wr, list words):
    """``[wr.rows(word) for word in words]`` (:meth:`WordRows.rows <marsad.ner.features.WordRows.rows>`, the
    definition): the same look-ups in the same order, with the word's forms from the same functions."""
    cdef dict t = wr.tables
    cdef dict t_w = t["w:"], t_stem = t["stem:"], t_shape = t["shape:"]
    cdef dict t_p1 = t["p1:"], t_p2 = t["p2:"], t_p3 = t["p3:"], t_p4 = t["p4:"]
    cdef dict t_s1 = t["s1:"], t_s2 = t["s2:"], t_s3 = t["s3:"], t_s4 = t["s4:"]
    cdef dict t_ss2 = t["ss2:"], t_wa = t["w_a:"], t_c3 = t["c3="]
    cdef dict index = wr.index
    cdef object emb = wr.embeddings
    cdef object freq = wr.freq
    cdef object bias = wr._bias
    cdef list lens = wr._len
    cdef tuple al = wr._al, nis = wr._nisba
    cdef list specs = wr._near
    cdef object clusters = wr.clusters
    cdef object cluster_rows = wr._cluster_rows
    cdef object cl_unknown = wr._cl_unknown
    cdef object cl
    norm, stem_of, _, strip_article, morph_features = wr.functions
    cdef dict cl_memo = wr._cl
    # the vectors already made by a WordVectors table (marsad.ner.clusters), read directly
    cdef dict emb_made = getattr(emb, "_made", None) if type(emb).__name__ == "WordVectors" else None
    cdef str key
    cdef dict stem_memo = stem_of.table
    cdef dict strip_memo = strip_article.table
    cdef str core
    cdef tuple nisba_endings = ("ي", "يه", "يون", "يين", "يان")
    cdef list out = []
    cdef list own, near, f, cl_own, cl_near
    cdef str word, n, stem, sh, s2, padded
    cdef object raw, r, x, spec, cl_o
    cdef bint nisba, close
    cdef Py_ssize_t k, ln, n_spec = len(specs)
    cdef dict seen
    for word in words:
        n = norm(word) or word
        x = stem_memo.get(word)
        if x is None:
            x = stem_of(word)
        stem = x or word
        sh = _shape(word)
        if clusters:
            cl = clusters.get("<num>" if (sh == "num" or sh == "hasnum") else stem, cl_unknown)
        else:
            cl = ()
        x = cl_memo.get(cl)
        if x is None:
            x = cluster_rows(cl)
        cl_own, cl_near = x
        if emb:
            key = "<num>" if (sh == "num" or sh == "hasnum") else stem
            raw = None if emb_made is None else emb_made.get(key)
            if raw is None:
                raw = emb.get(key)
            if not raw:
                raw = None
        else:
            raw = None
        x = strip_memo.get(n)
        if x is None:
            x = strip_article(n)
        core = x
        nisba = core != n and len(core) >= 3 and core.endswith(nisba_endings)
        ln = len(n)
        own = []
        if bias is not None:
            own.append(bias)
        for r in (
            t_w.get(n),
            t_stem.get(stem),
            t_shape.get(sh),
            lens[ln if ln < 8 else 8],
            t_p1.get(n[:1]),
            t_p2.get(n[:2]),
            t_p3.get(n[:3]),
            t_s1.get(n[-1:]),
            t_s2.get(n[-2:]),
            t_s3.get(n[-3:]),
            t_ss2.get(stem[-2:]),
            al[1 if (stem != n and core != n) else 0],
            nis[1 if nisba else 0],
            t_wa.get(n[:-1] if (ln > 4 and n.endswith("ا")) else n),
            t_p4.get(n[:4]),
            t_s4.get(n[-4:]),
        ):
            if r is not None:
                own.append(r)
        own += cl_own
        if freq is not None:
            for x in morph_features(n, stem, freq):
                r = index.get(x)
                if r is not None:
                    own.append(r)
        if sh == "ar":
            padded = "<" + stem + ">"
            seen = {}
            for k in range(len(padded) - 2):
                r = t_c3.get(padded[k : k + 3])
                if r is not None and r not in seen:
                    seen[r] = None
                    own.append(r)
        near = []
        s2 = n[-2:]
        for k in range(n_spec):
            spec = specs[k]
            cl_o = cl_near[k]
            if spec is None:
                near.append([])
                continue
            f = []
            r = (<dict>spec[0]).get(n)
            if r is not None:
                f.append(r)
            if spec[5]:
                if nisba and spec[4] is not None:
                    f.append(spec[4])
                r = (<dict>spec[1]).get(stem)
                if r is not None:
                    f.append(r)
                r = (<dict>spec[2]).get(sh)
                if r is not None:
                    f.append(r)
                r = (<dict>spec[3]).get(s2)
                if r is not None:
                    f.append(r)
            f += cl_o
            near.append(f)
        out.append((n, stem, sh, own, near, raw))
    return out
