"""Name → stage-factory registry.  Filled in one place: ``marsad.registrations``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.errors import PipelineError

StageFactory = Callable[..., Any]

_FACTORIES: dict[str, StageFactory] = {}


def register_stage(name: str, factory: StageFactory) -> None:
    """Register ``factory`` under a versioned name such as ``"marsad.tokenizer.v1"``."""
    if name in _FACTORIES and _FACTORIES[name] is not factory:
        raise PipelineError(f"[E010] stage name registered twice: {name}")
    _FACTORIES[name] = factory


def get_factory(name: str) -> StageFactory:
    """The factory registered under ``name``."""
    try:
        return _FACTORIES[name]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES)) or "(none)"
        raise PipelineError(f"[E011] unknown stage {name!r}; known: {known}") from None


def registered() -> list[str]:
    """All registered stage names, sorted."""
    return sorted(_FACTORIES)
