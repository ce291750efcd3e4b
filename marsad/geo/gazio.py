"""Import of full GeoNames country dumps (``SY.zip``/``SY.txt`` + ``alternateNamesV2``) into gazetteer rows.

The rows are written in the places TSV format of ``marsad.kb.places`` (``write_places_tsv``).
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.kb.places import ADMIN1_SY, clean_arabic_names, feature_for_population

log = logging.getLogger(__name__)

# -- GeoNames dumps ------------------------------------------------------------------------

# feature codes (class P, S, T, L, A) -> marsad feature
_CODE_FEATURE = {
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "PPLA": "city", "PPLC": "city",
    "PPLX": "neighbourhood", "PPLQ": "village", "CMP": "camp", "CMPRF": "camp", "AIRP": "airport",
    "AIRB": "base", "AIRF": "airport", "INSM": "base", "MILB": "base", "PRN": "prison", "HSP": "hospital",
    "HSPC": "hospital", "PSTB": "crossing", "RGN": "region", "AREA": "region", "PLN": "natural",
    "MT": "natural", "MTS": "natural", "VAL": "natural", "WAD": "natural", "STM": "natural",
    "LK": "natural", "RSV": "natural", "DSRT": "natural", "PCLI": "country",
}  # fmt: skip
_KEEP_CLASSES = {"P", "A", "S", "T", "L", "H"}


def _open_member(path: Path, suffix: str) -> io.TextIOBase:
    if path.suffix == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as e:
            raise GazetteerError(f"[E304] cannot open {path}: {e}") from e
        names = [n for n in zf.namelist() if n.endswith(suffix) and "readme" not in n.lower()]
        if not names:
            raise GazetteerError(f"[E305] {path} holds no *{suffix} file")
        return io.TextIOWrapper(zf.open(names[0]), encoding="utf-8")
    try:
        return path.open(encoding="utf-8")
    except OSError as e:
        raise GazetteerError(f"[E301] cannot read {path}: {e}") from e


def read_alternate_names(
    path: Path, *, wanted: set[str] | None = None, lang: str = "ar"
) -> dict[str, list[str]]:
    """Arabic names per geonameid from an ``alternateNamesV2`` file (.txt or .zip).

    Columns: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName, isShortName,
    isColloquial, isHistoric, from, to.  Historic and colloquial names are skipped.
    """
    out: dict[str, list[str]] = {}
    with _open_member(path, ".txt") as f:
        for ln in f:
            c = ln.rstrip("\n").split("\t")
            if len(c) < 4 or c[2] != lang:
                continue
            if wanted is not None and c[1] not in wanted:
                continue
            if len(c) > 7 and (c[6] == "1" or c[7] == "1"):
                continue
            names = out.setdefault(c[1], [])
            if len(c) > 4 and c[4] == "1":
                names.insert(0, c[3])
            else:
                names.append(c[3])
    return out


def import_geonames(
    dump: Path, *, alternate_names: Path | None = None, country: str | None = None
) -> list[dict[str, object]]:
    """Gazetteer rows from a GeoNames country dump (19-column ``geoname`` table), with Arabic names.

    Arabic names come from ``alternate_names`` when given, else from the dump's own
    ``alternatenames`` column (Arabic-script entries only).
    """
    raw: list[list[str]] = []
    with _open_member(dump, ".txt") as f:
        for i, ln in enumerate(f, start=1):
            c = ln.rstrip("\n").split("\t")
            if len(c) != 19:
                raise GazetteerError(f"[E306] {dump}: line {i} has {len(c)} columns, a GeoNames dump has 19")
            if c[6] not in _KEEP_CLASSES or (country and c[8] != country):
                continue
            raw.append(c)
    alt = read_alternate_names(alternate_names, wanted={c[0] for c in raw}) if alternate_names else {}
    admin1 = {c[10]: c for c in raw if c[7] == "ADM1"}
    admin2 = {(c[10], c[11]): c for c in raw if c[7] == "ADM2"}
    admin3 = {(c[10], c[11], c[12]): c for c in raw if c[7] == "ADM3"}
    names_ar: dict[str, list[str]] = {}
    for c in raw:
        own = [n for n in c[3].split(",") if n]
        names_ar[c[0]] = clean_arabic_names([*alt.get(c[0], []), *own])
    rows: list[dict[str, object]] = []
    for c in raw:
        gid, code, cc = c[0], c[7], c[8]
        feature: str | None = _CODE_FEATURE.get(code)
        if c[6] == "P" and feature is None:
            feature = feature_for_population(int(c[14] or 0))
        if feature is None:
            continue
        a1 = admin1.get(c[10])
        a2 = admin2.get((c[10], c[11]))
        a3 = admin3.get((c[10], c[11], c[12]))
        sy = ADMIN1_SY.get(c[10]) if cc == "SY" else None
        rows.append({
            "id": gid, "geonameid": gid, "feature": feature, "name_en": c[1],
            "names_ar": names_ar[gid], "names_en": [c[2]] if c[2] != c[1] else [], "country": cc,
            "admin1": sy[0] if sy else (a1[1] if a1 else ""),
            "admin1_ar": sy[1] if sy else (names_ar[a1[0]][0] if a1 and names_ar[a1[0]] else ""),
            "admin2": a2[1] if a2 else "", "admin2_ar": names_ar[a2[0]][0] if a2 and names_ar[a2[0]] else "",
            "admin3": a3[1] if a3 else "", "admin3_ar": names_ar[a3[0]][0] if a3 and names_ar[a3[0]] else "",
            "lat": float(c[4]), "lon": float(c[5]), "population": int(c[14] or 0),
            "precision": {"admin1": 3, "region": 3, "admin2": 2, "admin3": 2}.get(feature, ""),
            "provenance": f"geonames:{dump.name}:{c[6]}.{code}",
        })  # fmt: skip
    log.info("imported %d places from %s", len(rows), dump)
    return rows
