"""A village named like a gazetteer place but located by «في/بـ ريف Y» in another governorate is a homonym the
gazetteer lacks: it stays unplaced instead of taking its namesake's coordinates (session 6)."""

from __future__ import annotations

import marsad
from marsad.doc import Document
from marsad.geo.resolve import default_geocoder


def test_a_village_in_the_countryside_of_another_governorate_is_left_unplaced():
    g = default_geocoder()
    text = "قصفت المدفعية قرية الحميدية في ريف القنيطرة."
    homonyms: list[tuple[int, int]] = []
    places = g.find_places(text, homonyms=homonyms)
    assert [text[a:b] for a, b in homonyms] == ["قرية الحميدية"]
    assert [p.text for p in places] == ["ريف القنيطرة"]


def test_a_direction_from_a_city_of_another_governorate_does_not_unplace():
    g = default_geocoder()
    places = g.find_places("وفي تكريت شمال بغداد قتل جندي.")
    assert "تكريت" in [p.text for p in places]


def test_the_pipeline_does_not_place_the_homonym_through_the_tagger():
    doc = marsad.load()(Document(text="استهدفت المدفعية أطراف قرية الحميدية، في ريف القنيطرة الأوسط، بقذيفتين.", id="h"))
    assert all("الحميدية" not in p.text for p in doc.places)


def test_an_outlet_named_like_a_town_is_no_place_of_the_article():
    nlp = marsad.load()
    doc = nlp(Document(text="وقالت مصادر للميادين إن الطائرات قصفت مدينة الميادين في ريف دير الزور.", id="o"))
    texts = [p.text for p in doc.places]
    assert "لميادين" not in texts  # the channel, after a source noun
    assert "مدينة الميادين" in texts  # the town itself


def test_a_place_joined_to_another_countryside_by_wa_is_not_located_there():
    # «حلب وريف إدلب»: two places, not a homonym of Aleppo in Idlib's countryside (session 13)
    g = default_geocoder()
    text = "قصفت الطائرات مدينة حلب وريف إدلب."
    assert [p.text for p in g.find_places(text)] == ["مدينة حلب", "ريف إدلب"]
