"""The event code's fast paths (caches, binary search) give the answers of the plain definitions."""

from __future__ import annotations

import itertools
import random

from marsad.events import lexicon
from marsad.events.extract import _index
from marsad.events.lexicon import cues, matches_form, stem_forms, stems
from marsad.events.merge import _head_keys, _word_key, actor_keys
from marsad.events.triggers import Word, _phrase_has
from marsad.text.normalize import norm

_WORDS = [norm(w) for w in "وبالهجمات فقصفوا والمسلحين لهجومهم واعتقلت بالغارة المقاتلون سيزورون".split()]


def test_matches_form_is_any_stem_in_the_alternatives() -> None:
    vocab = frozenset({norm("هجوم"), norm("غارة"), norm("مسلح"), "قصف"})
    for w in _WORDS:
        want = any(s in vocab for s, _ in stems(w))
        assert matches_form(w, vocab) is want
        assert set(stem_forms(w)) == {s for s, _ in stems(w)}
        assert len(stem_forms(w)) == len(set(stem_forms(w)))
    assert matches_form(norm("بالغارة"), vocab)
    assert not matches_form(norm("بالغارة"), frozenset({"قصف"}))


def test_phrase_has_single_and_multi_word_cues() -> None:
    words = [Word(i, i + 1, w) for i, w in enumerate([norm("حادث"), norm("سير"), norm("بالطريق")])]
    assert _phrase_has(words, frozenset({"حادث سير"}))
    assert _phrase_has(words, frozenset({"طريق"}))  # a stem of بالطريق
    assert not _phrase_has(words, frozenset({"سير حادث", "قصف"}))


def test_index_matches_a_linear_scan() -> None:
    rng = random.Random(7)
    words: list[Word] = []
    pos = 0
    for _ in range(40):
        pos += rng.randint(1, 3)
        n = rng.randint(1, 6)
        words.append(Word(pos, pos + n, "x"))
        pos += n

    def slow(start: int, end: int) -> tuple[int, int] | None:
        hit = [i for i, w in enumerate(words) if w.end > start and w.start < end]
        return (hit[0], hit[-1]) if hit else None

    for _ in range(500):
        a = rng.randint(-2, pos + 2)
        b = a + rng.randint(0, 15)
        assert _index(words, a, b) == slow(a, b), (a, b)


def test_word_key_cache_and_head_keys() -> None:
    heads = cues()["actor_heads"]
    assert _head_keys(heads) == {_word_key(h) for h in heads}
    spec, gen = actor_keys([{"actor": "X1", "_norm": norm("عناصر التنظيم") + " " + norm("قرية")}])
    assert spec == {"kb:X1", _word_key(norm("قرية"))}
    assert gen == {_word_key(w) for w in (norm("عناصر"), norm("التنظيم"))}
    assert _word_key(norm("والمسلحين")) == _word_key(norm("المسلحين"))


def test_phrase_starts_and_lookup_follow_the_lexicon() -> None:
    from marsad.events.lexicon import _lookup, load_lexicon, lookup, may_trigger, phrase_starts

    lex = load_lexicon()
    some_phrase_first = next(iter(lex.phrases))
    for w in [*_WORDS, some_phrase_first, "و" + some_phrase_first, norm("الطاولة")]:
        assert phrase_starts(w) == tuple(p for s, _ in stems(w) for p in lex.phrases.get(s, ()))
        assert lookup(w) == list(_lookup(w))
        assert may_trigger(w) == bool(lookup(w) or phrase_starts(w))
    assert may_trigger(some_phrase_first)
    assert may_trigger(norm("بالغارة"))
    assert not may_trigger(norm("الطاولة"))


def test_sentences_without_trigger_words_have_no_triggers() -> None:
    from marsad.events.lexicon import may_trigger
    from marsad.events.triggers import find_triggers

    sent = [norm(w) for w in "جلس الرجل على الطاولة الخشبية في البيت".split()]
    assert not any(may_trigger(w) for w in sent)
    assert find_triggers([Word(i, i + 1, w) for i, w in enumerate(sent)]) == []
    hit = [norm(w) for w in "وقصفت الطائرات البلدة".split()]
    assert find_triggers([Word(i, i + 1, w) for i, w in enumerate(hit)])


def test_key_form_filter_never_hides_a_lexicon_stem() -> None:
    """``may_be_key_form`` False ⇒ no stem of the word is a lexicon word or phrase start (generated words)."""
    from marsad.events.lexicon import _key_parts, load_lexicon, lookup, may_be_key_form, phrase_starts

    lex = load_lexicon()
    keys = sorted({*lex.words, *lex.phrases})
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    pre = ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "بال", "فلل", "ول", "وس"]
    suf = ["", "ه", "ها", "هم", "هما", "ت", "تم", "وا", "ون", "ين", "ات", "ان", "ي", "ا", "نا", "كم"]
    rng = random.Random(17)
    words: set[str] = set()
    for _ in range(6000):
        k = rng.choice(keys)
        core = rng.choice([k, k[:-1], k[1:], k[2:] if k.startswith("ال") else k, k[:-1] + rng.choice("تهاي")])
        words.add(rng.choice(pre) + core + rng.choice(suf))
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(2, 8))))
    passed = 0
    for w in words:
        found = any(s in lex.words or s in lex.phrases for s, _ in stems(w))
        if not may_be_key_form(w):
            assert not found, w
            assert lookup(w) == [] and phrase_starts(w) == ()
        else:
            passed += 1
    assert 0 < passed < len(words)
    main, _alef, _ = _key_parts()
    assert norm("هجو") in main and "" not in main


def test_items_by_sentence_equal_a_filter_per_sentence() -> None:
    from marsad.doc import Sentence
    from marsad.events.extract import _by_sentence, _within

    rng = random.Random(29)

    class Span:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    checked = 0
    for _ in range(300):
        sents: list[Sentence] = []
        pos = rng.randint(0, 3)
        for _ in range(rng.randint(0, 6)):
            end = pos + rng.randint(0, 12)
            sents.append(Sentence(pos, end))
            pos = end + rng.choice([0, 0, 1, 2])  # adjacent sentences, or a gap
        items = []
        for _ in range(rng.randint(0, 15)):
            a = rng.randint(0, pos + 2)
            items.append(Span(a, a + rng.choice([0, 0, 1, 3, 7])))  # empty items too
        got = _by_sentence(sents, items)
        if got is None:  # an empty sentence where the next one starts: not strictly in order
            assert any(b.start <= a.start for a, b in itertools.pairwise(sents))
            continue
        checked += 1
        assert got == [_within(items, s) for s in sents]
    assert checked > 200
    assert _by_sentence([Sentence(5, 9), Sentence(0, 4)], []) is None  # out of order: the caller filters
    assert _by_sentence([Sentence(0, 6), Sentence(4, 9)], []) is None  # overlapping


def plain_stems(word: str) -> tuple[tuple[str, str], ...]:
    """stems() before the faster suffix loop (the definition it must equal)."""
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(s: str, cls: str) -> None:
        if len(s) >= 2 and (s, cls) not in seen:
            seen.add((s, cls))
            out.append((s, cls))

    for conj in lexicon._CONJ:
        if not word.startswith(conj):
            continue
        w1 = word[len(conj) :]
        if len(w1) < 2:
            continue
        bases: list[tuple[str, str]] = [(w1, "*")]
        for p in lexicon._PART_N[1:]:
            if w1.startswith(p) and len(w1) > 3:
                rest = w1[1:]
                bases.append((rest, "n"))
                if p == "ل" and rest.startswith("ل"):
                    bases.append(("ال" + rest[1:], "n"))
        for p in lexicon._PART_V[1:]:
            if w1.startswith(p) and len(w1) > 3:
                bases.append((w1[1:], "v"))
        expanded: list[tuple[str, str]] = []
        for b, cls in bases:
            expanded.append((b, cls))
            if b.startswith("ال") and len(b) > 3 and cls != "v":
                expanded.append((b[2:], "n"))
        for b, cls in expanded:
            add(b, cls)
            for s, c in plain_strip_suffixes(b, cls):
                add(s, c)
    return tuple(out)


def plain_strip_suffixes(w: str, cls: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for pron in ("", *lexicon._PRON):
        if pron and not (w.endswith(pron) and len(w) - len(pron) >= 2):
            continue
        base = w[: len(w) - len(pron)] if pron else w
        if pron:
            out.append((base, cls))
            if base.endswith("ت"):
                out.append((base[:-1] + "ه", "n" if cls != "v" else cls))  # زيارته → زياره
        if cls != "n":
            for end in lexicon._VERB_END:
                if base.endswith(end) and len(base) - len(end) >= 2 and not (end == "ن" and base.endswith("وان")):
                    out.append((base[: -len(end)], "v"))
                    if end in ("وا", "ت", "ا") and base[: -len(end)].endswith("د"):
                        pass
            if pron and base.endswith("و") and len(base) >= 4 and not base.startswith("و"):
                out.append((base[:-1], "o"))  # (session 41) «وطالبوها»: «طالبوا» + «ها»
            # defective verbs: أبدت → ابدي، دعت → دعا
            if base.endswith("ت") and len(base) >= 4:
                out.append((base[:-1] + "ي", "v"))
                out.append((base[:-1] + "ا", "v"))
            if base.endswith("وا") and len(base) >= 4:
                out.append((base[:-2] + "ي", "v"))
                out.append((base[:-2] + "ا", "v"))
        if cls != "v" and not pron:
            for end in lexicon._NOUN_END:
                if base.endswith(end) and len(base) - len(end) >= 2:
                    out.append((base[: -len(end)], "n"))
                    if end == "ات":
                        out.append((base[:-2] + "ه", "n"))
                    elif end in ("ين", "ان") and base[: -len(end)].endswith("ت") and len(base) >= 5:
                        out.append((base[:-3] + "ه", "n"))  # the dual of a noun in ة: غارتين → غاره
            if base.endswith("ا") and len(base) >= 4:  # accusative tanwin alef: هجوما، وفدا
                out.append((base[:-1], "n"))
    return out


def test_stems_equal_the_plain_definition() -> None:
    rng = random.Random(31)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى"
    pre = ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "بال", "فلل", "ول", "وس", "فب"]
    suf = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني", "ت", "تم", "تما", "تن", "تا", "وا", "ون",
           "ين", "ات", "ان", "ي", "ا", "ن", "تها", "تهم", "وها"]
    keys = sorted(lexicon.load_lexicon().words)
    words = {"", "و", "وو", "لل", "الل"}
    for _ in range(5000):
        core = rng.choice(keys) if rng.random() < 0.5 else "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
        words.add(rng.choice(pre) + core + rng.choice(suf))
    for w in sorted(words):
        assert stems.fn(w) == plain_stems(w), w


def test_public_drops_private_keys_as_the_plain_recursion() -> None:
    from typing import Any

    from marsad.events.extract import _public

    def plain(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items() if not k.startswith("_")}
        if isinstance(x, list):
            return [plain(v) for v in x]
        return x

    ev = {"id": "d#0", "_conf": 0.5, "source": [{"text": "x", "_norm": "x", "n": [1, {"_a": 1, "b": (2, {"_c": 3})}]}],
          "why": {"date": None, "_k": {"x": 1}}, "tags": [[{"_z": 0, "y": [{}]}], "s"], "_sent": 3}
    assert _public(ev) == plain(ev)
    assert _public(ev)["tags"] == [[{"y": [{}]}], "s"] and "_conf" not in _public(ev)


def test_find_triggers_skips_only_words_with_no_phrase_and_no_entry() -> None:
    """``find_triggers`` looks only at words for which ``may_trigger`` holds: every other word must have
    no trigger phrase starting with it and no lexicon entry (lexicon forms, cliticised, and plain words)."""
    from marsad.events.lexicon import load_lexicon, lookup, may_trigger, phrase_starts

    lex = load_lexicon()
    forms = [*lex.words, *(k for k in lex.phrases)]
    rng = random.Random(3)
    sample = rng.sample(forms, min(300, len(forms)))
    pieces = ["و", "ف", "ب", "ال", "وال", "بال", "لل"]
    candidates = {*sample, *(p + w for p in pieces for w in sample[:60]), *(w + "ات" for w in sample[:60]), *_WORDS}
    candidates |= {norm(w) for w in "قال المصدر إن الطقس كان باردا في المدينة اليوم".split()}
    skipped = [w for w in candidates if not may_trigger(w)]
    assert skipped and len(skipped) < len(candidates)
    for w in skipped:
        assert phrase_starts(w) == () and lookup(w) == []
