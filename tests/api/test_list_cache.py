"""API lists: ETag and 304, and kept in the cache like pages when the page cache is on."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.web.factories import MeetingFactory


def test_a_list_answers_304_to_its_etag_until_the_record_changes(world, anon_api) -> None:
    first = anon_api.get("/api/v1/actors/")
    etag = first["ETag"]
    assert anon_api.get("/api/v1/actors/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert anon_api.get("/api/v1/actors/?kind=country", HTTP_IF_NONE_MATCH=etag).status_code == 200
    MeetingFactory(title="A new meeting")
    changed = anon_api.get("/api/v1/actors/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_a_list_is_kept_with_the_page_cache_on(world, anon_api, page_cache) -> None:
    first = anon_api.get("/api/v1/meetings/")
    with CaptureQueriesContext(connection) as queries:
        kept = anon_api.get("/api/v1/meetings/")
    assert kept.status_code == 200
    assert kept.content == first.content
    assert kept["Content-Type"] == first["Content-Type"]
    assert kept["ETag"] == first["ETag"]
    # The write generation and the data version only: no meeting read.
    assert len(queries) == 2
    assert not any('"kb_meeting"."title"' in q["sql"] for q in queries.captured_queries)


def test_a_kept_list_is_not_served_once_the_record_changed(world, anon_api, page_cache) -> None:
    first = anon_api.get("/api/v1/meetings/").json()
    MeetingFactory(title="A new meeting")
    again = anon_api.get("/api/v1/meetings/").json()
    assert again["count"] == first["count"] + 1


def test_lists_are_not_kept_with_the_page_cache_off(world, anon_api) -> None:
    anon_api.get("/api/v1/meetings/")
    with CaptureQueriesContext(connection) as queries:
        anon_api.get("/api/v1/meetings/")
    assert any('"kb_meeting"."title"' in q["sql"] for q in queries.captured_queries)


def test_a_detail_is_tagged_but_not_kept(world, anon_api, page_cache) -> None:
    address = f"/api/v1/meetings/{world.som.pk}/"
    first = anon_api.get(address)
    assert first.status_code == 200 and first["ETag"]
    with CaptureQueriesContext(connection) as queries:
        anon_api.get(address)
    assert any('"kb_meeting"."title"' in q["sql"] for q in queries.captured_queries)
