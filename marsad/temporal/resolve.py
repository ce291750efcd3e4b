"""Find Arabic date/time expressions and resolve them against an anchor date (ACLED rules).

``find_times(text, published=..., dateline=...)`` matches on the normalised
text (``marsad.text.normalize.normalize``), maps spans back to the untouched
source, merges adjacent pieces of one expression ("يوم أمس، الثلاثاء 27 آذار"
is one expression) and resolves each against the anchor: the dateline's date
when one is given and readable, else the publication date.

Resolution rules (documented in docs/dates-and-numbers.md):

* precision day → ACLED time_precision 1; week → 2; month and year → 3.
* weeks run Sunday–Saturday; a week is coded to its Wednesday (middle),
  "بداية الأسبوع" to its Monday, "نهاية الأسبوع" to its Friday.
* a month is coded to the 15th; "بداية/مطلع/أوائل" to the 1st and
  "نهاية/أواخر" to the last day (precision month); "منتصف" to the 15th
  (precision week).  A year is coded to 1 July (1 January / 31 December for
  its start / end).
* the current week/month/year is never coded after the anchor (clamped).
* a day+month without a year takes the nearest such date not after the anchor
  (up to 60 days ahead when a future marker is nearby); a weekday given with
  it chooses the year whose date falls on that weekday.  A weekday that
  matches no candidate year is a contradiction: the explicit date wins and
  ``attrs["conflict"]`` says so.
* a weekday alone → the most recent such day on/before the anchor (strictly
  before with الماضي, strictly after with المقبل/القادم).
* Hijri dates are converted with ``hijridate`` (Umm al-Qura).
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from hijridate import Gregorian, Hijri

from marsad.cache import normalized
from marsad.doc import TimeExpr
from marsad.temporal.calendars import (
    candidates_for,
    hijri_to_date,
    month_year,
    pick_year,
    safe_date,
    same_month,
    shift_month,
    weekday_date,
)
from marsad.temporal.patterns import WEEK_ORDINALS, Candidate, Lexicon, alt, find_candidates, lexicon
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_MERGEABLE = {"relday", "weekday", "date", "numeric", "pod"}
_GAP = re.compile(
    r"^[\s,\-()\"'/:]*(?:(?:يوم|الموافق|الموافقه|اي|في|من)\s?(?:ل(?=\d)|ل\s)?)?[\s,\-()\"'/:]*$"
)


@dataclass(slots=True)
class _Res:
    value: date | None = None
    end: date | None = None
    precision: str = "day"
    kind: str = "absolute"
    attrs: dict[str, Any] = field(default_factory=dict)


def parse_anchor(value: str | date | datetime | None) -> date | None:
    """An anchor date from an ISO string, ``date`` or ``datetime`` (``None`` if unreadable)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        log.debug("unreadable anchor date %r", value)
        return None


def find_times(
    text: str,
    *,
    published: str | date | None = None,
    dateline: str | date | None = None,
) -> list[TimeExpr]:
    """Find and resolve the date/time expressions of ``text``.

    Args:
        text: the untouched source text.
        published: publication date (ISO string or date); relative expressions
            resolve against it.  Without it every value is ``None``.
        dateline: the article's dateline, either a date / ISO string or the
            dateline text itself ("دمشق - 27 آذار"); its date, when readable,
            becomes the anchor instead of the publication date.

    Returns:
        One ``TimeExpr`` per expression, in text order, with source offsets.
    """
    pub = parse_anchor(published)
    anchor = pub
    if dateline is not None:
        dl = parse_anchor(dateline)
        if dl is None and isinstance(dateline, str):
            dl = next((t_date(t) for t in find_times(dateline, published=pub) if t.precision == "day"), None)
        if dl is not None:
            anchor = dl
    nt = normalized(text)
    lx = lexicon()
    cands = [c for c in find_candidates(nt.text) if _keep(c, nt.text, text, nt.offsets, lx)]
    out: list[TimeExpr] = []
    last: _Res | None = None  # the last expression with a value: what «اليوم نفسه» refers to
    for group in _group(cands, nt.text):
        if any(c.kind == "same" for c in group):
            res = _same(next(c for c in group if c.kind == "same").groups, last, anchor, lx)
            pod = next((c for c in group if c.kind == "pod"), None)
            if res is not None and pod is not None:
                res.attrs["part_of_day"] = lx.parts_of_day[pod.groups["p"]]
        else:
            res = _resolve_group(group, anchor, nt.text, lx)
        if res is None:
            continue
        if res.value is not None:
            last = res
        start, end = nt.to_source(group[0].start, group[-1].end)
        while end < len(text) and not text[end].isspace() and not norm(text[end]):
            end += 1  # keep trailing tatweel/diacritics ("هـ", "غداً") inside the span
        out.append(
            TimeExpr(
                start=start,
                end=end,
                text=text[start:end],
                value=res.value.isoformat() if res.value else None,
                end_value=res.end.isoformat() if res.end else None,
                precision=res.precision,
                time_precision=TIME_PRECISION[res.precision],
                kind=res.kind,
                attrs=res.attrs,
            )
        )
    return out


def t_date(t: TimeExpr) -> date | None:
    """The resolved value of a ``TimeExpr`` as a ``date``."""
    return date.fromisoformat(t.value) if t.value else None


# -- filtering and grouping -------------------------------------------------


def _keep(c: Candidate, ntext: str, source: str, offsets: tuple[int, ...], lx: Lexicon) -> bool:
    if c.kind == "relday" and _ends_a_quoted_name(source, offsets[c.start], offsets[c.end - 1] + 1):
        return False  # «سودان الغد»، «أخبار اليوم»: the last word of an outlet's name, no date
    if c.kind == "relperiod":
        unit = c.groups["unit"]
        if not ({"mod", "this", "part"} & c.groups.keys()):
            return False
        if not unit.startswith("ال") and "this" not in c.groups and "part" not in c.groups:
            return False
    if c.kind == "relday" and c.groups["r"] in ("غدا", "غد"):
        # "غدا" is also the verb "became": accept it with tanween or before punctuation/end.
        src = source[offsets[c.start] : offsets[c.end - 1] + 2]  # the tanween follows the last letter («غداً»)
        nxt = ntext[c.end : c.end + 2].strip()
        if (
            "\u064b" not in src
            and nxt
            and nxt[0] not in ",.;:!?\"')-"
            and not _next_is_weekday(ntext, c.end, lx)
        ):
            return False
    return True


_NAME_REACH = 25  # characters from the opening « to the time word


def _ends_a_quoted_name(source: str, start: int, end: int) -> bool:
    """Does the word at ``source[start:end]`` close a quoted name that has words before it («سودان الغد»، «قناة
    اليوم»)?  A time word quoted alone («اليوم») or followed by more words stays a time."""
    k = end
    while k < len(source) and (source[k].isspace() or not norm(source[k])) and source[k] not in "»\"”":
        k += 1  # (tanween and other marks after the word)
    if k >= len(source) or source[k] not in "»\"”":
        return False
    opener = max(source.rfind("«", max(0, start - _NAME_REACH), start), source.rfind("“", max(0, start - _NAME_REACH), start))
    if opener < 0 or "»" in source[opener:start] or not any(ch.isalpha() for ch in source[opener + 1 : start]):
        return False
    inside = source[opener + 1 : start].split()
    before = source[max(0, opener - 12) : opener].split()
    # an outlet: after the dateline's dash or before its colon («الأبيض – «سودان الغد»:»), or named as one, or the
    # one told something («قال شهود عيان لـ«سودان الغد» إن …»، «أفاد مصدر لـ«نيالا اليوم»»)
    return (source[max(0, opener - 3) : opener].strip() in ("–", "-", "—") or source[k + 1 : k + 2] == ":"
            or _outlet(inside[0]) or (bool(before) and (_outlet(before[-1]) or (
                before[-1] in ("لـ", "ل") and _told_before(source, opener)))))


#: verbs of telling: «قال … لـ«X»» names X as the one told, an outlet
_TELLING = frozenset(norm(w) for w in ("قال", "قالت", "قالوا", "أفاد", "أفادت", "أكد", "أكدت", "ذكر", "ذكرت", "صرح",
                                       "صرحت", "أوضح", "أوضحت", "كشف", "كشفت", "روى", "تحدث", "أضاف", "أضافت"))


def _told_before(source: str, opener: int) -> bool:
    """Is there a verb of telling among the six words before the «لـ» of a quoted name («قال شهود عيان لـ«…»»)?"""
    return any(norm(w).lstrip("و") in _TELLING for w in source[max(0, opener - 60) : opener].split()[-7:-1])


def _outlet(word: str) -> bool:
    """«قناة»، «وصحيفة»، «لموقع»: a word naming a kind of outlet (with و/ل before it)."""
    w = norm(word)
    return w in _OUTLETS or (w[:1] in ("و", "ل") and (w[1:] in _OUTLETS or (w[1:2] == "ل" and w[2:] in _OUTLETS)))


_OUTLETS = frozenset(norm(w) for w in ("قناة", "صحيفة", "جريدة", "موقع", "شبكة", "إذاعة", "وكالة", "مجلة", "تلفزيون",
                                       "منصة", "صفحة"))


def _next_is_weekday(ntext: str, pos: int, lx: Lexicon) -> bool:
    words = ntext[pos:].split(maxsplit=2)
    return bool(words) and (words[0].strip(",") in lx.weekdays or words[0] in lx.parts_of_day)


def _group(cands: list[Candidate], ntext: str) -> list[list[Candidate]]:
    groups: list[list[Candidate]] = []
    for c in cands:
        if groups:
            last = groups[-1]
            kinds = [x.kind for x in last]
            if (
                c.kind in _MERGEABLE
                and all(k in _MERGEABLE for k in kinds)
                and _GAP.match(ntext[last[-1].end : c.start])
                and _compatible(kinds, c.kind)
            ):
                last.append(c)
                continue
        groups.append([c])
    return groups


def _compatible(kinds: list[str], new: str) -> bool:
    if new == "pod":
        return kinds == ["pod"]  # a part of the day opens an expression, it does not close one
    if new in ("relday", "weekday"):
        return new not in kinds and not ({"date", "numeric"} & set(kinds))
    return sum(k in ("date", "numeric") for k in kinds) < 2


# -- resolution ---------------------------------------------------------------


def _resolve_group(group: list[Candidate], anchor: date | None, ntext: str, lx: Lexicon) -> _Res | None:
    if len(group) == 1 and group[0].kind != "pod":
        return _resolve_atom(group[0], anchor, ntext, lx)
    by_kind: dict[str, list[Candidate]] = {}
    for c in group:
        by_kind.setdefault(c.kind, []).append(c)
    if set(by_kind) == {"pod"}:
        return None  # "صباحاً" alone carries no date
    weekday = lx.weekdays[by_kind["weekday"][0].groups["w"]] if "weekday" in by_kind else None
    attrs: dict[str, Any] = {}
    if "pod" in by_kind:
        attrs["part_of_day"] = lx.parts_of_day[by_kind["pod"][0].groups["p"]]
    rel = by_kind.get("relday", [None])[0]
    rel_value = anchor + timedelta(days=lx.relative_days[rel.groups["r"]]) if rel and anchor else None
    dates = [c for c in group if c.kind in ("date", "numeric")]
    if dates:
        resolved = [_resolve_atom(c, anchor, ntext, lx, weekday=weekday) for c in dates]
        good = [r for r in resolved if r is not None]
        if not good:
            return None
        greg = [r for r in good if r.kind != "hijri"]
        res = greg[0] if greg else good[0]
        if (
            len(good) == 2
            and good[0].value
            and good[1].value
            and abs((good[0].value - good[1].value).days) > 1
        ):
            res.attrs["conflict"] = "calendar"
        if weekday is not None and res.value and res.value.weekday() != weekday:
            res.attrs["conflict"] = "weekday"
            res.attrs["weekday_given"] = weekday
        if rel_value and res.value and rel_value != res.value:
            res.attrs["conflict"] = "relative"
            res.attrs["relative_value"] = rel_value.isoformat()
        res.attrs.update(attrs)
        return res
    if rel is not None:
        res = _Res(rel_value, kind="relative", attrs=attrs)
        if weekday is not None and rel_value and rel_value.weekday() != weekday:
            attrs["conflict"] = "weekday"
            attrs["weekday_given"] = weekday
        return res
    wres = _resolve_atom(by_kind["weekday"][0], anchor, ntext, lx)
    if wres is not None:
        wres.attrs.update(attrs)
    return wres


def _resolve_atom(
    c: Candidate, anchor: date | None, ntext: str, lx: Lexicon, *, weekday: int | None = None
) -> _Res | None:
    g = c.groups
    future = _future_context(ntext, c, lx)
    if c.kind == "date":
        return _day_month(g, "", anchor, lx, weekday=weekday, future=future)
    if c.kind == "numeric":
        return _numeric(g)
    if c.kind == "range":
        return _range(g, anchor, lx, future=future)
    if c.kind == "nightpair":
        w2 = lx.weekdays[g["w2"]]
        if "sep" not in g and w2 != (lx.weekdays[g["w1"]] + 1) % 7:
            return None  # two weekday names side by side name one night only when they follow each other
        end = weekday_date(w2, anchor, None) if anchor else None
        return _Res(end - timedelta(days=1) if end else None, end, "day", "range", {"part_of_day": "night"})
    if c.kind == "weekday":
        mod = lx.modifiers.get(g.get("mod", ""))
        value = weekday_date(lx.weekdays[g["w"]], anchor, mod) if anchor else None
        return _Res(value, kind="weekday")
    if c.kind == "relday":
        return _Res(anchor + timedelta(days=lx.relative_days[g["r"]]) if anchor else None, kind="relative")
    if c.kind == "month":
        return _month(g, anchor, lx, future=future)
    if c.kind == "monthweek":
        return _month_week(g, anchor, lx, future=future)
    if c.kind == "year":
        return _year(g, lx)
    if c.kind == "relperiod":
        return _relperiod(g, anchor, lx)
    if c.kind == "monthday":
        return _monthday(g, anchor, lx)
    if c.kind == "ago":
        return _ago(g, anchor, lx)
    if c.kind == "recent":
        return _recent(g["rp"], anchor)
    return None


def _future_context(ntext: str, c: Candidate, lx: Lexicon) -> bool:
    lo = max(0, c.start - 80)
    hi = min(len(ntext), c.end + 40)
    left = re.split(r"[.!?\n]", ntext[lo : c.start])[-1]
    right = re.split(r"[.!?\n]", ntext[c.end : hi])[0]
    rx = _future_rx(lx)
    return bool(rx.search(left) or rx.search(ntext[c.start : c.end]) or rx.search(right))


_FUT: list[re.Pattern[str]] = []


def _future_rx(lx: Lexicon) -> re.Pattern[str]:
    if not _FUT:
        _FUT.append(
            re.compile(
                rf"(?<![^\W\d_])(?:[وف])?{alt(lx.future_markers)}(?![^\W\d_])|(?<![^\W\d_])[وف]?س[يتن]\w{{2,}}"
            )
        )
    return _FUT[0]


def _day_of(g: dict[str, str], sfx: str, lx: Lexicon) -> int | None:
    if f"d{sfx}" in g:
        return int(g[f"d{sfx}"])
    if f"dw{sfx}" in g:
        return lx.ordinals.get(" ".join(g[f"dw{sfx}"].split()))
    return None


def _is_hijri(g: dict[str, str], sfx: str, lx: Lexicon) -> bool:
    m = g.get(f"m{sfx}")
    if m and lx.months[m][0] == "hijri":
        return True
    return g.get(f"ys{sfx}", "") in lx.hijri_suffix


def _day_month(
    g: dict[str, str], sfx: str, anchor: date | None, lx: Lexicon, *, weekday: int | None, future: bool
) -> _Res | None:
    day = _day_of(g, sfx, lx)
    m = g.get(f"m{sfx}")
    future = future or lx.modifiers.get(g.get(f"dm{sfx}", "")) == "future"
    if day is None or m is None:
        return None
    system, month = lx.months[m]
    hijri = _is_hijri(g, sfx, lx)
    kind = "hijri" if hijri else "absolute"
    attrs: dict[str, Any] = {"calendar": "hijri"} if hijri else {}
    if f"y{sfx}" in g:
        y = int(g[f"y{sfx}"])
        if hijri and system == "hijri":
            value = hijri_to_date(y, month, day)
        elif system == "hijri":
            return None
        else:
            value = safe_date(y, month, day)
        if value is None:
            return None
        return _Res(value, precision="day", kind=kind, attrs=attrs)
    if system == "hijri" and not hijri:
        return None
    if anchor is None:
        return _Res(None, precision="day", kind=kind, attrs=attrs)
    value = pick_year(
        candidates_for(month, day, anchor, system == "hijri"), anchor, weekday=weekday, future=future
    )
    if value is None:
        return None
    attrs["year_inferred"] = True
    return _Res(value, precision="day", kind=kind, attrs=attrs)


def _numeric(g: dict[str, str]) -> _Res | None:
    y = int(g["y"])
    if y < 100:
        y += 2000
    d, m = int(g["d"]), int(g["mo"])
    attrs: dict[str, Any] = {}
    if m > 12 and d <= 12:
        d, m = m, d
        attrs["order"] = "month-first"
    value = safe_date(y, m, d)
    return _Res(value, precision="day", kind="absolute", attrs=attrs) if value else None


def _range(g: dict[str, str], anchor: date | None, lx: Lexicon, *, future: bool) -> _Res | None:
    second = _day_month(g, "2", anchor, lx, weekday=None, future=future)
    if second is None:
        return None
    g1 = {k[:-1]: v for k, v in g.items() if k.endswith("1")}
    for key in ("m", "y", "ys"):
        if key not in g1 and f"{key}2" in g:
            g1[key] = g[f"{key}2"]
    first: _Res | None
    if second.value is not None and "y" not in {k for k in g if k == "y1"}:
        day = _day_of(g, "1", lx)
        system, month = lx.months[g1["m"]]
        if day is None:
            return None
        if system == "hijri":
            hy = Gregorian(second.value.year, second.value.month, second.value.day).to_hijri().year
            val = hijri_to_date(hy, month, day)
            if val and val > second.value:
                val = hijri_to_date(hy - 1, month, day)
        else:
            val = safe_date(second.value.year, month, day)
            if val and val > second.value:
                val = safe_date(second.value.year - 1, month, day)
        first = _Res(val) if val else None
    else:
        first = _day_month(g1, "", anchor, lx, weekday=None, future=future)
    if first is None:
        return None
    attrs = dict(second.attrs)
    return _Res(first.value, second.value, "day", "range", attrs)


def _month(g: dict[str, str], anchor: date | None, lx: Lexicon, *, future: bool) -> _Res | None:
    system, month = lx.months[g["m"]]
    part = lx.period_parts.get(g.get("part", ""))
    mod = lx.modifiers.get(g.get("mod", ""))
    hijri = system == "hijri"
    attrs: dict[str, Any] = {"calendar": "hijri"} if hijri else {}
    if part:
        attrs["part"] = part
    precision = "week" if part == "middle" else "month"
    if "y" in g:
        year = int(g["y"])
        if hijri != (year < 1600):
            return None
    elif anchor is None:
        return _Res(None, precision=precision, kind="hijri" if hijri else "absolute", attrs=attrs)
    elif hijri:
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
        year = month_year(month, h.year, h.month, mod, future)
    else:
        year = month_year(month, anchor.year, anchor.month, mod, future)
    if hijri:
        last = 29
        first_day = hijri_to_date(year, month, 1)
        try:
            last = Hijri(year, month, 1).month_length()
        except (ValueError, OverflowError):
            pass
        day = {"start": 1, "end": last}.get(part or "", 15)
        value = hijri_to_date(year, month, day) if first_day else None
    else:
        last = calendar.monthrange(year, month)[1]
        day = {"start": 1, "end": last}.get(part or "", 15)
        value = safe_date(year, month, day)
    if value is None:
        return None
    if anchor is not None and "y" not in g and mod != "future" and part != "end" and value > anchor:
        if same_month(anchor, year, month, hijri=hijri):  # the anchor's own month: never after the anchor
            value = anchor
            attrs["clamped"] = True
    return _Res(value, precision=precision, kind="hijri" if hijri else "absolute", attrs=attrs)


def _month_week(g: dict[str, str], anchor: date | None, lx: Lexicon, *, future: bool) -> _Res | None:
    """A week of a named month («الأسبوع الأول من آذار»، «الأسبوع الأخير من شهر رمضان»): its middle day at week
    precision, the week's first and last days as the window (a Hijri month stays at month precision)."""
    res = _month(g, anchor, lx, future=future)
    if res is None or res.value is None or res.attrs.get("calendar") == "hijri":
        return res
    last = calendar.monthrange(res.value.year, res.value.month)[1]
    n = WEEK_ORDINALS[g["wo"]]
    first = last - 6 if n == 0 else 1 + 7 * (n - 1)
    end = min(first + 6, last)
    start = res.value.replace(day=first)
    attrs = {**res.attrs, "window": [start.isoformat(), res.value.replace(day=end).isoformat()]}
    attrs.pop("clamped", None)
    return _Res(start + timedelta(days=(end - first) // 2), precision="week", kind=res.kind, attrs=attrs)


def _year(g: dict[str, str], lx: Lexicon) -> _Res | None:
    y = int(g["y"])
    part = lx.period_parts.get(g.get("part", ""))
    hijri = g.get("ys", "") in lx.hijri_suffix or 1300 <= y < 1600
    attrs: dict[str, Any] = {"part": part} if part else {}
    if hijri:
        attrs["calendar"] = "hijri"
        hm, hd = {"start": (1, 1), "end": (12, 29)}.get(part or "", (7, 1))
        value = hijri_to_date(y, hm, hd)
    else:
        m, d = {"start": (1, 1), "end": (12, 31)}.get(part or "", (7, 1))
        value = safe_date(y, m, d)
    return (
        _Res(value, precision="year", kind="hijri" if hijri else "absolute", attrs=attrs) if value else None
    )


def _relperiod(g: dict[str, str], anchor: date | None, lx: Lexicon) -> _Res | None:
    unit = lx.period_units[g["unit"]]
    mod = lx.modifiers.get(g.get("mod", ""))
    part = lx.period_parts.get(g.get("part", ""))
    shift = {"past": -1, "future": 1}.get(mod or "", 0)
    attrs: dict[str, Any] = {"part": part} if part else {}
    precision = "week" if unit == "week" or (unit == "month" and part == "middle") else unit
    if anchor is None:
        return _Res(None, precision=precision, kind="relative", attrs=attrs)
    if unit == "week":
        start = anchor - timedelta(days=(anchor.weekday() + 1) % 7) + timedelta(days=7 * shift)
        offset = {"start": 1, "end": 5}.get(part or "", 3)
        value = start + timedelta(days=offset)
        lo, hi = {"start": (0, 2), "end": (4, 6)}.get(part or "", (0, 6))
        attrs["window"] = [(start + timedelta(days=lo)).isoformat(), (start + timedelta(days=hi)).isoformat()]
    elif unit == "month":
        value = _in_period("month", shift_month(anchor.replace(day=1), shift), part)
    else:
        value = _in_period("year", date(anchor.year + shift, 1, 1), part)
    if shift == 0 and part != "end" and value > anchor:
        value = anchor
        attrs["clamped"] = True
    return _Res(value, precision=precision, kind="relative", attrs=attrs)


def _monthday(g: dict[str, str], anchor: date | None, lx: Lexicon) -> _Res | None:
    """A day of the current, last or next month: «العاشر من الشهر الجاري»، «في 3 من الشهر الماضي»."""
    day = _day_of(g, "", lx)
    mod = lx.modifiers.get(g.get("mod", ""))
    if day is None or mod is None:
        return None
    if anchor is None:
        return _Res(None, kind="relative")
    first = shift_month(anchor.replace(day=1), {"past": -1, "future": 1}.get(mod, 0))
    if day > calendar.monthrange(first.year, first.month)[1]:
        return None
    return _Res(first.replace(day=day), kind="relative")


def _same(g: dict[str, str], last: _Res | None, anchor: date | None, lx: Lexicon) -> _Res | None:
    """The period the text last named, or the day/month/year of it: «في اليوم نفسه»، «في ذات الشهر»،
    «التاسع من الشهر نفسه»; the day after or before it: «في اليوم التالي». Without an earlier date in the
    text, the anchor (dateline or publication) is the date last named. ``None`` when the earlier date is
    coarser than the unit («اليوم نفسه» after a year)."""
    unit = lx.same_units[g["su"]] if "su" in g else "month"  # «في 26 منه»: a day of the month named last
    day = _day_of(g, "", lx)
    part = lx.period_parts.get(g.get("part", ""))
    attrs: dict[str, Any] = {"same_as": "text" if last is not None else "anchor"}
    if part:
        attrs["part"] = part
    ref, ref_precision = (last.value, last.precision) if last is not None else (anchor, "day")
    if ref is None:
        return _Res(None, precision=unit, kind="relative", attrs=attrs)
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    if rank[ref_precision] > rank[unit] or (day is not None and unit != "month"):
        return None
    if "shift" in g:  # «اليوم التالي»: the day after the date the text named last (no guess without one)
        if last is None:
            return None
        if "p" in g:
            attrs["part_of_day"] = lx.parts_of_day[g["p"]]
        return _Res(ref + timedelta(days=lx.day_shift[g["shift"]]), kind="relative", attrs=attrs)
    if day is not None:
        if day > calendar.monthrange(ref.year, ref.month)[1]:
            return None
        return _Res(ref.replace(day=day), kind="relative", attrs=attrs)
    if unit in ("month", "year"):  # as a named month or year: its middle, or the part named
        precision = "week" if unit == "month" and part == "middle" else unit
        return _Res(_in_period(unit, ref, part), precision=precision, kind="relative", attrs=attrs)
    return _Res(ref, precision=unit, kind="relative", attrs=attrs)


def _in_period(unit: str, ref: date, part: str | None) -> date:
    """The day standing for the month or year of ``ref``: its first or last day for «بداية/نهاية», else
    the 15th of the month or 1 July (ACLED's convention for a month or a year)."""
    if unit == "month":
        last = calendar.monthrange(ref.year, ref.month)[1]
        return ref.replace(day={"start": 1, "end": last}.get(part or "", 15))
    return date(ref.year, *{"start": (1, 1), "end": (12, 31)}.get(part or "", (7, 1)))


def _count(g: dict[str, str], lx: Lexicon) -> int | None:
    """The number in a duration (None when vague: "أيام", "بضعة أيام")."""
    _unit, form = lx.duration_units[g["unit"]]
    n = g.get("n")
    if n is None:
        return {"singular": 1, "dual": 2}.get(form)
    if n.isdigit():
        return int(n)
    if n in lx.vague_few:
        return None
    return lx.cardinals.get(n)


def _ago(g: dict[str, str], anchor: date | None, lx: Lexicon) -> _Res | None:
    unit, _ = lx.duration_units[g["unit"]]
    n = _count(g, lx)
    attrs: dict[str, Any] = {"count": n, "unit": unit}
    if unit == "hour":
        return _Res(anchor, precision="day", kind="duration", attrs=attrs)
    vague = n is None
    if unit == "day":
        precision = "week" if vague else "day"
        value = anchor - timedelta(days=3 if vague else n or 0) if anchor else None
        if vague and anchor:
            attrs["window"] = [(anchor - timedelta(days=7)).isoformat(), anchor.isoformat()]
    elif unit == "week":
        precision = "month" if vague else "week"
        value = anchor - timedelta(days=21 if vague else 7 * (n or 0)) if anchor else None
    elif unit == "month":
        precision = "month"
        value = shift_month(anchor, -(3 if vague else n or 0)) if anchor else None
    else:
        precision = "year"
        value = (
            anchor.replace(year=anchor.year - (3 if vague else n or 0), day=min(anchor.day, 28))
            if anchor
            else None
        )
    return _Res(value, precision=precision, kind="duration", attrs=attrs)


def _counted_days(rp: str) -> int | None:
    """How many days «اليومين …» (2) or «الأيام الثلاثة …» (3–10) count, if the phrase counts them."""
    if rp.startswith("اليومين"):
        return 2
    if rp.startswith("الايام ال"):
        return lexicon().cardinals.get(rp.split()[1][2:])
    return None


def _recent(rp: str, anchor: date | None) -> _Res:
    counted = _counted_days(rp)
    if counted is not None:
        # «خلال اليومين الماضيين»، «خلال الأيام الثلاثة الماضية»: the last N days, the day before publication as the
        # value (up to three days at day precision, more at week precision); «اليومين المقبلين» ahead
        if anchor is None:
            return _Res(None, precision="day" if counted <= 3 else "week", kind="relative")
        coming = "مقبل" in rp or "قادم" in rp or "تالي" in rp
        lo, hi = (anchor + timedelta(days=1), anchor + timedelta(days=counted)) if coming else (
            anchor - timedelta(days=counted), anchor)
        return _Res(anchor + timedelta(days=1 if coming else -1), precision="day" if counted <= 3 else "week",
                    kind="relative", attrs={"window": [lo.isoformat(), hi.isoformat()]})
    if "مقبل" in rp or "قادم" in rp:
        # «خلال الأيام المقبلة»: the coming days, a week ahead (a day in the middle of it)
        ahead = {"window": [(anchor + timedelta(days=1)).isoformat(), (anchor + timedelta(days=7)).isoformat()]} if (
            anchor) else {}
        return _Res(anchor + timedelta(days=3) if anchor else None, precision="week", kind="relative", attrs=ahead)
    if "ساع" in rp:
        return _Res(anchor, precision="day", kind="relative")
    if "اسبوعين" in rp:
        return _Res(anchor - timedelta(days=7) if anchor else None, precision="week", kind="relative")
    if "شهرين" in rp or "اشهر" in rp:
        return _Res(shift_month(anchor, -1) if anchor else None, precision="month", kind="relative")
    attrs = {"window": [(anchor - timedelta(days=7)).isoformat(), anchor.isoformat()]} if anchor else {}
    return _Res(
        anchor - timedelta(days=3) if anchor else None, precision="week", kind="relative", attrs=attrs
    )
