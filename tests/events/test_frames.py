"""Frames: actors, places, times and attribution (sentences written for these tests)."""

from __future__ import annotations

import pytest
from frame_helpers import roles, setup

from marsad.events.frames import Arg, assign_roles, chunk_actors, find_attribution, pick_place
from marsad.events.triggers import Word
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def test_vso():
    assert roles("هاجمت قوات الأمن مسلحين في البلدة.", "هاجمت") == (["قوات الأمن"], ["مسلحين"])


def test_svo_after_anna():
    assert roles("قال المصدر إن المسلحين هاجموا دورية للجيش.", "هاجموا")[0] == ["المسلحين"]


def test_between_x_and_y_in_a_fight_gives_two_sources():
    src, rec = roles("اندلعت اشتباكات بين الجيش والمسلحين في الحي.", "اشتباكات")
    assert len(src) == 2 and rec == []


def test_noun_genitive_is_agent_and_ala_marks_target():
    assert roles("أسفر هجوم المسلحين على الشرطة عن قتيلين.", "هجوم") == (["المسلحين"], ["الشرطة"])


def test_patient_noun_genitive_is_the_recipient():
    src, rec = roles("نفذت الشرطة اعتقال الناشطين في المدينة.", "اعتقال")
    assert rec == ["الناشطين"] and src == ["الشرطة"]


def test_experiencer_is_recipient():
    _src, rec = roles("تعرضت دورية للجيش لهجوم قرب الجسر.", "لهجوم")
    assert rec and rec[0].startswith("دورية")


def test_agent_phrase_min_qibal():
    src, _ = roles("جرى اعتقال الصحافي من قبل عناصر الأمن.", "اعتقال")
    assert src == ["عناصر الأمن"]


def test_chunker_stops_at_verbs_and_prepositions():
    _ws, _, actors = setup("أعلن وفد روسي في العاصمة أن قوات النظام بدأت الانسحاب.")
    assert [a.text for a in actors] == ["وفد روسي", "قوات النظام"]


def test_place_prefers_governed_over_destination():
    text = "انسحب المسلحون من حمص إلى إدلب."
    ws, trigs, _ = setup(text)
    homs = Arg(start=text.index("حمص"), end=text.index("حمص") + 3, text="حمص", first=3, last=3, kind="place")
    idlib = Arg(start=text.index("إدلب"), end=text.index("إدلب") + 4, text="إدلب", first=5, last=5, kind="place")
    place, why, strong = pick_place(ws, trigs[0], [idlib, homs])
    assert place is homs and strong and why


def test_attribution_kinds():
    text = "وقال مراسلنا في المدينة إن القصف استمر، بحسب وكالة الأنباء الرسمية."
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    found, _ = find_attribution(ws)
    kinds = [k for _, _, k in found]
    assert "correspondent" in kinds and "outlet" in kinds


def _place(text: str, ws, name: str) -> Arg:
    s = text.index(name)
    i = next(k for k, w in enumerate(ws) if w.start <= s < w.end)
    return Arg(start=s, end=s + len(name), text=name, first=i, last=i, kind="place")


def test_destination_is_a_movements_place_not_a_proposals():
    text = "عرض الوسطاء اتفاقاً يقضي بنقل المقاتلين إلى إدلب."
    ws, trigs, _ = setup(text)
    agree = next(t for t in trigs if t.type == "AGREE")
    place, _why, _strong = pick_place(ws, agree, [_place(text, ws, "إدلب")])
    assert place is None
    text = "توجه وفد عسكري إلى درعا صباح اليوم."
    ws, trigs, _ = setup(text)
    visit = next(t for t in trigs if t.type == "CONSULT")
    place, _why, _strong = pick_place(ws, visit, [_place(text, ws, "درعا")])
    assert place is not None and place.text == "درعا"


def test_target_owned_by_an_actor_is_the_recipient():
    assert roles("هاجم مسلحون حاجزاً للجيش قرب البلدة.", "هاجم") == (["مسلحون"], ["حاجزاً للجيش"])
    assert roles("قصفت الطائرات مقرات للفصائل في الريف.", "قصفت") == (["الطائرات"], ["مقرات للفصائل"])


def test_second_actor_noun_is_not_a_nisba_adjective():
    src, rec = roles("استهدف مسلحون دورية للشرطة أمس.", "استهدف")
    assert src == ["مسلحون"] and rec == ["دورية للشرطة"]
    assert [a.text for a in setup("قوات روسية")[2]] == ["قوات روسية"]


# -- victims of killing and abduction verbs (counted phrases; sentences written for these tests) --


def test_counted_object_after_kill_verb_is_the_victim():
    assert roles("قتل المهاجمون ثلاثة حراس في السوق.", "قتل") == (["المهاجمون"], ["ثلاثة حراس"])


def test_counted_object_with_digits_and_min():
    src, rec = roles("خطفت العصابة 12 من عمال الشركة الأجنبية قرب الميناء.", "خطفت")
    assert src == ["العصابة"] and rec == ["12 من عمال الشركة الأجنبية"]


def test_approximate_count_words_are_skipped():
    _src, rec = roles("اختطف مسلحون ما مجموعه 9 صيادين أمس.", "اختطف")
    assert rec == ["9 صيادين"]


def test_counted_unit_is_not_a_victim():
    # a count of times, days or distance after the verb is not a count of people
    _src, rec = roles("قتل المهاجمون 3 مرات في هذا الشهر.", "قتل")
    assert rec == []


def test_counted_subject_of_plural_kill_verb_is_the_victim():
    src, rec = roles("وذكر الجيش أن سبعة مسلحين قتلوا في المواجهات.", "قتلوا")
    assert rec == ["سبعة مسلحين"] and src == []


def test_dual_subject_of_dual_kill_verb_is_the_victim():
    src, rec = roles("وقال المصدر إن شرطيين اثنين قتلا في الانفجار.", "قتلا")
    assert rec == ["شرطيين اثنين"] and src == []


def test_agent_phrase_survives_the_passive_reading():
    src, rec = roles("قال الضابط إن خمسة قرويين خطفوا على أيدي مسلحين مجهولين.", "خطفوا")
    assert rec == ["خمسة قرويين"] and src and src[0].startswith("مسلحين")


def test_plain_subject_of_plural_verb_stays_the_source():
    src, rec = roles("وقال المصدر إن المسلحين قتلوا أربعة مدنيين.", "قتلوا")
    assert src == ["المسلحين"] and rec == ["أربعة مدنيين"]


def test_svo_object_right_after_the_verb_is_the_recipient():
    src, rec = roles("وأكد المصدر أن الجنود هاجموا المسلحين قرب الجسر.", "هاجموا")
    assert src == ["الجنود"] and rec == ["المسلحين"]


def test_counted_noun_after_the_verb_is_not_its_subject():
    src, rec = roles("قال الناطق إن قوات الحدود قتلت أربعة مهربين قرب المعبر.", "قتلت")
    assert rec == ["أربعة مهربين"] and "مهربين" not in " ".join(src)


def test_nationality_adjective_on_the_attack_names_the_attacker():
    src, _rec = roles("أدت ضربة جوية فرنسية إلى مقتل خمسة مسلحين.", "ضربة جوية")
    assert src == ["فرنسية"]


def test_nationality_adjective_on_the_weapon_names_the_attacker():
    src, _rec = roles("واستهدف صاروخ روسي السيارة في الطريق.", "واستهدف")
    assert src == ["روسي"]


def test_other_adjectives_do_not_name_an_attacker():
    src, _rec = roles("أدت ضربة جوية جديدة إلى مقتل خمسة مسلحين.", "ضربة جوية")
    assert src == []


def test_agent_phrase_with_a_quantifier():
    src, _ = roles("تم اختطاف الصحافي من قبل عدة مسلحين في المدينة.", "اختطاف")
    assert src == ["مسلحين"]


def test_nationality_word_after_a_killing_noun_is_not_the_attacker():
    src, _rec = roles("أسفر الهجوم عن مقتل بريطاني في المدينة.", "مقتل")
    assert "بريطاني" not in " ".join(src)


def test_partitive_min_is_not_a_preposition():
    src, rec = roles("قال شهود إن عددا من المسلحين هاجموا الحاجز أمس.", "هاجموا")
    assert src == ["المسلحين"]
    src, rec = roles("خطف المسلحون اثنين من عمال الإغاثة في الطريق.", "خطف")
    assert src == ["المسلحون"] and rec and "عمال" in rec[0]


def test_by_the_fire_of_names_the_agent_and_keeps_the_victim():
    src, rec = roles("قتل أحد الحراس بنيران مسلحين في السوق.", "قتل")
    assert src and src[0].startswith("مسلحين") and rec and "الحراس" in rec[0]


def test_counted_partitive_after_the_verb_is_the_object():
    src, rec = roles("قال المصدر إن الدورية قتلت أمس خمسة من عناصر العصابة.", "قتلت")
    assert rec and rec[0].startswith("خمسة") and "عناصر" not in " ".join(src)


def test_subject_inside_a_gapped_phrase_with_a_pronoun():
    src, _ = roles("وأبدت فصائل «لواء الفتح، كتيبة النصر، جيش القرى» استعدادها للخروج من البلدة.", "استعدادها")
    assert src and src[0] in ("فصائل", "لواء الفتح", "كتيبة النصر", "جيش القرى")


def test_dismissal_noun_takes_its_patient_and_the_subject_before():
    src, rec = roles("أصدرت الحكومة أوامر بإقالة ضباط الشرطة في المدينة.", "بإقالة")
    assert src == ["الحكومة"] and rec and "ضباط" in rec[0]


def test_sentence_opening_date_dates_a_far_trigger():
    from marsad.events.frames import pick_time

    text = "وفي العاشر من الشهر الجاري، تصدت وسائط الدفاع الجوي في المنطقة الجنوبية لطائرات مسيرة هاجمت المطار."
    ws, trigs, _ = setup(text)
    t = next(t for t in trigs if text[t.start : t.end] == "هاجمت")
    opening = Arg(start=ws[1].start, end=ws[5].end, text="", first=1, last=5, kind="time")
    assert t.first - opening.last > 8  # too far to govern the trigger
    got, why = pick_time(t, [opening], others=trigs)
    assert got is opening and "opening" in why


def test_nationality_adjective_on_the_attack_beats_a_distant_subject_guess():
    src, _ = roles("وفي الشهر الماضي قتل مسلحون في غارة إسرائيلية على المدينة.", "غارة")
    assert src == ["إسرائيلية"]


def test_dual_or_counted_subject_without_object_is_the_victim():
    assert roles("قتل جنديان تركيان في الهجوم على القافلة.", "قتل") == ([], ["جنديان تركيان"])
    assert roles("وأفادت مصادر بأنّ عشرة مدنيين قتلوا في القصف.", "قتلوا") == ([], ["عشرة مدنيين"])
    src, rec = roles("قتل الجيش ثلاثة مسلحين في الجبال.", "قتل")
    assert src == ["الجيش"] and rec == ["ثلاثة مسلحين"]
    src, _rec = roles("قتل مسلحان شرطيا في السوق.", "قتل")
    assert src and src[0].startswith("مسلحان")


def test_ministers_and_officials_are_actors():
    src, _ = roles("وبعد أن وافق وزراء الخارجية على القرار عادت البعثة.", "وافق")
    assert src and src[0].startswith("وزراء")


def test_an_abbreviation_of_the_source_is_not_its_recipient():
    ws, trigs, actors = setup("داهمت قوات الحماية (قح) منازل في البلدة.")
    for a in actors:
        a.actor = "PF"  # both phrases name the same knowledge-base actor
    t = next(t for t in trigs if t.type == "COERCE")
    extra = Arg(start=ws[4].start, end=ws[4].end, text="قح", first=4, last=4, actor="PF")
    src, rec, _why, _ = assign_roles(ws, t, [*actors, extra], others=trigs)
    assert src and not any(a.actor == "PF" for a in rec)


def test_the_sentences_only_time_dates_a_far_trigger():
    from marsad.events.frames import SENTENCE_TIME, pick_time

    text = "وكان مدني قتل بقصف استهدف عددا من المنازل والمحال في أطراف البلدة الشرقية، في العاشر من الشهر الماضي."
    ws, trigs, _ = setup(text)
    t = next(t for t in trigs if text[t.start : t.end] == "استهدف")
    k = next(i for i, w in enumerate(ws) if text[w.start : w.end] == "العاشر")
    when = Arg(start=ws[k].start, end=ws[-2].end, text="", first=k, last=len(ws) - 2, kind="time")
    assert when.first - t.last > 8
    got, why = pick_time(t, [when], others=trigs)
    assert got is when and why.startswith(SENTENCE_TIME)
    two = Arg(start=ws[0].start, end=ws[0].end, text="", first=0, last=0, kind="time")
    got, _ = pick_time(t, [when, two], others=trigs)
    assert got is not when  # two times: no guess


def test_a_lone_singular_after_a_preposition_is_not_a_force():
    def spans(text):
        ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
        return [text[ws[c.first].start : ws[c.last].end] for c in chunk_actors(ws)]

    assert spans("قال إن شن هجوم أمر مرجح بقوة") == []  # strongly
    assert spans("نصب المسلحون كميناً لقوة أمنية") == ["المسلحون", "لقوة أمنية"]  # a force with its adjective
    assert spans("دخلت قوة إلى البلدة") == ["قوة"]


def _attribution_texts(events_of, text: str) -> list[str]:
    evs = events_of(text)
    assert evs  # an event to read the attribution of
    return [a["text"] for e in evs for a in e["attribution"]]


@pytest.mark.parametrize(("text", "wrong"), [
    # what the verb says, not who says it: the speaker is the subject before the verb, or nobody
    ("وزير الخارجية يستقبل نظيره التركي ويؤكد ضرورة وقف القتال في المدينة", "ضرورة"),
    ("الجيش يعلن تفكيك عبوات ناسفة واعتقال ثلاثة مسلحين قرب البلدة", "تفكيك"),
])
def test_what_is_said_is_no_attribution(events_of, text, wrong):
    assert not any(wrong in a for a in _attribution_texts(events_of, text))


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت مصادر محلية إن طائرة مسيرة استهدفت سيارة في ريف المدينة.", "مصادر محلية"),
    ("وأكد المتحدث باسم الجيش أن قواته قصفت مواقع المسلحين.", "المتحدث"),
    ("ذكرت وكالة الأنباء الرسمية أن انفجاراً وقع قرب المطار.", "وكالة"),
])
def test_a_named_speaker_is_the_attribution(events_of, text, source):
    assert any(source in a for a in _attribution_texts(events_of, text))


def test_whom_the_words_are_told_to_is_no_attribution(events_of):
    texts = _attribution_texts(events_of, "المتحدث يؤكد للميادين عدم مشاركة الحركة في اجتماع الفصائل بالقاهرة.")
    assert not any(a.startswith("للميادين") for a in texts)


def test_security_as_a_state_of_affairs_is_no_actor(events_of, all_events_of):
    # (with the generic events: «تكرار الاتهامات» is a trend since session 17)
    evs = all_events_of("وقال إن الغارات المتكررة ستزيد زعزعة الأمن، مشيراً إلى أن تكرار الاتهامات ضد الحكومة مؤامرة.")
    assert evs
    assert not any(a["text"] == "الأمن" for e in evs for a in [*e["source"], *e["recipient"]])
    e = next(e for e in events_of("واعتقلت قوات الأمن ثلاثة أشخاص في المدينة.") if e["type"] == "COERCE")
    assert any("الأمن" in a["text"] for a in e["source"])
