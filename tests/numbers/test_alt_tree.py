"""The letter-tree alternation (``marsad.numbers.parse.alt``) matches as the flat longest-first list did,
in the number and casualty regexes (texts generated for this test from their vocabulary)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

import marsad.numbers.casualties as cas
import marsad.numbers.parse as parse


def plain_alt(words: Iterable[str]) -> str:
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in uniq) + ")"


def _texts(n: int) -> list[str]:
    w = parse._words()
    _, table = cas._lexicon()
    pool = [*w.units, *w.tens, *w.hundreds, *w.thousands, *w.thousands_plural, *w.teens_suffix, *w.vague,
            *w.qualifiers, *table, "و", "من", "ال", "بال", "لل", "3", "12", "1,200", "2.5", "في", "قتل", "،"]
    rng = random.Random(9)
    out = []
    for _ in range(n):
        words = [rng.choice(pool) for _ in range(rng.randint(2, 12))]
        # clitics glued to some words
        out.append(" ".join(rng.choice(["", "", "و", "ب", "ال", "وال"]) + x for x in words))
    return out


def test_tree_and_flat_alternations_match_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse.alt(["ab", "a", "abc"]) == "(?:a(?:b(?:c|)|))" and parse.alt([]) == plain_alt([])
    texts = _texts(2500)
    new = [*parse._regexes(), cas._lexicon()[0]]
    monkeypatch.setattr(parse, "alt", plain_alt)
    monkeypatch.setattr(cas, "alt", plain_alt)
    old = [*parse._regexes.__wrapped__(), cas._lexicon.__wrapped__()[0]]
    assert all(a.pattern != b.pattern for a, b in zip(old, new, strict=True))
    hits = 0
    for po, pn in zip(old, new, strict=True):
        for t in texts:
            got = [(m.span(), m.groupdict()) for m in pn.finditer(t)]
            assert got == [(m.span(), m.groupdict()) for m in po.finditer(t)], t
            hits += len(got)
    assert hits > 1000
