"""The meeting list's table body, written by ``{% meeting_table_rows %}``: each line's link,
meta line, cells and people, escaped, in the page's language."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

from processus.web.meeting_list import MeetingRow

TABLE = Template("{% load meeting_table %}{% meeting_table_rows rows %}")


def _row(**fields: object) -> MeetingRow:
    values: dict[str, object] = {
        "pk": 12, "title": "Workshop", "kind": "Workshop", "when": "", "dialogues": [],
        "status": "", "where": "", "hosts_and_chairs": [], "participants": "",
    }  # fmt: skip
    return MeetingRow(**(values | fields))  # type: ignore[arg-type]


def _render(rows: list[MeetingRow], language: str = "en") -> str:
    with translation.override(language):
        return TABLE.render(Context({"rows": rows}))


def test_a_full_row_gives_every_cell_escaped():
    row = _row(
        pk=7, title="Border <management> & return", kind="Senior officials' meeting",
        when="3 March 2024", dialogues=["Rabat Process", "Khartoum Process"], status="past",
        where="Madrid, Spain",
        hosts_and_chairs=[("Spain", "host, chair"), ("Côte d'Ivoire", "chair")],
        participants="about 120",
    )  # fmt: skip
    assert _render([row]) == (
        "\n      <tr>"
        '\n        <th scope="row">'
        '<a href="/meetings/7/">Border &lt;management&gt; &amp; return</a>'
        '\n          <div class="meta">'
        "3 March 2024 · Rabat Process · Khartoum Process · past</div></th>"
        "\n        <td>Senior officials&#x27; meeting</td>"
        "\n        <td>Madrid, Spain</td>"
        '\n        <td><span class="role">Spain <span class="role__name">(host, chair)</span>'
        '</span>, <span class="role">Côte d&#x27;Ivoire <span class="role__name">(chair)'
        "</span></span></td>"
        '\n        <td class="number-cell">about 120</td>'
        "\n      </tr>\n      "
    )


@pytest.mark.parametrize(
    ("language", "address", "undated"),
    [("en", "/meetings/12/", "date unknown"), ("fr", "/fr/meetings/12/", "date inconnue")],
)
def test_an_undated_row_says_so_in_the_page_language(language, address, undated):
    html = _render([_row()], language)
    assert f'<a href="{address}">Workshop</a>' in html
    assert f'<div class="meta">{undated}</div>' in html
    assert "<td></td>" in html  # no place, no people
    assert " · " not in html


def test_a_dated_row_shows_no_undated_label_and_rows_keep_their_order():
    html = _render([_row(pk=1, when="2025"), _row(pk=2, title="Second", status="upcoming")])
    assert '<div class="meta">2025</div>' in html
    assert '<div class="meta">date unknown · upcoming</div>' in html
    assert html.index('href="/meetings/1/"') < html.index('href="/meetings/2/"')
    assert html.count("<tr>") == 2


def test_no_rows_give_no_markup():
    assert _render([]) == ""
