"""Caches that make start-up and per-document work cheaper without changing any result.

**Per process.** Several stages need the normalised form of the same document text (the entity ruler, the date
resolver, the quantity finder): ``normalized(text)`` computes ``marsad.text.normalize.normalize``
once per text and hands the same (immutable) ``Normalized`` to every caller.  Documents go
through the pipeline one at a time, so a handful of entries is enough; the key is the text
itself (a ``str``: its hash is computed once and a lookup with the same object is an identity
check), so a text that changes is never served a stale result.

**On disk.** ``compile_regexes(name, patterns)`` compiles large generated regular expressions
(the temporal patterns: tens of kilobytes of alternations whose parsing costs more than a whole
document's analysis) and stores the compiled code in the user cache directory, keyed by a hash of
the patterns and the Python version (compiled code depends on nothing else).  The next process loads the code instead
of parsing the patterns again.  The directory is ``$MARSAD_CACHE_DIR`` if set (an empty value or
``off`` disables the disk cache), else ``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``.  A
missing, read-only or unwritable directory, a corrupt or foreign file, or a Python whose ``re``
internals differ all fall back to plain ``re.compile``: the cache can only save time.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.text.normalize import Normalized, normalize

log = logging.getLogger(__name__)

#: environment variable naming the cache directory ("" or "off": no disk cache)
CACHE_DIR_ENV = "MARSAD_CACHE_DIR"
_FORMAT = 1  # bump when the layout of the cached files changes

#: texts whose normalised form is kept (the pipeline works on one document at a time)
NORMALIZED_CACHE_SIZE = 4


@lru_cache(maxsize=NORMALIZED_CACHE_SIZE)
def normalized(text: str) -> Normalized:
    """``normalize(text)``, computed once per text while the text is among the last few seen.

    The result is shared: ``Normalized`` is frozen and its offsets are a tuple, so callers
    cannot change it.
    """
    return normalize(text)


def cache_dir() -> Path | None:
    """The directory of the disk cache (``None`` when disabled); it may not exist yet."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env is not None:
        return None if env.strip() in ("", "off") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def compile_regexes(name: str, patterns: Sequence[str], *, flags: int = 0) -> list[re.Pattern[str]]:
    """``[re.compile(p, flags) for p in patterns]``, reusing compiled code from the disk cache.

    Args:
        name: a short file-name-safe label for the cache file ("temporal").
        patterns: the regular expressions.
        flags: ``re`` flags for all of them.
    """
    key = _regex_key(patterns, flags)
    directory = cache_dir()
    path = directory / f"regex-{name}-{key[:24]}.marshal" if directory is not None else None
    if path is not None:
        loaded = _load_regexes(path, key, patterns, flags)
        if loaded is not None:
            return loaded
    try:
        parts = [_compile_parts(p, flags) for p in patterns]
        compiled = [_from_parts(p, parts_i) for p, parts_i in zip(patterns, parts, strict=True)]
    except Exception as e:  # re internals of another Python: plain compilation, no disk cache
        log.debug("regex cache unavailable (%s); compiling %s normally", e, name)
        return [re.compile(p, flags) for p in patterns]
    if path is not None:
        try:
            data = marshal.dumps((_FORMAT, key, tuple(parts)))
        except ValueError as e:  # pragma: no cover - parts are plain ints, strings, dicts and tuples
            log.debug("cannot store regex cache %s: %s", name, e)
        else:
            _write_atomic(path, data)
    return compiled


def _regex_key(patterns: Sequence[str], flags: int) -> str:
    import _sre

    h = hashlib.sha256()
    for part in (str(_FORMAT), sys.version, sys.implementation.cache_tag or "", str(getattr(_sre, "MAGIC", "")), str(flags)):
        h.update(part.encode() + b"\0")
    for p in patterns:
        h.update(p.encode("utf-8") + b"\0\1")
    return h.hexdigest()


def _compile_parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile``: flags, code, groups, group names."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # plain ints (opcodes are int subclasses) so that marshal can store them
    return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup))


def _from_parts(pattern: str, parts: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = parts
    # _sre.compile validates the code: a bad one raises instead of running
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _load_regexes(path: Path, key: str, patterns: Sequence[str], flags: int) -> list[re.Pattern[str]] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        fmt, stored_key, parts = marshal.loads(data)
        if fmt != _FORMAT or stored_key != key or len(parts) != len(patterns):
            return None
        return [_from_parts(p, tuple(x)) for p, x in zip(patterns, parts, strict=True)]
    except Exception as e:  # corrupt or foreign file: compile again (and overwrite it)
        log.debug("ignoring regex cache %s: %s", path, e)
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file (readers never see half a file); errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as e:
        log.debug("cannot write cache file %s: %s", path, e)


def clear() -> None:
    """Forget every cached result (for tests and long-running processes that want the memory back)."""
    normalized.cache_clear()


__all__ = ["CACHE_DIR_ENV", "NORMALIZED_CACHE_SIZE", "cache_dir", "clear", "compile_regexes", "normalized"]
