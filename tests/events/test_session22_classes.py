"""Session 22: classes of language from the error analysis of the dev team sets, set 11 read as a dev set for the
first time (docs/events.md § Session 22)."""

from __future__ import annotations


def _of(events, typ):
    return [e for e in events if e["type"] == typ]


def _one(events, typ):
    evs = _of(events, typ)
    assert len(evs) == 1, [(e["type"], e["evidence"]["trigger"]["text"]) for e in events]
    return evs[0]


def _texts(args):
    return [a["text"] for a in args]


# an indefinite event noun after a bare «إثر/بسبب/عقب» is told there for the first time


def test_an_indefinite_cause_is_a_new_strike(events_of):
    evs = events_of(
        "قصف تركي على ريف الحسكة\n"
        "قصفت طائرة مسيّرة تركية، فجر اليوم، سيارة قرب قرية تل طويل بريف القامشلي، ما أدى إلى مقتل شخصين كانا على متنها.\n"
        "وفي مدينة عين العرب، أُصيب ثلاثة مدنيين بجروح، ظهر اليوم، إثر غارة لمسيّرة تركية استهدفت منزلاً في حي الشهداء."
    )
    strikes = _of(evs, "ASSAULT")
    assert len(strikes) == 2, [(e["evidence"]["trigger"]["text"], e["why"].get("merged")) for e in strikes]
    assert {e["location"]["text"] for e in strikes if e.get("location")} >= {"حي الشهداء"}


def test_a_definite_cause_is_the_strike_told_before(events_of):
    # (a guard: «إثر الغارة» names the strike of the sentence before)
    evs = events_of(
        "عنوان الخبر\nقصفت طائرة مسيّرة تركية، فجر اليوم، منزلاً في قرية تل طويل بريف القامشلي.\n"
        "وأُصيب ثلاثة مدنيين بجروح إثر الغارة، بحسب مصادر محلية."
    )
    ev = _one(evs, "ASSAULT")
    assert "مدنيين" in " ".join(_texts(ev["recipient"]))


# a threat brandished after a long subject and a parenthetical


def test_brandishing_measures_after_a_long_subject(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nولوّحت نقابة المعلمين في محافظة السويداء، في بيان مساء أمس، باتخاذ «خطوات تصعيدية» إذا لم تُصرف "
        "الرواتب."), "THREATEN")
    assert "المعلمين" in " ".join(_texts(ev["source"]))  # («نقابة» is not yet part of the span)


# a dismissal of an official («إعفاء مسؤول … من مهامه»)


def test_dismissing_an_official(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأعلنت وزارة الداخلية، مساء اليوم، إعفاء مسؤول فرع المرور في مدينة حمص من مهامه وإحالته إلى "
        "التحقيق."), "SANCTION")
    assert ev["factuality"] in ("asserted", "reported")


def test_an_exemption_is_no_dismissal(events_of):
    # (a guard: «إعفاء السيارات من الرسوم» exempts, it dismisses no one)
    evs = events_of("عنوان الخبر\nوقررت الحكومة إعفاء السيارات الزراعية من الرسوم الجمركية حتى نهاية العام.")
    assert not _of(evs, "SANCTION")


# a seizure («ضبطت القوات شحنة …»)


def test_a_seizure_of_contraband(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nضبطت دورية لحرس الحدود، فجر اليوم، شحنة من حبوب «الكبتاغون» قرب معبر جابر الحدودي."), "COERCE")
    assert "دورية لحرس الحدود" in " ".join(_texts(ev["source"]))


def test_a_seizure_in_an_arrest_is_that_arrest(events_of):
    # (the weapons seized in a raid are that raid's, one event)
    evs = events_of(
        "عنوان الخبر\nاعتقلت قوات الأمن، فجر اليوم، ثلاثة مطلوبين في بلدة الصنمين، وضبطت بحوزتهم أسلحة وذخائر.")
    assert len(_of(evs, "COERCE")) == 1


def test_self_restraint_is_no_seizure(events_of):
    evs = events_of("عنوان الخبر\nودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس وتجنب التصعيد في مدينة السويداء.")
    assert not _of(evs, "COERCE")


# a court's terms «لمدد تتراوح بين …» are no habit; its conviction «بعد إدانتهم بـ» is no condemnation


def test_a_range_of_prison_terms_is_one_sentence_passed(events_of):
    evs = events_of(
        "عنوان الخبر\nوأصدرت محكمة الجنايات في حلب، أمس، أحكاماً بالسجن لمدد تتراوح بين ثلاث وعشر سنوات بحق خمسة "
        "متهمين، بعد إدانتهم بـ«الاتجار بالمخدرات».")
    ev = _one(evs, "SANCTION")
    assert ev["factuality"] in ("asserted", "reported")
    assert not _of(evs, "ACCUSE")


def test_a_habit_still_makes_a_generic_act(all_events_of):
    # (a guard: «يومياً» is a habit)
    evs = all_events_of("عنوان الخبر\nوتتعرض قرى جبل الزاوية يومياً لقصف مدفعي من مواقع قوات النظام.")
    assert evs and all(e["factuality"] == "generic" for e in _of(evs, "ASSAULT"))


def test_condemning_a_court_ruling_is_a_condemnation(events_of):
    # (a guard: «إدانتها لحكم المحكمة» condemns; it is no conviction)
    ev = _one(events_of(
        "عنوان الخبر\nوأعربت منظمة العفو الدولية عن إدانتها لحكم المحكمة بسجن الصحفي أحمد العلي خمس سنوات."), "ACCUSE")
    assert "منظمة العفو الدولية" in " ".join(_texts(ev["source"]))
