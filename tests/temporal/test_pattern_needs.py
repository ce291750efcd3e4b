"""Each temporal pattern's ``needs`` finds something in every text the pattern matches, so skipping
a pattern on a text without it loses nothing (texts written and generated for this test)."""

from __future__ import annotations

import random

import pytest

import marsad.temporal.patterns as tp
from marsad.text.normalize import norm

_TEXTS = [
    "قتل ثلاثة أشخاص ليلة السبت/الأحد في قصف استهدف المدينة يوم أمس، الثلاثاء 27 آذار 2018",
    "وقعت الاشتباكات بين 12 و14 تشرين الأول/أكتوبر من عام 2015 وتجددت صباح اليوم",
    "منذ أيام قليلة، وخلال الأسبوعين الماضيين، وفي الساعات الأخيرة، تظاهر المئات في العاصمة",
    "في 2011 بدأت الاحتجاجات، وفي 14/03/2019 وفي 2020-01-05 وفي 5.3.2021 أعلنت الحكومة قرارها مساء أمس",
    "بداية الشهر المقبل وفي منتصف العام الجاري وقبل ثلاثة أسابيع وفجر الجمعة الماضية",
    "في شهر رمضان 1444 هـ، وأواخر الأشهر الماضية، ومنذ عامين، وغداً الخميس",
]


def _generated(n: int) -> list[str]:
    """Texts mixing the vocabulary of the patterns (so that most patterns match some of them)."""
    lx = tp.lexicon()
    pool = [
        *lx.months, *lx.weekdays, *lx.relative_days, *lx.parts_of_day, *lx.period_units, *lx.modifiers,
        *lx.ago, *lx.duration_units, *lx.recent_periods, *lx.recent_hours, *lx.year_words, *lx.ordinals,
        "يوم", "ليله", "ليلة", "شهر", "في", "منذ", "بين", "من", "الى", "و", "-", "/", "(", ")", "،",
        "2019", "1999", "1445", "14", "3", "27", "14/03/2019", "2020-01-05", "5.3.2021", "الاسبوعين", "الشهرين", "الاشهر",
        "قتل", "المدينه", "الجيش",
    ]
    rng = random.Random(23)
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 14))) for _ in range(n)]


def test_every_match_contains_what_its_pattern_needs() -> None:
    texts = [norm(t) for t in _TEXTS] + _generated(3000)
    tested = 0
    matched_kinds = set()
    for pat in tp.patterns():
        if pat.needs is None:
            continue
        tested += 1
        for t in texts:
            m = pat.regex.search(t)
            if m is not None:
                matched_kinds.add(pat.kind)
                assert pat.needs.search(t) is not None, (pat.kind, t)
                assert pat.needs.search(m.group(0)) is not None, (pat.kind, m.group(0))
    assert tested >= 16
    assert matched_kinds >= {"range", "date", "month", "nightpair", "numeric", "year", "relperiod", "recent", "ago", "weekday", "relday", "pod"}


def test_candidates_equal_those_found_without_the_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [norm(t) for t in _TEXTS] + _generated(400)
    fast = [tp.find_candidates(t) for t in texts]
    real = tp.patterns()
    plain = tuple(tp._Pattern(p.kind, p.regex, p.priority) for p in real)
    monkeypatch.setattr(tp, "patterns", lambda: plain)
    slow = [tp.find_candidates(t) for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 100
    skipped = sum(1 for t in texts for p in real if p.needs is not None and not p.needs.search(t))
    assert skipped > 0


def plain_alt(words: object) -> str:
    """The flat alternation ``alt`` wrote before the letter tree."""
    import re

    uniq = sorted(set(words), key=lambda w: (-len(w), w))  # type: ignore[call-overload]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in uniq) + ")"


def test_letter_tree_alternation_matches_as_the_flat_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    words = ["ab", "abc", "a", "b c", "bcd", "x", "ابريل", "اب", "ا", "تشرين الاول", "تشرين الثاني", "تشرين"]
    tree, flat = re.compile(tp.alt(words)), re.compile(plain_alt(words))
    rng = random.Random(3)
    for _ in range(2000):
        t = "".join(rng.choice("abcdx اتبريلشنوثلى") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in tree.finditer(t)] == [m.span() for m in flat.finditer(t)], t
    assert tp.alt([]) == plain_alt([]) and tp.alt(["q"]) == "(?:q)"
    texts = [norm(t) for t in _TEXTS] + _generated(1500)
    new = tp.patterns()
    monkeypatch.setattr(tp, "alt", plain_alt)
    old = tp.patterns.__wrapped__()
    assert [p.regex.pattern for p in old] != [p.regex.pattern for p in new]
    for po, pn in zip(old, new, strict=True):
        for t in texts:
            assert [(m.span(), m.groupdict()) for m in po.regex.finditer(t)] == [
                (m.span(), m.groupdict()) for m in pn.regex.finditer(t)
            ], (po.kind, t)
