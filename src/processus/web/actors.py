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
from django.http import Http404
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from processus.kb.models import (
    Actor,
    ActorKind,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Meeting,
    MeetingRole,
    Membership,
    ReferenceCountry,
)
from processus.kb.text import fold
from processus.web.charts import BarChart, stacked_bars, year_range
from processus.web.sql_reads import Shape, column, fetch, keep, table

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


_ACTOR = Shape(Actor, "a")
_LISTED = Shape(Meeting, "m", LISTED_FIELDS)
_DIALOGUE = Shape(Dialogue, "d")
_CHAIRMANSHIP = Shape(Chairmanship, "ch")
_REFERENCE = Shape(ReferenceCountry, "rc")
_AREA = Shape(Area, "ar")
_FRAMEWORK = Shape(Framework, "f")
_MEMBERSHIP = Shape(Membership, "ms")


def _year(date_column: str) -> str:
    """The year of a date column, as an integer (NULL for no date)."""
    if connection.vendor == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {date_column}) AS INTEGER)"
    return f"CAST(strftime('%%Y', {date_column}) AS INTEGER)"


def _figures_sql(country: bool) -> str:
    """How many meetings of each role (the same meeting twice if it holds the role twice),
    per year and role (distinct meetings, dated ones), and held in the country per year
    (undated ones as year NULL): one query, the ``part`` column says which."""
    role_table, meeting_table = table(MeetingRole), table(Meeting)
    role, actor = f"r.{column(MeetingRole, 'role')}", f"r.{column(MeetingRole, 'actor')}"
    meeting_id = f"r.{column(MeetingRole, 'meeting')}"
    start = f"m.{column(Meeting, 'start')}"
    sql = (
        f"SELECT 'total', {role}, NULL, COUNT({meeting_id}) FROM {role_table} r "
        f"WHERE {actor} = %s GROUP BY {role} UNION ALL "
        f"SELECT 'year', {role}, {_year(start)}, COUNT(DISTINCT {meeting_id}) FROM {role_table} r "
        f"INNER JOIN {meeting_table} m ON m.id = {meeting_id} "
        f"WHERE {actor} = %s AND {start} IS NOT NULL GROUP BY {role}, {_year(start)}"
    )
    if country:
        sql += (
            f" UNION ALL SELECT 'held', 'held', {_year(start)}, COUNT(m.id) FROM {meeting_table} m "
            f"WHERE m.{column(Meeting, 'country')} = %s GROUP BY {_year(start)}"
        )
    return sql


def _latest_sql(country: bool) -> str:
    """The latest meetings of each of an actor's roles (and, for a country, held there),
    ranked by a window in SQL: one query whatever the number of roles. The same on
    SQLite and PostgreSQL."""
    meeting, role = table(Meeting), table(MeetingRole)
    start, role_column = f"m.{column(Meeting, 'start')}", f"r.{column(MeetingRole, 'role')}"
    sql = (
        f"SELECT {_LISTED.columns}, {role_column} AS role, ROW_NUMBER() OVER "
        f"(PARTITION BY {role_column} ORDER BY {start} DESC, m.id DESC) AS place "
        f"FROM {meeting} m INNER JOIN {role} r ON m.id = r.{column(MeetingRole, 'meeting')} "
        f"WHERE r.{column(MeetingRole, 'actor')} = %s"
    )
    if country:
        sql += (
            f" UNION ALL SELECT {_LISTED.columns}, 'held' AS role, ROW_NUMBER() OVER "
            f"(ORDER BY {start} DESC, m.id DESC) AS place FROM {meeting} m "
            f"WHERE m.{column(Meeting, 'country')} = %s"
        )
    return f"SELECT * FROM ({sql}) ranked WHERE place <= %s ORDER BY role, place"


def _by_role(
    actor: Actor,
) -> tuple[dict[str, int], dict[str, dict[str, int]], dict[str, list[Meeting]]]:
    """Meetings per role, per year and role (``held`` included for a country), and the
    latest of each: two queries."""
    params = [actor.pk, actor.pk, actor.pk] if actor.is_country else [actor.pk, actor.pk]
    counts: dict[str, int] = {}
    per_year: dict[str, dict[str, int]] = defaultdict(dict)
    for part, role, year, n in fetch(_figures_sql(actor.is_country), params):
        if part == "year":
            per_year[str(year)][role] = n
        elif part == "held":
            counts["held"] = counts.get("held", 0) + n
            if year is not None:
                per_year[str(year)]["held"] = n
        else:
            counts[role] = n
    latest: dict[str, list[Meeting]] = defaultdict(list)
    for row in fetch(_latest_sql(actor.is_country), [*params[1:], LATEST]):
        latest[row[_LISTED.width]].append(_LISTED.build(row))
    return counts, per_year, latest


def _read_actor(key: str) -> Actor:
    rows = fetch(
        f"SELECT {_ACTOR.columns} FROM {table(Actor)} a WHERE a.{column(Actor, 'key')} = %s",
        [key],
    )
    if not rows:
        raise Http404("No Actor matches the given query.")
    return _ACTOR.build(rows[0])


def _with_dialogue(shape: Shape, actor: Actor, order: str) -> list[Any]:
    """The actor's chairmanships or memberships, each with its dialogue."""
    model = shape.model
    rows = fetch(
        f"SELECT {shape.columns}, {_DIALOGUE.columns} FROM {table(model)} {shape.alias} "
        f"LEFT JOIN {table(Dialogue)} d ON d.id = {shape.alias}.{column(model, 'dialogue')} "
        f"WHERE {shape.alias}.{column(model, 'actor')} = %s ORDER BY {order}",
        [actor.pk],
    )
    found = []
    for row in rows:
        item = shape.build(row)
        keep(item, "dialogue", _DIALOGUE.build(row, shape.width))
        found.append(item)
    return found


def _references(actor: Actor) -> list[ReferenceCountry]:
    """The areas the actor is reference country for, with their plan, latest plan first."""
    rows = fetch(
        f"SELECT {_REFERENCE.columns}, {_DIALOGUE.columns}, {_AREA.columns}, "
        f"{_FRAMEWORK.columns} FROM {table(ReferenceCountry)} rc "
        f"LEFT JOIN {table(Dialogue)} d ON d.id = rc.{column(ReferenceCountry, 'dialogue')} "
        f"LEFT JOIN {table(Area)} ar ON ar.id = rc.{column(ReferenceCountry, 'area')} "
        f"LEFT JOIN {table(Framework)} f ON f.id = ar.{column(Area, 'framework')} "
        f"WHERE rc.{column(ReferenceCountry, 'actor')} = %s "
        f"ORDER BY f.{column(Framework, 'period_start')} DESC, ar.{column(Area, 'number')}",
        [actor.pk],
    )
    found = []
    for row in rows:
        reference = _REFERENCE.build(row)
        offset = _REFERENCE.width
        keep(reference, "dialogue", _DIALOGUE.build(row, offset))
        area = _AREA.build(row, offset + _DIALOGUE.width)
        keep(reference, "area", area)
        if area is not None:
            keep(area, "framework", _FRAMEWORK.build(row, offset + _DIALOGUE.width + _AREA.width))
        found.append(reference)
    return found


def actor_page(key: str) -> ActorPage:
    """The page's data in six queries, written out (:mod:`processus.web.sql_reads`)."""
    actor = _read_actor(key)
    counts, per_year, latest = _by_role(actor)
    sections = []
    if actor.is_country:
        sections.append(
            RoleSection(
                "held", INVOLVEMENT_LABELS["held"], counts.get("held", 0), latest["held"], "country"
            )
        )
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
    chart = stacked_bars(per_year, dict(INVOLVEMENT_LABELS), year_range([int(y) for y in per_year]))
    start = f"ch.{column(Chairmanship, 'start')}"
    return ActorPage(
        actor=actor,
        sections=[s for s in sections if s.count or s.key != "held"],
        chairmanships=_with_dialogue(_CHAIRMANSHIP, actor, f"{start} DESC"),
        references=_references(actor),
        memberships=_with_dialogue(_MEMBERSHIP, actor, f"d.{column(Dialogue, 'name')}"),
        chart=chart,
    )
