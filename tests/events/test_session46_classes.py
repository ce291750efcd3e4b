"""Session 46: classes of language from the errors of the dev sets (docs/events.md § Session 46).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# an actor right after a part of a place («عند أطراف X»، «في محيط X»، «وسط X») is in its genitive: where the act
# happened, never the subject of the verb after it


@pytest.mark.parametrize("text", [
    "وسقطت القذائف عند أطراف كراجات العباسيين، ودمّرت ثلاث سيارات.",
    "وهاجمت قوات الحكومة مواقع للمتمردين في محيط مقر اللواء الثالث، ودمّرت عربتين مدرعتين.",
])
def test_an_actor_after_a_part_of_a_place_is_no_subject(all_events_of, text):
    evs = _of_type(all_events_of("عنوان الخبر\n" + text), "ASSAULT")
    assert evs, evs
    sources = [s for e in evs for s in _texts(e["source"])]
    assert not any("كراجات" in s or "مقر" in s for s in sources), evs


# «فاستهدفت بالمدفعية تجمعات …»: the instrument glued to بـ right after a verb of aiming; the actor after it is the
# target, and a verb joined by و/ف has the subject of the clause before it


@pytest.mark.parametrize("text", [
    "وواصلت وحدات من الجيش عملياتها في حي الشيخ مقصود، فاستهدفت بالمدفعية تجمعات للمسلحين قرب الدوار.",
    "وتابعت قوات الحكومة تقدمها نحو البلدة، واستهدفت بالصواريخ مواقع للمتمردين على التلة.",
])
def test_the_instrument_after_a_joined_verb(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs
    sources = _texts(evs[0]["source"])
    assert any("وحدات" in s or "قوات" in s for s in sources), evs
    assert not any("تجمعات" in s or "مواقع" in s for s in sources), evs


def test_a_weapon_subject_after_the_verb_still_fires(events_of):
    text = "واستهدفت طائرة مسيرة سيارة لقيادي في الفصيل قرب البلدة مساء أمس."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and not any("سيارة" in s or "قيادي" in s for s in _texts(evs[0]["source"])), evs


# an event the detection model alone doubted, which a dated article tells as asserted (session 44), is dated as the
# article's other acts: the narrative's date, else the publication date


def test_an_act_the_model_doubted_is_dated_by_publication(events_of):
    text = "وأشار المراسل إلى أن المقاتلات استهدفت بالصواريخ مواقع للفصائل في ريف المدينة."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "asserted", evs
    assert any("doubt makes no aggregate" in w for w in evs[0]["why"]["factuality"]), evs[0]["why"]
    assert evs[0]["date"] and evs[0]["date"]["value"].startswith("2024-01-02"), evs[0]["date"]
