"""A meeting's values in the shape of the extraction contract, and their labels.

The same names (``start``, ``hosts``, ``participants_qualifier``…) are used by
extraction, by :class:`~processus.kb.models.Evidence` rows and by the downloads,
so a value shown on a page can be compared with the evidence for it.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

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

LIST_FIELDS = frozenset({"dialogues", "hosts", "chairs", "organisers", "themes", "links"})

FIELD_LABELS: dict[str, Promise] = {
    "kind": _("kind"),
    "title": _("title"),
    "dialogues": _("dialogues"),
    "start": _("start"),
    "end": _("end"),
    "city": _("city"),
    "country": _("country"),
    "format": _("format"),
    "status": _("status"),
    "hosts": _("hosts"),
    "chairs": _("chairs"),
    "organisers": _("organisers"),
    "participants": _("participants"),
    "participants_qualifier": _("participants qualifier"),
    "countries_count": _("countries represented"),
    "recommendations": _("recommendations"),
    "registration_deadline": _("registration deadline"),
    "themes": _("thematic domains"),
    "links": _("action-plan links"),
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


def value_items(value: Any) -> list[str]:
    """A value as a list of comparable strings (``"Morocco"`` → ``["Morocco"]``, null → ``[]``)."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item not in (None, "")]
    return [str(value)]


def value_label(value: Any) -> str:
    """A value as a reader sees it in a list of conflicting values or in the history."""
    items = value_items(value)
    return ", ".join(items) if items else "—"
