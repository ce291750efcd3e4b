"""The event trigger lexicon and context cue lists (data in ``resources/events``).

``triggers.tsv`` lists trigger forms with their PLOVER type and mode; inflected
and cliticised forms are reached by rule (:func:`stems`) instead of being
listed: conjunction و/ف, prepositions ب/ل/ك, the article ال, future س, verb
subject endings and pronoun suffixes are stripped; a plural -ات may restore a
ta marbuta (غارات → غارة); present-tense forms of verbs are derived from the
past form (اعتقل → يعتقل، تعتقل).  ``cues.json`` holds the word classes used
by sense disambiguation and factuality.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import ahocorasick

from marsad.errors import ResourceError
from marsad.resources import load_json, resource_path
from marsad.text.memo import StrMemo, str_memo
from marsad.text.normalize import norm

_CONJ = ("", "و", "ف")
_PART_N = ("", "ب", "ل", "ك")
_PART_V = ("", "ل", "س")
_PRON = ("هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك")
_VERB_END = ("تما", "تم", "تن", "وا", "تا", "ون", "ين", "ت", "ا", "ن", "نا")
_NOUN_END = ("ات", "ين", "ون", "ان", "ي")


#: how many words from a trigger its needed context word may stand (a verb's line may say more: ``needs@N``)
NEEDS_REACH = 4


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon line: the forms of a trigger and what it means."""

    forms: tuple[str, ...]
    type: str
    mode: str | None
    pos: str  # v | n | p
    weight: float
    needs: frozenset[str]
    line: int
    #: how many content words after a verb its needed word may come (``needs@N`` in the file)
    reach: int = NEEDS_REACH


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Single-word index (matching form → entries) and phrase index (first word → phrases)."""

    words: dict[str, tuple[tuple[TriggerEntry, str], ...]]
    phrases: dict[str, tuple[tuple[TriggerEntry, tuple[frozenset[str], ...]], ...]]
    entries: tuple[TriggerEntry, ...]


def _present_forms(past: str) -> list[str]:
    """Written present-tense (and passive) forms derived from a past form by rule."""
    stem = past[1:] if past.startswith("ا") and len(past) >= 4 else past
    return [p + stem for p in ("ي", "ت", "ن")]


def _load_tsv() -> list[TriggerEntry]:
    path = resource_path("events", "triggers.tsv")
    out: list[TriggerEntry] = []
    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 6:
            raise ResourceError(f"[E301] triggers.tsv line {i}: expected 6 columns, got {len(cols)}")
        forms, typ, mode, pos, weight, needs = cols
        needs, _, reach = needs.partition("@")
        out.append(
            TriggerEntry(
                forms=tuple(norm(f) for f in forms.split("|") if f.strip()),
                type=typ.strip(),
                mode=None if mode.strip() in ("", "-") else mode.strip(),
                pos=pos.strip(),
                weight=float(weight),
                needs=frozenset() if needs.strip() in ("", "-") else frozenset(norm(x) for x in needs.split("|")),
                line=i,
                reach=int(reach) if reach.strip() else NEEDS_REACH,
            )
        )
    return out


@cache
def load_lexicon() -> Lexicon:
    """Load and index ``resources/events/triggers.tsv`` (cached)."""
    words: dict[str, list[tuple[TriggerEntry, str]]] = {}
    phrases: dict[str, list[tuple[TriggerEntry, tuple[frozenset[str], ...]]]] = {}
    entries = _load_tsv()
    for e in entries:
        for form in e.forms:
            parts = form.split()
            if len(parts) > 1:
                seq = tuple(frozenset(p.split("/")) for p in parts)
                for first in seq[0]:
                    phrases.setdefault(first, []).append((e, seq))
                continue
            # a verb line's first form is the past verb; later forms may be masdars (إقالة، تنديد)
            cls = "n" if e.pos != "v" else ("v" if form == e.forms[0] else "*")
            words.setdefault(form, []).append((e, cls))
            if e.pos == "v":
                for pf in _present_forms(form):
                    words.setdefault(pf, []).append((e, "v"))
    return Lexicon(
        words={k: tuple(v) for k, v in words.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        entries=tuple(entries),
    )


@cache
def _word_sets() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = load_json("events", "words.json")
    return data


def conj_in(word: str, words: frozenset[str] | set[str]) -> bool:
    """Is the normalised word, with or without a leading و/ف, one of ``words``?"""
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


def proclitic_in(word: str, words: Container[str], clitics: str) -> bool:
    """Is the normalised word one of ``words`` as written, or after one leading conjunction (و، ف) and then one
    preposition (ب، ل) among ``clitics``?  Unlike ``word.lstrip(clitics)``, a word's own first letter stays: «والي»،
    «وصل»، «بقايا»، «بوابة» are found as written."""
    if word in words:
        return True
    rest = word[1:] if word[:1] in clitics and word[:1] in ("و", "ف") else word
    if rest != word and rest in words:
        return True
    return rest[:1] in clitics and rest[:1] in ("ب", "ل") and rest[1:] in words


def verb_without_conj(word: str, lemma: str) -> str:
    """The normalised verb form without a leading conjunction «و/ف», unless that letter is the verb's own first letter
    («وصلت» of «وصل»، «فجّرت» of «فجّر»; but «ووصلت»، «ويصل» and «وطالبت» lose it)."""
    lem = norm(lemma)
    if word[:1] in ("و", "ف") and not (lem[:1] == word[:1] and word[1:2] not in (word[:1], "ي", "ت", "ن")):
        return word[1:]
    return word


def word_set(module: str, name: str) -> frozenset[str]:
    """The word set a rule module names (``resources/events/words.json``: module → constant name → forms), normalised."""
    return frozenset(norm(x) for x in _word_sets()[module][name])


#: accords and processes («اتفاق»، «اتفاقية»، «تفاهمات»، «مسار»), named after a place or a year
_ACCORDS = word_set("lexicon", "_ACCORDS")


def accord_noun(w: str) -> bool:
    """Is the normalised word an accord noun, its article and one proclitic aside («لاتفاق»، «والتفاهمات»)?"""
    w = w[2:] if w.startswith(("وال", "بال", "لل")) else w
    w = w[2:] if w.startswith("ال") else w
    return w in _ACCORDS or (w[:1] in ("ل", "ب", "و") and w[1:] in _ACCORDS)


#: indefinite duals of groups that end in «ين» but not «تين» («فصيلين»، «حزبين»); «مجموعتين»، «عائلتين» end in «تين»
_DUALS_IN_YN = word_set("lexicon", "_DUALS_IN_YN")


def indefinite_dual(w: str) -> bool:
    """Is the normalised word an indefinite dual of a group («عائلتين»، «مجموعتين»، «فصيلين»), which names both sides of
    a fight (not «الطرفين», the sides told before, nor a plural «مسلحين»)?"""
    return not w.startswith("ال") and (w in _DUALS_IN_YN or (len(w) > 5 and w.endswith("تين")))


@cache
def cues() -> dict[str, frozenset[str]]:
    """Cue word classes from ``resources/events/cues.json``, normalised."""
    data = load_json("events", "cues.json")
    out = {k: frozenset(norm(x) for x in v) for k, v in data.items() if not k.startswith("_")}
    out["actor_heads"] |= construct_plurals(out["actor_heads"])
    return out


def construct_plurals(words: frozenset[str]) -> frozenset[str]:
    """The nominative sound masculine plurals of ``words`` as they are written before a genitive, their «ن» dropped
    («منسقون» → «منسقو»: «وهدّد منسقو الحراك»، «قال مسؤولو الإدارة»).  (Not from an «ـين» form: its «ـون» form would
    match too, and «معارضون» is also an adjective: «ناشطون معارضون».)"""
    return frozenset(w[:-1] for w in words if len(w) > 5 and w.endswith("ون"))


@str_memo(262_144)
def stems(word: str) -> tuple[tuple[str, str], ...]:
    """Candidate stems of a normalised word with the word class they imply.

    Returns ``(stem, cls)`` pairs, the unstripped word first; ``cls`` is ``"n"``
    (stripping only valid for nouns), ``"v"`` (only for verbs), ``"o"`` (a plural past verb with an object
    pronoun, its alif dropped: «طالبوها» → «طالب»; read by :func:`lookup` for the verbs of some types only) or ``"*"``.
    Computed by :func:`_stems_fast`; :func:`_stems_plain` is the definition.
    """
    return _stems_fast(word)


def _stems_plain(word: str) -> tuple[tuple[str, str], ...]:
    """The definition of :func:`stems`: every conjunction, then every particle, then the article, tried in turn."""
    found: list[tuple[str, str]] = []  # in order, with repeats and one-letter stems (dropped at the end)
    for conj in _CONJ:
        if not word.startswith(conj):
            continue
        w1 = word[len(conj) :]
        if len(w1) < 2:
            continue
        bases: list[tuple[str, str]] = [(w1, "*")]
        for p in _PART_N[1:]:
            if w1.startswith(p) and len(w1) > 3:
                rest = w1[1:]
                bases.append((rest, "n"))
                if p == "ل" and rest.startswith("ل"):
                    bases.append(("ال" + rest[1:], "n"))
        for p in _PART_V[1:]:
            if w1.startswith(p) and len(w1) > 3:
                bases.append((w1[1:], "v"))
        expanded: list[tuple[str, str]] = []
        for b, cls in bases:
            expanded.append((b, cls))
            if b.startswith("ال") and len(b) > 3 and cls != "v":
                expanded.append((b[2:], "n"))
        for b, cls in expanded:
            found.append((b, cls))
            found.extend(_strip_suffixes(b, cls))
    return tuple(x for x in dict.fromkeys(found) if len(x[0]) >= 2)


def _stems_fast(word: str) -> tuple[tuple[str, str], ...]:
    """:func:`stems` without the loops over proclitics a word cannot start with (a word starts with at most one of
    و/ف, and with at most one of ب/ل/ك or ل/س after it) and with :func:`_strip_suffixes_fast`: the same pairs in the
    same order as :func:`_stems_plain`."""
    found: list[tuple[str, str]] = []
    add, extend = found.append, found.extend
    for w1 in (word, word[1:]) if word[:1] in _CONJ_LETTERS else (word,):
        if len(w1) < 2:
            continue
        bases = [(w1, "*")]
        if len(w1) > 3:
            first = w1[0]
            if first in _PART_N_LETTERS:
                rest = w1[1:]
                bases.append((rest, "n"))
                if first == "ل" and rest[:1] == "ل":
                    bases.append(("ال" + rest[1:], "n"))
            if first in _PART_V_LETTERS:
                bases.append((w1[1:], "v"))
        for b, cls in bases:
            add((b, cls))
            extend(_strip_suffixes_fast(b, cls))
            if cls != "v" and len(b) > 3 and b[:2] == "ال":
                b = b[2:]
                add((b, "n"))
                extend(_strip_suffixes_fast(b, "n"))
    return tuple(x for x in dict.fromkeys(found) if len(x[0]) >= 2)


_CONJ_LETTERS = frozenset(_CONJ[1:])
_PART_N_LETTERS = frozenset(_PART_N[1:])
_PART_V_LETTERS = frozenset(_PART_V[1:])


def _by_last(ends: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The endings grouped by their last letter, each group in the order of ``ends``."""
    out: dict[str, tuple[str, ...]] = {}
    for e in ends:
        out[e[-1]] = (*out.get(e[-1], ()), e)
    return out


# only the endings a word can have are tried (a word ends with an ending only if it ends with its
# last letter); each group keeps the order of the tuple, so the stems come out in the same order
_PRON_BY_LAST = _by_last(_PRON)
_VERB_END_BY_LAST = _by_last(_VERB_END)
_NOUN_END_BY_LAST = _by_last(_NOUN_END)


def _strip_suffixes(w: str, cls: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for pron in ("", *_PRON_BY_LAST.get(w[-1:], ())):
        if pron and not (w.endswith(pron) and len(w) - len(pron) >= 2):
            continue
        base = w[: len(w) - len(pron)] if pron else w
        if pron:
            out.append((base, cls))
            if base.endswith("ت"):
                out.append((base[:-1] + "ه", "n" if cls != "v" else cls))  # زيارته → زياره
        last = base[-1:]
        if cls != "n":
            for end in _VERB_END_BY_LAST.get(last, ()):
                if base.endswith(end) and len(base) - len(end) >= 2 and not (end == "ن" and base.endswith("وان")):
                    # (no verb ends in «وان»: «وعدوان» is «و + عدوان», not «وعدوا»)
                    out.append((base[: -len(end)], "v"))
            if pron and last == "و" and len(base) >= 4 and base[0] != "و":
                # «وطالبوها»: «طالبوا» + «ها», the plural's alif dropped before it (not after a «و» that may be the
                # verb's own letter or «و»: «وعدوه» may be «عدّوه», they counted him)
                out.append((base[:-1], "o"))
            # defective verbs: أبدت → ابدي، دعت → دعا
            if last == "ت" and len(base) >= 4:
                out.append((base[:-1] + "ي", "v"))
                out.append((base[:-1] + "ا", "v"))
            if base.endswith("وا") and len(base) >= 4:
                out.append((base[:-2] + "ي", "v"))
                out.append((base[:-2] + "ا", "v"))
        if cls != "v" and not pron:
            for end in _NOUN_END_BY_LAST.get(last, ()):
                if base.endswith(end) and len(base) - len(end) >= 2:
                    out.append((base[: -len(end)], "n"))
                    if end == "ات":
                        out.append((base[:-2] + "ه", "n"))
                    elif end in ("ين", "ان") and base[-3:-2] == "ت" and len(base) >= 5:
                        out.append((base[:-3] + "ه", "n"))  # the dual of a noun in ة: غارتين → غاره
            if last == "ا" and len(base) >= 4:  # accusative tanwin alef: هجوما، وفدا
                out.append((base[:-1], "n"))
    return out


def _strip_suffixes_fast(w: str, cls: str) -> list[tuple[str, str]]:
    """:func:`_strip_suffixes` with its tests on one-letter endings left out (a word of the group of its last letter
    ends with them) and the endings' lengths read from tables: the same pairs in the same order."""
    out: list[tuple[str, str]] = []
    add = out.append
    n = len(w)
    last = w[-1:]
    # the word itself (no pronoun suffix): verb endings, then noun endings
    if cls != "n":
        _verb_endings(add, w, n, last)
    if cls != "v":
        for end, k in _NOUN_ENDS.get(last, ()):
            if n - k >= 2 and (k == 1 or w.endswith(end)):
                add((w[: n - k], "n"))
                if end == "ات":
                    add((w[:-2] + "ه", "n"))
                elif k == 2 and w[-3:-2] == "ت" and n >= 5 and end in ("ين", "ان"):
                    add((w[:-3] + "ه", "n"))
        if last == "ا" and n >= 4:
            add((w[:-1], "n"))
    for pron, k in _PRONS.get(last, ()):
        if n - k < 2 or (k > 1 and not w.endswith(pron)):
            continue
        base = w[: n - k]
        add((base, cls))
        b_last = base[-1:]
        if b_last == "ت":
            add((base[:-1] + "ه", "v" if cls == "v" else "n"))
        if cls != "n":
            _verb_endings(add, base, n - k, b_last, pron=True)
    return out


def _verb_endings(add: Callable[[tuple[str, str]], None], base: str, nb: int, last: str, pron: bool = False) -> None:
    """The verb stems of :func:`_strip_suffixes` for one base (``nb`` letters, ending in ``last``; ``pron``: a
    pronoun suffix was stripped from it)."""
    for end, k in _VERB_ENDS.get(last, ()):
        if nb - k >= 2 and (k == 1 or base.endswith(end)) and not (k == 1 and end == "ن" and base.endswith("وان")):
            add((base[: nb - k], "v"))
    if pron and last == "و" and nb >= 4 and base[0] != "و":
        add((base[:-1], "o"))
    if nb >= 4:
        if last == "ت":
            add((base[:-1] + "ي", "v"))
            add((base[:-1] + "ا", "v"))
        if last == "ا" and base[-2] == "و":
            add((base[:-2] + "ي", "v"))
            add((base[:-2] + "ا", "v"))


def _with_lengths(groups: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[str, int], ...]]:
    return {last: tuple((e, len(e)) for e in ends) for last, ends in groups.items()}


_PRONS = _with_lengths(_PRON_BY_LAST)
_VERB_ENDS = _with_lengths(_VERB_END_BY_LAST)
_NOUN_ENDS = _with_lengths(_NOUN_END_BY_LAST)


_T = TypeVar("_T")


def _memo(fn: StrMemo[_T], word: str) -> _T:
    """``fn(word)`` of a memo table, without the exception its call raises inside for a new word (the calls
    below come mostly with words the caller has just met)."""
    found = fn.table.get(word)
    return found if found is not None else fn.miss(word)


def lookup(word: str) -> list[tuple[TriggerEntry, int]]:
    """Lexicon entries a normalised word can be a form of, with the number of characters stripped."""
    return list(_lookup(word))


# The per-word caches below depend on the lexicon, which ``load_lexicon`` loads once per process.
@cache
def _key_parts() -> tuple[frozenset[str], frozenset[str], tuple[int, ...]]:
    """What a word must contain for one of its :func:`stems` to be a lexicon key (word or phrase start).

    A stem is a piece of the word, or a piece of it with its last letter or two replaced by one
    letter (ت → ه، وا → ي), or, for a word with لل (للهجوم → الهجوم), ا followed by such a stem.
    So a key ``k`` needs ``k`` or ``k[:-1]`` in the word, or (ا-initial keys, words with لل) ``k[1:]`` or
    ``k[1:-1]``; as ``k[:-1]`` is in any word ``k`` is in (and ``k[1:-1]`` in any ``k[1:]`` is in), the
    shorter pieces suffice.  Returns those pieces (the general ones, the لل ones) and their lengths.
    """
    lex = load_lexicon()
    main: set[str] = set()
    alef: set[str] = set()
    for k in (*lex.words, *lex.phrases):
        main.add(k[:-1])
        if k.startswith("ا"):
            alef.add(k[1:-1])
    return frozenset(main), frozenset(alef), tuple(sorted({len(x) for x in main | alef}))


def _innermost(pieces: frozenset[str]) -> frozenset[str]:
    """The pieces that contain no other piece: a word contains a piece if and only if it contains one of
    these (a piece contains an innermost one, itself or a shorter piece within it)."""
    return frozenset(
        p for p in pieces
        if not any(p[i:j] in pieces for i in range(len(p)) for j in range(i, len(p) + 1) if j - i < len(p))
    )


@cache
def _key_pieces() -> tuple[tuple[frozenset[str], tuple[int, ...]], tuple[frozenset[str], tuple[int, ...]]]:
    """The innermost of the pieces of :func:`_key_parts` (:func:`_innermost`) and their lengths: of the
    general ones, and of the general and لل ones together."""
    main, alef, _ = _key_parts()
    out = []
    for pieces in (main, main | alef):
        inner = _innermost(pieces)
        out.append((inner, tuple(sorted({len(x) for x in inner}))))
    return out[0], out[1]


@cache
def _piece_finders() -> tuple[Any, Any]:
    """Aho–Corasick automata of the innermost pieces (:func:`_key_pieces`): the general ones, and the general and
    لل ones together (``None`` for an empty set of pieces)."""
    out = []
    for pieces, _ in _key_pieces():
        finder = None
        if pieces:
            finder = ahocorasick.Automaton()
            for p in pieces:
                finder.add_word(p, p)
            finder.make_automaton()
        out.append(finder)
    return out[0], out[1]


@str_memo(262_144)
def may_be_key_form(word: str) -> bool:
    """False when no stem of ``word`` (:func:`stems`) can be a lexicon key: a cheap test on the
    word's pieces that spares computing its stems (True does not mean that one is).

    The word must contain a piece of :func:`_key_parts` (a general one, or with لل in the word an
    ا one); looked for among the innermost pieces (:func:`_key_pieces`), which answer the same, with
    one automaton pass over the word (:func:`_pieces_in` is the plain definition)."""
    general, doubled = _piece_finders()
    finder = doubled if "لل" in word else general
    if finder is None:
        return False
    for _ in finder.iter(word):
        return True
    return False


def _pieces_in(word: str) -> bool:
    """The plain definition of :func:`may_be_key_form`: some innermost piece is a substring of ``word``."""
    general, doubled = _key_pieces()
    pieces, lens = doubled if "لل" in word else general
    n = len(word)
    for size in lens:
        for i in range(n - size + 1):
            if word[i : i + size] in pieces:
                return True
    return False


#: the furthest letter a stem can start at: a conjunction, a particle and the article stripped (و + ب + ال)
_STEM_START_MAX = 4


def anchored_pieces(keys: Iterable[str]) -> frozenset[str]:
    """What a word must hold, starting at one of its letters 0 … ``_STEM_START_MAX``, for one of its :func:`stems` to be
    one of ``keys`` (a necessary condition: :func:`has_anchored_piece`).

    A stem (two letters or more) is a part of the word that starts after at most one conjunction, one particle and
    the article (:func:`_stems_fast`: at letter 0 to 4), read up to a suffix — itself, or with its last letter(s)
    replaced: ت → ه/ي/ا, ات → ه, وا → ي/ا (:func:`_strip_suffixes_fast`) — or «ال» put before such a part of a word
    that starts with «لل» (after a conjunction: للهجوم → الهجوم). So a key ``k`` needs, from one of those letters on,
    ``k`` itself or ``k[:-1]`` followed by what its replaced last letter stood for (``ت``/``ات`` for ه, ``ت``/``وا``
    for ي and ا); a key «ال…» may also be ``"ل" + k[1:]`` (the word's «لل…») with the same endings.  Keys of fewer
    than two letters are no stem and need nothing."""
    pieces: set[str] = set()
    for k in keys:
        if len(k) < 2:
            continue
        for v in (k, "ل" + k[1:]) if k.startswith("ال") else (k,):
            pieces.add(v)
            if v.endswith("ه"):
                pieces.update((v[:-1] + "ت", v[:-1] + "ات"))
            elif v.endswith(("ي", "ا")):
                pieces.update((v[:-1] + "ت", v[:-1] + "وا"))
    return frozenset(pieces)


def anchor_finder(keys: Iterable[str]) -> Any:
    """An Aho–Corasick automaton of :func:`anchored_pieces` of ``keys`` (each piece's value: its length), for
    :func:`has_anchored_piece`; ``None`` when there is no piece."""
    pieces = anchored_pieces(keys)
    if not pieces:
        return None
    finder = ahocorasick.Automaton()
    for p in pieces:
        finder.add_word(p, len(p))
    finder.make_automaton()
    return finder


def has_anchored_piece(finder: Any, word: str) -> bool:
    """False when no stem of ``word`` can be one of the keys ``finder`` was made of (:func:`anchor_finder`): none of
    their pieces starts at one of the word's letters 0 … ``_STEM_START_MAX`` (one automaton pass;
    :func:`anchored_plain` is the definition)."""
    if finder is None:
        return False
    last = _STEM_START_MAX
    for end, size in finder.iter(word):
        if end - size < last:  # the piece starts at end - size + 1 <= _STEM_START_MAX
            return True
    return False


def anchored_plain(pieces: frozenset[str], word: str) -> bool:
    """The definition of :func:`has_anchored_piece`: one of ``pieces`` begins at one of the word's letters 0 … 4."""
    return any(word.startswith(p, a) for a in range(min(_STEM_START_MAX + 1, len(word))) for p in pieces)


@cache
def _anchored_finder() -> Any:
    """:func:`anchor_finder` of the lexicon's words and phrase starts (:func:`_trigger_keys`)."""
    return anchor_finder(_trigger_keys())


def _anchored_key_piece(word: str) -> bool:
    """False when no stem of ``word`` can be a lexicon word or phrase start (:func:`has_anchored_piece`): sharper than
    :func:`may_be_key_form`, which finds a piece anywhere in the word."""
    return has_anchored_piece(_anchored_finder(), word)


#: types whose verbs are not read with an object pronoun after a plural («قتلوه»، «اختطفوه»): such attack verbs name
#: a victim told before, mostly in relative clauses, quotes and figures of speech («من الذين اختطفوه»، «فهم قتلوها»
#: of an initiative; all six OEDA sentences with one are negatives, and ASSAULT CV fell 0.703 → 0.699 with them)
_NO_OBJECT_PRONOUN = frozenset({"ASSAULT"})


@str_memo(262_144)
def _lookup(word: str) -> tuple[tuple[TriggerEntry, int], ...]:
    if not _memo(may_be_key_form, word):
        return ()
    lex = load_lexicon()
    found: list[tuple[TriggerEntry, int]] = []
    seen: set[int] = set()
    for stem, cls in _memo(stems, word):
        for entry, pos in lex.words.get(stem, ()):
            if cls == "o" and (pos != "v" or entry.type in _NO_OBJECT_PRONOUN):
                continue
            if cls != "*" and pos != "*" and cls != pos and cls != "o":
                continue
            if entry.line in seen:
                continue
            seen.add(entry.line)
            found.append((entry, len(word) - len(stem)))
    if len(found) > 1:
        # the longest lemma the word holds wins over one inside it: «وتوعدت» is «توعد» (threatened), not a derived
        # «ت + وعد» (promised)
        found = [h for h in found if not any(h[0].forms[0] != o[0].forms[0] and h[0].forms[0] in o[0].forms[0]
                                             and o[0].forms[0] in word for o in found)]
    return tuple(found)


@str_memo(262_144)
def phrase_starts(word: str) -> tuple[tuple[TriggerEntry, tuple[frozenset[str], ...]], ...]:
    """The lexicon phrases a normalised word can begin (through any of its stems, in stem order)."""
    if not _memo(may_be_key_form, word):
        return ()
    lex = load_lexicon()
    return tuple(p for s, _ in _memo(stems, word) for p in lex.phrases.get(s, ()))


def may_trigger(word: str) -> bool:
    """True when a normalised word is a trigger form or can begin a trigger phrase."""
    found = _MAY_TRIGGER.get(word)
    if found is None:
        found = _may_trigger.miss(word)
    return found


@str_memo(262_144)
def _may_trigger(word: str) -> bool:
    """:func:`_may_trigger_plain`, answering at once for a word no stem of which is a lexicon word or phrase start
    (most words: then :func:`_lookup` and :func:`phrase_starts` both find nothing).  The stems are computed only
    for a word with a key's piece near its start (:func:`_anchored_key_piece`: about one in five of the words
    :func:`may_be_key_form` lets through; asked first, it spares that test for the others)."""
    if not _anchored_key_piece(word):
        return False
    if not _memo(may_be_key_form, word):
        return False
    if _trigger_keys().isdisjoint([s for s, _ in _memo(stems, word)]):
        return False
    return bool(_memo(_lookup, word)) or bool(_memo(phrase_starts, word))


def _may_trigger_plain(word: str) -> bool:
    """The definition of :func:`may_trigger`: a lexicon entry or a phrase start for the word."""
    return bool(_lookup.fn(word)) or bool(phrase_starts.fn(word))


@cache
def _trigger_keys() -> frozenset[str]:
    """The lexicon's words and the first words of its phrases."""
    lex = load_lexicon()
    return frozenset(lex.words) | frozenset(lex.phrases)


_MAY_TRIGGER = _may_trigger.table


@str_memo(262_144)
def stem_forms(word: str) -> tuple[str, ...]:
    """The distinct candidate stems of a normalised word (:func:`stems` without the word classes).

    A tuple of strings, not a set: the garbage collector stops tracking it, and stems are few.
    """
    return tuple(dict.fromkeys(s for s, _ in _memo(stems, word)))


_STEM_FORMS = stem_forms.table


def matches_form(word: str, alternatives: frozenset[str]) -> bool:
    """True when a normalised word is (a cliticised/inflected form of) one of ``alternatives``
    (:func:`_matches_form_plain`).  The stems of a word not met yet are computed only when a piece of one of the
    alternatives starts near its beginning (:func:`has_anchored_piece`): otherwise no stem is one of them."""
    forms = _STEM_FORMS.get(word)
    if forms is None:
        if not has_anchored_piece(_vocab_finder(alternatives), word):
            return False
        forms = stem_forms.miss(word)
    return not alternatives.isdisjoint(forms)


def _matches_form_plain(word: str, alternatives: frozenset[str]) -> bool:
    """The definition of :func:`matches_form`: some stem of the word is one of ``alternatives``."""
    return not alternatives.isdisjoint(stem_forms.fn(word))


#: per vocabulary, its :func:`anchor_finder` (vocabularies are few: the cue lists and the phrases' word alternatives)
_VOCAB_FINDERS: dict[frozenset[str], Any] = {}
_VOCAB_FINDERS_MAX = 8192
_NOT_MADE = object()


def _vocab_finder(vocab: frozenset[str]) -> Any:
    """:func:`anchor_finder` of ``vocab``, made once per vocabulary."""
    found = _VOCAB_FINDERS.get(vocab, _NOT_MADE)
    if found is _NOT_MADE:
        if len(_VOCAB_FINDERS) >= _VOCAB_FINDERS_MAX:
            _VOCAB_FINDERS.clear()
        found = _VOCAB_FINDERS[vocab] = anchor_finder(vocab)
    return found
