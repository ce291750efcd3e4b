"""Entity-ruler stage: knowledge-base gazetteer + name patterns + light coreference → ``doc.mentions``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import ClassVar

from marsad.doc import Document
from marsad.kb.store import KnowledgeBase, default_kb, load_kb
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.ruler import build_gazetteer, find_mentions


@cache
def _gazetteer_for(kb: KnowledgeBase, places: bool) -> Gazetteer:
    return build_gazetteer(kb.name_entries(places=places))


class EntityRuler:
    """Find actor, place, source and person mentions with the knowledge base; link and resolve them."""

    name = "entity_ruler"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"mentions"})

    def __init__(
        self,
        *,
        kb_dirs: Iterable[str | Path] | None = None,
        places: bool = True,
        patterns: bool = True,
        coref: bool = True,
    ) -> None:
        """Args:
        kb_dirs: user KB directories merged over the bundled data (``None``: those of ``set_user_kb_dirs``).
        places: match place names from ``marsad.kb.places`` too.
        patterns: use the name patterns ("بلدة X", "لواء X", "صفحة «X»", "أبو X الY").
        coref: resolve short forms and descriptions ("التنظيم", "المخيم").
        """
        self.kb_dirs = None if kb_dirs is None else tuple(Path(d) for d in kb_dirs)
        self.places = places
        self.patterns = patterns
        self.coref = coref

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base in use (loaded on first use, cached)."""
        return default_kb() if self.kb_dirs is None else _kb_for(self.kb_dirs)

    def __call__(self, doc: Document) -> Document:
        kb = self.kb
        gz = _gazetteer_for(kb, self.places)
        mentions = find_mentions(doc.text, gz, patterns=self.patterns, coref=self.coref, lookup=kb)
        # keep mentions found by earlier stages (none by default), ours sorted by start
        doc.mentions = (
            sorted([*doc.mentions, *mentions], key=lambda m: (m.start, -m.end)) if doc.mentions else mentions
        )
        return doc


@cache
def _kb_for(dirs: tuple[Path, ...]) -> KnowledgeBase:
    return load_kb(extra_dirs=dirs)


def make_entity_ruler(
    *,
    kb_dirs: Iterable[str | Path] | None = None,
    places: bool = True,
    patterns: bool = True,
    coref: bool = True,
) -> EntityRuler:
    """Factory for the registry."""
    return EntityRuler(kb_dirs=kb_dirs, places=places, patterns=patterns, coref=coref)
