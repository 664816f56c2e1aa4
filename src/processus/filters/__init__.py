"""One filter layer: every query parameter of every page, download and API endpoint is
read here, validated, and turned into a queryset filter.

Each list has its :class:`~processus.filters.base.QueryFilterSet` (a django-filter
``FilterSet``). A parameter that cannot be right raises
:class:`~processus.filters.base.BadQuery` naming it (the web answers 400); a choice the
site does not offer is dropped; a parameter no page reads is ignored.
"""

from processus.filters.base import BadQuery, QueryFilterSet

__all__ = ["BadQuery", "QueryFilterSet"]
