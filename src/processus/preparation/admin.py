"""The preparation's rows in the admin, for staff who need to look at or fix one.

Registrations are decided by :mod:`processus.preparation.operations` (the rules,
under the meeting's lock): the admin shows their status but does not change it.
"""

from __future__ import annotations

from django.contrib import admin

from processus.preparation.models import FocalPoint, Preparation, Registration, Session


@admin.register(Preparation)
class PreparationAdmin(admin.ModelAdmin):
    list_display = ("meeting", "registration_deadline", "time_zone", "capacity",
                    "quota_per_country", "approval_required")  # fmt: skip
    raw_id_fields = ("meeting",)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("title", "meeting", "starts", "working_group", "capacity")
    raw_id_fields = ("meeting",)


@admin.register(FocalPoint)
class FocalPointAdmin(admin.ModelAdmin):
    list_display = ("user", "country")
    raw_id_fields = ("user", "country")


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("name", "meeting", "country", "status", "attended", "created_at")
    list_filter = ("status",)
    search_fields = ("name", "email", "organisation")
    raw_id_fields = ("meeting", "country", "working_group", "registered_by", "focal_point")
    readonly_fields = ("status", "created_at", "changed_at", "reminded_at")
