"""A meeting told as held "the same day" or "in the same city" as the one before it.

Feeds and news pages often date and place a meeting only by the one told just before:
"Le même jour et dans la même ville, un événement parallèle a été organisé …".  Such a
meeting takes the day (or the place) of the last meeting the document dated (or placed)
before the phrase, marked inferred; a meeting that writes its own date or place keeps it.
"""

from __future__ import annotations

import re

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
_CUES = Cues(exact=("same", "meme", "mismo", "misma", "stesso", "stessa", "mesmo", "mesma"))
SAME_DAY_RULE = "date:the same day as the meeting told before"
SAME_PLACE_RULE = "place:the same place as the meeting told before"


def told_as_same(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says its meeting was held the same day or in the same
    place as one told before."""
    at = _CUES.search_from(doc.text, doc.tokens, start, end)
    if at is None:
        return False
    text = doc.text
    return bool(_SAME_DAY.search(text, at, end) or _SAME_PLACE.search(text, at, end))


def resolve_same_as_before(ctx: FieldContext, record: MeetingRecord) -> None:
    """The day and the place of the meeting told before, where the spans say "the same"."""
    if record.start is not None and (record.city or record.country):
        return
    doc = ctx.doc
    for start, end in ctx.spans:
        at = _CUES.search_from(doc.text, doc.tokens, start, end)
        if at is None:
            continue
        if record.start is None and (day := _SAME_DAY.search(doc.text, at, end)) is not None:
            _take_day(ctx, record, day.start())
        if not (record.city or record.country):
            place = _SAME_PLACE.search(doc.text, at, end)
            if place is not None:
                _take_place(ctx, record, place.start())


def _take_day(ctx: FieldContext, record: MeetingRecord, pos: int) -> None:
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
    record.start, record.end = start, end
    note = f"the day of the meeting told before ('{told.text}')"
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
