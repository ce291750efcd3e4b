"""The casualty-word and vague-number patterns found by their words (``WordScan``) give the matches of their
start finders (the plain ``finditer``): same groups, same ends, in the same order."""

from __future__ import annotations

import random
import re

import marsad.numbers.casualties as cas
import marsad.numbers.parse as parse
from marsad.text.normalize import norm

_TEXTS = [
    "قتل عشرات المدنيين وأصيب العشرات، ولقي 5 أشخاص حتفهم، وأودى القصف بحياة عدد من الأطفال",
    "ارتفع عدد القتلى إلى 25 قتيلاً وجرح المئات، واعتقلت القوات العديد من الشبان وبضعة عناصر",
    "والجرحى وللقتلى بالقتلى فالقتلى كقتيل ومقتل شاب وإصابة عنصرين، ووعشرات وآلاف النازحين",
    "حصدت أرواح عدد\nمن المدنيين، وحصد\tارواح العشرات؛ قتيلين وجريحا وعدة مخطوفين",
]


def _generated(n: int, words: list[str]) -> list[str]:
    pool = ["،", ".", "في", "من", "و", "قال", "5", "20", "المدنيين", "الاطفال", "الى", "عدد", "العدد"]
    rng = random.Random(17)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(2, 14)):
            w = rng.choice(words) if rng.random() < 0.5 else rng.choice(pool)
            if " " in w and rng.random() < 0.5:
                w = w.replace(" ", rng.choice(["\n", "\t"]))  # the patterns read a space as any white space
            if rng.random() < 0.35:
                w = rng.choice(["و", "ف", "ب", "ل", "ك", "ال", "بال", "لل", "وال", "فلل", "وبال", "x", "1"]) + w
            parts.append(w)
        out.append(rng.choice([" ", " ", "\n", "", "  "]).join(parts).replace("  ", rng.choice(["  ", "\t"])))
    return out


def _key(m: re.Match[str]) -> tuple[object, ...]:
    return m.end(), m.regs[1:], m.groupdict()


def _texts(words: list[str]) -> list[str]:
    texts = [norm(t) for t in _TEXTS] + _generated(3000, words)
    rng = random.Random(4)
    return texts + [t[rng.randint(0, 5) :] for t in texts[:600]]


def test_casualty_words_found_by_their_words() -> None:
    table = cas._lexicon()[1]
    found = 0
    for text in _texts(list(table)):
        (got,) = cas._scan().finditer(text)
        want = list(map(_key, cas._finder().finditer(text)))
        assert list(map(_key, got)) == want, text
        found += len(want)
    assert found > 5000


def test_vague_numbers_found_by_their_words() -> None:
    vague = list(parse._words().vague)
    found = 0
    for text in _texts(vague):
        (got,) = parse._vague_scan().finditer(text)
        want = list(map(_key, parse._finders()[1].finditer(text)))
        assert list(map(_key, got)) == want, text
        found += len(want)
    assert found > 2000
