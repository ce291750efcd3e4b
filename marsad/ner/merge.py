"""Merge knowledge-base mentions with CRF mentions (pure policy functions).

Policy: every mention that does not come from the CRF (``origin`` gazetteer,
pattern, coref …) is kept as it is, since it is linked or rule-backed.  A CRF
mention is kept only when it overlaps none of those, and only once when the
CRF produced the same span twice.  The result is sorted by ``(start, -end)``
and ``Mention.ref`` indices are re-pointed to the new positions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

from marsad.doc import Mention
from marsad.text.normalize import norm

#: What marsad uses a CRF mention for, by its NER label.
KIND_BY_LABEL = {"PERS": "person", "LOC": "place", "ORG": "actor", "MISC": "other"}

CRF_ORIGIN = "crf"
_TANWEEN_FATH = "\u064b"  # (the accusative indefinite ending, «ـاً»)

#: Leading clitics trimmed off the first token of a CRF span (conjunctions, prepositions).
PROCLITIC_SEGMENTS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})


#: a family name (nisba) right after a one-word person alias: «بشار الجعفري» is not «بشار» (al-Assad)
_FAMILY_NAME = re.compile(r"\s+(?:ال)[\u0621-\u064A]{2,}ي(?![\u0621-\u064A])")


def other_person(text: str, m: Mention) -> Mention | None:
    """A one-word person alias of the knowledge base followed by a family name is another person: the two
    words as an unlinked PERS mention (origin ``pattern``), or ``None`` when ``m`` is not such a case."""
    if m.origin != "gazetteer" or (m.attrs or {}).get("type") != "person" or " " in m.text.strip():
        return None
    hit = _FAMILY_NAME.match(text, m.end)
    if hit is None:
        return None
    return Mention(start=m.start, end=hit.end(), label="PERS", text=text[m.start : hit.end()], kind="person",
                   origin="pattern", score=m.score)


def without_common_nouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the CRF ones that are an actor alias read as the common noun it also is
    (:func:`marsad.ner.ruler.common_noun_readings`: «القاعدة الأميركية» is a base), which the entity ruler
    does not link either.  ``ref`` indices are re-pointed to the remaining mentions."""
    from marsad.cache import normalized
    from marsad.ner.ruler import common_noun_readings, common_noun_table

    table = common_noun_table()
    cands = []
    for i, m in enumerate(mentions):
        if m.origin != CRF_ORIGIN or m.kind != "actor":
            continue
        key = norm(m.text)
        if key not in table and key[:1] in ("و", "ف", "ب", "ل") and key[1:] in table:
            key = key[1:]
        if key in table:
            cands.append((i, key))
    if not cands:
        return list(mentions)
    nt = normalized(text)
    readings = common_noun_readings(nt.text, [(key, bisect_left(nt.offsets, mentions[i].end)) for i, key in cands])
    return _without(mentions, {i for (i, _), noun in zip(cands, readings, strict=True) if noun})


def without_places_in_names(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the gazetteer places that end a person's name the CRF found, two words or more before them
    («وزير الزراعة محمد حسن قطنا»: a family name, not the town of Qatana).  ``ref`` indices are re-pointed."""
    names = [m for m in mentions if m.origin == CRF_ORIGIN and m.kind == "person"]
    if not names:
        return list(mentions)
    drop = {j for j, m in enumerate(mentions)
            if m.origin == "gazetteer" and m.kind == "place"
            and any(p.start < m.start and m.end == p.end and len(p.text[: m.start - p.start].split()) >= 2 for p in names)}
    return _without(mentions, drop)


def without_accusatives(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the CRF persons whose every word is written with the accusative tanween («اتصالاً هاتفياً»):
    indefinite nouns and adjectives, the object of a verb, not a name.  ``ref`` indices are re-pointed."""
    return _without(mentions, {j for j, m in enumerate(mentions) if m.origin == CRF_ORIGIN and m.kind == "person"
                               and all(_TANWEEN_FATH in w for w in m.text.split())})


#: common nouns the CRF reads as a place on their own («قرب فرن في أعزاز»، «في بستان زيتون»، Iraqi «سيطرة» = a
#: checkpoint): a building, a field or a bare area word, never the name of a place (as normalised)
COMMON_PLACE_NOUNS = frozenset(norm(w) for w in (
    "بستان فرن سيطرة السيطرة سكني الشاي الرضاعة الأوسط الجبلية ساحة مدرسة الريف ريفها").split())


def without_common_places(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the CRF places (no knowledge-base link) that are a common noun (:data:`COMMON_PLACE_NOUNS`,
    one proclitic aside): «قرب فرن في أعزاز» is near a bakery in Azaz.  ``ref`` indices are re-pointed."""
    def common(m: Mention) -> bool:
        key = norm(m.text)
        return key in COMMON_PLACE_NOUNS or (key[:1] in PROCLITIC_SEGMENTS and key[1:] in COMMON_PLACE_NOUNS)
    return _without(mentions, {j for j, m in enumerate(mentions)
                               if m.origin == CRF_ORIGIN and m.kind == "place" and m.kb_id is None and common(m)})


def places_named_before(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a CRF actor (no knowledge-base link) that repeats the name of a place named earlier in the
    text read as that place: «… عبوة ناسفة زُرعت قرب منزله في حي القادسية» then «بعد تفجير القادسية» (one sense
    per text: the quarter, not an organisation).  Only names a pattern found after a place noun («حي»، «بلدة»،
    «قرية»): a city named bare may stand for its government later («إذا واصلت انواكشوط التنسيق»)."""
    out = list(mentions)
    names: set[str] = set()
    for k, m in sorted(enumerate(mentions), key=lambda km: km[1].start):
        if m.kind == "place" and (m.attrs or {}).get("trigger") and (m.attrs or {}).get("name"):
            names.add(m.attrs["name"])
        elif m.origin == CRF_ORIGIN and m.kind == "actor" and m.kb_id is None and names and norm(m.text) in names:
            out[k] = replace(m, label="LOC", kind="place")
    return out


def _without(mentions: Sequence[Mention], drop: set[int]) -> list[Mention]:
    """The mentions but those at the indices ``drop``, with ``ref`` indices re-pointed to the remaining ones."""
    if not drop:
        return list(mentions)
    new_index = {old: k for k, old in enumerate(j for j in range(len(mentions)) if j not in drop)}
    return [replace(m, ref=new_index.get(m.ref)) if m.ref is not None else m
            for j, m in enumerate(mentions) if j not in drop]


def kind_for_label(label: str) -> str:
    """``person`` / ``place`` / ``actor`` / ``other`` for PERS / LOC / ORG / MISC."""
    return KIND_BY_LABEL.get(label, "other")


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two mentions share at least one character."""
    return a.start < b.end and b.start < a.end


def merge_mentions(mentions: Sequence[Mention], text: str | None = None) -> list[Mention]:
    """Keep all non-CRF mentions, add the CRF mentions that overlap none of them.

    Args:
        mentions: mentions of one document in any order; ``ref`` indices refer to
            positions in this sequence.
        text: the document's text; with it, a settlement name a pattern found is continued over the CRF place
            right after it (:func:`_names_continued`).

    Returns:
        A new list sorted by ``(start, -end)`` with ``ref`` re-pointed.
    """
    kept: list[tuple[int, Mention]] = []
    if text is not None:
        mentions = _names_continued(mentions, text)
    ruled = [(i, m) for i, m in enumerate(mentions) if m.origin != CRF_ORIGIN]
    kept.extend(ruled)
    seen: set[tuple[int, int]] = set()
    ruled_spans = _SpanIndex((m.start, m.end) for _, m in ruled)
    for i, m in enumerate(mentions):
        if m.origin != CRF_ORIGIN:
            continue
        key = (m.start, m.end)
        if key in seen or ruled_spans.overlaps(m.start, m.end):
            continue
        seen.add(key)
        kept.append((i, m))
    kept.sort(key=lambda im: (im[1].start, -im[1].end, im[1].origin == CRF_ORIGIN))
    new_index = {old: new for new, (old, _) in enumerate(kept)}
    out: list[Mention] = []
    for _, m in kept:
        out.append(replace(m, ref=new_index.get(m.ref)) if m.ref is not None else m)
    return out


def _names_continued(mentions: Sequence[Mention], text: str) -> Sequence[Mention]:
    """The mentions with a place a pattern found by its settlement word extended over the CRF place right after it
    («مدينة غيل» + «باوزير»: the town «مدينة غيل باوزير», whose second word the pattern's one-word name left out); the CRF
    mention then overlaps it and is dropped by :func:`merge_mentions`."""
    crf_places = {m.start: m for m in mentions if m.origin == CRF_ORIGIN and m.kind == "place"}
    if not crf_places:
        return mentions
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.origin != "pattern" or m.kind != "place" or m.kb_id is not None:
            continue
        nxt = crf_places.get(m.end + 1)
        if nxt is not None and text[m.end : m.end + 1] == " " and " " not in nxt.text.strip() and m.text.count(" ") == 1:
            out[k] = replace(m, end=nxt.end, text=text[m.start : nxt.end])
    return out


class _SpanIndex:
    """Spans, for asking whether a span overlaps any of them (``_hits`` by binary search)."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = list(accumulate((e for _, e in ordered), max))  # the largest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span: among the spans starting before ``end``, one ends
        after ``start``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start


def _hits(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any span of the sorted list (linear scan is fine at article size)."""
    for s, e in spans:
        if s >= end:
            break
        if e > start:
            return True
    return False


def trim_proclitics(start: int, segments: Sequence[tuple[int, int]], text: str) -> int:
    """The new start of a span whose first token has ``segments``: past leading conjunction/preposition clitics.

    The host (the last segment) is never trimmed away.
    """
    for a, b in segments[:-1]:
        if a < start:
            continue
        if text[a:b] in PROCLITIC_SEGMENTS:
            start = b
        else:
            break
    return start
