"""Mechanical checks of the architecture and the docs (kept true by the test suite)."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import click
import pytest

from marsad.cli import cli

REPO = Path(__file__).resolve().parent.parent


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, full + " ")
    return out


def _docs_text() -> str:
    parts = [(REPO / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "docs").glob("*.md"))]
    return "\n".join(parts)


@pytest.mark.parametrize(("name", "cmd"), _commands(cli))
def test_every_cli_command_has_help_and_docs(name: str, cmd: click.Command) -> None:
    assert (cmd.help or cmd.short_help or "").strip(), f"`marsad {name}` has no help text"
    assert f"marsad {name}" in _docs_text(), f"`marsad {name}` is not documented in README.md or docs/"


def test_layers_contract_holds() -> None:
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed")
    res = subprocess.run([exe], cwd=REPO, capture_output=True, text=True, check=False, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:]


@pytest.mark.parametrize(
    "cmd",
    [
        ["ruff", "check", "marsad", "tests", "benchmarks", "scripts"],
        ["mypy", "marsad"],
    ],
    ids=["ruff", "mypy"],
)
def test_lint_and_types_are_clean(cmd: list[str]) -> None:
    exe = shutil.which(cmd[0])
    if exe is None:
        pytest.skip(f"{cmd[0]} is not installed")
    res = subprocess.run([exe, *cmd[1:]], cwd=REPO, capture_output=True, text=True, check=False, timeout=600)
    assert res.returncode == 0, (res.stdout + res.stderr)[-3000:]


def _top_level_names(source: str) -> list[str]:
    """The names a module binds at its top level: assignments, functions and classes (in order, repeats kept)."""
    out: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            out += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append(node.name)
    return out


def test_the_check_finds_a_name_bound_twice() -> None:
    src = "_SET = frozenset({'a'})\ndef f():\n    return _SET\n_SET = frozenset({'b'})\n"
    names = _top_level_names(src)
    assert sorted({n for n in names if names.count(n) > 1}) == ["_SET"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    # the later binding silently replaces the earlier for every function of the module: a word set added beside an
    # older one of the same name disables one of the two rules (sessions 49–51 each wrote one, unseen)
    root = REPO / "marsad"
    twice = {}
    for p in sorted(root.rglob("*.py")):
        names = _top_level_names(p.read_text(encoding="utf-8"))
        if dup := sorted({n for n in names if names.count(n) > 1}):
            twice[str(p.relative_to(root))] = dup
    assert twice == {}
