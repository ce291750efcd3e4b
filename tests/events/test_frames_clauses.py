"""Argument frames over clauses: attribution, complementizers, targets, results, survivors, accusative
victims (sentences written for these tests; each fails without its rule)."""

from __future__ import annotations

from frame_helpers import roles, setup

from marsad.events.clauses import attributed, clause_break
from marsad.events.frames import Arg, assign_roles


def test_attribution_marker_introduces_a_reporter_not_an_actor():
    ws, _, actors = setup("قتل ثلاثة مدنيين في القصف بحسب مسؤولين محليين.")
    a = next(a for a in actors if a.text.startswith("مسؤولين"))
    assert attributed(ws, a.first)
    _src, rec = roles("قصفت الطائرات القرية بحسب مسؤولين محليين.", "قصفت")
    assert rec == []


def test_attribution_with_speech_verb_after_the_marker():
    ws, _, actors = setup("سقطت قذائف على الحي حسبما ذكر مسؤولون محليون.")
    a = next(a for a in actors if a.text.startswith("مسؤولون"))
    assert attributed(ws, a.first)


def test_speaker_before_a_complementizer_is_not_the_subject_of_a_noun_after_it():
    # «قالت الحكومة إن الاعتداءات …»: the speaker is not the attacker
    assert roles("قالت الحكومة إن الاعتداءات تتواصل على القرى.", "الاعتداءات")[0] == []


def test_complementizer_before_a_verb_is_no_clause_break():
    ws, _, _ = setup("قرر الجيش أن يشن هجوما على المسلحين.")
    assert not clause_break(ws, 0, len(ws) - 1)
    ws, _, _ = setup("قال الجيش إن الهجوم بدأ.")
    assert clause_break(ws, 0, len(ws) - 1)


def test_noun_of_undergoing_has_no_agent_subject():
    # the army announces the deaths of its soldiers; it does not kill them
    src, rec = roles("أعلن الجيش مقتل جنديين في الاشتباكات.", "مقتل")
    assert src == [] and rec and rec[0].startswith("جنديين")


def test_agentive_noun_keeps_the_subject_of_its_light_verb():
    assert roles("شنت القوات هجوما على البلدة.", "هجوما")[0] == ["القوات"]


def test_target_of_istahdafa_after_an_attack_noun():
    _src, rec = roles("وقع هجوم بسيارة مفخخة استهدف أمس دورية للشرطة قرب الجسر.", "هجوم")
    assert rec == ["دورية للشرطة"]


def test_istahdafa_after_a_weapon_has_the_weapon_as_subject():
    src, rec = roles("انفجرت عبوة ناسفة استهدفت دورية للجيش في الطريق.", "استهدفت")
    assert src == [] and rec == ["دورية للجيش"]


def test_explosion_verb_has_no_agent():
    src, rec = roles("انفجرت قنبلة لدى مرور دورية للجيش في السوق.", "انفجرت")
    assert src == [] and rec == ["دورية للجيش"]


def test_result_clause_names_the_victims():
    _src, rec = roles("شنت القوات غارة جوية أسفرت عن مقتل خمسة من عناصر الشرطة.", "غارة جوية")
    assert rec and "عناصر الشرطة" in rec[0]


def test_casualty_word_is_not_a_victim_noun():
    _src, rec = roles("قتل المسلحون أربعة وإصابة سبعة في الهجوم.", "قتل")
    assert not any("إصابة" in r for r in rec)


def test_survivor_of_an_attack_is_its_recipient():
    _src, rec = roles("نجا وزير الداخلية من محاولة اغتيال في المدينة.", "اغتيال")
    assert rec == ["وزير الداخلية"]


def test_resumptive_agent_verb_names_a_non_actor_agent():
    src, _rec = roles("أسفر هجوم انتحاري نفذته امرأة عن مقتل ثلاثة.", "هجوم")
    assert src == ["امرأة"]


def test_agent_verb_before_a_quoted_group():
    src, _rec = roles("تعرضت الثكنة لاعتداء تبناه «تنظيم الدولة».", "لاعتداء")
    assert src and src[0].startswith("تنظيم")


def test_singular_accusative_victim_after_time_words():
    _src, rec = roles("اغتال المسلحون قبل ظهر أمس ضابطاً في البلدة.", "اغتال")
    assert rec == ["ضابطاً"]
    _src, rec = roles("خطف المسلحون أمس ألمانياً في المدينة.", "خطف")
    assert rec == ["ألمانياً"]


def test_object_pronoun_on_the_verb_leaves_no_accusative_object():
    _src, rec = roles("حاصرهم المسلحون وقتلهم جميعاً.", "وقتلهم")
    assert rec == []


def test_accusative_adverb_is_not_a_victim():
    _src, rec = roles("قتل المسلحون يومياً في القرى.", "قتل")
    assert rec == []


def test_weapon_after_the_agent_verb_is_not_the_agent():
    src, _rec = roles("تعرضت القاعدة لهجوم شنته طائرة مسيرة.", "لهجوم")
    assert src == []


def test_counted_victims_of_a_group_take_the_group():
    _src, rec = roles("قتلت القوات 12 مسلحا من تنظيم داعش في الصحراء.", "قتلت")
    assert rec and rec[0].endswith("تنظيم داعش")


def test_partitive_counted_subject_of_a_passive_plural_verb():
    _src, rec = roles("قال المصدر إن خمسة من 20 عاملا خطفوا على الطريق.", "خطفوا")
    assert rec and rec[0].startswith("خمسة من 20")


def test_definite_head_takes_no_definite_noun_as_genitive():
    _ws, _, actors = setup("قصفت الطائرات القرية فجرا.")
    assert [a.text for a in actors] == ["الطائرات"]
    _ws, _, actors = setup("هاجمت القوات الخاصة الحاجز.")
    assert [a.text for a in actors] == ["القوات الخاصة"]
    _ws, _, actors = setup("وصل الوفد الروسي إلى المدينة.")
    assert [a.text for a in actors] == ["الوفد الروسي"]
    _ws, _, actors = setup("قتل برصاص رجال الأمن.")  # «رجال» is not definite: its genitive continues it
    assert [a.text for a in actors] == ["رجال الأمن"]


def test_nominative_head_does_not_take_an_accusative_word():
    _ws, _, actors = setup("هاجم مسلحان شرطيا في السوق.")
    assert actors and actors[0].text == "مسلحان"


def test_possessive_member_noun_in_an_announcement_is_the_speaker():
    assert roles("قال الجيش إن قواته قصفت مواقع المسلحين.", "قصفت")[0] == ["الجيش"]
    assert roles("أعلن الجيش مقتل اثنين من جنوده في الكمين.", "مقتل")[1] == ["الجيش"]


def test_possessive_member_noun_after_another_actor_keeps_its_text():
    # the pronoun may refer to the actor in between (the movement's members): no resolution
    _src, rec = roles("قالت الحركة إن الجيش قصف عناصرها في المدينة.", "قصف")
    assert rec == ["عناصرها"]


def test_title_followed_by_a_name_is_that_person():
    text = "نجا وزير الداخلية سمير خليل من محاولة اغتيال."
    ws, trigs, actors = setup(text)
    k = next(i for i, w in enumerate(ws) if w.norm == "سمير")
    person = Arg(start=ws[k].start, end=ws[k + 1].end, text="سمير خليل", first=k, last=k + 1, kind="person",
                 name_en="Samir Khalil")
    t = next(t for t in trigs if text[t.start : t.end] == "اغتيال")
    _src, rec, _why, _ = assign_roles(ws, t, [*actors, person], others=trigs)
    assert [text[a.start : a.end] for a in rec] == ["وزير الداخلية سمير خليل"] and rec[0].name_en == "Samir Khalil"


def test_far_experiencer_leaves_no_agent_before_the_attack():
    # «تعرضت قاعدة لقوات التحالف قرب المدينة لهجوم»: the owner of the base is the target, not the attacker
    src, _rec = roles("تعرضت قاعدة لقوات التحالف شرق المدينة الكبيرة لهجوم عنيف.", "لهجوم")
    assert src == []


def test_unit_affiliated_to_a_group_is_the_group():
    _src, rec = roles("اعتقلت الشرطة قائد الكتيبة التابعة لتنظيم داعش في المدينة.", "اعتقلت")
    assert rec and rec[0].endswith("لتنظيم داعش")


def test_accusative_phrase_after_the_verb_is_its_object_not_its_subject():
    src, rec = roles("استهدف الأول طلاباً جامعيين في المدينة.", "استهدف")
    assert src == [] and rec and rec[0].startswith("طلاباً")


def test_noun_used_as_a_preposition_governs_its_actor():
    # «إلى جانب الجيش»: alongside the army, not its object
    _src, rec = roles("قتل المسلحون الذين يقاتلون إلى جانب الجيش في القرية.", "قتل")
    assert not any("الجيش" in r for r in rec)


def test_verb_entry_with_a_preposition_is_a_masdar():
    # «حملة لطرد المسلحين»: the genitive of the masdar is its patient, not the subject of a verb
    src, rec = roles("شن الجيش حملة لطرد المسلحين من البلدة.", "لطرد")
    assert src == ["الجيش"] and rec == ["المسلحين"]


def test_subject_of_a_control_verb_before_min_and_a_masdar():
    src, _rec = roles("تمكن المسلحون من استهداف القرى المجاورة.", "استهداف")
    assert src == ["المسلحون"]


def test_unnamed_attacker_from_a_group_is_the_group():
    src, _rec = roles("فجر انتحاري من تنظيم داعش نفسه في السوق.", "انتحاري")
    assert src and src[0].endswith("تنظيم داعش")


def test_definite_noun_in_the_subject_slot_makes_the_later_actor_an_object():
    src, rec = roles("قصفت المدفعية مواقع المسلحين في الجبل.", "قصفت")
    assert src == [] and rec == ["المسلحين"]


def test_coordinated_verb_shares_the_subject_of_the_clause_before():
    text = "أطلقت القوات صاروخا على المدرسة الواقعة في شرق البلدة الصغيرة قرب الحدود فقتلت المدرس الشاب."
    assert roles(text, "فقتلت")[0] == ["القوات"]


def test_coordinated_verb_does_not_take_a_genitive_as_its_subject():
    text = "أعلنت القيادة بدء عملية لملاحقة عناصر التنظيم في المنطقة وحاصرت البلدة."
    assert roles(text, "وحاصرت")[0] != ["عناصر التنظيم"]


def test_target_of_istahdafa_owned_by_an_actor():
    # the group is a mention of its own («لقوات التحالف»), the target noun before it is no actor
    text = "وقع تفجير انتحاري استهدف أمس قافلة لقوات التحالف قرب المدينة."
    ws, trigs, _actors = setup(text)
    k = next(i for i, w in enumerate(ws) if w.norm == "لقوات")
    group = Arg(start=ws[k].start + 1, end=ws[k + 1].end, text="قوات التحالف", first=k, last=k + 1)
    t = next(t for t in trigs if text[t.start : t.end] == "تفجير")
    _src, rec, _why, _ = assign_roles(ws, t, [group], others=trigs)
    assert rec == [group]


def test_purpose_killing_verb_after_the_attack_names_the_victims():
    _src, rec = roles("فجر انتحاري نفسه وسط الاجتماع ليقتل خمسة من أعضاء المجلس.", "انتحاري")
    assert rec and rec[0].startswith("خمسة من")


def test_coordinated_casualty_verb_before_the_victims():
    _src, rec = roles("قتل وجرح سبعة عشر سائحا في الهجوم.", "قتل")
    assert rec and "سائحا" in rec[0]


def test_counted_phrase_in_a_gapped_hostage_phrase():
    src, rec = roles("احتجز المسلحون أربعة من عناصر الشرطة رهائن في المبنى.", "رهائن")
    assert src == ["المسلحون"] and rec and rec[0].startswith("أربعة من")


def test_other_side_of_the_clashes_killed_the_victims():
    src, rec = roles("قال المصدر إن ثلاثين مسلحا قتلوا في مواجهات مع قوات الأمن.", "قتلوا")
    assert rec and rec[0].startswith("ثلاثين") and src == ["قوات الأمن"]


def test_genitive_of_a_singular_accusation_masdar_is_its_patient():
    src, rec = roles("تسعى الحكومة إلى اتهام المعارضة بالتقصير.", "اتهام")
    assert rec == ["المعارضة"] and src != ["المعارضة"]


def test_subject_of_yuwajih_undergoes_the_criticism():
    src, rec = roles("الحكومة تواجه انتقادات واسعة بسبب التأخير.", "انتقادات")
    assert rec == ["الحكومة"] and src == []


def test_present_tense_verb_right_after_an_actor_has_it_as_subject():
    src, rec = roles("المبعوث الخاص إلى البلاد الوزير يلتقي ممثلي المعارضة في جنيف.", "يلتقي")
    assert src == ["الوزير"] and rec and rec[0].startswith("ممثلي")


def test_speaker_about_a_visit_keeps_the_subject_role():
    src, _rec = roles("وأضاف الوزير أن هذه الزيارة تؤكد عمق العلاقات.", "الزيارة")
    assert src == ["الوزير"]


def test_agent_of_a_condemned_attack_is_the_target_of_the_condemnation():
    _src, rec = roles("دانت الحكومة الاعتداء الذي شنته القوات الأجنبية على القرية.", "دانت")
    assert rec == ["القوات الأجنبية"]
    _src, rec = roles("دانت الحكومة الغارات الإسرائيلية على المطار.", "دانت")
    assert rec == ["الإسرائيلية"]


def test_headline_subject_before_a_prepositional_phrase_and_a_present_verb():
    src, rec = roles("القوات المسلحة في الشمال تتهم الحكومة بالتقصير.", "تتهم")
    assert src == ["القوات المسلحة"] and rec == ["الحكومة"]


def test_accusation_noun_addressed_to_an_actor():
    _src, rec = roles("وجهت الحكومة اتهاماً للمعارضة بالتخريب.", "اتهاماً")
    assert rec and "معارضة" in rec[0]


def test_person_after_a_title_in_the_subject_slot_is_the_subject():
    text = "طالب السيناتور الأميركي سام بول بسحب القوات من البلاد."
    ws, trigs, actors = setup(text)
    k = next(i for i, w in enumerate(ws) if w.norm == "سام")
    person = Arg(start=ws[k].start, end=ws[k + 1].end, text="سام بول", first=k, last=k + 1, kind="person")
    t = next(t for t in trigs if text[t.start : t.end] == "طالب")
    src, _rec, _why, _ = assign_roles(ws, t, [*actors, person], others=trigs)
    assert [text[a.start : a.end] for a in src] == ["سام بول"]


def test_definite_number_continues_a_definite_phrase():
    _ws, _, actors = setup("عقد الوزراء الأربعة اجتماعا في المدينة.")
    assert actors and actors[0].text == "الوزراء الأربعة"


def test_verb_form_after_bi_is_a_masdar_of_another_form():
    # «قام المسلحون بخطف الموظفين»: «خطف» is a form of the entry «اختطف»; after بـ it is the masdar
    src, rec = roles("قام المسلحون بخطف المدنيين من القرية.", "بخطف")
    assert src == ["المسلحون"] and rec == ["المدنيين"]
