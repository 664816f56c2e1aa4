"""Editors change the record through the API: the same operations, history and evidence
as the correction form; everyone else is refused (401 without a token, 403 for a non-editor)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from processus.kb.models import Evidence, Meeting, MeetingChange, MeetingLink, Outcome
from processus.plans.models import LinkSuggestion

NEW_MEETING = {
    "kind": "thematic_meeting",
    "title": "Thematic meeting on labour mobility",
    "dialogues": ["rabat-process"],
    "start": "2026-03-10",
    "end": "2026-03-11",
    "city": "Dakar",
    "country": "sn",
    "hosts": ["Senegal"],
    "chairs": ["sn", "es"],
    "participants": 80,
    "links": ["cadiz-action-plan/objective/3"],
    "note": "from the invitation letter",
}


def test_anonymous_write_is_a_401_asking_for_a_token(world, anon_api) -> None:
    response = anon_api.post("/api/v1/meetings/", NEW_MEETING, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {
        "detail": "Authentication credentials were not provided.",
        "field": None,
    }
    assert not Meeting.objects.filter(title=NEW_MEETING["title"]).exists()


def test_a_wrong_token_is_a_401(world, anon_api) -> None:
    anon_api.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    response = anon_api.patch(f"/api/v1/meetings/{world.som.pk}/", {"city": "X"}, format="json")
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_a_user_who_is_not_an_editor_gets_a_403(world, reader_api) -> None:
    response = reader_api.patch(f"/api/v1/meetings/{world.som.pk}/", {"city": "X"}, format="json")
    assert response.status_code == 403
    assert response.json()["field"] is None
    assert reader_api.get(f"/api/v1/meetings/{world.som.pk}/").status_code == 200
    world.som.refresh_from_db()
    assert world.som.city == "Rabat"


def test_editor_creates_a_meeting_every_value_an_edit(world, editor_api, api_editor) -> None:
    response = editor_api.post("/api/v1/meetings/", NEW_MEETING, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    meeting = Meeting.objects.get(pk=body["id"])
    assert body["title"] == NEW_MEETING["title"]
    assert [c["key"] for c in body["chairs"]] == ["sn", "es"]
    assert body["country"]["key"] == "sn"
    assert [link["ref"] for link in body["links"]] == ["cadiz-action-plan/objective/3"]
    changes = MeetingChange.objects.filter(meeting=meeting)
    assert {c.field for c in changes} == {
        "kind", "title", "dialogues", "start", "end", "city", "country", "hosts", "chairs",
        "participants", "links",
    }  # fmt: skip
    assert {c.editor_id for c in changes} == {api_editor.pk}
    assert {c.reason for c in changes} == {"from the invitation letter"}
    edited = Evidence.objects.filter(meeting=meeting)
    assert edited.exists()
    assert set(edited.values_list("method", flat=True)) == {Evidence.Method.EDITED}
    assert edited.get(field="chairs").value == ["Senegal", "Spain"]


def test_editor_corrects_a_meeting_and_an_unchanged_value_records_nothing(
    world, editor_api
) -> None:
    url = f"/api/v1/meetings/{world.som.pk}/"
    response = editor_api.patch(url, {"city": "Tangier", "note": "moved"}, format="json")
    assert response.status_code == 200
    assert response.json()["city"] == "Tangier"
    city = next(row for row in response.json()["record"] if row["name"] == "city")
    assert city["edited"]["editor"] == "api-editor"
    assert city["edited"]["note"] == "moved"
    assert MeetingChange.objects.filter(meeting=world.som, field="city").count() == 1
    again = editor_api.patch(url, {"city": " Tangier "}, format="json")
    assert again.status_code == 200
    assert MeetingChange.objects.filter(meeting=world.som, field="city").count() == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"country": "Atlantis"}, "country"),
        ({"country": "icmpd"}, "country"),
        ({"chairs": ["Nobody"]}, "chairs"),
        ({"dialogues": ["no-such-dialogue"]}, "dialogues"),
        ({"start": "12 June"}, "start"),
        ({"start": "2024-02-30"}, "start"),
        ({"kind": "party"}, "kind"),
        ({"participants": -1}, "participants"),
        ({"links": ["cadiz-action-plan/objective/99"]}, "links"),
        ({"follow_up_of": 999999}, "follow_up_of"),
        ({"start": "2024-06-12", "end": "2024-06-01"}, "end"),
        ({"note": "nothing else"}, None),
    ],
)
def test_a_value_the_record_cannot_hold_is_a_400_naming_it(world, editor_api, body, field) -> None:
    response = editor_api.patch(f"/api/v1/meetings/{world.som.pk}/", body, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["field"] == field
    assert response.json()["detail"]
    assert not MeetingChange.objects.filter(meeting=world.som).exists()


def test_a_refused_new_meeting_leaves_nothing_behind(world, editor_api) -> None:
    before = Meeting.objects.count()
    response = editor_api.post(
        "/api/v1/meetings/", {"title": "Half", "start": "2024", "end": "2023"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["field"] == "end"
    assert Meeting.objects.count() == before


def test_editor_confirms_and_rejects_plan_links(world, editor_api) -> None:
    url = f"/api/v1/meetings/{world.som.pk}/links/"
    confirm = {"kind": "area", "item": world.area_2.pk, "verdict": "confirmed", "note": "agenda"}
    response = editor_api.post(url, confirm, format="json")
    assert response.status_code == 200, response.content
    statuses = {link["ref"]: link["status"] for link in response.json()}
    assert statuses["cadiz-action-plan/area/2"] == "confirmed"
    assert MeetingLink.objects.get(meeting=world.som, area=world.area_2).confirmed_by is not None

    reject = {"kind": "action", "item": world.action_1.pk, "verdict": "rejected"}
    response = editor_api.post(url, reject, format="json")
    assert "cadiz-action-plan/objective/1/action/1" not in {r["ref"] for r in response.json()}
    assert LinkSuggestion.objects.get(meeting=world.som, action=world.action_1).status == (
        "rejected"
    )
    unknown = editor_api.post(url, {**reject, "item": 999999}, format="json")
    assert unknown.status_code == 400
    assert unknown.json()["field"] == "item"


def test_editor_adds_an_outcome(world, editor_api, anon_api) -> None:
    body = {
        "meeting": world.som.pk,
        "kind": "recommendation",
        "number": 1,
        "text": "Set up a working group on labour mobility.",
        "note": "conclusions, p. 2",
    }
    response = editor_api.post("/api/v1/outcomes/", body, format="json")
    assert response.status_code == 201, response.content
    outcome = Outcome.objects.get(pk=response.json()["id"])
    assert outcome.text == body["text"]
    change = MeetingChange.objects.get(meeting=world.som, field="outcomes")
    assert change.reason == "conclusions, p. 2"
    assert anon_api.get(f"/api/v1/outcomes/?meeting={world.som.pk}").json()["count"] == 1
    assert anon_api.post("/api/v1/outcomes/", body, format="json").status_code == 401
    missing = editor_api.post("/api/v1/outcomes/", {**body, "meeting": 999999}, format="json")
    assert missing.status_code == 400
    assert missing.json()["field"] == "meeting"


ANNOUNCEMENT = (
    b"Announcement\n\n"
    b"The Rabat Process will hold a thematic meeting on legal migration pathways in Accra, "
    b"Ghana, on 14-15 October 2027, hosted by Ghana and co-chaired by Portugal. "
    b"Around 90 participants are expected.\n"
)


def test_token_upload_of_an_announcement_creates_its_meeting(world, editor_api, anon_api) -> None:
    upload = SimpleUploadedFile("announcement_accra_2027.txt", ANNOUNCEMENT, "text/plain")
    response = editor_api.post("/api/v1/documents/", {"file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["outcome"] == "stored"
    assert body["document"]["original_name"] == "announcement_accra_2027.txt"
    meetings = body["document"]["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["start"] == "2027-10-14"
    detail = anon_api.get(f"/api/v1/meetings/{meetings[0]['id']}/").json()
    assert detail["city"] == "Accra"
    assert detail["kind"] == "thematic_meeting"
    assert [d["key"] for d in detail["dialogues"]] == ["rabat-process"]
    start = next(row for row in detail["record"] if row["name"] == "start")
    assert start["evidence"][0]["document"]["id"] == body["document"]["id"]
    again = editor_api.post(
        "/api/v1/documents/",
        {"file": SimpleUploadedFile("again.txt", ANNOUNCEMENT, "text/plain")},
        format="multipart",
    )
    assert again.status_code == 200
    assert again.json()["outcome"] == "unchanged"


def test_upload_refusals(world, editor_api, anon_api, settings) -> None:
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00binary", "application/octet-stream")
    wrong = editor_api.post("/api/v1/documents/", {"file": upload}, format="multipart")
    assert wrong.status_code == 400
    assert wrong.json()["field"] == "file"
    assert "tool.exe" in wrong.json()["detail"]
    settings.PROCESSUS_MAX_FILE_MB = 1
    big = SimpleUploadedFile("big.txt", b"word " * 220_000, "text/plain")
    too_large = editor_api.post("/api/v1/documents/", {"file": big}, format="multipart")
    assert too_large.status_code == 413
    assert too_large.json()["field"] == "file"
    assert "big.txt" in too_large.json()["detail"]
    nothing = editor_api.post("/api/v1/documents/", {}, format="multipart")
    assert nothing.status_code == 400
    assert nothing.json()["field"] == "file"
    small = SimpleUploadedFile("a.txt", ANNOUNCEMENT, "text/plain")
    assert (
        anon_api.post("/api/v1/documents/", {"file": small}, format="multipart").status_code == 401
    )
