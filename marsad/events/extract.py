"""Event extraction: sentences + mentions + times + places + quantities → event records.

``extract_events(doc)`` returns the events of one document in the format of
``spec/events.md`` §4 (plus a ``why`` dict telling how each argument was
chosen).  It consumes what earlier stages left on the document and degrades
gracefully: without actor mentions it falls back to actor-headed phrases
(:func:`marsad.events.frames.chunk_actors`), without places or times the
event simply has no location/date.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from marsad.doc import Document, Mention, Sentence
from marsad.events.acled import acled_view
from marsad.events.clauses import (
    RELATIVE_PRONOUNS,
    TANWEEN,
    VOWEL_MARKS,
    comma_and,
    condemnation_before,
    conj_in,
    experiencer_verb,
    frame_cues,
    present_tense,
    pronoun_of,
    resumptive_agent_at,
    target_verb_at,
)
from marsad.events.detect import DetectModel, load_model
from marsad.events.factuality import (
    CAUSE_HEADS,
    CHARGE_CONTENT,
    CONDITION_CONTENT,
    CONDITION_CUE,
    IF_NOT,
    PURPOSE_CONTENT,
    REFUSED_CONTENT,
    TWO_WORD_CONDITION,
    UNLESS,
    accused_of,
    after_attempt,
    aggregate_since,
    any_reference,
    classify,
    commemorated,
    committed_to,
    demanded,
    named_in_force,
    none_of,
    since_the_event,
)
from marsad.events.frames import (
    _MUNITIONS,
    BLAME_VERBS,
    FROM_HIM,
    HURT_VERBS,
    NO_DESTINATION,
    OPENER_WHY,
    OPENING_TIME,
    PRESS_STATEMENTS,
    SENTENCE_TIME,
    SETTLEMENT_HEADS,
    STATEMENT_TYPES,
    Arg,
    after_toll,
    aid_destination,
    assign_roles,
    cardinal,
    chunk_actors,
    contrast_at,
    count_word,
    counted_victim_at,
    damaged_by,
    find_attribution,
    fired_by,
    first_person,
    first_person_light_verb,
    freed_by_pronoun,
    kin_genitive,
    kin_head,
    located_by,
    object_suffix,
    office_apart,
    office_place,
    opening_place,
    pick_place,
    pick_time,
    quote_speaker,
    sent_to_place,
    site_of_act,
    whoever_threatened,
)
from marsad.events.lexicon import _MAY_TRIGGER, cues, matches_form, may_trigger, proclitic_in, stems, word_set
from marsad.events.merge import (
    ACCUSED,
    BY_PLACE,
    BY_TIME,
    COUNTED_FROM,
    FELL_IN,
    FOLLOW_UP,
    RECALLED,
    TOOK_PART,
    days_before_publication,
    drop_self_sources,
    fill_counterparts,
    mention_facts,
    merge_events,
    merged_fatalities,
    place_key,
)
from marsad.events.metonymy import BILATERAL_TYPES, capital_actors, demonym_of, demonym_parties, forces_phrase
from marsad.events.roles import (
    aid_giver,
    asked_party,
    attack_owner,
    called_by,
    called_party,
    checkpoint_owner,
    commemoration_subject,
    counted_after_noun,
    dying_word,
    impersonal,
    light_verb_subject,
    object_phrase,
    origin_of_people,
    passive_patient,
    passive_verb,
    phrase_object,
    pluperfect_agent,
    pluperfect_victim,
    promised_by,
    proposer,
    protest_crowd,
    protest_target,
    self_name,
    sources_of_groups,
    subjects_own,
    threatened_party,
    victim_count,
    victims_of_groups,
    visited_people,
    weapon_subject_owner,
)
from marsad.events.triggers import (
    CLAUSE_ENDS,
    FOLLOW_UP_FRAMES,
    IN_EXCHANGE_FOR,
    QUOTE_MARKS,
    STORMING,
    TALKED_TYPES,
    WARNING_LEMMAS,
    WEAPON_LEMMAS,
    Trigger,
    Word,
    answers_statement,
    find_triggers,
    parenthetical_end,
    returns_fire,
    talked_about,
    told_as_news,
)
from marsad.geo.resolve import default_geocoder
from marsad.kb.places import NAME_SIZES, ambiguous_place_names
from marsad.kb.store import default_kb
from marsad.ner.features import is_demonym
from marsad.ner.patterns import PLURAL_PLACE_TRIGGERS
from marsad.numbers.parse import parse_words
from marsad.temporal.resolve import find_times
from marsad.text.memo import str_memo
from marsad.text.normalize import norm, skip_letters

log = logging.getLogger(__name__)

Event = dict[str, Any]

_ACTOR_KINDS = frozenset({"actor", "person"})
_DISTINCT = frozenset({"اخر", "اخري", "جديد", "جديده", "ثان", "ثاني", "ثانيه", "اخرى", "منفصل", "منفصلا", "منفصله",
                       "ثانيا"})  # (the accusative of an object: «وأطلقت صاروخاً ثانياً»; not «جديداً», a new one of a series)
_FATAL_KINDS = frozenset({"killed", "dead", "fatalities"})
#: «صاروخاً ثانياً»، «قذيفة ثانية»: a second round of the same strike (a munition, as frames reads them), not another
#: attack
_SECOND = frozenset({"ثان", "ثاني", "ثانيه", "ثانيا"})
#: «هجوم الأمس»: a genitive of time makes the noun definite, an act told before
_TIME_GENITIVES = frozenset({"الامس", "امس", "البارحه", "اليوم", "الليله"})
#: what a later act of fighting is told with, after the act it followed («لتندلع بعدها اشتباكات»، «أعقبتها اشتباكات»; not
#: «لتندلع» alone: «وردّت «قسد» على مصادر القصف، لتندلع اشتباكات …» tells one exchange of fire)
_ENSUING = word_set("extract", "_ENSUING")
_COINCIDING = frozenset({"تزامن", "تزامنت", "تزامنا", "التزامن", "متزامنا", "متزامنه", "تزامنه", "تزامنها"})
#: a killed count from which an ASSAULT mention is a toll, not one event (the deadliest single attacks of the
#: region's wars killed some hundreds)
TOLL_MIN = 1000


def _distinct(words: list[Word], t: Trigger) -> bool:
    """Is the trigger qualified as another, a new or a separate one («لقاء آخر»، «عدوان إسرائيلي جديد»، «هجوماً منفصلاً»)?
    Up to two adjectives (nisba forms ending in ي/ية) may stand between.  So is what another act coincided with
    («وتزامنت الغارات مع قصف مدفعي …»، «بالتزامن مع …»)."""
    if _with_after(words, t, _COINCIDING, "وب") and not (
            t.last + 1 < len(words) and words[t.last + 1].norm in _TIME_GENITIVES):
        return True  # (the other act may stand between: «وتزامنت الغارات مع قصف»; not «تزامناً مع المفاوضات الجارية»,
        # the talks told before)
    if _coincided_with(words, t):
        return True  # «وتزامن هجوم المسلحين على نقاط في ريف حلب مع العدوان الإسرائيلي على …»: two acts
    if _ensuing_at(words, t) is not None or _broke_out_after(words, t):
        return True  # «قُتل شابان برصاص قناص …، لتندلع بعدها اشتباكات متقطعة …»: fighting that broke out after the act
    for k in range(t.last + 1, min(len(words), t.last + 4)):
        w = words[k].norm
        if w in _DISTINCT:
            return not (w in _SECOND and norm(t.lemma) in _MUNITIONS)
        if words[k].kind != "word" or not w.endswith(("ي", "يه")) or len(w) < 4:
            return False
    return False


def _verb_of_another(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the verb or masdar right before a noun of its type qualified as another act («وفي الليلة نفسها، استهدفت غارة
    ثانية محيط مسجد …»)?  It tells that new act too."""
    return t.pos != "n" and any(u.type == t.type and u.pos == "n" and u.first == t.last + 1 and _distinct(words, u)
                                for u in trigs)


#: the times of day a sentence may open with as the time of the act told before («وفي الليلة ذاتها، …»), and the
#: words that make them that same time
_SAME_TIME_NOUNS = word_set("extract", "_SAME_TIME_NOUNS")
_SAME_WORDS = word_set("extract", "_SAME_WORDS")
#: the types whose act told after «وفي الليلة ذاتها،» is another one than the act told before
_SAME_TIME_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


def _same_time_other_act(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the trigger the first verb of its type in a sentence opened by the time of the act told before («وفي الليلة
    ذاتها، استهدف مسلحون حاجزاً لـ«الفرقة الرابعة» …»، «وفي اليوم نفسه، اعتقلت …»)? That frame tells a new act at
    the same time (the other mentions of the sentence tell it too)."""
    if t.type not in _SAME_TIME_TYPES or t.pos == "n" or len(words) < 5:
        return False
    if not (words[0].norm in ("في", "وفي") and words[1].norm in _SAME_TIME_NOUNS and words[2].norm in _SAME_WORDS
            and words[3].kind == "punct"):
        return False
    return not any(u.type == t.type and u.first < t.first for u in trigs)


#: the finite verbs of coinciding that open a clause «X تزامن مع Y» (not the adverb «تزامناً مع …»; nor «ترافق»: «اشتباكات
#: … ترافقت مع قصف جوي» tells one battle)
_COINCIDED = frozenset({"تزامن", "تزامنت"})


def _coincided_with(words: list[Word], t: Trigger) -> bool:
    """Is the trigger right after «مع», a finite verb of coinciding up to fifteen words before it with no punctuation
    between and its subject after it — the act that subject names is another, told first («وتزامن هجوم المسلحين على
    نقاط … مع العدوان الإسرائيلي على …»; not «وفي خطوة تزامنت مع الغارات»: the raids told before)?"""
    if t.first < 2 or words[t.first - 1].norm != "مع":
        return False
    for k in range(t.first - 2, max(-1, t.first - 17), -1):
        if words[k].kind not in ("word", "number"):
            return False
        if k < t.first - 2 and proclitic_in(words[k].norm, _COINCIDED, "و"):
            return True
    return False


#: verbs of fighting breaking out («اندلعت اشتباكات»، «تجددت المعارك»)
_BROKE_OUT = word_set("extract", "_BROKE_OUT")
#: fighting renewed («تجددت الاشتباكات»): a new round (not «تجدد»: also the masdar, «خشية تجدد القصف»)
_RENEWED = word_set("extract", "_RENEWED")
#: what opens a sentence with the act something followed («وعقب سقوط القذائف، …»، «وفي أعقاب التفجير، …»)
_AFTER_OPENERS = word_set("extract", "_AFTER_OPENERS")


def _broke_out_after(words: list[Word], t: Trigger) -> bool:
    """Is the noun of fighting what broke out after the act the sentence opens with («وعقب سقوط القذائف، اندلعت
    اشتباكات عنيفة بين …»، «وفي أعقاب التفجير، اندلعت، بعد ظهر اليوم، اشتباكات»): a verb of breaking out before it
    (a time aside between them), the sentence opening with «عقب/بعد/إثر/في أعقاب» and a comma before that verb?"""
    if t.type != "ASSAULT" or t.pos != "n":
        return False
    k = t.first - 1
    if k >= 0 and words[k].norm in (",", "،"):
        # (a time aside: «اندلعت، بعد ظهر اليوم، اشتباكات»)
        k = next((j - 1 for j in range(k - 1, max(-1, k - 6), -1) if words[j].norm in (",", "،")), -1)
    if k >= 0 and proclitic_in(words[k].norm, _RENEWED, "و"):
        return True  # «تجددت، منذ فجر اليوم، الاشتباكات العنيفة بين …»: a new round, not the fighting told before
    if k < 1 or not proclitic_in(words[k].norm, _BROKE_OUT, "و") or words[k - 1].norm not in (",", "،"):
        return False
    return any(w.norm in _AFTER_OPENERS for w in words[: min(3, k)])


def _ensuing_at(words: list[Word], t: Trigger) -> int | None:
    """The word that tells a noun of fighting as what broke out after the act told before it («…، لتندلع بعدها
    اشتباكات»، «أعقبتها اشتباكات»), up to three words before it, or ``None``."""
    if t.type != "ASSAULT" or t.pos != "n":
        return None
    return next((k for k in range(max(0, t.first - 3), t.first) if proclitic_in(words[k].norm, _ENSUING, "و")), None)


#: what a time since another act is counted in besides ``_SPANS_OF_TIME`` («بعد ليلة على …», «بعد أقل من/نحو …»)
_ELAPSED_UNITS = word_set("extract", "_ELAPSED_UNITS")


#: «ردّ» as a past verb, bare or joined by و/ف («وردّت مدفعية الاحتلال بقصف …»)
_ANSWERED = word_set("extract", "_ANSWERED")


def _replied_with(words: list[Word], t: Trigger) -> bool:
    """Is the attack noun the means of an answer, «ردّ X بـ…» («وردّت مدفعية الاحتلال بقصف أطراف بلدة حضر»)?  It is
    another act than the one it answers, told before it in the sentence."""
    if t.type != "ASSAULT" or t.pos != "n" or not words[t.first].norm.startswith("ب"):
        return False
    for k in range(t.first - 1, max(-1, t.first - 5), -1):
        if words[k].norm in _ANSWERED:
            return True
        if words[k].kind != "word" or words[k].norm == "علي" or words[k].norm[:1] == "و":
            return False  # (not the means of another verb: «ردّت على مصادر النيران واستهدفت بالمدفعية …»)
    return False


def _elapsed_from(words: list[Word], t: Trigger) -> tuple[int, int, int] | None:
    """When the noun trigger is the act a time is counted from, right after its «على/من» («انفجرت سيارة مفخخة … بعد
    ساعات على اغتيال عضو المجلس»، «قبل يومين من الهجوم»): the offset of «بعد/قبل/عقب» and the span of the time
    counted («ساعات»، «يومين»); else ``None``. It is another act than the one the sentence tells before it."""
    if t.pos == "v" or t.first < 3 or words[t.first - 1].norm not in ("علي", "من"):
        return None
    for k in range(t.first - 2, max(-1, t.first - 7), -1):
        w = words[k]
        if w.norm.lstrip("و") in ("بعد", "قبل", "عقب"):
            units = words[k + 1 : t.first - 1]
            if not any(x.norm in _SPANS_OF_TIME or x.norm in _ELAPSED_UNITS for x in units):
                return None
            return w.start, units[0].start, units[-1].end
        if w.kind not in ("word", "number"):
            return None
    return None


def _count_back(doc: Document, events: list[Event]) -> None:
    """The act a time is counted from («بعد أربعة أيام على هجوم انتحاري») is dated that time before the date of the
    act counted, when its date is that act's (told before «بعد/عقب», or inherited): it is not the later act's day.
    (A time counted forward, «قبل يومين من …», is left as it is.)"""
    for e in events:
        elapsed, date = e.get("_elapsed"), e.get("date")
        if elapsed is None or not date or not date.get("value") or norm(doc.text[elapsed[0] : elapsed[1]]).lstrip(
                "و").startswith("قبل"):
            continue
        if isinstance(date.get("start"), int) and date["start"] >= elapsed[0]:
            continue  # (its own time, told after «بعد»: «… على اغتيال عضو المجلس، … قرابة التاسعة من مساء أمس»)
        counted = doc.text[elapsed[1] : elapsed[2]]
        back = next((x for x in find_times(f"قبل {counted}", published=date["value"]) if x.value), None)
        if back is None or back.value == date["value"]:
            continue
        e["date"] = {"text": counted, "value": back.value, "precision": back.precision,
                     "time_precision": back.time_precision, "start": elapsed[1], "end": elapsed[2]}
        e["why"]["date"] = f"«{counted}» counted back from the later act's date ({date['value']})"


def _counted_from(sent_events: list[tuple[Trigger, Event]]) -> None:
    """Every event told from the act a time is counted from on (``_elapsed``) belongs to that act's part of
    the sentence («وجاء التفجير بعد ساعات على اغتيال عضو المجلس، الذي أطلق عليه مسلحان النار»): ``_since`` is the
    offset of its «بعد/قبل/عقب»."""
    k = next((ev["_elapsed"][0] for _t, ev in sent_events if ev.get("_elapsed") is not None), None)
    if k is None:
        return
    for _t, ev in sent_events:
        if ev["evidence"]["trigger"]["start"] > k:
            ev["_since"] = k


#: «ترافق» (went with): what an act was accompanied by
_ACCOMPANYING = word_set("extract", "_ACCOMPANYING")


def _accompanied_by_other(words: list[Word], t: Trigger) -> bool:
    """Is the trigger what another act was accompanied by, with a nationality of its own right after it («وترافقت
    المعارك مع قصف مدفعي تركي مكثف»)? Without one it is part of that act («اشتباكات عنيفة …، ترافقت مع قصف مدفعي
    وجوي مكثف»)."""
    return _with_after(words, t, _ACCOMPANYING, "و") and any(
        w.kind == "word" and is_demonym(w.norm) for w in words[t.last + 1 : t.last + 3])


def _with_after(words: list[Word], t: Trigger, verbs: frozenset[str], clitics: str) -> bool:
    """Is the indefinite trigger right after «مع», with one of ``verbs`` (its clitics ``clitics`` stripped) up to four
    words before that («وتزامنت الغارات مع قصف …»، «وترافقت المعارك مع قصف …»)?"""
    return t.first >= 2 and not t.definite and words[t.first - 1].norm == "مع" and any(
        w.norm.lstrip(clitics) in verbs for w in words[max(0, t.first - 5) : t.first - 1])


def _index(words: list[Word], start: int, end: int, ends: list[int] | None = None) -> tuple[int, int] | None:
    """First and last index of the words overlapping ``[start, end)``, or ``None``.

    Words are in text order and do not overlap, so their ends ascend: a binary search over
    ``ends`` (``[w.end for w in words]``, computed when not given) finds the first one.
    """
    if ends is None:
        ends = [w.end for w in words]
    first = bisect_right(ends, start)
    last = first
    n = len(words)
    while last < n and words[last].start < end:
        last += 1
    if last == first:
        return None
    return first, last - 1


_PROCLITICS = ("ولل", "فلل", "لل", "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def _after_proclitic(text: str, start: int, w: Word) -> int:
    """Start of an actor phrase without the conjunction/preposition glued to its head («لفصائل» → «فصائل»)."""
    heads = cues()["actor_heads"]
    if w.norm in heads:
        return start
    for p in _PROCLITICS:
        rest = w.norm[len(p) :]
        if w.norm.startswith(p) and len(rest) >= 3 and (rest in heads or (rest.startswith("ال") and rest[2:] in heads)):
            # counted from the word's start (a mention may already begin after the clitic); a vowel mark of
            # the clitic (لِـ) stays with it
            return max(start, w.start + skip_letters(text, w.start, len(p)))
    return start


_Spans = TypeVar("_Spans", bound=Any)


def _by_sentence(sentences: list[Sentence], items: list[_Spans]) -> list[list[_Spans]] | None:
    """Per sentence, the items (anything with ``start``/``end``) that lie within it, in their order:
    ``[[x for x in items if s.start <= x.start and x.end <= s.end] for s in sentences]``, by binary
    search.  ``None`` when the sentences are not in order without overlaps (then filter per sentence)."""
    starts = [s.start for s in sentences]
    for a, b in itertools.pairwise(sentences):
        if not (a.start < b.start and a.end <= b.start):
            return None
    out: list[list[_Spans]] = [[] for _ in sentences]
    for x in items:
        j = bisect_right(starts, x.start) - 1
        # an empty item on the boundary of adjacent sentences lies within both
        while j >= 0 and sentences[j].end >= x.end:
            if sentences[j].start <= x.start:
                out[j].append(x)
            j -= 1
            if j >= 0 and sentences[j].end < x.start:
                break
    return out


def _within(items: list[_Spans], sent: Sentence) -> list[_Spans]:
    return [x for x in items if x.start >= sent.start and x.end <= sent.end]


def _correspondent_ends(words: list[Word], mentions: list[Any], ends: list[int]) -> list[int]:
    """The last word of each correspondent phrase: a correspondent source mention and the source mentions right
    after it («مراسل» + «الميادين»)."""
    spans = sorted((ix, (m.attrs or {}).get("source_kind") == "correspondent") for m in mentions
                   if m.kind == "source" and (ix := _index(words, m.start, m.end, ends)) is not None)
    out = []
    for i, ((_first, last), corr) in enumerate(spans):
        if not corr:
            continue
        for (nfirst, nlast), _ in spans[i + 1 :]:
            if nfirst != last + 1:
                break
            last = nlast
        out.append(last)
    return out


#: the displaced of a place, in the construct state («مهجّري سري كانيه»، «نازحو عفرين»): the place is where they were
#: driven from, not where they are
_DISPLACED_OF = word_set("extract", "_DISPLACED_OF")


def _displaced_from(words: list[Word], k: int) -> bool:
    """Is the place at word ``k`` the genitive of a noun of the displaced (:data:`_DISPLACED_OF`)?"""
    return k > 0 and words[k - 1].norm in _DISPLACED_OF


def _sentence_args(doc: Document, sent: Sentence, words: list[Word],
                   inside: tuple[list[Any], list[Any], list[Any], list[Any]] | None = None) -> dict[str, list[Arg]]:
    """The sentence's actors, places, times and quantities as arguments.  ``inside``: the document's
    mentions, places, times and quantities within the sentence, when the caller has them."""
    actors: list[Arg] = []
    places: list[Arg] = []
    names: list[Arg] = []
    ends = [w.end for w in words]
    if inside is None:
        inside = (_within(doc.mentions, sent), _within(doc.places, sent), _within(doc.times, sent),
                  _within(doc.quantities, sent))
    in_mentions, in_places, in_times, in_quants = inside
    for m in in_mentions:
        ix = _index(words, m.start, m.end, ends)
        if ix is None:
            continue
        if m.kb_id is None and any(t.start < m.end and m.start < t.end for t in in_times):
            continue  # a month name inside a date («19 أبريل (نيسان)») is not the carmaker or an actor
        a = Arg(start=m.start, end=m.end, text=doc.text[m.start : m.end], first=ix[0], last=ix[1], kind=m.kind,
                actor=m.kb_id, name_en=m.name_en, origin=m.origin, data=dict(m.attrs or {}))
        if m.kind in _ACTOR_KINDS or (m.kind == "other" and m.label in ("ORG", "PERS")):
            a.start = _after_proclitic(doc.text, a.start, words[a.first])
            a.text = doc.text[a.start : a.end]
            actors.append(a)
        elif m.kind == "place" and not _TANWEEN.isdisjoint(a.text):
            continue  # a word written with tanween («وفداً برلمانياً»، «رجلاً ستينياً») is never a place name
        elif m.kind == "place" and m.origin == "crf" and (_in_outlet(doc.text, m.start) or (
                _common_word_place(a.text) and not (ix[0] > 0 and words[ix[0] - 1].norm in SETTLEMENT_HEADS))
                or norm(a.text).lstrip("وب") in _AROUND or _area_adjective(words, ix[0], ix[-1])):
            # a tagger's place inside the outlet credited after a dateline's dash («جرابلس – «بوابة الساجور»:»), or a
            # place name that is a common word too, with no settlement word before it («في مشهد نادر»: a scene, not
            # Mashhad; the geocoder asks the same support of its own matches), or a word of direction («باتجاه»), or
            # what kind of area it is («في منطقة صحراوية»، «مناطق زراعية»)
            continue
        elif m.kind == "place" and not doc.places:
            if not _common_word_place(a.text):  # («مظاهرات سلمية»: peaceful, not al-Salamiyah; «ورقة» a paper)
                places.append(a)
        elif (m.kind == "place" and (m.origin == "crf" or _repeated_name(m) or (m.origin == "pattern" and (
                _listed_place(m) or _sized_name(doc.text[m.start : m.end]) or _settlement_name(m, in_places))))
              and not origin_of_people(words, ix[0]) and not _displaced_from(words, ix[0])):
            names.append(a)  # a name the tagger found and the geocoder did not place («تورونتو»)
    place_spans = [(p.start, p.end) for p in in_places] + [(m.start, m.end) for m in in_mentions if m.kind == "place"]
    members = cues().get("member_heads", frozenset())
    for ch in chunk_actors(words):
        if any(a < words[ch.first].end and words[ch.first].start < b for a, b in place_spans):
            continue  # «عيتا الشعب» is a village, not «the people»; a place after the head only modifies it
            # («طائرات حربية سورية»، «أهالي مضايا»)
        if "آمن" in doc.text[words[ch.first].start : words[ch.first].end]:
            continue  # «المناطق الآمنة»، «الخروج الآمن»: safe (آمن), not security (أمن), which normalise alike
        covered = [a for a in actors if a.first <= ch.last and ch.first <= a.last]
        if covered and all(a.first == ch.first == a.last < ch.last and words[a.last].norm in members
                           and words[a.last].norm.endswith("و") for a in covered):
            # «ممثلو المجموعات المتشددة»: a member noun in its construct form that the knowledge base knows, then the
            # group: the group is a chunk of its own, joined to it as its member (:func:`_join_members`)
            first = max(a.last for a in covered) + 1
            ch = Arg(start=words[first].start, end=ch.end, text="", first=first, last=ch.last, origin="chunk")
            covered = []
        if covered and all(a.first > ch.first and a.actor is not None for a in covered):
            # «قائد الشرطة»، «عناصر الحرس الثوري»: the head before a named actor, to be joined to it as its member
            last = min(a.first for a in covered) - 1
            ch = Arg(start=ch.start, end=words[last].end, text="", first=ch.first, last=last, origin="chunk")
            covered = []
        if not covered and ch.first == ch.last and ch.last + 1 < len(words) and _territory_title(words[ch.first]) and (
                gov := next((b for a, b in place_spans if a == words[ch.last + 1].start), None)) is not None:
            # «والي البحر الأحمر»، «محافظ درعا»: a governor's title and the place he governs are one actor (the place
            # stays the office's place: frames.office_place)
            last = next(k for k in range(ch.last + 1, len(words)) if words[k].end >= gov)
            ch = Arg(start=ch.start, end=words[last].end, text="", first=ch.first, last=last, origin="chunk")
        if not covered:
            ch.start = _after_proclitic(doc.text, ch.start, words[ch.first])
            ch.text = doc.text[ch.start : ch.end]
            actors.append(ch)
    if outlet := _outlet_spans(doc.text):
        # «إب – «صوت اللواء الأخضر»: …»، «… بحسب ما قاله أحد الحاضرين لـ«صوت اللواء الأخضر»»: the outlet, no actor
        actors = [a for a in actors if not any(s <= a.start and a.end <= e for s, e in outlet)]
    actors = _spokesmen(doc, words, _titled_officials(doc, words, _join_titles(doc, words, _join_members(doc, words, actors))))
    disguise = frame_cues()["disguise"]
    # «مسلحون يرتدون زي الشرطة»: the uniform they wear, not an actor of the event
    actors = [a for a in actors if not (a.first > 0 and words[a.first - 1].norm in disguise)]
    # «في تصريح صحفي»، «مؤتمر صحافي»: the press adjective of a statement, not a journalist
    actors = [a for a in actors if not (a.first == a.last and a.first > 0 and words[a.first].norm in _PRESS
                                        and words[a.first - 1].norm in PRESS_STATEMENTS)]
    # «زعزعة الأمن»، «حفظ الأمن والاستقرار»: security as a state of affairs, not the security forces
    abstract, partners = frame_cues()["abstract_governors"], frame_cues()["abstract_partners"]
    actors = [a for a in actors if not (a.origin == "chunk" and a.first == a.last and (
        (a.first > 0 and words[a.first - 1].norm in abstract)
        or (a.last + 1 < len(words) and words[a.last + 1].norm in partners)))]
    named = [(a.start, a.end) for a in actors if a.actor is not None]
    # «أفاد مراسل الميادين في سوريا بـ …»، «مراسلنا في دمشق»: where the correspondent works, not the event's place
    posted = _correspondent_ends(words, in_mentions, ends)
    for p in in_places:
        ix = _index(words, p.start, p.end, ends)
        if ix is not None and any(ix[0] - 2 == k and words[k + 1].norm == "في" for k in posted):
            continue
        if ix is not None and p.feature == "country" and origin_of_people(words, ix[0]):
            continue  # «مهاجر من ساحل العاج»، «عمال من مصر»: where people come from, not where the event is
        if ix is not None and _displaced_from(words, ix[0]):
            continue  # «نظّم المئات من مهجّري سري كانيه وقفة …»: where the displaced were driven from
        if _outlet_place(doc.text, p.start):
            continue  # «… بحسب ما قاله ضابط لـ«أنباء البادية»»: the outlet's name, not where the event is
        if ix is not None and not any(s <= p.start and p.end <= e for s, e in named) and not _in_quoted_name(words, ix):
            # a place inside an actor's name («المقاومة الإسلامية في العراق»، a quoted «المجلس الوطني الكردي في
            # سوريا» the KB does not know) is not where the event is
            places.append(Arg(start=p.start, end=p.end, text=doc.text[p.start : p.end], first=ix[0], last=ix[1],
                              kind="place", name_en=p.name_en, origin="geocoder", data=_place_dict(doc, p)))
    times: list[Arg] = []
    for t in in_times:
        ix = _index(words, t.start, t.end, ends)
        if ix is not None:
            times.append(Arg(start=t.start, end=t.end, text=doc.text[t.start : t.end], first=ix[0], last=ix[1],
                             kind="time", data={"value": t.value, "end_value": t.end_value, "precision": t.precision,
                                                "time_precision": t.time_precision, "kind": t.kind,
                                                "window": t.attrs.get("window")}))
    quants: list[Arg] = []
    for q in in_quants:
        ix = _index(words, q.start, q.end, ends)
        if ix is not None:
            quants.append(Arg(start=q.start, end=q.end, text=doc.text[q.start : q.end], first=ix[0], last=ix[1],
                              kind=q.kind, data={"value": q.value, "vague": q.vague}))
    return {"actors": actors, "places": places, "times": times, "quantities": quants, "place_names": names}


def _reference_only(doc: Document, e: Event) -> bool:
    """Is the event only a definite event noun («الاشتباكات»، «التفجير»، «الاعتصام») that the detection model found no
    new event in, that joined no other mention, that no time of its own dates and whose agent no phrase names: a
    reference to an act the article does not tell (output with the generic events, under ``keep_generic``)?  Kept: an
    act named with its agent («عقب الهجوم المنسوب إلى «إسرائيل»»), an act undergone («وتعرضت السفينة للهجوم») and a
    dated one («وفي الثاني عشر من الشهر وقع الهجوم على المخفر»)."""
    if not (e["factuality"] == "historical" and e.get("_model_fact") is not None and not e["evidence"].get("triggers")
            and str(e.get("_anaphoric") or "").startswith("definite") and not (e.get("date") or {}).get("text")
            and e.get("_src_how") != "agent"):
        return False
    start = e["evidence"]["trigger"]["start"]
    before = doc.text[max(0, start - 40) : start].split()
    return not any(experiencer_verb(norm(w)) for w in before[-3:])


def _time_reference_only(e: Event) -> bool:
    """Is the event a deal or talks named only as the time another act is counted from («بعد ساعات على هدنة …»), that
    joined no other mention and names no party of its own (an actor as its genitive): a reference to what the article
    does not tell? (The rules decide these types without the detection model, so they stay asserted, and
    :func:`marsad.events.merge.merge_events` drops only untold ones.) Kept: talks named with their parties and told there
    («بعد أيام على اجتماع ممثلي الفصائل …، وبحث …»)."""
    return bool(e.get("_time_named")) and not e["evidence"].get("triggers")


#: the outlet a dateline credits after its dash, in quotation marks, before its colon («إب – «صوت اللواء الأخضر»: …»)
_DATELINE_CREDIT = re.compile(r"[-–—]\s*[«\"]([^»\"\n]{2,40})[»\"]\s*:")


@str_memo(64)
def _outlet_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the outlet a dateline credits (within the article's first 600 characters) is named in the text: the
    credit itself and every later «لـ«…»» — the outlet that reports, never an actor of an event."""
    m = _DATELINE_CREDIT.search(text, 0, 600)
    if m is None:
        return ()
    return tuple((x.start(), x.end()) for x in re.finditer(re.escape(m.group(1).strip()), text))


def _in_outlet(text: str, start: int) -> bool:
    """Does a name starting at ``start`` lie inside the outlet a dateline credits («جرابلس – «بوابة الساجور»:»)?"""
    return any(s <= start < e for s, e in _outlet_spans(text))


#: words of direction and surroundings a tagger may take for a place name («باتجاه ريف دير الزور»)
_AROUND = word_set("extract", "_AROUND")


#: nouns of an area, which an indefinite adjective after them describes («منطقة صحراوية»، «أراض زراعية»)
_AREA_NOUNS = word_set("extract", "_AREA_NOUNS")


def _area_adjective(words: list[Word], first: int, last: int) -> bool:
    """Is the one-word tagged place an indefinite feminine adjective right after an area noun («في منطقة صحراوية شمال
    عتق»: a desert area, no name)?"""
    x = words[first].norm
    return (first == last and first > 0 and words[first - 1].norm.lstrip("وب") in _AREA_NOUNS
            and x.endswith("يه") and not x.startswith("ال"))


def _common_word_place(name: str) -> bool:
    """Is the one-word place name (without a proclitic) an indefinite common word too (``ambiguous_words`` of
    places_context.json: «مشهد» a scene, «حضر» attended)?  (Not the definite ones, «الباب»، «المدينة»: the tagger's
    «المدينة» is the city the article is about, which an event may take as its place.)"""
    n = norm(name)
    names = ambiguous_place_names()
    if n[:1] in ("و", "ف", "ب", "ل") and n[1:] in names:
        n = n[1:]
    return " " not in n and n in names and not n.startswith("ال")


def _repeated_name(m: Mention) -> bool:
    """Is the mention a name the tagger found earlier in the article and the coreference stage marked again where it is
    repeated (not a description such as «المدينة» resolved to a place named before)?"""
    return m.origin == "coref" and bool(m.attrs.get("name")) and not m.attrs.get("description")


def _in_quoted_name(words: list[Word], ix: tuple[int, int]) -> bool:
    """Is the place (word indices ``ix``) inside quotation marks that open on a body's head noun, after it: a quoted
    name («المجلس الوطني الكردي في سوريا»، «مجلس سوريا الديمقراطية»)?"""
    k = ix[0] - 1
    while k >= 0 and ix[0] - k <= 6 and words[k].norm not in _QUOTE_MARKS:
        k -= 1
    if k < 0 or ix[0] - k > 6:
        return False
    close = next((j for j in range(ix[1] + 1, min(len(words), ix[1] + 4)) if words[j].norm in _QUOTE_MARKS), None)
    if close is not None and k > 0 and proclitic_in(words[k - 1].norm, _OUTLET_HEADS, "وبل"):
        return True  # a quoted outlet name after its kind: «مراسل «الفرات»»، «شبكة «درعا 24»»
    if k + 1 >= ix[0]:
        return False
    head = words[k + 1].norm
    head = head[2:] if head.startswith("ال") else head
    return close is not None and (head in _BODY_HEADS or head in _OUTLET_HEADS
                                  or matches_form(words[k + 1].norm, cues()["actor_heads"]))


#: titles whose genitive is the place they govern («محافظ درعا»، «والي البحر الأحمر»، «متصرف لواء الرمثا»)
_TERRITORY_TITLES = word_set("extract", "_TERRITORY_TITLES")


def _territory_title(w: Word) -> bool:
    """Is the word a governor's title, bare or after «و/ف» («ومحافظ»)?"""
    return conj_in(w.norm, _TERRITORY_TITLES)


#: forms of trading something between sides («تبادل الطرفان الاتهامات»، «يتبادلان»، «لتبادل الاتهامات»)
_EXCHANGING = ("تبادل", "يتبادل", "تتبادل", "تبادلت", "تبادلا", "تبادلو")
#: chants and banners of a protest: what they ask is the protest's content («هتافات تطالب …»، «لافتات تطالب …»)
_CHANTS = frozenset({"هتافات", "لافتات", "لافته", "شعارات", "يافطات", "يافطه"})
#: what is raised or handed and asks something («لافتات تطالب …»، «مذكرة تطالب …»)
_DOCUMENTS = word_set("extract", "_DOCUMENTS")


#: a spokesman («المتحدث», «الناطق»): the subject of a statement or a threat, the actor he speaks for named before
_SPOKESMAN = word_set("extract", "_SPOKESMAN")


#: what a speaker does to the one named after him (threatens, calls on, accuses)
_ADDRESSED = frozenset({"THREATEN", "REQUEST", "ACCUSE"})
#: unnamed speakers («مصدر عسكري»، «مسؤول محلي») and the words that describe them without naming anyone else
_SPEAKERS = word_set("extract", "_SPEAKERS")
_SPEAKER_WORDS = word_set("extract", "_SPEAKER_WORDS")
_SPEAKER_PREPS = word_set("extract", "_SPEAKER_PREPS")


def _speaker_after(doc: Document, words: list[Word], t: Trigger) -> Arg | None:
    """The unnamed speaker right after a verb of saying («ورفض مصدر عسكري، في تصريح …، مقترح …»، «وهدّد مصدر عسكري في
    «الفرقة الرابعة» بـ…»): «مصدر/مسؤول», its describing words (nisbas: «عسكري»، «مطلع») and one «في/من X» phrase
    (a name, definite words, a quoted name), or ``None``."""
    gap = t.pos == "p" and "…" in t.lemma  # (a verb phrase with a gap: «حمّل مصدر … التنظيم مسؤولية …»)
    k = t.first + 1 if gap else t.last + 1
    if (t.pos != "v" and not gap) or k >= len(words) or words[k].norm not in _SPEAKERS:
        return None
    j = k + 1
    while j < len(words) and j - k <= 3 and (words[j].norm in _SPEAKER_WORDS or (
            words[j].kind == "word" and not words[j].norm.startswith("ال") and words[j].norm.endswith(("ي", "يه"))
            and len(words[j].norm) >= 4)):
        j += 1
    end = j - 1
    if j + 1 < len(words) and words[j].norm in _SPEAKER_PREPS and (
            words[j + 1].kind == "word" or words[j + 1].norm in _QUOTE_MARKS):
        # «في صنعاء»، «في المؤسسة العامة …»، «في «الفرقة الرابعة»»
        quoted, last = False, None
        for m in range(j + 1, min(len(words), j + 9)):
            w = words[m]
            if w.norm in _QUOTE_MARKS:
                quoted = not quoted
                if not quoted:
                    last = m  # a quoted name closed
                continue
            if w.kind != "word" or not (quoted or m == j + 1 or w.norm.startswith("ال")):
                break
            if not quoted:
                last = m
        if last is not None:
            end = last
    start, stop = words[k].start, words[end].end
    return Arg(start=start, end=stop, text=doc.text[start:stop], first=k, last=end, kind="actor", origin="speaker")


#: «أن/بأن» (and with a pronoun) opening what is said (the list frames reads after a verb of saying)
_THAT = word_set("frames", "_THAT")


def _object_after_aside(words: list[Word], subj: Arg, actors: Sequence[Arg]) -> Arg | None:
    """The actor that opens the object after an aside set off by commas right after the subject («…، في تصريح لـ«…»،
    خلايا التنظيم بـ…»، «…، خلال جولة …، من تبقى من الإرهابيين …»), before any «بـ» word, or ``None``."""
    k = subj.last + 1
    close = parenthetical_end(words, k) if k < len(words) else None
    if close is None:
        return None
    for a in actors:
        if close < a.first <= close + 4 and not any(
                w.norm.startswith("ب") or w.norm in _THAT for w in words[close + 1 : a.first]):
            return a  # (not the subject of what is said: «، من أن وحداتها «ستلاحق …»»)
    return None


def _spokesman_after(words: list[Word], t: Trigger) -> bool:
    """Is the word right after the verb a spokesman («كما توعّد المتحدث بـ…»)?"""
    return t.pos == "v" and t.last + 1 < len(words) and words[t.last + 1].norm in _SPOKESMAN


def _after_resumptive(words: list[Word], a: Arg) -> bool:
    """Is the actor the subject right after a resumptive verb of an attack or its weapon («أطلقتها»، «زرعته»، «نفذه»)?"""
    k = a.first - 1
    while k > 0 and words[k].norm in _QUOTE_MARKS:
        k -= 1
    return k > 0 and resumptive_agent_at(words, k)


def _outlet_place(text: str, start: int) -> bool:
    """Does the place starting at ``start`` stand inside a quoted outlet name («بوابة الفرات»، «مراسل «الفرات»»), or
    inside the outlet a dateline credits, wherever it is named again («المكلا – «شرفة عدن»:» … «لـ«شرفة عدن»»)?"""
    return _OUTLET_QUOTE.search(text, max(0, start - 40), start) is not None or _in_outlet(text, start)


def _destination_place(text: str, start: int) -> bool:
    """Is the place starting at ``start`` where something goes («ترحيل مئات المهاجرين برّاً نحو تشاد»، «إلى الحدود»):
    the word before it a preposition of direction? A dateline's town is the article's place rather than such a place."""
    before = text[max(0, start - 30) : start].split()
    if len(before) >= 2 and norm(before[-1]) in SETTLEMENT_HEADS:
        before = before[:-1]  # «باتجاه بلدة السخنة» found from «السخنة»
    return bool(before) and norm(before[-1]) in _DEST_WORDS


#: prepositions of direction, as written (normalised): «إلى»، «نحو»، «باتجاه»، «صوب»
_DEST_WORDS = frozenset({"الي", "نحو", "باتجاه", "صوب", "والي", "ونحو"})


#: kinds of outlets whose quoted names often hold a place («بوابة الفرات»، «صوت العاصمة»، «حلب اليوم»): the place names
#: the outlet, not where the event is
_OUTLET_NAME_HEADS = ("بوابة", "موقع", "صفحة", "قناة", "إذاعة", "وكالة", "صحيفة", "جريدة", "منصة", "شبكة")
#: words that open an outlet's quoted name only inside the quotes («لـ«أنباء البادية»»، «صوت العاصمة»); outside them
#: they are news («أنباء عن الإفراج …»)
_QUOTED_NAME_HEADS = (*_OUTLET_NAME_HEADS, "أنباء", "أخبار", "صوت")
#: those, broadcasters and correspondents, whose outlet's name may follow in quotes («مراسل «الفرات»»)
_OUTLET_KINDS = (*_OUTLET_NAME_HEADS, "تلفزيون", "راديو", "مراسل", "مراسلة", "مراسلو", "مراسلي")
_OUTLET_HEADS = frozenset(norm(w) for w in _OUTLET_KINDS)
#: an outlet's kind, then an open quote and at most three words, right before a place (or the kind inside the quotes
#: and at most two words): the place is in the outlet's name
_OUTLET_QUOTE = re.compile(
    r"(?:" + "|".join(sorted(_OUTLET_KINDS, key=len, reverse=True)) + r")\s*[«\"“](?:[^»\"”\n\s]+\s+){0,3}$"
    r"|[«\"“](?:" + "|".join(_QUOTED_NAME_HEADS) + r")\s+(?:[^»\"”\n\s]+\s+){0,2}$")


#: head nouns of bodies whose quoted names may hold a place («مجلس سوريا الديمقراطية»، «المقاومة الإسلامية في لبنان»)
_BODY_HEADS = word_set("extract", "_BODY_HEADS")


_PRESS = word_set("extract", "_PRESS")

def _speaker_before_colon(words: list[Word], a: Arg, t: Trigger) -> bool:
    """A headline's speaker: an actor right before a colon, or before a speech verb and a colon, with the
    trigger after it («عبد اللهيان: اغتيال موسوي سيزيد من عزيمة إيران»، «الوزير يقول: …»)."""
    if t.pos == "v" and words[t.head].norm.endswith("نا"):
        return False  # «الجيش: قصفنا …»: a first-person verb, the speaker is the agent
    if a.last >= t.first:
        return False
    k = a.last + 1
    speech = cues()["speech_verbs"]
    while k < min(len(words), a.last + 3) and words[k].norm != ":" and matches_form(words[k].norm, speech):
        k += 1  # «X يقول: …»، «X قال لـ…: …» (a speech verb between the speaker and the colon)
    return k < len(words) and words[k].norm == ":" and k < t.first




def _definite_word(w: str) -> bool:
    """Does the word carry the article (الحركة، والعناصر، بالقوات، للجيش)?"""
    return w.startswith(("ال", "لل")) or (w[:1] in ("و", "ف", "ب", "ك") and w[1:3] == "ال")


def _member_word(w: str, heads: frozenset[str]) -> bool:
    """A member noun in a form that can govern a genitive (عناصر، مقاتلي، مسلحو; not مسلحون، حاجزاً)."""
    for p in ("و", "ف", "ب", "ل", "ال"):
        if w.startswith(p) and w[len(p) :] in heads:
            return True
    return w in heads or (w.endswith("ا") and w[:-1] in heads)  # قيادياً في الحركة


def _plural_member(w: str, heads: frozenset[str]) -> bool:
    """A sound plural of a member noun (مقاتلون، مسلحين، عناصر is broken): its construct form («مقاتلو»، «مقاتلي») is
    a member head."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 5 else w
    return w.endswith(("ون", "ين")) and (w[:-2] + "و" in heads or w[:-2] + "ي" in heads)


#: the heads of groups («قوات»، «عناصر»، «فصائل»): with «لـ/بـ» before a quoted name they are its men («تعزيزات لقوات
#: «الدعم السريع»»), unlike a title («مستشار لقائد «الدعم السريع»»: the adviser of its commander)
_GROUP_HEADS = word_set("frames", "_GROUP_HEADS")
_MEMBER_LINKS = frozenset({"في", "من", "عن", "لدي", "التابعين", "التابعه", "التابع"})
_QUOTE_MARKS = QUOTE_MARKS


#: trigger nouns that are the actor themselves: a delegation («وفد روسي» visits)
_DELEGATIONS = frozenset({norm("وفد")})


def _with_parties(doc: Document, t: Trigger, parties: list[Arg], src: list[Arg], rec: list[Arg],
                  why: list[str]) -> tuple[list[Arg], list[Arg], list[str]]:
    """Roles from the demonyms after a noun trigger: the state of «القصف الروسي» is its source; of «الاتفاق الأميركي
    التركي» the first is the source and the others the recipients.  They replace a role that only covers the
    same words (a chunk «الروسي التركي» read as a genitive) and any other source."""
    if len(parties) == 1 and parties[0].first == t.last + 1 and norm(t.lemma) in _DELEGATIONS:
        # «وصل وفد روسي إلى دمشق»: the delegation is the actor, of that state («وفد روسي», not «روسي» alone)
        parties = [replace(parties[0], start=t.start, first=t.first)]
    for p in parties:
        p.text = doc.text[p.start : p.end]
    if answers_statement(t):
        # «ترد على الاتهامات الأميركية»: the nisba is the accusations', not the act's — whom the answer rejects
        rec = [*rec, *(p for p in parties if all(p.first != a.first for a in rec))]
        return src, rec, [*why, "the state of the accusations or statement answered («الاتهامات الأميركية») is the "
                                "recipient"]
    lo, hi = parties[0].first, parties[-1].last

    def apart(a: Arg) -> bool:
        return a.last < lo or a.first > hi

    src, rec = [a for a in src if apart(a)], [a for a in rec if apart(a)]
    if t.type in BILATERAL_TYPES and len(parties) > 1:
        return [parties[0]], [*parties[1:], *rec], [*why, "states named by nisba adjectives after the trigger: its parties"]
    return parties, rec, [*why, "a state's nisba adjective after the trigger («القصف الروسي»، «الانسحاب الأميركي»): "
                                "its source, the nearest evidence of who acts"]


def _demonym_ids(words: list[Word], args: list[Arg]) -> list[Arg]:
    """A role taken by a bare nisba adjective («واستهدف القصف التركي …» → «التركي») is that state (KB id)."""
    out = []
    for a in args:
        if a.actor is None and a.first < a.last:
            # «طائرات حربية روسية» is Russia's armed forces, as the KB alias «الطائرات الروسية» is
            forces = forces_phrase(words, a.first, a.last)
            out.append(replace(a, actor=forces[0], name_en=forces[1]) if forces is not None else a)
            continue
        hit = demonym_of(words[a.first].norm) if a.actor is None and a.first == a.last else None
        out.append(replace(a, actor=hit[0], name_en=hit[1]) if hit is not None else a)
    return out


_SPOKESMEN = word_set("extract", "_SPOKESMEN")
#: offices that speak for a body («المركز الإعلامي لـ«قسد»»، «المكتب الإعلامي لـ«الجبهة»»)
_MEDIA_OFFICES = frozenset({"المركز", "المكتب", "والمركز", "والمكتب"})


def _spokesmen(doc: Document, words: list[Word], actors: list[Arg]) -> list[Arg]:
    """«المتحدث باسم وزارة الدفاع التركية»، «ناطق باسم «الهيئة»»: the spokesman speaks for the body, one actor from the
    spokesman noun to the body's name, identified as the body.  A spokesman's phrase that is already an actor is
    left alone."""
    out = []
    for a in actors:
        k = a.first - 1
        while k > 0 and words[k].norm in _QUOTE_MARKS:
            k -= 1
        # (past its definite adjectives, «المتحدث الرسمي باسم …»; a media office speaks for its body too: «المركز
        # الإعلامي لـ«قسد»»، «المكتب الإعلامي لـ«الجبهة»»)
        j = k - 1
        while j >= 1 and j >= k - 2 and _nisba(words[j].norm) and words[j].norm not in _SPOKESMEN:
            j -= 1
        speaker = j >= 0 and ((words[k].norm == "باسم" and words[j].norm in _SPOKESMEN) or (
            words[k].norm in ("ل", "لـ") and j < k - 1 and words[j].norm in _MEDIA_OFFICES
            and words[j + 1].norm == "الاعلامي"))
        if k >= 1 and speaker and not any(b.first <= j <= b.last for b in actors):
            a = replace(a, start=words[j].start, first=j,
                        text=doc.text[words[j].start : a.end], origin=a.origin)
            a.start = _after_proclitic(doc.text, a.start, words[a.first])
            a.text = doc.text[a.start : a.end]
        out.append(a)
    return out




def _join_titles(doc: Document, words: list[Word], actors: list[Arg]) -> list[Arg]:
    """Join a title phrase to the person named right after it: «مندوب سوريا بشار الجعفري»، «وزير الخارجية
    السوري وليد المعلم» are one actor, not a subject and its object.  The joined actor keeps the KB identity
    of the person when there is one, else of the title phrase (the state or group it serves)."""
    titles = frame_cues().get("title_heads", frozenset())

    def joinable(a: Arg, b: Arg) -> bool:
        # «وزير الخارجية الأردني أيمن الصفدي»: nisba adjectives may stand between the title and the name, or
        # the place of the post («المبعوث الخاص إلى سوريا ستيفان …»، «سفير المملكة لدى مصر أحمد …»)
        if not (_person(b) and not _person(a) and matches_form(words[a.first].norm, titles)):
            return False
        gap = range(a.last + 1, b.first)
        if 0 <= len(gap) <= 2 and all(_nisba(words[x].norm) for x in gap):
            return True
        return (2 <= len(gap) <= 3 and words[gap[0]].norm in _POST_PREPS
                and all(words[x].kind == "word" for x in gap))

    if not titles:
        return actors
    # «سفير المملكة لدى مصر أحمد قطان»: the country of the post is an actor of its own between title and name
    actors = sorted(actors, key=lambda a: a.first)
    posted: list[Arg] = []
    k = 0
    while k < len(actors):
        a = actors[k]
        if k + 2 < len(actors):
            c, b = actors[k + 1], actors[k + 2]
            if (_person(b) and not _person(a) and not _person(c) and matches_form(words[a.first].norm, titles)
                    and c.first == a.last + 2 and words[a.last + 1].norm in _POST_PREPS and b.first == c.last + 1):
                posted.append(_fuse(doc, words, a, b))
                k += 3
                continue
        posted.append(a)
        k += 1
    return _join_pairs(doc, words, posted, joinable, chain=False)


def _titled_officials(doc: Document, words: list[Word], actors: list[Arg]) -> list[Arg]:
    """«المنسق الإقليمي للأمم المتحدة»، «الممثل الخاص للأمين العام»: a title word that is no actor, up to two adjectives
    and the organisation it serves written with «لـ/للـ» are one actor, the official, with the organisation's
    identity (before, the title was nothing and «للأمم المتحدة» a dative: the one addressed)."""
    titles = frame_cues().get("title_heads", frozenset())
    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    out = []
    for b in actors:
        j = b.first - 1
        if b.kind not in _ACTOR_KINDS or words[b.first].norm[:1] != "ل" or j < 0:
            out.append(b)
            continue
        while j >= 0 and b.first - j <= 3 and words[j].kind == "word" and words[j].norm.startswith("ال") and (
                not matches_form(words[j].norm, titles)) and j not in taken:
            j -= 1  # (the title's adjectives: «الإقليمي»، «الخاص»، «المقيم»)
        head = words[j].norm.removeprefix("و") if j >= 0 else ""
        if j >= 0 and j not in taken and words[j].kind == "word" and matches_form(head, titles) and b.first - j <= 3 and (
                head.startswith("ال") or j < b.first - 1):
            # (or a title in the construct state before its genitive: «منسق الشؤون الإنسانية للأمم المتحدة»)
            clitic = next((len(p) for p in _PROCLITICS if words[j].norm.startswith(p + "ال")), 0)
            start = words[j].start + skip_letters(doc.text, words[j].start, clitic)  # («بالأمين العام لـ…»: from «الأمين»)
            out.append(replace(b, start=start, first=j, text=doc.text[start : b.end]))
        else:
            out.append(b)
    return out


_POST_PREPS = frozenset({"الي", "في", "لدي", "لدى"})


def _join_pairs(doc: Document, words: list[Word], actors: list[Arg], joinable: Callable[[Arg, Arg], bool], *,
                chain: bool) -> list[Arg]:
    """The actors in text order with each ``joinable`` pair of neighbours fused into one (:func:`_fuse`); with
    ``chain``, a fused actor may join the next one in turn («ممثلين عن فصائل فرقة دمشق»)."""
    actors = sorted(actors, key=lambda a: a.first)
    out: list[Arg] = []
    k = 0
    while k < len(actors):
        a = actors[k]
        b = actors[k + 1] if k + 1 < len(actors) else None
        if b is not None and joinable(a, b):
            if chain:
                actors[k + 1] = _fuse(doc, words, a, b)
                k += 1
            else:
                out.append(_fuse(doc, words, a, b))
                k += 2
            continue
        out.append(a)
        k += 1
    return out


def _facing(words: list[Word], actors: list[Arg], src: list[Arg]) -> Arg | None:
    """The actor across a front line of the sentence: «خطوط التماس مع X»، «الجبهات مع X» (``front_nouns``)."""
    front = frame_cues()["front_nouns"]
    for a in actors:
        k = a.first
        if k >= 2 and words[k - 1].norm == "مع" and words[k - 2].norm in front and not any(a is b for b in src):
            return a
    return None




def _fuse(doc: Document, words: list[Word], a: Arg, b: Arg) -> Arg:
    """One actor spanning ``a`` and ``b`` (and the closing quote of a quoted name, «فصائل "جيش الفتح"»), identified
    as ``b`` when ``b`` is linked to the KB or ``a`` is not, else as ``a``."""
    inner = b if b.actor or a.actor is None else a
    last = b.last
    if last + 1 < len(words) and words[last + 1].norm in _QUOTE_MARKS and any(
            words[x].norm in _QUOTE_MARKS for x in range(a.last + 1, b.first)):
        last += 1
    end = words[last].end if last > b.last else b.end
    return Arg(start=a.start, end=end, text=doc.text[a.start : end], first=a.first, last=last, kind=inner.kind,
               actor=inner.actor, name_en=inner.name_en, origin=inner.origin, data=dict(inner.data))


def _nisba(w: str) -> bool:
    """A definite nisba adjective («الأردني»، «السورية»)."""
    return w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4


def _person(a: Arg) -> bool:
    return a.kind == "person" or a.data.get("type") == "person"


#: «(في) ما يسمى X» (the so-called X): the words of distance before a name, which link nothing of their own
_SO_CALLED_VERBS = frozenset({"يسمي", "تسمي"})
_SO_CALLED_LINKS = {"فيما": "في", "مما": "من", "عما": "عن"}


def _so_called(between: list[str]) -> list[str]:
    """The words between a member noun and a group without «ما يسمى» (so-called): «قيادي في ما يسمى «الجيش الوطني»»
    links «في» as «قيادي في «الجيش الوطني»» does; «فيما يسمى» is «في»."""
    if len(between) >= 2 and between[-1] in _SO_CALLED_VERBS:
        if between[-2] == "ما":
            return between[:-2]
        if between[-2] in _SO_CALLED_LINKS:
            return [*between[:-2], _SO_CALLED_LINKS[between[-2]]]
    return between


def _join_members(doc: Document, words: list[Word], actors: list[Arg]) -> list[Arg]:
    """Join a member phrase to the group it belongs to: «عناصر تنظيم داعش», «قيادات في الهيئة».

    An actor ending in a member or unit noun (``member_heads``: عناصر، مقاتلي، قيادات، رئيس …) followed
    at once, or after في/من/عن/التابع, by another actor becomes one actor spanning both, identified as the
    group (its ``kb_id``, name and attributes); the joined phrase may head the next one in turn.
    """
    heads = cues().get("member_heads", frozenset())

    def joinable(a: Arg, b: Arg) -> bool:
        if b.first <= a.last:
            return False
        # quote marks around a name do not separate it from its head («فصائل "جيش الفتح"»)
        between = _so_called(
            [words[x].norm for x in range(a.last + 1, b.first) if words[x].norm not in _QUOTE_MARKS])
        last = a.last
        if a.last == a.first + 1 and words[a.last].norm in _QUOTE_MARKS and (
                words[a.first].norm[:1] not in ("ل", "ب") or words[a.first].norm[1:] in _GROUP_HEADS):
            last = a.first  # (a one-word chunk that took the opening quote of the name: «فصائل «» + «الجبهة الوطنية للتحرير»)
        return (
            (_member_word(words[last].norm, heads)
             or (last > a.first and words[last].norm in _MEMBER_LINKS and _member_word(words[last - 1].norm, heads))
             # «مقاتلون من «قوات العشائر»»: a plural member noun with «من» is a part of the group after it
             or (between == ["من"] and _plural_member(words[last].norm, heads)))
            # (or a unit noun: «رئيس فرع «الأمن العسكري»», the quote mark having ended the chunk at «فرع»)
            and (not between or (len(between) == 1 and (between[0] in _MEMBER_LINKS or (
                _member_word(between[0], heads) and b.first > a.last + 2))))
            # a definite head governs no genitive: «واختطفت الحركة حاكم منطقة» is a subject and an object
            and (bool(between) or b.first > a.last + 1 or last < a.last or not _definite_word(words[last].norm))
        )

    return _join_pairs(doc, words, actors, joinable, chain=True) if heads else actors


def _place_dict(doc: Document, p: Any) -> dict[str, Any]:
    return {
        "text": doc.text[p.start : p.end], "start": p.start, "end": p.end, "geonameid": p.geonameid,
        "name_en": p.name_en, "admin1": p.admin1, "admin2": p.admin2, "country": p.country,
        "lat": p.lat, "lon": p.lon, "geo_precision": p.geo_precision, "_feature": p.feature,
    }


def _actor_dict(doc: Document, a: Arg) -> dict[str, Any]:
    d: dict[str, Any] = {"text": doc.text[a.start : a.end], "actor": a.actor, "name_en": a.name_en,
                         "start": a.start, "end": a.end, "_norm": norm(doc.text[a.start : a.end])}
    code = _acled_code(a.data)
    if code is not None:
        d["_category"] = code
    if a.actor and a.data.get("affiliation"):
        d["_affiliation"] = a.data["affiliation"]  # the parent actor («وفد روسي» RUS-MIL → RUS), for merging
    elif a.actor:
        known = default_kb().actor(a.actor)  # an id given by a rule («طائرات حربية روسية» → RUS-MIL)
        if known is not None and known.affiliation:
            d["_affiliation"] = known.affiliation
    return d


#: heads that agree with «ها» without its endings (ة, ات): plurals of things («الفصائل ومقاتليها») and «قسد» (قوات)
_FEMININE_PLURALS = word_set("extract", "_FEMININE_PLURALS")


def _owner(words: list[Word], actors: list[Arg], a: Arg) -> Arg | None:
    """The actor whose men an actor head with a possessive pronoun names («داهمت الدورية …، وأطلق عناصرها النار»:
    the patrol, not «تنظيم الدولة» or «الشاب» between): the nearest actor before it in the sentence that agrees with
    the pronoun — for «ها» a feminine noun in ة or ات or a plural of things, for «ه» none of these, for «هم» no
    feminine singular."""
    suf = pronoun_of(words, a)
    if suf is None:
        return None
    for c in sorted((c for c in actors if c.last < a.first), key=lambda c: -c.last):
        if pronoun_of(words, c) is not None:
            continue
        head = words[c.first].norm
        head = head[1:] if head[:1] in ("و", "ف") and len(head) > 3 else head
        feminine = head.endswith(("ه", "ات")) or head in _FEMININE_PLURALS
        if suf == "ها" and not feminine:
            continue
        if suf == "ه" and (feminine or head.endswith(("ون", "ين"))):
            continue
        if suf in ("هم", "هما") and head.endswith("ه") and not head.endswith("يه"):
            continue  # «هم» is not a feminine singular's («الدورية»)
        return c
    return None


def _members_dict(doc: Document, words: list[Word], actors: list[Arg], a: Arg) -> dict[str, Any]:
    """:func:`_actor_dict`, or, for the men of a named actor of the sentence («ونعت «قسد» ثلاثة من مقاتليها»، «أعلن
    حزب الله أن طائراته …»), that actor (light coreference); for the men of an unnamed one its dict is kept and the
    owner noted (``_owner``, used in merging)."""
    d = _actor_dict(doc, a)
    owner = _owner(words, actors, a)
    if owner is not None and owner.actor:
        return _actor_dict(doc, owner)
    if owner is not None:
        d["_owner"] = _actor_dict(doc, owner)
    return d


def _sized_name(text: str) -> bool:
    """Does a pattern's place name end in a size word («بلدة الصورة الكبيرة»)? The geocoder leaves such a name unplaced
    when the gazetteer holds only the shorter one (a town elsewhere): it is a place the gazetteer lacks."""
    words = text.split()
    return len(words) >= 2 and norm(words[-1]) in NAME_SIZES


def _acled_code(data: dict[str, Any]) -> int | None:
    """The ACLED actor code (1 state … 8 civilians) of a mention's KB attributes, if any."""
    for key in ("acled_inter", "category"):
        v = data.get(key)
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, int) or (isinstance(v, str) and v.isdigit()):
            return int(v)
    return None


#: the first words of a place told with its nearness («على أطراف X»، «في محيط X»، «قرب X»): no genitive of a noun
_NEAR_OPENERS = word_set("extract", "_NEAR_OPENERS")


#: verbs of the dead and wounded a relative clause names them by («الجنود الذين قُتلوا …»، «اللذين أصيبا …»), with
#: the verbs of those hurt (frames.HURT_VERBS)
_KILLED_VERBS = word_set("extract", "_KILLED_VERBS")
_FELL_VERBS = HURT_VERBS | _KILLED_VERBS
#: the prepositions of the act or place they fell in («الذين سقطوا في معارك المطار»، «قُتلوا على أطراف البلدة»)
_FELL_PREPS = word_set("extract", "_FELL_PREPS")
#: words of a funeral, a burial or mourning («وشُيّعت جثامين …»، «ووري الثرى …»، «نعت الفصائل …»)
_FUNERAL_WORDS = word_set("extract", "_FUNERAL_WORDS")


def _fell_in(words: list[Word], t: Trigger) -> bool:
    """Is the trigger the act the dead were hit in, told at their funeral in the relative clause on a definite noun that
    names them by it: the verb («شُيّعت جثامين الجنود الثلاثة الذين قُتلوا على أطراف قنفودة») or the noun after its
    preposition («وشيّعت مارع المقاتلين الأحد عشر الذين سقطوا في معارك المطار»)?  Those dead and the act were told
    before; the clause names who they are.  (Not a clause on a place or an act, which takes a pronoun after the verb:
    «المجزرة التي قُتل فيها …»; nor a verb with an object: «الذين قتلوا المدنيين»; nor a clause that recalls someone's
    death away from a funeral: «ابن عمه الذي قُتل في معارك العام الماضي» is a past act of its own.)"""
    n = len(words)
    if t.pos == "v":
        v = t.first
        if t.last + 1 >= n or words[t.last + 1].norm not in _FELL_PREPS:
            return False
    elif t.first >= 2 and words[t.first - 1].norm in _FELL_PREPS:
        v = t.first - 2
    elif t.first >= 1 and words[t.first].norm.startswith("بال"):
        v = t.first - 1
    else:
        return False
    if v < 2 or words[v].norm not in _FELL_VERBS or words[v - 1].norm not in cues()["relative"]:
        return False
    return any(w.norm.startswith("ال") for w in words[max(0, v - 4) : v - 1]) and any(
        proclitic_in(w.norm, _FUNERAL_WORDS, "وف") for w in words[: v - 1])


#: the forms of having taken part («شارك»، «شاركت»، «المشاركين»، «مشاركتهم»; with «و» or «بـ»: «بالمشاركة في …»)
_TAKING_PART_STEMS = ("شارك", "مشارك", "المشارك")


def _took_part_in(words: list[Word], t: Trigger) -> bool:
    """Is the event noun what someone took part in: right after «في» with a past or participle form of «شارك» before
    it, or one word between («ضابط شارك في الاقتحام»، «المديريات التي شاركت لجانها في المعارك»، «أحد المشاركين في
    المظاهرة»)?  The participant is the topic; the act was told before.  (Not a purpose or a plan — «للمشاركة في
    محادثات»، «سيشارك في الاجتماع» — which tells the act to come.)"""
    if t.pos == "v" or t.first < 2 or words[t.first - 1].norm != "في":
        return False
    for k in (t.first - 2, t.first - 3):
        if k >= 0 and words[k].kind == "word":
            w = words[k].norm
            w = w[3:] if w.startswith("بال") else w[1:] if w.startswith(("و", "ف", "ب")) else w
            if w.startswith(_TAKING_PART_STEMS):
                return True
    return False


def _anaphoric(words: list[Word], t: Trigger, fact_reason: str, place_starts: frozenset[int] = frozenset()) -> str | None:
    c = cues()
    if t.first > 0 and matches_form(words[t.first - 1].norm, c["elaboration_frames"]):
        return "elaboration frame تأتي/جاء"
    if t.type == "ASSAULT" and _fell_in(words, t):
        return FELL_IN
    if _took_part_in(words, t):
        return TOOK_PART
    if t.pos == "v" and "relative clause" in fact_reason:
        return RECALLED
    if t.pos in ("n", "p") and words[t.first].norm[:1] == "ب" and _welcomed(words, t):
        return "welcomed: the event named as what someone welcomed («رحّبت البعثة، في تدوينة، باتفاق وقف إطلاق النار»)"
    if t.pos in ("n", "p") and t.definite and t.first > 0 and (
            words[t.first - 1].norm in _BEHIND or _responsibility_for(words, t.first)):
        return ACCUSED
    if t.pos in ("n", "p") and t.definite and t.first > 0 and words[t.first - 1].norm in _DURING:
        return "circumstance: during the event named before («خلال الاجتماع»)"
    if t.pos in ("n", "p") and t.definite and t.first > 2 and words[t.first - 1].norm in ("من", "علي") and (
            words[t.first - 2].norm in _SPANS_OF_TIME and words[t.first - 3].norm.removeprefix("و") in ("بعد", "قبل")):
        return COUNTED_FROM
    if since_the_event(words, t):
        return COUNTED_FROM  # «يعيش ريف درعا منذ «التسوية» فوضى أمنية»
    if t.type == "CONSULT" and t.first > 1 and words[t.first - 2].norm in _DURING and (
            words[t.first - 1].norm in _MEETING_NOUNS):
        return "circumstance: talks held during the meeting named before («جرى خلال اللقاء بحث الأوضاع»)"
    if t.pos in ("n", "p") and t.first > 0 and proclitic_in(words[t.first - 1].norm, FOLLOW_UP_FRAMES, "وفب"):
        return FOLLOW_UP  # (definite or not: «وفي تفاصيل القصف على حي الشعار، …» goes back to the shelling told there)
    if t.pos in ("n", "p") and t.definite and not _instrument(words, t):
        return "definite event noun"
    if t.type in _TOLD_AGAIN_TYPES and (end := _incident_topic(words)) is not None and t.first > end:
        return FOLLOW_UP  # «وعن حادثة القارب، روى صاحبه أن رصاص القناصة انهمر عليهم»: the incident told again
    if (t.pos == "n" and t.last + 1 in place_starts and not words[t.first].norm.startswith(("ب", "ل"))
            and words[t.last + 1].norm not in _NEAR_OPENERS):
        # (not a place told with a preposition of nearness: «ثلاث غارات على أطراف مدينة بنت جبيل» is no «غارات صعدة»)
        return BY_PLACE
    if t.pos == "n" and _time_genitive(words, t.last + 1) and (
            words[t.first].norm[:1] in ("ب", "ل") or (t.first > 0 and proclitic_in(words[t.first - 1].norm, _TIME_REFERRERS, "وف"))):
        # (after a preposition: «ووقع هجوم أمس الجمعة على دورية» tells an attack, its time an adverb of the verb)
        return BY_TIME
    # (an indefinite noun after a bare «إثر/بسبب/عقب» is told there for the first time: «وفي قضاء سنجار، أُصيب اثنان …
    # إثر غارة لمسيّرة تركية استهدفت مقراً …» is a strike of its own, not the one told before elsewhere)
    if t.pos in ("n", "p") and t.first > 1 and (
            words[t.first - 1].norm in ("علي", "بسبب", "اثر", "عقب") and words[t.first - 2].norm in CAUSE_HEADS):
        return "the cause or occasion named («احتجاجاً على اعتقال …»، «على خلفية …»، «إثر …»)"
    return None


#: the phases of an event («في ختام الاجتماع»، «على هامش القمة»): the event named as the time of another act
_PHASE_NOUNS = word_set("extract", "_PHASE_NOUNS")


#: openers of a sentence that tells the other side («في المقابل»، «بالمقابل»، «أما التلفزيون الرسمي فزعم …»)
_OTHER_SIDE_OPENERS = word_set("extract", "_OTHER_SIDE_OPENERS")


def _other_version(words: list[Word], t: Trigger) -> bool:
    """Does the attack trigger stand in what the other side says, in a sentence opened by «في المقابل» (or «أما X
    ف…») and a verb of saying before the trigger («في المقابل، روت الوكالة أن «مجموعة» اعتدت على نقطة …»، «أما
    التلفزيون الرسمي فزعم أن «وحدات من الجيش» استهدفت …»)? Such a version tells the act told before, in the words
    of the side it accuses or of the one that did it."""
    if t.type != "ASSAULT" or t.pos == "n" or len(words) < 4:
        return False  # (a weapon named in the version, «ألقى عبوة ناسفة», is no act of its own)
    w0, w1 = words[0].norm, words[1].norm
    if not ((w0 in ("في", "وفي") and w1 == "المقابل") or w0 in _OTHER_SIDE_OPENERS):
        return False
    speech = cues()["speech_verbs"]
    return any(matches_form(w.norm.lstrip("وف"), speech) or w.norm.lstrip("وف").startswith(("زعم", "ادع", "روت", "روي"))
               for w in words[2 : t.first])


def _weapon_of_an_aggregate(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the weapon noun what an aggregate act before it in its clause was done with («منذ مطلع العام عشرات
    التفجيرات بالسيارات المفخخة والعبوات الناسفة»، «تفجيرات متكررة بعبوات ودراجات مفخخة»)?  The weapons of many acts
    tell no act of their own."""
    if t.type != "ASSAULT" or t.pos == "v" or norm(t.lemma) not in WEAPON_LEMMAS:
        return False
    for o in trigs:
        if (o.type == "ASSAULT" and o.pos != "v" and o.last < t.first <= o.last + 6
                and norm(o.lemma) not in WEAPON_LEMMAS
                and any(w.norm.startswith("ب") for w in words[o.last + 1 : t.first + 1])
                and not any(w.kind != "word" for w in words[o.last + 1 : t.first])
                and aggregate_since(words, o)):
            return True
    return False


#: a share of a group, as what is done to some of those counted («أُفرج عن معظمهم»، «أُطلق سراح أغلبهم»)
_SHARES_OF_THEM = word_set("extract", "_SHARES_OF_THEM")
_SHARE_HEADS = word_set("extract", "_SHARE_HEADS")
#: what tells a tally: a span counted from («منذ») or a word of estimating or counting («يقدّر»، «إحصاءات»، «وثّق»)
_TALLY_WORDS = word_set("extract", "_TALLY_WORDS")


def _release_of_a_share(words: list[Word], t: Trigger) -> bool:
    """Is the release that of a share of a group tallied before it in its sentence («يقدّر ناشطون عدد من اعتُقلوا
    … منذ آذار الماضي بأكثر من ألف وخمسمئة، أُفرج عن قسم منهم»، «اختُطفوا … منذ مطلع العام، أُطلق سراح أغلبهم»)? Each of
    them was released on its own day: a tally, no one release.  (Not a share of people counted on the day, with no
    tally: «واعتقلوا أكثر من ثلاثين شاباً أُفرج عن معظمهم بعد ساعات».)"""
    if t.type != "RETREAT" or t.mode != "release":
        return False
    after = words[t.last + 1 : t.last + 4]
    share = any(w.norm in _SHARES_OF_THEM for w in after) or any(
        a.norm in _SHARE_HEADS and b.norm == "منهم" for a, b in itertools.pairwise(after))
    return share and any(w.norm in _TALLY_WORDS for w in words[: t.first])


def _instrument(words: list[Word], t: Trigger) -> bool:
    """Is the weapon noun ``t`` the instrument of the sentence's act, with «بـ» or joined to one («… حاجزاً بالأسلحة
    الرشاشة والقذائف الصاروخية»)? It names how the act was done, not an act told before."""
    if norm(t.lemma) not in WEAPON_LEMMAS:
        return False
    w = words[t.first].norm
    return w.startswith("بال") or (w.startswith("وال") and any(
        x.norm.startswith("بال") for x in words[max(0, t.first - 3) : t.first]))


#: prepositions before an event noun with a genitive of time («وعن قصف أمس»، «جراء غارات فجر اليوم»، «بعد قصف ليل
#: أمس»)
_TIME_REFERRERS = frozenset({"عن", "جراء", "اثر", "بعد", "خلال", "في", "علي", "من", "الي", "بسبب", "عقب", "حول", "بشان",
                             "منذ", "اثناء"})
#: the types an incident named as a topic is told again by
_TOLD_AGAIN_TYPES = frozenset({"ASSAULT", "COERCE"})
_INCIDENT_OPENERS = frozenset({"عن", "وعن", "حول", "وحول"})
_INCIDENTS = frozenset(norm(w) for w in ("حادثة", "الحادثة", "حادث", "الحادث", "واقعة", "الواقعة"))
#: the incidents and acts a follow-up frame names («وفي سياق أحداث …»، «وفي تفاصيل الهجوم على …»، «وعن ملابسات …»)
_TOLD_INCIDENTS = frozenset(norm(w) for w in (
    "أحداث", "حادثة", "حادث", "واقعة", "هجوم", "اعتداء", "قصف", "غارة", "غارات", "تفجير", "انفجار", "اشتباكات",
    "مواجهات", "اقتحام", "مداهمة", "كمين", "نزاع", "معارك", "مجزرة", "جريمة", "عملية"))


def _frame_place(words: list[Word], places: list[Arg]) -> str | None:
    """The :func:`place_key` of the first place inside the frame a sentence opens with, up to its comma («وفي سياق
    أحداث كفر سعد، …»، «وفي تفاصيل القصف على حي الشعار، …»), or ``None``."""
    end = next((j for j in range(min(len(words), 12)) if words[j].norm in (",", "،")), None)
    if end is None:
        return None
    inside = [p for p in places if p.last < end]
    return place_key(norm(min(inside, key=lambda p: p.first).text)) if inside else None


def _incident_topic(words: list[Word]) -> int | None:
    """The comma that closes a topic the sentence opens with, an incident told before («وعن حادثة القارب، …»، «وفي
    تفاصيل ما جرى في السوق، …»), else ``None``."""
    if len(words) < 4:
        return None
    if words[0].norm in _INCIDENT_OPENERS and words[1].norm in _INCIDENTS:
        k = 2
    elif (words[0].norm in ("وفي", "في") and words[1].norm in FOLLOW_UP_FRAMES and words[2].norm in ("ما", "وما")
          and words[3].norm in ("جري", "حدث")):
        k = 4
    elif ((words[0].norm in ("وفي", "في") and words[1].norm in FOLLOW_UP_FRAMES)
          or (words[0].norm in _INCIDENT_OPENERS and words[1].norm == "ملابسات")) and (
            words[2].norm.removeprefix("ال") in _TOLD_INCIDENTS):
        k = 3  # «وفي سياق أحداث كفر سعد، …»، «وعن ملابسات الاقتحام، …»، «وفي سياق انفجار الشعانبي، …»
    else:
        return None
    return next((j for j in range(k, min(len(words), k + 8)) if words[j].norm in (",", "،")), None)


#: parts of a day that may stand before a genitive of time («فجر اليوم»، «ليل أمس»)
_DAY_PARTS = frozenset({"فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليله"})


def _time_genitive(words: list[Word], k: int) -> bool:
    """Is word ``k`` a genitive of time («أمس»، «اليوم»), or a part of a day before one («فجر اليوم»، «ليل أمس»)?"""
    if k < len(words) and words[k].norm in _DAY_PARTS:
        k += 1
    return k < len(words) and words[k].norm in _TIME_GENITIVES


#: verbs of welcoming and praising: what they name with بـ was told before
_WELCOMING = word_set("extract", "_WELCOMING")
def _welcomed(words: list[Word], t: Trigger) -> bool:
    """Is a verb of welcoming or praising up to 20 words before the noun, with no sentence punctuation between (its
    subject and a parenthetical may stand between: «رحّبت البعثة، في تدوينة على حسابها، باتفاق …»)?"""
    for k in range(t.first - 1, max(-1, t.first - 21), -1):
        if words[k].norm in CLAUSE_ENDS:
            return False
        if words[k].kind == "word" and matches_form(words[k].norm, _WELCOMING):
            return True
    return False


#: «خلال/أثناء الاجتماع»: what an actor did during an event named before; the actor took part in it
_DURING = frozenset({"خلال", "اثناء", "اثنا", "وخلال", "واثناء", "هامش"})
#: spans of time counted from an event («بعد ساعات من …»، «قبل يومين من …»), as normalised
_SPANS_OF_TIME = frozenset({"دقايق", "لحظات", "ساعه", "ساعتين", "ساعات", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين",
                            "اسابيع", "شهر", "شهرين", "اشهر"})
#: the types of deals and talks, named as a time («بعد ساعات على هدنة …») as often as told
_NAMED_AS_A_TIME_TYPES = frozenset({"AGREE", "CONSULT", "CONCEDE"})
#: the onset or end of a deal or talks between a span of time and its noun («قبل أيام من بدء المفاوضات»)
_ONSETS = word_set("extract", "_ONSETS")


#: the collapse of a deal («انهيار الهدنة»), and turning against one («الانقلاب على الهدنة»)
_COLLAPSE = frozenset({"انهيار", "وانهيار", "بانهيار", "لانهيار", "وبانهيار"})
#: the verb of a deal's collapse, before or after its noun («انهارت الهدنة»، «الهدنة تنهار»)
_COLLAPSED = word_set("extract", "_COLLAPSED")
_TURNING_AGAINST = frozenset({"الانقلاب", "بالانقلاب", "والانقلاب", "انقلاب", "الالتفاف", "بالالتفاف"})


def _deal_undone(words: list[Word], t: Trigger) -> bool:
    """Is the deal noun named as what collapsed or was turned against («انهيار هدنة البصيرة بعد عشرة أيام»، «بـ«الانقلاب
    على الهدنة»»): the deal's end, not the deal made?  (Decided when the event is built: the trigger stays among the
    sentence's triggers, which the detection model's features of its other events read.)"""
    if t.type not in ("AGREE", "CONCEDE") or t.pos != "n":
        return False
    k = t.first - 1
    if k >= 0 and (words[k].norm in _COLLAPSE or words[k].norm in _COLLAPSED):
        return True  # («انهيار هدنة …»، «وانهارت الهدنة بعد ساعات»)
    if k > 0 and words[k].norm == "علي" and words[k - 1].norm in _TURNING_AGAINST:
        return True
    # «وهدنة اللجنة الرئاسية تنهار بعد ساعات»: the deal noun, up to two words of its genitive, then the verb of collapse
    for w in words[t.last + 1 : t.last + 4]:
        if w.norm in _COLLAPSED:
            return True
        if w.kind != "word":
            return False
    return False


def _counted_from_noun(words: list[Word], k: int) -> bool:
    """Does the noun at word ``k`` follow «بعد/قبل» + a span of time + «من/على» («بعد ساعات على هدنة …»، «بعد أسابيع
    من المفاوضات»), with up to two words of its onset or end between («قبل أيام من بدء المفاوضات»، «بعد تسع ساعات فقط
    من بدء سريان وقف إطلاق النار»: a number before the span, «فقط» after it)?"""
    for _ in range(2):
        if k > 0 and words[k - 1].norm in _ONSETS:
            k -= 1
    m = k - 2  # the span, before «من/على»
    if m < 1 or words[k - 1].norm not in ("من", "علي"):
        return False
    if words[m].norm == "فقط":
        m -= 1
    if m < 1 or words[m].norm not in _SPANS_OF_TIME:
        return False
    if m > 1 and cardinal(words[m - 1].norm):
        m -= 1
    return words[m - 1].norm.removeprefix("و") in ("بعد", "قبل")


#: verbs of claiming an act («تبنّى التنظيم الهجوم»), and of announcing one's responsibility for it («أعلن»)
_CLAIMING = word_set("extract", "_CLAIMING")
_ANNOUNCING = word_set("extract", "_ANNOUNCING")


def _claimed_act(words: list[Word], t: Trigger) -> bool:
    """Is the trigger a definite act noun claimed: the object of «تبنّى» (quote marks and a named subject between:
    «تبنّت «عصابات داعش الإرهابية» التفجير»), or after «مسؤوليته/مسؤوليتها عن» with a verb of announcing or claiming
    within four words before («أعلنت الجماعة مسؤوليتها عن الهجوم»)?"""
    if t.pos == "v" or not t.definite:
        return False
    j = t.first - 1
    while j > 0 and words[j].norm in QUOTE_MARKS:
        j -= 1
    if j > 0 and words[j].norm == "عن" and words[j - 1].norm.startswith(_A_RESPONSIBILITY[:-1]):
        return any(proclitic_in(w.norm, _CLAIMING | _ANNOUNCING, "و") for w in words[max(0, j - 6) : j - 1])
    # the verb before the claimed noun, a named subject between (at most seven words, quotes included)
    return any(proclitic_in(w.norm, _CLAIMING, "و") for w in words[max(0, t.first - 8) : t.first])


def _responsibility_for(words: list[Word], k: int) -> bool:
    """Does «المسؤولية (المباشرة/الكاملة) عن» (or «مسؤولية» in construct) stand right before word ``k`` (quote marks
    skipped), put on someone by a verb of blaming: «وحمّلت الحملة التحالف الدولي المسؤولية المباشرة عن «المجزرة»»?"""
    j = k - 1
    while j > 0 and words[j].norm in QUOTE_MARKS:
        j -= 1
    if j > 0 and words[j].norm == _A_RESPONSIBILITY:
        # (or its construct, the verb further back past the one held responsible: «وحمّل المجلس، في بيان، «خلايا
        # تعمل لصالح …» مسؤولية الاغتيال»)
        return any(w.norm.lstrip("و").startswith(_BLAMING) for w in words[max(0, j - 25) : j])
    if not (j > 0 and words[j].norm == "عن"):
        return False
    r = next((x for x in range(j - 1, max(-1, j - 4), -1) if words[x].norm in _RESPONSIBILITY), None)
    # (blamed on someone: «وحمّلت الحملة التحالف المسؤولية عن …»; not claimed: «أعلنت الجماعة مسؤوليتها عن التفجير»
    # names who did it)
    return r is not None and any(w.norm.lstrip("و").startswith(_BLAMING) for w in words[max(0, r - 6) : r])


_RESPONSIBILITY = frozenset({norm("المسؤولية")})
_A_RESPONSIBILITY = norm("مسؤولية")
_BLAMING = (*BLAME_VERBS, norm("محمّل"))  # (and the participle: «محمّلاً X مسؤولية …»)


def _unnamed_subject(words: list[Word], lo: int, hi: int) -> Arg | None:
    """The words ``lo`` … ``hi - 1`` as a subject no list names («الحملة»، «اللجنة المحلية»): one to three words, the first
    definite, no punctuation or preposition among them; else ``None``."""
    gap = words[lo:hi]
    if not 1 <= len(gap) <= 3 or not gap[0].norm.startswith("ال") or any(
            w.kind != "word" or w.norm in ("في", "من", "علي", "الي", "عن", "مع") for w in gap):
        return None
    return Arg(start=gap[0].start, end=gap[-1].end, text="", first=lo, last=hi - 1, kind="actor", origin="chunk")


#: «خلال اللقاء»: the meeting told before
_MEETING_NOUNS = frozenset({"اللقاء", "الاجتماع", "الزياره", "الجلسه", "المباحثات", "المحادثات", "الاتصال"})
#: «بالوقوف وراء X»، «المسؤولية عن X» (in an accusation or a denial): X is an event told before
_BEHIND = frozenset({"وراء"})


def _fatalities(t: Trigger, quants: list[Arg]) -> tuple[int | None, str]:
    # a vague count of thousands («آلاف الشهداء»، «عشرات الآلاف») is a toll of a war, not of one event
    vals = [q for q in quants if q.kind in _FATAL_KINDS and q.data.get("value") is not None
            and not (q.data.get("vague") and q.data["value"] >= 1000)]
    if not vals or t.type not in ("ASSAULT", "PROTEST"):
        return None, ""
    figures = [q for q in vals if not q.data.get("vague")]
    q = min(figures or vals, key=lambda q: q.data["value"])
    if q.data.get("vague"):
        return int(q.data["value"]), f"vague killed count «{q.text}» (ACLED's figure for it)"
    return int(q.data["value"]), f"lowest killed count in the sentence «{q.text}»"


_KILLINGS = word_set("extract", "_KILLINGS")

#: «من دون أن تُسجَّل إصابات بشرية»، «لم يسفر عن وقوع ضحايا»، «دون وقوع إصابات»: no one hurt (normalised words)
_NO_CASUALTIES = re.compile(r"(?:^| )(?:و?(?:من )?دون|بدون|لم|ولم|عدم|لا) (?:\S+ ){0,3}?(?:اي )?(?:اصابات|اصابه|ضحايا|خساير بشريه)(?= |$)")
#: «اقتصرت الأضرار على الماديات»، «والأضرار تقتصر على الماديات»: material damage only
_DAMAGE_ONLY = re.compile(r"(?:^| )و?(?:اقتصرت|تقتصر|اقتصر|يقتصر) (?:\S+ )?علي (?:ال)?(?:ماديات|الاضرار الماديه|اضرار ماديه)(?= |$)")
#: «دون أنباء عن إصابات»، «لم ترد معلومات عن خسائر بشرية»: nothing is known, which is no zero
_NO_NEWS = frozenset({"انباء", "معلومات", "ترد", "ورود", "تفاصيل", "يعرف", "تعرف", "حصيله", "بعد"})
#: letters of words of death (a sentence holding one may tell a death with no count: no zero then)
_DEATH_STEMS = ("قتل", "استشهد", "استشهاد", "شهدا", "شهيد", "مصرع", "حتف", "قتيل", "جثه", "جثث", "جثت", "جثمان", "وفاه", "وفات", "توفي", "اعدم",
                "اعدام", "ضحايا", "ضحيه", "ارتقي", "ارتقا", "اردي", "اردت", "ذبح", "نحر", "اغتيل", "اغتال", "اغتيال")


def _no_one_killed(words: list[Word], quants: list[Arg]) -> tuple[str, bool]:
    """Why an attack's sentence tells that no one was killed, or ``""``: it says no one was hurt («من دون أن تُسجَّل
    إصابات بشرية»، «اقتصرت الأضرار على الماديات»; not «دون أنباء عن إصابات», which tells nothing), or it counts wounded
    and no word of death stands in it («ما أدى إلى إصابة طفلين») — ACLED's 0.  Second: does the sentence tell a death
    (with no count: «ما أدى إلى استشهاد وجرح عدد من المدنيين»), so that no other telling's 0 may stand for the event?"""
    text = " ".join(w.norm for w in words if w.kind == "word")
    m = _NO_CASUALTIES.search(text) or _DAMAGE_ONLY.search(text)
    if m and any(x in _NO_NEWS for x in m.group().split()):
        m = None
    rest = text[: m.start()] + text[m.end() :] if m else text
    if any(stem in rest for stem in _DEATH_STEMS) or any(q.kind in _FATAL_KINDS or q.kind == "casualties" for q in quants):
        return "", True
    if m:
        return f"no one hurt («{m.group().strip()}»)", False
    if any(q.kind == "wounded" for q in quants):
        return "wounded counted, no one reported killed", False
    return "", False


#: the verb of executing (a killing told by its act: «أعدم التنظيم ثلاثة شبان»)
_EXECUTE = norm("أعدم")


def _counted_object_of(words: list[Word], v: Arg) -> int | None:
    """The number that opens a victim phrase or stands right before it («ثلاثة شبان» → 3), if any (above one: a single
    victim is :func:`_one_killed`'s)."""
    for w in words[max(0, v.first - 1) : v.first + 1][::-1]:  # (the phrase's first word, then the one before it)
        n = parse_words(w.norm) if w.kind in ("word", "number") else None
        if n is not None:
            return n if n > 1 else None
    return None


def _one_killed(words: list[Word], t: Trigger, rec: list[Arg]) -> bool:
    """Is the trigger a killing (an assassination, «قتل/مقتل/مقتولاً») of one victim named by a singular noun phrase
    with no number («اغتال مسلحون القيادي فلان»، «قُتل الشيخ حمد»)?"""
    if t.type != "ASSAULT" or not (t.mode == "assassinate" or norm(t.lemma) in _KILLINGS) or len(rec) != 1:
        return False
    if after_attempt(words, t.first):
        return False  # «نجا المختار من محاولة اغتيال»: an attempt kills no one by its words
    head = words[rec[0].first]
    return (head.kind == "word" and not any(x.kind == "number" for x in words[rec[0].first : rec[0].last + 1])
            and not head.norm.endswith(("ين", "ون", "ات", "ان")) and not count_word(head.norm.lstrip("و")))


def _trigger_candidates(toks: list[Any], norms: list[str]) -> list[int]:
    """The indices of the word tokens that are a trigger form or begin a trigger phrase
    (``[i for i, t in enumerate(toks) if t.kind == "word" and may_trigger(norms[i])]``): find_triggers looks
    at no other word.  Reads :func:`may_trigger`'s memo table first."""
    table = _MAY_TRIGGER
    out = []
    for i, t in enumerate(toks):
        if t.kind == "word":
            n = norms[i]
            hit = table.get(n)
            if hit is None:
                hit = may_trigger(n)
            if hit:
                out.append(i)
    return out


def _words(text: str, toks: list[Any], norms: list[str]) -> list[Word]:
    """The sentence's :class:`Word` list (``norms``: the tokens' matching forms), each with its
    :func:`_noun_ending` (read from the memo table of the written forms first) and its written form:
    ``[Word(t.start, t.end, n, t.kind, _noun_ending(text, t.start, t.end), text[t.start:t.end]) for t, n in …]``.

    Every token of a sentence with a possible trigger becomes a word, so the words are made without calling
    the dataclass ``__init__`` (a third of the cost): a new ``Word`` gets each of its fields set directly."""
    table = _NOUN_ENDING
    new = object.__new__
    out = []
    for t, n in zip(toks, norms, strict=True):
        w = new(Word)
        w.start = start = t.start
        w.end = end = t.end
        w.norm = n
        w.kind = t.kind
        written = text[start:end]
        noun = table.get(written)
        w.noun_ending = noun if noun is not None else _noun_written.miss(written)
        w.text = written
        out.append(w)
    return out


#: the fields :func:`_words` sets (a field added to ``Word`` must be set there too)
_WORD_FIELDS = ("start", "end", "norm", "kind", "noun_ending", "text")


def extract_events(
    doc: Document, *, model: DetectModel | None = None, min_confidence: float = 0.0, keep_generic: bool = False
) -> list[Event]:
    """All events of a document (merged, in text order), in the spec format.

    Args:
        doc: a tokenised document (mentions, times, places, quantities used when present).
        model: the detection model scoring triggers (the shipped one when ``None``).
        min_confidence: events scoring below this are dropped.
        keep_generic: also return the events the rules call ``generic`` (habits, aggregates, general statements,
            acts named as the content of a charge: the spec's "not one event"). Off by default: they are not
            events of their own, and no annotator of the seed or the team's sets records one. Events the detection
            model relabelled ``generic`` (a low sentence score, often just a sentence read alone) are kept.
    """
    model = model or load_model()
    published_year = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
    mentions: list[Event] = []
    kinds: list[list[Any]] = [doc.mentions, doc.places, doc.times, doc.quantities]
    groups: list[list[list[Any]] | None] = []  # per kind, the items of each sentence (computed when needed)
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        toks = doc.sentence_tokens(sent)
        norms = [t.norm or norm(text[t.start : t.end]) for t in toks]
        cand = _trigger_candidates(toks, norms)
        if not cand:
            continue  # no word can be (or begin) a trigger: find_triggers would find none
        words = _words(text, toks, norms)
        trigs = find_triggers(words, cand)
        if not trigs:
            continue
        if not groups:
            groups = [_by_sentence(doc.sentences, items) for items in kinds]
        gm, gp, gt, gq = (g[si] if g is not None else _within(items, sent) for g, items in zip(groups, kinds, strict=True))
        trigs = _not_dispersal_by_fire(words, _not_sent_forces(words, _not_targets(words, _outside_names(gm, trigs, gp))))
        if not trigs:
            continue
        args = _sentence_args(doc, sent, words, (gm, gp, gt, gq))
        governments, args["places"] = capital_actors(words, trigs, args["places"])
        if governments:
            args["actors"] = sorted([*args["actors"], *governments], key=lambda a: a.first)
        speakers = [(a.first, a.last) for a in args["actors"]] + [
            ix for m in gm if m.kind == "source" and (ix := _index(words, m.start, m.end)) is not None]
        attrib, attrib_why = find_attribution(words, speakers)
        shared = _SentenceShared.of(args, trigs, words)
        built = [(t, _build(doc, si, sent, words, t, trigs, args, shared, attrib, attrib_why, model, published_year))
                 for t in trigs]
        sent_events = [(t, ev) for t, ev in built if ev is not None]
        _counted_from(sent_events)
        _shared_subjects(words, sent_events)
        _outcome_parties(words, sent_events)
        sent_events = [(t, ev) for t, ev in sent_events if not _loot_of_an_attack(words, t, sent_events)]
        sent_events = [(t, ev) for t, ev in sent_events if not (ev["_needs_subject"] and not ev["source"])]
        if sent_events:
            sentence_key = " ".join(w.norm for w in words)  # a repeated paragraph gives the same key
            for t, ev in sent_events:
                ev["_repeat_key"] = (sentence_key, t.first)
        _decide(sent_events, words, model, published=doc.published, place_starts=shared.place_starts)
        _both_sides_refer_back(words, sent_events, mentions)
        _released_by_the_holder(words, sent_events, mentions)
        _storming_told_again(sent_events, mentions)
        sent_events = [(t, ev) for t, ev in sent_events if not (ev["_needs_holder"] and not ev["source"])]
        _victims_of_the_event_named(words, sent_events)
        mentions.extend(ev for _t, ev in sent_events)
    _going_on_since(doc, mentions)
    _assign_dates(doc, mentions)
    _count_back(doc, mentions)
    _dated_long_ago(doc, mentions)
    topics = _mark_new_topics(doc, mentions)
    _inherit_places(doc, mentions, topics)
    events = merge_events(mentions)
    _tolls_told_in_detail(doc, events, {m["_sent"] for m in mentions if m["type"] == "ASSAULT"})
    for e in events:
        _corroborated(doc, e, model)
        _doubted_but_told(doc, e)
        _not_yet(doc, e)
    fill_counterparts(events, text=doc.text)
    out: list[Event] = []
    for e in events:
        drop_self_sources(e)
        if not e["recipient"] and e.get("_object") is not None:
            e["recipient"] = [e["_object"]]
            e["why"]["actors"] = [*e["why"]["actors"], "what the attack's result damaged («ما أدى إلى دمار في X»)"
                                  if e["_object"].pop("_damaged", False) else
                                  "the one asked, no actor: the words between the verb and what is asked («وطالبوا محافظة "
                                  "إدلب بـ…»)" if e["type"] == "REQUEST" else
                                  "what the attack hit, no actor («استهدفت … قافلة شاحنات»، «تعرّض مخفر لقذائف»، «غارات على مخابئ»)"]
        if e["confidence"] < min_confidence or (not keep_generic and (
                _rule_generic(e) or _standing_agreement(e) or _reference_only(doc, e) or _time_reference_only(e))):
            continue
        e["acled"] = acled_view(e)
        out.append(e)
    for n, e in enumerate(out):
        e["id"] = f"{doc.id}#{n}"
        for a in (*e["source"], *e["recipient"]):
            _whole_quotes(doc.text, a)
    return [_public(e) for e in out]


def _tolls_told_in_detail(doc: Document, events: list[Event], told: set[int]) -> None:
    """A death toll told in a sentence with no attack of its own, under a follow-up frame («وفي تفاصيل ما جرى عند
    مفرق X، أوضح مصدر طبي أن المشفى استقبل جثتي شابين»; «وفي تفاصيل الاعتداء على X، روى أحد سكان … . وقال مدير
    المشفى إن المشفى استقبل جثامين ثلاثة شهداء»), is one more report of the attack the frame tells in detail: the
    attack's fatalities keep the lowest figure (ACLED), the sentence joins its evidence (in place).

    The frame opens the sentence itself or the first sentence of its paragraph, at most two sentences before; the attack
    is the one that first sentence told (when it tells one), else the one told at the place the frame names, else (a
    frame naming no place: «وفي تفاصيل الحادث، …») the latest attack told before. A headline naming only the toll
    («ثلاثة قتلى على الأقل في جولة عنف جديدة») reports the attack of the lead below it."""
    assaults = [e for e in events if e["type"] == "ASSAULT"]
    if not assaults or not doc.quantities:
        return
    text, sents = doc.text, doc.sentences
    tolls: dict[int, list[Any]] = {}
    for q in doc.quantities:
        if q.kind in _FATAL_KINDS and q.value is not None and not q.vague:
            si = doc.sentence_index(q.start)
            if si is not None and si not in told:
                tolls.setdefault(si, []).append(q)
    for si, qs in tolls.items():
        first = si  # the first sentence of the paragraph
        while first > 0 and "\n" not in text[sents[first - 1].end : sents[first].start]:
            first -= 1
        target = None
        if si == 0 and len(sents) > 1 and "\n" in text[sents[0].end : sents[1].start]:
            # a headline naming only the toll («ثلاثة قتلى على الأقل في جولة عنف جديدة»): the lead's attack
            lead = sents[1]
            target = next((e for e in assaults if _spans_overlap(e, lead.start, lead.end)), None)
        frame = si if _opens_follow_up(doc, si) else first if 0 < si - first <= 2 and _opens_follow_up(doc, first) else None
        if frame is not None and frame < si:
            fs = sents[frame]
            target = next((e for e in assaults if _spans_overlap(e, fs.start, fs.end)), None)
        if frame is not None and target is None:
            key = _frame_place_key(doc, frame)
            target = next((e for e in assaults if key and (
                place_key(norm(str((e.get("location") or {}).get("text") or ""))) == key)), None) if key else next(
                (e for e in reversed(assaults) if e["evidence"]["start"] < sents[si].start), None)
        if target is None and frame is None and _hospital_took_in(doc, si):
            # «وقال مصدر طبي في مستشفى سنجار العام إن المستشفى تسلّم جثتين متفحمتين»: the bodies of the article's one
            # deadly attack, however far below it
            deadly = [e for e in assaults if e.get("fatalities") and e["evidence"]["start"] < sents[si].start]
            target = deadly[0] if len(deadly) == 1 else None
        if target is None:
            continue
        q = min(qs, key=lambda q: q.value)
        before = target.get("fatalities")
        target["fatalities"], target["_fat_vague"] = merged_fatalities(
            (before, bool(target.get("_fat_vague"))), (int(q.value), False))
        if target["fatalities"] != before:
            target["why"]["fatalities"] = f"lowest killed count «{q.text}», in a sentence telling the attack in detail"
        s = sents[si]
        spans = target["evidence"].setdefault("spans", [])
        if [s.start, s.end] not in spans:
            spans.append([s.start, s.end])


#: a hospital's taking in the dead («استقبل المشفى»، «تسلّم المستشفى»، «وصلت إلى المستشفى»; the hospitals are
#: ``_HOSPITALS``, below with the patients a hospital takes in)
_TOOK_IN = word_set("extract", "_TOOK_IN")


def _hospital_took_in(doc: Document, si: int) -> bool:
    """Does sentence ``si`` tell of a hospital taking in the dead (a hospital word and a verb of taking in), with no
    town they came from («استقبل المشفى جثتي شابين من بلدة مجاورة» may be of another act)?"""
    ws = [t.norm or norm(doc.text[t.start : t.end]) for t in doc.sentence_tokens(doc.sentences[si])]
    if any(a == "من" and b in SETTLEMENT_HEADS for a, b in itertools.pairwise(ws)):
        return False
    return bool(set(ws) & _HOSPITALS) and any(w.removeprefix("و") in _TOOK_IN for w in ws)


def _opens_follow_up(doc: Document, si: int) -> bool:
    """Does sentence ``si`` open with a follow-up frame («وفي تفاصيل/سياق …»، «وعن حادثة …»)?"""
    toks = doc.sentence_tokens(doc.sentences[si])[:4]
    ws = [t.norm or norm(doc.text[t.start : t.end]) for t in toks]
    return len(ws) > 2 and ((ws[0] in ("وفي", "في") and ws[1] in FOLLOW_UP_FRAMES) or (
        ws[0] in _INCIDENT_OPENERS and (ws[1] in _INCIDENTS or ws[1] == "ملابسات")))


def _frame_place_key(doc: Document, si: int) -> str | None:
    """The :func:`place_key` of the first place a sentence's opening frame names, up to its comma, or ``None``."""
    s = doc.sentences[si]
    comma = next((t.start for t in doc.sentence_tokens(s)[:12] if doc.text[t.start : t.end] in (",", "،")), None)
    if comma is None:
        return None
    inside = [p for p in doc.places if s.start <= p.start < comma]
    return place_key(norm(min(inside, key=lambda p: p.start).text)) if inside else None


def _spans_overlap(e: Event, start: int, end: int) -> bool:
    ev = e["evidence"]
    return any(a < end and start < b for a, b in [(ev["start"], ev["end"]), *ev.get("spans", [])])


#: opening quote marks and the mark that closes each
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def _whole_quotes(text: str, a: dict[str, Any]) -> None:
    """An actor's text with its quotation marks whole (in place): a name cut before its closing mark gets it (the span
    «عناصر «داعش» becomes «عناصر «داعش»»), an opening mark left alone at its end is taken off («قوات «» → «قوات»)."""
    start, end = a.get("start"), a.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return
    span = text[start:end]

    def unclosed(s: str, opening: str) -> bool:
        closing = _QUOTE_PAIRS[opening]
        return s.count(opening) % 2 == 1 if opening == closing else s.count(opening) > s.count(closing)

    bare = span.rstrip()
    if bare and bare[-1] in _QUOTE_PAIRS and unclosed(bare, bare[-1]):
        end = start + len(bare[:-1].rstrip())  # («قوات «» → «قوات»)
    else:
        opening = next((q for q in _QUOTE_PAIRS if unclosed(span, q)), None)
        if opening is not None and end < len(text) and text[end] == _QUOTE_PAIRS[opening]:
            end += 1
    if end != a["end"] and end > start:
        a["end"] = end
        a["text"] = text[start:end]


def _contrast_opener(words: list[Word], t: Trigger, reach: int | None = None) -> tuple[int, int] | None:
    """The nearest «فيما/بينما/في حين» before the trigger (within ``reach`` words when given): the index of its first
    word and of its last («في حين» is two)."""
    lo = -1 if reach is None else max(-1, t.first - reach - 1)
    k = next((k for k in range(t.first - 1, lo, -1) if contrast_at(words, k)), None)
    if k is None:
        return None
    return k, k + 1 if words[k].norm in ("في", "وفي") else k


def _sourceless_contrast(words: list[Word], t: Trigger) -> int | None:
    """The offset of the «فيما/بينما/في حين» right before the trigger's clause when the trigger, with no source, opens
    it: the verb right after the opener, or the noun right after the opener's verb («في حين سقطت قذيفة …»)."""
    opener = _contrast_opener(words, t, reach=3)
    if opener is None:
        return None
    k, opener_end = opener
    return words[k].start if t.first == opener_end + (1 if t.verbal else 2) else None


def _contrast_start(words: list[Word], t: Trigger, src: list[Arg], how: str | None) -> int | None:
    """The offset of the «فيما/بينما/في حين» that opens the trigger's own clause with its own subject (a verb's after
    it, a noun right after the opener's verb and its subject, or a noun subject of that verb with its owner after it),
    or ``None``."""
    # (a verb phrase with a gap is a verb: «في وقت دفع المجلس الانتقالي بتعزيزات …»)
    verbal = t.verbal
    genitive = bool(src) and not verbal and how == "genitive" and t.last < src[0].first <= t.last + 3
    if not src or not (
            (verbal and (how == "VSO" or t.last < src[0].first <= t.last + 2))
            or (not verbal and how == "subject" and src[0].last < t.first) or genitive):
        # (a verb's subject right after it, however found: «فيما قصفت المدفعية التركية …», the attacker named by the
        # nationality of the guns)
        return None
    opener = _contrast_opener(words, t)
    if opener is None:
        return None
    k, opener_end = opener
    if genitive:
        # the noun is the subject of the opener's verb (right after it, or one word further), its owner the genitive
        # after it: «في حين طالت قذائف مدفعية الفرقة الرابعة المزارع»
        return words[k].start if opener_end + 2 <= t.first <= opener_end + 3 else None
    if not verbal and not (opener_end + 2 <= src[0].first <= opener_end + 3 and _counted_object(words, src[0].last, t)):
        # (the noun only right after «فيما + verb + subject»: «فيما ألقت مروحيات النظام براميل متفجرة»; the actor may be
        # the owner of the subject's vehicle, and a count may stand before the noun: «فيما ألقت مروحيات النظام ستة براميل»)
        return None
    return words[k].start


def _counted_object(words: list[Word], subject_end: int, t: Trigger) -> bool:
    """Does the trigger noun follow the subject ending at word ``subject_end``: right after it, or after one count word
    («ستة براميل») or one definite adjective of the subject («طائرات النظام المروحية براميل»)?"""
    if t.first - subject_end - 1 != 1:
        return t.first == subject_end + 1
    w = words[subject_end + 1]
    return w.kind == "number" or count_word(w.norm) or (w.kind == "word" and _nisba(w.norm))


def _rule_generic(e: Event) -> bool:
    """Is the event generic, with a mention the rules call generic (not only the detection model) and no mention
    told as asserted or reported?"""
    facts = mention_facts(e)
    return (e["factuality"] == "generic" and any(f == "generic" and rule is None for f, rule, _ in facts)
            and not any(f in ("asserted", "reported") for f, _, _ in facts))


def _standing_agreement(e: Event) -> bool:
    """Is the event an agreement named only as one in force or signed long ago, in background («رغم سريان اتفاق
    «خفض التصعيد»»، «الدولتين الضامنتين لاتفاق سوتشي»، «اتفاق ستوكهولم الموقّع أواخر عام 2018»): a historical noun
    mention, never told as asserted or reported? The agreement is a standing thing the report refers to, not an
    act of agreeing it tells."""
    return (e["type"] in ("AGREE", "CONCEDE") and e["factuality"] == "historical" and (
        e.get("_pos") != "v" or named_in_force(e))
            and not any(f in ("asserted", "reported") for f, _, _ in mention_facts(e)))


_BOTH_SIDES = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين", "والطرفان", "والطرفين"})


def _both_sides_refer_back(words: list[Word], sent_events: list[tuple[Trigger, Event]], earlier: list[Event]) -> None:
    """«وتوصل الطرفان إلى اتفاق»: «the two sides» with no actor of its own are the two sides of the last event told
    with two sources (a clash «بين X و Y», talks between two delegations)."""
    for t, ev in sent_events:
        if (ev["source"] and not _sides_only(ev["source"])) or not any(
                w.norm in _BOTH_SIDES for w in words[max(0, t.first - 8) : t.last + 4]):
            continue
        sides = next((e["source"] for e in reversed(earlier) if len(e.get("source") or []) >= 2), None)
        if sides is None:
            continue
        ev["source"] = [dict(a) for a in sides]
        ev["why"]["actors"] = [*ev["why"]["actors"], "«الطرفان» (the two sides): the sides of the last two-sided event"]


#: the acts of holding someone (an abduction, an arrest): who holds them is who releases them
_HOLDING = frozenset({("ASSAULT", "abduct"), ("COERCE", "arrest")})
#: the held named by what held them: the abducted by an abduction (ASSAULT), the arrested by an arrest (COERCE)
_HELD_BY = {norm(w): typ for typ, words in (("ASSAULT", ("مخطوف", "مختطف", "مخطوفين", "مختطفين", "مخطوفون", "مختطفون")),
                                             ("COERCE", ("معتقل", "معتقلين", "معتقلون", "موقوف", "موقوفين", "موقوفون")))
            for w in words}


def _released_by_the_holder(words: list[Word], sent_events: list[tuple[Trigger, Event]], earlier: list[Event]) -> None:
    """«وأُفرج عن المخطوف مساء اليوم»: a release with no actor of its own is the act of those who held the released —
    the source of the last abduction or arrest told before it in the article (not denied, planned, supposed or rumoured);
    «ثم أُفرج عنه» with no one named frees the one that act held."""
    for t, ev in sent_events:
        of_him = t.last + 1 < len(words) and words[t.last + 1].norm in FROM_HIM
        if ev["type"] != "RETREAT" or ev.get("mode") != "release" or (ev["source"] and (ev["recipient"] or not of_him)):
            continue
        before = [*earlier, *(e for t2, e in sent_events if t2.first < t.first)]  # («… قد خطفوا موظفاً قبل أن يُطلق سراحه»)
        # («عن خمسة مخطوفين»: those abducted were held by an abduction, «عن المعتقلين» by an arrest)
        held_by = next((_HELD_BY[x] for w in words[t.last + 1 : t.last + 5] for x, _ in stems(w.norm) if x in _HELD_BY), None)
        holder = next((e for e in reversed(before) if (e["type"], e.get("mode")) in _HOLDING and e["source"]
                       and held_by in (None, e["type"])
                       and e["factuality"] not in ("negated", "planned", "hypothetical", "rumored")), None)
        if holder is None:
            continue
        if not ev["source"]:
            ev["source"] = [dict(a) for a in holder["source"]]
            ev["why"]["actors"] = [*ev["why"]["actors"], "a release with no actor: those who held them (the source of "
                                   "the last abduction or arrest told before it)"]
        held = holder["recipient"] or ([holder["_object"]] if holder.get("_object") is not None else [])
        if not ev["recipient"] and held and of_him and not _same_args(held, ev["source"]):
            ev["recipient"] = [dict(a) for a in held]  # «ثم أُفرج عنه»: the one that act held
            ev["why"]["actors"] = [*ev["why"]["actors"], "«عنه/عنهم» after the release: those the abduction or arrest held"]


def _storming(e: Event) -> bool:
    """Is the event's trigger a form of «اقتحم/اقتحام» (storming)?"""
    return any(x in STORMING for w in norm(e["evidence"]["trigger"]["text"]).split() for x, _ in stems(w))


def _storming_told_again(sent_events: list[tuple[Trigger, Event]], earlier: list[Event]) -> None:
    """«وقال مدير المشفى إن الاقتحام أسفر عن مقتل الحارس» after «اقتحام مسلحين ملثمين … مشفى «الرحمة»» (an assault by
    the gunmen who stormed): a definite storming noun with no actor of its own, told after a storming read as an
    attack, is that attack again — it takes its type, so it can be merged into it, not a raid of its own."""
    storming = [(t, ev) for t, ev in sent_events if norm(t.lemma) in STORMING]
    if not storming:
        return
    last = next((e for e in reversed(earlier) if _storming(e)), None)
    for t, ev in storming:
        if (last is not None and last["type"] == "ASSAULT" and ev["type"] == "COERCE" and t.definite
                and ev["_anaphoric"] and not ev["source"] and not ev["recipient"]):
            ev["type"], ev["mode"] = "ASSAULT", None
            ev["why"]["trigger"] = [*ev["why"]["trigger"], "the storming told before was an attack: this is it again"]
        last = ev


#: exchanges («تبادل»، «مبادلة») and what they hand over («جثث»، «معتقلين»، «أسرى»)
_EXCHANGES = frozenset({"تبادل", "مبادله"})
_EXCHANGED = word_set("extract", "_EXCHANGED")


def _exchanged(words: list[Word], a: Arg) -> bool:
    """Does the actor phrase ``a`` open with what an exchange hands over («جثث»، «معتقلين»، «أسرى»)?"""
    w = words[a.first].norm
    return proclitic_in(w, _EXCHANGED, "و") or proclitic_in(w.removeprefix("ال"), _EXCHANGED, "و")


#: the buses or convoys of an evacuation («دفعة ثانية من الحافلات»، «قافلة مضايا»)
_EVACUATION_VEHICLES = word_set("extract", "_EVACUATION_VEHICLES")


def _buses_leaving(words: list[Word], t: Trigger) -> bool:
    """Is the trigger a departure («تنطلق»، «خرجت») whose subject, within six words after it, is an evacuation's buses
    or convoy («ومن المقرر أن تنطلق دفعة ثانية من الحافلات صباح غدٍ»)? They anchor the act, no actor or place named."""
    return t.type == "RETREAT" and t.pos == "v" and any(
        proclitic_in(w.norm, _EVACUATION_VEHICLES, "و") for w in words[t.last + 1 : t.last + 7] if w.kind == "word")


def _sides_only(args: list[dict[str, Any]]) -> bool:
    """Are the actors only «the two sides» (the knowledge base's description «الطرفان»، «الطرفين»)?"""
    return all(norm(a.get("text") or "") in _BOTH_SIDES for a in args)


#: «بمقتل اثنين في الهجوم»، «جراء القصف»: the prepositions that put a killing inside an event named right after it
_INSIDE = frozenset({"في", "خلال", "اثناء", "جراء", "جرا"})
_INSIDE_REACH = 8  # words from the killing to the event noun


def _victims_of_the_event_named(words: list[Word], sent_events: list[tuple[Trigger, Event]]) -> None:
    """«وأقرّت «قسد» بمقتل اثنين من مقاتليها في الهجوم»: a killing told inside a definite event noun of its type that
    refers back (the attack told before) is a detail of that event, not a new one — it takes the noun's reference."""
    for n, (t, ev) in enumerate(sent_events):
        if ev["type"] != "ASSAULT" or ev.get("_anaphoric") or norm(t.lemma) not in _KILLINGS:
            continue
        for t2, ev2 in sent_events[n + 1 :]:
            if t2.first - t.last > _INSIDE_REACH:
                break
            if (ev2["type"] == "ASSAULT" and t2.pos != "v" and t2.definite and t2.first > 0
                    and words[t2.first - 1].norm in _INSIDE and str(ev2.get("_anaphoric") or "").startswith("definite")):
                ev["_anaphoric"] = "circumstance: the victims of the event named right after («بمقتل اثنين في الهجوم»)"
                break


_BUT_THEY = frozenset({"لكنهم", "ولكنهم", "لكنهما", "ولكنهما"})
_BUT_HE_SHE = frozenset({"لكنه", "ولكنه", "لكنها", "ولكنها"})


def _after_comma_and(words: list[Word], t: Trigger) -> bool:
    """Is the trigger a verb written with «و» right after a comma («…، ودعا …»): a clause joined to the one before? (Also
    a verb phrase with a gap: «…، وأطلقوا سراحه بعد ساعات».)"""
    return t.verbal and comma_and(words, t)


#: «فيما/بينما» before a present-tense verb: what goes on meanwhile, a background
_WHILE = frozenset({"فيما", "بينما"})


def _standing_charge(words: list[Word], t: Trigger, actors: Sequence[Arg]) -> bool:
    """Is the present-tense «يتهم/تتهم» a charge that stands rather than one made: in the background after «فيما/بينما»
    («فيما تتهم الرابطة الفصائل بـ…»), passive with no accuser («يُتّهم صاحبه بالتهريب»), or a relative clause that
    describes an indefinite noun — written with tanween («تلا حكماً يتهم الشاب بـ…»), or named before a verb whose
    object pronoun is that noun, the verb's subject after it («منزلاً لأسير تتهمه سلطات الاحتلال بـ…») or the noun a
    plural in «ين», which no subject is written in («تسليم ستة مطلوبين يتهمهم بـ…»)? A past «اتهم» and a headline's
    «X يتهم Y» stay (so does «X يتهمه»: a pronoun object alone does not tell a relative clause from a subject's verb)."""
    w = words[t.first]
    if not present_tense(w.norm, t.lemma):
        return False
    written = w.text[1:].lstrip(VOWEL_MARKS) if w.text[:1] in ("و", "ف") else w.text  # («وَيُتّهم»)
    if written[:1] in ("ي", "ت") and written[1:2] == "\u064f":
        return True  # (a damma on the prefix: the passive «يُتّهم»)
    if t.first == 0:
        return False
    prev = words[t.first - 1]
    if prev.norm in _WHILE:
        return True
    if prev.kind == "word" and object_suffix(w.norm, t.lemma) and (
            any(a.first == t.last + 1 for a in actors)
            or (prev.norm.endswith("ين") and len(prev.norm) >= 6 and prev.norm[:1] != "و")):
        return True
    return prev.kind == "word" and prev.text.endswith("ً")


def _joined_to_a_verb(words: list[Word], t: Trigger, trigs: Sequence[Trigger]) -> bool:
    """Is the verb joined by «و» to a verb trigger before it in its sentence, after a comma («وأدان المكتب …،
    ودعا «جميع الأطراف» إلى …»)?  Its subject is that verb's (:func:`_shared_subjects`), not missing."""
    # (a verb phrase with a gap heads its clause too: «وحمّلت الحركة قيادة الجيش المسؤولية …، وتوعّدت بأن …»)
    return _after_comma_and(words, t) and any(o.verbal and o.last < t.first for o in trigs)


#: «توصّل» (reached), whose «إلى» complement an agreement is
_REACHED = frozenset({"توصل", "توصلت", "توصلوا", "توصلا", "توصلتا"})


def _reached_in_a_joined_clause(words: list[Word], t: Trigger, trigs: Sequence[Trigger]) -> bool:
    """Is the agreement noun the «إلى» complement of «وتوصّل» joined after a comma to a verb trigger before it
    («استقبل الوالي أعيان الأحياء، وتوصّل معهم، حسب بيان للولاية، إلى اتفاق …»)? Its parties are that verb's subject
    and the ones «معهم» names, not missing."""
    if t.type != "AGREE" or t.pos == "v":
        return False
    for k in range(t.first - 1, max(0, t.first - 12), -1):
        w = words[k].norm
        if w in CLAUSE_ENDS:
            return False
        if w[:1] == "و" and w[1:] in _REACHED:
            return words[k - 1].norm in (",", "،") and any(o.verbal and o.last < k for o in trigs)
    return False


def _but_they(words: list[Word], t: Trigger) -> bool:
    """Does «لكنهم/لكنه/لكنها» or «إلا/غير أنهم» stand right before the verb (its subject is the one before)?"""
    if t.first < 1:
        return False
    before = words[t.first - 1].norm
    return before in _BUT_THEY or before in _BUT_HE_SHE or (
        before in ("انهم", "انه", "انها") and t.first >= 2 and words[t.first - 2].norm in ("الا", "غير"))


def _loot_of_an_attack(words: list[Word], t: Trigger, sent_events: list[tuple[Trigger, Event]]) -> bool:
    """Is the seizure ``t`` told after an attack of its sentence, with no contrast between («قتلوا أكثر من عشرين من
    عناصر النقطة واستولوا على أسلحتهم»، «مسلحين هاجموا مشروعاً زراعياً … واستولوا على محصول السمسم»)? What attackers
    take is part of the attack, not an act of its own."""
    if t.type != "COERCE" or t.mode != "seize":
        return False  # (a confiscation by the authorities after a clash, «وضبطت القوات كمية من المخدرات», is theirs)
    attack = next((x for x, _ in sent_events if x.type == "ASSAULT" and x.last < t.first), None)
    return attack is not None and not any(contrast_at(words, k) for k in range(attack.last + 1, t.first))


#: verbs of an outcome («أسفر الاجتماع عن …»، «تمخّض اللقاء عن …»، «انتهى إلى …»)
_OUTCOME_VERBS = frozenset(norm(w) for w in ("أسفر", "أسفرت", "تمخض", "تمخضت", "انتهى", "انتهت", "خلص", "خلصت",
                                             "توج", "توجت", "تكلل", "تكللت"))


def _meeting_outcome(words: list[Word], t: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """The meeting an agreement is the outcome of: «عقد … اجتماعاً مع شيوخ العشيرتين، أسفر عن الاتفاق على «عطوة»» —
    an outcome verb and «عن/إلى» right before the agreement, a meeting trigger before them in the sentence."""
    if t.first < 2 or words[t.first - 1].norm not in ("عن", "الي", "إلى") or (
            not conj_in(words[t.first - 2].norm, _OUTCOME_VERBS)):
        return None
    return next((m for m in reversed(trigs) if m.type == "CONSULT" and m.last < t.first - 2), None)


def _outcome_parties(words: list[Word], sent_events: list[tuple[Trigger, Event]]) -> None:
    """An agreement that is a meeting's outcome, with no party of its own, has the meeting's parties."""
    for t, ev in sent_events:
        if t.type != "AGREE" or ev["source"] or ev["recipient"]:
            continue
        m = _meeting_outcome(words, t, [x for x, _ in sent_events])
        meeting = next((e for x, e in sent_events if x is m), None)
        if meeting is not None and (meeting["source"] or meeting["recipient"]):
            ev["source"], ev["recipient"] = list(meeting["source"]), list(meeting["recipient"])
            ev["why"]["actors"] = [*ev["why"]["actors"], "the parties of the meeting it is the outcome of («أسفر "
                                   "الاجتماع عن الاتفاق على …»)"]


def _shared_subjects(words: list[Word], sent_events: list[tuple[Trigger, Event]]) -> None:
    """A plural verb joined to an earlier verb of its sentence by و/ف or «كما»/«ثم», with no subject of its own,
    shares the subject of that verb («عناصر الأمن فرّقوا الوقفة …، ما تسبب بإصابة شاب، كما اعتقلوا اثنين»); so does
    a verb after «لكنهم/لكنه/إلا أنهم» (:func:`_but_they`: «تعهّد ممثلو الإدارة …، لكنهم رفضوا وقف الحملة»)."""
    prev_verb: tuple[Trigger, Event] | None = None  # the last verb with its subject
    prev_any: tuple[Trigger, Event] | None = None  # the last event with its subject or agent
    for t, ev in sent_events:
        # «نظم العشرات وقفة احتجاجية …، طالبوا خلالها …»: who did it during the event named before
        during = t.pos == "v" and t.last + 1 < len(words) and words[t.last + 1].norm in _DURING_IT
        # «وأدان المكتب «الهجوم الذي أودى بحياة المدنيين»، ودعا …»: after «، و» the actor before the verb belongs to
        # the clause before (its object or its quote), not to this verb
        after_comma = _after_comma_and(words, t)
        # (a verb phrase with a gap too: «اعتقلوا رجلاً …، وأطلقوا سراحه بعد ساعات»)
        # (not when its subject is that of the verb opening the clause before, found by their agreement: «نفى القائد
        # أن يكون مسلحوه قد استهدفوا …، واتهم …» — see ``frames.OPENER_WHY``)
        if t.verbal and prev_any is not None and not ev.get("_src_opener") and (
                not ev["source"] or ((during or after_comma) and ev.get("_src_how") == "SVO")):
            w = words[t.first].norm
            before = words[t.first - 1].norm if t.first > 0 else ""
            joined = (w[:1] in ("و", "ف") and not w.startswith(norm(t.lemma))) or before in ("كما", "ثم", "وكذلك")
            # «تعهّد ممثلو الإدارة بإطلاق سراح الطلاب، لكنهم رفضوا وقف الحملة»: «but they» is the subject before
            but = _but_they(words, t) and (before not in _BUT_HE_SHE or not w.endswith(("وا", "ون")))
            prev = prev_any if during else prev_verb if joined or but else None
            if prev is not None and (w.endswith(("وا", "ون")) or but or (joined and not present_tense(w, t.lemma))):
                # (a subject found before the verb is in the clause before: «اجتماعاً مع رئيس فرع «الأمن العسكري»،
                # طالبوا خلاله …»)
                ev["source"] = [dict(a) for a in prev[1]["source"]]
                how = "after «لكنهم/إلا أنهم»" if but else "joined"
                ev["why"]["actors"] = [*ev["why"]["actors"],
                                       f"a verb {how} shares the subject of «{words[prev[0].first].norm}»"]
                k = _restated_subject(words, t, ev)
                if k is not None:
                    # «طالب الجانب الروسي الفصائل بـ…، وهدد الضباط الروس بـ…»: the actor right after the joined verb
                    # is of the side of the shared subject — it names that subject again; it is not whom the verb
                    # addresses (that is, for a threat, the one the demand before it addressed)
                    ev["source"], ev["recipient"] = ev["recipient"], []
                    ev["why"]["actors"] = [*ev["why"]["actors"], "the actor right after the joined verb is of the"
                                           " shared subject's side: it names the subject again, not the one addressed"]
                if during and ev["type"] == "REQUEST" and not ev["recipient"] and prev[1]["type"] == "CONSULT":
                    ev["recipient"] = [dict(a) for a in prev[1]["recipient"]]
                    ev["why"]["actors"] = [*ev["why"]["actors"], "asked during a meeting: the one met is the one asked"]
                elif _threat_of_the_addressed(words, t, ev, prev, after=k):
                    ev["recipient"] = [dict(a) for a in prev[1]["recipient"]]
                    ev["why"]["actors"] = [*ev["why"]["actors"], "a threat joined to a demand or a charge threatens the"
                                           f" one addressed by «{words[prev[0].first].norm}»"]
        elif (t.pos == "v" and prev_verb is not None and t.first == prev_verb[0].last + 1 and words[t.first].norm[:1] == "و"
              and not _same_args(ev["source"], prev_verb[1]["source"])):
            # «يشجب ويستنكر القصف الذي نفذه الاحتلال»: two verbs side by side have one subject
            ev["source"] = [dict(a) for a in prev_verb[1]["source"]]
            ev["why"]["actors"] = [*ev["why"]["actors"], f"a verb right after «{words[prev_verb[0].first].norm}» shares its subject"]
        elif (t.pos == "v" and ev["source"] and ev.get("_src_how") == "SVO" and prev_verb is not None
              and words[t.first].norm[:1] in ("و", "ف") and _same_args(ev["source"], prev_verb[1]["recipient"])):
            # «حمّلت الرئاسة الأجهزة الأمنية المسؤولية، وطالبت بـ…»: the actor before the joined verb is the object of
            # the verb before it; the joined verb shares that verb's subject
            ev["source"] = [dict(a) for a in prev_verb[1]["source"]]
            ev["why"]["actors"] = [*ev["why"]["actors"], f"the actor before it is the object of «{words[prev_verb[0].first].norm}»:"
                                   " the joined verb shares that verb's subject"]
        elif not ev["source"] and prev_verb is not None and _reached_in_a_joined_clause(words, t, [prev_verb[0]]):
            # «استقبل الوالي أعيان الأحياء، وتوصّل معهم … إلى اتفاق»: the parties are the verb's subject and object
            ev["source"] = [dict(a) for a in prev_verb[1]["source"]]
            if not ev["recipient"]:
                ev["recipient"] = [dict(a) for a in prev_verb[1]["recipient"]]
            ev["why"]["actors"] = [*ev["why"]["actors"], "an agreement reached in a clause joined to «"
                                   f"{words[prev_verb[0].first].norm}»: its parties are that verb's subject and object"]
        if ev["source"] and ev.get("_src_how") in ("SVO", "VSO", "subject"):
            prev_any = (t, ev)
            if t.verbal and ev.get("_src_how") in ("SVO", "VSO") and not _construct_masdar(words, t):
                prev_verb = (t, ev)  # (a verb phrase with a gap, «قطع العشرات … الطريق», heads its clause too)
            elif ev["type"] == "PROTEST" and t.pos != "v" and ev.get("_src_how") == "subject" and _protest_held_by(
                    words, ev["source"][0]["start"], t):
                # «نظّم المئات من … وقفة احتجاجية …، وطالبوا …»: the protest noun's subject is that of its light verb,
                # which a verb joined after shares
                prev_verb = (t, ev)


#: verbs that hold a protest named by its noun («نظّم المئات وقفة احتجاجية»، «نفّذ العمال اعتصاماً»)
_HOLDING_PROTESTS = frozenset(norm(w) for w in ("نظم", "نظمت", "نظموا", "نفذ", "نفذت", "نفذوا", "أقام", "أقامت", "أقاموا"))


def _protest_held_by(words: list[Word], start: int, t: Trigger) -> bool:
    """Is the subject starting at offset ``start`` that of a verb holding the protest noun ``t`` after it, the verb
    right before the subject (or one word of approximation before: «نظّم نحو مئة من التجار وقفة احتجاجية»)?"""
    k = next((j for j in range(t.first) if words[j].start == start), None)
    if k is None:
        return False
    j = k - 1 if k > 0 and words[k - 1].norm not in ("نحو", "قرابه", "حوالي") else k - 2
    return j >= 0 and proclitic_in(words[j].norm, _HOLDING_PROTESTS, "و")


def _construct_masdar(words: list[Word], t: Trigger) -> bool:
    """Is the verb entry written as its bare lemma right after an indefinite noun with ة/tanween («جريمة قتل بدم
    بارد»)?  Then it is the masdar in the construct state, a noun: it heads no clause."""
    k = t.head
    return (t.pos == "v" and k > 0 and words[k].norm == norm(t.lemma) and words[k - 1].noun_ending
            and not words[k - 1].norm.startswith("ال"))


_DURING_IT = frozenset({"خلالها", "خلاله", "فيها", "اثناءها"})
#: the masdars of a threat against culprits («وتوعّدت بملاحقة الخاطفين»): what follows names the threatened
_PURSUIT = word_set("extract", "_PURSUIT")


def _threat_of_the_addressed(words: list[Word], t: Trigger, ev: Event, prev: tuple[Trigger, Event], *,
                             after: int | None = None) -> bool:
    """Does a threat verb joined by «، و» to a demand or a charge of its sentence («طالبت النقابة الحكومة بصرف
    الرواتب، وهددت بتعليق الدوام»، «حمّلت الحركة قيادة الجيش المسؤولية …، وتوعّدت بأن يكون الرد …») threaten the one
    that clause addressed?  Only when the threat names no one itself: the verb (or the subject named again after it,
    ending before word ``after``: «…، وهدد الضباط الروس بـ…») is followed by its complement «بـ…», and that
    complement is no pursuit of culprits («وتوعّدت بملاحقة الخاطفين»)."""
    k = t.last + 1 if after is None else after
    if ev["type"] != "THREATEN" or ev["recipient"] or prev[1]["type"] not in ("REQUEST", "ACCUSE") or not (
            prev[1]["recipient"]) or not comma_and(words, t) or k >= len(words):
        return False
    nxt = words[k].norm
    if nxt[:1] != "ب" or words[k].kind != "word":
        return False
    bare = nxt[1:]
    return bare not in _PURSUIT and (bare[:2] != "ال" or bare[2:] not in _PURSUIT)


def _restated_subject(words: list[Word], t: Trigger, ev: Event) -> int | None:
    """Is the one actor found right after a joined verb as the one it addresses (only quote marks between) of the
    same side as the subject the verb shares — the same actor, or a unit of it («الجانب الروسي» RUS and «الضباط
    الروس» RUS-MIL)?  Then it names that subject again.  Returns the index of the word after it, else None."""
    if len(ev["recipient"]) != 1 or not (r := ev["recipient"][0]).get("actor"):
        return None
    side = {r["actor"], r.get("_affiliation")} - {None}
    if not any(s.get("actor") in side or (s.get("actor") and s.get("_affiliation") == r["actor"])
               for s in ev["source"]):
        return None
    k = t.last + 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    if k >= len(words) or words[k].start != r["start"]:
        return None
    while k < len(words) and words[k].start < r["end"]:
        k += 1
    while k < len(words) and words[k].norm in _QUOTES:
        k += 1
    return k


def _same_args(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Do two actor lists hold an argument with the same offsets?"""
    return bool(a and b and {(x.get("start"), x.get("end")) for x in a} & {(x.get("start"), x.get("end")) for x in b})


#: the links of a cause («إثر» in «قُتل … إثر انفجار»): what it links happened when what it caused did
_CAUSES = frozenset({"اثر"})


#: answering an accusation («واصفاً الاتهامات»، «رفض اتهامات …»، «تعليق على الاتهامات»، «نفى الاتهامات»)
_ANSWERING = word_set("extract", "_ANSWERING")


#: moving, leaving or returning, refused by those who stay put («رفضوا مغادرة البلدة»، «يرفض العودة»)
_STAYING_PUT = word_set("extract", "_STAYING_PUT")


#: making a trade of an act («عصابة تمتهن الخطف»، «تحترف التهريب»)
_PRACTISING = word_set("extract", "_PRACTISING")


#: «فور»، «بمجرد» (as soon as) before a masdar: the moment another act is to follow
_AS_SOON_AS = word_set("extract", "_AS_SOON_AS")


def _as_soon_as(words: list[Word], t: Trigger) -> bool:
    """Is the trigger a masdar right after «فور/بمجرد», or one word after it («فور وقف إطلاق النار»، «فور تثبيت وقف
    إطلاق النار»، «فور السماح بفتح المعابر»): the moment another act is to follow, a time and not an act told?"""
    return t.pos != "v" and any(j >= 0 and words[j].norm in _AS_SOON_AS and all(
        w.kind == "word" for w in words[j + 1 : t.first]) for j in (t.first - 1, t.first - 2))


#: «بأنه/بأنها» (as being): the label after it may name the act told («وصف الهجوم بأنه «مجزرة»»)
_DESCRIBED_AS = word_set("extract", "_DESCRIBED_AS")
#: participles of judging and describing («معتبراً»، «واصفين»), opening a judgment on what was told
_JUDGING = word_set("extract", "_JUDGING")


def _judged(words: list[Word], t: Trigger) -> bool:
    """Is the masdar what something is judged to be, not an act told: the label after the thing judged and a quote
    mark («معتبرين الاتفاق «تهجيراً مقنّعاً»»), or the acts a judgment is about after «معتبراً أن» («معتبراً أن
    استهداف المدن الآمنة «محاولة يائسة»»)?  (Not the label after «بأنه»: «واصفاً الهجوم بأنه «مجزرة»» may name the
    act itself.)"""
    if t.pos == "v":
        return False
    k = t.first
    if k > 1 and words[k - 1].norm == "ان" and words[k - 2].norm in _JUDGING:
        return True
    return k > 2 and words[k - 1].norm in QUOTE_MARKS and words[k - 2].norm not in _DESCRIBED_AS and any(
        j >= 0 and words[j].norm in _JUDGING and all(w.kind == "word" for w in words[j + 1 : k - 1])
        for j in (k - 3, k - 4))


#: counts in thousands: those who settled their status so are a tally («وتقول الحكومة إن آلاف المسلحين سوّوا أوضاعهم»)
_THOUSANDS = word_set("extract", "_THOUSANDS")


def _settled_in_thousands(words: list[Word], t: Trigger) -> bool:
    """Is the trigger «سوّوا أوضاعهم» with thousands as its subject, up to three words before («آلاف الشبان سوّوا
    أوضاعهم في المراكز التي افتتحت منذ مطلع الشهر»): each settles alone, so thousands are a tally of many, not one
    event?"""
    return t.type == "AGREE" and t.lemma.startswith("سوي/") and any(
        proclitic_in(w.norm, _THOUSANDS, "و") for w in words[max(0, t.first - 3) : t.first])


#: nouns and verbs of needing («بحاجة إلى»، «تحتاج إلى»، «الحاجة الماسة إلى»): what is needed is not done
_NEEDING = word_set("extract", "_NEEDING")
_TO = frozenset({norm("إلى")})


def _needed(words: list[Word], t: Trigger) -> bool:
    """Is the masdar what someone or something needs, right after «إلى» with a word of needing up to three words
    before it («باتوا بحاجة إلى مساعدات»، «عملية إعادة الإعمار التي تحتاج إلى مساعدات كبيرة»، «تتزايد الحاجة إلى
    التوصل إلى حلول»)?"""
    k = t.first
    return t.pos != "v" and k > 1 and words[k - 1].norm in _TO and any(
        words[j].norm in _NEEDING for j in range(max(0, k - 4), k - 1))


def _guarded_against(words: list[Word], t: Trigger) -> bool:
    """Is the event noun what something guards against, after «من» with «حماية/لحماية/حمايتها …» up to four words before
    («تشكّلت لحماية البلدات من هجمات التنظيمات المتشددة»، «بهدف حمايتها من الحرق»)?"""
    i = t.first
    return t.pos != "v" and i > 1 and words[i - 1].norm == "من" and any(
        x.norm.lstrip("ول").startswith("حمايت") or x.norm.lstrip("و") in ("حمايه", "لحمايه")
        for x in words[max(0, i - 5) : i - 1])


def _answered_accusation(words: list[Word], t: Trigger) -> bool:
    """Are the accusations the ones told before, answered («واصفاً الاتهامات بأنها «حملة تشويه»»، «أي تعليق على
    اتهامات الجيش»)?"""
    return t.type == "ACCUSE" and t.pos == "n" and any(
        proclitic_in(w.norm, _ANSWERING, "و") for w in words[max(0, t.first - 3) : t.first])


def _refusal_to_move(words: list[Word], t: Trigger) -> bool:
    """Is the refusal people's refusing to leave, return or move («كانت من القلائل الذين رفضوا مغادرة البلدة»، «وإن
    السائقين يرفضون التحرك من دون …»), no one's demand rejected?"""
    return t.type == "REJECT" and t.last + 1 < len(words) and words[t.last + 1].norm in _STAYING_PUT


def _practised(words: list[Word], t: Trigger) -> bool:
    """Is the act noun a trade someone practises («عصابة تمتهن الخطف من أجل الفدية»): a kind of act, not one?"""
    return t.pos != "v" and t.first > 0 and words[t.first - 1].norm in _PRACTISING


_TOLD = frozenset({"asserted", "reported"})
_TOLD_OR_PAST = _TOLD | {"historical"}
#: the generic readings decided after the detection model's score, so that the labels the model reads stay the rules'
#: own (with «حماية … من» among those labels, OEDA ASSAULT CV fell 0.707 → 0.705): the labels each applies to (``None``:
#: all but historical), its test, and the reason the event is given
_AFTER_THE_MODEL: tuple[tuple[frozenset[str] | None, Callable[[list[Word], Trigger], bool], str], ...] = (
    (_TOLD, _answered_accusation, "accusations answered («واصفاً الاتهامات»، «تعليق على اتهامات …»): no new one"),
    (_TOLD_OR_PAST, _refusal_to_move, "a refusal to leave, return or move («رفضوا مغادرة البلدة»): a stance, not an event"),
    (_TOLD, _practised, "«تمتهن الخطف» (makes a trade of): a kind of act, not one event"),
    (_TOLD, _guarded_against, "«حماية … من» (protection from): a danger guarded against, not one event"),
    (_TOLD, _settled_in_thousands, "thousands who settled their status («آلاف الشبان سوّوا أوضاعهم»): a tally"),
    (_TOLD_OR_PAST, _judged, "a judgment («معتبرين الاتفاق «…»»، «معتبراً أن …»): what is said of acts, not one act"),
    (None, _needed, "what is needed («بحاجة إلى …»، «تحتاج إلى …»): a need, not an act told"),
    (None, _as_soon_as, "«فور/بمجرد» + a masdar (as soon as): the moment of another act, not one told"),
)


#: noon, which «قبل/بعد» right before it make a time of the day («قبل ظهر اليوم»، «بعد ظهر أمس»; not midnight: «بعد
#: منتصف ليل السبت» is the next day's early hours)
_NOON = frozenset({"ظهر", "الظهر"})


def _time_linked(words: list[Word], t: Trigger, time: Arg | None, *, noon: bool = True) -> bool:
    """Is the trigger tied to the time only through بعد/قبل/إثر … between them («يجري لقاء الأسبوع المقبل
    بعد طلب الفصائل»: the request came before the meeting, the date is the meeting's)?"""
    if time is None or (time.data.get("window") and time.data.get("precision") == "day"):
        # (a span of the last days, «خلال اليومين الماضيين، بعد اشتباكات …»: it holds the act before as well)
        return False
    lo, hi = (time.last + 1, t.first) if time.last < t.first else (t.last + 1, time.first)
    links = frame_cues()["time_links"]  # not خلال/أثناء/منذ: they share the time
    # («قبل ظهر اليوم»، «بعد ظهر أمس»: before or after noon is a time of the day, no other event it is tied to)
    linked = [k for k in range(lo, hi) if words[k].norm in links
              and not (noon and k == time.first - 1 and words[time.first].norm in _NOON)]
    if (linked and time.last < t.first and t.type == "ASSAULT" and all(words[k].norm in _CAUSES for k in linked)
            and any(w.norm in HURT_VERBS for w in words[max(0, time.first - 8) : time.first])):
        # «قضى ثلاثة أطفال …، عصر أمس السبت، إثر انفجار قنبلة …»: the deaths' time is the blast's
        return False
    return bool(linked)


def _long_before_publication(doc: Document, time: Arg | None) -> bool:
    """Is the time expression's date more than a year before publication («قبل 20 سنة»، «في 2011»)?"""
    days = days_before_publication(time.data.get("value"), doc.published) if time is not None else None
    return days is not None and days > 366


def _after_publication(doc: Document, time: Arg | None) -> bool:
    """Is the time expression a day (or later period) that begins after the article was published?"""
    days = days_before_publication(time.data.get("value"), doc.published) if time is not None else None
    return days is not None and days < 0


def _not_yet(doc: Document, e: Event) -> None:
    """An asserted or reported event whose own date (after merging) is after publication has not happened yet."""
    d = e.get("date") or {}
    days = days_before_publication(d.get("value"), doc.published)
    if e["factuality"] in ("asserted", "reported") and not d.get("_inherited") and days is not None and days < 0:
        e["factuality"] = "planned"
        e["why"]["factuality"] = [*e["why"]["factuality"], f"its date ({d.get('value')}) is after the publication date: planned"]


@dataclass(frozen=True, slots=True)
class _SentenceShared:
    """What every trigger of a sentence reads from the sentence's arguments, computed once per sentence."""

    places: list[Arg]  # the places, then the place names the gazetteer does not know
    place_starts: frozenset[int]  # the words that begin one of them
    place_keys: frozenset[str]  # :func:`place_key` of each place («_places» of the sentence's events)
    time_kinds: tuple[str, ...]  # the kind of each time expression (a detection feature)
    verb_firsts: frozenset[int]  # the first words of the sentence's verb triggers
    # the triggers a time may belong to: all but commemorated events («الذكرى السادسة لاغتيال …») and the events a period
    # is counted from («منذ إطباق الحصار»)
    dated: list[Trigger]

    @classmethod
    def of(cls, args: dict[str, list[Arg]], trigs: list[Trigger], words: list[Word]) -> _SentenceShared:
        places = [*args["places"], *args["place_names"]]
        return cls(places, frozenset(p.first for p in places), frozenset(place_key(norm(p.text)) for p in places),
                   tuple(str(a.data.get("kind")) for a in args["times"]), frozenset(t.first for t in trigs if t.pos == "v"),
                   [t for t in trigs if not commemorated(words, t) and not since_the_event(words, t)])


#: efforts whose «لـ» purpose is not done yet («التدخل للإفراج عن …»، «مساعٍ لوقف إطلاق النار»)
_EFFORTS = frozenset(norm(w) for w in (
    "التدخل", "تدخل", "السعي", "سعي", "العمل", "جهود", "جهودا", "الجهود", "مساع", "مساعي", "المساعي", "وساطة",
    "الوساطة", "وساطات", "مبادرة", "المبادرة"))


def _aim_of_effort(words: list[Word], k: int) -> bool:
    """Does an effort noun stand right before word ``k`` (a «لـ» masdar), or one word before it — its adjective or
    its genitive, in quotes or not («التدخل العاجل لفتح ممر آمن»، «التدخل «الفوري» لفك الحصار»، «وساطة عشائرية
    لإطلاق سراحهم»)?  Then the masdar is the effort's aim, not done."""
    j = k - 1
    for _ in range(2):
        while j >= 0 and words[j].norm in _QUOTES:
            j -= 1
        if j < 0 or words[j].kind != "word":
            return False
        if _an_effort(words[j].norm):
            return True
        j -= 1
    return False


def _attackers_getting_away(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is a plural verb of withdrawing or fleeing told of the attackers, named before it in its sentence («قال إن
    المهاجمين، وعددهم أربعة، … انسحبوا»، «وإنهم انسحبوا باتجاه …» after «المهاجمين»), or joined by «ثم» to the attack
    just told («وأطلقوا النار بكثافة ثم انسحبوا»)?  Then the getaway is part of the attack, not a withdrawal."""
    if t.type != "RETREAT" or t.pos != "v" or not words[t.head].norm.endswith("وا"):
        return False
    before = words[max(0, t.first - 20) : t.first]
    if any(w.norm in _ATTACKERS for w in before):
        return True
    return t.first > 0 and words[t.first - 1].norm == "ثم" and any(
        o.type == "ASSAULT" and t.first - 10 <= o.last < t.first for o in trigs)


#: the attackers, named as such («المهاجمين»، «الخاطفين»، «مطلقي النار» …)
_ATTACKERS = word_set("extract", "_ATTACKERS")


def _done_by_the_attackers(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the attack trigger told of the attackers named before it in its sentence, with no other attack between («وأوضح
    المراسل أن المهاجمين كانوا يستقلون سيارة بيضاء، وأطلقوا النار من مسافة قريبة»، «أن المهاجمين فجّروا سيارة
    مفخخة عند البوابة»)?  The definite noun names the attackers of an act told before: this tells how it was done."""
    if t.type != "ASSAULT":
        return False
    for k in range(t.first - 1, max(-1, t.first - 13), -1):
        if any(o.type == "ASSAULT" and o.first <= k <= o.last for o in trigs):
            return False
        if words[k].norm in _ATTACKERS:
            # (the subject of a clause after «أن/إن» or a comma, not an object: «طاردت المهاجمين عبر الجزر وقتلت سبعة
            # عشر منهم» is the army's own act)
            j = k - 1
            while j >= 0 and words[j].norm in QUOTE_MARKS:
                j -= 1
            return j < 0 or words[j].kind == "punct" or words[j].norm in _THAT_BEFORE_SUBJECT
    return False


#: «أن/إن» (with a proclitic), before the subject of a reported clause
_THAT_BEFORE_SUBJECT = word_set("extract", "_THAT_BEFORE_SUBJECT")


def _setting_of_another_act(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the COERCE noun a sweep, a raid, a search or a dispersal set after «خلال/أثناء/لدى» (with «عملية/حملة» or not) in a
    sentence that tells an attack or a killing («قُتل … خلال عملية تمشيط لملاحقة المنفذين»، «تبادل لإطلاق النار مع
    مطلوبين … أثناء مداهمته»)?  Then it is the setting of that act, not an event of its own."""
    if t.type != "COERCE" or t.pos == "v" or not any(o.type == "ASSAULT" and o.first != t.first for o in trigs):
        return False
    if not any(op in w.norm for w in words[t.first : t.last + 1] for op in _SWEEP_STEMS):
        return False  # («لدى اقتحام قوات الاحتلال المخيم»، «من خلال حصارها»: a storming or a siege is an act told)
    k = t.first - 1
    while k >= 0 and (words[k].norm in _QUOTES or words[k].norm in _OPERATIONS):
        k -= 1
    return k >= 0 and (words[k].norm in _SETTING_WORDS or (
        words[k].norm in ("اثناء", "خلال") and k > 0 and words[k - 1].norm == "في"))


#: «خلال/أثناء/لدى» before an operation, and the operation nouns («عملية تمشيط»، «حملات دهم»)
_SETTING_WORDS = word_set("extract", "_SETTING_WORDS")
_OPERATIONS = word_set("extract", "_OPERATIONS")
#: the stems of sweeps, raids, searches and dispersals (matched inside a word: «مداهمته»، «تفريقهم»)
_SWEEP_STEMS = word_set("extract", "_SWEEP_STEMS")


def _an_effort(w: str) -> bool:
    """Is ``w`` an effort noun, with or without «و»، «بـ» or «لـ» before it («وساطة» itself begins with و)?"""
    return w in _EFFORTS or w.removeprefix("و").removeprefix("ب").removeprefix("ل") in _EFFORTS


#: armed groups and fighters (without the article): driving them out is fighting, not a sanction
_ARMED = frozenset(norm(w) for w in (
    "تنظيم", "داعش", "عناصر", "عنصر", "مقاتلي", "مقاتلين", "مسلحين", "مسلحي", "قوات", "وحدات", "فصائل", "ميليشيات",
    "ميليشيا", "إرهابيين", "متشددين", "جيش", "هيئة", "جبهة", "مرتزقة", "جهاديين"))
#: «استقبل المشفى … جرحى»: a hospital taking in patients
_RECEIVED = norm("استقبل")
_HOSPITALS = frozenset(norm(w) for w in ("المشفى", "المستشفى", "مشفى", "مستشفى", "المشافي", "المستشفيات"))
_PATIENTS = frozenset(norm(w) for w in (
    "جريحاً", "جرحى", "الجرحى", "مصاباً", "مصابين", "المصابين", "إصابات", "الإصابات", "جثث", "جثة", "الجثث",
    "جثامين", "حالات", "حالة", "مرضى", "المرضى", "قتلى", "شهداء"))
#: «استقبلت البلدة آلاف النازحين»: a town or a camp taking in the displaced
_HOSTED = word_set("extract", "_HOSTED")
#: «استقبل ذووهم المعزين»، «يستقبل ضيوفه»: mourners and guests received at home
_CONDOLERS = word_set("extract", "_CONDOLERS")
#: «الأهالي يستقبلون الجنود»، «استقبلها المقاتلون في القاعدة بالهتافات»، «استقبلهم متطوعون من الهلال الأحمر»: people
#: who welcome or take in those arriving (residents, fighters, volunteers, the soldiers welcomed), and the cheers
_WELCOMERS = word_set("extract", "_WELCOMERS")
_WELCOMED_WITH = word_set("extract", "_WELCOMED_WITH")
_RANSOM = frozenset(norm(w) for w in ("فدية", "بفدية", "فديةً", "الفدية", "مبلغ", "مبلغاً", "بمبلغ", "دولار", "ليرة"))
#: «مقابل إطلاق سراحه»، «لقاء الإفراج عنه»: in exchange for
_IN_EXCHANGE = frozenset(norm(w) for w in ("مقابل", "لقاء", "بمقابل", "ومقابل"))
#: «إخلاء الجرحى» (carrying off the wounded or the dead): no withdrawal
_EVACUATION = norm("إخلاء")
_CASUALTIES_MOVED = frozenset(norm(w) for w in (
    "الجرحى", "المصابين", "الجثث", "جثث", "جرحى", "مصابين", "القتلى", "الشهداء", "الضحايا", "المرضى", "جثامين", "الجثامين"))
#: «تسوية … بالأرض» (levelling to the ground): no settlement
_LEVELLING = norm("تسوية")
#: what gives the cause or the moment of the act told before it («… بعد أن رفض …»، «… بسبب رفض …»)
_CAUSE_FRAMES = frozenset({("بعد", "ان"), ("بعدما",), ("بسبب",), ("خلفيه",), ("اثر",), ("لانه",), ("لانهم",)})


def _charge_as_pretext(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the accusation told after a killing, an abduction or an arrest of its sentence as what it was done on
    («أعدمهما رمياً بالرصاص … بعد أن اتهمهما بـ«التخابر»»، «قتلوا ستة عشر مدنياً … بعد اتهامهم بالتعاون مع …»)?"""
    k = t.first
    framed = _cause_framed(words, k) or (t.pos == "n" and k > 0 and words[k - 1].norm == "بعد")
    # (the accused are the victims, a pronoun on the verb or the masdar, the charge right after it: «اتهمهما بـ…»،
    # «اتهامهم بالتعاون»; «بعد اتهامها الأجهزة الأمنية بالوقوف وراء الهجوم» names whom it accuses: an accusation told)
    nxt = next((w for w in words[t.last + 1 : t.last + 3] if w.norm not in QUOTE_MARKS), None)
    return (framed and nxt is not None and nxt.norm[:1] == "ب"
            and any(o.first < k - 1 and o.type in ("ASSAULT", "COERCE") for o in trigs))


def _refusal_as_cause(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the refusal told after another act of its sentence as what brought it on («أطلق مهرّبون النار على شاحنة …
    بعد أن رفض سائقها التوقف»، «… بسبب رفض المختار تسليم القوائم»)?  Not an event of its own."""
    k = t.first
    return _cause_framed(words, k) and any(o.first < k - 2 and o.type != "REJECT" for o in trigs)


#: «إغلاق» (closing) and the words that frame a closure as the cause or the moment of what is told
_CLOSING = norm("إغلاق")
_CLOSURE_CAUSES = frozenset({"بسبب", "جراء", "نتيجه", "بعد"})


def _closure_as_cause(words: list[Word], t: Trigger, actors: Sequence[Arg]) -> bool:
    """Is the closure noun the cause or the moment of what its sentence tells, with no one named who closed it («لم
    يتمكن المسعفون من نقله بسبب إغلاق الحواجز»، «نُقل الجرحى عبر طريق ترابي بعد إغلاق الطريق الرئيسي»)?  A standing
    closure, not an act told (but «بعد إغلاق السلطات المعبر» names who closed it)."""
    k = t.first
    if t.pos != "n" or norm(t.lemma.split("|")[0]) != _CLOSING or k == 0:
        return False
    if words[k - 1].norm not in _CLOSURE_CAUSES:
        return False
    return not any(t.last < a.first <= t.last + 3 or t.first <= a.first <= t.last for a in actors)


def _cause_framed(words: list[Word], k: int) -> bool:
    """Does a frame of cause or moment (:data:`_CAUSE_FRAMES`: «بعد أن»، «بعدما»، «بسبب»، «إثر» …) end right before
    word ``k``?"""
    before = (words[k - 2].norm, words[k - 1].norm) if k >= 2 else ("", "")
    return before in _CAUSE_FRAMES or (before[1],) in _CAUSE_FRAMES


#: «اقتاد» (led away): an arrest of its own only when no arrest or abduction was told before it in the sentence
_LED_AWAY = norm("اقتاد")
#: «حضر» (attended) and its forms: a meeting of its own only when no meeting was told before it in the sentence
_ATTENDS = frozenset({"حضر", "حضرت", "حضروا", "يحضر", "تحضر", "يحضرون"})
_HELD = norm("انعقد")
_TARGETED = norm("استهدف")
_SESSIONS = word_set("extract", "_SESSIONS")
#: meetings, sessions and gatherings that someone calls («دعا إليها») or that are held («انعقدت الجلسة»)
_MEETINGS = word_set("extract", "_MEETINGS")


def _convened(words: list[Word], t: Trigger) -> bool:
    """Is the verb of calling the relative clause of a meeting it convened («الجلسة … التي دعا إليها رئيسه»، «الاجتماع
    الذي دعت إليه الأمم المتحدة»، «الوقفة التي دعا إليها ناشطون»)?"""
    k = t.first
    if k == 0 or words[k - 1].norm not in ("التي", "الذي") or k + 1 >= len(words) or words[k + 1].norm not in (
            "اليها", "اليه"):
        return False
    return any(w.norm.removeprefix("و") in _MEETINGS for w in words[max(0, k - 12) : k - 1])
#: «سيطرة» (control): a seizure of its own only when rumoured or denied («أنباء عن سيطرة مسلحيها على موقع …»)
_CONTROL = norm("سيطرة")
#: verbs of receiving (their subject is the recipient of the aid)
_RECEIVING = word_set("extract", "_RECEIVING")
#: the lemmas of storming («اقتحم»، «اقتحام»)
_STORMING = frozenset({norm("اقتحم"), norm("اقتحام")})


def _chants_before(words: list[Word], first: int) -> bool:
    """Do chants or banners stand right before word ``first``, or with up to three words of their own between
    (a phrase after «بـ» or an adjective: «مرددين هتافات بالأرمنية والعربية تطالب بعودة …»)?"""
    for k in range(first - 1, max(-1, first - 5), -1):
        w = words[k].norm
        if w.removeprefix("و") in _CHANTS:
            return True
        if words[k].kind != "word" or not (w[:1] == "ب" or w.startswith(("ال", "وال"))):
            return False
    return False


def _build(doc: Document, si: int, sent: Sentence, words: list[Word], t: Trigger, trigs: list[Trigger],
           args: dict[str, list[Arg]], shared: _SentenceShared,
           attrib: list[tuple[int, int, str]], attrib_why: list[str], model: DetectModel,
           published_year: int | None) -> Event | None:
    fact, fwhy = classify(words, t, published_year=published_year)
    if fact != "generic" and _release_of_a_share(words, t):
        fact, fwhy = "generic", [*fwhy, "a share of a group tallied before it released («… منذ مطلع العام، أُطلق سراح "
                                        "أغلبهم»): a tally, not one release"]
    if fact != "generic" and _weapon_of_an_aggregate(words, t, trigs):
        fact, fwhy = "generic", [*fwhy, "the weapon of many acts counted over a span («تفجيرات متكررة بعبوات ودراجات "
                                        "مفخخة» since the start of the year): a kind of act, not one event"]
    if demanded(words, t, shared.verb_firsts) is not None:
        return None  # what a demand asks for («طالبوا بالإفراج عن المعتقلين») is its content, not an event
    if committed_to(words, t, shared.verb_firsts) is not None:
        return None  # what a threat, promise or plan commits to («هدد … باقتحام»، «خططت لاستهداف») is its content
    if t.type == "CONCEDE" and t.pos != "v" and t.first > 0 and words[t.first - 1].norm in IN_EXCHANGE_FOR:
        # «لتأمين خروج المسلحين مقابل وقف العمليات العسكرية»: the halt a deal gives in return, a term, no event (a
        # release in return is kept: with what is handed over it makes an exchange)
        return None
    if fwhy and fwhy[0] == PURPOSE_CONTENT and t.type != "ASSAULT":
        return None  # «تقدمت القوات … في مسعى لإحكام الطوق حول المدينة»: the aim of the act told, no event of its own
    if t.type == "COERCE" and norm(t.lemma) in _STORMING and any(
            o.type == "ASSAULT" and o.last < t.first for o in trigs) and not any(
            o.type == "COERCE" and o is not t for o in trigs):
        # «فجّر عناصر التنظيم صهريجاً مفخخاً …، ثم اقتحمت مجموعة منهم المبنى»، «قُتل نزيلان حين اقتحمت قوة … السجن»:
        # the storming is a part of the attack the sentence has told, no act of its own (a raid that arrests is told
        # with its arrest: «اقتحمت القوات البلدة واعتقلت …»; a storming «وسط اشتباكات» is the act itself)
        return None
    if t.type in TALKED_TYPES and t.pos != "v" and talked_about(words, t.first):
        # «وتركّز البحث على ملف المعتقلين وإعادة فتح الطريق الدولي»: what talks were about, not an act (read here, not
        # among the trigger rules: the trigger stays a word of the sentence for the detection model's features)
        return None
    if t.type == "ACCUSE" and t.pos == "v" and norm(t.lemma) == "اتهم" and _standing_charge(words, t, args["actors"]):
        return None  # «فيما تتهم الرابطة الفصائل بـ…»، «سفن تتهمها بنقل …»، «يُتّهم صاحبه بـ…»: a standing charge, no act
    if accused_of(words, t, shared.verb_firsts) is not None or (t.pos == "v" and any(
            o.pos != "v" and o.last == t.first - 1 and accused_of(words, o, shared.verb_firsts) is not None for o in trigs)):
        # what someone is accused of («اتهم المجلس الكتائب بـ«استهداف الأحياء»») is the accusation's content, and so is
        # a verb right after it that describes it («يُشتبه في تورطهما بعمليات اغتيال استهدفت قيادات …»)
        return None
    if t.type == "RETREAT" and t.mode == "release" and t.last + 1 < len(words) and words[t.last + 1].norm in (
            "بموجبها", "بموجبه") and any(o.type in ("COOPERATE", "AGREE") and o.last < t.first for o in trigs):
        return None  # «… عملية تبادل للأسرى …، أُفرج بموجبها عن أحد عشر أسيراً»: what the exchange told before did
    if t.type == "ACCUSE" and t.pos == "n" and any(
            words[k].norm.lstrip("وفل").startswith(_EXCHANGING) for k in range(max(0, t.first - 12), t.first)):
        return None  # «وتبادل الطرفان الاتهامات بخرق الهدنة»: accusations traded, told (if at all) by each side's own
    if (t.type == "REJECT" and t.pos == "v" and t.first > 0 and present_tense(words[t.head].norm, t.lemma) and (
            words[t.first - 1].norm.removeprefix("و") in _CHANTS or words[t.first - 1].norm in ("الذين", "من", "ممن"))):
        return None  # «هتافات ترفض «التهجير»»، «المزارعين الذين يرفضون ترك أرزاقهم»: what chants say, who people are
    if (t.type == "REQUEST" and t.pos == "v" and t.first > 0 and _chants_before(words, t.first)
            and present_tense(words[t.head].norm, t.lemma) and t.last + 1 < len(words)
            and words[t.last + 1].norm[:1] == "ب"):
        # «وسط هتافات تطالب بإسقاط الحكومة»، «رفعوا لافتات تطالب بـ«فك الحصار»»: what a protest's chants and banners
        # say, asking no one (banners that ask someone, «لافتات تطالب روسيا بـ…», stay requests of their own)
        return None
    if _deal_undone(words, t):
        return None  # «انهيار هدنة البصيرة بعد عشرة أيام»، «الانقلاب على الهدنة»: a deal's end, not the deal made
    if t.type == "CONSULT" and norm(t.lemma) == _HELD and not any(
            w.norm in _SESSIONS for w in words[t.last + 1 : t.last + 4]):
        # «الجلسة التي انعقدت برئاسة …»: a session held is told by its noun when the noun comes first (the verb is the
        # session's description); only «انعقدت/لم تنعقد الجلسة …» tells it (a meeting, a summit or a conference is
        # told by its own noun: «انعقد الاجتماع» adds no event to «الاجتماع»)
        return None
    if t.type == "ASSAULT" and t.pos == "v" and norm(t.lemma) == _TARGETED and any(
            o.type == "COERCE" and o.pos != "v" and 0 < t.first - o.last <= 3 for o in trigs):
        return None  # «بدأت الشرطة حملة أمنية تستهدف جماعات متشددة»: whom a campaign aims at, told of the campaign
    if t.type == "REQUEST" and t.pos == "v" and _convened(words, t):
        # «الجلسة الطارئة لمجلس المحافظة، التي دعا إليها رئيسه عقب التفجير»: who called the meeting, told of the
        # meeting, is no demand of its own
        return None
    if t.type == "REJECT" and _refusal_as_cause(words, t, trigs):
        return None  # «أطلقوا عليه ثلاث رصاصات بعد أن رفض تسليمهم محصوله»: the refusal that brought on the act told
    if t.type == "COERCE" and _closure_as_cause(words, t, args["actors"]):
        return None  # «تعذّر عليهم الوصول بسبب إغلاق الطريق»: a closure nobody is said to make, the cause of what is told
    if t.type == "ACCUSE" and _charge_as_pretext(words, t, trigs):
        return None  # «أعدموا مدنيين … بعد اتهامهم بالتعاون مع الدعم السريع»: the pretext of the act told
    if norm(t.lemma) == _CONTROL and fact not in ("rumored", "negated"):
        return None  # «الخارجة عن سيطرة النظام»: control told as a state or a battle's outcome; only «أنباء عن سيطرة X على Y»
    attending = norm(t.lemma) in _ATTENDS or (t.first > 0 and proclitic_in(words[t.first - 1].norm, _ATTENDS, "وف"))
    if t.type == "CONSULT" and attending and any(
            o.type == "CONSULT" and o.last < t.first and o.first != t.first - 1 for o in trigs):
        # «أن تلتقي اللجنة بالجانب الروسي …، على أن يحضر اللقاء ممثل عن …»: who attends the meeting told (the verb, or
        # the meeting noun after it)
        return None
    if t.type == "COERCE" and norm(t.lemma) == _LED_AWAY and any(
            o.first < t.first and ((o.type, o.mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct"))
                                   or norm(o.lemma) in STORMING) for o in trigs):
        # «اعتقلت … واقتادتهم إلى جهة مجهولة»، «خطفوا تاجراً واقتادوه»، «اقتحام مسلحين مشفى …، ثم اقتادوا جرّاحَين»:
        # part of the arrest, abduction or storming told
        return None
    if none_of(words, t) or any_reference(words, t):
        return None  # «لم تشهد الجبهات أي اشتباكات»، «على أي اعتداء»: no event at all
    if (t.type == "THREATEN" and t.pos == "v" and t.first > 0 and words[t.first - 1].norm in ("التي", "الذي", "الذين")
            and words[t.first].norm[:1] in ("ي", "ت")):
        return None  # «الكارثة الإنسانية التي تهدد مئات آلاف النازحين»: a standing danger described, not a threat made
    if t.type == "THREATEN" and t.pos == "n" and t.first > 0 and proclitic_in(words[t.first - 1].norm, _DEADLINE_ENDS, "وب"):
        return None  # «بعد انقضاء المهلة»، «تمديد المهلة»: the deadline set before, running out or extended, no new threat
    if (t.type == "ASSAULT" and t.pos == "v" and object_suffix(words[t.head].norm, t.lemma) and t.last + 1 < len(words)
            and words[t.last + 1].norm in _ATTACK_SUBJECTS):
        return None  # «من تحت أنقاض منزلين دمّرهما القصف»: what the shelling told of destroyed, no act of its own
    if t.type == "CONSULT" and t.pos == "n" and _statement_after(words, t):
        return None  # «في بيان صدر عقب اجتماع موسّع لمشايخها»، «في بيان صدر عقب الزيارة»: when a statement was issued
    if _purpose_of_protest(words, t, trigs):
        return None  # «خرج العشرات في وقفة احتجاجية تنديداً بالقصف»: why they protest, not a statement of its own
    if t.type == "CONCEDE" and t.mode == "ceasefire" and t.pos != "v" and any(
            w.norm.removeprefix("و") in _BREACH_OR_KEEP for w in words[max(0, t.first - 3) : t.first]):
        return None  # «في خرق جديد لوقف إطلاق النار»، «ملتزمون بوقف إطلاق النار»: the ceasefire in force, broken or kept
    if t.type == "CONCEDE" and t.mode == "ceasefire" and (_agreement_term(words, t) or (
            t.first > 0 and words[t.first - 1].norm in ("خط", "خطوط", "وخط", "بخط", "لخط"))):
        # «التوصل إلى اتفاق لوقف إطلاق النار»: the ceasefire is what the agreement says, told by the AGREE;
        # «قرب خط وقف إطلاق النار»: the ceasefire line is a place, not an act
        return None
    if fact == "negated" and fwhy and fwhy[0].startswith(REFUSED_CONTENT):
        return None  # «ترفض رفضاً قاطعاً الانسحاب من مواقعها»: what is refused is the rejection's content
    if fact == "planned" and fwhy and fwhy[0].startswith(CONDITION_CONTENT):
        return None  # «رفضت «أي حوار قبل انسحابها من المدن»»: a condition not met, no event of its own
    if _threat_condition(fact, fwhy) and any(o.type == "THREATEN" and o.last < t.first for o in trigs):
        # «توعّد … باقتحام الحي ما لم يسلّم المسلحون أسلحتهم»، «هدّد … إذا واصلت «حماس» رفض الإفراج عن المحتجزين»،
        # «… في حال رفض هذه الشروط»، «… إن لم يُفرج عن المخطوفين»: the threat's condition, no event of its own
        return None
    if _attackers_getting_away(words, t, trigs):
        return None  # «إن المهاجمين، وعددهم أربعة، … انسحبوا»، «وأطلقوا النار بكثافة ثم انسحبوا»: part of the attack told
    if _setting_of_another_act(words, t, trigs):
        return None  # «انفجر لغم لدى مرور عربتهم خلال عملية تمشيط»: the sweep is where the act happened, told by it
    if t.pos != "v" and ((words[t.first].norm[:1] == "ل" and _aim_of_effort(words, t.first)) or (
            t.first > 1 and words[t.first - 1].norm == "الي" and words[t.first - 2].norm[:1] == "ل"
            and _aim_of_effort(words, t.first - 2))):
        # «ناشدوا الوجهاء التدخل للإفراج عن أبنائهم»، «جهود لوقف إطلاق النار»، «المساعي التركية للتوصل إلى تسوية»: the
        # aim of an effort (or what it would reach), not done
        return None
    if t.type == "SANCTION" and t.mode == "expel" and any(
            w.norm.strip("«»").removeprefix("ال") in _ARMED for w in words[t.last + 1 : t.last + 4]):
        return None  # «بعد طرد تنظيم «داعش» منها»، «حتى طرد آخر عنصر من الوحدات»: fighters driven out, no sanction
    if t.type == "CONSULT" and norm(t.lemma) == _RECEIVED and (
            any(w.norm in _PATIENTS for w in words[t.last + 1 : t.last + 12])
            or (t.first > 0 and words[t.first - 1].norm in _HOSPITALS)):
        return None  # «المشفى استقبل خلال الساعات الماضية ثلاثين جريحاً»: patients taken in, no visit
    if t.type == "CONSULT" and norm(t.lemma) == _RECEIVED and (
            k := next((k for k in range(t.last + 1, min(len(words), t.last + 12)) if words[k].norm in _HOSTED), None)
    ) is not None and not any(w.norm.startswith(("وفد", "ووفد")) for w in words[t.last + 1 : k]):
        return None  # «وقد استقبلت المدينة … عشرات آلاف النازحين»: the displaced taken in, no visit (but «استقبل
        # المحافظ وفداً من النازحين» receives a delegation)
    if t.type == "CONSULT" and norm(t.lemma) == _RECEIVED and any(
            w.norm in _CONDOLERS for w in words[t.last + 1 : t.last + 5]):
        return None  # «أُقيم لهم مجلس عزاء استقبل فيه ذووهم المعزّين»، «يستقبل ضيوفه»: mourners or guests at home, no visit
    if t.type == "CONSULT" and norm(t.lemma) == _RECEIVED and (
            any(w.norm.removeprefix("و") in _WELCOMERS for w in words[max(0, t.first - 1) : t.last + 3])
            or any(w.norm.removeprefix("و") in _WELCOMED_WITH for w in words[t.last + 1 : t.last + 10])):
        return None  # «الأهالي يستقبلون الجنود»، «استقبلها المقاتلون … بالهتافات»: a welcome, no visit received
    if (t.type == "RETREAT" and t.mode == "release" and t.first > 0 and words[t.first - 1].norm in _IN_EXCHANGE
            and any(w.norm in _RANSOM for w in words[: t.first])):
        # «طالبوها بفدية … مقابل إطلاق سراحه»: what the ransom would buy, not done (in a swap, «تسلّم الفصائل جثتي
        # عنصرين مقابل إطلاق سراح ثلاث معتقلات», the release is the other side's act)
        return None
    if t.type == "RETREAT" and norm(t.lemma) == _EVACUATION and t.last + 1 < len(words) and (
            words[t.last + 1].norm in _CASUALTIES_MOVED):
        return None  # «منعوا سيارتي إسعاف … لإخلاء الجرحى»: casualties carried off, no withdrawal
    if t.type == "AGREE" and norm(t.lemma) == _LEVELLING and any(
            w.norm == "بالارض" for w in words[t.last + 1 : t.last + 4]):
        return None  # «اقتحام الحي «وتسويته بالأرض»»: razing it to the ground, no settlement
    if (t.type == "PROTEST" and t.pos == "v" and norm(t.lemma) == "احتج" and t.last + 1 < len(words)
            and words[t.last + 1].norm in ("خلاله", "خلالها", "لدي", "لدى")):
        return None  # «أجروا اتصالاً … احتجوا خلاله على الغارات»، «احتجت لدى السفير»: words in an exchange, no street
    if t.type == "CONSULT" and t.mode == "phone" and t.first > 0 and words[t.first - 1].norm in ("في", "خلال", "عبر"):
        return None  # «طالب الخاطفون ذويه، في اتصال هاتفي، بفدية»: the medium of another act, not a consultation
    if aggregate_since(words, t):
        return None  # «احتجاجات متكررة منذ سيطرة النظام»، «حصاراً منذ سنوات»: an aggregate or a lasting state
    if (t.type == "ASSAULT" and t.pos != "v" and t.first > 0 and fact == "hypothetical"
            and words[t.first - 1].norm.removeprefix("و") in _BANNING):
        return None  # «ومنع إطلاق النار في المآتم والأعراس»: what a measure bans or prevents, no act
    if _agreement_carried_out(words, t):
        return None  # «بتأخير تنفيذ الصفقة»، «التزموا بالهدنة»، «المرحلة الثانية من الصفقة»: the deal in force, no new act
    if t.type in _CONCEDED_TYPES and t.pos == "n" and _despite(words, t.first):
        return None  # «ولم تُعِد فتحه رغم مطالبات سائقين …»، «رغم وعود متكررة»: appeals or promises conceded, no act told
    if t.type == "RETREAT" and t.pos == "n" and t.first > 0 and words[t.first - 1].norm == "قبل" and (
            words[t.head].norm.endswith(("ه", "ها", "هم"))):
        return None  # «لغم زرعه التنظيم قبل انسحابه»: when the mine was laid, not a withdrawal told
    if t.type == "RETREAT" and t.pos == "v" and t.first > 1 and words[t.first - 2].norm == "قبل" and words[t.first - 1].norm == "ان":
        return None  # «… ونهبوا المحال قبل أن ينسحبوا باتجاه الغرب»: how the act told before ended, not a withdrawal of its own
    src, rec, rwhy, how = assign_roles(words, t, args["actors"], others=trigs, place_starts=shared.place_starts)
    if (named := self_name(words, src, args["actors"])) is not None:
        src, rec = [named], [a for a in rec if (a.first, a.last) != (named.first, named.last)]
        rwhy = [*rwhy, "«مجموعة تطلق على نفسها اسم X»: X is the subject's own name, who acts, not the object"]
    if (t.type == "ACCUSE" and t.pos == "p" and comma_and(words, t) and any(o.pos == "v" and o.last < t.first for o in trigs)
            and len(src) == 1 and all(a.first > t.head for a in rec) and t.first < src[0].first and src[0].last < t.head):
        # «وأدانت الرئاسة …، وحمّلت الحكومة الإسرائيلية «المسؤولية الكاملة»»: in a verb joined to the clause before, the
        # one actor between «حمّل» and «المسؤولية» is the one blamed; who blames is that clause's subject (an actor after
        # «المسؤولية عن سلامة المعتقلين» is what the blame is for)
        src, rec, how = [], [*src], ""
        rwhy = [*rwhy, "the actor inside «حمّل … المسؤولية» is the one blamed, not who blames"]
    elif (t.type == "ACCUSE" and t.pos == "p" and norm(t.lemma.split("…")[0].split("/")[0].strip()) in _BLAMING
          and len(src) + len(rec) == 1 and t.first < (blamed := [*src, *rec][0]).first and blamed.last < t.head
          and (subject := _unnamed_subject(words, t.first + 1, blamed.first)) is not None):
        # «وحمّلت الحملة التحالف الدولي المسؤولية …»: the subject right after «حمّل» is no actor the lists know; the actor
        # after it, before «المسؤولية», is the one blamed
        subject.text = doc.text[subject.start : subject.end]
        src, rec, how = [subject], [blamed], "VSO"
        rwhy = [*rwhy, "«حمّل X Y المسؤولية»: Y, the actor before «المسؤولية», is the one blamed; X, the noun right after "
                       "the verb, is who blames"]
    if src or rec:
        speakers = [a for a in [*src, *rec] if _speaker_before_colon(words, a, t)]
        if speakers:
            src, rec = [a for a in src if a not in speakers], [a for a in rec if a not in speakers]
            rwhy = [*rwhy, "«X: …» names who speaks, not who acts"]
    if t.type == "AID" and t.pos == "v" and norm(t.lemma) in _RECEIVING and src:
        # «تسلّمت 300 عائلة حصصاً غذائية»: who receives the aid is its recipient, not its giver
        src, rec = [], [*src, *[a for a in rec if a not in src]]
        rwhy = [*rwhy, "the subject of a verb of receiving («تسلّم»، «استلم»، «تلقّى») is the aid's recipient"]
    if t.type == "AID" and not src and t.pos != "v" and (giver := aid_giver(words, t, args["actors"])) is not None:
        src = [giver]
        rwhy = [*rwhy, "who gave or sent the aid («قافلة … مقدّمة من X»، «أرسلتها X»، «بإشراف X»)"]
    if t.type == "AID" and not rec and (dest := aid_destination(words, t, args["places"], args["times"])) is not None:
        rec = [dest]
        rwhy = [*rwhy, "who the aid is for («لأهالي …»، «لإغاثة …») or sent to («إلى مخيمات النازحين»، «إلى قطاع غزة»)"]
    if t.type == "THREATEN" and not rec and (who := whoever_threatened(words, t, trigs)) is not None:
        who.text = doc.text[who.start : who.end]
        rec = [who]
        rwhy = [*rwhy, "«كل من يـ…» after the threat: whoever does that is whom it threatens"]
    if (owner := weapon_subject_owner(words, t, args["actors"])) is not None and not any(a is owner for a in src):
        # «مسيّرة لقوات النظام تقتل امرأة»: the weapon's owner did it; the frame's actors after the verb were hit
        rec = [a for a in [*src, *rec] if a.first > t.last and a is not owner]
        src, how = [owner], "SVO"
        rwhy = [*rwhy, "a weapon «لـ/تابع لـ X» opening the clause before the attack verb: X is the attacker"]
    if (t.pos == "v" and first_person(words[t.head].norm)) or first_person_light_verb(words, t):
        speaker = quote_speaker(words, t, args["actors"])
        src = [speaker] if speaker is not None else []
        rec = [a for a in rec if speaker is None or not (a.first <= speaker.last and speaker.first <= a.last)]
        rwhy = [*rwhy, "first-person verb («قصفنا»، «رفضنا»): the speaker of the quote is the actor"]
    if t.pos == "v" and src and how != "agent" and passive_verb(doc.text[words[t.head].start : words[t.head].end], t.lemma):
        # (an agent phrase «من قبل X»، «على يد X» stays the source of a passive: «اختُطف الشاب من قبل مجموعة مسلحة»;
        # so does the subject of a resumptive verb on the weapon: «قُتلت طفلة بقذيفة أطلقتها قوات النظام»)
        kept = [a for a in [*src, *rec] if a.first > t.last and (_after_resumptive(words, a) or fired_by(words, a))]
        src, rec = kept, [a for a in [*src, *rec] if a not in kept]
        rwhy = [*rwhy, "passive verb (vowelled قُتل، اُغتيل): the actor after it is the recipient"]
        freed = [a for a in rec if t.mode == "release" and a.first > t.last and words[a.first - 1].norm == "عن"]
        if freed:
            rec = freed  # «وأُفرج عن الطالبين … بعد دفع فدية لخاطفيه»: who is released follows «عن»
        elif t.mode == "release" and t.last + 1 < len(words) and words[t.last + 1].norm in FROM_HIM:
            # «وكان المسلحون قد خطفوا الشاب …، ثم أُفرج عنه»: who «عنه» frees is a person named before, not any actor
            rec = [a for a in rec if a.first > t.last or freed_by_pronoun(words[t.last + 1], words[a.first])]
        if rec and rec[0].last < t.first and (who := kin_genitive(words, rec[0])) is not None:
            who.text = doc.text[who.start : who.end]
            rec = [who, *rec[1:]]
            rwhy = [*rwhy, "«أقارب الشاب الذي قُتل»: the one the relative clause is about, not his relatives"]
    # (also over an actor read further on: «قُتل مدنيان وأُصيب طفل» — the child is the next verb's)
    if (t.pos == "v" and passive_verb(doc.text[words[t.head].start : words[t.head].end], t.lemma)
            and (patient := passive_patient(words, t, args["actors"])) is not None
            and all(a.first > patient.last for a in rec)):
        src, rec = [a for a in src if a.last < patient.first or a.first > patient.last], [patient]
        rwhy = [*rwhy, "the dual or counted noun right after a passive verb («اعتُقل شقيقان») is its patient"]
    if src and how in ("VSO", "SVO", "subject") and (dying_word(words[t.head].norm) or dying_word(words[t.first].norm)):
        # «لقي ثلاثة مدنيين حتفهم»، «استشهد طفلان برصاص قناص»: who dies is the victim, not the attacker
        src, rec = [], [*src, *rec]
        rwhy = [*rwhy, "the subject of a verb of dying or undergoing (لقي حتفه، استشهد، تعرض للضرب) is the victim"]
        if (t.pos == "v" and (patient := passive_patient(words, t, args["actors"])) is not None
                and all(a.first > patient.last for a in rec)):
            rec = [patient]  # «استشهد مدنيان وأصيب طفل»: the counted or dual subject, not the next verb's actor
    elif (not src and not rec and t.pos == "v" and dying_word(words[t.head].norm)
          and (dead := counted_victim_at(words, t.last + 1)) is not None):
        rec = [dead]  # «استشهد ثلاثة عسكريين»: a counted subject that is no actor's name still names who died
        rwhy = [*rwhy, "the counted subject of a verb of dying (استشهد، لقي حتفه) is the victim"]
    if t.pos == "v" and object_suffix(words[t.head].norm, t.lemma):
        after = next((a for a in args["actors"] if a.first == t.last + 1), None)
        if after is not None and not any(a is after for a in src):
            before = [a for a in src if a.last < t.first]
            src, rec = [after], [*before, *[a for a in rec if a is not after and a.last < t.first]]
            rwhy = [*rwhy, "a verb with an object pronoun («تحتجزهم جماعات»): the actor after it is the subject, "
                           "the one before it the object"]
    subject_victim = None
    if t.type == "ASSAULT" and t.pos == "v" and all(a.first > t.last for a in rec):
        # (an actor read after the verb as its object gives way: «قد قُتلوا … برصاص مسلحين من «داعش»» names the
        # killers' group there, not the victims)
        victim = pluperfect_victim(doc, words, t)
        if victim is not None:
            src = [a for a in src if a.last < victim.first or a.first > victim.last]
            rec = victims_of_groups([victim], args["actors"])
            subject_victim = rec[0]
            rwhy = [*rwhy, "«وكان X قد قُتل/لقي حتفه، …»: the subject of a passive or dying verb after «كان … قد» is the victim"]
    if t.type == "COERCE" and t.mode == "arrest" and t.pos == "p" and "…" in t.lemma and not (
            words[t.last].norm[:1] == "ب" and len(words[t.last].norm) >= 4) and (
            not rec or rec[0].last < t.last or (rec[0].first == t.last and rec[0].actor is None)):
        # (not a phrase ending in its «بـ» masdar, «أمر … بحبس»: who is held follows it)
        # «أوقفت دورية من مديرية المخابرات شخصين»، «تمّ إيقاف 14 شخصاً»: the person noun that ends the arrest phrase
        # (with its count) is who was arrested, not an actor named in the gap
        obj = phrase_object(doc, words, t)
        src = [a for a in src if a.last < obj.first or a.first > obj.last]
        rec = [obj]
        rwhy = [*rwhy, "the person noun ending an arrest phrase («أوقفت … شخصين») is who was arrested"]
    if (t.type == "COERCE" and t.mode == "arrest" and t.pos == "v"
            and not passive_verb(doc.text[words[t.head].start : words[t.head].end], t.lemma)
            and (held := _arrested_count(words, t)) is not None
            and all(t.last < a.first and a.last < held.first for a in rec)):
        # «اعتقل عناصر حاجز الأمن العسكري المتمركز على طريق المطار أربعة شبان»، «اعتقلت قوات من جهاز المخابرات، فجر
        # اليوم، سبعة أشخاص»: the counted people after a long subject are who was arrested; an actor named between
        # the verb and them is part of the subject
        src = [*src, *[a for a in rec if not any(a.first <= b.last and b.first <= a.last for b in src)]]
        src = [a for a in src if a.last < held.first or a.first > held.last]
        rec = [held]
        rwhy = [*rwhy, "the counted people after an arrest verb and its subject («اعتقل عناصر الحاجز … أربعة شبان») "
                       "are who was arrested"]
    if (not rec or (t.pos == "p" and len(rec) == 1)) and t.type in ("COERCE", "ASSAULT", "RETREAT") and t.pos != "v":
        patient = counted_after_noun(words, t)
        # (a phrase's object may be the counted noun's head alone: «القبض على ثلاثة أشخاص» names «ثلاثة أشخاص»)
        if patient is not None and (not rec or patient.first <= rec[0].first <= rec[0].last <= patient.last):
            src = [a for a in src if a.last < patient.first or a.first > patient.last]
            rec = victims_of_groups([patient], args["actors"])
            rwhy = [*rwhy, "a counted phrase right after the arrest or attack noun («القبض على خمسة مطلوبين»، «اعتقال "
                           "ثلاثة مشتبه بهم») is its patient"]
    if not src and t.type == "COERCE" and impersonal(doc, words, t):
        official = next((Arg(start=words[a].start, end=words[b].end, text=doc.text[words[a].start : words[b].end],
                             first=a, last=b, origin="attribution")
                         for a, b, k in attrib if k == "official" and b < t.first), None)
        if official is not None:
            src = [official]
            rwhy = [*rwhy, "«أعلنت الشرطة أنه أُلقي القبض على …»: the official body announcing an arrest with no agent made it"]
    if not src and t.type == "ASSAULT" and t.pos == "v":
        owner = attack_owner(words, t, args["actors"], rec)
        if owner is not None:
            src = [owner]
            rwhy = [*rwhy, "the owner of the attack that killed («قُتلت امرأة بقصف مدفعي لقوات النظام»، «بنيران X») is the attacker"]
    if not src and t.pos in ("v", "p") and t.type in ("ASSAULT", "COERCE", "MOBILIZE") and (
            slot := pluperfect_agent(doc, words, t, args["actors"], rec)) is not None:
        src = [slot]
        rwhy = [*rwhy, "«وكانت طائرة تابعة لـ X قد استهدفت»: the actor named in the subject before «قد» did it"]
    if (holder := commemoration_subject(words, t, args["actors"])) is not None:
        src = [holder]
        rwhy = [*rwhy, "«أحيا X الذكرى … بوقفة»: who held the commemoration held the protest it was held with"]
    # (and a verb of what was done «خلاله/خلالها», the operation the light verb names: «نفّذت قوة من الجهاز، فجر
    # اليوم، إنزالاً جوياً …، اعتقلت خلاله خمسة مطلوبين»)
    during = t.pos == "v" and t.last + 1 < len(words) and words[t.last + 1].norm in ("خلاله", "خلالها", "خلالهما")
    if not src and (t.pos != "v" or during):
        doer = light_verb_subject(words, t, args["actors"], rec)
        if doer is not None:
            src = [doer]
            rwhy = [*rwhy, "the subject right after the light verb («نفّذت X، …، عملية دهم») does the act its object names"]
    if not src and t.type in ("MOBILIZE", "AID") and t.pos == "n" and (
            sender := promised_by(words, t, args["actors"])) is not None:
        src = [sender]
        rwhy = [*rwhy, "the body that promised or announced them right after «التي» («التعزيزات التي وعدت بها وزارة "
                       "الدفاع») sends them"]
    if not src and t.type == "COERCE":
        keeper = checkpoint_owner(doc, words, t, args["actors"], rec)
        if keeper is not None:
            src = [keeper]
            rwhy = [*rwhy, "an arrest «على حاجز X» with no agent was made by the checkpoint's force"]
    if not rec and t.type in ("REQUEST", "THREATEN"):
        called = called_party(words, t, args["actors"], src)
        if called is not None:
            rec = [called]
            rwhy = [*rwhy, "a demand or threat made after contacting X («اتصلوا بالعائلة … وطالبوا بفدية») is made to X"]
    if t.type == "THREATEN" and (not rec or (src and subjects_own(words, src[-1], rec[0]))) and (
            aimed := threatened_party(words, t, args["actors"], src, args["places"])) is not None:
        # (also instead of a word of the subject's own phrase read as its object: «وهدد المعلمون المعتصمون …»)
        rec = [aimed]
        rwhy = [*rwhy, "a threat is aimed at the subject of its condition («في حال رفض X») or the object of the hostile act "
                       "it promises («وطرد عناصر X»)"]
    if (t.type == "REQUEST" and t.pos == "v" and t.first > 0 and proclitic_in(words[t.first - 1].norm, _DOCUMENTS, "و")
            and present_tense(words[t.head].norm, t.lemma)):
        # «رفع المتظاهرون لافتات تطالب روسيا بـ…»، «مذكرة … تطالب الحكومتين بـ…»: what a banner or a memorandum asks
        # is asked of the actor after the verb, by whoever raised or handed it (the nearest actor before)
        asked = [a for a in [*src, *rec] if a.first > t.last]
        holders = [a for a in args["actors"] if a.last < t.first - 1 and not any(a is b for b in asked)]
        rec = asked[:1] or rec
        src = [max(holders, key=lambda a: a.last)] if holders else []
        rwhy = [*rwhy, "a banner or a memorandum that asks («لافتات تطالب X بـ…»): X is asked, by whoever raised it"]
    if not rec and t.type in ("REJECT", "SUPPORT") and t.pos == "v" and (
            by := proposer(words, t, args["actors"], src)) is not None:
        rec = [by]
        rwhy = [*rwhy, "what is rejected or welcomed is something X proposed or did («مقترحاً طرحته X»، «الخطوات التي "
                       "اتخذها X»): X is its recipient"]
    crowd = None
    if not src and t.type == "PROTEST" and (crowd := called_by(words, t, args["actors"])) is not None:
        src = [crowd]
        rwhy = [*rwhy, "who called for the protest («بدعوة من X») holds it"]
    elif t.type == "PROTEST" and (not src or (len(src) == 1 and src[0].first > 0 and kin_head(
            words[src[0].first - 1]))) and (crowd := protest_crowd(words, t)) is not None and (
            not src or crowd.first < src[0].first <= crowd.last):
        # (also the crowd of the kin of those the actor found names: «العشرات من ذوي المعتقلين», not «المعتقلين»)
        crowd.text = doc.text[crowd.start : crowd.end]
        src, how = [crowd], how or "subject"
        rwhy = [*rwhy, "the crowd that protested («خرج المئات من أهالي …»، «شارك فيها العشرات …»)"]
    addressee = None
    if not rec and t.type == "PROTEST":
        target = addressee = protest_target(words, t, args["actors"], src)
        if target is not None:
            rec = [target]
            rwhy = [*rwhy, "the body a protest is held before («أمام مكتب … التابع لـ X») or against («ضد X»، «احتجاجاً "
                           "على حملات تنفذها X») is its recipient"]
    if not rec and t.type in ("MOBILIZE", "ASSAULT"):
        facing = _facing(words, args["actors"], src)
        if facing is not None:
            rec = [facing]
            rwhy = [*rwhy, "the side across the front line («خطوط التماس مع X») is the recipient"]
    parties = demonym_parties(words, t)
    if parties:
        src, rec, rwhy = _with_parties(doc, t, parties, src, rec, rwhy)
    if t.type == "COOPERATE" and t.pos == "p" and any(a.first <= t.last <= a.last for a in rec):
        # «سيّرت القوات الروسية والتركية دورية مشتركة»: the joint patrol the phrase ends with is no one it acts on
        # (an arrest phrase ends with whom it takes: «أوقف … عنصرين»)
        rec = [a for a in rec if not a.first <= t.last <= a.last]
    src = sources_of_groups(src, args["actors"], words)
    src, rec = _demonym_ids(words, src), _demonym_ids(words, victims_of_groups(rec, args["actors"]))
    if t.type == "RETREAT" and norm(t.lemma) in _EXCHANGES and src and not rec and all(
            _exchanged(words, a) for a in src):
        # «تبادل جثث ومعتقلين»، «بتبادل جثامين ثمانية قتلى»: what is exchanged is who is released, no one who acts
        src, rec, rwhy = [], src, [*rwhy, "what an exchange hands over («تبادل جثث ومعتقلين») is released, not acting"]
    speaker = _speaker_after(doc, words, t) if t.type in STATEMENT_TYPES else None
    if len(src) == 1 and not rec and t.type in _ADDRESSED and speaker is not None and src[0].first > speaker.last and (
            t.type == "THREATEN" or src[0].first - speaker.last <= 2):
        # «وتوعّد مصدر عسكري المجموعات التي ترفض الاتفاق بـ«الحسم»»: the actor right after the unnamed speaker is the
        # one addressed, threatened or accused (for a threat, anywhere after him: «وهدد مصدر عسكري بقصف مواقع التنظيم»)
        src, rec = [speaker], src
        rwhy = [*rwhy, "an unnamed speaker right after the verb («وتوعّد مصدر عسكري X بـ…») says it; X is addressed"]
    if not src and speaker is not None:
        # «ورفض مصدر عسكري، في تصريح لـ«السواقي»، مقترح «هدنة إنسانية»»: the unnamed source who says it is its source
        src, rwhy = [speaker], [*rwhy, "an unnamed source right after the verb of saying («ورفض مصدر عسكري …») says it"]
    if len(src) == 1 and not rec and t.type == "THREATEN" and t.pos == "v" and src[0].first > t.last and (
            threatened := _object_after_aside(words, src[0], args["actors"])) is not None:
        # «وتوعّد مصدر عسكري في قيادة المنطقة، في تصريح لـ«…»، خلايا التنظيم بـ«سحقها»»: the object after the aside
        rec, rwhy = [threatened], [*rwhy, "the actor right after an aside that follows the subject is threatened"]
    if fwhy and fwhy[0] == CHARGE_CONTENT and (src or rec):
        # «… بحثاً عن شبان متورطين في عمليات خطف»: an act alleged names no one who did it or suffered it
        src, rec, rwhy = [], [], [*rwhy, "the content of a charge: its roles are not told"]
    own = _own_clause(words, t, trigs, _not_attacked_before(words, t, trigs, shared.places))
    place, pwhy, strong, nearest = _place_of(words, t, own, [p for p in args["places"] if p in own], args["times"])
    # (the detection model was trained with the place picked among all the sentence's places; it never sees the town
    # named nearest the trigger, which does not anchor the event either)
    seen_place, _why, _strong, seen_nearest = (place, pwhy, strong, nearest) if len(own) == len(shared.places) else (
        _place_of(words, t, shared.places, args["places"], args["times"]))
    if seen_nearest:
        seen_place = None
    anchor = None if nearest else place
    # a commemorated event («الذكرى السادسة لاغتيال …») takes no time of today's sentence and stands between no
    # time and its trigger
    if t not in shared.dated or (t.pos != "v" and condemnation_before(words, t) is not None) or site_of_act(words, t):
        # (the time of «وأدانت الوزارة، في رسالة وجّهتها اليوم، «العدوان»» is the condemnation's: the attack condemned
        # happened before and inherits its date from the event told; so is the time of «وزار المحافظ موقع الاعتداء
        # صباح اليوم» the visit's)
        time, twhy = None, ""
    else:
        time, twhy = pick_time(t, args["times"], others=shared.dated, words=words)
    # (the detection model was trained with «قبل/بعد ظهر …» read as a tie to another event: the time it reads stays so;
    # any other time so tied is dropped below, and governs nothing either)
    unseen = time is not None and words[time.first].norm in _NOON and _time_linked(words, t, time, noon=False)
    if time is not None and _time_linked(words, t, time) and not twhy.startswith((OPENING_TIME, SENTENCE_TIME)):
        # «يجري لقاء الأسبوع المقبل بعد طلب الفصائل»: the date is the other event's; this one inherits one
        time, twhy = None, ""
    if fact in ("asserted", "reported") and time is not None and _long_before_publication(doc, time):
        fact, fwhy = "historical", [*fwhy, f"its date ({time.data.get('value')}) is more than a year before publication"]
    if (fact in ("asserted", "reported") and _after_publication(doc, time) and t.type in STATEMENT_TYPES and t.pos == "v"
            and not present_tense(words[t.head].norm, t.lemma) and time is not None and time.first > t.last + 3):
        # «وطالب المجلس … بـ«التدخل العاجل»، ولوّح بإعلان العصيان اعتباراً من السبت المقبل»: a demand or a threat made
        # (a past verb) is dated by its statement; a later time in the sentence dates what it asks for or warns of
        time, twhy = None, ""
    if fact in ("asserted", "reported") and _after_publication(doc, time):
        fact, fwhy = "planned", [*fwhy, "its date is after the publication date («غداً»، «الأسبوع المقبل»): not happened yet"]
    # the detection model was chosen with times that govern the trigger; a sentence-opening date only dates it
    governing = None if time is None or unseen or twhy.startswith((OPENING_TIME, SENTENCE_TIME)) else time
    fat, qwhy = _fatalities(t, args["quantities"])
    counted = fat  # what the detection model reads: a count in the sentence (it was trained so)
    # an act told in its own «فيما/بينما» clause counts only that clause's victims («ارتقى شهيدان … إثر غارات …، فيما
    # ألقت المروحيات براميل … دون أن تُسجَّل إصابات»)
    quants = args["quantities"] if (contrast := _contrast_start(words, t, src, how)) is None else [
        q for q in args["quantities"] if q.start >= contrast]
    ensuing = max((k for o in trigs if o.first <= t.first and (k := _ensuing_at(words, o)) is not None), default=None)
    if ensuing is not None:
        # (the dead of the act the fighting followed are not the fighting's, nor its shells': «قُتل شابان …، لتندلع
        # بعدها اشتباكات بالأسلحة الخفيفة والقذائف»)
        quants = [q for q in quants if q.start >= words[ensuing].start]
    if quants is not args["quantities"]:
        fat, qwhy = _fatalities(t, quants)
    if fat is None and fact in ("asserted", "reported") and subject_victim is not None and (
            norm(t.lemma) in _KILLINGS or dying_word(words[t.head].norm)) and rec and rec[0] is subject_victim:
        n = victim_count(words, subject_victim)
        if n is not None:
            fat, qwhy = n, "the victims counted in the subject of «وكان … قد قُتلوا/لقي حتفه»"
    if fat is None and fact in ("asserted", "reported") and t.pos == "v" and len(rec) == 1 and rec[0].last < t.first and (
            norm(t.lemma) in _KILLINGS and words[t.head].norm.endswith("ا") and not words[t.head].norm.endswith("وا")
            and victim_count(words, rec[0]) == 2):
        # «وكان عنصران من الأسايش قد قُتلا …»: a dual killing verb after its dual subject, no count told
        fat, qwhy = 2, "the dual subject of a dual killing verb («وكان عنصران … قد قُتلا»)"
    if fat is None and fact in ("asserted", "reported") and _one_killed(words, t, rec):
        # «اغتال مسلحون مجهولون المختار …»، «قُتل الشيخ …»: one victim named, no count; a figure told elsewhere
        # wins (the count is marked vague, as ACLED's word figures are)
        fat, qwhy = 1, "vague: one victim named by a killing («اغتال … المختار»), no count given"
    if fat is None and fact in ("asserted", "reported") and t.pos == "v" and rec and (
            norm(t.lemma) in _KILLINGS or norm(t.lemma) == _EXECUTE) and (n := _counted_object_of(words, rec[0])):
        # «وأعدم التنظيم، ضحى اليوم، ثلاثة شبان رمياً بالرصاص»: the dead are the counted object of the killing verb
        fat, qwhy = n, "the counted object of a killing verb («أعدم التنظيم ثلاثة شبان»)"
    death_told = False
    if fat is None and fact in ("asserted", "reported") and t.type == "ASSAULT":
        why_none, death_told = _no_one_killed(words if contrast is None else [w for w in words if w.start >= contrast],
                                              quants)
        if why_none:
            # ACLED's figure for an attack whose report tells no death: 0 (marked vague, so that a figure told by
            # another telling of the event wins when they merge)
            fat, qwhy = 0, f"vague: {why_none}"
    if fact in ("asserted", "reported") and t.type == "ASSAULT" and fat is not None and fat >= TOLL_MIN:
        # «أسفرت الضربات عن مقتل 5120 مدنياً»: a toll of many acts, as «آلاف القتلى» is
        fact, fwhy = "generic", [*fwhy, f"{fat} killed: a toll of many acts, not one event"]
    # (a spokesman right after the verb is its subject, though no actor: «كما توعّد المتحدث بـ…»)
    # (nor a warning that threatens, which the trigger rules read in full: «محذراً من أن أي مكان تنطلق منه القذائف
    # سيكون هدفاً مشروعاً»)
    unanchored = not (src or rec or anchor or args["places"] or fat is not None or _spokesman_after(words, t)
                      or _buses_leaving(words, t)
                      or (t.type == "AGREE" and _meeting_outcome(words, t, trigs) is not None)) and (
        t.type not in ("ASSAULT", "PROTEST")) and not (t.type == "THREATEN" and norm(t.lemma) in WARNING_LEMMAS)
    # («ثم أُفرج عنه»: the pronoun names someone held before; kept when the one who held them is found)
    needs_holder = unanchored and t.mode == "release" and t.pos == "v" and t.last + 1 < len(words) and words[t.last + 1].norm in FROM_HIM
    unanchored = unanchored and not needs_holder
    but_they = _but_they(words, t) or _joined_to_a_verb(words, t, trigs) or _reached_in_a_joined_clause(words, t, trigs)
    # («أنباء عن الإفراج عن الحلبي»: the news names the act, though no actor or place the rules know)
    news_of = fact == "rumored" and t.pos != "v" and told_as_news(words, t.first)
    if unanchored and not but_they and not news_of and not any(w.norm in _BOTH_SIDES for w in words):
        return None  # (but «توصل الطرفان إلى اتفاق» names its parties by reference, «لكنهم رفضوا» by a pronoun)
    # (a protest's addressee is an argument of the output, not one of the roles the detection model counts: with it
    # counted, PROTEST CV fell 0.654 → 0.645)
    # (nor is a crowd found for a protest with no actor: the model was trained without it)
    conf = model.score(words, t, fact=fact, n_actors=len(src) + len(rec) - (addressee is not None) - (crowd is not None),
                       has_place=seen_place is not None and seen_place.data.get("_feature") != "country",
                       fatalities=counted, n_quant=len(args["quantities"]), has_time=governing is not None,
                       sent_triggers=trigs, time_precision=governing.data.get("precision") if governing else None,
                       time_kinds=shared.time_kinds)
    for facts, applies, reason in _AFTER_THE_MODEL:
        if (fact != "historical" if facts is None else fact in facts) and applies(words, t):
            fact, fwhy = "generic", [*fwhy, reason]
    attribution = [
        {"text": doc.text[words[a].start : words[b].end], "kind": k, "start": words[a].start, "end": words[b].end}
        for a, b, k in attrib if not (a <= t.last and t.first <= b)
    ]
    anaphoric = _anaphoric(words, t, " ".join(fwhy), shared.place_starts)
    if anaphoric is not None and anaphoric.startswith("welcomed") and how == "subject":
        src = []  # «رحّبت البعثة … باتفاق وقف إطلاق النار»: who welcomes the deal did not make it
    if anaphoric is not None and t.pos in ("n", "p") and t.first > 0 and words[t.first - 1].norm in _PHASE_NOUNS:
        # «وطالبت الهيئة، في ختام الاجتماع، المجموعات المتشددة بـ…»: the meeting named as the time of the demand takes
        # none of the demand's actors (it is the meeting told before)
        src, rec = [], []
    ev: Event = {
        "id": "",
        "type": t.type,
        "mode": t.mode,
        "acled": None,
        "source": [_members_dict(doc, words, args["actors"], a) for a in src],
        "recipient": [_members_dict(doc, words, args["actors"], a) for a in rec],
        "location": dict(place.data) if place is not None and (
            place.data.get("name_en") is not None or place.data.get("lat") is not None) else (
            {"text": place.text, "start": place.start, "end": place.end, "name_en": place.name_en, "geo_precision": 1,
             "_norm": norm(place.text)} if place is not None else None),
        "date": _date_dict(time) if time is not None else None,
        "attribution": attribution,
        "factuality": fact,
        "fatalities": fat,
        "_fat_vague": fat is not None and qwhy.startswith("vague"),
        "_fat_death": death_told,
        "evidence": {"sentence": si, "start": sent.start, "end": sent.end,
                     "trigger": {"text": doc.text[t.start : t.end], "start": t.start, "end": t.end}},
        "confidence": round(conf, 3),
        "_conf": conf,
        "why": {"trigger": t.reasons, "factuality": fwhy, "actors": rwhy, "location": pwhy, "date": twhy,
                "fatalities": qwhy, "attribution": attrib_why},
        "_sent": si,
        "_needs_subject": unanchored and but_they,  # dropped unless «لكنهم …» finds the subject before it
        "_needs_holder": needs_holder,  # dropped unless a holder is found before it
        # the article's first line, when it is a short headline (no more than 30 words)
        "_headline": _in_headline(doc, sent, words),
        "_pos": "v" if t.pos == "v" or (t.pos == "p" and not t.definite) else "n",
        "_anaphoric": anaphoric,
        # «قتيلان برصاص القنص بعد ساعات على هدنة التبانة»، «قبل أيام من بدء المفاوضات»: a deal or talks named as the
        # time another act is counted from, in construct or indefinite too, with no actor as its genitive (not «بعد أيام
        # على اجتماع ممثلي الفصائل»: see _time_reference_only)
        "_time_named": t.type in _NAMED_AS_A_TIME_TYPES and t.pos in ("n", "p") and _counted_from_noun(words, t.first) and not any(
            a.first == t.last + 1 for a in args["actors"]),
        # «في المقابل، روت «سانا» أن «مجموعة خارجة عن القانون» اعتدت على …»: the other side's telling of an act
        "_version": time is None and _other_version(words, t),
        # «وتبنّى «داعش» التفجير»: a claim names who did the act told before
        "_claimed": t.type == "ASSAULT" and _claimed_act(words, t),
        # the place a follow-up frame names («وفي سياق أحداث كفر سعد، …»): the event it goes back to was told there
        "_named_place": _frame_place(words, shared.places) if anaphoric == FOLLOW_UP else None,
        "_distinct": (_distinct(words, t) or _accompanied_by_other(words, t) or _verb_of_another(words, t, trigs)
                      or _same_time_other_act(words, t, trigs)),
        # «أن المهاجمين فجّروا سيارة مفخخة …»: how the act told before was done, told of its attackers
        "_by_attackers": _done_by_the_attackers(words, t, trigs),
        "_elapsed": _elapsed_from(words, t),
        # what an attack verb hit when it is no actor («استهدفت … قافلة شاحنات»): the recipient after merging if none
        # (else what its result damaged: «… ما أدى إلى دمار كبير في معصرة زيتون»)
        "_object": None if rec else (
            _actor_dict(doc, o) | ({"_damaged": True} if o.origin == "damaged" else {})
            if (o := object_phrase(doc, words, t, src, shared.place_starts, shared.places)
                or (damaged_by(words, t, trigs) if t.type == "ASSAULT" else None)
                or asked_party(doc, words, t, src, shared.place_starts)
                or visited_people(doc, words, t, src)) is not None
            else None),
        # «كما استهدفت مدفعية الجيش …» (also): the sentence adds another act, it does not tell the last one again
        "_also": t.pos == "v" and t.first <= 2 and bool(words) and words[0].norm in ("كما", "وكما"),
        # «… رداً على الهجوم الانتحاري»: the event responded to is another one than the sentence's own
        # (and «ردّت إيران على اغتيال قادة …»: what the verb of answering is «على» is the act answered)
        "_response": any(proclitic_in(w.norm, frame_cues()["response_words"], "وف") for w in words[max(0, t.first - 3) : t.first])
        or (t.first >= 2 and words[t.first - 1].norm == "علي"
            and any(w.norm in _ANSWERED for w in words[max(0, t.first - 4) : t.first - 1])),
        # «…، وردّت وحدات الجيش على مصادر الإطلاق»: a return of fire, another act than the one it answers
        "_reply": returns_fire(t) or _replied_with(words, t),
        "_src_how": how,
        "_src_opener": OPENER_WHY in rwhy,
        # «انفجرت عبوة …، فيما قصفت الطائرات …»: a verb with its own subject after «فيما/بينما/في حين» tells another act
        # than the clause before (the start of the opener)
        # (an attack noun with the subject of its light verb after the opener too: «…، فيما ألقت مروحيات النظام براميل
        # متفجرة على …»)
        # (computed with the roles above; no source, no clause of its own — but an act with no source at a place of its
        # own right after the opener is one: «…، في حين سقطت قذيفة مدفعية قرب سراي مرجعيون»)
        "_contrast": contrast if src else (_sourceless_contrast(words, t) if strong else None),
        # a town only a settlement word names («في مدينة جعار»: text only) is where the event is, but it decides no
        # merge and is not carried to later sentences: the gazetteer cannot tell whether it lies in another place named
        "_place_strong": strong and not (place is not None and place.origin == "pattern" and _settlement_only(place)),
        "_places": shared.place_keys,
    }
    if ev["location"] is not None and "_norm" not in ev["location"]:
        ev["location"]["_norm"] = norm(ev["location"].get("text") or "")
    if ev["location"] is not None and place is not None and office_place(words, place.first):
        ev["location"]["_office"] = True  # «محافظ الحديدة»: whose office (see _inherit_places)
    if ev["_anaphoric"] and ev.get("date") and not ev["date"].get("_inherited") and (
            (t.first > 0 and proclitic_in(words[t.first - 1].norm, _AFTER_WORDS, "و")) or twhy.startswith(SENTENCE_TIME)):
        # «وعقب الهجوم، أطلقت القوات، فجر اليوم، حملة …»: the sentence's time is the sweep's, the attack named as its
        # occasion happened before it; «حصيلة الهجوم بلغت ثلاثة، بينهم شاب التحق بالجهاز قبل أشهر»: a time elsewhere
        # in the sentence does not date an event referred back to — the event told before keeps its own
        ev["date"] = {**ev["date"], "_referred": True}
        ev["why"]["date"] = f"{twhy} (weak: the event is referred back to, the time may be another act's)"
    if ev["_anaphoric"] == ACCUSED:
        # «اتهمت الحكومة «قسد» بالوقوف وراء التفجير»: the accused is not known to have done it
        ev["source"], ev["recipient"] = [], []
        ev["why"]["actors"] = [*ev["why"]["actors"], "the event an accusation is about: its roles are the accusation's"]
    return ev


#: the acts that «رغم» concedes as a standing background when told by their noun («رغم مطالبات/مناشدات/وعود …»)
_CONCEDED_TYPES = frozenset({"REQUEST", "AGREE"})
#: «رغم»، «برغم»، «ورغم» (and «على الرغم من»: its last word before the noun is «من»)
_DESPITE = frozenset({"رغم", "برغم", "ورغم", "وبرغم"})


def _despite(words: list[Word], k: int) -> bool:
    """Is the word ``k`` the noun right after «رغم» («رغم مطالبات أممية متكررة»، «على الرغم من مناشدات ذويهم»)?"""
    if k > 0 and words[k - 1].norm in _DESPITE:
        return True
    return k > 2 and words[k - 1].norm == "من" and words[k - 2].norm in ("الرغم", "بالرغم", *_DESPITE)


#: the features of a place that only says in which province or country a town the gazetteer lacks lies
_WIDE_FEATURES = frozenset({"admin1", "country", "region"})
#: the reason ending of a place the gazetteer lacks that is only the town named nearest the trigger, governing nothing
NEAREST_NAME = " (the town named nearest the trigger; the gazetteer lacks it)"


def _place_of(words: list[Word], t: Trigger, places: list[Arg], known: list[Arg],
              times: Sequence[Arg] = ()) -> tuple[Arg | None, str, bool, bool]:
    """The trigger's place among ``places`` (:func:`pick_place`), the reason, whether it is strong, and whether it is
    only the town named nearest the trigger (:data:`NEAREST_NAME`: it places the event but neither anchors it —
    :func:`_build`'s «unanchored» — nor is seen by the detection model); a name the
    gazetteer lacks only when it governs, or when it opens the sentence («وفي كفرنوران، خرج العشرات …») and the
    sentence names no place of ``known`` (the gazetteer's), or when the place of ``known`` picked only says where it
    is («في بلدة عقابا شمال طوباس»): then on the map where that place is (:func:`_located`)."""
    place, pwhy, strong = pick_place(words, t, places, times)
    if place is not None and place.origin == "geocoder" and (
            named := next((p for p in places if p.origin != "geocoder" and _settlement_named(words, p)
                           and located_by(words, p, place)), None)):
        # «بدخول قافلة … إلى مدينة حيس جنوبي محافظة الحديدة»: the place picked only says where a town the gazetteer
        # lacks is
        return (_located(named, place), f"the place «{named.text}» the gazetteer lacks, located by «{place.text}»",
                strong, False)
    if place is None or place.origin == "geocoder":
        return place, pwhy, strong, False
    locator = next((k for k in known if located_by(words, place, k)), None) if _settlement_named(words, place) else None
    nearest = False
    if strong:
        pwhy = f"{pwhy} (a place name the gazetteer does not know)"
    elif sent_to_place(words, t, place):
        # (a name the gazetteer lacks where reinforcements or aid go: «دخول رتل للكتائب إلى بلدة القلعة»)
        pwhy = f"where the movement goes «{place.text}» (a place name the gazetteer does not know)"
    else:
        found = pick_place(words, t, known, times)
        if found[0] is not None and found[0] is locator:
            # «قصفت مسيّرة … مجموعة من الشبان في بلدة عقابا شمال طوباس»: the town the gazetteer lacks, not the place
            # that only says where it is
            pwhy = f"the place «{place.text}» the gazetteer lacks"
        elif found[0] is None and not known and _settlement_named(words, place) and place.origin == "pattern":
            # «اشتبكت قوات … مع عناصر التنظيم عند المدخل الشرقي لبلدة هراوة، بعد أيام من سيطرتها على بلدة بن جواد»:
            # with no place of the gazetteer in the sentence, the town named by its settlement word nearest the trigger
            # (where the event is, not a sign that it is one)
            pwhy, nearest = f"{pwhy}{NEAREST_NAME}", True
        elif (found[0] is not None and found[0].data.get("_feature") in _WIDE_FEATURES and place.origin == "pattern"
              and _settlement_named(words, place)):
            # «استهدف منازل في منطقة قيفة بمديرية ولد ربيع شمال غربي محافظة البيضاء»: the gazetteer's only place is a
            # province; the district named by its settlement word is finer (on the map at the province's point)
            return (_located(place, found[0]), f"the place «{place.text}» the gazetteer lacks, in «{found[0].text}»",
                    strong, False)
        elif found[0] is not None and office_apart(words, t, found[0]) and _settlement_named(words, place):
            # «اعتُقلا في قرية تابعة لناحية جلولاء، من دون أن تؤكد قيادة شرطة ديالى ذلك»: the gazetteer's only place
            # names whose office it is; the town named by its settlement word is nearer the act
            pwhy, nearest = f"{pwhy}{NEAREST_NAME}", True
        elif not opening_place(words, place) or found[0] is not None:
            return (*found, False)
    if locator is not None:
        return _located(place, locator), f"{pwhy}, located by «{locator.text}»", strong, nearest
    return place, f"{pwhy}: text only", strong, nearest


def _settlement_named(words: list[Word], p: Arg) -> bool:
    """Is the place name the gazetteer lacks named by a settlement word before it («بلدة عقابا»، «قرية مرعيان»), not a
    settlement word itself («قرية وبلدة») nor an adjective («حي شعبي»، «قرية زراعية»: an indefinite nisba)?"""
    head = p.first > 0 and words[p.first - 1].norm in SETTLEMENT_HEADS
    name = words[p.first + 1 if p.origin == "pattern" and p.first < p.last else p.first].norm
    if name.removeprefix("و") in SETTLEMENT_HEADS or (p.first == p.last and name.endswith(("ي", "يه"))
                                                       and not name.startswith("ال")):
        return False
    return head or p.origin in ("pattern", "crf")


def _located(p: Arg, k: Arg) -> Arg:
    """The place name ``p`` the gazetteer lacks, put on the map at the place ``k`` that locates it, as a site is put at
    its town (its English name and coordinates; ACLED's «near a town, part of a region»: precision 2, or the region's
    3)."""
    data = {**k.data, "text": p.text, "start": p.start, "end": p.end, "geonameid": None,
            "geo_precision": max(2, k.data.get("geo_precision") or 1), "_feature": None, "_norm": norm(p.text),
            "_located_in": k.text}
    return Arg(start=p.start, end=p.end, text=p.text, first=p.first, last=p.last, kind="place", origin=p.origin, data=data)


def _not_attacked_before(words: list[Word], t: Trigger, trigs: list[Trigger], places: list[Arg]) -> list[Arg]:
    """For a trigger of another type than ASSAULT, the places but those an earlier attack of the sentence aims at,
    after its «على» and before the trigger («بقصف لقوات النظام على كفرلاها بعد ساعات من اجتماع …»: the town is the
    attack's, not the meeting's)."""
    if t.type == "ASSAULT":
        return places
    return [p for p in places if not any(
        o.type == "ASSAULT" and o.last < p.first < t.first and p.first - o.last <= 4 and words[p.first - 1].norm == "علي"
        for o in trigs)]


def _own_clause(words: list[Word], t: Trigger, trigs: list[Trigger], places: list[Arg]) -> list[Arg]:
    """The places not told after another act joined by «و» after the trigger («مقتل ثلاثة بقصف على قرية X..
    واختطاف أربعة في مدينة Y»: Y is where the abduction happened)."""
    joined = [o.first for o in trigs if (o.type, o.mode) != (t.type, t.mode) and o.first > t.last
              and words[o.first].norm.startswith("و") and not norm(o.lemma).startswith("و")]
    if not joined:
        return places
    return [p for p in places if not any(t.last < k < p.first for k in joined)]


def _in_headline(doc: Document, sent: Sentence, words: list[Word]) -> bool:
    """Is the sentence part of a short first line followed by more text (the article's headline)?"""
    nl = doc.text.find("\n")
    return 0 <= nl and sent.end <= nl + 1 and len(words) <= 30 and len(doc.text) > nl + 1 + 80


def _not_targets(words: list[Word], trigs: list[Trigger]) -> list[Trigger]:
    """The triggers but the event nouns an attack aims at, up to four words after its trigger with no punctuation
    between («استهداف تجمعات المسلحين وتحصيناتهم»، «تستهدف موقعاً وانتشاراً لجنود»، «استهداف … شحنات أسلحة»):
    what was hit, not another event."""
    attacks = [o for o in trigs if o.type == "ASSAULT" and (norm(o.lemma) in _AIMING or target_verb_at(words, o.head))]
    if not attacks:
        return trigs

    def linked(k: int) -> bool:  # a word of the object phrase: no punctuation, preposition or verb
        w = words[k]
        if w.kind != "word":
            return w.norm in _QUOTES
        return w.norm not in _LINKS and not _coordinated_verb(w)

    return [t for t in trigs if t.type == "ASSAULT" or t.pos != "n" or not any(
        o.last < t.first <= o.last + 5 and all(linked(k) for k in range(o.last + 1, t.first)) for o in attacks)]


def _not_sent_forces(words: list[Word], trigs: list[Trigger]) -> list[Trigger]:
    """The triggers but a mobilisation noun that is the object of a mobilising verb before it, with only its subject
    and asides between («استقدمت قوات الأسد، منذ مساء الثلاثاء، تعزيزات جديدة إلى …»، «حشد الجيش مئات الجنود …»): the
    forces sent, one act with the sending, not a second one."""
    verbs = [o for o in trigs if o.type == "MOBILIZE" and o.pos == "v" and norm(o.lemma) in _SENDING]
    if not verbs:
        return trigs

    def object_of(o: Trigger, t: Trigger) -> bool:
        if not o.last < t.first <= o.last + 12 or any(o.last < x.first < t.first for x in trigs):
            return False
        return not any(w.norm in CLAUSE_ENDS or w.norm in _CLAUSE_OPENERS or (w.kind == "word" and _coordinated_verb(w))
                       for w in words[o.last + 1 : t.first])

    return [t for t in trigs if t.type != "MOBILIZE" or t.pos != "n" or not any(object_of(o, t) for o in verbs)]


def _not_dispersal_by_fire(words: list[Word], trigs: list[Trigger]) -> list[Trigger]:
    """The triggers but «لتفريق» right after a shooting that hurt («أطلقت النار لتفريق مظاهرة …، ما أدى إلى إصابة
    ثلاثة»): the purpose of the shooting, one act, not a second one.  (Warning shots with the purpose are one act read
    as a dispersal by the trigger finder: «أطلقوا الرصاص في الهواء لتفريق المحتجين».)"""
    shots = [o for o in trigs if o.type == "ASSAULT" and o.mode == "firearms"]
    if not shots:
        return trigs
    return [t for t in trigs if not (t.type == "COERCE" and t.mode == "restrict" and t.pos == "n"
                                     and words[t.first].norm.startswith("ل")
                                     and any(0 < t.first - o.last <= 4 for o in shots))]


#: the mobilising verbs that take the forces as their object (not «دخل/توغل/انتشر», whose forces are their subject)
_SENDING = frozenset(norm(w) for w in ("حشد", "استقدم", "نشر", "عزز"))
#: words opening another clause («فيما وصلت تعزيزات أخرى …»)
_CLAUSE_OPENERS = frozenset({"فيما", "وفيما", "بينما", "وبينما", "حيث", "حين", "كما", "وكما"})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
#: attacks that take what they hit as their object: «استهداف تجمعات المسلحين وتحصيناتهم»
_AIMING = word_set("extract", "_AIMING")
#: words that end an object phrase: prepositions, time links, verbs of support («وتشن حملة اعتقالات»)
_LINKS = word_set("extract", "_LINKS")
_NAME_KINDS = frozenset({"person", "place"})


#: words before «المهلة» that speak of a deadline already set: its end or its extension
_DEADLINE_ENDS = word_set("extract", "_DEADLINE_ENDS")


_FOR_DEMANDING = word_set("extract", "_FOR_DEMANDING")


#: a ceasefire broken, kept or consolidated («خرق جديد لوقف إطلاق النار»، «ملتزمون بوقف إطلاق النار»، «لتثبيت وقف إطلاق
#: النار»): the one in force, no new act
_BREACH_OR_KEEP = word_set("extract", "_BREACH_OR_KEEP")
#: words of banning or preventing right before an act noun («منع إطلاق النار»، «لمنع وقوع اشتباكات»)
_BANNING = word_set("extract", "_BANNING")
#: nouns of carrying out or undoing an agreement («تنفيذ الصفقة»، «تثبيت الهدنة»، «بنود الاتفاق»)
_CARRYING_OUT = word_set("extract", "_CARRYING_OUT")
#: the parts an agreement is carried out in («المرحلة الثانية من الصفقة»)
_STAGE_HEADS = word_set("extract", "_STAGE_HEADS")
#: the agreement nouns a later mention refers back to
_DEALS = word_set("extract", "_DEALS")


def _words_back(words: list[Word], first: int, reach: int) -> list[Word]:
    """The words before word ``first``, nearest first, at most ``reach`` of them, up to a punctuation mark (quotation
    marks aside)."""
    out: list[Word] = []
    for w in reversed(words[max(0, first - 2 * reach) : first]):
        if w.norm in QUOTE_MARKS:
            continue
        if w.kind != "word" or len(out) == reach:
            break
        out.append(w)
    return out


def _agreement_carried_out(words: list[Word], t: Trigger) -> bool:
    """Is the AGREE noun a definite agreement already made, named as what is carried out, kept, broken or staged
    («بتأخير تنفيذ الصفقة»، «حرص الطرفين على إنجاح الصفقة»، «التزموا بالهدنة»، «بخرق الهدنة»، «المرحلة الثانية من
    الصفقة»)? The agreement is the one in force; the mention tells no act of agreeing."""
    if t.type != "AGREE" or t.pos != "n" or t.first == 0 or norm(t.lemma) not in _DEALS:
        return False
    noun = words[t.first].norm
    bare = noun[1:] if noun[:1] in ("و", "ب", "ل") else noun
    if not bare.startswith(("ال", "ل")):
        return False
    raw = words[t.first - 1].norm
    prev = raw.removeprefix("و")
    prev = prev[1:] if prev[:1] in ("ب", "ل") and prev[1:] in _CARRYING_OUT else prev
    if prev in _CARRYING_OUT or prev in _BREACH_OR_KEEP or raw in _CARRYING_OUT:
        return True  # (a word may begin with «و» of its own: «ورقة التفاهم»)
    if noun.startswith("بال") and any(w.norm.removeprefix("و").startswith(("التزم", "يلتزم", "تلتزم", "ملتزم"))
                                       for w in _words_back(words, t.first, 5)):
        return True  # (its subject may stand between: «إذا لم تلتزم «الوحدات الكردية» بالتفاهمات السابقة»)
    return prev == "من" and any(w.norm.removeprefix("و") in _STAGE_HEADS for w in words[max(0, t.first - 3) : t.first - 1])
#: «تعبيراً عن» / «للتأكيد على»: what a protest voices follows
_VOICING = word_set("extract", "_VOICING")


def _purpose_of_protest(words: list[Word], t: Trigger, trigs: list[Trigger]) -> bool:
    """Is the trigger a condemnation in the accusative («تنديداً»، «استنكاراً»: why) or «للمطالبة» (to demand) after a
    protest of its sentence, within twelve words and no sentence punctuation?  (What a protest is for is not a
    demand of its own: «اعتصامهم لليوم التاسع، للمطالبة بانتدابهم»; the demand is the protest's.)"""
    w = words[t.first].norm
    if t.type in ("REJECT", "ACCUSE", "SUPPORT") and _voiced(words, t.first):
        # «ورشق أهالٍ الآليات بالحجارة تعبيراً عن رفضهم للاحتلال»، «تخرج مظاهرات … للتأكيد على «رفض أي تسوية»»: what
        # the protest voices, not a statement of its own
        return any(o.type == "PROTEST" and o.last < t.first and t.first - o.last <= 30 and not any(
            x.norm in CLAUSE_ENDS for x in words[o.last + 1 : t.first]) for o in trigs)
    if t.type == "REQUEST" and t.pos != "v" and w in _FOR_DEMANDING:
        pass  # «ستنظّم وقفة احتجاجية … للمطالبة بحماية الأحياء»، «يواصلون اعتصامهم … للمطالبة بـ…»
    elif t.type != "ACCUSE" or t.pos == "v" or not w.endswith("ا"):
        return False
    return any(o.type == "PROTEST" and o.last < t.first and t.first - o.last <= 12 and not any(
        x.norm in CLAUSE_ENDS for x in words[o.last + 1 : t.first]) for o in trigs)


_ARRESTED_REACH = 16  # words after an arrest verb in which its counted object is looked for
#: the nouns of people counted after an arrest verb («خمسة شبان»، «590 شخصاً»)
_ARRESTED_HEADS = word_set("extract", "_ARRESTED_HEADS")


def _arrested_count(words: list[Word], t: Trigger) -> Arg | None:
    """The first counted people phrase with a number («أربعة شبان»، «سبعة أشخاص»، «11 شاباً») after the verb, within
    :data:`_ARRESTED_REACH` words and before any sentence punctuation («. ; :»). (A clause joined by «و» or «ثم» is not
    looked for: the reach keeps the phrase near the verb.)"""
    for k in range(t.last + 1, min(len(words), t.last + 1 + _ARRESTED_REACH)):
        w = words[k]
        if w.norm in CLAUSE_ENDS:
            return None
        if w.kind == "number" or (w.kind == "word" and parse_words(w.norm) is not None):
            v = counted_victim_at(words, k)
            if v is None or v.first != k:
                continue
            # the counted noun must name people («أربعة شبان»، «590 شخصاً»), not a year or a day («عام 2003 بموجب»،
            # «24 مارس»)
            # (past the count's other words: «أحد عشر شاباً»)
            head = next((w for w in words[k + 1 : v.last + 1]
                         if w.kind == "word" and w.norm != "من" and parse_words(w.norm) is None), None)
            h = head.norm.removeprefix("و") if head is not None else ""
            if h in _ARRESTED_HEADS or (h.startswith("ال") and h[2:] in _ARRESTED_HEADS):
                return v
    return None


#: condition words after which an act is a threat's condition («إذا»، «في حال», with a negator: «إن لم»، «إذا لم»)
_IF_WORDS = word_set("extract", "_IF_WORDS")


def _threat_condition(fact: str, fwhy: list[str]) -> bool:
    """Is the trigger inside a condition by what factuality found: «ما لم …», a condition cue («إذا»، «في حال», not a
    fear), or a negator right after a condition word («إن لم يُفرج»، «إذا لم تنسحب»: ``factuality.IF_NOT``)?"""
    if not fwhy or fact != "hypothetical":
        return False
    why = fwhy[0]
    if why in (UNLESS, IF_NOT) or why.startswith(TWO_WORD_CONDITION):
        return True
    cue = why.removeprefix(f"{CONDITION_CUE} «").removesuffix("»")
    return cue != why and cue in _IF_WORDS


#: «عقب/إثر/بعد X»: X is the occasion of what the sentence tells, before its time («في بيان صدر عقب اجتماع …»: the
#: words of a statement issued after a meeting)
_AFTER_WORDS = word_set("extract", "_AFTER_WORDS")
#: attack nouns that are the subject of a verb describing their result («منزلين دمّرهما القصف»)
_ATTACK_SUBJECTS = word_set("extract", "_ATTACK_SUBJECTS")
_STATEMENT_ISSUED = word_set("extract", "_STATEMENT_ISSUED")


def _statement_after(words: list[Word], t: Trigger) -> bool:
    """Is the meeting or visit noun what a statement was issued after («في بيان صدر عقب اجتماع …»، «في بيان أصدرته
    عقب الزيارة»)? It dates the statement; it is told as an act elsewhere if at all."""
    k = t.first - 1
    return k >= 1 and words[k].norm in _AFTER_WORDS and any(
        w.norm in _STATEMENT_ISSUED for w in words[max(0, k - 3) : k])


def _voiced(words: list[Word], i: int) -> bool:
    """Does «تعبيراً عن» / «للتأكيد على» (a quotation mark may follow) come right before word ``i``?"""
    k = i - 1
    while k >= 0 and words[k].norm in _QUOTE_MARKS:
        k -= 1
    return k >= 1 and words[k].norm in ("عن", "علي") and words[k - 1].norm.removeprefix("و") in _VOICING


#: settlement words whose pattern name («مدينة جعار»، «بلدة عقابا») is a place of its own when the gazetteer has none
_SETTLEMENT_TRIGGERS = frozenset({"مدينه", "بلده", "قريه", "ناحيه", "مخيم", "مديريه", "قضاء", "معتمديه"})


def _settlement_name(m: Any, in_places: list[Any]) -> bool:
    """Is a pattern's place a town named by its settlement word that no gazetteer place overlaps («في مدينة جعار»)?
    It is a place the gazetteer lacks (text only), the event's place when it governs the trigger."""
    return (m.attrs or {}).get("trigger") in _SETTLEMENT_TRIGGERS and not any(
        p.start < m.end and m.start < p.end for p in in_places)


def _settlement_only(a: Arg) -> bool:
    """Is the place argument ``a`` a pattern's town admitted only by :func:`_settlement_name` (not listed, no size
    word)?"""
    return a.data.get("trigger") in _SETTLEMENT_TRIGGERS and not _sized_name(a.text)


def _listed_place(m: Any) -> bool:
    """Is a pattern's place a name in a list headed by a plural settlement word («بلدات رامية ويارين والضهيرة»):
    villages the gazetteer does not know, each named?"""
    return (m.attrs or {}).get("trigger") in PLURAL_PLACE_TRIGGERS


def _outside_names(mentions: list[Any], trigs: list[Trigger], places: Sequence[Any] = ()) -> list[Trigger]:
    """Triggers not inside a person's or place's name among the sentence's ``mentions`` («هاكان فيدان» ≠ «يدين»), nor
    inside a place the geocoder placed («قرى قسطون والزيارة والعنكاوي»: the village, not a visit), nor after the
    first word of a known organisation's name («منظمة حظر الأسلحة الكيميائية»: no ban)."""
    names = [(m.start, m.end) for m in mentions if m.kind in _NAME_KINDS]
    spans = [(p.start, p.end) for p in places]  # (written with its proclitics: «والزيارة»)
    # a word inside a known organisation's name, after its first word («وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين»)
    bodies = [(m.start, m.end) for m in mentions if m.kind == "actor" and m.kb_id and " " in m.text]
    if not names and not spans and not bodies:
        return trigs
    name_starts = {a for a, _b in names + spans}
    return [t for t in trigs if _names_its_object(t, name_starts) or (
        not any(a <= t.start and t.end <= b for a, b in names)
        and not any(a - 3 <= t.start <= a < t.end <= b for a, b in spans)
        and not any(a < t.start and t.end <= b for a, b in bodies))]


def _names_its_object(t: Trigger, name_starts: set[int]) -> bool:
    """Is the trigger a phrase with a gap whose last word opens a name («فتحت السلطات معبر باب السلامة»): the name is
    its object, the verb outside it?"""
    return t.pos == "p" and "…" in t.lemma and t.start in name_starts


_MARKS = VOWEL_MARKS
_TANWEEN = TANWEEN


def _noun_ending(text: str, start: int, end: int) -> bool:
    """Is the word written with a final ة or with tanween (صادراً)?  Such a word is a noun, never a verb form."""
    w = text[start:end]
    found = _NOUN_ENDING.get(w)
    return found if found is not None else _noun_written.miss(w)


@str_memo(65_536)
def _noun_written(w: str) -> bool:
    """:func:`_noun_ending` of the word as written."""
    return w.rstrip(_MARKS).endswith("ة") or not _TANWEEN.isdisjoint(w[-3:])  # a tanween among the last 3


_NOUN_ENDING = _noun_written.table


def _corroborated(doc: Document, e: Event, model: DetectModel) -> None:
    """An event whose first mention is not asserted (relabelled by the detection model, or negated, generic,
    historical by the rules) is asserted/reported when the article tells it in two or more sentences and
    one of its mentions is accepted on its own: asserted after the model's decision in its sentence, or a
    rule-asserted trigger scoring at least the threshold («… شن الاحتلال هجمات …» after a headline «تتحدث عن
    … اعتداء»; «نفت … في الغارة» followed by «قصف الاحتلال شاحنة»).  Planned, hypothetical and rumoured
    events are left alone: asserted mentions are never merged into them."""
    if e.get("factuality") in ("asserted", "reported", "planned", "hypothetical", "rumored") or len(
        e.get("_sents", ())
    ) < 2:
        return
    threshold = model.threshold(e["type"])
    facts = mention_facts(e)
    ok = [f for f, _, _ in facts if f in ("asserted", "reported")]
    if threshold is not None:
        ok += [rule for f, rule, conf in facts if rule in ("asserted", "reported") and conf >= threshold]
    if not ok:
        return
    e["factuality"] = "asserted" if "asserted" in ok else "reported"
    e["why"]["factuality"] = [*e["why"]["factuality"],
                              f"told in {len(e['_sents'])} sentences, one of them accepted on its own: "
                              f"{e['factuality']}"]
    if e.get("date") is None and doc.published:
        _publication_date(doc, e)


def _doubted_but_told(doc: Document, e: Event) -> None:
    """In a dated article, an event the detection model alone called generic keeps what the rules read it as
    (asserted or reported): «generic» is for aggregates, habits and general statements, which the rules find on their
    own (those events are not output); the model's doubt («ومطلع الشهر، قُتل جنديان بغارة على مطار المزة»، «أشار
    المراسل إلى أن المقاتلات استهدفت بالصواريخ مواقع للفصائل») stays in the event's confidence.  Decided
    after merging, which reads the model's label.  (The OEDA sentences carry no publication date: their labels, and
    the detection scores, are unchanged.)"""
    if not doc.published or e.get("factuality") != "generic":
        return
    rules = [rule for f, rule, _ in mention_facts(e) if f == "generic"]
    if not rules or any(r not in ("asserted", "reported") for r in rules):
        return
    e["factuality"] = "asserted" if "asserted" in rules else "reported"
    e["why"]["factuality"] = [*e["why"]["factuality"],
                              f"in a dated article the detection model's doubt makes no aggregate: {e['factuality']}, as "
                              "the rules read it (the doubt stays in the confidence)"]
    if e.get("date") is None:
        _publication_date(doc, e)


def _decide(sent_events: list[tuple[Trigger, Event]], words: list[Word], model: DetectModel, *,
            published: str | None = None, place_starts: frozenset[int] = frozenset()) -> None:
    """The detection decision, made per sentence and type: when the mean confidence of a modelled type's
    asserted/reported events in the sentence (:meth:`DetectModel.sentence_score`) is below the type's
    threshold, they are all relabelled historical (definite noun or background words) or generic —
    except an event dated by its sentence to a day at most :data:`RECENT_DAYS` before publication
    («فجر اليوم»، «مساء أمس»، «يوم الخميس»): a dated act of the last days is what the article reports.
    (The OEDA sentences carry no publication date, so this exception never applies to them.)"""
    by_type: dict[str, list[tuple[Trigger, Event]]] = {}
    for t, ev in sent_events:
        if ev["factuality"] in ("asserted", "reported") and model.threshold(t.type) is not None:
            by_type.setdefault(t.type, []).append((t, ev))
    for typ, evs in by_type.items():
        threshold = model.threshold(typ)
        score = model.sentence_score([ev["_conf"] for _t, ev in evs])
        if threshold is None or score >= threshold:
            continue
        for t, ev in evs:
            live = _live_report(words, t)
            if live is not None and t.first >= live and _in_live_clause(words, live, t, [o for o, _ in evs]):
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           f"but told as a live report («{words[live].norm}» after its source): kept"]
                continue
            if _headline(words, t):
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           f"but the sentence is a headline opening with the act («{words[0].norm}»): kept"]
                continue
            if published and (opened := _place_fronted(words, place_starts)) is not None and t.first > opened:
                # «وفي ريف إدلب الغربي، شنّ الطيران … غارتين على …»: an article going through the day's acts place by
                # place (a sentence read alone, as the OEDA ones are, has no such context: they carry no date)
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           "but the article's sentence opens with its place («وفي X،»): kept"]
                continue
            if published and ev.get("_also"):
                # «كما استهدفت مدفعية الجيش … تجمعات للحوثيين»: an article adding another act of the day (a sentence
                # read alone, as the OEDA ones are, has no such context: they carry no date)
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           "but the article's sentence adds another act («كما» + verb): kept"]
                continue
            if published and returns_fire(t):
                # «وردّت مدفعية الجيش على مصادر النيران»: fire returned answers the act the article has just told, and
                # is as specific as it (a sentence read alone, as the OEDA ones are, has no such context)
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           "but fire returned («ردّ … على مصادر النيران») answers an act just told: kept"]
                continue
            if published and _hours_later(words, t):
                # «وبعد ساعات من الإعلان، قُتل ثلاثة مدنيين …»: the article's narrative moving on by hours from an act
                # it has told (a sentence read alone, as the OEDA ones are, has no such context)
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           "but the sentence opens hours after an act told before («وبعد ساعات من …»): kept"]
                continue
            if _recent_day(ev.get("date"), published):
                ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                           f"detection model: sentence score {score:.2f} below the {typ} threshold, "
                                           f"but dated to a day of the last {RECENT_DAYS} before publication: kept"]
                continue
            ev["_model_fact"] = ev["factuality"]  # what the rules said, before the model's decision
            ev["factuality"] = "historical" if t.definite or _background(words) else "generic"
            ev["why"]["factuality"] = [*ev["why"]["factuality"],
                                       f"detection model: sentence score {score:.2f} (this trigger {ev['confidence']:.2f}) "
                                       f"below the {typ} threshold: not a specific new event"]


RECENT_DAYS = 3
#: short spans after which the narrative moves on («وبعد ساعات من الإعلان»، «بعد دقائق على الانفجار»)
_HOURS_LATER = word_set("extract", "_HOURS_LATER")


def _hours_later(words: list[Word], t: Trigger) -> bool:
    """Does the sentence open with «(و)بعد» and a span of hours or minutes («وبعد ساعات من …»، «وبعد ساعتين على …»)
    before the trigger, with «من/على» and what it follows after it, all before the first comma?"""
    if len(words) < 4 or words[0].norm not in ("بعد", "وبعد"):
        return False
    k = 2 if words[1].norm in ("نحو", "قرابه", "حوالي") else 1
    return (words[k].norm in _HOURS_LATER and k + 1 < len(words) and words[k + 1].norm in ("من", "علي")
            and any(w.norm in (",", "،") for w in words[k + 2 : t.first]))


def _place_fronted(words: list[Word], place_starts: frozenset[int]) -> int | None:
    """The comma after a place fronted at the sentence's start («وفي ريف إدلب الغربي، …»، «في مدينة تعز، …»), or
    ``None``."""
    if len(words) < 4 or words[0].norm not in ("وفي", "في") or 1 not in place_starts:
        return None
    return next((k for k in range(2, min(len(words), 8)) if words[k].norm in (",", "،")), None)


_NOT_LIVE = frozenset({"لا", "لم", "لن", "ما", "قد", "سوف", "ان", "انه", "الذي", "التي", "الذين", "كما", "بينما", "فيما",
                       "حين", "ثم", "ها", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "هولاء", "كل", "اذا", "لو", "كان",
                       "كانت"})


def _live_report(words: list[Word], t: Trigger | None = None) -> int | None:
    """The index of a present-tense verb right after the sentence's opening source or actor, as news tickers and
    leads tell what happens now, or ``None``: a reporting verb («مراسلنا يفيد باستهداف …»، «مصادر محلية تؤكد أن …»،
    «الوزارة تعلن مقتل …»; ``live_report_verbs``, not the commentary verbs يقول/يذكر), or — given the trigger ``t``
    — the trigger itself as a present-tense verb or after a light verb («المقاومة تستهدف …»، «الفصائل تشن هجوماً …»).
    The opening is one to six words (commas and quote marks allowed), none of them a particle or a verb of speech.
    Verbs of duration («تواصل»، «تكثف») are neither: a campaign going on is not one event."""
    c = cues()
    verbs, speech, light = c["live_report_verbs"], c["speech_verbs"], c["live_light_verbs"]
    seen = 0
    for i, w in enumerate(words[:10]):
        if w.kind != "word":
            if w.norm in (",", "،", "\"", "«", "»", "“", "”"):
                continue
            return None
        if w.norm in verbs:
            return i if seen else None
        if seen and t is not None and (
            (t.pos == "v" and t.head == i and w.norm[:1] in ("ي", "ت") and w.norm != norm(t.lemma))
            or (w.norm in light and i < t.first <= i + 2)
        ):
            return i
        bare = w.norm[1:] if w.norm[:1] in ("و", "ف") else w.norm
        if w.norm in _NOT_LIVE or bare in _NOT_LIVE or matches_form(w.norm, speech) or seen >= 6:
            return None
        seen += 1
    return None


#: how far after the live verb a trigger is still what it reports (unless it continues a list with «و»)
LIVE_SPAN = 12


def _coordinated_verb(w: Word) -> bool:
    """«ويحذر»، «وتعلن»، «ويرجح»: a present-tense verb after «و/ف», opening a new clause — not a
    masdar of the تفعيل/تفاعل patterns («وتدمير»، «وتبادل»), nor a word written with a noun ending."""
    x = w.norm
    if not 5 <= len(x) <= 8 or x[0] not in "وف" or x[1] not in "يتن" or w.noun_ending:
        return False
    rest = x[1:]
    if rest.endswith(("ات", "اته", "اتها", "اتهم", "ين")):
        return False  # a plural noun («وتحصيناتهم»)
    return not (rest[0] == "ت" and len(rest) >= 5 and (rest[3] == "ي" or rest[2] == "ا"))


def _in_live_clause(words: list[Word], live: int, t: Trigger, same_type: Sequence[Trigger] = ()) -> bool:
    """Is the trigger part of what the live verb at ``live`` reports?  Not after a clause that begins
    between them — a relative pronoun («المواقع التي استهدفها»), a verb of speech, or a coordinated
    present-tense verb («… ويحذر من تحويل المدينة إلى ساحة للاغتيالات») — unless that verb is a live verb
    itself («… وتعلن إسقاط …», which reports in turn) or the trigger's own verb («… وتبدأ هجوماً»); and not
    farther than :data:`LIVE_SPAN` words unless it continues a list with «و» («… اندلاع اشتباكات …، واستهداف
    قواعد …») or is the first trigger of its type (``same_type``: the sentence's triggers of that type) after
    the verb («مصادر تفيد بأن القاعدة … [a long subject] … استهدفت»)."""
    c = cues()
    verbs, speech = c["live_report_verbs"], c["speech_verbs"]
    anchor = live
    for k in range(live + 1, t.first):
        w = words[k]
        if w.kind != "word":
            continue
        if _coordinated_verb(w) and (w.norm[1:] in verbs or t.first - k <= 2):
            anchor = k  # a new live report («… وتعلن إسقاط …») or the act's own verb («… وتبدأ هجوماً»)
            continue
        if w.norm in RELATIVE_PRONOUNS or _coordinated_verb(w) or matches_form(w.norm, speech):
            return False
    return (t.first - anchor <= LIVE_SPAN or words[t.first].norm[:1] == "و"
            or not any(anchor < o.first < t.first for o in same_type))


def _headline(words: list[Word], t: Trigger) -> bool:
    """Does the sentence open, as a headline does, with the trigger as an indefinite noun and no conjunction
    («غارة إسرائيلية تستهدف …»، «هجوم واسع لمقاتلي العشائر على …»، «مقتل جنديين في …»)?  Not when a relative
    clause makes it the subject of a comment («اختطاف فلان الذي …، جاء من أجل …»).  A headline may open with its
    toll instead, the act right after it («ثلاثة قتلى بقذيفة حوثية على سوق …»، «5 قتلى على الأقل في هجوم …»)."""
    if t.pos == "v" or t.definite or not words:
        return False
    if t.first != 0:
        return t.first == after_toll(words) and not any(
            w.norm in ("الذي", "التي", "الذين", "اللذين", "اللتين") for w in words[t.first + 1:t.first + 5])
    if words[0].kind != "word":
        return False
    first = words[0].norm
    if first[:1] in ("و", "ف") and not norm(t.lemma).startswith(first[:1]):
        return False
    return not any(w.norm in ("الذي", "التي", "الذين", "اللذين", "اللتين") for w in words[1:5])


def _recent_day(date: dict[str, Any] | None, published: str | None) -> bool:
    """Is the event's own date (from its sentence) a day within ``RECENT_DAYS`` before publication?"""
    if not date or date.get("precision") != "day" or not date.get("text"):
        return False
    days = days_before_publication(date.get("value"), published)
    return days is not None and 0 <= days <= RECENT_DAYS


_BACKGROUND = frozenset({"كان", "كانت", "قد", "الذي", "التي", "حين", "عندما", "بعد", "اثر", "عقب", "منذ"})


def _background(words: list[Word]) -> bool:
    return any(w.norm in _BACKGROUND or w.norm.startswith(("وكان", "وكانت")) for w in words)


def _date_dict(time: Arg) -> dict[str, Any]:
    d = time.data
    out = {"text": time.text, "value": d.get("value"), "precision": d.get("precision") or "day",
           "time_precision": d.get("time_precision") or 1, "start": time.start, "end": time.end}
    if d.get("window") and out["precision"] == "day":
        out["_days"] = True  # «خلال اليومين الماضيين»: a day of a span of days, not one the narrative goes on from
    return out


def _assign_dates(doc: Document, events: list[Event]) -> None:
    """Date of events without their own time expression: inherit the narrative date, else publication (not for
    historical, generic, planned or hypothetical events; a denied or rumoured act is dated like the report's)."""
    narrative: dict[str, Any] | None = None
    lead: dict[str, Any] | None = None  # the first narrative date: the day the article reports
    told_at = -1
    for e in events:
        at = e["evidence"]["start"]
        if (narrative is not None and lead is not None and narrative is not lead and 0 <= told_at < at
                and "\n" in doc.text[told_at:at] and str(narrative.get("value")) < str(lead.get("value"))):
            # a new paragraph goes back to the day the article reports from a day before it told in a paragraph
            # of its own («اختُطف الطبيب مساء الأحد الحادي عشر من شباط …» told after «أُطلق سراحه مساء أمس»)
            narrative = lead
        told_at = at
        if e["date"] is not None and e["date"].get("value"):
            if (e["factuality"] in ("asserted", "reported") and e["date"].get("precision") == "day"
                    and not e["date"].get("_days") and not _since(doc.text, e["date"], doc.published)):
                narrative = e["date"]
                lead = lead or narrative
            continue
        if e["factuality"] in ("historical", "generic", "planned", "hypothetical"):
            continue
        if narrative is not None:
            e["date"] = {**narrative, "_inherited": True}
            e["why"]["date"] = f"inherited from the event this sentence elaborates («{narrative.get('text')}»)"
        elif doc.published:
            _publication_date(doc, e)


#: days before publication past which an act dated in its own words is background, not the report's news
LONG_AGO_DAYS = 45
#: acts of saying: the time in their sentence often dates what they speak of («طالب بالإفراج عن المعتقلين منذ آذار …»);
#: and agreements, whose past ones the extractor reads as standing (:func:`_standing_agreement`), not as news
_NOT_DATED_LONG_AGO = frozenset({"REQUEST", "THREATEN", "SUPPORT", "ACCUSE", "REJECT", "APPEAL", "DISAPPROVE", "AGREE",
                                 "CONCEDE"})


def _dated_long_ago(doc: Document, events: list[Event]) -> None:
    """An act told as done (asserted or reported) on a day of its own, read from its words, more than
    :data:`LONG_AGO_DAYS` before publication is background: historical («ووقّعت الولايات المتحدة وتركيا في فبراير في
    أنقرة اتفاقاً …» in a July report).  (The team's golds label every such core event historical.)  Not an act of
    saying or an agreement (:data:`_NOT_DATED_LONG_AGO`)."""
    for e in events:
        d = e.get("date") or {}
        if (e["factuality"] not in ("asserted", "reported") or d.get("_inherited") or not d.get("text")
                or e["type"] in _NOT_DATED_LONG_AGO or _since(doc.text, d, doc.published)):
            # (nor one the detection model doubted: tried, it split more events off than it labelled right; nor a
            # state going on since that day: «تفرض القوات طوقاً على البلدتين منذ آذار»)
            continue
        gap = days_before_publication(d.get("value"), doc.published)
        if gap is not None and gap > LONG_AGO_DAYS:
            e["factuality"] = "historical"
            e["why"]["factuality"] = [*e["why"]["factuality"], f"its own date is {gap} days before publication: "
                                      "background, not the report's news"]


#: words of an act going on («وتتواصل منذ ثمانية أيام معارك …»، «الاشتباكات المستمرة منذ الأحد»)
_GOING_ON = word_set("extract", "_GOING_ON")
#: the labels of an act told as going on (the detection model may have doubted it: «منذ ثمانية أيام» reads as a span)
_GOING_ON_FACTS = frozenset({"asserted", "reported", "historical", "generic"})


def _going_on_since(doc: Document, events: list[Event]) -> None:
    """An act told as going on since a day before publication, right after a word of going on («وتتواصل منذ ثمانية
    أيام معارك عنيفة …»، «تدور منذ مساء أمس الإثنين معارك …»), is dated to the report's day: the day «منذ» names is
    when it began, and the team's golds date it to the days it is reported in."""
    if not doc.published:
        return
    for e in events:
        d = e.get("date") or {}
        start = d.get("start")
        if (not d.get("value") or not isinstance(start, int) or e["factuality"] not in _GOING_ON_FACTS
                or (days_before_publication(d.get("value"), doc.published) or 0) < 1):
            continue
        before = norm(doc.text[max(0, start - 40) : start]).split()
        if norm(str(d.get("text") or "")).startswith("منذ"):
            before.append("منذ")  # (the time read with its «منذ»: «منذ ثمانية أيام»)
        if len(before) >= 2 and before[-1] == "منذ" and proclitic_in(before[-2], _GOING_ON, "و"):
            e["date"] = {**d, "value": doc.published[:10], "precision": "day"}
            e["why"]["date"] = f"an act going on since «{d.get('text')}»: dated to the report's day"


def _since(text: str, date: dict[str, Any], published: str | None) -> bool:
    """Is the date the start of a period told with «منذ», a day or more before publication («تجاوز عدد حالات
    الاعتقال … منذ السابع من تشرين الأول الماضي»، «الاشتباكات المستمرة منذ الأحد»)?  What follows is not dated by it
    (but «شنّت طائرات، منذ فجر اليوم، أكثر من ثلاثين غارة» is told on the day it names)."""
    start = date.get("start")
    if not isinstance(start, int) or not norm(text[max(0, start - 12) : start]).rstrip().endswith("منذ"):
        return False
    days = days_before_publication(date.get("value"), published)
    return days is None or days >= 1


def _publication_date(doc: Document, e: Event) -> None:
    """The fallback date of an event: the publication date at week precision (ACLED time precision 2)."""
    e["date"] = {"text": "", "value": (doc.published or "")[:10], "precision": "week", "time_precision": 2,
                 "_inherited": True}
    e["why"]["date"] = "no time expression: publication date, lower precision"


#: what may stand between a sentence's start and the place that opens it as its topic («وفي مدينة جاسم، …»)
_TOPIC_OPENERS = frozenset({"في", "وفي", "ففي", "اما", "واما", "وعلي", "علي", "صعيد", "جبهه", "محور", "وعند"})


def _topic_places(doc: Document) -> list[tuple[Any, int]]:
    """Per sentence, the place that the nearest sentence opening with «وفي X،» (at or before it) made the topic, with
    that sentence's index, or ``(None, -1)``: local reports move from town to town this way, and a sentence without a
    place of its own continues the last one named so («وفي السويداء، واصل المعلمون إضرابهم …» then «وهدد المعلمون …»)."""
    text = doc.text
    out: list[tuple[Any, int]] = []
    topic: tuple[Any, int] = (None, -1)
    places = sorted(doc.places, key=lambda p: p.start)
    k = 0
    for si, sent in enumerate(doc.sentences):
        while k < len(places) and places[k].start < sent.start:
            k += 1
        if _OTHER_MATTER.match(norm(text[sent.start : min(sent.end, sent.start + 40)])):
            topic = (None, si)  # «وفي سياق منفصل، تظاهر …»: another matter; the place told before does not go on
        elif k < len(places) and places[k].start < sent.end:
            lead_words = norm(text[sent.start : places[k].start]).split()
            if lead_words and len(lead_words) <= 4 and lead_words[0] in _TOPIC_OPENERS and all(
                    w in _TOPIC_OPENERS or w in _TOPIC_NOUNS for w in lead_words[1:]):
                topic = (places[k], si)
        out.append(topic)
    return out


#: a sentence opening on another matter («وفي سياق منفصل،»، «على صعيد آخر،»، «في شأن آخر،») or naming the matter it
#: turns to («وفي سياق الحراك،»، «وفي سياق اعتقالات طريق المطار،»), not one related or an event told («وفي سياق متصل،»،
#: «وفي سياق هجوم وادي حوران،»)
_SAME_MATTER = ("متصل", "ذي ", "ذو ", "مواز", "ذلك", "ذاته", "نفسه", "هذا", "هذه", "الحدث", "الرد", "ردود", "رد ",
                *(a + w for a in ("", "ال") for w in ("هجوم", "اعتداء", "تصعيد", "عمليه", "قصف", "غار", "تفجير", "معارك",
                                                  "اشتباكات", "حمله", "تطورات")))
_OTHER_MATTER = re.compile(r"\s*و?(?:(?:في|علي) (?:سياق|صعيد|شان|موضوع) (?:منفصل|اخر|مختلف)(?![^\W\d_])"
                           r"|في سياق (?!" + "|".join(_SAME_MATTER) + r")[^\W\d_]+(?: [^\W\d_]+){0,2} ?[،,])")
_DATELINE_DASH = re.compile(r"\s*[-–—]\s*[«\"(]")


def _dateline_name(doc: Document) -> Any | None:
    """The place mention opening the first paragraph after a short headline as a dateline («الكفرة – «أفق الصحراء»: …»),
    or ``None``."""
    text = doc.text
    nl = text.find("\n")
    if nl < 0 or nl > 300:
        return None
    start = nl + 1
    while start < len(text) and text[start].isspace():
        start += 1
    m = next((m for m in doc.mentions if m.kind == "place" and m.start == start), None)
    return m if m is not None and _DATELINE_DASH.match(text, m.end) else None


def _unplaced_names(doc: Document) -> list[Any]:
    """The places a pattern found by their settlement word («مدينة رفاعة»، «بلدة أبو حمام») that no gazetteer place
    overlaps (computed once per document)."""
    return [m for m in doc.mentions if m.kind == "place" and m.origin == "pattern"
            and not any(p.start < m.end and m.start < p.end for p in doc.places)]


def _unplaced_name(doc: Document, e: Event, unplaced: list[Any]) -> Any | None:
    """The place of ``unplaced`` (:func:`_unplaced_names`) in the event's first sentence nearest to its trigger, or
    ``None``."""
    if e["_sent"] >= len(doc.sentences):
        return None
    sent = doc.sentences[e["_sent"]]
    at = ((e.get("evidence") or {}).get("trigger") or {}).get("start", sent.start)
    found = [m for m in unplaced if sent.start <= m.start and m.end <= sent.end]
    if e["type"] in NO_DESTINATION or e.get("mode") == "release":
        # «اعتقل حاجز … شبّاناً كانوا يحاولون الخروج باتجاه بلدة السخنة»: where they were going is not the arrest's place
        found = [m for m in found if not _destination_place(doc.text, m.start)]
    return min(found, key=lambda m: abs(m.start - at), default=None)


def _located_at(text: str, start: int) -> bool:
    """Is the place mention at ``start`` governed by a locative «بـ» or «في» («بمدينة الخوخة»، «في بلدة حيس»)?"""
    before = text[max(0, start - 4) : start]
    return before.endswith(("ب", "في "))  # (also «وب»، «وفي»)


def _correspondent_places(doc: Document) -> dict[int, Any]:
    """Per sentence index, the place right after «مراسل(نا/ها) في» in it (the first one), computed once per document."""
    out: dict[int, Any] = {}
    text = doc.text
    if "مراسل" not in text:
        return out
    starts = [s.start for s in doc.sentences]
    for p in doc.places:
        before = norm(text[max(0, p.start - 30) : p.start]).split()
        if len(before) >= 2 and before[-1] in ("في", "ب") and before[-2].startswith(("مراسل", "ومراسل")):
            si = bisect_right(starts, p.start) - 1
            if si >= 0 and p.start >= doc.sentences[si].start and si not in out:
                out[si] = p
    return out


#: how many sentences back an event's own place still stands for a sentence that names none
_PLACE_REACH = 3


_TOPIC_NOUNS = word_set("extract", "_TOPIC_NOUNS")


_AGREEMENT_HEADS = word_set("extract", "_AGREEMENT_HEADS")


def _agreement_term(words: list[Word], t: Trigger) -> bool:
    """Is the ceasefire the term of an agreement named right before it («اتفاق لوقف إطلاق النار»، «اتفاق على وقف
    لإطلاق النار»، «اتفاقاً يقضي بوقف إطلاق النار»)?"""
    k = t.first - 1
    if k >= 0 and words[k].norm in ("علي", "يقضي", "ينص", "تقضي", "تنص"):
        k -= 1
    return k >= 0 and words[k].norm in _AGREEMENT_HEADS


def _mark_new_topics(doc: Document, mentions: list[Event]) -> list[tuple[Any, int]] | None:
    """Mark the noun mentions told in a sentence that opens with «وفي X،» (``_new_topic``, and X's place key as
    ``_topic_key``): the report moved on to another place, so a mention there with no source of its own is not the
    last event told again, and one with a source is not an earlier event of that actor elsewhere (merge's
    ``_moved_on``).  Returns the topic places when it needed them (:func:`_inherit_places` reuses them), else
    ``None``."""
    topics: list[tuple[Any, int]] | None = None
    for ev in mentions:
        if ev["_pos"] != "v":
            topics = topics if topics is not None else _topic_places(doc)
            si = ev["_sent"]
            ev["_new_topic"] = si < len(topics) and topics[si][1] == si and topics[si][0] is not None
            if ev["_new_topic"]:
                p = topics[si][0]
                ev["_topic_key"] = place_key(norm(doc.text[p.start : p.end]))
    return topics


#: a site inside a town («ساحة»، «حاجز»، «فرن» …), and the kinds of place that can hold one
_LANDMARKS = word_set("extract", "_LANDMARKS")
_SETTLEMENTS = frozenset({"city", "town", "village", "neighbourhood", "camp"})
_TOWN_FIELDS = ("name_en", "admin1", "admin2", "country", "lat", "lon")


def _landmark(text: str) -> bool:
    """Is the place phrase a site: a site noun alone («فرن») or with a definite or quoted name («ساحة الجامع الكبير»،
    «حاجز المشفى الوطني»، «حاجز «السرايا»»; not «جسر عبور»)?"""
    words = norm(text).split()
    return bool(words) and words[0].removeprefix("ال") in _LANDMARKS and (
        len(words) == 1 or words[1].startswith(("ال", "«", '"')))


def _town_of_landmark(doc: Document, e: Event, topic: Any, lead: dict[str, Any] | None) -> dict[str, Any] | None:
    """The town a site the gazetteer lacks is in (a settlement with coordinates): one its own name holds («مشفى
    السلمية الوطني»); else one the gazetteer knows right after it in the sentence («دوار الساعة وسط مدينة إدلب»); else
    the place an earlier «وفي X،» made the topic; else the article's lead place."""
    loc = e["location"]
    country = (lead or {}).get("country") or "SY"
    inside = next((r.best.entry for r in default_geocoder(country).geocode(loc["text"], require_support=False)
                   if r.best is not None and r.best.entry.feature in _SETTLEMENTS and r.best.entry.lat is not None), None)
    if inside is not None:
        return {"text": loc["text"], **{k: getattr(inside, k) for k in _TOWN_FIELDS}}
    sent = doc.sentences[e["_sent"]]
    end = loc.get("end") or sent.start
    after = [p for p in doc.places if end <= p.start <= end + _TOWN_REACH and p.start < sent.end and p.lat is not None
             and p.feature in _SETTLEMENTS and not _outlet_place(doc.text, p.start)]
    if after:
        return _place_dict(doc, min(after, key=lambda p: p.start))
    if topic is not None and topic.lat is not None and topic.feature in _SETTLEMENTS:
        return _place_dict(doc, topic)
    if lead is not None and lead.get("lat") is not None and lead.get("_feature") in _SETTLEMENTS:
        return lead
    return None


#: a settlement named by its kind alone, which refers back to one named before («المدينة»، «البلدة نفسها»), and the
#: settlement words and gazetteer features of that kind
_SETTLEMENT_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    norm("المدينة"): (frozenset({norm("مدينة"), norm("بمدينة")}), frozenset({"city", "town"})),
    norm("البلدة"): (frozenset({norm("بلدة"), norm("ببلدة")}), frozenset({"town", "village"})),
    norm("القرية"): (frozenset({norm("قرية"), norm("بقرية")}), frozenset({"village", "town"})),
    norm("المخيم"): (frozenset({norm("مخيم"), norm("بمخيم")}), frozenset({"camp"})),
}
_SAME = word_set("extract", "_SAME")


def _settlement_noun(text: str) -> str | None:
    """The settlement noun a place phrase is, alone or with «نفسها/ذاتها» («المدينة»، «في البلدة ذاتها»), else ``None``."""
    words = norm(text).split()
    if not words or not proclitic_in(words[0], _SETTLEMENT_NOUNS, "وفب") or (len(words) > 1 and (
            len(words) > 2 or words[1] not in _SAME)):
        return None
    return words[0].lstrip("وفب")


def _settlement_named_before(doc: Document, start: int, kind: str, unplaced: list[Any]) -> dict[str, Any] | None:
    """The settlement named last before ``start``: a gazetteer place of ``kind``'s features, or a place a pattern
    found by ``kind``'s settlement word («مدينة رفاعة»); else the last settlement of any kind; else ``None``."""
    words, features = _SETTLEMENT_NOUNS[kind]
    known = [p for p in doc.places if p.end <= start and p.feature in _SETTLEMENTS and not _outlet_place(doc.text, p.start)]
    named = [m for m in unplaced if m.end <= start]
    same = [(p.start, _place_dict(doc, p)) for p in known if p.feature in features] + [
        (m.start, {"text": doc.text[m.start : m.end], "start": m.start, "end": m.end, "name_en": None, "geo_precision": 1,
                   "_norm": norm(doc.text[m.start : m.end])})
        for m in named if norm(doc.text[m.start : m.end]).split()[0] in words]
    if not same:
        same = [(p.start, _place_dict(doc, p)) for p in known]
    return max(same, key=lambda x: x[0])[1] if same else None


_TOWN_REACH = 16  # characters from a site's end to the town it is in («… وسط مدينة إدلب»، «… في بلدة طفس»)


def _inherit_places(doc: Document, events: list[Event], topics: list[tuple[Any, int]] | None = None) -> None:
    """Location of events without a place of their own (all but generic ones: a denied or rumoured act told in the
    report happens where the report is), in this order: where the sentence's correspondent
    reports from (:func:`_correspondent_places`); the governing place of the event told up to :data:`_PLACE_REACH`
    sentences before, unless a later «وفي X،» moved on; the topic place (:func:`_topic_places`); the article's
    dateline/lead place one precision step wider.  ``topics``: :func:`_topic_places` when already computed."""
    lead = None
    # (not a country inside an actor's name: «شنت «قوات سوريا الديمقراطية» (قسد) … حملة دهم في بلدة الشحيل»; a
    # province in one still says where the report is: «مجلس دير الزور العسكري»)
    in_names = [(m.start, m.end) for m in doc.mentions if m.kb_id is not None and m.kind in _ACTOR_KINDS]
    named_places = [p for p in doc.places if not _outlet_place(doc.text, p.start) and not (p.feature == "country" and any(
        s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in in_names))]
    if named_places:
        p = min(named_places, key=lambda p: p.start)
        lead = _place_dict(doc, p)
    if (dl := _dateline_name(doc)) is not None and (
            lead is None or lead["start"] > dl.start or _destination_place(doc.text, lead["start"])) and not any(
            p.start < dl.end and dl.start < p.end for p in doc.places):
        # (also over a headline's destination: «ترحيل مئات المهاجرين برّاً نحو تشاد» above «الكفرة – «…»:»)
        # «الكفرة – «أفق الصحراء»: …»: the town a report is filed from, though the gazetteer does not know it, is the
        # article's place rather than a country or a city named further down (its text only)
        lead = {"text": dl.text, "start": dl.start, "end": dl.end, "name_en": None, "geo_precision": 1,
                "_norm": norm(dl.text)}
    last: tuple[dict[str, Any], int] | None = None  # the latest event's own place and its sentence
    reporters: dict[int, Any] | None = None
    unplaced: list[Any] | None = None
    for e in events:
        if (e["location"] or {}).get("_office"):
            if unplaced is None:
                unplaced = _unplaced_names(doc)
            named = _unplaced_name(doc, e, unplaced)
            if named is not None and _located_at(doc.text, named.start):
                # «والتقى محافظ الحديدة، في مقرّه المؤقت بمدينة الخوخة، …»: the office's place names whose governor;
                # the town the sentence puts the event in, though the gazetteer does not know it, is where it happens
                e["location"] = {"text": named.text, "start": named.start, "end": named.end, "name_en": None,
                                 "geo_precision": 1, "_norm": norm(named.text), "_inherited": True}
                e["why"]["location"] = ("the town named in the sentence («بمدينة X»), not the place of an office "
                                        "(«محافظ X»)")
        if e["location"] is None and lead is not None and e["factuality"] != "generic":
            if topics is None:
                topics = _topic_places(doc)
            topic, tsi = topics[e["_sent"]] if e["_sent"] < len(topics) else (None, -1)
            if reporters is None:
                reporters = _correspondent_places(doc)
            reporter = reporters.get(e["_sent"])
            if unplaced is None:
                unplaced = _unplaced_names(doc)
            if reporter is None and (named := _unplaced_name(doc, e, unplaced)) is not None:
                # «قُتل مدنيان، مساء أمس، بقصف مدفعي استهدف بلدة كفرعمّة المجاورة»: a town the gazetteer does not know,
                # named by its settlement word in the event's own sentence, is nearer than any place told before (its
                # text only; inherited, so that it never decides a merge)
                e["location"] = {"text": named.text, "start": named.start, "end": named.end, "name_en": None,
                                 "geo_precision": 1, "_norm": norm(named.text), "_inherited": True, "_named_here": True}
                e["why"]["location"] = "a place the gazetteer does not know, named in the sentence («مدينة X»، «بلدة X»)"
                continue
            if reporter is not None:
                # «وقال مراسلنا في مخيم اليرموك إن …»: what the correspondent there reports happens there
                e["location"] = {**_place_dict(doc, reporter), "_inherited": True}
                e["why"]["location"] = "no other place in the sentence: where the correspondent reports from"
                continue
            if last is not None and e["_sent"] - last[1] <= _PLACE_REACH and last[1] >= tsi:
                # «كما نظم العشرات وقفة … في حي المحطة بمدينة درعا» then «… فرّقوا الوقفة بالقوة»: the place of the
                # event just told goes on, unless a later «وفي X،» moved the report elsewhere
                e["location"] = {**last[0], "_inherited": True}
                e["why"]["location"] = "no place in the sentence: the place of the event told just before"
                continue
            if topic is not None:
                e["location"] = {**_place_dict(doc, topic), "_inherited": True}
                e["why"]["location"] = "no place in the sentence: the place an earlier «وفي X،» made the topic"
                continue
            e["location"] = {**lead, "geo_precision": min(3, (lead.get("geo_precision") or 1) + 1), "_inherited": True,
                             "_lead": True}
            e["why"]["location"] = "no place in the sentence: the article's lead place, wider precision"
        elif e["location"] is not None and not e["location"].get("_inherited") and e.get("_place_strong") and e[
                "factuality"] in ("asserted", "reported"):
            last = (e["location"], e["_sent"])  # (a place that governs its trigger, not any place of its sentence)
    for e in events:
        loc = e["location"]
        if loc is not None and not loc.get("name_en") and (kind := _settlement_noun(loc.get("text") or "")):
            if unplaced is None:
                unplaced = _unplaced_names(doc)
            named = _settlement_named_before(doc, loc["start"], kind, unplaced)
            if named is not None:
                # «وفي ازويرات، فرضت السلطات قيوداً على الحركة بين المدينة والمناجم»: «المدينة» (the town) is the
                # settlement named last before it, of its kind when one is
                e["location"] = {**named, "_inherited": True}
                e["why"]["location"] = (f"{e['why'].get('location') or ''}; «{loc['text']}» is the settlement named "
                                        f"before it, «{named['text']}»").lstrip("; ")
                continue
        if loc is not None and loc.get("lat") is None and not loc.get("name_en") and _landmark(loc.get("text") or ""):
            if topics is None:
                topics = _topic_places(doc)
            town = _town_of_landmark(doc, e, topics[e["_sent"]][0] if e["_sent"] < len(topics) else None, lead)
            if town is not None:
                # «تظاهر المئات في ساحة الجامع الكبير» in an article about al-Qusayr: a square, a checkpoint or a bakery
                # the gazetteer lacks is put on the map at the town it is in (ACLED codes the town), precision 2
                e["location"] = {**loc, **{k: town.get(k) for k in _TOWN_FIELDS}, "geo_precision": 2}
                e["why"]["location"] = (f"{e['why'].get('location') or ''}; a site the gazetteer lacks, in the town "
                                        f"«{town['text']}» (its coordinates, precision 2)").lstrip("; ")


def _public(e: Event) -> Event:
    """Drop private keys (``_…``) at every level (other values are kept as they are): :func:`_public_plain`, with
    the plain values (strings, numbers, ``None``) passed on without asking whether they are dicts or lists."""
    return _public_dict(e)


_ATOMS = frozenset({str, int, float, bool, type(None)})


def _public_dict(x: dict[str, Any]) -> dict[str, Any]:
    atoms = _ATOMS
    out = {}
    for k, v in x.items():
        if k[:1] == "_" if type(k) is str else k.startswith("_"):
            continue
        out[k] = v if type(v) in atoms else _public_value(v)
    return out


def _public_value(v: Any) -> Any:
    if isinstance(v, dict):
        return _public_dict(v)
    if isinstance(v, list):
        atoms = _ATOMS
        return [x if type(x) in atoms else _public_value(x) for x in v]
    return v


def _public_plain(e: Event) -> Event:
    """The definition of :func:`_public`."""
    def clean(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: clean(v) if isinstance(v, (dict, list)) else v for k, v in x.items() if not k.startswith("_")}
        if isinstance(x, list):
            return [clean(v) if isinstance(v, (dict, list)) else v for v in x]
        return x
    return clean(e)
