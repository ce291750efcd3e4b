"""Session 39: classes of language from the errors of the dev sets (docs/events.md § Session 39).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a verb joined by «، و» to a demand shares its subject; an actor right after it that is of that subject's side
# (the same actor, or a unit of it) names the subject again and is not the one addressed — for a threat, the one
# addressed is the one the demand before it addressed


@pytest.mark.parametrize(("text", "who", "whom"), [
    ("وقال المصدر إن الجانب الروسي طالب الفصائل بتسليم السلاح الثقيل خلال أيام، وهدد الضباط الروس بـ«مواصلة"
     " العملية العسكرية» إن لم تُقبل الشروط.", "الضباط الروس", "الفصائل"),
    ("وطالب الجانب التركي المقاتلين الأكراد بالانسحاب من البلدة، وهدد الجيش التركي بعملية واسعة إن لم يفعلوا.",
     "الجيش التركي", "المقاتلين"),
])
def test_the_subject_named_again_after_a_joined_threat(events_of, text, who, whom):
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and who in _texts(evs[0]["source"]), evs
    assert any(whom in t for t in _texts(evs[0]["recipient"])), evs


@pytest.mark.parametrize("text", [
    # another side after the joined verb is the one addressed
    "وأدانت وزارة الخارجية القصف على القرى الحدودية، وطالبت الحكومة التركية بوقف العمليات فوراً.",
])
def test_another_side_after_a_joined_verb_is_still_addressed(events_of, text):
    evs = _of_type(_events(events_of, text), "REQUEST")
    assert evs and any("الحكومة التركية" in t for t in _texts(evs[0]["recipient"])), evs


# where the displaced come from is no place of the event told with them: «الفارّين من الحرب في السودان» (the war they
# fled, and where it rages), «الفارّين من الرقة والموصل» (the second of the places joined after «من»)


@pytest.mark.parametrize(("text", "where", "not_where"), [
    ("وفي مدينة الكفرة، بحث عميد البلدية اليوم مع وفد من المفوضية أوضاع الفارّين من الحرب في السودان، واتفق"
     " الجانبان على إقامة مخيم جديد.", "الكفرة", "السودان"),
    ("وكان التنظيم قد سيطر على مدينة الميادين عام 2014 بعد معارك عنيفة مع الفصائل، وتحولت المدينة إلى ملجأ لقادته"
     " الفارّين من الرقة والموصل.", "الميادين", "الرقة"),
])
def test_where_the_displaced_come_from_is_no_place_of_the_event(events_of, text, where, not_where):
    evs = _events(events_of, text)
    assert evs, evs
    for e in evs:
        loc = (e.get("location") or {}).get("text") or ""
        assert not_where not in loc, evs
    assert any(where in ((e.get("location") or {}).get("text") or "") for e in evs), evs


def test_a_place_after_its_own_preposition_is_no_origin(events_of):
    # «من الرقة في وادي بردى»: «في» governs the place starting with «و»; it is not joined to «الرقة»
    evs = _of_type(_events(events_of, "واجتمع وفد أممي أمس مع النازحين من الرقة في وادي بردى لبحث أوضاعهم."), "CONSULT")
    assert evs and "وادي بردى" in ((evs[0].get("location") or {}).get("text") or ""), evs


def test_a_fight_in_a_place_keeps_its_place(events_of):
    # (another place in the sentence, «دمشق», takes its place if «القتال في» is read as a war fled)
    evs = _of_type(_events(events_of, "وقال مصدر طبي في دمشق أمس إن ثلاثة مدنيين قُتلوا في القتال في مدينة حلب بين"
                                      " الفصائل وقوات النظام."), "ASSAULT")
    assert evs and "حلب" in ((evs[0].get("location") or {}).get("text") or ""), evs


# the Sinjar Resistance Units (YBŞ, «اليبشة»; KB actors 1.2.16) are a named actor: the owner of a site a strike hit


@pytest.mark.parametrize("name", ["وحدات مقاومة سنجار", "اليبشة"])
def test_the_sinjar_units_own_the_site_hit(events_of, name):
    evs = _of_type(_events(events_of, f"وشنّت مسيّرة تركية فجر اليوم غارة استهدفت موقعاً لـ«{name}» قرب جبل سنجار."), "ASSAULT")
    assert evs and any(name in t for t in _texts(evs[0]["recipient"])), evs


# a pronoun owner after the target of an attack («مقراً لها»، «تجمعاً لهم»، «مواقع تابعة لها») refers to the actor
# named before the attack that is not the attacker («لها» to a name feminine in form when there is one)


@pytest.mark.parametrize(("text", "whom"), [
    ("وأصيب اثنان من عناصر «وحدات مقاومة سنجار»، المقربة من حزب العمال، بجروح فجر اليوم إثر غارة لمسيّرة تركية"
     " استهدفت مقراً لها في ناحية سنوني.", "وحدات مقاومة سنجار"),
    ("وقالت الوحدات الكردية في بيان إن الجيش التركي قصف أمس مواقع تابعة لها شمالي حلب.", "الوحدات الكردية"),
    ("وحاولت قوات النظام التقدم نحو البلدة من الجهة الجنوبية، فيما قصفت فصائل المعارضة تجمعاً لهم قرب الطريق.",
     "قوات النظام"),
])
def test_a_pronoun_owner_of_the_target_is_named_before(events_of, text, whom):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert any(any(whom in t for t in _texts(e["recipient"])) for e in evs), evs


@pytest.mark.parametrize("text", [
    # the arrester's own checkpoint
    "وأطلقت «هيئة تحرير الشام» سراح ثلاثة شبان كانت قد اعتقلتهم الأسبوع الماضي على حاجز لها قرب البلدة.",
    # a clause joined by «، و»: the pronoun is the object of the verb before
    "وقال المصدر إن الجيش السوري يستهدف الجماعات المسلحة، ويدمر آليات لهم في ريف حماة الشمالي.",
])
def test_no_pronoun_owner_after_an_arrest_or_in_a_joined_clause(events_of, text):
    for e in _events(events_of, text):
        for a in e["recipient"]:
            assert not (e["type"] != "RETREAT" and ("الجيش" in a["text"] or "هيئة" in a["text"])), e


# a noun the lexicon lists under its verb («أوقف|توقيف») takes its patient as genitive like «اعتقال»: «توقيف X» names
# who was detained; the verb written as such («أوقف تقدم …») does not


@pytest.mark.parametrize(("text", "whom"), [
    ("وتحدثت صفحات محلية عن توقيف قيادي عسكري من المدينة في المطار ليل أمس أثناء محاولته السفر.", "قيادي عسكري"),
    ("وأعلنت وزارة الداخلية اليوم توقيف رجل يشتبه بتجنيده عناصر لحساب التنظيم.", "رجل"),
])
def test_the_genitive_of_a_detention_noun_is_who_was_detained(events_of, text, whom):
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and any(whom in t for t in _texts(evs[0]["recipient"])), evs
    assert not any(whom in t for t in _texts(evs[0]["source"])), evs
