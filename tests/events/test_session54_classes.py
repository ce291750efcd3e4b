"""Session 54: classes of language from the errors of the dev sets (docs/events.md § Session 54).
The texts are the team's own."""

from __future__ import annotations

import pytest

from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def _triggers(text: str) -> list[tuple[str, str]]:
    words = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    return [(text[t.start : t.end], t.type) for t in find_triggers(words)]


# mines told as a danger — their risks and victims as a class, or feared and cleared from land — are no blast; a mine
# that went off is


@pytest.mark.parametrize("text", [
    "وتنشط الجمعية منذ عامين في التوعية بمخاطر الألغام بين تلاميذ المدارس.",
    "ويترك الفلاحون أراضيهم بوراً خوفاً من الألغام المزروعة على أطرافها.",
    "وقال رئيس المجلس إن البلدية لا تملك صندوقاً لضحايا الألغام حتى الآن.",
    "وما زالت مساحات واسعة من السهل لم تُمسح من الألغام بعد.",
])
def test_mines_as_a_danger_are_no_attack(text):
    assert not [t for t in _triggers(text) if t[1] == "ASSAULT"]


def test_a_mine_that_went_off_is_an_attack(events_of):
    # guard
    text = "وقُتل ثلاثة رعاة بانفجار لغم أرضي قرب قرية الدوير صباح اليوم، بحسب مصدر محلي."
    assert ("لغم", "ASSAULT") in _triggers(text)
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 1


# closing a crossing or a town's entrance is coercion, told by «أقفل» as by «أغلق»; a side sending men «بنحو …» or
# teams «بفريقين …» deploys them (not a sum paid: «دفعت الشركة بنحو مليون دولار»)


@pytest.mark.parametrize("text, typ", [
    ("وأقفلت السلطات الأردنية، صباح اليوم، معبر الكرامة أمام حركة الشاحنات حتى إشعار آخر.", "COERCE"),
    ("وأغلقت قوات الجيش المدخل الجنوبي للبلدة أمام حركة السيارات منذ فجر اليوم.", "COERCE"),
    ("ودفعت العشائر بنحو مئتي مقاتل من أبنائها إلى أطراف البلدة.", "MOBILIZE"),
    ("ودفع الجيش، مساء أمس، بفريقين من وحدات الهندسة إلى أطراف القرية.", "MOBILIZE"),
])
def test_closing_a_crossing_and_sending_men(events_of, text, typ):
    assert [e["type"] for e in events_of(text)] == [typ]


def test_a_sum_paid_is_no_deployment(events_of):
    # guard
    assert not events_of("ودفعت الشركة بنحو مليون دولار تعويضات للعمال المتضررين.")



# a participle of threatening with what is threatened after «بـ» («مهددين بقطع الطريق»، «مهددين بقتله») is a threat;
# relief money given to a family («إعانة مالية لأسرة القتيل») is aid


@pytest.mark.parametrize("text, typ", [
    ("واعتصم عشرات العمال أمام مبنى البلدية مطالبين بصرف رواتبهم، ومهددين بقطع الطريق العام إذا لم تُصرف.",
     "THREATEN"),
    ("وطلب الخاطفون من عائلته فدية كبيرة مقابل إطلاق سراحه، مهددين بقتله إن لم تُدفع خلال أيام.", "THREATEN"),
    ("وقدّمت البلدية إعانة مالية عاجلة لأسرة الصياد القتيل، بحسب رئيسها.", "AID"),
])
def test_threatening_participles_and_relief_money(events_of, text, typ):
    assert typ in [e["type"] for e in events_of(text)]


def test_threatened_officers_make_no_threat(events_of):
    # guard: the participle as an adjective («الضباط المهددين»), with no «بـ» of what is threatened
    text = "وبحث المجلس سبل حماية الضباط المهددين في تنقلاتهم اليومية."
    assert "THREATEN" not in [e["type"] for e in events_of(text)]


# an approval a step needs («يحتاج إلى موافقة …») is a condition, none given; an approval announced is


def test_an_approval_needed_is_no_agreement(events_of):
    text = "وقال رئيس المجلس المحلي إن صرف أي تعويض للمتضررين يحتاج إلى موافقة الإدارة المدنية في المحافظة."
    assert "AGREE" not in [e["type"] for e in events_of(text)]


def test_an_approval_announced_is_an_agreement(events_of):
    # guard
    assert "AGREE" in [e["type"] for e in events_of("وأعلن المجلس المحلي موافقته على المقترح الروسي لتبادل الأسرى.")]


# a joint patrol of two states' forces («سيّرت القوات الروسية والتركية دورية مشتركة») is cooperation between them,
# with no recipient; a joint patrol of one state's army and police is a deployment


def test_a_joint_patrol_of_two_states_is_cooperation(events_of):
    evs = events_of("وسيّرت القوات الأمريكية والتركية، صباح اليوم، دورية مشتركة في ريف منبج الشمالي.")
    assert [e["type"] for e in evs] == ["COOPERATE"] and not evs[0]["recipient"], evs


def test_a_joint_patrol_of_one_states_forces_is_a_deployment(events_of):
    # guard
    evs = events_of("وسيّر الجيش والدرك، صباح اليوم، دوريات مشتركة في أسواق المدينة.")
    assert [e["type"] for e in evs] == ["MOBILIZE"], evs


# a fire set by protesters, youths or residents («وكان محتجون غاضبون قد أضرموا النار في مقر الحزب») is a riot, as
# their stones are; settlers or gunmen setting fire to homes attack them


def test_a_fire_set_by_protesters_is_a_riot(events_of):
    evs = events_of("وكان متظاهرون غاضبون قد أضرموا النار، مساء الخميس الماضي، في مبنى البلدية وسط المدينة.")
    assert [(e["type"], e["mode"]) for e in evs] == [("PROTEST", "riot")], evs


def test_a_fire_set_by_settlers_is_an_attack(events_of):
    # guard
    evs = events_of("واقتحم مستوطنون أطراف القرية فجر اليوم وأضرموا النار في منزلين ومركبة.")
    assert "ASSAULT" in [e["type"] for e in evs] and "PROTEST" not in [e["type"] for e in evs], evs


# an offer told by the verb «عرض» with what is offered («عرض الوفد إزالة الحواجز مقابل …») is an agreement offered;
# «تعرّض» (was exposed to) and showing pictures are not


@pytest.mark.parametrize("text", [
    "وقال مصدر حضر الاجتماع إن الوفد الروسي عرض على الوجهاء تشكيل قوة محلية من أبناء المنطقة.",
    "وعرضت لجنة الوساطة صرف تعويضات للعائلات المتضررة مقابل فتح الطريق.",
])
def test_an_offer_is_an_agreement_offered(events_of, text):
    assert "AGREE" in [e["type"] for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "وتعرّضت دورية للشرطة لإطلاق نار من مسلحين مجهولين قرب السوق.",
    "وعرض التلفزيون الرسمي صوراً للدمار في الحي الشرقي.",
])
def test_exposure_and_pictures_shown_are_no_offer(events_of, text):
    # guard
    assert "AGREE" not in [e["type"] for e in events_of(text)]


# a release done and one not done, told in one sentence («أفرجت … عن عشرين معتقلاً، ولم تُفرج عن ستين آخرين»), are two
# events, the second negated


def test_a_release_done_and_one_not_done_are_two(events_of):
    text = ("وأفرجت إدارة السجن، صباح اليوم، عن خمسة عشر معتقلاً بموجب قانون العفو، ولم تُفرج عن نحو أربعين آخرين صدرت "
            "لهم قرارات قضائية بإخلاء السبيل.")
    facts = sorted(e["factuality"] for e in events_of(text) if e["type"] == "RETREAT")
    assert facts == ["asserted", "negated"], facts


def test_two_releases_told_in_one_sentence_stay_one(events_of):
    # guard
    text = "وأفرجت السلطات، مساء أمس، عن ثلاثة ناشطين، وأطلقت سراح صحفي اعتُقل معهم الأسبوع الماضي."
    assert len([e for e in events_of(text) if e["type"] == "RETREAT"]) == 1
