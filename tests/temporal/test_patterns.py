"""Atomic pattern matching on normalised text (marsad.temporal.patterns)."""

from __future__ import annotations

import itertools

import pytest

from marsad.temporal.patterns import find_candidates, lexicon
from marsad.text.normalize import norm


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل", 4),
        ("ابريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونيه", 6),
        ("يوليو", 7),
        ("يوليه", 7),
        ("أغسطس", 8),
        ("اغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("جانفي", 1),
        ("فيفري", 2),
        ("أفريل", 4),
        ("ماي", 5),
        ("جوان", 6),
        ("جويلية", 7),
        ("أوت", 8),
    ],
)
def test_gregorian_month_names(name: str, month: int) -> None:
    assert lexicon().months[norm(name)] == ("gregorian", month)


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("محرم", 1),
        ("صفر", 2),
        ("ربيع الأول", 3),
        ("ربيع الآخر", 4),
        ("جمادى الأولى", 5),
        ("جمادى الآخرة", 6),
        ("رجب", 7),
        ("شعبان", 8),
        ("رمضان", 9),
        ("شوال", 10),
        ("ذو القعدة", 11),
        ("ذو الحجة", 12),
        ("ذي الحجة", 12),
    ],
)
def test_hijri_month_names(name: str, month: int) -> None:
    assert lexicon().months[norm(name)] == ("hijri", month)


@pytest.mark.parametrize(
    ("text", "kind", "matched"),
    [
        ("وصل الوفد في 27 آذار إلى المدينة", "date", "27 اذار"),
        ("جرى ذلك في الخامس من شهر آب الماضي", "date", "الخامس من شهر اب الماضي"),
        ("أعلن في 14/10/2016 عن الاتفاق", "numeric", "14/10/2016"),
        ("وقع القصف ليلة السبت–الأحد على البلدة", "nightpair", "ليله السبت-الاحد"),
        ("استمرت المعارك بين 3 و5 آذار في الريف", "range", "بين 3 و5 اذار"),
        ("عقد اللقاء الأسبوع المنصرم في العاصمة", "relperiod", "الاسبوع المنصرم"),
        ("اعتقل منذ ثلاثة أيام على الحاجز", "ago", "منذ ثلاثه ايام"),
        ("قتل الجندي خلال الأيام القليلة الماضية", "recent", "الايام القليله الماضيه"),
        ("سيصل المبعوث مطلع نيسان المقبل", "month", "مطلع نيسان المقبل"),
        ("تأسست الحركة عام 2012 في حلب", "year", "عام 2012"),
        ("اجتمعوا يوم الخميس الماضي", "weekday", "يوم الخميس الماضي"),
    ],
)
def test_atom_kinds(text: str, kind: str, matched: str) -> None:
    n = norm(text)
    cands = find_candidates(n)
    assert (kind, matched) in [(c.kind, n[c.start : c.end]) for c in cands]


@pytest.mark.parametrize(
    "text",
    [
        "مارس الضغط على الحكومة لسنوات",  # مارس as a verb, no day/year/شهر
        "زار أب الضحية المستشفى",  # أب = father
        "في اليوم التالي انسحبت القوات",  # اليوم التالي is relative to another event
        "غدا المخيم ساحة حرب",  # غدا = became
        "وصل عدد القتلى إلى 27 شخصا",
        "تحالف البلدان منذ أيام الملك المؤسس",  # "since the days of", not a duration
    ],
)
def test_non_dates_are_not_matched(text: str) -> None:
    from marsad.temporal.resolve import find_times

    assert find_times(text, published="2020-05-05") == []


def test_candidates_do_not_overlap() -> None:
    n = norm("يوم أمس، الثلاثاء 27 آذار، وبداية الأسبوع المقبل ومنذ أيام")
    cands = find_candidates(n)
    for a, b in itertools.pairwise(cands):
        assert a.end <= b.start
