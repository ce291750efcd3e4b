"""Session 30: classes of language from the errors of the dev sets and the news files (docs/events.md § Session 30).
The texts are the team's own."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.numbers.casualties import find_quantities


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _killed(text: str) -> list[int | None]:
    return [q.value for q in find_quantities(text) if q.kind == "killed"]


# the dead named by a pronoun or a possessed person after a killing word: «ما أدى إلى مقتله» = 1, «لقيا حتفهما» = 2,
# «فأردوه قتيلاً»، «مقتل أحدهما»، «مقتل نجله»، and those killed with them («مع اثنين من مرافقيه»)


@pytest.mark.parametrize(("text", "value"), [
    ("أطلق ملثمون النار على بائع خضار في السوق ما أدى إلى مقتله متأثراً بجراحه.", 1),
    ("استهدفت قذيفة سيارة تقل مزارعين في الحقل، ما أسفر عن مقتلهما على الفور.", 2),
    ("سقطت قذيفة هاون على منزل عائلة في الحي الغربي أدّت لوفاتها.", 1),
    ("فرّ الرجل من الدورية ولقي مصرعه بعد ساعات في المشفى.", 1),
    ("وكان عاملان في المخبز قد لقيا حتفهما عصر السبت الماضي حين انهار الجدار عليهما.", 2),
    ("اعترض المسلحون طريق المعلم عند مدخل القرية فأردوه قتيلاً.", 1),
    ("داهم مجهولون منزل المختار ليلاً فقتلوه.", 1),
    ("كمن مسلحون لسيارة الإسعاف على الطريق وأردوا مسعفاً قتيلاً.", 1),
    ("كمن المسلحون للحارسين عند البوابة فقتلوهما.", 2),
    ("انفجر لغم بسيارة تقل شقيقين قرب الوادي، ما أدى إلى مقتل أحدهما وإصابة الآخر.", 1),
    ("فجّر مجهولون عبوة بسيارة تاجر في البلدة ما أدى إلى مقتل نجله.", 1),
    ("أصابت شظايا القذيفة شاحنة قرب الجسر ما أدى إلى استشهاد سائقها وشخص كان يرافقه.", 2),
    ("زُرعت عبوة في سيارة ضابط فانفجرت ما أدى إلى مقتله مع اثنين من حراسه.", 3),
    ("انفجرت دراجة مفخخة قرب مقر الفصيل ما أدى إلى مقتله مع أحد مرافقيه.", 2),
])
def test_the_dead_named_by_a_pronoun_are_counted(text, value):
    assert value in _killed(text), find_quantities(text)


@pytest.mark.parametrize("text", [
    "رصدت الحكومة مكافأة لمن يدلي بمعلومات تقود إلى القبض على المطلوب أو مقتله.",
    "تجمّع الأهالي في الساحة في الذكرى الثانية لمقتله.",
    "يخشى الرجل أن يلقى حتفه إن عاد إلى قريته.",
    "طالب المحتجون بمحاكمة المسؤول وإعدامه.",
    "أكد الفصيل أن خلايا التنظيم تسعى لاغتياله.",
    "أعلنت الفصائل أسماء قتلاها في المعركة.",
    "انفجرت عبوة بسيارة القيادي ما أدى إلى مقتله مع عائلته.",
])
def test_a_pronoun_is_no_toll_outside_a_result_or_a_past_death(text):
    # (guards: a death asked for, feared, remembered or planned, the dead of a group «قتلاها», and an uncounted company
    # «مع عائلته» give no count)
    assert _killed(text) == [], find_quantities(text)


def test_a_count_before_the_pronoun_owns_it():  # (a guard)
    # (a guard: «لقي شاب مصرعه» is counted once, by its subject)
    qs = [q for q in find_quantities("لقي شاب مصرعه في الحادث.") if q.kind == "killed"]
    assert [(q.text, q.value) for q in qs] == [("لقي شاب", 1)]


@pytest.mark.parametrize(("text", "fatalities"), [
    ("أطلق مسلحان مجهولان النار، مساء الأحد، على موظف في البلدية أمام منزله في مدينة جاسم، ما أدى إلى مقتله على الفور.", 1),
    ("فتح عناصر حاجز النار على سيارة حاولت تجاوز الحاجز قرب مدينة الباب فأردوا سائقها قتيلاً.", 1),
    ("وكان مسلحون قد أطلقوا النار، ظهر الخميس، على شابين في سوق بلدة طفس، ما أدى إلى مقتلهما.", 2),
])
def test_the_attack_takes_the_pronoun_toll(events_of, text, fatalities):
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and any(e.get("fatalities") == fatalities for e in assault), assault


def test_fire_after_a_checkpoint_is_no_checkpoint_name(events_of):
    # «فتح عناصر حاجز النار»: the members of a checkpoint opened fire; «حاجز النار» is no place, and the fire is an attack
    events = _events(events_of, "فتح عناصر حاجز النار على شاحنة قرب مدينة الميادين.")
    assault = _of_type(events, "ASSAULT")
    assert assault, events
    assert all("النار" not in ((e.get("location") or {}).get("text") or "") for e in assault), assault


# ACLED's 0: an attack whose report says no one was hurt («من دون أن تُسجَّل إصابات»، «اقتصرت الأضرار على الماديات») or
# counts only wounded; not when nothing is known («دون أنباء عن إصابات») or a death is told without a count


@pytest.mark.parametrize("text", [
    "ألقت المروحيات، فجر الإثنين، ثلاثة براميل متفجرة على أطراف بلدة سرمين، ما أدى إلى دمار في مدرسة، من دون أن تُسجَّل "
    "إصابات بشرية.",
    "قصفت مدفعية النظام، ظهر الأحد، الأحياء الغربية من مدينة جاسم، واقتصرت الأضرار على الماديات.",
    "استهدف قناص، مساء السبت، سيارة مدنية على طريق سلقين، ما أدى إلى إصابة رجلين بجروح.",
])
def test_an_attack_that_killed_no_one_has_zero_dead(events_of, text):
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and all(e.get("fatalities") == 0 for e in assault), assault


@pytest.mark.parametrize("text", [
    "قصفت مدفعية النظام، ظهر الأحد، الأحياء الغربية من مدينة جاسم، دون أنباء عن إصابات.",
    "استهدفت غارة، مساء السبت، سوق بلدة كفرنبل، ما أدى إلى استشهاد وجرح عدد من المدنيين.",
])
def test_unknown_deaths_are_no_zero(events_of, text):
    # (guards: nothing known, or deaths told without a count, are left unknown)
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and all(e.get("fatalities") is None for e in assault), assault


def test_a_zero_gives_way_to_a_death_told_elsewhere(events_of):  # (a guard)
    text = ("قصفت طائرة حربية، صباح الثلاثاء، سوق بلدة معرشورين، ما أدى إلى إصابة ثلاثة مدنيين بجروح. وقال الدفاع المدني إن "
            "القصف الذي استهدف سوق معرشورين أدى أيضاً إلى مقتل طفل.")
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and any(e.get("fatalities") == 1 for e in assault) and not any(
        e.get("fatalities") == 0 for e in assault), assault


def test_merged_fatalities_prefers_any_figure_to_a_vague_zero():
    from marsad.events.merge import merged_fatalities
    assert merged_fatalities((0, True), (3, False)) == (3, False)
    assert merged_fatalities((3, False), (0, True)) == (3, False)
    assert merged_fatalities((0, True), (12, True)) == (12, True)
    assert merged_fatalities((None, False), (0, True)) == (0, True)


def test_the_people_of_an_ambiguous_town_named_elsewhere_place_the_event(events_of):
    # «نوى» is also a common word; after «أهالي» and with «مدينة نوى» named in the article it is the town
    text = ("قصفت مدفعية النظام، صباح الأحد، أطراف مدينة نوى. وقال ناشطون إن القصف تواصل حتى المساء. وتظاهر العشرات من "
            "أهالي نوى، عصر الأحد، في ساحة عامة رغم القصف.")
    protest = _of_type(_events(events_of, text), "PROTEST")
    assert protest and all("نوى" in ((e.get("location") or {}).get("text") or "") for e in protest), protest


def test_an_ambiguous_word_after_people_needs_the_town_named_elsewhere(nlp):
    # (a guard: without «مدينة نوى» elsewhere, «أهالي نوى» alone stays unplaced, as before)
    doc = nlp(Document(text="عنوان\nوتظاهر العشرات من أهالي نوى في ساحة عامة.", id="x", published="2018-07-01"))
    assert not [p for p in doc.places if "نوى" in p.text]


def test_another_matter_does_not_inherit_the_place_told_before(events_of):
    text = ("يتواصل التوتر في مدينة إدلب وريفها. وألقت مروحيات النظام، فجر الإثنين، أربعة براميل متفجرة على الأطراف "
            "الشرقية لبلدة بنش. وفي سياق منفصل، اعتصم عشرات من المعلمين، ظهر الإثنين، احتجاجاً على تأخر رواتبهم.")
    protest = _of_type(_events(events_of, text), "PROTEST")
    assert protest and all("بنش" not in ((e.get("location") or {}).get("text") or "") for e in protest), protest


@pytest.mark.parametrize(("text", "typ", "not_place"), [
    ("يتواصل التوتر في مدينة القامشلي. وأفرج فرع الأمن العسكري، مساء الأحد، عن ثلاثة من الموقوفين، وسط مخاوف من نقل "
     "الباقين إلى دمشق.", "RETREAT", "دمشق"),
    ("يتواصل التوتر في مدينة تدمر. واعتقل عناصر التنظيم، أمس، خمسة رجال كانوا يحاولون الخروج مع عائلاتهم باتجاه قرية "
     "أم الصهاريج.", "COERCE", "الصهاريج"),
])
def test_where_people_were_going_is_no_place_of_an_arrest_or_a_release(events_of, text, typ, not_place):
    events = _of_type(_events(events_of, text), typ)
    assert events and all(not_place not in ((e.get("location") or {}).get("text") or "") for e in events), events


def test_a_checkpoints_owner_is_no_name(nlp):
    doc = nlp(Document(text="عنوان\nأوقف حاجز للتنظيم على مدخل البلدة شاحنة محمّلة بالطحين.", id="x",
                       published="2016-05-01"))
    assert not [m for m in doc.mentions if m.kind == "place" and "للتنظيم" in m.text], doc.mentions


def _sources(events: list[dict]) -> list[str]:
    return [x.get("text") or "" for e in events for x in e.get("source") or []]


def test_unnamed_killers_are_not_replaced_by_the_victims_group(events_of):
    text = ("وفي بلدة طفس المجاورة، اغتال مسلحون مجهولون، مساء الجمعة، قيادياً في أحد فصائل «جيش الثورة» بإطلاق النار "
            "عليه قرب منزله.")
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and "مسلحون مجهولون" in _sources(assault) and "جيش الثورة" not in _sources(assault), assault


@pytest.mark.parametrize("text", [
    "قُتل أربعة مدنيين، ظهر الأحد، جراء غارتين نفذتهما طائرة حربية تابعة لقوات النظام على سوق بلدة حاس.",
    "شنّت طائرة حربية تابعة لقوات النظام، ظهر الأحد، غارتين على سوق بلدة حاس.",
])
def test_the_owner_of_the_aircraft_is_the_attacker(events_of, text):
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and any("قوات النظام" in s for s in _sources(assault)), assault


@pytest.mark.parametrize("text", [
    "تعرّضت دورية للشرطة، مساء الخميس، لهجوم مسلح على طريق بلدة الكرك الشرقي.",
    "اندلعت، مساء الخميس، اشتباكات مسلحة بين عائلتين في بلدة الكرك الشرقي.",
])
def test_armed_is_no_attacker(events_of, text):
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert assault and not any(s.strip() in ("مسلح", "مسلحة") for s in _sources(assault)), assault


def test_a_media_activist_can_be_kidnapped(events_of):
    # «إعلامي» describes the activist, not the act (a «هجوم إعلامي» is still no attack)
    assault = _of_type(_events(events_of, "وأكدت عائلة من مدينة الباب، مساء الخميس، اختطاف ناشط إعلامي من أبنائها على يد "
                                          "مجهولين."), "ASSAULT")
    assert assault, assault
    assert not _of_type(_events(events_of, "شنّ المتحدث هجوماً إعلامياً على خصومه في مؤتمر صحفي."), "ASSAULT")


def test_what_an_attack_coincided_with_is_another_attack(events_of):
    text = ("ألقت المروحيات، صباح الأحد، براميل متفجرة على مدينة الحارة. وتزامنت الغارات مع قصف مدفعي عنيف من قوات النظام "
            "المتمركزة في محيط مدينة الصنمين طال أحياء بلدة عقربا.")
    assault = _of_type(_events(events_of, text), "ASSAULT")
    assert len(assault) == 2, assault


def test_what_coincided_with_talks_told_before_is_no_new_talk(events_of):
    # (a guard: «تزامناً مع المفاوضات الجارية» names the talks already told, definite)
    text = ("بدأت مفاوضات بين وفد روسي ووجهاء مدينة الرستن، صباح الأحد. وتتحدث مصادر عن مفاوضات لإخراج المقاتلين نحو "
            "الشمال، تزامناً مع المفاوضات الجارية مع الوجهاء.")
    consult = _of_type(_events(events_of, text), "CONSULT")
    assert consult and not any(e["evidence"]["trigger"]["text"] == "المفاوضات" for e in consult), consult


def test_an_appeal_joined_to_a_charge_shares_its_subject(events_of):
    text = ("وحمّل «المجلس المحلي لمدينة الحارة»، في بيان مساء الأحد، النظام مسؤولية القصف، وناشد الأمم المتحدة التدخل "
            "لحماية المدنيين.")
    req = _of_type(_events(events_of, text), "REQUEST")
    assert req and any("المجلس المحلي" in s for s in _sources(req)), req
    assert any("الأمم المتحدة" in (x.get("text") or "") for e in req for x in e.get("recipient") or []), req


@pytest.mark.parametrize(("opener", "inherits"), [
    ("وفي سياق الحراك،", False),
    ("وفي سياق اعتقالات الأسبوع الماضي،", False),
    ("وفي سياق متصل،", True),  # (guards: a related matter and an event told go on where they were)
    ("وفي سياق القصف،", True),
])
def test_a_sentence_turning_to_another_matter_does_not_inherit_the_place(events_of, opener, inherits):
    text = ("يتواصل التوتر في مدينة الحسكة. وقصفت قوات النظام مدينة الشدادي بعشر قذائف صباح الأحد. "
            f"{opener} هدّد عناصر من الأمن العسكري أصحاب المحال بالاعتقال.")
    threat = _of_type(_events(events_of, text), "THREATEN")
    assert threat, threat
    assert any("الشدادي" in ((e.get("location") or {}).get("text") or "") for e in threat) == inherits, threat


def test_a_time_set_off_after_a_long_subject_dates_the_verb(events_of):
    text = ("واختُطف تاجر من أبناء الحي، مساء الخميس. وتوجه وفد من وجهاء العشائر العربية وشخصيات كردية من مدينة عامودا، "
            "صباح اليوم، إلى بلدة الدرباسية للتوسط بين الطرفين لوقف الاشتباكات الدائرة بينهما منذ أيام.")
    consult = _of_type(_events(events_of, text), "CONSULT")
    assert consult and all((e.get("date") or {}).get("text") == "صباح اليوم" for e in consult), consult
