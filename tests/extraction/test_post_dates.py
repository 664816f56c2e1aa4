"""A news listing's item dates are posting days, not meeting days."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.dates import find_dates
from processus.extraction.post_dates import post_date_lines

READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each item's date line heads a headline and an excerpt that tells its own, earlier day
        ("News\n\n18 June 2026\nSenior officials meet in Istanbul\nSenior officials of the "
         "Budapest Process met in Istanbul on 16-17 June to review the Call for Action. Read "
         "more ›\n\n2 April 2026\nPartners convene in Baku\nThe partners met in Baku, "
         "Azerbaijan, on 31 March 2026 to discuss return and reintegration.\n",
         [("2026-06-16", "2026-06-17", "Istanbul"), ("2026-03-31", "2026-03-31", "Baku")]),
        ("Actualités\n\n4 mai 2026\nLes partenaires se réunissent à Dakar\nLes partenaires du "
         "Processus de Rabat ont tenu une réunion thématique sur le retour à Dakar les 28 et "
         "29 avril 2026.\n",
         [("2026-04-28", "2026-04-29", "Dakar")]),
        # a calendar entry whose description tells a later day keeps its date line's
        ("Calendar\n\n12 March 2026\nSteering Committee meeting – Brussels\nThe committee "
         "will review the work plan ahead of the ministerial conference on 3 June 2026.\n",
         [("2026-03-12", "2026-03-12", "Brussels"), ("2026-06-03", "2026-06-03", None)]),
        # an excerpt that tells no day leaves the date line dating its item
        ("News\n\n18 June 2026\nSenior Officials' Meeting in Istanbul\nSenior officials of the "
         "Budapest Process met in Istanbul to review the Call for Action. Read more ›\n",
         [("2026-06-18", "2026-06-18", "Istanbul")]),
    ],
)  # fmt: skip
def test_a_news_items_date_line_is_its_posting_day(text: str, expected: list) -> None:
    records = extract_text(text, "news.txt", READ_ON)
    assert [(r.start, r.end, r.city) for r in records] == expected


def test_the_posting_days_are_furniture_spans() -> None:
    text = (
        "18 June 2026\nSenior officials meet in Istanbul\nSenior officials of the Budapest "
        "Process met in Istanbul on 16-17 June to review the Call for Action.\n"
    )
    dates = find_dates(text)
    assert post_date_lines(text, dates) == [(0, 12)]
    # with a blank line between the date and its headline, no item is read
    apart = text.replace("2026\n", "2026\n\n", 1)
    assert post_date_lines(apart, find_dates(apart)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line ending on a full stop, an excerpt with no final line break or ending on
        # an ellipsis
        ("News\n\n18 June 2026.\nSenior officials meet in Istanbul\nSenior officials of the "
         "Budapest Process met in Istanbul on 16-17 June to review the Call for Action.",
         [("2026-06-16", "Istanbul")]),
        ("News\n\n18 June 2026\nSenior officials meet in Istanbul\nSenior officials of the "
         "Budapest Process met in Istanbul on 16-17 June to review the Call for Action, and…",
         [("2026-06-16", "Istanbul")]),
        # a later day of the same month under a calendar's date line keeps the date line
        ("Calendar\n\n12 March 2026\nSteering Committee meeting – Brussels\nThe committee "
         "prepares the thematic meeting that will take place on 20 March 2026.\n",
         [("2026-03-12", "Brussels"), ("2026-03-20", None)]),
        # an excerpt that tells only a year keeps the date line
        ("News\n\n18 June 2026\nSenior Officials' Meeting in Istanbul\nSenior officials of "
         "the Budapest Process met in Istanbul, as they have each year since 2019.\n",
         [("2026-06-18", "Istanbul")]),
    ],
)  # fmt: skip
def test_the_items_limits(text: str, expected: list) -> None:
    records = extract_text(text, "news.txt", READ_ON)
    assert [(r.start, r.city) for r in records] == expected
