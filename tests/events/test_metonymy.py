"""A capital standing for its government (marsad.events.metonymy)."""

from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document
from marsad.events.metonymy import capitals


@pytest.fixture(scope="module")
def pipe():
    nlp = marsad.load()
    return lambda text: nlp(Document(text=text, id="m1", published="2024-01-02")).events


def roles(evs, typ):
    e = next(e for e in evs if e["type"] == typ)
    return [a.get("actor") for a in e["source"]], [a.get("actor") for a in e["recipient"]]


def test_the_table_names_governments_and_leaves_out_shared_names():
    caps = capitals()
    assert caps["دمشق"][0] == "SYR-GOV" and caps["تل ابيب"][0] == "ISR"
    assert "عمان" not in caps and "طرابلس" not in caps  # Amman/Oman, Libya/Lebanon


def test_a_capital_subject_of_a_political_verb_is_its_government(pipe):
    assert roles(pipe("اتهمت دمشق واشنطن بدعم الجماعات المسلحة."), "ACCUSE") == (["SYR-GOV"], ["USA"])
    assert roles(pipe("موسكو تطالب بوقف التصعيد في الشمال."), "REQUEST")[0] == ["RUS"]


def test_a_capital_after_a_preposition_or_as_a_destination_stays_a_place(pipe):
    evs = pipe("زار الوزير دمشق أمس والتقى نظيره.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]
    evs = pipe("طالب المحتجون في دمشق بالإفراج عن المعتقلين.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]
