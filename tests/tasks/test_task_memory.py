"""What an ingest task's writer keeps in memory: the matching index, not the record's mentions.

Each ingest task builds a writer (:class:`processus.kb.ingest.Ingestor`) whose matching
index covers every meeting of the knowledge base. It used to keep every mention's
record beside the index as well, so a worker's memory grew with the knowledge base
(about 5 kB per stored document on the generated corpus). The mentions are now read
only for the meetings a document touches.
"""

from __future__ import annotations

import pytest

from processus.kb import consolidation as rules
from processus.kb.ingest import Ingestor
from processus.kb.models import MeetingMention
from processus.tasks import operations
from processus.tasks.models import TaskRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested(reference, corpus) -> None:
    files = [str(p) for p in sorted(corpus.iterdir())]
    records = operations.enqueue_ingest(files, batch_size=3)  # several tasks, several writers
    assert len(records) > 1
    assert all(r.state == TaskRecord.State.SUCCEEDED for r in records)


def test_a_new_writer_holds_the_index_and_no_mentions(ingested):
    writer = Ingestor()
    meetings = set(MeetingMention.objects.values_list("meeting_id", flat=True))
    assert meetings and set(writer.index.keys) == meetings
    assert writer.mention_facts == {}
    assert writer.written == {}


def test_the_index_is_the_one_the_meetings_own_mentions_give(ingested):
    writer = Ingestor()
    for meeting_id, key in writer.index.keys.items():
        writer._cached_facts([meeting_id])
        facts = writer.mention_facts[meeting_id]
        shown = rules.shown_values(facts, writer._edited([meeting_id]).get(meeting_id))
        assert key == rules.key_of(shown.values, {f.document for f in facts})
