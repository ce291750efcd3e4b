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
vocabularies holding it.  A word whose stems (:func:`marsad.events.lexicon.stem_forms`) miss the union
(about four in five of a news sentence) is a form of no cue; the stems of the others are looked up in
the inverted table.  A vocabulary not registered yet when a sentence was indexed registers and the
sentence is indexed again.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

from marsad.events.lexicon import _STEM_FORMS, stem_forms

if TYPE_CHECKING:
    from marsad.events.triggers import Word


class _Registry(NamedTuple):
    """Every vocabulary asked about so far (a snapshot: replaced, never changed, when one joins)."""

    union: frozenset[str]  # all their words
    holders: dict[str, tuple[frozenset[str], ...]]  # cue word → the vocabularies holding it
    empty: dict[frozenset[str], tuple[()]]  # every vocabulary → (): the start of a sentence's index


_REGISTRY: list[_Registry] = [_Registry(frozenset(), {}, {})]
_REGISTRY_LOCK = threading.Lock()


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
            reg = _REGISTRY[0] = _Registry(reg.union | vocab, holders, {**reg.empty, vocab: ()})
    return reg


class WordFlags:
    """Per cue class, the indices of the words of a sentence that match it."""

    __slots__ = ("_exact", "_flags", "_flags_exact", "_forms", "_joined", "_match", "_stems", "norms", "words")

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.norms = [w.norm for w in words]
        self._stems: list[tuple[str, ...]] | None = None
        #: vocabulary → indices of the words with a stem in it (``matches_form``), or () when none
        self._forms: dict[frozenset[str], list[int] | tuple[()]] | None = None
        #: the same, or with the word itself in the vocabulary (``matches_form(w) or w in vocab``)
        self._exact: dict[frozenset[str], list[int] | tuple[()]] | None = None
        self._flags: dict[frozenset[str], list[bool]] = {}
        self._flags_exact: dict[frozenset[str], list[bool]] = {}
        self._match: dict[re.Pattern[str], list[int]] = {}
        self._joined: tuple[str, list[int]] | None = None

    def stem_forms(self) -> list[tuple[str, ...]]:
        """``[stem_forms(w.norm) for w in words]``."""
        if self._stems is None:
            table = _STEM_FORMS
            out = []
            for w in self.norms:
                found = table.get(w)
                out.append(found if found is not None else stem_forms.miss(w))
            self._stems = out
        return self._stems

    def _index(self) -> None:
        """Index the words under every registered vocabulary (one pass over the sentence)."""
        reg = _REGISTRY[0]
        holders = reg.holders
        isdisjoint = reg.union.isdisjoint
        union = reg.union
        forms: dict[frozenset[str], list[int] | tuple[()]] = dict(reg.empty)
        extra: list[tuple[int, tuple[frozenset[str], ...]]] = []  # words matched as words, not by a stem
        norms = self.norms
        for i, f in enumerate(self.stem_forms()):
            n = norms[i]
            if isdisjoint(f) and n not in union:
                continue
            for s in f:
                for v in holders.get(s, ()):
                    found = forms[v]
                    if not found:
                        forms[v] = [i]
                    elif found[-1] != i:
                        found.append(i)  # type: ignore[union-attr]
            if n not in f and n in holders:
                extra.append((i, holders[n]))  # a one-letter word (،، و) has no stems
        exact = forms
        if extra:
            exact = dict(forms)
            for i, vs in extra:
                for v in vs:
                    exact[v] = sorted({*exact[v], i})
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

    def phrase_in(self, padded: tuple[str, ...], lo: int, hi: int) -> bool:
        """Does one of ``padded`` (multi-word cues with a space on each side, ``f" {cue} "``) occur in
        ``" " + " ".join(w.norm for w in words[lo:hi]) + " "``?  Searched in the sentence's joined words."""
        if not padded:
            return False
        n = len(self.norms)
        if lo < 0:
            lo = 0
        if hi > n:
            hi = n
        if lo >= hi:
            return False  # "  ": holds no cue with a space in it
        if self._joined is None:
            starts = []
            pos = 1
            for w in self.norms:
                starts.append(pos)
                pos += len(w) + 1
            starts.append(pos)  # the end of the joined text: ``" " + " ".join(norms) + " "``
            self._joined = (" " + " ".join(self.norms) + " ", starts)
        joined, starts = self._joined
        a, b = starts[lo] - 1, starts[hi]  # joined[a:b] == " " + " ".join(norms[lo:hi]) + " "
        find = joined.find
        return any(find(p, a, b) >= 0 for p in padded)


_MULTI: dict[frozenset[str], tuple[str, ...]] = {}


def padded_multi_word(vocab: frozenset[str]) -> tuple[str, ...]:
    """The cues of ``vocab`` that contain a space, each as ``f" {cue} "`` (for :meth:`WordFlags.phrase_in`)."""
    found = _MULTI.get(vocab)
    if found is None:
        found = _MULTI[vocab] = tuple(f" {cue} " for cue in vocab if " " in cue)
    return found


_LAST: list[WordFlags] = []


def flags_of(words: list[Word]) -> WordFlags:
    """The flags of the sentence ``words`` (computed on first use, kept for the last sentence)."""
    if _LAST and _LAST[0].words is words:
        return _LAST[0]
    f = WordFlags(words)
    _LAST[:] = [f]
    return f
