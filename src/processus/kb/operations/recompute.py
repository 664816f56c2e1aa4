"""A meeting's shown values computed again from its mentions and its editor values.

Merging, splitting and handing a field back to the documents change which
mentions or editor values a meeting has; its row, roles and dialogues then follow
the same shown-value rule ingestion applies
(:func:`processus.kb.consolidation.shown_values`), so the next ingestion run
finds nothing to rewrite. A meeting without mentions (made by hand) has no
document values to fall back on: it keeps its row and only its editor values
are applied by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Count

from processus.kb import consolidation as rules
from processus.kb.models import Document, Evidence, Meeting, MeetingMention, MeetingRole
from processus.kb.models.meetings import HELD_METHODS, MeetingKind
from processus.kb.partial_dates import parse_partial_date
from processus.kb.records import ROLE_FIELDS
from processus.kb.resolution import NameResolver


def editor_values(meeting_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Each meeting's editor values now: the latest edited evidence of every field.

    A follow-up naming a meeting that is gone counts as none, as ingestion reads it.
    """
    edited: dict[int, dict[str, Any]] = {}
    rows = (
        Evidence.objects.filter(meeting_id__in=set(meeting_ids), method__in=HELD_METHODS)
        .order_by("created_at", "pk")
        .values_list("meeting_id", "field", "value")
    )
    for meeting_id, name, value in rows:
        edited.setdefault(meeting_id, {})[name] = value
    follows = {v.get("follow_up_of") for v in edited.values()} - {None}
    existing = set(Meeting.objects.filter(pk__in=follows).values_list("pk", flat=True))
    for values in edited.values():
        if "follow_up_of" in values and values["follow_up_of"] not in existing:
            values["follow_up_of"] = None
    return edited


def _facts(meeting_ids: list[int]) -> dict[int, list[rules.MentionFacts]]:
    rows = list(
        MeetingMention.objects.filter(meeting_id__in=meeting_ids)
        .order_by("pk")
        .values("id", "meeting_id", "document_id", "record", "year_inferred", "follows__meeting_id")
    )
    documents = {row["document_id"] for row in rows}
    counts = dict(
        MeetingMention.objects.filter(document_id__in=documents)
        .values("document_id")
        .annotate(n=Count("id"))
        .values_list("document_id", "n")
    )
    dates: dict[int, date | None] = dict(
        Document.objects.filter(pk__in=documents).values_list("pk", "document_date")
    )
    grouped: dict[int, list[rules.MentionFacts]] = {}
    for row in rows:
        grouped.setdefault(row["meeting_id"], []).append(
            rules.MentionFacts(
                id=row["id"],
                document=row["document_id"],
                record=row["record"],
                records_in_document=counts.get(row["document_id"], 1) or 1,
                document_date=dates.get(row["document_id"]),
                year_inferred=row["year_inferred"],
                follows_meeting=row["follows__meeting_id"],
            )
        )
    return grouped


def _date_columns(name: str, value: str | None) -> dict[str, Any]:
    if not value:
        return {name: None, f"{name}_precision": "day"}
    try:
        day, precision = parse_partial_date(value)
    except ValueError:
        return {name: None, f"{name}_precision": "day"}
    return {name: day, f"{name}_precision": str(precision)}


def _columns(meeting_id: int, shown: rules.ShownValues, names: NameResolver) -> dict[str, Any]:
    """The meeting columns that show ``shown`` (as ingestion writes them)."""
    v = shown.values
    columns: dict[str, Any] = {
        "kind": v["kind"] or MeetingKind.OTHER,
        "title": (v["title"] or "")[:500],
        "city": (v["city"] or "")[:200],
        "country_id": names.country(v["country"]),
        "format": v["format"] or "",
        "status": v["status"] or "",
        "participants": v["participants"],
        "participants_qualifier": v["participants_qualifier"] or "",
        "countries_count": v["countries_count"],
        "recommendations": v["recommendations"],
        "themes": list(v["themes"]),
        "follow_up_of_id": shown.follow_up_of if shown.follow_up_of != meeting_id else None,
    }
    columns.update(_date_columns("start", v["start"]))
    end = _date_columns("end", v["end"])
    if columns["start"] is None or end["end"] is None or end["end"] < columns["start"]:
        end = {"end": columns["start"], "end_precision": columns["start_precision"]}
    columns.update(end)
    columns.update(_date_columns("registration_deadline", v["registration_deadline"]))
    return columns


def _write_roles(meeting: Meeting, shown: rules.ShownValues, names: NameResolver) -> None:
    wanted: list[tuple[int, str, int]] = []
    for list_field, role in ROLE_FIELDS.items():
        position = 0
        for name in shown.values[list_field]:
            actor_id = names.actor(name)
            if actor_id is not None and (actor_id, role) not in {(a, r) for a, r, _ in wanted}:
                wanted.append((actor_id, role, position))
                position += 1
    have = set(meeting.roles.values_list("actor_id", "role", "position"))
    if have != set(wanted):
        meeting.roles.all().delete()
        MeetingRole.objects.bulk_create(
            MeetingRole(meeting=meeting, actor_id=a, role=r, position=p) for a, r, p in wanted
        )


def refresh_meetings(meeting_ids: Iterable[int]) -> list[int]:
    """Recompute the meetings that have mentions; the ids of those recomputed."""
    ids = sorted(set(meeting_ids))
    facts = _facts(ids)
    if not facts:
        return []
    edited = editor_values(facts)
    names = NameResolver()
    for meeting in Meeting.objects.filter(pk__in=list(facts)):
        shown = rules.shown_values(facts[meeting.pk], edited.get(meeting.pk))
        for name, value in _columns(meeting.pk, shown, names).items():
            setattr(meeting, name, value)
        meeting.save()
        _write_roles(meeting, shown, names)
        wanted = {d for d in (names.dialogue(n) for n in shown.values["dialogues"]) if d}
        if wanted != set(meeting.dialogues.values_list("pk", flat=True)):
            meeting.dialogues.set(wanted)
    return sorted(facts)
