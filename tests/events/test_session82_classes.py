"""Session 82: classes of language from the errors on the dev sets and the news files (docs/events.md § Session
82). The texts are the team's own."""

from __future__ import annotations

# a storming «من ثلاثة محاور» (from several axes) is a ground assault on a town, not a raid on it


def test_a_town_stormed_from_several_axes_is_an_assault(events_of) -> None:
    text = ("واقتحمت وحدات من الجيش، تساندها مجموعات من المتطوعين وعناصر الشرطة المحلية، بلدة الحمرا فجر "
            "اليوم الثلاثاء من المحاور الشمالي والغربي والجنوبي.")
    assert [e["type"] for e in events_of(text)] == ["ASSAULT"]


def test_a_camp_stormed_with_arrests_from_two_axes_stays_a_raid(events_of) -> None:
    # (the guard: an arrest told after the storming makes it a raid, whatever the axes)
    text = ("اقتحمت قوات الأمن مخيم الوادي من محورين فجر اليوم، واعتقلت خمسة شبان من أبنائه.")
    assert "ASSAULT" not in [e["type"] for e in events_of(text)]
