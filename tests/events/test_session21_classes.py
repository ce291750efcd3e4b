"""Session 21: classes of language from the error analysis of the dev team sets (docs/events.md § Session 21)."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import one_of_type as _one
from event_helpers import texts as _texts

# a short negation particle inside a longer word negates nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "واستقبل المحافظ وفداً من وجهاء مخيم كلمة، وتعهّد لهم بمتابعة ملف الموقوفين.",  # «كلمة»: ك+لم+ة
        "وقال شهود إن عناصر الحاجز لما اقتحموا البلدة فجر اليوم اعتقلوا ثلاثة شبان من أبنائها.",  # «لما»: when
    ],
)
def test_no_negation_inside_a_longer_word(all_events_of, sentence):
    evs = all_events_of("عنوان الخبر\n" + sentence)
    assert evs
    assert not [e for e in evs if e["factuality"] == "negated"], [
        (e["type"], e["evidence"]["trigger"]["text"], e["why"]["factuality"]) for e in evs]


def test_a_negation_with_a_conjunction_still_negates(all_events_of):
    # (a guard: «ولم»، «فلا» are the particle after «و»/«ف»)
    evs = all_events_of("عنوان الخبر\nوأكد المتحدث أن الطائرات لم تقصف البلدة، ولم تستهدف أي منشأة مدنية.")
    assert evs and all(e["factuality"] == "negated" for e in _of(evs, "ASSAULT"))


# «لا تثبت إدانته»: a court's finding, not a condemnation


def test_guilt_proven_in_court_is_no_condemnation(all_events_of):
    evs = all_events_of("عنوان الخبر\nوتعهّد محافظ درعا بالإفراج عن كل من لا تثبت إدانته خلال أيام.")
    assert not [e for e in evs if e["type"] == "ACCUSE" and e["factuality"] not in ("generic",)]


def test_a_condemnation_with_a_pronoun_stays(events_of):
    # (a guard: «أعرب عن إدانته للهجوم» is a condemnation)
    ev = _one(events_of("عنوان الخبر\nوأعرب وزير الخارجية عن إدانته الشديدة للهجوم على بلدة طفس."), "ACCUSE")
    assert "وزير الخارجية" in " ".join(_texts(ev["source"]))


# a verb's object past its long subject and a parenthetical


def test_object_after_the_subject_and_a_parenthetical(events_of):
    text = ("عنوان الخبر\nاستقبل رئيس المجلس المحلي لمحافظة القنيطرة، في مكتبه بمدينة البعث بعد ظهر اليوم، وفداً من وجهاء "
            "بلدة جباتا الخشب.")
    ev = _one(events_of(text), "CONSULT")
    assert any("وفد" in a for a in _texts(ev["recipient"]))
    assert "رئيس المجلس المحلي" in " ".join(_texts(ev["source"]))


# «إطلاق سراح X»: X is released, not the releaser


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت قيادة الشرطة في بيان إطلاق سراح المعتقلين من أبناء بلدة طفس بعد انتهاء التحقيق معهم.",
        "وأعلنت قوات الأمن الداخلي إطلاق سراح عشرة موقوفين من أبناء بلدة طفس.",  # (a guard: indefinite)
    ],
)
def test_the_released_are_the_recipients(all_events_of, sentence):
    ev = _one(all_events_of("عنوان الخبر\n" + sentence), "RETREAT")
    assert any(w in " ".join(_texts(ev["recipient"])) for w in ("المعتقلين", "موقوفين"))
    assert not any(w in " ".join(_texts(ev["source"])) for w in ("المعتقلين", "موقوفين"))


# «على أي اعتداء»، «لأي ضربة» (any attack): no specific act


@pytest.mark.parametrize(
    "sentence",
    [
        "وتوعّدت وزارة الدفاع بالرد الحازم على أي اعتداء يطال الأراضي السورية.",
        "وأجرت الميليشيا تدريبات ميدانية قرب مدينة حمص تحسّباً لأي ضربة جوية.",
        "ولم تتعرض البلدة لأي هجوم منذ توقيع الاتفاق.",
    ],
)
def test_any_attack_is_no_event(all_events_of, sentence):
    evs = all_events_of("عنوان الخبر\n" + sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["factuality"] != "generic"], [
        (e["type"], e["evidence"]["trigger"]["text"], e["factuality"]) for e in evs]


def test_an_attack_told_after_a_threat_of_any_attack_stays(events_of):
    # (a guard: the threat's «أي اعتداء» takes no real attack told later with it)
    text = ("عنوان الخبر\nوقصفت المدفعية قرية المشرفة في ريف حمص صباح اليوم.\n"
            "وتوعّدت الفصائل بالرد على أي اعتداء يطال مناطقها.")
    ev = _one(events_of(text), "ASSAULT")
    assert ev["evidence"]["trigger"]["text"] != "اعتداء"


# «وعد/تعهّد بـ X»: what is promised has not happened


@pytest.mark.parametrize(
    "sentence",
    [
        "والتقى الوجهاء رئيس فرع الأمن العسكري في المدينة، ووعد رئيس الفرع بـ«إخلاء سبيل من تثبت براءته بعد انتهاء التحقيق».",
        "وتعهّد قائد الشرطة، بحسب بيان صادر عن مكتبه، بإطلاق سراح الموقوفين من أبناء بلدة طفس خلال أيام.",
    ],
)
def test_a_promised_release_is_no_release(events_of, sentence):
    evs = events_of("عنوان الخبر\n" + sentence)
    assert not _of(evs, "RETREAT"), [(e["type"], e["evidence"]["trigger"]["text"], e["factuality"]) for e in evs]


def test_a_release_after_a_promise_stays(events_of):
    # (a guard: the release told as done is an event)
    evs = events_of("عنوان الخبر\nوأفرجت قوات الأمن الداخلي عن عشرة موقوفين من أبناء بلدة طفس بعد وساطة من الوجهاء.")
    assert _one(evs, "RETREAT")["factuality"] == "asserted"


# «حمّل X، في بيان، Y وZ، «…»، مسؤولية …»: the gap of a phrase counts words, not quote marks and commas


def test_blame_across_a_punctuated_gap(events_of):
    text = ("عنوان الخبر\nوحمّلت «الإدارة الذاتية»، في بيان، كلاً من «الدولة التركية» و«الجانب الروسي»، «الضامن لاتفاق "
            "وقف إطلاق النار»، مسؤولية «التصعيد المستمر» على مناطق ريف الحسكة.")
    ev = _one(events_of(text), "ACCUSE")
    assert "الإدارة الذاتية" in " ".join(_texts(ev["source"]))


def test_a_far_fire_is_still_no_phrase(all_events_of):
    # (a guard: twenty words between the verb and «النار» are still too many)
    text = ("عنوان الخبر\nوأطلق المجلس المحلي في المدينة بالتعاون مع عدد من المنظمات الإنسانية العاملة في المنطقة حملة واسعة "
            "لجمع التبرعات لصالح العائلات النازحة من القرى الواقعة على خطوط التماس بعد أن طالتها النار.")
    assert not _of(all_events_of(text), "ASSAULT")


# a place that names an accord («لاتفاق «سوتشي»») is not where the event is


def test_a_place_naming_an_accord_is_no_location(events_of):
    text = ("عنوان الخبر\nوشيّع المئات من أهالي بلدة كفرنبل، عصر اليوم، جثامين ثلاثة من الضحايا، وحمّل أحد وجهاء البلدة، في "
            "كلمة ألقاها خلال التشييع، روسيا وتركيا، بصفتهما الدولتين الضامنتين لاتفاق «سوتشي»، المسؤولية عن استمرار القصف.")
    ev = _one(events_of(text), "ACCUSE")
    assert (ev.get("location") or {}).get("text") != "سوتشي"


# «في حين طالب أهالي …»: a construct plural in ي after «طالب» is who demands, no student's nationality


def test_demanded_by_the_people_of(events_of):
    text = ("عنوان الخبر\nوانسحب عناصر الحاجز من مدخل البلدة صباح اليوم، في حين طالب أهالي حي الكرامة، في تسجيلات صوتية "
            "تداولتها مجموعات محلية، بإزالة جميع الحواجز من داخل الأحياء.")
    ev = _one(events_of(text), "REQUEST")
    assert "أهالي" in " ".join(_texts(ev["source"]))


def test_a_student_is_still_no_demand(all_events_of):
    # (a guard: «طالب جامعي» is a student)
    evs = all_events_of("عنوان الخبر\nوقُتل طالب جامعي برصاص مجهولين قرب دوار البلدة في ريف درعا الغربي.")
    assert not _of(evs, "REQUEST")


# «مطالبين الحكومة بـ…»: a demanding participle, its subject the clause's, its object whom it asks


def test_a_demanding_participle_after_a_protest(events_of):
    text = ("عنوان الخبر\nوخرج العشرات من أهالي بلدة طفس في مظاهرة أمام مبنى البلدية، مطالبين المجلس المحلي بالإفراج عن "
            "المعتقلين.")
    evs = events_of(text)
    ev = _one(evs, "REQUEST")
    assert "المجلس المحلي" in " ".join(_texts(ev["recipient"]))
    assert "أهالي" in " ".join(_texts(ev["source"]))
    assert _of(evs, "PROTEST")


def test_the_subject_of_a_condition_does_not_demand(events_of):
    text = ("عنوان الخبر\nوحذّر وجهاء من عشائر المنطقة، في بيان تلاه أحدهم أمام حشد في بلدة القصر، من أن شبانهم سيدافعون عن "
            "قراهم إذا تقدّمت القوات الحكومية داخل أراضيهم، مطالبين الدولة بحماية الأهالي.")
    ev = _one(events_of(text), "REQUEST")
    assert "القوات الحكومية" not in " ".join(_texts(ev["source"]))


# «قصفت قوات النظام بقذائف الهاون، صباح اليوم، بلدة …»: the munition is what was fired, not the target


def test_a_munition_is_no_recipient(all_events_of):
    text = "عنوان الخبر\nوفي ريف درعا الغربي، قصفت قوات النظام بقذائف الهاون، صباح اليوم، بلدة طفس."
    ev = _one(all_events_of(text), "ASSAULT")
    assert not any(w in " ".join(_texts(ev["recipient"])) for w in ("قذائف", "الهاون"))
    assert "قوات النظام" in " ".join(_texts(ev["source"]))


# «جولة جديدة من المحادثات» in the body is the round the headline announced


def test_a_new_round_is_the_headlines_round(events_of):
    text = ("قتيلان بقصف على بلدة طفس.. ووفدا الحكومة والمعارضة يستأنفان محادثات عمّان\n"
            "درعا – «صدى حوران»: قُتل مدنيان بقصف مدفعي على بلدة طفس صباح اليوم.\n"
            "وفي عمّان، استأنف وفدا الحكومة والمعارضة، اليوم، جولة جديدة من المحادثات غير المباشرة برعاية أردنية.")
    assert len(_of(events_of(text), "CONSULT")) == 1


def test_another_meeting_told_in_the_body_stays_apart(events_of):
    # (a guard: without a headline, «لقاء آخر» is another meeting)
    text = ("عنوان الخبر\nوالتقى وفد من وجهاء بلدة طفس، صباح اليوم، ضباطاً روساً في مدينة درعا.\n"
            "وعقد الوفد، مساء اليوم، لقاءً آخر مع رئيس فرع الأمن العسكري في المدينة نفسها.")
    assert len(_of(events_of(text), "CONSULT")) == 2


# a headline's event named by its actor is told far down, past another call of the type


def test_a_headline_call_told_far_below(events_of):
    paras = ["قتيلان بقصف على بلدة طفس.. والاتحاد الأوروبي يدعو إلى وقف التصعيد",
             "درعا – «صدى حوران»: قُتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي على بلدة طفس صباح اليوم."]
    paras += [f"وأفاد ناشطون بأن القصف طال الحي رقم {n} من البلدة وألحق أضراراً بالمنازل." for n in range(1, 9)]
    paras += ["ودعت منظمة العفو الدولية، في بيان، جميع الأطراف إلى حماية المدنيين في درعا.",
              "دبلوماسياً، دعا الاتحاد الأوروبي، في بيان أصدره من بروكسل مساء اليوم، الأطراف كافة إلى وقف التصعيد في "
              "الجنوب السوري."]
    reqs = _of(events_of("\n".join(paras)), "REQUEST")
    assert len([e for e in reqs if any("الاتحاد الأوروبي" in a["text"] for a in e["source"])]) == 1


# «أمهلت X مدة لتسليم … أو ترحيلهم»: what must be done by the deadline has not happened


def test_a_deadlines_content_is_no_event(events_of):
    text = ("عنوان الخبر\nوأمهلت اللجنة الأمنية، يوم أمس، وجهاء بلدة جاسم 72 ساعة لتسليم 25 مطلوباً أو ترحيلهم إلى الشمال "
            "السوري.")
    evs = events_of(text)
    assert _of(evs, "THREATEN")
    assert not _of(evs, "COERCE"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


def test_an_act_after_a_deadline_stays(events_of):
    # (a guard: a comma and another verb end the deadline's purpose)
    text = "عنوان الخبر\nوأمهلت اللجنة الأمنية وجهاء بلدة جاسم 72 ساعة، واعتقلت قوات الأمن خمسة شبان من أبنائها."
    assert _of(events_of(text), "COERCE")


# «دعت X إلى «النفير العام والتصدي لاقتحامات الاحتلال»»: acts named inside what is called for


def test_acts_named_inside_a_quoted_call(events_of):
    text = ("عنوان الخبر\nمن جهتها، دعت حركة «حماس»، في تصريح لأحد المتحدثين باسمها، «أبناء شعبنا في الخليل» إلى «النفير "
            "العام والتصدي لاقتحامات الاحتلال واعتداءات المستوطنين».")
    evs = events_of(text)
    assert _of(evs, "REQUEST")
    assert not _of(evs, "COERCE") and not _of(evs, "ASSAULT"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


# «لهذه الاعتداءات» (these attacks): many acts referred back to


def test_these_attacks_are_no_new_event(all_events_of):
    text = ("عنوان الخبر\nوحمّل المندوب الولايات المتحدة «مسؤولية توفير الغطاء السياسي لهذه الاعتداءات وإفلات مرتكبيها من "
            "العقاب».")
    evs = all_events_of(text)
    assert not [e for e in _of(evs, "ASSAULT") if e["factuality"] != "generic"]


# whom a threat is aimed at, read in what it promises: «ضد X»، «أي مبنى يستخدمه X»


@pytest.mark.parametrize(
    "sentence",
    [
        "في المقابل، توعّد رئيس الأركان، خلال جولة على القوات المنتشرة قرب الحدود، بـ«تكثيف الضربات ضد حزب الله في كل مكان».",
        "بدوره، هدّد المتحدث باسم الجيش الإسرائيلي بـ«توسيع دائرة الاستهداف لتطال أي مبنى يستخدمه حزب الله في الجنوب».",
    ],
)
def test_the_threatened_party_in_the_promise(events_of, sentence):
    ev = _one(events_of("عنوان الخبر\n" + sentence), "THREATEN")
    assert "حزب الله" in " ".join(_texts(ev["recipient"]))


# «قصفت X بقذائف الهاون، صباح اليوم، قرى …»: the places hit are what the attack verb hit


def test_the_places_hit_are_the_object(events_of):
    text = "عنوان الخبر\nوفي ريف درعا الغربي، قصفت قوات النظام بقذائف الهاون، صباح اليوم، بلدة طفس."
    ev = _one(events_of(text), "ASSAULT")
    assert "طفس" in " ".join(_texts(ev["recipient"]))


def test_these_attacks_as_subject_tell_the_act(events_of):
    # (a guard: a bare «هذه الهجمات» as the subject with its toll is the act told again, not a reference to many)
    text = "عنوان الخبر\nوأسفرت هذه الهجمات عن مقتل ثلاثة مدنيين في بلدة طفس بريف درعا الغربي صباح اليوم."
    assert _of(events_of(text), "ASSAULT")


# crowds named by what they are («خريجي الجامعات»، «المشاركون»); a building's owner is never the subject


def test_graduates_and_participants_are_actors(events_of):
    ev = _one(events_of("عنوان الخبر\nوتظاهر المئات من خريجي الجامعات أمام مبنى المحافظة في مدينة درعا."), "PROTEST")
    assert "خريجي" in " ".join(_texts(ev["source"]))
    ev = _one(events_of("عنوان الخبر\nوطالب المشاركون في الوقفة بالإفراج عن المعتقلين من أبناء مدينة درعا."), "REQUEST")
    assert "المشاركون" in " ".join(_texts(ev["source"]))


def test_a_buildings_owner_is_no_subject(events_of):
    ev = _one(events_of("عنوان الخبر\nواعتصم العشرات أمام مقر الأمم المتحدة في دمشق للمطالبة بكشف مصير المفقودين."), "PROTEST")
    assert not any("الأمم المتحدة" in a for a in _texts(ev["source"]))


# «بلدة الصورة الكبيرة»: a longer name than the gazetteer's «الصورة» (a town of the West Bank) is another place


def test_a_sized_name_is_not_the_shorter_namesake(events_of):
    text = ("عنوان الخبر\nوأُطلق سراح المخطوف، فجر اليوم، قرب بلدة الصورة الكبيرة على طريق دمشق – السويداء، بعد أن دفعت "
            "عائلته الفدية.")
    ev = _one(events_of(text), "RETREAT")
    loc = ev.get("location") or {}
    assert loc.get("country") != "PS"
    assert "الصورة الكبيرة" in loc.get("text", "")


# «اجتماع … لتنسيق إغاثة …»: what a meeting is to coordinate is its topic


def test_what_a_meeting_coordinates_is_its_topic(events_of):
    text = ("عنوان الخبر\nوعقد ممثلون عن الحكومة، أمس، اجتماعاً مع منظمات الأمم المتحدة في عمّان لتنسيق إغاثة النازحين في "
            "مخيمات الركبان.")
    evs = events_of(text)
    assert _of(evs, "CONSULT")
    assert not _of(evs, "AID"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


# a headline's unnamed attackers («عناصر فصيل موالٍ») and the body's named ones («عناصر من فصيل «فرقة السلطان مراد»»)


def test_a_headline_killing_told_with_the_named_faction(events_of):
    text = ("مقتل مزارع برصاص عناصر فصيل موالٍ لتركيا في جنديرس.. وحريق في ناحية راجو\n"
            "وثّقت منظمة حقوقية مقتل المزارع أحمد حسن (60 عاماً)، مساء أمس، برصاص عناصر من فصيل «فرقة السلطان مراد» "
            "على أطراف بلدة جنديرس في ريف عفرين.")
    assert len(_of(events_of(text), "ASSAULT")) == 1


def test_the_yemeni_district_word_is_the_same_place():
    # «مديرية خور مكسر» and «خور مكسر» are one place for merging (as «مدينة X» and «X» are)
    from marsad.events.merge import place_key
    from marsad.text.normalize import norm

    assert place_key(norm("مديرية خور مكسر")) == place_key(norm("خور مكسر"))
    assert place_key(norm("ولاية الجزيرة")) == place_key(norm("الجزيرة"))
    assert place_key(norm("ريف حماة")) != place_key(norm("حماة"))  # (a guard: the countryside is another place)
