"""A capital standing for its government: «اتهمت دمشق واشنطن بـ…»، «موسكو تطالب بـ…».

Arabic news names governments by their capitals. A capital right after a verb trigger of a political or
verbal type (its subject in VSO order) or right before one (a headline's subject in SVO order) is an
actor, the government of ``resources/kb/capitals.tsv``, and no longer the place of the event. After a
preposition («في دمشق»، «إلى موسكو») or as the object of a visit or an attack («زار دمشق»، «قصف بغداد»)
it stays a place.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from marsad.events.frames import Arg, clause_participle_at
from marsad.events.lexicon import word_set
from marsad.events.triggers import Trigger, Word
from marsad.kb.actors import read_table
from marsad.resources import resource_path
from marsad.text.normalize import norm

# the types whose subject is naturally a government; visits, movements and attacks take places as objects
CAPITAL_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "SUPPORT", "AID", "AGREE",
                           "CONCEDE", "DISAPPROVE", "APPEAL"})


@cache
def capitals() -> dict[str, tuple[str, str]]:
    """Normalised capital name (its words joined by a space) → (actor id, English name)."""
    rows = read_table(resource_path("kb", "capitals.tsv"), ("name", "actor", "name_en"))
    return {" ".join(norm(w) for w in row["name"].split()): (row["actor"], row["name_en"]) for _, row in rows}


def capital_actors(words: list[Word], trigs: list[Trigger], places: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """The places of a sentence that stand for a government, as actors, and the places that stay places."""
    caps = capitals()
    verbs = {t.head: t for t in trigs if t.pos == "v" and t.type in CAPITAL_TYPES}
    actors: list[Arg] = []
    kept: list[Arg] = []
    for p in sorted(places, key=lambda a: a.first):
        hit = caps.get(" ".join(w.norm for w in words[p.first : p.last + 1]))
        before, after = verbs.get(p.first - 1), verbs.get(p.last + 1)
        # «…، محمّلاً موسكو المسؤولية»، «…، مطالبةً أنقرة بـ…»: the object of a participle of accusing or demanding
        addressed = p.first > 0 and clause_participle_at(words, p.first - 1)
        # the object right after a capital subject: «اتهمت دمشق واشنطن»
        obj = bool(actors) and actors[-1].last == p.first - 1 and verbs.get(actors[-1].first - 1) is not None
        if hit is not None and (before is not None or addressed or obj or (
                after is not None and _present(words[p.last + 1].norm))):
            actors.append(replace(p, kind="actor", actor=hit[0], name_en=hit[1], origin="capital", data={}))
        else:
            kept.append(p)
    return actors, kept


def _present(w: str) -> bool:
    """A present-tense verb form (prefix ي or ت; «تتهم»، «يطالب»)."""
    return w[:1] in ("ي", "ت") and len(w) > 3


# the types whose parties a demonym after the trigger noun names («الاتفاق الأميركي التركي»، «المحادثات الروسية
# الإيرانية»): the first is the source, the others the recipients
BILATERAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "REJECT", "THREATEN"})


@cache
def demonyms() -> dict[str, tuple[str, str]]:
    """Normalised nisba without the article, masculine and feminine (``روسي``, ``روسيه``) → (actor id, English name)."""
    rows = read_table(resource_path("kb", "demonyms.tsv"), ("nisba", "actor", "name_en"))
    out: dict[str, tuple[str, str]] = {}
    for _, row in rows:
        base = norm(row["nisba"])
        base = base[2:] if base.startswith("ال") else base
        out[base] = out[base + "ه"] = (row["actor"], row["name_en"])
    return out


def demonym_of(word: str) -> tuple[str, str] | None:
    """The state a normalised nisba adjective names («الروسيه» → RUS), or ``None``."""
    table = demonyms()
    return table.get(word[2:] if word.startswith("ال") else word)


#: heads of a military unit or weapon platform: «طائرات حربية روسية»، «مروحيات تركية»، «دورية أمريكية» are that
#: state's armed forces
_FORCE_HEADS = word_set("metonymy", "_FORCE_HEADS")


def armed_forces_of(state: str) -> tuple[str, str] | None:
    """The armed forces (``armed-forces`` actor affiliated to the state) of a state id, as (id, English name)."""
    from marsad.kb.store import default_kb

    return _forces_table(default_kb()).get(state)


@lru_cache(maxsize=4)
def _forces_table(kb: Any) -> dict[str, tuple[str, str]]:
    """State id → its first ``armed-forces`` actor, per knowledge base (built once, not per phrase)."""
    out: dict[str, tuple[str, str]] = {}
    for a in kb.actors.values():
        if a.type == "armed-forces" and a.affiliation and a.affiliation not in out:
            out[a.affiliation] = (a.id, a.name_en)
    return out


def forces_phrase(words: list[Word], first: int, last: int) -> tuple[str, str] | None:
    """The armed forces a military phrase with a state's nisba names («طائرات حربية روسية» → RUS-MIL,
    «الطائرات المسيرة التركية» → TUR-MIL), or ``None``: the head is a unit or a weapon platform and a later word
    of the phrase a state's nisba."""
    if last <= first:
        return None
    head = words[first].norm
    head = head[2:] if head.startswith("ال") else head[3:] if head.startswith("وال") else head
    if head not in _FORCE_HEADS:
        return None
    for k in range(first + 1, last + 1):
        hit = demonym_of(words[k].norm)
        if hit is not None:
            return armed_forces_of(hit[0]) or hit
    return None


def demonym_parties(words: list[Word], t: Trigger) -> list[Arg]:
    """The states named by nisba adjectives right after a noun trigger («القصف الروسي»، «الغارات الجوية
    الإسرائيلية»، «الاتفاق الأميركي التركي»), as actors in text order; only manner adjectives
    (``manner_adjectives`` of frames.json: الجوية، الصاروخي …) may stand before them.  A demonym after another
    noun («اغتيال العالم الإيراني») describes that noun and is not taken."""
    if t.pos == "v":
        return []
    from marsad.events.clauses import frame_cues

    manner = frame_cues().get("manner_adjectives", frozenset())
    out: list[Arg] = []
    k = t.last + 1
    while k < len(words) and k <= t.last + 4 and words[k].kind == "word":
        x = words[k].norm
        if "\u064b" in words[k].text and x.endswith("ا") and t.pos == "n" and t.type in ("ASSAULT", "MOBILIZE"):
            x = x[:-1]  # the accusative «رتلاً عسكرياً تركياً»: the adjective without its tanween alef
        hit = demonym_of(x)
        if hit is not None:
            w = words[k]
            out.append(Arg(start=w.start, end=w.end, text="", first=k, last=k, kind="actor", actor=hit[0],
                           name_en=hit[1], origin="demonym"))
        elif out or (x not in manner and "ال" + x not in manner):
            break  # (an indefinite manner adjective too: «رتل عسكري تركي»، «غارات جوية روسية»)
        k += 1
    return out
