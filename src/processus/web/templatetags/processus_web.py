"""Template helpers shared by the pages: partial dates, periods and the language switch."""

from __future__ import annotations

import datetime as dt

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.formats import date_format
from django.utils.translation import gettext

from processus.kb.models import Chairmanship
from processus.kb.partial_dates import Precision

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
def default_language_path(context: template.Context) -> str:
    """The current page's address in the default language, for the language switch.

    Django's ``set_language`` view translates ``next`` into the chosen language
    by resolving it in the language of its own request, which is always the
    default one (``/i18n/setlang/`` carries no prefix). Handing it the unprefixed
    address therefore lets it switch both ways: "/" → "/fr/" and back.
    """
    request: HttpRequest | None = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), settings.LANGUAGE_CODE)
