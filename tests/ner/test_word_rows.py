"""``features.WordRows`` (and its compiled loop ``_fastcrf.word_rows``) gives the model rows of ``_make_tok``'s features without building the strings.

The definition is ``_make_tok``: for every word, ``WordRows.rows(word)`` must list exactly the rows
``index[x]`` of the features of ``tok.own`` and of each ``tok.near[k]`` that the model knows, in the
features' order (the state scores add them in that order), and the raw word vector must give
``tok.vec``.  Checked against the bundled model (all its attribute kinds) and against an index made
of *every* feature of the words (so that no look-up is skipped for lack of a weight), with and without
the morphological features, on Arabic words, clitics, Latin, digits, punctuation and unknown words.
"""

from __future__ import annotations

import pytest

from marsad._accel import accelerator
from marsad.ner.crf import CrfTagger
from marsad.ner.features import DENSE_SCALE, WordRows, _make_tok, load_freq

WORDS = [
    "الرئيس",
    "والحكومة",
    "بشار",
    "الأسد",
    "دمشق",
    "وبالسوريين",
    "الروسية",
    "روسيا",
    "للجيش",
    "دولارا",
    "قال",
    "و",
    "ال",
    "ب",
    "أ",
    "ـ",
    "كتب",
    "كتبكتب",
    "ننن",
    "Reuters",
    "UN",
    "a",
    "2023",
    "3.5",
    "١٢",
    "12ألف",
    "M16",
    "،",
    ".",
    "«",
    "-",
    "?!",
    "x",
    "زززززززززززززززززز",
    "ﻻ",
    "مُحَمَّد",
    "إسرائيل",
    "الإسرائيلي",
    "ووو",
    "فلل",
    "كالعادة",
]


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return CrfTagger.load()


def _check(wr: WordRows, index: dict[str, int], clusters, window, embeddings, freq) -> int:  # type: ignore[no-untyped-def]
    found = 0
    for word in WORDS:
        tok = _make_tok(word, clusters, window, embeddings, freq)
        n, stem, sh, own, near, raw = wr.rows(word)
        assert (n, stem, sh) == (tok.n, tok.stem, tok.shape), word
        assert own == [index[x] for x in tok.own if x in index], word
        assert near == [[index[x] for x in f if x in index] for f in tok.near], word
        assert (None if raw is None else tuple(x * DENSE_SCALE for x in raw)) == tok.vec, word
        found += len(own)
    fast = accelerator("marsad.ner._fastcrf")
    if fast is not None:  # the compiled loop gives the same rows (and the same vectors: the table's own)
        got = fast.word_rows(wr, list(WORDS))
        want = [wr.rows(w) for w in WORDS]
        assert got == want
        assert all(a[5] is b[5] for a, b in zip(got, want, strict=True))
        assert fast.word_rows(wr, []) == []
    return found


def test_rows_are_the_bundled_models_rows_of_the_features(tagger: CrfTagger) -> None:
    fz = tagger.featurizer()
    index = tagger._model.attributes  # type: ignore[union-attr]
    wr = WordRows(index, fz.clusters, fz.window, fz.embeddings, fz.freq)
    assert _check(wr, index, fz.clusters, fz.window, fz.embeddings, fz.freq) > len(WORDS)


@pytest.mark.parametrize("window", [1, 2, 3])
@pytest.mark.parametrize("morph", [False, True])
def test_rows_when_every_feature_has_a_row(tagger: CrfTagger, window: int, morph: bool) -> None:
    """An index holding every feature of the words (and some others): each look-up must hit."""
    fz = tagger.featurizer()
    freq = load_freq() if morph else None
    feats: dict[str, int] = {"unrelated": 0, "w:": 1, "c3=": 2}
    for word in WORDS:
        tok = _make_tok(word, fz.clusters, window, fz.embeddings, freq)
        for x in [*tok.own, *(y for f in tok.near for y in f)]:
            feats.setdefault(x, len(feats))
    # reversed: rows not in the order the features come in
    index = {x: len(feats) - 1 - r for x, r in feats.items()}
    wr = WordRows(index, fz.clusters, window, fz.embeddings, freq)
    assert _check(wr, index, fz.clusters, window, fz.embeddings, freq) > 20 * len(WORDS)


def test_rows_without_clusters_or_vectors(tagger: CrfTagger) -> None:
    index = tagger._model.attributes  # type: ignore[union-attr]
    wr = WordRows(index, {}, 2, {}, None)
    _check(wr, index, {}, 2, {}, None)
    wr = WordRows(index, {}, 2, None, None)
    _check(wr, index, {}, 2, None, None)


def test_document_scores_are_those_of_the_feature_strings(tagger: CrfTagger) -> None:
    """The scorer with WordRows gives the scores of a scorer fed with ``_make_tok``'s strings looked up one by one."""
    import numpy as np

    from marsad.ner.scoring import StateScorer

    fz = tagger.featurizer()
    index = tagger._model.attributes  # type: ignore[union-attr]

    def by_strings(word: str):  # type: ignore[no-untyped-def]
        tok = _make_tok(word, fz.clusters, fz.window, fz.embeddings, fz.freq)
        raw = None if tok.vec is None else tuple(x / DENSE_SCALE for x in tok.vec)
        own = [index[x] for x in tok.own if x in index]
        return tok.n, tok.stem, tok.shape, own, [[index[x] for x in f if x in index] for f in tok.near], raw

    doc = [WORDS[:12], ["x"], [], WORDS[12:], WORDS[3:9], ["دمشق"]]
    fast = StateScorer(fz, tagger._model)  # type: ignore[arg-type]
    plain = StateScorer(fz, tagger._model)  # type: ignore[arg-type]
    plain._word_rows = lambda words: list(map(by_strings, words))  # type: ignore[method-assign]
    got, lengths = fast.document(doc)
    want, _ = plain.document(doc)
    assert lengths.tolist() == [len(s) for s in doc]
    assert np.array_equal(got, want)
    assert np.abs(got).sum() > 0


def test_scores_do_not_depend_on_the_room_for_words(tagger: CrfTagger) -> None:
    """The word arrays start with room for 32,767 words; grown from a tiny start they give the same scores."""
    import numpy as np

    from marsad.ner.scoring import StateScorer

    fz = tagger.featurizer()
    doc = [WORDS[:12], ["x"], WORDS[12:], WORDS[3:9]]
    roomy = StateScorer(fz, tagger._model)  # type: ignore[arg-type]
    assert len(roomy.own) == 1 << 15
    tiny = StateScorer(fz, tagger._model)  # type: ignore[arg-type]
    tiny._reset(2)
    for part in (doc[:1], doc[1:2], doc):  # grows several times, keeping the words already seen
        got, _ = tiny.document(part)
        want, _ = roomy.document(part)
        assert np.array_equal(got, want)
    assert len(tiny.own) < len(roomy.own)


def test_compiled_shape_is_shape_for_every_character() -> None:
    import random
    import sys

    from marsad.ner.features import shape

    fast = accelerator("marsad.ner._fastcrf")
    if fast is None:
        pytest.skip("marsad.ner._fastcrf is not built (or MARSAD_PURE_PYTHON is set)")
    chars = [chr(c) for c in range(sys.maxunicode + 1)]  # lone surrogates too
    for c in chars:
        assert fast.shape(c) == shape(c), hex(ord(c))
    rng = random.Random(1)
    pool = [*"0123456789.,/:-٫٬ab Zـ،؟!٠١٢٣", "ب", "ﻻ", "٩", "²", "Ⅻ", "𝟙", "é", "中", "\u064b"]
    words = ["", *("".join(rng.choice(pool) for _ in range(rng.randint(1, 6))) for _ in range(20000))]
    words += ["2023", "3.5", "١٢", "12ألف", "M16", "Reuters", "الرئيس", "، ", "--", "٫٫"]
    for w in words:
        assert fast.shape(w) == shape(w), w
