"""Country and organisation pages: meetings hosted, chaired, organised; chairs; references.

Each part is one query (the counts of every role, the latest meetings of every role,
ranked in SQL), so the page costs the same for an actor with five meetings or five
thousand.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from processus.kb.models import (
    Actor,
    ActorKind,
    Chairmanship,
    Meeting,
    MeetingRole,
    Membership,
    ReferenceCountry,
)
from processus.kb.text import fold
from processus.web.charts import BarChart, stacked_bars, year_range

LATEST = 10
ACTOR_COLUMNS = ("key", "kind", "name", "name_fr", "iso_code", "held", "host", "chair", "organiser")

INVOLVEMENT_LABELS: dict[str, Promise] = {
    "held": _("held in the country"),
    MeetingRole.Role.HOST: _("hosted"),
    MeetingRole.Role.CHAIR: _("chaired"),
    MeetingRole.Role.ORGANISER: _("organised"),
}


@dataclass
class ActorRow:
    actor: Actor
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def actor_rows(kind: str | None = None, involved_only: bool = True) -> list[ActorRow]:
    """Actors with the number of meetings held in, hosted, chaired and organised (3 queries)."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    roles = (
        MeetingRole.objects.values("actor_id", "role").annotate(n=Count("meeting_id")).order_by()
    )
    for row in roles:
        counts[row["actor_id"]][row["role"]] = row["n"]
    held = (
        Meeting.objects.filter(country__isnull=False)
        .values("country_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in held:
        counts[row["country_id"]]["held"] = row["n"]
    actors: QuerySet[Actor] = Actor.objects.all()
    if kind in ActorKind.values:
        actors = actors.filter(kind=kind)
    rows = [ActorRow(actor, counts.get(actor.pk, {})) for actor in actors]
    if involved_only:
        rows = [row for row in rows if row.counts]
    return sorted(rows, key=lambda row: (-row.total, fold(row.actor.display_name)))


def actor_export_rows(rows: list[ActorRow]) -> Any:
    for row in rows:
        yield {
            "key": row.actor.key,
            "kind": row.actor.kind,
            "name": row.actor.name,
            "name_fr": row.actor.name_fr or None,
            "iso_code": row.actor.iso_code,
            **{name: row.counts.get(name, 0) for name in ("held", "host", "chair", "organiser")},
            "url": reverse("web:actor", args=[row.actor.key]),
        }


@dataclass
class RoleSection:
    key: str
    label: Promise
    count: int
    meetings: list[Meeting]
    filter_name: str


@dataclass
class ActorPage:
    actor: Actor
    sections: list[RoleSection]
    chairmanships: list[Chairmanship]
    references: list[ReferenceCountry]
    memberships: list[Membership]
    chart: BarChart


#: The columns a listed meeting shows (``{% meeting_title %}``: title or kind, date, city).
LISTED_FIELDS = ("id", "kind", "title", "start", "start_precision", "city")


def _latest(queryset: QuerySet[Meeting]) -> list[Meeting]:
    return list(queryset.only(*LISTED_FIELDS).order_by("-start", "-pk")[:LATEST])


def _latest_by_role_sql() -> str:
    """The latest meetings of each of an actor's roles, ranked by a window in SQL.

    Written out rather than built with ``Window`` and a filter on it: Django compiles
    that filter into a subquery anew on every request, which cost more than the rest
    of the page's queries together. The same on SQLite and PostgreSQL.
    """
    quote = connection.ops.quote_name
    meeting, role = Meeting._meta, MeetingRole._meta

    def column(model: Any, name: str) -> str:
        return quote(model._meta.get_field(name).column)

    columns = ", ".join(f"m.{column(Meeting, name)}" for name in LISTED_FIELDS)
    start, pk = column(Meeting, "start"), column(Meeting, "id")
    role_column = column(MeetingRole, "role")
    return (
        f"SELECT * FROM (SELECT {columns}, r.{role_column} AS role, ROW_NUMBER() OVER "
        f"(PARTITION BY r.{role_column} ORDER BY m.{start} DESC, m.{pk} DESC) AS place "
        f"FROM {quote(meeting.db_table)} m INNER JOIN {quote(role.db_table)} r "
        f"ON m.{pk} = r.{column(MeetingRole, 'meeting')} "
        f"WHERE r.{column(MeetingRole, 'actor')} = %s) ranked "
        "WHERE place <= %s ORDER BY role, place"
    )


def _by_role(actor: Actor) -> tuple[dict[str, int], dict[str, list[Meeting]]]:
    """How many meetings the actor hosted, chaired, organised, and the latest of each:
    two queries whatever the number of roles (the latest ones ranked by a window)."""
    counts = dict(
        MeetingRole.objects.filter(actor=actor)
        .values_list("role")
        .annotate(n=Count("meeting_id"))
        .order_by()
        .values_list("role", "n")
    )
    latest: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in Meeting.objects.raw(_latest_by_role_sql(), [actor.pk, LATEST]):
        latest[meeting.role].append(meeting)  # type: ignore[attr-defined]
    return counts, latest


def actor_page(key: str) -> ActorPage:
    actor = get_object_or_404(Actor, key=key)
    sections = []
    held_by_year: dict[int | None, int] = {}
    if actor.is_country:
        # Per year, undated ones included (year null): the count is their sum.
        held_by_year = dict(
            Meeting.objects.filter(country=actor)
            .annotate(y=ExtractYear("start"))
            .values_list("y")
            .annotate(n=Count("pk"))
            .order_by()
            .values_list("y", "n")
        )
        held = Meeting.objects.filter(country=actor)
        sections.append(
            RoleSection(
                "held",
                INVOLVEMENT_LABELS["held"],
                sum(held_by_year.values()),
                _latest(held),
                "country",
            )
        )
    counts, latest = _by_role(actor)
    for role, filter_name in (
        (MeetingRole.Role.HOST, "host"),
        (MeetingRole.Role.CHAIR, "chair"),
        (MeetingRole.Role.ORGANISER, "organiser"),
    ):
        sections.append(
            RoleSection(
                role, INVOLVEMENT_LABELS[role], counts.get(role, 0), latest[role], filter_name
            )
        )

    per_year: dict[str, dict[str, int]] = defaultdict(dict)
    by_role = (
        MeetingRole.objects.filter(actor=actor, meeting__start__isnull=False)
        .annotate(y=ExtractYear("meeting__start"))
        .values("y", "role")
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by()
    )
    for row in by_role:
        per_year[str(row["y"])][row["role"]] = row["n"]
    for year, n in held_by_year.items():
        if year is not None:
            per_year[str(year)]["held"] = n
    chart = stacked_bars(per_year, dict(INVOLVEMENT_LABELS), year_range([int(y) for y in per_year]))
    return ActorPage(
        actor=actor,
        sections=[s for s in sections if s.count or s.key != "held"],
        chairmanships=list(
            Chairmanship.objects.filter(actor=actor).select_related("dialogue").order_by("-start")
        ),
        references=list(
            ReferenceCountry.objects.filter(actor=actor)
            .select_related("dialogue", "area__framework")
            .order_by("-area__framework__period_start", "area__number")
        ),
        memberships=list(
            Membership.objects.filter(actor=actor).select_related("dialogue").order_by("dialogue")
        ),
        chart=chart,
    )
