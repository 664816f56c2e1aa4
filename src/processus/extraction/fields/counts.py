"""How many participants and countries attended, how many recommendations came out."""

from __future__ import annotations

from processus.extraction.counts import CountMention
from processus.extraction.fields.context import FieldContext
from processus.extraction.records import MeetingRecord


def resolve_counts(ctx: FieldContext, record: MeetingRecord) -> None:
    """Each count field from the first count of the spans that gives it."""
    counts: list[CountMention] = ctx.doc.within("counts", ctx.spans)
    for name, rule in _RULES:
        first = next((c for c in counts if c.field == name), None)
        if first is None:
            continue
        setattr(record, name, first.value)
        ctx.add(name, first.start, first.end, rule=rule)
        if name == "participants" and first.qualifier:
            record.participants_qualifier = first.qualifier
            assert first.qualifier_span is not None
            ctx.add("participants_qualifier", *first.qualifier_span, rule="count:qualifier")
        if ctx.doc.explain is not None:
            for c in counts:
                if c.field == name and c is not first:
                    ctx.reject(name, c.start, c.end, f"a later count of {name}: the first counts")


# each count field and the rule that fills it: the first count of the spans
_RULES = (
    ("participants", "count:participants"),
    ("countries_count", "count:countries"),
    ("recommendations", "count:recommendations"),
)
