"""Session 26: classes of language from the errors of set 26, opened as a dev set (docs/events.md § Session 26).  The
texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import texts as _texts


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


# a warning that is a threat: «حذّر … من أنه سيـ…/لن …»; a warning of a danger is none


@pytest.mark.parametrize("text, source", [
    ("وحذّر مجلس العشائر، في بيان تلاه أحد أعضائه، من أنه سيدعو إلى إغلاق الطريق أمام الشاحنات إذا لم تتخذ "
     "الحكومة إجراءات لضبط الحدود.", "مجلس"),
    ("وحذّرت قيادة الشرطة في بيان مساء اليوم من أنها «لن تتهاون» مع أي محاولة جديدة لقطع الطريق.", "الشرطة"),
    ("وحذر ممثلو الطلاب في كلمة ألقوها من أنهم سيعلنون إضراباً مفتوحاً إذا أقدمت الإدارة على فصل زملائهم.",
     "ممثلو الطلاب"),
])
def test_a_warning_of_ones_own_act_is_a_threat(events_of, text, source):
    threats = _of_type(events_of("عنوان الخبر\n" + text), "THREATEN")
    assert len(threats) == 1, threats
    assert source in " ".join(_texts(threats[0]["source"])), threats[0]["why"]["actors"]
    assert threats[0]["factuality"] == "asserted", threats[0]["why"]["factuality"]


@pytest.mark.parametrize("text", [
    "وحذّرت منظمات إنسانية من كارثة صحية في المخيم مع ارتفاع درجات الحرارة.",
    "وحذّر مسؤولون محليون من أن استمرار القصف سيؤدي إلى موجة نزوح جديدة.",
    # the pronoun agrees with the object, not with the warner: a forecast about the states, no threat
    "وحذّر المسؤولون البلدات الحدودية من أنها ستواجه شتاءً صعباً بلا وقود.",
    "وحذّرت المنظمة من أن شبح المجاعة بات واقعاً في الشمال.",
])
def test_a_warning_of_a_danger_is_no_threat(events_of, text):
    assert not _of_type(events_of("عنوان الخبر\n" + text), "THREATEN")


def test_the_threatened_party_is_the_subject_of_the_condition(events_of):
    threats = _of_type(events_of(
        "عنوان الخبر\nوحذّر وجهاء من عشائر المنطقة، في بيان تلاه أحدهم، من أن أبناءهم «سيقاتلون» إذا تقدّمت القوات "
        "السورية داخل أراضيهم."),
        "THREATEN")
    assert len(threats) == 1, threats
    assert any("القوات السورية" in t for t in _texts(threats[0]["recipient"])), threats[0]["why"]["actors"]


def test_a_warning_is_not_the_content_of_the_warning_before_it(events_of):
    threats = _of_type(events_of(
        "الأسرى يحذرون من خطوات تصعيدية في مواجهة القمع والفصائل تحذر من أنها لن تسمح بالاستفراد بهم\nنص الخبر."),
        "THREATEN")
    assert threats and threats[0]["factuality"] == "asserted", [t["why"]["factuality"] for t in threats]


# «خطوط التماس» (the front lines) is no electrical contact: the sentence's attack stays


def test_the_front_lines_are_no_accident(events_of):
    ev = _of_type(events_of(
        "عنوان الخبر\nلقي خمسة عناصر حتفهم، مساء أمس، إثر كمين استهدف حافلة عسكرية على طريق أثريا، وفق ما أفاد به "
        "مراسل «خطوط التماس»."), "ASSAULT")
    assert ev, "the ambush was dropped as an accident"


# a statement's verb takes no agent from a relative clause about the act it is about; two verbs side by side are one


def test_two_verbs_side_by_side_are_one_statement_of_one_subject(events_of):
    accuse = _of_type(events_of(
        "عنوان الخبر\nوالمجلس المحلي في البلدة يشجب ويستنكر القصف الذي نفذه الاحتلال على المزارعين في الوادي."),
        "ACCUSE")
    assert len(accuse) == 1, accuse
    assert _texts(accuse[0]["source"]) == ["المجلس المحلي"], accuse[0]["why"]["actors"]


def test_a_speech_verb_takes_no_agent_from_a_clause_about_its_words(events_of):
    threats = _of_type(events_of(
        "عنوان الخبر\nوحذر الطلاب في كلمة ألقوها من أنهم سيعلنون إضراباً مفتوحاً إذا أقدمت الإدارة على فصلهم."), "THREATEN")
    assert len(threats) == 1, threats
    assert _texts(threats[0]["source"]) == ["الطلاب"], threats[0]["why"]["actors"]


def test_an_attack_verb_still_takes_its_agent_from_the_clause_after_it(events_of):
    # (a guard: «قُتلوا … بهجوم مسلح نفّذه مجهولون»: who killed them is named after the attack noun)
    ev = _of_type(events_of(
        "عنوان الخبر\nوكان ثلاثة جنود قد قُتلوا، مساء الخميس الماضي، بهجوم مسلح نفّذه مجهولون على نقطة أمنية قرب "
        "مدينة لودر."), "ASSAULT")
    assert ev and any("مجهولون" in t for t in _texts(ev[0]["source"])), ev


# aid told as planned: a convoy dispatched («تسيير قافلة»), heating fuel distributed, tankers handed over


@pytest.mark.parametrize("text", [
    "ومن المقرر أن تسيّر جمعية خيرية، يوم الخميس المقبل، قافلة جديدة تضم عشرين شاحنة محمّلة بالطحين إلى المخيم.",
    "ويُنتظر أن يبدأ فرع الهلال الأحمر، مطلع الأسبوع المقبل، توزيع مادة المازوت المخصصة للتدفئة على العائلات.",
    "ومن المنتظر أن تسلّم منظمة دولية، يوم الأحد المقبل، ثلاثة صهاريج لنقل المياه إلى بلدية المدينة.",
])
def test_planned_aid(events_of, text):
    aid = _of_type(events_of("عنوان الخبر\n" + text), "AID")
    assert len(aid) == 1 and aid[0]["factuality"] == "planned", aid


# blame laid on someone; a threat told by a participle; a participle's subject and object


def test_laying_the_blame_accuses(events_of):
    accuse = _of_type(events_of(
        "عنوان الخبر\nوألقت الكتيبة، في بيان نشرته على صفحتها، باللائمة على عصابات التهريب في الهجوم."), "ACCUSE")
    assert len(accuse) == 1 and any("عصابات" in t for t in _texts(accuse[0]["recipient"])), accuse


@pytest.mark.parametrize("text, source, recipient", [
    ("وأصدرت الكتيبة بياناً عن الهجوم، متوعدةً بملاحقة الجناة في عمق الصحراء.", "الكتيبة", None),
    ("وقال مسؤول عسكري إن قواته أسقطت الطائرة، متوعّداً الميليشيات بردّ قاسٍ.", None, "الميليشيات"),
])
def test_a_threatening_participle(events_of, text, source, recipient):
    threats = _of_type(events_of("عنوان الخبر\n" + text), "THREATEN")
    assert len(threats) == 1, threats
    if source:
        assert any(source in t for t in _texts(threats[0]["source"])), threats[0]["why"]["actors"]
    if recipient:
        assert any(recipient in t for t in _texts(threats[0]["recipient"])), threats[0]["why"]["actors"]


@pytest.mark.parametrize("text", [
    "وتجمّعت نحو عشرين امرأة أمام مبنى البلدية في المدينة، مطالباتٍ المحافظ بالكشف عن مصير أبنائهن.",
    "وأعلنت قبائل المنطقة، في لقاء موسع عقد اليوم، النفير العام، مطالبةً المحافظ بتسليم المتورطين.",
])
def test_a_feminine_demanding_participle_asks_the_actor_after_it(events_of, text):
    req = _of_type(events_of("عنوان الخبر\n" + text), "REQUEST")
    assert req and _texts(req[0]["recipient"]) == ["المحافظ"], [r["why"]["actors"] for r in req]
    assert "المحافظ" not in _texts(req[0]["source"])


# arson («أضرم … النار في …») is an attack on property; praise told by a participle supports


def test_setting_fire_to_fields_is_an_attack(events_of):
    ev = _of_type(events_of(
        "عنوان الخبر\nوفي ريف المدينة الغربي، أضرم مجهولون النار، ليل السبت، في حقول قمح تعود لعائلات عائدة."), "ASSAULT")
    assert len(ev) == 1 and ev[0]["mode"] == "destroy", ev
    assert any("مجهولون" in t for t in _texts(ev[0]["source"])), ev[0]["why"]["actors"]


def test_a_praising_participle_supports(events_of):
    sup = _of_type(events_of(
        "عنوان الخبر\nوأصدرت الوزارة بياناً عن الحادثة، مشيدةً بجهود فرق الدفاع المدني في إخماد الحريق."), "SUPPORT")
    assert len(sup) == 1 and "الوزارة" in _texts(sup[0]["source"]), sup


# the deaths' time is the blast's; an event noun defined by its place is the event told there; victims before «ضحايا»


def test_the_time_of_the_deaths_is_the_time_of_the_blast_that_caused_them(events_of):
    ev = _of_type(events_of(
        "ثلاثة أطفال ضحايا قنبلة من مخلفات الحرب قرب البلدة\nقضى ثلاثة أطفال أشقاء، عصر أمس الإثنين، إثر انفجار قنبلة "
        "عنقودية من مخلفات الحرب بهم في أرض زراعية قرب بلدة حيش، بحسب مصدر طبي."), "ASSAULT")
    assert len(ev) == 1 and ev[0]["factuality"] == "asserted", [e["why"]["factuality"] for e in ev]
    assert ev[0]["date"]["value"] == "2024-01-01", ev[0]["date"]


def test_an_event_noun_defined_by_its_place_refers_to_the_event_told_there(events_of):
    events = events_of(
        "عنوان الخبر\nقُتل طفلان، فجر اليوم، بانفجار لغم من مخلفات الحرب في بلدة حيش، بحسب الدفاع المدني.\n"
        "وفي بلدة التح، اندلع اشتباك بالأسلحة الخفيفة بين عائلتين، مساء أمس، ما أسفر عن مقتل رجل.\n"
        "وعن ملابسات انفجار حيش، قال مسؤول في الدفاع المدني إن اللغم روسي الصنع.")
    blast = next(e for e in _of_type(events, "ASSAULT") if "حيش" in (e["location"] or {}).get("text", ""))
    assert "انفجار" in [t["text"] for t in blast["evidence"].get("triggers", [])], blast["evidence"]


def test_the_actor_before_dahaya_is_the_victim(all_events_of):
    ev = _of_type(all_events_of("ثلاثة أطفال ضحايا قنبلة عنقودية قرب حيش\nنص الخبر."), "ASSAULT")
    assert ev and not ev[0]["source"], ev[0]["why"]["actors"] if ev else ev


# «فتح … النار على …» (opened fire on) is an attack; an inquiry opened into a fire is none


def test_opening_fire_is_an_attack(events_of):
    ev = _of_type(events_of(
        "عنوان الخبر\nوفي المدينة، فتح عناصر أحد الحواجز النار، ظهر اليوم، على شاب حاول الفرار بدراجته فأردوه قتيلاً."),
        "ASSAULT")
    assert len(ev) == 1 and ev[0]["mode"] == "firearms", ev


# a gathering with a demand is a protest; a force «sent in groups of its men» is mobilised


def test_a_gathering_with_a_demand_is_a_protest(events_of):
    ev = _of_type(events_of(
        "عنوان الخبر\nوتجمّعت نحو ثلاثين امرأة من ذوي المعتقلين، قبيل الظهر، أمام مبنى المحافظة في المدينة، مطالباتٍ "
        "المحافظ بالكشف عن مصير أبنائهن."), "PROTEST")
    assert len(ev) == 1, ev


def test_sending_groups_of_ones_men_mobilises(events_of):
    ev = _of_type(events_of(
        "عنوان الخبر\nودفعت الميليشيا، خلال اليومين الماضيين، بمجموعات من عناصرها إلى ثلاث بلدات في الريف الجنوبي."),
        "MOBILIZE")
    assert len(ev) == 1, ev


@pytest.mark.parametrize("text, count", [
    ("ومن المنتظر أن تصل إلى مدينة حماة، نهاية الأسبوع الجاري، قافلة تضم اثنتي عشرة شاحنة محمّلة بالمواد الغذائية، "
     "أرسلتها المنظمة الدولية للهجرة من العاصمة.", 1),
    # (a guard: a convoy of munitions is no aid)
    ("ووصلت إلى مدينة حماة قافلة عسكرية تضم عشر شاحنات محمّلة بالذخائر أرسلتها وزارة الدفاع.", 0),
])
def test_a_convoy_of_trucks(events_of, text, count):
    assert len(_of_type(events_of("عنوان الخبر\n" + text), "AID")) == count


def test_striking_with_an_iron_fist_is_a_threat_made_now(events_of):
    threats = _of_type(events_of(
        "عنوان الخبر\nوأكد الوزير، في تصريح للوكالة، أن الأجهزة الأمنية «ستضرب بيد من حديد كل من يعبث بأمن الوطن»."),
        "THREATEN")
    assert len(threats) == 1 and threats[0]["factuality"] == "asserted", threats


# «وفي سياق قصف منزل …، …»: the paragraph goes back to the event told at that place; a soldiers' class noun in a
# headline and the named army of the lead are one side


def test_a_follow_up_frame_refers_back_to_the_event_told_at_its_place(events_of):
    events = events_of(
        "عنوان الخبر\nاستشهد ستة مدنيين، فجر اليوم، بقصف إسرائيلي استهدف منزلاً في جباليا البلد شمالي قطاع غزة.\n"
        "وفي بيت لاهيا، أصيب ثلاثة صيادين برصاص زوارق الاحتلال قبالة الشاطئ.\n"
        "وفي سياق قصف منزل جباليا البلد، أعلن الناطق باسم الدفاع المدني انتشال جثامين الشهداء من تحت الأنقاض.")
    attacks = _of_type(events, "ASSAULT")
    assert len(attacks) == 2, [(e["evidence"]["trigger"]["text"], e["why"].get("merged")) for e in attacks]
    assert not any("الناطق" in t for e in attacks for t in _texts(e["source"])), [e["source"] for e in attacks]


def test_a_class_of_soldiers_does_not_contradict_a_named_army(events_of):
    events = events_of(
        "مقتل خمسة جنود بانفجار عبوة ناسفة على طريق أفجوي.. وغارة جوية على تجمع للمسلحين قرب قوريولي\n"
        "مقديشو – «نافذة شبيلي»: لقي خمسة جنود من الجيش الوطني الصومالي مصرعهم، صباح اليوم، إثر انفجار عبوة ناسفة "
        "استهدفت عربتهم على طريق أفجوي.")
    attacks = _of_type(events, "ASSAULT")
    assert len(attacks) == 2, [e["evidence"]["trigger"]["text"] for e in attacks]  # the blast and the air strike
    assert any("لقي" in [t["text"] for t in e["evidence"].get("triggers", [])] for e in attacks), attacks


@pytest.mark.parametrize("text", [
    "وأصدر الجيش، صباح اليوم، أوامر إخلاء جديدة لسكان ثلاثة أحياء في شرق المدينة.",
    "واحتج النازحون، ظهر اليوم، على قرار السلطات إخلاء المدارس التي يقيمون فيها في مدينة الفاشر.",
])
def test_an_evacuation_order_coerces(events_of, text):
    events = events_of("عنوان الخبر\n" + text)
    assert len(_of_type(events, "COERCE")) == 1 and not _of_type(events, "RETREAT"), events


@pytest.mark.parametrize("text, typ, count", [
    ("وأعلنت الإدارة المحلية في مدينة حماة حظر حركة الدراجات النارية من السادسة مساءً حتى إشعار آخر.", "COERCE", 1),
    ("ومن المقرر أن تصل إلى مدينة إب، يوم الأربعاء المقبل، شحنة من المحاليل الوريدية والأدوية مقدّمة من اللجنة "
     "الدولية للصليب الأحمر.", "AID", 1),
    # (a guard: a load of weapons dropped is no aid)
    ("وأسقطت طائرات التحالف، ليل أمس، شحنة من الأسلحة والأدوية بالمظلات للمقاتلين في الريف الشرقي.", "AID", 0),
])
def test_a_ban_on_traffic_and_a_shipment_of_medicine(events_of, text, typ, count):
    assert len(_of_type(events_of("عنوان الخبر\n" + text), typ)) == count


def test_the_attackers_withdrawing_after_the_attack_is_no_event_of_its_own(events_of):
    events = events_of("عنوان الخبر\nهاجم مسلحون، فجر اليوم، سوق بلدة الكوة ونهبوا عدداً من المحال قبل أن ينسحبوا باتجاه "
                       "الغرب، بحسب ناجين.")
    assert _of_type(events, "ASSAULT") and not _of_type(events, "RETREAT"), events


# words that look like a trigger of the type and are none (guards of the rules above, and of the new senses)


@pytest.mark.parametrize("text, typ", [
    # (the accident cue now needs both words)
    ("توفي طفل، مساء أمس، بتماس كهربائي في منزل أسرته بمدينة حمص.", "ASSAULT"),
    # (the convoy phrase keeps the munitions check of the other convoy phrases)
    ("وسيّرت القوات الروسية قافلة عسكرية تضم آليات وذخائر إلى مطار القامشلي.", "AID"),
    # («فتح» with more than the subject before «النيران» opens something else)
    ("فتحت الحكومة تحقيقاً في أسباب اندلاع النيران في السوق القديم.", "ASSAULT"),
    # («تجمّع خربة …» is a hamlet; the protest sense needs a demand or a crowd near it)
    ("هاجم مستوطنون، مساء أمس، تجمّع خربة المفقرة، ورشقوا منازل المواطنين بالحجارة.", "PROTEST"),
    ("ونفت الشرطة مقتل متظاهر برصاص قوات مكافحة الشغب في مدينة الكوت، مساء أمس.", "PROTEST"),
    ("وهدّدت الجماعة بحملة اعتقالات إذا خرجت احتفالات في الشوارع ليلة الذكرى في مدينة إب.", "PROTEST"),
], ids=["electrical-contact", "military-convoy", "inquiry-into-a-fire", "hamlet", "riot-police", "celebrations"])
def test_no_event_of_the_type(events_of, text, typ):
    assert not _of_type(events_of("عنوان الخبر\n" + text), typ)
