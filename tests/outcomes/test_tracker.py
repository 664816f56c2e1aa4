"""The tracker at /outcomes/: items across meetings, filters, downloads, editors' follow-up."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from django.test import Client

from processus.kb.models import Objective, Outcome
from processus.outcomes.models import FollowUpChange

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def streamed(response) -> str:
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content).decode()


def _outcome(start: str) -> Outcome:
    return Outcome.objects.select_related("meeting").get(text__startswith=start)


def test_tracker_lists_items_of_several_meetings(ingested, anon_client: Client) -> None:
    page = text_of(anon_client.get("/outcomes/"))
    assert "Simplify visa procedures for students and researchers." in page
    assert "associer les communautés d'origine aux projets de réintégration" in page
    assert "5 recommendations, takeaways and conclusions across meetings." in page
    assert "Opening session" not in page
    assert "Change follow-up" not in page  # visitors see no form


def test_french_tracker(ingested, anon_client: Client) -> None:
    page = text_of(anon_client.get("/fr/outcomes/"))
    assert "Simplify visa procedures" in page


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("dialogue=rabat-process", "Simplify visa", "Opening session"),
        ("country=sn", "Simplify visa", "associer les communautés"),
        ("country=tg", "associer les communautés", "Simplify visa"),
        ("country=be", "associer les communautés", "Simplify visa"),  # Belgium co-chaired Lomé
        ("status=open", "Simplify visa", "Opening session"),
        ("q=psychosocial", "financer l'accompagnement", "Simplify visa"),
        ("kind=recommendation", "Share data", "Opening session"),
    ],
)
def test_filters_keep_and_drop(
    ingested, anon_client: Client, query: str, present: str, absent: str
) -> None:
    page = text_of(anon_client.get(f"/outcomes/?{query}"))
    assert present in page
    assert absent not in page


def test_filter_by_objective(ingested, anon_client: Client) -> None:
    visas = Objective.objects.get(framework__key="cadiz-2023-2027", number="4")
    page = text_of(anon_client.get(f"/outcomes/?objective={visas.pk}"))
    assert "Simplify visa procedures" in page
    assert "Train border officials" not in page
    assert "associer les communautés" not in page


def test_status_filter_with_no_match(ingested, anon_client: Client) -> None:
    page = text_of(anon_client.get("/outcomes/?status=dropped"))
    assert "No outcome matches these filters." in page


def test_bad_parameters_are_400_naming_them(ingested, anon_client: Client) -> None:
    response = anon_client.get("/outcomes/?objective=abc")
    assert response.status_code == 400
    assert "objective" in response.content.decode()
    response = anon_client.get("/outcomes.json?meeting=x")
    assert response.status_code == 400
    assert "meeting" in json.loads(response.content)["parameters"]
    page = text_of(anon_client.get("/outcomes/?status=finished"))
    assert "“finished” is not a value of status" in page


def test_csv_and_json_downloads(ingested, anon_client: Client) -> None:
    rows = json.loads(streamed(anon_client.get("/outcomes.json?country=sn")))
    assert [r["number"] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first["text"] == "Simplify visa procedures for students and researchers."
    assert first["status"] == "open"
    assert first["objectives"] == ["cadiz-2023-2027 objective 4"]
    assert first["extracted"] is True
    assert first["span_end"] > first["span_start"]
    table = list(csv.DictReader(io.StringIO(streamed(anon_client.get("/outcomes.csv")))))
    assert len(table) == 5
    assert {r["kind"] for r in table} == {"recommendation"}
    assert any(r["text"].startswith("financer l'accompagnement") for r in table)


def _post(client: Client, outcome: Outcome, **values: str):
    data = {f"o{outcome.pk}-{k}": v for k, v in values.items()}
    return client.post(f"/outcomes/{outcome.pk}/follow-up/", data)


def test_editor_changes_follow_up_from_the_tracker(ingested, editor_client: Client) -> None:
    page = text_of(editor_client.get("/outcomes/"))
    assert "Change follow-up" in page
    outcome = _outcome("Simplify visa")
    response = _post(
        editor_client, outcome, status="in_progress", owner="Senegal", note="Drafting."
    )
    assert response.status_code == 302
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "in_progress"
    assert FollowUpChange.objects.filter(
        outcome=outcome, field="owner", new_value="Senegal"
    ).exists()
    page = text_of(editor_client.get("/outcomes/?status=in_progress"))
    assert "Simplify visa" in page
    assert "Owner: Senegal" in page
    assert "History" in page
    assert "amina" in page
    assert "Share data" not in page


def test_anonymous_visitors_see_the_new_status(ingested, editor_client, anon_client) -> None:
    """The page cache may not hide a follow-up change from visitors."""
    outcome = _outcome("Simplify visa")
    text_of(anon_client.get("/outcomes/?country=sn"))  # cached
    _post(editor_client, outcome, status="dropped", owner="Someone", note="")
    page = text_of(anon_client.get("/outcomes/?country=sn"))
    assert "dropped" in page
    assert "Owner: Someone" in page


def test_invalid_status_is_explained(ingested, editor_client: Client) -> None:
    outcome = _outcome("Simplify visa")
    response = _post(editor_client, outcome, status="finished", owner="", note="")
    assert response.status_code == 400
    assert "finished is not one of the available choices" in html.unescape(
        response.content.decode()
    )
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "open"


def test_only_editors_change_follow_up(ingested, user_client, anon_client) -> None:
    outcome = _outcome("Simplify visa")
    assert _post(user_client, outcome, status="done", owner="", note="").status_code == 403
    response = _post(anon_client, outcome, status="done", owner="", note="")
    assert response.status_code == 302
    assert "sign-in" in response["Location"] or "login" in response["Location"]
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "open"
    assert FollowUpChange.objects.count() == 0


def test_follow_up_needs_csrf(ingested, editor) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    outcome = _outcome("Simplify visa")
    assert _post(client, outcome, status="done", owner="", note="").status_code == 403
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "open"


def test_follow_up_page_of_an_unknown_outcome(ingested, editor_client: Client) -> None:
    assert editor_client.get("/outcomes/999999/follow-up/").status_code == 404


def test_anonymous_visitors_see_a_new_owner(ingested, editor_client, anon_client) -> None:
    """An owner or note change alone (no status change) reaches cached pages too."""
    outcome = _outcome("Simplify visa")
    assert "Owner:" not in text_of(anon_client.get("/outcomes/?country=sn"))
    _post(editor_client, outcome, status="open", owner="Cabo Verde", note="")
    assert "Owner: Cabo Verde" in text_of(anon_client.get("/outcomes/?country=sn"))


def test_follow_up_page_shows_form_and_history(ingested, editor_client: Client) -> None:
    outcome = _outcome("Simplify visa")
    _post(editor_client, outcome, status="in_progress", owner="Senegal", note="")
    page = text_of(editor_client.get(f"/outcomes/{outcome.pk}/follow-up/"))
    assert "Follow-up of an outcome" in page
    assert "Simplify visa procedures" in page
    assert "“open” → “in progress”" in page
    assert "“” → “Senegal”" in page


def test_admin_shows_follow_ups_read_only(ingested, editor, admin_client: Client) -> None:
    outcome = _outcome("Simplify visa")
    _post_as = Client()
    _post_as.force_login(editor)
    _post(_post_as, outcome, status="done", owner="ICMPD", note="")
    page = text_of(admin_client.get("/admin/outcomes/followupchange/"))
    assert "ICMPD" in page
    assert admin_client.get(f"/admin/outcomes/tracking/{outcome.pk}/change/").status_code == 200
    response = admin_client.post(f"/admin/outcomes/tracking/{outcome.pk}/change/", {"owner": "X"})
    assert response.status_code == 403


def test_objective_choices_name_the_plan_in_the_page_language(ingested, anon_client) -> None:
    visas = Objective.objects.get(framework__key="cadiz-2023-2027", number="4")
    english = anon_client.get("/outcomes/").content.decode()
    assert f'<option value="{visas.pk}">{visas.framework.name} · objective 4</option>' in english
    french = html.unescape(anon_client.get("/fr/outcomes/").content.decode())
    assert visas.framework.name_fr
    assert f'<option value="{visas.pk}">{visas.framework.name_fr} · objectif 4</option>' in french
    selected = anon_client.get(f"/outcomes/?objective={visas.pk}").content.decode()
    assert f'<option value="{visas.pk}" selected>' in selected


def test_tracker_queries_do_not_grow_with_items(ingested, editor_client: Client) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from processus.kb.models import Meeting

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get("/outcomes/").status_code == 200
        return len(captured.captured_queries)

    Meeting.objects.filter(outcomes__text__startswith="Simplify").update(recommendations=5)
    editor_client.get("/outcomes/")  # the session's first read
    few = queries()  # with one count conflict, as after
    for n in range(12):
        meeting = Meeting.objects.create(kind="workshop", title=f"W{n}", recommendations=9)
        for k in range(4):
            outcome = Outcome.objects.create(
                meeting=meeting, kind="recommendation", number=k + 1, text=f"visa {n}-{k}"
            )
            _post(editor_client, outcome, status="done", owner=f"O{n}", note="")
    assert Outcome.objects.count() == 53
    editor_client.get("/outcomes/")  # the messages of the posts are shown once
    assert queries() == few


def test_french_tracker_is_translated(ingested, anon_client: Client) -> None:
    page = text_of(anon_client.get("/fr/outcomes/?status=dropped"))
    assert "Suivi des résultats" in page
    assert "Aucun résultat ne correspond à ces filtres." in page
    assert ">abandonné<" in anon_client.get("/fr/outcomes/").content.decode()
