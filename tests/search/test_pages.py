"""The search box, the /search page, /search.json and the command line."""

from __future__ import annotations

import json

import pytest

from processus.cli import main

pytestmark = pytest.mark.django_db


def test_every_page_has_the_search_box(client, search_world):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'action="/search"' in html


def test_search_page_shows_highlighted_snippets_and_links(client, search_world):
    response = client.get("/search", {"q": "border management"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>" in html
    assert f'href="/meetings/{search_world.madrid.pk}/"' in html
    assert f"/documents/{search_world.border.pk}/#p-" in html


def test_search_page_says_once_that_semantic_search_is_missing(client, search_world, monkeypatch):
    from processus.search import semantic

    monkeypatch.setattr(semantic, "available", lambda: False)
    html = client.get("/search", {"q": "border"}).content.decode()
    assert html.count("search-notice") == 1


def test_search_page_in_french(client, search_world):
    response = client.get("/fr/search", {"q": "frontières"})
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()


@pytest.mark.parametrize("q", ["<script>alert(1)</script>", '"unbalanced', "NOT AND OR", "é" * 900])
def test_hostile_queries_on_the_page_and_json(client, search_world, q):
    page = client.get("/search", {"q": q, "year": "2019"})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()
    data = client.get("/search.json", {"q": q})
    assert data.status_code == 200
    assert json.loads(data.content)["query"] == q


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"q": "border", "year": "<b>", "area": "1 OR 1=1"}, ["area", "year"]),
        ({"q": "a\x00b"}, ["q"]),
        ({"q": "x" * 10_000}, ["q"]),
        ({"q": "border", "area": "99999999999999999999"}, ["area"]),
        ({"q": "border", "limit": "0"}, ["limit"]),
        ({"q": "border", "limit": "101"}, ["limit"]),
    ],
)
def test_bad_parameters_are_refused_by_name(client, search_world, query, named):
    page = client.get("/search", query)
    assert page.status_code == 400
    text = page.content.decode()
    for name in named:
        assert f"<code>{name}</code>" in text
    assert "<b>" not in text
    data = client.get("/search.json", query)
    assert data.status_code == 400
    assert sorted(data.json()["parameters"]) == named


def test_well_formed_filters_pass_and_unknown_choices_are_dropped(client, search_world):
    data = client.get("/search.json", {"q": "border", "kind": "party", "mode": "psychic"})
    assert data.status_code == 200
    assert data.json()["filters"] == {}
    data = client.get("/search.json", {"q": "border", "year": "2019", "limit": "100"})
    assert data.json()["filters"] == {"year": "2019"}
    assert data.json()["count"] >= 1


def test_json_endpoint(client, search_world):
    payload = client.get("/search.json", {"q": "traite", "limit": "5"}).json()
    assert payload["count"] >= 1
    first = payload["results"][0]
    assert set(first) >= {"type", "title", "url", "snippet", "snippet_html", "score"}
    assert "<mark>" in first["snippet_html"] and "<mark>" not in first["snippet"]


def test_document_page_has_the_passage_anchors(client, search_world):
    html = client.get(f"/documents/{search_world.border.pk}/").content.decode()
    assert 'id="p-1"' in html and 'id="p-2"' in html


def test_cli_search_text_and_json(search_world, capsys):
    assert main(["search", "border management", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert f"/meetings/{search_world.madrid.pk}/" in out
    assert main(["search", "traite", "--format", "json", "--limit", "2"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["count"] <= 2 and payload["results"]


def test_cli_search_hostile_query(search_world, capsys):
    assert main(["search", '" AND OR \x01 ((', "--limit", "200"]) == 0


def test_cli_reindex(search_world, capsys):
    assert main(["reindex", "--no-distill"]) == 0
    assert "2 meetings, 2 documents" in capsys.readouterr().out
