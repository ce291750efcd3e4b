"""Typed loaders for the data files shipped in the package (importlib.resources)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import ResourceError


def resource_path(*parts: str) -> Path:
    """Filesystem path of a bundled resource file (the package is always installed unzipped)."""
    p = Path(str(resources.files("marsad.resources").joinpath(*parts)))
    if not p.exists():
        raise ResourceError(f"[E001] bundled resource missing: {'/'.join(parts)}")
    return p


@cache
def load_json(*parts: str) -> Any:
    """Load and cache a bundled JSON file."""
    path = resource_path(*parts)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ResourceError(f"[E002] cannot read bundled resource {path}: {e}") from e


def load_charmap(name: str) -> dict[str, Any]:
    """A character map from ``resources/charmaps/NAME.json``."""
    data = load_json("charmaps", f"{name}.json")
    assert isinstance(data, dict)
    return data
