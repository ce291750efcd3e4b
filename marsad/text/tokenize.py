"""Tokenisation that keeps offsets.

``tokenize(text)`` returns ``(start, end, kind)`` triples; the text between
tokens is white space or invisible controls only.  Arabic words keep their
diacritics, tatweel and joiners inside the token; numbers keep their
internal separators (``14/10/2016``, ``3.5``, ``1,200``, ``٢٠١٨``); every
punctuation mark is its own token.
"""

from __future__ import annotations

import re
from functools import lru_cache

_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

_TOKEN_RE = re.compile(
    rf"(?P<number>[{_DIGIT}]+(?:[.,/:\u066b\u066c\-][{_DIGIT}]+)*)"
    rf"|(?P<word>[{_AR_MARK}]*[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*)"
    r"|(?P<latin>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<space>[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]+)"
    r"|(?P<punct>.)",
    re.DOTALL,
)

_PUNCT_KIND = {"punct"}


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into tokens; each is ``(start, end, kind)`` with kind word|number|latin|punct|symbol.

    The result for the last few texts is remembered (the tokenizer stage and the geocoder both
    tokenise the article); each call returns a new list.
    """
    return list(_tokenize(text))


@lru_cache(maxsize=8)
def _tokenize(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        if kind == "space":
            continue
        if kind == "latin" and _is_arabic_run(m.group()):
            kind = "word"
        if kind == "punct":
            ch = m.group()
            if ch.isalnum():
                kind = "latin" if ch.isalpha() else "number"
            elif not _is_punct(ch):
                kind = "symbol"
        out.append((m.start(), m.end(), kind))
    return tuple(out)


def _is_arabic_run(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def _is_punct(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch).startswith("P")
