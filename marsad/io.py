"""Reading articles from files: encoding detection, HTML, JSON Lines.

Arabic archives come in UTF-8, UTF-8 with a byte-order mark, UTF-16 (Windows
"Unicode" exports) and Windows-1256.  ``decode_bytes`` tries them in that
order of certainty and refuses binary or undecodable input with an
``EncodingError`` that says why, rather than guessing.  Decoding is the only
transformation: the decoded string is the document text, byte-for-byte
equivalent, never cleaned.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import EncodingError, InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
"""Largest article accepted by default (20 MB): bigger inputs are almost always a wrong file."""

_AR_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_HTML_RE = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)

# Field aliases used by real news dumps; the first name is the canonical one.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "post_id", "doc_id", "guid", "url"),
    "text": ("text", "full_text", "content", "body", "article"),
    "published": ("published", "published_time", "date", "date_published", "date_extracted", "pubdate"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
}


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text and the encoding it was read with."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, name: str = "input") -> Decoded:
    """Decode article bytes, detecting UTF-8 (with or without BOM), UTF-16 and Windows-1256.

    Raises:
        EncodingError: for binary data or bytes no supported encoding reads cleanly.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name, label="utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            decoded = _strict(data, utf16, name)
        except EncodingError:
            decoded = None
        if decoded and _plausible_utf16(decoded.text):
            return decoded
    if b"\x00" in data:
        raise EncodingError(f"[E020] {name}: binary data (NUL bytes), not a text article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1256(text):
        return Decoded(text, "cp1256")
    raise EncodingError(
        f"[E021] {name}: not valid UTF-8 (byte {utf8_error.start}) and not plausible Windows-1256 or UTF-16"
    )


def _strict(data: bytes, encoding: str, name: str, *, label: str | None = None) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise EncodingError(f"[E022] {name}: invalid {label or encoding} at byte {e.start}") from e
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, label or encoding)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: most code units of Arabic or ASCII text have one zero-ish byte pattern."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    # Arabic in UTF-16-LE: high bytes are 0x06 for most characters
    if sample[1::2].count(6) > 0.4 * half:
        return "utf-16-le"
    if sample[0::2].count(6) > 0.4 * half:
        return "utf-16-be"
    return None


def _plausible_utf16(text: str) -> bool:
    """UTF-16 guessed without a BOM must read as text: mostly ASCII or Arabic, no control characters."""
    if not text:
        return False
    common = sum(1 for c in text if c.isascii() or "\u0600" <= c <= "\u06ff" or c in "\u00a0«»“”’‘–—…")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    return common / len(text) > 0.9 and controls == 0


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes; accept only text that reads as Arabic prose."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return False
    arabic = len(_AR_LETTER_RE.findall(text))
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    return arabic / letters > 0.5 and controls < 0.01 * len(text) + 1


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page."""
    return bool(_HTML_RE.match(data[:2048]))


def html_to_text(html: str, *, name: str = "input") -> str:
    """The main text of an HTML page (trafilatura, offline)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"[E023] {name}: HTML page with no extractable article text")
    return str(text)


def read_article_bytes(data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes of one article (plain text or HTML) → its text.

    Raises:
        InputError: empty, too large, or HTML with no article text.
        EncodingError: binary or undecodable.
    """
    if len(data) > max_bytes:
        raise InputError(f"[E024] {name}: {len(data):,} bytes is larger than the limit of {max_bytes:,}")
    if not data.strip():
        raise InputError(f"[E025] {name}: empty input")
    decoded = decode_bytes(data, name=name)
    if looks_like_html(data) or looks_like_html(decoded.text.encode("utf-8", "replace")):
        return html_to_text(decoded.text, name=name)
    if not decoded.text.strip():
        raise InputError(f"[E025] {name}: empty input")
    return decoded.text


def read_text_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one article file (any supported encoding; HTML pages reduced to their main text)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"[E024] {p}: {size:,} bytes is larger than the limit of {max_bytes:,}")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"[E026] cannot read {p}: {e.strerror or e}") from e
    return read_article_bytes(data, name=str(p), max_bytes=max_bytes)


def normalize_record(raw: Any, *, line: int | None = None) -> dict[str, Any]:
    """One JSON-lines record → ``{"id","text","published","outlet","url","title"}`` using FIELD_ALIASES.

    Raises:
        InputError: not an object, or no text.
    """
    where = f"line {line}" if line is not None else "record"
    if not isinstance(raw, dict):
        raise InputError(f"[E027] {where}: expected a JSON object, got {type(raw).__name__}")
    out: dict[str, Any] = {}
    for key, names in FIELD_ALIASES.items():
        for n in names:
            v = raw.get(n)
            if v not in (None, ""):
                out[key] = v
                break
    text = out.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"[E028] {where}: no article text (fields tried: {', '.join(FIELD_ALIASES['text'])})")
    if "id" not in out:
        if line is None:
            raise InputError(f"[E029] {where}: no id")
        out["id"] = f"line-{line}"
    out["id"] = str(out["id"])
    if out.get("published") is not None:
        out["published"] = str(out["published"])
    return out


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Yield ``(line_number, record)`` per non-blank line; a bad line yields an ``InputError`` instead."""
    with open(path, "rb") as f:
        for n, raw_line in enumerate(f, start=1):
            if not raw_line.strip():
                continue
            try:
                line = raw_line.decode("utf-8-sig" if n == 1 else "utf-8")
                yield n, normalize_record(json.loads(line), line=n)
            except UnicodeDecodeError as e:
                yield n, InputError(f"[E030] line {n}: not UTF-8 ({e.reason} at byte {e.start})")
            except json.JSONDecodeError as e:
                yield n, InputError(f"[E031] line {n}: malformed JSON ({e.msg} at column {e.colno})")
            except InputError as e:
                yield n, e


def script_language(text: str) -> str:
    """``"ar"`` when most letters are Arabic, else ``"und"`` (marsad only analyses Arabic)."""
    letters = _LETTER_RE.findall(text[:20000])
    if not letters:
        return "und"
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return "ar" if arabic / len(letters) >= 0.3 else "und"
