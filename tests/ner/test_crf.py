"""CRF tagger: pure features, tagging, the CoNLL CLI and a tiny training run.

All Arabic sentences here were written for these tests.
"""

from __future__ import annotations

import copy
import json

import pytest

from marsad.cli import cli
from marsad.errors import ModelError
from marsad.ner.crf import (
    MODEL_PARTS,
    CrfTagger,
    TrainParams,
    bio_spans,
    evaluate,
    learn_names,
    names_path,
    read_conll,
    read_names,
    read_wojood,
    repair_tags,
    split_dev,
    to_bilou,
    to_bio,
    write_names,
)
from marsad.ner.features import (
    Featurizer,
    Lexicon,
    document_features,
    is_cue_word,
    is_demonym,
    sentence_features,
    strip_article,
    variants,
)
from marsad.resources import resource_path
from tests.ner.conll_helpers import write_synthetic_conll

SENT = ["وقال", "الوزير", "خالد", "العمري", "في", "مدينة", "حمص", "."]


# -- features ---------------------------------------------------------------------------------


def test_features_are_pure_and_deterministic() -> None:
    words = list(SENT)
    before = copy.deepcopy(words)
    a = sentence_features(words)
    b = sentence_features(words)
    assert a == b
    assert words == before
    assert len(a) == len(words)


def test_features_window_and_boundaries() -> None:
    f = sentence_features(SENT, window=2)
    assert "BOS" in f[0] and "BOS" not in f[1]
    assert "EOS" in f[-1]
    assert "w[-1]:<pad>" in f[0]
    assert "w[-1]:الوزير" in f[2] and "w[1]:العمري" in f[2]
    assert "w:خالد" in f[2]
    # the title just before the name is seen as a cue
    assert "lex[-1]=title:B" in f[2]
    assert "lex[-1]=loc_cue:B" in f[6]
    assert all(len(set(x)) == len(x) for x in f)  # no feature twice (crfsuite would count it twice)


def test_features_normalise_and_strip_clitics() -> None:
    f = sentence_features(["وللأمم"])[0]
    assert "w:وللامم" in f
    stem = next(x for x in f if x.startswith("stem:"))
    assert stem != "stem:وللامم"  # some clitic material was stripped
    assert strip_article("والحكومه") == "حكومه"
    assert strip_article("حمص") == "حمص"
    assert "الامم" in variants("للامم")
    assert "حمص" in variants("وحمص")


def test_lexicon_marks_multiword_names_with_clitics() -> None:
    lex = Lexicon.from_lists({"LOC": ["دير الزور"], "title": ["العقيد"]})
    marks = lex.match(["وصل", "العقيد", "الى", "ودير", "الزور"])
    assert "title:B" in marks[1]
    assert "LOC:B" in marks[3] and "LOC:I" in marks[4]
    assert not marks[0] and not marks[2]
    f = sentence_features(["ودير", "الزور"], lexicon=lex)
    assert "lex[0]=LOC:B" in f[0] and "lex[-1]=LOC:B" in f[1]


def test_document_features_see_other_occurrences() -> None:
    sents = [["قال", "الرئيس", "كرامي", "إن"], ["وأضاف", "كرامي", "أن"]]
    f = document_features(sents, context=5)
    assert "d_l=title:B" in f[1][1]
    assert "d_n:1" in f[1][1]
    assert document_features(sents, context=0)[1][1] == sentence_features(sents[1])[1]


def _brute_force_context(sents: list[list[str]], context: int) -> list[list[set[str]]]:
    """The document-context features by the definition: every other occurrence in range, one by one."""
    fz = Featurizer()
    toks = [[fz.tok(w) for w in s] for s in sents]
    marks = [fz.lexicon.match([t.n for t in ts]) for ts in toks]
    out: list[list[set[str]]] = [[set() for _ in s] for s in sents]
    for si, ts in enumerate(toks):
        for ti, t in enumerate(ts):
            if t.shape != "ar" or len(t.stem) < 3:
                continue
            n = 0
            for sj, us in enumerate(toks):
                for tj, u in enumerate(us):
                    if u.stem != t.stem or (sj, tj) == (si, ti) or abs(sj - si) > context:
                        continue
                    n += 1
                    out[si][ti] |= {"d_self=" + m for m in marks[sj][tj]}
                    if tj > 0:
                        out[si][ti] |= {"d_lw=" + us[tj - 1].n} | {"d_l=" + m for m in marks[sj][tj - 1]}
                    if tj + 1 < len(us):
                        out[si][ti] |= {"d_rw=" + us[tj + 1].n} | {"d_r=" + m for m in marks[sj][tj + 1]}
            if n:
                out[si][ti].add(f"d_n:{min(n, 4)}")
    return out


def test_document_context_matches_its_definition() -> None:
    """The sliding-window computation equals the one-by-one definition, across window edges."""
    base = [["قال", "الرئيس", "كرامي", "إن"], ["وأضاف", "كرامي", "أن", "وزير", "الخارجية"], ["في", "طرابلس"]]
    sents = [*base, ["زار", "طرابلس", "امس"], *base, ["كرامي"], ["حمص", "وطرابلس", "كرامي", "كرامي"]]
    for context in (1, 2, 5):
        got = document_features(sents, context=context)
        plain = document_features(sents, context=0)
        want = _brute_force_context(sents, context)
        for si in range(len(sents)):
            for ti in range(len(sents[si])):
                added = [x for x in got[si][ti] if x.startswith("d_")]
                assert len(added) == len(set(added))
                assert set(added) == want[si][ti], (context, si, ti)
                assert [x for x in got[si][ti] if not x.startswith("d_")] == plain[si][ti]


def test_known_features_filter_keeps_only_model_features() -> None:
    words = ["قال", "الرئيس", "كرامي", "إن", "الحكومة"]
    full = Featurizer().sentence(words)
    known = frozenset({"bias", "w:كرامي", "lex[-1]=title:B", "BOS"})
    kept = Featurizer(known=known).sentence(words)
    assert [set(k) for k in kept] == [set(f) & known for f in full]


def test_demonyms() -> None:
    assert is_demonym("الروسي") and is_demonym("والسوريين") and is_demonym("تركية")
    assert not is_demonym("الجبوري") and not is_demonym("علي") and not is_demonym("روسيا")


def test_cue_words() -> None:
    assert is_cue_word("مدينة") and is_cue_word("والوزير")
    assert not is_cue_word("حمص")


# -- BIO helpers --------------------------------------------------------------------------------


def test_bio_helpers() -> None:
    tags = ["O", "I-PERS", "I-PERS", "B-LOC", "I-ORG", "O"]
    assert repair_tags(tags) == ["O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "O"]
    assert bio_spans(repair_tags(tags)) == [(1, 3, "PERS"), (3, 4, "LOC"), (4, 5, "ORG")]
    assert bio_spans(["B-LOC", "B-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC")]


def test_split_dev_is_last_fraction_in_order() -> None:
    sents = [[(str(i), "O")] for i in range(20)]
    train, dev = split_dev(sents, 0.15)
    assert [s[0][0] for s in dev] == ["17", "18", "19"]
    assert len(train) == 17 and train[0][0][0] == "0"
    with pytest.raises(ValueError):
        split_dev(sents, 1.0)


def test_evaluate_counts_exact_spans() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    s = evaluate(gold, pred)
    assert (s["LOC"].tp, s["PERS"].tp, s["PERS"].fp, s["PERS"].fn) == (1, 0, 1, 1)
    assert s["micro"].f1 == pytest.approx(0.5)


def test_read_wojood_maps_types(tmp_path) -> None:
    p = tmp_path / "w.txt"
    p.write_text("زار O\nالوفد B-NORP\nمدينة B-GPE\nحلب I-GPE B-GPE\nأمس B-DATE\n$#$ O\n\n", encoding="utf-8")
    [s] = read_wojood(p)
    assert s == [("زار", "O"), ("الوفد", "O"), ("مدينة", "B-LOC"), ("حلب", "I-LOC"), ("أمس", "O")]


# -- the bundled model ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return CrfTagger.load()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن المحادثات مستمرة .",
            {("إيمانويل ماكرون", "PERS"), ("باريس", "LOC")},
        ),
        ("وصل وزير الخارجية إلى بغداد قادما من طهران صباح اليوم .", {("بغداد", "LOC"), ("طهران", "LOC")}),
        ("أصدرت منظمة الأمم المتحدة بيانا حول الوضع في اليمن .", {("اليمن", "LOC")}),
    ],
)
def test_bundled_model_finds_sensible_spans(
    tagger: CrfTagger, sentence: str, expected: set[tuple[str, str]]
) -> None:
    words = sentence.split()
    tags = tagger.predict(words)
    assert len(tags) == len(words)
    found = {(" ".join(words[a:b]), t) for a, b, t in bio_spans(tags)}
    assert expected <= found
    assert all(not t.startswith("I-") or tags[i - 1][2:] == t[2:] for i, t in enumerate(tags))


def test_bundled_model_tags_nothing_in_plain_clause(tagger: CrfTagger) -> None:
    words = "ذهب الأطفال إلى المدرسة صباحا ثم عادوا إلى البيت .".split()
    assert tagger.predict(words) == ["O"] * len(words)


def test_tag_spans_have_scores(tagger: CrfTagger) -> None:
    spans = tagger.tag_spans("التقى السيد حسن نصر الله وفدا في بيروت .".split())
    assert spans and all(0.0 < s <= 1.0 for *_, s in spans)
    assert "LOC" in {lab for _, _, lab, _ in spans}


# -- the CoNLL CLI -------------------------------------------------------------------------------


def test_tag_conll_keeps_tokens_and_blank_lines(runner) -> None:
    lines = [
        "",
        "وقال",
        "الرئيس",
        "عمر",
        "البشير",
        "«",
        "https://x.y/z?a=1",
        "\u200f",
        "12,5%",
        "",
        "",
        "Damascus",
        "(",
        "حلب",
        ")",
        "",
    ]
    src = "\n".join(lines) + "\n"
    res = runner.invoke(cli, ["tag", "--format", "conll"], input=src.encode("utf-8"))
    assert res.exit_code == 0, res.output
    out_lines = res.stdout_bytes.decode("utf-8").split("\n")
    assert out_lines[-1] == ""
    out_lines = out_lines[:-1]
    assert len(out_lines) == len(lines)
    for src_line, out_line in zip(lines, out_lines, strict=True):
        if src_line == "":
            assert out_line == ""
        else:
            token, _, tag = out_line.rpartition("\t")
            assert token == src_line
            assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in {"PERS", "LOC", "ORG", "MISC"})


def test_tag_conll_without_final_newline(runner) -> None:
    res = runner.invoke(cli, ["tag"], input="دمشق\n.".encode())
    assert res.exit_code == 0
    assert [x.split("\t")[0] for x in res.stdout_bytes.decode().splitlines()] == ["دمشق", "."]


def test_tag_json_prints_merged_mentions(runner) -> None:
    text = "زار الوزير مدينة حلب أمس ، وقال الدكتور منير الحداد إن الاجتماع انتهى ."
    res = runner.invoke(cli, ["tag", "--format", "json"], input=text.encode())
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout_bytes.decode())
    assert any("حلب" in m["text"] and m["label"] == "LOC" for m in data)
    # a name no list holds comes from the CRF, unlinked
    person = [m for m in data if "الحداد" in m["text"]]
    assert person and person[0]["label"] == "PERS" and person[0]["kb_id"] is None
    for m in data:
        assert text[m["start"] : m["end"]] == m["text"]


# -- training ------------------------------------------------------------------------------------


def _synthetic(path) -> None:
    write_synthetic_conll(path)


def test_train_save_and_load_back(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    assert len(sents) > 20
    t = CrfTagger()
    model = t.train(
        sents, out=tmp_path / "m.crfsuite", params=TrainParams(c1=0.0, c2=0.01, max_iterations=50)
    )
    assert model.exists() and model.stat().st_size > 0
    copy_path = t.save(tmp_path / "copy" / "ner.crfsuite")
    back = CrfTagger.load(copy_path)
    assert back.predict(["وصل", "نادر", "إلى", "جبلة", "."]) == ["O", "B-PERS", "O", "B-LOC", "O"]
    assert back.info()["labels"] >= 3


def test_bundled_model_tags_the_same_with_only_its_own_features() -> None:
    """Tagging drops the features the model has no weight for; spans and scores must not change."""
    tagger = CrfTagger(resource_path(*MODEL_PARTS), propagate=None)
    sents = [
        [
            "وقال",
            "الوزير",
            "خالد",
            "العمري",
            "في",
            "مدينة",
            "حمص",
            "إن",
            "وفدا",
            "من",
            "جامعة",
            "الدول",
            "العربية",
        ],
        ["وأضاف", "العمري", "أن", "الوفد", "سيزور", "دمشق", "وحلب", "غدا", "."],
    ]
    fast = tagger.document_spans(sents)
    own = tagger.featurizer()
    # every feature of the families the model uses (morph, cue window: as it was trained)
    every = Featurizer(
        lexicon=tagger.lexicon, window=tagger.window, morph=own.freq is not None, cuewin=own.cuewin
    )
    full = every.document(sents, context=tagger.context)
    assert sum(len(f) for f in tagger.featurizer().document(sents)[0]) < sum(len(f) for f in full[0])
    crf = tagger._tagger
    assert crf is not None and any(fast)
    # all the features (with the real-valued word-vector ones, if any) as crfsuite items
    for spans, f in zip(fast, every.items(sents, context=tagger.context), strict=True):
        raw = crf.tag(f)
        want = [
            (i, j, lab, sum(crf.marginal(raw[k], k) for k in range(i, j)) / (j - i))
            for i, j, lab in bio_spans(repair_tags(to_bio(raw)))
        ]
        assert [x[:3] for x in spans] == [x[:3] for x in want]
        assert all(abs(x[3] - y[3]) < 1e-9 for x, y in zip(spans, want, strict=True))


def test_train_ner_cli_reports_dev_scores(runner, tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    out = tmp_path / "m.crfsuite"
    res = runner.invoke(
        cli,
        [
            "train-ner",
            "--data",
            str(data),
            "--dev-fraction",
            "0.2",
            "--out",
            str(out),
            "--max-iterations",
            "30",
        ],
    )
    assert res.exit_code == 0, res.output
    assert out.exists()
    assert "micro" in res.output


def test_load_missing_model_is_a_model_error(tmp_path) -> None:
    from marsad.errors import ModelError

    with pytest.raises(ModelError):
        CrfTagger.load(tmp_path / "nope.crfsuite")
    with pytest.raises(ModelError):
        CrfTagger().predict(["حلب"])


def test_propagate_spans_copies_confident_labels_to_repeats() -> None:
    from marsad.ner.crf import propagate_spans

    sents = [
        ["وقال", "المدرب", "فادي", "سلوم", "إن", "الفريق", "جاهز"],
        ["وأضاف", "سلوم", "أن", "اللاعبين", "بخير"],
        ["وأشار", "لسلوم", "أيضا"],
        ["سلوم", "هنا"],
    ]
    spans = [[(2, 4, "PERS", 0.95), (3, 4, "PERS", 0.9)], [], [], []]
    out = propagate_spans(sents, spans, threshold=0.6, context=1)
    assert [s[:3] for s in out[1]] == [(1, 2, "PERS")]
    assert out[1][0][3] == pytest.approx(0.9 * 0.9)  # the best source of the one-word key
    assert out[2] == []  # two sentences away: outside the context
    out = propagate_spans(sents, spans, threshold=0.6, context=5)
    assert [s[:3] for s in out[2]] == [(1, 2, "PERS")]  # "لسلوم" matches by its stem
    assert out[0] == spans[0]  # existing spans are untouched
    # a lone nationality adjective is not copied
    adj = [["قال", "المسؤول", "الروسي"], ["وأكد", "الروسي", "ذلك"]]
    assert propagate_spans(adj, [[(2, 3, "PERS", 0.9)], []], threshold=0.6, context=5)[1] == []
    # low-confidence spans are not propagated
    weak = [[(3, 4, "PERS", 0.3)], [], [], []]
    assert propagate_spans(sents, weak, threshold=0.6, context=5)[1] == []


# -- learned name list ----------------------------------------------------------------------------


def test_learn_names_keeps_names_with_their_label_and_drops_impure_words() -> None:
    sents = [
        [("زار", "O"), ("سامر", "B-PERS"), ("الخطيب", "I-PERS"), ("حمص", "B-LOC")],
        [("غادر", "O"), ("سامر", "B-PERS"), ("الخطيب", "I-PERS"), ("حمص", "B-LOC")],
        [("وصل", "O"), ("الأمل", "B-ORG"), ("إلى", "O"), ("الأمل", "O"), ("و", "O"), ("الأمل", "O")],
    ]
    names = learn_names(sents)
    assert names["nl_PERS"] == ["سامر الخطيب"]
    assert names["nl_LOC"] == ["حمص"]
    assert "nl_ORG" not in names  # tagged once in three occurrences: below the purity bar
    assert learn_names(sents, min_purity=0.3)["nl_ORG"] == ["الامل"]


def test_names_file_round_trip_and_errors(tmp_path) -> None:
    path = write_names(tmp_path / "m.names.tsv", {"nl_LOC": ["حمص", "دير الزور"], "nl_PERS": ["سامر"]})
    assert read_names(path) == {"nl_LOC": ["حمص", "دير الزور"], "nl_PERS": ["سامر"]}
    assert names_path(tmp_path / "m.crfsuite") == path
    bad = tmp_path / "bad.names.tsv"
    bad.write_text("nl_LOC\tحمص\nحماة\n", encoding="utf-8")
    with pytest.raises(ModelError, match=r"bad.names.tsv:2"):
        read_names(bad)


def test_training_with_name_folds_writes_the_list_and_uses_it(tmp_path) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    sents = read_conll(data)
    t = CrfTagger()
    model = t.train(
        sents, out=tmp_path / "m.crfsuite", params=TrainParams(c2=0.01, max_iterations=30, name_folds=3)
    )
    side = names_path(model)
    assert side.is_file() and "nl_PERS" in read_names(side)
    back = CrfTagger.load(model)
    # the name list is loaded with the model and marks a known person
    feats = Featurizer(lexicon=back.lexicon).sentence(["وصل", "نادر", "إلى", "جبلة"])
    assert "lex[0]=nl_PERS:B" in feats[1] and "lex[0]=nl_LOC:B" in feats[3]
    assert back.predict(["وصل", "نادر", "إلى", "جبلة", "."]) == ["O", "B-PERS", "O", "B-LOC", "O"]
    # training again without the list removes the stale file
    t2 = CrfTagger()
    t2.train(sents, out=model, params=TrainParams(c2=0.01, max_iterations=30, name_folds=0))
    assert not side.exists()


def test_training_reports_every_iteration(tmp_path, capsys) -> None:
    """Regression: the progress callback was never called (python-crfsuite only dispatches it when verbose)."""
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    seen: list[tuple[int, float]] = []
    CrfTagger().train(
        read_conll(data),
        out=tmp_path / "m.crfsuite",
        params=TrainParams(max_iterations=5, name_folds=0),
        on_iteration=lambda i, loss: seen.append((i, loss)),
    )
    assert [i for i, _ in seen] == list(range(1, len(seen) + 1)) and 1 <= len(seen) <= 5
    assert all(loss > 0 for _, loss in seen)
    assert capsys.readouterr().out == ""  # crfsuite's own log is not printed


def test_bilou_round_trip() -> None:
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "B-LOC", "O", "I-ORG", "B-MISC", "I-MISC"]
    bilou = to_bilou(tags)
    assert bilou == ["O", "B-PERS", "I-PERS", "L-PERS", "U-LOC", "O", "U-ORG", "B-MISC", "L-MISC"]
    assert to_bio(bilou) == repair_tags(tags)


def test_model_without_its_name_list_warns(tmp_path, caplog) -> None:
    data = tmp_path / "tiny.conll"
    _synthetic(data)
    model = CrfTagger().train(
        read_conll(data), out=tmp_path / "m.crfsuite", params=TrainParams(max_iterations=30, name_folds=3)
    )
    with caplog.at_level("WARNING", logger="marsad.ner.crf"):
        CrfTagger.load(model)
    assert not caplog.records
    names_path(model).unlink()
    with caplog.at_level("WARNING", logger="marsad.ner.crf"):
        CrfTagger.load(model)
    assert any("name list" in r.getMessage() for r in caplog.records)
