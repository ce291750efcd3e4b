"""Session 42: classes of language from the errors of the dev sets (docs/events.md § Session 42).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# vehicles loaded with or carrying relief goods are an aid delivery, though no «مساعدات» is named


@pytest.mark.parametrize("text", [
    "ووصلت إلى مخيمات النازحين قرب بلدة الراعي، ظهر اليوم، تسع شاحنات محمّلة بالبطانيات والطحين أرسلتها جمعية خيرية.",
    "وهبطت في مطار المدينة، مساء أمس، طائرة تحمل ثلاثين طناً من الأدوية وحليب الأطفال أرسلها الهلال الأحمر القطري.",
    "وسلّمت منظمة أطباء بلا حدود، صباح اليوم، مستشفى البلدة شحنة من المستلزمات الجراحية تكفي لشهرين.",
])
def test_relief_goods_carried_are_aid(events_of, text):
    evs = _of_type(_events(events_of, text), "AID")
    assert evs and evs[0]["mode"] == "humanitarian", _events(events_of, text)


@pytest.mark.parametrize("text", [
    # holding someone responsible, or bearing a burden, carries nothing
    "وأصدر المجلس المحلي بياناً محمّلاً الفصائل المسؤولية الكاملة عن تدهور الأوضاع الغذائية في المخيمات.",
    "ودعا الوزير المانحين إلى زيادة الدعم للبلدان المضيفة وتحمّل أعباء اللاجئين وجهودها الإنسانية.",
    # military supplies are no aid
    "ووصلت إلى القاعدة، مساء أمس، أربعون شاحنة تحمل معدات عسكرية وتجهيزات طبية وذخائر.",
    "ودخلت المدينة عشرون آلية محمّلة بالعتاد والذخيرة والكتل الإسمنتية.",
])
def test_what_carries_no_relief_is_no_aid(events_of, text):
    evs = _of_type(_events(events_of, text), "AID")
    assert not evs, evs


@pytest.mark.parametrize("text", [
    "ومنعت حواجز الجيش، لليوم الخامس على التوالي، دخول شاحنات محمّلة بالطحين إلى الحي المحاصر.",
    "ومنعت حواجز الجيش، لليوم الخامس على التوالي، دخول قافلة مساعدات إلى الحي المحاصر.",
    "وحالت الاشتباكات العنيفة دون وصول قافلة المساعدات إلى البلدة المحاصرة منذ أشهر.",
    # («وصول» begins with a «و» of its root: not stripped as a conjunction)
    "وحالت حواجز الجيش دون وصول قافلة مساعدات إلى حي الميدان في مدينة حلب صباح اليوم.",
])
def test_aid_kept_out_was_not_delivered(events_of, text):
    evs = _of_type(_events(events_of, text), "AID")
    assert not evs, evs


def test_aid_let_in_was_delivered(events_of):
    text = "وسمحت السلطات بدخول قافلة مساعدات إلى البلدة المحاصرة صباح اليوم بعد انتظار دام ثلاثة أيام."
    assert _of_type(_events(events_of, text), "AID")


# what someone is accused of is the accusation's content, not an act told as done


@pytest.mark.parametrize("text", [
    "واتهم مجلس البلدة، في بيان أصدره مساء أمس، الميليشيا بـ«استهداف الأحياء السكنية عمداً لتهجير سكانها».",
    "واتهمت الهيئة قوات الحكومة بـ«تعمّد استهداف المدارس والمستشفيات» في ريف المحافظة.",
    "وأعلنت الشرطة القبض على ثلاثة شبان تتهمهم بتفجير محطة الوقود في ضاحية المدينة.",
])
def test_an_act_accused_of_is_no_event(events_of, text):
    evs = _events(events_of, text)
    assert not _of_type(evs, "ASSAULT"), evs
    assert _of_type(evs, "ACCUSE") or _of_type(evs, "COERCE"), evs


def test_an_attack_told_beside_an_accusation_stays(events_of):
    text = ("وقصفت مدفعية الجيش، صباح اليوم، بلدة الرابية بعشرات القذائف، واتهم مجلس البلدة الجيش بـ«استهداف "
            "الأحياء السكنية عمداً».")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and any(e["evidence"]["trigger"]["text"] == "وقصفت" for e in evs), evs


def test_an_attack_condemned_is_not_accused(events_of):
    text = "ونددت الحكومة بقصف الطائرات الحربية بلدة الرابية صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."
    assert _of_type(_events(events_of, text), "ASSAULT")


def test_a_masdar_joined_to_the_act_accused_of_is_no_event(events_of):
    text = "واتهم المرشح المستقل قوات الأمن بـ«ترويع الأهالي واعتقال العشرات عشوائياً» خلال يوم الاقتراع."
    assert not _of_type(_events(events_of, text), "COERCE"), _events(events_of, text)


# restrictions imposed are a coercion; a warning not given and a round of voting are no event


def test_restrictions_imposed(events_of):
    text = "وفي البلدة، فرضت السلطات المحلية منذ مساء أمس قيوداً على حركة الشاحنات بين المدينة والميناء."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and evs[0]["mode"] == "restrict", _events(events_of, text)


@pytest.mark.parametrize("text", [
    "وتعهدت الحكومة بخفض العقوبات مقابل فرض قيود على برنامج التسلح خلال السنوات المقبلة.",
    "وسعت الحكومة أخيراً لفرض قيود على عبور الأجانب إلى أراضيها، بحسب ما قاله المحلل.",
])
def test_restrictions_as_a_term_or_an_aim_are_none_imposed(events_of, text):
    assert not _of_type(_events(events_of, text), "COERCE"), _events(events_of, text)


@pytest.mark.parametrize("text", [
    "وقال أحد المشاركين إن قوات الأمن أطلقت الرصاص على المعتصمين في ساحة البلدية بمدينة حمص دون سابق إنذار.",
    "وأكد السكان أن جرافات الجيش هدمت البيوت في حي الميدان بمدينة حلب بلا إنذار مسبق.",
])
def test_without_warning_is_no_threat(events_of, text):
    assert not _of_type(_events(events_of, text), "THREATEN"), _events(events_of, text)


def test_a_round_of_voting_is_no_visit(events_of):
    text = "وتجمّع مئات الناخبين أمام مدرسة في مدينة دمنهور احتجاجاً على منعهم من الإدلاء بأصواتهم في جولة الإعادة صباح أمس."
    assert not _of_type(_events(events_of, text), "CONSULT"), _events(events_of, text)


def test_a_tour_stays_a_visit(events_of):
    text = "وأجرى وزير الداخلية، صباح اليوم، جولة في مدينة حماة التقى خلالها أعضاء مجلس المحافظة."
    assert _of_type(_events(events_of, text), "CONSULT"), _events(events_of, text)


# a general mobilisation declared is a verb phrase: its subject is the verb's, also after a comma


@pytest.mark.parametrize("text", [
    "واتهمت غرفة العمليات، في بيان نشرته ظهر اليوم، الجيش بخرق التهدئة، وأعلنت «النفير العام» في صفوف فصائلها.",
    "وأعلنت قبائل الوادي، في لقاء قبلي موسّع عُقد اليوم، «النكف القبلي» العام ونصب الخيام على مداخل المنطقة.",
])
def test_a_general_mobilisation_declared(events_of, text):
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert evs and evs[0]["source"], _events(events_of, text)


# a car procession and an angry vigil are demonstrations


@pytest.mark.parametrize("text", [
    "وجاب العشرات من أهالي البلدة، مساء أمس، شوارعها الرئيسية في مسيرة سيارات رفعوا خلالها الأعلام وصور القتلى.",
    "وشيّع أهالي القرية، عصر اليوم، جثمان الشاب إلى مقبرة البلدة، وتحوّل التشييع إلى وقفة غاضبة طالب خلالها "
    "المشاركون بمحاسبة القتلة.",
])
def test_a_car_procession_and_an_angry_vigil(events_of, text):
    assert _of_type(_events(events_of, text), "PROTEST"), _events(events_of, text)


def test_a_drone_near_cars_is_no_march(events_of):
    text = "واستهدفت طائرة مسيّرة إسرائيلية سيارة على طريق البلدة، ما أدى إلى مقتل شخصين كانا على متنها."
    assert not _of_type(_events(events_of, text), "PROTEST"), _events(events_of, text)


def test_an_agreement_reached_in_a_joined_clause_has_parties(events_of):
    text = ("واستقبل محافظ المدينة، بعد ظهر اليوم، وجهاء الحيين المتجاورين، وتوصّل معهم، بحسب بيان للمحافظة، إلى "
            "اتفاق يقضي بتشكيل لجنة مشتركة للتهدئة.")
    evs = _of_type(_events(events_of, text), "AGREE")
    assert evs and evs[0]["source"], _events(events_of, text)


def test_an_act_accused_of_after_a_quoted_and(events_of):
    text = ("واتهم المجلس المحلي للمدينة، في بيان، الميليشيا بـ«الارتهان للخارج» و«استهداف الأحياء السكنية "
            "بالقذائف».")
    assert not [e for e in _of_type(_events(events_of, text), "ASSAULT")
                if e["evidence"]["trigger"]["text"] == "استهداف"], _events(events_of, text)


# a charge that stands (in the background, passive, or describing a noun) is no accusation made


@pytest.mark.parametrize("text", [
    "وسقطت قذيفة على سوق البلدة صباح اليوم، فيما تتهم الهيئة المحلية الفصائل بـ«استهداف المدنيين» منذ أشهر.",
    "واستهدفت الغارة منزلاً في بلدة الرابية يُتّهم صاحبه بالعمل في تهريب الأسلحة، بحسب ما أفاد به ناشطون.",
    "وتلا أحد عناصر التنظيم في ساحة السوق حكماً يتهم الشاب بالتواصل مع الحكومة قبل إعدامه أمام الأهالي.",
])
def test_a_standing_charge_is_no_accusation(events_of, text):
    assert not _of_type(_events(events_of, text), "ACCUSE"), _events(events_of, text)


@pytest.mark.parametrize("text", [
    "واتهمت الهيئة المحلية للبلدة، في بيان صباح اليوم، الفصائل بـ«التقاعس عن حماية المدنيين».",
    "قائد الفصيل يتهم الحكومة بالتقاعس عن دفع رواتب المقاتلين منذ ثلاثة أشهر",
])
def test_a_charge_made_stays(events_of, text):
    assert _of_type(_events(events_of, text), "ACCUSE"), _events(events_of, text)


def test_what_suspects_are_held_for_is_no_event(all_events_of):
    # (with the generic events kept: no event at all, not even a generic one, for what they are suspected of)
    text = ("عنوان الخبر\nوفي مدينة الرابية، داهمت قوات الأمن، فجر اليوم، منزلاً في الحي الشرقي واعتقلت شخصين "
            "يُشتبه في تورطهما بعمليات اغتيال استهدفت قيادات أمنية وعسكرية خلال الأشهر الماضية.")
    evs = all_events_of(text)
    assert _of_type(evs, "COERCE"), evs
    assert not _of_type(evs, "ASSAULT"), evs


def test_ways_discussed_are_no_event(events_of):
    text = ("وبحث وزير الدفاع، أمس في العاصمة، مع سفير الجزائر «سبل تعزيز التنسيق الأمني والعسكري على الحدود "
            "المشتركة وتبادل المعلومات».")
    evs = _events(events_of, text)
    assert _of_type(evs, "CONSULT"), evs
    assert not _of_type(evs, "MOBILIZE") and not _of_type(evs, "COOPERATE"), evs


def test_reinforcements_sent_stay(events_of):
    text = "ودفع الجيش، مساء أمس، بتعزيز عسكري كبير إلى محيط بلدة الرابية يضم دبابات ومئات الجنود."
    assert _of_type(_events(events_of, text), "MOBILIZE"), _events(events_of, text)


@pytest.mark.parametrize("text", [
    "وطالب المعتصمون أمام مبنى المحافظة في مدينة الرابية بفك الحصار عن الحي الشرقي قبل حلول الشتاء.",
    "وقال ناشطون في الرابية إن إدخال كميات محدودة من الغذاء «لم ينهِ الحصار بل غيّر شكله».",
])
def test_a_siege_lifted_or_not_is_no_new_siege(events_of, text):
    assert not [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "restrict"], \
        _events(events_of, text)


def test_rubbish_carried_away_is_no_deportation(events_of):
    text = "وأصيب عامل نظافة في حي الرابية برصاص قناص صباح اليوم أثناء عمله على ترحيل القمامة من الشارع."
    assert not [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "deport"], \
        _events(events_of, text)


def test_building_is_no_praise(events_of):
    text = ("واندلع القتال في بلدة الرابية عندما أطلقت قوات الشرطة النار على عمال كانوا يشيّدون مواقع جديدة "
            "للحرس قرب سوق الماشية.")
    assert not _of_type(_events(events_of, text), "SUPPORT"), _events(events_of, text)


def test_praise_stays(events_of):
    text = "وأشاد وزير الداخلية، في بيان صباح اليوم، بجهود لجنة المصالحة في بلدة الرابية."
    assert _of_type(_events(events_of, text), "SUPPORT"), _events(events_of, text)


def test_an_agreement_breached_by_a_deed_is_in_force(events_of):
    text = ("ورفضت الحكومة أي وساطة «لا تبدأ بإزالة التحصينات التي أقامتها الميليشيا في بلدة الرابية خلافاً لاتفاق "
            "تقاسم المدينة».")
    assert not _of_type(_events(events_of, text), "AGREE"), _events(events_of, text)


def test_convoys_arriving_named_before_the_noun(events_of):
    text = ("وتتناقل صفحات محلية منذ أيام أنباء عن وصول أرتال من مقاتلي التنظيم قادمة من الرقة إلى محيط مدينة "
            "دير الزور، تمهيداً لهجوم واسع.")
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert evs and evs[0]["factuality"] == "rumored", _events(events_of, text)


def test_a_march_called_for_is_a_planned_protest(events_of):
    text = "ودعت تنسيقية العشائر في المحافظة إلى مسيرة كبرى نحو مقر الولاية يوم السبت المقبل، يتقدمها أهالي الضحايا."
    evs = _of_type(_events(events_of, text), "PROTEST")
    assert evs and evs[0]["factuality"] == "planned", _events(events_of, text)


def test_bridges_closed_are_a_restriction(events_of):
    text = "وكانت السلطات قد أغلقت، منذ مساء الأحد، الجسور الرابطة بين مدن العاصمة الثلاث بالحاويات."
    evs = [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "restrict"]
    assert evs, _events(events_of, text)
