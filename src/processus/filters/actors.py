"""The actors' query parameters: the list page and its downloads."""

from __future__ import annotations

from processus.filters.base import ChoiceFilter, QueryFilterSet
from processus.kb.models import Actor, ActorKind


class ActorFilterSet(QueryFilterSet):
    kind = ChoiceFilter(choices=ActorKind.choices)

    class Meta:
        model = Actor
        fields: list[str] = []
