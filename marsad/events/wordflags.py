"""Cue flags of a sentence's words, computed once per sentence for all its triggers.

The factuality rules and the detection features ask, trigger after trigger, whether some word of a
window is a form of a cue class (:func:`marsad.events.lexicon.matches_form`).  :func:`flags_of` answers
those questions from one list of flags per cue class and sentence: ``flags[i]`` is the answer for word
``i``.  The flags depend on the words' ``norm`` only; the last sentence's flags are kept (keyed by the
identity of its word list, which the caller does not change while it scores the sentence's triggers).

Most words are a form of no cue at all (about four in five of a news sentence).  Every vocabulary asked
about joins one union of cue words (:func:`_union`); a sentence lists once which of its words have a form
in that union, or are in it (``candidates``), and the flags of any vocabulary are then looked up for those
words only: a word outside the list is a form of no word of the union, so of none of the vocabulary.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import TYPE_CHECKING

from marsad.events.lexicon import _STEM_FORMS, stem_forms

if TYPE_CHECKING:
    from marsad.events.triggers import Word


class WordFlags:
    """Per cue class, one flag per word of a sentence."""

    __slots__ = ("_cand", "_cand_version", "_exact", "_forms", "_match", "_stems", "norms", "words")

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.norms = [w.norm for w in words]
        self._forms: dict[frozenset[str], list[bool]] = {}
        self._exact: dict[frozenset[str], list[bool]] = {}
        self._stems: list[tuple[str, ...]] | None = None
        self._match: dict[re.Pattern[str], list[int]] = {}
        self._cand: list[int] = []
        self._cand_version = -1

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

    def candidates(self, vocab: frozenset[str]) -> list[int]:
        """The indices, in order, of the words that have a form in the union of the vocabularies asked
        about (``vocab`` included) or are in it: the only words that can match ``vocab``."""
        union, version = _union(vocab)
        if self._cand_version != version:
            norms = self.norms
            isdisjoint = union.isdisjoint
            self._cand = [
                i for i, f in enumerate(self.stem_forms()) if not isdisjoint(f) or norms[i] in union
            ]
            self._cand_version = version
        return self._cand

    def first(self, vocab: frozenset[str], lo: int, hi: int, *, or_word: bool = False) -> int | None:
        """The first ``i`` in ``range(max(lo, 0), min(hi, len(words)))`` whose word is a form of a cue of
        ``vocab`` (``or_word``: or is itself in ``vocab``), else ``None``.  A short window of a cue class
        not flagged yet is scanned word by word; a long one flags the whole sentence for later calls."""
        if lo < 0:
            lo = 0
        n = len(self.norms)
        if hi > n:
            hi = n
        if lo >= hi:
            return None
        flags = (self._exact if or_word else self._forms).get(vocab)
        if flags is None:
            if hi - lo <= _SHORT:
                cand = self.candidates(vocab)
                stems_ = self._stems
                norms = self.norms
                for k in range(bisect_left(cand, lo), len(cand)):
                    i = cand[k]
                    if i >= hi:
                        return None
                    if not vocab.isdisjoint(stems_[i]) or (or_word and norms[i] in vocab):  # type: ignore[index]
                        return i
                return None
            flags = self.forms_or_word(vocab) if or_word else self.forms(vocab)
        if True not in flags:  # no flagged word at all (most vocabularies): spares the exception below
            return None
        try:
            return flags.index(True, lo, hi)
        except ValueError:
            return None

    def matching(self, rx: re.Pattern[str]) -> list[int]:
        """The indices of the words whose ``norm`` the regex matches (``rx.match``), in order."""
        found = self._match.get(rx)
        if found is None:
            found = self._match[rx] = [i for i, w in enumerate(self.norms) if rx.match(w)]
        return found

    def forms(self, vocab: frozenset[str]) -> list[bool]:
        """``[matches_form(w.norm, vocab) for w in words]``."""
        flags = self._forms.get(vocab)
        if flags is None:
            flags = [False] * len(self.norms)
            stems_ = self.stem_forms()
            for i in self.candidates(vocab):
                if not vocab.isdisjoint(stems_[i]):
                    flags[i] = True
            self._forms[vocab] = flags
        return flags

    def forms_or_word(self, vocab: frozenset[str]) -> list[bool]:
        """``[matches_form(w.norm, vocab) or w.norm in vocab for w in words]``."""
        flags = self._exact.get(vocab)
        if flags is None:
            flags = list(self.forms(vocab))
            norms = self.norms
            for i in self.candidates(vocab):
                if norms[i] in vocab:
                    flags[i] = True
            self._exact[vocab] = flags
        return flags


_SHORT = 8  # windows of at most this many words are scanned, not flagged

#: every vocabulary asked about so far, the union of their words, and a version that changes with it
_SEEN: set[frozenset[str]] = set()
_UNION: list[tuple[frozenset[str], int]] = [(frozenset(), 0)]
_UNION_LOCK = threading.Lock()


def _union(vocab: frozenset[str]) -> tuple[frozenset[str], int]:
    """The union of the words of every vocabulary asked about (``vocab`` joins it) and its version."""
    if vocab not in _SEEN:
        with _UNION_LOCK:  # threads (the web service): no vocabulary may be lost from the union
            union, version = _UNION[0]
            _UNION[0] = (union | vocab, version + 1)
            _SEEN.add(vocab)  # after the union holds it
    return _UNION[0]


_LAST: list[WordFlags] = []


def flags_of(words: list[Word]) -> WordFlags:
    """The flags of the sentence ``words`` (computed on first use, kept for the last sentence)."""
    if _LAST and _LAST[0].words is words:
        return _LAST[0]
    f = WordFlags(words)
    _LAST[:] = [f]
    return f
