"""Outcome follow-ups in the admin: shown, never changed here.

Status, owner and note change through :func:`processus.outcomes.operations.change_follow_up`
(the tracker's form), which keeps their history; extracted spans and suggested
objectives come from the documents.
"""

from __future__ import annotations

from django.contrib import admin

from processus.kb.admin import ReadOnlyAdmin
from processus.outcomes.models import DocumentScan, FollowUpChange, Tracking


@admin.register(Tracking)
class TrackingAdmin(ReadOnlyAdmin):
    list_display = ("outcome", "extracted", "owner", "cue", "updated_at")
    list_filter = ("extracted",)
    search_fields = ("owner", "note", "outcome__text")


@admin.register(FollowUpChange)
class FollowUpChangeAdmin(ReadOnlyAdmin):
    list_display = ("outcome", "field", "old_value", "new_value", "editor", "at")
    list_filter = ("field",)


@admin.register(DocumentScan)
class DocumentScanAdmin(ReadOnlyAdmin):
    list_display = ("document", "items", "fingerprint")
