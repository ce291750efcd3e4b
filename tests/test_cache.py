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


def test_compile_regexes_matches_like_re_compile_and_reuses_the_disk_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "c"))
    expected = _answers([re.compile(p) for p in _PATTERNS])
    assert _answers(cache.compile_regexes("t", _PATTERNS)) == expected
    files = list((tmp_path / "c").glob("regex-t-*.marshal"))
    assert len(files) == 1

    def no_parse(*a, **k):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    assert _answers(cache.compile_regexes("t", _PATTERNS)) == expected


def test_compile_regexes_new_patterns_get_their_own_entry(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    cache.compile_regexes("t", _PATTERNS)
    other = cache.compile_regexes("t", ["شباط"])
    assert [m.span() for m in other[0].finditer(_SAMPLES[0])] == [(17, 21)]
    assert len(list(tmp_path.glob("regex-t-*.marshal"))) == 2


def test_compile_regexes_survives_a_corrupt_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    cache.compile_regexes("t", _PATTERNS)
    (f,) = tmp_path.glob("regex-t-*.marshal")
    f.write_bytes(b"not marshal data")
    assert _answers(cache.compile_regexes("t", _PATTERNS)) == _answers([re.compile(p) for p in _PATTERNS])
    assert f.read_bytes() != b"not marshal data"  # rewritten


def test_compile_regexes_with_an_unusable_or_disabled_cache_dir(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    expected = _answers([re.compile(p) for p in _PATTERNS])
    for value in (str(blocker / "sub"), "", "off"):  # a path under a file cannot be created
        monkeypatch.setenv(cache.CACHE_DIR_ENV, value)
        assert _answers(cache.compile_regexes("t", _PATTERNS)) == expected
    assert cache.cache_dir() is None


def test_cache_dir_follows_xdg(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "marsad"


def test_geocoder_caches_stay_small() -> None:
    from marsad.geo import resolve

    geo = Geocoder(_index())
    for i in range(resolve._CTX_CACHE_SIZE + 5):
        geo.geocode("كفرنبل" + " و" * i, context="معرة النعمان" + " و" * i)
    assert len(geo._names_cache) <= resolve._CTX_CACHE_SIZE
    assert len(geo._ctx_cache) <= resolve._CTX_CACHE_SIZE
