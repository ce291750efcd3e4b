"""Frames: fill the arguments of a trigger from the annotations of its sentence.

Pure functions over :class:`Word` lists and :class:`Arg` candidates (actor
mentions, places, times and quantities already converted by
:mod:`marsad.events.extract`).  Every choice returns a short reason so that
``marsad explain`` can say why an argument was chosen.

Actor roles (Arabic word order):

* VSO: the first actor after a verb trigger without a preposition is the
  source, the next one (bare, or after على/ضد/ب/مع/ل) the recipient;
* SVO: with nothing after the verb, the nearest bare actor before it (after أن/إن);
* passive/experiencer: "X تعرض لـ<trigger>" makes X the recipient;
* "بين X و Y": both sides are sources of a fight (PLOVER), source and recipient otherwise;
* agent phrases "من قبل X"، "على يد X"، "نفذه X"، "شنه X" give the source;
* a noun trigger's genitive complement is its agent (هجوم التنظيم، زيارة الروس) except
  for nouns whose complement is the patient (اعتقال X، اغتيال X، قصف X);
* على/ضد/بـ after an attack noun, مع after a meeting noun give the recipient.

Clause-level cues (:mod:`marsad.events.clauses`, word classes in ``resources/events/frames.json``):
attribution markers and speakers before أن/إن are not actors of violence; nouns of undergoing and
explosion verbs have no agent; «استهدف X»، «أسفر عن مقتل X»، «ليقتل X» after an attack, «نجا/تعرض/يواجه»
and accusative objects name the target; «نفذته X» the agent; coordinated verbs share their subject; a
possessive member noun in an announcement, a title before a name, a unit «التابع لـ» or a member «من» a
group stand for the speaker, the person and the group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from marsad.events.clauses import (
    EVERY,
    NEWS_NOUNS,
    RELATIVE_PRONOUNS,
    VOWEL_MARKS,
    adverb,
    affiliation_link,
    after_closing_comma,
    after_time_parenthetical,
    attributed,
    casualty_after_result,
    clash_noun,
    clause_break,
    comma_and,
    condemnation_before,
    conj_in,
    definite_adjective,
    experiencer_verb,
    frame_cues,
    governing_noun,
    in_class,
    killing_verb_at,
    later_statement,
    patient_masdar,
    present_tense,
    pronoun_of,
    resumptive_agent_at,
    survive_verb_at,
    target_verb_at,
    time_word,
    undergoing,
    undergoing_verb,
    victim_singulars,
)
from marsad.events.lexicon import (
    accord_noun,
    cues,
    indefinite_dual,
    load_lexicon,
    matches_form,
    proclitic_in,
    stems,
    verb_without_conj,
    word_set,
)
from marsad.events.triggers import (
    CLAUSE_ENDS,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PARENTHESIS_OPENERS,
    PHRASE_FINAL_PREPOSITIONS,
    QUOTE_MARKS,
    Trigger,
    Word,
    answers_statement,
    carrier_owned,
    in_slogan,
    own_forces,
)
from marsad.events.wordflags import flags_of
from marsad.kb.store import default_kb
from marsad.ner.features import is_demonym
from marsad.numbers.parse import parse_words
from marsad.resources import load_json
from marsad.text.clitics import segment
from marsad.text.memo import StrMemo
from marsad.text.normalize import norm, skip_letters


@dataclass(slots=True)
class Arg:
    """A candidate argument: an actor, place, time, quantity or source span."""

    start: int
    end: int
    text: str
    first: int  # sentence word index of its first word
    last: int
    kind: str = "actor"
    actor: str | None = None
    name_en: str | None = None
    origin: str = "mention"
    data: dict = field(default_factory=dict)


_PATIENT_NOUNS = frozenset(
    {"اغتيال", "اختطاف", "خطف", "اعتقال", "احتجاز", "استهداف", "قصف", "اعدام", "حصار", "مداهمه", "تعذيب", "طرد",
     "اقاله", "افراج", "اخراج", "تهجير", "ترحيل", "ابعاد", "مصادره", "قتل", "مقتل", "تسليم", "استشهاد", "اعفاء",
     "عزل", "فصل", "ايقاف", "توقيف", "احاله", "تفريق", "قمع", "اطلق سراح"}
)
#: masdars of deploying whose genitive is what is deployed («واستبقت الهيئة المظاهرة بنشر عشرات العناصر»)
_DEPLOYED_GENITIVE = frozenset({"نشر", "استقدام"})
#: what is deployed (not «استقدام «قسد» تعزيزات»: an actor's name as the genitive is the agent)
_DEPLOYED = word_set("frames", "_DEPLOYED")
_RECIP_PREPS = {"علي": "على", "ضد": "ضد", "مع": "مع", "الي": "إلى", "ل": "لـ", "ب": "بـ", "بحق": "بحق"}
_AGENT_MARKERS = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"),
                  ("المنسوب", "الي"), ("المنسوبه", "الي"), ("منسوب", "الي"), ("منسوبه", "الي"))  # «الهجوم المنسوب إلى X»
_AGENT_VERBS = frozenset({"نفذ", "نفذه", "نفذها", "شن", "شنه", "شنها", "تبني", "تبناه", "تبنته", "نفذته", "شنته", "قام", "اقدم"})
_PREPS = frozenset({"في", "علي", "من", "الي", "عن", "مع", "ضد", "لدي", "عند", "نحو", "بين", "حول", "قرب", "داخل", "خلال",
                    "بحق"})
_SUBORD = frozenset({"ان", "انه", "انها", "انهم", "لان", "بان", "وبان", "بانه", "بانها", "وان", "فان"})  # «أفاد بأنّ X …»


#: «ما لا يقل/يزيد عن N»: the count after «عن» is a bound, not what «عن» governs
_AT_LEAST = word_set("frames", "_AT_LEAST")


def preposition(words: list[Word], a: Arg) -> str | None:
    """The preposition governing a candidate: a word before it (a quoted name's is the word before the quote:
    «على "قسد"») or a proclitic بـ/لـ on its first word or written apart («لـ"قسد"»)."""
    k = _word_before(words, a.first)
    if k >= 0:
        prev = words[k].norm
        if prev in ("ل", "ب"):
            return prev  # «لـ"هيئة تحرير الشام"»: the proclitic written apart, before the quote
        if prev == "من" and k >= 2 and words[k - 2].norm in _PARTITIVE and _indefinite_adjective(words[k - 1]):
            k -= 1  # «دفعة جديدة من مقاتلي …»: an adjective between the group noun and «من»
        if prev == "من" and k >= 1 and (words[k - 1].norm in _PARTITIVE or words[k - 1].norm in _EACH_OF
                                         or _counted(words, k - 1)):
            # partitive «عدد من جنود …»، «خمسة من عناصر …»: the phrase is governed by what governs its head
            # («يتعارك مع مجموعة من الشبان»: with them), else by no preposition
            head_prev = words[k - 2].norm if k >= 2 else ""
            return head_prev if head_prev in _PREPS else None
        if prev in _PREPS:
            return prev
        if k >= 1 and _counted(words, k) and words[k - 1].norm == "عن" and not (
                k >= 2 and words[k - 2].norm in _AT_LEAST):
            # «أفرجت الغرفة الأمنية عن ثلاثة شبان»: a count between «عن» and the noun (other prepositions with a count
            # govern recipients that stay bare: «وزّعت الجمعية السلال على أربعين عائلة»; nor is «ما لا يقل عن 39
            # شخصاً» governed)
            return "عن"
        if governing_noun(words[k]):
            return prev  # «إلى جانب X»، «المتحدث باسم X»، «الخاضعة لسيطرة X»
        if prev in (",", "،"):
            # «التقى مع وزير الخارجية، محمد جواد ظريف»: a name in apposition to a phrase after «مع» is with it
            for j in range(k - 1, max(-1, k - 6), -1):
                x = words[j]
                if x.kind != "word":
                    break
                if x.norm in ("مع", "ومع"):
                    return "مع"
    w = words[a.first].norm if a.first < len(words) else ""
    bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    if bare.startswith("لل") or (bare[:1] in ("ب", "ل") and bare[1:3] == "ال"):
        return bare[0]
    heads = cues()["actor_heads"]
    if bare[:1] in ("ب", "ل") and len(bare) > 3 and bare not in heads and (bare[1:] in heads or any(
            bare.endswith(p) and bare[1 : -len(p)] in heads for p in ("هما", "هم", "ها", "ه"))):
        return bare[0]  # («لقوات»، «لمكتبه الإعلامي»: a head with its pronoun)
    return None


_QUOTES = frozenset({"«", "»", '"', "“", "”"})
#: «كلّاً من X و Y» (each of): the list is governed by what governs «كل», not by «من»
_EACH_OF = frozenset({"كل", "كلا"})
_PARTITIVE = word_set("frames", "_PARTITIVE")
#: masdars that open a trigger phrase with a gap («توقيف … أشخاص»، «إضرام … النار»): the phrase is a noun, not a clause
_PHRASE_MASDARS = word_set("frames", "_PHRASE_MASDARS")


def _phrase_masdar(w: str) -> str | None:
    """The masdar of :data:`_PHRASE_MASDARS` the (normalised) word is, its «و» and a «بـ/لـ» aside («وتوقيف»،
    «بإيقاف»), else ``None``."""
    w = w.lstrip("و")
    w = w[1:] if w[:1] in ("ب", "ل") and w[1:] in _PHRASE_MASDARS else w
    return w if w in _PHRASE_MASDARS else None
_NAMES_OK = frozenset({"داعش", "طالبان", "حماس", "القاعده", "فتح", "الاسد", "النظام", "المعارضه", "الحكومه"})


def _indefinite_adjective(w: Word) -> bool:
    """An indefinite feminine adjective after a group noun («جديدة»، «كبيرة»، «ثانية»): written with ة, no article."""
    return w.kind == "word" and not w.norm.startswith("ال") and w.norm.endswith("ه") and w.noun_ending


def _word_before(words: list[Word], first: int) -> int:
    """The index of the word before a phrase starting at ``first``, skipping the quotation marks a name is
    written in («مواقع "قسد"»، «على "هيئة تحرير الشام"»); -1 at the start of the sentence."""
    k = first - 1
    while k >= 0 and words[k].norm in _QUOTES:
        k -= 1
    return k


def _clause_opens_at(words: list[Word], first: int) -> bool:
    """Does a clause open at word ``first``: the sentence's start, or right after «أن/إن» or the colon of direct
    speech, a quotation mark between allowed («قالت القناة إن «وحدات من الجيش استهدفت …»»، «وقال المصدر: الجيش
    قصف …»)?"""
    k = _word_before(words, first)
    return k < 0 or words[k].norm in _SUBORD or words[k].norm == ":"  # (_SUBORD holds «ان»)


def _np_continues(w: Word, head_definite: bool) -> bool:
    """Can ``w`` continue a noun phrase (genitive with ال, nisba adjective, known name)?"""
    x = w.norm
    if w.kind not in ("word", "latin"):
        return False
    if x in _NAMES_OK:
        return True
    if x.startswith("ال") and len(x) > 3:
        return True
    if not head_definite and x[:1] == "ب" and not x.startswith("بحري") and (segs := segment(w.text)) and segs[0] == (0, 1):
        return False  # a «بـ» phrase after the noun («طالب الخاطفون ذويه بفدية»), not its adjective («قوات بحرية»)
    if not head_definite and x.endswith(("ي", "يه", "يا", "يين", "يون", "يان")) and len(x) >= 4:
        # a nisba adjective (قوات روسية), not a second actor noun (مسلحون دورية، مجهولون قيادياً) nor a person in the
        # accusative (قوة إسرائيلية راعياً)
        return not matches_form(x, cues()["actor_heads"]) and not (_tanween_person(w) and x[:-1] not in _MOSTLY_ADJECTIVES)
    return False


#: titles whose holder belongs to a body named after them with لـ («الرئيس المشترك لـ«مجلس الرقة المدني»»)
_BODY_TITLES = word_set("frames", "_BODY_TITLES")


def _name_of_subject(words: list[Word], subj: Arg, a: Arg) -> bool:
    """Is the quoted name ``a`` the subject's own name in apposition: right after it, or after its adjectives and
    one place phrase «في X» that end the subject («قوات الأمم المتحدة المؤقتة في لبنان «اليونيفيل»»، «منظمة أطباء بلا حدود
    «MSF»»), and followed by a comma or the end of the sentence?"""
    gap = [w for w in words[subj.last + 1 : a.first] if w.norm not in _QUOTES]
    if len(gap) > 4 or any(w.kind != "word" for w in gap) or (gap and gap[0].norm != "في" and not gap[0].norm.startswith("ال")):
        return False  # (the subject's adjectives and one «في X» may stand between: «المؤقتة في لبنان»)
    k = a.last + 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    return k >= len(words) or words[k].norm in (",", "،", ".")


def _unit_of_agent(words: list[Word], lead: int) -> int | None:
    """The index of a unit noun right after an agent marker, when the actor at ``lead`` is its body: «على يد مفرزة
    من جهاز الأمن الوطني»، «من قبل دورية تابعة لـ…» (the unit, then «من» or «تابعة لـ», and at most one more noun)."""
    for unit in (lead - 2, lead - 3, lead - 4):
        if unit < 2 or tuple(w.norm for w in words[unit - 2 : unit]) not in _AGENT_MARKERS:
            continue
        gap = words[unit + 1 : lead]
        if (gap and all(w.kind == "word" for w in gap) and words[unit].kind == "word"
                and (gap[0].norm == "من" or affiliation_link(gap[0])) and len(gap) <= 3):
            return unit
    return None


def _coordinated_pair(words: list[Word], second: Arg, cands: list[Arg]) -> Arg | None:
    """The actor coordinated right before ``second`` («أردوغان وبوتين»: the one before «وبوتين»), if any."""
    if not words[second.first].norm.startswith("و"):
        return None
    first = next((a for a in cands if a.last == second.first - 1), None)
    if first is None or (first.first > 0 and words[first.first - 1].norm in ("بين", "وبين")):
        return None  # «… بين المعارضة والنظام»: the two sides of a بين-phrase, not the subject
    return first


def _shared_head(words: list[Word], second: Arg, cands: list[Arg]) -> Arg | None:
    """The actor right before ``second`` when ``second`` is only a nationality joined by «و» («الطيران الحربي السوري
    والروسي»: «والروسي» is the Russian air force, the one before it the Syrian), if any."""
    w = words[second.first].norm
    if second.first != second.last or not w.startswith("وال") or not w.endswith(("ي", "يه")) or len(w) < 6:
        return None
    return _coordinated_pair(words, second, cands)


def _dual_or_plural_verb(word: str, lemma: str) -> bool:
    """Is the verb form dual or plural («يعتقلان»، «قصفتا»، «اعتقلا»، «هاجموا»، «يطالبون»)?"""
    w, lem = verb_without_conj(word, lemma), norm(lemma)
    return w.endswith(("ان", "تا", "وا", "ون")) or (w.endswith("ا") and w != lem and not lem.endswith("ا"))


#: protests told by an intransitive verb («أضرب عن العمل»): a bare actor after the subject is no object (a march's
#: bare actor may be whom it went to: «اعتصم الأهالي … مقرَّ المجلس»)
_NO_OBJECT_MODES = frozenset({"strike"})


def _quoted_opener(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """A quoted name (one to five words) that opens the sentence (or follows its و) and ends right before a verb
    trigger: its subject, known to the knowledge base or not (««المقاومة الشعبية» تطرد الميليشيات من …» in a
    headline); the actor found inside the quotes when there is one."""
    end = trig.first - 1
    if trig.pos != "v" or end < 2 or words[end].norm not in _QUOTES:
        return None
    k = next((j for j in range(end - 1, max(-1, end - 7), -1) if words[j].norm in _QUOTES), None)
    if k is None or not (k == 0 or (k == 1 and words[0].norm == "و")) or end - k < 2:
        return None
    if any(w.kind != "word" for w in words[k + 1 : end]):
        return None
    inside = [a for a in cands if a.first <= end - 1 and a.last >= k + 1]
    if inside:
        return inside[0] if len(inside) == 1 and inside[0].first >= k + 1 and inside[0].last <= end - 1 else None
    return Arg(start=words[k + 1].start, end=words[end - 1].end, text="", first=k + 1, last=end - 1, origin="quoted")


def _bi_complement(w: str) -> bool:
    """A word opening a بـ-complement («بإسقاط»، «برحيل»): the actor after it is that masdar's genitive."""
    return w.startswith("ب") and len(w) > 4 and not w.startswith("بين")


def _not_actor(w: str) -> bool:
    """A place noun that looks like an actor head («المستوطنة» settlement, not «مستوطن» settler)."""
    not_actor = frame_cues()["not_actor_words"]
    if w in _BY_FORCE:
        return True  # «فرّقوا الوقفة بالقوة»: by force, not «القوة» (the unit)
    bare = w[1:] if w[:1] in ("و", "ف") else w
    if bare.startswith("ال") and bare.endswith(("وها", "وهم", "وهما")) and len(bare) >= 6:
        return True  # «ألقوها»، «أطلقوهم» (a plural verb with an object pronoun), not «القوة»: a noun with ال has no pronoun
    for p in ("", "و", "ف", "ب", "ل"):
        if w.startswith(p):
            rest = w[len(p):]
            if rest in not_actor or (rest.startswith("ال") and rest[2:] in not_actor) or (p == "ل" and rest.startswith("ل") and rest[1:] in not_actor):
                return True
    return False


#: «بالقوة» (by force): a manner, never the unit «القوة»
_BY_FORCE = word_set("frames", "_BY_FORCE")
_SIDES = word_set("frames", "_SIDES")
_DISPUTES = word_set("frames", "_DISPUTES")
_PLACE_PREPS = word_set("frames", "_PLACE_PREPS")


def _outskirts(words: list[Word], i: int) -> bool:
    """«الأطراف» as the outskirts of a place, not the parties to a conflict: «الأطراف الغربية لطفس»، «على أطراف
    البلدة»، «أطراف القرية»; but «جميع الأطراف»، «أطراف النزاع»، «طرفي الصراع» are parties."""
    bare = words[i].norm.lstrip("وف")
    if bare not in ("الاطراف", "اطراف", "طرفي"):
        return False
    nxt = words[i + 1].norm if i + 1 < len(words) else ""
    prev = words[i - 1].norm if i > 0 else ""
    if bare != "الاطراف" and nxt in _DISPUTES:
        return False  # a construct with the dispute: «أطراف النزاع»، «طرفي الصراع»
    return bare == "اطراف" or nxt in _SIDES or nxt.startswith(("ل", "بلد", "مدين", "قري", "حي", "مخيم")) or prev in _PLACE_PREPS


#: what a «كتلة» is made of or holds when it is a mass, not a political bloc («كتلة خرسانية»، «كتلة من المباني»)
_MASS_KINDS = word_set("frames", "_MASS_KINDS")
#: a «مجلس» of mourning is a gathering, not a council («مجلس عزاء»، «مجلس الفاتحة»)
_MOURNING = word_set("frames", "_MOURNING")


def _no_body(words: list[Word], i: int) -> bool:
    """A head that names no body here: «كتلة» as a mass («كتلة خرسانية»، «كتلة من المباني»), not a parliamentary bloc
    («كتلة الأحرار»); «مجلس» of mourning («تفجير مجلس عزاء»), not a council."""
    if i + 1 >= len(words):
        return False
    head, nxt = words[i].norm.lstrip("وفبل").removeprefix("ال"), words[i + 1].norm
    return (head == "كتله" and nxt in _MASS_KINDS) or (head == "مجلس" and nxt in _MOURNING)


_TRAFFIC = word_set("frames", "_TRAFFIC")
_SUICIDE = word_set("frames", "_SUICIDE")


#: military units named by a number («الفرقة 30»، «اللواء 47»، «الكتيبة 5»)
_UNITS = word_set("frames", "_UNITS")


def _unit_head(x: str) -> bool:
    """Is the normalised word ``x`` a military unit noun, bare or definite, with or without a proclitic?"""
    x = x[1:] if x[:1] in ("و", "ف", "ب") and len(x) > 4 else x
    for art in ("لل", "ال"):
        if x.startswith(art):
            return x[2:] in _UNITS
    return x in _UNITS


@cache
def _written_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Actor heads whose matching form is another word's too («والي» governor: «وإلى» and to, «وآلية» and a
    mechanism), as (matching forms, written forms): cues.json ``written_heads``."""
    written = tuple(load_json("events", "cues.json").get("written_heads", []))
    return frozenset(norm(x) for x in written), written


_WRITTEN_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "")


def _written_as_listed(w: Word) -> bool:
    """False for a word that is a form of a written head (:func:`_written_heads`) but is not written as one after its
    proclitics and article: «وإلى» is no «والي»."""
    forms, written = _written_heads()
    if not forms or not matches_form(w.norm, forms):
        return True
    raw = "".join(ch for ch in w.text if ch not in VOWEL_MARKS)
    return any(raw.startswith(p) and raw[len(p) :].startswith(written) for p in _WRITTEN_PREFIXES)


#: two-word actor heads whose first word alone is none: «سلاح الجو»، «وسلاح البحرية» (the air force, the navy; «سلاح»
#: is a weapon), «القيادة العامة» (the general command; «قيادة» is driving too) — the first word with a conjunction or
#: a preposition glued to it, and the words that may follow it
_PAIRED_HEADS = {
    **{f"{p}سلاح": frozenset({"الجو", "البحريه"}) for p in ("", "و", "ف", "ب", "ل", "وب", "ول")},
    # («لـ» + «ال» is written «لل»)
    **{f"{p}القياده": frozenset({"العامه"}) for p in ("", "و", "ف", "ب", "وب")},
    **{f"{p}للقياده": frozenset({"العامه"}) for p in ("", "و")},
    # an operations command («قيادة عمليات نينوى»، «قيادة العمليات المشتركة»)
    **{f"{p}قياده": frozenset({"عمليات", "العمليات"}) for p in ("", "و", "ف", "ب", "ل", "وب", "ول")},
}


def _subject_owner_between(words: list[Word], subj: Arg, a: Arg, cands: Sequence[Arg]) -> bool:
    """Is all that stands between the subject and the actor ``a`` the subject's «في/من X», X an actor («سلاح الجو في
    الجيش العربي السوري»، «عناصر من الشرطة»)?"""
    k = subj.last + 1
    return (k + 1 < a.first and words[k].norm in ("في", "من")
            and any(o.first == k + 1 and o.last == a.first - 1 for o in cands))


#: verbs of describing that open a statement's sentence («ووصفت الوزارة …»، «واعتبر المجلس …»)
_DESCRIBING = frozenset({"وصف", "وصفت", "اعتبر", "اعتبرت"})


def _joined_to_instrument(words: list[Word], a: Arg) -> bool:
    """Is the actor joined by «و» to a weapon glued to بـ right before it («فاستهدفت بالمدفعية وسلاح الجو تجمعات …»)?
    It is more of the instrument, no subject."""
    prev = words[a.first - 1].norm if a.first > 0 else ""
    return words[a.first].norm[:1] == "و" and prev[:1] == "ب" and matches_form(prev[1:], WEAPONS)


def chunk_actors(words: list[Word]) -> list[Arg]:
    """Local fallback when no actor mentions exist: phrases headed by an actor noun (قوات، مسلحون، وفد …).

    The head extends over definite genitives and adjectives, nisba adjectives and
    a few well-known names (قوات الأمن العراقية، وفد روسي، تنظيم داعش), three words at most.
    """
    c = cues()
    heads, stop = c["actor_heads"], c["stop_words"]
    targets = c.get("target_heads", frozenset())
    flags = flags_of(words)
    is_target, is_head = flags.forms(targets), flags.forms(heads)  # matches_form of each word
    is_suicide = flags.forms(_SUICIDE)  # (from the sentence's index: no stems of a new word that has no cue's piece)
    out: list[Arg] = []
    i = 0
    while i < len(words):
        w = words[i]
        if (
            w.kind == "word"
            and i + 1 < len(words)
            and is_target[i]
            and words[i + 1].norm.startswith("ل")
            and is_head[i + 1]
        ):
            # a target owned by an actor: «حاجزاً للجيش»، «مقرات للفصائل»، «دورية لقوات الأمن»
            j = i + 1
            while j + 1 < len(words) and j - i < 3 and words[j + 1].norm not in stop and _np_continues(words[j + 1], True):
                j += 1
            out.append(Arg(start=w.start, end=words[j].end, text="", first=i, last=j, origin="chunk"))
            i = j + 1
            continue
        if (w.kind == "word" and is_target[i] and i + 3 < len(words) and words[i + 1].norm == "ل"
                and words[i + 2].norm in _QUOTES and is_head[i + 3]):
            # the same with «لـ» written apart before a quoted name: «مواقع لـ«وحدات حماية الشعب»» (the target noun
            # alone: the name is a mention of its own)
            out.append(Arg(start=w.start, end=w.end, text="", first=i, last=i, origin="chunk"))
            i += 1
            continue
        if (w.kind == "word" and w.norm.lstrip("وب") in ("حركه", "لحركه") and i + 1 < len(words)
                and words[i + 1].norm in _TRAFFIC):
            i += 1
            continue  # «منع حركة الدراجات النارية»، «حركة المسافرين»: traffic, not a movement (حركة «حماس»)
        if w.kind == "word" and i > 0 and is_suicide[i] and matches_form(words[i - 1].norm, c["suicide_carriers"]):
            i += 1
            continue  # «بطائرة مسيّرة انتحارية»: the weapon's adjective, not a suicide attacker
        if w.kind == "word" and i + 1 < len(words) and words[i + 1].norm in _PAIRED_HEADS.get(w.norm, ()):
            # «سلاح الجو»، «القيادة العامة»: heads of two words
            j = i + 1
            while j + 1 < len(words) and j - i < 3 and words[j + 1].kind == "word" and definite_adjective(words[j + 1]):
                j += 1  # («سلاح الجو السوري»)
            out.append(Arg(start=w.start, end=words[j].end, text="", first=i, last=j, origin="chunk"))
            i = j + 1
            continue
        if (w.kind == "word" and w.norm not in stop and is_head[i] and not _not_actor(w.norm) and not _outskirts(words, i)
                and _written_as_listed(w) and not _no_body(words, i)):
            j = i
            definite = "ال" in w.norm[:4]
            phrase_definite = w.norm.startswith(("ال", "لل")) or (w.norm[:1] in ("و", "ف", "ب", "ل") and w.norm[1:3] == "ال")
            # a head with a possessive pronoun is definite too: «أطلق عناصرها النار» (its members, then the object)
            # (the written «ه», not «ة»: «وأطلق جنوده النار»)
            phrase_definite = phrase_definite or (len(w.norm) > 4 and w.text.rstrip(VOWEL_MARKS).endswith(
                ("ه", "ها", "هم", "هما")))
            nominative = not definite and w.norm.endswith(("ون", "ان"))
            while j + 1 < len(words) and j - i < 3:
                nxt = j + 1
                if words[nxt].norm in _QUOTES and words[nxt].text in ("»", "”"):
                    break  # «وحمّل «الشباب» المسؤولية»: the quoted name ends with its closing mark
                if words[nxt].norm in _QUOTES and nxt + 1 < len(words):
                    nxt += 1  # جنود «المارينز»
                x = words[nxt].norm
                if j == i and words[nxt].kind == "number" and _unit_head(w.norm):
                    j = nxt  # «الفرقة 30»، «اللواء 47»: a military unit's number is its name
                    continue
                if (j == i and nxt + 1 < len(words) and matches_form(w.norm, _BODY_TITLES) and words[nxt].kind == "word"
                        and x not in stop and not x.startswith(("ال", "و", "ف")) and words[nxt + 1].norm.startswith("ال")
                        and not matches_form(x, heads)):
                    j = nxt  # «رئيس أركان الجيش الإسرائيلي»، «قائد شرطة المحافظة»: a title in a construct chain
                    continue
                if x in stop or not _np_continues(words[nxt], definite):
                    break
                if (phrase_definite and x.startswith("ال") and x not in _NAMES_OK and not definite_adjective(words[nxt])
                        and not _is_number(x[2:])):  # «الوزراء الأربعة»: a number agrees like an adjective
                    break  # «قصفت الطائرات القرية»: a definite phrase takes no genitive, the noun is the object
                if nominative and x.endswith("يا"):
                    break  # «هاجم مسلحان شرطيا»: an accusative word does not agree with a nominative head
                phrase_definite = phrase_definite or x.startswith("ال")
                j = nxt
            if j == i and _bare_singular_after_preposition(w.norm):
                i += 1
                continue  # «مرجح بقوة» (strongly), «لقوة المجموعات»: not a force
            out.append(Arg(start=w.start, end=words[j].end, text="", first=i, last=j, origin="chunk"))
            i = j + 1
        else:
            i += 1
    return out


@cache
def _person_singulars() -> frozenset[str]:
    """Singular nouns of one person: the victim singulars and the people of an accusative object."""
    return victim_singulars() | _ACCUSATIVE_PEOPLE


def _accusative_person(w: Word) -> bool:
    """A noun of one person written in the accusative with tanween («قيادياً»، «ناشطاً»، «شاباً»)."""
    x = w.norm
    return (w.kind == "word" and (w.text.endswith(("اً", "ًا")) or (w.text.endswith("ا") and len(x) > 4))
            and x[:-1] in _person_singulars())


#: nisba nouns of a person that are mostly adjectives after a noun («فصيلاً عسكرياً»، «ناشطاً مدنياً»)
_MOSTLY_ADJECTIVES = word_set("frames", "_MOSTLY_ADJECTIVES")


def _tanween_person(w: Word) -> bool:
    """A noun of one person with the accusative's tanween written out («راعياً»، «شاباً»; not a bare final alif)."""
    return w.kind == "word" and w.text.endswith(("اً", "ًا")) and w.norm[:-1] in _person_singulars()


#: nouns of one person (beside the victim singulars) whose accusative follows a masdar's genitive subject
_ACCUSATIVE_PEOPLE = frozenset({"قيادي", "ناشط", "قايد", "مسوول", "عضو", "مدني", "معتقل", "مطلوب"})


def _lam_object(words: list[Word], gen: Arg, after: list[Arg], place_starts: frozenset[int] = frozenset(),
                release: bool = False) -> Arg | None:
    """After a masdar, a named actor (a KB entry) followed at once by a word with لـ: the لـ phrase is the
    masdar's object («اغتيال إسرائيل للسيد …»); so is a phrase after على/ضد («قصف قوات النظام على الحي»),
    and a place or a target noun right after it («استهداف حزب الله مدينة نهاريا»: the object in the accusative);
    a weapon with بـ right after it makes the genitive the agent («استهداف قوات النظام بطائرة مسيّرة خيمةً»).
    Returns the object actor, or ``gen`` itself when the لـ/على
    word is not an actor («قصف الاحتلال لمواقع …»); ``None`` when the pattern is not there («اغتيال قائد
    لحزب الله»: a generic noun and its owner)."""
    if gen.last + 1 >= len(words):
        return None
    nxt = words[gen.last + 1].norm
    if release and nxt == "عن" and gen.last + 2 < len(words):
        # «إفراج الجماعة عن اثني عشر من المختطفين»: who is released follows «عن»; the genitive releases them
        freed = counted_victim_at(words, gen.last + 2) or next((a for a in after if a.first == gen.last + 2), None)
        return freed if freed is not None else gen
    if _tanween_person(words[gen.last + 1]):
        # «خطف قوة إسرائيلية راعياً»: a person noun written with the accusative's tanween right after the genitive,
        # whoever that genitive is, is the masdar's object
        return _victim_phrase(words, gen.last + 1, len(words)) or gen
    vague = frame_cues()["vague_counts"]
    counted_after = _counted(words, gen.last + 1) or nxt in vague
    if gen.actor is None and pronoun_of(words, gen) is None and not (
            (words[gen.first].norm.startswith("ال") or matches_form(words[gen.first].norm, cues()["actor_heads"]))
            and counted_after):
        # (a definite genitive or an armed group with people counted after it is its agent too: «اختطاف الجماعة عدداً
        # من الفتيات»، «اعتقال القوات الحكومية عشرات الشبان»، «احتجاز مسلحي التنظيم خمسة مدنيين»)
        return None
    if nxt in QUOTE_MARKS and gen.last + 2 < len(words) and _accusative_person(words[gen.last + 2]):
        # «اعتقال «فيلق الرحمن» قيادياً في الجيش»: a person noun in the accusative after the quoted genitive is the
        # masdar's object, the genitive its agent
        return _victim_phrase(words, gen.last + 2, len(words)) or gen
    if _accusative_person(words[gen.last + 1]):
        return _victim_phrase(words, gen.last + 1, len(words)) or gen
    if gen.last + 1 in place_starts or nxt in cues()["target_heads"]:
        # «استهداف حزب الله مدينة نهاريا»، «قصف الجيش مواقع …»: the masdar's object follows its genitive subject
        return gen
    c = gen.last + 1
    while c < min(len(words) - 1, gen.last + 4) and words[c].norm in _COUNT_HEDGES:
        c += 1  # («اعتقال قطعات الجيش نحو عشرين شاباً»، «… أكثر من ثلاثين شخصاً»: the count after its hedge)
    if _counted(words, c) or words[c].norm in vague or (dual_noun(nxt) and nxt[:-2] in victim_singulars()):
        # «اختطاف مسلحين مجهولين شابين من القرية»، «اعتقال «الجهاز» ثلاثة من المنظمين»: the people in the accusative
        # after the genitive are the masdar's object, the genitive its agent
        counted = counted_victim_at(words, gen.last + 1)
        if counted is not None:
            return counted
        phrase = _victim_phrase(words, gen.last + 1, len(words))
        if phrase is not None:
            return phrase
    k = gen.last + 1
    while k < min(len(words) - 1, gen.last + 3) and words[k].kind == "word" and definite_adjective(words[k]):
        k += 1  # («استهداف مليشيا الدعم السريع المتمردة بمسيّرة …»: the genitive's adjective first)
    if words[k].norm[:1] == "ب" and matches_form(words[k].norm, WEAPONS):
        # «استهداف قوات النظام بطائرة مسيّرة خيمةً»، «قصف الجيش بالمدفعية …»: who uses the weapon is the agent —
        # but a genitive headed by a noun of one person is whom it was used on («اغتيال قيادي في حزب الله بغارة»)
        return None if proclitic_in(words[gen.first].norm, _person_singulars(), "و") else gen
    if nxt in ("علي", "ضد") and gen.last + 2 < len(words) and (
        words[gen.last + 2].norm not in frame_cues()["not_a_target_after_ala"]
    ):
        # «قصف قوات النظام على حي القدم»، «غارات التحالف ضد داعش»: على/ضد marks the target
        obj = next((a for a in after if a.first == gen.last + 2), None)
        return obj if obj is not None else gen
    if not nxt.startswith("ل") or nxt in ("لدي", "لكن", "لم", "لن", "لا", "له", "لها", "لهم"):
        return None
    obj = next((a for a in after if a.first == gen.last + 1), None)
    return obj if obj is not None else gen


def _inside_news_of(words: list[Word], subj: Arg, trig: Trigger) -> bool:
    """Does actor ``subj`` stand inside a phrase of news told about the noun ``trig`` — a news noun before it and «عن»
    between it and the noun, in one clause («وتدور أحاديث في أوساط ناشطين في المدينة عن جولة مفاوضات …»، «وتتحدث
    أنباء يتداولها الأهالي عن وصول تعزيزات …»)?"""
    if not any(words[m].norm == "عن" for m in range(subj.last + 1, trig.first)):
        return False
    for k in range(subj.first - 1, max(-1, subj.first - 8), -1):
        w = words[k].norm
        if w in NEWS_NOUNS:
            return not clause_break(words, k, trig.first)
        if w in CLAUSE_ENDS or w in (",", "،"):
            return False
    return False


def _circumstance_of_verb(words: list[Word], trig: Trigger, subj: Arg, others: list[Trigger]) -> bool:
    """The noun trigger is a prepositional phrase saying how or why a verb trigger before ``subj`` happened
    («قتل ثلاثة مدنيين في غارة») or a casualty word before ``subj`` («أصيب خمسة مدنيين بجروح في قصف»):
    ``subj`` belongs to that verb (its subject or, in the passive reading, its victim), not to the noun as
    the subject of a light verb."""
    # only these prepositions: «هددت موسكو بالانسحاب» (بـ) is the complement of the verb, sharing its subject;
    # «في عملية إطلاق نار»: a generic noun may stand between
    preps = frame_cues()["circumstance_preps"]
    k = trig.first - 1
    if k > 0 and words[k].norm in frame_cues()["operation_nouns"]:
        k -= 1
    if not (k >= 0 and words[k].norm in preps):
        # «مقتل ثلاثة من «الحشد الشعبي» بهجوم على …»: بـ written on the noun, after a casualty word (not the
        # complement of a verb: «هددت موسكو بالانسحاب»)
        w = words[trig.first].norm
        if not (w[:1] == "ب" and not norm(trig.lemma).startswith("ب") and trig.first == subj.last + 1 + sum(
                1 for x in words[subj.last + 1 : trig.first] if x.norm in _QUOTES)):
            return False
        return flags_of(words).first(cues()["casualty"], max(0, subj.first - 4), subj.first) is not None
    if any(o.pos == "v" and o.last < subj.first and subj.first - o.last <= 4 for o in others):
        return True
    lo = max(0, subj.first - 4)
    return flags_of(words).first(cues()["casualty"], lo, subj.first) is not None  # «أصيب خمسة مدنيين … في قصف»


def _bare_singular_after_preposition(w: str) -> bool:
    """A lone indefinite singular actor noun glued to بـ/لـ («بقوة»، «لقوة»): an adverb or an abstract
    noun (strongly, to the strength of), not an armed force."""
    return (w[:1] in ("ب", "ل") and not w[1:].startswith(("ال", "ل")) and w.endswith("ه")
            and not w.endswith(("ات", "ون", "ين")))


def _masdar_form(words: list[Word], trig: Trigger) -> bool:
    """Is a verb-entry trigger written with a preposition or the article («بقتل»، «للقصف»، «القصف»), or
    after a preposition («في قصف»)?
    Then it is the masdar, a noun: «قام الجنود بقتل المدنيين» (its genitive is its patient)."""
    w = words[trig.head].norm
    lemma = norm(trig.lemma)
    if w == lemma and trig.head > 0 and words[trig.head - 1].norm in frame_cues()["noun_governing_preps"]:
        return True  # «في قصف»، «جراء قصف»: a preposition never governs a verb
    if w == lemma and trig.head + 1 < len(words) and _indefinite_nisba(words[trig.head + 1]):
        return True  # «قصف تركي يقتل …»، «قصف روسي على …»: the masdar with its nationality adjective
    if w.startswith(lemma) or (w[:1] in ("و", "ف") and w[1:].startswith(lemma)):
        return False
    bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    if bare.startswith(("ال", "لل")):
        return True
    if bare[:1] in ("ب", "ل") and len(bare) > 3:
        rest = bare[1:]
        if bare[0] == "ل" and rest[:1] in ("ي", "ت", "ن"):
            return False  # «ليقتل»: the purpose لـ before an imperfect verb
        # «بخطف»: بـ never precedes a verb; the rest is a form of a trigger of the same type
        return rest.startswith(lemma) or any(e.type == trig.type for e, _ in load_lexicon().words.get(rest, ()))
    return False


_GIVEN_BY = word_set("frames", "_GIVEN_BY")
_JOINT = word_set("frames", "_JOINT")


def _aid_givers(words: list[Word], trig: Trigger, cands: list[Arg]) -> list[Arg]:
    """The givers named after an aid noun within five words: «قافلة مساعدات مقدمة من X»، «مساعدات مرسلة من X»،
    «قافلة مشتركة بين X و Y» (both)."""
    for k in range(trig.last + 1, min(len(words) - 1, trig.last + 6)):
        w = words[k].norm
        nxt = words[k + 1].norm
        if w in _GIVEN_BY and nxt == "من":
            a = next((c for c in cands if k + 1 < c.first <= k + 3), None)
            return [a] if a is not None else []
        if w in _JOINT and nxt == "بين":
            sides = sorted([c for c in cands if k + 1 < c.first <= k + 10], key=lambda c: c.first)[:2]
            return sides if len(sides) == 2 else []
        if words[k].kind != "word" and w not in _QUOTES and w not in (",", "،"):
            return []
    return []


#: who receives aid, named after «على»: «وزعت سلالاً على نحو 600 عائلة نازحة»، «على العائلات المهجرة»
_RECEIVERS = word_set("frames", "_RECEIVERS")
_ABOUT_COUNT = word_set("frames", "_ABOUT_COUNT")


_PARTNERSHIP = word_set("frames", "_PARTNERSHIP")


def _partner(words: list[Word], a: Arg) -> bool:
    """Is ``a`` named after «بالتعاون/بالتنسيق/بالشراكة مع» (one who acts with the subject)?"""
    k = a.first - 1
    while k > 0 and words[k].norm in _QUOTES:
        k -= 1
    return k > 0 and words[k].norm == "مع" and words[k - 1].norm in _PARTNERSHIP


def _receiver_adjective(w: Word) -> bool:
    """An indefinite adjective after a receivers' noun («عائلة نازحة»، «مهاجر عالقين»): a feminine or plural form
    that is not a present-tense verb or a preposition."""
    x = w.norm
    return (w.kind == "word" and len(x) >= 4 and not x.startswith(("ال", "ي", "ت")) and x.endswith(("ه", "ين", "ون"))
            and x not in _PREPS and not matches_form(x, cues()["actor_heads"]))


def _aid_receivers(words: list[Word], trig: Trigger, why: list[str]) -> list[Arg]:
    """Who receives aid, named after «على» within twenty-five words: a count or a definite noun of people
    («على نحو 600 عائلة نازحة»، «على العائلات المهجرة»); the reason is added to ``why``."""
    for k in range(trig.last + 1, min(len(words), trig.last + 26)):
        w = words[k]
        if w.kind != "word" and w.norm in CLAUSE_ENDS:
            return []
        if w.norm not in ("علي", "على"):
            continue
        end = _receivers_np(words, k + 1)
        if end is not None:
            why.append("«على X» after the aid: who received it")
            return [Arg(start=words[k + 1].start, end=words[end].end, text="", first=k + 1, last=end, kind="actor",
                        origin="chunk")]
    return []


def _receivers_np(words: list[Word], j: int, head: str | None = None) -> int | None:
    """End index of a phrase of aid receivers starting at word ``j``: counts («نحو ألفي»، «مئات»), then a noun of
    people («عائلة»، «النازحين»; ``head``: that noun's form without a preposition glued to it) and what continues it."""
    start = j
    while j < len(words) and head is None and (words[j].norm in _ABOUT_COUNT or _counted(words, j)
                                               or count_word(words[j].norm)):
        j += 1
    if j >= len(words) or words[j].kind != "word" or (head or words[j].norm) not in _RECEIVERS:
        return None
    bare = head if j == start and head is not None else words[j].norm
    return j + 1 if j + 1 < len(words) and (_np_continues(words[j + 1], False) or (
        not bare.startswith("ال") and _receiver_adjective(words[j + 1]))) else j


#: what aid is sent to, before its receivers or their place: «قافلة … إلى مخيمات النازحين»، «إرسال قافلة إلى قطاع غزة»
_SENT_TO = frozenset({"الي"})
#: nouns of where receivers gather, before them («إلى مخيمات النازحين»، «تجمعات النازحين»)
_RECEIVERS_AT = frozenset({"مخيمات", "مخيم", "تجمعات", "تجمع", "مراكز", "مركز"})


def aid_destination(words: list[Word], trig: Trigger, places: Sequence[Arg], times: Sequence[Arg] = ()) -> Arg | None:
    """Who an aid with no «على X» receiver goes to, within twenty words after it and before a sentence break: the
    people it is meant for («مخصصة لأهالي المدينة»، «لإغاثة الأسر المتضررة»، «للنازحين»), else what it is sent to
    with «إلى» — people («إلى أهالي المخيم»، «إلى مخيمات النازحين») or the place named right after it («إلى
    مدينة دوما»، «إلى قطاع غزة»), whose people receive it; for an aid noun, also «إلى X» right before it («ووصلت إلى
    مستشفى البلدة قافلة أدوية»), a time between them too («وصلت إلى درنة، ظهر اليوم، قافلة …»، «ولم تصل إلى مشفى
    السقيلبية حتى مساء اليوم شحنة الأدوية»)."""
    sent: Arg | None = None
    for k in range(trig.last + 1, min(len(words), trig.last + 21)):
        w = words[k]
        if w.kind != "word":
            if w.norm in CLAUSE_ENDS:
                break
            continue
        x = w.norm
        if x in ("لاغاثه", "لاغاثة") and k + 1 < len(words) and (end := _receivers_np(words, k + 1)) is not None:
            return Arg(start=words[k + 1].start, end=words[end].end, text="", first=k + 1, last=end, origin="chunk")
        if x[:1] == "ل" and len(x) >= 4:
            head = "ال" + x[2:] if x.startswith("لل") else x[1:]
            end = _receivers_np(words, k + 1) if count_word(head) and k + 1 < len(words) else _receivers_np(words, k, head)
            if end is not None:  # (a count with لـ: «لبعض اللاجئين»، «لمئات العائلات»)
                skip = 2 if x.startswith("لل") else 1
                return Arg(start=w.start + skip_letters(w.text, 0, skip) if w.text else w.start, end=words[end].end,
                           text="", first=k, last=end, origin="chunk")
        if sent is None and x in _SENT_TO and k + 1 < len(words):
            j = k + 1
            if words[j].norm in _RECEIVERS_AT and j + 1 < len(words) and words[j + 1].norm in _RECEIVERS:
                j += 1
            end = _receivers_np(words, j)
            if end is not None:
                sent = Arg(start=words[k + 1].start, end=words[end].end, text="", first=k + 1, last=end, origin="chunk")
                continue
            place = next((p for p in places if p.first == k + 1), None)
            if place is not None:
                sent = replace(place, origin="destination")
    if sent is None and trig.pos != "v":
        # where the aid arrived, named right before it: «ووصلت صباح اليوم إلى مستشفى البلدة قافلة أدوية» (a place or
        # people after «إلى» ending right before the aid noun, or before at most two adjectives: «الميداني»; a time
        # between them is passed over)
        first = _before_time_between(words, trig.first, times)
        for k in range(first - 2, max(-1, first - 11), -1):
            if words[k].kind != "word":
                break
            if words[k].norm in _SENT_TO:
                end = _receivers_np(words, k + 1)
                if end is not None and end == first - 1:
                    return Arg(start=words[k + 1].start, end=words[end].end, text="", first=k + 1, last=end,
                               origin="chunk")
                place = next((p for p in places if p.first == k + 1 and p.last < first and first - p.last <= 3
                              and all(definite_adjective(w) for w in words[p.last + 1 : first])), None)
                return replace(place, origin="destination") if place is not None else None
    return sent


def _before_time_between(words: list[Word], k: int, times: Sequence[Arg]) -> int:
    """Word ``k``, or the start of a time that ends right before it — set off by commas («، ظهر اليوم، قافلة»), or
    not, with «حتى» before it («حتى مساء اليوم شحنة»)."""
    comma = k > 0 and words[k - 1].norm in (",", "،")
    end = k - 1 - comma
    t = next((t for t in times if t.last == end), None)
    if t is None:
        return k
    first = t.first
    if comma:
        return first - 1 if first > 0 and words[first - 1].norm in (",", "،") else k
    return first - 1 if first > 0 and words[first - 1].norm == "حتي" else first


def whoever_threatened(words: list[Word], trig: Trigger, others: Sequence[Trigger]) -> Arg | None:
    """Whom a threat with no named recipient is aimed at when it names them as «كل من + verb …» (whoever does
    something: «توعّدت الوزارة «كل من يعبث بأمن المدينة» بـ…»، «هدّد بـ«محاسبة كل من يفاوض باسم الأهالي»»), within
    twenty-five words after the trigger, in its sentence and before another verb trigger: from «كل» to the word before a
    quote mark, a comma, a lone «لـ/بـ» or the tenth word after «من»."""
    verbs = {o.first for o in others if o.pos == "v"}
    for k in range(trig.last + 1, min(len(words), trig.last + 26) - 2):
        if words[k].norm in CLAUSE_ENDS or k in verbs:
            return None  # (the end of the sentence, another verb's clause)
        if words[k].norm not in EVERY or words[k + 1].norm != "من":
            continue  # («كل من» opens the phrase)
        v = k + 2
        if words[v].norm in ("لا", "لم") and v + 1 < len(words):
            v += 1  # «كل من لا يعيد فتح محله»
        if words[v].kind != "word" or words[v].norm[:1] not in ("ي", "ت"):
            return None  # (a verb in the present: not «كل من الطرفين»)
        end = v
        for j in range(v + 1, min(len(words), v + 10)):
            w = words[j]
            if w.kind != "word" or w.norm in _QUOTES or w.norm in ("ل", "لـ", "ب", "بـ"):
                break
            end = j
        start = words[k].start + max(0, words[k].text.rfind("ك"))  # (from «كل»: not the «و/ل/ب» glued to it)
        return Arg(start=start, end=words[end].end, text="", first=k, last=end, kind="actor", origin="whoever")
    return None


#: quantifiers linking a subject noun to the actor of its genitive («ذوو أحد العناصر»، «أهالي بعض المعتقلين»)
_GENITIVE_LINKS = word_set("frames", "_GENITIVE_LINKS")
#: «تابع لـ» (belonging to) and its forms
BELONGING = word_set("frames", "BELONGING")


def _second_owner(words: list[Word], unit: Arg, a: Arg) -> bool:
    """Is ``a`` a second owner of ``unit``, joined by a lone «و» to the first one after a belonging word: «دوريات تابعة
    لـ«الشرطة» و«الأمن العام»» (only the owner's words, quote marks and «لـ» between, no comma or preposition)?"""
    k = unit.last + 1
    if k >= a.first or words[k].norm not in BELONGING:
        return False
    gap = [w for w in words[k + 1 : a.first] if w.norm not in _QUOTES]
    return (len(gap) >= 2 and gap[-1].norm == "و" and all(w.kind == "word" and w.norm not in _PREPS for w in gap)
            and gap[0].norm.startswith("ل"))


def _two_places_after(words: list[Word], bain: int, place_starts: frozenset[int]) -> tuple[Arg, Arg] | None:
    """The two places right after «بين» joined by «و» («بين باب التبانة وجبل محسن»), each of at most three words, the
    second ending at punctuation or a function word; else ``None``."""
    if bain + 1 not in place_starts:
        return None
    j = next((k for k in range(bain + 2, min(len(words), bain + 5)) if k in place_starts
              and words[k].norm[:1] == "و" and words[k].kind == "word"), None)
    if j is None or any(w.kind != "word" for w in words[bain + 1 : j]):
        return None
    end = j
    def ends(k: int) -> bool:  # (a word that cannot continue the name: punctuation, a preposition, a time)
        return (k >= len(words) or words[k].kind != "word" or words[k].norm in _PREPS
                or words[k].norm in _FUNCTION_AFTER_PLACE or time_word(words[k]) or k in place_starts)

    while end - j < 2 and not ends(end + 1):
        end += 1
    if not ends(end + 1):
        return None  # (the second side runs on: no plain name)
    first = Arg(start=words[bain + 1].start, end=words[j - 1].end, text="", first=bain + 1, last=j - 1,
                origin="place-side")
    second = Arg(start=words[j].start + 1, end=words[end].end, text="", first=j, last=end, origin="place-side")
    return first, second


#: words that may follow a place name and end it («… وجبل محسن منذ …»، «… وجبل محسن، التي …»)
_FUNCTION_AFTER_PLACE = word_set("frames", "_FUNCTION_AFTER_PLACE")


def _place_phrase_words(words: list[Word], place_starts: frozenset[int]) -> set[int]:
    """The ids of the words of the sentence's place phrases — the name's first two words and a «في/ب» or a settlement
    word before it («في بلدة بلودان»): words that may stand between a meeting noun and its «بين X و Y»."""
    return {id(words[j]) for ps in place_starts for j in range(max(0, ps - 2), min(len(words), ps + 2))
            if j >= ps or words[j].norm in ("في", "وفي", "ب") or words[j].norm in SETTLEMENT_HEADS}


def _joined(head: Arg, tail: Arg, who: Arg) -> Arg:
    """One actor spanning ``head`` … ``tail`` (a unit and its owner: «دورية تابعة لفرع …»، «وفد من ضباط …»), with the
    identity of ``who`` (its KB actor, kind, English name and data) and the origin of ``head``; text filled later."""
    return Arg(start=head.start, end=tail.end, text="", first=head.first, last=tail.last, kind=who.kind, actor=who.actor,
               name_en=who.name_en, origin=head.origin, data=dict(who.data))


def _affiliated(words: list[Word], unit: Arg, owner: Arg) -> bool:
    """Is ``owner`` what the phrase ``unit`` belongs to: «دورية تابعة لفرع «الأمن السياسي»»، «عناصر تابعين للفرقة
    الرابعة»، «مجموعة تتبع لـ …» (a belonging word right after the unit, then the owner, with لـ on it or on a
    branch noun before it)?"""
    k = unit.last + 1
    if (k + 1 < owner.first and words[k].kind == "word" and words[k].norm not in BELONGING and words[k + 1].norm in BELONGING
            and not words[k].norm.startswith(("ال", "و", "ب", "ل", "ف")) and words[k].norm not in _PREPS
            and unit.first == unit.last and not words[unit.last].norm.startswith(("ال", "وال"))):
        # «عناصر حاجز تابع لـ«الفرقة الرابعة»»: a bare noun in construct with its own genitive before the belonging word
        # (not «استهدفت الفصائل مواقع تابعة لـ…»: a definite subject takes no genitive; the noun is the object)
        k += 1
    if k >= len(words) or words[k].norm not in BELONGING:
        return False
    gap = [w for w in words[k + 1 : owner.first] if w.norm not in _QUOTES]
    if not gap:
        x = words[owner.first].norm
        return x.startswith("ل") or (k + 1 < owner.first and words[k + 1].norm in ("ل", "لـ"))
    return len(gap) == 1 and gap[0].norm.startswith("ل") and (len(gap[0].norm) > 2 or (
        k > unit.last + 1 and gap[0].norm in ("ل", "لـ")))


#: masdars of talking about something («لبحث»، «لمناقشة»): with لـ they give a meeting's purpose
_TALKS_ABOUT = word_set("frames", "_TALKS_ABOUT")


def _purpose_of_talks(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger «لبحث/لمناقشة X» (the purpose of a meeting): its genitive is the topic?"""
    w = words[trig.head].norm
    return w.startswith("ل") and w[1:] in _TALKS_ABOUT


def _indefinite_nisba(w: Word) -> bool:
    """An indefinite relational adjective of a country or a city («تركي»، «روسية»، «إسرائيلي»)."""
    x = w.norm
    return w.kind == "word" and not x.startswith("ال") and x.endswith(("ي", "يه")) and is_demonym(x)


#: a circumstantial clause set off by commas («إن المسلحين، وكانوا ثلاثة يستقلون سيارة، أطلقوا …»)
_CIRCUMSTANCE_OPENERS = frozenset({"وكانوا", "وكان", "وكانت", "وهم", "وهو", "وهي"})


def _before_circumstance(words: list[Word], pre: Arg, trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The actor right before a circumstantial clause set off by commas that holds ``pre`` and ends right before the
    verb («إن المهاجمين، وهم ثلاثة شبان، أطلقوا …»), or ``None``."""
    if trig.first < 2 or words[trig.first - 1].norm not in (",", "،"):
        return None
    k = next((k for k in range(pre.first - 1, max(0, pre.first - 8), -1) if words[k].norm in (",", "،")), None)
    if k is None or k + 1 >= len(words) or words[k + 1].norm not in _CIRCUMSTANCE_OPENERS or any(
            words[x].norm in (",", "،") for x in range(pre.last + 1, trig.first - 1)):
        return None
    return next((a for a in cands if a.last == k - 1), None)


#: intransitive phases of an act («توقف القصف»، «تجدد الاشتباكات»، «اشتداد المعارك»): no agent of the act before them
_LULLS = word_set("frames", "_LULLS")


def _words_outside_parenthetical(words: list[Word], lo: int, hi: int) -> int:
    """Content words strictly between ``lo`` and ``hi`` outside one parenthetical opened by a comma and في/خلال/عبر/ضمن,
    a relative pronoun or «وكانوا/وهم …» and closed by a comma («واتهمت الحركة، في بيان نشرته على صفحتها في «فيسبوك»،
    فرع «الأمن العسكري» …»، «والتقى المبعوث، الذي يزور دمشق منذ يومين، وزير الخارجية»);
    a large number when there is no such parenthetical."""
    opens = next((k for k in range(lo + 1, hi - 1) if words[k].norm in (",", "،") and (
        words[k + 1].norm in PARENTHESIS_OPENERS or words[k + 1].norm in RELATIVE_PRONOUNS
        or words[k + 1].norm in _CIRCUMSTANCE_OPENERS)), None)
    if opens is None:
        return 99
    closes = next((k for k in range(opens + 1, hi) if words[k].norm in (",", "،")), None)
    if closes is None:
        return 99
    inside = set(range(opens, closes + 1))
    return sum(1 for k in range(lo + 1, hi) if k not in inside and words[k].kind == "word")


#: «بمساندة X»، «بدعم X»: X backs the act (a partner of its agent), never its object
_BACKED_BY = frozenset(norm(w) for w in ("بمساندة", "بدعم", "بمشاركة", "بمؤازرة", "بإسناد", "بغطاء", "بتغطية", "بمساعدة"))

_ANSWER = frozenset(norm(w) for w in ("بالرد", "الرد", "للرد", "برد"))


def _answered_act_owner(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """«توعّدت الفصائل بالرد على أي تقدم بري لقوات الأسد»، «… على أي اعتداء من قوات النظام»: the one whose act a threat
    promises to answer — an actor after «لـ» or «من» at most four words after «الرد على», with only words between."""
    k = next((j for j in range(trig.last + 1, min(len(words) - 1, trig.last + 8))
              if words[j].norm in _ANSWER and words[j + 1].norm == "علي"), None)
    if k is None:
        return None
    for a in cands:
        if not k + 2 < a.first <= k + 6 or any(w.kind != "word" for w in words[k + 2 : a.first]):
            continue
        if words[a.first].norm[:1] == "ل" or words[a.first - 1].norm in ("من", "ل", "لـ"):
            return a
    return None


#: who attends a meeting («حضره»، «يحضرها»، «بحضور»، «وحضور»)
_ATTENDED = word_set("frames", "_ATTENDED")


def _attendees(words: list[Word], trig: Trigger, cands: list[Arg], src: list[Arg], others: list[Trigger]) -> Arg | None:
    """«عقد نواب المدينة اجتماعاً طارئاً في دارة المفتي، حضره رئيس الحكومة»، «… برئاسة المحافظ وحضور قادة الأجهزة
    الأمنية»، «يحضره للمرة الأولى ممثلون عن المسلحين»: who attends a meeting (a noun) the subject holds meets it — the first
    actor at most three words after «حضره/بحضور» (no punctuation between; «ممثلون عن X» with its X), itself at most
    fifteen words after the meeting, with no full stop, no other meeting and no «بين» between (a meeting «بين X و Y»
    has its sides: who attends it is a third party)."""
    for k in range(trig.last + 1, min(len(words), trig.last + 16)):
        if words[k].norm in (".", "؛", ";", "بين") or any(o.type == trig.type and o.first == k for o in others):
            return None
        if words[k].norm not in _ATTENDED:
            continue
        for a in cands:
            if k < a.first <= k + 3 and all(w.kind == "word" for w in words[k + 1 : a.first]) and not any(
                    b.first <= a.first <= b.last for b in src):
                if words[a.last].norm in ("عن", "من") and (
                        whose := next((b for b in cands if b.first == a.last + 1), None)) is not None:
                    return _joined(a, whose, a)
                return a
        return None
    return None


def _form_before(words: list[Word], first: int, reach: int, forms: frozenset[str]) -> bool:
    """Is one of ``forms`` among the ``reach`` words before word ``first``, with only words (no punctuation) between?"""
    for k in range(first - 1, max(-1, first - reach - 1), -1):
        if words[k].kind != "word":
            return False
        if words[k].norm in forms:
            return True
    return False


def _backing(words: list[Word], a: Arg) -> bool:
    """Is the actor in a «بمساندة/بدعم X» phrase (at most two words of it before the actor, no punctuation)?"""
    return _form_before(words, a.first, 3, _BACKED_BY)


#: «عن» with a pronoun (a release «أُفرج عنه»)
FROM_HIM = frozenset({"عنه", "عنها", "عنهم", "عنهما", "عنهن"})


def _object_before_content(words: list[Word], trig: Trigger, lo: int, a: Arg) -> bool:
    """After a subject with a longer tail and one parenthetical, is the actor the object of a verb of threatening or
    accusing, told by the «بـ» of what it is threatened with or accused of right after it («توعّد قائد عمليات صلاح
    الدين في «الحشد»، خلال تشييع القتلى، منفّذي الهجوم بـ«ملاحقتهم»»)?  The subject's tail (at most five words
    outside the parenthetical) holds no «بـ» phrase of its own."""
    if trig.type not in ("THREATEN", "ACCUSE") or trig.pos != "v" or a.last + 1 >= len(words):
        return False
    k = a.last + 1
    while k < len(words) - 1 and words[k].norm in QUOTE_MARKS:
        k += 1
    if words[k].norm[:1] != "ب" or _words_outside_parenthetical(words, lo, a.first) > 5:
        return False
    tail = next((k for k in range(lo + 1, a.first) if words[k].norm in (",", "،")), a.first)
    return not any(w.norm[:1] == "ب" for w in words[lo + 1 : tail])


def _set_off(words: list[Word], a: Arg) -> bool:
    """Does the actor stand inside a parenthetical between commas that opens with one of :data:`PARENTHESIS_OPENERS`
    («وتفقّد المحافظ، يرافقه عدد من أعضاء المكتب التنفيذي، الجرحى»: those who came along)?"""
    k = next((j for j in range(a.first - 1, max(-1, a.first - 8), -1) if words[j].norm in (",", "،", ".", ";", ":")), None)
    if k is None or words[k].norm not in (",", "،") or words[k + 1].norm not in PARENTHESIS_OPENERS or contrast_at(
            words, k + 1):  # («، في حين نفت قيادة الشرطة …»: a clause, whereas)
        return False
    return any(w.norm in (",", "،") for w in words[a.last + 1 : a.last + 8])


def _inside_parenthetical(words: list[Word], lo: int, a: Arg) -> bool:
    """Does the candidate stand inside a parenthetical opened after ``lo`` by a comma and في/خلال/عبر/ضمن and not yet
    closed («توعّد رئيس الأركان، خلال جولة تفقدية على قوات منتشرة …، حزب الله»: the forces are not the object)?"""
    opens = next((k for k in range(lo + 1, a.first - 1) if words[k].norm in (",", "،")
                  and words[k + 1].norm in PARENTHESIS_OPENERS), None)
    if opens is None or any(words[k].norm in (",", "،") for k in range(opens + 1, a.first)):
        return False
    # an accusative after the comma that closes a time set off by commas is the object, the «في» phrase before it where
    # the act took place («واستقبل المحافظ، صباح اليوم، في مكتبه وفداً …»)
    return not (_TANWEEN_FATH in words[a.first].text and any(
        after_time_parenthetical(words, k) == opens + 1 for k in range(lo + 1, opens) if words[k].norm in (",", "،")))


def _definite(w: Word) -> bool:
    """Does the word carry the article?  «آلاف» normalises to «الاف» but is no «ال» + noun."""
    return w.norm.startswith("ال") and not w.text.startswith("آ")


def _noun_in_subject_slot(words: list[Word], trig: Trigger, subj: Arg, actors: list[Arg]) -> bool:
    """Is the word right after the verb (time words and adverbs skipped) a definite noun that is no actor,
    before the candidate subject?  Then that noun is the subject: «فقتلت المدرس هاني …»، «قصفت المدفعية مواقع …»."""
    k = trig.last + 1
    while k < subj.first and (time_word(words[k]) or adverb(words[k])):
        k += 1
    if k >= subj.first:
        return False
    x = words[k].norm
    stop = cues()["stop_words"]
    if not (words[k].kind == "word" and _definite(words[k]) and len(x) > 3 and x not in stop
            and not any(a.first <= k <= a.last for a in actors)):
        return False
    # the actor must hang on that noun (its genitive or apposition, «مواقع المسلحين»), not stand after a preposition
    # or an exceptive («لم يحضر الاجتماع مع الجانب الروسي سوى ممثلين»: there the noun is the object)
    gap = [w for w in words[k + 1 : subj.first] if w.norm not in _QUOTES]  # («واتهم المصدر «المجموعات الإرهابية» …»)
    if len(gap) <= 2 and all(w.kind == "word" and w.norm not in stop and w.norm not in _PREPS for w in gap):
        return True
    # «قصفت المدفعية التركية، صباح اليوم، مواقع …»: the noun and its adjectives, then a time (bare or set off by
    # commas) or a statement set off by commas — the actor after it is the object
    j = k + 1
    while j < subj.first and words[j].kind == "word" and _definite(words[j]) and definite_adjective(words[j]):
        j += 1
    if j >= subj.first:
        return False
    t = j
    if words[j].norm != "من":  # («العشرات من أبناء …»: «من» opens the noun's group, no time)
        while t < subj.first and (time_word(words[t]) or adverb(words[t])):
            t += 1
    return subj.first in {t, after_time_parenthetical(words, j), _after_statement_parenthetical(words, j)} - {j}


def _genitive(words: list[Word], a: Arg) -> bool:
    """Does the actor follow a noun (written with ة/tanween or the article), as its genitive («ملاحقة عناصر التنظيم»)?"""
    k = _word_before(words, a.first)
    if k < 0:
        return False
    w = words[k]
    if w.kind == "word" and (w.norm in _ENVOYS or w.norm in _PLACE_PARTS):
        # «موفد بوتين»، «مبعوث الرئيس»: a title noun in construct with the actor; «عند أطراف كراجات العباسيين»،
        # «في محيط مقر الفرقة»: a part of a place, whose genitive is where, no subject
        return True
    return w.kind == "word" and (w.noun_ending or (_definite(w) and w.norm not in cues()["stop_words"]))


#: title nouns that take the actor they serve as their genitive («موفد بوتين»، «وزير خارجية …»)
_ENVOYS = word_set("frames", "_ENVOYS")
#: parts of a place, nouns in construct with what follows («أطراف البلدة»، «محيط المطار»، «وسط المحتجين»)
_PLACE_PARTS = word_set("frames", "_PLACE_PARTS")


#: demonstratives that may stand between a noun and its genitive («بخروج تلك القوات»)
_DEMONSTRATIVES = word_set("frames", "_DEMONSTRATIVES")


def _after_bi_masdar(words: list[Word], a: Arg) -> bool:
    """Is the actor the genitive of a noun glued to بـ/لـ («طالبت بإسقاط الجولاني»، «دعا لمحاسبة المسؤولين»)?
    بـ and لـ never come before a verb, so the word is a masdar and the actor belongs to it, not to the verb."""
    if a.first == 0:
        return False
    if a.first >= 2 and words[a.first - 1].norm in _DEMONSTRATIVES:
        # «طالبت بخروج تلك القوات»: a demonstrative between the masdar and its genitive
        return _after_bi_masdar(words, replace(a, first=a.first - 1))
    w = words[a.first - 1]
    n = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 5 else w.norm
    if w.kind == "word" and a.first >= 3 and words[a.first - 2].kind != "word" and words[a.first - 2].norm not in (
            ",", ".", ":") and words[a.first - 3].norm == "ب":
        return True  # «تعهّدت بـ«ملاحقة الإرهابيين»»: بـ set apart, the masdar after a quotation mark
    return (w.kind == "word" and n[:1] in ("ب", "ل") and len(n) >= 5 and not n[1:].startswith(("ال", "ل"))
            and n not in frame_cues()["bi_words_not_masdars"] and n not in cues()["stop_words"])


#: types whose verb takes its content after بـ («وعد بـ…»، «طالب بـ…»، «رفض …»)
_CONTENT_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "SUPPORT"})


def _inside_content(words: list[Word], trig: Trigger, src: list[Arg], a: Arg) -> bool:
    """Is the actor inside the content of a promise, demand or refusal that opens with بـ right after the verb (or
    its subject): «ووعد بـ«رفع مطالبهم إلى وزارة النفط»»، «طالبوا بالإفراج عن المعتقلين لدى الأمن»?  An actor
    that comes after the opener and a word of the content belongs to it, not to the verb."""
    o = src[0].last + 1 if src and src[0].first > trig.last else trig.last + 1
    if o >= a.first - 1 or o >= len(words) or words[o].kind != "word":
        return False
    w = words[o].norm
    n = w[1:] if w[:1] in ("و", "ف") and len(w) > 5 else w
    if n in ("ب", "بـ"):
        return True
    return n[:1] == "ب" and len(n) >= 5 and n not in frame_cues()["bi_words_not_masdars"] and n not in cues()["stop_words"]


def _agrees_with_relative(relative: str, agreement: str | None) -> bool:
    """Does a verb with ``agreement`` (:func:`_agreement`) agree with the antecedent the relative pronoun shows
    («الذي» a masculine singular, «التي» a feminine or a plural of things, «الذين» a plural of people)?  (An unread
    form agrees.)"""
    if agreement is None:
        return True
    if relative == "الذين":
        return agreement == "p"
    if relative == "التي":
        return agreement == "f"
    return agreement == "m"


def _place_tail(words: list[Word], lo: int, hi: int, place_starts: frozenset[int]) -> bool:
    """Are the words ``lo`` … ``hi - 1`` a place phrase after a noun: «لـ/في/بـ» (or a settlement word with one) and
    the place name («لمدينة الباب»، «في ريف حماة»)?"""
    if lo >= hi or any(w.kind != "word" for w in words[lo:hi]):
        return False
    first = words[lo].norm
    opens = first in ("في", "ب") or (first[:1] in ("ل", "ب") and first[1:] in SETTLEMENT_HEADS)
    return opens and any(k in place_starts for k in range(lo, hi))


def _name_tail(words: list[Word], lo: int, hi: int, place_starts: frozenset[int], *, quoted: bool = False) -> bool:
    """Are the words ``lo`` … ``hi - 1`` (at most three) the end of a body's name that its mention leaves out:
    definite adjectives and definite words joined by «و» («السورية»، «والمغتربين السورية»), or the place the body
    is of, as a genitive right after it, a settlement word before it or not («محافظة النجف»، «الأنبار»)?  Inside the
    marks of a quoted name (``quoted``) a settlement word opens its place («لجنة مهجّري مخيم اليرموك»: no place is
    read inside a name's marks)."""
    if lo >= hi or hi - lo > 3 or any(w.kind != "word" for w in words[lo:hi]):
        return False
    if lo in place_starts or (lo + 1 in place_starts and words[lo].norm in SETTLEMENT_HEADS):
        return True
    if quoted and words[lo].norm in SETTLEMENT_HEADS and hi - lo >= 2:
        return True
    return all(definite_adjective(w) or (w.norm.startswith("وال") and len(w.norm) > 5) for w in words[lo:hi])


def _relative_before_verb(words: list[Word], trig: Trigger) -> tuple[int, int] | None:
    """The word range ``(first, end)`` of a relative clause set off by commas right before the verb («ومحافظ ديالى،
    الذي وصل إلى خانقين صباح اليوم …، زار المخيم»): a comma right before the verb closes it, and «، الذي/التي/الذين»
    opens it within thirty words, with no other comma or sentence punctuation between; ``None`` when there is none."""
    if trig.first < 4 or words[trig.first - 1].norm not in (",", "،"):
        return None
    for k in range(trig.first - 2, max(1, trig.first - 32), -1):
        w = words[k]
        if w.kind != "word" and w.norm not in _QUOTES:
            return None
        if w.norm in RELATIVE_PRONOUNS:
            return (k, trig.first - 1) if words[k - 1].norm in (",", "،") else None
    return None


def _relative_after_subject(words: list[Word], trig: Trigger, actors: list[Arg]) -> tuple[int, int] | None:
    """The word range ``(first, end)`` of a relative clause set off by commas right after the subject that follows a
    verb («رفضت «غرفة عمليات فتح حلب»، التي تضم معظم الفصائل العاملة في المدينة، العرض الروسي»), closed by a comma
    within twenty words; ``None`` when there is none."""
    k = trig.last + 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    subj = next((a for a in actors if a.first == k), None)
    if subj is None:
        return None
    j = subj.last + 1
    if k > trig.last + 1:  # a quoted name: the clause follows its closing mark (the tagger may end the name before a
        # place inside the marks: «غرفة عمليات فتح حلب»)
        j = next((m + 1 for m in range(subj.last + 1, min(len(words), subj.last + 6)) if words[m].norm in _QUOTES), j)
    while j < len(words) and words[j].norm in _QUOTES:
        j += 1
    if not (j + 1 < len(words) and words[j].norm in (",", "،") and words[j + 1].norm in RELATIVE_PRONOUNS):
        return None
    end = next((m for m in range(j + 2, min(len(words), j + 22)) if words[m].norm in (",", "،")), None)
    if end is None or any(w.kind == "punct" and w.norm in (".", ":", ";", "؛") for w in words[j + 2 : end]):
        return None
    return j + 1, end


def _in_relative_clause(words: list[Word], a: Arg) -> bool:
    """Is the actor the subject of a relative clause just before it («الجرائم التي ترتكبها داعش»)? Then it
    is not the subject of a verb coordinated with the main clause («… واتفقوا»)."""
    rel = cues()["relative"]
    return any(words[k].norm in rel for k in range(max(0, a.first - 3), a.first))


def _coordinated(words: list[Word], trig: Trigger) -> bool:
    """Is a verb trigger joined to the clause before by و/ف (وخطفوا، فقتلت، واحتجزت) or «ثم»?"""
    w = words[trig.first].norm
    if trig.pos == "v" and trig.first > 0 and words[trig.first - 1].norm in ("ثم", "وثم"):
        return True  # «جال الوزير على المستشفى …، ثم التقى محافظ بعلبك»: «ثم» joins it as «و» does
    return trig.pos == "v" and w[:1] in ("و", "ف") and not w.startswith(norm(trig.lemma)) and trig.first > 0


def _opening_verb_subject(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The subject of a sentence that opens with a feminine past verb and its subject, for a feminine verb of force
    joined later to the clauses before (by و/ف, «كما» or «ثم») with no subject of its own in reach: «وفرضت قوات
    الاحتلال، فجر اليوم، طوقاً على البلدة …، فأغلقت مداخلها …، كما اقتحمت منزلي عائلتي الشابين واعتقلت شقيق
    أحدهما».  Not past a complementizer with its own subject or a contrast («فيما/بينما»)."""
    if trig.pos != "v" or trig.type not in _FORCE_TYPES or trig.first < 3:
        return None
    if not (_coordinated(words, trig) or words[trig.first - 1].norm in ("كما", "وكما")):
        return None
    if _agreement(words[trig.head].norm, trig.lemma) != "f":
        return None
    opener = words[0].norm[1:] if words[0].norm[:1] in ("و", "ف") else words[0].norm  # (not lstrip: «وفرضت»)
    if words[0].kind != "word" or words[0].noun_ending or opener.startswith("ال") or len(opener) < 4 or not (
            opener.endswith("ت") and not opener.endswith(("ات", "يت", "وت"))):
        return None  # (a feminine past verb: «وفرضت»، «فاقتحمت»)
    subj = next((a for a in cands if (a.first == 1 or (a.first == 2 and words[1].norm in _QUOTES))
                 and a.last < trig.first and _bare(words, a)), None)
    if subj is None or clause_break(words, subj.last, trig.first) or any(
            contrast_at(words, k) for k in range(subj.last + 1, trig.first)):
        return None
    return subj


def _plural_form(w: Word) -> bool:
    """A past verb in the masculine plural, bare or with an object pronoun («وطالبوا»، «رفعوا»، «واقتادوه»)."""
    x = w.norm.removeprefix("ثم").lstrip("وف")
    return w.kind == "word" and not w.noun_ending and len(x) >= 4 and (
        x.endswith("وا") or (len(x) >= 5 and x.endswith(("وه", "وها", "وهم"))))


def _plural_chain_start(words: list[Word], k: int) -> int:
    """The first verb of the chain of plural verbs that ends at word ``k`` (each within 25 tokens of the next, in one
    sentence, a quotation between them skipped: «رفعوا خلاله لافتات كُتب عليها «…»، وطالبوا»), or ``k``."""
    while True:
        j, x = None, k - 1
        while x >= max(0, k - 25):
            if words[x].norm in (".", "!", "?", "؟", ":", ";"):
                break
            if words[x].text in CLOSING_QUOTES:  # (a quotation is skipped whole)
                x = next((y for y in range(x - 1, max(-1, x - 25), -1) if words[y].text in OPENING_QUOTES), x) - 1
                continue
            if _plural_form(words[x]):
                j = x
                break
            x -= 1
        if j is None:
            return k
        k = j


def _next_clause_verb(words: list[Word], trig: Trigger, k: int, others: list[Trigger]) -> bool:
    """Is the agent verb at ``k`` the verb of the next clause, with an act of another kind as its object, not a
    relative verb of the trigger noun: a punctuation mark between them, no object pronoun on it, another type's
    trigger after it («وبعد ساعات من انتهاء الاجتماع، شنّت طائرات حربية … غارة»: the planes launched the strikes,
    not the meeting; but «… الهجوم، الذي نفّذه …»، «وبالتزامن مع المداهمة، نفّذت الأجهزة الأمنية حملة مداهمات»)?"""
    return not words[k].norm.endswith(("ه", "ها", "هم", "هما")) and any(
        words[j].kind != "word" and words[j].norm not in _QUOTES for j in range(trig.last + 1, k)) and any(
        o.type != trig.type and k < o.first <= k + 20 for o in others)


#: words that open a clause of their own after a comma («، وأن …»، «، فيما …»)
_CLAUSE_OPENING = word_set("frames", "_CLAUSE_OPENING")


def _clause_opened_between(words: list[Word], a: int, b: int) -> bool:
    """Does a comma followed by a clause opener («وأن»، «فيما»، «بينما» …) stand between word ``a`` and word ``b``?"""
    return any(words[k].norm in (",", "،") and words[k + 1].norm in _CLAUSE_OPENING for k in range(a + 1, b - 1))


def _words_between(words: list[Word], a: int, b: int, *, marks: bool = True) -> int:
    """How many tokens stand between word ``a`` and word ``b``, not counting commas, the words of a time adverbial
    and «من جهتها/بدوره» («خرج مئات من أهالي بلدة الحراك، ظهر اليوم الأحد، في مظاهرة»: three).  ``marks=False``
    counts words only, no quotes either («واتهمت «الحكومة المؤقتة»، في بيان صدر اليوم، «قسد» …»: five)."""
    return sum(1 for k in range(a + 1, b)
               if (words[k].norm not in (",", "،") if marks else words[k].kind == "word")
               and not time_word(words[k]) and not _for_its_part(words, k))


#: «من جهته/جانبه/ناحيته»، «بدوره»: "for its part" between a subject and its verb
_FOR_ITS_PART = word_set("frames", "_FOR_ITS_PART")


def _for_its_part(words: list[Word], k: int) -> bool:
    """Is word ``k`` part of a "for its part" phrase («من جهتها»، «بدوره»)?"""
    x = words[k].norm
    if x == "من":
        return k + 1 < len(words) and words[k + 1].norm in _FOR_ITS_PART and not words[k + 1].norm.startswith("بدور")
    return x in _FOR_ITS_PART and (x.startswith("بدور") or (k > 0 and words[k - 1].norm == "من"))


def _too_far(words: list[Word], a: int, b: int) -> bool:
    """Is the subject at word ``a`` too far from a noun at ``b`` to be the subject of its light verb?  Eight
    words at most; further only when commas and a time adverbial make up the rest, leaving at most five words (a
    place genitive and a preposition), no subordinate clause starts in between («على أن يجري لقاء») and no
    accusative masdar governs the noun («أغلقوا، صباح اليوم، الطريق، احتجاجاً على اعتقال …»)."""
    if b - a <= 8:
        return False
    # (the particle of the pluperfect does not count: «وكانت قوات النظام قد شنّت، في السابع والعشرين من شباط
    # الماضي، غارات …»)
    particles = sum(1 for w in words[a + 1 : b] if w.norm == "قد")
    return _words_between(words, a, b) - particles > 5 or any(
        w.norm in _CLAUSE_OPEN or w.text.endswith(("اً", "ًا")) for w in words[a + 1 : b])


def _any_of_between(words: list[Word], last: int, first: int) -> bool:
    """Are the words between a noun and an actor «أي من» («ولم يُطلق سراح أيٍّ من المعتقلين»: any of them)?"""
    return first - last == 3 and words[last + 1].norm == "اي" and words[last + 2].norm == "من"


def _bare(words: list[Word], a: Arg) -> bool:
    return preposition(words, a) is None and not _assisting(words, a) and not _comprised(words, a)


#: present verbs of comprising: the actors after them are members of the noun before («وفد … يضم مسؤولين»); not the
#: past «ضم» after a meeting, whose members are its participants («عقدوا اجتماعاً ضم قياديين من الطرفين»)
_COMPRISING = word_set("frames", "_COMPRISING")


def _comprised(words: list[Word], a: Arg) -> bool:
    """Is the actor named right after «يضم/تضم» («وفد من المفوضية يضم مسؤولين عن …»)?  It lists who a group
    comprises: no subject or object of the clause's act."""
    k = a.first - 1
    while k >= 0 and words[k].norm in _QUOTES:
        k -= 1
    return k >= 0 and words[k].norm in _COMPRISING


_SUPPORT_WORDS = word_set("frames", "_SUPPORT_WORDS")
#: past verbs of bringing together after a meeting noun («لقاء جمع X و Y»، «اجتماع ضم X و Y»)
_BROUGHT_TOGETHER = word_set("frames", "_BROUGHT_TOGETHER")


def _brought_together(words: list[Word], trig: Trigger, cands: list[Arg]) -> tuple[Arg, Arg] | None:
    """The two sides of a meeting noun followed by «جمع/ضم» and, past a time set off by commas, two actors joined by
    «و» («عن لقاء جمع، ليل أمس، وجهاء من البيضاء وممثلين عن الجماعات المسلحة»): the first met the second. ``None``
    unless both are there (one group after «ضم» — «عقدوا اجتماعاً ضم قياديين من الطرفين» — leaves the subject of the
    light verb its own)."""
    k = trig.last + 1
    if k >= len(words) or words[k].norm not in _BROUGHT_TOGETHER:
        return None
    k += 1
    if k < len(words) and words[k].norm in (",", "،"):
        close = next((m for m in range(k + 1, min(len(words), k + 6)) if words[m].norm in (",", "،")), None)
        if close is None:
            return None
        k = close + 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    first = next((a for a in cands if a.first == k), None)
    if first is None:
        return None
    second = next((a for a in sorted(cands, key=lambda a: a.first) if first.last < a.first <= first.last + 6
                   and words[a.first].norm[:1] == "و" and all(w.kind == "word" for w in words[first.last + 1 : a.first])), None)
    return None if second is None else (first, second)


def _assisting(words: list[Word], a: Arg) -> bool:
    """Is the actor named after «بمساندة/بمشاركة/بدعم/بغطاء» (one word between at most: «بمساندة مروحيات
    «التحالف»»)?  It helps the subject; it is no subject or object of its own."""
    k = a.first - 1
    while k >= 0 and words[k].norm in _QUOTES:
        k -= 1
    return (k >= 0 and words[k].norm in _SUPPORT_WORDS) or (
        k >= 1 and words[k - 1].norm in _SUPPORT_WORDS and words[k].kind == "word")


def _accusative(words: list[Word], a: Arg) -> bool:
    """Is the phrase's head in the accusative: written with tanween alif («طلاباً») or an actor noun + ا («مسلحا»)?"""
    w = words[a.first]
    x = w.norm
    if not x.endswith("ا") or x.endswith("وا") or len(x) < 4:
        return False
    if x.endswith("ها") and _TANWEEN_FATH not in w.text:
        return False  # «أطلق عناصرها النار»: the pronoun «ها» (its members), no accusative alif
    if _TANWEEN_FATH not in w.text and a.first + 1 < len(words) and words[a.first + 1].kind == "word" and words[
            a.first + 1].norm.startswith("ال"):
        return False  # «وبحث وزيرا الخارجية الروسي والتركي …»: a dual in the construct state before its genitive
    return w.noun_ending or matches_form(x[:-1], cues()["actor_heads"])


def _oblique_plural(words: list[Word], a: Arg) -> bool:
    """Is the phrase's head an actor noun's sound plural in «ين» («المتظاهرين»، «مسلحين»): accusative or genitive, never
    a verb's subject (the nominative is «المتظاهرون»)?"""
    x = words[a.first].norm
    return x.endswith("ين") and len(x) >= 6 and matches_form(x[:-2] + "ون", cues()["actor_heads"])


# verbs whose object (or, in a plural/dual passive reading, counted subject) is the victim
_PATIENT_VERBS = word_set("frames", "_PATIENT_VERBS")
#: verbs whose subject may be the attack itself («قصف تركي يقتل امرأة»، «غارة تصيب ثلاثة»)
_HARM_VERBS = word_set("frames", "_HARM_VERBS")
# counted nouns that are not people: units of time, distance, money, weapons, repetitions
_NOT_VICTIMS = word_set("frames", "_NOT_VICTIMS")
_ABOUT = word_set("frames", "_ABOUT")
_CLAUSE_OPEN = frozenset({"ان", "انه", "إن", "أن", "و", "ف", "بان", "وان", "فان", "لان", "كما", "حيث"})


_is_number = StrMemo(lambda w: parse_words(w) is not None, 50_000)
"""Is a (normalised) word a number word («خمسة»، «ثلاثين»)?  Remembered per word."""


def count_word(w: str) -> bool:
    """Is the (normalised) word a count of more than one: a number word above one or a word of many («خمسة»،
    «عشرات»، «عدد من»، «بعض»)?  «أحد/إحدى» (one of) is one."""
    return (w in _PARTITIVE and w not in _ONE_OF) or (_is_number(w) and parse_words(w) != 1)


_ONE_OF = word_set("frames", "_ONE_OF")


def _counted(words: list[Word], k: int) -> bool:
    w = words[k]
    return w.kind == "number" or (w.kind == "word" and (_is_number(w.norm) or (
        w.norm in _TEEN_HEADS and k + 1 < len(words) and words[k + 1].norm in ("عشر", "عشره"))))


#: the first word of «اثنا/اثني عشر»، «إحدى عشرة» (eleven, twelve): a count only before «عشر/عشرة»
_TEEN_HEADS = frozenset({"اثنا", "اثني", "اثنتا", "اثنتي", "احد", "احدي"})


def _victim_phrase(words: list[Word], k: int, stop: int, origin: str = "victim") -> Arg | None:
    """The counted noun phrase that starts at word ``k``, before word ``stop`` (:func:`_victim_np`), as an argument."""
    end = _victim_np(words, k, stop)
    if end is None:
        return None
    return Arg(start=words[k].start, end=words[end].end, text="", first=k, last=end, origin=origin)


def _same_words(a: Arg, b: Arg) -> bool:
    """Do two arguments share words (their spans overlap)? One phrase cannot play both roles."""
    return a.start < b.end and b.start < a.end


#: nouns of traffic («حركة»، «سير»): what a closure or a ban bars is the traffic named with one
_TRAFFIC_NOUNS = word_set("frames", "_TRAFFIC_NOUNS")
_BEFORE = norm("أمام")


def _barred(words: list[Word], trig: Trigger) -> Arg | None:
    """The traffic a closure or a ban bars: a noun of traffic and what it governs, the trigger's own last word or right
    after it («حظر حركة الدراجات النارية»، «منع حركة السيارات»), or after «أمام» up to ten words later in the clause
    («إغلاق معبر رأس جدير أمام حركة المسافرين والبضائع»)."""
    k = trig.last if words[trig.last].norm in _TRAFFIC_NOUNS else trig.last + 1
    if not (k < len(words) and words[k].norm in _TRAFFIC_NOUNS):
        k = next((j + 1 for j in range(trig.last + 1, min(len(words) - 2, trig.last + 11))
                  if words[j].norm == _BEFORE and words[j + 1].norm in _TRAFFIC_NOUNS), -1)
        if k < 0 or any(w.norm in CLAUSE_ENDS for w in words[trig.last + 1 : k]):
            return None
    end = k
    while end + 1 < len(words) and end - k < 3 and words[end + 1].kind == "word" and (
            _np_continues(words[end + 1], True) or (words[end + 1].norm.startswith("وال") and len(words[end + 1].norm) > 4)):
        end += 1
    return Arg(start=words[k].start, end=words[end].end, text="", first=k, last=end, kind="actor",
               origin="chunk") if end > k else None


#: nouns of a death («وفاة»، «مقتل»): who died «تحت التعذيب» after one is the torture's victim
_DEATHS = word_set("frames", "_DEATHS")


def _died_under(words: list[Word], trig: Trigger) -> Arg | None:
    """Who died under the act, named after a noun of death up to ten words before «تحت» + the trigger («وفاة أحد
    المعتقلين تحت التعذيب»، «وفاة شاب من أبناء البلدة، اعتُقل في حملة سابقة، تحت التعذيب»)."""
    under = trig.first - 1
    if under < 1 or words[under].norm != "تحت":
        return None
    k = next((j for j in range(under - 1, max(-1, under - 11), -1) if proclitic_in(words[j].norm, _DEATHS, "و")), None)
    return None if k is None else _victim_phrase(words, k + 1, under)


def _victim_np(words: list[Word], k: int, stop: int) -> int | None:
    """End index of the counted noun phrase that starts at word ``k`` («بريطانيين»، «من عناصر الشرطة الأفغانية»)."""
    if k < stop and words[k].norm == "من":
        k += 1
    if k >= stop or words[k].kind != "word" or words[k].norm in _NOT_VICTIMS or words[k].norm in _PREPS:
        return None
    head = words[k].norm[1:] if words[k].norm[:1] in ("و", "ف") else words[k].norm
    if head in cues()["casualty"] or words[k].norm in cues()["casualty"]:
        return None  # «مقتل أربعة وإصابة سبعة»، «قتل 20 وأصيب 70»: a casualty word, not the victims' noun
    j = k
    while (j + 1 < stop and j - k < 2 and _np_continues(words[j + 1], False) and words[j + 1].norm not in _PREPS
           and not adverb(words[j + 1])):  # («إعدام القوات خمسة شبان ميدانياً»: how, not who)
        j += 1
    return j


def _dual_or_counted(words: list[Word], a: Arg) -> bool:
    """Is the actor phrase counted («ثلاثة صحافيين») or a dual noun («جنديان»، «شرطيين»)?"""
    head = words[a.first].norm
    if any(words[k].norm.endswith("ا") for k in range(a.first + 1, a.last + 1)):
        return False  # «مسلحان شرطيا»: an accusative object is inside the phrase, the head is a subject
    counted = a.first > 0 and _counted(words, a.first - 1)
    dual = not head.startswith("ال") and head.endswith(("ان", "ين")) and len(head) > 4 and not head.endswith("يين")
    return counted or dual


def _passive_agentive(words: list[Word], a: Arg) -> bool:
    """Is a bare actor (an object) right after the phrase, so that the phrase is the subject after all?"""
    j = a.last + 1
    while j < len(words) and j <= a.last + 2 and words[j].kind == "word" and _np_continues(words[j], False):
        j += 1
    return j < len(words) and words[j].kind == "word" and matches_form(words[j].norm, cues()["actor_heads"])


def _subject_end(words: list[Word], subj: Arg, cands: list[Arg]) -> int:
    """The last word of a subject with the owner it is «تابع لـ» («عناصر من فصيل تابع لـ«الجيش الوطني»», and a second
    owner joined by «و»), the body it is accredited to («مندوب سوريا الدائم لدى الأمم المتحدة»), or the body it is a
    member of and whom it represents («عضو في مجلس الشعب عن المحافظة»)."""
    for b in cands:
        gap = words[subj.last + 1 : b.first]
        if b.first > subj.last and len(gap) == 1 and gap[0].norm == "لدي":
            return b.last
        if b.first > subj.last and len(gap) <= 4 and gap and any(w.norm in BELONGING for w in gap) and all(
                w.norm in BELONGING or w.norm in _QUOTES or w.norm in ("ل", "لـ") for w in gap):
            # (and a second owner joined by «و»: «دوريات تابعة لـ«الشرطة» و«الأمن العام»»)
            return next((c.last for c in cands if c.first > b.last and [
                w.norm for w in words[b.last + 1 : c.first] if w.norm not in _QUOTES] == ["و"]), b.last)
    # «عضو في مجلس الشعب عن المحافظة»: a member of a body, for whom he sits (two such links at most)
    end = subj.last
    for _ in range(2):
        if end + 2 >= len(words) or words[end + 1].norm not in ("في", "عن"):
            break
        nxt = next((b for b in cands if b.first == end + 2 and b.kind != "place"), None)
        if nxt is None:
            break
        end = nxt.last
    return _past_bracketed_name(words, end)


def _past_bracketed_name(words: list[Word], end: int) -> int:
    """The end of a short name in brackets right after word ``end`` («قوات سوريا الديمقراطية («قسد»)»، «مكتب … لتنسيق
    الشؤون الإنسانية («أوتشا»)»: the subject's own short name), else ``end``."""
    if end + 2 < len(words) and words[end + 1].norm == "(":
        close = next((k for k in range(end + 2, min(len(words), end + 7)) if words[k].norm == ")"), None)
        if close is not None:
            return close
    return end


def _partitive_end(words: list[Word], subj: Arg, cands: list[Arg]) -> int:
    """The last word of a subject with the group it is part of right after «من» («وفد من وجهاء»), else its own."""
    if subj.last + 2 < len(words) and words[subj.last + 1].norm == "من":
        return next((b.last for b in cands if b.first == subj.last + 2), subj.last)
    return subj.last


def _past_place_phrase(words: list[Word], last: int, place_starts: frozenset[int]) -> int:
    """The end of a subject with the place after it («اللجنة العسكرية التابعة للجماعة في تعز، في بيان، …»): the word
    before the comma that closes «في + place» right after ``last`` (at most three words), else ``last``."""
    if last + 2 >= len(words) or words[last + 1].norm != "في" or last + 2 not in place_starts:
        return last
    for k in range(last + 3, min(len(words), last + 6)):
        if words[k].norm in (",", "،"):
            return k - 1
        if words[k].kind != "word":
            break
    return last


def _after_subject(words: list[Word], last: int, first: int) -> bool:
    """Does the phrase at ``first`` follow the subject ending at ``last`` with only quote marks between, or after a time
    set off by commas and at most three words («…»، مساء أمس، بالضرب على ثلاثة نازحين»)?"""
    j = last + 1
    while j < first and words[j].norm in _QUOTES:
        j += 1
    if j == first:
        return True
    if words[j].norm in _DESCRIBING_SUBJECT:
        j = _past_described_subject(words, j, first)
    elif words[j].norm in _WHERE_PREPS:
        # a short phrase of where before the time («اعتقل حاجز تابع للتنظيم على مدخل البلدة، أمس، خمسة رجال»، «… في
        # تنظيم «داعش»، مساء السبت، …»): the time's opening comma within five words, words and quote marks only between
        comma = next((c for c in range(j + 2, min(first, j + 7)) if words[c].norm in (",", "،")), None)
        if comma is not None and all(w.kind == "word" or w.norm in _QUOTES for w in words[j:comma]) and (
                after_time_parenthetical(words, comma) > comma):
            j = comma
    k = after_time_parenthetical(words, j)
    c = k
    while k > j and c < first and (words[c].norm in _COUNT_HEDGES or words[c].kind == "number" or count_word(words[c].norm)):
        c += 1
    if k > j and c == first and c > k:
        return True  # a count after the time: «، مساء السبت، ما لا يقل عن ثلاثين شخصاً»
    # (a «في» phrase of where may be longer: «واستقبل محافظ حماة، صباح اليوم، في مكتبه بمدينة حماة وفداً …», or set off
    # by commas of its own: «التقى رئيس اللجنة، ظهر اليوم، في مبنى المنطقة، عدداً من الوجهاء»)
    if k > j and k < first and words[k].norm == "في":
        comma = next((c for c in range(k + 2, min(first, k + 7)) if words[c].norm in (",", "،")), None)
        if comma is not None and all(w.kind == "word" for w in words[k:comma]):
            # (only a count's head between: «عدداً من»، not a clause of its own: «، وقال إن الأهالي …»)
            return 0 < first - comma <= 3 and not any(
                _conjoined(w) or w.norm in _SUBORD or w.kind != "word" for w in words[comma + 1 : first])
    reach = 5 if k < first and words[k].norm == "في" and all(w.kind == "word" for w in words[k:first]) else 3
    return k > j and 0 <= first - k <= reach


#: present verbs of a clause describing a verb's subject («مسلحون يستقلون سيارة»، «مسلحون يُرجَّح انتماؤهم إلى …»)
_DESCRIBING_SUBJECT = word_set("frames", "_DESCRIBING_SUBJECT")
def _past_described_subject(words: list[Word], k: int, stop: int) -> int:
    """Past a clause describing a verb's subject, opening at word ``k``, when a time set off by commas follows it
    («اختطف مسلحون مجهولون يستقلون سيارة «فان» رمادية، مساء الأحد الماضي، تاجراً …»، «اغتال مسلحون يُرجَّح انتماؤهم
    إلى خلايا التنظيم، مساء أمس، عضواً …»): the time's opening comma, within ten words and before ``stop``, words and
    quote marks only between; else ``k``."""
    comma = next((c for c in range(k + 2, min(stop, k + 11)) if words[c].norm in (",", "،")), None)
    if comma is not None and all(w.kind == "word" or w.norm in _QUOTES for w in words[k:comma]) and (
            after_time_parenthetical(words, comma) > comma):
        return comma
    return k


#: words that hedge a count («ما لا يقل عن»، «أكثر من»، «نحو»)
_COUNT_HEDGES = _ABOUT_COUNT | {"لا", "يقل"}
#: prepositions of where a short phrase after a subject may begin with («على مدخل البلدة»، «عند دوار …»)
_WHERE_PREPS = frozenset(norm(w) for w in ("على", "عند", "قرب", "في", "أمام", "داخل", "بالقرب"))


KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})


def pluperfect_with_subject(words: list[Word], trig: Trigger) -> bool:
    """«وكانت طائرة مسيرة قد استهدفت … سيارة تقل عناصر …»: a verb after «كان X قد» has its subject X before it,
    so an actor after the verb is no subject.  (Only with words between «كان» and «قد»: «كان قد استهدف» has none.)"""
    k = trig.first - 1
    if k < 2 or words[k].norm != "قد":
        return False
    return any(words[j].norm in KANA for j in range(max(0, k - 16), k - 1))


def victim_after(words: list[Word], trig: Trigger, src: list[Arg]) -> Arg | None:
    """A counted object after a killing/abduction verb: «خطفوا أربعة أوروبيين»، «قتلت 47 ارهابياً»."""
    k = trig.last + 1
    if src and src[0].first > trig.last:
        k = src[0].last + 1
        found = counted_victim_at(words, k)
        if found is not None:
            return found
        return counted_victim_at(words, _past_subject_tail(words, k))
    return counted_victim_at(words, k)


_TAIL_PUNCT = _QUOTES | {"،", ",", "(", ")"}
_TAIL_LINKS = frozenset({"في", "ل", "لـ", "تابعه", "تابع", "تابعين", "تابعون", "التابعه", "التابع", "التابعين"})


def _past_subject_tail(words: list[Word], k: int) -> int:
    """The first word after the rest of a subject phrase and a time parenthetical that may stand between a verb's
    subject and its object: definite words, quoted names, «في/لـ» before a definite or quoted name, commas around
    «أمس السبت» (the object then follows: «اعتقلت دوريات تابعة لـ«الشرطة العسكرية» في «الإدارة الذاتية»، أمس السبت،
    11 شاباً»).  Any other word ends the walk (returned as is)."""
    j, lim = k, min(len(words), k + 18)
    quoted = False
    while j < lim:
        w = words[j]
        x = w.norm
        if x in _QUOTES:
            quoted = not quoted if x == '"' else x in ("«", "“")
        if x in _TAIL_PUNCT or (time_word(w) and w.kind == "word") or (quoted and w.kind == "word"):
            j += 1
            continue
        if w.kind != "word":
            break
        if (x.startswith("ال") or (x.startswith(("لل", "بال", "وال")) and len(x) > 4)) and x not in cues()["relative"]:
            j += 1
            continue
        if x in _TAIL_LINKS and j + 1 < len(words) and (
                words[j + 1].norm in _QUOTES or words[j + 1].norm.startswith(("ال", "ل"))):
            j += 1
            continue
        break
    return j


#: the falling or blast of a weapon, between a circumstance preposition and the weapon noun («جراء سقوط قذائف»)
_FALLING_NOUNS = frozenset({"سقوط", "انفجار", "تساقط"})


def victims_of_attack_noun(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The victims of an attack noun named by a casualty verb before it: «أصيب ثمانية جنود في الهجوم»،
    «8 جنود أصيبوا في الهجوم»، «عنصرين من الشرطة قتلا في هجوم»، «استشهد مدنيان جراء القصف».  The noun comes
    right after a circumstance preposition; the casualty verb is at most sixteen words before it (no punctuation
    between but up to two commas around a time: «أصيب ثلاثة مواطنين بجروح، ظهر اليوم، إثر انفجار لغم»), and the
    victims are the phrase between them or the subject right before the verb.  When that verb is joined by «و» to
    a casualty verb before it («استشهد خمسة مدنيين، بينهم امرأة، وأصيب عشرون آخرون … جراء قصف»), the first verb's
    victims (the killed) are named."""
    p = trig.first - 1
    if p > 1 and words[p].norm in _FALLING_NOUNS and words[p - 1].norm in frame_cues()["circumstance_preps"]:
        p -= 1  # the noun of its falling or blast between: «استشهد مواطنان … جراء سقوط قذائف أطلقها …»
    if words[trig.first].norm[:1] == "ب" and norm(trig.lemma)[:1] != "ب":
        p = trig.first  # the preposition written on the noun: «أصيب ثلاثة أطفال بقصف صاروخي»، «برصاص قناص»
    elif p < 1 or words[p].norm not in frame_cues()["circumstance_preps"]:
        return None
    hurt = frame_cues()["casualty_verbs"]

    def verb_before(end: int, span: int, commas: int) -> int | None:
        for k in range(end - 1, max(-1, end - span - 1), -1):
            w = words[k]
            if w.kind != "word":
                if w.norm in ("،", ",") and commas > 0:
                    commas -= 1
                    continue
                return None
            x = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm
            if x in hurt:
                return k
        return None

    k = verb_before(p, 16, 2)
    if k is None:
        return None
    if words[k].norm[:1] == "و" and (first := verb_before(k, 10, 2)) is not None and (
            (v := _victims_of_verb(words, first, k, cands)) is not None):
        return v
    return _victims_of_verb(words, k, p, cands)


def _victims_of_verb(words: list[Word], k: int, p: int, cands: list[Arg]) -> Arg | None:
    """The victims of the casualty verb at ``k``: the phrase after it, before word ``p``, or its subject before it."""
    after = counted_victim_at(words, k + 1)
    if after is None:
        after = next((a for a in cands if k < a.first and a.last < p), None)
    if after is None and k + 1 < p and (dual_noun(words[k + 1].norm)
                                        or words[k + 1].norm in victim_singulars()):
        # «أصيب مدنيان بجروح في …»: a dual counts itself; «أصيب فتى في الرابعة عشرة من عمره برصاص قناص»: one person
        after = _victim_phrase(words, k + 1, p)
    if after is not None and after.last < p:
        return after  # VSO: «أصيب ثمانية جنود في …»
    if k > 0 and words[k - 1].norm not in cues()["relative"]:  # «الجنود الذين أصيبوا»: not a phrase to cut
        before = next((a for a in cands if a.last == k - 1), None)
        if before is None:
            before = _counted_phrase_before(words, k)
        return before  # SVO: «8 جنود أصيبوا في …»
    return None


#: heads of a person's office or calling that may open a patient's phrase beside the victim nouns
_PERSON_TITLES = word_set("frames", "_PERSON_TITLES")


def _person_genitive(words: list[Word], trig: Trigger) -> Arg | None:
    """The person or people right after a noun of abduction or arrest, when no actor is named there: a counted phrase
    («اعتقال ثلاثة من منظمي المظاهرات»), a dual («اختطاف راعيين سوريين») or one person by their calling («اختطاف طبيب
    كردي»، «اعتقال خطيب الجامع الكبير»، «توقيف قيادي عسكري من زوارة»)."""
    k = trig.last + 1
    if k >= len(words) or words[k].kind != "word":
        return None
    if words[k].norm in frame_cues()["vague_counts"]:
        return None  # («احتجاجاً على اعتقال عدد من أبنائهم»: a vague count is not read, session 14)
    counted = counted_victim_at(words, k)
    if counted is not None:
        return counted
    w = words[k].norm
    people = victim_singulars()
    # (a dual of a person noun only: «راعيين»، «شابين»; not «بمسيرتين»، «متزامنين»)
    if not ((dual_noun(w) and w[:-2] in people) or w in people or w in _PERSON_TITLES):
        return None
    return _victim_phrase(words, k, len(words))


#: «مخلفات/بقايا X»: the actor whose leftovers an explosive was
_LEFTOVERS = word_set("frames", "_LEFTOVERS")


def _leftover_owner(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The actor whose leftovers the explosive was, named within ten words after the trigger: «قُتل مزارع بانفجار لغم
    أرضي من مخلّفات الميليشيا»، «إثر انفجار لغم من مخلفات تنظيم داعش» (not «مخلفات الحرب»: no actor)."""
    for k in range(trig.last + 1, min(len(words), trig.last + 11)):
        w = words[k]
        if w.kind != "word":
            if w.norm in _QUOTES or w.norm in ("،", ","):
                continue
            return None
        if proclitic_in(w.norm, _LEFTOVERS, "وب"):
            return next((a for a in cands if k < a.first <= k + 2 and a.actor is not None), None)
    return None


def dual_noun(w: str) -> bool:
    """A dual noun in the nominative or oblique («مدنيان»، «جنديين»), not a word of the article or a verb form."""
    return w.endswith(("ان", "ين")) and len(w) > 4 and not w.startswith(("ال", "ي", "ت"))


def _counted_phrase_before(words: list[Word], k: int) -> Arg | None:
    """A counted phrase («8 جنود»، «عنصرين من الشرطة») ending right before word ``k``."""
    for j in range(k - 1, max(-1, k - 5), -1):
        v = counted_victim_at(words, j)
        if v is not None and v.first >= j and v.last == k - 1:
            return v
    return None


def _sentenced(words: list[Word], trig: Trigger) -> Arg | None:
    """The counted people after «بحق» up to twelve words after a sentence or a penalty, with no sentence break between
    («أصدرت المحكمة أحكاماً بالسجن لمدد تتراوح بين خمس سنوات و18 سنة بحق سبعة متهمين»)."""
    for k in range(trig.last + 1, min(len(words) - 1, trig.last + 13)):
        if words[k].norm in CLAUSE_ENDS:
            return None
        if words[k].norm == "بحق":
            return counted_victim_at(words, k + 1)
    return None


def counted_victim_at(words: list[Word], k: int) -> Arg | None:
    """The counted noun phrase starting at word ``k`` (after «نحو»، «ما مجموعه»، «أمس» …), if any."""
    lim = min(len(words), k + 4)
    cas = cues()["casualty"]
    while k < lim and (words[k].norm in _ABOUT or words[k].norm in _COUNT_HEDGES
                       or (words[k].norm[:1] == "و" and words[k].norm[1:] in cas | {"جرح"})):
        k += 1  # «قتل أمس …»، «قتل وجرح سبعة عشر سائحاً»، «قتلوا ما لا يقل عن أحد عشر مدنياً»
    vague = frame_cues()["vague_counts"]  # «قتل عشرات المدنيين»، «خطف عدد من العمال»
    if k >= len(words) or not (_counted(words, k) or words[k].norm in vague):
        return None
    n = k
    while n + 1 < len(words) and n - k < 3 and words[k].norm not in vague:  # «ثلاثة وعشرين»، «مئة و50»
        if _counted(words, n + 1):
            n += 1
        elif words[n + 1].norm == "و" and n + 2 < len(words) and _counted(words, n + 2):
            n += 2
        else:
            break
    end = _victim_np(words, n + 1, len(words))
    if end is None:
        return None
    return Arg(start=words[k].start, end=words[end].end, text="", first=k, last=end, origin="victim")


def victim_before(words: list[Word], trig: Trigger) -> Arg | None:
    """A counted subject of a plural/dual killing verb is its victim: «ثلاثين متمردا قتلوا في مواجهات»."""
    verb = words[trig.head].norm
    if not verb.endswith(("وا", "ا")) or trig.first < 2:
        return None
    if not verb.endswith("وا"):
        # a dual subject (and its adjective) right before a dual verb: «جنديين عراقيين قتلا»
        for k in (trig.first - 1, trig.first - 2):
            phrase = words[k : trig.first]
            if (
                k >= 0
                and all(w.kind == "word" and w.norm.endswith(("ين", "ان")) and len(w.norm) > 4 for w in phrase)
                and (k == 0 or words[k - 1].norm in _CLAUSE_OPEN or words[k - 1].kind != "word")
            ):
                return Arg(start=words[k].start, end=words[trig.first - 1].end, text="", first=k, last=trig.first - 1,
                           origin="victim")
    for k in range(trig.first - 2, max(-1, trig.first - 7), -1):
        if not _counted(words, k):
            continue
        k0 = k - 2 if k >= 2 and words[k - 1].norm == "من" and _counted(words, k - 2) else k  # «خمسة من 13 إثيوبياً»
        if k0 > 0 and words[k0 - 1].norm not in _CLAUSE_OPEN and words[k0 - 1].kind == "word":
            return None
        end = _victim_np(words, k + 1, trig.first)
        if end is None or end + 1 != trig.first:
            return None
        return Arg(start=words[k0].start, end=words[end].end, text="", first=k0, last=end, origin="victim")
    return None


def accusative_object(words: list[Word], trig: Trigger, src: list[Arg]) -> Arg | None:
    """A singular object in the accusative after a killing/abduction verb and its subject, time words
    skipped: «اغتالت وحدة خاصة قبل ظهر أمس ناشطاً في الحركة»، «خطفوا أمس أميركياً»، «قتلوا ضابطاً»."""
    if words[trig.head].norm.endswith(("ه", "ها", "هم", "هما")):
        return None  # «وقتلهم جميعاً»: the object is the pronoun on the verb
    k = src[0].last + 1 if src and src[0].first > trig.last else trig.last + 1
    if k < len(words) and words[k].norm in _DESCRIBING_SUBJECT:
        k = _past_described_subject(words, k, len(words))
    n = 0
    # (a time between commas too: «قد اغتالا، مساء الجمعة الماضي، مدرّساً متقاعداً»)
    while k < len(words) and (time_word(words[k]) or words[k].norm in (",", "،")) and n < 7:
        k, n = k + 1, n + 1
    if k >= len(words) or words[k].kind != "word":
        return None
    x = words[k].norm
    if (len(x) < 4 or not x.endswith("ا") or x.endswith("وا") or x in _NOT_VICTIMS or x in _PREPS or _counted(words, k)
            or adverb(words[k])):
        return None
    c = cues()
    if not (words[k].noun_ending or (x.endswith("يا") and len(x) >= 5)
            or matches_form(x[:-1], c["actor_heads"]) or matches_form(x[:-1], c["member_heads"])):
        return None
    return _victim_phrase(words, k, len(words), "accusative")


# attack and weapon nouns a nationality adjective can follow («ضربة جوية أميركية»، «صاروخ اسرائيلي»)
WEAPONS = word_set("frames", "WEAPONS")
_HUMAN_PATIENT = word_set("frames", "_HUMAN_PATIENT")
_BY_FIRE = word_set("frames", "_BY_FIRE")
_QUANTIFIERS = word_set("frames", "_QUANTIFIERS")
#: the fire of a shooting, before «من X» (who fired): «بإطلاق نار من مسلحين مجهولين»
_FIRE_NOUNS = frozenset({"نار", "النار", "رصاص", "الرصاص", "نيران", "النيران"})
_FIRE_QUANTIFIERS = _QUANTIFIERS | _ONE_OF  # («برصاص أحد عناصر الحاجز»، «بنيران عدد من المسلحين»)


def fired_by(words: list[Word], a: Arg) -> bool:
    """Is the actor ``a`` the one whose fire it was: «بنيران مسلحين»، «برصاص أحد أقارب …»، «بإطلاق نار من مسلحين»?"""
    k = a.first
    return (k >= 1 and words[k - 1].norm in _BY_FIRE) or (k >= 2 and (
        (words[k - 1].norm in _FIRE_QUANTIFIERS and words[k - 2].norm in _BY_FIRE)
        or (words[k - 1].norm == "من" and words[k - 2].norm in _FIRE_NOUNS)))


def _state_nisba(word: str) -> bool:
    """Is the word a nisba of the demonym table (``metonymy.demonyms``: «الصهيوني» too)?  Not «سورية/السورية»,
    which is also the country's name (and, as the country list has it, no attacker's mark: «الدفاعات الجوية
    السورية لعدوان …» are the defenders)."""
    from marsad.events.metonymy import demonym_of  # (metonymy imports this module)

    return demonym_of(word) is not None and word.lstrip("وب") not in ("سوريه", "السوريه")


#: «هجوم مسلح»: the adjective of an attack noun, no agent
_ARMED_ADJECTIVES = frozenset({"مسلح", "مسلحه", "المسلح", "المسلحه"})
_OTHER_SIDE = frozenset({"مع", "علي", "ضد", "الي", "عن", "من"})
_BELONGING = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعتين", "التابعتين", "تابعين", "التابعين"})


def _platform_owner(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The actor a weapon by the attack belongs to, «تابعة لـ X» («غارتين نفذتهما طائرة حربية تابعة لقوات النظام»;
    before a noun trigger, as its light verb's subject: «شنّت طائرة حربية تابعة لقوات النظام غارتين»): the weapon
    within four words after the trigger (or ten before a noun, commas only between), the word of belonging within three
    after it, the actor right after that."""
    def weapon(j: int) -> bool:
        # (forces are actors, not weapons; a weapon after «مع/على/ضد» is the other side's: «اشتبكت مع قوات تابعة لـ…»)
        return (words[j].kind == "word" and matches_form(words[j].norm, WEAPONS) and "قوات" not in words[j].norm
                and not (j > 0 and words[j - 1].norm in _OTHER_SIDE))

    before = [j for j in range(max(0, trig.first - 10), trig.first) if weapon(j)] if trig.pos != "v" else []
    if before and any(w.kind != "word" and w.norm not in ("،", ",") for w in words[before[0] : trig.first]):
        before = []  # («شنّت طائرة حربية تابعة لقوات النظام، ظهر الأحد، غارتين»: a light verb's subject, a time between)
    after = []
    for j in range(trig.last + 1, min(len(words), trig.last + 5)):
        if words[j].kind != "word":
            break
        if weapon(j):
            after = [j]
            break
    for j in before[:1] + after:
        for k in range(j + 1, min(len(words), j + 4)):
            if words[k].norm in _BELONGING:
                return next((a for a in cands if a.first == k + 1 and a.kind != "place"), None)
    return None


def _downing(trig: Trigger) -> bool:
    """Is the trigger a phrase of bringing an aircraft down («أسقطت … طائرة»، «إسقاط مسيّرة»)?"""
    return trig.pos == "p" and norm(trig.lemma).startswith("اسقط")


def downed_owner(words: list[Word], trig: Trigger) -> Arg | None:
    """The nationality adjective of an aircraft brought down, at most two words after it («إسقاط طائرة حربية سعودية»،
    «أسقطت … مسيّرة تركية»)."""
    for j in range(trig.last + 1, min(len(words), trig.last + 4)):
        w = words[j]
        if w.kind != "word":
            return None
        if is_demonym(w.norm) or _state_nisba(w.norm):
            return Arg(start=w.start, end=w.end, text="", first=j, last=j, origin="adjective")
    return None


#: «يُرجّح/يُعتقد أنها …»: a hedged description of the weapon («طائرة حربية يُرجّح أنها روسية»)
_LIKELY = frozenset(norm(w) for w in ("يرجح", "رجح", "يعتقد", "يشتبه"))


def weapon_owner(words: list[Word], trig: Trigger) -> Arg | None:
    """A nationality adjective on the attack or its weapon names the attacker: «ضربة جوية أميركية»; after a verb
    of aiming, on the weapon that is its subject: «استهدفت طائرة مسيّرة تركية …»."""
    hi = trig.last + 3
    k = trig.last + 1
    subject_weapon = trig.pos == "v" and k < len(words) and words[k].kind == "word" and (
        not words[k].norm.startswith("ال")) and matches_form(words[k].norm, WEAPONS)
    if subject_weapon:
        hi = trig.last + 4  # the weapon and one word of its name («طائرة مسيرة»، «طائرات حربية») before the adjective
    if subject_weapon or trig.pos != "v":
        # a hedged nationality after the weapon or the attack noun: «استهدفت طائرة حربية يُرجّح أنها روسية …»،
        # «جراء غارات جوية يُرجَّح أنها روسية»
        lo = k + 1 if subject_weapon else k
        hedge = next((j for j in range(lo, min(len(words) - 2, lo + 2)) if words[j].norm in _LIKELY
                      and words[j + 1].norm in _THAT), None)
        if hedge is not None and words[hedge + 2].kind == "word" and (
                is_demonym(words[hedge + 2].norm) or _state_nisba(words[hedge + 2].norm)):
            w = words[hedge + 2]
            return Arg(start=w.start, end=w.end, text="", first=hedge + 2, last=hedge + 2, origin="adjective")
        if hedge is not None and words[hedge + 2].norm[:1] == "ل" and matches_form(words[hedge + 2].norm[1:], WEAPONS):
            # «غارة يُرجَّح أنها لطائرة أمريكية من دون طيار»: the nationality of the aircraft the hedge names
            j = next((j for j in range(hedge + 3, min(len(words), hedge + 5)) if words[j].kind == "word" and (
                is_demonym(words[j].norm) or _state_nisba(words[j].norm))), None)
            if j is not None:
                return Arg(start=words[j].start, end=words[j].end, text="", first=j, last=j, origin="adjective")
    for j in range(max(1, trig.first - 2), min(len(words), hi)):
        if trig.first <= j <= trig.last:
            continue
        w = words[j]
        if w.kind != "word" or not (is_demonym(w.norm) or _state_nisba(w.norm)):
            continue  # (a state's nisba the country list lacks: «العدوان الصهيوني»)
        if _form_before(words, j, 3, _BACKED_BY):
            continue  # «بدعم من الطيران الروسي»: who backs the attack
        prev = words[j - 1]
        if j - 1 == trig.last and _HUMAN_PATIENT.intersection(stem for stem, _ in stems(prev.norm)):
            continue  # «مقتل أميركي»: after a killing noun the nationality word is the victim
        if j - 1 == trig.last or matches_form(prev.norm, WEAPONS) or (
                subject_weapon and k < j - 1 and words[j - 1].kind == "word" and not words[j - 1].norm.startswith("ال")):
            return Arg(start=w.start, end=w.end, text="", first=j, last=j, origin="adjective")
    return None


#: masculine singular heads of actor phrases («مجلس الأمن»، «الجيش»): a feminine verb cannot have them as subject
_MASCULINE_HEADS = frozenset(norm(w) for w in (
    "مجلس", "جيش", "تنظيم", "حزب", "فيلق", "لواء", "وفد", "رئيس", "وزير", "مرصد", "نظام", "تحالف", "ائتلاف", "اتحاد",
    "مكتب", "برنامج", "صندوق", "مركز", "فرع", "جهاز", "أمين", "مبعوث", "مجلسا", "محافظ", "قائد", "مدير", "مسؤول",
    "وزيرا", "رئيسا",
    # parties and envoys («وطالبت الجانب التركي»، «ودعت المجتمع الدولي»، «وناشدت الصليب الأحمر»)
    "جانب", "طرف", "مجتمع", "سفير", "مندوب", "ممثل", "منسق", "وسيط", "صليب", "هلال", "متحدث", "ناطق",
    # people named by what they are (a feminine verb before one is not its verb: «الرصاصة التي قتلت الطفل»)
    "طفل", "شاب", "رجل", "مواطن", "مدني", "شيخ", "عنصر", "جندي", "ضابط", "مقاتل", "قيادي", "ناشط", "صحفي", "طبيب",
    "سائق", "معلم", "مزارع", "عامل", "مختار", "نائب", "عضو", "مهندس", "مسن", "فتى", "راع", "شرطي", "معتقل", "أسير"))


# feminine singular heads of bodies (a masculine verb before one is not its verb: «وطالب الحكومة التركية بـ…»)
_FEMININE_HEADS = word_set("frames", "_FEMININE_HEADS")


_STATEMENTS = word_set("frames", "_STATEMENTS")
#: the nouns a press adjective may follow («في تصريح صحفي»، «مؤتمر صحافي»، «الإيجاز الصحفي»)
PRESS_STATEMENTS = _STATEMENTS | frozenset(norm(w) for w in (
    "تصريحات", "مؤتمر", "المؤتمر", "البيان", "إيجاز", "الإيجاز", "إيجازا", "لقاء", "حديث"))


def _after_statement_parenthetical(words: list[Word], k: int) -> int:
    """The index after a statement set off by commas that starts at word ``k`` («، في بيان أصدرته مساء الإثنين،»), else
    ``k``: «في» and a statement noun, at most ten words to the closing comma."""
    if k + 2 < len(words) and words[k].norm in (",", "،") and words[k + 1].norm == "في" and (
            words[k + 2].norm in PRESS_STATEMENTS):
        return after_closing_comma(words, k, k + 3, k + 12)
    return k


def _statement_clause(words: list[Word], trig: Trigger) -> int | None:
    """The statement noun whose clause the verb heads, with «فيه/فيها/فيهما» after it: right before the verb («بياناً
    حمّلت فيه …»، «كلمة طالب فيها …»), or opening the phrase that a comma closes right before it («وجّهت الوزارة
    رسالتين إلى الأمين العام ورئيس مجلس الأمن، حمّلت فيهما …»); else ``None``."""
    if trig.first == 0 or trig.first + 1 >= len(words) or words[trig.first + 1].norm not in ("فيه", "فيها", "فيهما"):
        return None
    if words[trig.first - 1].norm in _STATEMENTS:
        return trig.first - 1
    if words[trig.first - 1].norm not in (",", "،"):
        return None
    for k in range(trig.first - 2, max(-1, trig.first - 16), -1):
        if words[k].kind != "word":
            return None
        if words[k].norm in _STATEMENTS:
            return k
    return None


def _issuer(words: list[Word], noun: int, cands: list[Arg]) -> Arg | None:
    """The subject of the verb that issued the statement: the nearest bare actor before the statement noun, at most
    twelve words back, in the same clause («أصدرت «الرئاسة الروحية» في السويداء، اليوم، بياناً …»)."""
    return next((a for a in sorted(cands, key=lambda a: -a.last) if a.last < noun and noun - a.last <= 12
                 and not clause_break(words, a.last, noun) and _bare(words, a)), None)


def _gender_clash(words: list[Word], trig: Trigger, subj: Arg) -> bool:
    """Does the verb's gender clash with the actor right after it: a feminine verb («طالبت»، «تطالب») before a
    masculine singular head («مجلس الأمن»، «الجيش الإسرائيلي»), or a masculine verb («وطالب»، «يطالب») before a
    feminine singular head («الحكومة التركية»، «وزارة الداخلية»)?  A verb before its subject agrees with it in
    gender, so the actor is the object."""
    agreement = _agreement(words[trig.head].norm, trig.lemma)
    if agreement not in ("f", "m") or subj.first != trig.last + 1:
        return False  # (not «تعهدت قيادة المجلس»: the head of the subject is the noun before the actor)
    fem = agreement == "f"
    head = words[subj.first].norm
    for p in ("وال", "ال"):
        if head.startswith(p) and len(head) - len(p) >= 3:
            head = head[len(p):]
            break
    return head in (_MASCULINE_HEADS if fem else _FEMININE_HEADS)


#: a particle with a pronoun right before a verb: the pronoun is the verb's subject («لكنها اتهمت …»، «إلا أنه رفض …»)
_PRONOUN_SUBJECTS = frozenset({"لكنها", "لكنه", "لكنهم", "لكنهما", "ولكنها", "ولكنه", "ولكنهم", "انها", "انه", "انهم",
                               "انهما", "وانها", "وانه", "وانهم"})


#: verbs of saying whose object is the one addressed, with the complement after «بـ» or «إلى»
_ADDRESSING = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
_ALL_OF = frozenset({"جميع", "كافه", "كل"})


def _agreement(word: str, lemma: str) -> str | None:
    """The gender and number a past or present verb shows: "f" («طالبت»، «تطالب»), "m" («طالب»، «يطالب»), "p"
    (plural or dual), or ``None`` when the form is not read."""
    w, lem = verb_without_conj(word, lemma), norm(lemma)
    bare = lem[1:] if lem.startswith("ا") else lem
    if w == lem or (w[:1] == "ي" and w[1:] == bare) or (bare != lem and w == bare):
        return "m"  # (read first: «أدان» ends like a dual; «دان» is it without its hamza)
    if w == lem + "ت" or (w[:1] == "ت" and w[1:] == bare) or (bare != lem and w == bare + "ت"):
        return "f"  # (also the form without its hamza: «أدانت» written «دانت»)
    if lem[-1:] in ("ا", "ي") and len(lem) > 2 and w == lem[:-1] + "ت":
        return "f"  # a verb ending in a long vowel drops it: «دعا» → «دعت»، «نعى» → «نعت»
    if _dual_or_plural_verb(w, lemma) or (w.endswith("ن") and not lem.endswith("ن")):
        return "p"
    return None


def _object_of_verb_before(words: list[Word], a: Arg) -> bool:
    """Does a past verb in the feminine or the plural («ومنعت»، «واعتقلوا») stand right before the actor, so that the
    actor is its object?  (A masculine singular verb looks like a noun and is not read.)"""
    k = a.first - 1
    if k < 0 or words[k].kind != "word" or words[k].noun_ending:
        return False
    w = words[k].norm.lstrip("وف")
    return len(w) >= 3 and not w.startswith("ال") and (
        (w.endswith("ت") and not w.endswith(("ات", "يت", "وت"))) or w.endswith("وا"))


#: verbs of expressing a feeling or a stance («أعربت عن قلقها»، «أبدى استياءه»، «عبّرت عن …») and of stating one
#: («نفى …»، «ووصفت الوزارة ما جرى بأنه …»، «وحمّلت الإدارة X مسؤولية …»), no event, with the agreement they show
#: (not «عبّر», written as the preposition «عبر» is)
_EXPRESSING = {norm(w): g for w, g in (
    ("أعرب", "m"), ("أعربت", "f"), ("أبدى", "m"), ("أبدت", "f"), ("عبرت", "f"), ("نفى", "m"), ("نفت", "f"),
    ("وصف", "m"), ("وصفت", "f"), ("حمّل", "m"), ("حمّلت", "f"),
    # and of saying («وقالت العائلة … إنها …، وطالبت السلطات بـ…»: who said it asks)
    ("قال", "m"), ("قالت", "f"), ("أكد", "m"), ("أكدت", "f"), ("أوضح", "m"), ("أوضحت", "f"), ("أضاف", "m"),
    ("أضافت", "f"), ("أشار", "m"), ("أشارت", "f"))}


def _expressing_before(words: list[Word], at: int) -> int | None:
    """The index of the last verb of expressing or stating before word ``at`` in its sentence, if any."""
    return next((k for k in range(at - 1, -1, -1) if words[k].norm.removeprefix("و") in _EXPRESSING), None)


#: why the subject of a verb joined by «، و» is that of the verb opening the clause before, when the last event verb
#: before it shows another agreement (read by ``extract._shared_subjects``, which then does not give it that verb's
#: subject)
OPENER_WHY = "the subject of the verb that opens the clause before, with the same agreement (not the last verb's)"


def _last_verb_disagrees(words: list[Word], trig: Trigger, others: list[Trigger]) -> bool:
    """Does the last event verb before the trigger show another agreement than it?"""
    prev = _verb_before(trig.first, others)
    return prev is not None and prev.pos == "v" and _agreement(words[prev.head].norm, prev.lemma) != _agreement(
        words[trig.head].norm, trig.lemma)


def _joined_opener(words: list[Word], trig: Trigger, others: list[Trigger]) -> int | None:
    """The verb whose subject a verb joined by «، و» shares, by the agreement both show: the last verb of expressing or
    stating before it («وأعربت المفوضية عن «قلقها» …، ودعت …» — also when the last event verb before is in what it
    states: «نفى القائد أن يكون مسلحوه قد استهدفوا …، واتهم …»), else the last event verb before it, or a verb
    phrase with a gap («وحمّل المجلس … روسيا مسؤولية …، وناشد …»)."""
    mine = _agreement(words[trig.head].norm, trig.lemma)
    return None if mine is None else _opener_before(words, trig.first, mine, others)


def _opener_before(words: list[Word], at: int, mine: str, others: list[Trigger]) -> int | None:
    """:func:`_joined_opener` for a verb at word ``at`` with the agreement ``mine``."""
    prev = _verb_before(at, others)
    theirs = None if prev is None else _agreement(words[prev.head].norm, prev.lemma) if prev.pos == "v" else (
        _agreement(words[prev.first].norm, prev.lemma.split("/")[0].split()[0]))
    ex = _expressing_before(words, at)
    if ex is not None and _EXPRESSING[words[ex].norm.removeprefix("و")] == mine and (
            prev is None or ex > prev.last or theirs != mine):
        return ex
    if prev is not None and theirs == mine:
        return prev.head if prev.pos == "v" else prev.first
    return None


def _verb_before(at: int, others: list[Trigger]) -> Trigger | None:
    """The last event verb before word ``at``, else the last verb phrase with a gap («حمّل … مسؤولية»)."""
    return max((o for o in others if o.pos == "v" and o.last < at), key=lambda o: o.last, default=None) or max(
        (o for o in others if o.pos == "p" and "…" in o.lemma and o.last < at), key=lambda o: o.last, default=None)


def _opener_subject(words: list[Word], trig: Trigger, cands: list[Arg], others: list[Trigger]) -> Arg | None:
    """The subject of the verb that opens the clause before a verb joined by «، و», by their agreement
    (:func:`_joined_opener`): the actor right before it («فإن الجانب الروسي طالب الفصائل …، وهدد …»), else right
    after it («وأعربت المفوضية، في بيان، عن «قلقها» …»), or after the title it is named by («نفى الناطق الرسمي باسم
    الحركة …»، «نفى أحد متزعمي المجموعات المسلحة …»).  An opening verb joined so itself («وأدانت الرئاسة …، وحمّلت
    الحكومة الإسرائيلية المسؤولية، وطالبت …») shares the subject of the one before it; the actor after it is its
    object."""
    k = _joined_opener(words, trig, others)
    mine = _agreement(words[trig.head].norm, trig.lemma)
    for _ in range(4):
        if k is None or mine is None or k < 2 or words[k - 1].norm not in (",", "،") or words[k].norm[:1] != "و":
            break
        k = _opener_before(words, k, mine, others)
    if k is None:
        return None
    before = next((a for a in cands if a.last == k - 1), None)
    if before is not None and _bare(words, before):
        return before
    for a in sorted(cands, key=lambda a: a.first):
        if not k < a.first <= k + 4 or a.last >= trig.first:
            continue
        gap = words[k + 1 : a.first]
        if not gap:
            return a if _bare(words, a) else None
        if all(w.kind == "word" for w in gap) and (gap[-1].norm == "باسم" or gap[0].norm == "احد"):
            return a
        return None
    return None


def _addressee_of_joined_verb(words: list[Word], trig: Trigger, subj: Arg, others: list[Trigger]) -> bool:
    """Is ``subj`` the one addressed by a verb of saying joined by «، و» to an earlier verb of the sentence with the
    same agreement («وأدانت الخارجية …، وطالبت الحكومة التركية بـ…»، «…، وتوعّدت أنقرة بأن …»), or the one met by a
    meeting verb joined so to a visit («… قد زار القرية، والتقى أعضاء مجلسها»)?  The actor stands
    right after the verb and right before its complement («بـ…»، «إلى …»); the verb shares the earlier subject."""
    if trig.pos != "v" or trig.type not in (*_ADDRESSING, "CONSULT") or trig.first < 2 or subj.first <= trig.last:
        return False
    between = words[trig.last + 1 : subj.first]
    if not all(w.norm in _QUOTES or w.norm in _ALL_OF for w in between) and not (
            len(between) <= 4 and all(w.kind == "word" for w in between) and _conjoined(words[subj.first])):
        # (right after the verb, or after «جميع/كافة» and quote marks: «ودعا «جميع الأطراف» إلى …»; or the second of two
        # joined: «وطالب رئاسة الأركان العامة ووزارة الداخلية بـ…»)
        return False
    if not comma_and(words, trig):
        return False
    prev = _verb_before(trig.first, others)
    if _joined_opener(words, trig, others) is None and not (
            prev is None and trig.type == "THREATEN" and _agreement(words[trig.head].norm, trig.lemma) is not None):
        # (with no verb before, «نعت الوحدات ثلاثة من مقاتليها …، وتوعّدت أنقرة بأن …»: the threatened is named right
        # after a threat verb joined to the clause before, whose verb names no event, before what it is threatened with)
        return False
    if trig.type == "CONSULT":
        # «وكان وفد … قد زار قرية التواني، والتقى أعضاء مجلسها القروي»: who visits meets; the actor after is the one met
        return prev is not None and prev.type == "CONSULT"
    if norm(trig.lemma) == "ناشد" and subj.kind != "person":
        # «…، وناشد الأمم المتحدة والأردن التدخل لوقف القصف»: one appeals to a body, whatever the complement
        return True
    k = subj.last + 1
    if k < len(words) and words[k].text in ("»", "”"):
        k += 1  # (the actor's closing quote mark)
    if k < len(words) and subj.last > subj.first and words[k].text == "«" and (
            close := next((j for j in range(k + 1, min(len(words), k + 4)) if words[j].text == "»"), None)) is not None:
        # the short name in quote marks of a body named in words: «وطالبت البعثة الأممية «أونمها» بـ…» (but after one
        # word the quoted name is the one addressed: «وطالب المحتجون «قسد» بالإفراج …»)
        k = close + 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    if k < len(words) and words[k].norm in ("التي", "الذي", "الذين"):
        # «وطالبت الدول التي فرضت عقوبات على مستوطنين بـ…»: past a short relative clause on the one addressed
        k = next((j for j in range(k + 1, min(len(words), k + 10)) if words[j].norm[:1] == "ب"
                  and not any(x.kind == "punct" and x.norm not in _QUOTES for x in words[k:j])), len(words))
    else:
        # past a genitive with «لـ», a number or one joined by «و» on the one addressed («وطالبت الدول الراعية للقرار
        # 1701 بـ…»، «وطالب المجتمع الدولي والأمم المتحدة بـ…»), or the definite genitive of a generic head in the
        # construct state («ودعا طرفي النزاع إلى …»)
        construct = subj.first == subj.last and subj.actor is None and not words[subj.last].norm.startswith(("ال", "وال"))
        j = k
        while j < min(len(words), k + 5) and (words[j].norm in _QUOTES or words[j].kind == "number" or (
                words[j].kind == "word" and words[j].norm[:1] in ("ل", "و") and words[j].norm[:2] != "لم")
                or ((j > k or construct) and words[j].kind == "word" and words[j].norm.startswith("ال")
                    and words[j].norm not in ("الي", "الى"))):
            j += 1
        if j > k and j < len(words) and words[j].kind == "word" and (
                words[j].norm[:1] == "ب" or (trig.type == "REQUEST" and words[j].norm in ("الي", "لل"))):
            k = j
        elif j > k and j < len(words) - 1 and words[j].norm in (",", "،") and words[j + 1].norm[:1] == "ب" and words[
                j + 1].norm not in ("بعد", "بحسب", "بينما"):
            k = j + 1  # (a parenthetical on the one addressed: «وطالبت روسيا والولايات المتحدة، بوصفهما ضامنتين …، بـ…»)
    if k >= len(words):
        return False
    nxt = words[k].norm
    # («ودعا «جميع الأطراف» إلى …»; a person before «إلى» is more often a new subject: «، ودعا الحسيني إلى …»)
    return nxt[:1] == "ب" or (trig.type == "REQUEST" and nxt in ("الي", "لل") and subj.kind != "person")


def _without_weapons(words: list[Word], lo: int, hi: int) -> list[Word]:
    """The words of ``[lo, hi)`` without a weapons phrase («بالأسلحة الرشاشة والقذائف الصاروخية»: a weapon noun with
    ب/و/بال and the definite adjectives after it), which may stand between a clash and its «بين X و Y»."""
    out: list[Word] = []
    weapon = False
    for w in words[lo:hi]:
        n = w.norm
        if w.kind == "word" and n[:1] in ("ب", "و") and matches_form(n, _weapon_forms()):
            weapon = True
            continue
        if weapon and w.kind == "word" and n.startswith("ال"):
            continue  # an adjective of the weapon
        weapon = False
        out.append(w)
    return out


_KILLED = frozenset({norm("مقتولا")})  # the lexicon lemma of «مقتولاً، مقتولة، مقتولين»
_DUAL_HEADS = word_set("frames", "_DUAL_HEADS")
@cache
def _weapon_forms() -> frozenset[str]:
    """The weapon nouns of a weapons phrase: the cue list ``weapons_in_sentence`` and the fire and vehicles a clash
    report names (رشاشات، دبابات، مسيرات)."""
    return frozenset(cues()["weapons_in_sentence"]) | frozenset(norm(w) for w in ("رشاشات", "رشاش", "دبابات", "مسيرات"))


def _weapon_subject(words: list[Word], trig: Trigger, subj: Arg) -> bool:
    """Is an indefinite weapon the subject right after a verb of aiming, before the actor ``subj``
    («استهدفت طائرة مسيرة موقعاً للجيش»، «طالت قذيفة مبنى البلدية»), or the instrument glued to بـ
    («فاستهدفت بالمدفعية تجمعات …»)?  Either way the actor after it is the target."""
    k = trig.last + 1
    if not (trig.pos == "v" and target_verb_at(words, trig.head) and k < subj.first and words[k].kind == "word"):
        return False
    w = words[k].norm
    if w[:1] == "ب" and matches_form(w[1:], WEAPONS):
        return True  # the instrument
    # (not the weapon's own genitive right after it: «استهدفت مدفعية الجيش تجمعات …» — the army's artillery fired)
    return k + 1 < subj.first and not w.startswith("ال") and matches_form(w, WEAPONS)


def _attack_before(words: list[Word], trig: Trigger, others: list[Trigger]) -> bool:
    """Does an attack noun or weapon stand right before the trigger (or before its relative pronoun)?"""
    k = trig.first - 1
    if k >= 0 and words[k].norm in ("الذي", "التي"):
        k -= 1
    if k >= 1 and words[k].norm in ("»", '"', "”"):
        k -= 1  # «أن «طائرة مسيّرة» استهدفت …»: the weapon quoted from a statement
    if k < 0:
        return False
    # (past up to two definite adjectives of the noun: «استنكروا «الهجمات الإرهابية الجبانة» التي استهدفت …»)
    j = k
    while j > 0 and k - j < 2 and words[j].norm.startswith("ال") and (
            words[j].norm.endswith(("يه", "ي")) or words[j - 1].norm.startswith("ال")):
        j -= 1
    return matches_form(words[k].norm, WEAPONS) or any(
        o.type == "ASSAULT" and (o.pos != "v" or _masdar_form(words, o)) and (o.first <= k <= o.last + 1 or (
            j < k and o.first <= j <= o.last)) for o in others
    )


def _condemned_agent(words: list[Word], trig: Trigger, actors: list[Arg], others: list[Trigger],
                     src: list[Arg]) -> Arg | None:
    """«دانت الخارجية العدوان الإسرائيلي»، «تدين الاعتداء الذي شنته قوات …»: the attacker of the attack noun
    that a condemnation takes as its object."""
    condemning = trig.type == "ACCUSE"
    o = next((o for o in others if o.type in ("ASSAULT", "COERCE") and o.pos != "v" and 0 < o.first - trig.last
              and (o.first - trig.last <= 14
                   or (condemning and _words_outside_parenthetical(words, trig.last, o.first) <= 8))
              and not any(x.pos == "v" and trig.last < x.first < o.first for x in others)), None)
    # (the subject and a «، في بيان،» parenthetical may stand between: «وأدانت الوزارة، في بيان، «الاعتداءات
    # الإسرائيلية …»»: a condemnation's object may be further, past a long parenthetical; any other punctuation
    # ends the clause)
    # (for a condemnation, failing that, an act that is no trigger: «الضربة الأمريكية»)
    def fallback() -> Arg | None:
        return _owner_of_condemned(words, trig, actors, src) if condemning else None

    if o is None or any(words[k].kind == "punct" and words[k].norm not in _TAIL_PUNCT
                        for k in range(trig.last + 1, o.first)):
        return fallback()
    inner = [x for x in others if x is not o]
    agent, _rec, _why, how = assign_roles(words, o, actors, others=[*inner, trig])
    if not agent or how not in ("genitive", "agent", "adjective"):
        return fallback()  # only an agent named on the attack itself, not a subject borrowed from the sentence
    a = agent[0]
    return None if any(_same_words(a, b) for b in src) else a


#: hostile acts a condemnation names that are no event trigger of their own («الضربة الأمريكية»، «التصعيد الإجرامي
#: لنظام الأسد»)
_CONDEMNED_ACTS = word_set("frames", "_CONDEMNED_ACTS")


def _owner_of_condemned(words: list[Word], trig: Trigger, actors: list[Arg], src: list[Arg]) -> Arg | None:
    """The one whose act a condemnation names when the act is no trigger: a state's nisba on it («أدان …، في بيان،
    الضربة الأمريكية») or the actor after «لـ» («التصعيد الإجرامي لنظام الأسد»), the act right after the verb, its
    subject and a parenthetical."""
    own = {(a.first, a.last) for a in src}
    for k in range(trig.last + 1, min(len(words), trig.last + 30)):
        w = words[k]
        if w.kind == "punct" and w.norm not in _TAIL_PUNCT:
            return None
        if w.kind != "word":
            continue
        bare = w.norm[2:] if w.norm.startswith("ال") else w.norm
        if bare not in _CONDEMNED_ACTS:
            continue
        if _words_outside_parenthetical(words, trig.last, k) > 8:
            return None
        for j in range(k + 1, min(len(words), k + 4)):
            x = words[j]
            if x.norm in _QUOTES:
                continue
            if x.kind != "word":
                break
            if _state_nisba(x.norm):
                return Arg(start=x.start, end=x.end, text="", first=j, last=j, origin="adjective")
            owner = next((a for a in actors if a.first == j and (a.first, a.last) not in own), None)
            if owner is not None and x.norm[:1] == "ل":
                return owner
        return None
    return None


#: «وجّه» with a pronoun for strikes («الضربات الجوية التي وجهها سلاح الجو»; for a warning or a call it names its
#: sender, an attack's agent only for an attack; not «وجهة» (a point of view), which normalises alike)
_DIRECTED = frozenset({"وجهه", "وجهها", "وجهته", "وجهتها", "وجهوه", "وجهوها"})
#: a preposition with a pronoun between an agent verb and its subject («وجّهها إليهم ملاك الأراضي»)
_TO_THEM = frozenset({"اليهم", "اليه", "اليها", "عليهم", "عليه", "عليها", "لهم", "له", "لها", "ضدهم", "ضده", "ضدها",
                      "بحقهم", "بحقه", "بحقها"})


def _claimant(words: list[Word], k: int) -> Arg | None:
    """The claimant of «أعلنت X مسؤوليتها عنه/عنها» with the verb at word ``k`` (X: up to seven words, no punctuation
    but quotation marks), else ``None``."""
    if words[k].kind != "word" or words[k].norm.removeprefix("و") not in ("اعلن", "اعلنت", "تبنت", "تبني"):
        return None
    for m in range(k + 2, min(len(words) - 1, k + 9)):
        w = words[m]
        if w.kind != "word" and w.norm not in _QUOTES:
            return None
        if w.norm.startswith("مسووليت") and words[m + 1].norm in ("عنه", "عنها", "عنهما"):
            first, last = k + 1, m - 1
            while first <= last and words[first].norm in _QUOTES:
                first += 1
            while last >= first and words[last].norm in _QUOTES:
                last -= 1
            if first > last:
                return None
            return Arg(start=words[first].start, end=words[last].end, text="", first=first, last=last, origin="agent")
    return None


def resumptive_agent(words: list[Word], trig: Trigger, others: list[Trigger] | None = None) -> Arg | None:
    """«هجوم انتحاري نفذته امرأة»، «عمليات نفذها قراصنة صوماليون»: the noun after «نفذته/شنه» is the agent,
    whether or not it is a known actor noun — of the nearest trigger before it only («ندد الوزراء بالتفجيرات
    التي نفذها التنظيم»: the agent of the bombings, not of the condemnation)."""
    stop = cues()["stop_words"]
    ops = frame_cues()["operation_nouns"] | frame_cues()["operation_plurals"]
    k = trig.last + 2
    if trig.type == "ASSAULT" and k < len(words) and words[k - 1].norm == "," and (claim := _claimant(words, k)):
        return claim  # «تعرّض المعسكر إلى هجوم، أعلن فصيل محلي مسؤوليته عنه»
    for k in range(trig.last + 1, min(len(words) - 1, trig.last + 13)):
        if words[k].kind == "punct" and words[k].norm not in _QUOTES:
            return None
        if any(trig.last < o.first <= k and o.type != trig.type for o in others or ()):
            return None
        if not (resumptive_agent_at(words, k) or (trig.type == "ASSAULT" and words[k].norm in _DIRECTED
                                                   and not words[k].text.endswith("ة"))):
            continue
        if k > trig.last + 5 and words[k - 1].norm not in ops:
            return None  # further on, only an operation noun restates the attack («… في عمليات نفذها قراصنة»)
        j = k + 1
        while j < len(words) - 1 and (words[j].norm in _QUOTES or time_word(words[j]) or words[j].norm in _TO_THEM) and (
                j - k <= 3):
            j += 1  # (past whom it was aimed at: «إنذارات وجّهها إليهم ملاك الأراضي»)
        w = words[j]
        quoted = words[j - 1].norm in _QUOTES  # (a quoted word is a name: «قذائف أطلقتها «الوحدات»»)
        if (w.kind != "word" or w.norm in _PREPS or _counted(words, j) or time_word(w) or adverb(w)
                or (not quoted and (w.norm in stop or matches_form(w.norm, WEAPONS)))):
            return None  # «هجوم شنته طائرة مسيرة»: a weapon is not the agent
        end = j
        while end + 1 < len(words) and end - j < 2 and _np_continues(words[end + 1], w.norm.startswith("ال")):
            end += 1
        if end == j and w.norm in _POSITIONS:
            # «مصدره مواقع قوات النظام»: the positions' owner (their genitive) is who fired
            # (and past the quotes of a name: «مصدره مناطق سيطرة «قسد»»)
            while end + 1 < len(words) and end - j < 4 and (words[end + 1].kind == "word" or (
                    words[end + 1].norm in _QUOTES and end + 2 < len(words) and words[end + 2].kind == "word")) and (
                    words[end + 1].norm not in _PREPS and words[end + 1].norm not in stop):
                end += 1
            opened = sum(words[x].norm in _QUOTES for x in range(j, end + 1)) % 2
            if words[end].norm in _QUOTES and opened:
                end -= 1  # (a mark that opens no name here)
            elif opened:
                # (a name opened inside goes on to its closing mark: «مناطق سيطرة «قوات سوريا الديمقراطية»»)
                close = next((x for x in range(end + 1, min(len(words), end + 6)) if words[x].norm in _QUOTES), None)
                if close is not None:
                    end = close
        return Arg(start=w.start, end=words[end].end, text="", first=j, last=end, origin="agent")
    return None


def target_or_victims(
    words: list[Word], trig: Trigger, cands: list[Arg], src: list[Arg], others: list[Trigger]
) -> tuple[Arg, str] | None:
    """The target named after an attack: «… استهدفت دورية للجيش»، «… مستهدفةً مقاتلي الحركة», or its
    victims: «… أسفر عن مقتل خمسة جنود»، «… أدت إلى مقتل ثمانية من مقاتلي البيشمركة»."""
    for k in range(trig.last + 1, min(len(words), trig.last + 22)):
        w = words[k]
        if w.kind == "punct" and w.norm in (".", ":", ";", "؛", "?", "؟"):
            return None
        if any(o.first == k and o.pos == "v" and o.type != "ASSAULT" for o in others):
            return None  # another event's verb: a new clause
        near = k < trig.last + 13  # (a result frame may come later: «استهدفت، مساء السبت، سيارة … قرب بلدة شمع، ما أدى إلى …»)
        if target_verb_at(words, k) and near:
            a = next((a for a in cands if k < a.first <= k + 5 and a not in src and _aimed_at(words, k, a)), None)
            if a is not None:
                return a, "the object of «استهدف» after the attack is its target"
            continue
        if near and killing_verb_at(words, k) and not words[k].norm.endswith(("ه", "ها", "هم")):
            v = counted_victim_at(words, k + 1)
            if v is not None:
                return v, "the counted object of «قتل» after the attack is its victim («… ليقتل خمسة من …»)"
        j = casualty_after_result(words, k)
        if j is not None and j < len(words):
            a = next((a for a in cands if j <= a.first <= j + 3 and a not in src and preposition(words, a) is None), None)
            v = counted_victim_at(words, j)
            if v is None and a is None and j < len(words) and dual_noun(words[j].norm):
                # «ما أدى إلى استشهاد شخصين»: a dual counts itself
                v = _victim_phrase(words, j, len(words))
            if v is None and a is None:
                v = _dead_of_group(words, j) or _one_victim(words, j)
            if v is not None and (a is None or v.first < a.first):
                return v, "the victims of the attack's result («أسفر عن مقتل X»)"
            if a is not None:
                return a, "the victims of the attack's result («أسفر عن مقتل X»)"
            return None
    return None


#: nouns of damage in an attack's result («ما أدى إلى دمار كبير في …»)
_DAMAGE = word_set("frames", "_DAMAGE")
_DAMAGE_ADJECTIVES = word_set("frames", "_DAMAGE_ADJECTIVES")


def damaged_by(words: list[Word], trig: Trigger, others: list[Trigger]) -> Arg | None:
    """What an attack with no target or victim found damaged, told by a result frame within twenty-two words after
    it in its clause («… ما أدى إلى دمار كبير في معصرة زيتون»)."""
    for k in range(trig.last + 1, min(len(words), trig.last + 22)):
        if words[k].kind == "punct" and words[k].norm in (".", ":", ";", "؛", "?", "؟"):
            return None
        if any(o.first == k and o.pos == "v" and o.type != "ASSAULT" for o in others):
            return None  # another event's verb: a new clause
        hit = damaged_after_result(words, k)
        if hit is not None or casualty_after_result(words, k) is not None:
            return hit
    return None


def damaged_after_result(words: list[Word], k: int) -> Arg | None:
    """What a result frame starting at word ``k`` says was damaged: «ما أدى إلى دمار كبير في معصرة زيتون»، «أسفر عن
    أضرار مادية في منزلين»، «ما أدى إلى تدمير عدد من العربات» — the noun phrase after «في/ب» (or the genitive of
    «تدمير»), at most three words, up to a comma, a preposition or a word joined by «و»; ``None`` when there is none."""
    if words[k].kind != "word" or not in_class(words[k].norm, "result_verbs"):
        return None
    j = k + 1
    if j < len(words) and words[j].norm in frame_cues()["result_links"]:
        j += 1
    if j >= len(words) or words[j].norm not in _DAMAGE:
        return None
    genitive = words[j].norm == "تدمير"
    j += 1
    while not genitive and j < len(words) and words[j].norm in _DAMAGE_ADJECTIVES:
        j += 1
    if not genitive:
        if j + 1 >= len(words) or words[j].norm not in ("في", "ب"):
            return None
        j += 1
    if j >= len(words) or words[j].kind != "word" or words[j].norm in _PREPS:
        return None
    first = j
    if words[j].norm in _QUANTIFIERS and j + 2 < len(words) and words[j + 1].norm == "من" and words[j + 2].kind == "word":
        j += 2  # «تدمير عدد من العربات»: the things counted
    end = j
    while end + 1 < len(words) and end - j < 2:
        w = words[end + 1]
        if w.kind != "word" or w.norm in _PREPS or (w.norm[:1] == "و" and len(w.norm) > 3) or w.norm in RELATIVE_PRONOUNS:
            break  # (nor a relative clause: «دمار واسع في الأبنية التي …»)
        end += 1
    return Arg(start=words[first].start, end=words[end].end, text="", first=first, last=end, kind="actor", origin="damaged")


def _dead_of_group(words: list[Word], j: int) -> Arg | None:
    """«ثلاثة شهداء من العسكريين»، «قتيلين من المدنيين»: a count of the dead (or a dual of them) and the group they
    were of, from word ``j``, as one victims' phrase (the dead alone, with no group, name no one)."""
    k = j + 1 if j + 1 < len(words) and _counted(words, j) else j
    if k >= len(words) or (words[k].norm not in _DEAD_NOUNS and not (dual_noun(words[k].norm) and k == j and (
            words[k].norm[:-2] in _DEAD_NOUNS or words[k].norm[:-2] + "ي" in _DEAD_NOUNS))):
        return None
    if k + 2 >= len(words) or words[k + 1].norm != "من" or words[k + 2].kind != "word" or words[k + 2].norm in _PREPS:
        return None
    end = k + 2
    while end + 1 < len(words) and end - k < 4 and _np_continues(words[end + 1], True):
        end += 1
    return Arg(start=words[j].start, end=words[end].end, text="", first=j, last=end, origin="victim")


def _one_victim(words: list[Word], j: int) -> Arg | None:
    """«ما أدى إلى مقتل شقيقه»، «… مقتل شاب»: one person named by a singular noun (a relative with a possessive
    pronoun, or a noun of one victim), from word ``j``."""
    if j >= len(words) or words[j].kind != "word":
        return None
    x = words[j].norm
    bare = next((x[: -len(p)] for p in _POSSESSIVE if x.endswith(p) and len(x) - len(p) >= 3), None)
    if not (x in victim_singulars() or (bare is not None and bare in _RELATIVES)):
        return None
    end = j
    while (end + 1 < len(words) and end - j < 2 and _np_continues(words[end + 1], x.startswith("ال"))
           and words[end + 1].norm not in cues()["relative"]):
        end += 1
    if end + 2 < len(words) and words[end + 1].norm == "من" and _np_continues(words[end + 2], True):
        end += 2  # the group the one victim was of: «مقتل جندي من المارينز»
    nxt = words[end + 1] if end + 1 < len(words) else None
    if nxt is not None and nxt.kind == "word" and nxt.norm[:1] == "و" and len(nxt.norm) > 3 and nxt.norm not in _CLAUSE_OPEN:
        return None  # «مقتل ضابط وجنديين»: more than one, named by a joined phrase this rule does not read
    return Arg(start=words[j].start, end=words[end].end, text="", first=j, last=end, origin="victim")


#: nouns of one relative, before a possessive pronoun («شقيقه»، «ابنها»، «زوجته»)
_RELATIVES = frozenset({"شقيق", "شقيقت", "اخ", "اخت", "ابن", "ابنت", "زوج", "زوجت", "والد", "والدت", "ابو", "ام", "عم",
                        "خال", "ابناء", "اشقاء", "اطفال", "طفل", "طفلت", "نجل", "نجلي", "حفيد", "قريب", "مرافق", "مرافقي", "سايق"})


_OWNED_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the visit verbs whose object is the place visited («زار الوزير مدينة حلب»)
_VISITING = frozenset({norm("زار")})


#: masdars of what befalls people: their genitive is a victim («ما تسبب بإصابة شاب»), never the next verb's subject
_BEFALLING = frozenset({"اصابه", "مقتل", "جرح", "اصابات", "استشهاد", "وفاه", "اعتقال", "خطف", "اختطاف", "اعدام",
                        "اغتيال", "تعذيب"})


#: buildings named after who uses them: «أمام مبنى المجلس المحلي» is a place, the council no participant
_BUILDINGS = frozenset({"مبني", "مقر", "مقرات", "مكتب", "مكاتب", "دار", "قصر", "بوابه", "مدخل", "ساحه", "ديوان"})


def _building_genitive(words: list[Word], a: Arg) -> bool:
    """Is the actor the genitive of a building noun («أمام مبنى المجلس المحلي»، «قرب مقر الهيئة»)?"""
    return a.first > 0 and words[a.first - 1].norm in _BUILDINGS


def _where_building_owner(words: list[Word], a: Arg) -> bool:
    """Is the actor the owner of a building named as where («في مقر المحافظة»، «أمام مبنى المجلس»)?"""
    return _building_genitive(words, a) and a.first >= 2 and proclitic_in(words[a.first - 2].norm, _WHERE_PREPS, "و")


#: acts of force: where they happen, a building's owner is hit or acts (not only where it was)
_FORCE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT")


#: verbs of arriving that open a visit report («وصل وفد … إلى طفس … والتقى …»)
_ARRIVAL = frozenset({"وصل", "وصلت", "دخل", "دخلت", "توجه", "توجهت", "قدم", "قدمت", "حط", "حطت", "زار", "زارت"})


def _arrival_subject(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The subject of a sentence-opening verb of arriving, for a meeting verb coordinated later in the sentence
    however far («وصل وفد من اللجنة الأمنية، برفقة ضباط روس، ظهر اليوم، إلى مدينة طفس في ريف درعا الغربي، والتقى
    أعضاء اللجنة المركزية»): the delegation met them."""
    k = 0
    while k < trig.first and k < 3 and (words[k].kind != "word" or time_word(words[k])):
        k += 1
    w = words[k].norm if k < trig.first else ""
    if not conj_in(w, _ARRIVAL):
        return None  # («وصل» itself begins with و)
    found = next((a for a in cands if k < a.first <= k + 2 and a.last < trig.first and _bare(words, a)), None)
    if found is None and k + 1 < trig.first and words[k + 1].norm in _GROUP_HEADS:
        # «وصل وفد من اللجنة الأمنية التابعة للنظام …»: the group phrase up to the first comma or preposition of
        # direction/company, at most seven words
        end = k + 1
        while (end + 1 < trig.first and end - k < 7 and words[end + 1].kind == "word"
               and words[end + 1].norm not in _ARRIVAL_STOPS and not time_word(words[end + 1])):
            end += 1
        found = Arg(start=words[k + 1].start, end=words[end].end, text="", first=k + 1, last=end, origin="chunk")
    return found


_ARRIVAL_STOPS = frozenset({"الي", "برفقه", "يرافقه", "مع", "في", "صباح", "ظهر", "مساء", "اليوم", "امس"})


#: verbs of talking about something («تطرق إلى»، «تحدث عن»): their subject is no agent of the event noun after
#: the preposition (unlike «أعلن مسؤوليته عن التفجير»، «عمد إلى استقدام تعزيزات»)
_TALK_ABOUT = frozenset({"تطرق", "يتطرق", "تتطرق", "تحدث", "يتحدث", "تتحدث", "اشار", "يشير", "تشير", "لفت", "نوه",
                         "علق", "تكتم", "يتكتم", "تتكتم"})


#: verbs of being hurt or killed (the subject is a victim): «أصيب شاب برصاص …»
def _hurt_verb_before(words: list[Word], subj: Arg) -> bool:
    """«ارتقى أربعة من أبطال القوات المسلحة …»، «أصيب ثلاثة من عناصر الشرطة …»: a verb of being hurt or dying up to six
    words before the subject, only words between (a count, «من», a group noun)."""
    return _form_before(words, subj.first, 6, _HURT_VERBS)


_HURT_VERBS = word_set("frames", "_HURT_VERBS")
#: (the verbs of being killed or hurt, for the date rules of :mod:`marsad.events.extract`)
HURT_VERBS = _HURT_VERBS


def _weapon_genitive_owner(words: list[Word], trig: Trigger, after: list[Arg]) -> Arg | None:
    """The actor right after an attack noun phrase, bare or after «تابع/التابع لـ» («برصاص قناص تابع لميليشيا
    الدفاع الوطني»، «بنيران قوات النظام»), within four words with no punctuation between."""
    for a in after:
        if a.first > trig.last + 4:
            return None
        if any(w.kind != "word" for w in words[trig.last + 1 : a.first]):
            return None
        if any(w.norm in ("الذي", "التي", "الذين", "ما", "له", "لها") for w in words[trig.last + 1 : a.first]):
            return None  # «الهجوم الذي تعرضت له القوات الأميركية»: a relative clause, the actor is its target
        p = preposition(words, a)
        if (p is None and a.first <= trig.last + 2) or (
                p == "ل" and a.first >= 2 and affiliation_link(words[a.first - 1])):
            return a
    return None


#: a verb of sending with the convoy as its pronoun object («أرسلتها»، «سيّرها») and the masdar of sending it
#: («إرسالها»)
_SENT_IT = word_set("frames", "_SENT_IT")
_ITS_SENDING = word_set("frames", "_ITS_SENDING")


def _convoy_sender(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """Who sent the aid convoy or shipment named by the trigger: the actor right after a verb of sending it with a
    pronoun at most fifteen words on («قافلة من ثماني عشرة شاحنة محملة بالخيام، أرسلتها إدارة الكوارث …»), or the
    actor before the masdar of sending it («شحنة الأدوية التي أعلنت مديرية صحة حماة إرسالها») — no full stop between."""
    for k in range(trig.last + 1, min(len(words), trig.last + 16)):
        w = words[k].norm
        if w in (".", "؛", ";"):
            return None
        if w.removeprefix("و") in _SENT_IT:
            return next((a for a in cands if k < a.first <= k + 2 and a.kind != "place"), None)
        if w in _ITS_SENDING:
            return next((a for a in sorted(cands, key=lambda a: -a.last)
                         if trig.last < a.first and a.last < k and k - a.last <= 2 and a.kind != "place"), None)
    return None


def _convoy_owner(words: list[Word], trig: Trigger, after: list[Arg]) -> Arg | None:
    """The actor after «تابعة/التابعة لـ» within eight words of a convoy or a shipment noun, no punctuation but quote
    marks between («ولم تتمكن قافلة إغاثية من خمس عشرة شاحنة تابعة لجمعية «الهلال الأحمر» من الوصول …»)."""
    for a in after:
        if a.first > trig.last + 9:
            return None
        if any(w.kind != "word" and w.norm not in _QUOTES for w in words[trig.last + 1 : a.first]):
            return None
        if preposition(words, a) == "ل" and a.first >= 2 and affiliation_link(words[a.first - 1]):
            return a
    return None


_DEAD_NOUNS = word_set("frames", "_DEAD_NOUNS")
#: the site, the traces or the victims of an act («موقع الاعتداء»، «آثار القصف»، «مصابي الهجوم»): the act told before
_SITE_OF = word_set("frames", "_SITE_OF")


def site_of_act(words: list[Word], trig: Trigger) -> bool:
    """Is the attack noun the genitive of a site, of traces or of victims («موقع الاعتداء»، «آثار القصف»، «مصابي
    الهجوم»)? Then it names the act told before: who visits the site or the wounded did not attack, and the visit's time
    is not the act's — unless a relative clause of its own follows it («آثار القصف الأميركي الذي طاله فجر اليوم»)."""
    return trig.type == "ASSAULT" and trig.pos != "v" and trig.first > 0 and words[trig.first - 1].norm.lstrip(
        "و") in _SITE_OF and not any(w.norm in ("الذي", "التي") for w in words[trig.last + 1 : trig.last + 5])


def after_toll(words: list[Word]) -> int | None:
    """The word after a toll that opens the sentence, as a headline's does («ثلاثة قتلى …»، «خمسة قتلى على الأقل
    ب…»، «12 قتيلاً في …»), when that word is the act bound to it by «ب» or «في»; else ``None``."""
    k = 0
    while k < min(len(words), 4) and (_counted(words, k) or (k and words[k].norm == "و")):
        k += 1
    if not k or k >= len(words) or words[k].norm not in _DEAD_NOUNS:
        return None
    k += 1
    if k + 1 < len(words) and words[k].norm == "علي" and words[k + 1].norm == "الاقل":
        k += 2
    if k < len(words) and words[k].norm == "في":
        k += 1
    elif not (k < len(words) and words[k].norm.startswith("ب")):
        return None
    return k


def _counted_dead_before(words: list[Word], trig: Trigger, cands: list[Arg]) -> Arg | None:
    """The actor right after a noun of the dead or wounded that stands right before an attack noun with بـ
    («أربعة قتلى مدنيين بقصف …»، «جرحى من المدنيين بغارة …»)."""
    if trig.first < 2:
        return None
    a = next((a for a in cands if a.last == trig.first - 1), None)
    if a is None or a.first < 1:
        return None
    k = a.first - 1
    if words[k].norm == "من" and k > 0:
        k -= 1
    return a if words[k].norm in _DEAD_NOUNS and words[trig.first].norm[:1] == "ب" else None


#: «بينهم/منهم»: the victims named among a count
_AMONG = word_set("frames", "_AMONG")
#: masdars of being killed before a count («مقتل أربعة مدنيين»)
_KILLED_NOUNS = word_set("frames", "_KILLED_NOUNS")


def _among_the_dead(words: list[Word], a: Arg) -> bool:
    """Is the actor counted among the dead or wounded named before it («خمسة قتلى بينهم ثلاثة أطفال»، «جرحى منهم
    امرأتان»)? It is one of the victims, never the agent of the act that killed them."""
    k = a.first - 1
    if k > 0 and (words[k].kind == "number" or count_word(words[k].norm)):
        k -= 1
    if words[a.first].norm[:1] == "و" and k > 0 and words[k].norm not in _AMONG:
        # «بينهم امرأة وطفلاها»: the second of the victims joined after «بينهم»
        k = next((j for j in range(k, max(0, k - 4), -1) if words[j].norm in _AMONG), -1)
        if k < 0 or any(w.kind != "word" for w in words[k + 1 : a.first]):
            return False
    if k < 1 or words[k].norm not in _AMONG:
        return False
    k -= 1
    if k > 0 and words[k].norm in (",", "،"):
        k -= 1  # («مقتل أربعة مدنيين، بينهم امرأة …»)
    if k > 0 and (words[k].kind == "number" or count_word(words[k].norm)):
        k -= 1
    return words[k].norm in _DEAD_NOUNS or (  # «مقتل أربعة مدنيين، بينهم …»: the killed counted right before
        k >= 2 and (words[k - 1].kind == "number" or count_word(words[k - 1].norm))
        and proclitic_in(words[k - 2].norm, _KILLED_NOUNS, "و"))


def _lam_agent(words: list[Word], trig: Trigger, after: list[Arg]) -> Arg | None:
    """«هجوم لتنظيم الدولة على نقطة …»، «غارات للتحالف على مواقع …»: an actor right after an attack noun with
    لـ, followed within three words by «على/ضد» (the target), is the attacker (headline style)."""
    a = next((a for a in after if a.first == trig.last + 1), None)
    if a is None or preposition(words, a) != "ل":
        return None
    return a if any(w.norm in ("علي", "ضد") for w in words[a.last + 1 : a.last + 4]) else None


_REACHED = word_set("frames", "_REACHED")


def _reached(words: list[Word], trig: Trigger, cands: list[Arg], others: list[Trigger] | None = None) -> Arg | None:
    """Who a campaign noun reached («شنوا حملة دهم واعتقالات طالت أحد عشر شاباً») or a release freed («وأفرج الجهاز،
    في وقت لاحق، عن أربعة من الشبان»): the counted phrase or actor after «طالت/شملت» or after «عن» of a release,
    within eight words of the trigger, no full stop between."""
    release = trig.type == "RETREAT" and trig.mode == "release"
    if trig.type in ("COERCE", "ASSAULT") and trig.pos == "v":
        return None
    for k in range(trig.last + 1, min(len(words) - 1, trig.last + 13)):
        w = words[k]
        if w.kind != "word" and w.norm in (".", ";", ":"):
            return None
        if any(o.first == k for o in others or ()) and not (k > 0 and words[k - 1].norm in _UNDER_A_DEAL):
            return None  # another event's words («التفجير، شن عناصر الجهاز حملة … طالت …»)
            # (not the deal a release is made under: «وأفرجت السلطات بموجب الاتفاق عن ستة وثلاثين موقوفاً»)
        if (release and w.norm == "عن") or (not release and w.norm in _REACHED):
            if k + 3 < len(words) and _any_of_between(words, k, k + 3):
                k += 2  # «ولم يُفرج عن أيٍّ من المعتقلين»: any of them
            v = counted_victim_at(words, k + 1)
            if v is not None:
                return v
            named = next((a for a in cands if a.first == k + 1), None)
            if named is None and release and k + 1 < len(words) and (
                    held_person(words[k + 1]) or _held_singular(words[k + 1])):
                # «وأُفرج عن التاجر»، «عن الطالبين»، «أفرجت المحكمة عن طالب في جامعة الخليل»
                return _victim_phrase(words, k + 1, len(words))
            return named
    return None


#: words naming the deal an act is done under («بموجب الاتفاق»، «وفق التفاهم»، «ضمن الصفقة»)
_UNDER_A_DEAL = frozenset({"بموجب", "وبموجب", "وفق", "وفقا", "ضمن", "اطار"})
#: nouns of people held (besides the victim singulars): who is released after «عن»
_HELD = frozenset({"مخطوف", "مختطف", "معتقل", "محتجز", "اسير", "موقوف", "رهين", "رهينه"})


@cache
def _held_people() -> frozenset[str]:
    """Singular nouns of a person who can be held and released: the victim singulars, the people of an accusative
    object and the held («مخطوف»، «معتقل» …)."""
    return _person_singulars() | _HELD


def freed_by_pronoun(pronoun: Word, w: Word) -> bool:
    """Can «عنه/عنها» (one) or «عنهم/عنهما» (more) after a release refer to the held person or people ``w`` heads?"""
    one = pronoun.norm in ("عنه", "عنها")
    return held_person(w) and one == (w.norm[2:] in _held_people())


def _held_singular(w: Word) -> bool:
    """An indefinite singular noun of a person who can be held («طالب»، «أسير»، «تاجر»): one person released after
    «عن»."""
    return w.kind == "word" and w.norm in _held_people()


def held_person(w: Word) -> bool:
    """A definite noun of a person or people, one or two or many («التاجر»، «الطالبين»، «المعتقلين»، «الأسرى» is not
    one): the released after «عن» when no actor is named."""
    x = w.norm
    if w.kind != "word" or not x.startswith("ال") or len(x) < 5:
        return False
    x = x[2:]
    return x in _held_people() or (x.endswith(("ين", "ان", "ون")) and x[:-2] in _held_people())


def _victim_genitive(words: list[Word], a: Arg) -> bool:
    """Is the actor the genitive of a masdar of harm («بإصابة شاب»، «ومقتل عنصرين»، «اعتقال ناشط»)?"""
    if a.first == 0:
        return False
    w = words[a.first - 1].norm
    for p in ("وب", "ب", "و", "ل", "ف"):
        if w.startswith(p) and w[len(p):] in _BEFALLING:
            return True
    return w in _BEFALLING


def target_owner(words: list[Word], trig: Trigger, cands: list[Arg], src: list[Arg]) -> Arg | None:
    """The named actor owning the target right after an attack: «قصفت … مواقع لـ"قسد"»، «هجوماً على مقرات
    تابعة للفصائل»، «استهدفت دورية "قسد"»، «أهدافاً عسكرية لـ"الهيئة"»، «مقر القيادة العامة التابع لـ"قسد"»،
    «مناطق سيطرة "قسد"»، «نقطة عسكرية تتمركز فيها عناصر من قوات النظام».  The target noun (``target_heads``, or an area noun before «سيطرة/نفوذ») comes within
    three words of the trigger and its subject (after «على/ضد» or in the accusative); then, after at most two
    words of its phrase (adjectives, a genitive), the actor: after «لـ», after «التابعة لـ», after «سيطرة», as
    its genitive, or as who is in it after a verb of being stationed (``housing_verbs``: «تتمركز فيها عناصر من»،
    «يعتقد أنها تضم خلايا لـ»); a named actor (a KB entry) only."""
    heads = cues()["target_heads"]
    fc = frame_cues()
    links = fc["control_links"]
    first = after_time_parenthetical(words, trig.last + 1)  # («استهدفت، فجر أمس، منصات … تابعة للميليشيات»)
    stop = min(len(words), first + 3)
    # («وقصف طيران الجيش العراقي مواقع لـ…»: the head of the subject before the actor found in it is the subject's too)
    subject = next((a.first for a in src if first < a.first <= first + 2), None)
    for k in range(first, len(words)):
        if any(a.first <= k <= a.last for a in src) or (subject is not None and k < subject and all(
                w.kind == "word" for w in words[k:subject])):
            stop = min(len(words), stop + 1)
            continue  # the subject between the verb and its object («قصفت القوات التركية مواقع …»)
        if k >= stop:
            return None
        w = words[k]
        if w.kind != "word":
            return None
        area = w.norm in fc["area_nouns"] and k + 1 < len(words) and words[k + 1].norm in links
        if not (area or matches_form(w.norm, heads)):
            if w.norm in ("علي", "ضد") or (k == first and target_verb_at(words, k)):
                stop = min(len(words), stop + 1)
                continue  # «هجوماً على …»، «غارات استهدفت …»
            if w.norm.startswith("بال"):
                stop = min(len(words), stop + 1)
                continue  # the weapon before the object («تستهدف بالمسيرات مناطق …»)
            if w.norm[:1] == "ب" and matches_form(w.norm[1:], WEAPONS):
                stop = min(len(words), stop + 2)
                continue  # «استهدفوا بصاروخ موجه حاجزاً …»: the weapon and its adjective
            if time_word(w):
                stop = min(len(words), stop + 1)
                continue  # «استهدفوا فجر اليوم حاجزاً …»
            if k > trig.last + 1 and matches_form(words[k - 1].norm[1:], WEAPONS) and words[k - 1].norm[:1] == "ب":
                continue  # the weapon's adjective («بصاروخ موجه»)
            return None
        between = 0
        housed = False
        for j in range(k + 1, min(len(words), k + 11)):
            x = words[j]
            if x.kind != "word":
                if x.norm in _QUOTES:
                    continue
                return None
            a = next((a for a in cands if a.first == j), None)
            if a is not None:
                return a if a.actor is not None and a not in src else None
            if x.norm in _OWNER_PRONOUNS and trig.type == "ASSAULT" and not comma_and(words, trig):
                # «قصفت فصائل المعارضة تجمعاً لهم»، «غارة … استهدفت مقراً لها»، «قصف مواقع تابعة لها»: the owner is
                # the actor named before the attack that the pronoun refers to (not after an arrest: «اعتقلتهم … على
                # حاجز لها» is where the arrester stood; nor in a clause joined by «، و», where it is the object of the
                # verb before: «الجيش يستهدف الجماعات المسلحة، ويدمر آليات لهم»)
                return _pronoun_owner(words, trig, cands, src, x.norm)
            if x.norm == "ل" or affiliation_link(x) or x.norm in links:
                continue  # «لـ»، «التابعة»، «سيطرة»: the link to the owner
            if not housed and (is_demonym(x.norm) or _state_nisba(x.norm)) and not (
                    trig.pos == "v" and k == trig.last + 1 and matches_form(w.norm, WEAPONS)):
                # «قاعدة عسكرية تركية»، «نقطة المراقبة التركية»: a state's nisba on the target names its owner (not on
                # a weapon right after the verb, its subject: «قصفت طائرة حربية روسية بلدة …»)
                return Arg(start=x.start, end=x.end, text="", first=j, last=j, origin="adjective")
            if x.norm in fc["housing_verbs"] and not housed:
                housed = True  # who is in the target: «نقطة تتمركز فيها عناصر من قوات النظام»، «مواقع تضم خلايا للتنظيم»
                continue
            if housed and x.norm in fc["housing_links"]:
                continue
            if not housed and x.norm in fc["housing_hedges"] and j + 2 < len(words) and any(
                    words[h].norm in fc["housing_verbs"] for h in (j + 1, j + 2)):
                continue  # «مواقع يُعتقد أنها تضم …»
            if j >= k + 7:
                return None
            between += 1
            if between > 2 or not (x.norm.startswith("ال") or x.norm.endswith(("يه", "يا", "ي"))) or (
                    x.norm in cues()["stop_words"]):
                return None
            # an adjective or a genitive of the target («أهدافاً عسكرية»، «مقر القيادة العامة»)
        return None
    return None


#: «له/لها/لهم/لهما» after a target noun: its owner, named before
_OWNER_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما"})
#: the men of a group, before its name («عناصر من «الجيش الحر»»): the group's name gives the gender
_UNIT_NOUNS = frozenset({"عناصر", "عنصر", "مقاتلي", "مقاتلو", "افراد", "مسلحي", "مسلحو"})


def _pronoun_owner(words: list[Word], trig: Trigger, cands: list[Arg], src: list[Arg], pronoun: str) -> Arg | None:
    """The actor a pronoun owner after a target refers to: the nearest named actor (a KB entry) before the trigger in
    its sentence that is not the attacker; «له» skips names whose head (read past a unit noun: «عناصر «الوحدات»») is
    feminine in form as written (ending in «ة» or «ات»), «لها» prefers them (a plural of things or a feminine group:
    «الوحدات»، «قوات …»، «هيئة …») when one stands before.  Returned with ``origin`` "pronoun owner"."""
    before = [a for a in cands if a.last < trig.first and a.actor is not None and a not in src
              and not any(a.first <= s.last and s.first <= a.last for s in src)]
    if not before:
        return None

    def feminine(a: Arg) -> bool:
        # the head as written (a unit noun before it skipped: «عناصر «وحدات مقاومة سنجار»»): «ة» is no «ه» there
        k = a.first
        while k < a.last and (words[k].norm in _UNIT_NOUNS or words[k].norm in _QUOTES or words[k].norm == "من"):
            k += 1
        return words[k].text.endswith(("ة", "ات"))

    if pronoun == "له":
        before = [a for a in before if not feminine(a)]
    elif pronoun == "لها" and any(feminine(a) for a in before):
        before = [a for a in before if feminine(a)]
    best = max(before, key=lambda a: a.last, default=None)
    return None if best is None else replace(best, origin="pronoun owner")


_MEET_TYPES = frozenset({"CONSULT"})


def object_suffix(word: str, lemma: str) -> bool:
    """Does a verb carry an object pronoun (تحتجزهم، اعتقلته، قصفوها)?  Where the lemma ends in the pronoun's letters,
    they must stand twice («يتهمهم» of «اتهم»، «يواجهه» of «واجه»; not «يتهم»)."""
    lem = norm(lemma)
    return any(word.endswith(suf) and len(word) - len(suf) >= 3 and (
        not lem.endswith(suf) or word[: -len(suf)].endswith(suf)) for suf in ("هما", "هم", "هن", "ها", "ه"))


def _died_in(words: list[Word], trig: Trigger, subj: Arg, others: list[Trigger]) -> bool:
    """Is the subject of a killing verb followed, with no object in between, by how it died: a wounded
    companion («وأصيب آخر») or a circumstance phrase with an attack or clash noun («في اشتباكات»، «في تبادل
    إطلاق نار»، «بنيران»)? Then the verb is the unvowelled passive — unless it carries an object pronoun
    («إنه قتلهم في كمين»: active, with its object)."""
    if trig.pos == "v" and object_suffix(words[trig.head].norm, trig.lemma):
        return False
    k = max(subj.last, trig.last) + 1
    if k + 1 < len(words) and words[k].norm == "من" and words[k + 1].kind == "word":
        k += 2  # «قتل قائد ميداني من الفصائل في غارة …»: the group the victim belongs to
    if k >= len(words) or words[k].kind != "word":
        return False
    w = words[k].norm
    if w[:1] == "و" and w[1:] in cues()["casualty"]:
        return True  # «قتل وأصيب آخر»
    if w in _BY_FIRE:
        return True
    if w not in frame_cues()["circumstance_preps"]:
        return False
    nxt = words[k + 1 : k + 3]
    return any(clash_noun(x) or matches_form(x.norm, cues()["attack_nouns"]) for x in nxt) or any(
        o.type == "ASSAULT" and k < o.first <= k + 3 for o in others)


def _clash_side(words: list[Word], trig: Trigger, cands: list[Arg], rec: list[Arg]) -> Arg | None:
    """«ثلاثون متمرداً قتلوا في مواجهات مع قوات الأمن»: the other side of the clashes the victims died in."""
    for k in range(trig.last + 1, min(len(words) - 2, trig.last + 5)):
        if words[k].kind == "punct":
            return None
        if clash_noun(words[k]):
            j = k + 1
            while j < len(words) and j <= k + 2 and words[j].norm != "مع":
                j += 1
            return next((a for a in cands if a.first == j + 1 and a not in rec), None) if j < len(words) else None
    return None


def _aimed_at(words: list[Word], k: int, a: Arg) -> bool:
    """Is actor ``a`` the object of the aiming verb at ``k`` (time words between), or the owner of that object
    («استهدفت أمس مواقع الجيش»، «استهدفت قافلة لقوات التحالف»)?"""
    gap = list(range(k + 1, a.first))
    while gap and time_word(words[gap[0]]):
        gap.pop(0)
    p = preposition(words, a)
    if not gap:
        return p is None
    return (len(gap) == 1 and p in (None, "ل") and words[gap[0]].kind == "word"
            and matches_form(words[gap[0]].norm, cues().get("target_heads", frozenset())))


def _with_group(words: list[Word], v: Arg, cands: list[Arg], links: tuple[str, ...] = ("من", "في")) -> Arg:
    """A victim phrase followed by «من/في» + a group is the group's members: «11 مسلحاً من تنظيم القاعدة»;
    a unit followed by «التابع/الموالية لـ» + a group belongs to it: «رئيس الفرع التابع للأمن العسكري»."""
    k = v.last + 1
    if k + 1 >= len(words) or not (words[k].norm in links or (not links and affiliation_link(words[k]))):
        return v
    j = k + 1
    if words[j].norm == "ل":
        j += 1  # «التابع لـ"هيئة تحرير الشام"»: لـ written apart
    # the group right after the link, also when written in quotation marks («من "داعش"»)
    g = next((a for a in cands if a.first >= j and _word_before(words, a.first) == j - 1), None)
    if g is None:
        return v
    last = g.last
    if g.first == last and not _definite(words[last]):
        # a group in the construct state takes its genitive: «شاب من أبناء المدينة»، «عنصر من أبناء العشائر»
        while last + 1 < len(words) and last - g.last < 2 and words[last + 1].norm.startswith("ال") and (
                last == g.last or definite_adjective(words[last + 1])):
            last += 1
    return Arg(start=v.start, end=words[last].end, text="", first=v.first, last=last, kind=g.kind, actor=g.actor,
               name_en=g.name_en, origin=v.origin, data=dict(g.data))


def _genitive_of(words: list[Word], subj: Arg, a: Arg) -> bool:
    """Is the named actor ``a`` the genitive of the bare subject noun right before it («وفد النظام»، «عناصر الهيئة»):
    adjacent, the subject without a KB identity, its last word in the construct state (no «ال», no tanween, not a
    number or a name of its own)?"""
    if a.first != subj.last + 1 or a.first >= len(words):
        return False
    w = words[subj.last]
    x = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm
    if kin_head(w):
        return True  # «وناشدت عائلات المعتقلين …»، «طالب ذوو المخطوفين …»: the relatives of someone, one subject
    if subj.actor is not None or a.actor is None:
        return False
    # (a dual in the construct state is read by its singular, and «و» may be the root's: «وفدا الائتلاف وهيئة التنسيق»)
    heads = {x, w.norm} | ({x[:-1], w.norm[:-1]} if w.norm.endswith("ا") and _TANWEEN_FATH not in w.text else set())
    return w.kind == "word" and not x.startswith("ال") and not x.isdigit() and (
        not heads.isdisjoint(_GROUP_HEADS) or (subj.last > subj.first and matches_form(words[subj.first].norm, _BODY_TITLES)))
    # («رئيس أركان الجيش الإسرائيلي»: a title in a construct chain ending in the actor)


def _conjoined(w: Word) -> bool:
    """Does the word begin with the conjunction «و» («والوجهاء»، «وجمعيات»), not a root و («وزير»، «واشنطن», an
    accusative «وفداً»)?"""
    if not w.norm.startswith("و") or w.kind != "word" or _TANWEEN_FATH in w.text:
        return False
    segs = segment(w.text)  # the clitic segmenter (remembered per word) splits a conjunction off: «و|الوجهاء»
    return len(segs) > 1 and segs[0] == (0, 1)


def _construct_head(w: Word) -> bool:
    """A subject noun in the construct state that governs the noun after it («وجهاء عشائر …»، «متحدث باسم …»،
    «عناصر الهيئة»): one of the group, kin or representative heads, with no article and no tanween."""
    heads = _GROUP_HEADS | _KIN_HEADS | _NOTABLE_HEADS
    x = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 and w.norm not in heads else w.norm
    return w.kind == "word" and not x.startswith("ال") and _TANWEEN_FATH not in w.text and x in heads


_TANWEEN_FATH = "\u064b"
_NOTABLE_HEADS = word_set("frames", "_NOTABLE_HEADS")

_GROUP_HEADS = word_set("frames", "_GROUP_HEADS")
#: relatives in the construct state: their genitive belongs to them («ذوو المعتقلين»، «عائلات الضحايا»)
_KIN_HEADS = word_set("frames", "_KIN_HEADS")
def kin_head(w: Word) -> bool:
    """Is the word a relatives' noun in the construct state («ذوو»، «عائلات»، «أهالي»، with و/ف)?"""
    x = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm
    return w.kind == "word" and x in _KIN_HEADS


#: acts done by saying: the masdar of one may carry the pronoun of the one reported from («اتهامه»، «إدانته»،
#: «مطالبته»), and the time of the words they quote is the content's, not theirs
_SAYING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "AGREE", "SUPPORT"})
#: reporting verbs whose «عن X» names who is reported («نقلت الوكالة عن مصدر …»)
_REPORTING = frozenset({"نقل", "نقلت", "ونقلت", "ونقل", "نقلا", "تنقل", "ينقل", "وتنقل"})


def _reported_from(words: list[Word], trig: Trigger, cands: list[Arg]) -> tuple[Arg, int] | None:
    """The one reported from, and where the masdar with its pronoun stands, for a masdar of saying after «نقلت … عن
    X» («نقلت «سانا» عن مصدر في وزارة الخارجية اتهامه «جهات لبنانية» بـ…»، «… إدانته «الاعتداءات»، وتحميله
    «الميليشيات» جانباً من المسؤولية»): the last actor between «عن» and the masdar."""
    if trig.pos == "v" and not _masdar_with_pronoun(words[trig.head].norm, trig.lemma):
        return None  # (a verb with an object pronoun: «واتهمه»)
    k = trig.head
    if not words[k].text.endswith(("ه", "ها", "هم", "هما")) and norm(trig.lemma).endswith("مسووليه"):
        # (the responsibility laid by «وتحميله X المسؤولية»: the masdar with the pronoun stands before)
        k = next((j for j in range(trig.first - 1, max(-1, trig.first - 8), -1)
                  if words[j].norm.lstrip("و").startswith("تحميل") and words[j].text.endswith(("ه", "ها"))), -1)
    if k < 0 or not words[k].text.endswith(("ه", "ها", "هم", "هما")) or words[k].text.endswith("ة"):
        return None
    an = next((j for j in range(k - 1, max(-1, k - 40), -1) if words[j].norm == "عن"), None)
    if an is None or not any(w.norm in _REPORTING for w in words[max(0, an - 12) : an]):
        return None
    said = k
    if words[k].norm.startswith("و"):
        # (a masdar joined to the one right after the speaker: «… إدانته «…»، وتحميله …»)
        said = next((j for j in range(k - 1, an, -1) if words[j].kind == "word" and not words[j].text.endswith("ة")
                     and words[j].text.endswith(("ه", "ها", "هم", "هما")) and not any(a.first <= j <= a.last for a in cands)),
                    k)
    between = [a for a in cands if an < a.first and a.last < said]
    if not between or any(w.kind != "word" and w.norm not in _QUOTES for w in words[between[-1].last + 1 : said]):
        return None  # (right after the speaker: no clause between)
    return min(between, key=lambda a: a.first), k


def _masdar_with_pronoun(w: str, lemma: str) -> bool:
    """Is the normalised word of a verb entry its masdar with a pronoun («وتحميله» of «حمّل»), not the verb with an
    object pronoun («حمّله»، «يتهمه»)?"""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    base = next((w[: -len(p)] for p in ("هما", "هم", "ها", "ه") if w.endswith(p)), None)
    lem = norm(lemma.split("/")[0].split()[0])
    bare = lem[1:] if lem.startswith("ا") else lem
    return base is not None and base != lem and not (base[:1] in ("ي", "ت", "ن") and base[1:] == bare) and not (
        base[:1] in ("ي", "ت", "ن") and base[1:] == lem)


def _headed(words: list[Word], a: Arg) -> bool:
    """Is the actor a party headed by the subject («على رأس وفد …»، «يزور المحافظ البلدة على رأس وفد رفيع»)?  It comes
    with the subject: neither whom the act is done to, nor a subject of its own."""
    return a.first >= 2 and words[a.first - 1].norm == "راس" and words[a.first - 2].norm in ("علي", "وعلي")


#: the charge an arrest or a sentence is made on («بتهمة»، «بجرم»)
_CHARGES = word_set("frames", "_CHARGES")
#: prepositions inside a charge («التستر على …»، «التخابر مع …»، «الانتماء إلى …»)
_CHARGE_PREPS = word_set("frames", "_CHARGE_PREPS")


def _in_charge(words: list[Word], trig: Trigger, a: Arg) -> bool:
    """Is the actor inside the charge of an arrest («اعتقلته بتهمة «التستر على خلايا التنظيم»»، «بتهمة قتل جنديين»)?
    It is what the charge says, neither who is arrested nor who arrests: at most four words after «بتهمة/بجرم» (the
    quotation marks aside, no other punctuation), after a preposition there or as the genitive of the charge's masdar
    — not the object after a definite one («اعتقلت الشرطة بتهمة التهريب ثلاثة شبان»)."""
    between: list[Word] = []
    for k in range(a.first - 1, max(-1, a.first - 9), -1):
        if words[k].norm in QUOTE_MARKS:
            continue
        if words[k].kind != "word" or trig.first <= k <= trig.last or len(between) == 4:
            return False
        if words[k].norm in _CHARGES:
            return (any(w.norm in _CHARGE_PREPS for w in between) or words[a.first].norm[:1] in ("ل", "ب")
                    or (len(between) == 1 and not between[0].norm.startswith("ال")))
        between.append(words[k])
    return False


#: dwellings, whose genitive is their owner («منزل الشاب»، «منزلي عائلتي الشابين»)
_HOMES = word_set("frames", "_HOMES")


def _home_genitive(words: list[Word], a: Arg) -> bool:
    """Is the actor a home's owner, its genitive, directly or through a relatives' noun or a count («داهمت منزل
    المطلوب»، «اقتحمت منزلي عائلتي الشابين»، «بيوت عدد من الأهالي»)?  It belongs to the object, and is no verb's
    subject."""
    k = a.first - 1
    while k >= max(0, a.first - 4) and words[k].kind == "word":
        x = words[k].norm
        if x in _HOMES:
            return True
        # (past a relatives' noun, also in the dual construct state — «عائلتي» of «عائلة» —, and a count: «بيوت عدد من
        # الأهالي»)
        if not (x in _KIN_HEADS or (len(x) > 4 and x.endswith("تي") and x[:-2] + "ه" in _KIN_HEADS)
                or x in ("عدد", "من", "احد")):
            return False
        k -= 1
    return False


def kin_genitive(words: list[Word], a: Arg) -> Arg | None:
    """The genitive of a relatives' noun that opens the phrase ``a`` (or follows it, definite) and is followed by a
    relative pronoun («أحد أقارب الشاب الذي قُتل أمس»، «ذوو الشاب الذي قُتل» → «الشاب»): whom the relative clause is
    about; ``None`` for any other phrase."""
    if not kin_head(words[a.first]) or words[a.first].norm.lstrip("وف") in ("اهالي", "اهل"):
        return None  # («أهالي البلدة الذين قُتلوا»: the townspeople themselves)
    last = a.last
    if last == a.first:  # «ذوو الشاب …»: a definite genitive right after a lone relatives' noun
        last += 1
        if last >= len(words) or not words[last].norm.startswith("ال"):
            return None
    if last + 1 >= len(words) or words[last + 1].norm not in ("الذي", "التي", "الذين"):
        return None
    k = a.first + 1
    return Arg(start=words[k].start, end=words[last].end, text="", first=k, last=last, kind=a.kind, origin=a.origin)


_POSSESSIVE = ("هما", "هم", "ها", "ه")
# types whose actors rarely speak about their own act in a complement clause («قالت الوزارة إن الاعتداءات …»)
_REPORTED_NOT_TAKEN_PART = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE", "MOBILIZE"})


def _speaker_of(words: list[Word], a: Arg, actors: list[Arg]) -> Arg:
    """A member noun with a possessive pronoun in a speaker's announcement stands for the speaker:
    «قال الجيش إن قواته قصفت …»، «أعلن الجيش مقتل اثنين من جنوده» (the army's forces, its soldiers)."""
    x = words[a.last].norm
    suf = next((p for p in _POSSESSIVE if x.endswith(p)), None)
    if suf is None:
        return a
    base = x[: -len(suf)]
    base = base[1:] if base[:1] in ("و", "ف") and len(base) > 4 else base
    heads = cues().get("member_heads", frozenset())
    if base not in heads and not (base.endswith("ت") and base[:-1] + "ه" in heads):
        return a
    speech = cues()["speech_verbs"]
    for s in range(a.first - 1, max(-1, a.first - 15), -1):
        if words[s].kind != "word" or not matches_form(words[s].norm, speech):
            continue
        b = next((b for b in actors if b.first == s + 1 or b.last == s - 1), None)
        if b is None or b.last >= a.first or b is a:
            return a
        if any(b.last < c.first and c.last < a.first for c in actors):
            return a  # another actor stands between: it may be the possessor
        return replace(b)
    return a


#: what opens a quotation (a plain «"» too: after a speaker's name it opens)
_QUOTE_OPENERS = OPENING_QUOTES | {'"'}


#: the past verb of answering, bare or joined by و/ف («وردّت إيران على …»): the list the extractor reads too
_ANSWERING = word_set("extract", "_ANSWERED")


def _answered_noun(words: list[Word], trig: Trigger) -> bool:
    """Is the noun right after the «على» of a verb of answering, its subject between at most («ردّت إيران على اغتيال
    قادة …»)?"""
    return trig.first >= 2 and words[trig.first - 1].norm == "علي" and any(
        w.norm in _ANSWERING for w in words[max(0, trig.first - 4) : trig.first - 1])


def _from_whom(words: list[Word], trig: Trigger, after: list[Arg]) -> Arg | None:
    """The actor right after a «من» at most two words after a received call or message («يتلقى اتصالاً هاتفياً من
    نظيره المصري»), or ``None``."""
    k = next((j for j in range(trig.last + 1, min(len(words), trig.last + 4)) if words[j].norm == "من"), None)
    if k is None or any(w.kind != "word" for w in words[trig.last + 1 : k]):
        return None
    return next((a for a in after if a.first == k + 1), None)


def _quote_speaker_before(words: list[Word], a: Arg, trig: Trigger, actors: list[Arg]) -> bool:
    """Is actor ``a`` (part of) the speaker of a quotation that holds the trigger: a speech verb at most three words
    before it, the quotation opening at most six words after it with nothing but words (and a colon) between
    («وقال مدير المرصد رامي عبد الرحمن "تهدّم جزء كبير من جسرين …"»)?  The speaker is no actor of what the
    quotation tells when the phrase names a person or a monitor (an NGO, an international body) — not a party whose
    spokesman may tell its own strikes («قال البنتاغون "إن تدمير أهداف …"»); and of an attack only (who announces a
    deal or a demand in quotation marks makes it)."""
    k = a.last + 1
    if a.first > 0 and words[a.first - 1].norm in _QUOTES and k < trig.first and words[k].norm in _QUOTES:
        k += 1  # (the actor's own quotation marks: «أعلنت "قسد" …»)
    while k < trig.first and k - a.last <= 7 and (words[k].kind == "word" or words[k].norm == ":"):
        k += 1
    if not (k < trig.first and k - a.last <= 7 and words[k].text in _QUOTE_OPENERS):
        return False
    if any(words[j].text in CLOSING_QUOTES for j in range(k + 1, trig.first)):
        return False
    if any(words[j].norm in ("ان", "بان", "انه", "انها") for j in range(a.last + 1, k)):
        return False  # («وقال إن الجيش "سيواصل …"»: the speaker's own clause before the quotation)
    speech = cues()["speech_verbs"]
    for s in range(a.first - 1, max(-1, a.first - 4), -1):
        if words[s].norm in ("ان", "بان", "انه", "انها"):
            return False  # («وقال إن الجيش "سيواصل …"»: the subject of the clause the quotation goes on)
        if words[s].kind == "word" and matches_form(words[s].norm, speech):
            return any(s < b.first and b.last < k and (b.kind == "person" or b.data.get("actor_category") in _MONITORS)
                       for b in [a, *actors])
    return False


#: actor categories that tell of attacks and take no part in them (the observatory, the UN)
_MONITORS = frozenset({"ngo", "igo", "civilian"})


def first_person(word: str) -> bool:
    """A past verb in the first person plural («قصفنا»، «فرفضنا»), not «…ونا» (they … us)."""
    return len(word) > 4 and word.endswith("نا") and not word.endswith("ونا")


def first_person_light_verb(words: list[Word], trig: Trigger) -> bool:
    """An event noun carried by a first-person light verb one or two words before it («نجري مباحثات»، «قمنا بقصف»)."""
    light = frame_cues()["first_person_light_verbs"]
    return trig.pos != "v" and any(matches_form(w.norm, light) for w in words[max(0, trig.first - 2) : trig.first])


def quote_speaker(words: list[Word], trig: Trigger, actors: list[Arg]) -> Arg | None:
    """Who speaks the quote a first-person verb is in: the actor right after the nearest speech verb before
    it («وقال وزير الخارجية: … فرفضنا»), or right before that verb or before a colon («الجيش: قصفنا …»)."""
    speech = cues()["speech_verbs"]
    for s in range(trig.first - 1, max(-1, trig.first - 25), -1):
        w = words[s]
        if w.norm == ":" or (w.kind == "word" and matches_form(w.norm, speech)):
            after = next((a for a in actors if a.first == s + 1), None)
            before = next((a for a in actors if a.last in (s - 1, s - 2) and a.last < s), None)
            if after is not None and after.last < trig.first and w.norm != ":":
                return after
            if before is not None:
                return before
    return None


def _asked_from(words: list[Word], trig: Trigger, a: Arg) -> tuple[Arg, Arg] | None:
    """«طلب قادة الفصيل من الوفد الروسي …»: a subject phrase after a verb of asking that runs over «من» into a
    named actor is the asker and the one asked, split at «من»."""
    if not norm(trig.lemma).startswith("طلب") or a.first <= trig.last or a.actor is None:
        return None
    k = next((k for k in range(a.first + 1, a.last) if words[k].norm == "من"), None)
    if k is None:
        return None
    left = Arg(start=a.start, end=words[k - 1].end, text="", first=a.first, last=k - 1, kind=a.kind, origin=a.origin)
    right = Arg(start=words[k + 1].start, end=a.end, text="", first=k + 1, last=a.last, kind=a.kind, actor=a.actor,
                name_en=a.name_en, origin=a.origin, data=dict(a.data))
    return left, right


def _identified(words: list[Word], a: Arg, actors: list[Arg], *, asked: bool = False) -> Arg:
    """The actor an argument stands for: the speaker of «قواته», the person after a title, the group of a
    unit «التابع لـ» it or of an unnamed member «من» it («انتحاري من حركة طالبان») — but after a verb of asking
    «من» names the one asked («طلب قادة الفصيل من الوفد الروسي مهلة»: ``asked``)."""
    a = _with_group(words, _apposition(_speaker_of(words, a, actors), actors), actors, ())
    return _with_group(words, a, actors, ("من",)) if a.actor is None and not asked else a


def _apposition(a: Arg, actors: list[Arg]) -> Arg:
    """A title phrase followed at once by a person's name is that person: «وزير الدفاع الياس المر»."""
    if a.origin != "chunk":
        return a
    b = next((b for b in actors if b.first == a.last + 1 and b.kind == "person"), None)
    if b is None:
        return a
    return Arg(start=a.start, end=b.end, text="", first=a.first, last=b.last, kind=b.kind, actor=b.actor,
               name_en=b.name_en, origin=b.origin, data=dict(b.data))


#: verbs acting on an event named by a definite noun, whose subject did not hold it («اعترضوا المظاهرة»)
_ACTING_ON = word_set("frames", "_ACTING_ON")
#: verbs of recording: their subject observes the act named after them («رصد المرصد اشتباكات»، «وثّقت الشبكة غارات»)
_MONITORING = word_set("frames", "_MONITORING")
#: verbs of judging what an act was: their subject describes the act named after them («ووصف الوزير الهجوم بـ…»)
_JUDGING = word_set("frames", "_JUDGING")
def _judging(w: str) -> bool:
    """Is the normalised word a verb of judging, with «و» before it or a pronoun object after it («وصفه»، «واعتبرها»)?"""
    for suffix in ("", "ه", "ها", "هم"):
        if (not suffix or w.endswith(suffix)) and proclitic_in(w[: len(w) - len(suffix)], _JUDGING, "وف"):
            return True
    return False


#: those responsible «عن» an act («محاسبة المسؤولين عن الهجوم»): its perpetrators, unnamed
_RESPONSIBLE_FOR = word_set("frames", "_RESPONSIBLE_FOR")


def assign_roles(
    words: list[Word], trig: Trigger, actors: list[Arg], *, others: list[Trigger] | None = None,
    place_starts: frozenset[int] = frozenset(),
) -> tuple[list[Arg], list[Arg], list[str], str | None]:
    """Source and recipient actors of a trigger, the reasons, and how the source was found.

    ``place_starts``: indices of the words that begin a place name of the sentence.

    ``others`` are the sentence's other triggers: an actor that is the genitive
    complement of another trigger noun belongs to that trigger, not to this one.
    """
    why: list[str] = []
    how: str | None = None
    others = [o for o in others or [] if o is not trig]
    # «حمّل … مسؤولية»: where the gap of a blaming phrase ends (the verb takes its subject and its object in it)
    blame_end = trig.last if trig.type == "ACCUSE" and trig.pos == "p" and "…" in trig.lemma and trig.last - trig.first >= 2 \
        and words[trig.first].norm.lstrip("و").startswith(BLAME_VERBS) else None
    if trig.last - trig.first > 3 and trig.head == trig.last and words[trig.head].text.endswith(("ه", "ها", "هم", "هما")):
        # (the written form: «مسؤولية» ends in ة, which normalises to ه but is no pronoun)
        # a phrase with a gap whose last word refers back to its subject («أبدت الفصائل … استعدادها»):
        # the words in the gap are not the trigger's, and the subject is among them
        trig = replace(trig, first=trig.head, last=trig.head)
    elif trig.pos == "p" and "…" in trig.lemma and trig.head == trig.last and trig.last - trig.first >= 2:
        # a verb phrase with a gap («احتجز المسلحون أربعة من الشرطة رهائن»، «أطلقت الطائرات صواريخ»): its subject
        # and object are in the gap; the verb heads the clause
        if (gap_masdar := _phrase_masdar(words[trig.first].norm)) is not None:
            # a masdar opens it («أعلنت الوزارة، مساء اليوم، توقيف ثلاثة أشخاص»): a noun, its agent before it
            trig = replace(trig, last=trig.first, head=trig.first, pos="n", lemma=gap_masdar)
        else:
            verb = trig.lemma.split("…")[0].split("/")[0].strip()
            trig = replace(trig, last=trig.first, head=trig.first, pos="v", lemma=verb)
    # (but the owner of a weapon noun right after an attack verb, its subject, is the verb's agent too: «قصفت مدفعية
    # النظام منازل …»)
    owned = {a.first for a in actors for o in others
             if 0 < a.first - o.last <= 1 and (o.pos != "v" or _masdar_form(words, o))
             and not (trig.pos == "v" and o.first == trig.last + 1 and o.type == trig.type == "ASSAULT"
                      and not object_suffix(words[trig.head].norm, trig.lemma))}
    cands = [a for a in actors if (a.last < trig.first or a.first > trig.last) and a.first not in owned
             and not (a.last + 2 == trig.first and words[a.last + 1].norm == "من"
                      and words[a.last].norm in _PARTITIVE)  # «مجموعة من الهجمات», but «تمكن المسلحون من استهداف»
             and not attributed(words, a.first)  # «بحسب مسؤولين»: the source of the report, not an actor
             and not in_slogan(words, a.first)  # «لافتات تندد بـ«استهداف المدنيين»»: words of a banner
             and not _headed(words, a)  # «يزور المحافظ البلدة على رأس وفد …»: who comes with the subject
             and not _in_charge(words, trig, a)]
    if trig.pos == "v" and (inside := _relative_after_subject(words, trig, cands)) is not None:
        # «رفضت «هيئة تحرير الشام»، التي ينتشر مقاتلوها في …، أي اتفاق مع الروس»: the actors of a relative clause set
        # off by commas after the verb's subject belong to that clause
        cands = [a for a in cands if not (inside[0] <= a.first and a.last < inside[1])]
    subj_before = None
    # (also a verb phrase with a gap: «والسلطة المحلية …، التي …، حمّلت الميليشيا مسؤولية …»)
    if trig.verbal and (span := _relative_before_verb(words, trig)) is not None:
        # «ومحافظ ديالى، الذي وصل إلى خانقين … على رأس وفد ضمّ … ممثلاً عن وزارة الهجرة والمهجرين، زار المخيم»: the
        # actors of a relative clause set off by commas before the verb belong to that clause; its antecedent, right
        # before it, is the verb's subject however long the clause
        cands = [a for a in cands if not (span[0] <= a.first and a.last < span[1])]
        subj_before = next((a for a in cands if a.last == span[0] - 2 or (
            a.last == span[0] - 3 and words[span[0] - 2].norm in _QUOTES)), None)
        if subj_before is not None and subj_before.first > 1 and words[subj_before.first - 1].norm == "في" and (
                owner := next((a for a in cands if a.last == subj_before.first - 2), None)) is not None:
            subj_before = owner  # «والسلطة المحلية في محافظة البيضاء، التي …، حمّلت …»: the body, not where it is
        # (the end of the antecedent, before the closing marks of a quoted name: «و«لجنة مهجّري مخيم اليرموك»، التي
        # …، اتهمت …» — the tagger may end the name before the place inside the marks)
        tail_end = span[0] - 1
        while tail_end > 1 and words[tail_end - 1].norm in _QUOTES:
            tail_end -= 1
        if subj_before is None:
            # (the antecedent may end with where it is: «والمجلس المحلي لمدينة الباب، الذي تشكّل …، اتهم …»)
            subj_before = next((a for a in sorted(cands, key=lambda a: -a.last)
                                if tail_end - 4 <= a.last < tail_end - 1 and a.kind != "place"
                                and _place_tail(words, a.last + 1, tail_end, place_starts)), None)
        if subj_before is None:
            # (or with words the actor's name leaves out: its adjectives, the rest of its name or the place it is
            # of: «ووزارة الخارجية والمغتربين السورية، التي …، دانت …»، «ومجلس محافظة النجف، الذي …، حمّل …»)
            subj_before = next((a for a in sorted(cands, key=lambda a: -a.last)
                                if tail_end - 4 <= a.last < tail_end - 1 and a.kind != "place"
                                and _name_tail(words, a.last + 1, tail_end, place_starts,
                                               quoted=tail_end < span[0] - 1)), None)
    # a verb's subject right after it («استقبل رئيس الإدارة المدنية لولاية جنوب دارفور، في مكتبه …، وفداً»): the
    # words outside a parenthetical are counted from its end
    subj_after = next((a for a in cands if a.first == trig.last + 1), None) if trig.pos == "v" else None
    after = sorted([a for a in cands if a.first > trig.last and (a.first - trig.last <= 10 or (
        a.first - trig.last <= 16 and _words_between(words, trig.last, a.first, marks=False) <= 7) or (
        a.first - trig.last <= 24 and _words_outside_parenthetical(words, trig.last, a.first) <= 4) or (
        subj_after is not None and a.first > subj_after.last and a.first - trig.last <= 24
        and _words_outside_parenthetical(words, subj_after.last, a.first) <= 4))],
        key=lambda a: a.first)
    before = sorted([a for a in cands if a.last < trig.first and (trig.first - a.last <= 10 or a is subj_before or (
        trig.first - a.last <= 16 and _words_between(words, a.last, trig.first) <= 6))], key=lambda a: -a.last)
    between_trigger = {a.first for a in before if any(a.last < o.first and o.last < trig.first for o in others)}
    # an actor before a complementizer opening a clause with its own subject («قالت الوزارة إن الاعتداءات …»)
    # is not the subject of a trigger inside that clause; a speaker about a visit, a deal or aid
    # («وأضاف الأسد أن هذه الزيارة …») often took part in it, and keeps its place
    split = trig.type in _REPORTED_NOT_TAKEN_PART
    before_free = [a for a in before if a.first not in between_trigger
                   and not (split and clause_break(words, a.last, trig.first))
                   and not (trig.type == "ASSAULT" and _quote_speaker_before(words, a, trig, before))]
    src: list[Arg] = []
    rec: list[Arg] = []

    # «تظاهر المئات …، مطالبين الحكومة المحلية بـ…»، «… متوعّداً «إسرائيل» بأنها سترى …»: a demanding, threatening or
    # praising participle belongs to the clause before it — its subject is that clause's (the nearest bare actor before), its
    # object the bare actor right after it
    if trig.type in ("REQUEST", "THREATEN", "SUPPORT", "ACCUSE", "REJECT", "AGREE") and _circumstantial_participle(words, trig):
        obj = next((a for a in after if a.first - trig.last <= 2 and _bare(words, a)), None)
        # (not an actor inside a clause of its own — «إذا تقدّمت القوات السورية …» — nor a building's owner — «أمام
        # مبنى ديوان محافظة الأنبار»)
        def subject_like(a: Arg) -> bool:
            return (_bare(words, a) and not clause_break(words, a.last, trig.first) and not _set_off(words, a)
                    and not any(w.norm in _CONDITIONALS for w in words[max(0, a.first - 3) : a.first])
                    and not _building_genitive(words, a))
        # (a participle joined by «، و» to one before it has that one's subject: «…، مطالبين …، ومحمّلين …»)
        lead = trig.first if words[trig.head].norm[:1] != "و" else next(
            (k for k in range(trig.head - 1, max(0, trig.head - 30), -1) if words[k - 1].norm in (",", "،") and (
                words[k].norm in CLAUSE_PARTICIPLES or (words[k].norm[:1] == "م" and _TANWEEN_FATH in words[k].text))),
            trig.first)  # (… «، معتبراً …، ومتهماً …»: the first participle after a comma)
        # (the nearest, else the first of the sentence: the main clause's subject, far before a long clause)
        subj = next((a for a in before if a.last < lead and subject_like(a)), None) or next(
            (a for a in sorted(cands, key=lambda a: a.first) if a.last < lead and subject_like(a)), None)
        # (the opening verb a trigger, a verb of saying or of describing: «ووصفت الوزارة، في بيان، ما جرى …»; its
        # subject right after it, in quotation marks or not: «وحمّلت «وحدات مقاومة سنجار»، في بيان، …»)
        opens = bool(words) and (any(o.pos in ("v", "p") and o.first == 0 for o in others)
                                 or words[0].norm.removeprefix("و") in _DESCRIBING
                                 or matches_form(words[0].norm, cues()["speech_verbs"]))
        opener = next((a for a in cands if (a.first == 1 or (a.first == 2 and words[1].norm in _QUOTES))
                       and a.last < lead and subject_like(a) and opens), None)
        if opener is not None and subj is not None and subj.first > opener.last:
            # «والتقى رئيس اللجنة … عدداً من الوجهاء، وطالبهم بـ…، ملوّحاً بأن …»: a sentence that opens with its verb
            # and that verb's subject has that subject for the participles of its clauses (the nearer actors are
            # objects)
            subj = opener
        if subj is not None and (verb_subj := next((b for b in cands if b.last == subj.first - 1 and any(
                o.pos == "v" and o.last == b.first - 1 for o in others)), None)) is not None:
            # «وطالب المجلس الأمم المتحدة بالضغط …، محمّلاً موسكو المسؤولية»: the actor right after the verb's subject is
            # its object; the participle's subject is the verb's
            subj = verb_subj
        said = _said_content(words, trig)
        if said is not None and subj is not None and subj.first > said[0]:
            # «قال المركز الإعلامي إن القصف «أودى بحياة ثلاثة أطفال»، متهماً المليشيا بـ…»: the participle goes with the
            # verb of saying, not with an actor of what is said: its subject is the sayer, if one is found
            subj = next((a for a in sorted(cands, key=lambda a: a.first) if said[1] < a.first < said[0]
                         and a.last < said[0] and a.kind != "place" and not _building_genitive(words, a)
                         and not any(w.norm in ("ل", "لـ") for w in words[max(0, a.first - 2) : a.first])), None)
            # (not whom it was said to: «قال شهود عيان لـ«سودان الغد» إن …»)
        if obj is not None:
            rec = [obj]
            why.append("the bare actor right after a demanding, threatening or praising participle is whom it addresses")
        if subj is not None:
            src = [subj]
            why.append("the participle's subject is its clause's: the nearest bare actor before it")
        return src, rec, why, "subject" if src else None

    # «نقلت «سانا» عن مصدر في وزارة الخارجية اتهامه «جهات لبنانية» بـ…»: a masdar of saying with the pronoun of the one
    # reported from is said by the actor after «عن»; the actor right after it is its object
    if trig.type in _SAYING_TYPES and (reported := _reported_from(words, trig, cands)) is not None:
        speaker, lead = reported
        obj = next((a for a in after if a.first - lead <= 3 and _bare(words, a)), None)
        why.append("a masdar of saying with a pronoun («اتهامه»، «وتحميله») after «نقلت … عن X»: X said it")
        return [speaker], [obj] if obj is not None else [], why, "subject"

    # the trigger names its actor (وفد روسي …)
    own = next((a for a in actors if a.first == trig.first), None)
    if own is not None and trig.lemma in ("وفد", "انتحاري"):
        src = [own]
        how = "self"
        why.append("the trigger noun is its own actor")

    # aid «مقدمة من X»، «مشتركة بين X و Y»: who gives it
    if trig.type == "AID" and trig.pos != "v":
        givers = _aid_givers(words, trig, cands)
        if givers:
            why.append("«مقدمة من X» / «مشتركة بين X و Y» after the aid: its givers")
            return givers, _aid_receivers(words, trig, why), why, "agent"

    # "بين X و Y"
    # («بين» may come after the clash's adjective, a time and commas: «دارت اشتباكات متقطعة، فجر اليوم، بين فصائل من
    # «الجيش السوري الحر» وقوات النظام»; the first side may follow a group noun: «فصائل من «…»»)
    bain = next((k for k in range(trig.last + 1, min(len(words), trig.last + 17)) if words[k].norm == "بين"), None)
    if bain is not None:
        in_place = _place_phrase_words(words, place_starts)  # (nor a place phrase: «عُقدت … في بلدة بلودان بين …»)
        if any(o.first < bain and o.first > trig.last for o in others) or sum(
                1 for w in _without_weapons(words, trig.last + 1, bain) if w.kind == "word" and not time_word(w)
                and not in_class(w.norm, "occurrence_verbs") and id(w) not in in_place and w.norm != "غير") > 1:
            bain = None  # only an adjective, a time and commas between («جولته في جنوب دمشق باتجاه مناطق التماس بين …»)
            # (a negated adjective is one: «اتفاق غير معلن بين …»)
    sides = sorted([a for a in cands if bain is not None and a.first > bain and a.first - bain <= 12
                    and not (a.first == a.last and words[a.first].norm in _DUAL_HEADS)],
                   key=lambda a: a.first)  # (not «فصيلي» of «بين فصيلي «X» و«Y»»: the two sides follow it)
    if bain is not None and trig.type == "ASSAULT":
        # «اندلع اشتباك بين عائلتين»، «اشتباكات بين مجموعتين مسلحتين من أبناء البلدة»: one dual names both sides of the
        # fight, unless a second side is joined to it by «و»
        pair = next((a for a in sides if a.first == bain + 1 and indefinite_dual(words[a.first].norm)), None)
        if pair is not None and not any(0 < b.first - pair.last <= 4 and "و" in (words[b.first].norm[:1], words[b.first - 1].norm)
                                        for b in sides):
            why.append("'بين' and a dual in a fight: both sides are sources")
            return [pair], [], why, "between"
    if bain is not None and trig.type == "ASSAULT" and bain - trig.last <= 2 and all(
            w.kind == "word" for w in words[trig.last + 1 : bain]) and not any(
            bain < a.first <= bain + 4 for a in sides) and (two := _two_places_after(words, bain, place_starts)) is not None:
        # «الاشتباكات بين التبانة وجبل محسن»، «القنص بين باب التبانة وجبل محسن»: two places are the two sides, their
        # armed men fighting (not «على الطريق بين طفس والمزيريب»: «بين» comes right after the fight here)
        why.append("'بين X و Y' in a fight, X and Y places: their armed men are the two sides")
        return list(two), [], why, "between"
    for k, a in enumerate(sides):
        if bain is not None and bain < a.first <= bain + 4:
            rest = sides[k + 1 :]
            if rest and rest[0].first == a.last + 2 and words[a.last + 1].norm == "من" and a.actor is None and (
                    theirs := next((b for b in rest[1:] if b.first - rest[0].last <= 4), None)) is not None:
                # «بين وفد من ضباط الشرطة العسكرية الروسية وممثلين عن …»: the delegation of those after «من» is one side
                b = rest[0]
                a = _joined(a, b, b)
                rest = [theirs]
            other = next((b for b in rest if b.first - a.last <= 4), None)
            if other is not None:
                if trig.type == "ASSAULT":
                    why.append("'بين X و Y' in a fight: both sides are sources")
                    return [a, other], [], why, "between"
                why.append("'بين X و Y': first side source, second recipient")
                return [a], [other], why, "between"
    if (bain is not None and trig.type != "ASSAULT" and sides and sides[0].first == bain + 1
            and sides[0].last + 1 < len(words) and words[sides[0].last + 1].norm[:1] == "و"
            and words[sides[0].last + 1].kind == "word"):
        # «اتفاق غير معلن بين الحزب الديمقراطي الكردستاني وتحالف عربي»: the second side is no actor the lists know
        why.append("'بين X و …': the first side is the source (the second is named by no actor)")
        return [sides[0]], [], why, "between"

    # explicit agent markers (an agent phrase may stand further on than a bare object: «اعتُقل شقيقان …، مساء أمس، على
    # يد مفرزة من جهاز الأمن الوطني»)
    if not src:
        further = [a for a in cands if trig.last < a.first <= trig.last + 24 and a not in after]
        # a passive verb of attack or arrest (a damma: «اختُطف»، «اعتُقل»), or a noun of one whose genitive is its
        # patient («اختطاف طبيب …»)
        passive_written = trig.type in ("ASSAULT", "COERCE") and (
            (trig.pos == "v" and "\u064f" in words[trig.head].text.lstrip("وف")[:4])
            or (trig.pos != "v" and norm(trig.lemma) in _PATIENT_NOUNS))
        for a in sorted([*after, *further], key=lambda a: a.first):
            lead = a.first - 1 if a.first >= 2 and words[a.first - 1].norm in _QUOTES else a.first  # تبناه «تنظيم …»
            unit = _unit_of_agent(words, lead)
            if a in further and unit is None and not (
                    passive_written and tuple(w.norm for w in words[max(0, lead - 2) : lead]) in _AGENT_MARKERS[:3]
                    and not any(o.first > trig.last and o.last < lead for o in others)
                    and not any((w.kind == "punct" and w.norm in (".", ":", ";", "؛")) or w.norm in cues()["relative"]
                                or (w.norm in (",", "،") and x.norm[:1] == "و" and len(x.norm) > 3)
                                for w, x in zip(words[trig.last + 1 : lead], words[trig.last + 2 : lead + 1], strict=True))):
                # (further on only through a unit noun after the marker, or, after a passive verb of attack or arrest,
                # right after «على يد»/«من قبل» with no other act, relative clause or «، و…» between: «اختُطف تاجر …،
                # من أبناء بلدة …، مساء أمس، على يد مسلحين مجهولين»)
                continue
            if any(trig.last < o.first and o.last < a.first and o.type != trig.type for o in others):
                continue  # «دانت الحكومة الاعتداء الذي شنته القوات»: the agent phrase belongs to the attack in between
            p2 = tuple(w.norm for w in words[max(0, lead - 2) : lead])
            if fired_by(words, a):
                p2 = _AGENT_MARKERS[0]  # «قتل بنيران مسلحين»: the owner of the fire is the agent
            elif a.first >= 3 and words[a.first - 1].norm in _QUANTIFIERS:
                p2 = tuple(w.norm for w in words[a.first - 3 : a.first - 1])  # من قبل عدة ضباط
            elif unit is not None:
                p2 = tuple(w.norm for w in words[unit - 2 : unit])  # «على يد مفرزة من جهاز الأمن الوطني»
            if p2 in _AGENT_MARKERS or (lead > 0 and (trig.pos != "v" or trig.type in ("ASSAULT", "COERCE")) and any(
                    s in _AGENT_VERBS for s, _ in stems(words[lead - 1].norm)) and not _next_clause_verb(words, trig, lead - 1, others)):
                # (a relative agent verb — «الجريمة التي ارتكبها X» — names who did the act a statement is about, not
                # who makes the statement: «يشجب ويستنكر القصف الذي نفذه الاحتلال»)
                src = [a]
                how = "agent"
                why.append(f"agent phrase before «{a.text}»")
                break

    if not src and (trig.pos != "v" or trig.type in ("ASSAULT", "COERCE")):
        # (a verb of speech has no agent clause after it: «حذّر الطلاب في كلمة ألقوها من أنهم …»)
        agent = resumptive_agent(words, trig, others)
        if agent is not None:
            src = [agent]
            how = "agent"
            why.append("the subject of «نفذه/شنه» after the attack is its agent")
            hurt_subj = None if trig.type != "ASSAULT" or rec else next((a for a in before_free if _bare(words, a) and (
                any(w.norm in _HURT_VERBS for w in words[max(0, a.first - 2) : trig.first]) or _hurt_verb_before(words, a))),
                None)
            if hurt_subj is not None:
                # «أُصيب ثلاثة مواطنين جراء سقوط قذائف أطلقتها الميليشيات»: who is hurt is the victim
                hurt = victims_of_attack_noun(words, trig, cands)
                rec = [hurt if hurt is not None else hurt_subj]
                why.append("the subject of «أصيب/قُتل/استشهد» before the attack noun is its victim")
    if src and how == "subject" and trig.pos != "v" and trig.type == "ASSAULT" and (
            agent := resumptive_agent(words, trig, others)) is not None and any(
            w.norm in RELATIVE_PRONOUNS for w in words[trig.last + 1 : agent.first]):
        # «عبّرت الوزارة عن استيائها من الغارات التي وجهها سلاح الجو التركي»: the agent of the relative clause after
        # the attack did it; the subject before speaks of it
        src = [agent]
        how = "agent"
        why.append("the subject of «التي نفذها/شنها/وجهها» after the attack is its agent, not the subject before")
    if not src and (opener := _quoted_opener(words, trig, cands)) is not None:
        src, how = [opener], "SVO"
        why.append("a quoted name opening the sentence right before the verb is its subject («\"المقاومة الشعبية\" تطرد …»)")

    # survivor: «نجا X من TRIGGER»، «نجا X من محاولة اغتيال»
    undergoer = False  # the trigger is the complement of «نجا من / تعرض لـ»: their subject is the target
    k0 = trig.first - 1
    if k0 >= 1 and words[k0].norm == "محاوله" and words[k0 - 1].norm == "من":
        k0 -= 1
    if k0 >= 1 and words[k0].norm == "من":
        for k in range(k0 - 1, max(-1, k0 - 10), -1):
            if not survive_verb_at(words, k):
                continue
            inner = [a for a in cands if k < a.first and a.last < k0 and _bare(words, a)]
            outer = [a for a in before if a.last < k and _bare(words, a) and k - a.last <= 3]
            subj = inner[0] if inner else (outer[0] if outer else None)
            undergoer = True
            if subj is not None:
                rec = [subj]
                why.append("'X نجا من' the attack makes X the recipient")
            break

    # experiencer: (X) تعرض(ت) (X) لـ TRIGGER; further than four words only with لـ on the trigger
    # (a call received, its receiver's name and title between: «تلقّى الرئيس السوري، بشار الأسد، اتصالاً هاتفياً من …»)
    far_ok = words[trig.first].norm.startswith("ل") or trig.type == "CONSULT"
    for k in range(trig.first - 1, max(-1, trig.first - (11 if far_ok else 5)), -1):
        if rec or words[k].kind != "word" or not experiencer_verb(words[k].norm):
            continue
        undergoer = True
        inner = [a for a in cands if k < a.first and a.last < trig.first and _bare(words, a)]
        outer = [a for a in before if a.last < k and _bare(words, a) and k - a.last <= 3]
        subj = inner[0] if inner else (outer[0] if outer else None)
        if subj is None:
            # a counted subject that names no actor («55 سفينة على الأقل تعرضت للهجوم»)
            subj = next((v for j in range(k - 1, max(-1, k - 6), -1)
                         if (v := counted_victim_at(words, j)) is not None and v.first == j and v.last < k
                         and all(w.kind == "word" for w in words[v.last + 1 : k])), None)
        if subj is not None:
            rec = [subj]
            why.append("'X تعرض لـ / يواجه' makes X the recipient")
            if not src and trig.type == "CONSULT" and (caller := _from_whom(words, trig, after)) is not None:
                src = [caller]
                why.append("«X يتلقى اتصالاً من Y»: Y after «من» made the call")
        break

    masdar = trig.pos == "v" and _masdar_form(words, trig)
    is_noun = (trig.pos in ("n", "p") or masdar) and trig.lemma not in ("التقي",)
    lemma_stem = trig.lemma[2:] if trig.lemma.startswith("ال") else trig.lemma
    # «بخطف»، «لطرد»: the masdar of a killing/abduction verb takes its patient as genitive, like «اختطاف»
    # (also a noun the lexicon lists under its verb, «أوقف|توقيف», written as the noun: «توقيف قيادي عسكري» names
    # who was detained; «أوقف تقدم «داعش»» is the verb)
    written_noun = trig.pos == "n" and norm(trig.lemma) not in words[trig.head].norm
    patient_noun = lemma_stem in _PATIENT_NOUNS or ((masdar or written_noun) and norm(trig.lemma) in _PATIENT_VERBS)
    if (not src and is_noun and trig.type == "ASSAULT" and trig.mode != "abduct"
            and (not patient_noun or not words[trig.head].norm.lstrip("وفب").startswith("ال"))):
        # (an indefinite patient noun too: «بقصف لقوات النظام على قرى سهل الغاب»)
        # (not an abduction: «ثاني عملية خطف لعمال زراعيين على طريق المطار» — who was taken follows لـ)
        lam_agent = _lam_agent(words, trig, after)
        if lam_agent is not None:
            src, how = [lam_agent], "genitive"
            why.append("«هجوم لـ X على …»: the actor after لـ, with the target after على/ضد, is the attacker")
    if not rec and is_noun and trig.type == "ASSAULT" and (victims := _counted_dead_before(words, trig, cands)) is not None:
        # «أربعة قتلى مدنيين بقصف …» (a headline): the dead named before the attack noun are its victims
        rec = [victims]
        why.append("the dead named before the attack noun («قتلى مدنيين بقصف») are its victims")
    if not src and is_noun and trig.type == "CONSULT" and (met := _brought_together(words, trig, cands)) is not None:
        src, rec = [met[0]], [met[1]]
        how = "genitive"
        why.append("«لقاء جمع X و Y»: the meeting brought X together with Y")
    if not src:
        if is_noun:
            # (not the genitive of a target noun between: «باستهداف مواقع الميليشيات» names whose positions were hit)
            # (nor, after aid, the people of a «لـ» phrase: «المساعدات للاجئين السوريين» are given to them)
            # (nor the owner of a place «أمام» names: «اعتصاماً أمام سرايا النبطية»)
            gen = next((a for a in after if ((a.first - trig.last <= 2 and _bare(words, a)
                                              and words[_word_before(words, a.first)].norm != "امام")
                                             or _any_of_between(words, trig.last, a.first)) and not _accusative(words, a)
                        and not (a.first == a.last and words[a.first].norm in _ARMED_ADJECTIVES)
                        # (not past a verb: «براميل متفجرة تقتل امرأة»: the noun is the verb's subject, the actor its object)
                        and not any(o.pos == "v" and trig.last < o.first < a.first for o in others)
                        # (nor past a verb of judging: «وهو تهديد وصفه شيوخ قبليون بأنه …»: the actor describes it)
                        and not any(_judging(words[x].norm) for x in range(trig.last + 1, a.first))
                        and not any(_bi_complement(words[x].norm) or matches_form(words[x].norm, cues()["target_heads"])
                                    or (trig.type == "AID" and words[x].norm[:1] == "ل")
                                    for x in range(trig.last + 1, a.first))), None)
            # the subject of «نجا/تعرض» is the target: no actor before the noun is then its agent
            # (nor, but for acts of force, the owner of a building named as where: «وقفة أمام مقر مفوضية العون،
            # احتجاجاً على «تأخر توزيع …»»; nor, for an act of force, past a protest's purpose: «تجمّعوا أمام مبنى
            # البلدية، احتجاجاً على اعتقال …» — the municipality did not arrest)
            subj = None if undergoer else next((a for a in before_free if _bare(words, a) and a not in rec
                                                and not _after_bi_masdar(words, a) and not _backing(words, a)
                                                and not _among_the_dead(words, a)
                                                and not _home_genitive(words, a)
                                                and not ((trig.type not in _FORCE_TYPES or any(
                                                    words[k].norm in _PROTEST_PURPOSES for k in range(a.last + 1, trig.first)))
                                                         and _where_building_owner(words, a))),
                                               None)
            if subj is not None and norm(trig.lemma) in _KILLED and not rec and not _too_far(words, subj.last, trig.first):
                rec, subj = [subj], None  # «عُثر على جثة شاب مقتولاً»: who is named before «مقتولاً» was killed
                why.append("the one named before a passive participle («مقتولاً») is its victim")
            if subj is not None and (_too_far(words, subj.last, trig.first) or undergoing(trig.lemma)):
                subj = None  # «أعلن الجيش مقتل …»: a noun of undergoing has no agent subject
            if subj is not None and trig.first > 0 and words[trig.first - 1].norm in ("الي", "عن", "حول") and any(
                    matches_form(w.norm, _TALK_ABOUT) for w in words[max(0, subj.first - 3) : trig.first - 1]):
                subj = None  # «لم تتطرق وسائل إعلام النظام إلى المظاهرة»: what is talked about, not who did it
            if subj is not None and site_of_act(words, trig):
                subj = None  # «وزار المحافظ موقع الاعتداء»، «تفقد موقع التفجير»: who visits the site did not attack
            if (subj is not None and trig.type == "ASSAULT" and not rec
                    and (any(w.norm in _HURT_VERBS for w in words[max(0, subj.first - 2) : trig.first])
                         or _hurt_verb_before(words, subj))):
                # «أصيب شاب برصاص قناص تابع لميليشيا الدفاع الوطني»: who is hurt is the victim; the owner of the
                # weapon (its genitive, or after «تابع لـ») the attacker
                hurt = victims_of_attack_noun(words, trig, cands)
                rec, subj = [hurt if hurt is not None else subj], None
                why.append("the subject of «أصيب/قُتل/استشهد» before the attack noun is its victim")
                owner = _weapon_genitive_owner(words, trig, after)
                if owner is not None:
                    src, how = [owner], "genitive"
                    why.append("the actor the weapon belongs to («برصاص قناص تابع لـ X») is the attacker")
            if subj is not None and trig.type == "ASSAULT" and trig.first > 0 and words[trig.first - 1].norm in _VICTIMS_OF:
                # «ثلاثة أطفال ضحايا قنبلة عنقودية»: the victims (right before «ضحايا»), not the attackers; an actor
                # further back — «وثّقت الشبكة … حصيلة ضحايا التعذيب» — is neither
                next_to = all(w.norm == "من" for w in words[subj.last + 1 : trig.first - 1])  # («ثلاثة من ضحايا القصف»)
                rec, subj = (rec or [subj]) if next_to else rec, None
                why.append("the actor before «ضحايا» + the attack noun is its victim, not its agent")
            if subj is not None and trig.first > 1 and words[trig.first - 1].norm == "عن" and proclitic_in(
                    words[trig.first - 2].norm, _RESPONSIBLE_FOR, "و"):
                subj = None  # «وشدد الرئيس على محاسبة المسؤولين عن الهجوم»: those responsible, unnamed, are its agents
                why.append("the attack noun follows «المسؤولين عن» (those responsible for it): no actor named")
            if subj is not None and trig.first > 0 and matches_form(words[trig.first - 1].norm, cues()["perpetrators"]):
                subj = None  # «توعّد الوزير منفّذي الهجوم»: the perpetrators are the agents, not the one who threatens them
                why.append("the attack noun follows «منفذي/مرتكبي» (its perpetrators): the subject before is not its agent")
            if subj is not None and trig.type in ("ASSAULT", "FIGHT") and (
                    any(matches_form(w.norm, cues()["condemn"]) for w in words[max(0, subj.first - 2) : trig.first])
                    or ((ck := condemnation_before(words, trig)) is not None and ck < subj.first)):
                # «وأدان المجلس، في بيان، الاشتباكات»، «وأدان مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»، في
                # بيان، «الهجوم على سوق …»»: who condemns an attack did not carry it out
                subj = None
                why.append("the subject of a condemnation is not the agent of the act it condemns")
            if subj is not None and _circumstance_of_verb(words, trig, subj, others):
                subj = None  # «قتل ثلاثة مدنيين في غارة»: the actor is the verb's, the noun only says how
            if subj is not None and trig.first > 0 and matches_form(words[trig.first - 1].norm, cues()["ending_masdars"]):
                subj = None  # «طالب المحتجون بوقف القصف»: the noun is the genitive of «بوقف», not the protesters' act
            if trig.definite and any(proclitic_in(words[k].norm, _ACTING_ON, "وف")
                                     for k in range(max(0, (subj.first if subj is not None else trig.first) - 1), trig.first)):
                # «اعترض عناصر الهيئة المظاهرة»، «واستبقت الهيئة المظاهرة بنشر عشرات العناصر»، «صحفي كان يغطي
                # الاعتصام»: who intercepts, forestalls or covers the event named did not hold it, nor did what
                # follows it
                subj = gen = None
            elif subj is not None and any(proclitic_in(words[k].norm, _MONITORING, "وف") for k in range(max(0, subj.first - 2),
                                                                                                  subj.first)):
                # «رصد «المرصد الشمالي» اشتباكات عنيفة …»، «وثّقت الشبكة غارات …»: who records the act did not do it
                subj = None
            elif (subj is not None and subj.first > 0 and proclitic_in(words[subj.first - 1].norm, _JUDGING, "وف")
                  and all(w.norm in _QUOTES or w.norm in (",", "،") for w in words[subj.last + 1 : trig.first])):
                # «ووصف وزير الدفاع الهجوم الذي تعرضت له قواته بالتصعيد»، «واعتبر المجلس الاتفاق خطوة …»: who judges
                # what the act was, named right after them, did not do it
                subj = None
                why.append("the subject of a verb of judging («وصف»، «اعتبر») only describes the act named after it")
            elif subj is not None and (any(words[k].norm in NEWS_NOUNS and words[k + 1].norm == "عن"
                                           for k in range(subj.last + 1, trig.first - 1))
                                       or _inside_news_of(words, subj, trig)):
                # «وتداول ناشطون … أنباء عن إعدام القوات النظامية خمسة شبان»، «وتتحدث أنباء يتداولها الأهالي عن وصول
                # تعزيزات»: who passes the news on did not act
                subj = None
            w = words[trig.head].norm
            if w.endswith(("ته", "تها", "تهم", "هم", "ها")) and not trig.lemma.endswith(("هم", "ها")):
                # "جولته": its possessor is the clause's subject, the first bare actor of the sentence
                first = next((a for a in sorted(cands, key=lambda a: a.first) if a.last < trig.first and _bare(words, a)), None)
                if first is not None:
                    subj = first
                    gen = None
            if gen is not None and trig.type == "CONSULT" and _purpose_of_talks(words, trig):
                gen = None  # «اجتماعاً … لبحث ملف المعتقلين»: what the talks are about, not who talks
            if gen is not None and trig.type == "COOPERATE" and any(
                    w.norm.lstrip("ول").removeprefix("ال").startswith("تبادل") for w in words[trig.first : trig.last + 1]):
                gen = None  # «صفقة تبادل أسرى»، «تبادل الأسرى»: who is exchanged, not who exchanges
            # (a noun of undergoing has no agent: «مقتل مدنيين بقصف للنظام على ريف إدلب» names the killed)
            lam = _lam_object(words, gen, after, place_starts, release=trig.type == "RETREAT") if (
                gen is not None and not undergoing(trig.lemma)) else None
            if gen is not None and lam is not None and (patient_noun or patient_masdar(words[trig.head].norm, trig.lemma)) and not (
                    trig.type == "COERCE" and any(w.kind == "number" or count_word(w.norm)
                                                  for w in words[max(gen.first - 1, trig.last + 1) : gen.first + 1])):
                # (a counted genitive of an arrest is who was held, whatever follows: «اعتقال خمسة مهربين على الحدود»)
                # «اغتيال إسرائيل للقائد»، «قصف الاحتلال لمواقع …»: the genitive is the agent, لـ marks the patient
                src, how = [gen], "genitive"
                if lam is not gen and not rec:
                    rec = [lam]
                why.append(f"genitive of «{trig.lemma}» followed by its object (لـ، على، a place or a target) is its agent")
            elif gen is not None and (patient_noun or patient_masdar(words[trig.head].norm, trig.lemma)):
                if not rec:
                    rec = [gen]
                    why.append(f"genitive of «{trig.lemma}» is its patient")
                if subj is not None and _answered_noun(words, trig):
                    why.append("the act a verb of answering is «على» («ردّت إيران على اغتيال …»): its subject answered "
                               "it, it did not do it")
                elif subj is not None:
                    src = [subj]
                    how = "subject"
                    why.append("nearest bare actor before the noun (subject of its light verb)")
            elif gen is not None and subj is not None and trig.type in ("CONSULT", "AGREE") and not trig.definite:
                src, rec = [subj], [gen]
                how = "subject"
                why.append("subject before the meeting noun; its genitive is the counterpart")
            elif (gen is not None and subj is not None and trig.type == "MOBILIZE" and lemma_stem in _DEPLOYED_GENITIVE
                  and matches_form(words[gen.first].norm, _DEPLOYED)):
                src = [subj]
                how = "subject"
                why.append("«بنشر عشرات العناصر»، «استقدام تعزيزات»: the genitive is what is deployed; the subject before "
                           "deploys it")
            elif (gen is not None and trig.type == "CONSULT" and words[trig.first].norm in _TO_MEET
                  and any(proclitic_in(w.norm, _COMING, "وف") for w in words[max(0, trig.first - 24) : trig.first])):
                # «يصل …، يوم السبت، وفد من المفوضية …، للقاء رئيس الحكومة»، «أبدى استعداده للقاء …»: whom one comes
                # (or is ready) to meet; the one who comes is the nearest bare actor before, however far
                rec = [gen]
                comer = next((a for a in sorted(cands, key=lambda a: -a.last) if a.last < trig.first and a is not gen
                              and _bare(words, a) and not _genitive(words, a)), None)
                if comer is not None:
                    src, how = [comer], "subject"
                why.append("«للقاء X» (to meet X), the purpose of coming: X is whom the subject meets")
            elif gen is not None and trig.pos == "p" and (words[trig.last].norm in PHRASE_FINAL_PREPOSITIONS
                                                           or words[trig.last].norm == "سراح"
                                                           or answers_statement(trig)):
                # «أعلنت وزارة الداخلية القبض على ثلاثة أشخاص»، «إغارة على مواقع …»: the actor after the phrase's own
                # preposition is its object, no genitive; the subject before is the agent (so is the genitive of
                # «سراح» ending the phrase: «ولم يُطلق سراح المعتقلين» frees them, whatever the verb's voice; and the
                # owner of the accusations answered: «ترد على الاتهامات الأميركية»)
                if not rec:
                    rec = [gen]
                if subj is not None:
                    src, how = [subj], "subject"
                why.append(f"the actor after the preposition ending «{trig.lemma}» is its object")
            elif gen is not None:
                src = [gen]
                how = "genitive"
                why.append(f"genitive complement of the noun «{trig.lemma}» is its agent")
            elif subj is not None and trig.type in _MEET_TYPES and (pair := _coordinated_pair(words, subj, cands)):
                src, rec = [pair], [subj, *rec]
                how = "subject"
                why.append("coordinated subjects of a meeting noun («أجرى X وY لقاءً»): the first is the source")
            elif subj is not None and (head := _shared_head(words, subj, cands)) is not None:
                src = [head, subj]
                how = "subject"
                why.append("nearest bare actors before the noun, two nationalities of one head («الطيران الحربي السوري "
                           "والروسي»)")
            elif subj is not None and _answered_noun(words, trig):
                why.append("the act a verb of answering is «على» («ردّت إيران على اغتيال …»): its subject answered it, "
                           "it did not do it")
            elif subj is not None and trig.first > 0 and words[trig.first - 1].norm.removeprefix("و") in _LULLS:
                why.append("an act named by its lull or renewal («ينتظرون توقف القصف»، «خشية تجدد الغارات»): the "
                           "subject before waits for it or fears it, it does not do it")
            elif subj is not None and trig.definite and trig.first > 0 and words[trig.first - 1].norm in _THAT:
                why.append("a definite event noun opening a clause after «أن/إن» («وتؤكد اللجنة أن الاتفاق لا يستثني "
                           "أحداً»): the one who says it is not its actor")
            elif subj is not None:
                src = [subj]
                how = "subject"
                why.append("nearest bare actor before the noun (subject of its light verb)")
        else:
            coordinated = _coordinated(words, trig)
            # a coordinated verb shares the subject even across the other clause's trigger («أطلقت القوات صاروخاً … فقتلت»)
            # (a parenthetical between does not count: «وأعلنت جماعة تطلق على نفسها اسم «…»، في بيان نشرته على صفحة
            # في موقع «فيسبوك»، مسؤوليتها عن العملية، وتوعّدت بـ…»)
            pool = sorted([a for a in cands if a.last < trig.first and (
                trig.first - a.last <= 15 or _words_outside_parenthetical(words, a.last, trig.first) <= 12)
                           and not clause_break(words, a.last, trig.first) and not _genitive(words, a)
                           and not _in_relative_clause(words, a)],
                          key=lambda a: -a.last) if coordinated else before_free
            pre = next((a for a in pool if _bare(words, a) and not _victim_genitive(words, a)
                        and not _building_genitive(words, a) and not _participle_object(words, a)
                        and not _home_genitive(words, a)), None)
            chained = False
            if pre is None and coordinated and _plural_form(words[trig.head]):
                # «نظّم المئات من الأهالي اعتصاماً …، رفعوا خلاله لافتات …، وطالبوا قادة الفصائل بـ…»: a plural verb at
                # the end of a chain of plural verbs has the subject of the clause that opens the chain
                start = _plural_chain_start(words, trig.first)
                pre = next((a for a in sorted(cands, key=lambda a: -a.last)
                            if a.last < start and start - a.last <= 25 and _bare(words, a)
                            and not clause_break(words, a.last, start) and not _genitive(words, a)
                            and not _in_relative_clause(words, a) and not _victim_genitive(words, a)
                            and not _building_genitive(words, a)), None) if start < trig.first else None
                chained = pre is not None
            if pre is None and coordinated and trig.type in _MEET_TYPES:
                pre = _arrival_subject(words, trig, cands)
            vw = words[trig.head].norm
            rel_gap = trig.first >= 1 and words[trig.first - 1].norm in ("الذي", "التي", "الذين")
            plural = vw.endswith(("وا", "ون"))
            if plural and pre is not None and (circ_subject := _before_circumstance(words, pre, trig, cands)) is not None:
                pre = circ_subject  # «إن المهاجمين، وهم ثلاثة شبان، أطلقوا …»: the subject is before the clause, not in it
            if subj_before is not None and (pre is None or pre.last < subj_before.first) and _bare(words, subj_before):
                pre = subj_before  # «ومحافظ ديالى، الذي وصل … على رأس وفد …، زار المخيم»: the antecedent of the clause
            # a present-tense verb right after an actor has it as subject («المبعوث الأممي … بيدرسن يلتقي ممثلي …»،
            # the headline order); a past verb only at the clause start or after أن/إن
            # (or its future «سيلتقي»، «ستعقد»)
            present = ((vw[:1] in ("ي", "ت") and present_tense(vw, trig.lemma)) or (
                vw[:1] == "س" and vw[1:2] in ("ي", "ت") and present_tense(vw[1:], trig.lemma))) and not words[
                trig.head].noun_ending
            # «المجلس العسكري في النيجر يتهم …»: a headline subject at the sentence start, a short prepositional phrase
            # between it and its present-tense verb
            headline = (present and pre is not None and pre.first == 0 and 2 <= trig.first - pre.last <= 4
                        and words[pre.last + 1].norm in _PREPS
                        and all(w.kind == "word" for w in words[pre.last + 1 : trig.first]))
            # «وقائد محور أبين يتوعّد …»: an opening subject in the construct state, its genitive before the verb
            headline = headline or (
                present and pre is not None and (pre.first == 0 or words[pre.first - 1].kind != "word")
                and 2 <= trig.first - pre.last <= 4 and _construct_head(words[pre.last])
                and all(w.kind == "word" and w.norm not in _PREPS for w in words[pre.last + 1 : trig.first]))
            # «وزير الخارجية …، يستقبل نظيره …»: a comma between the opening subject and its present-tense verb
            comma = (present and pre is not None and trig.first - pre.last == 2
                     and words[pre.last + 1].norm in (",", "،"))
            svo = pre is not None and (
                trig.first - pre.last <= 1 or (rel_gap and trig.first - pre.last == 2) or (plural and trig.first - pre.last <= 4)
                or headline or comma
                # (a plural verb after its subject and a parenthetical: «إن المسلحين، وكانوا ثلاثة يستقلون سيارة، أطلقوا»)
                or (plural and _words_outside_parenthetical(words, pre.last, trig.first) == 0)
            ) and (
                rel_gap or (present and trig.first - pre.last <= 1) or comma or
                vw.endswith(("وا", "ون")) or _clause_opens_at(words, pre.first)
            )
            # «والمجلس المحلي لمدينة الباب، الذي تشكّل …، اتهم قوات النظام …»: the antecedent of a relative clause set
            # off by commas right before the verb is its subject; the actor after the verb is its object
            svo = svo or (subj_before is not None and pre is subj_before and span is not None
                          and _agrees_with_relative(words[span[0]].norm, _agreement(vw, trig.lemma)))
            if not svo and not plural and not vw.endswith(("ا", "ان")) and (
                    that_subj := _subject_of_that(words, trig, before, others)) is not None:
                # (not a dual or plural verb, whose joined subjects other rules read: «أن أوباما وإردوغان اتفقا»)
                pre, svo = that_subj, True
            # an accusative phrase («طلاباً جامعيين») is an object, never the subject
            # a verb in the plural («وهددوا»، «يطالبون») agrees with a subject before it: an actor after it is never
            # its subject (in VSO order the verb stays singular: «وهدد المعلمون»)
            # «أصدرت الهيئة بياناً …، وناشدت فيه منظمة الصحة العالمية …»: a verb with «فيه» (in the statement) has the
            # statement's issuer as its subject; the actor after is addressed
            # (not after a relative pronoun: «في الوقت الذي احتجزت فيه الشرطة …»، «الموقع الذي قُتل فيه جندي»)
            in_it = trig.last + 1 < len(words) and words[trig.last + 1].norm in ("فيه", "فيها") and not (
                trig.first > 0 and words[trig.first - 1].norm in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
            subj = None if svo or plural or in_it or pluperfect_with_subject(words, trig) else next((a for a in after if _bare(words, a)
                                                    and _words_between(words, trig.last, a.first, marks=False) <= 5
                                          and not _accusative(words, a) and not _after_bi_masdar(words, a)
                                          and not _building_genitive(words, a) and not _joined_to_instrument(words, a)
                                          and not _home_genitive(words, a)  # («ثم دهمت منازل عدد من المشاركين»)
                                          # (nor past a clause opened after a comma: «… وأحرق سبع سيارات، وأن فرق
                                          # الدفاع المدني أخمدت النيران»)
                                          and not _clause_opened_between(words, trig.last, a.first)
                                          and not any(_accusative_person(w) for w in words[trig.last + 1 : a.first])
                                          # (not past another verb after a comma: «حيث تفقّد الجرحى، ثم التقى محافظ حمص»)
                                          and not any(o.pos == "v" and trig.last < o.first < a.first and any(
                                              w.norm in (",", "،") for w in words[trig.last + 1 : o.first]) for o in others)),
                        None)
            if subj is not None and (subj.kind != "person" or _coordinated(words, trig)) and _noun_in_subject_slot(
                words, trig, subj, actors
            ):
                # a person's name after a definite noun is its apposition: the title of the subject
                # («طالب السيناتور الأميركي راند بول»), unless the verb shares the subject of the clause before
                subj = None  # «قصفت المدفعية مواقع المسلحين»: the subject slot holds a noun; the actor is the object's owner
            # «قصف تركي يقتل امرأة»، «غارة روسية تقتل ثلاثة» (a headline): the attack kills, the actor after is hit
            aimed = not svo and (target_verb_at(words, trig.head) or norm(trig.lemma) in _HARM_VERBS) and _attack_before(
                words, trig, others)
            if svo and pre is not None:
                src = [pre]
                how = "SVO"
                why.append("SVO: the actor right before the verb (after أن/إن or agreeing plural verb)")
            elif undergoing_verb(vw):
                # «انفجرت عبوة لدى مرور دورية للشرطة»: what explodes is a device; an actor after it is the target
                if subj is not None and not rec:
                    rec = [subj]
                    why.append("an explosion verb has no agent: the actor after it is the target")
            elif aimed:
                # «عبوة ناسفة استهدفت دورية للشرطة»: the attack is the subject of «استهدف», the actor after it the target
                if subj is not None and not rec:
                    rec = [subj]
                    why.append("after an attack, the object of «استهدف» is its target")
            elif subj is not None and coordinated and pre is not None and trig.type in _MEET_TYPES:
                # «وصل وفد روسي إلى دمشق والتقى الرئيس الأسد»: the coordinated meeting verb shares the subject of
                # the clause before; the actor after it is whom they met
                src, rec = [pre], [subj]
                how = "SVO"
                why.append("a coordinated meeting verb shares the subject before it; the actor after it is the counterpart")
            elif subj is not None and _weapon_subject(words, trig, subj):
                # «استهدفت طائرة مسيرة القاعدة الأميركية»: the weapon is the subject, the actor after it the target
                if not rec:
                    rec = [subj]
                    why.append("a weapon is the subject of «استهدف»: the actor after it is the target")
                if coordinated and pre is not None and trig.first - pre.last <= 15:
                    # «واصلت وحدات من الجيش عملياتها …، فاستهدفت بالمدفعية تجمعات …»: the joined verb's subject is
                    # the clause's before
                    src, how = [pre], "SVO"
                    why.append("a verb joined by و/ف shares the subject of the clause before it")
            elif subj is not None and (statement := _statement_clause(words, trig)) is not None:
                # «أصدرت الرئاسة الروحية بياناً حمّلت فيه الأجهزة الأمنية مسؤولية …»: the verb is said in the
                # statement; its subject is who issued it (when named as an actor), the actor after it is the object
                issuer = _issuer(words, statement, cands)
                src, rec = ([issuer] if issuer is not None else []), (rec or [subj])
                how = "SVO" if issuer is not None else how
                why.append("a verb said «in» a statement («بياناً حمّلت فيه …»): its subject issued the statement")
            elif subj is not None and _gender_clash(words, trig, subj):
                # «وأدانت الوزارة … العدوان، وطالبت مجلس الأمن بـ…»: a feminine verb and a masculine noun after it —
                # the noun is the object; the subject is the one before (or unnamed)
                if not rec:
                    rec = [subj]
                if pre is not None and trig.first - pre.last <= (15 if coordinated else 8):
                    src = [pre]
                    how = "SVO"
                elif comma_and(words, trig) and (shared := _opener_subject(words, trig, cands, others)) is not None:
                    # «ووصفت الوزارة، في بيان، ما جرى … بأنه «…»، محمّلةً …، وطالبت مجلس الأمن بـ…»: the subject of
                    # the verb that opens the sentence, far before
                    src, how = [shared], "SVO"
                    if _last_verb_disagrees(words, trig, others):
                        why.append(OPENER_WHY)
                why.append("a feminine verb before a masculine noun: the noun is its object, not its subject")
            elif subj is not None and subj.first == trig.last + 1 and _oblique_plural(words, subj):
                # «واعتقلت قوات الأمن ثلاثة شبان وفرّقت المتظاهرين»: a plural in «ين» right after the verb is its
                # object; the subject is the one before (or unnamed)
                if not rec:
                    rec = [subj]
                if pre is not None and coordinated and trig.first - pre.last <= 15:
                    src = [pre]
                    how = "SVO"
                why.append("a plural in «ين» right after the verb is its object («وفرّقت المتظاهرين»), not its subject")
            elif subj is not None and trig.first > 0 and words[trig.first - 1].norm in _PRONOUN_SUBJECTS:
                # «ورحّبت الحكومة … بالاتفاق، لكنها اتهمت المليشيا الحوثية بـ…»: the pronoun before the verb is its
                # subject (the actor named before); the actor after the verb is its object
                if not rec:
                    rec = [subj]
                if pre is not None and trig.first - pre.last <= 30:
                    src = [pre]
                    how = "SVO"
                why.append("a pronoun subject before the verb («لكنها»، «إلا أنه»): the actor after it is its object")
            elif subj is not None and _addressee_of_joined_verb(words, trig, subj, others):
                # «وأدانت الخارجية …، وطالبت الحكومة التركية بـ«الكفّ …»»: a verb of saying joined by «، و» to a verb
                # of the same agreement: the actor after it, before its «بـ/إلى» complement, is the one addressed;
                # the subject is the one before (or that verb's)
                rec = [subj]
                expresser = _opener_subject(words, trig, cands, others)
                if expresser is not None:
                    src, how = [expresser], "SVO"
                    if _last_verb_disagrees(words, trig, others):
                        why.append(OPENER_WHY)
                elif pre is not None and trig.first - pre.last <= 15:
                    src, how = [pre], "SVO"
                why.append("a verb joined by «، و» to a verb of the same agreement: the actor before its «بـ/إلى» is"
                           " the one addressed, the subject is shared")
            elif subj is not None and blame_end is not None and not any(
                    a is not subj and trig.last < a.first and a.last < blame_end for a in cands):
                # «… حمّل التنظيم مسؤولية القصف»: «حمّل» takes a subject and an object before «مسؤولية»; the only actor
                # there is the one blamed (the subject stands before the verb, or is no actor: «مصدر عسكري»)
                rec = [subj]
                if pre is not None and trig.first - pre.last <= 8 and not clause_break(words, pre.last, trig.first):
                    src, how = [pre], "SVO"
                elif subj_before is not None and _bare(words, subj_before):
                    src, how = [subj_before], "SVO"  # (the antecedent of a relative clause set off before the verb)
                why.append("the only actor between «حمّل» and «مسؤولية» is the one blamed")
            elif subj is not None:
                src = [subj]
                how = "VSO"
                why.append("VSO: first bare actor after the verb")
            elif not src and in_it and (statement := _statement_clause(words, trig)) is not None and (
                    issuer := _issuer(words, statement, cands)) is not None:
                # «وأصدرت الهيئة الطبية في مضايا، مساء أمس، بياناً حمّلت فيه «حزب الله» … مسؤولية …»: said in the
                # statement, by who issued it, however far before
                src, how = [issuer], "SVO"
                why.append("a verb said «in» a statement («بياناً حمّلت فيه …»): its subject issued the statement")
            elif not src:
                subj = pre
                if coordinated and subj is not None and _object_of_verb_before(words, subj):
                    # «وفرضت الأجهزة الأمنية طوقاً … ومنعت الصحفيين من الاقتراب منه، واعتقلت شاباً»: the actor right
                    # after the verb before is its object; the subject both verbs share stands before that verb
                    # (with no actor before that verb, the one after it is its subject: «أطلقت القوات صاروخاً … فقتلت»)
                    obj = subj
                    subj = next((a for a in sorted(cands, key=lambda a: -a.last)
                                 if a.last < obj.first - 1 and obj.first - a.last <= 15 and _bare(words, a)
                                 and not _genitive(words, a) and not clause_break(words, a.last, trig.first)), obj)
                # a verb coordinated with و/ف («… فقتلت»، «… واحتجزت») shares the subject of the clause before it
                reach = 30 if coordinated and subj is not None and subj is not pre else 15 if coordinated else 8
                reach = max(reach, trig.first - subj.last) if chained and subj is pre and subj is not None else reach
                if subj is not None and subj is pre and trig.first - subj.last <= reach and trig.mode == "release" and (
                        trig.last + 1 < len(words) and words[trig.last + 1].norm in FROM_HIM
                        and "\u064f" in words[trig.head].text.lstrip("وف")[:2]  # (vowelled passive: «أُفرج»، «يُفرج»)
                        and freed_by_pronoun(words[trig.last + 1], words[subj.first])):
                    rec = [subj]  # «وكان المسلحون قد خطفوا الشاب …، ولم يُفرج عنه»: «عنه» is the one named before
                    why.append("a passive release «أُفرج عنه»: the one named before is who the pronoun frees")
                elif subj is not None and (trig.first - subj.last <= reach or subj is subj_before or (
                        coordinated and not rel_gap and _words_outside_parenthetical(words, subj.last, trig.first) <= 12)):
                    src = [subj]
                    how = "SVO"
                    why.append("SVO: nearest bare actor before the verb")
                if not src and (opening := _opening_verb_subject(words, trig, cands)) is not None:
                    src, how = [opening], "SVO"
                    why.append("a verb of force joined to the clause before shares the subject of the feminine verb"
                               " that opens the sentence")
    if not src and trig.pos == "n" and trig.type in ("AID", "MOBILIZE") and (
            owner := _convoy_owner(words, trig, after)) is not None:
        src, how = [owner], "genitive"
        why.append("the group a convoy belongs to («قافلة إغاثية … تابعة لجمعية X») sends it")
    if trig.pos == "n" and trig.type == "AID" and (how != "genitive" or not src) and (
            sender := _convoy_sender(words, trig, cands)) is not None:
        src, how = [sender], "sender"
        why.append("who sent the convoy or the shipment («قافلة …، أرسلتها X»، «التي أعلنت X إرسالها») gives it")
    if not rec:
        # in VSO order the object follows the subject phrase, which may be long and followed by a parenthetical
        # («واتهم متحدث باسم جهاز حرس الحدود، في تصريح لقناة محلية، السلطات التونسية بـ…»): reach from its end
        beyond = [a for a in cands if src and src[0].first > trig.last and a.first > src[0].last and a not in after
                  and not is_noun]
        named_end = -1
        for a in sorted([*after, *beyond], key=lambda a: a.first):
            if a in src or (src and how != "agent" and a.first <= src[0].last):
                continue
            if a.first > trig.last and any(contrast_at(words, k) for k in range(trig.last + 1, a.first)):
                # «هاجم مسلحون قافلة …، فيما قصفت الطائرات مواقع …»: past «فيما/بينما/في حين» begins another clause,
                # whose actors are not this act's object
                continue
            if proclitic_in(words[a.first].norm, _MUNITIONS, "وب") or (
                    trig.type == "ASSAULT" and words[a.first].norm[:1] == "ب"
                    and matches_form(words[a.first].norm[1:], WEAPONS)):
                # «قصفت قوات النظام بقذائف الهاون، صباح اليوم، بلدة طفس»، «استهدفت … مدمرة أمريكية بطائرات مسيّرة»:
                # what was fired or flown, not its target
                continue
            if trig.pos == "v" and _inside_parenthetical(words, trig.last, a) and not (
                    trig.type == "CONSULT" and preposition(words, a) == "مع"):
                continue  # (the object follows the parenthetical — but «بحث X، في اتصال هاتفي مع نظيره Y، …» names
                # the one met or called in it)
            if a.first == a.last and a.first > 0 and words[a.first - 1].norm in ("ان", "بان") and own_forces(words[a.first].norm):
                continue  # «حذّرت القيادة من أن وحداتها «ستلاحق …»»: its own forces, the subject of what it says
            if trig.type in _FORCE_TYPES and _backing(words, a):
                continue  # «اعتقلت «قسد»، بمساندة مروحيات التحالف، أربعة أشخاص»: who backs the act, not its object
            if trig.type not in ("PROTEST", *_FORCE_TYPES) and _where_building_owner(words, a):
                # «والتقى المحافظ، عصر اليوم في مقر المحافظة، وفداً …»: where, not whom (but a protest «أمام مبنى
                # المحافظة» addresses the building's owner, and an act of force there hits it)
                continue
            end = max(_subject_end(words, src[0], cands), named_end) if a in beyond else -1
            if a in beyond:
                end = _past_place_phrase(words, end, place_starts)
            if a in beyond and not (_words_outside_parenthetical(words, end, a.first) <= 1
                                    or _after_subject(words, end, a.first)
                                    or _object_before_content(words, trig, end, a)):
                continue  # (measured from the subject as it stands: it may have grown to its owner in this loop)
            p = preposition(words, a)
            if a in beyond and p is not None and not (
                    p in ("علي", "ضد", "بحق") and trig.type in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION")):
                continue  # (past a long subject and a parenthetical only a bare object or the target after «على/ضد»)
            if src and src[0].last + 1 < a.first <= src[0].last + 3 and not words[src[0].last].norm.startswith(
                    ("ال", "وال")) and all(
                    words[k].norm in _GENITIVE_LINKS for k in range(src[0].last + 1, a.first)):
                # «وطالب ذوو أحد العناصر …» (a subject in the construct state, no article): the actor is inside the
                # subject's genitive chain — but «التقى الوفد الروسي عدد ممثلين …» names the object
                continue
            if (p == "ل" and src and src[0].first > trig.last and src[0].last < a.first
                    and matches_form(words[src[0].first].norm, _BODY_TITLES) and len(
                    gap := [w for w in words[src[0].last + 1 : a.first] if w.norm not in _QUOTES and w.norm not in ("ل", "لـ")]) <= 2
                    and all(w.kind == "word" and w.norm.startswith("ال") and definite_adjective(w) for w in gap)):
                continue  # «والتقى الرئيس المشترك لـ«مجلس الرقة المدني» وفداً …»: the subject's body, not the one met
            if (p is None and not is_noun and src and src[0].first > trig.last and _second_owner(words, src[0], a)):
                continue  # «اعتقلت دوريات تابعة لـ«الشرطة» و«الأمن العام» …»: a second owner is the subject's too
            if src and src[0].last < a.first and _affiliated(words, src[0], a):
                # «اعتقلت دورية تابعة لفرع «الأمن السياسي» …»: the unit's owner is part of the subject, not its object
                src = [_joined(src[0], a, a)]
                why.append("the actor a unit belongs to («تابعة لـ X») is the subject's owner")
                continue
            if p is None and not is_noun and src and src[0].first > trig.last and _genitive_of(words, src[0], a):
                # «طالب وفد النظام بـ…»: the actor right after a bare noun in the construct state is its owner —
                # but the relatives of someone are who they are («ذوو عناصر الشرطة» are civilians, not the police)
                who = src[0] if kin_head(words[src[0].last]) else a
                src = [_joined(src[0], a, who)]
                why.append("the actor right after the subject noun is its genitive («وفد النظام»): the subject's owner")
                continue
            if (p is None and not is_noun and src and src[0].first > trig.last and a.first == src[0].last + 1
                    and trig.type not in _FORCE_TYPES
                    and words[a.first].norm in SETTLEMENT_HEADS and not _definite(words[src[0].last])
                    and _TANWEEN_FATH not in words[src[0].last].text):
                # «واتهم رئيس مجلس محافظة نينوى …»: the province is the subject's genitive, not the one accused
                src = [_joined(src[0], a, a)]
                why.append("a province or town right after a subject noun in the construct state is its genitive")
                continue
            if (p is None and not is_noun and src and src[0].first > trig.last
                    and a.first - 1 == _partitive_end(words, src[0], cands) and _construct_head(words[a.first - 1])):
                # «وطالب وجهاء عشائر المنطقة … الجهات المعنية»، «التقى وفد من وجهاء عشائر الكرامة …»: the genitive of the
                # subject (or of the group it is «من»), not the object
                continue
            if (p is None and not is_noun and src and src[0].first > trig.last and _conjoined(words[a.first])
                    and (all(words[x].norm in _QUOTES for x in range(src[0].last + 1, a.first))
                         or _subject_owner_between(words, src[0], a, cands))):
                # «وطالبت ثماني منظمات وجمعيات … السلطات»، «استهدف سلاح الجو في الجيش السوري والقوات الجوية الروسية
                # …»: a noun joined to the subject by «و» (past the subject's «في X») is more subject
                continue
            if src and src[0].first > trig.last and src[0].last < a.first <= _past_bracketed_name(words, src[0].last):
                continue  # «واتهمت قوات سوريا الديمقراطية («قسد») الفصائل …»: the subject's short name in brackets
            if (p is None and not is_noun and src and src[0].first > trig.last and a.first > 0
                    and words[a.first - 1].norm in _QUOTES and _name_of_subject(words, src[0], a)):
                named_end = a.last  # (what follows is measured from the end of the name)
                continue  # «دعت قوات الأمم المتحدة المؤقتة في لبنان «اليونيفيل»، …»: the subject's own name
            if p is None and not is_noun and (not src or src[0].first > trig.last):
                if trig.type == "PROTEST" and trig.mode in _NO_OBJECT_MODES:
                    continue  # «أضرب سائقو الحافلات عن العمل، وتجمّع المئات …»: a strike has no object
                rec = [a]
                why.append("VSO: object after the subject")
                break
            if p is None and not is_noun and src[0].last < trig.first and (
                    a.first - trig.last <= 3 or a.first - after_time_parenthetical(words, trig.last + 1) <= 2
                    or a.first - _after_statement_parenthetical(words, trig.last + 1) <= 2):
                rec = [a]
                why.append("SVO: the bare actor right after the verb (and a time between commas) is its object")
                break
            if p in ("علي", "ضد", "ب", "بحق") and trig.type in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "REQUEST"):
                rec = [a]
                why.append(f"'{_RECIP_PREPS.get(p, p)} X' marks the target")
                break
            if p in ("ل", "الي") and is_noun and trig.type == "ACCUSE" and a.first - trig.last <= 4:
                rec = [a]
                why.append(f"an accusation addressed '{_RECIP_PREPS.get(p, p)} X' names the accused")
                break
            if (p in ("ل", "من") and trig.type == "MOBILIZE" and trig.pos != "v" and not src and a.first - trig.last <= 4
                    and a.kind != "place" and (p == "ل" or _reinforcements(words, trig))):
                # «وصول تعزيزات عسكرية لقوات الأسد»، «تعزيزات لـ«قسد»»، «تعزيزات إضافية من الجيش»: whose reinforcements they
                # are
                src = [a]
                how = "owner"
                why.append("«تعزيزات لـ X»: the reinforcements are X's")
                break
            if (p in (None, "من") and trig.type == "MOBILIZE" and trig.pos != "v" and not src and a.kind != "place"
                    and _reinforcements(words, trig) and _carried_members(words, trig, a)):
                # «وصول تعزيزات عسكرية تضم عربات مدرعة وحافلات تقل عناصر من «الفرقة الرابعة»»: whose members they carry
                src = [a]
                how = "owner"
                why.append("«تعزيزات تقل عناصر من X»: the reinforcements carry X's members")
                break
            if (p == "الي" and trig.type == "RETREAT" and norm(trig.lemma).startswith(("سلم", "تسليم"))
                    and a.first - trig.last <= 6):
                # «سلّم المسلحون … أسلحتهم الثقيلة إلى وحدات الجيش»: whom the weapons are handed over to
                rec = [a]
                why.append("«تسليم السلاح إلى X»: X receives the weapons handed over")
                break
            if p == "مع" and _partner(words, a):
                continue  # «وزّع البرنامج بالتعاون مع «الهلال الأحمر» …»: a partner in the act, not its counterpart
            if p in ("مع", "ب", "ل", "الي") and trig.type in ("CONSULT", "AGREE", "COOPERATE", "AID", "REJECT", "SUPPORT", "REQUEST"):
                if p == "ل" and a.first > 0 and affiliation_link(words[a.first - 1]):
                    continue  # «وفد من اللجنة الأمنية التابعة للنظام»: whom a party belongs to, not whom it meets
                if trig.type in _CONTENT_TYPES and p != "ب" and _inside_content(words, trig, src, a):
                    continue  # «وعد بـ«رفع مطالبهم إلى وزارة النفط»»: the ministry is in what was promised
                if trig.type == "AID" and p == "ل" and not src and _aid_body(a) and _after_aid_noun(words, a):
                    # «قافلة مساعدات لـ«الهلال الأحمر التركي»»: the convoy of an aid body is its own, not given to it
                    src = [a]
                    how = "owner"
                    why.append("«مساعدات لـ X», X an aid body (NGO, UN agency): its giver")
                    break
                rec = [a]
                why.append(f"'{_RECIP_PREPS.get(p, p)} X' marks the counterpart")
                break
            if p == "من" and trig.type == "CONSULT" and trig.mode == "phone" and a.first - trig.last <= 2:
                rec = [a]
                why.append("«تلقى اتصالاً هاتفياً من X»: the caller is the other side of the call")
                break
            if p == "من" and trig.type == "REQUEST" and (
                    a.first - trig.last <= 3 or (src and 0 < a.first - src[0].last <= 3)):
                rec = [a]
                why.append("«طلب من X»: the one asked")
                break
            if p is None and is_noun and a.first - trig.last <= 3 and patient_noun:
                rec = [a]
                why.append("bare noun after a patient noun")
                break
    if trig.pos == "v" and not masdar and norm(trig.lemma) in _PATIENT_VERBS:
        lead = src[0].first - 1 if src else -1
        if lead > trig.last and words[lead].norm == "من" and lead - 1 > trig.last:
            lead -= 1  # «قتل أمس سبعة من عناصر الشرطة»
        if src and how == "VSO" and lead > trig.last and (_counted(words, lead) or words[lead].norm in _PARTITIVE):
            # «قتلت ثلاثة متشددين»: a counted noun after the verb is its object, not its subject
            pre = next((a for a in before_free if _bare(words, a) and trig.first - a.last <= 4), None)
            src = [pre] if pre is not None else []
            how = "SVO" if pre is not None else None
            why.append("a counted noun after the verb is its object; the subject is before the verb")
        if (
            src and how == "VSO" and not rec and src[0].first - trig.last <= 2
            and _dual_or_counted(words, src[0]) and not _passive_agentive(words, src[0])
            and accusative_object(words, trig, src) is None  # «قتل مسلحان شرطياً»: the accusative is the object
        ):
            # «قتل جنديان تركيان»، «خطف ثلاثة صحافيين» with no object: the unvowelled passive, the phrase is the victim
            rec, src, how = [src[0]], [], None
            why.append("a dual or counted subject of a killing verb with no object is its victim (passive reading)")
        if src and not rec and how in ("VSO", "SVO") and _died_in(words, trig, src[0], others):
            # «قتلت ناشطة في تبادل إطلاق نار مع الشرطة»، «أن جندياً قتل وأصيب آخر في اشتباكات مع التنظيم»: the
            # unvowelled passive; the phrase is the victim, and the other side of the clash (below) the attacker
            rec, src, how = [src[0]], [], None
            why.append("the subject of a killing verb followed by how it died («في اشتباكات»، «وأصيب آخر») is its victim")
        counted_subject = victim_before(words, trig)
        if counted_subject is not None:
            if how != "agent":
                src = []  # in the passive reading the subject slot holds the victim; only an agent phrase names the killer
            rec = [counted_subject]
            why.append("the counted subject of a plural/dual killing verb is its victim (passive reading)")
        else:
            v = victim_after(words, trig, src)
            if v is not None and (not rec or rec[0].first > v.last or v.first - 3 <= rec[0].first <= v.last):
                rec = [v]
                why.append("a counted noun after the killing verb is its victim")
            elif v is None and not rec:
                obj = accusative_object(words, trig, src)
                if obj is not None:
                    rec = [obj]
                    why.append("a singular accusative noun after the killing verb is its victim")
    if not rec and is_noun and patient_noun and trig.type in ("COERCE", "ASSAULT") and (
            (person := _person_genitive(words, trig)) is not None):
        rec = [person]
        why.append("the person or people named as the genitive of an abduction or arrest («اختطاف طبيب كردي»، «اعتقال "
                   "خطيب الجامع») are its patient")
    if not rec and trig.type in ("COERCE", "ASSAULT", "RETREAT"):
        reached = _reached(words, trig, cands, others)
        if reached is not None:
            rec = [reached]
            why.append("who the campaign reached («حملة اعتقالات طالت أحد عشر شاباً») or was released («أفرج عن أربعة»)")
    if not src and rec and trig.type == "ASSAULT" and how != "agent":
        side = _clash_side(words, trig, cands, rec)
        if side is not None:
            src = [side]
            how = "clash"
            why.append("the victims died in clashes «مع X»: X is the other side")
    if not rec and trig.type in ("ACCUSE", "THREATEN"):
        condemned = _condemned_agent(words, trig, actors, others, src)
        if condemned is not None:
            rec = [condemned]
            why.append("the agent of the attack condemned or threatened over («توعدت بأن «العدوان الأمريكي لن يمر»») "
                       "is the recipient")
    if not rec and trig.type == "SANCTION" and (sentenced := _sentenced(words, trig)) is not None:
        rec = [sentenced]
        why.append("«بحق X» after a sentence or a penalty names who it is passed on")
    if not rec and trig.type == "ASSAULT":
        found = target_or_victims(words, trig, cands, src, others)
        if found is not None:
            rec = [found[0]]
            why.append(found[1])
    if trig.type in _OWNED_TARGET_TYPES and (not rec or rec[0].origin in ("chunk", "victim")):
        owner = target_owner(words, trig, cands, src)
        if owner is not None and src and src[0].last < owner.first and _affiliated(words, src[0], owner):
            # «اعتقل عناصر حاجز تابع لـ«الفرقة الرابعة» … ثلاثة شبان»: the checkpoint is the subject's, not a target
            src = [_joined(src[0], owner, owner)]
            why.append("the actor a unit belongs to («عناصر حاجز تابع لـ X») is the subject's owner")
            owner = None
        if owner is not None and (not rec or (rec[0].origin == "chunk" and (rec[0].last < owner.first <= rec[0].last + 3
                                                                             or owner.origin == "pronoun owner"))
                                  or (rec[0].origin == "victim" and owner.last < rec[0].first)):
            # (also before the victims of its result: «استهدفوا حاجزاً لقوات النظام، ما أدى إلى مقتل عنصرين»)
            rec = [owner]
            why.append("the owner of the target («مواقع لـ X»، «مقرات تابعة لـ X»، «مواقع \"X\"») is the recipient")
    if trig.type == "ASSAULT":  # a noun (after a preposition no verb stands: «في قصف» is the masdar)
        hurt = victims_of_attack_noun(words, trig, cands) if not rec else None
        if hurt is not None:
            rec = [hurt]
            src = [a for a in src if a.last < hurt.first or a.first > hurt.last]
            how = how if src else None
            why.append("those killed or wounded «in» the attack («أصيب ثمانية جنود في الهجوم») are its victims")
    if not rec and trig.type == "CONSULT" and trig.pos != "v" and (attending := _attendees(words, trig, cands, src, others)) is not None:
        rec = [attending]
        why.append("who attends the meeting («حضره X»، «بحضور X») meets its holder")
    if not rec and trig.type == "THREATEN" and (answered := _answered_act_owner(words, trig, cands)) is not None:
        rec = [answered]
        why.append("«بالرد على أي تقدم لـ X» (a threat to answer X's act): X is threatened")
    if rec and rec[0].origin in ("victim", "accusative"):
        rec = [_with_group(words, rec[0], cands)]
    if how == "SVO" and len(src) == 1 and trig.pos == "v" and src[0].last < trig.first and _dual_or_plural_verb(
            words[trig.head].norm, trig.lemma) and (pair := _coordinated_pair(words, src[0], cands)) is not None:
        src = [pair, src[0]]  # ««قسد» والتحالف يعتقلان …»، «الفصائل والقوات التركية قصفتا …»
        why.append("a dual or plural verb after «X و Y»: both are its subject")
    weak = how == "subject" or (how == "SVO" and bool(why) and why[-1].startswith("SVO: nearest bare actor"))
    if (not src or weak) and trig.type == "ASSAULT":
        owner = downed_owner(words, trig) if _downing(trig) else weapon_owner(words, trig)
        if owner is not None and undergoer and owner.first < trig.first:
            owner = None  # «تعرضت قاعدة للقوات الروسية لهجوم»: the adjective before is the target's, not the attacker's
        if owner is not None and owner.first > trig.last and _downing(trig):
            # «إسقاط طائرة مسيّرة تركية»: the adjective names whose aircraft was brought down, not who brought it down
            if not rec:
                rec = [Arg(start=words[trig.last].start, end=owner.end, text="", first=trig.last, last=owner.last,
                           origin="adjective")]
                why.append("a nationality adjective on the aircraft brought down names its owner, the recipient")
        elif owner is not None and not any(a.first <= owner.first <= a.last for a in rec) and (
            not src or abs(owner.first - trig.head) <= 2
        ):
            src = [owner]
            how = "adjective"
            why.append("a nationality adjective on the attack or its weapon names the attacker")
    if not src and trig.type == "ASSAULT" and trig.pos == "p" and trig.last > trig.first and not words[
            trig.last].norm.endswith(("ي", "يا")) and (  # (not an adjective of the phrase: «نزاع عشائري»)
            shooter := next((a for a in actors if a.first == trig.last and a.kind != "place"), None)) is not None:
        src = [shooter]  # «برصاص قنّاص تابع لميليشيا «حزب الله»»: the phrase ends with who fired
        how = "in the trigger"
        why.append("the attack phrase ends with its agent («برصاص قنّاص»، «بنيران قناصة»)")
    if not src and trig.type == "ASSAULT" and (left := _leftover_owner(words, trig, cands)) is not None:
        src = [left]
        how = "leftover"
        why.append("whose leftovers the mine or shell was («لغم أرضي من مخلفات الميليشيا») laid or fired it")
    if not src and trig.type == "ASSAULT" and (owner := _platform_owner(words, trig, cands)) is not None:
        src = [owner]
        how = "platform"
        why.append("the weapon that struck belongs to it («طائرة حربية تابعة لقوات النظام»)")
    if (not src and trig.type == "AID" and (belong := carrier_owned(words, trig)) is not None
            and (owner := next((a for a in cands if a.first == belong + 1 and a.kind != "place"), None)) is not None):
        src = [owner]
        how = "platform"
        why.append("the vehicle or convoy that brought the aid belongs to it («مروحية تابعة للجيش»، «قافلة تابعة للأمم "
                   "المتحدة»)")
    if trig.type == "COERCE" and trig.mode in ("restrict", "ban") and not rec and (barred := _barred(words, trig)) is not None:
        rec, src = [barred], [a for a in src if not _same_words(a, barred)]  # (the traffic barred bars nothing)
        why.append("the traffic a closure or a ban bars («أمام حركة المسافرين»، «حظر حركة الدراجات النارية»)")
    if trig.type == "AID" and not rec:
        rec = _aid_receivers(words, trig, why)
        if rec and any(_same_words(a, rec[0]) for a in src):
            # «ووُزّعت السلال الغذائية على مئات العائلات»: those who received the aid (the first actor after a passive
            # verb) did not give it
            src = [a for a in src if not _same_words(a, rec[0])]
    if trig.type == "ASSAULT" and not rec and (victim := _died_under(words, trig)) is not None:
        rec, src = [victim], [a for a in src if not _same_words(a, victim)]  # (the dead tortured no one)
        why.append("«وفاة X تحت التعذيب»: who died under the torture is its victim")
    if trig.type == "MOBILIZE" and rec and preposition(words, rec[0]) not in ("ضد", "علي"):
        rec = []  # «دفعت إيران بقواتها …»، «استقدم النظام تعزيزات»: what is moved is no recipient; only «ضد/على X» is
        why.append("a mobilisation's object is the forces moved, not a recipient")
    asked = trig.type == "REQUEST"
    src = [_identified(words, a, actors, asked=asked) for a in src]
    rec = [_identified(words, a, actors, asked=asked) for a in rec]
    if asked and len(src) == 1 and not rec and (halves := _asked_from(words, trig, src[0])) is not None:
        src, rec = [halves[0]], [halves[1]]
        why.append("«طلب X من Y»: X asks, Y is asked")
    if src and rec and _same_words(src[0], rec[0]):
        rec = []
    if rec and any(a.actor and any(b.actor == a.actor for b in src) for a in rec):
        # «داهمت قوات سوريا الديمقراطية (قسد)»: the abbreviation after the name is the same actor
        rec = [a for a in rec if not (a.actor and any(b.actor == a.actor for b in src))]
        why.append("the recipient named the source's actor again: dropped")
    return src, rec, why, how


_LOC_PREPS = frozenset({"في", "ب", "قرب", "من", "داخل", "عند", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
                        "شرقي", "غربي", "بمنطقه", "بمدينه", "ببلده"})
_DEST_PREPS = frozenset({"الي", "نحو", "باتجاه", "لي", "صوب"})
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
#: the countryside or province a town lies in («بريف اللاذقية»، «في محافظة حمص»)
_REGION_OF = frozenset({"ريف", "بريف", "محافظه", "بمحافظه"})
#: settlement and district words a place name follows («مدينة»، «بلدة»، «محلية»): not part of a tagger's name span
SETTLEMENT_HEADS = word_set("frames", "SETTLEMENT_HEADS")


NO_DESTINATION = frozenset({"AGREE", "ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION", "CONCEDE",
                             "COOPERATE", "COERCE"})  # («ترحيل مئات المهاجرين نحو تشاد»: deported from where they are)
#: statements (acts of saying): made where the speaker is, about acts that may be elsewhere
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
#: the words of a border, before «مع X»: X is the neighbour across it, not where the act is («عبر معبر أدري الحدودي
#: مع تشاد»، «على الحدود مع لبنان»)
_BORDER_WORDS = frozenset({"الحدود", "الحدودي", "الحدوديه", "حدود", "حدودها", "حدوده", "الحدوديين"})


_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
#: words of allegiance before a capital or a country («الموالي لأنقرة»، «المدعومة من طهران»)
_LOYAL_TO = word_set("frames", "_LOYAL_TO")
# (not «تابعة لـ»: «قرية تابعة لمدينة البوكمال» is a village of the town's district)


def _reinforcements(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger a noun of forces sent («تعزيزات»، «أرتال»، «حشود»), whose «من X» names whose they are (not
    «انتشار عناصر من …» or «تحصينات»)?"""
    return words[trig.head].norm.removeprefix("و").removeprefix("ال") in _FORCES_SENT


def _carried_members(words: list[Word], trig: Trigger, a: Arg) -> bool:
    """Is the actor a member phrase («عناصر من X») carried by the reinforcements: a verb of carrying («تقل»، «تضم»)
    between the trigger and it, at most ten words apart, no sentence punctuation between?"""
    counted = a.first > 1 and words[a.first - 1].norm == "من" and proclitic_in(words[a.first - 2].norm, _CARRIED_MEMBERS, "و")
    if not counted and (a.first + 1 > a.last or words[a.first + 1].norm != "من" or not (
            proclitic_in(words[a.first].norm, _CARRIED_MEMBERS, "و") or (
                words[a.first].norm in _COUNTED_MEMBERS and a.first > 0 and cardinal(words[a.first - 1].norm)))):
        return False  # («تضم … عناصر من X»، «وأكثر من ألف مقاتل من X»: a counted singular after its number; «ومئات من
        # عناصر X»: the members after their count)
    between = words[trig.last + 1 : a.first]
    return a.first - trig.last <= 10 and not any(w.norm in CLAUSE_ENDS for w in between) and any(
        w.norm in _CARRYING for w in between)


#: «حمّل» (held responsible), whose subject and object stand between it and «مسؤولية»
BLAME_VERBS = (norm("حمّل"), norm("يحمّل"), norm("تحمّل"))
#: verbs by which reinforcements carry their members («تقل عناصر من …»، «تضم مقاتلين من …»)
_CARRYING = word_set("frames", "_CARRYING")
_CARRIED_MEMBERS = word_set("frames", "_CARRIED_MEMBERS")
#: members counted in the singular after their number («ألف مقاتل»، «ست مئة عنصر»)
_COUNTED_MEMBERS = word_set("frames", "_COUNTED_MEMBERS")


def cardinal(w: str) -> bool:
    """Is the (normalised) word a cardinal («ألف»، «مئة»، «200»)?"""
    return w.isdigit() or parse_words(w.removeprefix("و")) is not None
#: nouns of forces sent, whose «من X» is their owner («تعزيزات إضافية من الجيش»)
_FORCES_SENT = frozenset({"تعزيزات", "ارتال", "رتل", "رتلا", "حشود", "تعزيزاتها", "تعزيزاته"})


#: rulers named by their seat («سلطات صنعاء»، «حكومة عدن»): an actor, not where the event is
_RULED_FROM = frozenset({"سلطات", "حكومه", "حكام"})


def _loyal_to(words: list[Word], k: int) -> bool:
    """Is word ``k`` (the word before a place, or before its «من») a word of allegiance («الموالي لأنقرة»)?"""
    return k >= 0 and proclitic_in(words[k].norm, _LOYAL_TO, "و")


def place_prep(words: list[Word], p: Arg) -> str:
    """How a place is governed: «dest» (إلى، نحو، باتجاه …), «loc» (في، بـ، قرب, a direction …) or ""."""
    x = words[p.first - 1].norm if p.first > 0 else ""
    if x in SETTLEMENT_HEADS and p.first > 1:
        # «وفي مدينة كوستي، استهدفت …»: a name the tagger found without its settlement word is governed by what
        # governs that word
        x = words[p.first - 2].norm
    own = words[p.first].norm
    if x in _DEST_PREPS or own.startswith(("الي", "لل")):
        return "dest"
    if x in _LOC_PREPS or (x[:1] == "و" and x[1:] in _LOC_PREPS) or own.startswith(("في", "ب", "وفي")) or (
            own in _DIRECTIONS or own == "وسط"):
        return "loc"  # (a place whose span opens with a direction: «سوقاً وسط مدينة مارع»)
    return ""


#: the nouns of the people of a place («أبناء اللطامنة»، «أهالي قضاء الدور»)
_NATIVES = frozenset({"ابناء", "اهالي", "سكان", "اهل"})
_BODIES_OF_PEOPLE = frozenset(norm(w) for w in ("لجنة", "لجان", "مجلس", "تنسيقية", "رابطة", "اتحاد", "هيئة", "تجمع", "وجهاء"))


def native_place(words: list[Word], p: Arg) -> bool:
    """Is the place where the people named come from («أربعة شبان من أبناء اللطامنة»، «سبعة من أهالي قضاء الدور»):
    a noun of its people right before it (its settlement word between)?  Where they live, not where the act was, when
    the sentence names another place."""
    k = p.first - 1
    if k > 0 and words[k].norm in SETTLEMENT_HEADS:
        k -= 1
    # (not a body named after them: «لجنة أهالي حيس» is where its protest is)
    return k >= 0 and words[k].norm.removeprefix("و") in _NATIVES and not (k > 0 and words[k - 1].norm in _BODIES_OF_PEOPLE)


#: the acts that go somewhere: where they head is their place
_MOVING_TYPES = frozenset({"MOBILIZE", "AID", "RETREAT", "CONSULT"})
#: participles of heading somewhere («قافلة متجهة إلى …»، «سفينة في طريقها إلى …»)
_HEADING = word_set("frames", "_HEADING")


def _heading_to(words: list[Word], p: Arg) -> bool:
    """Is the place ``p`` where someone or something was heading («قافلة طحين متجهة إلى حيس»، «في طريقها إلى …»): a
    participle of heading, then «إلى/نحو/صوب», right before it (a settlement word between)?"""
    k = p.first - 1
    if k >= 0 and words[k].norm in SETTLEMENT_HEADS:
        k -= 1
    return k >= 1 and words[k].norm in _DEST_PREPS and words[k - 1].norm in _HEADING


def sent_to_place(words: list[Word], trig: Trigger, p: Arg) -> bool:
    """Is ``p`` where a movement of reinforcements or aid goes, told close after it («دخول رتل للكتائب إلى بلدة
    القلعة»)?"""
    return trig.type in ("MOBILIZE", "AID") and 1 <= p.first - trig.last <= 8 and place_prep(words, p) == "dest"


#: what a protest is held for («تنديداً بـ…»، «تضامناً مع …»، «احتجاجاً على …»)
_PROTEST_PURPOSES = frozenset(norm(w) for w in (
    "تنديدا", "تنديداً", "احتجاجا", "احتجاجاً", "تضامنا", "تضامناً", "رفضا", "رفضاً", "استنكارا", "استنكاراً"))


def _protested_about(words: list[Word], trig: Trigger, p: Arg) -> bool:
    """Is the place in what a protest is held for, after the trigger and in the same clause («… وقفة احتجاجية داخل
    الحرم الجامعي تنديداً بما جرى في كادقلي»، «تضامناً مع موقوفي الرديف»)?"""
    if p.first <= trig.last:
        return False
    k = next((j for j in range(p.first - 1, trig.last, -1) if words[j].norm in _PROTEST_PURPOSES
              or words[j].norm in (",", "،", ".", ":", ";")), None)
    return k is not None and words[k].norm in _PROTEST_PURPOSES


def _aside_after(words: list[Word], k: int, times: Sequence[Arg]) -> int:
    """The length of a time set off by commas right after word ``k`` («استهدفت، في السادس عشر من أيلول الماضي، سوقاً
    في حي …»), both commas counted; 0 when there is none."""
    if k + 2 >= len(words) or words[k + 1].norm not in (",", "،"):
        return 0
    return next((t.last + 2 - k for t in times if k + 2 <= t.first <= k + 3 and t.last + 1 < len(words)
                 and words[t.last + 1].norm in (",", "،")), 0)


def pick_place(words: list[Word], trig: Trigger, places: list[Arg], times: Sequence[Arg] = ()) -> tuple[Arg | None, str, bool]:
    """The place governing the trigger, the reason, and whether it is close and governed (strong).

    Places after في/بـ/قرب/directions near the trigger, and the place an attack verb or masdar takes as
    its object, come first; destinations (إلى، نحو، باتجاه) only when nothing else is there.
    """
    if not places:
        return None, "", False

    def target(p: Arg) -> bool:
        # the object of an attack verb («تستهدف قاعدة التنف في سوريا»، «قصفت القوات بلدة كفرنبل») or the
        # genitive of its masdar («استهداف قاعدة التنف»): the place attacked, finer than a country after في
        gap = p.first - trig.last
        if trig.type == "ASSAULT" and 2 <= gap <= 4 and words[p.first - 1].norm == "علي":
            return True  # «هجوم بري على قرية الملاجة»، «غارات جوية على بلدة X»: the place attacked
        if trig.type == "CONSULT" and trig.mode == "visit" and trig.pos == "v" and norm(trig.lemma) in _VISITING:
            # «زار المحافظ مدينة إدلب»: the place visited, the verb's object
            return place_prep(words, p) == "" and 1 <= gap <= 4 and not office_place(words, p.first)
        return trig.type in _TARGET_TYPES and place_prep(words, p) == "" and (gap == 1 or (trig.pos == "v" and 1 <= gap <= 4))

    ends = {p.last for p in places}

    def locator(p: Arg) -> bool:
        # «وفي مدينة التل شمال دمشق»: a place after a direction right after another place only locates that place
        if words[p.first].norm in _DIRECTIONS or words[p.first].norm in _REGION_OF:
            # the place's span holds the direction or the region word («شمال دمشق»، «وفي مدينة جبلة بريف اللاذقية»)
            return p.first - 1 in ends or (p.first >= 2 and words[p.first - 1].norm == "في" and p.first - 2 in ends)
        return p.first >= 2 and words[p.first - 1].norm in _DIRECTIONS and p.first - 2 in ends

    # reinforcements, aid and visiting delegations are where they are sent («دخلت قافلة مساعدات … إلى تلبيسة»، «توجه
    # وفد … إلى أنقرة لبحث التطورات في إدلب»)
    # (for a force, a destination the gazetteer lacks counts too: «ووصلت إلى محوري عين زارة ووادي الربيع تعزيزات …
    # قادمة من مصراتة»)
    sent_to = ((trig.type in ("MOBILIZE", "AID") or (trig.type == "CONSULT" and trig.mode == "visit" and not norm(
        trig.lemma).startswith("استقبل"))) and any(place_prep(words, p) == "dest" for p in places)  # (not who receives a visit)
               ) or (trig.type == "MOBILIZE" and any(
                   w.norm in _DEST_PREPS for w in words[max(0, trig.first - 8) : min(len(words), trig.last + 12)]))

    def moved_from(p: Arg) -> bool:
        # «استقدمت تعزيزات من مدينة الميادين إلى محيط بلدة السخنة»: reinforcements are where they are sent
        return sent_to and p.first > 0 and words[p.first - 1].norm == "من"

    def dateline(p: Arg) -> bool:
        # «إدلب – «منصة خيمة»: قُتلت …»: where the report is filed from, a place only when the sentence names no other
        return p.first == 0 and p.last + 1 < len(words) and words[p.last + 1].norm in _DASHES and any(
            w.norm == ":" for w in words[p.last + 2 : p.last + 9])

    # (a time set off by commas right after the trigger stands between it and what it governs: «استهدفت، مساء أمس، سوقاً
    # في حي …»)
    aside = _aside_after(words, trig.last, times)

    def dist(p: Arg) -> float:
        d = p.first - trig.last - (aside if p.first >= trig.last + aside else 0) if p.first > trig.last else (
            trig.first - p.last) * 1.5
        return (d + (30 if place_prep(words, p) == "dest" and not sent_to else 0) + (8 if place_prep(words, p) == "" and not target(p) else 0)
                + (12 if locator(p) else 0) + (30 if moved_from(p) else 0) + (60 if dateline(p) else 0)
                + (30 if p in natives_apart else 0))

    # «شن الاحتلال عدواناً من اتجاه الجولان المحتل مستهدفاً …»: where the strike came from, not where it hit;
    # «مسؤول في «الجيش الوطني» الموالي لأنقرة»: whom a group is loyal to, not a place of the event
    places = [p for p in places if not _origin(words, p.first) and not _fled_to(words, p.first)
              and not _loyal_to(words, p.first - 2 if p.first > 1 and words[p.first - 1].norm == "من" else p.first - 1)
              and not _names_an_accord(words, trig, p.first) and not (in_slogan(words, p.first) and not in_slogan(words, trig.first))
              and not (p.first >= 2 and words[p.first - 1].norm == "مع" and words[p.first - 2].norm in _BORDER_WORDS)
              and not (p.first >= 1 and words[p.first - 1].norm in _RULED_FROM)]
    if not places:
        return None, "", False
    if len(places) > 1 and (own := [p for p in places if not office_apart(words, trig, p)]):
        # «اعتُقلا في قرية تابعة لناحية جلولاء …، من دون أن تؤكد قيادة شرطة ديالى ذلك»: the province of a police
        # command or a governor named apart from the act names whose office it is; another place of the sentence is
        # where the act is
        places = own
    if trig.type == "PROTEST" and (held := [p for p in places if not _protested_about(words, trig, p)]):
        # «وفي مدينة الدلنج، نفّذ الطلاب وقفة احتجاجية … تنديداً بما جرى في كادقلي»: what a protest is about, not where
        places = held
    if trig.type in STATEMENT_TYPES and (opened := [p for p in places if p.last < trig.first and opening_place(words, p)]):
        # «وفي دمشق، وجهت وزارة الخارجية رسالتين …، حمّلت فيهما النظام التركي مسؤولية الاعتداءات على المدنيين في ريف
        # حماة»: the place the sentence opens with is where the statement is made; a place in what it says is not
        places = opened
    if trig.type not in _MOVING_TYPES and (away := [p for p in places if not _heading_to(words, p)]) != places:
        # «مقتل سائقَين بقصف حوثي على قافلة طحين متجهة إلى حيس»: where the convoy was heading is not where it was hit
        places = away
        if not places:
            return None, "", False
    if trig.type in NO_DESTINATION or trig.mode == "release":
        # «طرحوا مبادرة الخروج إلى إدلب»: a destination belongs to a movement, not to a proposal or statement; nor to a
        # release («أفرج الفرع عن اثنين … وسط مخاوف من نقل الآخرَين إلى دمشق»)
        places = [p for p in places if place_prep(words, p) != "dest"]
        if not places:
            return None, "", False
    elif trig.type == "RETREAT" and any(place_prep(words, p) != "dest" for p in places):
        # «خروج المقاتلين … باتجاه الشمال السوري، مقابل انسحاب الفرقة من محيط المدينة»: a withdrawal happens where
        # they leave; the destination only when no other place is named
        places = [p for p in places if place_prep(words, p) != "dest"]
    # «اعتقلوا عند المدخل الجنوبي لبلدة صوران أربعة شبان من أبناء اللطامنة»: where the people come from gives way to a
    # place the act is told «في/عند/قرب» (not to one that only locates theirs: «أهالي مدينة سلقين في محافظة إدلب»)
    natives = [p for p in places if native_place(words, p)]
    natives += [p for p in places if words[p.first].norm.startswith("و") and any(n.last + 1 == p.first for n in natives)]
    natives_apart = [p for p in natives if any(
        o not in natives and place_prep(words, o) == "loc" and o.first > 0 and words[o.first - 1].norm != "من"
        and not p.last < o.first <= p.last + 3 for o in places)]
    if trig.type == "MOBILIZE" and all(moved_from(p) for p in places):
        return None, "", False  # (only where the force comes from: not where it is sent)
    best = min(places, key=dist)
    d = dist(best)
    strong = d <= 8 and (place_prep(words, best) == "loc" or target(best))
    return best, f"place governing the trigger «{best.text}»" if strong else f"the sentence's place «{best.text}»", strong


def located_by(words: list[Word], p: Arg, k: Arg) -> bool:
    """Does the place ``k`` right after ``p`` only say where ``p`` is: a direction, a region or a «بـ/في/قرب» place
    («بلدة عقابا شمال طوباس»، «قرية دلجا بالمنيا»، «بلدة البارة بجبل الزاوية»، «ناحية بني سعد جنوبي بعقوبة»، «مخيم
    سهلة البنات قرب مدينة الرقة»)?"""
    gap = k.first - p.last
    if gap == 1:
        first = words[k.first].norm
        return first in _DIRECTIONS or first in _REGION_OF or first == "وسط" or (first[:1] == "ب" and len(first) > 3)
    between = [w.norm for w in words[p.last + 1 : k.first]]
    return 2 <= gap <= 3 and all(w in _DIRECTIONS for w in between[:-1]) and (
        between[-1] in _DIRECTIONS or between[-1] in ("في", "قرب"))


def opening_place(words: list[Word], p: Arg) -> bool:
    """Is ``p`` the place a sentence opens with, set off by a comma («وفي كفرنوران، خرج العشرات …»، «في بلدة X، …»): the
    place of the whole sentence?"""
    k = p.first - 1
    if k >= 0 and words[k].norm in SETTLEMENT_HEADS:
        k -= 1
    return (k == 0 and words[0].norm in ("في", "وفي") and p.last + 1 < len(words)
            and words[p.last + 1].norm in (",", "،"))


_DASHES = frozenset({"-", "–", "—"})
#: munitions: fired or planted, never the object of an attack
_MUNITIONS = word_set("frames", "_MUNITIONS")
#: «ضحايا/ضحية» right before an attack noun: what stands before them are its victims
#: (and those wounded, killed or martyred in an attack: «وزار المحافظ جرحى الهجوم»، «شيّع الأهالي قتلى القصف»)
_VICTIMS_OF = frozenset({"ضحايا", "ضحيه", "ضحيتا", "ضحيتي", "جرحي", "قتلي", "شهداء", "مصابي"})
#: the participles of «طالب» (lexicon: REQUEST), of «توعّد/حذّر/لوّح» (THREATEN), of «أشاد» (SUPPORT), of «اتهم/حمّل»
#: (ACCUSE), of «رفض» (REJECT), of «تعهّد» (AGREE) and of «دعا» (REQUEST), masculine
CLAUSE_PARTICIPLES = frozenset({"مطالبا", "مطالبين", "مطالبون", "متوعدا", "متوعدين", "متوعدون", "محذرا", "محذرين",
                                 "محذرون", "ملوحا", "ملوحين", "ملوحون", "مشيدا", "مشيدين", "مشيدون", "متهما", "محملا",
                                 "محملين", "رافضا", "متعهدا", "داعيا", "داعين", "مهددا", "مهددين", "مهددون"})
#: their feminine forms, which are also masdars or nouns («مطالبة الحكومة بـ…» the demand): participles only with
#: tanween or after a comma («، مطالبةً الجماعة بـ…»، «مطالباتٍ رئيس المنطقة بـ…»)
_FEMININE_PARTICIPLES = frozenset({"مطالبه", "مطالبات", "متوعده", "محذره", "ملوحه", "مشيده", "متهمه", "داعيه", "مهدده",
                                   "محمله"})


#: «إن/أن» opening what is said, bare or with a pronoun («أنه»، «بأنها»)
_THAT = word_set("frames", "_THAT")


def _subject_of_that(words: list[Word], trig: Trigger, before: list[Arg], others: list[Trigger]) -> Arg | None:
    """The subject of «أنّ» before a verb, its «من» phrase or genitive between them («أن وفداً من وجهاء الحي سيلتقي
    …»): the last actor right after «أن/بأن» that ends up to five words before the verb, with only words (no
    punctuation) and no other trigger between."""
    return next((a for a in sorted(before, key=lambda a: -a.last)
                 if a.first > 0 and words[a.first - 1].norm in ("ان", "بان") and 0 < trig.first - a.last <= 5
                 and all(w.kind == "word" for w in words[a.last + 1 : trig.first])
                 and not any(a.last < o.first < trig.first for o in others)), None)


def _said_content(words: list[Word], trig: Trigger) -> tuple[int, int] | None:
    """(the «إن/أن» opening what is said, the verb of saying) for the nearest verb of saying before the trigger in its
    sentence that is followed, within eight words and before the trigger, by «إن/أن/بأن» («قال المركز … إن …»)."""
    speech = cues()["speech_verbs"]
    k = next((j for j in range(trig.first - 1, -1, -1) if proclitic_in(words[j].norm, speech, "و")), None)
    if k is None:
        return None
    q = next((j for j in range(k + 1, min(trig.first, k + 9)) if words[j].norm in _THAT), None)
    return None if q is None else (q, k)


#: nouns of aid and of its convoys («قافلة مساعدات»، «شحنة أدوية»)
_AID_NOUNS = word_set("frames", "_AID_NOUNS")


def _after_aid_noun(words: list[Word], a: Arg) -> bool:
    """Does the actor follow «لـ» right after an aid noun, or after one adjective of it («قافلة مساعدات لـ«الهلال
    الأحمر»»، «مساعدات إنسانية للصليب الأحمر»)?"""
    j = a.first - 1
    while j >= 0 and words[j].norm in _QUOTES:
        j -= 1
    if j >= 0 and words[j].norm in ("ل", "لـ"):
        j -= 1  # «لـ«الهلال الأحمر»»: «لـ» a word of its own
    elif words[a.first].norm.startswith("ل"):
        j = a.first - 1  # «للهلال الأحمر»: «لـ» glued to the name
    else:
        return False
    return j >= 0 and (words[j].norm in _AID_NOUNS or (j >= 1 and words[j - 1].norm in _AID_NOUNS))


def _aid_body(a: Arg) -> bool:
    """Is the actor a humanitarian body of the knowledge base (an NGO or an international organisation)?"""
    entry = default_kb().actor(a.actor) if a.actor else None
    return entry is not None and entry.type in ("ngo", "igo")


def _circumstantial_participle(words: list[Word], trig: Trigger) -> bool:
    """Is the trigger a participle of demanding, threatening or praising that qualifies the clause before it («، مطالبين
    الحكومة بـ…»، «، متوعّدةً بملاحقة الجناة»، «، مشيداً بـ…»)?"""
    w = words[trig.head]
    return clause_participle_at(words, trig.head) or (  # («…، مطالبين …، ومحمّلين الجهات الحكومية مسؤولية …»)
        w.norm[:1] == "و" and w.norm[1:] in CLAUSE_PARTICIPLES and trig.head > 0 and words[trig.head - 1].norm in (",", "،"))


def _feminine_participle(words: list[Word], k: int) -> bool:
    """Is word ``k`` the feminine of a clause participle, written with tanween or after a comma («، مطالبةً …»)?"""
    w = words[k]
    return w.norm in _FEMININE_PARTICIPLES and (
        _TANWEEN_FATH in w.text or "\u064d" in w.text or (k > 0 and words[k - 1].norm in (",", "،")))


def _participle_object(words: list[Word], a: Arg) -> bool:
    """Does a clause participle stand right before the actor («، محمّلةً حكومة الاحتلال المسؤولية»، «، مطالباً
    الحكومة بـ…»)?  The actor is its object, never the subject of a verb joined after it."""
    k = _word_before(words, a.first)
    return k >= 0 and clause_participle_at(words, k)


def clause_participle_at(words: list[Word], k: int) -> bool:
    """Is word ``k`` a clause participle of demanding, threatening, praising or blaming, masculine («مطالباً») or
    feminine with tanween or after a comma («، مطالبةً»)?"""
    return words[k].norm in CLAUSE_PARTICIPLES or _feminine_participle(words, k)


#: words opening a condition: an actor after one is the subject of the condition's verb
_CONDITIONALS = frozenset({"اذا", "واذا", "لو", "ولو", "حال"})
def _names_an_accord(words: list[Word], trig: Trigger, k: int) -> bool:
    """Is the place at word ``k`` the name of an accord or a process («الدولتين الضامنتين لاتفاق «سوتشي»»), not where
    the event is? Not when the accord noun is the trigger itself."""
    j = k - 1
    while j >= 0 and words[j].norm in QUOTE_MARKS:
        j -= 1
    if j < 0 or j == trig.head or (trig.first <= j <= trig.last and "…" not in trig.lemma):
        return False  # (the words in the gap of a phrase «حمّل … المسؤولية» are not the trigger's)
    return accord_noun(words[j].norm)  # («اتفاق «سوتشي»»، «تفاهمات أستانا»، «مسار جنيف»)


#: two words before a place that make it where a strike or a movement came from («من اتجاه …»، «قادم من …»)
_ORIGIN_PHRASES = (("من", "اتجاه"), ("من", "جهه"), ("انطلاقا", "من"), ("قادمه", "من"), ("قادما", "من"), ("قادم", "من"),
                   ("القادم", "من"), ("القادمه", "من"), ("قادمين", "من"), ("القادمين", "من"), ("قادمون", "من"))


#: offices named after a place («محافظ الحديدة»، «قائد شرطة الأنبار»، «مدير منطقة حيس»): the place is the office's
_OFFICES = word_set("frames", "_OFFICES")


def office_place(words: list[Word], k: int) -> bool:
    """Is the place at word ``k`` the genitive of an office («والتقى محافظ الحديدة، في مقرّه بمدينة الخوخة، …»: the
    governor of Hodeidah, met in al-Khawkha)? It names whose office, not where the event is."""
    return k > 0 and proclitic_in(words[k - 1].norm, _OFFICES, "و")


def office_apart(words: list[Word], trig: Trigger, p: Arg) -> bool:
    """Is the place ``p`` the genitive of an office (:func:`office_place`) named apart from the trigger, more than three
    words away? Right by it the office holder is the act's own party, met where the office is («التقى محافظ اللاذقية
    وفداً من وجهاء الصليبة»)."""
    return office_place(words, p.first) and (p.first - 1 - trig.last > 3 or trig.first - p.last > 3)


#: verbs of fleeing: where the attackers fled is not where they struck
_FLED = word_set("frames", "_FLED")


def _fled_to(words: list[Word], k: int) -> bool:
    """Is the place at word ``k`` where attackers fled to («ثم فرّوا باتجاه الطريق الواصل بين نوى وبلدة الشيخ سعد»،
    «لاذوا بالفرار نحو البادية»): a verb of fleeing within eight words before it, «باتجاه/نحو/إلى» between, no
    punctuation?"""
    dest = False
    for j in range(k - 1, max(-1, k - 9), -1):
        w = words[j]
        if w.kind != "word":
            return False
        x = w.norm[1:] if w.norm[:1] in ("و", "ث") and w.norm[1:] in _FLED else w.norm
        if x in _DEST_PREPS:
            dest = True
        elif x in _FLED or (x[:1] == "ف" and x[1:] in _FLED):
            return dest
    return False


def _origin(words: list[Word], k: int) -> bool:
    """Is the place at word ``k`` the origin of a strike or a movement («من اتجاه الجولان»، «انطلاقاً من …»)?"""
    if k >= 2 and (words[k - 2].norm, words[k - 1].norm) in _ORIGIN_PHRASES:
        return True
    if k >= 2 and words[k - 1].norm == "من" and words[k - 2].norm in _DISPLACED:
        return True  # «الضحيتين من عائلة مهجّرة من عفرين»: where the victims come from, not where they were hit
    if k >= 2 and words[k - 1].norm in _LEFT and words[k - 2].norm in _WHO:
        return True  # «اعتقلت … أحد عشر شاباً ممن غادروا الركبان»: the place people are named by having left
    if k >= 4 and words[k - 1].norm == "في" and words[k - 2].norm in _WARS_FLED and words[k - 3].norm == "من" and (
            words[k - 4].norm in _DISPLACED):
        return True  # «أوضاع الفارّين من الحرب في السودان»: the war the refugees fled, not where the meeting is
    if words[k].norm[:1] == "و" and any(
            words[j].norm == "من" and words[j - 1].norm in _DISPLACED
            and all(w.kind == "word" and w.norm not in _PLACE_PREPS for w in words[j + 1 : k])
            for j in range(max(1, k - 4), k)):
        # «الفارّين من الرقة والموصل»: the second of the places they come from (not a place after a preposition of
        # its own: «النازحين من الرقة وصلوا إلى وادي …»)
        return True
    if k >= 2 and words[k - 1].norm in ("داخل", "خارج") and words[k - 2].norm == "من" and any(
            matches_form(words[j].norm, _LAUNCHING) for j in range(max(0, k - 9), k - 2)):
        return True  # «مقذوفات أطلقتها الميليشيات من داخل الأراضي اليمنية»: where the fire came from
    # «لقصف مدفعي مصدره مواقع قوات النظام في محيط مدينة صوران»: where the fire came from
    for j in range(k - 1, max(-1, k - 7), -1):
        if words[j].kind != "word":
            return False
        if words[j].norm in _FROM_WHERE:
            return True
    return False


_FROM_WHERE = frozenset({"مصدره", "مصدرها", "مصدرهما"})
#: verbs of firing: «من داخل X» after one is where the fire came from
_LAUNCHING = word_set("frames", "_LAUNCHING")
#: displaced people: the place after «من» is where they came from
_DISPLACED = word_set("frames", "_DISPLACED")
#: leaving a place, in a relative clause that names people by it («ممن غادروا الركبان»، «الذين غادروا المخيم»)
_LEFT = frozenset({"غادروا", "غادر", "غادرت", "غادرن", "يغادرون", "غادرا"})
_WHO = RELATIVE_PRONOUNS | {"ممن"}
#: what the displaced flee, before the place it rages in («الفارّين من الحرب في السودان»)
_WARS_FLED = word_set("frames", "_WARS_FLED")
#: positions named as where fire came from; their genitive owner is the agent («مواقع قوات النظام»)
_POSITIONS = frozenset({"مواقع", "موقع", "نقاط", "نقطه", "ثكنه", "ثكنات", "مقرات", "مقر", "حواجز", "حاجز", "مناطق", "منطقه"})


#: «للقاء X» (to meet X): the purpose of coming, X the one met
_TO_MEET = frozenset({"للقاء", "لمقابله", "وللقاء", "ولمقابله"})
#: coming, going and readiness, whose purpose «للقاء X» names whom one meets
_COMING = word_set("frames", "_COMING")


OPENING_TIME = "time expression opening the sentence"
SENTENCE_TIME = "the sentence's only time expression"


_CONDITION = word_set("frames", "_CONDITION")
_CASE = frozenset(norm(w) for w in ("حال", "حالة"))  # a condition after «في» only («في حال»; «حالة الترقب» is none)


def _conditional_time(words: list[Word] | None, trig: Trigger, t: Arg) -> bool:
    """Does a condition or a deadline stand between the trigger and a time expression after it («هدد بشن عملية
    في حال عدم تنفيذ المطالب خلال مهلة تنتهي يوم السبت المقبل»), or is the trigger the deadline itself?  The time
    is the condition's or the deadline's end, not the act's."""
    if words is None or t.first <= trig.last:
        return False
    if norm(trig.lemma) in _CONDITION:
        return True  # the trigger is the deadline itself («مهلة تنتهي يوم السبت»): the time is when it runs out
    return any(words[k].norm in _CONDITION or (words[k].norm in _CASE and words[k - 1].norm in ("في", "وفي"))
               for k in range(trig.last + 1, min(t.first, len(words))))


#: verbs of commemorating («أحيا أهالي البلدة الذكرى …»)
COMMEMORATE = word_set("frames", "COMMEMORATE")


def commemoration_verb(words: list[Word], trig: Trigger) -> int | None:
    """The index of the commemoration verb a noun with بـ says how the commemoration was held with («أحيا أهالي
    البلدة، صباح اليوم، الذكرى … بوقفة …»): «أحيا» up to 40 words before, in the same sentence part."""
    if words[trig.first].norm[:1] != "ب":
        return None
    for k in range(trig.first - 1, max(-1, trig.first - 41), -1):
        if words[k].norm in CLAUSE_ENDS:
            return None
        if words[k].norm in COMMEMORATE:
            return k
    return None


def _quoted_apart(words: list[Word] | None, trig: Trigger, t: Arg) -> bool:
    """Is the time inside a quotation of more than three words that the trigger, an act of saying, is outside of: the
    words of a promise or a demand («ووعدهم … بـ«رفع مطالبهم إلى مجلس الوزراء خلال الأسبوع الجاري»»), whose time is
    the content's, not the act's?"""
    if words is None or trig.type not in _SAYING_TYPES:
        return False  # (an attack or a meeting is often dated inside a quote: «إن «الضربات التي انطلقت فجر اليوم …»»)
    marks = [k for k, w in enumerate(words) if w.norm in QUOTE_MARKS]
    # (a quote of up to three words is a name or a scare quote — «حيّدت»، «هجوم واسع» — not quoted content)
    spans = [(a, b) for a, b in zip(marks[0::2], marks[1::2], strict=False) if b - a - 1 > 3]
    return any(a < t.first and t.last < b and not (a < trig.first and trig.last < b) for a, b in spans)


def pick_time(trig: Trigger, times: list[Arg], *, others: list[Trigger] | None = None,
              words: list[Word] | None = None) -> tuple[Arg | None, str]:
    """The time expression governing the trigger: within 8 words and no other trigger in between; never one
    after a condition or a deadline that follows the trigger (``words`` given)."""
    n_times = len(times)
    times = [t for t in times if not _conditional_time(words, trig, t) and not _since_elsewhere(words, trig, t)
             and not _first_since(words, trig, t)
             and not _quoted_apart(words, trig, t)
             # («… على أي خرق لاتفاق عام 1974»: the year names the accord, not when the warning was given)
             and not (words is not None and _names_an_accord(words, trig, t.first))]
    ok = []
    for t in times:
        lo, hi = (t.last, trig.first) if t.last < trig.first else (trig.last, t.first)
        if hi - lo > 8 and not _time_after_subject(words, trig, t):
            continue
        if any(lo < o.head < hi for o in (others or []) if o is not trig and o.type != trig.type):
            continue
        if words is not None and any(contrast_at(words, k) for k in range(lo + 1, hi)):
            continue  # another clause («على أن يُعقد لقاء … يوم الثلاثاء المقبل، في حين رفض …»)
        if words is not None and t.first > trig.last and _terms_between(words, lo, hi):
            continue  # «… قضوا في معارك سابقة، على أن تعبر القافلة يوم الخميس المقبل»: the time of the terms after «على أن»
        ok.append(t)
    if words is not None:
        # «أحيا أهالي البلدة، صباح اليوم، الذكرى الحادية عشرة لـ… بوقفة …»: the act a commemoration was held with has
        # the commemoration verb's time (not the old event's, told between them)
        verb = commemoration_verb(words, trig)
        if verb is not None:
            near = [t for t in times if t.last < trig.first and (t.first - verb if t.first > verb else verb - t.last) <= 8]
            if near:
                best = min(near, key=lambda t: abs(t.first - verb))
                return best, f"time of the commemoration held with the trigger «{best.text}»"
    if not ok:
        # a time expression opening the sentence («وفي 19 آذار الجاري، تصدت … لصواريخ اعتدت …») dates its clauses
        lead = [t for t in times if t.first <= 3 and t.last < trig.first and not any(
            t.last < o.head < trig.first for o in (others or []) if o is not trig and o.type != trig.type)]
        if lead:
            return lead[0], f"{OPENING_TIME} «{lead[0].text}»"
        if n_times == 1 and times:
            # the sentence's only time expression («… استهدف مواقع في محيط دمشق، في الـ14 من تموز»)
            t = times[0]
            lo, hi = (t.last, trig.first) if t.last < trig.first else (trig.last, t.first)
            if not any(lo < o.head < hi for o in (others or []) if o is not trig and o.type != trig.type) and not (
                    words is not None and later_statement(words, trig.last, t.first)) and not (
                    words is not None and any(contrast_at(words, k) for k in range(lo + 1, hi))) and not (
                    words is not None and t.first > trig.last and (_new_clause_between(words, lo, hi)
                                                                   or _terms_between(words, lo, hi))):
                # (not across «في حين/فيما/بينما»: «لقاء … يوم الثلاثاء المقبل، في حين رفض ممثلو «رجال الكرامة»
                # العرض» — the planned meeting's day is not the refusal's; nor after «، وقد»: «خُطفوا قرابة التاسعة
                # مساءً على طريق ترابي …، وقد عُثر صباح اليوم على سيارتهم» — the day the car was found)
                return t, f"{SENTENCE_TIME} «{t.text}»"
        if n_times > 1 and words is not None and len(times) == n_times and (
                first := _own_clause_time(words, trig, times, others or [])) is not None:
            return first, f"the first time after the trigger in its own clause «{first.text}»"
        return None, ""
    best = min(ok, key=lambda t: min(abs(t.first - trig.last), abs(trig.first - t.last)))
    return best, f"time expression governing the trigger «{best.text}»"


def _own_clause_time(words: list[Word], trig: Trigger, times: list[Arg], others: list[Trigger]) -> Arg | None:
    """In a sentence with several time expressions, all after the trigger, the first one when nothing but the act's own
    words stand between them (no act of another type, no new clause or contrast, no statement) and every later one
    is past a clause of its own («وكان مسلحون قد اغتالوا ضابطاً … أمام مسجد في مدينة البيضاء، في الحادي والعشرين
    من آب الماضي، …، وكان الضحية قد أحيل على التقاعد قبل سنوات»)."""
    if any(t.first <= trig.last for t in times):
        return None
    first, *later = sorted(times, key=lambda t: t.first)
    lo, hi = trig.last, first.first
    if hi - lo > 20 or _breaks(words, lo, hi, trig, others) or _terms_between(words, lo, hi) or later_statement(
            words, trig.last, first.first):
        return None
    return first if all(_breaks(words, first.last, t.first, trig, others) for t in later) else None


def _breaks(words: list[Word], lo: int, hi: int, trig: Trigger, others: list[Trigger]) -> bool:
    """Does a clause of its own open between words ``lo`` and ``hi``: an act of another type, a contrast, «، وقد»,
    or «، وكان/وكانت» (background told apart)?"""
    return (any(lo < o.head < hi for o in others if o is not trig and o.type != trig.type)
            or any(contrast_at(words, k) for k in range(lo + 1, hi)) or _new_clause_between(words, lo, hi)
            or any(words[k].norm in (",", "،") and words[k + 1].norm in ("وكان", "وكانت") for k in range(lo + 1, hi - 1)))


def _terms_between(words: list[Word], lo: int, hi: int) -> bool:
    """Does «على أن» (the terms of a deal or a plan) open a clause between words ``lo`` and ``hi``?"""
    return any(words[k].norm == "علي" and words[k + 1].norm == "ان" for k in range(lo + 1, hi - 1))


def _new_clause_between(words: list[Word], lo: int, hi: int) -> bool:
    """Does «، وقد» (or «، فقد») open a clause of its own between words ``lo`` and ``hi``?"""
    return any(words[k].norm in (",", "،") and words[k + 1].norm in ("وقد", "فقد") for k in range(lo + 1, hi - 1))


def _time_after_subject(words: list[Word] | None, trig: Trigger, t: Arg) -> bool:
    """Is the time set off by commas right after the verb's subject phrase, however long, with no other comma or
    stop before it («توجه وفد من وجهاء العشائر العربية وشخصيات كردية من القامشلي، صباح اليوم السبت، إلى المدينة»)?"""
    if words is None or trig.pos != "v" or t.first <= trig.last + 1 or t.first - trig.last > 16 or t.last + 1 >= len(words):
        return False
    if words[t.first - 1].norm not in (",", "،") or words[t.last + 1].norm not in (",", "،"):
        return False
    return all(w.kind == "word" or w.norm in _QUOTES for w in words[trig.last + 1 : t.first - 1])


#: contrastive clause openers («في حين» is matched in the code): a time after one belongs to the other clause
_CONTRASTS = word_set("frames", "_CONTRASTS")


def contrast_at(words: list[Word], k: int) -> bool:
    """Does a contrastive clause opener stand at word ``k`` («في حين»، «فيما»، «بينما»)?"""
    w = words[k].norm
    if w in ("في", "وفي") and k + 2 < len(words) and words[k + 1].norm == "وقت" and k > 0 and words[k - 1].norm in (
            ",", "،") and words[k + 2].kind == "word" and words[k + 2].norm not in _TIMES_OF_A_TIME:
        return True  # «…، في وقت دفع المجلس الانتقالي بتعزيزات …» (but «، في وقت لاحق» is a time)
    return w in _CONTRASTS or (w in ("في", "وفي") and k + 1 < len(words) and words[k + 1].norm == "حين")


#: what «في وقت» may be followed by as a time, not a clause («في وقت لاحق/متأخر/سابق»)
_TIMES_OF_A_TIME = frozenset(norm(w) for w in (
    "لاحق", "متأخر", "متاخر", "سابق", "مبكر", "واحد", "قصير", "قياسي", "قريب", "مناسب", "سابق،", "لاحقا", "من"))


_TODAY_SPAN = re.compile("ساع|صباح|فجر|ليل|ظهر|مساء|اليوم|امس")


def _first_since(words: list[Word] | None, trig: Trigger, t: Arg) -> bool:
    """Is the time a span «منذ …» after the trigger told as the first of its kind («في أول زيارة منذ العام 2011»، «في
    زيارة هي الأولى منذ 2011»)? It dates when the last one was, not this one."""
    if words is None or t.first <= trig.last or not (
            t.text.lstrip("و").startswith("منذ") or (t.first > 0 and words[t.first - 1].norm == "منذ")):
        return False
    return any(w.norm in _FIRST for w in words[max(0, trig.first - 2) : t.first])


def _since_elsewhere(words: list[Word] | None, trig: Trigger, t: Arg) -> bool:
    """Is the time a span «منذ …» in another clause than the trigger, a comma between («حي درعا البلد المحاصر منذ نحو
    شهرين، والتقى …»، «في صرف رواتبهم منذ شهرين، وهدّد …»)?  It dates when a state began, not the act."""
    if words is None or not t.text.lstrip("و").startswith("منذ") or _TODAY_SPAN.search(norm(t.text)):
        return False  # («منذ ساعات الصباح»: today's act, going on since the morning)
    if t.first <= 2 and t.last < trig.first:
        return False  # «ومنذ أيام، نفّذ سلاحا الجو … غارات»: opening the sentence, «منذ» is «… ago»
    lo, hi = (t.last, trig.first) if t.last < trig.first else (trig.last, t.first)
    return any(w.norm in (",", "،") for w in words[lo + 1 : hi])  # (in another clause: a comma between)


#: «أول/الأولى»: the first act of its kind since a time («أول زيارة منذ 2011»)
_FIRST = word_set("frames", "_FIRST")
_SOCIAL = frozenset({"صفحه", "حساب", "تويتر", "فيسبوك", "فيس", "تلغرام", "تليغرام", "يوتيوب", "قناه"})
_OUTLET = frozenset({"وكاله", "صحيفه", "موقع", "تلفزيون", "التلفزيون", "اذاعه", "رويترز", "فرانس", "صحف", "جريده"})
_WITNESS = frozenset({"شهود", "شاهد", "سكان", "مقيمون", "مقيمين", "الاهالي", "اهالي"})
_ORG = frozenset({"منظمه", "المرصد", "مرصد", "لجنه", "الامم", "الصليب", "جمعيه", "رابطه", "اتحاد", "شبكه"})
_OFFICIAL = frozenset(norm(w) for w in {"وزاره", "مسؤول", "مسؤولون", "مسؤولين", "الشرطه", "شرطه", "الجيش", "متحدث", "الناطق", "ناطق", "بيان",
                       "قائد", "وزير", "مدير", "محافظ", "رئيس", "الحكومه", "السلطات", "اللواء", "العميد", "ضابط", "المتحدث"})


def source_kind(words: list[Word], lo: int, hi: int) -> str:
    """The attribution ``kind`` of the source words ``lo..hi`` (spec: outlet, social-media, …)."""
    return _named_kind(words, lo, hi) or "outlet"


def _named_kind(words: list[Word], lo: int, hi: int) -> str | None:
    """The attribution kind a word of ``lo..hi`` names (correspondent, sources, witness …), or ``None``."""
    for w in words[lo:hi]:
        ss = {s for s, _ in stems(w.norm)}
        if ss & {"مراسل", "مراسلنا", "مراسله"} or w.norm.startswith(("مراسل", "ومراسل")):
            return "correspondent"
        if ss & _SOCIAL:
            return "social-media"
        if ss & {"مصادر", "مصدر"}:
            return "anonymous-sources"
        if ss & _WITNESS:
            return "witness"
        if ss & _OUTLET:
            return "outlet"
        if ss & _ORG:
            return "organisation"
        if ss & _OFFICIAL:
            return "official"
    return None


def _speaker(words: list[Word], lo: int, hi: int, speakers: list[tuple[int, int]] | None) -> bool:
    """Do the words ``lo..hi`` (exclusive) name who speaks: an actor or source mention among their first two
    words, or a word of a source kind (مصادر، مراسل، وكالة، شهود، وزارة …)?  Not what is said («يؤكد ضرورة
    إنهاء الحرب»، «تعلن تفكيك عبوات»).  ``None``: no speakers known, every phrase passes (the old behaviour)."""
    if speakers is None:
        return True
    if any(a <= min(lo + 1, hi - 1) and lo <= b for a, b in speakers):
        return True
    return _named_kind(words, lo, min(hi, lo + 2)) is not None


_BY_SOURCE = frozenset({"بحسب", "وبحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا", "حسبما"})


def find_attribution(words: list[Word], speakers: list[tuple[int, int]] | None = None
                     ) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Reported-speech frames of a sentence: ``(first_word, last_word, kind)`` of each source.  ``speakers``:
    the word spans of the sentence's actor and source mentions; when given, the words after (or before) a
    speech verb are its source only if they name a speaker (:func:`_speaker`)."""
    c = cues()
    speech, preps, stop = c["speech_verbs"], c["attribution_preps"], c["stop_words"] | {"ان", "انه"}
    out: list[tuple[int, int, str]] = []
    why: list[str] = []
    n = len(words)
    flags = flags_of(words)
    speech_at, prep_at = flags.forms(speech), flags.forms(preps)  # matches_form of each word
    for i, w in enumerate(words):
        if w.kind != "word":
            continue
        is_speech = speech_at[i]
        is_prep = prep_at[i] or w.norm in _BY_SOURCE
        if not (is_speech or is_prep):
            continue
        if speakers is not None and any(a <= i <= b for a, b in speakers):
            continue  # «مصادر» of «مصادر محلية» is the source itself, not a verb of speech
        if w.norm in _FROM_WHERE:
            continue  # «قصف مصدره مواقع النظام»: where the fire came from, not who tells it
        j = i + 1
        if j < n and words[j].norm in ("ما", "عن", "ل"):
            j += 1
        if (is_speech and speakers is not None and j < n and words[j].norm[:1] == "ل"
                and words[j].norm not in ("لدى", "لدي")):
            # «الهندي يؤكد للميادين …»، «قال لوكالة …»: whom the words are told to, not who tells them
            ends = [b for a, b in speakers if a == j]
            if ends:
                j = max(ends) + 1
        if is_prep and j < n and speech_at[j]:
            j += 1  # بحسب ما أفاد X
        k = j
        while k < n and k - j < 6 and words[k].norm not in stop and words[k].norm not in (":", ",", "«", "."):
            if words[k].kind == "punct" and words[k].norm not in ("\"", "“", "”", "«", "»"):
                break
            k += 1
        if k > j and any(words[x].kind == "word" for x in range(j, k)) and (is_prep or _speaker(words, j, k, speakers)):
            # skip a bare time word right after a speech verb (قال امس)
            out.append((j, k - 1, source_kind(words, j, k)))
            why.append(f"reported-speech frame «{w.norm}»")
        elif is_speech and i > 0:
            # SVO: "مصادر … أكدت أن"
            lo = i - 1
            while lo > 0 and i - lo < 6 and words[lo - 1].norm not in stop and words[lo - 1].kind != "punct":
                lo -= 1
            if any(words[x].kind == "word" for x in range(lo, i)) and _speaker(words, lo, i, speakers):
                out.append((lo, i - 1, source_kind(words, lo, i)))
                why.append(f"source before the speech verb «{w.norm}»")
    return out, why
