"""Session 51: classes of language from the errors of the dev sets (docs/events.md § Session 51).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# a government's formal protest — a note conveyed («رسالة/مذكرة احتجاج»، «أبلغه احتجاج …») or a protest called
# official — is no demonstration


@pytest.mark.parametrize("text", [
    "وأضاف المندوب أن بعثة بلاده سلّمت الأمين العام رسالة احتجاج على الغارات الأخيرة.",
    "واستدعى وزير الخارجية السفير إلى مقر الوزارة، وأبلغه «احتجاج الحكومة الشديد» على خرق الحدود.",
    "وقدّمت الحكومة احتجاجاً رسمياً لدى الأمم المتحدة على القصف.",
])
def test_a_formal_protest_is_no_demonstration(events_of, text):
    assert _of_type(_events(events_of, text), "PROTEST") == []


def test_a_protest_held_by_people_stays_a_demonstration(events_of):
    # guard: the noun with its crowd
    text = "ونظّم عشرات الطلاب احتجاجاً أمام مبنى المحافظة ظهر اليوم للمطالبة بالإفراج عن زملائهم."
    assert len(_of_type(_events(events_of, text), "PROTEST")) == 1
