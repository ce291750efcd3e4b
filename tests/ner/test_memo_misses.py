"""First-seen words read the memo tables first and call ``miss`` (no ``KeyError`` raised and caught): the same
values and the same tables as calling the memo, for the CRF's word forms and the geocoder's name starts."""

from __future__ import annotations

import pytest

from marsad._accel import accelerator
from marsad.geo.match import _readings, _starts_memo, _variants_memo, lexicon, name_prefixes
from marsad.ner.crf import CrfTagger
from marsad.ner.features import (
    WordRows,
    _after_lookup,
    _remembered,
    _stem,
    is_cue_word,
    is_demonym,
    strip_article,
    token_stems,
    variants,
)
from marsad.text.memo import StrMemo
from marsad.text.normalize import norm

WORDS = ["والحكومة", "الروسية", "للجيش", "وبالسوريين", "دولارا", "روسيا", "السوريون", "كتبكتب", "ننن", "Reuters",
         "2024", "و", "", "ال", "الـــقوات", "بالأمم", "والفرنسيين", "لللل"]


def test_remembered_equals_the_call() -> None:
    calls: list[str] = []

    def fn(k: str) -> str:
        calls.append(k)
        return k[::-1]

    memo = StrMemo(fn, 3)
    for key in ["ab", "cd", "ab", "", "ef", "gh", "ab"]:
        assert _remembered(memo, key) == key[::-1]
        assert memo.table[key] == key[::-1]
    plain = StrMemo(fn, 3)
    calls.clear()
    for key in ["ab", "cd", "ab", "", "ef", "gh", "ab"]:
        plain(key)
    assert plain.table == memo.table  # filled and emptied (when full) alike


def test_after_lookup_is_the_miss_with_the_table() -> None:
    for memo in (_stem, strip_article):
        call = _after_lookup(memo)
        assert call.table is memo.table  # type: ignore[attr-defined]
        for w in WORDS:
            memo.table.pop(w, None)
            got = call(w)
            assert got == memo.fn(w) and memo.table[w] == got


def _forget(words: list[str]) -> None:
    for w in words:
        for memo in (_stem, strip_article, variants):
            memo.table.pop(w, None)
            memo.table.pop(norm(w), None)


@pytest.mark.parametrize("word", WORDS)
def test_word_forms_of_new_words(word: str) -> None:
    _forget([word])
    assert token_stems([word]) == [_stem.fn(word)]
    assert _stem.table[word] == _stem.fn(word)
    _forget([word])
    assert strip_article(norm(word)) == strip_article.fn(norm(word))
    _forget([word])
    first = (is_demonym(word), is_cue_word(word))
    _forget([word])
    assert (is_demonym(word), is_cue_word(word)) == first


def test_compiled_word_rows_of_new_words_equal_the_python_rows() -> None:
    """The compiled loop, handed ``_stem`` and ``strip_article`` as their ``miss`` (:func:`_after_lookup`), gives the
    rows of ``WordRows.rows`` for words none of whose forms is remembered."""
    fast = accelerator("marsad.ner._fastcrf")
    if fast is None:
        pytest.skip("compiled kernel not built")
    tagger = CrfTagger.load()
    fz = tagger.featurizer()
    wr = WordRows(tagger._model.attributes, fz.clusters, fz.window, fz.embeddings, fz.freq)  # type: ignore[union-attr]
    _forget(WORDS)
    compiled = fast.word_rows(wr, list(WORDS))
    _forget(WORDS)
    python = [wr.rows(w) for w in WORDS]
    assert compiled == python


def test_geocoder_name_starts_of_new_words() -> None:
    lex = lexicon()
    prefixes = name_prefixes({"حلب", "دير الزور", "الرقه", "ادلب", "ريف دمشق"})
    memo = _starts_memo(lex.conj, lex.prep, prefixes)
    readings = _variants_memo(lex.conj, lex.prep)
    for w in ["وحلب", "لحلب", "بالرقه", "للرقه", "دير", "وادلب", "ادلب", "كتب", "و", ""]:
        memo.table.pop(w, None)
        readings.table.pop(w, None)
        got = memo(w)
        assert got == tuple(v for v in _readings(w, lex.conj, lex.prep) if v[0] in prefixes)
        assert readings.table[w] == _readings(w, lex.conj, lex.prep)  # remembered as before
