"""Arabic/Unicode normalisation for matching, with an offset map back to the source.

``normalize(text)`` returns the matching form of a text and, for every
character of that form, the index of the source character it came from, so a
match found in the normalised text maps back to exact source offsets.
``norm(s)`` is the same without the map, for dictionary keys.

What is folded (data in ``resources/charmaps/arabic_match.json``): alef forms
(أ إ آ ٱ → ا), alef maqsura and Farsi ya (ى ی → ي), ta marbuta (ة → ه),
hamza seats (ؤ → و, ئ → ي), tatweel, diacritics and Quranic marks, Arabic-Indic
and Persian digits (→ ASCII), Arabic punctuation (، ؛ ؟ → , ; ?), typographic
quotes and dashes, zero-width and bidi controls; Latin letters are lower-cased;
any run of white space becomes one space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from marsad.resources import load_charmap
from marsad.text.memo import StrMemo


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, per character, the source offset it came from."""

    text: str
    offsets: tuple[int, ...]
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to a span of the source."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.source_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@cache
def _table() -> dict[str, str]:
    data = load_charmap("arabic_match")
    table: dict[str, str] = dict(data["map"])
    for lo, hi in data["drop_ranges"]:
        for cp in range(ord(lo), ord(hi) + 1):
            table[chr(cp)] = ""
    return table


def _fold(ch: str, table: dict[str, str]) -> str:
    out = table.get(ch)
    if out is not None:
        return out
    if ch.isascii():
        return ch.lower()
    if unicodedata.category(ch) == "Mn":
        return ""
    if "\ufb50" <= ch <= "\ufefc" or "\uff00" <= ch <= "\uffef":
        # presentation forms and full-width forms: decompose, then fold each part
        # (a code point with no decomposition is kept as it is)
        parts = unicodedata.normalize("NFKC", ch)
        if parts == ch:
            return ch
        return "".join(_fold(c, table) for c in parts)
    if ch.isspace():
        return " "
    return ch.lower()


@cache
def _translation() -> dict[int, str]:
    """``_fold`` precomputed for the scripts news text uses, for ``str.translate``.

    Covers U+0000–U+2FFF (Latin, Arabic, punctuation, controls) and U+FB50–U+FFFF
    (presentation and full-width forms); only code points whose folded form differs
    are kept.  Other characters (CJK, emoji…) take the slow path in ``_fold_fast``.
    """
    table = _table()
    out: dict[int, str] = {}
    category = unicodedata.category
    for cp in (*range(_FAST_END), *range(0xFB50, 0x10000)):
        ch = chr(cp)
        if ch in table:
            out[cp] = table[ch]
        elif 0xFB50 <= cp <= 0xFEFC or 0xFF00 <= cp <= 0xFFEF:
            folded = _fold(ch, table)
            if folded != ch:
                out[cp] = folded
        elif ch.isascii():
            if ch != ch.lower():
                out[cp] = ch.lower()
        elif category(ch) == "Mn":
            out[cp] = ""
        elif ch.isspace():
            if ch != " ":
                out[cp] = " "
        else:
            low = ch.lower()
            if low != ch:
                out[cp] = low
    return out


@cache
def _full_translation() -> dict[int, str]:
    """``_translation`` with every code point of its ranges present (unchanged ones map to
    themselves): ``str.translate`` is faster when no look-up misses."""
    out = {cp: chr(cp) for cp in (*range(_FAST_END), *range(0xFB50, 0x10000))}
    out.update(_translation())
    return out


def _fold_fast(ch: str, trans: dict[int, str]) -> str:
    cp = ord(ch)
    if cp < _FAST_END or 0xFB50 <= cp <= 0xFFFF:
        return trans.get(cp, ch)
    return _fold(ch, _table())


_FAST_END = 0x3000
# characters outside the precomputed table (see _translation)
_SLOW_RE = re.compile("[\u3000-\ufb4f\U00010000-\U0010ffff]")


@cache
def _irregular() -> re.Pattern[str]:
    """Characters whose folded form is not exactly one character (dropped marks, decomposed
    presentation forms) or that lie outside the precomputed table: the only ones ``normalize``
    must fold one by one.  Every other character folds to one character by ``str.translate``."""
    cps = sorted(cp for cp, out in _translation().items() if len(out) != 1)
    ranges: list[tuple[int, int]] = []
    for cp in cps:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{cls}\u3000-\ufb4f\U00010000-\U0010ffff]")


_SPACE_RUN_RE = re.compile("  +")


@cache
def _one_to_one() -> dict[str, str]:
    """The characters of the precomputed table whose folded form is one *other* character (``أ`` → ``ا``,
    ``ة`` → ``ه``, ``٣`` → ``3``, ``A`` → ``a`` …), as ``{char: folded}``.

    No folded form is itself a key (folding them again changes nothing), so replacing each key in turn
    (``str.replace``, in any order) gives what ``str.translate`` gives for the characters of the table
    that fold to one character; a table for which that does not hold gives ``{}`` (``normalize`` then
    translates)."""
    out = {chr(cp): f for cp, f in _translation().items() if len(f) == 1 and f != chr(cp)}
    return {} if any(f in out for f in out.values()) else out


#: the characters of :func:`_one_to_one` most frequent in news (in most texts: ة أ ، إ ى ئ …), replaced without
#: looking for them first
_FREQUENT = "\u0629\u0623\u060c\u0625\u0649\u0626\u00bb\u00ab\u0624\u0622\u00a0\u061f\u201d\u201c\u061b\u2013"


@cache
def _frequent_ones() -> tuple[tuple[str, str], ...]:
    """``(char, folded)`` of the :data:`_FREQUENT` characters of :func:`_one_to_one`."""
    ones = _one_to_one()
    return tuple((ch, ones[ch]) for ch in _FREQUENT if ch in ones)


@cache
def _rare_re() -> re.Pattern[str]:
    """Any other character that ``normalize`` changes: one of :func:`_one_to_one` but the frequent ones, or one
    that ``_irregular`` matches (which of them a text holds: one scan in C, few matches)."""
    frequent = {ch for ch, _ in _frequent_ones()}
    rare = _char_class(ord(ch) for ch in _one_to_one() if ch not in frequent)
    return re.compile(f"{rare[:-1]}{_irregular().pattern[1:-1]}]")


def _char_class(cps: Iterable[int]) -> str:
    """A regex character class of the code points ``cps`` (runs written as ranges)."""
    ranges: list[tuple[int, int]] = []
    for cp in sorted(cps):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


_RANGE: tuple[int, ...] = ()


def _positions(n: int) -> tuple[int, ...]:
    """``tuple(range(m))`` for some ``m >= n``, kept per process: slices of it share its int objects, so an offset
    map is made by copying references instead of making a new int per character."""
    global _RANGE
    if len(_RANGE) < n:
        _RANGE = tuple(range(max(n, 2 * len(_RANGE), 16_384)))
    return _RANGE


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map.

    Each character is folded (``_fold``); a run of spaces in the folded text keeps only its
    first space.  The characters that fold to one other character are replaced all at once, one
    ``str.replace`` per such character the text holds (:func:`_one_to_one`); only the others (dropped
    marks, decomposed forms, characters outside the table: ``_irregular``) are folded one by one.
    The same text and offsets as :func:`_normalize_translate`, the plain definition.
    """
    ones = _one_to_one()
    if not ones:
        return _normalize_translate(text)
    folded = text
    for ch, one in _frequent_ones():
        folded = folded.replace(ch, one)  # (the same string when ``ch`` is not in it)
    odd: list[int] = []  # where the characters to fold one by one stand
    for ch in set(_rare_re().findall(text)):
        rare = ones.get(ch)
        if rare is not None:
            folded = folded.replace(ch, rare)
        else:  # one that ``_irregular`` matches: the class holds no other kind
            i = text.find(ch)
            while i >= 0:
                odd.append(i)
                i = text.find(ch, i + 1)
    n = len(text)
    positions = _positions(n)
    offsets: Sequence[int]
    if not odd:
        out = folded
        offsets = positions if len(positions) == n else positions[:n]
    else:
        odd.sort()
        trans = _full_translation()
        parts: list[str] = []
        offs: list[int] = []
        pos = 0
        for i in odd:
            if i > pos:
                parts.append(folded[pos:i])
                offs += positions[pos:i]
            one = _fold_fast(text[i], trans)
            if one:
                parts.append(one)
                offs += [i] * len(one)
            pos = i + 1
        if pos < n:
            parts.append(folded[pos:])
            offs += positions[pos:n]
        out = "".join(parts)
        offsets = offs
    if "  " in out:
        # keep the first space of every run (and its source offset)
        keep: list[str] = []
        kept: list[int] = []
        last = 0
        for r in _SPACE_RUN_RE.finditer(out):
            a = r.start() + 1
            keep.append(out[last:a])
            kept += offsets[last:a]
            last = r.end()
        keep.append(out[last:])
        kept += offsets[last:]
        out, offsets = "".join(keep), kept
    return Normalized(out, offsets if type(offsets) is tuple else tuple(offsets), n)


def _normalize_translate(text: str) -> Normalized:
    """The plain definition of :func:`normalize`: runs of one-to-one characters folded with ``str.translate``."""
    trans = _full_translation()
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _irregular().finditer(text):
        i = m.start()
        if i > pos:
            parts.append(text[pos:i].translate(trans))
            offsets.extend(range(pos, i))
        folded = _fold_fast(text[i], trans)
        if folded:
            parts.append(folded)
            offsets.extend([i] * len(folded))
        pos = i + 1
    if pos < len(text):
        parts.append(text[pos:].translate(trans))
        offsets.extend(range(pos, len(text)))
    out = "".join(parts)
    if "  " in out:
        # keep the first space of every run (and its source offset)
        keep: list[str] = []
        kept: list[int] = []
        last = 0
        for r in _SPACE_RUN_RE.finditer(out):
            a = r.start() + 1
            keep.append(out[last:a])
            kept.extend(offsets[last:a])
            last = r.end()
        keep.append(out[last:])
        kept.extend(offsets[last:])
        out, offsets = "".join(keep), kept
    return Normalized(out, tuple(offsets), len(text))


def norm(s: str) -> str:
    """The matching form of a string (no offset map), stripped.  Remembered: words repeat.

    (A plain table, not ``lru_cache``, whose per-entry nodes the garbage collector walks on every
    full collection: see ``marsad.text.memo``.)
    """
    out = _NORMS.get(s)
    if out is None:
        out = _norm_memo.miss(s)
    return out


def _norm(s: str) -> str:
    trans = _full_translation()
    out = s.translate(trans)
    if not out.isascii() and _SLOW_RE.search(out):
        out = "".join(_fold_fast(c, trans) for c in s)
    return " ".join(out.split())


_norm_memo = StrMemo(_norm, 262_144)
_NORMS = _norm_memo.table


def skip_letters(text: str, start: int, k: int) -> int:
    """Source characters from ``start`` to the end of its ``k``-th letter (diacritics and tatweel ride along
    with their letter): the offset of what follows ``k`` matching-form letters («لِفصائل», 1 → after «لِ»)."""
    pos, seen = start, 0
    while seen < k and pos < len(text):
        pos += 1
        seen += 1
        while pos < len(text) and norm(text[pos]) == "" and not text[pos].isspace():
            pos += 1
    return pos - start
