"""``{% meeting_plan_links meeting [links suggestions] %}``: a meeting's action-plan links
with their reasons, and editors' confirm/reject, for any page that shows the meeting (the
meeting page includes it, with the links and suggestions it has read already)."""

from __future__ import annotations

from typing import Any

from django import template

from processus.kb.operations import can_edit_record
from processus.plans.review import meeting_review

register = template.Library()


@register.inclusion_tag("plans/includes/meeting_links.html", takes_context=True)
def meeting_plan_links(
    context: template.Context,
    meeting: Any,
    links: list[Any] | None = None,
    suggestions: list[Any] | None = None,
) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "meeting": meeting,
        "rows": meeting_review(meeting, links, suggestions),
        "can_edit": can_edit_record(user),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
