"""Self-training data for the CRF tagger: confidently tagged sentences of unlabelled text.

The recipe (``marsad train-ner --self-train FILE``): train on the labelled sentences, tag
unlabelled news documents with that model, keep the sentences the model is sure of
(:func:`select_sentences`: every token's marginal probability of its Viterbi tag at least
``min_marginal``, at least one entity, a sensible length), at most ``cap`` of them, most
confident first, and train again on the labelled sentences plus those.

Only this selection logic and the reader live here; the tagging and training are in
:mod:`marsad.ner.crf`.  Nothing of the unlabelled text is stored in the model's folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize

#: a document: its sentences, each a list of token strings
Document = list[list[str]]


@dataclass(frozen=True, slots=True)
class SelfTrainParams:
    """Which self-tagged sentences become training data."""

    #: every token's marginal probability of its tag on the Viterbi path must reach this
    min_marginal: float = 0.9
    #: sentence length bounds (tokens)
    min_tokens: int = 5
    max_tokens: int = 60
    #: keep only sentences with at least one entity (all-O sentences add little)
    need_entity: bool = True
    #: at most this many sentences
    cap: int = 1000
    #: which ones when more pass: "confidence" (the most confident first) or "spread" (evenly spaced
    #: over all that pass, in document order: the confident ones are mostly the easiest)
    order: str = "spread"


@dataclass(frozen=True, slots=True)
class Tagged:
    """One self-tagged sentence: its BIO tags and the marginal of each tag."""

    tags: list[str]
    marginals: list[float]


def read_documents(
    paths: Iterable[str | Path], *, fields: Sequence[str] = ("full_text", "content")
) -> list[Document]:
    """Documents of JSON-lines news files: the first non-empty text field, split into sentences of tokens.

    Lines that are not JSON objects and records without text are skipped.
    """
    out: list[Document] = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(rec, dict):
                    continue
                text = next((rec[f] for f in fields if isinstance(rec.get(f), str) and rec[f].strip()), "")
                doc = text_sentences(text)
                if doc:
                    out.append(doc)
    return out


def text_sentences(text: str) -> Document:
    """The sentences of a text as token strings (marsad's tokenizer and sentence splitter)."""
    toks = [(a, b) for a, b, _ in tokenize(text)]
    return [[text[a:b] for a, b in toks[i:j]] for _, _, i, j in split_sentences(text, toks)]


def sentence_ok(words: Sequence[str], tagged: Tagged, p: SelfTrainParams) -> bool:
    """Whether one self-tagged sentence is confident and shaped enough to train on."""
    n = len(words)
    if not (p.min_tokens <= n <= p.max_tokens) or len(tagged.tags) != n or len(tagged.marginals) != n:
        return False
    if p.need_entity and all(t == "O" for t in tagged.tags):
        return False
    return min(tagged.marginals) >= p.min_marginal


def select_sentences(
    docs: Sequence[Document], tagged: Sequence[Sequence[Tagged]], p: SelfTrainParams
) -> dict[int, dict[int, list[str]]]:
    """The sentences to train on: ``{doc index: {sentence index: BIO tags}}``.

    Of the sentences passing :func:`sentence_ok`, at most ``p.cap``: with ``order="confidence"``
    those with the highest lowest token marginal (ties in document order), with ``"spread"``
    evenly spaced ones in document order.  A sentence that occurs more than once (same tokens)
    is taken once.
    """
    if p.order not in ("confidence", "spread"):
        raise ValueError(f"order must be 'confidence' or 'spread', got {p.order!r}")
    cands: list[tuple[float, int, int]] = []
    seen: set[tuple[str, ...]] = set()
    for d, (doc, tags) in enumerate(zip(docs, tagged, strict=True)):
        for s, (words, t) in enumerate(zip(doc, tags, strict=True)):
            key = tuple(words)
            if key in seen or not sentence_ok(words, t, p):
                continue
            seen.add(key)
            cands.append((-min(t.marginals), d, s))
    cap = max(p.cap, 0)
    if p.order == "confidence":
        cands.sort()
        picked = cands[:cap]
    else:
        step = len(cands) / cap if cap else 0.0
        picked = cands if len(cands) <= cap else [cands[int(k * step)] for k in range(cap)]
    out: dict[int, dict[int, list[str]]] = {}
    for _, d, s in picked:
        out.setdefault(d, {})[s] = list(tagged[d][s].tags)
    return out


def iter_selected(
    docs: Sequence[Document], chosen: dict[int, dict[int, list[str]]]
) -> Iterator[tuple[Document, dict[int, list[str]]]]:
    """``(document, {sentence index: tags})`` for the documents with chosen sentences, in order."""
    for d in sorted(chosen):
        yield docs[d], chosen[d]
