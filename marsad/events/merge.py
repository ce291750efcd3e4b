"""One event per real event: merge mentions that elaborate the same event.

Works on event dicts in the spec format carrying a few private keys (``_sent``,
``_pos``, ``_anaphoric``, ``_distinct``) set by :mod:`marsad.events.extract`.

* Within a sentence, mentions of the same type merge unless both name different
  source actors ("زيارة الروس … اجتماع ممثلي الفصائل" stay two events).
* Across sentences a later mention B merges into the most recent earlier event
  A of the same type when their places and dates do not conflict and one of:
  (a) B is anaphoric — a definite event noun (الاجتماع، الهجوم), an elaboration
      frame (وتأتي زيارة …), or a verb recalled in a relative clause (الوفد الذي زار) —
      and the actors overlap or B has none;
  (b) B is a noun mention or not asserted, and shares an actor with A;
  (c) both name the same place and the actors do not conflict;
  (d) B is a non-asserted noun mention without a source (قرار الخروج …);
  (e) B directly follows A, shares its actors and names no new place or date.
  A mention marked distinct (لقاء آخر، هجوم جديد) never merges.
Every merged mention's sentence span goes to ``evidence.spans`` and its
trigger to ``evidence.triggers``; fatalities keep the lowest reported number (a number beats a vague word)
(ACLED), missing arguments are filled from the merged mention.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from marsad.events.clauses import conj_in, frame_cues
from marsad.events.factuality import DENIAL, DENIED_REPORT, named_in_force
from marsad.events.lexicon import cues, indefinite_dual, matches_form, word_set
from marsad.kb.store import default_kb
from marsad.ner.patterns import PLURAL_PLACE_TRIGGERS
from marsad.numbers.parse import parse_words
from marsad.text.memo import str_memo
from marsad.text.normalize import norm

Event = dict[str, Any]

_WEAK = frozenset({"planned", "negated", "hypothetical", "rumored", "generic"})
_UNTOLD = _WEAK - {"generic"}  # told as not (yet) done, but of one specific act
#: the labels of an act told as done
_TOLD_FACTS = frozenset({"asserted", "reported"})
#: the anaphora reason of an event noun made definite by a place (:func:`marsad.events.extract._anaphoric`)
BY_PLACE = "event noun made definite by a place («غارات صعدة»، «مجزرة الحولة»)"
#: the anaphora reason of an event noun after «وفي سياق/تفاصيل/ملابسات» (:func:`marsad.events.extract._anaphoric`)
FOLLOW_UP = "follow-up frame («وفي سياق/تفاصيل/ملابسات X»)"
#: the anaphora reason of an event noun the time of another act is counted from (:func:`extract._anaphoric`)
COUNTED_FROM = "circumstance: the time counted from the event named before («وبعد ساعات من الكمين»)"
#: the anaphora reason of a verb recalled in a relative clause («الوفد الذي زار …») (:func:`extract._anaphoric`)
RECALLED = "verb recalled in a relative clause"
#: the anaphora reason of an event noun named as what someone is blamed for (:func:`extract._anaphoric`)
ACCUSED = "accused: the event named as what someone stood behind («بالوقوف وراء التفجير»)"
#: the anaphora reason of the act the dead were killed in, told in the relative clause that names them
#: («جثامين الجنود الذين قُتلوا في معارك المطار») (:func:`marsad.events.extract._anaphoric`)
FELL_IN = "the act the dead named by a relative clause fell in («الجنود الذين قُتلوا في معارك المطار»)"
#: the anaphora reason of an act named as what someone took part in («ضابط شارك في الهجوم»، «أحد المشاركين في
#: المظاهرة») (:func:`marsad.events.extract._anaphoric`)
TOOK_PART = "the act someone took part in («شارك في الهجوم»، «أحد المشاركين في المظاهرة»)"
#: the anaphora reason of an event noun made definite by a time (:func:`marsad.events.extract._anaphoric`)
BY_TIME = "event noun made definite by a time («وعن قصف أمس، قال …»، «جراء غارات فجر اليوم»)"


#: possessive pronouns written on a noun («عناصرها»، «مقاتليهم»): the phrase refers back, like one with the article
_PRONOUNS = ("هما", "هم", "ها")


@str_memo(65_536)
def _word_key(w: str) -> str:
    w = w.strip("\"'“”«»()")
    if w.startswith(("و",)) and len(w) > 4:
        w = w[1:]
    for p in ("بال", "وال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    for suf in _PRONOUNS:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]  # «عناصرها»، «مقاتليهم»: the noun with a possessive pronoun is the noun
            break
    for suf in ("يين", "يون", "يه", "ين", "ون", "ي", "ا", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    else:
        if w.endswith("و") and len(w) >= 5:
            w = w[:-1]  # a plural in construct («معلمو المدينة»، «محتجو البلدة») is its plural («المعلمون»)
    return w


@str_memo(16_384)
def _number_word(w: str) -> bool:
    """Is the (normalised) word a number word, with or without the article («ثلاثة»، «الثلاثة»)?"""
    return parse_words(w.removeprefix("و").removeprefix("ال")) is not None


def actor_keys(args: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """(specific keys, generic head keys) of a list of actor arguments."""
    actor_heads = cues()["actor_heads"]
    heads = _head_keys(actor_heads)
    spec: set[str] = set()
    gen: set[str] = set()
    for a in args:
        a = a.get("_owner") or a  # «عناصرها»: the actor whose men they are
        if a.get("actor"):
            spec.add("kb:" + str(a["actor"]))
            if a.get("_affiliation"):
                spec.add("up:" + str(a["_affiliation"]))
        for w in (a.get("_norm") or "").split():
            k = _word_key(w)
            if len(k) < 2 or _number_word(w):
                continue  # (a count names no one: «ثلاثة شبان» and «الشبان الثلاثة» are the same young men)
            # (a dual in the nominative is the dual in the accusative: «طفلان» and «طفلين» are the same two children)
            for key in (k, k[:-2]) if k.endswith("ان") and len(k) >= 5 else (k,):
                if key in heads or matches_form(w, actor_heads):
                    gen.add(key)
                else:
                    spec.add(key)
    return spec, gen


@lru_cache(maxsize=8)
def _head_keys(actor_heads: frozenset[str]) -> frozenset[str]:
    """The word keys of the actor head nouns (computed once per cue list)."""
    return frozenset(_word_key(h) for h in actor_heads)


#: the word key of «الطرفين/الطرفان/طرفي» (the two sides)
_SIDES = "طرف"


def _definite(args: list[dict[str, Any]]) -> bool:
    return any((n := a.get("_norm") or "").startswith(("ال", "وال")) or (n.endswith(_PRONOUNS) and " " not in n)
               for a in args)


def _overlap(a: list[dict[str, Any]], b: list[dict[str, Any]], *, family: bool = False) -> bool:
    """Do two actor lists share an actor?  With ``family``, an actor and a unit of it count as one: «الروس» (RUS)
    and «وفد روسي» (RUS-MIL, whose parent is RUS) — but never two units of one parent."""
    if {(x.get("start"), x.get("end")) for x in a} & {(x.get("start"), x.get("end")) for x in b} - {(None, None)}:
        return True  # the same words of the text («المجلس المحلي … يشجب ويستنكر»: one subject shared by two verbs)
    sa, ga = actor_keys(a)
    sb, gb = actor_keys(b)
    if {k for k in sa & sb if not k.startswith("up:")}:
        return True
    if (_SIDES in sa and len(b) >= 2) or (_SIDES in sb and len(a) >= 2):
        return True  # «الطرفين» refers back to an event of two sides («الاشتباكات بين X و Y»)
    if family and (any(k.startswith("up:") and "kb:" + k[3:] in sb for k in sa)
                   or any(k.startswith("up:") and "kb:" + k[3:] in sa for k in sb)):
        return True
    # a definite generic phrase (التنظيم، الوفد) refers back to a named actor with the same head — also one the knowledge
    # base knows only as people of no country («الجيش»: MILITARY, then «الجيش اللبناني»)
    if ga and gb and ga <= gb and _definite(a) and (not sa or (not _named_keys(sa) and _named_keys(sb))):
        return True
    return bool(ga and gb and gb <= ga and _definite(b) and (not sb or (not _named_keys(sb) and _named_keys(sa))))


def _named_keys(keys: set[str]) -> set[str]:
    """The specific keys that name someone: all but the KB ids of actors of no country (:func:`_unspecified`)."""
    return {k for k in keys if not (k.startswith("kb:") and _unspecified(k[3:]))}


def _pair(e: Event) -> bool:
    """Is the source of a fight one indefinite dual of a group after «بين» («اشتباكات بين مجموعتين مسلحتين»): its two
    sides, unnamed?"""
    src = e.get("source") or []
    return e.get("_src_how") == "between" and len(src) == 1 and indefinite_dual(
        ((src[0].get("_norm") or "").split() or [""])[0])


def _sides_of_pair(a: Event, b: Event) -> bool:
    """Is one event's source the unnamed pair of a fight and the other's sources two or more («اشتباكات بين مجموعتين
    مسلحتين» in a headline, «بين «كتيبة …» ومجموعة مسلحة …» below)?"""
    return (_pair(a) and len(b.get("source") or []) >= 2) or (_pair(b) and len(a.get("source") or []) >= 2)


def actors_overlap(a: Event, b: Event, *, family: bool | None = None) -> bool:
    """True when the two events share an actor (either role); near (:func:`_near`), or with ``family``, an actor and a
    unit of it count too («توجه وفد روسي …» then «وتأتي زيارة الروس …»; at one place «غارات روسية» and «طائرات حربية
    روسية»: RUS and RUS-MIL)."""
    pa = (a.get("source") or []) + (a.get("recipient") or [])
    pb = (b.get("source") or []) + (b.get("recipient") or [])
    return bool(pa and pb and (_overlap(pa, pb, family=_near(a, b) if family is None else family) or _sides_of_pair(a, b)))


_LOCATIVE = frozenset({"منطقه", "مدينه", "بلده", "قريه", "حي", "محافظه", "ناحيه", "مخيم", "قضاء",
                       # the Yemeni district, the Sudanese and Libyan state, a region («مديرية خور مكسر»)
                       "مديريه", "ولايه", "اقليم",
                       # the duals and plurals that head names («حيي الشعار وطريق الباب»، «بلدات رامية ويارين»)
                       *PLURAL_PLACE_TRIGGERS,
                       # parts of a place: «وسط مدينة إدلب» is the same place as «مدينة إدلب» for merging
                       "وسط", "محيط", "اطراف", "داخل", "قرب", "مركز", "مدخل", "مداخل",
                       # a preposition a place's text may begin with («على أطراف مضايا»، «في محيط المطار»)
                       "علي", "في"})
_PHYSICAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"})
#: COERCE modes that are part of a raid or an arrest, not an act of their own (the seizure during a raid)
_SUB_ACTS = frozenset({"confiscate", "seize"})


def place_key(text: str) -> str:
    """A comparable key for a place surface form (locative nouns, clitics and the article dropped)."""
    ws = [w for w in text.split() if w]
    keys = [_word_key(w) for w in ws]
    while len(keys) > 1 and (keys[0] in _LOCATIVE or ws[0] in _LOCATIVE):
        keys, ws = keys[1:], ws[1:]
    return " ".join(keys)


def _place_key(e: Event) -> str | None:
    loc = e.get("location")
    if not loc or loc.get("_inherited"):
        return None
    return place_key(loc.get("_norm") or "")


def _fronted_means(a: Event) -> bool:
    """Does ``a``'s sentence open with its trigger written with «بـ» («برصاص قناص من …..»، «بقصف جوي..»)?"""
    ev = a["evidence"]
    return ev["trigger"]["start"] == ev["start"] and norm(str(ev["trigger"].get("text") or ""))[:1] == "ب"


def _goes_back(b: Event) -> bool:
    """Is ``b`` a definite event noun from which the time of another act is counted («وبعد ساعات من الكمين»)?"""
    return b.get("_anaphoric") == COUNTED_FROM


def _word_stem(text: str) -> str:
    """A trigger's first word without «و», «ال» or a «بـ/لـ» before a long stem («والكمين»، «بكمين» → «كمين»)."""
    w = norm(text.split()[0]) if text.split() else ""
    w = w[1:] if w[:1] == "و" and len(w) > 4 else w
    if w[:1] in ("ب", "ل") and len(w) > 4:
        w = w[1:]
    return w[2:] if w[:2] == "ال" and len(w) > 4 else w


def _noun_key(e: Event) -> str:
    return _word_stem(str(e["evidence"]["trigger"].get("text") or ""))


def _noun_keys(e: Event) -> set[str]:
    """The stems of every trigger told for the event."""
    ev = e["evidence"]
    return {_word_stem(str(t.get("text") or "")) for t in [ev["trigger"], *ev.get("triggers", [])]}


def _sentence_place(key: str) -> Callable[[Event], str | None]:
    """The place key of an event for a follow-up that names ``key``: ``key`` itself when a sentence of the event names
    it."""
    return lambda e: key if key in (e.get("_told_places") or e.get("_places") or ()) else None


def _places_compatible(a: Event, b: Event) -> bool:
    pa, pb = _place_key(a), _place_key(b)
    if not (pa and pb) or pa == pb:
        return True
    if a["type"] in _PHYSICAL and not b.get("_anaphoric") and _far_apart(a.get("location") or {}, b.get("location") or {}):
        return False  # a strike in Homs and one in Banias (Tartus) are two, however the second is told
    # B names a new governing place that A's sentence never mentions, and A's place is absent from B's sentence (nor
    # is a part of it there: «غارات على ريف جسر الشغور» told as «وفي ريف جسر الشغور الغربي، شنت … غارات على قريتي …»)
    bp = b.get("_places", ())
    return not (b.get("_place_strong") and pb not in a.get("_places", ()) and pa not in bp
                and not any(_part_of(q, pa) for q in bp)
                and not (a["type"] not in _PHYSICAL and _within(b.get("location") or {}, a.get("location") or {})))


def _within(lb: dict[str, Any], la: dict[str, Any]) -> bool:
    """Is the gazetteer place ``lb`` inside ``la``, a country or a first-level division that the gazetteer knows
    («سيتوجه إلى سوريا» and «سيزور دمشق»: Damascus is in Syria)?  Read for visits, talks and statements only: two
    strikes, one told in a country and one in a town of it, may be two."""
    if not (lb.get("country") and lb["country"] == la.get("country")):
        return False
    if la.get("_feature") == "country":
        return lb.get("_feature") != "country"
    return la.get("_feature") == "admin1" and bool(la.get("admin1")) and lb.get("admin1") == la["admin1"] and (
        lb.get("_feature") != "admin1")


def _own_places_differ(a: Event, b: Event) -> bool:
    """Does each event name a place of its own that the other's sentence does not name?"""
    pa, pb = _place_key(a), _place_key(b)
    return bool(pa and pb and pa != pb and pb not in a.get("_places", ()) and pa not in b.get("_places", ()))


def _far_apart(la: dict[str, Any], lb: dict[str, Any]) -> bool:
    """Are two geocoded towns or cities (precision 1) in different countries, or in different first-level divisions
    of one country?  (A country or a governorate may name the same strike as a town inside it.)"""
    if la.get("_inherited") or lb.get("_inherited") or not la.get("country") or not lb.get("country"):
        return False
    if la.get("geo_precision") != 1 or lb.get("geo_precision") != 1:
        return False
    if la["country"] != lb["country"]:
        return True
    return bool(la.get("admin1") and lb.get("admin1") and la["admin1"] != lb["admin1"])


def _compatible(a: Event, b: Event) -> bool:
    return _places_compatible(a, b) and _dates_and_sources_ok(a, b)


#: types whose headline act is told below by the first act of its type though none has a mode («.. ودورية روسية سورية
#: مشتركة قرب الساجور» then «وسيّرت الشرطة العسكرية الروسية … دورية مشتركة»)
_MODELESS_HEADLINE_TYPES = frozenset({"COOPERATE"})


def _dates_agree(a: Event, b: Event) -> bool:
    """Not two different days both read from the events' own sentences (an inherited date agrees with any, and so does
    the time of a sentence that refers back to the event: «وعقب الهجوم، أطلقت القوات، فجر اليوم، …»)."""
    da, db = a.get("date") or {}, b.get("date") or {}
    return not (da.get("value") and db.get("value") and da["value"] != db["value"]
                and not (da.get("_inherited") or db.get("_inherited") or db.get("_referred")))


def _dates_and_sources_ok(a: Event, b: Event, *, symmetric: bool = False) -> bool:
    if not _dates_agree(a, b):
        return False
    sa, sb = a.get("source") or [], b.get("source") or []
    if not _sources_agree(a, b, family=_near(a, b)):
        if symmetric and a.get("type") in _SYMMETRIC and _overlap(sa + (a.get("recipient") or []), sb + (b.get("recipient") or []),
                                                    family=_near(a, b)):
            return True  # a meeting's sides may be told the other way round («الوفد أبلغ الضباط الروس خلال الاجتماع»)
        return False
    return True


#: types whose two sides are interchangeable (who met whom)
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _near(a: Event, b: Event) -> bool:
    """Does mention ``b`` refer back to an earlier event («وتأتي زيارة الروس …»، «الزيارة»)?  Then an actor and a
    unit of it count as one actor.  (Tried and dropped: any mention within two sentences — on Al Mayadeen about half
    of the 15 merges it added joined different events: an attack and the strike answering it, two deals.)"""
    return bool(b.get("_anaphoric"))


def _same_sentence_ok(a: Event, b: Event) -> bool:
    if bool(a.get("_response")) != bool(b.get("_response")):
        return False  # «تبنى الحزب قتل شرطيين رداً على الهجوم الانتحاري»: the act and what it answers
    if b["_sent"] in a.get("_answered_in", ()) and not b.get("_response"):
        return False  # (the sentence names ``a`` only as what ``b`` answers)
    if b.get("_distinct") or b.get("_reply"):
        return False  # (a return of fire told after the act it answers: «استهدف المسلحون …، وردّت وحدات الجيش على …»)
    if (k := b.get("_since")) is not None and _across_since(a, b, k):
        return False  # «انفجرت مفخخة … بعد ساعات على اغتيال عضو المجلس»: the act a time is counted from is another
    if a["type"] == "COERCE" and a.get("mode") and b.get("mode") and a["mode"] != b["mode"] and not (
            {a["mode"], b["mode"]} & _SUB_ACTS):
        return False  # «فرّقوا الوقفة … كما اعتقلوا اثنين»: the dispersal and the arrests are two acts
    if a["type"] == "RETREAT" and not _same_kind(a, b):
        return False  # «يقضي الاتفاق بانسحاب المسلحين …، فيما لم يُفرج المسلحون عن الشاب»: two acts
    if a["type"] == "RETREAT" and {_rule_fact(a), _rule_fact(b)} in ({"negated", "asserted"}, {"negated", "reported"}):
        return False  # «وأفرجت السلطات عن عشرين معتقلاً …، ولم تُفرج عن نحو ستين آخرين»: one release done, one not
    if a["type"] == "AID" and _rule_fact(a) in ("asserted", "reported", "planned") and _rule_fact(b) == "negated":
        # «ودخلت قافلة … ضمّت تسع شاحنات …، ولم تدخل الشاحنات الإحدى عشرة الباقية»: one convoy came in, the rest not;
        # «ومن المقرر أن تنطلق غداً قافلة للهلال الأحمر …، في حين لم تدخل أي قافلة تابعة للأمم المتحدة»: one to set off,
        # another that did not come (not a description after a convoy that did not come: «ولم تدخل القافلة … محمّلة»)
        return False
    if a["type"] == "PROTEST" and {a.get("factuality"), b.get("factuality")} in ({"planned", "asserted"}, {"planned", "reported"}):
        return False  # «تجمّعوا في وقفة احتجاجية …، فيما دعا ناشطون إلى إضراب عام الثلاثاء المقبل»: held and called for
    if a["type"] == "ASSAULT" and ((_beating(b) and a.get("mode") in _BOMBS | _FROM_AFAR) or (
            _beating(a) and b.get("mode") in _BOMBS | _FROM_AFAR)):
        return False  # «… تصوير آثار القصف …، وإن عناصر الحاجز انهالوا على أحدهما بالضرب»: a beating, not the shelling
    if a["type"] == "ASSAULT" and _abduction_and_strike(a, b):
        return False  # «فجّرت الجماعة منزل أحد المشايخ …، واختطفت ثلاثة من أقاربه»: the blast and the abduction
    if a["type"] in _PHYSICAL:
        if b.get("_contrast") is not None and a["evidence"]["trigger"]["start"] < b["_contrast"] and not _overlap(
                a.get("source") or [], b.get("source") or []):
            return False  # «انفجرت عبوة ناسفة …، فيما قصفت الطائرات مواقع …»: another clause, another act
        # «وعقب الهجوم [على حاجز للنظام]، قصفت قوات النظام القرى»: the side that was hit strikes back, another event
        return not _reversed(a, b)
    if _meeting_in_visit(a, b):
        return True  # «زار وفد أمني … دار الرئاسة الروحية، والتقى أحد مشايخ العقل»: the meeting is the visit's
    sa, sb = a.get("source") or [], b.get("source") or []
    if sa and sb and not _overlap(sa, sb) and b.get("_src_how") in ("genitive", "VSO", "agent", "self"):
        return False
    return True


#: the words of meeting a trigger starts with after at most two proclitics («والتقى»، «يلتقي»، «للقاء»، «ولقاء»)
_MEETING_STEMS = word_set("merge", "_MEETING_STEMS")
_MEETING_STEM_TUPLE = tuple(sorted(_MEETING_STEMS))


def _meeting_in_visit(a: Event, b: Event) -> bool:
    """Is ``b`` a meeting told after the visit ``a`` in its sentence («زار وفد … البلدة، والتقى …»، «في زيارة يلتقي
    خلالها …»، «سيزور … للقاء أعضاء مجلسها»)?  What the meeting verb's clause took for its subject is whom the visitors
    met (``absorb`` makes it the visit's recipient when the visit has none)."""
    if a["type"] != "CONSULT" or b["type"] != "CONSULT" or a.get("mode") != "visit" or b.get("mode") == "visit":
        return False
    if a["evidence"]["trigger"]["start"] >= b["evidence"]["trigger"]["start"]:
        return False
    if a.get("factuality") != b.get("factuality") and not {a.get("factuality"), b.get("factuality")} <= _TOLD_FACTS and not (
            # (a meeting masdar in the sentence of a planned visit is planned with it: «ومن المقرر أن يزور رئيس الوزراء
            # … مقر القيادة للاطلاع على سير المعارك ولقاء قادة الجيش»)
            a.get("factuality") == "planned" and b.get("_pos") != "v" and b.get("_sent") == a.get("_sent")):
        return False  # (a meeting not held is not a visit told as made: «ولم يصل … وفد … الذي كان مقرراً أن يلتقي …»)
    w = norm(b["evidence"]["trigger"].get("text") or "")
    return any(w[k:].startswith(_MEETING_STEM_TUPLE) for k in range(3))


def _reversed(a: Event, b: Event) -> bool:
    """Are the roles turned round: ``b``'s target one of ``a``'s attackers and ``b``'s attacker another actor (the side
    that was hit strikes back), or ``b``'s source — the subject after its verb — ``a``'s victim and not one of ``a``'s
    sources?  (A masdar's source is a guess: «اغتالا القيادي، بإطلاق النار عليه» must stay one event.)"""
    sb, sa, rb = b.get("source") or [], a.get("source") or [], b.get("recipient") or []
    if sb and rb and sa and _overlap(rb, sa) and not _overlap(sb, sa) and not _overlap(sb, rb):
        # «قصفت قوات النظام … القرى …، فيما ردت الفصائل باستهداف مواقع لقوات النظام»: ``b``'s target is ``a``'s
        # attacker and ``b``'s attacker is another actor: the side that was hit strikes back
        return True
    if b.get("_src_how") != "VSO":  # (an SVO subject may be the object before «واعتقلته»)
        return False
    return _source_was_hit(a, sb)


def _source_was_hit(a: Event, sb: list[dict[str, Any]], *, family: bool = False) -> bool:
    """Is one of the sources ``sb`` (another mention's) among ``a``'s recipients and none of ``a``'s sources?"""
    ra = a.get("recipient") or []
    return bool(sb and ra and _overlap(sb, ra, family=family) and not _overlap(sb, a.get("source") or [], family=family))


def _attacker_was_target(a: Event, b: Event) -> bool:
    """Is ``b``'s named source one of ``a``'s recipients and none of its sources («وجيشنا يدكّ أوكار الإرهابيين» in a
    headline, then «قذيفتي هاون أطلقتهما المجموعات الإرهابية» below): the side ``a`` hit, acting, is another act."""
    return _source_was_hit(a, _named(b.get("source") or []), family=True)


def _answered(a: Event, b: Event) -> bool:
    """Is ``b`` a noun naming, in a later sentence, an earlier act as what is answered («ورداً على الهجوم، نفّذت طائرات
    …»، «وردّاً على هجوم مطيبيجة، قصفت …»)?  The time and the actors the noun took from its sentence are the answer's, not the act's."""
    trig = norm(str(((b.get("evidence") or {}).get("trigger") or {}).get("text") or "")).lstrip("وفبل")
    # (not «رداً على هجمات متكررة ضد القوات»: many acts, indefinite)
    return bool(b.get("_response") and not a.get("_response") and b["_sent"] > a["_sent"]
                and (trig.startswith("ال") or not trig.endswith("ات")) and b.get("factuality") != "generic")


def _cause_sources_ok(a: Event, b: Event) -> bool:
    """For a cause named in a later sentence («احتجاجاً على اعتقال الشيخ» in a report dated today), the sentence's
    date is the protest's, not the arrest's: only the sources must agree."""
    return str(b.get("_anaphoric") or "").startswith("the cause") and _sources_agree(a, b, family=False)


def _during(a: Event, b: Event) -> bool:
    """Is ``b`` the event named as the time of another act («اشترط ضباط الفرقة، خلال الاجتماع، …»), or the one a
    follow-up paragraph goes back to («وفي سياق انفجار الشعانبي، تبنّت «كتيبة …» العملية»), and told on no other day
    than ``a``?  The actors of the rest of the sentence took part in it, on either side: no role has to agree."""
    why = str(b.get("_anaphoric") or "")
    return (why.startswith("circumstance") or why == FOLLOW_UP) and _dates_agree(a, b)


def _sources_agree(a: Event, b: Event, *, family: bool) -> bool:
    """Not two named sources that share no actor (a bare count, «وآلاف» of a headline's «وآلاف يتظاهرون في …», names
    no one: it agrees with the crowd the body names)."""
    sa, sb = _named(a.get("source") or []), _named(b.get("source") or [])
    return not (sa and sb and not _overlap(sa, sb, family=family) and not _sides_of_pair(a, b))


#: counts of people with nothing after them («آلاف»، «العشرات»): a crowd, no one named
_BARE_COUNTS = frozenset(norm(w) for w in ("آلاف", "الآلاف", "عشرات", "العشرات", "مئات", "المئات"))


def _named(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors that are more than a bare count («وآلاف»، «المئات»)."""
    return [x for x in actors if x.get("actor") or not conj_in(norm(x.get("text") or ""), _BARE_COUNTS)]


def _unspecified(actor_id: str | None) -> bool:
    """No KB actor, or one of no country: people named by what they are («جنود»: MILITARY, «مدنيين»: CIV)."""
    if not actor_id:
        return True
    entry = default_kb().actor(actor_id)
    return entry is not None and not entry.country


def _same_unnamed_source(a: Event, b: Event) -> bool:
    """Do both events have one source with no KB identity and the same words («قائد» in a headline's «وقائد محور أبين
    يتوعّد …» and the body's «وتوعّد قائد محور أبين …»), or the headline's unnamed source the same head and next word as
    the body's (named or not)?  Only read for a headline's event and its telling."""
    sa, sb = a.get("source") or [], b.get("source") or []
    if len(sa) != 1 or len(sb) != 1 or sa[0].get("actor"):
        return False
    ka, kb = norm(sa[0].get("text") or ""), norm(sb[0].get("text") or "")
    if not sb[0].get("actor") and len(ka) >= 3 and ka.lstrip("وف") == kb.lstrip("وف"):
        return True
    # the same head and the same next word, «من» and quote marks aside: the headline's «عناصر فصيل موالٍ لتركيا» and the
    # body's «عناصر من فصيل «فرقة السلطان سليمان شاه»»
    wa, wb = (_content_words(k) for k in (ka, kb))
    return len(wa) >= 2 and len(wb) >= 2 and wa[:2] == wb[:2]


def _content_words(text: str) -> list[str]:
    """The words of an actor's text without «من» and quote marks, a leading «و/ف» dropped."""
    words = [w.strip('"«»') for w in text.split()]
    words = [w for w in words if w and w != "من"]
    if words and words[0][:1] in ("و", "ف") and len(words[0]) > 3:
        words[0] = words[0][1:]
    return words


def _role_overlap(a: Event, b: Event) -> bool:
    """Do the two events share an actor in the same role («اغتيال قيادي …» and «اغتال مسلحون مجهولون القيادي …»)?"""
    return any(a.get(k) and b.get(k) and _overlap(a[k], b[k], family=True) for k in ("source", "recipient"))


def _same_or_inner_place(a: Event, b: Event) -> bool:
    """Do both events name the same place, or ``b`` a part of ``a``'s («ريف منبج» → «ريف منبج الشمالي الغربي»، «خان
    أرنبة» → «المدخل الغربي لمدينة خان أرنبة»)?"""
    pa, pb = _place_key(a), _place_key(b)
    return bool(pa and pb and (pa == pb or _part_of(pb, pa))) and _places_compatible(a, b)


def _part_of(pb: str, pa: str) -> bool:
    """Is place key ``pb`` a part of ``pa`` by its words («ريف منبج الشمالي» of «ريف منبج», «مدخل غرب لمدين خان ارنب»
    of «خان ارنب»)?"""
    return pb.startswith(pa + " ") or pb.endswith(" " + pa)


def _elsewhere(a: Event, b: Event) -> bool:
    """Does ``b`` name a place of its own that is not ``a``'s nor a part of it («وفي مدينة انخل، … محاولة اغتيال» after
    a killing in Nawa)?"""
    pa, pb = _place_key(a), _place_key(b)
    return bool(pa and pb and pa != pb and not _part_of(pb, pa) and pb not in a.get("_places", ()))


def _moved_on(a: Event, b: Event) -> bool:
    """Is ``b`` told in a sentence opening with «وفي X،» (``_topic_key``: X) where X is none of ``a``'s places nor a
    part or a whole of its place: the report moved on to another town («وفي قضاء مرجعيون، تعرضت … لقصف مدفعي» after
    an air strike in another district)?"""
    t = b.get("_topic_key")
    if not (b.get("_new_topic") and t) or t in a.get("_places", ()):
        return False
    pa = _place_key(a)
    return not (pa and (t == pa or _part_of(t, pa) or _part_of(pa, t)))


def _roles_agree(a: Event, b: Event) -> str:
    """Does no role of ``b`` name another actor than the same role of ``a``?  "" when one does, "named" when a role
    of both names the same actor, "empty" when every role agrees only by being empty on one side.  Two lists agree
    when they share an actor (or a unit of it) or, unless both name KB actors, a word («سبعة عناصر» and «عناصر من
    الميليشيات»، «قيادي سابق» and «القيادي السابق فلان»)."""
    named = False
    for k in ("source", "recipient"):
        xa, xb = _named(a.get(k) or []), _named(b.get(k) or [])
        if xa and xb:
            if not _overlap(xa, xb, family=True):
                sa, ga = actor_keys(xa)
                sb, gb = actor_keys(xb)
                # (a KB class of no country — «جنود»: MILITARY — names no one the other side contradicts)
                ka, kb = ({x for x in keys if x.startswith("kb:") and not _unspecified(x[3:])} for keys in (sa, sb))
                if (ka and kb) or not ((ga & gb) or ((sa - ka) & (sb - kb))):
                    return ""  # two different KB actors, or two phrases with no word in common
            named = True
    return "named" if named else "empty"


def _after_last(a: Event, b: Event) -> int:
    """How many sentences ``b`` comes after the last sentence of event ``a``."""
    return b["_sent"] - max(a.get("_sents", {a["_sent"]}))


def _fills_roles(a: Event, b: Event) -> bool:
    """Does ``b`` only add the roles ``a`` lacks («غارات نفذتها طائرات روسية» then «إن الغارات … أدت إلى مقتل 11
    مدنياً»: the victims are the recipient the first mention did not name)?"""
    if _after_last(a, b) > 1:
        return False  # only right after the event («… لغارات روسية. وقال الدفاع المدني إن الغارات …»)
    for k in ("source", "recipient"):
        if b.get(k) and a.get(k) and not _overlap(a[k], b[k]):
            return False
    return True


def _rule_fact(e: Event) -> str | None:
    """The factuality the rules gave the event (before the detection model relabelled a doubted one)."""
    return e.get("_model_fact") or e.get("factuality")


def _rumour_of_another_act(a: Event, b: Event) -> bool:
    """Is ``b`` a rumour of a kind of act ``a`` was not told as («تداولت صفحات أنباء عن اختطاف راعيين على يد مسلحين»
    after «قُتل عنصران بهجوم لمسلحين»): an abduction rumoured after a killing is another act, not its retelling."""
    if (b.get("factuality") == "rumored" and b["type"] == a["type"] == "MOBILIZE" and not b.get("source")
            and a.get("source") and all(f != "rumored" for f, _, _ in mention_facts(a))):
        # («وتناقلت صفحات أنباء عن وصول فصائل مسلحة … إلى أطراف النجف» after «ونشرت قيادة العمليات قطعات عند مداخل
        # المدينة»): forces rumoured to come, named by no one, are not the deployment told as done by its force
        return True
    return (b.get("factuality") == "rumored" and bool(b.get("mode")) and b.get("mode") != a.get("mode")
            and all(f != "rumored" for f, _, _ in mention_facts(a)))


def _same_kind(a: Event, b: Event) -> bool:
    """Can ``b`` be the same act as ``a`` by its mode?  A strike is not a demonstration, a dispersal not an
    arrest («عمّ الإضراب العام» after «خرج المتظاهرون في مظاهرة»): for protests and coercion, two set modes must
    agree; for attacks, a bomb is never an air strike or shelling; a release is never a withdrawal."""
    ma, mb = a.get("mode"), b.get("mode")
    if a["type"] == "ASSAULT":
        # a bomb is not an air strike: «مقتل قيادي بعبوة ناسفة.. وغارات روسية» then «التفجير»; a beating is neither
        # («… بعد عودتهما من تصوير آثار القصف …، وإن عناصر الحاجز انهالوا على أحدهما بالضرب»)
        if (_clash(a) and mb == "aerial") or (_clash(b) and ma == "aerial"):
            return False  # «اشتبكت دورية لحرس الحدود مع مهربين …» and «أسقطت قوات حرس الحدود طائرة مسيّرة»: two acts
        if a.get("_headline") and not b.get("_headline") and mb == "aerial" and _ground_fight(a):
            return False  # «معارك في ريف اللاذقية…» (a headline), then «وشنّ الطيران الحربي … عشرين غارة»: another act
        return not ({ma, mb} & _BOMBS and {ma, mb} & _FROM_AFAR) and not (
            (_beating(a) and mb in _BOMBS | _FROM_AFAR) or (_beating(b) and ma in _BOMBS | _FROM_AFAR)) and not (
            _abduction_and_strike(a, b))  # (nor an abduction: «مقتل ثلاثة بقصف على قرية X.. واختطاف أربعة في Y»)
    if a["type"] == "RETREAT":
        return {ma, mb} != {"release", "withdraw"}  # a release is not a withdrawal («بانسحاب المسلحين» … «لم يُفرج»)
    if a["type"] == "AGREE":
        # a truce is not a deal («إتمام الصفقة» … then «ونصّت الهدنة، التي أعلنتها الألوية …»)
        ka, kb = _deal_kinds(a), _deal_kinds(b)
        return not (ka and kb and ka.isdisjoint(kb))
    if a["type"] not in ("PROTEST", "COERCE"):
        return True
    return not (ma and mb and ma != mb)


#: the kinds of agreement an AGREE noun names: a truce, or a deal (an exchange, a sale)
_DEAL_KINDS = (("truce", "هدن"), ("deal", "صفق"))


def _deal_kinds(e: Event) -> set[str]:
    """The kinds of agreement (:data:`_DEAL_KINDS`) the event's trigger words name."""
    return {k for k, stem in _DEAL_KINDS if _told_by(e, stem)}


def _across_since(a: Event, b: Event, k: int) -> bool:
    """Are ``a``'s triggers in ``b``'s sentence all on the other side of ``k`` (the «بعد/قبل» of the act a time is
    counted from) than ``b``'s trigger?"""
    ev = b["evidence"]
    before = ev["trigger"]["start"] < k
    ea = a["evidence"]
    starts = [t["start"] for t in [ea["trigger"], *ea.get("triggers", [])] if ev["start"] <= t["start"] < ev["end"]]
    return bool(starts) and all((s < k) != before for s in starts)


def _headline_of_its_mode(out: list[Event], a: Event, b: Event) -> bool:
    """Does the headline hold another event of ``b``'s type told by ``b``'s own kind of act, when ``a``'s kind is
    another («تفجير مفخخة عند حاجز … بعد ساعات على اغتيال عضو في مجلسها»: the lead's car bomb is the headline's
    bombing, not its assassination)?"""
    mb = b.get("mode")
    if not mb or not a.get("mode") or a["mode"] == mb:
        return False
    return any(x is not a and x.get("_headline") and x["type"] == b["type"] and x.get("mode") == mb for x in out)


def _beating(e: Event) -> bool:
    """Is the event told by a word of beating («بالضرب»، «ضربوه»), not by the wider «اعتداء» (an aggression)?"""
    return e.get("mode") == "beat" and "ضرب" in e["evidence"]["trigger"]["text"]


def _clash(e: Event) -> bool:
    """Is the event told only by a verb of clashing («اشتبك»، «اشتبكت»), a fight on the ground?  (Not the noun
    «اشتباكات»: tried in session 74, it also split an air strike from the clashes told with it — dev FP +1, args −2.)"""
    ev = e["evidence"]
    return all("اشتبك" in norm(t["text"]) for t in [ev["trigger"], *ev.get("triggers", [])])


def _ground_fight(e: Event) -> bool:
    """Is the event told by a word of fighting or storming on the ground («معارك»، «اشتباكات»، «يقتحم»)?"""
    w = norm(e["evidence"]["trigger"]["text"])
    return any(k in w for k in _GROUND_FIGHT_KEYS)


#: the stems of fighting and storming on the ground
_GROUND_FIGHT_KEYS = ("معارك", "معركه", "اشتباك", "قتحم", "اقتحام")


_BOMBS = frozenset({"explosives", "suicide-attack"})
_FROM_AFAR = frozenset({"aerial", "heavy-weapons"})


def _abduction_and_strike(a: Event, b: Event) -> bool:
    """Is one an abduction or an execution and the other a strike from afar or a blast («اختطاف طبيب … على يد
    مسلحين مجهولين» and «قصفت المدفعية التركية …»): a telling of the one never names the other's attacker."""
    modes = {a.get("mode"), b.get("mode")}
    # (nor is an execution a blast or a strike: «إعدام شابين في ساحة البلدة» after «لقي رجل حتفه بانفجار لغم»)
    return bool(modes & {"abduct", "execute"}) and bool(modes & (_FROM_AFAR | _BOMBS))


def _finer_place(la: dict, lb: dict) -> bool:
    """Is ``lb`` a more precise place inside the coarse place ``la`` (a country or a governorate)?"""
    if not la or not lb or lb.get("_inherited") or lb.get("country") != la.get("country"):
        return False
    pa, pb = la.get("geo_precision") or 3, lb.get("geo_precision") or 3
    return pa >= 3 and pb < pa and (not la.get("admin1") or la.get("admin1") == lb.get("admin1"))


def mention_facts(e: Event) -> list[tuple[str, str | None, float]]:
    """Per merged mention: its factuality, what the rules said before the detection model relabelled it
    (``None`` when it was not relabelled), and its trigger score."""
    return e.get("_mention_facts") or [(e.get("factuality") or "", e.get("_model_fact"), float(e.get("_conf") or 0.0))]


def absorb(a: Event, b: Event, reason: str) -> None:
    """Merge mention ``b`` into event ``a`` (in place)."""
    ev, evb = a["evidence"], b["evidence"]
    if a.get("_object") is None and b.get("_object") is not None:
        a["_object"] = b["_object"]  # (what the attack hit, when told by a verb mention only)
    spans = ev.setdefault("spans", [])
    for sp in [[evb["start"], evb["end"]], *evb.get("spans", [])]:
        if list(sp) not in spans and list(sp) != [ev["start"], ev["end"]]:
            spans.append(list(sp))
    a["_told_places"] = a.get("_told_places", a.get("_places", frozenset())) | b.get("_places", frozenset())
    trigs = ev.setdefault("triggers", [])
    trigs.append(evb["trigger"])
    trigs.extend(evb.get("triggers", []))
    if b.get("_anaphoric") == ACCUSED:
        pass  # (whom a statement holds responsible — «حمّل المجلس «خلايا …» مسؤولية الاغتيال» — is not the attacker told)
    elif _names_generic_source(a, b):
        # a named attacker told later replaces an unnamed one («انتحاري» … «نفذه تنظيم الدولة»)
        named = [x for x in b["source"] if x.get("actor") and not any(_same_actor(x, y) for y in a.get("recipient") or [])]
        if named:
            a["source"] = named
    elif a.get("source") and not _named(a["source"]) and _named(b.get("source") or []):
        a["source"] = _named(b["source"])  # «وآلاف يتظاهرون» (a headline's bare count), then «خرج آلاف الأهالي»
    elif _pair(a) and len(b.get("source") or []) >= 2:
        # «اشتباكات بين مجموعتين مسلحتين» in a headline, then the two sides named in the body
        a["source"] = b["source"]
    met = _meeting_in_visit(a, b)
    if met and not a.get("recipient") and b.get("_src_how") in ("VSO", "genitive") and (hosts := [
            x for x in b.get("source") or [] if not any(_same_actor(x, y) for y in a.get("source") or [])
            and not norm(x.get("text") or "").removeprefix("ال").startswith("وفد")]):
        a["recipient"] = hosts  # («والتقى أحد مشايخ العقل»: whom the visitors met)
    for k in ("source", "recipient", "attribution"):
        if k == "source" and met:
            continue
        if not a.get(k) and b.get(k):
            other = a.get({"source": "recipient", "recipient": "source"}.get(k, ""), [])
            # «قتل ثلاثة مدنيين في غارة»: what one mention took for the attacker is the other's victim
            kept = [x for x in b[k] if not any(_same_actor(x, y) for y in other)]
            if kept:
                a[k] = kept
    for k in ("location", "date"):
        # (a headline's date is the publication's when it names no time: a day told in the body replaces it)
        published_only = k == "date" and bool(a.get("_headline") and a.get(k) and not a[k].get("text"))
        if published_only and b.get(k) and days_before_publication(b[k].get("value"), a[k].get("value")) in (1, 2, 3):
            a[k] = b[k]  # (a day of the last three the body tells or carries from its sentence before: «أمس»)
            continue
        if k == "location" and (a.get(k) or {}).get("_lead") and (b.get(k) or {}).get("_named_here"):
            # (the article's lead place a headline fell back on gives way to the town the body's sentence names, though
            # the gazetteer does not know it: «… وسط مدينة قعطبة»)
            a[k] = b[k]
            continue
        if (not a.get(k) or (a[k] or {}).get("_inherited")) and b.get(k) and not (b[k] or {}).get("_inherited"):
            if k == "date" and a.get(k) and b[k].get("precision") == "year" and a[k].get("precision") == "day":
                continue  # a day the event inherited is kept over the year of a mention told with «منذ مطلع العام»
            if k == "date" and a.get(k) and a["type"] != "CONSULT" and b.get("factuality") in (
                    "planned", "hypothetical") and a.get("factuality") in ("asserted", "reported"):
                # (a release done is not dated by the part still to come: «… يوم السبت المقبل»; talks told done may
                # be the round announced, told in the words of its plan)
                continue
            a[k] = b[k]
    if _finer_place(a.get("location") or {}, b.get("location") or {}):
        a["location"] = b["location"]  # «اعتداء على سوريا» told in detail «استهدف مدن دير الزور»
    if b.get("fatalities") is not None:
        a["fatalities"], a["_fat_vague"] = merged_fatalities(
            (a.get("fatalities"), bool(a.get("_fat_vague"))), (b["fatalities"], bool(b.get("_fat_vague"))))
    if a.get("_fat_death") or b.get("_fat_death"):
        a["_fat_death"] = True
        if a.get("fatalities") == 0 and a.get("_fat_vague"):
            a["fatalities"], a["_fat_vague"] = None, False  # a death told with no count: unknown, not ACLED's 0
    if a.get("mode") is None and b.get("mode"):
        a["mode"] = b["mode"]
    a["confidence"] = round(max(a.get("confidence", 0), b.get("confidence", 0)), 3)
    a["_mention_facts"] = [*mention_facts(a), *mention_facts(b)]
    a["_repeat_keys"] = {*a.get("_repeat_keys", {a.get("_repeat_key")}), b.get("_repeat_key"),
                         *b.get("_repeat_keys", ())}
    a.setdefault("why", {}).setdefault("merged", []).append(reason)
    if a.get("_headline") and not b.get("_headline"):
        a["_named_below"] = True  # the body has named the headline's event
        if b.get("factuality") != "generic":
            # and told it (not by a general remark on such acts: «وتشهد الناحية نزاعات عشائرية متكررة» in the lead
            # does not tell the headline's clash, which is told further down)
            a["_told_below"] = True
    a["_sents"] = {*a.get("_sents", {a["_sent"]}), b["_sent"], *b.get("_sents", ())}
    if b.get("_response") and not a.get("_response"):
        # «وردّاً على هجوم مطيبيجة، قصفت المدفعية …»: the attack is named in this sentence only as what is answered
        a["_answered_in"] = {*a.get("_answered_in", ()), b["_sent"]}


def _in_force(a: Event, b: Event) -> bool:
    """Is ``a`` an agreement named as one in force («رغم سريان هدنة إنسانية …») and ``b`` a definite noun of its type
    referring back («إعلان حرب على الهدنة»، «إن الهدنة صامدة»): the same agreement named again?"""
    return (a["type"] == b["type"] == "AGREE" and b.get("_pos") != "v" and b.get("_anaphoric") is not None
            and named_in_force(a))


def _same_toll(a: Event, b: Event) -> bool:
    """Do ``a`` and ``b`` tell the same number of dead, a number on both (not a vague «قتلى»)?"""
    n = a.get("fatalities")
    return bool(n) and n == b.get("fatalities") and not a.get("_fat_vague") and not b.get("_fat_vague")


def _named_headline(a: Event, b: Event) -> bool:
    """Is ``a`` a headline event with a source, not told in the body yet, whose actor ``b`` shares? Then ``b`` may
    tell it past other events of the type and further down («والاتحاد الأفريقي يدعو إلى هدنة» in the headline, «ودعا
    «أوتشا» …» then, ten sentences below, «دعا مجلس السلم والأمن التابع للاتحاد الأفريقي …»)."""
    return bool(a.get("_headline") and not a.get("_told_below") and a.get("source") and actors_overlap(a, b))


def _names_generic_source(a: Event, b: Event) -> bool:
    """Does ``b`` name (with a KB actor) the attacker that ``a`` only describes («انتحاري»، «مسلحون»)? Then an
    anaphoric ``b`` («وقال إن التفجير نفذه تنظيم الدولة») tells who did ``a``, not a second event."""
    if a.get("type") != "ASSAULT":
        return False
    sa, sb = a.get("source") or [], b.get("source") or []
    unnamed = frame_cues()["unnamed_attackers"]

    def is_unnamed(x: dict[str, Any]) -> bool:
        words = norm(x.get("text") or "").split()
        # (a KB actor of no country is still unnamed: «مسلحون مجهولون» is GUNMEN)
        return _unspecified(x.get("actor")) and bool(words) and words[0] in unnamed

    if a.get("_sent") == b.get("_sent") and b.get("_src_how") == "subject":
        # «اغتال مسلحون مجهولون قيادياً في أحد فصائل «الجبهة الجنوبية» بإطلاق النار عليه»: the actor a masdar of the
        # same sentence took as the subject of a light verb is only the nearest one before it (here the victim's group)
        return False
    if not sa and b.get("_claimed") and not b.get("recipient") and b.get("_object") is None:
        # «وتبنّى «داعش» التفجير»: a claim names who did an act told with no attacker (not a claim of an act on a target
        # of its own: «وتبنّى التنظيم الهجوم على مسجد الإمام الصادق»)
        return any(x.get("actor") for x in sb)
    return bool(sa and sb) and all(is_unnamed(x) for x in sa) and any(x.get("actor") for x in sb)


def _same_actor(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Do two actor dicts cover overlapping text (``start``/``end``), or name the same KB actor?"""
    if x.get("actor") and x.get("actor") == y.get("actor"):
        return True
    xs, xe, ys, ye = x.get("start"), x.get("end"), y.get("start"), y.get("end")
    return None not in (xs, xe, ys, ye) and xs < ye and ys < xe  # type: ignore[operator]


def merged_fatalities(a: tuple[int | None, bool], b: tuple[int | None, bool]) -> tuple[int | None, bool]:
    """ACLED's figure from two reports of one event, each ``(figure, vague)``: the lowest figure, where a
    figure given in numbers beats a vague word («عشرات» → 12) — the word stands in only when no number is
    reported («نحو 30 قتيلا» and «عشرات القتلى» → 30)."""
    if a[0] is None or (a == (0, True) and b[0] is not None):
        return b  # (a vague 0 — no death told in one telling — gives way to any figure of another)
    if b[0] is None or b == (0, True):
        return a
    if a[1] != b[1]:
        return b if a[1] else a
    return min(a, b)


def merge_events(events: list[Event]) -> list[Event]:
    """Merge mentions (in text order) into events; returns the kept events in order."""
    out: list[Event] = []
    for b in sorted(events, key=lambda e: e["evidence"]["trigger"]["start"]):
        target, reason = _find_target(out, b)
        if target is None and (exchange := _exchange_named_again(out, b)) is not None:
            # (its actors are the AGREE frame's guesses, not the exchange's parties)
            target, reason, b = exchange, "the deal named again («الصفقة») is the exchange told before", {
                **b, "source": [], "recipient": []}
        if target is None and (truce := _truce_named_again(out, b)) is not None:
            target, reason = truce, "the truce named again («الهدنة») is the truce one side announced before"
        if target is None:
            out.append(b)
        else:
            absorb(target, b, reason)
    # «وتأتي الزيارة بعد أسبوعين من الهجوم الذي تعرضت له منازل القرية»: an act named only as the time another is
    # counted from, and told as done nowhere else in the article, is a reference, not an event the article reports
    return [e for e in out if not (e.get("_anaphoric") == COUNTED_FROM and all(
        f not in ("asserted", "reported") for f, _, _ in mention_facts(e)))]


def _exchange_named_again(out: list[Event], b: Event) -> Event | None:
    """The exchange told before (COOPERATE or RETREAT: «صفقة تبادل»، «تبادل للأسرى») that a deal noun with the article
    names again as an AGREE mention («وجاءت الصفقة تتويجاً لوساطة …»، «بعد ساعات من الصفقة»), else ``None``: the same
    deal, not a new agreement."""
    if b["type"] != "AGREE" or not norm(b["evidence"]["trigger"]["text"]).removeprefix("و").startswith("الصفق"):
        return None
    return next((a for a in reversed(out) if a["type"] in ("COOPERATE", "RETREAT") and _told_by(a, "تبادل", "صفق")), None)


def _told_by(a: Event, *pieces: str) -> bool:
    """Does one of the event's triggers (matching form) hold one of ``pieces`` («تبادل»، «هدن»)?"""
    ev = a["evidence"]
    return any(piece in norm(t["text"]) for t in [ev["trigger"], *ev.get("triggers", [])] for piece in pieces)


def _truce_named_again(out: list[Event], b: Event) -> Event | None:
    """The truce one side announced before (a CONCEDE told by «هدنة»: «وأعلنت القوات هدنة من طرف واحد») that «الهدنة»
    names again as an AGREE mention («ولم تصمد الهدنة سوى ساعات»), when no truce agreed is told before it, else
    ``None``: the same truce, not an accord."""
    if b["type"] != "AGREE" or not norm(b["evidence"]["trigger"]["text"]).removeprefix("و").startswith(("الهدن", "بالهدن")):
        return None
    if any(a["type"] == "AGREE" and _told_by(a, "هدن") for a in out):
        return None
    return next((a for a in reversed(out) if a["type"] == "CONCEDE" and _told_by(a, "هدن")), None)


def _right_before(a: Event, b: Event) -> bool:
    """Does ``a``'s trigger end right before ``b``'s (one space between: a verb and its subject noun)?"""
    ta, tb = a["evidence"]["trigger"], b["evidence"]["trigger"]
    return 0 < tb["start"] - ta["end"] <= 1


def _denied(b: Event) -> bool:
    """Is the mention negated by a denial verb («نفى … أن يكون …»)?"""
    return b.get("factuality") == "negated" and DENIAL in (b.get("why") or {}).get("factuality", ())


def _told(e: Event) -> bool:
    """Does the event have a mention told as done (asserted or reported)?"""
    return any(f in _TOLD_FACTS for f, _, _ in mention_facts(e))


def days_before_publication(value: Any, published: str | None) -> int | None:
    """Days from a date value («2024-01-01», or the start of a period) to the publication date; negative when the
    date is after publication; ``None`` when either is missing or unreadable."""
    try:
        return (_dt.date.fromisoformat(str(published)[:10]) - _dt.date.fromisoformat(str(value)[:10])).days
    except ValueError:
        return None


def _date_value(e: Event) -> str | None:
    return (e.get("date") or {}).get("value")


def _background_on_its_own_day(a: Event, b: Event) -> bool:
    """Is ``b`` a mention of the background (historical) with a day of its own (not inherited) more than two days from
    ``a``'s date, own or inherited («وكان مسلحون مجهولون قد اغتالوا، في الثالث والعشرين من تموز الماضي، …» after an
    attack yesterday; a noun too: «وصعّدت إسرائيل عدوانها منذ السابع من الشهر» is no part of today's raid, nor «القمة
    الأولى عُقدت عام 2019» of this year's summit)?"""
    db = b.get("date") or {}
    if b.get("factuality") != "historical" or not db.get("value") or db.get("_inherited"):
        return False
    if not _date_value(a):
        # (an undated act — one the detection model doubted — and a background mention with a day of its own: «وكان
        # مسلحون قد فجّروا سيارة مفخخة، في الحادي والعشرين من شباط الماضي، …» is not «هاجمت مجموعات مسلحة نقاطاً …»;
        # nor, told by its noun, «وكانت قذيفة عشوائية قد سقطت، في العاشر من كانون الثاني الماضي، …» the offensive told
        # before with no day)
        return db.get("precision") == "day" and any(
            str(r).startswith(("pluperfect", "its own date is", "detection model"))
            for r in (b.get("why") or {}).get("factuality", ()))
    gap = days_before_publication(db["value"], _date_value(a))
    return gap is not None and abs(gap) > 2


def _elsewhere_on_its_own_time(a: Event, b: Event) -> bool:
    """Is ``b`` a physical act told as done with a time of its own in its sentence and a place of its own that none of
    ``a``'s sentences names, while ``a`` has a place of its own that ``b``'s does not («وسقطت قذائف هاون، ظهر اليوم، على
    الأحياء السكنية في مدينة مارع» after air strikes on the Azaz road)?  The victims both name («مدنيين») do not make
    them one act."""
    db = b.get("date") or {}
    return (a["type"] in _PHYSICAL and _own_places_differ(a, b) and _told(b) and bool(db.get("text"))
            and not db.get("_inherited"))


def _dated_apart(a: Event, b: Event) -> bool:
    """Does ``b`` carry a date of its own more than a month before ``a``'s (own or inherited)?"""
    db = b.get("date") or {}
    if not db.get("value") or db.get("_inherited"):
        return False
    gap = days_before_publication(db["value"], _date_value(a))  # (days from ``b``'s date to ``a``'s)
    return gap is not None and gap > 31


def _find_target(out: list[Event], b: Event) -> tuple[Event | None, str]:
    if b.get("_anaphoric") in (FELL_IN, TOOK_PART):
        # «وشُيّعت في مأرب جثامين الجنود الذين قُتلوا في معارك الحزم»: the dead of the act told before, named at their
        # funeral; «ويروي ضابط شارك في الهجوم أن …»: the act someone took part in — the act told by that noun when one
        # was, else the article's first act of the kind told as done (the funeral's or the teller's place and day are
        # not the act's)
        # (not an act told with a day of its own over a month before: «شارك الفضلي في هجمات في تشرين الأول 2002»; a span
        # counted back, «الأصعب منذ سنوات», dates no act)
        since = norm((b.get("date") or {}).get("text") or "").startswith("منذ")
        told = [a for a in out if a["type"] == b["type"] and _told(a) and _same_kind(a, b)
                and (since or not _dated_apart(a, b))]
        key = _noun_key(b) if b.get("_pos") != "v" else None
        a = next((x for x in told if key in _noun_keys(x)), told[0] if told else None)
        if a is not None:
            return a, f"anaphoric mention ({b['_anaphoric']}) of an earlier event"
    if b.get("_anaphoric") == RECALLED and b.get("mode"):
        # «وأكمل الوفد الروسي الذي زار مناطق الهيئة جولته …»: the visit recalled is the visit told, not a meeting told
        # since
        same = [a for a in out if a["type"] == b["type"] and a.get("mode") == b["mode"]]
        if same:
            a, why = _find_target_in(same, b)
            if a is not None:
                return a, why
    if _goes_back(b) or b.get("_anaphoric") == FOLLOW_UP:
        # «وبعد ساعات من الكمين، …»: the event the time is counted from is one told by that noun when one was (the
        # headline's ambush, not the latest shooting); «وفي تفاصيل الاعتداء، …»: the act told by that noun (the lead's
        # «جراء اعتداء …», not the air strike told since); else any, as for other mentions
        key = _noun_key(b)
        told = [a for a in out if a["type"] == b["type"] and key in _noun_keys(a)]
        if told:
            a, why = _find_target_in(told, b)
            if a is not None:
                return a, why
    return _find_target_in(out, b)


def _find_target_in(out: list[Event], b: Event) -> tuple[Event | None, str]:
    if b.get("_distinct"):
        # «وفي الليلة نفسها، استهدفت غارة ثانية محيط مسجد …»، «تزامناً مع استقدام تعزيزات …»: the other act's noun is the
        # subject or object of the verb or masdar right before it, which tells the same new act (and only it: that
        # event is told in this sentence alone)
        verb = next((a for a in reversed(out) if a["type"] == b["type"] and a.get("_sents", {a["_sent"]}) == {b["_sent"]}
                     and _right_before(a, b)), None)
        if verb is not None:
            return verb, "the verb or masdar right before the other act's noun («استهدفت غارة ثانية …»)"
        # «جولة جديدة من المحادثات»: another round than those told before — but the one the headline announced
        # («يستأنفان محادثات جدة»), which the body has not told yet
        out = [a for a in out if a.get("_headline") and not a.get("_named_below") and not b.get("_headline")]
        if not out:
            return None, ""
    seen_type = seen_strong = False
    denied_report = DENIED_REPORT in (b.get("why") or {}).get("factuality", ())
    # «وعن ملابسات انفجار حيش، …»، «وفي سياق قصف منزل جباليا، …»: an event noun made definite by its place, or told
    # again to add to it, refers to the event told at that place when one was told there, not to the latest one
    named_place = (b.get("_named_place") or _place_key(b)) if b.get("_anaphoric") in (BY_PLACE, FOLLOW_UP) else None
    placed: Callable[[Event], str | None] = _place_key
    if named_place and not any(x["type"] == b["type"] and _place_key(x) == named_place for x in out):
        # (else the event whose sentence names that place: «براميل متفجرة على الشعار وطريق الباب» placed in the city)
        placed = _sentence_place(named_place)
        named_place = named_place if any(x["type"] == b["type"] and placed(x) for x in out) else None
    # «وعن قصف اليوم، قال ممرض …»: the act of that day, when one was told, not the latest one (an undated recollection)
    by_time = b.get("_anaphoric") == BY_TIME
    named_date = _date_value(b) if by_time else None
    if named_date and not any(x["type"] == b["type"] and _date_value(x) == named_date and _told(x) for x in out):
        named_date = None
    # (of those, the one told by the same kind of act when there is one: «وعن قصف اليوم» is the shelling of that day,
    # not its air strikes)
    named_mode = b.get("mode") if named_date else None
    if named_mode and not any(x["type"] == b["type"] and _date_value(x) == named_date and x.get("mode") == named_mode
                              and _told(x) for x in out):
        named_mode = None
    # «اندلع اشتباك … عند المدخل الشمالي لمدينة السويداء …» then «في المقابل، روت «سانا» أن «مجموعة خارجة عن القانون»
    # اعتدت على «نقطة لحفظ الأمن» في المدخل الشمالي للمدينة»: the other side's telling of the article's first act of
    # the type told as done
    first_told = next((x for x in out if x["type"] == b["type"] and x.get("factuality") in ("asserted", "reported")),
                      None) if b.get("_version") else None
    if (first_told is not None and _place_key(b) in (None, _place_key(first_told)) and not _dated_apart(first_told, b)
            and _same_kind(first_told, b)
            # (not an act at a place the first one's sentences never name: «في المقابل، قالت «سانا» إن «المجموعات
            # الإرهابية» استهدفت … حيي الجميلية والموكامبو» after barrel bombs on the city's east)
            and set(b.get("_places", ())) <= set(first_told.get("_places", ()))):
        return first_told, "the other side's version of the act told before («في المقابل، روت/زعمت …»)"
    if b.get("_by_attackers") and b.get("factuality") not in ("planned", "negated", "hypothetical"):
        # «قُتل ثلاثة عناصر بهجوم على حاجز …» then «وأوضح المراسل أن المهاجمين … أطلقوا النار من مسافة قريبة»: the
        # attackers named by that noun are those of the latest attack told, and this is how they did it
        told = [a for a in out if a["type"] == b["type"] and _told(a) and 0 <= _after_last(a, b) <= 6]
        a = min(told, key=lambda x: _after_last(x, b), default=None)
        if (a is not None and not _dated_apart(a, b) and not _background_on_its_own_day(a, b)
                and _places_compatible(a, b) and not _moved_on(a, b)):
            return a, "the attack told before, told again of its attackers («أن المهاجمين …»)"
    for a in reversed(out):
        if a["type"] != b["type"]:
            continue
        if denied_report and any(f in ("asserted", "reported") or mf in ("asserted", "reported")
                                 for f, mf, _ in mention_facts(a)):
            continue  # a report of others denied («نفى مصدر ما أوردته وسائل إعلام عن «هجوم واسع»») is not the act told
        if b.get("_repeat_key") is not None and b["_repeat_key"] in a.get("_repeat_keys", {a.get("_repeat_key")}):
            return a, "the same sentence repeated in the article"
        if a.get("_headline") and not b.get("_headline") and _headline_of_its_mode(out, a, b) and not (
                b["_sent"] in a.get("_sents", {a["_sent"]}) and _same_sentence_ok(a, b)):
            continue  # (the mention is of the headline's other act of its own kind; not in a sentence told of ``a``)
        latest, seen_type = not seen_type, True
        # a headline's event may be the latest one told that is not a weak aside («بـ«محاولة الاستيلاء …»»)
        head_latest = not seen_strong
        seen_strong = seen_strong or a.get("factuality") in ("asserted", "reported")
        if (
            latest
            and a.get("_headline") and b.get("_headline") and b["_sent"] == a["_sent"] + 1
            and _fronted_means(a)
            and _same_kind(a, b)
            and not _own_places_differ(a, b)
        ):
            # «برصاص قناص من «حزب الله».. مقتل شاب على أطراف مضايا»: a headline opening with the means alone, then the
            # act it caused
            return a, "a headline's fronted means and the act it caused"
        if (
            latest
            and a["_sent"] == 0
            and b["_sent"] <= 3
            and a["_sent"] != b["_sent"]
            and not a.get("source")
            and all(_unspecified(x.get("actor")) for x in a.get("recipient") or [])
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") not in ("planned", "negated", "hypothetical")
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)  # (a bomb is not the shelling of a headline's second part)
            # (nor are a headline's two parts one act when each names its own place: «خمسة قتلى بقصف على بلدة X..
            # وغارات روسية على قرية Y»)
            and not (a.get("_headline") and b.get("_headline") and _own_places_differ(a, b))
            # (nor when the second part names the attacker the first part does not: «قتلى بقذائف على أحياء كادقلي..
            # والجيش يقصف مواقع المتمردين»)
            and not (a.get("_headline") and b.get("_headline") and _named(b.get("source") or []))
        ):
            # (a headline naming no attacker and only people of no country — «ارتقاء أربعة جنود بعبوة ناسفة» — is the
            # lead's event too)
            return a, "the headline's event told in detail"
        if (
            a.get("_headline") and not b.get("_headline")
            and (head_latest or _named_headline(a, b))
            and (b["_sent"] - a["_sent"] <= 8 or _named_headline(a, b))
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") not in ("planned", "negated", "hypothetical")
            and (not (a.get("date") or {}).get("value") or (a.get("date") or {}).get("_inherited")
                 or not (a.get("date") or {}).get("text")  # (the publication date: the headline names no time)
                 or (a.get("date") or {}).get("value") == (b.get("date") or {}).get("value"))
            and (actors_overlap(a, b, family=True) or _role_overlap(a, b) or _same_unnamed_source(a, b))
            and not _attacker_was_target(a, b)
            and _places_compatible(a, b)
            and _same_kind(a, b)  # (the headline's arrests are not the dispersal told below: «لتفريق المحتجين»)
            and not _moved_on(a, b)  # «وفي قضاء مرجعيون، تعرضت … لقصف»: another district's shelling
        ):
            # «مقتل قيادي … بعبوة ناسفة.. وغارات روسية على ريف جسر الشغور» (a two-part headline), then «شنت طائرات
            # حربية روسية غارات على قريتي …»: the headline's second event told in detail, its state now its forces
            return a, "the headline's event told in detail (same actor)"
        if (
            latest
            and a.get("_headline") and not b.get("_headline")
            and not a.get("_told_below")
            and b["_sent"] - a["_sent"] <= 3
            and not _moved_on(a, b)
            and sum(1 for x in out if x["type"] == a["type"] and x.get("_headline")) == 1
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") in ("asserted", "reported")
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)
            and _roles_agree(a, b)
            and _places_compatible(a, b)
        ):
            # «قتيلان بقصف مسيّرة تركية على عجلة قرب خانصور» (a headline), then the lead «قُتل شخصان … جراء قصف نفّذته
            # طائرة مسيّرة تركية …»: the first telling of the act right below the headline, no role naming another actor
            # (not when the headline holds two acts of the type: «مقتل قيادي بعبوة ناسفة.. وغارات روسية على …»)
            return a, "the headline's event told in the lead"
        if (
            a.get("_headline") and not b.get("_headline")
            and not a.get("_told_below")
            and b["_sent"] - a["_sent"] <= 2
            and a is next(x for x in out if x["type"] == a["type"] and x.get("_headline"))
            and sum(1 for x in out if x["type"] == a["type"] and x.get("_headline")) >= 2
            and not any(x["type"] == a["type"] and not x.get("_headline") for x in out)
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") in ("asserted", "reported")
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)
            and _roles_agree(a, b)
            and _places_compatible(a, b)
            and not _moved_on(a, b)
        ):
            # «أربعة قتلى مدنيين بقصف لقوات النظام على قرى سهل الغاب.. و«الهيئة» تستهدف مواقع في جورين» (two acts of
            # the type in a two-part headline), then the lead «قُتل أربعة مدنيين … بقصف …»: the lead's first act of the
            # type, before any other act of the type below, tells the headline's first part
            return a, "the lead tells the headline's first act"
        if (
            a.get("_headline") and not b.get("_headline")
            and not a.get("_told_below")
            and (a.get("mode") is not None or a["type"] in _MODELESS_HEADLINE_TYPES) and (a.get("mode") == b.get("mode") or (
                # (or told by the headline's own noun, its kind not named: «.. وحملة دهم واعتقالات في طفس» then
                # «نفّذت دوريات … حملة دهم في الحي الشمالي»)
                b.get("mode") is None and _noun_key(b) in _noun_keys(a)))
            # (the one act of that kind in the headline: «تفريق اعتصام بعقوبة.. إضراب يعمّ دوائر ديالى» holds a sit-in
            # and a strike)
            and sum(1 for x in out if x["type"] == a["type"] and x.get("_headline") and x.get("mode") == a["mode"]) == 1
            and not any(x["type"] == a["type"] and x.get("mode") == a["mode"] and not x.get("_headline") for x in out)
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") in ("asserted", "reported")
            and _dates_agree(a, b)
            # (the headline's actor may be told below as unnamed men: «و«داعش» يعتقل …» then «خرج مسلحون ملثّمون …»)
            and (_sources_agree(a, b, family=True) or all(_unspecified(x.get("actor")) for x in b.get("source") or []))
            and _places_compatible(a, b)
            and not _moved_on(a, b)
        ):
            # «و«داعش» يعتقل ناشطَين من اعتصام أمام مقره» (a headline), then «خرج مسلحون ملثّمون من المبنى … ثم اقتادوا
            # اثنين من المعتصمين»: the first act of that kind told below is the headline's, though told by other words
            return a, "the headline's act, the first of its kind told below"
        if (
            head_latest
            and a.get("_headline") and not b.get("_headline")
            and not (a.get("source") or a.get("recipient"))
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") not in ("planned", "negated", "hypothetical")
            and _place_key(a) is not None and _place_key(a) == _place_key(b)
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)  # (the army's shelling after the mine that killed its soldier is another act)
        ):
            # «… ومظاهرة في التل احتجاجاً على أزمة الخبز» (a headline's part naming only the act and the town),
            # then «خرج العشرات من أهالي مدينة التل …» paragraphs later: the event told in detail
            return a, "the headline's event told in detail (same place)"
        if (
            a.get("_headline") and not b.get("_headline")
            and b["_sent"] - a["_sent"] <= 12
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") not in ("planned", "negated", "hypothetical")
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)
            and (agree := _roles_agree(a, b))
            and (_same_or_inner_place(a, b) or (_place_key(a) is None and agree == "named" and _places_compatible(a, b)))
            # (another event of the type told in between only when the place and a named role agree: «… و«الأسايش»
            # تعتقل 14 شخصاً في مخيم الهول» told after two other arrests elsewhere)
            and (head_latest or (agree == "named" and _place_key(a) is not None and _place_key(a) == _place_key(b)))
        ):
            # «غارات مجهولة تقتل سبعة عناصر من الميليشيات في الميادين» (a headline with its victims), then «استهدفت
            # طائرات حربية … عناصر من الميليشيات في مدينة الميادين»: the same place, no role naming someone else
            return a, "the headline's event told in detail (same place, no other actor)"
        if (
            a.get("_headline") and not b.get("_headline")
            and not a.get("_told_below")
            and _same_toll(a, b)
            and sum(1 for x in out if x["type"] == a["type"] and x.get("_headline")) == 1
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            and b.get("factuality") in ("asserted", "reported")
            and _dates_and_sources_ok(a, b)
            and _same_kind(a, b)
            and _places_compatible(a, b)
            and not _attacker_was_target(a, b)
        ):
            # «ثلاثة قتلى بقذيفة حوثية على سوق قعطبة بعد ساعات من صفقة …» (a headline), then, below a lead about the
            # deal, «قُتل ثلاثة مدنيين … جراء سقوط قذيفة مدفعية …»: the headline's toll told again is its act
            return a, "the headline's toll told again in the body"
        # violence told in one sentence is one event, also when that sentence was already merged
        # into an earlier event; statements and meetings compare with the event's first sentence only
        if a["_sent"] == b["_sent"] or (a["type"] in _PHYSICAL and b["_sent"] in a.get("_sents", ())):
            if b.get("_anaphoric") and _answered(a, b) and _same_kind(a, b):
                # «… قذيفة سقطت على القرى …، وإن مقاتليها استهدفوا نقاطاً … رداً على القصف» with the shells already told
                # as the event's part: what the answer names is that event
                return a, f"anaphoric mention ({b['_anaphoric']}) of an earlier event"
            if _same_sentence_ok(a, b):
                return a, "same type in the same sentence"
            continue
        has_actors = bool((b.get("source") or []) + (b.get("recipient") or []))
        if has_actors and str(b.get("_anaphoric") or "").startswith("the cause") and not b.get("source") and not any(
                r.get("actor") for r in b.get("recipient") or []):
            has_actors = False  # «احتجاجاً على اعتقال ثلاثة من أبنائهم»: unnamed people a cause names name no one else
        if (
            b.get("_anaphoric")
            and (named_place is None or placed(a) == named_place)
            and (named_date is None or _date_value(a) == named_date)
            and (named_mode is None or a.get("mode") == named_mode)
            # (an act told as done, not a threat about such acts: «أي محاولة لاستهداف المواقع ستُواجَه بالرد» is not
            # the «استهداف اليوم» told below)
            and (not by_time or _told(a))
            and a.get("factuality") not in ("planned", "negated", "hypothetical")
            # (not an old event the rules dated to the past — «وقانا تستعيد ذكرى مجزرة 1996» — for today's «الغارة»)
            and not (_rule_fact(a) == "historical" and _rule_fact(b) in ("asserted", "reported") and not _in_force(a, b))
            # (nor, the other way round, today's act for a mention the rules dated to the past: «تحصي جهات حقوقية
            # عشرات الهجمات منذ تشرين الأول 2019» after «وردّت القوات على مصادر القصف»)
            # (or counted as a tally since then: generic)
            and not (_rule_fact(b) in ("historical", "generic") and _rule_fact(a) in ("asserted", "reported")
                     and _dated_apart(a, b))
            # (nor a rumour of another kind of act: «أنباء عن وفاة أحد الموقوفين تحت التعذيب» after «… أو يعتدي على
            # المنشآت»)
            and not _rumour_of_another_act(a, b)
            and _same_kind(a, b)
            and (_answered(a, b) or _in_force(a, b) or (
                (_dates_and_sources_ok(a, b, symmetric=True) or _names_generic_source(a, b) or _cause_sources_ok(a, b)
                 or _during(a, b))
                and (actors_overlap(a, b) or not has_actors or _names_generic_source(a, b) or _fills_roles(a, b)
                     or _during(a, b))))
        ):
            return a, f"anaphoric mention ({b['_anaphoric']}) of an earlier event"
        if (
            b.get("factuality") in ("generic", "historical") and b.get("_model_fact") is not None
            and _names_generic_source(a, b) and _dates_agree(a, b) and _places_compatible(a, b)
            and not _background_on_its_own_day(a, b)
            and _same_kind(a, b) and not _moved_on(a, b)
            and 0 < _after_last(a, b) <= 3
        ):
            # «نقلت «سانا» عن مسؤول قوله إن «مجموعة من فلول النظام البائد» هاجمت الحاجز» right after «هاجم مسلحون
            # مجهولون حاجزاً …»: a telling the detection model doubts that names the attacker the event left unnamed
            return a, "another telling naming the attacker the event left unnamed"
        pa, pb = _place_key(a), _place_key(b)
        at_its_place = (pa == pb or pb in a.get("_places", ())) if pa and pb else not pb and latest
        if at_its_place and a["type"] == "ASSAULT" and _told(a) and _denied(b) and _same_kind(a, b) and _dates_agree(a, b):
            # «قُتل خمسة مدنيين بقذائف سقطت على سوق البلدة» then «ونفى قيادي في الجماعة أن يكون مقاتلوه قد أطلقوا أي
            # قذيفة على البلدة»: the act denied at its place (or, with no place of its own, the latest one told) is the
            # act told there; the deniers name themselves, not the act's attackers, so their actors do not have to agree
            return a, "the act told before at its place, denied"
        if not _compatible(a, b) or _rumour_of_another_act(a, b):
            continue
        if a.get("factuality") in ("negated", "planned", "hypothetical") and b.get("factuality") in ("asserted", "reported"):
            continue
        if (b.get("factuality") == "negated" and b.get("_pos") in ("v", "p")
                and (b["type"] == "RETREAT" or b.get("mode") in ("access", "release", "troops"))
                and a.get("factuality") in ("asserted", "reported")):
            # «ولم تفتح الجماعة الطريق …» after «سمحت الجماعة بدخول قافلة»، «إذ لم تُفرج عن سبعة أسرى» after a release: a
            # passage or a release denied is another than the one done (and so is an entry: «ولم تدخل وحدات الجيش مركز
            # المدينة» after «دخلت وحدات الجيش ثلاثة مواقع في ريفها»); so is any handover or withdrawal not made, told
            # by its verb or a verb phrase: «ولم يسلّم الفصيل … أياً من أسلحته الثقيلة» after the buses left
            continue
        if b.get("factuality") == "generic" and b.get("_model_fact") is None and a.get("factuality") != "generic":
            continue  # a habitual or general statement by the rules («تستهدف مراراً») is not the specific event
        if a.get("factuality") == "generic" and a.get("_model_fact") is None and b.get("factuality") in _UNTOLD:
            # (nor the other way round: «أنباء عن اعتقال أربعة من حراس السجن» is no case of «طول مدد التوقيف» told as a
            # general grievance above, and would be dropped with it)
            continue
        weak = b.get("factuality") in _WEAK or b.get("factuality") == "historical"
        if ((b.get("_pos") != "v" or weak) and actors_overlap(a, b) and not _moved_on(a, b) and _same_kind(a, b)
                # (not an act on another day of its own: «وكان مسلحون مجهولون قد اغتالوا، في الثالث والعشرين من تموز
                # الماضي، …» after «هاجم مسلحون محليون حاجزاً» yesterday)
                and not _background_on_its_own_day(a, b)
                # (nor an act told as done with a time and a town of its own: «وسقطت قذائف هاون، ظهر اليوم، على الأحياء
                # السكنية في مدينة مارع» after air strikes on Azaz)
                and not _elsewhere_on_its_own_time(a, b)):
            # (not when told after «وفي X،» with X none of the event's places: «وفي قضاء مرجعيون، تعرضت أطراف بلدة
            # الخيام لقصف مدفعي إسرائيلي» after an Israeli air strike on another district is another attack)
            return a, "noun or non-asserted mention sharing an actor with an earlier event"
        if pa and (pa == pb or (pb and pb in a.get("_places", ()))) and (
            actors_overlap(a, b, family=True) or (weak and not has_actors)
        ) and _same_kind(a, b) and not _background_on_its_own_day(a, b):
            # (a strike is not the sit-in told before it in the same town; nor a killing told in the background with a
            # day of its own the kidnapping rumoured there today: «وكان مسلحون قد اغتالوا، في التاسع من أيار الماضي،
            # عضواً في المجلس البلدي لقضاء طوز خورماتو»)
            return a, "same type at the same place"
        if b.get("_pos") != "v" and b.get("factuality") in _WEAK and not b.get("source") and not (
                b.get("_new_topic") and _elsewhere(a, b)) and _same_kind(a, b) and (
                    a["type"] == "ASSAULT" or _roles_agree(a, b)):
            # (not a rumour of another's arrest: «أنباء عن اعتقال خطيب الجامع» after «اعتُقل رجل وابناه»; but a
            # rumoured death is often the attack's victim: «أنباء عن مقتل قائد ميداني» after the air strike)
            return a, "non-asserted noun mention without a source"
        own_place = b.get("location") and not (b.get("location") or {}).get("_inherited")
        own_date = b.get("date") and not (b.get("date") or {}).get("_inherited")
        if not own_place and not own_date and actors_overlap(a, b) and out and out[-1] is a and _same_kind(a, b):
            return a, "continues the previous event (same actors, no new place or date)"
        # (a verb too when someone tells it: «وقال شهود عيان إن تبادل إطلاق النار استمر قرابة ساعة» after the clash)
        if (latest and (weak or b.get("_pos") != "v" or b.get("attribution")) and not has_actors and not own_place
                and not own_date and not b.get("_also")
                and a["type"] in _PHYSICAL and _told(a)
                and 0 < _after_last(a, b) <= 2
                and not any(_after_last(x, b) < _after_last(a, b) for x in out if x["type"] == a["type"])):
            # «… قصفت القوات التركية أحياء مدينة تل رفعت …» then «وقالت هيئة الصحة إن أكثر من أربعين قذيفة سقطت على
            # المدينة»: a noun (or a mention the detection model doubts) with no actor, place or date of its own
            # tells the last violent event of its type again (the last told: not a headline's second act when the
            # lead told its first one)
            return a, "an unattributed, unplaced, undated mention right after the event"
        if (latest and b.get("_model_fact") is not None and b.get("factuality") in ("historical", "generic")
                and not b.get("source") and not own_date and not b.get("_also")
                and a["type"] in _PHYSICAL and any(f in ("asserted", "reported") for f, _, _ in mention_facts(a))
                and _places_compatible(a, b) and _same_kind(a, b) and not _moved_on(a, b)
                and 0 < _after_last(a, b) <= 2
                and not any(_after_last(x, b) < _after_last(a, b) for x in out if x["type"] == a["type"])):
            # «قُتل شخصان … جراء قصف نفّذته طائرة مسيّرة تركية على عجلة مدنية …» then «وذكرت خلية الإعلام الأمني أن
            # «طائرة مسيّرة» استهدفت «عجلة نوع بيك آب» على الطريق …»: a telling the detection model doubts, right
            # after the act, naming no attacker and no date of its own, is the act told again
            return a, "a doubted telling right after the event, with no attacker or date of its own"
    return None, ""


def drop_self_sources(e: Event) -> None:
    """An actor cannot act on itself: a source naming the same KB actor or the same words as one of the
    recipients (the two filled from different mentions of a merged event, «الضربات الجوية … مواقع داعش»)
    is dropped from the sources; the recipient's side (after على/ضد, the object) is the better evidence. A withdrawal's
    recipient that is its trigger's own words (the men withdrawn) is dropped instead."""
    rec = e.get("recipient") or []
    trig = (e.get("evidence") or {}).get("trigger") or {}
    if e.get("type") == "RETREAT" and any(_same_actor(a, trig) for a in rec):
        # «وسحبت القيادة جنودها من النقطة»: the men a force withdraws (the phrase's own last word) are its own, the
        # force is who withdraws
        rec = e["recipient"] = [a for a in rec if not _same_actor(a, trig)]
        e.setdefault("why", {})["recipient_dropped"] = "the trigger's own words: the men of the one withdrawing"
    if not rec or not e.get("source"):
        return
    inside = [a for a in rec if any(_within_span(a, b) for b in e["source"])]
    if inside:
        # «ودهمت قوة من مديرية المخابرات في الجيش اللبناني منزلاً …»: a recipient read inside the source's own words
        # (the force's unit) is the source named again, not whom it acted on
        rec = e["recipient"] = [a for a in rec if a not in inside]
        e.setdefault("why", {})["recipient_dropped"] = "words inside the source's own phrase"
        if not rec:
            return
    ids = {a.get("actor") for a in rec if a.get("actor")}
    texts = {a.get("_norm") or a.get("text") for a in rec}
    kept = [a for a in e["source"] if not ((a.get("actor") and a.get("actor") in ids) or (a.get("_norm") or a.get("text")) in texts)]
    if len(kept) < len(e["source"]):
        e["source"] = kept
        e.setdefault("why", {})["source_dropped"] = "the same actor as the recipient"


def _within_span(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do actor ``a``'s offsets lie inside actor ``b``'s, ``b`` the longer?"""
    sa, ea, sb, eb = a.get("start"), a.get("end"), b.get("start"), b.get("end")
    if sa is None or ea is None or sb is None or eb is None:
        return False
    return bool(sb <= sa and ea <= eb and (eb - sb) > (ea - sa))


def _side(a: list[dict[str, Any]], side: list[dict[str, Any]]) -> bool:
    """Is the actor list one side of a meeting: a shared actor, the same phrase (a shared subject: «استقبل محافظ …
    ووعد»), or a member of it («أعضاء الوفد» after «وفداً من السائقين»)?"""
    spans = {(x["start"], x["end"]) for x in side if x.get("start") is not None}
    if _overlap(a, side) or any((x.get("start"), x.get("end")) in spans for x in a):
        return True
    sa, ga = actor_keys(a)
    _, gb = actor_keys(side)
    core = {k for k in ga if not matches_form(k, cues()["member_heads"])}
    definite = any(w.startswith(("ال", "وال")) for x in a for w in (x.get("_norm") or "").split()[:2])
    return bool(core) and not sa and core <= gb and definite


#: what one side of a meeting says to the other: a request, a promise, a refusal
_ADDRESSED = frozenset({"REQUEST", "AGREE", "REJECT"})


#: what is put to someone and may be refused: a demand, an offer or a proposal, a meeting
_PUT_TO = frozenset({"REQUEST", "AGREE", "CONSULT"})


def _rejected_party(events: list[Event], e: Event, text: str | None = None) -> None:
    """A refusal with no recipient refuses what was put to its source in the sentence before or its own (in place):
    «نقل الوفد الروسي إلى قيادة «قسد» طلباً … غير أن قادة «قسد» رفضوا الطلب» (the delegation that asked),
    «وبحث عميد البلدية مع وفد المفوضية … غير أن العميد رفض مقترح …» (the other side of the talks). A demand or an
    offer to no one named is not read as put to the refuser (news columns: «ودعا إخوانه … مما نرفضه»)."""
    src = e["source"]
    start = e["evidence"]["trigger"]["start"]
    put = [p for p in events if p is not e and p["type"] in _PUT_TO and p.get("source")
           and p["evidence"]["trigger"]["start"] < start
           and 0 <= e["_sent"] - max(p.get("_sents", {p["_sent"]})) <= 1]
    if not put:
        return
    p = max(put, key=lambda p: p["evidence"]["trigger"]["start"])
    if text is not None:
        ev = p["evidence"]
        told = max(b for a, b in [(ev["start"], ev["end"]), *ev.get("spans", [])] if a <= start)
        if "\n" in text[told : e["evidence"]["start"]]:
            return  # (a refusal in another paragraph: «وفي 9 آذار الجاري، رفض …»)
    ps, pr = p["source"], p.get("recipient") or []
    why = e.setdefault("why", {}).setdefault("actors", [])
    if pr and _side(src, pr) and not _side(src, ps):
        e["recipient"] = list(ps)
        why.append("who put to the refuser what it refused, in the sentence before («نقل الوفد إلى X طلباً … غير أن X رفض»)")
    elif pr and _side(src, ps) and not _side(src, pr):
        e["recipient"] = list(pr)
        why.append("the other side of the talks before («بحث X مع الوفد … غير أن X رفض مقترح …»)")


def fill_counterparts(events: list[Event], *, window: int = 3, text: str | None = None) -> None:
    """Light discourse: the other side of a negotiation fills a missing recipient (in place).

    After a meeting with both sides named, within ``window`` sentences: a request by one side with no
    recipient is addressed to the other side («طلب الفصائل مدة
    للتشاور» after «التقى الوفد الروسي ممثلين عن الفصائل»), and «لقاء آخر» with no actors is between the
    same two sides.
    """
    meeting: Event | None = None
    for e in events:
        if meeting is not None and e["_sent"] - max(meeting.get("_sents", {meeting["_sent"]})) > window:
            meeting = None
        src, rec = e.get("source") or [], e.get("recipient") or []
        if meeting is not None and not rec and (e["type"] in _ADDRESSED or (e["type"] == "CONSULT" and e.get("_distinct"))):
            ms, mr = meeting["source"], meeting["recipient"]
            why = e.setdefault("why", {}).setdefault("actors", [])
            if src and _side(src, ms) and not _side(src, mr):
                e["recipient"] = list(mr)
                why.append("the other side of the meeting in the sentences before")
            elif src and _side(src, mr) and not _side(src, ms):
                e["recipient"] = list(ms)
                why.append("the other side of the meeting in the sentences before")
            elif e["type"] == "CONSULT" and not any(a.get("actor") for a in src):
                # (a subject the knowledge base does not know is no side: «على أن يُعقد لقاء ثانٍ بين الجانبين»)
                e["source"], e["recipient"] = list(ms), list(mr)
                why.append("«another meeting» between the same sides as the meeting before")
        if e["type"] == "REJECT" and e.get("source") and not e.get("recipient"):
            _rejected_party(events, e, text)
        if e["type"] == "CONSULT" and e.get("source") and e.get("recipient"):
            meeting = e

