"""The registrations API: the same rules as the pages, statuses and reasons as JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from processus.preparation.models import Registration
from tests.preparation.conftest import token_client as client_for

pytest.importorskip("rest_framework")


def url(meeting, rid=None) -> str:
    base = f"/api/v1/meetings/{meeting.pk}/registrations/"
    return f"{base}{rid}/cancel/" if rid else base


def body(name: str, **extra) -> dict:
    return {"name": name, "email": f"{name.lower()}@example.org", "function": "Director", **extra}


def test_register_confirmed_then_waitlisted_with_position(prepared) -> None:
    senegal, spain, mali = prepared.focal_users
    first = client_for(senegal).post(url(prepared.meeting), body("Awa"), format="json")
    assert first.status_code == 201, first.content
    assert first.json()["status"] == "confirmed"
    assert first.json()["country"] == "Senegal"
    assert first.json()["position"] is None
    client_for(spain).post(url(prepared.meeting), body("Lucia"), format="json")
    third = client_for(mali).post(url(prepared.meeting), body("Moussa"), format="json")
    assert third.status_code == 201
    assert (third.json()["status"], third.json()["position"]) == ("waitlisted", 1)


def test_after_the_deadline_a_400_with_the_reason(prepared) -> None:
    preparation = prepared.meeting.preparation
    preparation.registration_deadline = preparation.registration_opens + dt.timedelta(hours=1)
    preparation.save()
    answer = client_for(prepared.focal_users[0]).post(
        url(prepared.meeting), body("Late"), format="json"
    )
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("Registration closed on")
    assert not Registration.objects.exists()


def test_before_the_opening_a_400_with_the_reason(prepared) -> None:
    preparation = prepared.meeting.preparation
    preparation.registration_opens = preparation.registration_deadline - dt.timedelta(hours=1)
    preparation.save()
    answer = client_for(prepared.focal_users[0]).post(
        url(prepared.meeting), body("Early"), format="json"
    )
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("Registration opens on")


def test_bad_body_names_the_field(prepared) -> None:
    client = client_for(prepared.focal_users[0])
    answer = client.post(url(prepared.meeting), {"name": "No mail"}, format="json")
    assert answer.status_code == 400
    assert answer.json()["field"] == "email"
    answer = client.post(url(prepared.meeting), body("X", working_group=999), format="json")
    assert answer.status_code == 400
    assert answer.json()["field"] == "working_group"


def test_anonymous_may_not_register_where_individuals_are_not_allowed(prepared) -> None:
    answer = client_for().post(url(prepared.meeting), body("Solo"), format="json")
    assert answer.status_code == 401
    prep = prepared.meeting.preparation
    prep.individual_registration = True
    prep.save()
    answer = client_for().post(url(prepared.meeting), body("Solo", country="Mali"), format="json")
    assert answer.status_code == 201
    assert answer.json()["status"] == "unconfirmed"
    assert mail.outbox[-1].to == ["solo@example.org"]


def test_cancel_promotes_the_waiting_one_and_answers_the_cancelled(prepared) -> None:
    senegal, spain, mali = prepared.focal_users
    awa = client_for(senegal).post(url(prepared.meeting), body("Awa"), format="json").json()
    client_for(spain).post(url(prepared.meeting), body("Lucia"), format="json")
    moussa = client_for(mali).post(url(prepared.meeting), body("Moussa"), format="json").json()
    refused = client_for(spain).post(url(prepared.meeting, awa["id"]))
    assert refused.status_code == 403
    assert client_for().post(url(prepared.meeting, awa["id"])).status_code == 401
    answer = client_for(senegal).post(url(prepared.meeting, awa["id"]))
    assert answer.status_code == 200
    assert answer.json()["status"] == "cancelled"
    assert [r["id"] for r in answer.json()["promoted"]] == [moussa["id"]]
    assert answer.json()["promoted"][0]["status"] == "confirmed"
    again = client_for(senegal).post(url(prepared.meeting, awa["id"]))
    assert again.status_code == 400
    assert "already cancelled" in again.json()["detail"]


def test_personal_data_only_for_secretariat_registrant_and_focal_point(prepared, editor) -> None:
    senegal, spain, _mali = prepared.focal_users
    client_for(senegal).post(url(prepared.meeting), body("Awa"), format="json")
    client_for(spain).post(url(prepared.meeting), body("Lucia"), format="json")
    public = client_for().get(url(prepared.meeting)).json()
    assert (public["seats_taken"], public["capacity"], public["results"]) == (2, 2, [])
    mine = client_for(senegal).get(url(prepared.meeting)).json()["results"]
    assert [r["email"] for r in mine] == ["awa@example.org"]
    everyone = client_for(editor).get(url(prepared.meeting)).json()["results"]
    assert sorted(r["name"] for r in everyone) == ["Awa", "Lucia"]


def test_a_meeting_without_registration_is_a_400_and_an_unknown_one_a_404(prepared) -> None:
    from processus.kb.models import Meeting

    other = Meeting.objects.create(title="Not prepared")
    answer = client_for().get(f"/api/v1/meetings/{other.pk}/registrations/")
    assert answer.status_code == 400
    assert answer.json()["detail"] == "This meeting does not take registrations."
    assert client_for().get("/api/v1/meetings/99999/registrations/").status_code == 404
