"""«ما لم» (unless) is a condition, «ما زالت/لا تزال» (still) is no negation (session 8).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _fact(events_of, text, typ):
    return next(e["factuality"] for e in events_of(text) if e["type"] == typ)


@pytest.mark.parametrize(("text", "typ"), [
    # (a threat's condition — «وهدد الجيش بقصف مواقع المسلحين ما لم ينسحبوا من البلدة» — is the threat's content and
    # no event of its own since session 33: tests/events/test_session33_classes.py)
    ("ولن يعود الأهالي إلى بيوتهم ما لم ينسحب المسلحون من البلدة.", "RETREAT"),
    ("ولن تبدأ إعادة الإعمار ما لم يتم وقف المواجهات العسكرية في الشمال.", "ASSAULT"),
])
def test_unless_is_a_condition(events_of, text, typ):
    assert _fact(events_of, text, typ) == "hypothetical"


def test_what_did_not_is_no_condition(events_of):
    # «وهو ما لم يعلنه الجيش»: «ما» is «what», and the clause is a plain negation of the announcement
    assert _fact(events_of, "وأرسل الجيش تعزيزات إلى الحدود أمس، وهو ما لم تعلنه الوزارة.", "MOBILIZE") != "hypothetical"


@pytest.mark.parametrize("text", [
    "وما زالت الاشتباكات مستمرة بين الطرفين في ريف المدينة منذ أمس.",
    "ولا تزال المواجهات مستمرة بين الجيش والمسلحين في أطراف البلدة منذ الصباح.",
])
def test_still_is_no_negation(events_of, text):
    assert _fact(events_of, text, "ASSAULT") != "negated"
