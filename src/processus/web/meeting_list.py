"""The meetings list: facet counts and the timeline of the filtered meetings, sorting.

Each facet counts the meetings that match every *other* filter (so choosing a
year still shows how many meetings the other years have), in one ``GROUP BY``
query per facet: the number of queries does not grow with the data.
The query string is read by :class:`~processus.filters.meetings.MeetingFilterSet`,
the filter layer the downloads and the API share.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.functional import Promise
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from processus.filters.meetings import LARGE_FACETS, ROLE_FILTERS, SORTS, MeetingFilterSet
from processus.kb.models import Area, Meeting, MeetingLink, MeetingRole, Objective
from processus.kb.models.meetings import (
    CountQualifier,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    today,
)
from processus.web.aggregates import remembered
from processus.web.charts import BarChart, chart_html, stacked_bars, year_range
from processus.web.templatetags.processus_web import partial_date

PAGE_SIZE = 50
#: Facets with many values (every country, organisation) show only this many, the ones
#: with the most meetings, until the visitor asks for all of them (``?all=host``).
TOP_OPTIONS = 25

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


def filter_meetings(filters: MeetingFilterSet, skip: str | None = None) -> QuerySet[Meeting]:
    """Meetings matching every filter except ``skip``.

    Status is the one as of today (see :meth:`Meeting.status_on`), not the one the
    sources stated when they were written.
    """
    return filters.filter_queryset(Meeting.objects.with_current_status(), skip)


def sorted_meetings(filters: MeetingFilterSet) -> QuerySet[Meeting]:
    """The filtered meetings in the chosen order, ready to show (country, dialogues, roles)."""
    roles = MeetingRole.objects.select_related("actor").order_by("role", "position", "pk")
    return (
        filter_meetings(filters)
        .select_related("country")
        .prefetch_related("dialogues", Prefetch("roles", queryset=roles))
        .order_by(*SORTS[filters.sort_key][1])
    )


#: The columns of a meeting the list shows (read as values, no model instance).
ROW_COLUMNS = (
    "pk", "kind", "title", "start", "start_precision", "city", "status_now",
    "participants", "participants_qualifier", "country__name", "country__name_fr",
)  # fmt: skip


def page_rows(filters: MeetingFilterSet) -> QuerySet[Meeting, dict[str, Any]]:
    """The filtered meetings in the chosen order, as the values a line of the list shows."""
    return filter_meetings(filters).order_by(*SORTS[filters.sort_key][1]).values(*ROW_COLUMNS)


@dataclass
class MeetingRow:
    """One line of the list, its labels already in the page's language.

    Built from values, not model instances, and with the labels of choices translated
    once per page: read through ``get_kind_display`` in the template they are hashed
    (translated) a dozen times per line.
    """

    pk: int
    title: str
    kind: str
    when: str
    dialogues: list[str]
    status: str
    where: str
    hosts_and_chairs: list[tuple[str, str]]
    participants: str


def _localised_name(name: str, french: str | None) -> str:
    return french if french and get_language() == "fr" else name


def _dialogues(ids: list[int]) -> dict[int, list[str]]:
    through = Meeting.dialogues.through.objects.filter(meeting_id__in=ids)
    found: dict[int, list[str]] = defaultdict(list)
    rows = through.order_by("dialogue__name", "dialogue_id").values_list(
        "meeting_id", "dialogue__name", "dialogue__name_fr"
    )
    for meeting_id, name, french in rows:
        found[meeting_id].append(_localised_name(name, french))
    return found


def _hosts_and_chairs(ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(actor, its roles) for the hosts then the chairs of each meeting, one entry per actor."""
    labels = {value: str(label) for value, label in MeetingRole.Role.choices}
    roles = (
        MeetingRole.objects.filter(
            meeting_id__in=ids, role__in=[MeetingRole.Role.HOST, MeetingRole.Role.CHAIR]
        )
        .order_by("meeting_id", "-role", "position", "pk")  # "host" > "chair": hosts first
        .values_list("meeting_id", "role", "actor_id", "actor__name", "actor__name_fr")
    )
    grouped: dict[int, dict[int, tuple[str, list[str]]]] = defaultdict(dict)
    for meeting_id, role, actor_id, name, french in roles:
        entry = grouped[meeting_id].setdefault(actor_id, (_localised_name(name, french), []))
        entry[1].append(labels[role])
    return {
        meeting_id: [(name, ", ".join(roles)) for name, roles in actors.values()]
        for meeting_id, actors in grouped.items()
    }


def meeting_rows(values: Iterable[dict[str, Any]]) -> list[MeetingRow]:
    """The list's lines for the values of :func:`page_rows` (two more queries)."""
    values = list(values)
    ids = [v["pk"] for v in values]
    dialogues = _dialogues(ids)
    people = _hosts_and_chairs(ids)
    kinds = {value: str(label) for value, label in MeetingKind.choices}
    statuses = {value: str(label) for value, label in MeetingStatus.choices}
    qualifiers = {value: str(label) for value, label in CountQualifier.choices}
    rows = []
    for v in values:
        kind = kinds.get(v["kind"], v["kind"])
        participants = ""
        if v["participants"]:
            qualifier = qualifiers.get(v["participants_qualifier"], "")
            participants = f"{qualifier} {v['participants']}".strip()
        place = _localised_name(v["country__name"] or "", v["country__name_fr"])
        rows.append(
            MeetingRow(
                pk=v["pk"],
                title=v["title"] or capfirst(kind),
                kind=kind,
                when=partial_date(v["start"], v["start_precision"]),
                dialogues=dialogues.get(v["pk"], []),
                status=statuses.get(v["status_now"], v["status_now"]),
                where=", ".join(part for part in (v["city"], place) if part),
                hosts_and_chairs=people.get(v["pk"], []),
                participants=participants,
            )
        )
    return rows


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
    #: The ``<option>`` elements (:meth:`write_options`).
    options_html: SafeString = field(default_factory=SafeString)

    def write_options(self) -> None:
        """Writes the ``<option>`` elements here rather than in the template: a facet may
        have hundreds of values, and the string is kept with the counts."""
        self.options_html = format_html_join(
            "",
            '<option value="{}"{}>{} ({})</option>',
            (
                (o.value, mark_safe(" selected") if o.selected else "", o.label, o.count)
                for o in self.options
            ),
        )

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
    if name in ROLE_FILTERS:
        roles = MeetingRole.objects.filter(
            role=ROLE_FILTERS[name], meeting_id__in=base.values("pk")
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


def facets(filters: MeetingFilterSet) -> list[Facet]:
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


def timeline(filters: MeetingFilterSet) -> BarChart:
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


@dataclass
class Aggregates:
    """What the list shows of all the filtered meetings, not only of the page: the facets
    with their ``<option>`` elements, and the timeline already drawn."""

    facets: list[Facet]
    chart: SafeString
    #: How many meetings match all the filters (the paginator's count).
    count: int


def _aggregates(filters: MeetingFilterSet) -> Aggregates:
    found = facets(filters)
    for facet in found:
        facet.write_options()
    chart = chart_html(timeline(filters), "timeline", _("Meetings per year, by kind"))
    return Aggregates(found, chart, filter_meetings(filters).count())


class CountedPaginator(Paginator):
    """A paginator told its count (kept with the aggregates) instead of asking the database."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


def facets_and_timeline(filters: MeetingFilterSet) -> Aggregates:
    """:func:`facets` and :func:`timeline`, reused across requests for the same filters
    and language until the data changes (:mod:`processus.web.aggregates`): they are the
    costly part of the list (one ``GROUP BY`` over the whole table per facet) and the
    same for every page and sort order. The key holds today's date: the status facet
    counts meetings as of today, and they change at midnight without any write."""
    state = (
        get_language(),
        sorted(filters.values.items()),
        filters.show_all,
        today().isoformat(),
    )
    key = hashlib.sha256(repr(state).encode()).hexdigest()
    return remembered("meeting-facets", key, lambda: _aggregates(filters))
