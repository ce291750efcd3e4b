"""Word-frequency and clitic-material features (``TrainParams.morph``).

All Arabic words here were written for these tests.
"""

from __future__ import annotations

from marsad.ner.crf import CrfTagger, TrainParams, read_conll
from marsad.ner.features import MORPH_PREFIXES, Featurizer, morph_features
from tests.ner.conll_helpers import assert_numpy_matches_crfsuite


def test_morph_features_split_the_word_around_its_stem() -> None:
    freq = {"وبالمدينه": 4, "مدينه": 12, "كتبها": 9}
    assert morph_features("وبالمدينه", "مدينه", freq) == ["fq:4", "fqs:12", "pre:وبال", "suf:-"]
    assert morph_features("كتبها", "كتب", freq) == ["fq:9", "fqs:0", "pre:-", "suf:ها"]
    assert morph_features("سامسونج", "سامسونج", {}) == ["fq:0", "fqs:0", "pre:-", "suf:-"]
    # a stem that is not a substring of the word (normalisation differs): unknown material
    assert morph_features("للرييس", "رئيس", {})[2:] == ["pre:?", "suf:?"]


def test_featurizer_adds_morph_features_only_when_asked() -> None:
    words = ["وبالمدينة", "نادي", "الوداد"]
    plain = Featurizer().sentence(words)
    morph = Featurizer(morph=True).sentence(words)
    assert not any(f.startswith(MORPH_PREFIXES) for fs in plain for f in fs)
    assert all(any(f.startswith("fq:") for f in fs) for fs in morph)
    assert "pre:وبال" in morph[0]


def _synthetic(path) -> None:
    people = ["سامر", "نادر", "وسيم", "رامز", "فارس", "هاني"]
    towns = ["تلكلخ", "القصير", "الرستن", "سلمية", "مصياف", "جبلة"]
    rows = []
    for i, p in enumerate(people):
        for j, t in enumerate(towns):
            if (i + j) % 2 == 0:
                rows += ["وصل O", f"{p} B-PERS", "إلى O", f"{t} B-LOC", ". O", ""]
                rows += ["غادر O", f"{p} B-PERS", "بلدة O", f"وب{t} B-LOC", "مساء O", ""]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_model_trained_with_morph_tags_with_it_in_numpy_and_crfsuite(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    model = CrfTagger().train(
        sents, out=tmp_path / "m.crfsuite", params=TrainParams(max_iterations=30, c1=0.0, morph=True)
    )
    fast = CrfTagger(model, propagate=None)
    assert fast.featurizer().freq is not None
    assert any(a.startswith(MORPH_PREFIXES) for a in fast._known or ())
    doc = [["وصل", "وسيم", "إلى", "جبلة", "."], ["غادر", "هاني", "بلدة", "وبمصياف", "مساء"]]
    assert_numpy_matches_crfsuite(model, doc)
    # a model trained without them does not compute them at tagging time
    plain = CrfTagger().train(
        sents, out=tmp_path / "p.crfsuite", params=TrainParams(max_iterations=10, morph=False)
    )
    assert CrfTagger(plain).featurizer().freq is None
