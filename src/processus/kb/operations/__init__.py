"""The one path every change to the record goes through.

The correction form, the admin, merge and split (and the API to come) call these
functions and nothing else writes editors' changes: each validates the change,
takes the writer lock (:mod:`processus.kb.writer_lock`), writes it, keeps the
editor's values as edited evidence so ingestion leaves them alone, and records a
:class:`~processus.kb.models.MeetingChange` (old value, new value, editor, time,
reason) that the meeting's history shows and that can be reverted or undone.

* :mod:`~processus.kb.operations.values`: reading, comparing and writing values;
* :mod:`~processus.kb.operations.editing`: new meetings, corrections, outcomes, reverts;
* :mod:`~processus.kb.operations.merging`: merge, split and their undo;
* :mod:`~processus.kb.operations.recompute`: shown values again from the mentions;
* :mod:`~processus.kb.operations.editors`: who may change the record.
"""

from processus.kb.operations.editing import (
    OUTCOME_FIELDS,
    OUTCOMES_FIELD,
    OperationError,
    change_outcome,
    correct_meeting,
    create_meeting,
    record_change,
    revert_change,
)
from processus.kb.operations.editors import (
    EDITORS_GROUP,
    can_edit_record,
    create_editor,
    editors_group,
)
from processus.kb.operations.merging import merge_meetings, split_meeting, undo_change
from processus.kb.operations.values import (
    CORRECTABLE_FIELDS,
    current_values,
    follow_up_candidates,
    follow_up_error,
    link_ref,
    resolve_link_refs,
    same_value,
)

__all__ = [
    "CORRECTABLE_FIELDS",
    "EDITORS_GROUP",
    "OUTCOMES_FIELD",
    "OUTCOME_FIELDS",
    "OperationError",
    "can_edit_record",
    "change_outcome",
    "correct_meeting",
    "create_editor",
    "create_meeting",
    "current_values",
    "editors_group",
    "follow_up_candidates",
    "follow_up_error",
    "link_ref",
    "merge_meetings",
    "record_change",
    "resolve_link_refs",
    "revert_change",
    "same_value",
    "split_meeting",
    "undo_change",
]
