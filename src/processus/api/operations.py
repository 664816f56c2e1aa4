"""State changes the API makes that the knowledge base has no single function for.

A new meeting is an empty row whose every value is then set by
:func:`processus.kb.operations.correct_meeting`, in one transaction under the writer
lock: each value is an edit with evidence method ``edited`` and a line in the
meeting's history, exactly as if an editor had typed it into the correction form, and
a value the record cannot hold leaves no meeting behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from processus.kb.models import Meeting
from processus.kb.operations import correct_meeting
from processus.kb.operations.editors import require_editor
from processus.kb.writer_lock import record_write, writing


def create_meeting(editor: Any, values: Mapping[str, Any], reason: str = "") -> Meeting:
    """A new meeting holding ``values`` (contract values, as for ``correct_meeting``)."""
    require_editor(editor)
    with writing():
        meeting = Meeting.objects.create()
        record_write(meetings=[meeting.pk])
        correct_meeting(meeting, editor, values, reason)
    return meeting
