"""Whether the meeting was held in person, online or both."""

from __future__ import annotations

import re

from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.dates import same_date
from processus.extraction.formats import FormatMention
from processus.extraction.records import MeetingRecord


def resolve_format(ctx: FieldContext, record: MeetingRecord) -> None:
    """``format`` from the first format word of the spans whose sentence names one format
    (or a hybrid one and its parts); sentences that list several formats are ignored."""
    formats: list[FormatMention] = ctx.doc.within("formats", ctx.spans)
    for f in formats:
        sentence = next((s for s in ctx.sentence_spans if s[0] <= f.start < s[1]), None)
        if sentence is not None and _dates_another(ctx, sentence):
            continue  # "Online follow-up session on 12 March 2024": another session's format
        if sentence is not None and _both_ways(ctx.doc.text, formats, sentence):
            # "38 attended in person and 12 online", "en présentiel et en ligne",
            # "presencial y virtual": the meeting was hybrid
            record.format = "hybrid"
            ctx.add("format", f.start, f.end, rule="format:in person and online")
            break
        if sentence is not None and not _one_format(formats, sentence, f):
            continue
        if f.format == "virtual" and record.city and _attended_so(ctx.doc.text, f.start):
            continue  # "The Minister joined online the meeting held in Rabat": one guest's way
        record.format = f.format
        ctx.add("format", f.start, f.end, rule="format:format word")
        if f.format == "virtual":
            _drop_remote_place(ctx, record)
        break


# one participant's way of taking part in a meeting held in a place: "joined online",
# "participated virtually", "took part by videoconference", "a participé à distance",
# "participó por videoconferencia", "ha partecipato in videoconferenza", "participou por
# videoconferência"
_ATTENDED_BEFORE = re.compile(
    r"\b(?:joined|participated|took\s+part|attended|connected|spoke|intervened|contributed|"
    r"(?:a|ont)\s+(?:participé|pris\s+part)|(?:est|sont)\s+intervenu\w*|participó|"
    r"participaron|intervino|(?:ha|hanno)\s+(?:partecipato|preso\s+parte)|"
    r"(?:è|sono)\s+intervenut\w|participou|participaram|interveio)"
    r"\s+(?:(?:by|via|through|par|por|per|in|em|através\s+de)\s+)?\Z",
    re.I,
)


def _attended_so(text: str, start: int) -> bool:
    return _ATTENDED_BEFORE.search(text, max(0, start - 40), start) is not None


# where people connected from, or an organiser worked from, is no venue of a meeting held
# online: "with members connecting from Brussels", "organised by ICMPD from Vienna", "from
# its Vienna headquarters", "depuis Bruxelles", "desde Madrid"
_FROM_BEFORE = re.compile(
    r"\b(?:from|depuis|desde|a\s+partir\s+de)\s+(?:its\s+|their\s+|the\s+)?\Z", re.I
)


def _drop_remote_place(ctx: FieldContext, record: MeetingRecord) -> None:
    """An online meeting's city that the text writes only as where someone was ("from
    Vienna") is no venue: the place is dropped with its evidence."""
    place = [e for e in ctx.evidence if e.field in ("city", "country")]
    if not place or not record.city:
        return
    first = place[0]
    text = ctx.doc.text
    if _FROM_BEFORE.search(text, max(0, first.start - 20), first.start) is None:
        return
    record.city = record.country = None
    ctx.evidence[:] = [e for e in ctx.evidence if e.field not in ("city", "country")]
    if ctx.doc.explain is not None:
        ctx.reject(
            "city",
            first.start,
            first.end,
            "where people connected from: the meeting was held online",
        )


def _one_format(formats: list[FormatMention], sentence: tuple[int, int], f: FormatMention) -> bool:
    """Whether ``f`` is the one format its sentence gives: "a hybrid format: some
    delegations joined by videoconference" and "in a hybrid format: delegations may attend
    in person or connect online" are hybrid (the hybrid word first, then its parts); a
    sentence that offers every format ("virtual, hybrid or in person") says nothing."""
    inside = [g for g in formats if sentence[0] <= g.start < sentence[1]]
    others = {g.format for g in inside}
    if len(others) == 1:
        return True
    if "hybrid" not in others or f.format != "hybrid":
        return False
    return len(others) == 2 or inside[0].format == "hybrid"


def _both_ways(text: str, formats: list[FormatMention], sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` gives the two ways of one meeting, in person and at a distance,
    and no hybrid word: the meeting was hybrid; not the formats of many meetings ("over the
    period the partners met in person, online and in mixed formats")."""
    inside = {g.format for g in formats if sentence[0] <= g.start < sentence[1]}
    return inside == {"in_person", "virtual"} and not _MANY_FORMATS.search(text, *sentence)


_MANY_FORMATS = re.compile(r"\b(?:formats|formatos|formati|mixed|mixtes?)\b", re.IGNORECASE)


def _dates_another(ctx: FieldContext, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` dates a meeting other than the record's, and not the record's
    own: its format word is that meeting's."""
    anchors = ctx.anchors
    if not anchors or any(sentence[0] <= a.start < sentence[1] for a in anchors):
        return False
    return any(
        d.role == "meeting" and d.first[1] is not None and not any(same_date(d, a) for a in anchors)
        for d in ctx.doc.within("dates", [sentence])
    )
