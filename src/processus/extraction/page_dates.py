"""A page's own dates: the "City, date" line under its headline, a day alone in its
header, the story's closing line; which date the headline's meeting and which the page.

A news page says where and when it was written ("Madrid, 15 de junio de 2025" under the
headline, "Dakar, 14 May 2026 (APS)." at the end, "Ahram Online, Tuesday 8 Apr 2025"):
such a line is furniture, its day a publication date, not a meeting's.  A calendar's
entry looks the same ("Steering Committee (Dakar)" above "3 June 2025") and so does the
day under a headline that names its meeting ("Webinar of the Prague Process" above
"Tuesday, 8 December 2026"): those date a meeting and stay.  The prose under the line
tells them apart: a story that tells its own venue or date, or that recalls only earlier
meetings.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from bisect import bisect_left
from datetime import date

from processus.extraction import furniture
from processus.extraction.aliases import NameMatch
from processus.extraction.dates import DateMention
from processus.extraction.kinds import KindMention
from processus.extraction.places import PlaceMention

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]*\S[^\n]*")


def place_date_head(text: str, dates: list[DateMention], names: list[NameMatch]) -> Span | None:
    """The page's "City, date" line under its headline ("Madrid, 15 de junio de 2025"), as
    furniture: where and when the page was written, when the prose under it tells its own
    venue or date ("El mes pasado, la reunión … se celebró en Rabat"). A calendar entry's
    "Dakar, 3-4 May 2025" holds a range, or has no such prose under it, and stays a
    heading (see furniture.place_date_line)."""
    found = furniture.place_date_line(text)
    place = _place_and_day(found, dates, names)
    if found is None or place is None:
        return None
    line_end = found[2]
    prose = _prose_below(text, line_end)
    if prose is None:
        return None
    day = next(d for d in dates if d.start == found[1])
    told = [d for d in dates if prose.start() <= d.start < prose.end()]
    if told and all(_long_before(d, day) for d in told):
        return None  # the prose recalls an earlier meeting: the line dates the headline's
    own_date = bool(told)
    own_place = any(
        prose.start() <= n.start < prose.end()
        and (entry := n.first("place")) is not None
        and entry != place.first("place")
        for n in names
    )
    return (place.start, line_end) if own_date or own_place else None


# a date of the prose this many days or more before the line's day recalls an earlier
# meeting ("Workshop on return⏎Accra, 5 May 2027⏎It builds on the workshop held in Dakar in
# March 2025"): the line then dates the headline's meeting; a story is filed within days
_RECALLED_DAYS = 31


def _long_before(d: DateMention, day: DateMention) -> bool:
    """Whether ``d`` ends a month or more before the one-day mention ``day``."""
    year, month, dom = d.last
    if year is None or day.first[0] is None:
        return False
    last = date(year, month or 12, dom or calendar.monthrange(year, month or 12)[1])
    first = date(*day.first)  # type: ignore[arg-type]
    return (first - last).days >= _RECALLED_DAYS


def _prose_below(text: str, pos: int) -> re.Match[str] | None:
    """The first line of prose (60 characters or more) among the next three lines after
    ``pos``: a share line ("Compartir: Facebook · X") or a photo credit may come between a
    page's "City, date" line and its story."""
    for _ in range(3):
        line = _LINE.search(text, pos)
        if line is None:
            return None
        if line.end() - line.start() >= 60:
            return line
        pos = line.end()
    return None


def _place_and_day(
    found: tuple[int, int, int] | None, dates: list[DateMention], names: list[NameMatch]
) -> NameMatch | None:
    """The known place of a "City, date" line whose date is one whole day, else None."""
    if found is None:
        return None
    place_start, date_start, _line_end = found
    day = next((d for d in dates if d.start == date_start), None)
    if day is None or day.first[2] is None or day.first != day.last:
        return None
    place = next((n for n in names if n.start == place_start), None)
    if place is None or place.first("place") is None:
        return None
    return place


def place_date_foot(text: str, dates: list[DateMention], names: list[NameMatch]) -> Span | None:
    """The story's closing "Dakar, 14 May 2026 (APS)." line, as furniture: where and when it
    was filed, not the meeting's venue and day (see furniture.place_date_foot)."""
    found = furniture.place_date_foot(text)
    place = _place_and_day(found, dates, names)
    return None if found is None or place is None else (place.start, found[2])


def header_dates(
    text: str, dates: list[DateMention], places: list[PlaceMention], kinds: list[KindMention]
) -> list[DateMention]:
    """A day written alone on one of the first lines, or after a source's name ("Ahram
    Online, Tuesday 8 Apr 2025", "04 July 2024" under a headline), with no place and no
    meeting noun on its line, is the page's date, not a meeting's; not under a line that
    names a city, as a calendar's entry does ("Steering Committee (Dakar)" above "3 June
    2025")."""
    # the first four lines are the header; a fifth is read for the title under the fourth
    lines = [m.span() for _, m in zip(range(5), _LINE.finditer(text), strict=False)]
    if not lines:
        return dates
    header_end = lines[min(3, len(lines) - 1)][1]
    marks = [p.start for p in places] + [k.start for k in kinds]
    cities = [p.start for p in places if p.city]
    named = [k.start for k in kinds if k.kind != "other"]  # not a breadcrumb's "meetings"
    starts = [d.start for d in dates]
    out = []
    for d in dates:
        if d.start < header_end and d.role == "meeting" and d.first[2] is not None:
            i = next(i for i, (s, e) in enumerate(lines) if s <= d.start < e)
            line = lines[i]
            # the other dates of the line (by bisection: a line may hold thousands)
            others = bisect_left(starts, lines[i][1]) - bisect_left(starts, lines[i][0]) > 1
            entry = i > 0 and _entry_title(lines[i - 1], cities, named)
            entry = entry or _titled_below(text, lines, i, cities, named)
            entry = entry or ":" in text[lines[i][0] : d.start]  # "Date: 8-10 December"
            # a post's event line: "📅 12 March 2025", "🗓️ 20 mars 2025"
            entry = entry or any(c in _CALENDAR_EMOJI for c in text[lines[i][0] : d.start])
            entry = entry or (i > 0 and _dates_the_headline(d, lines[i - 1], named, dates))
            short = lines[i][1] - lines[i][0] <= _HEADER_LINE  # not a paragraph of prose
            if short and not others and not entry and not any(_on_line(line, m) for m in marks):
                d = dataclasses.replace(d, role="publication")
        out.append(d)
    return out


def not_heading_dates(
    text: str, lines: list[Span], dates: list[DateMention], kinds: list[KindMention]
) -> list[Span]:
    """The posting-day lines less those that date the headline's meeting above them
    (see _dates_the_headline)."""
    out = []
    named = sorted(k.start for k in kinds if k.kind != "other")
    starts = [d.start for d in dates]  # the dates are in text order
    for line in lines:
        above = _line_above(text, line[0])
        i = bisect_left(starts, line[0])
        day = dates[i] if i < len(dates) and dates[i].start < line[1] else None
        if (
            above is None
            or day is None
            or not _dates_the_headline(day, above, named, dates[i + 1 :])
        ):
            out.append(line)
    return out


def _line_above(text: str, pos: int) -> Span | None:
    """The last non-blank line that ends before ``pos``."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _dates_the_headline(
    day: DateMention, above: Span, named: list[int], dates: list[DateMention]
) -> bool:
    """Whether the day under a headline that names a meeting ("Webinar of the Prague
    Process: Digital Tools" above "Tuesday, 8 December 2026, 10:00–12:30") is that
    meeting's: the page dates nothing else after it but earlier meetings it recalls."""
    i = bisect_left(named, above[0])
    if i == len(named) or named[i] >= above[1]:
        return False  # ``named`` is in text order
    return all(_long_before(d, day) for d in dates if d.start > day.end)


# the longest line that may hold a page's date: a source's name and a date, a byline
_HEADER_LINE = 160
_CALENDAR_EMOJI = frozenset("📅📆🗓")


def _titled_below(
    text: str, lines: list[Span], i: int, cities: list[int], nouns: list[int]
) -> bool:
    """Whether the date line ``lines[i]`` has a calendar entry's title right under it (no
    blank line between): "10 February 2026" above "Thematic meeting (Chisinau)" dates
    that entry, not the page."""
    if i + 1 >= len(lines) or text.count("\n", lines[i][1], lines[i + 1][0]) != 1:
        return False
    below = lines[i + 1]
    if text[below[1] - 1] in ".:;,!?":  # a sentence of prose, not a title
        return False
    return _entry_title(below, cities, nouns) or _city_in_brackets(text, below, cities)


def _city_in_brackets(text: str, line: Span, cities: list[int]) -> bool:
    """A longer entry title that ends with its city in brackets ("Thematic meeting on legal
    migration and labour matching (Vienna)"), which no headline does."""
    if line[1] - line[0] > _BRACKETED_TITLE or text[line[1] - 1] != ")":
        return False
    opening = text.rfind("(", line[0], line[1])
    return opening > line[0] and any(opening < c < line[1] for c in cities)


# the longest entry title under a date line when it ends with its city in brackets
_BRACKETED_TITLE = 120


def _entry_title(line: Span, cities: list[int], nouns: list[int]) -> bool:
    """A calendar entry's title line: short, naming a city or a meeting ("Steering
    Committee (Dakar)" above "14/01/2027"; a headline is longer)."""
    if line[1] - line[0] > 60:
        return False
    return any(_on_line(line, c) for c in cities) or any(_on_line(line, n) for n in nouns)


def _on_line(line: Span, pos: int) -> bool:
    """Whether ``pos`` lies on ``line`` (its end included)."""
    return line[0] <= pos <= line[1]
