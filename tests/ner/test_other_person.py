"""A one-word person alias of the KB followed by a family name is another person (session 6)."""

from __future__ import annotations

from marsad.doc import Mention
from marsad.ner.merge import other_person


def _alias(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start=start, end=start + len(word), label="PERS", text=word, kind="actor", kb_id="SYR-PRES",
                   origin="gazetteer", attrs={"type": "person"})


def test_a_first_name_alias_followed_by_a_family_name_is_someone_else():
    text = "وطالب المندوب بشار الجعفري بفتح تحقيق."
    m = other_person(text, _alias(text, "بشار"))
    assert m is not None and m.text == "بشار الجعفري" and m.kb_id is None and m.kind == "person"


def test_the_alias_alone_or_before_other_words_stays_linked():
    for text in ("وأكد نظام بشار أن الهجوم فشل.", "وقال بشار الذي ظهر أمس إن الحرب انتهت."):
        assert other_person(text, _alias(text, "بشار")) is None

