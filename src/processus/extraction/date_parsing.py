"""Reading a matched date pattern into calendar parts, telling an impossible date, and
joining two mentions written as one (:func:`join_ranges`).

Each pattern of :data:`processus.extraction.dates.PATTERNS` has a parser that turns its
named groups into ``(year, month, day)`` parts for the first and last day, or refuses
the match (months joined by another language's connector, "may" the English verb).
:func:`date_problem` says why parts cannot date anything: a day the month does not
have, a year outside the bounds of :mod:`processus.extraction.plausibility`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from processus.extraction.date_parts import Part
from processus.extraction.date_words import (
    CONNECTOR_LANGUAGES,
    ENGLISH_ONLY_MONTHS,
    MONTH_LANGUAGES,
    MONTHS,
    trie,
)
from processus.extraction.plausibility import year_problem

if TYPE_CHECKING:
    from processus.extraction.dates import DateMention

Parsed = tuple[Part, Part]


def month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    if token.isdecimal():  # the usual case: the whole token is what \d+ would match
        return int(token)
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


# "may" in lower case is the English verb, unless a full stop makes it the Spanish
# abbreviation of "mayo" ("15 may. 2025")
_VERB_MONTHS = frozenset({"may"})


def english_lowercase(token: str) -> bool:
    """Whether a month word is an English month written in lower case, which in running
    text is no month ("may 16" is a verb)."""
    word = token.rstrip(".")
    if not word[:1].islower():
        return False
    return word.lower() in ENGLISH_ONLY_MONTHS or (word in _VERB_MONTHS and word == token)


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
        gap = date(*last) - date(*first)  # type: ignore[arg-type]
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
        if token and english_lowercase(token) and not _day_and_year(token, g):
            return None  # "may 16" in running text is a verb, not May
    return _PARSERS[kind](g)


def _day_and_year(token: str, g: dict[str, str | None]) -> bool:
    """Whether a lower-case "may" stands between a day and a year, as an agency's Spanish
    dateline writes it ("Madrid, 20 may 2026 (EFE).-"): the month, not the verb."""
    day = g.get("d") or g.get("d1") or g.get("d2")
    year = g.get("y") or g.get("y1") or g.get("y2")
    return token in _VERB_MONTHS and bool(day) and bool(year)


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


# --- two mentions as one -------------------------------------------------------------------

# the words that open the days of a week or month told relative to the writing ("next week,
# *from* 17 to 19", "la semaine prochaine, *du* 17 au 19", "la próxima semana, *del* 17 al 19",
# "la prossima settimana, *dal* 17 al 19", "na próxima semana, *de* 17 a 19", "*les* 17 et 18")
DAYS_LEAD = (
    r"\s*,?\s*(?P<lead>(?:from|on|between|du|les?|del|los\s+días|los|dal|il|i\s+giorni|de|do|"
    r"nos\s+dias|os\s+dias|entre)\s+|dall['’]\s*)?(?:the\s+)?"
)
#: the longest run of days a relative week or month may take
UNIT_DAYS = {"week": 6, "month": 14}


# two dates written as the two ends of one range: "12/02/2019 - 13/02/2019", "on Tuesday
# and Wednesday", "lundi et mardi"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|et|y|e|au|al|a|until|till|through)\s*", re.IGNORECASE)


_DAYS_LEAD_RE = re.compile(DAYS_LEAD, re.IGNORECASE)


def _written_after(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """A week or a month told relative to the writing, then the days meant, written with
    their month ("this week, from 9 to 11 March", "next month, on 14 and 15 April", "cette
    semaine, du 9 au 11 mars"): one mention, the written days."""
    if a.relative is None or a.relative[0] not in UNIT_DAYS or a.first != (None, None, None):
        return None
    if b.first[1] is None or b.first[2] is None or b.relative is not None or b.role != a.role:
        return None
    if not _DAYS_LEAD_RE.fullmatch(text, a.end, b.start):
        return None
    return replace(b, start=a.start, text=text[a.start : b.end])


def join_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    out = [found[0]]
    for mention in found[1:]:
        joined = _written_after(text, out[-1], mention) or _joined(text, out[-1], mention)
        if joined is None:
            out.append(mention)
        else:
            out[-1] = joined
    return out


_RANGE_ONLY = re.compile(r"\s*(?:-|–|—|to|au|al|a|until|till|through)\s*", re.IGNORECASE)


def _year_from_the_end(text: str, a: DateMention, b: DateMention) -> DateMention:
    """The first end of a range written without its year ("December 29 to January 2, 2026"),
    with the year of the second end, or of the year before when its month comes later; a
    list's "and" ("12 May and 14 May 2026") leaves it as it is."""
    if a.has_year or not b.has_year or a.first[1] is None or a.first != a.last:
        return a
    if not _RANGE_ONLY.fullmatch(text, a.end, b.start):
        return a
    assert b.first[0] is not None and b.first[1] is not None
    later = (a.first[1], a.first[2] or 0) > (b.first[1], b.first[2] or 0)
    year = b.first[0] - 1 if later else b.first[0]
    part = (year, a.first[1], a.first[2])
    return replace(a, first=part, last=part)


def _next_days(a: DateMention, b: DateMention) -> bool:
    """Two day words of consecutive days, the earlier first ("ayer y hoy", "ontem e hoje")."""
    if a.relative is None or b.relative is None or a.day_last is not None:
        return False
    return a.relative[0] == b.relative[0] == "day" and b.relative[1] - a.relative[1] == 1


def _joined(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """``a`` and ``b`` as one range, when only a range word stands between them and they
    are two full days of the same month or so, or two weekdays told alone."""
    if a.role != b.role or not _RANGE_JOIN.fullmatch(text, a.end, b.start):
        return None
    whole = text[a.start : b.end]
    if a.relative == b.relative and a.relative is not None and a.relative[0] == "weekday":
        return replace(a, end=b.end, text=whole, weekday_last=b.weekday)
    if _next_days(a, b):  # "yesterday and today", "hier et aujourd'hui", "oggi e domani"
        assert b.relative is not None
        return replace(a, end=b.end, text=whole, day_last=b.relative[1])
    a = _year_from_the_end(text, a, b)
    full = a.has_year and b.has_year and a.first[2] is not None and b.first[2] is not None
    if not full or a.first != a.last or b.first != b.last:
        return None
    first, last = date(*a.first), date(*b.first)  # type: ignore[arg-type]
    if not 0 < (last - first).days <= 31:
        return None
    return replace(a, end=b.end, text=whole, last=b.last)
