from __future__ import annotations

from typing import ClassVar

import pytest

import marsad
import marsad.registrations
from marsad.doc import Document
from marsad.errors import PipelineError
from marsad.pipeline import Pipeline
from marsad.registry import get_factory, registered


class _Needs:
    name = "needs_mentions"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens", "mentions"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_checks_requirements_when_built() -> None:
    tok = get_factory("marsad.tokenizer.v1")()
    with pytest.raises(PipelineError, match=r"requires \['mentions'\]"):
        Pipeline([tok, _Needs()])


def test_unknown_stage_names_known_ones() -> None:
    with pytest.raises(PipelineError, match=r"marsad\.tokenizer\.v1"):
        get_factory("marsad.nope.v9")


def test_default_pipeline_runs_on_text() -> None:
    nlp = marsad.load()
    assert nlp.names[0] == "tokenizer"
    doc = nlp("قال مراسلنا إن الاشتباكات تجددت. وانسحبت القوات.")
    assert len(doc.sentences) == 2
    assert all(doc.text[t.start : t.end] for t in doc.tokens)
    assert "tokens" in nlp.provides and "sentences" in nlp.provides


def test_every_default_stage_is_registered() -> None:
    from marsad.registrations import DEFAULT_STAGES

    assert set(DEFAULT_STAGES) <= set(registered())


def test_document_json_round_trip(nlp) -> None:
    doc = nlp(Document(text="قصفت الطائرات بلدة يلدا أمس.", id="t1", published="2020-01-02"))
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()
