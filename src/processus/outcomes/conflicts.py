"""A meeting's stated number of recommendations against the items it has.

Extraction reads a count ("the event produced 14 recommendations", "five policy
takeaways emerged") into ``Meeting.recommendations``; outcome documents give the
items themselves. Where both exist they should agree. Since the count reads
takeaways as recommendations too, it agrees when it equals the recommendation
items, the takeaway items, or both together; otherwise the meeting has a conflict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count

from processus.kb.models import Meeting, Outcome

COUNTED_KINDS = (Outcome.Kind.RECOMMENDATION, Outcome.Kind.TAKEAWAY)


@dataclass(frozen=True)
class CountConflict:
    """The count a meeting states and the items it has, which do not agree."""

    meeting_id: int
    stated: int
    recommendations: int
    takeaways: int

    @property
    def items(self) -> int:
        return self.recommendations + self.takeaways


def _agrees(stated: int, recommendations: int, takeaways: int) -> bool:
    return stated in {recommendations, takeaways, recommendations + takeaways} - {0}


def count_conflicts(meeting_ids: Iterable[int] | None = None) -> dict[int, CountConflict]:
    """The meetings (all, or those of ``meeting_ids``) whose count and items disagree."""
    outcomes = Outcome.objects.filter(kind__in=COUNTED_KINDS)
    meetings = Meeting.objects.filter(recommendations__isnull=False)
    if meeting_ids is not None:
        ids = list(meeting_ids)
        outcomes = outcomes.filter(meeting_id__in=ids)
        meetings = meetings.filter(pk__in=ids)
    counts: Counter[tuple[int, str]] = Counter()
    for row in outcomes.values("meeting_id", "kind").annotate(n=Count("pk")):
        counts[(row["meeting_id"], row["kind"])] = row["n"]
    conflicts = {}
    for meeting_id, stated in meetings.values_list("pk", "recommendations"):
        recommendations = counts[(meeting_id, Outcome.Kind.RECOMMENDATION)]
        takeaways = counts[(meeting_id, Outcome.Kind.TAKEAWAY)]
        if stated is None:
            continue
        if recommendations + takeaways and not _agrees(stated, recommendations, takeaways):
            conflicts[meeting_id] = CountConflict(meeting_id, stated, recommendations, takeaways)
    return conflicts


def count_conflict(meeting: Meeting) -> CountConflict | None:
    """The conflict of one meeting, or None when its count and items agree or one is missing."""
    return count_conflicts([meeting.pk]).get(meeting.pk)
