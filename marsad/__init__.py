"""marsad (مرصد): Arabic news reports in, structured and verifiable event data out."""

from __future__ import annotations

from marsad._version import __version__
from marsad.doc import Document
from marsad.pipeline import Pipeline


def load(*, stages: list[str] | None = None) -> Pipeline:
    """The default pipeline (or one built from the named registered stages)."""
    from marsad.registrations import build_pipeline

    return build_pipeline(stages)


__all__ = ["Document", "Pipeline", "__version__", "load"]
