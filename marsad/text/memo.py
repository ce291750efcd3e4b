"""Memo tables for pure functions of one string (a word, a name), kind to the garbage collector.

``functools.lru_cache`` with a ``maxsize`` keeps one linked-list node per entry, and the garbage
collector walks all of them on every full collection: with tens of thousands of cached words
that costs several milliseconds per collection.  ``StrMemo`` keeps a plain ``dict`` and, when it
is full, starts again from empty (words come back quickly, so the table refills with the
frequent ones).  Values should be immutable (strings, tuples of strings): callers share them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class StrMemo(Generic[T]):
    """``fn(key)`` remembered per key, for at most ``maxsize`` keys at a time."""

    __slots__ = ("fn", "maxsize", "table")

    def __init__(self, fn: Callable[[str], T], maxsize: int) -> None:
        """Args: fn: a pure function of one string; maxsize: keys kept before the table is emptied."""
        self.fn = fn
        self.maxsize = maxsize
        #: key → value; hot callers may read it directly (``memo.table.get(key)``)
        self.table: dict[str, T] = {}

    def __call__(self, key: str) -> T:
        """``fn(key)``, computed once while ``key`` stays in the table."""
        table = self.table
        try:
            return table[key]
        except KeyError:
            pass
        return self.miss(key)

    def miss(self, key: str) -> T:
        """Compute and store ``fn(key)`` (emptying a full table first)."""
        if len(self.table) >= self.maxsize:
            self.table.clear()
        value = self.table[key] = self.fn(key)
        return value

    def cache_clear(self) -> None:
        """Forget every value."""
        self.table.clear()


def str_memo(maxsize: int) -> Callable[[Callable[[str], T]], StrMemo[T]]:
    """Decorator: ``@str_memo(65_536)`` over ``def f(key: str) -> T``."""

    def wrap(fn: Callable[[str], T]) -> StrMemo[T]:
        return StrMemo(fn, maxsize)

    return wrap
