"""Meetings as iCalendar events (RFC 5545), for calendar feeds and e-mail attachments.

Decisions a calendar reader relies on:

- The record knows meeting *days*, never times of day, so every event is an all-day
  event: ``DTSTART;VALUE=DATE`` and an *exclusive* ``DTEND;VALUE=DATE`` (a meeting of
  3-6 March 2026 ends on 7 March; a one-day meeting ends the day after it starts).
  All-day dates are "floating" by definition: they mean the same calendar days in
  every time zone, which is what a meeting's dates mean. ``DTSTAMP`` and
  ``LAST-MODIFIED`` are instants and are written in UTC.
- A meeting known only to the month or the year ("July 2019", "2019") has no day we
  could honestly put in a calendar: :func:`meeting_event` refuses it
  (:class:`NotOnACalendar`) and :func:`meetings_calendar` leaves it out rather than
  invent a first day. A day-precise start with an end known only to the month keeps
  its start day as a one-day event and says in the description that the end is not
  known to the day.
- ``UID`` is ``meeting-<number>@processus``: the meeting's number is its permanent
  identity in the record, and the domain part does not depend on the host that
  served the file, so the same meeting imported from a feed and from an e-mail
  attachment is one event in the reader's calendar.
- A cancelled meeting stays in the feed with ``STATUS:CANCELLED`` (calendars then
  remove or strike it); a postponed one is ``TENTATIVE``; every other one
  ``CONFIRMED``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import icalendar
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from processus.kb.models import Meeting, MeetingRole
from processus.kb.models.meetings import CountQualifier, MeetingFormat, MeetingKind, MeetingStatus
from processus.kb.partial_dates import Precision

#: The ``PRODID`` of every calendar we write.
PRODUCT_ID = "-//Processus//Meetings of the migration dialogues//EN"
UID_DOMAIN = "processus"

_STATUS = {
    MeetingStatus.CANCELLED.value: "CANCELLED",
    MeetingStatus.POSTPONED.value: "TENTATIVE",
}


class NotOnACalendar(ValueError):
    """The meeting has no day-precise start date, so it cannot be a calendar event."""


def on_a_calendar(meeting: Meeting) -> bool:
    """Whether :func:`meeting_event` can place the meeting (its start is known to the day)."""
    return meeting.start is not None and meeting.start_precision == Precision.DAY


def meeting_uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def event_days(meeting: Meeting) -> tuple[dt.date, dt.date]:
    """The first day and the exclusive end day of the meeting's all-day event."""
    if not on_a_calendar(meeting):
        raise NotOnACalendar(
            f"meeting {meeting.pk} has no start date known to the day "
            f"({meeting.start_label or 'no date'})"
        )
    assert meeting.start is not None
    last = meeting.end if meeting.end and meeting.end_precision == Precision.DAY else meeting.start
    return meeting.start, last + dt.timedelta(days=1)


@functools.lru_cache(maxsize=256)
def _label(choices: type[models.TextChoices], value: str, language: str | None) -> str:
    """A choice's label in ``language``, remembered: Django's ``get_FOO_display`` hashes
    every lazy label of the field on each call, the largest cost of a long calendar."""
    return str(dict(choices.choices).get(value, value))


def choice_label(choices: type[models.TextChoices], value: str) -> str:
    return _label(choices, value, get_language())


def kind_label(meeting: Meeting) -> str:
    return choice_label(MeetingKind, meeting.kind)


def meeting_location(meeting: Meeting) -> str:
    """City and country as the visitor's language names them (empty when unknown)."""
    parts = [meeting.city] if meeting.city else []
    if meeting.country is not None:
        parts.append(meeting.country.display_name)
    return ", ".join(parts)


def _role_names(meeting: Meeting, role: str) -> list[str]:
    return [r.actor.display_name for r in meeting.roles.all() if r.role == role]


def meeting_description(meeting: Meeting) -> str:
    """Plain-text summary of the record: kind, dialogues, roles, format and counts."""
    lines = [kind_label(meeting).capitalize()]
    dialogues = [d.display_name for d in meeting.dialogues.all()]
    if dialogues:
        lines.append(_("Dialogues: %(names)s") % {"names": ", ".join(dialogues)})
    for role, label in (
        (MeetingRole.Role.HOST, _("Hosts: %(names)s")),
        (MeetingRole.Role.CHAIR, _("Chairs: %(names)s")),
        (MeetingRole.Role.ORGANISER, _("Organisers: %(names)s")),
    ):
        names = _role_names(meeting, role)
        if names:
            lines.append(label % {"names": ", ".join(names)})
    if meeting.format:
        lines.append(
            _("Format: %(format)s") % {"format": choice_label(MeetingFormat, meeting.format)}
        )
    if meeting.participants is not None:
        qualifier = (
            choice_label(CountQualifier, meeting.participants_qualifier)
            if meeting.participants_qualifier
            else ""
        )
        count = f"{qualifier} {meeting.participants}".strip()
        lines.append(_("Participants: %(count)s") % {"count": count})
    if meeting.end and meeting.end_precision != Precision.DAY:
        lines.append(
            _("End date known only as %(end)s; shown here as its first day.")
            % {"end": meeting.end_label}
        )
    if meeting.status == MeetingStatus.POSTPONED:
        lines.append(_("Postponed."))
    return "\n".join(lines)


def meeting_event(meeting: Meeting, base_url: str = "") -> icalendar.Event:
    """The meeting as an all-day ``VEVENT``; raises :class:`NotOnACalendar` without a day.

    ``base_url`` (``https://host``) makes the event's ``URL`` absolute; without it the
    event carries the site-relative path, which calendar readers ignore gracefully.
    For many meetings, prefetch ``roles__actor``, ``dialogues`` and select ``country``.
    """
    first, after_last = event_days(meeting)
    event = icalendar.Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", _utc(meeting.updated))
    event.add("last-modified", _utc(meeting.updated))
    event.add("created", _utc(meeting.created))
    event.add("dtstart", first)
    event.add("dtend", after_last)
    event.add("summary", meeting.title or kind_label(meeting).capitalize())
    location = meeting_location(meeting)
    if location:
        event.add("location", location)
    event.add("description", meeting_description(meeting))
    event.add("url", base_url + reverse("web:meeting", args=[meeting.pk]))
    event.add("status", _STATUS.get(meeting.status, "CONFIRMED"))
    event.add("transp", "TRANSPARENT")
    categories = [kind_label(meeting)]
    categories += [d.display_name for d in meeting.dialogues.all()]
    event.add("categories", categories)
    return event


def meetings_calendar(
    meetings: Iterable[Meeting], name: str, base_url: str = "", description: str = ""
) -> bytes:
    """A ``VCALENDAR`` of the meetings that have a day-precise start, as UTF-8 bytes.

    Meetings dated only to the month or year are left out (see the module's notes).
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    for meeting in meetings:
        if on_a_calendar(meeting):
            calendar.add_component(meeting_event(meeting, base_url))
    return calendar.to_ical()


def _utc(moment: dt.datetime | None) -> dt.datetime:
    moment = moment or timezone.now()
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return moment.astimezone(dt.UTC)
