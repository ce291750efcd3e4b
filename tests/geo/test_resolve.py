"""Finding and resolving place expressions (marsad.geo.match / marsad.geo.resolve), the stage and the CLI."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.doc import Document, Mention
from marsad.geo.match import find_names, strip_variants
from marsad.geo.resolve import Geocoder, find_places, haversine_km
from marsad.kb.places import load_places
from marsad.stages.geocoder import GeocoderStage


def ids(text: str, **kw) -> list[str | None]:
    return [p.place_id for p in find_places(text, **kw)]


def one(text: str, **kw):
    places = find_places(text, **kw)
    assert len(places) == 1, places
    return places[0]


def test_spans_are_exact_source_text() -> None:
    text = "وصلت الحافلات إلى بلدة بيت سحم، وعادت إلى ببيلا."
    for p in find_places(text):
        assert text[p.start : p.end] == p.text
    assert [p.text for p in find_places(text)] == ["بلدة بيت سحم", "ببيلا"]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("وببيلا هادئة", "171998"),
        ("فيلدا محاصرة", "mrsd:yalda"),
        ("وصلوا لببيلا مساء", "171998"),
        ("دخلوا بيلدا", "mrsd:yalda"),
        ("عادوا للغوطة الشرقية", "mrsd:eastern-ghouta"),
        ("وبالغوطة الشرقية اشتباكات", "mrsd:eastern-ghouta"),
    ],
)
def test_proclitics_are_stripped(text: str, place_id: str) -> None:
    assert ids(text) == [place_id]


def test_clitic_offsets_exclude_the_clitic() -> None:
    text = "اشتباكات وببيلا"
    p = one(text)
    assert p.text == "ببيلا" and p.start == text.index("ببيلا")


def test_bayn_is_not_a_place_and_between_two_places_is_two() -> None:
    assert ids("بين يلدا وببيلا") == ["mrsd:yalda", "171998"]
    assert ids("وقعت خلافات بين الطرفين") == []


def test_beit_sahm_is_not_bethlehem() -> None:
    assert ids("بيت سحم") == ["mrsd:beit-sahm"]
    assert "mrsd:beit-sahm" not in ids("زار بيت لحم")


def test_strip_variants_keeps_word_first() -> None:
    forms = [f for f, _ in strip_variants("وللغوطه")]
    assert forms[0] == "وللغوطه" and "الغوطه" in forms


def test_longest_match_wins() -> None:
    assert ids("قصف مطار دمشق الدولي") == ["mrsd:damascus-airport"]
    assert ids("انفجار في دير الزور") == ["170794"]


@pytest.mark.parametrize(
    ("text", "place_id", "precision"),
    [
        ("تمركز القناصة غرب مخيم اليرموك", "166716", 2),
        ("اشتباكات على أطراف بلدة يلدا", "mrsd:yalda", 2),
        ("قصف بالقرب من مدينة دوما", "170592", 2),
        ("غارات شمال غربي حماة", "170017", 2),
        ("قصف في محيط حاجز سيدي قداد", "mrsd:sidi-miqdad-checkpoint", 2),
        ("معارك في ريف حماة الشمالي", "170015", 3),
        ("غارات على ريف إدلب الجنوبي", "169387", 3),
        ("كمين في ريف منبج", "167357", 2),
        ("قصف على الريف الشمالي لحلب", "170062", 3),
        ("اشتباكات في الريف الغربي للعاصمة السورية", "170652", 3),
        ("على الأطراف الشرقية لمدينة دوما", "170592", 2),
        ("على بعد 5 كم من بلدة يلدا", "mrsd:yalda", 2),
        ("اجتماع في محافظة حلب", "170062", 3),
        ("اجتماع في حلب", "170063", 1),
        ("تعزيزات في الغوطة الشرقية", "mrsd:eastern-ghouta", 2),
        ("اشتباكات في مخيم اليرموك", "166716", 1),
    ],
)
def test_precision_codes(text: str, place_id: str, precision: int) -> None:
    p = one(text)
    assert (p.place_id, p.geo_precision) == (place_id, precision)


def test_rif_expression_covers_its_adjective() -> None:
    assert one("معارك في ريف حماة الشمالي اليوم").text == "ريف حماة الشمالي"


def test_region_without_point_keeps_no_coordinates() -> None:
    for text in ("تعزيزات على الحدود السورية التركية", "توجهت القافلة نحو الشمال السوري"):
        p = one(text)
        assert p.geo_precision == 3 and p.lat is None and p.lon is None


def test_governorate_point_is_its_capital() -> None:
    gov = one("في محافظة حمص")
    city = one("في مدينة حمص")
    assert gov.feature == "admin1" and city.feature == "city"
    assert (gov.lat, gov.lon) == (city.lat, city.lon)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("مظاهرة في أريحا بريف إدلب", "SY"),
        ("اقتحام أريحا في الضفة الغربية", "PS"),
        ("دورية في عقربا جنوب دمشق", "SY"),
        ("مستوطنون قرب عقربا في الضفة الغربية", "PS"),
        ("اشتباكات في ذيبان بريف دير الزور", "SY"),
    ],
)
def test_homonyms_resolved_by_context(text: str, country: str) -> None:
    assert find_places(text)[0].country == country


def test_homonyms_within_syria_resolved_by_nearby_places() -> None:
    assert find_places("اشتباكات في صوران قرب مورك")[0].admin1 == "Hama"
    assert find_places("اشتباكات في صوران بريف حلب قرب اعزاز")[0].admin1 == "Aleppo"


def test_context_text_helps() -> None:
    geo = Geocoder()
    alone = geo.geocode("مظاهرة في أريحا", top=3)[0]
    with_ctx = geo.geocode("مظاهرة في أريحا", context="نابلس والضفة الغربية", top=3)[0]
    assert alone.best is not None and with_ctx.best is not None
    assert alone.best.entry.country == "SY"
    assert with_ctx.best.entry.country == "PS"


def test_article_country_prior() -> None:
    assert find_places("مظاهرة في أريحا")[0].country == "SY"
    assert find_places("مظاهرة في أريحا", country="PS")[0].country == "PS"


def test_outlet_names_are_not_places() -> None:
    assert ids("قالت قناة الميادين إن الوفد وصل") == []
    assert ids("نشرت صفحة اليرموك صوراً") == []
    assert ids("وصل الجيش إلى الميادين") == ["173480"]


def test_common_words_need_a_type_word_or_nearby_support() -> None:
    assert ids("فتح الباب أمام الحل السياسي") == []
    assert ids("معارك في مدينة الباب") == ["174018"]
    assert ids("سقطت قذائف على الميدان") == []
    assert ids("سقطت قذائف على حي الميدان") == ["mrsd:midan"]
    assert ids("اشتباكات في التضامن ويلدا") == ["mrsd:tadamon", "mrsd:yalda"]
    assert ids("وصلت التعزيزات إلى الطبقة غرب الرقة") == ["172374", "172955"]
    assert ids("قاد الثورة في سوريا شبان") == ["163843"]


def test_preposition_clitic_on_a_small_village_needs_support() -> None:
    # "لتبني" = "to adopt" (ل + تبني), not the village At-Tibni; a well-known place is fine
    assert ids("دعا المجلس لتبني القرار") == []
    assert ids("وصلت القافلة لحلب") == ["170063"]
    assert ids("تظاهرة بمدينة السويداء") == ["172408"]


def test_only_settlement_words_make_a_common_word_a_place() -> None:
    assert ids("قصف مطار المدينة") == []
    assert ids("معارك في مدينة الباب") == ["174018"]


def test_unknown_compound_names_are_not_cut() -> None:
    # "تل ملح" is not in the gazetteer: neither "تل" nor "ملح" may be taken for it
    assert ids("سيطرت الفصائل على قرية تل ملح في ريف حماة") == ["170015"]


def test_dual_settlement_words() -> None:
    assert ids("في بلدتي نبل والزهراء") == ["166331", "mrsd:nubl-zahraa"]


def test_apposition_names_the_same_city() -> None:
    assert ids("وصل الوفد إلى العاصمة السورية دمشق") == ["170654", "170654"]


def test_located_by_next_must_agree() -> None:
    # "ملح" is a village of Sweida: "في ريف حماة" cannot locate it
    assert ids("اشتعلت النيران في ملح في ريف حماة") == ["170015"]


def test_small_foreign_villages_need_support() -> None:
    # a Palestinian village named like a common word is not found in a Syrian article
    assert ids("نقلت الفصائل مقاتليها") == []


def test_candidates_are_ranked_with_scores() -> None:
    res = Geocoder().geocode("في عقربا", top=5)
    scores = [c.score for c in res[0].candidates]
    assert len(scores) == 2 and scores == sorted(scores, reverse=True)


def test_find_names_reports_context() -> None:
    keys = load_places().name_keys()
    (m,) = find_names("تمركزوا جنوب غرب قرية يلدا", keys)
    assert (m.modifier, m.modifier_word, m.type_word) == ("direction", "جنوب غرب", "قريه")
    assert m.type_hint == ("village", "town")


def test_haversine() -> None:
    assert haversine_km(33.5, 36.3, 33.5, 36.3) == 0
    assert 300 < haversine_km(33.51, 36.29, 36.2, 37.16) < 320  # Damascus–Aleppo


def test_stage_fills_places(make_doc) -> None:
    doc = make_doc("توجه وفد إلى بلدة يلدا ثم إلى ببيلا")
    doc = GeocoderStage()(doc)
    assert [p.place_id for p in doc.places] == ["mrsd:yalda", "171998"]


def test_stage_geocodes_place_mentions_it_missed(make_doc) -> None:
    # a common word without a type word: the finder alone does not take it ...
    text = "سقطت قذائف على الميدان صباح اليوم. " + "وتحدث السكان عن أضرار كبيرة في المباني والطرقات. " * 2
    text += "وفي المساء تجدد القصف على حي القدم."
    assert [p.place_id for p in GeocoderStage()(make_doc(text)).places] == ["mrsd:qadam"]
    # ... but a CRF place mention in an article about Damascus neighbourhoods is geocoded
    doc: Document = make_doc(text)
    s = text.index("الميدان")
    doc.mentions = [Mention(start=s, end=s + len("الميدان"), label="LOC", kind="place", origin="crf")]
    doc = GeocoderStage()(doc)
    assert [(p.place_id, p.start) for p in doc.places] == [
        ("mrsd:midan", s),
        ("mrsd:qadam", text.index("حي القدم")),
    ]


def test_stage_ignores_anaphoric_place_words(make_doc) -> None:
    text = "اشتباكات في حي القدم، وسيطر المقاتلون على الحي بعد ساعات."
    doc: Document = make_doc(text)
    s = text.index("الحي")
    doc.mentions = [Mention(start=s, end=s + 4, label="LOC", kind="place", origin="crf")]
    assert [p.place_id for p in GeocoderStage()(doc).places] == ["mrsd:qadam"]


def test_stage_does_not_revive_gazetteer_mentions_it_rejected(make_doc) -> None:
    text = "فتح الباب أمام المفاوضات"
    doc: Document = make_doc(text)
    s = text.index("الباب")
    doc.mentions = [
        Mention(start=s, end=s + 5, label="LOC", kind="place", kb_id="174018", origin="gazetteer")
    ]
    assert GeocoderStage()(doc).places == []


def test_stage_is_in_default_pipeline(nlp) -> None:
    assert "geocoder" in nlp.names
    doc = nlp("اشتباكات في حي القدم جنوب دمشق")
    assert [p.place_id for p in doc.places] == ["mrsd:qadam", "mrsd:south-damascus"]
    assert Document.from_dict(doc.to_dict()).places == doc.places


def test_cli_geocode_prints_ranked_candidates(runner) -> None:
    from marsad.cli import cli

    res = runner.invoke(cli, ["geocode", "اشتباكات في عقربا", "--context", "جنوب دمشق", "--top", "2"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data[0]["text"] == "عقربا"
    cands = data[0]["candidates"]
    assert [c["place_id"] for c in cands] == ["mrsd:aqraba-rd", "284922"]
    assert cands[0]["score"] > cands[1]["score"] and cands[0]["geo_precision"] == 1


def test_cli_gazetteer_stats(runner) -> None:
    from marsad.cli import cli

    res = runner.invoke(cli, ["gazetteer", "stats"])
    assert res.exit_code == 0, res.output
    stats = json.loads(res.output)
    assert stats["places"] == stats["with_arabic"] + stats["without_arabic"]
    assert stats["by_feature"]["camp"] >= 10


_PIECES = ["يلدا", "وببيلا", "بيت سحم", "للغوطة الشرقية", "مخيم “اليرموك”", "ريف حماة الشمالي", "غرب", "قرب",
           "بلدة", "في", "بين", "،", ".", "الباب", "حي", "القدم", "ـ", "\u064e", " ", "  ", "\n", "123", "abc"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_spans_always_cut_the_source_exactly(text: str) -> None:
    places = find_places(text)
    prev_end = 0
    for p in places:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
        assert p.start >= prev_end  # expressions do not overlap and come in order
        prev_end = p.end
        assert p.geo_precision in (1, 2, 3)
        assert p.text.strip() == p.text


def test_adjective_jadida_new_is_not_a_place(make_doc) -> None:
    from marsad.kb.places import ambiguous_place_names
    from marsad.text.normalize import norm

    assert norm("جديدة") in ambiguous_place_names()
    assert ids("شنت الطائرات غارات جديدة على البلدة") == []
    assert ids("وصلت تعزيزات جديدة إلى المنطقة") == []
    # a CRF place mention of the adjective among real places is not geocoded either
    text = "شنت الطائرات غارات جديدة على بلدة كفرنبل في ريف إدلب صباح اليوم."
    doc: Document = make_doc(text)
    s = text.index("جديدة")
    doc.mentions = [Mention(start=s, end=s + 5, label="LOC", kind="place", origin="crf")]
    assert "جديدة" not in [text[p.start : p.end] for p in GeocoderStage()(doc).places]
    # the compound town name still resolves
    assert ids("سقطت قذائف على جديدة عرطوز") == ["mrsd:jdeidet-artouz"]
