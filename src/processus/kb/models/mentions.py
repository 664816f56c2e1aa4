"""What one document says about one meeting, kept so that meetings can be re-consolidated."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from processus.kb.partial_dates import Precision


class MeetingMention(models.Model):
    """One extracted record of one document, attached to the meeting it describes.

    ``record`` is the extraction contract's object (without ``source`` and
    ``evidence``: the document and the :class:`Evidence` rows hold those), so a
    meeting's shown values can be recomputed from its mentions at any time
    without reading the documents again. ``first_day``/``last_day`` are the days
    the mention's dates cover ("July 2019" → 1 to 31 July); consolidation blocks
    candidates on them.

    ``follows`` points at another mention of the same document that this one
    builds on ("will build on the meeting of July 2019"): the meeting of this
    mention is a follow-up of the meeting of that one.
    """

    document = models.ForeignKey(
        "kb.Document", on_delete=models.CASCADE, related_name="mentions", verbose_name=_("document")
    )
    position = models.PositiveSmallIntegerField(_("position in the document"))
    meeting = models.ForeignKey(
        "kb.Meeting", on_delete=models.CASCADE, related_name="mentions", verbose_name=_("meeting")
    )
    record = models.JSONField(_("extracted record"), default=dict)
    kind = models.CharField(_("kind"), max_length=30, blank=True)
    first_day = models.DateField(_("first day"), null=True, blank=True)
    last_day = models.DateField(_("last day"), null=True, blank=True)
    precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    year_inferred = models.BooleanField(_("year inferred"), default=False)
    city = models.CharField(_("city"), max_length=200, blank=True)
    follows = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followed_by",
        verbose_name=_("builds on"),
    )

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("meeting mention")
        verbose_name_plural = _("meeting mentions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "position"], name="unique_mention_position"
            ),
            models.CheckConstraint(
                condition=Q(first_day__isnull=True)
                | Q(last_day__isnull=False, last_day__gte=F("first_day")),
                name="mention_days_ordered",
            ),
        ]
        indexes = [models.Index(fields=["first_day", "last_day"])]

    def __str__(self) -> str:
        return f"{self.document} #{self.position} → meeting {self.meeting_id}"
