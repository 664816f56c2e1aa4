"""Link meetings to the areas, objectives and actions of the action plan in force.

Ingestion calls :func:`sync_theme_links` at the end of every run. The links are
suggested by the transparent classifier of :mod:`processus.plans` (the plan's
bilingual lexicon in the meeting's title and source passages, and the thematic
domains extraction gave it), each with its score and reason. A link an editor
confirmed, rejected or added is never changed here, a rejected one is never
suggested again, and a meeting whose list of links an editor set is left alone.

The sync is global and idempotent — it compares the suggestions that should
exist with the ones that do — so an interrupted ingest run is put right by the
next one.
"""

from __future__ import annotations


def sync_theme_links() -> tuple[int, int]:
    """Store the classifier's suggestions for every meeting; returns (created, removed).

    Call it under the writer lock. The name is kept from the time links came
    from the themes alone: ingestion calls it.
    """
    from processus.plans.operations import suggest_links

    result = suggest_links()
    return result.created, result.removed
