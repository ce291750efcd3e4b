"""Session-7 fast paths of the event extractor give the answers of their plain definitions."""

from __future__ import annotations

import random

import pytest

from marsad.events.detect import (
    CLUSTER_LEVELS,
    CLUSTER_VALUE,
    CLUSTER_WINDOW,
    CLUSTER_WINDOW_LEVELS,
    cluster_features,
    word_clusters,
)
from marsad.events.extract import _MARKS, _TANWEEN, _noun_ending
from marsad.events.lexicon import _key_parts, may_be_key_form
from marsad.events.triggers import Trigger, Word
from marsad.text.normalize import norm

_SENTENCES = [
    "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم",
    "وأعلنت وزارة الدفاع أن قواتها اعتقلت خمسة مسلحين في مدينة حلب , واستهدفت مقراً لهم",
    "تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجاً على قرار الحكومة الأخير ( 2024 )",
    "التقى وزير الخارجية نظيره الروسي في موسكو",
]


def _words(text: str) -> list[Word]:
    out = []
    pos = 0
    for tok in text.split():
        kind = "word" if any(c.isalpha() for c in tok) else ("number" if tok.isdigit() else "punct")
        out.append(Word(pos, pos + len(tok), norm(tok), kind))
        pos += len(tok) + 1
    return out


def _plain_cluster_features(words: list[Word], t: Trigger) -> dict[str, float]:
    """The definition of the cluster view (the code before session 7)."""
    f: dict[str, float] = {"bias": 1.0}
    for i, w in enumerate(words):
        if w.kind != "word":
            continue
        c = word_clusters(w.norm)
        if not c:
            continue
        for lv in CLUSTER_LEVELS:
            if lv < len(c):
                f[f"s{lv}={c[lv]}"] = CLUSTER_VALUE
        d = i - t.head
        if d and -CLUSTER_WINDOW <= d <= CLUSTER_WINDOW:
            side = "L" if d < 0 else "R"
            for lv in CLUSTER_WINDOW_LEVELS:
                if lv < len(c):
                    f[f"{side}{lv}={c[lv]}"] = CLUSTER_VALUE
    return f


@pytest.mark.parametrize("text", _SENTENCES)
def test_cluster_features_equal_the_plain_definition_in_order(text: str) -> None:
    words = _words(text)
    assert any(word_clusters(w.norm) for w in words)
    for head in range(len(words)):
        t = Trigger(start=words[head].start, end=words[head].end, head=head, first=head, last=head, type="ASSAULT",
                    mode=None, pos="n", lemma=words[head].norm, weight=1.0)
        got = cluster_features(words, t)
        want = _plain_cluster_features(words, t)
        assert list(got.items()) == list(want.items())  # the same keys in the same order (the same float sums)
    # a new word list of the same words (the per-sentence keys follow the list)
    words2 = _words(text + " في حلب")
    t = Trigger(start=0, end=1, head=0, first=0, last=0, type="ASSAULT", mode=None, pos="n", lemma="", weight=1.0)
    assert list(cluster_features(words2, t).items()) == list(_plain_cluster_features(words2, t).items())


def test_noun_ending_equals_the_plain_definition() -> None:
    def plain(text: str, start: int, end: int) -> bool:
        w = text[start:end]
        return w.rstrip(_MARKS).endswith("ة") or any(c in _TANWEEN for c in w[-3:])

    words = ["وزارة", "وزارةٌ", "صادراً", "صادرًا", "هجوماً", "كتابٍ", "زار", "قصف", "مدينةُ", "ة", "اً", "",
             "حلب،", "رحمةـ", "زيارته", "بيتٌ", "ا", "ٌ"]
    text = " ".join(words)
    pos = 0
    for w in words:
        assert _noun_ending(text, pos, pos + len(w)) is plain(text, pos, pos + len(w)), w
        pos += len(w) + 1
    rng = random.Random(5)
    alphabet = "ابةتيهـ" + _MARKS
    for _ in range(3000):
        w = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert _noun_ending(w, 0, len(w)) is plain(w, 0, len(w)), w


def test_key_form_filter_equals_the_scan_over_every_piece() -> None:
    """``may_be_key_form`` (innermost pieces) answers as the scan over all the pieces of ``_key_parts``."""
    main, alef, lens = _key_parts()

    def plain(word: str) -> bool:
        doubled = "لل" in word
        for size in lens:
            for i in range(len(word) - size + 1):
                piece = word[i : i + size]
                if piece in main or (doubled and piece in alef):
                    return True
        return False

    rng = random.Random(11)
    pieces = sorted(main | alef)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    words = {norm(w) for w in "وقصفت الطائرات للهجوم فللمسلحين بالاشتباكات وللاحتجاج كتاب".split()}
    for _ in range(4000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
        p = rng.choice(pieces)
        words.add(rng.choice(["", "و", "لل", "ولل", "ب"]) + p + rng.choice(["", "ه", "ات", "ين"]))
        words.add(rng.choice(["", "لل"]) + p[1:])
    hits = 0
    for w in words:
        assert may_be_key_form(w) is plain(w), w
        hits += plain(w)
    assert 0 < hits < len(words)


@pytest.mark.parametrize("text", [*_SENTENCES, "قال المتحدث إن الهجوم وقع أمس وأسفر عن مقتل جنديين"])
def test_find_triggers_with_the_callers_candidates_equals_without(text: str) -> None:
    from marsad.events.lexicon import may_trigger
    from marsad.events.triggers import find_triggers

    words = _words(text)
    cand = [i for i, w in enumerate(words) if w.kind == "word" and may_trigger(w.norm)]
    plain = [(t.start, t.end, t.type, t.mode, t.reasons) for t in find_triggers(words)]
    given = [(t.start, t.end, t.type, t.mode, t.reasons) for t in find_triggers(list(words), cand)]
    assert given == plain


def test_memo_reads_answer_as_the_memo_calls() -> None:
    """``lexicon._memo(fn, w)`` (a table read, else a miss) gives ``fn(w)``, for new and known words."""
    from marsad.events import lexicon

    words = [norm(w) for w in "وقصفت الطائرات للهجوم فللمسلحين كتاب زززز قصف".split()]
    for fn in (lexicon.stems, lexicon.may_be_key_form, lexicon._lookup, lexicon.phrase_starts, lexicon.stem_forms,
               lexicon._may_trigger):
        for w in words:
            fn.table.pop(w, None)
            got = lexicon._memo(fn, w)  # new: computed
            assert got == fn.fn(w)
            assert lexicon._memo(fn, w) is got  # known: the stored value
            assert fn(w) is got
