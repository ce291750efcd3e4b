"""``features.variants`` tries only the proclitics that start with the word's first letter: the same forms,
in the same order, as trying all of them (its former definition, kept here)."""

from __future__ import annotations

import itertools

from marsad.ner.features import _MIN_HOST, _PROCLITICS, variants


def _reference(n: str) -> tuple[str, ...]:
    out = [n]
    for pre, put_back in _PROCLITICS:
        if n.startswith(pre) and len(n) - len(pre) >= _MIN_HOST:
            rest = put_back + n[len(pre) :]
            if rest not in out:
                out.append(rest)
    if len(n) > 4 and n.endswith("ا") and n[:-1] not in out:
        out.append(n[:-1])
    return tuple(out)


def test_variants_equal_trying_every_proclitic() -> None:
    letters = "وفبلكاله"
    words = ["", "x", "Reuters", "2023", "ـ", "والحكومه", "دولارا", "وبالا", "للا", "ولل", "فلل"]
    for k in range(1, 6):
        words += ["".join(p) + "مد" for p in itertools.product(letters, repeat=k)]
    for w in words:
        variants.cache_clear()
        assert variants(w) == _reference(w), w
