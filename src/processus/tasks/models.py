"""The record of one background task, written by whoever enqueues it and the worker that runs it."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TaskRecord(models.Model):
    """One task: its job and arguments, its state, its progress, what failed and why.

    The arguments live here rather than in the broker's message, so a worker reads
    what to do from the database and the interface shows exactly what was asked.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("done")
        FAILED = "failed", _("failed")

    task_id = models.CharField(_("task id"), max_length=64, unique=True)
    name = models.CharField(_("task"), max_length=40)
    arguments = models.JSONField(_("arguments"), default=dict, blank=True)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.QUEUED, db_index=True
    )
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), null=True, blank=True)
    #: The job's own summary (the lines ``processus ingest`` prints, a report's file, …).
    summary = models.JSONField(_("summary"), default=list, blank=True)
    #: Items that failed while the task went on: ``[[item, reason], …]``.
    failures = models.JSONField(_("failures"), default=list, blank=True)
    #: Why the task itself failed (state ``failed``), one line.
    error = models.TextField(_("error"), blank=True)
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    requested_by = models.CharField(_("requested by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    def __str__(self) -> str:
        return f"{self.name} {self.task_id[:8]} ({self.state})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.SUCCEEDED, self.State.FAILED)

    @property
    def seconds(self) -> float | None:
        """How long it ran (so far, while running)."""
        if self.started_at is None:
            return None
        end = self.finished_at or timezone.now()
        return max((end - self.started_at).total_seconds(), 0.0)
