"""Names written in quotation marks, the owners of targets, control phrases and «المنسوب إلى» (session 8).

News sites often quote a group's name («على "قسد"»، «لـ"هيئة تحرير الشام"»): the word before the quote
governs it.  An attack on a target that belongs to a named actor («مواقع لـ X»، «مقر … التابع لـ X»،
«مناطق سيطرة X») has that actor as its recipient; an actor after «سيطرة/نفوذ» describes a place and is
no event's source.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'وشنت طائرات مسيرة هجوماً على "قسد" في ريف الحسكة.',
    'وشنت طائرات مسيرة هجوماً على مواقع "قسد" في ريف الحسكة.',
    'وقصفت القوات التركية مواقع لـ"قسد" قرب القامشلي.',
    'وقصفت القوات التركية مواقع تابعة لـ"قسد" قرب القامشلي.',
    'وقصف مسلحون مجهولون مقر القيادة العامة التابع لـ"قسد" في المدينة بقذائف الهاون.',
    'وتستهدف القوات التركية بالمسيرات مناطق سيطرة "قسد" في ريف الحسكة.',
])
def test_the_owner_of_a_quoted_target_is_the_recipient(roles_of, text):
    _src, rec = roles_of(text, "ASSAULT")
    assert rec == ["SDF"]


def test_the_owner_after_an_adjective_of_the_target(roles_of):
    _src, rec = roles_of('نفذ سلاح الجو غارات استهدفت أهدافاً عسكرية لـ"هيئة تحرير الشام" في ريف إدلب.', "ASSAULT")
    assert rec == ["HTS"]


def test_the_owner_of_the_object_after_the_subject(roles_of):
    src, rec = roles_of("وقصفت القوات التركية مواقع للجيش السوري في ريف حلب.", "ASSAULT")
    assert src == ["TUR-MIL"] and rec == ["SYR-MIL"]


def test_a_phrase_between_target_and_actor_that_is_no_part_of_it_stops_the_owner(roles_of):
    # «مواقع في …»: a preposition ends the target's phrase; the actor after it does not own the target
    _src, rec = roles_of('وقصفت القوات التركية مواقع في ريف حلب قالت إنها لـ"قسد".', "ASSAULT")
    assert "SDF" not in rec


@pytest.mark.parametrize("text", [
    'وخرجت في بلدات ريف إدلب الخاضعة لسيطرة "هيئة تحرير الشام" مظاهرات تطالب بإسقاط الحكومة.',
    "وتظاهر العشرات في البلدات الخاضعة لنفوذ هيئة تحرير الشام احتجاجاً على الغلاء.",
])
def test_the_actor_controlling_a_place_is_not_the_source(roles_of, text):
    src, _rec = roles_of(text, "PROTEST")
    assert "HTS" not in src


def test_a_quoted_name_after_a_preposition_is_governed_by_it(roles_of):
    # «طلبت من "قسد"»: the one asked, not the one asking
    src, rec = roles_of('وطلبت واشنطن من "قسد" الانسحاب من القرى الحدودية.', "REQUEST")
    assert src == ["USA"] and rec == ["SDF"]


def test_the_one_asked_is_the_recipient_of_a_request(roles_of):
    src, rec = roles_of("وطلبت تركيا من الأمم المتحدة إرسال مساعدات عاجلة إلى المخيمات.", "REQUEST")
    assert src == ["TUR"] and rec == ["UN"]


def test_an_attack_attributed_to_an_actor_has_it_as_source(roles_of):
    src, _rec = roles_of('وأعلنت طهران الاستنفار عقب الهجوم المنسوب إلى "إسرائيل" على منشأة عسكرية.', "ASSAULT")
    assert src == ["ISR"]


def test_victims_of_a_quoted_group_belong_to_it(roles_of):
    # «11 مسلحاً من "داعش"»: the group in quotation marks after «من» is the victims' group
    _src, rec = roles_of('وقتل 11 مسلحاً من "داعش" في غارة على البادية.', "ASSAULT")
    assert rec == ["ISIS"]
