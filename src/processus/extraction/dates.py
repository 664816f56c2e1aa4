"""A small hand-written date grammar for meeting texts in five languages.

Regular expressions rather than a general date parser: documents are short and many,
and the phrasings of meeting dates are few ("24 October 2019", "1-2 July 2019",
"31 May - 1 June 2016", "5th and 6th July 2022", "October 16-17, 2024",
"les 13 et 14 décembre 2022", "du 30 novembre au 1er décembre 2016",
"los días 12 y 13 de junio de 2024", "dal 12 al 14 giugno 2024", "de 12 a 14 de junho",
"July 2019", "junio de 2024", "2019-10-24", "2024/06/12", "24/10/2019").  The words of
each language (months, weekdays, connectors, direction and relative words) are data:
``extraction/languages/<code>.json``, read once through :mod:`processus.extraction.languages`.

A mention may also carry:

- the weekday written before it ("Wednesday, 9 April 2025", "mercoledì 9 aprile"): the
  span covers it and :attr:`DateMention.weekday` records it (Monday = 0);
- a direction word ("le 3 mars prochain", "el próximo 3 de marzo", "lo scorso 3 marzo",
  "in April last year"): :attr:`DateMention.direction` and :attr:`DateMention.relative`;
- with ``find_dates(..., relative=True)`` only: the mentions that have no calendar part of
  their own or only a month ("yesterday", "next month", "la semaine dernière", "l'anno
  scorso", "on Wednesday", "lundi dernier", "next March", "en avril dernier", "in April
  last year", "the first week of June").  :func:`resolve_relative` turns them into
  calendar parts given the document's reference date.

Each mention also gets a *role* from its context, because only meeting dates may fill a
record's start and end: a registration deadline, the signing of a declaration or the
founding of a body, a programme period (2018-2022), a publication date or an
international day are something else.

The grammar is spread over small modules: the words of each language
(:mod:`~processus.extraction.date_words`), where a date may start
(:mod:`~processus.extraction.date_triggers`), reading a match into calendar parts
(:mod:`~processus.extraction.date_parsing`), the roles (:mod:`~processus.extraction.date_roles`)
and the calendar (:mod:`~processus.extraction.date_parts`); this module holds the patterns,
the matching and :func:`find_dates`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from processus.extraction.date_parsing import (
    DAYS_LEAD,
    UNIT_DAYS,
    Parsed,
    date_problem,
    english_lowercase,
    join_ranges,
    month_number,
    parse_match,
)
from processus.extraction.date_parts import (  # the calendar side, for the callers of dates
    Part,
    first_day,
    format_part,
    infer_year,
    last_day,
    resolve_relative,
    year_for_weekday,
)
from processus.extraction.date_roles import MOVED_VERBS, date_role, first_line_end
from processus.extraction.date_triggers import BY_START, date_triggers, trigger_group_of
from processus.extraction.date_words import (
    CONNECTOR_LANGUAGES,
    DAY_WORDS,
    DIRECTIONS_AFTER,
    DIRECTIONS_BEFORE,
    FILLERS,
    MONTH_PARTS,
    MONTHS,
    NOT_AFTER,
    OF_WORDS,
    QUALIFIERS,
    RANGE_WORDS,
    RELATIVE_LINKS,
    UNITS,
    WEEK_OF_WORDS,
    WEEK_ORDINALS,
    WEEK_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_LANGUAGES,
    WEEKDAYS,
    YEAR_PARTS,
    YEAR_WORDS,
    trie,
    word_key,
)
from processus.extraction.languages import languages
from processus.extraction.normalize import fold
from processus.extraction.plausibility import Rejection

_NONE: Part = (None, None, None)
_V = TypeVar("_V")


# --- patterns -----------------------------------------------------------------------------


_M = trie(MONTHS) + r"\.?"
_WD = trie(WEEKDAYS)
_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|ère|eme|ème|e|º|°)?(?![\d\w])"
_Y = r"(?:19|20)\d{2}(?!\d)"  # a year standing alone
# the year of a date with its day or month: any four digits, so that "12 March 9999" is
# read whole and refused (plausibility.year_problem), not taken as "12 March"
_YD = r"\d{4}(?!\d)"
_GAP = r"(?:(?<=['’])\s*|\s+)"  # after a word: spaces, or none after an apostrophe
_CONNECTORS = trie(CONNECTOR_LANGUAGES)
_RANGE = r"(?P<rng>\s*(?:-|–|—|&)\s*|\s+" + _CONNECTORS + _GAP + ")"
# "3, 4 e 5", "3 al 5", "terça-feira, 3, a quinta-feira, 5": a comma may stand before a word;
# an elided connector joins the next day without a space ("dal 10 all'11 marzo")
# a comma stands before a connector of one word only: "3, y el 5 de junio" is no list
_LIST = (
    r"(?:\s*(?:,|-|–|—|/|&)\s*|,?\s+" + trie(w for w in CONNECTOR_LANGUAGES if " " not in w)
    + _GAP + r"|\s+" + _CONNECTORS + _GAP + ")"
)  # fmt: skip
_OF = r"(?:\s+" + trie(OF_WORDS) + r")?\s+"
# the space before a date's year: never a blank line ("20 November⏎⏎2021" ends a list
# entry above the next year's heading)
_YS = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
_YEAR_OF = r"(?:,?" + _YS + r"|\s+" + trie(YEAR_WORDS) + _YS + ")"
# "du lundi 9 au mercredi 11 juin", "25 Mar 2026 – Thu 26 Mar 2026"
_WDA = trie(WEEKDAY_ABBREVIATIONS) + r"\.?"
_WEEKDAY_IN = r"(?:(?:" + _WD + "|" + _WDA + r")(?:\s*,\s*|\s+))?"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


_FLAGS = re.IGNORECASE
#: pattern name -> regex; all run, and the longest match at each place wins
PATTERNS: dict[str, re.Pattern[str]] = {
    "cross": re.compile(
        r"\b" + _g("d1", _D) + _OF + _g("m1", _M) + r"(?:" + _YEAR_OF + _g("y1", _YD) + ")?"
        + _RANGE + _WEEKDAY_IN + _g("d2", _D) + _OF + _g("m2", _M)
        + r"(?:" + _YEAR_OF + _g("y2", _YD) + ")?",
        _FLAGS,
    ),
    "same": re.compile(
        r"\b" + _g("d1", _D) + _g("mid", "(?:" + _LIST + _WEEKDAY_IN + _D + ")+") + _OF
        + _g("m", _M) + r"(?:" + _YEAR_OF + _g("y", _YD) + ")?",
        _FLAGS,
    ),
    "us": re.compile(
        r"\b" + _g("m", _M) + r"\s+" + _g("d1", _D)
        + r"(?:\s*(?:-|–|—|to|and|&)\s*" + _g("d2", _D) + ")?"
        + r"(?:,?" + _YS + _g("y", _YD) + ")?",
        _FLAGS,
    ),
    # 2019-10-24, 2024/06/12; not a web address's path ("…/2024/06/20/…")
    "iso": re.compile(r"\b(?:(?=\d{4}-)|(?<!/))" + _g("y", _YD) + _g("sep", "[-/]")
                      + _g("mo", r"0[1-9]|1[0-2]") + "(?P=sep)" + _g("d", r"0[1-9]|[12]\d|3[01]")
                      + r"(?![\d/])"),
    # "14/06/2025", and the range "12-14/06/2025", "12 au 14/06/2025"
    "numeric": re.compile(r"(?<![\d/.])(?:" + _g("d1", r"0?[1-9]|[12]\d|3[01]")
                          + r"(?:\s*[-–—]\s*|\s+" + trie(RANGE_WORDS) + r"\s+))?"
                          + _g("d", r"0?[1-9]|[12]\d|3[01]") + r"[/.]"
                          + _g("mo", r"0?[1-9]|1[0-2]") + r"[/.]" + _g("y", _YD)),
    "single": re.compile(
        r"\b" + _g("d", _D) + _OF + _g("m", _M) + r"(?:" + _YEAR_OF + _g("y", _YD) + ")?", _FLAGS
    ),
    "months": re.compile(
        r"\b" + _g("m1", _M) + r"(?P<rng>\s*(?:-|–|—|/)\s*|\s+" + _CONNECTORS + r"\s+)"
        + _g("m2", _M) + _YS + r"(?:" + trie(YEAR_WORDS) + _YS + r")?" + _g("y", _YD),
        _FLAGS,
    ),
    # "October 2019", "octobre de 2019", "October, 2019"
    "month": re.compile(
        r"\b" + _g("m", _M) + r"(?:,(?=[ \t]))?" + _YS + r"(?:" + trie(YEAR_WORDS) + _YS + r")?"
        + _g("y", _YD),
        _FLAGS,
    ),
    "period": re.compile(
        r"\b" + _g("y1", _Y) + r"\s*(?:-|–|—|/|to|à|au)\s*" + _g("y2", r"(?:19|20)?\d{2}(?!\d)"),
        _FLAGS,
    ),
    # a year, but not the year of a numeric date ("31/02/2024", "2024-02-31")
    "year": re.compile(r"(?<![\d,.])(?<!\d/)\b" + _g("y", _Y)
                       + r"\b(?![,.]\d|[-/]\d{1,2}[-/]\d)"),
}  # fmt: skip

# what may come before or after a date, or stand for one (see find_dates)
_DIRB = trie(DIRECTIONS_BEFORE)
_DIRA = trie(DIRECTIONS_AFTER)
_FILL = r"(?:" + _g("fill", trie(FILLERS)) + r"\s+)?"
_WEEKDAY_LEAD = re.compile(_g("wd", _WD) + r"(?!\w)(?:\s*,\s*|\s+)" + _FILL, _FLAGS)
_WEEKDAY_BARE = re.compile(_g("wd", _WD) + r"(?:\s+" + _g("dira", _DIRA) + r")?(?!\w)", _FLAGS)
_DIRECTION_LEAD = re.compile(_g("dirb", _DIRB) + _GAP + _FILL, _FLAGS)
_MONTH_ALONE = re.compile(_g("m", _M) + r"(?!\w)", _FLAGS)
_WEEK_OF = re.compile(
    trie(WEEK_ORDINALS) + r"\s+" + trie(WEEK_WORDS) + r"\s+" + trie(WEEK_OF_WORDS) + _GAP,
    _FLAGS,
)
# "at the beginning of May", "début mai", "a finales de mayo": a part of a month
_MONTH_PART = re.compile(trie(MONTH_PARTS) + r"(?:\s+|(?<=-))", _FLAGS)
# "in the second half of 2026", "début 2027", "a finales de 2026", "mid-2026": a part of a
# year, read backwards from the year (only a year may follow it)
_YEAR_PART = re.compile(r"(?<!\w)" + trie(YEAR_PARTS) + r"(?:\s+|(?<=-))\Z", _FLAGS)
_QUALIFIER = r"(?:" + _g("q", trie(QUALIFIERS)) + r"\s+)?"
_UNIT_PHRASE = re.compile(
    _QUALIFIER + r"(?:" + _g("dirb", _DIRB) + _GAP + ")?" + _g("u", trie(UNITS))
    + r"(?:\s+" + _g("dira", _DIRA) + r")?(?!\w)",
    _FLAGS,
)  # fmt: skip
_DAY_WORD = re.compile(_g("w", trie(DAY_WORDS)) + r"(?!\w)", _FLAGS)
_AFTER_DIRECTION = re.compile(r"\s+" + _g("dira", _DIRA) + r"(?!\w)", _FLAGS)
_AFTER_LINK = re.compile(r"\s+(?:" + trie(RELATIVE_LINKS) + _GAP + ")?", _FLAGS)
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)['’]?\s*\Z")


@dataclass(frozen=True)
class DateMention:
    """A date or date range as written, with its role in the sentence.

    ``first``/``last`` are (year, month, day) with None for what the text leaves out
    (all three None for a mention such as "yesterday" or "on Wednesday").

    ``weekday``: the weekday written with the date or alone, 0 (Monday) … 6 (Sunday).
    ``direction``: +1 when a direction word or qualifier places the mention after the
    time of writing ("next", "prochain", "próximo", "prossimo", "later"), -1 before it
    ("last", "dernier", "pasado", "scorso", "passado", "earlier"), else 0.
    ``relative``: (unit, offset) for a mention told relative to the time of writing, unit
    one of "day", "week", "month", "year", "weekday": "yesterday" ("day", -1), "next
    month" ("month", 1), "l'anno scorso" ("year", -1), "in April last year" ("year", -1)
    with first (None, 4, None), "lundi dernier" ("weekday", -1) with weekday 0.
    """

    start: int
    end: int
    text: str
    first: Part
    last: Part
    role: str  # meeting, deadline, signing, publication, period, other, year
    weekday: int | None = None
    direction: int = 0
    relative: tuple[str, int] | None = None
    weekday_last: int | None = None  # the second weekday of "on Tuesday and Wednesday"
    day_last: int | None = None  # the second day's offset in "yesterday and today"

    @property
    def has_year(self) -> bool:
        return self.first[0] is not None and self.last[0] is not None


# --- matching at a trigger ------------------------------------------------------------------


class _Found(NamedTuple):
    start: int
    end: int
    kind: str
    first: Part
    last: Part
    weekday: int | None = None
    direction: int = 0
    relative: tuple[str, int] | None = None


def _group_at(text: str, pos: int) -> str:
    """The trigger group of the word at ``pos``."""
    end = pos
    while end < len(text) and text[end].isdigit():
        end += 1
    if end > pos:
        return trigger_group_of(text[pos:end])
    return "month" if pos < len(text) and text[pos].isalpha() else ""


# a year standing alone outside the bounds ("in 1945") is history, not a rejected date
_BARE_YEARS = frozenset({"year", "period"})


# "March, April and June 2025": a month of a list, whose last two are no range
_LISTED_MONTH = re.compile(r"(?<!\w)" + _M + r"\s*,\s*\Z", _FLAGS)


def _best(text: str, pos: int, group: str) -> _Found | None:
    """The longest valid date of ``group``'s patterns at ``pos``; when there is none but
    an impossible one ("31 February 2024"), a mention of kind "impossible" that covers it,
    so that no part of it is read as a date."""
    best: _Found | None = None
    impossible: tuple[int, Parsed] = (0, (_NONE, _NONE))
    for kind in BY_START[group]:
        m = PATTERNS[kind].match(text, pos)
        if m is None or (best is not None and m.end() <= best.end):
            continue
        parsed = parse_match(kind, m)
        if parsed is None or (kind == "months" and _LISTED_MONTH.search(text, pos - 16, pos)):
            continue
        if date_problem(*parsed) is not None:
            if kind not in _BARE_YEARS and m.end() > impossible[0]:
                impossible = (m.end(), parsed)
            continue
        best = _Found(pos, m.end(), kind, parsed[0], parsed[1])
    if best is None and impossible[0]:
        return _Found(pos, impossible[0], "impossible", *impossible[1])
    if best is not None and _full_stop(text, best.end):
        best = best._replace(end=best.end - 1)  # "… on 9 April." ends the sentence
    return best


def _month_alone(text: str, pos: int) -> _Found | None:
    """A month name with nothing else ("next *March*", "*avril* dernier")."""
    m = _MONTH_ALONE.match(text, pos)
    if m is None or english_lowercase(m["m"]):
        return None
    part = (None, month_number(m["m"]), None)
    end = m.end() - 1 if _full_stop(text, m.end()) else m.end()
    return _Found(pos, end, "month", part, part)


_ABBREVIATIONS = frozenset(w for lang in languages() for w in lang.month_abbreviations)
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")


def _full_stop(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` took the full stop after a month's full name
    ("… next January."), which ends the sentence rather than an abbreviation."""
    if text[end - 1] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, end - 16), end - 1)
    return word is not None and word.group(0).lower() not in _ABBREVIATIONS


def _date_at(text: str, pos: int, alone: bool) -> _Found | None:
    """The date at ``pos`` after a lead word; a month alone too when ``alone``."""
    group = _group_at(text, pos)
    found = _best(text, pos, group) if group else None
    if found is not None and found.kind == "impossible":
        return None
    if found is None and alone and group == "month":
        found = _month_alone(text, pos)
    return found


def _unit_offset(m: re.Match[str]) -> int | None:
    """The offset of a unit phrase: its one direction word, before or after the unit."""
    if (m["dirb"] is None) == (m["dira"] is None):
        return None
    if m["dirb"] is not None:
        return DIRECTIONS_BEFORE[word_key(m["dirb"])]
    return DIRECTIONS_AFTER[word_key(m["dira"])]


def _extend(text: str, found: _Found) -> _Found:
    """A date without its year, with the direction or relative year written after it:
    "3 mars *prochain*", "marzo *scorso*", "April *last year*", "avril *de l'année
    dernière*"."""
    if found.first[0] is not None or found.first[1] is None or found.direction or found.relative:
        return found
    if _full_stop(text, found.end):
        return found  # "le 3 mars. Prochain rendez-vous …"
    m = _AFTER_DIRECTION.match(text, found.end)
    if m is not None:
        return found._replace(end=m.end(), direction=DIRECTIONS_AFTER[word_key(m["dira"])])
    link = _AFTER_LINK.match(text, found.end)
    unit = _UNIT_PHRASE.match(text, link.end()) if link is not None else None
    if unit is None or unit["q"] or UNITS[word_key(unit["u"])] != "year":
        return found
    offset = _unit_offset(unit)
    if offset is None:
        return found
    return found._replace(end=unit.end(), relative=("year", offset))


_OPENERS = frozenset('.!?:;\n"«(|–—-•*#>')


def _sentence_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS


def _weekday_lead(text: str, pos: int, relative: bool, directed: bool = False) -> _Found | None:
    """ "Wednesday, 9 April 2025", "mercoledì 9 aprile"; alone ("on Wednesday", "lundi
    dernier") when ``relative``."""
    m = _WEEKDAY_LEAD.match(text, pos)
    if m is not None:
        found = _date_at(text, m.end(), alone=False)
        if found is not None and found.first[2] is not None:
            return found._replace(start=pos, weekday=WEEKDAYS[word_key(m["wd"])])
    if not relative:
        return None
    m = _WEEKDAY_BARE.match(text, pos)
    if m is None:
        return None
    word = m["wd"]
    # outside English a weekday is written in lower case: "Domingo" is a name
    capitalised = not directed and word[0].isupper()
    if (
        capitalised
        and "en" not in WEEKDAY_LANGUAGES[word_key(word)]
        and not _sentence_start(text, pos)
    ):
        return None
    direction = DIRECTIONS_AFTER[word_key(m["dira"])] if m["dira"] else 0
    weekday = WEEKDAYS[word_key(word)]
    return _Found(pos, m.end(), "weekday", _NONE, _NONE, weekday, direction, ("weekday", direction))


def _direction_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "el próximo 3 de marzo", "no próximo dia 3 de março", "next Wednesday", "next
    March" (the last two when ``relative``)."""
    m = _DIRECTION_LEAD.match(text, pos)
    if m is None:
        return None
    direction = DIRECTIONS_BEFORE[word_key(m["dirb"])]
    found = None if m["fill"] else _weekday_lead(text, m.end(), relative, directed=True)
    if found is None:
        found = _date_at(text, m.end(), alone=relative)
        if found is None and relative and direction:
            found = _day_of_month(text, m.end(), direction)  # "el pasado día 14"
        if found is None or (found.first[1] is None and found.relative is None):
            return None  # "the last 2019 meeting" dates nothing
    relative_part = ("weekday", direction) if found.kind == "weekday" else found.relative
    return found._replace(start=pos, direction=direction, relative=relative_part)


# a day of the month with no month after it: "el pasado día 14", "no passado dia 14", "lo
# scorso 14", "le 14 dernier" is read by the grammar's own word order elsewhere
_DAY_OF_MONTH = re.compile(
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?:º|°|er)?(?![\d\w])(?![ \t]*[/.-][ \t]*\d)(?!\s+(?:"
    + trie(OF_WORDS)
    + r"\s+)?"
    + _M
    + r"(?!\w))"
    # a day, not a count: punctuation or a small word after it ("el pasado día 14, en
    # Madrid", "lo scorso 14 a Roma"), not a noun ("los próximos 3 años")
    r"(?=\s*(?:[,.;:)\n]|\Z)|\s+(?:en|na|no|nos|a|al|ad|in|em|nel|nella|à|au|se|si|e|y|et|"
    r"and|at|on|il|el|la|le|o)\b)",
    _FLAGS,
)


def _day_of_month(text: str, pos: int, direction: int) -> _Found | None:
    """A day of the month told relative to the writing, its month and year left to the
    page's own date ("Lisboa, 27 out (Lusa) - … no passado dia 14": 14 October)."""
    m = _DAY_OF_MONTH.match(text, pos)
    if m is None:
        return None
    day = int(m["d"])
    part: Part = (None, None, day)
    return _Found(pos, m.end(), "relative", part, part, None, direction, ("monthday", direction))


def _week_of_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "the first week of June 2024", "la première semaine de juin": the month."""
    m = _WEEK_OF.match(text, pos)
    if m is None:
        return None
    found = _date_at(text, m.end(), alone=relative)
    if found is None or found.kind != "month":
        return None
    return found._replace(start=pos)


def _month_part_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "at the beginning of May", "début mai", "a finales de mayo": the month, without a
    year when none is written (the context gives it)."""
    m = _MONTH_PART.match(text, pos)
    if m is None:
        return None
    found = _date_at(text, m.end(), alone=relative)
    if found is None or found.kind != "month":
        return None
    if fold(m.group(0).strip()) in _PREPOSITION_PARTS and _extend(text, found) is not found:
        return None  # "in April last year": the month's own mention, with its direction
    return found._replace(start=pos)


# parts that are only a preposition ("in April", "en avril"): not part of the mention
_PREPOSITION_PARTS = frozenset({"in", "en", "em", "a"})


def _unit_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "next month", "la semaine dernière", "quest'anno", "earlier this year"."""
    m = _UNIT_PHRASE.match(text, pos)
    if m is None:
        return None
    offset = _unit_offset(m)
    if offset is None:
        return None
    direction = QUALIFIERS[word_key(m["q"])] if m["q"] else offset
    unit = UNITS[word_key(m["u"])]
    if unit == "month" and m["dirb"] is not None and offset:
        named = _MONTH_NAMED.match(text, m.end())
        if named is not None and not english_lowercase(named["m"]):
            # "el pasado mes de junio", "lo scorso mese di giugno": June, not last month
            part = (None, month_number(named["m"]), None)
            return _Found(pos, named.end(), "month", part, part, None, offset)
    return _Found(pos, m.end(), "relative", _NONE, _NONE, None, direction, (unit, offset))


_MONTH_NAMED = re.compile(r"\s+(?:de|di|of|do)\s+" + _g("m", _M) + r"(?!\w)", _FLAGS)


def _day_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "yesterday", "aujourd'hui", "mañana" (not "por la mañana", the morning)."""
    m = _DAY_WORD.match(text, pos)
    if m is None:
        return None
    word = word_key(m["w"])
    blocked = NOT_AFTER.get(word)
    if blocked:
        previous = _PREVIOUS_WORD.search(text, max(0, pos - 20), pos)
        if previous is not None and previous.group(1).lower() in blocked:
            return None
    return _Found(pos, m.end(), "relative", _NONE, _NONE, relative=("day", DAY_WORDS[word]))


_Lead = Callable[[str, int, bool], "_Found | None"]
_DATED_MATCHERS: tuple[_Lead, ...] = (_weekday_lead, _direction_lead, _week_of_lead)
_ALL_MATCHERS: tuple[_Lead, ...] = (*_DATED_MATCHERS, _unit_lead, _day_lead, _month_part_lead)


def _lead(text: str, pos: int, relative: bool) -> _Found | None:
    """The longest mention that starts with the lead word at ``pos``."""
    best: _Found | None = None
    for matcher in _ALL_MATCHERS if relative else _DATED_MATCHERS:
        found = matcher(text, pos, relative)
        if found is not None and (best is None or found.end > best.end):
            best = found
    return best


def _year_part(text: str, found: _Found, taken_until: int) -> _Found:
    """A year with the part of it written before ("in *the second half of* 2026", "*début*
    2027", "*fine del* 2026"): a date of its own at the year's precision (kind
    "year_part", whose role is read as any date's), where a year alone is only a year.
    "since early 2020" stays a period's start (see date_role)."""
    m = _YEAR_PART.search(text, max(taken_until, found.start - 32, 0), found.start)
    if m is None:
        return found
    return found._replace(start=m.start(), kind="year_part")


# the days of a week told relative to the writing, without their month: "next week, *from
# 17 to 19*", "la semaine prochaine, *du 17 au 19*", "la próxima semana, *del 17 al 19*", "la
# prossima settimana, *dal 17 al 19*", "na próxima semana, *de 17 a 19*", "*les 17 et 18*":
# a word that opens the days or a second day; not when a month follows ("next week, on 17
# and 18 March" is a date of its own)
_WEEK_DAYS = re.compile(
    DAYS_LEAD
    + _g("d1", _D)
    + _g("mid", "(?:" + _LIST + _D + ")*+")
    + r"(?!\s*(?:"
    + trie(OF_WORDS)
    + r"\s+)?"
    + _M
    + r"(?!\w))(?!\s*[/.]\d)",
    _FLAGS,
)


def _week_days(text: str, found: _Found) -> _Found:
    """A week or a month told relative to the writing, with days of it written after it
    ("next week, from 17 to 19", "le mois prochain, les 14 et 15"): the mention takes the
    days (no month: the week's or the month's dates give it, see resolve_relative)."""
    if found.relative is None or found.relative[0] not in UNIT_DAYS:
        return found
    m = _WEEK_DAYS.match(text, found.end)
    if m is None or not (m["lead"] or m["mid"]):
        return found  # "next week, 20 experts will meet": a number, not a day
    days = [_day_number(m["d1"]), *(int(x) for x in re.findall(r"\d+", m["mid"]))]
    longest = UNIT_DAYS[found.relative[0]]
    if any(b <= a for a, b in itertools.pairwise(days)) or days[-1] - days[0] > longest:
        return found  # no run of days within one week or a fortnight
    end = m.end() - 1 if text[m.end() - 1] == "." else m.end()
    return found._replace(end=end, first=(None, None, days[0]), last=(None, None, days[-1]))


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def _match_at(
    text: str, pos: int, group: str, relative: bool, taken_until: int = 0
) -> _Found | None:
    if group == "lead":
        found = _lead(text, pos, relative)
        return None if found is None else _week_days(text, _extend(text, found))
    found = _best(text, pos, group)
    if found is not None and found.kind == "year" and relative:
        return _year_part(text, found, taken_until)
    if found is not None:
        return found if found.kind == "impossible" else _extend(text, found)
    if group != "month" or not relative:
        return None
    # a month alone is a date only with its direction or year: "avril dernier"
    alone = _month_alone(text, pos)
    extended = None if alone is None else _extend(text, alone)
    return extended if extended is not alone else None


# a numbered part of a programme before a date: "Day 1 – 14 October 2026", "Jour 2 - 15
# octobre", "Session 3 – 9 May": its number opens no range of days
_NUMBERED_BEFORE = re.compile(
    r"\b(?:day|jour|journée|día|dia|giorno|session|séance|sesión|sessione|sessão|module|"
    r"modulo|módulo|phase|fase|part|partie|parte|week|semaine|semana|settimana|item|panel|"
    r"step|étape|etapa)\s*\Z",
    _FLAGS,
)
_FIRST_NUMBER = re.compile(r"\d+\D{1,6}?(?=\d)")


# a meeting moved from one date to another: "postponed from March to June 2027", "reportée
# de mars à juin", "brought forward from 20 June to 6 June", "aplazada del 3 al 10 de mayo":
# the date it moved to is its date, not a range from the old one
_MOVED_FROM = re.compile(
    r"\b" + MOVED_VERBS + r"\s+(?:from|de|du|del|dal|dalla|dallo|do|da)\s*\Z", _FLAGS
)


def _with_year_of(first: Part, last: Part) -> Part:
    """The moved-to date ``last`` as the first part too."""
    return last if first[0] is None or last[0] is not None else (first[0], last[1], last[2])


def _after_its_number(text: str, pos: int, group: str, relative: bool) -> _Found | None:
    """The date that follows a programme part's number ("Day 1 – *14 October 2026*")."""
    number = _FIRST_NUMBER.match(text, pos)
    if number is None:
        return None
    found = _match_at(text, number.end(), group, relative)
    return None if found is None or found.kind == "impossible" else found


def find_dates(
    text: str,
    tokens: list[tuple[int, int, str]] | None = None,
    relative: bool = False,
    rejected: list[Rejection] | None = None,
) -> list[DateMention]:
    """Every date mention in ``text``, left to right, without overlaps.

    ``tokens`` are the folded word tokens of ``text`` (:func:`aliases.tokens`), when the
    caller has them.  With ``relative``, also the mentions that need the reference date
    to have a year or any calendar part ("yesterday", "next month", "on Wednesday",
    "next March", "in April last year"): see :func:`resolve_relative`.  Impossible dates
    ("31 February 2024", "12 March 9999") are never returned: with ``rejected``, each is
    added there with the reason.
    """
    out: list[DateMention] = []
    taken_until = -1
    line_end = first_line_end(text)
    for pos, group in date_triggers(text, tokens, relative):
        if pos < taken_until or not group:
            continue
        found = _match_at(text, pos, group, relative, taken_until)
        if found is None:
            continue
        if found.kind == "impossible":
            taken_until = found.end  # never stored, nor any part of it
            if rejected is not None:
                reason = date_problem(found.first, found.last) or "not a date"
                rejected.append(Rejection("start", pos, found.end, text[pos : found.end], reason))
            continue
        if found.first != found.last and _NUMBERED_BEFORE.search(text, max(0, pos - 12), pos):
            found = _after_its_number(text, pos, group, relative) or found
        if found.first != found.last and _MOVED_FROM.search(text, max(0, pos - 40), pos):
            found = found._replace(first=_with_year_of(found.first, found.last))
        f, end = found, found.end
        span = f.first != f.last and f.first[1] is not None  # days or months, not years
        pos = f.start  # before ``pos`` for a part of a year ("early 2027")
        role = date_role(text, pos, end, f.kind, line_end, span)
        at = text[pos:end]
        # f[5:]: weekday, direction, relative
        out.append(DateMention(pos, end, at, f.first, f.last, role, *f[5:]))
        taken_until = end
    return join_ranges(text, out) if len(out) > 1 else out


__all__ = [
    "DateMention", "Part", "find_dates", "first_day", "format_part", "infer_year", "last_day",
    "resolve_relative", "year_for_weekday",
]  # fmt: skip
