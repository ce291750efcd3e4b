"""Sentence word lists (``marsad.events.triggers.Word``) of short texts, for unit tests of the frame rules."""

from __future__ import annotations

from marsad.events.triggers import Word
from marsad.text.normalize import norm


def words_of(text: str) -> list[Word]:
    """Whitespace words of ``text`` with their offsets; «،» , . are punctuation tokens of their own."""
    out, pos = [], 0
    for tok in text.replace("،", " ، ").split():
        start = text.find(tok, pos)
        pos = start + len(tok)
        out.append(Word(start, pos, norm(tok), "punct" if tok in ("،", ",", ".") else "word", False))
    return out
