"""Geocoder stage: fill ``doc.places`` with resolved place expressions (ACLED geo-precision)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import ClassVar

from marsad.doc import Document, Place
from marsad.geo.resolve import Geocoder, default_geocoder, to_place
from marsad.kb.store import default_kb


class GeocoderStage:
    """Find place expressions in the text and resolve each one against the gazetteer.

    The geocoder finds names itself (longest match over clitic-aware tokens); place mentions
    that earlier NER stages found by other means (``doc.mentions`` with ``kind == "place"`` and
    an origin other than the gazetteer: CRF, patterns) and that it did not find are geocoded
    too, by their text, with the whole article as context (so a common word such as "الميدان"
    tagged by the CRF counts when the article names places around it, and "الحي" does not).  The article country is ``doc.meta["country"]`` (default SY).
    """

    name = "geocoder"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"places"})

    def __init__(self, geocoder: Geocoder | None = None) -> None:
        """Args: geocoder: the geocoder to use (default: the bundled gazetteer, country SY)."""
        self.geocoder = geocoder

    def __call__(self, doc: Document) -> Document:
        # the knowledge base's place index includes user --kb-dir places (a places/ sub-folder)
        country = doc.meta.get("country", "SY")
        geo = self.geocoder or default_geocoder(country, index=default_kb().places())
        places, homonyms = _find(geo, doc)
        other = self.geocoder is None and "country" not in doc.meta and _other_country(places, country)
        if other:
            # an article about another country («سنجار» after «قضاء سنجار» and «محافظة دهوك»): its places are read
            # with that country first, so a bare name goes to its town there rather than to a Syrian namesake
            geo = default_geocoder(other, index=default_kb().places())
            places, homonyms = _find(geo, doc)
        covered = [(p.start, p.end) for p in places] + homonyms  # a homonym the gazetteer lacks stays unplaced
        for m in doc.mentions:
            # gazetteer mentions come from this same gazetteer: the finder above already judged
            # them (a common word such as "الباب" without support is not a place)
            if m.kind != "place" or m.origin == "gazetteer":
                continue
            if any(s <= m.start < e or s < m.end <= e for s, e in covered):
                continue
            for r in geo.geocode(doc.text[m.start : m.end], context=doc.text, top=1):
                if r.best is not None and r.match.name_end - r.match.name_start >= (m.end - m.start) // 2:
                    p = to_place(r, r.best)
                    places.append(replace(p, start=m.start + p.start, end=m.start + p.end))
        # an outlet named like a town («مراسل الميادين»، «مصادر للميادين»: a source mention covers it) is no place
        sources = {(m.start, m.end) for m in doc.mentions if m.kind == "source"}
        # — nor is a family name that is also a town, inside a person's name («وزير الزراعة محمد حسن قطنا»)
        names = [(m.start, m.end) for m in doc.mentions if m.kind == "person"]
        places = [p for p in places
                  if not any(s <= p.start and p.end <= e for s, e in sources)
                  and not any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in names)]
        places.sort(key=lambda p: (p.start, p.end))
        doc.places = places
        return doc


def _find(geo: Geocoder, doc: Document) -> tuple[list[Place], list[tuple[int, int]]]:
    """The places the geocoder finds in the document, and the spans of homonyms the gazetteer lacks."""
    homonyms: list[tuple[int, int]] = []
    # the tokenizer's tokens (offsets, matching forms, kinds) spare the geocoder tokenising again
    places = geo.find_places(doc.text, context=doc.meta.get("dateline"), tokens=doc.tokens or None,
                             homonyms=homonyms)
    return places, homonyms


def _other_country(places: list[Place], country: str) -> str | None:
    """The country the article is about when it is not ``country``: at least three of its resolved places (towns,
    districts, regions: not the country names) lie there and more than twice as many as in ``country``."""
    counts = Counter(p.country for p in places if p.country and p.feature != "country")
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if top != country and n >= 3 and n > 2 * counts.get(country, 0) else None


def make_geocoder() -> GeocoderStage:
    """Factory for the registry."""
    return GeocoderStage()
