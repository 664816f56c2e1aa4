"""The documents page's link to the upload page, shown to editors only."""

from __future__ import annotations

from typing import Any

from django import template

from processus.kb.operations import can_edit_record

register = template.Library()


@register.inclusion_tag("intake/includes/upload_link.html", takes_context=True)
def upload_link(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    return {"show": can_edit_record(getattr(request, "user", None))}
