"""Fixtures for the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _language_reset() -> Iterator[None]:
    """Each test starts in the default language: a request answered in French (the API
    activates the client's language, as LocaleMiddleware does for pages) must not make the
    next test's messages French."""
    translation.activate("en")
    yield
    translation.deactivate()
