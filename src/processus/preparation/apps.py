from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreparationConfig(AppConfig):
    name = "processus.preparation"
    label = "preparation"
    verbose_name = _("Preparation")
