"""Reading the record through the API: filters (the pages' filter sets), the meeting's
evidence, plan coverage, search, pagination and ETags, on the small ``world`` record."""

from __future__ import annotations

import pytest

from processus.kb.operations import correct_meeting


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dialogue=rabat-process", {"som", "thematic"}),
        ("dialogue=khartoum-process", {"thematic", "workshop"}),
        ("dialogue=no-such-dialogue", set()),
        ("kind=workshop", {"workshop"}),
        ("year=2024", {"som"}),
        ("year=2025", set()),
        ("since=2024", {"som", "workshop"}),
        ("since=2024-07", {"workshop"}),
        ("until=2023", {"thematic"}),
        ("until=2024-06-12", {"som", "thematic"}),
        ("since=2023-10&until=2024", {"som", "thematic"}),
        ("country=ma", {"som"}),
        ("country=es", set()),
        ("actor=es", {"som"}),
        ("actor=es&role=chair", {"som"}),
        ("actor=es&role=host", set()),
        ("actor=icmpd&role=organiser", {"som"}),
        ("status=upcoming", {"workshop"}),
        ("status=past", {"som", "thematic"}),
        ("q=diaspora", {"thematic"}),
        ("q=nothing-like-this", set()),
    ],
)
def test_meetings_filters(world, anon_api, query, expected) -> None:
    names = {world.som.pk: "som", world.thematic.pk: "thematic", world.workshop.pk: "workshop"}
    found = _ids(anon_api.get(f"/api/v1/meetings/?{query}"))
    assert {names[pk] for pk in found} == expected


def test_meetings_filter_by_plan_area_and_objective(world, anon_api) -> None:
    by_area = _ids(anon_api.get(f"/api/v1/meetings/?area={world.area_1.pk}"))
    assert set(by_area) == {world.som.pk, world.thematic.pk}
    by_objective = _ids(anon_api.get(f"/api/v1/meetings/?objective={world.objective_2.pk}"))
    assert by_objective == [world.thematic.pk]
    assert _ids(anon_api.get(f"/api/v1/meetings/?objective={world.objective_3.pk}")) == []


def test_meetings_sorted_as_asked(world, anon_api) -> None:
    assert _ids(anon_api.get("/api/v1/meetings/?sort=date")) == [
        world.thematic.pk,
        world.som.pk,
        world.workshop.pk,
    ]
    assert _ids(anon_api.get("/api/v1/meetings/"))[0] == world.workshop.pk  # newest first


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("year=abc", "year"),
        ("since=2024-13", "since"),
        ("until=June", "until"),
        ("area=0", "area"),
        ("objective=99999999999999999999", "objective"),
        ("q=%00", "q"),
        ("page=abc", "page"),
        ("page_size=0", "page_size"),
        ("page_size=1000", "page_size"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(world, anon_api, query, field) -> None:
    response = anon_api.get(f"/api/v1/meetings/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["field"] == field
    assert body["detail"]


def test_a_kind_the_list_does_not_offer_is_ignored_not_refused(world, anon_api) -> None:
    assert len(_ids(anon_api.get("/api/v1/meetings/?kind=renamed-kind"))) == 3


def test_not_found_answers_are_json(world, anon_api) -> None:
    for url in (
        "/api/v1/meetings/999999/",
        "/api/v1/meetings/?page=9",
        "/api/v1/actors/no-such-actor/",
        "/api/v1/plans/no-plan/coverage/",
        "/api/v1/nowhere/",
        "/api/v1/meetings/12345678901234567890/",
    ):
        response = anon_api.get(url)
        assert response.status_code == 404, url
        assert set(response.json()) == {"detail", "field"}
        assert response.json()["field"] is None


def test_meeting_detail_has_every_field_with_its_evidence(world, anon_api) -> None:
    body = anon_api.get(f"/api/v1/meetings/{world.som.pk}/").json()
    assert body["title"] == "Senior Officials' Meeting"
    assert [c["key"] for c in body["chairs"]] == ["ma", "es"]
    rows = {row["name"]: row for row in body["record"]}
    assert "participants" in rows and "registration_deadline" in rows
    start = rows["start"]
    assert start["value"] == "2024-06-12"
    assert start["evidence"][0]["quote"] == "12 June 2024"
    assert start["evidence"][0]["document"]["id"] == world.announcement.pk
    assert start["evidence"][0]["method"] == "extracted"
    city = rows["city"]
    assert city["value"] == "Rabat"
    assert [c["value"] for c in city["conflicts"]] == ["Marrakesh"]
    assert rows["country"]["evidence"][0]["method"] == "inferred"
    assert [d["id"] for d in body["documents"]] == [world.announcement.pk]
    assert {link["ref"] for link in body["links"]} == {
        "cadiz-action-plan/area/2",
        "cadiz-action-plan/objective/1/action/1",
    }


def test_meeting_detail_names_the_editor_of_a_correction(world, anon_api, api_editor) -> None:
    correct_meeting(world.som, api_editor, {"participants": 130}, "minutes say 130")
    body = anon_api.get(f"/api/v1/meetings/{world.som.pk}/").json()
    participants = next(row for row in body["record"] if row["name"] == "participants")
    assert participants["value"] == 130
    assert participants["edited"]["editor"] == "api-editor"
    assert participants["edited"]["method"] == "edited"
    assert participants["edited"]["note"] == "minutes say 130"
    assert body["history"][0]["field"] == "participants"
    assert body["history"][0]["editor"] == "api-editor"


def test_documents_actors_dialogues_plans(world, anon_api) -> None:
    documents = anon_api.get("/api/v1/documents/?kind=announcement").json()
    assert [d["id"] for d in documents["results"]] == [world.announcement.pk]
    document = anon_api.get(f"/api/v1/documents/{world.announcement.pk}/").json()
    assert document["text"].startswith("Notice to partners.")
    actors = anon_api.get("/api/v1/actors/?kind=organisation").json()
    assert [a["key"] for a in actors["results"]] == ["icmpd"]
    morocco = anon_api.get("/api/v1/actors/ma/").json()
    assert morocco["meetings"] == {"host": 1, "chair": 1, "organiser": 0, "held_in": 1}
    dialogues = anon_api.get("/api/v1/dialogues/").json()
    assert {d["key"]: d["meetings"] for d in dialogues["results"]} == {
        "khartoum-process": 2,
        "rabat-process": 2,
    }
    plans = anon_api.get("/api/v1/plans/").json()
    assert [p["key"] for p in plans["results"]] == ["cadiz-action-plan"]


def test_coverage_is_the_coverage_json_of_the_plans_page(world, anon_api, client) -> None:
    query = "from=2023&to=2024"
    api = anon_api.get(f"/api/v1/plans/cadiz-action-plan/coverage/?{query}").json()
    page = client.get(f"/plans/cadiz-action-plan/coverage.json?{query}").json()
    assert api == page
    assert api["objectives_addressed"] == 2
    bad = anon_api.get("/api/v1/plans/cadiz-action-plan/coverage/?from=2025&to=2024")
    assert bad.status_code == 400
    assert bad.json()["field"]


def test_search(world, anon_api) -> None:
    from processus.search.indexing import reindex

    reindex()
    body = anon_api.get("/api/v1/search/?q=diaspora").json()
    assert body["count"] >= 1
    assert any(r["meeting"] == world.thematic.pk for r in body["results"])
    missing = anon_api.get("/api/v1/search/")
    assert missing.status_code == 400
    assert missing.json()["field"] == "q"


def test_etag_answers_304_until_the_record_changes(world, anon_api, api_editor) -> None:
    url = f"/api/v1/meetings/{world.som.pk}/"
    first = anon_api.get(url)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = anon_api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert anon_api.get("/api/v1/meetings/", HTTP_IF_NONE_MATCH=etag).status_code == 200
    listing = anon_api.get("/api/v1/meetings/")
    assert anon_api.get("/api/v1/meetings/", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304

    correct_meeting(world.som, api_editor, {"city": "Tangier"}, "")
    changed = anon_api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert changed.json()["city"] == "Tangier"


def test_api_is_not_kept_by_the_page_cache(world, anon_api, page_cache) -> None:
    response = anon_api.get("/api/v1/meetings/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert anon_api.get("/api/v1/meetings/").get("X-Page-Cache") is None


def test_errors_speak_the_clients_language(world, anon_api) -> None:
    french = {"HTTP_ACCEPT_LANGUAGE": "fr"}
    assert anon_api.get("/api/v1/meetings/?page=x", **french).json() == {
        "detail": "page : indiquez un nombre entier positif.",
        "field": "page",
    }
    since = anon_api.get("/api/v1/meetings/?since=hier", **french).json()
    assert since["detail"] == "since: Saisissez une date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ."
    assert anon_api.get("/api/v1/meetings/?page=x").json()["detail"] == (
        "page: give a positive whole number."
    )
