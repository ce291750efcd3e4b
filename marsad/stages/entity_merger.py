"""Entity-merger stage: knowledge-base mentions win on overlap; CRF mentions fill the gaps."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document
from marsad.ner.merge import (
    merge_mentions,
    other_person,
    places_named_before,
    without_accusatives,
    without_common_nouns,
    without_common_places,
    without_places_in_names,
)


class EntityMerger:
    """Resolve ``doc.mentions`` from the entity ruler and the CRF into one list (see ``marsad.ner.merge``)."""

    name = "entity_merger"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"mentions", "crf_mentions"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        # «مندوب سوريا بشار الجعفري»: a one-word alias of a KB person followed by a family name is someone else
        mentions = [other_person(doc.text, m) or m for m in doc.mentions]
        mentions = without_places_in_names(without_common_nouns(doc.text, mentions))
        mentions = without_common_places(without_accusatives(mentions))  # «اتصالاً هاتفياً»: an object, not a person
        # «في حي القادسية» … «بعد تفجير القادسية»: a CRF organisation repeating a place's name is that place
        doc.mentions = merge_mentions(places_named_before(mentions), doc.text)
        return doc


def make_entity_merger() -> EntityMerger:
    """Factory for the registry."""
    return EntityMerger()
