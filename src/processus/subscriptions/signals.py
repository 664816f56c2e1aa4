"""Events from the record's own writes through the ORM (editors, the admin, the API).

A new meeting or outcome saved through the ORM queues an
:class:`~processus.subscriptions.models.Event` in the same transaction as the write
(a rolled-back change leaves none). Ingestion writes with plain SQL, and editors'
corrections bulk-create their ``MeetingChange`` rows, which send no signals:
:func:`processus.subscriptions.operations.collect` reads those from the record's
change log and the changes table instead.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save

from processus.kb.models import Meeting, Outcome
from processus.subscriptions.models import Event


def _meeting_saved(
    sender: Any, instance: Meeting, created: bool, raw: bool = False, **_: Any
) -> None:
    if created and not raw:
        Event.objects.create(meeting=instance, kind=new_meeting_kind(instance))


def _outcome_saved(
    sender: Any, instance: Outcome, created: bool, raw: bool = False, **_: Any
) -> None:
    if created and not raw:
        Event.objects.create(meeting_id=instance.meeting_id, kind=Event.Kind.OUTCOMES)


def new_meeting_kind(meeting: Meeting) -> str:
    """A new meeting still to come is *announced*; a past one is *added* to the record."""
    if meeting.start is None or meeting.current_status == "upcoming":
        return Event.Kind.ANNOUNCED
    return Event.Kind.ADDED


def connect() -> None:
    uid = "processus.subscriptions"
    post_save.connect(_meeting_saved, sender=Meeting, dispatch_uid=f"{uid}.meeting")
    post_save.connect(_outcome_saved, sender=Outcome, dispatch_uid=f"{uid}.outcome")
