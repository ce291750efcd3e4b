"""After a masdar, a named genitive followed by a لـ phrase is the agent (frames._lam_object)."""

from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document


@pytest.fixture(scope="module")
def pipe():
    nlp = marsad.load()
    return lambda text: nlp(Document(text=text, id="l1", published="2024-01-02")).events


def actors(evs, typ):
    e = next(e for e in evs if e["type"] == typ)
    return [a.get("actor") for a in e["source"]], [a.get("actor") for a in e["recipient"]]


def test_the_genitive_before_a_lam_object_is_the_agent(pipe):
    assert actors(pipe("أدان البيان قصف الاحتلال لمواقع الجيش السوري."), "ASSAULT") == (["ISR"], ["SYR-MIL"])
    src, _ = actors(pipe("أكد الوزير أن اغتيال إسرائيل للقائد العسكري كان خطأ."), "ASSAULT")
    assert src == ["ISR"]


def test_without_a_lam_object_the_genitive_stays_the_patient(pipe):
    src, rec = actors(pipe("أدان البيان اغتيال إسرائيل أمس."), "ASSAULT")
    assert "ISR" in rec and "ISR" not in src
