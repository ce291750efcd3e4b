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

import unicodedata
from dataclasses import dataclass
from functools import cache

from marsad.resources import load_charmap


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


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map."""
    table = _table()
    chars: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        folded = _fold(ch, table)
        for c in folded:
            if c == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            chars.append(c)
            offsets.append(i)
    return Normalized("".join(chars), tuple(offsets), len(text))


def norm(s: str) -> str:
    """The matching form of a string (no offset map), stripped."""
    table = _table()
    out = "".join(_fold(ch, table) for ch in s)
    return " ".join(out.split())
