"""A title for a meeting the page does not name: its kind, its place and its month.

Most pages name a meeting by what it is and where ("the Senior Officials' Meeting, held in
Madrid in October 2022") rather than by a name of its own.  A record then gets a title
composed from those facts, "Senior Officials' Meeting, Madrid, October 2022", and its
title evidence says so (:data:`COMPOSED_NOTE`, marked inferred) so that nothing takes it
for the meeting's own name: the evaluation scores given titles only, and the knowledge
base matches meetings on given titles only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

COMPOSED_NOTE = "composed from the meeting's kind, place and date"

KIND_LABELS: dict[str, str] = {
    "ministerial_conference": "Ministerial Conference",
    "senior_officials_meeting": "Senior Officials' Meeting",
    "steering_committee": "Steering Committee meeting",
    "thematic_meeting": "Thematic meeting",
    "technical_meeting": "Technical meeting",
    "workshop": "Workshop",
    "side_event": "Side event",
    "joint_meeting": "Joint meeting",
    "training": "Training",
    "field_visit": "Field visit",
    "other": "Meeting",
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def compose_title(
    kind: str | None,
    city: str | None,
    country: str | None,
    start: str | None,
    meeting_format: str | None = None,
) -> str | None:
    """ "Senior Officials' Meeting, Madrid, October 2022"; an online meeting, which has no
    place, "Workshop (online), October 2025"; with only one of the two, "Field visit,
    Kigali" or "Senior Officials' Meeting, September 2022".  None without a kind or with
    neither a place nor a date (a title of one word tells nothing)."""
    if kind not in KIND_LABELS:
        return None
    place = city or country
    online = meeting_format == "virtual" and not place
    label = f"{KIND_LABELS[kind]} (online)" if online else KIND_LABELS[kind]
    parts = [part for part in (place, _when(start) if start else None) if part]
    return ", ".join([label, *parts]) if parts else None


def _when(start: str) -> str:
    year, _, rest = start.partition("-")
    if not rest:
        return year
    return f"{_MONTHS[int(rest[:2]) - 1]} {year}"


def is_composed(record: Mapping[str, Any]) -> bool:
    """Whether a record's title (as a contract dict) was composed, not given by the text."""
    return any(
        e.get("field") == "title" and e.get("note") == COMPOSED_NOTE
        for e in record.get("evidence") or ()
    )


def given_title(record: Mapping[str, Any]) -> str | None:
    """The record's own title: None when it was composed."""
    return None if is_composed(record) else record.get("title")
