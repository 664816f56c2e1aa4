"""Subscription fixtures: the web tests' small record, role-named clients, and followers."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.utils import timezone

from processus.subscriptions import operations
from processus.subscriptions.models import Subscription
from processus.subscriptions.targets import TARGET_FIELDS
from tests.web.conftest import (  # noqa: F401  (shared fixtures)
    _empty_cache,
    editor,
    world,
)


@pytest.fixture
def follow(db) -> Callable[..., Subscription]:
    """``follow("ana@example.org", "dialogue", world.rabat)``: an active subscription."""

    def make(email: str, target: str, value: object, language: str = "en") -> Subscription:
        subscription = Subscription(
            email=email, target=target, language=language, confirmed_at=timezone.now()
        )
        setattr(subscription, TARGET_FIELDS[target], value)
        operations.ensure_state()  # as subscribe() does
        subscription.save()
        return subscription

    return make


def links(body: str) -> list[str]:
    """The addresses an e-mail's text holds."""
    return re.findall(r"https?://\S+", body)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)
