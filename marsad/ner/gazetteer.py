"""A fast, clitic-aware phrase matcher over normalised Arabic text (Aho-Corasick).

Names (actors, places, sources, descriptions) are given as ``NameEntry``
tuples; their matching keys are ``marsad.text.normalize.norm`` forms.  A key
matches in a text when, in the normalised text:

* it ends at a word end (names rarely take enclitics: we are strict);
* it starts at a word start, or right after an allowed proclitic sequence
  (و ف ب ل ك and their pairs: وب، فب، ول، فل، وك، فك، وبال…) when the key
  has at least ``min_clitic_key`` letters;
* a key beginning with the article (ال…) also matches after ل in the
  assimilated form لل… ("للهيئة" → "الهيئة"), where the mention starts at
  the second ل; for a name whose article precedes a lam (اللاذقية) the two
  lams of "للاذقية" fuse and the mention is the whole word;
* the proclitic and the key do not make a run of three identical letters
  ("وبببيلا" is not "وب" + "ببيلا": Arabic spelling has no such runs).

Overlapping candidates are resolved longest-first.  Spans are reported in
source offsets (via the normaliser's offset map) and exclude the proclitics.
"""

from __future__ import annotations

import logging
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import ahocorasick

from marsad.text.normalize import Normalized, norm, normalize

log = logging.getLogger(__name__)

#: Proclitic sequences allowed before a name (normalised forms).
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك", "لب"})
#: Prefixes that end in the lam of a "لل" assimilated article.
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


class NameEntry(NamedTuple):
    """One name the matcher should find.

    Attributes:
        text: the surface form (normalised internally).
        kind: actor | place | source | person | other.
        id: the knowledge-base id, or ``None`` (descriptions, propagated names).
        label: the coarse NER label (PERS, LOC, ORG, MISC).
        name_en: English name, if known.
        data: extra facts copied into ``Mention.attrs`` (category, feature, description head…).
    """

    text: str
    kind: str
    id: str | None
    label: str = "ORG"
    name_en: str | None = None
    data: Mapping[str, Any] | None = None


@dataclass(slots=True)
class Match:
    """A match: source span, normalised span, matched key and every entry sharing that key."""

    start: int
    end: int
    nstart: int
    nend: int
    key: str
    entries: list[NameEntry] = field(default_factory=list)
    proclitic: str = ""


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class Gazetteer:
    """Phrase matcher over normalised text built from ``NameEntry`` items."""

    def __init__(
        self,
        entries: Iterable[NameEntry | tuple[Any, ...]] = (),
        *,
        min_clitic_key: int = 3,
        stop_keys: Iterable[str] = (),
    ) -> None:
        """Build the automaton.

        Args:
            entries: the names to find (``NameEntry`` or tuples of the same shape).
            min_clitic_key: shortest key (in letters) that may follow a proclitic.
            stop_keys: common words never matched as names, whatever the entries say.
        """
        self.min_clitic_key = min_clitic_key
        self._stop = {norm(s) for s in stop_keys}
        self._by_key: dict[str, list[NameEntry]] = {}
        self._automaton: Any = ahocorasick.Automaton()
        self._n_entries = 0
        for e in entries:
            self.add(e)
        self._built = False

    def add(self, entry: NameEntry | tuple[Any, ...]) -> None:
        """Add one name (the automaton is rebuilt lazily at the next match)."""
        if not isinstance(entry, NameEntry):
            entry = NameEntry(*entry)
        key = norm(entry.text)
        if not key or key in self._stop:
            return
        lst = self._by_key.setdefault(key, [])
        if any(e.kind == entry.kind and e.id == entry.id and e.id is not None for e in lst):
            return
        lst.append(entry)
        self._n_entries += 1
        self._built = False

    def __len__(self) -> int:
        return len(self._by_key)

    @property
    def keys(self) -> list[str]:
        """Every normalised key."""
        return list(self._by_key)

    def lookup(self, text: str) -> list[NameEntry]:
        """Entries whose key equals ``norm(text)``."""
        return list(self._by_key.get(norm(text), ()))

    def _build(self) -> None:
        a: Any = ahocorasick.Automaton()
        for key in self._by_key:
            a.add_word(key, (key, False))
            if key.startswith("ال") and len(key) > 3:
                # assimilated article after the preposition lam: ل + الهيئة → للهيئة
                variant = key[1:]
                if variant not in self._by_key:
                    a.add_word(variant, (key, True))
        if len(self._by_key):
            a.make_automaton()
        self._automaton = a
        self._built = True

    def find(self, text: str | Normalized, *, longest: bool = True, source: str | None = None) -> list[Match]:
        """Matches in ``text`` (a string or an already normalised text), sorted by start.

        Args:
            text: the source text, or its ``normalize()`` result.
            longest: drop candidates overlapping a longer one (else return all).
            source: the source text when ``text`` is normalised (lets spans take trailing diacritics).
        """
        normed = text if isinstance(text, Normalized) else normalize(text)
        src = text if isinstance(text, str) else source
        if not self._built:
            self._build()
        if not self._by_key:
            return []
        ntext = normed.text
        n = len(ntext)
        cands: list[Match] = []
        for end_idx, (key, lam_variant) in self._automaton.iter(ntext):
            nend = end_idx + 1
            length = len(key) - 1 if lam_variant else len(key)
            nstart = nend - length
            if nend < n and _is_word(ntext[nend]):
                continue
            if nstart > 0 and _is_word(ntext[nstart - 1]):
                ts = nstart - 1
                while ts > 0 and _is_word(ntext[ts - 1]):
                    ts -= 1
                prefix = ntext[ts:nstart]
                if lam_variant:
                    if prefix not in _LAM_PREFIXES and not (key.startswith("الل") and prefix in ("و", "ف")):
                        continue
                elif prefix not in PROCLITICS or sum(c.isalpha() for c in key) < self.min_clitic_key:
                    continue
                if _triple_run(prefix, ntext[nstart:nend]):
                    continue
            else:
                # ل + اللاذقية is written للاذقية: the preposition's lam is fused into the name's span
                if lam_variant and not key.startswith("الل"):
                    continue
                prefix = ""
            s, e = normed.to_source(nstart, nend)
            if src is not None:
                e = extend_marks(src, e)
            cands.append(Match(s, e, nstart, nend, key, list(self._by_key[key]), prefix))
        if longest:
            cands = select_longest(cands)
        cands.sort(key=lambda m: (m.start, -m.end))
        return cands


def extend_marks(text: str, end: int) -> int:
    """``end`` moved past the diacritics, tatweel and joiners that follow it ("وفداً" keeps its tanween)."""
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] in "\u0640\u200c\u200d"):
        end += 1
    return end


def _triple_run(prefix: str, body: str) -> bool:
    """True if prefix+body has three identical letters in a row across the junction."""
    joined = prefix[-2:] + body[:2]
    return any(joined[i] == joined[i + 1] == joined[i + 2] for i in range(len(joined) - 2))


def select_longest(cands: list[Match]) -> list[Match]:
    """Non-overlapping subset of ``cands``, preferring longer (then earlier) spans."""
    chosen: list[Match] = []
    ordered = sorted(cands, key=lambda m: (-(m.end - m.start), m.start))
    if any(m.end <= m.start for m in ordered):
        taken: list[tuple[int, int]] = []
        for m in ordered:
            if any(m.start < b and a < m.end for a, b in taken):
                continue
            chosen.append(m)
            taken.append((m.start, m.end))
        return chosen
    # non-empty spans: the chosen ones are disjoint, so in order of start their ends ascend too, and a
    # span overlaps one of them iff the last chosen span starting before its end ends after its start
    starts: list[int] = []
    ends: list[int] = []
    for m in ordered:
        i = bisect_left(starts, m.end)
        if i and ends[i - 1] > m.start:
            continue
        chosen.append(m)
        j = bisect_left(starts, m.start)
        starts.insert(j, m.start)
        ends.insert(j, m.end)
    return chosen
