"""The word-list corrections after tagging (``marsad.ner.crf.repair_spans``): a family name after «آل» and a country
the model left untagged (team-written sentences)."""

from __future__ import annotations

import pytest

from marsad.ner.crf import COUNTRY_SCORE, CrfTagger, country_names, repair_spans


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return CrfTagger.load()


def test_family_name_after_al_joins_the_person() -> None:
    words = "واستقبل الشيخ سالم بن راشد آل نهيان الوفد".split()
    out = repair_spans([words], [[(2, 5, "PERS", 0.8)]])
    assert out == [[(2, 7, "PERS", 0.8)]]


def test_family_name_absorbs_a_span_that_starts_after_al() -> None:
    words = "والتقى سالم بن راشد آل مكتوم نائب الرئيس".split()
    out = repair_spans([words], [[(1, 4, "PERS", 0.7), (5, 6, "LOC", 0.6)]])
    assert out == [[(1, 6, "PERS", 0.7)]]


def test_al_after_a_place_or_before_punctuation_is_left_alone() -> None:
    words = "زار الوفد دبي آل مكتوم".split()
    assert repair_spans([words], [[(2, 3, "LOC", 0.9)]]) == [[(2, 3, "LOC", 0.9)]]
    words = ["قال", "سالم", "آل", "،", "ثم"]
    assert repair_spans([words], [[(1, 2, "PERS", 0.9)]]) == [[(1, 2, "PERS", 0.9)]]


def test_untagged_country_with_clitics_becomes_a_place() -> None:
    words = "وصل سفراء بريطانيا وسلوفاكيا ولبوروندي إلى الاجتماع".split()
    out = repair_spans([words], [[(2, 3, "LOC", 0.95)]])
    assert out == [[(2, 3, "LOC", 0.95), (3, 4, "LOC", COUNTRY_SCORE), (4, 5, "LOC", COUNTRY_SCORE)]]


def test_country_inside_a_span_or_ambiguous_is_not_retagged() -> None:
    words = "أعلن بنك سلوفاكيا المركزي تقديم دعم مالي".split()
    spans = [[(1, 4, "ORG", 0.8)]]
    assert repair_spans([words], spans) == spans  # inside the bank's name; «مالي» is "financial" too
    assert "مالي" not in country_names() and "سلوفاكيا" in country_names()


def test_a_country_after_one_proclitic_but_not_a_short_word() -> None:
    # «ولاوس» is و + لاوس, «لقطر» ل + قطر; «لها» (to her) is no name at all
    assert repair_spans([["ولاوس"]], [[]]) == [[(0, 1, "LOC", COUNTRY_SCORE)]]
    assert repair_spans([["لقطر"]], [[]]) == [[(0, 1, "LOC", COUNTRY_SCORE)]]
    assert repair_spans([["لها"]], [[]]) == [[]]


def test_tagger_applies_the_repair_unless_told_not_to(tagger: CrfTagger) -> None:
    words = "ووصل وفد من وتوفالو أمس".split()
    try:
        tagger.repair = False
        bare = tagger.document_spans([words])[0]
    finally:
        tagger.repair = True
    assert bare == []  # the bundled model does not know the name
    assert tagger.document_spans([words])[0] == [(3, 4, "LOC", COUNTRY_SCORE)]


def test_a_statement_noun_alone_is_no_name() -> None:
    words = "وذكر بيان للجيش أن قواته دخلت البلدة".split()
    assert repair_spans([words], [[(1, 2, "PERS", 0.7)]]) == [[]]
    words = "وقال التقرير إن المنظمة رصدت الخروقات".split()
    assert repair_spans([words], [[(1, 2, "ORG", 0.6), (3, 4, "ORG", 0.6)]]) == [[(3, 4, "ORG", 0.6)]]


def test_a_longer_span_that_starts_with_a_statement_noun_is_kept() -> None:
    words = "وقال مصدر الحكومة إن".split()  # only a one-word span of the noun is dropped
    assert repair_spans([words], [[(1, 3, "ORG", 0.6)]]) == [[(1, 3, "ORG", 0.6)]]
