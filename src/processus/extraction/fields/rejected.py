"""Values the document wrote but that were refused as implausible, kept as evidence.

"12 March 9999" or "10^100 participants" fill no field (plausibility.py): the record
carries the quote and the reason instead, so the evidence shows what the document
said and why the field stayed empty.
"""

from __future__ import annotations

from processus.extraction.fields.context import FieldContext
from processus.extraction.plausibility import REJECTED, Rejection
from processus.extraction.records import MeetingRecord

RULE = "plausibility:rejected"


def resolve_rejected(ctx: FieldContext, record: MeetingRecord) -> None:
    """Evidence of each refused value inside the record's spans, for a field left empty."""
    if not ctx.doc.rejected:
        return
    found: list[Rejection] = ctx.doc.within("rejected", ctx.spans)
    for rejection in found:
        if getattr(record, rejection.field) is not None:
            continue  # the field has a value: the refused one is no longer its only reading
        ctx.add(rejection.field, rejection.start, rejection.end, note=REJECTED + rejection.reason,
                rule=RULE)  # fmt: skip
        if ctx.doc.explain is not None:
            ctx.reject(rejection.field, rejection.start, rejection.end, rejection.reason)
