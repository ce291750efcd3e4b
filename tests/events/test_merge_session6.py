"""Session 6: merging — a «new» act is not an earlier one, and a habit or campaign is not the specific act."""

from __future__ import annotations


def _assaults(events):
    return [e for e in events if e["type"] == "ASSAULT"]


def test_a_new_attack_is_not_merged_into_an_earlier_one(events_of):
    # «عدوان إسرائيلي جديد»: adjectives may stand between the trigger and «جديد»
    text = "وقتل جنديان في غارة جوية على مطار المدينة مطلع الشهر.\nوتصدت الدفاعات الجوية لعدوان إسرائيلي جديد على محيط المدينة."
    assert len(_assaults(events_of(text))) == 2


def test_new_or_another_after_adjectives_marks_a_distinct_act():
    from marsad.events.extract import _distinct
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of as _words

    for text, expected in [("عدوان إسرائيلي جديد على المدينة", True), ("غارة جوية جديدة على المدينة", True),
                           ("عدوان إسرائيلي على المدينة الجديدة", False), ("لقاء آخر بين الطرفين", True)]:
        words = _words(text)
        t = next(t for t in find_triggers(words) if t.first == 0)
        assert _distinct(words, t) is expected, text


def test_a_habit_is_generic_and_not_merged_into_the_specific_act(all_events_of):
    text = ("وأعلنت الفصائل استهداف قاعدة للجيش في ريف المدينة بالطائرات المسيرة أمس.\n"
            "وأكدت الفصائل مراراً أنها مستمرة في استهداف قواعد الجيش في المنطقة.")
    evs = _assaults(all_events_of(text))
    assert len(evs) == 2
    assert evs[0]["factuality"] == "asserted" and evs[1]["factuality"] == "generic"


def test_continuing_in_makes_the_act_generic(all_events_of):
    e = _assaults(all_events_of("وقال القائد إن قواته مستمرة في قصف مواقع المسلحين."))[0]
    assert e["factuality"] == "generic"
    assert any("continuing" in w for w in e["why"]["factuality"])


def test_a_state_and_its_unit_are_one_actor_for_an_anaphoric_mention(events_of):
    # «وتأتي زيارة الروس» refers back to the visit of «وفد عسكري روسي» (RUS-MIL, a unit of RUS)
    text = ("توجه وفد عسكري روسي إلى مدينة حلب أمس والتقى محافظها.\nوأكد المحافظ أهمية التعاون.\n"
            "وتأتي زيارة الروس بعد أسابيع من التوتر في المنطقة.")
    evs = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert len(evs) == 1
    assert any("anaphoric" in r for r in evs[0]["why"]["merged"])


def test_two_units_of_one_state_are_not_one_actor():
    from marsad.events.merge import _overlap
    lavrov = [{"text": "لافروف", "actor": "RUS-MFA-X", "_affiliation": "RUS", "_norm": "لافروف"}]
    army = [{"text": "الجيش الروسي", "actor": "RUS-MIL", "_affiliation": "RUS", "_norm": "الجيش الروسي"}]
    russia = [{"text": "الروس", "actor": "RUS", "_norm": "الروس"}]
    assert not _overlap(lavrov, army, family=True)
    assert _overlap(russia, army, family=True) and _overlap(army, russia, family=True)
    assert not _overlap(russia, army)  # only for mentions that refer back


def test_a_demonym_on_the_trigger_beats_a_source_further_away(roles_of):
    assert roles_of("وقالت تركيا إن الانسحاب الأميركي من سوريا بات قريباً.", "RETREAT")[0] == ["USA"]


def test_attacks_on_towns_of_two_governorates_are_not_one_event():
    from marsad.events.merge import _far_apart, _places_compatible
    homs = {"text": "مدينة حمص", "_norm": "مدينه حمص", "country": "SY", "admin1": "Homs", "geo_precision": 1}
    banias = {"text": "بانياس", "_norm": "بانياس", "country": "SY", "admin1": "Tartous", "geo_precision": 1}
    qusayr = {"text": "القصير", "_norm": "القصير", "country": "SY", "admin1": "Homs", "geo_precision": 1}
    syria = {"text": "سوريا", "_norm": "سوريا", "country": "SY", "admin1": None, "geo_precision": 3}
    assert _far_apart(homs, banias) and not _far_apart(homs, qusayr) and not _far_apart(homs, syria)
    a = {"type": "ASSAULT", "location": homs}
    assert not _places_compatible(a, {"type": "ASSAULT", "location": banias})
    # a mention that refers back («الغارة») may still name another place of the same strike
    assert _places_compatible(a, {"type": "ASSAULT", "location": banias, "_anaphoric": "definite event noun"})
    assert _places_compatible(a, {"type": "ASSAULT", "location": qusayr})
