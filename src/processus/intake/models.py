"""What arrived by each road in (upload, URL, feed, inbox) and what became of it.

The knowledge base's :class:`~processus.kb.models.Document` says what a document is;
an :class:`Arrival` says how and from whom it came, including the arrivals that were
refused (with their one-line reason), so a secretariat can answer "what happened to
the file I sent yesterday?".  A :class:`FeedItem` remembers each item of a followed
feed, so ``processus watch-feed`` ingests an item once however often it runs.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Arrival(models.Model):
    """One file or URL handed to intake, with its outcome."""

    class Road(models.TextChoices):
        UPLOAD = "upload", _("upload")
        URL = "url", _("URL")
        FEED = "feed", _("feed")
        INBOX = "inbox", _("inbox folder")

    class Outcome(models.TextChoices):
        STORED = "stored", _("stored")
        REPLACED = "replaced", _("changed")
        UNCHANGED = "unchanged", _("already known")
        REFUSED = "refused", _("refused")

    road = models.CharField(_("road"), max_length=10, choices=Road.choices)
    #: The name the sender gave (a client's file name, a URL): shown, never used as a path.
    name = models.CharField(_("name given"), max_length=1000)
    source_url = models.URLField(_("source URL"), max_length=1000, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "kb.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="arrivals",
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    reason = models.CharField(_("reason refused"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    #: The files sent together (one upload form): the result page lists them.
    batch = models.UUIDField(_("sent together"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("arrival")
        verbose_name_plural = _("arrivals")

    def __str__(self) -> str:
        return f"{self.get_road_display()}: {self.name}"


class FeedItem(models.Model):
    """An item of a followed RSS/Atom feed, seen once (ingested, or refused with why)."""

    feed_url = models.URLField(_("feed URL"), max_length=1000)
    #: The item's id (its guid, else its link): what makes it the same item next time.
    item_id = models.CharField(_("item id"), max_length=1000)
    link = models.URLField(_("link"), max_length=1000, blank=True)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True)
    document = models.ForeignKey(
        "kb.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason refused"), max_length=500, blank=True)

    class Meta:
        ordering = ["-first_seen", "-pk"]
        verbose_name = _("feed item")
        verbose_name_plural = _("feed items")
        constraints = [
            models.UniqueConstraint(fields=["feed_url", "item_id"], name="intake_feed_item_once")
        ]

    def __str__(self) -> str:
        return self.link or self.item_id
