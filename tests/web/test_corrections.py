"""Editors correct a meeting: permissions, CSRF, edited evidence and the history."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from processus.kb.models import Evidence, MeetingLink, MeetingRole
from processus.web.corrections import apply_correction, current_values

from .conftest import World, csrf_token, page_text

pytestmark = pytest.mark.django_db


def form_data(client: Client, meeting_pk: int, **changes) -> dict:
    """The correction form as the page fills it in, with ``changes`` applied."""
    text = page_text(client.get(f"/meetings/{meeting_pk}/correct/"))
    data: dict = {"csrfmiddlewaretoken": csrf_token(text)}
    form = text[
        text.index('<form class="correction-form"') : text.index(
            "</form>", text.index('<form class="correction-form"')
        )
    ]
    for name, value in re.findall(
        r'<input type="(?:text|number)" name="(\w+)" value="([^"]*)"', form
    ):
        data[name] = value
    for name, value in re.findall(
        r'<input type="checkbox" name="(\w+)" value="([^"]*)"[^>]* checked>', form
    ):
        data.setdefault(name, []).append(value)
    for select in re.finditer(r'<select name="(\w+)"[^>]*>(.*?)</select>', form):
        chosen = re.findall(r'<option value="([^"]*)" selected>', select.group(2))
        data[select.group(1)] = chosen if "multiple" in select.group(0) else (chosen or [""])[0]
    data.update(changes)
    return data


def test_anonymous_visitors_are_sent_to_sign_in(anon_client: Client, world: World) -> None:
    response = anon_client.post(f"/meetings/{world.som.pk}/correct/", {"city": "Tangier"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert anon_client.get(f"/meetings/{world.som.pk}/correct/").status_code == 302


def test_signed_in_non_editors_are_refused(user_client: Client, world: World) -> None:
    assert user_client.get(f"/meetings/{world.som.pk}/correct/").status_code == 403
    assert user_client.post(f"/meetings/{world.som.pk}/correct/", {"city": "X"}).status_code == 403
    assert "Correct this record" not in page_text(user_client.get(f"/meetings/{world.som.pk}/"))


def test_editor_sees_the_form_on_the_meeting_page(editor_client: Client, world: World) -> None:
    text = page_text(editor_client.get(f"/meetings/{world.som.pk}/"))
    assert "Correct this record" in text
    assert (
        f'<form class="correction-form" method="post" action="/meetings/{world.som.pk}/correct/"'
        in text
    )
    assert 'name="csrfmiddlewaretoken"' in text
    assert '<label for="id_city">City</label>' in text


def test_editor_corrects_fields_roles_and_links(editor, world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    data = form_data(
        client,
        world.som.pk,
        city="Tangier",
        start="2024-06",
        chairs=["Spain", "Morocco"],
        links=["cadiz-action-plan/objective/3"],
        note="Checked with the Secretariat",
    )
    response = client.post(f"/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == f"/meetings/{world.som.pk}/#history"

    world.som.refresh_from_db()
    assert world.som.city == "Tangier"
    assert world.som.start_precision == "month"
    chairs = MeetingRole.objects.filter(meeting=world.som, role="chair").order_by("position")
    assert [r.actor.name for r in chairs] == ["Spain", "Morocco"]
    link = MeetingLink.objects.get(meeting=world.som)
    assert link.objective == world.objective_3 and link.source == "confirmed"
    assert link.confirmed_by == editor
    edited = Evidence.objects.filter(meeting=world.som, method="edited").order_by("field")
    assert {e.field: e.value for e in edited} == {
        "chairs": ["Spain", "Morocco"],
        "city": "Tangier",
        "links": ["cadiz-action-plan/objective/3"],
        "start": "2024-06",
    }
    assert all(e.created_by == editor and e.note == "Checked with the Secretariat" for e in edited)

    text = page_text(client.get(response["Location"]))
    assert "Correction saved: start, city, chairs, links." in text
    history = text[text.index('id="history"') :]
    assert "<td>editor</td><td>city</td><td>Tangier</td>" in history.replace(
        "</td> <td>", "</td><td>"
    )
    city = text[text.index('id="field-city"') : text.index('id="field-country"')]
    assert '<span class="tag tag--edited">corrected</span>' in city
    assert "Corrected by editor on" in city
    # The extracted values now disagree with the editor's, and stay visible with their quotes.
    assert '<span class="conflict-value">Rabat</span>' in city
    assert "(<q>in Rabat</q>)" in city


def test_post_without_csrf_token_is_refused(editor, world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(f"/meetings/{world.som.pk}/correct/", {"city": "Tangier"})
    assert response.status_code == 403
    world.som.refresh_from_db()
    assert world.som.city == "Rabat"


def test_invalid_values_are_explained(editor_client: Client, world: World) -> None:
    data = form_data(editor_client, world.som.pk, start="2024-06-12", end="2023", participants="-4")
    response = editor_client.post(f"/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 400
    text = " ".join(response.content.decode().split())
    assert "The end cannot be before the start." in text
    assert "Ensure this value is greater than or equal to 0." in text
    assert not Evidence.objects.filter(method="edited").exists()


def test_unchanged_form_records_nothing(editor_client: Client, world: World) -> None:
    response = editor_client.post(
        f"/meetings/{world.som.pk}/correct/", form_data(editor_client, world.som.pk)
    )
    assert response.status_code == 302
    assert not Evidence.objects.filter(method="edited").exists()
    assert "Nothing changed." in page_text(editor_client.get(response["Location"]))


def test_admin_can_correct_too(admin_client: Client, world: World) -> None:
    data = form_data(
        admin_client, world.thematic.pk, participants="45", participants_qualifier="over"
    )
    assert admin_client.post(f"/meetings/{world.thematic.pk}/correct/", data).status_code == 302
    world.thematic.refresh_from_db()
    assert (world.thematic.participants, world.thematic.participants_qualifier) == (45, "over")


def test_service_records_only_real_changes(editor, world: World) -> None:
    created = apply_correction(
        world.som, editor, {"city": "Rabat", "country": "Spain", "themes": [4, 2]}
    )
    assert [(e.field, e.value) for e in created] == [("country", "Spain"), ("themes", [4, 2])]
    world.som.refresh_from_db()
    assert world.som.country == world.spain
    assert current_values(world.som)["themes"] == [2, 4]
    with pytest.raises(ValueError):
        apply_correction(world.som, editor, {"nonsense": 1})


def test_french_correction_form(editor_client: Client, world: World) -> None:
    text = page_text(editor_client.get(f"/fr/meetings/{world.som.pk}/correct/"))
    assert "Corriger cette fiche" in text
    assert "Enregistrer la correction" in text
