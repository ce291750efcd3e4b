"""``StateScorer._vec_products`` (remembered per vector object) gives each vector the product of the plain
definition: the vector times the weights of its dimensions' attributes, summed on its own."""

from __future__ import annotations

import numpy as np

from marsad.ner.clusters import load_embeddings
from marsad.ner.crf import CrfTagger
from marsad.ner.features import DENSE_SCALE, dense_names
from marsad.ner.scoring import StateScorer


def _plain(scorer: StateScorer, v: tuple[float, ...]) -> np.ndarray:
    x = np.array([v]) * DENSE_SCALE
    offsets = (0, *(scorer.offsets[k] for k in scorer._dense_at))
    rows = [np.einsum("wd,dl->wl", x, scorer._dense_rows(dense_names(len(v), o)))[0] for o in offsets]
    return np.stack(rows)


def test_products_equal_the_plain_definition_whatever_the_objects() -> None:
    tagger = CrfTagger.load()
    assert tagger._model is not None
    emb = load_embeddings()
    keys = sorted(emb)[:300]
    vecs = [emb[k] for k in keys]
    scorer = StateScorer(tagger.featurizer(), tagger._model)
    copies = [tuple(list(v)) for v in vecs[:50]]  # equal vectors, other objects
    batches = [vecs[:100], vecs[50:200] + vecs[:10], copies + vecs[:50], vecs[::-1], [vecs[0], vecs[0], copies[0]]]
    for batch in batches:
        got = scorer._vec_products(batch)
        assert len(got) == len(batch)
        for v, p in zip(batch, got, strict=True):
            assert np.array_equal(p, _plain(scorer, v))
    assert len(scorer._products) == 350
    # a vector whose object is gone and whose id is reused is not taken for the remembered one
    scorer._products.clear()
    scorer._vec_products([tuple(x + 1.0 for x in vecs[1])])
    other = tuple(x + 2.0 for x in vecs[2])
    assert np.array_equal(scorer._vec_products([other])[0], _plain(scorer, other))
