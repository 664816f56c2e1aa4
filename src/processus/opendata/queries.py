"""The meetings each feed and calendar shows, read through the one filter layer.

Every list here is a :class:`~processus.filters.meetings.MeetingFilterSet` query, so
``/meetings.ics?dialogue=…&country=…`` takes exactly the parameters (and refuses
exactly the values) the meetings page and its downloads do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import F, Prefetch, QuerySet

from processus.filters.meetings import MeetingFilterSet
from processus.kb.models import Meeting, MeetingRole
from processus.kb.models.meetings import MeetingStatus

#: How many entries an Atom feed carries (readers keep what they have already seen).
FEED_LENGTH = 50


def with_related(queryset: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """What an event or a feed entry shows: the country, the dialogues and the roles."""
    roles = MeetingRole.objects.select_related("actor").order_by("role", "position", "pk")
    return queryset.select_related("country").prefetch_related(
        "dialogues", Prefetch("roles", queryset=roles)
    )


def filtered_meetings(query: Mapping[str, Any]) -> QuerySet[Meeting]:
    """The meetings ``query`` keeps; :class:`~processus.filters.BadQuery` names a bad parameter."""
    filters = MeetingFilterSet.from_query(query)
    return filters.filter_queryset(Meeting.objects.with_current_status())


def calendar_meetings(query: Mapping[str, Any]) -> QuerySet[Meeting]:
    """A calendar's meetings, oldest first (calendar readers do not care, diffs do)."""
    return with_related(filtered_meetings(query)).order_by(F("start").asc(nulls_last=True), "pk")


def changed_meetings(dialogue: str = "") -> QuerySet[Meeting]:
    """The most recently created or changed meetings, newest change first.

    ``Meeting.updated`` moves on every write of the record (ingestion, an editor's
    correction, a merge), so it is the change log a reader needs: which meetings to
    look at again.
    """
    query = {"dialogue": dialogue} if dialogue else {}
    return with_related(filtered_meetings(query)).order_by("-updated", "-pk")[:FEED_LENGTH]


def upcoming_meetings(dialogue: str = "") -> QuerySet[Meeting]:
    """Meetings not over yet (read at their dates' precision, cancelled ones left out),
    soonest first."""
    query = {"status": MeetingStatus.UPCOMING.value}
    if dialogue:
        query["dialogue"] = dialogue
    return with_related(filtered_meetings(query)).order_by(F("start").asc(nulls_last=True), "pk")[
        :FEED_LENGTH
    ]
