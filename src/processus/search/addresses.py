"""Page addresses by URL name and number, for lists of many results.

``reverse()`` resolves its pattern on every call; a results list or a page listing
dozens of meetings would pay that per item. The address is reversed once per URL name,
language, script prefix and URL configuration (what ``reverse`` reads), with a mark in
place of the number, and the number is written into it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_MARK = str(987654321)


@lru_cache(maxsize=64)
def _template(name: str, language: str | None, prefix: str, urlconf: str) -> str:
    return reverse(name, args=[_MARK])


def addresses() -> Callable[[str, int], str]:
    """``reverse(name, args=[pk])`` as a function of ``(name, pk)``, for the language,
    script prefix and URL configuration active now (read once, not per address)."""
    language, prefix = get_language(), get_script_prefix()
    urlconf = get_urlconf() or settings.ROOT_URLCONF

    def address(name: str, pk: int) -> str:
        return _template(name, language, prefix, urlconf).replace(_MARK, str(pk))

    return address


def address(name: str, pk: int) -> str:
    """``reverse(name, args=[pk])``, the pattern resolved once per language."""
    return addresses()(name, pk)
