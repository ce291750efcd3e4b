"""Session 6: people named by their role (governor, sheikh, mukhtar, child, driver …) head actor phrases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "typ", "source", "recipient"), [
    ("واجتمع المحافظ مع ممثلين عن الفصائل المسلحة في المدينة.", "CONSULT", "المحافظ", None),
    ("واعتقلت قوات الأمن شيخ العشيرة على حاجز المدينة.", "COERCE", "قوات الأمن", "شيخ العشيرة"),
    ("وقتل طفل برصاص قناص في حي الوعر.", "ASSAULT", "قناص", "طفل"),
])
def test_people_named_by_their_role_are_actors(events_of, text, typ, source, recipient):
    # governors, sheikhs, mukhtars, children … head actor phrases when no name is tagged (session 6)
    e = next(e for e in events_of(text) if e["type"] == typ)
    assert [a["text"] for a in e["source"]] == [source]
    if recipient:
        assert [a["text"] for a in e["recipient"]] == [recipient]
