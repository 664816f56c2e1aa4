"""What arrived and from where, for administrators: read-only (ingestion writes it)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from processus.intake.models import Arrival, FeedItem


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Arrival)
class ArrivalAdmin(_ReadOnly):
    list_display = ("received_at", "road", "name", "outcome", "reason", "user", "document")
    list_filter = ("road", "outcome")
    search_fields = ("name", "source_url", "reason")
    date_hierarchy = "received_at"
    list_select_related = ("user", "document")


@admin.register(FeedItem)
class FeedItemAdmin(_ReadOnly):
    list_display = ("first_seen", "feed_url", "link", "reason", "document")
    list_filter = ("feed_url",)
    search_fields = ("link", "item_id", "reason")
    list_select_related = ("document",)
