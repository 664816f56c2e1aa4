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


HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("path", "named"),
    [
        (f"/meetings/?area={HUGE}", "area"),
        (f"/meetings/?objective={HUGE}", "objective"),
        (f"/search?q=x&area={HUGE}", "area"),
        ("/meetings/?year=20x4", "year"),
        ("/documents/?year=-1", "year"),
        ("/documents/?q=a%00b", "q"),
        (f"/plans/cadiz-action-plan/coverage/?chair={HUGE}", "chair"),
        ("/plans/cadiz-action-plan/coverage/?from=abc", "from"),
        ("/meetings/?country=" + "x" * 10_000, "country"),
    ],
)
def test_bad_parameters_are_a_400_page_naming_them(
    anon_client: Client, world: World, path: str, named: str
):
    response = anon_client.get(path)
    assert response.status_code == 400
    text = body(response)
    assert "<h1>Bad address</h1>" in text
    assert f"<code>{named}</code>" in text
    for sign in DEBUG_SIGNS:
        assert sign not in text


def test_the_400_page_speaks_french_and_links_to_the_page_without_the_bad_value(
    anon_client: Client, world: World
):
    response = anon_client.get("/fr/meetings/?kind=workshop&area=abc")
    assert response.status_code == 400
    text = body(response)
    assert '<html lang="fr"' in text and "<h1>Adresse incorrecte</h1>" in text
    assert "<code>area</code> — Saisissez un nombre entier." in text
    assert 'href="/fr/meetings/?kind=workshop"' in text


def test_downloads_answer_bad_parameters_in_their_own_format(anon_client: Client, world: World):
    response = anon_client.get(f"/meetings.json?objective={HUGE}&year=x")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    parameters = response.json()["parameters"]
    assert sorted(parameters) == ["objective", "year"]
    assert parameters["year"] == ["Enter a whole number."]
    response = anon_client.get(f"/search.json?q=x&area={HUGE}")
    assert response.status_code == 400 and list(response.json()["parameters"]) == ["area"]
    response = anon_client.get("/documents.csv?year=20x4")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "Invalid query parameters",
        "year: Enter a whole number.",
    ]


def test_ids_are_bounded_to_the_database_range(anon_client: Client, world: World):
    """The largest id a row can have is a valid filter (it matches nothing); one more is not."""
    largest = 2**63 - 1
    assert anon_client.get(f"/meetings/?area={largest}").status_code == 200
    response = anon_client.get(f"/meetings.json?area={largest + 1}")
    assert response.status_code == 400
    assert response.json()["parameters"]["area"] == [
        f"Ensure this value is less than or equal to {largest}."
    ]
