"""Dates that are only as precise as their source.

A document may say "24 October 2019", "July 2019" or just "2019". The database
keeps a real ``date`` (the first day of the period, so ordering and range
filters work) next to a precision, and this module converts between that pair
and the contract's ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` strings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from processus.extraction.plausibility import year_problem


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str, *, period_end: bool = False) -> tuple[dt.date, Precision]:
    """``"2019-07"`` → ``(date(2019, 7, 1), Precision.MONTH)``; raises ValueError when malformed.

    With ``period_end=True`` an imprecise date stands for the *last* day of its
    period (``"2019"`` → 2019-12-31), which is what an end date means: a
    chairmanship from March 2019 to "2019" ends no earlier than it starts.
    """
    return _parse(value, period_end)


@functools.lru_cache(maxsize=1 << 16)
def _parse(value: str, period_end: bool) -> tuple[dt.date, Precision]:
    """:func:`parse_partial_date`, remembered: ingestion parses the same few dates often."""
    match = _ISO.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    problem = year_problem(year)
    if problem is not None:
        raise ValueError(f"{value!r}: {problem}")
    if day is not None and month is not None:
        return dt.date(year, month, day), Precision.DAY
    if month is not None:
        last = calendar.monthrange(year, month)[1] if period_end else 1
        return dt.date(year, month, last), Precision.MONTH
    return (dt.date(year, 12, 31) if period_end else dt.date(year, 1, 1)), Precision.YEAR


def format_partial_date(value: dt.date | None, precision: str | None) -> str | None:
    """The inverse of :func:`parse_partial_date`; ``None`` stays ``None``."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
