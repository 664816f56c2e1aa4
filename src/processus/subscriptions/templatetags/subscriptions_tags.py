"""The "Follow" link other pages show (a dialogue, a country, a theme, an objective)."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("subscriptions/includes/follow.html")
def follow_link(
    kind: str, value: object, label: str = "", hidden: object = ""
) -> dict[str, object]:
    """``{% follow_link "country" actor.key actor.display_name %}``: a link to the follow form
    with the target preset (never a form: the pages that show it stay cacheable). ``hidden``
    completes the link's accessible name when ``label`` is empty."""
    return {
        "url": reverse("subscriptions:follow") + "?" + urlencode({kind: value}),
        "label": label,
        "hidden": hidden,
    }
