"""The detection model's per-sentence fast paths give exactly the plain definitions' values.

``plain_features`` is the definition of :func:`marsad.events.detect.features` before the per-sentence
cache (every cue scanned over the words for every trigger); the scores are compared with the plain
``DetectModel.combine`` over freshly built feature dicts, to the last bit.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

import marsad.events.detect as detect
from marsad.events.lexicon import cues, matches_form
from marsad.events.triggers import Trigger, Word, find_triggers
from marsad.ner.clusters import cluster_key, load_clusters
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

_TEXTS = [
    "هاجم مسلحون حاجزاً للجيش فجر اليوم وقتلوا ثلاثة جنود، وقال مصدر إن الهجوم استهدف الحاجز",
    "أدانت الوزارة التفجير الذي استهدف السوق خلال الأشهر الماضية وأسفر عن مقتل 12 شخصاً",
    "تظاهر مئات المحتجين في ساحة المدينة أمس احتجاجاً على الغلاء، وهاجمت الشرطة المتظاهرين",
    "«قصفت الطائرات القرية» هل كانت غارة أم حادث سير؟ أعلنت الجماعة مسؤوليتها عن الهجوم",
    "وكانت اشتباكات عنيفة اندلعت بين الفصائل بعد أن اغتيل قيادي بارز، ثم قصف الجيش مواقعهم بالمدفعية",
    "قتل",
]

KW: dict[str, Any] = {"fact": "asserted", "n_actors": 1, "has_place": True, "fatalities": None, "n_quant": 2,
                      "has_time": True, "time_precision": "day", "time_kinds": ("date",)}


def _words(text: str) -> list[Word]:
    return [Word(a, b, norm(text[a:b]), k, text=text[a:b]) for a, b, k in tokenize(text)]


def plain_features(words: list[Word], t: Trigger, *, fact: str, n_actors: int, has_place: bool, fatalities: int | None,
             n_quant: int, has_time: bool, sent_triggers: list[Trigger] | None = None,
             bow: bool | None = None, time_precision: str | None = None,
             time_kinds: tuple[str, ...] = ()) -> dict[str, float]:
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
    put("speech", has(detect._REPORTING))
    put("speech_before", has(detect._REPORTING, 0, i))
    put("condemn", has(c["condemn"]))
    put("condemn_before", has(c["condemn"], i - 8, i))
    put("generic_cue", has(c["generic"]))
    put("generic_near", has(c["generic"], i - 3, i + 3))
    put("accident", has(c["accident"]))
    put("relative_near", has(c["relative"], i - 3, i + 4))
    put("anchor_before", has(detect.TIME_ANCHORS, i - 2, i))
    put("responsibility", has(detect._RESPONSIBILITY))
    put("quote", any(w.norm in ("«", "»", '"', "“", "”") for w in words))
    put("crowd", has(detect._CROWD))
    put("participants", has(detect._PARTICIPANTS))
    put("long", n > 40)
    put("short", n < 12)
    put("early", i < 6)
    put("late", i > n * 0.66)
    put("question", any(w.norm in ("?", "؟") for w in words))
    put("conj_start", bool(words) and words[0].norm.startswith("و") and i < 3)
    put("cause_before", has(detect._CAUSE, i - 3, i))
    put("topic_before", has(detect._TOPIC, i - 3, i))
    put("clause_before", has(detect._CLAUSE, i - 6, i))
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
    detect._clause_features(f, words, t, time_precision=time_precision, time_kinds=time_kinds)
    if bow is None:
        bow = detect._BOW
    if bow:
        for w in words:
            if w.kind == "word" and len(w.norm) >= 3:
                f[f"{t.type}:w={detect.light_stem(w.norm)}"] = 0.5
    return f


def _cases() -> list[tuple[list[Word], list[Trigger]]]:
    out = []
    for text in _TEXTS:
        ws = _words(text)
        trs = find_triggers(ws)
        out.append((ws, trs))
    assert sum(len(trs) for _, trs in out) >= 10
    return out


@pytest.mark.parametrize("extra", ["none", "all"])
@pytest.mark.parametrize("bow", [True, False])
def test_features_equal_the_plain_definition(extra: str, bow: bool) -> None:
    old = detect._EXTRA
    detect._EXTRA = extra
    try:
        for ws, trs in _cases():
            for t in trs:  # the same word list for every trigger of a sentence (the cached path)
                kw = {**KW, "sent_triggers": trs, "bow": bow}
                fast = detect.features(ws, t, **kw)
                slow = plain_features(list(ws), t, **kw)  # a new list: computed afresh
                assert list(fast.items()) == list(slow.items())
    finally:
        detect._EXTRA = old


def test_cue_flags_are_matches_form_per_word() -> None:
    rng = random.Random(3)
    vocabs = [v for v in cues().values() if v]
    for ws, _ in _cases():
        s = detect._context(ws)
        for vocab in rng.sample(vocabs, min(6, len(vocabs))):
            assert s.matches(vocab) == [matches_form(w.norm, vocab) for w in ws]
        assert s.number == any(w.kind == "number" or w.norm.isdigit() for w in ws)


def test_sentence_views_equal_hashed_features_in_order() -> None:
    for ws, _ in _cases():
        chars = detect._sentence_view("chars", ws)
        text = detect._sentence_view("text", ws)
        assert list(chars.items()) == list(detect.hashed(detect.char_ngrams(ws)).items())
        assert list(text.items()) == list(detect.hashed(detect.text_features(ws)).items())
    # repeated n-grams and stems within a sentence count once
    ws = _words("قصف قصف القصف والقصف")
    assert list(detect._sentence_view("text", ws).items()) == list(detect.hashed(detect.text_features(ws)).items())


def plain_cluster_features(ws: list[Word], t: Trigger) -> dict[str, float]:
    """The word-cluster view by its definition: levels 1 and 2 of every word, levels 0 and 1 of the words
    one to three words before (L) or after (R) the trigger's head."""
    table = load_clusters()
    f = {"bias": 1.0}
    for i, w in enumerate(ws):
        c = table.get(cluster_key(w.text or w.norm), ()) if w.kind == "word" else ()
        for lv in (1, 2):
            if lv < len(c):
                f[f"s{lv}={c[lv]}"] = 0.3
        if 1 <= abs(i - t.head) <= 3:
            for lv in (0, 1):
                if lv < len(c):
                    f[f"{'L' if i < t.head else 'R'}{lv}={c[lv]}"] = 0.3
    return f


def test_cluster_features_follow_their_definition() -> None:
    n = 0
    for ws, trs in _cases():
        for t in trs:
            got = detect.cluster_features(ws, t)
            assert list(got.items()) == list(plain_cluster_features(ws, t).items())
            n += sum(k[0] in "LR" for k in got)
    assert n > 0  # the window part is exercised
    # a word outside the table adds nothing
    ws = _words("قصف زززقققثثث")
    (t,) = [x for x in find_triggers(ws)]
    assert not [k for k in detect.cluster_features(ws, t) if k.startswith("R")]


def test_cluster_keys_come_from_the_written_word() -> None:
    """Words are clustered as written, like the CRF and the cluster table's build: the normalised form
    «جماعه» reads its final ه as a pronoun (stem «جماع», no cluster), the written «جماعة» does not."""
    text = "قصف مسلحو جماعة متشددة قيادة الشرطة"
    ws = _words(text)
    (t,) = find_triggers(ws)
    got = detect.cluster_features(ws, t)
    table = load_clusters()
    assert table.get(cluster_key("جماعة")) and not table.get(cluster_key(norm("جماعة")))
    assert "R0=" + table[cluster_key("جماعة")][0] in got  # the word two after the trigger
    norm_only = [Word(w.start, w.end, w.norm, w.kind) for w in ws]  # without the written form: keys of the norms
    assert detect.cluster_features(norm_only, t) != got


def _plain_score(model: detect.DetectModel, ws: list[Word], t: Trigger, kw: dict[str, Any]) -> float:
    base = plain_features(list(ws), t, **kw)
    feats = []
    for c in model.components[t.type]:
        if c["kind"] == "clusters":
            feats.append(plain_cluster_features(ws, t))
        elif c["kind"] == "sentence":
            feats.append({"bias": 1.0, **detect.hashed(detect.text_features(ws))})
        elif c["kind"] == "trigger+chars":
            feats.append({**base, **detect.hashed(detect.char_ngrams(ws))})
        elif c["kind"] == "trigger+ctx":
            feats.append({**base, **detect.component_features("trigger+ctx", ws, t, kw, base={})})
        else:
            feats.append(dict(base))
    return model.combine(t.type, feats)


def _random_model(seed: int) -> detect.DetectModel:
    rng = random.Random(seed)
    keys = [f"#{k}" for k in range(detect.HASH_DIM)]
    ws = [_words(x) for x in _TEXTS]
    named = sorted({k for w in ws for t in find_triggers(w) for k in plain_features(w, t, **KW)})
    ctx = sorted({k for w in ws for t in find_triggers(w) for k in detect.component_features("trigger+ctx", w, t, KW, base={})})
    comps = [
        {"kind": "trigger+chars", "weights": {k: rng.uniform(-1, 1) for k in [*rng.sample(keys, 20000), *named]}},
        {"kind": "trigger", "weights": {k: rng.uniform(-1, 1) for k in named}},
        {"kind": "trigger+ctx", "weights": {k: rng.uniform(-1, 1) for k in [*named, *ctx]}},
        {"kind": "sentence", "weights": {"bias": rng.uniform(-1, 1), **{k: rng.uniform(-1, 1) for k in rng.sample(keys, 20000)}}},
        {"kind": "clusters", "weights": {k: rng.uniform(-1, 1) for w in ws for t in find_triggers(w)
                                         for k in plain_cluster_features(w, t)}},
    ]
    return detect.DetectModel(thresholds={"ASSAULT": 0.5}, components={typ: comps for typ in ("ASSAULT", "PROTEST")})


def test_scores_equal_the_plain_combination_to_the_last_bit() -> None:
    models = [_random_model(1), _random_model(2)]
    shipped = detect.load_model()
    if shipped.components:
        models.append(shipped)
    n = 0
    for ws, trs in _cases():
        for t in trs:
            for m in models:  # two models in turn on the same sentence: nothing carried over between them
                if not m.components.get(t.type):
                    continue
                kw = {**KW, "sent_triggers": trs}
                assert m.score(ws, t, **kw) == _plain_score(m, ws, t, kw)
                n += 1
    assert n >= 20
