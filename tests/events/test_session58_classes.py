"""Session 58: classes of language from the errors of the dev sets (docs/events.md § Session 58).
The texts are the team's own."""

from __future__ import annotations

import pytest

# the act a time is counted from («بعد ثلاثة أيام على هجوم …») is another act than the one its sentence tells: an
# event of its own, dated that time before the later act, with what the sentence tells after it (a relative clause on
# its victim) as its own


def _assaults(events):
    return [e for e in events if e["type"] == "ASSAULT"]


@pytest.mark.parametrize(("text", "day"), [
    ("وشنّ الجيش أمس غارات على مواقع المسلحين في ريف حلب، وذلك بعد ثلاثة أيام على هجوم انتحاري استهدف حاجزاً "
     "للشرطة في مدينة الباب.", "2023-12-29"),
    ("وشنّ الجيش أمس غارات على مواقع المسلحين في ريف حلب، بعد يومين من تفجير سيارة مفخخة عند حاجز للشرطة في "
     "مدينة الباب.", "2023-12-30"),
])
def test_the_act_a_time_is_counted_from_is_another_dated_before(events_of, text, day):
    strikes, counted = sorted(_assaults(events_of(text)), key=lambda e: e["evidence"]["trigger"]["start"])
    assert strikes["date"]["value"] == "2024-01-01"
    assert counted["date"]["value"] == day


def test_a_time_counted_in_hours_keeps_the_day(events_of):
    text = ("وشنّ الجيش أمس غارات على مواقع المسلحين في ريف حلب، بعد ساعات على هجوم انتحاري استهدف حاجزاً للشرطة في "
            "مدينة الباب.")
    days = {e["date"]["value"] for e in _assaults(events_of(text))}
    assert days == {"2024-01-01"}


def test_what_the_sentence_tells_after_the_counted_act_is_that_acts(events_of):
    text = ("انفجرت عبوة ناسفة صباح اليوم عند حاجز للجيش في بلدة العطشانة، ما أدى إلى إصابة ثلاثة جنود.\n"
            "وجاء التفجير بعد ساعات على اغتيال مختار البلدة، الذي أطلق عليه مسلحان النار أمام منزله، وذلك قرابة "
            "العاشرة من مساء أمس.")
    by_mode = {e.get("mode"): e for e in _assaults(events_of(text))}
    assert set(by_mode) == {"explosives", "assassinate"}
    killing = by_mode["assassinate"]
    assert killing["date"]["value"] == "2024-01-01"
    assert killing["source"] and "مسلحان" in killing["source"][0]["text"]
    assert "مسلحان" not in " ".join(a["text"] for a in by_mode["explosives"]["source"])


def test_a_definite_act_counted_from_still_refers_back(events_of):
    # guard: «وبعد ساعات من الكمين، …» names the ambush told before; what the sentence tells after it is that ambush
    text = ("نصب مسلحون كميناً لحافلة عسكرية على طريق البلدة فجر اليوم، ما أدى إلى مقتل خمسة جنود.\n"
            "وبعد ساعات من الكمين، قال التنظيم في بيان إن عناصره استهدفوا الحافلة بالقذائف الصاروخية.")
    assert len(_assaults(events_of(text))) == 1


# a headline telling two acts of the type by two kinds («تفجير … بعد ساعات على اغتيال …»): a mention of one kind below
# is the headline's act of that kind, not the last one it names


def test_a_mention_goes_to_the_headline_act_of_its_own_kind(all_events_of):
    text = ("تفجير عبوة ناسفة عند حاجز للجيش في العطشانة بعد ساعات على اغتيال مختار البلدة\n"
            "العطشانة – «الرصد»: انفجرت عبوة ناسفة، صباح اليوم، عند حاجز للجيش على المدخل الشمالي لبلدة العطشانة، ما "
            "أدى إلى إصابة ثلاثة جنود، بحسب مصدر محلي.\n"
            "وكان مسلحان قد اغتالا مختار البلدة بإطلاق النار عليه أمام منزله مساء أمس.")
    by_mode = {e.get("mode"): e for e in _assaults(all_events_of(text))}
    assert {"explosives", "assassinate"} <= set(by_mode)
    lead = text.index("انفجرت")
    bomb = by_mode["explosives"]["evidence"]
    starts = {t["start"] for t in [bomb["trigger"], *bomb.get("triggers", [])]}
    assert lead in starts
    assert text.index("اغتيال") not in starts


# the unnamed attackers told by a dual («مسلحان»، «ملثمان») are unnamed like their plurals: a later telling that names
# the attacker fills them in


def test_dual_unnamed_attackers_are_named_later(events_of):
    text = ("اغتال مسلحان يستقلان دراجة نارية مختار قرية الهري أمام منزله مساء اليوم. وقال مصدر أمني إن الاغتيال "
            "نفذه تنظيم «داعش».")
    (e,) = _assaults(events_of(text))
    assert "داعش" in e["source"][0]["text"]


# «حمّل X Y مسؤولية الاغتيال» (in construct, not only «المسؤولية عن»): whom a statement holds responsible is accused,
# not the attacker the article told


def test_whom_a_statement_holds_responsible_is_not_the_attacker(events_of):
    text = ("اغتال مسلحون مجهولون مختار قرية الهري أمام منزله مساء اليوم.\n"
            "وحمّل المجلس المحلي، في بيان نشره على صفحته، «هيئة تحرير الشام» مسؤولية الاغتيال.")
    (e,) = _assaults(events_of(text))
    assert "مسلحون" in e["source"][0]["text"]


# «أخلى … سبيل» with its subject (and a time) in the gap is a release, as «أطلق … سراح» is; a gap never reaches a
# noun that a preposition governs («أخلوا المنازل في سبيل النجاة»)


@pytest.mark.parametrize("text", [
    "وأخلت المحكمة العسكرية، صباح اليوم، سبيل الناشطين الثلاثة بكفالة مالية.",
    "وأخلت السلطات سبيل الموقوفين الخمسة بعد التحقيق معهم.",
])
def test_a_gapped_release_of_custody(events_of, text):
    assert [e["mode"] for e in events_of(text) if e["type"] == "RETREAT"] == ["release"]


def test_a_gap_does_not_reach_a_prepositions_noun(events_of):
    assert not [e for e in events_of("وقال إن الأهالي أخلوا المنازل في سبيل النجاة بأطفالهم.") if e["type"] == "RETREAT"]


# declining to confirm, deny or speak («رفض المصدر تأكيد عدد القتلى أو نفيه») is no rejection, as declining to
# comment is not (refusing to disclose something stays one: tests/events/test_counts_and_formulas.py)


@pytest.mark.parametrize("text", [
    "فيما رفض مصدر في المستشفى تأكيد عدد الجثث أو نفيه.",
    "ورفض المتحدث باسم الوزارة التصريح لوسائل الإعلام حول الحادثة.",
])
def test_declining_to_confirm_is_no_rejection(events_of, text):
    assert not [e for e in events_of(text) if e["type"] == "REJECT"]


def test_a_rejection_of_a_demand_stays(events_of):
    # guard: «رفضت الحكومة مطالب المحتجين» is a rejection
    assert [e for e in events_of("ورفضت الحكومة مطالب المحتجين بإقالة المحافظ.") if e["type"] == "REJECT"]


# what the بـ-complement of a request noun asks for («نقل الوفد طلباً صريحاً بانسحاب مقاتليه») has not happened; the
# genitive of the noun is no such complement («طلبات تعويض … عن غارة جوية»)


def test_what_a_request_noun_asks_for_is_no_event(events_of):
    kinds = {e["type"] for e in events_of("ونقل الوفد إلى قيادة الفصيل طلباً صريحاً بانسحاب مقاتليه من البلدة.")}
    assert "REQUEST" in kinds and "RETREAT" not in kinds


def test_an_act_after_a_request_nouns_genitive_stays(events_of):
    # guard
    text = "وقدّم البرنامج طلبات تعويض نيابة عن عائلتين تضررتا في غارة جوية على الحي."
    assert [e for e in events_of(text) if e["type"] == "ASSAULT"]


# a force withdrawing its men («سحبت القيادة جنودها»): the men are its own, no recipient


def test_the_men_a_force_withdraws_are_no_recipient(events_of):
    (e,) = [e for e in events_of("وسحبت القيادة العسكرية جنودها من النقطة أمس.") if e["type"] == "RETREAT"]
    assert e["mode"] == "withdraw" and not e["recipient"]


# «فتحت/لم تفتح السلطات معبر …» (the subject in the gap): the opening of a crossing, negated or not, also when the
# crossing's name is a place the gazetteer knows (the name is the phrase's object, the verb outside it)


@pytest.mark.parametrize(("text", "fact"), [
    ("ولم تفتح السلطات معبر رفح البري أمام العالقين على جانبي الحدود.", "negated"),
    ("وفتحت السلطات التركية معبر باب السلامة أمام النازحين صباح اليوم.", "asserted"),
    ("وفتحت القوات الحكومية المنفذ الحدودي أمام الشاحنات التجارية أمس.", "asserted"),
])
def test_the_opening_of_a_crossing_with_its_subject_between(events_of, text, fact):
    (e,) = [e for e in events_of(text) if e["type"] == "RETREAT"]
    assert e["mode"] == "access" and e["factuality"] == fact and e["source"]


def test_a_gap_does_not_reach_past_ala(events_of):
    # guard: nor past «على» (the crossing is where the incident was, not what was opened)
    assert not [e for e in events_of("وفتحت الشرطة تحقيقاً في الحادث الذي وقع على المعبر.") if e["type"] == "RETREAT"]


# «نشر» deploys when what follows is a force or checkpoints of one («ونشرت الشرطة قوة إضافية»، «سيطرات إضافية»), not
# when it publishes («نشرت الوزارة بياناً حول نقاط الخلاف»)


@pytest.mark.parametrize("text", [
    "ونشرت الشرطة قوة إضافية في محيط السجن.",
    "ونشرت قيادة الشرطة سيطرات إضافية قرب المستشفيات.",
])
def test_deploying_a_force_or_checkpoints(events_of, text):
    assert [e for e in events_of(text) if e["type"] == "MOBILIZE"]


def test_publishing_is_no_deployment(events_of):
    # guard
    assert not [e for e in events_of("ونشرت الوزارة بياناً حول نقاط الخلاف مع النقابة.") if e["type"] == "MOBILIZE"]


# a plural verb after its subject and a circumstantial clause set off by commas («إن المسلحين، وكانوا ثلاثة …،
# أطلقوا …») has that subject


@pytest.mark.parametrize("text", [
    "وأفاد المراسل بأن المسلحين، وكانوا ثلاثة يستقلون سيارة بلا لوحات، أطلقوا أكثر من عشرين رصاصة على السيارة.",
    "وقال شهود إن المهاجمين، وهم ثلاثة شبان، أطلقوا عشرات الرصاصات على الحاجز.",
])
def test_a_subject_before_a_circumstantial_clause(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["source"] and e["source"][0]["text"] in ("المسلحين", "المهاجمين")


# an agreement named by its violation («مسؤولية «الخرق المتكرر» لاتفاق وقف إطلاق النار») is one in force, not a truce
# told: also with the violation definite, an adjective after it and quote marks around it


def test_a_violated_agreement_is_one_in_force(events_of):
    text = "وحمّلت الجبهة روسيا مسؤولية «الخرق المتكرر» لاتفاق وقف إطلاق النار الموقّع في موسكو في آذار الماضي."
    assert not [e for e in events_of(text) if e["type"] in ("CONCEDE", "AGREE")]


def test_an_agreement_announced_stays(events_of):
    # guard
    assert [e for e in events_of("وأعلن الطرفان اتفاق وقف إطلاق النار في البلدة اليوم.") if e["type"] in ("CONCEDE", "AGREE")]


# a trigger phrase in the construct state with a definite genitive («وبدأت أعمال الشغب، …») is a definite noun: the
# riot told before, not another one


@pytest.mark.parametrize(("text", "definite"), [
    ("وبدأت أعمال الشغب، وفق روايات النزلاء، حين رفض بعضهم العودة.", True),
    ("واندلعت أعمال شغب في قاعتين من قاعات السجن ليل أمس.", False),
    ("ونفّذت الشرطة حملة الدهم في الحي الشمالي.", True),
])
def test_a_construct_phrase_with_a_definite_genitive_is_definite(text, definite):
    from frame_helpers import setup

    _words, trigs, _actors = setup(text)
    (t,) = [t for t in trigs if t.pos == "p"]
    assert t.definite is definite


# attending a meeting («حضر/لم يحضر … الاجتماع») with a long subject between, or an indefinite meeting noun


@pytest.mark.parametrize("text", [
    "ولم يحضر أي ممثل عن اللجنة القضائية الاجتماع الذي دعا إليه المرشحون.",
    "ولم يحضر أي ممثل عن عائلة القتيلين اجتماع اليوم.",
])
def test_not_attending_a_meeting_with_a_long_subject(events_of, text):
    assert [e["factuality"] for e in events_of(text) if e["type"] == "CONSULT"] == ["negated"]
