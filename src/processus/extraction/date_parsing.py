"""Reading a matched date pattern into calendar parts, and telling an impossible date.

Each pattern of :data:`processus.extraction.dates.PATTERNS` has a parser that turns its
named groups into ``(year, month, day)`` parts for the first and last day, or refuses
the match (months joined by another language's connector, "may" the English verb).
:func:`date_problem` says why parts cannot date anything: a day the month does not
have, a year outside the bounds of :mod:`processus.extraction.plausibility`.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable

from processus.extraction.date_parts import Part
from processus.extraction.date_words import (
    CONNECTOR_LANGUAGES,
    ENGLISH_ONLY_MONTHS,
    MONTH_LANGUAGES,
    MONTHS,
    trie,
)
from processus.extraction.plausibility import year_problem

Parsed = tuple[Part, Part]


def month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    if token.isdecimal():  # the usual case: the whole token is what \d+ would match
        return int(token)
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def english_lowercase(token: str) -> bool:
    word = token.rstrip(".")
    return word.lower() in ENGLISH_ONLY_MONTHS and word[0].islower()


# English and French connectors join months of either language, as they did before the
# other languages came
_ENGLISH_FRENCH = frozenset({"en", "fr"})
# month word -> the languages whose connectors may join its days
_JOINED_BY = {
    w: langs | _ENGLISH_FRENCH if langs & _ENGLISH_FRENCH else langs
    for w, langs in MONTH_LANGUAGES.items()
}
# languages of the months -> a pattern of the connector words that may not join them
_FORBIDDEN: dict[frozenset[str], re.Pattern[str] | None] = {}


def _forbidden(langs: frozenset[str]) -> re.Pattern[str] | None:
    if langs not in _FORBIDDEN:
        words = [w for w, of in CONNECTOR_LANGUAGES.items() if not of & langs]
        _FORBIDDEN[langs] = (
            # an elided word ("all'11") runs into the day after it
            re.compile(r"(?<!\w)" + trie(words) + r"(?:(?<=['’])|(?!\w))", re.IGNORECASE)
            if words
            else None
        )
    return _FORBIDDEN[langs]


def _agree(between: str, *months: str) -> bool:
    """Whether the connector words of ``between`` may join days of ``months``: "y", "e",
    "a" only join Spanish, Italian or Portuguese months, "et" only English or French ones."""
    langs = _JOINED_BY[months[0].rstrip(".").lower()]
    for month in months[1:]:
        langs = langs | _JOINED_BY[month.rstrip(".").lower()]
    forbidden = _forbidden(langs)
    return forbidden is None or forbidden.search(between) is None


def _year(raw: str | None) -> int | None:
    return int(raw) if raw else None


def _parse_cross(g: dict[str, str]) -> Parsed | None:
    if not _agree(g["rng"], g["m1"], g["m2"]):
        return None
    y2 = _year(g["y2"])
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    # "du 29 décembre au 2 janvier 2026": the year written last is the second month's, and
    # the first, later in the calendar, is of the year before
    y1 = _year(g["y1"]) or (y2 - 1 if y2 is not None and m1 > m2 else y2)
    if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
        return None
    first, last = (y1, m1, _day(g["d1"])), (y2, m2, _day(g["d2"]))
    if not g["y1"] and y1 != y2 and not _within_a_month(first, last):
        return None  # "du 3 septembre au 2 janvier 2026" spans no meeting
    return first, last


def _within_a_month(first: Part, last: Part) -> bool:
    """Whether two days (with their years) are at most 31 days apart."""
    try:
        gap = datetime.date(*last) - datetime.date(*first)  # type: ignore[arg-type]
    except ValueError:
        return True  # an impossible day: date_problem says why
    return 0 < gap.days <= 31


def _parse_same(g: dict[str, str]) -> Parsed | None:
    if not _agree(g["mid"], g["m"]):
        return None
    days = [int(x) for x in re.findall(r"\d+", g["mid"])]
    year = _year(g["y"])
    month = month_number(g["m"])
    first, last = _day(g["d1"]), days[-1]
    if last < first or last - first > 14:
        return None
    return (year, month, first), (year, month, last)


def _parse_us(g: dict[str, str]) -> Parsed | None:
    year = _year(g["y"])
    month = month_number(g["m"])
    first = _day(g["d1"])
    last = _day(g["d2"]) if g["d2"] else first
    if last < first:
        return None
    return (year, month, first), (year, month, last)


def _parse_numeric(g: dict[str, str]) -> Parsed | None:
    part = (int(g["y"]), int(g["mo"]), int(g["d"]))
    if g.get("d1"):  # "12-14/06/2025": the first day of the range
        first = int(g["d1"])
        if first >= part[2]:
            return None
        return (part[0], part[1], first), part
    return part, part


def _parse_single(g: dict[str, str]) -> Parsed | None:
    part = (_year(g["y"]), month_number(g["m"]), _day(g["d"]))
    return part, part


def _parse_months(g: dict[str, str]) -> Parsed | None:
    if not _agree(g["rng"], g["m1"], g["m2"]):
        return None
    year = int(g["y"])
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if m2 < m1:
        return None
    return (year, m1, None), (year, m2, None)


def _parse_month(g: dict[str, str]) -> Parsed | None:
    part = (int(g["y"]), month_number(g["m"]), None)
    return part, part


def _parse_period(g: dict[str, str]) -> Parsed | None:
    y1 = int(g["y1"])
    raw = g["y2"]
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if y2 <= y1 or y2 - y1 > 30:
        return None
    return (y1, None, None), (y2, None, None)


def _parse_year(g: dict[str, str]) -> Parsed | None:
    part = (int(g["y"]), None, None)
    return part, part


_PARSERS: dict[str, Callable[[dict[str, str]], Parsed | None]] = {
    "cross": _parse_cross,
    "same": _parse_same,
    "us": _parse_us,
    "iso": _parse_numeric,
    "numeric": _parse_numeric,
    "single": _parse_single,
    "months": _parse_months,
    "month": _parse_month,
    "period": _parse_period,
    "year": _parse_year,
}


def parse_match(kind: str, m: re.Match[str]) -> Parsed | None:
    g = m.groupdict()
    for key in ("m", "m1", "m2"):
        token = g.get(key)
        if token and english_lowercase(token):
            return None  # "may 16" in running text is a verb, not May
    return _PARSERS[kind](g)


def _valid(part: Part) -> bool:
    year, month, day = part
    if month is None or day is None:
        return True
    max_day = calendar.monthrange(year if year else 2000, month)[1]
    return 1 <= day <= max_day


def date_problem(first: Part, last: Part) -> str | None:
    """Why a date read with these parts cannot date anything, or None."""
    for part in (first, last):
        if not _valid(part):
            return f"there is no day {part[2]} in {calendar.month_name[part[1] or 1]}"
        reason = year_problem(part[0])
        if reason is not None:
            return reason
    return None
