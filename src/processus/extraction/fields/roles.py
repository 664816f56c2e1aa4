"""Who hosted, chaired and organised the meeting."""

from __future__ import annotations

from processus.extraction.fields.context import FieldContext
from processus.extraction.records import MeetingRecord
from processus.extraction.roles import find_roles, role_lists, unique_names


def resolve_roles(ctx: FieldContext, record: MeetingRecord) -> None:
    """``hosts``, ``chairs`` and ``organisers`` from the role mentions of the spans."""
    doc = ctx.doc
    mentions = []
    for s, e in ctx.spans:
        mentions += find_roles(doc.text, s, e, doc.actors, doc.triggers)
    for role, items in role_lists(mentions).items():
        setattr(record, role, unique_names(items))
        for m in items:
            ctx.add(role, m.actor.start, m.actor.end, m.inferred, m.note)
