"""Session 7: an actor alias that is also a definite common noun («القاعدة»: al-Qaeda, or a military base) reads
as the noun when a nisba adjective follows it, or when the article speaks of the noun and never of the actor by
a phrase of its own (``resources/kb/common_nouns.json``).  Texts written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document, Mention
from marsad.ner.merge import without_common_nouns


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _ids(nlp, text: str) -> list[str | None]:
    return [m.kb_id for m in nlp(Document(text=text, id="t", published="2024-01-02")).mentions]


@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيرة القاعدة الجوية قرب المطار، ولم ترد أنباء عن إصابات.",
    "وأفادت مصادر بسماع انفجارات في قاعدة حقل الغاز، وقالت إن القاعدة تعرضت لقصف بالصواريخ.",
])
def test_the_base_is_not_al_qaeda(nlp, text):
    assert "AQ" not in _ids(nlp, text)


@pytest.mark.parametrize("text", [
    "وهاجم مسلحو القاعدة حاجزاً للجيش قرب المدينة.",
    # the article writes «تنظيم القاعدة»: a bare «القاعدة» later is the group, whatever else it says
    "أعلن تنظيم القاعدة مسؤوليته عن الهجوم على قاعدة للجيش، وقال بيان للقاعدة إن مقاتليه انسحبوا.",
])
def test_al_qaeda_stays_linked(nlp, text):
    assert "AQ" in _ids(nlp, text)


def test_no_event_takes_al_qaeda_for_the_base(nlp):
    doc = nlp(Document(text="وأكدت مصادر محلية تعرض القاعدة الأميركية في حقل النفط لهجوم بالطائرات المسيرة.",
                       id="t", published="2024-01-02"))
    assert doc.events  # an event to check
    assert all(a.get("actor") != "AQ" for e in doc.events for a in [*e["source"], *e["recipient"]])


def test_a_crf_mention_of_the_noun_is_dropped_and_refs_follow():
    text = "قصفت الطائرات القاعدة العسكرية، وقال الوزير إن الجيش رد."
    s = text.index("القاعدة")
    w = text.index("الوزير")
    crf = Mention(start=s, end=s + len("القاعدة"), label="ORG", text="القاعدة", kind="actor", origin="crf")
    other = Mention(start=w, end=w + len("الوزير"), label="PERS", text="الوزير", kind="person", origin="crf")
    ref = Mention(start=w, end=w + len("الوزير"), label="PERS", text="الوزير", kind="person", origin="coref", ref=2)
    out = without_common_nouns(text, [crf, ref, other])
    assert [m.text for m in out] == ["الوزير", "الوزير"]
    assert out[0].ref == 1  # re-pointed past the dropped mention
    group = "هاجم مسلحو القاعدة حاجزاً للجيش."
    g = group.index("القاعدة")
    kept = Mention(start=g, end=g + len("القاعدة"), label="ORG", text="القاعدة", kind="actor", origin="crf")
    assert without_common_nouns(group, [kept]) == [kept]  # no noun reading: the group stays
