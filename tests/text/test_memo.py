"""``StrMemo``: remembers per key, empties itself when full, and the cached functions keep their answers."""

from __future__ import annotations

from marsad.text.clitics import segment
from marsad.text.memo import StrMemo, str_memo


def test_memo_computes_once_per_key_and_empties_when_full() -> None:
    calls: list[str] = []

    @str_memo(3)
    def upper(s: str) -> str:
        calls.append(s)
        return s.upper()

    assert [upper(k) for k in ("a", "b", "a", "c", "b")] == ["A", "B", "A", "C", "B"]
    assert calls == ["a", "b", "c"]
    upper("d")  # a fourth key: the full table starts again from empty
    assert list(upper.table) == ["d"]
    assert upper("a") == "A" and calls == ["a", "b", "c", "d", "a"]
    upper.cache_clear()
    assert upper.table == {}


def test_memo_miss_stores() -> None:
    m: StrMemo[int] = StrMemo(len, 10)
    assert m.miss("abc") == 3 and m.table == {"abc": 3}


def test_segment_returns_a_fresh_list() -> None:
    first = segment("وبالمدينة")
    assert len(first) > 1
    first.append((0, 0))
    assert segment("وبالمدينة") == first[:-1]
    assert segment("") == []
