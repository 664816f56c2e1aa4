"""The coverage page's query parameters: a span of years, or a chairmanship."""

from __future__ import annotations

from processus.filters.base import IdSetting, QueryFilterSet, YearSetting
from processus.kb.models import Chairmanship


class CoverageFilterSet(QueryFilterSet):
    """Settings only: the page computes coverage for the period they describe."""

    chair = IdSetting(model=Chairmanship)

    class Meta:
        model = Chairmanship
        fields: list[str] = []


# ``from`` is a Python keyword, so the two years cannot be declared in the class body.
CoverageFilterSet.base_filters["from"] = YearSetting(field_name="from")
CoverageFilterSet.base_filters["to"] = YearSetting(field_name="to")
