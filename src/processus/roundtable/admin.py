"""Round tables in the admin: shown only; editors change them on the round-table page,
through :mod:`processus.roundtable.operations`."""

from __future__ import annotations

from django.contrib import admin

from processus.kb.admin import ReadOnlyAdmin
from processus.roundtable.models import GuidingQuestion, Statement


@admin.register(GuidingQuestion)
class GuidingQuestionAdmin(ReadOnlyAdmin):
    list_display = ("meeting", "number", "text", "text_fr")
    search_fields = ("text", "text_fr")


@admin.register(Statement)
class StatementAdmin(ReadOnlyAdmin):
    list_display = ("question", "country", "speaker", "document", "updated_at")
    search_fields = ("text", "country__name")
