"""Session 20: classes of language from the error analysis of team set 18 (docs/events.md § Session 20)."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import one_of_type as _one
from event_helpers import texts as _texts

# «أطلق X النار»: the shooters named between the verb and the fire


@pytest.mark.parametrize(
    ("sentence", "shooters"),
    [
        ("وأطلق عناصر الحاجز الرصاص الحي على شبان حاولوا عبور الطريق قرب بلدة ذيبان، ما أدى إلى إصابة اثنين منهم.",
         "عناصر الحاجز"),
        ("وأطلق مسلحون مجهولون، مساء أمس، النار على سيارة المختار عند مدخل بلدة طفس.", "مسلحون مجهولون"),
    ],
)
def test_fire_with_the_shooters_between_verb_and_fire(events_of, sentence, shooters):
    ev = _one(events_of("عنوان الخبر\n" + sentence), "ASSAULT")
    assert shooters in " ".join(_texts(ev["source"]))


def test_a_call_for_a_ceasefire_is_no_shooting(all_events_of):
    # (a guard: the fire belongs to «إطلاق النار» of the ceasefire, not to «أطلقت»)
    evs = all_events_of("عنوان الخبر\nوأطلقت المنظمة الدولية نداءً عاجلاً من أجل وقف إطلاق النار في المدينة.")
    assert not _of(evs, "ASSAULT")


def test_warning_shots_hit_nobody(events_of):
    ev = _one(events_of("عنوان الخبر\nوأطلق عناصر الحاجز الرصاص في الهواء لتفريق المتظاهرين قرب بلدة ذيبان."), "COERCE")
    assert "الرصاص" not in " ".join(_texts(ev["recipient"]))
    assert "عناصر الحاجز" in " ".join(_texts(ev["source"]))


# «عناصرها»: an actor head with a possessive pronoun


def test_members_with_a_pronoun_are_the_subject_after_the_verb(events_of):
    text = ("عنوان الخبر\nوداهمت الدورية منزل الشاب بحثاً عن مطلوبين بتهمة الانتماء لخلايا تنظيم الدولة، وأطلق عناصرها "
            "النار عليه حين حاول الفرار من المنزل قرب بلدة الكرامة.")
    ev = _one(events_of(text), "ASSAULT")
    assert _texts(ev["source"]) != ["الشاب"]
    assert not any("النار" in a for a in _texts(ev["recipient"]))


def test_the_men_of_a_patrol_tell_the_patrols_killing(events_of):
    # (the shooting «وأطلق عناصرها النار» is a trigger since this session; without the pronoun's owner — the patrol,
    # not «تنظيم الدولة» or «الشاب» between — it stood apart from the killing it tells)
    text = ("مقتل شاب برصاص دورية للشرطة في بلدة الكرامة\n"
            "قُتل شاب، فجر اليوم، برصاص دورية للشرطة في بلدة الكرامة بريف المدينة، بحسب مصادر محلية.\n"
            "وقالت المصادر إن الدورية داهمت منزل الشاب بحثاً عن مطلوبين بتهمة الانتماء لخلايا تنظيم الدولة، وأطلق "
            "عناصرها النار عليه حين حاول الفرار من المنزل، ما أدى إلى مقتله على الفور.")
    assert len(_of(events_of(text), "ASSAULT")) == 1


# what else a sentence dates: a year or a time past a comma, in a state «منذ» it or a further statement


def test_a_year_in_a_further_statement_dates_nothing_of_the_act(events_of):
    text = ("عنوان الخبر\nوقالت مصادر محلية إن المسلحين أطلقوا النار على الشاب أثناء خروجه من محله في بلدة طفس، "
            "مشيرةً إلى أنه كان يحمل بطاقة التسوية منذ صيف عام 2018.")
    ev = _one(events_of(text), "ASSAULT")
    assert ev["factuality"] in ("asserted", "reported")
    assert not (ev.get("date") or {}).get("value", "").startswith("2018")


def test_a_years_since_in_an_apposition_makes_no_tally(events_of):
    text = ("عنوان الخبر\nوطالبت اللجنة الأهلية في البلدات الثلاث الجانب الروسي، بصفته ضامناً لاتفاق الهدنة المعمول به "
            "في المنطقة منذ عام 2014، بالتدخل الفوري لإعادة فتح الحاجز أمام أكثر من مئة ألف مدني.")
    ev = _one(events_of(text), "REQUEST")
    assert ev["factuality"] in ("asserted", "reported")


def test_later_statement():
    from marsad.events.clauses import later_statement

    class W:
        def __init__(self, norm: str, kind: str = "word") -> None:
            self.norm, self.kind = norm, kind

    words = [W(x) for x in "اطلقوا النار عليه ، مشيره الي انه كان يحمل البطاقه منذ صيف عام 2018".split()]
    assert later_statement(words, 1, words.index(words[-3]))  # «صيف», after «منذ» past the comma
    assert not later_statement(words, 1, 2)  # no comma between


# where the attackers fled is not where they struck


def test_where_the_attackers_fled_is_not_the_place(events_of):
    text = ("عنوان الخبر\nتظاهر العشرات من أهالي بلدة اليادودة، صباح اليوم، احتجاجاً على الاعتقالات.\nوقالت مصادر محلية "
            "إن مسلحين أطلقوا النار على شاب أمام منزله ثم فرّوا باتجاه الطريق الواصل بين طفس وبلدة المزيريب.")
    ev = _one(events_of(text), "ASSAULT")
    assert "اليادودة" in ((ev.get("location") or {}).get("text") or "")  # the article's place, not the road fled to


# a protest called for is planned, an event of its own


def test_a_strike_called_for_is_a_planned_protest(events_of):
    ev = _one(events_of("عنوان الخبر\nودعت النقابات في مدينة السويداء إلى إضراب عام يشمل المدارس والأسواق يوم الأحد "
                        "المقبل احتجاجاً على الاعتقالات."), "PROTEST")
    assert ev["factuality"] == "planned"


def test_a_strike_called_for_beside_a_vigil_held_is_another_event(events_of):
    text = ("عنوان الخبر\nوتجمّع العشرات من أهالي بلدة جسر الشغور، عصر اليوم، في وقفة احتجاجية تنديداً بالقصف، فيما دعا "
            "ناشطون إلى إضراب عام في مناطق الريف الغربي يوم الثلاثاء المقبل.")
    facts = sorted(e["factuality"] for e in _of(events_of(text), "PROTEST"))
    assert len(facts) == 2 and "planned" in facts


def test_a_protest_demanded_is_still_a_demands_content(events_of):
    # (a guard: only a call «دعا إلى» makes the protest an event; what «طالب» asks for stays its content)
    assert not _of(events_of("عنوان الخبر\nوطالبت اللجنة الأهالي بالمشاركة في الإضراب العام يوم الأحد المقبل."), "PROTEST")


# words the lexicon lacked


@pytest.mark.parametrize(
    ("sentence", "typ"),
    [
        ("وسقط صاروخ مساء أمس قرب مدرسة في بلدة طمون من دون أن يسفر عن إصابات.", "ASSAULT"),
        ("وقالت الجمعية إن قوات الجيش منعت سيارات الإسعاف من الوصول إلى الجرحى في بلدة طمون لساعتين.", "COERCE"),
        ("وأدخلت المنظمة الدولية، بعد ظهر اليوم، ثلاث شاحنات محمّلة بالمواد الغذائية إلى مخيم الفارعة.", "AID"),
        ("وتعتزم المنظمة إرسال عيادتين متنقلتين إلى بلدة طمون خلال الأسبوع المقبل.", "AID"),
        ("وأعلن المكتب أن قافلة تضم عشرين شاحنة محمّلة بالطحين ستصل إلى مدينة الفاشر يوم الأحد المقبل.", "AID"),
        ("واعتصم المعلمون أمام مبنى المحافظة في مدينة الحسكة، ملوّحين بإغلاق المدارس إذا لم تُصرف رواتبهم.", "THREATEN"),
    ],
)
def test_new_words_of_the_lexicon(events_of, sentence, typ):
    assert _of(events_of("عنوان الخبر\n" + sentence), typ)


def test_trucks_of_weapons_are_no_aid(events_of):
    text = ("عنوان الخبر\nوأكدت المصادر أن التعزيزات شملت أيضاً إدخال أكثر من خمسين شاحنة تحمل معدات وأسلحة وذخائر "
            "متنوعة إلى قاعدة في ريف الحسكة.")
    assert not _of(events_of(text), "AID")


def test_celebratory_fire_is_no_attack(all_events_of):
    text = "عنوان الخبر\nوأطلق عناصر الحواجز النار ابتهاجاً بعد إعلان النتائج في أحياء المدينة مساء أمس."
    assert not _of(all_events_of(text), "ASSAULT")


def test_his_soldiers_are_the_shooters(events_of):
    ev = _one(events_of("عنوان الخبر\nوداهم الجيش القرية وأطلق جنوده النار على المزارعين قرب بلدة الكرك."), "ASSAULT")
    assert _texts(ev["source"]) in (["جنوده"], ["الجيش"])  # (his soldiers: the army, named in the sentence)
    assert _texts(ev["recipient"]) == ["المزارعين"]


# a rumour of another kind of act, an enemy named by its war, a verb after a comma


def test_a_rumoured_abduction_after_a_killing_is_another_act(events_of):
    text = ("عنوان الخبر\nقُتل عنصران من الأمن العام، فجر اليوم، بهجوم شنّه مسلحون لبنانيون على نقطة حدودية قرب بلدة "
            "القصر.\nوتداولت صفحات محلية أنباء عن اختطاف راعيين سوريين على يد مسلحين لبنانيين قرب بلدة ربلة، وهي أنباء لم "
            "تؤكدها أي جهة رسمية.")
    facts = sorted(e["factuality"] for e in _of(events_of(text), "ASSAULT"))
    assert len(facts) == 2 and "rumored" in facts


def test_the_mercenaries_of_the_aggression_are_an_actor(all_events_of):
    text = ("عنوان الخبر\nونقلت القناة عن مصدر عسكري قوله إن «مرتزقة العدوان» قصفوا بالمدفعية، ظهر اليوم، منازل المواطنين في "
            "قرية الشجيرة.")
    ev = _one(all_events_of(text), "ASSAULT")
    assert "العدوان" not in [t["text"] for t in [ev["evidence"]["trigger"], *ev["evidence"]["triggers"]]]


def test_a_verb_after_a_comma_with_its_subject_is_no_masdar(events_of):
    text = ("عنوان الخبر\nالتقى محافظ المدينة اليوم رئيس البعثة الأممية، وسلّمه مذكرة تتضمن قائمة بالخروقات، ورفض المحافظ "
            "دعوة البعثة إلى ضبط النفس من الطرفين.")
    ev = _one(events_of(text), "REJECT")
    assert _texts(ev["source"]) == ["المحافظ"]


# words that name no act here


def test_a_crowd_is_no_mobilisation(all_events_of):
    text = ("عنوان الخبر\nوقال أحد الوجهاء، في كلمة ألقاها أمام حشد من أبناء العشائر في بلدة القصر، إن الأهالي لن يغادروا "
            "قراهم.")
    assert not _of(all_events_of(text), "MOBILIZE")


def test_the_joint_operations_command_is_a_name(all_events_of):
    text = "عنوان الخبر\nوأكدت قيادة العمليات المشتركة أن قواتها تلاحق فلول التنظيم في صحراء الأنبار."
    assert not _of(all_events_of(text), "COOPERATE")


def test_a_protest_to_demand_is_one_event(events_of):
    text = ("عنوان الخبر\nوأعلنت لجنة الأهالي أنها ستنظّم يوم الثلاثاء المقبل وقفة احتجاجية أمام مقر السلطة المحلية في مدينة "
            "حيس للمطالبة بحماية الأحياء السكنية.")
    evs = events_of(text)
    assert _of(evs, "PROTEST") and not _of(evs, "REQUEST")


def test_ransoms_in_the_plural_are_part_of_the_kidnapping(all_events_of):
    text = ("عنوان الخبر\nويلجأ المسلحون في المنطقة إلى خطف المزارعين والرعاة لمقايضتهم بعناصرهم المعتقلين أو لطلب فدى "
            "مالية من ذويهم.")
    assert not _of(all_events_of(text), "REQUEST")


def test_life_amid_shelling_for_years_is_no_event(events_of):
    text = "عنوان الخبر\nوتعيش مدينة حيس منذ سنوات على وقع القذائف والقنص، إذ لا يكاد يمرّ أسبوع من دون سقوط ضحايا."
    assert not _of(events_of(text), "ASSAULT")


# what an agreement is about is no act of its own


@pytest.mark.parametrize(
    ("sentence", "typ"),
    [
        ("وأجرى وزير الدفاع اتصالاً هاتفياً بنظيره اللبناني، واتفق الجانبان خلاله على «تثبيت وقف إطلاق النار» وتشكيل لجنة "
         "مشتركة.", "CONCEDE"),
        ("وأعلن المبعوث الأممي أن الطرفين اتفقا في ختام المفاوضات على صفقة لتبادل الأسرى.", "COOPERATE"),
        ("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في المدينة بعد يومين من الاشتباكات.", "CONCEDE"),
    ],
)
def test_what_an_agreement_is_about_is_agreed(events_of, sentence, typ):
    evs = events_of("عنوان الخبر\n" + sentence)
    assert _of(evs, "AGREE") and not _of(evs, typ)


# the men of a named actor are that actor


@pytest.mark.parametrize(
    ("sentence", "role", "actor"),
    [
        ("وأعلن «حزب الله»، في بيان، أن مقاتليه استهدفوا، عصر اليوم، موقعاً إسرائيلياً قبالة بلدة الناقورة بصاروخين.",
         "source", "حزب الله"),
        ("وزعم الجيش الإسرائيلي، في بيان، أن طائراته أغارت على مبنى في بلدة عيتا الشعب.", "source", "الجيش الإسرائيلي"),
    ],
)
def test_the_men_of_a_named_actor_are_that_actor(events_of, sentence, role, actor):
    ev = _one(events_of("عنوان الخبر\n" + sentence), "ASSAULT")
    assert actor in " ".join(_texts(ev[role]))


def test_their_families_are_no_actors_men(events_of):
    # (a guard: «ذويهم» names the families of the arrested, no owner is looked for)
    text = ("عنوان الخبر\nوفي بلدة بيت أمر شمالي الخليل، اعتقلت قوات الاحتلال، فجر اليوم، سبعة شبان بعد دهم منازل ذويهم "
            "وتفتيشها.")
    for e in _of(events_of(text), "COERCE"):
        assert "ذويهم" not in _texts(e["source"])


def test_todays_strike_told_again_is_not_an_old_massacre(events_of):
    text = ("قتيلان بغارة إسرائيلية على منزل في عيتا الشعب.. وقانا تستعيد ذكرى مجزرة 1996\n"
            "قُتل رجل وابنه، بعد ظهر اليوم، جراء غارة شنّتها طائرة حربية إسرائيلية على منزلهم في بلدة عيتا الشعب.\n"
            "وأكدت الوكالة الوطنية للإعلام أن الضحيتين مدنيان، وأن الغارة دمّرت المنزل بالكامل.")
    for e in _of(events_of(text), "ASSAULT"):
        if e["factuality"] == "historical":
            assert all(t["text"] != "الغارة" for t in e["evidence"].get("triggers", []))


def test_a_vigil_organised_some_words_before(events_of):
    text = ("عنوان الخبر\nوفي مخيم كلمة نفسه، نظّمت عشرات النساء، ظهر اليوم، وقفة أمام مكتب المنسقية داخل المخيم رفعن "
            "خلالها لافتات.")
    assert _of(events_of(text), "PROTEST")


def test_a_session_of_consultations_is_a_meeting(events_of):
    text = ("عنوان الخبر\nومن المقرر أن يعقد مجلس الأمن الدولي، يوم الخميس المقبل، جلسة مشاورات مغلقة بشأن الأوضاع في "
            "إقليم دارفور.")
    ev = _one(events_of(text), "CONSULT")
    assert ev["factuality"] == "planned"


def test_arson_is_an_attack(events_of):
    ev = _one(events_of("عنوان الخبر\nوأحرق مستوطنون، فجر اليوم، ثلاث سيارات ومنزلاً في قرية المغير شرق رام الله."), "ASSAULT")
    assert _texts(ev["source"]) == ["مستوطنون"]


def test_the_town_of_the_meeting_not_the_governors_province(events_of):
    text = ("عنوان الخبر\nوالتقى محافظ الحديدة، في مقرّه المؤقت بمدينة الخوخة اليوم، نائب رئيس البعثة الأممية، وسلّمه مذكرة "
            "تتضمن قائمة بالخروقات.")
    ev = _one(events_of(text), "CONSULT")
    assert (ev.get("location") or {}).get("text") == "مدينة الخوخة"
    assert "_office" not in ev["location"]


def test_a_governors_province_stays_when_no_town_is_named(events_of):
    # (a guard: with no other town in the sentence the office's place is kept)
    ev = _one(events_of("عنوان الخبر\nوالتقى محافظ حلب، اليوم، وفداً من وجهاء مدينة حلب في مكتبه."), "CONSULT")
    assert "حلب" in ((ev.get("location") or {}).get("text") or "")


def test_a_threat_after_a_demanded_protest_is_a_threat(events_of):
    text = ("عنوان الخبر\nوأعلنت لجنة الأهالي أنها ستنظّم، يوم الثلاثاء المقبل، وقفة احتجاجية أمام مقر السلطة المحلية "
            "في مدينة حيس للمطالبة بحماية الأحياء السكنية، ملوّحةً بقطع الطريق الساحلي في حال لم تتحرك البعثة الأممية.")
    ev = _one(events_of(text), "THREATEN")
    assert ev["factuality"] != "historical"  # «الأحياء» (neighbourhoods) is no «إحياء» (commemoration)


def test_what_an_agreement_is_about_across_a_parenthetical(events_of):
    text = ("عنوان الخبر\nوأجرى وزير الدفاع اتصالاً هاتفياً بنظيره اللبناني، واتفق الجانبان خلاله، بحسب ما نقلته الوكالة "
            "الرسمية، على «تثبيت وقف إطلاق النار» وتشكيل لجنة مشتركة.")
    evs = events_of(text)
    assert _of(evs, "AGREE") and not _of(evs, "CONCEDE")


def test_a_denied_report_stays_apart_from_a_doubted_headline(events_of):
    # (the two-part headline's clash is doubted by the detection model when the lead merges into it)
    text = ("قتيل وجرحى في اشتباكات بين مجموعتين مسلحتين في سرت.. وطلاب يغلقون الطريق الجامعي احتجاجاً\n"
            "سرت – «الساحل»: اندلعت، مساء أمس الإثنين، اشتباكات بالأسلحة الخفيفة بين مجموعتين مسلحتين في حي السواني "
            "قرب ميناء سرت، ما أدى إلى مقتل شخص وإصابة ثلاثة.\n"
            "ونفت مديرية الأمن، في بيان، ما تداولته صفحات محلية عن اشتباكات بين وحدات عسكرية في المدينة مساء أمس، "
            "مؤكدةً أن أصوات الرصاص التي سمعها السكان تعود إلى إطلاق نار احتفالي في حفل زفاف.")
    facts = sorted(e["factuality"] for e in _of(events_of(text), "ASSAULT"))
    assert facts == ["asserted", "negated"]
