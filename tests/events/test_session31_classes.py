"""Session 31: classes of language from the errors of the dev sets and set 35 (docs/events.md § Session 31).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


# a threat joined by «، و» to a demand or a charge threatens the one that clause addressed


@pytest.mark.parametrize(("text", "threatened"), [
    ("وطالبت النقابة الحكومة بصرف الرواتب المتأخرة، وهددت بتعليق الدوام إذا لم تلبَّ مطالبها.", "الحكومة"),
    ("وحمّلت الحركة قيادة الجيش المسؤولية عن المجزرة، وتوعّدت بأن يكون الرد قاسياً.", "الجيش"),
    # (after a participle's clause between them: the threat is no longer dropped as an act with no actor)
    ("وحمّلت الحركة في بيان قيادة الجيش المسؤولية عن المجزرة، مؤكدةً أن عدد القتلى بلغ عشرة، وتوعّدت بأن يكون الرد "
     "قاسياً.", "الجيش"),
])
def test_a_joined_threat_threatens_the_one_addressed(events_of, text, threatened):
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert len(threats) == 1, threats
    assert any(threatened in t for t in _texts(threats[0]["recipient"])), threats[0]["recipient"]


def test_a_threat_to_pursue_culprits_is_not_against_the_one_charged(events_of):  # (a guard)
    text = "واتهمت الحركة فرع الأمن العسكري بحماية العصابات، وتوعدت بملاحقة الخاطفين."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert threats and not any("الأمن العسكري" in t for e in threats for t in _texts(e["recipient"])), threats


def test_a_threat_joined_to_a_statement_takes_no_addressee(events_of):  # (a guard)
    text = "وأعلنت الحركة أن قواتها صدّت الهجوم، وتوعّدت بأن يكون الرد قاسياً."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert all(not e["recipient"] for e in threats), threats
