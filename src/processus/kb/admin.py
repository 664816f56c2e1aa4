"""Admin for every model of the knowledge base: search, filters and inlines where they help."""

from __future__ import annotations

from django.contrib import admin

from processus.kb import models


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


class MeetingRoleInline(admin.TabularInline):
    model = models.MeetingRole
    extra = 0
    autocomplete_fields = ["actor"]


class OutcomeInline(admin.StackedInline):
    model = models.Outcome
    extra = 0


class MeetingLinkInline(admin.TabularInline):
    model = models.MeetingLink
    extra = 0
    fields = ["area", "objective", "action", "source"]


class EvidenceInline(admin.TabularInline):
    """Evidence is a record of what was seen or decided: shown here, never edited in place."""

    model = models.Evidence
    extra = 0
    fields = ("field", "value", "document", "start", "end", "quote", "method", "created_by")
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(models.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "start", "city", "country", "status", "participants"]
    list_filter = ["kind", "format", "status", "dialogues"]
    search_fields = ["title", "city", "country__name"]
    date_hierarchy = "start"
    filter_horizontal = ["dialogues"]
    autocomplete_fields = ["country", "follow_up_of"]
    inlines = [MeetingRoleInline, OutcomeInline, MeetingLinkInline, EvidenceInline]


@admin.register(models.Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["meeting", "field", "value", "method", "document", "created_at"]
    list_filter = ["method", "field"]
    search_fields = ["quote", "meeting__title"]
    raw_id_fields = ["meeting", "document"]
    readonly_fields = ["created_by", "created_at"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        """Stamp the signed-in user on new evidence before the form checks constraints."""
        form_class = super().get_form(request, obj, change=change, **kwargs)
        user = request.user

        class StampedForm(form_class):  # type: ignore[valid-type, misc]
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.created_by_id is None:
                    self.instance.created_by = user

        return StampedForm


@admin.register(models.Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "language", "document_date", "ingested_at", "size"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "original_name", "source_url", "content_hash"]
    readonly_fields = ["content_hash", "ingested_at", "updated_at", "size", "media_type"]


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
class MeetingLinkAdmin(admin.ModelAdmin):
    list_display = ["meeting", "area", "objective", "action", "source"]
    list_filter = ["source"]
    raw_id_fields = ["meeting"]


@admin.register(models.Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["meeting", "kind", "number", "follow_up_status"]
    list_filter = ["kind", "follow_up_status"]
    raw_id_fields = ["meeting"]


@admin.register(models.MeetingRole)
class MeetingRoleAdmin(admin.ModelAdmin):
    list_display = ["meeting", "actor", "role"]
    list_filter = ["role"]
    raw_id_fields = ["meeting"]
    autocomplete_fields = ["actor"]
