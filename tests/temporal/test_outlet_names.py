"""A time word that ends an outlet's quoted name («سودان الغد»، «قناة اليوم») is part of the name, not a date."""

from __future__ import annotations

import pytest

from marsad.temporal.resolve import find_times


def _texts(text):
    return [t.text for t in find_times(text, published="2024-08-20")]


@pytest.mark.parametrize("text", [
    "الأبيض – «سودان الغد»: قتل ثلاثة في قصف على السوق",  # the dateline's outlet
    "نقلت «قناة الغد» عن مصدر أن الوفد غادر",  # the outlet named inside the quote
    "ذكرت وكالة «أنباء اليوم» أن الوفد غادر",  # named before it
    "وأفادت شبكة «السلمية اليوم» المحلية بأن الوفد غادر",
    "وقال شاهد عيان لـ«سودان الغد» إن المسيّرة سقطت وسط السوق",  # the one told (session 31)
    "وأفاد مصدر محلي لـ«نيالا اليوم» بأن الوفد غادر",
])
def test_the_time_word_of_an_outlets_name_is_no_date(text):
    assert _texts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وقال «سنعود غداً» إلى المدينة", ["غداً"]),  # quoted speech ending with a time word
    ("وقال: «سنعود غداً».", ["غداً"]),
    ("وقال إن «اليوم» هو يوم الحسم", ["اليوم"]),  # quoted alone
    ("نقلت «قناة الغد» عن مصدر أن الهجوم وقع أمس", ["أمس"]),
    ("ودعا الناشطون لـ«الإضراب غداً»", ["غداً"]),  # after «لـ» with no word of its own before the time: a time
])
def test_a_quoted_time_that_is_no_name_is_kept(text, found):
    assert _texts(text) == found
