"""The place gazetteer: bundled data, lookup, merging of user files, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import GazetteerError
from marsad.kb.places import (
    COLUMNS,
    FEATURES,
    PlaceEntry,
    PlaceIndex,
    ambiguous_place_names,
    clean_arabic_names,
    load_places,
    read_files,
    write_places_tsv,
)


@pytest.fixture(scope="module")
def idx() -> PlaceIndex:
    return load_places()


def test_bundled_gazetteer_has_geonames_and_curated_places(idx: PlaceIndex) -> None:
    stats = idx.stats()
    assert stats["places"] > 1000
    assert stats["curated"] > 50
    assert sum(e.feature == "admin1" and e.country == "SY" for e in idx) == 14  # Syria's governorates
    assert set(stats["by_feature"]) <= FEATURES


def test_every_entry_is_well_formed(idx: PlaceIndex) -> None:
    for e in idx:
        assert isinstance(e, PlaceEntry)
        assert e.feature in FEATURES, e
        assert e.country, e
        assert 1 <= e.precision <= 3, e
        assert (e.lat is None) == (e.lon is None), e
        if e.lat is not None and e.lon is not None:
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e
        if e.id.startswith("mrsd:"):
            assert e.geonameid is None and e.provenance, e
        else:
            assert e.geonameid == int(e.id), e


def test_syrian_points_lie_in_syria(idx: PlaceIndex) -> None:
    for e in idx:
        if e.country == "SY" and e.lat is not None and e.lon is not None and e.feature != "country":
            assert 32.3 <= e.lat <= 37.4 and 35.6 <= e.lon <= 42.4, e


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("مخيم اليرموك", "166716"),
        ("يلدا", "mrsd:yalda"),
        ("بيت سحم", "mrsd:beit-sahm"),
        ("ببيلا", "171998"),
        ("حاجز سيدي قداد", "mrsd:sidi-miqdad-checkpoint"),
        ("كوباني", "172256"),
        ("عين العرب", "172256"),
        ("الغوطة الشرقية", "mrsd:eastern-ghouta"),
        ("ريف دمشق", "170652"),
        ("إدلب", "169389"),
        # border towns of Turkey and Israel that Syria news name (session 5)
        ("سروج", "mrsd:suruc"),
        ("قاعدة إنجرليك", "mrsd:incirlik"),
        ("كريات شمونة", "mrsd:kiryat-shmona"),
    ],
)
def test_lookup_by_arabic_name(idx: PlaceIndex, name: str, place_id: str) -> None:
    assert place_id in {e.id for e in idx.lookup(name)}


def test_lookup_is_normalised(idx: PlaceIndex) -> None:
    assert [e.id for e in idx.lookup("إدلب")] == [e.id for e in idx.lookup("ادلب")]
    assert {e.id for e in idx.lookup("حماة")} == {e.id for e in idx.lookup("حماه")}


def test_lookup_unknown_is_empty(idx: PlaceIndex) -> None:
    assert idx.lookup("مدينة لا وجود لها") == []


def test_homonyms_give_several_candidates(idx: PlaceIndex) -> None:
    countries = {e.country for e in idx.lookup("عقربا")}
    assert countries == {"SY", "PS"}


def test_get_by_id_accepts_int(idx: PlaceIndex) -> None:
    e = idx.get(170654)
    assert e is not None and e.name_en == "Damascus" and e.feature == "city"
    assert idx.get("mrsd:does-not-exist") is None


def test_search_finds_partial_names(idx: PlaceIndex) -> None:
    ids = [e.id for e in idx.search("اليرموك")]
    assert "166716" in ids and "mrsd:yarmouk-basin" in ids


def test_names_feed_is_normalised_arabic(idx: PlaceIndex) -> None:
    pairs = list(idx.names())
    assert len(pairs) >= idx.stats()["with_arabic"]
    assert all(n and not any("a" <= ch <= "z" for ch in n) for n, _ in pairs[:500])


def test_clean_arabic_names_drops_non_arabic_letters() -> None:
    assert clean_arabic_names(["الحسكة", "حسکه", "hasaka", "الحسكة", "حەسیچە"]) == ["الحسكة"]


def _write(tmp: Path, name: str, rows: list[dict[str, object]]) -> Path:
    d = tmp / "gaz"
    write_places_tsv(d / name, rows, note="test file")
    return d


def test_user_dir_adds_places_and_extends_bundled_ones(tmp_path: Path) -> None:
    d = _write(
        tmp_path,
        "places_user.tsv",
        [
            {"id": "mrsd:test-hamlet", "feature": "village", "name_en": "Test Hamlet", "names_ar": ["قرية التجربة"],
             "country": "SY", "admin1": "Homs", "lat": 34.5, "lon": 37.0, "provenance": "test"},
            {"id": "172256", "names_ar": ["كوبانيي"]},
        ],
    )  # fmt: skip
    idx = load_places(extra_dirs=[d])
    assert [e.id for e in idx.lookup("قرية التجربة")] == ["mrsd:test-hamlet"]
    kobani = idx.get("172256")
    assert kobani is not None and "كوبانيي" in kobani.names_ar and "عين العرب" in kobani.names_ar
    assert kobani.feature == "town" and kobani.lat is not None  # an alias-only row keeps the fields
    # the default (cached) index is not modified
    assert load_places().lookup("قرية التجربة") == []


def test_missing_user_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        load_places(extra_dirs=[tmp_path / "nope"])


def test_bad_feature_is_an_error(tmp_path: Path) -> None:
    d = _write(tmp_path, "bad.tsv", [{"id": "x1", "feature": "castle", "name_en": "X", "country": "SY"}])
    with pytest.raises(GazetteerError, match="feature"):
        read_files(sorted(d.glob("*.tsv")))


def test_bad_number_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "bad.tsv"
    p.write_text(
        "\t".join(COLUMNS) + "\n" + "x1\t\tvillage\tX\t\t\tSY\t\t\t\t\t\t\tnorth\t36\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerError):
        read_files([p])


def test_write_then_read_round_trips(tmp_path: Path) -> None:
    row = {"id": "mrsd:r", "feature": "camp", "name_en": "R", "names_ar": ["مخيم ر", "مخيم ر٢"], "country": "SY",
           "lat": 33.1, "lon": 36.2, "population": 12, "precision": 1, "provenance": "t"}  # fmt: skip
    write_places_tsv(tmp_path / "r.tsv", [row])
    e = read_files([tmp_path / "r.tsv"]).get("mrsd:r")
    assert e is not None
    assert (e.names_ar, e.feature, e.lat, e.lon, e.population) == (
        ("مخيم ر", "مخيم ر٢"),
        "camp",
        33.1,
        36.2,
        12,
    )


def test_ambiguous_names_are_normalised_place_names(idx: PlaceIndex) -> None:
    amb = ambiguous_place_names()
    assert "الباب" in amb and "الميدان" in amb
    keys = idx.name_keys()
    assert sum(1 for a in amb if a in keys) > len(amb) // 2


def test_imported_geonames_rows_do_not_override_curated_fields(tmp_path: Path) -> None:
    d = _write(
        tmp_path,
        "places_geonames_SY.tsv",
        [
            {"id": "166716", "feature": "neighbourhood", "name_en": "al-Yarmuk", "names_ar": ["حي اليرموك"],
             "country": "SY", "admin2": "Markaz Dimashq", "lat": 33.4699, "lon": 36.3018, "provenance": "geonames:SY.zip:P.PPLX"},
            {"id": "170654", "feature": "city", "name_en": "Dimashq", "names_ar": ["الشام"], "country": "SY",
             "admin3": "Dimashq", "lat": 33.51, "lon": 36.29, "provenance": "geonames:SY.zip:P.PPLC"},
        ],
    )  # fmt: skip
    idx = load_places(extra_dirs=[d])
    camp = idx.get("166716")
    assert camp is not None and camp.feature == "camp" and camp.name_en == "Yarmouk Camp"
    assert "حي اليرموك" in camp.names_ar and camp.admin2 == "Damascus"
    city = idx.get(
        "170654"
    )  # a GeoNames entry extended only by curated aliases: curated too, fills empty fields
    assert city is not None and city.admin3 == "Dimashq" and "الشام" in city.names_ar


def test_after_is_not_a_distance_phrase():
    # «بعد» opens a distance only with a number or a unit before the place («على بعد 5 كم من X»)
    from marsad import service

    d = service.analyse({"id": "g1", "text": "عاد الهدوء بعد قصف قوافل تجارية قادمة من لبنان.", "published": "2023-10-30"})
    spans = [d.text[p.start : p.end] for p in d.places]
    assert spans == ["لبنان"]
    d = service.analyse({"id": "g2", "text": "تقع القرية على بعد 7 كم من حمص.", "published": "2023-10-30"})
    assert [d.text[p.start : p.end] for p in d.places] == ["على بعد 7 كم من حمص"]
