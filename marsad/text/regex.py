"""Regular-expression helpers shared by the rule modules (dates, numbers)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alt(words: Iterable[str]) -> str:
    r"""A regex alternation of literal words (a space matches any white space), longest first (so the
    longest form wins).

    Written as a letter tree: ``(?:ت(?:شرين\sالثاني|موز)|...)``, each node trying its longer words
    before the word that ends there.  The words that match at one position are prefixes of one
    another, and the tree tries them longest first as the flat list ``longest|…|shortest`` does, so
    the regex matches the same; the engine just compares each letter once instead of once per word.
    """
    tree: dict[str, Any] = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(r"\s" if ch == " " else re.escape(ch), {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if "" in node:
            branches.append("")  # the word ending here, after the longer ones
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(tree) + ")"
