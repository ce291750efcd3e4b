"""Arabic date and time patterns: vocabulary tables and the regular expressions built from them.

The vocabulary lives in ``resources/temporal/*.json`` (month names in the
Levantine, Egyptian/transliterated and Maghrebi systems plus Hijri months,
weekdays, relative day words, parts of the day, period words, ordinal and
cardinal number words).  Every entry is normalised with
``marsad.text.normalize.norm`` so the patterns run on the *normalised* text;
callers map spans back with ``Normalized.to_source``.

``find_candidates(ntext)`` returns atomic matches (:class:`Candidate`); the
resolver merges adjacent atoms ("يوم أمس، الثلاثاء 27 آذار") and resolves them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from marsad.cache import compile_regexes
from marsad.resources import load_json
from marsad.text.anchors import AnchorScan
from marsad.text.normalize import norm
from marsad.text.regex import (
    START,
    StartFinder,
    WindowFinder,
    alt,
    start_finder,
    window_finder,
)

# A Unicode word character that is not an ASCII/Arabic digit (Arabic-Indic digits are folded).
_B = START  # start boundary: not preceded by a letter
_E = r"(?![^\W\d_])"  # end boundary: not followed by a letter
# «و»/«ف», then «ب»/«ل»/«ك», each optional and followed by a letter: the branches in the order in which
# ``(?:[وف](?=L))?(?:[بلك](?=L))?`` tries them (both, the first, the second, neither), which the engine
# runs faster than two optional groups
_L = r"[^\W\d_]"
_CLITIC = rf"(?:[وف](?={_L})[بلك](?={_L})|[وف](?={_L})|[بلك](?={_L})|)"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised temporal vocabulary: word → value maps."""

    months: dict[str, tuple[str, int]]  # name → (system "gregorian"|"hijri", month number)
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # name → Python weekday (Monday=0)
    relative_days: dict[str, int]  # word → day offset
    today_blockers: tuple[str, ...]
    parts_of_day: dict[str, str]  # word → dawn|morning|noon|afternoon|evening|night
    modifiers: dict[str, str]  # word → past|future|current
    this: tuple[str, ...]
    same: tuple[str, ...]  # «نفسه»، «ذاته»: the period the text last named («في اليوم نفسه»)
    same_units: dict[str, str]  # word → day|week|month|year, before a word of ``same``
    day_shift: dict[str, int]  # «اليوم التالي» +1, «اليوم السابق» −1: a day after/before the date named last
    period_units: dict[str, str]  # word → week|month|year
    period_parts: dict[str, str]  # word → start|middle|end
    ago: tuple[str, ...]
    duration_units: dict[str, tuple[str, str]]  # word → (unit, singular|dual|plural)
    vague_few: tuple[str, ...]
    recent_periods: tuple[str, ...]
    upcoming_periods: tuple[str, ...]  # «الأيام المقبلة»: the next days, a week ahead
    recent_hours: tuple[str, ...]
    future_markers: tuple[str, ...]
    year_words: tuple[str, ...]
    corresponding: tuple[str, ...]
    hijri_suffix: tuple[str, ...]
    gregorian_suffix: tuple[str, ...]
    ordinals: dict[str, int]  # day ordinal → day number (1–31)
    cardinals: dict[str, int]


def _norm_all(words: list[str]) -> list[str]:
    return [w for w in (norm(x) for x in words) if w]


@cache
def lexicon() -> Lexicon:
    """Load and normalise the bundled temporal vocabulary (cached)."""
    mdata = load_json("temporal", "months.json")
    wdata = load_json("temporal", "words.json")
    ndata = load_json("temporal", "numbers.json")
    months: dict[str, tuple[str, int]] = {}
    for system in ("gregorian", "hijri"):
        for num, names in mdata[system].items():
            for name in _norm_all(names):
                months.setdefault(name, (system, int(num)))
    ordinals: dict[str, int] = {}
    for num, names in ndata["ordinals"].items():
        for name in _norm_all(names):
            ordinals.setdefault(name, int(num))
    for num, names in ndata["ordinal_units"].items():
        for name in _norm_all(names):
            for tens, tname in ((20, "العشرين"), (30, "الثلاثين")):
                if tens + int(num) <= 31:
                    ordinals[f"{name} و{tname}"] = tens + int(num)
                    ordinals[f"{name} و {tname}"] = tens + int(num)
    cardinals: dict[str, int] = {}
    for num, names in ndata["cardinals"].items():
        for name in _norm_all(names):
            cardinals.setdefault(name, int(num))
    modifiers = {w: "past" for w in _norm_all(wdata["past_modifiers"])}
    modifiers.update({w: "future" for w in _norm_all(wdata["future_modifiers"])})
    modifiers.update({w: "current" for w in _norm_all(wdata["current_modifiers"])})
    dunits: dict[str, tuple[str, str]] = {}
    for unit, forms in wdata["duration_units"].items():
        for form, names in forms.items():
            for name in _norm_all(names):
                dunits[name] = (unit, form)
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(_norm_all(mdata["ambiguous"])),
        weekdays={n: int(k) for k, v in wdata["weekdays"].items() for n in _norm_all(v)},
        relative_days={n: int(k) for k, v in wdata["relative_days"].items() for n in _norm_all(v)},
        today_blockers=tuple(_norm_all(wdata["today_blockers"])),
        parts_of_day={n: k for k, v in wdata["parts_of_day"].items() for n in _norm_all(v)},
        modifiers=modifiers,
        this=tuple(_norm_all(wdata["this"])),
        same=tuple(_norm_all(wdata["same"])),
        same_units={n: k for k, v in wdata["same_units"].items() for n in _norm_all(v)},
        day_shift={
            **dict.fromkeys(_norm_all(wdata["next_day"]), 1),
            **dict.fromkeys(_norm_all(wdata["previous_day"]), -1),
        },
        period_units={n: k for k, v in wdata["period_units"].items() for n in _norm_all(v)},
        period_parts={n: k for k, v in wdata["period_parts"].items() for n in _norm_all(v)},
        ago=tuple(_norm_all(wdata["ago"])),
        duration_units=dunits,
        vague_few=tuple(_norm_all(wdata["vague_few"])),
        recent_periods=tuple(_norm_all(wdata["recent_periods"])),
        upcoming_periods=tuple(_norm_all(wdata["upcoming_periods"])),
        recent_hours=tuple(_norm_all(wdata["recent_hours"])),
        future_markers=tuple(_norm_all(wdata["future_markers"])),
        year_words=tuple(_norm_all(wdata["year_words"])),
        corresponding=tuple(_norm_all(wdata["corresponding"])),
        hijri_suffix=tuple(_norm_all(wdata["hijri_suffix"])),
        gregorian_suffix=tuple(_norm_all(wdata["gregorian_suffix"])),
        ordinals=ordinals,
        cardinals=cardinals,
    )


@dataclass(slots=True)
class Candidate:
    """One atomic match in the normalised text.

    ``kind`` is one of: date, numeric, month, year, weekday, relday, pod,
    relperiod, ago, recent, range, nightpair, same («اليوم نفسه»).  ``groups`` holds the named
    regex groups that matched (normalised strings).
    """

    kind: str
    start: int
    end: int
    groups: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    priority: int
    #: a regex that finds something in every text the pattern matches (a part every match contains):
    #: a text it finds nothing in is not searched with the (much larger) pattern, and in the others
    #: only the text around the places where it matches is (``window``)
    needs: re.Pattern[str] | None = None
    #: ``regex.finditer`` for a pattern that starts with the boundary ``_B`` and is not searched in windows
    #: (else None: use the regex)
    finder: StartFinder | None = None
    #: ``regex.finditer`` searching only around the places where ``needs`` matches (None: not bounded)
    window: WindowFinder | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``regex`` in ``text`` (group 0 aside: see :class:`StartFinder`)."""
        return self.regex.finditer(text) if self.finder is None else self.finder.finditer(text)


def _day(sfx: str, lx: Lexicon) -> str:
    return rf"(?:(?:ال)?(?P<d{sfx}>[12]\d|3[01]|0?[1-9])(?!\d)|(?P<dw{sfx}>{alt(lx.ordinals)}){_E})"


def _mname(sfx: str, lx: Lexicon) -> str:
    """A month name, optionally doubled in another naming system: "آذار/مارس", "آذار (مارس)"."""
    months = alt(lx.months)
    return rf"(?P<m{sfx}>{months}){_E}(?:\s?/\s?{months}{_E}|\s?\(\s?{months}\s?\))?"


def _year(sfx: str, lx: Lexicon) -> str:
    suffix = alt(lx.hijri_suffix + lx.gregorian_suffix)
    return (
        rf"(?:\s?,?\s?(?:من\s)?(?:{alt(lx.year_words)}\s)?(?P<y{sfx}>(?:19|20)\d\d|1[34]\d\d)(?!\d)"
        rf"(?:\s?(?P<ys{sfx}>{suffix}){_E})?)"
    )


def _date(sfx: str, lx: Lexicon, *, month_optional: bool = False) -> str:
    month = (
        rf"(?:\s?-?\s?(?:من\s)?(?:شهر\s)?{_mname(sfx, lx)}{_year(sfx, lx)}?"
        rf"(?:\s(?P<dm{sfx}>{alt(lx.modifiers)}){_E})?)"
    )
    return _day(sfx, lx) + (month + "?" if month_optional else month)


# «الأسبوع الأول/الثاني/الثالث/الرابع/الأخير من …»: which week of the month (normalised; 0 = the last)
WEEK_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}


@cache
def patterns() -> tuple[_Pattern, ...]:
    """The compiled atom patterns (cached)."""
    lx = lexicon()
    unamb = alt(set(lx.months) - lx.ambiguous_months)
    mods = alt(lx.modifiers)
    parts = alt(lx.period_parts)
    units = alt(lx.period_units)
    same_units = alt(lx.same_units)
    wd = alt(lx.weekdays)
    year_words = alt(lx.year_words)
    pre = rf"{_B}{_CLITIC}"
    dunits = alt(lx.duration_units)
    num = rf"(?:\d{{1,3}}|{alt(lx.cardinals)}|{alt(lx.vague_few)})"
    blockers = alt(lx.today_blockers)
    # «الأيام الثلاثة الماضية»: three to ten days counted after «الأيام» (see resolve._recent)
    counted_days = alt([w for w, n in lx.cardinals.items() if 3 <= n <= 10 and " " not in w])
    qual = alt(
        [
            norm(q)
            for q in ("نحو", "حوالي", "حوالى", "قرابة", "أكثر من", "أقل من", "ما يقارب", "ما يزيد عن", "زهاء")
        ]
    )
    specs: list[tuple[str, str, int]] = [
        (
            "range",
            rf"{pre}(?P<x>(?:(?:بين|من)\s(?:يوم\s|يومي\s)?)?{_date('1', lx, month_optional=True)}"
            rf"\s?(?:-|/|و|الي|حتي|ولغايه|لغايه)\s?(?:ال)?{_date('2', lx)})",
            5,
        ),
        (  # «ليلة السبت-الأحد»، «ليل الجمعة السبت» (two days in a row, no sign between them)
            "nightpair",
            rf"{pre}(?P<x>ليله?\s(?P<w1>{wd})(?:\s?(?P<sep>-|/|و|الي|علي)\s?|\s)(?P<w2>{wd})){_E}",
            5,
        ),
        (
            "numeric",
            r"(?<![\d/.\-])(?P<x>(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<mo>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d))"
            r"(?![\d/.\-]\d)",
            4,
        ),
        (
            "numeric",
            r"(?<![\d/.\-])(?P<x>(?P<y>(?:19|20)\d\d)(?P<sep>[/\-])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d))"
            r"(?![\d/.\-]\d)",
            4,
        ),
        ("date", rf"{pre}(?P<x>(?:يوم\s)?{_date('', lx)})", 4),
        (
            "month",
            rf"{pre}(?P<x>(?:(?P<part>{parts})\s)?(?:شهر\s)?{_mname('', lx)}"
            rf"(?:{_year('', lx)}|\s(?P<mod>{mods}){_E}))",
            3,
        ),
        ("month", rf"{pre}(?P<x>(?:(?P<part>{parts})\s)?شهر\s{_mname('', lx)})", 3),
        (  # «الأسبوع الأول من آذار»: a week of a named month
            "monthweek",
            rf"{pre}(?P<x>الاسبوع\s(?P<wo>{alt(WEEK_ORDINALS)})\s(?:من\s)?(?:شهر\s)?{_mname('', lx)}"
            rf"(?:{_year('', lx)}|\s(?P<mod>{mods}){_E})?)",
            5,
        ),
        ("month", rf"{pre}(?P<x>(?P<part>{parts})\s{_mname('', lx)})", 3),
        (
            "month",
            rf"{_B}(?:في|خلال|منذ|حتي|مع|[وف]?[بل])\s?(?P<x>(?P<m>{unamb}){_E}"
            rf"(?:\s?/\s?{alt(lx.months)}{_E}|\s?\(\s?{alt(lx.months)}\s?\))?)",
            2,
        ),
        (
            "year",
            rf"{pre}(?P<x>(?:(?P<part>{parts})\s)?(?:{year_words})\s(?P<y>(?:19|20)\d\d|1[34]\d\d)(?!\d)"
            rf"(?:\s?(?P<ys>{alt(lx.hijri_suffix + lx.gregorian_suffix)}){_E})?)",
            3,
        ),
        ("year", rf"{_B}(?:في|منذ|خلال|حتي)\s(?P<x>(?P<y>(?:19|20)\d\d))(?![\d/.\-])", 2),
        ("year", rf"{pre}(?P<x>(?P<part>{parts})\s(?P<y>(?:19|20)\d\d))(?![\d/.\-])", 2),
        (
            "relperiod",
            rf"{pre}(?P<x>(?:(?P<part>{parts})\s)?(?:(?P<this>{alt(lx.this)})\s)?(?P<unit>{units})"
            rf"(?:\s(?P<mod>{mods}))?){_E}",
            2,
        ),
        ("recent", rf"{pre}(?P<x>(?P<rp>{alt(lx.recent_periods + lx.recent_hours + lx.upcoming_periods)})){_E}", 3),
        (
            "recent",
            rf"{pre}(?P<x>(?P<rp>الاسبوعين\s(?:{mods})|الشهرين\s(?:{mods})|الاشهر\s(?:{mods})|اليومين\s(?:{mods})"
            rf"|الايام\sال(?:{counted_days})\s(?:{mods}|الاخيره)){_E})",
            3,
        ),
        (
            "ago",
            rf"{pre}(?P<x>(?P<ago>{alt(lx.ago)})\s(?:(?P<q>{qual})\s)?(?:(?P<n>{num})\s)?(?P<unit>{dunits})){_E}"
            rf"(?!\s(?!{mods}{_E}|{alt([norm('القليلة'), norm('الأخيرة'), norm('الأولى')])}{_E})ال)",  # not "منذ أيام الملك" (since the days of)
            3,
        ),
        (
            "monthday",
            rf"{pre}(?P<x>(?:يوم\s)?{_day('', lx)}\s(?:من\s)?(?:هذا\s)?الشهر\s(?P<mod>{mods}){_E})",
            4,
        ),
        (
            "same",
            rf"{pre}(?P<x>(?:(?:يوم\s)?{_day('', lx)}\s(?:من\s)?)?(?:(?P<part>{parts})\s)?(?P<su>{same_units})\s"
            rf"(?:{alt(lx.same)})){_E}",
            5,
        ),
        ("same", rf"{pre}(?P<x>(?:(?P<part>{parts})\s)?(?:نفس|ذات)\s(?P<su>{same_units})){_E}", 5),
        (
            "same",  # not «اليوم التالي لوصوله» (the day after an event, not after a date)
            rf"{pre}(?P<x>(?:(?P<p>{alt(lx.parts_of_day)})\s)?(?P<su>اليوم|الليله)\s(?P<shift>{alt(lx.day_shift)})){_E}"
            r"(?!\s(?:ل|لل)\S)",
            5,
        ),
        (
            "same",
            rf"{_B}[وف]?(?:في|حتي)\s(?P<x>{_day('', lx)}\sمنه){_E}",
            5,
        ),  # «وفي 26 منه»: of the month named last
        ("weekday", rf"{pre}(?P<x>(?:يوم\s)?(?P<w>{wd})(?:\s(?P<mod>{mods}))?){_E}", 2),
        (
            "relday",
            rf"{pre}(?P<x>(?P<r>{alt(lx.relative_days)})){_E}(?!\s(?:{blockers}){_E})(?!(?<=اليوم)\s\d)",
            2,
        ),
        ("pod", rf"{pre}(?P<x>(?P<p>{alt(lx.parts_of_day)})){_E}", 1),
    ]
    # "اليوم 27" is a day count, not "today"; the negative lookahead on digits after «اليوم» above handles it
    # («أمس 78 شاحنة» is yesterday and a count).
    # the patterns are large generated alternations: their compiled code is cached on disk
    regexes = compile_regexes("temporal", [rx for _, rx, _ in specs])
    # what every match of each pattern contains (in the same order as ``specs``; None: not tested)
    year = r"(?:19|20|1[34])\d\d"
    digit_sep = r"\d[/.\-]\d"
    # a month name ending a word: every match of the date, range and month patterns holds one (the
    # name may follow a letter: «فياذار»، «باذار»)
    month_name = rf"(?:{alt(lx.months)}){_E}"
    needs: list[tuple[str, str | None]] = [
        ("range", month_name),
        ("nightpair", "ليل"),
        ("numeric", digit_sep),
        ("numeric", digit_sep),
        ("date", month_name),
        ("month", month_name),
        ("month", month_name),
        ("monthweek", "الاسبوع"),
        ("month", month_name),
        ("month", month_name),
        ("year", year),
        ("year", year),
        ("year", year),
        ("relperiod", units),
        ("recent", alt(lx.recent_periods + lx.recent_hours + lx.upcoming_periods)),
        ("recent", r"الاسبوعين|الشهرين|الاشهر|اليومين|الايام"),
        ("ago", alt(lx.ago)),
        ("monthday", "الشهر"),
        ("same", alt(lx.same)),
        ("same", r"نفس|ذات"),
        ("same", alt(lx.day_shift)),
        ("same", "منه"),
        ("weekday", wd),
        ("relday", alt(lx.relative_days)),
        ("pod", alt(lx.parts_of_day)),
    ]
    if [k for k, _ in needs] != [k for k, _, _ in specs]:
        raise AssertionError("temporal patterns: the list of needed parts is out of step with the patterns")
    needed = sorted({rx for _, rx in needs if rx})
    tests = dict(zip(needed, compile_regexes("temporal-needs", needed), strict=True))
    out = []
    for (kind, _, prio), rx, (_, need) in zip(specs, regexes, needs, strict=True):
        window = window_finder(rx) if need else None
        # a pattern searched in windows needs no start finder (whose scanning regex takes long to compile)
        finder = None if window else start_finder(rx)
        out.append(_Pattern(kind, rx, prio, tests[need] if need else None, finder, window))
    return tuple(out)


def _compound_ordinal(groups: dict[str, str]) -> bool:
    if "dw1" not in groups or "dw2" not in groups:
        return False
    ords = lexicon().ordinals
    return f"{groups['dw1']} و{groups['dw2']}" in ords or f"{groups['dw1']} و {groups['dw2']}" in ords


@cache
def _anchor_scan() -> AnchorScan:
    """The needed parts of all the patterns (``_Pattern.needs``), found together (:class:`AnchorScan`)."""
    return AnchorScan([p.needs for p in patterns() if p.needs is not None])


def find_candidates(ntext: str) -> list[Candidate]:
    """All atomic temporal matches in a normalised text, longest first, non-overlapping, by position."""
    found: list[tuple[int, int, int, Candidate]] = []
    # where each needed part is found in the text (``anchor_starts``), all found in one pass
    places = _anchor_scan().places(ntext)
    for pat in patterns():
        matches: Iterator[re.Match[str]]
        if pat.needs is not None:
            at = places[pat.needs]
            if not at:
                continue  # the text lacks a part every match contains
            # every match holds one of those places: only the text around them is searched
            matches = pat.window.finditer(ntext, at) if pat.window is not None else pat.finditer(ntext)
        else:
            matches = pat.finditer(ntext)
        for m in matches:
            start, end = m.span("x")
            if start == end:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None and k != "x"}
            if pat.kind == "range" and _compound_ordinal(groups):
                continue  # "الثامن والعشرين" is one day, not the range 8–20
            found.append((end - start, pat.priority, -start, Candidate(pat.kind, start, end, groups)))
    found.sort(key=lambda t: (t[0], t[1], t[2]), reverse=True)
    taken: list[Candidate] = []
    for _, _, _, cand in found:
        if any(cand.start < c.end and c.start < cand.end for c in taken):
            continue
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken
