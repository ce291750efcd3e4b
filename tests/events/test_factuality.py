"""Factuality labels (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.events.factuality import FACTUALITY, classify
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def label(text: str, trigger: str, *, year: int | None = None) -> str:
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    trig = next(t for t in find_triggers(ws) if text[t.start : t.end] == trigger)
    lab, why = classify(ws, trig, published_year=year)
    assert lab in FACTUALITY and why
    return lab


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("قصفت المدفعية القرية صباح اليوم.", "قصفت", "asserted"),
        ("لم تثمر المفاوضات عن أي نتيجة.", "المفاوضات", "negated"),
        ("نفى الجيش أنه قصف المستشفى.", "قصف", "negated"),
        ("تدور أحاديث عن مفاوضات سرية بين الطرفين.", "مفاوضات", "rumored"),
        ("يخشى السكان من هجوم وشيك على البلدة.", "هجوم", "hypothetical"),
        ("سيزور الوزير العاصمة الأسبوع المقبل.", "سيزور", "planned"),
        ("على أن يعقد اجتماع بين الطرفين.", "اجتماع", "planned"),
        ("وكان المسلحون قد هاجموا الحاجز.", "هاجموا", "historical"),
        ("أحيا الأهالي ذكرى المجزرة في البلدة.", "المجزرة", "historical"),
        ("قتل 76 صحافياً منذ بداية الحرب.", "قتل", "generic"),
        ("اعتقل ثلاثة متهمين بالضلوع في تفجير السوق.", "تفجير", "generic"),
        ("أفادت أنباء بانسحاب القوات من المدينة.", "بانسحاب", "reported"),
    ],
)
def test_labels(text, trigger, expected):
    assert label(text, trigger) == expected


def test_pluperfect_with_a_recent_date_is_asserted():
    assert label("وكان المسلحون قد هاجموا الحاجز أمس.", "هاجموا") == "asserted"


def test_old_year_makes_history():
    assert label("هاجم المسلحون السفارة عام 1998.", "هاجم", year=2018) == "historical"
    assert label("هاجم المسلحون السفارة عام 2018.", "هاجم", year=2018) == "asserted"


def test_relative_clause_with_a_time_of_day_adverb_is_the_current_event():
    # «العدوان الذي استهدف ليلاً …»: the relative clause tells last night's attack, not an earlier one
    assert label("سقط جرحى جراء العدوان الذي استهدف ليلاً أحياء المدينة.", "استهدف") == "asserted"
    assert label("سقط جرحى جراء العدوان الذي استهدف أحياء المدينة.", "استهدف") == "historical"


def test_a_denial_does_not_deny_the_attack_it_presupposes():
    # what is denied is the casualty; «في الغارة التي شنها …» is presupposed
    assert label("نفت الحركة مقتل أي من عناصرها في الغارة التي شنتها الطائرات أمس.", "الغارة") != "negated"
    assert label("نفت الحركة مقتل أي من عناصرها في الغارة التي شنتها الطائرات أمس.", "مقتل") == "negated"
    assert label("نفى الجيش أنه قصف المستشفى.", "قصف") == "negated"


def test_the_content_of_an_accusation_is_reported_and_no_truth_negates():
    assert label("اتهمت الحكومة المعارضة باعتقال صحافيين في المدينة.", "باعتقال") == "reported"
    assert label("قالت الوزارة إنه لا صحة للأنباء عن اعتقال الصحافي.", "اعتقال") == "negated"
    assert label("اعتقلت الشرطة صحافيين في المدينة أمس.", "اعتقلت") == "asserted"


def test_a_purpose_right_before_a_noun_is_what_was_intended():
    # the purpose is planned; the act it is the purpose of, and a verb further on, are not
    text = "داهمت الدورية الحي بهدف اعتقال مطلوبين، وقصفت المدفعية أطراف البلدة من أجل إخلاء المنطقة"
    assert label(text, "اعتقال") == "planned"
    assert label(text, "داهمت") == "asserted"
    assert label(text, "وقصفت") == "asserted"
    assert label(text, "إخلاء") == "planned"
    assert label("تحركت القوات بهدف السيطرة على التلة واعتقلت خمسة مسلحين", "واعتقلت") == "asserted"


def test_seeking_or_aspiring_to_do_is_a_plan():
    assert label("يتطلع المقاتلون إلى طرد التنظيم من المدينة", "طرد") == "planned"
    assert label("تسعى القوات إلى قصف البلدة", "قصف") == "planned"


def test_being_ready_to_act_is_a_plan():
    assert label("قال رئيس الوزراء إنه مستعد لتوجيه ضربات جوية على مواقع التنظيم", "ضربات جوية") == "planned"
