"""Quantities stage: fill ``doc.quantities`` with casualty and count numbers."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document
from marsad.numbers.casualties import find_quantities


class Quantities:
    """Attach numbers to killed / wounded / arrested / displaced / abducted (ACLED counting rules)."""

    name = "quantities"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"quantities"})

    def __call__(self, doc: Document) -> Document:
        doc.quantities = find_quantities(doc.text)
        return doc


def make_quantities() -> Quantities:
    """Factory for the registry."""
    return Quantities()
