"""Detection model: is a trigger a specific event that the text asserts?

Most sentences with attack or protest words do not report one: aggregates,
commemorations, condemnations, accidents, metaphors, earlier events in
relative clauses, threats.  A small logistic regression over general
features of the trigger's context (factuality label, casualty words and
counts, recent-time words, actors and places found, condemnation and speech
frames, plural or definite triggers …) scores each trigger; the score is the
event's ``confidence``, and an asserted event of a modelled type scoring below
the type's threshold is relabelled ``generic`` (not one specific event).

The weights live in ``resources/events/detect_model.json`` (trained by
``benchmarks/detect_oeda.py --train`` on the OEDA dev split); without the file
the score is the lexicon prior adjusted by the factuality.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path
from typing import Any

from marsad.errors import ResourceError
from marsad.events.lexicon import cues, matches_form
from marsad.events.triggers import Trigger, Word
from marsad.resources import resource_path

MODEL_FILE = "detect_model.json"
_BOW = os.environ.get("MARSAD_DETECT_BOW", "1") != "0"

_CROWD = frozenset({"مئات", "الاف", "عشرات", "الالاف", "المئات", "حشد", "حشود"})
_PARTICIPANTS = frozenset({"متظاهر", "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "محتج", "محتجون", "محتجين", "المحتجين", "المحتجون"})
_TEMPORAL_ANCHOR = frozenset({"بعد", "اثر", "عقب", "منذ", "قبل", "خلال"})
_REPORTING = frozenset({"قال", "قالت", "اعلن", "اعلنت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت", "اوضح"})
_CAUSE = frozenset({"جراء", "بسبب", "خلفيه", "اثر", "عقب", "بعد", "نتيجه", "اعقاب", "ردا"})
_TOPIC = frozenset({"يتعلق", "بشان", "حول", "بخصوص", "عن", "ملف", "قضيه"})
_CLAUSE = frozenset({"فيما", "بينما", "حين", "عندما", "لكن", "الا", "كما"})
_RESPONSIBILITY = frozenset({"مسؤوليه", "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "تبنت", "تبني", "تبنى"})


def light_stem(w: str) -> str:
    """A light stem for bag-of-words features (conjunction, article and common suffixes dropped)."""
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    else:
        if w[:1] in ("و", "ف") and len(w) > 4:
            w = w[1:]
    for suf in ("ات", "ين", "ون", "ها", "هم", "ه", "ا"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def features(words: list[Word], t: Trigger, *, fact: str, n_actors: int, has_place: bool, fatalities: int | None,
             n_quant: int, has_time: bool, sent_triggers: list[Trigger] | None = None,
             bow: bool | None = None) -> dict[str, float]:
    """General features of a trigger in its sentence (names → values)."""
    c = cues()
    n = len(words)
    i = t.head
    f: dict[str, float] = {"bias": 1.0, f"type={t.type}": 1.0, f"{t.type}:lemma={t.lemma}": 1.0,
                           f"{t.type}:pos={t.pos}": 1.0, "prior": t.weight, f"{t.type}:fact={fact}": 1.0}

    def has(vocab: frozenset[str], lo: int = 0, hi: int = n) -> bool:
        return any(matches_form(w.norm, vocab) for w in words[max(lo, 0) : min(hi, n)])

    def put(name: str, on: bool) -> None:
        if on:
            f[f"{t.type}:{name}"] = 1.0

    put("definite", t.definite)
    put("plural", t.plural)
    put("actors", n_actors > 0)
    put("place", has_place)
    put("time", has_time)
    put("fatalities", fatalities is not None)
    put("quantity", n_quant > 0)
    put("casualty_sent", has(c["casualty"]))
    put("casualty_near", has(c["casualty"], i - 6, i + 7))
    put("recent_time", has(c["recent_time"]))
    put("number", any(w.kind == "number" or w.norm.isdigit() for w in words))
    put("speech", has(_REPORTING))
    put("speech_before", has(_REPORTING, 0, i))
    put("condemn", has(c["condemn"]))
    put("condemn_before", has(c["condemn"], i - 8, i))
    put("generic_cue", has(c["generic"]))
    put("generic_near", has(c["generic"], i - 3, i + 3))
    put("accident", has(c["accident"]))
    put("relative_near", has(c["relative"], i - 3, i + 4))
    put("anchor_before", has(_TEMPORAL_ANCHOR, i - 2, i))
    put("responsibility", has(_RESPONSIBILITY))
    put("quote", any(w.norm in ("«", "»", '"', "“", "”") for w in words))
    put("crowd", has(_CROWD))
    put("participants", has(_PARTICIPANTS))
    put("long", n > 40)
    put("short", n < 12)
    put("early", i < 6)
    put("late", i > n * 0.66)
    put("question", any(w.norm in ("?", "؟") for w in words))
    put("conj_start", bool(words) and words[0].norm.startswith("و") and i < 3)
    put("cause_before", has(_CAUSE, i - 3, i))
    put("topic_before", has(_TOPIC, i - 3, i))
    put("clause_before", has(_CLAUSE, i - 6, i))
    trs = sorted(sent_triggers or [], key=lambda o: o.start)
    put("first_trigger", bool(trs) and trs[0].type == t.type)
    put("other_first", bool(trs) and trs[0].type != t.type)
    q = min(int(4 * i / max(n, 1)), 3)
    f[f"{t.type}:quart={q}"] = 1.0
    # a few conjunctions a linear model cannot build itself
    put("recent&casualty", f"{t.type}:recent_time" in f and f"{t.type}:casualty_sent" in f)
    put("number&casualty_near", f"{t.type}:number" in f and f"{t.type}:casualty_near" in f)
    put("place&recent", has_place and f"{t.type}:recent_time" in f)
    put("nothing", n_actors == 0 and not has_place and not has_time and n_quant == 0)
    same = [o for o in (sent_triggers or []) if o.type == t.type]
    put("early_same", bool(same) and min(o.head for o in same) < 8)
    f[f"{t.type}:n_trig"] = min(len(same), 4) / 4
    for o in same:
        f[f"{t.type}:any={o.lemma}"] = 1.0
    if bow is None:
        bow = _BOW
    if bow:
        for w in words:
            if w.kind == "word" and len(w.norm) >= 3:
                f[f"{t.type}:w={light_stem(w.norm)}"] = 0.5
    return f


class DetectModel:
    """Logistic-regression scorer with per-type decision thresholds."""

    def __init__(self, weights: dict[str, float] | None = None, thresholds: dict[str, float] | None = None) -> None:
        self.weights = weights or {}
        self.thresholds = thresholds or {}

    def threshold(self, typ: str) -> float | None:
        """Decision threshold of a modelled type (``None`` for unmodelled types)."""
        return self.thresholds.get(typ)

    def score(self, words: list[Word], t: Trigger, **kw: Any) -> float:
        """Probability-like confidence that the trigger is a specific, real event."""
        f = features(words, t, **kw)
        if not self.weights:
            base = t.weight
            if kw.get("fact") not in ("asserted", "reported"):
                base *= 0.6
            return base
        z = sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> DetectModel:
    """The shipped model (or the prior-only model when the file is absent)."""
    try:
        path = resource_path("events", MODEL_FILE)
    except ResourceError:
        return DetectModel()
    data = json.loads(path.read_text(encoding="utf-8"))
    return DetectModel(data.get("weights"), data.get("thresholds"))


def save_model(model: DetectModel, path: Path, *, meta: dict[str, Any] | None = None) -> None:
    """Write a model as JSON (weights rounded, zero weights dropped)."""
    data = {
        "meta": meta or {},
        "thresholds": {k: round(v, 3) for k, v in model.thresholds.items()},
        "weights": {k: round(v, 4) for k, v in sorted(model.weights.items()) if abs(v) > 1e-4},
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")


def train_logreg(rows: list[dict[str, float]], labels: list[int], *, l2: float = 1.0, epochs: int = 300,
                 lr: float = 0.5) -> dict[str, float]:
    """Fit an L2-regularised logistic regression (full-batch gradient descent, numpy)."""
    import numpy as np

    names = sorted({k for r in rows for k in r})
    col = {k: j for j, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r.items():
            x[i, col[k]] = v
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))  # balanced classes
    reg = np.full(len(names), l2)
    if "bias" in col:
        reg[col["bias"]] = 0.0
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        g = x.T @ ((p - y) * sw) / len(y) + reg * w / len(y)
        w -= lr * g
    return {k: float(w[j]) for k, j in col.items()}


class RecordingModel(DetectModel):
    """A prior-only model that records the features of every trigger it scores (for training)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[str, dict[str, float]]] = []

    def score(self, words: list[Word], t: Trigger, **kw: Any) -> float:
        self.records.append((t.type, features(words, t, **kw)))
        return super().score(words, t, **kw)
