"""The API over the example corpus (ingested once for the module, rolled back after).

* ``GET /api/v1/meetings/?dialogue=rabat-process`` pages through every Rabat Process
  meeting, and a meeting's detail carries its evidence;
* Schemathesis (its pytest integration) calls every operation of the OpenAPI schema
  with generated parameters and bodies, anonymously and with an editor's token:
  no server error, and every answer conforms to the schema (status, content type, body).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from processus.kb.models import Evidence, Meeting
from tests.reports.conftest import demo_record  # noqa: F401  (module-scoped corpus)

pytestmark = pytest.mark.usefixtures("demo_record")

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def test_pages_walk_every_rabat_process_meeting(db, anon_api) -> None:
    expected = set(
        Meeting.objects.filter(dialogues__key="rabat-process").values_list("pk", flat=True)
    )
    assert len(expected) > 25  # the corpus holds dozens: the walk crosses several pages
    seen: list[int] = []
    url = "/api/v1/meetings/?dialogue=rabat-process&page_size=10"
    pages = 0
    while url:
        body = anon_api.get(url).json()
        assert body["count"] == len(expected)
        seen += [meeting["id"] for meeting in body["results"]]
        assert all(
            "rabat-process" in [d["key"] for d in meeting["dialogues"]]
            for meeting in body["results"]
        )
        url = _path(body["next"]) if body["next"] else ""
        pages += 1
    assert pages == -(-len(expected) // 10)
    assert len(seen) == len(set(seen)) == len(expected)
    assert set(seen) == expected


def test_detail_carries_each_fields_evidence(db, anon_api) -> None:
    evidence = (
        Evidence.objects.filter(
            meeting__dialogues__key="rabat-process", field="start", document__isnull=False
        )
        .select_related("document")
        .first()
    )
    assert evidence is not None
    body = anon_api.get(f"/api/v1/meetings/{evidence.meeting_id}/").json()
    start = next(row for row in body["record"] if row["name"] == "start")
    items = start["evidence"] + [i for c in start["conflicts"] for i in c["evidence"]]
    found = next(item for item in items if item["id"] == evidence.pk)
    assert found["document"]["id"] == evidence.document_id
    assert (found["start"], found["end"]) == (evidence.start, evidence.end)
    assert found["quote"] == evidence.document.text[evidence.start : evidence.end]
    assert found["method"] in ("extracted", "inferred")
    assert body["documents"], "the documents the evidence comes from are listed"


def _schema() -> schemathesis.BaseSchema:
    """The schema the site serves (built at collection: Schemathesis makes one test per
    operation from it); calls go to the WSGI application."""
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    document = SchemaGenerator().get_schema(request=None, public=True)
    schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(document)))
    schema.app = get_wsgi_application()
    return schema


schema = _schema()


@pytest.fixture
def _test_connection_kept():
    """Schemathesis calls the WSGI application directly, which (unlike Django's test
    client) closes "old" connections at each request's start and end: on PostgreSQL that
    would close the connection holding the test's transaction. Kept open, as the test
    client does."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    # Generated cases only (Schemathesis' "coverage" phase of boundary values rides on
    # the explicit phase and would multiply the calls): the run stays under a minute.
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
@pytest.mark.usefixtures("_test_connection_kept")
def test_every_operation_conforms(db, case, editor_api) -> None:
    case.call_and_validate(checks=CHECKS)
    token = editor_api._credentials["HTTP_AUTHORIZATION"]
    case.call_and_validate(checks=CHECKS, headers={"Authorization": token})
