"""Entity-CRF stage: tag each sentence with the statistical NER model, add ``origin="crf"`` mentions."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import ClassVar

from marsad.doc import Document, Mention
from marsad.ner.crf import CrfTagger
from marsad.ner.features import is_cue_word, is_demonym, variants
from marsad.ner.merge import CRF_ORIGIN, kind_for_label, trim_proclitics
from marsad.resources import load_json
from marsad.text.normalize import norm


@cache
def _tagger(path: str | None) -> CrfTagger:
    return CrfTagger.load(path)


@cache
def _not_name_starts() -> frozenset[str]:
    return frozenset(load_json("ner", "not_name_starts.json")["words"])


def _weapon_first(word: str) -> bool:
    """Does the span start with a munition or weapon noun («قذيفتا هاون»: shells, not a person)?"""
    starts = _not_name_starts()
    return any(v in starts for v in variants(norm(word)))


class EntityCrf:
    """Tag every sentence with the CRF and append its spans to ``doc.mentions`` (``origin="crf"``).

    The CRF mentions are unlinked (``kb_id=None``); the ``entity_merger`` stage
    drops those that overlap knowledge-base mentions.
    """

    name = "entity_crf"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"crf_mentions"})

    def __init__(self, *, model_path: str | Path | None = None, min_score: float = 0.0) -> None:
        """Args:
        model_path: a trained model (``None``: the bundled ``resources/models/ner.crfsuite``).
        min_score: drop spans whose mean token marginal probability is below this.
        """
        self.model_path = None if model_path is None else str(model_path)
        self.min_score = min_score

    @property
    def tagger(self) -> CrfTagger:
        """The CRF tagger (loaded on first use, cached per model file)."""
        return _tagger(self.model_path)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        found: list[Mention] = []
        sentences = doc.sentences or []
        ranges = [(s.token_start, s.token_end) for s in sentences] or [(0, len(doc.tokens))]
        ranges = [(a, b) for a, b in ranges if b > a]
        sents = [[text[t.start : t.end] for t in doc.tokens[a:b]] for a, b in ranges]
        tokens = doc.tokens
        for (a, _), words, spans in zip(ranges, sents, self.tagger.document_spans(sents), strict=True):
            for i, j, label, score in spans:
                if score < self.min_score or all(is_cue_word(w) for w in words[i:j]):
                    continue
                if j - i == 1 and is_demonym(words[i]):
                    continue  # "الروسي" alone is an adjective, not a name
                if _weapon_first(words[i]):
                    continue  # «قذيفتان صاروخيتان»: munitions, not a name
                first = tokens[a + i]  # (not a slice of the document's tokens per sentence)
                start = trim_proclitics(first.start, first.segments, text) if first.segments else first.start
                end = tokens[a + j - 1].end
                found.append(
                    Mention(
                        start=start,
                        end=end,
                        label=label,
                        text=text[start:end],
                        kind=kind_for_label(label),
                        kb_id=None,
                        origin=CRF_ORIGIN,
                        score=round(score, 4),
                    )
                )
        doc.mentions = [*doc.mentions, *found]
        return doc


def make_entity_crf(*, model_path: str | Path | None = None, min_score: float = 0.0) -> EntityCrf:
    """Factory for the registry."""
    return EntityCrf(model_path=model_path, min_score=min_score)
