"""What the classifier suggested for a meeting, why, and what an editor decided.

The links themselves stay in :class:`processus.kb.models.MeetingLink`, which
every page already counts: a suggested link is a ``MeetingLink`` of source
``extracted``, a confirmed one of source ``confirmed``, a rejected one has no
``MeetingLink`` at all. A :class:`LinkSuggestion` row keeps, per meeting and
plan item, the score and the reason (matched terms, the passage) and the
verdict, so that a rejected link is never suggested again and the suggester
never touches a link an editor decided.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class LinkSuggestion(models.Model):
    class Status(models.TextChoices):
        SUGGESTED = "suggested", _("suggested")
        CONFIRMED = "confirmed", _("confirmed")
        REJECTED = "rejected", _("rejected")

    meeting = models.ForeignKey(
        "kb.Meeting", on_delete=models.CASCADE, related_name="plan_suggestions"
    )
    framework = models.ForeignKey(
        "kb.Framework", on_delete=models.CASCADE, related_name="link_suggestions"
    )
    area = models.ForeignKey("kb.Area", on_delete=models.CASCADE, null=True, blank=True)
    objective = models.ForeignKey("kb.Objective", on_delete=models.CASCADE, null=True, blank=True)
    action = models.ForeignKey("kb.Action", on_delete=models.CASCADE, null=True, blank=True)
    score = models.FloatField(_("score"), default=0.0)
    #: ``{"terms": [...], "fields": [...], "passage": "...", "basis": "..."}``.
    reason = models.JSONField(_("reason"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUGGESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    note = models.CharField(_("editor's note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "-score", "pk"]
        verbose_name = _("link suggestion")
        verbose_name_plural = _("link suggestions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(area__isnull=False, objective__isnull=True, action__isnull=True)
                    | Q(area__isnull=True, objective__isnull=False, action__isnull=True)
                    | Q(area__isnull=True, objective__isnull=True, action__isnull=False)
                ),
                name="link_suggestion_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["meeting", "area"],
                condition=Q(area__isnull=False),
                name="unique_suggestion_area",
            ),
            models.UniqueConstraint(
                fields=["meeting", "objective"],
                condition=Q(objective__isnull=False),
                name="unique_suggestion_objective",
            ),
            models.UniqueConstraint(
                fields=["meeting", "action"],
                condition=Q(action__isnull=False),
                name="unique_suggestion_action",
            ),
        ]
        indexes = [models.Index(fields=["framework", "status"])]

    def __str__(self) -> str:
        return f"{self.meeting_id} → {self.target} ({self.status})"

    @property
    def target(self) -> Any:
        return self.area or self.objective or self.action

    @property
    def target_key(self) -> tuple[str, int]:
        """``("area"|"objective"|"action", pk)``: the item, whatever its kind."""
        if self.area_id:
            return ("area", self.area_id)
        if self.objective_id:
            return ("objective", self.objective_id)
        return ("action", int(self.action_id or 0))
