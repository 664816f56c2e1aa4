"""The e-mails of subscriptions: the confirmation link, and the batch of news per address.

Each is written in the subscriber's language (``Subscription.language``) with
absolute links from ``PROCESSUS_SITE_URL`` (default ``http://localhost:8000``),
sent through Django's mail framework (the console by default, SMTP from the
environment). Every news e-mail carries, for each subscription it speaks for,
the one-click unsubscribe link, and the ``List-Unsubscribe`` headers when it
speaks for one subscription only (RFC 8058).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from processus.kb.models import Meeting
from processus.subscriptions import tokens
from processus.subscriptions.models import Event, Notification, Subscription


def site_url() -> str:
    return str(getattr(settings, "PROCESSUS_SITE_URL", "http://localhost:8000")).rstrip("/")


def absolute(name: str, *args: object) -> str:
    """The address of the named page, in the active language."""
    return site_url() + reverse(name, args=list(args))


def unsubscribe_link(subscription: Subscription) -> str:
    return absolute("subscriptions:unsubscribe", tokens.unsubscribe_token(subscription.pk))


def feed_link(email: str) -> str:
    return absolute("subscriptions:feed", tokens.feed_token(email))


def send_confirmation(subscription: Subscription) -> None:
    with translation.override(subscription.language):
        context = {
            "subscription": subscription,
            "confirm_link": absolute(
                "subscriptions:confirm", tokens.confirm_token(subscription.pk)
            ),
            "days": tokens.CONFIRM_DAYS,
        }
        EmailMessage(
            subject=_("Confirm that you follow %(target)s") % {"target": subscription.target_label},
            body=render_to_string("subscriptions/email/confirm.txt", context),
            to=[subscription.email],
        ).send()


@dataclass
class MeetingNews:
    """What happened to one meeting, merged across its events, and why it concerns you."""

    meeting: Meeting
    link: str
    kinds: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    because: list[Subscription] = field(default_factory=list)


def meeting_news(notifications: Iterable[Notification]) -> list[MeetingNews]:
    """One entry per meeting (events of one run merged), in the order they happened."""
    news: dict[int, MeetingNews] = {}
    labels = dict(Event.Kind.choices)
    for notification in notifications:
        event = notification.event
        item = news.get(event.meeting_id)
        if item is None:
            item = news[event.meeting_id] = MeetingNews(
                event.meeting, absolute("web:meeting", event.meeting_id)
            )
        label = str(labels.get(event.kind, event.kind))
        if label not in item.kinds:
            item.kinds.append(label)
        item.fields += [f for f in event.fields if f not in item.fields]
        if notification.subscription not in item.because:
            item.because.append(notification.subscription)
    return list(news.values())


def send_digest(address: str, notifications: list[Notification]) -> None:
    """One e-mail for every unsent notification of ``address``."""
    subscriptions = list(dict.fromkeys(n.subscription for n in notifications))
    language = subscriptions[-1].language
    with translation.override(language):
        news = meeting_news(notifications)
        context = {
            "news": news,
            "subscriptions": [(s, unsubscribe_link(s)) for s in subscriptions],
            "feed": feed_link(address),
        }
        headers = {}
        if len(subscriptions) == 1:
            headers = {
                "List-Unsubscribe": f"<{unsubscribe_link(subscriptions[0])}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        subject = (
            _("Processus: news of %(meeting)s") % {"meeting": news[0].meeting}
            if len(news) == 1
            else _("Processus: news of %(count)s meetings you follow") % {"count": len(news)}
        )
        EmailMessage(
            subject=subject,
            body=render_to_string("subscriptions/email/digest.txt", context),
            to=[subscriptions[-1].email],
            headers=headers,
        ).send()
