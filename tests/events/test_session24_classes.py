"""Session 24: classes of language from the dev sets' argument, date and extra-event errors (docs/events.md § Session 24).  The
texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import one_of_type as _one

# a town the gazetteer lacks, named by its settlement word, is where the event is when it governs the trigger


def test_a_town_named_by_its_settlement_word_governs_the_event(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوداهمت قوات الأمن فجر اليوم منزلاً في مدينة خنفر يملكه تاجر من أبناء محافظة عدن يشتبه "
        "بانتمائه إلى تنظيم القاعدة."), "COERCE")
    # (a town the gazetteer lacks: «جعار» until session 71 added Yemen's towns from GeoNames)
    assert ev["location"]["text"] == "مدينة خنفر", ev["why"]["location"]
    assert ev["location"]["name_en"] is None  # text only: the gazetteer does not know it


def test_a_town_only_named_in_passing_does_not_govern(events_of):
    # (a guard: the delegation's home camp is no place of the promise; the office's city is)
    ev = _one(events_of(
        "عنوان الخبر\nواستقبل المحافظ في مكتبه بمدينة حمص، بعد ظهر اليوم، وفداً من وجهاء ومشايخ قرية الجفينة، وتعهّد "
        "لهم بإطلاق سراح الموقوفين خلال أيام."), "AGREE")
    assert ev["location"] is None or ev["location"]["text"] != "قرية الجفينة", ev["location"]


def test_a_town_only_a_settlement_word_names_is_not_carried_on(events_of):
    # the next sentence tells another act with no place of its own: the unknown town is not carried to it as a
    # governing place would be (the gazetteer cannot tell whether it lies in the town named later)
    evs = events_of(
        "دير الزور – «الوادي»: اغتال مسلحون مجهولون، مساء أمس، مختار بلدة أبو النيران في ريف دير الزور الشرقي.\n"
        "وفي بلدة الجبيلة، اعتقلت دورية تابعة لـ«قسد» ثلاثة شبان.\nوطالب وجهاء الريف بالإفراج عنهم.")
    coerce = _one(evs, "COERCE")
    assert coerce["location"]["text"] == "بلدة الجبيلة", coerce["why"]["location"]
    req = _one(evs, "REQUEST")
    assert (req["location"] or {}).get("text") != "بلدة الجبيلة", req["why"]["location"]


# «المدينة» after a settlement word is the city just named, not the town called «المدينة»


def test_the_city_referred_back_to_is_not_a_town_called_the_city(events_of):
    evs = events_of("عنوان الخبر\nداهمت قوات الأمن منزلاً في أحد أحياء المدينة، فجر اليوم، واعتقلت شابين.")
    ev = _one(evs, "COERCE")
    assert (ev["location"] or {}).get("name_en") != "Al Madīnah", ev["location"]


# «هجوم على قرية X»: the place attacked is where the attack is


def test_the_village_attacked_is_the_place_of_the_attack(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوشنّت مجموعة مسلحة، فجر اليوم، هجوماً برياً على قرية الشحرورة في ريف اللاذقية الشمالي، ما أدى إلى "
        "مقتل جنديين."), "ASSAULT")
    assert ev["location"]["text"] == "قرية الشحرورة", ev["why"]["location"]


def test_a_headline_attack_on_a_countryside_is_told_in_a_part_of_it(events_of):
    # the body attacks villages (its own governing place) in a part of the headline's place («ريف جسر الشغور الغربي»
    # of «ريف جسر الشغور»): one event, not two
    evs = events_of(
        "مقتل قيادي في «جيش العزة» بعبوة ناسفة وسط مدينة إدلب.. وغارات روسية على ريف جسر الشغور\n"
        "قُتل القيادي في «جيش العزة» محمود العلي، صباح اليوم، إثر انفجار عبوة ناسفة زُرعت أسفل سيارته في حي الضبيط "
        "بمدينة إدلب.\nوفي ريف جسر الشغور الغربي، شنت طائرات حربية روسية، فجر اليوم، سلسلة غارات جوية على قريتي "
        "الكندة والعالية ومحيطهما، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert len(_of(evs, "ASSAULT")) == 2, [(e["evidence"]["trigger"]["text"], e["location"]) for e in evs]


def test_places_are_compatible_when_the_later_sentence_names_a_part_of_the_place():
    from marsad.events.merge import _places_compatible, place_key
    from marsad.text.normalize import norm

    def keys(*names):
        return frozenset(place_key(norm(n)) for n in names)

    a = {"type": "ASSAULT", "location": {"_norm": norm("ريف جسر الشغور")}, "_places": keys("ريف جسر الشغور")}
    b = {"type": "ASSAULT", "location": {"_norm": norm("قريتي الكندة")}, "_place_strong": True,
         "_places": keys("ريف جسر الشغور الغربي", "قريتي الكندة")}
    assert _places_compatible(a, b)
    c = {**b, "_places": keys("ريف حماة الغربي", "قريتي الكندة")}
    assert not _places_compatible(a, c)


# who died or was hurt


def test_the_counted_subject_of_a_dying_verb_is_the_victim(events_of):
    # «عسكريين» is no actor's name, but counted it still names who died
    ev = _one(events_of("عنوان الخبر\nواستشهد ثلاثة عسكريين، صباح اليوم، جراء انفجار عبوة ناسفة بسيارتهم."), "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == ["ثلاثة عسكريين"], ev["why"]["actors"]


def test_the_wounded_named_before_a_time_are_the_victims_of_the_blast(events_of):
    ev = _one(events_of("عنوان الخبر\nوأُصيب ثلاثة مواطنين بجروح، ظهر اليوم، إثر انفجار لغم بسيارتهم أثناء جمعهم الكمأة."),
              "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == ["ثلاثة مواطنين"], ev["why"]["actors"]


def test_the_killed_come_before_the_wounded_joined_to_them(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nاستُشهد خمسة مدنيين، بينهم امرأة، وأصيب أكثر من عشرين آخرين، عصر أمس، جراء قصف مدفعي على "
        "البلدة."), "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == ["خمسة مدنيين"], ev["why"]["actors"]


def test_one_person_hurt_by_an_attack_noun_with_its_preposition_written_on_it(events_of):
    ev = _one(events_of("عنوان الخبر\nوأصيب فتى في الرابعة عشرة من عمره برصاص قناص عند دوار الحلوانية ظهر اليوم."),
              "ASSAULT")
    assert [a["text"] for a in ev["recipient"]][:1] == ["فتى"], ev["why"]["actors"]
    ev = _one(events_of("عنوان الخبر\nوأصيب ثلاثة أطفال بقصف صاروخي شنّته طائرات روسية على قرية الكندة."), "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == ["ثلاثة أطفال"], ev["why"]["actors"]


# what an attack hit: a state's nisba on the target, and the genitive of a target noun


def test_a_states_nisba_on_the_target_names_whose_it_is(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوردّت «قوات تحرير عفرين» باستهداف قاعدة عسكرية تركية قرب قرية كلجبرين بصواريخ موجهة."), "ASSAULT")
    assert [a.get("actor") for a in ev["recipient"]] == ["TUR"] or [a.get("name_en") for a in ev["recipient"]] == [
        "Turkey"], ev["recipient"]
    assert [a["text"] for a in ev["source"]] == ["قوات تحرير عفرين"]


def test_the_genitive_of_a_target_noun_is_not_the_attacker(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوردّت «قسد» باستهداف مواقع الميليشيات الإيرانية في محيط مدينة الميادين بقذائف الهاون."), "ASSAULT")
    assert [a["text"] for a in ev["source"]] == ["قسد"], ev["why"]["actors"]
    assert [a["text"] for a in ev["recipient"]] == ["الميليشيات الإيرانية"], ev["why"]["actors"]


# the person named after a noun of abduction or arrest


def test_the_person_after_an_abduction_noun_is_its_patient(events_of):
    ev = _one(events_of("عنوان الخبر\nوتحدثت صفحات محلية عن اختطاف طبيب كردي من عيادته في حي الأشرفية مساء الخميس."),
              "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == ["طبيب كردي"], ev["why"]["actors"]
    ev = _one(events_of("عنوان الخبر\nوأفادت مصادر محلية باعتقال خطيب الجامع الكبير في بلدة بنش، مساء أمس."), "COERCE")
    assert [a["text"] for a in ev["recipient"]] == ["خطيب الجامع الكبير"], ev["why"]["actors"]


def test_an_arrest_named_as_the_cause_of_a_protest_is_the_arrest_told_before(events_of):
    evs = events_of(
        "عنوان الخبر\nوأطلقت قوات الأمن عملية تفتيش واسعة في قرى الريف، أسفرت عن اعتقال 11 مشتبهاً بهم، صباح اليوم.\n"
        "وتجمّع العشرات من أهالي القرى، ظهر اليوم، أمام مبنى البلدية، احتجاجاً على اعتقال ثلاثة من أبنائهم خلال عملية "
        "التفتيش.")
    assert len(_of(evs, "COERCE")) == 1, [(e["evidence"]["trigger"]["text"], e["recipient"]) for e in _of(evs, "COERCE")]


# agents: the genitive of a masdar before its accusative object; whose leftovers a mine was


def test_the_genitive_before_an_accusative_count_is_the_agent(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوتداولت صفحات محلية أنباء عن اختطاف مسلحين مجهولين شابين من قرية البهلولية في ريف اللاذقية."),
        "ASSAULT")
    assert [a["text"] for a in ev["source"]] == ["مسلحين مجهولين"], ev["why"]["actors"]
    assert [a["text"] for a in ev["recipient"]] == ["شابين"], ev["why"]["actors"]


def test_whose_leftover_mine_killed_is_the_source(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأُصيب ثلاثة مواطنين بجروح، ظهر اليوم، إثر انفجار لغم من مخلفات تنظيم داعش بسيارتهم."), "ASSAULT")
    assert [a["text"] for a in ev["source"]] == ["تنظيم داعش"], ev["why"]["actors"]
    ev = _one(events_of("عنوان الخبر\nوقُتل طفلان بانفجار قذيفة من مخلفات الحرب في بلدة كفرنبل."), "ASSAULT")
    assert not ev["source"], ev["source"]


# what a threat threatens is its content, not an event of its own


def test_what_a_threat_threatens_is_no_event(events_of):
    evs = events_of("عنوان الخبر\nوهدد قائد اللواء، في تسجيل صوتي تداوله ناشطون اليوم، باقتحام مقرات المجموعة في "
                    "البلدة «في حال لم تسلّم المطلوبين».")
    assert _of(evs, "THREATEN")
    assert not _of(evs, "COERCE"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]
    evs = events_of("عنوان الخبر\nفي حين هدّد المحتجون بإغلاق الطريق الدولي مجدداً «إذا لم تصل شحنات الوقود».")
    assert _of(evs, "THREATEN") and not _of(evs, "COERCE")


def test_an_act_told_after_a_threat_in_its_own_clause_stays(events_of):
    # (a guard: a verb trigger between the threat and the noun makes the noun the verb's, not the threat's)
    evs = events_of("عنوان الخبر\nوهدد القائد بالرد، ثم شنت قواته هجوماً على مواقع الفصائل بالصواريخ في ريف حلب.")
    assert _of(evs, "ASSAULT"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


def test_a_plan_word_after_its_conjunction_still_plans(events_of):
    # «ومن المقرر أن …» with its «و»: the multi-word cue is matched as a run of words
    ev = _one(events_of("عنوان الخبر\nومن المقرر أن تقتحم القوات البلدة خلال أيام."), "COERCE")
    assert ev["factuality"] == "planned", ev["why"]["factuality"]


def test_what_is_promised_or_planned_is_no_event(events_of):
    evs = events_of("عنوان الخبر\nوتعهّد الوفد بتوزيع ثلاثة آلاف سلة غذائية على المخيمات الأكثر حاجة خلال أيام.")
    assert _of(evs, "AGREE") and not _of(evs, "AID"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]
    evs = events_of("عنوان الخبر\nوأعلنت الوزارة القبض على خلية من خمسة أشخاص خططت لاستهداف مساجد في المنطقة الشرقية.")
    assert not _of(evs, "ASSAULT"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]
    evs = events_of("عنوان الخبر\nوقال الجيش إن المسلحين كانا يخططان لتنفيذ هجمات ضد قواته في المنطقة.")
    assert not _of(evs, "ASSAULT"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


def test_mines_cleared_are_no_attack(events_of):
    evs = events_of("عنوان الخبر\nوأعلن مشروع «مسام» لنزع الألغام أن فرقه انتزعت خلال الشهر الماضي أكثر من ثمانمئة لغم "
                    "وعبوة ناسفة من مديريات الساحل.")
    assert not _of(evs, "ASSAULT"), [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


def test_a_tally_of_operations_is_no_event(events_of):
    evs = events_of("عنوان الخبر\nووثّق المرصد خلال أيلول الماضي وحده 41 عملية ومحاولة اغتيال في المحافظة، قُتل فيها 29 "
                    "شخصاً.")
    assert not _of(evs, "ASSAULT"), [(e["type"], e["factuality"]) for e in evs]
    evs = events_of("عنوان الخبر\nفيما وثّق ناشطون أكثر من ثلاثين عملية اغتيال طالت مدنيين وعناصر من «قسد».")
    assert not _of(evs, "ASSAULT"), [(e["type"], e["factuality"]) for e in evs]


def test_a_few_strikes_counted_are_still_one_raid(events_of):
    # (a guard: only operations counted by five or more, or by «عشرات», are a tally)
    ev = _one(events_of("عنوان الخبر\nوشنت طائرات حربية روسية، فجر اليوم، ثلاث غارات على بلدة كفرنبل في ريف إدلب."),
              "ASSAULT")
    assert ev["factuality"] == "asserted"


# an event named as what someone intercepted, forestalled or covered is the event told before


def test_who_intercepts_a_protest_did_not_hold_it(events_of):
    evs = events_of(
        "عنوان الخبر\nوخرج مئات المحتجين، عقب صلاة الجمعة اليوم، في مظاهرة وسط مدينة إدلب للمطالبة بالإفراج عن "
        "المعتقلين.\nوأفاد شهود عيان بأن عناصر يتبعون للهيئة اعترضوا المظاهرة قرب مبنى الحكومة.")
    assert len(_of(evs, "PROTEST")) == 1, [(e["evidence"]["trigger"]["text"], e["source"]) for e in evs]
    evs = events_of(
        "عنوان الخبر\nواحتشد آلاف المحتجين، عقب صلاة الجمعة اليوم، في دوار السبع بحرات وسط مدينة إدلب.\nواستبقت "
        "الهيئة المظاهرة بنشر عشرات العناصر الملثمين عند مداخل الساحة.")
    assert len(_of(evs, "PROTEST")) == 1, [(e["evidence"]["trigger"]["text"], e["source"]) for e in evs]


def test_a_union_is_an_actor(events_of):
    ev = _one(events_of("عنوان الخبر\nوهددت النقابة بالإضراب الشامل إذا لم تُصرف الرواتب المتأخرة."), "THREATEN")
    assert [a["text"] for a in ev["source"]] == ["النقابة"], ev["why"]["actors"]


def test_a_span_since_told_in_another_clause_dates_no_act(events_of):
    # «منذ شهرين» is when the salaries stopped, in the clause before the threat: the threat is not two months old
    ev = _one(events_of(
        "عنوان الخبر\nويحتج العاملون على تأخر صرف رواتبهم منذ شهرين، وهدّد ممثلون عنهم بتوسيع الإضراب ليشمل قسم "
        "الإسعاف."), "THREATEN")
    assert not (ev["date"] or {}).get("text", "").startswith("منذ"), ev["date"]


@pytest.mark.parametrize("text", [
    # «منذ ساعات الصباح» between commas: today's shelling going on since the morning
    "وتعرضت أطراف بلدة الخيام، منذ ساعات الصباح، لقصف مدفعي إسرائيلي متقطع.",
    # «ومنذ أيام،» opening the sentence: «days ago»
    "ومنذ أيام، نفّذ الطيران الحربي سلسلة غارات استهدفت مواقع الفصائل في ريف إدلب.",
])
def test_a_span_that_still_dates_the_act(events_of, text):
    # (guards of the rule above)
    ev = _one(events_of("عنوان الخبر\n" + text), "ASSAULT")
    assert (ev["date"] or {}).get("text", "").startswith("منذ"), ev["date"]


def test_a_time_across_in_hin_belongs_to_the_other_clause(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوطلب الوجهاء مهلة أسبوع للتشاور، على أن يُعقد لقاء ثانٍ بين الجانبين في بلدة المشنف يوم الثلاثاء "
        "المقبل، في حين رفض ممثلو «رجال الكرامة» العرض الروسي."), "REJECT")
    assert ev["factuality"] in ("asserted", "reported"), ev["why"]["factuality"]
    assert (ev["date"] or {}).get("text") != "يوم الثلاثاء المقبل", ev["date"]


# the one addressed by a joined verb of demand, past a «لـ» genitive, a number or a second addressee


def test_the_addressees_of_a_joined_demand(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأدانت الوزارة الغارة وتقدّمت بشكوى إلى مجلس الأمن، وطالبت الدول الراعية للقرار 1701 بـ«الضغط "
        "على إسرائيل»."), "REQUEST")
    assert [a["text"] for a in ev["source"]] == ["الوزارة"], ev["why"]["actors"]
    assert "الدول الراعية" in " ".join(a["text"] for a in ev["recipient"]), ev["why"]["actors"]
    ev = _one(events_of(
        "عنوان الخبر\nوأدان المجلس الرئاسي الاشتباكات، وطالب رئاسة الأركان العامة ووزارة الداخلية بـ«اتخاذ الإجراءات "
        "الكفيلة»."), "REQUEST")
    assert [a["text"] for a in ev["source"]] == ["المجلس الرئاسي"], ev["why"]["actors"]


# a verb joined after another verb's object shares that verb's subject; «الاقتراب من» is approaching, not imminence


def test_a_joined_verb_after_an_object_shares_the_first_subject(events_of):
    # (the cordon is an event of its own since session 44: the arrest is the one tested)
    ev = next(e for e in events_of(
        "عنوان الخبر\nوفرضت الأجهزة الأمنية طوقاً حول المبنى المستهدف ومنعت الصحفيين من الاقتراب منه، واعتقلت شاباً "
        "كان يصوّر آثار الدمار.") if e["type"] == "COERCE" and e["evidence"]["trigger"]["text"] == "واعتقلت")
    assert [a["text"] for a in ev["source"]] == ["الأجهزة الأمنية"], ev["why"]["actors"]
    assert ev["factuality"] == "asserted", ev["why"]["factuality"]


def test_imminence_still_plans(events_of):
    # (a guard: «مع اقتراب موعد …» is still a plan cue)
    ev = _one(events_of("عنوان الخبر\nومع اقتراب موعد الانتخابات، تعتزم الأحزاب تنظيم مظاهرة حاشدة."), "PROTEST")
    assert ev["factuality"] == "planned"


# an agreement named as one in force is no act of agreeing


@pytest.mark.parametrize("text", [
    "وتتعرض المدينة لقصف شبه يومي من قوات النظام، رغم سريان اتفاق وقف إطلاق النار الموقّع في آذار 2020.",
    "واتهم الحزب، في بيان أصدره مساء اليوم، لجنة الإشراف على تنفيذ اتفاق وقف إطلاق النار بـ«التغاضي عن الخروقات».",
    "وحمّلت الإدارة، في بيان، الجانب الروسي، «الضامن لاتفاق وقف إطلاق النار»، مسؤولية «التصعيد المستمر».",
])
def test_an_agreement_in_force_is_no_event(events_of, text):
    evs = events_of("عنوان الخبر\n" + text)
    assert not [e for e in evs if e["type"] in ("AGREE", "CONCEDE")], [(e["type"], e["factuality"]) for e in evs]


# districts named by «مديرية» (Yemen) and «قضاء» (Iraq), not the departments a «مديرية» heads


def test_a_district_named_by_its_admin_word_is_the_place(events_of):
    ev = _one(events_of("عنوان الخبر\nقُتل جنديان، فجر اليوم، بهجوم مسلح على نقطة أمنية في مديرية دوعن غربي المحافظة."),
              "ASSAULT")
    assert ev["location"]["text"] == "مديرية دوعن", ev["why"]["location"]
    ev = _one(events_of("عنوان الخبر\nقُتل ثلاثة أشخاص في نزاع عشائري بقضاء المجر الكبير جنوبي المحافظة."), "ASSAULT")
    assert ev["location"]["text"] == "قضاء المجر الكبير", ev["why"]["location"]


def test_a_department_of_a_directorate_is_no_place():
    from marsad.ner.patterns import find_patterns

    for text in ("وأعلنت مديرية الصحة في المحافظة", "وقالت مديرية أمن سرت في بيان", "وأعلنت مديرية الأرصاد الجوية"):
        assert not [p for p in find_patterns(text) if p.kind == "place"], text


def test_the_one_asked_after_a_statement_parenthetical(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوكانت النقابة قد طالبت، في بيان أصدرته مساء الإثنين، الحكومة ووزارة المالية بـ«صرف الرواتب "
        "المتأخرة»."), "REQUEST")
    assert [a["text"] for a in ev["source"]] == ["النقابة"], ev["why"]["actors"]
    assert ev["recipient"] and ev["recipient"][0]["text"] == "الحكومة", ev["why"]["actors"]
