"""Session 36: classes of language from the errors of the dev sets (docs/events.md § Session 36).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# the one asked when no actor is named there: the words between a verb of asking and what is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("تجمّع العشرات من أهالي بلدة الدانا أمام المخبز الآلي، صباح اليوم، وطالبوا محافظة إدلب بـ«حلّ عاجل» "
     "لأزمة الطحين.", "محافظة إدلب"),
    ("نظّم العشرات من سائقي الشاحنات وقفة احتجاجية أمام مبنى المرفأ، وطالبوا والي البحر الأحمر بإلغاء "
     "الرسوم الجديدة.", "والي البحر الأحمر"),
    ("اعتصم عشرات المزارعين أمام مبنى البلدية، مساء أمس، وطالبوا، في بيان تلوه أمام الصحفيين، إدارة المعبر "
     "بتعويضهم عن خسائرهم.", "إدارة المعبر"),
])
def test_the_one_asked_is_the_phrase_before_what_is_asked(events_of, text, asked):
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert demands and any(asked in t for t in _texts(demands[0]["recipient"])), demands


@pytest.mark.parametrize("text", [
    "وطالب المشاركون في الوقفة بالإفراج عن المعتقلين وكشف مصير المفقودين.",
    "ودعت عائلات المفقودين إلى وقفة جديدة يوم الجمعة المقبل أمام مبنى المحافظة.",
    "وقال المتحدث إن الهيئة ستطالب مرةً أخرى بإطلاق سراح الموقوفين.",
    "ودعا رئيس البلدية السابق إلى الهدوء وضبط النفس.",
])
def test_no_one_asked_is_read_from_the_subject_or_an_adverb(events_of, text):  # (a guard)
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert all(not e["recipient"] or all(w not in " ".join(_texts(e["recipient"])) for w in
               ("المشاركون", "عائلات", "مرة", "السابق")) for e in demands), demands
