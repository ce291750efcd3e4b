"""Session 19: classes of language from the error analysis of the team sets (docs/events.md § Session 19)."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import one_of_type as _one

# one event per real event: a telling the detection model doubts, right after the act


def test_a_doubted_telling_right_after_the_act_is_the_act(events_of):
    text = ("مقتل مزارعين بقصف مسيّرة قرب بلدة الكرك\n"
            "قُتل مزارعان، صباح اليوم، جراء قصف نفّذته طائرة مسيّرة على سيارة زراعية قرب بلدة الكرك الشرقي في ريف "
            "درعا، بحسب مصادر محلية.\n"
            "وذكرت مديرية الصحة، في بيان مقتضب، أن «طائرة مسيّرة» استهدفت «سيارة من نوع بيك آب» على الطريق الزراعي، "
            "ما أسفر عن «سقوط ضحايا»، من دون أن تحدد الجهة التي تعود إليها الطائرة.")
    ev = _one(events_of(text), "ASSAULT")
    assert ev["factuality"] in ("asserted", "reported")
    assert "استهدفت" in [t["text"] for t in ev["evidence"]["triggers"]]


def test_a_doubted_telling_with_its_own_attacker_stays_apart(all_events_of):
    # (a guard: a later telling that names an attacker of its own is left to the other rules)
    text = ("مقتل مزارعين بقصف مسيّرة قرب بلدة الكرك\n"
            "قُتل مزارعان، صباح اليوم، جراء قصف نفّذته طائرة مسيّرة على سيارة زراعية قرب بلدة الكرك الشرقي في ريف "
            "درعا، بحسب مصادر محلية.\n"
            "وكانت قوات النظام قد قصفت بالمدفعية الثقيلة بلدة الكرك الشرقي في آب من العام الماضي.")
    evs = _of(all_events_of(text), "ASSAULT")
    assert len(evs) == 2


# what a threat promises, across a parenthetical that is not a time


@pytest.mark.parametrize(
    "sentence",
    [
        "وهدد قائد اللواء، في تسجيل صوتي تداوله ناشطون اليوم، باقتحام مقرات المجموعة في البلدة.",
        "وهددت الحركة، في بيان نشرته على معرّفاتها الرسمية، بقصف المستوطنات الحدودية.",
    ],
)
def test_a_threat_across_a_parenthetical_is_planned(all_events_of, sentence):
    # (session 19: the threatened act was a planned event; since session 24 it is the threat's content and no event)
    evs = all_events_of("عنوان الخبر\n" + sentence)
    assert [e["type"] for e in evs] == ["THREATEN"], [(e["type"], e["evidence"]["trigger"]["text"]) for e in evs]


# an agreement in force or signed long ago, referred to in background, is no event


@pytest.mark.parametrize(
    "sentence",
    [
        "وحمّل وجهاء البلدة روسيا وتركيا، بصفتهما الدولتين الضامنتين لاتفاق «أستانة»، المسؤولية عن استمرار القصف.",
        "ولم يُنفَّذ حتى اليوم البند الخاص بالأسرى في «اتفاق الرياض» الموقّع أواخر عام 2019، رغم جولات التفاوض.",
    ],
)
def test_a_standing_agreement_is_no_event(events_of, all_events_of, sentence):
    text = "عنوان الخبر\n" + sentence
    assert [e["factuality"] for e in _of(all_events_of(text), "AGREE")] == ["historical"]
    assert not _of(events_of(text), "AGREE")


def test_an_agreement_signed_today_is_an_event(events_of):
    # (a guard: the act of agreeing told as done stays)
    ev = _one(events_of("عنوان الخبر\nووقّع الطرفان، مساء أمس، اتفاقاً لوقف إطلاق النار في المدينة."), "AGREE")
    assert ev["factuality"] == "asserted"


# «هجوم» in a statement: an attack repelled or foiled is armed; the condemner is not the attacker


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المجلس، في بيان، إن عناصره تصدّوا لهجوم مرتزقة الاحتلال التركي.",
        "وقالت القيادة في بيان إن قواتها أحبطت هجوماً لعناصر التنظيم.",
    ],
)
def test_an_attack_repelled_is_no_verbal_attack(all_events_of, sentence):
    types = [(e["type"], e["evidence"]["trigger"]["text"]) for e in all_events_of("عنوان الخبر\n" + sentence)]
    assert any(t == "ASSAULT" and "هجوم" in w for t, w in types), types
    assert not any(t == "ACCUSE" and "هجوم" in w for t, w in types), types


def test_a_verbal_attack_in_a_statement_stays_verbal(events_of):
    # (a guard: «هاجم» with no weapon, casualty or target in a statement is still a verbal attack)
    evs = events_of("عنوان الخبر\nوقال الوزير في بيان إن النائب هاجم الحكومة بسبب موقفها من الانتخابات.")
    assert _of(evs, "ACCUSE") and not _of(evs, "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "دانت الحكومة الهجوم على المدرسة.",
        "وأدان مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»، في بيان، «الهجوم بالقذائف على سوق مكتظ بالمدنيين "
        "في المدينة».",
    ],
)
def test_who_condemns_an_attack_did_not_carry_it_out(all_events_of, sentence):
    ev = _one(all_events_of("عنوان الخبر\n" + sentence), "ASSAULT")
    assert ev["source"] == []


# a noun of undergoing has no agent: its genitive is who was killed, also before «بقصف … على …»


@pytest.mark.parametrize(
    ("headline", "killed"),
    [
        ("مقتل مزارعين بقصف مسيّرة قرب بلدة الكرك", "مزارعين"),
        ("مقتل مدنيين بقصف للنظام على ريف إدلب", "مدنيين"),
    ],
)
def test_the_genitive_of_a_killing_is_the_killed(all_events_of, headline, killed):
    ev = _one(all_events_of(headline + "\nنص الخبر."), "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] == [killed]
    assert killed not in [a["text"] for a in ev["source"]]


# munitions are no names: a CRF span that starts with a munition noun is dropped, so its attack is found


@pytest.mark.parametrize(
    "sentence",
    [
        "وسقطت قذيفتان صاروخيتان على أطراف قرية الزوية.",
        "وفي جنوب المحافظة، سقطت قذيفتا هاون، فجر اليوم، على أطراف قرية الزوية.",
    ],
)
def test_shells_that_fell_are_an_attack_not_a_person(nlp, all_events_of, sentence):
    from marsad.doc import Document

    text = "عنوان الخبر\n" + sentence
    doc = nlp(Document(text=text, id="e1", published="2024-01-02"))
    assert not [m.text for m in doc.mentions if m.kind == "person"]
    assert _of(all_events_of(text), "ASSAULT")


# two sides of one sentence: the side that was hit strikes back; what the answer names is the act told before


def test_the_side_hit_striking_back_in_the_same_sentence_is_another_event(events_of):
    evs = _of(events_of("عنوان الخبر\nوقصفت قوات النظام بالمدفعية، صباح اليوم، قرى سهل الغاب، ما أدى إلى مقتل مدني، فيما "
                        "ردت فصائل المعارضة باستهداف مواقع لقوات النظام في بلدة جورين."), "ASSAULT")
    assert len(evs) == 2
    assert [a["text"] for a in evs[1]["source"]] == ["فصائل المعارضة"]
    assert [a["text"] for a in evs[1]["recipient"]] == ["قوات النظام"]


def test_the_act_an_answer_names_in_its_sentence_is_the_act_told_before(all_events_of):
    evs = _of(all_events_of("قتيلان بقصف تركي على قرية الهوشان\n"
                            "قُتل مدنيان، صباح اليوم، بقصف مدفعي تركي استهدف قرية الهوشان في ريف عين عيسى.\n"
                            "وقالت قسد في بيان إن عشرات القذائف سقطت على قرى الهوشان وصيدا، وإن مقاتليها استهدفوا نقاطاً "
                            "للقوات التركية في محيط بلدة سلوك رداً على القصف."), "ASSAULT")
    assert "القصف" in [t["text"] for t in evs[0]["evidence"]["triggers"]]
    assert not any(e["evidence"]["trigger"]["text"] == "القصف" for e in evs)


def test_a_town_named_suluk_is_no_condition(events_of):
    # «سلوك» (س + لو + ك) holds «لو» (if) only as a stem: «لو» is read as a whole word
    ev = _one(events_of("عنوان الخبر\nوتعرضت بلدة سلوك لقصف مدفعي تركي مساء أمس."), "ASSAULT")
    assert ev["factuality"] != "hypothetical"
    # (a guard: «لو» as a word still makes a condition)
    evs = events_of("عنوان الخبر\nولو قصفت القوات التركية البلدة لسقط عشرات الضحايا.")
    assert [e["factuality"] for e in _of(evs, "ASSAULT")] == ["hypothetical"]


# lexicon: «إسقاط» with its subject before the aircraft; the ransom of a kidnapping is no request


def test_shooting_down_with_the_subject_between_is_an_attack(all_events_of):
    evs = all_events_of("عنوان الخبر\nونفت مصادر في وزارة الدفاع صحة ما تداولته حسابات مقرّبة من التنظيم عن إسقاط «وحدات "
                        "حماية الشعب» طائرة مسيّرة تركية قرب عين العرب.")
    assert [e["factuality"] for e in _of(evs, "ASSAULT")] == ["negated"]
    # (a guard: toppling a government is no aircraft shot down)
    assert not _of(all_events_of("عنوان الخبر\nوطالب المحتجون بإسقاط الحكومة ومحاسبة المسؤولين."), "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "وتشهد المنطقة ارتفاعاً في عمليات الخطف بهدف الابتزاز وطلب الفدية منذ مطلع العام.",
        "وطلب الخاطفون فدية مالية قدرها مئة ألف دولار للإفراج عنه.",
    ],
)
def test_a_ransom_is_no_request(all_events_of, sentence):
    # (the first case is a guard: the purpose cue «بهدف» already kept it from being an asserted request)
    assert not _of(all_events_of("عنوان الخبر\n" + sentence), "REQUEST")


# what an arrest or a dismissal is for: the criticism or the charge given as its cause is no event told


@pytest.mark.parametrize(
    "sentence",
    [
        "واعتقلت دورية تابعة للأمن السياسي، مساء أمس، مدرّساً من أبناء المدينة على خلفية منشورات على فيسبوك انتقد فيها "
        "الفساد في مؤسسات الدولة.",
        "واعتُقل الناشط من منزله بعد ساعات من نشره مقطعاً مصوّراً انتقد فيه تغوّل الجهاز الأمني.",
    ],
)
def test_the_criticism_an_arrest_is_for_is_no_event(events_of, sentence):
    evs = events_of("عنوان الخبر\n" + sentence)
    assert _of(evs, "COERCE") and not _of(evs, "ACCUSE")


def test_a_criticism_told_is_an_event(events_of):
    # (a guard: a criticism told as done stays)
    assert _of(events_of("عنوان الخبر\nوانتقد وزير الخارجية، في مؤتمر صحفي، الموقف الأوروبي من الأزمة."), "ACCUSE")


# a town the gazetteer does not know, named by its settlement word in the event's sentence, is the event's place


def test_a_town_named_by_its_settlement_word_is_the_place(events_of):
    evs = _of(events_of("قصف على ريف حلب\nقصفت قوات النظام، صباح اليوم، مدينة الأتارب في ريف حلب الغربي.\n"
                        "وفي سياق متصل، قُتل مدنيان، مساء أمس، بقصف مدفعي استهدف بلدة كفرعمّة المجاورة."), "ASSAULT")
    assert len(evs) == 2
    assert evs[1]["location"]["text"] == "بلدة كفرعمّة"


# the headline's strike told in the body: «معلمو المدينة» is «المعلمون»; «بدأ X … إضراباً» names who strikes


_STRIKE = (
    "مقتل شاب برصاص مجهولين في المدينة.. ومعلمو المدينة يبدأون إضراباً شاملاً عن العمل\n"
    "قُتل شاب في العشرين من عمره، مساء أمس، برصاص مسلحين مجهولين في حي الروضة بمدينة تعز.\n"
    "وقال مصدر طبي إن الشاب فارق الحياة قبل وصوله إلى المستشفى.\n"
    "وأفاد شهود عيان بأن المسلحين لاذوا بالفرار.\n"
    "ولم تعلن أي جهة مسؤوليتها عن الحادثة حتى الآن.\n"
    "وفي سياق آخر، بدأ المعلمون في مدارس مدينة تعز والمديريات المجاورة، صباح اليوم الخميس، إضراباً شاملاً عن العمل احتجاجاً على تأخر صرف الرواتب."
)


def test_a_headline_strike_told_in_the_body_is_one_event(events_of):
    ev = _one(events_of(_STRIKE), "PROTEST")
    assert ev["factuality"] == "asserted"
    assert len(ev["evidence"]["triggers"]) >= 1


def test_who_begins_a_strike_strikes(events_of):
    ev = _one(events_of("عنوان الخبر\nوفي سياق آخر، بدأ المعلمون في مدارس مدينة تعز والمديريات المجاورة، صباح اليوم "
                        "الخميس، إضراباً شاملاً عن العمل احتجاجاً على تأخر صرف الرواتب."), "PROTEST")
    assert [a["text"] for a in ev["source"]] == ["المعلمون"]


def test_rounds_of_infighting_are_no_talks(all_events_of):
    text = "عنوان الخبر\nوكثيراً ما تتحول الخلافات بين القوى المسلحة في المخيم إلى جولات اقتتال في أزقته الضيقة."
    assert not _of(all_events_of(text), "CONSULT")
    # (a guard: a round of talks is a meeting)
    assert _of(all_events_of("عنوان الخبر\nواختتم المبعوث جولة مباحثات في المنطقة."), "CONSULT")


# «كما» + verb: the article adds another act of the day, it does not tell the last one again


def test_also_another_act_is_another_event(events_of):
    evs = _of(events_of("اشتباكات في ريف المدينة\n"
                        "هاجمت عناصر من الميليشيا، فجر اليوم، مواقع للجيش في جبهة الكسارة غرب مدينة مأرب، ما أدى إلى "
                        "مقتل جنديين.\n"
                        "كما استهدفت مدفعية الجيش، خلال ساعات الصباح، تجمعات وتحركات للمسلحين في مناطق المشجح وهيلان "
                        "غرب المدينة."), "ASSAULT")
    assert len(evs) == 2
    assert evs[1]["evidence"]["trigger"]["text"] == "استهدفت"
    assert evs[1]["factuality"] == "asserted"


# a denied or rumoured act told after the day's report is placed and dated like any other act of the report


def test_a_denied_or_rumoured_act_takes_the_reports_place_and_date(events_of):
    evs = events_of("قصف على ريف حماة\n"
                    "قصفت قوات النظام، صباح اليوم الثلاثاء، بلدة اللطامنة في ريف حماة الشمالي، ما أدى إلى مقتل مدني.\n"
                    "وفي سياق متصل، نفت وزارة الدفاع أن تكون قواتها قد اعتقلت أي مدني في البلدة خلال الحملة.\n"
                    "وتداولت صفحات محلية أنباء غير مؤكدة عن انسحاب قوات النظام من محيط البلدة.")
    denied, rumoured = _one(evs, "COERCE"), _one(evs, "RETREAT")
    assert denied["factuality"] == "negated" and rumoured["factuality"] == "rumored"
    for e in (denied, rumoured):
        assert (e["location"] or {}).get("text") == "بلدة اللطامنة"
    assert (denied["date"] or {}).get("value") == "2024-01-02"


# who is threatened or accused: «المليشيا» spelled without its first ي; the object after a pronoun subject («لكنها»)


def test_the_militia_spelled_short_is_an_actor(events_of):
    ev = _one(events_of("عنوان الخبر\nوتوعّد المتحدث باسم الجيش، في بيان، «المليشيا المتمردة» بأن تدفع ثمن جرائمها."),
              "THREATEN")
    assert [a["text"] for a in ev["recipient"]] == ["المليشيا المتمردة"]


def test_after_a_pronoun_subject_the_actor_is_the_object(events_of):
    ev = _one(events_of("عنوان الخبر\nورحّبت الحكومة اليمنية، في بيان صادر عن مجلس الوزراء، بالاتفاق، لكنها اتهمت "
                        "المليشيا الحوثية بالمماطلة في ملف المختطفين."), "ACCUSE")
    assert [a["text"] for a in ev["source"]] == ["الحكومة اليمنية"]
    assert [a["text"] for a in ev["recipient"]] == ["المليشيا الحوثية"]


# whom a threat is aimed at, read in what it promises: its condition's subject, the object of the hostile act


@pytest.mark.parametrize(
    ("sentence", "aimed"),
    [
        ("وهدد رئيس اللجنة الأمنية خلال الاجتماع بشن عملية عسكرية واسعة على البلدة في حال رفض الفصائل تسليم السلاح.",
         "الفصائل"),
        ("وهدد وجهاء العشيرة، في تسجيل مصور، بالتصعيد الشامل وطرد عناصر قسد من القرى.", "عناصر قسد"),
        ("وهدد الوزير بأن بلاده لن تتردد في القيام بما يلزم إذا لم تلق وحدات حماية الشعب سلاحها.", "وحدات حماية الشعب"),
    ],
)
def test_whom_a_threat_is_aimed_at(events_of, sentence, aimed):
    ev = _one(events_of("عنوان الخبر\n" + sentence), "THREATEN")
    assert [a["text"] for a in ev["recipient"]] == [aimed]


# what an attack verb hit, when it is no actor, is the recipient


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("وتحدثت صفحات محلية عن غارة أخرى استهدفت قافلة شاحنات قرب مطار الضمير العسكري.", "قافلة شاحنات"),
        ("وكان مسلحون مجهولون قد خطفوا، مساء الخميس الماضي، موظفاً في مصلحة الجمارك من أمام منزله.", "موظفاً"),
        ("واستهدفت قوات الأسد بطائرة مسيّرة انتحارية، مساء أمس، دراجة نارية يستقلها شابان.", "دراجة نارية"),
    ],
)
def test_what_an_attack_hit_is_its_recipient(all_events_of, sentence, hit):
    ev = _one(all_events_of("عنوان الخبر\n" + sentence), "ASSAULT")
    assert [a["text"] for a in ev["recipient"]] and ev["recipient"][0]["text"].startswith(hit)


def test_an_actor_hit_stays_the_recipient(events_of):
    # (a guard: an actor after the verb is still the recipient, not a phrase around it)
    ev = _one(events_of("عنوان الخبر\nواستهدفت طائرة مسيّرة تركية، مساء أمس، عناصر من قوات سوريا الديمقراطية قرب القامشلي."),
              "ASSAULT")
    assert any("قوات سوريا الديمقراطية" in a["text"] for a in ev["recipient"])


def test_the_safe_areas_hit_are_a_phrase_not_the_security_forces(events_of):
    ev = _one(events_of("عنوان الخبر\nقصف المسلحون المناطق الآمنة في الريف أمس."), "ASSAULT")
    assert [(a["text"], a["actor"]) for a in ev["recipient"]] == [("المناطق الآمنة", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "ورصد المركز عملية قصف واحدة من قبل المسلحين في منطقة إدلب.",
        "واستهدفت طائرات مجهولة يعتقد أنها إسرائيلية مواقع قرب المطار.",
        "وقال إن العدوان الذي استهدف العدوان الإسرائيلي السابق كان أعنف.",
    ],
)
def test_no_hit_phrase_from_a_masdar_an_adjective_or_the_act(all_events_of, sentence):
    # (guards of the hit phrase: a bare «قصف» with no subject is the masdar; an adjective of the subject or the act
    # itself is no object)
    for e in _of(all_events_of("عنوان الخبر\n" + sentence), "ASSAULT"):
        assert not any(a["text"] in ("واحدة", "مجهولة", "العدوان الإسرائيلي") for a in e["recipient"]), e["recipient"]
