"""Subscriptions, the events they may match, and the notifications made of them.

A :class:`Subscription` follows one target (see :mod:`processus.subscriptions.targets`)
for one e-mail address; it is *active* once confirmed (at once for a signed-in
user, by the link of the confirmation e-mail for anyone else) and until
unsubscribed. An :class:`Event` says that a meeting was announced or newly
recorded, changed, or got outcomes; a :class:`Notification` is one event for one
subscription, sent (``sent_at``) in one batch e-mail per address and per run, and
listed in the subscriber's feed. :class:`NotifyState` remembers where the last
collection stopped in the record's change log.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from processus.subscriptions.targets import THEMES, TargetKind


class SubscriptionQuerySet(models.QuerySet["Subscription"]):
    def active(self) -> SubscriptionQuerySet:
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscription(models.Model):
    email = models.EmailField(_("e-mail address"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    #: The language of the e-mails (the page's language when subscribing).
    language = models.CharField(_("language"), max_length=8, default="en")
    target = models.CharField(_("follows"), max_length=10, choices=TargetKind.choices)
    dialogue = models.ForeignKey(
        "kb.Dialogue", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        "kb.Actor", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    theme = models.CharField(_("thematic domain"), max_length=2, blank=True)
    objective = models.ForeignKey(
        "kb.Objective", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["email", "target", "pk"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    target=TargetKind.DIALOGUE,
                    dialogue__isnull=False,
                    actor__isnull=True,
                    theme="",
                    objective__isnull=True,
                )
                | Q(
                    target=TargetKind.COUNTRY,
                    dialogue__isnull=True,
                    actor__isnull=False,
                    theme="",
                    objective__isnull=True,
                )
                | Q(
                    target=TargetKind.THEME,
                    dialogue__isnull=True,
                    actor__isnull=True,
                    objective__isnull=True,
                    theme__in=list(THEMES),
                )
                | Q(
                    target=TargetKind.OBJECTIVE,
                    dialogue__isnull=True,
                    actor__isnull=True,
                    theme="",
                    objective__isnull=False,
                ),
                name="subscription_one_target",
            ),
        ]
        indexes = [models.Index(fields=["email"]), models.Index(fields=["target"])]

    def __str__(self) -> str:
        return f"{self.email} → {self.target_label}"

    @property
    def active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None

    @property
    def target_label(self) -> str:
        """What is followed, in the active language ("Rabat Process", "Senegal", …)."""
        if self.target == TargetKind.DIALOGUE and self.dialogue:
            return self.dialogue.display_name
        if self.target == TargetKind.COUNTRY and self.actor:
            return self.actor.display_name
        if self.target == TargetKind.THEME:
            return str(THEMES.get(self.theme, self.theme))
        if self.objective:
            title = self.objective.display_title
            label = gettext("%(plan)s · objective %(number)s") % {
                "plan": self.objective.framework.display_name,
                "number": self.objective.number,
            }
            return f"{label} — {title}" if title else label
        return ""


class Event(models.Model):
    class Kind(models.TextChoices):
        ANNOUNCED = "announced", _("announced")
        ADDED = "added", _("added to the record")
        CHANGED = "changed", _("changed")
        OUTCOMES = "outcomes", _("outcomes recorded")

    meeting = models.ForeignKey(
        "kb.Meeting", on_delete=models.CASCADE, related_name="+", verbose_name=_("meeting")
    )
    kind = models.CharField(_("what happened"), max_length=10, choices=Kind.choices)
    #: The fields an editor changed, when known (a change read from documents has none).
    fields = models.JSONField(_("fields"), default=list, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    matched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["matched_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.meeting_id}"


class Notification(models.Model):
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="notifications"
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="notifications")
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-event__created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "event"], name="unique_notification"),
        ]
        indexes = [models.Index(fields=["sent_at"])]

    def __str__(self) -> str:
        return f"{self.event} for {self.subscription_id}"


class NotifyState(models.Model):
    """One row: the record generation, the last outcome, the last editor's change and the time
    the last run read."""

    generation = models.BigIntegerField(default=0)
    outcome_id = models.BigIntegerField(default=0)
    change_id = models.BigIntegerField(default=0)
    checked_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"notifications read up to generation {self.generation}"
