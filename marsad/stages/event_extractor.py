"""Event extractor stage: fill ``doc.events`` (spec/events.md records)."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document
from marsad.events.extract import extract_events


class EventExtractor:
    """Detect triggers, fill their frames, judge factuality and merge mentions into events.

    Uses ``doc.mentions``, ``doc.times``, ``doc.places`` and ``doc.quantities``
    when earlier stages filled them, and falls back to local heuristics otherwise.
    """

    name = "event_extractor"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(self, *, min_confidence: float = 0.0, keep_generic: bool = False) -> None:
        """Args: min_confidence: drop events scoring below this; keep_generic: also keep the ``generic`` ones
        (habits, aggregates, general statements), which are dropped by default."""
        self.min_confidence = min_confidence
        self.keep_generic = keep_generic

    def __call__(self, doc: Document) -> Document:
        doc.events = extract_events(doc, min_confidence=self.min_confidence, keep_generic=self.keep_generic)
        return doc


def make_event_extractor(*, min_confidence: float = 0.0, keep_generic: bool = False) -> EventExtractor:
    """Factory for the registry."""
    return EventExtractor(min_confidence=min_confidence, keep_generic=keep_generic)
