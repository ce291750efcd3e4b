"""A CRF named-entity tagger (python-crfsuite) over any given token list.

``CrfTagger`` tags a list of token strings with BIO tags over the four
ANERcorp classes (PERS, LOC, ORG, MISC).  It works on whatever tokenisation
it is given (ANERcorp's, or marsad's own tokens), since the features
(:mod:`marsad.ner.features`) only look at token strings.

python-crfsuite trains the model; documents are tagged in numpy
(:mod:`marsad.ner.scoring` builds the state scores from per-word score vectors,
:mod:`marsad.ner.decode` runs Viterbi and forward-backward on the model file's weights), with
the same spans and scores as crfsuite's tagger; crfsuite tags when the model file cannot be
read that way (or with ``numpy=False``).

Data helpers: :func:`read_conll` (``token TAG`` lines, blank line between
sentences; the Wojood multi-column format is read by
:func:`read_wojood`), :func:`split_dev` (the deterministic held-out split:
the last fraction of sentences in file order) and :func:`bio_spans`.
"""

from __future__ import annotations

import itertools
import logging
import math
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.errors import ModelError
from marsad.ner.decode import CrfModel, pad, read_model
from marsad.ner.features import (
    CUEWIN_PREFIXES,
    MORPH_PREFIXES,
    Featurizer,
    Lexicon,
    TokenItem,
    default_lexicon,
    is_cue_word,
    is_demonym,
    token_stems,
)
from marsad.ner.scoring import StateScorer
from marsad.ner.selftrain import (
    Document,
    SelfTrainParams,
    Tagged,
    iter_selected,
    read_documents,
    select_sentences,
)
from marsad.resources import load_json, resource_path
from marsad.text.memo import str_memo
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

LABELS = ("PERS", "LOC", "ORG", "MISC")
MODEL_PARTS = ("models", "ner.crfsuite")

Sentence = list[tuple[str, str]]

#: Wojood entity types mapped to the four ANERcorp classes (others become O).
WOJOOD_MAP = {"PERS": "PERS", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "EVENT": "MISC"}


@dataclass(frozen=True, slots=True)
class TrainParams:
    """Training hyper-parameters (L-BFGS with elastic-net regularisation)."""

    c1: float = 0.1
    c2: float = 0.01
    max_iterations: int = 150
    window: int = 2
    context: int = 10
    #: name-list folds: the training sentences are cut into this many blocks and each block gets
    #: name-list features from the names tagged in the *other* blocks (0: no name list)
    name_folds: int = 5
    #: share of its occurrences a phrase or word must be tagged as a name to enter the list
    name_purity: float = 0.5
    #: tag scheme the CRF learns: "BIO", or "BILOU" (last and single-token tags of their own);
    #: either way the tagger outputs BIO
    scheme: str = "BILOU"
    #: add the word-frequency and clitic-material features (:func:`marsad.ner.features.morph_features`;
    #: session 6: 5-fold CV 0.762 vs 0.760 but fewer unseen foreign place names found, slower: off)
    morph: bool = False
    #: add the cue-window features (:func:`marsad.ner.features.cue_window`)
    cuewin: bool = False
    #: crfsuite training algorithm: "lbfgs" (c1/c2 apply), or "ap", "pa", "l2sgd" (c2 only), "arow"
    algorithm: str = "lbfgs"
    #: crfsuite ``feature.possible_states``: also weigh (attribute, label) pairs never seen together
    #: in training (negative evidence), pruned by L1 like any other feature (session 5: CV +0.2)
    possible_states: bool = True
    #: crfsuite ``feature.minfreq``: attributes seen fewer times than this are dropped
    minfreq: float = 0.0


def _field_blocks(path: str | Path) -> Iterator[list[list[str]]]:
    """The whitespace-split lines of a file, grouped into blocks separated by blank lines."""
    cur: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                cur.append(parts)
            elif cur:
                yield cur
                cur = []
    if cur:
        yield cur


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a ``token TAG`` file (first and last whitespace field; blank line between sentences)."""
    return [[(p[0], p[-1] if len(p) > 1 else "O") for p in block] for block in _field_blocks(path)]


def read_wojood(path: str | Path, *, type_map: dict[str, str] | None = None) -> list[Sentence]:
    """Wojood sentences flattened to their outermost tag and mapped to PERS/LOC/ORG/MISC.

    The ``$#$`` end marker is dropped; unmapped types become ``O``.
    """
    tmap = WOJOOD_MAP if type_map is None else type_map
    out: list[Sentence] = []
    for block in _field_blocks(path):
        cur: Sentence = []
        for parts in block:
            if parts[0] == "$#$":
                continue
            tag = parts[1] if len(parts) > 1 else "O"
            if tag != "O":
                prefix, _, typ = tag.partition("-")
                tag = f"{prefix}-{tmap[typ]}" if typ in tmap else "O"
            cur.append((parts[0], tag))
        if cur:
            out.append(fix_bio(cur))
    return out


def fix_bio(sent: Sentence) -> Sentence:
    """Turn an ``I-X`` that does not continue an ``X`` into ``B-X``."""
    tags = repair_tags([t for _, t in sent])
    return [(w, t) for (w, _), t in zip(sent, tags, strict=True)]


def repair_tags(tags: Sequence[str]) -> list[str]:
    """BIO repair: an ``I-X`` after ``O`` or after another type starts a new entity (``B-X``)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def split_dev(sentences: Sequence[Sentence], dev_fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic split: the last ``ceil(dev_fraction * n)`` sentences (file order) are the dev part."""
    if not 0 <= dev_fraction < 1:
        raise ValueError(f"dev_fraction must be in [0, 1), got {dev_fraction}")
    n_dev = math.ceil(len(sentences) * dev_fraction)
    cut = len(sentences) - n_dev
    return list(sentences[:cut]), list(sentences[cut:])


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first_token, end_token, label)`` of a BIO tag list (half-open)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if typ:
                spans.append((start, i, typ))
                typ = ""
            if t != "O":
                start, typ = i, t[2:]
    return spans


def label_codes(labels: Sequence[str]) -> list[tuple[int, str]] | None:
    """Per label, ``(kind, type)`` for :func:`path_spans`: kind 0 ``O``, 1 ``B-``/``U-``, 2 ``I-``/``L-``; ``None``
    when some label is none of these (with a type) and the tags must be read as strings."""
    out: list[tuple[int, str]] = []
    for t in labels:
        if t == "O":
            out.append((0, ""))
        elif t[:2] in ("B-", "U-") and len(t) > 2:
            out.append((1, t[2:]))
        elif t[:2] in ("I-", "L-") and len(t) > 2:
            out.append((2, t[2:]))
        else:
            return None
    return out


def path_spans(path: Sequence[int], codes: Sequence[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """``bio_spans(repair_tags(to_bio([labels[y] for y in path])))`` from label ids (``codes = label_codes(labels)``):
    a ``B-``/``U-`` starts a span, an ``I-``/``L-`` continues one of its type or starts one, ``O`` ends it."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, y in enumerate(path):
        kind, t = codes[y]
        if kind == 2 and t == typ:
            continue
        if typ:
            spans.append((start, i, typ))
            typ = ""
        if kind:
            start, typ = i, t
    if typ:
        spans.append((start, len(path), typ))
    return spans


def to_bilou(tags: Sequence[str]) -> list[str]:
    """BIO tags → BILOU: the last token of an entity is ``L-``, a one-token entity ``U-``."""
    bio = repair_tags(tags)
    out = list(bio)
    for i, j, label in bio_spans(bio):
        if j - i == 1:
            out[i] = "U-" + label
        else:
            out[j - 1] = "L-" + label
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """BILOU (or BIO) tags → BIO: ``U-`` becomes ``B-``, ``L-`` becomes ``I-``."""
    return [("B-" + t[2:]) if t[:2] == "U-" else ("I-" + t[2:]) if t[:2] == "L-" else t for t in tags]


Span = tuple[int, int, str, float]


def propagate_spans(
    sentences: Sequence[Sequence[str]],
    spans: Sequence[Sequence[Span]],
    *,
    threshold: float = 0.6,
    context: int = 10,
    decay: float = 0.9,
) -> list[list[Span]]:
    """Label consistency within a text: copy confident spans to untagged repeats nearby.

    A span with score ``>= threshold`` whose words (compared by clitic-stripped stem,
    3+ letters each, not only cue words) occur again untagged within ``±context``
    sentences marks that occurrence too, with the majority label and ``decay`` times
    the best source score.  Longest matches first; existing spans are never changed.
    """
    # the stems of the whole text in one pass, then cut into sentences
    flat = token_stems(itertools.chain.from_iterable(sentences))
    stems: list[list[str]] = []
    at = 0
    for words in sentences:
        stems.append(flat[at : at + len(words)])
        at += len(words)
    out = [list(s) for s in spans]
    # the spans that may be copied, by their first stem: (sentence, stem key, label, score) in document order
    by_first: dict[str, list[tuple[int, tuple[str, ...], str, float]]] = {}
    # sources in the sentences before each sentence
    before = [0]
    for sj, sent_spans in enumerate(spans):
        n_ok = 0
        for i, j, label, score in sent_spans:
            key = tuple(stems[sj][i:j])
            if score < threshold or any(len(k) < 3 for k in key):
                continue
            if all(is_cue_word(w) for w in sentences[sj][i:j]):
                continue
            if j - i == 1 and is_demonym(sentences[sj][i]):
                continue  # a lone nationality adjective (روسي، الروسية) is not copied
            by_first.setdefault(key[0], []).append((sj, key, label, score))
            n_ok += 1
        before.append(before[-1] + n_ok)
    n_s = len(sentences)
    for si, words in enumerate(sentences):
        lo, hi = max(0, si - context), min(n_s, si + context + 1)
        if before[hi] == before[lo]:
            continue  # no span to copy within reach
        here = stems[si]
        # the copyable spans within reach that start with a stem of this sentence (only those can match), each
        # key's labels in document order, as a scan of all the sentences within reach would add them (the
        # order in which the keys come in does not matter: they are only looked up)
        memory: dict[tuple[str, ...], dict[str, float]] = {}
        here_set = set(here)
        for first, sources in by_first.items():
            if first in here_set:
                for sj, key, label, score in sources:
                    if lo <= sj < hi:
                        best = memory.setdefault(key, {})
                        best[label] = max(best.get(label, 0.0), score)
        if memory:
            firsts = {k[0] for k in memory}
            taken = [False] * len(words)
            for i, j, _, _ in out[si]:
                for k in range(i, j):
                    taken[k] = True
            max_len = max(len(k) for k in memory)
            # a match starts only at a stem that starts a key, after the end of the match before
            free = 0
            for i in [i for i, x in enumerate(here) if x in firsts]:
                if i < free:
                    continue
                for length in range(min(max_len, len(words) - i), 0, -1):
                    labels = memory.get(tuple(here[i : i + length]))
                    if labels and not any(taken[i : i + length]):
                        label, score = max(labels.items(), key=lambda kv: kv[1])
                        out[si].append((i, i + length, label, score * decay))
                        free = i + length
                        break
        out[si].sort()
    return out


#: the family particle of dynasties' names («حمد بن خليفة آل ثاني»), as written: the matching form folds «آل» into
#: the article «ال», so the features cannot tell it from a stray article (a stray «ال» token is taken the same way)
_FAMILY_WORDS = frozenset({"آل", "ال"})
#: proclitics stripped before a country name is looked up («والدنمارك»، «لبوروندي»; «لل» puts back the article); not
#: ``features.variants``, which also strips «ك» («كلاوس» is no «ك+لاوس») and a tanween alef
_COUNTRY_PROCLITICS = (("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("لل", "ال"), ("وب", ""), ("ول", ""), ("فب", ""),
                       ("فل", ""), ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""))
#: the score given to a country name the model left untagged
COUNTRY_SCORE = 0.9


@cache
def country_names() -> frozenset[str]:
    """The one-word country names of ``resources/ner/cues.json`` (``countries`` and ``more_countries``, without
    ``not_always_places``: «مالي» is also "financial", «المشرق» and «الخليج» name outlets too), in their matching
    form.  (World cities were tried: on the held-out block they found 2 names and made 6 errors — «وجده» read as
    «و+جدة», and a town the gold leaves untagged.)"""
    data = load_json("ner", "cues.json")
    skip = {norm(w) for w in data.get("not_always_places", [])}
    return frozenset(n for w in [*data["countries"], *data.get("more_countries", [])]
                     if " " not in w and (n := norm(w)) not in skip)


@cache
def not_names_alone() -> frozenset[str]:
    """Nouns of statements and sources that are no name on their own («بيان»، «التقرير»، «مصادر»: cues.json
    ``not_names_alone``), in their matching form."""
    return frozenset(norm(w) for w in load_json("ner", "cues.json").get("not_names_alone", []))


def _statement_noun(word: str, nouns: frozenset[str]) -> bool:
    n = norm(word)
    return n in nouns or (n[:1] in ("و", "ف", "ب", "ل") and n[1:] in nouns)


@str_memo(100_000)
def _country_word(word: str) -> bool:
    """:func:`_country` over the bundled names, remembered per word (it is asked of every untagged token)."""
    return _country(word, country_names())


def _country(word: str, names: frozenset[str]) -> bool:
    n = norm(word)
    if n in names:
        return True
    return any(n.startswith(pre) and len(n) - len(pre) >= 3 and put + n[len(pre) :] in names
               for pre, put in _COUNTRY_PROCLITICS)


def repair_spans(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """Three corrections that word lists know better than the model, after tagging:

    * a person's name runs on through a family name after «آل» («حمد بن خليفة آل ثاني»: the span that ends before
      «آل» takes it and the word after it, and a span that starts on that word);
    * a country name the model left untagged is a place (``LOC``, score :data:`COUNTRY_SCORE`): «وسلوفاكيا»،
      «لبوروندي» (the model's own list has the main countries only; see :func:`country_names`);
    * a one-word span of a statement or source noun is dropped («وذكر بيان للجيش»: the model looks for a person after
      a verb of saying; see :func:`not_names_alone`).
    """
    nouns = not_names_alone()
    out: list[list[Span]] = []
    for words, sent_spans in zip(sentences, spans, strict=True):
        cur = sorted(s for s in sent_spans if not (s[1] - s[0] == 1 and _statement_noun(words[s[0]], nouns)))
        starts = {s[0]: s for s in cur}
        covered = [False] * len(words)
        for i, j, _, _ in cur:
            for k in range(i, j):
                covered[k] = True
        fixed: list[Span] = []
        absorbed: set[Span] = set()
        for sp in cur:
            if sp in absorbed:
                continue
            i, j, label, score = sp
            if (label == "PERS" and j + 1 < len(words) and words[j] in _FAMILY_WORDS and not covered[j]
                    and len(words[j + 1]) >= 2 and words[j + 1].isalpha()
                    and (not covered[j + 1] or j + 1 in starts)):
                nxt = starts.get(j + 1)
                end = j + 2
                if nxt is not None:
                    absorbed.add(nxt)
                    end = max(end, nxt[1])
                for k in range(j, end):
                    covered[k] = True
                sp = (i, end, label, score)
            fixed.append(sp)
        for k, w in enumerate(words):
            if not covered[k] and _country_word(w):
                fixed.append((k, k + 1, "LOC", COUNTRY_SCORE))
        out.append(sorted(fixed))
    return out


#: Classes of the name list learned from the training data (lexicon marks ``nl_PERS:B`` …).
NAME_CLASS = "nl_"


def names_path(model_path: str | Path) -> Path:
    """The name list that goes with a model file: ``ner.crfsuite`` → ``ner.names.tsv``."""
    p = Path(model_path)
    return p.with_name(p.stem + ".names.tsv")


def learn_names(
    sentences: Iterable[Sentence], *, min_purity: float = 0.5, words: bool = True
) -> dict[str, list[str]]:
    """The names tagged in training sentences, by class: ``{"nl_PERS": ["خالد العمري", …], …}``.

    A phrase (normalised token sequence) is kept with its most frequent label when it is
    tagged as that entity in at least ``min_purity`` of the places where its tokens occur
    in a row, so that words that are only sometimes part of a name are left out.
    With ``words``, single words that are part of names (by the same rule) are listed too,
    under ``nl_wPERS`` … (a known family name in a new full name).
    """
    sents = [s for s in sentences if s]
    tagged: dict[tuple[str, ...], dict[str, int]] = {}
    for sent in sents:
        norms = [norm(w) or w for w, _ in sent]
        for i, j, label in bio_spans([t for _, t in sent]):
            by = tagged.setdefault(tuple(norms[i:j]), {})
            by[label] = by.get(label, 0) + 1
    if not tagged:
        return {}
    lengths = {len(k) for k in tagged}
    seen: dict[tuple[str, ...], int] = dict.fromkeys(tagged, 0)
    for sent in sents:
        norms = [norm(w) or w for w, _ in sent]
        for n in lengths:
            for i in range(len(norms) - n + 1):
                key = tuple(norms[i : i + n])
                if key in seen:
                    seen[key] += 1
    out: dict[str, list[str]] = {}
    for key, by in sorted(tagged.items()):
        label, count = max(by.items(), key=lambda kv: (kv[1], kv[0]))
        if count >= min_purity * max(seen[key], 1):
            out.setdefault(NAME_CLASS + label, []).append(" ".join(key))
    if words:
        # single words of names (ثامر in ثامر العلي): same purity rule, class nl_wPERS …
        in_name: dict[str, dict[str, int]] = {}
        total: dict[str, int] = {}
        for sent in sents:
            norms = [norm(w) or w for w, _ in sent]
            for w in norms:
                total[w] = total.get(w, 0) + 1
            for i, j, label in bio_spans([t for _, t in sent]):
                for w in norms[i:j]:
                    by = in_name.setdefault(w, {})
                    by[label] = by.get(label, 0) + 1
        for w, by in sorted(in_name.items()):
            label, count = max(by.items(), key=lambda kv: (kv[1], kv[0]))
            if len(w) >= 2 and count >= min_purity * total[w]:
                out.setdefault(NAME_CLASS + "w" + label, []).append(w)
    return out


def write_names(path: str | Path, names: Mapping[str, Sequence[str]]) -> Path:
    """Write a name list as ``class<TAB>phrase`` lines (sorted)."""
    out = Path(path)
    rows = sorted((c, p) for c, phrases in names.items() for p in phrases)
    out.write_text("".join(f"{c}\t{p}\n" for c, p in rows), encoding="utf-8")
    return out


def read_names(path: str | Path) -> dict[str, list[str]]:
    """Read a name list written by :func:`write_names`."""
    out: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            c, sep, phrase = line.rstrip("\n").partition("\t")
            if not sep or not c.startswith(NAME_CLASS) or not phrase.strip():
                raise ModelError(f"[E035] {path}:{n}: expected 'class<TAB>phrase', got {line.strip()!r}")
            out.setdefault(c, []).append(phrase)
    return out


def crfsuite_params(p: TrainParams) -> dict[str, object]:
    """The crfsuite trainer parameters of a recipe (only those its algorithm accepts)."""
    out: dict[str, object] = {
        "max_iterations": p.max_iterations,
        "feature.possible_transitions": True,
        "feature.possible_states": p.possible_states,
        "feature.minfreq": p.minfreq,
    }
    if p.algorithm == "lbfgs":
        out["c1"] = p.c1
    if p.algorithm in ("lbfgs", "l2sgd"):
        out["c2"] = p.c2
    return out


class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
    """A trainer that reports each iteration to a callback.

    python-crfsuite only dispatches its log events (``on_iteration`` …) when ``verbose`` is on,
    which also prints crfsuite's log; this trainer parses the log itself and prints nothing.
    """

    def __init__(
        self, *, on_iteration: Callable[[int, float], None] | None = None, algorithm: str = "lbfgs"
    ) -> None:
        super().__init__(algorithm=algorithm, verbose=False)
        self._cb = on_iteration

    def message(self, message: str) -> None:
        event = self.logparser.feed(message)
        if event == "iteration" and self._cb is not None:
            info = self.logparser.iterations[-1]
            self._cb(int(info.get("num", 0)), float(info.get("loss", 0.0)))


class CrfTagger:
    """BIO tagger for PERS/LOC/ORG/MISC over a given list of tokens."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        lexicon: Lexicon | None = None,
        window: int = 2,
        context: int = 10,
        propagate: float | None = 0.6,
        clusters: Mapping[str, tuple[str, ...]] | None = None,
        numpy: bool = True,
        embeddings: Mapping[str, tuple[float, ...]] | None = None,
        repair: bool = True,
    ) -> None:
        """Args:
        model_path: a trained ``.crfsuite`` file (``None``: untrained; call :meth:`train` or :meth:`load`).
        lexicon: membership lists for the features (``None``: cue words + knowledge base, see
            :func:`marsad.ner.features.default_lexicon`).
        window: neighbour window of the features (must match the one the model was trained with).
        context: sentences on each side whose occurrences of a word add features (:meth:`predict_document`).
        propagate: score a span needs to be copied to other occurrences (``None``: no propagation).
        clusters: word clusters for the features (``None``: the bundled ones, ``{}``: none); must
            match the ones the model was trained with.
        embeddings: word vectors for the real-valued features (``None``: the bundled ones, ``{}``:
            none); must match the ones the model was trained with.
        repair: correct the spans with word lists after tagging (:func:`repair_spans`).
        numpy: tag with numpy inference on the model's weights (:mod:`marsad.ner.decode`; the
            same spans and scores as crfsuite's tagger, faster); ``False`` or an unreadable model
            file: tag with crfsuite.
        """
        self.numpy = numpy
        self.clusters = clusters
        self.embeddings = embeddings
        self._base_lexicon = lexicon if lexicon is not None else default_lexicon()
        self.lexicon = self._base_lexicon
        self.window = window
        self.context = context
        self.propagate = propagate
        #: apply :func:`repair_spans` after tagging
        self.repair = repair
        self.model_path: Path | None = None
        self._tagger: pycrfsuite.Tagger | None = None
        #: the model's weights for numpy inference (``None``: tag with crfsuite)
        self._model: CrfModel | None = None
        self._known: frozenset[str] | None = None
        self._fz: Featurizer | None = None
        self._scorer: StateScorer | None = None
        if model_path is not None:
            self._open(Path(model_path))

    # -- loading -----------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None, *, lexicon: Lexicon | None = None) -> CrfTagger:
        """Open a trained model (the bundled ``resources/models/ner.crfsuite`` when ``path`` is ``None``)."""
        p = Path(path) if path is not None else resource_path(*MODEL_PARTS)
        return cls(p, lexicon=lexicon)

    def _open(self, path: Path) -> None:
        if not path.is_file():
            raise ModelError(f"[E030] NER model file not found: {path}")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as e:
            raise ModelError(f"[E031] cannot open NER model {path}: {e}") from e
        self._tagger = tagger
        self.model_path = path
        self.lexicon = self._base_lexicon
        side = names_path(path)
        if side.is_file():
            self.lexicon = self._base_lexicon.merged(Lexicon.from_lists(read_names(side)))
        # numpy inference on the model's exact weights; crfsuite tags when the file cannot be read
        try:
            self._model = read_model(path)
        except ModelError as e:
            log.warning("NER model %s: tagging with crfsuite (%s)", path, e)
            self._model = None
        # the features the model has weights for: the others cannot change a tag
        if self._model is not None:
            self._known = frozenset(self._model.attributes)
        else:
            self._known = frozenset(a for a, _ in tagger.info().state_features)
        self._fz = None
        if not side.is_file() and any(f"={NAME_CLASS}" in a for a in self._known):
            log.warning(
                "NER model %s was trained with a name list, but %s is missing: tagging will be worse",
                path,
                side,
            )

    def featurizer(self) -> Featurizer:
        """The feature builder for tagging (cached per word), keeping only the model's features."""
        if self._fz is None or self._fz.window != self.window:
            self._fz = Featurizer(
                lexicon=self.lexicon,
                window=self.window,
                clusters=self.clusters,
                known=self._known,
                embeddings=self.embeddings,
                morph=self._known is not None and any(a.startswith(MORPH_PREFIXES) for a in self._known),
                cuewin=self._known is not None and any(a.startswith(CUEWIN_PREFIXES) for a in self._known),
            )
        return self._fz

    def save(self, path: str | Path) -> Path:
        """Copy the trained model to ``path`` (parent folders are created)."""
        if self.model_path is None:
            raise ModelError("[E032] nothing to save: the tagger has no trained model")
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.resolve() != self.model_path.resolve():
            shutil.copyfile(self.model_path, out)
        return out

    # -- training ----------------------------------------------------------
    def train(
        self,
        sentences: Iterable[Sentence],
        *,
        out: str | Path | None = None,
        params: TrainParams | None = None,
        on_iteration: Callable[[int, float], None] | None = None,
        extra: Sequence[tuple[Sequence[Sequence[str]], Mapping[int, Sequence[str]]]] = (),
    ) -> Path:
        """Train on ``(token, tag)`` sentences, write the model to ``out`` and open it.

        Args:
            sentences: training sentences.
            out: model file (``None``: a temporary file).
            params: hyper-parameters (defaults of :class:`TrainParams`).
            on_iteration: called with ``(iteration, loss)`` after each L-BFGS iteration.
            extra: self-tagged training data: ``(document, {sentence index: BIO tags})`` pairs; each
                document is featurised whole (its document context) with the name list of all of
                ``sentences``, as at tagging time, and only the given sentences are trained on.
                The name list is learned from ``sentences`` only.
        """
        p = params or TrainParams()
        self.window = p.window
        self.context = p.context
        trainer = _Trainer(on_iteration=on_iteration, algorithm=p.algorithm)
        sents = [s for s in sentences if s]
        n = len(sents)
        if n == 0:
            raise ModelError("[E033] no training sentences")
        for sent, f in zip(sents, self._training_features(sents, p), strict=True):
            tags = [t for _, t in sent]
            trainer.append(f, to_bilou(tags) if p.scheme == "BILOU" else tags)
        for f, tags in self._extra_features(sents, extra, p):
            trainer.append(f, to_bilou(tags) if p.scheme == "BILOU" else repair_tags(tags))
        trainer.set_params(crfsuite_params(p))
        if out is None:
            fd = tempfile.NamedTemporaryFile(prefix="marsad-ner-", suffix=".crfsuite", delete=False)
            fd.close()
            out = fd.name
        out_path = Path(out)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        log.info("training NER CRF on %d sentences (c1=%s c2=%s iters=%d)", n, p.c1, p.c2, p.max_iterations)
        trainer.train(str(out_path))
        side = names_path(out_path)
        if p.name_folds > 1:
            write_names(side, learn_names(sents, min_purity=p.name_purity))
        elif side.exists():
            side.unlink()  # a list left by an earlier model would change this one's features
        self._open(out_path)
        return out_path

    def _training_features(self, sents: Sequence[Sentence], p: TrainParams) -> list[list[TokenItem]]:
        """Features of the training sentences; with name folds, each block sees the other blocks' names."""
        words = [[w for w, _ in s] for s in sents]
        k = max(p.name_folds, 1)
        bounds = [round(i * len(sents) / k) for i in range(k + 1)]
        feats: list[list[TokenItem]] = []
        for a, b in itertools.pairwise(bounds):
            lex = self._base_lexicon
            if k > 1:
                names = learn_names([*sents[:a], *sents[b:]], min_purity=p.name_purity)
                lex = lex.merged(Lexicon.from_lists(names))
            feats += self._training_featurizer(lex, p).items(words[a:b], context=p.context)
        return feats

    def _training_featurizer(self, lex: Lexicon, p: TrainParams) -> Featurizer:
        """The featurizer of a training recipe with the name lexicon ``lex``."""
        return Featurizer(lexicon=lex, window=p.window, clusters=self.clusters, embeddings=self.embeddings,
                          morph=p.morph, cuewin=p.cuewin)

    def _extra_features(
        self,
        sents: Sequence[Sentence],
        extra: Sequence[tuple[Sequence[Sequence[str]], Mapping[int, Sequence[str]]]],
        p: TrainParams,
    ) -> Iterator[tuple[list[TokenItem], list[str]]]:
        """Features and tags of the chosen sentences of self-tagged documents (see :meth:`train`)."""
        if not extra:
            return
        lex = self._base_lexicon
        if p.name_folds > 1:
            lex = lex.merged(Lexicon.from_lists(learn_names(sents, min_purity=p.name_purity)))
        fz = self._training_featurizer(lex, p)
        for doc, chosen in extra:
            feats = fz.items(doc, context=p.context)
            for i in sorted(chosen):
                tags = list(chosen[i])
                if len(tags) != len(doc[i]):
                    raise ValueError(f"extra sentence {i}: {len(tags)} tags for {len(doc[i])} tokens")
                yield feats[i], tags

    # -- tagging -----------------------------------------------------------
    def tag_confidence(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Per sentence of one text, the CRF's BIO tags (Viterbi, no propagation) and the marginal
        probability of each token's tag on that path (for choosing self-training sentences)."""
        if self._tagger is None:
            raise ModelError("[E034] the tagger has no model: train or load one first")
        out: list[tuple[list[str], list[float]]] = []
        if self._model is None or not self.numpy:
            for f in self.featurizer().items(sentences, context=self.context):
                raw = self._tagger.tag(f) if f else []
                out.append(
                    (repair_tags(to_bio(raw)), [self._tagger.marginal(raw[k], k) for k in range(len(raw))])
                )
            return out
        model = self._model
        fz = self.featurizer()
        if self._scorer is None or self._scorer.fz is not fz:
            self._scorer = StateScorer(fz, model)
        scores, lengths = self._scorer.document(sentences, context=self.context)
        live = np.flatnonzero(lengths).tolist()
        res: dict[int, tuple[list[str], list[float]]] = {}
        if live:
            padded = pad(scores, lengths[live])
            best = model.viterbi(padded, lengths[live])
            margs = model.marginals(padded, lengths[live])
            for k, i in enumerate(live):
                n = int(lengths[i])
                path = best[k, :n]
                raw = [model.labels[y] for y in path.tolist()]
                probs = margs[k][np.arange(n), path].tolist()
                res[i] = (repair_tags(to_bio(raw)), probs)
        return [res.get(i, ([], [])) for i in range(len(sentences))]

    def predict(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of token strings (repaired so every entity starts with ``B-``)."""
        if self._tagger is None:
            raise ModelError("[E034] the tagger has no model: train or load one first")
        if not words:
            return []
        feats = self.featurizer().items([words], context=0)[0]
        return repair_tags(to_bio(self._tagger.tag(feats)))

    def predict_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text (see :meth:`document_spans`)."""
        out: list[list[str]] = []
        for words, spans in zip(sentences, self.document_spans(sentences), strict=True):
            tags = ["O"] * len(words)
            for i, j, label, _ in spans:
                tags[i] = "B-" + label
                for k in range(i + 1, j):
                    tags[k] = "I-" + label
            out.append(tags)
        return out

    def tag_spans(self, words: Sequence[str]) -> list[tuple[int, int, str, float]]:
        """Entity spans ``(first_token, end_token, label, score)`` of one sentence (see :meth:`document_spans`)."""
        return self.document_spans([words])[0]

    def document_spans(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
        """Per sentence, entity spans ``(first_token, end_token, label, score)``.

        The score is the mean marginal probability of the span's tags.  Unless
        ``propagate`` is ``None``, confident spans are then copied to the other untagged
        occurrences of the same words nearby (:func:`propagate_spans`).
        """
        if self._tagger is None:
            raise ModelError("[E034] the tagger has no model: train or load one first")
        if self._model is not None and self.numpy:
            out = self._spans_numpy(sentences)
        else:
            out = self._spans_crfsuite(sentences)
        if self.propagate is not None:
            out = propagate_spans(sentences, out, threshold=self.propagate, context=self.context)
        return repair_spans(sentences, out) if self.repair else out

    def _spans_crfsuite(self, sentences: Sequence[Sequence[str]]) -> list[list[Span]]:
        """Per sentence, the CRF's spans and scores, tagged by crfsuite."""
        assert self._tagger is not None
        feats = self.featurizer().items(sentences, context=self.context)
        out: list[list[Span]] = []
        for f in feats:
            spans: list[Span] = []
            if f:
                raw = self._tagger.tag(f)
                tags = repair_tags(to_bio(raw))
                for i, j, label in bio_spans(tags):
                    probs = [self._tagger.marginal(raw[k], k) for k in range(i, j)]
                    spans.append((i, j, label, sum(probs) / len(probs)))
            out.append(spans)
        return out

    def _spans_numpy(self, sentences: Sequence[Sequence[str]]) -> list[list[Span]]:
        """:meth:`_spans_crfsuite` with numpy inference (:mod:`marsad.ner.decode`): the same spans and scores."""
        model = self._model
        assert model is not None
        fz = self.featurizer()
        if self._scorer is None or self._scorer.fz is not fz:
            self._scorer = StateScorer(fz, model)
        scores, all_lengths = self._scorer.document(sentences, context=self.context)
        out: list[list[Span]] = [[] for _ in sentences]
        live = np.flatnonzero(all_lengths).tolist()
        if not live:
            return out
        lengths = all_lengths[live]
        padded = pad(scores, lengths)
        best = model.viterbi(padded, lengths)
        labels = model.labels
        # only the sentences with some label other than O can have spans
        inside = np.arange(best.shape[1]) < lengths[:, None]
        tagged = ((best != labels.index("O")) & inside).any(axis=1) if "O" in labels else inside.any(axis=1)
        paths = best.tolist()
        found: list[tuple[int, list[int], list[tuple[int, int, str]]]] = []
        codes = label_codes(labels)
        n_tok = lengths.tolist()
        for i in np.flatnonzero(tagged).tolist():
            if codes is not None:
                spans = path_spans(paths[i][: n_tok[i]], codes)
            else:
                spans = bio_spans(repair_tags(to_bio([labels[y] for y in paths[i][: n_tok[i]]])))
            if spans:
                found.append((i, paths[i], spans))
        if not found:
            return out
        sel = [i for i, _, _ in found]
        # only the positions from the first span's start to the last span's end are needed
        lo = [spans[0][0] for _, _, spans in found]
        hi = [spans[-1][1] for _, _, spans in found]
        margs = model.marginals(padded[sel], lengths[sel], window=(np.array(lo), np.array(hi)))
        for m, (i, path, spans), a0, b0 in zip(margs, found, lo, hi, strict=True):
            probs_at = m[np.arange(a0, b0), path[a0:b0]].tolist()
            for a, b, label in spans:
                probs = probs_at[a - a0 : b - a0]
                out[live[i]].append((a, b, label, sum(probs) / len(probs)))
        return out

    def predict_many(self, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
        """BIO tags for many sentences."""
        return [self.predict(s) for s in sentences]

    def info(self) -> dict[str, int]:
        """Size of the opened model: labels, state features and transitions."""
        if self._tagger is None:
            return {}
        i = self._tagger.info()
        return {
            "labels": len(i.labels),
            "state_features": len(i.state_features),
            "transitions": len(i.transitions),
        }


# -- evaluation and the training recipe ------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Entity-level counts and P/R/F1 (exact span and type, conlleval-style)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Score]:
    """Entity-level scores per type and ``"micro"`` over all types."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for typ in {s[2] for s in gs | ps}:
            gt = {s for s in gs if s[2] == typ}
            pt = {s for s in ps if s[2] == typ}
            c = counts.setdefault(typ, [0, 0, 0])
            c[0] += len(gt & pt)
            c[1] += len(pt - gt)
            c[2] += len(gt - pt)
    out = {t: Score(*c) for t, c in sorted(counts.items())}
    out["micro"] = Score(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return out


@dataclass(slots=True)
class TrainReport:
    """What :func:`train_from_conll` did."""

    model_path: Path
    train_sentences: int
    dev_sentences: int
    extra_sentences: int
    scores: dict[str, Score]
    model_bytes: int


def train_from_conll(
    data: str | Path,
    *,
    out: str | Path,
    dev_fraction: float = 0.15,
    wojood: Sequence[str | Path] = (),
    params: TrainParams | None = None,
    on_iteration: Callable[[int, float], None] | None = None,
    self_train: Sequence[str | Path] = (),
    self_params: SelfTrainParams | None = None,
    teacher: str | Path | None = None,
) -> TrainReport:
    """The training recipe: split ``data`` (last ``dev_fraction`` held out), train, score on the dev part.

    Args:
        data: an ANERcorp-style ``token TAG`` file.
        out: where to write the model.
        dev_fraction: share of sentences (the last ones, file order) held out and never trained on.
        wojood: Wojood-format files added to the training part (types mapped by ``WOJOOD_MAP``).
        params: hyper-parameters.
        on_iteration: progress callback ``(iteration, loss)``.
        self_train: JSON-lines news files for self-training (:mod:`marsad.ner.selftrain`): the model
            trained on the labelled part tags them, the confident sentences are added, and the model
            is trained again (twice the training time).
        self_params: which self-tagged sentences are kept (defaults of :class:`SelfTrainParams`).
        teacher: with ``self_train``, a model already trained with the same recipe on the same part
            of ``data`` tags the news instead (saves the first training).
    """
    sents = read_conll(data)
    train, dev = split_dev(sents, dev_fraction)
    extra: list[Sentence] = []
    for w in wojood:
        extra.extend(read_wojood(w))
    tagger = CrfTagger()
    if self_train and teacher is not None:
        first = CrfTagger.load(teacher)
    else:
        path = tagger.train([*train, *extra], out=out, params=params, on_iteration=on_iteration)
        first = tagger
    n_self = 0
    if self_train:
        chosen = self_tagged(first, read_documents(self_train), self_params or SelfTrainParams())
        n_self = sum(len(c) for _, c in chosen)
        log.info("self-training: %d sentences added", n_self)
        path = tagger.train([*train, *extra], out=out, params=params, on_iteration=on_iteration, extra=chosen)
    scores: dict[str, Score] = {}
    if dev:
        pred = tagger.predict_document([[w for w, _ in s] for s in dev])
        scores = evaluate([[t for _, t in s] for s in dev], pred)
    return TrainReport(path, len(train), len(dev), len(extra) + n_self, scores, path.stat().st_size)


def self_tagged(
    tagger: CrfTagger, docs: Sequence[Document], p: SelfTrainParams
) -> list[tuple[Document, dict[int, list[str]]]]:
    """Tag unlabelled documents with ``tagger`` and keep the confident sentences (:func:`select_sentences`)."""
    tagged = [[Tagged(t, m) for t, m in tagger.tag_confidence(doc)] for doc in docs]
    return list(iter_selected(docs, select_sentences(docs, tagged, p)))
