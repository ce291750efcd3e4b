"""The clitic-aware phrase matcher and the rule-based mention finder (own short sentences)."""

from __future__ import annotations

import pytest

from marsad.kb.store import load_kb
from marsad.ner.gazetteer import Gazetteer, NameEntry
from marsad.ner.ruler import build_gazetteer, find_mentions


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer(
        [
            NameEntry("ببيلا", "place", "P-BABILA", "LOC"),
            NameEntry("بيت لحم", "place", "P-BETHLEHEM", "LOC"),
            NameEntry("بيت سحم", "place", "P-BEITSAHM", "LOC"),
            NameEntry("ين", "place", "P-SHORT", "LOC"),
            NameEntry("الهيئة", "actor", "A-HAY", "ORG"),
            NameEntry("هيئة تحرير الشام", "actor", "HTS", "ORG"),
            NameEntry("تحرير الشام", "actor", "HTS", "ORG"),
            NameEntry("دمشق", "place", "P-DAM", "LOC"),
            NameEntry("جنوب دمشق", "place", "P-SDAM", "LOC"),
            NameEntry("اللاذقية", "place", "P-LAT", "LOC"),
        ]
    )


def spans(gz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.entries[0].id) for m in gz.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلوا وببيلا هادئة", [("ببيلا", "P-BABILA")]),
        ("وصلوا وبببيلا هادئة", []),  # three identical letters: not و+ب+ببيلا
        ("في ببيلاتها", []),  # part of a longer word
        ("جلسوا بين الناس", []),  # "بين" is not ب + a two-letter name
        ("زار بيت سحم أمس", [("بيت سحم", "P-BEITSAHM")]),
        ("زار بيت لحم أمس", [("بيت لحم", "P-BETHLEHEM")]),
        ("زار بيت لحمة", []),
        ("قال إن للهيئة شروطا", [("لهيئة", "A-HAY")]),  # ل + الهيئة → للهيئة
        ("قال إن لهيئة شروطا", []),  # indefinite: not the article
        ("مع مقاتلي الهيئة", [("الهيئة", "A-HAY")]),
        ("سيطرة هيئة تحرير الشام هنا", [("هيئة تحرير الشام", "HTS")]),  # longest wins
        ("ولهيئة تحرير الشام مقرات", [("هيئة تحرير الشام", "HTS")]),
        ("في جنوب دمشق وبدمشق", [("جنوب دمشق", "P-SDAM"), ("دمشق", "P-DAM")]),
        ("سكان دمشقيون", []),
        (
            "عادوا للاذقية ثم واللاذقية وللاذقية",
            [("للاذقية", "P-LAT"), ("اللاذقية", "P-LAT"), ("للاذقية", "P-LAT")],
        ),
        ("قال لاذقية", []),
        ("الْهَيْئَةُ قالت", [("الْهَيْئَةُ", "A-HAY")]),  # diacritics: span covers the source characters
    ],
)
def test_boundaries_and_clitics(gz, text, expected):
    assert spans(gz, text) == expected


def test_proclitic_excluded_from_span(gz):
    text = "وبدمشق"
    (m,) = gz.find(text)
    assert text[m.start : m.end] == "دمشق" and m.proclitic == "وب"


def test_all_candidates_without_longest(gz):
    text = "سيطرة هيئة تحرير الشام"
    allm = gz.find(text, longest=False)
    assert {text[m.start : m.end] for m in allm} == {"هيئة تحرير الشام", "تحرير الشام"}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def kb_gz(kb):
    return build_gazetteer(kb.name_entries(places=False))


def _found(text, kb_gz, kb):
    return [(text[m.start : m.end], m.kind, m.kb_id) for m in find_mentions(text, kb_gz, lookup=kb)]


def test_kb_mentions_actor_source(kb_gz, kb):
    text = "وقال مراسلنا إن قوات الأسد والفرقة الرابعة اشتبكتا مع مقاتلي قسد"
    got = _found(text, kb_gz, kb)
    assert ("مراسلنا", "source", "CORRESPONDENT") in got
    assert ("قوات الأسد", "actor", "SYR-MIL") in got
    assert ("الفرقة الرابعة", "actor", "SYR-MIL-4DIV") in got
    assert any(k == "SDF" for _, _, k in got)


def test_accusative_indefinite_phrase(kb_gz, kb):
    text = "أرسلت موسكو وفداً روسياً إلى المنطقة"
    got = _found(text, kb_gz, kb)
    assert ("وفداً روسياً", "actor", "RUS-MIL") in got


def test_pattern_names_and_linking(kb_gz, kb):
    text = "وقالت صفحة «أخبار الوادي الأخضر» إن لواء شهداء الفجر انسحب من حاجز “تل الورد”"
    ms = find_mentions(text, kb_gz, lookup=kb)
    by_text = {text[m.start : m.end]: m for m in ms}
    page = by_text["صفحة «أخبار الوادي الأخضر»"]
    assert page.kind == "source" and page.origin == "pattern" and page.attrs["source_kind"] == "social-media"
    assert by_text["لواء شهداء الفجر"].kind == "actor"
    assert by_text["حاجز “تل الورد”"].kind == "place"


def test_mention_fields_complete(kb_gz, kb):
    text = "أعلنت هيئة تحرير الشام السيطرة"
    (m,) = find_mentions(text, kb_gz, lookup=kb)
    assert (m.label, m.kind, m.kb_id, m.origin) == ("ORG", "actor", "HTS", "gazetteer")
    assert m.name_en and m.text == "هيئة تحرير الشام" and 0 < m.score <= 1
    assert m.attrs["acled_inter"] == 2


def test_source_pattern_naming_a_known_place_is_not_an_outlet(kb):
    gz = build_gazetteer(kb.name_entries())
    text = "عبرت السفينة قناة السويس أمس، وقالت وكالة أنباء الأناضول إن"
    ms = find_mentions(text, gz, lookup=kb)
    assert not any(m.kind == "source" and "السويس" in m.text for m in ms)
    agency = next(m for m in ms if m.kind == "source")
    assert agency.text == "وكالة أنباء الأناضول" and agency.kb_id == "ANADOLU"


def test_people_class_linked_to_their_place(kb_gz, kb):
    text = "التقى الوفد ممثلين عن البلدات الثلاث (يلدا، ببيلا، بيت سحم)"
    gz = build_gazetteer(kb.name_entries())
    ms = find_mentions(text, gz, lookup=kb)
    reps = next(m for m in ms if m.kb_id == "LOCAL-REPS")
    group = next(m for m in ms if [m.start, m.end] == reps.attrs["of"])
    assert group.text == "البلدات الثلاث" and len(group.attrs["members"]) == 3


def test_ambiguous_key_kind_chosen_by_context(kb):
    gz = build_gazetteer(kb.name_entries())
    text = "قالت تركيا إن الاشتباكات في تركيا توقفت"
    first, second = [m for m in find_mentions(text, gz, lookup=kb) if m.text == "تركيا"]
    assert first.kind == "actor" and first.kb_id == "TUR"
    assert (
        second.kind == "place"
        and {"kind": "actor", "kb_id": "TUR", "name_en": "Turkey"} in second.attrs["alts"]
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("زار الوفد متاحف سوريا", "place"),  # genitive after a noun
        ("أعلنت سوريا رفضها", "actor"),  # subject of a feminine verb
        ("وسوريا ترفض ذلك", "actor"),
        ("قال إن سوريا ترفض", "actor"),
        ("عاد اللاجئون إلى سوريا", "place"),
    ],
)
def test_state_name_as_place_or_actor(kb, text, kind):
    gz = build_gazetteer(kb.name_entries())
    (m,) = [m for m in find_mentions(text, gz, lookup=kb) if "سوريا" in m.text]
    assert m.kind == kind


def test_role_noun_phrase(kb_gz, kb):
    text = "تصدت الفصائل لدوريات قسد قرب الحاجز"
    (sdf,) = [m for m in find_mentions(text, kb_gz, lookup=kb) if m.kb_id == "SDF"]
    a, b = sdf.attrs["phrase"]
    assert text[a:b] == "دوريات قسد" and text[sdf.start : sdf.end] == "قسد"
    assert sdf.attrs["role"] == "دوريات"
