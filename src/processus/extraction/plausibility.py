"""The bounds a value must keep to be stored, and the reason given when it does not.

A value outside them is not clamped, cut or read in part: "12 March 9999" is not
12 March of some other year, "10^100 participants" is not 100 participants.  The
mention is rejected whole and the reason goes to the record's evidence, so an editor
sees what the document said and why nothing was taken from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.records import Evidence

#: the years a meeting of these dialogues can be dated in (the oldest dialogue dates from
#: the 1990s; 1950 leaves room for the history the pages tell)
FIRST_YEAR = 1950
LAST_YEAR = 2100
#: the largest counts a meeting can report: the largest ministerial conferences gather a
#: few thousand people; there are fewer than 200 states
MOST_PARTICIPANTS = 50_000
MOST_COUNTRIES = 200
#: digits beyond which a written number is no count at all ("12345678901234567890")
MOST_DIGITS = 7

#: prefix of the note of an evidence item that records a rejected value
REJECTED = "rejected: "


@dataclass(frozen=True)
class Rejection:
    """A mention that looked like a value of ``field`` and was refused, and why."""

    field: str
    start: int
    end: int
    text: str
    reason: str


def is_rejection(evidence: Evidence) -> bool:
    """Whether an evidence item records a refused value rather than supports one."""
    return evidence.note is not None and evidence.note.startswith(REJECTED)


def year_problem(year: int | None) -> str | None:
    """Why ``year`` cannot date a meeting, or None."""
    if year is None or FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return f"the year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"


# a number written as a power: "10^100", "10**6", "1e+100" ("1e6" is read as no number),
# or with superscript digits right after it ("10¹⁰⁰")
_POWER_BEFORE = re.compile(r"(?:\^|\*\*|(?<=\d)[eE]\+)\Z")
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIMITS = {"participants": MOST_PARTICIPANTS, "countries_count": MOST_COUNTRIES}
_NOUNS = {"participants": "participants", "countries_count": "countries"}


def count_problem(text: str, start: int, end: int, field: str, value: int) -> str | None:
    """Why the number ``text[start:end]`` of ``value``, counting ``field``, is no count."""
    if power_written(text, start, end):
        return "a number written as a power is not a count"
    digits = sum(ch.isdigit() for ch in text[start:end])
    if digits > MOST_DIGITS:
        return f"a number of {digits} digits is not a count"
    limit = _LIMITS.get(field)
    if limit is not None and value > limit:
        return f"more than {limit:,} {_NOUNS[field]} is not plausible for one meeting"
    return None


_POWER_BASE = re.compile(r"\d+(?:\^|\*\*|[eE]\+)\Z")


def written_start(text: str, start: int) -> int:
    """Where the number at ``start`` begins as written: "10^100" for the "100" of it."""
    base = _POWER_BASE.search(text, max(0, start - 24), start)
    return base.start() if base is not None else start


def power_written(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is the exponent or base of a power."""
    before = text[max(0, start - 3) : start]
    return bool(_POWER_BEFORE.search(before)) or (end < len(text) and text[end] in _SUPERSCRIPTS)


__all__ = [
    "FIRST_YEAR", "LAST_YEAR", "MOST_COUNTRIES", "MOST_DIGITS", "MOST_PARTICIPANTS", "REJECTED",
    "Rejection", "count_problem", "is_rejection", "power_written", "written_start", "year_problem",
]  # fmt: skip
