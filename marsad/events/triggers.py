"""Trigger detection with sense disambiguation.

Works on a list of :class:`Word` (offsets + matching form) for one sentence, so
it knows nothing of ``Document``.  A trigger is a lexicon word or phrase
(:mod:`marsad.events.lexicon`) whose context fits its event sense:

* ``needs`` words from the lexicon must occur near weak triggers
  (نشر needs troops, خروج needs fighters, تجمع needs a crowd);
* metaphors are dropped: an attack noun qualified as sweeping/verbal/media
  (هجوم كاسح، هجوم إعلامي) or aimed at an institution or a policy;
* verbal attacks (هاجم in a speech context, without weapons or casualties)
  become ACCUSE;
* accidents (حادث سير، انفجار غاز، غرق) are not ASSAULT;
* the purpose adverb احتجاجاً على and a drone (طائرة مسيّرة) are not protests;
* a noun trigger negated by عدم/دون/بدون names no event and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from marsad.events.lexicon import (
    NEEDS_REACH,
    conj_in,
    cues,
    lookup,
    matches_form,
    may_trigger,
    phrase_starts,
    proclitic_in,
    stem_forms,
    stems,
    word_set,
)
from marsad.events.wordflags import flags_of
from marsad.kb.places import load_places
from marsad.numbers.parse import parse_words
from marsad.text.normalize import norm

_WINDOW = NEEDS_REACH
_NEGATORS = frozenset({"عدم", "دون", "بدون"})
#: «بعدما» (after) holds the letters of «بـ» + «عدم» + «ا»: never a negation
NOT_A_NEGATION = "بعدما"


def _negator_before(w: str) -> bool:
    """Is the normalised word a noun negator («عدم»، «دون»، «بدون», with clitics) — not «بعدما»?"""
    return matches_form(w, _NEGATORS) and w.lstrip("و") != NOT_A_NEGATION
#: verbs of falling: before a shell's noun they support its sense («سقط صاروخ»)
_FELL = frozenset({"سقط", "سقطت"})
#: …, and the masdars of arriving («وصول أرتال»)
_FELL_OR_ARRIVING = _FELL | frozenset({"وصول", "دخول"})


#: verbs of coming whose subject, after them, may be a delegation («وصل … وفد»، «يعود الوفد»), and how far back
#: (not «قدم»: without its vowels it is also «قدّم», presented — «وقدّم وفد المعارضة ورقة»)
_COMING = word_set("triggers", "_COMING")
#: words before a delegation that make it the company of the subject, not the subject («على رأس وفد»، «ضمن وفد»)
_HEADING_OR_WITH = word_set("triggers", "_HEADING_OR_WITH")
_COMING_REACH = 9  # (tokens: a place and a time between commas)


def _with_proclitics_in(w: str, vocab: frozenset[str]) -> bool:
    """Is the normalised word in ``vocab``, as it is or after one «و»، «بـ» or «لـ» (or «و» and one of the other two)?
    (Not ``.lstrip``: it would strip a root's own first «و» too, «وصول» → «صول».)"""
    if w in vocab:
        return True
    if w[:1] not in ("و", "ب", "ل"):
        return False
    return w[1:] in vocab or (w[:1] == "و" and w[1:2] in ("ب", "ل") and w[2:] in vocab)


def _fell_or_arriving(w: str) -> bool:
    """Is the normalised word one of :data:`_FELL_OR_ARRIVING`, with or without «و» or «بـ» before it?"""
    return _with_proclitics_in(w, _FELL_OR_ARRIVING)


#: words before «جولة» that make it any round, or a round of fighting lit or renewed («كل جولة»، «إشعال الجولة»)
_ROUND_KINDLED = frozenset(norm(w) for w in ("كل", "إشعال", "اشعال", "بإشعال", "تجدد", "اندلاع", "تفجير", "تفجّر"))
#: prepositions of place: «حشد» after them is a crowd («أمام حشد من أبناء العشائر»)
_BEFORE_A_CROWD = word_set("triggers", "_BEFORE_A_CROWD")
#: nouns whose genitive «العمليات المشتركة» names a command («قيادة العمليات المشتركة»)
_COMMANDS = word_set("triggers", "_COMMANDS")
#: nouns whose genitive «العدوان» names the enemy («مرتزقة العدوان»، «طيران العدوان»)
_OF_THE_AGGRESSION = word_set("triggers", "_OF_THE_AGGRESSION")
#: why shots are fired when no one is shot at («أطلقوا النار ابتهاجاً»; tanween forms normalise alike)
_CELEBRATING = word_set("triggers", "_CELEBRATING")
#: what trucks carry when they are no aid
_MILITARY_LOADS = word_set("triggers", "_MILITARY_LOADS")
#: who or what an inquiry tracks down («التوصل إلى الجناة»، «التوصل إلى هوية المنفذين»): no agreement reached
_TRACED = word_set("triggers", "_TRACED")
#: «محمّلة» (loaded with), an aid trigger of its own when no convoy, truck or ship was told just before it
_LOADED = norm("محملة")
#: «نشر» (deployed) and who publishes instead («نشرت وكالة …»، «نشرت صفحات …»)
_DEPLOYED = norm("نشر")
_PUBLISHERS = word_set("triggers", "_PUBLISHERS")
#: «نقل» (carried): aid only when the wounded are carried by an owned vehicle or a relief body's team
_CARRIED = norm("نقل")
#: the siege noun named as a span of time: «طوال الحصار»، «خلال أسابيع الحصار»، «بعد حصار طويل» — when things happened,
#: not a siege told; the words of a span before it («طوال»، «خلال»، «أسابيع» …)
_SIEGE = norm("حصار")
_SPAN_OF = word_set("triggers", "_SPAN_OF")
#: forces that others meet up with, after «بـ» or «مع» («والتقت بقوات البيشمركة عند مدخلها»، «التقت مع طلائع الجيش»): a
#: link-up at the front, no meeting
_MET = norm("التقى")
_FORCES_MET = word_set("triggers", "_FORCES_MET")
#: a visit cut short («الذي قطع زيارة إلى روما وعاد إلى مقره»): the setting of the return told, no visit of its own (not
#: a visit that cut off something: «قطعت زيارة الأمير للأردن الطريق على …»)
_CUT_SHORT = word_set("triggers", "_CUT_SHORT")
#: the verb of dropping («ألقى»): aid when supplies are dropped («وألقت مروحيات … أطناناً من الطحين والأدوية فوق البلدة»),
#: not when arms are («وألقت مروحيات … براميل متفجرة على مستودع للطحين»), nor in the verb's other phrases («ألقت القبض
#: على سارقي المساعدات»، «ألقى كلمة»، «ألقى اللوم»، «ألقوا سلاحهم»)
_DROPPED = norm("ألقى")
_DROPPED_OTHER = word_set("triggers", "_DROPPED_OTHER")
#: the sniping noun («قنص»، «قناصة») and the verb of evacuating («أخلى»)
_SNIPING = norm("قنص")
_EVACUATED = norm("أخلى")
#: one's own body, after «أضرم النار في …»: self-immolation
_ONESELF = word_set("triggers", "_ONESELF")
#: acts that «لـ» before them makes the aim of another («لمنع …»، «لقطع الطريق»، «لفتح ممر»)
_AIMED = word_set("triggers", "_AIMED")
#: what is breached after «أخلّ بـ» («أخلت إيران بهذا الاتفاق»، «أخلّوا بالتزاماتهم»): no place evacuated
_BREACHED = ("بهذا", "بهذه", "بالاتفاق", "باتفاق", "بالتزام", "بتعهد", "بالتفاهم", "بالهدنه", "بشروط", "بالشروط",
             "ببنود", "بالبنود", "بواجب", "بالامن", "بامن")
#: news of an act («أنباء عن …»، «معلومات عن …»), and the masdars an act is told by only there («أنباء عن سحب الجيش
#: التركي جنوده»، «أنباء عن نهب قافلة تجارية»: elsewhere they are mostly demands or a deal's terms)
_NEWS_OF = word_set("triggers", "_NEWS_OF")
_ONLY_AS_NEWS = frozenset({norm("سحب"), norm("نهب")})


def told_as_news(words: list[Word], i: int) -> bool:
    """Is the noun at ``i`` what news are of: right after «عن» after «أنباء/معلومات/أخبار/تقارير»?"""
    return i >= 2 and words[i - 1].norm == "عن" and proclitic_in(words[i - 2].norm, _NEWS_OF, "و")


#: «جولة» (a tour, a round) and what a round of talks is of («جولة جديدة من المفاوضات»)
_ROUND = norm("جولة")
_TALKS_OF_A_ROUND = word_set("triggers", "_TALKS_OF_A_ROUND")
#: what may stand between «جولة» and «من» («جولة جديدة من …»، «جولة ثانية من …»)
_ROUND_ORDINALS = word_set("triggers", "_ROUND_ORDINALS")


#: superlatives of violence before «جولة» («أعنف جولة»، «أشد جولة»): a round of fighting
_VIOLENT_SUPERLATIVES = word_set("triggers", "_VIOLENT_SUPERLATIVES")


def _round_of_other(words: list[Word], i: int) -> bool:
    """Is the «جولة» at ``i`` a round of something other than talks («جولة جديدة من المواجهات»، «لجولة جديدة من
    القمع»): «من» right after it (or after «جديدة/أخرى/ثانية») and no talks after that, or a superlative of violence
    before it («في أعنف جولة تشهدها المدينة»)?"""
    if i > 0 and words[i - 1].norm.removeprefix("و") in _VIOLENT_SUPERLATIVES:
        return True
    k = i + 1
    if k < len(words) and words[k].norm in _ROUND_ORDINALS:
        k += 1
    return (k + 1 < len(words) and words[k].norm == "من"
            and not proclitic_in(words[k + 1].norm, _TALKS_OF_A_ROUND, "و"))


#: who carries the wounded when their carrying is aid: a vehicle or a convoy owned by a body («سفينة تابعة لحرس
#: السواحل»، «قافلة تابعة للأمم المتحدة»), or a relief body's team («فريق من اللجنة الدولية للصليب الأحمر»)
_CARRIERS = word_set("triggers", "_CARRIERS")
_OWNED_BY = word_set("triggers", "_OWNED_BY")
_RELIEF_BODIES = word_set("triggers", "_RELIEF_BODIES")
#: the evacuation noun («إخلاء»), and what makes one a medical evacuation: «طبي» after it, the wounded or sick
#: evacuated, the craft that carries it before it («طائرات إخلاء طبي»، «رحلة الإخلاء»), an ambulance or relief body
_EVACUATION = norm("إخلاء")
_MEDICAL = word_set("triggers", "_MEDICAL")
_PATIENTS = word_set("triggers", "_PATIENTS")
#: hospitals the wounded are taken to («أُخلوا إلى مستشفيات كربلاء»)
_HOSPITALS = word_set("triggers", "_HOSPITALS")
_EVACUATION_CRAFT = word_set("triggers", "_EVACUATION_CRAFT")
_AMBULANCE = word_set("triggers", "_AMBULANCE")
#: verbs and nouns of deploying («نشرت قناصة»): snipers deployed are forces, no shots fired
_DEPLOYING = word_set("triggers", "_DEPLOYING")
#: «في مرمى/متناول» (within range of): snipers or guns named as a standing threat, no act
_IN_RANGE_OF = word_set("triggers", "_IN_RANGE_OF")
#: what one disclaims («أخلى مسؤوليته»، «أخلت طرفها»): no place evacuated
_DISCLAIMED = word_set("triggers", "_DISCLAIMED")
#: bodies named after the talks they hold («وفد التفاوض»، «لجنة المفاوضات»): a name, no talks told
_NEGOTIATING_BODIES = word_set("triggers", "_NEGOTIATING_BODIES")
_NEGOTIATION_NAMES = word_set("triggers", "_NEGOTIATION_NAMES")
#: a truce one side keeps alone («هدنة من طرف واحد»، «هدنة من طرفه»، «هدنة أحادية»): a concession, not an accord
_TRUCE = norm("هدنة")
_ONE_SIDED = word_set("triggers", "_ONE_SIDED")
#: «من طرف واحد»، «من طرفه/جانبها» (one side's, with its pronoun — not the dual «من طرفيها»: both sides)
_BY_ONE_SIDE = re.compile(r" من (?:طرف|جانب)(?: واحد |(?:ه|ها|هم|هما) )")
#: «عرض» of what is shown («عرضتها في صور»، «عرض مقطعاً مصوراً»), not an offer
_OFFERED = norm("عرض")
_SHOWN_IN = word_set("triggers", "_SHOWN_IN")


def _one_sided(words: list[Word], i: int) -> bool:
    """Is the truce at word ``i`` told as one side's, within five words after it: «من طرف واحد»، «من طرفه»، «من
    جانبها»، «أحادية»?  (A truce announced with no such words may be one both sides keep: «وأعلنت اللجنة هدنة».)"""
    after = [w.norm for w in words[i + 1 : i + 6] if w.norm not in QUOTE_MARKS]
    return any(w in _ONE_SIDED for w in after) or _BY_ONE_SIDE.search(" " + " ".join(after) + " ") is not None


def _shown(words: list[Word], i: int) -> bool:
    """Is «عرض» at word ``i`` a showing: a word of pictures, recordings or the press within three words after it
    («عرضتها في صور»، «عرض مقطعاً مصوراً»، «عرضها على الصحفيين»)?"""
    return any(w.norm.lstrip("وبل") in _SHOWN_IN for w in words[i + 1 : i + 4])


#: «حين/عندما» right before a verb: the moment of another act («… حين رفض الشيخ النزول من سيارته»)
_WHEN = frozenset({"حين", "عندما", "حينما", "وحين", "وعندما"})
#: «قمة» as a top, not a summit: «أعلى قمة في …»، «على قمة التلة»، «قمة جبل …»، «قمة جدول الأعمال»
_SUMMIT = norm("قمة")
_TOP_BEFORE = word_set("triggers", "_TOP_BEFORE")
_TOP_OF = word_set("triggers", "_TOP_OF")
#: the attacks whose halt is a ceasefire only when announced («أعلنت القيادة وقف الغارات»): asked for or a term
#: («طالبوا بوقف القصف على المدينة»), the attacks named are the event
_HALTED_ATTACKS = word_set("triggers", "_HALTED_ATTACKS")
#: «مقابل» (in exchange for): the act after it is what a deal gives in return, a term (also read by the extractor)
IN_EXCHANGE_FOR = frozenset({"مقابل", "ومقابل"})
_ANNOUNCING = word_set("triggers", "_ANNOUNCING")
#: lifting, breaking or ending (a siege): «فك الحصار»، «كسر الحصار»، «لم ينهِ الحصار» (cues.json «ending_masdars» is
#: read with matches_form, which leaves «لفك» whole; read here with :func:`_with_proclitics_in`)
_ENDING_A_SIEGE = frozenset({"فك", "كسر", "رفع", "انهاء", "ينه", "ينهي", "انهي", "يفك", "تفك", "يرفع", "ترفع", "يكسر"})
#: what is carried away that is no one («ترحيل القمامة»)
_REFUSE = frozenset({"القمامه", "النفايات", "الانقاض", "الركام", "الثلوج", "الاتربه"})
#: matters put off or handed on («ترحيل الخلاف/الملف إلى …»)
_MATTERS = word_set("triggers", "_MATTERS")
#: ties that are strengthened («تعزيز التنسيق/التعاون/العلاقات»)
_TIES = frozenset({"التنسيق", "التعاون", "العلاقات", "الشراكه", "الثقه", "الحوار", "الروابط"})
#: what a round of voting is called after «جولة» («جولة الإعادة»، «الجولة الانتخابية»)
_BALLOTS = frozenset({"الاعاده", "اعاده", "الانتخابات", "انتخابيه", "الانتخابيه", "التصويت", "الاقتراع"})
#: «دون/بدون/بلا» (without): «دون سابق إنذار» (the negators of a noun but «عدم», and «بلا»)
_WITHOUT = (_NEGATORS - {"عدم"}) | {"بلا"}
#: entering or reaching (masdars), and the verbs and nouns that keep something from it: «منعت … دخول شاحنات»
_ENTRY = word_set("triggers", "_ENTRY")
_BLOCKING = word_set("triggers", "_BLOCKING")
#: who throws stones at troops in a riot (residents, youths, protesters: «ورشق أهالٍ الآليات بالحجارة»), and the
#: counts that may come before them («عشرات الأهالي»)
_STONE_THROWERS = word_set("triggers", "_STONE_THROWERS")
_CROWD_COUNTS = word_set("triggers", "_CROWD_COUNTS")
_GAP = 20
#: «من أنه/أنها/أنهم …»: a warning whose content the warner (or its own) is the subject of
_THAT_WITH_PRONOUN = word_set("triggers", "_THAT_WITH_PRONOUN")
#: «أن/أنه/بأن» opening what is said
_THAT = word_set("triggers", "_THAT")
#: words that open the condition of a threat («إذا لم تفعل الحكومة …»، «في حال …»)
_CONDITIONS = word_set("triggers", "_CONDITIONS")
#: «لن» (will not): «لن تتهاون»، «لن تتردد في استخدام القوة»
_WONT = word_set("triggers", "_WONT")
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "؟", "؛"})
#: the marks that end a clause, as normalised («؛» is ";", «؟» is "?"): read by the rule modules
CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
#: the lexicon lemmas of «حذّر» (warned) as a threat: its verb and its participle (triggers.tsv)
WARNING_LEMMAS = frozenset({"حذر", "محذرا"})


def _time_word(w: Word) -> bool:
    """A time word («مساء»، «أمس»، «الخميس»); see :func:`marsad.events.clauses.time_word` (imported on first use:
    it imports this module)."""
    global _TIME_WORD
    if _TIME_WORD is None:
        from marsad.events.clauses import time_word

        _TIME_WORD = time_word
    return _TIME_WORD(w)


_TIME_WORD: Callable[[Word], bool] | None = None


@dataclass(slots=True)
class Word:
    """A token of the sentence: source offsets and matching form."""

    start: int
    end: int
    norm: str
    kind: str = "word"
    noun_ending: bool = False  # written with a final ة or tanween: a noun, never a verb form («وزارة» ≠ و+زار+ه)
    text: str = ""  # the word as written (the source text at start:end); "" when not given


@dataclass(slots=True)
class Trigger:
    """A trigger found in a sentence (offsets are document offsets)."""

    start: int
    end: int
    head: int  # index (in the sentence's word list) of the trigger's main word
    first: int
    last: int
    type: str
    mode: str | None
    pos: str
    lemma: str
    weight: float
    definite: bool = False
    plural: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def verbal(self) -> bool:
        """A verb, or a verb phrase with a gap («قطع العشرات … الطريق»، «وأطلقوا … سراحه»): it heads a clause."""
        return self.pos == "v" or (self.pos == "p" and "…" in self.lemma)




def _has(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    """The first ``i`` in ``[lo, hi)`` with ``matches_form(words[i].norm, vocab)``, else ``None``
    (from the sentence's cue flags, shared by its triggers)."""
    return flags_of(words).first(vocab, lo, hi)


def coming_verb_before(words: list[Word], i: int) -> int | None:
    """The verb of coming a delegation at ``i`` is the subject of (VSO: «ووصل إلى كادقلي، صباح اليوم، وفد …»), else
    ``None``."""
    return _has(words, max(0, i - _COMING_REACH), i, _COMING)


def carrier_owned(words: list[Word], t: Trigger) -> int | None:
    """The index of the word of belonging after a vehicle or a convoy near an aid trigger (or the trigger itself), its
    subject («ونقلت سفينة تابعة لحرس السواحل …»، «وأعلنت أن مروحية تابعة لها نقلت …»، «ودخلت قافلة تابعة للأمم
    المتحدة …»): its owner follows."""
    for k in range(max(0, t.first - 4), min(len(words), t.first + 4)):
        if proclitic_in(words[k].norm, _CARRIERS, "و"):
            j = next((j for j in range(k + 1, min(len(words), k + 4)) if words[j].norm in _OWNED_BY), None)
            if j is not None:
                return j
    return None


def _medical_evacuation(words: list[Word], i: int) -> bool:
    """Is the evacuation at word ``i`` a medical one by what follows it — «إخلاء طبي», the wounded or sick evacuated
    («إخلاء المصابين»، «صعوبة إخلاء جرحاهم»), people evacuated to a hospital («أُخلوا إلى مستشفيات كربلاء»)? Then it is
    no withdrawal (and, with no one of :func:`_by_relief`, no aid either)."""
    if i + 1 < len(words) and words[i + 1].norm in _MEDICAL:
        return True
    if any(words[k].norm in _PATIENTS for k in range(i + 1, min(len(words), i + 4))):
        return True
    return i + 2 < len(words) and words[i + 1].norm == "الي" and words[i + 2].norm in _HOSPITALS


def _by_relief(words: list[Word], i: int) -> bool:
    """Is the evacuation at word ``i`` made by a craft named right before it («طائرات إخلاء طبي») or an ambulance or
    a relief body named in the ten words before it («سيارات الإسعاف»، «الهلال الأحمر»)?"""
    if i > 0 and proclitic_in(words[i - 1].norm, _EVACUATION_CRAFT, "و"):
        return True
    return any(words[k].norm in _RELIEF_BODIES or proclitic_in(words[k].norm, _AMBULANCE, "و")
               for k in range(max(0, i - 10), i))


def _carried_as_aid(words: list[Word], t: Trigger) -> bool:
    """Are the wounded carried by a vehicle a body owns (:func:`carrier_owned`), or by a relief body's team after the
    verb («ينقل فريق من اللجنة الدولية للصليب الأحمر … الجرحى»)?"""
    return carrier_owned(words, t) is not None or any(w.norm in _RELIEF_BODIES for w in words[t.first + 1 : t.first + 7])


def _phrase_has(words: list[Word], vocab: frozenset[str]) -> bool:
    """Any cue (single word or multi-word) in the sentence."""
    flags = flags_of(words)
    if flags.first(vocab, 0, len(words)) is not None:
        return True  # a single-word cue among the stems of a word
    return flags.phrase_in(vocab, 0, len(words))


#: nouns of measure that read as a clitic and a trigger («فدان»: ف + «دان»)
_MEASURES = frozenset({"فدان", "فدانا", "فدادين"})


def find_triggers(words: list[Word], cand: list[int] | None = None) -> list[Trigger]:
    """All sense-checked triggers of one sentence, longest phrases first, without overlaps.

    ``cand``: the indices of the words where ``w.kind == "word" and may_trigger(w.norm)``, when the caller
    has them (computed otherwise)."""
    found: list[Trigger] = []
    taken: set[int] = set()
    # the words that are a trigger form or begin a trigger phrase: any other word has no
    # phrase_starts and no lookup hits, so both loops skip it
    if cand is None:
        cand = [i for i, w in enumerate(words) if w.kind == "word" and may_trigger(w.norm)]
    if not cand:
        return found
    # phrases first (they are more specific than their words)
    for i in cand:
        w = words[i]
        for entry, seq in phrase_starts(w.norm):
            if _definite_for_verbs(w.norm, seq[0]):
                continue
            end = _match_phrase(words, i, seq)
            if end is None:
                continue
            idx = [i, *end]
            if any(j in taken for j in idx):
                continue
            if i > 0 and _negator_before(words[i - 1].norm):
                continue
            if in_slogan(words, i):
                continue  # «لافتات كُتب عليها «أطلقوا سراح الشهود»»: the words of a banner (as for single words)
            # (a phrase with no gap stays one piece with a short adjunct inside: «القبض، فجر اليوم، على»)
            contiguous = idx == list(range(idx[0], idx[-1] + 1)) or "…" not in entry.forms[0]
            if entry.type == "ACCUSE" and contiguous and "…" in entry.forms[0]:
                continue  # «حمّلت قسد المسؤولية» accuses; «لتحمّل المسؤولية» (nothing between) is taking it on
            head = idx[0] if contiguous else idx[-1]
            s = words[idx[0]].start if contiguous else words[head].start
            t = Trigger(
                start=s, end=words[idx[-1]].end, head=head, first=idx[0], last=idx[-1],
                type=entry.type, mode=entry.mode, pos="p", lemma=entry.forms[0], weight=entry.weight,
                definite=contiguous and _definite_construct(words, idx),
                reasons=[f"phrase «{entry.forms[0]}» (lexicon line {entry.line})"],
            )
            if entry.needs and _has(words, t.last + 1, min(len(words), t.last + 1 + max(_WINDOW, entry.reach)),
                                    entry.needs) is None:
                continue  # a phrase's context words follow it, as a noun's do («دفعت … بنحو مئتي مقاتل»)
            if t.type == "COERCE" and words[t.first].norm.endswith(("قبضته", "قبضتها", "قبضتهم", "قبضتهما")):
                continue  # «ظل خارج قبضته فعلياً»: a grip (قبضة), not «قبض على» («فعلياً» read as ف + على + ا)
            if t.type == "RETREAT" and (words[t.first].norm.removeprefix("و") == "تسمح" or words[t.last].norm in (
                    "بالعوده", "بعوده")) and (t.first == 0 or words[t.first - 1].norm not in ("لم", "ولم")):
                continue  # «ممرات آمنة تسمح بخروج المدنيين»: what something would allow; «ولم تسمح … بالوصول» a refusal
                # (a return allowed is told as a refusal only: «ولم تسمح القوات … بالعودة إلى منازلها»; «لا يُسمح لسكانها
                # بالعودة إليها» is a standing state)
            if t.lemma.startswith("سوي/") and t.first > 0 and words[t.first - 1].norm in ("ممن", "الذين", "من", "اللذين"):
                continue  # «اعتقال أربعة شبان ممن سوّوا أوضاعهم»: who the people are, not a settlement told
            if t.type == "CONSULT" and "…" in t.lemma and t.last + 1 < len(words) and words[t.last + 1].norm in (
                    "هاتفيه", "الهاتفيه"):
                continue  # «أجرى الرئيس اتصالات هاتفية …»: the phone calls' own phrase names them (mode «phone»)
            if t.lemma.startswith("حكم علي") and _has(words, t.last + 1, t.last + 9, cues()["penalties"]) is None:
                continue  # «من السابق لأوانه الحكم على نتائج المفاوضات»: judging, not a court sentence
            if t.mode == "obstruct" and words[t.last].norm.endswith("الطريق") and t.last + 1 < len(words) and (
                    words[t.last + 1].norm in ("علي", "امام")):
                continue  # «لقطع الطريق على خطط …»، «قطع الطريق أمام أي تسوية»: to thwart, no road blocked
            if t.mode == "access" and words[t.last].norm.endswith("الطريق") and t.last + 2 < len(words) and (
                    words[t.last + 1].norm == "امام" and words[t.last + 2].norm not in _TRAFFIC):
                continue  # «يفتح الطريق أمام احتمال …»: to pave the way; «فتح الطريق أمام حركة المدنيين» opens a road
            if t.lemma.startswith("فتح") and t.mode == "firearms" and t.last - t.first > 5:
                continue  # «فتح عناصر أحد الحواجز النار»: only the subject between («فتحت الحكومة تحقيقاً في أسباب
                # اندلاع النيران» opens an inquiry)
            if t.mode == "firearms" and any(w.norm in _CELEBRATING for w in words[t.last + 1 : t.last + 4]):
                continue  # «وأطلق جنوده النار ابتهاجاً»: celebratory fire, no attack
            if t.mode == "firearms" and not contiguous and any("اطلاق" in w.norm for w in words[t.first + 1 : t.last]):
                continue  # «أطلقت المنظمة نداءً لوقف إطلاق النار»: the fire is another phrase's («إطلاق النار»)
            if t.type == "AID" and t.last + 1 < len(words) and words[t.last + 1].norm in ("العوده", "عوده"):
                continue  # «تسيّر الوزارة أولى قوافل العودة»: convoys taking the displaced home, no aid
            if t.type == "AID" and not contiguous and any(
                    proclitic_in(w.norm, _MILITARY_LOADS, "وب") for w in words[max(0, t.first - 6) : t.last + 8]):
                continue  # «التعزيزات شملت إدخال أكثر من 50 شاحنة تحمل معدات وأسلحة»: a military convoy, no aid
            if t.type == "ASSAULT" and not contiguous and t.lemma.startswith("رد/") and any(
                    e.type == "ASSAULT" and e.pos != "v" for j in range(t.first + 1, t.last)
                    if words[j].kind == "word" and words[j].norm.startswith("ب") for e, _ in lookup(words[j].norm)):
                continue  # «وردّت وحدات الجيش بقصف مدفعي على مصادر إطلاق القذائف»: the reply is the shelling named
                # with «بـ» (not «وحدات المدفعية»: the units that reply)
            if t.type == "AGREE" and t.last + 1 < len(words) and proclitic_in(words[t.last + 1].norm, _TRACED, "و"):
                continue  # «ولم تعلن الأجهزة الأمنية توصّلها إلى الجناة»: tracking down, no agreement
            if t.type == "COOPERATE" and t.first > 0 and proclitic_in(words[t.first - 1].norm, _COMMANDS, "و"):
                continue  # «قيادة العمليات المشتركة»: a command's name, no joint operation
            if t.mode == "obstruct" and proclitic_in(words[t.first].norm, _UNITS, "و"):
                continue  # «قطعات من الجيش انتشرت … على الطريق»: army units (قطعات), not a road cut
            if t.mode == "obstruct" and _travelled(words, t):
                continue  # «يقطعون الطريق ليلاً عبر الوديان»، «قطعت العاصفة الثلجية الطرق»: a way travelled or a storm
            if t.mode == "ceasefire" and " ".join(w.norm for w in words[t.first + 1 : t.last + 1]) in _HALTED_ATTACKS and not (
                    any(proclitic_in(w.norm, _ANNOUNCING, "و") for w in words[max(0, t.first - 6) : t.first])
                    or (t.first > 0 and words[t.first - 1].norm in IN_EXCHANGE_FOR)):
                continue  # «وطالب المحتجون بوقف القصف على المدينة»: the shelling goes on; only an announced halt is a truce
                # (or one given in return, a term of a deal, no event: «مقابل وقف القصف على الحي»)
            if t.mode == "obstruct" and t.last == t.first + 1 and words[t.first].norm.endswith(("ها", "ه")) and (
                    words[t.last].norm.removeprefix("ال") in ("طريق", "طرق")):
                continue  # «ويقطعها الطريق الدولي»: the road crosses the town (its subject), no road blocked
            if t.mode == "obstruct" and words[t.last].text.rstrip("«»\"").endswith("ة"):
                continue  # «وقطع رأسه … على الطريقة الداعشية»: a way (طريقة), no road
            if t.type == "COOPERATE" and t.lemma.startswith("دوري") and not (
                    words[t.first].norm.removeprefix("و") in _PATROLS and _two_states(words, t)):
                continue  # («الدورية المشتركة» of one state's army and police, or of no state named: no cooperation told)
            _as_joint_patrol(words, t)
            if t.type == "COERCE" and t.last + 1 < len(words) and words[t.last + 1].norm in _JOINT:
                # «ونفّذت القوتان عملية تفتيش مشتركة»، «وبدأوا مع وحدات الجيش عمليات تمشيط مشتركة»: two forces
                # working together (the arrests made in it are their own events)
                t.type, t.mode = "COOPERATE", None
                t.reasons.append("a joint sweep or search operation: cooperation")
            if t.mode == "obstruct" and _armed_cut(words, t):
                t.type, t.mode = "COERCE", "restrict"  # «قطع مقاتلو الفصيل طريق الإمداد»: a blockade, no protest
                t.reasons.append("a road cut by armed men or a supply line cut: a blockade (COERCE), not a protest")
            if t.mode == "firearms" and any(matches_form(w.norm, cues()["cease"]) and not w.norm.endswith("ه")
                                            for w in words[max(0, t.first - 3) : t.first]):
                # (not «الوقفة» / «وقفة»: a vigil, which normalises to the stem of «وقف»)
                t.type, t.mode = "CONCEDE", "ceasefire"  # «وقف فوري لإطلاق النار»: a ceasefire, not a shooting
                t.reasons.append("«وقف … إطلاق النار» with words between: a ceasefire")
            elif t.mode == "firearms" and any(w.norm in ("الهواء", "بالهواء") for w in words[t.last + 1 : t.last + 4]) and any(
                    w.norm.removeprefix("و") in _CEREMONIES for w in words):
                continue  # «وشُيّع سائق الأجرة … وسط إطلاق نار كثيف في الهواء»: a funeral's or a wedding's shots
            elif t.mode == "firearms" and any(w.norm in ("الهواء", "بالهواء") for w in words[t.last + 1 : t.last + 3]):
                t.type, t.mode = "COERCE", "restrict"  # «أطلقوا الرصاص في الهواء لتفريق المحتجين»: warning shots
                t.reasons.append("shots «في الهواء» (into the air): force to disperse or warn, not an attack")
            if _aimed(words, t.first, t):
                continue  # «فجّروا الأبنية لقطع الطرق»، «وساطة … لفتح ممر آمن»: the aim of another act
            if t.mode == "return" and t.pos == "p" and words[t.last].norm.startswith("ب"):
                continue  # «المسار الذي بدأ بعودتها إلى الجامعة العربية»: what a course began with, no return told
            if t.lemma.startswith("اضرم/") and any(
                    "اطارات" in w.norm for w in words[t.last + 1 : t.last + 4]):
                continue  # «وأضرموا النار في إطارات السيارات»: protesters burning tyres, part of the protest
            if t.mode == "beat" and t.lemma.startswith("رشق/") and _stones_thrown_by_crowd(words, t):
                t.type, t.mode = "PROTEST", "riot"  # «ورشق عشرات الأهالي عربات الدورية بالحجارة»: a riot, not an attack
                t.reasons.append("stones thrown by residents, youths or protesters: a riot")
            if t.lemma.startswith("اضرم/") and any(proclitic_in(w.norm, _ONESELF, "ب") for w in words[t.last + 1 : t.last + 3]):
                t.type, t.mode = "PROTEST", "demo"  # «أضرم النار في جسده أمام مقر الولاية»: self-immolation, a protest
                t.reasons.append("a fire set to one's own body («في جسده»، «بنفسه»): self-immolation, a protest")
            if t.lemma.startswith("اضرم/") and _stones_thrown_by_crowd(words, t):
                t.type, t.mode = "PROTEST", "riot"  # «وكان محتجون غاضبون قد أضرموا النار في مقر الحزب»: a riot
                t.reasons.append("a fire set by residents, youths or protesters: a riot")
            taken.update(idx)
            found.append(t)
    for i in cand:
        if i in taken:
            continue
        w = words[i]
        hits = lookup(w.norm)
        if hits and i > 0 and _before_masdar(words[i - 1].norm) and any(h[0].pos == "n" for h in hits):
            # «أقدم مسلحون على خطف الشاب»: after a preposition the word is the masdar, not the verb «خطف» (also
            # after «و» or «ف»: «وعن قصف أمس، قال …»)
            hits = [h for h in hits if h[0].pos != "v"]
        if hits and w.noun_ending:
            hits = [h for h in hits if h[0].pos != "v"]
        conj = 1 if w.norm[:1] in ("و", "ف") else 0
        if hits and w.norm[conj:].startswith("ال"):
            # «آليتهم» (their vehicle) is not ال + «يتهم»: a verb takes no article (a verb that begins with ال, «التقى»،
            # «والتقى», is found with nothing but a conjunction stripped)
            hits = [h for h in hits if h[0].pos != "v" or h[1] <= conj]
        if hits and w.norm in _MEASURES:
            # «أكثر من مليوني فدان»: an acre (فدان), not «ف» + «دان» (condemned)
            hits = [h for h in hits if h[1] == 0]
        if hits and _ba_prefixed(w.norm):
            # «بيتهم» (their house) is not ب + «يتهم», «بحثوا» not ب + «حثوا»: the preposition بـ never precedes a verb
            hits = [h for h in hits if h[0].pos != "v" or h[0].forms[0].startswith("ب")]
        if hits and _definite_nisba(w.norm):
            hits = [h for h in hits if any(form.endswith("ي") for form in h[0].forms)]
        elif hits and w.norm.endswith("ي"):
            # «واجتماعي»، «هجومي»: an indefinite relational adjective (social, offensive); a first-person
            # possessive on an event noun («اجتماعي»: my meeting) is rare in news prose
            hits = [h for h in hits if h[0].pos != "n" or any(form.endswith("ي") for form in h[0].forms)]
        if not hits:
            continue
        forms = stem_forms(w.norm)
        sense: Trigger | None = None
        for entry, _stripped in hits:  # the first sense whose context words are there («خرج» in streets / a convoy)
            sense = Trigger(
                start=w.start, end=w.end, head=i, first=i, last=i, type=entry.type, mode=entry.mode,
                pos=entry.pos, lemma=entry.forms[0], weight=entry.weight,
                definite=any("ال" + f in forms for f in entry.forms),
                plural=w.norm.endswith(("ات", "ون", "ين")) and entry.pos == "n",
                reasons=[f"word «{entry.forms[0]}» (lexicon line {entry.line})"],
            )
            if not entry.needs:
                break
            # a noun's context words follow it — a shell's also a verb of falling right before it («سقط صاروخ»), a
            # convoy's a masdar of arriving («أنباء عن وصول أرتال»، «دخول رتل للكتائب»)
            lo = i - 1 if entry.pos == "n" and i > 0 and _fell_or_arriving(words[i - 1].norm) else (
                i + 1 if entry.pos == "n" else i - _WINDOW)
            if entry.type == "PROTEST" and entry.pos == "n" and _organised(words, i):
                sense.reasons.append("a verb of organising before it («نظّمت … وقفة») supports the sense")
                break
            if entry.type == "PROTEST" and entry.pos == "n" and _taken_part_in(words, i):
                sense.reasons.append("taking part in it («مشاركتهم في مسيرات …») supports the sense")
                break
            if entry.type == "CONSULT" and entry.pos == "n" and entry.mode != "visit" and _held(words, i):
                sense.reasons.append("a verb of holding before it («يعقد المجلس جلسة …») supports the sense")
                break
            if entry.type in ("PROTEST", "CONSULT") and entry.pos == "n" and called_for(words, i):
                sense.reasons.append("called for («دعت التنسيقية إلى مسيرة …»، «ودعا إلى جلسة استثنائية») supports the sense")
                break
            hi = i + max(_WINDOW, entry.reach) + 1  # (a noun's «@N» reaches N words: «إدراج ثلاثة قياديين … على قائمة العقوبات»)
            if entry.pos == "v":
                # a time, a date or a comma between the verb and its object does not count («خرجت مساء أمس الخميس
                # 22 آذار دفعة»، «أغلقت قوات النظام، صباح أمس الاثنين، حاجز …»): four other words, at most twelve
                hi, content, quoted = i + 1, 0, False
                while hi < len(words) and hi <= i + 10 + entry.reach and content < entry.reach:
                    x = words[hi]
                    if (close := parenthetical_end(words, hi)) is not None:
                        # «دعا المجلس، في بيان أصدره عقب اجتماع عقده أمس، الطرفين إلى …» (its closing comma may open
                        # the next: «وزّع الهلال الأحمر، اليوم، بالتعاون مع جمعية خيرية، أكثر من ستمئة سلة»)
                        hi = close
                        continue
                    if x.kind != "word" and x.norm == '"':
                        quoted = not quoted  # a quoted name counts as one word
                        content += 0 if quoted else 1
                    elif not (x.kind != "word" or _time_word(x) or quoted):
                        content += 1
                    hi += 1
            j = _has(words, lo, hi, entry.needs)
            if j is None and entry.pos == "n" and entry.mode == "visit":
                # «ووصل إلى كادقلي، صباح اليوم، وفد من لجنة …»، «أن يعود الوفد إلى البلدة»: the delegation is the
                # subject of a verb of coming before it (VSO)
                j = _has(words, max(0, i - _COMING_REACH), i, _COMING)
                if j is not None and any(f.first <= j <= f.last and f.type == entry.type for f in found):
                    j = None  # «توجه وفد روسي …»: the verb is the visit's own trigger; the delegation is its subject
                if j is not None and i > 0 and words[i - 1].norm in _HEADING_OR_WITH:
                    j = None  # «ووصل الوزير إلى دمشق على رأس وفد رفيع»: who comes heads (or joins) the delegation
            if j is None and "ب" in entry.needs:
                # «لوّح … بـ«تولّي حماية الأسواق»»: بـ set apart before a quotation (no one-letter stem is matched)
                j = next((k for k in range(max(lo, 0), min(hi, len(words))) if words[k].norm == "ب"), None)
            if j is not None and j != i:
                sense.reasons.append(f"context «{words[j].norm}» supports the sense")
                break
            sense = None
        if sense is not None and _not_the_sense(words, i, sense):
            sense = None
        if sense is not None and sense.pos == "n" and sense.lemma in _ONLY_AS_NEWS and not told_as_news(words, i):
            sense = None  # «طالبوا بسحب القوات»، «اتفاق يقضي بسحب الآليات»: a demand or a term, not an act told
        if sense is not None and sense.type == "CONSULT" and sense.lemma == _ROUND and _round_of_other(words, i):
            sense = None  # «استعداداً لجولة جديدة من المواجهات»، «لجولة جديدة من القمع»: a round of fighting, no talks
        if sense is not None and sense.type == "MOBILIZE" and sense.lemma == _DEPLOYED and i + 1 < len(words) and (
                proclitic_in(words[i + 1].norm, _PUBLISHERS, "و")):
            sense = None  # «ونشرت وكالة «تسنيم» أنّ 10 صواريخ ضربت القاعدة»: published, not deployed
        if sense is not None and sense.type == "AID" and sense.lemma == _LOADED and any(
                f.type == "AID" and i - 10 <= f.last < i and not any(w.norm in CLAUSE_ENDS for w in words[f.last : i])
                for f in found):
            sense = None  # «قافلة للهلال الأحمر مؤلفة من اثنتي عشرة شاحنة محمّلة بالطحين»: the convoy's load, told of it
        if sense is not None and sense.type == "AID" and sense.lemma == _LOADED and any(
                words[k].norm in _AID_CARRIERS and _stopped(words, k) for k in range(max(0, i - 10), i)):
            sense = None  # «وأوقف المسلحون … قافلة من عشر شاحنات محمّلة بالطحين»: the load of a convoy stopped on its way
        if sense is not None and sense.type == "AID" and sense.lemma == _CARRIED and not _carried_as_aid(words, sense):
            sense = None  # «ونُقل الجرحى إلى مستشفى البلدة»، «نقلوا الجرحى بسياراتهم»: the wounded taken away, no aid
        if sense is not None and sense.type == "COERCE" and norm(sense.lemma) in STORMING:
            if _stormed_by_crowd(words, i):
                sense.type, sense.mode = "PROTEST", "riot"  # «وحاولوا اقتحام المبنى» (protesters): a riot, not a raid
                sense.reasons.append("protesters storm: a riot")
            elif _stormed_by_gunmen(words, i):
                sense.type, sense.mode = "ASSAULT", None  # «اقتحام مسلحين مشفى …»: armed men storming, an attack
                sense.reasons.append("gunmen storm: an assault")
            elif _storms_an_area(words, i):
                sense.type, sense.mode = "ASSAULT", None  # «حاولت الفرقة اقتحام الحي»: a ground assault, not a house raid
                sense.reasons.append("storming a town, a quarter or positions: an assault")
            elif _stormed_fighting(words, i):
                sense.type, sense.mode = "ASSAULT", None  # «واقتحمت وحدات من الجيش … مدينة الحراك …، وخاضت اشتباكات»
                sense.reasons.append("storming in a fight («اشتباكات»، «معارك»، «تحت غطاء جوي»): a ground assault")
        if (sense is not None and sense.type == "RETREAT" and sense.mode == "withdraw"
                and (norm(sense.lemma) == _EVACUATION or sense.pos == "v")):
            if _by_relief(words, i):
                sense.type, sense.mode = "AID", "humanitarian"  # «ولم تتمكن سيارات الصليب الأحمر … من إخلاء عائلات»
                sense.reasons.append("a medical evacuation by an ambulance, an aircraft or a relief body: aid")
            elif _medical_evacuation(words, i):
                # «وجرح سبعة آخرون أُخلوا إلى مستشفيات كربلاء»، «ولم يتمكن رفاقه من إخلاء الجرحى»: the wounded taken away
                # by their comrades or their own side, no aid given and no withdrawal
                sense = None
        if sense is not None and sense.type == "MOBILIZE" and sense.pos == "v" and norm(sense.lemma) in _ENTERING and (
                _while_fighting(words, i)):
            sense.type, sense.mode = "ASSAULT", None  # «دخلت «قسد» أطراف هجين بعد اشتباكات مع …»: a ground assault
            sense.reasons.append("forces entering a place in a fight («بعد اشتباكات»، «تحت غطاء جوي»): a ground assault")
        if (sense is not None and sense.type == "AGREE" and norm(sense.lemma) == _TRUCE
                and not words[i].norm.lstrip("وب").startswith("ال") and _one_sided(words, i)):
            sense.type, sense.mode = "CONCEDE", "ceasefire"  # «وأعلنت قوات الدعم السريع «هدنة إنسانية» من طرف واحد»
            sense.reasons.append("a truce one side keeps alone («من طرف واحد»، «من طرفه»، «أحادية»): a concession")
        if sense is not None and sense.type == "AGREE" and norm(sense.lemma) == _OFFERED and _shown(words, i):
            sense = None  # «عثرت على مخازن أسلحة، عرضتها في صور نشرها المركز الإعلامي»: shown, no offer made
        if sense is not None:
            _as_joint_patrol(words, sense)
        if sense is not None and _sense_check(words, sense):
            taken.add(i)
            found.append(sense)
    found.sort(key=lambda t: t.start)
    return found


#: funerals and feasts, where shots into the air mourn or celebrate («وسط إطلاق نار كثيف في الهواء»)
_CEREMONIES = word_set("triggers", "_CEREMONIES")


#: patrols («دورية»، «دوريات») and what makes one joint («مشتركة»)
_PATROLS = word_set("triggers", "_PATROLS")
_JOINT = word_set("triggers", "_JOINT")


def _two_states_in(words: list[Word]) -> bool:
    """Do the words name two states by their nisba adjectives («القوات الروسية والتركية»، «الروسية التركية»)?"""
    from marsad.events.metonymy import demonym_of  # (metonymy imports this module)

    return len({s[0] for w in words if (s := demonym_of(w.norm.removeprefix("و")))}) >= 2


def _two_states(words: list[Word], t: Trigger) -> bool:
    """Do two states' nisba adjectives stand between a patrol noun and «المشتركة» («الدورية الروسية التركية
    المشتركة»)?"""
    return _two_states_in(words[t.first + 1 : t.last])


def _as_joint_patrol(words: list[Word], t: Trigger) -> None:
    """A deployment that is a joint patrol («دورية مشتركة»، «دورية عسكرية مشتركة») of the forces of two states named by
    their nisba adjectives before it («سيّرت القوات الروسية والتركية …»، «تسيّر الشرطة العسكرية الروسية والقوات
    التركية …») is cooperation between them: retyped in place.  A joint patrol of one state's army and police stays a
    deployment."""
    if t.type != "MOBILIZE":
        return
    k = next((k for k in range(t.first, min(len(words), t.last + 2)) if words[k].norm in _PATROLS), None)
    joint = None if k is None else next((j for j in range(k + 1, min(len(words), k + 4)) if words[j].norm in _JOINT), None)
    if k is None or joint is None:
        return
    if _two_states_in(words[max(0, t.first - 10) : k]):
        t.type, t.mode = "COOPERATE", None
        t.reasons.append("a joint patrol of two states: cooperation")
    elif joint + 1 < len(words) and words[joint + 1].norm == "مع":
        # «وسيّرت قوات التحالف الدولي … دورية مشتركة مع «قسد»»: a patrol held with another force named after it
        t.type, t.mode = "COOPERATE", None
        t.reasons.append("a joint patrol with another force («مشتركة مع X»): cooperation")


def _stones_thrown_by_crowd(words: list[Word], t: Trigger) -> bool:
    """Are the stone throwers of «رشق … بالحجارة» residents, youths or protesters? A singular verb's subject follows it
    («ورشق أهالٍ …»، «رشق خلالها الشبان …», after a count: «عشرات الأهالي»); a plural verb's is before it («أن محتجين
    رشقوا عناصرها»). Settlers stoning homes («ورشقوا منازل المواطنين») are not: the civilians there are the object."""
    verb = words[t.first].norm
    if verb.endswith("وا") or verb.endswith("ون"):
        # (not the object of a clause before: «أطلقوا النار على الأهالي ورشقوا منازلهم بالحجارة»)
        near = [w for k, w in enumerate(words[max(0, t.first - 2) : t.first], start=max(0, t.first - 2))
                if not (k > 0 and words[k - 1].norm in ("علي", "الي", "ضد", "من", "في", "بين"))]
    else:
        near = [w for w in words[t.first + 1 : t.first + 3] if w.norm not in _CROWD_COUNTS and w.norm != "من"]
        near = near[:2]
    return any(proclitic_in(w.norm, _STONE_THROWERS, "و") for w in near)


#: words that open a parenthetical between commas: prepositions («، في بيان أصدره …،»، «طالب ذوو أحد العناصر، في
#: تسجيل مصور …، وزارة الدفاع …»), «بالتعاون/بالتنسيق مع» and who comes along («، يرافقه عدد من أعضاء المكتب،»)
PARENTHESIS_OPENERS = frozenset({"في", "خلال", "عبر", "ضمن", "بالتعاون", "بالتنسيق", "يرافقه", "ترافقه", "يرافقها",
                                 "ترافقها", "يرافقهم", "برفقه"})
_PARENTHETICAL_REACH = 15  # words between the two commas, at most


def parenthetical_end(words: list[Word], k: int) -> int | None:
    """The closing comma of a parenthetical that the comma at ``k`` opens («، في بيان أصدره عقب اجتماع عقده أمس،», «، أمس
    بتونس العاصمة،»: a preposition or a time word after the comma),
    else ``None``: the next comma within :data:`_PARENTHETICAL_REACH` words, with no sentence punctuation between."""
    if not (words[k].norm in (",", "،") and k + 1 < len(words) and (
            words[k + 1].norm in PARENTHESIS_OPENERS or _time_word(words[k + 1]))):
        return None
    for j in range(k + 2, min(len(words), k + 2 + _PARENTHETICAL_REACH)):
        x = words[j].norm
        if x in (",", "،"):
            return j
        if x in CLAUSE_ENDS:
            return None
    return None


def _definite_for_verbs(word: str, alts: frozenset[str]) -> bool:
    """Is the normalised word a definite feminine noun («الحملة») read through the stems of a phrase that begins with a
    verb's forms («حمّل/يحمّل …»)?  A verb takes no article: «وحمّلت الحملة التحالف المسؤولية» is blamed by «حمّلت»,
    not by the campaign.  (A masdar listed among the forms keeps its article: «الحكم بسجنه».)"""
    for art in ("وال", "بال", "فال", "ال", "لل"):
        if word.startswith(art):
            bare = word[len(art):]
            return (bare.endswith("ه") and bare not in alts and any(a[:1] == "ي" for a in alts)
                    and not any(a.startswith("ال") for a in alts))
    return False


#: the prepositions a lexicon phrase may end in («القبض على»، «إغارة على»، «التوصل إلى»): a short adjunct may stand
#: before one (:func:`_adjunct_end`), and the actor after one is the phrase's object (``frames.assign_roles``)
PHRASE_FINAL_PREPOSITIONS = frozenset(norm(w) for w in ("على", "عن", "ضد", "في", "من", "إلى", "مع"))


def _adjunct_end(words: list[Word], j: int) -> int | None:
    """The index of the comma closing a parenthetical of one to five words that opens with the comma at ``j``
    («القبض، بعد ظهر اليوم، على»), when a word follows it; else ``None``."""
    if j >= len(words) or words[j].norm not in (",", "،"):
        return None
    for k in range(j + 2, min(j + 7, len(words) - 1)):
        w = words[k]
        if w.norm in (",", "،"):
            return k
        if w.kind not in ("word", "number"):
            return None
    return None


#: prepositions a phrase's gap never reaches past to its last word («في سبيل النجاة» is no object of «أخلوا»)
_BARE_PREPOSITIONS = frozenset({"في", "علي"})
#: nouns heading a trigger phrase in the construct state («أعمال الشغب»، «عملية الطعن»، «حملة الدهم»)
_CONSTRUCT_HEADS = frozenset({"اعمال", "عمليه", "عمليات", "حمله", "حملات"})


def _definite_construct(words: list[Word], idx: list[int]) -> bool:
    """Is a contiguous trigger phrase a definite noun phrase: one of :data:`_CONSTRUCT_HEADS` with a definite genitive
    («وبدأت أعمال الشغب»: the riot told before)?"""
    first, last = words[idx[0]].norm.removeprefix("و"), words[idx[-1]].norm
    return len(idx) >= 2 and first in _CONSTRUCT_HEADS and last.startswith("ال")


def _defective_reading_only(w: str, alts: frozenset[str]) -> bool:
    """Is a word in «ت» one of ``alts`` only as a defective verb's past («دعت» → «دعا»): «وطالبت» read as «طالبا»?
    A phrase's gap reaches its object, a noun («أوقفت الشرطة … طالباً»), never a verb so read."""
    if not w.endswith("ت"):
        return False
    found = [(s, cls) for s, cls in stems(w) if s in alts]
    return all(cls == "v" and s[-1:] in ("ا", "ي") and w.endswith(s[:-1] + "ت") for s, cls in found)


def _match_phrase(words: list[Word], i: int, seq: tuple[frozenset[str], ...]) -> list[int] | None:
    """Indices of the phrase words after word ``i`` (``…`` allows a gap), or ``None``."""
    out: list[int] = []
    j = i + 1
    gap = 1
    for alts in seq[1:]:
        if "…" in alts:
            gap = _GAP
            continue
        k = j
        if (gap == 1 and alts <= PHRASE_FINAL_PREPOSITIONS and (close := _adjunct_end(words, j)) is not None
                and matches_form(words[close + 1].norm, alts)):
            # «ألقت قوات الأمن القبض، فجر اليوم، على …»: a short adjunct set off by commas inside a fixed phrase
            k = close + 1
        seen = 0  # the gap counts words: quote marks and commas of a parenthetical are free
        while k < len(words) and seen < gap:
            if matches_form(words[k].norm, alts) and not (gap > 1 and _defective_reading_only(words[k].norm, alts)):
                if gap > 1 and k > j and words[k - 1].norm in _BARE_PREPOSITIONS:
                    # (a noun a gap reaches is the phrase's object, not a preposition's: «في سبيل النجاة»، «فتحت
                    # الشرطة تحقيقاً في الحادث على الطريق»)
                    return None
                break
            if gap > 1 and matches_form(words[k].norm, seq[0]) and not _definite_for_verbs(words[k].norm, seq[0]):
                # «حملة الإبادة …، محمّلاً موسكو المسؤولية»: the phrase's first word again inside the gap heads it there
                return None
            if words[k].kind in ("word", "number"):
                seen += 1
            k += 1
        else:
            return None
        if k >= len(words):
            return None
        out.append(k)
        j = k + 1
        gap = 1
    return out


#: people an attack may be on, right after its noun («اختطاف ناشط إعلامي»، «اغتيال مسؤول سياسي»)
_PEOPLE_AFTER = frozenset(norm(w) for w in (
    "ناشط", "ناشطا", "ناشطه", "ناشطين", "صحفي", "صحفيا", "صحفيه", "صحافي", "صحافيا", "مراسل", "مصور", "مسؤول", "مسؤولا",
    "قيادي", "قياديا", "موظف", "عضو", "ناطق", "مدير", "رجل", "شاب", "معارض", "معارضا", "ضابط", "محامي", "محام", "مستشار"))


def _person_noun(w: str) -> bool:
    """Is the (normalised) word a person noun an attack noun may take as its patient (:data:`_PEOPLE_AFTER`)?"""
    return proclitic_in(w, _PEOPLE_AFTER, "و")


def _definite_nisba(w: str) -> bool:
    """A definite word ending in ي is a relational adjective («الاجتماعي»: social), not a noun with the
    first-person pronoun (the article and a possessive never go together)."""
    core = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    if core[:1] in ("ب", "ل", "ك") and core[1:3] == "ال":
        core = core[1:]
    return (core.startswith("ال") or core.startswith("لل")) and core.endswith("ي") and len(core) > 5




#: words that head a group named after a crime («عصابات الخطف»، «خلايا الاغتيال»): the noun after them is no event
_GROUP_OF = frozenset({"عصابات", "عصابه", "لعصابات", "وعصابات", "خلايا", "شبكات", "شبكه", "تجار", "مافيات"})
#: what is published («حصيلة نشرها المركز»، «بيان نشره»): «نشر» is not deploying troops there
_PUBLISHED = word_set("triggers", "_PUBLISHED")
_THEIR_DEMANDS = frozenset({"مطالبها", "مطالبهم", "مطالبنا", "مطالبهما", "مطالبكم"})  # (not «مطالبه»: «مطالبة»)
#: «طالبين جامعيين»، «طالبان»: students (and the Taliban), not «طالب» (demand)
_STUDENTS = frozenset({"طالبين", "طالبان", "طالبه", "طالبتين", "والطالبين", "الطالبين"})
#: words after «طالب» that make it a student («طالب وطالبة»، «طالب جامعي»)
_STUDENT_AFTER = word_set("triggers", "_STUDENT_AFTER")


#: «وفي سياق/تفاصيل/ملابسات X، …»: nouns by which a paragraph goes back to an event told before to add to it
FOLLOW_UP_FRAMES = word_set("triggers", "FOLLOW_UP_FRAMES")
#: prepositions a finite verb never follows: the word after them is a masdar («على خطف»، «عن قتل»); nor does a
#: follow-up frame («وفي سياق قصف منزل …»، «وفي تفاصيل هجوم البوابة»)
_BEFORE_MASDAR = frozenset({"علي", "عن", "الي", "في", "بعد", "قبل", "اثر", "جراء", "خلال", "لدي"}) | FOLLOW_UP_FRAMES


#: «عمليات خطف»، «عملية قصف»، «حالة خطف»: a masculine past verb cannot follow these (its subject would be feminine):
#: the word is the masdar in their construct
_OPERATIONS = frozenset({"عمليه", "عمليات", "العمليه", "العمليات", "حاله", "حالات", "الحاله", "الحالات"})


#: «أي» (any) and its clitic forms: a noun follows («لا علاقة لهم بأي خطف»)
_ANY = word_set("factuality", "ANY_WORDS")


def _before_masdar(w: str) -> bool:
    """Is the (normalised) word one after which a trigger word is a masdar, not a verb: a preposition or a follow-up
    frame (also after «و/ف»), «عملية/عمليات» (also after «و/ب/ل»), or «أي» with its clitics?"""
    return (w in _BEFORE_MASDAR or w in _OPERATIONS or w in _ANY
            or (w[:1] in ("و", "ف") and w[1:] in _BEFORE_MASDAR)
            or (w[:1] in ("و", "ب", "ل") and w[1:] in _OPERATIONS))


_TO_IT = frozenset({"اليه", "اليها", "اليهما", "لها", "له"})
_PROTEST_NOUNS = word_set("triggers", "_PROTEST_NOUNS")
#: what someone calls («دعا إليها»): a protest, or a meeting or session («اجتماعاً دعا إليه عميد البلدية»)
_CALLED_GATHERINGS = _PROTEST_NOUNS | word_set("extract", "_MEETINGS")
_CIVILIANS = word_set("triggers", "_CIVILIANS")


def _after_ba(words: list[Word], i: int) -> int | None:
    """The word governed by the first «بـ» after word ``i`` and its subject, up to eight words on with no comma or stop
    between, past a quotation mark («تعهّدت بـ«ملاحقة …»»، «وتعهّد الجيش بسحق …»: «ملاحقة»، «بسحق»), or ``None``."""
    for k in range(i + 1, min(len(words), i + 9)):
        w = words[k]
        if w.kind != "word":
            if w.norm in (",", "،", ".", ":", "؛", ";"):
                return None
            continue
        if w.norm == "ب":  # (the tatweel of «بـ» is normalised away)
            k += 1
            while k < len(words) and words[k].kind != "word":
                k += 1
            return k if k < len(words) else None
        if w.norm.startswith("ب") and len(w.norm) > 3:
            return k
    return None


#: the public addressed by an advisory («داعيةً المواطنين/الأهالي إلى …»); narrower than ``_CIVILIANS``: a call to
#: «سكان الجزر» or «المدنيين» (to co-operate, to leave) is a request all the same
_THE_PUBLIC = frozenset({"مواطنين", "مواطنون", "اهالي"})


def _answered_request(words: list[Word], i: int, c: dict[str, frozenset[str]]) -> bool:
    """Is the request noun at ``i`` named as what another act answers («بناءً على طلب ذويهم»، «استجابةً لمناشدة
    الأهالي»، «تلبيةً لدعوة …»، «بطلب من البلدية»): the ground of that act, not a request the report tells?"""
    k = i - 1
    if k >= 0 and words[k].norm in ("علي", "عند"):
        k -= 1
    if k >= 0 and words[k].kind == "word" and words[k].norm.removeprefix("و") in c["answering"]:
        return True
    return words[i].norm in ("بطلب", "وبطلب") and i + 1 < len(words) and words[i + 1].norm == "من"


def _a_danger(words: list[Word], i: int, nxt: list[Word], c: dict[str, frozenset[str]]) -> bool:
    """Is the threat noun at ``i`` a danger, not a threat made: what something is, or is held to be («الجماعات المسلحة
    تشكل تهديداً مباشراً»، «والتي عدّتها الفصائل تهديداً لها»، «يرى فيه الجيش تهديداً»), a kind of danger
    («التهديدات الإرهابية»), or endangering a state of affairs («تهديد سلامة أراضي البلاد»)?"""
    if nxt and (matches_form(nxt[0].norm, c["danger_qualifiers"]) or matches_form(nxt[0].norm, c["endangered_things"])):
        return True
    return any(w.kind == "word" and matches_form(w.norm, c["danger_predicates"]) for w in words[max(0, i - 3) : i])


#: verbs and nouns of receiving, sending or repeating threats («تلقّى تهديدات»، «رسائل تهديد»، «وجّه تهديداً»)
_THREAT_CONVEYED = word_set("triggers", "_THREAT_CONVEYED")
#: words that begin with «ب» and are no «بـ» of what is threatened («بلدة»، «بعد»، «بحسب»)
_NOT_A_BA_COMPLEMENT = word_set("triggers", "_NOT_A_BA_COMPLEMENT")


def _threat_made(words: list[Word], i: int) -> bool:
    """Does the threat noun at ``i`` tell a threat someone made: what is threatened after «بـ», eight words on at most
    and no comma between («تهديده بـ«اقتحام البلدتين»»، «تهديد وزير الدفاع بشنّ عملية»), or a threat received, sent
    or repeated, three words before at most («تلقى تهديدات عبر الهاتف»، «رسائل تهديد»، «وجّه تهديداً صريحاً»)?  Else
    it names a danger («التعامل مع تهديد المسيّرات»، «ضد تهديد داعش»، «التحديات والتهديدات»)."""
    for w in words[i + 1 : i + 9]:
        if w.norm in (",", "،", ".", ":", "؛", ";"):
            break
        if w.kind == "word" and w.norm[:1] == "ب" and (len(w.norm) >= 3 or w.norm == "ب") and (
                w.norm not in _NOT_A_BA_COMPLEMENT):
            return True
    return any(w.kind == "word" and proclitic_in(w.norm, _THREAT_CONVEYED, "وفل") for w in words[max(0, i - 3) : i])


#: people who gather at home, school or prayer, not to meet («تجتمع فيه أسرة»)
_HOUSEHOLD = word_set("triggers", "_HOUSEHOLD")
#: goals an aiming verb may take as its object («تستهدف توسيع …»، «يستهدف تعزيز …»): an aim, no attack
_AIMED_AT = word_set("triggers", "_AIMED_AT")
#: lines named after a truce or an accord («خط الهدنة»، «خطوط الفصل»)
_LINES = frozenset({"خط", "خطوط"})
#: activities that «أوقف» halts («أوقف غاراته»، «أوقفت ضخ النفط»)
_HALTED = word_set("triggers", "_HALTED")
_OWN_SUFFIXES = ("هما", "هم", "ها", "ه")


def _halted(words: list[Word], i: int) -> bool:
    """Is an activity («غاراته»، «ضخ»، «العمليات») what «أوقف» at ``i`` takes, five words on at most with no
    punctuation between (its subject between)?"""
    for w in words[i + 1 : i + 6]:
        if w.kind != "word":
            return False
        x = _without_proclitics(w.norm)
        x = x[2:] if x.startswith("ال") else x
        if x in _HALTED or any(x.endswith(suf) and x[: -len(suf)] in _HALTED for suf in _OWN_SUFFIXES):
            return True
    return False


def _searched_for(words: list[Word], i: int) -> bool:
    """Is «بحث» followed by «عن» within five words, before any «مع» (searched for, not discussed)?"""
    for w in words[i + 1 : i + 6]:
        if w.norm in ("مع", "ومع"):
            return False
        if w.norm == "عن":
            return True
    return False


def _crowd_of_people(words: list[Word], i: int) -> bool:
    """«حشود من الأهالي»، «حشود غفيرة من المشيعين»: crowds of civilians (up to two words before «من»)."""
    for k in range(i + 1, min(len(words) - 1, i + 4)):
        if words[k].norm == "من":
            return words[k + 1].norm in _CIVILIANS
    return False


#: verbs of organising a protest («نظّمت عشرات النساء، ظهر اليوم، وقفة …»)
_ORGANISE = word_set("triggers", "_ORGANISE")


def _organised(words: list[Word], i: int) -> bool:
    """Is a verb of organising within seven tokens before the protest noun at ``i``, no punctuation but commas
    between?"""
    for k in range(i - 1, max(-1, i - 8), -1):
        w = words[k]
        if w.kind != "word" and w.norm not in (",", "،"):
            return False
        if proclitic_in(w.norm, _ORGANISE, "و"):
            return True
    return False


#: taking part («خلال مشاركتهم في مسيرات …»، «شارك المئات في وقفة …»)
_PARTAKING = word_set("triggers", "_PARTAKING")


def _taken_part_in(words: list[Word], i: int) -> bool:
    """Is the protest noun at ``i`` what people take part in: «في» right before it, a word of taking part before that
    («خلال مشاركتهم في مسيرات العودة»)?"""
    return i >= 2 and words[i - 1].norm == "في" and proclitic_in(words[i - 2].norm, _PARTAKING, "وب")


#: the relative pronouns before a verb that describes its antecedent («التي تعقد فيها …»، «التي تبدي دعمها …»)
_WHO_WHICH = frozenset({"الذي", "التي", "الذين"})
#: verbs of holding a meeting or a session («عقد المجلس جلسة»، «تعقد اللجنة اجتماعاً»)
#: (not «عقده/عقدها»: its object is the pronoun, another meeting: «في مؤتمر صحفي عقده …، بمقاطعة الجلسة»)
_HOLD = word_set("triggers", "_HOLD")
#: the verb of holding right after the meeting noun, the noun its pronoun object («في جلسة عقدها …»)
_HELD_IT = word_set("triggers", "_HELD_IT")


def _held(words: list[Word], i: int) -> bool:
    """Is a verb of holding within eight tokens before the meeting noun at ``i`` (its subject and a time between commas
    between), no punctuation but commas between («ومن المقرر أن يعقد مجلس المحافظة جلسة استثنائية …»), or the verb right
    after it with the noun as its pronoun object («… أقرّ، في جلسة عقدها مساء أمس، خطة أمنية»)?"""
    if i + 1 < len(words) and words[i + 1].norm in _HELD_IT:
        return True
    # (a subject of three words and a time between commas: «ومن المقرر أن يعقد مجلس الأمن الدولي، يوم الخميس المقبل،
    # جلسة مغلقة»)
    reach = 12 if sum(1 for w in words[max(0, i - 12) : i] if w.norm in (",", "،")) >= 2 else 8
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        w = words[k]
        if w.kind != "word" and w.norm not in (",", "،"):
            return False
        if proclitic_in(w.norm, _HOLD, "و"):
            # (not where sessions are held, a relative clause of habit: «طبرق التي تعقد فيها جلسات البرلمان»; nor a
            # court's hearing: «وعقدت المحكمة جلستها الأولى»)
            return not (k > 0 and words[k - 1].norm in _WHO_WHICH) and not any(
                x.norm in _COURTS for x in words[k + 1 : i + 3])
    return False


#: the words that make a session a court's hearing
_COURTS = word_set("triggers", "_COURTS")


#: verbs, participles and nouns of calling for something («دعت … إلى مسيرة»): the word set factuality reads for a
#: protest called for (``_CALLS``)
_CALLS = word_set("factuality", "_CALLS")


def called_for(words: list[Word], i: int) -> bool:
    """Is the protest noun at ``i`` what a call asks for: «إلى» right before it and a verb (participle, noun) of calling
    within fourteen tokens before that, no sentence punctuation between («ودعت تنسيقية العروش والدوائر والبلديات
    لولاية تيزي وزو إلى مسيرة كبرى …»)? (A march called for is a planned protest.)"""
    if i < 2 or words[i - 1].norm != "الي":
        return False
    for k in range(i - 2, max(-1, i - 16), -1):
        w = words[k].norm
        if w in CLAUSE_ENDS:
            return False
        if conj_in(w, _CALLS):
            return True
    return False


def _without_proclitics(w: str) -> str:
    """The word without a conjunction «و» and a preposition «بـ/لـ» before it («ولطيران» → «طيران»)."""
    w = w[1:] if w[:1] == "و" and len(w) > 3 else w
    return w[1:] if w[:1] in ("ب", "ل") and len(w) > 3 and not w.startswith("لل") else w


def _not_troops_entering(words: list[Word], i: int) -> bool:
    """Is the verb «دخل» at word ``i`` no troops entering a place? «تتدخل قوات …»، «وتدخّلت وحدات الأمن» (intervened:
    «تدخّل» is written like «تدخل», she enters); a delegation entering («دخل وفد عسكري روسي إلى الحي»: a visit); a war
    entering its day or a stage («يدخل يومه الرابع») or someone's reckoning («في حسابات»); coming and going («يدخل
    الجنود ويخرجون»); entering as a party («فدخلت التنظيمات … كأطراف»); a verb with an object pronoun («المستوطنات التي
    دخلها الجنود»: a description)."""
    w = _without_proclitics(words[i].norm)
    jussive = w == "تدخل" and i > 0 and words[i - 1].norm in ("لم", "ولم", "لن", "ولن") and "\u0651" not in words[i].text
    if (w.startswith(("تدخل", "تتدخل", "يتدخل")) and not jussive) or w.endswith(("ها", "هم", "ه")):
        return True  # (but after «لم/لن» «تدخل» is she enters: «ولم تدخل وحدات الجيش مركز المدينة»; «تدخّل» is «لم تتدخل»)
    after = [x.norm for x in words[i + 1 : i + 8] if x.kind == "word"]
    if after and (after[0].startswith(_ENTERED_SPANS) or (
            after[0] == "في" and len(after) > 1 and after[1].startswith(("حساب", "حسبان")))):
        return True  # («لم يدخل في حسابات القيادة»: not reckoned with)
    return any(x in ("وفد", "الوفد") for x in after[:3]) or any(
        x.startswith(("ويخرج", "كاطراف", "كطرف")) for x in after)


def _travelled(words: list[Word], t: Trigger) -> bool:
    """Is «قطع … الطريق» a way travelled («يقطعون الطريق ليلاً عبر الوديان»، «قطعوا الطريق سيراً على الأقدام») or a road
    cut by the weather («قطعت العاصفة الثلجية الطرق الجبلية»), not a road blocked by people?"""
    after = [w.norm for w in words[t.last + 1 : t.last + 5] if w.kind == "word"]
    if any(w in _ON_THE_WAY for w in after):
        return True
    return any(w.norm.removeprefix("ال") in _WEATHER for w in words[t.first : t.last + 1])


#: how a way is travelled («عبر»، «سيراً»، «مشياً»، «على الأقدام»)
_ON_THE_WAY = word_set("triggers", "_ON_THE_WAY")
#: the weather that cuts roads («العاصفة»، «الثلوج»، «السيول»)
_WEATHER = word_set("triggers", "_WEATHER")


def _not_forces_arriving(words: list[Word], i: int, verb: bool) -> bool:
    """Is «وصل» or «وصول» at word ``i`` no forces arriving?  The verb tells an arrival of forces only in the past and
    at the head of its clause, its subject after it («ووصلت إلى محاور المدينة، ليل أمس، كتائب جديدة»، «ووصلت قوة من
    الفرقة الخامسة»), before any person («وصل قائد القوات الروسية إلى القاعدة»: a visit) and not a tally («وصل عدد
    قتلى القوات إلى …»); after a subject («اللواء … وصل إلى موسكو»، «إن المهاجمين، …، وصلوا على دراجات») or in a
    relative clause it tells none.  The noun does only bare, right before the forces («وصول قوة من …»، «وصول مئات
    المسلحين»، «وصول هذه الدبابات»; «وصول تعزيزات» is the reinforcements' own event), not «وصولاً إلى» (up to) nor
    «الوصول إليها»."""
    w = words[i].norm
    if not verb:
        nxt = next((x.norm for x in words[i + 1 : i + 3] if x.norm not in QUOTE_MARKS), "")
        return w not in ("وصول", "بوصول", "ووصول") or nxt in _ARRIVING_ON_THEIR_OWN
    if w not in _ARRIVED or (w[:2] not in ("وو", "فو") and i > 0):
        return True
    for x in words[i + 1 : i + 14]:
        bare = x.norm.removeprefix("ال")
        if bare in _ARRIVING_FORCES:
            return bare in _ARRIVING_ON_THEIR_OWN  # («ووصلت … تعزيزات»: the reinforcements tell it themselves)
        if bare in ("عدد", "حصيله") or bare in _PEOPLE_ARRIVING:
            return True
    return False


#: what tells a mobilisation itself after «وصول» («وصول تعزيزات عسكرية»، «وصول رتل»)
_ARRIVING_ON_THEIR_OWN = word_set("triggers", "_ARRIVING_ON_THEIR_OWN")
#: the past of «وصل» with «و» or «ف» or none
_ARRIVED = frozenset(p + v for p in ("", "و", "ف") for v in ("وصل", "وصلت", "وصلوا"))
#: forces whose arrival is a mobilisation (without the article)
_ARRIVING_FORCES = word_set("triggers", "_ARRIVING_FORCES")
#: people whose arrival is a visit
_PEOPLE_ARRIVING = word_set("triggers", "_PEOPLE_ARRIVING")


#: weapons a «قنص» noun qualifies («أسلحة قنص»، «بندقية قنص»)
_GUNS = word_set("triggers", "_GUNS")

#: what a war or a process «enters» («يدخل يومه الرابع»، «دخل حيز التنفيذ»، «دخلت مرحلة جديدة»)
_ENTERED_SPANS = ("يوم", "اسبوع", "شهر", "عام", "سنت", "مرحل", "حيز", "جول", "مفاوض")


#: verbs (and participles) of declaring a stand: «أكد/أعلن/جدّد/أبدى … دعمه»
_DECLARING = word_set("triggers", "_DECLARING")
#: nouns of backing someone («دعم»، «مساندة»): a stand declared, or help given
BACKING = word_set("triggers", "BACKING")
#: adjectives of a firm stand after such a noun («دعمه الكامل»، «دعم موسكو الثابت»، «مساندته «المطلقة»»)
_FIRM = word_set("triggers", "_FIRM")
#: pronoun suffixes naming whose backing it is («دعمه»، «مساندتها»، «دعمنا»)
_OWNER_SUFFIXES = ("ه", "ها", "هم", "هما", "نا")


def _declared_backing(words: list[Word], i: int, lemma: str) -> bool:
    """Is the noun of backing at ``i`` a stand declared: the object of a verb of declaring before it in its clause
    («وأعلن الاتحاد، في بيان …، مساندته «المطلقة» لتحركات الفلاحين»، «مؤكداً «دعمه الكامل للجيش»»، «وأكد الوزير
    … «دعم موسكو الثابت لسيادة سوريا»»), whose own (a pronoun suffix) or firm (an adjective after it or after its
    genitive)? Not what is asked or said to be done («طالب بدعم …»، «أكد أن الحكومة تواصل دعم …»)."""
    w = words[i].norm
    base = lemma[:-1] + "ت" if lemma.endswith("ه") else lemma
    owned = w.startswith(base) and w[len(base):] in _OWNER_SUFFIXES
    firm = any(x.norm in _FIRM for x in words[i + 1 : i + 4] if x.kind == "word")
    # (or owned by the one named right after it, before its «لـ» complement: «وجددت الوزارة … دعم مصر للجيش الوطني»)
    owned = owned or (w == lemma and i + 2 < len(words) and words[i + 1].kind == "word"
                      and words[i + 1].norm[:1] not in ("ل", "ب") and words[i + 2].norm[:1] == "ل"
                      and words[i + 2].norm[1:2] != "ا" and len(words[i + 2].norm) > 3)
    # (not a purpose: «دعم الطلاب لاستكمال دراستهم» supports the students)
    if not (owned or firm) or not w.startswith((base, "ال" + base, lemma)):
        # (a preposition or a conjunction before it: «بدعم»، «لدعم»، «ووقف الرعاية الأميركية ودعمها للميليشيات»)
        return False
    for k in range(i - 1, max(-1, i - 18), -1):
        x = words[k].norm
        if x in CLAUSE_ENDS or x in ("ان", "بان", "لان", "انه", "انها"):
            return False
        if conj_in(x, _DECLARING):
            # (not a description in a relative clause: «الولايات المتحدة، التي تبدي دعمها المتواصل للاحتلال»)
            return not (k > 0 and words[k - 1].norm in _WHO_WHICH)
    return False


def _words_after(words: list[Word], i: int, n: int) -> list[Word]:
    """The (at most ``n``) words after word ``i``, up to a punctuation mark."""
    out: list[Word] = []
    for w in words[i + 1 : i + 1 + n]:
        if w.kind != "word":
            break
        out.append(w)
    return out


#: what stands before a place name and never before a verb («في تدمر»، «مدينة تدمر»، «بادية تدمر»)
_BEFORE_A_PLACE = word_set("triggers", "_BEFORE_A_PLACE")


def _palmyra(words: list[Word], i: int) -> bool:
    """Is the word at ``i`` the town of Palmyra («تدمر») rather than «تدمّر» (destroys): with «لـ/بـ» on it («لتدمر»)
    or after a preposition or a place word («في تدمر»، «مدينة تدمر»)?"""
    w = words[i].norm.removeprefix("و")
    if w in ("لتدمر", "بتدمر"):
        return True
    return w == "تدمر" and i > 0 and words[i - 1].norm in _BEFORE_A_PLACE


#: what a road is opened to («فتح الطريق أمام حركة المدنيين»): a road, not a way paved («أمام احتمال …»)
_TRAFFIC = frozenset(norm(w) for w in ("حركة", "المدنيين", "السيارات", "الشاحنات", "المسافرين", "العائلات", "القوافل",
                                       "الأهالي", "المواطنين", "الطلاب", "المرضى", "عبور", "مرور", "دخول", "خروج"))
#: buses («حافلات النقل الداخلي» are public transport)
_BUSES = frozenset({"حافلات", "الحافلات", "حافله", "الحافله"})
#: nouns that name people, papers or a place by a deal in their genitive («رافضي التسوية»، «مركز التسوية»)
_OF_A_DEAL = frozenset(norm(w) for w in ("رافضي", "رافضو", "معارضي", "معارضو", "مؤيدي", "مؤيدو", "مركز", "مراكز",
                                         "بطاقات", "بطاقة", "ورقة", "أوراق"))
#: what a thing bears that is no cargo («تحمل أسماء العشائر»، «تحمل صور القتلى»، «يحمل شعار المنظمة»)
_BORNE = frozenset(norm(w) for w in ("أسماء", "اسم", "اسمه", "اسمها", "صور", "صورة", "صوراً", "شعار", "شعارات", "علم",
                                     "أعلام", "رايات", "راية", "لافتات", "لافتة", "عنوان", "عبارات", "عبارة", "توقيع",
                                     "بصمات", "ملامح", "طابع", "رقم", "أرقام", "لوحات", "لوحة", "رسائل", "رسالة"))


#: drugs and smuggled goods: what they load is no aid («محمّلة بمواد مخدرة»)
_CONTRABAND = word_set("triggers", "_CONTRABAND")
#: verbs that stop, hold or seize what they take as object («أوقفت نقاط تفتيش … قافلة»، «احتجزت الميليشيا شاحنات»)
_STOPPING = word_set("triggers", "_STOPPING")
#: what carries aid, stopped on its way with its load («قافلة من عشر شاحنات محمّلة بالطحين»)
_AID_CARRIERS = word_set("triggers", "_AID_CARRIERS")
#: «بالأرض» after «تسوية»: levelling a place, not a settlement
_TO_THE_GROUND = word_set("triggers", "_TO_THE_GROUND")
#: nouns in construct before an act of force that name the means of it («وسائل تفريق»، «عربات تفريق الشغب»)
_MEANS_OF = word_set("triggers", "_MEANS_OF")


def _own_object_pronoun(w: str) -> bool:
    """Does the verb (or masdar) ``w`` end in a pronoun of the third person plural, dual or feminine («أوقفتها»،
    «سلّموهم»)?  (Not «ه»: normalised, a masdar's «ة» ends in it too: «بإزالة».)"""
    return w.endswith(("ها", "هم", "هما", "هن"))


def _stopped(words: list[Word], i: int) -> bool:
    """Is the noun at ``i`` the object of a verb of stopping, holding or seizing (:data:`_STOPPING`) up to twelve words
    before it in its sentence, commas of a parenthetical between («وأوقفت نقاط تفتيش تابعة للميليشيات، منذ يومين،
    قافلة …»)?  Aid so stopped on its way was not delivered."""
    seen = 0
    for k in range(i - 1, -1, -1):
        w = words[k]
        if w.norm in CLAUSE_ENDS or seen >= 12:
            return False
        if w.kind == "word":
            if matches_form(w.norm, _STOPPING):
                # (not a verb with its own object pronoun: «عبرت الحاجز، بعد أن أوقفتها الجماعة يومين، قافلة …»)
                return not _own_object_pronoun(w.norm)
            seen += 1
    return False


def _as_a_span(words: list[Word], i: int) -> bool:
    """Is the noun at ``i`` named as a span of time: right after «طوال/خلال/قبل/بعد …» («طوال الحصار») or after a unit of
    time («خلال أسابيع الحصار»، «أمضى أسابيع الحصار»)?  Definite, or indefinite after «بعد/قبل» («بعد حصار طويل»); not
    the siege imposed («يفرض الحوثيون منذ أسابيع حصاراً»)."""
    if i == 0:
        return False
    before = words[i - 1].norm.removeprefix("و")
    return (words[i].norm.startswith(("ال", "وال")) or before in ("بعد", "قبل")) and before in _SPAN_OF


def _aimed(words: list[Word], i: int, t: Trigger) -> bool:
    """Is the trigger at ``i`` a ban, a blockade or an opening named with «لـ» as the aim of another act (or of none)
    («لمنع وصول الإمدادات»، «لقطع الطرق»، «لفتح ممر آمن»), no act of its own?"""
    # (the cheap «لـ» first: this runs for every trigger of both passes)
    return words[i].norm.removeprefix("و").startswith("ل") and norm(t.lemma).partition(" ")[0].partition("/")[0] in _AIMED


def _not_the_sense(words: list[Word], i: int, t: Trigger) -> bool:
    """Readings of a word that the lexicon's context words cannot rule out: a crime naming a gang, «نشر» of a
    published text, «طالبين» students."""
    if t.type == "ASSAULT" and t.pos == "n" and norm(t.lemma) == _SNIPING and i > 0 and (
            any(proclitic_in(w.norm, _DEPLOYING, "وك") for w in words[max(0, i - 4) : i])
            or words[i - 1].norm in _IN_RANGE_OF):
        return True  # «كما نشرت قناصة على أسطح المباني»، «في مرمى القناصة»: snipers posted, no shot told
    if t.type == "CONSULT" and t.pos == "n" and norm(t.lemma) == _SUMMIT and (
            (i > 0 and words[i - 1].norm in _TOP_BEFORE) or (i + 1 < len(words) and words[i + 1].norm in _TOP_OF)):
        return True  # «تلة «المرصد 45»، أعلى قمة في ريف اللاذقية»، «على قمة التلة»: a top, no summit
    if t.type == "CONSULT" and t.pos == "n" and i > 0 and words[i].norm in _NEGOTIATION_NAMES and proclitic_in(
            words[i - 1].norm, _NEGOTIATING_BODIES, "و"):
        return True  # «وأنذر ضابط … وفد التفاوض»: the negotiating delegation named, no talks told
    if t.type == "RETREAT" and t.pos == "v" and norm(t.lemma) == _EVACUATED and (
            not (words[i].norm.lstrip("وف").startswith("اخل") or words[i].norm.lstrip("وف") in ("يخلي", "يخلون"))
            or any(w.norm.startswith(_BREACHED) for w in words[i + 1 : i + 4])
            # (nor people leaving their homes: «وقال إن الأهالي أخلوا المنازل في سبيل النجاة»)
            or (i > 0 and words[i - 1].norm in _CIVILIANS) or (i + 1 < len(words) and words[i + 1].norm in _CIVILIANS)
            or any(w.norm in _DISCLAIMED for w in words[i + 1 : i + 5])):
        # «تخلّى عن» (gave up), «يخلو» (is empty), «أخلّ بالاتفاق» (breached it), «وأخلى المحافظ مسؤوليته» (disclaimed
        # it), residents leaving their homes: no withdrawal
        return True
    if _aimed(words, i, t):
        return True  # «زرعوا عبوات على الطرق لمنع وصول الإمدادات»، «كتيبة على الحدود لمنع تسلل المسلحين»
    if t.type == "COERCE" and t.pos == "n" and norm(t.lemma) == _SIEGE and _as_a_span(words, i):
        return True  # «وبقيت البلدة طوال الحصار بلا طبيب»، «خلال أسابيع الحصار»: a span of time, no siege told
    if t.type == "SUPPORT" and norm(t.lemma) in BACKING and not _declared_backing(words, i, norm(t.lemma)):
        return True  # backing given or asked for, not a stand declared
    if t.type == "RETREAT" and t.pos == "v" and t.lemma == "انطلق" and any(
            w.norm in _BUSES and k + 1 < len(words) and words[k + 1].norm == "النقل"
            for k, w in enumerate(words[i + 1 : i + 10], start=i + 1)):
        return True  # «كما تنطلق من ساحته معظم حافلات النقل الداخلي»: public transport, no evacuation
    if t.type == "AGREE" and t.pos == "n" and i > 0 and words[i - 1].norm.removeprefix("و") in _OF_A_DEAL:
        return True  # «رافضي التسوية»، «مركز التسوية»، «بطاقات التسوية»: people or a place named by the deal, no deal made
    if t.type == "AGREE" and t.pos == "n" and norm(t.lemma) == "تسويه" and any(
            w.norm in _TO_THE_GROUND for w in words[i + 1 : i + 8]):
        return True  # «بـ«تسوية ما تبقى من الحي بالأرض»»: levelled to the ground, no settlement
    if t.type == "REJECT" and t.pos == "v" and i > 0 and words[i - 1].norm in _WHEN and not (
            i > 1 and words[i - 2].norm in ("في", "وفي")):
        return True  # «وبدأت أعمال الشغب حين رفض النزلاء العودة …»: a refusal told as the moment of another act, not
        # «في حين رفض …» (whereas: a refusal of its own)
    if t.type == "COERCE" and t.pos == "n" and i > 0 and proclitic_in(words[i - 1].norm, _MEANS_OF, "و"):
        return True  # «استخدموا وسائل تفريق المظاهرات»، «عربات تفريق الشغب»: the means named by the act, none done
    if t.type == "AID" and any(proclitic_in(w.norm, _CONTRABAND, "وب") for w in words[i + 1 : i + 5]):
        return True  # «طائرة مسيّرة محمّلة بمواد مخدرة»، «شحنة حبوب مخدرة»: contraband, no aid
    if t.type == "PROTEST" and t.pos == "v" and i > 0 and words[i].norm == "تجمع" and words[i - 1].norm == "التي":
        return True  # «العائلات التي تجمع الكمأة»: after «التي» the present of «جمع» (gathers up), not «تجمّع» (rallied)
    if t.type == "AID" and t.pos != "v" and _stopped(words, i):
        return True  # «وأوقفت نقاط تفتيش …، منذ يومين، قافلة من ثماني عشرة شاحنة»: aid stopped on its way, none delivered
    if t.type == "CONSULT" and t.pos == "v" and norm(t.lemma) == _MET and i + 1 < len(words) and (
            (words[i + 1].norm[:1] == "ب" and words[i + 1].norm[1:] in _FORCES_MET)
            or (words[i + 1].norm == "مع" and i + 2 < len(words) and words[i + 2].norm in _FORCES_MET)):
        return True  # «ودخلت القوات إلى البلدة من محورين، والتقت بقوات البيشمركة عند مدخلها»: a link-up, no meeting
    if t.type == "CONSULT" and t.pos == "n" and t.mode == "visit" and i > 1 and words[i - 1].norm in _CUT_SHORT and (
            words[i - 2].norm in ("الذي", "التي", "قد", "وقد")):
        return True  # «ومحافظ حضرموت، الذي قطع زيارة كان يجريها إلى الرياض وعاد إلى المكلا»: cut short, no visit told
    if t.type == "AID" and t.pos == "v" and norm(t.lemma) == _DROPPED and any(
            proclitic_in(w.norm, _DROPPED_OTHER, "وب") for w in words[i + 1 : i + 9]):
        # (nor the verb's other phrases: «وألقت دورية القبض على ثلاثة بتهمة سرقة المساعدات»)
        return True  # «وألقت مروحيات النظام ستة براميل متفجرة على مستودع للطحين»: arms dropped, no aid
    if t.type == "AID" and t.pos == "v" and t.lemma == "حمل" and i + 1 < len(words) and words[i + 1].norm in _BORNE:
        return True  # «عشرات الخيام التي تحمل أسماء العشائر»، «لافتات تحمل صور القتلى»: bearing a name, no aid carried
    if i > 0 and words[i - 1].norm in _GROUP_OF and (t.pos != "v" or words[i].norm.startswith(("ال", "وال"))):
        return True
    if (t.lemma == "عدوان" and i > 0 and _without_proclitics(words[i].norm).startswith("ال")
            and not _OF_THE_AGGRESSION.isdisjoint((words[i - 1].norm, _without_proclitics(words[i - 1].norm)))):
        # (the first noun in construct, with no article: «شن الطيران عدواناً» attacks)
        return True  # «مرتزقة العدوان»، «طيران العدوان»: the enemy named by its war, an actor, no act
    if t.type == "MOBILIZE" and i > 0 and words[i - 1].norm in _BEFORE_A_CROWD:
        return True  # «تلاه أحدهم أمام حشد من أبناء العشائر»: a crowd, no mobilisation
    if t.type == "MOBILIZE" and t.lemma == "دخل" and _not_troops_entering(words, i):
        return True
    if t.type == "MOBILIZE" and t.lemma in ("وصل", "وصول") and _not_forces_arriving(words, i, t.pos == "v"):
        return True
    if t.type == "MOBILIZE" and norm(t.lemma) == _CONVOY and i > 0 and (
            words[i - 1].norm in ("علي", "متن") or words[i - 1].norm.lstrip("و").startswith(("استهدف", "استهداف"))):
        return True  # «بهجوم … على رتل عسكري»، «ونقلتها على متن رتل»: a convoy attacked or carrying, none sent in
    if t.type == "MOBILIZE" and norm(t.lemma) == _REINFORCEMENTS and i > 1 and words[i - 1].norm == "علي" and any(
            matches_form(w.norm, cues()["attack_nouns"]) for w in words[max(0, i - 4) : i - 1]):
        return True  # «شنّ الطيران سلسلة غارات على تعزيزات للميليشيا»: reinforcements struck, none sent in
    if t.type == "THREATEN" and t.pos == "n" and i > 0 and words[i - 1].norm.lstrip("و") == "تحت":
        return True  # «منعوهم من الاقتراب تحت تهديد السلاح» (at gunpoint): how another act was done, no threat made
    if t.type == "CONSULT" and t.pos == "v" and any(
            w.kind == "word" and w.norm in _HOUSEHOLD for w in words[i + 1 : i + 4]):
        return True  # «منزل كانت تجتمع فيه أسرة حول العشاء»: a family gathered, no meeting
    if t.type == "COERCE" and t.lemma == "اوقف" and _halted(words, i):
        return True  # «أوقف طيران التحالف غاراته»، «أوقفت الشركة ضخ النفط»: an activity halted, no one detained
    if norm(t.lemma) == "دمر" and _palmyra(words, i):
        return True  # «الأطراف الشرقية لتدمر»، «في تدمر»: Palmyra, no «تدمّر» (destroys)
    if t.type == "ASSAULT" and t.pos == "n" and i > 0 and words[i].norm.removeprefix("ال") == "هاون" and (
            words[i - 1].norm.lstrip("وب") in ("مدافع", "مدفع", "قواذف")):
        return True  # «وعدد من مدافع الهاون» (handed over, seized, deployed): the weapon, no shell fired; a firing verb
        # with it is a trigger of its own («قصفت بمدافع الهاون»)
    if t.lemma == "قنص" and t.pos == "n" and i > 0 and proclitic_in(words[i - 1].norm, _GUNS, "وب"):
        # (the «ب» of «بندقية» is the word's own letter, not a proclitic)
        return True  # «واستخدموا أسلحة قنص حرارية»، «بندقية قنص»: a sniper's weapon, no shot fired
    if t.type == "AID" and t.lemma == "وزع" and _without_proclitics(words[i].norm).startswith(("يتوزع", "تتوزع", "توزعت")):
        return True  # «يتوزّع نحو ثلاثين ألف شخص على المخيمات» (are spread), not «وزّع» (distributed)
    if t.type == "AID" and t.lemma == "وزع" and i > 0 and words[i - 1].norm.removeprefix("و").removeprefix(
            "ال") in _PUBLISHED:
        return True  # «وناشد المجلس، في بيان وزّعه على الصحافيين، المنظمات الإنسانية …»: a statement handed out, no aid
    if t.lemma == "نشر" and any(w.norm.removeprefix("و").removeprefix("ال") in _PUBLISHED
                                for w in (*words[max(0, i - 3) : i], *_words_after(words, i, 4))):
        # (its subject may stand between: «ونشر إعلامها العسكري صوراً لمقاتليها»)
        return True  # «صور نشرتها الفرقة»، «ونشر صوراً لعربة محترقة»: something published, no one deployed
    if t.type == "AGREE" and t.pos == "n" and i > 0 and proclitic_in(words[i - 1].norm, _LINES, "وبل"):
        return True  # «بين الخط الـ23 وخط الهدنة والخط الأزرق»: a line named after a truce, no truce made
    if t.type == "AGREE" and _settled_status(words, i):
        return True
    if t.type == "AGREE" and t.pos == "v" and t.lemma == "ابرم" and (_deal_described(words, i) or not any(
            _without_proclitics(w.norm).removeprefix("ال") in _DEALS for w in words[max(0, i - 8) : i + 9])):
        # «قلق دول الخليج من الاتفاق النووي الذي أبرمته إيران مع …»: the deal named by what made it, not told; with no
        # deal word near, «أبرم» is no deal («وليبرمان»: a name)
        return True
    if t.type == "CONSULT" and t.lemma == "جوله" and i + 1 < len(words) and _without_proclitics(
            words[i + 1].norm).removeprefix("ال") in _FIGHTING:
        return True  # «جولات توتر متقطعة»، «جولة جديدة من القتال»: rounds of fighting, no visit or talks
    if t.type == "CONSULT" and t.lemma == "جوله" and i > 0 and words[i - 1].norm in _ROUND_KINDLED:
        return True  # «يدفع المدنيون ثمن كل جولة»، «مسؤولية إشعال الجولة الجديدة»: any round, or one of fighting lit
    if t.type == "CONSULT" and words[i].norm in ("لقمه", "لقمتهم") and i + 1 < len(words) and words[i + 1].norm in (
            "سايغه", "العيش", "عيش"):
        return True  # «لقمة سائغة» (easy prey)، «لقمة العيش» (a living): a morsel, not «لـ» + a summit
    if (i > 0 and i + 1 < len(words) and words[i - 1].text == "«" and words[i + 1].text == "»"
            and _without_proclitics(words[i].norm) in _NAMED_SETTLEMENTS):
        return True  # «بطاقات «التسوية»»، «انضم بعد «التسوية»»: the settlement named as a standing thing, no act told
    if t.type == "CONSULT" and t.lemma == "قمه" and ((i + 1 < len(words) and words[i + 1].norm in _LANDFORMS) or (
            i > 0 and words[i - 1].norm in ("علي", "فوق"))):
        return True  # «على قمة جبل صبيح»، «قمة التل»: a hilltop, no summit
    if t.type == "CONSULT" and t.mode == "visit" and _prison_visit(words, i):
        return True
    if t.type == "AGREE" and t.pos == "n" and _breached(words, i):
        return True  # «مع أي طرف يخرق الهدنة»، «اتهم الطرفَ الآخر بخرق الاتفاق»: an agreement in force, none made
    if t.type == "ASSAULT" and t.pos == "n" and norm(t.lemma) in WEAPON_LEMMAS and any(
            conj_in(w.norm, _FOUND_WITH) for w in words[max(0, i - 5) : i]):
        return True  # «وعُثر بحوزتهم على ست قذائف هاون»، «ضبط عبوات ناسفة»: weapons found or seized, none fired
    if t.type == "CONSULT" and t.pos == "v" and _ways_meet(words, i):
        return True  # «وتلتقي فيها طرق التجارة القادمة من …»: roads meet, no one meets
    if t.type == "ASSAULT" and i > 0 and proclitic_in(words[i - 1].norm, _DISENGAGING, "و"):
        return True  # «خط فض الاشتباك»، «اتفاق فك الاشتباك»: disengagement, no clash
    if t.type == "ASSAULT" and t.pos == "n" and norm(t.lemma) in WEAPON_LEMMAS and _handed_over(words, i):
        return True  # «سلّمت الفصائل دبابتين … ومدفع هاون ثقيلاً إلى …»: weapons handed over, none fired
    if t.type == "ASSAULT" and t.pos == "n" and norm(t.lemma) in WEAPON_LEMMAS and i > 0 and words[
            i - 1].norm.removeprefix("و") in _LAUNCHERS:
        return True  # «ستلاحق مطلقي القذائف»: people named by what they fire, no strike told
    if t.type == "PROTEST" and t.pos == "n" and _diplomatic_protest(words, i):
        return True
    if t.type == "ASSAULT" and t.pos == "n" and norm(t.lemma) == "كمين" and _checkpoint_post(words, i):
        return True  # «هجوم على كمين أمني»، «قوة الكمين»، «اقتربوا من الكمين»: a checkpoint post, no ambush laid
    if t.type == "RETREAT" and t.pos == "v" and t.lemma == "عاد" and not _returned_to(words, i):
        return True  # «تعود ملكيتها لعائلات …» (belongs to), «عادت الاشتباكات»: no one returned to a place
    if t.type == "AGREE" and t.pos == "v" and t.lemma == "وقع" and not _signed(words, i):
        return True  # «وقع انفجار»، «وقعت اشتباكات بعد الاتفاق»: happened, not signed
    if t.type == "PROTEST" and t.pos == "n" and (t.plural or t.lemma == "حراك") and _protest_someone_belongs_to(words, i):
        # «ناشطاً بارزاً في تظاهرات المحافظة»، «ناشطة شاركت في احتجاجات …»: who someone is, no protest told (not one
        # protest named: «أحد المشاركين في المظاهرة» tells of it)
        return True
    if t.type == "COERCE" and t.pos == "v" and t.lemma == _DEPORTED and i > 0 and words[i].norm.startswith(
            "رحلت") and proclitic_in(words[i - 1].norm, _BEFORE_A_TRIP, "و"):
        return True  # «بعد إلغاء رحلته»، «خلال رحلتها إلى …»: a trip (رحلة), no one deported (رحّلته)
    if t.type == "REQUEST" and words[i].norm == "طالب" and (
            (i + 1 < len(words) and words[i + 1].norm in _STUDENT_AFTER)
            or (i > 0 and (words[i - 1].kind == "number" or parse_words(words[i - 1].norm) is not None))):
        return True  # «نحو ثلاثمئة طالب وطالبة»، «طالب جامعي»: a student, counted or described, no demand
    # «تتركز مطالبها على …»، «لم تستجب لمطالبهم»: their demands (plural of «مطلب»), what is asked, not an act of asking
    return t.type == "REQUEST" and (words[i].norm in _STUDENTS or proclitic_in(words[i].norm, _THEIR_DEMANDS, "وفبل"))


#: settlements named in quotation marks as a standing thing («بطاقات «التسوية»»، «مناطق «المصالحات»»)
_NAMED_SETTLEMENTS = word_set("triggers", "_NAMED_SETTLEMENTS")
#: landforms whose top «قمة» names (a hilltop, not a summit meeting)
_LANDFORMS = word_set("triggers", "_LANDFORMS")


#: what carries a government's formal protest: «رسالة احتجاج»، «مذكرة احتجاج»
_PROTEST_NOTES = word_set("triggers", "_PROTEST_NOTES")


def _diplomatic_protest(words: list[Word], i: int) -> bool:
    """A government's formal protest, no demonstration: «سلّمت البعثة الأمين العام رسالة احتجاج رسمية»، «أبلغه
    احتجاج لبنان الشديد»، «قدّمت احتجاجاً رسمياً» (a note conveyed, or a protest called official)."""
    if i > 0 and words[i - 1].norm in _PROTEST_NOTES:
        return True
    if i + 1 < len(words) and words[i + 1].norm.removeprefix("ال").startswith("رسمي"):
        return True
    j = i - 1
    if j > 0 and words[j].kind != "word":
        j -= 1  # a quote mark between: «وأبلغه «احتجاج لبنان الشديد»»
    return j >= 0 and words[j].norm.lstrip("و").startswith("ابلغ")


_CONVOY = norm("رتل")
_REINFORCEMENTS = norm("تعزيزات")
_DEPORTED = norm("رحّل")
#: words before «رحلته/رحلتها» that make it a trip: a noun it is the complement of, or a preposition
_BEFORE_A_TRIP = word_set("triggers", "_BEFORE_A_TRIP")
#: the ones who fire (agent nouns in the construct state): «مطلقي القذائف»، «مطلقو الصواريخ»
_LAUNCHERS = frozenset({"مطلقي", "مطلقو", "مطلق", "لمطلقي", "بمطلقي"})
#: weapons named by a noun trigger (lexicon lemmas): fired or set off, or only found
WEAPON_LEMMAS = frozenset(norm(w) for w in ("قذيفة", "صاروخ", "مفخخة", "عبوة"))
#: words of finding, seizing, holding or carrying something («بحوزتهم»، «ضُبطت»، «عُثر على»، «مخبّأة في مستودع»،
#: «سيارة محمّلة برشاشات وقذائف»)
_FOUND_WITH = word_set("triggers", "_FOUND_WITH")
#: ways that meet (the subject of «تلتقي»: «تلتقي فيها طرق التجارة»)
_WAYS = frozenset(norm(w) for w in ("طرق", "الطرق", "طريق", "الطريق", "خطوط", "الخطوط", "حدود", "الحدود", "نهر", "النهر",
                                     "نهرا", "الأنهار", "سكك", "الطريقان", "طريقا"))


def _ways_meet(words: list[Word], i: int) -> bool:
    """Is the subject of the meeting verb at ``i`` a way — right after it, or after «فيها/عندها» («وتلتقي فيها طرق
    التجارة»; not «التقى الوزير عند الحدود وفداً»)?"""
    k = i + 1
    if k < len(words) and words[k].norm in ("فيها", "فيه", "عندها", "عنده", "بها", "به"):
        k += 1
    return k < len(words) and words[k].norm in _WAYS


#: ending a clash («فض الاشتباك»، «فك الاشتباك»: disengagement)
_DISENGAGING = frozenset(norm(w) for w in ("فض", "فك", "لفض", "لفك", "بفض", "بفك"))
#: handing over or receiving something («سلّمت»، «تسليم»، «تسلّمت»)
_HANDED_OVER = word_set("triggers", "_HANDED_OVER")
#: words that open another clause, past which a verb of handing over no longer takes a weapon
_NEW_CLAUSE_WORDS = frozenset(norm(w) for w in ("أن", "بعد", "قبل", "إثر", "حيث", "الذي", "التي", "الذين"))


def _handed_over(words: list[Word], i: int) -> bool:
    """Is the weapon noun at ``i`` among what a verb or masdar of handing over takes, up to twelve words before it in
    its clause (no punctuation between: «سلّمت فصائل «الجبهة الجنوبية» دبابتين وثلاث عربات مدرعة ومدفع هاون»)?"""
    for k in range(i - 1, max(-1, i - 13), -1):
        w = words[k]
        if (w.kind == "punct" and w.norm not in _QUOTE_MARKS) or conj_in(w.norm, _NEW_CLAUSE_WORDS):
            return False  # (not past another clause: «سلّموا مواقعهم بعد أن قصفوا القرية بقذائف الهاون»)
        if w.kind == "word" and conj_in(w.norm, _HANDED_OVER):
            # (not «سَلِم من» (was spared), mostly negated: «لم تسلم وقتها من هجمات «داعش» بالسيارات المفخخة»)
            return all(x.norm != "من" for x in words[k + 1 : k + 3]) and (
                k == 0 or words[k - 1].norm not in ("لم", "ولم", "لن", "ما", "لا"))
    return False


#: breaching an agreement, its clauses, or consolidating or respecting it («تثبيت الهدنة»، «احترام الاتفاق»): the
#: agreement named after them is one in force
_BREACHING = word_set("triggers", "_BREACHING")


def _breached(words: list[Word], i: int) -> bool:
    """Is the agreement noun at ``i`` what is breached, consolidated or respected («يخرق الهدنة»، «بخرق اتفاق»،
    «انتهاك لاتفاقية»، «بنود الاتفاق»، «لتثبيت الهدنة»; quote marks may stand between, and one word after the breach:
    «بـ«خرق متعمد» لاتفاق خفض التصعيد»، «انتهاكات النظام للهدنة»)?"""
    k, seen = i - 1, 0
    while k >= 0 and seen < 2:
        if words[k].norm in _QUOTE_MARKS:
            k -= 1
            continue
        w = words[k].norm
        if w in _BREACHING or w[1:] in _BREACHING or w.lstrip("وبل").removeprefix("ال") in _BREACHING:
            return True
        if w in (",", "،", ".", ":") or not words[i].norm.startswith("ل"):
            return False  # (a word between only before «لـ»: «خرق متعمد لاتفاق», not «خرق الطرفان اتفاق»)
        seen, k = seen + 1, k - 1
    return False


#: the types of acts that talks may be about («بحثا انسحاب القوات»، «ناقش الاجتماع إدخال المساعدات»)
TALKED_TYPES = frozenset({"RETREAT", "MOBILIZE", "AID", "COERCE", "AGREE", "CONCEDE"})
#: words of talking about («بحث»، «ناقش»، «تناول»، «تركّز البحث على»، «تطرّق إلى»)
_TALKING_ABOUT = word_set("triggers", "_TALKING_ABOUT")
#: what ends the reach of a talk word back from a noun: a time anchor («بعد انسحاب …» dates, it is no topic)
_NOT_A_TOPIC = word_set("triggers", "_NOT_A_TOPIC")


def talked_about(words: list[Word], i: int) -> bool:
    """Is the noun at ``i`` the topic of a talk word up to twelve words before it in its clause («بحث الطرفان انسحاب
    الفصائل»، «وتركّز البحث على ملف المعتقلين وإعادة فتح الطريق الدولي»)? A time anchor or «أن» between ends it."""
    for k in range(i - 1, max(-1, i - 13), -1):
        w = words[k].norm
        if w in CLAUSE_ENDS or w in (",", "،") or proclitic_in(w, _NOT_A_TOPIC, "و"):
            return False
        if proclitic_in(w, _TALKING_ABOUT, "و"):
            return True
    return False


def _relied_on(words: list[Word], i: int) -> bool:
    """Is the aid noun at ``i`` what a verb or masdar of relying («يعتمد/تعتمد/الاعتماد») up to twelve words before
    its «على» governs («تعتمد العائلات النازحة … على المساعدات»)?"""
    if i == 0 or words[i - 1].norm != "علي":
        return False
    for k in range(i - 2, max(-1, i - 14), -1):
        w = words[k].norm.lstrip("و")
        if w in CLAUSE_ENDS or w in (",", "،"):
            return False
        if w.removeprefix("ال").startswith(("يعتمد", "تعتمد", "اعتماد", "معتمد")):
            return True
    return False


#: verbs and nouns of seizing or looting («استولت على»، «مصادرة»، «نهبوا»)
_SEIZING = word_set("triggers", "_SEIZING")


def _kept_out(words: list[Word], i: int) -> bool:
    """Is the aid noun at ``i`` what a blocking word keeps from entering — an entry masdar up to three words before
    it («دخول شاحنات محمّلة»، «إدخال قافلة») with a verb or noun of blocking up to nine words before that («منعت
    حواجز الفرقة دخول …»، «حالت دون وصول …»، «رفضت إدخال …»), or what a verb of seizing took, up to fourteen words
    before it in its sentence? Aid kept out or seized was not delivered."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if _with_proclitics_in(words[k].norm, _ENTRY):
            return any(conj_in(x.norm, _BLOCKING) for x in words[max(0, k - 9) : k])
    # «استولت قوات الدعم السريع على حمولة ثلاث شاحنات من قافلة مساعدات»: aid seized or looted, not delivered
    n = 0
    for k in range(i - 1, max(-1, i - 20), -1):
        if words[k].norm in (".", "؛", ";", ":") or n == 14:
            return False
        if words[k].kind == "word":
            if conj_in(words[k].norm, _SEIZING):
                return True
            n += 1
    return False


#: people held (with and without the article): a visit to them is a prison visit
_DETAINEES = word_set("triggers", "_DETAINEES")
#: verbs and nouns of not letting someone do something («يُمنع ذووهم من زيارتهم»، «لم يُسمح لأحد بزيارتهم»)
_PREVENTING = word_set("triggers", "_PREVENTING")


def _prison_visit(words: list[Word], i: int) -> bool:
    """Is the visit at word ``i`` one to people held — «زيارة المحتجزين في أماكن احتجازهم», or a visit with a pronoun
    that someone is not let make («ويُمنع ذووهم من زيارتهم»، «ولم يُسمح لأحد بزيارتهم»)? A family's or the Red Cross's
    visit to detainees is no meeting between parties."""
    if i + 1 < len(words) and conj_in(words[i + 1].norm, _DETAINEES):
        return True
    if _without_proclitics(words[i].norm).removeprefix("ال").startswith("زيار") and any(
            conj_in(x.norm, _DETAINEES) or conj_in(x.norm, _INMATES) for x in words[max(0, i - 10) : i + 8]):
        return True  # «خلال آخر زيارة سُمح بها» (the detainees told before)، «قصر مدة الزيارة» (of the inmates' families)
    # (a pronoun suffix as written: «زيارتهم»، «بزيارته»; the normal form writes «ة» as «ه»)
    w = words[i].text.rstrip(VOWEL_MARKS) or _without_proclitics(words[i].norm).removesuffix("ه")
    return w.endswith(("هم", "ه", "ها", "هما")) and any(
        conj_in(x.norm, _PREVENTING) for x in words[max(0, i - 5) : i])


#: the held of a prison and their families, whose visits are no meetings
_INMATES = word_set("triggers", "_INMATES")


#: what a «جولة» of fighting is made of (without the article)
_FIGHTING = word_set("triggers", "_FIGHTING")
#: the storming verb and noun («اقتحم»، «اقتحام»): a raid, a riot or an assault by who storms and what
STORMING = word_set("triggers", "STORMING")
#: what is stormed in a ground assault (a house, a shop or an office is raided: COERCE)
_AREAS = word_set("triggers", "_AREAS")
#: military positions and compounds stormed («مقرات الحشد»، «المعسكرات»، «أحد الأكمنة»، «المجمع الحكومي»)
_POSITIONS_STORMED = word_set("triggers", "_POSITIONS_STORMED")
#: what a raid storms (a house, a shop, an office): when the storming's clause names one, it is a raid
_HOMES_RAIDED = word_set("triggers", "_HOMES_RAIDED")
_STORMED_REACH = 12  # words after the storming verb or noun in which its object is looked for
#: the stems of arresting and raiding told after a storming («واعتقلت»، «حملة دهم»، «واقتادت»): the storming is a raid
_ARREST_STEMS = word_set("triggers", "_ARREST_STEMS")
_ARREST_STEM_TUPLE = tuple(sorted(_ARREST_STEMS))
_ARREST_REACH = 25  # words after the storming in which an arrest makes it a raid


#: protesters (the word without clitics and article starts so)
_PROTESTERS = (norm("محتج"), norm("متظاهر"))


def _protester(w: Word) -> bool:
    x = w.norm.lstrip("و")
    return x.removeprefix("ال").startswith(_PROTESTERS)


def _stormed_by_crowd(words: list[Word], i: int) -> bool:
    """Do protesters storm at word ``i``: named right after the verb («اقتحم عشرات المحتجين مبنى …»، «اقتحم متظاهرون …»),
    or before it in its clause (up to seven words, no comma between: «أن محتجين رشقوا عناصرها بالحجارة وحاولوا اقتحام
    المبنى»، «خلال محاولة محتجين اقتحام المحطة»), or as the agent after «من قبل» («بعد اقتحامه من قبل عشرات
    المتظاهرين»)?"""
    after = words[i + 1 : i + 3]
    if len(after) == 2 and after[0].norm == "من" and after[1].norm == "قبل":
        after = words[i + 3 : i + 5]
    if after and (_protester(after[0]) or (len(after) > 1 and after[0].norm in _CROWD_COUNTS and _protester(after[1]))):
        return True
    for k in range(i - 1, max(-1, i - 8), -1):
        if words[k].kind != "word" or words[k].norm in (",", "،"):
            return False
        if _protester(words[k]):
            return True
    return False


#: armed men (the word without clitics and article starts so): «مسلحون»، «مسلحي التنظيم»، «ملثمين»
_GUNMEN = (norm("مسلح"), norm("ملثم"))


def _gunman(w: Word) -> bool:
    return w.norm.lstrip("و").removeprefix("ال").startswith(_GUNMEN)


def _stormed_by_gunmen(words: list[Word], i: int) -> bool:
    """Do armed men storm at word ``i``: named right after the verb or noun, as its subject or agent («اقتحم مسلحون
    السوق»، «اقتحام مسلحين ملثمين مشفى …»، «اقتحام مسلحي التنظيم سجن …», after a count: «اقتحم عشرات المسلحين»), or
    just before a plural verb («أن مسلحين اقتحموا المنزل»)? A force that storms to arrest («اقتحمت قوة أمنية منزل
    المسلحين») is a raid."""
    after = words[i + 1 : i + 4]
    if after and (_gunman(after[0]) or (len(after) > 1 and after[0].norm in _CROWD_COUNTS and _gunman(after[1]))):
        return True
    if len(after) > 2 and after[0].norm in _CROWD_COUNTS and after[1].norm == "من" and _gunman(after[2]):
        return True  # «واقتحمت مجموعة من المسلحين مخفر …»
    return words[i].norm.endswith("وا") and i > 0 and _gunman(words[i - 1])


def _arrest_after(words: list[Word], i: int) -> bool:
    """Is an arrest or a raid told within ``_ARREST_REACH`` words after the storming at ``i`` («… واعتقلت خمسة شبان»)?"""
    return any(w.norm.lstrip("وفل").startswith(_ARREST_STEM_TUPLE) for w in words[i + 1 : i + 1 + _ARREST_REACH])


def _storms_an_area(words: list[Word], i: int) -> bool:
    """Is the object of «اقتحم/اقتحام» at word ``i`` an area or military positions: an area right after it, or after
    a time set off by commas («وكانت قوات النظام قد اقتحمت، صباح السبت الماضي، بلدة بليون»), or military positions
    anywhere in its clause («اقتحام قوات جهاز مكافحة الإرهاب … منطقة المجمع الحكومي»، «اقتحموا مقرات الحشد»), or,
    for a storming with a pronoun, an area or positions named before it («على معسكر … بعد اقتحامه»)?  Not with a
    house, shop or office stormed («اقتحمت قوة من شرطة المدينة منزلاً»), nor with an arrest told after it in its
    sentence («اقتحمت قوات الاحتلال مخيم بلاطة … واعتقلت خمسة شبان»): a raid.  (Forces named between the storming and
    a town, a camp or a square storm them in a raid: «اقتحمت القوات المخيم».)"""
    if _arrest_after(words, i):
        return False
    nxt = i + 1
    if (close := _adjunct_end(words, nxt)) is not None:
        nxt = close + 1
    if nxt < len(words) and proclitic_in(words[nxt].norm, _AREAS | _POSITIONS_STORMED, "و"):
        return True
    if words[i].norm.endswith(("ه", "ها")) and any(
            proclitic_in(w.norm, _AREAS | _POSITIONS_STORMED, "و") for w in words[max(0, i - _STORMED_REACH) : i]):
        return True
    window: list[Word] = []
    k = i + 1
    while k < len(words) and len(window) < _STORMED_REACH:
        if (close := _adjunct_end(words, k)) is not None and close > k:
            k = close + 1  # (a time set off by commas does not count: «اقتحمت وحدات …، منذ فجر أمس، آخر المواقع»)
            continue
        if words[k].norm in (".", ":", ";", "؛"):
            break
        window.append(words[k])
        k += 1
    if any(proclitic_in(w.norm, _HOMES_RAIDED, "و") for w in window):
        return False
    return any(proclitic_in(w.norm, _POSITIONS_STORMED, "و") for w in window)


#: papers that certify a person's status: «بطاقة تسوية» (a settlement card) names no new agreement
_PAPERS = word_set("triggers", "_PAPERS")
#: «تسوية أوضاع/وضع»: one person's papers put in order, not a settlement between parties
_STATUS = word_set("triggers", "_STATUS")


#: time words that date a deal's conclusion told in a relative clause («الذي أبرمته الفصائل يوم الخميس الماضي»)
_CONCLUDED_WHEN = word_set("triggers", "_CONCLUDED_WHEN")
#: what is concluded («أبرم اتفاقاً/صفقة/هدنة»), without article or proclitics
_DEALS = word_set("triggers", "_DEALS")


def _deal_described(words: list[Word], i: int) -> bool:
    """Is the verb at ``i`` («أبرم») in a relative clause («الذي/التي أبرمته …») that names no time before the
    sentence or its clause ends: a deal described by who made it, no conclusion told?"""
    if i == 0 or words[i - 1].norm.removeprefix("و") not in ("الذي", "التي"):
        return False
    for w in words[i + 1 : i + 16]:
        if w.norm in (".", "،", ",", ";", "؛"):
            break
        if w.norm in _CONCLUDED_WHEN:
            return False
    return True


#: activists, named by the protests they belong to («ناشط في …»، «الناشطة في …»)
_PROTEST_MEMBERS = word_set("triggers", "_PROTEST_MEMBERS")
#: what may stand between such a person and «في» (a verb of taking part, a relative pronoun), and the verbs of taking
#: part that make the person their subject («وشارك/خرج ناشطون في …»)
_TAKING_PART = word_set("triggers", "_TAKING_PART")


def _protest_someone_belongs_to(words: list[Word], i: int) -> bool:
    """Is the protest noun at ``i`` named as what a person belongs to: after «في» with such a person up to three words
    before it (adjectives, «شارك» or a relative pronoun between: «ناشطاً مدنياً بارزاً في تظاهرات …»، «ناشطة شاركت في
    تظاهرات …»)?  (Not a body named by the protests, «تنسيقية تظاهرات ذي قار»: tried, a blind set lost an event.)"""
    if i == 0 or words[i - 1].norm != "في":
        return False
    for k in range(i - 2, max(-1, i - 6), -1):
        w = words[k].norm
        if w in _PROTEST_MEMBERS:
            # (not people who took part, the subject after a verb: «وشارك ناشطون في تظاهرات …»، «خرج الناشطون في …»)
            return not w.endswith("ون") and not (k > 0 and words[k - 1].norm.removeprefix("و") in _TAKING_PART)
        if words[k].kind != "word" or not (w in _TAKING_PART or w.endswith(("ا", "ه", "ي"))):
            return False  # (only adjectives, «شارك» or a relative pronoun between)
    return False


#: verbs of forces entering a place («دخلت»، «توغلت»)
_ENTERING = frozenset({"دخل", "توغل"})
#: what tells that forces entered a place fighting («بعد اشتباكات مع …»، «تحت غطاء جوي»)
_FIGHTING_WORDS = word_set("triggers", "_FIGHTING_WORDS")


def _while_fighting(words: list[Word], i: int) -> bool:
    """Is a fight named in the clause of the entering verb at ``i`` (within 20 words, before a full stop), not a
    fight that did not happen («من دون قتال»، «دون مقاومة»)?"""
    return _fought(words, i, _NOT_FOUGHT)


#: words before a fight that make it none the act fought: not fought («دون مقاومة»), or, for a storming, one it led to
#: or that went on around it («أدى اقتحام … إلى مواجهات»، «وسط مواجهات»)
_NOT_FOUGHT = frozenset({"دون", "بدون"})
_NOT_ITS_FIGHT = _NOT_FOUGHT | {"الي", "وسط"}


def _fought(words: list[Word], i: int, not_before: frozenset[str]) -> bool:
    """Is a fight named in the clause of the word at ``i`` (:func:`_fight_after`), with none of ``not_before`` right
    before it?"""
    k = _fight_after(words, i)
    return k is not None and not (k > 0 and words[k - 1].norm in not_before)


def _fight_after(words: list[Word], i: int) -> int | None:
    """The first fighting word in the clause of the verb or noun at ``i`` (within 20 words, before a full stop or a
    clause with a verb of its own), or ``None``."""
    seen = 0
    for k in range(i + 1, len(words)):
        w = words[k].norm
        seen += words[k].kind == "word"
        if seen > 20:
            return None
        if w in (".", "؛", ";") or (w in ("،", ",") and k + 1 < len(words) and words[k + 1].norm[:1] == "و"
                                      and words[k + 1].norm.removeprefix("و")[:1] in ("ي", "ت", "ا")):
            return None  # (the sentence or a clause with a new verb ends)
        if _without_proclitics(w).removeprefix("ال") in _FIGHTING_WORDS:
            return k
    return None


def _stormed_fighting(words: list[Word], i: int) -> bool:
    """Is the storming at ``i`` one done fighting: a fight named in its clause within twenty words («اقتحموا عرسال …،
    وخاضوا معارك مع الجيش»), not one it led to or that went on around it («أدى اقتحام المستوطنين للمسجد إلى
    مواجهات»، «وسط مواجهات»), nor one that did not happen («دون مقاومة»), with no arrest told after it (a raid)?
    Repeated raids («الاقتحامات») are raids."""
    return not (words[i].norm.endswith("ات") or _arrest_after(words, i)) and _fought(words, i, _NOT_ITS_FIGHT)


#: who hold a post («أفراد/عناصر/قوة الكمين»), and verbs of coming near one («اقتربوا من الكمين»)
_POST_HOLDERS = word_set("triggers", "_POST_HOLDERS")
_COMING_NEAR = word_set("triggers", "_COMING_NEAR")


def _checkpoint_post(words: list[Word], i: int) -> bool:
    """Is «كمين» at ``i`` a checkpoint post (Egyptian usage): the target after «على», the genitive of its men, or
    where attackers came near («اقتربوا من الكمين»)?"""
    if i == 0:
        return False
    before = words[i - 1].norm.removeprefix("و")
    if before == "علي" or before in _POST_HOLDERS:
        return True
    return before == "من" and i > 1 and any(w.norm.removeprefix("و") in _COMING_NEAR for w in words[max(0, i - 6) : i - 1])


#: words that count the people who return («نحو»، «مئات»، «عشرات»)
_ABOUT = word_set("triggers", "_ABOUT")


def _returned_to(words: list[Word], i: int) -> bool:
    """Is the verb «عاد» at ``i`` a return of counted people to a place: its subject right after it counted («وعادت نحو
    مئتي عائلة، خلال اليومين الماضيين، إلى ناحية بعشيقة»، «أن تعود مئات الأسر إلى …»), and «إلى» within twelve words,
    in its clause?  (Not a family described, «عائلة عادت إلى …»، nor «وعادت العائلات إلى النوم».)"""
    k = i + 1
    while k < len(words) and words[k].kind != "word":
        k += 1
    if k >= len(words) or not (words[k].norm in _ABOUT or words[k].kind == "number"
                               or parse_words(words[k].norm) is not None):
        return False
    for w in words[i + 1 : i + 13]:
        if w.norm in (".", "؛", ";"):
            return False
        if w.norm in ("الي", "والي"):
            return True
    return False


def _signed(words: list[Word], i: int) -> bool:
    """Is «وقع» at ``i`` a signing: written with a shadda («وقّع»), or a deal noun right after it («وقعت الاتفاقية»)?"""
    if "\u0651" in words[i].text:
        return True
    return i + 1 < len(words) and _without_proclitics(words[i + 1].norm).removeprefix("ال") in _DEALS


def _settled_status(words: list[Word], i: int) -> bool:
    """«بطاقات "تسوية"»، «تسوية أوضاعهم»، «تسوية لأوضاعهم»: a settlement status («تسوية»), not an agreement reached."""
    if not words[i].norm.lstrip("وفبل").removeprefix("ال").startswith("تسوي"):
        return False
    k = i - 1
    while k >= 0 and words[k].norm in ('"', "«", "»"):
        k -= 1
    if k >= 0 and words[k].norm in _PAPERS:
        return True
    return i + 1 < len(words) and (words[i + 1].norm in _STATUS or words[i + 1].norm.removeprefix("ل") in _STATUS)


def _ba_prefixed(w: str) -> bool:
    """A word beginning with ب (after و/ف): a verb form matched inside it must begin with ب too («بحثوا» is «بحث»,
    never بـ + «حثوا»: the preposition بـ never precedes a verb)."""
    core = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    return core[:1] == "ب" and len(core) > 3


def _adjective_ending(w: str) -> bool:
    """A relational adjective, masculine or feminine, with or without the article (محلية، السياسية، إقليمي);
    the caller checks that it agrees in definiteness with its noun («إبعاد الصحفي» is a genitive)."""
    core = w[2:] if w.startswith("ال") else w
    return len(core) >= 4 and core.endswith(("ي", "يه"))


#: plurals in the construct state and nouns that end in ي like a relational adjective but name who demands («في حين
#: طالب أهالي حي الجورة …»، «طالب ممثلو/ممثلي الفصائل»، «طالب قيادي في الحزب»)
_CONSTRUCT_PLURALS = word_set("triggers", "_CONSTRUCT_PLURALS")


def _indefinite_nisba(w: str) -> bool:
    """An indefinite masculine relational adjective (جزائري، جامعي، سوري): no article, ending in ي."""
    return w.endswith("ي") and not w.startswith(("ال", "وال", "بال", "لل")) and _adjective_ending(w)


def _defused(words: list[Word], i: int) -> bool:
    """A defusing or demining word (أبطل مفعول، تفكيك، فكك، نزع، إزالة، انتزع; ``defusing`` in cues.json) within
    ten words before the bomb noun at ``i``, in the same clause: the bomb phrase, a time and a count may come
    between («تفكيك عدة عبوات ناسفة»، the trigger is «ناسفة»; «انتزعت خلال الشهر الماضي أكثر من ثمانمئة لغم»)."""
    defusing = cues()["defusing"]
    for w in reversed(words[max(0, i - 10) : i]):
        if w.kind == "punct":
            return False
        if w.norm in defusing:
            return True
    return False


#: what needs an approval («يحتاج إلى موافقة …»، «مشروط بموافقة …»): the approval is a condition, not given
_NEEDING = word_set("triggers", "_NEEDING")
#: what names mines as a danger, not a blast: their fields, risks, detection, victims as a class («حقول الألغام»،
#: «التوعية بمخاطر الألغام»، «أجهزة كشف الألغام»، «صندوق لضحايا الألغام»)
_MINE_FIELDS = word_set("triggers", "_MINE_FIELDS")
#: what mines are feared or cleared from («خوفاً من الألغام»، «أرض لم تُمسح من الألغام»، «تطهير المنطقة من الألغام»)
_FEARING = word_set("triggers", "_FEARING")


def _mines_as_such(words: list[Word], i: int) -> bool:
    """Is the mine noun at ``i`` («الألغام»، «ألغام»، «لغم») told as a danger — in the genitive of a field, risk,
    detection or victims word (:data:`_MINE_FIELDS`, also with «بـ/لـ»), or after «من» with a word of fear or clearing
    up to four words before (:data:`_FEARING`) — and not as a blast («انفجار لغم»)?"""
    w = words[i].norm.lstrip("وب").removeprefix("ال")
    if w not in ("لغم", "الغام"):
        return False
    prev = words[i - 1].norm if i > 0 else ""
    if prev.lstrip("وبل").removeprefix("ال") in _MINE_FIELDS:
        return True
    return prev == "من" and any(proclitic_in(x.norm, _FEARING, "ول") for x in words[max(0, i - 5) : i - 1])


def _sources_not_seizure(words: list[Word], i: int) -> bool:
    """«مصادره/مصادرها/مصادرهم» read as sources + a pronoun: after عن/حسب/وفق/لـ or before أن/إن or a speech verb."""
    w = words[i].norm
    if not w.endswith(("ه", "ها", "هم")) or "مصادر" not in w:
        return False
    before = words[i - 1].norm if i > 0 else ""
    after = words[i + 1].norm if i + 1 < len(words) else ""
    return (before in ("عن", "حسب", "بحسب", "وفق", "وفقا", "لدي") or w.startswith("ل")
            or after in ("ان", "انه", "انها", "بان") or matches_form(after, cues()["speech_verbs"]))


def _anonymity_formula(words: list[Word], i: int) -> bool:
    """Word ``i`` opens the newswire formula of an unnamed source: a disclosure word (الكشف، ذكر) within
    two words after it and the source's identity (هويته، اسمه) within two words after that
    («رفض الكشف عن هويته»، «طلب عدم ذكر اسمه»، «فضّل عدم الإفصاح عن اسمه»)."""
    c = cues()
    d = _has(words, i + 1, i + 3, c["disclosure"])
    return d is not None and _has(words, d + 1, d + 3, c["anonymity"]) is not None


def _policy_subject(words: list[Word], i: int) -> bool:
    """Is the aiming verb at ``i`` («تستهدف»، «استهدفت») said of a measure or a plan (``policy_subjects``: عقوبات،
    سياسة، خطة، حملة توعية …), as the subject just before it (also through «التي») or just after it?"""
    pol = cues()["policy_subjects"]
    k = i - 1
    if k >= 0 and words[k].norm in cues()["relative"]:
        k -= 1
    while (k >= 0 and words[k].kind == "word" and not matches_form(words[k].norm, pol)
           and _adjective_like(words[k].norm) and k > i - 4):
        k -= 1  # «العقوبات الأوروبية الجديدة تستهدف …»
    before = k >= 0 and matches_form(words[k].norm, pol)
    after = i + 1 < len(words) and matches_form(words[i + 1].norm, pol)
    # the subject opening the clause, with a relative clause between («وعقوبات الاتحاد التي فرضت عام 2011 تستهدف …»)
    opening = any(
        matches_form(words[j].norm, pol) and (j == 0 or words[j - 1].kind == "punct" or words[j - 1].norm in _THAT)
        for j in range(max(0, i - 10), i)
    ) and not any(words[j].kind == "punct" and words[j].norm not in _QUOTE_MARKS for j in range(max(0, i - 10), i))
    return before or after or opening


#: nouns naming a matter under discussion («مسألة خروج …»، «ملف انسحاب …»)
_TOPIC_NOUNS = frozenset({"مساله", "المساله", "قضيه", "ملف", "موضوع", "بند"})
#: a file: «ملف المساعدات» (the aid portfolio), «ملفات الاعتقال» (dossiers), for a noun of any type
_FILES = frozenset({"ملف", "الملف", "ملفات", "الملفات"})
#: states of affairs a development endangers («يهدد السلم»، «تهدد الاستقرار»، «يهدد حياة …»)
_ENDANGERED = word_set("triggers", "_ENDANGERED")
_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
#: tatweel and vowel marks, as written (stripped before reading a word's last letter)
VOWEL_MARKS = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def _adjective_like(w: str) -> bool:
    """A word that may be an adjective after its noun: definite or indefinite, nisba or feminine or accusative
    («الأوروبية»، «الجديدة»، «جديداً»)."""
    return w.endswith(("يه", "ي", "ه", "ا")) and len(w) > 3


#: adjectives of a student («طالب جامعي»، «طلاب المدارس» is no verb either way)
_STUDENT_ADJECTIVES = word_set("triggers", "_STUDENT_ADJECTIVES")
#: places of study after «طالب في»: «طالب في كلية الطب»، «طالب في المرحلة الثانوية»
_PLACES_OF_STUDY = word_set("triggers", "_PLACES_OF_STUDY")
#: words before a bare «طالب» that make it a noun: «أفرجت … عن طالب»، «أحدهم طالب»، «وهو طالب»
_BEFORE_A_STUDENT = word_set("triggers", "_BEFORE_A_STUDENT")


def _a_student(words: list[Word], i: int, nxt: list[Word]) -> bool:
    """A bare «طالب» after «عن/أحدهم/وهو», or followed by «في» and a place of study, is a student: «اعتقلت خمسة
    شبان، أحدهم طالب في المرحلة الثانوية»، «أفرجت المحكمة عن طالب في جامعة الخليل»."""
    if words[i].norm != "طالب":
        return False
    if i > 0 and words[i - 1].norm in _BEFORE_A_STUDENT:
        return True
    return len(nxt) > 1 and nxt[0].norm == "في" and nxt[1].norm in _PLACES_OF_STUDY


#: armed groups as the object of «طرد» (driven out of a place in fighting)
_ARMED_OBJECTS = word_set("triggers", "_ARMED_OBJECTS")


def _armed_cut(words: list[Word], t: Trigger) -> bool:
    """Is a road cut by armed men (named in the clause's eight words before the phrase or inside it: «عناصر المجلس
    قطعوا الطريق»، «وقطع مسلحون الطرقات») or a supply line («قطع طريق الإمداد»)?"""
    if t.last + 1 < len(words) and words[t.last + 1].norm.removeprefix("ال") in ("امداد", "امدادات"):
        return True
    lo = t.first
    while lo > max(0, t.first - 8) and words[lo - 1].norm not in (",", ".", ":", ";"):
        lo -= 1
    for w in words[lo : t.last]:
        x = w.norm.strip('"')  # (a name's quotation marks, normalised to '"')
        if x in _ARMED_OBJECTS or x.removeprefix("و") in _ARMED_OBJECTS or x.removeprefix("و").startswith(_ARMED_STEMS):
            return True
    return False


#: the stems of armed men («مسلحون»، «المسلحين»، «مقاتلو»، «مقاتليه»)
_ARMED_STEMS = ("مسلح", "المسلح", "مقاتل", "المقاتل")


def _driven_out_armed(words: list[Word], i: int) -> bool:
    """Is the object of «طرد» (in the next three words) an armed group, with «من» + the place after it?"""
    for k in range(i + 1, min(len(words), i + 4)):
        if words[k].norm.lstrip("«\"") in _ARMED_OBJECTS or words[k].norm in _ARMED_OBJECTS:
            return any(w.norm == "من" for w in words[k + 1 : k + 6])
    return False


#: sites of holding people («أماكن الاحتجاز»، «مركز توقيف»)
_HOLDING_SITES = word_set("triggers", "_HOLDING_SITES")
#: army units («قطعات من الجيش»), not «قطع» (cutting a road)
_UNITS = frozenset({"قطعات", "القطعات", "قطعاته", "قطعاتها"})
#: a diplomatic note («مذكرة احتجاج»)
_NOTES = frozenset({"مذكره", "مذكرات"})
#: road words before a place name («طريق جولة القصر»، «شارع جولة …»)
_ROADS = frozenset({"طريق", "الطريق", "شارع", "الشارع", "تقاطع", "دوار"})
#: what a crowd chants or carries («هتافات تندد»، «لافتات منددة»)
_CHANTS = frozenset({"هتافات", "الهتافات", "شعارات", "الشعارات", "لافتات", "اللافتات", "هتاف"})


def _after_aside(words: list[Word], i: int) -> int:
    """The index after word ``i`` and a short aside between commas right after it («استقبل، قرابة منتصف الليل، جثتي
    …»: the index of «جثتي»), else ``i + 1``."""
    if i + 1 < len(words) and words[i + 1].norm in (",", "،"):
        for j in range(i + 2, min(len(words), i + 10)):
            if words[j].norm in (",", "،"):
                return j + 1
            if words[j].norm in CLAUSE_ENDS:
                break
    return i + 1


#: air forces and warplanes, whose act is never an accident
_AIR_FORCES = frozenset({"طيران", "مقاتلات", "مروحيات", "مروحيه"})
#: bombs that do not blow up anyone: flares, smoke («قنابل مضيئة»، «قنابل دخانية»)
_NOT_BLASTING = frozenset({"مضييه", "ضوييه", "دخانيه", "المضييه", "الضوييه", "الدخانيه", "اناره"})


#: a preposition written on a place noun («بالمطار»، «للمخيم»): the place is governed, no subject
_PREPOSITION_CLITICS = ("ب", "ل", "وب", "ول")


#: the freed, welcomed home («استقبل الأهالي الأسرى المفرج عنهم»، «المحررين»)
_FREED = word_set("triggers", "_FREED")


def _welcomed_home(words: list[Word], i: int) -> bool:
    """Does a word of the freed («الأسرى»، «المفرج عنهم») stand within eleven words after «استقبل» at ``i``, in its
    clause (a short aside between commas passed)?"""
    k, end = i + 1, min(len(words), i + 12)
    while k < end:
        w = words[k].norm
        if w in (",", "،"):
            # (past a short aside between commas: «واستقبل المئات من أهالي الضالع، مساء أمس، الأسرى السبعة»)
            close = next((j for j in range(k + 1, min(end, k + 5)) if words[j].norm in (",", "،")), None)
            if close is None:
                return False
            k = close + 1
            continue
        if w in CLAUSE_ENDS:
            return False
        if w in _FREED:
            return True
        k += 1
    return False


def _received_at_a_place(words: list[Word], i: int) -> bool:
    """Is the subject of «استقبل» at word ``i`` a place that takes people or things in (a clinic, a hospital, a camp,
    an airport), right after the verb or before it in its sentence — not a place after a preposition, where a host
    received a guest («في مطار دمشق استقبل الوزير نظيره»), unless the verb opens a relative clause?"""
    places = cues()["receiving_places"]
    k = _after_aside(words, i)
    if k < len(words) and matches_form(words[k].norm, places) and not words[k].norm.startswith(_PREPOSITION_CLITICS):
        return True
    # (a relative clause's verb has its antecedent as subject, whatever governs that: «إلى مخيم …، الذي استقبل»)
    # (but not «الفندق الذي استقبل فيه الوزير نظيره»: «فيه» makes the antecedent where it happened)
    relative = i > 0 and words[i - 1].norm in ("الذي", "التي")
    if relative and k < len(words) and words[k].norm in ("فيه", "فيها"):
        return False
    for j in range(i - 1, max(-1, i - 10), -1):
        w = words[j].norm
        if w in CLAUSE_ENDS:
            return False
        if matches_form(w, places) and (relative or (not w.startswith(_PREPOSITION_CLITICS) and not (
                j > 0 and words[j - 1].norm in ("في", "وفي", "الي", "من", "داخل", "امام", "عند")))):
            return True
    return False


_RANSOM = frozenset({"فديه", "فدي", "فديات"})  # (plural «فدى»)


def returns_fire(t: Trigger) -> bool:
    """Is the trigger a return of fire («وردّت وحدات الجيش على مصادر النيران»)?"""
    return t.type == "ASSAULT" and t.pos == "p" and t.lemma.startswith("رد/")


def answers_statement(t: Trigger) -> bool:
    """Is the trigger an answer to a statement or accusations, or appeals thrown out («وردّ X على بيان …»، «ترد على
    الاتهامات الأميركية»، «ردّ معظم الطعون»)?  What follows the answer is what it rejects, and whose that is."""
    return t.type == "REJECT" and t.pos == "p" and t.lemma.startswith("رد/")


@cache
def future_lookalikes() -> frozenset[str]:
    """The nouns that begin like a future verb: those of cues.json (سيارة، سياسة) and the one-word place names the
    gazetteer knows («غرب سنجار»، «شمال سيناء»: no «will …»)."""
    names = {k for k in load_places().name_keys() if " " not in k and len(k) >= 5 and k[0] == "س" and k[1] in "يتن"}
    return cues()["future_lookalikes"] | names


#: verbs of closing, and the doors one closes of one's own («أبوابها»): a shop's or a school's closing, no restriction
_CLOSING = frozenset({norm("أغلق"), norm("أقفل")})
_OWN_DOORS = word_set("triggers", "_OWN_DOORS")
#: premises closed in their dozens («أُغلقت عشرات المدارس»، «أغلقت مئات المحال»): schools or shops shut, no road closed
_CLOSED_PREMISES = word_set("triggers", "_CLOSED_PREMISES")
_SCORES = word_set("triggers", "_SCORES")
#: words before a tour («خلال جولة»، «أثناء عودته من جولة»، «ضمن جولة») that make it the frame of another act
_TOUR_AS_CIRCUMSTANCE = word_set("triggers", "_TOUR_AS_CIRCUMSTANCE")
#: what makes a «جولة» a round of talks, whatever stands before it («خلال جولة المفاوضات»، «في ختام جولة ثانية»)
_ROUND_OF_TALKS = word_set("triggers", "_ROUND_OF_TALKS")
#: what one declines to tell («رفض تحديد موعد …»، «رافضاً الإفصاح عن …»، «رفض التعليق»): no refusal of a demand
_DECLINING_TO_TELL = word_set("triggers", "_DECLINING_TO_TELL")
#: future verbs of four letters (hollow and doubled roots: «سترد»، «سيقع»), which the five-letter floor leaves out
_SHORT_FUTURE = word_set("triggers", "_SHORT_FUTURE")


def future_verb(w: str) -> bool:
    """A verb with the future prefix سـ («سيعقد»، «ستبدأ»، «وسيشرعان»، «سترد»); not a noun that begins the same way
    (:func:`future_lookalikes`: سيارة، سياسة، سنجار), nor any form of «سيطرة»."""
    b = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    if b in _SHORT_FUTURE:
        return True
    # (and «ستين…»: sixty, «رجلاً ستينياً»، «الستينيات»; no future verb begins «ستي»)
    return (len(b) >= 5 and b[0] == "س" and b[1] in "يتن" and b not in future_lookalikes()
            and not b.startswith("سيطر") and not b.startswith("ستين"))


#: the attack noun's lemma, and what makes it a counter-attack («هجوم معاكس/مضاد/مرتد»): no figure of speech, though
#: those words make one of other attack words («قذيفة مضادة للدروع» is a weapon named, not fired)
_ATTACK = "هجوم"
_COUNTER = word_set("triggers", "_COUNTER")
#: quote marks as the words of a sentence normalise them
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”", "'"})
#: words in «ب» that open no promised act («بأن»، «بين»، «بعد»، «بحق» …)
_NOT_PROMISES = word_set("triggers", "_NOT_PROMISES")


def promise_word(words: list[Word], k: int) -> bool:
    """Can word ``k`` open what a threat promises: a masdar with «بـ» («بشنّ»، «باتخاذ»), or the clitic written apart
    before a quote mark («بـ«حملة …»»)?"""
    w = words[k]
    return w.kind == "word" and w.norm[:1] == "ب" and w.norm not in _NOT_PROMISES and (len(w.norm) >= 3 or (
        k + 1 < len(words) and words[k + 1].norm in QUOTE_MARKS))


#: forces someone names as its own with a pronoun («وحداتها»، «قواته»)
_OWN_FORCES = frozenset({"وحدات", "قوات", "عناصر", "مقاتلي", "جنود", "قطعات"})


def own_forces(w: str, pronouns: tuple[str, ...] = ("ها", "ه")) -> bool:
    """Is the (normalised) word forces named with a possessive pronoun («وحداتها»، «قواته»): someone's own?"""
    return any(w.endswith(p) and w[: -len(p)] in _OWN_FORCES for p in pronouns)
#: adverbs of firmness («بحزم»، «بكل صرامة»): what will be done so to those warned is a threat
_FIRMLY = word_set("triggers", "_FIRMLY")


#: «هدفاً/أهدافاً» before «مشروعاً/مشروعة» (a legitimate target): what a warning so names is threatened
_TARGETS = frozenset({"هدفا", "هدف", "اهدافا", "اهداف"})


def _warns_of_own_act(words: list[Word], i: int) -> bool:
    """A warning that is a threat: «حذّر المجلس … من أنه سيدعو إلى إغلاق الطريق إذا لم تتحرك الحكومة …»، «محذّرةً من
    أنها «لن تتهاون»»، «من أن القوات المسلحة «لن تتردد في استخدام القوة»»، «من أن شبانهم «سيدافعون …» إذا تقدّمت
    القوات». After the verb (its object and a parenthetical between), «من أنّ …» whose content has a future verb or
    «لن», and whose subject is a pronoun (the warner), or a «لن», or a condition. A warning of a danger («حذّر من
    كارثة إنسانية»، «من أن شبح المجاعة بات واقعاً»، «من أن تكرار هذه الأعمال سيدفع الحكومة …») threatens no one."""
    verb = words[i].norm.lstrip("وف")
    feminine = verb[:1] == "ت" or verb.endswith(("ت", "ه"))  # «حذّرت»، «تحذّر»، «محذّرةً»
    for k in range(i + 1, min(len(words) - 1, i + 20)):
        w = words[k].norm
        if w in _SENTENCE_ENDS or "حذر" in w:
            return False  # (another warning: «يحذرون من خطوات … والفصائل تحذّر من أنها …»)
        if w not in ("من", "ومن") or words[k + 1].norm not in _THAT | _THAT_WITH_PRONOUN:
            continue
        # the pronoun agrees with the warner, not with an object between («حذّر المسؤولون البلدات الحدودية من أنها
        # ستواجه شتاءً صعباً»: a forecast about the towns)
        own = words[k + 1].norm in _THAT_WITH_PRONOUN and (words[k + 1].norm == "انها") == feminine
        # «من أن وحداتها «ستلاحق …»»، «من أن قواته سترد …»: the warner's own forces, by a pronoun that agrees with it
        own = own or (words[k + 1].norm in _THAT and k + 2 < len(words)
                      and own_forces(words[k + 2].norm, ("ها",) if feminine else ("ه",)))
        future = wont = condition = firm = False
        content = words[k + 2 : k + 32]
        for j, x in enumerate(content):
            if x.norm in _SENTENCE_ENDS:
                break
            wont = wont or x.norm in _WONT
            future = future or wont or future_verb(x.norm)
            condition = condition or (future and x.norm in _CONDITIONS)
            # «سيتعامل بحزم مع أي طرف يخرق الهدنة»، «سيُطبَّق بكل صرامة على كل من يعطّل …»: firmness against anyone
            # who acts so is a threat to them, whoever is the subject
            firm = firm or (future and (x.norm in _FIRMLY or (
                x.norm == "بكل" and j + 1 < len(content) and "ب" + content[j + 1].norm in _FIRMLY)))
            # «… سيكون هدفاً مشروعاً»، «ستُعدّ أهدافاً مشروعة»: whatever is so named is threatened
            firm = firm or (future and x.norm in _TARGETS and j + 1 < len(content)
                            and content[j + 1].norm.startswith("مشروع"))
        return future and (own or wont or condition or firm)
    return False


#: what opens a reported clause or a time after an event: the noun after it is the event told of, not words said
#: («وقال المتحدث في بيان إن الهجوم جاء …»، «منذ هجوم السوق»)
_EVENT_TOLD_OF = word_set("triggers", "_EVENT_TOLD_OF")


def _attack_talked_of(words: list[Word], i: int) -> bool:
    """Is the attack noun at ``i`` an armed attack that the words around it talk about, rather than a verbal attack?
    It is when no speech word is within six words of it (a statement elsewhere in the sentence is about the attack:
    «جاءت تصريحات المسؤولين الغاضبة بعد أيام من وقوع أول هجوم قرب المعبر»), when it is counted («شنّت هجومين»،
    «40 هجوماً»), when a relative clause follows it («الهجوم الذي تعرّضت له القاعدة») or when it opens a reported
    clause or follows a time word («إن الهجوم …»، «منذ هجوم السوق»)."""
    w = words[i].norm
    if w.endswith(("ين", "ان")) and not w.endswith("يان"):
        return True  # a dual («هجومين»)
    if i > 0 and (words[i - 1].norm in _EVENT_TOLD_OF or words[i - 1].kind == "num" or words[i - 1].norm.isdigit()):
        return True
    for x in words[i + 1 : i + 5]:  # (past its adjectives and a closing quote mark)
        if x.norm in ("الذي", "التي"):
            return True
        if (x.kind != "word" and x.norm not in _QUOTE_MARKS) or x.norm in ("علي", "ضد"):
            break
    return _has(words, max(0, i - 6), min(len(words), i + 7), cues()["speech_context"]) is None


#: what introduces the words of banners and chants («لافتات كُتب عليها «…»»، «هتفوا «…»»)
_SLOGAN_CUES = word_set("triggers", "_SLOGAN_CUES")
#: the words between such a cue and the quoted words («كُتب عليها «…»»، «هتافات تقول «…»»)
_SLOGAN_LINKS = frozenset({"عليها", "عليه", "تقول", "يقول"})
#: quote marks as written (all of them normalise to «"»)
OPENING_QUOTES = frozenset({"«", "“"})
CLOSING_QUOTES = frozenset({"»", "”"})


def in_slogan(words: list[Word], k: int) -> bool:
    """Is word ``k`` inside the quoted words of a banner or a chant («رفعوا لافتات كُتب عليها «لا للحصار» و«الطريق إلى
    دمشق لا يمر من مسرابا»»)? What a slogan says is no event and names no place of one.  (Quote marks are told apart
    by their written form: all of them normalise to «"».)"""
    o = next((j for j in range(k - 1, max(-1, k - 15), -1)
              if words[j].text in OPENING_QUOTES or words[j].text in CLOSING_QUOTES), None)
    if o is None or words[o].text in CLOSING_QUOTES:
        return False
    j = o - 1
    for _ in range(4):  # (back over the slogans before it: «…» و«…»)
        while j >= 0 and words[j].norm in ("و", "،", ","):
            j -= 1
        if j < 0 or words[j].text not in CLOSING_QUOTES:
            break
        j = next((y for y in range(j - 1, max(-1, j - 20), -1) if words[y].text in OPENING_QUOTES), -1) - 1
    if j >= 1 and words[j].norm in ("ب", "بـ") and words[j - 1].norm[:1] in ("ت", "ي"):
        j -= 2  # «لافتات تندد بـ«…»»: the banner's words after its verb and «بـ» (not «تطالب «الشرطة» بـ…», a name)
    elif j >= 1 and words[j].norm in _SLOGAN_LINKS:
        j -= 1  # «كُتب عليها «…»»، «هتافات تقول «…»»
    return j >= 0 and (words[j].norm in _SLOGAN_CUES or matches_form(words[j].norm, _SLOGAN_CUES))


#: out of («خارجة عن السيطرة»، «يخرج عن سيطرة»): «عن» before «سيطرة» that names no report
_OUT_OF = ("خارج", "يخرج", "تخرج", "خرج", "خروج")


def _chant_verb_joined(words: list[Word], k: int) -> bool:
    """Is the verb at word ``k`` joined by «و» to the present verb of banners or chants said before it in its clause
    («رافعين لافتات تطالب بالإفراج عن المعتقلين وترفض «العقاب الجماعي»»، «وسط هتافات تندد بالاحتلال وتطالب
    بخروجه»)? Its subject is the banners, as its first verb's is."""
    joined = words[k].norm
    if not (joined.startswith(("وت", "وي")) and len(joined) > 3):
        return False
    for j in range(k - 1, max(0, k - 12), -1):
        w = words[j].norm
        if w in CLAUSE_ENDS or w in (",", "،"):
            return False
        if w[:1] in ("ت", "ي") and proclitic_in(words[j - 1].norm, _CHANTS, "وب"):
            return True
    return False


def _control_reported(words: list[Word], k: int) -> bool:
    """Does «سيطرة» at word ``k`` follow «عن» (a quote mark between allowed) that follows no «out of» word («أنباء عن
    سيطرة …»، «عن «سيطرة» …»; not «الخارجة عن سيطرة النظام»)?"""
    j = k - 1 if k > 0 and words[k - 1].norm != '"' else k - 2
    if j < 1 or words[j].norm != "عن":
        return False
    return not words[j - 1].norm.lstrip("وال").startswith(_OUT_OF)


#: verbs of a deliberate attack, which no accident word («الغاز»، «حريق») makes an accident («هاجموا محطة الغاز»)
_DELIBERATE = word_set("triggers", "_DELIBERATE")


def _deliberate_attack(words: list[Word], t: Trigger) -> bool:
    """Is the trigger a past verb of a deliberate attack («هاجموا»، «استهدفت»)?  (The present may tell an aim: «تحقيقات
    تستهدف المقاولين».)"""
    first = words[t.head].norm.removeprefix("و").removeprefix("ف")[:1]
    lemma = norm(t.lemma)
    return t.pos == "v" and lemma in _DELIBERATE and not (first in ("ي", "ت", "ن") and lemma[:1] != first)


#: words before «تفاهم» that make it no understanding reached («سوء تفاهم»، «روح التفاهم»)
_NOT_AN_UNDERSTANDING = word_set("triggers", "_NOT_AN_UNDERSTANDING")
#: words before and after «تفاهم» that tell an understanding reached, signed or reported («توصلا إلى تفاهم»، «مذكرة
#: تفاهم»، «أنباء عن تفاهم»، «تفاهم أُبرم/جرى التوصل إليه/يقضي بـ…»)
_UNDERSTANDING_BEFORE = word_set("triggers", "_UNDERSTANDING_BEFORE")
_UNDERSTANDING_AFTER = word_set("triggers", "_UNDERSTANDING_AFTER")


def _understanding_reached(words: list[Word], i: int) -> bool:
    """Is the noun «تفاهم» at ``i`` an understanding reached, signed or reported: one of
    :data:`_UNDERSTANDING_BEFORE` among the three words before it, or of :data:`_UNDERSTANDING_AFTER` among the four
    after it (no punctuation between), and no «سوء/روح» right before it?"""
    if i > 0 and words[i - 1].norm.removeprefix("و").removeprefix("ب").removeprefix("ل") in _NOT_AN_UNDERSTANDING:
        return False
    before = [w for w in words[max(0, i - 4) : i] if w.norm not in QUOTE_MARKS][-3:]
    after = []
    for w in words[i + 1 : i + 8]:
        if w.kind != "word" and w.norm not in QUOTE_MARKS:
            break
        if w.kind == "word":
            after.append(w)
        if len(after) == 4:
            break
    return (any(w.kind == "word" and proclitic_in(w.norm, _UNDERSTANDING_BEFORE, "و") for w in before)
            or any(proclitic_in(w.norm, _UNDERSTANDING_AFTER, "و") for w in after))


#: the initiative noun («مبادرة»), and the words before it that make it the initiative one takes («زمام المبادرة»،
#: «عنصر المبادرة») and after it that make it a name («مبادرة الحزام والطريق»)
_INITIATIVE = norm("مبادرة")
_TAKING_INITIATIVE = word_set("triggers", "_TAKING_INITIATIVE")
_NAMED_INITIATIVES = word_set("triggers", "_NAMED_INITIATIVES")
_ON_TO = frozenset({norm("على"), norm("إلى")})


def _initiative_taken(words: list[Word], i: int) -> bool:
    """Is «مبادرة» the initiative one takes or holds, not a proposal: after «زمام/عنصر», or «المبادرة» alone after
    «على/إلى» with nothing of its own after it («قادرة على المبادرة وفرض القواعد»، «عادت العشائر إلى المبادرة»)? Or
    the name of a programme («مبادرة الحزام والطريق»)?"""
    prev = words[i - 1].norm if i > 0 else ""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev in _TAKING_INITIATIVE or (nxt is not None and nxt.norm in _NAMED_INITIATIVES):
        return True
    return words[i].norm == "ال" + _INITIATIVE and prev in _ON_TO and (
        nxt is None or nxt.kind != "word" or nxt.norm.startswith("و") or nxt.norm in _ON_TO)


def _sense_check(words: list[Word], t: Trigger) -> bool:
    """Keep, retype or drop a trigger by its context (records the reason on ``t``)."""
    c = cues()
    i = t.head
    nxt = words[i + 1 : i + 4]
    prev = words[max(0, i - 2) : i]
    # a noun negated by عدم / دون / بدون names no event
    if t.pos == "n" and prev and _negator_before(prev[-1].norm):
        return False
    if in_slogan(words, t.first):
        return False  # «لافتات كُتب عليها «لا للحصار»»: the words of a banner or a chant
    joined = words[i].norm.removeprefix("و")
    if t.type == "ACCUSE" and t.pos == "n" and joined.removeprefix("ال") in ("متهما", "متهمه") and (
            t.first == 0 or words[t.first - 1].norm not in (",", "،") or joined.startswith("ال")
            or (nxt and nxt[0].norm[:1] == "ب")):
        return False  # «وكان الرجل متهماً بالسرقة»، «شركات متهمة بمساعدة النظام»، «…، المتهمة بـ…»: accused, not
        # accusing (that participle follows a comma and names the accused before «بـ»: «، متهمةً إياهم بـ…»)
    if t.lemma == "نشر" and prev and prev[-1].norm in ("ما", "وما"):
        return False  # «بحسب ما نشره المركز الإعلامي للقوات»: what was published, not troops deployed
    if t.lemma == "احتجاج" and prev and proclitic_in(prev[-1].norm, _NOTES, "وب"):
        return False  # «تسليمه مذكرة احتجاج»: a diplomatic note handed over, no demonstration
    if t.type == "SUPPORT" and t.lemma == "اشاد" and "\u064a\u0651" in words[i].text:
        return False  # «عمال كانوا يشيّدون مواقع»: builds (with shadda), not «يُشيد» (praises)
    if t.type == "COERCE" and t.mode == "restrict" and t.pos == "n" and prev and _with_proclitics_in(prev[-1].norm, _ENDING_A_SIEGE):
        return False  # «مقابل فك الحصار عن الحي»، «كسر الحصار»، «لم ينهِ الحصار»: the siege in force, no new one laid
    if t.mode == "deport" and nxt and nxt[0].norm in _REFUSE:
        return False  # «أثناء عمله على ترحيل القمامة»: rubbish carried away, no one deported
    if t.mode == "deport" and nxt and nxt[0].norm in _MATTERS:
        return False  # «قبل أن يتفق الطرفان على ترحيل الخلاف إلى المرحلة الثانية»: a matter put off, no one deported
    if t.type == "MOBILIZE" and t.lemma == "تعزيز" and nxt and proclitic_in(nxt[0].norm, _TIES, "و"):
        return False  # «سبل تعزيز التنسيق الأمني والعسكري»، «تعزيز التعاون»: ties strengthened, no troops sent
    if t.type == "AGREE" and t.lemma == "موافقه" and nxt and nxt[0].norm in ("امنيه", "الامنيه"):
        return False  # «بانتظار موافقة أمنية على عبور الطريق»: a security clearance, a permit, no agreement reached
    if t.type == "REJECT" and nxt and nxt[0].norm in _DECLINING_TO_TELL:
        return False  # «رفض تحديد موعد لبدء العمليات»، «رافضاً الإفصاح عن مزيد من التفاصيل»: declining to tell, no act
    if t.pos == "v" and norm(t.lemma) in _CLOSING and any(w.norm in _OWN_DOORS for w in words[i + 1 : i + 7]):
        return False  # «وأغلقت محال السوق أبوابها حداداً»، «الأهالي أغلقوا أبوابهم»: one's own doors shut, no road closed
    if t.pos == "v" and norm(t.lemma) in _CLOSING and nxt and nxt[0].norm in _SCORES and len(nxt) > 1 and (
            nxt[1].norm in _CLOSED_PREMISES):
        return False  # «ومنذ التاسع من الشهر، أُغلقت عشرات المدارس وتحولت إلى مراكز إيواء»: premises shut, no protest
    if t.lemma == "فرار" and not (prev and prev[-1].norm == "عن"):
        return False  # a flight told as news («تحدثت مصادر عن فرار عدد من قادة التنظيم»); not «الفرار من القصف»
    if t.lemma == "سيطره" and not _control_reported(words, t.first):
        return False  # «من السيطرة على القرية»، «الخارجة عن سيطرة النظام»: control gained or lost; «أنباء عن سيطرة X على Y»
    if norm(t.lemma) == "تفاهم" and not _understanding_reached(words, i):
        return False  # «سوء تفاهم»، «إيجاد تفاهم مشترك»، «غياب التفاهم»: a mood, an aim or a lack, no understanding reached
    if t.lemma == "جوله" and t.first == t.last and prev and prev[-1].norm in _TOUR_AS_CIRCUMSTANCE and not (
            nxt and nxt[0].norm in _ROUND_OF_TALKS):
        return False  # «توعّد الوزير، خلال جولة تفقّد فيها …»، «أثناء عودته من جولة»: the tour frames what is told
    if t.lemma == "جوله" and nxt and nxt[0].norm in _BALLOTS:
        return False  # «في جولة الإعادة»، «الجولة الانتخابية»: a round of voting, no tour or talks
    if t.lemma == "جوله" and prev and proclitic_in(prev[-1].norm, _ROADS, "وب"):
        return False  # «فتح طريق جولة القصر»: a roundabout (جولة in Yemen) in a road's name, no tour or talks
    if t.type == "ACCUSE" and prev and proclitic_in(prev[-1].norm, _CHANTS, "وب"):
        return False  # «وسط هتافات تندد بالاحتلال»: what a crowd chanted, no accusation by an actor
    if t.pos == "v" and _chant_verb_joined(words, t.first):
        return False  # «لافتات تطالب بالإفراج عن المعتقلين وترفض «العقاب الجماعي»»: a banner's second verb, no act
    if t.type in ("RETREAT", "MOBILIZE") and t.pos == "n" and prev and prev[-1].norm in _TOPIC_NOUNS:
        return False  # «بحثوا مسألة خروج المقاتلين»، «ملف انسحاب القوات»: the subject of talks, not a withdrawal
    if t.type == "COERCE" and t.pos == "n" and prev and prev[-1].norm.lstrip("وبل").removeprefix("ال") in _HOLDING_SITES:
        return False  # «لا تعرف أماكن احتجاز ذويها»، «مركز توقيف»: where people are held, no arrest told
    if t.pos == "n" and prev and proclitic_in(prev[-1].norm, _FILES, "وبل"):
        return False  # «مسؤولين عن ملف المساعدات الإنسانية»: a portfolio or a dossier, no act
    if t.type == "ASSAULT" and t.pos == "n" and t.mode == "explosives" and i > 0 and _defused(words, i):
        return False  # «أبطل خبراء مفعول عبوة ناسفة»، «تفكيك لغم»: a bomb made safe, no attack
    if t.type == "AGREE" and t.pos == "n" and any(proclitic_in(w.norm, _NEEDING, "و") for w in prev):
        return False  # «صرف أي مبلغ يحتاج إلى موافقة الإدارة»: an approval a step needs, none given
    if t.type == "ASSAULT" and t.pos == "n" and _mines_as_such(words, i):
        return False  # «التوعية بمخاطر الألغام»، «أرض لم تُمسح من الألغام»: mines as a danger, no blast told
    if t.lemma == "انتحاري" and prev and matches_form(prev[-1].norm, c["suicide_carriers"]):
        return False  # «طائرة مسيّرة انتحارية»، «سيارة انتحارية»: the weapon's adjective, not a suicide attacker
    if t.type == "THREATEN" and t.pos == "v" and nxt and nxt[0].norm in _ENDANGERED:
        return False  # «تصعيد شامل يهدد السلم والأمن الإقليمي»: endangers a state of affairs, no one is threatened
    if norm(t.lemma) == "انذر" and words[i].norm.lstrip("وف")[:1] in ("ي", "ت") and nxt and nxt[0].norm[:1] == "ب":
        return False  # «سياسات تنذر بإشعال المنطقة»، «ينذر بكارثة»: portends (a sign of what may come), no warning given
    if norm(t.lemma) in ("قافله", "شحنه", "محمله", "حمل") and any(
            proclitic_in(w.norm, _MILITARY_LOADS, "وب") for w in words[max(0, i - 6) : i + 8]):
        return False  # «قافلة عسكرية تضم شاحنات محمّلة بالذخائر»، «شحنة من الأسلحة»: a military load, no aid
    if t.type == "AID" and t.pos == "n" and _relied_on(words, i):
        return False  # «يعتمد آلاف النازحين … على المساعدات بصورة شبه كاملة»: what people live on, no delivery told
    if t.type == "AID" and t.pos == "n" and _kept_out(words, i):
        return False  # «منعت الحواجز دخول شاحنات محمّلة بالطحين»: the aid was kept out, not delivered
    if t.type == "THREATEN" and norm(t.lemma) in WARNING_LEMMAS and not _warns_of_own_act(words, i):
        return False  # «حذّرت المنظمات من كارثة إنسانية»: a warning of a danger, not a threat
    if t.lemma == "انذار" and prev and prev[-1].norm in c["sirens"]:
        return False  # «دوّت صفارات الإنذار»: sirens, not a warning to anyone
    if t.lemma == "انذار" and any(proclitic_in(x.norm, _WITHOUT, "و") for x in prev):
        return False  # «انهمر الرصاص دون سابق إنذار»، «بلا إنذار مسبق»: how something happened, no warning given
    if t.type == "REJECT" and (k := _has(words, i + 1, i + 12, c["no_comment"])) is not None and (
            k < i + 4 or not any(w.norm in (",", "،") or w.norm in CLAUSE_ENDS for w in words[i + 1 : k])):
        # «رفضت الحكومة التعليق على …»، «رفض مكتب البرنامج في الحديدة التعليق»، «رفض متحدث باسم «مجلس دير الزور
        # العسكري» التعليق»: declining to comment is no rejection
        return False
    if t.mode == "confiscate" and t.pos == "n" and _sources_not_seizure(words, i):
        return False  # «نقلاً عن مصادرها أن …»: its sources (مصادر + ها), not its confiscation (مصادرة + ها)
    if _anonymity_formula(words, i):
        return False  # «مسؤول رفض الكشف عن هويته»، «طلب عدم ذكر اسمه»: who the source is, not an event
    if t.mode == "execute" and t.pos == "n" and _has(words, i - 5, i, c["sentence_words"]) is not None:
        return False  # «يحكم بالإعدام»، «أصدرت حكماً بالإعدام»: a death sentence (SANCTION), not an execution
    if t.lemma == "صادر" and nxt and nxt[0].norm.startswith(("عن", "من")):  # «صادر عن الوزارة»، «صادر عنه»
        return False  # «بيان صادر عن الوزارة»: issued by, not confiscated
    if t.lemma == "طرد" and t.type == "SANCTION" and _driven_out_armed(words, i):
        t.type, t.mode = "ASSAULT", "firearms"  # «المقاومة تطرد الميليشيات من أحياء خور مكسر»: taken in fighting
        t.reasons.append("armed men driven out of a place: fighting, not an expulsion order")
    if t.lemma == "طالب" and nxt and (nxt[0].norm in _STUDENT_ADJECTIVES or _a_student(words, i, nxt)):
        return False  # «بينهم أسيران محرران وطالب جامعي»: a (university) student, not «طالب» (demanded)
    if t.lemma == "اقال" and words[i].norm in ("يقال", "ويقال", "فيقال"):
        return False  # «يُقال إن …»: it is said
    if t.lemma == "لقاء" and words[i].norm == "لقاء" and (
        (nxt and nxt[0].norm in c["in_return_next"]) or any(matches_form(w.norm, c["money"]) for w in words[max(0, i - 3) : i])
    ):
        return False  # «مكافأة قدرها 7 ملايين دولار لقاء أي معلومات»: in return for, not a meeting
    if t.lemma == "زار" and words[i].norm in c["ministries"]:
        return False  # «وزارتا الخارجية» (the two ministries), «وزارات»: not و+زار
    if t.lemma == "جوله" and nxt and nxt[0].norm in ("تفقديه", "ميدانيه"):
        return False  # «خلال جولة تفقدية على قوات …»: an inspection of one's own forces, no visit or talks
    if t.lemma == "جوله" and _has(words, i + 1, i + 4, c["round_of_fighting"]) is not None:
        return False  # «جولة ثانية من الضربات»: a round of strikes, not a tour or talks
    if t.lemma == "جوله" and _has(words, max(0, i - 4), i, c["attack_nouns"]) is not None:
        return False  # «استمر القصف عبر جولات عديدة»: rounds of the shelling named before
    if t.lemma == "دعا" and nxt and nxt[0].norm in _TO_IT and _has(words, max(0, i - 4), i, _CALLED_GATHERINGS) is not None:
        # «ولم يحضر ممثلوهم اجتماعاً دعا إليه عميد البلدية»: who called the meeting, no request
        return False  # «في مظاهرة دعت إليها أحزاب»: who called the protest (its organiser), no request
    if t.lemma == "بحث" and _searched_for(words, i):
        return False  # «وبحث الأهالي عن المفقودين خلال ساعات الليل»: searched for, no talks
    if t.lemma in ("حشود", "حشد") and _crowd_of_people(words, i):
        return False  # «بمشاركة حشود من الأهالي»: a crowd of mourners, no troops
    if t.lemma == "استقبل" and _has(words, (k := _after_aside(words, i)), k + (
            6 if k < len(words) and words[k].norm in ("خلال", "منذ", "طوال") else 3), c["received_things"]) is not None:
        # «المشفى استقبل جثامين 4 شهداء»، «استقبل المطار طائرات المساعدات»، «إذ استقبلت خلال السنوات الماضية آلاف
        # النازحين»: things or people in need received (after a span of time), no visit
        return False
    if t.lemma == _INITIATIVE and _initiative_taken(words, i):
        return False  # «تملك زمام المبادرة»، «قادرة على المبادرة»، «مبادرة الحزام والطريق»: no proposal made
    if t.lemma == "استقبل" and _welcomed_home(words, i):
        return False  # «واستقبل المئات من أهالي المدينة الأسرى المفرج عنهم»: the freed welcomed home, no meeting
    if t.lemma == "استقبل" and _received_at_a_place(words, i):
        return False  # «استقبلت العيادة 239 مراجعاً»، «المخيم، الذي استقبل أكثر من 400 أسرة»: a place takes people in
    if words[i].norm in ("ابعاد", "الابعاد") and (
        (prev and prev[-1].norm in ("ذات", "ذو", "متعدد", "متعدده"))
        or (nxt and _adjective_ending(nxt[0].norm) and nxt[0].norm.startswith("ال") == words[i].norm.startswith("ال"))
    ):
        return False  # «ذات أبعاد محلية»: dimensions, not deportation (إبعاد)
    if words[i].norm in ("ابعاد", "الابعاد") and (
        (prev and prev[-1].norm in ("اي", "ابرز", "اهم")) or (nxt and nxt[0].norm.startswith("لل"))
    ):
        return False  # «أي أبعاد للعلاقات»، «أبرز أبعاد الزيارة»: dimensions, not deportation
    if words[i].norm == "ابعد" and nxt and nxt[0].norm in ("من", "عن"):
        return False  # «أبعد من السلام»: further than (a comparative), not deported
    if t.lemma == "طالب" and words[i].norm in ("طالب", "الطالب") and (
        (prev and prev[-1].norm in c["student_before"])
        or (nxt and _indefinite_nisba(nxt[0].norm) and nxt[0].norm not in _CONSTRUCT_PLURALS)
    ):
        return False  # «وهو طالب جزائري»: a student, not «طالب» (demanded)
    if t.lemma == "طلب" and any(matches_form(w.norm, _RANSOM) for w in nxt[:3]):
        return False  # «الخطف بهدف طلب الفدية»، «طلب الخاطفون فدية»: the ransom is part of the kidnapping, no request
    if t.lemma == "وعد" and "\u0651" in words[i].text:
        return False  # «وعدّها محاولة …» (و + عدّ: counted it as), not a promise (وعد has no shadda)
    if t.lemma == "وعد" and words[i].norm.lstrip("وف")[:1] in ("ي", "ت", "ن"):
        return False  # «تعد الفصائل الأكبر» (is counted), not a promise (the lexicon has its past forms only)
    if t.lemma in ("انتشار", "انتشر") and (_has(words, i + 1, i + 3, c["spread_things"]) is not None or _has(
            words, max(0, i - 2), i + 4, c["spread_media"]) is not None):
        # «في ظل انتشار السلاح بين العناصر»، «انتشار واسع للمخدرات»، «في تسجيل مصور انتشر على صفحات موالية»:
        # a thing or a recording spreading, no deployment
        return False
    if t.type in ("COERCE", "THREATEN") and t.pos == "n" and nxt and matches_form(nxt[0].norm, c["abstract_qualifiers"]):
        return False  # «الحصار الاقتصادي»، «التهديدات الإعلامية»: a policy or a discourse, not an act
    if t.type == "THREATEN" and t.pos == "n" and _a_danger(words, i, nxt, c):
        return False
    if t.type == "THREATEN" and t.pos == "n" and norm(t.lemma).startswith("تهديد") and not _threat_made(words, i):
        return False  # «التعامل مع تهديد المسيّرات»، «ضد تهديد داعش»: a danger named, no threat made
    if t.lemma == "داعيا" and words[i].norm.removeprefix("و").startswith(("ال", "بال", "لل")):
        return False  # «من أبرز الداعين إلى الحفاظ على السلم»، «الداعية فتح الله غولن»: who someone is, no request
    if t.lemma == "داعيا" and nxt and nxt[0].norm.removeprefix("ال") in _THE_PUBLIC:
        return False  # «داعيةً المواطنين إلى ترشيد الاستهلاك»: advice to the public, no request to an actor
    if t.type == "REQUEST" and _answered_request(words, i, c):
        return False  # «جاء الانتشار بناءً على طلب من البلدية»، «استجابةً لمناشدة الأهالي»: the ground of another act
    if t.type == "AGREE" and norm(t.lemma).startswith(("تعهد", "متعهد")) and (vowed := _after_ba(words, i)) is not None and (
            matches_form(words[vowed].norm, c["vowed_force"])):
        # «وتعهّدت بـ«ملاحقة الإرهابيين حتى آخر معاقلهم»»: a vow of force against a foe threatens, it concedes nothing
        t.type, t.mode = "THREATEN", "violence"
        t.reasons.append("a vow of force («تعهّد بملاحقة/بسحق/بالرد …») → THREATEN")
    if t.type == "ASSAULT":
        # (the second word only when the first is no person: «اختطاف ناشط إعلامي» kidnaps a media activist)
        if any(matches_form(w.norm, c["metaphor_after"]) and not (t.lemma == _ATTACK and w.norm in _COUNTER)
               for w in nxt[: 1 if nxt and _person_noun(nxt[0].norm) else 2]):
            return False  # (but «هجوماً معاكساً»، «هجمات مضادة»: a counter-attack is an attack)
        if nxt and matches_form(nxt[0].norm, frozenset({"علي"})) and len(nxt) > 1 and matches_form(
            nxt[1].norm, c["metaphor_objects"]
        ):
            return False
        if _phrase_has(words, c["accident"]) and not _deliberate_attack(words, t) and _has(
                words, 0, len(words), c["attack_nouns"] | c["weapons_in_sentence"]) is None and (
                _has(words, max(0, t.first - 4), t.last + 3, _AIR_FORCES) is None):
            # (an air force acting, the trigger's subject, is no accident: «وكان طيران التحالف قد استهدف عبّارة …، في
            # حين لا يزال مصير آخرين مجهولاً بعد غرقهم»; not «… فيما توقفت حركة الطيران» after a road accident)
            return False
        if t.pos == "v" and t.lemma == "استهدف" and (_policy_subject(words, i) or (
                i + 1 < len(words) and words[i + 1].norm in _AIMED_AT)):
            # «عقوبات … تستهدف 291 فرداً»، «سياسات تستهدف إعادة الحياة»: a measure aims, no attack; and so does
            # anything aiming at a goal («سكة الحديد … تستهدف توسيع نطاق التجارة»)
            return False
        if t.lemma in ("هاجم", "هجوم") and not (t.pos == "n" and _attack_talked_of(words, i)) and _has(
            words, 0, len(words), c["speech_context"]) is not None and _has(
            words, 0, len(words), c["weapons_in_sentence"]
        ) is None and not _phrase_has(words, c["casualty"]) and _has(words, i + 1, i + 4, c["target_heads"]) is None and _has(
            words, max(0, i - 5), i, c["claim_words"] | c["perpetrators"] | c["repel_words"]
        ) is None:
            # («وتبنّى التنظيم الهجوم في بيان»: the attack claimed is an attack, whatever the statement around it)
            # «هاجمنا قاعدة الاحتلال»: a military target makes it an armed attack, whatever is said around it
            # («تصدّوا لهجوم مرتزقة …»، «أحبطت هجوماً»: an attack repelled or foiled is armed)
            t.type, t.mode = "ACCUSE", None
            t.reasons.append("verbal attack (speech context, no weapon or casualty) → ACCUSE")
    if t.type == "PROTEST":
        if t.mode == "riot" and prev and prev[-1].norm.lstrip("و") in ("مكافحه", "لمكافحه"):
            return False  # «قوات مكافحة الشغب»: the riot police, no riot
        if t.pos == "v" and nxt and nxt[0].norm.startswith(("احتفال", "الاحتفال")):
            return False  # «إذا خرجت احتفالات في الشوارع»: celebrations, no protest
        if t.lemma == "مسيره" and prev and matches_form(prev[-1].norm, c["not_a_march_before"]):
            return False
        if t.lemma == "مسيره" and "\u064a\u0651" in words[i].text:
            return False  # «قالت إن المسيّرة انطلقت من …»: written with a shadda, a drone (مسيَّرة), no march (مسِيرة)
        if t.lemma == "مسيره" and nxt and matches_form(nxt[0].norm, c["march_metaphors"]):
            return False
        w = words[i].norm
        if t.lemma == "احتجاج" and w.endswith("ا") and nxt and matches_form(nxt[0].norm, frozenset({"علي"})):
            return False  # احتجاجاً على: the purpose of another act
        if t.lemma == "احتج" and nxt and matches_form(nxt[0].norm, frozenset({"رسميا", "لدي"})):
            t.type, t.mode = "ACCUSE", None
            t.reasons.append("diplomatic protest (احتج رسمياً/لدى) → ACCUSE")
    if t.type == "SUPPORT" and words[i].norm.lstrip("و") == "تضامنا" and nxt and nxt[0].norm == "مع":
        return False  # «مظاهرات تضامناً مع درعا البلد»: the purpose of another act (as «احتجاجاً على»)
    if t.type == "ASSAULT" and t.mode == "explosives" and t.pos == "n" and (
            (prev and prev[-1].norm.lstrip("و") in ("حقل", "حقول", "الحقل", "الحقول"))
            or (nxt and proclitic_in(nxt[0].norm, _NOT_BLASTING, "و"))):
        return False  # «حقول ألغام» (a minefield: a place), «قنابل مضيئة» (flares): no blast told
    if t.type == "SUPPORT" and t.pos == "n":
        j = t.first - 1 if t.first < 1 or words[t.first - 1].text not in OPENING_QUOTES else t.first - 2
        if j >= 0 and matches_form(words[j].norm, _PROTEST_NOUNS):
            return False  # «مسيرة تأييد للجيش»، «وقفة «دعم لغزة»»: what the march is for names it, no act of its own
    return True
