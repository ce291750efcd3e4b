"""``normalize`` folds runs with ``str.translate``: same text and offsets as folding one character at a time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import _fold, _table, norm, normalize

MIXED = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u2066\ufeff\u0640\u0651\u064b«»“”،؛؟\n\t \u00a0\u3000")),
    st.sampled_from(list("😀🇸🇾👍🏽一")),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
)


def _reference(text: str) -> tuple[str, tuple[int, ...]]:
    """The definition: fold each character, keep the first space of every run."""
    chars: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        for c in _fold(ch, _table()):
            if c == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            chars.append(c)
            offsets.append(i)
    return "".join(chars), tuple(offsets)


@given(st.text(alphabet=MIXED, max_size=150))
@settings(max_examples=400, deadline=None)
def test_normalize_equals_char_by_char_folding(text: str) -> None:
    n = normalize(text)
    assert (n.text, n.offsets) == _reference(text)
    assert n.source_length == len(text)


@given(st.text(alphabet=MIXED, max_size=60))
@settings(max_examples=300, deadline=None)
def test_norm_equals_folding(text: str) -> None:
    assert norm(text) == " ".join(_reference(text)[0].split())


def test_normalize_examples() -> None:
    n = normalize("قصفٌ  \u0640على   «إدلب»ﻻ")
    assert n.text == 'قصف علي "ادلب"لا'
    assert n.offsets[3] == 4  # the first of the two spaces
    assert n.offsets[-2:] == (19, 19)  # the lam-alef ligature folds to two letters of one source character
