"""Self-training: choosing confident self-tagged sentences, reading news files, training with them.

All Arabic sentences here were written for these tests.
"""

from __future__ import annotations

import json

import pytest

from marsad.ner.crf import CrfTagger, TrainParams, crfsuite_params, read_conll, self_tagged
from marsad.ner.selftrain import (
    SelfTrainParams,
    Tagged,
    iter_selected,
    read_documents,
    select_sentences,
    sentence_ok,
    text_sentences,
)
from tests.ner.conll_helpers import write_synthetic_conll

S1 = ["وصل", "الوزير", "سامر", "إلى", "حمص", "صباح", "اليوم"]
S2 = ["وقال", "نادر", "إن", "الوضع", "في", "جبلة", "هادئ"]
S3 = ["ارتفعت", "الأسعار", "في", "الأسواق", "هذا", "الأسبوع", "كثيرا"]
T1 = ["O", "O", "B-PERS", "O", "B-LOC", "O", "O"]
T2 = ["O", "B-PERS", "O", "O", "O", "B-LOC", "O"]
T3 = ["O"] * 7


def _tagged(tags: list[str], low: float) -> Tagged:
    """Tags with every marginal 0.99 except one of ``low``."""
    m = [0.99] * len(tags)
    m[len(tags) // 2] = low
    return Tagged(tags, m)


def test_sentence_ok_needs_confidence_an_entity_and_a_sensible_length() -> None:
    p = SelfTrainParams(min_marginal=0.9, min_tokens=5, max_tokens=10)
    assert sentence_ok(S1, _tagged(T1, 0.95), p)
    assert not sentence_ok(S1, _tagged(T1, 0.85), p)  # one unsure token is enough to drop it
    assert not sentence_ok(S3, _tagged(T3, 0.99), p)  # no entity
    assert sentence_ok(S3, _tagged(T3, 0.99), SelfTrainParams(need_entity=False))
    assert not sentence_ok(S1[:4], _tagged(T1[:4], 0.99), p)  # too short
    assert not sentence_ok(S1 * 2, _tagged(T1 * 2, 0.99), SelfTrainParams(max_tokens=10))
    assert not sentence_ok(S1, _tagged(T1[:6], 0.99), p)  # tags do not fit the words


def test_select_by_confidence_with_a_cap_and_without_repeats() -> None:
    docs = [[S1, S2], [S3, S2, S1]]
    tagged = [
        [_tagged(T1, 0.93), _tagged(T2, 0.97)],
        [_tagged(T3, 0.99), _tagged(T2, 0.98), _tagged(T1, 0.95)],
    ]
    p = SelfTrainParams(min_marginal=0.9, order="confidence", cap=10)
    # S2 and S1 each occur twice: each is taken once, at its first place; S3 has no entity
    assert select_sentences(docs, tagged, p) == {0: {0: T1, 1: T2}}
    top = select_sentences(docs, tagged, SelfTrainParams(min_marginal=0.9, order="confidence", cap=1))
    assert top == {0: {1: T2}}  # the most confident one
    assert select_sentences(docs, tagged, SelfTrainParams(min_marginal=0.96, order="confidence")) == {
        0: {1: T2}
    }
    assert select_sentences(docs, tagged, SelfTrainParams(cap=0)) == {}


def test_select_spread_takes_evenly_spaced_sentences_in_document_order() -> None:
    words = [[f"كلمة{i}", "في", "مدينة", f"بلدة{i}", "اليوم"] for i in range(10)]
    tags = ["O", "O", "O", "B-LOC", "O"]
    docs = [words]
    tagged = [[Tagged(tags, [0.9 + 0.009 * i] * 5) for i in range(10)]]
    got = select_sentences(docs, tagged, SelfTrainParams(cap=5, order="spread"))
    assert sorted(got[0]) == [0, 2, 4, 6, 8]
    assert sorted(select_sentences(docs, tagged, SelfTrainParams(cap=3, order="confidence"))[0]) == [7, 8, 9]
    with pytest.raises(ValueError, match="order"):
        select_sentences(docs, tagged, SelfTrainParams(order="random"))
    assert [d for d, _ in iter_selected(docs, got)] == [words]


def test_read_documents_takes_the_text_field_and_skips_bad_lines(tmp_path) -> None:
    f = tmp_path / "news.jsonl"
    rows = [
        json.dumps(
            {"full_text": "وصل الوزير إلى حمص. وقال إن الوضع هادئ.", "title": "عنوان"}, ensure_ascii=False
        ),
        "not json",
        json.dumps({"full_text": "", "content": "غادر نادر جبلة مساء"}, ensure_ascii=False),
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps(["قائمة"], ensure_ascii=False),
    ]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = read_documents([f])
    assert docs == [
        [["وصل", "الوزير", "إلى", "حمص", "."], ["وقال", "إن", "الوضع", "هادئ", "."]],
        [["غادر", "نادر", "جبلة", "مساء"]],
    ]
    assert text_sentences("") == []


def _synthetic(path) -> None:
    write_synthetic_conll(path, people=6, towns=6, every=2)


def test_tag_confidence_agrees_between_numpy_and_crfsuite(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    t = CrfTagger()
    model = t.train(read_conll(data), out=tmp_path / "m.crfsuite", params=TrainParams(max_iterations=30))
    doc = [["وصل", "سامر", "إلى", "جبلة", "."], [], ["غادر", "فارس", "بلدة", "سلمية", "مساء"]]
    fast = CrfTagger(model).tag_confidence(doc)
    slow = CrfTagger(model, numpy=False).tag_confidence(doc)
    assert [tags for tags, _ in fast] == [tags for tags, _ in slow]
    assert fast[1] == ([], [])
    assert fast[0][0] == ["O", "B-PERS", "O", "B-LOC", "O"]
    for (_, a), (_, b) in zip(fast, slow, strict=True):
        assert a == pytest.approx(b, abs=1e-9)
        assert all(0.0 < x <= 1.0 for x in a)


def test_training_with_self_tagged_sentences_learns_their_words(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    params = TrainParams(max_iterations=30, c1=0.0)
    base = CrfTagger()
    base.train(sents, out=tmp_path / "base.crfsuite", params=params)
    # an unlabelled document with a town the labelled data never has
    docs = [[["وصل", "سامر", "إلى", "دوما", "."], ["غادر", "نادر", "بلدة", "دوما", "مساء"]]]
    chosen = self_tagged(base, docs, SelfTrainParams(min_marginal=0.5, min_tokens=3))
    assert chosen and chosen[0][0] is docs[0]
    assert all(tags[3] == "B-LOC" for tags in chosen[0][1].values())
    plain = CrfTagger()
    plain.train(sents, out=tmp_path / "plain.crfsuite", params=params)
    more = CrfTagger()
    more.train(sents, out=tmp_path / "more.crfsuite", params=params, extra=chosen)
    assert more._model is not None and plain._model is not None
    assert "w:دوما" in more._model.attributes and "w:دوما" not in plain._model.attributes
    with pytest.raises(ValueError, match="tags for"):
        CrfTagger().train(sents, out=tmp_path / "bad.crfsuite", params=params, extra=[(docs[0], {0: ["O"]})])


def test_crfsuite_params_follow_the_algorithm() -> None:
    p = crfsuite_params(TrainParams(possible_states=False))
    assert p["c1"] == 0.1 and p["c2"] == 0.01 and p["feature.possible_states"] is False
    assert crfsuite_params(TrainParams())["feature.possible_states"] is True  # the shipped recipe
    ap = crfsuite_params(TrainParams(algorithm="ap", possible_states=True))
    assert "c1" not in ap and "c2" not in ap and ap["feature.possible_states"] is True
    assert "c1" not in crfsuite_params(TrainParams(algorithm="l2sgd")) and "c2" in crfsuite_params(
        TrainParams(algorithm="l2sgd")
    )


def test_possible_states_adds_negative_state_features(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    sizes = []
    for ps in (False, True):
        t = CrfTagger()
        t.train(
            sents,
            out=tmp_path / f"m{ps}.crfsuite",
            params=TrainParams(max_iterations=10, c1=0.0, possible_states=ps),
        )
        sizes.append(t.info()["state_features"])
    assert sizes[1] > sizes[0]


def test_train_ner_cli_self_trains_on_a_news_file(runner, tmp_path) -> None:
    from marsad.cli import cli

    data = tmp_path / "tiny.conll"
    _synthetic(data)
    news = tmp_path / "news.jsonl"
    text = "وصل سامر إلى دوما . غادر نادر بلدة دوما مساء .\nوصل فارس إلى حرستا ."
    news.write_text(json.dumps({"full_text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "m.crfsuite"
    args = [
        "train-ner",
        "--data",
        str(data),
        "--dev-fraction",
        "0",
        "--out",
        str(out),
        "--max-iterations",
        "20",
        "--c1",
        "0",
    ]
    res = runner.invoke(
        cli, [*args, "--self-train", str(news), "--self-train-min", "0.3", "--self-train-cap", "2"]
    )
    assert res.exit_code == 0, res.output
    assert "+ 2 extra" in res.output
    model = CrfTagger(out)._model
    assert model is not None and "w:دوما" in model.attributes


def test_a_teacher_model_replaces_the_first_training(tmp_path) -> None:
    from marsad.ner.crf import train_from_conll

    data = tmp_path / "tiny.conll"
    _synthetic(data)
    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps({"content": "وصل سامر إلى دوما ."}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    params = TrainParams(max_iterations=15, c1=0.0)
    teacher = CrfTagger().train(read_conll(data), out=tmp_path / "t.crfsuite", params=params)
    iters: list[int] = []
    st = SelfTrainParams(min_marginal=0.3, min_tokens=3)
    kw = {"out": tmp_path / "m.crfsuite", "dev_fraction": 0.0, "params": params, "self_train": [news]}
    rep = train_from_conll(
        data, **kw, self_params=st, teacher=teacher, on_iteration=lambda i, _: iters.append(i)
    )
    assert rep.extra_sentences == 1
    assert iters.count(1) == 1  # one training, not two
    iters.clear()
    train_from_conll(data, **kw, self_params=st, on_iteration=lambda i, _: iters.append(i))
    assert iters.count(1) == 2
