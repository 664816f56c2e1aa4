"""``{% meeting_table_rows rows %}``: the meeting list's table body, as HTML.

Fifty lines of six cells, each with a link, a date, dialogues, a status and the hosts
and chairs: as template loops that was about 2,300 template nodes and 50 URL reversals
per request, most of the list's time when the page cache is off. Here the meeting
address is reversed once and each line is a few escaped strings. The HTML is the one
the template gave, byte for byte (``tests/web/test_meeting_table.py``).
"""

from __future__ import annotations

from html import escape

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from processus.web.meeting_list import MeetingRow

register = template.Library()

#: A meeting id no real meeting has, reversed once and replaced by each row's id.
_PLACEHOLDER = 987654321


def _people(row: MeetingRow) -> str:
    return ", ".join(
        f'<span class="role">{escape(name)} <span class="role__name">({escape(roles)})</span>'
        "</span>"
        for name, roles in row.hosts_and_chairs
    )


def _row(row: MeetingRow, address: str, undated: str) -> str:
    """One ``<tr>``: title and meta line (date, dialogues, status), kind, place, people,
    participants; the white space is the template's, so the page reads the same."""
    meta = escape(row.when) if row.when else undated
    meta += "".join(f" · {escape(name)}" for name in row.dialogues)
    if row.status:
        meta += f" · {escape(row.status)}"
    return (
        f'\n      <tr>\n        <th scope="row"><a href="{address}">{escape(row.title)}</a>'
        f'\n          <div class="meta">{meta}</div></th>'
        f"\n        <td>{escape(row.kind)}</td>"
        f"\n        <td>{escape(row.where)}</td>"
        f"\n        <td>{_people(row)}</td>"
        f'\n        <td class="number-cell">{escape(row.participants)}</td>'
        "\n      </tr>\n      "
    )


@register.simple_tag
def meeting_table_rows(rows: list[MeetingRow]) -> SafeString:
    """The ``<tr>`` of every row, in order."""
    pattern = reverse("web:meeting", args=[_PLACEHOLDER])
    placeholder = str(_PLACEHOLDER)
    undated = escape(gettext("date unknown"))
    return mark_safe(
        "".join(_row(row, pattern.replace(placeholder, str(row.pk)), undated) for row in rows)
    )
