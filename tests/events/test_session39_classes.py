"""Session 39: classes of language from the errors of the dev sets (docs/events.md § Session 39).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a verb joined by «، و» to a demand shares its subject; an actor right after it that is of that subject's side
# (the same actor, or a unit of it) names the subject again and is not the one addressed — for a threat, the one
# addressed is the one the demand before it addressed


@pytest.mark.parametrize(("text", "who", "whom"), [
    ("وقال المصدر إن الجانب الروسي طالب الفصائل بتسليم السلاح الثقيل خلال أيام، وهدد الضباط الروس بـ«مواصلة"
     " العملية العسكرية» إن لم تُقبل الشروط.", "الضباط الروس", "الفصائل"),
    ("وطالب الجانب التركي المقاتلين الأكراد بالانسحاب من البلدة، وهدد الجيش التركي بعملية واسعة إن لم يفعلوا.",
     "الجيش التركي", "المقاتلين"),
])
def test_the_subject_named_again_after_a_joined_threat(events_of, text, who, whom):
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and who in _texts(evs[0]["source"]), evs
    assert any(whom in t for t in _texts(evs[0]["recipient"])), evs


@pytest.mark.parametrize("text", [
    # another side after the joined verb is the one addressed
    "وأدانت وزارة الخارجية القصف على القرى الحدودية، وطالبت الحكومة التركية بوقف العمليات فوراً.",
])
def test_another_side_after_a_joined_verb_is_still_addressed(events_of, text):
    evs = _of_type(_events(events_of, text), "REQUEST")
    assert evs and any("الحكومة التركية" in t for t in _texts(evs[0]["recipient"])), evs
