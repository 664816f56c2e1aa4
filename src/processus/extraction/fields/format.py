"""Whether the meeting was held in person, online or both."""

from __future__ import annotations

from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.dates import same_date
from processus.extraction.kinds import FormatMention
from processus.extraction.records import MeetingRecord


def resolve_format(ctx: FieldContext, record: MeetingRecord) -> None:
    """``format`` from the first format word of the spans whose sentence names one format
    (or a hybrid one and its parts); sentences that list several formats are ignored."""
    formats: list[FormatMention] = ctx.doc.within("formats", ctx.spans)
    for f in formats:
        sentence = next((s for s in ctx.sentence_spans if s[0] <= f.start < s[1]), None)
        if sentence is not None and _dates_another(ctx, sentence):
            continue  # "Online follow-up session on 12 March 2024": another session's format
        if sentence is not None:
            others = {g.format for g in formats if sentence[0] <= g.start < sentence[1]}
            # "a hybrid format: some delegations joined by videoconference" is hybrid; a
            # sentence that offers every format ("virtual, hybrid or in person") says nothing
            if len(others) > 2 or (len(others) == 2 and "hybrid" not in others):
                continue
            if len(others) == 2 and f.format != "hybrid":
                continue
        record.format = f.format
        ctx.add("format", f.start, f.end, rule="format:format word")
        break


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
