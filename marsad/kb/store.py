"""The knowledge base: bundled actors, sources and descriptions, merged with user directories.

``load_kb()`` returns the bundled knowledge base (cached); ``load_kb(extra_dirs=[...])``
merges every ``actors*.tsv|jsonl``, ``sources*.tsv|jsonl`` and
``descriptions*.tsv`` file of each directory over it, in directory order and
file-name order: a row with a new id adds an entry, a row with a known id
extends it (aliases are added, non-empty fields override).  Places live in
``marsad.kb.places``; a user directory's ``places/`` sub-directory is passed
on to it.

>>> kb = load_kb()
>>> [a.id for a in kb.actors_by_alias("تنظيم الدولة")]
['ISIS']
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from marsad.errors import KnowledgeBaseError
from marsad.kb.actors import (
    ACTOR_FIELDS,
    DESCRIPTION_FIELDS,
    Actor,
    Description,
    actor_from_row,
    description_from_row,
    merge_entry,
    read_table,
    version_of,
)
from marsad.kb.sources import SOURCE_FIELDS, Source, source_from_row
from marsad.resources import resource_path
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

BUNDLED = {"actors": "actors.tsv", "sources": "sources.tsv", "descriptions": "actors_descriptions.tsv"}
STOPWORDS_FILE = "actors_stopwords.txt"

#: ACLED interaction codes of the actor categories (1 state … 8 external/other).
ACLED_INTER = {
    "state": 1, "rebel": 2, "militia": 3, "unidentified": 3, "ethnic": 4, "protester": 6,
    "civilian": 7, "external": 8, "igo": 8, "ngo": 8,
}  # fmt: skip

#: Actor types that name a class of people rather than an organisation (not named entities).
GENERIC_TYPES = frozenset({"civilian-group", "armed-group"})

_user_dirs: list[Path] = []

#: ``(text, kind, id, label, name_en, data)`` — the shape of ``marsad.ner.gazetteer.NameEntry``.
NameTuple = tuple[str, str, str | None, str, str | None, dict[str, Any]]


def set_user_kb_dirs(paths: Iterable[str | Path]) -> None:
    """Set the user KB directories that ``default_kb()`` merges over the bundled data."""
    _user_dirs[:] = [Path(p) for p in paths]


def user_kb_dirs() -> list[Path]:
    """The user KB directories set with ``set_user_kb_dirs``."""
    return list(_user_dirs)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One knowledge-base answer for a name: what kind of entry, which entry, via which alias."""

    kind: str
    id: str
    name_en: str
    alias: str
    entry: Any


class KnowledgeBase:
    """Actors, sources and descriptions indexed by id and by normalised alias."""

    def __init__(
        self,
        actors: Iterable[Actor] = (),
        sources: Iterable[Source] = (),
        descriptions: Iterable[Description] = (),
        *,
        stopwords: Iterable[str] = (),
        place_dirs: Sequence[Path] = (),
        versions: dict[str, str | None] | None = None,
    ) -> None:
        """Args:
        actors: actor entries (later ids extend earlier ones).
        sources: source entries.
        descriptions: definite descriptions for coreference.
        stopwords: common words never matched as place names.
        place_dirs: user gazetteer directories handed to ``marsad.kb.places``.
        versions: data-file versions, for reporting.
        """
        self.actors: dict[str, Actor] = {}
        self.sources: dict[str, Source] = {}
        self.descriptions: dict[str, Description] = {}
        self.stopwords = frozenset(norm(s) for s in stopwords)
        self.place_dirs = tuple(place_dirs)
        self.versions = dict(versions or {})
        self._actor_alias: dict[str, list[str]] = {}
        self._source_alias: dict[str, list[str]] = {}
        self._places: Any = None
        for a in actors:
            self.add_actor(a)
        for s in sources:
            self.add_source(s)
        for d in descriptions:
            self.descriptions[norm(d.text)] = d

    # -- building ---------------------------------------------------------
    def add_actor(self, actor: Actor) -> None:
        """Add an actor, or extend the one with the same id."""
        old = self.actors.get(actor.id)
        actor = merge_entry(old, actor) if old else actor
        self.actors[actor.id] = actor
        for alias in alias_forms(actor.aliases, generic=actor.type in GENERIC_TYPES):
            ids = self._actor_alias.setdefault(alias, [])
            if actor.id not in ids:
                ids.append(actor.id)

    def add_source(self, source: Source) -> None:
        """Add a source, or extend the one with the same id."""
        old = self.sources.get(source.id)
        source = merge_entry(old, source) if old else source
        self.sources[source.id] = source
        for alias in alias_forms(source.aliases, generic=source.generic):
            ids = self._source_alias.setdefault(alias, [])
            if source.id not in ids:
                ids.append(source.id)

    # -- lookups ------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        return self.actors.get(actor_id)

    def source(self, source_id: str) -> Source | None:
        """The source with this id."""
        return self.sources.get(source_id)

    def actors_by_alias(self, text: str) -> list[Actor]:
        """Actors one of whose aliases normalises like ``text``."""
        return [self.actors[i] for i in self._actor_alias.get(norm(text), ())]

    def sources_by_alias(self, text: str) -> list[Source]:
        """Sources one of whose aliases normalises like ``text``."""
        return [self.sources[i] for i in self._source_alias.get(norm(text), ())]

    def names_of(self, entity_id: str) -> tuple[str, ...]:
        """Every alias of an actor or source (empty for an unknown id)."""
        e = self.actors.get(entity_id) or self.sources.get(entity_id)
        if e is not None:
            return e.aliases
        place = self.places().get(entity_id) if self.places() is not None else None
        return tuple(place.names_ar) if place is not None else ()

    def category_of(self, entity_id: str) -> str | None:
        """The actor category of an id (``None`` for non-actors)."""
        a = self.actors.get(entity_id)
        return a.category if a else None

    def places(self) -> Any:
        """The place index of ``marsad.kb.places`` (``None`` when that module is not installed)."""
        if self._places is None:
            if importlib.util.find_spec("marsad.kb.places") is None:
                return None
            from marsad.kb.places import load_places

            self._places = load_places(extra_dirs=self.place_dirs)
        return self._places

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Entries whose alias equals ``text`` (normalised), then those with an alias containing it."""
        q = norm(text)
        if not q:
            return []
        exact: list[SearchHit] = []
        partial: list[SearchHit] = []
        desc = self.descriptions.get(q)
        if desc is not None:
            exact.append(SearchHit("description", desc.text, desc.default or "", desc.text, desc))
        for kind, index, table in (
            ("actor", self._actor_alias, self.actors),
            ("source", self._source_alias, self.sources),
        ):
            for alias, ids in index.items():
                if q == alias or q in alias or q.lower() in alias:
                    bucket = exact if q == alias else partial
                    for i in ids:
                        bucket.append(SearchHit(kind, i, table[i].name_en, alias, table[i]))
            for e in table.values():
                if q.lower() == e.id.lower() or q.lower() in e.name_en.lower():
                    partial.append(SearchHit(kind, e.id, e.name_en, e.id, e))
        places = self.places()
        if places is not None:
            for p in places.search(text, limit=limit):
                hit = SearchHit("place", p.id, p.name_en, p.names_ar[0] if p.names_ar else "", p)
                (exact if q in {norm(n) for n in p.names_ar} else partial).append(hit)
        seen: set[tuple[str, str]] = set()
        out: list[SearchHit] = []
        for h in exact + sorted(partial, key=lambda h: len(h.alias)):
            if (h.kind, h.id) not in seen:
                seen.add((h.kind, h.id))
                out.append(h)
        return out[:limit]

    # -- feeds for the matcher ---------------------------------------------
    def name_entries(self, *, places: bool = True) -> Iterator[NameTuple]:
        """Every alias as a ``(text, kind, id, label, name_en, data)`` tuple.

        The tuples have the shape of ``marsad.ner.gazetteer.NameEntry`` (the KB
        sits below the NER layer, so it does not import the matcher's type).
        """
        for a in self.actors.values():
            generic = a.type in GENERIC_TYPES
            label = "PERS" if a.type == "person" else ("MISC" if generic else "ORG")
            data: dict[str, Any] = {
                "actor_category": a.category, "acled_inter": ACLED_INTER.get(a.category), "type": a.type,
                "country": a.country, "affiliation": a.affiliation, "named": not generic,
            }  # fmt: skip
            for alias in alias_forms(a.aliases, generic=generic):
                yield (alias, "actor", a.id, label, a.name_en, data)
        for s in self.sources.values():
            data = {"source_kind": s.kind, "actor": s.actor, "named": not s.generic}  # same shape as above
            label = "MISC" if s.generic else "ORG"
            for alias in alias_forms(s.aliases, generic=s.generic):
                yield (alias, "source", s.id, label, s.name_en, data)
        for key, d in self.descriptions.items():
            data = {
                "description": True, "head": norm(d.head), "categories": list(d.categories),
                "default": d.default, "plural": d.plural, "named": False,
            }  # fmt: skip
            yield (key, d.kind, None, "MISC", None, data)
        if places:
            index = self.places()
            if index is not None:
                for key, p in index.names():
                    if key in self.stopwords or key in self.descriptions:
                        continue
                    data = {"feature": p.feature, "country": p.country, "named": True}
                    yield (key, "place", p.id, "LOC", p.name_en, data)

    def stats(self) -> dict[str, Any]:
        """Sizes: actors, actor aliases, sources, source aliases, descriptions, places."""
        out: dict[str, Any] = {
            "versions": self.versions,
            "actors": len(self.actors),
            "actor_aliases": sum(len(a.aliases) for a in self.actors.values()),
            "actor_keys": len(self._actor_alias),
            "actors_with_wikidata": sum(1 for a in self.actors.values() if a.wikidata),
            "sources": len(self.sources),
            "source_aliases": sum(len(s.aliases) for s in self.sources.values()),
            "descriptions": len(self.descriptions),
        }
        places = self.places()
        if places is not None:
            entries = list(places)
            out["places"] = len(entries)
            out["places_with_arabic"] = sum(1 for p in entries if p.names_ar)
            out["place_arabic_names"] = sum(len(p.names_ar) for p in entries)
        return out


def alias_forms(aliases: Iterable[str], *, generic: bool = False) -> list[str]:
    """Normalised matching forms of aliases, with regular inflection variants added.

    Added: the accusative of a two-word indefinite phrase ("وفد روسي" → "وفدا روسيا"),
    the other case of nisba plurals (…يون ↔ …يين) and, for generic classes,
    of sound plurals (…ون ↔ …ين).
    """
    out: list[str] = []
    for alias in aliases:
        key = norm(alias)
        if not key:
            continue
        forms = [key]
        words = key.split()
        if (
            len(words) == 2
            and not any(w.startswith("ال") for w in words)
            and all(w[-1] not in "اهوى" and len(w) > 2 for w in words)
        ):
            forms.append(" ".join(w + "ا" for w in words))
        swapped = [_swap_plural(w, generic=generic) for w in words]
        if swapped != words:
            forms.append(" ".join(swapped))
        for f in forms:
            if f not in out:
                out.append(f)
    return out


def _swap_plural(word: str, *, generic: bool) -> str:
    if len(word) >= 5 and word.endswith("يون"):
        return word[:-3] + "يين"
    if len(word) >= 5 and word.endswith("يين"):
        return word[:-3] + "يون"
    if generic and len(word) >= 5 and word.endswith("ون"):
        return word[:-2] + "ين"
    if generic and len(word) >= 5 and word.endswith("ين"):
        return word[:-2] + "ون"
    return word


def _files(directory: Path, stem: str) -> list[Path]:
    files = [*directory.glob(f"{stem}*.tsv"), *directory.glob(f"{stem}*.jsonl")]
    return sorted(files, key=lambda p: p.name)


def _read_stopwords(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise KnowledgeBaseError(f"[E301] cannot read {path}: {e}") from e
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def _load_into(
    kb_parts: dict[str, list[Any]], directory: Path, *, origin: str, bundled: bool = False
) -> None:
    if bundled:
        actor_files = [resource_path("kb", BUNDLED["actors"])]
        source_files = [resource_path("kb", BUNDLED["sources"])]
        desc_files = [resource_path("kb", BUNDLED["descriptions"])]
    else:
        actor_files = [p for p in _files(directory, "actors") if "descriptions" not in p.name]
        source_files = _files(directory, "sources")
        desc_files = _files(directory, "descriptions") + [
            p for p in _files(directory, "actors") if "descriptions" in p.name
        ]
    for path in actor_files:
        for line, row in read_table(path, ACTOR_FIELDS):
            kb_parts["actors"].append(actor_from_row(row, where=f"{path}:{line}", origin=origin))
    for path in source_files:
        for line, row in read_table(path, SOURCE_FIELDS):
            kb_parts["sources"].append(source_from_row(row, where=f"{path}:{line}", origin=origin))
    for path in desc_files:
        for line, row in read_table(path, DESCRIPTION_FIELDS):
            kb_parts["descriptions"].append(description_from_row(row, where=f"{path}:{line}"))
    stop = resource_path("kb", STOPWORDS_FILE) if bundled else directory / "stopwords.txt"
    if stop.exists():
        kb_parts["stopwords"].extend(_read_stopwords(stop))


def load_kb(*, extra_dirs: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The bundled knowledge base merged with the KB files of ``extra_dirs``.

    Args:
        extra_dirs: user directories holding ``actors*.tsv|jsonl``, ``sources*.tsv|jsonl``,
            ``descriptions*.tsv``, ``stopwords.txt`` and/or a ``places/`` sub-directory.

    Raises:
        KnowledgeBaseError: a missing directory or a malformed file (the message names file and line).
    """
    dirs = tuple(Path(d) for d in extra_dirs)
    if not dirs:
        return _bundled_kb()
    return _build(dirs)


@cache
def _bundled_kb() -> KnowledgeBase:
    return _build(())


#: environment variable with extra KB directories (``os.pathsep``-separated); worker processes inherit it
KB_DIRS_ENV = "MARSAD_KB_DIRS"


def default_kb() -> KnowledgeBase:
    """The knowledge base with the user directories in use (cached per set of directories).

    Those are the directories of ``set_user_kb_dirs`` or, when it was not called,
    those of the ``MARSAD_KB_DIRS`` environment variable.
    """
    dirs = list(_user_dirs)
    if not dirs and os.environ.get(KB_DIRS_ENV):
        dirs = [Path(p) for p in os.environ[KB_DIRS_ENV].split(os.pathsep) if p]
    return _cached_kb(tuple(dirs))


@cache
def _cached_kb(dirs: tuple[Path, ...]) -> KnowledgeBase:
    return load_kb(extra_dirs=dirs)


def _build(dirs: tuple[Path, ...]) -> KnowledgeBase:
    parts: dict[str, list[Any]] = {"actors": [], "sources": [], "descriptions": [], "stopwords": []}
    _load_into(parts, Path("."), origin="bundled", bundled=True)
    place_dirs: list[Path] = []
    for d in dirs:
        if not d.is_dir():
            raise KnowledgeBaseError(f"[E300] knowledge-base directory not found: {d}")
        _load_into(parts, d, origin=str(d))
        if (d / "places").is_dir():
            place_dirs.append(d / "places")
    versions = {name: version_of(resource_path("kb", f)) for name, f in BUNDLED.items()}
    kb = KnowledgeBase(
        parts["actors"], parts["sources"], parts["descriptions"],
        stopwords=parts["stopwords"], place_dirs=place_dirs, versions=versions,
    )  # fmt: skip
    _check_affiliations(kb)
    return kb


def _check_affiliations(kb: KnowledgeBase) -> None:
    for a in kb.actors.values():
        if a.affiliation and a.affiliation not in kb.actors:
            log.warning("actor %s: affiliation %s is not a known actor id", a.id, a.affiliation)
