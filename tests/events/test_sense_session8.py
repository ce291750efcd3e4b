"""Senses of attack and deportation words (session 8); sentences written for these tests.

* «تستهدف» said of a measure, a plan or sanctions aims, it does not attack;
* «هاجم» with a military target after it is an armed attack even in a statement;
* «أبعاد» after «أي/أبرز» or before a لـ phrase are dimensions, not deportation (إبعاد).
"""

from __future__ import annotations

import pytest


def _types(events_of, text):
    return [e["type"] for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن الخطة الجديدة تستهدف إعادة تأهيل المدارس.",
    "والعقوبات الأوروبية تستهدف عشرات الأفراد والشركات.",
    "وعقوبات الاتحاد التي أقرت في العام الماضي تستهدف مئة شخص.",
    "وأطلقت الحكومة برنامجاً جديداً يستهدف الشباب العاطلين عن العمل، وفق البيان.",
])
def test_a_measure_that_aims_is_no_attack(events_of, text):
    assert "ASSAULT" not in _types(events_of, text)


@pytest.mark.parametrize("text", [
    "واستهدفت طائرة مسيرة سيارة عسكرية في ريف درعا أمس.",
    "وقال المرصد إن الطائرات استهدفت مواقع المسلحين في البادية أمس.",
])
def test_an_armed_subject_still_attacks(events_of, text):
    assert "ASSAULT" in _types(events_of, text)


def test_hajama_with_a_military_target_in_a_statement_is_an_attack(events_of):
    text = 'وقالت الجماعة في بيان: "هاجمنا قاعدة عسكرية للاحتلال قرب الحدود".'
    types = _types(events_of, text)
    assert "ASSAULT" in types and "ACCUSE" not in types


def test_hajama_in_a_statement_without_a_target_stays_verbal(events_of):
    types = _types(events_of, "وقال الوزير في بيان إن النائب هاجم الحكومة بسبب موقفها من الانتخابات.")
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", ["وتساءل الكاتب: أي أبعاد للعلاقات بين البلدين؟", "وناقش الخبراء أبرز أبعاد الزيارة."])
def test_dimensions_are_no_deportation(events_of, text):
    assert "COERCE" not in _types(events_of, text)


@pytest.mark.parametrize("text", [
    "وبحث الوفدان خلال اللقاء مسألة خروج المقاتلين من المخيم.",
    "وقال الوزير إن بلاده قد تبحث قضية الانسحاب من المنطقة العام المقبل.",
])
def test_a_withdrawal_under_discussion_is_no_withdrawal(events_of, text):
    assert "RETREAT" not in _types(events_of, text)


def test_a_withdrawal_that_happened_stays(events_of):
    assert "RETREAT" in _types(events_of, "وأكدت مصادر محلية خروج المقاتلين من المخيم أمس باتجاه الشمال.")


@pytest.mark.parametrize("text", [
    "وقال مصدر طبي إن المستشفى استقبل جثامين أربعة عناصر من الشرطة صباح اليوم.",
    "واستقبل المطار طائرات المساعدات القادمة من الخارج أمس.",
    "واستمر القصف عبر جولات عديدة اتسع نطاقها خلال الليل.",
])
def test_things_received_and_rounds_of_shelling_are_no_meetings(events_of, text):
    assert "CONSULT" not in _types(events_of, text)


def test_a_visit_received_stays_a_meeting(events_of):
    assert "CONSULT" in _types(events_of, "واستقبل الرئيس وفداً برلمانياً في دمشق أمس.")


def _location(events_of, text, typ):
    e = next(e for e in events_of(text) if e["type"] == typ)
    return (e.get("location") or {}).get("text")


def test_the_direction_a_strike_came_from_is_not_its_place(events_of):
    text = "وشن الطيران الحربي غارات من اتجاه الجولان المحتل، مستهدفاً مبنى سكنياً في حي كفرسوسة بدمشق أمس."
    assert _location(events_of, text, "ASSAULT") != "الجولان المحتل"


def test_a_word_with_tanween_is_no_place_name(events_of):
    # «وفداً برلمانياً»: an indefinite adjective; a tagger's LOC on it must not become the meeting's place
    assert _location(events_of, "واستقبل الرئيس وفداً برلمانياً في دمشق أمس.", "CONSULT") == "دمشق"


def test_cutting_the_road_on_plans_is_thwarting(events_of):
    assert "PROTEST" not in _types(events_of, "وأرسل الجيش قوات إلى المنطقة لقطع الطريق على خطط المسلحين.")


def test_a_blocked_road_stays_a_protest(events_of):
    assert "PROTEST" in _types(events_of, "وقطعوا الطريق الدولي بالإطارات المشتعلة احتجاجاً على الغلاء أمس.")
