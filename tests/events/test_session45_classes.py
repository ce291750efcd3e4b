"""Session 45: classes of language from the errors of the dev sets (docs/events.md § Session 45).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a clause that opens with a quotation mark after «إن/أن» or the colon of direct speech has its subject before the
# verb, as it would without the mark


@pytest.mark.parametrize(("text", "agent"), [
    ("وقالت الوكالة الرسمية إن «عناصر من الجيش استهدفت مواقع للمسلحين في ريف الحولة» مساء أمس.", "الجيش"),
    ("وأكد المحافظ أن «الطيران الحربي قصف مقرات للمسلحين قرب الرستن» فجر اليوم.", "الطيران الحربي"),
    ("وقال المصدر العسكري: وحدات من الجيش استهدفت تجمعات للمسلحين قرب الحولة صباح اليوم.", "الجيش"),
])
def test_the_subject_after_a_quotation_mark_or_a_colon_is_the_agent(events_of, text, agent):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and any(agent in s for s in _texts(evs[0]["source"])), evs
    assert not any("مواقع" in s or "مقرات" in s or "تجمعات" in s for s in _texts(evs[0]["source"])), evs


def test_a_verb_first_quotation_keeps_its_subject_after_the_verb(events_of):
    text = "وقال المصدر العسكري: «استهدفت وحدات الجيش تجمعات للمسلحين قرب الحولة» صباح اليوم."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and any("الجيش" in s for s in _texts(evs[0]["source"])), evs


# what a march is for («مسيرة تأييد …»، «وقفة دعم …») names the march: no act of support of its own


@pytest.mark.parametrize("text", [
    "وجاب المشيعون شوارع البلدة بعد الدفن في مسيرة «تأييد للجيش وللقيادة» مساء أمس.",
    "ونظم طلاب الجامعة ظهر اليوم وقفة دعم للمعتقلين أمام مبنى المحافظة.",
])
def test_what_a_march_is_for_is_no_act_of_support(events_of, text):
    evs = _events(events_of, text)
    assert _of_type(evs, "PROTEST") and not _of_type(evs, "SUPPORT"), evs


def test_support_declared_stays(events_of):
    text = "وأعلن الحزب في بيان أصدره اليوم تأييده الكامل للحكومة الجديدة."
    assert _of_type(_events(events_of, text), "SUPPORT")


# a present verb joined by «و» to one that «كان» governs is a past habit too, also inside a quotation


@pytest.mark.parametrize("text", [
    "وأضافت الوكالة أن المسلحين كانوا «يخطفون المسافرين» قبل دخول الجيش إلى المنطقة.",
    "وأضاف البيان أن أفراد العصابة كانوا «يرهبون السكان ويقطعون الطرقات» في ريف المدينة.",
])
def test_verbs_joined_to_a_past_habit_are_a_habit(events_of, text):
    evs = _events(events_of, text)
    assert not [e for e in evs if e["factuality"] in ("asserted", "reported")], evs


def test_a_verb_of_its_own_after_a_habit_is_no_habit(events_of):
    # (another subject, and a verb that does not agree with the governed one)
    text = "وكان المسلحون يخطفون المسافرين، واعتقلت قوات الأمن ثلاثة منهم فجر اليوم في البلدة."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and evs[0]["factuality"] == "asserted", evs


# fire returned («ردّت X على مصادر النيران») answers an act the article has just told: a dated article keeps it as
# told, and it is not the act it answers (the other side's fire)

_RETURNED = ("قتلى بقذائف على أحياء المدينة.. والجيش يقصف مواقع المسلحين شرقها\n"
             "قُتل أربعة مدنيين مساء أمس بسقوط قذائف صاروخية أطلقها مسلحو الجبهة على أحياء سكنية في مدينة الرستن. "
             "وردّت وحدات المدفعية في الجيش على مصادر النيران بقصف طال مواقع المسلحين في التلال شرقي المدينة، بحسب "
             "مصدر عسكري، الذي لم يذكر حصيلة.")


def test_fire_returned_is_an_act_of_its_own(events_of):
    evs = _of_type(list(events_of(_RETURNED)), "ASSAULT")
    army = [e for e in evs if any("الجيش" in s or "المدفعية" in s for s in _texts(e["source"]))]
    rockets = [e for e in evs if any("مدنيين" in s for s in _texts(e["recipient"]))]
    assert army and rockets and not set(map(id, army)) & set(map(id, rockets)), evs
    assert all(e["factuality"] in ("asserted", "reported") for e in army), army
    assert not any("الجيش" in s for e in rockets for s in _texts(e["source"])), rockets


def test_fire_returned_keeps_its_telling_in_a_dated_article(events_of):
    text = ("قصف على الرستن\n"
            "قُتل أربعة مدنيين مساء أمس بسقوط قذائف صاروخية أطلقها مسلحو الجبهة على أحياء سكنية في مدينة الرستن. "
            "وردّت وحدات المدفعية في الجيش على مصادر النيران، بحسب مصدر عسكري، الذي لم يذكر حصيلة.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    army = [e for e in evs if any("المدفعية" in s for s in _texts(e["source"]))]
    assert army and army[0]["factuality"] == "asserted", evs


def test_a_headlines_second_part_with_its_own_attacker_is_another_act(events_of):
    # the rockets of the headline's first part are not the army's shelling of its second
    evs = _of_type(list(events_of(_RETURNED)), "ASSAULT")
    assert len(evs) >= 2, evs
    first = min(evs, key=lambda e: e["evidence"]["trigger"]["start"])
    assert not any("الجيش" in s for s in _texts(first["source"])), evs


def test_the_side_hit_acting_below_a_headline_is_another_act(events_of):
    text = ("شهيدان بقذيفتي هاون على مورك.. وجيشنا الباسل يدكّ أوكار الإرهابيين في التلال\n"
            "ارتقى مواطنان شهيدين وأصيب ثلاثة آخرون مساء أمس جراء سقوط قذيفتي هاون أطلقتهما المجموعات الإرهابية "
            "المتحصنة في التلال على مورك، بحسب مصدر طبي.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    mortars = [e for e in evs if any("مواطنان" in s for s in _texts(e["recipient"]))]
    assert mortars and any("المجموعات" in s for s in _texts(mortars[0]["source"])), evs
    assert not any("الجيش" in s for s in _texts(mortars[0]["source"])), evs
