"""Meetings are linked to the area of the plan in force that matches their themes."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from processus.kb.models import (
    Area,
    Dialogue,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
)
from processus.kb.plan_links import sync_theme_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def plans():
    rabat = Dialogue.objects.create(key="rabat-process", name="Rabat Process")
    marrakesh = Framework.objects.create(
        key="marrakesh", dialogue=rabat, name="Marrakesh", period_start=2018, period_end=2022
    )
    cadiz = Framework.objects.create(
        key="cadiz", dialogue=rabat, name="Cadiz", period_start=2023, period_end=2027
    )
    for framework in (marrakesh, cadiz):
        for number in range(1, 6):
            Area.objects.create(framework=framework, number=number)
    return rabat, marrakesh, cadiz


def _meeting(dialogue, start, themes):
    meeting = Meeting.objects.create(start=start, end=start, themes=themes)
    meeting.dialogues.add(dialogue)
    return meeting


def _areas(meeting):
    return sorted(
        (link.area.framework.key, link.area.number)
        for link in meeting.links.select_related("area__framework")
    )


def test_themes_link_to_the_areas_of_the_plan_in_force(plans):
    rabat, _, _ = plans
    old = _meeting(rabat, dt.date(2019, 7, 1), [4])
    new = _meeting(rabat, dt.date(2024, 10, 16), [2, 1])
    undated = Meeting.objects.create(themes=[3])
    undated.dialogues.add(rabat)
    outside = _meeting(rabat, dt.date(2015, 6, 15), [3])
    assert sync_theme_links() == (3, 0)
    assert _areas(old) == [("marrakesh", 4)]
    assert _areas(new) == [("cadiz", 1), ("cadiz", 2)]
    assert _areas(undated) == [] and _areas(outside) == []
    assert sync_theme_links() == (0, 0)


def test_changed_themes_drop_stale_extracted_links_but_keep_confirmed_ones(plans):
    rabat, _, _ = plans
    meeting = _meeting(rabat, dt.date(2024, 2, 1), [1, 5])
    sync_theme_links()
    MeetingLink.objects.filter(meeting=meeting, area__number=5).update(source="confirmed")
    meeting.themes = [3]
    meeting.save()
    assert sync_theme_links() == (1, 1)
    assert _areas(meeting) == [("cadiz", 3), ("cadiz", 5)]


def test_a_meeting_whose_links_an_editor_set_is_left_alone(plans):
    rabat, _, _ = plans
    meeting = _meeting(rabat, dt.date(2024, 2, 1), [1])
    sync_theme_links()
    meeting.links.all().delete()
    editor = get_user_model().objects.create_user("ed", password="x" * 12, is_staff=True)
    Evidence.objects.create(
        meeting=meeting, field="links", value=[], method="edited", created_by=editor
    )
    assert sync_theme_links() == (0, 0)
    assert _areas(meeting) == []
