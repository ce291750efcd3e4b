"""Session 28: classes of language from the errors of the dev sets and the news files (docs/events.md § Session 28).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import texts as _texts


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


# an attack noun that a statement talks about is an armed attack, not a verbal one: the speech word is far from it,
# the attack is counted, a relative clause follows it, or it opens the reported clause


@pytest.mark.parametrize("text", [
    "وقال المتحدث في تصريح صحفي إن الهجوم جاء بعد أسابيع من التهديدات.",
    "ووصف البيان الهجوم الذي تعرّضت له القاعدة العسكرية بأنه تصعيد خطير.",
    "وجاءت تصريحات المسؤولين الغاضبة بعد أيام قليلة من وقوع أول هجوم قرب المعبر.",
    "وتصاعدت الانتقادات للحكومة منذ هجوم السوق قبل أسبوعين.",
    # (a guard: an attack the speaker's side carried out was armed before this session)
    "وذكرت الفصائل في بيان أنها شنّت هجومين على الحواجز قرب المطار.",
])
def test_an_armed_attack_talked_about_is_no_verbal_attack(events_of, text):
    events = _events(events_of, text)
    assert not [e for e in _of_type(events, "ACCUSE")
                if "هجوم" in e["evidence"]["trigger"]["text"] or "هجم" in e["evidence"]["trigger"]["text"]], events
    assert _of_type(events, "ASSAULT"), events


@pytest.mark.parametrize("text", [
    # (guards: words against someone stay a verbal attack — a verb, and a noun with its speech word beside it)
    "وهاجم رئيس الحزب في خطاب متلفز الحكومة متهماً إياها بالفساد.",
    "وفي مقابلة تلفزيونية، شنّ النائب هجوماً على وزير المالية.",
])
def test_a_verbal_attack_stays_an_accusation(events_of, text):
    events = _events(events_of, text)
    assert _of_type(events, "ACCUSE") and not _of_type(events, "ASSAULT"), events


# «استنكروا «الهجمات الإرهابية» التي استهدفت X»: the attack (past its adjectives) is the subject of the relative verb;
# X is what it hit


def test_the_relative_verb_of_an_attack_noun_has_its_target_after_it(events_of):
    events = _events(events_of, "واستنكر المجتمعون في بيانهم «الهجمات الإرهابية الجبانة» التي استهدفت عناصر الشرطة "
                                "على الطريق الدولي.")
    hit = [e for e in _of_type(events, "ASSAULT") if "عناصر الشرطة" in " ".join(_texts(e.get("recipient")))]
    assert hit, events
    assert not [e for e in events if "عناصر الشرطة" in " ".join(_texts(e.get("source")))], events
