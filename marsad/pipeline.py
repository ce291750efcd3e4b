"""The pipeline: ordered stages that take and return a ``Document``.

A stage is any object with ``name``, ``REQUIRES`` and ``PROVIDES`` (sets of
capability names such as ``"tokens"``, ``"sentences"``, ``"mentions"``) and
``__call__(doc) -> doc``.  ``Pipeline`` checks when it is built that every
stage's requirements are provided by an earlier stage (``"text"`` is always
there) and names what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Protocol, runtime_checkable

from marsad.doc import Document
from marsad.errors import PipelineError


@runtime_checkable
class Stage(Protocol):
    """What a pipeline stage looks like."""

    name: str
    REQUIRES: ClassVar[frozenset[str]]
    PROVIDES: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages applied to a document."""

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages: list[Stage] = list(stages)
        have = {"text"}
        for stage in self.stages:
            missing = set(stage.REQUIRES) - have
            if missing:
                raise PipelineError(
                    f"[E012] stage {stage.name!r} requires {sorted(missing)}; "
                    f"earlier stages provide {sorted(have)}"
                )
            have |= set(stage.PROVIDES)
        self.provides = frozenset(have)

    @property
    def names(self) -> list[str]:
        """Names of the stages, in order."""
        return [s.name for s in self.stages]

    def get(self, name: str) -> Stage:
        """The stage called ``name``."""
        for s in self.stages:
            if s.name == name:
                return s
        raise PipelineError(f"[E013] no stage {name!r} in pipeline {self.names}")

    def __call__(self, doc: Document | str) -> Document:
        """Run every stage on ``doc`` (a ``Document`` or a plain text)."""
        if isinstance(doc, str):
            doc = Document(text=doc)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run the pipeline over many documents, lazily."""
        for doc in docs:
            yield self(doc)
