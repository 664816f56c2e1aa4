"""The meeting's history on its page: old and new values, revert and undo buttons for
editors, merge and split pages, and old numbers of merged meetings leading on."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from processus.kb.models import Evidence, Meeting, MeetingChange, MeetingMention, MeetingRedirect
from processus.kb.operations import correct_meeting, create_editor

from .conftest import World, csrf_token, page_text
from .test_corrections import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_editor(db):
    """In the Editors group, not staff: may edit the record, not open the admin."""
    return create_editor("amina", "amina@example.org", "a-long-pass-123")


@pytest.fixture
def group_client(group_editor) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(group_editor)
    return client


def _history(text: str) -> str:
    return text[text.index('id="history"') :].replace("</td> <td>", "</td><td>")


def _post(client: Client, url: str, data: dict, page: str):
    token = csrf_token(page_text(client.get(page)))
    return client.post(url, {"csrfmiddlewaretoken": token, **data})


def test_group_editors_edit_but_do_not_enter_the_admin(group_client: Client, world: World):
    page = f"/meetings/{world.som.pk}/"
    assert "Correct this record" in page_text(group_client.get(page))
    assert group_client.get("/admin/").status_code == 302  # not staff: sent to the login
    response = group_client.post(
        f"{page}correct/", form_data(group_client, world.som.pk, city="Tangier")
    )
    assert response.status_code == 302
    assert list(MeetingChange.objects.values_list("field", "new_value")) == [("city", "Tangier")]


def test_the_history_shows_old_and_new_values_and_reverts(
    group_client: Client, group_editor, world: World
) -> None:
    page = f"/meetings/{world.som.pk}/"
    [edit] = correct_meeting(world.som, group_editor, {"city": "Tangier"}, "Programme")
    text = _history(page_text(group_client.get(page)))
    assert "<td>amina</td><td>city</td><td>Rabat</td><td>Tangier</td><td>Programme</td>" in text
    action = f'action="/meetings/{world.som.pk}/changes/{edit.pk}/revert/"'
    assert action in text and "Revert" in text

    response = _post(group_client, f"{page}changes/{edit.pk}/revert/", {"reason": "Wrong"}, page)
    assert response.status_code == 302 and response["Location"] == f"{page}#history"
    world.som.refresh_from_db()
    assert world.som.city == "Rabat"
    revert = MeetingChange.objects.get(kind="revert")
    assert (revert.old_value, revert.new_value, revert.reason, revert.reverts) == (
        "Tangier", "Rabat", "Wrong", edit,
    )  # fmt: skip
    text = page_text(group_client.get(page))
    assert "Reverted: city." in text
    text = _history(text)
    assert '<td>city <span class="tag">revert</span></td><td>Tangier</td><td>Rabat</td>' in text
    assert action not in text  # a reverted change offers no second revert
    assert 'class="tag">reverted</span>' in text


def test_readers_see_the_history_without_buttons(
    anon_client: Client, user_client: Client, editor, world: World
) -> None:
    [edit] = correct_meeting(world.som, editor, {"participants": 130})
    for client in (anon_client, user_client):
        text = _history(page_text(client.get(f"/meetings/{world.som.pk}/")))
        assert "<td>participants</td><td>120</td><td>130</td>" in text
        assert "/revert/" not in text
    url = f"/meetings/{world.som.pk}/changes/{edit.pk}/revert/"
    assert anon_client.post(url).status_code == 302
    assert user_client.post(url).status_code == 403
    assert Meeting.objects.get(pk=world.som.pk).participants == 130


def test_revert_of_a_change_of_another_meeting_is_not_found(editor_client: Client, editor, world):
    [edit] = correct_meeting(world.som, editor, {"city": "Tangier"})
    url = f"/meetings/{world.thematic.pk}/changes/{edit.pk}/revert/"
    assert editor_client.post(url).status_code == 404
    assert Meeting.objects.get(pk=world.som.pk).city == "Tangier"


def test_merge_page_merges_and_the_old_number_leads_to_the_survivor(
    group_client: Client, anon_client: Client, world: World
) -> None:
    page = f"/meetings/{world.som.pk}/merge/"
    twin = Meeting.objects.create(kind="other", title="SOM", start=world.som.start, city="Rabat")
    text = page_text(group_client.get(page))
    assert "Merge with another meeting" in text and 'name="survivor"' in text
    start = text.index("Meetings held within a week")
    candidates = text[start : text.index("<form", start)]
    assert f"#{twin.pk}" in candidates and f"#{world.thematic.pk}" not in candidates
    twin.delete()
    response = _post(
        group_client, page, {"other": str(world.thematic.pk), "survivor": "this",
                             "reason": "One meeting"}, page,
    )  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/{world.som.pk}/#history"
    assert not Meeting.objects.filter(pk=world.thematic.pk).exists()
    moved = anon_client.get(f"/meetings/{world.thematic.pk}/")
    assert moved.status_code == 302 and moved["Location"] == f"/meetings/{world.som.pk}/"
    text = _history(page_text(group_client.get(f"/meetings/{world.som.pk}/")))
    assert f"merged into Senior Officials' Meeting, Rabat, 2024-06-12 (#{world.som.pk})" in text
    assert "Undo" in text

    change = MeetingChange.objects.get(kind="merge")
    undo = f"/meetings/{world.som.pk}/changes/{change.pk}/revert/"
    assert _post(group_client, undo, {}, f"/meetings/{world.som.pk}/").status_code == 302
    assert Meeting.objects.filter(pk=world.thematic.pk).exists()
    assert not MeetingRedirect.objects.exists()
    assert anon_client.get(f"/meetings/{world.thematic.pk}/").status_code == 200


@pytest.mark.parametrize(
    ("other", "message"),
    [
        ("", "This field is required."),
        ("self", "Choose another meeting than this one."),
        ("999999", "There is no meeting number 999999."),
        ("99999999999999999999", "Ensure this value is less than or equal to"),
        ("abc", "Enter a whole number."),
    ],
)
def test_impossible_merges_are_explained(editor_client: Client, world: World, other, message):
    number = str(world.som.pk) if other == "self" else other
    response = editor_client.post(
        f"/meetings/{world.som.pk}/merge/", {"other": number, "survivor": "this"}
    )
    assert response.status_code == 400
    assert message in " ".join(response.content.decode().replace("&#x27;", "'").split())
    assert Meeting.objects.count() == 3 and not MeetingChange.objects.exists()


def _mention(world: World, document, position: int, **record) -> MeetingMention:
    base = {"kind": "senior_officials_meeting", "start": "2024-06-12", "city": "Rabat",
            "country": "Morocco", "dialogues": ["Rabat Process"], "hosts": ["Morocco"]}  # fmt: skip
    return MeetingMention.objects.create(
        document=document, position=position, meeting=world.som, record={**base, **record}
    )


def test_split_page_lists_the_mentions_and_makes_a_new_meeting(
    group_client: Client, world: World
) -> None:
    _mention(world, world.announcement, 0, participants=120)
    other = _mention(world, world.hostile, 0, city="Marrakesh", participants=60)
    page = f"/meetings/{world.som.pk}/split/"
    text = page_text(group_client.get(page))
    assert f'value="{other.pk}"' in text and "Marrakesh" in text
    response = _post(group_client, page, {"mentions": [str(other.pk)], "reason": "Two"}, page)
    assert response.status_code == 302, response.content.decode()[:2000]
    change = MeetingChange.objects.get(kind="split")
    new = Meeting.objects.get(pk=change.details["new_meeting"])
    assert (new.city, new.participants) == ("Marrakesh", 60)
    world.som.refresh_from_db()
    assert (world.som.city, world.som.participants) == ("Rabat", 120)
    # The split shows in both meetings' histories; only the original offers the undo.
    assert "mentions moved to" in _history(page_text(group_client.get(f"/meetings/{new.pk}/")))
    assert "Undo" in _history(page_text(group_client.get(f"/meetings/{world.som.pk}/")))


def test_a_split_needs_a_mention_chosen(editor_client: Client, world: World) -> None:
    _mention(world, world.announcement, 0)
    response = editor_client.post(f"/meetings/{world.som.pk}/split/", {"mentions": []})
    assert response.status_code == 400
    assert "Choose the mentions that describe the other meeting." in response.content.decode()
    response = editor_client.post(f"/meetings/{world.som.pk}/split/", {"mentions": ["x"]})
    assert response.status_code == 400
    assert Meeting.objects.count() == 3


def test_merge_and_split_pages_need_an_editor(anon_client: Client, user_client: Client, world):
    for url in (f"/meetings/{world.som.pk}/merge/", f"/meetings/{world.som.pk}/split/"):
        assert anon_client.get(url).status_code == 302
        assert user_client.get(url).status_code == 403
        assert user_client.post(url, {"other": str(world.thematic.pk)}).status_code == 403
    assert Meeting.objects.count() == 3


def test_an_inactive_editor_cannot_edit(world: World) -> None:
    user = create_editor("gone", "", "a-long-pass-123")
    user.is_active = False
    user.save()
    with pytest.raises(PermissionError):
        correct_meeting(world.som, user, {"city": "Tangier"})
    assert not Evidence.objects.filter(method="edited").exists()
    assert get_user_model().objects.filter(groups__name="Editors").count() == 1


def test_history_and_merge_page_in_french(editor_client: Client, editor, world: World) -> None:
    correct_meeting(world.som, editor, {"city": "Tanger"})
    text = page_text(editor_client.get(f"/fr/meetings/{world.som.pk}/"))
    history = text[text.index('id="history"') :]
    assert "Historique des modifications" in history and "Ancienne valeur" in history
    assert "Rétablir" in history and "Scinder cette réunion en deux" in text
    response = editor_client.post(f"/fr/meetings/{world.som.pk}/merge/", {"other": "999999"})
    assert response.status_code == 400
    assert "Il n'y a pas de réunion numéro 999999." in response.content.decode().replace(
        "&#x27;", "'"
    )
