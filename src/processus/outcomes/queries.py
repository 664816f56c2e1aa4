"""What the tracker reads: the filtered outcomes, their rows for downloads, the filter choices."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.translation import get_language, gettext

from processus.kb.models import Actor, Dialogue, Meeting, MeetingRole, Objective, Outcome
from processus.outcomes.filters import OutcomeFilterSet
from processus.outcomes.models import SuggestedObjective

#: The keys of one outcome in the CSV and JSON downloads, in order.
COLUMNS = (
    "id",
    "meeting_id",
    "meeting",
    "meeting_start",
    "kind",
    "number",
    "text",
    "status",
    "owner",
    "note",
    "objectives",
    "document_id",
    "span_start",
    "span_end",
    "extracted",
    "url",
)


def filtered_outcomes(filters: OutcomeFilterSet) -> QuerySet[Outcome]:
    """The outcomes the filters keep, by meeting date (newest first), kind and number."""
    suggestions = SuggestedObjective.objects.select_related("objective__framework").order_by(
        "objective__position", "objective__number"
    )
    queryset = Outcome.objects.select_related("meeting", "tracking", "document").prefetch_related(
        Prefetch("tracking__suggestions", queryset=suggestions)
    )
    return filters.filter_queryset(queryset).order_by(
        "-meeting__start", "meeting_id", "kind", "number", "pk"
    )


def _tracking(outcome: Outcome) -> Any:
    return getattr(outcome, "tracking", None)


def objective_labels(outcome: Outcome) -> list[str]:
    """The suggested objectives as '<plan key> objective <number>'."""
    tracking = _tracking(outcome)
    if tracking is None:
        return []
    return [
        f"{s.objective.framework.key} objective {s.objective.number}"
        for s in tracking.suggestions.all()
    ]


def outcome_rows(queryset: QuerySet[Outcome]) -> Iterator[dict[str, Any]]:
    """One dict per outcome with the keys of :data:`COLUMNS`."""
    for outcome in queryset:
        tracking = _tracking(outcome)
        meeting = outcome.meeting
        yield {
            "id": outcome.pk,
            "meeting_id": meeting.pk,
            "meeting": meeting.title,
            "meeting_start": meeting.start.isoformat() if meeting.start else None,
            "kind": outcome.kind,
            "number": outcome.number,
            "text": outcome.text,
            "status": outcome.follow_up_status,
            "owner": tracking.owner if tracking else "",
            "note": tracking.note if tracking else "",
            "objectives": objective_labels(outcome),
            "document_id": outcome.document_id,
            "span_start": tracking.start if tracking else None,
            "span_end": tracking.end if tracking else None,
            "extracted": bool(tracking and tracking.extracted),
            "url": reverse("outcomes:tracker") + f"?meeting={meeting.pk}#outcome-{outcome.pk}",
        }


def objective_choices() -> list[tuple[int, str]]:
    """(id, "<plan name> · objective <number>") of the objectives some outcome suggests,
    the plan named in the page's language."""
    french = (get_language() or "").startswith("fr")
    word = gettext("objective")
    objectives = (
        Objective.objects.filter(outcome_trackings__isnull=False)
        .select_related("framework")
        .distinct()
        .order_by("framework__period_start", "position", "number")
    )
    return [
        (
            o.pk,
            f"{(o.framework.name_fr if french else '') or o.framework.name} · {word} {o.number}",
        )
        for o in objectives
    ]


def filter_choices() -> dict[str, Any]:
    """The values the tracker's filters offer: those that have outcomes."""
    with_outcomes = Meeting.objects.filter(outcomes__isnull=False)
    return {
        "dialogues": list(
            Dialogue.objects.filter(meetings__in=with_outcomes)
            .distinct()
            .order_by("name")
            .values_list("key", "name")
        ),
        "objectives": objective_choices(),
        "countries": list(
            Actor.objects.filter(kind="country")
            .filter(
                Q(meetings_held__in=with_outcomes)
                | Q(
                    meeting_roles__meeting__in=with_outcomes,
                    meeting_roles__role__in=[MeetingRole.Role.HOST, MeetingRole.Role.CHAIR],
                )
            )
            .distinct()
            .order_by("name")
            .values_list("key", "name")
        ),
        "statuses": Outcome.FollowUp.choices,
        "kinds": Outcome.Kind.choices,
    }
