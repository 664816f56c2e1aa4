"""The search's query parameters: the words, the meeting filters, how many results and
how they are ranked (the ``/search`` page, ``/search.json`` and ``processus search``).

Documents and passages pass when they describe a meeting the filters keep (see
:meth:`processus.search.engine.Filters.allowed`).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from processus.filters.base import (
    ChoiceFilter,
    ChoiceSetting,
    IdFilter,
    KeyFilter,
    QueryFilterSet,
    Setting,
    TextSetting,
    YearFilter,
)
from processus.filters.fields import IdField
from processus.kb.models import Area, Meeting
from processus.kb.models.meetings import MeetingKind

MAX_LIMIT = 100
MODES = ("auto", "lexical", "semantic", "hybrid")
#: The longest query read; a longer one is refused (a question fits well within it).
MAX_QUERY_LENGTH = 1000


class LimitSetting(Setting):
    """How many results: 1 to :data:`MAX_LIMIT`."""

    field_class = IdField


class SearchFilterSet(QueryFilterSet):
    q = TextSetting(max_length=MAX_QUERY_LENGTH)
    dialogue = KeyFilter(field_name="dialogues__key")
    year = YearFilter(field_name="start__year")
    kind = ChoiceFilter(choices=MeetingKind.choices)
    country = KeyFilter(method="filter_country")
    area = IdFilter(model=Area, method="filter_area")
    limit = LimitSetting(model=Meeting, max_value=MAX_LIMIT)
    mode = ChoiceSetting(choices=[(mode, mode) for mode in MODES])

    class Meta:
        model = Meeting
        fields: list[str] = []

    def filter_country(
        self, queryset: QuerySet[Meeting], name: str, value: str
    ) -> QuerySet[Meeting]:
        """A country's key (``ma``) or its ISO code (``MA``)."""
        return queryset.filter(Q(country__key=value.lower()) | Q(country__iso_code=value.upper()))

    def filter_area(self, queryset: QuerySet[Meeting], name: str, value: int) -> QuerySet[Meeting]:
        return queryset.filter(
            Q(links__area_id=value)
            | Q(links__objective__area_id=value)
            | Q(links__action__objective__area_id=value)
        )
