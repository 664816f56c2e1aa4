"""Template helpers that choose a language's version of a value."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.utils import translation

from processus.web.templatetags.processus_web import localized_title

BOTH = {"title": "Border management", "title_fr": "Gestion des frontières"}
ENGLISH_ONLY = {"title": "Diaspora engagement", "title_fr": ""}


@pytest.mark.parametrize("item", [BOTH, SimpleNamespace(**BOTH)], ids=["dict", "object"])
def test_a_french_page_gets_the_french_title(item) -> None:
    with translation.override("fr"):
        assert localized_title(item) == "Gestion des frontières"


@pytest.mark.parametrize("item", [BOTH, SimpleNamespace(**BOTH)], ids=["dict", "object"])
def test_an_english_page_gets_the_english_title(item) -> None:
    with translation.override("en"):
        assert localized_title(item) == "Border management"


def test_without_a_french_title_the_english_one_stays() -> None:
    with translation.override("fr"):
        assert localized_title(ENGLISH_ONLY) == "Diaspora engagement"
        assert localized_title(SimpleNamespace(title="Mobility")) == "Mobility"


def test_an_item_without_any_title_gives_nothing() -> None:
    with translation.override("fr"):
        assert localized_title({"title": "", "title_fr": ""}) == ""
        assert localized_title(SimpleNamespace()) == ""
