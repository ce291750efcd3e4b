"""Name patterns: nicknames, armed groups, places and sources the lists cannot hold."""

from __future__ import annotations

import pytest

from marsad.ner.patterns import find_patterns


def _hits(text):
    return [(text[p.start : p.end], text[p.name_start : p.name_end], p.kind) for p in find_patterns(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات بلدة كفر نبودة صباحا", [("بلدة كفر نبودة", "كفر نبودة", "place")]),
        ("دخلوا قرية المزرعة ليلا", [("قرية المزرعة", "المزرعة", "place")]),
        ("وصلت إلى حي الميدان في", [("حي الميدان", "الميدان", "place")]),
        ("أغلق معبر نصيب الحدودي", [("معبر نصيب الحدودي", "نصيب الحدودي", "place")]),
        ("قرب حاجز “الفرن الآلي” شرقا", [("حاجز “الفرن الآلي”", "الفرن الآلي", "place")]),
        ("أعلن لواء أحرار الجبل انضمامه", [("لواء أحرار الجبل", "أحرار الجبل", "actor")]),
        ("قاتل فصيل الصاعقة هناك", [("فصيل الصاعقة", "الصاعقة", "actor")]),
        ("قتل أبو علي الشامي أمس", [("أبو علي الشامي", "أبو علي الشامي", "person")]),
        ("ونشرت صفحة “شبكة أخبار الحي” صورا", [("صفحة “شبكة أخبار الحي”", "شبكة أخبار الحي", "source")]),
        ("ذكرت وكالة الأفق أن", [("وكالة الأفق", "الأفق", "source")]),
    ],
)
def test_patterns_find_names(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وصل إلى مدينة في الشمال",  # a function word is not a name
        "أقيم في موقع عسكري قديم",  # "موقع" takes only a quoted name
        "زار أبو ظبي",  # "أبو X" without a nisba is not a nickname
        "رقي إلى رتبة لواء في الجيش",  # a rank, not a group
    ],
)
def test_patterns_reject_non_names(text):
    assert _hits(text) == []


# session 18: the names of a list headed by a plural settlement word; «قرى» and «مشفى» (their normal forms) as heads


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("كما تعرضت أطراف بلدات رامية ويارين والضهيرة لقصف", ["رامية", "يارين", "الضهيرة"]),
        ("قصفت المدفعية قرى قسطون والزيارة والعنكاوي في سهل الغاب", ["قسطون", "الزيارة", "العنكاوي"]),
        ("قصفت المدفعية قرى قسطون ودير العصافير أمس", ["قسطون", "دير العصافير"]),
        ("نقل الجرحى إلى مشفى الرازي في المدينة", ["الرازي"]),
    ],
)
def test_listed_place_names(text, names):
    assert [n for _s, n, kind in _hits(text) if kind == "place"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصفت المدفعية قرى الريف الشرقي", []),
        ("في بلدات المنطقة وقراها", []),
        ("على قرى وبلدات المحافظة", []),
        ("في قرى سورية عدة", []),
        ("قصفت المدفعية قرى قسطون والمناطق المحيطة بها", ["قسطون"]),  # (the list ends at an area word)
    ],
)
def test_no_listed_names_for_areas_and_adjectives(text, names):
    assert [n for _s, n, kind in _hits(text) if kind == "place"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dual settlement word heads two names (session 43)
        ("ألقت المروحيات براميل على حيي الكرامة والنصر في المدينة", ["الكرامة", "النصر"]),
        ("قصفت المدفعية بلدتي كفر نبل والبارة صباح اليوم", ["كفر نبل", "البارة"]),
        ("اشتباكات في محيط قريتي تل عمار وعين الخضراء", ["تل عمار", "عين الخضراء"]),
        # without a second name «بلدتي» is «my town», no settlement word
        ("وقال أحد الأهالي: «عدت إلى بلدتي الصغيرة بعد سنوات»", []),
        ("وأضاف أن مدينتي الجميلة لم تعد كما كانت", []),
    ],
)
def test_a_dual_heads_two_names(text, names):
    assert [n for _s, n, kind in _hits(text) if kind == "place"] == names


def test_a_place_word_with_his_is_no_settlement_word():
    # «بلده الأصلي» (his home town): a final «ه», not «ة», is the possessive; «ناحية ومن …»: «و» + a function word
    from marsad.ner.patterns import find_patterns

    assert not [p for p in find_patterns("وعاد الشاب إلى بلده الأصلي بعد سنوات.") if p.kind == "place"]
    assert not [p for p in find_patterns("وشملت الحملة الناحية ومن فيها.") + find_patterns("وشملت الحملة ناحية ومن فيها.")
                if p.kind == "place"]
    # (a guard: the settlement word with «ة» still heads a name)
    assert [p.kind for p in find_patterns("وقصفت الطائرات بلدة كفرعمّة.")] == ["place"]
