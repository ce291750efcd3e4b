"""Where the fixed words of regex patterns occur, found with one pass over the text (Aho–Corasick).

Each date pattern is searched only around the places where its needed part (a month name, a year, «منذ» …)
matches (``marsad.text.regex.anchor_starts``, :class:`marsad.text.regex.WindowFinder`).  Done part by part,
that is about seventeen regex searches over every text, and the first-character sets of the larger parts
hold the commonest letters (ا، ي، م …), so the engine tries those parts at most positions of the text.

Every match of a part starts, after a fixed number of single characters, with one of a few literal strings
read from the part's regex (:func:`literal_starts`: ``«الاثنين»``, ``«امس»`` …; ``\\d[/.\\-]\\d``: one
character, then ``/``, ``.`` or ``-``).  :class:`AnchorScan` finds the literals of all the parts at once
with an Aho–Corasick automaton and tries each part's regex only where one of its literals occurs
(``need.match(text, p)``).  As every place where a part matches is such a place, the places found are
exactly those of ``anchor_starts(need, text)``.

:class:`WordScan` does the same for the rule patterns whose matches are a short clitic and then one of a list
of words (the name patterns of ``marsad.ner.patterns``, the casualty and vague-number patterns of
``marsad.numbers``): it gives their ``finditer`` matches.  The helpers live beside
:class:`marsad.text.regex.StartFinder` in the text layer, which every analysis package may import; the tokenizer
(the foundation's stage) does not use them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick

from marsad.text.regex import anchor_starts

_WHITE = re.compile(r"\s")

#: more literal starts than this: the part is searched with its regex
MAX_LITERALS = 512


class _TooMany(Exception):
    pass


def literal_starts(src: str, flags: int = re.UNICODE, limit: int = MAX_LITERALS) -> tuple[int, tuple[str, ...]] | None:
    """``(skip, literals)``: every match of the regex ``src`` consumes ``skip`` single characters and then
    a string that starts with one of ``literals`` (none of which starts with another).  ``None`` when no such
    literals are found (a match may start with any character after the skipped ones), there are more than
    ``limit`` of them, or the pattern uses flags or constructs this reading does not follow.

    Read from the standard library's parse tree: the leading items of the pattern that match one character
    of a class (``\\d``, ``[^…]``, ``.``) are skipped; then literal characters, non-capturing and capturing
    groups, alternations and classes of a few literal characters (``[/.\\-]``) are followed, and the literal
    ends at the first other item (a repeat, a look-around, a class such as ``\\s``)."""
    if flags & ~re.UNICODE:
        return None
    try:
        sre_parse: Any = importlib.import_module("re._parser")  # Python ≥ 3.11
        c: Any = importlib.import_module("re._constants")
    except ImportError:  # pragma: no cover - Python < 3.11
        return None
    try:
        parsed = sre_parse.parse(src, flags)
    except re.error:
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    items = list(parsed)
    skip = 0
    while items and (items[0][0] is c.ANY or (items[0][0] is c.IN and _set_chars(items[0][1], c, limit) is None)):
        items.pop(0)  # one character of a class
        skip += 1
    out: set[str] = set()

    def walk(seq: list[Any], prefix: str) -> None:
        if len(out) > limit:
            raise _TooMany
        if not seq:
            out.add(prefix)
            return
        op, av = seq[0]
        rest = seq[1:]
        if op is c.LITERAL:
            walk(rest, prefix + chr(av))
        elif op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            walk(list(av[3]) + rest, prefix)
        elif op is c.BRANCH:
            for branch in av[1]:
                walk(list(branch) + rest, prefix)
        elif op is c.IN and (chars := _set_chars(av, c, limit)) is not None:
            for ch in chars:
                walk(rest, prefix + ch)
        else:
            out.add(prefix)  # the literal ends here

    try:
        walk(items, "")
    except (_TooMany, RecursionError):
        return None
    if "" in out or len(out) > limit:
        return None
    minimal: list[str] = []
    for s in sorted(out, key=lambda s: (len(s), s)):
        if not any(s.startswith(t) for t in minimal):
            minimal.append(s)
    return skip, tuple(sorted(minimal))


def _set_chars(av: Any, c: Any, limit: int) -> list[str] | None:
    """The characters of a class made of literal characters and small ranges only (else None)."""
    chars: list[str] = []
    for op, x in av:
        if op is c.LITERAL:
            chars.append(chr(x))
        elif op is c.RANGE and x[1] - x[0] < limit:
            chars.extend(chr(k) for k in range(x[0], x[1] + 1))
        else:
            return None
        if len(chars) > limit:
            return None
    return chars


class AnchorScan:
    """``{need: anchor_starts(need, text) for need in needs}`` with one pass of an Aho–Corasick automaton
    over the literal starts of all the needs (:func:`literal_starts`); a need without literal starts is
    searched with ``anchor_starts``."""

    __slots__ = ("_automaton", "_plain", "needs")

    def __init__(self, needs: Sequence[re.Pattern[str]]) -> None:
        self.needs = list(dict.fromkeys(needs))
        self._plain: list[int] = []  # the needs searched with anchor_starts
        back: dict[str, list[tuple[int, int]]] = {}  # literal → (need number, start = end - back)
        for k, need in enumerate(self.needs):
            found = literal_starts(need.pattern, need.flags)
            if found is None:
                self._plain.append(k)
                continue
            skip, literals = found
            for s in literals:
                back.setdefault(s, []).append((k, len(s) - 1 + skip))
        self._automaton: Any = None
        if back:
            a = ahocorasick.Automaton()
            for s, ks in back.items():
                a.add_word(s, tuple(ks))
            a.make_automaton()
            self._automaton = a

    def places(self, text: str) -> dict[re.Pattern[str], list[int]]:
        """Per need, every position where it matches ``text`` (``anchor_starts(need, text)``), in order."""
        needs = self.needs
        cands: list[list[int]] = [[] for _ in needs]
        if self._automaton is not None:
            for end, ks in self._automaton.iter(text):
                for k, back in ks:
                    cands[k].append(end - back)
        for k in self._plain:
            cands[k] = anchor_starts(needs[k], text)
        out: dict[re.Pattern[str], list[int]] = {}
        plain = self._plain
        for k, need in enumerate(needs):
            at = cands[k]
            if at and k not in plain:
                match = need.match
                at = [p for p in sorted(set(at)) if p >= 0 and match(text, p) is not None]
            out[need] = at
        return out


class WordScan:
    r"""``rx.finditer(text)`` of patterns each of whose matches is at most ``back`` characters and then one of a
    few literal words (the name patterns' triggers after a clitic of up to two letters; the casualty words after
    a clitic of up to four), for all the patterns from one pass of an Aho–Corasick automaton over the words.

    A word holding white space stands for its part before it (a pattern made with ``alt`` reads a space as
    any white space character).  ``finditer`` searches from the end of the last match for the first place where the pattern matches; a match
    can only start ``0 … back`` characters before an occurrence of one of its words, so trying the pattern
    (``rx.match(text, p)``, with the same look-behind context) at those places only, in order and from the end
    of the last match on, gives the same matches (same spans and groups; the :class:`StartFinder`'s group 0
    started one character early, and no caller reads it)."""

    __slots__ = ("_automaton", "patterns")

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], Sequence[str], int]]) -> None:
        self.patterns = [rx for rx, _, _ in patterns]
        table: dict[str, list[tuple[int, int]]] = {}  # word → (pattern number, back from the word's last letter)
        for k, (_, words, back) in enumerate(patterns):
            # a word's part before its first space: a pattern made with ``alt`` reads a space as any white space
            for w in dict.fromkeys(_WHITE.split(w, maxsplit=1)[0] for w in words):
                if not w:
                    raise ValueError("WordScan: an empty word (or one starting with a space) would match anywhere")
                table.setdefault(w, []).extend((k, len(w) - 1 + b) for b in range(back + 1))
        a: Any = ahocorasick.Automaton()
        for w, ks in table.items():
            a.add_word(w, tuple(ks))
        a.make_automaton()
        self._automaton = a

    def finditer(self, text: str) -> list[Iterator[re.Match[str]]]:
        """Per pattern, the matches of ``rx.finditer(text)``."""
        starts: list[list[int]] = [[] for _ in self.patterns]
        for end, ks in self._automaton.iter(text):
            for k, back in ks:
                starts[k].append(end - back)
        return [matches_from(rx, text, at) for rx, at in zip(self.patterns, starts, strict=True)]


def matches_from(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every match starts at one of ``starts`` (and never is empty)."""
    pos = 0
    match = rx.match
    for p in sorted(set(starts)):
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()
