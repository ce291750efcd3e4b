"""Article readers for ingest: ``.txt`` (+ sidecar ``.json``), ``.jsonl``, ``.html``, RSS/Atom feeds, directories.

Each reader yields ``(where, record)`` pairs where ``record`` is a normalised
``{"id","text","published","outlet","url","title"}`` dict or, for input that
cannot be read, the :class:`~marsad.errors.InputError` saying why — a bad file
or line never stops the others.  Nothing is fetched from the network except a
feed URL the user passed explicitly.
"""

from __future__ import annotations

import html
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError
from marsad.io import FIELD_ALIASES, decode_bytes, html_to_text, iter_jsonl, normalize_record, read_text_file

log = logging.getLogger(__name__)

Record = dict[str, Any]
Item = tuple[str, Record | InputError]

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

_TAG_RE = re.compile(r"<[^>]+>")
_BLOCK_RE = re.compile(r"</?(?:p|br|div|li|h[1-6])\b[^>]*>", re.I)


def is_url(path: str) -> bool:
    """True for an http(s) URL (only feeds may be given as URLs)."""
    return path.startswith(("http://", "https://"))


def iter_records(
    paths: Iterable[str | Path], *, published: str | None = None, outlet: str | None = None
) -> Iterator[Item]:
    """Every article in files, directories (recursively, sorted) and feed URLs.

    Args:
        paths: files, directories or feed URLs.
        published: publication date for ``.txt`` files without one in their sidecar.
        outlet: outlet name for records that do not carry one.
    """
    for p in paths:
        for where, rec in _iter_one(str(p), published=published):
            if isinstance(rec, dict) and outlet and not rec.get("outlet"):
                rec["outlet"] = outlet
            yield where, rec


def count_records(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the records ``iter_records`` will yield (None when a URL makes it unknown)."""
    n = 0
    for p in paths:
        s = str(p)
        if is_url(s):
            return None
        for f in _files(Path(s)):
            if f.suffix.lower() in JSONL_SUFFIXES:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            elif f.suffix.lower() in FEED_SUFFIXES:
                n += sum(1 for _ in _iter_feed(str(f)))
            else:
                n += 1
    return n


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED and not _is_sidecar(f)
        )
    return [path]


def _is_sidecar(f: Path) -> bool:
    # a .json next to a .txt/.html of the same stem holds its metadata
    return f.suffix.lower() == ".json"


def _iter_one(path: str, *, published: str | None) -> Iterator[Item]:
    if is_url(path):
        yield from _iter_feed(path)
        return
    root = Path(path)
    if not root.exists():
        yield path, InputError(f"[E040] {path}: no such file or directory")
        return
    for f in _files(root):
        suffix = f.suffix.lower()
        rel = f.relative_to(root).with_suffix("").as_posix() if root.is_dir() else f.stem
        if suffix in JSONL_SUFFIXES:
            for line, rec in iter_jsonl(f):
                yield f"{f}:{line}", rec
        elif suffix in FEED_SUFFIXES:
            yield from _iter_feed(str(f))
        elif suffix in HTML_SUFFIXES:
            yield str(f), _read_html(f, rel)
        elif suffix in TEXT_SUFFIXES:
            yield str(f), _read_txt(f, rel, published=published)
        else:
            yield str(f), InputError(f"[E041] {f}: unsupported file type {suffix or '(none)'}")


def _sidecar(f: Path) -> Record:
    side = f.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"[E042] {side}: unreadable metadata sidecar ({e})") from e
    if not isinstance(data, dict):
        raise InputError(f"[E042] {side}: metadata sidecar must be a JSON object")
    return data


def _with_meta(text: str, meta: Record, default_id: str, *, published: str | None = None) -> Record:
    raw = {k: v for k, v in meta.items() if k not in ("text", "full_text", "content", "body")}
    raw["text"] = text
    if not any(raw.get(n) for n in FIELD_ALIASES["id"]):
        raw["id"] = default_id
    rec = normalize_record(raw)
    if published and not rec.get("published"):
        rec["published"] = published
    return rec


def _read_txt(f: Path, rel: str, *, published: str | None) -> Record | InputError:
    try:
        return _with_meta(read_text_file(f), _sidecar(f), rel, published=published)
    except InputError as e:
        return e


def _read_html(f: Path, rel: str) -> Record | InputError:
    try:
        data = f.read_bytes()
        page = decode_bytes(data, name=str(f)).text
        text = html_to_text(page, name=str(f))
        meta = _html_metadata(page)
        meta.update(_sidecar(f))
        return _with_meta(text, meta, rel)
    except OSError as e:
        return InputError(f"[E026] cannot read {f}: {e.strerror or e}")
    except InputError as e:
        return e


def _html_metadata(page: str) -> Record:
    """Title, date, site name and URL from the page's own metadata (offline)."""
    try:
        import trafilatura

        md = trafilatura.extract_metadata(page)
    except Exception as e:  # metadata is optional: a page without it still has text
        log.debug("no HTML metadata: %s", e)
        return {}
    if md is None:
        return {}
    out = {"title": md.title, "published": md.date, "outlet": md.sitename, "url": md.url}
    return {k: v for k, v in out.items() if v}


def _feed_text(value: str) -> str:
    """Plain text of a feed entry's HTML content (block tags become line breaks)."""
    if "<" not in value:
        return html.unescape(value).strip()
    return html.unescape(_TAG_RE.sub("", _BLOCK_RE.sub("\n", value))).strip()


def _iter_feed(source: str) -> Iterator[Item]:
    import feedparser

    try:
        if is_url(source):
            parsed = feedparser.parse(source)
        else:
            parsed = feedparser.parse(Path(source).read_bytes())
    except (OSError, MarsadError) as e:
        yield source, InputError(f"[E043] {source}: cannot read feed ({e})")
        return
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "no entries"
        yield source, InputError(f"[E044] {source}: not an RSS/Atom feed with entries ({reason})")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries):
        where = f"{source}#{i}"
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        date = entry.get("published_parsed") or entry.get("updated_parsed")
        raw = {
            "id": entry.get("id") or entry.get("link"),
            "text": _feed_text(body or ""),
            "published": time.strftime("%Y-%m-%dT%H:%M:%SZ", date) if date else None,
            "outlet": outlet,
            "url": entry.get("link"),
            "title": entry.get("title"),
        }
        try:
            yield where, normalize_record({k: v for k, v in raw.items() if v})
        except InputError as e:
            yield where, InputError(f"{where}: {e}")
