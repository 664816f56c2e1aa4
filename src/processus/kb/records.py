"""A consolidated meeting's values in the shape of the extraction contract.

The same names (``start``, ``hosts``, ``participants_qualifier``…) are used by
extraction, by :class:`~processus.kb.models.Evidence` rows, by the exports and by
the pages, so every reader of a meeting gets it from here.
"""

from __future__ import annotations

from typing import Any

from processus.extraction.records import RECORD_KEYS
from processus.kb.models import Meeting, MeetingRole
from processus.kb.partial_dates import format_partial_date

#: Every field of a meeting record, in the order of the contract (no source, no evidence).
FIELDS: tuple[str, ...] = tuple(key for key in RECORD_KEYS if key not in ("source", "evidence"))

#: List fields backed by :class:`MeetingRole` rows.
ROLE_FIELDS: dict[str, str] = {
    "hosts": MeetingRole.Role.HOST,
    "chairs": MeetingRole.Role.CHAIR,
    "organisers": MeetingRole.Role.ORGANISER,
}


def roles_by_field(meeting: Meeting) -> dict[str, list[MeetingRole]]:
    """The meeting's roles grouped as ``hosts``/``chairs``/``organisers``, in order.

    Reads ``meeting.roles.all()``, so prefetch ``roles__actor`` to avoid queries.
    """
    grouped: dict[str, list[MeetingRole]] = {name: [] for name in ROLE_FIELDS}
    field_of = {role: name for name, role in ROLE_FIELDS.items()}
    for role in sorted(meeting.roles.all(), key=lambda r: (r.role, r.position, r.pk)):
        grouped[field_of[role.role]].append(role)
    return grouped


def meeting_values(meeting: Meeting) -> dict[str, Any]:
    """The contract's record for ``meeting`` (without ``source`` and ``evidence``).

    Needs ``country`` selected and ``dialogues`` and ``roles__actor`` prefetched.
    """
    roles = roles_by_field(meeting)
    return {
        "kind": meeting.kind or None,
        "title": meeting.title or None,
        "dialogues": sorted(d.name for d in meeting.dialogues.all()),
        "start": format_partial_date(meeting.start, meeting.start_precision),
        "end": format_partial_date(meeting.end, meeting.end_precision),
        "city": meeting.city or None,
        "country": meeting.country.name if meeting.country else None,
        "format": meeting.format or None,
        "status": meeting.current_status or None,
        "hosts": [r.actor.name for r in roles["hosts"]],
        "chairs": [r.actor.name for r in roles["chairs"]],
        "organisers": [r.actor.name for r in roles["organisers"]],
        "participants": meeting.participants,
        "participants_qualifier": meeting.participants_qualifier or None,
        "countries_count": meeting.countries_count,
        "recommendations": meeting.recommendations,
        "registration_deadline": format_partial_date(
            meeting.registration_deadline, meeting.registration_deadline_precision
        ),
        "themes": sorted(int(t) for t in meeting.themes or [] if str(t).isdigit()),
    }
