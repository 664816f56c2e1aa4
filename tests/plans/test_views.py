"""Coverage page, coverage.json and CSV agree; editors confirm, reject and add links on pages."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.test import Client

from processus.kb.models import MeetingLink
from processus.plans.models import LinkSuggestion
from tests.plans.conftest import meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(plan):
    first = meeting(plan, dt.date(2024, 3, 1), "Diaspora workshop", host=plan.ghana)
    second = meeting(plan, dt.date(2025, 2, 1), "Asylum seminar")
    MeetingLink.objects.create(meeting=first, action=plan.actions["1"])
    LinkSuggestion.objects.create(
        meeting=first, framework=plan.framework, action=plan.actions["1"], score=2.0,
        reason={"terms": ["diaspora"], "fields": ["title"], "passage": "Diaspora workshop"},
    )  # fmt: skip
    MeetingLink.objects.create(meeting=second, objective=plan.objectives["5a"])
    LinkSuggestion.objects.create(
        meeting=second, framework=plan.framework, objective=plan.objectives["5a"], score=3.0,
        reason={"terms": ["asylum"], "fields": ["title"], "passage": "Asylum seminar"},
    )  # fmt: skip
    return first, second


def test_page_json_and_csv_give_the_same_figures(client: Client, plan, linked):
    first, _second = linked
    page = client.get("/plans/test-plan/coverage/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "2 of 2 objectives and 1 of 4 actions addressed" in text
    assert "of which 0 objectives and 0 actions confirmed" in text
    assert "Diaspora workshop" in text and "&quot;diaspora&quot;" in text
    data = client.get("/plans/test-plan/coverage.json").json()
    assert (data["objectives_addressed"], data["objectives_total"]) == (2, 2)
    assert (data["actions_addressed"], data["actions_confirmed"], data["actions_total"]) == (
        1,
        0,
        4,
    )
    assert data["plan"] == "test-plan" and data["period_start"] == "2023-01-01"
    assert data["actions"][0]["meeting_ids"] == [first.pk]
    assert data["actions"][0]["meetings"][0]["status"] == "suggested"
    rows = list(
        csv.DictReader(io.StringIO(client.get("/plans/test-plan/coverage.csv").content.decode()))
    )
    addressed = {(r["kind"], r["number"]) for r in rows if r["addressed"] == "yes"}
    assert addressed == {
        ("area", "1"),
        ("area", "3"),
        ("objective", "1"),
        ("objective", "5a"),
        ("action", "1"),
    }
    gaps = {(r["kind"], r["number"]) for r in rows if r["addressed"] == "no"}
    assert gaps == {("objective", "5b"), ("action", "2"), ("action", "3")}


def test_questions_narrow_the_figures_and_bad_ones_are_400(client: Client, plan, linked):
    data = client.get("/plans/test-plan/coverage.json?chairmanship=ghana").json()
    assert (data["objectives_addressed"], data["actions_addressed"]) == (1, 1)
    assert client.get("/plans/test-plan/coverage.json?from=2025").json()["actions_addressed"] == 0
    assert client.get("/plans/test-plan/coverage.json?country=GH").json()["meetings"] == 1
    bad = client.get("/plans/test-plan/coverage.json?chairmanship=spain")
    assert bad.status_code == 400
    assert "Spain has no chairmanship" in bad.json()["parameters"]["chairmanship"][0]
    assert client.get("/plans/test-plan/coverage.json?from=20x4").status_code == 400
    page = client.get("/plans/test-plan/coverage/?to=1999-02-30")
    assert page.status_code == 400 and "to" in page.content.decode()
    assert client.get("/plans/nope/coverage/").status_code == 404


def test_an_editor_confirms_in_bulk_and_the_figure_changes(editor_client, plan, linked):
    first, second = linked
    response = editor_client.post(
        "/plans/links/decide/",
        {"verdict": "confirmed", "links": [f"{first.pk}:action:{plan.actions['1'].pk}",
                                           f"{second.pk}:objective:{plan.objectives['5a'].pk}"],
         "next": "/plans/test-plan/links/"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == "/plans/test-plan/links/"
    data = editor_client.get("/plans/test-plan/coverage.json").json()
    assert (data["objectives_confirmed"], data["actions_confirmed"]) == (2, 1)
    assert LinkSuggestion.objects.filter(status="confirmed", decided_by__isnull=False).count() == 2


def test_an_editor_rejects_from_the_meeting_page_and_adds_another(editor_client, plan, linked):
    first, _second = linked
    value = f"{first.pk}:action:{plan.actions['1'].pk}"
    page = editor_client.get(f"/meetings/{first.pk}/links/")
    assert value in page.content.decode() and "Diaspora workshop" in page.content.decode()
    editor_client.post("/plans/links/decide/", {"verdict": "rejected", "links": [value]})
    assert not MeetingLink.objects.filter(meeting=first).exists()
    added = editor_client.post(
        f"/meetings/{first.pk}/links/",
        {"target": f"action:{plan.actions['2'].pk}", "note": "agenda item 4"},
    )
    assert added.status_code == 302
    link = MeetingLink.objects.get(meeting=first)
    assert (link.action_id, link.source) == (plan.actions["2"].pk, "confirmed")
    rows = editor_client.get(f"/meetings/{first.pk}/links/").content.decode()
    assert "rejected" in rows and "agenda item 4" in rows


def test_readers_see_reasons_but_cannot_decide(client: Client, user_client, plan, linked):
    first, _ = linked
    page = client.get("/plans/test-plan/links/").content.decode()
    assert "Diaspora workshop" in page and 'name="links"' not in page
    value = f"{first.pk}:action:{plan.actions['1'].pk}"
    assert (
        client.post("/plans/links/decide/", {"verdict": "rejected", "links": [value]}).status_code
        == 403
    )
    assert (
        user_client.post(
            "/plans/links/decide/", {"verdict": "rejected", "links": [value]}
        ).status_code
        == 403
    )
    assert MeetingLink.objects.filter(meeting=first).exists()


def test_a_bad_decision_is_named_not_a_500(editor_client, plan, linked):
    response = editor_client.post(
        "/plans/links/decide/", {"verdict": "confirmed", "links": ["999999:action:1"]}, follow=True
    )
    assert response.status_code == 200
    assert "Meeting 999999 does not exist." in response.content.decode()
    response = editor_client.post(
        "/plans/links/decide/", {"verdict": "maybe", "links": []}, follow=True
    )
    assert "Choose to confirm or to reject." in response.content.decode()


def test_the_coverage_page_reads_a_fixed_number_of_queries(
    client: Client, plan, linked, django_assert_max_num_queries
):
    # the page cache's check, the plan, areas, objectives, actions, meetings, links,
    # their reasons, the chairmanships
    with django_assert_max_num_queries(9):
        assert client.get("/plans/test-plan/coverage/").status_code == 200


def test_the_review_page_is_paged(client: Client, plan, monkeypatch):
    from processus.plans import views

    monkeypatch.setattr(views, "PER_PAGE", 2)
    for day in range(1, 6):
        m = meeting(plan, dt.date(2024, 3, day), f"Meeting {day}")
        MeetingLink.objects.create(meeting=m, objective=plan.objectives["1"])
    first = client.get("/plans/test-plan/links/").content.decode()
    assert "Page 1 of 3" in first and first.count('class="link-row') == 2
    last = client.get("/plans/test-plan/links/?page=3&status=suggested").content.decode()
    assert last.count('class="link-row') == 1
    assert client.get("/plans/test-plan/links/?page=9").status_code == 200  # the last page
    for bad in ("page=x", "page=-1", "status=maybe"):
        response = client.get(f"/plans/test-plan/links/?{bad}")
        assert response.status_code == 400
        assert f"<code>{bad.split('=')[0]}</code>" in response.content.decode()
