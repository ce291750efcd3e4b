"""Patterns for names no list can hold: "أبو X الY", "لواء X", "بلدة X", "صفحة «X»".

Each pattern is a trigger word followed by a name; the name is either quoted
(“…”, "…", «…», up to eight words) or a short run of words chosen by
Arabic construct-state shape: a definite word ends the name ("جيش الإسلام"),
an indefinite word may be followed by one definite word ("لواء شهداء الإسلام")
and place names may be two-part when the first part is a usual compound head
("بيت سحم", "كفر بطنا").  Matching runs on the normalised text; spans are
reported in source offsets.  Trigger words and name heads are data
(``TRIGGERS``); the stage merges these candidates with gazetteer matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.text.anchors import WordScan
from marsad.text.normalize import Normalized, norm, normalize
from marsad.text.regex import NOT_ARABIC_LETTER, StartFinder, start_finder

# trigger (normalised form) -> (kind, label, unquoted names allowed)
PLACE_TRIGGERS = (
    "بلده", "مدينه", "قريه", "حي", "مخيم", "حاجز", "معبر", "مطار", "سجن", "مشفي", "مستشفي",
    "ناحيه", "بلدات", "قري", "مزرعه", "ساحه", "دوار", "جسر", "قاعده", "كتيبه", "جامع", "مسجد", "مديريه", "قضاء", "معتمديه",
    "حيي", "بلدتي", "قريتي", "مدينتي", "مخيمي", "بلدتا", "قريتا", "مدينتا",
)  # fmt: skip
_PLACE_TRIGGER_SET = frozenset(PLACE_TRIGGERS)
#: heads of civil bodies, group triggers that take only a quoted name («جمعية «غيث الخير» الإغاثية»، «منظمة «أطباء بلا
#: حدود»»); without quotes they head common phrases («مجلس الأمن»، «لجنة تحقيق»)
_CIVIL_HEADS = tuple(norm(w) for w in (
    "جمعية", "منظمة", "مؤسسة", "رابطة", "تنسيقية", "مجلس", "لجنة", "اتحاد", "فريق", "شركة", "نقابة", "مركز"))
GROUP_TRIGGERS = (
    "فصيل", "لواء", "جيش", "حركه", "فرقه", "كتائب", "تجمع", "الويه", "فيلق", "جبهه", "سرايا",
    "ميليشيا", "مليشيا", "تنظيم", "جماعه", "هيئه", "غرفه عمليات", *_CIVIL_HEADS,
)  # fmt: skip
_GROUP_QUOTED_ONLY = frozenset(_CIVIL_HEADS)
#: heads of organisation names met inside quotes («جمعية …»، «مجلس …»): the whole quoted name is an actor
QUOTED_ORG_HEADS = frozenset(norm(w) for w in (
    "جمعية", "مجلس", "منظمة", "لجنة", "هيئة", "مركز", "رابطة", "اتحاد", "تنسيقية", "مؤسسة", "مكتب", "غرفة",
    "حركة", "فرقة", "لواء", "جيش", "جبهة", "تجمع", "كتائب", "فيلق", "قوات", "حزب", "تحالف", "ائتلاف",
    "كتيبة", "سرية", "سرايا"))
SOURCE_TRIGGERS = (
    "وكاله انباء",
    "صفحه",
    "موقع",
    "شبكه",
    "وكاله",
    "قناه",
    "صحيفه",
    "جريده",
    "اذاعه",
    "حساب",
    "منصه",
)
#: source triggers that also take an unquoted name
#: place triggers that take only a quoted name ("قاعدة" is also "rule", "كتيبة" also a unit)
_PLACE_QUOTED_ONLY = frozenset({"قاعده", "كتيبه"})
_SOURCE_UNQUOTED = frozenset({"وكاله", "وكاله انباء", "صحيفه", "جريده", "اذاعه", "صفحه"})
#: first parts of two-part place names
PLACE_COMPOUND_HEADS = frozenset(
    "بيت كفر عين تل دير جسر خان راس ام ابو بني بئر بير سيدي مزرعه قصر باب جبل وادي سوق ظهر حوش عرب مرج نهر "
    "خربه حزرما معره بنش جب حمام قلعه حقل ود بن".split()
)
#: words that never start or continue a name (function words, common nouns after triggers)
STOP = frozenset(
    norm(w)
    for w in (
        "في من الى على عن مع بين بعد قبل حتى منذ عند لدى نحو دون ضد خلال حول او و ثم كما ان انه التي الذي الذين "
        "هذا هذه ذلك تلك كل بعض اي احد عدد عده ما لا لم لن قد كان كانت يوم امس اليوم مساء صباح ليله جديد جديده "
        "اخر اخرى اخري كبير كبيره صغير صغيره مسلح مسلحه معارض معارضه موالي مواليه عسكري عسكريه امني امنيه "
        "تابع تابعه التابع التابعه المحاصر المحاصره المحاصرين الواقع الواقعه القريب القريبه المجاور المجاوره "
        "المذكور المذكوره نفسه نفسها الخاضع الخاضعه النظام الاحتلال المعارضه الثوار والذي والتي حيث بحسب "
        "وفق اثناء عبر تحت فوق امام خلف داخل خارج قرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ريف محيط اطراف".split()
    )
)
#: adjectives that belong to a name ("مطار دمشق الدولي", "الغارية الغربية")
NAME_ADJECTIVES = frozenset(
    norm(w)
    for w in (
        "الدولي العسكري الحدودي الكبير الكبيرة الكبرى الصغير الصغيرة الصغرى الفوقا التحتا الفوقانية التحتانية الجديد الجديدة القديم القديمة الفوقاني التحتاني "
        "الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية الأعلى الأدنى الأول الثاني المركزي "
        "المركزية الوطني الوطنية"
    ).split()
)
#: common nouns and adjectives that follow the trigger words but are not names ("حركة نزوح", "تنظيم متطرف")
NOT_NAMES = frozenset(
    norm(w)
    for w in (
        "نزوح النزوح نقل النقل السير المرور الملاحة التجارة الاحتجاجات الاحتجاج الأسواق التنقل العبور الشحن "
        "الأسعار البيع التداول الهجرة اللجوء نشطة واسعة اجتماع متطرف متطرفة متشدد متشددة المتطرف المتطرفة "
        "المتشدد الإرهابي الإرهابية مطار جوية جوي القوات قوات ووحدات للتحالف بجنوب بشمال بشرق بغرب جديدة "
        "عسكرية عسكري أميركية أمريكية روسية تركية إيرانية شعبي شعبية محاصرة للنازحين للجيش لجبهة للمعارضة "
        "لقوات للنظام للاغتيالات المعركة الصراع دولية ثانية أخرى تسيطر يسيطر تقع يقع تبعد يبعد تضم يضم "
        "تعرضت تعرض شهدت شهد يقطنها تتبع يتبع تابعة مجاورة قريبة واقعة الدراجات السيارات المسافرين البضائع "
        "الشاحنات المركبات القطارات "
        # what a settlement word is said to be, not called («قرى محيطة بها»، «مدينة منكوبة»، «بلدات متاخمة»)
        "محيطة المحيطة متاخمة محاذية مأهولة منكوبة نائية متفرقة عديدة مختلفة مجاورتين متجاورتين باتجاه مثل مدرسة منزل "
        "مبنى "
        # departments a «مديرية» heads, and what «قضاء» (spending, settling) takes: no district's name
        "الصحة التربية الأمن المالية الزراعة الإعلام الأوقاف الشرطة النقل الكهرباء المياه التعليم الشؤون الدفاع "
        "الخدمات الأحوال الهجرة الجوازات الآثار السياحة العمل الاقتصاد الصناعة التجارة الثقافة الشباب الرياضة "
        "الداخلية الخارجية العامة المدنية الوقت العطلة الإجازة حوائج حاجات حاجة الليل النهار الدين الديون "
        "الأسايش المخابرات الاستخبارات أمن الجمارك التوجيه الشؤون مخابرات استخبارات الأغذية الأرصاد الإحصاء خاصة "
        "الصيف الشتاء "
        # a time after a name («بلدة رتيان الأسبوع الماضي»): no complement of it (but «العام» may be an adjective of
        # it: «مستشفى عمران العام»)
        "الأسبوع الشهر السنة الماضي الماضية الجاري الجارية المقبل المقبلة الفائت الفائتة "
        # what is fired: «فتح عناصر حاجز النار» (the members of a checkpoint opened fire), no checkpoint «النار»
        "النار النيران الرصاص "
        # whose a checkpoint is («حاجز للتنظيم»، «حاجز للأمن العسكري»): an owner, no name
        "للتنظيم لتنظيم للفصائل للهيئة للأمن للشرطة للمخابرات للحزب للميليشيا للقوات للحرس للفرقة"
    ).split()
)
_NUMERALS = frozenset(
    "الثلاث الثلاثه الاربع الاربعه الخمس الخمسه الست السته السبع السبعه الاثنتين الاثنين".split()
)

_QUOTE_OPEN = "\"“”«'‘’"
_QUOTE_CLOSE = {"“": "”", "«": "»", '"': '"', "”": "“", "'": "'", "‘": "’", "’": "‘"}
_WORD_RE = re.compile(r"\w+")
_OPEN_QUOTE_RE = re.compile("[«\"“]")
#: a dateline opening a line: one to three words, a dash and the quoted outlet with a colon («مرزق – «نافذة الجنوب»: …»),
#: on the normalised text (dashes read «-», quote marks «"»)
_DATELINE_RE = re.compile(r'(?:^|\n)[ \t]*(?P<name>[^\s"\-:،,.()0-9]+(?: [^\s"\-:،,.()0-9]+){0,2}) *- *"[^"\n]{1,40}" *:')
# kunya + nisba: "أبو محمد الجولاني", "ابو بكر البغدادي" (the last word is a nisba in -ي)
#: a public body named by its kind, its scope and what it is for («المؤسسة الوطنية للنفط»، «الهيئة العليا للإغاثة»،
#: «المفوضية العليا لحقوق الإنسان»): on the normalised text; a purpose noun without the article («لحقوق») takes the
#: definite noun after it
_INSTITUTION_KINDS = ("الموسسه", "الهييه", "الشركه", "المفوضيه", "الاداره", "المديريه", "المصلحه", "السلطه", "اللجنه",
                      "المجلس", "الدايره")
_INSTITUTION_RE = re.compile(
    r"(?<![^\s(])(?:و|ف)?(?:ب)?(?P<name>(?:" + "|".join(_INSTITUTION_KINDS) + ")"
    r" ال(?:وطنيه|عامه|عليا|مستقله|اتحاديه|وطني|عام|اعلي|اتحادي)"
    r" (?:لل[^\s،,.:;«»\"()]{2,}(?: ال[^\s،,.:;«»\"()]+(?:يه|ي)(?![^\s،,.:;«»\"()]))?"
    r"|ل(?!ل)[^\s،,.:;«»\"()]{2,} ال[^\s،,.:;«»\"()]{2,}))"
)
#: nouns whose genitive such a body is: the whole phrase is the actor («مكتب المفوضية العليا لحقوق الإنسان»)
_BODY_OWNERS = frozenset(norm(w) for w in (
    "مكتب", "فرع", "وفد", "رئيس", "مدير", "مسؤول", "ممثل", "ممثلو", "ممثلي", "فرق", "فريق", "موظفو", "موظفي", "عناصر",
    "مندوب", "مندوبو", "ناطق", "متحدث", "باسم", "أعضاء", "عضو", "لجنة", "مجلس", "إدارة"))
_NICK_RE = re.compile(
    r"(?<!\w)(?:[وف])?(?P<name>ابو (?!ال)(?P<x>\w{2,})(?: (?:(?!ال)\w{2,}|الله|الرحمن|الدين))? ال\w{2,}ي)(?!\w)"
)


@dataclass(slots=True)
class PatternMatch:
    """A pattern hit: full span (trigger + name) and name span, in source offsets."""

    start: int
    end: int
    name_start: int
    name_end: int
    kind: str  # actor | place | source | person
    label: str
    trigger: str
    name: str  # normalised name
    quoted: bool = False
    score: float = 0.7
    attrs: dict[str, Any] = field(default_factory=dict)


def _trigger_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وف]?[بلك]?|[وف])(?P<trig>{alts})(?!\w) ?")


_PLACE_RE = _trigger_re(PLACE_TRIGGERS)
_GROUP_RE = _trigger_re(GROUP_TRIGGERS)
_SOURCE_RE = _trigger_re(SOURCE_TRIGGERS)


def _finder(rx: re.Pattern[str]) -> StartFinder:
    r"""``rx.finditer`` for a pattern that starts with ``(?<!\w)``: the character before is no Arabic letter."""
    finder = start_finder(rx, NOT_ARABIC_LETTER)
    if finder is None:  # pragma: no cover - the patterns are never empty
        raise AssertionError(f"no start finder for {rx.pattern[:40]!r}")
    return finder


@cache
def _finders() -> tuple[tuple[StartFinder, str, str], ...]:
    """The trigger patterns' finders with their kind and label, and last the nickname pattern's."""
    return (
        (_finder(_PLACE_RE), "place", "LOC"),
        (_finder(_GROUP_RE), "actor", "ORG"),
        (_finder(_SOURCE_RE), "source", "ORG"),
        (_finder(_NICK_RE), "person", "PERS"),
    )


@cache
def _scan() -> WordScan:
    """The patterns of :func:`_finders` (in its order), found by their words (:class:`~marsad.text.anchors.WordScan`)."""
    return WordScan([
        (_PLACE_RE, PLACE_TRIGGERS, 2),
        (_GROUP_RE, GROUP_TRIGGERS, 2),
        (_SOURCE_RE, SOURCE_TRIGGERS, 2),
        (_NICK_RE, ("ابو ",), 1),
    ])  # fmt: skip


@cache
def _institution_scan() -> WordScan:
    """:data:`_INSTITUTION_RE` found by the kind of body it opens with (its article after up to two proclitics): the
    regular expression is tried only where such a word stands, not at every character of the text."""
    return WordScan([(_INSTITUTION_RE, _INSTITUTION_KINDS, 2)])


def _quoted(ntext: str, pos: int) -> tuple[int, int] | None:
    """Span of a quoted name starting at ``pos`` (quote included), or ``None``."""
    if pos >= len(ntext) or ntext[pos] not in _QUOTE_OPEN:
        return None
    close = _QUOTE_CLOSE.get(ntext[pos], ntext[pos])
    end = -1
    for j in range(pos + 1, min(len(ntext), pos + 80)):
        if ntext[j] in (close, "»", "”", '"') or (ntext[j] in "“" and j > pos + 1):
            end = j
            break
        if ntext[j] in ".,;:?!\n()":
            return None
    if end <= pos + 1:
        return None
    inner = ntext[pos + 1 : end].strip()
    if not inner or len(inner.split()) > 8:
        return None
    return pos, end + 1


def _words_from(ntext: str, pos: int, limit: int = 4) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words starting at ``pos``, stopping at punctuation."""
    out: list[tuple[int, int, str]] = []
    i = pos
    while len(out) < limit:
        m = _WORD_RE.match(ntext, i)
        if not m:
            break
        out.append((m.start(), m.end(), m.group()))
        i = m.end()
        if i < len(ntext) and ntext[i] == " ":
            i += 1
        else:
            break
    return out


def _name_words(words: list[tuple[int, int, str]], *, place: bool) -> list[tuple[int, int, str]]:
    """Choose the words of an unquoted name by construct-state shape.

    A definite first word is the whole name, plus a name adjective ("الدولي",
    "الشرقي"); an indefinite first word may take an idafa complement (a
    definite word that is not a nisba adjective: "شهداء الإسلام", "جسر الشغور")
    or, for places, a second part after a compound head ("بيت سحم").  An
    indefinite adjective ("إرهابية", "جوية") is not a name.
    """
    if not words:
        return []
    first = words[0][2]
    if first in STOP or first in NOT_NAMES or first.isdigit() or len(first) < 2 or (
            first[:1] == "و" and (first[1:] in STOP or first[1:] in _PLACE_TRIGGER_SET)) or (
            place and first.startswith("لل")):
        return []  # («ناحية ومن …»، «قرية وبلدة»: «و» + a function or place word; «حي للطبقة»: «لـ» + a definite word —
        # a group word may still head whom it gathers: «تجمع للشيعة التركمان»)
    second = words[1][2] if len(words) > 1 else ""
    if first.startswith("ال"):
        if second in NAME_ADJECTIVES:
            return words[:2]
        return words[:1]
    if len(first) >= 4 and first.endswith(("يه", "ي")) and first not in PLACE_COMPOUND_HEADS:
        return []
    if not second or second in STOP or second in NOT_NAMES:
        return words[:1]
    if second in NAME_ADJECTIVES:
        return words[:2]
    if second.startswith("ال") and not second.endswith(("ي", "يه")):
        return words[:2]
    if place and first in PLACE_COMPOUND_HEADS:
        return words[:2]
    return words[:1]


#: dual settlement words that head two names: «حيي الشعار وطريق الباب»، «بلدتي قارة وفليطة» (as normalised)
DUAL_PLACE_TRIGGERS = frozenset({"حيي", "بلدتي", "قريتي", "مدينتي", "مخيمي", "بلدتا", "قريتا", "مدينتا"})
#: plural (and dual) settlement words that head a list of names: «بلدات رامية ويارين والضهيرة»، «قرى قسطون والزيارة»
PLURAL_PLACE_TRIGGERS = frozenset({"بلدات", "قري"}) | DUAL_PLACE_TRIGGERS
#: words after «و» that end a list of names instead of adding one («قرى قسطون والمناطق المحيطة»)
_NOT_LISTED = frozenset(norm(w) for w in (
    "المناطق", "المنطقة", "القرى", "البلدات", "المدن", "المزارع", "الأراضي", "الأحياء", "محيطها", "ريفها", "غيرها",
    "سواها", "المخيمات", "الأطراف", "أطرافها", "جوارها", "المحيط", "ضواحيها"))


#: definite area words that follow a plural settlement word without naming a place («قرى الريف»، «بلدات المحافظة»)
_GENERIC_AREAS = frozenset(norm(w) for w in (
    "الريف", "المحافظة", "البلدة", "المدينة", "القضاء", "الناحية", "المديرية", "الجبل", "السهل", "الوادي", "الحدود",
    "الشريط", "الجنوب", "الشمال", "الشرق", "الغرب", "الجوار", "البادية"))


def _listed_names(ntext: str, pos: int, limit: int = 6) -> list[tuple[int, int]]:
    """The names joined by «و» after a place name that a plural settlement word heads, each a name of its own
    («بلدات رامية ويارين والضهيرة»: يارين، الضهيرة): one word, or two in a construct («ودير العصافير»); the list
    ends at punctuation, at a word that is no name, or after ``limit`` names."""
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < limit and i < len(ntext) and ntext[i] == " ":
        words = _words_from(ntext, i + 1, limit=3)
        if not words or not words[0][2].startswith("و") or len(words[0][2]) < 4:
            break
        w0 = words[0]
        bare = w0[2][1:]
        if bare in _NOT_LISTED or bare in _GENERIC_AREAS or bare in STOP or bare in NOT_NAMES or bare in _PLACE_TRIGGER_SET:
            break
        name = _name_words([(w0[0] + 1, w0[1], bare), *words[1:]], place=True)
        if not name:
            break
        out.append((name[0][0], name[-1][1]))
        i = name[-1][1]
    return out


def find_patterns(text: str | Normalized, source: str | None = None) -> list[PatternMatch]:
    """Every pattern candidate in ``text`` (source or normalised), sorted by start.  With the ``source`` text (or when
    ``text`` is the source), a place word written with a final «ه» instead of «ة» is a noun with «his» («بلده الأصلي»:
    his home town), no settlement word before a name."""
    normed = text if isinstance(text, Normalized) else normalize(text)
    if source is None and not isinstance(text, Normalized):
        source = text
    ntext = normed.text
    out: list[PatternMatch] = []
    # the matches of the finders of _finders(), in its order
    *found, nick_found = _scan().finditer(ntext)
    for matches, (kind, label) in zip(found, (("place", "LOC"), ("actor", "ORG"), ("source", "ORG")), strict=True):
        for m in matches:
            trig = m.group("trig")
            pos = m.end()
            if kind == "place" and source is not None and trig.endswith("ه"):
                _, tend = normed.to_source(m.start("trig"), m.end("trig"))
                if source[tend - 1 : tend] == "ه":
                    continue  # «بلده الأصلي» (his town), «مدينته»: a possessive, not «بلدة X»
            if kind == "place" and trig == "ناحيه" and (ntext[max(0, m.start() - 3) : m.start()] == "من " or (
                    ntext[pos : pos + 12].split(" ", 1)[0].endswith(("ها", "هم")))):
                continue  # «من ناحية أخرى»، «لناحية آثارها الإنسانية»: on the side of, as to; no district
            q = _quoted(ntext, pos)
            if q is not None:
                ns, ne = q[0] + 1, q[1] - 1
                while ns < ne and ntext[ns] == " ":
                    ns += 1
                while ne > ns and ntext[ne - 1] == " ":
                    ne -= 1
                full_end, quoted = q[1], True
            else:
                if kind == "source" and trig not in _SOURCE_UNQUOTED:
                    continue
                if (kind == "place" and trig in _PLACE_QUOTED_ONLY) or (kind == "actor" and trig in _GROUP_QUOTED_ONLY):
                    continue
                raw = _words_from(ntext, pos)
                words = _name_words(raw, place=kind == "place")
                if not words and kind == "place" and trig in PLURAL_PLACE_TRIGGERS and raw and _listed_names(ntext, raw[0][1]):
                    # «بلدات رامية ويارين والضهيرة»: in a list of names the first one is a name too, though shaped like
                    # an adjective («رامية»)
                    first = raw[0][2]
                    words = [] if first in STOP or first in NOT_NAMES or first.startswith(("ال", "و")) else raw[:1]
                if not words:
                    continue
                ns, ne = words[0][0], words[-1][1]
                full_end, quoted = ne, False
                if trig in ("بلدات", "قري") and words[0][2] in _NUMERALS:
                    continue
                if trig in PLURAL_PLACE_TRIGGERS and (words[0][2] in _NOT_LISTED or words[0][2] in _GENERIC_AREAS
                                                       or words[0][2].startswith("و")):
                    continue  # «قرى الريف»، «بلدات المنطقة»، «قرى وبلدات …»: no name
                if trig in DUAL_PLACE_TRIGGERS and not _listed_names(ntext, ne, limit=1):
                    continue  # a dual names two places («بلدتي قارة وفليطة»); without the second, «بلدتي» is «my town»
            ts = m.start("trig")
            s, e = normed.to_source(ts, full_end)
            nsrc, nend = normed.to_source(ns, ne)
            score = 0.8 if quoted else (0.6 if kind == "source" else 0.7)
            out.append(
                PatternMatch(
                    s, e, nsrc, nend, kind, label, trig, ntext[ns:ne], quoted, score, {"trigger": trig}
                )
            )
            if kind == "place" and not quoted and trig in PLURAL_PLACE_TRIGGERS:
                for cs, ce in _listed_names(ntext, ne, limit=1 if trig in DUAL_PLACE_TRIGGERS else 6):
                    csrc, cend = normed.to_source(cs, ce)
                    out.append(PatternMatch(csrc, cend, csrc, cend, kind, label, trig, ntext[cs:ce], False, 0.65,
                                            {"trigger": trig, "listed": True}))
    for m in nick_found:
        s, e = normed.to_source(m.start("name"), m.end("name"))
        out.append(
            PatternMatch(
                s, e, s, e, "person", "PERS", "ابو", m.group("name"), False, 0.6, {"trigger": "nickname"}
            )
        )
    # a quoted name that begins with an organisation noun: «جمعية أيادي الخير في جبل العرب»، «مجلس منبج المدني»
    taken = [(p.start, p.end) for p in out]
    for qm in _OPEN_QUOTE_RE.finditer(ntext):
        pos = qm.start()
        if pos and ntext[pos - 1] not in " \n(،,:":
            continue
        q = _quoted(ntext, pos)
        if q is None:
            continue
        ns, ne = q[0] + 1, q[1] - 1
        inner = ntext[ns:ne].strip()
        parts = inner.split()
        if len(parts) < 2 or parts[0] not in QUOTED_ORG_HEADS:
            continue
        ns += len(ntext[ns:ne]) - len(ntext[ns:ne].lstrip())
        s, e = normed.to_source(ns, ns + len(inner))
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(PatternMatch(s, e, s, e, "actor", "ORG", parts[0], inner, True, 0.75, {"trigger": "quoted"}))
    # a public body named by its kind, scope and purpose, though no list holds it («المؤسسة الوطنية للنفط»)
    (institutions_found,) = _institution_scan().finditer(ntext)
    for im in institutions_found:
        before = ntext[max(0, im.start() - 12) : im.start()].split()
        if before and before[-1].removeprefix("و") in _BODY_OWNERS:
            continue  # («مكتب المفوضية …»: the office's name is the actor, which the chunker reads whole)
        s, e = normed.to_source(im.start("name"), im.end("name"))
        if not any(a < e and s < b for a, b in taken):
            out.append(PatternMatch(s, e, s, e, "actor", "ORG", "institution", im.group("name"), False, 0.7,
                                    {"trigger": "institution"}))
    # where the report is filed from: a place by its position, though no list holds it (searched on the first two lines
    # only; a word opening with «و» is a conjunction, «وقال»، but «وادي»)
    second = ntext.find("\n", ntext.find("\n") + 1)
    for dm in _DATELINE_RE.finditer(ntext, 0, len(ntext) if second < 0 else second):
        name = dm.group("name")
        first = name.split()[0]
        if (first in STOP or (first[:1] == "و" and not first.startswith("وادي"))
                or any(a < dm.end("name") and dm.start("name") < b for a, b in taken)):
            continue
        s, e = normed.to_source(dm.start("name"), dm.end("name"))
        out.append(PatternMatch(s, e, s, e, "place", "LOC", "dateline", name, False, 0.65, {"trigger": "dateline"}))
    quoted_spans = [(p.start, p.end) for p in out if p.quoted]
    out = [
        p
        for p in out
        if not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in quoted_spans)
    ]
    out.sort(key=lambda p: (p.start, -p.end))
    return out
