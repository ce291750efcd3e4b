from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.tokenize import tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("قصف الطيران، أمس.", ["قصف", "الطيران", "،", "أمس", "."]),
        ("في 14/10/2016 قتل ٣ مدنيين", ["في", "14/10/2016", "قتل", "٣", "مدنيين"]),
        ("«الهيئة» (تحرير الشام)", ["«", "الهيئة", "»", "(", "تحرير", "الشام", ")"]),
        ("مُحاصَرٌ الـقوات", ["مُحاصَرٌ", "الـقوات"]),
        ("ISIS و PKK-2 ok", ["ISIS", "و", "PKK", "-", "2", "ok"]),
        ("نسبة 3.5% فقط", ["نسبة", "3.5", "%", "فقط"]),
    ],
)
def test_tokenize_splits_news_prose(text: str, tokens: list[str]) -> None:
    assert [text[a:b] for a, b, _ in tokenize(text)] == tokens


def test_tokenize_kinds() -> None:
    text = "قتل 5 in حلب. 😀"
    kinds = [k for _, _, k in tokenize(text)]
    assert kinds == ["word", "number", "latin", "word", "punct", "symbol"]


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_tokens_cover_all_non_space_text(text: str) -> None:
    toks = tokenize(text)
    prev = 0
    for a, b, _ in toks:
        assert prev <= a < b <= len(text)
        # only white space or invisible controls between tokens
        assert not text[prev:a].strip("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
        prev = b
