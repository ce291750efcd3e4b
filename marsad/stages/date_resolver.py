"""Date resolver stage: fill ``doc.times`` with resolved date/time expressions."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document
from marsad.temporal.resolve import find_times


class DateResolver:
    """Find Arabic date expressions and resolve them against ``doc.published`` (ACLED precision).

    The anchor is ``doc.meta["dateline"]`` when present (a date or the dateline
    text), else the publication date; without either, values stay ``None``.
    """

    name = "date_resolver"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"times"})

    def __call__(self, doc: Document) -> Document:
        doc.times = find_times(doc.text, published=doc.published, dateline=doc.meta.get("dateline"))
        return doc


def make_date_resolver() -> DateResolver:
    """Factory for the registry."""
    return DateResolver()
