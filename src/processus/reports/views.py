"""The reports' pages: choose a plan and a scope, read the report, download it as PDF or HTML.

Views stay thin: :func:`processus.reports.rendering.make_report` computes, the
templates show. A question the report cannot answer (unknown chair, a period that
ends before it starts, both a period and a chair) is a 400 that says why.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from processus.filters import BadQuery
from processus.kb.models import Chairmanship, Framework
from processus.reports.figures import Report, ReportError
from processus.reports.filters import ReportFilterSet
from processus.reports.rendering import (
    PdfUnavailable,
    make_report,
    render_report,
    report_context,
)
from processus.web.bad_query import bad_query_response


def index(request: HttpRequest) -> HttpResponse:
    plans = []
    for framework in Framework.objects.select_related("dialogue").order_by("-period_start"):
        chairs = (
            Chairmanship.objects.filter(dialogue=framework.dialogue_id)
            .select_related("actor")
            .order_by("-start")
        )
        plans.append(
            {
                "key": framework.key,
                "name": framework.display_name,
                "first": framework.period_start,
                "last": framework.period_end,
                "chairs": [
                    (c.actor.key, f"{c.actor.display_name} ({c.period_label})") for c in chairs
                ],
            }
        )
    return render(request, "reports/index.html", {"plans": plans, "nav_current": "reports"})


def _report(request: HttpRequest, key: str) -> Report:
    if not Framework.objects.filter(key=key).exists():
        raise Http404(_("No action plan has this key."))
    query = ReportFilterSet.from_query(request.GET)
    chair = query.setting("chairmanship")
    start, end = query.setting("from"), query.setting("to")
    try:
        return make_report(
            key,
            start=start,
            end=end,
            chairmanship=chair,
            language=translation.get_language() or "en",
        )
    except ReportError as exc:
        raise BadQuery({"chairmanship" if chair else "from": [str(exc)]}) from exc


def report(request: HttpRequest, key: str) -> HttpResponse:
    try:
        result = _report(request, key)
    except BadQuery as error:
        return bad_query_response(request, error, "html")
    context = report_context(result, base_url="")
    context.update(link_meetings=True, query=request.GET.urlencode(), nav_current="reports")
    return render(request, "reports/page.html", context)


def download(request: HttpRequest, key: str, fmt: str) -> HttpResponse:
    try:
        result = _report(request, key)
    except BadQuery as error:
        return bad_query_response(request, error, "csv")
    base_url = request.build_absolute_uri("/").rstrip("/")
    content_type = "application/pdf" if fmt == "pdf" else "text/html; charset=utf-8"
    try:
        body = render_report(result, fmt, base_url)
    except PdfUnavailable:
        message = _("PDF reports cannot be made on this server; the HTML file can.")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(body, content_type=content_type)
    name = f"report-{result.plan_key}-{result.period_start}-{result.period_end}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
