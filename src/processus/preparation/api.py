"""``/api/v1/meetings/{id}/registrations/`` and ``…/registrations/{rid}/cancel/``.

The same operations as the pages (:mod:`processus.preparation.operations`), so the
same rules decide: 201 with ``status`` (confirmed, pending, waitlisted, or
unconfirmed for an individual until the e-mailed link is followed) and
``position`` on the waiting list; 400 with the reason before the opening or after
the deadline. Registrants' personal data is listed only to the secretariat, the
account that registered them and their country's focal point; everybody sees the
counts.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping
from typing import Any

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.exceptions import NotAuthenticated, PermissionDenied
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from processus.api.errors import BadRequest
from processus.api.writes import MeetingWriteSerializer
from processus.kb.models import Actor, Meeting
from processus.preparation import operations
from processus.preparation.models import (
    SEAT_STATUSES,
    Preparation,
    Registration,
    RegistrationStatus,
    Session,
)


class RegistrationInSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    email = serializers.EmailField()
    country = serializers.CharField(
        required=False, allow_blank=True, help_text=_("Country name or key (focal points: theirs).")
    )
    organisation = serializers.CharField(required=False, allow_blank=True, max_length=300)
    function = serializers.CharField(required=False, allow_blank=True, max_length=300)
    working_group = serializers.IntegerField(required=False, allow_null=True)
    visa_letter = serializers.BooleanField(required=False, default=False)
    accessibility = serializers.CharField(required=False, allow_blank=True, max_length=500)
    language = serializers.ChoiceField(choices=["en", "fr"], required=False, default="en")

    def validate_country(self, value: str) -> Actor | None:
        if not value:
            return None
        found = Actor.objects.filter(kind="country").filter(
            Q(name__iexact=value) | Q(key=value.lower())
        )
        country = found.first()
        if country is None:
            raise serializers.ValidationError(
                _("There is no country named %(name)s.") % {"name": value}
            )
        return country


class RegistrationOutSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.name", default=None, allow_null=True)
    working_group = serializers.IntegerField(
        source="working_group_id", allow_null=True, read_only=True
    )
    position = serializers.SerializerMethodField(
        help_text=_("Place on the waiting list (1 = next); null when not waiting.")
    )

    class Meta:
        model = Registration
        fields = [
            "id", "meeting", "status", "position", "name", "email", "country", "organisation",
            "function", "working_group", "visa_letter", "accessibility", "language",
            "attended", "created_at",
        ]  # fmt: skip

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_position(self, registration: Registration) -> int | None:
        return operations.waiting_position(registration)


class RegistrationListSerializer(serializers.Serializer):
    """The counts everybody sees, and the registrations this client may see."""

    capacity = serializers.IntegerField(allow_null=True)
    quota_per_country = serializers.IntegerField(allow_null=True)
    seats_taken = serializers.IntegerField()
    waiting = serializers.IntegerField()
    results = RegistrationOutSerializer(many=True)


class CancelAnswerSerializer(RegistrationOutSerializer):
    """The cancelled registration, and the waiting ones its seat went to."""

    promoted = RegistrationOutSerializer(many=True, read_only=True)

    class Meta(RegistrationOutSerializer.Meta):
        fields = [*RegistrationOutSerializer.Meta.fields, "promoted"]


#: Body fields of ``POST``/``PATCH /api/v1/meetings/`` that are registration settings.
REGISTRATION_FIELDS = (
    "registration_opens", "registration_deadline", "time_zone", "capacity",
    "quota_per_country", "approval_required", "individual_registration",
)  # fmt: skip


def split_registration(body: Any) -> tuple[Any, dict[str, Any]]:
    """A meeting write's body as (the record's values, the registration settings).

    ``registration_deadline`` is both: the record keeps the date documents give, the
    secretariat's settings a moment in a time zone. It is a setting when it carries a
    time or comes with other settings; a date alone stays the record's value, as an
    editor correcting a document's deadline means (``null`` alone clears that date).
    """
    if not isinstance(body, dict):  # a QueryDict too; a JSON list is the serializer's 400
        return body, {}
    record = body.copy()
    settings: dict[str, Any] = {}
    for name in REGISTRATION_FIELDS:
        if name in record:
            settings[name] = record.get(name)
            del record[name]
    deadline = settings.get("registration_deadline")
    if list(settings) == ["registration_deadline"] and "T" not in str(deadline or ""):
        record["registration_deadline"] = settings.pop("registration_deadline")
    return record, settings


@extend_schema_field(OpenApiTypes.STR)
class MomentField(serializers.Field):
    """An ISO 8601 date or date-time, with or without its offset; read in the meeting's zone.

    Returns the date, or the date-time as given (naive when no offset was given), so that
    :class:`RegistrationSettingsSerializer` can place it in the announced time zone.
    """

    default_error_messages = {
        "invalid": gettext_lazy(
            "Give a date (2027-03-01) or a date and time (2027-03-01T17:00+01:00)."
        )
    }

    def to_internal_value(self, data: Any) -> dt.date | dt.datetime:
        text = str(data).strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail("invalid")
            raise  # unreachable: fail() raises

    def to_representation(self, value: Any) -> str:
        return str(value.isoformat())


def _placed(value: dt.date | dt.datetime | None, zone: str, end_of_day: bool) -> Any:
    """``value`` as an aware time: a date's first or last minute, a naive time in ``zone``."""
    if value is None:
        return None
    tz = zoneinfo.ZoneInfo(zone)
    if not isinstance(value, dt.datetime):
        clock = dt.time(23, 59) if end_of_day else dt.time(0, 0)
        return dt.datetime.combine(value, clock, tzinfo=tz)
    return value if value.tzinfo else value.replace(tzinfo=tz)


class RegistrationSettingsSerializer(serializers.Serializer):
    """The registration settings a meeting write may carry beside the record's values.

    Times are ISO 8601 (``2027-05-01T17:00:00+01:00``); without an offset they are
    read in ``time_zone`` (given, the meeting's own, or UTC), and a date alone means
    the start of that day for the opening and its end (23:59) for the deadline.
    ``context["preparation"]`` is the meeting's current settings, when it has some.
    """

    registration_opens = MomentField(required=False, allow_null=True)
    registration_deadline = MomentField(required=False, allow_null=True)
    time_zone = serializers.CharField(required=False, max_length=60)
    capacity = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=2_147_483_647
    )
    quota_per_country = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=32767
    )
    approval_required = serializers.BooleanField(required=False)
    individual_registration = serializers.BooleanField(required=False)

    def validate_time_zone(self, value: str) -> str:
        if value not in zoneinfo.available_timezones():
            raise serializers.ValidationError(_("Unknown time zone: %(zone)s.") % {"zone": value})
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        current = self.context.get("preparation")
        zone = attrs.get("time_zone") or (current.time_zone if current else "UTC")
        for name, end_of_day in (("registration_opens", False), ("registration_deadline", True)):
            if name in attrs:
                attrs[name] = _placed(attrs[name], zone, end_of_day)
        opens = attrs.get("registration_opens", current.registration_opens if current else None)
        deadline = attrs.get(
            "registration_deadline", current.registration_deadline if current else None
        )
        if opens and deadline and deadline < opens:
            raise serializers.ValidationError(
                {"registration_deadline": _("The deadline cannot be before the opening.")}
            )
        return attrs


class MeetingAnnouncementSerializer(MeetingWriteSerializer):
    """The body of a meeting write as the schema shows it: the record's values and the
    registration settings (:func:`split_registration` parts them)."""

    registration_opens = MomentField(required=False, allow_null=True)
    registration_deadline = MomentField(
        required=False,
        allow_null=True,
        help_text="A date alone: the record's deadline. With a time, or beside other "
        "registration settings: registrations close then (23:59 for a date).",
    )
    time_zone = serializers.CharField(
        required=False, max_length=60, help_text="IANA zone, e.g. Africa/Dakar."
    )
    capacity = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    quota_per_country = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=32767
    )
    approval_required = serializers.BooleanField(required=False)
    individual_registration = serializers.BooleanField(required=False)


def registration_settings(body: Mapping[str, Any], meeting: Meeting | None) -> dict[str, Any]:
    """The checked settings of a meeting write (ValidationError, naming the field, if not)."""
    current = Preparation.objects.filter(meeting=meeting).first() if meeting else None
    checked = RegistrationSettingsSerializer(data=body, context={"preparation": current})
    checked.is_valid(raise_exception=True)
    return dict(checked.validated_data)


def _meeting(pk: int) -> tuple[Meeting, Preparation]:
    meeting = get_object_or_404(Meeting, pk=pk)
    preparation = Preparation.objects.filter(meeting=meeting).first()
    if preparation is None:
        raise BadRequest(_("This meeting does not take registrations."))
    return meeting, preparation


class RegistrationsView(APIView):
    """A meeting's registrations: the counts for all, the people for those who may see them."""

    permission_classes = [AllowAny]  # who may register is the operations' rule

    @extend_schema(
        summary="A meeting's registration counts, and the registrations you may see",
        responses=RegistrationListSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        meeting, preparation = _meeting(pk)
        statuses = list(
            Registration.objects.filter(meeting=meeting).values_list("status", flat=True)
        )
        visible = operations.visible_registrations(request.user, meeting).order_by(
            "created_at", "pk"
        )
        return Response(
            {
                "capacity": preparation.capacity,
                "quota_per_country": preparation.quota_per_country,
                "seats_taken": sum(1 for s in statuses if s in SEAT_STATUSES),
                "waiting": statuses.count(RegistrationStatus.WAITLISTED),
                "results": RegistrationOutSerializer(visible, many=True).data,
            }
        )

    @extend_schema(
        summary="Register for a meeting (focal points; anyone where individuals may)",
        request=RegistrationInSerializer,
        responses={201: RegistrationOutSerializer},
    )
    def post(self, request: Request, pk: int) -> Response:
        meeting, preparation = _meeting(pk)
        data = RegistrationInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values: dict[str, Any] = dict(data.validated_data)
        group_id = values.pop("working_group", None)
        registration = Registration(meeting=meeting, **values)
        if group_id is not None:
            group = Session.objects.filter(pk=group_id, meeting=meeting, working_group=True).first()
            if group is None:
                raise BadRequest(
                    _("This working group is not part of this meeting."), "working_group"
                )
            registration.working_group = group
        user = request.user if request.user.is_authenticated else None
        if user is None and not preparation.individual_registration:
            raise NotAuthenticated(_("Only national focal points register for this meeting."))
        try:
            outcome = operations.register(registration, user)
        except operations.RegistrationRefused as exc:
            raise BadRequest(str(exc)) from None
        return Response(
            RegistrationOutSerializer(outcome.registration).data, status=status.HTTP_201_CREATED
        )


class CancelView(APIView):
    """Cancel a registration (its registrant, their focal point or the secretariat)."""

    permission_classes = [AllowAny]

    @extend_schema(
        summary="Cancel a registration; the first compatible waiting one is promoted",
        request=None,
        responses=CancelAnswerSerializer,
    )
    def post(self, request: Request, pk: int, rid: int) -> Response:
        registration = get_object_or_404(Registration, pk=rid, meeting_id=pk)
        if not request.user.is_authenticated:
            raise NotAuthenticated()
        if not operations.can_manage(request.user, registration):
            raise PermissionDenied(_("Only the registrant, their focal point or the secretariat."))
        try:
            outcome = operations.cancel(registration, request.user)
        except operations.RegistrationRefused as exc:
            raise BadRequest(str(exc)) from None
        registration = outcome.registration
        registration.promoted = outcome.promoted  # type: ignore[attr-defined]
        return Response(CancelAnswerSerializer(registration).data)
