from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoundTableConfig(AppConfig):
    name = "processus.roundtable"
    label = "roundtable"
    verbose_name = _("Round tables")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from processus.roundtable import indexing

        indexing.register()
