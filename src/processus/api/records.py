"""The API's representations, built from the same readers as the pages.

A meeting's detail is :func:`processus.web.meeting_record.meeting_record` (the
meeting page's data: each field with its evidence, conflicts and the editor's value,
read in a fixed number of queries) turned into JSON; lists read their rows with
the prefetches the meetings list uses. Addresses are absolute (``request`` builds them).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import reverse
from rest_framework.request import Request

from processus.kb.models import (
    Actor,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingChange,
    MeetingLink,
    MeetingRole,
    Outcome,
)
from processus.kb.operations import link_ref
from processus.kb.partial_dates import format_partial_date
from processus.kb.records import meeting_values, roles_by_field
from processus.web.meeting_record import Conflict, FieldRow, MeetingRecord


def _url(request: Request, name: str, *args: Any) -> str:
    return request.build_absolute_uri(reverse(name, args=args))


def actor_ref(actor: Actor) -> dict[str, str]:
    return {"key": actor.key, "name": actor.name, "kind": actor.kind}


def dialogue_ref(dialogue: Dialogue) -> dict[str, str]:
    return {"key": dialogue.key, "name": dialogue.name}


def document_ref(request: Request, document: Document) -> dict[str, Any]:
    return {
        "id": document.pk,
        "url": _url(request, "api:document-detail", document.pk),
        "title": document.title or "",
        "original_name": document.original_name or "",
        "kind": document.kind,
        "language": document.language or "",
        "document_date": format_partial_date(
            document.document_date, document.document_date_precision or "day"
        ),
    }


def meeting_ref(request: Request, meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "url": _url(request, "api:meeting-detail", meeting.pk),
        "title": meeting.title or str(meeting),
        "start": format_partial_date(meeting.start, meeting.start_precision),
    }


def meeting_rows(queryset: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """``queryset`` with what :func:`meeting_summary` reads, in a fixed number of queries."""
    roles = MeetingRole.objects.select_related("actor").order_by("role", "position", "pk")
    return queryset.select_related("country").prefetch_related(
        "dialogues", Prefetch("roles", queryset=roles)
    )


def meeting_summary(request: Request, meeting: Meeting) -> dict[str, Any]:
    """The meeting's values (the extraction contract's), actors and dialogues with keys."""
    values = meeting_values(meeting)
    roles = roles_by_field(meeting)
    return {
        "id": meeting.pk,
        "url": _url(request, "api:meeting-detail", meeting.pk),
        "html_url": _url(request, "web:meeting", meeting.pk),
        **values,
        "kind": values["kind"] or "other",
        "dialogues": [
            dialogue_ref(d) for d in sorted(meeting.dialogues.all(), key=lambda d: d.name)
        ],
        "country": actor_ref(meeting.country) if meeting.country else None,
        "hosts": [actor_ref(role.actor) for role in roles["hosts"]],
        "chairs": [actor_ref(role.actor) for role in roles["chairs"]],
        "organisers": [actor_ref(role.actor) for role in roles["organisers"]],
        "follow_up_of": meeting.follow_up_of_id,
    }


def evidence(request: Request, item: Evidence) -> dict[str, Any]:
    return {
        "id": item.pk,
        "value": item.value,
        "method": item.method,
        "document": document_ref(request, item.document) if item.document else None,
        "start": item.start,
        "end": item.end,
        "quote": item.quote or "",
        "note": item.note or "",
        "editor": item.created_by.get_username() if item.created_by else None,
        "recorded_at": item.created_at,
    }


def _conflict(request: Request, conflict: Conflict) -> dict[str, Any]:
    return {"value": conflict.label, "evidence": [evidence(request, e) for e in conflict.evidence]}


def _field(request: Request, row: FieldRow) -> dict[str, Any]:
    return {
        "name": row.name,
        "label": str(row.label),
        "value": row.value,
        "actors": [actor_ref(actor) for actor in row.actors],
        "edited": evidence(request, row.edited) if row.edited else None,
        "evidence": [evidence(request, item) for item in row.evidence],
        "conflicts": [_conflict(request, c) for c in row.conflicts],
    }


def link(item: MeetingLink) -> dict[str, Any]:
    target: Any = item.area or item.objective or item.action
    kind = type(target).__name__.lower()
    framework = getattr(target, "framework", None)
    if framework is None and kind == "action" and target.objective is not None:
        framework = target.objective.framework
    return {
        "ref": link_ref(item),
        "plan": framework.key if framework is not None else "",
        "kind": kind,
        "item": target.pk,
        "number": str(target.number),
        "title": target.title or "",
        "status": "confirmed" if item.source == MeetingLink.Source.CONFIRMED else "suggested",
    }


def outcome(request: Request, item: Outcome, meeting: Meeting | None = None) -> dict[str, Any]:
    return {
        "id": item.pk,
        "meeting": meeting_ref(request, meeting or item.meeting),
        "kind": item.kind,
        "number": item.number,
        "text": item.text,
        "follow_up_status": item.follow_up_status,
        "document": item.document_id,
    }


def change(item: MeetingChange) -> dict[str, Any]:
    return {
        "id": item.pk,
        "kind": item.kind,
        "field": item.field or "",
        "old_value": item.old_value,
        "new_value": item.new_value,
        "editor": item.editor.get_username() if item.editor else None,
        "reason": item.reason or "",
        "made_at": item.created_at,
    }


def meeting_detail(request: Request, record: MeetingRecord) -> dict[str, Any]:
    """The meeting page's record as JSON: every field with its evidence and conflicts."""
    meeting = record.meeting
    return {
        **meeting_summary(request, meeting),
        "record": [_field(request, row) for row in record.rows],
        "documents": [document_ref(request, d) for d in record.documents],
        "links": [link(item) for item in record.links],
        "outcomes": [
            outcome(request, item, meeting)
            for group in record.outcome_groups
            for item in group.outcomes
        ],
        "history": [change(entry.change) for entry in record.history],
    }


def document_summary(request: Request, document: Document) -> dict[str, Any]:
    return {
        **document_ref(request, document),
        "source_url": document.source_url or "",
        "media_type": document.media_type or "",
        "size": document.size,
        "ingested_at": document.ingested_at,
    }


def document_detail(request: Request, document: Document) -> dict[str, Any]:
    meetings = (
        Meeting.objects.filter(mentions__document=document).distinct().order_by("start", "pk")
    )
    return {
        **document_summary(request, document),
        "kind_reason": document.kind_reason or "",
        "version_of": document.version_of_id,
        "text": document.text or "",
        "meetings": [meeting_ref(request, m) for m in meetings],
    }


def actor_summary(request: Request, actor: Actor) -> dict[str, Any]:
    return {
        **actor_ref(actor),
        "url": _url(request, "api:actor-detail", actor.key),
        "name_fr": actor.name_fr or "",
        "full_name": actor.full_name or "",
        "iso_code": actor.iso_code or "",
        "region": actor.region or "",
        "continent": actor.continent or "",
        "website": actor.url or "",
    }


def actor_detail(request: Request, actor: Actor) -> dict[str, Any]:
    counts = MeetingRole.objects.filter(actor=actor).aggregate(
        host=Count("meeting", filter=Q(role=MeetingRole.Role.HOST), distinct=True),
        chair=Count("meeting", filter=Q(role=MeetingRole.Role.CHAIR), distinct=True),
        organiser=Count("meeting", filter=Q(role=MeetingRole.Role.ORGANISER), distinct=True),
    )
    memberships = actor.memberships.select_related("dialogue").order_by("dialogue__name", "role")
    return {
        **actor_summary(request, actor),
        "meetings": {**counts, "held_in": Meeting.objects.filter(country=actor).count()},
        "memberships": [
            {"dialogue": dialogue_ref(m.dialogue), "role": m.role} for m in memberships
        ],
    }


def dialogue_summary(dialogue: Dialogue) -> dict[str, Any]:
    return {
        **dialogue_ref(dialogue),
        "name_fr": dialogue.name_fr or "",
        "full_name": dialogue.full_name or "",
        "kind": dialogue.kind,
        "founded": dialogue.founded or "",
        "meetings": getattr(dialogue, "meeting_count", 0),
    }


def plan_summary(request: Request, framework: Framework) -> dict[str, Any]:
    return {
        "key": framework.key,
        "name": framework.name,
        "name_fr": framework.name_fr or "",
        "dialogue": dialogue_ref(framework.dialogue),
        "period_start": framework.period_start,
        "period_end": framework.period_end,
        "objectives_total": framework.objectives_total,
        "actions_total": framework.actions_total,
        "coverage_url": _url(request, "api:plan-coverage", framework.key),
    }
