"""``StartFinder`` finds what ``finditer`` finds, for patterns that start with the boundary look-behind;
``first_chars`` never leaves out a character a match can start with."""

from __future__ import annotations

import random
import re

import pytest

import marsad.temporal.patterns as tp
from marsad.text.normalize import norm
from marsad.text.regex import START, StartFinder, first_chars, start_finder

# the clitic prefix as the date patterns wrote it before (two optional groups)
_OLD_CLITIC = r"(?:[وف](?=[^\W\d_]))?(?:[بلك](?=[^\W\d_]))?"

_HAND = [
    START + r"\d+",
    START + r"(?:[وف](?=[^\W\d_]))?(?:[بلك](?=[^\W\d_]))?(?P<x>يوم|ال\w+)",
    START + r"(?P<x>و?ب?اليوم)(?![^\W\d_])",
    START + r"(?:x|yz)+(?P<x>\d?)",
    START + r"(?P<a>[^\s\d])\s(?P=a)",
    START + r"(?:(?P<y>19\d\d)|ب(?=\w))(?P<x>.?)",
    START + r"[\W]",
]


def _texts(n: int) -> list[str]:
    lx = tp.lexicon()
    pool = [
        *lx.months, *lx.weekdays, *lx.relative_days, *lx.parts_of_day, *lx.ordinals, *lx.ago,
        "يوم", "اليوم", "وباليوم", "فاليوم", "ليله", "في", "منذ", "بين", "من", "و", "ب", "ف", "وب", "-", "/",
        "(", ")", "،", ".", "\n", "_", "x", "yz", "xyz", "abc", "2019", "1999", "14", "3", "27", "1427", "٣",
    ]  # fmt: skip
    rng = random.Random(5)
    out = []
    for _ in range(n):
        words = [rng.choice(pool) for _ in range(rng.randint(1, 12))]
        seps = [rng.choice([" ", " ", "", "\n", "،", "  "]) for _ in words]
        out.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return out


def _found(matches: object, rx: re.Pattern[str]) -> list[tuple[object, ...]]:
    # every group but group 0 (the finder's group 0 starts one character early)
    return [(*tuple(m.span(g) for g in range(1, rx.groups + 1)), m.end(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("src", _HAND)
def test_hand_patterns(src: str) -> None:
    rx = re.compile(src)
    finder = StartFinder(rx)
    for text in [*_texts(1500), "", "5", "ب5", "اليوم", "xyzx", "a a"]:
        assert _found(finder.finditer(text), rx) == _found(rx.finditer(text), rx), (src, text)


def test_date_patterns_find_what_finditer_finds() -> None:
    texts = [norm(t) for t in _texts(1500)]
    used = 0
    for pat in tp.patterns():
        finder = start_finder(pat.regex)  # the patterns are searched in windows; the finder is tested on them
        if finder is None:
            continue
        used += 1
        old = re.compile(pat.regex.pattern.replace(tp._CLITIC, _OLD_CLITIC))
        n = 0
        for text in texts:
            want = _found(old.finditer(text), old)
            assert _found(pat.regex.finditer(text), pat.regex) == want  # the clitic branches = the old groups
            assert _found(finder.finditer(text), pat.regex) == want, (pat.kind, text)
            n += len(want)
    assert used >= 20


def test_not_applicable() -> None:
    assert start_finder(re.compile(r"\d+")) is None  # no boundary look-behind
    assert start_finder(re.compile(START + r"\d*")) is None  # may be empty
    assert start_finder(re.compile(START + r"\d", re.IGNORECASE)) is None
    assert start_finder(re.compile(START + r"\d")) is not None


def test_first_chars() -> None:
    assert first_chars(r"a?b*") is None
    assert first_chars(r"(?:x|)") is None
    assert first_chars(r"(a)\1") == ["[\\U00000061]"]
    assert first_chars(r"(?=ab)c") == ["[\\U00000063]"]
    assert first_chars(r".x") is None
    rng = random.Random(9)
    for src in [
        r"(?:يوم\s)?[12]\d|\d+",
        r"[^\W\d_]+ز",
        r"(?:ال)?(?:[ا-ي]|\s\d)",
        r"x{0,2}(?:y|z?w)",
        r"[^a]b",
    ]:
        classes = first_chars(src)
        assert classes is not None
        starts = re.compile("|".join(classes))
        rx = re.compile(src)
        for _ in range(3000):
            text = "".join(rng.choice("xyzwabال12 ٣\nز") for _ in range(rng.randint(1, 6)))
            m = rx.match(text)
            if m is not None and m.end() > 0:
                assert starts.match(text), (src, text)


def test_number_patterns_find_what_finditer_finds() -> None:
    from marsad.numbers import casualties, parse

    rng = random.Random(3)
    pool = [
        *parse._words().units,
        *parse._words().tens,
        *parse._words().vague,
        *list(casualties._lexicon()[1])[:300],
    ]
    pool += ["و", "ال", "3", "12", "1,200", "2.5", "الاف", "، ", "\n", "ب", "و3", "قتل", "x"]
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(1500)]
    texts += [t.replace(" و ", " و") for t in texts[:500]]
    texts += [
        norm(t)
        for t in (
            "وثلاثة قتلى وخمسة وعشرون جريحا و3 الاف نازح وعشرات المصابين",
            "وعشرات الجرحى، قتل 12 شخصا واصيب اربعة اخرون بجروح",
            "بالقتلى والجرحى وللمصابين فالقتيل",
        )
    ]
    simple, vague, _ = parse._regexes()
    pairs = [
        (simple, parse._finders()[0]),
        (vague, parse._finders()[1]),
        (casualties._lexicon()[0], casualties._finder()),
    ]
    for rx, finder in pairs:
        n = 0
        for text in texts:
            want = _found(rx.finditer(text), rx)
            assert _found(finder.finditer(text), rx) == want, (rx.pattern[:30], text)
            n += len(want)
        assert n > 100


def test_name_patterns_find_what_finditer_finds() -> None:
    from marsad.ner import patterns as npat

    rng = random.Random(4)
    pool = [*npat.PLACE_TRIGGERS[:40], *npat.GROUP_TRIGGERS[:40], *npat.SOURCE_TRIGGERS[:40]]
    pool += [
        "ابو",
        "محمد",
        "الجولاني",
        "بكر",
        "البغدادي",
        "و",
        "ف",
        "ب",
        "ال",
        '"',
        "«",
        "»",
        "x",
        "3",
        "\n",
        "،",
    ]
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(1500)]
    texts += [t.replace(" ", "") for t in texts[:300]] + [t.replace(" و ", " و") for t in texts[:300]]
    # one sure hit of each pattern, whatever the random draws give
    texts += ["وفي بلدة محمد اليوم", "وقال فصيل «بكر» إن", "ونشرت صفحة «محمد» أن", "وقال ابو بكر البغدادي"]
    regexes = (npat._PLACE_RE, npat._GROUP_RE, npat._SOURCE_RE, npat._NICK_RE)
    for rx, (finder, _, _) in zip(regexes, npat._finders(), strict=True):
        n = 0
        for text in texts:
            want = _found(rx.finditer(text), rx)
            assert _found(finder.finditer(text), rx) == want, (rx.pattern[:30], text)
            n += len(want)
        assert n > 0
