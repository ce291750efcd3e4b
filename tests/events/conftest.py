"""Shared fixtures of the event tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document


@pytest.fixture(scope="module")
def events_of():
    """The events the full pipeline finds in a short text (published 2 January 2024)."""
    nlp = marsad.load()
    return lambda text: nlp(Document(text=text, id="e1", published="2024-01-02")).events


@pytest.fixture(scope="module")
def all_events_of():
    """The same, with the events the rules call generic (dropped from the default output) kept and labelled."""
    nlp = marsad.load()
    nlp.get("event_extractor").keep_generic = True  # type: ignore[attr-defined]
    return lambda text: nlp(Document(text=text, id="e1", published="2024-01-02")).events


@pytest.fixture(scope="module")
def roles_of(events_of):
    """KB ids of the sources and recipients of the first event of a type in a short text."""
    def roles(text: str, typ: str) -> tuple[list, list]:
        e = next(e for e in events_of(text) if e["type"] == typ)
        return [a.get("actor") for a in e["source"]], [a.get("actor") for a in e["recipient"]]
    return roles
