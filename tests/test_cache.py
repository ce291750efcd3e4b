"""Per-process caches: same answers as the uncached computations, never a stale one."""

from __future__ import annotations

import re

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


_PATTERNS = [r"(?P<d>\d{1,2})\s(?P<m>كانون\sالثاني|شباط|آذار)", r"(?<![^\W\d_])(?:امس|اليوم)(?![^\W\d_])", r"(a)\1"]
_SAMPLES = ["وقع الهجوم في 12 شباط الماضي", "قال اليوم إن 3 كانون الثاني", "aa a", "بالامس"]


def _answers(regexes: list) -> list:
    return [[(m.span(), m.groupdict(), m.groups()) for m in rx.finditer(s)] for rx in regexes for s in _SAMPLES]


def test_geocoder_caches_stay_small() -> None:
    from marsad.geo import resolve

    geo = Geocoder(_index())
    for i in range(resolve._CTX_CACHE_SIZE + 5):
        geo.geocode("كفرنبل" + " و" * i, context="معرة النعمان" + " و" * i)
    assert len(geo._names_cache) <= resolve._CTX_CACHE_SIZE
    assert len(geo._ctx_cache) <= resolve._CTX_CACHE_SIZE


def test_compile_regexes_matches_like_re_compile() -> None:
    pats = [r"(?P<d>\d+)\s+آذار", r"أمس|اليوم"]
    got = cache.compile_regexes("test", pats)
    for p, g in zip(pats, got, strict=True):
        for text in ("في 27 آذار", "قصف اليوم", "لا شيء"):
            want = re.compile(p).search(text)
            have = g.search(text)
            assert (want and want.span()) == (have and have.span())
