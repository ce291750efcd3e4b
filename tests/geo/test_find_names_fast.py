"""``find_names`` with the names' word prefixes stops early and finds exactly what the full search finds."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict

from marsad.geo import match
from marsad.geo.match import find_names, name_prefixes, strip_variants
from marsad.geo.resolve import Geocoder

_TEXTS = [
    "قصفت الطائرات ريف دير الزور الشرقي وبلدة معرة النعمان جنوبي إدلب",
    "وصل الوفد إلى دمشق قادماً من بيروت، ثم زار حلب وحمص واللاذقية",
    "اشتباكات في حي الشيخ مقصود بمدينة حلب وقرب مطار القامشلي",
    "لدير الزور وللرقة والحسكة: قرارات جديدة في رأس العين وتل أبيض",
]


def test_name_prefixes_are_word_prefixes() -> None:
    assert name_prefixes({"دير الزور", "حلب"}) == {"دير", "دير الزور", "حلب"}


def test_find_names_with_prefixes_equals_the_full_search() -> None:
    g = Geocoder()
    keys = g.index.name_keys()
    prefixes = name_prefixes(keys)
    found_any = False
    for text in _TEXTS:
        slow = [asdict(m) for m in find_names(text, keys)]
        fast = [asdict(m) for m in find_names(text, keys, prefixes=prefixes)]
        assert fast == slow
        found_any = found_any or bool(fast)
    assert found_any


def test_strip_variants_cached_copy() -> None:
    first = strip_variants("وبحلب")
    first.append(("x", 9))  # callers get their own list
    assert strip_variants("وبحلب") == [("وبحلب", 0), ("بحلب", 1), ("حلب", 2)]


def plain_find_names(
    text: str,
    keys: set[str],
    *,
    lex: match.Lexicon | None = None,
    short_ok: set[str] | None = None,
    prefixes: Collection[str] | None = None,
) -> list[match.NameMatch]:
    """find_names before the fast path (the definition the fast one must equal)."""
    lex = lex or match.lexicon()
    conj, prep = lex.conj, lex.prep
    toks = match.tokens_of(text)
    out: list[match.NameMatch] = []
    i = 0
    while i < len(toks):
        if toks[i].kind != "word":
            i += 1
            continue
        best: tuple[int, str, int] | None = None  # (end token, key, stripped letters)
        for form, k in match._strip_variants(toks[i].norm, conj, prep):
            parts = [form]
            for j in range(i, min(len(toks), i + match.MAX_NAME_TOKENS)):
                if j > i:
                    if toks[j].kind not in {"word", "number"}:
                        break
                    parts.append(toks[j].norm)
                key = " ".join(parts)
                if prefixes is not None and key not in prefixes:
                    break  # no longer name starts with these words
                if key in keys and (best is None or j > best[0] or (j == best[0] and k < best[2])):
                    best = (j, key, k)
        if best is None:
            i += 1
            continue
        j, key, k = best
        if key in lex.generic_heads:  # "تل" of an unknown "تل ملح": neither word is a place
            i = j + 2
            continue
        # "بين" and other stripped readings of a plain word: a stripped reading must not leave a
        # one-token name shorter than 3 letters ("بين" → "ين", "وتل" → "تل"); "بحلب" → "حلب" is fine
        if (
            k
            and j == i
            and (len(key) < 3 or (len(key) == 3 and short_ok is not None and key not in short_ok))
        ):
            i += 1
            continue
        src_start = toks[i].start + match.skip_letters(text, toks[i].start, k)
        m = match.NameMatch(
            start=src_start, end=toks[j].end, name_start=src_start, name_end=toks[j].end,
            key=key, tok_start=i, tok_end=j + 1,
        )  # fmt: skip
        if not match._blocked(toks, m, k, lex):
            match._context(text, toks, m, k, lex)
            if m.start < m.name_start and any(c in match._QUOTES for c in text[m.start : m.name_start]):
                nxt = j + 1  # close the quotes opened between the type word and the name
                if nxt < len(toks) and toks[nxt].norm in match._QUOTES and toks[nxt].start == m.end:
                    m.end = toks[nxt].end
            if m.key in lex.ambiguous:
                m.attrs["ambiguous"] = True  # a common word too: kept only with support (resolver)
            if k:
                m.attrs["clitic"] = (
                    toks[i].norm[: len(toks[i].norm) - len(key.split()[0])] or toks[i].norm[:k]
                )
            out.append(m)
        i = j + 1
    return out


def test_find_names_equals_the_plain_loop() -> None:
    g = Geocoder()
    keys = g.index.name_keys()
    prefixes = name_prefixes(keys)
    texts = [*_TEXTS, "، «حلب» - ودمشق 12 وريف حماة الشمالي والبلدة القديمة في حمص ومخيم اليرموك جنوب دمشق."]
    found = 0
    for text in texts:
        for short_ok in (None, {"حلب"}):
            for pre in (None, prefixes):
                fast = [asdict(m) for m in find_names(text, keys, short_ok=short_ok, prefixes=pre)]
                slow = [asdict(m) for m in plain_find_names(text, keys, short_ok=short_ok, prefixes=pre)]
                assert fast == slow
                found += len(fast)
    assert found > 20


def test_find_names_with_the_tokenizer_stage_tokens() -> None:
    from marsad.doc import Document
    from marsad.stages.tokenizer import Tokenizer

    g = Geocoder()
    keys = g.index.name_keys()
    prefixes = name_prefixes(keys)
    found = 0
    for text in [*_TEXTS, "«حلب» - ودمشق 12 وريف حماة الشمالي، وللاذقية ولدير الزور"]:
        doc = Tokenizer()(Document(id="t", text=text))
        want = [asdict(m) for m in find_names(text, keys, prefixes=prefixes)]
        assert [asdict(m) for m in find_names(text, keys, prefixes=prefixes, tokens=doc.tokens)] == want
        found += len(want)
        places = [(p.start, p.end, p.place_id) for p in g.find_places(text)]
        g2 = Geocoder()  # nothing remembered from the call above
        assert [(p.start, p.end, p.place_id) for p in g2.find_places(text, tokens=doc.tokens)] == places
    assert found > 10


def test_find_names_looking_only_at_words_that_start_a_name_equals_the_full_scan() -> None:
    """With the prefixes as a frozenset, only words having a reading that starts a name are looked at; the
    matches equal those of the token-by-token scan (prefixes as a plain set) and of the search without them."""
    import random

    g = Geocoder()
    keys = g.index.name_keys()
    prefixes = name_prefixes(keys)
    words = [*" ".join(_TEXTS).split(), "تل", "ملح", "دير", "مخيم", "مدينة", "غرب", "الريف", "الشمالي", "لحلب",
             "وبيلدا", "بين", "«", "»", "10", "كم", "من", "على", "بعد", "قناة", "الميادين"]
    rng = random.Random(17)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    found = 0
    for text in texts + _TEXTS:
        fast = [asdict(m) for m in find_names(text, keys, prefixes=prefixes, short_ok=g._short_ok)]
        scan = [asdict(m) for m in find_names(text, keys, prefixes=set(prefixes), short_ok=g._short_ok)]
        full = [asdict(m) for m in find_names(text, keys, short_ok=g._short_ok)]
        assert fast == scan == full, text
        found += len(fast)
    assert found > 300
