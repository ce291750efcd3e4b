"""``find_names`` with the names' word prefixes stops early and finds exactly what the full search finds."""

from __future__ import annotations

from dataclasses import asdict

from marsad.geo.match import find_names, name_prefixes, strip_variants
from marsad.geo.resolve import Geocoder

_TEXTS = [
    "قصفت الطائرات ريف دير الزور الشرقي وبلدة معرة النعمان جنوبي إدلب",
    "وصل الوفد إلى دمشق قادماً من بيروت، ثم زار حلب وحمص واللاذقية",
    "اشتباكات في حي الشيخ مقصود بمدينة حلب وقرب مطار القامشلي",
    "لدير الزور وللرقة والحسكة: قرارات جديدة في رأس العين وتل أبيض",
]


def test_name_prefixes_are_word_prefixes() -> None:
    assert name_prefixes({"دير الزور", "حلب"}) == {"دير", "دير الزور", "حلب"}


def test_find_names_with_prefixes_equals_the_full_search() -> None:
    g = Geocoder()
    keys = g.index.name_keys()
    prefixes = name_prefixes(keys)
    found_any = False
    for text in _TEXTS:
        slow = [asdict(m) for m in find_names(text, keys)]
        fast = [asdict(m) for m in find_names(text, keys, prefixes=prefixes)]
        assert fast == slow
        found_any = found_any or bool(fast)
    assert found_any


def test_strip_variants_cached_copy() -> None:
    first = strip_variants("وبحلب")
    first.append(("x", 9))  # callers get their own list
    assert strip_variants("وبحلب") == [("وبحلب", 0), ("بحلب", 1), ("حلب", 2)]
