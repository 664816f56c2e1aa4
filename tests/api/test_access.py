"""Keys, the token page, throttling, CORS, the schema and the docs page."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from drf_spectacular.validation import validate_schema
from rest_framework.authtoken.models import Token

from processus.api.config import anon_rate, cors_origins
from processus.cli import main
from processus.config.env import EnvError


def test_token_create_prints_the_editors_key(api_editor, capsys) -> None:
    assert main(["token", "create", "api-editor"]) == 0
    key = capsys.readouterr().out.strip()
    assert key == Token.objects.get(user=api_editor).key
    assert main(["token", "create", "api-editor"]) == 0
    assert capsys.readouterr().out.strip() == key  # the same key until a new one is asked
    assert main(["token", "create", "api-editor", "--new"]) == 0
    new = capsys.readouterr().out.strip()
    assert new != key
    assert Token.objects.get(user=api_editor).key == new


def test_token_create_refuses_unknown_users_and_non_editors(reader, capsys) -> None:
    assert main(["token", "create", "nobody"]) == 1
    assert "there is no user 'nobody'" in capsys.readouterr().err
    assert main(["token", "create", "reader"]) == 1
    assert "reader is not an editor" in capsys.readouterr().err
    assert not Token.objects.exists()


def test_the_key_from_the_command_writes(world, api_editor, capsys) -> None:
    main(["token", "create", "api-editor"])
    client = Client(HTTP_AUTHORIZATION=f"Token {capsys.readouterr().out.strip()}")
    response = client.patch(
        f"/api/v1/meetings/{world.som.pk}/",
        json.dumps({"participants": 125}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["participants"] == 125


def test_token_page_shows_and_renews_the_key(api_editor) -> None:
    client = Client()
    client.force_login(api_editor)
    page = client.get("/account/token/")
    assert page.status_code == 200
    assert "You have no key yet." in page.content.decode()
    made = client.post("/account/token/", follow=True)
    key = Token.objects.get(user=api_editor).key
    assert key in made.content.decode()
    client.post("/account/token/")
    assert Token.objects.get(user=api_editor).key != key
    french = client.get("/fr/account/token/").content.decode()
    assert "Votre clé" in french


def test_pages_link_editors_to_their_token_page(api_editor, reader) -> None:
    editor = Client()
    editor.force_login(api_editor)
    assert 'href="/account/token/"' in editor.get("/").content.decode()
    other = Client()
    other.force_login(reader)
    assert "/account/token/" not in other.get("/").content.decode()


def test_token_page_is_for_signed_in_editors(reader) -> None:
    anonymous = Client().get("/account/token/")
    assert anonymous.status_code == 302
    assert "/sign-in/" in anonymous["Location"]
    client = Client()
    client.force_login(reader)
    assert client.get("/account/token/").status_code == 403
    assert client.post("/account/token/").status_code == 403
    assert not Token.objects.exists()


def test_anonymous_clients_are_throttled_editors_are_not(world, anon_api, editor_api, settings):
    settings.PROCESSUS_API_ANON_RATE = "3/minute"
    codes = [anon_api.get("/api/v1/dialogues/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = anon_api.get("/api/v1/dialogues/")
    assert refused.json()["field"] is None
    assert "throttled" in refused.json()["detail"].lower()
    assert int(refused["Retry-After"]) > 0
    assert [editor_api.get("/api/v1/dialogues/").status_code for _ in range(5)] == [200] * 5


def test_cors_is_off_by_default_and_follows_the_setting(world, anon_api, settings) -> None:
    origin = {"HTTP_ORIGIN": "https://research.example.org"}
    assert "Access-Control-Allow-Origin" not in anon_api.get("/api/v1/dialogues/", **origin)
    settings.CORS_ALLOWED_ORIGINS = ["https://research.example.org"]
    allowed = anon_api.get("/api/v1/dialogues/", **origin)
    assert allowed["Access-Control-Allow-Origin"] == "https://research.example.org"
    page = anon_api.get("/meetings/", **origin)
    assert "Access-Control-Allow-Origin" not in page  # the pages are not opened to others


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", "120/minute"), ("30/hour", "30/hour"), ("0", None), ("off", None), ("0/minute", None)],
)
def test_anon_rate_from_the_environment(value, expected) -> None:
    environ = {"PROCESSUS_API_ANON_RATE": value} if value else {}
    assert anon_rate(environ) == expected


@pytest.mark.parametrize("value", ["fast", "10 per minute", "10/week", "-1/minute"])
def test_a_bad_anon_rate_names_the_variable(value) -> None:
    with pytest.raises(EnvError, match="PROCESSUS_API_ANON_RATE"):
        anon_rate({"PROCESSUS_API_ANON_RATE": value})


def test_cors_origins_from_the_environment() -> None:
    assert cors_origins({}) == []
    assert cors_origins({"PROCESSUS_CORS_ORIGINS": "https://a.org, http://b.org:8080/"}) == [
        "https://a.org",
        "http://b.org:8080",
    ]
    assert cors_origins({"PROCESSUS_CORS_ORIGINS": "*"}) == ["*"]
    with pytest.raises(EnvError, match="PROCESSUS_CORS_ORIGINS"):
        cors_origins({"PROCESSUS_CORS_ORIGINS": "a.org/path"})


def test_schema_is_a_valid_openapi_3_document(db, anon_api) -> None:
    response = anon_api.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/meetings/",
        "/api/v1/meetings/{id}/",
        "/api/v1/documents/",
        "/api/v1/documents/{id}/",
        "/api/v1/actors/",
        "/api/v1/actors/{key}/",
        "/api/v1/dialogues/",
        "/api/v1/plans/",
        "/api/v1/plans/{key}/coverage/",
        "/api/v1/outcomes/",
        "/api/v1/search/",
    } <= set(schema["paths"])
    meeting_list = schema["paths"]["/api/v1/meetings/"]["get"]
    names = {p["name"] for p in meeting_list["parameters"]}
    assert {"dialogue", "kind", "year", "since", "until", "country", "actor", "role", "area",
            "objective", "status", "q", "page", "page_size"} <= names  # fmt: skip
    assert "Token" in json.dumps(schema["components"]["securitySchemes"])


def test_docs_page_loads_local_files_only_under_the_csp(db) -> None:
    client = Client()
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources
    assert all(source.startswith("/") for source in sources), sources
    assert "<style" not in html
    assert "<script>" not in html  # every script is a file
    policy = page["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    script = next(s for s in sources if "script" in s and "swagger-ui" not in s)
    init = client.get(script)
    assert init.status_code == 200
    assert "/api/v1/schema/" in init.content.decode()
    for asset in (s for s in sources if s.startswith("/static/")):
        response = client.get(asset)
        assert response.status_code == 200, asset
        response.close()  # a file answer keeps its file open until closed
