"""Session 6: the live report of news tickers and leads — an opening source and a present-tense reporting verb
(«مراسلنا يفيد بـ …»، «مصادر محلية تؤكد …»، «الوزارة تعلن …») — tells a specific event happening now, whatever the
detection model (trained on newspaper prose, which has no such sentences) makes of it."""

from __future__ import annotations

import pytest

from marsad.events.extract import _live_report
from marsad.text.normalize import norm
from tests.events.wordlist import words_of

_words = words_of


@pytest.mark.parametrize("text", [
    "مصادر محلية تفيد باستهداف طائرة مسيرة سيارة على طريق البلدة.",
    "مراسلنا يفيد بأن الطيران الحربي قصف مواقع المسلحين في ريف المدينة.",
    "وزارة الدفاع تعلن إسقاط طائرتين مسيرتين فوق القاعدة الجوية.",
    "مصادر أهلية تؤكد وقوع انفجار في مستودع للذخيرة قرب المطار.",
])
def test_a_live_report_keeps_the_event_the_model_doubts(events_of, text):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert e["factuality"] in ("asserted", "reported")
    assert any("live report" in w for w in e["why"]["factuality"])


@pytest.mark.parametrize(("text", "verb"), [
    ("مصادر محلية تفيد باستهداف سيارة", 2),
    ("وزير الخارجية ، فلان الفلاني ، يكشف أن الوفد وصل", 6),
])
def test_the_reporting_verb_after_the_opening_source_is_found(text, verb):
    assert _live_report(_words(text)) == verb


@pytest.mark.parametrize("text", [
    "ولم توضح الوزارة سبب الهجوم على القاعدة",     # a negated verb tells nothing
    "ويقول محللون إن الهجمات ستتواصل",             # commentary verbs are not in the list
    "تفيد المصادر بأن القصف استمر",                 # no source before the verb: ordinary VSO prose
    "وقال الوزير إن المصادر تؤكد مقتل ثلاثة",       # the verb is inside reported speech, not after the opening source
    "الجيش الذي يعلن كل يوم عن عملياته",            # a relative clause, not a report
])
def test_no_live_report(text):
    assert _live_report(_words(text)) is None


def test_a_doubted_event_without_a_live_report_is_still_relabelled(all_events_of, events_of):
    # (session 34: a definite noun so relabelled, told once, undated and with no agent named, is output only with the
    # generic events)
    e = next(e for e in all_events_of("ولم توضح الوزارة سبب الهجوم على القاعدة.") if e["type"] == "ASSAULT")
    assert e["factuality"] not in ("asserted", "reported")
    assert not [e for e in events_of("ولم توضح الوزارة سبب الهجوم على القاعدة.") if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "الفصائل المسلحة تستهدف حاجزاً للجيش على طريق البلدة بالقذائف.",
    "الطيران الحربي يشن غارات على أطراف البلدة الشرقية.",
])
def test_a_lead_in_the_present_tense_tells_the_act_itself(events_of, text):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert e["factuality"] in ("asserted", "reported")


@pytest.mark.parametrize("text", [
    "الفصائل تواصل استهداف مواقع الجيش في ريف المدينة منذ أسابيع.",  # a verb of duration: a campaign, not one event
    "هذا هو نهج المسلحين، يقتلون المدنيين ثم يبكون عليهم",            # a pronoun opens it
    "ثم ها هو يخرج المسلحين إلى الشوارع",                             # a particle opens it
])
def test_no_live_report_after_a_verb_of_duration_a_pronoun_or_a_particle(events_of, text):
    evs = events_of(text)
    assert evs  # there is an event to judge: the check below cannot pass on an empty list
    for e in evs:
        assert not any("live report" in w for w in e["why"]["factuality"])


@pytest.mark.parametrize("text", [
    "غارة جوية تستهدف مستودعاً للذخيرة قرب مطار المدينة.",
    "هجوم واسع للفصائل على مواقع الجيش في الريف الشرقي.",
])
def test_a_headline_opening_with_the_act_is_kept(events_of, text):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert e["factuality"] in ("asserted", "reported")
    assert any("headline" in w for w in e["why"]["factuality"])


def test_a_masdar_commented_on_by_a_relative_clause_is_no_headline():
    from marsad.events.extract import _headline
    from marsad.events.triggers import find_triggers
    words = _words("اختطاف الرجل الذي لم يكن مقاتلا جاء للحصول على معلومات")
    t = next(t for t in find_triggers(words) if t.first == 0)
    assert not _headline(words, t)
    words = _words("اختطاف ثلاثة صيادين قرب الشاطئ")
    t = next(t for t in find_triggers(words) if t.first == 0)
    assert _headline(words, t)



@pytest.mark.parametrize(("text", "typ"), [
    ("فيما يتوقع المراقبون أن يدعو الرئيس إلى انتخابات مبكرة.", "REQUEST"),
    ("ومن المتوقع أن يلتقي الوزير نظيره التركي غداً.", "CONSULT"),
])
def test_an_expected_act_is_planned(events_of, text, typ):
    e = next(e for e in events_of(text) if e["type"] == typ)
    assert e["factuality"] == "planned"


def test_an_act_amid_expectations_is_planned(events_of):
    text = "تبدأ اليوم في موسكو المباحثات بين وزير الخارجية الروسي ونظيره السعودي وسط توقعات بالتوصل إلى تسوية للأزمة."
    e = next(e for e in events_of(text) if e["type"] == "AGREE")
    assert e["factuality"] == "planned"


@pytest.mark.parametrize(("text", "typ", "label"), [
    ("واستقبله آنذاك رئيس الوزراء في مكتبه.", "CONSULT", "historical"),        # at that time
    ("كما تدرس وزارة العدل إصدار لائحة اتهام بحق المسؤولين.", "ACCUSE", "planned"),  # under consideration
    ("وعرقلة عودة اللاجئين إلى الاتفاق في ما بينهم.", "AGREE", "hypothetical"),  # what is obstructed
])
def test_deliberation_obstruction_and_then(events_of, text, typ, label):
    e = next(e for e in events_of(text) if e["type"] == typ)
    assert e["factuality"] == label


def test_a_raid_and_what_it_answers_keep_their_own_days(events_of):
    # «أغارت على» is an attack; the time inside «رداً على … أطلقت الثلاثاء» is the rockets' day, not the raid's
    text = "وادّعى الجيش، فجر الأربعاء، أن طائراته أغارت على مخازن أسلحة قرب الحدود رداً على صواريخ أطلقت الثلاثاء من هناك."
    evs = {e["evidence"]["trigger"]["text"]: e for e in events_of(text) if e["type"] == "ASSAULT"}
    assert evs["أغارت"]["date"]["text"] == "فجر الأربعاء"
    assert evs["صواريخ"]["date"]["text"] == "الثلاثاء"


@pytest.mark.parametrize(("text", "typ", "label"), [
    ("وأضاف المرصد أن الضربات الجوية أسفرت عن مقتل 5120 مدنياً منذ مطلع السنة.", "ASSAULT", "generic"),  # a toll
    ("فكلما تم توقيف الشاحنات من قبل الشرطة تدخلت المخابرات.", "COERCE", "generic"),  # whenever
    ("ضغوط على الحكومة تدفعها للسعي إلى اتفاق مع المعارضة.", "AGREE", "planned"),  # striving for
])
def test_tolls_habits_and_aims(all_events_of, text, typ, label):
    e = next(e for e in all_events_of(text) if e["type"] == typ)
    assert e["factuality"] == label


def test_a_statement_issued_by_him_is_no_confiscation(events_of):
    assert not [e for e in events_of("وأضاف المبعوث في بيان صادر عنه اليوم أن الوضع خطير.") if e["type"] == "COERCE"]


def test_a_leader_and_his_group_are_one_actor(roles_of):
    rec = roles_of("وأمضى الرئيس سنوات في التفاوض على السلام مع زعيم حزب العمال الكردستاني.", "CONSULT")[1]
    assert rec == ["PKK"]


# Session 7: a live verb reports its own clause only.  The trigger must not lie after a clause that begins
# between them (a relative pronoun, a verb of speech, a coordinated present-tense verb), nor far after the verb
# when an earlier trigger of its type is what the verb reports.
def _live_clause(text: str, trigger_word: str) -> bool:
    from marsad.events.extract import _in_live_clause
    from marsad.events.triggers import find_triggers

    words = _words(text)
    live = _live_report(words)
    assert live is not None  # the sentence opens as a live report: the check below is about the clause
    trigs = find_triggers(words)
    t = next(t for t in trigs if words[t.head].norm == norm(trigger_word))
    return _in_live_clause(words, live, t, [o for o in trigs if o.type == t.type])


@pytest.mark.parametrize(("text", "trigger"), [
    # a coordinated present-tense verb opens a new clause: a warning, not the report
    ("المتحدث باسم الفصائل يؤكد أن المعارك مستمرة ويحذر من تحويل المدينة إلى ساحة للاغتيالات", "للاغتيالات"),
    # a relative clause recalls earlier attacks
    ("مصادر محلية تؤكد خلو المستودعات التي استهدفها القصف من الأسلحة", "القصف"),
    # a verb of speech in between: someone else's words
    ("الجيش يعلن اعتراض طائرة مسيرة والمحللون يقولون إن الهجمات ستزيد", "الهجمات"),
    # far after an earlier act of the same type the verb reports: a motive recalled, not a second report
    ("وزارة الدفاع تعلن تدمير مقرات للمسلحين في ريف المحافظة الشمالي بالتعاون مع الحلفاء ردا على قصفهم القرى", "قصفهم"),
])
def test_a_trigger_outside_the_live_verbs_clause_is_not_kept(text, trigger):
    assert not _live_clause(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("مصادر محلية تفيد باستهداف طائرة مسيرة سيارة على طريق البلدة", "باستهداف"),
    # a coordinated live verb reports in turn; a coordinated verb of the act itself tells the act
    ("الوزارة تنشر صوراً من عمليات الجيش في الريف الشمالي وتعلن إسقاط طائرتين مسيرتين", "إسقاط"),
    ("عشيرة البلدة تعلن النفير وتبدأ هجوماً على مواقع المسلحين", "هجوماً"),
    # the first act of its type the verb reaches, however long the subject before it
    ("مصادر محلية تفيد بأن القاعدة العسكرية الكبيرة في الحقل النفطي شمال شرق المدينة القديمة استهدفت فجراً", "استهدفت"),
    # a list continued with «و»
    ("مصادر محلية تؤكد اندلاع اشتباكات عنيفة في المدينة بين الجيش والمسلحين في مواجهة القوات الأجنبية، واستهداف قواعدها", "واستهداف"),
])
def test_a_trigger_in_the_live_verbs_clause_is_kept(text, trigger):
    assert _live_clause(text, trigger)


@pytest.mark.parametrize("text", [
    "وأفاد مراسل الميادين في سوريا بتعرض شاحنة لقصف مباشر في قرية صغيرة تابعة لمدينة البوكمال.",
    "وقال مراسلنا في سوريا إن قصفاً استهدف قرية صغيرة قرب مدينة البوكمال.",
])
def test_where_the_correspondent_works_is_not_the_events_place(events_of, text):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert e["location"] is not None and e["location"]["text"] != "سوريا"


@pytest.mark.parametrize(("text", "typ", "fact"), [
    ("وتعتزم القوات اقتحام البلدة خلال أيام.", "ASSAULT", "planned"),            # an intention (storming a town: an assault;
    # «وهدد الفصيل باقتحام البلدة» is since session 24 the threat's content and no event of its own)
    ("وفي حال هاجمت القوات البلدة فإن الفصائل سترد بقوة.", "ASSAULT", "hypothetical"),  # «وفي حال»: with its و
    ("وتداولت صفحات محلية أنباء عن اغتيال قائد الفصيل في المدينة.", "ASSAULT", "rumored"),
    ("ورجحت مصادر أن يكون الانفجار ناتجاً عن قصف مدفعي.", "ASSAULT", "rumored"),    # a guess, not a report
    ("ولم تتمكن القوات من اقتحام البلدة رغم الحصار.", "ASSAULT", "negated"),         # could not
    ("ويتعرض المدنيون في المنطقة للقصف بشكل يومي.", "ASSAULT", "generic"),           # a two-word habit
    ("ويحذر المسؤول من تحويل البلدة إلى ساحة للاغتيالات.", "ASSAULT", "hypothetical"),  # what a warning is about
])
def test_factuality_classes_of_session_7(all_events_of, text, typ, fact):
    evs = [e for e in all_events_of(text) if e["type"] == typ]
    assert evs and all(e["factuality"] == fact for e in evs)


def test_an_arena_noun_two_words_back_is_no_governor():
    from marsad.events.factuality import classify
    from marsad.events.triggers import find_triggers

    for text, generic in (("وقال إن بلاده حاضرة في الساحة الدولية وترفض التدخل في شؤونها", False),
                          ("وتحولت المدينة منذ سنوات إلى ساحة للاغتيالات", True)):
        words = _words(text)
        t = next(t for t in find_triggers(words) if t.type in ("REJECT", "ASSAULT"))
        assert (classify(words, t)[0] == "generic") is generic


@pytest.mark.parametrize("text", [
    "وفي ستينات القرن الماضي اعتقلت السلطات آلاف المعارضين في العاصمة.",
    "وشهدت المدينة في الثمانينات قصفاً عنيفاً دمر أحياءها القديمة.",
])
def test_a_past_era_makes_it_historical(events_of, text):
    evs = [e for e in events_of(text) if e["type"] in ("ASSAULT", "COERCE")]
    assert evs and all(e["factuality"] == "historical" for e in evs)
