"""Session 75: classes of language from the errors on the dev sets (docs/events.md § Session 75).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts

# a verb in «ت» is no noun that a phrase's gap reaches: «وطالبت» is not «طالباً» (a student arrested), though the
# defective verbs' stems read «دعت» as «دعا»


def test_a_demand_after_stopped_operations_is_no_arrest(events_of):
    text = "وأوقفت إدارة المستشفى العمليات الجراحية غير العاجلة، وطالبت نقابة الأطباء الوزارة بتأمين الوقود."
    assert facts(events_of, text, "COERCE") == []


def test_a_student_stopped_is_still_an_arrest(events_of):
    text = "وأوقفت دورية للشرطة، مساء أمس، طالباً جامعياً قرب البوابة الشمالية للمدينة."
    assert facts(events_of, text, "COERCE") == ["asserted"]
