"""What editors send: the bodies of the API's writes, checked before any change is made.

Actors, countries and dialogues may be given by key (``ma``, ``rabat-process``) or by
English name (``Morocco``); they are handed to the operations by name, the shape of the
extraction contract the record keeps. Anything unknown is a 400 naming the field,
never dropped in silence. Dates, countries and roles are checked once more by
:mod:`processus.kb.operations` itself, which the correction form shares.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from processus.kb.models import Actor, Dialogue, Meeting, Outcome
from processus.kb.models.meetings import CountQualifier, MeetingFormat, MeetingKind, MeetingStatus
from processus.kb.operations import link_ref, resolve_link_refs

_DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD; null clears it."
#: Choices named in the schema (``SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]``).
ITEM_KINDS = ["area", "objective", "action"]
OUTCOME_KINDS = Outcome.Kind.choices
#: The most actors, dialogues, themes or links one field may hold.
_MAX_ITEMS = 100


def _names(model: Any, values: list[str], field: str, **only: Any) -> list[str]:
    """The English names of the rows named by key or name, in order; unknown ones refused."""
    rows = model.objects.filter(Q(key__in=values) | Q(name__in=values), **only)
    by_key = {row.key: row.name for row in rows}
    by_name = {row.name: row.name for row in rows}
    unknown = [v for v in values if v not in by_key and v not in by_name]
    if unknown:
        raise serializers.ValidationError(
            _("Unknown %(what)s: %(names)s.") % {"what": field, "names": ", ".join(unknown)}
        )
    return list(dict.fromkeys(by_key.get(v) or by_name[v] for v in values))


def _list(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(required=False, max_length=_MAX_ITEMS, **kwargs)


class MeetingWriteSerializer(serializers.Serializer):
    """A meeting's values to set: every field optional; only the ones given change.

    ``context["settings"]`` true: the body also carries registration settings
    (:mod:`processus.preparation.api`), so it may hold no record value at all.
    """

    kind = serializers.ChoiceField(choices=MeetingKind.choices, required=False)
    title = serializers.CharField(max_length=500, required=False, allow_blank=True)
    dialogues = _list(child=serializers.CharField(max_length=200), help_text="Keys or names.")
    start = serializers.CharField(
        max_length=10, required=False, allow_null=True, help_text=_DATE_HELP
    )
    end = serializers.CharField(
        max_length=10, required=False, allow_null=True, help_text=_DATE_HELP
    )
    city = serializers.CharField(max_length=200, required=False, allow_blank=True)
    country = serializers.CharField(
        max_length=200, required=False, allow_null=True, help_text="A country's key or name."
    )
    format = serializers.ChoiceField(
        choices=MeetingFormat.choices, required=False, allow_null=True, allow_blank=True
    )
    status = serializers.ChoiceField(
        choices=MeetingStatus.choices, required=False, allow_null=True, allow_blank=True
    )
    hosts = _list(child=serializers.CharField(max_length=200), help_text="Actors' keys or names.")
    chairs = _list(
        child=serializers.CharField(max_length=200),
        help_text="Actors' keys or names (the host co-chairs).",
    )
    organisers = _list(
        child=serializers.CharField(max_length=200), help_text="Actors' keys or names."
    )
    participants = serializers.IntegerField(
        min_value=0, max_value=2_147_483_647, required=False, allow_null=True
    )
    participants_qualifier = serializers.ChoiceField(
        choices=CountQualifier.choices, required=False, allow_null=True, allow_blank=True
    )
    countries_count = serializers.IntegerField(
        min_value=0, max_value=32767, required=False, allow_null=True
    )
    recommendations = serializers.IntegerField(
        min_value=0, max_value=32767, required=False, allow_null=True
    )
    registration_deadline = serializers.CharField(
        max_length=10, required=False, allow_null=True, help_text=_DATE_HELP
    )
    themes = _list(child=serializers.IntegerField(min_value=1, max_value=99))
    links = _list(
        child=serializers.CharField(max_length=200),
        help_text="Action-plan items, e.g. cadiz-action-plan/objective/5a.",
    )
    follow_up_of = serializers.IntegerField(
        min_value=1, max_value=2**63 - 1, required=False, allow_null=True
    )
    note = serializers.CharField(
        max_length=300, required=False, allow_blank=True, help_text="Why: kept in the history."
    )

    def validate_dialogues(self, value: list[str]) -> list[str]:
        return _names(Dialogue, value, "dialogues")

    def validate_country(self, value: str | None) -> str | None:
        return _names(Actor, [value], "country", kind="country")[0] if value else None

    def _actors(self, value: list[str], field: str) -> list[str]:
        return _names(Actor, value, field)

    def validate_hosts(self, value: list[str]) -> list[str]:
        return self._actors(value, "hosts")

    def validate_chairs(self, value: list[str]) -> list[str]:
        return self._actors(value, "chairs")

    def validate_organisers(self, value: list[str]) -> list[str]:
        return self._actors(value, "organisers")

    def validate_links(self, value: list[str]) -> list[str]:
        known = {link_ref(item) for item in resolve_link_refs(value)}
        unknown = [ref for ref in value if ref not in known]
        if unknown:
            raise serializers.ValidationError(
                _("Unknown action-plan items: %(refs)s.") % {"refs": ", ".join(unknown)}
            )
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = [name for name in self.initial_data if name not in self.fields]
        if unknown:
            raise serializers.ValidationError({unknown[0]: _("Unknown field.")})
        if not self.context.get("settings") and not any(name != "note" for name in attrs):
            raise serializers.ValidationError(_("Give at least one value to set."))
        return attrs

    def proposed(self) -> dict[str, Any]:
        """The values for :func:`processus.kb.operations.correct_meeting`."""
        return {k: v for k, v in self.validated_data.items() if k != "note"}


class LinkDecisionSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ITEM_KINDS)
    item = serializers.IntegerField(min_value=1, max_value=2**63 - 1, help_text="The item's id.")
    verdict = serializers.ChoiceField(choices=["confirmed", "rejected"])
    note = serializers.CharField(max_length=300, required=False, allow_blank=True)


class OutcomeWriteSerializer(serializers.Serializer):
    meeting = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    kind = serializers.ChoiceField(choices=OUTCOME_KINDS)
    number = serializers.IntegerField(min_value=1, max_value=32767, required=False, allow_null=True)
    text = serializers.CharField(max_length=5000)
    follow_up_status = serializers.ChoiceField(
        choices=Outcome.FollowUp.choices, required=False, default=Outcome.FollowUp.UNKNOWN
    )
    note = serializers.CharField(max_length=300, required=False, allow_blank=True)

    def validate_meeting(self, value: int) -> Meeting:
        meeting = Meeting.objects.filter(pk=value).first()
        if meeting is None:
            raise serializers.ValidationError(_("There is no meeting %(id)s.") % {"id": value})
        return meeting

    def values(self) -> dict[str, Any]:
        data = self.validated_data
        return {name: data.get(name) for name in ("kind", "number", "text", "follow_up_status")}


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="A document ingestion reads (.txt, .html, .pdf, .docx…)."
    )
