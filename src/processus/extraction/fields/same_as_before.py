"""A meeting told as held "the same day" or "in the same city" as the one before it.

Feeds and news pages often date and place a meeting only by the one told just before:
"Le même jour et dans la même ville, un événement parallèle a été organisé …".  Such a
meeting takes the day (or the place) of the last meeting the document dated (or placed)
before the phrase, marked inferred; a meeting that writes its own date or place keeps it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from processus.extraction.document import Document
from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.dates import resolve_date
from processus.extraction.records import MeetingRecord
from processus.extraction.scan import Cues

_SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+day|le\s+même\s+jour|ce\s+même\s+jour|el\s+mismo\s+día|"
    r"lo\s+stesso\s+giorno|(?:n)?o\s+mesmo\s+dia)\b",
    re.IGNORECASE,
)
_SAME_PLACE = re.compile(
    r"\b(?:the\s+same\s+(?:city|town|venue|place)|la\s+même\s+ville|le\s+même\s+lieu|"
    r"la\s+misma\s+ciudad|el\s+mismo\s+lugar|(?:nel)?la\s+stessa\s+città|"
    r"(?:nel)?lo\s+stesso\s+luogo|n?a\s+mesma\s+cidade|n?o\s+mesmo\s+local)\b",
    re.IGNORECASE,
)
# the day before or after the meeting told before: "A Steering Committee meeting was held
# the day before", "le lendemain", "el día anterior", "il giorno dopo", "na véspera"
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:day\s+before|previous\s+day|eve)|la\s+veille|el\s+día\s+anterior|"
    r"la\s+víspera|il\s+giorno\s+(?:prima|precedente)|na\s+véspera|no\s+dia\s+anterior)\b",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    r"\b(?:the\s+(?:day\s+after|next\s+day|following\s+day)|le\s+lendemain|"
    r"(?:el|al)\s+día\s+siguiente|il\s+giorno\s+(?:dopo|seguente|successivo)|"
    r"no\s+dia\s+seguinte)\b",
    re.IGNORECASE,
)
_CUES = Cues(
    exact=("same", "meme", "mismo", "misma", "stesso", "stessa", "mesmo", "mesma", "day", "eve",
           "veille", "lendemain", "dia", "vispera", "giorno", "vespera"),
)  # fmt: skip
SAME_DAY_RULE = "date:the same day as the meeting told before"
SAME_PLACE_RULE = "place:the same place as the meeting told before"


def told_as_same(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says its meeting was held the same day or in the same
    place as one told before."""
    at = _CUES.search_from(doc.text, doc.tokens, start, end)
    if at is None:
        return False
    text = doc.text
    return bool(
        _SAME_DAY.search(text, at, end)
        or _SAME_PLACE.search(text, at, end)
        or _DAY_BEFORE.search(text, at, end)
        or _DAY_AFTER.search(text, at, end)
    )


def resolve_same_as_before(ctx: FieldContext, record: MeetingRecord) -> None:
    """The day and the place of the meeting told before, where the spans say "the same"."""
    if record.start is not None and (record.city or record.country):
        return
    doc = ctx.doc
    for start, end in ctx.spans:
        at = _CUES.search_from(doc.text, doc.tokens, start, end)
        if at is None:
            continue
        shift = _shift(doc.text, at, end)
        if record.start is None and shift is not None:
            _take_day(ctx, record, shift[0], shift[1])
        if not (record.city or record.country):
            place = _SAME_PLACE.search(doc.text, at, end)
            if place is not None:
                _take_place(ctx, record, place.start())
            elif shift is not None and shift[1] != 0:
                _take_place(ctx, record, shift[0])  # the day before, at the same venue


def _shift(text: str, at: int, end: int) -> tuple[int, int] | None:
    """(where the phrase starts, days from the meeting told before) for "the same day"
    (0), "the day before" (-1), "the day after" (1), or None."""
    for pattern, days in ((_SAME_DAY, 0), (_DAY_BEFORE, -1), (_DAY_AFTER, 1)):
        m = pattern.search(text, at, end)
        if m is not None:
            return m.start(), days
    return None


def _take_day(ctx: FieldContext, record: MeetingRecord, pos: int, days: int = 0) -> None:
    doc = ctx.doc
    before = [
        d for d in doc.within("dates", [(0, pos)]) if d.role == "meeting" and d.first[2] is not None
    ]
    if not before:
        return
    told = before[-1]
    start, end, _inferred, _note = resolve_date(doc, told, ctx.passage)
    if start is None:
        return
    if days:
        if len(start) != 10:
            return
        edge = start if days < 0 else (end or start)
        start = end = (date.fromisoformat(edge) + timedelta(days=days)).isoformat()
        when = "before" if days < 0 else "after"
        note = f"the day {when} the meeting told before ('{told.text}')"
    else:
        note = f"the day of the meeting told before ('{told.text}')"
    record.start, record.end = start, end
    for name in ("start", "end"):
        ctx.add(name, told.start, told.end, True, note, SAME_DAY_RULE)


def _take_place(ctx: FieldContext, record: MeetingRecord, pos: int) -> None:
    venues = [v for v in ctx.doc.within("venues", [(0, pos)]) if v.city]
    if not venues:
        return
    told = venues[-1]
    record.city, record.country = told.city, told.country
    note = f"the place of the meeting told before ('{told.text}')"
    ctx.add("city", told.start, told.end, True, note, SAME_PLACE_RULE)
    if told.country:
        ctx.add("country", told.start, told.end, True, note, SAME_PLACE_RULE)
