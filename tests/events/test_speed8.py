"""Session-8 fast paths of the event extractor give the answers of their plain definitions."""

from __future__ import annotations

import dataclasses

from marsad.doc import Token
from marsad.events import extract, frames
from marsad.events.extract import _noun_ending, _trigger_candidates, _words
from marsad.events.lexicon import cues, matches_form, may_trigger
from marsad.events.triggers import Word
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

_TEXTS = [
    "قصفت الطائرات الحربية بلدةً في ريف إدلب، وأفادت مصادر محلية بمقتل خمسة مدنيين بحسب ما أفاد المرصد",
    "وقال وزير الخارجية إن الوزارة تدين الهجوم، نقلاً عن وكالة الأنباء الرسمية.",
    "أكد مراسلنا أن قوات الاحتلال اعتقلت ثلاثة شبان، وفق ما ذكرت الوزارة في بيان",
    "التقى الوفد الروسي ممثلين عن الفصائل في مدينة درعا ( 2024 ) : «لقاء آخر»",
]


def _tokens(text: str) -> list[Token]:
    return [Token(a, b, norm(text[a:b]), kind=k) for a, b, k in tokenize(text)]


def test_words_equal_the_plain_construction() -> None:
    assert tuple(f.name for f in dataclasses.fields(Word)) == extract._WORD_FIELDS  # _words sets every field
    for text in _TEXTS:
        toks = _tokens(text)
        norms = [t.norm for t in toks]
        want = [Word(t.start, t.end, n, t.kind, _noun_ending(text, t.start, t.end), text[t.start : t.end])
                for t, n in zip(toks, norms, strict=True)]
        got = _words(text, toks, norms)
        assert got == want
        assert all(type(w) is Word for w in got)
        assert any(w.noun_ending for w in got) and not all(w.noun_ending for w in got)


def test_trigger_candidates_equal_the_plain_filter() -> None:
    n = 0
    for text in _TEXTS:
        toks = _tokens(text)
        norms = [t.norm for t in toks]
        want = [i for i, t in enumerate(toks) if t.kind == "word" and may_trigger(norms[i])]
        assert _trigger_candidates(toks, norms) == want
        n += len(want)
    assert n >= 6


def _plain_find_attribution(words: list[Word], speakers: list[tuple[int, int]] | None = None):
    """find_attribution before session 8 (matches_form per word)."""
    c = cues()
    speech, preps, stop = c["speech_verbs"], c["attribution_preps"], c["stop_words"] | {"ان", "انه"}
    out: list[tuple[int, int, str]] = []
    why: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        if w.kind != "word":
            continue
        is_speech = matches_form(w.norm, speech)
        is_prep = matches_form(w.norm, preps) or w.norm in ("بحسب", "وبحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا", "حسبما")
        if not (is_speech or is_prep):
            continue
        if speakers is not None and any(a <= i <= b for a, b in speakers):
            continue
        j = i + 1
        if j < n and words[j].norm in ("ما", "عن", "ل"):
            j += 1
        if (is_speech and speakers is not None and j < n and words[j].norm[:1] == "ل"
                and words[j].norm not in ("لدى", "لدي")):
            ends = [b for a, b in speakers if a == j]
            if ends:
                j = max(ends) + 1
        if is_prep and j < n and matches_form(words[j].norm, speech):
            j += 1
        k = j
        while k < n and k - j < 6 and words[k].norm not in stop and words[k].norm not in (":", ",", "«", "."):
            if words[k].kind == "punct" and words[k].norm not in ("\"", "“", "”", "«", "»"):
                break
            k += 1
        if k > j and any(words[x].kind == "word" for x in range(j, k)) and (is_prep or frames._speaker(words, j, k, speakers)):
            out.append((j, k - 1, frames.source_kind(words, j, k)))
            why.append(f"reported-speech frame «{w.norm}»")
        elif is_speech and i > 0:
            lo = i - 1
            while lo > 0 and i - lo < 6 and words[lo - 1].norm not in stop and words[lo - 1].kind != "punct":
                lo -= 1
            if any(words[x].kind == "word" for x in range(lo, i)) and frames._speaker(words, lo, i, speakers):
                out.append((lo, i - 1, frames.source_kind(words, lo, i)))
                why.append(f"source before the speech verb «{w.norm}»")
    return out, why


def test_find_attribution_equals_the_plain_scan() -> None:
    found = 0
    for text in _TEXTS:
        toks = _tokens(text)
        ws = _words(text, toks, [t.norm for t in toks])
        for speakers in (None, [], [(0, 1)], [(2, 3), (5, 5)]):
            got = frames.find_attribution(ws, speakers)
            assert got == _plain_find_attribution(list(ws), speakers)
            found += len(got[0])
    assert found >= 6
