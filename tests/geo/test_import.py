"""`marsad gazetteer import` on tiny files in the GeoNames formats (tests/data/geonames_mini)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import cli
from marsad.errors import GazetteerError
from marsad.geo.gazio import import_geonames, read_alternate_names
from marsad.geo.resolve import Geocoder
from marsad.kb.places import load_places

MINI = Path(__file__).resolve().parent.parent / "data" / "geonames_mini"


def test_import_keeps_places_admin_and_sites_with_arabic_names() -> None:
    rows = import_geonames(MINI / "SY_mini.txt", alternate_names=MINI / "alternateNamesV2_mini.txt")
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {"900001", "900002", "900003", "900004", "900005", "900008"}  # hotel, hill dropped
    kafr = by_id["900004"]
    assert kafr["feature"] == "village" and kafr["names_ar"][0] == "كفر مثال"
    assert "كفرمثال" in kafr["names_ar"]
    assert "كفر المثال القديمة" not in kafr["names_ar"]  # historic
    assert "كفيرة" not in kafr["names_ar"]  # colloquial
    assert kafr["admin1"] == "Homs" and kafr["admin1_ar"] == "حمص"  # Syrian admin1 code 11
    assert kafr["admin2"] == "Mini District" and kafr["admin2_ar"] == "منطقة المثال"
    assert by_id["900005"]["feature"] == "camp"
    assert by_id["900002"]["feature"] == "admin1" and by_id["900002"]["precision"] == 3
    # without alternateNames: the dump's own alternatenames column (Arabic script only)
    assert by_id["900001"]["names_ar"] == ["تست آباد", "تستاباد"]


def test_dump_alternatenames_column_is_used() -> None:
    rows = {r["id"]: r for r in import_geonames(MINI / "SY_mini.txt")}
    assert "تستاباد" in rows["900001"]["names_ar"]
    assert rows["900004"]["names_ar"] == []  # no Arabic in the dump itself


def test_country_filter() -> None:
    rows = import_geonames(MINI / "SY_mini.txt", country="JO")
    assert [r["id"] for r in rows] == ["900008"]


def test_zip_dump_is_read() -> None:
    rows = import_geonames(MINI / "SY_mini.zip")
    assert len(rows) == 6


def test_alternate_names_filter_by_id() -> None:
    alt = read_alternate_names(MINI / "alternateNamesV2_mini.txt", wanted={"900005"})
    assert alt == {"900005": ["مخيم التجربة"]}


def test_malformed_dump_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="19"):
        import_geonames(bad)


def test_cli_import_then_geocode_with_user_dir(runner, tmp_path: Path) -> None:
    out = tmp_path / "gaz"
    res = runner.invoke(
        cli,
        ["gazetteer", "import", str(MINI / "SY_mini.zip"), "--alternate-names",
         str(MINI / "alternateNamesV2_mini.txt"), "--out", str(out)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "6 places" in res.output
    files = list(out.glob("*.tsv"))
    assert len(files) == 1
    # the imported village is now found by the geocoder, in context
    geo = Geocoder(load_places(extra_dirs=[out]))
    places = geo.find_places("سقطت قذائف على بلدة كفر مثال في ريف حمص")
    assert places[0].place_id == "900004"
    # and not by the bundled gazetteer alone
    assert all(p.place_id != "900004" for p in Geocoder().find_places("سقطت قذائف على بلدة كفر مثال"))
    res = runner.invoke(cli, ["geocode", "اشتباكات قرب مخيم التجربة", "--gazetteer-dir", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data[0]["candidates"][0]["place_id"] == "900005"
    assert data[0]["candidates"][0]["geo_precision"] == 2


def test_cli_import_reports_bad_file(runner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("x\ty\n", encoding="utf-8")
    res = runner.invoke(cli, ["gazetteer", "import", str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code != 0
    assert "19" in res.output
