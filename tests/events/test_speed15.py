"""Session-15 fast paths of the event extractor, each against its plain definition."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from marsad.events.lexicon import _key_pieces, _pieces_in, may_be_key_form
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"


def _fresh_key_form(word: str) -> bool:
    may_be_key_form.table.pop(word, None)
    return may_be_key_form(word)


def test_key_form_automaton_equals_the_piece_scan() -> None:
    """``may_be_key_form`` (one automaton pass) answers as ``_pieces_in`` (a scan of the word's substrings)."""
    (general, _), (doubled, _) = _key_pieces()
    pieces = sorted(general | doubled)
    rng = random.Random(15)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"
    words = {"", "ا", "لل", "لل" + pieces[0], "ولل"}
    for _ in range(6000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(0, 10))))
        p = rng.choice(pieces)
        words.add(rng.choice(["", "و", "لل", "ولل", "ب", "فلل"]) + p + rng.choice(["", "ه", "ات", "ين"]))
        words.add(rng.choice(["", "لل"]) + p[1:] + rng.choice(["", "لل"]))
        words.add(p[:-1])
    hits = 0
    for w in words:
        assert _fresh_key_form(w) is _pieces_in(w), w
        hits += _pieces_in(w)
    assert 0 < hits < len(words)


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared")
def test_key_form_automaton_on_news_words() -> None:
    words: set[str] = set()
    for path in sorted(NEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:300]:
            rec = json.loads(line)
            text = next((v for k in ("text", "full_text", "content", "body", "article") if isinstance(v := rec.get(k), str)), "")
            words.update(norm(text[s:e]) for s, e, kind in tokenize(text) if kind == "word")
    assert len(words) > 5000
    for w in words:
        assert _fresh_key_form(w) is _pieces_in(w), w


def test_stems_fast_equals_the_plain_definition() -> None:
    """``_stems_fast`` (the proclitic letters dispatched) gives the pairs of ``_stems_plain`` in the same order."""
    from marsad.events.lexicon import _stems_fast, _stems_plain, load_lexicon

    rng = random.Random(1515)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"
    lex = load_lexicon()
    keys = sorted([*lex.words, *lex.phrases])
    words = {"", "و", "ف", "ول", "فل", "لل", "ولل", "وال", "بال", "كال", "سي", "وس", "لي"}
    for _ in range(8000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(0, 10))))
        k = rng.choice(keys)
        pre = rng.choice(["", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "لل", "ولل", "فب", "ول", "وس", "فلل"])
        suf = rng.choice(["", "ه", "ها", "هم", "هما", "ات", "ين", "ون", "وا", "ت", "تم", "نا", "ا", "ي", "ته", "تها"])
        words.add(pre + k + suf)
    for w in words:
        assert _stems_fast(w) == _stems_plain(w), w


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared")
def test_stems_fast_on_news_words() -> None:
    from marsad.events.lexicon import _stems_fast, _stems_plain

    for path in sorted(NEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:200]:
            rec = json.loads(line)
            text = next((v for k in ("text", "full_text", "content", "body", "article") if isinstance(v := rec.get(k), str)), "")
            for s, e, kind in tokenize(text):
                if kind == "word":
                    w = norm(text[s:e])
                    assert _stems_fast(w) == _stems_plain(w), w



def test_strip_suffixes_fast_equals_the_plain_definition() -> None:
    """``_strip_suffixes_fast`` gives the pairs of ``_strip_suffixes`` in the same order, for every word class."""
    from marsad.events.lexicon import _NOUN_END, _PRON, _VERB_END, _strip_suffixes, _strip_suffixes_fast

    rng = random.Random(99)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"
    ends = ["", *_PRON, *_VERB_END, *_NOUN_END, "وا", "ت", "ته", "تها", "اته", "وات", "ا", "يا"]
    words = {"", "ا", "ت", "وا", "تا", "ته", "اتها"}
    for _ in range(8000):
        core = "".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
        words.add(core + rng.choice(ends) + rng.choice(ends))
    for w in words:
        for cls in ("*", "n", "v"):
            assert _strip_suffixes_fast(w, cls) == _strip_suffixes(w, cls), (w, cls)


def _shape_of(x: object) -> object:
    """Values with their types, all the way down (``==`` alone says 1 == 1.0 == True)."""
    if isinstance(x, dict):
        return (type(x), [(k, _shape_of(v)) for k, v in x.items()])
    if isinstance(x, (list, tuple)):
        return (type(x), [_shape_of(v) for v in x])
    return (type(x), x)


def test_public_equals_the_plain_definition() -> None:
    """``_public`` (plain values passed on at once) makes what ``_public_plain`` makes: the same keys in the same
    order, the same values of the same types, tuples and other objects kept as they are."""
    from collections import OrderedDict

    from marsad.events.extract import _public, _public_plain

    rng = random.Random(7)
    keys = ["a", "_a", "", "_", "__x", "type", "_norm", "why", "x_", "ب", "_ب"]

    def value(depth: int) -> object:
        kind = rng.randrange(12 if depth < 4 else 7)
        if kind == 0:
            return rng.choice(["", "نص", "_x"])
        if kind == 1:
            return rng.randint(-3, 3)
        if kind == 2:
            return rng.choice([0.5, 1.0, -2.25])
        if kind == 3:
            return rng.choice([True, False])
        if kind == 4:
            return None
        if kind == 5:
            return (1, "_a", {"_b": 1})  # a tuple is kept as it is, dicts inside it too
        if kind == 6:
            return frozenset({"x"})
        if kind in (7, 8):
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        d: dict[str, object] = OrderedDict() if kind == 9 else {}
        for _ in range(rng.randint(0, 5)):
            d[rng.choice(keys)] = value(depth + 1)
        return d

    for _ in range(3000):
        event = {rng.choice(keys): value(1) for _ in range(rng.randint(0, 8))}
        got, want = _public(event), _public_plain(event)
        assert _shape_of(got) == _shape_of(want)
        assert [id(v) for v in got.values() if isinstance(v, tuple)] == [
            id(v) for v in want.values() if isinstance(v, tuple)]


def test_may_trigger_fast_equals_the_plain_definition() -> None:
    """``_may_trigger`` (no stem among the lexicon's keys: False at once) answers as ``bool(_lookup) or
    bool(phrase_starts)``, on generated words and on lexicon keys with clitics and endings."""
    from marsad.events.lexicon import _may_trigger, _may_trigger_plain, load_lexicon

    rng = random.Random(2)
    lex = load_lexicon()
    keys = sorted([*lex.words, *lex.phrases])
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"
    words = {"", "و", "ال"}
    for _ in range(6000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
        k = rng.choice(keys)
        words.add(rng.choice(["", "و", "ب", "ال", "وال", "لل", "س", "وس"]) + k + rng.choice(["", "ه", "ها", "ات", "وا", "ت"]))
        words.add(k[1:] + rng.choice(["", "ت"]))
    hits = 0
    for w in words:
        got = _may_trigger.fn(w)
        assert got is _may_trigger_plain(w), w
        hits += got
    assert 0 < hits < len(words)


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared")
def test_may_trigger_fast_on_news_words() -> None:
    from marsad.events.lexicon import _may_trigger, _may_trigger_plain

    for path in sorted(NEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:150]:
            rec = json.loads(line)
            text = next((v for k in ("text", "full_text", "content", "body", "article") if isinstance(v := rec.get(k), str)), "")
            for s, e, kind in tokenize(text):
                if kind == "word":
                    w = norm(text[s:e])
                    assert _may_trigger.fn(w) is _may_trigger_plain(w), w
