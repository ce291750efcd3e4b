"""Classes of language found on the team's own articles (session 10); every sentence written for these tests.

* «الوقفة» (a vigil) is not «وقف» (stopping): no ceasefire, no generic reading from it;
* dispersing a protest (فرّق، تفريق، فضّ) is COERCE, shots «في الهواء» are part of it, and the arrests that follow
  are another event;
* a definite strike («الإضراب العام») in a new town does not refer back to a demonstration;
* a sentence without a place continues the place an earlier «وفي X،» made the topic;
* what a demand asks for is its content, not an event («طالبوا بالإفراج»، «رفضت مطلب التهجير»);
* «قصف مصدره مواقع X»: X fired, and the place after «مصدره» is where from, not where; «مصدره» is no attribution;
* a military phrase with a state's nisba («طائرات حربية روسية») is that state's armed forces;
* «وقفة احتجاجية» is a protest, «حث … على» a request.
"""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of


def test_a_vigil_is_not_a_ceasefire_and_shots_in_the_air_disperse(events_of):
    evs = events_of("وفرّق عناصر الأمن الوقفة بالقوة وأطلقوا الرصاص في الهواء لتفريق المحتجين في مدينة درعا اليوم.")
    assert not _of(evs, "CONCEDE")
    assert not _of(evs, "ASSAULT")
    coerce = _of(evs, "COERCE")
    assert coerce and coerce[0]["factuality"] == "asserted" and coerce[0]["mode"] == "restrict"


def test_shots_at_people_stay_an_attack(events_of):
    assert _of(events_of("وأطلق مسلحون مجهولون النار على سيارة مدنية في مدينة درعا اليوم، ما أدى إلى مقتل سائقها."),
               "ASSAULT")


def test_the_dispersal_and_the_arrests_after_it_are_two_events(events_of):
    evs = _of(events_of("وفضّت الشرطة الاعتصام بالقوة في مدينة السويداء اليوم، كما اعتقلت ثلاثة من المشاركين."),
              "COERCE")
    assert sorted(e["mode"] for e in evs) == ["arrest", "restrict"]


def test_a_raid_and_its_arrests_stay_one_event(events_of):
    evs = _of(events_of("وداهمت دورية للأمن منازل في مدينة الميادين اليوم واعتقلت ثلاثة شبان."), "COERCE")
    assert len(evs) == 1


def test_a_strike_in_another_town_is_not_the_demonstration(events_of):
    evs = _of(events_of("خرج مئات المتظاهرين اليوم في مظاهرة حاشدة في مدينة درعا. "
                        "وفي مدينة جاسم، عمّ الإضراب العام أسواق المدينة."), "PROTEST")
    assert len(evs) == 2


def test_a_sentence_without_a_place_continues_the_topic_place(events_of):
    evs = events_of("تظاهر العشرات في مدينة درعا اليوم. "
                    "وفي مدينة السويداء، واصل المعلمون اعتصامهم أمام مبنى المديرية لليوم الثالث. "
                    "وهدد المعلمون بتوسيع الإضراب ليشمل جميع المدارس.")
    threat = _of(evs, "THREATEN")[0]
    assert threat["location"] and "السويداء" in threat["location"]["text"]


@pytest.mark.parametrize(("text", "absent"), [
    ("وطالب الأهالي في مدينة درعا اليوم بالإفراج عن المعتقلين.", "RETREAT"),
    ("وطالب الوفد اللجنة في مدينة طفس بتسليم المطلوبين أو ترحيلهم إلى الشمال.", "COERCE"),
])
def test_what_a_demand_asks_for_is_no_event(events_of, text, absent):
    evs = events_of(text)
    assert _of(evs, "REQUEST") and not _of(evs, absent)


def test_what_a_banner_asks_for_is_no_event(events_of):
    # (since session 66 a banner that asks no one is no request of its own either: the protest's content)
    evs = events_of("وخرج المتظاهرون في مدينة درعا رافعين لافتات تطالب بالإفراج عن المعتقلين.")
    assert _of(evs, "PROTEST") and not _of(evs, "RETREAT") and not _of(evs, "REQUEST")


def test_a_refused_demand_noun_is_no_event(events_of):
    evs = events_of("ورفضت اللجنة المركزية في مدينة طفس مطلب التهجير اليوم.")
    assert _of(evs, "REJECT") and not _of(evs, "RETREAT") and not _of(evs, "COERCE")


def test_an_act_after_the_demand_clause_is_an_event(events_of):
    evs = events_of("وطالب الأهالي بالإفراج عن المعتقلين، فيما اعتقلت قوات الأمن شابين في مدينة درعا اليوم.")
    assert _of(evs, "COERCE")


def test_where_the_fire_came_from(events_of):
    e = _of(events_of("وتعرضت بلدة كفرزيتا صباح اليوم لقصف مدفعي مصدره مواقع قوات النظام في محيط مدينة صوران."),
            "ASSAULT")[0]
    assert any("قوات النظام" in a["text"] for a in e["source"])
    assert "صوران" not in (e["location"] or {}).get("text", "")
    assert not e["attribution"]


@pytest.mark.parametrize(("text", "actor"), [
    ("شنت طائرات حربية روسية غارات على بلدة كفرنبل اليوم.", "RUS-MIL"),
    ("وقصفت مروحيات تركية مواقع في ريف منبج اليوم.", "TUR-MIL"),
])
def test_a_military_phrase_with_a_nisba_is_that_states_forces(roles_of, text, actor):
    src, _rec = roles_of(text, "ASSAULT")
    assert actor in src


def test_a_protest_vigil_and_urging(events_of):
    assert _of(events_of("ونظم العشرات من ذوي المعتقلين وقفة احتجاجية أمام مبنى المحافظة في درعا اليوم."), "PROTEST")
    assert _of(events_of("وحث الوزير الأطراف في دمشق اليوم على الحوار."), "REQUEST")


def test_the_owner_of_the_target_beats_the_victims_of_the_result(roles_of):
    _src, rec = roles_of("وقال الفصيل إن مقاتليه استهدفوا فجر اليوم بصاروخ موجه حاجزاً لقوات النظام قرب قرية الحماميات، "
                         "ما أدى إلى مقتل عنصرين.", "ASSAULT")
    assert rec == ["SYR-MIL"]


def test_a_victim_of_harm_is_not_the_next_verbs_subject_which_shares_the_first(events_of):
    evs = events_of("وأفاد ناشطون بأن عناصر من فرع الأمن العسكري فرّقوا الوقفة بالقوة في مدينة درعا اليوم، "
                    "ما تسبب بإصابة شاب بجروح، كما اعتقلوا اثنين من المشاركين.")
    arrest = next(e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest")
    assert [a["actor"] for a in arrest["source"]] == ["SYR-SEC-MI"]


def test_an_actor_after_a_plural_verb_is_its_object_not_its_subject(events_of):
    e = next(e for e in events_of("وقالت القناة إن سكاناً من البلدة هاجموا أعضاء من حزب الليكود في الجولان أمس.")
             if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["source"]] == ["سكاناً"]
    assert "الليكود" in " ".join(a["text"] for a in e["recipient"])


def test_kidnappers_demand_a_ransom(events_of):
    e = next(e for e in events_of("وأضاف المراسل أن الخاطفين تواصلوا مع عائلة التاجر في بلدة ذيبان أمس وطالبوا بفدية "
                                  "قدرها عشرة آلاف دولار.") if e["type"] == "REQUEST")
    assert [a["actor"] for a in e["source"]] == ["KIDNAPPERS"]


@pytest.mark.parametrize(("text", "typ", "mode"), [
    ("أغلقت قوات النظام، صباح أمس الاثنين، حاجز ببيلا، المنفذ الوحيد إلى العاصمة.", "COERCE", "restrict"),
    ("وفي مدينة حرستا، خرجت مساء أمس الخميس 22 آذار دفعة جديدة من المقاتلين وعائلاتهم باتجاه الشمال.", "RETREAT",
     "withdraw"),
    ("وأصيب شاب برصاص قناص في حي التضامن ظهر أمس.", "ASSAULT", "firearms"),
    ("ووزعت منظمة إغاثية، صباح اليوم، سلالاً غذائية على مئات العائلات في بلدة يلدا.", "AID", "humanitarian"),
    ("وأطلقت الهيئة سراح ثلاثة عناصر في بلدة سرمدا أمس.", "RETREAT", "release"),
])
def test_verbs_whose_object_comes_after_a_time_or_subject(events_of, text, typ, mode):
    assert any(e["type"] == typ and e["mode"] == mode for e in events_of(text))


def test_street_protest_sense_of_kharaja_stays(events_of):
    assert _of(events_of("وخرج مئات المتظاهرين إلى الشوارع في مدينة درعا اليوم."), "PROTEST")


def test_a_negotiation_round_is_one_event_between_its_parties(events_of):
    evs = _of(events_of("تعرضت مدينة دوما صباح اليوم لغارات روسية، تزامناً مع جولة مفاوضات جديدة بين «جيش الإسلام» "
                        "والجانب الروسي حول مصير المدينة."), "CONSULT")
    assert len(evs) == 1


def test_what_a_meeting_discusses_is_no_event(events_of):
    evs = events_of("ومن المقرر أن يلتقي وفد من اللجنة ضباطاً روساً عند الحاجز يوم الخميس المقبل لبحث إعادة فتح المعبر.")
    assert _of(evs, "CONSULT") and not _of(evs, "RETREAT")


def test_what_an_agreement_stipulates_and_a_refused_any_are_no_events(events_of):
    evs = events_of("وأكد مصدر في الفصيل أنه يرفض رفضاً قاطعاً أي اتفاق يقضي بتهجير أهالي دوما إلى الشمال.")
    assert _of(evs, "REJECT") and not _of(evs, "AGREE") and not _of(evs, "RETREAT")


def test_no_clashes_at_all_is_no_event(events_of):
    evs = events_of("ولم تشهد جبهات ريف حمص الشمالي الأخرى أي اشتباكات بين الفصائل وقوات النظام منذ صباح أمس.")
    assert not _of(evs, "ASSAULT")


def test_a_definite_retelling_that_adds_the_victims_is_the_same_attack(events_of):
    evs = _of(events_of("تعرضت مدينة دوما، صباح اليوم، لغارات جوية نفذتها طائرات حربية روسية. "
                        "وقال الدفاع المدني إن الغارات استهدفت سوقاً شعبياً، ما أدى إلى مقتل 11 مدنياً."), "ASSAULT")
    assert len(evs) == 1 and evs[0]["fatalities"] == 11


def test_from_time_to_time_is_a_habit(all_events_of):
    evs = _of(all_events_of("ويلجأ النظام إلى إغلاق الحاجز بين حين وآخر للضغط على اللجان المحلية في بلدة يلدا."), "COERCE")
    assert evs and all(e["factuality"] == "generic" for e in evs)


def test_bi_never_precedes_a_verb(events_of):
    assert not _of(events_of("وقالت الوزارة إن وزراء الدفاع بحثوا تعزيز الأمن في سوريا."), "REQUEST")


def test_who_demands_during_the_vigil_and_a_building_is_no_subject(events_of):
    evs = events_of("ونظم العشرات من أهالي دوما، عصر أمس، وقفة احتجاجية أمام مبنى المجلس المحلي في المدينة، "
                    "طالبوا خلالها الوفد المفاوض بالتوصل إلى حل.")
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert [a["actor"] for a in req["source"]] == ["CIV"]


def test_the_arriving_delegation_is_who_meets_however_far_the_verb(events_of):
    e = next(e for e in events_of(
        "وصل وفد من اللجنة الأمنية التابعة للنظام، برفقة ضباط من الشرطة العسكرية الروسية، ظهر اليوم الثلاثاء، "
        "إلى مدينة طفس في ريف درعا الغربي، والتقى أعضاء اللجنة المركزية ووجهاء المدينة.") if e["type"] == "CONSULT")
    assert e["source"] and e["source"][0]["text"].startswith("وفد")
    assert any("اللجنة المركزية" in a["text"] for a in e["recipient"])


def test_an_attack_of_x_on_y_in_a_headline(roles_of):
    src, rec = roles_of("هجوم لتنظيم الدولة على نقطة لقوات النظام في بادية الرصافة يوقع قتلى وجرحى", "ASSAULT")
    assert src == ["ISIS"] and rec == ["SYR-MIL"]


def test_targeting_for_the_object_is_no_agent(roles_of):
    # «استهداف لـ X»: the لـ of a patient noun marks what is hit
    src, _rec = roles_of("وتواصل القوات استهدافها لمواقع تنظيم داعش على أطراف البادية.", "ASSAULT")
    assert "ISIS" not in src


def test_who_talks_about_an_event_did_not_do_it(events_of):
    evs = [e for e in events_of("ولم تتطرق وسائل إعلام النظام إلى المظاهرة التي خرجت في درعا اليوم.")
           if e["type"] == "PROTEST"]
    assert evs and not any("النظام" in a["text"] for e in evs for a in e["source"])
    e = next(e for e in events_of('أعلن تنظيم "داعش" مسؤوليته عن التفجير الذي وقع في دمشق أمس.')
             if e["type"] == "ASSAULT")
    assert [a["actor"] for a in e["source"]] == ["ISIS"]


@pytest.mark.parametrize(("text", "typ"), [
    ("وتشهد محافظتا درعا والسويداء احتجاجات متكررة منذ سيطرة النظام على الجنوب.", "PROTEST"),
    ("وتفرض قوات النظام حصاراً على المخيم منذ سنوات.", "COERCE"),
    ("وتشهد المنطقة ارتفاعاً ملحوظاً في عمليات الخطف بهدف الابتزاز منذ مطلع العام الجاري.", "ASSAULT"),
])
def test_an_aggregate_or_lasting_state_since_long_is_no_event(events_of, text, typ):
    assert not _of(events_of(text), typ)


@pytest.mark.parametrize("text", [
    "وقتل خمسة أشخاص أمس في أعنف هجوم منذ سنوات على مدينة حمص.",
    "وتلتزم الأطراف بالهدنة منذ العام 2013، وشهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية في المدينة.",
])
def test_one_event_compared_with_a_period_or_a_span_of_another_clause_stays(events_of, text):
    assert _of(events_of(text), "ASSAULT")


def test_forms_viii_and_x_passives_take_their_patient(events_of):
    e = next(e for e in events_of("واعتُقلت امرأتان وشاب من أبناء بلدة يلدا على حاجز ببيلا أمس.")
             if e["type"] == "COERCE")
    # (since session 18 «امرأتان» is read as the dual of «امرأة», an actor head, and is the first patient)
    assert not e["source"] and any("شاب" in a["text"] or "امرأتان" in a["text"] for a in e["recipient"])


def test_who_is_hit_by_whose_fire(events_of):
    e = next(e for e in events_of("وأصيب شاب برصاص قناص تابع لميليشيا الدفاع الوطني في حي التضامن ظهر أمس.")
             if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["recipient"]] == ["شاب"]
    assert any("الدفاع الوطني" in a["text"] for a in e["source"])
    e = next(e for e in events_of("وقالت الصحيفة إن ثمانية جنود أصيبوا في الهجوم الذي تعرضت له القوات الأميركية قرب الحدود.")
             if e["type"] == "ASSAULT")
    assert not any("الأميركية" in a["text"] for a in e["source"])


def test_a_sentence_without_a_place_continues_the_event_just_told(events_of):
    evs = events_of("وفي مدينة جاسم، عمّ الإضراب العام أسواق المدينة اليوم. "
                    "كما نظم العشرات من ذوي المعتقلين وقفة احتجاجية أمام مبنى المحافظة في حي المحطة بمدينة درعا. "
                    "وأفاد ناشطون بأن عناصر من فرع الأمن العسكري اعتقلوا اثنين من المشاركين.")
    arrest = next(e for e in evs if e["type"] == "COERCE")
    assert "جاسم" not in arrest["location"]["text"]


def test_where_the_correspondent_reports_from(events_of):
    evs = events_of("تظاهر العشرات في مدينة درعا أمس. "
                    "وقال مراسلنا في مخيم اليرموك إن تنظيم داعش بدأ بعمليات تدشيم جديدة ونشر لمقاتليه.")
    e = next(e for e in evs if e["type"] == "MOBILIZE")
    assert "اليرموك" in e["location"]["text"]


@pytest.mark.parametrize(("text", "typ"), [
    ("في غضون ذلك، دخل رتل عسكري تركي مؤلف من نحو 35 آلية من معبر كفرلوسين الحدودي مساء أمس.", "MOBILIZE"),
    ("واستولى عناصر فصيل مسلح على محصول الزيتون في ناحية شيخ الحديد أمس.", "COERCE"),
    ("وحمّلت وزارة الدفاع في بيان «قسد» مسؤولية القصف على مارع.", "ACCUSE"),
    ("وفي مدينة أعزاز، قطع العشرات من قاطني المخيم، ظهر اليوم، الطريق الواصل إلى المعبر.", "PROTEST"),
    ("وأغلق العشرات من أبناء العشيرة، صباح اليوم، الطريق العام بالإطارات المشتعلة.", "PROTEST"),
    ("وبحسب الصفحة، تعهدت قيادة المجلس في دير الزور اليوم بالإفراج عن الشيخ.", "AGREE"),
    ("وأحيا المئات الذكرى، ظهر اليوم، في تجمع حاشد بساحة السير وسط مدينة السويداء.", "PROTEST"),
    ("وتوصل الطرفان، ظهر اليوم السبت، إلى اتفاق «صلح» برعاية لجنة من الوجهاء.", "AGREE"),
    ("إنسانياً، وزعت «جمعية الخير في جبل العرب»، أمس الجمعة، سلالاً غذائية على 450 عائلة.", "AID"),
])
def test_session10_lexicon_of_the_third_set(events_of, text, typ):
    assert _of(events_of(text), typ)


@pytest.mark.parametrize(("text", "typ"), [
    ("وأكدوا خلال اللقاء رفضهم أي «تسوية» لا تبدأ بالإفراج عن المعتقلين الثلاثة.", "AGREE"),
    ("وأكدوا خلال اللقاء رفضهم أي «تسوية» لا تبدأ بالإفراج عن المعتقلين الثلاثة.", "RETREAT"),
    ("ورفض المجلس تسليم النقاط قبل الحصول على ضمانات بمنع أي هجوم تركي على المدينة.", "ASSAULT"),
    ("واتهمت الحركة فرع الأمن بتوفير الغطاء لعصابات الخطف في السويداء.", "ASSAULT"),
    ("وتشهد المحافظة انتشاراً للعصابات، إذ وثقت الشبكة 63 حالة خطف في المحافظة منذ مطلع العام الجاري.", "ASSAULT"),
    ("ووثق المركز منذ مطلع العام الجاري مقتل 164 مدنياً جراء القصف الجوي، إضافة إلى 41 عملية اغتيال وتفجير.",
     "ASSAULT"),
    ("وأجرى ضباط أتراك اتصالاً هاتفياً مع الجانب الروسي اليوم، احتجوا خلاله على الغارات الأخيرة.", "PROTEST"),
    ("وقال المرصد إن الحصيلة التي نشرها المركز تضم ثلاثة عناصر من الفصائل.", "MOBILIZE"),
    ("واحتجز عناصر الحاجز صباح اليوم طالبين جامعيين من أبناء بلدة القريا.", "REQUEST"),
])
def test_session10_no_event_in_the_third_set(events_of, text, typ):
    assert not _of(events_of(text), typ)


def test_a_two_part_headline_merges_with_each_story(events_of):
    evs = events_of("مقتل قيادي في «هيئة تحرير الشام» بعبوة ناسفة وسط مدينة إدلب.. وغارات روسية على ريف جسر الشغور\n"
                    "قُتل القيادي في «هيئة تحرير الشام» حسان الدبيس، صباح اليوم، إثر انفجار عبوة ناسفة زُرعت أسفل "
                    "سيارته في حي القصور بمدينة إدلب.\n"
                    "وفي ريف جسر الشغور، شنت طائرات حربية روسية، فجر اليوم، غارات على قريتي بداما والناجية.\n")
    assert len(_of(evs, "ASSAULT")) == 2


def test_closing_roads_by_forces_is_coercion_and_taking_on_responsibility_no_accusation(events_of):
    evs = events_of("واستقدم الاحتلال تعزيزات كبيرة إلى المنطقة، وأغلق جميع الطرق المؤدية إلى البلدة اليوم.")
    assert _of(evs, "COERCE") and not _of(evs, "PROTEST")
    assert not _of(events_of("وقالوا إنهم مستعدون لتحمل المسؤولية الكاملة عن حفظ الأمن في المدينة."), "ACCUSE")
    assert _of(events_of("وحمّلت الوزارة قوات الاحتلال المسؤولية الكاملة عن التصعيد في الجنوب."), "ACCUSE")


def test_the_arrest_a_protest_is_against_is_the_earlier_arrest(events_of):
    evs = events_of("داهمت دورية لقسد، فجر أمس، منزل الشيخ في بلدة الكسرة واعتقلته مع نجليه.\n"
                    "وأغلق العشرات من أبناء عشيرته، صباح اليوم، الطريق العام، احتجاجاً على اعتقال الشيخ ونجليه.\n")
    assert len([e for e in _of(evs, "COERCE") if e["mode"] in ("arrest", None)]) == 1


def test_an_indefinite_unit_with_a_nisba_names_the_state(roles_of):
    src, _rec = roles_of("في غضون ذلك، دخل رتل عسكري تركي مؤلف من نحو 35 آلية من معبر كفرلوسين مساء أمس.", "MOBILIZE")
    assert src and src[0] in ("TUR", "TUR-MIL")


def test_who_a_campaign_reached_and_who_was_released(events_of):
    evs = events_of("وعقب التفجير، شن عناصر الجهاز حملة دهم واعتقالات طالت أحد عشر شاباً من سكان الحي. "
                    "وأفرج الجهاز، في وقت لاحق من اليوم، عن أربعة من الشبان الذين اعتقلهم في حي القصور.")
    arrest = next(e for e in evs if e["type"] == "COERCE")
    assert any("شاباً" in a["text"] for a in arrest["recipient"])
    release = next(e for e in evs if e["type"] == "RETREAT")
    assert any("أربعة" in a["text"] for a in release["recipient"])
    bomb = [e for e in evs if e["type"] == "ASSAULT"]
    assert not any("شاباً" in a["text"] for e in bomb for a in e["recipient"])


def test_a_commemoration_dates_the_rally_not_the_old_event(events_of):
    evs = events_of("أحيا المئات من أبناء محافظة السويداء، ظهر اليوم السبت، الذكرى السادسة لاغتيال الشيخ، "
                    "في تجمع حاشد بساحة السير وسط مدينة السويداء.")
    rally = next(e for e in evs if e["type"] == "PROTEST")
    assert rally["date"] and rally["date"]["value"] == "2024-01-02" and rally["factuality"] in ("asserted", "reported")
    old = [e for e in evs if e["type"] == "ASSAULT"]
    assert old and all(e["factuality"] == "historical" and (e["date"] or {}).get("value") != "2024-01-02" for e in old)


@pytest.mark.parametrize("text", [
    "وفي ريف القنيطرة الشمالي، دارت اشتباكات متقطعة، فجر اليوم، بين فصائل من «الجيش السوري الحر» وقوات النظام.",
    "وفي القلمون الشرقي، دارت اشتباكات عنيفة، أمس، بين «جيش أسود الشرقية» وعناصر تنظيم «داعش» في منطقة المحسا.",
])
def test_between_x_and_y_after_an_adjective_a_time_and_commas(events_of, text):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert len(e["source"]) == 2


def test_between_in_a_place_description_names_no_sides(events_of):
    e = next(e for e in events_of("وأكمل الوفد الروسي جولته في جنوب دمشق باتجاه مناطق التماس بين فصائل المعارضة "
                                  "وميليشيات النظام.") if e["type"] == "CONSULT")
    assert not any("المعارضة" in a["text"] for a in e["source"])


def test_a_meeting_told_again_with_its_sides_swapped_is_one_meeting(events_of):
    evs = [e for e in events_of(
        "وعقدت لجنة مدنية تمثل أهالي دوما، بمشاركة قياديين في جيش الإسلام، اجتماعاً مع ضباط روس اليوم في دوما.\n"
        "وأكد مصدر في جيش الإسلام أن وفده أبلغ الضباط الروس بهذا الموقف خلال الاجتماع.\n") if e["type"] == "CONSULT"]
    assert len(evs) == 1


def test_their_demands_is_no_act_of_demanding(events_of):
    evs = events_of("وقال المحتجون في مدينة درعا اليوم إن الحكومة لم تستجب لمطالبهم، وتتركز مطالبها على الإفراج عن المعتقلين.")
    assert not _of(evs, "REQUEST")


@pytest.mark.parametrize(("text", "typ"), [
    ("وأصدر رئيس اللجنة الأمنية في درعا قراراً بإعفاء رئيس المفرزة من مهامه وإحالته إلى التحقيق.", "SANCTION"),
    ("وأعلنت «قسد»، في بيان اليوم، إيقاف عناصر الدورية الثلاثة عن العمل وإحالتهم إلى التحقيق.", "SANCTION"),
    ("وأعلن وجهاء من ريف درعا الغربي، في بيان اليوم، تضامنهم مع أهالي درعا البلد.", "SUPPORT"),
    ("ونشرت شعبة التجنيد في دوما، أمس، قوائم بأسماء 400 شاب، وأمهلتهم أسبوعين لمراجعتها.", "THREATEN"),
    ("ووزعت منظمة «الهلال الأحمر العربي السوري»، اليوم، نحو 1500 سلة غذائية على العائلات في دوما.", "AID"),
    ("وسمحت قوات النظام، ظهر اليوم، بإدخال كميات محدودة من الطحين إلى حي درعا البلد.", "RETREAT"),
])
def test_session10_lexicon_of_the_fourth_set(events_of, text, typ):
    assert _of(events_of(text), typ)


@pytest.mark.parametrize(("text", "typ"), [
    ("وطالب الخاطفون ذويه، في اتصال هاتفي صباح اليوم، بفدية قدرها 50 مليون ليرة.", "CONSULT"),
    ("وتظاهر العشرات في السلمية اليوم منددين بتكرار عمليات الخطف في المدينة.", "ASSAULT"),
    ("وتشهد المنطقة توتراً بين «قسد» والعشائر على خلفية حملات الدهم والاعتقال في الريف.", "COERCE"),
    ("وبحسب المصادر، فإن اللجنة طلبت مهلة ثلاثة أيام لعرض المقترح على وجهاء الحي.", "THREATEN"),
])
def test_session10_no_event_in_the_fourth_set(events_of, text, typ):
    assert not _of(events_of(text), typ)


def test_a_headline_without_a_date_merges_with_its_dated_story(events_of):
    evs = _of(events_of("اغتيال قيادي سابق في المعارضة بمدينة طفس.. واعتقالات على حواجز «الأمن العسكري» في درعا\n"
                        "اغتال مسلحون مجهولون، مساء أمس، القيادي السابق في فصائل المعارضة ياسر الحمدان، بإطلاق النار "
                        "عليه في مدينة طفس.\n"), "ASSAULT")
    assert len(evs) == 1


def test_an_agent_phrase_stays_the_source_of_a_passive(events_of):
    # regression: the forms VIII/X passive rule («اختُطف») moved the «من قبل» agent into the recipients
    e = next(e for e in events_of("وفي مدينة السلمية، اختُطف الشاب علاء الجندي، مساء أمس، من قبل مجموعة مسلحة تتبع "
                                  "لـ«الدفاع الوطني»، أثناء عودته من عمله.") if e["type"] == "ASSAULT")
    assert [a["actor"] for a in e["source"]] == ["GUNMEN"]
    assert not any(a["actor"] == "GUNMEN" for a in e["recipient"])
