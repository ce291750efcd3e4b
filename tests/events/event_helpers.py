"""Helpers of the event tests: the events of one type, the one event of a type, the texts of arguments."""

from __future__ import annotations

from typing import Any


def of_type(events: list[dict[str, Any]], typ: str) -> list[dict[str, Any]]:
    """The events of type ``typ``."""
    return [e for e in events if e["type"] == typ]


def one_of_type(events: list[dict[str, Any]], typ: str) -> dict[str, Any]:
    """The one event of type ``typ`` (the assertion lists every event when there is not exactly one)."""
    evs = of_type(events, typ)
    assert len(evs) == 1, [(e["type"], e["evidence"]["trigger"]["text"]) for e in events]
    return evs[0]


def texts(args: list[dict[str, Any]]) -> list[str]:
    """The texts of a role's arguments."""
    return [a["text"] for a in args]


def under_headline(events_of: Any, text: str) -> list[dict[str, Any]]:
    """The events of ``text`` as the body of an article under a short headline («عنوان الخبر»)."""
    return list(events_of("عنوان الخبر\n" + text))


def role_texts(events_of: Any, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The texts of the sources and recipients of each event of type ``typ`` in ``text``."""
    return [(texts(e["source"] or []), texts(e["recipient"] or [])) for e in of_type(events_of(text), typ)]


def facts(events_of: Any, text: str, typ: str) -> list[str]:
    """The factuality labels of the events of type ``typ`` in ``text``."""
    return [e["factuality"] for e in of_type(events_of(text), typ)]
