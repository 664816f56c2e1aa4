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
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple, TypeVar

from processus.extraction.date_parts import (  # the calendar side, for the callers of dates
    Part,
    first_day,
    format_part,
    infer_year,
    last_day,
    resolve_relative,
    year_for_weekday,
)
from processus.extraction.date_roles import date_role, first_line_end
from processus.extraction.languages import Language, languages
from processus.extraction.normalize import fold
from processus.extraction.plausibility import Rejection, year_problem
from processus.extraction.scan import FirstWords, vocabulary, word_indices

_NONE: Part = (None, None, None)
_V = TypeVar("_V")


# --- the language tables ----------------------------------------------------------------


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
_ENGLISH_ONLY_MONTHS = frozenset(w for w, langs in MONTH_LANGUAGES.items() if langs == {"en"})
#: written weekday (lower case) -> 0 (Monday) … 6 (Sunday)
WEEKDAYS, WEEKDAY_LANGUAGES = _table(lambda lang: lang.weekdays)
DIRECTIONS_BEFORE = _table(lambda lang: lang.directions_before)[0]
DIRECTIONS_AFTER = _table(lambda lang: lang.directions_after)[0]
QUALIFIERS = _table(lambda lang: lang.qualifiers)[0]
UNITS = _table(lambda lang: lang.units)[0]
DAY_WORDS = _table(lambda lang: lang.days)[0]
#: a day word -> the words that, right before it, make it another word ("la mañana")
_NOT_AFTER = {
    word: frozenset(w for lang in languages() for w in lang.not_after.get(word, ()))
    for word in DAY_WORDS
}
#: a connector word between two days or months -> the languages whose months it may join
_CONNECTOR_LANGUAGES = _words(lambda lang: lang.connectors["range"] + lang.connectors["and"])
_OF_WORDS = _words(lambda lang: lang.connectors["of"])
_YEAR_WORDS = _words(lambda lang: lang.connectors["year"])
_WEEK_OF_WORDS = _words(lambda lang: lang.connectors["week_of"])
_RELATIVE_LINKS = _words(lambda lang: lang.connectors["relative"])
_FILLERS = _words(lambda lang: lang.fillers)
_WEEK_ORDINALS = _words(lambda lang: lang.week_ordinals)
_WEEK_WORDS = [w for w, unit in UNITS.items() if unit == "week"]
_MONTH_PARTS = _words(lambda lang: lang.month_parts)


def _key(written: str) -> str:
    """The table key of a matched word: lower case, ' for ’, single spaces, no final dot."""
    return " ".join(written.lower().replace("’", "'").split()).rstrip(".")


# --- patterns -----------------------------------------------------------------------------


def _char(ch: str) -> str:
    if ch == "'":
        return "['’]"
    if ch == " ":
        return r"\s+"
    return re.escape(ch)


def _trie(words: Iterable[str]) -> str:
    """Words as one non-capturing alternation shaped as a trie (longest first), so that
    a match fails after a character or two instead of trying every word in turn."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    if not root:
        return "(?!)"  # no word: matches nothing

    def source(node: dict[str, dict]) -> str:
        branches = [_char(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + source(root) + ")"


_M = _trie(MONTHS) + r"\.?"
_WD = _trie(WEEKDAYS)
_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|ère|eme|ème|e|º|°)?(?![\d\w])"
_Y = r"(?:19|20)\d{2}(?!\d)"  # a year standing alone
# the year of a date with its day or month: any four digits, so that "12 March 9999" is
# read whole and refused (plausibility.year_problem), not taken as "12 March"
_YD = r"\d{4}(?!\d)"
_GAP = r"(?:(?<=['’])\s*|\s+)"  # after a word: spaces, or none after an apostrophe
_CONNECTORS = _trie(_CONNECTOR_LANGUAGES)
_RANGE = r"(?P<rng>\s*(?:-|–|—|&)\s*|\s+" + _CONNECTORS + r"\s+)"
_LIST = r"(?:\s*(?:,|-|–|—|/|&)\s*|\s+" + _CONNECTORS + r"\s+)"
_OF = r"(?:\s+" + _trie(_OF_WORDS) + r")?\s+"
_YEAR_OF = r"(?:,?\s+|\s+" + _trie(_YEAR_WORDS) + r"\s+)"
_WEEKDAY_IN = r"(?:" + _WD + r"(?:\s*,\s*|\s+))?"  # "du lundi 9 au mercredi 11 juin"


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
        + r"(?:,?\s+" + _g("y", _YD) + ")?",
        _FLAGS,
    ),
    # 2019-10-24, 2024/06/12; not a web address's path ("…/2024/06/20/…")
    "iso": re.compile(r"\b(?:(?=\d{4}-)|(?<!/))" + _g("y", _YD) + _g("sep", "[-/]")
                      + _g("mo", r"0[1-9]|1[0-2]") + "(?P=sep)" + _g("d", r"0[1-9]|[12]\d|3[01]")
                      + r"(?![\d/])"),
    "numeric": re.compile(r"(?<![\d/.])" + _g("d", r"0?[1-9]|[12]\d|3[01]") + r"[/.]"
                          + _g("mo", r"0?[1-9]|1[0-2]") + r"[/.]" + _g("y", _YD)),
    "single": re.compile(
        r"\b" + _g("d", _D) + _OF + _g("m", _M) + r"(?:" + _YEAR_OF + _g("y", _YD) + ")?", _FLAGS
    ),
    "months": re.compile(
        r"\b" + _g("m1", _M) + r"(?P<rng>\s*(?:-|–|—|/)\s*|\s+" + _CONNECTORS + r"\s+)"
        + _g("m2", _M) + r"\s+(?:" + _trie(_YEAR_WORDS) + r"\s+)?" + _g("y", _YD),
        _FLAGS,
    ),
    "month": re.compile(
        r"\b" + _g("m", _M) + r"\s+(?:" + _trie(_YEAR_WORDS) + r"\s+)?" + _g("y", _YD), _FLAGS
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
_DIRB = _trie(DIRECTIONS_BEFORE)
_DIRA = _trie(DIRECTIONS_AFTER)
_FILL = r"(?:" + _g("fill", _trie(_FILLERS)) + r"\s+)?"
_WEEKDAY_LEAD = re.compile(_g("wd", _WD) + r"(?!\w)(?:\s*,\s*|\s+)" + _FILL, _FLAGS)
_WEEKDAY_BARE = re.compile(_g("wd", _WD) + r"(?:\s+" + _g("dira", _DIRA) + r")?(?!\w)", _FLAGS)
_DIRECTION_LEAD = re.compile(_g("dirb", _DIRB) + _GAP + _FILL, _FLAGS)
_MONTH_ALONE = re.compile(_g("m", _M) + r"(?!\w)", _FLAGS)
_WEEK_OF = re.compile(
    _trie(_WEEK_ORDINALS) + r"\s+" + _trie(_WEEK_WORDS) + r"\s+" + _trie(_WEEK_OF_WORDS) + _GAP,
    _FLAGS,
)
# "at the beginning of May", "début mai", "a finales de mayo": a part of a month
_MONTH_PART = re.compile(_trie(_MONTH_PARTS) + r"(?:\s+|(?<=-))", _FLAGS)
_QUALIFIER = r"(?:" + _g("q", _trie(QUALIFIERS)) + r"\s+)?"
_UNIT_PHRASE = re.compile(
    _QUALIFIER + r"(?:" + _g("dirb", _DIRB) + _GAP + ")?" + _g("u", _trie(UNITS))
    + r"(?:\s+" + _g("dira", _DIRA) + r")?(?!\w)",
    _FLAGS,
)  # fmt: skip
_DAY_WORD = re.compile(_g("w", _trie(DAY_WORDS)) + r"(?!\w)", _FLAGS)
_AFTER_DIRECTION = re.compile(r"\s+" + _g("dira", _DIRA) + r"(?!\w)", _FLAGS)
_AFTER_LINK = re.compile(r"\s+(?:" + _trie(_RELATIVE_LINKS) + _GAP + ")?", _FLAGS)
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

    @property
    def has_year(self) -> bool:
        return self.first[0] is not None and self.last[0] is not None


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    if token.isdecimal():  # the usual case: the whole token is what \d+ would match
        return int(token)
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def _english_lowercase(token: str) -> bool:
    word = token.rstrip(".")
    return word.lower() in _ENGLISH_ONLY_MONTHS and word[0].islower()


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
        words = [w for w, of in _CONNECTOR_LANGUAGES.items() if not of & langs]
        _FORBIDDEN[langs] = (
            re.compile(r"(?<!\w)" + _trie(words) + r"(?!\w)", re.IGNORECASE) if words else None
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


_Parsed = tuple[Part, Part]


def _year(raw: str | None) -> int | None:
    return int(raw) if raw else None


def _parse_cross(g: dict[str, str]) -> _Parsed | None:
    if not _agree(g["rng"], g["m1"], g["m2"]):
        return None
    y2 = _year(g["y2"])
    y1 = _year(g["y1"]) or y2
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
        return None
    return (y1, m1, _day(g["d1"])), (y2, m2, _day(g["d2"]))


def _parse_same(g: dict[str, str]) -> _Parsed | None:
    if not _agree(g["mid"], g["m"]):
        return None
    days = [int(x) for x in re.findall(r"\d+", g["mid"])]
    year = _year(g["y"])
    month = _month(g["m"])
    first, last = _day(g["d1"]), days[-1]
    if last < first or last - first > 14:
        return None
    return (year, month, first), (year, month, last)


def _parse_us(g: dict[str, str]) -> _Parsed | None:
    year = _year(g["y"])
    month = _month(g["m"])
    first = _day(g["d1"])
    last = _day(g["d2"]) if g["d2"] else first
    if last < first:
        return None
    return (year, month, first), (year, month, last)


def _parse_numeric(g: dict[str, str]) -> _Parsed | None:
    part = (int(g["y"]), int(g["mo"]), int(g["d"]))
    return part, part


def _parse_single(g: dict[str, str]) -> _Parsed | None:
    part = (_year(g["y"]), _month(g["m"]), _day(g["d"]))
    return part, part


def _parse_months(g: dict[str, str]) -> _Parsed | None:
    if not _agree(g["rng"], g["m1"], g["m2"]):
        return None
    year = int(g["y"])
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    if m2 < m1:
        return None
    return (year, m1, None), (year, m2, None)


def _parse_month(g: dict[str, str]) -> _Parsed | None:
    part = (int(g["y"]), _month(g["m"]), None)
    return part, part


def _parse_period(g: dict[str, str]) -> _Parsed | None:
    y1 = int(g["y1"])
    raw = g["y2"]
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if y2 <= y1 or y2 - y1 > 30:
        return None
    return (y1, None, None), (y2, None, None)


def _parse_year(g: dict[str, str]) -> _Parsed | None:
    part = (int(g["y"]), None, None)
    return part, part


_PARSERS: dict[str, Callable[[dict[str, str]], _Parsed | None]] = {
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


def _parse(kind: str, m: re.Match[str]) -> _Parsed | None:
    g = m.groupdict()
    for key in ("m", "m1", "m2"):
        token = g.get(key)
        if token and _english_lowercase(token):
            return None  # "may 16" in running text is a verb, not May
    return _PARSERS[kind](g)


def _valid(part: Part) -> bool:
    year, month, day = part
    if month is None or day is None:
        return True
    max_day = calendar.monthrange(year if year else 2000, month)[1]
    return 1 <= day <= max_day


def _problem(first: Part, last: Part) -> str | None:
    """Why a date read with these parts cannot date anything, or None."""
    for part in (first, last):
        if not _valid(part):
            return f"there is no day {part[2]} in {calendar.month_name[part[1] or 1]}"
        reason = year_problem(part[0])
        if reason is not None:
            return reason
    return None


# --- where a date may start ---------------------------------------------------------------

_BY_START: dict[str, tuple[str, ...]] = {
    "day": ("cross", "same", "single", "numeric"),
    "year": ("iso", "period", "year"),
    "month": ("us", "months", "month"),
}
_TOKEN = re.compile(r"[^\W_]+")


def _tokens_of(word: str) -> list[str]:
    return _TOKEN.findall(fold(word))


_FOLDED_MONTHS = frozenset(fold(m) for m in MONTHS)
# words that may start a date other than a number or a month name, by kind
_LEADS: dict[str, Iterable[str]] = {
    "weekday": WEEKDAYS,  # "Wednesday, 9 April", "on Wednesday"
    "direction": DIRECTIONS_BEFORE,  # "el próximo 3 de marzo", "next week"
    "ordinal": _WEEK_ORDINALS,  # "the first week of June"
    "qualifier": QUALIFIERS,  # "earlier this year"
    "unit": UNITS,  # "la semaine dernière"
    "day": DAY_WORDS,  # "yesterday", "aujourd'hui"
    "part": _MONTH_PARTS,  # "the beginning of May", "début mai"
}
_DATED_LEADS = ("weekday", "direction", "ordinal")  # those that may lead a dated mention
_DIGIT = "#"  # in a set of next words: any number
# the next word a lead word needs (None: any); a lead word of several words needs its own
# second word
_NEXT: dict[str, frozenset[str] | None] = {
    "weekday": None,
    "day": None,
    "direction": _FOLDED_MONTHS
    | {_tokens_of(w)[0] for w in [*WEEKDAYS, *_FILLERS, *UNITS]}
    | {_DIGIT},
    "qualifier": frozenset(_tokens_of(w)[0] for w in DIRECTIONS_BEFORE),
    "unit": frozenset(_tokens_of(w)[0] for w in DIRECTIONS_AFTER),
    "ordinal": frozenset(_tokens_of(w)[0] for w in _WEEK_WORDS),
    "part": _FOLDED_MONTHS,
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
if _FOLDED_MONTHS & _LEAD_WORDS_ALL.keys():  # pragma: no cover - a check of the data
    raise ValueError(f"date words both months and leads: {_FOLDED_MONTHS & _LEAD_WORDS_ALL.keys()}")


def _trigger_pattern(kinds: Iterable[str]) -> re.Pattern[str]:
    firsts = {_TOKEN.match(w).group(0) for k in kinds for w in _LEADS[k]}  # type: ignore[union-attr]
    words = _g("m", _trie(MONTHS)) + "|" + _g("l", _trie(firsts))
    return re.compile(r"(?<!\w)(?:(?P<n>\d{1,4})|(?:" + words + r")(?!\w))", re.IGNORECASE)


# every pattern starts with a number, a month name or a lead word: only try them there
_TRIGGER = _trigger_pattern(_DATED_LEADS)
_TRIGGER_RELATIVE = _trigger_pattern(_LEADS)


def _triggers(
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
    months_at = [i for word in _FOLDED_MONTHS.intersection(words) for i in by_word[word]]
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
        group = _group(word[:digits])
        if group == "day":
            # a day needs a month name among the next words, or "/" "." after it
            while next_month < len(months_at) and months_at[next_month] < i:
                next_month += 1
            near = next_month < len(months_at) and months_at[next_month] - i <= 10
            if not near and text[start + digits : start + digits + 1] not in ("/", "."):
                continue
        out.append((start, group))
    return out


def _trigger_group(m: re.Match[str]) -> str:
    if m.group("n"):
        return _group(m.group("n"))
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


def _group(token: str) -> str:
    if token[0].isdigit():
        return "day" if len(token) <= 2 else "year" if len(token) == 4 else ""
    return "month"


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
        return _group(text[pos:end])
    return "month" if pos < len(text) and text[pos].isalpha() else ""


# a year standing alone outside the bounds ("in 1945") is history, not a rejected date
_BARE_YEARS = frozenset({"year", "period"})


def _best(text: str, pos: int, group: str) -> _Found | None:
    """The longest valid date of ``group``'s patterns at ``pos``; when there is none but
    an impossible one ("31 February 2024"), a mention of kind "impossible" that covers it,
    so that no part of it is read as a date."""
    best: _Found | None = None
    impossible: tuple[int, _Parsed] = (0, (_NONE, _NONE))
    for kind in _BY_START[group]:
        m = PATTERNS[kind].match(text, pos)
        if m is None or (best is not None and m.end() <= best.end):
            continue
        parsed = _parse(kind, m)
        if parsed is None:
            continue
        if _problem(*parsed) is not None:
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
    if m is None or _english_lowercase(m["m"]):
        return None
    part = (None, _month(m["m"]), None)
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
        return DIRECTIONS_BEFORE[_key(m["dirb"])]
    return DIRECTIONS_AFTER[_key(m["dira"])]


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
        return found._replace(end=m.end(), direction=DIRECTIONS_AFTER[_key(m["dira"])])
    link = _AFTER_LINK.match(text, found.end)
    unit = _UNIT_PHRASE.match(text, link.end()) if link is not None else None
    if unit is None or unit["q"] or UNITS[_key(unit["u"])] != "year":
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
            return found._replace(start=pos, weekday=WEEKDAYS[_key(m["wd"])])
    if not relative:
        return None
    m = _WEEKDAY_BARE.match(text, pos)
    if m is None:
        return None
    word = m["wd"]
    # outside English a weekday is written in lower case: "Domingo" is a name
    capitalised = not directed and word[0].isupper()
    if capitalised and "en" not in WEEKDAY_LANGUAGES[_key(word)] and not _sentence_start(text, pos):
        return None
    direction = DIRECTIONS_AFTER[_key(m["dira"])] if m["dira"] else 0
    weekday = WEEKDAYS[_key(word)]
    return _Found(pos, m.end(), "weekday", _NONE, _NONE, weekday, direction, ("weekday", direction))


def _direction_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "el próximo 3 de marzo", "no próximo dia 3 de março", "next Wednesday", "next
    March" (the last two when ``relative``)."""
    m = _DIRECTION_LEAD.match(text, pos)
    if m is None:
        return None
    direction = DIRECTIONS_BEFORE[_key(m["dirb"])]
    found = None if m["fill"] else _weekday_lead(text, m.end(), relative, directed=True)
    if found is None:
        found = _date_at(text, m.end(), alone=relative)
        if found is None or found.first[1] is None:
            return None  # "the last 2019 meeting" dates nothing
    relative_part = ("weekday", direction) if found.kind == "weekday" else found.relative
    return found._replace(start=pos, direction=direction, relative=relative_part)


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
_PREPOSITION_PARTS = frozenset({"in", "en", "em"})


def _unit_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "next month", "la semaine dernière", "quest'anno", "earlier this year"."""
    m = _UNIT_PHRASE.match(text, pos)
    if m is None:
        return None
    offset = _unit_offset(m)
    if offset is None:
        return None
    direction = QUALIFIERS[_key(m["q"])] if m["q"] else offset
    unit = UNITS[_key(m["u"])]
    return _Found(pos, m.end(), "relative", _NONE, _NONE, None, direction, (unit, offset))


def _day_lead(text: str, pos: int, relative: bool) -> _Found | None:
    """ "yesterday", "aujourd'hui", "mañana" (not "por la mañana", the morning)."""
    m = _DAY_WORD.match(text, pos)
    if m is None:
        return None
    word = _key(m["w"])
    blocked = _NOT_AFTER.get(word)
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


def _match_at(text: str, pos: int, group: str, relative: bool) -> _Found | None:
    if group == "lead":
        found = _lead(text, pos, relative)
        return None if found is None else _extend(text, found)
    found = _best(text, pos, group)
    if found is not None:
        return found if found.kind == "impossible" else _extend(text, found)
    if group != "month" or not relative:
        return None
    # a month alone is a date only with its direction or year: "avril dernier"
    alone = _month_alone(text, pos)
    extended = None if alone is None else _extend(text, alone)
    return extended if extended is not alone else None


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
    for pos, group in _triggers(text, tokens, relative):
        if pos < taken_until or not group:
            continue
        found = _match_at(text, pos, group, relative)
        if found is None:
            continue
        if found.kind == "impossible":
            taken_until = found.end  # never stored, nor any part of it
            if rejected is not None:
                reason = _problem(found.first, found.last) or "not a date"
                rejected.append(Rejection("start", pos, found.end, text[pos : found.end], reason))
            continue
        f, end = found, found.end
        role = date_role(text, pos, end, f.kind, line_end)
        at = text[pos:end]
        # f[5:]: weekday, direction, relative
        out.append(DateMention(pos, end, at, f.first, f.last, role, *f[5:]))
        taken_until = end
    return _join_ranges(text, out) if len(out) > 1 else out


# two dates written as the two ends of one range: "12/02/2019 - 13/02/2019", "on Tuesday
# and Wednesday", "lundi et mardi"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|et|y|e|au|al|a|until|till|through)\s*", re.IGNORECASE)


def _join_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    out = [found[0]]
    for mention in found[1:]:
        joined = _joined(text, out[-1], mention)
        if joined is None:
            out.append(mention)
        else:
            out[-1] = joined
    return out


def _joined(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """``a`` and ``b`` as one range, when only a range word stands between them and they
    are two full days of the same month or so, or two weekdays told alone."""
    if a.role != b.role or not _RANGE_JOIN.fullmatch(text, a.end, b.start):
        return None
    whole = text[a.start : b.end]
    if a.relative == b.relative and a.relative is not None and a.relative[0] == "weekday":
        return replace(a, end=b.end, text=whole, weekday_last=b.weekday)
    full = a.has_year and b.has_year and a.first[2] is not None and b.first[2] is not None
    if not full or a.first != a.last or b.first != b.last:
        return None
    first, last = date(*a.first), date(*b.first)  # type: ignore[arg-type]
    if not 0 < (last - first).days <= 31:
        return None
    return replace(a, end=b.end, text=whole, last=b.last)


__all__ = [
    "DateMention", "Part", "find_dates", "first_day", "format_part", "infer_year", "last_day",
    "resolve_relative", "year_for_weekday",
]  # fmt: skip
