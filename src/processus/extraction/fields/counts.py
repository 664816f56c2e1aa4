"""How many participants and countries attended, how many recommendations came out."""

from __future__ import annotations

from processus.extraction.counts import CountMention
from processus.extraction.fields.context import FieldContext
from processus.extraction.records import MeetingRecord


def resolve_counts(ctx: FieldContext, record: MeetingRecord) -> None:
    """Each count field from the first count of the spans that gives it."""
    counts: list[CountMention] = ctx.doc.within("counts", ctx.spans)
    for name in ("participants", "countries_count", "recommendations"):
        first = next((c for c in counts if c.field == name), None)
        if first is None:
            continue
        setattr(record, name, first.value)
        ctx.add(name, first.start, first.end)
        if name == "participants" and first.qualifier:
            record.participants_qualifier = first.qualifier
            assert first.qualifier_span is not None
            ctx.add("participants_qualifier", *first.qualifier_span)
