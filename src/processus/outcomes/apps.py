from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    name = "processus.outcomes"
    label = "outcomes"
    verbose_name = _("Outcomes")
