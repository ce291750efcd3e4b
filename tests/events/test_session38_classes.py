"""Session 38: classes of language from the errors of the dev sets (docs/events.md § Session 38).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# titles of local governors head an actor phrase: «والي» (Sudan, the Maghreb, Turkey, the jihadists' provinces),
# «متصرف» (Jordan's districts), «قائممقام» (Iraq's and Lebanon's districts)


@pytest.mark.parametrize(("text", "who"), [
    ("والتقى والي الولاية المكلّف، مساء اليوم، وفداً من المحتجين في مكتبه.", "والي الولاية"),
    ("واستقبل الوالي في مكتبه وفداً من أعيان المدينة لبحث أوضاع السوق.", "الوالي"),
    ("وتعهّد قائممقام القضاء بإعادة فتح الطريق خلال أيام.", "قائممقام"),
    ("واجتمع متصرف اللواء مع وجهاء العشيرتين في ديوان البلدة.", "متصرف"),
])
def test_a_governor_title_heads_the_actor(events_of, text, who):
    evs = _events(events_of, text)
    assert evs and any(who in t for t in _texts(evs[0]["source"])), evs


# «والي» is written with a plain alef: «وإلى» (and to) and «وآليات» (and mechanisms) share its matching form


@pytest.mark.parametrize("text", [
    "وقال الوزير: «ناقشنا خلال الاجتماع نتائج القمة، وآليات عمل اللجان المشتركة».",
    "وناقش الوفد مع المسؤولين سبل إيصال المساعدات إلى المخيمات وإلى المناطق المحاصرة.",
])
def test_and_to_or_mechanisms_are_no_governor(events_of, text):
    evs = _events(events_of, text)
    for e in _of_type(evs, "CONSULT"):
        assert not any(t.startswith(("وآلي", "وإلى")) for t in _texts(e["source"]) + _texts(e["recipient"])), evs


# a governor's title and the place he governs are one actor («محافظ درعا»، «والي البحر الأحمر»); the place stays
# the office's place


@pytest.mark.parametrize(("text", "who"), [
    ("واستقبل محافظ درعا، صباح اليوم، وفداً من وجهاء العشائر في مكتبه.", "محافظ درعا"),
    ("وطالب المعتصمون والي البحر الأحمر بإلغاء الرسوم الجديدة على الشاحنات.", "والي البحر الأحمر"),
])
def test_a_governor_and_his_territory_are_one_actor(events_of, text, who):
    evs = _events(events_of, text)
    assert evs and any(who in t for e in evs for t in _texts(e["source"]) + _texts(e["recipient"])), evs
