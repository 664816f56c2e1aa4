"""The tracker's query parameters (page, CSV and JSON alike), on the shared filter layer."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from processus.filters.base import (
    ChoiceFilter,
    IdFilter,
    KeyFilter,
    PageSetting,
    QueryFilterSet,
    TextFilter,
)
from processus.kb.models import Meeting, MeetingRole, Objective, Outcome
from processus.outcomes.models import SuggestedObjective


class OutcomeFilterSet(QueryFilterSet):
    q = TextFilter(method="filter_text", max_length=200)
    dialogue = KeyFilter(method="filter_dialogue")
    objective = IdFilter(model=Objective, method="filter_objective")
    country = KeyFilter(method="filter_country")
    status = ChoiceFilter(choices=Outcome.FollowUp.choices, field_name="follow_up_status")
    kind = ChoiceFilter(choices=Outcome.Kind.choices)
    meeting = IdFilter(model=Meeting, field_name="meeting_id")
    page = PageSetting()

    class Meta:
        model = Outcome
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet[Outcome], name: str, value: str) -> QuerySet[Outcome]:
        return queryset.filter(
            Q(text__icontains=value)
            | Q(meeting__title__icontains=value)
            | Q(tracking__owner__icontains=value)
        )

    def filter_dialogue(
        self, queryset: QuerySet[Outcome], name: str, value: str
    ) -> QuerySet[Outcome]:
        through = Meeting.dialogues.through
        return queryset.filter(
            Exists(through.objects.filter(meeting_id=OuterRef("meeting_id"), dialogue__key=value))
        )

    def filter_objective(
        self, queryset: QuerySet[Outcome], name: str, value: int
    ) -> QuerySet[Outcome]:
        suggested = SuggestedObjective.objects.filter(
            tracking_id=OuterRef("pk"), objective_id=value
        )
        return queryset.filter(Exists(suggested))

    def filter_country(
        self, queryset: QuerySet[Outcome], name: str, value: str
    ) -> QuerySet[Outcome]:
        """Outcomes of meetings held in the country, or that it hosted or chaired."""
        roles = MeetingRole.objects.filter(
            meeting_id=OuterRef("meeting_id"),
            actor__key=value,
            role__in=[MeetingRole.Role.HOST, MeetingRole.Role.CHAIR],
        )
        return queryset.filter(Q(meeting__country__key=value) | Exists(roles))

    @property
    def page_number(self) -> int | None:
        number = self.setting("page")
        return int(number) if number is not None else None

    def query_items(self) -> list[tuple[str, str]]:
        """The filters in use as query-string pairs (for download links)."""
        return list(self.values.items())
