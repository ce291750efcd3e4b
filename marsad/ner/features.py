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
(``lex=LOC:B`` / ``lex=LOC:I``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from marsad.errors import MarsadError
from marsad.resources import load_json
from marsad.text.clitics import segment
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

Features = dict[str, str | float]

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
_NAME_LISTS = {"countries": "LOC", "cities": "LOC", "first_names": "first", "currencies": "currency"}

_MIN_HOST = 2  # a stripped form must keep at least this many letters


@lru_cache(maxsize=200_000)
def variants(n: str) -> tuple[str, ...]:
    """The normalised word ``n``, its forms without leading clitics (و ف ب ل ك، وال، لل …) and without a final tanween alef.

    Cached (a profile of the CRF stage showed it as the top cost): the result is an immutable tuple.
    """
    out = [n]
    for pre, put_back in _PROCLITICS:
        if n.startswith(pre) and len(n) - len(pre) >= _MIN_HOST:
            rest = put_back + n[len(pre) :]
            if rest not in out:
                out.append(rest)
    if len(n) > 4 and n.endswith("ا") and n[:-1] not in out:
        out.append(n[:-1])  # accusative tanween alef: دولارا → دولار
    return tuple(out)


@lru_cache(maxsize=200_000)
def strip_article(n: str) -> str:
    """``n`` without a leading clitic + ال (``والحكومة`` → ``حكومه``), or ``n`` itself."""
    for v in variants(n):
        if v.startswith("ال") and len(v) - 2 >= _MIN_HOST:
            return v[2:]
    return n


@dataclass(frozen=True, slots=True)
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

    def match(self, norms: Sequence[str]) -> list[set[str]]:
        """Per token, the membership marks ``CLASS:B`` / ``CLASS:I`` of every phrase covering it."""
        marks: list[set[str]] = [set() for _ in norms]
        n = len(norms)
        for i in range(n):
            firsts = variants(norms[i])
            for length in range(min(self.max_len, n - i), 0, -1):
                tail = tuple(norms[i + 1 : i + length])
                for first in firsts:
                    classes = self.phrases.get((first, *tail))
                    if not classes:
                        continue
                    for c in classes:
                        marks[i].add(f"{c}:B")
                        for j in range(i + 1, i + length):
                            marks[j].add(f"{c}:I")
                    break
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


@lru_cache(maxsize=100_000)
def _is_demonym_default(word: str) -> bool:
    return _is_demonym(word, load_cue_lexicon())


def _is_demonym(word: str, lex: Lexicon) -> bool:
    n = norm(word)
    if any("LOC" in lex.phrases.get((v,), ()) for v in [*variants(n), strip_article(n)]):
        return False  # the place name itself (روسيا)
    core = strip_article(n)
    for v in variants(core):
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


@lru_cache(maxsize=100_000)
def _is_cue_word_default(word: str) -> bool:
    return _is_cue_word(word, load_cue_lexicon())


def _is_cue_word(word: str, lex: Lexicon) -> bool:
    cues = set(_CUE_LISTS.values())
    for v in variants(norm(word)):
        classes = lex.phrases.get((v,))
        if classes and classes <= cues:
            return True
    return False


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


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Host segment of the clitic segmentation, normalised, without the article."""
    segs = segment(word)
    if segs:
        a, b = max(segs, key=lambda s: s[1] - s[0])
        host = norm(word[a:b])
    else:
        host = norm(word)
    return strip_article(host) if host.startswith(("ال", "لل")) else host


def shape(word: str) -> str:
    """A coarse shape class: num, latin, punct, ar (Arabic letters), mixed."""
    if not word:
        return "empty"
    if all(c.isdigit() or c in ".,/:-٫٬" for c in word) and any(c.isdigit() for c in word):
        return "num"
    if any(c.isdigit() for c in word):
        return "hasnum"
    if all(not c.isalnum() for c in word):
        return "punct"
    if all(c.isascii() for c in word):
        return "latin"
    if any("\u0600" <= c <= "\u06ff" for c in word):
        return "ar"
    return "other"


def is_nisba(n: str) -> bool:
    """A definite relational adjective such as الروسي / الفرنسية / السوريين (normalised form)."""
    core = strip_article(n)
    if core == n or len(core) < 3:
        return False
    return core.endswith(("ي", "يه", "يون", "يين", "يان"))


@dataclass(frozen=True, slots=True)
class _Tok:
    n: str
    stem: str
    shape: str
    nisba: bool
    cl: tuple[str, ...] = ()


def _tok(word: str, clusters: Mapping[str, tuple[str, ...]] | None = None) -> _Tok:
    n = norm(word) or word
    stem = _stem(word) or word
    sh = shape(word)
    cl: tuple[str, ...] = ()
    if clusters:
        cl = clusters.get("<num>" if sh in ("num", "hasnum") else stem, ("u",) * _cluster_depth(clusters))
    return _Tok(n, stem, sh, is_nisba(n), cl)


def _cluster_depth(clusters: Mapping[str, tuple[str, ...]]) -> int:
    for v in clusters.values():
        return len(v)
    return 0


def _clusters(clusters: Mapping[str, tuple[str, ...]] | None) -> Mapping[str, tuple[str, ...]]:
    """``None`` → the bundled word clusters (:func:`marsad.ner.clusters.load_clusters`)."""
    if clusters is not None:
        return clusters
    from marsad.ner.clusters import load_clusters

    return load_clusters()


def sentence_features(
    words: Sequence[str],
    *,
    lexicon: Lexicon | None = None,
    window: int = 2,
    clusters: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Features]:
    """CRF feature dicts for every token of one sentence.

    Args:
        words: the tokens' surface strings, in order (any tokenisation).
        lexicon: membership lists; ``None`` uses :func:`default_lexicon`.
        window: how many neighbours on each side contribute word/stem features.
        clusters: word → cluster path (``None``: the bundled clusters; ``{}``: no cluster features).
    """
    lex = default_lexicon() if lexicon is None else lexicon
    cl = _clusters(clusters)
    toks = [_tok(w, cl) for w in words]
    marks = lex.match([t.n for t in toks])
    return [token_features(toks, marks, i, window=window) for i in range(len(toks))]


def document_features(
    sentences: Sequence[Sequence[str]],
    *,
    lexicon: Lexicon | None = None,
    window: int = 2,
    context: int = 10,
    clusters: Mapping[str, tuple[str, ...]] | None = None,
) -> list[list[Features]]:
    """CRF features for consecutive sentences, adding what other occurrences of a word say.

    For every word (stem of 3+ letters) the cue classes and words seen around its
    *other* occurrences in the ``±context`` neighbouring sentences are added
    (``d_l=title:B``, ``d_lw=نادي``, ``d_r=speech:B``, ``d_self=LOC:B``, ``d_n=2``),
    so that a name introduced by a title once is recognised when it comes back alone.
    ``context=0`` gives exactly :func:`sentence_features` for each sentence.
    ``clusters`` as in :func:`sentence_features`.
    """
    lex = default_lexicon() if lexicon is None else lexicon
    cl = _clusters(clusters)
    all_toks = [[_tok(w, cl) for w in words] for words in sentences]
    all_marks = [lex.match([t.n for t in toks]) for toks in all_toks]
    feats = [
        [token_features(toks, marks, i, window=window) for i in range(len(toks))]
        for toks, marks in zip(all_toks, all_marks, strict=True)
    ]
    if context <= 0:
        return feats
    where: dict[str, list[tuple[int, int]]] = {}
    for si, toks in enumerate(all_toks):
        for ti, t in enumerate(toks):
            if t.shape == "ar" and len(t.stem) >= 3:
                where.setdefault(t.stem, []).append((si, ti))
    for occ in where.values():
        if len(occ) < 2:
            continue
        for si, ti in occ:
            f = feats[si][ti]
            n_other = 0
            for sj, tj in occ:
                if abs(sj - si) > context or (sj, tj) == (si, ti):
                    continue
                n_other += 1
                toks, marks = all_toks[sj], all_marks[sj]
                for m in marks[tj]:
                    f["d_self=" + m] = 1.0
                if tj > 0:
                    f["d_lw=" + toks[tj - 1].n] = 1.0
                    for m in marks[tj - 1]:
                        f["d_l=" + m] = 1.0
                if tj + 1 < len(toks):
                    f["d_rw=" + toks[tj + 1].n] = 1.0
                    for m in marks[tj + 1]:
                        f["d_r=" + m] = 1.0
            if n_other:
                f["d_n"] = str(min(n_other, 4))
    return feats


def token_features(toks: Sequence[_Tok], marks: Sequence[set[str]], i: int, *, window: int = 2) -> Features:
    """The features of token ``i`` from the precomputed token infos and lexicon marks."""
    t = toks[i]
    n = t.n
    f: Features = {
        "bias": 1.0,
        "w": n,
        "stem": t.stem,
        "shape": t.shape,
        "len": str(min(len(n), 8)),
        "p1": n[:1],
        "p2": n[:2],
        "p3": n[:3],
        "s1": n[-1:],
        "s2": n[-2:],
        "s3": n[-3:],
        "ss2": t.stem[-2:],
        "al": "1" if t.stem != n and strip_article(n) != n else "0",
        "nisba": "1" if t.nisba else "0",
        "w_a": n[:-1] if n.endswith("ا") and len(n) > 4 else n,  # without the accusative tanween alef
        "p4": n[:4],
        "s4": n[-4:],
    }
    for lvl, c in enumerate(t.cl):
        f[f"cl{lvl}"] = c
    if t.shape == "ar":
        padded = f"<{t.stem}>"
        for k in range(len(padded) - 2):
            f["c3=" + padded[k : k + 3]] = 1.0
    last = len(toks) - 1
    if i == 0:
        f["BOS"] = 1.0
    if i == last:
        f["EOS"] = 1.0
    for o in range(-window, window + 1):
        if o == 0:
            continue
        j = i + o
        if 0 <= j <= last:
            f[f"w[{o}]"] = toks[j].n
            if abs(o) == 1:
                if toks[j].nisba:
                    f[f"nisba[{o}]"] = 1.0
                f[f"stem[{o}]"] = toks[j].stem
                f[f"shape[{o}]"] = toks[j].shape
                f[f"s2[{o}]"] = toks[j].n[-2:]
                for lvl, c in enumerate(toks[j].cl[:2]):
                    f[f"cl{lvl}[{o}]"] = c
            if toks[j].cl:
                f[f"clf[{o}]"] = toks[j].cl[-1]
        else:
            f[f"w[{o}]"] = "<pad>"
    for j in range(max(0, i - 4), min(last, i + 4) + 1):
        if abs(j - i) > 2 and toks[j].shape == "ar":
            f["bow=" + toks[j].stem] = 1.0
    if i > 0:
        f["w[-1]|w"] = f"{toks[i - 1].n}|{n}"
    if i < last:
        f["w|w[+1]"] = f"{n}|{toks[i + 1].n}"
    for o in (-2, -1, 0, 1):
        j = i + o
        if 0 <= j <= last:
            for m in marks[j]:
                f[f"lex[{o}]={m}"] = 1.0
    return f
