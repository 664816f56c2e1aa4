"""The date words of each language, as data: one JSON file per language.

In the manner of dateparser's language files, each ``<code>.json`` holds the words the
date grammar (:mod:`processus.extraction.dates`) reads in that language:

- ``months`` (full names and common spellings without accents) and
  ``month_abbreviations`` (English and French only: in Spanish, Italian and Portuguese
  "ago", "mar", "set" are everyday words);
- ``weekdays`` (Monday = 0) and ``weekday_abbreviations`` ("Thu", "jeu.", "mié", "gio",
  "qua"), read only before a day in a range or on a listing's date line, where they cannot
  be the everyday words some of them also are ("mar", "sex");
- ``connectors``: the words between two days of a range (``range``: "to", "au", "al",
  "a", "até") or of a list (``and``: "and", "et", "y", "e"), between a day and its month
  (``of``), a month and its year (``year``), "first week" and its month (``week_of``),
  and a month and a relative year ("April *of* last year", ``relative``).  A connector
  word joins only days whose month is of a language that lists it, so the Spanish "a"
  and "y" or the Italian "e" never make a range of English or French text;
- ``fillers``: words between a weekday or a direction word and the day ("the", "día");
- ``directions``: words that place the date relative to the writing, ``before`` or
  ``after`` it: +1 next ("next", "prochain", "próximo"), -1 last ("last", "dernier",
  "pasado", "scorso"), 0 this ("this", "ce", "este");
- ``qualifiers``: "earlier" / "later" before a relative expression ("earlier this year");
- ``units``: "week", "semaine", "mes", "anno", … mapped to day/week/month/year;
- ``days``: "yesterday" (-1), "aujourd'hui" (0), "mañana" (+1), …;
- ``week_ordinals``: "first", "première", … in "the first week of June";
- ``markers``: frequent words of the language, rare in the others (folded), by which
  :func:`guess_language` tells a text's language;
- ``month_parts``: "the beginning of", "début", "a finales de", … before a month written
  without its year ("at the beginning of May"): the month, its year from the context;
- ``year_parts``: "early", "the second half of", "premier semestre", "a finales de", "fine
  del", … right before a year ("in the second half of 2026", "début 2027"): a vague period
  within that year, dated at the year's precision as any date (where a bare year is not);
- ``not_after``: words that, right before a day word, make it another word ("por la
  mañana" is the morning, "il domani" the future).

Words are written in lower case, with their accents; an apostrophe stands for both ' and ’.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

CODES = ("en", "fr", "es", "it", "pt")
UNITS = ("day", "week", "month", "year")
_CONNECTOR_KINDS = ("range", "and", "of", "year", "week_of", "relative")


@dataclass(frozen=True, eq=False)
class Language:
    """The date words of one language (see the module's docstring)."""

    code: str
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    connectors: dict[str, tuple[str, ...]]
    fillers: tuple[str, ...]
    directions_before: dict[str, int]
    directions_after: dict[str, int]
    qualifiers: dict[str, int]
    units: dict[str, str]
    days: dict[str, int]
    week_ordinals: tuple[str, ...]
    month_parts: tuple[str, ...]
    year_parts: tuple[str, ...]
    markers: frozenset[str]
    not_after: dict[str, tuple[str, ...]]


def _check(code: str, data: dict[str, Any]) -> None:
    def fail(what: str) -> None:
        raise ValueError(f"languages/{code}.json: {what}")

    if data.get("language") != code:
        fail("'language' must be the file's code")
    for key in ("months", "month_abbreviations"):
        if any(not 1 <= n <= 12 for n in data[key].values()):
            fail(f"{key}: a month number outside 1-12")
    if any(
        not 0 <= n <= 6 for key in ("weekdays", "weekday_abbreviations") for n in data[key].values()
    ):
        fail("weekdays: a weekday number outside 0-6 (Monday = 0)")
    if set(data["connectors"]) != set(_CONNECTOR_KINDS):
        fail(f"connectors: expected exactly {', '.join(_CONNECTOR_KINDS)}")
    if any(unit not in UNITS for unit in data["units"].values()):
        fail(f"units: a unit outside {', '.join(UNITS)}")
    directions = [*data["directions"]["before"].values(), *data["directions"]["after"].values()]
    if any(n not in (-1, 0, 1) for n in [*directions, *data["qualifiers"].values()]):
        fail("directions and qualifiers are -1, 0 or +1")
    keys = ("months", "month_abbreviations", "weekdays", "weekday_abbreviations", "days")
    words = [w for key in keys for w in data[key]]
    if any(w != w.lower() or w != w.strip() for w in words):
        fail("words are written in lower case without surrounding spaces")


@cache
def language(code: str) -> Language:
    """The date words of ``code`` (one of :data:`CODES`), read once."""
    if code not in CODES:
        raise KeyError(code)
    with resources.files(__package__).joinpath(f"{code}.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    _check(code, data)
    return Language(
        code=code,
        months=dict(data["months"]),
        month_abbreviations=dict(data["month_abbreviations"]),
        weekdays=dict(data["weekdays"]),
        weekday_abbreviations=dict(data["weekday_abbreviations"]),
        connectors={k: tuple(v) for k, v in data["connectors"].items()},
        fillers=tuple(data["fillers"]),
        directions_before=dict(data["directions"]["before"]),
        directions_after=dict(data["directions"]["after"]),
        qualifiers=dict(data["qualifiers"]),
        units=dict(data["units"]),
        days=dict(data["days"]),
        week_ordinals=tuple(data["week_ordinals"]),
        month_parts=tuple(data["month_parts"]),
        year_parts=tuple(data["year_parts"]),
        markers=frozenset(data["markers"]),
        not_after={k: tuple(v) for k, v in data["not_after"].items()},
    )


def languages() -> tuple[Language, ...]:
    """Every language, in the order of :data:`CODES`."""
    return tuple(language(code) for code in CODES)


#: A language is told when its markers are at least this many and this share of all found.
LANGUAGE_MIN_MARKERS = 4
LANGUAGE_MIN_SHARE = 0.4
_WORD = re.compile(r"[a-z]+")


def guess_language(text: str, default: str = "") -> str:
    """``en``, ``fr``, ``es``, ``it`` or ``pt`` from the frequent words of ``text`` (its
    first 5,000 characters), or ``default`` when too few are found to tell."""
    from processus.extraction.normalize import fold

    counts = dict.fromkeys(CODES, 0)
    markers = {code: language(code).markers for code in CODES}
    for word in _WORD.findall(fold(text[:5000]).lower()):
        for code, words in markers.items():
            if word in words:
                counts[code] += 1
    best = max(CODES, key=lambda code: counts[code])
    total = sum(counts.values())
    if counts[best] < LANGUAGE_MIN_MARKERS or counts[best] < LANGUAGE_MIN_SHARE * total:
        return default
    return best
