from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import norm, normalize

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(
    ARABIC,
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff\u0640«»“”،؛؟\n\t ")),
    st.sampled_from(list("😀🇸🇾👍🏽")),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إدلب", "ادلب"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مؤتمر", "موتمر"),
        ("هيئة", "هييه"),
        ("الـــقوات", "القوات"),
        ("مُحاصَرةٌ", "محاصره"),
        ("٢٠١٨", "2018"),
        ("۱۴۰۲", "1402"),
        ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
        ("«اليرموك»", '"اليرموك"'),
        ("بيت\u200cسحم", "بيتسحم"),
        ("\u202bنص\u202c", "نص"),
        ("Hello  World", "hello world"),
        ("ﻻ", "لا"),
    ],
)
def test_norm_folds_arabic_variants(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@given(st.text(alphabet=MIXED, max_size=200))
@settings(max_examples=300, deadline=None)
def test_normalize_offsets_point_into_source(text: str) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text)
    assert list(n.offsets) == sorted(n.offsets)
    assert all(0 <= o < len(text) for o in n.offsets)
    # every normalised character comes from the source character its offset names
    for i, o in enumerate(n.offsets):
        assert n.text[i] == " " or n.text[i] in normalize(text[o]).text


@given(st.text(alphabet=MIXED, max_size=120), st.data())
@settings(max_examples=200, deadline=None)
def test_normalize_span_round_trip(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    s, e = n.to_source(a, b)
    assert 0 <= s < e <= len(text)
    # normalising the source span gives back (at least) the normalised span: a span that cuts
    # through the expansion of one source character (a ligature) maps to the whole character
    assert n.text[a:b].strip() in normalize(text[s:e]).text


def test_normalize_match_maps_back_to_exact_source() -> None:
    text = "قصفت القوات مُخيّمَ اليرموك فجراً"
    n = normalize(text)
    i = n.text.index("مخيم اليرموك")
    s, e = n.to_source(i, i + len("مخيم اليرموك"))
    assert text[s:e] == "مُخيّمَ اليرموك"


def test_normalize_never_changes_the_source_string() -> None:
    text = "إلى  «مخيّم»"
    copy = str(text)
    normalize(text)
    assert text == copy


def test_normalize_presentation_form_without_decomposition() -> None:
    # regression: U+FBC8 has no NFKC decomposition and used to recurse forever
    assert normalize("\ufbc8ب").text == "\ufbc8ب"


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_norm_agrees_with_normalize(text: str) -> None:
    # the fast translate path (norm) and the per-character path (normalize) fold alike
    assert norm(text) == " ".join(normalize(text).text.split())
