"""Action plans (frameworks): Framework → Area → Objective → Action, and links to meetings."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def objective_base(number: str) -> str:
    """The objective a numbered part belongs to: ``"5a"`` → ``"5"``; other numbers unchanged."""
    match = re.match(r"\d+", number.strip())
    return match.group(0) if match else number.strip()


class _Titled(models.Model):
    """Numbered items whose title may be unknown until an editor fills it in.

    ``established`` says whether a public source (``source_url``) gives the item's
    content; when it does not, the title stays empty and pages say "to be
    completed" rather than guess. ``reference_values`` keeps what the reference
    files last set, so that ``load-reference`` can tell a value an editor changed
    (kept) from one the files changed (updated).
    """

    title = models.CharField(_("title"), max_length=500, blank=True)
    title_fr = models.CharField(_("French title"), max_length=500, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    established = models.BooleanField(_("established by a public source"), default=False)
    reference_values = models.JSONField(
        _("values last loaded from the reference files"), default=dict, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def display_title(self) -> str:
        if get_language() == "fr" and self.title_fr:
            return self.title_fr
        return self.title


class Framework(models.Model):
    """A multi-annual action plan adopted at a ministerial conference."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    dialogue = models.ForeignKey("kb.Dialogue", on_delete=models.CASCADE, related_name="frameworks")
    name = models.CharField(_("name"), max_length=300)
    name_fr = models.CharField(_("French name"), max_length=300, blank=True)
    period_start = models.PositiveSmallIntegerField(_("first year"))
    period_end = models.PositiveSmallIntegerField(_("last year"))
    adopted_at = models.CharField(_("adopted at"), max_length=300, blank=True)
    #: The plan's own count: "5a" and "5b" are two rows but one objective.
    objectives_total = models.PositiveSmallIntegerField(
        _("number of objectives"), null=True, blank=True
    )
    actions_total = models.PositiveSmallIntegerField(_("number of actions"), null=True, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["-period_start"]
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="framework_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.period_start}–{self.period_end})"

    @property
    def display_name(self) -> str:
        return self.name_fr if get_language() == "fr" and self.name_fr else self.name


class Area(_Titled):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="areas")
    number = models.PositiveSmallIntegerField(_("number"))

    class Meta:
        ordering = ["framework", "number"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="unique_area_number"),
        ]

    def __str__(self) -> str:
        return f"{self.framework.key} area {self.number}"


class Objective(_Titled):
    """An objective of an action plan.

    It belongs to the framework; its area may be unknown (``area`` null) when
    public sources give the objective but not where it sits, so that counts such
    as "5 of 10 objectives" stay right while an editor completes the structure.
    """

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="objectives")
    area = models.ForeignKey(
        Area, on_delete=models.SET_NULL, null=True, blank=True, related_name="objectives"
    )
    number = models.CharField(_("number"), max_length=10)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["framework", "position", "number"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="unique_objective_number"),
        ]

    def __str__(self) -> str:
        return f"objective {self.number}"

    @property
    def base_number(self) -> str:
        """The objective the plan counts this row as: ``"5a"`` and ``"5b"`` → ``"5"``."""
        return objective_base(self.number)


class Action(_Titled):
    """An action of an action plan, numbered across the plan.

    It belongs to the framework; its objective may be unknown (``objective``
    null) when public sources give the plan's number of actions but not which
    objective each one serves, so that "11 of 29 actions" counts rows that exist.
    """

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="actions")
    objective = models.ForeignKey(
        Objective, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    number = models.CharField(_("number"), max_length=10)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["framework", "position", "number"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        constraints = [
            models.UniqueConstraint(fields=["objective", "number"], name="unique_action_number"),
            models.UniqueConstraint(
                fields=["framework", "number"],
                condition=Q(objective__isnull=True),
                name="unique_unplaced_action_number",
            ),
        ]

    def __str__(self) -> str:
        return f"action {self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # An action created under an objective belongs to that objective's plan.
        if self.framework_id is None and self.objective_id is not None:
            self.framework_id = self.objective.framework_id
        super().save(*args, **kwargs)


class MeetingLink(models.Model):
    """A meeting addresses an area, an objective or an action of an action plan.

    Exactly one of ``area``, ``objective`` and ``action`` is set. Links found by
    extraction stay ``extracted`` until an editor confirms (or removes) them.
    """

    class Source(models.TextChoices):
        EXTRACTED = "extracted", _("extracted")
        CONFIRMED = "confirmed", _("confirmed by an editor")

    meeting = models.ForeignKey("kb.Meeting", on_delete=models.CASCADE, related_name="links")
    area = models.ForeignKey(Area, on_delete=models.CASCADE, null=True, blank=True)
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, null=True, blank=True)
    action = models.ForeignKey(Action, on_delete=models.CASCADE, null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=12, choices=Source.choices, default=Source.EXTRACTED
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("action-plan link")
        verbose_name_plural = _("action-plan links")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(area__isnull=False, objective__isnull=True, action__isnull=True)
                    | Q(area__isnull=True, objective__isnull=False, action__isnull=True)
                    | Q(area__isnull=True, objective__isnull=True, action__isnull=False)
                ),
                name="meeting_link_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["meeting", "area"], condition=Q(area__isnull=False), name="unique_link_area"
            ),
            models.UniqueConstraint(
                fields=["meeting", "objective"],
                condition=Q(objective__isnull=False),
                name="unique_link_objective",
            ),
            models.UniqueConstraint(
                fields=["meeting", "action"],
                condition=Q(action__isnull=False),
                name="unique_link_action",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} → {self.area or self.objective or self.action}"
