"""Clause cues for the argument frames: attribution, clause boundaries, targets and results.

Pure predicates over the :class:`~marsad.events.triggers.Word` list of a sentence, used by
:func:`marsad.events.frames.assign_roles`.  The word classes are in
``resources/events/frames.json``.

* an actor introduced by an attribution marker («بحسب X»، «وفق ما أفاد X»، «نقلاً عن X») reports
  the event, it takes no part in it;
* a complementizer أن/إن followed by a noun opens a clause with its own subject: an actor before
  it (the speaker of «قالت الوزارة إن الاعتداءات …») is not the subject of a trigger after it;
* nouns of undergoing (مقتل، مصرع، انفجار …) have no agent subject («أعلن الجيش مقتل …»: the army
  announces the deaths, it does not kill);
* after an attack, «استهدف(ت) X»، «مستهدفاً X» name its target, and «أسفر عن / أدى إلى مقتل X» its
  victims.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from marsad.events.lexicon import conj_in, cues, matches_form, word_set
from marsad.events.triggers import VOWEL_MARKS, Trigger, Word
from marsad.resources import load_json
from marsad.text.normalize import norm


@cache
def frame_cues() -> dict[str, frozenset[str]]:
    """Word classes from ``resources/events/frames.json``, normalised."""
    data = load_json("events", "frames.json")
    return {k: frozenset(norm(x) for x in v) for k, v in data.items() if not k.startswith("_")}


@cache
def victim_singulars() -> frozenset[str]:
    """Singular nouns of one person who can be a victim («فتى»، «مزارع»، «شرطي»): the casualty counter's singular
    persons (``resources/temporal/casualties.json``) and the few that frames.json adds (``victim_singulars``: nouns
    that are also verbs there, «طالب»), normalised."""
    people = load_json("temporal", "casualties.json")["persons"]["singular"]
    return frozenset(norm(w) for w in people) | frame_cues()["victim_singulars"]


def attributed(words: list[Word], first: int) -> bool:
    """Does an attribution marker introduce the phrase starting at word ``first``?

    «بحسب مصدر»، «وفقاً لوزارة»، «نقلاً عن الوكالة»، «بحسب ما أفادت الوكالة»، «حسبما ذكر المرصد».
    """
    c = frame_cues()
    speech = cues()["speech_verbs"]
    k = first - 1
    if k >= 0 and words[k].kind == "word" and matches_form(words[k].norm, speech):
        k -= 1  # «حسبما ذكر X»، «بحسب ما أفاد X»
    if k >= 0 and words[k].norm in ("ما", "عن"):
        k -= 1
    return k >= 0 and words[k].norm in c["attribution_markers"]


def _verb_like(w: Word) -> bool:
    """An imperfect or passive verb form right after أن («أن يشن»، «أن تستهدف»، «أن تم»)."""
    x = w.norm
    return (w.kind == "word" and not w.noun_ending and not x.startswith("ال") and x[:1] in ("ي", "ت", "ن") and len(x) >= 3
            and not (x.endswith("ات") and len(x) >= 5))  # («إن تعزيزات …»، «أن تفجيرات …»: a plural noun, no verb)


def clause_break(words: list[Word], lo: int, hi: int) -> bool:
    """Is there a complementizer أن/إن followed by a noun strictly between words ``lo`` and ``hi``?

    «قالت الوزارة إن الاعتداءات …»: the clause after إن has its own subject.  أن before a verb
    («قرر الجيش أن يشن هجوماً») shares the subject and is no boundary; neither is «أنه/إنها» (the
    pronoun refers back to the speaker).
    """
    openers = frame_cues()["clause_openers"]
    for k in range(max(lo + 1, 0), min(hi, len(words))):
        if words[k].norm in openers and k + 1 < len(words) and not _verb_like(words[k + 1]):
            return True
    return False


#: prepositions that date one thing by another («بعد/قبل/إثر/عقب/منذ/خلال X»)
TIME_ANCHORS = frozenset({"بعد", "اثر", "عقب", "منذ", "قبل", "خلال"})
#: news as talked of (not a statement or a video): «أنباء عن …»، «تناقلت صفحات أخباراً عن …»
NEWS_NOUNS = frozenset(norm(w) for w in ("أنباء", "انباء", "أخبار", "أخباراً", "أخبارا", "روايات", "أحاديث", "معلومات"))


def lemma_stem(lemma: str) -> str:
    """The first form of a trigger's lemma, normalised (a phrase's lemma: «فتح/فتحت/… … النار» → «فتح»)."""
    return norm(lemma).replace("/", " ").replace("|", " ").split(" ")[0]


def present_tense(word: str, lemma: str) -> bool:
    """Is the (normalised) verb word a present-tense form («تستهدف»، «يقتل») of a past-form lemma?"""
    stem = lemma_stem(lemma)
    if stem[:1] == "ف" and (word.startswith(stem) or (word[:1] in ("و", "ف") and word[1:].startswith(stem))):
        return False  # «فتحت النار»، «وفرضت»: the past of a verb whose first root letter is «ف», not «ف» + «تحت»
    w = word.lstrip("وف")
    return w[:1] in ("ي", "ت", "ن") and not w.startswith(norm(lemma))


def undergoing(lemma: str) -> bool:
    """Is the trigger noun one of undergoing (مقتل، انفجار), with no agent subject?"""
    base = lemma[2:] if lemma.startswith("ال") else lemma
    return base in frame_cues()["undergoing_nouns"]


def in_class(word: str, key: str) -> bool:
    """Is the normalised word, with or without a leading و/ف, in the word class ``key`` of frames.json?"""
    return conj_in(word, frame_cues()[key])


def undergoing_verb(word: str) -> bool:
    """Is the (normalised) verb one of undergoing («انفجرت عبوة»): its subject is the device, not an actor?"""
    return in_class(word, "undergoing_verbs")


def target_verb_at(words: list[Word], k: int) -> bool:
    """Is word ``k`` a verb of aiming at a target (استهدفت، مستهدفاً، طالت), with or without و?"""
    return words[k].kind == "word" and in_class(words[k].norm, "target_verbs")


def casualty_after_result(words: list[Word], k: int) -> int | None:
    """If a result frame starts at word ``k`` («أسفر عن مقتل»، «أدت إلى إصابة»، «تسبب بمقتل»), the
    index of the word after its casualty noun, else ``None``."""
    c = frame_cues()
    if words[k].kind != "word" or not in_class(words[k].norm, "result_verbs"):
        return None
    j = k + 1
    if j < len(words) and words[j].norm in c["result_links"]:
        j += 1
    if j < len(words) and words[j].norm in c["casualty_nouns"]:
        return j + 1
    return None


def time_word(w: Word) -> bool:
    """A word of a time adverbial («قبل ظهر أمس الثلاثاء») that can stand between a verb and its object."""
    return w.kind == "number" or w.norm in frame_cues()["time_words"]


def adverb(w: Word) -> bool:
    """An adverb in the accusative («يومياً»، «مجدداً»، «جميعاً»): it looks like an object but is none."""
    return w.norm in frame_cues()["adverbs"]


def survive_verb_at(words: list[Word], k: int) -> bool:
    """Is word ``k`` «نجا / ينجو / نجاة» (with or without و/ف)?  Its subject is the target of the attack after «من»."""
    return words[k].kind == "word" and in_class(words[k].norm, "survive_verbs")


def resumptive_agent_at(words: list[Word], k: int) -> bool:
    """Is word ``k`` an agent verb with a pronoun for the attack («هجوم نفذته امرأة»، «عمليات نفذها قراصنة»)?"""
    return words[k].kind == "word" and in_class(words[k].norm, "resumptive_agent_verbs")


_NISBA = ("ي", "يه", "يين", "يون", "يات", "يتين", "يان")


def definite_adjective(w: Word) -> bool:
    """Can a definite word be an adjective of a definite phrase («القوات الروسية»، «الفصائل المسلحة»،
    «الجيش الحر»)?  A definite noun that is none of these («الطائرات القرية») starts a new phrase: a
    definite noun takes no genitive."""
    x = w.norm
    nisba = any(x.endswith(e) and len(x) - 2 - len(e) >= 3 for e in _NISBA)  # «الروسية» but not «القرية»
    return nisba or x.startswith("الم") or x in frame_cues()["definite_adjectives"]


def affiliation_link(w: Word) -> bool:
    """«التابع/الموالية لـ…»: the word linking a unit or a target to the group it belongs to."""
    return w.norm in frame_cues()["affiliation_links"]


def governing_noun(w: Word) -> bool:
    """A noun used as a preposition («إلى جانب X»، «المتحدث باسم X»، «في صفوف X»): X is not a bare actor."""
    return w.norm in frame_cues()["governing_nouns"]


def killing_verb_at(words: list[Word], k: int) -> bool:
    """Is word ``k`` a form of «قتل» with its clitics («ليقتل»، «فقتلت»، «وقتلوا»)?"""
    return words[k].kind == "word" and matches_form(words[k].norm, frame_cues()["killing_verbs"])


def clash_noun(w: Word) -> bool:
    """A noun of armed clashes («مواجهات»، «اشتباكات»، «في المعارك»): «مع X» after it names the other side."""
    x = w.norm
    c = frame_cues()["clash_nouns"]
    return w.kind == "word" and (x in c or (x[:1] in ("و", "ف", "ب", "ل") and x[1:] in c) or (x.startswith("بال") and x[1:] in c))


def patient_masdar(word: str, lemma: str) -> bool:
    """A singular masdar whose genitive is its patient («اتهام سوريا»، «إدانة رئيس الوزراء»); the plural names
    its agent («اتهامات المعارضة»)."""
    base = lemma[2:] if lemma.startswith("ال") else lemma
    return base in frame_cues()["patient_masdars"] and not word.endswith("ات")


def experiencer_verb(word: str) -> bool:
    """«تعرض لـ»، «يواجه»، «تلقى»: the subject undergoes the event named after the verb."""
    return matches_form(word, frame_cues()["experiencer_verbs"])


#: «كل» (every, whoever: «كل من يعبث …») with the conjunction or preposition glued to it
EVERY = frozenset({"كل", "وكل", "لكل", "بكل"})
#: relative pronouns («الذي»، «التي» …), in their normal form
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})


#: the three tanween marks: a word written with one is a noun or an adjective, never a verb
TANWEEN = frozenset("\u064b\u064c\u064d")


def after_time_parenthetical(words: list[Word], k: int) -> int:
    """The index after a time set off by commas that starts at word ``k`` («، مساء الخميس 25 شباط الماضي،»), else
    ``k``.  The words between the commas are a time adverbial when the first is a time word; at most eight."""
    if k + 1 < len(words) and words[k].norm in (",", "،") and time_word(words[k + 1]):
        return after_closing_comma(words, k, k + 2, k + 10)
    if k + 2 < len(words) and words[k].norm in (",", "،") and words[k + 1].norm == "في":
        # «اغتالوا، في الحادي والثلاثين من آب الماضي، قيادياً …»: a date after «في», told by a time word in it
        end = after_closing_comma(words, k, k + 2, k + 10)
        if end > k and any(w.kind == "number" or (time_word(w) and w.norm not in _LOOSE_TIME_WORDS)
                           for w in words[k + 2 : end - 1]):
            return end
    return k


#: time words that open other phrases too («من»، «بعد»، «قبل»، «أول»): no sign of a date of their own
_LOOSE_TIME_WORDS = word_set("clauses", "_LOOSE_TIME_WORDS")


def after_closing_comma(words: list[Word], k: int, start: int, stop: int) -> int:
    """The index after the comma that closes a parenthetical opened by the comma at ``k``: the first comma in
    ``[start, stop)`` with only words and numbers before it, else ``k``."""
    for j in range(start, min(len(words), stop)):
        if words[j].norm in (",", "،"):
            return j + 1
        if words[j].kind not in ("word", "number"):
            return k
    return k


def comma_and(words: list[Word], t: Trigger) -> bool:
    """Does the trigger start with «و» right after a comma («…، ودعا …»، «…، وحمّلت X المسؤولية»)?"""
    return t.first > 1 and words[t.first].norm[:1] == "و" and words[t.first - 1].norm in (",", "،")


def condemnation_before(words: list[Word], t: Trigger) -> int | None:
    """The condemnation verb whose object the event noun is («وأدانت الوزارة، في بيان اليوم، «العدوان الإسرائيلي»»،
    «استنكر … الهجوم»), or ``None``: a verb of condemnation within 26 words before it (its parenthetical may be
    long), no full stop, «أن/إن» or «فيما/بينما/لكن» between."""
    c = cues()["condemn"]
    for k in range(t.first - 1, max(-1, t.first - 27), -1):
        if words[k].norm in (".", ";", "!", "?", "ان", "إن", "لكن", "فيما", "بينما"):
            return None
        if words[k].kind == "word" and not words[k].norm.startswith("ال") and matches_form(words[k].norm, c):
            return k
    return None


#: participles that open a further statement of the speaker («، مشيرةً إلى أنه …»)
_SAYING_PARTICIPLES = word_set("clauses", "_SAYING_PARTICIPLES")


def later_statement(words: list[Word], last: int, k: int) -> bool:
    """Is the word at ``k`` (a year, a time) past a comma after the trigger's last word ``last``, in a state «منذ» it
    (since) or in a further statement opened by a participle of saying («أطلقوا الرصاص على الحمدان …، مشيرةً إلى أنه
    كان يحمل بطاقة التسوية منذ صيف عام 2018»)? It dates something else, not the act."""
    if k <= last:
        return False
    commas = [j for j in range(last + 1, k) if words[j].norm in (",", "،")]
    if not commas:
        return False
    return any(words[j].norm == "منذ" for j in range(max(commas[0], k - 3), k)) or any(
        words[j].norm in _SAYING_PARTICIPLES for j in range(commas[0], k))


class _Span(Protocol):
    """A run of words (an event argument)."""

    first: int
    last: int


#: the men and the means of an actor: with a pronoun («عناصرها»، «طائراته») they are that actor's (not its leader —
#: «زعيمها» is a person —, its families — «ذويهم» — or its faction)
MEN = word_set("clauses", "MEN")


def pronoun_of(words: list[Word], a: _Span) -> str | None:
    """The possessive pronoun written on a one-word actor head («عناصرها»، «مقاتليهم»، «جيشه»: the written «ه», not
    «ة»), or ``None``."""
    if a.first != a.last:
        return None
    raw, w = words[a.first].text.rstrip(VOWEL_MARKS), words[a.first].norm
    for suf in ("هما", "هم", "ها", "ه"):
        stem = w[: -len(suf)]
        stem = stem[1:] if stem[:1] in ("و", "ف") and stem[1:] in MEN else stem
        if raw.endswith(suf) and stem in MEN:
            return suf
    return None
