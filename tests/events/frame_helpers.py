"""Helpers of the frame tests: a sentence's words (with their noun endings), triggers and actor chunks."""

from __future__ import annotations

from marsad.events.frames import assign_roles, chunk_actors
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

_TANWEEN = "\u064b\u064c\u064d"


def setup(text: str):
    ws = []
    for a, b, k in tokenize(text):
        w = text[a:b]
        ws.append(Word(a, b, norm(w), k, w.endswith("ة") or any(c in _TANWEEN for c in w[-3:])))
    trigs = find_triggers(ws)
    actors = chunk_actors(ws)
    for a in actors:
        a.text = text[a.start : a.end]
    return ws, trigs, actors


def roles(text: str, trigger: str):
    ws, trigs, actors = setup(text)
    t = next(t for t in trigs if text[t.start : t.end] == trigger)
    src, rec, _why, _ = assign_roles(ws, t, actors, others=trigs)
    return [text[a.start : a.end] for a in src], [text[a.start : a.end] for a in rec]
