"""Detection-model features (marsad.events.detect) on short texts written for these tests."""

from __future__ import annotations

import pytest

import marsad.events.detect as detect
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def feats(text: str, *, groups: str = "all", trigger: str | None = None, **kw) -> dict[str, float]:
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    t = next(t for t in find_triggers(ws) if t.type == "ASSAULT" and trigger in (None, text[t.start : t.end]))
    args = {"fact": "asserted", "n_actors": 1, "has_place": False, "fatalities": None, "n_quant": 0,
            "has_time": False, "bow": False, **kw}
    old = detect._EXTRA
    detect._EXTRA = groups
    try:
        return detect.features(ws, t, **args)
    finally:
        detect._EXTRA = old


def test_relative_clause_and_period_cues():
    f = feats("وأدان المجلس التفجير الذي استهدف السوق خلال الأشهر الماضية", trigger="استهدف")
    assert "ASSAULT:rel_before" in f
    assert "ASSAULT:pred_condemn" in f
    assert "ASSAULT:period_only" in f
    assert "ASSAULT:specific_time" not in f


def test_main_clause_with_a_specific_time():
    f = feats("هاجم مسلحون حاجزاً للجيش فجر اليوم وقتل جنديان", time_precision="day")
    assert "ASSAULT:main_clause_start" in f and "ASSAULT:specific_time" in f
    assert "ASSAULT:rel_before" not in f and "ASSAULT:period_only" not in f
    assert "ASSAULT:victim_after" in f


def test_aggregate_count_before_the_trigger():
    f = feats("شهدت المدينة عشرات الهجمات منذ بداية العام")
    assert "ASSAULT:aggregate_before" in f


@pytest.mark.parametrize("groups", ["none", "clause"])
def test_groups_switch_features_off(groups):
    f = feats("هاجم مسلحون حاجزاً للجيش فجر اليوم", groups=groups)
    assert ("ASSAULT:specific_time" in f) is False
    assert ("ASSAULT:main_clause_start" in f) is (groups == "clause")
