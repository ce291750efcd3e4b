"""Hand-written Arabic word sets in the code are compared with normalised words (``marsad.text.normalize.norm``):
a word written with ؤ ئ ى ة أ إ in such a set never matches and silently disables its rule. This test reads the
source of the package and fails on a literal word set (``frozenset({...})``, or a tuple/set/list on the right of
``in``) holding an Arabic word whose matching form differs from it and is not in the same set too. Sets built
with ``norm(...)`` around them are not literals and are not checked (they are normalised on load)."""

from __future__ import annotations

import ast
from pathlib import Path

import marsad
from marsad.text.normalize import norm

_ROOT = Path(marsad.__file__).parent


def _literal_sets(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "frozenset" and node.args \
                and isinstance(node.args[0], ast.Set):
            yield node.lineno, node.args[0].elts
        if isinstance(node, ast.Compare):
            for comp in node.comparators:
                if isinstance(comp, (ast.Tuple, ast.Set, ast.List)):
                    yield node.lineno, comp.elts


def _arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


def unmatched_words(source: str) -> list[tuple[int, str]]:
    out = []
    for line, elts in _literal_sets(ast.parse(source)):
        words = {e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        out += [(line, w) for w in sorted(words) if _arabic(w) and norm(w) != w and norm(w) not in words]
    return out


def test_the_check_finds_a_word_that_cannot_match():
    assert unmatched_words('X = frozenset({"مسؤول", "قتلى"})\n') == [(1, "قتلى"), (1, "مسؤول")]
    assert unmatched_words('X = frozenset({"قتلى", "قتلي"})\nok = w in ("الي",)\n') == []


def test_no_hand_written_word_set_holds_a_word_that_can_never_match():
    found = [(str(p.relative_to(_ROOT)), line, w) for p in sorted(_ROOT.rglob("*.py"))
             for line, w in unmatched_words(p.read_text(encoding="utf-8"))]
    assert found == []
