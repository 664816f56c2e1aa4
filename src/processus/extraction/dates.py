"""A small hand-written date grammar for English and French meeting texts.

Regular expressions rather than a general date parser: documents are short and many,
and the phrasings of meeting dates are few ("24 October 2019", "1-2 July 2019",
"31 May - 1 June 2016", "5th and 6th July 2022", "October 16-17, 2024",
"les 13 et 14 décembre 2022", "du 30 novembre au 1er décembre 2016", "July 2019",
"2019-10-24", "24/10/2019").  Each mention also gets a *role* from its context, because
only meeting dates may fill a record's start and end: a registration deadline, the
signing of a declaration, a programme period (2018-2022), a publication date or an
international day are something else.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from processus.extraction.scan import FirstWords, vocabulary, word_indices

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1,
    "february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "août": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10,
    "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}  # fmt: skip
_ENGLISH_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

_M = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|ère|eme|ème|e)?(?![\d\w])"
_Y = r"(?:19|20)\d{2}(?!\d)"
_RANGE = r"\s*(?:-|–|—|to|until|till|through|au|à|and|et|&)\s*"
_LIST = r"\s*(?:,|-|–|—|/|to|and|&|et|au|à)\s*"
_OF = r"(?:\s+of|\s+de)?\s+"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


_FLAGS = re.IGNORECASE
#: pattern name -> regex; all run, and the longest match at each place wins
PATTERNS: dict[str, re.Pattern[str]] = {
    "cross": re.compile(
        r"\b" + _g("d1", _D) + _OF + _g("m1", _M) + r"(?:,?\s+" + _g("y1", _Y) + ")?"
        + _RANGE + _g("d2", _D) + _OF + _g("m2", _M) + r"(?:,?\s+" + _g("y2", _Y) + ")?",
        _FLAGS,
    ),
    "same": re.compile(
        r"\b" + _g("d1", _D) + _g("mid", "(?:" + _LIST + _D + ")+") + _OF + _g("m", _M)
        + r"(?:,?\s+" + _g("y", _Y) + ")?",
        _FLAGS,
    ),
    "us": re.compile(
        r"\b" + _g("m", _M) + r"\s+" + _g("d1", _D)
        + r"(?:\s*(?:-|–|—|to|and|&)\s*" + _g("d2", _D) + ")?"
        + r"(?:,?\s+" + _g("y", _Y) + ")?",
        _FLAGS,
    ),
    "iso": re.compile(r"\b" + _g("y", _Y) + r"-" + _g("mo", r"0[1-9]|1[0-2]") + "-"
                      + _g("d", r"0[1-9]|[12]\d|3[01]") + r"(?!\d)"),
    "numeric": re.compile(r"(?<![\d/.])" + _g("d", r"0?[1-9]|[12]\d|3[01]") + r"[/.]"
                          + _g("mo", r"0?[1-9]|1[0-2]") + r"[/.]" + _g("y", _Y)),
    "single": re.compile(
        r"\b" + _g("d", _D) + _OF + _g("m", _M) + r"(?:,?\s+" + _g("y", _Y) + ")?", _FLAGS
    ),
    "months": re.compile(
        r"\b" + _g("m1", _M) + r"\s*(?:-|–|—|to|and|/)\s*" + _g("m2", _M) + r"\s+(?:de\s+)?"
        + _g("y", _Y), _FLAGS,
    ),
    "month": re.compile(r"\b" + _g("m", _M) + r"\s+(?:de\s+|of\s+)?" + _g("y", _Y), _FLAGS),
    "period": re.compile(
        r"\b" + _g("y1", _Y) + r"\s*(?:-|–|—|/|to|à|au)\s*" + _g("y2", r"(?:19|20)?\d{2}(?!\d)"),
        _FLAGS,
    ),
    "year": re.compile(r"(?<![\d,.])\b" + _g("y", _Y) + r"\b(?![,.]\d)"),
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date or date range as written, with its role in the sentence.

    ``first``/``last`` are (year, month, day) with None for what the text leaves out.
    """

    start: int
    end: int
    text: str
    first: tuple[int | None, int | None, int | None]
    last: tuple[int | None, int | None, int | None]
    role: str  # meeting, deadline, signing, publication, period, other, year

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
    return word.lower() in _ENGLISH_MONTHS and word.lower() not in MONTHS_FR and word[0].islower()


MONTHS_FR = frozenset(
    [
        "janvier",
        "janv",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "mars",
        "avril",
        "avr",
        "mai",
        "juin",
        "juillet",
        "juil",
        "août",
        "aout",
        "septembre",
        "sept",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
        "déc",
    ]
)


def _parse(kind: str, m: re.Match[str]) -> tuple[tuple, tuple] | None:
    g = m.groupdict()
    months = [g[k] for k in ("m", "m1", "m2") if g.get(k)]
    if any(_english_lowercase(tok) for tok in months):
        return None  # "may 16" in running text is a verb, not May
    if kind == "cross":
        y2 = int(g["y2"]) if g["y2"] else None
        y1 = int(g["y1"]) if g["y1"] else y2
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
            return None
        return (y1, m1, _day(g["d1"])), (y2, m2, _day(g["d2"]))
    if kind == "same":
        days = [int(x) for x in re.findall(r"\d+", g["mid"])]
        year = int(g["y"]) if g["y"] else None
        month = _month(g["m"])
        first, last = _day(g["d1"]), days[-1]
        if last < first or last - first > 14:
            return None
        return (year, month, first), (year, month, last)
    if kind == "us":
        year = int(g["y"]) if g["y"] else None
        month = _month(g["m"])
        first = _day(g["d1"])
        last = _day(g["d2"]) if g["d2"] else first
        if last < first:
            return None
        return (year, month, first), (year, month, last)
    if kind in ("iso", "numeric"):
        return (int(g["y"]), int(g["mo"]), int(g["d"])), (int(g["y"]), int(g["mo"]), int(g["d"]))
    if kind == "single":
        year = int(g["y"]) if g["y"] else None
        return (year, _month(g["m"]), _day(g["d"])), (year, _month(g["m"]), _day(g["d"]))
    if kind == "months":
        year = int(g["y"])
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if m2 < m1:
            return None
        return (year, m1, None), (year, m2, None)
    if kind == "month":
        year = int(g["y"])
        return (year, _month(g["m"]), None), (year, _month(g["m"]), None)
    if kind == "period":
        y1 = int(g["y1"])
        raw = g["y2"]
        y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
        if y2 <= y1 or y2 - y1 > 30:
            return None
        return (y1, None, None), (y2, None, None)
    if kind == "year":
        return (int(g["y"]), None, None), (int(g["y"]), None, None)
    return None


def _valid(part: tuple) -> bool:
    year, month, day = part
    if month is None or day is None:
        return True
    max_day = calendar.monthrange(year if year else 2000, month)[1]
    return 1 <= day <= max_day


_SENTENCE_END = re.compile(r"[.!?;\n](?=\s)|\n")
_DEADLINE = re.compile(
    r"(?:regist\w*|inscri\w*|deadline|date limite|apply|applications?|candidatures?|"
    r"submi\w+|rsvp|confirm\w*|no later than|au plus tard|nominat\w+|enrol\w*|sign up)\b",
    re.IGNORECASE,
)
_SIGNING = re.compile(
    r"\b(?:signed|adopted|ratified|endorsed|entered into force|signée?s?|adoptée?s?|"
    r"ratifiée?s?|entrée? en vigueur|established|founded|launched|créée?s?|lancée?s?)"
    r"(?:\s+\S+){0,2}?\s+(?:on|in|le|en|du)?\s*(?:the\s+)?\Z",
    re.IGNORECASE,
)
_PUBLICATION = re.compile(
    r"(?:published|posted|publié\w*|mise? en ligne|last updated|updated|date of publication|"
    r"publication date|press release|communiqué de presse|compiled|compilée?s?|captured|"
    r"mise? à jour|actualisée?|announcement|annonce|news|actualités?|version|draft|"
    r"projet|dated|datée|en date|date\s+of\s+(?:this|the)\s+(?:note|document|page))"
    r"\s*(?:on|of|du|de|le|[:|–—,-])?\s*\Z",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"international day|world \w+ day|journée (?:internationale|mondiale)|birthday|"
    r"anniversary|anniversaire|\bborn\b|\bdied\b",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"(?:period|période|programme|plan|strategy|stratégie)\s*(?:of\s+)?\Z", re.IGNORECASE
)


# a document's first line that names what the document is ("Press release – Abuja,
# 10 May 2025", "Concept note | … | Brussels, November 2022"): its date is the document's
_DOCUMENT_LINE = re.compile(
    r"\b(?:press\s+release|communiqués?|news|actualités?|announcements?|annonces?|"
    r"concept\s+note|note\s+conceptuelle|information\s+note|note\s+d'information|"
    r"briefing|bulletin|newsletter|statement|posts|publications|"
    r"consulté|accessed|retrieved)\b",
    re.IGNORECASE,
)


_DEADLINE_AFTER = re.compile(r"\s*\(?deadline", re.IGNORECASE)


# Substrings without which the role patterns above cannot match an ASCII window: each
# alternative of a pattern contains one of its cues.  (Only ASCII windows are
# pre-checked: there ``str.lower`` agrees with the patterns' IGNORECASE, which in
# Unicode also equates "s" with "ſ" or "k" with the Kelvin sign.)
_PUBLICATION_CUES = (
    "publi", "posted", "mis", "updated", "dat", "press", "communiqu", "compil", "captured",
    "actualis", "announcement", "annonce", "news", "actualit", "version", "draft", "projet",
)  # fmt: skip
_DEADLINE_CUES = (
    "regist", "inscri", "deadline", "date limite", "apply", "applic", "candidat", "submi",
    "rsvp", "confirm", "no later than", "au plus tard", "nominat", "enrol", "sign up",
)  # fmt: skip
_SIGNING_CUES = (
    "sign", "adopt", "ratifi", "endorsed", "entered", "entr", "established", "founded",
    "launched",
)  # fmt: skip
_OTHER_CUES = ("international day", "world", "journ", "birthday", "anniversa", "born", "died")


def _may(plain: bool, cues: tuple[str, ...], low: str) -> bool:
    """False only when the lower-cased ASCII window ``low`` holds none of ``cues``."""
    if not plain:
        return True
    for cue in cues:  # noqa: SIM110 - a plain loop, cheaper than any() over a generator
        if cue in low:
            return True
    return False


def _first_line_end(text: str) -> int:
    """End of the document's first non-blank line."""
    lead = len(text) - len(text.lstrip())
    stop = text.find("\n", lead)
    return len(text) if stop == -1 else stop


def _role(text: str, start: int, end: int, kind: str, first_line_end: int | None = None) -> str:
    if kind == "period":
        return "period"
    if first_line_end is None:
        first_line_end = _first_line_end(text)
    if start < first_line_end and _DOCUMENT_LINE.search(text, 0, start):
        return "publication"
    lo = max(0, start - 90)
    before = text[lo:start]
    cut = max(
        before.rfind("\n"), before.rfind(". "), before.rfind("; "), before.rfind("! "),
        before.rfind("? "),
    )  # fmt: skip
    if cut != -1:
        before = before[cut + 1 :]
    after = text[end : end + 60]
    after = _SENTENCE_END.split(after, maxsplit=1)[0]
    near = before[-60:]
    # the role patterns are slow case-insensitive alternations; in an ASCII window a
    # pattern can only match where one of its cue substrings occurs (see _may)
    plain = near.isascii() and after.isascii()
    low, low_after = (near.lower(), after.lower()) if plain else ("", "")
    if _may(plain, _PUBLICATION_CUES, low[-45:]) and _PUBLICATION.search(before[-45:]):
        return "publication"
    if (_may(plain, _DEADLINE_CUES, low) and _DEADLINE.search(near)) or (
        _may(plain, ("deadline",), low_after) and _DEADLINE_AFTER.match(after)
    ):
        return "deadline"
    if _may(plain, _SIGNING_CUES, low) and _SIGNING.search(near):
        return "signing"
    if (_may(plain, _OTHER_CUES, low[-40:]) and _OTHER.search(before[-40:])) or (
        _may(plain, _OTHER_CUES, low_after[:50]) and _OTHER.search(after[:50])
    ):
        return "other"
    if kind == "year":
        return "year"
    return "meeting"


# every pattern starts with a number or a month name: only try them where one starts
_TRIGGER = re.compile(r"(?<!\w)(?:\d{1,4}|(?:" + _M[3:-4] + r")(?!\w))", re.IGNORECASE)
_BY_START: dict[str, tuple[str, ...]] = {
    "day": ("cross", "same", "single", "numeric"),
    "year": ("iso", "period", "year"),
    "month": ("us", "months", "month"),
}


_FOLDED_MONTHS = frozenset(m.translate(str.maketrans("éûè", "eue")) for m in MONTHS)


def _triggers(text: str, tokens: list[tuple[int, int, str]] | None) -> list[tuple[int, str]]:
    """(offset, group) of every number or month name that could start a date."""
    if tokens is None:
        return [(m.start(), _group(m.group(0))) for m in _TRIGGER.finditer(text)]
    out: list[tuple[int, str]] = []
    by_word = word_indices(tokens)
    words = vocabulary(tokens)
    # set operations over the document's distinct words, not a test per word
    numbers = [i for word in _NUMERIC.admitted(words) for i in by_word[word]]
    months_at = [i for word in _FOLDED_MONTHS.intersection(words) for i in by_word[word]]
    if not numbers and not months_at:
        return out
    months_at.sort()
    month_set = set(months_at)
    next_month = 0
    for i in sorted(numbers + months_at):
        start, _end, word = tokens[i]
        if i in month_set:
            out.append((start, "month"))
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


_DIGITS = frozenset("0123456789")
_NUMERIC = FirstWords(prefixes=tuple("0123456789"))  # words that start with a digit
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "e", "eme"})


def _group(token: str) -> str:
    if token[0].isdigit():
        return "day" if len(token) <= 2 else "year" if len(token) == 4 else ""
    return "month"


def find_dates(text: str, tokens: list[tuple[int, int, str]] | None = None) -> list[DateMention]:
    """Every date mention in ``text``, left to right, without overlaps."""
    out: list[DateMention] = []
    taken_until = -1
    first_line_end = _first_line_end(text)
    for pos, group in _triggers(text, tokens):
        if pos < taken_until or not group:
            continue
        best: tuple[int, str, re.Match[str], tuple] | None = None
        for kind in _BY_START[group]:
            m = PATTERNS[kind].match(text, pos)
            if m is None or (best is not None and m.end() <= best[0]):
                continue
            parsed = _parse(kind, m)
            if parsed is None or not _valid(parsed[0]) or not _valid(parsed[1]):
                continue
            best = (m.end(), kind, m, parsed)
        if best is None:
            continue
        end, kind, m, (first, last) = best
        role = _role(text, pos, end, kind, first_line_end)
        out.append(DateMention(pos, end, m.group(0), first, last, role))
        taken_until = end
    return out


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


def format_part(part: tuple[int | None, int | None, int | None]) -> str | None:
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
