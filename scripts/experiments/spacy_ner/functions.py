"""spaCy code for the marsad NER experiment (``python -m spacy train CFG --code functions.py``).

``marsad.stem_norm.v1`` (an ``[nlp.after_creation]`` callback): every lexeme's NORM becomes marsad's
clitic-stripped, normalised stem (:func:`marsad.ner.clusters.cluster_key`, the key of the word-vector
table), so the tok2vec's NORM embedding and the static vectors (a table keyed by NORM) see the stem
instead of the raw token.  Import this module before ``spacy.load`` of a model trained with it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.attrs import NORM
from spacy.language import Language


@lru_cache(maxsize=500_000)
def _key(word: str) -> str:
    from marsad.ner.clusters import cluster_key

    return cluster_key(word)


@spacy.registry.callbacks("marsad.stem_norm.v1")
def make_stem_norm() -> Callable[[Language], Language]:
    def stem_norm(nlp: Language) -> Language:
        nlp.vocab.lex_attr_getters[NORM] = _key
        return nlp

    return stem_norm
