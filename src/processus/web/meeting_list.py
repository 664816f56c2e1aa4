"""The meetings list: filters read from the query string, facet counts, sorting.

Each facet counts the meetings that match every *other* filter (so choosing a
year still shows how many meetings the other years have), in one ``GROUP BY``
query per facet: the number of queries does not grow with the data.
Unknown or malformed filter values are ignored rather than answered with an error,
so an old bookmarked address still opens.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Exists, F, Max, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce, ExtractYear
from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Area, Meeting, MeetingLink, MeetingRole, Objective
from processus.kb.models.meetings import MeetingFormat, MeetingKind, MeetingStatus
from processus.web.charts import BarChart, stacked_bars, year_range

PAGE_SIZE = 50
#: Facets with many values (every country, organisation) show only this many, the ones
#: with the most meetings, until the visitor asks for all of them (``?all=host``).
TOP_OPTIONS = 25
LARGE_FACETS = frozenset({"country", "host", "chair", "organiser"})

FILTER_NAMES: tuple[str, ...] = (
    "q",
    "dialogue",
    "year",
    "kind",
    "country",
    "host",
    "chair",
    "organiser",
    "area",
    "objective",
    "format",
    "status",
)

FACET_LABELS: dict[str, Promise] = {
    "dialogue": _("Dialogue"),
    "year": _("Year"),
    "kind": _("Kind"),
    "country": _("Country where held"),
    "host": _("Host"),
    "chair": _("Chair"),
    "organiser": _("Organiser"),
    "area": _("Action-plan area"),
    "objective": _("Action-plan objective"),
    "format": _("Format"),
    "status": _("Status"),
}

_CHOICES: dict[str, Any] = {
    "kind": MeetingKind,
    "format": MeetingFormat,
    "status": MeetingStatus,
}

_ROLE_FILTERS = {
    "host": MeetingRole.Role.HOST,
    "chair": MeetingRole.Role.CHAIR,
    "organiser": MeetingRole.Role.ORGANISER,
}

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


@dataclass
class MeetingFilters:
    """The cleaned filters of a request; ``values`` holds only valid, non-empty ones."""

    values: dict[str, str] = field(default_factory=dict)
    sort: str = DEFAULT_SORT
    #: A large facet shown with all its values rather than the most frequent ones.
    show_all: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> MeetingFilters:
        values: dict[str, str] = {}
        for name in FILTER_NAMES:
            raw = (query.get(name) or "").strip()
            if not raw:
                continue
            if name == "year":
                if not (raw.isdigit() and 1000 <= int(raw) <= 9999):
                    continue
            elif name in ("area", "objective"):
                if not raw.isdigit():
                    continue
            elif name in _CHOICES:
                if raw not in _CHOICES[name].values:
                    continue
            elif name == "q":
                raw = raw[:200]
            values[name] = raw
        sort = query.get("sort") or DEFAULT_SORT
        show_all = query.get("all") or ""
        return cls(
            values=values,
            sort=sort if sort in SORTS else DEFAULT_SORT,
            show_all=show_all if show_all in LARGE_FACETS else "",
        )

    def query_items(self) -> list[tuple[str, str]]:
        """The filters as query-string pairs (for download links)."""
        items = list(self.values.items())
        if self.sort != DEFAULT_SORT:
            items.append(("sort", self.sort))
        return items


def _filter_q(name: str, value: str) -> Q | Exists:
    if name == "q":
        return Q(title__icontains=value) | Q(city__icontains=value)
    if name == "dialogue":
        through = Meeting.dialogues.through
        return Exists(through.objects.filter(meeting_id=OuterRef("pk"), dialogue__key=value))
    if name == "year":
        return Q(start__year=int(value))
    if name == "country":
        return Q(country__key=value)
    if name in _ROLE_FILTERS:
        return Exists(
            MeetingRole.objects.filter(
                meeting_id=OuterRef("pk"), role=_ROLE_FILTERS[name], actor__key=value
            )
        )
    if name == "area":
        area = int(value)
        return Exists(
            MeetingLink.objects.filter(meeting_id=OuterRef("pk")).filter(
                Q(area_id=area) | Q(objective__area_id=area) | Q(action__objective__area_id=area)
            )
        )
    if name == "objective":
        objective = int(value)
        return Exists(
            MeetingLink.objects.filter(meeting_id=OuterRef("pk")).filter(
                Q(objective_id=objective) | Q(action__objective_id=objective)
            )
        )
    if name == "status":
        return Q(status_now=value)
    return Q(**{name: value})


def filter_meetings(filters: MeetingFilters, skip: str | None = None) -> QuerySet[Meeting]:
    """Meetings matching every filter except ``skip``.

    Status is the one as of today (see :meth:`Meeting.status_on`), not the one the
    sources stated when they were written.
    """
    queryset = Meeting.objects.with_current_status()
    for name, value in filters.values.items():
        if name != skip:
            queryset = queryset.filter(_filter_q(name, value))
    return queryset


def sorted_meetings(filters: MeetingFilters) -> QuerySet[Meeting]:
    """The filtered meetings in the chosen order, ready to show (country, dialogues, roles)."""
    roles = MeetingRole.objects.select_related("actor").order_by("role", "position", "pk")
    return (
        filter_meetings(filters)
        .select_related("country")
        .prefetch_related("dialogues", Prefetch("roles", queryset=roles))
        .order_by(*SORTS[filters.sort][1])
    )


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: Promise
    options: list[FacetOption]
    selected: str = ""
    #: How many values are left out (only the most frequent are shown).
    hidden: int = 0

    @property
    def selected_label(self) -> str:
        for option in self.options:
            if option.selected:
                return option.label
        return self.selected


def _localised(row: dict[str, Any], prefix: str) -> str:
    name = row[f"{prefix}name"] or ""
    french = row.get(f"{prefix}name_fr") or ""
    return french if get_language() == "fr" and french else name


def _actor_counts(queryset: QuerySet[Any], prefix: str, counted: str) -> list[tuple[str, str, int]]:
    rows = (
        queryset.values(f"{prefix}key", f"{prefix}name", f"{prefix}name_fr")
        .annotate(n=Count(counted, distinct=True))
        .order_by()
    )
    return [(row[f"{prefix}key"], _localised(row, prefix), row["n"]) for row in rows]


def _plan_label(framework_name: str, kind: Promise, number: str, title: str) -> str:
    label = f"{framework_name} · {kind} {number}"
    return f"{label} — {title}" if title else label


def _facet_counts(name: str, base: QuerySet[Meeting]) -> list[tuple[str, str, int]]:
    """(value, label, count) for every value of facet ``name`` among ``base``."""
    if name in _CHOICES:
        labels = dict(_CHOICES[name].choices)
        field = "status_now" if name == "status" else name
        rows = base.exclude(**{field: ""}).values(field).annotate(n=Count("pk")).order_by()
        return [(r[field], str(labels.get(r[field], r[field])), r["n"]) for r in rows]
    if name == "year":
        rows = (
            base.filter(start__isnull=False)
            .annotate(y=ExtractYear("start"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return [(str(r["y"]), str(r["y"]), r["n"]) for r in rows]
    if name == "country":
        return _actor_counts(base.filter(country__isnull=False), "country__", "pk")
    if name == "dialogue":
        through = Meeting.dialogues.through.objects.filter(meeting_id__in=base.values("pk"))
        return _actor_counts(through, "dialogue__", "meeting_id")
    if name in _ROLE_FILTERS:
        roles = MeetingRole.objects.filter(
            role=_ROLE_FILTERS[name], meeting_id__in=base.values("pk")
        )
        return _actor_counts(roles, "actor__", "meeting_id")
    links = MeetingLink.objects.filter(meeting_id__in=base.values("pk"))
    if name == "area":
        target = Coalesce("area_id", "objective__area_id", "action__objective__area_id")
    else:
        target = Coalesce("objective_id", "action__objective_id")
    rows = (
        links.annotate(target=target)
        .filter(target__isnull=False)
        .values("target")
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by()
    )
    counts = {r["target"]: r["n"] for r in rows}
    if not counts:
        return []
    result = []
    if name == "area":
        for area in Area.objects.filter(pk__in=counts).select_related("framework"):
            label = _plan_label(
                area.framework.display_name, _("Area"), str(area.number), area.display_title
            )
            result.append((str(area.pk), label, counts[area.pk]))
    else:
        for objective in Objective.objects.filter(pk__in=counts).select_related("framework"):
            label = _plan_label(
                objective.framework.display_name,
                _("Objective"),
                objective.number,
                objective.display_title,
            )
            result.append((str(objective.pk), label, counts[objective.pk]))
    return result


def facets(filters: MeetingFilters) -> list[Facet]:
    """Every facet with its options and counts; options with no meeting are left out."""
    result = []
    for name, label in FACET_LABELS.items():
        options = _facet_counts(name, filter_meetings(filters, skip=name))
        selected = filters.values.get(name, "")
        hidden = 0
        if name in LARGE_FACETS and name != filters.show_all and len(options) > TOP_OPTIONS:
            by_count = sorted(options, key=lambda o: (-o[2], o[1].casefold()))
            kept = by_count[:TOP_OPTIONS]
            kept += [o for o in by_count[TOP_OPTIONS:] if o[0] == selected]
            hidden = len(options) - len(kept)
            options = kept
        if name == "year":
            options.sort(key=lambda o: o[0], reverse=True)
        elif name in _CHOICES:
            order = list(_CHOICES[name].values)
            options.sort(key=lambda o: order.index(o[0]))
        else:
            options.sort(key=lambda o: o[1].casefold())
        result.append(
            Facet(
                name=name,
                label=label,
                options=[FacetOption(v, lab, n, v == selected) for v, lab, n in options],
                selected=selected,
                hidden=hidden,
            )
        )
    return result


def timeline(filters: MeetingFilters) -> BarChart:
    """Meetings per year by kind, for the filtered meetings."""
    rows = (
        filter_meetings(filters)
        .filter(start__isnull=False)
        .annotate(y=ExtractYear("start"))
        .values("y", "kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        counts[str(row["y"])][row["kind"]] = row["n"]
    years = year_range([int(y) for y in counts])
    return stacked_bars(counts, dict(MeetingKind.choices), years)


#: Seconds a facet/timeline computation is reused (it is also dropped as soon as any
#: meeting is added or changes, see :func:`_data_version`).
FACET_CACHE_SECONDS = 60


def _data_version() -> str:
    """Changes whenever a meeting is added, removed or saved (one indexed aggregate)."""
    row = Meeting.objects.aggregate(latest=Max("updated"), count=Count("pk"))
    return f"{row['count']}:{row['latest'].isoformat() if row['latest'] else ''}"


def facets_and_timeline(filters: MeetingFilters) -> tuple[list[Facet], BarChart]:
    """:func:`facets` and :func:`timeline`, reused across requests for the same filters
    and language until the meetings change: they are the costly part of the list (one
    ``GROUP BY`` over the whole table per facet)."""
    key = (
        "meeting-facets:"
        + hashlib.sha256(
            repr(
                (get_language(), sorted(filters.values.items()), filters.show_all, _data_version())
            ).encode()
        ).hexdigest()
    )
    cached = cache.get(key)
    if cached is None:
        cached = (facets(filters), timeline(filters))
        cache.set(key, cached, FACET_CACHE_SECONDS)
    return cached
