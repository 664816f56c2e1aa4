"""The meeting page's preparation part: agenda and registration state, before the meeting."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from processus.kb.models import Evidence, Meeting
from processus.kb.models.meetings import MeetingStatus
from processus.kb.operations import can_edit_record
from processus.preparation import rules
from processus.preparation.models import (
    SEAT_STATUSES,
    Preparation,
    Registration,
    RegistrationStatus,
    Session,
)
from processus.preparation.operations import focal_point_of, rule_settings

register = template.Library()


@register.inclusion_tag("preparation/includes/meeting_preparation.html", takes_context=True)
def meeting_preparation(context: dict[str, Any], meeting: Meeting) -> dict[str, Any]:
    """Nothing for a meeting nobody prepared here; otherwise its agenda and, until the
    meeting is over, whether registration is open and how many seats are left.

    Announcing writes the meeting's values as an editor's, so a meeting without edited
    evidence was never announced: read from the page's prefetched evidence, the
    record pages of the many meetings known from documents only cost no query more.
    """
    if not any(item.method == Evidence.Method.EDITED for item in meeting.evidence.all()):
        return {"preparation": None, "can_edit": False}
    preparation = Preparation.objects.filter(meeting=meeting).first()
    request = context.get("request")
    user = getattr(request, "user", None)
    if preparation is None:
        return {"preparation": None, "can_edit": False}
    zone = zoneinfo.ZoneInfo(preparation.time_zone)
    statuses = Registration.objects.filter(meeting=meeting).values_list("status", flat=True)
    seated = sum(1 for s in statuses if s in SEAT_STATUSES)
    waiting = sum(1 for s in statuses if s == RegistrationStatus.WAITLISTED)
    settings = rule_settings(preparation)
    now = timezone.now()
    closed_reason = rules.window_error(settings, now)
    upcoming = meeting.current_status != MeetingStatus.PAST
    may_register = (
        bool(user is not None and (can_edit_record(user) or focal_point_of(user) is not None))
        or preparation.individual_registration
    )
    french = (get_language() or "").startswith("fr")
    return {
        "meeting": meeting,
        "preparation": preparation,
        "title_fr": preparation.title_fr if not french else "",
        "title_en": meeting.title if french and preparation.title_fr else "",
        "sessions": list(Session.objects.filter(meeting=meeting)),
        "time_zone": zone,
        "deadline": preparation.local(preparation.registration_deadline),
        "opens": preparation.local(preparation.registration_opens),
        "seated": seated,
        "waiting": waiting,
        "seats_left": (
            max(preparation.capacity - seated, 0) if preparation.capacity is not None else None
        ),
        "closed_reason": closed_reason,
        "upcoming": upcoming,
        "may_register": may_register and upcoming and closed_reason is None,
        "can_edit": can_edit_record(user),
        "french": french,
    }
