from __future__ import annotations

from django.contrib import admin

from processus.tasks.models import TaskRecord


@admin.register(TaskRecord)
class TaskRecordAdmin(admin.ModelAdmin):
    """Read-only: a task's record is written by whoever enqueued it and the worker that ran it."""

    list_display = ("task_id", "name", "state", "done", "total", "created_at", "finished_at")
    list_filter = ("state", "name")
    search_fields = ("task_id",)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
