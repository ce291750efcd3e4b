"""Calendar arithmetic for date resolution: weekdays, year inference, Hijri conversion, month shifts.

Pure functions over ``datetime.date``; Hijri dates use ``hijridate`` (Umm al-Qura).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

FUTURE_AHEAD = 60  # days a date may lie after the anchor when a future marker is nearby
WEEKDAY_AHEAD = 60  # ... or when its weekday confirms it


def weekday_date(wd: int, anchor: date, mod: str | None) -> date:
    """The weekday ``wd`` nearest the anchor: on/before it, strictly before ("past") or strictly after ("future")."""
    back = (anchor.weekday() - wd) % 7
    if mod == "future":
        ahead = (wd - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=ahead)
    if mod == "past" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)`` or ``None`` when the day does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def hijri_to_date(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, or ``None`` when it does not exist or is out of range."""
    try:
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def candidates_for(month: int, day: int, anchor: date, hijri: bool) -> list[date]:
    """The date of day/month in the anchor's year and the years either side (Hijri years when ``hijri``)."""
    out: list[date] = []
    if hijri:
        hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
        for y in (hy - 1, hy, hy + 1):
            d = hijri_to_date(y, month, day)
            if d:
                out.append(d)
    else:
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = safe_date(y, month, day)
            if d:
                out.append(d)
    return out


def pick_year(cands: list[date], anchor: date, *, weekday: int | None, future: bool) -> date | None:
    """Choose among same-day candidates in adjacent years.

    The default is the latest candidate not after the anchor (or up to
    ``FUTURE_AHEAD`` days after it when a future marker is nearby).  A given
    weekday that the default contradicts but a candidate shortly after the
    anchor matches ("الخميس 29 آذار" published on Wednesday 28 March) picks
    that candidate; otherwise the default stands and the caller flags the
    contradiction.
    """
    ahead = FUTURE_AHEAD if future else 0
    past = [c for c in cands if (c - anchor).days <= ahead]
    best = max(past) if past else None
    if weekday is not None and (best is None or best.weekday() != weekday):
        soon = [c for c in cands if 0 < (c - anchor).days <= WEEKDAY_AHEAD and c.weekday() == weekday]
        if soon:
            return soon[0]
    return best


def month_year(month: int, ay: int, am: int, mod: str | None, future: bool) -> int:
    """The year of a month named without one, seen from anchor year/month ``ay``/``am``."""
    if mod == "past":
        return ay if month < am else ay - 1
    if mod == "current":
        return ay
    if mod == "future":
        return ay if month > am else ay + 1
    if month <= am or (future and month - am <= 2):
        return ay
    return ay - 1


def same_month(anchor: date, year: int, month: int, *, hijri: bool) -> bool:
    """Whether ``year``/``month`` (Hijri when ``hijri``) is the anchor's own month."""
    if hijri:
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
        return (h.year, h.month) == (year, month)
    return (anchor.year, anchor.month) == (year, month)


def shift_month(d: date, n: int) -> date:
    """``d`` moved by ``n`` months (the day clamped to the month length)."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
