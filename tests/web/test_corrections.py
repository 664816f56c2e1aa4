"""Editors correct a meeting: permissions, CSRF, edited evidence and the history."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from processus.kb.models import (
    Evidence,
    Meeting,
    MeetingChange,
    MeetingLink,
    MeetingRole,
    Outcome,
)
from processus.kb.operations import change_outcome, correct_meeting, current_values
from processus.web.page_cache import CACHE_HEADER

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
    assert response["Location"].startswith("/sign-in/?next=")
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
        chairs=["Spain", "Senegal"],
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
    assert [r.actor.name for r in chairs] == ["Spain", "Senegal"]
    link = MeetingLink.objects.get(meeting=world.som)
    assert link.objective == world.objective_3 and link.source == "confirmed"
    assert link.confirmed_by == editor
    edited = Evidence.objects.filter(meeting=world.som, method="edited").order_by("field")
    assert {e.field: e.value for e in edited} == {
        "chairs": ["Spain", "Senegal"],
        "city": "Tangier",
        "links": ["cadiz-action-plan/objective/3"],
        "start": "2024-06",
    }
    assert all(e.created_by == editor and e.note == "Checked with the Secretariat" for e in edited)

    text = page_text(client.get(response["Location"]))
    assert "Correction saved: start, city, chairs, links." in text
    history = text[text.index('id="history"') :]
    assert "<td>editor</td><td>city</td><td>Rabat</td><td>Tangier</td>" in history.replace(
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


def test_reordered_chairs_and_padded_text_record_nothing(editor_client: Client, world: World):
    """Only what a reader would see as different is a correction: the same chairs in
    another order, the same city with spaces around it, change nothing and freeze nothing."""
    data = form_data(editor_client, world.som.pk, chairs=["Spain", "Morocco"], city="  Rabat ")
    response = editor_client.post(f"/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 302
    assert not Evidence.objects.filter(method="edited").exists()
    assert not MeetingChange.objects.exists()
    chairs = MeetingRole.objects.filter(meeting=world.som, role="chair").order_by("position")
    assert [r.actor.name for r in chairs] == ["Morocco", "Spain"]
    assert "Nothing changed." in page_text(editor_client.get(response["Location"]))
    # A real change among them is recorded alone.
    data = form_data(editor_client, world.som.pk, chairs=["Spain", "Morocco"], city="Tangier ")
    assert editor_client.post(f"/meetings/{world.som.pk}/correct/", data).status_code == 302
    assert list(MeetingChange.objects.values_list("field", "old_value", "new_value")) == [
        ("city", "Rabat", "Tangier")
    ]


def test_admin_can_correct_too(admin_client: Client, world: World) -> None:
    data = form_data(
        admin_client, world.thematic.pk, participants="45", participants_qualifier="over"
    )
    assert admin_client.post(f"/meetings/{world.thematic.pk}/correct/", data).status_code == 302
    world.thematic.refresh_from_db()
    assert (world.thematic.participants, world.thematic.participants_qualifier) == (45, "over")


def test_service_records_only_real_changes(editor, world: World) -> None:
    created = correct_meeting(
        world.som, editor, {"city": "Rabat", "country": "Spain", "themes": [4, 2]}
    )
    assert [(c.field, c.old_value, c.new_value) for c in created] == [
        ("country", "Morocco", "Spain"),
        ("themes", [], [4, 2]),
    ]
    world.som.refresh_from_db()
    assert world.som.country == world.spain
    assert current_values(world.som)["themes"] == [2, 4]
    with pytest.raises(ValueError):
        correct_meeting(world.som, editor, {"nonsense": 1})


def test_french_correction_form(editor_client: Client, world: World) -> None:
    text = page_text(editor_client.get(f"/fr/meetings/{world.som.pk}/correct/"))
    assert "Corriger cette fiche" in text
    assert "Enregistrer la correction" in text


# --- the meeting this one follows up ----------------------------------------------------------


def _history_rows(text: str) -> str:
    return text[text.index('id="history"') :].replace("</td> <td>", "</td><td>")


def _field_block(text: str, name: str) -> str:
    start = text.index(f'<label for="id_{name}">')
    return text[start : text.index("</div>", text.index("</div>", start) + 1)]


def test_follow_up_candidates_are_earlier_meetings_of_the_same_dialogue(
    editor_client: Client, world: World
) -> None:
    text = page_text(editor_client.get(f"/meetings/{world.som.pk}/correct/"))
    match = re.search(r'<select name="follow_up_of"[^>]*>(.*?)</select>', text)
    assert match is not None
    options = match.group(1)
    assert '<option value="" selected>none</option>' in options
    assert (
        f'<option value="{world.thematic.pk}">Thematic meeting on diaspora engagement, '
        f"Dakar, 2023-10 (#{world.thematic.pk})</option>" in options
    )
    # Later (and already a follow-up of this one): not offered.
    assert f'value="{world.workshop.pk}"' not in options
    assert '<label for="id_follow_up_of_id">Or the number of the meeting it follows up</label>' in (
        text
    )


def test_editor_sets_the_follow_up_from_the_list(editor, world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    data = form_data(client, world.som.pk, follow_up_of=str(world.thematic.pk), note="Report")
    response = client.post(f"/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 302, response.content.decode()[:2000]

    world.som.refresh_from_db()
    assert world.som.follow_up_of == world.thematic
    [edit] = Evidence.objects.filter(meeting=world.som, method="edited")
    assert (edit.field, edit.value, edit.created_by, edit.note) == (
        "follow_up_of",
        world.thematic.pk,
        editor,
        "Report",
    )
    text = page_text(client.get(response["Location"]))
    assert "Correction saved: follow_up_of." in text
    assert f'Follow-up of: <a href="/meetings/{world.thematic.pk}/"' in text
    assert (
        "<td>editor</td><td>follow_up_of</td><td>none</td><td>Thematic meeting on diaspora "
        f"engagement, Dakar, 2023-10 (#{world.thematic.pk})</td><td>Report</td>"
        in _history_rows(text)
    )
    # The other meeting lists this one among its follow-ups.
    other = page_text(client.get(f"/meetings/{world.thematic.pk}/"))
    assert f'<a href="/meetings/{world.som.pk}/"' in other[other.index("Follow-ups:") :]


def test_editor_sets_the_follow_up_by_number_then_clears_it(
    editor_client: Client, world: World
) -> None:
    url = f"/meetings/{world.workshop.pk}/correct/"
    data = form_data(editor_client, world.workshop.pk, follow_up_of_id=str(world.thematic.pk))
    assert editor_client.post(url, data).status_code == 302
    world.workshop.refresh_from_db()
    assert world.workshop.follow_up_of == world.thematic

    data = form_data(editor_client, world.workshop.pk, follow_up_of="")
    assert editor_client.post(url, data).status_code == 302
    world.workshop.refresh_from_db()
    assert world.workshop.follow_up_of is None
    values = list(
        Evidence.objects.filter(meeting=world.workshop, method="edited", field="follow_up_of")
        .order_by("created_at", "pk")
        .values_list("field", "value")
    )
    assert values == [("follow_up_of", world.thematic.pk), ("follow_up_of", None)]
    text = page_text(editor_client.get(f"/meetings/{world.workshop.pk}/"))
    assert (
        "<td>editor</td><td>follow_up_of</td><td>Thematic meeting on diaspora engagement, "
        f"Dakar, 2023-10 (#{world.thematic.pk})</td><td>none</td>"
    ) in _history_rows(text)
    assert "Follow-up of:" not in text


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("self", "Follow-up of: a meeting cannot be a follow-up of itself."),
        ("missing", "Follow-up of: there is no meeting number 999999."),
        ("workshop", "is itself a follow-up of this meeting, which would make a cycle."),
    ],
)
def test_impossible_follow_ups_are_explained(
    editor_client: Client, world: World, target: str, message: str
) -> None:
    number = {"self": world.som.pk, "missing": 999999, "workshop": world.workshop.pk}[target]
    data = form_data(editor_client, world.som.pk, follow_up_of_id=str(number))
    response = editor_client.post(f"/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 400
    text = " ".join(response.content.decode().replace("&#x27;", "'").split())
    block = _field_block(text, "follow_up_of_id")
    assert message in block and 'role="alert"' in block
    world.som.refresh_from_db()
    assert world.som.follow_up_of is None
    assert not Evidence.objects.filter(method="edited").exists()


def test_the_service_refuses_longer_cycles(editor, world: World) -> None:
    # workshop follows som; thematic follows workshop: som cannot follow thematic.
    correct_meeting(world.thematic, editor, {"follow_up_of": world.workshop.pk})
    with pytest.raises(ValidationError) as caught:
        correct_meeting(world.som, editor, {"follow_up_of": world.thematic.pk})
    assert "follow_up_of" in caught.value.message_dict
    world.som.refresh_from_db()
    assert world.som.follow_up_of is None
    assert not Evidence.objects.filter(meeting=world.som, method="edited").exists()


def test_french_follow_up_error(editor_client: Client, world: World) -> None:
    data = form_data(editor_client, world.som.pk, follow_up_of_id=str(world.som.pk))
    response = editor_client.post(f"/fr/meetings/{world.som.pk}/correct/", data)
    assert response.status_code == 400
    text = " ".join(response.content.decode().replace("&#x27;", "'").split())
    assert "Suite de : une réunion ne peut pas être la suite d'elle-même." in text


# --- outcomes -----------------------------------------------------------------------------------


def _outcome(world: World, **values) -> Outcome:
    values = {"kind": "recommendation", "number": 1, "text": "Share data",
              "follow_up_status": "open", **values}  # fmt: skip
    return Outcome.objects.create(meeting=world.som, **values)


def _outcome_data(prefix: str = "", **values) -> dict:
    data = {"kind": "recommendation", "number": "1", "text": "Share data on returns",
            "follow_up_status": "open", "note": "", **values}  # fmt: skip
    return {f"{prefix}{name}": value for name, value in data.items()}


def test_outcome_pages_need_an_editor(anon_client: Client, user_client: Client, world: World):
    outcome = _outcome(world)
    base = f"/meetings/{world.som.pk}/outcomes"
    for url in (f"{base}/add/", f"{base}/{outcome.pk}/"):
        for response in (anon_client.get(url), anon_client.post(url, _outcome_data())):
            assert response.status_code == 302
            assert response["Location"].startswith("/sign-in/?next=")
        assert user_client.get(url).status_code == 403
        assert user_client.post(url, _outcome_data()).status_code == 403
    remove = f"{base}/{outcome.pk}/remove/"
    assert anon_client.post(remove).status_code == 302
    assert user_client.post(remove).status_code == 403
    assert Outcome.objects.filter(pk=outcome.pk).exists()
    assert not Evidence.objects.filter(method="edited").exists()

    for client in (anon_client, user_client):
        text = page_text(client.get(f"/meetings/{world.som.pk}/"))
        assert "Share data" in text
        assert "Edit or remove" not in text and "Add an outcome" not in text


def test_editor_adds_edits_and_removes_outcomes(editor, world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    page = f"/meetings/{world.som.pk}/"
    token = csrf_token(page_text(client.get(page)))

    def post(url: str, data: dict):
        return client.post(url, {"csrfmiddlewaretoken": token, **data})

    add = f"/meetings/{world.som.pk}/outcomes/add/"
    response = post(add, _outcome_data("new-outcome-", note="Final report"))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == f"{page}#outcomes"
    recommendation = Outcome.objects.get(meeting=world.som, kind="recommendation")
    data = _outcome_data("new-outcome-", kind="conclusion", number="", follow_up_status="",
                         text="Meet again next year")  # fmt: skip
    data["new-outcome-follow_up_status"] = "unknown"
    assert post(add, data).status_code == 302
    conclusion = Outcome.objects.get(meeting=world.som, kind="conclusion")
    assert (conclusion.number, conclusion.follow_up_status) == (None, "unknown")

    text = page_text(client.get(page))
    assert "Outcome added." in text
    section = text[text.index('id="outcomes"') : text.index('id="documents-title"')]
    assert section.index("Recommendations") < section.index("Conclusions")
    assert (
        f'<li id="outcome-{recommendation.pk}"><strong>1.</strong> Share data on returns '
        '<span class="tag outcome-status outcome-status--open">Follow-up: open</span>'
    ) in section
    assert "Meet again next year" in section and "Follow-up: not assessed" in section

    edit = f"/meetings/{world.som.pk}/outcomes/{recommendation.pk}/"
    assert "Save the outcome" in page_text(client.get(edit))
    assert post(edit, _outcome_data(follow_up_status="done")).status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.follow_up_status == "done"
    assert post(edit, _outcome_data(follow_up_status="done")).status_code == 302  # no change
    remove = f"/meetings/{world.som.pk}/outcomes/{conclusion.pk}/remove/"
    response = post(remove, {"note": "Not an outcome"})
    assert response.status_code == 302
    assert not Outcome.objects.filter(pk=conclusion.pk).exists()

    edits = Evidence.objects.filter(meeting=world.som, method="edited").order_by("pk")
    assert [(e.field, e.created_by, e.note) for e in edits] == [
        ("outcomes", editor, "Final report"),
        ("outcomes", editor, ""),
        ("outcomes", editor, ""),
        ("outcomes", editor, "Not an outcome"),
    ]
    assert [e.value for e in edits] == [
        {"action": "added", "outcome": recommendation.pk, "kind": "recommendation", "number": 1,
         "text": "Share data on returns", "follow_up_status": "open"},
        {"action": "added", "outcome": conclusion.pk, "kind": "conclusion", "number": None,
         "text": "Meet again next year", "follow_up_status": "unknown"},
        {"action": "edited", "outcome": recommendation.pk, "kind": "recommendation",
         "number": 1, "text": "Share data on returns", "follow_up_status": "done",
         "before": {"follow_up_status": "open"}},
        {"action": "removed", "outcome": conclusion.pk, "kind": "conclusion", "number": None,
         "text": "Meet again next year", "follow_up_status": "unknown"},
    ]  # fmt: skip

    text = page_text(client.get(page))
    assert "Outcome removed: conclusion." in text
    assert (
        "Follow-up: implemented" in text
        and "Meet again next year"
        not in text[text.index('id="outcomes"') : text.index('id="history"')]
    )
    history = _history_rows(text)
    assert (
        "<td>outcomes</td><td>conclusion “Meet again next year” (not assessed)</td>"
        "<td>removed: conclusion “Meet again next year” (not assessed)</td>"
        "<td>Not an outcome</td>"
    ) in history
    assert (
        "<td>outcomes</td><td>recommendation 1 “Share data on returns” (open)</td>"
        "<td>edited: recommendation 1 “Share data on returns” (implemented); "
        "open → implemented</td>"
    ) in history
    assert (
        "<td>outcomes</td><td>—</td><td>added: recommendation 1 “Share data on returns” (open)</td>"
        "<td>Final report</td>"
    ) in history


def test_unchanged_outcome_records_nothing(editor_client: Client, world: World) -> None:
    outcome = _outcome(world)
    response = editor_client.post(
        f"/meetings/{world.som.pk}/outcomes/{outcome.pk}/", _outcome_data(text="Share data")
    )
    assert response.status_code == 302
    assert not Evidence.objects.filter(method="edited").exists()
    assert "Nothing changed." in page_text(editor_client.get(response["Location"]))


def test_outcome_posts_without_csrf_token_are_refused(editor, world: World) -> None:
    outcome = _outcome(world)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    base = f"/meetings/{world.som.pk}/outcomes"
    add = client.post(f"{base}/add/", _outcome_data("new-outcome-", number="2"))
    edit = client.post(f"{base}/{outcome.pk}/", _outcome_data(follow_up_status="done"))
    remove = client.post(f"{base}/{outcome.pk}/remove/")
    assert (add.status_code, edit.status_code, remove.status_code) == (403, 403, 403)
    assert list(Outcome.objects.values_list("follow_up_status", flat=True)) == ["open"]
    assert not Evidence.objects.filter(method="edited").exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"text": "  "}, "text", "Text: write the outcome's text."),
        ({"kind": ""}, "kind", "Kind of outcome: choose recommendation, policy takeaway or"),
        ({"number": "1"}, "number", "Number: this meeting already has a recommendation number 1."),
        ({"number": "0"}, "number", "Ensure this value is greater than or equal to 1."),
        ({"follow_up_status": "maybe"}, "follow_up_status", "Select a valid choice."),
    ],
)
def test_invalid_outcomes_are_explained(
    editor_client: Client, world: World, changes: dict, field: str, message: str
) -> None:
    _outcome(world)
    data = _outcome_data("new-outcome-", number="2")
    data.update({f"new-outcome-{name}": value for name, value in changes.items()})
    response = editor_client.post(f"/meetings/{world.som.pk}/outcomes/add/", data)
    assert response.status_code == 400
    text = " ".join(response.content.decode().replace("&#x27;", "'").split())
    assert message in _field_block(text, f"new-outcome-{field}")
    assert Outcome.objects.count() == 1
    assert not Evidence.objects.filter(method="edited").exists()


def test_an_outcome_of_another_meeting_is_not_found(editor_client: Client, world: World):
    outcome = _outcome(world)
    other = f"/meetings/{world.thematic.pk}/outcomes/{outcome.pk}/"
    assert editor_client.get(other).status_code == 404
    assert editor_client.post(f"{other}remove/").status_code == 404
    assert Outcome.objects.filter(pk=outcome.pk).exists()


def test_the_outcome_service_checks_the_meeting_and_the_editor(editor, world: World) -> None:
    outcome = _outcome(world)
    with pytest.raises(ValueError):
        change_outcome(world.thematic, editor, outcome=outcome, remove=True)
    with pytest.raises(ValidationError):
        change_outcome(world.som, editor, values={"kind": "wish", "text": "x"})
    long = change_outcome(world.som, editor, values={"kind": "takeaway", "text": "y" * 400})
    assert long is not None and long.new_value["text"] == "y" * 400  # the history keeps it whole
    evidence = Evidence.objects.get(field="outcomes", method="edited")
    assert len(evidence.value["text"]) == 300
    assert Outcome.objects.get(kind="takeaway").text == "y" * 400


def test_outcomes_in_french(editor_client: Client, world: World) -> None:
    _outcome(world, follow_up_status="in_progress")
    _outcome(world, kind="takeaway", number=None, text="Mobilité")
    text = page_text(editor_client.get(f"/fr/meetings/{world.som.pk}/"))
    section = text[text.index('id="outcomes"') : text.index('id="documents-title"')]
    assert "Recommandations" in section and "Enseignements politiques" in section
    assert "Suivi : en cours" in section and "Suivi : ouvert" in section
    assert "Modifier ou retirer" in section and "Ajouter un résultat" in section
    response = editor_client.post(
        f"/fr/meetings/{world.som.pk}/outcomes/add/", _outcome_data("new-outcome-", text="")
    )
    assert response.status_code == 400
    error = " ".join(response.content.decode().replace("&#x27;", "'").split())
    assert "Texte : écrivez le texte du résultat." in error


# --- the page cache -------------------------------------------------------------------------------


@pytest.mark.usefixtures("page_cache")
def test_follow_up_and_outcome_changes_drop_cached_pages(
    anon_client: Client, editor_client: Client, world: World
) -> None:
    page, other = f"/meetings/{world.som.pk}/", f"/meetings/{world.thematic.pk}/"
    for url in (page, other, f"/fr{page}"):
        anon_client.get(url)
        assert anon_client.get(url).headers[CACHE_HEADER] == "hit"

    add = _outcome_data("new-outcome-", text="Open a helpdesk")
    assert editor_client.post(f"{page}outcomes/add/", add).status_code == 302
    after = anon_client.get(page)
    assert after.headers[CACHE_HEADER] == "miss" and "Open a helpdesk" in page_text(after)
    assert anon_client.get(f"/fr{page}").headers[CACHE_HEADER] == "miss"

    outcome = Outcome.objects.get(text="Open a helpdesk")
    edit = _outcome_data(text="Open a helpdesk", follow_up_status="done")
    assert editor_client.post(f"{page}outcomes/{outcome.pk}/", edit).status_code == 302
    after = anon_client.get(page)
    assert after.headers[CACHE_HEADER] == "miss" and "Follow-up: implemented" in page_text(after)

    data = form_data(editor_client, world.som.pk, follow_up_of=str(world.thematic.pk))
    assert editor_client.post(f"{page}correct/", data).status_code == 302
    assert anon_client.get(page).headers[CACHE_HEADER] == "miss"
    followed = anon_client.get(other)
    assert followed.headers[CACHE_HEADER] == "miss"
    assert f'<a href="{page}"' in page_text(followed)
    assert Meeting.objects.get(pk=world.som.pk).follow_up_of_id == world.thematic.pk
