"""What can be followed: the one declared list of target kinds, and the five thematic domains.

Every place that needs the targets (the model's choices, the follow form, the
matching rule, the pages' labels) reads them from here.
"""

from __future__ import annotations

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class TargetKind(models.TextChoices):
    DIALOGUE = "dialogue", _("dialogue")
    COUNTRY = "country", _("country")
    THEME = "theme", _("thematic domain")
    OBJECTIVE = "objective", _("action-plan objective")


#: The query parameter and the model field that name each kind's target.
TARGET_FIELDS: dict[str, str] = {
    TargetKind.DIALOGUE: "dialogue",
    TargetKind.COUNTRY: "actor",
    TargetKind.THEME: "theme",
    TargetKind.OBJECTIVE: "objective",
}

#: The five thematic domains of the dialogue's action plans (``Meeting.themes`` holds
#: their numbers), as the Joint Valletta Action Plan, the Marrakesh Programme and the
#: Cadiz Action Plan share them.
THEMES: dict[str, Promise] = {
    "1": _("development benefits of migration and root causes"),
    "2": _("legal migration and mobility"),
    "3": _("protection and asylum"),
    "4": _("irregular migration, migrant smuggling and trafficking in human beings"),
    "5": _("return, readmission and reintegration"),
}
