"""Role rules read after the frame (:func:`marsad.events.frames.assign_roles`) has done its part.

Each function answers one question about a trigger in its sentence and returns an argument (or ``None``); the event
builder (:func:`marsad.events.extract._build`) calls them where the frame left a role empty or read it wrong:

* the subject of «وكان X قد فعل» (:func:`pluperfect_victim`, :func:`pluperfect_agent`) and the toll it gives
  (:func:`victim_count`);
* counted patients of arrest and attack nouns and phrases (:func:`counted_after_noun`, :func:`phrase_object`), a
  counted victim's group (:func:`victims_of_groups`);
* who did an act told without an agent: the owner of the attack that killed (:func:`attack_owner`), the force of a
  checkpoint (:func:`checkpoint_owner`), the subject of a light verb (:func:`light_verb_subject`);
* whom a demand, a threat or a protest is addressed to (:func:`called_party`, :func:`protest_target`);
* where people come from is not where the event is (:func:`origin_of_people`).

Written in session 14 from the errors of the team sets (docs/events.md § Session 14); every rule has a test in
``tests/events/test_session14_classes.py``.  Session 15 (docs/events.md § Session 15, tests in
``tests/events/test_session15_classes.py``) added: the owner of a weapon opening the clause (:func:`weapon_subject_owner`),
the attack named after «جراء/إثر» (in :func:`attack_owner`), the issuer of a ban (in :func:`light_verb_subject`), who
held a commemoration (:func:`commemoration_subject`), the patient after a passive verb (:func:`passive_patient`) and the
named group of a source phrase (:func:`sources_of_groups`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.doc import Document
from marsad.events.clauses import (
    TANWEEN,
    VOWEL_MARKS,
    after_closing_comma,
    after_time_parenthetical,
    definite_adjective,
    experiencer_verb,
    frame_cues,
    in_class,
    present_tense,
    time_word,
)
from marsad.events.frames import (
    BELONGING,
    KANA,
    SETTLEMENT_HEADS,
    WEAPONS,
    Arg,
    commemoration_verb,
    contrast_at,
    count_word,
    counted_victim_at,
    dual_noun,
    pluperfect_with_subject,
)
from marsad.events.lexicon import cues, matches_form, proclitic_in, word_set
from marsad.events.triggers import CLAUSE_ENDS, QUOTE_MARKS, Trigger, Word, promise_word
from marsad.kb.store import default_kb
from marsad.ner.features import is_demonym
from marsad.numbers.parse import parse_words
from marsad.text.normalize import norm

DAMMA = "\u064f"

#: verbs whose unvowelled written form is passive only («أصيب»: the active voice is «أصاب»; «اغتيل»: «اغتال»)
_PASSIVE_BY_FORM = frozenset({"اصيب", "اصيبت", "اصيبوا", "اصيبا", "اصيبتا", "اغتيل", "اغتيلت", "اغتيلوا", "اغتيلا"})


def passive_verb(word: str, lemma: str = "") -> bool:
    """A verb written with the passive vowel on its first letter (قُتل، أُصيب، وقُتل، اُغتيل، يُقتل).

    A damma on a present-tense prefix (ي، ت، ن) is also the active voice of forms II–IV (تُندد، يُطالب،
    يُطلق): with a lemma of ``damma_present_active`` (frames.json) it is not read as passive."""
    letters = word.lstrip("وف")
    if norm(letters) in _PASSIVE_BY_FORM:
        return True  # «أصيب» unvowelled: the active is «أصاب», so the written form alone is passive
    if len(letters) > 4 and letters[0] == "ا" and letters[3] == DAMMA:
        return True  # forms VIII and X: «اعتُقل»، «اختُطف»، «استُهدف» (the damma on the third letter)
    if len(letters) <= 2 or letters[1] != DAMMA:
        return False
    return not (letters[0] in "يتن" and lemma in frame_cues()["damma_present_active"])


def dying_word(word: str) -> bool:
    """Is the word a verb of dying or its masdar (لقي، استشهد، استشهاد، توفي), with or without و/ف?"""
    return in_class(word, "dying_verbs")


def pluperfect_victim(doc: Document, words: list[Word], t: Trigger) -> Arg | None:
    """The subject of «وكان X قد قُتل/قُتلوا/لقي حتفه» (the verb vowelled as a passive, a verb of dying, or an
    unvowelled plural or dual killing verb after a counted subject): the words between «كان» and «قد», when they
    are one noun phrase (no comma, no verb of their own)."""
    if not pluperfect_with_subject(words, t):
        return None
    k = next(j for j in range(t.first - 2, max(-1, t.first - 18), -1) if words[j].norm in KANA)
    lo, hi = k + 1, t.first - 2  # the subject's words; an apposition set off by commas is left out
    comma = next((j for j in range(lo, hi + 1) if words[j].norm in (",", "،")), None)
    if comma is not None and words[hi].norm in (",", "،"):
        hi = comma - 1  # «وكان الشيخ حمد العبد الله، أحد وجهاء العشائر، قد قُتل»
    if hi < lo or any(w.kind != "word" and w.norm not in QUOTE_MARKS for w in words[lo : hi + 1]):
        return None
    verb = words[t.head]
    counted = counted_victim_at(words, lo)
    passive = passive_verb(doc.text[verb.start : verb.end], t.lemma) or dying_word(verb.norm)
    plural_kill = verb.norm.endswith(("وا", "ا")) and counted is not None
    if not (passive or plural_kill):
        return None
    if counted is not None and counted.first == lo and counted.last <= hi:
        return counted
    return Arg(start=words[lo].start, end=words[hi].end, text="", first=lo, last=hi, origin="victim")


def phrase_object(doc: Document, words: list[Word], t: Trigger) -> Arg:
    """The last word of a gap phrase as an argument, with a count right before it («14 شخصاً»)."""
    for k in (t.last - 1, t.last - 2):
        v = counted_victim_at(words, k) if k > t.first else None
        if v is not None and v.first <= t.last <= v.last:
            return v
    w = words[t.last]
    return Arg(start=w.start, end=w.end, text=doc.text[w.start : w.end], first=t.last, last=t.last, origin="victim")


_BY_ATTACK = word_set("roles", "_BY_ATTACK")
_CAUSES = word_set("roles", "_CAUSES")
_CHECKPOINTS = word_set("roles", "_CHECKPOINTS")


_LIGHT_VERBS = frozenset(norm(w) for w in ("نفذ", "نفذت", "ونفذ", "ونفذت", "شن", "شنت", "وشن", "وشنت", "أجرى",
                                            "أجرت", "وأجرى", "وأجرت", "نظم", "نظمت", "ونظم", "ونظمت",
                                            "ألقى", "ألقت", "وألقى", "وألقت",  # («ألقت الجهات المختصة القبض على …»)
                                            # («بدأ المعلمون في مدارس المدينة، صباح اليوم، إضراباً شاملاً»)
                                            "بدأ", "بدأت", "وبدأ", "وبدأت", "بدأوا", "وبدأوا", "خاض", "خاضت", "وخاض",
                                            "وخاضت"))


_ISSUING_VERBS = word_set("roles", "_ISSUING_VERBS")


def commemoration_subject(words: list[Word], t: Trigger, actors: list[Arg]) -> Arg | None:
    """Who held the commemoration a protest noun with بـ says how it was held («أحيا مئات من أبناء القضاء، صباح
    اليوم، الذكرى … بوقفة …»): the first actor within four words after «أحيا», with only words between (a count and
    «من»), the verb within 40 words before the noun in the same sentence part."""
    k = commemoration_verb(words, t) if t.type == "PROTEST" and t.pos != "v" else None
    if k is None:
        return None
    return next((a for a in sorted(actors, key=lambda a: a.first) if k < a.first <= k + 4 and a.last < t.first
                 and all(w.kind == "word" for w in words[k + 1 : a.first])), None)


#: words of time or cause right before an act noun («عقب الهجوم»، «إثر الانفجار»)
_COUNTED_FROM = word_set("roles", "_COUNTED_FROM")


def light_verb_subject(words: list[Word], t: Trigger, actors: list[Arg], rec: list[Arg]) -> Arg | None:
    """The actor right after a light verb whose object the noun trigger is («نفّذت «وحدات مكافحة الإرهاب» التابعة
    لـ«قسد»، فجر اليوم، عملية إنزال ومداهمة»): the light verb within 25 words before the noun, in the same sentence
    part (no full stop or «أن/إن» between), its subject within two words after it; a unit «التابعة لـ X» is X's.
    Not a definite noun after a word of time or cause («… خلال حملة مداهمات … عقب الهجوم»): the act told before, that
    the time is counted from, is no object of the light verb."""
    if t.definite and t.first > 0 and words[t.first - 1].norm.removeprefix("و") in _COUNTED_FROM:
        return None
    for k in range(t.first - 1, max(-1, t.first - 26), -1):
        x = words[k].norm
        if x in (".", ";", ":", "!", "?", "ان", "إن"):
            return None
        if x in _ISSUING_VERBS and t.type in ("COERCE", "SANCTION"):
            pass  # «أصدرت اللجنة قراراً يقضي بمنع …»، «أقرّت اللجنة منع …»: who issues a ban or a penalty imposes it
        elif x not in _LIGHT_VERBS:
            continue
        subj = next((a for a in sorted(actors, key=lambda a: a.first) if k < a.first <= k + 2 and a.last < t.first
                     and all(w.norm in QUOTE_MARKS for w in words[k + 1 : a.first])), None)
        if subj is None or any(subj.first <= r.last and r.first <= subj.last for r in rec):
            return None
        owner = next((b for b in actors if b.actor is not None and subj.last < b.first <= subj.last + 7 and b.last < t.first
                      and any(w.norm in BELONGING for w in words[subj.last + 1 : b.first])), None)
        if owner is not None:
            return replace(subj, end=owner.end, last=owner.last, actor=owner.actor, name_en=owner.name_en,
                           data=dict(owner.data))
        return subj
    return None


#: verbs by which a body promises, announces or sends what it sends («التعزيزات التي وعدت بها وزارة الدفاع»)
_PROMISING = word_set("roles", "_PROMISING")
_RELATIVES = frozenset({"التي", "الذي", "اللتين", "اللذين"})


def promised_by(words: list[Word], t: Trigger, actors: list[Arg]) -> Arg | None:
    """The body that promised, announced or sent the reinforcements or the aid a noun trigger names, in the relative
    clause right after it: «ولم تصل حتى الآن التعزيزات التي وعدت بها وزارة الدفاع»، «التعزيزات التي أعلنت وزارة
    الدفاع قبل أسبوعين إرسالها» — the verb (with «بها/به» or an object pronoun) right after «التي/الذي», its subject
    within three words after it, no punctuation but quote marks between."""
    k = t.last + 1
    while k < len(words) and words[k].norm in QUOTE_MARKS:
        k += 1
    if k + 1 >= len(words) or words[k].norm not in _RELATIVES:
        return None
    v = words[k + 1].norm
    if not any(v == f or (v.startswith(f) and v[len(f):] in ("ها", "ه", "هما", "هم")) for f in _PROMISING):
        return None
    for a in sorted(actors, key=lambda a: a.first):
        if a.first <= k + 1:
            continue
        if a.first > k + 4 or any(w.kind != "word" and w.norm not in QUOTE_MARKS for w in words[k + 2 : a.first]):
            return None
        return a
    return None


def _owner_after(words: list[Word], k: int, actors: list[Arg], reach: int) -> Arg | None:
    """A KB actor within ``reach`` words after word ``k``, with no punctuation but quote marks between, in the
    genitive (right after) or after لـ / «تابع لـ» («بقصف مدفعي لقوات النظام»، «حاجز «الأمن العسكري»»)."""
    for a in sorted(actors, key=lambda a: a.first):
        if a.first <= k or a.first > k + reach or a.actor is None:
            continue
        gap = words[k + 1 : a.first]
        if any(w.kind != "word" and w.norm not in QUOTE_MARKS for w in gap):
            return None
        x = words[a.first].norm
        lam = x.startswith("ل") or (gap and gap[-1].norm in ("ل", "لـ")) or (
            len(gap) >= 2 and gap[-1].norm in QUOTE_MARKS and gap[-2].norm in ("ل", "لـ"))
        if lam or all(w.norm in QUOTE_MARKS for w in gap):
            return a
        return None
    return None


def attack_owner(words: list[Word], t: Trigger, actors: list[Arg], rec: list[Arg]) -> Arg | None:
    """The owner of «بقصف/بغارة/برصاص … لـ X» or «جراء/إثر قصف X» after a killing verb (within 14 words, 4 after the
    attack noun)."""
    for k in range(t.last + 1, min(len(words), t.last + 14)):
        if words[k].norm in CLAUSE_ENDS:
            return None
        if words[k].norm in _BY_ATTACK or (words[k - 1].norm in _CAUSES and matches_form(words[k].norm, cues()["attack_nouns"])):
            a = _owner_after(words, k, actors, 4)
            return a if a is not None and not any(a.first <= r.last and r.first <= a.last for r in rec) else None
    return None


def weapon_subject_owner(words: list[Word], t: Trigger, actors: list[Arg]) -> Arg | None:
    """The owner of a weapon that is the subject before an attack verb («مسيّرة انتحارية لقوات النظام تقتل امرأة»،
    «إن طائرة مسيرة تابعة لـ«التحالف» استهدفت سيارة»): a weapon noun opening the clause (the sentence start, after
    punctuation or «أن/إن»), a KB actor after it with لـ / «تابع لـ» within five words, and the verb right after
    the actor. The owner did it; what the verb names after it is hit."""
    if t.pos != "v" or t.type != "ASSAULT":
        return None
    owner = next((a for a in actors if a.actor is not None and a.last < t.first
                  and all(w.norm in QUOTE_MARKS for w in words[a.last + 1 : t.first])), None)
    if owner is None:
        return None
    for k in range(owner.first - 1, max(-1, owner.first - 6), -1):
        if words[k].kind != "word" and words[k].norm not in QUOTE_MARKS:
            return None
        if not matches_form(words[k].norm, WEAPONS):
            continue
        while k > 0 and matches_form(words[k - 1].norm, WEAPONS):
            k -= 1  # «طائرة مسيرة»: the phrase begins at its first weapon word
        opens = k == 0 or words[k - 1].kind != "word" or words[k - 1].norm in ("ان", "إن")
        return owner if opens and _owner_after(words, k, actors, 5) is owner else None
    return None


def pluperfect_agent(doc: Document, words: list[Word], t: Trigger, actors: list[Arg], rec: list[Arg]) -> Arg | None:
    """The KB actor named in the subject of «وكان/وكانت X قد فعل» (an active verb): «طائرة مسيرة تابعة لـ«التحالف»»."""
    if not pluperfect_with_subject(words, t) or pluperfect_victim(doc, words, t) is not None:
        return None
    k = next(j for j in range(t.first - 2, max(-1, t.first - 18), -1) if words[j].norm in KANA)
    inside = [a for a in actors if k < a.first and a.last < t.first - 1 and a.actor is not None
              and not any(a.first <= r.last and r.first <= a.last for r in rec)]
    return inside[-1] if inside else None


def checkpoint_owner(doc: Document, words: list[Word], t: Trigger, actors: list[Arg], rec: list[Arg]) -> Arg | None:
    """The force of the checkpoint an arrest was made at: «اعتُقل … على حاجز «الأمن العسكري»» (within 10 words), or of
    the checkpoint that is the verb's subject before it («وحاجز للأمن العسكري على طريق المطار يعتقل …», 8 words)."""
    after = []
    for k in range(t.last + 1, min(len(words), t.last + 10)):
        if words[k].norm in CLAUSE_ENDS:
            break
        after.append(k)
    before = []
    for k in range(t.first - 1, max(-1, t.first - 9), -1):
        if words[k].norm in (".", ";", ":", "!", "?", ",", "،"):
            break
        before.append(k)
    for k in [*after, *before]:
        if words[k].norm in _CHECKPOINTS or (words[k].norm.startswith("و") and words[k].norm[1:] in _CHECKPOINTS):
            a = _owner_after(words, k, actors, 4)
            if a is None:
                a = _named_force(doc, words, k + 1)  # «حاجز «الأمن العسكري»» is a place name: its force by the KB
            return a if a is not None and not any(a.first <= r.last and r.first <= a.last for r in rec) else None
    return None


def _named_force(doc: Document, words: list[Word], j: int) -> Arg | None:
    """The KB actor whose alias is written at word ``j`` (after quote marks, «لـ»), three words at most."""
    while j < len(words) and (words[j].norm in QUOTE_MARKS or words[j].norm in ("ل", "لـ")):
        j += 1
    kb = default_kb()
    for n in (3, 2, 1):
        if j + n > len(words) or any(w.kind != "word" for w in words[j : j + n]):
            continue
        start, end = words[j].start, words[j + n - 1].end
        hits = kb.actors_by_alias(doc.text[start:end])
        if hits:
            return Arg(start=start, end=end, text=doc.text[start:end], first=j, last=j + n - 1,
                       actor=hits[0].id, name_en=hits[0].name_en, origin="gazetteer")
    return None


_CONTACT_VERBS = word_set("roles", "_CONTACT_VERBS")


def called_party(words: list[Word], t: Trigger, actors: list[Arg], src: list[Arg]) -> Arg | None:
    """The one contacted («اتصلوا بـ/تواصلوا مع X») in the clause right before a demand or threat."""
    for k in range(t.first - 1, max(-1, t.first - 12), -1):
        if words[k].norm in CLAUSE_ENDS:
            return None
        if not proclitic_in(words[k].norm, _CONTACT_VERBS, "وف") and words[k].norm not in _CONTACT_VERBS:
            continue
        for a in actors:
            if a.first in (k + 1, k + 2) and a.last < t.first and not any(a is b for b in src) and (
                    words[a.first].norm.startswith("ب") or words[a.first - 1].norm == "مع"):
                return a
        return None
    return None


#: hostile acts a threat promises, whose object is the one threatened («بالتصعيد وطرد عناصر «قسد» من القرى»)
_HOSTILE_MASDARS = word_set("roles", "_HOSTILE_MASDARS")
#: «ضد» and «بحق» in what a threat promises («بتكثيف الضربات ضد حزب الله»، «إجراءات بحق المعلمين»)
_AGAINST = frozenset({"ضد", "وضد", "بحق", "وبحق"})
#: the users of the places a threat names as targets («أي مبنى يستخدمه حزب الله»)
_USED_BY = word_set("roles", "_USED_BY")
#: a condition opened by «في حال» or «إذا/إن/ما لم»
_IF_WORDS = frozenset({"حال", "لم"})
#: «إذا» right before the condition's verb («إذا تقدّمت القوات السورية …»، «إذا أقدمت إدارة الجامعة على …»)
_IF_OPENERS = frozenset({"اذا", "واذا"})
_THREAT_CLAUSE_ENDS = word_set("roles", "_THREAT_CLAUSE_ENDS")


def subjects_own(words: list[Word], subject: Arg, a: Arg) -> bool:
    """Is ``a``, right after the subject, part of the subject's phrase rather than an object of the verb: an adjective in
    the nominative («وهدد المعلمون المعتصمون …») or the genitive of a subject that is one bare construct head («وهدّد
    مجلس عشائر القضاء …»; not a name: «هدد الرئيس إردوغان الكيان الصهيوني»)?"""
    if a.first != subject.last + 1:
        return False
    head = words[subject.last]
    adjective = words[a.first].norm.endswith("ون") and words[a.first].norm.startswith("ال") == head.norm.startswith("ال")
    return adjective or (subject.first == subject.last and (
        not head.norm.startswith(("ال", "وال")) and not head.text.endswith(("ٌ", "ً", "ٍ"))))


def threatened_party(words: list[Word], t: Trigger, actors: list[Arg], src: list[Arg],
                     places: Sequence[Arg] = ()) -> Arg | None:
    """The one a threat is aimed at, read in what it promises (its own clause after the verb): the subject of its
    condition («في حال رفض الفصائل تسليم السلاح»، «إذا لم تُلقِ «وحدات حماية الشعب» سلاحها»), the object of a hostile
    act it promises («بالتصعيد الشامل وطرد عناصر «قسد» من القرى»), the one it is taken against («باتخاذ «إجراءات
    قانونية» بحق المعلمين») or, failing these, the actor or place a promised operation is launched on («بشنّ عملية
    عسكرية واسعة على البلدة»)."""
    own = {(a.first, a.last) for a in src}
    promise = _promise_start(words, t)
    launched_on = None  # (the target of a promised operation is taken only when no other role is read)
    def condition_before(j: int) -> bool:  # «في حال رفض X»، «إذا (لم) تُلقِ X»: the condition's verb right before X
        i = j - 1
        while i > t.last + 1 and words[i].norm in QUOTE_MARKS:
            i -= 1  # («إذا لم «يخرج المرتزقة منها»»: a quote opened before the condition's verb)
        return i > t.last and words[j].kind == "word" and (words[i].norm in _IF_OPENERS or (
            words[i].norm in _IF_WORDS and (words[i].norm == "لم" or words[i - 1].norm == "في")))

    for a in sorted([*actors, *(p for p in places if promise is not None and p.first > promise)], key=lambda a: a.first):
        if a.first <= t.last or (a.first, a.last) in own:
            continue
        if any(w.norm in (".", ";", "!", "?") or w.norm in _THREAT_CLAUSE_ENDS for w in words[t.last + 1 : a.first]):
            return launched_on
        j = a.first - 1
        while j > t.last and words[j].norm in QUOTE_MARKS:
            j -= 1
        if j <= t.last:
            continue
        if a.kind == "place" and j - 1 > t.last and words[j].norm in SETTLEMENT_HEADS:
            j -= 1  # («على بلدة نوى»)
        if a.kind == "place" and a.data.get("_feature") == "country" and condition_before(j):
            return a  # «… إذا لم تسحب تشاد قواتها»: a state is the subject of the condition
        if a.kind == "place" and words[j].norm != "علي":
            continue  # (a place is aimed at only as what an operation is launched on, or a state in the condition)
        if words[j].norm in _HOSTILE_MASDARS or words[j].norm in _AGAINST or words[j].norm in _USED_BY:
            return a  # («بتكثيف الضربات ضد حزب الله»، «لتطال أي مبنى يستخدمه حزب الله»: whom the promised strikes hit)
        if words[j].norm == "علي" and launched_on is None and _operation_promised(words, promise, j):
            launched_on = a  # «بشنّ عملية عسكرية واسعة على طفس»، «بـ«حملة عسكرية» على المدينة»: what the operation is launched on
            continue
        if condition_before(j):
            return a  # «في حال رفض X»، «إذا (لم) تُلقِ X»: the verb right before the actor, the condition before it
    return launched_on


def _promise_start(words: list[Word], t: Trigger) -> int | None:
    """The word that opens what a threat promises, a masdar with «بـ» within fourteen tokens after the verb (past its
    subject and a time between commas: «هدّد رئيس اللجنة الأمنية، خلال الاجتماع، بشنّ …»), or ``None``."""
    for k in range(t.last + 1, min(len(words), t.last + 15)):
        w = words[k]
        if w.norm in CLAUSE_ENDS or w.norm in _THREAT_CLAUSE_ENDS:
            return None
        if promise_word(words, k):
            return k
    return None


#: operations a threat promises to launch on someone or somewhere («بشنّ عملية»، «بحملة عسكرية»، «باجتياح»)
_OPERATIONS = word_set("roles", "_OPERATIONS")


def _operation_promised(words: list[Word], promise: int | None, j: int) -> bool:
    """Is the «على» at ``j`` what the promised operation is launched on: the promise (or the word after it) names an
    operation, and at most four words, none a relative pronoun, stand between them?"""
    if promise is None or j <= promise:
        return False
    between = [w for w in words[promise + 1 : j] if w.kind == "word"]
    head = [w.norm.removeprefix("ب") for w in words[promise : promise + 3] if w.kind == "word"][:2]
    return len(between) <= 4 and not any(w.norm in ("التي", "الذي") for w in between) and any(
        matches_form(h, _OPERATIONS) or h in _OPERATIONS for h in head)


#: the verbs of a relative clause naming who made a proposal, a plan or a step («مقترحاً طرحته البعثة»، «الخطوات
#: التي اتخذها مكتب النائب العام»), with an object pronoun
_PROPOSED = word_set("roles", "_PROPOSED")


def proposer(words: list[Word], t: Trigger, actors: list[Arg], src: list[Arg]) -> Arg | None:
    """Whom a rejection, a welcome or an acceptance is addressed to when its object is something X proposed or did:
    the subject of the relative verb right after the object («رفضت الحكومة مقترحاً طرحته البعثة الأممية»،
    «رحّبت البعثة بـ«الخطوات التي اتخذها مكتب النائب العام»»), up to 24 words after the trigger, in its clause."""
    own = {(a.first, a.last) for a in src}
    for k in range(t.last + 1, min(len(words) - 1, t.last + 25)):
        w = words[k].norm
        if w in CLAUSE_ENDS or w in _THREAT_CLAUSE_ENDS:
            return None
        if proclitic_in(w, _PROPOSED, "و") or (w.startswith(("طرح", "قدم", "اتخذ", "اقترح")) and words[k - 1].norm in ("التي", "الذي")):
            return next((a for a in actors if a.first in (k + 1, k + 2) and (a.first, a.last) not in own), None)
        if w in _PROPOSALS:
            # «رفض المجلس دعوة «الديمقراطي الكردستاني»»: the owner of the proposal, its genitive (quote marks between)
            j = k + 1
            while j < len(words) and words[j].norm in QUOTE_MARKS:
                j += 1
            return next((a for a in actors if a.first == j and (a.first, a.last) not in own), None)
    return None


#: what is proposed, called for or offered: its genitive is who proposed it («دعوة «الديمقراطي الكردستاني»»، «مقترح
#: الوسطاء»)
_PROPOSALS = word_set("roles", "_PROPOSALS")


#: attack verbs whose direct object is what was hit («استهدفت طائرة مسيّرة قافلة شاحنات»، «خطف مسلحون موظفاً»)
_HIT_VERBS = word_set("roles", "_HIT_VERBS")
#: words that cannot open the object phrase (prepositions, particles) or continue it
_NOT_OBJECT = frozenset(norm(w) for w in (
    "في", "على", "علي", "من", "إلى", "الى", "عن", "قرب", "عند", "بين", "مع", "خلال", "منذ", "بعد", "قبل", "أمام",
    "امام", "داخل", "حول", "نحو", "و", "أو", "او", "ما", "مما", "لا", "لم", "أن", "ان", "إن", "التي", "الذي", "الذين",
    "دون", "بحسب", "وفق", "بواسطة", "عبر", "فوق", "تحت",
    "أطراف", "الأطراف",  # («قصفت المدفعية أطراف القرية»: the outskirts are where, not whom)
    "أيضاً", "كذلك", "مجدداً", "الحرب", "فيها", "فيه", "فيهم", "العدوان", "عدوان", "البراميل",
    "براميل", "العنيف"))


#: machines and units that act for the actor named after them («جرافات الاحتلال»، «مدفعية الجيش»)
_AGENT_HEADS = word_set("roles", "_AGENT_HEADS")


def object_phrase(doc: Document, words: list[Word], t: Trigger, src: list[Arg],
                  place_starts: frozenset[int], places: Sequence[Arg] = ()) -> Arg | None:
    """What an attack verb hit, when it is no actor («استهدفت … قافلة شاحنات»، «خطف مسلحون …، مساء الخميس، موظفاً في
    مصلحة الجمارك»، «فجّر جيش الاحتلال عدداً من المنازل»): the words right after the verb — or after its VSO subject
    and a time set off by commas — up to three, none a preposition, a place or punctuation."""
    if t.pos != "v" and (t.type == "ASSAULT" or t.mode == "riot"):
        # (a riot's fire is set in what it burns too: «أضرم محتجون النار في سيارة تابعة للبلدية»)
        return _noun_object(doc, words, t, place_starts)
    if t.pos != "v" or norm(t.lemma) not in _HIT_VERBS or present_tense(words[t.head].norm, t.lemma):
        return None  # («حراك يستهدف إحداث تقارب»: a present «يستهدف» aims at, it hits nothing)
    if words[t.head].norm.lstrip("و") == norm(t.lemma) and not (src and src[0].first == t.last + 1):
        return None  # («عملية قصف واحدة»: a bare «قصف» with no subject after it is the masdar, not the verb)
    k = t.last + 1
    if src and (src[0].first == k or (src[0].first == k + 1 and proclitic_in(words[k].norm, _AGENT_HEADS, "و"))):
        # (or its head, a machine or a unit, before the named owner: «هدمت جرافات الاحتلال …»)
        k = src[0].last + 1
    if k < len(words) and words[k].norm[:1] == "ب":
        # «استهدفت قوات الأسد بطائرة مسيّرة انتحارية، مساء أمس، دراجة نارية»: past the instrument to its comma; with
        # no comma, past a weapon and its weapon adjectives («استهدفوا بعبوة ناسفة حافلة …»)
        comma = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j].norm in (",", "،")), None)
        if comma is None and matches_form(words[k].norm[1:], cues()["weapons_in_sentence"]):
            comma = _instrument_end(words, k) + 1
        k = comma if comma is not None else len(words)
    weapon_end = _weapon_subject_end(words, k) if not src else None
    if weapon_end is not None:
        # «استهدفت طائرة مسيّرة، فجر اليوم، محطة التحويل»، «قصفت المدفعية الثقيلة منازل …»: past the weapon that is the
        # subject (no actor) to what it hit
        k = after_time_parenthetical(words, weapon_end + 1)
        return None if k in place_starts else _phrase_at(doc, words, k, place_starts, True)
    before_time = k
    k = after_time_parenthetical(words, k)
    if k > before_time and k < len(words) and words[k].norm[:1] == "ب" and matches_form(
            words[k].norm[1:], cues()["weapons_in_sentence"]):
        k = _instrument_end(words, k) + 1  # «استهدفوا، مساء الإثنين، بعبوة ناسفة حافلة …»: past the instrument
    # a word set off from the subject by a time between commas is no adjective of it («خطف مسلحون مجهولون، مساء
    # الاثنين، تاجر مواشٍ …»، «هدمت جرافات الاحتلال، صباح اليوم، منزلين …»)
    set_off = k > before_time
    if k < len(words) and k in place_starts:
        # «قصفت الميليشيا بقذائف الهاون، صباح اليوم، قرى الفازة والجبلية والمتينة»: the places hit
        p = next((p for p in places if p.first == k), None)
        return None if p is None else Arg(start=p.start, end=p.end, text=p.text, first=p.first, last=p.last,
                                         origin="object")
    # (after a subject told before the verb, the word after the verb is no adjective of it: «أن مجاهديها قصفوا مقر
    # قيادة الفرقة»)
    svo = bool(src and src[0].last < t.first) and not words[t.head].norm.endswith(("ه", "ها", "هم"))
    # (nor after a definite subject, whose adjective would be definite too: «قصفت مدفعية الاحتلال منازل …»)
    definite_subject = bool(src and src[0].last == k - 1 and words[k - 1].norm.startswith("ال")
                            and k < len(words) and not words[k].norm.startswith("و"))  # («… ومرتزقته»: more subject)
    return _phrase_at(doc, words, k, place_starts, set_off or svo or definite_subject, weapon_hit=svo and k == t.last + 1)


def _instrument_end(words: list[Word], k: int) -> int:
    """The last word of an instrument phrase «بـ + weapon» at word ``k`` and its adjectives (weapon adjectives
    («ناسفة»، «مسيّرة»), nisba forms («صاروخي») or «هاون» («بقذائف هاون»)): at most two."""
    definite = words[k].norm.startswith("بال")  # («بالمدفعية الثقيلة»: its adjectives are definite too)
    j = k
    while j + 1 < len(words) and j - k < 2:
        w = words[j + 1]
        bare = w.norm[2:] if definite else w.norm
        if w.kind != "word" or w.norm.startswith("ال") != definite or w.norm in _NOT_OBJECT or not (
                bare in _WEAPON_ADJECTIVES or (bare.endswith(("ي", "يه")) and len(bare) > 3) or bare == "هاون"):
            break
        j += 1
    return j


#: adjectives of weapons that are no nisba forms («طائرة مسيّرة»، «المدفعية الثقيلة»، «طائرات مجهولة»)
_WEAPON_ADJECTIVES = word_set("roles", "_WEAPON_ADJECTIVES")


def _weapon_subject_end(words: list[Word], k: int) -> int | None:
    """The last word of a weapon phrase at word ``k`` that is the verb's subject («طائرة مسيّرة»، «طائرات حربية»،
    «المدفعية الثقيلة»: the weapon and up to two adjectives of its definiteness), or ``None``."""
    if k >= len(words) or words[k].kind != "word" or not matches_form(words[k].norm, cues()["weapons_in_sentence"]):
        return None
    definite = words[k].norm.startswith("ال")
    j = k
    while j + 1 < len(words) and j - k < 2:
        w = words[j + 1]
        bare = w.norm[2:] if definite else w.norm
        if w.kind != "word" or w.norm.startswith("ال") != definite or not (
                bare.endswith(("ي", "يه")) or bare in _WEAPON_ADJECTIVES):
            break
        j += 1
    return j


#: words that count or point at the noun after them, which is the head of the phrase («عدّة مواقع»)
_QUANTIFIER_HEADS = word_set("roles", "_QUANTIFIER_HEADS")


def _noun_object(doc: Document, words: list[Word], t: Trigger, place_starts: frozenset[int]) -> Arg | None:
    """What an attack noun hit, when it is no actor: the subject of «تعرّض» before «لـ» + the noun («تعرّض مركز
    حدودي … لقذائف هاون»), or the phrase after «على» right after the noun and its adjectives («غارات إسرائيلية على
    منازل مأهولة») — after «في» for a fire set («أضرموا النار في ثلاثة محال»); never a place."""
    if words[t.first].norm[:1] == "ل":
        k = next((j for j in range(t.first - 1, max(-1, t.first - 11), -1)
                  if words[j].kind == "word" and experiencer_verb(words[j].norm)), None)
        if k is not None:
            start = after_time_parenthetical(words, k + 1)
            if start < t.first and start not in place_starts:
                return _phrase_at(doc, words, start, place_starts, True, stop=t.first)
    manner = frame_cues()["manner_adjectives"]
    j = t.last + 1
    while j < min(len(words), t.last + 4) and words[j].kind == "word" and (
            is_demonym(words[j].norm) or words[j].norm in manner or "ال" + words[j].norm in manner):
        j += 1
    j = after_time_parenthetical(words, j)
    if j < len(words) and words[j].norm[:1] == "ب" and matches_form(words[j].norm[1:], cues()["weapons_in_sentence"]):
        j = _instrument_end(words, j) + 1  # «غارة بصاروخين على مستودع»: past the weapon
    # (a fire is set «في» what it burns: «أضرم مجهولون النار، ليلاً، في حقول قمح»)
    arson = t.pos == "p" and t.mode in ("destroy", "riot") and words[t.last].norm in ("النار", "النيران")
    if (j + 1 < len(words) and (words[j].norm == "علي" or (arson and words[j].norm == "في")) and j + 1 not in place_starts
            and words[j + 1].norm not in frame_cues()["not_a_target_after_ala"]):
        obj = _phrase_at(doc, words, j + 1, place_starts, True)
        if obj is not None and not arson:
            # (a noun and its adjective or genitive: a word after them that is neither starts another clause —
            # «الهجوم على التشكيلات الكردية أمر شبه حتمي»، «غارات على ذخيرة تركت وراءها»)
            head = obj.first + (words[obj.first].norm in _QUANTIFIER_HEADS)  # («عدّة مواقع»، «أحد مراكزها»)
            last = next((x for x in range(head + 1, obj.last + 1) if not _noun_or_adjective(words[x])), obj.last + 1) - 1
            if last < obj.last:
                obj = Arg(start=obj.start, end=words[last].end, text=doc.text[obj.start : words[last].end],
                          first=obj.first, last=last, origin="object")
        return obj
    return None


def _noun_or_adjective(w: Word) -> bool:
    """Can the word go on a noun phrase as its adjective or genitive: definite, or in a nominal ending
    («مأهولة»، «استراتيجيين»، «الأميركية»)?"""
    x = w.norm
    return x.startswith("ال") or x.endswith(("ي", "يه", "ين", "ون", "ات", "ه"))


def _phrase_at(doc: Document, words: list[Word], k: int, place_starts: frozenset[int], set_off: bool,
               stop: int | None = None, weapon_hit: bool = False) -> Arg | None:
    """The object phrase that starts at word ``k``: up to three words, none a preposition, a place or punctuation
    (nor at or after ``stop``); None when the first word is no object.  ``weapon_hit``: the subject stands before
    the verb, so a weapon after it was hit («أن مقاتليها استهدفوا دبابة إسرائيلية»)."""
    if k >= len(words) or words[k].kind != "word":
        return None
    first = words[k].norm
    if first in _NOT_OBJECT or first[:1] in ("ب", "ل", "ي") or time_word(words[k]) or len(first) < 3:
        return None  # (a word in «ي» is a present verb: «مسلحون يرتدون زي الشرطة» describes the subject)
    if first.startswith("ال") and first.endswith(("يه", "ي")) and len(first) > 6:
        return None  # a definite nisba adjective of the subject («… الساحلية التابعة»), no object
    c = cues()
    if matches_form(first, c["attack_nouns"]) or (not weapon_hit and matches_form(first, c["weapons_in_sentence"])):
        return None  # «استهدف العدوان الإسرائيلي …»، «استهدفت الصواريخ …»: the act or the weapon is the subject
    last = k
    while last + 1 < min(len(words), k + 3, len(words) if stop is None else stop):
        w = words[last + 1]
        if (w.kind != "word" or w.norm in _NOT_OBJECT or last + 1 in place_starts or w.norm[:1] in ("ب", "ل", "و", "ي")
                or time_word(w)):
            break
        last += 1
    raw = words[k].text
    if matches_form(first, c["target_heads"]) and last == k and k + 1 < len(words) and words[k + 1].norm in QUOTE_MARKS and (
            words[k + 1].text not in ("»", "”")):  # (not a quotation that closes after the noun: «… استهدفت مواقعنا»،)
        # «استهدفوا، عصر اليوم، موقع «جل العلام»»: a target noun and its quoted name
        close = next((j for j in range(k + 2, min(len(words), k + 7)) if words[j].norm in QUOTE_MARKS), None)
        if close is not None:
            last = close if close - 1 > k + 1 else last  # (with the closing mark: the name stays whole)
            set_off = True
    if not (set_off or first.startswith("ال") or not TANWEEN.isdisjoint(raw) or raw.endswith("ا")
            or (last > k and raw.rstrip(VOWEL_MARKS).endswith("ة"))):
        # a bare word is an adjective of the subject or a number («طائرات مجهولة يعتقد أنها …»، «قصف مماثل»): the
        # object is definite, written with tanween, or a noun in ة with a word after it («قافلة شاحنات»)
        return None
    return Arg(start=words[k].start, end=words[last].end, text=doc.text[words[k].start : words[last].end], first=k,
               last=last, origin="object")


#: verbs that ask someone for something and the word that opens what is asked after the one asked: «طالب X بـ…»،
#: «ناشد X بـ/أن/إلى …»، «حثّ X على …»، «دعا X إلى …»
_ASKING = {"طالب": ("ب",), "ناشد": ("ب", "ان", "الي"), "حث": ("علي",), "دعا": ("الي",)}
#: the subject suffixes of a verb whose subject is a pronoun («وطالبوا»، «يطالبون»، «وناشدن»)
_PLURAL_SUBJECT = ("وا", "ون", "ن")
#: adjectives of an office holder («السابق»، «الحالي»)
_OF_OFFICE = word_set("roles", "_OF_OFFICE")
#: adverbs that may stand between a verb of asking and what is asked
_ADVERBS = word_set("roles", "_ADVERBS")


def asked_party(doc: Document, words: list[Word], t: Trigger, src: Sequence[Arg], place_starts: frozenset[int]) -> Arg | None:
    """Who a demand is made of when no actor is named there: the noun phrase right after the verb — past its subject
    named after it and a time or a statement set off by commas — that ends right before what is asked («وطالبوا
    محافظة إدلب بـ«خطة عاجلة»»، «وطالبوا والي النيل الأبيض بـ…»، «ودعوا جميع الأطراف إلى …»). The subject must be
    known (told before the verb, right after it, or in the verb's plural ending), else the phrase is the subject."""
    if t.type != "REQUEST" or t.pos != "v":
        return None
    opens = _ASKING.get(norm(t.lemma))
    head = words[t.head].norm
    if opens is None or (present_tense(head, t.lemma) and not head.endswith("ون")):
        return None
    k = t.last + 1
    if src and src[0].first == k:
        k = src[0].last + 1
        subject_end = words[src[0].last]
        if not subject_end.norm.startswith("ال") and TANWEEN.isdisjoint(subject_end.text):
            return None  # «دعت أهالي الفلوجة إلى …»: a subject in the construct state, the word after it its genitive
    elif not (src and src[0].last < t.first) and not head.endswith(_PLURAL_SUBJECT):
        return None
    k = after_time_parenthetical(words, k)
    if k + 2 < len(words) and words[k].norm in (",", "،") and words[k + 1].norm == "في":
        k = after_closing_comma(words, k, k + 3, k + 12)  # «، في بيان أمس،»
    if k >= len(words) or words[k].kind != "word" or words[k].norm[:1] in ("ب", "ل") or words[k].norm in _NOT_OBJECT:
        return None
    if words[k].norm[:1] == "و" and words[k].norm != "والي":
        return None  # «طالبنا وسنطالب …»: another verb
    if src and k == src[0].last + 1 > t.last + 1 and (definite_adjective(words[k]) or words[k].norm in _OF_OFFICE):
        return None  # «دعا رئيسها السابق إلى …»: an adjective of the subject
    for last in range(k, min(len(words), k + 4)):
        w = words[last]
        if (w.kind != "word" or w.norm in _NOT_OBJECT or w.norm in _ADVERBS or time_word(w)
                or (last > k and w.norm[:1] == "و")):
            return None  # («ستطالب مرةً أخرى بـ…»: an adverb, no one asked)
        nxt = words[last + 1].norm if last + 1 < len(words) else ""
        if ("ب" in opens and nxt[:1] == "ب" and (len(nxt) > 3 or nxt in ("ب", "بـ"))) or nxt in opens:
            start, end = words[k].start, w.end
            if any((m.kind == "person" or m.label == "PERS") and m.start < end and start < m.end for m in doc.mentions):
                return None  # «دعا وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة إلى …»: the subject's name
            return Arg(start=start, end=end, text=doc.text[start:end], first=k, last=last, origin="addressee")
    return None


#: the words after an aid noun that name who gave or sent it, with «من» after them or not («مقدّمة من X»، «أرسلتها
#: X»، «بإشراف X»)
_GIVEN_BY = {norm(w): need_from for w, need_from in (
    ("مقدمة", True), ("المقدمة", True), ("مرسلة", True), ("المرسلة", True), ("بتمويل", False), ("أرسلتها", False),
    ("أرسلها", False), ("سيرتها", False), ("سيرها", False), ("قدمتها", False), ("قدمها", False), ("بإشراف", False),
    ("بدعم", True))}


def aid_giver(words: list[Word], t: Trigger, actors: Sequence[Arg]) -> Arg | None:
    """Who gave or sent the aid when no actor is its subject: the actor right after «مقدّمة من»، «أرسلتها»، «بإشراف»
    … in the aid noun's clause, up to twenty words after it («قافلة مساعدات مؤلفة من أربع شاحنات مقدمة من الهلال
    الأحمر التركي»)."""
    if t.type != "AID":
        return None
    starts = {a.first: a for a in actors}
    for k in range(t.last + 1, min(len(words), t.last + 21)):
        w = words[k].norm
        if w in CLAUSE_ENDS or contrast_at(words, k):
            return None
        need_from = _GIVEN_BY.get(w)
        if need_from is None:
            continue
        j = k + 1
        if j < len(words) and words[j].norm == "من":
            j += 1
        elif need_from:
            continue
        while j < len(words) and j not in starts and words[j].norm in QUOTE_MARKS:
            j += 1
        a = starts.get(j)
        if a is not None:
            return a
    return None


#: people an inspection visit goes to, who are no actor («الجرحى»، «النازحين»، «الأهالي»)
_VISITED = word_set("roles", "_VISITED")
_VISITING = frozenset(norm(w) for w in ("تفقد", "زار", "عاد"))


def visited_people(doc: Document, words: list[Word], t: Trigger, src: Sequence[Arg]) -> Arg | None:
    """Whom a visit went to when they are no actor: the people after the verb — or after its VSO subject and a
    parenthetical set off by commas («وتفقّد محافظ حماة، يرافقه قائد الشرطة، الجرحى في المشفى الوطني»)."""
    if t.type != "CONSULT" or t.pos != "v" or norm(t.lemma) not in _VISITING:
        return None
    k = t.last + 1
    if src and src[0].first == k:
        k = src[0].last + 1
    if k < len(words) and words[k].norm in (",", "،"):
        k = after_closing_comma(words, k, k + 2, k + 12)
    if k >= len(words) or words[k].norm.removeprefix("و") not in _VISITED:
        return None
    return Arg(start=words[k].start, end=words[k].end, text=doc.text[words[k].start : words[k].end], first=k, last=k,
               origin="object")


#: things counted by tens and hundreds that are no crowd («عشرات المدن»، «مئات المنازل»; plurals in «ات» too)
_COUNTED_THINGS = word_set("roles", "_COUNTED_THINGS")
#: the nouns that may follow a crowd word and «من» as who the crowd is («من أهالي»، «من أبناء»، «من سائقي»)
_CROWD_STOP = word_set("roles", "_CROWD_STOP")


#: masdars of deploying: the crowd after them is sent, not protesting
_DEPLOYING = word_set("roles", "_DEPLOYING")


#: «شارك/شاركت فيها» (took part in it) after a protest noun
_PARTAKING = frozenset({"شارك", "شاركت", "وشارك", "وشاركت", "يشارك", "تشارك"})
_IN_IT = frozenset({"فيها", "فيه"})


def _a_number(w: str) -> bool:
    """Is the word a cardinal of ten or more («مئة»، «خمسون»، «200»)?"""
    value = int(w) if w.isdigit() else parse_words(w)
    return value is not None and value >= 10


def protest_crowd(words: list[Word], t: Trigger) -> Arg | None:
    """Who protested when no actor is named: a crowd word in the protest's clause, with who it is after «من» («خرج
    المئات من أهالي منطقة الحولة … في مظاهرة»، «وقفة احتجاجية شارك فيها العشرات من أبناء البلدة»), up to sixteen words
    before the protest noun or eight after it (sixteen right after «شارك فيها»: «مظاهرة حاشدة خرجت من الجامع
    وجابت الشارع، شارك فيها مئات من أبناء المدينة»), no sentence break between."""
    lo, hi = max(0, t.first - 16), min(len(words), t.last + 17)
    for k in [*range(t.first - 1, lo - 1, -1), *range(t.last + 1, hi)]:
        if k > t.last + 8 and not (words[k - 2].norm in _PARTAKING and words[k - 1].norm in _IN_IT):
            continue
        between = words[min(k, t.first) : max(k, t.last)]
        if any(w.norm in (".", ";", "!", "?", ":") for w in between):
            continue
        if not proclitic_in(words[k].norm, frame_cues()["crowd_counts"], "و") and not (
                # (or a number of those «من» a group: «نظّم نحو مئة من التجار المتضررين وقفة …»)
                k + 1 < len(words) and words[k + 1].norm == "من" and _a_number(words[k].norm)):
            continue
        if k > 0 and proclitic_in(words[k - 1].norm, _DEPLOYING, "وبل"):
            continue  # «استبقت الهيئة المظاهرة بنشر عشرات العناصر»: those deployed against it, not the crowd
        nxt = words[k + 1].norm if k + 1 < len(words) and words[k + 1].kind == "word" else ""
        genitive = nxt not in ("", "من") and nxt not in _CROWD_STOP  # the crowd word's genitive, if any
        if genitive and (nxt.endswith("ات") or proclitic_in(nxt, _COUNTED_THINGS, "و")):
            continue  # «في ساحات عشرات المدن»: a count of other things, not of people («عشرات الأكراد»)
        last = k
        if k + 2 < len(words) and (nxt == "من" or (genitive and nxt.startswith("ال"))):
            # (a definite genitive only: «عشرات الأكراد»; «العشرات يهتفون» is the crowd alone)
            start = j = k + 2 if nxt == "من" else k + 1
            while j < len(words) and j - k <= 5 and words[j].kind == "word" and words[j].norm not in _CROWD_STOP:
                j += 1
            last = j - 1 if j - 1 >= start else k
        if last >= t.first and k < t.first:
            last = t.first - 1
        return Arg(start=words[k].start, end=words[last].end, text="", first=k, last=last, origin="crowd")
    return None


#: «بدعوة من X» (at the call of X)
_AT_THE_CALL = frozenset({"بدعوه", "وبدعوه"})


def called_by(words: list[Word], t: Trigger, actors: list[Arg]) -> Arg | None:
    """Who called for a protest with no actor named: the actor right after «بدعوة من» in the protest's sentence,
    within twenty words after it, no sentence break between («تخرج مظاهرات … بدعوة من ناشطين وهيئات ثورية»)."""
    for k in range(t.last + 1, min(len(words) - 2, t.last + 21)):
        if words[k].norm in (".", ";", "!", "?", ":"):
            return None
        if words[k].norm in _AT_THE_CALL and words[k + 1].norm == "من":
            first = k + 3 if words[k + 2].norm in QUOTE_MARKS else k + 2  # (past the opening mark of a name)
            return next((a for a in actors if a.first in (k + 2, first)), None)
    return None


_BEFORE_BODY = word_set("roles", "_BEFORE_BODY")
_PROTEST_AGAINST = word_set("roles", "_PROTEST_AGAINST")


def protest_target(words: list[Word], t: Trigger, actors: list[Arg], src: list[Arg]) -> Arg | None:
    """Whom a protest addresses: a body named in the knowledge base (not a civilian group) within a few words after
    «أمام» (a building of it: «أمام مكتب منطقة صيدا التابع لـ«الأونروا»») or after «ضد/احتجاجاً على/رفضاً لـ/تنديداً
    بـ» in the protest's own clause (the agent of the protested act: «احتجاجاً على حملات الاعتقال التي تنفذها «قسد»»)."""
    kb = default_kb()
    own = {id(a) for a in src}
    for k in range(t.last + 1, min(len(words), t.last + 16)):
        x = words[k].norm
        if x in CLAUSE_ENDS or (k > t.last + 1 and x in _CLAUSE_OPENERS):
            return None
        reach = 8 if x in _BEFORE_BODY else 12 if x in _PROTEST_AGAINST else 0
        if not reach:
            continue
        for a in actors:
            if id(a) in own or not (k < a.first <= k + reach) or a.actor is None:
                continue
            if kb.category_of(a.actor) == "civilian" or any(words[j].norm in (".", ";") or (
                    j > k and words[j].norm in _CLAUSE_OPENERS) for j in range(k, a.first)):
                continue  # (not past «، وطالب المحتجون …»: the next clause's subject)
            return a
    return None


_CLAUSE_OPENERS = word_set("roles", "_CLAUSE_OPENERS")


def counted_after_noun(words: list[Word], t: Trigger) -> Arg | None:
    """A counted phrase right after an arrest or attack noun, or after its «على» («أُلقي القبض على ثلاثة أشخاص»)."""
    k = t.last + 1
    if k < len(words) and words[k].norm == "علي" and words[t.last].norm != "علي":
        k += 1
    v = counted_victim_at(words, k)
    if v is None or v.first - t.last > 3 or (words[v.first].kind != "number" and parse_words(words[v.first].norm) is None):
        return None  # (not a vague «عدد من أبنائهم»: often the arrests told before, named as a protest's cause)
    return v


def impersonal(doc: Document, words: list[Word], t: Trigger) -> bool:
    """Is the act told with no agent: a vowelled passive verb in or right before the trigger («أُلقي القبض»)، or
    «تم/جرى» before its noun («تم اعتقال»)?"""
    for k in range(max(0, t.first - 1), t.last + 1):
        w = words[k]
        if w.kind == "word" and passive_verb(doc.text[w.start : w.end]):
            return True
    return t.first > 0 and words[t.first - 1].norm in ("تم", "جري", "وتم", "وجري")


_PEOPLE_NOUNS = word_set("roles", "_PEOPLE_NOUNS")


def origin_of_people(words: list[Word], k: int) -> bool:
    """Is the place at word ``k`` where people come from: «من» right before it and a people noun (with a count or an
    adjective at most between) before that («مهاجر من ساحل العاج»، «ثلاثة عمال زراعيين من مصر»)?"""
    if k < 2 or words[k - 1].norm != "من":
        return False
    return any(words[j].norm in _PEOPLE_NOUNS for j in range(max(0, k - 4), k - 1))


def victim_count(words: list[Word], v: Arg) -> int | None:
    """How many a victim phrase counts: its number («أربعة رعاة» 4, «عنصران» 2), one for a singular noun or a name
    («مهاجر»، «الشيخ حمد»), ``None`` for a plural without a number."""
    first = words[v.first]
    n = parse_words(first.norm)
    if first.kind == "number" or n is not None:
        return n
    head = first.norm
    if head.endswith(("ان", "ين")) and len(head) > 4 and not head.startswith("ال") and not head.endswith("يين"):
        return 2  # a dual («عنصران»، «شابين»)
    if head.endswith(("ون", "ين", "ات")) or count_word(head):
        return None
    return 1


def passive_patient(words: list[Word], t: Trigger, actors: list[Arg]) -> Arg | None:
    """The dual or counted noun right after a passive verb («اعتُقل شقيقان من أهالي ناحية الرياض»، «أُصيب ثلاثة
    شبان»), with the group it is «من» when one follows; the frame reads no actor there (a dual is no actor noun)."""
    k = t.last + 1
    if k >= len(words) or words[k].kind != "word":
        return None
    w = words[k].norm
    counted = counted_victim_at(words, k)
    if counted is not None and counted.first == k:
        v = counted
    elif dual_noun(w) and w.endswith("ان"):  # (a dual in the nominative: the subject slot of the passive)
        v = Arg(start=words[k].start, end=words[k].end, text="", first=k, last=k, origin="victim")
    else:
        return None
    if v.last + 2 < len(words) and words[v.last + 1].norm == "من":
        g = next((g for g in actors if g.first == v.last + 2), None)
        if g is not None:
            v = replace(v, end=g.end, last=g.last, actor=g.actor, name_en=g.name_en, kind=g.kind, data=dict(g.data))
    elif v.last > v.first and words[v.last - 1].norm == "من":
        # «ثلاثة من منتسبي «الحشد الشعبي»»: the members' noun ends the count; its genitive (past a quote mark) is the group
        k = v.last + 1 + (v.last + 1 < len(words) and words[v.last + 1].norm in QUOTE_MARKS)
        g = next((g for g in actors if g.first == k), None)
        if g is not None:
            last = g.last + 1 if k > v.last + 1 and g.last + 1 < len(words) and words[g.last + 1].norm in QUOTE_MARKS else g.last
            v = replace(v, end=words[last].end, last=last, actor=g.actor, name_en=g.name_en, kind=g.kind, data=dict(g.data))
    return v


def sources_of_groups(roles: list[Arg], actors: list[Arg], words: list[Word]) -> list[Arg]:
    """A source phrase with no identity followed by «من» and a named group starting within six words («شنّته مجموعة
    من عصابات «داعش» الإرهابية»، «عناصر من «الهيئة»») is the group's members: it runs on to the group's name and
    takes its identity (quote marks and at most three words — «من»، «عصابات»، «تنظيم» — between the phrase and the
    name, no punctuation)."""
    out = []
    for a in roles:
        if a.actor is None:
            g = next((g for g in sorted(actors, key=lambda g: g.first)
                      if g.actor is not None and a.last < g.first <= a.last + 6), None)
            gap = [w for w in words[a.last + 1 : g.first] if w.norm not in QUOTE_MARKS] if g is not None else []
            # (the phrase may already end in «من» and the group noun: «مجموعة من عصابات «»)
            inside = [w for w in words[a.first : a.last + 1] if w.norm not in QUOTE_MARKS]
            linked = bool(gap and gap[0].norm == "من") or (
                words[a.last].norm in QUOTE_MARKS and any(w.norm == "من" for w in inside[1:]))
            if (g is not None and linked and len(gap) <= 3 and all(w.kind == "word" for w in gap)
                    and all(w.kind == "word" or w.norm in QUOTE_MARKS for w in words[a.last + 1 : g.first])):
                a = replace(a, end=g.end, last=g.last, actor=g.actor, name_en=g.name_en, kind=g.kind, data=dict(g.data))
        out.append(a)
    return out


def victims_of_groups(roles: list[Arg], actors: list[Arg]) -> list[Arg]:
    """A counted victim phrase whose last word heads a member phrase joined to a group («قُتل خمسة عناصر من
    ميليشيا «لواء فاطميون»»، «اعتقلت القوات ثلاثة مقاتلين من «الهيئة»») runs on to the group's name and takes its
    identity, as the member phrase does (:func:`_join_members`)."""
    out = []
    for a in roles:
        if a.origin == "victim" and a.actor is None:
            g = next((g for g in actors if g.actor is not None and a.first < g.first <= a.last < g.last), None)
            if g is not None:
                a = replace(a, end=g.end, last=g.last, actor=g.actor, name_en=g.name_en, data=dict(g.data))
        out.append(a)
    return out


#: verbs of naming oneself («مجموعة تطلق على نفسها اسم «…»»، «جماعة تسمّي نفسها «…»»)
_SELF_NAMING = word_set("roles", "_SELF_NAMING")
_ONESELF = frozenset({"نفسها", "نفسه", "انفسهم", "انفسها"})


def self_name(words: list[Word], src: list[Arg], actors: list[Arg]) -> Arg | None:
    """The name a subject gives itself, right after it: «وهدّدت مجموعة تطلق على نفسها اسم «لواء …»» — the quoted name
    is who acts, not the act's object; ``None`` when the one subject is not followed by such a clause."""
    if len(src) != 1:
        return None
    k = src[0].last + 1
    if src[0].first < src[0].last and words[k - 1].norm in _SELF_NAMING:
        k -= 1  # (the verb read as the last word of a name: «جماعة تسمّي»)
    if k >= len(words) or words[k].norm not in _SELF_NAMING:
        return None
    k += 1
    if k < len(words) and words[k].norm == "علي":
        k += 1
    if k >= len(words) or words[k].norm not in _ONESELF:
        return None
    k += 1
    if k < len(words) and words[k].norm in ("اسم", "تسميه", "لقب"):
        k += 1
    at = k
    while k < len(words) and words[k].norm in QUOTE_MARKS:
        k += 1
    return next((a for a in actors if at <= a.first <= k and a.kind != "place"), None)
