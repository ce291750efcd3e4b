"""``WindowFinder`` finds what ``finditer`` finds when every match holds an anchor; ``pattern_bounds`` never
understates what a match consumes or an attempt reads."""

from __future__ import annotations

import random
import re

import pytest

import marsad.temporal.patterns as tp
from marsad.text.normalize import norm
from marsad.text.regex import START, WindowFinder, anchor_starts, pattern_bounds, window_finder

# (pattern, anchor): every match of the pattern holds a place where the anchor matches
_HAND = [
    (START + r"(?:في\s)?(?P<x>\d{1,2}\s(?P<m>اذار|ايار|اب)(?![^\W\d_]))", r"(?:اذار|ايار|اب)(?![^\W\d_])"),
    (r"(?<![\d/])(?P<d>\d\d?)(?P<s>[/.])(?P<m>\d\d?)(?P=s)(?P<y>\d{2,4})(?![\d/]\d)", r"\d[/.]\d"),
    (r"ab?c(?=x{0,3}y)", r"c"),
    (r"(?:a|bb)c(?!d)", r"c"),
    (r"x\d{1,3}(?:-\d{1,3}){0,2}$", r"x"),
    (r"\bيوم\s(?:امس|اليوم)\b", r"يوم"),
    (START + r"(?:منذ|قبل)\s(?:\d{1,3}\s)?(?:ايام|اسابيع)(?!\s(?!الماضيه)ال)", r"منذ|قبل"),
]


def _texts(n: int, seed: int = 11) -> list[str]:
    pool = [
        "اذار", "ايار", "اب", "باذار", "ياب", "في", "يوم", "امس", "اليوم", "يوم امس", "يوم اليوم", "منذ ايام", "قبل 3 اسابيع", "منذ",  "قبل", "ايام", "اسابيع", "الماضيه",
        "الحرب", "12", "3", "1", "2019", "14/3/2019", "1.2.19", "/", ".", "-", "a", "b", "bb", "c", "d", "x", "y",
        "ab", "abc", "cxy", "acy", "abcxy", "acxxxy", "acd", "bbc", "bbcd", "x12-3", "x5", "\n", "،",
    ]  # fmt: skip
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(pool) for _ in range(rng.randint(0, 16))]
        seps = [rng.choice([" ", " ", "", "\n", "  "]) for _ in words]
        out.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return out


def _found(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("src", "anchor"), _HAND)
def test_hand_patterns(src: str, anchor: str) -> None:
    rx, at = re.compile(src), re.compile(anchor)
    finder = WindowFinder(rx)
    matched = 0
    for text in [*_texts(3000), "", "c", "acy", "x1"]:
        expected = _found(rx.finditer(text))
        matched += len(expected)
        assert _found(finder.finditer(text, anchor_starts(at, text))) == expected, (src, text)
    assert matched > 20


def test_date_patterns_find_what_finditer_finds() -> None:
    lx = tp.lexicon()
    pool = [
        *lx.months, *lx.weekdays, *lx.relative_days, *lx.parts_of_day, *lx.period_units, *lx.modifiers, *lx.ago,
        *lx.duration_units, *lx.recent_periods, *lx.year_words, *lx.ordinals, *lx.same, *lx.day_shift,
        "يوم", "يومي", "ليله", "شهر", "الشهر", "الاسبوع", "في", "منذ", "بين", "من", "الي", "حتي", "و", "-", "/", "(",
        ")", "،", ".", "منه", "نفس", "ذات", "2019", "1999", "1445", "14", "3", "27", "14/03/2019", "2020-01-05",
        "5.3.2021", "الاسبوعين", "الشهرين", "الاشهر", "قتل", "المدينه", "وفي", "باذار", "وب",
    ]  # fmt: skip
    rng = random.Random(29)
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(2, 30))) for _ in range(1500)]
    texts += [norm("وقعت الاشتباكات بين 12 و14 تشرين الأول/أكتوبر من عام 2015 وتجددت صباح اليوم")]
    windowed = 0
    for pat in tp.patterns():
        if pat.needs is None or pat.window is None:
            continue
        windowed += 1
        for t in texts:
            expected = _found(pat.regex.finditer(t))
            assert _found(pat.window.finditer(t, anchor_starts(pat.needs, t))) == expected, (pat.kind, t)
    assert windowed >= 20


def test_bounds_hold_on_matches() -> None:
    """No match is longer than ``width``, and a search cut at ``start + reach`` finds the same match."""
    cases = [src for src, _ in _HAND] + [p.regex.pattern for p in tp.patterns()[:12]]
    texts = _texts(800)
    for src in cases:
        rx = re.compile(src)
        bounds = pattern_bounds(src)
        assert bounds is not None, src
        width, reach = bounds
        assert reach >= width > 0
        for t in texts:
            for m in rx.finditer(t):
                assert m.end() - m.start() <= width
                cut = rx.search(t, m.start(), m.start() + reach)
                assert cut is not None and cut.span() == m.span()


def test_bounds_read_from_the_pattern() -> None:
    assert pattern_bounds(r"ab") == (2, 2)
    assert pattern_bounds(r"a(?=bc)") == (1, 3)
    assert pattern_bounds(r"(?<=xy)a(?!b{1,2})") == (1, 3)
    assert pattern_bounds(r"(?:a|bcd)e?") == (4, 4)
    assert pattern_bounds(r"(?P<s>[/.]{1,2})x(?P=s)") == (5, 5)
    assert pattern_bounds(r"a$") == (1, 2)
    assert pattern_bounds(r"a+") is None  # unbounded
    assert pattern_bounds(r"(?i)a") is None
    assert pattern_bounds(r"(a)?(?(1)b|c)") is None
    assert window_finder(re.compile(r"a*")) is None
    assert window_finder(re.compile(r"(?=a)")) is None  # matches the empty string
    assert window_finder(re.compile(r"ab")) is not None


def test_anchor_starts_overlap() -> None:
    assert anchor_starts(re.compile(r"aa"), "aaaa") == [0, 1, 2]
    assert anchor_starts(re.compile(r"b"), "aaaa") == []
