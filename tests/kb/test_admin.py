"""The admin works for a superuser on every model, and stays closed to others."""

import datetime as dt

import pytest
from django.contrib import admin
from django.urls import reverse

from processus.kb.models import Actor, ActorKind, Dialogue, Evidence, Meeting

pytestmark = pytest.mark.django_db

KB_MODELS = [model for model in admin.site._registry if model._meta.app_label == "kb"]


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
    assert add.status_code == 200


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


def test_edited_evidence_added_in_admin_records_the_editor(
    admin_client, admin_user, sample_meeting
):
    response = admin_client.post(
        reverse("admin:kb_evidence_add"),
        {
            "meeting": sample_meeting.pk,
            "field": "participants",
            "value": "80",
            "method": "edited",
            "quote": "",
            "note": "corrected from the list of participants",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    evidence = Evidence.objects.get(field="participants")
    assert evidence.created_by == admin_user
    assert evidence.value == 80
