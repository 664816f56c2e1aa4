"""Where a date may start: the words that can open a date mention, found in one pass.

A date starts at a number, a month name, or a lead word (a weekday, a direction such as
"next" or "prochain", "the first week of", "yesterday"); each lead word needs the right
word after it ("next" before a month, a weekday or a unit).  :func:`date_triggers` gives
the candidate positions with the group of patterns to try there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from processus.extraction.date_words import (
    DAY_WORDS,
    DIRECTIONS_AFTER,
    DIRECTIONS_BEFORE,
    FILLERS,
    MONTH_PARTS,
    MONTHS,
    QUALIFIERS,
    UNITS,
    WEEK_ORDINALS,
    WEEK_WORDS,
    WEEKDAYS,
    trie,
)
from processus.extraction.normalize import fold
from processus.extraction.scan import FirstWords, vocabulary, word_indices


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


BY_START: dict[str, tuple[str, ...]] = {
    "day": ("cross", "same", "single", "numeric"),
    "year": ("iso", "period", "year"),
    "month": ("us", "months", "month"),
}
_TOKEN = re.compile(r"[^\W_]+")


def _tokens_of(word: str) -> list[str]:
    return _TOKEN.findall(fold(word))


FOLDED_MONTHS = frozenset(fold(m) for m in MONTHS)
# words that may start a date other than a number or a month name, by kind
_LEADS: dict[str, Iterable[str]] = {
    "weekday": WEEKDAYS,  # "Wednesday, 9 April", "on Wednesday"
    "direction": DIRECTIONS_BEFORE,  # "el próximo 3 de marzo", "next week"
    "ordinal": WEEK_ORDINALS,  # "the first week of June"
    "qualifier": QUALIFIERS,  # "earlier this year"
    "unit": UNITS,  # "la semaine dernière"
    "day": DAY_WORDS,  # "yesterday", "aujourd'hui"
    "part": MONTH_PARTS,  # "the beginning of May", "début mai"
}
_DATED_LEADS = ("weekday", "direction", "ordinal")  # those that may lead a dated mention
_DIGIT = "#"  # in a set of next words: any number
# the next word a lead word needs (None: any); a lead word of several words needs its own
# second word
_NEXT: dict[str, frozenset[str] | None] = {
    "weekday": None,
    "day": None,
    "direction": FOLDED_MONTHS
    | {_tokens_of(w)[0] for w in [*WEEKDAYS, *FILLERS, *UNITS]}
    | {_DIGIT},
    "qualifier": frozenset(_tokens_of(w)[0] for w in DIRECTIONS_BEFORE),
    "unit": frozenset(_tokens_of(w)[0] for w in DIRECTIONS_AFTER),
    "ordinal": frozenset(_tokens_of(w)[0] for w in WEEK_WORDS),
    "part": FOLDED_MONTHS,
}


def _lead_words(kinds: Iterable[str]) -> dict[str, frozenset[str] | None]:
    """folded first word of a lead -> the words that may follow it (None: any)."""
    table: dict[str, frozenset[str] | None] = {}
    for kind in kinds:
        for word in _LEADS[kind]:
            first, *rest = _tokens_of(word)
            follow = frozenset(rest[:1]) if rest else _NEXT[kind]
            if first in table and table[first] is None:
                continue
            table[first] = None if follow is None else (table.get(first) or frozenset()) | follow
    return table


_LEAD_WORDS_DATED = _lead_words(_DATED_LEADS)
_LEAD_WORDS_ALL = _lead_words(_LEADS)
if FOLDED_MONTHS & _LEAD_WORDS_ALL.keys():  # pragma: no cover - a check of the data
    raise ValueError(f"date words both months and leads: {FOLDED_MONTHS & _LEAD_WORDS_ALL.keys()}")


def _trigger_pattern(kinds: Iterable[str]) -> re.Pattern[str]:
    firsts = {_TOKEN.match(w).group(0) for k in kinds for w in _LEADS[k]}  # type: ignore[union-attr]
    words = _g("m", trie(MONTHS)) + "|" + _g("l", trie(firsts))
    return re.compile(r"(?<!\w)(?:(?P<n>\d{1,4})|(?:" + words + r")(?!\w))", re.IGNORECASE)


# every pattern starts with a number, a month name or a lead word: only try them there
_TRIGGER = _trigger_pattern(_DATED_LEADS)
_TRIGGER_RELATIVE = _trigger_pattern(_LEADS)


# the first day of a numeric range: "20-21/01/2026", "12-13.12.2024"
_NUMERIC_RANGE_TAIL = re.compile(r"\s*[-–—]\s*\d{1,2}[/.]\d")


def date_triggers(
    text: str, tokens: list[tuple[int, int, str]] | None, relative: bool = False
) -> list[tuple[int, str]]:
    """(offset, group) of every number, month name or lead word that could start a date."""
    if tokens is None:
        pattern = _TRIGGER_RELATIVE if relative else _TRIGGER
        return [(m.start(), _trigger_group(m)) for m in pattern.finditer(text)]
    return _token_triggers(text, tokens, _LEAD_WORDS_ALL if relative else _LEAD_WORDS_DATED)


def _token_triggers(
    text: str, tokens: list[tuple[int, int, str]], leads: dict[str, frozenset[str] | None]
) -> list[tuple[int, str]]:
    by_word = word_indices(tokens)
    words = vocabulary(tokens)
    # set operations over the document's distinct words, not a test per word
    numbers = [i for word in _NUMERIC.admitted(words) for i in by_word[word]]
    months_at = [i for word in FOLDED_MONTHS.intersection(words) for i in by_word[word]]
    leads_at = [i for word in leads.keys() & words for i in by_word[word]]
    if not numbers and not months_at and not leads_at:
        return []
    months_at.sort()
    month_set = set(months_at)
    lead_set = set(leads_at)
    out: list[tuple[int, str]] = []
    next_month = 0
    for i in sorted(numbers + months_at + leads_at):
        start, _end, word = tokens[i]
        if i in month_set:
            out.append((start, "month"))
            continue
        if i in lead_set:
            if _follows(tokens, i, leads[word]):
                out.append((start, "lead"))
            continue
        digits = len(word) - len(word.lstrip("0123456789"))
        if digits != len(word) and word[digits:] not in _ORDINAL_SUFFIXES:
            continue
        group = trigger_group_of(word[:digits])
        if group == "day":
            # a day needs a month name among the next words, or "/" "." after it
            while next_month < len(months_at) and months_at[next_month] < i:
                next_month += 1
            near = next_month < len(months_at) and months_at[next_month] - i <= 10
            after = start + digits
            if (
                not near
                and text[after : after + 1] not in ("/", ".")
                and not _NUMERIC_RANGE_TAIL.match(text, after)
            ):
                continue
        out.append((start, group))
    return out


def _trigger_group(m: re.Match[str]) -> str:
    if m.group("n"):
        return trigger_group_of(m.group("n"))
    return "month" if m.group("m") else "lead"


def _follows(tokens: list[tuple[int, int, str]], i: int, allowed: frozenset[str] | None) -> bool:
    """Whether the token after ``i`` is one the lead word at ``i`` needs."""
    if allowed is None:
        return True
    if i + 1 >= len(tokens):
        return False
    word = tokens[i + 1][2]
    return word in allowed or (_DIGIT in allowed and word[0].isdigit())


_NUMERIC = FirstWords(prefixes=tuple("0123456789"))  # words that start with a digit
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "ere", "e", "eme", "º"})


def trigger_group_of(token: str) -> str:
    if token[0].isdigit():
        return "day" if len(token) <= 2 else "year" if len(token) == 4 else ""
    return "month"
