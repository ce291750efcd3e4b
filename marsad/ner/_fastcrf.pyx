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


def marginals(const double[:, :, ::1] scores, const Py_ssize_t[::1] lengths, const double[:, ::1] trans):
    """Marginal probability of each label at each position ``(S, T, L)`` (``lengths`` ≥ 1)."""
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
    cdef Py_ssize_t s, t, i, j, n
    cdef double top, total, acc, uniform = 1.0 / n_l
    for s in range(n_s):
        n = lengths[s]
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
        for t in range(1, n):
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
        for t in range(n - 2, -1, -1):
            total = 0.0
            for i in range(n_l):
                acc = 0.0
                for j in range(n_l):
                    acc += es[t + 1, j] * bwd[t + 1, j] * et[i, j]
                bwd[t, i] = acc
                total += acc
            for i in range(n_l):
                bwd[t, i] /= total
        for t in range(n):
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
