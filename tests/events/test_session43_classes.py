"""Session 43: classes of language from the errors of the dev sets (docs/events.md § Session 43).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# the whole quote after an accusation's «بـ» is what is charged, however deep the act stands in it


@pytest.mark.parametrize(("text", "typ"), [
    ("واتهم المجلس المحلي الفصائل بـ«استغلال وقف إطلاق النار لتحصين مواقعها حول البلدة».", "MOBILIZE"),
    ("واتهم المجلس المحلي الفصائل بـ«استغلال وقف إطلاق النار لتحصين مواقعها حول البلدة».", "CONCEDE"),
    ("واتهمت الحركة الحكومة بـ«الانقلاب على اتفاق الدوحة» ورفضت المشاركة في الجلسة.", "AGREE"),
    ("واتهمت المنظمة الطيران الروسي بـ«المشاركة في قصف المستشفيات والأسواق».", "ASSAULT"),
])
def test_an_act_deep_in_a_quoted_charge_is_no_event(events_of, text, typ):
    evs = _events(events_of, text)
    assert not _of_type(evs, typ), evs
    assert _of_type(evs, "ACCUSE"), evs


def test_an_act_after_the_quoted_charge_stays(events_of):
    text = "واتهم المجلس الجيش بـ«الكذب»، فيما قصفت المدفعية البلدة صباح اليوم بعشرات القذائف."
    evs = _events(events_of, text)
    assert _of_type(evs, "ASSAULT") and _of_type(evs, "ACCUSE"), evs


# what the wanted are wanted for is a charge, not an act told


def test_what_the_wanted_are_wanted_for_is_no_event(events_of):
    text = "وداهمت قوة أمنية منزلاً في حي الضاحية، فجر اليوم، واعتقلت رجلين مطلوبين بقضايا سرقة وإطلاق نار."
    evs = _events(events_of, text)
    assert _of_type(evs, "COERCE") and not _of_type(evs, "ASSAULT"), evs


def test_an_arrest_after_the_wanted_stays(events_of):
    text = "وكان بحوزة العناصر قائمة تضم أسماء أشخاص مطلوبين، لكنهم قاموا باعتقال عائلات بأكملها."
    assert _of_type(_events(events_of, text), "COERCE")


# a paragraph that goes back to an event goes to the one told at the place it names, or by the noun it names


def _triggers(e):
    ev = e["evidence"]
    return [ev["trigger"]["text"], *(t["text"] for t in ev.get("triggers", []))]


def test_a_follow_up_goes_to_the_event_at_the_place_a_dual_named(events_of):
    text = ("براميل على حيي الكرامة والنصر\n"
            "قُتل ستة مدنيين، اليوم الأحد، جراء إلقاء مروحيات الجيش براميل متفجرة على حيي الكرامة والنصر في مدينة "
            "الرقة.\n"
            "وفي حي المشلب، قصفت مدفعية الفصائل مواقع للجيش، ما أدى إلى تدمير آليتين.\n"
            "وفي تفاصيل القصف على حي الكرامة، قال متطوع في الدفاع المدني إن المروحيات ألقت أربعة براميل خلال ربع "
            "ساعة.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    assert len(evs) == 2, [_triggers(e) for e in evs]
    barrels = next(e for e in evs if "براميل متفجرة" in _triggers(e))
    assert "القصف" in _triggers(barrels), [_triggers(e) for e in evs]


def test_the_time_counted_from_an_ambush_goes_back_to_the_ambush(events_of):
    text = ("قتلى بكمين في ريف حماة\n"
            "قُتل خمسة جنود، مساء أمس، بكمين نصبه مسلحون لحافلة عسكرية على طريق أثريا في ريف حماة الشرقي.\n"
            "وفي مدينة السلمية، أطلق عناصر حاجز النار على شاب حاول الفرار، صباح اليوم، فأصابوه بجروح.\n"
            "وبعد ساعات من الكمين، نشرت حسابات مرتبطة بالتنظيم صوراً لحافلة محترقة، وقالت إن «جنود الدولة» نفّذوه.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    assert len(evs) == 2, [_triggers(e) for e in evs]
    ambush = next(e for e in evs if "بكمين" in _triggers(e))
    assert "الكمين" in _triggers(ambush), [_triggers(e) for e in evs]


# «اقتاد» (led away) is an arrest, unless an arrest or abduction told before it in the sentence is what it ends


def test_led_away_is_an_arrest(events_of):
    text = "وخرج مسلحون ملثمون من المبنى وأطلقوا الرصاص في الهواء، ثم اقتادوا اثنين من المعتصمين إلى الداخل."
    evs = [e for e in _events(events_of, text) if e["type"] == "COERCE" and e.get("mode") == "arrest"]
    assert evs and evs[0]["evidence"]["trigger"]["text"] == "اقتادوا", _events(events_of, text)


def test_led_away_after_an_abduction_is_part_of_it(events_of):
    text = "واختطف مسلحون تاجراً من السوق، صباح اليوم، واقتادوه إلى جهة مجهولة."
    evs = _events(events_of, text)
    assert _of_type(evs, "ASSAULT") and not _of_type(evs, "COERCE"), evs


# a headline's act is the first act of its kind told below, though told by other words and unnamed men


def test_the_headline_act_told_below_by_other_words(events_of):
    text = ("غارة على سوق البلدة.. والتنظيم يعتقل ناشطَين من اعتصام أمام مقره\n"
            "قُتل ثلاثة مدنيين، ظهر أمس، بغارة جوية على سوق البلدة.\n"
            "وفي وسط البلدة، اعتصم عشرات الناشطين، عصر أمس، أمام مقر التنظيم، مطالبين بالكشف عن مصير رفاق لهم.\n"
            "ولم يدم الاعتصام طويلاً، إذ خرج مسلحون ملثمون من المقر وأطلقوا الرصاص في الهواء، ثم اقتادوا اثنين من "
            "المعتصمين إلى الداخل.")
    arrests = [e for e in events_of(text) if e["type"] == "COERCE" and e.get("mode") == "arrest"]
    assert len(arrests) == 1, [_triggers(e) for e in arrests]
    assert "اقتادوا" in _triggers(arrests[0]), [_triggers(e) for e in arrests]


def test_a_headline_opening_with_the_means_is_the_act_it_caused(events_of):
    text = ("برصاص قناص من الميليشيا.. مقتل شاب على أطراف البلدة المحاصرة\n"
            "قُتل شاب من أبناء البلدة المحاصرة، مساء أمس، برصاص قنّاص تابع للميليشيا يتمركز على تلة مشرفة عليها، بحسب "
            "ما أفاد به المجلس المحلي.\n"
            "وتتداول أوساط الأهالي أحاديث عن زرع عناصر من الميليشيا حقل ألغام جديداً في الأراضي الزراعية.")
    evs = [e for e in _of_type(list(events_of(text)), "ASSAULT") if e["factuality"] in ("asserted", "reported")]
    assert len(evs) == 1, [_triggers(e) for e in evs]
    assert {"مقتل", "قُتل"} <= set(_triggers(evs[0])), [_triggers(e) for e in evs]


# people named by the place they left are not where the act happened


def test_a_place_people_left_is_not_the_place_of_their_arrest(events_of):
    text = ("وفي مدينة حماة، قال ناشطون على تواصل مع ذوي الموقوفين إن دوريات الأمن اعتقلت خلال الأيام الماضية تسعة "
            "شبان ممن غادروا مخيم الهول مؤخراً وكانوا يقيمون لدى أقاربهم في المدينة.")
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and "حماة" in (evs[0]["location"] or {}).get("text", ""), evs


def test_a_dual_in_either_case_names_the_same_two(events_of):
    text = ("الباب: مقتل طفلين بانفجار لغم من مخلفات «داعش».. وقافلة وقود تصل المدينة\n"
            "قُتل طفلان، صباح اليوم، بانفجار لغم أرضي في أرض زراعية جنوب مدينة الباب، بحسب ما أفاد به الدفاع المدني.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    assert len(evs) == 1, [_triggers(e) for e in evs]


# a paragraph opening with a follow-up frame tells more of the event at the place the frame names


def test_a_follow_up_paragraph_tells_the_event_at_the_place_it_names(events_of):
    text = ("مقتل متظاهرَين برصاص الشرطة في بلدة الوادي\n"
            "قُتل متظاهران وأصيب عشرة آخرون، أمس الأحد، عندما أطلقت قوات الشرطة الرصاص الحي على مئات المحتجين أمام "
            "مبنى البلدية في بلدة الوادي، وفق ما أعلنته مديرية الصحة.\n"
            "وفي قرية التلال المجاورة، اشتبك أنصار مرشحَين متنافسَين بالعصي أمام مركز الاقتراع، ما أسفر عن إصابة ستة "
            "أشخاص.\n"
            "وفي سياق أحداث الوادي، قال شهود عيان إن عناصر من الشرطة صعدوا إلى سطح مبنى مقابل وأطلقوا النار على الحشد "
            "دون سابق إنذار.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    assert len(evs) == 2, [_triggers(e) for e in evs]
    shooting = next(e for e in evs if "قُتل" in _triggers(e) or "أطلقت" in " ".join(_triggers(e)))
    assert any("وأطلقوا" in x for x in _triggers(shooting)), [_triggers(e) for e in evs]


# a seizure rumoured or denied is an event («أنباء عن سيطرة X على Y»); control gained in a battle or held is not


@pytest.mark.parametrize("text", [
    "وتناقلت مواقع مقرّبة من الجماعة أنباء عن سيطرة مسلحيها على موقع عسكري في جبل الريح، غير أن مصدراً عسكرياً نفى ذلك.",
    "ونفى مصدر عسكري ما تداولته صفحات موالية عن «سيطرة» قوات الحرس على قرية التينة، مؤكداً أن الهجوم صُدّ.",
])
def test_a_seizure_rumoured_or_denied(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] == "ASSAULT" and e.get("mode") == "seize"]
    assert evs and evs[0]["factuality"] in ("rumored", "negated"), _events(events_of, text)


@pytest.mark.parametrize("text", [
    "وبدأت المناطق الخارجة عن سيطرة الحكومة باعتماد العملة التركية في دفع الرواتب.",
    "وتمكنت الفصائل أمس من السيطرة على قرية العمارنة بعد اشتباكات عنيفة.",
])
def test_control_held_or_gained_is_no_seizure_event(events_of, text):
    assert not [e for e in _events(events_of, text) if e.get("mode") == "seize"], _events(events_of, text)


def test_an_execution_is_not_the_blast_told_before(events_of):
    text = ("مقتل رجل بانفجار لغم.. والتنظيم يعدم شابين\n"
            "لقي رجل حتفه، ظهر أمس، بانفجار لغم أرضي من مخلّفات التنظيم في أطراف قرية التلال.\n"
            "وأقدم عناصر التنظيم، مساء أمس، على إعدام شابين من أهالي بلدة الوادي في ساحتها العامة بتهمة التعامل مع "
            "الجيش.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    modes = sorted(str(e.get("mode")) for e in evs)
    assert "execute" in modes and len(evs) == 2, [(e.get("mode"), _triggers(e)) for e in evs]


def test_an_act_named_only_as_a_time_anchor_is_no_event(events_of):
    text = ("وفد روسي يزور قرية التلال\n"
            "زار وفد من الشرطة العسكرية الروسية، صباح اليوم، قرية التلال في ريف المحافظة الشرقي، والتقى وجهاءها.\n"
            "وتأتي الزيارة بعد أسبوعين من الهجوم الذي تعرضت له منازل على أطراف القرية، وسط مخاوف الأهالي من تكرار "
            "الهجمات التي شهدها الريف في السنوات الماضية.")
    assert not _of_type(list(events_of(text)), "ASSAULT"), list(events_of(text))


def test_the_purpose_of_a_deadline_is_not_done_when_it_is_the_trigger(events_of):
    text = "وأمهل وجهاء القبيلة، في بيان مصور، الفصيل 48 ساعة للإفراج عن معتقلي البلدة، مهدّدين بالتصعيد."
    evs = _events(events_of, text)
    assert not _of_type(evs, "RETREAT") and _of_type(evs, "THREATEN"), evs


def test_a_meeting_word_beginning_with_lam_is_no_purpose(events_of):
    text = ("وطلب الوجهاء من الوفد مهلة أسبوع للتشاور، على أن يُعقد لقاء ثانٍ بين الجانبين في بلدة التلال يوم "
            "الثلاثاء المقبل.")
    evs = [e for e in _events(events_of, text) if e["type"] == "CONSULT"]
    assert evs and evs[0]["factuality"] == "planned", _events(events_of, text)


# a refusal told as what brought on another act is no act of its own


@pytest.mark.parametrize("text", [
    "وقُتل سائق شاحنة، مساء أمس، حين أطلق مهرّبون النار على شاحنته قرب بلدة الواحة بعد أن رفض التوقف.",
    "واغتال مسلحون مختار القرية، مساء أمس، بسبب رفض المختار تسليم قوائم بأسماء الشبان المطلوبين.",
])
def test_a_refusal_as_the_cause_of_an_act_is_no_event(events_of, text):
    evs = _events(events_of, text)
    assert _of_type(evs, "ASSAULT") and not _of_type(evs, "REJECT"), evs


def test_a_refusal_told_as_the_act_stays(events_of):
    text = "ورفض وفد الأهالي، مساء أمس، العرض الذي قدّمه الضباط خلال الاجتماع."
    assert _of_type(_events(events_of, text), "REJECT")


# what unnamed sources talk of is rumoured; what a named speaker talks of is told


@pytest.mark.parametrize("text", [
    "وتحدثت صفحات محلية، ليل أمس، عن غارة جوية استهدفت منزلاً في أطراف البلدة.",
    "وانتشرت على مواقع التواصل منشورات تتحدث عن توقيف ناشط بارز في الحراك الشعبي.",
    "وتحدث ناشطون عن وصول تعزيزات كبيرة إلى محيط المطار خلال اليومين الماضيين.",
])
def test_what_unnamed_sources_talk_of_is_rumoured(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] in ("ASSAULT", "COERCE", "MOBILIZE")]
    assert evs and evs[0]["factuality"] == "rumored", evs


@pytest.mark.parametrize("text", [
    "وتحدث وزير الداخلية، في مؤتمر صحفي، عن الهجوم الذي استهدف الحافلة أمس قرب البلدة.",
    "وتحدثت المعلومات عن وساطة بين الطرفين بعد زيارة رئيس الوزراء إلى العاصمة الشهر الماضي.",
])
def test_what_a_named_speaker_talks_of_or_what_dates_it_is_not_rumoured(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] in ("ASSAULT", "CONSULT")]
    assert evs and all(e["factuality"] != "rumored" for e in evs), evs
