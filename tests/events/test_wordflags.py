"""Cue flags per sentence (``marsad.events.wordflags``) answer what the plain word-by-word scans answer."""

from __future__ import annotations

import random

import pytest

import marsad.events.factuality as factuality
from marsad.events import frames, wordflags
from marsad.events.lexicon import cues, matches_form
from marsad.events.triggers import Word, find_triggers
from marsad.events.wordflags import flags_of
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

_TEXTS = [
    "لم يقتل أحد في الهجوم الذي استهدف الحاجز، ونفت الوزارة أنباء عن اعتقال المحتجين",
    "تدور أحاديث عن تفجير سيستهدف المدينة في حال فشلت المفاوضات الأسبوع المقبل",
    "وكان المسلحون قد هاجموا القرية منذ سنوات وقتلوا 20 شخصاً في ذكرى المجزرة السابقة",
    "من المقرر أن يتظاهر الطلاب غداً احتجاجاً على اعتقال زملائهم، بحسب تقارير محلية",
    "أفادت أنباء بمقتل جنديين في قصف استهدف موقعاً للجيش عام 2015 ضمن حملة مكافحة الإرهاب",
    "قتل",
]


def _words(text: str) -> list[Word]:
    return [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]


def plain_any(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    for i in range(max(lo, 0), min(hi, len(words))):
        if matches_form(words[i].norm, vocab) or words[i].norm in vocab:
            return i
    return None


def plain_phrase_before(words: list[Word], hi: int, vocab: frozenset[str], lo: int = 0) -> bool:
    seq = [w.norm for w in words[max(lo, 0) : hi]]
    joined = " " + " ".join(seq) + " "
    for cue in vocab:
        if " " in cue and f" {cue} " in joined:
            return True
    return any(matches_form(w, vocab) for w in seq)


def _vocabs() -> list[frozenset[str]]:
    c = cues()
    out = [v for v in c.values() if v]
    out.append(frozenset({"ما", "قد", norm("،"), norm("الذكرى")}))  # one-letter words (،) are no stems: matched as words
    return out


@pytest.mark.parametrize("or_word", [False, True])
def test_first_is_a_scan_with_and_without_flags(or_word: bool) -> None:
    rng = random.Random(5)
    for text in _TEXTS:
        for vocab in _vocabs():
            for flagged in (False, True):
                ws = _words(text)  # a new list: nothing flagged yet
                f = flags_of(ws)
                if flagged:
                    f.forms_or_word(vocab) if or_word else f.forms(vocab)
                for _ in range(12):
                    lo, hi = rng.randint(-4, len(ws) + 2), rng.randint(-4, len(ws) + 2)
                    want = next((i for i in range(max(lo, 0), min(hi, len(ws)))
                                 if matches_form(ws[i].norm, vocab) or (or_word and ws[i].norm in vocab)), None)
                    assert f.first(vocab, lo, hi, or_word=or_word) == want


def test_any_and_phrase_before_equal_the_plain_scans() -> None:
    rng = random.Random(11)
    hits = 0
    for text in _TEXTS:
        ws = _words(text)
        for vocab in _vocabs():
            for _ in range(25):
                lo, hi = rng.randint(-5, len(ws) + 3), rng.randint(-2, len(ws) + 3)
                got = factuality._any(ws, lo, hi, vocab)
                assert got == plain_any(ws, lo, hi, vocab)
                hits += got is not None
                assert factuality._phrase_before(ws, hi, vocab, lo=lo) == plain_phrase_before(ws, hi, vocab, lo=lo)
                assert factuality._phrase_before(ws, hi, vocab) == plain_phrase_before(ws, hi, vocab)
    assert hits > 20
    ws = _words("قصف، ثم هجوم")
    assert factuality._any(ws, 0, len(ws), frozenset({norm("،")})) == 1


def test_flags_follow_the_word_list() -> None:
    a, b = _words("هاجم مسلحون القرية"), _words("زار الوفد القرية")
    vocab = frozenset({"هاجم"})
    assert flags_of(a).forms(vocab) == [True, False, False]
    assert flags_of(b).forms(vocab) == [False, False, False]  # another list: computed afresh
    assert flags_of(a).forms(vocab) == [True, False, False]


def test_classify_equals_classify_with_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [(ws, find_triggers(ws)) for ws in map(_words, _TEXTS)]
    assert sum(len(trs) for _, trs in cases) >= 8
    fast = [factuality.classify(ws, t, published_year=2024) for ws, trs in cases for t in trs]
    monkeypatch.setattr(factuality, "_any", plain_any)
    monkeypatch.setattr(factuality, "_phrase_before", plain_phrase_before)
    slow = [factuality.classify(list(ws), t, published_year=2024) for ws, trs in cases for t in trs]
    assert fast == slow
    assert len({label for label, _ in fast}) >= 4


def plain_has(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    for i in range(max(lo, 0), min(hi, len(words))):
        if matches_form(words[i].norm, vocab):
            return i
    return None


def plain_phrase_has(words: list[Word], vocab: frozenset[str]) -> bool:
    if any(matches_form(w.norm, vocab) for w in words):
        return True
    joined = " " + " ".join(w.norm for w in words) + " "
    return any(" " in cue and f" {cue} " in joined for cue in vocab)


def test_trigger_cue_scans_equal_the_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.events.triggers as triggers

    rng = random.Random(13)
    texts = [*_TEXTS, "وقع حادث سير على الطريق الدولي، وهاجم الوزير في تصريحات لاذعة خطة الحكومة"]
    multi = frozenset({norm("حادث سير"), norm("إطلاق نار")})
    for text in texts:
        ws = _words(text)
        for vocab in [*_vocabs(), multi, cues()["attack_nouns"] | cues()["weapons_in_sentence"]]:
            assert triggers._phrase_has(ws, vocab) == plain_phrase_has(ws, vocab)
            for _ in range(10):
                lo, hi = rng.randint(-3, len(ws) + 2), rng.randint(-3, len(ws) + 2)
                assert triggers._has(ws, lo, hi, vocab) == plain_has(ws, lo, hi, vocab)
    fast = [[(t.start, t.end, t.type, t.reasons) for t in find_triggers(_words(x))] for x in texts]
    monkeypatch.setattr(triggers, "_has", plain_has)
    monkeypatch.setattr(triggers, "_phrase_has", plain_phrase_has)
    slow = [[(t.start, t.end, t.type, t.reasons) for t in find_triggers(_words(x))] for x in texts]
    assert fast == slow
    assert sum(map(len, fast)) >= 10


def test_matching_lists_the_words_a_regex_matches() -> None:
    ws = _words("قصفت الطائرات المدينة عام 2015 ثم في 2023 و 12 مرة")
    rx = factuality._YEAR
    assert flags_of(ws).matching(rx) == [i for i, w in enumerate(ws) if rx.match(w.norm)]
    assert [ws[i].norm for i in flags_of(ws).matching(rx)] == ["2015", "2023"]
    ws = _words("قصفت الطائرات المدينة في 2015 وقتل 3 أشخاص")
    t = next(t for t in find_triggers(ws) if t.lemma == norm("قصف"))
    label, why = factuality.classify(ws, t, published_year=2024)
    assert label == "historical" and "2015" in why[0]
    assert factuality.classify(ws, t, published_year=2016)[0] != "historical"


def plain_chunk_actors(words: list[Word]) -> list[frames.Arg]:
    """chunk_actors before the cue flags (matches_form per word)."""
    c = cues()
    heads, stop = c["actor_heads"], c["stop_words"]
    targets = c.get("target_heads", frozenset())
    out: list[frames.Arg] = []
    i = 0
    while i < len(words):
        w = words[i]
        if (
            w.kind == "word"
            and i + 1 < len(words)
            and matches_form(w.norm, targets)
            and words[i + 1].norm.startswith("ل")
            and matches_form(words[i + 1].norm, heads)
        ):
            # a target owned by an actor: «حاجزاً للجيش»، «مقرات للفصائل»، «دورية لقوات الأمن»
            j = i + 1
            while j + 1 < len(words) and j - i < 3 and words[j + 1].norm not in stop and frames._np_continues(words[j + 1], True):
                j += 1
            out.append(frames.Arg(start=w.start, end=words[j].end, text="", first=i, last=j, origin="chunk"))
            i = j + 1
            continue
        if w.kind == "word" and w.norm not in stop and matches_form(w.norm, heads):
            j = i
            definite = "ال" in w.norm[:4]
            while j + 1 < len(words) and j - i < 3:
                nxt = j + 1
                if words[nxt].norm in frames._QUOTES and nxt + 1 < len(words):
                    nxt += 1  # جنود «المارينز»
                if words[nxt].norm in stop or not frames._np_continues(words[nxt], definite):
                    break
                j = nxt
            out.append(frames.Arg(start=w.start, end=words[j].end, text="", first=i, last=j, origin="chunk"))
            i = j + 1
        else:
            i += 1
    return out


def test_chunk_actors_equal_the_plain_scan() -> None:
    texts = [*_TEXTS, "هاجم مسلحون حاجزاً للجيش واستهدفت قوات الأمن العراقية دورية لقوات التحالف ووفد روسي «المارينز»"]
    n = 0
    for text in texts:
        ws = _words(text)
        fast = frames.chunk_actors(ws)
        assert fast == plain_chunk_actors(list(ws))
        n += len(fast)
    assert n >= 6


def test_a_new_vocabulary_is_indexed_after_the_sentence() -> None:
    ws = _words("هاجم مسلحون القرية وقتلوا عشرة أشخاص")
    f = flags_of(ws)
    a, b = frozenset({"هاجم"}), frozenset({norm("القرية"), "zz-new-word"})
    assert f.first(a, 0, len(ws)) == 0 and f.forms(a) == [True, False, False, False, False, False]
    assert f.first(b, 0, len(ws), or_word=True) == 2  # b registers: the sentence is indexed again
    assert b in wordflags._REGISTRY[0].empty and b <= wordflags._REGISTRY[0].union
    assert f.forms_or_word(b) == [False, False, True, False, False, False]
    assert f.forms(a) == [True, False, False, False, False, False]
    c = frozenset({"zz-another-new-word", norm("عشرة")})
    assert flags_of(ws).first(c, 3, 6) == 4 and flags_of(ws).first(c, 0, 4) is None


def test_the_index_equals_the_plain_scans_for_every_vocabulary() -> None:
    """Every window of every word of some sentences, for every cue class (one-letter cues included)."""
    vocabs = [*_vocabs(), frozenset({"و", "ب", norm("قصف")})]
    for text in [*_TEXTS, "و قصف ، ب الجيش : و"]:
        ws = _words(text)
        f = flags_of(ws)
        n = len(ws)
        for vocab in vocabs:
            assert f.forms(vocab) == [matches_form(w.norm, vocab) for w in ws]
            assert f.forms_or_word(vocab) == [matches_form(w.norm, vocab) or w.norm in vocab for w in ws]
            for lo in range(-1, n + 1):
                for hi in range(lo, n + 2):
                    for or_word in (False, True):
                        want = next((i for i in range(max(lo, 0), min(hi, n))
                                     if matches_form(ws[i].norm, vocab) or (or_word and ws[i].norm in vocab)), None)
                        assert f.first(vocab, lo, hi, or_word=or_word) == want


def test_phrase_in_equals_a_search_of_the_joined_slice() -> None:
    plain = _words("تدور أحاديث عن تفجير في حال فشلت المفاوضات")  # no empty word: cues searched where their first word is
    ws = [*plain, Word(90, 90, "", "punct"), Word(91, 92, "في", "word"), Word(93, 95, "حال", "word")]
    vocabs = [frozenset({"في حال", "تدور احاديث", "عن"}), frozenset({" حال", "zz zz"}), frozenset({"حال في"}),
              frozenset({"قصف"}), frozenset({" في", "المفاوضات  في"}), frozenset({"في حال ", "المفاوضات "})]
    for sentence in (ws, plain, [*plain, Word(96, 99, "x y", "word"), Word(100, 102, "حال", "word")]):
        _check_phrase_in(sentence, vocabs)


def _check_phrase_in(ws: list[Word], vocabs: list[frozenset[str]]) -> None:
    f = flags_of(ws)
    n = len(ws)
    for lo in range(-2, n + 2):
        for hi in range(-2, n + 2):
            joined = " " + " ".join(w.norm for w in ws[max(lo, 0) : max(hi, 0)]) + " "  # words lo … hi - 1
            for vocab in vocabs:
                want = any(" " in cue and f" {cue} " in joined for cue in vocab)
                assert f.phrase_in(vocab, lo, hi) == want, (lo, hi, vocab)
