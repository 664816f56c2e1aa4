"""Whole pages cached for anonymous visitors: hits, invalidation, who never gets one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import Client, RequestFactory

from processus.kb.models import Evidence, Meeting
from processus.web.page_cache import CACHE_HEADER, PageCacheMiddleware, read_data_version

from .conftest import World, page_text
from .factories import MeetingFactory
from .test_corrections import form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def cache_state(response) -> str | None:
    return response.headers.get(CACHE_HEADER)


def test_a_second_visit_gets_the_same_page_from_the_cache(anon_client: Client, world: World):
    first = anon_client.get("/meetings/?kind=senior_officials_meeting")
    second = anon_client.get("/meetings/?kind=senior_officials_meeting")

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    assert "Senior Officials' Meeting" in page_text(second)


def test_the_order_of_query_parameters_does_not_matter(anon_client: Client, world: World):
    anon_client.get("/meetings/?kind=workshop&status=upcoming")
    assert cache_state(anon_client.get("/meetings/?status=upcoming&kind=workshop")) == "hit"
    assert cache_state(anon_client.get("/meetings/?status=upcoming")) == "miss"


def test_cached_pages_answer_without_touching_the_database(
    anon_client: Client, world: World, settings, django_assert_max_num_queries
):
    settings.PROCESSUS_DATA_VERSION_SECONDS = 60
    anon_client.get(f"/meetings/{world.som.pk}/")
    with django_assert_max_num_queries(0):
        assert cache_state(anon_client.get(f"/meetings/{world.som.pk}/")) == "hit"


def test_english_and_french_are_cached_separately(anon_client: Client, world: World):
    english = anon_client.get(f"/meetings/{world.som.pk}/")
    french = anon_client.get(f"/fr/meetings/{world.som.pk}/")
    assert (cache_state(english), cache_state(french)) == ("miss", "miss")
    assert '<html lang="en"' in page_text(english) and '<html lang="fr"' in page_text(french)

    again = anon_client.get(f"/fr/meetings/{world.som.pk}/")
    assert cache_state(again) == "hit"
    assert '<html lang="fr"' in page_text(again)
    assert "Maroc" in page_text(again)
    assert '<html lang="en"' in page_text(anon_client.get(f"/meetings/{world.som.pk}/"))


def test_a_new_meeting_drops_the_cached_pages(anon_client: Client, world: World):
    anon_client.get("/meetings/")
    assert cache_state(anon_client.get("/meetings/")) == "hit"

    MeetingFactory(title="Brand-new ministerial conference", start=dt.date(2025, 3, 3))

    response = anon_client.get("/meetings/")
    assert cache_state(response) == "miss"
    assert "Brand-new ministerial conference" in page_text(response)


def test_changes_made_by_another_process_are_seen_through_the_data_version(
    anon_client: Client, world: World
):
    """``bulk_create`` sends no signal, like an ingest running in another process."""
    anon_client.get("/meetings/")
    before = read_data_version()
    Meeting.objects.bulk_create([Meeting(title="Written elsewhere", kind="workshop")])
    assert read_data_version() != before

    response = anon_client.get("/meetings/")
    assert cache_state(response) == "miss"
    assert "Written elsewhere" in page_text(response)


def test_a_correction_by_an_editor_drops_the_cached_meeting_page(
    anon_client: Client, editor_client: Client, world: World
):
    url = f"/meetings/{world.som.pk}/"
    anon_client.get(url)
    assert cache_state(anon_client.get(url)) == "hit"

    data = form_data(editor_client, world.som.pk, city="Tangier", note="Checked")
    response = editor_client.post(f"{url}correct/", data)
    assert response.status_code == 302
    assert Evidence.objects.filter(meeting=world.som, method="edited", field="city").exists()

    after = anon_client.get(url)
    assert cache_state(after) == "miss"
    assert "Tangier" in page_text(after)


def test_signed_in_editors_never_get_or_fill_cached_pages(
    anon_client: Client, editor_client: Client, world: World
):
    url = f"/meetings/{world.som.pk}/"
    anon_client.get(url)
    assert cache_state(anon_client.get(url)) == "hit"

    for _ in range(2):
        response = editor_client.get(url)
        assert cache_state(response) is None
        text = page_text(response)
        assert "Correct this record" in text and "Signed in as editor" in text
    # And what the editor saw was not kept for the visitors.
    visitor = page_text(anon_client.get(url))
    assert "Correct this record" not in visitor and "Signed in as" not in visitor


def test_a_left_over_session_cookie_bypasses_the_cache(world: World):
    client = Client()
    client.get("/meetings/")
    client.cookies["sessionid"] = "expired-or-unknown"
    assert cache_state(client.get("/meetings/")) is None


def test_pages_with_a_csrf_form_are_not_cached(rf: RequestFactory):
    template = engines["django"].from_string(
        '<form method="post">{% csrf_token %}<button>Go</button></form>'
    )

    def view(request):
        return HttpResponse(template.render({}, request))

    from django.middleware.csrf import CsrfViewMiddleware

    middleware = PageCacheMiddleware(CsrfViewMiddleware(view))
    for _ in range(2):
        response = middleware(rf.get("/meetings/form/"))
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert cache_state(response) is None


def test_the_sign_in_page_is_not_cached(anon_client: Client, world: World):
    for _ in range(2):
        response = anon_client.get("/admin/login/")
        assert response.status_code == 200
        assert cache_state(response) is None


def test_errors_and_redirects_are_not_cached(anon_client: Client, world: World):
    for _ in range(2):
        missing = anon_client.get("/meetings/999999/")
        assert missing.status_code == 404 and cache_state(missing) is None
        redirect = anon_client.get(f"/meetings/{world.som.pk}/correct/")
        assert redirect.status_code == 302 and cache_state(redirect) is None


def test_posts_are_never_answered_from_the_cache(anon_client: Client, world: World):
    anon_client.get("/meetings/")
    response = anon_client.post("/meetings/")
    assert cache_state(response) is None


def test_the_cache_can_be_turned_off(anon_client: Client, world: World, settings):
    settings.PROCESSUS_PAGE_CACHE_SECONDS = 0
    anon_client.get("/meetings/")
    assert cache_state(anon_client.get("/meetings/")) is None
