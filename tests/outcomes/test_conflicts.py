"""A meeting's stated number of recommendations against its items."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client

from processus.kb.models import Meeting, Outcome
from processus.outcomes.conflicts import count_conflict, count_conflicts

pytestmark = pytest.mark.django_db


def _meeting(stated: int | None, recommendations: int = 0, takeaways: int = 0) -> Meeting:
    meeting = Meeting.objects.create(kind="thematic_meeting", title="M", recommendations=stated)
    for n in range(recommendations):
        Outcome.objects.create(meeting=meeting, kind="recommendation", number=n + 1, text=f"r{n}")
    for n in range(takeaways):
        Outcome.objects.create(meeting=meeting, kind="takeaway", number=n + 1, text=f"t{n}")
    Outcome.objects.create(meeting=meeting, kind="conclusion", number=1, text="not counted")
    return meeting


@pytest.mark.parametrize(
    ("stated", "recommendations", "takeaways", "conflict"),
    [
        (14, 3, 0, True),
        (3, 3, 0, False),
        (7, 0, 7, False),  # "7 policy takeaways" is read as the count
        (5, 3, 2, False),  # both kinds together
        (4, 3, 2, True),
        (3, 0, 0, False),  # no items: nothing to compare
        (None, 3, 0, False),  # no count: nothing to compare
    ],
)
def test_count_conflict(stated, recommendations, takeaways, conflict) -> None:
    meeting = _meeting(stated, recommendations, takeaways)
    found = count_conflict(meeting)
    assert (found is not None) is conflict
    if found is not None:
        assert (found.stated, found.recommendations, found.takeaways) == (
            stated,
            recommendations,
            takeaways,
        )


def test_conflicts_of_many_meetings_in_one_call(django_assert_max_num_queries) -> None:
    wrong, right = _meeting(14, 3), _meeting(3, 3)
    with django_assert_max_num_queries(2):
        conflicts = count_conflicts()
    assert set(conflicts) == {wrong.pk}
    assert right.pk not in conflicts


def test_tracker_shows_the_conflict(anon_client: Client) -> None:
    wrong = _meeting(14, 3)
    _meeting(3, 3)
    page = " ".join(
        html.unescape(
            re.sub(r"<[^>]+>", " ", anon_client.get("/outcomes/").content.decode())
        ).split()
    )
    assert page.count("the meeting states 14 recommendations but has 3 items.") == 1
    assert "the meeting states 3 recommendations" not in page
    assert f'href="/outcomes/?meeting={wrong.pk}"' in anon_client.get("/outcomes/").content.decode()
    assert "count conflict" in page


def test_meeting_conflict_include_names_both_figures() -> None:
    from django.template.loader import render_to_string

    wrong, right = _meeting(14, 3), _meeting(3, 3)
    shown = render_to_string("outcomes/includes/meeting_conflict.html", {"meeting": wrong})
    assert "the sources state 14 recommendations, but 3 items are recorded." in " ".join(
        shown.split()
    )
    assert f"/outcomes/?meeting={wrong.pk}" in shown
    assert (
        render_to_string("outcomes/includes/meeting_conflict.html", {"meeting": right}).strip()
        == ""
    )


def test_meeting_page_shows_its_conflict_and_the_nav_leads_to_the_tracker(
    anon_client: Client,
) -> None:
    wrong, right = _meeting(14, 3), _meeting(3, 3)
    page = anon_client.get(f"/meetings/{wrong.pk}/").content.decode()
    assert 'id="outcome-count-conflict"' in page
    assert "the sources state 14 recommendations, but 3 items are recorded." in " ".join(
        page.split()
    )
    assert 'href="/outcomes/"' in page  # the site's navigation
    assert (
        'id="outcome-count-conflict"'
        not in anon_client.get(f"/meetings/{right.pk}/").content.decode()
    )
    tracker = anon_client.get("/outcomes/").content.decode()
    assert 'href="/outcomes/" aria-current="page"' in tracker
