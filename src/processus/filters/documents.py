"""The documents' query parameters: the list page and its downloads."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from processus.filters.base import (
    ChoiceFilter,
    KeyFilter,
    PageSetting,
    QueryFilterSet,
    TextFilter,
    YearFilter,
)
from processus.kb.models import Document


class DocumentFilterSet(QueryFilterSet):
    q = TextFilter(method="filter_text", max_length=200)
    kind = ChoiceFilter(choices=Document.Kind.choices)
    language = KeyFilter()
    year = YearFilter(field_name="document_date__year")
    page = PageSetting()

    class Meta:
        model = Document
        fields: list[str] = []

    def filter_text(
        self, queryset: QuerySet[Document], name: str, value: str
    ) -> QuerySet[Document]:
        return queryset.filter(Q(title__icontains=value) | Q(original_name__icontains=value))

    @property
    def page_number(self) -> int | None:
        number = self.setting("page")
        return int(number) if number is not None else None
