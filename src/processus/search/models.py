"""The search index: one row per meeting, per document, per passage of a document and per
round-table statement.

Rows are derived data: ``processus reindex`` rebuilds them from the knowledge
base at any time, and they are deleted with the meeting or document they
describe (foreign keys with ``CASCADE``). ``title`` and ``body`` are what is
shown and what PostgreSQL indexes (a generated ``tsvector`` column added by
migration ``0002``); ``stem_title`` and ``stem_body`` are their stemmed shadows,
filled on SQLite only, that the FTS5 table ``search_fts`` indexes (kept in sync
by triggers, see ``0002``). ``vector`` holds the passage's embedding when the
semantic extra is installed (float32 bytes, unit length).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    MEETING = "meeting", _("meeting")
    DOCUMENT = "document", _("document")
    PASSAGE = "passage", _("passage")
    #: A country's statement at a round table (:mod:`processus.roundtable.indexing`):
    #: ``meeting`` is its meeting, ``number`` the statement's id.
    STATEMENT = "statement", _("position")


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=10, choices=EntryKind.choices)
    meeting = models.ForeignKey(
        "kb.Meeting", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    document = models.ForeignKey(
        "kb.Document", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    #: Passage number in its document (``#p-<number>``), 0 for meetings and documents.
    number = models.PositiveIntegerField(default=0)
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)
    language = models.CharField(max_length=8, blank=True)
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)
    stem_title = models.TextField(blank=True)
    stem_body = models.TextField(blank=True)
    vector = models.BinaryField(null=True, blank=True)
    #: Multiplies the entry's score, in (0, 1]: below 1 for background documents.
    prior = models.FloatField(default=1.0)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["document", "number"], name="search_entry_document"),
            models.Index(fields=["meeting"], name="search_entry_meeting"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="meeting", meeting__isnull=False, document__isnull=True)
                | models.Q(kind__in=["document", "passage"], document__isnull=False)
                | models.Q(kind="statement", meeting__isnull=False, document__isnull=True),
                name="search_entry_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.meeting_id or self.document_id} #{self.number}"


class SearchState(models.Model):
    """One row: bumped on every index change so processes know when to reload vectors."""

    generation = models.PositiveBigIntegerField(default=0)
    embedder = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return f"search index generation {self.generation}"


class PendingChange(models.Model):
    """A meeting or document changed since it was last indexed.

    Filled by database triggers (migration ``0003``) on every insert and update of
    documents, meetings, meeting roles and meeting dialogues, whatever wrote them:
    the ORM, or ingestion's plain SQL, which sends no model signals. Drained by
    :func:`processus.search.indexing.drain`: right after the commit when the
    change came through the ORM (a signal schedules it), and at the end of an
    ingestion run for what it wrote in plain SQL. Never by a search.
    """

    kind = models.CharField(max_length=10, choices=EntryKind.choices)
    object_id = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_pending_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} to index"
