"""Every state change of a meeting's preparation: announce, register, cancel, decide, attend.

Views, the API and the commands call these functions and nothing else changes a
registration. The meeting's own values go through :func:`processus.kb.operations.
correct_meeting` (edited evidence, history), and the attended count through the
same function with method ``recorded``.

Registrations are decided one at a time per meeting: :func:`_lock` takes the
meeting's :class:`~processus.preparation.models.Preparation` row with ``SELECT …
FOR UPDATE`` on PostgreSQL (other meetings' registrations go on in parallel) and
the database's write lock on SQLite (the kb writer lock; SQLite has one writer
anyway). The counts are read after the lock, so two registrations for the last
seat cannot both see it free. E-mails are sent once the transaction has committed.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core import signing
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from processus.kb.models import Actor, Meeting
from processus.kb.operations import correct_meeting
from processus.kb.operations.editors import can_edit_record, require_editor
from processus.kb.writer_lock import take_writer_lock
from processus.preparation import notifications, rules
from processus.preparation.models import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    FocalPoint,
    Preparation,
    Registration,
    RegistrationStatus,
    Session,
)

#: Salt of the signed links individuals confirm their e-mail with.
CONFIRM_SALT = "processus.preparation.confirm"
#: How long a confirmation link stays valid.
CONFIRM_MAX_AGE = 7 * 24 * 3600


class RegistrationRefused(Exception):
    """A registration the rules or the settings refuse; the message says why."""


@dataclass
class Outcome:
    """A registration after an operation, and anyone promoted by it."""

    registration: Registration
    position: int | None = None
    promoted: list[Registration] = field(default_factory=list)


# --- announcing ---------------------------------------------------------------------------


def announce(
    editor: Any,
    values: Mapping[str, Any],
    settings: Mapping[str, Any],
    meeting: Meeting | None = None,
    reason: str = "",
) -> Meeting:
    """Create (no ``meeting``) or change an announced meeting and its registration settings.

    ``values`` are record values in the extraction contract's shape (``kind``,
    ``title``, ``start``, ``end``, ``city``, ``country``, ``format``, ``dialogues``,
    ``hosts``, ``chairs``, ``organisers``), written as the editor's through the kb's
    operations; ``settings`` are :class:`Preparation` fields. The record's own
    ``registration_deadline`` (a date) follows the deadline, read in its time zone.
    """
    require_editor(editor)
    with transaction.atomic():
        if meeting is None:
            meeting = Meeting.objects.create()
            values = {"status": "upcoming", **values}
        preparation, _created = Preparation.objects.get_or_create(meeting=meeting)
        for name, value in settings.items():
            setattr(preparation, name, value)
        preparation.full_clean()
        preparation.save()
        deadline = preparation.local(preparation.registration_deadline)
        record = dict(values)
        record["registration_deadline"] = (
            deadline.date().isoformat() if isinstance(deadline, dt.datetime) else None
        )
        correct_meeting(meeting, editor, record, reason or _("Announced by the secretariat."))
    return meeting


def save_session(editor: Any, session: Session) -> Session:
    """Add or change an agenda item (the form has validated it)."""
    require_editor(editor)
    session.full_clean()
    session.save()
    _touch(session.meeting_id)
    return session


def delete_session(editor: Any, session: Session) -> None:
    require_editor(editor)
    meeting_id = session.meeting_id
    session.delete()
    _touch(meeting_id)


def _touch(meeting_id: int) -> None:
    """Mark the meeting changed so cached public pages show the new agenda or seats.

    ``updated`` is the page cache's change time (:mod:`processus.web.page_cache`);
    no value of the record changes.
    """
    Meeting.objects.filter(pk=meeting_id).update(updated=timezone.now())
    from processus.web.page_cache import forget_data_version

    forget_data_version()


# --- registering --------------------------------------------------------------------------


def _lock(meeting_id: int) -> Preparation:
    """The meeting's registration settings, locked until the transaction ends (module doc)."""
    if connection.vendor == "postgresql":
        found = Preparation.objects.select_for_update().filter(meeting_id=meeting_id).first()
    else:
        take_writer_lock()
        found = Preparation.objects.filter(meeting_id=meeting_id).first()
    if found is None:
        raise RegistrationRefused(_("This meeting does not take registrations."))
    return found


def rule_settings(preparation: Preparation) -> rules.Settings:
    return rules.Settings(
        opens=preparation.registration_opens,
        deadline=preparation.registration_deadline,
        capacity=preparation.capacity,
        quota_per_country=preparation.quota_per_country,
        approval_required=preparation.approval_required,
        time_zone=zoneinfo.ZoneInfo(preparation.time_zone),
    )


def _seats(meeting_id: int) -> rules.Seats:
    held = list(
        Registration.objects.filter(meeting_id=meeting_id, status__in=SEAT_STATUSES).values_list(
            "country_id", "working_group_id"
        )
    )
    return rules.Seats(
        total=len(held),
        by_country=Counter(c for c, _g in held if c is not None),
        by_group=Counter(g for _c, g in held if g is not None),
    )


def _candidate(registration: Registration) -> rules.Candidate:
    group = registration.working_group
    return rules.Candidate(
        country=registration.country_id,
        working_group=group.pk if group else None,
        group_capacity=group.capacity if group else None,
    )


def waiting_position(registration: Registration) -> int | None:
    """Place on the waiting list (1 = next), in order of arrival."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        meeting_id=registration.meeting_id,
        status=RegistrationStatus.WAITLISTED,
        created_at__lt=registration.created_at,
    ).count()
    same_time = Registration.objects.filter(
        meeting_id=registration.meeting_id,
        status=RegistrationStatus.WAITLISTED,
        created_at=registration.created_at,
        pk__lt=registration.pk,
    ).count()
    return ahead + same_time + 1


def _check_working_group(registration: Registration) -> None:
    group = registration.working_group
    if group is not None and (
        group.meeting_id != registration.meeting_id or not group.working_group
    ):
        raise RegistrationRefused(_("This working group is not part of this meeting."))


def register(
    registration: Registration, user: Any = None, now: dt.datetime | None = None
) -> Outcome:
    """Decide and store a new registration (its fields filled, ``meeting`` set).

    A focal point registers for its own country only; anyone else registers as an
    individual where the meeting allows it, and holds no seat until the e-mail's
    link is followed (:func:`confirm_email`). Raises :class:`RegistrationRefused`
    with the reason.
    """
    now = now or timezone.now()
    focal = focal_point_of(user)
    if focal is not None:
        registration.focal_point = focal
        registration.country = focal.country
    if user is not None and getattr(user, "is_authenticated", False):
        registration.registered_by = user
    _check_working_group(registration)
    with transaction.atomic():
        preparation = _lock(registration.meeting_id)
        settings = rule_settings(preparation)
        error = rules.window_error(settings, now)
        if error:
            raise RegistrationRefused(error)
        if focal is None and not can_edit_record(user):
            if not preparation.individual_registration:
                raise RegistrationRefused(
                    _("Only national focal points register for this meeting.")
                )
            registration.status = RegistrationStatus.UNCONFIRMED
            registration.created_at = now
            registration.save()
            mail = [(registration, notifications.CONFIRM_EMAIL)]
        else:
            decision = rules.decide(settings, _seats(registration.meeting_id),
                                    _candidate(registration), now)  # fmt: skip
            registration.status = decision.status
            registration.created_at = now
            registration.save()
            mail = [(registration, decision.status)]
        _touch(registration.meeting_id)
    notifications.send_all(mail)
    return Outcome(registration, waiting_position(registration))


def confirm_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CONFIRM_SALT)


def confirm_email(token: str, now: dt.datetime | None = None) -> Outcome:
    """An individual followed the e-mail's link: their registration is decided now.

    The rules apply at the time of confirmation (a link followed after the
    deadline is refused); a link followed twice changes nothing.
    """
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        raise RegistrationRefused(_("This confirmation link has expired.")) from None
    except signing.BadSignature:
        raise RegistrationRefused(_("This confirmation link is not valid.")) from None
    now = now or timezone.now()
    registration = Registration.objects.filter(pk=pk).select_related("working_group").first()
    if registration is None:
        raise RegistrationRefused(_("This registration no longer exists."))
    with transaction.atomic():
        preparation = _lock(registration.meeting_id)
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.UNCONFIRMED:
            return Outcome(registration, waiting_position(registration))
        settings = rule_settings(preparation)
        decision = rules.decide(settings, _seats(registration.meeting_id),
                                _candidate(registration), now)  # fmt: skip
        if decision.refused:
            raise RegistrationRefused(decision.reason)
        registration.status = decision.status
        registration.created_at = now  # the waiting list's order: when the e-mail was confirmed
        registration.save()
        _touch(registration.meeting_id)
    notifications.send_all([(registration, decision.status)])
    return Outcome(registration, waiting_position(registration))


def focal_point_of(user: Any) -> FocalPoint | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return FocalPoint.objects.filter(user=user).select_related("country").first()


# --- who may see and change a registration ------------------------------------------------


def can_manage(user: Any, registration: Registration) -> bool:
    """The secretariat, the registrant (the account that registered) and their focal point."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if can_edit_record(user):
        return True
    if registration.registered_by_id == user.pk:
        return True
    focal = focal_point_of(user)
    return focal is not None and focal.country_id == registration.country_id


def visible_registrations(user: Any, meeting: Meeting) -> Any:
    """The registrations of ``meeting`` whose personal data ``user`` may see."""
    found = Registration.objects.filter(meeting=meeting).select_related("country", "working_group")
    if can_edit_record(user):
        return found
    if user is None or not getattr(user, "is_authenticated", False):
        return found.none()
    focal = focal_point_of(user)
    from django.db.models import Q

    mine = Q(registered_by=user)
    if focal is not None:
        mine |= Q(country_id=focal.country_id)
    return found.filter(mine)


# --- cancelling, approving, rejecting -----------------------------------------------------


def _promote(meeting_id: int, preparation: Preparation) -> list[Registration]:
    """Give freed seats to the first compatible waiting registrations (rules module doc)."""
    settings = rule_settings(preparation)
    promoted: list[Registration] = []
    while True:
        waiting = list(
            Registration.objects.filter(meeting_id=meeting_id, status=RegistrationStatus.WAITLISTED)
            .select_related("working_group")
            .order_by("created_at", "pk")
        )
        chosen = rules.first_promotable(
            settings, _seats(meeting_id), [(r.pk, _candidate(r)) for r in waiting]
        )
        if chosen is None:
            return promoted
        registration = next(r for r in waiting if r.pk == chosen)
        registration.status = rules.seated_status(settings)
        registration.save(update_fields=["status", "changed_at"])
        promoted.append(registration)


def cancel(registration: Registration, user: Any) -> Outcome:
    """Cancel a registration (registrant, focal point or secretariat); seats freed are given
    to the waiting list and the promoted are told."""
    if not can_manage(user, registration):
        raise PermissionError("only the registrant, their focal point or the secretariat")
    return _end(registration, RegistrationStatus.CANCELLED)


def _end(registration: Registration, status: str) -> Outcome:
    with transaction.atomic():
        preparation = _lock(registration.meeting_id)
        registration.refresh_from_db()
        if registration.status not in ACTIVE_STATUSES:
            raise RegistrationRefused(
                _("This registration is already %(status)s.")
                % {"status": registration.get_status_display()}
            )
        registration.status = status
        registration.save(update_fields=["status", "changed_at"])
        promoted = _promote(registration.meeting_id, preparation)
        _touch(registration.meeting_id)
    notifications.send_all([(r, notifications.PROMOTED) for r in promoted])
    return Outcome(registration, None, promoted)


def decide_pending(
    editor: Any, registrations: Iterable[Registration], approve: bool
) -> list[Registration]:
    """Approve (confirmed) or reject pending registrations in bulk; the ones changed.

    A rejection frees the seat for the waiting list.
    """
    require_editor(editor)
    changed = []
    for registration in registrations:
        if registration.status != RegistrationStatus.PENDING:
            continue
        if approve:
            with transaction.atomic():
                _lock(registration.meeting_id)
                registration.status = RegistrationStatus.CONFIRMED
                registration.save(update_fields=["status", "changed_at"])
            notifications.send_all([(registration, RegistrationStatus.CONFIRMED)])
        else:
            _end(registration, RegistrationStatus.REJECTED)
        changed.append(registration)
    return changed


# --- the day of the meeting and after ------------------------------------------------------


def mark_attendance(editor: Any, meeting: Meeting, attended_ids: Iterable[int]) -> int:
    """Mark who came (the seated registrations checked on the day); the number attended."""
    require_editor(editor)
    wanted = set(attended_ids)
    seated = Registration.objects.filter(meeting=meeting, status__in=SEAT_STATUSES)
    with transaction.atomic():
        seated.filter(pk__in=wanted).update(attended=True)
        seated.exclude(pk__in=wanted).update(attended=False)
    return seated.filter(attended=True).count()


def attended_counts(meeting: Meeting) -> tuple[int, int]:
    """Participants who attended, and the number of their countries."""
    came = Registration.objects.filter(meeting=meeting, attended=True, status__in=SEAT_STATUSES)
    countries = came.exclude(country=None).values("country").distinct().count()
    return came.count(), countries


def record_attendance(editor: Any, meeting: Meeting) -> tuple[int, int]:
    """Make the attended count the record's participants and countries_count, as evidence
    with method ``recorded`` beside what the documents say (they show as other values)."""
    participants, countries = attended_counts(meeting)
    if participants == 0:
        raise RegistrationRefused(_("Nobody is marked as attending yet."))
    reason = _(
        "Attendance recorded by the secretariat: %(p)s participants from %(c)s countries."
    ) % {
        "p": participants,
        "c": countries,
    }
    correct_meeting(
        meeting,
        editor,
        {"participants": participants, "participants_qualifier": None,
         "countries_count": countries or None},
        reason,
        method="recorded",
        hold=("participants", "participants_qualifier", "countries_count"),
    )  # fmt: skip
    return participants, countries


def country_named(name: str) -> Actor | None:
    return Actor.objects.filter(kind="country", name__iexact=name.strip()).first()


# --- focal points -------------------------------------------------------------------------

#: The group of national focal points' accounts.
FOCAL_POINTS_GROUP = "Focal points"


def create_focal_point(username: str, email: str, password: str, country: Actor) -> Any:
    """A new account in the "Focal points" group, tied to ``country`` (not an editor)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if country.kind != "country":
        raise ValueError(f"{country.name} is not a country")
    with transaction.atomic():
        user = get_user_model().objects.create_user(username, email=email, password=password)
        group, _created = Group.objects.get_or_create(name=FOCAL_POINTS_GROUP)
        user.groups.add(group)
        FocalPoint.objects.create(user=user, country=country)
    return user


def remind(days: int, now: dt.datetime | None = None) -> int:
    """E-mail every seated registrant of a meeting starting within ``days`` days, once;
    the number of reminders sent (``processus remind`` and the task call this)."""
    today = timezone.localdate(now or timezone.now())
    due = Registration.objects.filter(
        status__in=SEAT_STATUSES,
        reminded_at__isnull=True,
        meeting__start__gte=today,
        meeting__start__lte=today + dt.timedelta(days=days),
        meeting__start_precision="day",
    ).select_related("meeting", "meeting__country")
    sent = 0
    for registration in due:
        if notifications.send_all([(registration, notifications.REMINDER)]):
            Registration.objects.filter(pk=registration.pk).update(reminded_at=timezone.now())
            sent += 1
    return sent
