"""The place gazetteer: bundled GeoNames-derived and curated places, plus user gazetteer directories.

The places TSV format (bundled ``resources/kb/places_*.tsv`` and user gazetteer directories):
lines starting with ``#`` are comments (attribution, provenance); then one header line with the
columns of ``COLUMNS``; list fields (``names_ar``, ``names_en``) are ``|``-separated; empty
fields are empty strings.  A row whose ``id`` is already known *extends* the earlier entry (its
names are added, its non-empty fields override), so a user file can add aliases to a bundled place.

``load_places()`` reads ``resources/kb/places_*.tsv`` (format: ``marsad.geo.gazio``; sources and
licences in ``docs/places.md``) and any ``*.tsv`` in ``extra_dirs`` (for example the output of
``marsad gazetteer import``), merged in that order: a later row with a known id extends the entry.

>>> idx = load_places()
>>> [p.name_en for p in idx.lookup("مخيم اليرموك")]
['Yarmouk Camp']
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.resources import load_json, resource_path
from marsad.text.normalize import norm

#: size and position words that make a place name of their own («الصورة الكبيرة»، «المسيفرة الصغرى»، «أم باطنة الفوقا»):
#: after a name the gazetteer holds without them, the text names another place
NAME_SIZES = frozenset(norm(w) for w in ("الكبيرة", "الصغيرة", "الكبرى", "الصغرى", "الكبير", "الصغير", "الفوقا",
                                         "التحتا", "الفوقاني", "التحتاني", "الفوقانية", "التحتانية"))

log = logging.getLogger(__name__)

COLUMNS = [
    "id", "geonameid", "feature", "name_en", "names_ar", "names_en", "country",
    "admin1", "admin1_ar", "admin2", "admin2_ar", "admin3", "admin3_ar",
    "lat", "lon", "population", "precision", "provenance",
]  # fmt: skip

FEATURES = frozenset(
    "country admin1 admin2 admin3 city town village neighbourhood camp checkpoint crossing base "
    "airport prison hospital region natural".split()
)

# GeoNames admin1 code of Syria -> (English name as ACLED writes it, Arabic name)
ADMIN1_SY: dict[str, tuple[str, str]] = {
    "01": ("Al-Hasakeh", "الحسكة"), "02": ("Lattakia", "اللاذقية"), "03": ("Quneitra", "القنيطرة"),
    "04": ("Ar-Raqqa", "الرقة"), "05": ("As-Sweida", "السويداء"), "06": ("Dar'a", "درعا"),
    "07": ("Deir-ez-Zor", "دير الزور"), "08": ("Rural Damascus", "ريف دمشق"), "09": ("Aleppo", "حلب"),
    "10": ("Hama", "حماة"), "11": ("Homs", "حمص"), "12": ("Idleb", "إدلب"), "13": ("Damascus", "دمشق"),
    "14": ("Tartous", "طرطوس"),
}  # fmt: skip

_AR_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$")


def clean_arabic_names(names: Iterable[str]) -> list[str]:
    """Arabic-script names made of standard Arabic letters only (drops Persian/Kurdish spellings), deduplicated."""
    out: list[str] = []
    for n in names:
        n = " ".join(n.split())
        if n and _AR_NAME.match(n) and n not in out:
            out.append(n)
    return out


def feature_for_population(pop: int) -> str:
    """Coarse feature class of a populated place from its population."""
    if pop >= 100_000:
        return "city"
    if pop >= 10_000:
        return "town"
    return "village"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "|".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.5f}".rstrip("0").rstrip(".")
    return str(value).replace("\t", " ").replace("\n", " ")


def write_places_tsv(path: Path, rows: Iterable[dict[str, object]], *, note: str = "") -> int:
    """Write rows in the places TSV format; returns the number of rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        for line in note.splitlines():
            f.write(f"# {line}\n")
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            f.write("\t".join(_cell(row.get(c)) for c in COLUMNS) + "\n")
            n += 1
    return n


def read_places_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a places TSV file as dicts of strings (comments skipped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise GazetteerError(f"[E301] cannot read gazetteer file {path}: {e}") from e
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return
    header = lines[0].split("\t")
    if "id" not in header:
        raise GazetteerError(f"[E302] {path}: header line without an 'id' column")
    for i, ln in enumerate(lines[1:], start=2):
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise GazetteerError(f"[E303] {path}: row {i} has {len(cells)} cells, header has {len(header)}")
        yield dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


BUNDLED_FILES = ("places_geonames.tsv", "places_region.tsv", "places_curated.tsv")

# features whose mention alone only places the event in an area (ACLED geo_precision)
_AREA_PRECISION = {"country": 3, "admin1": 3, "admin2": 2, "admin3": 2, "region": 3, "natural": 2}


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One gazetteer place.  ``names_ar`` holds every Arabic form (first = preferred)."""

    id: str
    names_ar: tuple[str, ...]
    name_en: str
    feature: str
    country: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    names_en: tuple[str, ...] = ()
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    admin3: str | None = None
    admin3_ar: str | None = None
    population: int = 0
    precision: int = 1
    provenance: str = ""

    @property
    def curated(self) -> bool:
        """True for team-curated entries (id ``mrsd:…`` or curated aliases)."""
        return self.id.startswith("mrsd:") or "curated" in self.provenance


class PlaceIndex:
    """Places by id and by normalised Arabic (and English) name."""

    def __init__(self, entries: Iterable[PlaceEntry] = ()) -> None:
        self._by_id: dict[str, PlaceEntry] = {}
        self._by_name: dict[str, list[PlaceEntry]] = {}
        for e in entries:
            self.add(e)

    def add(self, entry: PlaceEntry) -> None:
        """Add (or replace) an entry and index its names."""
        old = self._by_id.get(entry.id)
        if old is not None:
            for key in _keys(old):
                lst = self._by_name.get(key, [])
                self._by_name[key] = [e for e in lst if e.id != old.id]
        self._by_id[entry.id] = entry
        for key in _keys(entry):
            self._by_name.setdefault(key, []).append(entry)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[PlaceEntry]:
        return iter(self._by_id.values())

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._by_id

    def get(self, place_id: str | int) -> PlaceEntry | None:
        """The entry with this id (a GeoNames id may be given as int)."""
        return self._by_id.get(str(place_id))

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Candidates whose Arabic or English name normalises like ``name`` (empty list if none)."""
        return list(self._by_name.get(norm(name), ()))

    def lookup_norm(self, key: str) -> list[PlaceEntry]:
        """Like ``lookup`` for an already normalised key (no copy: do not modify)."""
        return self._by_name.get(key, [])

    def names(self) -> Iterator[tuple[str, PlaceEntry]]:
        """Every (normalised Arabic name, entry) pair — the feed for a phrase matcher."""
        for e in self._by_id.values():
            for n in dict.fromkeys(norm(a) for a in e.names_ar):
                if n:
                    yield n, e

    def name_keys(self) -> set[str]:
        """All normalised names (Arabic and English) in the index."""
        return {k for k, v in self._by_name.items() if v}

    def search(self, query: str, *, limit: int = 20) -> list[PlaceEntry]:
        """Exact matches first, then entries with a name starting with / containing ``query``."""
        q = norm(query)
        if not q:
            return []
        exact = self.lookup_norm(q)
        seen = {e.id for e in exact}
        prefix: list[PlaceEntry] = []
        inner: list[PlaceEntry] = []
        for key, lst in self._by_name.items():
            if q in key and key != q:
                for e in lst:
                    if e.id not in seen:
                        seen.add(e.id)
                        (prefix if key.startswith(q) else inner).append(e)
        return (list(exact) + prefix + inner)[:limit]

    def stats(self) -> dict[str, object]:
        """Counts: total, with/without Arabic names, by feature, by country, curated."""
        entries = list(self)
        return {
            "places": len(entries),
            "with_arabic": sum(1 for e in entries if e.names_ar),
            "without_arabic": sum(1 for e in entries if not e.names_ar),
            "arabic_names": sum(len(e.names_ar) for e in entries),
            "curated": sum(1 for e in entries if e.id.startswith("mrsd:")),
            "by_feature": dict(Counter(e.feature for e in entries).most_common()),
            "by_country": dict(Counter(e.country for e in entries).most_common()),
        }


def _keys(e: PlaceEntry) -> set[str]:
    keys = {norm(n) for n in e.names_ar}
    keys |= {norm(n) for n in (e.name_en, *e.names_en) if n}
    keys.discard("")
    return keys


def _split(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.strip() for x in cell.split("|") if x.strip()))


def _float(cell: str, where: str) -> float | None:
    if not cell:
        return None
    try:
        return float(cell)
    except ValueError as e:
        raise GazetteerError(f"[E310] {where}: not a number: {cell!r}") from e


def entry_from_row(row: dict[str, str], *, where: str = "") -> PlaceEntry:
    """A ``PlaceEntry`` from one row of the places TSV format."""
    feature = row.get("feature") or "village"
    if feature not in FEATURES:
        raise GazetteerError(f"[E311] {where}: unknown feature {feature!r} for {row.get('id')}")
    gid = row.get("geonameid") or ""
    prec = row.get("precision") or ""
    return PlaceEntry(
        id=row["id"],
        names_ar=_split(row.get("names_ar", "")),
        name_en=row.get("name_en", ""),
        feature=feature,
        country=row.get("country", ""),
        admin1=row.get("admin1") or None,
        lat=_float(row.get("lat", ""), where),
        lon=_float(row.get("lon", ""), where),
        geonameid=int(gid) if gid.isdigit() else None,
        names_en=_split(row.get("names_en", "")),
        admin1_ar=row.get("admin1_ar") or None,
        admin2=row.get("admin2") or None,
        admin2_ar=row.get("admin2_ar") or None,
        admin3=row.get("admin3") or None,
        admin3_ar=row.get("admin3_ar") or None,
        population=int(float(row.get("population") or 0)),
        precision=int(prec) if prec.isdigit() else _AREA_PRECISION.get(feature, 1),
        provenance=row.get("provenance", ""),
    )


def _merge(old: PlaceEntry, row: dict[str, str], where: str) -> PlaceEntry:
    """Extend ``old`` with a later row for the same id: names are added, non-empty fields override.

    A row imported from a GeoNames dump (provenance ``geonames:…``) does not override the fields
    of a team-curated entry (its names are still added, its fields fill only empty ones), so a
    full dump keeps the curated corrections ("Yarmouk Camp" as a camp).
    """
    changes: dict[str, object] = {
        "names_ar": tuple(dict.fromkeys((*old.names_ar, *_split(row.get("names_ar", ""))))),
        "names_en": tuple(dict.fromkeys((*old.names_en, *_split(row.get("names_en", ""))))),
    }
    fill_only = old.curated and row.get("provenance", "").startswith("geonames:")
    if row.get("feature"):
        new = entry_from_row({**row, "names_ar": "", "names_en": ""}, where=where)
        for field in ("name_en", "feature", "country", "admin1", "admin1_ar", "admin2", "admin2_ar",
                      "admin3", "admin3_ar", "lat", "lon", "population", "precision"):  # fmt: skip
            if row.get(field) and not (fill_only and getattr(old, field) not in (None, "", 0)):
                changes[field] = getattr(new, field)
    prov = row.get("provenance")
    if prov and prov not in old.provenance:
        changes["provenance"] = f"{old.provenance}; {prov}" if old.provenance else prov
    return replace(old, **changes)  # type: ignore[arg-type]


def read_files(paths: Iterable[Path], index: PlaceIndex | None = None) -> PlaceIndex:
    """Read places TSV files in order into ``index`` (a new one by default)."""
    index = index if index is not None else PlaceIndex()
    for path in paths:
        for i, row in enumerate(read_places_tsv(path), start=1):
            where = f"{path.name}:{i}"
            if not row.get("id"):
                raise GazetteerError(f"[E312] {where}: row without an id")
            old = index.get(row["id"])
            index.add(_merge(old, row, where) if old else entry_from_row(row, where=where))
    return index


@cache
def _bundled() -> tuple[PlaceEntry, ...]:
    paths = [resource_path("kb", name) for name in BUNDLED_FILES]
    return tuple(read_files(paths))


def load_places(*, extra_dirs: Iterable[str | Path] = ()) -> PlaceIndex:
    """The bundled gazetteer merged with every ``*.tsv`` file in ``extra_dirs`` (sorted by name)."""
    extra = [Path(d) for d in extra_dirs]
    if not extra:
        return _default_index()
    index = PlaceIndex(_bundled())
    for d in extra:
        if not d.is_dir():
            raise GazetteerError(f"[E313] gazetteer directory not found: {d}")
        read_files(sorted(d.glob("*.tsv")), index)
    return index


@cache
def _default_index() -> PlaceIndex:
    return PlaceIndex(_bundled())


@cache
def ambiguous_place_names() -> frozenset[str]:
    """Normalised place names that are also common words ("الباب", "الميدان", "التضامن").

    The geocoder takes them as places only after a type word ("مدينة الباب") or with support from
    places named nearby; a matcher feeding on ``PlaceIndex.names()`` may treat them the same way.
    """
    data = load_json("kb", "places_context.json")
    return frozenset(norm(w) for w in data.get("ambiguous_words", []))
