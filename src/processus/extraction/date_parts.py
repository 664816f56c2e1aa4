"""From a date mention to calendar parts: the year a date written without one takes, and
the days a mention told relative to the time of writing stands for.

``Part`` is (year, month, day) with None for what is unknown; :func:`format_part` writes it
at its precision ("2019-10-24", "2019-07", "2019").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from processus.extraction.dates import DateMention

Part = tuple[int | None, int | None, int | None]


def infer_year(month: int, day: int | None, reference: date) -> int:
    """The year that puts (month, day) nearest to ``reference``."""
    best = reference.year
    best_gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        d = min(day or 15, calendar.monthrange(year, month)[1])
        gap = abs((date(year, month, d) - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def year_for_weekday(month: int, day: int, weekday: int, reference: date) -> int | None:
    """The year nearest ``reference`` (within six years either side) in which ``day``
    ``month`` falls on ``weekday`` (Monday = 0); the earlier of two as near; None when
    none does (31 February, or a weekday that matches no year in range)."""
    best: int | None = None
    best_gap: int | None = None
    for year in range(reference.year - 6, reference.year + 7):
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        candidate = date(year, month, day)
        if candidate.weekday() != weekday:
            continue
        gap = abs((candidate - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _with_year(mention: DateMention, year: int) -> tuple[Part, Part]:
    """The mention's parts with ``year``; the last part in the next year when its month
    comes before the first's ("30 December – 2 January")."""
    (_, m1, d1), (_, m2, d2) = mention.first, mention.last
    last_year = year
    if m1 is not None and m2 is not None and (m2, d2 or 0) < (m1, d1 or 0):
        last_year = year + 1
    return (year, m1, d1), (last_year, m2, d2)


def _day_part(day: date) -> tuple[Part, Part]:
    part = (day.year, day.month, day.day)
    return part, part


def _days_of_week(monday: date, first: int, last: int) -> tuple[Part, Part] | None:
    """The days ``first``-``last`` of the week that starts on ``monday`` ("next week, from
    17 to 19"): in the month of that week where the first day falls within it, else of the
    two months the week touches, the one that puts it nearest; None when no month has the
    days."""
    best: tuple[int, date] | None = None
    for probe in (monday, monday + timedelta(days=6)):
        year, month = probe.year, probe.month
        if last > calendar.monthrange(year, month)[1]:
            continue
        day = date(year, month, first)
        gap = 0 if 0 <= (day - monday).days <= 6 else abs((day - monday).days)
        if best is None or gap < best[0]:
            best = (gap, day)
    if best is None or best[0] > 7:
        return None
    day = best[1]
    return (day.year, day.month, first), (day.year, day.month, last)


def _resolve_offset(mention: DateMention, reference: date) -> tuple[Part, Part] | None:
    assert mention.relative is not None
    unit, offset = mention.relative
    if unit == "day":
        first_day = _day_part(reference + timedelta(days=offset))
        if mention.day_last is None:
            return first_day
        return first_day[0], _day_part(reference + timedelta(days=mention.day_last))[1]
    if unit == "weekday" and mention.weekday is not None:
        gap = (mention.weekday - reference.weekday()) % 7
        if offset > 0:
            first = reference + timedelta(days=gap or 7)
        else:
            first = reference - timedelta(days=(7 - gap) % 7)
        if mention.weekday_last is None:
            return _day_part(first)
        last = first + timedelta(days=(mention.weekday_last - mention.weekday) % 7)
        if offset <= 0 and last > reference:  # "met on Tuesday and Wednesday": both past
            first, last = first - timedelta(days=7), last - timedelta(days=7)
        return _day_part(first)[0], _day_part(last)[1]
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
        if mention.first[2] is not None and mention.last[2] is not None:
            return _days_of_week(monday, mention.first[2], mention.last[2])
        part: Part = (monday.year, monday.month, None)
        return part, part
    if unit == "month":
        years, month0 = divmod(reference.month - 1 + offset, 12)
        year, month = reference.year + years, month0 + 1
        day1, day2 = mention.first[2], mention.last[2]
        if day1 is not None and day2 is not None:  # "le mois prochain, les 14 et 15"
            if day2 > calendar.monthrange(year, month)[1]:
                return None
            return (year, month, day1), (year, month, day2)
        part = (year, month, None)
        return part, part
    if unit == "monthday" and mention.first[2] is not None:
        return _day_of_month(mention.first[2], offset, reference)
    if unit == "year":
        if mention.first[1] is not None:
            return _with_year(mention, reference.year + offset)
        part = (reference.year + offset, None, None)
        return part, part
    return None


def _day_of_month(day: int, direction: int, reference: date) -> tuple[Part, Part] | None:
    """The last (direction < 0) day ``day`` of a month on or before the reference, or the
    next one on or after it ("el pasado día 14", "el próximo día 14")."""
    year, month = reference.year, reference.month
    step = 1 if direction > 0 else -1
    for _ in range(3):  # a 31st may skip a month
        if day <= calendar.monthrange(year, month)[1]:
            gap = (date(year, month, day) - reference).days
            if gap * step >= 0:
                part: Part = (year, month, day)
                return part, part
        years, month0 = divmod(month - 1 + step, 12)
        year, month = year + years, month0 + 1
    return None


def _resolve_direction(mention: DateMention, reference: date) -> tuple[Part, Part]:
    """The next (+1) or last (-1) occurrence of the mention's month or day: a day on or
    after (before) the reference, a month strictly after (before) the reference's."""
    month, day = mention.first[1], mention.first[2]
    assert month is not None
    step = 1 if mention.direction > 0 else -1
    year = reference.year
    if day is None:
        if (month - reference.month) * step <= 0:
            year += step
        return _with_year(mention, year)
    for _ in range(9):  # 29 February comes back within eight years
        if day <= calendar.monthrange(year, month)[1]:
            gap = (date(year, month, day) - reference).days
            if gap * step >= 0:
                break
        year += step
    return _with_year(mention, year)


def resolve_relative(mention: DateMention, reference: date) -> tuple[Part, Part] | None:
    """(first, last) calendar parts of a mention told relative to ``reference`` (the
    document's reference date), or None when the mention has nothing to resolve (it has
    its year, or neither direction, relative unit nor weekday).

    - ("day", n) — yesterday, today, tomorrow: that day; to :attr:`DateMention.day_last`
      ("yesterday and today").
    - ("week", n) — last/this/next week: the *month* (year, month, None) of that week's
      Monday; a week is finer than any precision a record keeps, and its Monday decides.
    - ("month", n): (year, month, None) n months from the reference's month.
    - ("monthday", n) with a day and no month ("el pasado día 14", "lo scorso 14"): the
      last such day on or before the reference (n < 0) or the next one on or after it.
    - ("year", n): the year n from the reference's, with the mention's month and day
      when it has them ("in April last year" -> (ref.year - 1, 4, None)).
    - ("weekday", n) with :attr:`DateMention.weekday`: for n <= 0 ("on Wednesday",
      "ce lundi", "lundi dernier") the latest such weekday on or before the reference;
      for n > 0 ("next Monday") the first one after it.
    - direction +1 / -1 on a date without year ("le 3 mars prochain", "el pasado 3 de
      marzo", "next March", "en avril dernier"): the next day on or after / the last day
      on or before the reference; for a month, the next / last such month strictly
      after / before the reference's month.
    - a weekday written with a day and month but no year ("Wednesday 9 April"): the
      year of :func:`year_for_weekday`, or None when no year near fits.
    """
    if mention.relative is not None:
        return _resolve_offset(mention, reference)
    if mention.first[0] is not None or mention.first[1] is None:
        return None
    if mention.direction:
        return _resolve_direction(mention, reference)
    month, day = mention.first[1], mention.first[2]
    if mention.weekday is not None and day is not None:
        year = year_for_weekday(month, day, mention.weekday, reference)
        return None if year is None else _with_year(mention, year)
    return None


def format_part(part: Part) -> str | None:
    """(2019, 10, 24) -> "2019-10-24", (2019, 7, None) -> "2019-07", (2019,) -> "2019"."""
    year, month, day = part
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def last_day(value: str) -> date:
    """The last calendar day covered by a date string of any precision."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def first_day(value: str) -> date:
    """The first calendar day covered by a date string of any precision."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
