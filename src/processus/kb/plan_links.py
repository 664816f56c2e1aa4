"""Link meetings to the areas of the action plan in force, from their extracted themes.

Extraction tags each meeting with the thematic domains 1–5 that the Joint
Valletta Action Plan, the Marrakesh Programme and the Cadiz Action Plan share.
A meeting of a dialogue, dated within one of that dialogue's frameworks, is
therefore linked to the framework's area with the same number. Such links are
``extracted``; a link an editor confirmed is never removed here, and objectives
and actions are left to editors (themes are too coarse to name them).

The sync is global and idempotent — it compares the links that should exist
with the extracted ones that do — so an interrupted ingest run is put right by
the next one.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction

from processus.kb.models import Area, Evidence, Framework, Meeting, MeetingLink


def desired_area_links() -> set[tuple[int, int]]:
    """(meeting id, area id) for every dated meeting whose themes name areas of a plan in force."""
    areas: dict[tuple[int, int], int] = {
        (framework_id, number): pk
        for pk, framework_id, number in Area.objects.values_list("pk", "framework_id", "number")
    }
    frameworks_by_dialogue: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for pk, dialogue_id, first, last in Framework.objects.values_list(
        "pk", "dialogue_id", "period_start", "period_end"
    ):
        frameworks_by_dialogue[dialogue_id].append((pk, first, last))
    dialogues_of: dict[int, list[int]] = defaultdict(list)
    for meeting_id, dialogue_id in Meeting.dialogues.through.objects.values_list(
        "meeting_id", "dialogue_id"
    ):
        dialogues_of[meeting_id].append(dialogue_id)
    # Once an editor has set a meeting's links, they are the editor's to keep.
    edited = Evidence.objects.filter(field="links", method=Evidence.Method.EDITED)
    wanted: set[tuple[int, int]] = set()
    for meeting_id, start, themes in (
        Meeting.objects.filter(start__isnull=False)
        .exclude(pk__in=edited.values("meeting_id"))
        .values_list("pk", "start", "themes")
    ):
        numbers = {int(t) for t in themes or [] if str(t).isdigit()}
        if not numbers or start is None:
            continue
        for dialogue_id in dialogues_of.get(meeting_id, ()):
            for framework_id, first, last in frameworks_by_dialogue.get(dialogue_id, ()):
                if first <= start.year <= last:
                    wanted.update(
                        (meeting_id, areas[(framework_id, n)])
                        for n in numbers
                        if (framework_id, n) in areas
                    )
    return wanted


def sync_theme_links() -> tuple[int, int]:
    """Create missing extracted area links and drop stale ones; returns (created, removed)."""
    wanted = desired_area_links()
    existing = dict(
        ((meeting_id, area_id), pk)
        for pk, meeting_id, area_id, source in MeetingLink.objects.filter(
            area__isnull=False
        ).values_list("pk", "meeting_id", "area_id", "source")
        if source == MeetingLink.Source.EXTRACTED
    )
    confirmed = set(
        MeetingLink.objects.filter(
            area__isnull=False, source=MeetingLink.Source.CONFIRMED
        ).values_list("meeting_id", "area_id")
    )
    missing = wanted - existing.keys() - confirmed
    edited = set(
        Evidence.objects.filter(field="links", method=Evidence.Method.EDITED).values_list(
            "meeting_id", flat=True
        )
    )
    stale = [pk for key, pk in existing.items() if key not in wanted and key[0] not in edited]
    with transaction.atomic():
        if stale:
            MeetingLink.objects.filter(pk__in=stale).delete()
        MeetingLink.objects.bulk_create(
            [MeetingLink(meeting_id=m, area_id=a) for m, a in sorted(missing)],
            batch_size=500,
        )
    return len(missing), len(stale)
