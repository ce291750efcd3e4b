"""Sentence splitting for Arabic news prose, over tokens with offsets.

A sentence ends at ``. ! ? ؟ …`` (with any closing quotes or brackets that
follow it) or at a line break; a full stop after an abbreviation or a single
letter (``د.``, ``م.``) or inside a number (``14.10.2016`` is one token) does
not end it.  The comma ``،`` and semicolon ``؛`` never do.  A line break inside
an open quotation «…» still ends the sentence: news copy rarely wraps lines.
"""

from __future__ import annotations

from functools import cache

from marsad.resources import resource_path

_TERMINAL = frozenset(".!?؟…۔")
_CLOSERS = frozenset("»”’\"')]}›")


@cache
def _abbreviations() -> frozenset[str]:
    lines = resource_path("lexicons", "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def split_sentences(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Group tokens into sentences.

    Args:
        text: the source text.
        tokens: ``(start, end)`` token offsets in order.

    Returns:
        ``(start, end, token_start, token_end)`` per sentence, where ``start``/``end``
        are character offsets (first token start, last token end).
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(tokens)
    first = 0
    i = 0
    abbr = _abbreviations()
    while i < n:
        s, e = tokens[i]
        tok = text[s:e]
        end_here = False
        if len(tok) == 1 and tok in _TERMINAL:
            end_here = not (tok == "." and _is_abbreviation(text, tokens, i, abbr))
            # absorb closing quotes/brackets and repeated terminals: «...؟!»
            while end_here and i + 1 < n and _attached(text, tokens, i) and (
                text[tokens[i + 1][0] : tokens[i + 1][1]] in _CLOSERS
                or text[tokens[i + 1][0] : tokens[i + 1][1]] in _TERMINAL
            ):
                i += 1
        if not end_here and i + 1 < n and "\n" in text[e : tokens[i + 1][0]]:
            end_here = True
        if end_here or i == n - 1:
            out.append((tokens[first][0], tokens[i][1], first, i + 1))
            first = i + 1
        i += 1
    return out


def _attached(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """True when token ``i+1`` follows token ``i`` with no line break between."""
    return "\n" not in text[tokens[i][1] : tokens[i + 1][0]]


def _is_abbreviation(text: str, tokens: list[tuple[int, int]], i: int, abbr: frozenset[str]) -> bool:
    if i == 0:
        return False
    ps, pe = tokens[i - 1]
    if pe != tokens[i][0]:
        return False  # "word ." with a space: a real full stop
    prev = text[ps:pe].lower()
    if prev not in abbr:
        return False
    # a single letter at the very end of a paragraph is still a sentence end
    if i + 1 >= len(tokens):
        return False
    return "\n" not in text[tokens[i][1] : tokens[i + 1][0]]
