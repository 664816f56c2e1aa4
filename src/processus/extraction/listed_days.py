"""Several meetings of one kind listed by their days: one record per day.

"two webinars held on 3 and 17 February 2021", "les ateliers des 4 et 18 mars", "two
webinars were held on 3 February and on 17 February 2021": a plural meeting noun dated
by days joined by "and" names one meeting a day.  A singular noun ("the meeting was held
on 3 and 4 May") or a range ("from 3 to 5 May") is one meeting over those days, and a
list whose days follow one another ("the workshops on 3 and 4 May") may be one meeting
of two sessions: only days apart make several meetings.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from itertools import pairwise

from processus.extraction.date_parts import format_part
from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span
from processus.extraction.records import Evidence, MeetingRecord
from processus.extraction.written_numbers import number_words

LISTED_DAYS_RULE = "enumeration:one meeting per listed day"
# a number of meetings said with the noun: "two webinars", "deux ateliers", "dos talleres"
_COUNTED = re.compile(
    r"\b(?:" + "|".join(number_words(2, 4)) + r"|[2-9])\s+(?:[\w'’-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
# days joined by "and" inside one mention: "3 and 17 February", "les 4 et 18 mars"
_JOINED = re.compile(r"\b\d{1,2}(?:er|º|°)?\s*(?:,\s*\d{1,2}\s*)*(?:and|et|y|e|&)\s+\d{1,2}\b")
_DAY = re.compile(r"\b(\d{1,2})(?:er|º|°)?\b")
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:and|et|y|e|ed)\s+(?:on\s+|le\s+|el\s+|il\s+|em\s+)?\Z")
_REACH = 80  # characters between the noun and its first date


def listed_days(
    doc: Document, record: MeetingRecord, noun: Evidence, sentence: Span, plural: bool
) -> list[MeetingRecord] | None:
    """One record per day of a plural noun's listed days, the first being ``record``'s
    own; None when the sentence lists no days apart."""
    if not plural:
        return None
    dates = [
        d
        for d in doc.within("dates", [(noun.end, sentence[1])])
        if d.role == "meeting" and d.first[2] is not None
    ]
    if not dates or dates[0].start - noun.end > _REACH:
        return None
    days = _days_of(doc.text, dates)
    if days is None or len(days) < 2 or not _apart(days):
        return None
    if len(days) == 2 and not _COUNTED.search(doc.text, max(0, noun.start - 30), noun.start):
        return None  # "the workshops on 3 and 17 May": two only when counted
    return [_on_day(doc.text, record, day, span) for day, span in days]


def _days_of(text: str, dates: list[DateMention]) -> list[tuple[date, Span]] | None:
    """The days listed: those of one mention joined by "and", else the one-day mentions
    joined by "and" ("on 3 February and on 17 February 2021")."""
    first = dates[0]
    if _JOINED.search(text, first.start, first.end) and first.first[0] is not None:
        year, month = first.first[0], first.first[1]
        assert month is not None
        numbers = [int(m.group(1)) for m in _DAY.finditer(text, first.start, first.end)]
        days = [n for n in numbers if 1 <= n <= 31 and n != year]
        try:
            return [(date(year, month, d), (first.start, first.end)) for d in days]
        except ValueError:
            return None
    run = [first]
    for nxt in dates[1:]:
        if not _BETWEEN.match(text, run[-1].end, nxt.start) or nxt.first != nxt.last:
            break
        run.append(nxt)
    if len(run) < 2 or first.first != first.last or any(d.first[0] is None for d in run):
        return None
    return [(date(*d.first), (d.start, d.end)) for d in run]  # type: ignore[arg-type]


def _apart(days: list[tuple[date, Span]]) -> bool:
    """No two listed days follow one another: days in a row may be one meeting's."""
    ordered = sorted(day for day, _span in days)
    return all((b - a).days > 1 for a, b in pairwise(ordered))


def _on_day(text: str, record: MeetingRecord, day: date, span: Span) -> MeetingRecord:
    """A copy of ``record`` held on ``day`` alone."""
    one = copy.deepcopy(record)
    one.start = one.end = format_part((day.year, day.month, day.day))
    one.evidence = [e for e in one.evidence if e.field not in ("start", "end")]
    for name in ("start", "end"):
        one.evidence.append(
            Evidence(name, span[0], span[1], text[span[0] : span[1]], rule=LISTED_DAYS_RULE)
        )
    return one
