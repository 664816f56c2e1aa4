"""The meetings' query parameters: the list page, its CSV and JSON downloads, and the API.

Status is the one as of today (:meth:`~processus.kb.models.Meeting.status_on`), not
the one the sources stated when they were written: the queryset must carry the
``status_now`` annotation (:meth:`MeetingQuerySet.with_current_status`), which
:meth:`MeetingFilterSet.filter_status` adds when it is missing.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from processus.filters.base import (
    ChoiceFilter,
    ChoiceSetting,
    IdFilter,
    KeyFilter,
    PageSetting,
    PartialDateFilter,
    QueryFilterSet,
    TextFilter,
    YearFilter,
)
from processus.kb.models import Area, Meeting, MeetingLink, MeetingRole, Objective
from processus.kb.models.meetings import MeetingFormat, MeetingKind, MeetingStatus

SORTS: dict[str, tuple[Promise, list[Any]]] = {
    "-date": (_("newest first"), [F("start").desc(nulls_last=True), "title", "pk"]),
    "date": (_("oldest first"), [F("start").asc(nulls_last=True), "title", "pk"]),
    "title": (_("title"), ["title", "pk"]),
    "country": (_("country"), [F("country__name").asc(nulls_last=True), "-start", "pk"]),
    "-participants": (
        _("most participants"),
        [F("participants").desc(nulls_last=True), "-start", "pk"],
    ),
}
DEFAULT_SORT = "-date"
#: Facets with many values (every country, organisation): the list shows the most
#: frequent ones until the visitor asks for all of them (``?all=host``).
LARGE_FACETS = ("country", "host", "chair", "organiser")

ROLE_FILTERS = {
    "host": MeetingRole.Role.HOST,
    "chair": MeetingRole.Role.CHAIR,
    "organiser": MeetingRole.Role.ORGANISER,
}


def _role(queryset: QuerySet[Meeting], name: str, value: str) -> QuerySet[Meeting]:
    roles = MeetingRole.objects.filter(
        meeting_id=OuterRef("pk"), role=ROLE_FILTERS[name], actor__key=value
    )
    return queryset.filter(Exists(roles))


class MeetingFilterSet(QueryFilterSet):
    q = TextFilter(method="filter_text", max_length=200)
    dialogue = KeyFilter(method="filter_dialogue")
    year = YearFilter(field_name="start__year")
    since = PartialDateFilter(field_name="start", lookup_expr="gte")
    until = PartialDateFilter(field_name="start", lookup_expr="lte", period_end=True)
    kind = ChoiceFilter(choices=MeetingKind.choices)
    country = KeyFilter(field_name="country__key")
    actor = KeyFilter(method="filter_actor")
    role = ChoiceSetting(choices=[(name, name) for name in ROLE_FILTERS])
    host = KeyFilter(method=_role)
    chair = KeyFilter(method=_role)
    organiser = KeyFilter(method=_role)
    area = IdFilter(model=Area, method="filter_area")
    objective = IdFilter(model=Objective, method="filter_objective")
    format = ChoiceFilter(choices=MeetingFormat.choices)
    status = ChoiceFilter(choices=MeetingStatus.choices, method="filter_status")
    sort = ChoiceSetting(choices=[(key, label) for key, (label, _order) in SORTS.items()])
    all = ChoiceSetting(choices=[(name, name) for name in LARGE_FACETS])
    page = PageSetting()

    class Meta:
        model = Meeting
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet[Meeting], name: str, value: str) -> QuerySet[Meeting]:
        return queryset.filter(Q(title__icontains=value) | Q(city__icontains=value))

    def filter_actor(self, queryset: QuerySet[Meeting], name: str, value: str) -> QuerySet[Meeting]:
        """Meetings the actor hosted, chaired or organised; only in the ``role`` given, if any."""
        roles = MeetingRole.objects.filter(meeting_id=OuterRef("pk"), actor__key=value)
        role = self.setting("role")
        if role:
            roles = roles.filter(role=ROLE_FILTERS[role])
        return queryset.filter(Exists(roles))

    def filter_dialogue(
        self, queryset: QuerySet[Meeting], name: str, value: str
    ) -> QuerySet[Meeting]:
        through = Meeting.dialogues.through
        return queryset.filter(
            Exists(through.objects.filter(meeting_id=OuterRef("pk"), dialogue__key=value))
        )

    def filter_area(self, queryset: QuerySet[Meeting], name: str, value: int) -> QuerySet[Meeting]:
        links = MeetingLink.objects.filter(meeting_id=OuterRef("pk")).filter(
            Q(area_id=value) | Q(objective__area_id=value) | Q(action__objective__area_id=value)
        )
        return queryset.filter(Exists(links))

    def filter_objective(
        self, queryset: QuerySet[Meeting], name: str, value: int
    ) -> QuerySet[Meeting]:
        links = MeetingLink.objects.filter(meeting_id=OuterRef("pk")).filter(
            Q(objective_id=value) | Q(action__objective_id=value)
        )
        return queryset.filter(Exists(links))

    def filter_status(
        self, queryset: QuerySet[Meeting], name: str, value: str
    ) -> QuerySet[Meeting]:
        if "status_now" not in queryset.query.annotations:
            queryset = Meeting.objects.with_current_status().filter(pk__in=queryset.values("pk"))
        return queryset.filter(Q(status_now=value))

    @property
    def sort_key(self) -> str:
        return str(self.setting("sort", DEFAULT_SORT))

    @property
    def show_all(self) -> str:
        return str(self.setting("all", ""))

    @property
    def page_number(self) -> int | None:
        number = self.setting("page")
        return int(number) if number is not None else None

    def query_items(self) -> list[tuple[str, str]]:
        """The filters as query-string pairs (for download links)."""
        items = list(self.values.items())
        if self.sort_key != DEFAULT_SORT:
            items.append(("sort", self.sort_key))
        return items
