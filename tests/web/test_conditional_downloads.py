"""``meetings.json`` (and the other downloads) carry an ETag, answer 304 to a current copy
and are kept in the cache like pages (:mod:`processus.web.conditional`)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from processus.web import conditional
from tests.web.conftest import World, streamed
from tests.web.factories import MeetingFactory


def test_meetings_json_answers_304_to_its_etag_until_the_record_changes(
    anon_client: Client, world: World
) -> None:
    first = anon_client.get("/meetings.json")
    etag = first["ETag"]
    assert len(json.loads(streamed(first))) == 3
    again = anon_client.get("/meetings.json", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag and again.content == b""
    # Another address (other filters) has its own tag.
    other = anon_client.get("/meetings.json?country=ma", HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200 and other["ETag"] != etag
    MeetingFactory(title="A new meeting")
    changed = anon_client.get("/meetings.json", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "A new meeting" in streamed(changed)


def test_weak_and_listed_tags_match_and_others_do_not(anon_client: Client, world: World) -> None:
    etag = anon_client.get("/meetings.csv")["ETag"]
    listed = f'"nope", W/{etag}'
    assert anon_client.get("/meetings.csv", HTTP_IF_NONE_MATCH=listed).status_code == 304
    assert anon_client.get("/meetings.csv", HTTP_IF_NONE_MATCH='"nope"').status_code == 200


def test_meetings_json_is_kept_in_the_cache_with_the_page_cache_on(
    anon_client: Client, world: World, page_cache: None
) -> None:
    first = streamed(anon_client.get("/meetings.json"))
    with CaptureQueriesContext(connection) as queries:
        kept = anon_client.get("/meetings.json")
    assert not kept.streaming and kept.content.decode() == first
    assert kept["Content-Disposition"] == 'attachment; filename="meetings.json"'
    assert kept["Content-Type"] == "application/json"
    # The page cache's data version, then the tag's (write generation, data version):
    # no meeting row read.
    assert len(queries) == 3
    assert not any("kb_meeting_dialogues" in q["sql"] for q in queries.captured_queries)


def test_a_large_download_streams_every_time(
    anon_client: Client, world: World, page_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conditional, "MAX_CACHED_BYTES", 100)
    first = streamed(anon_client.get("/meetings.json"))
    second = anon_client.get("/meetings.json")
    assert second.streaming and streamed(second) == first


def test_nothing_is_kept_with_the_page_cache_off(anon_client: Client, world: World) -> None:
    streamed(anon_client.get("/meetings.json"))
    assert anon_client.get("/meetings.json").streaming


def test_a_bad_filter_is_a_400_without_a_tag(anon_client: Client, world: World) -> None:
    response = anon_client.get("/meetings.json?year=banana")
    assert response.status_code == 400
    assert "ETag" not in response
