"""Cue-window features (``TrainParams.cuewin``).

All Arabic words here were written for these tests.
"""

from __future__ import annotations

from marsad.ner.crf import CrfTagger, TrainParams, read_conll
from marsad.ner.features import CUEWIN_PREFIXES, Featurizer, cue_window, load_cue_lexicon
from marsad.text.normalize import norm
from tests.ner.conll_helpers import assert_numpy_matches_crfsuite


def _window(words: list[str]) -> list[list[str]]:
    ns = [norm(w) for w in words]
    return cue_window(ns, load_cue_lexicon().match(ns))


def test_cue_window_marks_distance_three_to_four_left_and_two_to_three_right() -> None:
    words = ["وزارة", "الشؤون", "الخارجية", "والتعاون", "الدولي", "الجديد"]
    got = _window(words)
    assert got[:2] == [[], []]  # the cue itself and its neighbour (lex[-1] covers it)
    assert got[2] == []  # distance 2: lex[-2]
    assert got[3] == ["cwl=org_cue"] and got[4] == ["cwl=org_cue"]
    assert got[5] == []  # distance 5: too far
    right = _window(["سامر", "نادر", "الحلبي", "قال"])
    assert right == [["cwr=speech"], ["cwr=speech"], [], []]


def test_cue_window_stops_at_punctuation() -> None:
    got = _window(["وزارة", "الشؤون", "،", "والتعاون", "الدولي"])
    assert got == [[], [], [], [], []]


def test_featurizer_adds_cue_window_only_when_asked() -> None:
    words = ["وزارة", "الشؤون", "الخارجية", "والتعاون"]
    assert not any(f.startswith(CUEWIN_PREFIXES) for fs in Featurizer().sentence(words) for f in fs)
    assert "cwl=org_cue" in Featurizer(cuewin=True).sentence(words)[3]


def test_misc_names_are_a_lexicon_class() -> None:
    marks = load_cue_lexicon().match(
        [norm(w) for w in ["وجائزة", "نوبل", "في", "الحرب", "العالمية", "الثانية"]]
    )
    assert "misc_name:B" in marks[0] and "misc_name:I" in marks[1]
    assert "misc_name:B" in marks[3] and "misc_name:I" in marks[5]


def _synthetic(path) -> None:
    people = ["سامر", "نادر", "وسيم", "رامز", "فارس", "هاني"]
    tails = ["الحلبي", "العطار", "الشامي", "النجار"]
    rows = []
    for i, p in enumerate(people):
        for j, t in enumerate(tails):
            rows += [
                f"{p} B-PERS",
                f"{t} I-PERS",
                "قال O",
                "إن O",
                "هيئة B-ORG",
                "التنمية I-ORG",
                f"و{t} I-ORG",
                "المحلية I-ORG",
                "تعمل O",
                ". O",
                "",
            ]
            if (i + j) % 2:
                rows += ["وأضاف O", f"{p} B-PERS", f"{t} I-PERS", "أن O", "الطقس O", "جميل O", ". O", ""]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_model_trained_with_cue_window_tags_alike_in_numpy_and_crfsuite(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    model = CrfTagger().train(
        sents, out=tmp_path / "m.crfsuite", params=TrainParams(max_iterations=30, c1=0.0, cuewin=True)
    )
    fast = CrfTagger(model, propagate=None)
    assert fast.featurizer().cuewin
    assert any(a.startswith(CUEWIN_PREFIXES) for a in fast._known or ())
    doc = [["فارس", "العطار", "قال", "إن", "هيئة", "التنمية", "والشامي", "المحلية", "تعمل", "."]]
    assert fast.document_spans(doc)  # the model finds spans at all
    assert_numpy_matches_crfsuite(model, doc)
    plain = CrfTagger().train(sents, out=tmp_path / "p.crfsuite", params=TrainParams(max_iterations=10))
    assert not CrfTagger(plain).featurizer().cuewin
