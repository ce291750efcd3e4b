"""Build script: the package metadata is in pyproject.toml; this file only adds the compiled accelerators.

Every accelerator listed in ``marsad/_accel.py`` (``ACCELERATORS``) is compiled with Cython from the
``.pyx`` file of the same path into an optional extension module.  An install without Cython or
without a C compiler still works: the extension is skipped and the pure-Python code runs (see
``marsad/_accel.py``).  ``MARSAD_NO_COMPILE=1`` skips the compilation on purpose.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _modules() -> tuple[str, ...]:
    tree = ast.parse((ROOT / "marsad" / "_accel.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "ACCELERATORS" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("marsad/_accel.py: no ACCELERATORS")


def _extensions() -> list[Extension]:
    if os.environ.get("MARSAD_NO_COMPILE", "").strip() not in ("", "0"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("marsad: Cython is not installed, the pure-Python modules will run")
        return []
    exts = [
        Extension(name, [name.replace(".", "/") + ".pyx"], optional=True, extra_compile_args=["-O2"])
        for name in _modules()
    ]
    built = cythonize(exts, build_dir="build/cython", quiet=True, compiler_directives={"language_level": 3})
    for ext in built:  # cythonize's copies lose the flag
        ext.optional = True
    return built


class OptionalBuildExt(build_ext):
    """Skips an optional extension that fails to compile (no C compiler, ...): the pure-Python code runs."""

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as e:
            if not getattr(ext, "optional", False):
                raise
            print(f"marsad: {ext.name} not built ({e}); the pure-Python code runs instead")


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
