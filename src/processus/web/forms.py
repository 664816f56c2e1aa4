"""The editors' forms: every field of a meeting, its roles, its action-plan links and
the meeting it follows up (:class:`CorrectionForm`); one outcome (:class:`OutcomeForm`);
merging two meetings (:class:`MergeForm`) and splitting one (:class:`SplitForm`).

Forms only read and check what was typed; the change itself is made by
:mod:`processus.kb.operations`."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Dialogue,
    Framework,
    Meeting,
    Objective,
    Outcome,
)
from processus.kb.models.meetings import CountQualifier, MeetingFormat, MeetingKind, MeetingStatus
from processus.kb.operations import (
    current_values,
    follow_up_candidates,
    follow_up_error,
    link_ref,
)
from processus.kb.partial_dates import parse_partial_date
from processus.kb.records import ROLE_FIELDS
from processus.web.values import FIELD_LABELS as _FIELD_LABELS

FIELD_LABELS: dict[str, Any] = dict(_FIELD_LABELS)
FIELD_LABELS["follow_up_of"] = _("follow-up of")
FIELD_LABELS["follow_up_of_id"] = _("or the number of the meeting it follows up")
_DATE_HELP = _("YYYY, YYYY-MM or YYYY-MM-DD")


def _blank(choices: Any) -> list[tuple[str, Any]]:
    return [("", "—"), *choices]


class PartialDateField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, max_length=10, help_text=_DATE_HELP, **kwargs)

    def clean(self, value: Any) -> str | None:
        value = super().clean(value)
        if not value:
            return None
        try:
            parse_partial_date(value)
        except ValueError:
            raise forms.ValidationError(
                _("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD."), code="invalid"
            ) from None
        return str(value)


def _actor_choices(kind: str | None = None) -> list[tuple[str, str]]:
    actors = Actor.objects.only("name", "name_fr", "kind").order_by("name")
    if kind:
        actors = actors.filter(kind=kind)
    return [(actor.name, actor.display_name) for actor in actors]


def _link_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Action-plan items grouped by plan, in plan order (three queries)."""
    groups: dict[int, list[tuple[str, str]]] = {}
    names: dict[int, str] = {}
    for framework in Framework.objects.order_by("-period_start", "name"):
        groups[framework.pk] = []
        names[framework.pk] = framework.display_name
    for area in Area.objects.select_related("framework").order_by("number"):
        label = _("Area %(number)s") % {"number": area.number}
        title = f" — {area.display_title}" if area.display_title else ""
        groups[area.framework_id].append((link_ref(area), f"{label}{title}"))
    for objective in Objective.objects.select_related("framework").order_by("position", "number"):
        label = _("Objective %(number)s") % {"number": objective.number}
        title = f" — {objective.display_title}" if objective.display_title else ""
        groups[objective.framework_id].append((link_ref(objective), f"{label}{title}"))
    actions = Action.objects.select_related("objective__framework").order_by(
        "objective__position", "position", "number"
    )
    for action in actions:
        served: Objective | None = action.objective
        if served is None:  # not known yet: the action belongs to its plan alone
            label = _("Action %(number)s") % {"number": action.number}
            framework_id = cast(Any, action).framework_id
        else:
            label = _("Objective %(objective)s, action %(number)s") % {
                "objective": served.number,
                "number": action.number,
            }
            framework_id = served.framework_id
        title = f" — {action.display_title}" if action.display_title else ""
        groups[framework_id].append((link_ref(action), f"{label}{title}"))
    return [(names[pk], items) for pk, items in groups.items() if items]


class CorrectionForm(forms.Form):
    """Initial values are the meeting's; :meth:`proposed` gives contract values to apply."""

    kind = forms.ChoiceField(label=FIELD_LABELS["kind"], choices=MeetingKind.choices)
    title = forms.CharField(label=FIELD_LABELS["title"], required=False, max_length=500)
    dialogues = forms.MultipleChoiceField(
        label=FIELD_LABELS["dialogues"], required=False, widget=forms.CheckboxSelectMultiple
    )
    start = PartialDateField(label=FIELD_LABELS["start"])
    end = PartialDateField(label=FIELD_LABELS["end"])
    city = forms.CharField(label=FIELD_LABELS["city"], required=False, max_length=200)
    country = forms.ChoiceField(label=FIELD_LABELS["country"], required=False)
    format = forms.ChoiceField(
        label=FIELD_LABELS["format"], required=False, choices=_blank(MeetingFormat.choices)
    )
    status = forms.ChoiceField(
        label=FIELD_LABELS["status"], required=False, choices=_blank(MeetingStatus.choices)
    )
    hosts = forms.MultipleChoiceField(label=FIELD_LABELS["hosts"], required=False)
    chairs = forms.MultipleChoiceField(label=FIELD_LABELS["chairs"], required=False)
    organisers = forms.MultipleChoiceField(label=FIELD_LABELS["organisers"], required=False)
    participants = forms.IntegerField(
        label=FIELD_LABELS["participants"], required=False, min_value=0
    )
    participants_qualifier = forms.ChoiceField(
        label=FIELD_LABELS["participants_qualifier"],
        required=False,
        choices=_blank(CountQualifier.choices),
    )
    countries_count = forms.IntegerField(
        label=FIELD_LABELS["countries_count"], required=False, min_value=0, max_value=32767
    )
    recommendations = forms.IntegerField(
        label=FIELD_LABELS["recommendations"], required=False, min_value=0, max_value=32767
    )
    registration_deadline = PartialDateField(label=FIELD_LABELS["registration_deadline"])
    themes = forms.TypedMultipleChoiceField(
        label=FIELD_LABELS["themes"],
        required=False,
        coerce=int,
        choices=[(n, str(n)) for n in range(1, 6)],
        widget=forms.CheckboxSelectMultiple,
    )
    links = forms.MultipleChoiceField(
        label=FIELD_LABELS["links"], required=False, widget=forms.CheckboxSelectMultiple
    )
    follow_up_of = forms.TypedChoiceField(
        label=FIELD_LABELS["follow_up_of"],
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Earlier meetings of the same dialogue."),
    )
    follow_up_of_id = forms.IntegerField(
        label=FIELD_LABELS["follow_up_of_id"],
        required=False,
        min_value=1,
        help_text=_("The number in the meeting's address (/meetings/123/); it wins over the list."),
    )
    note = forms.CharField(
        label=_("Reason or source of the correction"),
        required=False,
        max_length=300,
    )

    def __init__(self, meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        self.meeting = meeting
        initial = current_values(meeting)
        initial["themes"] = [str(t) for t in initial["themes"]]
        initial["follow_up_of"] = "" if meeting.follow_up_of_id is None else meeting.follow_up_of_id
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["dialogues"].choices = [
            (d.name, d.display_name) for d in Dialogue.objects.order_by("name")
        ]
        countries = _actor_choices("country")
        fields["country"].choices = _blank(countries)
        actors = _actor_choices()
        for name in ROLE_FIELDS:
            fields[name].choices = actors
            fields[name].widget.attrs["size"] = 6
        fields["links"].choices = _link_choices()
        candidates = follow_up_candidates(meeting)
        current = meeting.follow_up_of
        if current is not None and current.pk not in {m.pk for m in candidates}:
            candidates.insert(0, current)
        fields["follow_up_of"].choices = [
            ("", _("none")),
            *((m.pk, f"{m} (#{m.pk})") for m in candidates),
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        typed = cleaned.get("follow_up_of_id")
        target = typed if typed is not None else cleaned.get("follow_up_of")
        error = follow_up_error(self.meeting, target)
        if error:
            self.add_error("follow_up_of_id" if typed is not None else "follow_up_of", error)
        cleaned["follow_up_target"] = target
        start, end = cleaned.get("start"), cleaned.get("end")
        if end and not start:
            self.add_error("end", _("An end date needs a start date."))
        elif start and end:
            first, _precision = parse_partial_date(start)
            last, _precision = parse_partial_date(end, period_end=True)
            if last < first:
                self.add_error("end", _("The end cannot be before the start."))
        return cleaned

    def _ordered(self, name: str) -> list[str]:
        """Selected actors in the order they were submitted (the first host comes first)."""
        chosen = set(self.cleaned_data.get(name) or [])
        submitted = self.data.getlist(name) if hasattr(self.data, "getlist") else []
        return list(dict.fromkeys(v for v in submitted if v in chosen)) or sorted(chosen)

    def proposed(self) -> dict[str, Any]:
        """The submitted values in the contract's shape, for :func:`apply_correction`."""
        data = self.cleaned_data
        values = {
            name: data.get(name)
            for name in (
                "kind",
                "title",
                "start",
                "end",
                "city",
                "format",
                "status",
                "participants",
                "participants_qualifier",
                "countries_count",
                "recommendations",
                "registration_deadline",
            )
        }
        for name in ("title", "city", "format", "status", "participants_qualifier"):
            values[name] = (values[name] or "").strip() or None
        values["country"] = data.get("country") or None
        values["dialogues"] = sorted(data.get("dialogues") or [])
        values["themes"] = sorted(data.get("themes") or [])
        values["links"] = sorted(data.get("links") or [])
        for name in ROLE_FIELDS:
            values[name] = self._ordered(name)
        values["follow_up_of"] = data.get("follow_up_target")
        return values


class OutcomeForm(forms.ModelForm):
    """One recommendation, policy takeaway or conclusion of a meeting."""

    note = forms.CharField(
        label=_("Reason or source of the correction"), required=False, max_length=300
    )

    class Meta:
        model = Outcome
        fields = ["kind", "number", "text", "follow_up_status"]
        labels = {
            "kind": _("Kind of outcome"),
            "number": _("Number"),
            "text": _("Text"),
            "follow_up_status": _("Follow-up status"),
        }
        help_texts = {"number": _("Its number in the meeting's document, if it has one.")}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        self.meeting = meeting
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["number"].validators.append(MinValueValidator(1))
        fields["number"].widget.attrs["min"] = 1
        fields["text"].max_length = 5000
        fields["text"].error_messages["required"] = _("Text: write the outcome's text.")
        fields["kind"].error_messages["required"] = _(
            "Kind of outcome: choose recommendation, policy takeaway or conclusion."
        )

    def clean_text(self) -> str:
        return str(self.cleaned_data.get("text") or "").strip()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        kind, number = cleaned.get("kind"), cleaned.get("number")
        if kind and number is not None:
            same = Outcome.objects.filter(meeting=self.meeting, kind=kind, number=number)
            if self.instance.pk:
                same = same.exclude(pk=self.instance.pk)
            if same.exists():
                self.add_error(
                    "number",
                    _("Number: this meeting already has a %(kind)s number %(number)s.")
                    % {"kind": Outcome.Kind(kind).label, "number": number},
                )
        return cleaned

    def _post_clean(self) -> None:
        # The outcome is saved by change_outcome(), which records the change first.
        pass

    def values(self) -> dict[str, Any]:
        """The submitted outcome, for :func:`processus.kb.operations.change_outcome`."""
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}


class ReasonForm(forms.Form):
    """Why an editor reverts or undoes a change (optional)."""

    reason = forms.CharField(label=_("Reason"), required=False, max_length=300)


class MergeForm(forms.Form):
    """Another meeting (by its number) and which of the two survives."""

    other = forms.IntegerField(
        label=_("Number of the other meeting"),
        min_value=1,
        max_value=2**31 - 1,
        help_text=_("The number in its address (/meetings/123/)."),
    )
    survivor = forms.ChoiceField(
        label=_("Which meeting stays"),
        choices=[
            ("this", _("this meeting stays; the other is merged into it")),
            ("other", _("the other meeting stays; this one is merged into it")),
        ],
        initial="this",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=300)

    def __init__(self, meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        self.meeting = meeting
        self.other_meeting: Meeting | None = None
        super().__init__(*args, **kwargs)

    def clean_other(self) -> int:
        number = self.cleaned_data["other"]
        if number == self.meeting.pk:
            raise forms.ValidationError(_("Choose another meeting than this one."))
        self.other_meeting = Meeting.objects.filter(pk=number).first()
        if self.other_meeting is None:
            raise forms.ValidationError(_("There is no meeting number %(id)s.") % {"id": number})
        return int(number)

    def survivor_and_absorbed(self) -> tuple[Meeting, Meeting]:
        assert self.other_meeting is not None
        if self.cleaned_data["survivor"] == "other":
            return self.other_meeting, self.meeting
        return self.meeting, self.other_meeting


class SplitForm(forms.Form):
    """The mentions that describe another meeting."""

    mentions = forms.TypedMultipleChoiceField(
        label=_("Mentions that describe another meeting"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose the mentions that describe the other meeting.")},
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=300)

    def __init__(self, choices: list[tuple[int, str]], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["mentions"]
        field.choices = choices
