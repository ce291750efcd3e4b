"""Session 55: classes of language from the errors of the dev sets (docs/events.md § Session 55).
The texts are the team's own."""

from __future__ import annotations

import pytest

# an attempt someone survived («نجا … من محاولة اغتيال») happened, however long the survivor's phrase; and an attempt
# kills no one by its words (a toll told elsewhere still counts)


@pytest.mark.parametrize("text", [
    "ونجا ضابط في مديرية الأمن العام بالمدينة من محاولة اغتيال مساء أمس قرب منزله.",
    "ونجا رئيس المجلس المحلي لبلدة القصير من محاولة اغتيال بعبوة ناسفة صباح اليوم.",
])
def test_a_survived_attempt_happened_and_killed_no_one(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["factuality"] == "asserted"
    assert e.get("fatalities") is None


def test_an_attempt_not_survived_stays_a_condition(events_of):
    # guard
    text = "وقال المسؤول إن أي محاولة اغتيال لقادة الحراك ستقابل برد حازم."
    assert all(e["factuality"] != "asserted" for e in events_of(text) if e["type"] == "ASSAULT")


def test_a_killing_of_one_named_victim_still_counts_one(events_of):
    # guard
    (e,) = [e for e in events_of("واغتال مسلحون مجهولون مختار القرية صباح اليوم.") if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 1
