"""The words of dates in every language, as tables read once from the language files.

Months, weekdays, connectors ("to", "au", "al"), direction words ("next", "dernier"),
units ("week", "mois") and the other lead words of :mod:`processus.extraction.dates`, with
:func:`trie`, which turns a word list into one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from processus.extraction.languages import Language, languages

_V = TypeVar("_V")


def _table(
    get: Callable[[Language], Mapping[str, _V]],
) -> tuple[dict[str, _V], dict[str, frozenset[str]]]:
    """word -> value over every language, and word -> the languages that have the word."""
    values: dict[str, _V] = {}
    langs: dict[str, frozenset[str]] = {}
    for lang in languages():
        for word, value in get(lang).items():
            if values.setdefault(word, value) != value:
                raise ValueError(f"date word {word!r} has two meanings")
            langs[word] = langs.get(word, frozenset()) | {lang.code}
    return values, langs


def _words(get: Callable[[Language], Iterable[str]]) -> dict[str, frozenset[str]]:
    """word -> the languages that list it."""
    return _table(lambda lang: dict.fromkeys(get(lang), True))[1]


#: written month name or abbreviation (lower case) -> month number, every language
MONTHS, MONTH_LANGUAGES = _table(lambda lang: {**lang.months, **lang.month_abbreviations})
MONTHS_FR = frozenset(w for w, langs in MONTH_LANGUAGES.items() if "fr" in langs)
ENGLISH_ONLY_MONTHS = frozenset(w for w, langs in MONTH_LANGUAGES.items() if langs == {"en"})
#: written weekday (lower case) -> 0 (Monday) … 6 (Sunday)
WEEKDAYS, WEEKDAY_LANGUAGES = _table(lambda lang: lang.weekdays)
#: "thu", "jeu", "mié", "gio", "qua" -> 0 (Monday) … 6 (Sunday)
WEEKDAY_ABBREVIATIONS = _table(lambda lang: lang.weekday_abbreviations)[0]
DIRECTIONS_BEFORE = _table(lambda lang: lang.directions_before)[0]
DIRECTIONS_AFTER = _table(lambda lang: lang.directions_after)[0]
QUALIFIERS = _table(lambda lang: lang.qualifiers)[0]
UNITS = _table(lambda lang: lang.units)[0]
DAY_WORDS = _table(lambda lang: lang.days)[0]
#: a day word -> the words that, right before it, make it another word ("la mañana")
NOT_AFTER = {
    word: frozenset(w for lang in languages() for w in lang.not_after.get(word, ()))
    for word in DAY_WORDS
}
#: a connector word between two days or months -> the languages whose months it may join
CONNECTOR_LANGUAGES = _words(lambda lang: lang.connectors["range"] + lang.connectors["and"])
#: a word that joins the two ends of a range ("au", "to", "hasta el"), never a list's "and"
RANGE_WORDS = _words(lambda lang: lang.connectors["range"])
OF_WORDS = _words(lambda lang: lang.connectors["of"])
YEAR_WORDS = _words(lambda lang: lang.connectors["year"])
WEEK_OF_WORDS = _words(lambda lang: lang.connectors["week_of"])
RELATIVE_LINKS = _words(lambda lang: lang.connectors["relative"])
FILLERS = _words(lambda lang: lang.fillers)
WEEK_ORDINALS = _words(lambda lang: lang.week_ordinals)
WEEK_WORDS = [w for w, unit in UNITS.items() if unit == "week"]
MONTH_PARTS = _words(lambda lang: lang.month_parts)
#: "early", "the second half of", "premier semestre", … right before a year
YEAR_PARTS = _words(lambda lang: lang.year_parts)


def word_key(written: str) -> str:
    """The table key of a matched word: lower case, ' for ’, single spaces, no final dot."""
    return " ".join(written.lower().replace("’", "'").split()).rstrip(".")


def _char(ch: str) -> str:
    if ch == "'":
        return "['’]"
    if ch == " ":
        return r"\s+"
    return re.escape(ch)


def trie(words: Iterable[str], literal: bool = False) -> str:
    """Words as one non-capturing alternation shaped as a trie (longest first), so that
    a match fails after a character or two instead of trying every word in turn.

    The alternation matches what ``"|".join(sorted(words, key=len, reverse=True))`` would,
    and prefers the same word: the words that can match at one position are prefixes of
    one another, and the trie tries the longer first.  ``literal``: every character
    stands for itself (else a space is any whitespace and ' either apostrophe)."""
    char = re.escape if literal else _char
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    if not root:
        return "(?!)"  # no word: matches nothing

    def source(node: dict[str, dict]) -> str:
        branches = [char(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + source(root) + ")"
