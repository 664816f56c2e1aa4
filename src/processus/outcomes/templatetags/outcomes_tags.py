"""What other pages show of the outcomes app: a meeting's count conflict, the tracker link."""

from __future__ import annotations

from django import template

from processus.kb.models import Meeting
from processus.outcomes.conflicts import CountConflict, count_conflict

register = template.Library()


@register.simple_tag
def outcome_count_conflict(meeting: Meeting) -> CountConflict | None:
    """``{% outcome_count_conflict meeting as conflict %}``: the meeting's conflict, or None."""
    return count_conflict(meeting)
