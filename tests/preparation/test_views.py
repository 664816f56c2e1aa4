"""The preparation pages through the test client: who may do what, bad input, what shows."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from processus.kb.models import Meeting
from processus.preparation import operations
from processus.preparation.models import Preparation, Registration, Session
from tests.web.factories import DocumentFactory, EvidenceFactory

from .conftest import NOW, START, client_for


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return " ".join(html.unescape(response.content.decode()).split())


def announce_form(**changes) -> dict:
    form = {
        "kind": "workshop",
        "title": "Workshop on return and reintegration",
        "title_fr": "Atelier sur le retour et la réintégration",
        "start": START.isoformat(),
        "end": (START + dt.timedelta(days=1)).isoformat(),
        "format": "in_person",
        "city": "Dakar",
        "country": "Senegal",
        "dialogues": ["Rabat Process"],
        "hosts": ["Senegal"],
        "registration_opens": (NOW - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        "registration_deadline": (NOW + dt.timedelta(days=5)).strftime("%Y-%m-%dT%H:%M"),
        "time_zone": "Africa/Dakar",
        "capacity": "3",
        "quota_per_country": "2",
    }
    form.update(changes)
    return form


def test_only_editors_announce(prepared, client) -> None:
    assert client.get("/meetings/announce/").status_code == 302
    focal = client_for(prepared.focal_users[0])
    assert focal.get("/meetings/announce/").status_code == 403
    assert focal.get(f"/meetings/{prepared.meeting.pk}/registrations/").status_code == 403
    assert focal.get(f"/meetings/{prepared.meeting.pk}/participants.csv").status_code == 403


def test_announce_creates_the_meeting_and_its_page_shows_registration(
    prepared, editor_client
) -> None:
    answer = editor_client.post("/meetings/announce/", announce_form())
    meeting = Meeting.objects.get(title="Workshop on return and reintegration")
    assert answer.status_code == 302
    assert answer["Location"] == f"/meetings/{meeting.pk}/"
    assert meeting.city == "Dakar"
    assert [h.actor.name for h in meeting.roles.all()] == ["Senegal"]
    preparation = Preparation.objects.get(meeting=meeting)
    assert (preparation.capacity, preparation.quota_per_country) == (3, 2)
    assert preparation.time_zone == "Africa/Dakar"
    page = text(editor_client.get(f"/meetings/{meeting.pk}/"))
    assert "Agenda and registration" in page
    assert "Seats taken: 0 of 3" in page
    assert "Registration is open until" in page
    assert "(Africa/Dakar)" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"time_zone": "Mars/Olympus"}, "Unknown time zone: Mars/Olympus."),
        (
            {"registration_deadline": (NOW - dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")},
            "The deadline cannot be before the opening.",
        ),
        ({"format": "virtual"}, "A virtual or hybrid meeting needs its link."),
        (
            {"end": (START - dt.timedelta(days=1)).isoformat()},
            "The end cannot be before the start.",
        ),
        ({"capacity": "0"}, "Ensure this value is greater than or equal to 1."),
    ],
)
def test_announce_refuses_bad_input_naming_it(prepared, editor_client, changes, message) -> None:
    before = Meeting.objects.count()
    page = text(editor_client.post("/meetings/announce/", announce_form(**changes)))
    assert message in page
    assert Meeting.objects.count() == before


def test_agenda_working_group_with_capacity_waitlists_beyond_it(prepared, editor_client) -> None:
    meeting = prepared.meeting
    starts = (NOW + dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    bad = editor_client.post(
        f"/meetings/{meeting.pk}/agenda/",
        {"title": "Opening", "starts": starts, "capacity": "5"},
    )
    assert "Only a working group has a capacity of its own." in text(bad)
    made = editor_client.post(
        f"/meetings/{meeting.pk}/agenda/",
        {"title": "Working group on visas", "starts": starts, "working_group": "on",
         "capacity": "1", "speakers": "A. Diallo"},
    )  # fmt: skip
    assert made.status_code == 302
    group = Session.objects.get(meeting=meeting, working_group=True)
    page = text(client_for(prepared.focal_users[0]).get(f"/meetings/{meeting.pk}/"))
    assert "Working group on visas" in page
    assert "1 places" in page
    senegal, spain, _mali = prepared.focal_users
    form = {"name": "Awa", "email": "awa@example.org", "working_group": group.pk, "language": "en"}
    client_for(senegal).post(f"/meetings/{meeting.pk}/register/", form)
    form = {**form, "name": "Lucia", "email": "lucia@example.org"}
    client_for(spain).post(f"/meetings/{meeting.pk}/register/", form)
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"Awa": "confirmed", "Lucia": "waitlisted"}  # the group is full


def test_register_page_refuses_people_who_may_not_register(prepared, client) -> None:
    url = f"/meetings/{prepared.meeting.pk}/register/"
    assert client.get(url).status_code == 302  # to sign in
    reader = get_user_model().objects.create_user("reader", password="reader-pass-123")
    assert client_for(reader).get(url).status_code == 403
    assert client_for(prepared.focal_users[0]).get(url).status_code == 200


def test_secretariat_sees_counts_decides_in_bulk_and_downloads(prepared, editor_client) -> None:
    meeting = prepared.meeting
    meeting.preparation.approval_required = True
    meeting.preparation.save()
    senegal, spain, mali = prepared.focal_users
    people = []
    for user, name in ((senegal, "Awa"), (spain, "Lucia"), (mali, "Moussa")):
        people.append(
            operations.register(
                Registration(meeting=meeting, name=name, email=f"{name}@example.org",
                             function="Director", visa_letter=name == "Awa"),
                user,
            ).registration
        )  # fmt: skip
    page = text(editor_client.get(f"/meetings/{meeting.pk}/registrations/"))
    assert "<tr><td>Senegal</td><td>1</td><td>0</td></tr>" in page
    assert "<tr><td>Mali</td><td>0</td><td>1</td></tr>" in page
    answer = editor_client.post(
        f"/meetings/{meeting.pk}/registrations/",
        {"action": "approve", "selected": [people[0].pk]},
    )
    assert answer.status_code == 302
    editor_client.post(
        f"/meetings/{meeting.pk}/registrations/", {"action": "reject", "selected": [people[1].pk]}
    )
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"Awa": "confirmed", "Lucia": "rejected", "Moussa": "pending"}
    none = editor_client.post(f"/meetings/{meeting.pk}/registrations/", {"action": "approve"})
    assert "Select at least one registration." in text(editor_client.get(none["Location"]))
    odd = editor_client.post(f"/meetings/{meeting.pk}/registrations/", {"action": "explode"})
    assert "Unknown action: explode." in text(editor_client.get(odd["Location"]))

    csv = editor_client.get(f"/meetings/{meeting.pk}/participants.csv").content.decode()
    lines = csv.strip().splitlines()
    assert lines[0].startswith("name,function,organisation,country,email")
    assert len(lines) == 3  # header, Mali (pending), Senegal: seated only
    assert lines[1].startswith("Moussa,Director,,Mali")
    assert "Awa,Director,,Senegal,Awa@example.org,,confirmed,yes" in lines[2]
    pdf = editor_client.get(f"/meetings/{meeting.pk}/badges.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_recorded_count_shows_beside_what_the_documents_say(prepared, editor) -> None:
    meeting = prepared.meeting
    document = DocumentFactory(text="Over 120 participants attended the workshop.")
    EvidenceFactory(meeting=meeting, document=document, field="participants", value=120,
                    quote="Over 120 participants")  # fmt: skip
    senegal = prepared.focal_users[0]
    awa = operations.register(
        Registration(meeting=meeting, name="Awa", email="awa@example.org"), senegal
    ).registration
    operations.mark_attendance(editor, meeting, [awa.pk])
    operations.record_attendance(editor, meeting)
    page = text(client_for(editor).get(f"/meetings/{meeting.pk}/"))
    participants = page[page.index('id="field-participants"') :][:1500]
    assert "recorded at the meeting" in participants
    assert "Other values found:" in participants
    assert '<span class="conflict-value">120</span>' in participants


def test_individual_confirms_by_the_emailed_link(prepared, client) -> None:
    prep = prepared.meeting.preparation
    prep.individual_registration = True
    prep.save()
    url = f"/meetings/{prepared.meeting.pk}/register/"
    form = {"name": "Solo", "email": "solo@example.org", "language": "en"}
    answer = client.post(url, form)
    assert answer.status_code == 302
    registration = Registration.objects.get(name="Solo")
    assert registration.status == "unconfirmed"
    link = next(line for line in mail.outbox[-1].body.splitlines() if "/confirm/" in line)
    path = link.split("localhost:8000", 1)[1]
    assert "Confirm my registration" in text(client.get(path))  # GET changes nothing
    registration.refresh_from_db()
    assert registration.status == "unconfirmed"
    assert "Solo: confirmed." in text(client.post(path))
    bad = client.post(path.replace("/confirm/", "/confirm/x"))
    assert bad.status_code == 400
    assert "This confirmation link is not valid." in bad.content.decode()


def test_french_meeting_page(prepared, client) -> None:
    page = text(client.get(f"/fr/meetings/{prepared.meeting.pk}/"))
    assert "Ordre du jour et inscription" in page
    assert "Places prises : 0 sur 2" in page


def test_admin_lists_registrations_read_only_status(prepared, client) -> None:
    operations.register(
        Registration(meeting=prepared.meeting, name="Awa", email="awa@example.org"),
        prepared.focal_users[0],
    )
    admin = get_user_model().objects.create_superuser("root", password="root-pass-123")
    page = text(client_for(admin).get("/admin/preparation/registration/"))
    assert "Awa" in page
    registration = Registration.objects.get(name="Awa")
    change = text(
        client_for(admin).get(f"/admin/preparation/registration/{registration.pk}/change/")
    )
    assert 'name="status"' not in change
