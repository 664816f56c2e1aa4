"""Source documents: the original file, its text and where it came from."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from processus.kb.partial_dates import Precision


class Document(models.Model):
    """One ingested document. The original file is kept; the text is what extraction read.

    ``content_hash`` (SHA-256 of the original bytes) makes re-ingesting the same
    file a no-op, and evidence offsets always index into ``text``.
    """

    class Kind(models.TextChoices):
        """The document kinds of extraction (``processus.extraction.document_kinds``), in
        its order; ingestion fills ``kind`` from the extraction result."""

        CONCEPT_NOTE = "concept_note", _("concept note")
        ANNOUNCEMENT = "announcement", _("announcement")
        AGENDA = "agenda", _("agenda")
        MEETING_LIST = "meeting_list", _("list of meetings")
        MEETING_PAGE = "meeting_page", _("meeting page")
        OUTCOME = "outcome", _("outcome or report")
        NEWS = "news", _("news article")
        SOCIAL_POST = "social_post", _("social post")
        OTHER = "other", _("other")

    title = models.CharField(_("title"), max_length=500, blank=True)
    file = models.FileField(_("original file"), upload_to="originals/%Y/%m/", blank=True)
    original_name = models.CharField(_("file name"), max_length=500, blank=True)
    source_path = models.CharField(_("ingested from"), max_length=1000, blank=True)
    source_url = models.URLField(_("source URL"), max_length=1000, blank=True)
    content_hash = models.CharField(_("SHA-256"), max_length=64, unique=True)
    media_type = models.CharField(_("media type"), max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    #: The cue that decided the kind ('heading says "Concept note"'), as extraction said it.
    kind_reason = models.CharField(_("why this kind"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    document_date = models.DateField(_("document date"), null=True, blank=True)
    document_date_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    #: What produced the mentions: a hash of the extraction engine, its reference data
    #: and the reference date. Same content and same fingerprint = nothing to redo.
    extraction_fingerprint = models.CharField(
        _("extraction fingerprint"), max_length=64, blank=True, editable=False
    )
    #: The document this one is a version of (same text after normalisation, or nearly
    #: the same: :mod:`processus.kb.versions`); its mentions join that document's meetings.
    version_of = models.ForeignKey(
        "self",
        verbose_name=_("version of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="versions",
    )
    version_reason = models.CharField(_("why a version"), max_length=200, blank=True)
    ingested_at = models.DateTimeField(_("ingested at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-document_date", "-ingested_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [
            models.Index(fields=["kind", "language"]),
            models.Index(fields=["source_path"], name="kb_document_source_path"),
        ]

    def __str__(self) -> str:
        return self.title or self.original_name or f"document {self.pk}"


class DocumentBand(models.Model):
    """One locality-sensitive hash of a document's normalised text.

    Two documents sharing a band are candidates for being versions of each other
    (:mod:`processus.kb.versions`); the index finds them with one query, in any
    process, however many documents are stored.
    """

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="bands")
    band = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("document band")

    def __str__(self) -> str:
        return f"{self.document_id}: {self.band}"
