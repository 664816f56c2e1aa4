"""What other pages show of the round table: the meeting page's link to it."""

from __future__ import annotations

from django import template

from processus.kb.models import Meeting
from processus.roundtable.queries import question_counts

register = template.Library()


@register.simple_tag
def round_table_counts(meeting: Meeting) -> tuple[int, int]:
    """``{% round_table_counts meeting as counts %}``: (questions, statements)."""
    return question_counts(meeting)
