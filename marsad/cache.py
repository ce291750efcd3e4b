"""Caches that make start-up and per-document work cheaper without changing any result.

**Per process.** Several stages need the normalised form of the same document text (the entity ruler, the date
resolver, the quantity finder): ``normalized(text)`` computes ``marsad.text.normalize.normalize``
once per text and hands the same (immutable) ``Normalized`` to every caller.  Documents go
through the pipeline one at a time, so a handful of entries is enough; the key is the text
itself (a ``str``: its hash is computed once and a lookup with the same object is an identity
check), so a text that changes is never served a stale result.

**Regexes.** ``compile_regexes(name, patterns)`` compiles the large generated regular expressions
(temporal and number patterns) once per process.  A disk cache of compiled regex code was tried
(about 25 ms saved per start) and removed: it needs CPython's private ``_sre`` internals, which
change between Python versions, and the saving is not worth that risk.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from marsad.text.normalize import Normalized, normalize

log = logging.getLogger(__name__)

#: texts whose normalised form is kept (the pipeline works on one document at a time)
NORMALIZED_CACHE_SIZE = 4


@lru_cache(maxsize=NORMALIZED_CACHE_SIZE)
def normalized(text: str) -> Normalized:
    """``normalize(text)``, computed once per text while the text is among the last few seen.

    The result is shared: ``Normalized`` is frozen and its offsets are a tuple, so callers
    cannot change it.
    """
    return normalize(text)


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...], flags: int) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


def compile_regexes(name: str, patterns: Sequence[str], *, flags: int = 0) -> list[re.Pattern[str]]:
    """Compile ``patterns`` once per process (``name`` labels them in logs)."""
    log.debug("compiling %d %s regexes", len(patterns), name)
    return list(_compiled(tuple(patterns), flags))


def clear() -> None:
    """Forget every cached result (tests)."""
    normalized.cache_clear()
    _compiled.cache_clear()
