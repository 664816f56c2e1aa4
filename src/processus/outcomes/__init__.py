"""Outcomes as items tracked across meetings (issue #13).

Recommendations, policy takeaways and conclusions are read one by one from the
documents (:mod:`processus.extraction.outcomes`), stored as the knowledge base's
:class:`~processus.kb.models.Outcome` rows of the document's meeting, and followed
up here: status, owner, note and their history, suggested plan objectives, the
tracker at ``/outcomes/`` with its CSV and JSON downloads, and the check that a
meeting's stated number of recommendations agrees with its items.
"""
