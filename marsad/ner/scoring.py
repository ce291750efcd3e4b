"""CRF state scores of a document's tokens straight from per-word score vectors (numpy).

:meth:`Featurizer.document <marsad.ner.features.Featurizer.document>` spells every token's
features out as strings (34 on average on news text) for crfsuite to look up and add.  Most of
them come from single words: a word's own features, and what it tells a neighbour at offset
``o``.  :class:`StateScorer` sums those once per word form into vectors over the labels
(``own`` and ``near[o]``, kept per word like the featurizer's caches), so that a token's state
score is a few vector additions done for the whole document at once; the few features that
depend on the sentence (edges, the bag of words at distance 3-4, word pairs, lexicon matches)
or on the document (other occurrences of a word) are added as model rows.

The score of a token is the sum of the same weights as crfsuite adds for the features of
:meth:`Featurizer.document`, grouped differently, so it equals crfsuite's up to rounding
(about 1e-15; ``benchmarks/crf_decode_identity.py`` and ``tests/ner/test_decode.py`` check the
spans and scores against crfsuite's).  Labels tie only when their weights are equal term by
term (e.g. all zero); every label's score is summed in the same order, so such ties stay exact.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import cast

import numpy as np

from marsad._accel import accelerator
from marsad.ner.decode import CrfModel, FloatArray, IntArray, segment_sums
from marsad.ner.features import DENSE_OFFSETS, DENSE_SCALE, Featurizer, WordRows, cue_window, dense_names

_LEFT_PAIR = "w[-1]|w:"
_RIGHT_PAIR = "w|w[+1]:"
_BOW_AT = (-4, -3, 3, 4)

#: the compiled per-token sums (``_fastcrf.pyx``), or None: the numpy code of :meth:`StateScorer.document` runs
_fast = accelerator("marsad.ner._fastcrf")
_BOW_ARR = np.array(_BOW_AT, dtype=np.intp)


def _pair_rows(values: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """``{a: {b: row}}`` from ``{a + "|" + b: row}`` (the values of a word-pair prefix, ``WordRows.tables``; any
    ``|`` split): ``table[a][b]`` is ``index[prefix + a + "|" + b]`` and is there exactly when that attribute is."""
    table: dict[str, dict[str, int]] = {}
    for rest, row in values.items():
        for k, c in enumerate(rest):
            if c == "|":
                table.setdefault(rest[:k], {})[rest[k + 1 :]] = row
    return table


class StateScorer:
    """State scores ``(tokens, labels)`` of a document for one model and its featurizer."""

    MAX_WORDS = 100_000

    def __init__(self, featurizer: Featurizer, model: CrfModel) -> None:
        self.fz = featurizer
        self.model = model
        idx = model.attributes
        self.index = idx
        n_labels = len(model.labels)
        self.n_labels = n_labels
        w = featurizer.window
        self.offsets = [o for o in range(-w, w + 1) if o]
        self._offsets = np.array(self.offsets, dtype=np.intp)
        # the model's rows with a zero row last: row -1 stands for "no weight"
        self.rows = np.vstack([model.state, np.zeros((1, n_labels))])
        self.bos = idx.get("BOS", -1)
        self.eos = idx.get("EOS", -1)
        self.pads = [idx.get(f"w[{o}]:<pad>", -1) for o in self.offsets]
        #: the model rows of a word's features (those of ``features._make_tok``), and value tables of attribute prefixes
        self.word_rows = WordRows(idx, featurizer.clusters, w, featurizer.embeddings, featurizer.freq)
        tables = self.word_rows.tables
        self.left_pairs = _pair_rows(tables[_LEFT_PAIR])
        self.right_pairs = _pair_rows(tables[_RIGHT_PAIR])
        #: mark → row of ``d_self=mark``, ``d_l=mark``, ``d_r=mark``
        self.mark_rows = tuple(tables[p] for p in ("d_self=", "d_l=", "d_r="))
        self._dense: dict[Sequence[str], FloatArray] = {}
        #: per word vector, its products with the dense attributes' rows (:meth:`_vec_products`), by the identity of
        #: the vector (the entry holds the vector, so its id is not reused while it is there; the vectors come from a
        #: table that makes each once): hashing a tuple of floats three times per new word cost more than the look-ups
        self._products: dict[int, tuple[tuple[float, ...], FloatArray]] = {}
        #: the places in ``offsets`` of the neighbours whose word vectors are features (DENSE_OFFSETS)
        self._dense_at = [k for k, o in enumerate(self.offsets) if o in DENSE_OFFSETS]
        #: per offset o of the lexicon features: mark → row of ``lex[o]=mark``
        self.lex_rows = {o: tables[f"lex[{o}]="] for o in (-2, -1, 0, 1)}
        #: per word: the sum of its own features' rows, of the features it gives a neighbour at
        #: each offset, and the row of its bag-of-words feature (-1: none)
        self.own: FloatArray = np.zeros((0, n_labels))
        self.near: FloatArray = np.zeros((0, 0, n_labels))
        self.bow: IntArray = np.zeros(0, dtype=np.intp)
        #: per word, for the document context: its key (an id of the stem of an Arabic word of 3+
        #: letters, -1: none), and the rows of ``d_lw=``/``d_rw=`` it gives as a left/right neighbour
        self.ctx_key: IntArray = np.zeros(0, dtype=np.intp)
        self.as_left: IntArray = np.zeros(0, dtype=np.intp)
        self.as_right: IntArray = np.zeros(0, dtype=np.intp)
        #: per word, whether it heads a word pair as a left (bit 1) or right (bit 2) word
        self.heads: IntArray = np.zeros(0, dtype=np.intp)
        self.d_n = np.array([idx.get(f"d_n:{k}", -1) for k in range(5)], dtype=np.intp)
        #: per offset, its place in ``_make_tok``'s ``near`` (which has an empty entry for offset 0)
        self.near_at = [o + w for o in self.offsets]
        # room for the words of a few hundred articles from the start (np.zeros: pages are touched as words come)
        self._reset(1 << 15)

    # -- per-word vectors ----------------------------------------------------
    def _reset(self, capacity: int) -> None:
        """Forget every word; room for ``capacity - 1`` words (the last row stands for a gap, see :meth:`document`)."""
        self.words: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        #: per word: its matching form
        self.norms: list[str] = []
        self._alloc(max(capacity, 2), 0)

    def _add_words(self, new: Sequence[str]) -> None:
        """Compute the vectors of words not seen yet (all at once)."""
        start = len(self.words)
        end = start + len(new)
        if end >= len(self.own):
            self._alloc(max(2 * len(self.own), end + 1), start)
        # per word, the model rows of its own features and of what it gives each offset (WordRows: the rows of
        # _make_tok's features without the strings), then one sum per part
        info = self._word_rows(new)
        parts = [t[3] for t in info]
        for k in self.near_at:
            parts += [t[4][k] for t in info]
        sums = self._row_sums(parts)
        sums = sums.reshape(1 + len(self.offsets), len(info), self.n_labels)
        self.own[start:end] = sums[0]
        self.near[:, start:end] = sums[1:]
        with_vec = [k for k, t in enumerate(info) if t[5] is not None]
        if with_vec:
            # real-valued features: the word's vector times the weights of its dimensions' attributes, once per
            # vector (words of one stem share it): the rows for the word itself and for each neighbour offset
            vecs = [v for k in with_vec if (v := info[k][5]) is not None]
            got = np.array(self._vec_products(vecs))
            at = np.array(with_vec, dtype=np.intp) + start
            self.own[at] += got[:, 0]
            for j, k in enumerate(self._dense_at, 1):
                self.near[k, at] += got[:, j]
        tables = self.word_rows.tables
        bow_t, left_t, right_t = tables["bow="], tables["d_lw="], tables["d_rw="]
        self.bow[start:end] = [bow_t.get(t[1], -1) if t[2] == "ar" else -1 for t in info]
        stems = self.stems
        self.ctx_key[start:end] = [
            stems.setdefault(t[1], len(stems)) if t[2] == "ar" and len(t[1]) >= 3 else -1 for t in info
        ]
        self.as_left[start:end] = [left_t.get(t[0], -1) for t in info]
        self.as_right[start:end] = [right_t.get(t[0], -1) for t in info]
        left, right = self.left_pairs, self.right_pairs
        self.heads[start:end] = [(t[0] in left) | (t[0] in right) << 1 for t in info]
        self.norms += [t[0] for t in info]
        for k, word in enumerate(new, start):
            self.words[word] = k

    def _word_rows(
        self, words: Sequence[str]
    ) -> list[tuple[str, str, str, list[int], list[list[int]], tuple[float, ...] | None]]:
        """:meth:`WordRows.rows <marsad.ner.features.WordRows.rows>` of each word."""
        if _fast is not None and type(self.word_rows) is WordRows:  # the same rows, compiled
            return _fast.word_rows(self.word_rows, list(words))
        return list(map(self.word_rows.rows, words))

    def _vec_products(self, vecs: Sequence[tuple[float, ...]]) -> list[FloatArray]:
        """The products of word vectors (raw, as the table gives them) with the weights of their dimensions'
        attributes, ``(1 + len(DENSE_OFFSETS), L)`` per vector: the word's own, then per neighbour offset (in the
        order of ``self.offsets``), remembered per vector; those of ``vecs`` not seen yet are computed first.  Two
        equal vectors that are different objects each get their own product: the same floats (each product is
        summed on its own, see below)."""
        products = self._products
        if len(products) > self.MAX_WORDS:
            products.clear()
        fresh: dict[int, tuple[float, ...]] = {}
        for v in vecs:
            hit = products.get(id(v))
            if hit is None or hit[0] is not v:
                fresh[id(v)] = v
        if fresh:
            new = list(fresh.values())
            # the vector is the table's times DENSE_SCALE, a power of two: the same floats as _make_tok's
            x = np.array(new) * DENSE_SCALE
            dim = x.shape[1]
            # einsum sums each vector's row on its own, in a fixed order: a BLAS product's last bit could depend on
            # which other vectors share the batch (and batch runs would then differ from run to run)
            parts = [
                np.einsum("wd,dl->wl", x, self._dense_rows(dense_names(dim, o)))
                for o in (0, *(self.offsets[k] for k in self._dense_at))
            ]
            stacked = np.stack(parts, axis=1)
            for m, v in enumerate(new):
                products[id(v)] = (v, stacked[m])
        return [products[id(v)][1] for v in vecs]

    def _dense_rows(self, names: Sequence[str]) -> FloatArray:
        """The model rows of real-valued attributes (zeros for those without a weight), ``(dim, L)``."""
        got = self._dense.get(names)
        if got is None:
            idx = self.index
            got = self._dense[names] = self.rows[[idx.get(x, -1) for x in names]]
        return got

    def _alloc(self, capacity: int, keep: int) -> None:
        """(Re)allocate the word arrays for ``capacity`` rows, keeping the first ``keep`` words'.

        The last row is no word: a gap beside a sentence, whose ``near`` vectors are the rows
        of the pad features (``w[o]:<pad>``) and which has no bag-of-words feature.
        """
        own = np.zeros((capacity, self.n_labels))
        near = np.zeros((len(self.offsets), capacity, self.n_labels))
        ints = [np.full(capacity, -1, dtype=np.intp) for _ in range(5)]
        if keep:
            own[:keep] = self.own[:keep]
            near[:, :keep] = self.near[:, :keep]
            for new, old in zip(ints, (self.bow, self.ctx_key, self.as_left, self.as_right, self.heads), strict=True):
                new[:keep] = old[:keep]
        near[:, -1] = self.rows[self.pads]
        self.own, self.near = own, near
        self.bow, self.ctx_key, self.as_left, self.as_right, self.heads = ints
        self.heads[-1] = 0  # the gap starts no pair

    def _part_sums(self, parts: Sequence[Sequence[str]]) -> FloatArray:
        """Per part, the sum of the rows of its features the model knows (:func:`segment_sums` of them in the part's order):
        ``_sums([[idx[x] for x in part if x in idx] for part in parts])``, the look-ups done in one pass."""
        if _fast is not None and type(self.index) is dict:  # the same sums, compiled
            return _fast.part_sums(list(parts), self.index, self.rows)
        flat = list(itertools.chain.from_iterable(parts))
        found = np.array(list(map(self.index.get, flat, itertools.repeat(-1))), dtype=np.intp)
        known = found >= 0
        group = np.repeat(np.arange(len(parts)), [len(p) for p in parts])[known]
        counts = np.bincount(group, minlength=len(parts))
        return segment_sums(self.rows[found[known]], counts.tolist(), self.n_labels)

    def _row_sums(self, groups: list[list[int]]) -> FloatArray:
        """Per group of model rows, their sum (:func:`segment_sums`, the floats of :meth:`_part_sums`)."""
        if _fast is not None:  # the same sums, compiled
            return _fast.row_sums(groups, self.rows)
        return self._sums(groups)

    def _sums(self, groups: list[list[int]]) -> FloatArray:
        flat = np.array([r for g in groups for r in g], dtype=np.intp)
        return segment_sums(self.rows[flat], [len(g) for g in groups], self.n_labels)

    # -- a document --------------------------------------------------------
    def document(
        self, sentences: Sequence[Sequence[str]], *, context: int = 10
    ) -> tuple[FloatArray, IntArray]:
        """State scores of all tokens (sentence after sentence, ``(N, L)``) and the sentence lengths."""
        if len(self.words) > self.MAX_WORDS:
            self._reset(len(self.own))
        words = self.words
        flat_words = list(itertools.chain.from_iterable(sentences))
        found = list(map(words.get, flat_words))
        if None in found:
            self._add_words([w for w in dict.fromkeys(flat_words) if w not in words])
        wids: list[int] = list(map(words.__getitem__, flat_words)) if None in found else cast("list[int]", found)
        lengths = np.array(list(map(len, sentences)), dtype=np.intp)
        n = len(flat_words)
        if n == 0:
            return np.zeros((0, self.n_labels)), lengths
        wid = np.array(wids, dtype=np.intp)
        sent = np.repeat(np.arange(len(sentences)), lengths)
        pos = np.arange(n) - (np.cumsum(lengths) - lengths)[sent]
        size = lengths[sent]
        rows = self.rows
        if _fast is not None:  # the same sums, compiled
            scores = _fast.token_scores(
                self.own, self.near, self._offsets, wid, lengths, self.bow, rows, self.bos, self.eos, _BOW_ARR
            )
        else:
            scores = self._token_scores(wid, sent, pos, size)
        # word pairs, lexicon matches and document context: model rows per token
        norms = self.norms
        match = self.fz.lexicon.match
        marks: list[AbstractSet[str]] = []
        base = 0
        all_ns = list(map(norms.__getitem__, wids))
        for length in lengths.tolist():
            marks += match(all_ns[base : base + length])
            base += length
        extra_tok, extra_row = self._extras(all_ns, marks, wid, pos, size, lengths)
        tok_parts = [np.array(extra_tok, dtype=np.intp)]
        row_parts = [np.array(extra_row, dtype=np.intp)]
        if context > 0:
            tok_ctx, row_ctx = self._context(wid, sent, pos, size, marks, context)
            tok_parts.append(tok_ctx)
            row_parts.append(row_ctx)
        at = np.concatenate(tok_parts)
        if len(at):
            if _fast is not None:
                _fast.add_rows(scores, at, np.concatenate(row_parts), rows)
            else:
                np.add.at(scores, at, rows[np.concatenate(row_parts)])
        return scores, lengths

    def _token_scores(self, wid: IntArray, sent: IntArray, pos: IntArray, size: IntArray) -> FloatArray:
        """The per-word part of the state scores: own and neighbour vectors, sentence edges, bag of words."""
        n = len(wid)
        # the tokens laid out with ``span`` gaps before and after every sentence (word id -1 there):
        # a neighbour at offset o is then always at ext_at + o, a gap standing for "no word"
        span = max(2 * self.fz.window, max(-o for o in _BOW_AT), max(_BOW_AT))
        ext_at = np.arange(n) + span * (2 * sent + 1)
        ext = np.full(n + 2 * span * (int(sent[-1]) + 1), -1, dtype=np.intp)
        ext[ext_at] = wid
        rows = self.rows
        scores = self.own[wid]
        for k, o in enumerate(self.offsets):
            # the neighbour's near[o] vector, or the pad feature's row in a gap (the last row of near)
            scores += self.near[k, ext[ext_at + o]]
        # the features of the sentence edges
        scores[pos == 0] += rows[self.bos]
        scores[pos == size - 1] += rows[self.eos]
        # bag of words at distance 3-4: a set of features, so a repeated word counts once
        bows = self.bow
        seen: list[np.ndarray] = []
        for o in _BOW_AT:
            key = bows[ext[ext_at + o]]
            fresh = key.copy()
            for prev in seen:
                fresh[key == prev] = -1
            seen.append(key)
            scores += rows[fresh]  # row -1 is zeros
        return scores

    def _extras(
        self,
        ns: Sequence[str],
        marks: Sequence[AbstractSet[str]],
        wid: IntArray,
        pos: IntArray,
        size: IntArray,
        lengths: IntArray,
    ) -> tuple[list[int], list[int]]:
        """:meth:`_sentence_extras` of every sentence of a document (tokens numbered through the document): the
        same rows for each token, in the same order (so the sums are the same floats), only the tokens in a
        different order: first the word pairs, then the lexicon rows, then the cue windows.  The word pairs are
        looked up only from the tokens whose matching form begins some pair attribute (``heads``, per word)."""
        out_tok: list[int] = []
        out_row: list[int] = []
        heads = self.heads[wid]
        heads[pos == size - 1] = 0  # a sentence's last token has no right neighbour
        left, right = self.left_pairs, self.right_pairs
        for i in np.flatnonzero(heads & 1).tolist():
            if (r := left[ns[i]].get(ns[i + 1])) is not None:
                out_tok.append(i + 1)
                out_row.append(r)
        for i in np.flatnonzero(heads & 2).tolist():
            if (r := right[ns[i]].get(ns[i + 1])) is not None:
                out_tok.append(i)
                out_row.append(r)
        marked = [j for j, m in enumerate(marks) if m]
        if marked:
            lex_rows = self.lex_rows
            pos_l, size_l = pos.tolist(), size.tolist()
            for j in marked:
                p, n = pos_l[j], size_l[j]
                for o in (-2, -1, 0, 1):
                    if 0 <= p - o < n:
                        rows_o = lex_rows[o]
                        for m in marks[j]:
                            r = rows_o.get(m)
                            if r is not None:
                                out_tok.append(j - o)
                                out_row.append(r)
        if self.fz.cuewin:
            idx = self.index
            base = 0
            for length in lengths.tolist():
                for i, feats in enumerate(cue_window(ns[base : base + length], marks[base : base + length])):
                    for x in feats:
                        r = idx.get(x)
                        if r is not None:
                            out_tok.append(base + i)
                            out_row.append(r)
                base += length
        return out_tok, out_row

    def _sentence_extras(
        self,
        ns: Sequence[str],
        marks: Sequence[AbstractSet[str]],
        base: int,
        out_tok: list[int],
        out_row: list[int],
    ) -> None:
        """The word-pair and lexicon features of one sentence's tokens (token ``base + i``) as model rows (the
        definition of :meth:`_extras`, which :meth:`document` uses)."""
        n = len(ns)
        left, right = self.left_pairs, self.right_pairs
        for i in range(n - 1):
            a = ns[i]
            if (bs := left.get(a)) is not None and (r := bs.get(ns[i + 1])) is not None:
                out_tok.append(base + i + 1)
                out_row.append(r)
            if (bs := right.get(a)) is not None and (r := bs.get(ns[i + 1])) is not None:
                out_tok.append(base + i)
                out_row.append(r)
        lex_rows = self.lex_rows
        for j in [j for j in range(n) if marks[j]]:
            for o in (-2, -1, 0, 1):
                i = j - o
                if 0 <= i < n:
                    rows_o = lex_rows[o]
                    for m in marks[j]:
                        r = rows_o.get(m)
                        if r is not None:
                            out_tok.append(base + i)
                            out_row.append(r)
        if self.fz.cuewin:
            idx = self.index
            for i, feats in enumerate(cue_window(ns, marks)):
                for x in feats:
                    r = idx.get(x)
                    if r is not None:
                        out_tok.append(base + i)
                        out_row.append(r)

    def _context(
        self,
        wid: IntArray,
        sent: IntArray,
        pos: IntArray,
        size: IntArray,
        marks: Sequence[AbstractSet[str]],
        context: int,
    ) -> tuple[IntArray, IntArray]:
        """The document-context features (:meth:`Featurizer.document <marsad.ner.features.Featurizer.document>`): tokens and rows.

        The definition of ``features._add_context``, computed on arrays: an occurrence of a word
        (by context key: its stem) gets every feature that some *other* occurrence within
        ``±context`` sentences contributes (``d_lw=``/``d_rw=`` its neighbour words, ``d_l=``,
        ``d_self=``, ``d_r=`` the lexicon marks beside and on it), once, and ``d_n:`` the number
        of those other occurrences (at most 4).
        """
        none = np.zeros(0, dtype=np.intp)
        key = self.ctx_key[wid]
        sel = np.flatnonzero(key >= 0)
        if len(sel) < 2:
            return none, none
        # the occurrences grouped by key, in document order within a group
        order = sel[np.argsort(key[sel], kind="stable")]
        k_sorted = key[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = k_sorted[1:] != k_sorted[:-1]
        group = np.cumsum(first) - 1
        several = np.bincount(group)[group] >= 2
        occ, group = order[several], group[several]
        n_occ = len(occ)
        if not n_occ:
            return none, none
        # each occurrence's window: the occurrences of its group within ±context sentences
        spacing = int(sent.max()) + 2 * context + 1
        at = group * spacing + sent[occ]
        lo = np.searchsorted(at, at - context, side="left")
        hi = np.searchsorted(at, at + context, side="right")
        n_other = hi - lo - 1
        # what each occurrence contributes: (occurrence, row) pairs
        n = len(wid)
        left = np.where(pos[occ] > 0, self.as_left[wid[np.maximum(occ - 1, 0)]], -1)
        right = np.where(pos[occ] + 1 < size[occ], self.as_right[wid[np.minimum(occ + 1, n - 1)]], -1)
        ms = np.arange(n_occ)
        pair_m = [ms[left >= 0], ms[right >= 0]]
        pair_r = [left[left >= 0], right[right >= 0]]
        # the lexicon marks' rows: (token, row) pairs per kind, for the marked tokens only
        by_kind: tuple[tuple[list[int], list[int]], ...] = (([], []), ([], []), ([], []))
        kinds = list(zip(by_kind, self.mark_rows, strict=True))
        for j, mk in enumerate(marks):
            if mk:
                for x in mk:
                    for (toks, rws), table in kinds:
                        if (r := table.get(x)) is not None:
                            toks.append(j)
                            rws.append(r)
        p_occ, p_size = pos[occ], size[occ]
        sources = (occ, occ - 1, occ + 1)  # d_self: the occurrence, d_l: its left, d_r: its right neighbour
        valid = (None, p_occ > 0, p_occ + 1 < p_size)
        for (toks, rws), src, ok in zip(by_kind, sources, valid, strict=True):
            if not toks:
                continue
            t_arr = np.array(toks, dtype=np.intp)
            lo_m = np.searchsorted(t_arr, src, side="left")
            count = np.searchsorted(t_arr, src, side="right") - lo_m
            if ok is not None:
                count[~ok] = 0
            owner, at_m = _expand(lo_m, count)
            pair_m.append(owner)
            pair_r.append(np.array(rws, dtype=np.intp)[at_m])
        pm = np.concatenate(pair_m)
        by_m = np.argsort(pm, kind="stable")
        pm, pr = pm[by_m], np.concatenate(pair_r)[by_m]
        start = np.searchsorted(pm, np.arange(n_occ + 1))
        # every occurrence gets the pairs of its window's occurrences, except its own, once each
        target, src = _expand(start[lo], start[hi] - start[lo])
        other = pm[src] != target
        code = _unique(target[other] * len(self.rows) + pr[src][other])
        gets = np.flatnonzero(n_other > 0)
        d_n = self.d_n[np.minimum(n_other[gets], 4)]
        has_dn = d_n >= 0
        return (
            np.concatenate([occ[code // len(self.rows)], occ[gets[has_dn]]]),
            np.concatenate([code % len(self.rows), d_n[has_dn]]),
        )


def _unique(a: IntArray) -> IntArray:
    """``np.unique(a)`` (sorted distinct values) by a sort, cheaper on the short arrays of a document."""
    a = np.sort(a)
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def _expand(first: IntArray, count: IntArray) -> tuple[IntArray, IntArray]:
    """For ranges ``first[k] … first[k] + count[k] - 1``: each element's range number and its value."""
    owner = np.repeat(np.arange(len(count)), count)
    at = np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count) + np.repeat(first, count)
    return owner, at
