"""The document model: untouched text plus stand-off annotations.

Every annotation is a pair of ``(start, end)`` code-point offsets into
``Document.text`` so that ``doc.text[start:end]`` is exactly the evidence.
The text itself is never modified.

The JSON form (``Document.to_dict``) is the stable exchange format, documented
in ``docs/document.md``; ``Document.from_dict`` reads it back.  Fields that are
``None`` or empty are still written so that consumers see the full shape.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Any

JSON = dict[str, Any]

SCHEMA_VERSION = 1


def _by_fields(self: Any) -> tuple[Any, tuple[Any, ...]]:
    """Pickling: rebuild from the field values in order (smaller and about twice as fast as the
    default slot state; documents cross process boundaries in ``marsad extract --workers``)."""
    cls = type(self)
    getter = _GETTERS.get(cls)
    if getter is None:
        getter = _GETTERS[cls] = attrgetter(*_field_names(cls))
    return cls, getter(self)


_GETTERS: dict[type, Any] = {}


@dataclass(slots=True)
class Token:
    """One word, number or punctuation mark.

    ``norm`` is the matching form (see ``marsad.text.normalize``) and
    ``segments`` are the clitic segments as ``(start, end)`` offsets into the
    document text; their concatenation is the token's text.
    """

    start: int
    end: int
    norm: str = ""
    segments: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "word"  # word | number | punct | latin | symbol

    __reduce__ = _by_fields


@dataclass(slots=True)
class Sentence:
    """A sentence: its character span and the half-open range of its tokens."""

    start: int
    end: int
    token_start: int = 0
    token_end: int = 0

    __reduce__ = _by_fields


@dataclass(slots=True)
class Mention:
    """A named or described entity in the text.

    ``label`` is the coarse NER class (PERS, LOC, ORG, MISC); ``kind`` says what
    marsad uses it for (actor, place, source, person, other); ``kb_id`` links
    to the knowledge base; ``ref`` is the index of the mention this one
    co-refers with (for short forms such as "الهيئة"), if any.
    """

    start: int
    end: int
    label: str
    text: str = ""
    kind: str = "other"
    kb_id: str | None = None
    name_en: str | None = None
    origin: str = "gazetteer"  # gazetteer | crf | pattern | coref
    score: float = 1.0
    ref: int | None = None
    attrs: JSON = field(default_factory=dict)

    __reduce__ = _by_fields


@dataclass(slots=True)
class TimeExpr:
    """A date or time expression and its resolution against an anchor date.

    ``value`` is an ISO date (or ``None`` when there is no anchor); ``end_value``
    closes a range; ``precision`` is day|week|month|year; ``time_precision``
    follows ACLED (1 day, 2 week, 3 month or wider).
    """

    start: int
    end: int
    text: str = ""
    value: str | None = None
    end_value: str | None = None
    precision: str = "day"
    time_precision: int = 1
    kind: str = "absolute"  # absolute | relative | weekday | duration | range | hijri | part-of-day
    attrs: JSON = field(default_factory=dict)

    __reduce__ = _by_fields


@dataclass(slots=True)
class Place:
    """A resolved place mention with ACLED geo-precision."""

    start: int
    end: int
    text: str = ""
    place_id: str | None = None
    geonameid: int | None = None
    name_en: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 1
    feature: str | None = None
    score: float = 0.0

    __reduce__ = _by_fields


@dataclass(slots=True)
class Quantity:
    """A number attached to a casualty or count word (killed, wounded, arrested, displaced)."""

    start: int
    end: int
    text: str = ""
    value: int | None = None
    kind: str = "killed"
    approximate: bool = False
    vague: bool = False  # a vague quantity word (عشرات → 12), not a figure

    __reduce__ = _by_fields


@dataclass(slots=True)
class Document:
    """An article and everything marsad found in it."""

    text: str
    id: str = ""
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str = "ar"
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[JSON] = field(default_factory=list)
    meta: JSON = field(default_factory=dict)

    __reduce__ = _by_fields

    # -- helpers -----------------------------------------------------------
    def span_text(self, start: int, end: int) -> str:
        """The exact source characters of a span."""
        return self.text[start:end]

    def token_text(self, token: Token) -> str:
        """The exact source characters of a token."""
        return self.text[token.start : token.end]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of one sentence."""
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding a character offset, or ``None``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    # -- JSON --------------------------------------------------------------
    def _form(self, item: Callable[[Any], Any], token: Callable[[Any], Any]) -> JSON:
        """The document's JSON fields, each list item through ``item`` (tokens through ``token``)."""
        return {
            "id": self.id,
            "schema": SCHEMA_VERSION,
            "text": self.text,
            "published": self.published,
            "outlet": self.outlet,
            "url": self.url,
            "lang": self.lang,
            "sentences": [item(s) for s in self.sentences],
            "tokens": [token(t) for t in self.tokens],
            "mentions": [item(m) for m in self.mentions],
            "times": [item(t) for t in self.times],
            "places": [item(p) for p in self.places],
            "quantities": [item(q) for q in self.quantities],
            "events": self.events,
            "meta": self.meta,
        }

    def to_dict(self) -> JSON:
        """The stable JSON form of the whole document (see docs/document.md)."""
        return self._form(_plain_dataclass, _token_dict)

    def to_json(self) -> str:
        """``json.dumps(self.to_dict(), ensure_ascii=False)``, faster: the same text, written from the
        document's own values (``to_dict`` deep-copies them so that its result shares nothing; a text
        needs no copy).  ``marsad extract`` writes one per article."""
        return _ENCODER.encode(self._form(_view, _view))

    @classmethod
    def from_dict(cls, data: JSON) -> Document:
        """Rebuild a document from its JSON form."""
        doc = cls(
            text=data["text"],
            id=str(data.get("id") or ""),
            published=data.get("published"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            lang=data.get("lang") or "ar",
        )
        doc.sentences = [Sentence(**s) for s in data.get("sentences", [])]
        doc.tokens = [
            Token(
                start=t["start"],
                end=t["end"],
                norm=t.get("norm", ""),
                segments=[(a, b) for a, b in t.get("segments", [])],
                kind=t.get("kind", "word"),
            )
            for t in data.get("tokens", [])
        ]
        doc.mentions = [Mention(**_known(Mention, m)) for m in data.get("mentions", [])]
        doc.times = [TimeExpr(**_known(TimeExpr, t)) for t in data.get("times", [])]
        doc.places = [Place(**_known(Place, p)) for p in data.get("places", [])]
        doc.quantities = [Quantity(**_known(Quantity, q)) for q in data.get("quantities", [])]
        doc.events = list(data.get("events", []))
        doc.meta = dict(data.get("meta", {}))
        return doc


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_ATOMIC = frozenset({str, int, float, bool, type(None)})


def _plain_dataclass(obj: Any) -> JSON:
    """``dataclasses.asdict(obj)``, faster: the same dict (same keys in the same order, values
    converted and copied the same way), with plain values passed through without a deep copy."""
    return {name: _plain(getattr(obj, name)) for name in _field_names(type(obj))}


def _plain(obj: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a field value (a deep copy: nothing is shared)."""
    if type(obj) in _ATOMIC:
        return obj  # immutable: deepcopy would return it as it is
    if is_dataclass(obj) and not isinstance(obj, type):
        return _plain_dataclass(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def _view(obj: Any) -> JSON:
    """A dataclass's fields as a dict of its own values (not copied): what ``json`` writes for
    ``_plain_dataclass(obj)``, as tuples and lists, namedtuples included, are written alike."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


def _json_default(obj: Any) -> Any:
    """A dataclass inside an annotation's values (e.g. in ``attrs``) is written as its dict, as in ``to_dict``."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return _view(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_json_default)


def _token_dict(t: Token) -> JSON:
    return {
        "start": t.start,
        "end": t.end,
        "norm": t.norm,
        "segments": [list(s) for s in t.segments],
        "kind": t.kind,
    }


def _known(cls: type, data: JSON) -> JSON:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
