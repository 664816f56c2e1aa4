"""Positions in the site's search: a statement is a kind of result, leading to its place."""

from __future__ import annotations

from django.urls import reverse

from processus.roundtable import operations
from processus.search.engine import search
from processus.search.indexing import reindex
from processus.search.models import EntryKind, SearchEntry

WORDS = "Circular mobility schemes for seasonal farm workers are our first request."


def _statement(editor, table, world):
    return operations.save_statement(editor, table.q2, world.senegal, text=WORDS)


def _statements(response):
    return [r for r in response.results if r.kind == EntryKind.STATEMENT]


def test_the_search_finds_a_position_and_leads_to_it(editor, table, world):
    statement = _statement(editor, table, world)
    found = _statements(search("seasonal farm workers"))
    assert len(found) == 1
    result = found[0]
    assert result.url == (
        reverse("roundtable:page", args=[world.som.pk]) + f"#statement-{statement.pk}"
    )
    assert result.title.startswith("Senegal — Q2. How can partnerships support legal pathways")
    assert result.meeting_id == world.som.pk
    assert "<mark>" in str(result.snippet)
    assert _statements(search("fisheries quotas")) == []


def test_the_country_name_in_either_language_finds_its_position(editor, table, world):
    _statement(editor, table, world)
    assert len(_statements(search("Sénégal circular mobility"))) == 1


def test_meeting_filters_apply_to_positions(editor, table, world):
    _statement(editor, table, world)
    assert len(_statements(search("seasonal", {"dialogue": "rabat-process"}))) == 1
    assert _statements(search("seasonal", {"dialogue": "khartoum-process"})) == []


def test_a_removed_statement_leaves_the_search(editor, table, world):
    statement = _statement(editor, table, world)
    operations.remove_statement(editor, statement)
    assert _statements(search("seasonal farm workers")) == []
    assert not SearchEntry.objects.filter(kind=EntryKind.STATEMENT).exists()


def test_a_meeting_indexed_again_keeps_its_positions_and_reindex_rebuilds_them(
    editor, table, world
):
    _statement(editor, table, world)
    from processus.search.indexing import index_meeting

    index_meeting(world.som)
    assert len(_statements(search("seasonal farm workers"))) == 1
    counts = reindex()
    assert counts["statements"] == 1
    assert len(_statements(search("seasonal farm workers"))) == 1


def test_the_search_page_shows_the_position(anon_client, editor, table, world):
    _statement(editor, table, world)
    text = anon_client.get(reverse("web:search"), {"q": "seasonal farm workers"}).content.decode()
    assert "Round-table position" in text
    assert f"/meetings/{world.som.pk}/round-table/#statement-" in text
