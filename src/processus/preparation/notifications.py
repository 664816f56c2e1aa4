"""The e-mails registrants receive, each with the meeting's calendar (.ics) attached.

Written in the registrant's language (the one they registered in), sent through
Django's mail framework: the console backend unless ``EMAIL_HOST`` is set
(settings). Operations call :func:`send_all` after their transaction has
committed, so nobody is told about a seat a rollback took back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from processus.opendata.calendars import meetings_calendar
from processus.preparation.models import Registration

log = logging.getLogger(__name__)

CONFIRM_EMAIL = "confirm_email"
CONFIRMED = "confirmed"
PENDING = "pending"
WAITLISTED = "waitlisted"
PROMOTED = "promoted"
REMINDER = "reminder"
REJECTED = "rejected"


def site_url() -> str:
    return str(getattr(settings, "PROCESSUS_SITE_URL", "http://localhost:8000")).rstrip("/")


def _subject(kind: str, meeting: str) -> str:
    subjects = {
        CONFIRM_EMAIL: _("Please confirm your registration: %(meeting)s"),
        CONFIRMED: _("Registration confirmed: %(meeting)s"),
        PENDING: _("Registration received, awaiting approval: %(meeting)s"),
        WAITLISTED: _("On the waiting list: %(meeting)s"),
        PROMOTED: _("A place is now yours: %(meeting)s"),
        REMINDER: _("Reminder: %(meeting)s"),
        REJECTED: _("Registration not accepted: %(meeting)s"),
    }
    return subjects[kind] % {"meeting": meeting}


def calendar_file(registration: Registration) -> bytes | None:
    """The meeting's .ics, or ``None`` when its start is not known to the day."""
    meeting = registration.meeting
    if meeting.start is None or meeting.start_precision != "day":
        return None
    return meetings_calendar([meeting], name=str(meeting), base_url=site_url())


def message(registration: Registration, kind: str) -> EmailMessage:
    """The e-mail of ``kind`` for ``registration``, in its language, .ics attached."""
    from processus.preparation.operations import confirm_token, waiting_position

    with translation.override(registration.language):
        meeting = registration.meeting
        title = meeting.title or str(meeting.get_kind_display())
        preparation = getattr(meeting, "preparation", None)
        if registration.language == "fr" and preparation is not None and preparation.title_fr:
            title = preparation.title_fr
        context = {
            "registration": registration,
            "meeting": meeting,
            "title": title,
            "kind": kind,
            "position": waiting_position(registration),
            "page": site_url() + reverse("web:meeting", args=[meeting.pk]),
            "confirm_link": (
                site_url() + reverse("preparation:confirm", args=[confirm_token(registration)])
                if kind == CONFIRM_EMAIL
                else ""
            ),
        }
        body = render_to_string("preparation/emails/message.txt", context)
        email = EmailMessage(_subject(kind, title), body, to=[registration.email])
    calendar = calendar_file(registration)
    if calendar is not None:
        email.attach(f"meeting-{meeting.pk}.ics", calendar, "text/calendar")
    return email


def send_all(notices: Iterable[tuple[Registration, str]]) -> int:
    """Send each (registration, kind); the number sent. A failing mail server is logged,
    never undoes a registration."""
    sent = 0
    for registration, kind in notices:
        try:
            sent += message(registration, kind).send()
        except Exception:  # the registration stands; the secretariat sees it in the log
            log.exception("could not send the %s e-mail of registration %s", kind, registration.pk)
    return sent
