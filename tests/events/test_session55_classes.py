"""Session 55: classes of language from the errors of the dev sets (docs/events.md § Session 55).
The texts are the team's own."""

from __future__ import annotations

import pytest

# an attempt someone survived («نجا … من محاولة اغتيال») happened, however long the survivor's phrase; and an attempt
# kills no one by its words (a toll told elsewhere still counts)


@pytest.mark.parametrize("text", [
    "ونجا ضابط في مديرية الأمن العام بالمدينة من محاولة اغتيال مساء أمس قرب منزله.",
    "ونجا رئيس المجلس المحلي لبلدة القصير من محاولة اغتيال بعبوة ناسفة صباح اليوم.",
])
def test_a_survived_attempt_happened_and_killed_no_one(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["factuality"] == "asserted"
    assert e.get("fatalities") is None


def test_an_attempt_not_survived_stays_a_condition(events_of):
    # guard
    text = "وقال المسؤول إن أي محاولة اغتيال لقادة الحراك ستقابل برد حازم."
    assert all(e["factuality"] != "asserted" for e in events_of(text) if e["type"] == "ASSAULT")


def test_a_killing_of_one_named_victim_still_counts_one(events_of):
    # guard
    (e,) = [e for e in events_of("واغتال مسلحون مجهولون مختار القرية صباح اليوم.") if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 1


# the genitive of «سراح» ending a release phrase is who is freed, whatever the verb's voice («ولم يُطلق سراح
# المعتقلين»: the present passive is written as the active); «أيٍّ من X» (any of X) after the release names X


@pytest.mark.parametrize("text", [
    "ولم يُطلق سراح المعتقلين حتى مساء اليوم، بحسب ذويهم.",
    "ولم يُطلق سراح أي من المعتقلين التسعة حتى مساء اليوم، بحسب ذويهم.",
    "ولم تفرج السلطات عن أيٍّ من المعتقلين حتى الآن.",
])
def test_who_is_freed(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "RETREAT"]
    assert [a["text"] for a in e["recipient"]] == ["المعتقلين"]
    assert "المعتقلين" not in [a["text"] for a in e["source"]]


def test_the_freer_before_the_phrase_is_the_source(events_of):
    # guard
    (e,) = [e for e in events_of("وأطلقت السلطات سراح المعتقلين الخمسة مساء اليوم.") if e["type"] == "RETREAT"]
    assert [a["text"] for a in e["source"]] == ["السلطات"]
    assert [a["text"] for a in e["recipient"]] == ["المعتقلين"]


def test_any_of_them_is_no_subject(events_of):
    # guard: «أيٍّ من عناصر X» in a denial of presence is not the attacker
    text = ("وأكد المصدر عدم وجود أيٍ من عناصر الحزب في المواقع التي استهدفتها الصواريخ الإسرائيلية في عدوانها على "
            "الأراضي السورية.")
    for e in events_of(text):
        assert "عناصر الحزب" not in [a["text"] for a in e["source"]]


# a denial told by a participle («نافيةً اعتقال …») negates as «نفت» does; an accusation opening its own clause after
# it («…، ومتهماً «قسد» بـ…») is not what was denied


def test_a_participle_of_denial_negates(events_of):
    text = "وشككت وزارة الدفاع في التقرير نافيةً اعتقال أي من أفراد القوة التي دربتها."
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert e["factuality"] == "negated"


def test_an_accusation_after_a_denial_is_not_denied(events_of):
    text = ("ونفى قائد المجلس العسكري أن يكون لقواته أي دور في الهجوم على القرية، ومتهماً «الفرقة الرابعة» "
            "بالوقوف وراءه.")
    (e,) = [e for e in events_of(text) if e["type"] == "ACCUSE"]
    assert e["factuality"] != "negated"
