"""What the home page shows about each dialogue, read in a fixed number of queries.

:func:`dialogue_overviews` runs one query per table (dialogues, memberships,
chairmanships, action plans, areas, reference countries, objectives, actions)
however many dialogues, partners or actions there are, and hands the template
plain objects that need no further database access.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Membership,
    Objective,
    ReferenceCountry,
)
from processus.kb.partial_dates import Precision
from processus.kb.text import fold

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _DialogueCounts(TypedDict):
    meeting_count: int


#: Continents shown first, in this order; any other continent follows, then "Other".
CONTINENT_LABELS: dict[str, Promise] = {
    "Africa": _("Africa"),
    "Europe": _("Europe"),
    "Americas": _("Americas"),
    "Asia": _("Asia"),
    "Oceania": _("Oceania"),
}
OTHER_CONTINENT = _("Other")


@dataclass
class ContinentGroup:
    label: str | Promise
    countries: list[Actor]


@dataclass
class AreaOverview:
    area: Area
    objectives: list[Objective]


@dataclass
class FrameworkOverview:
    framework: Framework
    areas: list[AreaOverview]
    #: Objectives whose area public sources do not give yet.
    unplaced_objectives: list[Objective]
    objective_count: int
    action_count: int

    @property
    def area_count(self) -> int:
        return len(self.areas)

    @property
    def period_in_name(self) -> bool:
        """The name already says "2023-2027", so the page need not repeat the period."""
        name = self.framework.display_name
        return str(self.framework.period_start) in name and str(self.framework.period_end) in name

    @property
    def actions_missing(self) -> bool:
        """The plan announces more actions than the database holds so far."""
        total = self.framework.actions_total
        return total is not None and total > self.action_count


@dataclass
class DialogueOverview:
    dialogue: Dialogue
    partner_countries: list[Actor]
    partner_organisations: list[Actor]
    continents: list[ContinentGroup]
    chairmanships: list[Chairmanship]
    frameworks: list[FrameworkOverview] = field(default_factory=list)
    meeting_count: int = 0

    @property
    def current_chair(self) -> Chairmanship | None:
        """The chairmanship with the latest start (``chairmanships`` is newest first)."""
        return self.chairmanships[0] if self.chairmanships else None

    @property
    def chair_is_current(self) -> bool:
        """Whether the latest chairmanship covers today (else it is only the latest known)."""
        chair = self.current_chair
        if chair is None:
            return False
        today = timezone.localdate()
        started = chair.start is None or chair.start <= today
        return started and (chair.end is None or chair.end >= today)


def _first_day(value: dt.date, precision: str) -> dt.date:
    if precision == Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return value.replace(day=1)
    return value


def _chronological_key(chairmanship: Chairmanship) -> tuple[dt.date, int]:
    """Order by start; a chairmanship known only by its end sorts by the start of that
    period and just before one starting then (Mali "until March 2017" before Belgium
    "from March 2017"). ``ORDER BY start`` cannot do this and puts NULLs first or last
    depending on the database."""
    if chairmanship.start is not None:
        return chairmanship.start, 1
    if chairmanship.end is not None:
        return _first_day(chairmanship.end, chairmanship.end_precision), 0
    return dt.date.min, 0


def _by_display_name(actors: list[Actor]) -> list[Actor]:
    """Sorted as a reader of the active language expects ("Égypte" under E)."""
    return sorted(actors, key=lambda actor: fold(actor.display_name))


def group_by_continent(
    countries: list[Actor], sides: dict[int, str] | None = None
) -> list[ContinentGroup]:
    """Group countries by continent; ``sides`` (actor id → "Africa"/"Europe") wins when given."""
    groups: dict[str, list[Actor]] = {}
    for country in countries:
        key = (sides or {}).get(country.pk) or country.continent or ""
        groups.setdefault(key, []).append(country)
    known = [key for key in CONTINENT_LABELS if key in groups]
    unknown = sorted(key for key in groups if key not in CONTINENT_LABELS)
    return [
        ContinentGroup(
            label=CONTINENT_LABELS.get(key) or key or OTHER_CONTINENT,
            countries=_by_display_name(groups[key]),
        )
        for key in known + unknown
    ]


def _framework_overview(framework: Framework) -> FrameworkOverview:
    objectives = list(framework.objectives.all())
    by_area: dict[int | None, list[Objective]] = {}
    for objective in objectives:
        by_area.setdefault(objective.area_id, []).append(objective)
    return FrameworkOverview(
        framework=framework,
        areas=[AreaOverview(area, by_area.get(area.pk, [])) for area in framework.areas.all()],
        unplaced_objectives=by_area.get(None, []),
        objective_count=len(objectives),
        action_count=sum(len(objective.actions.all()) for objective in objectives),
    )


def _dialogue_queryset() -> QuerySet[WithAnnotations[Dialogue, _DialogueCounts]]:
    partners = (
        Membership.objects.filter(
            role__in=[Membership.Role.PARTNER, Membership.Role.PARTNER_ORGANISATION],
            until="",
        )
        .select_related("actor")
        .order_by()
    )
    actions = Action.objects.order_by("position", "number")
    objectives = Objective.objects.order_by("position", "number").prefetch_related(
        Prefetch("actions", queryset=actions)
    )
    reference_countries = ReferenceCountry.objects.select_related("actor").order_by("actor__name")
    areas = Area.objects.order_by("number").prefetch_related(
        Prefetch("reference_countries", queryset=reference_countries)
    )
    frameworks = Framework.objects.order_by("-period_start", "name").prefetch_related(
        Prefetch("areas", queryset=areas),
        Prefetch("objectives", queryset=objectives),
    )
    chairmanships = Chairmanship.objects.select_related("actor").order_by()
    return (
        Dialogue.objects.filter(kind=Dialogue.Kind.DIALOGUE)
        .annotate(meeting_count=Count("meetings", distinct=True))
        .prefetch_related(
            Prefetch("memberships", queryset=partners),
            Prefetch("chairmanships", queryset=chairmanships),
            Prefetch("frameworks", queryset=frameworks),
        )
        .order_by()
    )


def dialogue_overviews() -> list[DialogueOverview]:
    """Every dialogue of kind "dialogue", with partners, chairs and action plans."""
    overviews = []
    for dialogue in _dialogue_queryset():
        memberships = dialogue.memberships.all()  # partners only: see the Prefetch
        countries = _by_display_name(
            [m.actor for m in memberships if m.role == Membership.Role.PARTNER]
        )
        organisations = _by_display_name(
            [m.actor for m in memberships if m.role == Membership.Role.PARTNER_ORGANISATION]
        )
        overviews.append(
            DialogueOverview(
                dialogue=dialogue,
                partner_countries=countries,
                partner_organisations=organisations,
                continents=group_by_continent(
                    countries,
                    {m.actor_id: m.group.capitalize() for m in memberships if m.group},
                ),
                chairmanships=sorted(
                    dialogue.chairmanships.all(), key=_chronological_key, reverse=True
                ),
                frameworks=[_framework_overview(f) for f in dialogue.frameworks.all()],
                meeting_count=dialogue.meeting_count,
            )
        )
    return sorted(overviews, key=lambda overview: fold(overview.dialogue.display_name))
