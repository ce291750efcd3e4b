"""``Lexicon.match`` (remembered per-token plans of the phrase tails, read with one ``map``) gives the marks of its
former definition (kept here, in the same order), on sentences of lexicon words, clitic forms, repeats and words never seen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from marsad.ner.features import _NO_MARKS, Lexicon, load_cue_lexicon
from marsad.text.normalize import norm


def _match_reference(self: Lexicon, norms: Sequence[str]) -> list[AbstractSet[str]]:
    """Per token, the membership marks ``CLASS:B`` / ``CLASS:I`` of every phrase covering it.

    Every phrase length that starts at a token is tried, longest first; for each length
    the first form of the first token (:func:`variants`) that matches wins.
    """
    marks: list[AbstractSet[str]] = [_NO_MARKS] * len(norms)
    n = len(norms)
    start = self._start
    for i in range(n):
        hit = start(norms[i])
        if hit is None:
            continue
        firsts, lengths = hit
        for length in lengths:
            if length > n - i:
                continue
            tail = tuple(norms[i + 1 : i + length])
            for first in firsts:
                classes = self.phrases.get((first, *tail))
                if not classes:
                    continue
                for j in range(i, i + length):
                    if marks[j] is _NO_MARKS:
                        marks[j] = set()
                for c in classes:
                    marks[i].add(f"{c}:B")  # type: ignore[attr-defined]
                    for j in range(i + 1, i + length):
                        marks[j].add(f"{c}:I")  # type: ignore[attr-defined]
                break
    return marks


def test_match_equals_its_definition() -> None:
    base = load_cue_lexicon()
    extra = Lexicon.from_lists(
        {"LOC": ["دير الزور", "ريف دمشق الغربي"], "first": ["محمد"], "org_name": ["مجلس الأمن الدولي"]}
    )
    rng = random.Random(11)
    for lex in (base, base.merged(extra), Lexicon()):
        phrases = [" ".join(k) for k in list(lex.phrases)[:300]]
        vocab = [
            *(w for p in phrases for w in p.split()),
            "و" + "دمشق",
            "بالرئيس",
            "x",
            "2023",
            "،",
            "محمد",
            "دير",
            "الزور",
        ]
        vocab += [f"كلمة{k}" for k in range(50)]  # never seen: the first match of a sentence looks them up
        marked = 0
        for _ in range(300):
            ns = [norm(rng.choice(vocab)) or "x" for _ in range(rng.randint(0, 20))]
            want = _match_reference(lex, ns)
            got = lex.match(ns)
            assert got == want
            assert [m is _NO_MARKS for m in got] == [m is _NO_MARKS for m in want]
            # the marks come in the same order (the scorer adds their rows in it: the same floats)
            assert [list(m) for m in got] == [list(m) for m in want]
            marked += sum(bool(m) for m in got)
        if len(lex):
            assert marked > 100
