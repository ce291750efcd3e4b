"""Light coreference: short forms and definite descriptions resolved within one article.

A description mention (``attrs["description"]``, e.g. "التنظيم", "المخيم",
"الموقع") takes the entity of the most recent earlier mention of the same
kind that is compatible with its head word: the antecedent's text, or one of
its knowledge-base names, starts with the head ("التنظيم" ← "داعش" because
ISIS is also "تنظيم الدولة").  Without a head-compatible antecedent, the most
recent mention whose actor category the description accepts is used, then
the description's default id.  Group descriptions ("البلدات الثلاث") take
the list of places that follows in parentheses or, failing that, the last
list of places before them.  Names first found by a pattern ("موقع «ربيع
ثورة»") are propagated to their later bare occurrences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from marsad.doc import Mention
from marsad.ner.gazetteer import Gazetteer, NameEntry
from marsad.text.normalize import Normalized, norm

_NUMERAL_RE = re.compile(
    r"\s*(?:ال)?(?:ثلاث|ثلاثة|ثلاثه|أربع|اربع|أربعة|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|اثنتين|اثنين|عدة)(?!\w)"
)


class EntityLookup(Protocol):
    """What coreference needs to know about KB entities."""

    def names_of(self, entity_id: str) -> tuple[str, ...]:
        """Every alias of an entity."""
        ...

    def category_of(self, entity_id: str) -> str | None:
        """The actor category of an entity, if it is an actor."""
        ...


def _strip_article(s: str) -> str:
    return s[2:] if s.startswith("ال") else s


def _compatible_by_head(
    m: Mention, head: str, lookup: EntityLookup | None, cache: dict[str, tuple[str, ...]]
) -> bool:
    if _strip_article(norm(m.text)).startswith(head) or norm(m.attrs.get("trigger", "") or "") == head:
        return True
    if m.kb_id and lookup is not None:
        names = cache.get(m.kb_id)
        if names is None:
            names = cache[m.kb_id] = tuple(_strip_article(norm(n)) for n in lookup.names_of(m.kb_id))
        return any(n.startswith(head + " ") for n in names)
    return False


def resolve(text: str, mentions: list[Mention], *, lookup: EntityLookup | None = None) -> list[Mention]:
    """Resolve description mentions in place; ``mentions`` must be sorted by start.

    Args:
        text: the document text.
        mentions: the article's mentions (their ``ref`` indexes this list).
        lookup: knowledge-base facts (names, categories) used to judge compatibility.

    Returns:
        The same list, with ``ref``, ``kb_id``, ``name_en`` filled for resolved descriptions.
    """
    cache: dict[str, tuple[str, ...]] = {}
    for i, m in enumerate(mentions):
        if not m.attrs.get("description"):
            continue
        head = m.attrs.get("head") or ""
        if m.attrs.get("plural") and m.kind == "place":
            _resolve_group(text, mentions, i)
            continue
        if m.attrs.get("plural") and head == _SIDE:
            _resolve_sides(text, mentions, i)
            continue
        j = _antecedent(mentions, i, head, m.attrs.get("categories") or [], lookup, cache)
        if m.kind == "source":
            # «الوكالة» after «الأونروا»: an organisation named «وكالة …» nearer than any agency is meant
            k = _antecedent(mentions, i, head, [], lookup, cache, kind="actor")
            if k is not None and (j is None or k > j):
                j = k
                m.kind = "actor"
        if j is not None:
            ant = mentions[j]
            m.ref = j
            m.kb_id = ant.kb_id
            m.name_en = ant.name_en
            m.origin = "coref"
            m.score = min(m.score, 0.8)
            if m.label == "MISC":
                m.label = ant.label
        elif m.attrs.get("default"):
            m.kb_id = m.attrs["default"]
            m.origin = "coref"
            m.score = 0.5
    return mentions


def _antecedent(
    mentions: Sequence[Mention],
    i: int,
    head: str,
    categories: Sequence[str],
    lookup: EntityLookup | None,
    cache: dict[str, tuple[str, ...]],
    *,
    kind: str | None = None,
) -> int | None:
    kind = kind or mentions[i].kind
    by_category: int | None = None
    for j in range(i - 1, -1, -1):
        c = mentions[j]
        if c.kind != kind or c.attrs.get("generic_class"):
            continue
        if c.attrs.get("description"):
            if c.ref is None:
                continue
            target = c.ref
        else:
            target = j
        t = mentions[target]
        if _compatible_by_head(t, head, lookup, cache):
            return target
        if by_category is None and categories and t.kb_id and lookup is not None:
            if lookup.category_of(t.kb_id) in categories:
                by_category = target
    return by_category


def _resolve_group(text: str, mentions: list[Mention], i: int) -> None:
    m = mentions[i]
    num = _NUMERAL_RE.match(text, m.end)
    if num:
        m.end = num.end()
        m.text = text[m.start : m.end]
    count = _count(num.group()) if num else None
    members = _following_list(text, mentions, i) or _earlier_group(mentions, i)
    if not members and count:
        members = _preceding_list(mentions, i)[-count:]
        members = members if len(members) == count else []
    if members:
        # spans, not indexes: they stay valid when later stages re-sort or merge the mentions
        m.attrs["members"] = [[mentions[k].start, mentions[k].end] for k in members]
        m.ref = members[0]
        m.origin = "coref"


#: the head of «الطرفين/الطرفان» (the two sides), resolved to the last pair of actors joined by «و»
_SIDE = "طرف"
_SIDES_REACH = 1500  # characters back to look for the pair
_AND_GAP = re.compile(r"[\s«»\"“”]*و(?:\w+\s+)?[\s«»\"“”]*")  # «X و Y»، «الجيش وقوات «الدعم السريع»»


def _resolve_sides(text: str, mentions: list[Mention], i: int) -> None:
    """«الطرفين» after «بين الجيش وقوات الدعم السريع»: the two actors last joined by «و»."""
    m = mentions[i]
    for j in range(i - 1, 0, -1):
        b, a = mentions[j], mentions[j - 1]
        if m.start - b.end > _SIDES_REACH:
            break
        if (a.kind == b.kind == "actor" and not a.attrs.get("description") and not b.attrs.get("description")
                and a.end <= b.start and _AND_GAP.fullmatch(text, a.end, b.start)):
            m.attrs["members"] = [[a.start, a.end], [b.start, b.end]]
            m.ref = j - 1
            m.origin = "coref"
            return
    # no pair written out: the phrase still names who is meant («دعت «اليونيفيل» الطرفين»), unlinked
    m.attrs["standalone"] = True


_COUNTS = {"اثن": 2, "ثلاث": 3, "اربع": 4, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7}


def _count(numeral: str) -> int | None:
    word = numeral.strip().removeprefix("ال")
    return next((n for stem, n in _COUNTS.items() if word.startswith(stem)), None)


def _following_list(text: str, mentions: Sequence[Mention], i: int) -> list[int]:
    """Places listed right after the group, e.g. "البلدات الثلاث (يلدا، ببيلا، بيت سحم)"."""
    m = mentions[i]
    out: list[int] = []
    pos = m.end
    for j in range(i + 1, len(mentions)):
        c = mentions[j]
        gap = text[pos : c.start]
        if len(gap) > 6 or any(ch.isalnum() for ch in gap.replace("و", "")):
            break
        if c.kind != m.kind:
            break
        out.append(j)
        pos = c.end
    return out if len(out) >= 2 else []


def _earlier_group(mentions: Sequence[Mention], i: int) -> list[int]:
    """Members of an earlier group description with the same head ("البلدات الثلاث" again)."""
    head = mentions[i].attrs.get("head")
    for j in range(i - 1, -1, -1):
        c = mentions[j]
        if c.attrs.get("plural") and c.attrs.get("head") == head and c.attrs.get("members"):
            by_span = {(x.start, x.end): k for k, x in enumerate(mentions)}
            return [by_span[(a, b)] for a, b in c.attrs["members"] if (a, b) in by_span]
    return []


def _preceding_list(mentions: Sequence[Mention], i: int) -> list[int]:
    """The last run of at least two same-kind mentions before the group."""
    kind = mentions[i].kind
    run: list[int] = []
    for j in range(i - 1, -1, -1):
        c = mentions[j]
        if c.kind == kind and not c.attrs.get("description"):
            run.append(j)
        elif run:
            break
    return sorted(run) if len(run) >= 2 else []


def _propagates(m: Mention) -> bool:
    """Whether a pattern name is specific enough to be recognised again without its trigger.

    Quoted names and source names are; so are unquoted place names without the
    article ("مدينة سروج" → "سروج"), but not definite ones ("حي الأرمن" does not
    make every "الأرمن" a place) nor unquoted group names ("جيش صدام" ↛ "صدام").
    """
    name = m.attrs.get("name", "")
    if m.origin != "pattern" or m.kb_id is not None or len(name) < 4 or m.kind == "person":
        return False
    if m.attrs.get("quoted") or m.kind == "source":
        return True
    return m.kind == "place" and not name.startswith("ال")


def propagate_names(text: str, mentions: list[Mention], *, normed: Normalized | None = None) -> list[Mention]:
    """Later bare occurrences of names first found by a pattern, as new mentions (sorted by start).

    A quoted name such as «ربيع ثورة» after "موقع" is not in the KB; when the
    article repeats it without the trigger, that occurrence refers to the
    same source.  Shorter unlinked matches inside such an occurrence are replaced.

    Args:
        text: the document text.
        mentions: the article's mentions, sorted by start.
        normed: ``normalize(text)`` if already computed.
    """
    seeds = [(i, m) for i, m in enumerate(mentions) if _propagates(m)]
    if not seeds:
        return mentions
    gz = Gazetteer(NameEntry(m.attrs["name"], m.kind, None, m.label, None, {"seed": i}) for i, m in seeds)
    removed: set[int] = set()
    added: list[tuple[Mention, Mention]] = []
    for match in gz.find(normed if normed is not None else text, source=text):
        inside = [k for k, m in enumerate(mentions) if match.start < m.end and m.start < match.end]
        if any(
            mentions[k].start < match.start or mentions[k].end > match.end
            or mentions[k].origin == "pattern" or mentions[k].kb_id is not None
            for k in inside
        ):  # fmt: skip
            continue
        removed.update(inside)
        entry = match.entries[0]
        seed = mentions[int((entry.data or {})["seed"])]
        keep = {k: v for k, v in seed.attrs.items() if k in ("source_kind", "name", "named")}
        new = Mention(
            start=match.start, end=match.end, label=seed.label, text=text[match.start : match.end],
            kind=seed.kind, origin="coref", score=seed.score, attrs=keep,
        )  # fmt: skip
        added.append((new, seed))
    if not added:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in removed]
    merged = sorted([*kept, *(n for n, _ in added)], key=lambda m: (m.start, -m.end))
    pos = {id(m): k for k, m in enumerate(merged)}
    old_to_new = {i: pos.get(id(m)) for i, m in enumerate(mentions)}
    new_ids = {id(n) for n, _ in added}
    for m in merged:
        if id(m) in new_ids:
            continue
        if m.ref is not None:
            m.ref = old_to_new.get(m.ref)
    for new, seed in added:
        new.ref = pos[id(seed)]
    return merged


#: heads of organisation names that the press drops, quoting the rest («حركة الشباب» → «الشباب»)
_ORG_HEADS = frozenset(norm(w) for w in "حركة جماعة تنظيم هيئة جبهة حزب تيار ائتلاف".split())
_QUOTED = re.compile(r"«([^«»\n]{3,40})»|\"([^\"\n]{3,40})\"|“([^“”\n]{3,40})”")


def quoted_short_names(text: str, mentions: list[Mention], *, lookup: EntityLookup | None = None) -> list[Mention]:
    """Quoted short forms of organisations the article names with their head, as new mentions (sorted by start).

    «الشباب» in an article that names «حركة الشباب» (a knowledge-base actor) is that movement, before the full
    name as after it; the quotation marks make the word a name («الشباب» unquoted is the young men).  Only the
    name after a head noun (:data:`_ORG_HEADS`) of the actor's own text or of its knowledge-base aliases, and only
    where no other mention is.
    """
    short: dict[str, Mention] = {}
    looked_up: set[str] = set()
    for m in mentions:
        if m.kind != "actor" or m.kb_id is None or m.attrs.get("description"):
            continue
        names = [m.text]
        if lookup is not None and m.kb_id not in looked_up:  # (an actor's aliases once per article)
            looked_up.add(m.kb_id)
            names += lookup.names_of(m.kb_id)
        for name in names:
            words = norm(name).replace("«", " ").replace("»", " ").split()
            if len(words) >= 2 and words[0] in _ORG_HEADS and len(rest := " ".join(words[1:])) >= 4:
                short.setdefault(rest, m)
    if not short:
        return mentions
    added: list[Mention] = []
    for q in _QUOTED.finditer(text):
        g = next(i for i in (1, 2, 3) if q.group(i) is not None)
        start, end = q.start(g), q.end(g)
        seed = short.get(norm(text[start:end]).strip())
        if seed is None or any(start < x.end and x.start < end for x in mentions):
            continue
        added.append(Mention(start=start, end=end, label=seed.label, text=text[start:end], kind="actor",
                             kb_id=seed.kb_id, name_en=seed.name_en, origin="coref", score=min(seed.score, 0.8),
                             attrs={"short_name": True, "named": True}))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))
