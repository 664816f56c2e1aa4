"""Forms of the preparation side: announce, agenda, register, focal points, decisions.

The announce form reads the meeting's current values (the record) and its
:class:`~processus.preparation.models.Preparation`; local date-times are read in
the time zone the editor announces them in.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Actor, Dialogue, Meeting
from processus.kb.models.meetings import MeetingFormat, MeetingKind
from processus.kb.operations import current_values
from processus.preparation.models import Preparation, Registration, Session

#: The record's values the announce form edits (through the kb operations).
RECORD_FIELDS = (
    "kind", "title", "start", "end", "city", "country", "format",
    "dialogues", "hosts", "chairs", "organisers",
)  # fmt: skip
#: The Preparation fields the announce form edits.
SETTINGS_FIELDS = (
    "title_fr", "virtual_link", "registration_opens", "registration_deadline", "time_zone",
    "capacity", "quota_per_country", "approval_required", "individual_registration",
)  # fmt: skip
_LOCAL = "%Y-%m-%dT%H:%M"


def _actors(kind: str | None = None) -> list[tuple[str, str]]:
    found = Actor.objects.only("name", "name_fr", "kind").order_by("name")
    if kind:
        found = found.filter(kind=kind)
    return [(a.name, a.display_name) for a in found]


class LocalDateTimeField(forms.DateTimeField):
    """A ``datetime-local`` input; made aware in the form's time zone by the form."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=_LOCAL)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(input_formats=[_LOCAL, "%Y-%m-%d %H:%M"], **kwargs)

    def to_python(self, value: Any) -> dt.datetime | None:
        result = super().to_python(value)
        return result.replace(tzinfo=None) if result is not None else None


class AnnounceForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=MeetingKind.choices)
    title = forms.CharField(label=_("title"), max_length=500)
    title_fr = forms.CharField(label=_("title in French"), max_length=500, required=False)
    start = forms.DateField(label=_("start"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(
        label=_("end"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    format = forms.ChoiceField(label=_("format"), choices=MeetingFormat.choices)
    city = forms.CharField(label=_("city"), max_length=200, required=False)
    country = forms.ChoiceField(label=_("country"), required=False)
    virtual_link = forms.URLField(label=_("virtual link"), required=False)
    dialogues = forms.MultipleChoiceField(
        label=_("dialogues"), required=False, widget=forms.CheckboxSelectMultiple
    )
    hosts = forms.MultipleChoiceField(label=_("hosts"), required=False)
    chairs = forms.MultipleChoiceField(label=_("chairs"), required=False)
    organisers = forms.MultipleChoiceField(label=_("organisers"), required=False)
    registration_opens = LocalDateTimeField(label=_("registration opens"), required=False)
    registration_deadline = LocalDateTimeField(label=_("registration deadline"), required=False)
    time_zone = forms.CharField(
        label=_("time zone"),
        initial="UTC",
        max_length=60,
        help_text=_("Of the two times above, e.g. Africa/Casablanca or Europe/Brussels."),
    )
    capacity = forms.IntegerField(label=_("capacity"), required=False, min_value=1)
    quota_per_country = forms.IntegerField(
        label=_("places per country"), required=False, min_value=1, max_value=32767
    )
    approval_required = forms.BooleanField(label=_("approval required"), required=False)
    individual_registration = forms.BooleanField(
        label=_("individual registration allowed"), required=False
    )

    def __init__(self, *args: Any, meeting: Meeting | None = None, **kwargs: Any) -> None:
        self.meeting = meeting
        if meeting is not None:
            kwargs.setdefault("initial", self._initial(meeting))
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["dialogues"].choices = [
            (d.name, d.display_name) for d in Dialogue.objects.order_by("name")
        ]
        fields["country"].choices = [("", "—"), *_actors("country")]
        everyone = _actors()
        for name in ("hosts", "chairs", "organisers"):
            fields[name].choices = everyone

    @staticmethod
    def _initial(meeting: Meeting) -> dict[str, Any]:
        initial: dict[str, Any] = {
            k: v for k, v in current_values(meeting).items() if k in RECORD_FIELDS
        }
        initial["start"], initial["end"] = meeting.start, meeting.end
        preparation = Preparation.objects.filter(meeting=meeting).first()
        if preparation is not None:
            for name in SETTINGS_FIELDS:
                initial[name] = getattr(preparation, name)
            for name in ("registration_opens", "registration_deadline"):
                local = preparation.local(initial[name])
                initial[name] = local.replace(tzinfo=None) if local is not None else None  # type: ignore[attr-defined]
        return initial

    def clean_time_zone(self) -> str:
        zone = self.cleaned_data["time_zone"].strip()
        if zone not in zoneinfo.available_timezones():
            raise forms.ValidationError(_("Unknown time zone: %(zone)s.") % {"zone": zone})
        return zone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        zone_name = data.get("time_zone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in ("registration_opens", "registration_deadline"):
                if data.get(name) is not None:
                    data[name] = timezone.make_aware(data[name], zone)
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end cannot be before the start."))
        opens, deadline = data.get("registration_opens"), data.get("registration_deadline")
        if opens and deadline and deadline < opens:
            self.add_error("registration_deadline", _("The deadline cannot be before the opening."))
        if data.get("format") in ("virtual", "hybrid") and not data.get("virtual_link"):
            self.add_error("virtual_link", _("A virtual or hybrid meeting needs its link."))
        return data

    def record_values(self) -> dict[str, Any]:
        values = {name: self.cleaned_data.get(name) for name in RECORD_FIELDS}
        for name in ("start", "end"):
            day = values[name]
            values[name] = day.isoformat() if day is not None else None
        values["country"] = values["country"] or None
        return values

    def settings_values(self) -> dict[str, Any]:
        values = {name: self.cleaned_data.get(name) for name in SETTINGS_FIELDS}
        values["title_fr"] = values["title_fr"] or ""
        values["virtual_link"] = values["virtual_link"] or ""
        return values


class SessionForm(forms.ModelForm):
    starts = LocalDateTimeField(label=_("starts"))
    ends = LocalDateTimeField(label=_("ends"), required=False)

    class Meta:
        model = Session
        fields = ["title", "title_fr", "starts", "ends", "speakers", "working_group", "capacity"]

    def __init__(self, *args: Any, time_zone: str = "UTC", **kwargs: Any) -> None:
        self.zone = zoneinfo.ZoneInfo(time_zone)
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            initial = kwargs.setdefault("initial", {})
            for name in ("starts", "ends"):
                moment = getattr(instance, name)
                if moment is not None:
                    initial[name] = timezone.localtime(moment, self.zone).replace(tzinfo=None)
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("starts", "ends"):
            if data.get(name) is not None:
                data[name] = timezone.make_aware(data[name], self.zone)
        if data.get("ends") and data.get("starts") and data["ends"] < data["starts"]:
            self.add_error("ends", _("A session cannot end before it starts."))
        if data.get("capacity") and not data.get("working_group"):
            self.add_error("capacity", _("Only a working group has a capacity of its own."))
        return data


class RegistrationForm(forms.ModelForm):
    """One participant: a focal point's delegate, or an individual registering themselves."""

    class Meta:
        model = Registration
        fields = [
            "name", "function", "organisation", "email", "country", "working_group",
            "visa_letter", "accessibility", "language",
        ]  # fmt: skip

    def __init__(self, *args: Any, meeting: Meeting, fixed_country: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        groups = Session.objects.filter(meeting=meeting, working_group=True)
        fields["working_group"].queryset = groups
        if not groups.exists():
            del fields["working_group"]
        fields["country"].queryset = Actor.objects.filter(kind="country").order_by("name")
        if fixed_country:
            del fields["country"]


class FocalPointForm(forms.Form):
    """The secretariat creates a focal point's account."""

    username = forms.CharField(label=_("login name"), max_length=150)
    email = forms.EmailField(label=_("e-mail"))
    country = forms.ModelChoiceField(
        label=_("country"), queryset=Actor.objects.filter(kind="country").order_by("name")
    )
    password = forms.CharField(label=_("password"), widget=forms.PasswordInput)

    def clean_username(self) -> str:
        name = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username=name).exists():
            raise forms.ValidationError(_("This login name is already taken."))
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("username"):
            try:
                validate_password(data["password"], get_user_model()(username=data["username"]))
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data
