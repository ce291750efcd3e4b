"""Session 46: classes of language from the errors of the dev sets (docs/events.md § Session 46).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# an actor right after a part of a place («عند أطراف X»، «في محيط X»، «وسط X») is in its genitive: where the act
# happened, never the subject of the verb after it


@pytest.mark.parametrize("text", [
    "وسقطت القذائف عند أطراف كراجات العباسيين، ودمّرت ثلاث سيارات.",
    "وهاجمت قوات الحكومة مواقع للمتمردين في محيط مقر اللواء الثالث، ودمّرت عربتين مدرعتين.",
])
def test_an_actor_after_a_part_of_a_place_is_no_subject(all_events_of, text):
    evs = _of_type(all_events_of("عنوان الخبر\n" + text), "ASSAULT")
    assert evs, evs
    sources = [s for e in evs for s in _texts(e["source"])]
    assert not any("كراجات" in s or "مقر" in s for s in sources), evs


# «فاستهدفت بالمدفعية تجمعات …»: the instrument glued to بـ right after a verb of aiming; the actor after it is the
# target, and a verb joined by و/ف has the subject of the clause before it


@pytest.mark.parametrize("text", [
    "وواصلت وحدات من الجيش عملياتها في حي الشيخ مقصود، فاستهدفت بالمدفعية تجمعات للمسلحين قرب الدوار.",
    "وتابعت قوات الحكومة تقدمها نحو البلدة، واستهدفت بالصواريخ مواقع للمتمردين على التلة.",
])
def test_the_instrument_after_a_joined_verb(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs
    sources = _texts(evs[0]["source"])
    assert any("وحدات" in s or "قوات" in s for s in sources), evs
    assert not any("تجمعات" in s or "مواقع" in s for s in sources), evs


def test_a_weapon_subject_after_the_verb_still_fires(events_of):
    text = "واستهدفت طائرة مسيرة سيارة لقيادي في الفصيل قرب البلدة مساء أمس."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and not any("سيارة" in s or "قيادي" in s for s in _texts(evs[0]["source"])), evs


# an event the detection model alone doubted, which a dated article tells as asserted (session 44), is dated as the
# article's other acts: the narrative's date, else the publication date


def test_an_act_the_model_doubted_is_dated_by_publication(events_of):
    text = "وأشار المراسل إلى أن المقاتلات استهدفت بالصواريخ مواقع للفصائل في ريف المدينة."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "asserted", evs
    assert any("doubt makes no aggregate" in w for w in evs[0]["why"]["factuality"]), evs[0]["why"]
    assert evs[0]["date"] and evs[0]["date"]["value"].startswith("2024-01-02"), evs[0]["date"]


# the outlet a dateline credits («المدينة – «صوت الساحل»: …») is no actor, there or where the article quotes it again


def test_the_credited_outlet_is_no_actor(events_of):
    text = "عنوان الخبر\nتعز – «نداء اللواء»: قُتل مشرف تابع للجماعة مساء أمس بكمين قرب المدينة."
    evs = _of_type(events_of(text), "ASSAULT")
    assert evs, evs
    named = [s for e in evs for s in _texts(e["source"]) + _texts(e["recipient"])]
    assert not any("اللواء" in s for s in named), evs


def test_a_brigade_outside_the_outlet_stays_an_actor(events_of):
    text = ("عنوان الخبر\nبانياس – «صوت الساحل»: هاجم اللواء الثامن مواقع للمسلحين قرب البلدة مساء أمس، "
            "بحسب ما أفاد به مصدر عسكري لـ«صوت الساحل».")
    evs = _of_type(events_of(text), "ASSAULT")
    assert evs and any("اللواء" in s for s in _texts(evs[0]["source"])), evs


# a negation before a comma stays in its clause («في سيارة من دون لوحات، وأطلقوا النار»)


def test_a_negation_ends_at_the_comma(events_of):
    text = "وأوضح المراسل أن المسلحين وصلوا في سيارة من دون لوحات، وأطلقوا النار على الحاجز قبل أن يفروا."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and evs[0]["factuality"] == "asserted", evs


def test_a_negation_in_the_clause_still_negates(events_of):
    text = "وأكد المصدر أن المسلحين لم يطلقوا النار على الحاجز."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert not [e for e in evs if e["factuality"] == "asserted"], evs


# «ومنذ عام 2012 تتعرض المدينة، بين فترة وأخرى، لقذائف …»: what recurs since a year is a habit, not a past act


def test_a_habit_since_a_year_is_no_past_act(all_events_of):
    text = "عنوان الخبر\nومنذ عام 2012 تتعرض أحياء المدينة، بين فترة وأخرى، لقذائف تطلقها المجموعات المسلحة من الجبل."
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and all(e["factuality"] == "generic" for e in evs), [(e["factuality"]) for e in evs]


def test_an_act_in_a_year_stays_historical(events_of):
    text = "وكانت المجموعات المسلحة قد قصفت أحياء المدينة بالقذائف عام 2012."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and evs[0]["factuality"] == "historical", evs


# «منزلاً لأسير تتهمه السلطات بـ…»: a present verb with an object pronoun after an indefinite noun describes the noun


@pytest.mark.parametrize("text", [
    "وهدمت الجرافات صباح اليوم منزلاً لأسير تتهمه السلطات بتنفيذ عملية طعن.",
    "وطالب الضابط الأهالي بتسليم أربعة مطلوبين يتهمهم بالوقوف وراء الهجمات على الحواجز.",
])
def test_a_clause_describing_an_indefinite_noun_is_no_accusation(events_of, text):
    assert not _of_type(_events(events_of, text), "ACCUSE")


def test_an_accusation_told_stays(events_of):
    text = "واتهمت السلطات الأسير بتنفيذ عملية طعن قرب المفترق صباح اليوم."
    assert _of_type(_events(events_of, text), "ACCUSE")


@pytest.mark.parametrize(("word", "lemma", "expected"), [
    ("يتهمهم", "اتهم", True), ("يتهم", "اتهم", False), ("يواجهه", "واجه", True), ("يواجه", "واجه", False),
    ("اعتقلته", "اعتقل", True), ("قصفوها", "قصف", True), ("يقصف", "قصف", False),
])
def test_object_pronouns_after_a_lemma_ending_in_their_letters(word, lemma, expected):
    from marsad.events.frames import object_suffix

    assert object_suffix(word, lemma) is expected


# «اعتقال قوات الأمن نحو عشرين شاباً»: a hedged count after the masdar's genitive is its object; the genitive its agent


def test_a_hedged_count_after_the_genitive_is_the_object(events_of):
    text = "وتحدثت مصادر محلية عن اعتقال قوات الأمن نحو عشرين شاباً في سوق البلدة صباح اليوم."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and any("قوات الأمن" in s for s in _texts(evs[0]["source"])), evs
    assert any("شاب" in s for s in _texts(evs[0]["recipient"])), evs


# «سلاح الجو» (the air force) is an actor, alone too; a noun joined to the subject by «و» past the subject's «في X» is
# more subject, not the object; an actor joined to an instrument («بالمدفعية وسلاح الجو») is more instrument


def test_the_air_force_alone_is_an_actor(events_of):
    evs = _of_type(_events(events_of, "وقصف سلاح الجو مواقع المسلحين قرب البلدة فجر اليوم."), "ASSAULT")
    assert evs and any("سلاح الجو" in s for s in _texts(evs[0]["source"])), evs


def test_a_second_subject_past_the_subjects_owner(events_of):
    text = "واستهدف سلاح الجو في الجيش السوري والقوات الجوية الروسية، بضربات مركزة، مواقع المسلحين قرب البلدة."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and not any("الروسية" in s for s in _texts(evs[0]["recipient"])), evs


def test_an_actor_joined_to_the_instrument_is_no_target(events_of):
    text = "وواصلت وحدات من الجيش عملياتها في الحي، فاستهدفت بالمدفعية وسلاح الجو تجمعات للمسلحين قرب الدوار."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and not any("سلاح" in s for s in _texts(evs[0]["recipient"])), evs


# «والتقى المحافظ، عصر اليوم في مقر المحافظة، وفداً …»: the owner of the building where they met is not whom he met


def test_the_owner_of_the_meeting_place_is_not_the_one_met(events_of):
    text = "والتقى محافظ المدينة، عصر اليوم في مقر المحافظة، وفداً من بعثة المراقبين الدوليين."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs and any("وفد" in s for s in _texts(evs[0]["recipient"])), evs


def test_a_protest_before_a_building_addresses_its_owner(events_of):
    text = "واعتصم عشرات الشبان ظهر اليوم أمام مبنى المجلس البلدي احتجاجاً على انقطاع المياه."
    evs = _of_type(_events(events_of, text), "PROTEST")
    assert evs and any("المجلس البلدي" in s for s in _texts(evs[0]["recipient"])), evs


# a sentence that opens with a verb (a trigger, a verb of saying or of describing) and its subject, in quotation marks
# or not, gives that subject to its clause participles; the actor right after a participle is its object, never the
# subject of a verb joined after it; a masdar in the construct state («جريمة قتل») heads no clause


def test_a_quoted_opening_subject_is_the_participles(events_of):
    text = ("وحمّلت «وحدات حماية القرى»، في بيان، قيادة الشرطة مسؤولية «الاعتداء على عناصرنا»، مطالبةً بسحب "
            "الدوريات من داخل البلدة.")
    evs = _of_type(_events(events_of, text), "REQUEST")
    assert evs and any("وحدات حماية القرى" in s for s in _texts(evs[0]["source"])), evs


def test_a_describing_verb_opens_the_participles_clause(events_of):
    text = ("ووصفت وزارة الخارجية، في بيان، ما جرى عند مدخل البلدة بأنه «جريمة قتل بدم بارد»، محمّلةً حكومة "
            "الاحتلال المسؤولية الكاملة عنها، وطالبت مجلس الأمن بتوفير حماية دولية.")
    evs = _events(events_of, text)
    accuse = _of_type(evs, "ACCUSE")
    assert accuse and any("وزارة الخارجية" in s for s in _texts(accuse[0]["source"])), evs
    assert any("حكومة الاحتلال" in s for s in _texts(accuse[0]["recipient"])), evs
    request = _of_type(evs, "REQUEST")
    assert request and not any("حكومة الاحتلال" in s for s in _texts(request[0]["source"])), evs


# «عشرات الهجمات» (dozens of attacks) with no recent day is a vague count of many acts; «نفذت الطائرات اليوم عشرات
# الغارات» is the day's raid


def test_dozens_of_attacks_are_no_event(events_of):
    text = "ومنذ مطلع العام تحصي منظمات حقوقية عشرات الهجمات التي طالت سيارات مدنية في المنطقة."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_dozens_of_raids_today_are_the_days_raid(events_of):
    text = "ونفذت الطائرات الحربية اليوم عشرات الغارات على ريف المدينة."
    assert _of_type(_events(events_of, text), "ASSAULT")


# «جلسة» (a session) is a meeting when held with or between parties («عقدت اللجنة جلسة مع …»، «جلسة حوار»); a
# court's session is not (a parliament's sitting, held, is a meeting since session 53: dev set 12's gold has one, as the
# councils' of sets 72 and 74)


def test_a_session_with_a_party_is_a_meeting(events_of):
    text = "وعقدت لجنة من وجهاء البلدة جلسة مع قائد الشرطة مساء أمس."
    assert _of_type(_events(events_of, text), "CONSULT")


@pytest.mark.parametrize("text", [
    "وأرجأت المحكمة الجلسة إلى الشهر المقبل.",
    "وعقدت المحكمة جلسة طارئة للنظر في الطعن.",
])
def test_a_court_session_is_no_meeting(events_of, text):
    assert not _of_type(_events(events_of, text), "CONSULT")


def test_the_general_command_is_an_actor(events_of):
    text = "وحذّرت القيادة العامة للجيش، في بيان، من أنها «ستلاحق المسلحين في كل مكان»."
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and any("القيادة العامة" in s for s in _texts(evs[0]["source"])), evs


def test_driving_is_no_command(events_of):
    text = "واعتقلت الشرطة شاباً بتهمة القيادة المتهورة في شوارع المدينة صباح اليوم."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and not any("القيادة" in s for s in _texts(evs[0]["source"]) + _texts(evs[0]["recipient"])), evs


# «ستلاحق مطلقي القذائف»: people named by what they fire, no strike; a warning that the warner's own forces (by a
# pronoun) will act is a threat, and those forces are not the threatened


def test_those_who_fire_are_no_strike(events_of):
    text = "وقال المصدر إن الوحدات ستلاحق مطلقي القذائف في كل مكان."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_a_warning_that_its_own_forces_will_act_is_a_threat(events_of):
    text = "وحذّرت القيادة العامة للجيش، في بيان، من أن وحداتها «ستلاحق المسلحين في كل مكان»."
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and not any("وحدات" in s for s in _texts(evs[0]["recipient"])), evs


def test_a_warning_of_a_danger_is_no_threat(events_of):
    text = "وحذّرت المنظمة الدولية من أن الأوضاع الإنسانية ستزداد سوءاً خلال الشتاء."
    assert not _of_type(_events(events_of, text), "THREATEN")


# «على أن يحضر اللقاء ممثل عن …» after the meeting told in the sentence: who attends it, no meeting of its own;
# «منذ «التسوية»» (since the settlement): the time counted from an earlier event, no event told


def test_attending_the_meeting_told_is_no_meeting_of_its_own(events_of):
    text = ("ومن المقرر أن تلتقي اللجنة المركزية بالوفد الروسي يوم الخميس المقبل، على أن يحضر اللقاء ممثل عن "
            "الفرقة الرابعة.")
    assert len(_of_type(_events(events_of, text), "CONSULT")) == 1


@pytest.mark.parametrize("text", [
    "يعيش ريف المدينة منذ «التسوية» فوضى أمنية مزمنة.",
    "ويعيش سكان البلدة منذ الاتفاق حالة من الترقب.",
])
def test_since_the_event_is_no_event(events_of, text):
    assert not _of_type(_events(events_of, text), "AGREE")


def test_since_the_morning_keeps_the_act(events_of):
    assert _of_type(_events(events_of, "وقصفت الطائرات البلدة منذ الصباح."), "ASSAULT")


# «أيام الجمعة» (on Fridays) is a habit; «متابعة لـ…» (following up on) goes back to an act told


def test_on_fridays_is_a_habit(events_of):
    text = "ويتوافد المحتجون إلى الساحة، ويتحول التجمع أيام الجمعة إلى مظاهرة كبيرة تشارك فيها وفود من القرى."
    assert not _of_type(_events(events_of, text), "PROTEST")


def test_a_follow_up_goes_back_to_the_act_told(events_of):
    text = ("اندلع اشتباك عنيف فجر اليوم بين مسلحين وعناصر حاجز قرب البلدة.\n"
            "متابعة للاشتباك: قال مصدر طبي إن المشفى استقبل جثة عنصر أمن واحد.")
    assert len(_of_type(_events(events_of, text), "ASSAULT")) == 1


def test_the_credited_outlet_is_found_where_quoted_again():
    from marsad.events.extract import _in_outlet

    text = "عنوان\nجرابلس – «بوابة الساجور»: قُتل رجل قرب نهر الساجور، بحسب ما قال مصدر لـ«بوابة الساجور»."
    first, again, river = text.index("الساجور»"), text.rindex("الساجور»"), text.index("نهر الساجور") + 4
    assert _in_outlet(text, first) and _in_outlet(text, again)
    assert not _in_outlet(text, river)
