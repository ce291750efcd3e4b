"""Roles found on the team's own articles (session 9); sentences written for these tests.

* who is stationed in the attacked target is the recipient: «هجوم على نقطة تتمركز فيها عناصر من قوات النظام»,
  «غارات على مواقع يُعتقد أنها تضم خلايا للتنظيم»;
* a nationality adjective on the weapon that is the subject of a verb of aiming names the attacker:
  «استهدفت طائرة مسيّرة تركية سيارة …».
"""

from __future__ import annotations

import pytest


def _assault(events_of, text):
    return next(e for e in events_of(text) if e["type"] == "ASSAULT")


def _names(actors):
    return " ".join(f"{a.get('text', '')} {a.get('name_en', '')} {a.get('name', '')}" for a in actors)


@pytest.mark.parametrize(("text", "who"), [
    ("وشن مسلحون مجهولون هجوماً على نقطة عسكرية تتمركز فيها عناصر من قوات النظام في ريف حمص الشرقي أمس.",
     "قوات النظام"),
    ("ونفذت طائرات حربية غارات على مواقع يُعتقد أنها تضم خلايا لتنظيم داعش في البادية أمس.", "داعش"),
    ("وقصفت القوات التركية مقرات تتحصن فيها عناصر من قسد قرب منبج فجر اليوم.", "قسد"),
])
def test_who_is_stationed_in_the_target_is_the_recipient(events_of, text, who):
    e = _assault(events_of, text)
    assert who in _names(e["recipient"])


def test_a_target_without_a_stationing_verb_keeps_no_recipient_from_far_words(events_of):
    text = "وشن مسلحون هجوماً على نقطة عسكرية في ريف حمص أمس، وقالت مصادر إن قوات النظام أرسلت تعزيزات."
    e = _assault(events_of, text)
    assert "قوات النظام" not in _names(e["recipient"])


@pytest.mark.parametrize(("text", "country"), [
    ("واستهدفت طائرة مسيرة تركية سيارة مدنية قرب القامشلي مساء أمس.", "Turkey"),
    ("وقصفت طائرة حربية روسية بلدة في ريف إدلب الجنوبي صباح اليوم.", "Russia"),
])
def test_a_nationality_on_the_subject_weapon_names_the_attacker(events_of, text, country):
    e = _assault(events_of, text)
    assert e["source"], e["why"]["actors"]
    assert country.lower() in json_text(e["source"]).lower()


def json_text(x):
    import json

    return json.dumps(x, ensure_ascii=False)


# -- the time of a condition or a deadline is not the act's ------------------------------------------------------

def _of_type(events_of, text, typ):
    return next(e for e in events_of(text) if e["type"] == typ)


@pytest.mark.parametrize("text", [
    "وهدد قائد الميليشيا خلال الاجتماع باقتحام البلدة في حال عدم تسليم المطلوبين خلال مهلة تنتهي يوم الأحد المقبل.",
    "وهدد المحافظ بفصل الموظفين المضربين إذا لم يعودوا إلى العمل يوم الاثنين المقبل.",
])
def test_a_threat_is_not_dated_by_its_condition(events_of, text):
    e = _of_type(events_of, text, "THREATEN")
    assert e["factuality"] == "asserted", e["why"]["factuality"]
    assert not (e["date"] or {}).get("text"), e["why"]["date"]


def test_a_deadline_given_now_is_not_planned(events_of):
    e = _of_type(events_of, "ومنح الجيش المسلحين مهلة تنتهي يوم السبت المقبل لتسليم أسلحتهم.", "THREATEN")
    assert e["factuality"] == "asserted", e["why"]["factuality"]


def test_a_plan_dated_next_week_stays_planned(events_of):
    e = _of_type(events_of, "وقال المسؤول إن الوفد سيزور دمشق يوم السبت المقبل.", "CONSULT")
    assert e["factuality"] == "planned"
    assert e["date"]["text"] == "يوم السبت المقبل"


def test_a_state_noun_is_no_condition(events_of):
    text = "وتابع السوريون زيارة الرئيس إلى موسكو باهتمام، نظراً إلى حالة الترقب التي تعيشها المنطقة خلال الأيام الأخيرة."
    e = _of_type(events_of, text, "CONSULT")
    assert (e["date"] or {}).get("text") == "الأيام الأخيرة", e["why"]["date"]


# -- the actor right after a bare subject noun is its owner, not the object ---------------------------------------

@pytest.mark.parametrize(("text", "typ"), [
    ("وطالب وفد النظام خلال الاجتماع بتسليم الأسلحة المتوسطة.", "REQUEST"),
    ("وقصفت عناصر النظام بلدة اللطامنة فجر اليوم.", "ASSAULT"),
])
def test_the_genitive_of_a_bare_subject_is_its_owner(events_of, text, typ):
    e = _of_type(events_of, text, typ)
    assert any("النظام" in a["text"] and a.get("actor") for a in e["source"]), e["why"]["actors"]
    assert not any(a["text"] == "النظام" for a in e["recipient"])


def test_a_definite_subject_keeps_its_object(events_of):
    e = _of_type(events_of, "والتقى الوفد الروسي الرئيس السوري في دمشق أمس.", "CONSULT")
    assert e["recipient"], e["why"]["actors"]
