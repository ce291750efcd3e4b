"""Session 22: classes of language from the error analysis of the dev team sets, set 11 read as a dev set for the
first time (docs/events.md § Session 22)."""

from __future__ import annotations

from event_helpers import of_type as _of
from event_helpers import one_of_type as _one
from event_helpers import texts as _texts

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


# the aim of talks («بهدف التوصل إلى هدنة») is sought, not reached


def test_the_aim_of_talks_is_no_agreement(events_of):
    evs = events_of(
        "عنوان الخبر\nووصل وفد أمني إلى القاهرة، مساء أمس، لاستئناف المباحثات مع حركة حماس بوساطة قطرية، بهدف التوصل "
        "إلى هدنة إنسانية.")
    assert _of(evs, "CONSULT")
    assert not _of(evs, "AGREE")


# an organisation named after what it does («وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين») gives no aid by its name


def test_unrwa_by_its_full_name_is_no_aid(events_of):
    evs = events_of(
        "عنوان الخبر\nوقالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين إن مخازنها في رفح باتت فارغة.")
    assert not _of(evs, "AID")


# «منظمي المظاهرات»: people named by what they do


def test_the_organisers_of_protests_are_no_protest(events_of):
    evs = events_of(
        "عنوان الخبر\nوداهمت دورية للأمن العام منازل ثلاثة ناشطين من منظمي المظاهرات في مدينة سرمدا، واعتقلتهم.")
    assert _of(evs, "COERCE")
    assert not _of(evs, "PROTEST")


# shells by another name («سقوط مقذوفات»), aid trucks that come in («دخلت 40 شاحنة محمّلة بالمواد الغذائية»)


def test_projectiles_that_fell_are_an_attack(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأُصيب ثلاثة مواطنين، عصر أمس، جراء سقوط مقذوفات عسكرية أطلقتها الميليشيات على قرية الخوبة."),
        "ASSAULT")
    assert "مواطنين" in " ".join(_texts(ev["recipient"]))


def test_aid_trucks_that_came_in(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nودخلت أمس 40 شاحنة محمّلة بالمواد الغذائية والطبية إلى القطاع عبر معبر رفح."), "AID")
    assert ev["factuality"] in ("asserted", "reported")


def test_trucks_kept_out_are_no_aid(events_of):
    # (a guard: «منعت … دخول الشاحنات» is a ban, the trucks did not come in)
    evs = events_of(
        "عنوان الخبر\nومنعت حواجز الفرقة الرابعة، لليوم الثالث، دخول شاحنات محمّلة بالطحين إلى حي الشيخ مقصود.")
    assert not _of(evs, "AID")


# «قذائف أطلقتها الميليشيات»: who fired the shells is the source


def test_the_force_that_fired_the_shells_is_the_source(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأُصيب ثلاثة مواطنين، عصر أمس، جراء سقوط مقذوفات عسكرية أطلقتها الميليشيات الحوثية على قرية "
        "الخوبة."), "ASSAULT")
    assert "الميليشيات الحوثية" in " ".join(_texts(ev["source"]))


# a verb of preventing governs what it prevents, not the next act after a comma


def test_an_arrest_after_a_prevention_is_told_as_done(events_of):
    evs = events_of("عنوان الخبر\nوقالت مصادر إن قوات الأمن منعت المحتجين من دخول الساحة، واعتقلت خمسة منهم.")
    arrests = [e for e in _of(evs, "COERCE") if e["evidence"]["trigger"]["text"] == "واعتقلت"]
    assert arrests and arrests[0]["factuality"] in ("asserted", "reported")


def test_what_is_prevented_is_not_done(all_events_of):
    # (a guard: «لمنع اقتحام البلدة» — the storming did not happen)
    evs = all_events_of("عنوان الخبر\nونشرت الفصائل حواجز على مداخل البلدة لمنع اقتحامها من قبل قوات النظام.")
    assert not [e for e in evs if e["evidence"]["trigger"]["text"].startswith("اقتحام")
                and e["factuality"] in ("asserted", "reported")]


# «بنشر عشرات العناصر»: a deployment, by the subject before the masdar


def test_a_deployment_named_by_its_masdar(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوقامت قوات الأمن العام بنشر عشرات العناصر الملثمين عند مداخل مدينة بنش."), "MOBILIZE")
    assert "قوات الأمن العام" in " ".join(_texts(ev["source"]))
    assert "العناصر" not in " ".join(_texts(ev["source"]))


def test_publishing_is_no_deployment(events_of):
    # (a guard: «نشر صور» publishes)
    assert not _of(events_of("عنوان الخبر\nوأعلنت الوزارة نشر صور المطلوبين على معرّفاتها الرسمية."), "MOBILIZE")


# «مظاهرات أسبوعية»: a frequency adjective right after the event noun makes a habit


def test_weekly_protests_are_a_habit(events_of):
    evs = events_of("عنوان الخبر\nومنذ أواخر شباط الماضي، تشهد مدن إدلب وبلداتها مظاهرات أسبوعية مناهضة للهيئة.")
    assert not _of(evs, "PROTEST")  # (a habit the rules name is left out of the output)


def test_a_protest_within_a_weekly_movement_is_one_event(events_of):
    # (a guard: the protest of today is told, the weekly movement only frames it)
    ev = _one(events_of(
        "عنوان الخبر\nونظّم أهالي بلدة جاسم مظاهرة حاشدة، اليوم الجمعة، في إطار الاحتجاجات الأسبوعية."), "PROTEST")
    assert ev["factuality"] in ("asserted", "reported")


def test_controlling_a_border_is_no_seizure(events_of):
    # (a guard: «ضبط الحدود» controls a border; a drug word further on does not make it a seizure)
    evs = events_of(
        "عنوان الخبر\nوتدخل التفاهمات في تفاصيل إعادة العلاقات، وضبط الحدود، ومواجهة تهريب المخدرات في مدينة درعا.")
    assert not _of(evs, "COERCE")


def test_an_actor_after_the_masdar_of_bringing_in_is_its_agent(events_of):
    # (a guard: «واستقدام قسد تعزيزات»: the genitive named is who brings them in)
    evs = events_of(
        "عنوان الخبر\nوأفاد مراسلنا بوقوع أسرى من عناصر الأسايش في أيدي مقاتلي المجلس، واستقدام قسد تعزيزات عسكرية "
        "جديدة إلى بلدة الصور.")
    assert any("قسد" in " ".join(_texts(e["source"])) for e in _of(evs, "MOBILIZE"))
    assert not any("المجلس" in " ".join(_texts(e["source"])) for e in _of(evs, "MOBILIZE"))


def test_the_aim_covers_its_alternatives(events_of):
    evs = events_of(
        "عنوان الخبر\nوانطلقت المساعي الروسية في موسكو، أمس، بهدف التوصل إلى \"مصالحة\" أو \"تسوية\" بين البلدين الجارين.")
    assert not _of(evs, "AGREE")


# «بحق X»: who a sentence is passed on


def test_who_the_sentence_is_passed_on(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأصدرت محكمة الجنايات في حلب، أمس، أحكاماً بالسجن لمدد تتراوح بين ثلاث وعشر سنوات بحق خمسة "
        "متهمين."), "SANCTION")
    assert "خمسة متهمين" in " ".join(_texts(ev["recipient"]))


def test_convicted_of_with_the_preposition_lam(events_of):
    # «لإدانته بـ…» (for being convicted of): the court's reason, no condemnation
    evs = events_of(
        "عنوان الخبر\nوقضت محكمة في فيينا بالسجن خمس سنوات على مواطن من الشيشان لإدانته بالانضمام إلى تنظيم داعش.")
    assert _of(evs, "SANCTION")
    assert not _of(evs, "ACCUSE")


def test_where_the_shells_were_fired_from_is_not_where_they_fell(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوفي بلدة الخوبة، أُصيب ثلاثة مواطنين بجروح، عصر أمس، جراء سقوط مقذوفات أطلقتها الميليشيات من "
        "داخل الأراضي اليمنية."), "ASSAULT")
    assert ev["location"]["text"] == "بلدة الخوبة"


def test_an_arrest_inside_a_building_is_there(events_of):
    # (a guard: «من داخل» after no verb of firing is where the act happened)
    ev = _one(events_of("عنوان الخبر\nواعتقلت قوات الأمن، فجر اليوم، شاباً من داخل مستشفى درعا الوطني."), "COERCE")
    assert "درعا" in ev["location"]["text"]


# the owner of a target after a time between commas («استهدفت، فجر أمس، مقرات تابعة لـ X»)


def test_the_owner_of_a_target_past_a_time_parenthetical(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوقال المتحدث إن طائرات مسيّرة تركية استهدفت، فجر أمس، مقرات تابعة لقوات سوريا الديمقراطية في "
        "ريف الرقة."), "ASSAULT")
    assert "قوات سوريا الديمقراطية" in " ".join(_texts(ev["recipient"]))


# patrols deployed («انتشار مكثف لدوريات …»، «بنشر دوريات …»)


def test_a_deployment_of_patrols(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأشار مراسلنا إلى انتشار مكثف لدوريات جهاز الأمن العام في شوارع مدينة بنش."), "MOBILIZE")
    assert "بنش" in ev["location"]["text"]


# «ضد أي محاولة … تستهدف …»: a present verb describing an «أي» phrase names no act


def test_a_verb_describing_any_attempt_is_no_attack(all_events_of):
    evs = all_events_of(
        "عنوان الخبر\nوحذّر المصدر من أن القوات المسلحة «لن تتردد في استخدام القوة بكل حزم ضد أي محاولة للتسلل أو "
        "التهريب تستهدف أمن الوطن».")
    assert not [e for e in _of(evs, "ASSAULT") if e["evidence"]["trigger"]["text"] == "تستهدف"]


def test_a_present_attack_verb_is_still_an_attack(events_of):
    # (a guard: no «أي» before it)
    assert _of(events_of("عنوان الخبر\nوقالت مصادر إن طائرات مسيّرة تستهدف منذ الصباح مواقع الفصائل في ريف إدلب."),
               "ASSAULT")
