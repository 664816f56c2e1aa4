"""Whether the meeting was held in person, online or both."""

from __future__ import annotations

from processus.extraction.fields.context import FieldContext
from processus.extraction.kinds import FormatMention
from processus.extraction.records import MeetingRecord


def resolve_format(ctx: FieldContext, record: MeetingRecord) -> None:
    """``format`` from the first format word of the spans whose sentence names one format
    (or a hybrid one and its parts); sentences that list several formats are ignored."""
    formats: list[FormatMention] = ctx.doc.within("formats", ctx.spans)
    for f in formats:
        sentence = next((s for s in ctx.sentence_spans if s[0] <= f.start < s[1]), None)
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
