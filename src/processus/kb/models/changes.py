"""The record's write generation and change log, shared by every process that writes.

Several processes may write the knowledge base at once (``processus ingest`` runs,
web editors, workers). Each keeps some of the record in memory (ingestion keeps
its matching index and the known documents), so each needs to learn what the
others changed since it last looked: every writer bumps :class:`RecordGeneration`
and logs the meetings and documents it touched as :class:`RecordChange` rows of
that generation, inside its own transaction and under the writer lock
(:mod:`processus.kb.writer_lock`).
"""

from __future__ import annotations

from django.db import models


class RecordGeneration(models.Model):
    """One row: the number of committed writes, and up to which one the log was pruned."""

    value = models.BigIntegerField(default=0)
    #: Changes of generations up to this one were deleted; a reader behind it reloads all.
    pruned_through = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "record generation"

    def __str__(self) -> str:
        return f"generation {self.value}"


class RecordChange(models.Model):
    """A meeting or document touched by the write of one generation (no foreign keys:
    the row outlives a deleted meeting, which is exactly what readers must learn)."""

    generation = models.BigIntegerField(db_index=True)
    meeting_id = models.BigIntegerField(null=True, blank=True)
    document_id = models.BigIntegerField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "record change"

    def __str__(self) -> str:
        return (
            f"generation {self.generation}: meeting {self.meeting_id}, document {self.document_id}"
        )
