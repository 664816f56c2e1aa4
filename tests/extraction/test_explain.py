"""``extract(..., explain=True)``: the rule behind every value and the candidates left aside.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from processus.commands.extract import SUFFIXES
from processus.extraction import Explanation, extract, extract_document
from processus.extraction.records import DocumentExtraction, MeetingRecord

REF = date(2024, 3, 1)
#: the keys of an evidence object, as the extraction contract fixes them
CONTRACT_EVIDENCE_KEYS = ["field", "start", "end", "text", "inferred", "note"]


def _explained(text: str) -> DocumentExtraction:
    return extract(text, "doc.txt", REF, explain=True)


def _only(result: DocumentExtraction) -> MeetingRecord:
    assert len(result.records) == 1, [r.to_dict() for r in result.records]
    return result.records[0]


def _rules(record: MeetingRecord, name: str) -> list[tuple[str | None, str]]:
    """(rule, quoted text) of each evidence item of field ``name``."""
    return [(e.rule, e.text) for e in record.evidence if e.field == name]


def _left(result: DocumentExtraction, name: str) -> list[tuple[str, str]]:
    """(text, reason) of each candidate of field ``name`` left aside."""
    assert result.explanations is not None
    return [(x.text, x.reason) for x in result.explanations if x.field == name]


def test_role_by_active_verb() -> None:
    record = _only(_explained("Spain hosted the workshop in Dakar on 3 May 2021."))
    assert record.hosts == ["Spain"]
    assert _rules(record, "hosts") == [("verb_hosted", "Spain")]


def test_role_by_trigger_and_the_host_co_chairs() -> None:
    record = _only(
        _explained(
            "A thematic meeting of the Rabat Process was held in Abidjan on 4 March 2024, "
            "hosted by Morocco and co-chaired by France."
        )
    )
    assert _rules(record, "hosts") == [("hosted_by", "Morocco")]
    assert _rules(record, "chairs") == [("hosted_by", "Morocco"), ("co_chaired_by", "France")]
    chairs = [e for e in record.evidence if e.field == "chairs"]
    assert chairs[0].inferred and chairs[0].note == "the host co-chairs"


def test_the_other_fields_name_their_rule() -> None:
    record = _only(
        _explained(
            "A thematic meeting of the Rabat Process was held in Abidjan on 4 March 2024, "
            "hosted by Morocco. Over 120 participants attended."
        )
    )
    assert _rules(record, "kind") == [("kind:nearest noun to the date", "thematic meeting")]
    assert _rules(record, "start") == [("date:anchor (takes place)", "4 March 2024")]
    assert _rules(record, "city") == [("place:nearest city with preposition", "Abidjan")]
    assert _rules(record, "dialogues") == [("dialogue:named for the meeting", "Rabat Process")]
    assert _rules(record, "participants") == [("count:participants", "120 participants")]
    assert _rules(record, "participants_qualifier") == [("count:qualifier", "Over")]
    assert all(e.rule for e in record.evidence)


def test_composed_title_and_given_title() -> None:
    composed = _explained("The workshop took place in Dakar on 3 May 2021.")
    record = _only(composed)
    assert record.title == "Workshop, Dakar, May 2021"
    assert _rules(record, "title") == [("title:composed", "workshop")]
    assert _left(composed, "title") == [
        ("workshop", "no name given for this meeting: title composed, 'Workshop, Dakar, May 2021'")
    ]
    given = _explained(
        'A side event entitled "Circular Migration in Practice" took place in Dakar on 3 May 2021.'
    )
    record = _only(given)
    assert record.title == "Circular Migration in Practice"
    assert _rules(record, "title") == [
        ("title:name written after the meeting noun", "Circular Migration in Practice")
    ]
    assert _left(given, "title") == []


def test_dateline_city_and_date_are_left_aside() -> None:
    result = _explained(
        "DAKAR, 3 May 2024 (APS) - A workshop on labour migration took place in Abidjan on "
        "2 May 2024 with partners from the region."
    )
    record = _only(result)
    assert record.city == "Abidjan"
    assert _left(result, "city") == [
        ("DAKAR", "the city of a dateline: where the story was filed, not the venue")
    ]
    assert _left(result, "start") == [
        (
            "3 May 2024",
            "publication date, not a meeting date: the dateline's date, when the story was filed",
        )
    ]


def test_publication_date_is_not_the_meeting_date() -> None:
    result = _explained(
        "Published on 2 February 2024\n\nThe workshop took place in Dakar on 25 January 2024."
    )
    record = _only(result)
    assert record.start == "2024-01-25"
    assert _rules(record, "start") == [("date:anchor (takes place)", "25 January 2024")]
    [(text, reason)] = _left(result, "start")
    assert text == "2 February 2024"
    assert reason.startswith("publication date, not a meeting date: 'published / posted")


def test_date_roles_left_aside() -> None:
    result = _explained(
        "The workshop took place in Dakar on 3 May 2021. It looked back on the 2018-2022 programme."
    )
    [(text, reason)] = _left(result, "start")
    assert text == "2018-2022"
    assert reason == "period date: a programme period or the start of one, never a meeting date"


def test_kind_noun_not_chosen() -> None:
    result = _explained(
        "The workshop took place in Dakar on 3 May 2021, ahead of the Senior Officials' Meeting."
    )
    record = _only(result)
    assert record.kind == "workshop"
    assert result.explanations is not None
    [left] = [x for x in result.explanations if x.field == "kind"]
    assert left.text == "Senior Officials' Meeting"
    assert left.reason.startswith("senior_officials_meeting not chosen: another meeting, told in")
    assert left.meeting == "workshop, 3 May 2021"


def test_place_originally_planned() -> None:
    result = _explained(
        "The virtual workshop, originally planned to take place in Lisbon, was held on 3 May 2021."
    )
    assert _only(result).city is None
    assert _left(result, "city") == [
        ("Lisbon", "not where the meeting took place ('originally planned', 'instead of')")
    ]


def test_role_phrases_that_gave_no_role() -> None:
    result = _explained(
        "The workshop, hosted by the presiding countries, took place in Dakar on 3 May 2021."
    )
    assert _only(result).hosts == []
    assert _left(result, "roles") == [("hosted by", "trigger hosted_by: no known actor after it")]
    result = _explained("Ghana hosted refugees. A workshop took place in Accra on 3 May 2021.")
    assert _only(result).hosts == []
    assert _left(result, "roles") == [
        ("Ghana hosted", "verb_hosted: the verb's object is not a meeting")
    ]


def test_candidates_are_in_text_order_and_quote_the_text() -> None:
    result = _explained(
        "DAKAR, 3 May 2024 (APS) - The workshop took place in Abidjan on 2 May 2024, ahead "
        "of the Senior Officials' Meeting."
    )
    assert result.explanations is not None
    starts = [x.start for x in result.explanations]
    assert starts == sorted(starts)
    for x in result.explanations:
        assert isinstance(x, Explanation)
        assert result.text[x.start : x.end] == x.text


def test_default_evidence_has_no_rule_key() -> None:
    text = "Spain hosted the workshop in Dakar on 3 May 2021."
    plain = extract(text, "doc.txt", REF)
    assert plain.explanations is None
    data = _only(plain).to_dict()
    assert data["evidence"]
    assert all(list(item) == CONTRACT_EVIDENCE_KEYS for item in data["evidence"])
    explained = _only(_explained(text)).to_dict(explain=True)
    assert all(list(item) == [*CONTRACT_EVIDENCE_KEYS, "rule"] for item in explained["evidence"])
    # the values are the same with and without explanations
    assert _only(_explained(text)).to_dict() == data


def test_extract_document_explains(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("The workshop took place in Dakar on 3 May 2021.", encoding="utf-8")
    assert extract_document(path, REF).explanations is None
    result = extract_document(path, REF, explain=True)
    assert result.explanations is not None
    assert [x.field for x in result.explanations] == ["title"]


CORPUS_DIR = Path(__file__).resolve().parents[2] / "examples" / "corpus"
CORPUS = sorted(p for p in CORPUS_DIR.glob("*.*") if p.suffix in SUFFIXES)


@pytest.mark.skipif(not CORPUS, reason="no example corpus")
def test_corpus_every_value_has_a_rule_and_explaining_changes_nothing() -> None:
    for path in CORPUS:
        plain = extract_document(path, REF)
        explained = extract_document(path, REF, explain=True)
        assert [r.to_dict() for r in explained.records] == [r.to_dict() for r in plain.records]
        for record in explained.records:
            assert all(e.rule for e in record.evidence), (path, record.to_dict(explain=True))
        assert explained.explanations is not None
        for x in explained.explanations:
            assert explained.text[x.start : x.end] == x.text, (path, x)
