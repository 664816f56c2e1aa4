"""Admin for every model of the knowledge base: search, filters and inlines where they help.

A meeting's values, its outcomes and its history change only through
:mod:`processus.kb.operations` (the one path that validates and keeps the
history): saving a meeting here calls :func:`~processus.kb.operations.correct_meeting`
with the values typed, saving or deleting an outcome calls
:func:`~processus.kb.operations.change_outcome`. Roles, links, evidence and the
history are shown, not edited, here (the correction form on the meeting's page
changes roles and links); meetings are not added or deleted here: they come from
documents, and a duplicate is merged into the other on the meeting's page.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from processus.kb import models, operations
from processus.kb.partial_dates import format_partial_date


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never changed here (written by :mod:`processus.kb.operations` or ingestion)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ActorAliasInline(admin.TabularInline):
    model = models.ActorAlias
    extra = 0
    fields = ["name", "language"]


@admin.register(models.Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "iso_code", "region", "continent"]
    list_filter = ["kind", "continent", "region"]
    search_fields = ["name", "name_fr", "full_name", "iso_code", "aliases__name"]
    inlines = [ActorAliasInline]


@admin.register(models.ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "actor", "language"]
    search_fields = ["name", "normalized", "actor__name"]
    list_filter = ["language"]
    autocomplete_fields = ["actor"]


@admin.register(models.Dialogue)
class DialogueAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "founded"]
    list_filter = ["kind"]
    search_fields = ["name", "name_fr", "full_name"]


@admin.register(models.Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["actor", "dialogue", "role", "since", "until"]
    list_filter = ["dialogue", "role"]
    search_fields = ["actor__name"]
    autocomplete_fields = ["actor"]


@admin.register(models.Chairmanship)
class ChairmanshipAdmin(admin.ModelAdmin):
    list_display = ["actor", "dialogue", "start", "end"]
    list_filter = ["dialogue"]
    autocomplete_fields = ["actor"]


@admin.register(models.ReferenceCountry)
class ReferenceCountryAdmin(admin.ModelAdmin):
    list_display = ["actor", "area", "dialogue", "period_start", "period_end"]
    list_filter = ["dialogue"]
    autocomplete_fields = ["actor"]


class MeetingRoleInline(ReadOnlyInline):
    model = models.MeetingRole
    fields = ("actor", "role", "position")
    readonly_fields = fields


class OutcomeInline(ReadOnlyInline):
    model = models.Outcome
    fields = ("kind", "number", "text", "follow_up_status")
    readonly_fields = fields
    show_change_link = True


class MeetingLinkInline(ReadOnlyInline):
    model = models.MeetingLink
    fields = ("area", "objective", "action", "source")
    readonly_fields = fields


class EvidenceInline(ReadOnlyInline):
    """Evidence is a record of what was seen or decided: shown here, never edited in place."""

    model = models.Evidence
    fields = ("field", "value", "document", "start", "end", "quote", "method", "created_by")
    readonly_fields = fields
    show_change_link = True


class MeetingAdminForm(forms.ModelForm):
    reason = forms.CharField(
        label="Reason or source of the correction", required=False, max_length=300
    )

    class Meta:
        model = models.Meeting
        fields = [
            "dialogues", "kind", "title", "start", "start_precision", "end", "end_precision",
            "city", "country", "format", "status", "participants", "participants_qualifier",
            "countries_count", "recommendations", "registration_deadline",
            "registration_deadline_precision", "themes", "follow_up_of",
        ]  # fmt: skip


def _contract_values(data: dict[str, Any], changed: list[str]) -> dict[str, Any]:
    """The values the admin form changed, in the shape :func:`operations.correct_meeting`
    takes (the form shows stored values, e.g. a status the page derives from the dates:
    only what the editor touched is proposed)."""
    values: dict[str, Any] = {
        name: data.get(name)
        for name in ("kind", "title", "city", "format", "status", "participants",
                     "participants_qualifier", "countries_count", "recommendations")
    }  # fmt: skip
    for name in ("start", "end", "registration_deadline"):
        values[name] = format_partial_date(data.get(name), data.get(f"{name}_precision") or "day")
    country = data.get("country")
    values["country"] = country.name if country is not None else None
    values["themes"] = sorted(int(t) for t in data.get("themes") or [] if str(t).isdigit())
    values["dialogues"] = sorted(d.name for d in data.get("dialogues") or [])
    follow = data.get("follow_up_of")
    values["follow_up_of"] = follow.pk if follow is not None else None
    touched = {name.removesuffix("_precision") for name in changed}
    return {name: value for name, value in values.items() if name in touched}


@admin.register(models.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    form = MeetingAdminForm
    list_display = ["__str__", "kind", "start", "city", "country", "status", "participants"]
    list_filter = ["kind", "format", "status", "dialogues"]
    search_fields = ["title", "city", "country__name"]
    date_hierarchy = "start"
    filter_horizontal = ["dialogues"]
    autocomplete_fields = ["country", "follow_up_of"]
    inlines = [MeetingRoleInline, OutcomeInline, MeetingLinkInline, EvidenceInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        """Nothing here: :meth:`save_related` makes the change through the operations."""

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        for formset in formsets:  # read-only inlines: nothing of theirs is saved
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        meeting = models.Meeting.objects.get(pk=form.instance.pk)
        try:
            made = operations.correct_meeting(
                meeting,
                request.user,
                _contract_values(form.cleaned_data, form.changed_data),
                form.cleaned_data.get("reason") or "",
            )
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
            return
        if not made:
            messages.info(request, "Nothing changed.")


@admin.register(models.Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "field", "value", "method", "document", "created_at"]
    list_filter = ["method", "field"]
    search_fields = ["quote", "meeting__title"]


@admin.register(models.Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = [
        "__str__", "kind", "language", "document_date", "ingested_at", "size", "version_of",
    ]  # fmt: skip
    list_filter = ["kind", "language"]
    search_fields = ["title", "original_name", "source_url", "content_hash"]
    readonly_fields = ["content_hash", "ingested_at", "updated_at", "size", "media_type",
                       "version_reason"]  # fmt: skip
    #: Versions are linked by ingestion (processus.kb.versions); an editor may correct the link.
    raw_id_fields = ["version_of"]
    list_select_related = ["version_of"]


class ActionInline(admin.TabularInline):
    model = models.Action
    extra = 0


@admin.register(models.Objective)
class ObjectiveAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "area"]
    list_filter = ["area__framework"]
    inlines = [ActionInline]


class ObjectiveInline(admin.TabularInline):
    model = models.Objective
    extra = 0
    show_change_link = True


@admin.register(models.Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "framework"]
    list_filter = ["framework"]
    inlines = [ObjectiveInline]


class AreaInline(admin.TabularInline):
    model = models.Area
    extra = 0
    show_change_link = True


@admin.register(models.Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ["name", "dialogue", "period_start", "period_end"]
    inlines = [AreaInline]


@admin.register(models.Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "objective"]
    list_filter = ["objective__area__framework"]


@admin.register(models.MeetingLink)
class MeetingLinkAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "area", "objective", "action", "source"]
    list_filter = ["source"]
    raw_id_fields = ["meeting"]


@admin.register(models.Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["meeting", "kind", "number", "follow_up_status"]
    list_filter = ["kind", "follow_up_status"]
    raw_id_fields = ["meeting"]
    fields = ["meeting", "kind", "number", "text", "follow_up_status"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return ["meeting"] if obj is not None else []

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        values = {name: form.cleaned_data.get(name) for name in operations.OUTCOME_FIELDS}
        if change:
            outcome = models.Outcome.objects.get(pk=obj.pk)
            operations.change_outcome(outcome.meeting, request.user, outcome=outcome, values=values)
        else:
            made = operations.change_outcome(obj.meeting, request.user, values=values)
            obj.pk = made.details["outcome"] if made else None

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        operations.change_outcome(obj.meeting, request.user, outcome=obj, remove=True)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for outcome in queryset.select_related("meeting"):
            self.delete_model(request, outcome)


@admin.register(models.MeetingRole)
class MeetingRoleAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "actor", "role"]
    list_filter = ["role"]


@admin.register(models.MeetingChange)
class MeetingChangeAdmin(ReadOnlyAdmin):
    """The history: reverted and undone on the meeting's page, where the editor sees it."""

    list_display = ["created_at", "meeting_number", "kind", "field", "editor", "reason"]
    list_filter = ["kind", "field"]
    search_fields = ["reason", "editor__username"]


@admin.register(models.MeetingRedirect)
class MeetingRedirectAdmin(ReadOnlyAdmin):
    list_display = ["number", "meeting", "change"]
