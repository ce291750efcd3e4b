"""Session 29: classes of language from the errors of the dev sets and the news files (docs/events.md § Session 29).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import texts as _texts


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


# who receives aid: the people it is for («لأهالي …»، «لإغاثة …»، «لبعض اللاجئين»), the people or the place it is sent
# to («إلى مخيمات النازحين»، «إلى قطاع غزة»), the counted people it is handed out to («على مئات الأسر»، «على نحو ألفي
# عائلة»)


@pytest.mark.parametrize(("text", "receiver"), [
    ("دخلت قافلة مساعدات أممية، ظهر أمس، إلى مدينة الرستن، تضم عشر شاحنات محمّلة بمواد غذائية مخصصة لأهالي المدينة.",
     "أهالي المدينة"),
    ("وصلت قافلة مساعدات مقدّمة من جمعية خيرية إلى مخيمات النازحين قرب بلدة أطمة.", "النازحين"),
    ("أرسلت الهيئة الخيرية قافلة تضم ستين شاحنة إلى قطاع غزة.", "قطاع غزة"),
    ("ومن المقرر أن تبحر سفينة محمّلة بالمواد الغذائية متجهة إلى ميناء عدن لإغاثة الأسر المتضررة من السيول.",
     "الأسر المتضررة"),
    ("وزّعت المنظمة وجبات ساخنة وسلالاً غذائية على مئات الأسر النازحة في مخيمات منطقة حارم.", "الأسر النازحة"),
    ("وزّعت الوكالة، صباح اليوم، سلالاً غذائية ومواد صحية على نحو ألفي عائلة من مهجّري المخيم.", "ألفي عائلة"),
    ("قدّمت المنظمة المساعدات لبعض اللاجئين السوريين في المخيم.", "اللاجئين"),
])
def test_who_receives_aid(events_of, text, receiver):
    aid = _of_type(_events(events_of, text), "AID")
    assert aid and any(receiver in r for e in aid for r in _texts(e.get("recipient"))), aid


def test_the_people_aid_is_given_to_are_not_its_giver(events_of):
    aid = _of_type(_events(events_of, "قدّمت المنظمة المساعدات للاجئين السوريين في المخيم."), "AID")
    assert aid, aid
    assert not any("السوريين" in s or "لاجئين" in s for e in aid for s in _texts(e.get("source"))), aid
    assert any("لاجئين" in r for e in aid for r in _texts(e.get("recipient"))), aid


def test_a_receivers_phrase_starts_after_its_preposition(events_of):
    # (a guard: the span of a receiver found after «لـ» is the source text without the preposition)
    text = "عنوان الخبر\nوصلت شحنة مساعدات للنازحين في البلدة."
    aid = _of_type(events_of(text), "AID")
    rec = [r for e in aid for r in e.get("recipient") or []]
    assert rec and text[rec[0]["start"] : rec[0]["end"]] == rec[0]["text"] and not rec[0]["text"].startswith("ل"), aid


def test_aid_sent_to_a_country_is_received_by_it(events_of):
    aid = _of_type(_events(events_of, "وأرسلت الحكومة مساعدات طبية وفرق إنقاذ إلى تركيا."), "AID")
    assert aid and any("تركيا" in r for e in aid for r in _texts(e.get("recipient"))), aid


def test_the_construct_dual_of_thousand_is_a_number():
    # «ألفي عائلة» (two thousand families): the construct form of «ألفان», as «مئتي» is of «مئتان»
    from marsad.numbers.parse import parse_words
    from marsad.text.normalize import norm

    assert parse_words(norm("ألفي")) == 2000
