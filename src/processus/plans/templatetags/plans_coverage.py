"""``{% coverage_item_meetings item coverage %}``: one coverage item's latest meetings, as HTML.

The coverage page shows this list under every area, objective and action: about fifty
lists of up to five meetings on the Cádiz plan, each with a link, a status badge, the
item it came through and the link's reason. Rendered as a template include it cost
about four fifths of the page's time (≈ 2,000 template nodes and 230 URL reversals per
request with the page cache off), so it is written here in a few string operations:
the meeting address is reversed once per request and filled in per meeting. The HTML
is the one the include gave, byte for byte (``tests/plans/test_coverage_markup.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from processus.plans.coverage import CONFIRMED, Coverage, ItemCoverage, LinkedMeeting

register = template.Library()

#: Meetings shown per item; the rest are in the meeting list, coverage.json and the CSV.
SHOWN = 5
#: A meeting id no real meeting has, reversed once and replaced by each meeting's id.
_PLACEHOLDER = 987654321


def _meeting_line(meeting: LinkedMeeting, address: str, labels: dict[str, str]) -> str:
    """One ``<li>``: link, date, status badge, the item it came through, the reason.

    Plain ``html.escape`` (what Django's ``escape`` calls) rather than ``format_html``:
    this runs about two hundred times per page and the lazy-string wrappers cost more
    than the markup.
    """
    parts = [f'\n<li><a href="{address}">{escape(meeting.title)}</a>']
    if meeting.start:
        parts.append(f' <span class="meta">{escape(meeting.start)}</span>')
    status, label = (
        escape(meeting.status),
        labels[CONFIRMED if meeting.status == CONFIRMED else "suggested"],
    )
    parts.append(f'\n  <span class="badge badge--{status}">{label}</span>')
    if meeting.via:
        through = labels["through"] % {"via": escape(meeting.via)}
        parts.append(f' <span class="meta">{through}</span>')
    parts.append("\n  ")
    if meeting.reason:
        parts.append(f'<br><span class="reason">{escape(meeting.reason)}</span>')
    parts.append("</li>")
    return "".join(parts)


@dataclass(frozen=True)
class _PageParts:
    """What every list on the page shares, worked out once per page (per render)."""

    meeting_address: str  # with _PLACEHOLDER for the meeting's id
    list_address: str
    labels: dict[str, str]

    @classmethod
    def of(cls, context: template.Context) -> _PageParts:
        parts = context.render_context.get(__name__)
        if parts is None:
            parts = cls(
                reverse("web:meeting", args=[_PLACEHOLDER]),
                reverse("web:meetings"),
                {
                    CONFIRMED: escape(gettext("confirmed")),
                    "suggested": escape(gettext("suggested")),
                    # As {% blocktranslate %} does: the translation is markup, values escaped.
                    "through": gettext("through %(via)s"),
                },
            )
            context.render_context[__name__] = parts
        return parts


def _more_line(item: ItemCoverage, coverage: Coverage, list_address: str) -> str:
    """'and 12 more meetings', with a link to the filtered meeting list for areas and
    objectives (the list filters by those, not by actions)."""
    more = len(item.meetings) - SHOWN
    text = ngettext("and %(counter)s more meeting", "and %(counter)s more meetings", more)
    link = ""
    if item.kind in ("area", "objective"):
        link = format_html(
            ': <a href="{}?{}={}&amp;since={}&amp;until={}">{}</a>',
            list_address,
            item.kind,
            item.pk,
            coverage.period_start.isoformat(),
            coverage.period_end.isoformat(),
            gettext("all of them in the meeting list"),
        )
    return format_html(
        '<p class="more-meetings">{}{}</p>', mark_safe(text % {"counter": more}), link
    )


@register.simple_tag(takes_context=True)
def coverage_item_meetings(
    context: template.Context, item: ItemCoverage, coverage: Coverage
) -> str:
    """The item's latest meetings, or 'Not addressed yet'."""
    if not item.meetings:
        return format_html('<p class="gap">{}</p>\n', gettext("Not addressed yet"))
    parts = _PageParts.of(context)
    placeholder = str(_PLACEHOLDER)
    lines = [
        _meeting_line(
            m, parts.meeting_address.replace(placeholder, str(m.meeting_id)), parts.labels
        )
        for m in item.meetings[:SHOWN]
    ]
    more = ""
    if len(item.meetings) > SHOWN:
        more = _more_line(item, coverage, parts.list_address)
    return mark_safe('<ul class="linked-meetings">' + "".join(lines) + "\n</ul>" + more + "\n")
