"""Detection-model components, hashing, trainer and file format (short texts written for these tests)."""

from __future__ import annotations

import math

import pytest

import marsad.events.detect as detect
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

KW = {"fact": "asserted", "n_actors": 1, "has_place": True, "fatalities": None, "n_quant": 0, "has_time": False}


def words_and_trigger(text: str) -> tuple[list[Word], detect.Trigger]:
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    t = next(t for t in find_triggers(ws) if t.type == "ASSAULT")
    return ws, t


def test_hashing_is_stable_and_bounded():
    f = detect.hashed({"c:<قت": 0.2, "c:قتل": 0.2, "u=هجوم": 0.5})
    assert f == detect.hashed({"u=هجوم": 0.5, "c:قتل": 0.2, "c:<قت": 0.2})
    assert all(k.startswith("#") and 0 <= int(k[1:]) < detect.HASH_DIM for k in f)
    assert math.isclose(sum(f.values()), 0.9)


def test_letter_ngrams_mark_word_boundaries():
    ws, _ = words_and_trigger("هاجم مسلحون حاجزا للجيش")
    g = detect.char_ngrams(ws)
    assert "c:<ها" in g and "c:جم>" in g and "c:<هاجم>" not in g  # 3–5 letters; <هاجم> has six symbols
    assert "c:<هاج" in g


def test_component_views():
    ws, t = words_and_trigger("هاجم مسلحون حاجزا للجيش فجر اليوم")
    sent = detect.component_features("sentence", ws, t, KW)
    assert set(sent) - {"bias"} and all(k.startswith("#") for k in sent if k != "bias")
    trig = detect.component_features("trigger", ws, t, KW)
    both = detect.component_features("trigger+chars", ws, t, KW)
    assert "ASSAULT:fact=asserted" in trig and set(trig) < set(both)
    assert any(k.startswith("#") for k in both) and not any(k.startswith("#") for k in trig)


def test_context_view_names_the_words_around_the_trigger():
    """``trigger+ctx``: the trigger features plus the light stems of the words before and after the trigger
    and of the sentence's first word («و» dropped)."""
    ws, t = words_and_trigger("وقال شهود إن المسلحين هاجموا حاجزا للجيش فجر اليوم")
    trig = detect.component_features("trigger", ws, t, KW)
    ctx = detect.component_features("trigger+ctx", ws, t, KW)
    assert set(trig) < set(ctx)
    added = {k: v for k, v in ctx.items() if k not in trig}
    assert added == {"ASSAULT:prev=مسلح": 1.0, "ASSAULT:next=حاجز": 1.0, "ASSAULT:w0=قال": 1.0}


def test_trainer_learns_a_separable_toy_problem():
    rows = [{"bias": 1.0, "a": 1.0}] * 6 + [{"bias": 1.0, "b": 1.0}] * 18 + [{"bias": 1.0, "a": 1.0, "b": 1.0}] * 2
    ys = [1] * 6 + [0] * 18 + [0] * 2
    w = detect.train_logreg(rows, ys, l2=0.1)
    assert w["a"] > 1.0 and w["b"] < -1.0


def test_score_is_the_mean_of_component_probabilities(tmp_path):
    ws, t = words_and_trigger("هاجم مسلحون حاجزا للجيش")
    comps = [{"kind": "trigger", "weights": {"bias": 1.0, "ASSAULT:fact=asserted": 1.0}},
             {"kind": "sentence", "weights": {"bias": -2.0}}]
    m = detect.DetectModel(thresholds={"ASSAULT": 0.5}, components={"ASSAULT": comps})
    want = (1 / (1 + math.exp(-2.0)) + 1 / (1 + math.exp(2.0))) / 2
    assert m.score(ws, t, **KW) == pytest.approx(want)
    detect.save_model(m, tmp_path / "m.json")
    import json

    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    back = detect.DetectModel(data.get("weights"), data.get("thresholds"), data.get("components"))
    assert back.threshold("ASSAULT") == 0.5
    assert back.score(ws, t, **KW) == pytest.approx(want)


def test_shipped_model_prefers_a_specific_attack_to_a_commemoration():
    m = detect.load_model()
    if not m.components.get("ASSAULT"):
        pytest.skip("shipped model has no ASSAULT components")
    ws1, t1 = words_and_trigger("هاجم مسلحون حاجزا للجيش فجر اليوم وقتلوا ثلاثة جنود")
    ws2, t2 = words_and_trigger("أحيا السكان الذكرى السنوية للتفجيرات التي شهدتها المدينة قبل أعوام")
    assert m.score(ws1, t1, **KW) > m.score(ws2, t2, **{**KW, "n_actors": 0, "has_place": False})
