from __future__ import annotations

import itertools

import pytest

from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


def _split(text: str) -> list[str]:
    toks = [(a, b) for a, b, _ in tokenize(text)]
    return [text[s:e] for s, e, _, _ in split_sentences(text, toks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات البلدة. وقتل مدنيان.", ["قصفت الطائرات البلدة.", "وقتل مدنيان."]),
        ("هل انتهى الحصار؟ لا أحد يعلم!", ["هل انتهى الحصار؟", "لا أحد يعلم!"]),
        ("قال د. سامر إن الوضع سيئ.", ["قال د. سامر إن الوضع سيئ."]),
        ("وقع الهجوم في 14.10.2016 صباحاً.", ["وقع الهجوم في 14.10.2016 صباحاً."]),
        ("وصل الوفد، ثم غادر؛ دون نتيجة.", ["وصل الوفد، ثم غادر؛ دون نتيجة."]),
        ("وقال: «لن نخرج.» ثم صمت.", ["وقال: «لن نخرج.»", "ثم صمت."]),
        ("قال “انتهى الأمر!” وغادر.", ["قال “انتهى الأمر!”", "وغادر."]),
        ("عنوان بلا نقطة\nالفقرة الأولى هنا.", ["عنوان بلا نقطة", "الفقرة الأولى هنا."]),
        ("أولاً... ثم ماذا؟", ["أولاً...", "ثم ماذا؟"]),
    ],
)
def test_split_sentences_news_prose(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentences_are_contiguous_token_ranges() -> None:
    text = "جملة أولى. جملة ثانية؟ ثالثة!\nرابعة"
    toks = [(a, b) for a, b, _ in tokenize(text)]
    sents = split_sentences(text, toks)
    assert sents[0][2] == 0 and sents[-1][3] == len(toks)
    for (_, _, _, b1), (_, _, a2, _) in itertools.pairwise(sents):
        assert b1 == a2
