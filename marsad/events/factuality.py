"""Factuality of a trigger: how sure the text is that the event happened.

Labels (spec §4): asserted, reported, rumored, planned, negated, hypothetical,
historical, generic.  Rules look at the words around the trigger (cue classes
from ``resources/events/cues.json``) in this order:

1. negated — لم/لن/لا/ما/ليس just before the trigger (or the verb governing a noun
   trigger), «لم يتمكن/لم يستطع» (could not) shortly before, or a denial verb (نفى) earlier in the sentence;
2. rumored — تدور أحاديث, تسربت أنباء, شائعات … before the trigger;
3. hypothetical — conditions, fears and prevention (إذا، في حال، لو، تخوف، خشية، محاولة، يمنع … من) shortly before,
   or a hope or wish (يأمل، أمله، يتمنى) up to ten words before;
4. planned — an obligation (يجب أن، لا بد من، «إن على X أن») right before it (checked before negation: «لا بد»);
   future سـ on the verb, سوف، من المقرر، على أن، يعتزم، اقتراب، يقضي ب before it, or المقبل after it;
   a purpose (بهدف، بغية، من أجل) right before a noun trigger; a noun with بـ/لـ that a demand asks for
   (طالب/دعا/ناشد … بـ) or a threat promises (هدد/توعد … بـ); a noun right after رفض is negated;
5. historical — remembrance (ذكرى), a past era («الستينات»، «القرن الماضي»), pluperfect "كان … قد" without a recent date, an event recalled in a
   relative clause (الذي حدث …، التي نفذها), a past year, or السابق/الماضية after a noun trigger;
6. generic — aggregates and general statements: منذ with a count, plural trigger nouns under
   مكافحة/محاربة/مسؤولية/جرائم/ساحة («ساحة للاغتيالات»), habits (يتعرض، يومياً، بشكل يومي), a noun after
   أي/أية (any);
7. reported — unattributed hearsay (أنباء، تقارير، أفيد) before the trigger;
8. asserted otherwise.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from marsad.events.clauses import (
    EVERY,
    NEWS_NOUNS,
    RELATIVE_PRONOUNS,
    TIME_ANCHORS,
    after_time_parenthetical,
    clause_break,
    comma_and,
    conj_in,
    frame_cues,
    killing_verb_at,
    later_statement,
    lemma_stem,
    present_tense,
)
from marsad.events.lexicon import accord_noun, cues, matches_form, proclitic_in, word_set
from marsad.events.triggers import (
    BACKING,
    CLAUSE_ENDS,
    NOT_A_NEGATION,
    OPENING_QUOTES,
    PARENTHESIS_OPENERS,
    QUOTE_MARKS,
    WARNING_LEMMAS,
    Trigger,
    Word,
    called_for,
    coming_verb_before,
    promise_word,
)
from marsad.events.triggers import future_verb as _future_verb
from marsad.events.wordflags import flags_of
from marsad.ner.features import is_demonym
from marsad.numbers.parse import parse_words
from marsad.temporal.patterns import lexicon as time_lexicon
from marsad.text.normalize import norm

FACTUALITY = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical", "generic")

_RECENT_SPANS = frozenset({"ايام", "ساعات", "يومين", "ساعه", "اسبوع", "اسبوعين", "الصباح", "امس", "ليله", "الليله", "الفجر", "ظهر"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_GENERIC_GOVERNORS = frozenset(norm(w) for w in
    {"مكافحه", "محاربه", "مسؤوليه", "مسؤوليته", "مسؤوليتهم", "مسؤوليتها", "جرائم", "ظاهره", "تزايد", "موجه", "خطر",
     "ضحايا", "لوقف", "وقف", "انواع", "اساليب", "حمله", "الضلوع", "ضلوع", "تورط", "تورطه", "بتهمه", "تهمه", "تهم",
     "ادين", "ادينوا", "وراء", "التدرب", "تدريب", "التخطيط", "تخطيط", "مخطط", "بجرائم", "جريمه"}
)
#: place nouns before a detention noun («أماكن احتجازهم»، «مراكز الاعتقال»): where people are held, not an act
_DETENTION_PLACES = word_set("factuality", "_DETENTION_PLACES")
def _accord_year(words: list[Word], trig: Trigger, k: int) -> bool:
    """Does the year at word ``k`` name an accord other than the trigger («على أي خرق لاتفاق عام 1974»)?"""
    j = k - 1
    if j >= 0 and words[j].norm in ("عام", "لعام", "العام", "سنه", "لسنه"):
        j -= 1
    return not (j < 0 or trig.first <= j <= trig.last) and accord_noun(words[j].norm)  # («اتفاق عام 1974»)


#: the word before «الأنباء» in a news agency's name («وكالة الأنباء السورية»، «لوكالة الأنباء الألمانية»)
_AGENCY = frozenset({"وكاله", "لوكاله", "ووكاله", "بوكاله", "وكالات", "لوكالات", "ووكالات"})
#: governors that name who is to blame for an act («مسؤولية»، «الضلوع في»، «وراء»): the act they govern is one
#: event when it is singular and definite or has a pronoun («مسؤوليته عن التفجير الذي وقع أمس»، «وراء مقتله»)
_BLAME_GOVERNORS = frozenset(norm(w) for w in
    {"مسؤوليه", "مسؤوليته", "مسؤوليتهم", "مسؤوليتها", "الضلوع", "ضلوع", "تورط", "تورطه", "وراء"})

_CAMPAIGN = frozenset({norm("حملة")})
#: «تفجيرات متكررة»، «عمليات اغتيال متكررة»، «لقصف يومي»: the adjective next to the noun (not anywhere near: OEDA CV
#: −0.002)
_REPEATED = word_set("factuality", "_REPEATED")
#: words that refer to an agreement already made: its guarantor, its terms, a breach of it
_REFERRING = word_set("factuality", "_REFERRING")
#: the reason :func:`classify` gives for the content of a refusal (the extractor records no event for it)
REFUSED_CONTENT = "the noun is what was refused"
#: the reason for a condition set in a refusal or a demand (the extractor records no event for it either)
CONDITION_CONTENT = "a condition set in a refusal or a demand"
#: the reason given to an act named as the purpose of another («بهدف اعتقال»، «في مسعى لإحكام الطوق»)
PURPOSE_CONTENT = "purpose cue right before the noun («بهدف اعتقال»): what was intended"
#: the reason for an act named as the content of a charge
CHARGE_CONTENT = ("the content of a charge («اعتُقلوا بتهمة التواصل مع …»، «متورطين في زرع عبوات»): what is alleged, "
                  "not an event told")
#: the reason for an act after «ما لم» (unless)
UNLESS = "«ما لم …» (unless): a condition"
#: the reason for an act negated right after a word of condition (``_IF_NOT``): read by the threat-condition rule
IF_NOT = "«إذا لم …» (if … not): a condition, not an act denied"
#: the words of a condition right before «لم» («إذا لم تصل الشحنات»، «إن لم تنسحب»، «في حال لم يُفرج»); «إن» is one
#: only there (elsewhere it is «that»), which is why ``extract._IF_WORDS`` (a threat's condition cues) is another list
_IF_NOT = word_set("factuality", "_IF_NOT")
#: the reasons a condition cue gives (``CONDITION_CUE`` + the cue word in «»): read by the threat-condition rule
CONDITION_CUE = "condition/fear cue"
TWO_WORD_CONDITION = "two-word condition cue"
_DECISION = word_set("factuality", "_DECISION")


def _any(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    """The first ``i`` in ``[lo, hi)`` whose word is (a form of) a cue of ``vocab``, else ``None``:
    ``matches_form(words[i].norm, vocab) or words[i].norm in vocab``, from the sentence's flags."""
    return flags_of(words).first(vocab, lo, hi, or_word=True)


#: «ثبتت/تثبت إدانته»، «ثبوت إدانتهم»: guilt proven in court
_PROVEN = word_set("factuality", "_PROVEN")
#: adjectives of frequency right after an event noun («مظاهرات أسبوعية»، «غارات شبه يومية»)
_FREQUENCIES = word_set("factuality", "_FREQUENCIES")
#: verbs of news spreading or being passed around (their subject or object is the news: «راجت أنباء»، «تناقلت
#: صفحات أخباراً»); a statement passed around is no rumour («تناقلت المواقع بياناً …»)
_PASSED_AROUND = frozenset(norm(w) for w in ("راجت", "تناقلت", "تتناقل", "يتناقل", "يتناقلون", "تناقل", "تناقلوا"))


def _news_passed_around(words: list[Word], i: int) -> int | None:
    """The verb of news passed around before word ``i``, with the news named after it and before
    ``i`` («وراجت، منذ مساء أمس، على صفحات محلية أنباء عن …»), else ``None``."""
    for k in range(i - 1, max(-1, i - 20), -1):
        if words[k].norm in (".", "!", "?", ";"):
            return None
        if conj_in(words[k].norm, _PASSED_AROUND):
            return k if any(x.norm in NEWS_NOUNS for x in words[k + 1 : min(i, k + 18)]) else None
    return None


#: «لا يكاد يمرّ يوم …»، «لا تخلو ليلة …»: verbs of a time passing or being free of something, after a negation
_PASSING = frozenset(norm(w) for w in ("يمر", "تمر", "يمضي", "تمضي", "يخلو", "تخلو"))
_NOT_EVEN = frozenset({"لا", "ما", "لم"})


def _no_day_without(words: list[Word], i: int) -> bool:
    """Does «لا (يكاد) يمرّ يوم/أسبوع … (من) دون/إلا» stand before word ``i`` («ومنذ منتصف نيسان، لا يكاد يمرّ يوم من
    دون قصف»، «لا تكاد تمر جمعة من دون تظاهرات»، «لا تكاد تخلو ليلة من اقتحام أو دهم»)? What happens on every such
    day is a habit, to the end of the sentence that lists it («… إلى مهاجمة مواقع …، أو زرع العبوات …، أو مهاجمة الرعاة
    … وقتلهم»: sixty words back)."""
    for k in range(i - 1, max(-1, i - 60), -1):
        w = words[k].norm
        if w in (".", "!", "?", ";"):
            return False
        if conj_in(w, _PASSING) and any(conj_in(x.norm, _NOT_EVEN) for x in words[max(0, k - 3) : k]):
            # (a time free of it: «لا تكاد تخلو ليلة من اقتحام أو دهم»)
            free_of = w.lstrip("و").endswith("خلو") and words[i - 1].norm == "من"
            return free_of or any(x.norm in ("دون", "بدون", "الا") for x in words[k + 1 : i])
    return False


#: «قبل/بعد كل …» told after an act: when it is done («وأخلى العائلات قبل كل تقدم»، «تعود الطائرات إلى قواعدها بعد كل
#: طلعة»); not «بعد كل ما جرى»، «قبل كل شيء» (after all that, above all)
_EVERY_TIME_AFTER = word_set("factuality", "_EVERY_TIME_AFTER")
_NOT_EVERY = word_set("factuality", "_NOT_EVERY")


def _every_time_after(words: list[Word], trig: Trigger) -> bool:
    """Is the act at ``trig`` told to be done before or after every other act, in its clause within eight words after
    it («فتح الجيش الممرات الآمنة وأخلى العائلات قبل كل تقدم»)?  A habit, not one event."""
    for k in range(trig.last + 1, min(len(words) - 2, trig.last + 9)):
        w = words[k].norm
        if w in CLAUSE_ENDS:
            return False
        if (proclitic_in(w, _EVERY_TIME_AFTER, "و") and words[k + 1].norm == "كل"
                and not words[k + 2].norm.startswith("ال") and words[k + 2].norm not in _NOT_EVERY):
            return True
    return False


#: what must be done: «يجب أن …»، «ينبغي على … أن …»، «لا بد من …»
_OBLIGED = word_set("factuality", "_OBLIGED")
_THAT_ON = frozenset({"ان", "بان", "انه"})


def _obliged(words: list[Word], i: int, verbal: bool) -> bool:
    """Does an obligation govern the trigger at word ``i``: a verb right after its «أن»
    («يجب أن تنسحب القوات»، «ينبغي أن يتفق الجانبان»، «إن على الجماعات المتشددة أن تلقي أسلحتها»), a noun at most
    three words after it («لا بد من التوصل إلى …»، «يجب إبقاؤهم تحت الحصار»); no punctuation but quotes between.
    What must be done has not been done."""
    k = i - 1
    while k >= 0 and words[k].norm in QUOTE_MARKS:
        k -= 1
    if verbal:
        if k < 0 or words[k].norm != "ان":
            return False
        lo, k = max(-1, k - 7), k - 1
    else:
        lo = max(-1, i - 4)
    while k > lo:
        w = words[k]
        if w.kind != "word":
            if w.norm in QUOTE_MARKS:
                k -= 1
                continue
            return False
        n = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm
        if n in _OBLIGED or (n == "بد" and k > 0 and words[k - 1].norm in ("لا", "ولا")):
            return True
        if verbal and n == "علي" and k > 0 and words[k - 1].norm in _THAT_ON:
            return True  # «إن على X أن …» (it is on X to …)
        k -= 1
    return False


#: verbs of going out, closing or blocking a protest may be told with («خرج»، «أغلق»): in the first person, the one
#: quoted tells their own doings («خرجنا بثيابنا»); a verb that only means protesting («نحن نتظاهر ضد الحرب») protests
_GOING_OUT = frozenset({"خرج", "اغلق", "قطع"})


def _first_person(w: str, lemma: str) -> bool:
    """Is the (normalised) verb word in the first person plural: a past in «نا» («خرجنا»، «أغلقنا»), or a present in «ن»
    («نخرج»، «سنغلق»)?"""
    w = w.lstrip("وف")
    if len(w) >= 5 and w.endswith("نا") and not w.endswith("انا"):
        return True
    stem = lemma_stem(lemma)
    w = w.removeprefix("س")
    # (the present's «ن» before the stem, not a root's first letter: «نزلوا»، «نظّموا» are third-person pasts)
    return w[:1] == "ن" and not w.startswith(stem) and w[1:].startswith((stem, stem.lstrip("ا")))


#: «تتراوح» after a duration («لمدد تتراوح بين …»): a range of terms, not a habit
_RANGES = word_set("factuality", "_RANGES")
_DURATIONS = word_set("factuality", "_DURATIONS")
#: «مع كل قصف»، «بعد كل غارة»، «تسبق كل جولة تفاوض»: the times a habit or a state recurs at
_EVERY_TIME = word_set("factuality", "_EVERY_TIME")
#: «منظمي المظاهرات»: people named by the protests they organise; «تنسيقية تظاهرات الكوت»: the body that co-ordinates them
_ORGANISERS = word_set("factuality", "_ORGANISERS")
#: a court: «إدانتهم بـ…» in its sentence is a conviction
_COURTS = word_set("factuality", "_COURTS")


#: verbs of preventing: what they prevent is their «من» complement, not a verb coordinated after a comma
_PREVENTING = word_set("factuality", "_PREVENTING")


def _next_act(words: list[Word], h: int, trig: Trigger) -> bool:
    """Is the trigger a verb coordinated after a comma with the verb of preventing at ``h`` («منعت المتظاهرين من قطع
    الشارع، واعتقلت ثلاثة منهم»، «حاول منعهم من دخول منزل شقيقه، وأطلقوا سراحه»): the subject's next act, told as
    done, not what was prevented?  So after an attempt («أحبط الجيش محاولة تسلل، وقتل ثلاثة مسلحين»)."""
    return ((proclitic_in(words[h].norm, _PREVENTING, "و") or words[h].norm in _ATTEMPTS) and trig.verbal
            and words[trig.first].norm[:1] == "و" and any(w.norm in (",", "،") for w in words[h + 1 : trig.first]))


def _ranged_terms(words: list[Word], lo: int, hi: int) -> set[int]:
    """The places of «تتراوح» right after a duration («لمدد/لفترات تتراوح بين …») between ``lo`` and ``hi``."""
    return {k for k in range(max(1, lo), hi) if words[k].norm in _RANGES and proclitic_in(words[k - 1].norm, _DURATIONS, "ول")}


def _convicted(words: list[Word], trig: Trigger) -> bool:
    """Is the noun «إدانة» with a pronoun («إدانته/إدانتهم») followed by «بـ» (of the charge) in a sentence that names a
    court («أصدرت المحكمة … أحكاماً … بعد إدانتهم بـ«الانتماء إلى خلية …»»)? A condemnation takes «لـ» or nothing
    («أعرب عن إدانته للهجوم»، «إدانتها بأشد العبارات» names no court)."""
    i = trig.first
    if trig.pos == "v" or not words[i].norm.lstrip("وبل").startswith("ادانت"):
        return False
    k = i + 1
    while k < len(words) and words[k].norm in QUOTE_MARKS:
        k += 1
    return (k < len(words) and words[k].norm[:1] == "ب" and not words[k].norm.startswith("باشد")
            and any(proclitic_in(w.norm, _COURTS, "وبل") for w in words))


#: «أي» (any) with the prepositions and conjunctions glued to it
ANY_WORDS = word_set("factuality", "ANY_WORDS")


#: the plural demonstratives after a preposition
#: (after a preposition only: «لهذه الاعتداءات» names them as what something is for or about; a bare «هذه الهجمات» may
#: be the subject telling the act again with its toll, «وأسفرت هذه الهجمات عن مقتل …»)
_THESE = word_set("factuality", "_THESE")


#: the short particles of negation: they take «و» or «ف» before them and nothing after
_SHORT_NEGATIONS = frozenset({"لم", "لن", "لا", "ما"})
#: adverbs of frequency before «ما» («كثيراً ما»، «غالباً ما»، «عادةً ما»، «نادراً ما»): «ما» there negates nothing
_OFTEN = word_set("factuality", "_OFTEN")


def _negated_purpose_verb(words: list[Word], i: int, negation: frozenset[str]) -> int | None:
    """The negation of the verb whose «لـ» purpose the noun at ``i`` is («من دون أن تتدخل وحدات الأمن لفتح الطريق»،
    «ولم تتحرك القوات لفك الحصار»): the verb up to six words before, its subject between and no punctuation; the
    index of «لم/لن/لا» right before it or of «دون» in «(من) دون أن»; else ``None``."""
    own = words[i].norm
    if own[:1] != "ل" or own.startswith(("لل", "لي")) or len(own) < 4:
        return None
    for j in range(i - 1, max(i - 7, 1), -1):
        if words[j].kind != "word" or words[j].norm in _PURPOSE_BREAKS:
            return None
        if (k := _negator(words, j - 1, j, negation)) is not None:
            return k
        if words[j - 1].norm == "ان" and j >= 2 and words[j - 2].norm in ("دون", "بدون"):
            return j - 2
    return None


_PURPOSE_BREAKS = frozenset({"و", "ثم", "حيث", "بعد", "قبل", "حين", "عندما", "خلال"})


def _negator(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    """The first word in ``[lo, hi)`` that is a negation of ``vocab``.  A short particle («لم»، «لن»، «لا»، «ما») counts
    only alone or after «و»/«ف»: «كلمة» (ك+لم+ة, «مخيم كلمة»), «لما» (when) and «سلماً» hold its letters but negate
    nothing; the longer ones take pronouns («دونه»، «عدمه»، «ليسوا»)."""
    k = _any(words, max(lo, 0), hi, vocab)
    while k is not None:
        w = words[k].norm
        if w.lstrip("و") == NOT_A_NEGATION:
            k = _any(words, k + 1, hi, vocab)
            continue
        if (conj_in(w, vocab) or not matches_form(w, _SHORT_NEGATIONS)
                or matches_form(w, vocab - _SHORT_NEGATIONS)):
            return k
        k = _any(words, k + 1, hi, vocab)
    return None


def _set_off(words: list[Word], j: int, i: int) -> bool:
    """Are the only commas between words ``j`` and ``i`` the two of a short parenthetical right after ``j`` (at most
    five words: «ولم تصل، حتى ظهر اليوم، أي تعزيزات»), with at most two words after it?"""
    commas = [k for k in range(j + 1, i) if words[k].norm in (",", "،")]
    return len(commas) == 2 and commas[0] == j + 1 and commas[1] - commas[0] <= 6 and i - commas[1] <= 3


def _carrying_verb_before(words: list[Word], i: int, trig: Trigger) -> int | None:
    """The verb of coming (or, for aid, of coming or handing out: «تدخل»، «توزّع»، «تُسلَّم») whose subject or object is
    the trigger noun at ``i``, else ``None``."""
    if trig.type != "AID":
        return coming_verb_before(words, i)
    return _any(words, max(0, i - _AID_VERB_REACH), i, _AID_COMING)


#: light verbs in the form a negation governs («لم تنفذ/يشنّ/يعقد/يُجرِ …»), whose object is an event noun
_LIGHT_PRESENT = word_set("factuality", "_LIGHT_PRESENT")


def _light_verb_before(words: list[Word], i: int) -> int | None:
    """The light verb (present form) within nine words before the noun at ``i``, only words between (a subject, a time:
    «ولم يعقد مجلس الأمن حتى مساء اليوم جلسة …»), else ``None``."""
    if i > 0 and words[i - 1].norm in _NOT_AN_OBJECT:
        return None  # «طالما لم تنفذ الالتزامات التي أخذتها خلال المفاوضات»: the noun is no object of the verb
    for k in range(i - 1, max(-1, i - 10), -1):
        if (words[k].kind != "word" and words[k].norm not in QUOTE_MARKS) or words[k].norm in _NOT_AN_OBJECT:
            return None
        if words[k].norm.removeprefix("و") in _LIGHT_PRESENT:
            return k
    return None


#: a preposition right before the noun, or a relative pronoun between it and the verb: the noun is not the verb's object
_NOT_AN_OBJECT = word_set("factuality", "_NOT_AN_OBJECT")


#: how far before the aid its verb may stand: a place and a time between («ولم تصل إلى مشفى السقيلبية حتى مساء اليوم
#: شحنة الأدوية»)
_AID_VERB_REACH = 9
#: the verbs whose subject or object is the aid, in the forms a negation governs («لم تصل/تدخل/توزّع/تُصرف»)
_AID_COMING = word_set("factuality", "_AID_COMING")


def since_the_event(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger a definite event noun right after «منذ» (quotation marks between allowed: «منذ «التسوية»»), or
    after «منذ» and the noun of its start («منذ إعلان الهدنة»، «منذ بدء الهجوم»)?  The time counted from an earlier
    event, not an act told."""
    k = trig.first - 1
    while k >= 0 and words[k].norm in QUOTE_MARKS:
        k -= 1
    started = False
    if k > 0 and words[k].norm in _STARTS_OF:
        k, started = k - 1, True
    elif k > 1 and words[k].norm.startswith("ال") and words[k - 1].norm == _ENTRY:
        k, started = k - 2, True  # (what entered it between: «منذ دخول الغوطة اتفاق «خفض التصعيد»»)
    # (the start's noun may open the trigger itself: «منذ توقيع الاتفاق»; after it, the event may be named by what
    # follows it: «منذ توقيع اتفاق التسوية»، «منذ توقيع اتفاق 2020»، «اتفاق «خفض التصعيد»»)
    started = started or words[trig.first].norm in _STARTS_OF
    nxt = words[trig.last + 1] if trig.last + 1 < len(words) else None
    named = nxt is not None and (nxt.norm.startswith("ال") or nxt.norm in QUOTE_MARKS or nxt.norm.isdigit())
    definite = trig.definite or (started and (words[trig.last].norm.startswith("ال") or named))
    return trig.pos != "v" and definite and k >= 0 and words[k].norm.removeprefix("و") == "منذ"


#: the nouns of an event's start (or end) between «منذ» and the event («منذ إعلان الهدنة»، «منذ توقيع الاتفاق»، «منذ
#: فرض الحصار»، «منذ إطباق الحصار»، «منذ انتهاء المعارك»)
_STARTS_OF = frozenset(norm(w) for w in ("إعلان", "توقيع", "بدء", "بداية", "سريان", "انطلاق", "اندلاع", "دخول", "فرض",
                                         "إطباق", "انتهاء", "نهاية", "توقف"))


#: «دخول» (entering), whose subject may stand before the agreement entered («منذ دخول الغوطة اتفاق …»)
_ENTRY = norm("دخول")


#: the first words of the month names of the temporal lexicon («شباط»، «تشرين»، «يناير» …), as normalised
_MONTHS = frozenset(name.split()[0] for name in time_lexicon().months)


def _recent_only_since(words: list[Word], since: int, trig: Trigger, recent: frozenset[str]) -> bool:
    """Is every time word of the sentence (:data:`recent_time`) a month inside the phrase «منذ …» at ``since`` (up to
    its comma or the trigger): the start a tally is counted from («ومنذ بدء الحصار في آب من العام الماضي، قُتل …»),
    not the day of one act?"""
    end = next((k for k in range(since + 1, len(words)) if words[k].norm in (",", "،") or k == trig.first), len(words))
    found = [k for k in range(len(words)) if _any(words, k, k + 1, recent) is not None]
    # (a month, not a day or a part of one: «منذ صباح الأحد، أكثر من ثلاثين غارة» is one day's operation)
    return all(since < k < end and words[k].norm.lstrip("وبف") in _MONTHS for k in found)


def _in_a_relative_clause_after(words: list[Word], trig: Trigger, k: int) -> bool:
    """Is word ``k`` after the trigger, past a relative pronoun: in a clause that tells of something else («… في أريحا
    التي تسيطر عليها الفصائل منذ أيار»: the age of a hold, not the start of a tally)?"""
    return k > trig.last and any(w.norm.lstrip("و") in RELATIVE_PRONOUNS for w in words[trig.last + 1 : k])


def _habit_since(words: list[Word], trig: Trigger, year: int, habitual: frozenset[str]) -> bool:
    """Does «منذ (عام)» stand before the year at ``year`` and a habit cue near the trigger («ومنذ عام 2012 تتعرض
    أحياء المدينة، بين فترة وأخرى، لقذائف …»)?  What recurs since a year is a habit (the generic rules), no past act."""
    since = any(words[k].norm.lstrip("و") == "منذ" for k in range(max(0, year - 2), year))
    lo, hi = trig.first - 8, min(len(words), trig.last + 8)
    return since and (_any(words, max(0, lo), hi, habitual) is not None or _phrase_before(words, hi, habitual, lo=lo))


#: «لا يزال/ما زالت/ما انفكت …» (still, not yet stopped) and «لا سيما»: no negation of what follows
_STILL = frozenset({"يزال", "تزال", "يزالون", "يزالان", "تزالان", "زال", "زالت", "زالوا", "سيما", "انفك", "انفكت",
                    "تنفك", "ينفك", "برح", "برحت", "يبرح", "تبرح"})


def _unless(words: list[Word], i: int) -> bool:
    """Does «ما لم» (unless) stand up to four words before word ``i``, with no punctuation between?  Not after a
    pronoun or a demonstrative, where «ما» is «what» («وهو ما لم يعلنه الجيش»: what the army did not announce)."""
    k = _ma_then(words, i, ("لم",))
    if k is None or (k > 0 and words[k - 1].norm in _WHAT_BEFORE):
        return False
    return not any(w.kind == "punct" for w in words[k:i])


def _ma_then(words: list[Word], i: int, seconds: tuple[str, ...]) -> int | None:
    """The index of the first «ما/وما» followed by one of ``seconds`` («ما لم»، «ما دامت») up to four words before word
    ``i``, else ``None``."""
    return next((k for k in range(max(0, i - 5), i - 1)
                 if words[k].norm in ("ما", "وما") and words[k + 1].norm in seconds), None)


#: the sounds of acts heard in the background («وسط دوي القذائف»، «على وقع أصوات الانفجارات»)
_SOUNDS = word_set("factuality", "_SOUNDS")


def _as_long_as(words: list[Word], i: int) -> bool:
    """Does «ما دام/ما دامت» (as long as) stand up to four words before word ``i``, with no punctuation between
    («حق للأهالي ما دامت موسكو تقصف قراهم»)?"""
    if (k := _ma_then(words, i, ("دام", "دامت", "داموا"))) is not None:
        return not any(w.kind == "punct" for w in words[k:i])
    return any(words[k].norm in ("مادام", "مادامت") for k in range(max(0, i - 4), i))


#: words after which «ما» is a relative «what», not the «ما» of «ما لم» (unless)
_WHAT_BEFORE = frozenset({"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك", "كل", "بعض", "وكل", "مع", "عن", "من",
                          "الي", "علي", "في", "ب"})


def _phrase_before(words: list[Word], hi: int, vocab: frozenset[str], lo: int = 0) -> bool:
    """A cue of ``vocab`` in ``words[lo:hi]``: a multi-word cue as a run of words, or a form of a word."""
    lo = max(lo, 0)
    if hi < 0:  # as in a slice: counted from the end
        hi = max(len(words) + hi, 0)
    flags = flags_of(words)
    if flags.first(vocab, lo, hi) is not None:
        return True  # any(matches_form(w.norm, vocab) for w in words[lo:hi])
    # a multi-word cue in " " + " ".join(w.norm for w in words[lo:hi]) + " "
    return flags.phrase_in(vocab, lo, hi)


#: «الحديث عن اقتحام المدينة»: talk of an act
_TALK = frozenset({"الحديث", "حديث"})
#: talking of something, and the unnamed sources that do («وتحدثت صفحات محلية، ليل أمس، عن غارة …»)
_TALKING = frozenset({"تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا", "يتحدثون"})
_UNNAMED_SOURCES = frozenset({"مصادر", "صفحات", "ناشطون", "ناشطين", "سكان", "انباء", "منشورات", "اهالي", "شهود",
                              "مواقع", "حسابات", "معلومات", "اوساط"})


def _sources_talk_of(words: list[Word], i: int) -> bool:
    """Is the noun at ``i`` what unnamed sources talk of («وتحدثت صفحات محلية، ليل أمس، عن غارة جوية …»، «وتحدث
    ناشطون عن برميل …»، «منشورات تتحدث عن توقيف ناشط»): right after their «عن», one word on («عن وصول تعزيزات»، «عن
    دوي انفجار»), or after «إقدام/قيام X على»; not an act that only dates the talk («… عن الوساطة بعد زيارة …»)? Only
    commas between the verb and «عن», no sentence end. (A named speaker talking of an act — «تحدث الوزير عن الهجوم» —
    tells it.)"""
    about = next((j for j in range(i - 1, max(-1, i - 6), -1) if words[j].norm == "عن"), None)
    if about is None or (i - about > 2 and words[about + 1].norm not in ("اقدام", "قيام")) or (
            i - about == 2 and words[about + 1].norm in TIME_ANCHORS):
        return False
    for k in range(about - 1, max(-1, about - 12), -1):
        x = words[k].norm
        if x in CLAUSE_ENDS:
            return False
        if x.removeprefix("و") in _TALKING:
            # the sources after the verb (up to three words on) or right before it («منشورات تتحدث عن …»)
            near = [words[j].norm.removeprefix("و").removeprefix("ال") for j in range(max(0, k - 1), min(about, k + 4))]
            return any(w in _UNNAMED_SOURCES for w in near)
    return False


def _last_form(words: list[Word], vocab: frozenset[str], hi: int) -> int | None:
    """The last word before ``hi`` that is a form of a one-word cue of ``vocab``, else ``None``."""
    forms = flags_of(words).forms(vocab)
    return next((k for k in range(min(hi, len(words)) - 1, -1, -1) if forms[k]), None)


def _identity_hedges_only(words: list[Word], hi: int, vocab: frozenset[str]) -> bool:
    """Is every rumour cue before word ``hi`` a hedge on who someone is, not on what happened: «شنّت طائرات حربية
    يُرجّح أنها روسية … غارة»: the cue, then «أنها/أنه/أنهم» and an adjective of origin, right after a noun, and the
    clause goes on? The strike is told; only whose the planes were is uncertain."""
    if flags_of(words).phrase_in(vocab, 0, hi):
        return False
    ks = [k for k in range(max(0, hi)) if words[k].kind == "word" and matches_form(words[k].norm, vocab)]
    return bool(ks) and all(
        0 < k and k + 2 < len(words) and words[k - 1].kind == "word"
        and words[k + 1].norm in ("انها", "انه", "انهم") and words[k + 2].norm.endswith(("يه", "ي"))
        and (k + 3 == len(words) or words[k + 3].kind != "word")
        for k in ks)


_COMMEMORATION = frozenset({"ذكري", "الذكري", "احياء", "ذكرى"})
_DEADLINES = word_set("factuality", "_DEADLINES")
_NEXT = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
_SINCE = frozenset({"منذ"})
_RECALLED = frozenset({"السيناريو", "الحادث", "ما"})
_PREVIOUS = frozenset({"الماضيه", "السابقه", "الماضي", "السابق", "الاولي", "سابق", "سابقه", "سابقا"})
_NOT_MAYBE = frozenset({"قد", "لو"})
#: «لو» (if) is read as a whole word only: as a stem it is found inside words («سلوك»: س + لو + ك, a town's name)
_LAW = frozenset({"لو", "ولو", "فلو"})
_HYPOTHETICAL: dict[frozenset[str], frozenset[str]] = {}


def _law(words: list[Word], lo: int, hi: int) -> int | None:
    """The first «لو» (if), a whole word, in ``[lo, hi)``, else ``None``."""
    return next((k for k in range(max(0, lo), max(0, hi)) if words[k].norm in _LAW), None)


def _hypothetical(vocab: frozenset[str]) -> frozenset[str]:
    """``vocab - {"قد"}`` (one set per cue list)."""
    found = _HYPOTHETICAL.get(vocab)
    if found is None:
        found = _HYPOTHETICAL[vocab] = vocab - _NOT_MAYBE
    return found


_ACCUSATION = frozenset({"اتهم", "يتهم", "تتهم", "اتهمت", "اتهموا", "اتهام", "اتهامات", "متهما", "متهمه", "ادعاء",
                         "ادعاءات", "مزاعم", "زعم", "يزعم", "تزعم", "زعمت"})
_TRUTH = frozenset({"صحه"})
#: «ما أوردته/تداولته/نشرته …» (what others reported): after a denial verb, the denied event is a report of others
_WHAT_WAS_REPORTED = word_set("factuality", "_WHAT_WAS_REPORTED")
#: the factuality reason that marks a denied report (read by :mod:`marsad.events.merge`)
DENIED_REPORT = "the denied event is a report of others (ما أوردته/تداولته …), not the act told before"
#: the factuality reason of a denial (read by :mod:`marsad.events.merge`)
DENIAL = "denial verb (نفى) governs the sentence"
_SETTING = frozenset({"في", "خلال", "جراء", "اثر", "بعد", "عقب"})
#: the medium a denial was made in («في بيان نشرته …»، «في تسجيل صوتي تداولته حسابات …»)
_DENIAL_MEDIA = word_set("factuality", "_DENIAL_MEDIA")


def _others_report(words: list[Word], lo: int, hi: int, vocab: frozenset[str]) -> int | None:
    """The first word of ``vocab`` in ``[lo, hi)`` that names what others reported («نفى مصدر ما أوردته وسائل إعلام
    عن …»), not the relative clause of the denier's own statement («نفت القوات، في بيان نشرته على منصة «إكس»، …»،
    «في تصريح نقلته صحيفة …»): a statement noun one or two words before it (an adjective between: «تسجيل صوتي»)."""
    k = _any(words, lo, hi, vocab)
    while k is not None and any(words[j].norm in _DENIAL_MEDIA for j in range(max(lo, k - 2), k)):
        k = _any(words, k + 1, hi, vocab)
    return k


_FAILING = word_set("factuality", "_FAILING")


def _failed_at(words: list[Word], trig: Trigger) -> bool:
    """Does a verb of failing, up to ten words before (commas allowed), govern the trigger through «في» right before it («وفشلت
    الوساطة القطرية في وقف إطلاق النار»، «لم تنجح الجهود في التوصل إلى اتفاق»)?  What it failed to reach did not
    happen — for an agreement, a truce, a coercion or a withdrawal only: an attack that failed was made («فشلت القوات
    في اقتحام البلدة»), and talks are where one fails («أخفق الطرفان في محادثات جرت بينهما في التغلب على …»)."""
    k = trig.first - 1
    if k < 1 or words[k].norm != "في" or trig.pos == "v" or trig.type not in _FAILABLE:
        return False
    for j in range(k - 1, max(-1, k - 11), -1):
        if words[j].kind != "word":
            if words[j].norm in (",", "،"):
                continue  # (a subject set off by commas, or a time between them: «أخفقت وساطة قادها وجهاء من
                # المزيريب، عصر اليوم، في الإفراج عن المعتقلين»)
            return False
        w = words[j].norm.lstrip("و")
        if w in _FAILING or (w in _SUCCEEDING and j > 0 and words[j - 1].norm.lstrip("و") == "لم"):
            return True
    return False


#: the types whose act failed at did not happen (an attack failed at was made; talks are where one fails)
_FAILABLE = frozenset({"AGREE", "CONCEDE", "COERCE", "RETREAT"})
#: succeeding, after «لم» (did not succeed): «لم تنجح الجهود في …»، «لم يفلح الوسطاء في …»
_SUCCEEDING = frozenset(norm(w) for w in ("ينجح", "تنجح", "ينجحوا", "تنجحا", "ينجحا", "يفلح", "تفلح", "يفلحوا"))


def _persuaded_to(words: list[Word], trig: Trigger) -> int | None:
    """The «إقناع» whose «بـ» complement the trigger is («لإقناع طهران بوقف …»، «إقناعه بالانسحاب»), at most five
    words before it in the same clause, else ``None``."""
    if words[trig.first].norm[:1] != "ب":
        return None
    for k in range(trig.first - 1, max(-1, trig.first - 6), -1):
        w = words[k].norm
        if w in (",", "،", ".", ";", ":"):
            return None
        if w.lstrip("وبل").startswith("اقناع"):
            return k
    return None


#: words that open a new coordinated clause after a comma («، كما …»، «، فيما …»): what was said before governs
#: nothing after them
_NEW_CLAUSE = frozenset({"كما", "فيما", "بينما", "ثم", "لكن", "ولكن", "كذلك", "وكذلك", "حين"})


def _quoted_before(words: list[Word], k: int | None, hi: int) -> bool:
    """Is word ``k`` inside a quotation that closes before word ``hi``, with a comma after it («اتهمت تركيا بـ«السعي
    لاحتلال مزيد من الأراضي»، مطالبةً …»: the cue is in what the accusation quotes, not on the demand after it; but
    «أن الجيش «يستعد لعملية عسكرية» تستهدف …» goes on with the plan)?"""
    if k is None or sum(x.norm in QUOTE_MARKS for x in words[:k]) % 2 == 0:
        return False  # (the cue is not inside a quotation)
    close = next((x for x in range(k + 1, hi) if words[x].norm in QUOTE_MARKS), None)
    return close is not None and any(words[y].norm in (",", "،") for y in range(close + 1, hi))


def _new_clause(words: list[Word], lo: int, hi: int) -> bool:
    """Does a new coordinated clause open between words ``lo`` and ``hi`` (a comma, then «كما/فيما/بينما …», or «غير
    أن/إلا أن»)?  So does a comma before a verb or a participle of saying («…، وقال إن …»، «…، وأكد أن …»، «…، متوعداً
    بـ…»): what the speaker then says is not what was denied before."""
    speech = cues()["speech_verbs"]
    return any((words[k].norm in _NEW_CLAUSE and words[k - 1].norm in (",", "،", "في")) or (
        words[k - 1].norm in (",", "،") and (words[k].norm.removeprefix("و") in speech or words[k].norm in _SAYING_PARTICIPLES
                                            or words[k].norm.removeprefix("و") in _SAYING_PARTICIPLES
                                            or (words[k].norm in ("غير", "الا") and k + 1 < len(words)
                                                and words[k + 1].norm in ("ان", "انه", "انها"))))
        for k in range(lo + 2, hi))


#: the types of acts of saying (a verb of them after a comma and «و» opens a clause of its own)
_SAYING_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"})
#: participles of saying, threatening and accusing that open a clause of their own after a comma
_SAYING_PARTICIPLES = frozenset(norm(w) for w in (
    "مؤكداً", "مؤكدةً", "مؤكدين", "مشيراً", "مشيرةً", "مشيرين", "مضيفاً", "مضيفةً", "متوعداً", "متوعدةً", "متوعدين",
    "متهماً", "متهمةً", "متهمين", "واصفاً", "واصفةً", "معتبراً", "معتبرةً", "لافتاً", "لافتةً", "محملاً", "محملةً",
    "زاعماً", "زاعمةً", "زاعمين"))


def _presupposed(words: list[Word], denial: int, trig: Trigger) -> bool:
    """A definite event noun set after the denied thing («نفت استشهاد عناصر في الغارة التي شنها …») is
    presupposed by the denial, not denied: what is denied is the casualty, not the attack."""
    if trig.pos == "v" or not trig.definite or trig.first - denial < 3:
        return False
    prev = words[trig.first - 1].norm
    head = words[trig.first].norm
    return prev in _SETTING or (head[:1] in ("ب", "ف", "ل") and head[1:3] == "ال")


_ATTEMPTS = word_set("factuality", "_ATTEMPTS")
_SURVIVED = word_set("factuality", "_SURVIVED")
_CLAUSE_MARKS = frozenset({",", "،", ".", "؛", ";", ":"})


def _fronted_purpose(words: list[Word], i: int, trig: Trigger) -> int | None:
    """The index of the comma that closes a purpose set before the clause of the verb at ``i`` («وفي محاولة للتخفيف من
    حدة الأزمة، وزّع الهلال الأحمر …»), else ``None``: the attempt is the purpose of the act, which is told as done,
    and no cue of a condition up to that comma governs the verb."""
    if trig.pos != "v":
        return None
    for k in range(max(1, i - 12), i):
        if words[k].norm in _ATTEMPTS and words[k - 1].norm in ("في", "وفي"):
            return next((j for j in range(i - 1, k, -1) if words[j].norm in (",", "،")), None)
    return None


def after_attempt(words: list[Word], i: int) -> bool:
    """Is the word before word ``i`` «محاولة» (an attempt at the act: «محاولة اغتيال»)?"""
    return i > 0 and words[i - 1].norm in _ATTEMPTS


def _survived_attempt(words: list[Word], i: int) -> bool:
    """Is the word before the act «محاولة», and someone survived or suffered it («نجا … من محاولة اغتيال»، «تعرض
    لمحاولة اغتيال»)?  Then the attempt is an act that happened, not a condition.  The survivor may be a long phrase
    («نجا ضابط في مديرية أمن بنغازي من محاولة اغتيال»): up to ten words back, within the clause."""
    if not after_attempt(words, i):
        return False
    for w in reversed(words[max(0, i - 12) : i - 1]):
        if w.norm in _SURVIVED:
            return True
        if w.norm in _CLAUSE_MARKS:
            return False
    return False


_OPINION_VERBS = word_set("factuality", "_OPINION_VERBS")
_ANALYSTS = word_set("factuality", "_ANALYSTS")


def _analysts_view(words: list[Word], i: int) -> bool:
    """Is the trigger in what analysts or observers think («ويرى مراقبون أن النظام يسعى … إلى فرض سيطرة …»)?"""
    for k in range(max(0, i - 25), i - 2):
        if words[k].norm in _OPINION_VERBS and words[k + 1].norm in _ANALYSTS:
            return any(w.norm in ("ان", "أن") for w in words[k + 2 : i])
    return False


_RELY = word_set("factuality", "_RELY")


def _one_act(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger noun one act: singular and definite, or with a pronoun suffix («التفجير»، «مقتله»)?"""
    if trig.pos != "n" or trig.plural:
        return False
    w = words[trig.first].norm
    return trig.definite or (w.endswith(("ه", "ها", "هم")) and not words[trig.first].noun_ending
                             and not w.endswith(norm(trig.lemma)))


_PLURAL_ENDINGS = ("ات", "اته", "اتها", "اتهم", "اتهما")
#: one operation going on today or counted in days («منذ فجر هذا اليوم»، «لليوم الثالث على التوالي»)
_TODAYS = word_set("factuality", "_TODAYS")


def _recurring(words: list[Word], trig: Trigger, verbs: frozenset[str]) -> bool:
    """Is the trigger a plural act noun («اعتداءات»، «اقتحاماته») whose clause is headed, at most six words before it
    and with no punctuation between, by a present verb of going on, recurring or growing («يواصل»، «تتكرر»،
    «تتصاعد»)?  Not an operation of today or counted in days («منذ فجر اليوم»، «لليوم الثالث على التوالي»)."""
    if not (trig.plural or words[trig.first].norm.endswith(_PLURAL_ENDINGS)):
        return False
    for k in range(trig.first - 1, max(-1, trig.first - 7), -1):
        if words[k].kind not in ("word", "number"):
            return False
        if words[k].norm in verbs:
            return not any(w.norm in _TODAYS for w in words[trig.last + 1 : trig.last + 10])
    return False


_QUESTION_WORDS = frozenset({"هل", "وهل", "فهل"})


def _asked(words: list[Word], i: int) -> bool:
    """Is the trigger inside a yes-no question: «هل» before it, with no full stop between, and «؟» after it in the
    sentence («هل ستكون … إنهاء أسباب المشكلة … وانسحاب القوات التركية من الأراضي السورية؟»)?"""
    k = _any(words, max(0, i - 20), i, _QUESTION_WORDS)
    return k is not None and any(w.norm == "?" for w in words[i:])  # («؟» normalises to «?»)


#: spans after «منذ» that make a plural event noun an aggregate or a state going on for long
_LONG_SPANS = word_set("factuality", "_LONG_SPANS")


def _since_elsewhere(words: list[Word], trig: Trigger, since: int) -> bool:
    """Is «منذ» after the trigger, past a comma, inside a phrase of its own that is not the time set off by commas
    («طالبت اللجنة الجانب الروسي، بصفته ضامناً لاتفاق الهدنة المعمول به منذ عام 2014، بالتدخل»: the truce's age, but
    «اعتقلت القوات، منذ مطلع الشهر، 300 شخص» is a tally)?"""
    last_comma = next((j for j in range(since - 1, trig.last, -1) if words[j].norm in (",", "،")), None)
    return since > trig.last and last_comma is not None and last_comma < since - 1


#: the day of the news («اليوم»، «أمس»، «الليلة»), and what makes it the end of a span («حتى اليوم»)
_NEWS_DAYS = word_set("factuality", "_NEWS_DAYS")
_UNTIL = word_set("factuality", "_UNTIL")


def _background_note(words: list[Word]) -> bool:
    """Does the sentence open with a formula of background («يُذكر أن»، «ويُشار إلى أن»، «تجدر الإشارة إلى أن»)
    and tell no act of the day of the news («يُذكر أن الطائرات شنت، صباح اليوم، عدواناً …» is the day's news; but
    «… مستمر حتى اليوم» is a span)?"""
    first = [w.norm for w in words[:4] if w.kind == "word"]
    if len(first) < 2:
        return False
    head = first[0][1:] if first[0][:1] == "و" else first[0]
    if not ((head == "يذكر" and first[1] in ("ان", "بان")) or (
            head == "يشار" and first[1] == "الي" and len(first) > 2 and first[2] == "ان") or (
            head == "تجدر" and first[1] == "الاشاره")):
        return False
    return not any(proclitic_in(w.norm, _NEWS_DAYS, "و") and not (k > 0 and words[k - 1].norm in _UNTIL)
                   for k, w in enumerate(words))


#: loose counts after a plural act («هجمات متفرقة»، «اشتباكات كثيرة»، «عمليات عديدة»)
_MANY_KINDS = frozenset(norm(w) for w in ("كثيرة", "عديدة", "متعددة", "متفرقة"))
#: «the latest/most notable of them» after many acts: one of them is told («كان آخرها إطلاق النار على …»)
_LATEST_OF = frozenset(norm(w) for w in ("آخرها", "آخرهم", "أبرزها", "أحدثها", "أعنفها"))
#: the past of «كان» (with و/ف): before a present verb, a past habit or state («كان يطالب»، «كانوا يتظاهرون»)
_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})


#: heads of a cause phrase «X على/إثر …» (in reply to, in protest at, on the background of, condemning): what follows
#: is the occasion of what the sentence tells (read by :mod:`marsad.events.extract` too)
CAUSE_HEADS = frozenset({"احتجاجا", "احتجاج", "خلفيه", "ردا", "تنديدا", "اعتراضا"})
#: broken plurals of act nouns (sound ones end in ات: «غارات»، «هجمات»)
_BROKEN_PLURALS = frozenset({"مجازر", "المجازر"})


#: scheduled or expected, before «أن» («كان مقرراً أن …»، «كان من المقرر أن …»، «كان يُفترض أن …»)
_SCHEDULED = word_set("factuality", "_SCHEDULED")


def _plan_of_what_did_not_happen(words: list[Word], i: int) -> bool:
    """Is word ``i`` after «الذي/التي كان مقرراً أن» (within five words) in a sentence a negation opens before that
    relative clause («ولم يصل إلى البلدة وفد الوزارة الذي كان مقرراً أن يلتقي اليوم وجهاءها»)?"""
    for k in range(i - 1, max(1, i - 6), -1):
        if words[k].norm in _SCHEDULED and proclitic_in(words[k - 1].norm, _WAS, "و") and k >= 2 and (
                words[k - 2].norm in RELATIVE_PRONOUNS):
            return any(proclitic_in(w.norm, _NOT_YET, "و") for w in words[: k - 2])
    return False


#: negations of a past or a future act («لم يصل»، «لن يحضر»)
_NOT_YET = frozenset({"لم", "لن"})


def _past_habit(words: list[Word], i: int, *, joined: bool = True) -> bool:
    """Is a past form of «كان» among the five words before word ``i``, no punctuation but an opening quotation mark
    between («كان الأهالي في المدينة يطلبون»، «لكنه كان يرفض»، «كانوا «يروّعون …»»)?  With ``joined``, a present verb
    joined by «و» to one that «كان» governs is governed too, when the two agree in person and number («كانوا يروّعون
    الأهالي ويقطعون الطرقات»)."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if words[k].text in OPENING_QUOTES:
            continue
        if words[k].kind != "word" or (words[k].norm == "ان" and k > 0 and words[k - 1].norm in _SCHEDULED):
            break  # («وكان مقرراً أن تنطلق …»: a plan the verb after «أن» was to carry out, no habit)
        if proclitic_in(words[k].norm, _WAS, "وف"):
            return True
    w = words[i].norm
    if not (joined and w[:1] == "و" and w[1:2] in ("ي", "ت") and len(w) > 4):
        return False
    suffix = w[-2:] if w.endswith(("ون", "ان")) else ""
    for k in range(i - 1, max(-1, i - 5), -1):
        x = words[k]
        if x.kind != "word":
            return False
        if x.norm[:1] == w[1] and x.norm.endswith(suffix) and len(x.norm) > 3 and _past_habit(words, k, joined=False):
            return True
    return False


def classify(
    words: list[Word], trig: Trigger, *, published_year: int | None = None
) -> tuple[str, list[str]]:
    """The factuality label of a trigger in its sentence, and the reasons for it."""
    c = cues()
    i = trig.first
    w = words[trig.head].norm
    # 0. what analysts think, and the background «في ظل …» (amid): no event of their own
    if _analysts_view(words, i):
        return "generic", ["what analysts think («يرى مراقبون أن …»): a view, not an event"]
    if trig.pos == "n" and (trig.plural or words[i].norm.endswith("ات")) and i >= 1 and words[i - 1].norm in _THESE:
        return "generic", ["«لهذه الاعتداءات» (for these acts): many acts referred back to, not one event"]
    if (trig.pos == "n" and (trig.plural or words[trig.head].norm.endswith("ات") or words[trig.head].norm in _BROKEN_PLURALS)
            and i >= 2 and words[i - 1].norm == "علي" and proclitic_in(words[i - 2].norm, CAUSE_HEADS, "و")):
        return "generic", ["many acts named as what is answered or protested («رداً على مجازر الاحتلال»، «احتجاجاً على "
                           "الاعتقالات»): the cause, not one event"]
    if trig.pos == "n" and i >= 2 and words[i - 1].norm == "ظل" and words[i - 2].norm in ("في", "وفي"):
        return "generic", ["«في ظل …» (amid): the background of the report, not an event"]
    if (trig.pos == "n" and i >= 2 and words[i - 1].norm in _SOUNDS
            and words[i - 2].norm in ("وسط", "ووسط", "وقع", "ووقع")):
        return "generic", ["«وسط دوي القذائف» (amid the sound of shelling): the background of the report, not an event"]
    if (trig.pos == "n" and i >= 1 and words[i - 1].norm in ("وسط", "ووسط") and not trig.definite
            and (trig.plural or words[i].norm.endswith("ات"))):
        return "generic", ["«وسط اتهامات …» (amid, before an indefinite plural): the background of the report"]
    if (trig.pos == "n" and i >= 1 and (trig.plural or words[trig.head].norm.endswith("ات"))
            and proclitic_in(words[i - 1].norm, frame_cues()["crowd_counts"], "و")
            and _any(words, 0, len(words), c["recent_time"]) is None):
        # (but «نفذت الطائرات اليوم عشرات الغارات» is the day's raid)
        return "generic", ["«عشرات الهجمات» (dozens of attacks) with no recent day: a vague count of many acts, not one "
                           "event"]
    if (i >= 2 and proclitic_in(words[i - 1].norm, _MANY_OF, "ل")
            and (matches_form(words[i - 2].norm, c["ending_masdars"])
                 or (i >= 3 and words[i - 2].norm.startswith("ال") and matches_form(words[i - 3].norm, c["ending_masdars"])))):
        return "generic", ["a practice asked to end («بوقف حملات التجنيد»، «الوقف الفوري لعمليات الترحيل»): many acts, "
                           "not one event"]
    if trig.type == "ACCUSE" and _cause_of_measure(words, trig):
        return "generic", ["the cause given for an arrest or a dismissal («على خلفية اتهامه بـ…»، «على خلفية منشورات "
                           "انتقد فيها …»): background, not an event told"]
    if trig.type == "ACCUSE" and trig.pos == "v" and _content_of_a_post(words, trig):
        return "generic", ["what a post or a recording says («نشر مقطعاً مصوّراً انتقد فيه …»): its content, not an "
                           "event told"]
    if trig.type == "ACCUSE" and trig.pos != "v" and any(words[k].norm in _PROVEN for k in range(max(0, i - 2), i)):
        return "generic", ["«لا تثبت إدانته» (whose guilt is not proven): a court's finding, not a condemnation"]
    if (i >= 2 and words[i - 1].norm == "كل"
            and proclitic_in(words[i - 2].norm, _EVERY_TIME, "و")):
        return "generic", ["«مع كل قصف»، «بعد كل غارة» (with or after every such act): what recurs with it, not one event"]
    if _every_time_after(words, trig):
        return "generic", ["«… قبل كل تقدم»، «… بعد كل طلعة» (done before or after every other act): a habit, not one "
                           "event"]
    if trig.type == "PROTEST" and trig.pos != "v" and i > 0 and proclitic_in(words[i - 1].norm, _ORGANISERS, "و"):
        return "generic", ["«منظمي المظاهرات»، «تنسيقية تظاهرات الكوت» (the organisers or co-ordinators of protests): "
                           "people named by what they do, not an event"]
    if trig.type == "ACCUSE" and _convicted(words, trig):
        return "generic", ["«بعد إدانتهم بـ…» in a court's sentence: the conviction the sentence rests on, not a "
                           "condemnation"]
    if _charged_with(words, trig):
        return "generic", [CHARGE_CONTENT]
    # «ما لم» (unless): a condition, though its لم looks like a negation
    if _unless(words, i):
        return "hypothetical", [UNLESS]
    if _as_long_as(words, i):
        return "generic", ["«ما دامت …» (as long as): a state that lasts, the condition of something else, not an event"]
    if _no_day_without(words, i):
        return "generic", ["«لا يكاد يمرّ يوم من دون …» (hardly a day passes without): a habit, not one event"]
    if (trig.type == "PROTEST" and trig.pos == "v" and lemma_stem(trig.lemma) in _GOING_OUT
            and _first_person(words[trig.head].norm, trig.lemma)):
        return "generic", ["a verb in the first person («خرجنا بثيابنا»، «أغلقنا المدرسة»، «ونخرج إلى الشارع»): what "
                           "the one quoted did, not a protest told"]
    if (trig.type == "REQUEST" and trig.pos == "v" and norm(trig.lemma).startswith("اشترط")
            and present_tense(words[trig.head].norm, trig.lemma)):
        return "generic", ["«يشترطون مسح الأرض»، «القيادات تشترط انتهاء التطهير» (they require, in the present): a "
                           "standing condition, not a demand made"]
    if _obliged(words, i, trig.verbal):
        return "planned", ["an obligation governs the trigger («يجب أن …»، «لا بد من …»، «إن على … أن …»): what must be done is not done yet"]
    # 1. negation
    neg = _negator(words, i - 3 if trig.pos != "v" else i - 2, i, c["negation"])
    if neg is None and not trig.verbal and (trig.mode == "visit" or trig.type in ("MOBILIZE", "AID")) and (
            j := _carrying_verb_before(words, i, trig)) is not None and (
            not any(w.norm in (",", "،") for w in words[j + 1 : i]) or j >= i - 3 or _set_off(words, j, i)):
        # «ولم يصل إلى بنغازي وفد وزارة الداخلية …»، «ولم تصل إلى القاطع حتى الآن التعزيزات»، «ولم تصل حتى الآن شحنة
        # الأدوية»: the delegation's, the reinforcements' or the aid's verb of coming is negated (VSO); so is the verb
        # that hands the aid out («إن أي منظمة لم توزّع حتى مساء اليوم مساعدات»)
        neg = _negator(words, j - 1, j, c["negation"])
    if neg is None and not trig.verbal and trig.type != "AGREE" and (j := _light_verb_before(words, i)) is not None:
        # «ولم تنفذ القوات الأمنية حملة مداهمات …»، «ولم يعقد المجلس اجتماعه الدوري»: the noun's light verb is negated,
        # its subject between them (not an agreement, which is carried out: «ولم يُنفَّذ البند … في «اتفاق ستوكهولم»»)
        neg = _negator(words, j - 1, j, c["negation"])
    if neg is None and not trig.verbal and not norm(trig.lemma).startswith("ل") and (
            j := _negated_purpose_verb(words, i, c["negation"])) is not None:
        # «من دون أن تتدخل وحدات الأمن لفتح الطريق»، «ولم تتحرك القوات لفك الحصار»: the purpose of an act not done
        neg = j
    if neg is not None and words[neg].norm == "ما" and neg > 0 and proclitic_in(words[neg - 1].norm, _OFTEN, "و"):
        neg = None  # «كثيراً ما تستهدف …»، «غالباً ما يقصف …» (often): a habit (below), not a negation
    if neg is not None and any(w.norm in (",", "،") for w in words[neg + 1 : i]) and not _set_off(words, neg + 1, i):
        neg = None  # «في سيارة من دون لوحات، وأطلقوا النار»: the negation stays in its own clause (not over a time set
        # off by commas after its verb: «ولم تصل، حتى ظهر اليوم، أي تعزيزات»)
    if neg is not None and (words[neg].norm != "ما" or i - neg == 1) and not (
        neg + 1 < len(words) and words[neg + 1].norm in _STILL
    ):
        if trig.type in ("ASSAULT", "COERCE") and trig.pos == "v" and words[neg].norm in ("لا", "ولا") and neg == i - 1 \
                and words[i].norm.lstrip("وف")[:1] in ("ي", "ت", "ن"):
            # «مؤكداً أن قواته «لا تستهدف المدنيين»»، «إجراء روتيني لا يستهدف أحداً بعينه»: the present denied with «لا»
            # says what one never does, no act denied
            return "generic", ["«لا» before a present verb of force («لا تستهدف المدنيين»): what one never does"]
        if neg > 0 and words[neg].norm == "لم" and proclitic_in(words[neg - 1].norm, _IF_NOT, "وف"):
            # «إذا لم يُفرج عن المعتقلين»، «إذا لم تصل شحنات الوقود قبل نهاية الأسبوع»، «إن لم تردّ الفصائل بالموافقة»:
            # what is negated is a condition, not an act denied
            return "hypothetical", [IF_NOT]
        return "negated", [f"negation «{words[neg].norm}» before the trigger"]
    # (not past «، و» opening another clause: «هتافات تندد بعجز الحواجز عن حماية الأهالي، وطالبوا …»)
    lo = max([i - 6, *(k + 1 for k in range(max(0, i - 6), i)
                       if words[k].norm in (",", "،") and words[k + 1].norm[:1] == "و")])
    if _phrase_before(words, i, c["could_not"], lo=lo):
        return "negated", ["«لم يتمكن/لم يستطع …» (could not) governs the trigger"]
    if _failed_at(words, trig):
        return "negated", ["a verb of failing («فشل في …»، «لم تنجح في …») governs the trigger"]
    denial = _any(words, 0, i, c["denial"])
    if denial is not None and _new_clause(words, denial, i + 1):
        # (the trigger itself may open that clause: «نافياً …، ومتهماً «قسد» بـ…»)
        denial = None  # «… وهو ما نفته «سنتكوم»، كما توعّد المتحدث بـ…»: the denial's clause ended at «، كما»
    if denial is not None and trig.pos == "v" and trig.type in _SAYING_TYPES and denial < i - 1 and words[
            i - 1].norm in (",", "،") and words[i].norm[:1] == "و":
        denial = None  # «نفت الوحدات أن تكون قواتها أطلقت النار، واتهمت أنقرة بـ…»: a verb of saying after a comma and
        # «و» is the denier's next act, not what is denied
    if denial is not None and not _presupposed(words, denial, trig):
        if _others_report(words, denial + 1, i, _WHAT_WAS_REPORTED | c["rumor"] | c["reported"]) is not None:
            # «نفى مصدر ما أوردته وسائل إعلام عن «هجوم واسع» …»: a report of others denied, not the act told before
            return "negated", [DENIAL, DENIED_REPORT]
        return "negated", [DENIAL]
    truth = _any(words, i - 10, i, _TRUTH)
    if truth is not None and truth > 0 and words[truth - 1].norm in ("لا", "ولا", "عدم"):
        return "negated", ["«لا صحة ل…» (no truth to) denies it"]
    if trig.pos != "v":
        acc = _any(words, i - 6, i, _ACCUSATION)
        w0 = words[trig.first].norm
        before = words[trig.first - 1].norm if trig.first > 0 else ""
        if acc is not None and (w0[:1] in ("ب", "ل") or before in ("عن", "ب", "في")):
            return "reported", ["the content of an accusation or a claim («اتهم X باعتقال …»)"]
    if _conjoined_masdar(words, trig) and (acc := _any(words, i - 10, i, _ACCUSATION)) is not None and any(
            words[k].norm[:1] == "ب" and len(words[k].norm) > 4 for k in range(acc + 1, i)) and not any(
            words[k].norm in (",", "،", ".", ":", ";") for k in range(acc + 1, i)):
        # «متّهماً الفصائل باستغلال الفيضانات وعرقلة وصول الإغاثة»: a masdar joined to the accusation's
        # «بـ» content is part of that content
        return "reported", ["a masdar joined by «و» to the content of an accusation («باستغلال … ومنع …»)"]
    persuade = _persuaded_to(words, trig)
    if persuade is not None:
        reach = 10 if persuade > 0 and words[persuade - 1].norm == "في" else 3  # «فشل المبعوث الذي … في إقناع»
        if any(proclitic_in(words[k].norm, _FAILING, "و") for k in range(max(0, persuade - reach), persuade)):
            return "negated", ["what someone failed to persuade another to do («فشل في إقناع X بالموافقة»)"]
        return "hypothetical", ["what someone is to be persuaded to do («لإقناع X بالانسحاب»): not done"]
    # 2. rumours
    if trig.pos != "v" and any(words[k].norm.removeprefix("و") in _TALK and words[k + 1].norm == "عن"
                               for k in range(max(0, i - 3), i - 1)):
        return "rumored", ["«الحديث عن X» (talk of X): X is talked of, not told as done"]
    if trig.pos != "v" and _sources_talk_of(words, i):
        return "rumored", ["«تحدثت مصادر/صفحات/ناشطون … عن X» (unnamed sources talk of X): not confirmed"]
    if _phrase_before(words, i, c["rumor"]) and not _identity_hedges_only(words, i, c["rumor"]) and not (
            (k := _last_form(words, c["rumor"], i)) is not None and _new_clause(words, k, i)):
        # (not across «…، مؤكدةً أن …»: «نفت … ما تداولته صفحات محلية …، مؤكدةً أن المعتقلين «أُطلق سراحهم»»)
        return "rumored", ["rumour cue before the trigger"]
    if (k := _news_passed_around(words, i)) is not None and not _new_clause(words, k, i):
        return "rumored", ["news that spread or was passed around («وراجت أنباء عن …»، «وتناقلت مواقع أخباراً عن …»)"]
    # 3. questions, conditions, fears, attempts (a tally of operations and attempts first: no one attempt)
    if trig.pos != "v" and _counted_operations(words, i):
        return "generic", ["a count of operations («41 عملية ومحاولة اغتيال»، «أكثر من ثلاثين عملية اغتيال»): a tally, "
                           "not one event"]
    if _asked(words, i):
        return "hypothetical", ["asked in a question («هل …؟»): not told as happened"]
    survived = _survived_attempt(words, i)  # «نجا رئيس المجلس من محاولة اغتيال»: the attempt was made
    h = None if survived else _any(words, i - 6, i, _hypothetical(c["hypothetical"]))
    purpose = _fronted_purpose(words, i, trig)
    if h is not None and (_next_act(words, h, trig) or (purpose is not None and h <= purpose)):
        h = None
    if h is None and not survived:
        h = _law(words, i - 6, i)
    if h is not None:
        return "hypothetical", [f"{CONDITION_CUE} «{words[h].norm}»"]
    if not survived and (may := _may(words, i, trig)) is not None:
        return "hypothetical", [f"«قد» + a present verb («{words[may + 1].norm}»: may): not told as done"]
    able = None if survived else _any(words, i - 6, i, c["ability"])
    if able is not None and not any(matches_form(x.norm, c["verifying"]) or x.norm in (",", "،", ".")
                                    for x in words[able + 1 : i]):
        # (but «يصعب التحقق من مقتل …» doubts a report: what cannot be verified may have happened)
        return "hypothetical", [f"what can or cannot be done («{words[able].norm}» + the act): not told as done"]
    if not survived and trig.pos == "v" and words[i].norm[:1] == "و":
        far = _any(words, i - 12, i - 6, _hypothetical(c["hypothetical"]))
        if far is None:
            far = _law(words, i - 12, i - 6)
        if far is not None and not any(x.norm in (",", "،", ".", ";", ":") for x in words[far + 1 : i]):
            # «إذا لم تُلقِ «وحدات حماية الشعب» سلاحها وتُخرج «المقاتلين الأجانب»»: a verb joined by «و» inside the
            # condition's clause
            return "hypothetical", [f"a verb joined by «و» inside a condition («{words[far].norm}»)"]
    hope = _any(words, i - 10, i, c["hope"])
    if hope is None and trig.pos != "v":
        hope = _any(words, i - 1, i, c["want"])  # «الشعب يريد إعدام …» (not «لا يريد الكشف عن اسمه» further back)
    if hope is not None and not _new_clause(words, hope, i + 1):
        # («رغم تمني رئيس البلدية عليهم ذلك، غير أن الأخير أشاد …»: the wish's clause has ended)
        return "hypothetical", [f"a hope or wish «{words[hope].norm}» governs the trigger"]
    if not survived and _phrase_before(words, i, _hypothetical(c["hypothetical"]),
                                       lo=i - 6 if purpose is None else purpose) and not any(
            _next_act(words, k, trig) for k in range(max(0, i - 6), i)):
        return "hypothetical", [f"{TWO_WORD_CONDITION} («في حال هدد …»)"]  # single words were checked above
    # (a warning is not the content of the warning before it: «يحذرون من خطوات تصعيدية … والفصائل تحذّر من أنها …»)
    warn = None if norm(trig.lemma) in WARNING_LEMMAS else _any(words, i - 14, i - 6, c["warnings"])
    if warn is not None and all(x.kind == "word" for x in words[warn:i]) and any(
            x.norm in ("من", "بان", "ان") for x in words[warn + 1 : i]):
        # «وحذر المتحدث باسم المجلس من قيام المسلحين بارتكاب مجزرة»: a long من-complement of a warning
        return "hypothetical", [f"what a warning or fear «{words[warn].norm}» is about (its من-complement)"]
    if trig.pos != "v" and i > 0 and (words[i - 1].norm in c["warrant"] or (
        words[i - 1].norm in ("امر", "اوامر") and not words[i].norm.startswith("ب"))):
        # «مذكرة توقيف»، «أمر اعتقال» — but «أوامر بإقالة …» is the dismissal itself
        return "planned", ["a warrant («مذكرة توقيف»): the arrest is ordered, not made"]
    # 4. plans and the future
    bare = w[1:] if w[:1] in ("و", "ف") else w
    if trig.pos == "v" and len(bare) > 3 and bare[0] == "س" and bare[1] in "يتن":
        return "planned", ["future prefix سـ on the verb"]
    f = trig.first  # (a phrase's head may be its last word: «بإيقاف … عن العمل»)
    decided = (trig.type == "SANCTION" and words[f].norm.lstrip("وف").startswith("ب") and f > 0
               and words[f - 1].norm in _DECISION)  # «أصدر قراراً بإعفاء …»: the decision is the dismissal itself
    # «أصدرت اللجنة قراراً يقضي بمنع الرعي»: a decision imposing a ban or a closure imposes it
    decided = decided or (trig.type == "COERCE" and trig.mode in ("ban", "curfew", "restrict") and bare.startswith("ب")
                          and any(proclitic_in(words[k].norm, _DECISION, "وف") for k in range(max(0, i - 3), i)))
    # an aim, before the future cues («قالت إنها تهدف إلى فتح ممرات آمنة» is an aim, whatever future word is near; a
    # verb-entry word right after the cue is its masdar: «بهدف طلب الفدية»)
    if (trig.pos != "v" or (i > 0 and words[i - 1].norm in c["purpose"])) and _phrase_before(
            words, i, c["purpose"], lo=i - 2):
        return "planned", [PURPOSE_CONTENT]
    if not decided and _phrase_before(words, i, c["future"], lo=i - (8 if trig.pos != "v" else 5)) and not (
            _quoted_before(words, _last_form(words, c["future"], i), i)):
        if _plan_of_what_did_not_happen(words, i):
            return "negated", ["«… الذي كان مقرراً أن …» after a negation («ولم يصل الوفد الذي كان مقرراً أن يلتقي …»): "
                               "the plan of what did not happen"]
        return "planned", ["future/plan cue before the trigger"]
    if trig.pos != "v" and not (trig.type == "THREATEN" and trig.pos == "p"):
        # the future verb right before the noun, or with one word between (a preposition, an adverb, the subject:
        # «سيشرعان في محادثات»، «ستطلق قريباً هجوماً»، «سيعقد الوفد اجتماعاً»); not a threat's own words («ستضرب بيد
        # من حديد»: what it will do is the threat, made now)
        for k in range(max(0, i - 2), i):
            if _future_verb(words[k].norm):
                return "planned", [f"future verb «{words[k].norm}» governs the noun («سيعقد اجتماعاً»)"]
        nxt_k = trig.last + 1
        if nxt_k < len(words) and words[nxt_k].norm in QUOTE_MARKS:
            nxt_k += 1  # («لقاء» سيعقد)
        held = words[nxt_k].norm if nxt_k < len(words) else ""
        if not trig.definite and conj_in(held, c["future_holding"]):
            # an indefinite noun and a future verb of being held or starting after it, a relative clause: «لقاءً
            # سيُعقد السبت بين …»، «مسيرةً ستنطلق من …» (only those verbs: a name may follow a noun, «اتفاق ستوكهولم»؛
            # not a definite noun: «الهجوم سيستمر» goes on)
            return "planned", [f"a future verb of holding «{held}» right after the indefinite noun («لقاءً سيُعقد»)"]
    w0 = words[i].norm
    nounish = trig.pos != "v" or w0.startswith(("ال", "بال", "لل", "وال")) or (w0[:1] in ("ب", "ل") and w0[1:2] not in "يتن")
    if nounish and (ref := _any(words, i - 3, i, c["refused"])) is not None and not any(
            w.norm in (",", "،") for w in words[ref + 1 : i]):  # («رفضوا الطلب، وعرضوا …»: a clause of its own)
        return "negated", [f"{REFUSED_CONTENT} («رفض الانسحاب»)"]
    if trig.pos != "v" and i > 0 and words[i - 1].norm in ("قبل", "قبيل") and (
            _any(words, i - 26, i - 1, c["refused"]) is not None or _any(words, i - 26, i - 1, c["requested"]) is not None):
        # «رفضت الحكومة «أي حوار مع الميليشيات قبل انسحابها من المدن»»، «طالبوا بالإفراج عنهم قبل أي تفاوض»: the
        # condition of a refusal or a demand has not been met
        return "planned", [f"{CONDITION_CONTENT} («قبل انسحابها»): not done yet"]
    if _any(words, trig.last + 1, trig.last + 6, _NEXT) is not None and norm(trig.lemma) not in _DEADLINES:
        # (not for a deadline: «مهلة تنتهي السبت المقبل» is given now, it runs out next week)
        return "planned", ["'next …' after the trigger"]
    # what is asked for: the trigger itself with بـ/لـ/إلى («بإدانة»، «إلى وقف إطلاق النار»), or the genitive of a
    # masdar after على/بـ/لـ («حث … على تنفيذ هدنة») — unless that masdar ends it («برفع الحصار»: the siege is real)
    prev = words[i - 1].norm if i > 0 else ""
    asked = w0[:1] in ("ب", "ل") or prev in ("الي", "الى") or (
        i > 1 and (words[i - 2].norm in ("الي", "علي") or prev[:1] in ("ب", "ل")) and not matches_form(prev, c["ending_masdars"])
        and prev not in c["stop_words"])
    if nounish and trig.type == "CONSULT" and called_for(words, i):
        return "planned", ["a meeting called to («دعت … الطرفين إلى اجتماع عاجل»): not held yet"]
    if nounish and asked and _any(words, i - 8, i, c["requested"]) is not None:
        return "planned", ["the noun is what a demand asks for («طالبت … بإدانة»، «دعا إلى …»): not done yet"]
    if nounish and (((w0[:1] == "ب" or prev[:1] == "ب") and (
            _any(words, i - 6, i, c["threat_verbs"]) is not None
            or (_any(words, i - 10, i - 5, c["threat_verbs"]) is not None and any(after_time_parenthetical(words, k) > k for k in range(max(0, i - 10), i)))
            or _demand_across_parenthetical(words, trig, frozenset(), c["threat_verbs"]) is not None)) or (
            w0[:1] == "و" and _joined_to_promise(words, i, c["threat_verbs"]))):
        # (further when a time set off by commas stands between: «وهدّد محتجو البلدة، مساء اليوم، بإغلاق الطريق»; and
        # a masdar joined by «و» to the promise: «هدّدوا بالعودة إلى الشارع وقطع الطرقات»)
        return "planned", ["the noun is what a threat promises («هدد باقتحام …»، «توعد بالرد»): not done yet"]
    if trig.pos != "v" and _recurring(words, trig, c["recurring_present"]):
        # «ويواصل الاحتلال منذ سنوات اعتداءاته»، «إذ تتكرر اقتحامات قوات الاحتلال للمخيمات»، «فيما تتصاعد اعتداءات
        # المستعمرين»: acts that go on, recur or grow — a trend, not one event (before the dates of the sentence:
        # «… في انتهاك لاتفاقية عام 1974» dates the agreement, not the acts)
        return "generic", ["a plural act that goes on, recurs or grows («يواصل/تتكرر/تتصاعد …»): a trend, not one event"]
    # 5. background and history
    has_recent = _any(words, 0, len(words), c["recent_time"]) is not None
    if since_the_event(words, trig):
        return "historical", ["«منذ التسوية» (since the event): the time counted from an earlier event"]
    if commemorated(words, trig):
        return "historical", ["commemoration (ذكرى) of the event"]
    if trig.type in ("AGREE", "CONCEDE") and trig.pos != "v" and _standing(words, i):
        return "historical", [f"{STANDING_AGREEMENT} («رغم سريان اتفاق …»، «الضامن لاتفاق …»، «لجنة الإشراف على تنفيذ "
                              "اتفاق …»): a standing thing referred to, not an act told"]
    era_lo, era_hi = max(0, i - 10), min(len(words), trig.last + 10)
    if not has_recent and (_any(words, era_lo, era_hi, c["past_eras"]) is not None
                           or _phrase_before(words, era_hi, c["past_eras"], lo=era_lo)):
        return "historical", ["a past era («في ستينات القرن الماضي»، «التسعينات») dates it"]
    then = _any(words, trig.last + 1, trig.last + 4, c["at_that_time"])
    if then is not None and not has_recent:
        return "historical", [f"«{words[then].norm}» (at that time) after the trigger: a past event recalled"]
    aux = _any(words, i - 8, i, c["background_aux"])
    if aux is not None and _any(words, aux + 1, i + 1, c["background_particle"]) is not None and not has_recent:
        return "historical", ["pluperfect كان … قد (background)"]
    rel = _any(words, i - 10, i, c["relative"])
    if rel is not None and trig.pos == "n" and _any(words, rel - 1, rel, _RECALLED) is not None:
        return "historical", ["event recalled in a relative clause"]
    if trig.pos == "v" and rel is not None and rel >= i - 1:
        recent = has_recent
        if recent and rel > 0 and words[rel - 1].norm in (",", "،") and present_tense(words[trig.head].norm, trig.lemma):
            # a present verb's relative clause set off by commas has its own time: «التقى المسؤول، الذي يزور بيروت منذ
            # يومين، حاكم المصرف أمس» — «أمس» dates the meeting, not the visit (a past verb's clause may tell the recent
            # act itself: «تبنّت أمس القصف، الذي استهدف القوات …»)
            close = next((k for k in range(trig.last + 1, len(words)) if words[k].norm in (",", "،", ".")), len(words))
            recent = _any(words, rel, close, c["recent_time"]) is not None
        if not recent and present_tense(words[trig.head].norm, trig.lemma) and words[rel].norm.endswith("التي") and any(
                w.norm.startswith(("ال", "بال")) and w.norm.endswith("ات") for w in words[max(0, rel - 3) : rel]):
            # «تصاعداً في التفجيرات بالعبوات اللاصقة التي تستهدف ضباطاً»: what such acts do, not one event
            return "generic", ["a present verb in a relative clause on a plural noun: what such acts do"]
        if not recent and present_tense(words[trig.head].norm, trig.lemma):
            # «رفضت «الهيئة»، التي ينتشر مقاتلوها في عدد من البلدات، أي اتفاق»: a state the relative clause describes
            return "generic", ["a present verb in a relative clause: a standing state, not one event"]
        if not recent:
            return "historical", ["verb in a relative clause recalling an earlier event"]
    if trig.pos == "n" and _any(words, trig.last + 1, trig.last + 4, c["relative"]) is not None and trig.definite:
        after = words[trig.last + 1 : trig.last + 4]
        if not has_recent and any(x.norm in ("التي", "الذي") for x in after):
            return "historical", ["definite event noun qualified by a relative clause (recalled event)"]
    if (trig.type == "AGREE" and trig.pos != "v" and trig.last + 1 < len(words)
            and matches_form(words[trig.last + 1].norm, c["named_agreements"])
            and _any(words, i - 6, i, c["agreement_acts"]) is None):
        # «ناقش الوزيران الاتفاق النووي»، «التزامهما باتفاق سوتشي»: a named agreement referred to, not the act of
        # agreeing («وقعت إيران الاتفاق النووي» is)
        return "historical", ["a named agreement referred to («الاتفاق النووي»), not the act of agreeing"]
    if (trig.type in ("AGREE", "CONCEDE") and trig.pos != "v"
            and _any(words, max(0, i - 2), i, _REFERRING) is not None):
        # «روسيا، الضامن لاتفاق وقف إطلاق النار»، «خرق الهدنة»، «بموجب اتفاق التسوية»: a deal already made
        return "historical", ["an agreement referred to (its guarantor, its terms, a breach of it)"]
    prev_k = _any(words, trig.last + 1, trig.last + 3, _PREVIOUS) if trig.pos == "n" else None
    if prev_k is not None and not (words[prev_k].norm == "الاولي" and prev_k + 1 < len(words)
                                   and words[prev_k + 1].norm in ("منذ", "من")):
        # «الزيارة السابقة» — but «زيارة هي الأولى منذ سنوات/من نوعها» is today's
        return "historical", ["'previous/last …' qualifies the trigger"]
    if published_year is not None and not has_recent:  # («اعتقلت فجر اليوم شباناً أجروا تسوية عام 2016»: today's)
        for k in flags_of(words).matching(_YEAR):  # the words that are years, in order
            x = words[k]
            if int(x.norm) < published_year - 1 and not later_statement(words, trig.last, k) and not _habit_since(
                    words, trig, k, c["habitual"]) and not _accord_year(words, trig, k):
                return "historical", [f"year {x.norm} well before publication"]
    # 6. generic statements and aggregates
    if trig.pos in ("v", "p") and present_tense(w, trig.lemma) and _past_habit(words, i):
        return "generic", ["«كان/كانوا» + a present verb («كان يطالب»، «كانوا يتظاهرون»): a past habit or state, not one "
                           "event"]
    if (trig.pos != "v" and not has_recent and (trig.plural or words[trig.last].norm.endswith("ات"))
            and trig.last + 1 < len(words) and words[trig.last + 1].norm in _MANY_KINDS
            and not any(proclitic_in(x.norm, _LATEST_OF, "و") for x in words[trig.last + 2 : trig.last + 6])):
        # (but «لاعتداءات متفرقة كان آخرها إطلاق النار على …» tells one of them: the act told is specific)
        return "generic", ["a plural act counted loosely («هجمات متفرقة»، «اشتباكات كثيرة») with no day of its own: many "
                           "acts, not one event"]
    if trig.pos != "v" and _tally_over_a_period(words, trig):  # (periods of days or more: not «خلال الساعات الماضية»)
        return "generic", ["acts counted by ten or more over a period («خلال تسعة أشهر 26350 غارة»، «23 هجوماً في الفترة "
                           "الممتدة من … إلى …»): a tally, not one event"]
    since = _any(words, 0, len(words), _SINCE)
    if (since is not None and has_recent and _recent_only_since(words, since, trig, c["recent_time"])
            and not _in_a_relative_clause_after(words, trig, since)):
        has_recent = False  # «قُتل منذ مطلع الموسم الحالي في شباط الماضي أكثر من أربعين شخصاً»: the month is the start
    if since is not None and not has_recent and (any(w.kind == "number" or w.norm.isdigit() for w in words) or any(
            _tally_of(words, trig, k, since) for k in range(max(0, trig.first - 10), min(len(words), trig.last + 14)))
    ) and not (
        since + 1 < len(words) and words[since + 1].norm in _RECENT_SPANS
    ) and not clause_break(words, min(since, i), max(since, trig.last)) and not _since_elsewhere(words, trig, since):
        # (a tally in another clause — «دعت X الطرفين إلى …، مشيرةً إلى أن دورياتها رصدت منذ مطلع الشهر مئات
        # الخروقات» — does not make the call an aggregate)
        return "generic", ["aggregate: a count 'since …' without a specific date"]
    gov = _any(words, i - 2, i, _GENERIC_GOVERNORS)
    if gov is not None and any(w.norm in (",", "،", ".", ":", ";") for w in words[gov + 1 : i]):
        gov = None  # «جثامين ثلاثة من الضحايا، وحمّل …»: a noun of the clause before governs nothing past the comma
    if gov is not None and gov == i - 2 and words[i - 1].norm.startswith("ال") and (
            trig.pos == "v" or not words[trig.head].norm.lstrip("وف").startswith(("ال", "ب", "ل"))):
        gov = None  # «نفذت قوة من إدارة مكافحة المخدرات مداهمة …»، «شرطة مكافحة الإرهاب داهمت …»: the chain ended at
        # its definite noun; a verb or an indefinite noun after it is not governed by «مكافحة» (but a noun with «لـ/بـ»
        # may be: «الوقف الفوري لإطلاق النار»)
    if gov is not None and words[gov].norm.endswith("وقفه"):
        gov = _any(words, gov + 1, i, _GENERIC_GOVERNORS)  # «الوقفة» (a vigil) is not «وقف» (stopping)
    if gov is not None and has_recent and matches_form(words[gov].norm, _CAMPAIGN):
        gov = None  # «شنت فجر اليوم حملة مداهمات»: a dated campaign is one event, not a kind of act
    if gov is not None and words[gov].norm in _BLAME_GOVERNORS and _one_act(words, trig):
        gov = None  # «تبنى مسؤوليته عن التفجير»، «الجهة التي تقف وراء مقتله»: the blame is for one act
    if gov is not None:
        return "generic", ["trigger governed by a generic noun (مكافحة، مسؤولية، جرائم …)"]
    if trig.type == "COERCE" and i > 0 and proclitic_in(words[i - 1].norm, _DETENTION_PLACES, "وب"):
        return "generic", ["«أماكن احتجازهم» (the places of detention): where people are held, not an act"]
    if i > 0 and words[i - 1].norm in ("ساحه", "ساحات") and words[i].norm[:1] == "ل":
        return "generic", ["«ساحة لـ …» (an arena for): a kind of act, not one event"]
    hab = _any(words, max(0, i - 8), min(len(words), trig.last + 8), c["habitual"])
    if hab is None:
        # «كلما» (whenever) only as written, with و/ف: as a stem it would match «كلمات» (words); after a threat it is
        # the threat's condition («يتوعد فيها أهالي محردة بمئة قذيفة كلما تقدم الجيش خطوة»), not a habit of threatening
        hi = trig.last + 1 if trig.type == "THREATEN" else trig.last + 8
        hab = next((k for k in range(max(0, i - 8), min(len(words), hi))
                    if words[k].norm.lstrip("وف") == "كلما"), None)
    if hab is None and trig.pos != "v" and trig.last + 1 < len(words) and words[trig.last + 1].norm in _FREQUENCIES:
        hab = trig.last + 1  # «تشهد المدن مظاهرات أسبوعية»: a weekly protest is a habit
    if hab is None and trig.pos != "v" and trig.last + 2 < len(words) and words[trig.last + 1].norm == "شبه" and (
            words[trig.last + 2].norm in _FREQUENCIES):
        hab = trig.last + 2  # «وتتعرض الأسواق لغارات شبه أسبوعية» (near-weekly)
    if hab is None and _phrase_before(words, min(len(words), trig.last + 8), c["habitual"], lo=i - 8):
        hab = i  # a two-word habit («بشكل يومي»، «بصورة متكررة»)
    if hab is not None and (ranged := _ranged_terms(words, max(0, i - 8), min(len(words), trig.last + 8))):
        # «أحكاماً بالسجن لمدد تتراوح بين خمس سنوات و18 سنة»: terms of a range, not a habit (another cue still counts)
        hab = next((k for k in range(max(0, i - 8), min(len(words), trig.last + 8))
                    if k not in ranged and matches_form(words[k].norm, c["habitual"])), None)
    if hab is not None or (i >= 2 and words[i - 1].norm == "في" and words[i - 2].norm in c["continuing"]):
        # «أكدت مراراً أنها مستمرة في استهداف …»، «تقصف البلدة يومياً»: a habit or a campaign, not one event
        return "generic", ["habitual («مراراً»، «يومياً») or continuing («مستمرة في») act, not one event"]
    if trig.pos != "v" and i > 0 and proclitic_in(words[i - 1].norm, _TRENDS, "وبل"):
        return "generic", ["a trend word before the noun («مسؤولية تكرار القصف»، «استمرار الاعتقالات»): many acts"]
    if trig.pos != "v" and _over_a_period(words, trig):
        return "generic", ["«خلال هذه الفترة» (over a period) after the noun: a tally of many acts, not one event"]
    # (one word further when a noun joined with و follows: «حملات دهم واعتقالات متكررة»)
    rep_end = trig.last + (3 if trig.last + 1 < len(words) and words[trig.last + 1].norm[:1] == "و" else 2)
    if trig.pos != "v" and any(w.norm in _REPEATED for w in words[max(0, i - 2) : rep_end]):
        # «تفجيرات متكررة بعبوات ناسفة»، «عمليات اغتيال متكررة»، «لقصف يومي»
        return "generic", ["«… متكررة/يومي» (repeated, daily) next to the noun: a kind of act, not one event"]
    if trig.type == "AID" and trig.pos == "n" and any(w.norm in _RELY for w in words[max(0, i - 6) : i]):
        # «في حين يعتمد معظم النازحين على المساعدات»: living on aid, not one delivery
        return "generic", ["«يعتمد … على» (relies on) aid: a condition, not one delivery"]
    if trig.type == "AID" and trig.pos == "n" and (
            (words[trig.first].norm[:1] == "ل" and len(words[trig.first].norm) >= 4)
            or (i > 0 and words[i - 1].norm[:1] == "ل" and words[i - 1].norm[1:] in _AID_CARRIERS)):
        # «ممرات آمنة لسفن المساعدات»، «حاجة لمساعدات عاجلة»، «مكتب تنسيقي للمساعدات»، «على استعداد لإرسال شحنة»:
        # what something is for, needed or readied — no delivery told (nor by the aid after the carrier: «لسفن المساعدات»)
        return "generic", ["aid after «لـ» (for, to): what something is for, needed or readied, not one delivery"]
    if trig.type == "ACCUSE" and trig.pos == "n" and _any(words, i - 10, i, c["mutual_present"]) is not None:
        # «فيما تتبادل الفصائل والأجهزة الأمنية الاتهامات بالمسؤولية»: an exchange going on, not one accusation
        return "generic", ["mutual accusations in the present («تتبادل … الاتهامات»): going on, not one event"]
    if trig.type == "ASSAULT" and _any(words, trig.last + 1, trig.last + 3, c["thousands"]) is not None:
        return "generic", ["thousands of victims («قتلها الآلاف»): a toll, not one event"]
    for k in range(trig.last + 2, min(len(words), trig.last + 8)):
        if words[k].norm in c["whole_war"] and words[k - 1].norm in c["during"]:
            return "generic", [f"a toll of the whole war («… في {words[k].norm}»), not one event"]
    if trig.pos != "v" and i >= 2 and words[i - 1].norm == "وقع" and words[i - 2].norm == "علي" and any(
            words[k].norm == "منذ" and words[k + 1].norm in _LONG_SPANS for k in range(max(0, i - 12), i - 2)):
        # «وتعيش مدينة حيس منذ سنوات على وقع القذائف والقنص»: life amid the acts for years, no one event
        return "generic", ["«منذ سنوات … على وقع …» (amid it for years): a state, not one event"]
    if trig.pos != "v" and (k := _suffering_for_long(words, i)) is not None:
        # «ويشكو سكان الريف منذ سنوات من حملات السوق والتوقيف على الحواجز»، «وتعاني المناطق منذ سنوات من توترات تتخللها
        # حملات دهم»: what people have suffered for years, no one event
        return "generic", [f"what «{words[k].norm}» (suffer, complain of) for years names: a state, not one event"]
    if trig.pos != "v":
        anyk = _any(words, i - 2, i, c["any"])
        if anyk is not None and not any(x.norm in c["that_is"] for x in words[anyk + 1 : i]):  # «أي أن»
            return "generic", [f"«{words[anyk].norm} …» (any): no specific event"]
    if trig.pos != "v" and i > 0 and proclitic_in(words[i - 1].norm, _PRETEXTS, "وبل"):
        # «للحفاظ على ذريعة اتهام الحكومة»، «اتخاذها ذريعة للعدوان»، «يمكن تبرير زيارة …»: a pretext or a
        # justification names a kind of act, not one told
        return "generic", [f"«{words[i - 1].norm} …» (a pretext, a justification): no event told"]
    if i > 0 and words[i - 1].norm in _WHOEVER and (trig.pos == "v" or (
            trig.pos == "p" and i > 1 and words[i - 2].norm in EVERY and words[i].norm[:1] in ("ي", "ت"))):
        # (a verb phrase after «كل من» too: «وتوعّدت كل من يسلّم سلاحه لـ«النظام» بـ«المحاسبة»»; not «بعد ست سنوات
        # من توقيع اتفاق»)
        # «لن نفاوض من يقصف المواطنين»، «محاسبة كل من يعتدي على …»: whoever does it, no one act
        return "generic", ["«من يقصف …» (whoever does it): no specific event"]
    if trig.pos == "v" and _joined_to_whoever(words, i):
        return "generic", ["a verb joined to «من يـ…» (whoever does it: «كل من يعطّل المرور أو يعتدي على …»): no "
                           "specific event"]
    # 7. hearsay
    if _phrase_before(words, i, c["reported"], lo=i - 8) and not (
            (k := flags_of(words).first(c["reported"], max(0, i - 8), i)) is not None and (
                _new_clause(words, k, i) or (k > 0 and words[k - 1].norm in _AGENCY))):
        # (not across «…، وأكد أن …»: «نفى … صحة هذه الأنباء، وأكد أن الفصائل «ترفض أي تسوية»» says the rejection)
        # (nor a news agency's name: «نقلت وكالة الأنباء الرسمية عن مصدر … إدانته …»)
        return "reported", ["unattributed hearsay (أنباء، تقارير) before the trigger"]
    if _background_note(words):
        return "historical", ["a background note («يُذكر أن …»، «يُشار إلى أن …»): a reminder of what is known, not the "
                              "news of the report"]
    return "asserted", ["stated by the article"]


#: pretexts and justifications: the noun after them is a kind of act («بذريعة مكافحة الإرهاب»)
_PRETEXTS = word_set("factuality", "_PRETEXTS")


#: «من» (who, whoever) right before a verb: a relative clause naming no one act («من يقصف المواطنين»)
_WHOEVER = frozenset({"من", "ومن", "لمن", "فمن", "بمن"})


def _may(words: list[Word], i: int, trig: Trigger) -> int | None:
    """The «قد» right before a present verb (may) that governs the trigger: the trigger itself («قد ينسحب») or the
    verb within three words before it, no punctuation between («قد يؤدي إلى اندلاع معارك»), else ``None``.  (Before a
    past verb «قد» asserts: «وقد انسحبت القوات».)"""
    for k in range(max(0, i - 4), i + 1):
        if words[k].norm not in ("قد", "وقد", "فقد") or k + 1 >= len(words):
            continue
        v = words[k + 1].norm
        # (a past verb of the forms تفعّل/تفاعل begins with ت too — «فقد تعهّد»، «وقد تعرّضت» —, and one with ن —
        # «قد نشرت» —: a ت-form counts only as the trigger itself, whose lemma tells the tense, a ن-form with no past ending)
        if k + 1 == trig.head and trig.pos == "v":
            present = present_tense(v, trig.lemma)
        else:
            present = v[:1] == "ي" or (v[:1] == "ن" and not v.endswith(("ت", "وا", "تا", "نا")))
        if present and len(v) > 3 and not words[k + 1].noun_ending and (
                k + 1 == trig.head or all(w.kind == "word" for w in words[k + 1 : i])):
            return k
    return None


#: verbs of suffering or complaining of a state («يشكو السكان من …»، «تعاني المنطقة من …»)
_SUFFERING = frozenset({"يشكو", "تشكو", "يشكون", "يعاني", "تعاني", "يعانون", "عانت", "عاني", "عانوا"})


def _suffering_for_long(words: list[Word], i: int) -> int | None:
    """The verb of suffering or complaining within fourteen words before the noun at ``i``, with «منذ» + a long span
    («منذ سنوات») between them, no sentence stop between: else ``None``."""
    for k in range(i - 1, max(-1, i - 15), -1):
        if words[k].norm in CLAUSE_ENDS:
            return None
        if proclitic_in(words[k].norm, _SUFFERING, "و"):
            return k if any(words[j].norm == "منذ" and words[j + 1].norm in _LONG_SPANS for j in range(k + 1, i - 1)) else None
    return None


def _joined_to_whoever(words: list[Word], i: int) -> bool:
    """Is the verb at ``i`` joined by «و» or «أو» to a present verb right after «من» (whoever), within six words and no
    punctuation («على كل من يعطّل حركة المرور أو يعتدي على المنشآت»)?"""
    w = words[i].norm
    if not ((w[:1] == "و" and w[1:2] in ("ي", "ت")) or (i > 0 and words[i - 1].norm == "او" and w[:1] in ("ي", "ت"))):
        return False  # (a present verb, as the one it is joined to)
    for k in range(i - 1, max(-1, i - 7), -1):
        if words[k].kind != "word":
            return False
        if words[k].norm in _WHOEVER and k + 1 < i and words[k + 1].norm[:1] in ("ي", "ت"):
            return True
    return False


#: words that end a demand's complement: a new clause («فيما قصفت …»، «كما اعتقلوا …») is not what was asked for
_CLAUSE_BREAKS = frozenset({"فيما", "بينما", "حين", "كما", "ثم", "لكن", "ولكن", "لكنها", "لكنه", "وقد", "قبل", "بعد", "الرغم", "رغم",
                            "حيث", "اذ", "الذي", "التي", "الذين"})
#: demand nouns whose genitive or على-complement is what is asked for («رفضت مطلب التهجير»، «تتركز مطالبها على …»)
_DEMAND_NOUNS = frozenset({"مطلب", "المطلب", "مطالب", "المطالب", "مطالبها", "مطالبهم", "مطالبه", "بمطلب", "بمطالب"})
#: request nouns whose بـ-complement right after them (an adjective between) is what is asked for («نقل الوفد طلباً
#: صريحاً بسحب مقاتليها»), not their genitive («طلبات تعويض عن غارة جوية»)
_REQUEST_NOUNS = frozenset({"طلبا", "طلبات"})


#: what a meeting discusses follows these; for outcomes that are negotiated (not for attacks, which are reported
#: as done whatever is said about them)
#: the aim of talks («لاستئناف المباحثات …، بهدف التوصل إلى هدنة»): sought, not reached
_AIMS = frozenset({"بهدف", "وبهدف", "بغيه", "سعيا"})
_TOPIC_CUES = frozenset({"لبحث", "بحث", "لمناقشه", "مناقشه", "للبحث", "للتباحث", "حول", "بشان", "بخصوص", "لدراسه",
                         "وبحث", "ولبحث", "ومناقشه", "ولمناقشه", "لتنسيق", "تنسيق", "وتنسيق", "ولتنسيق",
                         # «والتفاوض على إطلاق سراح المخطوفين»: what is negotiated
                         "التفاوض", "والتفاوض", "للتفاوض", "وللتفاوض", "تفاوض", "التباحث", "والتباحث",
                         # «بحث الوزير مع السفير «سبل تعزيز التنسيق الأمني»»: the ways discussed
                         "سبل", "وسبل"}) | _AIMS
#: what carries aid, written with «لـ» before the aid it carries («لسفن المساعدات»، «لقوافل الإغاثة»)
_AID_CARRIERS = word_set("factuality", "_AID_CARRIERS")
_NEGOTIABLE = frozenset({"RETREAT", "AGREE", "CONCEDE", "COOPERATE", "AID", "CONSULT"})
#: asking verbs whose direct object (no preposition) is what is asked for
_ASK_DIRECT = frozenset({"طلب", "طلبت", "طلبوا", "يطلب", "تطلب", "يطلبون"})
#: words of setting a condition: the act right after one is what is asked for in return («اشترط الضباط تسليم السلاح»)
_CONDITIONS = word_set("factuality", "_CONDITIONS")
#: what an agreement or a proposal stipulates («أي اتفاق يقضي بتهجير الأهالي»): its content, not an event
_STIPULATING = frozenset({"يقضي", "تقضي", "ينص", "تنص", "يتضمن", "تتضمن"})
#: the verbs and nouns of agreeing: what they are «على» (about) is agreed, not done yet
_AGREEING = word_set("factuality", "_AGREEING")
#: acts an agreement is about (a ceasefire, an exchange, a withdrawal), not the agreeing itself
_AGREED_ACTS = frozenset({"CONCEDE", "COOPERATE", "RETREAT", "COERCE"})


def _agreed_complement(words: list[Word], d: int, t: Trigger) -> bool:
    """Does the agreement word at ``d`` take the trigger in its «على/لـ» complement: «على» (or a word in لـ) right after
    it — or after its subject and a parenthetical — and no sentence punctuation before the trigger?"""
    if any(x.norm in CLAUSE_ENDS for x in words[d + 1 : t.first]):
        return False
    return any(x.norm in ("علي", "وعلي") or (x.norm[:1] == "ل" and x.norm[1:3] != "ه") for x in words[d + 1 : t.first + 1])


#: verbs and nouns of promising: their «بـ» complement is what is promised
#: (not the present «يعد/تعد»: «يُعدّ» is also «is considered»)
_PROMISING = word_set("factuality", "_PROMISING")


def _promised_complement(words: list[Word], d: int, t: Trigger) -> bool:
    """Does the promise word at ``d`` take the trigger in its «بـ» complement: the trigger glued to «بـ», or a «بـ»
    written apart before it (quote marks between: «بـ«إخلاء سبيل …»»), and no sentence punctuation between?"""
    if any(x.norm in CLAUSE_ENDS for x in words[d + 1 : t.first]):
        return False
    k = t.first
    while k > d + 1 and words[k - 1].norm in QUOTE_MARKS:
        k -= 1
    return words[t.first].norm[:1] == "ب" or words[k - 1].norm in ("ب", "بـ")


def demanded(words: list[Word], t: Trigger, verb_firsts: frozenset[int]) -> int | None:
    """The index of the demand that a noun trigger is the content of, or ``None``: «طالب الوفد بتسليم عشرين
    شخصاً أو ترحيلهم …، إضافة إلى تسليم الأسلحة»، «تطالب بالإفراج عن المعتقلين»، «رفضت مطلب التهجير»،
    «تتركز مطالبها على الإفراج …». What is asked for has not happened: it is the demand's content, not an event.
    The complement runs from the demand word (a demand verb with a بـ/إلى/على complement, or a demand noun) to the
    trigger, with no verb trigger (``verb_firsts``), clause break or sentence punctuation between."""
    c = cues()
    if t.type == "REQUEST" or (t.pos == "v" and not _conjoined_masdar(words, t)):
        return None
    if (joined := _joined_to_demand(words, t, verb_firsts, c["requested"])) is not None:
        return joined  # («…، وبفتح ممرات آمنة»: a further «بـ» item of the demand, also after «، و»)
    if t.pos == "p" and comma_and(words, t):
        # «…، وحكم عليه بالسجن …»: a verb phrase joined by «، و» opens a clause of its own — but a phrase with no gap
        # may be a masdar in a list of terms («ونصّ الاتفاق على وقف القصف، وفتح الطريق …»)
        return None if "…" in t.lemma else _terms_of(words, t, verb_firsts)
    if t.type in ("THREATEN", "ACCUSE") and t.first > 0 and words[t.first - 1].norm in (",", "،"):
        # «… للمطالبة بحماية الأحياء، ملوّحةً بقطع الطريق»، «وطالب المجلس … بالضغط على روسيا، محمّلاً موسكو المسؤولية»:
        # a participle after a comma opens its own clause
        return None
    if t.type == "SUPPORT" and norm(t.lemma) in BACKING:
        # «ودعا النائب إلى ضبط النفس، مؤكداً «دعمه الكامل للجيش»»: backing is a trigger only as the object of a verb
        # of declaring (``triggers._declared_backing``), which governs it, not the call before
        return None
    d = _demanded_at(words, t, verb_firsts, c)
    if d is None:
        d = _ultimatum_content(words, t)
    if d is not None and t.type == "PROTEST" and proclitic_in(words[d].norm, _CALLS, "وف"):
        return None  # «دعت القوى الوطنية إلى إضراب شامل»: a protest called for is a planned event, not a demand's content
    if (d is not None and t.type == "CONSULT" and t.pos == "n"
            and words[t.head].norm.removeprefix("ال") in _CALLED_MEETINGS and called_for(words, t.first)):
        return None  # «دعت المملكة الحكومة والمجلس إلى اجتماع عاجل في جدة»: a meeting called to is a planned event
    return d


#: meetings one is called to («إلى اجتماع/جلسة/لقاء/قمة»), without the article
_CALLED_MEETINGS = frozenset(norm(w) for w in ("اجتماع", "جلسة", "لقاء", "قمة", "مؤتمر"))


#: the reason given to an agreement named as one in force (the extractor drops such a mention)
STANDING_AGREEMENT = "an agreement named as one in force"


def named_in_force(e: dict[str, Any]) -> bool:
    """Was the event (a mention or a merged event) read as an agreement named as one in force (its factuality reasons
    hold :data:`STANDING_AGREEMENT`)?"""
    return any(str(r).startswith(STANDING_AGREEMENT) for r in (e.get("why") or {}).get("factuality") or [])


#: nouns and verbs that name an agreement as one in force, right before it (or before «لـ/على تنفيذ» and it)
_STANDING = word_set("factuality", "_STANDING")


def _standing(words: list[Word], i: int) -> bool:
    """Is the agreement noun at ``i`` named as one in force: one of :data:`_STANDING` up to five words before it,
    only «لـ/على/تنفيذ», quote marks or the noun's adjective between («الضامن لاتفاق»، «لجنة الإشراف على تنفيذ اتفاق»،
    «رغم سريان اتفاق»، «التي خضعت لاتفاقات التسوية»، ««الخرق المتكرر» لاتفاق»)?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = words[k].norm.lstrip("و")
        if proclitic_in(w, _STANDING, "بل"):
            # (not «مع بدء سريان الهدنة الجديدة»: a truce taking effect is told — but «منذ بدء سريان الاتفاق» counts a
            # time from the accord in force)
            return not (k > 0 and words[k - 1].norm in ("بدء", "ببدء", "وبدء", "بدا", "وبدا", "بدات", "وبدات")
                        and not (k > 1 and words[k - 2].norm in ("منذ", "ومنذ")))
        if words[k].norm in QUOTE_MARKS:
            continue  # (««الخرق المتكرر» لاتفاق وقف إطلاق النار»)
        if w[:2] == "ال" and k > 0 and proclitic_in(words[k - 1].norm, _STANDING, "و"):
            continue  # («الخرق المتكرر لاتفاق …»: the adjective of the noun before it, read next)
        if words[k].kind != "word" or w not in ("علي", "تنفيذ", "لتنفيذ", "ل", "اتفاق", "لاتفاق", "الاتفاق",
                                                 "اتفاقيه", "لاتفاقيه"):
            break  # («الضامن لاتفاق وقف إطلاق النار»: the ceasefire is the agreement's term)
    w = words[i].norm
    return i > 0 and w[:1] == "ل" and proclitic_in(words[i - 1].norm, _STANDING, "و")  # «خضعت لاتفاقات»


#: further forms of threatening (beside cues.json «threat_verbs») and of planning and preparing whose «بـ»/«لـ»
#: complement is what is threatened or planned («هدد باقتحام»، «خططت لاستهداف»، «استعداداً لاقتحام»; promising:
#: :data:`_PROMISING`)
_THREAT_FORMS = word_set("factuality", "_THREAT_FORMS")
_PLANNING = word_set("factuality", "_PLANNING")
#: nouns of threatening («تهديدات إسرائيلية بقصف …»، «إنذار بإخلاء …»): what follows with «بـ» is threatened
_THREAT_NOUNS = word_set("factuality", "_THREAT_NOUNS")
_THREAT_ADJECTIVES = word_set("factuality", "_THREAT_ADJECTIVES")


@cache
def _committing() -> frozenset[str]:
    """The words of threatening, promising, planning and preparing («هدد باقتحام»، «تعهّد بالإفراج»، «خططت لاستهداف»،
    «استعداداً لاقتحام»)."""
    return cues()["threat_verbs"] | _THREAT_FORMS | _PROMISING | _PLANNING


#: light masdars between a commitment and the act («يخططون لتنفيذ هجمات»، «هدد بشن هجوم»)
_LIGHT_MASDARS = word_set("factuality", "_LIGHT_MASDARS")


def committed_to(words: list[Word], t: Trigger, verb_firsts: frozenset[int]) -> int | None:
    """The index of the threat, promise or plan whose «بـ»/«لـ» complement a noun trigger is, or ``None``: «وهدد قائد
    اللواء، في تسجيل صوتي، باقتحام مقرات المجموعة»، «هدّد محتجو أبوقرين بإغلاق الطريق»، «تعهّد الوفد بتوزيع ثلاثة
    آلاف سلة»، «خلية خططت لاستهداف مساجد»، «يخططان لتنفيذ هجمات». What is threatened, promised or planned has not
    happened and may never happen: it is the content of that act (the THREATEN or AGREE event keeps it), not an
    event of its own, as annotators read it (an optional event at most).  The noun carries «بـ»/«لـ» (or a light
    masdar with it stands before it); between it and the verb only the verb's subject and a parenthetical set off
    by commas, no verb trigger or sentence punctuation."""
    if t.type in ("THREATEN", "AGREE"):
        return None
    if t.pos == "v":
        return _committed_to_future(words, t, verb_firsts)
    first = t.first
    if first > 0 and words[first - 1].norm[:1] in ("ب", "ل") and (
            words[first - 1].norm[1:] in _LIGHT_MASDARS or parse_words(words[first - 1].norm[1:]) is not None):
        first -= 1  # («بتنفيذ هجمات»؛ a count with it: «يتوعد فيها أهالي محردة بمئة قذيفة»)
    if words[first].norm[:1] not in ("ب", "ل"):
        return None
    for k in range(first - 1, max(-1, first - 4), -1):
        # a threat told by a noun, right before what it threatens or with its adjectives between («تهديدات
        # إسرائيلية بقصف …»، «إنذارات جديدة بإخلاء …»)
        if words[k].kind != "word":
            break
        if words[k].norm.lstrip("و") in _THREAT_NOUNS:
            return k
        if not (words[k].norm.startswith("ال") or is_demonym(words[k].norm) or words[k].norm in _THREAT_ADJECTIVES):
            break
    return _commitment_before(words, first - 1, verb_firsts, quotes_end=True)


def _commitment_before(words: list[Word], start: int, verb_firsts: frozenset[int], *, quotes_end: bool) -> int | None:
    """The index of a word of threatening, promising or planning (:func:`_committing`) within 25 words back from
    ``start``, with no verb trigger (``verb_firsts``) or sentence punctuation on the way — nor quote marks, when
    ``quotes_end``; else ``None``."""
    ends = (".", ";", ":", "!", "?", "«", "»") if quotes_end else (".", ";", ":", "!", "?")
    for k in range(start, max(-1, start - 24), -1):
        w = words[k]
        # (kept as ``lstrip``, which never matches the list's «وعد/وعده/وعود»: read as written by ``proclitic_in``,
        # «وعدة جرحى» (and several wounded) would be the promise «وعده»)
        if w.kind == "word" and w.norm.lstrip("وف") in _committing():
            return k
        if w.norm in ends or k in verb_firsts:
            return None
    return None


#: «أن/بأن» opening what a threat or promise says will be done («وهدّد … بأن قواته «ستدخل المدينة»»)
_THAT_IT_WILL = frozenset({"ان", "بان", "انه", "بانه", "انها", "بانها", "انهم", "بانهم"})


def _committed_to_future(words: list[Word], t: Trigger, verb_firsts: frozenset[int]) -> int | None:
    """The index of the threat or promise whose «بأن/أن» clause a future verb trigger tells («وأنذر ضابط … بأن قواته
    «ستقتحم ما تبقى من الأحياء» ما لم …»، «وهدّد قيادي … بأن قواته «ستدخل مأرب» إذا …»), else ``None``: what it says
    will be done is its content, no event of its own. «أن» stands within four words before the verb (its subject and
    quote marks between); before it, as for a noun, only the verb's subject and a parenthetical."""
    if not _future_verb(words[t.head].norm):
        return None
    that = next((k for k in range(t.first - 1, max(-1, t.first - 5), -1) if words[k].norm in _THAT_IT_WILL), None)
    if that is None or any(w.norm in (".", ";", ":", "!", "?") for w in words[that + 1 : t.first]):
        return None
    # (quote marks may stand between: «وأنذر ضابط في «الفرقة الرابعة» … بأن …»)
    return _commitment_before(words, that - 1, verb_firsts, quotes_end=False)


#: the stems of accusing and suspecting («اتهم»، «يتهم»، «متهماً»، «المتهمين»، «اتهامه»، «يُشتبه في تورطهما»،
#: «المتورطين»), as normalised
_ACCUSING = ("اتهم", "يتهم", "تتهم", "نتهم", "متهم", "اتهام", "تورط", "متورط", "يشتبه", "مشتبه")
#: a light word between «بـ» and the act accused of («بـ«تعمّد استهداف الأسواق»»، «بعمليات اغتيال»، «بتنفيذ هجوم»)
_INTENT = frozenset({"تعمد", "محاوله", "عمليات", "عمليه", "تنفيذ", "شن", "ارتكاب"})
#: the nouns a ceasefire is named under («نظام وقف الأعمال القتالية»، «اتفاق وقف إطلاق النار»)
_TRUCE_HEADS = frozenset(norm(w) for w in ("نظام", "اتفاق", "اتفاقية"))


def _ba_of(words: list[Word], t: Trigger) -> int | None:
    """The «بـ» word whose complement the trigger heads: the trigger's own word («بقصف»)، a «بـ» written apart before
    it (a verb form there is a masdar: «بـ«قصف الأحياء»»), with a light word between («بـ«تعمّد استهداف»»، «بعمليات
    اغتيال»), or, for a masdar joined by «و», the «بـ» of the one it is joined to («بـ«ترويع النساء والأطفال واعتقال
    العشرات»»)."""
    b = t.first
    w = words[b].norm
    if t.pos != "v" and w[:1] == "ب" and len(w) >= 4:
        return b
    k = b - 1
    while k >= 0 and words[k].norm in QUOTE_MARKS:
        k -= 1
    if k >= 0 and words[k].norm == "و":
        b, w = k, "و" + w  # «بـ«الارتهان لحزب الإصلاح» و«استهداف المواطنين»»: «و» written apart before a quote
    if w[:1] == "و" and len(w) >= 4:
        # (a verb form there is a masdar too, «… باستغلال الكارثة ومنع وصول المساعدات»; a verb of its own comes after a
        # comma, where the scan stops)
        for k in range(b - 1, max(-1, b - 9), -1):
            x = words[k].norm
            if words[k].kind != "word":
                if x in QUOTE_MARKS:
                    continue
                return None
            if x[:1] == "ب" and (x == "ب" or len(x) >= 4):
                return k
        return None
    b -= 1
    while b >= 0 and words[b].norm in QUOTE_MARKS:
        b -= 1
    if b > 0 and t.type == "CONCEDE" and words[b].norm in _TRUCE_HEADS:
        b -= 1  # «بخرق نظام وقف الأعمال القتالية»، «بخرق اتفاق وقف إطلاق النار»: the truce in force, its head between
    if b >= 0 and words[b].norm[:1] == "ب" and words[b].norm[1:] in _INTENT:
        return b  # «بتعمد استهداف»، «بعمليات اغتيال»
    if b >= 0 and words[b].norm in _INTENT:
        b -= 1  # «بـ«تعمّد استهداف»
        while b >= 0 and words[b].norm in QUOTE_MARKS:
            b -= 1
    # (not a preposition in «ب»: «بعد إخلاء العائلة منه» is no charge's complement)
    return b if b >= 0 and words[b].norm[:1] == "ب" and words[b].norm not in _NOT_BA else None


#: words in «ب» that are no «بـ» + a masdar
_NOT_BA = frozenset(norm(w) for w in ("بعد", "بين", "بحسب", "بسبب", "بموجب", "بعيد", "بدون", "بفعل", "بهدف", "بغية",
                                      "بينما", "بعدما", "بواسطة"))


def _quoted_charge(words: list[Word], t: Trigger) -> int | None:
    """The «بـ» written before the quote that holds the trigger deeper in («بـ«استغلال الهدنة لتحصين مواقعهم»»،
    «بـ«المشاركة المباشرة في قتل المدنيين»»، «بـ«الانقلاب على اتفاق سوتشي»»), or ``None``: the whole quote is what
    is charged. The first quote mark before the trigger opens it (normalised, «» are both '"': a mark right after
    «بـ» opens a quote), and no sentence ends inside it."""
    for k in range(t.first - 1, max(0, t.first - 15), -1):
        x = words[k].norm
        if x in QUOTE_MARKS:
            return k - 1 if words[k - 1].norm == "ب" else None
        if x in CLAUSE_ENDS:
            return None
    return None


def accused_of(words: list[Word], t: Trigger, verb_firsts: frozenset[int]) -> int | None:
    """The index of the accusation whose «بـ» complement a noun trigger is, or ``None``: «واتهم المجلس العسكري
    الكتائبَ بـ«استهداف الأحياء السكنية عمداً»»، «متهماً الجيش بقصف السوق»، «خلية تتهمها بتفجير دوار الساعة»،
    «بـ«ترويع النساء واعتقال العشرات»». What someone is accused of is the accusation's content (the ACCUSE event
    keeps it), not an event told as done; an attack that happened is told elsewhere in the report. So is what
    suspects are held for («يُشتبه في تورطهما بعمليات اغتيال»). Between the accusation and «بـ» only its object and a
    parenthetical, no verb trigger or sentence punctuation; a light word (:data:`_INTENT`) may stand between «بـ» and
    the act."""
    if t.type == "ACCUSE":
        return None
    b = _ba_of(words, t)
    if b is None:
        b = _quoted_charge(words, t)
    if b is None:
        return None
    # (fourteen words at most between, not counting those in quotation marks: «اتهم المركز، في إيجازه اليومي مساء
    # أمس، «الإرهابيين الموجودين في منطقة خفض التصعيد» بخرق …»)
    counted, quoted = 0, False
    for k in range(b - 1, max(-1, b - 40), -1):
        w = words[k]
        if w.norm in QUOTE_MARKS:
            quoted = not quoted
            continue
        x = w.norm[1:] if w.norm[:1] == "و" else w.norm
        if w.kind == "word" and x.removeprefix("ال").startswith(_ACCUSING):
            return k
        if w.norm in CLAUSE_ENDS or k in verb_firsts:
            return None
        counted += w.kind == "word" and not quoted
        if counted > 14:
            return None
    return None


#: giving a deadline: «أمهلت اللجنة الوجهاء 72 ساعة لتسليم …»
_ULTIMATUMS = word_set("factuality", "_ULTIMATUMS")


def _ultimatum_content(words: list[Word], t: Trigger) -> int | None:
    """The deadline verb whose «لـ»-purpose holds the trigger («وأمهلت اللجنة الأمنية، يوم أمس، وجهاء جاسم 72 ساعة
    لتسليم 25 مطلوباً أو ترحيلهم»): what must be done by then (or done to them) has not happened. The purpose
    masdar (glued to لـ) stands between the verb and the trigger, with only words between it and the trigger."""
    # («أمهل الوجهاء «قسد» 48 ساعة للإفراج عن المعتقلين»: the trigger may be the purpose masdar itself)
    own = words[t.first].norm
    purpose = t.first if t.pos != "v" and own[:1] == "ل" and len(own) > 3 and not norm(t.lemma).startswith("ل") else None
    for k in range(t.first - 1, max(-1, t.first - 30), -1):
        w = words[k]
        if w.norm in CLAUSE_ENDS:
            return None
        if purpose is None and w.kind != "word" and w.kind != "number":
            return None  # (no comma between the purpose and the trigger)
        if purpose is None and w.kind == "word" and w.norm[:1] == "ل" and len(w.norm) > 3:
            purpose = k
            continue
        if purpose is not None and w.kind == "word" and proclitic_in(w.norm, _ULTIMATUMS, "و"):
            return k
    return None


#: the verb (and noun) of a call: a strike or a march called for is planned, told as an event of its own
_CALLS = word_set("factuality", "_CALLS")


def _demanded_at(words: list[Word], t: Trigger, verb_firsts: frozenset[int], c: dict[str, Any]) -> int | None:
    """:func:`demanded` for a noun (or a verb-form masdar) trigger."""
    requested = c["requested"]
    if t.first > 0 and matches_form(words[t.first - 1].norm, c["ending_masdars"]):
        return None  # «طالبوا بوقف القصف»: what is to be stopped is going on
    terms = _terms_of(words, t, verb_firsts)
    if terms is not None:
        return terms
    far = _demand_across_parenthetical(words, t, verb_firsts, requested)
    if far is not None:
        return far
    for d in range(t.first - 1, max(-1, t.first - 20), -1):
        w = words[d]
        if w.kind != "word":
            if w.norm in CLAUSE_ENDS or (w.text == "،" and d < t.first - 12 and not _parenthetical(words, d)):
                return None
            continue
        if w.norm in _CLAUSE_BREAKS:
            return None
        if w.norm in _REQUEST_NOUNS and t.first - d <= 2 and words[t.first].norm[:1] == "ب":
            return d
        if w.norm in _DEMAND_NOUNS or (
                d == t.first - 1 and matches_form(w.norm, frozenset({"مطلب"}))):
            return d
        marks = sum(x.norm in QUOTE_MARKS for x in words[d + 1 : t.first])
        reach = 8 if w.norm in _AIMS else 3  # (an aim covers its alternatives: «بهدف التوصل إلى "مصالحة" أو "تسوية"»)
        if d >= t.first - reach - marks and w.norm in _TOPIC_CUES and t.type in _NEGOTIABLE and all(
                (x.kind == "word" and x.norm not in _CLAUSE_BREAKS) or x.norm in QUOTE_MARKS for x in words[d + 1 : t.first]):
            return d  # «لبحث إعادة فتح المعبر»، «مفاوضات حول انسحاب القوات»: what is discussed, not done
        if proclitic_in(w.norm, _ASK_DIRECT, "وف") and (d >= t.first - 6 or (d >= t.first - 9 and any(
                words[x].norm == "من" for x in range(d + 1, t.first)))) and not any(
                words[x].norm in ("ان", "أن") for x in range(d + 1, t.first)):
            # (not across «على أن …»: «طلبوا من الوفد مهلة …، على أن يُعقد لقاء ثانٍ» plans a meeting)
            # «طلبت اللجنة مهلة ثلاثة أيام»، «طلب قادة الفصيل من الوفد مهلة»: the time asked for, not a deadline set
            return d
        if proclitic_in(w.norm, _CONDITIONS, "وفب") and t.first - d - marks <= 3:
            # «إن الضباط اشترطوا تسليم السلاح الثقيل»، «اشترطت لذلك «خروج المقاتلين»»، «شريطة انسحاب القوات»: the act
            # set as a condition has not happened
            return d
        if (w.norm in _STIPULATING and d > 0 and words[d - 1].norm in _DECISION and (
                t.type == "SANCTION" or (t.type == "COERCE" and t.mode in ("ban", "curfew", "restrict")))):
            return None  # «أصدرت اللجنة قراراً يقضي بمنع …»: a decision's ban or penalty is imposed, not asked for
        if (proclitic_in(w.norm, _AGREEING, "و") and t.type in _AGREED_ACTS and t.first - d <= 14
                and words[d + 1 : t.first] and _agreed_complement(words, d, t)):
            return d  # «واتفق الجانبان على «تثبيت وقف إطلاق النار»»، «اتفاق على صفقة لتبادل الأسرى»: what is agreed
        if ((w.norm in _PROMISING or (w.norm[:1] == "و" and w.norm[1:] in _PROMISING)) and t.type in _AGREED_ACTS
                and t.first - d <= 14 and _promised_complement(words, d, t)):
            return d  # «ووعد رئيس الفرع بـ«إخلاء سبيل من تثبت براءته»»: what is promised has not happened
        if matches_form(w.norm, requested) or w.norm in requested or w.norm in _STIPULATING:
            # (what a threat promises is no demand's content: :func:`committed_to` drops it as a threat's)
            between = words[d + 1 : t.first + 1]
            # (بـ may be written apart before a quote: «طالبوا الوزارة بـ«تحصين النقاط»»)
            if any((x.norm[:1] == "ب" and len(x.norm) > 3) or x.norm in ("الي", "علي", "ب") for x in between):
                return d
            if d >= t.first - 12 and t.first > 0 and (matches_form(words[t.first - 1].norm, c["asked_masdars"]) or (
                    t.pos == "p" and matches_form(words[t.first].norm, c["asked_masdars"]))):
                # «ناشدت المنظمة الأمم المتحدة زيادة المساعدات»: the act asked for, in the accusative (or the phrase
                # that begins with such a masdar: «وناشدت المنظمات … «فتح ممرات آمنة»»)
                return d
            return None
        if d in verb_firsts:
            return None
    return None


_CHARGES = word_set("factuality", "_CHARGES")
_INVOLVED = word_set("factuality", "_INVOLVED")


def _charged_with(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger a noun in the content of a charge: within nine words after «بتهمة/بتهم» or after «متورطين/
    تورط … في/بـ», with nothing but words and quote marks between («اعتقلت … ثلاثة شبان بتهمة «التحريض على
    الإضراب»»، «متورطون في عمليات اغتيال وتهديد»)? What someone is charged with is alleged, not told."""
    if trig.pos == "v" and not _masdar_like(words[trig.head].norm, norm(trig.lemma)):
        return False
    for k in range(trig.first - 1, max(-1, trig.first - 10), -1):
        w = words[k]
        if w.kind != "word":
            if w.norm in QUOTE_MARKS:
                continue
            return False
        if w.norm in _CHARGES:
            return True
        if w.norm in _INVOLVED:
            nxt = words[k + 1].norm
            return nxt == "في" or (nxt[:1] == "ب" and len(nxt) > 2)
    return False


def _cause_of_measure(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger within eight words after «على خلفية» (on the grounds of), with nothing but words and quote marks
    between?"""
    for k in range(trig.first - 1, max(0, trig.first - 9), -1):
        w = words[k]
        if w.kind != "word":
            if w.norm in QUOTE_MARKS:
                continue
            return False
        if w.norm == "خلفيه" and words[k - 1].norm in ("علي", "وعلي"):
            return True
    return False


_IN_IT = frozenset({"فيه", "فيها", "فيهما", "فيهم"})


def _content_of_a_post(words: list[Word], trig: Trigger) -> bool:
    """Is the verb followed by «فيه/فيها» and preceded by a noun with no article, no comma between («مقطعاً مصوّراً انتقد
    فيه»، «منشورات انتقد فيها»): an asyndetic relative clause saying what a post or a recording says?"""
    if trig.last + 1 >= len(words) or words[trig.last + 1].norm not in _IN_IT or trig.first == 0:
        return False
    prev = words[trig.first - 1]
    if prev.norm in _STATEMENT_NOUNS:
        return False  # «أصدرت الفصائل بياناً اتهمت فيه …»: a statement's accusation is made by its issuer, an act
    return prev.kind == "word" and not prev.norm.startswith(("ال", "وال", "بال", "لل")) and (
        prev.norm.endswith(("ا", "ات", "ه")))


#: statements whose relative clause «… فيه» is what their issuer says, not the content of a post or a recording
_STATEMENT_NOUNS = word_set("factuality", "_STATEMENT_NOUNS")


def _masdar_like(w: str, lemma: str) -> bool:
    """A verb-entry trigger written as its bare lemma, with «و» or with the article («زرع»، «وطرد»، «الاغتيال»)."""
    bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return bare == lemma or bare.startswith(("ال", "لل"))


def _conjoined_masdar(words: list[Word], t: Trigger) -> bool:
    """A verb-entry trigger written «و» + its bare lemma («وطرد»، «وقصف»): after another masdar of a demand it is a
    masdar too («بـ«إعادة المنازل إلى أصحابها وطرد العناصر»»)."""
    w, lemma = words[t.head].norm, norm(t.lemma)
    # (only a three-letter verb has a masdar written like its past: «طرد»، «قصف»; «وانسحب» is the verb, its masdar
    # «انسحاب»)
    if not (t.first == t.head == t.last and len(lemma) == 3 and w[:1] == "و" and w[1:] == lemma):
        return False
    # «…، ورفض المحافظ دعوة البعثة»: after a comma, with a definite actor noun after it, the verb and its subject
    nxt = words[t.last + 1].norm if t.last + 1 < len(words) else ""
    return not (t.first > 0 and words[t.first - 1].norm in (",", "،") and nxt.startswith("ال")
                and matches_form(nxt, cues()["actor_heads"]))


def _quoted_complement(words: list[Word], t: Trigger) -> int:
    """The «إلى»/«بـ» before the quote the trigger stands in, when the quote opens right after it («… «جماهير شعبنا» إلى
    «النفير العام والتصدي لاقتحامات الاحتلال»»: the raids are named inside what is called for), else -1."""
    for j in range(t.first - 1, max(-1, t.first - 16), -1):
        w = words[j]
        if w.norm in (".", ";", ":", "!", "?", ",", "،") or w.text in ("»", "”"):
            return -1
        if w.text in ("«", "“"):
            return j - 1 if j > 0 and words[j - 1].norm in ("ب", "الي") else -1
    return -1


#: masdars of letting through, between a demand's «إلى» and what is to pass («إلى السماح بمرور المساعدات»)
_PASSAGE = word_set("factuality", "_PASSAGE")


def _joined_to_promise(words: list[Word], i: int, threat_verbs: frozenset[str]) -> bool:
    """Is the word at ``i`` («وقطع») joined by «و» to what a threat verb up to twenty words before promises, a masdar
    with «بـ» after the verb, with no comma or clause end between the two («هدّدوا، في بيان، بالعودة إلى الشارع وقطع
    الطرقات»)?"""
    return _verb_of_joined_item(words, i, threat_verbs, reach=20, commas_end=True) is not None


def _verb_of_joined_item(words: list[Word], i: int, verbs: frozenset[str], *, reach: int, commas_end: bool = False,
                         verb_firsts: frozenset[int] = frozenset()) -> int | None:
    """The index of a verb of ``verbs`` up to ``reach`` words before word ``i`` that has a first «بـ» item between it
    and ``i`` (:func:`promise_word`), else ``None``: ``i`` is a further item of what the verb promises or asks for.
    A clause end stops the walk, and so do another verb trigger (``verb_firsts``) and, when ``commas_end``, a comma
    met before any item.  Otherwise a parenthetical between commas is passed over and does not count towards the reach
    («وطالب المجلس، في جلسة عقدها بمن حضر من أعضائه، الحكومة بسحب …»), and each item found reaches ``reach`` words
    further back (a long list of what is asked for)."""
    item = False
    k, limit = i - 1, i - reach
    while k >= max(0, limit):
        w = words[k]
        if w.norm in CLAUSE_ENDS or (commas_end and w.norm in (",", "،") and not item):
            return None
        if not commas_end and w.norm in (",", "،") and (opener := _parenthesis_start(words, k, 19)) is not None:
            # (a parenthetical between the verb and its object: «وطالب المجلس، في جلسة عقدها بمن حضر من أعضائه،
            # الحكومة بسحب …»; its verbs are not the demand's)
            limit -= k - opener
            k = opener - 1
            continue
        if matches_form(w.norm, verbs):
            return k if item else None
        if k in verb_firsts:
            return None
        if promise_word(words, k):
            item = True
            limit = min(limit, k - reach)  # (each item reaches as far again: a long list of what is asked for)
        k -= 1
    return None


def _joined_to_demand(words: list[Word], t: Trigger, verb_firsts: frozenset[int], requested: frozenset[str]) -> int | None:
    """The index of the demand verb up to thirty words before a noun trigger written with «وبـ» («وبفتح») that asks
    for a first «بـ» item after it, with no verb trigger or clause end between («وطالب الاتحاد … الطرفين بوقف فوري
    للهجمات …، وبفتح ممرات آمنة»): the trigger is a further item of what is asked for."""
    if t.pos == "v" or words[t.first].norm[:2] != "وب":
        return None
    return _verb_of_joined_item(words, t.first, requested, reach=30, verb_firsts=verb_firsts)


def _demand_across_parenthetical(words: list[Word], t: Trigger, verb_firsts: frozenset[int],
                                 requested: frozenset[str]) -> int | None:
    """The demand verb of a «بـ» or «إلى» complement the noun opens, across a parenthetical between commas: «وطالبت «هيئة
    العمل …»، في بيان أصدرته عقب اجتماع طارئ …، المجموعاتِ المسلحة بـ«إخلاء المدارس»» (up to 40 words back; a
    comma that opens no parenthetical, sentence punctuation or a verb trigger outside the parenthetical stops it)."""
    first = t.first
    while first > 0 and words[first - 1].norm in _PASSAGE and first > t.first - 3:
        first -= 1  # «… جميع الأطراف إلى السماح بمرور المساعدات»: the noun whose passage is asked for
    k = first - 1
    while k >= 0 and words[k].norm in QUOTE_MARKS:
        k -= 1
    if not (words[first].norm[:1] == "ب" and len(words[first].norm) > 3) and not (
            k >= 0 and words[k].norm in ("ب", "الي")):
        # (a «بـ» or an «إلى» complement: «دعا المجلس، في بيان …، الطرفين إلى «هدنة»»; a masdar joined by «و» to one
        # is in it too: «… إلى «هدنة إنسانية» وفتح ممرات آمنة»; or letting it pass asked for in the accusative: «وناشد
        # …، في بيان …، جميع الأطراف السماح بمرور المساعدات»)
        k = _complement_opener(words, t) if words[t.first].norm[:1] == "و" else -1
        if k < 0 and first < t.first and matches_form(words[first].norm, cues()["asked_masdars"]):
            k = first
        if k < 0:
            k = _quoted_complement(words, t)
        if k < 0:
            return None
    j = k if k < t.first - 1 or words[k].norm in ("ب", "الي") else t.first - 1
    while j >= max(0, t.first - 40):
        w = words[j]
        if w.norm in CLAUSE_ENDS:
            return None
        if w.norm in (",", "،"):
            opener = _parenthesis_start(words, j, 19)
            if opener is None:
                return None
            j = opener - 1
            continue
        if w.kind == "word" and (matches_form(w.norm, requested) or w.norm in requested):
            return j
        if j in verb_firsts:
            return None
        j -= 1
    return None


def _complement_opener(words: list[Word], t: Trigger) -> int:
    """The «إلى» or «بـ» that opens the complement a noun joined by «و» continues: up to 12 words back, over words
    and quote marks only («إلى «هدنة إنسانية فورية» وفتح ممرات»، «بالإفراج عن المعتقلين وفتح الطرق»), else −1."""
    for k in range(t.first - 1, max(-1, t.first - 13), -1):
        w = words[k]
        if w.kind != "word" and w.norm not in QUOTE_MARKS:
            return -1
        if w.norm in ("ب", "الي") or w.norm.startswith("بال"):
            return k
    return -1


#: a list of terms: «خريطة طريق تتضمن تسليم السلاح …، وإجراء تسوية …، وترحيل الرافضين …، مقابل فك الحصار»
_LISTING = frozenset({"يتضمن", "تتضمن", "تضمنت", "تضمن", "يتضمنان", "ينص", "تنص", "نصت", "نص"})


def _parenthesis_start(words: list[Word], comma: int, reach: int) -> int | None:
    """The comma that opens the parenthetical the comma at ``comma`` closes: the nearest comma up to ``reach`` words
    before it, followed by a preposition that opens a parenthetical («، في بيان أصدرته …،»), else ``None``."""
    j = next((i for i in range(comma - 1, max(-1, comma - 1 - reach), -1) if words[i].norm in (",", "،")), None)
    return j if j is not None and j + 1 < len(words) and words[j + 1].norm in PARENTHESIS_OPENERS else None


def _parenthetical(words: list[Word], d: int) -> bool:
    """Does the comma at ``d`` open or close a parenthetical between a verb and its complement, one that opens with a
    comma and a preposition («طالب ذوو أحد العناصر، في تسجيل مصور انتشر على صفحات موالية، وزارة الدفاع بإرسال …»)?"""
    if d + 1 < len(words) and words[d + 1].norm in PARENTHESIS_OPENERS:
        return True
    for k in range(d - 1, max(-1, d - 13), -1):
        w = words[k]
        if w.text == "،":
            return k + 1 < d and words[k + 1].norm in PARENTHESIS_OPENERS
        if w.kind != "word" and w.norm in CLAUSE_ENDS:
            return False
    return False


def _terms_of(words: list[Word], t: Trigger, verb_firsts: frozenset[int]) -> int | None:
    """The index of a verb listing the terms of a plan or a deal («تتضمن»، «تنص على») whose list the noun trigger is
    in, over commas and «مقابل» (up to 30 words back, within the sentence, no clause break or verb trigger between),
    else ``None``: a term of a proposal is its content, not an event.  (The deal itself, «ونص الاتفاق … على …», is
    the subject of the verb, not a term.)"""
    if t.type == "AGREE" and t.definite:
        return None
    d, budget = t.first - 1, 30
    while d >= 0 and budget > 0:
        w = words[d]
        if w.kind != "word":
            if w.norm in CLAUSE_ENDS:
                return None
            if w.norm in (",", "،") and (k := _relative_of_listed(words, d)) is not None:
                d = k  # («ونصّت الهدنة، التي أعلنها الطرفان بعد مفاوضات استمرت أسابيع، على …»: the deal's relative clause)
                continue
            if w.norm in (",", "،") and (k := _attribution_opened(words, d)) is not None:
                d = k  # («وتنص الخريطة …، بحسب نسخة اطّلعت عليها الصحيفة، على …»: an attribution set off by commas)
                continue
            d, budget = d - 1, budget - 1
            continue
        if w.norm in _CLAUSE_BREAKS or d in verb_firsts:
            return None
        if proclitic_in(w.norm, _LISTING, "و") or _foremost_of_terms(words, d):
            return d
        d, budget = d - 1, budget - 1
    return None


#: terms of a plan, a deal or a demand («بنود الخارطة»، «شروط النظام»، «مطالب المحتجين»)
_TERM_NOUNS = word_set("factuality", "_TERM_NOUNS")
#: «the foremost / the most important of them» after a list's head («ثلاثة من بنود الخارطة، أبرزها …»)
_FOREMOST = word_set("factuality", "_FOREMOST")


def _foremost_of_terms(words: list[Word], d: int) -> bool:
    """Is word ``d`` «أبرزها/أهمها/منها» after a noun of terms within five words before it («رفضت اللجنة ثلاثة من بنود
    الخارطة، أبرزها تسليم السلاح … وترحيل عدد من الشبان»): what follows lists the terms, not acts told?"""
    return proclitic_in(words[d].norm, _FOREMOST, "و") and any(
        proclitic_in(w.norm, _TERM_NOUNS, "ول") for w in words[max(0, d - 5) : d])


def _relative_of_listed(words: list[Word], d: int) -> int | None:
    """The index of the subject's last word when the comma at ``d`` closes a relative clause set off by commas between
    a listing verb's subject (one or two words) and its complement («ونصّ الاتفاق، الذي وقّعه الطرفان، على …»)."""
    for k in range(d - 2, max(-1, d - 25), -1):
        if words[k].norm in (",", "،"):
            if words[k + 1].norm not in RELATIVE_PRONOUNS:
                return None
            return k - 1 if any(proclitic_in(w.norm, _LISTING, "و") for w in words[max(0, k - 3) : k - 1]) else None
        if words[k].norm in CLAUSE_ENDS:
            return None
        if words[k].norm in RELATIVE_PRONOUNS and any(proclitic_in(w.norm, _LISTING, "و") for w in words[max(0, k - 3) : k - 1]):
            return k - 1  # («وتنص الخريطة التي قدّمها الجانب الروسي قبل أيام، على …»: no comma before the clause)
    return None


#: words that open an attribution set off by commas («، بحسب نسخة اطّلعت عليها الصحيفة،»)
_ATTRIBUTION_OPENERS = word_set("factuality", "_ATTRIBUTION_OPENERS")


def _attribution_opened(words: list[Word], d: int) -> int | None:
    """The comma that opens an attribution the comma at ``d`` closes («، بحسب نسخة اطّلعت عليها «الأفق»،»): the
    nearest comma up to 15 words before it, followed by «بحسب/وفق/نقلاً عن», else ``None``."""
    j = next((i for i in range(d - 1, max(-1, d - 16), -1) if words[i].norm in (",", "،")), None)
    return j if j is not None and j + 1 < len(words) and words[j + 1].norm in _ATTRIBUTION_OPENERS else None


_NO = frozenset({"لم", "لا", "لن", "ليس", "ليست", "دون", "بدون", "ولم", "ولا", "ولن", "منع", "بمنع", "لمنع", "ومنع"})


def any_reference(words: list[Word], t: Trigger) -> bool:
    """«تحسباً لأي ضربة جوية»، «بالرد الحازم على أي اعتداء»، «ولم تتعرض البلدة لأي هجوم»: an event noun right after «أي»
    (any), with a preposition or a conjunction glued to it or not, names no specific act — nothing to record, as
    :func:`none_of` says of «أي» under a negation; nor does a present verb describing an «أي» phrase up to six words
    before it («ضد أي محاولة للتسلل تستهدف أمن الوطن»)."""
    if t.pos != "v":
        return t.first > 0 and words[t.first - 1].norm in ANY_WORDS and not _awaited_not_arrived(words, t, t.first - 1)
    # a present verb describing an «أي» phrase before it («ضد أي محاولة للتسلل أو التهريب تستهدف أمن الوطن»)
    if words[t.first].norm[:1] not in ("ي", "ت"):
        return False
    for k in range(t.first - 1, max(-1, t.first - 7), -1):
        if words[k].kind != "word" and words[k].norm != '"':
            return False
        if words[k].norm in ANY_WORDS:
            return k < t.first - 1
    return False


def none_of(words: list[Word], t: Trigger) -> bool:
    """«لم تشهد الجبهات أي اشتباكات»، «يرفض أي اتفاق يقضي …»، «ضمانات بمنع أي هجوم تركي»، «رفضهم أي "تسوية" لا تبدأ
    بالإفراج …»: an event noun in the scope of «أي» under a negation, a refusal or a prevention says there was (or will
    be) no such event at all — nothing to record, unlike «لم يحضر الوفد» (an event that did not take place). The
    scope runs from «أي» to the noun over at most six words, quotes but no other punctuation between. So does «الحديث
    عن» (talk of) after a refusal: «رافضاً الحديث عن «قصف متعمد»»."""
    refused = cues()["refused"]
    ay = None
    for k in range(t.first - 1, max(-1, t.first - 7), -1):
        w = words[k]
        if w.kind != "word":
            if w.norm == '"':
                continue
            return False
        if w.norm in ("اي", "واي"):
            ay = k
            break
        if w.norm == "عن" and k > 0 and words[k - 1].norm in ("الحديث", "حديث"):
            ay = k - 1  # «رافضاً الحديث عن «قصف متعمد»»: a refused talk of such an act (a verb form there is a masdar)
            break
    if ay is None or (t.pos == "v" and not t.definite and words[ay].norm in ("اي", "واي")):
        return False
    denial = cues()["denial"]
    k = ay - 1
    while k > max(-1, ay - 16):
        w = words[k]
        if w.kind != "word":
            # «نفى المتحدث، في تصريح لشبكتنا، وجود أي اتفاق»: a parenthetical between commas is passed over
            j = _parenthesis_start(words, k, 6) if w.norm in (",", "،") else None
            if j is None:
                return False
            k = j - 1
            continue
        if _awaited_not_arrived(words, t, ay):
            return False  # «ولم تصل إلى مكيراس أي تعزيزات للجيش»: the reinforcements awaited did not come (negated)
        if w.norm in _NO or matches_form(w.norm, refused) or matches_form(w.norm, denial):
            return True
        k -= 1
    return False


#: verbs of arriving whose subject, negated, is awaited help or forces («لم تصل … أي تعزيزات»)
_ARRIVE = frozenset({"تصل", "يصل", "تدخل", "يدخل", "تات", "ياتي"})


def _awaited_not_arrived(words: list[Word], t: Trigger, ay: int) -> bool:
    """Is the reinforcements or aid noun after «أي» (at ``ay``) the subject of a negated verb of arriving up to six
    words before it («ولم تصل إلى مكيراس أي تعزيزات»), or eight when a time is set off by commas between («ولم تصل، حتى
    ظهر اليوم، أي تعزيزات»): forces or help awaited that did not come, an event negated?"""
    if t.type not in ("MOBILIZE", "AID"):
        return False
    return any(words[k].norm in _NO and words[k + 1].norm in _ARRIVE and (ay - k <= 6 or _set_off(words, k + 1, ay + 1))
               for k in range(max(0, ay - 9), ay - 1))


#: time units of a period («خلال تسعة أشهر»، «خلال الأسابيع الماضية»)
_PERIOD_UNITS = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "شهرا", "عاما", "يوما", "اسبوعا",
                           "الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام", "سنه", "السنه", "العام",
                           "الشهر", "شهر", "الاسبوع", "اسبوع"})


def _tally_over_a_period(words: list[Word], trig: Trigger) -> bool:
    """Is the act noun counted by ten or more (a number right before it: «لنحو 23 هجوماً») in a sentence that names a
    period: «خلال» with a time unit within three words, or «الفترة»?"""
    k = trig.first - 1
    if k < 0 or words[k].kind not in ("word", "number"):
        return False
    # (a number of several words: «لأكثر من ألف وخمسمئة غارة»)
    n = next((v for j in range(max(0, k - 2), k + 1) if all(w.kind in ("word", "number") for w in words[j : k + 1])
              and (v := parse_words(" ".join(w.norm for w in words[j : k + 1]).removeprefix("ل"))) is not None), None)
    if n is None or n < 10:
        return False
    return any((w.norm.lstrip("و") == "خلال" and any(x.norm in _PERIOD_UNITS for x in words[j + 1 : j + 4]))
               or proclitic_in(w.norm, _THE_PERIOD, "وفبل") for j, w in enumerate(words))


#: «الفترة/فترة» (the period): ``lstrip("وفبل")`` turned «فترة» into «ترة» and never found it
_THE_PERIOD = frozenset({"الفتره", "فتره"})


#: heads counted before an event noun in a tally («41 عملية ومحاولة اغتيال»، «عشرات حالات الاعتقال»)
_OPERATION_HEADS = word_set("factuality", "_OPERATION_HEADS")




def _counted_operations(words: list[Word], i: int) -> bool:
    """Do operation heads counted by five or more (or «عشرات») stand right before the noun at ``i``: a tally of acts
    («وثّق … 41 عملية ومحاولة اغتيال»، «أكثر من ثلاثين عملية اغتيال»)?  (Not «ثلاث غارات»: strikes counted are the
    day's one raid.)"""
    k, heads = i - 1, 0
    while k >= 0 and heads < 3 and proclitic_in(words[k].norm, _OPERATION_HEADS, "و"):
        k, heads = k - 1, heads + 1
    if not heads or k < 0:
        return False
    w = words[k].norm
    if w in frame_cues()["crowd_counts"] or w.removeprefix("و") in ("عدد", "اعداد"):
        return True  # (or the number of them: «تجاوز عدد حالات الاعتقال في الضفة منذ …»)
    n = parse_words(w) if words[k].kind in ("word", "number") else None
    return n is not None and n >= 5


#: nouns of a state that lasts («حصار»): an aggregate even in the singular
_STATE_NOUNS = frozenset({"حصار"})
#: plural heads that make a singular event noun many events («عمليات الخطف»)
_MANY_OF = frozenset({"عمليات", "حالات", "حوادث", "موجه", "سلسله", "ظاهره", "حملات"})
#: words after a comma that continue the same count («…، إضافة إلى 41 عملية اغتيال»)
_LIST_GOES_ON = frozenset({"اضافه", "فضلا", "بينها", "منها", "بينهم", "منهم"})
#: words of a trend before «عمليات/حالات X»: many acts over time, not one
_TRENDS = word_set("factuality", "_TRENDS")
#: a trend word, or «على خلفية» (the background of many acts)
_TREND_HEADS = _TRENDS | {"خلفيه"}
def _trend(w: str) -> bool:
    """A word of a trend («بتكرار»، «تصاعداً»، «الازدياد»)."""
    w = w.removeprefix("ب").removeprefix("ل")
    return w in _TREND_HEADS or w.removeprefix("ال") in _TRENDS or (w.endswith("ا") and w[:-1] in _TRENDS)


#: «حالة/حالات» (cases): a number before them makes a tally whatever the span
_CASES = frozenset({"حاله", "حالات"})
#: singular heads that a number before them makes many («63 حالة خطف»)
_ONE_OF = frozenset({"حاله", "عمليه", "حادثه", "حادث"})
#: a superlative before the noun compares one event with those of a period («أعنف هجوم منذ سنوات»)
_SUPERLATIVES = frozenset({"اعنف", "الاعنف", "اكبر", "الاكبر", "اسوا", "الاسوا", "اكثر", "الاكثر", "اول", "الاول",
                           "الاولي", "اخطر", "الاخطر", "اوسع", "الاوسع", "ادمي", "الادمي"})


#: «خلال هذه الفترة»، «خلال الأشهر الماضية»، «طوال السنوات الماضية»: a period, not a day
_PERIOD_HEADS = frozenset({"خلال", "طوال", "طيله"})
_PERIODS = word_set("factuality", "_PERIODS")


def _over_a_period(words: list[Word], t: Trigger) -> bool:
    """Is the noun followed, within six words of its clause, by «خلال/طوال (هذه) الفترة/المدة/الأشهر …» («واعتقال المئات
    خلال هذه الفترة»): acts counted over a period, a tally?"""
    for k in range(t.last + 1, min(len(words) - 1, t.last + 7)):
        w = words[k]
        if w.kind not in ("word", "number"):
            return False
        if w.norm in _PERIOD_HEADS:
            nxt = words[k + 1].norm
            if nxt in ("هذه", "تلك") and k + 2 < len(words):
                nxt = words[k + 2].norm
            return nxt in _PERIODS
    return False


def aggregate_since(words: list[Word], t: Trigger) -> bool:
    """«تشهد المحافظتان احتجاجات متكررة منذ سيطرة النظام»، «تفرض القوات حصاراً على المخيم منذ سنوات»، «الحصيلة
    الأكبر لهجمات التنظيم منذ مطلع العام»: a plural event noun (or a siege) with «منذ» + a long span is an aggregate
    or a state that has lasted, not one event. A superlative («أعنف هجوم منذ سنوات») compares one event, kept."""
    prev = words[t.first - 1].norm if t.first > 0 else ""
    counted = (prev in _MANY_OF or words[t.first].norm in _MANY_OF  # «عمليات الخطف»، the phrase «حملات الدهم»
               or (prev in _ONE_OF and t.first > 1 and words[t.first - 2].kind == "number")  # «63 حالة خطف»
               # the second of two nouns after the head («41 عملية اغتيال وتفجير»)
               or (words[t.first].norm[:1] == "و" and t.first > 2 and (words[t.first - 2].norm in _MANY_OF or (
                   words[t.first - 2].norm in _ONE_OF and words[t.first - 3].kind == "number")))
               or (t.type == "ASSAULT" and t.last + 1 < len(words) and words[t.last + 1].kind == "number")  # «مقتل 164»
               # the cause of such a toll («مقتل 164 مدنياً … جراء القصف الجوي»)
               or (t.type == "ASSAULT" and prev in ("جراء", "بسبب", "نتيجه")
                   and any(w.kind == "number" for w in words[max(0, t.first - 8) : t.first])))
    verb = (t.pos == "v" and not t.definite and not counted
            and not words[t.first].norm.startswith(("ال", "وال", "بال", "لل")))
    # a phrase is plural by its first word («لضربات جوية»)
    plural = t.plural or (t.pos == "p" and words[t.first].norm.lstrip("وبل").endswith("ات"))
    # a present-tense verb that goes on for long («وتطالب منظمات حقوقية منذ أشهر بالكشف …»، «تقول أنقرة إنها تستهدف
    # …» after «يتعرض القضاء منذ سنوات لضربات»): a state or a practice, not one act (not a protest: a sit-in going on
    # for months is still reported as one event)
    ongoing = verb and t.type != "PROTEST" and present_tense(words[t.head].norm, t.lemma)
    if (verb and not ongoing) or not (plural or counted or ongoing or norm(t.lemma) in _STATE_NOUNS):
        return False
    # the plural head of the noun: «عمليات الخطف»، the phrase itself «حملات الدهم», or two back «حملات الدهم والاعتقال»
    head = (t.first - 1 if prev in _MANY_OF else t.first if words[t.first].norm in _MANY_OF
            else t.first - 2 if words[t.first].norm[:1] == "و" and t.first > 1 and words[t.first - 2].norm in _MANY_OF
            else None)
    if prev in _CASES and t.first >= 2 and words[t.first - 2].kind == "number":
        return True  # «وثّق 29 حالة اعتقال و18 حالة استيلاء»: counted cases are a tally, not one event
    if head is not None and head > 0 and (_trend(words[head - 1].norm) or (
            head > 1 and words[head - 1].norm == "في" and _trend(words[head - 2].norm))):
        # «منددين بتكرار عمليات الخطف»، «على خلفية حملات الدهم والاعتقال»، «يشهد الجبل تصاعداً في عمليات الخطف»: a
        # trend, many acts
        return True
    if t.first > 0 and words[t.first - 1].norm in _SUPERLATIVES and words[t.first].norm[:1] != "ل":
        return False  # («الأكبر لهجمات التنظيم منذ مطلع العام» is the toll compared, the attacks an aggregate)
    # «منذ» in the noun's own clause: after it, or before it with no punctuation between
    # («… منذ العام 2013، شهد الأسبوع الماضي مجموعة هجمات»: the span is the other clause's)
    for k in range(t.last + 1, min(len(words) - 1, t.last + 10)):
        w = words[k]
        if w.kind != "word" and w.norm not in ("«", "»", '"'):
            break
        if w.norm in ("منذ", "ومنذ") and _long_span(words, k + 1):
            return True
    for k in range(t.first - 1, max(-1, t.first - 22), -1):
        w = words[k]
        if w.kind not in ("word", "number") and w.norm not in ("«", "»", '"') and not (
                w.norm in (",", "،") and words[k + 1].norm in _LIST_GOES_ON):
            # «ومنذ مطلع العام الجاري، تتعرض حواجز … لهجمات متفرقة»: a span fronted at the sentence start, its comma
            return w.norm in (",", "،") and 2 <= k <= 7 and words[0].norm in ("منذ", "ومنذ") and _long_span(words, 1)
        if w.norm in ("منذ", "ومنذ") and _long_span(words, k + 1):
            return True
    return False


def _tally_of(words: list[Word], trig: Trigger, k: int, since: int) -> bool:
    """Is word ``k`` (the caller asks within ten words before the trigger or thirteen after) a number word of ten or more
    («ستين»، «ألف»، «وخمسمئة») counting the trigger or its people, in its clause, not the span after «منذ» nor a count
    of hours, days or kilometres («أكثر من ستين شخصاً … اختُطفوا منذ مطلع العام»، «تعرّض منذ مطلع الشهر لأكثر من ألف
    غارة»)?"""
    w = words[k].norm
    if words[k].kind != "word" or len(w) <= 2 or since < k <= since + 3:
        return False
    n = parse_words(w.removeprefix("و"))
    if n is None or n < 10:
        return False
    if any(x.norm in _MEASURE_UNITS for x in words[k + 1 : k + 3]):
        return False  # («خلال ثمانٍ وأربعين ساعة»، «على بعد عشرين كيلومتراً»)
    c = k + 1
    while c < len(words) and words[c].kind == "word" and parse_words(words[c].norm.removeprefix("و")) is not None:
        c += 1  # («ألف وخمسمئة»)
    # what it counts: the trigger itself («لأكثر من ألف غارة»), or the people a verb after it tells of, a singular in
    # the accusative («أكثر من ستين شخصاً، معظمهم …، اختُطفوا») — not another act («سبع عشرة عملية اغتيال …، حمّل»)
    counts = c == trig.first or (trig.pos == "v" and c < trig.first and words[c].kind == "word"
                                 and words[c].norm.endswith("ا") and len(words[c].norm) > 3)
    # (or, after a verb of killing, its dead: «ومنذ بدء الحصار …، قُتل في تعز أكثر من ألف وثمانمئة مدني»)
    counts = counts or (trig.pos == "v" and k > trig.last and killing_verb_at(words, trig.head))
    return counts and not clause_break(words, min(k, trig.first), max(k, trig.last))


#: units a number word may count that are no tally of acts or people («ثمانٍ وأربعين ساعة»، «عشرين كيلومتراً»)
_MEASURE_UNITS = word_set("factuality", "_MEASURE_UNITS")


#: «منذ نحو عامين»: words of approximation before a span
_ABOUT = frozenset({"نحو", "قرابه", "حوالي", "زهاء"})


def _long_span(words: list[Word], k: int) -> bool:
    """Is word ``k`` (after «منذ») a long span («سنوات»، «مطلع»، «عامين»), or one after «نحو/قرابة/حوالي»?"""
    if k < len(words) and words[k].norm in _ABOUT:
        k += 1
    return k < len(words) and words[k].norm in _LONG_SPANS


def commemorated(words: list[Word], t: Trigger) -> bool:
    """Is the trigger the event a commemoration recalls («الذكرى السادسة لاغتيال الشيخ»)? Its date is long past: the
    sentence's time is the commemoration's."""
    k = _any(words, t.first - 3, t.first, _COMMEMORATION)
    if k is not None and "ذكر" not in words[k].norm and not (
            k + 1 < len(words) and "ذكر" in words[k + 1].norm and not words[k].norm.startswith("ال")):
        return False  # «بحماية الأحياء السكنية، ملوّحةً …»: neighbourhoods (أحياء), no «إحياء الذكرى»
    return k is not None
