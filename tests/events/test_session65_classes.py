"""Session 65: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 65).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _places(events_of, text: str, typ: str) -> list[str | None]:
    """The location text of each event of a type."""
    return [(e["location"] or {}).get("text") for e in events_of(text) if e["type"] == typ]


# a time set off by commas right after the verb («هاجموا، في الخامس من شباط الماضي، محطة الضخ في …») stands between
# the verb and what it governs: the place after the object still governs it, though the gazetteer lacks it


def test_a_time_aside_does_not_part_the_verb_from_its_place(events_of):
    text = ("وكان مسلحون قد هاجموا، في الخامس من شباط الماضي، محطة الضخ في منطقة الكراديس، ما دفع عشرات العائلات "
            "إلى النزوح نحو مدينة تدمر.")
    assert _places(events_of, text, "ASSAULT") == ["الكراديس"]


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) for e in events_of(text)
            if e["type"] == typ]


# «حمّل» takes its subject and its object before «مسؤولية»: when only one actor stands there, the subject is before the
# verb (or no actor: «مصدر عسكري»), and that actor is the one blamed


def test_the_only_actor_before_responsibility_is_blamed(events_of):
    text = "وقال مصدر عسكري إن التحقيقات جارية، وحمّل في الوقت نفسه التنظيم مسؤولية التفجير."
    assert _roles(events_of, text, "ACCUSE") == [([], ["التنظيم"])]


def test_two_actors_before_responsibility_are_subject_and_object(events_of):
    # (a guard: with two actors in the gap, the first is who blames)
    text = "وحمّل الجيش التنظيم مسؤولية التفجير الذي وقع أمس قرب الجسر."
    assert _roles(events_of, text, "ACCUSE") == [(["الجيش"], ["التنظيم"])]


# «المسيّرة» written with a shadda is a drone (مسيَّرة), never a march (مسِيرة), whatever words of a march stand near
# («انطلقت»)


def test_a_drone_with_a_shadda_is_no_march(all_events_of):
    text = "وقالت مديرية الصحة إن المسيّرة انطلقت من مناطق سيطرة الفصائل، واستهدفت السوق."
    assert [e["type"] for e in all_events_of(text) if e["type"] == "PROTEST"] == []


def test_a_march_without_a_shadda_stays_a_march(events_of):
    # (a guard: the same letters without the shadda are a march)
    text = "وخرجت، ظهر اليوم، مسيرة حاشدة في بلدة الحراك شارك فيها المئات."
    assert [e["type"] for e in events_of(text)] == ["PROTEST"]


# «ولم تسمح X لـY بالعودة إلى …» refuses a return: access, negated; a return allowed («لا يُسمح لهم بالعودة إليها حتى
# اليوم», «سمحت … بعودة») is a standing state or a plan, no act of its own


def test_a_return_refused_is_negated_access(facts_of):
    text = ("ولم تسمح الشرطة، أمس، لعشرات العائلات النازحة بالعودة إلى منازلها في القرى القريبة من الطريق العام.")
    assert facts_of(text, "RETREAT") == ["negated"]


def test_a_return_not_allowed_as_a_state_is_no_access(events_of):
    # (a guard: without «لم» before the verb, no access event)
    text = "وتبقى البلدة منطقة مغلقة لا يُسمح لسكانها النازحين بالعودة إليها منذ سنوات."
    assert [e for e in events_of(text) if e["type"] == "RETREAT" and e.get("mode") == "access"] == []


# a flight of armed men told as news («تحدثت مصادر عن فرار عدد من قادة التنظيم») is a withdrawal, unconfirmed


def test_a_flight_of_fighters_told_as_news_is_a_withdrawal(facts_of):
    text = ("وتحدثت مصادر أهلية في مدينة الميادين عن فرار عدد من قادة التنظيم، ليل أمس، بقوارب صغيرة نحو الضفة "
            "الأخرى من النهر.")
    assert facts_of(text, "RETREAT") == ["rumored"]


def test_a_flight_as_a_circumstance_is_no_withdrawal(events_of):
    # (a guard: «فرار» not after «عن» — here a circumstance, «وسط فرار …» — stays no act; the team sets code flights
    # told as news only)
    text = "وسط فرار عشرات المسلحين من المدينة نحو البادية في ريف الميادين."
    assert [e for e in events_of(text) if e["type"] == "RETREAT"] == []


# a town's name may open with «بن» as with «أبو» or «عين» («بلدة بن جواد»); with no place of the gazetteer in the
# sentence, the town named by its settlement word nearest the trigger is where it happens — not another town the
# sentence names later («بعد أيام من سيطرتها على بلدة …»)


def test_a_town_name_opening_with_bin_is_whole(events_of):
    text = "وقالت مصادر في مدينة حلب إن الطريق أُغلق أمس. واشتبكت قوات الحرس، اليوم، مع عناصر التنظيم في بلدة بن حمودة."
    assert _places(events_of, text, "ASSAULT") == ["بلدة بن حمودة"]


def test_the_town_nearest_the_trigger_is_its_place(events_of):
    text = ("وقالت مصادر في مدينة حلب إن الطريق أُغلق أمس. واشتبكت قوات الحرس، اليوم، مع عناصر التنظيم عند المدخل "
            "الشرقي لبلدة كفر زيدون، بعد أيام من سيطرتها على بلدة بن حمودة، وقُتل في الاشتباكات اثنان من عناصر الحرس.")
    assert _places(events_of, text, "ASSAULT") == ["بلدة كفر زيدون"]


def test_as_to_is_no_district(events_of):
    # «ناحية» is a district word, but «من ناحية …» and «لناحية آثارها» (as to its effects) name no district
    text = ("وقالت مصادر في مدينة حلب إن الطريق أُغلق أمس. وطالب المندوب الدول الغربية برفع العقوبات، مؤكداً أنها "
            "قاسية لناحية آثارها على المدنيين.")
    assert "ناحية آثارها" not in _places(events_of, text, "REQUEST")


# an unnamed source right after a verb of saying («ورفض مصدر عسكري، في تصريح …، مقترح …») says it: the source of the
# statement, with its describing words and one «في X» phrase


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("ورفض مصدر عسكري، في تصريح لإذاعة محلية، مقترح هدنة قدّمته منظمات أهلية.", "REJECT", ["مصدر عسكري"]),
    ("وهدّد مصدر عسكري في «اللواء الخامس» بالرد على أي خرق للهدنة.", "THREATEN", ["مصدر عسكري في «اللواء الخامس»"]),
], ids=["rejects", "threatens"])
def test_an_unnamed_source_says_it(events_of, text, typ, expected):
    assert [_roles(events_of, text, typ)[0][0]] == [expected]



# a shop, a school or a family closing its own doors («وأغلقت محال السوق أبوابها حداداً») closes no road: no restriction
# and no protest


def test_shops_closing_their_doors_restrict_nothing(events_of):
    text = ("وشيّع المئات جثمان الشاب في بلدة المسيب وسط إجراءات أمنية مشددة على الطريق، فيما أغلقت محال السوق "
            "أبوابها حداداً.")
    assert [e["type"] for e in events_of(text) if e["type"] in ("COERCE", "PROTEST")] == []


def test_a_road_closed_is_still_a_restriction(events_of):
    # (a guard: closing a road, not one's own doors)
    text = "وأغلقت قوات الأمن الطريق الرئيسي بين البلدتين أمام حركة السيارات."
    assert [e["type"] for e in events_of(text)] == ["COERCE"]


# «لا» before a present verb of force says what one never does («مؤكداً أن قواته «لا تستهدف المدنيين»»): no act denied;
# «لم» before a past act denies the act


def test_what_one_never_does_is_no_negated_act(all_events_of):
    text = "وقال المتحدث باسم الفصيل إن مقاتليه «لا يستهدفون المدنيين» في البلدة."
    assert [e["factuality"] for e in all_events_of(text) if e["type"] == "ASSAULT"] == ["generic"]


def test_an_act_denied_with_lam_stays_negated(facts_of):
    # (a guard: «لم» before the verb denies one act)
    text = "وقال المتحدث باسم الفصيل إن مقاتليه لم يستهدفوا المدنيين في البلدة أمس."
    assert facts_of(text, "ASSAULT") == ["negated"]


# declining to tell («رفض تحديد موعد لبدء العمليات»، «رافضاً الإفصاح عن مزيد من التفاصيل») refuses no demand


def test_declining_to_tell_is_no_refusal(events_of):
    text = "وقال ضابط في الجيش إن القوات جاهزة في محيط بلدة العياضية، لكنه رفض تحديد موعد لبدء العمليات."
    assert [e for e in events_of(text) if e["type"] == "REJECT"] == []


def test_refusing_a_proposal_is_a_refusal(events_of):
    # (a guard: what is refused is a proposal, not information)
    text = "ورفض المجلس المحلي في بلدة العياضية مقترح الهدنة الذي قدّمه الوسطاء أمس."
    assert [e["type"] for e in events_of(text) if e["type"] == "REJECT"] == ["REJECT"]


# a storming told with an attack in its sentence («هاجموا بوابة السجن بصهريج مفخخ، ثم اقتحمت مجموعة منهم المبنى») is a part of
# the attack; a raid that arrests is told with its arrest


def test_a_storming_in_an_attack_is_no_act_of_its_own(events_of):
    text = ("وهاجم عناصر التنظيم، فجر اليوم، بوابة السجن في مدينة الحسكة بصهريج مفخخ، ثم اقتحمت مجموعة منهم المبنى "
            "الإداري.")
    assert [e["type"] for e in events_of(text) if e["type"] == "COERCE"] == []


def test_a_raid_with_an_arrest_keeps_its_storming(events_of):
    # (a guard: another COERCE act in the sentence; the storming stays with it)
    text = ("وقُتل شاب برصاص قوات الأمن في حي الصالحية بمدينة الحسكة، فجر اليوم، حين اقتحمت منازل في الحي واعتقلت "
            "ثلاثة شبان.")
    assert "اقتحمت" in [e["evidence"]["trigger"]["text"] for e in events_of(text) if e["type"] == "COERCE"]


# a security clearance («بانتظار موافقة أمنية على عبور الطريق») is a permit, no agreement; a security agreement
# («اتفاقية أمنية») is one


def test_a_security_clearance_is_no_agreement(events_of):
    text = "ولا تزال الشاحنات عالقة في مدينة مصراتة بانتظار موافقة أمنية على عبور الطريق الساحلي."
    assert [e for e in events_of(text) if e["type"] == "AGREE"] == []


def test_a_security_agreement_is_an_agreement(events_of):
    # (a guard: an accord noun before «أمنية»)
    text = "ووقّعت الحكومتان في بغداد، أمس، اتفاقية أمنية لضبط الحدود المشتركة."
    assert [e["type"] for e in events_of(text) if e["type"] == "AGREE"] == ["AGREE"]


# a date after «في» set off by commas («اغتالوا، في الحادي والثلاثين من آب الماضي، قيادياً …») stands between the verb
# and its object, as «مساء أمس» does


def test_a_date_aside_keeps_the_object(events_of):
    text = ("وكان مسلحون مجهولون قد اغتالوا، في الحادي والثلاثين من آب الماضي، قيادياً سابقاً في فصائل المعارضة أمام "
            "منزله في بلدة المزيريب.")
    assert _roles(events_of, text, "ASSAULT") == [(["مسلحون مجهولون"], ["قيادياً"])]


# «تلال حاكمة» (commanding hills): «حاكمة» is an adjective there, no ruler acting


def test_commanding_hills_act_in_nothing(events_of):
    text = "وسيطرت القوات على ثلاث تلال حاكمة قرب بلدة كنسبا، إثر معارك عنيفة مع مسلحي التنظيم."
    assert all("حاكمة" not in a["text"] for e in events_of(text) for a in e["source"] + e["recipient"])


# a tour named as the frame of what is told («توعّد الوزير، خلال جولة تفقّد فيها …»، «أثناء عودته من جولة») is no visit
# of its own; a round of talks stays one


def test_a_tour_as_a_frame_is_no_visit(events_of):
    text = "وتوعّد مدير الأمن، في تصريحات للصحافيين خلال جولة تفقّد فيها بلدة دلجا، بملاحقة المطلوبين."
    assert [e for e in events_of(text) if e["type"] == "CONSULT"] == []


def test_a_round_of_talks_during_a_frame_is_talks(events_of):
    # (a guard: «خلال جولة ثانية» is a round of talks)
    text = "وأفاد أحد أعضاء لجنة التفاوض بأن الطرفين اتفقا، خلال جولة ثانية عُقدت أمس في بلدة دلجا، على وقف إطلاق النار."
    assert "CONSULT" in [e["type"] for e in events_of(text)]
