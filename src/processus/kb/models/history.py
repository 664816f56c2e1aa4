"""What editors did to the record: every change with its old and new value, and where
merged meetings went.

The edited :class:`~processus.kb.models.Evidence` rows say which values an editor
holds *now* (ingestion lets them win); :class:`MeetingChange` says what happened,
in order, so a change can be read, explained and undone. Both are written only by
:mod:`processus.kb.operations`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingChange(models.Model):
    """One change to one meeting: a field edited, a change reverted, meetings merged or split.

    ``old_value``/``new_value`` are the field's values in the extraction
    contract's shape (``"2019-07"``, ``["Morocco", "Spain"]``); ``old_edited`` says
    whether the old value was an editor's (else it came from the documents, and
    reverting hands the field back to them). ``details`` keeps what a merge or a
    split moved, so that it can be undone. ``meeting_number`` is the meeting's
    number when the change was made: it stays readable after a merge moved the
    change to another meeting.
    """

    class Kind(models.TextChoices):
        EDIT = "edit", _("edit")
        REVERT = "revert", _("revert")
        MERGE = "merge", _("merge")
        SPLIT = "split", _("split")
        UNDO = "undo", _("undo")

    meeting = models.ForeignKey(
        "kb.Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
        verbose_name=_("meeting"),
    )
    meeting_number = models.PositiveIntegerField(_("meeting number"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.EDIT)
    field = models.CharField(_("field"), max_length=40, blank=True)
    old_value = models.JSONField(_("old value"), null=True, blank=True)
    new_value = models.JSONField(_("new value"), null=True, blank=True)
    old_edited = models.BooleanField(_("old value set by an editor"), default=False)
    details = models.JSONField(_("details"), default=dict, blank=True)
    reverts = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reverted_by",
        verbose_name=_("reverts"),
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meeting_changes",
        verbose_name=_("editor"),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("change to the record")
        verbose_name_plural = _("changes to the record")
        indexes = [models.Index(fields=["meeting", "created_at"])]

    def __str__(self) -> str:
        what = self.field or self.get_kind_display()
        return f"#{self.meeting_number} {what} ({self.get_kind_display()})"


class MeetingRedirect(models.Model):
    """A meeting merged into another: its old number leads to the one that absorbed it."""

    number = models.PositiveIntegerField(_("old meeting number"), unique=True)
    meeting = models.ForeignKey(
        "kb.Meeting",
        on_delete=models.CASCADE,
        related_name="redirects",
        verbose_name=_("now part of"),
    )
    change = models.ForeignKey(
        MeetingChange,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="redirects",
        verbose_name=_("merge"),
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("merged meeting")
        verbose_name_plural = _("merged meetings")

    def __str__(self) -> str:
        return f"{self.number} → {self.meeting_id}"
