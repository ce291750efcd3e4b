"""The scorer's look-up tables give the rows of the feature strings they stand for.

``StateScorer._sentence_extras`` reads the word-pair rows from ``{a: {b: row}}`` tables and the lexicon rows
from per-offset tables instead of building ``w[-1]|w:a|b`` / ``lex[o]=m`` strings; it is compared with its
former definition (kept here) on sentences of the bundled model's pair words, with lexicon marks, words
holding ``|``, one-token and empty sentences.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import pytest

from marsad.ner.crf import CrfTagger
from marsad.ner.features import cue_window
from marsad.ner.scoring import _LEFT_PAIR, _RIGHT_PAIR, StateScorer, _pair_rows


def _pair_heads(attributes: Any, prefix: str) -> frozenset[str]:
    heads: set[str] = set()
    for attr in attributes:
        if attr.startswith(prefix):
            rest = attr[len(prefix) :]
            heads.update(rest[:k] for k, c in enumerate(rest) if c == "|")
    return frozenset(heads)


def _extras_reference(
    self: Any,
    ns: Sequence[str],
    marks: Sequence[AbstractSet[str]],
    base: int,
    out_tok: list[int],
    out_row: list[int],
) -> None:
    """The word-pair and lexicon features of one sentence's tokens (token ``base + i``) as model rows."""
    idx = self.index
    n = len(ns)
    left, right = _pair_heads(idx, _LEFT_PAIR), _pair_heads(idx, _RIGHT_PAIR)
    for i in range(n - 1):
        a = ns[i]
        if a in left:
            r = idx.get(f"{_LEFT_PAIR}{a}|{ns[i + 1]}")
            if r is not None:
                out_tok.append(base + i + 1)
                out_row.append(r)
        if a in right:
            r = idx.get(f"{_RIGHT_PAIR}{a}|{ns[i + 1]}")
            if r is not None:
                out_tok.append(base + i)
                out_row.append(r)
    for j in [j for j in range(n) if marks[j]]:
        for o in (-2, -1, 0, 1):
            i = j - o
            if 0 <= i < n:
                for m in marks[j]:
                    r = idx.get(f"lex[{o}]={m}")
                    if r is not None:
                        out_tok.append(base + i)
                        out_row.append(r)
    if self.fz.cuewin:
        for i, feats in enumerate(cue_window(ns, marks)):
            for x in feats:
                r = idx.get(x)
                if r is not None:
                    out_tok.append(base + i)
                    out_row.append(r)


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return CrfTagger.load()


def test_pair_rows_are_the_attributes_rows() -> None:
    from marsad.ner.features import WordRows

    index = {
        "w[-1]|w:a|b": 0,
        "w[-1]|w:a|b|c": 1,
        "w[-1]|w:|x": 2,
        "w[-1]|w:y|": 3,
        "w|w[+1]:a|b": 4,
        "w[-1]|w:": 5,
        "w[-1]|w:p:q|r=s": 6,
        "w:a|b": 7,
        "c3=w[-1]|w:a|b": 8,
    }
    table = _pair_rows(WordRows(index, {}, 2).tables[_LEFT_PAIR])
    assert table == {"a": {"b": 0, "b|c": 1}, "a|b": {"c": 1}, "": {"x": 2}, "y": {"": 3}, "p:q": {"r=s": 6}}
    for a, bs in table.items():
        for b, r in bs.items():
            assert index[f"{_LEFT_PAIR}{a}|{b}"] == r


def test_sentence_extras_equal_their_definition(tagger: CrfTagger) -> None:
    scorer = StateScorer(tagger.featurizer(), tagger._model)  # type: ignore[arg-type]
    idx = scorer.index
    pair_words = sorted(
        {w for a in idx if a.startswith((_LEFT_PAIR, _RIGHT_PAIR)) for w in a.split(":", 1)[1].split("|")}
    )
    assert len(pair_words) > 100
    rng = random.Random(3)
    vocab = [*pair_words[:400], "a|b", "|", "x", "في", "الرئيس", "دمشق", "قال", "وزير", "الخارجية"]
    lex = scorer.fz.lexicon
    found = 0
    for _ in range(300):
        ns = [rng.choice(vocab) for _ in range(rng.randint(0, 25))]
        marks: Sequence[AbstractSet[str]] = lex.match(ns)
        want: tuple[list[int], list[int]] = ([], [])
        got: tuple[list[int], list[int]] = ([], [])
        _extras_reference(scorer, ns, marks, 7, *want)
        scorer._sentence_extras(ns, marks, 7, *got)
        assert got == want
        found += len(got[0])
    assert found > 1000


def test_unique_is_numpys() -> None:
    import numpy as np

    from marsad.ner.scoring import _unique

    rng = np.random.default_rng(2)
    for n in [0, 1, 2, 3, 10, 100, 1000]:
        for hi in (1, 5, 10_000):
            a = rng.integers(0, hi, size=n).astype(np.intp)
            got = _unique(a)
            assert np.array_equal(got, np.unique(a))
            assert got.dtype == np.unique(a).dtype


def test_mark_rows_are_the_context_attributes_rows(tagger: CrfTagger) -> None:
    scorer = StateScorer(tagger.featurizer(), tagger._model)  # type: ignore[arg-type]
    for prefix, table in zip(("d_self=", "d_l=", "d_r="), scorer.mark_rows, strict=True):
        assert table
        assert table == {a[len(prefix) :]: r for a, r in scorer.index.items() if a.startswith(prefix)}
    for o, table in scorer.lex_rows.items():
        assert table and all(scorer.index[f"lex[{o}]={m}"] == r for m, r in table.items())


def test_document_extras_equal_the_sentences(tagger: CrfTagger) -> None:
    """``_extras`` of a document gives each token the rows ``_sentence_extras`` gives it, in the same order."""
    import numpy as np

    scorer = StateScorer(tagger.featurizer(), tagger._model)  # type: ignore[arg-type]
    idx = scorer.index
    pair_words = sorted(
        {w for a in idx if a.startswith((_LEFT_PAIR, _RIGHT_PAIR)) for w in a.split(":", 1)[1].split("|")}
    )
    rng = random.Random(5)
    vocab = [*pair_words[:400], "a|b", "|", "x", "في", "الرئيس", "دمشق", "قال", "وزير", "الخارجية", "،"]
    lex = scorer.fz.lexicon
    found = 0
    was = scorer.fz.cuewin
    for cuewin in (False, True):
        scorer.fz.cuewin = cuewin
        try:
            for _ in range(100):
                sentences = [[rng.choice(vocab) for _ in range(rng.randint(0, 25))] for _ in range(rng.randint(0, 8))]
                scorer.document(sentences, context=0)  # the words get their ids (and heads)
                flat = [w for s in sentences for w in s]
                wid = np.array([scorer.words[w] for w in flat], dtype=np.intp)
                ns = [scorer.norms[k] for k in wid.tolist()]
                lengths = np.array([len(s) for s in sentences], dtype=np.intp)
                sent = np.repeat(np.arange(len(sentences)), lengths)
                pos = np.arange(len(flat)) - (np.cumsum(lengths) - lengths)[sent]
                size = lengths[sent]
                marks: list[AbstractSet[str]] = []
                want: tuple[list[int], list[int]] = ([], [])
                base = 0
                for n in lengths.tolist():
                    m = lex.match(ns[base : base + n])
                    scorer._sentence_extras(ns[base : base + n], m, base, *want)
                    marks += m
                    base += n
                got = scorer._extras(ns, marks, wid, pos, size, lengths)
                per_token: dict[int, list[int]] = {}
                for t, r in zip(*want, strict=True):
                    per_token.setdefault(t, []).append(r)
                per_token_got: dict[int, list[int]] = {}
                for t, r in zip(*got, strict=True):
                    per_token_got.setdefault(t, []).append(r)
                assert per_token_got == per_token
                found += len(got[0])
        finally:
            scorer.fz.cuewin = was
    assert found > 1000
