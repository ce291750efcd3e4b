"""``select_longest`` with a binary search over the chosen spans picks what the pairwise check picks."""

from __future__ import annotations

import random

from marsad.ner.gazetteer import Match, select_longest


def plain_select_longest(cands: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(cands, key=lambda m: (-(m.end - m.start), m.start)):
        if any(m.start < b and a < m.end for a, b in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    return chosen


def _match(s: int, e: int, key: str) -> Match:
    return Match(s, e, s, e, key, [], "")


def test_select_longest_equals_the_pairwise_check() -> None:
    rng = random.Random(19)
    dropped = 0
    for n in range(600):
        cands = []
        for k in range(rng.randint(0, 25)):
            s = rng.randint(0, 60)
            cands.append(_match(s, s + rng.randint(1, 9), f"k{k}"))
        if n % 10 == 0 and cands:  # an empty span: the pairwise check is used
            s = rng.randint(0, 60)
            cands.append(_match(s, s, "empty"))
        got = select_longest(cands)
        assert got == plain_select_longest(cands)
        dropped += len(cands) - len(got)
    assert dropped > 500
