"""The personal Atom feed: the news of everything one address follows (latest first)."""

from __future__ import annotations

from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from processus.subscriptions import tokens
from processus.subscriptions.models import Notification

#: The newest items a feed lists.
FEED_ITEMS = 50


class SubscriberFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, token: str) -> dict[str, str]:
        email = tokens.read_feed(token)
        if not email:
            raise Http404("unknown feed")
        return {"email": email, "token": token}

    def title(self, obj: dict[str, str]) -> str:
        return _("Processus: the meetings you follow")

    def link(self, obj: dict[str, str]) -> str:
        return reverse("subscriptions:feed", args=[obj["token"]])

    def subtitle(self, obj: dict[str, str]) -> str:
        return _("Meetings announced, changed or given outcomes, for what you follow.")

    def items(self, obj: dict[str, str]) -> list[Notification]:
        notifications = (
            Notification.objects.filter(
                subscription__email__iexact=obj["email"],
                subscription__unsubscribed_at__isnull=True,
            )
            .select_related("event__meeting", "subscription")
            .order_by("-event__created_at", "-pk")
        )
        seen: set[int] = set()
        out = []
        for notification in notifications[: FEED_ITEMS * 4]:
            if notification.event_id in seen:
                continue
            seen.add(notification.event_id)
            out.append(notification)
            if len(out) >= FEED_ITEMS:
                break
        return out

    def item_title(self, item: Notification) -> str:
        return f"{item.event.meeting} — {item.event.get_kind_display()}"

    def item_description(self, item: Notification) -> str:
        fields = ", ".join(item.event.fields)
        because = _("Because you follow: %(target)s") % {"target": item.subscription.target_label}
        return f"{item.event.get_kind_display()}{f' ({fields})' if fields else ''}. {because}"

    def item_link(self, item: Notification) -> str:
        return reverse("web:meeting", args=[item.event.meeting_id])

    def item_guid(self, item: Notification) -> str:
        return f"processus-event-{item.event_id}"

    def item_updateddate(self, item: Notification) -> Any:
        return item.event.created_at

    def item_pubdate(self, item: Notification) -> Any:
        return item.event.created_at
