"""Suggestions are stored idempotently; editors' decisions hold against every later run."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from processus.kb.models import Document, Evidence, MeetingLink
from processus.kb.plan_links import sync_theme_links
from processus.plans.models import LinkSuggestion
from processus.plans.operations import LinkError, decide_link, decide_links, suggest_links
from tests.plans.conftest import meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def cadiz(plan):
    """The test plan's items carry Cadiz's numbers, so the Cadiz lexicon gives them terms."""
    plan.framework.key = "cadiz-2023-2027"
    plan.framework.save()
    return plan


def _passage(m, text):
    document = Document.objects.create(
        content_hash=f"{m.pk:064d}", original_name=f"doc{m.pk}.txt", text=text
    )
    Evidence.objects.create(meeting=m, field="start", document=document, start=0, end=len(text))


def _links(m):
    return sorted(
        (link.area or link.objective or link.action).__class__.__name__.lower()
        + " "
        + str((link.area or link.objective or link.action).number)
        for link in m.links.select_related("area", "objective", "action")
    )


def test_suggestions_carry_score_and_reason_and_a_second_run_writes_nothing(cadiz):
    m = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    m.themes = [1]
    m.save()
    first = suggest_links()
    assert first.created == 2 and _links(m) == ["area 1", "objective 1"]
    row = LinkSuggestion.objects.get(meeting=m, objective=cadiz.objectives["1"])
    assert row.status == "suggested" and row.score >= 2.0
    assert row.reason["terms"][:2] == ["diaspora investment", "remittances"]
    assert row.reason["passage"] == "Diaspora investment and remittances"
    again = suggest_links()
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert sync_theme_links() == (0, 0)  # ingestion's hook runs the same suggester


def test_a_rejected_link_is_never_suggested_again_and_a_confirmed_one_stays(cadiz, editor):
    m = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment")
    _passage(m, "A round table on remittances and diaspora engagement.")
    suggest_links()
    assert _links(m) == ["area 1", "objective 1"]
    decide_link(m.pk, "objective", cadiz.objectives["1"].pk, "rejected", editor, "not this one")
    assert _links(m) == ["area 1"]
    suggest_links()
    assert _links(m) == ["area 1"]
    row = LinkSuggestion.objects.get(meeting=m, objective=cadiz.objectives["1"])
    assert (row.status, row.decided_by, row.note) == ("rejected", editor, "not this one")
    decide_link(m.pk, "objective", cadiz.objectives["1"].pk, "confirmed", editor)
    m.title = "Something else"  # the words are gone: a suggestion would be withdrawn
    m.save()
    Evidence.objects.filter(meeting=m).delete()
    assert suggest_links().removed == 1  # the area's suggestion, not the editor's objective
    assert m.links.get().source == MeetingLink.Source.CONFIRMED


def test_stale_suggestions_go_and_links_from_other_sources_are_kept(cadiz):
    m = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    suggest_links()
    MeetingLink.objects.create(meeting=m, source="confirmed", objective=cadiz.objectives["5b"])
    m.title = "Seminar"
    m.save()
    result = suggest_links()
    assert result.removed == 2 and _links(m) == ["objective 5b"]
    assert not LinkSuggestion.objects.filter(meeting=m, status="suggested").exists()


def test_a_meeting_whose_links_an_editor_set_gets_no_suggestion(cadiz, editor):
    m = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    Evidence.objects.create(meeting=m, field="links", value=[], method="edited", created_by=editor)
    assert suggest_links().created == 0 and _links(m) == []


def test_meetings_outside_the_plan_or_its_dialogue_get_nothing(cadiz):
    before = meeting(cadiz, dt.date(2021, 5, 15), "Diaspora investment and remittances")
    undated = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    undated.start = undated.end = None
    undated.save()
    elsewhere = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    elsewhere.dialogues.clear()
    suggest_links()
    assert _links(before) == _links(undated) == _links(elsewhere) == []


def test_bulk_decisions_are_all_or_nothing_and_need_an_editor(cadiz, editor):
    a = meeting(cadiz, dt.date(2024, 5, 15))
    b = meeting(cadiz, dt.date(2024, 6, 15))
    good = [(a.pk, "objective", cadiz.objectives["1"].pk), (b.pk, "action", cadiz.actions["3"].pk)]
    with pytest.raises(LinkError, match="There is no action 999999"):
        decide_links([*good, (b.pk, "action", 999999)], "confirmed", editor)
    assert not MeetingLink.objects.exists() and not LinkSuggestion.objects.exists()
    reader = get_user_model().objects.create_user("reader", password="reader-pass-1")
    with pytest.raises(PermissionError):
        decide_links(good, "confirmed", reader)
    assert len(decide_links(good, "confirmed", editor)) == 2
    assert MeetingLink.objects.filter(source="confirmed", confirmed_by=editor).count() == 2
    with pytest.raises(LinkError, match="Unknown decision"):
        decide_links(good, "maybe", editor)


def test_the_command_suggests_and_says_what_it_did(cadiz, capsys):
    from processus.cli import main

    m = meeting(cadiz, dt.date(2024, 5, 15), "Diaspora investment and remittances")
    assert main(["suggest-links"]) == 0
    assert "1 meeting(s) read: 2 suggestion(s) added, 0 updated, 0 link(s) removed" in (
        capsys.readouterr().out
    )
    assert _links(m) == ["area 1", "objective 1"]
    assert main(["suggest-links", "--meeting", str(m.pk)]) == 0
    assert "0 suggestion(s) added" in capsys.readouterr().out
