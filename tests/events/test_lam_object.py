"""After a masdar, a named genitive followed by a لـ phrase is the agent (frames._lam_object)."""

from __future__ import annotations


def test_the_genitive_before_a_lam_object_is_the_agent(roles_of):
    assert roles_of("أدان البيان قصف الاحتلال لمواقع الجيش السوري.", "ASSAULT") == (["ISR"], ["SYR-MIL"])
    src, _ = roles_of("أكد الوزير أن اغتيال إسرائيل للقائد العسكري كان خطأ.", "ASSAULT")
    assert src == ["ISR"]


def test_without_a_lam_object_the_genitive_stays_the_patient(roles_of):
    src, rec = roles_of("أدان البيان اغتيال إسرائيل أمس.", "ASSAULT")
    assert "ISR" in rec and "ISR" not in src
