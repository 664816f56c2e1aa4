"""Any order of the same documents gives the same record (``export --canonical``, byte for byte).

The documents below are written to meet the order-sensitive rules: a date without a year
that only a later list settles, a month-only mention beside two day-precise meetings of that
month, a month-only mention with a single day-precise match, a month named without a year,
and a year-only mention beside a year-less day it must not date. Every order of them must
end the same.
"""

from __future__ import annotations

import io
import json
import random

import pytest

from processus.kb.canonical_export import canonical_meeting_rows
from processus.kb.exporting import meetings_queryset, write_jsonl
from processus.kb.ingest import ingest
from processus.kb.models import Document, Evidence, Meeting

pytestmark = pytest.mark.django_db

DOCUMENTS = {
    "calendar_2019.txt": (
        "Khartoum Process - calendar of 2019\n\n"
        "- Workshop on document fraud, Abidjan (Côte d'Ivoire), 22 October 2019, "
        "organised by ICMPD.\n"
        "- Workshop on victim referral, Abidjan (Côte d'Ivoire), 24 October 2019, "
        "organised by ICMPD.\n"
        "- Thematic meeting on return, Accra (Ghana), 3 December 2019.\n"
    ),
    "recap_abidjan.txt": (
        "Published 2 February 2020\n\n"
        "In October 2019 the Khartoum Process held a workshop in Abidjan, organised by "
        "ICMPD, on cooperation between border agencies.\n"
    ),
    "recap_accra.txt": (
        "Published 15 January 2020\n\n"
        "The Khartoum Process thematic meeting on return took place in Accra in "
        "December 2019.\n"
    ),
    "report_accra.txt": (
        "Posted 20 February 2020\n\n"
        "The report of the Khartoum Process thematic meeting held in Accra on 3 December "
        "is now online.\n"
    ),
    "page_accra.txt": (
        "Thematic meeting on return\n\n"
        "On 3 December 2019 the Khartoum Process met in Accra, Ghana, for a thematic "
        "meeting on return and reintegration, hosted by Ghana.\n"
    ),
    # A year alone ("en 2021") dates no year-less day: else the two would decide each other.
    "webinars_2021.txt": (
        "Mixed Migration Centre - webinars\n\n"
        "- Webinar on data and protection, 21 January 2021, online, organised by the "
        "Mixed Migration Centre.\n"
    ),
    "rappel_2023_fr.txt": (
        "Publié le 4 octobre 2023\n\n"
        "Le Mixed Migration Centre avait organisé un atelier en ligne sur la protection des "
        "données en 2021.\n"
    ),
    "webinar_march.txt": (
        "Published 20 January 2022\n\n"
        "The Mixed Migration Centre will hold its next webinar, on protection at sea, on "
        "9 March, online.\n"
    ),
}


def _canonical() -> str:
    out = io.StringIO()
    write_jsonl(canonical_meeting_rows(meetings_queryset()), out)
    return out.getvalue()


def _orders(names: list[str]) -> list[list[str]]:
    orders = [sorted(names), sorted(names)[::-1]]
    for seed in (1, 2, 3):
        shuffled = list(names)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    return orders


def test_every_order_gives_the_same_record(reference, tmp_path):
    for name, text in DOCUMENTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    exports = []
    for order in _orders(list(DOCUMENTS)):
        Meeting.objects.all().delete()
        Document.objects.all().delete()
        report = ingest([tmp_path / name for name in order])
        assert report.failed == []
        exports.append(_canonical().replace(str(tmp_path), ""))
    assert all(export == exports[0] for export in exports[1:])

    rows = [json.loads(line) for line in exports[0].splitlines()]
    abidjan = sorted(
        (row["start"], sorted(s.rsplit("/", 1)[-1] for s in row["sources"]))
        for row in rows
        if row["city"] == "Abidjan"
    )
    # Two workshops that month: the month-only recap stays apart rather than pick one.
    assert abidjan == [
        ("2019-10", ["recap_abidjan.txt"]),
        ("2019-10-22", ["calendar_2019.txt"]),
        ("2019-10-24", ["calendar_2019.txt"]),
    ]
    [accra] = [row for row in rows if row["city"] == "Accra"]
    assert accra["start"] == "2019-12-03"
    assert sorted(s.rsplit("/", 1)[-1] for s in accra["sources"]) == [
        "calendar_2019.txt", "page_accra.txt", "recap_accra.txt", "report_accra.txt"]  # fmt: skip
    note = Evidence.objects.get(
        meeting__city="Accra", field="start", document__original_name="report_accra.txt"
    ).note
    assert note == "year 2019 from the knowledge base (the one matching meeting of other sources)"
    online = sorted(
        (row["start"], sorted(s.rsplit("/", 1)[-1] for s in row["sources"]))
        for row in rows
        if row["city"] is None
    )
    assert online == [
        ("2021-01-21", ["rappel_2023_fr.txt", "webinars_2021.txt"]),
        ("2022-03-09", ["webinar_march.txt"]),  # the engine's year stands
    ]
