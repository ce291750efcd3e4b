"""Small per-process caches shared by the analysis stages.

Several stages need the normalised form of the same document text (the entity ruler, the date
resolver, the quantity finder): ``normalized(text)`` computes ``marsad.text.normalize.normalize``
once per text and hands the same (immutable) ``Normalized`` to every caller.  Documents go
through the pipeline one at a time, so a handful of entries is enough; the key is the text
itself (a ``str``: its hash is computed once and a lookup with the same object is an identity
check), so a text that changes is never served a stale result.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import Normalized, normalize

#: texts whose normalised form is kept (the pipeline works on one document at a time)
NORMALIZED_CACHE_SIZE = 4


@lru_cache(maxsize=NORMALIZED_CACHE_SIZE)
def normalized(text: str) -> Normalized:
    """``normalize(text)``, computed once per text while the text is among the last few seen.

    The result is shared: ``Normalized`` is frozen and its offsets are a tuple, so callers
    cannot change it.
    """
    return normalize(text)


def clear() -> None:
    """Forget every cached result (for tests and long-running processes that want the memory back)."""
    normalized.cache_clear()


__all__ = ["NORMALIZED_CACHE_SIZE", "clear", "normalized"]
