"""The 404 and 500 pages: in the visitor's language, and without any debug detail."""

from __future__ import annotations

import pytest
from django.test import Client

from .conftest import World

pytestmark = pytest.mark.django_db

DEBUG_SIGNS = ("Traceback", "Django", "settings.py", "DEBUG", "urlpatterns", "secret-detail")


def body(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize(
    ("path", "lang", "title"),
    [
        ("/meetings/999999/", "en", "Page not found"),
        ("/fr/meetings/999999/", "fr", "Page introuvable"),
        ("/no/such/page/", "en", "Page not found"),
        ("/fr/no/such/page/", "fr", "Page introuvable"),
    ],
)
def test_not_found_page(anon_client: Client, world: World, path: str, lang: str, title: str):
    response = anon_client.get(path)
    assert response.status_code == 404
    text = body(response)
    assert f'<html lang="{lang}"' in text
    assert f"<h1>{title}</h1>" in text
    assert "Content-Security-Policy" in response.headers
    for sign in DEBUG_SIGNS:
        assert sign not in text


@pytest.mark.parametrize(
    ("path", "lang", "title"),
    [("/broken/", "en", "Server error"), ("/fr/broken/", "fr", "Erreur du serveur")],
)
def test_server_error_page(settings, path: str, lang: str, title: str):
    settings.ROOT_URLCONF = "tests.web.error_urls"
    client = Client(raise_request_exception=False)
    response = client.get(path)
    assert response.status_code == 500
    text = body(response)
    assert f'<html lang="{lang}"' in text
    assert f"<h1>{title}</h1>" in text
    for sign in DEBUG_SIGNS:
        assert sign not in text
