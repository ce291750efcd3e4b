"""Regular-expression helpers shared by the rule modules (dates, numbers, name patterns)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any


def alt(words: Iterable[str]) -> str:
    r"""A regex alternation of literal words (a space matches any white space), longest first (so the
    longest form wins).

    Written as a letter tree: ``(?:ت(?:شرين\sالثاني|موز)|...)``, each node trying its longer words
    before the word that ends there.  The words that match at one position are prefixes of one
    another, and the tree tries them longest first as the flat list ``longest|…|shortest`` does, so
    the regex matches the same; the engine just compares each letter once instead of once per word.
    """
    tree: dict[str, Any] = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(r"\s" if ch == " " else re.escape(ch), {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if "" in node:
            branches.append("")  # the word ending here, after the longer ones
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(tree) + ")"


#: a letter: a word character that is neither a digit nor "_"
LETTER = r"[^\W\d_]"
#: the start boundary of the rule patterns: not preceded by a letter (the text's start, a space, a digit …)
START = rf"(?<!{LETTER})"
#: a character that is not an Arabic letter (U+0621–U+064A, all letters): holds the character before every
#: match of a pattern that starts with :data:`START`
NOT_ARABIC_LETTER = r"[^\u0621-\u064a]"


class StartFinder:
    r"""``pattern.finditer(text)`` for a pattern that begins with a look-behind, several times faster.

    A pattern that begins with a look-behind (such as :data:`START`) gives the regex engine no first
    character to scan for, so ``finditer`` runs the whole pattern at every position of the text.  The
    finder searches instead with ``scan`` = ``before`` + a look-ahead for a character a match can start
    with (:func:`first_chars`) + the pattern itself.  ``before`` is a character class that holds the
    character before every match (not at the text's start) of the pattern, and a class first lets the
    engine skip in a tight loop to the places where it holds.  So ``scan`` matches at ``p - 1`` exactly
    where the pattern matches at ``p > 0``, with the same groups (``before`` consumed the character the
    pattern's look-behind reads; the look-ahead holds wherever the pattern matches), and the pattern
    itself only has to be tried at position 0.

    The matches yielded are ``scan``'s (after the first, which may be the pattern's at 0): every group
    (by name or number, ≥ 1) is the one ``finditer`` gives; group 0 starts one character early.
    """

    __slots__ = ("pattern", "scan")

    def __init__(self, pattern: re.Pattern[str], before: str | None = None) -> None:
        """Args: pattern: a compiled regex that never matches the empty string; before: a character class
        that holds the character before each of its matches (default: :data:`NOT_ARABIC_LETTER`, for a
        pattern that starts with :data:`START`).  Raises ``ValueError`` where the finder does not apply."""
        src = pattern.pattern
        if before is None:
            if not src.startswith(START):
                raise ValueError(f"pattern does not start with {START!r}: {src[:40]!r}")
            before = NOT_ARABIC_LETTER
        first = first_chars(src, pattern.flags)
        if first is None:
            # every match must consume a character (so that the next search can start before its end)
            raise ValueError(f"the pattern may match the empty string, or is not understood: {src[:40]!r}")
        self.pattern = pattern
        self.scan = re.compile(f"{before}(?={_any_of(first)}){src}", pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``, in order (group 0 aside: see the class)."""
        pos = 0
        m = self.pattern.match(text)
        if m is not None:
            yield m
            pos = m.end() - 1
        search = self.scan.search
        while (m := search(text, pos)) is not None:
            yield m
            pos = m.end() - 1


def start_finder(pattern: re.Pattern[str], before: str | None = None) -> StartFinder | None:
    """A :class:`StartFinder` for ``pattern``, or None where it does not apply (use ``pattern.finditer``)."""
    try:
        return StartFinder(pattern, before)
    except (ValueError, re.error):
        return None


class WindowFinder:
    r"""``pattern.finditer(text)`` for a pattern every match of which contains an *anchor*: a place where
    another, simpler regex (``anchor``, e.g. a month name) matches.  Only the text around the anchors is
    searched.

    ``width`` bounds the characters a match consumes and ``reach`` the characters one attempt at a position
    reads from it (look-aheads included), both read from the pattern with the standard library's parser
    (:func:`pattern_bounds`).  A match that contains the anchor at ``q`` starts after ``q - width``; an attempt
    at ``p <= q`` reads nothing at or beyond ``q + reach``, so ``pattern.search(text, lo, q + reach)`` tries
    each ``p`` in ``lo … q`` exactly as a search of the whole text does (the look-behinds still see the text
    before ``lo``).  Taking the anchors in order and the search from the end of the last match, the finder
    yields the matches ``finditer`` yields, as the same match objects would be (same spans and groups).
    """

    __slots__ = ("pattern", "reach", "width")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Args: pattern: a compiled regex that never matches the empty string.  Raises ``ValueError`` where
        its bounds cannot be read (an unbounded repeat, a construct :func:`pattern_bounds` does not follow)."""
        bounds = pattern_bounds(pattern.pattern, pattern.flags)
        if bounds is None or bounds[0] == 0:
            raise ValueError(f"no bounds for the pattern {pattern.pattern[:40]!r}")
        self.pattern = pattern
        self.width, self.reach = bounds

    def finditer(self, text: str, anchors: list[int]) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``, given every position where the anchor regex matches
        (``anchor_starts``), in increasing order."""
        search = self.pattern.search
        width, reach = self.width, self.reach
        pos = 0  # where the next match may start: the end of the last one
        tried = 0  # the attempts at pos … tried - 1 failed
        for q in anchors:
            lo = max(pos, tried, q - width + 1)  # a match holding q starts after q - width
            if lo > q:
                continue
            m = search(text, lo, q + reach)
            if m is not None and m.start() <= q:
                yield m
                pos = m.end()
            else:
                tried = q + 1  # attempts beyond q read past the window: tried again with the next anchor


def window_finder(pattern: re.Pattern[str]) -> WindowFinder | None:
    """A :class:`WindowFinder` for ``pattern``, or None where it does not apply (use ``pattern.finditer``)."""
    try:
        return WindowFinder(pattern)
    except (ValueError, re.error):
        return None


def anchor_starts(anchor: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``anchor`` matches ``text`` (``anchor.match(text, p)``), overlapping ones too."""
    out: list[int] = []
    search = anchor.search
    m = search(text)
    while m is not None:
        p = m.start()
        out.append(p)
        m = search(text, p + 1)
    return out


def pattern_bounds(src: str, flags: int = re.UNICODE) -> tuple[int, int] | None:
    """``(width, reach)`` of a pattern: the most characters a match consumes, and the most characters after
    its start that one attempt reads (look-aheads and the test of a position by an anchor such as ``$``
    included; look-behinds read only what lies before the current position).  None when a repeat is
    unbounded or a construct is not followed (conditional groups, inline flags, …).
    """
    parsed = _parsed(src, flags)
    if parsed is None:
        return None
    try:
        return _span(parsed, {})
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None


def _parsed(src: str, flags: int) -> Any:
    """The standard library's parse tree of a pattern (``re._parser``), or None when flags other than the default
    are given or set inline («(?i)»), or the parser is missing, differs or rejects the pattern."""
    if flags & ~re.UNICODE:
        return None
    try:
        try:
            sre_parse: Any = importlib.import_module("re._parser")  # Python ≥ 3.11
        except ImportError:  # pragma: no cover - Python < 3.11
            sre_parse = importlib.import_module("sre_parse")
        parsed = sre_parse.parse(src, flags)
        return None if parsed.state.flags & ~re.UNICODE else parsed
    except (AttributeError, TypeError, ValueError, re.error):
        return None


def _span(seq: Any, groups: dict[int, int]) -> tuple[int, int]:
    """The most characters the sequence ``seq`` consumes, and the most it reads ahead of its start."""
    width = reach = 0  # reach: the most read by any item, from the start of the sequence
    for op, av in seq:
        name = op.name
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            w = r = 1
        elif name == "AT":
            w, r = 0, 1  # tests the character at the position (\b, $)
        elif name == "SUBPATTERN":
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(name)
            w, r = _span(sub, groups)
            if group is not None:
                groups[group] = w
        elif name == "ATOMIC_GROUP":
            w, r = _span(av, groups)
        elif name == "BRANCH":
            spans = [_span(b, groups) for b in av[1]]
            w, r = max(x for x, _ in spans), max(y for _, y in spans)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _lo, hi, item = av
            if hi >= 10_000:  # MAXREPEAT: no upper bound
                raise _Unknown("unbounded repeat")
            if hi == 0:
                continue
            w1, r1 = _span(item, groups)
            w, r = hi * w1, (hi - 1) * w1 + r1
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            w, r = 0, (_span(sub, {})[1] if direction > 0 else 0)  # a look-behind reads only what lies before
        elif name == "GROUPREF":
            if av not in groups:
                raise _Unknown(name)
            w = r = groups[av]
        else:
            raise _Unknown(name)
        reach = max(reach, width + r)
        width += w
    return width, max(reach, width)


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}  # fmt: skip


class _Unknown(Exception):
    """A part of a pattern :func:`first_chars` does not follow."""


def first_chars(src: str, flags: int = re.UNICODE) -> list[str] | None:
    r"""Character classes that together hold every character a match of ``src`` can start with.

    Returns None when a match may be empty or a construct this does not follow (``.``, a back-reference,
    a flag other than the default, …) comes before the first character.  Looks and anchors are skipped (they
    consume nothing), so the classes may hold more than the possible first characters, never fewer.
    Reads the pattern with the standard library's parser (``re._parser``); where that is missing or
    differs, returns None.
    """
    parsed = _parsed(src, flags)
    if parsed is None:
        return None
    try:
        classes: list[str] = []
        if _first(list(parsed), classes):
            return None  # may match the empty string
        return classes
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None


def _any_of(classes: list[str]) -> str:
    """One regex for "a character of one of ``classes``": the plain classes merged into one."""
    plain = sorted({c[1:-1] for c in classes if not c.startswith("[^")})
    negated = sorted({c for c in classes if c.startswith("[^")})
    return "|".join(([f"[{''.join(plain)}]"] if plain else []) + negated)


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(seq: list[Any], out: list[str]) -> bool:
    """Add to ``out`` the classes of the first characters of the sequence ``seq``; True if it can be empty."""
    for op, av in seq:
        name = op.name
        if name == "LITERAL":
            out.append(f"[{_char(av)}]")
            return False
        if name == "NOT_LITERAL":
            out.append(f"[^{_char(av)}]")
            return False
        if name == "IN":
            out.append(_class(av))
            return False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(name)
            if not _first(list(sub), out):
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(list(av), out):
                return False
            continue
        if name == "BRANCH":
            empty = False
            for alt_seq in av[1]:
                empty |= _first(list(alt_seq), out)
            if not empty:
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, item = av
            if hi == 0:
                continue
            if not _first(list(item), out) and lo > 0:
                return False
            continue
        raise _Unknown(name)
    return True


def _class(items: list[tuple[Any, Any]]) -> str:
    parts = []
    for op, av in items:
        name = op.name
        if name == "NEGATE":
            parts.append("^")
        elif name == "LITERAL":
            parts.append(_char(av))
        elif name == "RANGE":
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif name == "CATEGORY" and av.name in _CATEGORIES:
            parts.append(_CATEGORIES[av.name])
        else:
            raise _Unknown(name)
    if parts and parts[0] == "^" and len(parts) == 1:
        raise _Unknown("empty negated class")
    return "[" + "".join(parts) + "]"
