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

from typing import Any

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.exceptions import NotAuthenticated, PermissionDenied
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from processus.api.errors import BadRequest
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


class RegistrationSettingsSerializer(serializers.Serializer):
    """The registration settings ``POST /api/v1/meetings/`` accepts beside the record's values.

    For :mod:`processus.api`'s meeting writes: after the meeting is created, pass
    :meth:`settings` of the validated data to :func:`apply_registration_settings`.
    Times are ISO 8601 with their offset (``2026-05-01T17:00:00+01:00``).
    """

    registration_opens = serializers.DateTimeField(required=False, allow_null=True)
    registration_deadline = serializers.DateTimeField(required=False, allow_null=True)
    time_zone = serializers.CharField(required=False, max_length=60)
    capacity = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    quota_per_country = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=32767
    )
    approval_required = serializers.BooleanField(required=False)
    individual_registration = serializers.BooleanField(required=False)

    def validate_time_zone(self, value: str) -> str:
        import zoneinfo

        if value not in zoneinfo.available_timezones():
            raise serializers.ValidationError(_("Unknown time zone: %(zone)s.") % {"zone": value})
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        opens, deadline = attrs.get("registration_opens"), attrs.get("registration_deadline")
        if opens and deadline and deadline < opens:
            raise serializers.ValidationError(
                {"registration_deadline": _("The deadline cannot be before the opening.")}
            )
        return attrs


def apply_registration_settings(editor: Any, meeting: Meeting, settings: dict[str, Any]) -> None:
    """Give ``meeting`` these registration settings (the record's deadline follows)."""
    if settings:
        operations.announce(editor, {}, settings, meeting)


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
