"""What preparing a meeting adds beside the knowledge base's Meeting.

A prepared meeting is the same :class:`~processus.kb.models.Meeting` the record
shows (its kind, title, dates, place, roles are written through
:mod:`processus.kb.operations`, as edited evidence). This app keeps only what the
record has no field for: the French title and the virtual link, the agenda
(:class:`Session`, working groups with a capacity), the registration settings
(:class:`Preparation`, whose row registrations lock), the focal points
(:class:`FocalPoint`) and the registrations themselves.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _check_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(zone)s."), params={"zone": value})


class Preparation(models.Model):
    """An announced meeting's extra facts and its registration settings.

    Every registration locks this row (``SELECT … FOR UPDATE`` on PostgreSQL) while
    it counts the seats, so two registrations for the last seat are decided one
    after the other. Times are stored in UTC; ``time_zone`` is the one the
    deadline is announced in, and pages show it in that zone.
    """

    meeting = models.OneToOneField(
        "kb.Meeting", on_delete=models.CASCADE, primary_key=True, related_name="preparation"
    )
    title_fr = models.CharField(_("title in French"), max_length=500, blank=True)
    virtual_link = models.URLField(_("virtual link"), blank=True)
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=60, default="UTC", validators=[_check_time_zone]
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    quota_per_country = models.PositiveSmallIntegerField(
        _("places per country"), null=True, blank=True, help_text=_("Empty: no quota.")
    )
    approval_required = models.BooleanField(_("approval required"), default=False)
    individual_registration = models.BooleanField(
        _("individual registration allowed"), default=False
    )

    class Meta:
        verbose_name = _("meeting preparation")
        verbose_name_plural = _("meeting preparations")

    def __str__(self) -> str:
        return str(self.meeting)

    def clean(self) -> None:
        if (
            self.registration_opens
            and self.registration_deadline
            and self.registration_deadline < self.registration_opens
        ):
            raise ValidationError(
                {"registration_deadline": _("The deadline cannot be before the opening.")}
            )

    def local(self, moment: object) -> object:
        """A stored time in the announced time zone."""
        if moment is None:
            return None
        return timezone.localtime(moment, zoneinfo.ZoneInfo(self.time_zone))  # type: ignore[arg-type]


class Session(models.Model):
    """One item of the agenda: a plenary session, or a working group with its own capacity."""

    meeting = models.ForeignKey("kb.Meeting", on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=300)
    title_fr = models.CharField(_("title in French"), max_length=300, blank=True)
    starts = models.DateTimeField(_("starts"))
    ends = models.DateTimeField(_("ends"), null=True, blank=True)
    speakers = models.CharField(_("speakers"), max_length=500, blank=True)
    working_group = models.BooleanField(
        _("working group"), default=False, help_text=_("A parallel session registrants choose.")
    )
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "starts", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__isnull=True) | models.Q(ends__gte=models.F("starts")),
                name="session_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class FocalPoint(models.Model):
    """A national focal point: an account that registers its country's delegation."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="focal_point"
    )
    country = models.ForeignKey(
        "kb.Actor",
        on_delete=models.PROTECT,
        related_name="focal_points",
        limit_choices_to={"kind": "country"},
        verbose_name=_("country"),
    )

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.country})"


class RegistrationStatus(models.TextChoices):
    #: An individual who has not yet followed the e-mail's link: holds no seat.
    UNCONFIRMED = "unconfirmed", _("e-mail not confirmed")
    CONFIRMED = "confirmed", _("confirmed")
    PENDING = "pending", _("pending approval")
    WAITLISTED = "waitlisted", _("waiting list")
    CANCELLED = "cancelled", _("cancelled")
    REJECTED = "rejected", _("rejected")


#: Statuses that hold a seat (counted against the capacity and the quota).
SEAT_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING)
#: Statuses a registrant or the secretariat can still cancel.
ACTIVE_STATUSES = (*SEAT_STATUSES, RegistrationStatus.WAITLISTED, RegistrationStatus.UNCONFIRMED)


class Registration(models.Model):
    """One participant registered for a meeting, by a focal point or by themselves."""

    meeting = models.ForeignKey(
        "kb.Meeting", on_delete=models.CASCADE, related_name="registrations"
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations_made",
    )
    #: Set when a focal point registered this participant as part of its delegation.
    focal_point = models.ForeignKey(
        FocalPoint, on_delete=models.SET_NULL, null=True, blank=True, related_name="registrations"
    )
    country = models.ForeignKey(
        "kb.Actor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="registrations",
        limit_choices_to={"kind": "country"},
        verbose_name=_("country"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    function = models.CharField(_("function"), max_length=300, blank=True)
    working_group = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        limit_choices_to={"working_group": True},
        verbose_name=_("working group"),
    )
    visa_letter = models.BooleanField(_("needs a visa letter"), default=False)
    accessibility = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    attended = models.BooleanField(_("attended"), default=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    changed_at = models.DateTimeField(_("status changed at"), auto_now=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["meeting", "status"])]

    def __str__(self) -> str:
        return f"{self.name} — {self.get_status_display()}"

    @property
    def active(self) -> bool:
        """Still holding or waiting for a seat (so it can be cancelled)."""
        return self.status in ACTIVE_STATUSES
