"""Addresses reversed once per language give what ``reverse`` gives, in each language."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from processus.search.addresses import address, addresses


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "pk"), [("web:meeting", 7), ("web:document", 1234567)])
def test_an_address_is_what_reverse_gives(language: str, name: str, pk: int) -> None:
    with translation.override(language):
        assert address(name, pk) == reverse(name, args=[pk])


def test_the_language_is_read_when_the_addresses_are_asked_for() -> None:
    with translation.override("fr"):
        french = addresses()
    with translation.override("en"):
        english = addresses()
        assert french("web:meeting", 3) != english("web:meeting", 3)
        assert english("web:meeting", 3) == reverse("web:meeting", args=[3])
    with translation.override("fr"):
        assert french("web:meeting", 3) == reverse("web:meeting", args=[3])
