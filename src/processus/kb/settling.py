"""The end of an ingestion run: the mentions whose place depended on order, placed again.

Two rules of consolidation look at what the record holds when a document is stored:
a date written without a year takes the year that the meetings known then make
unambiguous, and a month- or year-only mention joins the one day-precise meeting it
matches. A document stored later can change either answer. :meth:`Settler.settle`
decides them again at the end of every run, as if each such mention's document came
last, so the record does not depend on the order of the files or of the writers: the
last run to end sees every document. The rules themselves are in
:mod:`processus.kb.consolidation`; the writer, whose state this works on, is
:class:`processus.kb.ingest.Ingestor`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from django.db.models import Q

from processus.kb import consolidation as rules
from processus.kb.models import Evidence, Meeting, MeetingMention
from processus.kb.writer_lock import record_write, with_lock_retries, writing

if TYPE_CHECKING:
    from processus.kb.ingest import Ingestor


class Settler:
    """The end-of-run steps of one :class:`~processus.kb.ingest.Ingestor`, on its state
    (index, cached meetings, report) and through its writing methods."""

    def __init__(self, writer: Ingestor) -> None:
        self.writer = writer

    def settle(self) -> None:
        """The end of a run: put every order-sensitive mention where the whole record says.

        Month-only meetings fold into the day-precise meeting they match
        (:meth:`merge_vague_meetings`), then :meth:`settle_mentions` looks again at
        each guessed year and each month- or year-only mention. Each step can give the
        other something to do, so they alternate until neither changes anything
        (three rounds at most).
        """
        for _round in range(3):
            if not self.writer.merge_vague_meetings() + self.settle_mentions():
                return

    def settle_mentions(self) -> int:
        """Place again, on the whole record, the mentions whose place depended on order.

        A year-less date ("on 9 May") takes the year the meetings known when its
        document is stored make unambiguous, and a month-only mention joins the one
        day-precise meeting it matches; a document stored later can change either
        answer. At the end of a run each such mention is decided again as if its
        document came last, in content order, and moved if the answer changed, so
        the record does not depend on the order of the files or of the writers (the
        last run to end sees every document). One transaction under the writer lock;
        returns the number of mentions changed.
        """
        changed: list[int] = []

        def settle() -> bool:
            changed.clear()
            try:
                with writing():
                    self.writer._catch_up()
                    meetings = self._settle_all(changed)
                    if meetings:
                        self.writer.generation = record_write(meetings)
            except Exception:
                self.writer.generation = -1  # the index may hold the moves: reload it
                raise
            return True

        with_lock_retries(settle)
        return len(changed)

    def _settle_all(self, changed: list[int]) -> set[int]:
        rows = list(
            MeetingMention.objects.filter(
                Q(record__has_key=rules.AS_EXTRACTED) | Q(precision__in=("month", "year"))
            )
            .order_by("document__content_hash", "position")
            .values("id", "document_id", "meeting_id", "record", "year_inferred")
        )
        homes: dict[int, dict[int, int]] = {}
        for mention_id, document_id, meeting_id in MeetingMention.objects.filter(
            document_id__in={row["document_id"] for row in rows}
        ).values_list("id", "document_id", "meeting_id"):
            homes.setdefault(document_id, {})[mention_id] = meeting_id
        touched: set[int] = set()
        for found in rows:
            row: dict[str, Any] = dict(found)
            mine = homes[row["document_id"]]
            row["meeting_id"] = mine[row["id"]]  # moved meanwhile?
            if rules.year_was_guessed(row["record"]):
                moved = self._settle_year(row, mine)
            else:
                moved = self._settle_vague(row, mine)
            if moved:
                changed.append(row["id"])
                touched |= moved
        return touched

    def _settle_year(self, row: dict[str, Any], homes: dict[int, int]) -> set[int]:
        """Resolve one guessed year again; the meetings changed (none when it stands).

        The mention is looked up as if its document came last: its own meeting's key
        is taken without it while the year and the meeting are chosen.
        """
        stored = row["record"]
        extracted = stored[rules.AS_EXTRACTED]
        original = {**stored, **{name: extracted.get(name) for name in rules.YEAR_FIELDS}}
        own_key = self._detach(row["id"], row["meeting_id"])
        resolved, note = self.writer._resolved_year(original, row["document_id"])
        record = {**stored, **{name: resolved.get(name) for name in rules.YEAR_FIELDS}}
        record[rules.AS_EXTRACTED] = {**extracted, "chosen": note}
        target = self._home(row, record, homes)
        rest = self.writer.index.keys.get(row["meeting_id"])
        if target is None and (rest is None or not rest.day_precise):
            # Nothing else in its meeting gives a day: the meeting is this mention's
            # (month-only mentions fold into it at the end of a run): it stays.
            target = row["meeting_id"]
        if record == stored and target == row["meeting_id"]:
            if own_key is not None:
                self.writer.index.add(row["meeting_id"], own_key)
            return set()
        first, last, precision = rules.day_span(record.get("start"), record.get("end"))
        self.writer._mentions.update(
            row["id"],
            {"record": record, "first_day": first, "last_day": last,
             "precision": precision, "year_inferred": note is None},
        )  # fmt: skip
        for name in rules.YEAR_FIELDS:
            Evidence.objects.filter(mention_id=row["id"], field=name).update(
                value=record.get(name), note=(note or extracted["notes"].get(name, ""))[:300]
            )
        return self._place(row, record, target, homes)

    def _settle_vague(self, row: dict[str, Any], homes: dict[int, int]) -> set[int]:
        """Move a month- or year-only mention to the meeting the whole record points at.

        Such a mention shapes no day-precise meeting's dates, so it is looked up in
        place, its meeting's key only forgetting its document.
        """
        meeting_id = row["meeting_id"]
        own = self.writer.index.keys.get(meeting_id)
        if own is not None:
            without = own.documents - {row["document_id"]}
            self.writer.index.add(meeting_id, dataclasses.replace(own, documents=without))
        target = self._home(row, row["record"], homes)
        stays = target == meeting_id or (
            # ambiguous, and already in a meeting of month-only mentions
            target is None and own is not None and own.first_day and not own.day_precise
        )
        if stays:
            if own is not None:
                self.writer.index.add(meeting_id, own)
            return set()
        return self._place(row, row["record"], target, homes)

    def _home(
        self, row: dict[str, Any], record: dict[str, Any], homes: dict[int, int]
    ) -> int | None:
        """The meeting a mention belongs in now (never one holding another of its
        document's records), or ``None`` for a meeting of its own."""
        others = {m for mention, m in homes.items() if mention != row["id"]}
        key = rules.key_of(record, [row["document_id"]])
        return rules.home_of(self.writer.index, key, allowed=lambda m: m not in others)

    def _detach(self, mention_id: int, meeting_id: int) -> rules.MeetingKey | None:
        """Take a mention out of its meeting's key in the index; the key it had."""
        own_key = self.writer.index.keys.get(meeting_id)
        self.writer._cached_facts([meeting_id])
        rest = [f for f in self.writer.mention_facts[meeting_id] if f.id != mention_id]
        edited = self.writer._edited([meeting_id]).get(meeting_id)
        if rest or edited:
            shown = rules.shown_values(rest, edited)
            key = rules.key_of(shown.values, {f.document for f in rest})
            self.writer.index.add(meeting_id, key)
        else:
            self.writer.index.remove(meeting_id)
        return own_key

    def _place(
        self, row: dict[str, Any], record: dict[str, Any], target: int | None,
        homes: dict[int, int],
    ) -> set[int]:  # fmt: skip
        """Move a mention to ``target`` (``None``: a new meeting, unless it is alone
        where it is) and consolidate both meetings again; the meetings changed.

        The meetings that follow up either one (``follow_up_of``, from a mention that
        builds on this one or on the meeting) are read and consolidated again too: the
        meeting they follow may have moved or gone.
        """
        mention_id, meeting_id = row["id"], row["meeting_id"]
        building_on = MeetingMention.objects.filter(follows_id=mention_id)
        followers = set(building_on.values_list("meeting_id", flat=True))
        created: set[int] = set()
        if target is None and meeting_id not in self.writer.index.keys:
            target = meeting_id  # alone in its meeting: it stays, with its new date
        elif target is None:
            target = self.writer._new_meeting(record, row["year_inferred"])
            created.add(target)
        if target != meeting_id:
            MeetingMention.objects.filter(pk=mention_id).update(meeting_id=target)
            Evidence.objects.filter(mention_id=mention_id).update(meeting_id=target)
            homes[mention_id] = target
        followers |= set(
            Meeting.objects.filter(follow_up_of_id__in=[meeting_id, target]).values_list(
                "pk", flat=True
            )
        )
        self.writer._forget([meeting_id, *followers])
        self.writer.mention_facts.pop(target, None)
        if target not in created:
            self.writer.written.pop(target, None)
        changed = {meeting_id, target, *followers}
        self.writer._refresh_many(sorted(changed), created, {})
        return changed
