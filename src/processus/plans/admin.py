"""Link suggestions in the admin: read-only, since decisions go through the plans pages
(:mod:`processus.plans.operations`), which keep editor and time."""

from __future__ import annotations

from django.contrib import admin

from processus.kb.admin import ReadOnlyAdmin
from processus.plans.models import LinkSuggestion


@admin.register(LinkSuggestion)
class LinkSuggestionAdmin(ReadOnlyAdmin):
    list_display = ("meeting", "framework", "target", "status", "score", "decided_by", "decided_at")
    list_filter = ("framework", "status")
    search_fields = ("meeting__title", "note")
    list_select_related = ("meeting", "framework", "area", "objective", "action", "decided_by")
