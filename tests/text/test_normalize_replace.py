"""``normalize`` replaces the one-to-one characters with ``str.replace`` and reads the offsets from a shared range:
the same text and offsets as ``_normalize_translate``, the plain definition (``str.translate`` over runs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import (
    _frequent_ones,
    _irregular,
    _normalize_translate,
    _one_to_one,
    _positions,
    _rare_re,
    normalize,
)

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"

MIXED = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x00A0, max_codepoint=0x052F),  # Latin-1 … Cyrillic: many upper-case letters
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u2066\ufeff\u0640\u0651\u064b«»“”،؛؟–—\n\t \u00a0\u3000")),
    st.sampled_from(list("😀🇸🇾👍🏽一ﻻ")),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
)


def _same(text: str) -> None:
    got, want = normalize(text), _normalize_translate(text)
    assert got.text == want.text
    assert got.offsets == want.offsets
    assert type(got.offsets) is tuple
    assert got.source_length == want.source_length


@given(st.text(alphabet=MIXED, max_size=200))
@settings(max_examples=500, deadline=None)
def test_normalize_equals_the_translate_definition(text: str) -> None:
    _same(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u0651",  # only a dropped mark
        "\u0651\u064b",
        "ًأ",
        "  ",
        "أإآ  ة\u00a0\u00a0ى",
        "ﻻﻻ",  # decomposed at the very start and end
        "A\u0651B",
        "قصفٌ  \u0640على   «إدلب»ﻻ",
        "😀أ😀",
        "x" * 40_000,  # longer than the first shared range
    ],
)
def test_normalize_edges(text: str) -> None:
    _same(text)


def test_one_to_one_table() -> None:
    ones = _one_to_one()
    assert ones, "the replacement path is in use"
    assert not any(v in ones for v in ones.values())  # replacements commute
    assert all(len(k) == len(v) == 1 and k != v for k, v in ones.items())
    assert not any(_irregular().match(k) for k in ones)  # the two kinds are disjoint
    frequent = dict(_frequent_ones())
    assert all(ones[k] == v for k, v in frequent.items())
    assert not any(_rare_re().match(k) for k in frequent)
    assert all(_rare_re().match(k) for k in ones if k not in frequent)


def test_positions_are_a_range() -> None:
    r = _positions(100_000)
    assert len(r) >= 100_000 and r[:100_000] == tuple(range(100_000))


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared")
def test_normalize_on_news_texts() -> None:
    seen = 0
    for path in sorted(NEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for key in ("text", "full_text", "content", "body", "article", "title"):
                if isinstance(rec.get(key), str):
                    _same(rec[key])
                    seen += 1
    assert seen > 1000
