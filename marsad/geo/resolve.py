"""Geocoding: resolve place mentions to gazetteer entries with ACLED geo-precision.

``find_places(text)`` finds place expressions (``marsad.geo.match``) and resolves each one;
``geocode(text)`` returns, per expression, the ranked candidates with their scores.

Scoring (higher is better) adds up, for each candidate entry of a name:

- a feature prior (a bare "حلب" is the city, not the governorate; specific curated sites rank high);
- population (log scale);
- the article's country (default ``SY``);
- agreement with the type word before the name ("مخيم", "حي", "محافظة", …);
- context: the candidate's governorate is named, or it lies near other places, in the same text
  (within a few words: "في ريف إدلب", "بين يلدا وببيلا") or in the whole text / ``context``.

ACLED ``geo_precision``: 1 for a town, neighbourhood, camp or specific site; 2 for "near" / a
direction from a place ("غرب مخيم اليرموك", "محيط X") or a part of a district or area; 3 for a
region or governorate only ("ريف حماة الشمالي" → the governorate, its point is its capital).
A region without a representative point keeps ``lat``/``lon`` ``None`` — never a made-up point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from marsad.doc import Place
from marsad.geo.match import NameMatch, find_names, lexicon, name_prefixes
from marsad.kb.places import NAME_SIZES, PlaceEntry, PlaceIndex, load_places
from marsad.resources import load_json
from marsad.text.normalize import norm

_FEATURE_PRIOR = {
    "city": 0.50, "town": 0.42, "village": 0.30, "neighbourhood": 0.46, "camp": 0.48,
    "checkpoint": 0.48, "crossing": 0.48, "base": 0.48, "airport": 0.48, "prison": 0.48,
    "hospital": 0.48, "region": 0.44, "natural": 0.35, "country": 0.40, "admin1": 0.36,
    "admin2": 0.22, "admin3": 0.25,
}  # fmt: skip

#: the people or the surroundings of a place right before an ambiguous name («أهالي نوى»، «أبناء جاسم»، «ريف الباب»)
_PEOPLE_OF = re.compile(r"(?:^|\s)[وف]?[بل]?(?:أهالي|اهالي|أبناء|ابناء|سكان|أهل|اهل|ريف|أطراف|اطراف|محيط)\s$")
#: a preposition, a direction or the fronts of a place right before an ambiguous name («إلى سرت»، «غربي سرت»، «محاور
#: سرت»): the place, when the article names it with a settlement word too («مدينة سرت»)
_PLACE_WORD_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:في|إلى|الى|من|على|قرب|داخل|نحو|باتجاه|حول|[بل]?(?:غربي|شرقي|شمالي|جنوبي|غرب|شرق|شمال|جنوب|وسط"
    r"|محاور|جبهات|جبهة|مداخل|شوارع|أحياء|احياء|ضواحي|مشارف))\s$")
# type words that make a common word a place name ("مدينة الباب"; not "مطار المدينة")
SETTLEMENT_WORDS = frozenset(
    {"مدينه", "بلده", "قريه", "حي", "ناحيه", "محافظه", "بلدات", "قري", "مدن", "احياء"}
    | {"بلدتي", "بلدتا", "مدينتي", "مدينتا", "قريتي", "قريتا", "حيي"}
)

#: ambiguous names that are themselves the definite settlement nouns: after a settlement word («أحياء المدينة»، «أحد
#: أحياء المدن») they refer back to a place named before, so the settlement word lends them no support
_GENERIC_SETTLEMENTS = frozenset({"المدينه", "المدن", "الحي"})

#: a candidate's score before other places count: (entry denoted, precision, reasons, score)
_Prior = tuple[PlaceEntry, int, tuple[str, ...], float]

LOCAL_WINDOW = 80  # characters around a mention that count as its near context
_CTX_CACHE_SIZE = 4  # texts whose names and anchors a geocoder remembers (oldest dropped first)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry for a mention, with its score and the precision it would get."""

    entry: PlaceEntry
    score: float
    precision: int
    why: tuple[str, ...] = ()


@dataclass(slots=True)
class Resolution:
    """A place expression in the text and its ranked candidates (best first)."""

    match: NameMatch
    text: str
    candidates: list[Candidate]

    @property
    def best(self) -> Candidate | None:
        """The top candidate, if any."""
        return self.candidates[0] if self.candidates else None


def _accusative_adjective(text: str, m: NameMatch) -> bool:
    """Does the name end in a tanween: «رتلاً عسكرياً تركياً» is an adjective («Turkish»), not «تركيا» (a place
    name never takes one)?"""
    tail = text[m.name_start : min(len(text), m.name_end + 1)]
    return "\u064b" in tail[-3:]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _relation_score(kind: str, local: bool, from_context: bool, feature: str | None, near15: bool,
                    support: str) -> tuple[float, str] | None:
    """The context score of an anchor related to a candidate by ``kind`` (``same``: named again, "العاصمة السورية
    دمشق"; ``in``; ``near``; ``admin1``), local or elsewhere in the text, and the support it gives (``None``: no
    score; ``support`` is "" for none)."""
    if kind == "same":
        return (0.35 if local else 0.15), support
    if kind == "in":
        if local or from_context:
            support = "strong" if feature != "country" else (support or "country")
        return (0.5 if local else 0.2), support
    if kind == "near":
        if (local or from_context) and feature != "city" and near15:
            support = "strong"
        return (0.35 if local else 0.15), support
    if kind == "admin1":
        return (0.25 if local else 0.1), support
    return None


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    """Per country, the countries whose small towns its articles may name by a settlement word alone
    (``places_context.json``'s ``neighbours``)."""
    d = load_json("kb", "places_context.json").get("neighbours", {})
    return {k: frozenset(v) for k, v in d.items() if not k.startswith("_")}


class Geocoder:
    """Resolve place mentions against a ``PlaceIndex`` (the bundled gazetteer by default)."""

    def __init__(self, index: PlaceIndex | None = None, *, country: str | None = "SY") -> None:
        """Args: index: the gazetteer; country: the article's default country (ISO2) or ``None``."""
        self.index = index if index is not None else load_places()
        self.country = country
        self._keys = self.index.name_keys()
        self._short_ok = {k for k in self._keys if len(k) == 3 and self._major(k)}
        self._prefixes = name_prefixes(self._keys)
        self._admin1: dict[tuple[str, str], PlaceEntry] = {
            (e.country, e.admin1): e for e in self.index if e.feature == "admin1" and e.admin1
        }
        self._names_cache: dict[str, tuple[NameMatch, ...]] = {}
        self._ctx_cache: dict[tuple[str, str | None], tuple[tuple[int, PlaceEntry, bool], ...]] = {}
        self._prior_cache: dict[tuple[Any, ...], tuple[_Prior, ...]] = {}
        self._alone: dict[tuple[Any, ...], tuple[Candidate, ...]] = {}

    # -- public ---------------------------------------------------------------------------
    def geocode(
        self,
        text: str,
        *,
        context: str | None = None,
        country: str | None = None,
        top: int = 5,
        require_support: bool = True,
        tokens: list[Any] | None = None,
        homonyms: list[tuple[int, int]] | None = None,
    ) -> list[Resolution]:
        """Every place expression in ``text`` with up to ``top`` ranked candidates.

        Args:
            text: the text to search.
            context: more text whose places act as anchors (they do not appear in the result).
            country: the article's country (ISO2); default: the geocoder's.
            top: candidates kept per expression.
            require_support: drop weak expressions (common words, small foreign places) that
                nothing in the text supports; ``False`` when another component (a NER model)
                already says the text is a place.
            tokens: the tokens of ``text`` when the caller has them (``doc.tokens``: see ``find_names``).
            homonyms: when given, receives the spans of names left out because the place right after them
                locates them where no candidate lies («قرية الحميدية في ريف القنيطرة»: a village the
                gazetteer lacks, not its namesake in Tartous).
        """
        country = country or self.country
        matches = self._find_names(text, tokens)
        # pass 1: priors only; confident expressions become anchors for the others
        first = [self._rank(m, country, anchors=[]) for m in matches]
        anchors: list[tuple[int, PlaceEntry, bool]] = [
            (m.start, r[0].entry, False)
            for m, r in zip(matches, first, strict=True)
            if r and not self._weak(m, r[0], country)
        ]
        # the same anchors, read as context of another text (``_context_anchors(text, country)``)
        _remember(self._ctx_cache, (text, country), tuple((-(10**9), e, True) for _, e, _ in anchors))
        anchors += self._context_anchors(context, country) if context else []
        # each match is scored against the others (not itself)
        grouped: AnchorGroups | list[tuple[int, PlaceEntry, bool]] = []
        if matches and anchors:
            grouped = AnchorGroups(anchors)
        out: list[Resolution] = []
        named: frozenset[str] | None = None  # (the entries named after a settlement word, read once when needed)
        for i, m in enumerate(matches):
            cands = self._rank(m, country, anchors=grouped)
            if not cands:
                continue
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            # only «بريف Y» binds X to Y's governorate («تكريت شمال بغداد» lies in another one)
            if (nxt is not None and nxt.modifier == "rif" and _located_by_next(m, nxt, text) and (nxt_first := first[i + 1])
                    and not any(_consistent(nxt_first[0].entry, c.entry) for c in cands)):
                if homonyms is not None:
                    homonyms.append((m.start, m.end))
                continue  # «قرية الحميدية في ريف القنيطرة»: a homonym the gazetteer lacks, not Tartous' village
            if _longer_name_after(m, cands[0].entry, text):
                if homonyms is not None:
                    homonyms.append((m.start, m.end))
                continue  # «بلدة الصورة الكبيرة»: a longer name the gazetteer lacks, not «الصورة» of the West Bank
            weak = self._weak(m, cands[0], country) if require_support else ""
            if weak == "ambiguous" and _PEOPLE_OF.search(text, max(0, m.start - 12), m.start) and any(
                    e.id == cands[0].entry.id for _, e, _ in anchors):
                weak = ""  # «أهالي نوى» where «مدينة نوى» is named elsewhere: the town's people, not a common word
            if weak == "ambiguous" and m.type_word is None and _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
                if named is None:
                    named = _named_as_settlement(matches, first)
                if cands[0].entry.id in named:
                    weak = ""  # «إلى محاور سرت»، «غربي سرت» in an article that names «مدينة سرت»: the town
            if weak and not (
                "support:strong" in cands[0].why
                or (weak == "foreign" and "support:country" in cands[0].why)
                or (
                    i + 1 < len(matches)
                    and _located_by_next(m, matches[i + 1], text)
                    and bool(nxt_best := first[i + 1])
                    and _consistent(nxt_best[0].entry, cands[0].entry)
                )
            ):
                continue  # a common word or a small foreign village without support in the text
            out.append(Resolution(m, text[m.start : m.end], cands[:top]))
        return out

    def _context_anchors(self, context: str, country: str | None) -> list[tuple[int, PlaceEntry, bool]]:
        """Anchors from the places of ``context`` (cached: the geocoder stage passes the same
        article text as context for every mention it geocodes)."""
        key = (context, country)
        cached = self._ctx_cache.pop(key, None)
        if cached is None:
            ctx_matches = self._find_names(context)
            ctx_first = [self._rank(m, country, anchors=[]) for m in ctx_matches]
            cached = tuple(
                (-(10**9), r[0].entry, True)
                for m, r in zip(ctx_matches, ctx_first, strict=True)
                if r and not self._weak(m, r[0], country)
            )
        _remember(self._ctx_cache, key, cached)
        return list(cached)

    def _find_names(self, text: str, tokens: list[Any] | None = None) -> list[NameMatch]:
        """``find_names`` over this gazetteer, remembered for the last few texts (the stage reads the
        article once for its places and again as the context of every other place mention).

        Callers get fresh copies: a ``NameMatch`` is mutable.
        """
        found = self._names_cache.pop(text, None)
        if found is None:
            found = tuple(
                m for m in find_names(text, self._keys, short_ok=self._short_ok, prefixes=self._prefixes, tokens=tokens)
                if not _accusative_adjective(text, m)
            )
        _remember(self._names_cache, text, found)
        return [_fresh(m) for m in found]

    def _major(self, key: str) -> bool:
        """A short name safe to read after a proclitic: a city, governorate, curated or large place
        whose usual name is the key itself (not "الرقة" read from "ورقة")."""
        for e in self.index.lookup_norm(key):
            if e.names_ar and norm(e.names_ar[0]) == "ال" + key:
                continue
            if e.feature in {"city", "admin1"} or e.id.startswith("mrsd:") or e.population >= 20_000:
                return True
        return False

    def _weak(self, m: NameMatch, c: Candidate, country: str | None) -> str:
        """Why an expression needs support from nearby places to count as a place ("" if it does not).

        "ambiguous": a common word too ("الباب", "الميدان") without a settlement word before it
        ("مدينة", "بلدة", "حي"…), or a small place read after a preposition clitic ("لتبني");
        "foreign": a small place outside the article's country without a type word, or with one when the place lies
        in a country not among the article country's neighbours (``places_context.json``'s ``neighbours``).
        """
        if m.attrs.get("ambiguous") and (m.type_word not in SETTLEMENT_WORDS or m.key in _GENERIC_SETTLEMENTS):
            return "ambiguous"  # («أحياء المدينة»: the city just named, not the town called «المدينة»)
        clitic = str(m.attrs.get("clitic", ""))
        if (
            m.type_word is None
            and any(c in clitic for c in "بلك")
            and " " not in m.key
            and not m.key.startswith("ال")
            and not self._major(m.key)
        ):
            return "ambiguous"  # "لتبني" (to adopt), "بصدد": a preposition + a word, unless well known
        e = c.entry
        small_foreign = (
            country
            and e.country != country
            and not e.curated
            and e.population < 30_000
            and e.feature not in {"country", "admin1", "region"}
        )
        if m.type_word:
            # «وفي بلدة الجبيلة» in a Syrian article: a village the gazetteer lacks, not a Saudi namesake; a settlement
            # word alone vouches only for the towns of the article's country and its neighbours
            return "foreign" if small_foreign and e.country not in _neighbours().get(country or "", ()) else ""
        return "foreign" if small_foreign else ""

    def find_places(
        self,
        text: str,
        *,
        context: str | None = None,
        country: str | None = None,
        tokens: list[Any] | None = None,
        homonyms: list[tuple[int, int]] | None = None,
    ) -> list[Place]:
        """The best resolution of every place expression in ``text`` as ``marsad.doc.Place``
        (``tokens``, ``homonyms``: see ``geocode``)."""
        out: list[Place] = []
        for r in self.geocode(text, context=context, country=country, top=1, tokens=tokens, homonyms=homonyms):
            if r.best is not None:
                out.append(to_place(r, r.best))
        return out

    # -- scoring --------------------------------------------------------------------------
    def _rank(
        self, m: NameMatch, country: str | None, *, anchors: list[tuple[int, PlaceEntry, bool]] | AnchorGroups
    ) -> list[Candidate]:
        """The candidates of ``m``, best first, scored against ``anchors`` (a list, or :class:`AnchorGroups`
        of a list, in which an anchor at ``m.start`` from the text is ``m`` itself and does not count)."""
        if not anchors:
            return list(self._rank_alone(m, country))
        cands: list[Candidate] = []
        for entry, prec, why0, score in self._priors(m, country):
            why = list(why0)
            if isinstance(anchors, AnchorGroups):
                score += self._context_score_grouped(m, entry, anchors, why)
            else:
                score += self._context_score(m, entry, anchors, why)
            cands.append(Candidate(entry, round(score, 4), prec, tuple(why)))
        return _best_first(cands)

    def _rank_alone(self, m: NameMatch, country: str | None) -> tuple[Candidate, ...]:
        """``_rank(m, country, anchors=[])``, remembered per reading of a name (see ``_priors``)."""
        key = (m.key, m.type_hint, m.type_word, m.modifier, m.modifier_word, m.adjective, country)
        found = self._alone.get(key)
        if found is None:
            cands = [
                Candidate(entry, round(score + 0.0, 4), prec, why)
                for entry, prec, why, score in self._priors(m, country)
            ]
            found = tuple(_best_first(cands))
            if len(self._alone) >= _PRIOR_CACHE_SIZE:
                self._alone.clear()
            self._alone[key] = found
        return found

    def _priors(self, m: NameMatch, country: str | None) -> tuple[_Prior, ...]:
        """Per gazetteer entry of ``m``'s name: the entry it denotes, the precision, the reasons and the score
        before any other place of the text counts (feature, population, country, type word).  They depend on
        the name and the words around it only, so they are remembered per such reading (the gazetteer is
        not changed while a geocoder uses it)."""
        key = (m.key, m.type_hint, m.type_word, m.modifier, m.modifier_word, m.adjective, country)
        found = self._prior_cache.get(key)
        if found is not None:
            return found
        out = []
        for e in self.index.lookup_norm(m.key):
            entry, prec, why = self._apply_modifier(e, m)
            score = _FEATURE_PRIOR.get(entry.feature, 0.3)
            why.append(f"feature:{entry.feature}")
            if entry.population:
                score += 0.12 * min(1.0, math.log10(entry.population + 1) / 6.5)
            if country and entry.country == country:
                score += 0.3
                why.append("country")
            if entry.curated:
                score += 0.03
            if m.type_hint:
                if entry.feature in m.type_hint or e.feature in m.type_hint:
                    score += 0.3
                    why.append(f"type:{m.type_word}")
                elif m.type_word in {"حي", "مخيم", "محافظه", "حاجز", "معبر", "مطار", "سجن"}:
                    score -= 0.15
            out.append((entry, prec, tuple(why), score))
        found = tuple(out)
        if len(self._prior_cache) >= _PRIOR_CACHE_SIZE:
            self._prior_cache.clear()
        self._prior_cache[key] = found
        return found

    def _apply_modifier(self, e: PlaceEntry, m: NameMatch) -> tuple[PlaceEntry, int, list[str]]:
        """The entry and precision an expression denotes, given "ريف"/direction/"near" words."""
        why: list[str] = []
        if m.modifier == "rif" and e.feature in {"city", "admin1"} and self._is_capital(e):
            gov = self._admin1.get((e.country, e.admin1 or ""))
            # the countryside of Damascus is its own governorate ("ريف دمشق", Rural Damascus)
            if gov is not None and gov.names_ar:
                own = [
                    x for x in self.index.lookup_norm("ريف " + norm(gov.names_ar[0])) if x.feature == "admin1"
                ]
                gov = own[0] if own else gov
            if gov is not None:
                return gov, 3, ["rif→governorate"]
        if m.type_word == "محافظه" and e.feature == "city" and self._is_capital(e):
            gov = self._admin1.get((e.country, e.admin1 or ""))
            if gov is not None:
                return gov, 3, ["governorate"]
        prec = e.precision
        if m.modifier in {"direction", "near", "rif"} or m.adjective:
            prec = max(prec, 2)
            why.append(f"{m.modifier or 'adjective'}:{m.modifier_word or m.adjective}")
        return e, prec, why

    def _is_capital(self, e: PlaceEntry) -> bool:
        if e.feature == "admin1":
            return True
        return bool(e.admin1_ar) and norm(e.admin1_ar or "") in {norm(n) for n in e.names_ar}

    def _context_score(
        self, m: NameMatch, e: PlaceEntry, anchors: list[tuple[int, PlaceEntry, bool]], why: list[str]
    ) -> float:
        """Support from other places of the text: containment, proximity, same governorate.

        Adds ``ctx:<kind>:<anchor id>:<local|text>`` for the best anchor and ``support:strong``
        (a governorate/district/region containing it or a non-city place within 15 km, named
        nearby or in the caller's context) or ``support:country`` (its country named so) for
        weak expressions.
        """
        best, label, support = 0.0, "", ""
        relations, ide, start = _RELATIONS, id(e), m.start
        for pos, a, from_context in anchors:
            hit = relations.get((id(a), ide))  # _relation(a, e), remembered (most pairs are unrelated)
            if hit is not None and hit[0] is a and hit[1] is e:
                kind, near15 = hit[2], hit[3]
            else:
                kind, near15 = _relation(a, e)
            if kind is None:
                continue
            local = not from_context and abs(pos - start) <= LOCAL_WINDOW
            got = _relation_score(kind, local, from_context, a.feature, near15, support)
            if got is None:
                continue
            s, support = got
            if s > best:
                best, label = s, f"ctx:{kind}:{a.id}:{'local' if local else 'text'}"
        if label:
            why.append(label)
        if support:
            why.append(f"support:{support}")
        return best


    def _context_score_grouped(
        self, m: NameMatch, e: PlaceEntry, anchors: AnchorGroups, why: list[str]
    ) -> float:
        """``_context_score(m, e, others, why)``, where ``others`` are the anchors of ``anchors`` but ``m``
        itself (one from the text at ``m.start``), looking at each anchor entry once.

        The anchors of one entry (and origin) score alike but for being local or not; the local ones score
        more.  So the best of an entry is its first local anchor, else its first anchor, and the label is
        that of the best anchor with the lowest position in the list, as the plain loop (which keeps the
        first best) gives it.  Support depends on whether an entry has a local (or context) anchor only.
        """
        best, label, best_at, support = 0.0, "", -1, ""
        relations, ide, start = _RELATIONS, id(e), m.start
        for a, from_context, where in anchors.groups:
            hit = relations.get((id(a), ide))  # _relation(a, e), remembered (most pairs are unrelated)
            if hit is not None and hit[0] is a and hit[1] is e:
                kind, near15 = hit[2], hit[3]
            else:
                kind, near15 = _relation(a, e)
            if kind is None:
                continue
            if from_context:
                local, at = False, where[0][1]
            else:
                local, at = False, -1
                for pos, i in where:
                    if pos == start:
                        continue  # the match itself
                    if abs(pos - start) <= LOCAL_WINDOW:
                        local, at = True, i
                        break
                    if at < 0:
                        at = i
                if at < 0:
                    continue  # only the match itself
            got = _relation_score(kind, local, from_context, a.feature, near15, support)
            if got is None:
                continue
            s, support = got
            if s > best or (s == best and at < best_at):
                best, best_at, label = s, at, f"ctx:{kind}:{a.id}:{'local' if local else 'text'}"
        if label:
            why.append(label)
        if support:
            why.append(f"support:{support}")
        return best


class AnchorGroups:
    """Anchors ``(position, entry, from_context)`` grouped by entry and origin, for scoring every match of a
    text against the others: ``groups`` holds ``(entry, from_context, [(position, index in the list), …])``
    in the order of each group's first anchor."""

    __slots__ = ("groups",)

    def __init__(self, anchors: list[tuple[int, PlaceEntry, bool]]) -> None:
        """Args: anchors: the anchors, in the order in which the plain scoring reads them."""
        by_key: dict[tuple[int, bool], list[tuple[int, int]]] = {}
        groups: list[tuple[PlaceEntry, bool, list[tuple[int, int]]]] = []
        for i, (pos, a, from_context) in enumerate(anchors):
            where = by_key.get((id(a), from_context))
            if where is None:
                where = by_key[(id(a), from_context)] = []
                groups.append((a, from_context, where))
            where.append((pos, i))
        self.groups = groups

    def __len__(self) -> int:
        return len(self.groups)


def _best_first(cands: list[Candidate]) -> list[Candidate]:
    """Candidates by score (then id), each entry once (a city read as its governorate can come twice)."""
    cands.sort(key=lambda c: (-c.score, c.entry.id))
    best: dict[str, Candidate] = {}
    for c in cands:
        best.setdefault(c.entry.id, c)
    return list(best.values())


_PRIOR_CACHE_SIZE = 20_000  # readings of names whose priors a geocoder remembers (emptied when full)

#: (id(anchor), id(entry)) → (anchor, entry, relation): the entries are kept so that their ids stay theirs
_RELATIONS: dict[tuple[int, int], tuple[PlaceEntry, PlaceEntry, str | None, bool]] = {}
_RELATIONS_SIZE = 20_000  # tracked by the garbage collector: kept small (pairs repeat mostly within an article)


def _relation(a: PlaceEntry, e: PlaceEntry) -> tuple[str | None, bool]:
    """How anchor ``a`` relates to ``e``: ``same`` (one place), ``in`` (``a`` contains ``e``), ``near``
    (within 40 km), ``admin1`` (same governorate) or ``None``, the first that holds; and, for ``near``,
    whether they lie within 15 km.  Remembered per pair (entries are immutable)."""
    key = (id(a), id(e))
    hit = _RELATIONS.get(key)
    if hit is not None and hit[0] is a and hit[1] is e:
        return hit[2], hit[3]
    kind: str | None = None
    near15 = False
    if a.id == e.id:
        kind = "same"
    elif _contains(a, e):
        kind = "in"
    elif _near(a, e):
        kind, near15 = "near", _near(a, e, km=15.0)
    elif a.admin1 and a.admin1 == e.admin1 and a.country == e.country:
        kind = "admin1"
    if len(_RELATIONS) >= _RELATIONS_SIZE:
        _RELATIONS.clear()
    _RELATIONS[key] = (a, e, kind, near15)
    return kind, near15


def _named_as_settlement(matches: list[NameMatch], first: list[list[Candidate]]) -> frozenset[str]:
    """The entries the text names after a settlement word («مدينة سرت»، «بلدة نوى»)."""
    return frozenset(r[0].entry.id for m, r in zip(matches, first, strict=True)
                     if r and m.type_word in SETTLEMENT_WORDS and m.key not in _GENERIC_SETTLEMENTS)


def _fresh(m: NameMatch) -> NameMatch:
    """``dataclasses.replace(m, attrs=dict(m.attrs))``, faster: a copy that shares no mutable value."""
    return NameMatch(
        m.start, m.end, m.name_start, m.name_end, m.key, m.tok_start, m.tok_end, m.type_hint, m.type_word,
        m.modifier, m.modifier_word, m.adjective, dict(m.attrs),
    )  # fmt: skip


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Store ``value`` as the most recently used entry of a small LRU dict (thread-tolerant: a
    concurrent eviction at worst drops an extra entry)."""
    cache[key] = value
    while len(cache) > _CTX_CACHE_SIZE:
        try:
            cache.pop(next(iter(cache)), None)  # the least recently used
        except (StopIteration, RuntimeError):
            break


LOCATED_GAP = 30  # characters between "X" and a following "شمال Y" / "في Y" / "بريف Y"


def _longer_name_after(m: NameMatch, entry: PlaceEntry, text: str) -> bool:
    """Does a size word follow the name («بلدة الصورة الكبيرة») that none of the entry's names holds? Then the text
    names another, longer place than the entry."""
    rest = text[m.end : m.end + 30].split(maxsplit=1)
    if not rest:
        return False
    word = norm(rest[0].strip("«»\"'.,،؛:()"))
    return word in NAME_SIZES and not any(word in norm(n) for n in entry.names_ar)


def _located_by_next(m: NameMatch, nxt: NameMatch | None, text: str = "") -> bool:
    """Whether ``m`` is located by the next expression: "الطبقة غرب الرقة", "جاسم بريف درعا".

    Only a direction or "ريف" expression right after the name counts: "X في Y" and "X قرب Y"
    are too common with ordinary nouns ("الفصائل في محيط …"); and not one joined by و ("حلب وريف إدلب":
    two places, not Aleppo in Idlib's countryside).
    """
    if nxt is None or nxt.attrs.get("ambiguous") or nxt.start - m.end > LOCATED_GAP:
        return False
    if text and nxt.start > 0 and text[nxt.start - 1] == "و":
        return False
    return nxt.modifier in {"direction", "rif"}


def _consistent(locator: PlaceEntry, e: PlaceEntry) -> bool:
    """Whether ``e`` can lie where ``locator`` says ("X غرب Y", "X بريف Y"): inside, near or same governorate."""
    return (
        _contains(locator, e)
        or _near(locator, e, km=60.0)
        or (bool(locator.admin1) and locator.admin1 == e.admin1 and locator.country == e.country)
    )


def _contains(area: PlaceEntry, e: PlaceEntry) -> bool:
    """Whether ``area`` (a country, governorate, district or named region) contains ``e``."""
    if area.feature == "country":
        return area.country == e.country and e.feature != "country"
    if area.feature in {"admin1", "region"} and area.precision >= 3:
        return bool(area.admin1) and area.admin1 == e.admin1 and area.country == e.country
    if area.feature == "admin2":
        return bool(area.admin2) and area.admin2 == e.admin2 and area.admin1 == e.admin1
    return False


def _near(a: PlaceEntry, e: PlaceEntry, km: float = 40.0) -> bool:
    """Whether two point-like places (not governorates, districts or regions) lie within ``km``."""
    if a.feature in {"country", "admin1", "admin2"} or a.precision >= 3:
        return False
    if e.feature in {"country", "admin1", "admin2"} or e.precision >= 3:
        return False
    if a.lat is None or a.lon is None or e.lat is None or e.lon is None:
        return False
    return haversine_km(a.lat, a.lon, e.lat, e.lon) < km


def to_place(r: Resolution, c: Candidate) -> Place:
    """A ``marsad.doc.Place`` for a resolution and one of its candidates."""
    e = c.entry
    return Place(
        start=r.match.start,
        end=r.match.end,
        text=r.text,
        place_id=e.id,
        geonameid=e.geonameid,
        name_en=e.name_en,
        admin1=e.admin1,
        admin2=e.admin2,
        admin3=e.admin3,
        country=e.country or None,
        lat=e.lat,
        lon=e.lon,
        geo_precision=c.precision,
        feature=e.feature,
        score=c.score,
    )


def candidate_dict(c: Candidate) -> dict[str, object]:
    """JSON form of a candidate (for the CLI)."""
    e = c.entry
    return {
        "place_id": e.id, "geonameid": e.geonameid, "name_en": e.name_en, "name_ar": e.names_ar[0] if e.names_ar else None,
        "feature": e.feature, "country": e.country, "admin1": e.admin1, "admin2": e.admin2, "admin3": e.admin3,
        "lat": e.lat, "lon": e.lon, "geo_precision": c.precision, "score": c.score, "why": list(c.why),
    }  # fmt: skip


_DEFAULT: dict[tuple[str | None, int | None], Geocoder] = {}


def default_geocoder(country: str | None = "SY", *, index: PlaceIndex | None = None) -> Geocoder:
    """A shared geocoder over ``index`` (default: the bundled gazetteer), one per country and index."""
    key = (country, id(index) if index is not None else None)
    if key not in _DEFAULT:
        _DEFAULT[key] = Geocoder(index, country=country)
    return _DEFAULT[key]


def find_places(
    text: str,
    *,
    published: str | None = None,
    context: str | None = None,
    country: str | None = "SY",
    index: PlaceIndex | None = None,
) -> list[Place]:
    """Find and resolve every place expression in ``text``.

    Args:
        text: the text to search.
        published: publication date (accepted for interface symmetry; names are not time-bound yet).
        context: extra text (headline, dateline, neighbouring sentences) whose places act as anchors.
        country: the article's country (ISO2) used as a prior; ``None`` for none.
        index: a gazetteer (default: the bundled one).
    """
    del published
    geo = Geocoder(index, country=country) if index is not None else default_geocoder(country)
    return geo.find_places(text, context=context)


def known_names(index: PlaceIndex | None = None) -> Iterable[str]:
    """Normalised names the geocoder can find (for diagnostics)."""
    return sorted((index or load_places()).name_keys())


__all__ = [
    "Candidate", "Geocoder", "Resolution", "candidate_dict", "default_geocoder", "find_places",
    "haversine_km", "lexicon", "to_place",
]  # fmt: skip
