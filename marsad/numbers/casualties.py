"""Casualty and count quantities: numbers attached to killed / wounded / arrested / displaced / abducted.

``find_quantities(text)`` returns ``marsad.doc.Quantity`` objects with
offsets into the untouched text.  It matches on the normalised text and maps
spans back.  Attachment rules, in order (each number is used once):

1. number + casualty noun: "12 قتيلاً", "عشرات الجرحى", "بين 5 و7 قتلى";
2. trigger + number (up to two words between): "مقتل 5 مدنيين",
   "قتل ما لا يقل عن عشرة", "لقي 4 أشخاص حتفهم";
3. casualty noun + link + number: "ارتفع عدد القتلى إلى 25", "حصيلة الجرحى 40";
4. trigger + singular/dual person noun: "مقتل شاب" = 1, "إصابة عنصرين" = 2;
5. dual/singular casualty nouns: "قتيلين" = 2, "سقوط قتيل" = 1;
6. an indefinite plural casualty noun with no number ("قتلى وجرحى") → value None;
7. coordinated counts of one toll are added ("مقتل سبعة عناصر … وأربعة من مقاتليه" = 11);
8. a subject counted before a verb of dying, or before «قد» and a verb of killing: "وكان 4 من مقاتلي الحشد قد
   قُتلوا" = 4, "وكان مواطن قد استُشهد" = 1, "ارتقى سبعة مواطنين" (rule 2) = 7.

A count of killed *and* wounded together ("عشرات القتلى والجرحى", "30 قتيلا وجريحا") has kind
``casualties``: it is no killed count. A vague word ("عشرات") sets ``vague``.

ACLED rules: the lowest figure of a range, "عشرات" → 12, "مئات" → 100,
"بضعة/عدة" → 3 (see ``marsad.numbers.parse``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.cache import compile_regexes, normalized
from marsad.doc import Quantity
from marsad.numbers.parse import alt, find_numbers
from marsad.resources import load_json
from marsad.text.anchors import WordScan
from marsad.text.normalize import norm
from marsad.text.regex import START, StartFinder, start_finder

_PREFIX = r"(?:[وف](?=[^\W\d_]))?(?:بال|لل|ال|ب|ل|ك)?"
_B = START
_E = r"(?![^\W\d_])"
_STOP = re.compile(r"[.;:!?\n]")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # normalised offsets of the core word (without clitics)
    end: int
    kind: str  # killed|wounded|... or "" for persons
    role: str  # trigger|plural|singular|dual|person-singular|person-dual|person-plural|ending
    definite: bool


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    data = load_json("temporal", "casualties.json")
    table: dict[str, list[tuple[str, str]]] = {}

    def add(word: str, kind: str, role: str) -> None:
        key = norm(word)
        if key and (kind, role) not in table.setdefault(key, []):
            table[key].append((kind, role))

    for kind, roles in data["kinds"].items():
        for w in roles["triggers"]:
            add(w, kind, "trigger")
        for role in ("plural", "singular", "dual"):
            for w in roles[f"nouns_{role}"]:
                add(w, kind, role)
    for role, words in data["persons"].items():
        for w in words:
            add(w, "", f"person-{role}")
            if role == "singular" and not norm(w).endswith(("ه", "ا")):
                add(norm(w) + "ا", "", "person-acc")  # "15 شاباً" after a number; "قتل رجلاً" = one
    for w in data["kill_endings"]:
        add(w, "killed", "ending")
    for roles in table.values():
        if ("", "person-acc") in roles and ("", "person-plural") in roles:
            roles.remove(("", "person-plural"))
    (rx,) = compile_regexes("casualties", [rf"{_B}(?P<pre>{_PREFIX})(?P<w>{alt(set(table))}){_E}"])
    return rx, table


@cache
def _not_counted() -> re.Pattern[str]:
    data = load_json("temporal", "casualties.json")
    words = {norm(w) for w in data.get("not_counted", [])}
    return re.compile(rf"\s(?:ال)?{alt(words)}{_E}")


@cache
def _finder() -> StartFinder:
    finder = start_finder(_lexicon()[0])
    if finder is None:  # pragma: no cover - the pattern starts with the boundary and is never empty
        raise AssertionError("casualties: the word pattern has no start finder")
    return finder


@cache
def _scan() -> WordScan:
    """The word pattern's matches (those of :func:`_finder`), found by its words after a clitic of up to four
    letters (``_PREFIX``; :class:`~marsad.text.anchors.WordScan`)."""
    rx, table = _lexicon()
    return WordScan([(rx, list(table), 4)])


def _hits(ntext: str) -> list[_Hit]:
    table = _lexicon()[1]
    out: list[_Hit] = []
    (matches,) = _scan().finditer(ntext)
    for m in matches:
        definite = "ال" in m.group("pre") or m.group("pre").endswith("لل")
        for kind, role in table[m.group("w")]:
            out.append(_Hit(m.start("w"), m.end("w"), kind, role, definite))
    return out


def _words_between(ntext: str, a: int, b: int) -> int:
    return len(ntext[a:b].split())


#: «(من) بين» right before a definite casualty noun: the count after it is some of them («بين القتلى ثلاثة أطفال»)
_AMONG = re.compile(r"(?:^|\s)و?(?:من\s)?بين\s(?:ال)?$")


def find_quantities(text: str) -> list[Quantity]:
    """Casualty/count quantities in ``text`` (source offsets), in text order."""
    nt = normalized(text)
    n = nt.text
    nums = find_numbers(n)
    hits = _hits(n)
    used: set[int] = set()  # indices of used numbers
    used_hits: set[int] = set()
    found: list[tuple[int, int, int | None, str, bool, bool]] = []

    def emit(start: int, end: int, value: int | None, kind: str, approx: bool, vague: bool = False) -> None:
        found.append((start, end, value, kind, approx, vague))

    # 1. number + casualty noun ("12 قتيلا", "عشرات الجرحى", "3 من القتلى")
    for ni, num in enumerate(nums):
        for hi, h in enumerate(hits):
            if h.role in ("plural", "singular") and h.start >= num.end:
                gap = n[num.end : h.start]
                if re.fullmatch(r"\s?(?:من\s?)?(?:ال|لل)?", gap) or re.fullmatch(r"\s", gap):
                    both = _and_wounded(n, hits, hi) if h.kind == "killed" else None
                    if both is not None:  # «عشرات القتلى والجرحى»: killed and wounded counted together
                        emit(num.start, hits[both].end, num.value, "casualties", num.approximate, num.vague)
                        used_hits.add(both)
                    else:
                        emit(num.start, h.end, num.value, h.kind, num.approximate, num.vague)
                    used.add(ni)
                    used_hits.add(hi)
                    break
                if h.start > num.end + 8:
                    break
    # 2. trigger + number; 3. casualty noun + link + number
    for hi, h in enumerate(hits):
        if h.role not in ("trigger", "plural") or hi in used_hits:
            continue
        if h.role == "plural" and not h.definite:
            continue
        if h.role == "plural" and _AMONG.search(n, max(0, h.start - 10), h.start):
            continue  # «أوضح أن بين القتلى ثلاثة أشقاء»: some of the dead, not the toll
        limit = 2 if h.role == "trigger" else 4
        for ni, num in enumerate(nums):
            if ni in used or num.start < h.end:
                continue
            gap = n[h.end : num.start]
            if _STOP.search(gap) or _words_between(n, h.end, num.start) > limit:
                break
            if any(o.role in ("trigger", "plural") and h.end <= o.start < num.start for o in hits):
                break  # a nearer trigger owns this number ("مقتل وإصابة 10")
            if h.role == "plural" and gap.strip() and not re.search(r"(?:الي|حتي|بلغ|بلغت|نحو|قرابه|:)", gap):
                break
            if h.role == "trigger" and _needs_ending(n, h) and not _has_ending(n, hits, num.end):
                break
            if _not_counted().match(n, num.end):
                break  # "اعتقال دام 32 عاما", "مقتل ... بـ 5 قذائف"
            if gap.strip() and num.value is not None and 1900 <= num.value <= 2100 and not num.approximate:
                break  # «قُتل في آذار/مارس 2014»: a year after words between, no count (a count follows at once)
            end = _extend_person(n, hits, num.end)
            if h.role == "trigger":
                emit(h.start, end, num.value, h.kind, num.approximate, num.vague)
            else:
                emit(h.start, num.end, num.value, h.kind, num.approximate, num.vague)
            used.add(ni)
            used_hits.add(hi)
            break
    # 4. trigger + singular/dual person noun ("مقتل شاب", "إصابة عنصرين")
    by_start = {h.start: h for h in hits if h.role.startswith("person")}
    for hi, h in enumerate(hits):
        if h.role != "trigger" or hi in used_hits:
            continue
        m = re.match(r"\s(?:[وف]?(?:ال)?)", n[h.end :])
        if not m:
            continue
        p = by_start.get(h.end + m.end()) or by_start.get(h.end + 1)
        if p is None:  # verb + definite subject + object: "قتل القناص رجلاً", "أعدم التنظيم رجلاً"
            subj = re.match(r"\sال\S+\s", n[h.end :])
            q = by_start.get(h.end + subj.end()) if subj else None
            p = q if q is not None and q.role == "person-acc" else None
        if p is None and n[h.start : h.end] in _SUBJECT_VERBS:
            # a passive or dying verb, where the attack is told before its subject: «وقُتل في الهجوم عنصران من الشرطة»
            pp = _CIRCUMSTANCE_PP.match(n, h.end)
            q = by_start.get(pp.end()) if pp else None
            p = q if q is not None and q.role in ("person-singular", "person-dual") and not q.definite else None
        if p is None or (p.definite and p.role != "person-singular"):
            continue  # "مقتل القيادي" is one person; "مقتل العناصر" gives no count
        if any(f[0] <= h.start < f[1] for f in found):
            continue
        value: int | None = {"person-singular": 1, "person-acc": 1, "person-dual": 2}.get(p.role)
        if p.role == "person-plural" and _source_dual(text, nt.to_source(p.start, p.end)):
            value = 2
        nxt = n[p.end : p.end + 7]
        if p.role == "person-singular" and re.match(r"\s(?:اخر|اخرين|اخرون)", nxt):
            value = None
        if p.role == "person-plural" and value != 2:
            value = None
        if nxt.startswith((" واحد", " اثنين", " اثنان")):
            value = 1 if "واحد" in nxt else 2
        emit(h.start, p.end, value, h.kind, False)
        used_hits.add(hi)
    # 10. a killing word whose victim is an attached pronoun or a possessed person: «ما أدى إلى مقتله» = 1,
    # «لقيا حتفهما» = 2, «فأردوه قتيلاً»، «مقتل أحدهما»، «استشهاد سائقها» (before 7, which adds «… وشخص كان برفقته»)
    for m in _pronoun_victims().finditer(n):
        start = m.start("w")
        if any(f[0] <= start < f[1] or (f[1] <= start and _words_between(n, f[1], start) <= 2) for f in found):
            continue  # «لقي شاب مصرعه»: the count before owns it
        if _MEMORIAL.search(n, max(0, start - 30), start):
            continue  # «في الذكرى الأولى لمقتله»: a death told before, no toll of today
        if m.group("p1") and not (_MET_BEFORE.search(n, max(0, start - 90), start)
                                  if m.group("w").startswith(("مصرع", "حتف"))
                                  else _RESULT_BEFORE.search(n, max(0, start - 20), start)):
            continue  # «مقتله» is a toll as a result («ما أدى إلى مقتله»), not in «القبض عليه أو مقتله»; «مصرعه» after
            # a past «لقي» («ولقي مصرعه»), not in «خشية أن يلقى حتفه»
        value = 2 if "هما" in (m.group("p1"), m.group("p2"), m.group("p3")) or m.group("p4") in ("ين", "تين") else 1
        end = m.end()
        company = _with_count(n, nums, used, hits, end)
        if company is not None:  # «ما أدى إلى مقتله مع اثنين من مرافقيه» = 3
            value, end = value + company[0], company[1]
        elif n.startswith(" مع ", end):
            continue  # «مقتله مع عائلته»: killed with others not counted
        emit(start, end, value, "killed", False)
    # 7. coordinated counts of the same toll: «مقتل سبعة عناصر من قوات النظام وأربعة من مقاتليه» = 11,
    # «مقتل عنصرين من قوات النظام ومقاتل من الفصائل» = 3, «مقتل ثلاثة من المقاتلين وامرأة» = 4
    for fi, (f_start, f_end, f_value, f_kind, f_approx, f_vague) in enumerate(found):
        if f_kind != "killed" or f_value is None or f_vague:
            continue
        more = _coordinated_count(n, nums, used, hits, f_end)
        if more is not None:
            add, new_end, num_i = more
            found[fi] = (f_start, new_end, f_value + add, f_kind, f_approx, f_vague)
            if num_i is not None:
                used.add(num_i)
            used_hits.update(k for k, o in enumerate(hits) if f_end <= o.start < new_end)
    # 8. a counted or named subject before a killing verb, the count first: «وكان 4 من مقاتلي «الحشد» قد قُتلوا»،
    # «وكان مواطن قد استُشهد»، «وكان طفلان شقيقان قد قُتلا»، «سبعة مواطنين استشهدوا» (a verb of dying, or «قد» before
    # a verb of killing: «ثلاثة مسلحين قتلوا مدنياً» names the killers)
    persons_at = {h.start: h for h in hits if h.role in ("person-singular", "person-dual", "person-plural")}
    for hi, h in enumerate(hits):
        if h.role != "trigger" or h.kind != "killed" or hi in used_hits or any(f[0] <= h.start < f[1] for f in found):
            continue
        verb = n[h.start : h.end]
        if verb not in _SUBJECT_VERBS:
            continue
        before = n[max(0, h.start - 80) : h.start]
        qad = re.search(r"(?:^|\s)قد\s?$", before) is not None
        if verb in _KILLED_VERBS and not qad:
            continue
        subject = _subject_count(n, nums, used, persons_at, h.start)
        if subject is not None:
            s_start, s_value, s_ni = subject
            emit(s_start, h.end, s_value, "killed", False)
            used_hits.add(hi)
            if s_ni is not None:
                used.add(s_ni)
    # 5. dual / singular casualty nouns; 6. indefinite plural nouns with no number
    for hi, h in enumerate(hits):
        if hi in used_hits or any(f[0] <= h.start < f[1] for f in found):
            continue
        if h.role == "dual":
            emit(h.start, h.end, 2, h.kind, False)
        elif h.role == "singular" and not h.definite and not _between_pair(n, hits, h):
            emit(h.start, h.end, 1, h.kind, False)
        elif h.role == "plural" and not h.definite and _is_plural_form(h, n):
            emit(h.start, h.end, None, h.kind, False)
    return _to_source(text, nt.to_source, _joined_tolls(n, found))


def _between_pair(n: str, hits: list[_Hit], h: _Hit) -> bool:
    """«أوقعت أفرادها بين قتيل ومصاب»: a singular casualty noun after «بين», joined by «و» to another, says there were
    both kinds of casualty, and counts no one."""
    return n.endswith("بين ", 0, h.start) and any(o.start == h.end + 2 and n.startswith(" و", h.end) for o in hits)


#: between two joined tolls: the first count's «من» + its group, then «و» glued to the second killing word
_JOINED_TOLL = re.compile(r"(?:\sمن\s\S+)?\sو")


def _joined_tolls(n: str, found: list[tuple[int, int, int | None, str, bool, bool]]
                  ) -> list[tuple[int, int, int | None, str, bool, bool]]:
    """9. two killed counts joined by «و» on a second killing word are one toll: «مقتل ثلاثة من المتسللين واستشهاد
    جندي» = 4 (the second count starts at «و» right after the first and the «من» group it may have; neither vague nor unknown)."""
    found = sorted(found)
    out: list[tuple[int, int, int | None, str, bool, bool]] = []
    for f in found:
        if out:
            p = out[-1]
            if (p[3] == f[3] == "killed" and p[2] is not None and f[2] is not None and not p[5] and not f[5]
                    and (_JOINED_TOLL.fullmatch(n, p[1], f[0]) or _JOINED_TOLL.fullmatch(n, p[1], f[0] + 1))):
                out[-1] = (p[0], f[1], p[2] + f[2], "killed", p[4] or f[4], False)
                continue
        out.append(f)
    return out


#: verbs of dying (their subject died) and of being killed (with «قد» before: «وكان … قد قُتلوا»), normalised
_DYING_VERBS = frozenset(norm(w) for w in load_json("temporal", "casualties.json")["dying_verbs"])
_KILLED_VERBS = frozenset(norm(w) for w in load_json("temporal", "casualties.json")["killed_verbs"])
_SUBJECT_VERBS = _DYING_VERBS | _KILLED_VERBS
_SUBJECT_GAP = re.compile(r"[.;:!?\n،,]")
#: a preposition and its (definite) noun between a killing verb and its subject («قُتل في الهجوم عنصران»)
_CIRCUMSTANCE_PP = re.compile(r"\s(?:في|جراء|خلال|اثر|عقب|بنيران|برصاص)\s(?:ال)?[^\W\d_]+\s(?:[وف]?(?:ال)?)")


def _subject_count(n: str, nums: list, used: set[int], persons_at: dict[int, _Hit], verb_start: int
                   ) -> tuple[int, int, int | None] | None:
    """The count of a subject before a killing verb at ``verb_start`` (normalised text): a number followed by a
    person noun or «من» (its start, value and index in ``nums``), else an indefinite singular or dual person noun
    (1 or 2); up to six words before the verb, no punctuation but quotes between."""
    for ni in range(len(nums) - 1, -1, -1):
        num = nums[ni]
        if num.end > verb_start:
            continue
        if ni in used or _SUBJECT_GAP.search(n, num.end, verb_start) or _words_between(n, num.end, verb_start) > 6:
            break
        nxt = n[num.end : num.end + 5]
        p = persons_at.get(num.end + 1)
        if num.value is not None and (nxt.startswith(" من ") or p is not None):
            return num.start, int(num.value), ni
        break
    for start in sorted(persons_at, reverse=True):
        if start >= verb_start:
            continue
        p = persons_at[start]
        if _SUBJECT_GAP.search(n, p.end, verb_start) or _words_between(n, p.end, verb_start) > 2 or p.definite:
            return None
        if p.role == "person-singular":
            return p.start, 1, None
        if p.role == "person-dual":
            return p.start, 2, None
        return None
    return None


#: a verb of result right before a killing masdar («ما أدى إلى مقتله»، «أدّت لاستشهاده»، «أسفر عن مقتلهما»)
_RESULT_BEFORE = re.compile(r"(?:ادي|ادت|اديا|ادتا|اسفر|اسفرت|تسبب|تسببت|يودي|تودي)\s(?:(?:الي|عن|في)\s)?(?:[وف]?[بل])?$")
#: a past «لقي» before «مصرعه/حتفه» in the same clause, its subject between («لقي السعودي …، المقاتل في …، مصرعه»)
_MET_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:قد\s)?(?:لقي|لقيت|لقيا|لقيتا|لقوا|لقين)\s[^.;:!?\n]*$")
_MEMORIAL = re.compile(r"(?:ذكري|ذكراه|ذكرا|سنويه|اربعين)\S*\s(?:\S+\s)?\S*$")
#: singular relatives and companions before a possessive pronoun (normalised stems: «ابنت» of «ابنته»): the one
#: joined by «و» to a toll (rule 7, ``_KIN``) and the one whose death a masdar names (rule 10)
_KIN_ONE = ("طفل", "ابن", "ابنت", "نجل", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخت", "والد", "والدت", "حفيد", "حفيدت",
            "طفلت", "مرافق", "سائق")
_KIN_STEMS = (*_KIN_ONE, "حارس", "ابي", "اخي")
#: «مع» and what follows it (``_with_count``): a count, or «أحد/إحدى»
_WITH = re.compile(r"\sمع\s")
_ONE_OF = re.compile(r"(?:احد|احدي)(?=\s)")


@cache
def _pronoun_victims() -> re.Pattern[str]:
    """10.: a killing masdar with a pronoun («مقتله»، «مصرعهما»), a verb of killing with an object pronoun («فقتلوه»،
    «أرداه قتيلاً»), «أردى» with one word and «قتيلاً» («فأردوا سائقها قتيلاً»، «أردت الحارسين قتيلين»), or a killing
    masdar before «أحدهما» or a person with a pronoun («مقتل شقيقه»، «استشهاد سائقها»): a singular pronoun or person
    is one victim, a dual pronoun two; a plural pronoun gives no count."""
    data = load_json("temporal", "casualties.json")
    persons = sorted({norm(w) for w in data["persons"]["singular"]} | {norm(w) for w in _KIN_STEMS}, key=len,
                     reverse=True)
    nouns = "مقتل|استشهاد|مصرع|حتف|وفات"
    return re.compile(
        rf"{_B}(?:[وف](?=[^\W\d_]))?(?:ب|ل)?(?P<w>"
        rf"(?:{nouns})(?P<p1>هما|ها|ه)"
        rf"|قتلو(?P<p2>هما|ها|ه)"
        rf"|(?:اردو|اردت|اردا|اردي)(?P<p3>هما|ها|ه)\s(?:ال)?قتيل(?:ا|ه|ين|تين)?"
        rf"|(?:اردوا|اردت|اردي|اردا|ارديا)\s[^\W\d_]+\s(?:ال)?قتيل(?P<p4>ين|تين|ا|ه)?"
        rf"|(?:مقتل|استشهاد|وفاه)\s(?:احد|احدي|احدا)(?:هما|هم|هن|ها)"
        rf"|(?:مقتل|استشهاد|وفاه)\s(?:{'|'.join(persons)})(?:هما|ها|هم|هن|ه)"
        rf"){_E}"
    )


def _with_count(n: str, nums: list, used: set[int], hits: list[_Hit], end: int) -> tuple[int, int] | None:
    """The people killed «مع» the victim named at ``end`` (normalised text): «مع اثنين من مرافقيه» (a count), «مع أحد
    مرافقيه» or «مع شاب» (one), «مع عنصرين» (two): (their number, the end) or ``None``."""
    m = _WITH.match(n, end)
    if m is None:
        return None
    at = m.end()
    for ni, num in enumerate(nums):
        if num.start == at and ni not in used and num.value is not None and not num.vague:
            used.add(ni)
            return int(num.value), _extend_person(n, hits, num.end)
    one = _ONE_OF.match(n, at)
    if one is not None:
        return 1, one.end()
    for h in hits:
        if h.start == at and not h.definite and h.role in ("person-singular", "person-dual"):
            return (2 if h.role == "person-dual" else 1), h.end
    return None


#: «وطفلها»، «وزوجته»، «ونجليه»: and + a relative noun + a possessive pronoun (normalised text)
_KIN = re.compile(
    r"\sو(?:(?P<one>" + "|".join(_KIN_ONE) + ")"
    r"|(?P<dual>طفلي|ابني|ابنتي|نجلي|شقيقي|شقيقتي|حفيدي|طفلا|ابنا|ابنتا|نجلا|شقيقا|شقيقتا|حفيدا|مرافقي|مرافقا))"
    r"(?:ه|ها|هم|هما)"
    r"(?![^\W\d_])"
)
_WOUNDED_AFTER = re.compile(r"^(?:\s\S+){0,2}\s(?:ب)?(?:جروح|جريح|جرحي|مصاب|مصابين|اصابات)")


def _coordinated_count(n: str, nums: list, used: set[int], hits: list[_Hit], end: int) -> tuple[int, int, int | None] | None:
    """A second count joined by «و» to the killed count ending at ``end``, within six words and before any
    punctuation or other casualty word: (its value, its end, the number's index or ``None``), or ``None``."""
    limit = end
    for _ in range(6):
        m = re.match(r"\s+\S+", n[limit:])
        if m is None:
            break
        limit += m.end()
    seg = n[end:limit]
    stop = re.search(r"[.;:!?\n،,]", seg)
    if stop:
        limit = end + stop.start()
    kin = _KIN.match(n, end)
    if kin is not None and not _WOUNDED_AFTER.match(n[kin.end() : kin.end() + 30]):
        # «مقتل امرأة وطفلها»، «مقتل رجل ونجليه»: a relative joined with a pronoun is one more (two for a dual)
        return (2 if kin.group("dual") else 1), kin.end(), None
    for ni, num in enumerate(nums):
        if ni in used or num.start < end or num.start >= limit:
            continue
        if n[num.start - 1 : num.start] == "و":
            if any(end <= h.start < num.start and h.role in ("trigger", "ending") for h in hits):
                return None
            if num.vague or _WOUNDED_AFTER.match(n[num.end : num.end + 30]):
                return None
            person_end = _extend_person(n, hits, num.end)
            if person_end == num.end and not n.startswith(" من ", num.end):
                return None  # «4242 شهيداً و376 اغتيالاً»: a count of something else
            return num.value, person_end, ni
        return None
    for h in hits:
        if h.start < end or h.start >= limit:
            continue
        if h.role in ("trigger", "ending", "plural"):
            return None
        if h.role == "person-acc" and n[end - 1 : end] == "ا":
            return None  # «قُتل 13 جندياً وشرطياً»: two nouns of one count, not one more
        if h.role in ("person-singular", "person-dual", "person-acc") and n[h.start - 1 : h.start] == "و" and not h.definite:
            if _WOUNDED_AFTER.match(n[h.end : h.end + 30]):
                return None
            return (2 if h.role == "person-dual" else 1), h.end, None
    return None


def _source_dual(text: str, span: tuple[int, int]) -> bool:
    """A written fatha before the final ين marks a dual ("مدنيَين" = two civilians)."""
    word = text[span[0] : span[1]]
    return word.endswith("\u064eين") or word.endswith("\u064eيْن")


def _is_plural_form(h: _Hit, n: str) -> bool:
    word = n[h.start : h.end]
    return word in {
        norm(x) for x in ("قتلى", "جرحى", "شهداء", "مصابين", "معتقلين", "نازحين", "ضحايا", "مخطوفين")
    }


def _needs_ending(n: str, h: _Hit) -> bool:
    return n[h.start : h.end] in ("لقي", "لقيت", "لقوا", "قضي", "قضوا")


def _has_ending(n: str, hits: list[_Hit], pos: int) -> bool:
    return any(o.role == "ending" and pos <= o.start and _words_between(n, pos, o.start) <= 3 for o in hits)


def _extend_person(n: str, hits: list[_Hit], pos: int) -> int:
    """Extend a count over the counted noun right after it ("5 مدنيين", "12 من عناصر")."""
    for o in hits:
        if o.role.startswith("person") and re.fullmatch(r"\s(?:من\s)?(?:ال)?", n[pos : o.start] + ""):
            return o.end
        if o.start > pos + 8:
            break
    return pos


def _and_wounded(ntext: str, hits: list[_Hit], hi: int) -> int | None:
    """The wounded noun coordinated right after killed noun ``hits[hi]`` («القتلى والجرحى»، «قتيلا وجريحا»)."""
    h = hits[hi]
    for k in range(hi + 1, min(hi + 4, len(hits))):
        o = hits[k]
        if o.kind == "wounded" and o.role in ("plural", "singular") and re.fullmatch(
            r"\s?و(?:ال)?", ntext[h.end : o.start]
        ):
            return k
    return None


def _to_source(
    text: str, to_source: object, found: list[tuple[int, int, int | None, str, bool, bool]]
) -> list[Quantity]:
    out: list[Quantity] = []
    for start, end, value, kind, approx, vague in sorted(found):
        if out and start < out[-1].end and kind == out[-1].kind:
            continue
        s, e = to_source(start, end)  # type: ignore[operator]
        while e < len(text) and not text[e].isspace() and not norm(text[e]):
            e += 1  # keep trailing tanween/tatweel inside the span
        out.append(Quantity(start=s, end=e, text=text[s:e], value=value, kind=kind, approximate=approx,
                            vague=vague))
    return out


def fatalities(quantities: list[Quantity]) -> int | None:
    """ACLED-style fatality figure from a list of quantities: the largest reported killed count.

    Several killed counts in one report usually describe the same toll rising
    or being restated; ACLED keeps the most recent figure, approximated here by
    the largest definite one.  ``None`` when no killed count is given.
    """
    values = [q.value for q in quantities if q.kind == "killed" and q.value is not None]
    return max(values) if values else None
