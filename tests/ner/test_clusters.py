"""Word clusters: building from a tiny made-up corpus, the table file, and the CRF features.

All words and sentences here were written for these tests.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from marsad.errors import ResourceError
from marsad.ner.clusters import (
    build_clusters,
    cluster_key,
    load_clusters,
    load_embeddings,
    quantise,
    read_clusters,
    read_embeddings,
    word_vectors,
    write_clusters,
    write_embeddings,
)
from marsad.ner.features import sentence_features

NAMES = ["سمير", "خالد", "نبيل", "رامي", "وليد", "ماهر", "فادي", "عماد"]
CITIES = ["حمص", "حماه", "ادلب", "درعا", "طرطوس", "الرقه", "دوما", "جبله"]
VERBS = ["ذهب", "سافر", "عاد", "انتقل"]
FOODS = ["خبزا", "تفاحا", "لحما", "جبنا", "عسلا", "رزا", "سكرا", "زيتا"]


def _corpus(seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(600):
        if rng.random() < 0.5:
            out.append([rng.choice(VERBS), rng.choice(NAMES), "الى", rng.choice(CITIES), "امس", "."])
        else:
            out.append(["اكل", rng.choice(NAMES), rng.choice(FOODS), "بسرعه", "."])
    return out


def test_build_clusters_groups_words_by_context() -> None:
    cl = build_clusters(_corpus(), min_count=3, n_context=50, dim=8, levels=(2, 6), seed=0)
    assert set(NAMES) | set(CITIES) | set(FOODS) <= set(cl)
    assert all(len(v) == 2 for v in cl.values())

    # words of one class share a fine cluster more often than words of different classes
    def same(a: str, b: str) -> bool:
        return cl[a][-1] == cl[b][-1]

    within = sum(same(a, b) for grp in (NAMES, CITIES) for a, b in itertools.combinations(grp, 2))
    across = sum(same(a, b) for a in NAMES for b in CITIES)
    assert within > across
    # the coarse id is a function of the fine id (a hierarchy)
    fine_to_coarse: dict[str, str] = {}
    for coarse, fine in cl.values():
        assert fine_to_coarse.setdefault(fine, coarse) == coarse


def test_build_clusters_is_deterministic_and_counts_min() -> None:
    corpus = [*_corpus(), ["نادره", "."], ["نادره", "."]]
    a = build_clusters(corpus, min_count=3, n_context=50, dim=8, levels=(2, 6), seed=0)
    b = build_clusters(corpus, min_count=3, n_context=50, dim=8, levels=(2, 6), seed=0)
    assert a == b
    assert "نادره" not in a  # seen twice only


def test_build_clusters_refuses_tiny_vocabulary() -> None:
    with pytest.raises(ValueError):
        build_clusters([["a", "b", "c"]] * 5, min_count=1, levels=(2, 64))


def test_table_round_trip(tmp_path) -> None:
    cl = {"حمص": ("1", "7"), "خالد": ("0", "3")}
    for name in ("c.tsv", "c.tsv.gz"):
        p = write_clusters(cl, tmp_path / name)
        assert read_clusters(p) == cl


def test_cluster_key_uses_stem_and_numbers() -> None:
    assert cluster_key("١٢٣") == cluster_key("45") == "<num>"
    assert cluster_key("والمدينة") == cluster_key("المدينة")


def test_cluster_features_follow_the_table() -> None:
    words = ["وصل", "خالد", "الى", "حمص"]
    cl = {cluster_key("خالد"): ("0", "3", "9"), cluster_key("حمص"): ("1", "7", "12")}
    f = sentence_features(words, clusters=cl)
    assert "cl0:0" in f[1] and "cl2:9" in f[1]
    assert "cl1:7" in f[3]
    assert "cl1[-1]:3" in f[2] and "cl1[1]:7" in f[2]
    assert "cl0:u" in f[0]  # not in the table
    none = sentence_features(words, clusters={})
    assert not any(k.startswith("cl") for feats in none for k in feats)


def test_bundled_clusters_load() -> None:
    cl = load_clusters()
    if not cl:
        pytest.skip("no bundled cluster table")
    assert len(cl) > 1000
    assert len({len(v) for v in cl.values()}) == 1


def test_word_vectors_are_unit_length_and_similar_within_a_class() -> None:
    vocab, vec = word_vectors(_corpus(), min_count=3, n_context=50, dim=8, seed=0)
    assert vec.shape == (len(vocab), 8)
    assert np.allclose(np.linalg.norm(vec, axis=1), 1.0)
    at = {w: i for i, w in enumerate(vocab)}

    def cos(a: str, b: str) -> float:
        return float(vec[at[a]] @ vec[at[b]])

    within = np.mean([cos(a, b) for grp in (NAMES, CITIES) for a, b in itertools.combinations(grp, 2)])
    across = np.mean([cos(a, b) for a in NAMES for b in CITIES])
    assert within > across


def test_quantise_standardises_each_dimension() -> None:
    vec = np.array([[1.0, 10.0], [3.0, 10.0], [5.0, 40.0], [7.0, 40.0]])
    q = np.array(quantise(vec))
    # dimension 0: mean 4, sd sqrt(5); dimension 1: mean 25, sd 15 → ±1 sd = ±32 steps
    assert q[:, 1].tolist() == [-32, -32, 32, 32]
    assert q[:, 0].tolist() == [
        round(-3 / 5**0.5 * 32),
        round(-1 / 5**0.5 * 32),
        round(1 / 5**0.5 * 32),
        round(3 / 5**0.5 * 32),
    ]
    assert np.array(quantise(np.array([[0.0], [0.0], [100.0]]))).max() <= 127  # clipped to int8


def test_embedding_table_round_trip(tmp_path) -> None:
    table = {"حمص": (32, 0, -64), "خالد": (-127, 16, 1)}
    p = write_embeddings(table, tmp_path / "e.npz")
    assert read_embeddings(p) == {k: tuple(x / 32 for x in v) for k, v in table.items()}
    (tmp_path / "bad.npz").write_bytes(b"not an archive")
    with pytest.raises(ResourceError):
        read_embeddings(tmp_path / "bad.npz")


def test_bundled_embeddings_load() -> None:
    emb = load_embeddings()
    if not emb:
        pytest.skip("no bundled word vectors")
    assert len(emb) > 1000
    assert len({len(v) for v in emb.values()}) == 1
    first = np.array(list(emb.values()))
    assert abs(first.mean()) < 0.1 and 0.8 < first.std() < 1.2  # standardised


def test_word_vectors_are_made_on_demand_with_the_tables_floats(tmp_path) -> None:
    table = {"حمص": (32, 0, -64), "خالد": (-127, 16, 1), "<num>": (5, -5, 127)}
    emb = read_embeddings(write_embeddings(table, tmp_path / "e.npz"))
    want = {k: tuple(x / 32 for x in v) for k, v in table.items()}
    assert len(emb) == 3 and set(emb) == set(want) and "حمص" in emb and "x" not in emb
    assert emb.get("x") is None and emb.get("x", (1.0,)) == (1.0,)
    with pytest.raises(KeyError):
        emb["x"]
    assert emb["خالد"] == want["خالد"] and emb.get("خالد") is emb["خالد"]  # made once
    assert dict(emb.items()) == want and emb == want
    assert all(type(x) is float for v in emb.values() for x in v)
