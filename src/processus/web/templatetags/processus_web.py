"""Template helpers shared by the pages: partial dates, periods and the language switch."""

from __future__ import annotations

import datetime as dt

from django import template
from django.conf import settings
from django.http import HttpRequest, QueryDict
from django.urls import translate_url
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext

from processus.kb.models import Chairmanship, Meeting, MeetingRole
from processus.kb.partial_dates import Precision
from processus.search.addresses import address
from processus.web.charts import BarChart, chart_html
from processus.web.values import value_label

register = template.Library()


@register.filter
def partial_date(value: dt.date | None, precision: str | None) -> str:
    """A date only as precise as its source: "2024", "July 2024" or "5 July 2024"."""
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


@register.filter
def chair_period(chairmanship: Chairmanship, current: bool = True) -> str:
    """ "2023–2024", "July 2023 – June 2024", "2024" when it began and ended that year,
    "… – March 2017" when only the end is known.

    Without a known end, the current chair reads "since 2025"; an earlier one
    reads "from 2022", so the page never suggests an old chair is still in office.
    """
    start = partial_date(chairmanship.start, chairmanship.start_precision)
    end = partial_date(chairmanship.end, chairmanship.end_precision)
    if not start and not end:
        return gettext("dates unknown")
    if not end:
        template = gettext("since %(start)s") if current else gettext("from %(start)s")
        return template % {"start": start}
    if not start:
        return f"… – {end}"
    if end == start:
        return start
    years_only = chairmanship.start_precision == chairmanship.end_precision == Precision.YEAR
    return f"{start}–{end}" if years_only else f"{start} – {end}"


@register.simple_tag(takes_context=True)
def language_path(context: template.Context, language: str) -> str:
    """The current page's address in ``language``, for the language switch.

    The language is chosen by the address alone ("/meetings/" is English,
    "/fr/meetings/" French), so the switch is a pair of plain links: no form, no
    cookie, and the same page for every visitor, which lets it be cached.
    """
    request: HttpRequest | None = context.get("request")
    if request is None:
        return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
    return translate_url(request.get_full_path(), language)


@register.simple_tag(takes_context=True)
def query_with(context: template.Context, **changes: object) -> str:
    """The current query string with ``changes`` applied (``None`` or "" removes a key);
    changing anything but the page goes back to the first page."""
    request: HttpRequest | None = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    if "page" not in changes:
        query.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = str(value)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def field_value(meeting: Meeting, name: str) -> str:
    """A meeting field as a reader sees it, in the active language (actors are links
    in the template instead)."""
    if name in ("start", "end", "registration_deadline"):
        value = getattr(meeting, name)
        return partial_date(value, getattr(meeting, f"{name}_precision"))
    if name == "status":
        # As of today (dates decide once known), as in the lists and downloads.
        return meeting.get_current_status_display() if meeting.current_status else ""
    if name in ("kind", "format", "participants_qualifier"):
        return str(getattr(meeting, f"get_{name}_display")()) if getattr(meeting, name) else ""
    if name == "dialogues":
        return ", ".join(d.display_name for d in meeting.dialogues.all())
    if name == "themes":
        return ", ".join(str(t) for t in meeting.themes or [])
    value = getattr(meeting, name, None)
    return "" if value is None else str(value)


@register.filter
def percent(part: int, whole: int) -> int:
    """``part`` as a whole percentage of ``whole`` (0 when there is no whole)."""
    return round(100 * part / whole) if whole else 0


@register.filter
def lookup(mapping: dict, key: object) -> object:
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def query_without(context: template.Context, *names: str) -> str:
    """The current query string without ``names`` (and without the page)."""
    request: HttpRequest | None = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for name in (*names, "page"):
        query.pop(name, None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def evidence_value(value: object) -> str:
    """An evidence value as text: lists joined, null as a dash."""
    return value_label(value)


@register.simple_tag
def item_meetings(meetings_by_item: dict, kind: str, pk: int, limit: int = 10) -> list:
    """The first ``limit`` meetings linked to an action-plan item."""
    return list(meetings_by_item.get(f"{kind}-{pk}", []))[:limit]


@register.filter
def hosts_and_chairs(meeting: Meeting) -> list[tuple[str, str]]:
    """(actor name, its roles) for a meeting's hosts and chairs, one entry per actor.

    "Portugal (host, chair)" reads better than the same country listed twice;
    hosts come first, then chairs, each in the order of the sources.
    """
    order: dict[str, int] = {MeetingRole.Role.HOST: 0, MeetingRole.Role.CHAIR: 1}
    roles = sorted(
        (r for r in meeting.roles.all() if r.role in order),
        key=lambda r: (order[r.role], r.position, r.pk),
    )
    grouped: dict[int, tuple[str, list[str]]] = {}
    for role in roles:
        labels = grouped.setdefault(role.actor_id, (role.actor.display_name, []))[1]
        labels.append(str(role.get_role_display()))
    return [(name, ", ".join(labels)) for name, labels in grouped.values()]


@register.filter
def localized_title(item: object) -> str:
    """An item's French title on French pages when it has one, else its title.

    For rows that carry both titles without a ``display_title`` of their own (the
    coverage page's items, dictionaries): a French page never shows the English title
    of an area, objective or action whose French title is known.
    """
    get = item.get if isinstance(item, dict) else lambda name: getattr(item, name, "")
    french = get("title_fr") if get_language() == "fr" else ""
    return str(french or get("title") or "")


@register.simple_tag
def bar_chart(chart: BarChart, chart_id: str, title: str) -> SafeString:
    """``{% bar_chart chart "id" title %}``: the chart's figure (:func:`charts.chart_html`)."""
    return chart_html(chart, chart_id, title)


@register.simple_tag
def meeting_title(meeting: Meeting) -> SafeString:
    """A meeting's linked title, with its date and city: what
    ``web/includes/meeting_title.html`` shows, written without a template (pages list
    dozens of them)."""
    title = meeting.title or capfirst(meeting.get_kind_display())
    href = conditional_escape(address("web:meeting", meeting.pk))
    html = f'<a href="{href}">{conditional_escape(title)}</a>'
    if meeting.start:
        when = partial_date(meeting.start, meeting.start_precision)
        html += f' <span class="when">{conditional_escape(when)}</span>'
    if meeting.city:
        html += f' <span class="where">· {conditional_escape(meeting.city)}</span>'
    return mark_safe(html)  # every value escaped by conditional_escape
