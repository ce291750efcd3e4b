"""Victims named by a casualty verb before an attack noun (session 8).

«أصيب ثمانية جنود في الهجوم»، «مدنيون أصيبوا جراء القصف»: the people killed or wounded «in» an attack are its
recipients, never its source; a killed person's group after «من» does not hide how they died.  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.frame_helpers import roles


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("وأصيب ثمانية جنود أميركيين في الهجوم على القاعدة.", "الهجوم", "ثمانية جنود أميركيين"),
    ("وقالت الصحيفة إن 8 جنود أصيبوا في الهجوم على القاعدة.", "الهجوم", "جنود"),
    ("وأصيب مدنيان بجروح في قصف مدفعي على البلدة.", "قصف", "مدنيان"),
])
def test_the_wounded_before_an_attack_noun_are_its_victims(text, trigger, victims):
    src, rec = roles(text, trigger)
    assert rec and victims in rec[0]
    assert not any(victims in s for s in src)


def test_a_victims_group_after_min_does_not_make_them_the_killers(roles_of):
    # «قتل قائد ميداني من الفصائل في غارة روسية»: the unvowelled passive; the commander is the victim
    src, _rec = roles_of("وقتل قائد ميداني من الفصائل في غارة روسية على ريف إدلب.", "ASSAULT")
    assert src == ["RUS"]


def test_an_active_killing_verb_keeps_its_subject():
    src, rec = roles("وقتل الجيش ثلاثة مسلحين في كمين قرب تدمر.", "وقتل")
    assert src == ["الجيش"] and rec and "ثلاثة مسلحين" in rec[0]


def test_a_long_titled_victim_before_the_circumstance_of_the_attack():
    # the casualty verb opens the clause; a title, a place and a name come before «إثر»
    text = "وأصيب مدير مكتب وزير المالية في مدينة الخليل سامي عادل ناصر بجروح بالغة في يده إثر إطلاق نار عليه."
    src, rec = roles(text, "إطلاق نار")
    assert rec and rec[0].startswith("مدير")
    assert not src


def test_a_counted_subject_of_taarrada_is_the_recipient():
    src, rec = roles("وأعلنت البحرية أن 12 سفينة على الأقل تعرضت للهجوم في البحر الأحمر.", "للهجوم")
    assert rec == ["12 سفينة"] and not src


def test_an_operation_noun_far_after_the_attack_restates_it_with_its_agent():
    text = "وذكرت الهيئة أن 12 سفينة تعرضت للهجوم في البحر الأحمر منذ مطلع العام في عمليات نفذها مسلحون مجهولون."
    src, rec = roles(text, "للهجوم")
    assert src and src[0].startswith("مسلحون") and rec == ["12 سفينة"]


def test_a_far_resumptive_verb_without_an_operation_noun_names_no_agent():
    text = "وذكرت الهيئة أن 12 سفينة تعرضت للهجوم في البحر الأحمر منذ مطلع العام في المياه التي نفذها مسلحون."
    src, _rec = roles(text, "للهجوم")
    assert not src
