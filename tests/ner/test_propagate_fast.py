"""``crf.propagate_spans`` (spans indexed by first stem, only the sentences with a copyable span within
reach scanned) gives the spans of its former definition, kept here as the reference: random documents
over a small vocabulary (many repeats, multi-word keys, cue words, nationality adjectives, short stems),
random spans and scores, several thresholds and context widths, spans given out of order.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from marsad.ner.crf import Span, propagate_spans
from marsad.ner.features import is_cue_word, is_demonym, token_stem, token_stems

VOCAB = [
    "بشار",
    "الأسد",
    "وبشار",
    "دمشق",
    "لدمشق",
    "الرئيس",
    "قال",
    "الروسي",
    "روسيا",
    "في",
    "من",
    "و",
    "حلب",
    "وحلب",
    "إدلب",
    "الجيش",
    "السوري",
    "والجيش",
    "Reuters",
    "2023",
    "،",
    ".",
    "أب",
    "مجلس",
    "الأمن",
]
LABELS = ["PERS", "LOC", "ORG", "MISC"]


def _propagate_reference(
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
    stems = [[token_stem(w) for w in words] for words in sentences]
    out = [list(s) for s in spans]
    # the spans that may be copied, per sentence: (stem key, label, score)
    sources: list[list[tuple[tuple[str, ...], str, float]]] = []
    for sj, sent_spans in enumerate(spans):
        ok = []
        for i, j, label, score in sent_spans:
            key = tuple(stems[sj][i:j])
            if score < threshold or any(len(k) < 3 for k in key):
                continue
            if all(is_cue_word(w) for w in sentences[sj][i:j]):
                continue
            if j - i == 1 and is_demonym(sentences[sj][i]):
                continue  # a lone nationality adjective (روسي، الروسية) is not copied
            ok.append((key, label, score))
        sources.append(ok)
    for si, words in enumerate(sentences):
        memory: dict[tuple[str, ...], dict[str, float]] = {}
        for sj in range(max(0, si - context), min(len(sentences), si + context + 1)):
            for key, label, score in sources[sj]:
                best = memory.setdefault(key, {})
                best[label] = max(best.get(label, 0.0), score)
        if not memory:
            continue
        firsts = {k[0] for k in memory}
        here = stems[si]
        taken = [False] * len(words)
        for i, j, _, _ in out[si]:
            for k in range(i, j):
                taken[k] = True
        max_len = max(len(k) for k in memory)
        i = 0
        while i < len(words):
            hit = None
            if here[i] in firsts:
                for length in range(min(max_len, len(words) - i), 0, -1):
                    labels = memory.get(tuple(here[i : i + length]))
                    if labels and not any(taken[i : i + length]):
                        hit = length, max(labels.items(), key=lambda kv: kv[1])
                        break
            if hit is None:
                i += 1
                continue
            length, (label, score) = hit
            out[si].append((i, i + length, label, score * decay))
            i += length
        out[si].sort()
    return out


#: Classes of the name list learned from the training data (lexicon marks ``nl_PERS:B`` …).
NAME_CLASS = "nl_"


def _random_doc(rng: random.Random) -> tuple[list[list[str]], list[list[Span]]]:
    sentences = [[rng.choice(VOCAB) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(0, 30))]
    spans: list[list[Span]] = []
    for words in sentences:
        here: list[Span] = []
        i = 0
        while i < len(words):
            if rng.random() < 0.3:
                j = min(len(words), i + rng.randint(1, 3))
                here.append((i, j, rng.choice(LABELS), rng.choice([0.5, 0.6, 0.7, 0.9, rng.random()])))
                i = j
            else:
                i += 1
        if rng.random() < 0.2:
            here.reverse()
        spans.append(here)
    return sentences, spans


def test_propagate_spans_equals_its_definition() -> None:
    rng = random.Random(7)
    copied = 0
    for _ in range(200):
        sentences, spans = _random_doc(rng)
        for threshold, context in ((0.6, 10), (0.0, 2), (0.8, 0), (0.5, 1)):
            want = _propagate_reference(sentences, spans, threshold=threshold, context=context)
            got = propagate_spans(sentences, spans, threshold=threshold, context=context)
            assert got == want
            copied += sum(len(a) - len(b) for a, b in zip(got, spans, strict=True))
    assert copied > 100


def test_propagate_spans_edge_cases() -> None:
    assert propagate_spans([], []) == []
    assert propagate_spans([[]], [[]]) == [[]]
    one = [["بشار"]], [[(0, 1, "PERS", 0.9)]]
    assert propagate_spans(*one) == [[(0, 1, "PERS", 0.9)]]
    doc = [["بشار", "الأسد"], ["قال", "بشار", "الأسد"], ["وبشار"]]
    spans: list[list[Span]] = [[(0, 2, "PERS", 0.9)], [], []]
    assert propagate_spans(doc, spans) == _propagate_reference(doc, spans)
    assert propagate_spans(doc, spans)[1] == [(1, 3, "PERS", 0.9 * 0.9)]


def test_token_stems_are_token_stem() -> None:
    words = [*VOCAB, "", "ـ", "x1", "والحكومة"]
    assert token_stems(words) == [token_stem(w) for w in words]
    assert token_stems(words) == [token_stem(w) for w in words]  # remembered now
