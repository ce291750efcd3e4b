"""Per-process caches: same answers as the uncached computations, never a stale one."""

from __future__ import annotations

from marsad import cache
from marsad.geo.resolve import Geocoder
from marsad.kb.places import PlaceEntry, PlaceIndex
from marsad.text.normalize import normalize


def test_normalized_equals_normalize_and_is_shared() -> None:
    cache.clear()
    text = "قالت مصادر محلّيةٌ إنّ القصفَ استهدف البلدة"
    first = cache.normalized(text)
    assert first == normalize(text)
    assert cache.normalized(text) is first


def test_normalized_follows_a_changed_text() -> None:
    cache.clear()
    a = cache.normalized("سقطت قذيفة على الحيّ")
    b = cache.normalized("سقطت قذائف على الحيّ")
    assert a.text != b.text
    assert b == normalize("سقطت قذائف على الحيّ")


def test_normalized_keeps_only_a_few_texts() -> None:
    cache.clear()
    for i in range(cache.NORMALIZED_CACHE_SIZE + 3):
        cache.normalized(f"نص رقم {i}")
    assert cache.normalized.cache_info().currsize == cache.NORMALIZED_CACHE_SIZE


def _index() -> PlaceIndex:
    return PlaceIndex(
        [
            PlaceEntry("p1", ("كفرنبل",), "Kafr Nabl", "town", "SY", admin1="12", lat=35.6, lon=36.56),
            PlaceEntry("p2", ("معرة النعمان",), "Maarat al-Numan", "city", "SY", admin1="12", lat=35.64, lon=36.67),
            PlaceEntry("p3", ("إدلب",), "Idleb", "admin1", "SY", admin1="12", precision=3),
        ]
    )


def test_geocoder_repeated_context_gives_the_answers_of_a_fresh_geocoder() -> None:
    ctx_a = "قصفت الطائرات مدينة معرة النعمان في ريف إدلب"
    ctx_b = "خرجت مظاهرة في مدينة حلب"
    warm = Geocoder(_index())
    for _ in range(2):  # second round: every text and context comes from the caches
        for text, ctx in (("كفرنبل", ctx_a), ("كفرنبل", ctx_b), ("كفرنبل", ctx_a), (ctx_a, None)):
            fresh = Geocoder(_index()).geocode(text, context=ctx)
            got = warm.geocode(text, context=ctx)
            assert [(r.text, [(c.entry.id, c.score, c.why) for c in r.candidates]) for r in got] == [
                (r.text, [(c.entry.id, c.score, c.why) for c in r.candidates]) for r in fresh
            ]


def test_geocoder_matches_are_copies() -> None:
    geo = Geocoder(_index())
    text = "قصفت الطائرات مدينة معرة النعمان"
    first = geo.geocode(text)
    first[0].match.attrs["changed"] = True
    first[0].match.end = 0
    again = geo.geocode(text)
    assert "changed" not in again[0].match.attrs
    assert again[0].match.end == len(text)
