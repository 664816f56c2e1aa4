"""A meeting's values in the shape of the extraction contract, and their labels.

The same names (``start``, ``hosts``, ``participants_qualifier``…) are used by
extraction, by :class:`~processus.kb.models.Evidence` rows and by the downloads,
so a value shown on a page can be compared with the evidence for it.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LIST_FIELDS = frozenset({"dialogues", "hosts", "chairs", "organisers", "themes", "links"})

FIELD_LABELS: dict[str, Promise] = {
    "kind": _("kind"),
    "title": _("title"),
    "dialogues": _("dialogues"),
    "start": _("start"),
    "end": _("end"),
    "city": _("city"),
    "country": _("country"),
    "format": _("format"),
    "status": _("status"),
    "hosts": _("hosts"),
    "chairs": _("chairs"),
    "organisers": _("organisers"),
    "participants": _("participants"),
    "participants_qualifier": _("participants qualifier"),
    "countries_count": _("countries represented"),
    "recommendations": _("recommendations"),
    "registration_deadline": _("registration deadline"),
    "themes": _("thematic domains"),
    "links": _("action-plan links"),
}


def value_items(value: Any) -> list[str]:
    """A value as a list of comparable strings (``"Morocco"`` → ``["Morocco"]``, null → ``[]``)."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item not in (None, "")]
    return [str(value)]


def value_label(value: Any) -> str:
    """A value as a reader sees it in a list of conflicting values or in the history."""
    items = value_items(value)
    return ", ".join(items) if items else "—"
