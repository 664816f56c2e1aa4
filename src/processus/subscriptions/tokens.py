"""Signed links: confirm a subscription, unsubscribe in one click, read one's feed.

Each token is signed with the site's secret key and its own salt, so a token made
for one purpose never works for another; none needs a sign-in. Confirmation
links expire (:data:`CONFIRM_DAYS`); unsubscribe and feed links do not.
"""

from __future__ import annotations

from django.core import signing

CONFIRM_DAYS = 7
_CONFIRM = "processus.subscriptions.confirm"
_UNSUBSCRIBE = "processus.subscriptions.unsubscribe"
_FEED = "processus.subscriptions.feed"


def confirm_token(subscription_id: int) -> str:
    return signing.dumps(subscription_id, salt=_CONFIRM)


def unsubscribe_token(subscription_id: int) -> str:
    return signing.dumps(subscription_id, salt=_UNSUBSCRIBE)


def feed_token(email: str) -> str:
    return signing.dumps(email.strip().lower(), salt=_FEED)


def read_confirm(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=_CONFIRM, max_age=CONFIRM_DAYS * 86400))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def read_unsubscribe(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=_UNSUBSCRIBE))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def read_feed(token: str) -> str | None:
    try:
        value = signing.loads(token, salt=_FEED)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) else None
