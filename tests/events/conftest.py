"""Shared fixtures of the event tests."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.events.extract import extract_events


@pytest.fixture(scope="module")
def events_of(nlp):
    """The events the full pipeline (the session's, tests/conftest.py) finds in a short text (published 2 January 2024)."""
    return lambda text: doc_of(nlp, text).events


@pytest.fixture(scope="module")
def facts_of(events_of):
    """The factuality labels of the events of one type found in a short text (at least one must be found)."""
    def facts(text: str, typ: str) -> list[str]:
        evs = [e for e in events_of(text) if e["type"] == typ]
        assert evs
        return [e["factuality"] for e in evs]
    return facts


@pytest.fixture(scope="module")
def all_events_of(nlp):
    """The same, with the events the rules call generic (dropped from the default output) kept and labelled."""
    return lambda text: extract_events(doc_of(nlp, text), keep_generic=True)


def doc_of(nlp, text: str) -> Document:
    """A short text run through the pipeline (published 2 January 2024)."""
    return nlp(Document(text=text, id="e1", published="2024-01-02"))


@pytest.fixture(scope="module")
def roles_of(events_of):
    """KB ids of the sources and recipients of the first event of a type in a short text."""
    def roles(text: str, typ: str) -> tuple[list, list]:
        e = next(e for e in events_of(text) if e["type"] == typ)
        return [a.get("actor") for a in e["source"]], [a.get("actor") for a in e["recipient"]]
    return roles
