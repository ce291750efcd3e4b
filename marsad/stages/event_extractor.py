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

    def __init__(self, *, min_confidence: float = 0.0) -> None:
        """Args: min_confidence: drop events scoring below this."""
        self.min_confidence = min_confidence

    def __call__(self, doc: Document) -> Document:
        doc.events = extract_events(doc, min_confidence=self.min_confidence)
        return doc


def make_event_extractor(*, min_confidence: float = 0.0) -> EventExtractor:
    """Factory for the registry."""
    return EventExtractor(min_confidence=min_confidence)
