"""CRF features for named-entity tagging: a token window in, a feature dict out.

Everything here is pure: the same words (and lexicon) always give the same
features, and nothing is read from disk except the bundled cue list loaded by
:func:`load_cue_lexicon` (cached).

Per token the features are: the matching form (``marsad.text.normalize.norm``),
prefixes and suffixes, a clitic-stripped stem (host segment of
``marsad.text.clitics.segment``, then the article ال removed), the shape
(digits, Latin, punctuation, length), the article flag, the words and stems of
neighbours in a ``±window`` and two word bigrams, and lexicon membership:
hand-written cue words (person titles, place and organisation cue nouns,
speech verbs — ``resources/ner/cues.json``) and names (countries, cities,
first names, plus any names injected by the caller, e.g. from marsad's KB),
matched over whole token sequences so that a two-word name marks both tokens
(``lex=LOC:B`` / ``lex=LOC:I``).  Word clusters and word vectors
(:mod:`marsad.ner.clusters`) add the distributional view: cluster ids as strings, and the
vectors of the token and its ±1 neighbours as real-valued attributes (:meth:`Featurizer.items`).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, TypeVar, cast

from marsad.errors import MarsadError
from marsad.resources import load_json, resource_path
from marsad.text.clitics import read_freq, segment
from marsad.text.memo import StrMemo, str_memo
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

#: One token's features: crfsuite attribute strings, ``name:value`` or a bare ``name`` (weight 1).
Features = list[str]
#: One token's attributes for crfsuite: its feature strings, or with real-valued features a dict
#: ``{name: value}`` (see :meth:`Featurizer.items`).
TokenItem = Features | dict[str, float]

#: Proclitic strings tried (longest first) when looking a word up without its clitics.
#: ``لل`` is ل + ال with the alef dropped, so the article is put back.
_PROCLITICS: tuple[tuple[str, str], ...] = (
    ("وبال", "ال"),
    ("وكال", "ال"),
    ("فبال", "ال"),
    ("وال", "ال"),
    ("فال", "ال"),
    ("بال", "ال"),
    ("كال", "ال"),
    ("ولل", "ال"),
    ("فلل", "ال"),
    ("لل", "ال"),
    ("وب", ""),
    ("ول", ""),
    ("وك", ""),
    ("فب", ""),
    ("فل", ""),
    ("و", ""),
    ("ف", ""),
    ("ب", ""),
    ("ل", ""),
    ("ك", ""),
)

#: Lexicon classes that are cue words (they describe the context, not the name itself).
_CUE_LISTS = {
    "person_titles": "title",
    "speech_verbs": "speech",
    "location_cues": "loc_cue",
    "org_cues": "org_cue",
    "misc_cues": "misc_cue",
}
#: Lexicon classes that are names.
_NAME_LISTS = {
    "countries": "LOC",
    "cities": "LOC",
    "first_names": "first",
    "currencies": "currency",
    "organisations": "org_name",
    "misc_names": "misc_name",
}

T = TypeVar("T")

_MIN_HOST = 2  # a stripped form must keep at least this many letters
#: :data:`_PROCLITICS` by their first letter, in their order (only those can start a word)
_PROCLITICS_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {
    c: tuple(p for p in _PROCLITICS if p[0][0] == c) for c in dict.fromkeys(p[0][0] for p in _PROCLITICS)
}


@str_memo(200_000)
def variants(n: str) -> tuple[str, ...]:
    """The normalised word ``n``, its forms without leading clitics (و ف ب ل ك، وال، لل …) and without a final tanween alef.

    Cached (a profile of the CRF stage showed it as the top cost): the result is an immutable tuple.
    """
    out = [n]
    for pre, put_back in _PROCLITICS_BY_FIRST.get(n[:1], ()):
        if n.startswith(pre) and len(n) - len(pre) >= _MIN_HOST:
            rest = put_back + n[len(pre) :]
            if rest not in out:
                out.append(rest)
    if len(n) > 4 and n.endswith("ا") and n[:-1] not in out:
        out.append(n[:-1])  # accusative tanween alef: دولارا → دولار
    return tuple(out)


@str_memo(200_000)
def strip_article(n: str) -> str:
    """``n`` without a leading clitic + ال (``والحكومة`` → ``حكومه``), or ``n`` itself."""
    for v in _remembered(variants, n):
        if v.startswith("ال") and len(v) - 2 >= _MIN_HOST:
            return v[2:]
    return n


_NO_MARKS: frozenset[str] = frozenset()
_UNSEEN = object()


@dataclass(frozen=True)
class Lexicon:
    """Phrase lists for membership features: normalised phrase → classes.

    Build it with :meth:`from_lists`; phrases are normalised with ``norm`` and
    matched token by token, the first token also without its proclitics.
    """

    phrases: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    max_len: int = 1

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]]) -> Lexicon:
        """A lexicon from ``{class: [phrase, …]}``."""
        table: dict[tuple[str, ...], set[str]] = {}
        for cls_name, phrases in lists.items():
            for phrase in phrases:
                key = tuple(norm(phrase).split())
                if key:
                    table.setdefault(key, set()).add(cls_name)
        max_len = max((len(k) for k in table), default=1)
        return cls({k: frozenset(v) for k, v in table.items()}, max_len)

    def merged(self, other: Lexicon) -> Lexicon:
        """A lexicon holding the phrases of both."""
        table: dict[tuple[str, ...], frozenset[str]] = dict(self.phrases)
        for k, v in other.phrases.items():
            table[k] = table.get(k, frozenset()) | v
        return Lexicon(table, max(self.max_len, other.max_len))

    def __len__(self) -> int:
        return len(self.phrases)

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[0], set()).add(len(key))
        object.__setattr__(self, "_lengths", {k: frozenset(v) for k, v in lengths.items()})
        object.__setattr__(self, "_starts", {})
        object.__setattr__(self, "_plans", {})
        object.__setattr__(self, "_tails", None)

    _MAX_STARTS = 200_000

    def _start(self, n: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
        """The forms of a token (:func:`variants`) and the lengths (longest first) of the phrases
        that may start with one of them; ``None`` when none may (remembered per token)."""
        starts: dict[str, tuple[tuple[str, ...], tuple[int, ...]] | None] = self._starts  # type: ignore[attr-defined]
        # (read with a default, not ``starts[n]``: :meth:`_plan` asks only for tokens it has not planned yet, which are
        # mostly not here either, and a missing key raised and caught a KeyError each time)
        got = starts.get(n, _UNSEEN)
        if got is not _UNSEEN:
            return got  # type: ignore[return-value]
        by_first: Mapping[str, frozenset[int]] = self._lengths  # type: ignore[attr-defined]
        firsts = _remembered(variants, n)
        found = [by_first[v] for v in firsts if v in by_first]
        out = (firsts, tuple(sorted(frozenset().union(*found), reverse=True))) if found else None
        if len(starts) >= self._MAX_STARTS:
            starts.clear()
        starts[n] = out
        return out

    def _plan(self, n: str) -> tuple[tuple[int, dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]],
                                           frozenset[str] | None], ...] | None:
        """What :meth:`match` tries at a token ``n`` (remembered per token): per length of the phrases that may start
        there (longest first), ``{tail: (B marks, I marks)}`` over the words after the first, each tail with the
        classes of the first form of ``n`` (:func:`variants`) whose phrase has that tail, the marks in the order of
        the classes, and the words the tails begin with (``None`` for length 1: the empty tail); ``None`` when no
        phrase may start at ``n`` (:meth:`_start`)."""
        plans: dict[str, Any] = self._plans  # type: ignore[attr-defined]
        hit = self._start(n)
        if hit is None:
            out = None
        else:
            tails: dict[str, dict[int, list[tuple[tuple[str, ...], frozenset[str]]]]] = self._tails  # type: ignore[attr-defined]
            if tails is None:
                tails = {}
                for key, classes in self.phrases.items():
                    tails.setdefault(key[0], {}).setdefault(len(key), []).append((key[1:], classes))
                object.__setattr__(self, "_tails", tails)
            firsts, lengths = hit
            plan = []
            for length in lengths:
                table: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
                for first in firsts:
                    for tail, classes in tails.get(first, {}).get(length, ()):
                        if classes and tail not in table:
                            table[tail] = (tuple(f"{c}:B" for c in classes), tuple(f"{c}:I" for c in classes))
                plan.append((length, table, frozenset(t[0] for t in table) if length > 1 else None))
            out = tuple(plan)
        if len(plans) >= self._MAX_STARTS:
            plans.clear()
        plans[n] = out
        return out

    def match(self, norms: Sequence[str]) -> list[AbstractSet[str]]:
        """Per token, the membership marks ``CLASS:B`` / ``CLASS:I`` of every phrase covering it.

        Every phrase length that starts at a token is tried, longest first; for each length
        the first form of the first token (:func:`variants`) that matches wins (read from :meth:`_plan`).
        """
        marks: list[AbstractSet[str]] = [_NO_MARKS] * len(norms)
        n = len(norms)
        hits = list(map(self._plans.get, norms, itertools.repeat(_UNSEEN)))  # type: ignore[attr-defined]
        for i in [i for i, h in enumerate(hits) if h is not None]:
            plan = hits[i]
            if plan is _UNSEEN:  # a token not planned yet (the plans of a sentence's new tokens, in order)
                plan = self._plan(norms[i])
                if plan is None:
                    continue
            for length, table, nexts in plan:
                if length > n - i:
                    continue
                if nexts is not None and norms[i + 1] not in nexts:
                    continue  # no tail of this length begins with the next word: the look-up below would miss
                got = table.get(tuple(norms[i + 1 : i + length]))
                if got is None:
                    continue
                for j in range(i, i + length):
                    if marks[j] is _NO_MARKS:
                        marks[j] = set()
                b_marks, i_marks = got
                marks[i].update(b_marks)  # type: ignore[attr-defined]
                for j in range(i + 1, i + length):
                    marks[j].update(i_marks)  # type: ignore[attr-defined]
        return marks


@cache
def load_cue_lexicon() -> Lexicon:
    """The bundled hand-written cue words and name lists (``resources/ner/cues.json``)."""
    data = load_json("ner", "cues.json")
    lists: dict[str, list[str]] = {}
    for key, cls_name in {**_CUE_LISTS, **_NAME_LISTS}.items():
        lists.setdefault(cls_name, []).extend(data.get(key, []))
    return Lexicon.from_lists(lists)


def is_demonym(word: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``word`` is a relational adjective of a listed country or city (روسي، الفرنسية، والسوريين)."""
    if lexicon is None:
        return _is_demonym_default(word)
    return _is_demonym(word, lexicon)


@str_memo(100_000)
def _is_demonym_default(word: str) -> bool:
    return _is_demonym(word, load_cue_lexicon())


def _is_demonym(word: str, lex: Lexicon) -> bool:
    n = norm(word)
    if any("LOC" in lex.phrases.get((v,), ()) for v in [*_remembered(variants, n), _remembered(strip_article, n)]):
        return False  # the place name itself (روسيا)
    core = _remembered(strip_article, n)
    for v in _remembered(variants, core):
        for suffix in ("يين", "يون", "يه", "ي"):
            if v.endswith(suffix) and len(v) - len(suffix) >= 2:
                base = v[: -len(suffix)]
                for cand in (base, base + "ا", base + "يا", base + "يه", "ال" + base, "ال" + base + "ا"):
                    classes = lex.phrases.get((cand,))
                    if classes and "LOC" in classes:
                        return True
    return False


def is_cue_word(word: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``word`` (any form, with or without clitics) is only a cue word (title, place/org cue …)."""
    if lexicon is None:
        return _is_cue_word_default(word)
    return _is_cue_word(word, lexicon)


@str_memo(100_000)
def _is_cue_word_default(word: str) -> bool:
    return _is_cue_word(word, load_cue_lexicon())


def _is_cue_word(word: str, lex: Lexicon) -> bool:
    cues = set(_CUE_LISTS.values())
    for v in _remembered(variants, norm(word)):
        classes = lex.phrases.get((v,))
        if classes and classes <= cues:
            return True
    return False


#: Lexicon classes the cue window looks for (:func:`cue_window`).
_WINDOW_CUES = tuple(sorted(set(_CUE_LISTS.values())))
#: prefixes of the :func:`cue_window` features (a model with any of them was trained with ``cuewin``)
CUEWIN_PREFIXES = ("cwl=", "cwr=")


def _is_punct(n: str) -> bool:
    return not any(map(str.isalnum, n))


def cue_window(norms: Sequence[str], marks: Sequence[AbstractSet[str]]) -> list[list[str]]:
    """Per token, the cue classes (title, speech, org_cue, loc_cue, misc_cue) at distance 3-4 to its
    left (``cwl=org_cue``: the cue that opens a long name, ``وزارة الشؤون الخارجية والتعاون``) and 2-3
    to its right (``cwr=speech``: a name of two or three words before «قال»), not across punctuation;
    the nearer ones are already the lexicon features ``lex[-2]``, ``lex[-1]``, ``lex[1]``."""
    n = len(norms)
    out: list[list[str]] = [[] for _ in range(n)]
    cue_at = [
        j for j in range(n) if marks[j] and any(m.endswith(":B") and m[:-2] in _WINDOW_CUES for m in marks[j])
    ]
    if not cue_at:
        return out
    punct = [_is_punct(x) for x in norms]
    for j in cue_at:
        classes = sorted({m[:-2] for m in marks[j] if m.endswith(":B") and m[:-2] in _WINDOW_CUES})
        for d in (1, 2, 3, 4):  # tokens right of the cue: it is at their left
            i = j + d
            if i >= n or punct[i]:
                break
            if d >= 3:
                out[i] += ["cwl=" + c for c in classes]
        for d in (1, 2, 3):  # tokens left of the cue: it is at their right
            i = j - d
            if i < 0 or punct[i]:
                break
            if d >= 2:
                out[i] += ["cwr=" + c for c in classes]
    return [list(dict.fromkeys(f)) for f in out]


@cache
def load_kb_lexicon() -> Lexicon:
    """Named entries of marsad's knowledge base (actors, sources, places) as ``kb_ORG``/``kb_PERS``/``kb_LOC``.

    Generic descriptions ("الفصائل", "المخيم") are left out.  An empty lexicon when
    the knowledge base cannot be loaded.
    """
    try:
        from marsad.kb.store import default_kb

        entries = list(default_kb().name_entries(places=True))
    except (ImportError, MarsadError) as e:  # the KB is optional for the tagger
        log.warning("NER features without the knowledge base: %s", e)
        return Lexicon()
    lists: dict[str, list[str]] = {}
    for entry in entries:
        text, _kind, _id, label = entry[0], entry[1], entry[2], entry[3]
        data = entry[5] if len(entry) > 5 else None
        if label not in ("PERS", "LOC", "ORG") or (data and not data.get("named", True)):
            continue
        lists.setdefault(f"kb_{label}", []).append(text)
    return Lexicon.from_lists(lists)


@cache
def default_lexicon() -> Lexicon:
    """The lexicon the bundled model is trained with: the cue lexicon.

    The knowledge-base lexicon (:func:`load_kb_lexicon`) can be merged in when training
    (``load_cue_lexicon().merged(load_kb_lexicon())``); on the ANERcorp dev part it did not
    help (0.673 vs 0.678 F1), and KB names are found and linked by the entity ruler anyway.
    """
    return load_cue_lexicon()


def token_stem(word: str) -> str:
    """The clitic-stripped stem of a token: host segment, normalised, without the article."""
    return _stem(word)


def token_stems(words: Iterable[str]) -> list[str]:
    """``[token_stem(w) for w in words]``, reading the remembered stems directly."""
    words = list(words)
    try:
        return list(map(_stem.table.__getitem__, words))  # all remembered (the usual case)
    except KeyError:
        known = _stem.table.get
        return [s if (s := known(w)) is not None else _stem.miss(w) for w in words]


@str_memo(200_000)
def _stem(word: str) -> str:
    """Host segment of the clitic segmentation, normalised, without the article."""
    segs = segment(word)
    if segs:
        a, b = max(segs, key=lambda s: s[1] - s[0])
        host = norm(word[a:b])
    else:
        host = norm(word)
    return _remembered(strip_article, host) if host.startswith(("ال", "لل")) else host


def _remembered(memo: StrMemo[T], key: str) -> T:
    """``memo(key)`` without the ``KeyError`` that a call raises and catches inside for a key not remembered yet
    (first-seen words come here: the exception costs about as much as the look-up and the computing together).
    The memo's values are never ``None``."""
    found = memo.table.get(key)
    return found if found is not None else memo.miss(key)


def _after_lookup(memo: StrMemo[T]) -> Callable[[str], T]:
    """``memo.miss`` for a caller that looked ``memo.table`` up already (as the compiled ``word_rows`` does), with
    the table as its ``table``: ``memo(key)`` for a key not in the table, without the ``KeyError``."""
    call: Any = functools.partial(memo.miss)
    call.table = memo.table
    return cast("Callable[[str], T]", call)


_NUM_MARKS = frozenset(".,/:-٫٬")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def shape(word: str) -> str:
    """A coarse shape class: num, latin, punct, ar (Arabic letters), mixed."""
    if not word:
        return "empty"
    if any(map(str.isdigit, word)):
        return "num" if all(c.isdigit() or c in _NUM_MARKS for c in word) else "hasnum"
    if not any(map(str.isalnum, word)):
        return "punct"
    if word.isascii():
        return "latin"
    if _ARABIC_LETTER.search(word):
        return "ar"
    return "other"


_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان")
#: the remembered :func:`strip_article` results (read directly by :class:`WordRows`)
_STRIP_ARTICLE = strip_article.table


def is_nisba(n: str) -> bool:
    """A definite relational adjective such as الروسي / الفرنسية / السوريين (normalised form)."""
    core = strip_article(n)
    if core == n or len(core) < 3:
        return False
    return core.endswith(_NISBA_ENDINGS)


@dataclass(frozen=True, slots=True)
class _Tok:
    """What the features need of one word, with its feature strings precomputed (cached per word)."""

    n: str
    stem: str
    shape: str
    nisba: bool
    cl: tuple[str, ...]
    own: tuple[str, ...]  # the word's own features
    near: tuple[tuple[str, ...], ...]  # features it gives a neighbour at offset o: near[o + window]
    bow: str | None  # its bag-of-words feature at distance 3-4 (Arabic words only)
    vec: tuple[float, ...] | None = None  # its word vector, as feature values (None: not in the table)


@cache
def _near_prefixes(window: int) -> tuple[tuple[int, str, str, str, str, str, tuple[str, str], str], ...]:
    """Per offset of a ``±window``, the prefixes of the features a word gives that neighbour."""
    return tuple(
        (
            o,
            f"w[{o}]:",
            f"nisba[{o}]",
            f"stem[{o}]:",
            f"shape[{o}]:",
            f"s2[{o}]:",
            (f"cl0[{o}]:", f"cl1[{o}]:"),
            f"clf[{o}]:",
        )
        for o in range(-window, window + 1)
    )


@cache
def _cl_prefixes(depth: int) -> tuple[str, ...]:
    return tuple(f"cl{lvl}:" for lvl in range(depth))


_LEN = tuple(f"len:{k}" for k in range(9))


def _cluster_path(clusters: Mapping[str, tuple[str, ...]], stem: str, sh: str) -> tuple[str, ...]:
    """A word's cluster path (numbers share ``<num>``; unknown words get ``u`` at every level; no clusters: ``()``)."""
    if not clusters:
        return ()
    return clusters.get("<num>" if sh in ("num", "hasnum") else stem, ("u",) * _cluster_depth(clusters))


@cache
def _cluster_features(
    cl: tuple[str, ...], window: int
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The features of a cluster path: a word's own, and those it gives a neighbour at each offset."""
    own = tuple(p + c for p, c in zip(_cl_prefixes(len(cl)), cl, strict=True))
    near: list[tuple[str, ...]] = []
    for o, _, _, _, _, _, p_cl, p_clf in _near_prefixes(window):
        f: list[str] = []
        if o == 1 or o == -1:
            f += [p + c for p, c in zip(p_cl, cl[:2], strict=False)]
        if cl:
            f.append(p_clf + cl[-1])
        near.append(tuple(f) if o else ())
    return own, tuple(near)


#: Feature value of one standard deviation of a word-vector dimension.
DENSE_SCALE = 0.25
#: Neighbour offsets whose word vectors are features of a token (besides its own).
DENSE_OFFSETS = (-1, 1)


@cache
def dense_names(dim: int, offset: int) -> tuple[str, ...]:
    """The attribute names of the ``dim`` vector dimensions of the word at ``offset`` (0: the token itself)."""
    at = f"[{offset}]" if offset else ""
    return tuple(f"v{d}{at}" for d in range(dim))


def _make_tok(
    word: str,
    clusters: Mapping[str, tuple[str, ...]],
    window: int,
    embeddings: Mapping[str, tuple[float, ...]] | None = None,
    freq: Mapping[str, int] | None = None,
) -> _Tok:
    n = norm(word) or word
    stem = _stem(word) or word
    sh = shape(word)
    cl = _cluster_path(clusters, stem, sh)
    raw = embeddings.get("<num>" if sh in ("num", "hasnum") else stem) if embeddings else None
    vec = tuple(x * DENSE_SCALE for x in raw) if raw else None
    nisba = is_nisba(n)
    own = [
        "bias",
        "w:" + n,
        "stem:" + stem,
        "shape:" + sh,
        _LEN[min(len(n), 8)],
        "p1:" + n[:1],
        "p2:" + n[:2],
        "p3:" + n[:3],
        "s1:" + n[-1:],
        "s2:" + n[-2:],
        "s3:" + n[-3:],
        "ss2:" + stem[-2:],
        "al:1" if stem != n and strip_article(n) != n else "al:0",
        "nisba:1" if nisba else "nisba:0",
        "w_a:" + (n[:-1] if n.endswith("ا") and len(n) > 4 else n),  # without the accusative tanween alef
        "p4:" + n[:4],
        "s4:" + n[-4:],
    ]
    cl_own, cl_near = _cluster_features(cl, window)
    own += cl_own
    if freq is not None:
        own += morph_features(n, stem, freq)
    if sh == "ar":
        padded = f"<{stem}>"
        own += dict.fromkeys(["c3=" + padded[k : k + 3] for k in range(len(padded) - 2)])
    near: list[tuple[str, ...]] = []
    s2 = n[-2:]
    for (o, p_w, p_nisba, p_stem, p_shape, p_s2, _, _), cl_o in zip(
        _near_prefixes(window), cl_near, strict=True
    ):
        if not o:
            near.append(())
            continue
        f = [p_w + n]
        if o == 1 or o == -1:
            if nisba:
                f.append(p_nisba)
            f += [p_stem + stem, p_shape + sh, p_s2 + s2]
        near.append((*f, *cl_o))
    return _Tok(n, stem, sh, nisba, cl, tuple(own), tuple(near), "bow=" + stem if sh == "ar" else None, vec)


#: other attribute prefixes :class:`WordRows` makes a value table for (read by ``scoring.StateScorer``)
TABLE_PREFIXES = (
    "bow=",
    "d_lw=",
    "d_rw=",
    "d_self=",
    "d_l=",
    "d_r=",
    "lex[-2]=",
    "lex[-1]=",
    "lex[0]=",
    "lex[1]=",
    "w[-1]|w:",
    "w|w[+1]:",
)


class WordRows:
    """The model rows of a word's features (:func:`_make_tok`) without spelling the features out.

    ``rows(word)`` gives, for the features of ``_make_tok(word, …)`` the model has a weight for,
    their row numbers in the model (``index[feature]``) in the order of the features: the word's
    own (``tok.own``) and what it gives each neighbour (``tok.near``), so that
    ``rows(word)[1][k] == [index[x] for x in tok.near[k] if x in index]``.  A feature
    ``prefix + value`` is looked up as ``value`` in a table of the model's values for ``prefix``
    (made once from the model's attribute names), which is the same look-up without building the
    string; most of a first-seen word's ~50 features are not in the model.  ``tables[p]`` is
    ``{v: index[p + v]}`` for every attribute starting with ``p`` (a prefix of the features above or
    of :data:`TABLE_PREFIXES`), as the attribute's first ``:`` or ``=`` ends each of these prefixes.
    """

    def __init__(
        self,
        index: Mapping[str, int],
        clusters: Mapping[str, tuple[str, ...]],
        window: int,
        embeddings: Mapping[str, tuple[float, ...]] | None = None,
        freq: Mapping[str, int] | None = None,
    ) -> None:
        self.index = index
        self.clusters = clusters
        self.window = window
        self.embeddings = embeddings
        self.freq = freq
        near = [
            p
            for o, p_w, _, p_stem, p_shape, p_s2, _, _ in _near_prefixes(window)
            if o
            for p in (p_w, p_stem, p_shape, p_s2)
        ]
        own = [
            "w:",
            "stem:",
            "shape:",
            "p1:",
            "p2:",
            "p3:",
            "p4:",
            "s1:",
            "s2:",
            "s3:",
            "s4:",
            "ss2:",
            "w_a:",
            "c3=",
        ]
        tables: dict[str, dict[str, int]] = {p: {} for p in [*own, *near, *TABLE_PREFIXES]}
        for attr, row in index.items():
            for sep in (":", "="):
                head, found, value = attr.partition(sep)
                if found and (table := tables.get(head + sep)) is not None:
                    table[value] = row
        self.tables = tables
        get = index.get
        self._bias = get("bias")
        self._len = [get(x) for x in _LEN]
        self._al = (get("al:0"), get("al:1"))
        self._nisba = (get("nisba:0"), get("nisba:1"))
        #: per offset (0 included, as in ``tok.near``): None for 0, else the tables of w, stem, shape, s2 and the nisba row
        self._near = [
            None
            if not o
            else (tables[p_w], tables[p_stem], tables[p_shape], tables[p_s2], get(p_nisba), o == 1 or o == -1)
            for o, p_w, p_nisba, p_stem, p_shape, p_s2, _, _ in _near_prefixes(window)
        ]
        self._cl: dict[tuple[str, ...], tuple[list[int], list[list[int]]]] = {}
        #: the cluster path of a word without one (:func:`_cluster_path`)
        self._cl_unknown = ("u",) * _cluster_depth(clusters)
        #: the functions giving a word's forms (for the compiled ``_fastcrf.word_rows``)
        #: (``_stem`` and ``strip_article`` as their ``miss``: the kernel reads their tables first)
        self.functions = (norm, _after_lookup(_stem), shape, _after_lookup(strip_article), morph_features)

    def _cluster_rows(self, cl: tuple[str, ...]) -> tuple[list[int], list[list[int]]]:
        """The rows of :func:`_cluster_features` (remembered per cluster path)."""
        got = self._cl.get(cl)
        if got is None:
            idx = self.index
            own, near = _cluster_features(cl, self.window)
            got = self._cl[cl] = (
                [idx[x] for x in own if x in idx],
                [[idx[x] for x in f if x in idx] for f in near],
            )
        return got

    def rows(self, word: str) -> tuple[str, str, str, list[int], list[list[int]], tuple[float, ...] | None]:
        """``(n, stem, shape, own rows, near rows per offset, raw word vector)`` of a word (see the class).

        The raw vector is the embedding table's (``tok.vec`` is it times :data:`DENSE_SCALE`)."""
        n = norm(word) or word
        stem = _stem(word) or word
        sh = shape(word)
        t = self.tables
        clusters = self.clusters
        # _cluster_path
        cl = clusters.get("<num>" if sh in ("num", "hasnum") else stem, self._cl_unknown) if clusters else ()
        cl_own, cl_near = self._cluster_rows(cl)
        emb = self.embeddings
        raw = emb.get("<num>" if sh in ("num", "hasnum") else stem) if emb else None
        raw = raw or None  # as _make_tok: no vector for an empty one
        core = _STRIP_ARTICLE.get(n)
        if core is None:
            core = strip_article(n)
        nisba = core != n and len(core) >= 3 and core.endswith(_NISBA_ENDINGS)  # is_nisba(n)
        # the order of _make_tok's own features
        found = [
            self._bias,
            t["w:"].get(n),
            t["stem:"].get(stem),
            t["shape:"].get(sh),
            self._len[min(len(n), 8)],
            t["p1:"].get(n[:1]),
            t["p2:"].get(n[:2]),
            t["p3:"].get(n[:3]),
            t["s1:"].get(n[-1:]),
            t["s2:"].get(n[-2:]),
            t["s3:"].get(n[-3:]),
            t["ss2:"].get(stem[-2:]),
            self._al[stem != n and core != n],
            self._nisba[nisba],
            t["w_a:"].get(n[:-1] if n.endswith("ا") and len(n) > 4 else n),
            t["p4:"].get(n[:4]),
            t["s4:"].get(n[-4:]),
        ]
        own = [r for r in found if r is not None]
        own += cl_own
        if self.freq is not None:
            idx = self.index
            own += [idx[x] for x in morph_features(n, stem, self.freq) if x in idx]
        if sh == "ar":
            padded = f"<{stem}>"
            c3 = t["c3="].get
            # a feature repeated in the word counts once (rows and features go one to one)
            own += [
                r
                for r in dict.fromkeys([c3(padded[k : k + 3]) for k in range(len(padded) - 2)])
                if r is not None
            ]
        near: list[list[int]] = []
        s2 = n[-2:]
        for spec, cl_o in zip(self._near, cl_near, strict=True):
            if spec is None:
                near.append([])
                continue
            t_w, t_stem, t_shape, t_s2, r_nisba, close = spec
            maybe = [t_w.get(n)]
            if close:
                if nisba:
                    maybe.append(r_nisba)
                maybe += [t_stem.get(stem), t_shape.get(sh), t_s2.get(s2)]
            f = [r for r in maybe if r is not None]
            f += cl_o
            near.append(f)
        return n, stem, sh, own, near, raw


#: prefixes of the :func:`morph_features` (a model with any of them was trained with ``morph``)
MORPH_PREFIXES = ("fq:", "fqs:", "pre:", "suf:")


def morph_features(n: str, stem: str, freq: Mapping[str, int]) -> list[str]:
    """Frequency levels of the word and of its stem in a large general word list (names of people,
    clubs and firms are rarer than the words around them) and the clitic/affix material the stem
    leaves: ``fq:7``, ``fqs:9``, ``pre:وال``, ``suf:ها`` (``-`` for none)."""
    at = n.find(stem) if stem else -1
    pre, suf = (n[:at], n[at + len(stem) :]) if at >= 0 else ("?", "?")
    return [f"fq:{freq.get(n, 0)}", f"fqs:{freq.get(stem, 0)}", "pre:" + (pre or "-"), "suf:" + (suf or "-")]


@cache
def load_freq() -> Mapping[str, int]:
    """The word frequency levels shipped for the clitic segmenter (matching form → 2 × Zipf level)."""
    return read_freq(resource_path("clitics", "freq.txt.gz"), missing_ok=True)


def _cluster_depth(clusters: Mapping[str, tuple[str, ...]]) -> int:
    for v in clusters.values():
        return len(v)
    return 0


def _embeddings(embeddings: Mapping[str, tuple[float, ...]] | None) -> Mapping[str, tuple[float, ...]]:
    """``None`` → the bundled word vectors (:func:`marsad.ner.clusters.load_embeddings`)."""
    if embeddings is not None:
        return embeddings
    from marsad.ner.clusters import load_embeddings

    return load_embeddings()


def _clusters(clusters: Mapping[str, tuple[str, ...]] | None) -> Mapping[str, tuple[str, ...]]:
    """``None`` → the bundled word clusters (:func:`marsad.ner.clusters.load_clusters`)."""
    if clusters is not None:
        return clusters
    from marsad.ner.clusters import load_clusters

    return load_clusters()


class Featurizer:
    """Feature strings for the CRF, with the per-word work cached.

    Every feature is a ``crfsuite`` attribute string: ``"name:value"`` (the form
    python-crfsuite gives a ``{"name": "value"}`` item) or a bare ``"name"``
    (weight 1).  A token's features are its own (cached per word), what its
    neighbours contribute at their offset (cached per word and offset), and the
    few that depend on the pair or on the lexicon match.
    """

    MAX_CACHE = 100_000

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        window: int = 2,
        clusters: Mapping[str, tuple[str, ...]] | None = None,
        known: AbstractSet[str] | None = None,
        embeddings: Mapping[str, tuple[float, ...]] | None = None,
        morph: bool = False,
        cuewin: bool = False,
    ) -> None:
        """Args:
        lexicon: membership lists (``None``: :func:`default_lexicon`).
        window: how many neighbours on each side contribute word/stem features.
        clusters: word → cluster path (``None``: the bundled clusters; ``{}``: none).
        known: if given, only these features are produced (those a trained model has weights
            for): the CRF ignores the others anyway, so tagging gives the same result, faster.
        embeddings: word → vector (standardised; ``None``: the bundled table; ``{}``: none): real-valued
            features ``v0`` … of the token and ``v0[-1]`` … of its neighbours (:meth:`items`).
        morph: add :func:`morph_features` (frequency levels, clitic material).
        cuewin: add the :func:`cue_window` features (cue words at distance 3-4 left, 2-3 right).
        """
        self.lexicon = default_lexicon() if lexicon is None else lexicon
        self.window = window
        self.clusters = _clusters(clusters)
        self.embeddings = _embeddings(embeddings)
        self.known = known
        self.freq = load_freq() if morph else None
        self.cuewin = cuewin
        self.tok = StrMemo(self._make_tok, self.MAX_CACHE)
        """The per-word part of the features (remembered per word)."""

    def _make_tok(self, word: str) -> _Tok:
        t = _make_tok(word, self.clusters, self.window, self.embeddings, self.freq)
        if self.known is not None:
            k = self.known
            t = replace(
                t,
                own=tuple(x for x in t.own if x in k),
                near=tuple(tuple(x for x in near if x in k) for near in t.near),
            )
        return t

    def sentence(self, words: Sequence[str]) -> list[Features]:
        """Features of every token of one sentence."""
        toks = [self.tok(w) for w in words]
        marks = self.lexicon.match([t.n for t in toks])
        return self._tokens(toks, marks)

    def _tokens(self, toks: Sequence[_Tok], marks: Sequence[AbstractSet[str]]) -> list[Features]:
        """The features of every token of a sentence from its words' infos and lexicon marks."""
        w = self.window
        k = self.known
        n = len(toks)
        ns = [t.n for t in toks]
        bows = [t.bow for t in toks]
        nears = [t.near for t in toks]
        offsets = [o for o in range(-w, w + 1) if o]
        pads = {o: f"w[{o}]:<pad>" for o in offsets}
        windows = cue_window(ns, marks) if self.cuewin else None
        out: list[Features] = []
        for i in range(n):
            f = list(toks[i].own)
            extra: list[str] = []
            if i == 0:
                extra.append("BOS")
            if i == n - 1:
                extra.append("EOS")
            for o in offsets:
                j = i + o
                if 0 <= j < n:
                    f += nears[j][o + w]
                else:
                    extra.append(pads[o])
            bow = {x for j in (i - 4, i - 3, i + 3, i + 4) if 0 <= j < n and (x := bows[j])}
            extra += bow
            if i > 0:
                extra.append(f"w[-1]|w:{ns[i - 1]}|{ns[i]}")
            if i < n - 1:
                extra.append(f"w|w[+1]:{ns[i]}|{ns[i + 1]}")
            for o in (-2, -1, 0, 1):
                j = i + o
                if 0 <= j < n and marks[j]:
                    extra += [f"lex[{o}]={m}" for m in marks[j]]
            if windows is not None:
                extra += windows[i]
            f += extra if k is None else [x for x in extra if x in k]
            out.append(f)
        return out

    def document(self, sentences: Sequence[Sequence[str]], *, context: int = 10) -> list[list[Features]]:
        """Features for consecutive sentences, adding what other occurrences of a word say.

        For every word (stem of 3+ letters) the cue classes and words seen around its
        *other* occurrences in the ``±context`` neighbouring sentences are added
        (``d_l=title:B``, ``d_lw=نادي``, ``d_r=speech:B``, ``d_self=LOC:B``, ``d_n:2``),
        so that a name introduced by a title once is recognised when it comes back alone.
        ``context=0`` gives exactly :meth:`sentence` for each sentence.
        """
        all_toks = [[self.tok(w) for w in words] for words in sentences]
        all_marks = [self.lexicon.match([t.n for t in toks]) for toks in all_toks]
        feats = [self._tokens(toks, marks) for toks, marks in zip(all_toks, all_marks, strict=True)]
        if context <= 0:
            return feats
        where: dict[str, list[tuple[int, int]]] = {}
        for si, toks in enumerate(all_toks):
            for ti, t in enumerate(toks):
                if t.shape == "ar" and len(t.stem) >= 3:
                    where.setdefault(t.stem, []).append((si, ti))
        for occ in where.values():
            if len(occ) > 1:
                _add_context(feats, all_toks, all_marks, occ, context, self.known)
        return feats

    def items(self, sentences: Sequence[Sequence[str]], *, context: int = 10) -> list[list[TokenItem]]:
        """:meth:`document` as crfsuite items: with word vectors, each token a dict that adds the
        real-valued features of its own and its ±1 neighbours' vectors; without, the same lists."""
        feats = self.document(sentences, context=context)
        if not self.embeddings:
            return feats  # type: ignore[return-value]
        out: list[list[TokenItem]] = []
        for words, sent in zip(sentences, feats, strict=True):
            vecs = [self.tok(w).vec for w in words]
            n = len(words)
            row: list[TokenItem] = []
            for i, f in enumerate(sent):
                values: dict[str, float] = {}
                for o in (0, *DENSE_OFFSETS):
                    j = i + o
                    if 0 <= j < n and (v := vecs[j]) is not None:
                        values.update(zip(dense_names(len(v), o), v, strict=True))
                row.append(to_items(f, values))
            out.append(row)
        return out


def to_items(feats: Sequence[str], values: Mapping[str, float]) -> TokenItem:
    """One token's attributes for crfsuite: its features (a repeated one counts twice) and real values."""
    if not values:
        return list(feats)
    item: dict[str, float] = {}
    for x in feats:
        item[x] = item.get(x, 0.0) + 1.0
    item.update(values)
    return item


def _add_context(
    feats: list[list[Features]],
    all_toks: Sequence[Sequence[_Tok]],
    all_marks: Sequence[Sequence[AbstractSet[str]]],
    occ: Sequence[tuple[int, int]],
    context: int,
    known: AbstractSet[str] | None = None,
) -> None:
    """Add to each occurrence of one word what its other occurrences within ``±context`` sentences show.

    Each occurrence's contribution (marks on it and beside it, its neighbour words) is computed
    once; a sliding window over the occurrences (in document order) counts the contributions in
    range, and an occurrence gets every contribution that some *other* occurrence in range makes.
    """
    contrib: list[AbstractSet[str] | list[str]] = []
    for sj, tj in occ:
        toks, marks = all_toks[sj], all_marks[sj]
        c = {"d_self=" + m for m in marks[tj]}
        if tj > 0:
            c.add("d_lw=" + toks[tj - 1].n)
            c.update("d_l=" + m for m in marks[tj - 1])
        if tj + 1 < len(toks):
            c.add("d_rw=" + toks[tj + 1].n)
            c.update("d_r=" + m for m in marks[tj + 1])
        # features a model has no weight for are dropped before counting (same result, less work;
        # a list keeps the set's order, so the features come out in the same order too)
        contrib.append(c if known is None else [x for x in c if x in known])
    counts: dict[str, int] = {}
    lo = hi = 0
    for k, (si, ti) in enumerate(occ):
        while hi < len(occ) and occ[hi][0] <= si + context:
            for key in contrib[hi]:
                counts[key] = counts.get(key, 0) + 1
            hi += 1
        while occ[lo][0] < si - context:
            for key in contrib[lo]:
                if counts[key] == 1:
                    del counts[key]
                else:
                    counts[key] -= 1
            lo += 1
        n_other = hi - lo - 1
        if n_other:
            own = contrib[k]
            f = feats[si][ti]
            add = [key for key, c in counts.items() if c > 1 or key not in own]
            add.append(f"d_n:{min(n_other, 4)}")
            f += add if known is None else [x for x in add if x in known]


@cache
def _default_featurizer(window: int) -> Featurizer:
    return Featurizer(window=window)


def _featurizer(
    lexicon: Lexicon | None, window: int, clusters: Mapping[str, tuple[str, ...]] | None
) -> Featurizer:
    if lexicon is None and clusters is None:
        return _default_featurizer(window)
    return Featurizer(lexicon=lexicon, window=window, clusters=clusters)


def sentence_features(
    words: Sequence[str],
    *,
    lexicon: Lexicon | None = None,
    window: int = 2,
    clusters: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Features]:
    """CRF features for every token of one sentence (see :class:`Featurizer`).

    Args:
        words: the tokens' surface strings, in order (any tokenisation).
        lexicon: membership lists; ``None`` uses :func:`default_lexicon`.
        window: how many neighbours on each side contribute word/stem features.
        clusters: word → cluster path (``None``: the bundled clusters; ``{}``: no cluster features).
    """
    return _featurizer(lexicon, window, clusters).sentence(words)


def document_features(
    sentences: Sequence[Sequence[str]],
    *,
    lexicon: Lexicon | None = None,
    window: int = 2,
    context: int = 10,
    clusters: Mapping[str, tuple[str, ...]] | None = None,
) -> list[list[Features]]:
    """CRF features for consecutive sentences with document context (see :meth:`Featurizer.document`)."""
    return _featurizer(lexicon, window, clusters).document(sentences, context=context)
