"""Session 14: the main places of Tunisia (team-curated rows), its names that are also common words, and a name that
begins with its own type word after a faction word."""

from __future__ import annotations

import pytest

from marsad.geo.resolve import default_geocoder


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("نظم العشرات وقفة أمام مقر ولاية صفاقس.", "ولاية صفاقس", "TN"),
        ("أغلقت السلطات معبر رأس جدير الحدودي مع ليبيا.", "معبر رأس جدير", "TN"),
        ("وصل مئات المهاجرين إلى مدينة بن قردان جنوب البلاد.", "مدينة بن قردان", "TN"),
        ("خرجت مظاهرة في القصرين وسيدي بوزيد.", "سيدي بوزيد", "TN"),
    ],
)
def test_main_tunisian_places_are_found(text: str, name: str, country: str) -> None:
    found = [(p.text, p.country) for p in default_geocoder().find_places(text)]
    assert (name, country) in found


def test_el_kef_needs_support_as_a_place() -> None:
    # «الكاف» is also the name of a letter: alone it is no place, after «مدينة» it is
    g = default_geocoder()
    assert not [p for p in g.find_places("كتب الكاف في أول الكلمة.") if p.country == "TN"]
    assert [p.country for p in g.find_places("وصل الوفد إلى مدينة الكاف أمس.") if "الكاف" in p.text] == ["TN"]


def test_a_name_beginning_with_its_type_word_is_a_place_after_a_faction_word() -> None:
    # «تجمع» before a name is a faction («تجمع أحرار حوران»); before «مخيمات X» it is a cluster of camps
    g = default_geocoder()
    assert [p.name_en for p in g.find_places("وفي تجمع مخيمات أطمة، تظاهر النازحون.")] == ["Atmeh Camps"]
    assert [p.name_en for p in g.find_places("ونازحون في أطمة يتظاهرون.")] == ["Atmeh"]
