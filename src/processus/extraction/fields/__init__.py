"""Per-field resolvers: how one meeting record is filled from its passage.

Each module fills one family of fields of a :class:`~processus.extraction.records.MeetingRecord`
from the mentions inside the record's own spans, reading one shared
:class:`~processus.extraction.fields.context.FieldContext` and adding evidence for every
value it sets.  :data:`RESOLVERS` runs them in the order their evidence is written: a
later resolver may read what an earlier one set (the title decides the themes, the kind
decides whether the meeting is shared by two dialogues).
"""

from __future__ import annotations

from collections.abc import Callable

from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.counts import resolve_counts
from processus.extraction.fields.dates import resolve_dates
from processus.extraction.fields.deadline import resolve_deadline
from processus.extraction.fields.dialogues import resolve_dialogues
from processus.extraction.fields.format import resolve_format
from processus.extraction.fields.kind import resolve_kind
from processus.extraction.fields.place import resolve_place
from processus.extraction.fields.rejected import resolve_rejected
from processus.extraction.fields.roles import resolve_roles
from processus.extraction.fields.same_as_before import resolve_same_as_before
from processus.extraction.fields.themes import resolve_themes
from processus.extraction.fields.title import resolve_title
from processus.extraction.records import MeetingRecord

Resolver = Callable[[FieldContext, MeetingRecord], None]

#: The resolvers in the order they run (and their evidence is written).
RESOLVERS: tuple[Resolver, ...] = (
    resolve_kind,
    resolve_title,
    resolve_dates,
    resolve_deadline,
    resolve_place,
    resolve_same_as_before,
    resolve_roles,
    resolve_counts,
    resolve_format,
    resolve_themes,
    resolve_dialogues,
    resolve_rejected,
)

__all__ = ["RESOLVERS", "FieldContext", "Resolver"]
