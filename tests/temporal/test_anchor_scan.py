"""``AnchorScan.places`` gives, for every needed part of the date patterns, the places ``anchor_starts`` gives
(the plain definition), and :func:`literal_starts` reads the literals every match starts with."""

from __future__ import annotations

import random
import re

import pytest

import marsad.temporal.patterns as tp
from marsad.text.anchors import AnchorScan, literal_starts
from marsad.text.normalize import norm
from marsad.text.regex import anchor_starts

from .test_pattern_needs import _TEXTS, _generated


def _check(scan: AnchorScan, texts: list[str]) -> int:
    found = 0
    for text in texts:
        got = scan.places(text)
        assert list(got) == scan.needs
        for need in scan.needs:
            want = anchor_starts(need, text)
            assert got[need] == want, (need.pattern[:40], text)
            found += len(want)
    return found


def test_the_date_needs_are_found_where_anchor_starts_finds_them() -> None:
    scan = tp._anchor_scan()
    assert scan.needs == list(dict.fromkeys(p.needs for p in tp.patterns() if p.needs is not None))
    assert not scan._plain  # every need has literal starts (else it is searched as before)
    texts = [norm(t) for t in _TEXTS] + _generated(2000)
    # words glued to a clitic or to each other, and cut off at the text's ends
    rng = random.Random(5)
    texts += ["".join(t.split(" ")[: rng.randint(1, 4)]) for t in texts[:500]]
    texts += [t[rng.randint(0, 5) :] for t in texts[:500]]
    assert _check(scan, texts) > 5000


@pytest.mark.parametrize(
    "src",
    [
        r"ليل",
        r"نفس|ذات",
        r"(?:19|20|1[34])\d\d",
        r"\d[/.\-]\d",
        r"(?:ا(?:ل(?:امس|غد)|مس(?:\sالاول|)))(?![^\W\d_])",
        r"(?<=\s)قبل",  # a look-behind first: no literal start (searched as before)
        r"(?:و)?منذ",  # an optional clitic first: none either
        r"[^\W\d_]+ه",
        r"(?P<x>منذ|قبل)\s(?P<n>\d+)",
        r"(?i)abc",
    ],
)
def test_hand_made_needs(src: str) -> None:
    need = re.compile(src)
    scan = AnchorScan([need])
    texts = [norm(t) for t in _TEXTS] + [
        "منذ 3 ايام وقبل 4 اعوام", "ومنذ", "امس الاول", "امسالاول", "14/3 و1.2 و5-6", "ليلليل", "ABC abc",
        "نفسذات", "",
    ]
    _check(scan, texts)


def test_literal_starts() -> None:
    assert literal_starts("ليل") == (0, ("ليل",))
    assert literal_starts(r"(?:19|20|1[34])\d\d") == (0, ("13", "14", "19", "20"))
    assert literal_starts(r"\d[/.\-]\d") == (1, ("-", ".", "/"))
    assert literal_starts(r"(?:امس|امس\sالاول|الامس)") == (0, ("الامس", "امس"))
    assert literal_starts(r"(?P<a>قبل)|(?P<b>منذ)") == (0, ("قبل", "منذ"))
    # no literal start: a look-behind, an optional or repeated first item, a class of any letter, flags
    for src in (r"(?<=\s)قبل", r"(?:و)?منذ", r"[^\W\d_]+ه", r"\s+منذ", r"(?i)abc", r"a|"):
        assert literal_starts(src) is None, src
    assert literal_starts("|".join(f"w{k}" for k in range(600))) is None  # too many


def test_a_need_without_literals_is_searched_with_its_regex() -> None:
    need = re.compile(r"\s+منذ")
    scan = AnchorScan([need, re.compile("قبل")])
    assert scan._plain == [0]
    text = "وقعت  منذ يومين وقبل ذلك  منذ"
    assert scan.places(text) == {need: anchor_starts(need, text), scan.needs[1]: anchor_starts(scan.needs[1], text)}
