"""What the tracker keeps beside the knowledge base's outcomes.

The outcome itself (meeting, kind, number, text, follow-up status, document) is
the knowledge base's :class:`~processus.kb.models.Outcome`, which the meeting page
shows and edits; :class:`Tracking` adds where an extracted item was read (span and
cue), who follows it up and a note; :class:`FollowUpChange` keeps every change of
status, owner or note (who, when, old and new); :class:`DocumentScan` remembers
what the extractor last read in a document, so re-ingestion redoes only what changed.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Outcome


class Tracking(models.Model):
    """The follow-up of one outcome, and where the extractor found it."""

    outcome = models.OneToOneField(
        "kb.Outcome", on_delete=models.CASCADE, primary_key=True, related_name="tracking"
    )
    #: Read from ``outcome.document`` by the extractor (an editor's own outcomes are not).
    extracted = models.BooleanField(_("extracted"), default=False)
    start = models.PositiveIntegerField(_("span start"), null=True, blank=True)
    end = models.PositiveIntegerField(_("span end"), null=True, blank=True)
    #: The label or the line that made it an item ("Recommendation 3", "Key recommendations").
    cue = models.CharField(_("cue"), max_length=300, blank=True)
    owner = models.CharField(_("owner"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)
    objectives: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "kb.Objective",
        through="SuggestedObjective",
        related_name="outcome_trackings",
        verbose_name=_("suggested objectives"),
        blank=True,
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("outcome follow-up")
        verbose_name_plural = _("outcome follow-ups")

    def __str__(self) -> str:
        return f"follow-up of outcome {self.outcome_id}"


class SuggestedObjective(models.Model):
    """A plan objective an outcome's words point to, with the terms that matched."""

    tracking = models.ForeignKey(Tracking, on_delete=models.CASCADE, related_name="suggestions")
    objective = models.ForeignKey("kb.Objective", on_delete=models.CASCADE, related_name="+")
    terms = models.JSONField(_("matched terms"), default=list)

    class Meta:
        verbose_name = _("suggested objective")
        verbose_name_plural = _("suggested objectives")
        constraints = [
            models.UniqueConstraint(
                fields=["tracking", "objective"], name="unique_outcome_objective"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.tracking_id} -> {self.objective_id}"


class FollowUpChange(models.Model):
    """One change of an outcome's follow-up: which value, old and new, who and when."""

    class Field(models.TextChoices):
        STATUS = "status", _("status")
        OWNER = "owner", _("owner")
        NOTE = "note", _("note")

    outcome = models.ForeignKey(
        "kb.Outcome", on_delete=models.CASCADE, related_name="follow_up_changes"
    )
    field = models.CharField(_("field"), max_length=10, choices=Field.choices)
    old_value = models.TextField(_("old value"), blank=True)
    new_value = models.TextField(_("new value"), blank=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("follow-up change")
        verbose_name_plural = _("follow-up changes")

    def __str__(self) -> str:
        return f"{self.field} of outcome {self.outcome_id}"

    def _shown(self, value: str) -> str:
        if self.field == self.Field.STATUS and value in Outcome.FollowUp.values:
            return str(Outcome.FollowUp(value).label)
        return value

    @property
    def old_shown(self) -> str:
        """The old value as the pages show it (a status by its label)."""
        return self._shown(self.old_value)

    @property
    def new_shown(self) -> str:
        return self._shown(self.new_value)


class DocumentScan(models.Model):
    """What the outcome extractor last read in a document (its fingerprint) and found."""

    document = models.OneToOneField(
        "kb.Document", on_delete=models.CASCADE, primary_key=True, related_name="outcome_scan"
    )
    fingerprint = models.CharField(max_length=64)
    items = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("outcome scan")
        verbose_name_plural = _("outcome scans")

    def __str__(self) -> str:
        return f"outcome scan of document {self.document_id}"
