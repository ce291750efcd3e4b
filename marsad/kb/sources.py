"""Source entries (outlets, agencies, pages, generic source phrases): record and reader.

The bundled list is ``resources/kb/sources.tsv`` with tab-separated columns
``id name_en kind country actor aliases`` (aliases separated by ``;``).
``kind`` is one of the attribution kinds of the event spec.  ``actor`` links a
source that is also an actor (the Syrian Observatory) to its actor id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marsad.errors import KnowledgeBaseError
from marsad.kb.actors import opt_str, parse_aliases

SOURCE_FIELDS = ("id", "name_en", "kind", "country", "actor", "aliases")

#: Attribution kinds (docs: the ``attribution.kind`` field of the event spec).
SOURCE_KINDS = frozenset(
    {"outlet", "social-media", "correspondent", "official", "anonymous-sources", "witness", "organisation"}
)


@dataclass(frozen=True, slots=True)
class Source:
    """One information source: a named outlet/page/agency or a generic phrase ("مصادر محلية")."""

    id: str
    name_en: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    actor: str | None = None
    origin: str = "bundled"

    @property
    def generic(self) -> bool:
        """True for generic phrases (sources, correspondents, witnesses) rather than named outlets."""
        return self.kind in ("correspondent", "anonymous-sources", "witness") or self.id.endswith("-GENERIC")


def source_from_row(row: dict[str, Any], *, where: str, origin: str = "bundled") -> Source:
    """A ``Source`` from one parsed row.

    Raises:
        KnowledgeBaseError: missing id or an unknown kind.
    """
    sid = opt_str(row, "id")
    if not sid:
        raise KnowledgeBaseError(f"[E306] {where}: source row without an id")
    kind = opt_str(row, "kind") or "outlet"
    if kind not in SOURCE_KINDS:
        raise KnowledgeBaseError(
            f"[E310] {where}: unknown source kind {kind!r} for {sid} (one of {sorted(SOURCE_KINDS)})"
        )
    return Source(
        id=sid,
        name_en=opt_str(row, "name_en") or "",
        kind=kind,
        aliases=parse_aliases(row.get("aliases"), where),
        country=opt_str(row, "country"),
        actor=opt_str(row, "actor"),
        origin=origin,
    )
