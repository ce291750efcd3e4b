"""Session 49: classes of language from the errors of the dev sets (docs/events.md § Session 49).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# the masdar of burning needs what is burnt after it, in any number («مركبتين»، «سيارة»، «محلاً»), as its verb does


@pytest.mark.parametrize("text", [
    "وتحدث ناشطون عن إحراق مستوطنين مركبتين لمواطنين قرب البلدة فجر اليوم.",
    "وأفاد شهود بحرق مسلحين محلاً تجارياً في السوق مساء أمس.",
])
def test_burning_what_is_named_in_the_singular_or_dual(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs
    assert evs[0]["mode"] == "destroy", evs


def test_burning_with_nothing_burnt_named_is_no_attack(events_of):
    # guard: «حرق المراحل» (rushing ahead) names nothing burnt
    evs = _of_type(_events(events_of, "وحذّر الوزير من حرق المراحل في المفاوضات الجارية."), "ASSAULT")
    assert evs == [], evs
