"""Numpy CRF inference (marsad.ner.decode) against crfsuite's own tagger, on tiny models trained here.

All sentences and attributes here were written for these tests.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import numpy as np
import pycrfsuite
import pytest

from marsad.errors import ModelError
from marsad.ner import crf as crf_module
from marsad.ner.crf import CrfTagger, TrainParams
from marsad.ner.decode import CrfModel, Item, pad, read_model
from marsad.ner.scoring import StateScorer

# -- a tiny crfsuite model on hand-made attributes --------------------------------------------

_NAMES = ["سامر", "نادر", "وسيم", "رامز"]
_TOWNS = ["جبلة", "مصياف", "سلمية", "صافيتا"]


def _tok(word: str, **extra: float | str) -> dict[str, float | str]:
    """One token's attributes: a string value (``w:…``), weighted numbers, a bare flag."""
    item: dict[str, float | str] = {"w": word, "len": len(word) / 4, "bias": 1.0}
    item.update(extra)
    return item


def _training() -> list[tuple[list[Item], list[str]]]:
    data: list[tuple[list[Item], list[str]]] = []
    for k, (name, town) in enumerate(zip(_NAMES, _TOWNS, strict=True)):
        data.append(
            (
                [_tok("قال"), _tok(name, cap=2.0), _tok("في"), _tok(town, place=1.5), _tok(".")],
                ["O", "PER", "O", "LOC", "O"],
            )
        )
        # attribute lists with "name:value" strings (one attribute each, value 1)
        data.append(
            (
                [["w:زار", "bias"], ["w:" + name, "pfx:" + name[:2]], ["w:" + town, "sfx:" + town[-2:]]],
                ["O", "PER", "LOC"],
            )
        )
        data.append(([_tok(town, place=0.5 + k)], ["LOC"]))
        data.append(([_tok(name), _tok(name[::-1], cap=-1.0)], ["PER", "PER"]))
    return data


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[pycrfsuite.Tagger, CrfModel]:
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in _training():
        trainer.append(xseq, yseq)
    # some L1 so that many weights are exactly zero (exact ties between labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger, read_model(path)


_TESTS: list[list[Item]] = [
    [_tok("قال"), _tok("نادر", cap=2.0), _tok("في"), _tok("جبلة", place=1.5), _tok(".")],
    [_tok("سامر", cap=0.25), _tok("سلمية", place=-2.0)],
    [["w:زار", "bias"], ["w:رامز", "pfx:را", "unknown-attr"], ["w:مصياف", "sfx:اف"]],
    [_tok("وسيم")],  # one token
    [["nothing-known"]],  # one token, no known attribute: every label ties
    [["nothing-known"], ["still-nothing"], ["w:رامز"]],
    [],  # empty sentence
    [{"w": "صافيتا", "place": 3.0, "cap": -0.5}, {"w": "في"}, {"w": "نادر", "cap": 1.0, "w2": "x"}],
]


def _crfsuite(tagger: pycrfsuite.Tagger, xseq: Sequence[Item]) -> tuple[list[str], list[list[float]]]:
    if not xseq:
        return [], []
    tags = tagger.tag(pycrfsuite.ItemSequence(list(xseq)))
    labels = tagger.labels()
    return tags, [[tagger.marginal(y, t) for y in labels] for t in range(len(xseq))]


def test_model_file_weights_are_crfsuites(tiny: tuple[pycrfsuite.Tagger, CrfModel]) -> None:
    tagger, model = tiny
    info = tagger.info()
    assert model.labels == tuple(tagger.labels())
    assert set(model.attributes) == {a for a, _ in info.state_features}
    lab = {y: k for k, y in enumerate(model.labels)}
    for (a, y), w in info.state_features.items():
        assert model.state[model.attributes[a], lab[y]] == pytest.approx(w, abs=5.1e-7)  # info() rounds
    for (y0, y1), w in info.transitions.items():
        assert model.trans[lab[y0], lab[y1]] == pytest.approx(w, abs=5.1e-7)
    assert (model.state == 0).any()  # L1 left exact zeros


def test_numpy_decoder_gives_crfsuites_tags_and_marginals(tiny: tuple[pycrfsuite.Tagger, CrfModel]) -> None:
    tagger, model = tiny
    decoded = model.decode([model.state_scores(x) for x in _TESTS])  # all sentences in one batch
    for xseq, (path, margs) in zip(_TESTS, decoded, strict=True):
        tags, want = _crfsuite(tagger, xseq)
        assert [model.labels[y] for y in path] == tags
        assert margs is not None and margs.shape == (len(xseq), len(model.labels))
        if xseq:
            assert np.abs(margs - np.array(want)).max() < 1e-9
            assert np.allclose(margs.sum(axis=1), 1.0)
        # one sentence alone gives the same as in the batch
        ((alone, alone_m),) = model.decode([model.state_scores(xseq)])
        assert alone.tolist() == path.tolist()
        assert alone_m is not None and np.array_equal(alone_m, margs)


def test_state_scores_are_the_weights_summed_in_attribute_order(
    tiny: tuple[pycrfsuite.Tagger, CrfModel],
) -> None:
    _, model = tiny
    xseq = _TESTS[0] + _TESTS[2] + _TESTS[7]
    got = model.state_scores(xseq)
    for t, item in enumerate(xseq):
        rows, values = model.item_rows(item)
        want = np.zeros(len(model.labels))
        for r, v in zip(rows, values, strict=True):
            want = (
                want + model.state[r] * v
            )  # crfsuite: state[y] += weight * value, attribute after attribute
        assert np.array_equal(got[t], want)
    # a string value is the attribute "name:value" with value 1; unknown attributes are dropped
    assert model.item_rows({"w": "نادر", "zz": 2.0}) == ([model.attributes["w:نادر"]], [1.0])


def test_one_token_without_known_attributes_is_a_tie_won_by_the_first_label(
    tiny: tuple[pycrfsuite.Tagger, CrfModel],
) -> None:
    tagger, model = tiny
    scores = model.state_scores([["nothing-known"]])
    assert not scores.any()  # every label scores 0: a tie
    ((path, margs),) = model.decode([scores])
    assert tagger.tag([["nothing-known"]]) == [model.labels[0]] == [model.labels[path[0]]]
    assert margs is not None and np.allclose(margs, 1 / len(model.labels))


def _crfsuite_viterbi(state: np.ndarray, trans: np.ndarray) -> list[int]:
    """crfsuite's crf1dc_viterbi transcribed (strict ``<``: the first best previous label wins)."""
    n, n_labels = state.shape
    cur = [float(x) for x in state[0]]
    back: list[list[int]] = [[0] * n_labels]
    for t in range(1, n):
        prev, cur, row = cur, [], []
        for j in range(n_labels):
            best, arg = -np.inf, -1
            for i in range(n_labels):
                s = prev[i] + float(trans[i, j])
                if best < s:
                    best, arg = s, i
            row.append(arg)
            cur.append(best + float(state[t, j]))
        back.append(row)
    labels = [0] * n
    best = -np.inf
    for i in range(n_labels):
        if best < cur[i]:
            best, labels[n - 1] = cur[i], i
    for t in range(n - 2, -1, -1):
        labels[t] = back[t + 1][labels[t + 1]]
    return labels


def test_viterbi_breaks_ties_as_crfsuite_does() -> None:
    """Small integer weights make many exactly equal paths: the choice among them must be crfsuite's."""
    rng = random.Random(7)
    n_labels = 4
    trans = np.array([[rng.choice([-1.0, 0.0, 0.0, 1.0]) for _ in range(n_labels)] for _ in range(n_labels)])
    model = CrfModel(tuple("ABCD"), {}, np.zeros((0, n_labels)), trans)
    sents = [
        np.array([[rng.choice([0.0, 0.0, 1.0, 2.0]) for _ in range(n_labels)] for _ in range(n)])
        for n in (1, 2, 3, 5, 8, 1, 13)
    ]
    lengths = np.array([len(s) for s in sents])
    paths = model.viterbi(pad(np.concatenate(sents), lengths), lengths)
    ties = 0
    for k, s in enumerate(sents):
        assert paths[k, : len(s)].tolist() == _crfsuite_viterbi(s, trans)
        ties += int((s[-1] == s[-1].max()).sum() > 1)
    assert ties  # the test did exercise ties


def test_marginals_of_a_padded_batch_do_not_depend_on_the_padding() -> None:
    rng = np.random.default_rng(3)
    model = CrfModel(tuple("ABC"), {}, np.zeros((0, 3)), rng.normal(size=(3, 3)))
    sents = [rng.normal(size=(n, 3)) for n in (4, 1, 7)]
    batch = model.decode(sents)
    for s, (path, margs) in zip(sents, batch, strict=True):
        ((p1, m1),) = model.decode([s])
        assert path.tolist() == p1.tolist()
        assert margs is not None and m1 is not None and np.abs(margs - m1).max() < 1e-12


def test_read_model_rejects_other_files(tmp_path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 3)
    with pytest.raises(ModelError):
        read_model(bad)


# -- the tagger: numpy path against the crfsuite path --------------------------------------------

_PEOPLE = ["سامر", "نادر", "وسيم", "رامز", "فارس", "هاني"]
_PLACES = ["تلكلخ", "القصير", "الرستن", "سلمية", "مصياف", "جبلة"]


def _train_sentences() -> list[list[tuple[str, str]]]:
    out = []
    for i, p in enumerate(_PEOPLE):
        for j, t in enumerate(_PLACES):
            if (i + j) % 2:
                continue
            out.append([("وصل", "O"), (p, "B-PERS"), ("إلى", "O"), ("بلدة", "O"), (t, "B-LOC"), (".", "O")])
            out.append([("قال", "O"), ("الشيخ", "O"), (p, "B-PERS"), (t, "I-PERS"), ("مساء", "O")])
    return out


@pytest.fixture(scope="module")
def tagger(tmp_path_factory: pytest.TempPathFactory) -> CrfTagger:
    t = CrfTagger(clusters={}, embeddings={})
    t.train(
        _train_sentences(),
        out=tmp_path_factory.mktemp("ner") / "m.crfsuite",
        params=TrainParams(c1=0.02, c2=0.01, max_iterations=40, name_folds=2),
    )
    return t


_DOCS = [
    [
        ["وصل", "نادر", "إلى", "بلدة", "جبلة", "."],
        ["قال", "الشيخ", "وسيم", "القصير", "إن", "نادر", "غادر", "."],
        [],
        ["جبلة"],
        ["ثم", "عاد", "نادر", "إلى", "جبلة", "وسلمية", "مساء", "أمس"],
    ],
    [["هاني"]],
    [["كلمات", "لا", "يعرفها", "النموذج", "أبدا"], ["وصل", "فارس", "إلى", "مصياف"]],
    # the same word at distance 3 and 4 (its bag-of-words feature counts once), word pairs seen in training
    [["نادر", "نادر", "وصل", "إلى", "بلدة", "نادر", "نادر"], ["قال", "الشيخ", "هاني", "جبلة", "مساء", "قال"]],
]


def _assert_same_spans(tagger: CrfTagger, doc: list[list[str]]) -> list:
    """The numpy path gives crfsuite's spans, with scores within 1e-9; returns the numpy spans."""
    fast = tagger._spans_numpy(doc)
    slow = tagger._spans_crfsuite(doc)
    assert [[x[:3] for x in s] for s in fast] == [[x[:3] for x in s] for s in slow]
    for a, b in zip(fast, slow, strict=True):
        assert all(abs(x[3] - y[3]) < 1e-9 for x, y in zip(a, b, strict=True))
    return fast


@pytest.mark.parametrize("doc", _DOCS)
def test_tagger_numpy_path_gives_the_crfsuite_paths_spans(tagger: CrfTagger, doc: list[list[str]]) -> None:
    assert tagger._model is not None
    fz = tagger.featurizer()
    index = tagger._model.attributes
    # the string features as model rows: crfsuite adds these rows' weights, in this order
    rows = [[[index[x] for x in tok] for tok in s] for s in fz.document(doc, context=tagger.context)]
    # the per-word vectors give the sums of those rows
    model = tagger._model
    scores, lengths = StateScorer(fz, model).document(doc, context=tagger.context)
    assert lengths.tolist() == [len(s) for s in doc]
    toks = [tok for s in rows for tok in s]
    exact = model.row_scores([x for tok in toks for x in tok], [len(tok) for tok in toks])
    assert scores.shape == exact.shape and np.abs(scores - exact).max(initial=0.0) < 1e-12
    fast = _assert_same_spans(tagger, doc)
    assert len(fast) == len(doc)


def test_scorer_word_table_grows_and_restarts(tagger: CrfTagger) -> None:
    assert tagger._model is not None
    scorer = StateScorer(tagger.featurizer(), tagger._model)
    scorer._reset(1)  # grows on the first document
    scorer.MAX_WORDS = 5  # restarts before most documents
    fresh = StateScorer(tagger.featurizer(), tagger._model)
    for doc in [*_DOCS, *_DOCS]:
        got, _ = scorer.document(doc)
        want, _ = fresh.document(doc)
        assert np.array_equal(got, want)
    assert len(scorer.words) <= 5 + max(len({w for s in d for w in s}) for d in _DOCS)


def test_part_sums_are_the_sums_of_the_known_features_rows(tagger: CrfTagger) -> None:
    """The one-pass look-up gives the very floats of looking each feature up and summing its rows."""
    assert tagger._model is not None
    scorer = StateScorer(tagger.featurizer(), tagger._model)
    index = tagger._model.attributes
    known = list(index)
    rng = random.Random(7)
    parts = [[], ["no such feature"], known[:1], known[3:9], ["x", known[5], "y", known[2], known[5]]]
    parts += [rng.sample([*known, "unknown-1", "unknown-2"], rng.randint(0, 12)) for _ in range(30)]
    plain = scorer._sums([[index[x] for x in part if x in index] for part in parts])
    fast = scorer._part_sums(parts)
    assert fast.shape == (len(parts), len(tagger._model.labels))
    assert fast.tobytes() == plain.tobytes()
    assert not fast[0].any() and not fast[1].any()


def test_tagger_finds_names_with_numpy_and_falls_back_to_crfsuite(tagger: CrfTagger, monkeypatch) -> None:
    doc = _DOCS[0]
    spans = tagger.document_spans(doc)
    assert (1, 2, "PERS") in [x[:3] for x in spans[0]]
    # a model file numpy cannot read: crfsuite tags, with the same result
    assert tagger.model_path is not None

    def refuse(path: object) -> CrfModel:
        raise ModelError("[E036] test")

    monkeypatch.setattr(crf_module, "read_model", refuse)
    other = CrfTagger(tagger.model_path, clusters={}, embeddings={})
    assert other._model is None
    assert other.document_spans(doc) == [
        [(i, j, lab, pytest.approx(s, abs=1e-9)) for i, j, lab, s in sent] for sent in spans
    ]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("", "empty"),
        ("١٢٣", "num"),
        ("12.5", "num"),
        ("٣٫٥", "num"),
        ("2023-11-30", "num"),
        ("12كم", "hasnum"),
        ("a1", "hasnum"),
        ("...", "punct"),
        ("؟", "punct"),
        ("Reuters", "latin"),
        ("ab-cd", "latin"),
        ("دمشق", "ar"),
        ("دمشقé", "ar"),
        ("é", "other"),
    ],
)
def test_shape_classes(word: str, want: str) -> None:
    from marsad.ner.features import shape

    assert shape(word) == want


# -- real-valued word-vector features ----------------------------------------------------------


def _vectors() -> dict[str, tuple[float, ...]]:
    """Made-up 3-dimensional vectors: people and places point different ways (a few words have none)."""
    from marsad.ner.clusters import cluster_key

    out: dict[str, tuple[float, ...]] = {}
    for k, p in enumerate(_PEOPLE[:-1]):
        out[cluster_key(p)] = (6.0 - 0.4 * k, -2.0, 1.0 * k)
    for k, t in enumerate(_PLACES[:-1]):
        out[cluster_key(t)] = (-4.0, 5.0 + 0.4 * k, -1.0 * k)
    out[cluster_key("وصل")] = (0.0, 0.0, 8.0)
    return out


@pytest.fixture(scope="module")
def vec_tagger(tmp_path_factory: pytest.TempPathFactory) -> CrfTagger:
    t = CrfTagger(clusters={}, embeddings=_vectors())
    t.train(
        _train_sentences(),
        out=tmp_path_factory.mktemp("ner") / "v.crfsuite",
        params=TrainParams(c1=0.02, c2=0.01, max_iterations=40, name_folds=2),
    )
    return t


@pytest.mark.parametrize("doc", _DOCS)
def test_vector_features_numpy_path_gives_the_crfsuite_paths_spans(vec_tagger: CrfTagger, doc) -> None:
    model = vec_tagger._model
    assert model is not None
    # the model uses real-valued features
    assert any(re.fullmatch(r"v\d+(\[-?1\])?", a) for a in model.attributes)
    fz = vec_tagger.featurizer()
    # crfsuite adds weight × value over each token's attributes: the scorer's per-word vectors give the same
    items = [tok for s in fz.items(doc, context=vec_tagger.context) for tok in s]
    exact = model.state_scores(items) if items else np.zeros((0, len(model.labels)))
    scores, _ = StateScorer(fz, model).document(doc, context=vec_tagger.context)
    assert scores.shape == exact.shape and np.abs(scores - exact).max(initial=0.0) < 1e-12
    _assert_same_spans(vec_tagger, doc)


def test_vector_features_are_values_of_the_token_and_its_neighbours() -> None:
    from marsad.ner.clusters import cluster_key
    from marsad.ner.features import DENSE_SCALE, Featurizer

    vec = {cluster_key("نادر"): (2.0, -1.0), cluster_key("جبلة"): (0.5, 0.25)}
    fz = Featurizer(clusters={}, embeddings=vec)
    items = fz.items([["وصل", "نادر", "إلى", "جبلة"]], context=0)[0]
    assert all(isinstance(x, dict) for x in items)
    assert items[1]["v0"] == 2.0 * DENSE_SCALE and items[1]["v1"] == -1.0 * DENSE_SCALE
    assert items[0]["v0[1]"] == 2.0 * DENSE_SCALE and items[2]["v1[-1]"] == -1.0 * DENSE_SCALE
    assert items[2]["v0[1]"] == 0.5 * DENSE_SCALE
    assert "v0" not in items[0] and "v0[-1]" not in items[1]  # وصل has no vector
    # the string features are all there, once each with value 1
    strings = fz.document([["وصل", "نادر", "إلى", "جبلة"]], context=0)[0]
    assert {k for k in items[1] if not k.startswith("v")} == set(strings[1])
    # without vectors the items are the plain feature lists
    plain = Featurizer(clusters={}, embeddings={})
    assert plain.items([["وصل", "نادر"]], context=0)[0] == plain.document([["وصل", "نادر"]], context=0)[0]



def test_a_words_vectors_do_not_depend_on_the_other_new_words() -> None:
    """Each new word's row (with the word-vector features of the bundled model) is computed on its own: bit for
    bit the same alone or in a batch, so batch runs that deal articles to workers in another order give the
    same scores. (A BLAS matrix product over the batch changed the last bit of 296 of 300 words.)"""
    from marsad.ner.clusters import load_clusters

    tagger = CrfTagger.load()
    assert tagger._model is not None
    words = sorted(load_clusters())[:600]  # word stems of the shipped cluster table
    together = StateScorer(tagger.featurizer(), tagger._model)
    together._add_words(words)
    for i in range(0, 600, 15):
        alone = StateScorer(tagger.featurizer(), tagger._model)
        alone._add_words([words[i]])
        assert np.array_equal(alone.own[0], together.own[i])
        assert np.array_equal(alone.near[:, 0], together.near[:, i])


def test_remembered_vector_products_give_the_same_rows() -> None:
    """A new word whose vector an earlier word had (``StateScorer._vec_products`` remembers the product) gets the
    rows it gets when the vector is new: words of one stem, added together, one by one, or after their stem."""
    from marsad.ner.clusters import load_clusters

    tagger = CrfTagger.load()
    assert tagger._model is not None
    stems = [s for s in sorted(load_clusters())[:400] if len(s) >= 3 and not s.startswith("ال")][:80]
    words = [f(s) for s in stems for f in (lambda s: s, lambda s: "و" + s, lambda s: "ب" + s)]
    fresh = StateScorer(tagger.featurizer(), tagger._model)
    fresh._add_words(words)
    assert fresh._products  # the bundled model has word-vector features
    for order in (words[::-1], words[1::3] + words[::3] + words[2::3]):
        again = StateScorer(tagger.featurizer(), tagger._model)
        for w in order:
            again._add_words([w])
        for w in words:
            a, b = fresh.words[w], again.words[w]
            assert np.array_equal(fresh.own[a], again.own[b])
            assert np.array_equal(fresh.near[:, a], again.near[:, b])
