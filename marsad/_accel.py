"""Compiled accelerators: optional Cython modules chosen at import, and the switch back to pure Python.

An accelerator is a Cython extension module (``marsad/**/_fast*.pyx``, built by ``setup.py``, see
:data:`ACCELERATORS`) that computes what a pure-Python/numpy function of marsad computes, faster.
The Python code stays the definition: a module asks :func:`accelerator` for its compiled helper
and falls back to its own code when that gives ``None`` — when the extension was not built (no
C compiler, no Cython at install time) or when ``MARSAD_PURE_PYTHON=1`` is set in the environment.
``tests/test_accel.py`` checks that both paths give the same results.

``python3 -m marsad._accel`` prints which accelerators are active in this environment.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

#: the extension modules setup.py builds (each from the ``.pyx`` file of the same path)
ACCELERATORS = ("marsad.ner._fastcrf",)

#: the environment variable that turns the accelerators off (any value but "", "0", "false", "no")
PURE_PYTHON_ENV = "MARSAD_PURE_PYTHON"


def pure_python_requested() -> bool:
    """Whether the environment asks for the pure-Python code paths."""
    return os.environ.get(PURE_PYTHON_ENV, "").strip().lower() not in ("", "0", "false", "no")


def accelerator(name: str) -> ModuleType | None:
    """The compiled module ``name`` (one of :data:`ACCELERATORS`), or ``None``: not built, or turned off."""
    if name not in ACCELERATORS:
        raise ValueError(f"unknown accelerator {name!r}")
    if pure_python_requested():
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def status() -> dict[str, str]:
    """Per accelerator: ``"compiled"``, ``"off"`` (``MARSAD_PURE_PYTHON``) or ``"not built"``."""
    out = {}
    for name in ACCELERATORS:
        if pure_python_requested():
            out[name] = "off"
        else:
            out[name] = "compiled" if accelerator(name) is not None else "not built"
    return out


if __name__ == "__main__":  # pragma: no cover
    for mod, state in status().items():
        print(f"{mod}: {state}")
