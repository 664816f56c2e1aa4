"""French pages show a plan's French titles wherever the plan has them.

An area, objective or action with a French title must not appear under its English
title on a French page (plan, coverage, links review, a meeting's links, report);
one without a French title keeps its English title rather than showing nothing.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest

from processus.kb.models import MeetingLink

from .conftest import meeting

ENGLISH = {
    "area": "Development benefits of migration",
    "objective": "Strengthen border management",
    "action": "Train border officials",
}
FRENCH = {
    "area": "Bénéfices de la migration pour le développement",
    "objective": "Renforcer la gestion des frontières",
    "action": "Former les agents aux frontières",
}
UNTRANSLATED = "Diaspora engagement in return programmes"


@pytest.fixture
def french_plan(plan):
    """Area 1, objective 1 and action 1 in both languages; objective 5a in English only."""
    plan.framework.name_fr = "Plan d'essai"
    plan.framework.save()
    for kind, item in (
        ("area", plan.areas[1]),
        ("objective", plan.objectives["1"]),
        ("action", plan.actions["1"]),
    ):
        item.title, item.title_fr = ENGLISH[kind], FRENCH[kind]
        item.save()
    plan.objectives["5a"].title = UNTRANSLATED
    plan.objectives["5a"].save()
    held = meeting(plan, dt.date(2024, 3, 5), "Border workshop", host=plan.spain)
    MeetingLink.objects.create(meeting=held, action=plan.actions["1"])
    MeetingLink.objects.create(meeting=held, objective=plan.objectives["5a"])
    return plan, held


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return " ".join(html.unescape(response.content.decode()).split())


def pages(plan, held) -> dict[str, str]:
    key = plan.framework.key
    return {
        "plan": f"/plans/{key}/",
        "coverage": f"/plans/{key}/coverage/",
        "links": f"/plans/{key}/links/?status=all",
        "meeting links": f"/meetings/{held.pk}/links/",
        "report": f"/reports/{key}/",
    }


def test_french_pages_show_the_french_titles_and_never_the_english_ones(
    french_plan, editor_client
) -> None:
    plan, held = french_plan
    for name, path in pages(plan, held).items():
        text = text_of(editor_client.get("/fr" + path))
        shown = {kind for kind, title in FRENCH.items() if title in text}
        leaked = {kind for kind, title in ENGLISH.items() if title in text}
        assert shown, f"{name} shows none of the French titles"
        assert leaked == set(), f"{name} shows English titles: {leaked}"


def test_english_pages_keep_the_english_titles(french_plan, editor_client) -> None:
    plan, held = french_plan
    for name, path in pages(plan, held).items():
        text = text_of(editor_client.get(path))
        assert any(title in text for title in ENGLISH.values()), name
        assert not any(title in text for title in FRENCH.values()), name


def test_an_item_without_a_french_title_keeps_its_english_one(french_plan, editor_client):
    plan, held = french_plan
    for name in ("coverage", "links", "meeting links"):
        text = text_of(editor_client.get("/fr" + pages(plan, held)[name]))
        assert UNTRANSLATED in text, name


def test_the_links_review_names_items_in_french(french_plan, editor_client) -> None:
    plan, _ = french_plan
    text = text_of(editor_client.get(f"/fr/plans/{plan.framework.key}/links/?status=all"))
    assert "Plan d'essai · Action 1 — Former les agents aux frontières" in text
    assert "Plan d'essai · Objectif 5a — " + UNTRANSLATED in text
    assert "objective 5a" not in text
