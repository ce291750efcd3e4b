"""Session 40: classes of language from the errors of the dev sets (docs/events.md § Session 40).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a short adjunct set off by commas inside a fixed phrase that ends in its preposition: «ألقت قوات الأمن القبض، فجر
# اليوم، على …» is the arrest «القبض على» (before, the phrase broke at the comma and no arrest was found)


@pytest.mark.parametrize(("text", "who", "whom"), [
    ("وألقت قوات الأمن القبض، فجر اليوم، على ثلاثة أشخاص يشتبه في سرقتهم مستودعاً للأدوية في حي الميدان.",
     "قوات الأمن", "ثلاثة أشخاص"),
    ("وفي سياق متصل، ألقت دورية للشرطة في البلدة القبض، ليلة أمس، على شابين كانا يحملان أسلحة خفيفة.",
     "دورية", "شابين"),
])
def test_an_adjunct_inside_an_arrest_phrase(events_of, text, who, whom):
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and evs[0]["mode"] == "arrest", evs
    assert evs[0]["evidence"]["trigger"]["text"].startswith("القبض"), evs
    assert any(who in t for t in _texts(evs[0]["source"])), evs
    assert any(whom in t for t in _texts(evs[0]["recipient"])), evs


def test_a_long_clause_between_phrase_and_preposition_breaks_it(events_of):
    # more than five words between the commas is a clause, not an adjunct: the phrase stays broken
    text = ("وألقت الشرطة القبض، وهو ما أكدته مصادر محلية في المدينة نفسها، على ثلاثة أشخاص.")
    evs = _of_type(_events(events_of, text), "COERCE")
    assert not any(e["evidence"]["trigger"]["text"].startswith("القبض،") for e in evs), evs


# a time word opening a parenthetical after the verb's subject: «بحث وزير الدفاع، أمس بالعاصمة، مع سفير …» — the
# context word «مع» after the parenthetical supports the sense of «بحث» (discussed with), as after «، في بيان،»


def test_a_time_parenthetical_before_the_context_word(events_of):
    text = "وبحث وزير الداخلية، أمس بالعاصمة عمّان، مع السفير التركي سبل ضبط الحدود المشتركة."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs, evs
    assert any("السفير التركي" in t for t in _texts(evs[0]["recipient"])), evs


# a name that opens with a ministry's portfolio right after a minister's word is that portfolio: «وزير الدفاع الوطني»
# is the minister of national defence, not the militia «الدفاع الوطني»; a ministry's own name after a minister's word
# is the minister, a member of the ministry («وزير الخارجية الأميركية جون كيري»: one actor, the State Department)


def test_a_portfolio_is_not_the_militia_of_that_name(events_of):
    evs = _of_type(_events(events_of, "والتقى وزير الدفاع الوطني أمس سفير الجزائر لبحث التعاون العسكري."), "CONSULT")
    assert evs and "وزير الدفاع الوطني" in _texts(evs[0]["source"]), evs
    assert all(a["actor"] != "SYR-NDF" for e in evs for a in e["source"] + e["recipient"]), evs
    assert any("سفير الجزائر" in t for t in _texts(evs[0]["recipient"])), evs


def test_the_militia_keeps_its_name_elsewhere(events_of):
    # (the bare name, with no minister's word before it: «مسلحون من الدفاع الوطني» are the militia's)
    evs = _of_type(_events(events_of, "وهاجم مسلحون من الدفاع الوطني قرية في ريف حماة الشمالي فجر اليوم."), "ASSAULT")
    assert evs and any(a["actor"] == "SYR-NDF" for a in evs[0]["source"]), evs


def test_a_minister_of_a_ministry_in_the_kb(events_of):
    evs = _of_type(_events(events_of, "والتقى وزير الخارجية الأميركية جون كيري نظيره الروسي في الدوحة أمس."), "CONSULT")
    assert evs, evs
    src = evs[0]["source"]
    assert src and src[0]["text"] == "وزير الخارجية الأميركية جون كيري" and src[0]["actor"] == "USA-STATE", evs


# a parenthetical's closing comma may open the next one before the verb's context word: «وزّع الهلال الأحمر …، اليوم،
# بالتعاون مع جمعية خيرية محلية في البلدة، أكثر من ستمئة سلة غذائية» («بالتعاون/بالتنسيق مع» opens a parenthetical as «في» does); water is
# aid handed out too («وزّع … مياه الشرب»)


@pytest.mark.parametrize(("text", "who"), [
    ("وزّع الهلال الأحمر العربي السوري، اليوم، بالتعاون مع جمعية خيرية محلية في البلدة، أكثر من ستمئة سلة غذائية على"
     " النازحين في المخيم.", "الهلال الأحمر"),
    ("ووزّع الهلال الأحمر مياه الشرب على أحياء المدينة عبر عشرين صهريجاً.", "الهلال الأحمر"),
])
def test_aid_handed_out_after_parentheticals(events_of, text, who):
    evs = _of_type(_events(events_of, text), "AID")
    assert evs and any(who in t for t in _texts(evs[0]["source"])), evs


# a purpose set before the clause and closed by a comma («وفي محاولة لاحتواء التوتر، التقى …») does not make the
# clause's verb hypothetical; nor does an attempt make the next act joined after a comma («أحبط الجيش محاولة تسلل،
# وقتل ثلاثة مسلحين»)


@pytest.mark.parametrize(("text", "typ"), [
    ("وفي محاولة لاحتواء التوتر، التقى محافظ المدينة وجهاء العشائر مساء اليوم.", "CONSULT"),
    ("وأحبط الجيش محاولة تسلل على الحدود الشمالية، وقتل ثلاثة مسلحين.", "ASSAULT"),
])
def test_an_attempt_before_the_act_is_no_condition_of_it(events_of, text, typ):
    evs = _of_type(_events(events_of, text), typ)
    assert evs and evs[0]["factuality"] == "asserted", evs


def test_an_attempt_still_governs_its_own_clause(events_of):
    # no comma closes the purpose: the verb is inside it, and the attempt is not told as done
    evs = _events(events_of, "وفي محاولة للسيطرة على البلدة اقتحمت القوات أحياءها الشرقية.")
    assert evs and all(e["factuality"] == "hypothetical" for e in evs), evs


# an official's inspection visit («تفقّد المحافظ الجرحى»، with what is inspected near it: the wounded, the damage, the
# units); those who come along in a parenthetical («، يرافقه عدد من أعضاء المكتب التنفيذي،») are not whom the visit is
# to; a pledge in a circumstantial participle after the clause («، متعهداً بأن …») is the clause subject's AGREE


def test_an_inspection_visit_and_the_pledge_after_it(events_of):
    text = ("وتفقّد محافظ حمص، يرافقه عدد من أعضاء المكتب التنفيذي، الجرحى في المستشفى الوطني، متعهداً بأن «تتكفّل"
            " المحافظة بنفقات علاجهم».")
    evs = _events(events_of, text)
    visit, pledge = _of_type(evs, "CONSULT"), _of_type(evs, "AGREE")
    assert visit and visit[0]["mode"] == "visit" and "محافظ حمص" in _texts(visit[0]["source"]), evs
    assert not any("أعضاء" in t for t in _texts(visit[0]["recipient"])), evs
    assert pledge and "محافظ حمص" in _texts(pledge[0]["source"]), evs


@pytest.mark.parametrize("text", [
    "وتفقد القوات الحكومية السيطرة على مواقعها في الريف الشرقي تدريجياً.",  # «تفقد» (loses), nothing inspected
    "ودعت البلدية الأهالي والمتعهدين ممن لديهم آليات إلى المساعدة في إزالة الأنقاض.",  # contractors, no pledge
])
def test_no_visit_or_pledge_in_lookalikes(events_of, text):
    evs = _events(events_of, text)
    assert not _of_type(evs, "CONSULT") and not _of_type(evs, "AGREE"), evs


# the actor after the preposition that ends a lexicon phrase is its object, not a genitive agent: «أعلنت وزارة الداخلية
# القبض على ثلاثة أشخاص» — the ministry (the subject of the light verb) arrested, the three were arrested; the counted
# phrase is the whole object («ثلاثة أشخاص», not «أشخاص»)


def test_the_object_after_a_phrase_final_preposition(events_of):
    evs = _of_type(_events(events_of, "وأعلنت وزارة الداخلية القبض على ثلاثة أشخاص بتهمة تهريب الأسلحة."), "COERCE")
    assert evs and _texts(evs[0]["source"]) == ["وزارة الداخلية"], evs
    assert _texts(evs[0]["recipient"]) == ["ثلاثة أشخاص"], evs


# a noun that is the subject of the verb right after «في حين/فيما/بينما», with its owner after it («في حين طالت قذائف
# مدفعية الفرقة الرابعة المزارع»), opens a clause of its own: another act than the one before


def test_a_contrast_clause_with_a_weapon_subject_and_its_owner(events_of):
    text = ("وألقت مروحيات تابعة لقوات النظام، صباح اليوم، ستة براميل متفجرة على الأحياء الشرقية من بلدة كفرنبل، ما أدى"
            " إلى مقتل امرأة، في حين طالت قذائف مدفعية الفرقة الرابعة المتمركزة على أطراف بلدة حيش المزارعَ المحيطة"
            " بالبلدة.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 2, evs
    assert any("الفرقة الرابعة" in t for e in evs for t in _texts(e["source"])), evs


# an actor after a verb is not the genitive of the attack noun before that verb: «نفّذت قوات التحالف 41 ضربة جوية
# استهدفت مواقع للتنظيم» — the strikes are the coalition's, not the positions' («مواقع» was read as the noun's genitive
# agent across «استهدفت»)


@pytest.mark.parametrize(("text", "who"), [
    ("ونفّذت قوات التحالف الدولي أمس 41 ضربة جوية استهدفت مواقع لتنظيم «داعش» في سوريا والعراق.", "قوات التحالف"),
    ("براميل متفجرة تقتل امرأة وطفليها في بلدة كفرنبل", None),
])
def test_no_genitive_agent_past_a_verb(events_of, text, who):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs, evs
    src = _texts(evs[0]["source"])
    assert not any("مواقع" in t or "امرأة" in t for t in src), evs
    if who:
        assert any(who in t for t in src), evs


# dispersing a crowd by force is a verb too («فرّق/يفرّق», its object a crowd or a pronoun, with a crowd noun or the
# means near it: «وتفرّقهم بالغاز المسيل للدموع»); the crowd dispersing by itself («يتفرّق المتظاهرون») is not; military
# mobilisations are named by «تحشيدات/تحشيد»


def test_dispersing_a_crowd_by_force(events_of):
    text = ("وأغلق عشرات الشبان الطريق الرئيسية بالإطارات المشتعلة، قبل أن تتدخل وحدات الأمن وتفرّقهم بالغاز المسيل"
            " للدموع.")
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and evs[0]["mode"] == "restrict" and any("وحدات الأمن" in t for t in _texts(evs[0]["source"])), evs


def test_a_crowd_dispersing_by_itself(events_of):
    text = "وأصيب شاب بطلق ناري وسادت حالة من الهلع بين المشاركين، قبل أن يتفرق المتظاهرون في الأزقة."
    assert not _of_type(_events(events_of, text), "COERCE")


def test_mobilisations(events_of):
    text = "وأفادت مصادر ميدانية بوصول تحشيدات عسكرية كبيرة لقوات النظام إلى محيط البلدة خلال الساعات الماضية."
    assert _of_type(_events(events_of, text), "MOBILIZE")



def test_a_whereas_clause_is_no_parenthetical_of_those_who_came_along(events_of):
    # «، في حين نفت قيادة الشرطة …، متهمةً …»: «في حين» opens a clause, not a parenthetical like «، في بيان،»; the
    # actor in it is the participle's subject (not the wounded named before it)
    text = "وأصيب عشرة متظاهرين بجروح، في حين نفت قيادة الشرطة استخدام الرصاص الحي، متهمةً «مندسين» بإطلاق النار."
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert evs and any("الشرطة" in t for t in _texts(evs[0]["source"])), evs
    assert not any("متظاهرين" in t for t in _texts(evs[0]["source"])), evs
