"""Pure helpers turning a Document and its event records into store rows (no database here)."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from typing import Any

from marsad.doc import Document
from marsad.text.normalize import norm

JSON = dict[str, Any]

# Fields of an event record a reviewer may change.
EDITABLE_FIELDS = frozenset(
    {
        "type",
        "mode",
        "acled",
        "source",
        "recipient",
        "location",
        "date",
        "attribution",
        "factuality",
        "fatalities",
    }
)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the UTF-8 article text: the identity of an article's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_id(article_id: str, index: int, record: JSON) -> str:
    """The stored id of an event: the extractor's id when it belongs to the article, else ``<article>#<n>``."""
    rid = record.get("id")
    if isinstance(rid, str) and rid.startswith(article_id + "#"):
        return rid
    return f"{article_id}#{index}"


def evidence_spans(record: JSON) -> list[JSON]:
    """The evidence spans of an event (the spec allows one dict or a list of merged evidences)."""
    ev = record.get("evidence")
    items = ev if isinstance(ev, list) else [ev] if isinstance(ev, dict) else []
    out = []
    for item in items:
        if not isinstance(item, dict) or item.get("start") is None or item.get("end") is None:
            continue
        trig = item.get("trigger") or {}
        out.append(
            {
                "sentence": item.get("sentence"),
                "start": int(item["start"]),
                "end": int(item["end"]),
                "trigger_start": trig.get("start"),
                "trigger_end": trig.get("end"),
            }
        )
    return out


def _int(v: Any) -> int | None:
    try:
        return None if v is None or isinstance(v, bool) else int(v)
    except (TypeError, ValueError):
        return None


def _float(v: Any) -> float | None:
    try:
        return None if v is None or isinstance(v, bool) else float(v)
    except (TypeError, ValueError):
        return None


def event_columns(record: JSON, *, text: str = "") -> JSON:
    """The denormalised filter columns of an event record.

    Args:
        record: an event record as in the spec.
        text: the article text, for the evidence part of ``search_text``.
    """
    loc = record.get("location") or {}
    date = record.get("date") or {}
    acled = record.get("acled") or {}
    value = date.get("value")
    words: list[str] = []
    for role in ("source", "recipient"):
        for a in record.get(role) or []:
            words += [a.get("text") or "", a.get("name_en") or "", a.get("actor") or ""]
    words += [loc.get("text") or "", loc.get("name_en") or "", loc.get("admin1") or ""]
    trig = ((record.get("evidence") or {}) if isinstance(record.get("evidence"), dict) else {}).get(
        "trigger"
    ) or {}
    words.append(trig.get("text") or "")
    for span in evidence_spans(record):
        words.append(text[span["start"] : span["end"]])
    return {
        "type": (record.get("type") or None),
        "mode": record.get("mode"),
        "acled_type": acled.get("event_type") if isinstance(acled, dict) else None,
        "date": str(value)[:10] if value else None,
        "date_precision": _int(date.get("time_precision")),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "location": loc.get("name_en") or loc.get("text"),
        "lat": _float(loc.get("lat")),
        "lon": _float(loc.get("lon")),
        "geo_precision": _int(loc.get("geo_precision")),
        "factuality": record.get("factuality"),
        "fatalities": _int(record.get("fatalities")),
        "confidence": _float(record.get("confidence")),
        "search_text": norm(" ".join(w for w in words if w)),
    }


def actor_rows(event: str, record: JSON) -> list[JSON]:
    """``event_actors`` rows for the source and recipient actors of a record."""
    rows = []
    for role in ("source", "recipient"):
        for a in record.get(role) or []:
            if not isinstance(a, dict):
                continue
            rows.append(
                {
                    "event_id": event,
                    "role": role,
                    "actor_id": a.get("actor"),
                    "text": a.get("text"),
                    "name_en": a.get("name_en"),
                    "start": _int(a.get("start")),
                    "end": _int(a.get("end")),
                }
            )
    return rows


def document_json(doc: Document, *, keep_tokens: bool = False) -> JSON:
    """The Document JSON stored with an article: without the text and events (stored in their own
    columns and tables) and, by default, without tokens."""
    # to_dict() on the tokens is the slow part and they are not kept: convert a copy without them
    slim = (
        dataclasses.replace(doc, events=[]) if keep_tokens else dataclasses.replace(doc, tokens=[], events=[])
    )
    data = slim.to_dict()
    data.pop("text", None)
    data.pop("events", None)  # stored once, in the events table
    return data


def search_text(doc: Document, *, title: str | None = None) -> str:
    """The normalised text searched for an article: its tokens' matching forms (``norm`` when untokenised)."""
    body = " ".join(tok.norm for tok in doc.tokens if tok.norm) if doc.tokens else norm(doc.text)
    return (norm(title) + " " + body).strip() if title else body


def apply_changes(record: JSON, changes: JSON) -> tuple[JSON, JSON]:
    """Apply reviewer changes to a copy of a record.

    Returns:
        ``(new record, the changed fields' previous values)``.

    Raises:
        ValueError: a field that reviewers may not change.
    """
    bad = set(changes) - EDITABLE_FIELDS
    if bad:
        raise ValueError(f"fields not editable: {', '.join(sorted(bad))}")
    new = copy.deepcopy(record)
    before = {k: copy.deepcopy(record.get(k)) for k in changes}
    for k, v in changes.items():
        new[k] = copy.deepcopy(v)
    return new, before
