"""Cue positions of a sentence's words, computed once per sentence for all its triggers.

The factuality rules, the trigger sense checks and the detection features ask, trigger after trigger,
whether some word of a window is a form of a cue class (:func:`marsad.events.lexicon.matches_form`).
:func:`flags_of` answers those questions from one index per sentence: for every cue class (vocabulary),
the indices of the words that are a form of one of its cues, in order.  A window question is then one
dictionary look-up (most vocabularies match no word of a sentence) and, for the others, a binary search.
The index depends on the words' ``norm`` only; the last sentence's index is kept (keyed by the identity
of its word list, which the caller does not change while it scores the sentence's triggers).

The index is made in one pass over the sentence.  Every vocabulary asked about is registered once
(:func:`_register`): its words join one union of cue words and an inverted table, cue word → the
vocabularies holding it.  Each word's vocabularies are worked out once and remembered (:func:`_word_cues`):
a word whose stems (:func:`marsad.events.lexicon.stem_forms`) miss the union (most words) has none, the
stems of the others are looked up in the inverted table.  A vocabulary not registered yet when a sentence
was indexed registers (the remembered words are then worked out again) and the sentence is indexed again.
Multi-word cues are searched once per sentence and vocabulary in the sentence's words joined by spaces
(:meth:`WordFlags.phrase_in`).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

from marsad.events.lexicon import _STEM_FORMS, anchor_finder, has_anchored_piece, stem_forms

if TYPE_CHECKING:
    from marsad.events.triggers import Word


class _Registry(NamedTuple):
    """Every vocabulary asked about so far (a snapshot: replaced, never changed, when one joins)."""

    union: frozenset[str]  # all their words
    holders: dict[str, tuple[frozenset[str], ...]]  # cue word → the vocabularies holding it
    empty: dict[frozenset[str], tuple[()]]  # every vocabulary → (): the start of a sentence's index
    #: word → the vocabularies it is a form of, and those it is only in as a word (:func:`_word_cues`), remembered
    words: dict[str, tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]]


_REGISTRY: list[_Registry] = [_Registry(frozenset(), {}, {}, {})]
_REGISTRY_LOCK = threading.Lock()
_WORDS_MAX = 262_144  # words remembered before the table starts again from empty


def _register(vocab: frozenset[str]) -> _Registry:
    """The registry with ``vocab`` in it (added when missing)."""
    reg = _REGISTRY[0]
    if vocab in reg.empty:
        return reg
    with _REGISTRY_LOCK:  # threads (the web service): no vocabulary may be lost
        reg = _REGISTRY[0]
        if vocab not in reg.empty:
            holders = dict(reg.holders)
            for w in vocab:
                holders[w] = (*holders.get(w, ()), vocab)
            reg = _REGISTRY[0] = _Registry(reg.union | vocab, holders, {**reg.empty, vocab: ()}, {})
    return reg


_NO_CUES: tuple[tuple[()], tuple[()]] = ((), ())


def _word_cues(reg: _Registry, word: str) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """The registered vocabularies ``word`` is a form of (``matches_form``), and those it is in only as a
    word (``word in vocab`` but no stem in it: a one-letter word such as «،» or «و» has no stems); remembered
    in ``reg.words``.  A word whose stems miss the union of all vocabularies (most words) has none; the stems of a
    new word are not computed when no cue word's piece starts near its beginning (:func:`_union_finder`): then none
    of them is a cue word."""
    found = _STEM_FORMS.get(word)
    out: tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]] = _NO_CUES
    if found is None and word not in reg.union and not has_anchored_piece(_union_finder(reg), word):
        forms: tuple[str, ...] = ()  # (``reg.union.isdisjoint(stem_forms(word))``)
    else:
        forms = found if found is not None else stem_forms.miss(word)
    if not reg.union.isdisjoint(forms) or word in reg.union:
        holders = reg.holders
        vocabs: list[frozenset[str]] = []
        for s in forms:
            for v in holders.get(s, ()):
                if v not in vocabs:
                    vocabs.append(v)
        as_word = tuple(v for v in holders.get(word, ()) if v not in vocabs)
        out = (tuple(vocabs), as_word)
    table = reg.words
    if len(table) >= _WORDS_MAX:
        table.clear()
    table[word] = out
    return out


_FINDER: list[tuple[_Registry, object]] = []


def _union_finder(reg: _Registry) -> object:
    """:func:`marsad.events.lexicon.anchor_finder` of the registry's union of cue words (made once per registry: a new
    vocabulary makes a new registry)."""
    got = _FINDER[0] if _FINDER else None
    if got is not None and got[0] is reg:
        return got[1]
    finder = anchor_finder(reg.union)
    _FINDER[:] = [(reg, finder)]
    return finder


class WordFlags:
    """Per cue class, the indices of the words of a sentence that match it."""

    __slots__ = ("_exact", "_flags", "_flags_exact", "_forms", "_joined", "_match", "_phrases", "norms", "words")

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.norms = [w.norm for w in words]
        #: vocabulary → indices of the words with a stem in it (``matches_form``), or () when none
        self._forms: dict[frozenset[str], list[int] | tuple[()]] | None = None
        #: the same, or with the word itself in the vocabulary (``matches_form(w) or w in vocab``)
        self._exact: dict[frozenset[str], list[int] | tuple[()]] | None = None
        self._flags: dict[frozenset[str], list[bool]] = {}
        self._flags_exact: dict[frozenset[str], list[bool]] = {}
        self._match: dict[re.Pattern[str], list[int]] = {}
        #: the joined words, where each word starts, and the set of the words (``None`` if one is empty or has a space)
        self._joined: tuple[str, list[int], set[str] | None] | None = None
        self._phrases: dict[frozenset[str], list[tuple[int, int]]] = {}

    def _index(self) -> None:
        """Index the words under every registered vocabulary (one pass over the sentence)."""
        reg = _REGISTRY[0]
        known = reg.words
        forms: dict[frozenset[str], list[int] | tuple[()]] = dict(reg.empty)
        extra: list[tuple[int, tuple[frozenset[str], ...]]] = []  # words matched as words, not by a stem
        for i, n in enumerate(self.norms):
            found = known.get(n)
            if found is None:
                found = _word_cues(reg, n)
            if found is _NO_CUES:
                continue
            vocabs, as_word = found
            for v in vocabs:
                at = forms[v]
                if at:
                    at.append(i)  # type: ignore[union-attr]
                else:
                    forms[v] = [i]
            if as_word:
                extra.append((i, as_word))
        exact = forms
        if extra:
            exact = dict(forms)
            for i, vs in extra:
                for v in vs:
                    exact[v] = sorted([*exact[v], i])
        self._forms, self._exact = forms, exact

    def _positions(self, vocab: frozenset[str], or_word: bool) -> list[int] | tuple[()]:
        """The indices of the words matching ``vocab`` (``or_word``: or in it), in order."""
        index = self._exact if or_word else self._forms
        found = index.get(vocab) if index is not None else None
        if found is None:  # the first question of the sentence, or a vocabulary not indexed yet
            if vocab not in _REGISTRY[0].empty:
                _register(vocab)
            self._index()
            found = (self._exact if or_word else self._forms)[vocab]  # type: ignore[index]
        return found

    def first(self, vocab: frozenset[str], lo: int, hi: int, *, or_word: bool = False) -> int | None:
        """The first ``i`` in ``range(max(lo, 0), min(hi, len(words)))`` whose word is a form of a cue of
        ``vocab`` (``or_word``: or is itself in ``vocab``), else ``None``."""
        index = self._exact if or_word else self._forms
        found = index.get(vocab) if index is not None else None
        if found is None:
            found = self._positions(vocab, or_word)
        if not found:
            return None  # no word of the sentence matches (most vocabularies)
        if lo < 0:
            lo = 0
        k = bisect_left(found, lo)
        if k < len(found):
            i = found[k]
            if i < hi:
                return i
        return None

    def matching(self, rx: re.Pattern[str]) -> list[int]:
        """The indices of the words whose ``norm`` the regex matches (``rx.match``), in order."""
        found = self._match.get(rx)
        if found is None:
            found = self._match[rx] = [i for i, w in enumerate(self.norms) if rx.match(w)]
        return found

    def forms(self, vocab: frozenset[str]) -> list[bool]:
        """``[matches_form(w.norm, vocab) for w in words]``."""
        flags = self._flags.get(vocab)
        if flags is None:
            flags = [False] * len(self.norms)
            for i in self._positions(vocab, False):
                flags[i] = True
            self._flags[vocab] = flags
        return flags

    def forms_or_word(self, vocab: frozenset[str]) -> list[bool]:
        """``[matches_form(w.norm, vocab) or w.norm in vocab for w in words]``."""
        flags = self._flags_exact.get(vocab)
        if flags is None:
            flags = [False] * len(self.norms)
            for i in self._positions(vocab, True):
                flags[i] = True
            self._flags_exact[vocab] = flags
        return flags

    def phrase_in(self, vocab: frozenset[str], lo: int, hi: int) -> bool:
        """Does a cue of ``vocab`` with a space in it (a multi-word cue) occur in
        ``" " + " ".join(w.norm for w in words[lo:hi]) + " "``?  Each vocabulary's cues are searched once
        in the sentence's joined words; a window asks whether one of the places found lies within it."""
        spans = self._phrases.get(vocab)
        if spans is None:
            spans = self._phrases[vocab] = self._phrase_spans(vocab)
        if not spans:
            return False
        n = len(self.norms)
        if lo < 0:
            lo = 0
        if hi > n:
            hi = n
        if lo >= hi:
            return False  # "  ": holds no cue with a space in it
        starts = self._joined[1]  # type: ignore[index]
        a, b = starts[lo] - 1, starts[hi]  # joined[a:b] == " " + " ".join(norms[lo:hi]) + " "
        return any(a <= s and e <= b for s, e in spans)

    def _phrase_spans(self, vocab: frozenset[str]) -> list[tuple[int, int]]:
        """Where the multi-word cues of ``vocab``, a space on each side, occur in the sentence's joined words
        ``" " + " ".join(norms) + " "``: their (start, end) offsets, overlapping ones included.

        When every word is one of letters without spaces, each space of the joined words is a word boundary, so
        a cue can only occur where its first word (up to its first space) is one of the sentence's words: the
        other cues are not searched."""
        padded = padded_multi_word(vocab)
        if not padded:
            return []
        if self._joined is None:
            starts = []
            pos = 1
            for w in self.norms:
                starts.append(pos)
                pos += len(w) + 1
            starts.append(pos)  # the end of the joined text
            joined = " " + " ".join(self.norms) + " "
            plain = all(w and " " not in w for w in self.norms)
            self._joined = (joined, starts, set(self.norms) if plain else None)
        joined, _, present = self._joined
        out = []
        for p, first in padded:
            if present is not None and first not in present:
                continue
            at = joined.find(p)
            while at >= 0:
                out.append((at, at + len(p)))
                at = joined.find(p, at + 1)
        return out


_MULTI: dict[frozenset[str], tuple[tuple[str, str], ...]] = {}


def padded_multi_word(vocab: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The cues of ``vocab`` that contain a space, each as ``f" {cue} "`` (for :meth:`WordFlags.phrase_in`)
    with its first word (what comes before its first space)."""
    found = _MULTI.get(vocab)
    if found is None:
        found = _MULTI[vocab] = tuple((f" {cue} ", cue.split(" ", 1)[0]) for cue in vocab if " " in cue)
    return found


_LAST: list[WordFlags] = []


def flags_of(words: list[Word]) -> WordFlags:
    """The flags of the sentence ``words`` (computed on first use, kept for the last sentence)."""
    if _LAST and _LAST[0].words is words:
        return _LAST[0]
    f = WordFlags(words)
    _LAST[:] = [f]
    return f
