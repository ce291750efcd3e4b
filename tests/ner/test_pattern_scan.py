"""The name patterns found by their words (``patterns._scan``) give the matches of their start finders
(``patterns._finders``, the plain ``finditer``): same groups, same ends, in the same order."""

from __future__ import annotations

import random
import re

import marsad.ner.patterns as npat
import marsad.text.anchors as anchors
from marsad.text.normalize import norm

_TEXTS = [
    "سيطرت قوات النظام على بلدة «كفرنبودة» وقرية الهبيط، وقصفت مخيم اليرموك ومدينة حلب وحي الوعر",
    "أعلنت حركة أحرار الشام وجيش الإسلام ولواء شهداء اليرموك عبر صفحتها وصفحة «الرقة تذبح بصمت»",
    "ذكرت وكالة أنباء الأناضول وقناة الميادين وصحيفة الوطن، وقال أبو محمد الجولاني وابو بكر البغدادي",
    "وبحيّ الميدان ولمدينة دير الزور فبلدة تل رفعت وكبلدات ريف إدلب وغرفة عمليات «الفتح المبين»",
    "حيث الحيوي ومدينتي وصحي والمدينة وحيا بالحي وجيشا وأبو، ابو الفضل، وابو علي عبد الله الحسيني",
]


def _generated(n: int) -> list[str]:
    triggers = [*npat.PLACE_TRIGGERS, *npat.GROUP_TRIGGERS, *npat.SOURCE_TRIGGERS, "ابو", "ابو ابو"]
    pool = [
        "الشام", "«النصر»", "“الفتح”", '"حلب"', "الاسلام", "شهداء", "الدولي", "عبد", "الله", "الحسيني",
        "،", ".", "في", "من", "و", "قال", "1", "20", "بلدات", "الثلاث", "محمد الجولاني", "بكر البغدادي",
        "علي عبد الحسيني", "الفضل", "عمر الشامي",
    ]
    rng = random.Random(11)
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(2, 16)):
            w = rng.choice(triggers) if rng.random() < 0.4 else rng.choice(pool)
            if rng.random() < 0.3:
                w = rng.choice(["و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "x"]) + w
            words.append(w)
        sep = rng.choice([" ", " ", "  ", "", "\n"])
        out.append(sep.join(words))
    return out


def _key(m: re.Match[str]) -> tuple[object, ...]:
    return m.end(), m.regs[1:], m.groupdict()


def test_the_word_scan_finds_what_the_start_finders_find() -> None:
    texts = [norm(t) for t in _TEXTS] + _generated(5000)
    rng = random.Random(3)
    texts += [t[rng.randint(0, 4) :] for t in texts[:800]]
    counted = [0, 0, 0, 0]
    for text in texts:
        got = npat._scan().finditer(text)
        want = [finder.finditer(text) for finder, _, _ in npat._finders()]
        for k, (g, w) in enumerate(zip(got, want, strict=True)):
            g_keys, w_keys = list(map(_key, g)), list(map(_key, w))
            assert g_keys == w_keys, (k, text)
            counted[k] += len(w_keys)
    assert min(counted) > 30, counted


def test_matches_take_the_first_start_that_matches_from_the_end_of_the_last() -> None:
    rx = re.compile(r"(?<!\w)ab+")
    text = "ab abbb xab ab"
    starts = [0, 1, 3, 3, 4, 9, 12, 13]
    assert [m.span() for m in anchors.matches_from(rx, text, starts)] == [m.span() for m in rx.finditer(text)]
