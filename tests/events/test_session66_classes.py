"""Session 66: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 66).
The texts are the team's own."""

from __future__ import annotations


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) for e in events_of(text)
            if e["type"] == typ]


# reinforcements that carry members counted in the singular after their number («تضم … ألف مقاتل من X») are X's, as
# those counted in the plural are («تقل عناصر من X»)


def test_reinforcements_carrying_counted_fighters_are_theirs(events_of):
    text = "ووصلت إلى محيط البلدة، ليل أمس، تعزيزات عسكرية تضم دبابات وأكثر من ألف مقاتل من الحشد الشعبي."
    assert _roles(events_of, text, "MOBILIZE") == [(["مقاتل من الحشد الشعبي"], [])]


def test_one_officer_leading_reinforcements_does_not_make_them_his_units(events_of):
    # (a guard: a singular member with no number before it is no count of the members carried)
    text = "ووصلت إلى محيط البلدة، ليل أمس، تعزيزات عسكرية تضم دبابات ومدرعات يقودها ضابط من الحرس الجمهوري."
    assert _roles(events_of, text, "MOBILIZE") == []


# the owner of the target after the subject: the subject's head («طيران») before the actor found in it is the
# subject's too, so the target («مواقع لـX») is still reached; hideouts and strongholds («أوكار»، «معاقل») are
# targets as positions are


def test_the_owner_of_the_target_after_a_subject_with_its_head(events_of):
    text = "وقصف طيران الجيش العراقي مواقع لـ«داعش» في محيط البلدة."
    assert _roles(events_of, text, "ASSAULT") == [(["الجيش العراقي"], ["داعش"])]


def test_the_owner_of_hideouts_struck_is_the_target(events_of):
    text = "وشنت الطائرات غارات على أوكار «جبهة النصرة» في البادية."
    assert _roles(events_of, text, "ASSAULT") == [(["الطائرات"], ["جبهة النصرة"])]
