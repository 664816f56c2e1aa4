"""The REST API (``/api/v1/``): the record for programs, on the same layers as the pages.

Reads go through the one filter layer (:mod:`processus.filters`) and the same
builders as the pages (the meeting page's record with its evidence, the plan
coverage, the search engine); writes go through the one path of every change
(:mod:`processus.kb.operations`, :mod:`processus.plans.operations`) and the same
ingestion as the command line. Django REST framework serves it and drf-spectacular
describes it (OpenAPI 3 at ``/api/v1/schema/``, Swagger UI at ``/api/v1/docs/``
from local files).
"""
