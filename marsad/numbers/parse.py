"""Numbers in Arabic text: digits (Arabic-Indic folded), number words, vague quantities and qualifiers.

``find_numbers(ntext)`` works on the *normalised* text (``marsad.text.normalize``)
and returns :class:`Number` spans in it.  Values follow ACLED's fatality rules:
the lowest figure of a range ("بين 5 و7" → 5), "عشرات" → 12, "مئات" → 100,
"آلاف" → 1000, "بضعة/عدة/عدد من" → 3.  Qualifiers such as نحو/حوالي/أكثر من/
ما لا يقل عن are kept in the span and set ``approximate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.cache import compile_regexes
from marsad.resources import load_json
from marsad.text.anchors import WordScan
from marsad.text.normalize import norm
from marsad.text.regex import StartFinder, alt, start_finder

_B = r"(?<![^\W\d_])"
#: the character before a number (``_B`` or «و» after a space or at the start): not an Arabic letter but «و»
_BEFORE_NUMBER = r"[^\u0621-\u0647\u0649-\u064a]"
_HUNDRED = (norm("مئة"), norm("مائة"))
_E = r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in normalised text: span, ACLED value, and flags."""

    start: int
    end: int
    value: int
    approximate: bool = False
    vague: bool = False


@dataclass(frozen=True, slots=True)
class _Words:
    units: dict[str, int]  # 1–10 and 11/12 forms
    tens: dict[str, int]
    hundreds: dict[str, int]
    thousands: dict[str, int]
    hundreds_prefix: dict[str, int]
    teens_suffix: tuple[str, ...]
    thousands_plural: tuple[str, ...]
    vague: dict[str, int]
    qualifiers: tuple[str, ...]


@cache
def _words() -> _Words:
    data = load_json("temporal", "numbers.json")
    units: dict[str, int] = {}
    tens: dict[str, int] = {}
    hundreds: dict[str, int] = {}
    thousands: dict[str, int] = {}
    for num, names in data["cardinals"].items():
        v = int(num)
        table = units if v <= 12 else tens if v < 100 else hundreds if v < 1000 else thousands
        for name in names:
            table.setdefault(norm(name), v)
    hp = {norm(n): int(k) for k, v in data["hundreds_prefix"].items() for n in v}
    for prefix, v in list(hp.items()):
        for h in (norm("مئة"), norm("مائة")):
            hundreds.setdefault(prefix + h, v * 100)
    return _Words(
        units=units,
        tens=tens,
        hundreds=hundreds,
        thousands=thousands,
        hundreds_prefix=hp,
        teens_suffix=tuple(norm(x) for x in data["teens_suffix"]),
        thousands_plural=tuple(norm(x) for x in data["thousands_plural"]),
        vague={norm(n): int(k) for k, v in data["vague"].items() for n in v},
        qualifiers=tuple(norm(x) for x in data["approx_qualifiers"]),
    )


@cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()
    word = alt(list(w.units) + list(w.tens) + list(w.hundreds) + list(w.thousands))
    plural = alt(w.thousands_plural)
    digits = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?)(?:\s(?:{plural}|الف){_E})?"
    item = rf"(?:{word}{_E}(?:\s{alt(w.teens_suffix)}{_E})?)"
    phrase = rf"(?:{digits}|{item}(?:\s(?:و\s?)?(?:{item}|{plural}{_E}))*)"
    simple, vague, qual = compile_regexes(
        "numbers",
        [
            rf"(?:{_B}|(?<=\sو)|(?<=^و))(?P<n>{phrase})",
            rf"(?:{_B}|(?<=\sو)|(?<=^و))(?:ال)?(?P<n>{alt(list(w.vague))}){_E}",  # «وعشرات الجرحى»
            rf"(?:{alt(w.qualifiers)})\s$",
        ],
    )
    return simple, vague, qual


@cache
def _finders() -> tuple[StartFinder, StartFinder]:
    """``finditer`` of the number and the vague-number patterns (:class:`StartFinder`)."""
    simple, vague, _ = _regexes()
    finders = (start_finder(simple, _BEFORE_NUMBER), start_finder(vague, _BEFORE_NUMBER))
    if finders[0] is None or finders[1] is None:  # pragma: no cover - both are never empty
        raise AssertionError("numbers: a pattern has no start finder")
    return finders[0], finders[1]


@cache
def _vague_scan() -> WordScan:
    """The vague-number pattern's matches (those of its :func:`_finders` finder), found by its words after an
    optional «ال» (:class:`~marsad.text.anchors.WordScan`)."""
    return WordScan([(_regexes()[1], list(_words().vague), 2)])


def parse_words(phrase: str) -> int | None:
    """The value of a normalised number phrase ("خمسه وعشرين" → 25, "3 الاف" → 3000); ``None`` if not a number."""
    w = _words()
    total = 0
    current = 0
    words = phrase.replace(",", "").split()
    i = 0
    seen = False
    while i < len(words):
        tok = words[i]
        if tok.startswith("و") and tok[1:] and not tok.startswith("واحد"):
            tok = tok[1:]
        if tok == "و":
            i += 1
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += int(float(tok))
        elif f"{tok} {nxt}" in w.units:
            current += w.units[f"{tok} {nxt}"]
            i += 1
        elif tok in w.hundreds_prefix and nxt in _HUNDRED:
            current += w.hundreds_prefix[tok] * 100
            i += 1
        elif tok in w.units and nxt in w.teens_suffix and w.units[tok] < 10:
            current += 10 + w.units[tok]
            i += 1
        elif tok in w.units:
            current += w.units[tok]
        elif tok in w.tens:
            current += w.tens[tok]
        elif tok in w.hundreds:
            current += w.hundreds[tok]
        elif tok in w.thousands:
            if current and tok == "الف":
                total += current * 1000
                current = 0
            else:
                total += w.thousands[tok]
        elif tok in w.thousands_plural:
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
        i += 1
    return total + current if seen else None


def find_numbers(ntext: str) -> list[Number]:
    """All numbers in a normalised text, by position (ranges give their lowest figure)."""
    qual = _regexes()[2]
    simple = _finders()[0]
    w = _words()
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in simple.finditer(ntext):
        s, e = m.span("n")
        text = m.group("n")
        if _is_date_like(ntext, s, e) or _is_year(ntext, s, text):
            continue
        value = parse_words(text)
        if value is None:
            continue
        approx = False
        start = s
        q = qual.search(ntext, max(0, s - 20), s)
        if q:
            approx = True
            start = q.start()
        found.append(Number(start, e, value, approx))
        taken.append((s, e))
    (vague_matches,) = _vague_scan().finditer(ntext)  # vague_rx.finditer(ntext)
    for m in vague_matches:
        s, e = m.span("n")
        if any(a < e and s < b for a, b in taken):
            continue
        start = s
        q = qual.search(ntext, max(0, s - 20), s)
        if q:
            start = q.start()
        found.append(Number(start, e, w.vague[m.group("n")], True, True))
    found.sort(key=lambda n: n.start)
    return _merge_ranges(ntext, found)


def _is_date_like(ntext: str, s: int, e: int) -> bool:
    before = ntext[max(0, s - 1) : s]
    after = ntext[e : e + 2]
    return (
        (before in ("/", "-", ".") and ntext[max(0, s - 2) : s - 1].isdigit())
        or (len(after) == 2 and after[0] in "/-." and after[1].isdigit())
        or after.startswith("%")
        or ntext[e : e + 10].lstrip().startswith(("بالمئه", "في المئه", "بالمائه"))
    )


_YEAR_BEFORE = re.compile(r"(?:عام|العام|سنه|السنه|لعام|لسنه|منذ|في)\s?$")


def _is_year(ntext: str, s: int, text: str) -> bool:
    """A four-digit year ("عام 2022", "منذ 2011") is not a count."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", text)) and bool(_YEAR_BEFORE.search(ntext[max(0, s - 8) : s]))


_RANGE_MID = re.compile(r"^\s?(?:-|الي|او|و|حتي)\s?$")


def _merge_ranges(ntext: str, nums: list[Number]) -> list[Number]:
    """Join "بين 5 و7", "5 إلى 7", "5-7", "5 أو 6" into one number with the lowest value."""
    out: list[Number] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        if i + 1 < len(nums) and _RANGE_MID.match(ntext[n.end : nums[i + 1].start]):
            m = nums[i + 1]
            start = n.start
            pre = ntext[max(0, start - 4) : start]
            if pre.endswith("بين "):
                start -= 4
            out.append(Number(start, m.end, min(n.value, m.value), True, n.vague or m.vague))
            i += 2
            continue
        out.append(n)
        i += 1
    return out
