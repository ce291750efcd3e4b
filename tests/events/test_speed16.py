"""Session-16 fast paths of the event extractor, each against its plain definition."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from marsad.events.lexicon import (
    _anchored_key_piece,
    _may_trigger,
    _may_trigger_plain,
    _stems_plain,
    _trigger_keys,
    anchor_finder,
    anchored_pieces,
    anchored_plain,
    has_anchored_piece,
    load_lexicon,
)
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"
_PRE = ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "لل", "ولل", "فب", "ول", "وس", "فلل", "وبال", "فكال"]
_SUF = ["", "ه", "ها", "هم", "هما", "ات", "ين", "ون", "وا", "ت", "تم", "نا", "ا", "ي", "ته", "تها", "اته", "تان"]


def _generated_words() -> set[str]:
    """Random letter strings, and lexicon keys (whole, without a last letter or two, with ت/ات/وا in place of the
    last letter) between clitics and endings."""
    rng = random.Random(1616)
    keys = sorted(_trigger_keys())
    words = {"", "ا", "ال", "لل", "ولل", "وال", "ت", "وا"}
    for _ in range(12000):
        words.add("".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 11))))
        k = rng.choice(keys)
        core = rng.choice([k, k[:-1], k[:-1] + "ت", k[:-1] + "ات", k[:-1] + "وا", k[2:], k[1:], k[:-2]])
        words.add(rng.choice(_PRE) + core + rng.choice(_SUF) + rng.choice(["", "", *_SUF]))
    return words


def _fresh_may_trigger(word: str) -> bool:
    _may_trigger.table.pop(word, None)
    return _may_trigger(word)


def test_anchored_automaton_equals_the_plain_scan() -> None:
    """``_anchored_key_piece`` (one automaton pass) answers as ``anchored_plain`` (the pieces tried at letters 0 … 4)."""
    pieces = anchored_pieces(_trigger_keys())
    words = sorted(_generated_words())[::8]
    hits = 0
    for w in words:
        assert _anchored_key_piece(w) is anchored_plain(pieces, w), w
        hits += anchored_plain(pieces, w)
    assert 0 < hits < len(words)


def test_anchored_pieces_by_hand() -> None:
    """A key, its replaced last letter, «لل» for a key «ال…», the start bound; no piece for a one-letter key."""
    finder = anchor_finder({"قتل", "دعا", "الغاره", "و"})
    assert anchored_pieces({"و"}) == frozenset() and anchor_finder({"و"}) is None
    assert not has_anchored_piece(None, "قتل")
    for w in ("قتل", "وبالقتل", "فسنقتل", "دعت", "دعوا", "للغارات", "وللغارت", "الغاره"):
        assert has_anchored_piece(finder, w), w
    for w in ("", "و", "مستقتل", "ادعت", "لغارات", "كتب", "غاره"):  # «الغاره» wants «الغار…» or «للغار…»
        assert has_anchored_piece(finder, w) is anchored_plain(anchored_pieces({"قتل", "دعا", "الغاره", "و"}), w), w
    assert not has_anchored_piece(finder, "مستمرقتل") and has_anchored_piece(finder, "مستمقتل")  # letter 5, 4


def test_no_stem_is_a_key_without_an_anchored_piece() -> None:
    """The gate is a necessary condition: a word one of whose stems (the plain definition) is a lexicon key or
    phrase start always has an anchored piece."""
    keys = _trigger_keys()
    words = _generated_words()
    reached = 0
    for w in words:
        if not keys.isdisjoint(s for s, _ in _stems_plain(w)):
            reached += 1
            assert _anchored_key_piece(w), w
    assert reached > 500


def test_may_trigger_with_the_gate_equals_the_plain_definition() -> None:
    """``_may_trigger`` (with the anchored gate before the stems) answers as ``_may_trigger_plain``."""
    load_lexicon()
    words = _generated_words()
    found = 0
    for w in words:
        got = _fresh_may_trigger(w)
        assert got == _may_trigger_plain(w), w
        found += got
    assert found > 500


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared")
def test_may_trigger_with_the_gate_on_news_words() -> None:
    keys = _trigger_keys()
    words: set[str] = set()
    for path in sorted(NEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:400]:
            rec = json.loads(line)
            text = next((v for k in ("text", "full_text", "content", "body", "article") if isinstance(v := rec.get(k), str)), "")
            words.update(norm(text[s:e]) for s, e, kind in tokenize(text) if kind == "word")
    assert len(words) > 5000
    for w in words:
        if not keys.isdisjoint(s for s, _ in _stems_plain(w)):
            assert _anchored_key_piece(w), w
        assert _fresh_may_trigger(w) == _may_trigger_plain(w), w


def _cue_union() -> frozenset[str]:
    from marsad.events.lexicon import cues

    return frozenset().union(*cues().values())


def test_no_stem_is_a_cue_word_without_an_anchored_piece() -> None:
    """The same gate over the cue words (``wordflags._word_cues``): a word one of whose stems is a cue word has an
    anchored piece of them."""
    union = _cue_union()
    finder = anchor_finder(union)
    reached = 0
    rng = random.Random(16)
    cue_words = sorted(w for w in union if len(w) >= 2)
    words = _generated_words()
    for _ in range(6000):
        k = rng.choice(cue_words)
        words.add(rng.choice(_PRE) + rng.choice([k, k[:-1] + "ت", k[:-1] + "ات", k[:-1] + "وا"]) + rng.choice(_SUF))
    for w in words:
        if not union.isdisjoint(s for s, _ in _stems_plain(w)):
            reached += 1
            assert has_anchored_piece(finder, w), w
    assert reached > 1000


def test_word_cues_with_the_gate_equal_the_plain_reading() -> None:
    """``_word_cues`` (stems skipped for a word without an anchored piece) gives the vocabularies the plain reading
    gives: those holding a stem of the word, then those holding the word itself."""
    from marsad.events import wordflags
    from marsad.events.lexicon import cues, stem_forms

    vocabs = [v for v in cues().values() if v]
    for v in vocabs:
        reg = wordflags._register(v)
    words = sorted(_generated_words())[::3]
    for w in words:
        stem_forms.table.pop(w, None)
        reg.words.pop(w, None)
        got = wordflags._word_cues(reg, w)
        forms = stem_forms.fn(w)
        vs: list[frozenset[str]] = []
        for s in forms:
            for v in reg.holders.get(s, ()):
                if v not in vs:
                    vs.append(v)
        plain = (tuple(vs), tuple(v for v in reg.holders.get(w, ()) if v not in vs))
        if reg.union.isdisjoint(forms) and w not in reg.union:
            plain = ((), ())
        assert got == plain, w


def test_matches_form_with_the_gate_equals_the_plain_definition() -> None:
    """``matches_form`` (stems of a new word computed only when a piece of the alternatives starts near its beginning)
    answers as ``_matches_form_plain`` for the cue lists, the phrases' word alternatives and small hand-made sets."""
    from marsad.events.lexicon import _matches_form_plain, cues, matches_form, stem_forms

    lex = load_lexicon()
    vocabs = [v for v in cues().values() if v]
    vocabs += [alts for entries in lex.phrases.values() for _, seq in entries for alts in seq][:200]
    vocabs += [frozenset(), frozenset({"و"}), frozenset({"مطلب"}), frozenset({"الغاره", "قتل", "دعا"})]
    rng = random.Random(161)
    words = sorted(_generated_words())[::6]
    for v in vocabs:
        for w in sorted(v)[:3]:
            words += [w, "و" + w, "بال" + w, w[:-1] + "ت", w + "ها"]
    found = 0
    for w in words:
        for v in rng.sample(vocabs, 6):
            stem_forms.table.pop(w, None)
            got = matches_form(w, v)
            assert got == _matches_form_plain(w, v), (w, sorted(v)[:5])
            found += got
    assert found > 100
