"""Meeting kinds, formats and tense cues."""

from __future__ import annotations

import pytest

from processus.extraction.kinds import find_formats, find_kinds, tense_cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the 5th Ministerial Conference", "ministerial_conference"),
        ("a ministerial meeting", "ministerial_conference"),
        ("la réunion des fonctionnaires de haut niveau", "senior_officials_meeting"),
        ("une réunion des hauts fonctionnaires", "senior_officials_meeting"),
        ("the Summit on Migration", "other"),
        ("le sommet de Dakar", "other"),
        ("la conférence ministérielle", "ministerial_conference"),
        ("the Senior Officials' Meeting", "senior_officials_meeting"),
        ("the Senior Officials Meeting", "senior_officials_meeting"),
        ("the SOM report", "senior_officials_meeting"),
        ("la réunion des hauts fonctionnaires", "senior_officials_meeting"),
        ("the Steering Committee meeting", "steering_committee"),
        ("le comité de pilotage", "steering_committee"),
        ("a thematic meeting", "thematic_meeting"),
        ("une réunion thématique", "thematic_meeting"),
        ("a technical meeting", "technical_meeting"),
        ("une réunion technique", "technical_meeting"),
        ("an expert meeting", "technical_meeting"),
        ("a two-day workshop", "workshop"),
        ("un atelier régional", "workshop"),
        ("a webinar", "workshop"),
        ("a side event", "side_event"),
        ("un événement parallèle", "side_event"),
        ("the Joint High-level Meeting", "joint_meeting"),
        ("a joint meeting", "joint_meeting"),
        ("une réunion conjointe", "joint_meeting"),
        ("a training session", "training"),
        ("une session de formation", "training"),
        ("a field visit", "field_visit"),
        ("une visite de terrain", "field_visit"),
        ("a study visit", "field_visit"),
        ("the meeting", "other"),
        ("a conference", "other"),
        ("une réunion", "other"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    found = find_kinds(text)
    assert found and found[0].kind == kind


def test_no_kind_in_plain_text() -> None:
    assert find_kinds("Partners discussed the situation and agreed to continue.") == []
    assert find_kinds("a training centre opened") == []
    assert find_kinds("a som of money") == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("The meeting was held online.", "virtual"),
        ("Certaines délégations ont suivi par vidéoconférence.", "virtual"),
        ("a virtual meeting", "virtual"),
        ("by videoconference", "virtual"),
        ("une réunion en ligne", "virtual"),
        ("in a hybrid format", "hybrid"),
        ("format hybride", "hybrid"),
        ("in person in Dakar", "in_person"),
        ("a face-to-face meeting", "in_person"),
        ("en présentiel", "in_person"),
    ],
)
def test_format(text: str, fmt: str) -> None:
    assert find_formats(text)[0].format == fmt


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The meeting will take place in May.", "upcoming"),
        ("It will be held in Rome.", "upcoming"),
        ("The upcoming meeting", "upcoming"),
        ("La réunion aura lieu à Dakar.", "upcoming"),
        ("Elle se tiendra à Rome.", "upcoming"),
        ("The meeting took place in Rome.", "past"),
        ("It was organised by Spain.", "past"),
        ("Over 50 participants attended.", "past"),
        ("La réunion s'est tenue à Rabat.", "past"),
        ("La réunion a eu lieu hier.", "past"),
    ],
)
def test_tense(text: str, tense: str) -> None:
    cues = tense_cues(text)
    assert cues and cues[0][3] == tense


@pytest.mark.parametrize(
    "text",
    [
        "Ghana chairs the Steering Committee of the Dialogue this year.",
        "Le Togo préside le Comité de pilotage pour un an.",
    ],
)
def test_committee_as_a_body_is_not_a_meeting(text: str) -> None:
    assert [k.kind for k in find_kinds(text)] == []


def test_committee_meeting_is_a_meeting() -> None:
    text = "The members of the Steering Committee met in Accra."
    assert [k.kind for k in find_kinds(text)] == ["steering_committee"]


@pytest.mark.parametrize(
    "text",
    ["Mis en ligne le 3 mars 2022", "Page mise en ligne hier", "The report was published online."],
)
def test_publishing_online_is_not_a_format(text: str) -> None:
    assert find_formats(text) == []
