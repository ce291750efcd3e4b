"""Actor entries and definite descriptions: records and readers for their data files.

The bundled actor dictionary is ``resources/kb/actors.tsv`` (format in
``docs/knowledge-base.md``): one actor per row with tab-separated columns
``id name_en type category country affiliation active wikidata aliases``;
aliases are separated by ``;``.  Users may add ``actors*.tsv`` or
``actors*.jsonl`` files (same fields, ``aliases`` as a JSON list) in a
``--kb-dir``; a row with a known id extends that actor.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from marsad.errors import KnowledgeBaseError

_E = TypeVar("_E")  # an Actor or a Source (frozen dataclasses with id, aliases, origin)

ACTOR_FIELDS = (
    "id",
    "name_en",
    "type",
    "category",
    "country",
    "affiliation",
    "active",
    "wikidata",
    "aliases",
)
DESCRIPTION_FIELDS = ("text", "head", "kind", "categories", "default", "plural")

#: PLOVER/ACLED-style actor categories a row may use.
CATEGORIES = frozenset(
    {
        "state", "rebel", "militia", "external", "civilian", "igo", "ngo", "political",
        "ethnic", "protester", "unidentified",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of the dictionary.

    ``aliases`` are the Arabic surface forms (first = preferred); ``active`` is
    a year range such as ``"2012-2016"`` or ``"2011-"``; ``wikidata`` a QID or
    ``None`` when not known with confidence.
    """

    id: str
    name_en: str
    type: str
    category: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    affiliation: str | None = None
    active: str | None = None
    wikidata: str | None = None
    origin: str = "bundled"


@dataclass(frozen=True, slots=True)
class Description:
    """A definite description or short form ("التنظيم", "المخيم") resolved by coreference.

    ``head`` is the word a compatible antecedent's name starts with;
    ``categories`` the actor categories accepted when no name starts with it;
    ``default`` the id used when the article has no antecedent; ``plural``
    marks group references ("البلدات").
    """

    text: str
    head: str
    kind: str
    categories: tuple[str, ...] = ()
    default: str | None = None
    plural: bool = False


def read_table(path: Path, fields: tuple[str, ...]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a KB data file (``.tsv`` with a header row, or ``.jsonl``) as ``(line, dict)``.

    Lines starting with ``#`` and blank lines are skipped.

    Raises:
        KnowledgeBaseError: a row that cannot be parsed, with file and line.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(f"[E301] cannot read {path}: {e}") from e
    header: list[str] | None = None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        if path.suffix == ".jsonl":
            try:
                row = json.loads(line)
            except ValueError as e:
                raise KnowledgeBaseError(f"[E302] {where}: invalid JSON: {e}") from e
            if not isinstance(row, dict):
                raise KnowledgeBaseError(f"[E302] {where}: a JSON object is expected")
            yield lineno, row
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [f for f in fields[:2] if f not in header]
            if missing:
                raise KnowledgeBaseError(f"[E303] {where}: header lacks column(s) {missing}")
            continue
        if len(cells) > len(header):
            raise KnowledgeBaseError(
                f"[E304] {where}: {len(cells)} tab-separated cells but the header has {len(header)}"
            )
        yield lineno, {k: v.strip() for k, v in zip(header, cells, strict=False)}


def version_of(path: Path) -> str | None:
    """The ``# version: X`` comment of a data file, if any."""
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    break
                if line[1:].strip().lower().startswith("version:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def parse_aliases(value: Any, where: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items = value.split(";")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    else:
        raise KnowledgeBaseError(
            f"[E305] {where}: aliases must be a ';'-separated string or a list of strings"
        )
    return tuple(dict.fromkeys(a.strip() for a in items if a.strip()))


def opt_str(row: dict[str, Any], key: str) -> str | None:
    v = row.get(key)
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def actor_from_row(row: dict[str, Any], *, where: str, origin: str = "bundled") -> Actor:
    """An ``Actor`` from one parsed row.

    Raises:
        KnowledgeBaseError: missing id/name or an unknown category.
    """
    aid = opt_str(row, "id")
    if not aid:
        raise KnowledgeBaseError(f"[E306] {where}: actor row without an id")
    category = opt_str(row, "category") or ""
    if category and category not in CATEGORIES:
        raise KnowledgeBaseError(
            f"[E307] {where}: unknown category {category!r} for {aid} (one of {sorted(CATEGORIES)})"
        )
    wikidata = opt_str(row, "wikidata")
    if wikidata and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
        raise KnowledgeBaseError(f"[E308] {where}: wikidata must look like Q123, got {wikidata!r}")
    return Actor(
        id=aid,
        name_en=opt_str(row, "name_en") or "",
        type=opt_str(row, "type") or "",
        category=category,
        aliases=parse_aliases(row.get("aliases"), where),
        country=opt_str(row, "country"),
        affiliation=opt_str(row, "affiliation"),
        active=opt_str(row, "active"),
        wikidata=wikidata,
        origin=origin,
    )


def merge_entry(old: _E, new: _E) -> _E:
    """``old`` extended by a later row for the same id (actors and sources alike).

    Aliases are added (order kept, no repeats); every other non-empty field of ``new``
    overrides; the id stays; the origin is the later file's.
    """
    values: dict[str, Any] = {}
    for f in fields(old):  # type: ignore[arg-type]
        o, n = getattr(old, f.name), getattr(new, f.name)
        if f.name == "id":
            values[f.name] = o
        elif f.name == "aliases":
            values[f.name] = tuple(dict.fromkeys((*o, *n)))
        elif f.name == "origin":
            values[f.name] = n
        else:
            values[f.name] = n or o
    return replace(old, **values)  # type: ignore[type-var]


def description_from_row(row: dict[str, Any], *, where: str) -> Description:
    """A ``Description`` from one parsed row.

    Raises:
        KnowledgeBaseError: missing text/head or an unknown kind.
    """
    text, head, kind = opt_str(row, "text"), opt_str(row, "head"), opt_str(row, "kind") or "actor"
    if not text or not head:
        raise KnowledgeBaseError(f"[E309] {where}: description row needs text and head")
    if kind not in ("actor", "place", "source"):
        raise KnowledgeBaseError(f"[E309] {where}: description kind must be actor|place|source, got {kind!r}")
    cats = tuple(c.strip() for c in (opt_str(row, "categories") or "").split(",") if c.strip())
    plural = str(row.get("plural") or "0").strip().lower() in ("1", "true", "yes")
    return Description(
        text=text, head=head, kind=kind, categories=cats, default=opt_str(row, "default"), plural=plural
    )
