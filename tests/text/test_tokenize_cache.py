"""The remembered tokenisation: callers get their own list, and the tokenizer stage builds the same tokens."""

from __future__ import annotations

from marsad.doc import Document
from marsad.stages.tokenizer import Tokenizer
from marsad.text.clitics import segment
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

TEXT = "وقال المرصد السوري إن 12 مسلحاً قُتلوا، وأصيب آخرون في ريف حلب. ثم انسحبت القوات!"


def test_tokenize_returns_a_fresh_list_each_time() -> None:
    first = tokenize(TEXT)
    first.append((0, 0, "junk"))
    first[0] = (99, 100, "word")
    again = tokenize(TEXT)
    assert again != first
    assert again[0][0] == 0 and (0, 0, "junk") not in again
    assert tokenize(TEXT + " ") == again  # a trailing space adds no token


def test_tokenizer_stage_tokens_follow_tokenize_and_segment() -> None:
    doc = Tokenizer()(Document(text=TEXT))
    spans = tokenize(TEXT)
    assert [(t.start, t.end, t.kind) for t in doc.tokens] == spans
    for t in doc.tokens:
        word = TEXT[t.start : t.end]
        assert t.norm == norm(word)
        want = [(t.start + a, t.start + b) for a, b in segment(word)] if t.kind == "word" else [(t.start, t.end)]
        assert t.segments == want
    assert any(len(t.segments) > 1 for t in doc.tokens)  # وقال، وأصيب
    assert [(s.token_start, s.token_end) for s in doc.sentences][-1][1] == len(spans)
    assert len(doc.sentences) == 2
