"""A capital standing for its government (marsad.events.metonymy)."""

from __future__ import annotations

from marsad.events.metonymy import capitals


def test_the_table_names_governments_and_leaves_out_shared_names():
    caps = capitals()
    assert caps["دمشق"][0] == "SYR-GOV" and caps["تل ابيب"][0] == "ISR"
    assert "عمان" not in caps and "طرابلس" not in caps  # Amman/Oman, Libya/Lebanon


def test_a_capital_subject_of_a_political_verb_is_its_government(roles_of):
    assert roles_of("اتهمت دمشق واشنطن بدعم الجماعات المسلحة.", "ACCUSE") == (["SYR-GOV"], ["USA"])
    assert roles_of("موسكو تطالب بوقف التصعيد في الشمال.", "REQUEST")[0] == ["RUS"]


def test_a_capital_after_a_preposition_or_as_a_destination_stays_a_place(events_of):
    evs = events_of("زار الوزير دمشق أمس والتقى نظيره.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]
    evs = events_of("طالب المحتجون في دمشق بالإفراج عن المعتقلين.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]
