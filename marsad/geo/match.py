"""Find place-name expressions in a text: longest match over normalised, clitic-aware tokens.

This is the geocoder's own finder (so geocoding does not depend on the NER stages): every
token sequence whose matching form is a gazetteer name becomes a ``NameMatch``, after stripping
the proclitics و ف (conjunctions) and ب ل ك (prepositions) from its first token ("وببيلا" →
"ببيلا", "للغوطة" → "الغوطة").  The words just before a name are read as context: a type word
("مخيم", "بلدة", "محافظة"), a direction or "near" word ("غرب", "محيط", "بالقرب من"), or "ريف"
with its adjective ("ريف حماة الشمالي").  Words that make the name part of an outlet or unit
name ("قناة الميادين", "لواء …") cancel the match; a name that is also a common word
("الباب", "الميدان", "التضامن") without a type word is flagged ``ambiguous``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.resources import load_json
from marsad.text.memo import StrMemo
from marsad.text.normalize import norm, skip_letters
from marsad.text.tokenize import tokenize

MAX_NAME_TOKENS = 6
_QUOTES = set("\"'“”«»‘’„")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Context words (normalised) from ``resources/kb/places_context.json``."""

    type_words: dict[str, tuple[str, ...]]
    directions: frozenset[str]
    direction_pairs: frozenset[str]
    near: frozenset[str]
    near_first: frozenset[str]
    reverse_heads: dict[str, str]
    reverse_adjectives: frozenset[str]
    distance_words: frozenset[str]
    distance_preps: frozenset[str]
    distance_units: frozenset[str]
    rif: frozenset[str]
    rif_adjectives: frozenset[str]
    not_before: frozenset[str]
    not_after: frozenset[str]
    conj: tuple[str, ...]
    prep: tuple[str, ...]
    ambiguous: frozenset[str]
    generic_heads: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The bundled context lexicon."""
    d = load_json("kb", "places_context.json")

    def s(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in d.get(key, []))

    return Lexicon(
        type_words={norm(k): tuple(v) for k, v in d["type_words"].items()},
        directions=s("directions"),
        direction_pairs=s("direction_pairs"),
        near=s("near"),
        near_first=frozenset(w.split()[0] for w in s("near") if " " in w),
        reverse_heads={norm(k): v for k, v in d["reverse_heads"].items()},
        reverse_adjectives=s("reverse_adjectives"),
        distance_words=s("distance_words"),
        distance_preps=s("distance_preps"),
        distance_units=s("distance_units"),
        rif=s("rif"),
        rif_adjectives=s("rif_adjectives"),
        not_before=s("not_place_before"),
        not_after=s("not_place_after"),
        conj=tuple(norm(w) for w in d["proclitics_conj"]),
        prep=tuple(norm(w) for w in d["proclitics_prep"]),
        ambiguous=s("ambiguous_words"),
        generic_heads=s("generic_heads"),
    )


@dataclass(slots=True)
class Tok:
    """A token with its matching form."""

    start: int
    end: int
    norm: str
    kind: str


@dataclass(slots=True)
class NameMatch:
    """A gazetteer name found in the text, with the context words before/after it.

    ``start``/``end`` cover the whole expression (modifier + type word + name + adjective);
    ``name_start``/``name_end`` the name itself (without its proclitics).
    """

    start: int
    end: int
    name_start: int
    name_end: int
    key: str
    tok_start: int
    tok_end: int
    type_hint: tuple[str, ...] = ()
    type_word: str | None = None
    modifier: str | None = None  # direction | near | rif | None
    modifier_word: str | None = None
    adjective: str | None = None
    attrs: dict[str, object] = field(default_factory=dict)


def tokens_of(text: str) -> list[Tok]:
    """Tokens of ``text`` with their matching forms."""
    return [Tok(s, e, norm(text[s:e]), k) for s, e, k in tokenize(text)]


def strip_variants(word: str, lex: Lexicon | None = None) -> list[tuple[str, int]]:
    """Readings of a word without its proclitics, as (form, number of source letters stripped).

    The word itself comes first; "و"/"ف" then "ب"/"ل"/"ك" may be stripped, and "لل…" reads as
    "ل" + "ال…".  A reading keeps at least two letters.
    """
    lex = lex or lexicon()
    return list(_strip_variants(word, lex.conj, lex.prep))


#: remembered readings, per (conjunctions, prepositions) of a lexicon, per word
_VARIANTS: dict[tuple[tuple[str, ...], tuple[str, ...]], StrMemo[tuple[tuple[str, int], ...]]] = {}


def _strip_variants(word: str, conj: tuple[str, ...], prep: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """``strip_variants`` for given proclitic lists (remembered: words repeat)."""
    return _variants_memo(conj, prep)(word)


def _variants_memo(conj: tuple[str, ...], prep: tuple[str, ...]) -> StrMemo[tuple[tuple[str, int], ...]]:
    """The memo table of :func:`_readings` for given proclitic lists."""
    memo = _VARIANTS.get((conj, prep))
    if memo is None:
        memo = _VARIANTS[(conj, prep)] = StrMemo(lambda w: _readings(w, conj, prep), 65_536)
    return memo


#: per (conjunctions, prepositions, name prefixes): the readings of a word that start a name (most: none)
_STARTS: dict[
    tuple[tuple[str, ...], tuple[str, ...], frozenset[str]], StrMemo[tuple[tuple[str, int], ...]]
] = {}


def _starts_memo(
    conj: tuple[str, ...], prep: tuple[str, ...], prefixes: frozenset[str]
) -> StrMemo[tuple[tuple[str, int], ...]]:
    """The memo table of a word's readings (:func:`_readings`) that are in ``prefixes``."""
    key = (conj, prep, prefixes)  # a frozenset keeps its hash: the look-up is cheap
    memo = _STARTS.get(key)
    if memo is None:
        readings = _variants_memo(conj, prep)
        known, miss = readings.table.get, readings.miss

        def starts(w: str) -> tuple[tuple[str, int], ...]:
            # (the readings read from their table first: calling the memo raises and catches a KeyError for a new word)
            found = known(w)
            return tuple(v for v in (found if found is not None else miss(w)) if v[0] in prefixes)

        memo = _STARTS[key] = StrMemo(starts, 65_536)
    return memo


def _readings(word: str, conj: tuple[str, ...], prep: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    out = [(word, 0)]
    stems = [(word, 0)]
    if len(word) > 3 and word[0] in conj:
        stems.append((word[1:], 1))
        out.append((word[1:], 1))
    for w, k in list(stems):
        if len(w) > 3 and w[0] in prep:
            out.append((w[1:], k + 1))
            if w.startswith("لل") and len(w) > 3:
                out.append(("ال" + w[2:], k + 1))
    return tuple((w, k) for w, k in out if len(w) >= 2)


def name_prefixes(keys: Collection[str]) -> frozenset[str]:
    """Every word-prefix of the names in ``keys`` ("دير", "دير الزور" for "دير الزور"), for :func:`find_names`."""
    out: set[str] = set()
    for key in keys:
        parts = key.split(" ")
        out.update(" ".join(parts[:n]) for n in range(1, len(parts) + 1))
    return frozenset(out)


def _prev_word(toks: list[Tok], i: int) -> int | None:
    """Index of the word before token ``i``, skipping quote marks; ``None`` at a boundary."""
    j = i - 1
    while j >= 0 and toks[j].kind != "word":
        if toks[j].end - toks[j].start == 1 and toks[j].norm in _QUOTES:
            j -= 1
            continue
        return None
    return j if j >= 0 else None


def _next_word(toks: list[Tok], i: int) -> int | None:
    j = i + 1
    while j < len(toks) and toks[j].kind != "word":
        if toks[j].end - toks[j].start == 1 and toks[j].norm in _QUOTES:
            j += 1
            continue
        return None
    return j if j < len(toks) else None


def _bare(word: str, lex: Lexicon, vocab: Collection[str]) -> str | None:
    """The context word ``word`` is, without its proclitics ("لحي" → "حي", "وبريف" → "ريف")."""
    if word in vocab:
        return word
    w = word[1:] if word[:1] in lex.conj and len(word) > 2 else word
    for form in (w, w[1:] if w[:1] in lex.prep and len(w) > 2 else w):
        if form in vocab:
            return form
        if form.startswith("لل") and "ال" + form[2:] in vocab:
            return "ال" + form[2:]
    return None


def find_names(
    text: str,
    keys: set[str],
    *,
    lex: Lexicon | None = None,
    short_ok: set[str] | None = None,
    prefixes: Collection[str] | None = None,
    tokens: list[Any] | None = None,
) -> list[NameMatch]:
    """Longest gazetteer-name matches in ``text`` (``keys``: normalised names), left to right.

    Args:
        text: the text.
        keys: the normalised names to find.
        lex: the context lexicon (default: the bundled one).
        short_ok: three-letter names that may be read after stripping a proclitic ("بحلب");
            ``None`` allows all.  Others are too often a clitic plus a word ("بصدد", "ورقة").
        prefixes: ``name_prefixes(keys)``, if the caller keeps it: a phrase that is no name's
            prefix stops the search for longer names there (same result, less work).
        tokens: the tokens of ``text`` with their matching forms (objects with ``start``, ``end``,
            ``norm`` and ``kind``, as :func:`tokens_of` makes them), when the caller has them already
            (the tokenizer stage's ``doc.tokens``).
    """
    lex = lex or lexicon()
    conj, prep = lex.conj, lex.prep
    toks: list[Tok] = tokens_of(text) if tokens is None else tokens
    out: list[NameMatch] = []
    memo = _variants_memo(conj, prep)
    if isinstance(prefixes, frozenset):
        # only the words with a reading that starts a name are looked at (about one in ten)
        starts = _starts_memo(conj, prep, prefixes)
        known = starts.table
        at: Iterable[int] = [
            i for i, t in enumerate(toks) if t.kind == "word" and (t.norm not in known or known[t.norm])
        ]
        variants_of = known.get
        miss = starts.miss
    else:
        at = range(len(toks))
        variants_of = memo.table.get
        miss = memo.miss
    n_toks = len(toks)
    i = 0  # the next token not inside a name found
    for i0 in at:
        if i0 < i:
            continue
        i = i0
        if toks[i].kind != "word":
            i += 1
            continue
        best: tuple[int, str, int] | None = None  # (end token, key, stripped letters)
        variants = variants_of(toks[i].norm)
        if variants is None:
            variants = miss(toks[i].norm)
        for form, k in variants:
            if prefixes is not None and form not in prefixes:
                continue  # no name starts with this word
            key = form  # the words i..j joined by spaces
            for j in range(i, min(n_toks, i + MAX_NAME_TOKENS)):
                if j > i:
                    tj = toks[j]
                    if tj.kind != "word" and tj.kind != "number":
                        break
                    key = key + " " + tj.norm
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
        src_start = toks[i].start + skip_letters(text, toks[i].start, k)
        m = NameMatch(
            start=src_start, end=toks[j].end, name_start=src_start, name_end=toks[j].end,
            key=key, tok_start=i, tok_end=j + 1,
        )  # fmt: skip
        if not _blocked(toks, m, k, lex):
            _context(text, toks, m, k, lex)
            if m.start < m.name_start and any(c in _QUOTES for c in text[m.start : m.name_start]):
                nxt = j + 1  # close the quotes opened between the type word and the name
                if nxt < len(toks) and toks[nxt].norm in _QUOTES and toks[nxt].start == m.end:
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


def _blocked(toks: list[Tok], m: NameMatch, stripped: int, lex: Lexicon) -> bool:
    if stripped:
        return False
    p = _prev_word(toks, m.tok_start)
    if p is not None and _bare(toks[p].norm, lex, lex.not_before) and toks[m.tok_start].norm not in lex.type_words:
        # (a name that begins with its own type word is a place after any word: «تجمع مخيمات أطمة» is a cluster of
        # camps, while «تجمع أحرار حوران» is a faction)
        return True
    n = _next_word(toks, m.tok_end - 1)
    return n is not None and toks[n].norm in lex.not_after


def _context(text: str, toks: list[Tok], m: NameMatch, stripped: int, lex: Lexicon) -> None:
    """Read type word / modifier before the name and a "ريف" adjective after it."""
    i = m.tok_start
    lam = _has_lam(toks[i].norm, stripped)  # "لحلب": a reverse construction may precede
    if not stripped:
        p = _prev_word(toks, i)
        if p is not None:
            tw = _bare(toks[p].norm, lex, lex.type_words)
            if tw is not None:
                m.type_word, m.type_hint = tw, lex.type_words[tw]
                m.start = _after_clitics(text, toks[p], tw)
                lam = _has_lam(toks[p].norm, len(toks[p].norm) - len(tw))
                i = p
    p = _prev_word(toks, i)
    if p is None:
        return
    if lam:  # "الريف الشمالي لحلب", "الأطراف الشرقية لمدينة دوما"
        _reverse(toks, m, p, lex)
        return
    if stripped:  # "وبيلدا": the clitic belongs to the name's word; nothing before is its context
        return
    w = toks[p].norm
    q = _prev_word(toks, p)
    first = (
        (_bare(toks[q].norm, lex, lex.directions) or _bare(toks[q].norm, lex, lex.near_first))
        if q is not None
        else None
    )
    if q is not None and first and f"{first} {w}" in lex.direction_pairs:
        m.modifier, m.modifier_word = "direction", f"{first} {w}"
        m.start = _after_clitics(text, toks[q], first)
    elif q is not None and first and f"{first} {w}" in lex.near:
        m.modifier, m.modifier_word = "near", f"{first} {w}"
        m.start = _after_clitics(text, toks[q], first)
    elif w in lex.distance_preps and _distance_before(toks, p, lex) is not None:
        d = _distance_before(toks, p, lex)
        assert d is not None
        m.modifier, m.modifier_word, m.start = "near", "distance", toks[d].start
    else:
        for kind, vocab in (("direction", lex.directions), ("near", lex.near), ("rif", lex.rif)):
            form = _bare(w, lex, vocab)
            if form:
                m.modifier, m.modifier_word = kind, form
                m.start = _after_clitics(text, toks[p], form)
                break
    if m.modifier == "rif" or m.key.startswith("ريف "):
        _rif_adjective(toks, m, lex)


def _has_lam(word: str, stripped: int) -> bool:
    """Whether the first ``stripped`` letters of ``word`` hold the preposition ل ("لحلب", "ولمدينة")."""
    return stripped > 0 and "ل" in word[:stripped]


def _reverse(toks: list[Tok], m: NameMatch, p: int, lex: Lexicon) -> None:
    """ "<الريف|الأطراف…> [adjective] لـX": the countryside or the outskirts of X."""
    head, adj = p, None
    if toks[p].norm in lex.reverse_adjectives:
        q = _prev_word(toks, p)
        if q is None:
            return
        head, adj = q, toks[p].norm
    w = toks[head].norm
    w = w[1:] if w[:1] in lex.conj and w[1:] in lex.reverse_heads else w
    kind = lex.reverse_heads.get(w)
    if kind is None:
        return
    m.modifier, m.modifier_word, m.adjective = kind, w, adj
    m.start = toks[head].start + (1 if toks[head].norm != w else 0)


def _distance_before(toks: list[Tok], p: int, lex: Lexicon) -> int | None:
    """Index of "على بعد" / "تبعد" opening "… N كم من X" within five words before ``p``."""
    j, seen = p - 1, 0
    while j >= 0 and seen < 5:
        if toks[j].kind == "word":
            seen += 1
            if _bare(toks[j].norm, lex, lex.distance_words):
                if not any(t.kind == "number" or t.norm in lex.distance_units for t in toks[j + 1 : p]):
                    return None  # «بعد قصف شاحنات … من العراق»: "after", not a distance
                k = _prev_word(toks, j)
                return k if k is not None and toks[k].norm == "علي" else j
        elif toks[j].kind not in {"number"}:
            return None
        j -= 1
    return None


def _after_clitics(text: str, tok: Tok, form: str) -> int:
    """Source offset where ``form`` (the token without its proclitics) starts inside ``tok``."""
    k = len(tok.norm) - len(form) if tok.norm.endswith(form) else 1
    return tok.start + skip_letters(text, tok.start, k) if k > 0 else tok.start


def _rif_adjective(toks: list[Tok], m: NameMatch, lex: Lexicon) -> None:
    n = _next_word(toks, m.tok_end - 1)
    if n is None:
        return
    n2 = _next_word(toks, n)
    if n2 is not None and f"{toks[n].norm} {toks[n2].norm}" in lex.rif_adjectives:
        m.adjective, m.end = f"{toks[n].norm} {toks[n2].norm}", toks[n2].end
    elif toks[n].norm in lex.rif_adjectives:
        m.adjective, m.end = toks[n].norm, toks[n].end
