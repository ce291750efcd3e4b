"""Hostage-taking and shooting down aircraft as ASSAULT, and the per-sentence detection decision
(short texts written for these tests)."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.events.detect import DetectModel
from marsad.events.extract import extract_events
from marsad.events.triggers import Word, find_triggers
from marsad.stages.tokenizer import Tokenizer
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def kinds(text: str) -> list[tuple[str, str | None]]:
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    return [(t.type, t.mode) for t in find_triggers(ws)]


@pytest.mark.parametrize("text", [
    "احتجز المسلح رهينة داخل المتجر",
    "احتجزت العصابة عشرة موظفين رهائن في المصرف",
    "أخذ الخاطفون ثلاثة سياح كرهائن قرب الحدود",
])
def test_hostage_taking_is_an_abduction(text):
    assert ("ASSAULT", "abduct") in kinds(text)
    assert not any(t == "COERCE" for t, _ in kinds(text))  # not (only) a detention


def test_detention_without_hostages_stays_coerce():
    assert kinds("احتجزت الشرطة المشتبه به في المركز") == [("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "أسقط المسلحون طائرة مروحية تابعة للجيش",
    "أسقطت الدفاعات الجوية طائرتين مسيرتين فوق المدينة",
    "أعلن الجيش إسقاط طائرة استطلاع قرب الحدود",
])
def test_shooting_down_aircraft_is_an_assault(text):
    assert ("ASSAULT", "aerial") in kinds(text)


def test_a_crash_is_not_shooting_down():
    assert not any(t == "ASSAULT" for t, _ in kinds("سقطت طائرة ركاب قرب المطار بسبب عطل فني"))


class FixedModel(DetectModel):
    """Scores chosen per trigger word (the test fixes them; the decision is what is tested)."""

    def __init__(self, scores: dict[str, float]) -> None:
        super().__init__(thresholds={"ASSAULT": 0.5})
        self.by_word = scores

    def score(self, words, t, **kw):
        return self.by_word.get(words[t.head].norm, 0.9)


def _facts(text: str, scores: dict[str, float]) -> list[str]:
    # (undated, as the OEDA sentences are: in a dated article the model's doubt alone makes no generic event, session 44)
    doc = Tokenizer(segment_clitics=False)(Document(text=text, id="t"))
    ev = extract_events(doc, model=FixedModel(scores))
    return [e["factuality"] for e in ev if e["type"] == "ASSAULT"]


def test_sentence_decision_uses_the_mean_of_its_triggers():
    assert DetectModel.sentence_score([0.9, 0.2, 0.3]) == pytest.approx(0.4666, abs=1e-3)
    assert DetectModel.sentence_score([]) == 0.0
    text = "هاجم مسلحون حاجزا للجيش. وقصفت الطائرات مواقع المسلحين."
    # two sentences, one trigger each: decided separately
    assert _facts(text, {"هاجم": 0.9, "وقصفت": 0.2}).count("asserted") >= 1
    # one sentence, two triggers: one confident, one doubtful -> the mean decides for both
    one = "هاجم مسلحون حاجزا للجيش وقصفت الطائرات مواقعهم"
    assert "asserted" in _facts(one, {"هاجم": 0.9, "وقصفت": 0.3})  # mean 0.6 >= 0.5
    assert "asserted" not in _facts(one, {"هاجم": 0.6, "وقصفت": 0.2})  # mean 0.4 < 0.5, though one is above
