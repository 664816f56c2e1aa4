"""Fixtures for the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from django.utils import translation


@pytest.fixture(autouse=True)
def _language_reset() -> Iterator[None]:
    """Each test starts in the default language: a request answered in French (the API
    activates the client's language, as LocaleMiddleware does for pages) must not make the
    next test's messages French."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def anon_client() -> Client:
    return Client()


@pytest.fixture
def user_client(db) -> Client:
    """Signed in, but not an editor."""
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.create_user("reader", password="reader-pass-123"))
    return client


@pytest.fixture
def editor_client(editor) -> Client:
    """Signed in as the package's own `editor` fixture (a staff user or a member of the
    editors' group, as the package needs)."""
    client = Client()
    client.force_login(editor)
    return client
