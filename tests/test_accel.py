"""Compiled accelerators (marsad._accel) give the results of the pure-Python/numpy code they stand for.

The Python code is the definition; each compiled kernel is compared with it on varied inputs made
here (random scores, exact ties, one-token and long sentences, few and many labels), and the whole
pipeline is run on texts written for this test with and without the accelerators
(``MARSAD_PURE_PYTHON=1``).  Where the extension was not built the comparisons skip, except when
``MARSAD_REQUIRE_SERVICES`` is set (CI): there an unbuilt extension is a failure, so CI really runs
the compiled code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from marsad import _accel
from marsad.ner import decode
from marsad.ner.decode import CrfModel, pad

REQUIRED = bool(os.environ.get("MARSAD_REQUIRE_SERVICES"))


def _fastcrf():  # type: ignore[no-untyped-def]
    mod = _accel.accelerator("marsad.ner._fastcrf")
    if mod is None:
        if REQUIRED and not _accel.pure_python_requested():
            pytest.fail(
                "MARSAD_REQUIRE_SERVICES is set but marsad.ner._fastcrf was not built (pip install -e . with Cython and a C compiler)"
            )
        pytest.skip("marsad.ner._fastcrf is not built (or MARSAD_PURE_PYTHON is set)")
    return mod


def _model(rng: np.random.Generator, n_labels: int, scale: float = 1.0) -> CrfModel:
    trans = rng.normal(scale=scale, size=(n_labels, n_labels))
    return CrfModel(tuple(f"L{k}" for k in range(n_labels)), {}, np.zeros((1, n_labels)), trans)


def _batches(seed: int):  # type: ignore[no-untyped-def]
    """(model, padded scores, lengths): varied sizes and scales, some with whole-number scores (exact ties)."""
    rng = np.random.default_rng(seed)
    for trial in range(120):
        n_labels = int(rng.choice([1, 2, 3, 5, 17]))
        ties = trial % 4 == 0
        model = _model(rng, n_labels, scale=float(rng.choice([0.1, 1.0, 4.0])))
        if ties:
            model = CrfModel(model.labels, {}, model.state, np.round(model.trans))
        n_s = int(rng.integers(1, 12))
        lengths = rng.integers(1, int(rng.choice([2, 8, 60])), size=n_s).astype(np.intp)
        flat = rng.normal(scale=float(rng.choice([0.5, 3.0, 20.0])), size=(int(lengths.sum()), n_labels))
        if ties:
            flat = np.round(flat)
        yield model, pad(flat, lengths), lengths


def test_compiled_viterbi_gives_the_numpy_paths_ties_included() -> None:
    fast = _fastcrf()
    n_ties = 0
    for model, scores, lengths in _batches(1):
        want = model._viterbi(scores, lengths)
        got = fast.viterbi(scores, lengths, model.trans)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got, want)
        n_ties += int(np.all(model.trans == np.round(model.trans)))
    assert n_ties > 0  # the batches did include whole-number (tying) models


def test_compiled_marginals_equal_the_numpy_marginals() -> None:
    fast = _fastcrf()
    for model, scores, lengths in _batches(2):
        want = model._marginals(scores, lengths)
        got = fast.marginals(scores, lengths, model.trans)
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)
        np.testing.assert_allclose(got.sum(axis=2), 1.0, rtol=0, atol=1e-12)


def test_compiled_marginals_in_a_window_are_those_of_the_whole_sentence() -> None:
    """Only the positions ``lo … hi - 1`` asked for: the very floats of the whole passes there."""
    fast = _fastcrf()
    rng = np.random.default_rng(4)
    for model, scores, lengths in _batches(5):
        whole = fast.marginals(scores, lengths, model.trans)
        lo = np.array([rng.integers(0, n) for n in lengths.tolist()], dtype=np.intp)
        hi = np.array([rng.integers(a + 1, n + 1) for a, n in zip(lo.tolist(), lengths.tolist(), strict=True)], dtype=np.intp)
        got = fast.marginals(scores, lengths, model.trans, lo, hi)
        for s, (a, b) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
            assert np.array_equal(got[s, a:b], whole[s, a:b])
        # and through the model (the numpy definition computes every position)
        via = model.marginals(scores, lengths, window=(lo, hi))
        for s, (a, b) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
            assert np.array_equal(via[s, a:b], whole[s, a:b])
    with pytest.raises(ValueError):
        fast.marginals(scores, lengths, model.trans, lengths, lengths)


def test_the_model_methods_use_the_compiled_kernels_when_built(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _fastcrf()
    assert decode._fast is fast
    model, scores, lengths = next(_batches(3))
    calls: list[str] = []
    monkeypatch.setattr(decode, "_fast", _Spy(fast, calls))
    model.viterbi(scores, lengths)
    model.marginals(scores, lengths)
    assert calls == ["viterbi", "marginals"]
    monkeypatch.setattr(decode, "_fast", None)  # the fallback: the numpy definitions
    assert np.array_equal(model.viterbi(scores, lengths), model._viterbi(scores, lengths))


class _Spy:
    def __init__(self, inner: object, calls: list[str]) -> None:
        self.inner, self.calls = inner, calls

    def __getattr__(self, name: str) -> object:
        self.calls.append(name)
        return getattr(self.inner, name)


_WORDS = (
    "قال وزير الخارجية سامر الحلبي إن القوات السورية دخلت بلدة كفرنبل في ريف إدلب بعد اشتباكات مع "
    "مسلحين ، وأضاف أن 12 مدنيا قتلوا . أعلنت وزارة الدفاع في دمشق أن الطائرات قصفت مواقع شرق حماة"
).split()


def _documents(seed: int) -> list[list[list[str]]]:
    """Documents of random sentences over a small vocabulary: repeated words (bag-of-words and context
    features), one-token sentences, sentences shorter than the feature window, an empty sentence."""
    rng = np.random.default_rng(seed)
    docs = [[["دمشق"]], [["قال", "سامر"], []], [_WORDS[:40]]]
    for _ in range(40):
        doc = []
        for _ in range(int(rng.integers(1, 9))):
            n = int(rng.choice([1, 2, 3, 6, 15, 40]))
            doc.append([str(w) for w in rng.choice(_WORDS[: int(rng.integers(4, len(_WORDS)))], size=n)])
        docs.append(doc)
    return docs


def test_compiled_state_scores_are_the_numpy_floats(monkeypatch: pytest.MonkeyPatch) -> None:
    _fastcrf()
    from marsad.ner import scoring
    from marsad.ner.crf import CrfTagger

    tagger = CrfTagger.load()
    assert tagger._model is not None
    scorer = scoring.StateScorer(tagger.featurizer(), tagger._model)
    for doc in _documents(4):
        got, got_len = scorer.document(doc, context=tagger.context)
        with monkeypatch.context() as m:
            m.setattr(scoring, "_fast", None)
            want, want_len = scorer.document(doc, context=tagger.context)
        assert np.array_equal(got_len, want_len)
        assert np.array_equal(got, want)  # the same floats ...
        assert np.array_equal(np.signbit(got), np.signbit(want))  # ... zeros included


def test_compiled_word_vectors_are_the_numpy_floats(monkeypatch: pytest.MonkeyPatch) -> None:
    _fastcrf()
    from marsad.ner import scoring
    from marsad.ner.crf import CrfTagger

    tagger = CrfTagger.load()
    assert tagger._model is not None
    # new words in batches of several sizes, as documents bring them (a word vector does not depend on its batch
    # here: the batches are the same on both sides)
    words = list(dict.fromkeys([*_WORDS, "2024", "؟", "Reuters", "والحكومة", "ـ", "x1", "سوريا،"]))
    batches = [words[:1], words[1:4], words[4:20], words[20:]]
    fast = scoring.StateScorer(tagger.featurizer(), tagger._model)
    for b in batches:
        fast._add_words(b)
    with monkeypatch.context() as m:
        m.setattr(scoring, "_fast", None)
        plain = scoring.StateScorer(tagger.featurizer(), tagger._model)
        for b in batches:
            plain._add_words(b)
    n = len(words)
    assert fast.words == plain.words
    assert np.array_equal(fast.own[:n], plain.own[:n])
    assert np.array_equal(fast.near[:, :n], plain.near[:, :n])
    assert np.array_equal(np.signbit(fast.own[:n]), np.signbit(plain.own[:n]))
    assert np.abs(fast.own[:n]).sum() > 0


def test_compiled_part_sums_add_as_numpy_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of 0 to 300 names (numpy's pairwise summation changes its order at 8 and 128 terms)."""
    fast = _fastcrf()
    from types import SimpleNamespace

    from marsad.ner import scoring

    rng = np.random.default_rng(5)
    n_labels = 7
    rows = np.vstack([rng.normal(scale=3.0, size=(500, n_labels)), np.zeros((1, n_labels))])
    index = {f"a{k}": k for k in range(500)}
    names = [*index, *(f"unknown{k}" for k in range(100))]
    parts = [
        [str(x) for x in rng.choice(names, size=int(n))]
        for n in [0, 1, 2, 7, 8, 9, 16, 17, 127, 128, 129, 300]
    ]
    parts += [[str(x) for x in rng.choice(names, size=int(rng.integers(0, 60)))] for _ in range(200)]
    plain = SimpleNamespace(index=index, rows=rows, n_labels=n_labels)
    got = fast.part_sums(parts, index, rows)
    monkeypatch.setattr(scoring, "_fast", None)
    want = scoring.StateScorer._part_sums(plain, parts)  # type: ignore[arg-type]
    assert np.array_equal(got, want)


def test_compiled_row_sums_add_as_numpy_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Groups of 0 to 300 row numbers, repeats included: the floats of ``StateScorer._sums`` (numpy)."""
    fast = _fastcrf()
    from types import SimpleNamespace

    from marsad.ner import scoring

    rng = np.random.default_rng(6)
    n_labels = 9
    rows = np.vstack([rng.normal(scale=3.0, size=(400, n_labels)), np.zeros((1, n_labels))])
    groups = [
        [int(x) for x in rng.integers(0, 401, size=n)]
        for n in [0, 1, 2, 7, 8, 9, 16, 17, 65, 127, 128, 129, 300]
    ]
    groups += [[int(x) for x in rng.integers(0, 400, size=int(rng.integers(0, 60)))] for _ in range(200)]
    groups += [[], []]
    plain = SimpleNamespace(rows=rows, n_labels=n_labels)
    got = fast.row_sums(groups, rows)
    want = scoring.StateScorer._sums(plain, groups)  # type: ignore[arg-type]
    assert np.array_equal(got, want)
    monkeypatch.setattr(scoring, "_fast", None)
    plain._sums = lambda g: scoring.StateScorer._sums(plain, g)  # type: ignore[attr-defined]
    assert np.array_equal(scoring.StateScorer._row_sums(plain, groups), want)  # type: ignore[arg-type]
    assert fast.row_sums([], rows).shape == (0, n_labels)
    with pytest.raises(IndexError):
        fast.row_sums([[401]], rows)


def test_unknown_accelerator_names_are_refused() -> None:
    with pytest.raises(ValueError):
        _accel.accelerator("marsad.ner.no_such_module")


def _run(code: str, pure: bool) -> str:
    env = {**os.environ, _accel.PURE_PYTHON_ENV: "1" if pure else "0"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return proc.stdout


def test_marsad_pure_python_turns_the_accelerators_off() -> None:
    code = "import marsad._accel as a, marsad.ner.decode as d; print(a.status(), d._fast is None)"
    out = _run(code, pure=True)
    assert "'off'" in out and out.strip().endswith("True")
    assert "compiled" not in out


_TEXTS = [
    "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي يوم الاثنين، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين.",
    "قال وزير الخارجية سامر الحلبي في مؤتمر صحفي في دمشق إن الحكومة تدين الهجوم على مدينة حماة.",
    "اعتقلت قوات الأمن خمسة أشخاص في مدينة دير الزور بعد اشتباكات مع مسلحين مجهولين استمرت ساعتين.",
    "تظاهر المئات في ساحة المدينة احتجاجا على ارتفاع الأسعار، وطالبوا الحكومة بزيادة الرواتب.",
    "أعلنت وزارة الدفاع أن دفاعاتها الجوية تصدت لطائرات مسيرة أطلقت من ريف حلب الغربي فجر اليوم.",
    "وصل الرئيس إلى بيروت في زيارة رسمية يلتقي خلالها رئيس الحكومة ووفدا من منظمة الصحة العالمية.",
    "انفجرت عبوة ناسفة بسيارة عسكرية على طريق درعا دمشق الدولي، ولم تعلن أي جهة مسؤوليتها عن التفجير.",
]


@pytest.mark.slow
def test_the_pipeline_output_is_the_same_with_and_without_the_accelerators() -> None:
    _fastcrf()
    code = (
        "import json, sys, marsad\n"
        "from marsad.doc import Document\n"
        "nlp = marsad.load()\n"
        f"texts = json.loads({json.dumps(json.dumps(_TEXTS, ensure_ascii=False))})\n"
        "for k, t in enumerate(texts):\n"
        "    print(nlp(Document(text=t, id=f'a{k}', published='2024-03-05')).to_json())\n"
        "print(nlp(Document(text=' '.join(texts), id='all', published='2024-03-05')).to_json())\n"
    )
    fast, pure = _run(code, pure=False), _run(code, pure=True)
    assert len(fast.splitlines()) == len(_TEXTS) + 1
    assert any(json.loads(line)["mentions"] for line in fast.splitlines())  # the CRF had something to tag
    assert fast == pure
