"""Session 72: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 72).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts, role_texts
from frame_helpers import setup

from marsad.doc import Mention
from marsad.events.extract import _deal_undone
from marsad.ner.merge import merge_mentions
from marsad.numbers.casualties import find_quantities

# the name a group gives itself («مجموعة تطلق على نفسها اسم «…»») is the group, who acts: not the act's object


def test_a_self_given_name_is_the_subject_not_the_object(events_of):
    text = ("وتوعّدت مجموعة مسلحة تطلق على نفسها اسم «كتائب السهل الأخضر»، في تسجيل مصوّر، بـ«ملاحقة المعتدين» "
            "إذا لم تنسحب قوات الفوج الثالث من القرى خلال يومين.")
    roles = role_texts(events_of, text, "THREATEN")
    assert roles and "كتائب السهل الأخضر" in roles[0][0][0]
    assert all("كتائب السهل الأخضر" not in r for r in roles[0][1])


def test_a_self_given_name_after_tusammi_nafsaha(events_of):
    text = "وهاجمت جماعة تسمّي نفسها «سرايا الوادي» حاجزاً للجيش قرب البلدة فجر اليوم."
    roles = role_texts(events_of, text, "ASSAULT")
    assert roles and any("سرايا الوادي" in s for s in roles[0][0])


def test_an_object_named_after_a_subject_is_still_the_object(events_of):
    # (guard: without a verb of naming oneself, the quoted name after the subject is whom the act is aimed at)
    text = "وهدّدت مجموعة مسلحة «كتائب السهل الأخضر» بالرد على أي هجوم على القرى."
    roles = role_texts(events_of, text, "THREATEN")
    assert roles and all("كتائب السهل الأخضر" not in s for s in roles[0][0])


# a threat's condition with its verb in quotes («إذا لم «تنسحب X منها»») names whom the threat is aimed at


def test_a_quoted_condition_names_whom_a_threat_is_aimed_at(events_of):
    text = "وهدّد قائد الفصيل بـ«اقتحام البلدة» إذا لم «تنسحب القوات الحكومية منها» خلال يومين."
    roles = role_texts(events_of, text, "THREATEN")
    assert roles and roles[0][1] == ["القوات الحكومية"]


# a closure nobody is said to make, given as the cause or the moment of what is told («بسبب إغلاق الطريق»), is a
# standing state, not an act


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


def test_a_closure_given_as_a_cause_is_no_act(events_of):
    text = "ولم يتمكن المسعفون من نقل الجريح إلى المشفى بسبب إغلاق الحواجز، فتوفي بعد ساعتين."
    assert "COERCE" not in _types(events_of, text)
    text = "ونقل المسعفون الجرحى إلى المشفى عبر طريق ترابي بعد إغلاق الحواجز، وتوفي أحدهم."
    assert "COERCE" not in _types(events_of, text)


def test_a_closure_with_its_closer_after_a_cause_word_is_told(events_of):
    # (guard: «بعد إغلاق قوات الأمن الطريق» names who closed it: an act told)
    text = "ولم يتمكن المسعفون من نقل الجريح إلى المشفى بعد إغلاق قوات الأمن الحواجز، فتوفي بعد ساعتين."
    assert "COERCE" in _types(events_of, text)


def test_a_closure_announced_is_told(events_of):
    # (guard: a closure that is the object of a verb is an act)
    assert "COERCE" in _types(events_of, "وأعلنت السلطات إغلاق الطريق أمام الشاحنات حتى إشعار آخر.")


# where the people named come from («شبان من أبناء بلدة X») gives way to a place the act is told at («عند المدخل
# الجنوبي لبلدة Y»)


def _places(events_of, text: str, typ: str) -> list[str]:
    return [(e["location"] or {}).get("text") for e in events_of(text) if e["type"] == typ]


def test_the_natives_place_gives_way_to_where_the_act_is_told(events_of):
    text = ("واعتقل عناصر حاجز للجيش عند المدخل الجنوبي لبلدة كفرنبودة، صباح اليوم، أربعة شبان من أبناء بلدة "
            "اللطامنة، ثم أفرجوا عن اثنين منهم بعد ساعات.")
    places = _places(events_of, text, "RETREAT")
    assert places and "كفرنبودة" in places[0]


def test_the_natives_place_is_the_place_when_no_other_is_told(events_of):
    # (guard: with no other place, where the people come from is where the act was)
    text = "واعتقلت قوات الأمن، صباح اليوم، أربعة شبان من أبناء بلدة اللطامنة بتهمة التواصل مع الفصائل."
    places = _places(events_of, text, "COERCE")
    assert places and "اللطامنة" in places[0]


def test_a_body_named_after_the_people_of_a_place_acts_there(events_of):
    # (guard: «لجنة أهالي X» names a body; its protest is in X, not where its demand points)
    text = ("ونظّمت لجنة أهالي بلدة اللطامنة وقفة احتجاجية أمام مبنى البلدية، للمطالبة بالإفراج عن أبنائها المعتقلين في "
            "سجن حماة المركزي.")
    places = _places(events_of, text, "PROTEST")
    assert places and "اللطامنة" in places[0]


# a truce named as what was breached after it («غير أن الهدنة خُرقت بعد ساعتين») is the truce in force, no new one


def test_a_truce_named_as_breached_is_no_new_agreement():
    text = "غير أن الهدنة خُرقت بعد أقل من ساعتين، إذ اندلعت اشتباكات بالأسلحة الرشاشة."
    ws, trigs, _ = setup(text)
    truce = next(t for t in trigs if t.type == "AGREE")
    assert _deal_undone(ws, truce)


def test_a_truce_named_as_kept_is_not_undone():
    # (guard: «التزم الطرفان بالهدنة التي أُعلنت» names no collapse)
    text = "وأعلن الطرفان الهدنة بعد أقل من ساعتين من اجتماع الوسطاء."
    ws, trigs, _ = setup(text)
    truce = next(t for t in trigs if t.type == "AGREE")
    assert not _deal_undone(ws, truce)


# the «لـ» purpose of an act not done («من دون أن تتدخل وحدات الأمن لإخلاء الطريق») did not happen either (session 83:
# «لفتح …»، «لقطع …»، «لمنع …» are no event at all, tests/events/test_session83_classes.py)



def test_the_purpose_of_an_act_not_done_is_negated(events_of):
    text = ("وقطع ذوو القتلى الطريق الرئيسي احتجاجاً على تقصير الدولة، من دون أن تتدخل وحدات الأمن لإخلاء الطريق من "
            "المحتجين.")
    assert facts(events_of, text, "RETREAT") == ["negated"]


def test_a_noun_whose_own_first_letter_is_lam_is_no_purpose(events_of):
    # (guard: «لقاء» begins with its own «ل»; «لم يصافح الطفل خلال لقاء …» negates the handshake, not the meeting)
    text = "وظهر الوزير مبتسماً مع أنه لم يصافح الطفل خلال لقاء عقده أمس مع وجهاء العشائر في المحافظة."
    assert facts(events_of, text, "CONSULT") == ["asserted"]


# a time set off by commas between a verb and its place object («قصفت، في الثاني عشر من أيلول، قرية X غربي Y»): the
# place right after the aside is as near as a place right after the verb


def test_a_place_right_after_a_time_aside_is_the_object(events_of):
    text = ("وكانت الفصائل قد قصفت، في الثاني عشر من أيلول الماضي، قرية العريمة غربي منبج بقذائف صاروخية، ما أدى إلى "
            "مقتل امرأتين.")
    places = _places(events_of, text, "ASSAULT")
    assert places and "العريمة" in places[0]


# the outlet a dateline credits («المكلا – «نافذة صنعاء»:») is never the event's place, wherever it is named again
# («بحسب ما أفاد به مصدر طبي لـ«نافذة صنعاء»»)


def test_a_place_in_the_credited_outlet_named_again_is_no_place(events_of):
    text = ("مقتل ستة شبان بتفجير في المدينة\nالمكلا – «نافذة صنعاء»: قُتل ستة شبان، صباح أمس، في تفجير استهدف مركزاً "
            "للتجنيد في حي الشرج بالمكلا، بحسب ما أفاد به مصدر طبي لـ«نافذة صنعاء».")
    places = _places(events_of, text, "ASSAULT")
    assert places and all("صنعاء" not in p for p in places)


# «بين القتلى ثلاثة أشقاء» (among the dead, three brothers) counts some of the dead: no toll


def test_a_count_among_the_dead_is_no_toll():
    assert [q.value for q in find_quantities("وأوضح المصدر أن بين القتلى ثلاثة أشقاء.")] == []
    assert [q.value for q in find_quantities("وقُتل عشرة أشخاص، ومن بين القتلى ثلاثة أطفال.")] == [10]


def test_a_toll_after_the_dead_noun_is_still_counted():
    # (guard: «حصيلة القتلى ثلاثة»، «ارتفع عدد القتلى إلى 25» give the toll)
    assert [q.value for q in find_quantities("وبلغت حصيلة القتلى ثلاثة.")] == [3]
    assert [q.value for q in find_quantities("وارتفع عدد القتلى إلى 25.")] == [25]


def test_the_events_toll_is_not_the_count_among_the_dead(events_of):
    text = ("قُتل أحد عشر شاباً، صباح أمس، في تفجير انتحاري استهدف مركزاً للتجنيد، بحسب مصدر طبي أوضح أن بين القتلى "
            "ثلاثة أشقاء.")
    assert [e["fatalities"] for e in events_of(text) if e["type"] == "ASSAULT"] == [11]


# «قيادي في ما يسمى «الجيش الوطني»» (a leader in the so-called …): the member and the group are one subject


def test_a_member_of_a_so_called_group_is_one_subject(events_of):
    text = ("وهدد قيادي في ما يسمى «جيش الأحرار» بشنّ هجوم على البلدة إذا لم تنسحب وحدات «قسد» من القرى المحيطة بها "
            "خلال أيام.")
    roles = role_texts(events_of, text, "THREATEN")
    assert roles and "جيش الأحرار" in roles[0][0][0]
    assert all("جيش الأحرار" not in r for r in roles[0][1])


# what an act avoids («تجنباً لمواجهة مسلحة»، «تفادياً لغارات») has not happened: hypothetical, like «تحسباً لـ»


def test_a_clash_avoided_is_hypothetical(events_of):
    text = "وطلبت الشرطة أن يسلّم شيوخ العشيرتين المطلوبين طوعاً، تجنباً لمواجهة مسلحة جديدة داخل القرى."
    assert facts(events_of, text, "ASSAULT") == ["hypothetical"]


# strikes counted by hundreds over a month («خلال الشهر الماضي ألف وخمسمئة غارة») are a tally, not one event


def test_strikes_counted_over_a_month_are_a_tally(events_of):
    text = "وقال مدير الصحة إن ريف المدينة تعرّض خلال الشهر الماضي لألف وخمسمئة غارة جوية."
    assert [e["factuality"] for e in events_of(text) if e["type"] == "ASSAULT" and e["factuality"] != "generic"] == []


def test_strikes_counted_on_one_night_are_told(events_of):
    # (guard: a count with no period is the night's raids)
    text = "وشنّت الطائرات الحربية، فجر اليوم، خمس عشرة غارة على ريف المدينة."
    assert "asserted" in facts(events_of, text, "ASSAULT")


# «الجانب الحكومي» (the government side) is the government, an actor like «الحكومة»


def test_the_government_side_is_an_actor(events_of):
    text = "واتهمت هيئة التفاوض الجانب الحكومي بخرق الهدنة في الريف الشمالي."
    roles = role_texts(events_of, text, "ACCUSE")
    assert roles and roles[0][1] == ["الجانب الحكومي"]


# after «لم/لن» «تدخل» is «she enters» («ولم تدخل وحدات الجيش مركز المدينة»), not «تدخّل» (intervened), which would
# be «لم تتدخل»


def test_troops_that_did_not_enter_are_a_negated_movement(events_of):
    text = "ولم تدخل وحدات الجيش مركز المدينة حتى مساء أمس، بحسب ما أفاد به سكان."
    assert facts(events_of, text, "MOBILIZE") == ["negated"]


def test_forces_that_intervened_made_no_entry(events_of):
    # (guard: without «لم/لن» before it, «تدخّل» is intervening, no troops entering)
    text = "وتدخّل عناصر الأمن لفض الاشتباك بين العشيرتين مساء أمس."
    assert [e for e in events_of(text) if e["evidence"]["trigger"]["text"] == "وتدخّل"] == []


def test_an_entry_not_made_is_another_than_the_entry_told(events_of):
    text = ("ودخلت وحدات الجيش، صباح أمس، ثلاثة مواقع جديدة في ريف المدينة الشمالي، بحسب ما أفاد به مراسل محلي.\n"
            "ولم تدخل وحدات الجيش مركز المدينة حتى مساء أمس، إذ لا تزال المفاوضات جارية.")
    assert sorted(facts(events_of, text, "MOBILIZE")) == ["asserted", "negated"]


# a joint patrol named in a headline is the first joint patrol told below, however far (a cooperation has no mode to
# compare, and an article tells one such patrol)


def test_a_headlines_joint_patrol_is_the_patrol_told_below(events_of):
    text = (
            "ستة قتلى بسيارة مفخخة في سوق منبج.. ودورية روسية سورية مشتركة على خطوط التماس قرب الساجور\n"
            "قُتل ستة مدنيين وأصيب عشرة آخرون، صباح اليوم، بانفجار سيارة مفخخة في سوق مدينة منبج الرئيسي، بحسب ما أفاد به مصدر طبي.\n"
            "وقال المصدر إن بين الجرحى أطفالاً، وإن المشفى الوحيد في المدينة يعاني نقصاً في الأدوية.\n"
            "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى مساء اليوم.\n"
            "وتشهد المدينة منذ أشهر توتراً أمنياً متصاعداً، مع انتشار الحواجز على مداخلها.\n"
            "ويقول سكان إن الأسواق باتت شبه خالية بعد الغروب.\n"
            "وسيّرت الشرطة العسكرية الروسية، بالاشتراك مع وحدات من الجيش السوري، بعد ظهر أمس، دورية مشتركة على الطريق الواصل بين منبج وقرية العريمة غرباً، هي الثالثة منذ مطلع الشهر.")
    assert len([e for e in events_of(text) if e["type"] == "COOPERATE"]) == 1


# a town a pattern found by its settlement word, continued by the place the tagger found right after it («مدينة غيل»
# + «باوزير»), is one town


def _pattern_then_tagged(text: str, name: str, tagged: str) -> list[Mention]:
    """A place the pattern found («مدينة غيل») and a one-word place the tagger found after it, at their offsets."""
    a, b = text.index(name), text.index(tagged)
    return [Mention(start=a, end=a + len(name), label="LOC", text=name, kind="place", origin="pattern"),
            Mention(start=b, end=b + len(tagged), label="LOC", text=tagged, kind="place", origin="crf")]


def test_a_two_word_town_after_a_settlement_word_is_one_place():
    text = "قرب مدينة غيل باوزير شمال شرقي المكلا"
    merged = merge_mentions(_pattern_then_tagged(text, "مدينة غيل", "باوزير"), text)
    assert [(m.text, m.origin) for m in merged] == [("مدينة غيل باوزير", "pattern")]


def test_a_tagged_place_apart_from_a_settlement_name_stays_apart():
    # (guard: a place two words on is another place: «مدينة غيل، باوزير»)
    text = "قرب مدينة غيل وقرية باوزير"
    assert [m.text for m in merge_mentions(_pattern_then_tagged(text, "مدينة غيل", "باوزير"), text)] == [
        "مدينة غيل", "باوزير"]


def test_the_event_is_placed_in_the_two_word_town(events_of):
    text = "وقُتل ثلاثة بغارة لطائرة من دون طيار استهدفت سيارتهم قرب مدينة غيل باوزير شمال شرقي المكلا."
    places = _places(events_of, text, "ASSAULT")
    assert places and "غيل باوزير" in places[0]


def test_a_settlement_name_is_not_continued_across_a_line():
    # (guard: the dateline's town on the next line is no part of a headline's last name)
    text = "قرب بلدة المرقشة\nالضالع – «صوت الجبل»"
    assert [m.text for m in merge_mentions(_pattern_then_tagged(text, "بلدة المرقشة", "الضالع"), text)] == [
        "بلدة المرقشة", "الضالع"]
