"""The round-table page, its editors' forms, permissions and the positions search."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from processus.kb.operations import OperationError
from processus.roundtable import operations
from processus.roundtable.models import Statement
from tests.roundtable.conftest import SPEECH, SPEECH_PASSAGE
from tests.web.conftest import csrf_token
from tests.web.conftest import page_text as _page_html


def page_text(response) -> str:
    """The page's words as read: tags left out, entities decoded, spaces collapsed."""
    inline = re.sub(r"</?(?:a|span|strong|em|q)\b[^>]*>", "", _page_html(response))
    return " ".join(re.sub(r"<[^>]+>", " ", inline).split())


MOROCCO_WORDS = (
    "Morocco stresses regular pathways. "
    "Labour migration partnerships with training for young workers are our answer."
)


def _page(client, meeting, **query):
    return client.get(reverse("roundtable:page", args=[meeting.pk]), query)


@pytest.fixture
def spoken(table, world, editor):
    """Senegal on question 1 from the speech (the passage pasted); Morocco typed on both."""
    senegal = operations.save_statement(
        editor, table.q1, world.senegal, document=table.speech, passage=SPEECH_PASSAGE
    )
    morocco_2 = operations.save_statement(
        editor, table.q2, world.morocco, text=MOROCCO_WORDS, speaker="Minister of the Interior"
    )
    morocco_1 = operations.save_statement(
        editor, table.q1, world.morocco, text="Return must be voluntary and dignified."
    )
    return senegal, morocco_1, morocco_2


def test_a_statement_from_a_document_quotes_its_span_exactly(spoken, table):
    senegal = spoken[0]
    assert senegal.text == SPEECH_PASSAGE
    assert SPEECH[senegal.start : senegal.end] == SPEECH_PASSAGE


def test_the_page_shows_each_question_with_who_spoke_and_a_quoted_summary(
    anon_client, world, spoken
):
    text = page_text(_page(anon_client, world.som))
    assert "Question 1 What are the priorities of your country on return" in text
    assert "Countries that spoke: Morocco, Senegal" in text
    summary = "Our first priority is the reintegration of returning migrants in their communities."
    assert f"“{summary}”" in text
    start = SPEECH.index(summary)
    assert f"Characters {start}–{start + len(summary)} of Statement of Senegal" in text
    assert "(Minister of the Interior)" in text


def test_the_matrix_has_a_row_per_country_and_a_column_per_question(anon_client, world, spoken):
    html = _page(anon_client, world.som).content.decode()
    table = html[html.index('<table class="list round-table-matrix">') :]
    table = table[: table.index("</table>")]
    headers = re.findall(r'<th scope="col"[^>]*>(.*?)</th>', table)
    assert [re.sub(r"<[^>]+>", "", h) for h in headers] == ["Country", "Question 1", "Question 2"]
    rows = re.findall(r'<tr><th scope="row">(.*?)</th>(.*?)</tr>', table)
    assert [name for name, _ in rows] == ["Morocco", "Senegal"]
    morocco, senegal = (cells for _, cells in rows)
    assert morocco.count(">spoke</a>") == 2
    assert senegal.count(">spoke</a>") == 1 and "did not speak" in senegal


def test_the_page_in_french_shows_the_french_question(anon_client, world, spoken):
    response = anon_client.get(f"/fr/meetings/{world.som.pk}/round-table/")
    text = page_text(response)
    assert "Quelles sont les priorités de votre pays" in text
    assert "Table ronde" in text


def test_the_meeting_page_links_to_its_round_table(anon_client, world, spoken):
    text = page_text(anon_client.get(reverse("web:meeting", args=[world.som.pk])))
    assert "2 guiding questions, 3 statements by countries." in text
    other = page_text(anon_client.get(reverse("web:meeting", args=[world.workshop.pk])))
    assert "guiding question" not in other


def test_the_page_search_keeps_only_matching_positions(anon_client, world, spoken):
    text = page_text(_page(anon_client, world.som, q="seasonal schemes"))
    assert "Countries that spoke: Senegal" in text
    assert "Return must be voluntary" not in text
    assert "No position on this question matches the search." in text
    none = page_text(_page(anon_client, world.som, q="fisheries"))
    assert "Countries that spoke" not in none


def test_an_unknown_country_filter_is_a_400_naming_it(anon_client, world, spoken):
    response = _page(anon_client, world.som, country="atlantis")
    assert response.status_code == 400
    assert "There is no country with this key." in response.content.decode()


def test_positions_are_searchable_across_meetings(anon_client, world, spoken):
    response = anon_client.get(reverse("roundtable:positions"), {"q": "réintégration migrants"})
    text = page_text(response)
    assert "1 position found." in text
    assert "Senegal" in text and "Our first priority is the reintegration" in text
    by_country = page_text(
        anon_client.get(reverse("roundtable:positions"), {"country": world.morocco.key})
    )
    assert "2 positions found." in by_country
    missing = page_text(anon_client.get(reverse("roundtable:positions"), {"q": "fisheries"}))
    assert "No position holds these words." in missing


def test_only_editors_change_the_round_table(anon_client, user_client, world, table):
    add = reverse("roundtable:question-add", args=[world.som.pk])
    assert anon_client.get(add).status_code == 302
    assert user_client.get(add).status_code == 403
    assert user_client.post(add, {"text": "Anything?"}).status_code == 403
    with pytest.raises(PermissionError):
        operations.save_question(None, world.som, "A question?", "")


def test_an_editor_adds_a_question_and_a_typed_statement(editor_client, world, table):
    add = reverse("roundtable:question-add", args=[world.som.pk])
    token = csrf_token(editor_client.get(add).content.decode())
    response = editor_client.post(
        add, {"csrfmiddlewaretoken": token, "text": "", "text_fr": "Comment coopérer ?"}
    )
    assert response.status_code == 302
    question = world.som.guiding_questions.get(number=3)
    assert question.text_fr == "Comment coopérer ?"
    url = reverse("roundtable:statement-add", args=[world.som.pk, question.pk])
    response = editor_client.post(url, {"country": world.spain.pk, "text": "Par le dialogue."})
    assert response.status_code == 302
    statement = Statement.objects.get(question=question)
    assert (statement.country, statement.text, statement.document) == (
        world.spain,
        "Par le dialogue.",
        None,
    )


def test_bad_statements_are_refused_with_the_reason(editor_client, world, table):
    url = reverse("roundtable:statement-add", args=[world.som.pk, table.q1.pk])
    empty = editor_client.post(url, {"country": world.spain.pk})
    assert empty.status_code == 400
    assert "Type the country&#x27;s words or choose a document." in empty.content.decode()
    missing = editor_client.post(
        url, {"country": world.spain.pk, "document": table.speech.pk, "passage": "not there"}
    )
    assert missing.status_code == 400
    assert "The passage was not found in document" in missing.content.decode()
    outside = editor_client.post(
        url, {"country": world.spain.pk, "document": table.speech.pk, "start": 5, "end": 99999}
    )
    assert outside.status_code == 400
    assert "is outside document" in outside.content.decode()
    assert not Statement.objects.exists()


def test_an_organisation_cannot_make_a_country_statement(editor, world, table):
    with pytest.raises(OperationError, match="is not a country"):
        operations.save_statement(editor, table.q1, world.icmpd, text="We support it.")


def test_saving_again_replaces_the_countrys_statement(editor, world, table):
    operations.save_statement(editor, table.q1, world.spain, text="First words.")
    operations.save_statement(editor, table.q1, world.spain, text="Second words.")
    assert list(Statement.objects.values_list("text", flat=True)) == ["Second words."]
