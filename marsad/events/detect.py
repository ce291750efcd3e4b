"""Detection model: is a trigger a specific event that the text asserts?

Most sentences with attack or protest words do not report one: aggregates,
commemorations, condemnations, accidents, metaphors, earlier events in
relative clauses, threats.  A small logistic regression over general
features of the trigger's context (factuality label, casualty words and
counts, recent-time words, actors and places found, condemnation and speech
frames, plural or definite triggers …) scores each trigger; the score is the
event's ``confidence``, and when the mean score of a sentence's asserted events of a
modelled type is below the type's threshold they are relabelled ``generic``
(not one specific event; the decision is made per sentence and type).

The weights live in ``resources/events/detect_model.json`` (trained by
``benchmarks/detect_oeda.py --train`` on the OEDA dev split); without the file
the score is the lexicon prior adjusted by the factuality.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import os
import zlib
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import ResourceError
from marsad.events.clauses import TIME_ANCHORS
from marsad.events.lexicon import cues
from marsad.events.triggers import Trigger, Word
from marsad.events.wordflags import flags_of
from marsad.ner.clusters import cluster_key, load_clusters
from marsad.resources import resource_path
from marsad.text.memo import str_memo
from marsad.text.normalize import norm

MODEL_FILE = "detect_model.json"
_BOW = os.environ.get("MARSAD_DETECT_BOW", "1") != "0"

def _normed(words: set[str]) -> frozenset[str]:
    """A hand-written word set in matching form (ؤ ئ ى ة أ written in it would never match a normalised word)."""
    return frozenset(norm(w) for w in words)


_CROWD = _normed({"مئات", "الاف", "عشرات", "الالاف", "المئات", "حشد", "حشود"})
_PARTICIPANTS = frozenset({"متظاهر", "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "محتج", "محتجون", "محتجين", "المحتجين", "المحتجون"})
_REPORTING = frozenset({"قال", "قالت", "اعلن", "اعلنت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت", "اوضح"})
_CAUSE = frozenset({"جراء", "بسبب", "خلفيه", "اثر", "عقب", "بعد", "نتيجه", "اعقاب", "ردا"})
_TOPIC = frozenset({"يتعلق", "بشان", "حول", "بخصوص", "عن", "ملف", "قضيه"})
_CLAUSE = frozenset({"فيما", "بينما", "حين", "عندما", "لكن", "الا", "كما"})
_RESPONSIBILITY = _normed({"مسؤوليه", "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "تبنت", "تبني", "تبنى"})
_REL_PRON = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "والذي", "والتي"})
_SUBORD = frozenset({"بعد", "اثر", "عقب", "حيث", "منذ", "جراء", "اعقاب", "خلفيه", "اعقب", "قبل"})
_AGGREGATE = _normed({"عشرات", "مئات", "الاف", "سلسله", "موجه", "عده", "عدد", "مختلف", "جميع", "كافه", "اغلب",
                        "معظم", "بعض", "اكثر", "حصيله", "اجمالي", "مجموع", "ارتفاع", "تزايد", "تصاعد"})
_PERIOD = _normed({"منذ", "خلال", "سنوات", "السنوات", "الاعوام", "اعوام", "الاشهر", "اشهر", "الفتره", "العام",
                     "الماضيه", "الاخيره", "طوال", "سنه", "عقود", "مؤخرا", "اسابيع", "الاسابيع"})
_SPECIFIC = frozenset({"امس", "اليوم", "الليله", "فجر", "صباح", "مساء", "ظهر", "ليل", "السبت", "الاحد", "الاثنين",
                       "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "ليله", "فجرا", "صباحا", "مساءا", "ظهرا"})
_PREDICATE = {
    "speech": frozenset({"قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "افاد", "افادت", "ذكر", "ذكرت", "اوضح",
                         "اوضحت", "اشار", "اشارت", "صرح", "اضاف", "اضافت", "كشف", "كشفت", "نقل", "نقلت"}),
    "condemn": frozenset({"ادان", "ادانت", "ندد", "نددت", "استنكر", "استنكرت", "شجب", "شجبت", "اتهم", "اتهمت",
                          "حمل", "حملت", "طالب", "طالبت", "دعا", "دعت", "ناشد", "حذر", "حذرت"}),
    "visit": _normed({"زار", "زارت", "التقى", "التقت", "استقبل", "استقبلت", "بحث", "بحثت", "ترأس", "شارك",
                        "شاركت", "اجتمع", "وصل", "وصلت", "توجه"}),
    "trial": frozenset({"حكم", "حكمت", "قضت", "اصدر", "اصدرت", "محكمه", "المحكمه", "القضاء", "النيابه", "محاكمه",
                        "ادين", "اعدام", "سجن", "بالسجن", "بالاعدام", "تحقيق", "التحقيق", "يحاكم"}),
    "commemor": _normed({"ذكرى", "الذكرى", "احيا", "احيت", "تخليد", "تابين", "جنازه", "تشييع", "شيع", "شيعت"}),
    "threat": frozenset({"هدد", "هددت", "توعد", "توعدت", "يهدد", "تهدد", "حذر", "حذرت", "تهديد"}),
}
_VICTIM = _normed({"قتل", "قتلى", "مقتل", "جرح", "اصيب", "اصابه", "استشهد", "مصرع", "لقي", "لقى", "سقوط",
                     "شهداء", "جرحى", "مصابين", "ضحايا", "اصيبوا", "قتلوا"})
_EXTRA = os.environ.get("MARSAD_DETECT_EXTRA", "none")


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
             bow: bool | None = None, time_precision: str | None = None,
             time_kinds: tuple[str, ...] = ()) -> dict[str, float]:
    """General features of a trigger in its sentence (names → values)."""
    c = cues()
    n = len(words)
    i = t.head
    f: dict[str, float] = {"bias": 1.0, f"type={t.type}": 1.0, f"{t.type}:lemma={t.lemma}": 1.0,
                           f"{t.type}:pos={t.pos}": 1.0, "prior": t.weight, f"{t.type}:fact={fact}": 1.0}

    s = _context(words)
    flags = flags_of(words)

    def has(vocab: frozenset[str], lo: int = 0, hi: int = n) -> bool:
        # any(matches_form(w.norm, vocab) for w in words[lo:hi]), from the sentence's flags per word
        return flags.first(vocab, lo, hi) is not None

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
    put("number", s.number)
    put("speech", has(_REPORTING))
    put("speech_before", has(_REPORTING, 0, i))
    put("condemn", has(c["condemn"]))
    put("condemn_before", has(c["condemn"], i - 8, i))
    put("generic_cue", has(c["generic"]))
    put("generic_near", has(c["generic"], i - 3, i + 3))
    put("accident", has(c["accident"]))
    put("relative_near", has(c["relative"], i - 3, i + 4))
    put("anchor_before", has(TIME_ANCHORS, i - 2, i))
    put("responsibility", has(_RESPONSIBILITY))
    put("quote", s.quote)
    put("crowd", has(_CROWD))
    put("participants", has(_PARTICIPANTS))
    put("long", n > 40)
    put("short", n < 12)
    put("early", i < 6)
    put("late", i > n * 0.66)
    put("question", s.question)
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
    _clause_features(f, words, t, time_precision=time_precision, time_kinds=time_kinds)
    if bow is None:
        bow = _BOW
    if bow:
        # f[f"{t.type}:w={light_stem(w.norm)}"] = 0.5 for the words of 3+ letters, in order
        f.update(s.bow_keys(t.type))
    return f


_GROUPS = frozenset({"clause", "pred", "time", "agg", "victim", "bigram", "ctx"})


def _strip_conj(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _clause_features(f: dict[str, float], words: list[Word], t: Trigger, *, time_precision: str | None,
                     time_kinds: tuple[str, ...]) -> None:
    """Where the trigger stands in the sentence's clause structure, and what anchors it in time."""
    n = len(words)
    i, first = t.head, t.first
    groups = set(_EXTRA.split(",")) if _EXTRA != "all" else {"clause", "pred", "time", "agg", "victim", "ctx"}
    if groups.isdisjoint(_GROUPS):
        return  # the default (``none``): no clause features
    norms = [_strip_conj(w.norm) for w in words]

    def put(name: str, on: bool) -> None:
        if on:
            f[f"{t.type}:{name}"] = 1.0

    def within(vocab: frozenset[str], lo: int, hi: int) -> bool:
        return any(w in vocab for w in norms[max(lo, 0) : min(hi, n)])

    if "clause" in groups:
        rel = [k for k in range(max(first - 4, 0), first) if norms[k] in _REL_PRON]
        put("rel_before", bool(rel))
        put("sub_before", within(_SUBORD, first - 2, first))
        put("baad_an", any(norms[k] == "بعد" and k + 1 < n and norms[k + 1] in ("ان", "أن") for k in range(max(first - 4, 0), first)))
        sp = [k for k in range(0, first) if norms[k] in _REPORTING or norms[k] in _PREDICATE["speech"]]
        an = sp and any(norms[k] in ("ان", "إن", "انه", "انها", "بان") for k in range(sp[-1] + 1, first))
        put("in_speech_complement", bool(an))
        put("speech_after", any(norms[k] in _PREDICATE["speech"] for k in range(i + 1, min(i + 8, n))))
        put("main_clause_start", first <= 2)
    if "pred" in groups:
        lead = norms[: max(min(first, 5), 0)]
        for name, vocab in _PREDICATE.items():
            put(f"pred_{name}", any(w in vocab for w in lead))
            put(f"any_{name}", any(w in vocab for w in norms))
    if "time" in groups:
        put("specific_time", within(_SPECIFIC, 0, n) or time_precision == "day")
        put("specific_near", within(_SPECIFIC, i - 6, i + 8))
        put("period", within(_PERIOD, 0, n))
        put("period_near", within(_PERIOD, i - 4, i + 6))
        if time_precision:
            f[f"{t.type}:tprec={time_precision}"] = 1.0
        for k in set(time_kinds):
            f[f"{t.type}:tkind={k}"] = 1.0
        put("period_only", within(_PERIOD, 0, n) and not within(_SPECIFIC, 0, n) and time_precision != "day")
    if "agg" in groups:
        put("aggregate_before", within(_AGGREGATE, first - 3, first))
        put("aggregate", within(_AGGREGATE, 0, n))
        put("plural_number", t.plural and any(w.kind == "number" or w.norm.isdigit() for w in words[max(first - 3, 0) : first]))
    if "victim" in groups:
        vb = within(_VICTIM, first - 6, first)
        put("victim_before", vb)
        prep = (first > 0 and norms[first - 1] in ("في", "جراء", "اثر", "بعد")) or words[first].norm[:1] == "ب"
        put("killed_in", vb and prep)
        put("victim_after", within(_VICTIM, i + 1, i + 8))
        put("victim_subject", bool(norms) and norms[0] in _VICTIM)
    if "bigram" in groups:
        stems_ = [light_stem(w) for w in norms]
        for a, b in itertools.pairwise(stems_):
            if len(a) >= 2 and len(b) >= 2:
                f[f"{t.type}:bi={a}_{b}"] = 0.5
    if "ctx" in groups:
        f.update(context_features(norms, t))


def context_features(norms: list[str], t: Trigger) -> dict[str, float]:
    """The light stems of the words just before and after the trigger and of the sentence's first word.

    ``norms``: the sentence's normalised words with a leading «و/ف» dropped (:func:`_strip_conj`).  The
    ``trigger+ctx`` component adds them to the trigger features; they tell «وقتلتهم» after «حتى هاجمتهم قوة»
    from «قتل» after «جراء», which the sentence's bag of words cannot place."""
    f: dict[str, float] = {}
    if t.first > 0:
        f[f"{t.type}:prev={light_stem(norms[t.first - 1])}"] = 1.0
    if t.last + 1 < len(norms):
        f[f"{t.type}:next={light_stem(norms[t.last + 1])}"] = 1.0
    w0 = next((w for w in norms[:3] if len(w) >= 3), None)
    if w0:
        f[f"{t.type}:w0={light_stem(w0)}"] = 1.0
    return f


def _context_of(words: list[Word], t: Trigger) -> dict[str, float]:
    # (the sentence's bare words are computed once for all its triggers)
    return context_features(_context(words).bare_norms(), t)


HASH_DIM = 1 << 15


@lru_cache(maxsize=1 << 17)
def _bucket(name: str) -> str:
    return f"#{zlib.crc32(name.encode('utf-8')) % HASH_DIM}"


def hashed(f: dict[str, float]) -> dict[str, float]:
    """Text features folded into HASH_DIM buckets (stable crc32; keeps the model file small)."""
    out: dict[str, float] = {}
    for k, v in f.items():
        b = _bucket(k)
        out[b] = out.get(b, 0.0) + v
    return out


def char_ngrams(words: list[Word], lo: int = 3, hi: int = 5, value: float = 0.2) -> dict[str, float]:
    """Letter n-grams (3–5, word boundaries marked) of the sentence's words."""
    f: dict[str, float] = {}
    for w in words:
        if w.kind != "word":
            continue
        s = f"<{w.norm}>"
        for n in range(lo, hi + 1):
            for a in range(len(s) - n + 1):
                f["c:" + s[a : a + n]] = value
    return f


def text_features(words: list[Word]) -> dict[str, float]:
    """Whole-sentence features of the sentence classifier: letter n-grams, light stems and stem pairs."""
    f = char_ngrams(words)
    st = [light_stem(w.norm) for w in words if w.kind == "word"]
    for a in st:
        f["u=" + a] = 0.5
    for a, b in itertools.pairwise(st):
        f[f"b={a}_{b}"] = 0.5
    return f


# The word-cluster view: the cluster paths (marsad.ner.clusters: levels 0, 1, 2 = 32, 256, 1,024 clusters,
# built from unlabelled news text) of the sentence's words at levels 1 and 2, and of the words within three
# words of the trigger at levels 0 and 1, by side.  Clusters group words the ~100 labelled sentences
# never showed (a weapon, a unit, a town) with the ones they did.
CLUSTER_LEVELS = (1, 2)
CLUSTER_WINDOW = 3
CLUSTER_WINDOW_LEVELS = (0, 1)
CLUSTER_VALUE = 0.3


@str_memo(262_144)
def word_clusters(w: str) -> tuple[str, ...]:
    """The cluster paths of a word as written (coarse to fine; ``()`` for a word outside the table)."""
    return load_clusters().get(cluster_key(w), ())


_WORD_CLUSTERS = word_clusters.table


def cluster_features(words: list[Word], t: Trigger) -> dict[str, float]:
    """The word-cluster view of a trigger (see ``CLUSTER_LEVELS``), with its bias.

    For each word with clusters, in order: its sentence keys (``s1=…``, ``s2=…``) and, within
    ``CLUSTER_WINDOW`` words of the trigger's head, its window keys (``L0=…`` … or ``R0=…`` …); the words'
    keys are listed once per sentence (:meth:`_Sentence.cluster_keys`)."""
    f: dict[str, float] = {"bias": 1.0}
    v = CLUSTER_VALUE
    head = t.head
    w = CLUSTER_WINDOW
    for i, skeys, lkeys, rkeys in _context(words).cluster_keys():
        for k in skeys:
            f[k] = v
        d = i - head
        if d and -w <= d <= w:
            for k in lkeys if d < 0 else rkeys:
                f[k] = v
    return f


_CLUSTER_KEYS: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _cluster_keys(c: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The feature keys of a cluster path: in the sentence, and in the window left and right of the trigger."""
    keys = _CLUSTER_KEYS.get(c)
    if keys is None:
        keys = _CLUSTER_KEYS[c] = (
            tuple(f"s{lv}={c[lv]}" for lv in CLUSTER_LEVELS if lv < len(c)),
            tuple(f"L{lv}={c[lv]}" for lv in CLUSTER_WINDOW_LEVELS if lv < len(c)),
            tuple(f"R{lv}={c[lv]}" for lv in CLUSTER_WINDOW_LEVELS if lv < len(c)),
        )
    return keys


def component_features(kind: str, words: list[Word], t: Trigger, kw: dict[str, Any],
                       base: dict[str, float] | None = None) -> dict[str, float]:
    """Features of one model component: ``trigger`` (context features of the trigger), ``trigger+chars``
    (plus the sentence's hashed letter n-grams), ``trigger+ctx`` (plus :func:`context_features`), ``sentence``
    (hashed text features only) or ``clusters`` (:func:`cluster_features`). ``base``: the trigger's :func:`features` when already computed."""
    if kind == "sentence":
        return {"bias": 1.0, **_sentence_view("text", words)}
    if kind == "clusters":
        return cluster_features(words, t)
    f = dict(base) if base is not None else features(words, t, **kw)
    if kind == "trigger+chars":
        f.update(_sentence_view("chars", words))
    elif kind == "trigger+ctx":
        f.update(_context_of(words, t))
    return f


def _sentence_view(view: str, words: list[Word]) -> dict[str, float]:
    """Hashed letter n-grams (``chars``: ``hashed(char_ngrams(words))``) or text features (``text``:
    ``hashed(text_features(words))``) of a sentence, computed once for all its triggers."""
    s = _context(words)
    return s.chars() if view == "chars" else s.text()


@str_memo(262_144)
def _light_stem(w: str) -> str:
    return light_stem(w)


_LIGHT_STEM = _light_stem.table


def _bucket_no(name: str) -> int:
    """The hash bucket of a feature name as a number (``_bucket(name) == f"#{_bucket_no(name)}"``)."""
    return zlib.crc32(name.encode("utf-8")) % HASH_DIM


@str_memo(262_144)
def _word_grams(w: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The letter n-grams of one word as :func:`char_ngrams` makes them (3–5, ``<w>``), in its order,
    and their hash buckets (``_bucket_no("c:" + gram)``)."""
    s = f"<{w}>"
    grams = tuple(s[a : a + n] for n in range(3, 6) for a in range(len(s) - n + 1))
    return grams, tuple(_bucket_no("c:" + g) for g in grams)


@str_memo(262_144)
def _key_bucket(name: str) -> int:
    return _bucket_no(name)


_FOLD: list[float] = [0.0]


def _fold(count: int, value: float = 0.2) -> float:
    """``value`` added ``count`` times to 0.0, one addition after the other (as :func:`hashed` adds)."""
    while len(_FOLD) <= count:
        _FOLD.append(_FOLD[-1] + value)
    return _FOLD[count]


_WORD_GRAMS = _word_grams.table


class _Sentence:
    """What the detection features of a sentence's triggers share, computed once per sentence.

    Everything here is a function of the word list alone: the cue flags per word
    (``matches_form`` of each word against a vocabulary), the bag-of-words stems, the hashed
    sentence views and, per model component, the weighted terms of a view.
    """

    __slots__ = (
        "_bare",
        "_bow",
        "_bow_keys",
        "_clusters",
        "_cv",
        "_probs",
        "_terms",
        "_tv",
        "number",
        "question",
        "quote",
        "words",
    )

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.number = any(w.kind == "number" or w.norm.isdigit() for w in words)
        self.quote = any(w.norm in ("«", "»", '"', "“", "”") for w in words)
        self.question = any(w.norm in ("?", "؟") for w in words)
        self._bow: tuple[str, ...] | None = None
        self._bow_keys: dict[str, dict[str, float]] = {}
        self._clusters: list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] | None = None
        self._bare: list[str] | None = None
        self._cv: tuple[list[int], list[float]] | None = None
        self._tv: tuple[list[int], list[float]] | None = None
        self._terms: dict[int, tuple[dict[str, Any], list[float]]] = {}
        self._probs: dict[int, tuple[dict[str, Any], float]] = {}

    def bare_norms(self) -> list[str]:
        """The normalised words with a leading «و/ف» dropped (:func:`_strip_conj`), once per sentence."""
        if self._bare is None:
            self._bare = [_strip_conj(w.norm) for w in self.words]
        return self._bare

    def cluster_keys(self) -> list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
        """The words with clusters (:func:`word_clusters`): their index and their feature keys
        (:func:`_cluster_keys`), in order."""
        found = self._clusters
        if found is None:
            table = _WORD_CLUSTERS
            found = []
            for i, w in enumerate(self.words):
                if w.kind != "word":
                    continue
                form = w.text or w.norm  # clustered as written, like the CRF and scripts/build_clusters.py
                c = table.get(form)
                if c is None:
                    c = word_clusters.miss(form)
                if c:
                    found.append((i, *_cluster_keys(c)))
            self._clusters = found
        return found

    def matches(self, vocab: frozenset[str]) -> list[bool]:
        """``[matches_form(w.norm, vocab) for w in words]``."""
        return flags_of(self.words).forms(vocab)

    def bow_keys(self, typ: str) -> dict[str, float]:
        """The bag-of-words features of a type: ``{f"{typ}:w={light_stem(w)}": 0.5}`` over the words of
        three or more letters, in order of first occurrence."""
        keys = self._bow_keys.get(typ)
        if keys is None:
            if self._bow is None:
                table = _LIGHT_STEM
                stems_: list[str] = []
                for w in self.words:
                    if w.kind == "word" and len(w.norm) >= 3:
                        st = table.get(w.norm)
                        stems_.append(st if st is not None else _light_stem.miss(w.norm))
                self._bow = tuple(dict.fromkeys(stems_))
            keys = self._bow_keys[typ] = {f"{typ}:w={st}": 0.5 for st in self._bow}
        return keys

    def _chars_view(self) -> tuple[list[int], list[float]]:
        """The chars view as buckets and values in order: each distinct n-gram of the sentence adds 0.2
        to its bucket (the buckets in order of their first n-gram)."""
        if self._cv is None:
            table = _WORD_GRAMS
            gs: list[tuple[str, ...]] = []
            bs: list[tuple[int, ...]] = []
            for w in self.words:
                if w.kind != "word":
                    continue
                hit = table.get(w.norm)
                if hit is None:
                    hit = _word_grams.miss(w.norm)
                gs.append(hit[0])
                bs.append(hit[1])
            # distinct n-grams in order of first occurrence, with their buckets; then n-grams per bucket
            first = dict(zip(itertools.chain.from_iterable(gs), itertools.chain.from_iterable(bs), strict=True))
            counts = Counter(first.values())
            _fold(max(counts.values(), default=0))  # the table reaches the highest count
            self._cv = (list(counts), list(map(_FOLD.__getitem__, counts.values())))
        return self._cv

    def _text_view(self) -> tuple[list[int], list[float]]:
        """The text view as buckets and values in order: the chars view, then 0.5 per distinct light stem
        (``u=``) and stem pair (``b=``) of the sentence's words."""
        if self._tv is None:
            keys, vals = self._chars_view()
            out = dict(zip(keys, vals, strict=True))
            table = _LIGHT_STEM
            st = []
            for w in self.words:
                if w.kind == "word":
                    x = table.get(w.norm)
                    st.append(x if x is not None else _light_stem.miss(w.norm))
            btable = _key_bucket.table
            for key in dict.fromkeys([*("u=" + a for a in st), *(f"b={a}_{b}" for a, b in itertools.pairwise(st))]):
                bn = btable.get(key)
                if bn is None:
                    bn = _key_bucket.miss(key)
                out[bn] = out.get(bn, 0.0) + 0.5
            self._tv = (list(out), list(out.values()))
        return self._tv

    def chars(self) -> dict[str, float]:
        """``hashed(char_ngrams(words))``."""
        keys, vals = self._chars_view()
        return {f"#{k}": v for k, v in zip(keys, vals, strict=True)}

    def text(self) -> dict[str, float]:
        """``hashed(text_features(words))``."""
        keys, vals = self._text_view()
        return {f"#{k}": v for k, v in zip(keys, vals, strict=True)}

    def terms(self, comp: dict[str, Any], view: str) -> list[float]:
        """The terms ``weight * value`` of a view (``chars`` or ``text``) under a component's weights, in the
        view's order: ``[comp["weights"].get(k, 0.0) * v for k, v in view.items()]``."""
        hit = self._terms.get(id(comp))
        if hit is not None and hit[0] is comp:
            return hit[1]
        keys, vals = self._chars_view() if view == "chars" else self._text_view()
        terms = list(map(operator.mul, map(_dense(comp).__getitem__, keys), vals))
        self._terms[id(comp)] = (comp, terms)
        return terms

    def sentence_prob(self, comp: dict[str, Any]) -> float:
        """The probability of a ``sentence`` component (features ``{"bias": 1.0, **text view}``)."""
        hit = self._probs.get(id(comp))
        if hit is not None and hit[0] is comp:
            return hit[1]
        # the same sum as over the feature dict: the bias term, then the view's terms in order
        p = _sigmoid(sum(self.terms(comp, "text"), 0 + comp["weights"].get("bias", 0.0) * 1.0))
        self._probs[id(comp)] = (comp, p)
        return p


_DENSE: dict[int, tuple[dict[str, Any], list[float]]] = {}


def _dense(comp: dict[str, Any]) -> list[float]:
    """A component's weights of the hash buckets (``#n``) as a list of HASH_DIM (0.0 where none)."""
    hit = _DENSE.get(id(comp))
    if hit is not None and hit[0] is comp:
        return hit[1]
    dense = [0.0] * HASH_DIM
    for k, v in comp["weights"].items():
        if k[:1] == "#" and k[1:].isdigit() and int(k[1:]) < HASH_DIM:
            dense[int(k[1:])] = v
    _DENSE[id(comp)] = (comp, dense)
    return dense


_CONTEXT: list[_Sentence] = []


def _context(words: list[Word]) -> _Sentence:
    """The shared features of the sentence ``words`` (a one-entry cache keyed by the identity of the list:
    the triggers of a sentence are scored one after the other with the same list)."""
    if _CONTEXT and _CONTEXT[0].words is words:
        return _CONTEXT[0]
    s = _Sentence(words)
    _CONTEXT[:] = [s]
    return s


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class DetectModel:
    """Logistic-regression scorer with per-type decision thresholds.

    A type may have several components (linear models over different feature views, see
    :func:`component_features`); the score is the mean of their probabilities.  ``weights`` is the
    single-component form (trigger features, all types).
    """

    def __init__(self, weights: dict[str, float] | None = None, thresholds: dict[str, float] | None = None,
                 components: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.weights = weights or {}
        self.thresholds = thresholds or {}
        self.components = components or {}

    def threshold(self, typ: str) -> float | None:
        """Decision threshold of a modelled type (``None`` for unmodelled types)."""
        return self.thresholds.get(typ)

    def score(self, words: list[Word], t: Trigger, **kw: Any) -> float:
        """Probability-like confidence that the trigger is a specific, real event."""
        comps = self.components.get(t.type)
        if comps:
            # the value of ``self.combine(t.type, [component_features(...) for c in comps])``, with the
            # sentence's views and their weighted terms computed once for all its triggers
            s = _context(words)
            tf = features(words, t, **kw) if any(c["kind"] not in ("sentence", "clusters") for c in comps) else None
            ps = []
            for c in comps:
                kind = c["kind"]
                if kind == "sentence":
                    ps.append(s.sentence_prob(c))
                    continue
                if kind == "clusters":
                    cf = cluster_features(words, t)
                    ps.append(_sigmoid(sum(map(operator.mul, map(c["weights"].get, cf, itertools.repeat(0.0)), cf.values()))))
                    continue
                assert tf is not None
                # sum(w.get(k, 0.0) * v for k, v in tf.items()), the same products added in the same order
                z = sum(map(operator.mul, map(c["weights"].get, tf, itertools.repeat(0.0)), tf.values()))
                if kind == "trigger+chars":  # the view's keys (#bucket) follow the trigger features
                    z = sum(s.terms(c, "chars"), z)
                elif kind == "trigger+ctx":
                    cx = _context_of(words, t)
                    z = sum(map(operator.mul, map(c["weights"].get, cx, itertools.repeat(0.0)), cx.values()), z)
                ps.append(_sigmoid(z))
            return sum(ps) / len(ps)
        if not self.weights:
            base = t.weight
            if kw.get("fact") not in ("asserted", "reported"):
                base *= 0.6
            return base
        f = features(words, t, **kw)
        return _sigmoid(sum(self.weights.get(k, 0.0) * v for k, v in f.items()))

    @staticmethod
    def sentence_score(scores: list[float]) -> float:
        """The score of a sentence for one type: the mean of its counted triggers' scores (0 without one).

        The mean, not the highest: one confident trigger among several doubtful ones of the same type
        (an aggregate or recalled attack beside a word of the same family) is weaker evidence; measured
        in cross-validation on the OEDA dev data (ASSAULT F1 0.674 with the highest, 0.687 with the mean)."""
        return sum(scores) / len(scores) if scores else 0.0

    def combine(self, typ: str, feats: list[dict[str, float]]) -> float:
        """Mean probability of the type's components, given each component's feature dict (in order)."""
        ps = [_sigmoid(sum(c["weights"].get(k, 0.0) * v for k, v in f.items()))
              for c, f in zip(self.components[typ], feats, strict=True)]
        return sum(ps) / len(ps)


@cache
def load_model() -> DetectModel:
    """The shipped model (or the prior-only model when the file is absent)."""
    try:
        path = resource_path("events", MODEL_FILE)
    except ResourceError:
        return DetectModel()
    data = json.loads(path.read_text(encoding="utf-8"))
    return DetectModel(data.get("weights"), data.get("thresholds"), data.get("components"))


def _rounded(w: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) > 5e-4}


def save_model(model: DetectModel, path: Path, *, meta: dict[str, Any] | None = None) -> None:
    """Write a model as JSON (weights rounded, near-zero weights dropped)."""
    data: dict[str, Any] = {
        "meta": meta or {},
        "thresholds": {k: round(v, 3) for k, v in model.thresholds.items()},
    }
    if model.weights:
        data["weights"] = _rounded(model.weights)
    if model.components:
        data["components"] = {typ: [{**c, "weights": _rounded(c["weights"])} for c in comps]
                              for typ, comps in model.components.items()}
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def train_logreg(rows: list[dict[str, float]], labels: list[float], *, l2: float = 1.0, epochs: int = 300,
                 lr: float = 0.5, sample_weights: list[float] | None = None) -> dict[str, float]:
    """Fit a class-balanced L2-regularised logistic regression (full-batch gradient descent; sparse rows, numpy).

    ``sample_weights``: a weight per row (the classes are balanced over the weighted rows)."""
    import numpy as np

    names = sorted({k for r in rows for k in r})
    col = {k: j for j, k in enumerate(names)}
    lens = np.asarray([len(r) for r in rows], dtype=np.int64)
    cols = np.fromiter((col[k] for r in rows for k in r), dtype=np.int64, count=int(lens.sum()))
    vals = np.fromiter((v for r in rows for v in r.values()), dtype=float, count=int(lens.sum()))
    rid = np.repeat(np.arange(len(rows)), lens)
    y = np.asarray(labels, dtype=float)
    n = max(len(y), 1)
    w = np.zeros(len(names))
    rw = np.ones(len(y)) if sample_weights is None else np.asarray(sample_weights, dtype=float) * len(y) / max(sum(sample_weights), 1e-9)
    pos = max(float((rw * y).sum()), 1.0)
    neg = max(float((rw * (1 - y)).sum()), 1.0)
    sw = rw * np.where(y > 0, n / (2 * pos), n / (2 * neg))  # balanced classes
    reg = np.full(len(names), l2)
    if "bias" in col:
        reg[col["bias"]] = 0.0
    for _ in range(epochs):
        z = np.bincount(rid, weights=vals * w[cols], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - y) * sw
        g = np.bincount(cols, weights=vals * r[rid], minlength=len(names)) / n + reg * w / n
        w -= lr * g
    return {k: float(w[j]) for k, j in col.items()}


class RecordingModel(DetectModel):
    """A prior-only model that records every trigger it scores with its context (for training)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[list[Word], Trigger, dict[str, Any]]] = []

    def score(self, words: list[Word], t: Trigger, **kw: Any) -> float:
        self.records.append((words, t, kw))
        return super().score(words, t, **kw)
