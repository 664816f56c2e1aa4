"""The admin works for a superuser on every model, and stays closed to others; what it
changes in a meeting's record goes through the operations and into the history."""

import datetime as dt

import pytest
from django.contrib import admin
from django.urls import reverse

from processus.kb.models import (
    Actor,
    ActorKind,
    Dialogue,
    Evidence,
    Meeting,
    MeetingChange,
    Outcome,
)

pytestmark = pytest.mark.django_db

KB_MODELS = [model for model in admin.site._registry if model._meta.app_label == "kb"]
#: Shown but never written in the admin: the operations (or ingestion) write them.
READ_ONLY = {"Evidence", "MeetingLink", "MeetingRole", "MeetingChange", "MeetingRedirect"}


@pytest.fixture
def sample_meeting():
    rabat = Dialogue.objects.create(key="rabat-process", name="Rabat Process")
    spain = Actor.objects.create(key="es", kind=ActorKind.COUNTRY, iso_code="ES", name="Spain")
    meeting = Meeting.objects.create(
        kind="technical_meeting", start=dt.date(2019, 7, 1), city="Madrid", country=spain
    )
    meeting.dialogues.add(rabat)
    return meeting


def test_every_kb_model_is_registered():
    names = {model.__name__ for model in KB_MODELS}
    assert {
        "Dialogue",
        "Actor",
        "ActorAlias",
        "Membership",
        "Chairmanship",
        "ReferenceCountry",
        "Meeting",
        "MeetingRole",
        "Document",
        "Evidence",
        "Framework",
        "Area",
        "Objective",
        "Action",
        "MeetingLink",
        "Outcome",
    } <= names


@pytest.mark.parametrize("model", KB_MODELS, ids=lambda m: m.__name__)
def test_changelist_and_add_pages_open_for_a_superuser(admin_client, model, sample_meeting):
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    add = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    # Meetings come from documents (a duplicate is merged, not deleted); the rest is read-only.
    closed = model.__name__ in READ_ONLY or model is Meeting
    assert add.status_code == (403 if closed else 200)


def test_meeting_change_page_shows_the_meeting(admin_client, sample_meeting):
    url = reverse("admin:kb_meeting_change", args=[sample_meeting.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Madrid" in response.content.decode()


def test_admin_search_finds_meeting_by_city(admin_client, sample_meeting):
    response = admin_client.get(reverse("admin:kb_meeting_changelist"), {"q": "Madrid"})
    assert response.context["cl"].result_count == 1


def test_anonymous_users_are_sent_to_login(client):
    response = client.get(reverse("admin:kb_meeting_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_evidence_cannot_be_written_in_the_admin(admin_client, sample_meeting):
    response = admin_client.post(
        reverse("admin:kb_evidence_add"),
        {"meeting": sample_meeting.pk, "field": "participants", "value": "80", "method": "edited"},
    )
    assert response.status_code == 403
    assert not Evidence.objects.exists()


def _admin_form(meeting, **changes):
    data = {
        "kind": meeting.kind,
        "title": meeting.title,
        "start": meeting.start.isoformat() if meeting.start else "",
        "start_precision": meeting.start_precision,
        "end": meeting.end.isoformat() if meeting.end else "",
        "end_precision": meeting.end_precision,
        "city": meeting.city,
        "country": meeting.country_id or "",
        "format": meeting.format,
        "status": meeting.status,
        "participants": meeting.participants or "",
        "participants_qualifier": meeting.participants_qualifier,
        "countries_count": "",
        "recommendations": "",
        "registration_deadline": "",
        "registration_deadline_precision": "day",
        "themes": "[]",
        "follow_up_of": "",
        "dialogues": [d.pk for d in meeting.dialogues.all()],
        "reason": "",
    }
    for prefix in ("roles", "outcomes", "links", "evidence"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_saving_a_meeting_in_the_admin_goes_into_the_history(
    admin_client, admin_user, sample_meeting
):
    url = reverse("admin:kb_meeting_change", args=[sample_meeting.pk])
    response = admin_client.post(
        url, _admin_form(sample_meeting, city="Toledo", reason="Programme of the meeting")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    sample_meeting.refresh_from_db()
    assert sample_meeting.city == "Toledo"
    [change] = MeetingChange.objects.all()
    assert (change.field, change.old_value, change.new_value, change.editor, change.reason) == (
        "city",
        "Madrid",
        "Toledo",
        admin_user,
        "Programme of the meeting",
    )
    edited = Evidence.objects.get(method="edited")
    assert (edited.field, edited.value, edited.created_by) == ("city", "Toledo", admin_user)
    # Saving again unchanged records nothing.
    sample_meeting.refresh_from_db()
    assert admin_client.post(url, _admin_form(sample_meeting)).status_code == 302
    assert MeetingChange.objects.count() == 1


def test_outcomes_saved_and_deleted_in_the_admin_go_into_the_history(admin_client, sample_meeting):
    response = admin_client.post(
        reverse("admin:kb_outcome_add"),
        {"meeting": sample_meeting.pk, "kind": "conclusion", "number": "", "text": "Meet again",
         "follow_up_status": "open"},
    )  # fmt: skip
    assert response.status_code == 302
    outcome = Outcome.objects.get()
    delete = reverse("admin:kb_outcome_delete", args=[outcome.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    assert not Outcome.objects.exists()
    assert list(MeetingChange.objects.order_by("pk").values_list("field", "details")) == [
        ("outcomes", {"action": "added", "outcome": outcome.pk}),
        ("outcomes", {"action": "removed", "outcome": outcome.pk}),
    ]
