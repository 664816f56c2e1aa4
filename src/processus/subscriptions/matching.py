"""Which subscriptions a meeting matches: one rule per target kind, stated once.

* **dialogue**: the meeting belongs to the dialogue (a joint meeting to each of its dialogues);
* **country**: the meeting is held in the country, or the country hosts, chairs or
  organises it;
* **theme**: the meeting's thematic domains include it;
* **objective**: the meeting is linked to the objective, or to one of its actions
  (suggested or confirmed links; a rejected one is no link).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from processus.kb.models import Meeting, MeetingLink
from processus.subscriptions.models import Subscription
from processus.subscriptions.targets import TargetKind


def meeting_targets(meeting: Meeting) -> Q:
    """The subscriptions (a ``Q`` on :class:`Subscription`) whose target ``meeting`` matches."""
    countries = set(meeting.roles.values_list("actor_id", flat=True))
    if meeting.country_id is not None:
        countries.add(meeting.country_id)
    objectives = set()
    for objective_id, action_objective_id in MeetingLink.objects.filter(
        meeting=meeting
    ).values_list("objective_id", "action__objective_id"):
        objectives |= {i for i in (objective_id, action_objective_id) if i is not None}
    themes = [str(t) for t in meeting.themes or []]
    return (
        Q(target=TargetKind.DIALOGUE, dialogue__in=meeting.dialogues.all())
        | Q(target=TargetKind.COUNTRY, actor_id__in=countries)
        | Q(target=TargetKind.THEME, theme__in=themes)
        | Q(target=TargetKind.OBJECTIVE, objective_id__in=objectives)
    )


def matching_subscriptions(meeting: Meeting) -> QuerySet[Subscription]:
    """Active subscriptions that ``meeting`` matches."""
    return Subscription.objects.active().filter(meeting_targets(meeting))
