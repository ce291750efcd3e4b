"""Rule-based mention finding: gazetteer matches + name patterns + light coreference → ``Mention`` list.

``find_mentions(text, gazetteer)`` is the pure function behind the
``entity_ruler`` stage.  When a gazetteer match and a pattern overlap, the
longer evidence wins; a pattern whose name part is exactly a gazetteer name
of the same kind keeps the pattern's span and takes the gazetteer's id
("حي القدم" → the place القدم).  When one key names entries of several kinds
(a country is a place and an actor; the Syrian Observatory is an actor and a
source), the context chooses the primary one and the others are kept in
``attrs["alts"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import Any

from marsad.cache import normalized
from marsad.doc import Mention
from marsad.ner.coref import EntityLookup, propagate_names, quoted_short_names, resolve
from marsad.ner.gazetteer import Gazetteer, Match, NameEntry, extend_marks
from marsad.ner.patterns import PatternMatch, find_patterns
from marsad.resources import load_json
from marsad.text.normalize import Normalized, norm
from marsad.text.regex import alt

#: words after which a name is more likely a location than an actor
_LOCATIVE = frozenset(
    "في الى من قرب نحو باتجاه داخل خارج عند حول اطراف محيط ريف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي "
    "وسط مدينه بلده قريه منطقه محافظه مناطق وفي والى ومن".split()
)
#: words after which a name is the subject of a clause
_SUBJECT_CUES = frozenset("ان وان فان لان كما بينما حيث وقد فقد قد لكن ولكن اذ".split())
#: words after which a name is more likely the source of the information
_ATTRIBUTION = frozenset(
    "بحسب حسب وبحسب وحسب وفق وفقا نقلا عن افاد افادت ذكر ذكرت نشر نشرت اورد اوردت اوردته".split()
)


def _prev_word(ntext: str, nstart: int, proclitic: str) -> str:
    i = nstart - len(proclitic)
    j = i - 1
    while j >= 0 and not ntext[j].isalnum():
        j -= 1
    k = j
    while k >= 0 and ntext[k].isalnum():
        k -= 1
    return ntext[k + 1 : j + 1]


def _subject_position(prev: str, proclitic: str) -> bool:
    """Whether a name stands where an actor does: sentence start, after إن/أن, a verb, or و/ف."""
    if not prev or prev in _SUBJECT_CUES or proclitic in ("و", "ف"):
        return True
    # feminine past-tense verbs take states as subjects: قالت، أعلنت، اتهمت، طالبت
    return len(prev) >= 4 and prev.endswith("ت") and not prev.startswith("ال")


def _choose(entries: list[NameEntry], prev: str, proclitic: str) -> tuple[NameEntry, list[NameEntry]]:
    kinds = {e.kind for e in entries}
    if len(kinds) == 1:
        return entries[0], entries[1:]
    if "place" in kinds and (prev in _LOCATIVE or proclitic.endswith("ب")):
        want = "place"
    elif "source" in kinds and prev in _ATTRIBUTION:
        want = "source"
    elif (
        "place" in kinds
        and any(e.kind == "actor" and (e.data or {}).get("type") == "state" for e in entries)
        and not _subject_position(prev, proclitic)
    ):
        # a state named after a noun is usually a genitive place ("آثار سوريا", "شمال سوريا")
        want = "place"
    elif "actor" in kinds:
        want = "actor"
    else:
        want = entries[0].kind
    primary = next(e for e in entries if e.kind == want)
    return primary, [e for e in entries if e is not primary]


def _mention(
    text: str, start: int, end: int, entry: NameEntry, alts: list[NameEntry], *, origin: str
) -> Mention:
    attrs: dict[str, Any] = dict(entry.data or {})
    if entry.kind == "actor" and attrs.get("named") is False:
        attrs["generic_class"] = True
    if alts:
        attrs["alts"] = [{"kind": a.kind, "kb_id": a.id, "name_en": a.name_en} for a in alts]
    score = 1.0 if not alts or all(a.kind != entry.kind for a in alts) else 0.8
    return Mention(
        start=start, end=end, label=entry.label, text=text[start:end], kind=entry.kind,
        kb_id=entry.id, name_en=entry.name_en, origin=origin, score=score, attrs=attrs,
    )  # fmt: skip


#: words for the armed men of a group before its name («قوات العشائر العربية»، «ميليشيا الدفاع الوطني»)
_FORCE_HEADS = frozenset({"قوات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "عناصر", "مقاتلي"})


def _force_heads_only(between: str) -> bool:
    """Is the text before a list name inside a quoted pattern name only force words («قوات» in «قوات العشائر
    العربية», the list knowing «العشائر العربية»): the quoted name is that list actor's forces?"""
    ws = norm(between).replace("«", " ").replace("»", " ").replace('"', " ").split()
    return bool(ws) and all(w in _FORCE_HEADS for w in ws)


def _pattern_mention(text: str, p: PatternMatch) -> Mention:
    attrs = dict(p.attrs) | {
        "name": p.name,
        "name_start": p.name_start,
        "name_end": p.name_end,
        "quoted": p.quoted,
    }
    if p.kind == "source":
        attrs["source_kind"] = "social-media" if p.trigger in ("صفحه", "حساب", "منصه") else "outlet"
        attrs["named"] = True
    return Mention(
        start=p.start, end=p.end, label=p.label, text=text[p.start : p.end], kind=p.kind,
        origin="pattern", score=p.score, attrs=attrs,
    )  # fmt: skip


@cache
def common_noun_table() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """``resources/kb/common_nouns.json``: normalised alias → (a pattern of the noun's indefinite forms, the
    normalised phrases only the actor has)."""
    out: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {}
    for alias, spec in load_json("kb", "common_nouns.json").items():
        if alias.startswith("_"):
            continue
        forms = alt(norm(f) for f in spec["noun"])
        noun = re.compile(rf"(?<![^\W\d_])[وف]?[بلك]?{forms}(?![^\W\d_])")
        out[norm(alias)] = (noun, tuple(norm(x) for x in spec["proper"]))
    return out


def _noun_adjective(after: str) -> bool:
    """Does the normalised text right after an alias open with a definite nisba adjective («الاميركيه»)?"""
    return _ADJECTIVE.match(after) is not None


_ADJECTIVE = re.compile(r"\s+ال[^\W\d_]{2,}يه(?![^\W\d_])")


def common_noun_readings(ntext: str, found: list[tuple[str, int]]) -> list[bool]:
    """For each ``(alias key, end offset)`` of an actor alias found in the normalised text, whether it reads as
    the common noun it also is (``common_nouns.json``): «استهداف القاعدة الأميركية» is a base, not al-Qaeda, and
    so is any bare «القاعدة» of an article that speaks of the noun («قاعدة حميميم»، «القاعدة الجوية») and never
    of the actor by a phrase of its own («تنظيم القاعدة»).  Keys not in the table read as the actor."""
    table = common_noun_table()
    out = [False] * len(found)
    in_use: dict[str, bool] = {}
    for i, (key, end) in enumerate(found):
        spec = table.get(key)
        if spec is None:
            continue
        if key not in in_use:
            noun, proper = spec
            told = noun.search(ntext) is not None or any(
                k == key and _noun_adjective(ntext[e:]) for k, e in found)
            in_use[key] = told and not any(x in ntext for x in proper)
        out[i] = in_use[key] or _noun_adjective(ntext[end:])
    return out


def _without_common_nouns(ntext: str, gms: list[Match]) -> list[Match]:
    """The gazetteer matches but those of an alias read as a common noun (:func:`common_noun_readings`)."""
    table = common_noun_table()
    if not any(g.key in table for g in gms):
        return gms
    bare = [g for g in gms if g.key in table and ntext[g.nend - len(g.key) : g.nend] == g.key]
    readings = common_noun_readings(ntext, [(g.key, g.nend) for g in bare])
    drop = {id(g) for g, noun in zip(bare, readings, strict=True) if noun}
    return [g for g in gms if id(g) not in drop]


#: a minister's or ministry's word before a name («وزير الدفاع الوطني»، «بوزارة الداخلية»), written with و/ف/ب/ل or not
_MINISTRY_WORDS = frozenset(norm(w) for w in ("وزير", "وزيرة", "وزارة", "وزراء", "وزيري", "وزيرا"))
#: the portfolios a ministry is named by: a name that opens with one of them after a minister's word is the portfolio
#: («وزير الدفاع الوطني» is the minister of national defence, not the National Defence Forces)
_PORTFOLIOS = frozenset(norm(w) for w in (
    "الدفاع", "الداخلية", "الخارجية", "الأمن", "العدل", "الإعلام", "المالية", "الاقتصاد", "الصحة", "التربية", "الشؤون",
    "الإدارة", "المصالحة", "الدولة", "الطاقة", "النفط", "الزراعة", "النقل", "الاتصالات", "الحرب", "التعليم", "الثقافة",
    "الأوقاف", "العمل", "الشباب", "الرياضة", "السياحة", "الإسكان", "الأشغال", "المواصلات", "الصناعة", "التجارة", "البيئة"))


def _without_portfolios(ntext: str, gms: list[Match]) -> list[Match]:
    """The gazetteer matches but an actor's name that opens with a ministry's portfolio right after a minister's or
    ministry's word («وزير الدفاع الوطني»: the portfolio of national defence, not the militia of that name).  A
    ministry's own name stays («وزير الخارجية الأميركية»: the State Department's minister, a member of it)."""
    out = []
    for g in gms:
        first = g.key.split(" ", 1)[0]
        if first in _PORTFOLIOS and any(e.kind == "actor" for e in g.entries) and not any(
                (e.data or {}).get("type") == "government" for e in g.entries):
            prev = _prev_word(ntext, g.nstart, g.proclitic)
            if prev in _MINISTRY_WORDS or (prev[:1] in ("و", "ف", "ب", "ل") and prev[1:] in _MINISTRY_WORDS):
                continue
        out.append(g)
    return out


#: group words that also name the front line at a place («جبهة رغوان»، «جبهات مأرب»: not «جبهة النصرة»)
_FRONT_HEADS = frozenset({"جبهه"})


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    *,
    patterns: bool = True,
    coref: bool = True,
    lookup: EntityLookup | None = None,
    keep_unresolved: bool = False,
) -> list[Mention]:
    """Mentions of actors, places, sources and persons in ``text``, sorted by start.

    Args:
        text: the document text (never modified).
        gazetteer: the name matcher (built from the knowledge base).
        patterns: also use the name patterns of ``marsad.ner.patterns``.
        coref: resolve short forms and descriptions, and propagate pattern names.
        lookup: KB facts for coreference (aliases and categories of ids).
        keep_unresolved: keep descriptions ("المخيم") that no antecedent resolves.
    """
    normed = normalized(text)
    gms: list[Match] = gazetteer.find(normed, source=text)
    pms = find_patterns(normed, source=text) if patterns else []
    for p in pms:
        p.end = extend_marks(text, p.end)
        p.name_end = extend_marks(text, p.name_end)
    gms = _without_portfolios(normed.text, _without_common_nouns(normed.text, gms))
    out: list[Mention] = []
    dropped: set[int] = set()
    for p in pms:
        inside = [k for k, g in enumerate(gms) if g.start < p.end and p.start < g.end]
        if any(gms[k].start < p.start or gms[k].end > p.end for k in inside):
            continue  # a longer or crossing list name wins
        if any(gms[k].start == p.start and gms[k].end == p.end for k in inside):
            continue  # the list already has the whole phrase
        if any(p.start < m.end and m.start < p.end for m in out):
            continue  # another pattern took this span
        if p.kind == "source" and any(
            gms[k].start == p.name_start
            and gms[k].end == p.name_end
            and all(e.kind != "source" for e in gms[k].entries)
            for k in inside
        ):
            continue  # "قناة السويس", "شبكة القاعدة": the name is a known place/actor, not an outlet
        if p.kind == "actor" and p.trigger in _FRONT_HEADS and any(
            gms[k].start == p.name_start and gms[k].end == p.name_end and all(e.kind == "place" for e in gms[k].entries)
            for k in inside
        ):
            continue  # «جبهة رغوان»: the front line at a known place, not a group called after it
        mention = _pattern_mention(text, p)
        for k in inside:
            g = gms[k]
            same = [e for e in g.entries if e.kind == p.kind]
            # the name is a KB name of the same kind, or ends with one ("وكالة أنباء الأناضول")
            if same and g.end == p.name_end and (g.start == p.name_start or p.kind == "source" or (
                    p.kind == "actor" and _force_heads_only(text[p.name_start : g.start]))):
                entry, alts = same[0], [e for e in g.entries if e is not same[0]]
                linked = _mention(text, p.start, p.end, entry, alts, origin="pattern")
                linked.attrs.update({k2: v for k2, v in mention.attrs.items() if k2 not in linked.attrs})
                linked.score = min(linked.score, 0.9)
                mention = linked
        dropped.update(inside)
        out.append(mention)
    last: Mention | None = None
    for k, g in enumerate(gms):
        if k in dropped:
            continue
        prev = _prev_word(normed.text, g.nstart, g.proclitic)
        # "سوريا والعراق": a name coordinated with a place right before it is a place too
        coordinated_place = (
            last is not None
            and last.kind == "place"
            and g.proclitic == "و"
            and not text[last.end : g.start - 1].strip()
        )
        entry, alts = _choose(g.entries, "في" if coordinated_place else prev, g.proclitic)
        m = _mention(text, g.start, g.end, entry, alts, origin="gazetteer")
        if g.proclitic:
            m.attrs["proclitic"] = g.proclitic
        out.append(m)
        last = m
    out.sort(key=lambda m: (m.start, -m.end))
    if coref:
        out = resolve(text, out, lookup=lookup)
        out = propagate_names(text, out, normed=normed)
        out = quoted_short_names(text, out, lookup=lookup)
    if not keep_unresolved:
        out = _drop_unresolved(out)
    _link_people_to_places(text, out)
    _role_phrases(text, normed.text, normed, out)
    return out


#: nouns that head an actor phrase in front of a group name ("مقاتلي الهيئة", "عناصر قسد")
ROLE_NOUNS = frozenset(
    norm(w)
    for w in (
        "مقاتلي مقاتلو مقاتل عناصر عنصر مسلحي مسلحو قوات ميليشيات ميليشيا مليشيات مليشيا قادة قائد قيادات "
        "قياديين قياديي قيادي أمير أمراء زعيم مسؤولي مسؤول ضباط ضابط جنود جندي وفد ممثلي ممثل أنصار مؤيدي خلايا "
        "خلية فلول دورية دوريات حواجز حاجز نقاط مواقع رتل أرتال طائرات طائرة طيران مسيرات مسيرة"
    ).split()
)


def _role_phrases(text: str, ntext: str, normed: Normalized, mentions: list[Mention]) -> None:
    """Set ``attrs["phrase"]`` ([start, end]) and ``attrs["role"]`` on group names after a role noun."""
    if not mentions:
        return
    offsets = normed.offsets  # non-decreasing: the last normalised position of a source offset by bisection
    for m in mentions:
        if m.kind != "actor" or not m.kb_id or m.attrs.get("generic_class"):
            continue
        ni = bisect_right(offsets, m.start) - 1
        if ni < 0 or offsets[ni] != m.start:
            continue
        ni -= len(m.attrs.get("proclitic", ""))
        j = ni - 1
        if j < 0 or ntext[j] != " ":
            continue
        k = j
        while k > 0 and ntext[k - 1].isalnum():
            k -= 1
        word = ntext[k:j]
        for pre in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            if word.startswith(pre) and word[len(pre) :] in ROLE_NOUNS:
                start = normed.offsets[k + len(pre)]
                m.attrs["phrase"] = [start, m.end]
                m.attrs["role"] = word[len(pre) :]
                break


#: words between a class of people and the place they belong to ("ممثلين عن البلدات", "أهالي من حي")
_OF_GAP = frozenset({"", "عن", "من", "في"})


def _link_people_to_places(text: str, mentions: list[Mention]) -> None:
    """Set ``attrs["of"]`` (the place's span) on generic people classes followed by a place ("أهالي بلدة يلدا")."""
    for i, m in enumerate(mentions[:-1]):
        if m.kind != "actor" or not m.attrs.get("generic_class"):
            continue
        nxt = mentions[i + 1]
        if nxt.kind == "place" and text[m.end : nxt.start].strip() in _OF_GAP and nxt.start - m.end <= 5:
            m.attrs["of"] = [nxt.start, nxt.end]


def _drop_unresolved(mentions: list[Mention]) -> list[Mention]:
    """Remove descriptions without a referent, re-pointing the other mentions' indexes."""
    keep = [
        k for k, m in enumerate(mentions)
        if not m.attrs.get("description") or m.ref is not None or m.kb_id is not None or m.attrs.get("standalone")
    ]  # fmt: skip
    if len(keep) == len(mentions):
        return mentions
    new_index = {old: new for new, old in enumerate(keep)}
    out = [mentions[k] for k in keep]
    for m in out:
        if m.ref is not None:
            m.ref = new_index.get(m.ref)
    return out


def build_gazetteer(entries: Iterable[NameEntry | tuple[Any, ...]], *, min_clitic_key: int = 3) -> Gazetteer:
    """A ``Gazetteer`` over ``entries`` (a thin helper so callers need not know its options)."""
    return Gazetteer(entries, min_clitic_key=min_clitic_key)
