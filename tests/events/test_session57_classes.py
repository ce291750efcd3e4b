"""Session 57: classes of language from the errors of the dev sets (docs/events.md § Session 57).
The texts are the team's own."""

from __future__ import annotations

import pytest

# a trigger phrase with a gap that opens with a masdar («توقيف … أشخاص»، «احتجاز … رهائن») is a noun, not a clause: its
# agent is the subject of the verb before it («أعلنت الوزارة … توقيف»), also across a time set off by commas


@pytest.mark.parametrize(("text", "source"), [
    ("أعلنت وزارة الداخلية، مساء اليوم، توقيف ثلاثة أشخاص يشتبه بتورطهم في تفجير الحاجز.", "وزارة الداخلية"),
    ("وأعلنت وزارة الداخلية، ظهر اليوم، إيقاف ثلاثة شبان قرب الحدود.", "وزارة الداخلية"),
])
def test_a_masdar_phrase_takes_its_agent_before_it(events_of, text, source):
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert e["source"] and source in e["source"][0]["text"]
    assert e["recipient"] and e["recipient"][0]["text"] != e["source"][0]["text"]


def test_a_verb_phrase_keeps_its_subject_after_it(events_of):
    # guard: the verb of the same phrase heads its clause («أوقفت الشرطة … شخصين»)
    (e,) = [e for e in events_of("وأوقفت الشرطة، مساء اليوم، شخصين في حي الجامعة.") if e["type"] == "COERCE"]
    assert "الشرطة" in e["source"][0]["text"]


@pytest.mark.parametrize("text", [
    "وأعلن الجيش اعتقال خمسة مهربين على الحدود الشرقية.",
    "وأعلن الجيش، فجر اليوم، توقيف خمسة مهربين على الحدود الشرقية.",
])
def test_a_counted_genitive_of_an_arrest_is_who_was_held(events_of, text):
    # a counted genitive is never the agent of an arrest, whatever follows it («على الحدود» reads like its object):
    # the announcer is
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert "الجيش" in e["source"][0]["text"]
    assert "مهربين" in e["recipient"][0]["text"]


def test_the_genitive_before_lam_is_the_arrester(events_of):
    # guard: «اعتقال الاحتلال لثلاثة …»: the genitive before the «لـ» object is the agent
    (e,) = [e for e in events_of("ونددت الحركة باعتقال الاحتلال لثلاثة من قادتها.") if e["type"] == "COERCE"]
    assert "الاحتلال" in e["source"][0]["text"]


# the terms a deal lists («نصّ الاتفاق على …، و…، و…») are its content, not events: also those joined by «، و» and
# those after a relative clause on the deal set off by commas


@pytest.mark.parametrize("text", [
    "ونصّ الاتفاق، الذي وقّعه الطرفان الشهر الماضي، على وقف إطلاق النار في البلدة، وانسحاب المسلحين من التلال، "
    "وتبادل الأسرى على دفعتين.",
    "ونصّت الهدنة، التي أعلنها الطرفان في الخامس من الشهر بعد مفاوضات شاقة استمرت أسابيع في مقر المحافظة، على وقف "
    "القصف المتبادل بين البلدتين، وفتح الطريق أمام الفلاحين لجني المحصول، وتبادل الأسرى على مرحلتين.",
])
def test_the_terms_of_a_deal_are_no_events(events_of, text):
    kinds = {e["type"] for e in events_of(text)}
    assert not kinds & {"RETREAT", "COOPERATE", "CONCEDE"}


def test_acts_joined_by_comma_and_are_events(events_of):
    # guard: with no listing verb, a phrase after «، و» opens a clause of its own
    kinds = {e["type"] for e in events_of("وأعلن الطرفان وقف إطلاق النار مساء أمس، وتبادل الأسرى صباح اليوم.")}
    assert {"CONCEDE", "COOPERATE"} <= kinds


# a second round of the same strike («صاروخاً ثانياً»، «قذيفة ثانية») is told of the strike, not another attack; a
# second attack («هجوماً ثانياً») is one


@pytest.mark.parametrize("text", [
    "وقصفت طائرة مسيّرة سيارة على طريق البلدة صباح اليوم، ما أدى إلى مقتل شخصين. وأوضح مصدر طبي أن صاروخاً ثانياً "
    "أصاب سيارة الإسعاف التي وصلت إلى المكان.",
    "وقصفت قوات النظام حي الجامعة بالمدفعية صباح اليوم، ما أدى إلى مقتل امرأة. وقال متطوع في الدفاع المدني إن قذيفة "
    "ثانية سقطت قرب الفريق أثناء انتشال الجثة.",
])
def test_a_second_round_is_the_same_strike(events_of, text):
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 1


def test_a_second_attack_is_another_event(events_of):
    # guard
    text = "وهاجم مسلحون حاجزاً للجيش صباح اليوم. وبعد ساعات، شنّ المسلحون هجوماً ثانياً على الحاجز نفسه."
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 2


def test_an_accusative_phrase_is_no_person(events_of):
    # the CRF may read an indefinite object written with its tanween («اتصالاً هاتفياً») as a person's name, which
    # hid the phone call inside it
    (e,) = events_of("وأجرى رئيس الجمهورية اتصالاً هاتفياً بمحافظ المدينة، اطّلع خلاله على تطورات المعارك.")
    assert e["type"] == "CONSULT" and "رئيس الجمهورية" in e["source"][0]["text"]


def test_reinforcements_are_theirs_whose_members_they_carry(events_of):
    # «تعزيزات … تقل عناصر من X»: the members the reinforcements carry name whose they are
    text = "ووصلت تعزيزات عسكرية تقل عناصر من «الفرقة الرابعة» إلى مطار المدينة العسكري مساء أمس."
    (e,) = [e for e in events_of(text) if e["type"] == "MOBILIZE"]
    assert "الفرقة الرابعة" in e["source"][0]["text"]


def test_an_adjective_after_a_settlement_word_is_no_town(events_of):
    # «قرية زراعية» (a farming village): an indefinite nisba in the feminine names no town, as «حي شعبي» names none
    text = "وداهمت قوة من الشرطة، فجر اليوم، بستاناً في قرية زراعية شمالي قضاء المقدادية، واعتقلت أربعة مطلوبين."
    for e in events_of(text):
        assert e["location"]["text"] != "زراعية" and "المقدادية" in e["location"]["text"]


@pytest.mark.parametrize("text", [
    "وقالت عائلة الشاب، في بيان، إنها دفعت مبلغاً كبيراً، وطالبت السلطات بمحاسبة الخاطفين.",
    "وأكدت عائلة الشاب أنها دفعت الفدية كاملة، وطالبت السلطات بمحاسبة الخاطفين.",
])
def test_a_demand_joined_to_a_saying_verb_shares_its_subject(events_of, text):
    # «وقالت X … إنها …، وطالبت Y بـ…»: who said it asks; the actor after the joined verb is the one asked
    (e,) = [e for e in events_of(text) if e["type"] == "REQUEST"]
    assert "عائلة" in e["source"][0]["text"]
    assert e["recipient"] and "السلطات" in e["recipient"][0]["text"]


def test_could_not_stays_in_its_clause(all_events_of):
    # «بعجز الحواجز عن حماية الأهالي» (the inability to protect) does not reach past «، و» to the demand after it
    text = "وردّد مئات المحتجين هتافات تندد بعجز الشرطة عن حماية الأهالي، وطالبوا البلدية بتسليم المساعدات إلى أصحابها."
    (e,) = [e for e in all_events_of(text) if e["type"] == "REQUEST"]
    assert e["factuality"] == "asserted"


def test_could_not_governs_its_own_clause(all_events_of):
    # guard
    (e,) = [e for e in all_events_of("ولم تتمكن الشرطة من اعتقال المسلحين.") if e["type"] == "COERCE"]
    assert e["factuality"] == "negated"


def test_a_new_paragraph_goes_back_to_the_day_the_article_reports(events_of):
    # the day before told in a paragraph of its own (the abduction, days ago) does not date the undated acts of the
    # paragraphs after it: they are the day the article reports (the lead's)
    text = ("أفرجت جماعة مسلحة، مساء أمس، عن طبيب في مدينة بعقوبة بعد دفع عائلته فدية.\n"
            "واختطف مسلحون الطبيب مساء السبت الثلاثين من كانون الأول أمام عيادته وسط المدينة.\n"
            "واعتقلت الشرطة أربعة من أفراد العصابة في مداهمة شمالي المدينة.")
    dates = {e["type"]: e["date"]["value"] for e in events_of(text)}
    assert dates == {"RETREAT": "2024-01-01", "ASSAULT": "2023-12-30", "COERCE": "2024-01-01"}


def test_the_same_paragraph_keeps_its_day(events_of):
    # guard: within the paragraph that tells the day before, an undated act is of that day
    text = ("أفرجت جماعة مسلحة، مساء أمس، عن طبيب في مدينة بعقوبة بعد دفع عائلته فدية.\n"
            "واختطف مسلحون الطبيب مساء السبت الثلاثين من كانون الأول أمام عيادته، واعتقلت الشرطة سائقه للتحقيق.")
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert e["date"]["value"] == "2023-12-30"
