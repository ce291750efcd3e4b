"""Cutting article text into highlighted pieces from stand-off spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.web.highlight import Span, pieces
from marsad.web.jobs import safe_name


def test_pieces_nest_overlapping_spans() -> None:
    text = "قصفت قوات النظام بلدة الأتارب"
    spans = [Span(0, 16, "evidence", "ev"), Span(0, 4, "trig", "trigger"), Span(5, 16, "m", "actor")]
    out = pieces(text, spans)
    assert [p.text for p in out] == ["قصفت", " ", "قوات النظام", " بلدة الأتارب"]
    assert out[0].classes == ["evidence", "trig"] and out[0].title == "ev\ntrigger"
    assert out[1].classes == ["evidence"]
    assert out[3].classes == []


def test_pieces_window_clips_spans() -> None:
    text = "abcdefghij"
    out = pieces(text, [Span(2, 8, "x")], start=4, end=6)
    assert [(p.start, p.end, p.text, p.classes) for p in out] == [(4, 6, "ef", ["x"])]


def test_pieces_ignore_empty_and_outside_spans() -> None:
    out = pieces("abc", [Span(1, 1, "empty"), Span(5, 9, "outside")])
    assert [(p.text, p.classes) for p in out] == [("abc", [])]


@given(
    st.text(min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=8),
    st.integers(0, 70),
)
def test_pieces_always_concatenate_to_the_window(text: str, raw: list[tuple[int, int]], start: int) -> None:
    start = min(start, len(text))
    spans = [Span(a, b, f"c{i}") for i, (a, b) in enumerate(raw)]
    out = pieces(text, spans, start=start)
    assert "".join(p.text for p in out) == text[start:]
    assert all(text[p.start : p.end] == p.text and p.end > p.start for p in out)


def test_safe_name_drops_directories_and_odd_characters() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\x\\خبر (1).jsonl") == "خبر__1_.jsonl"
    assert safe_name("") == "upload.txt"
    assert safe_name(".hidden.txt") == "hidden.txt"
