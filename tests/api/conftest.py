"""Clients and data for the API tests.

``world`` (a small record written for the page tests: two dialogues, a plan, three
meetings with evidence) and the role-named clients come from ``tests/web``;
``editor_api``/``reader_api`` send a token, ``anon_api`` none. Throttling is off
unless a test turns it on (``settings.PROCESSUS_API_ANON_RATE``).
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from processus.api.tokens import token_for
from processus.kb.operations import editors_group
from tests.web.conftest import _empty_cache, page_cache, world  # noqa: F401  (shared fixtures)


@pytest.fixture(autouse=True)
def _no_throttle(settings) -> None:
    settings.PROCESSUS_API_ANON_RATE = None


@pytest.fixture
def anon_api() -> APIClient:
    return APIClient()


@pytest.fixture
def api_editor(db):
    user = get_user_model().objects.create_user("api-editor", password="editor-pass-123")
    user.groups.add(editors_group())
    return user


@pytest.fixture
def editor_api(api_editor) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(api_editor).key}")
    return client


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("reader", password="reader-pass-123")


@pytest.fixture
def reader_api(reader) -> APIClient:
    """Signed in with a valid session but not an editor (readers get no token)."""
    client = APIClient()
    client.force_authenticate(reader)
    return client
