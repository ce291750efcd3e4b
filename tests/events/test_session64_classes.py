"""Session 64: classes of language from the errors on the news files and the dev sets (docs/events.md § Session 64).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [(_texts(e["source"]), _texts(e["recipient"])) for e in events_of(text) if e["type"] == typ]


# «خلايا» (cells: the plural of «خلية») heads an actor as «خلية» does, and joins the group it belongs to
# («خلايا التنظيم»، «خلايا «داعش»»)


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("وتوعّد قائد الفصيل، في تسجيل صوتي، بملاحقة الخلايا حتى آخر وكر في البادية.", "THREATEN",
     [(["قائد الفصيل"], ["الخلايا"])]),
    ("وهاجمت خلايا التنظيم، فجر أمس، حاجزاً للجيش على طريق البادية.", "ASSAULT", [(["خلايا التنظيم"], ["حاجزاً"])]),
], ids=["threatened", "attacking"])
def test_cells_are_actors(events_of, text, typ, expected):
    assert _roles(events_of, text, typ) == expected


# what an arrest's charge says («بتهمة «التستر على عناصر التنظيم»») names neither who is arrested nor who arrests


def test_the_charge_names_no_recipient(events_of):
    text = ("وقال ذوو الشاب إن دورية لقوات الأمن اعتقلته فجر أمس في بلدة الحمرة بتهمة «التستر على عناصر "
            "التنظيم».")
    assert _roles(events_of, text, "COERCE") == [(["دورية لقوات الأمن"], [])]


def test_the_object_after_a_definite_charge_stays(events_of):
    # guard: a definite masdar takes no genitive — the noun after it is the arrest's object
    text = "واعتقلت الشرطة، فجر أمس، بتهمة التهريب ثلاثة شبان من بلدة الحمرة."
    assert _roles(events_of, text, "COERCE") == [(["الشرطة"], ["شبان"])]
