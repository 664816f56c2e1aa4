"""A meeting's recommendations counted from the list that gives them.

Outcome pages often list "the following recommendations:" one by one, or under a
"Key recommendations" heading, without writing how many there are. When a document
reports one meeting and states no count, the recommendations it lists (found as the
outcome items of :mod:`processus.extraction.outcomes`) are that meeting's count. With
several meetings on the page the list could belong to any of them, so nothing is
counted.
"""

from __future__ import annotations

import re

from processus.extraction.document import Document
from processus.extraction.fields.context import new_evidence
from processus.extraction.outcomes import RECOMMENDATION, extract_outcome_items
from processus.extraction.records import MeetingRecord

# the stems of the word in the five languages: no list without one of them
_CUE = re.compile(r"recommend|recommand|recomend|raccomand", re.IGNORECASE)
#: A list of one is no list of recommendations worth a count.
_FEWEST = 2
# a list introduced as a choice among more ("Among the calls for action, participants
# recommended:", "notamment", "entre otras") gives some of them, not their number
_SOME_OF = re.compile(
    r"\b(?:among|including|notably|some\s+of|parmi|notamment|dont|entre\s+(?:otras|ellas|"
    r"outras|as\s+quais)|tra\s+(?:cui|le\s+quali|l['’]altro)|incluid[oa]s?|including)\b",
    re.IGNORECASE,
)


def count_listed_recommendations(doc: Document, records: list[MeetingRecord]) -> None:
    """Give the page's only meeting the number of recommendations it lists."""
    if len(records) != 1 or records[0].recommendations is not None:
        return
    if _CUE.search(doc.text) is None:
        return
    items = [i for i in extract_outcome_items(doc.text) if i.kind == RECOMMENDATION]
    if len(items) < _FEWEST or any(_SOME_OF.search(i.cue) for i in items):
        return
    record, last = records[0], items[-1]
    record.recommendations = len(items)
    note = f"the last of {len(items)} recommendations listed"
    record.evidence.append(
        new_evidence(doc, "recommendations", last.start, last.end, True, note,
                     "count:listed recommendations")
    )  # fmt: skip
