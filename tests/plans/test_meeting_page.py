"""The meeting page shows the meeting's links with their reasons; editors decide there."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from processus.kb.models import Action, MeetingLink
from processus.plans.models import LinkSuggestion
from tests.plans.conftest import meeting

pytestmark = pytest.mark.django_db


def test_reasons_on_the_meeting_page_and_forms_for_editors_only(
    client: Client, editor_client: Client, plan
):
    m = meeting(plan, dt.date(2024, 3, 1), "Workshop on diaspora investment")
    MeetingLink.objects.create(meeting=m, action=plan.actions["1"])
    LinkSuggestion.objects.create(
        meeting=m, framework=plan.framework, action=plan.actions["1"], score=2.0,
        reason={"matches": [["diaspora investment", "title"]], "passage": m.title},
    )  # fmt: skip
    page = client.get(f"/meetings/{m.pk}/").content.decode()
    assert "Action-plan links and why" in page and "title: &quot;diaspora investment&quot;" in page
    assert 'name="links"' not in page and f"/meetings/{m.pk}/links/" in page
    editor_page = editor_client.get(f"/meetings/{m.pk}/").content.decode()
    assert f'value="{m.pk}:action:{plan.actions["1"].pk}"' in editor_page
    assert 'id="confirm-links"' in editor_page


def test_a_link_to_an_action_whose_objective_is_not_known_is_shown(client: Client, plan):
    unplaced = Action.objects.create(framework=plan.framework, number="9")
    m = meeting(plan, dt.date(2024, 3, 1), "Workshop")
    MeetingLink.objects.create(meeting=m, action=unplaced, source="confirmed")
    response = client.get(f"/meetings/{m.pk}/")
    assert response.status_code == 200
    assert "Test Plan · Action 9" in " ".join(response.content.decode().split())
