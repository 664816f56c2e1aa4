"""Near-duplicate documents are versions of one document and never spawn a second meeting."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from processus.kb import versions
from processus.kb.ingest import ingest
from processus.kb.models import Document, Evidence, Meeting

PAGE = (
    "Thematic Meeting on Legal Migration\n\n"
    "On 14 and 15 March 2023, the Rabat Process held a thematic meeting in Dakar, Senegal, "
    "on legal migration and labour mobility. Hosted by Senegal and co-chaired by Spain, the "
    "meeting brought together 85 participants from 30 countries. The delegations discussed "
    "seasonal work schemes, the recognition of skills, and the protection of migrant workers "
    "in both regions, and agreed to meet again before the end of the year.\n"
)


# --- the pure part -----------------------------------------------------------------------------


def test_normalise_drops_case_punctuation_and_whitespace():
    assert versions.normalise("  Hello,\tWORLD!\n\n(again) ") == "hello world again"
    assert versions.normalise("Côte d'Ivoire") == "côte d ivoire"


@pytest.mark.parametrize(
    "other, expected",
    [
        (PAGE.upper().replace("\n", "  "), True),  # same text after normalisation
        (PAGE.replace("85 participants", "88 participants"), True),  # one figure corrected
        (PAGE.replace("Dakar, Senegal", "Accra, Ghana").replace("March", "May"), True),
        (PAGE[: len(PAGE) // 2], False),  # half of it is another document
        ("Workshop on border data in Abidjan, 9 May 2023, organised by ICMPD.", False),
    ],
)
def test_versions_are_found_by_their_bands_and_similarity(other, expected):
    mine, theirs = versions.normalise(PAGE), versions.normalise(other)
    shared = set(versions.signature_bands(mine)) & set(versions.signature_bands(theirs))
    found = versions.best_version(mine, {7: theirs})
    assert (found is not None) is expected
    if expected:
        assert shared, "near-duplicates must share a band to be found at all"
        assert found is not None and found.document_id == 7


def test_equal_texts_say_so_and_similar_ones_give_their_score():
    same = versions.best_version("a b c", {3: "a b c"})
    assert same is not None and same.reason.startswith("same text after normalisation")
    close = versions.best_version(versions.normalise(PAGE), {4: versions.normalise(
        PAGE.replace("85", "88"))})  # fmt: skip
    assert close is not None and close.reason.endswith("% similar text")
    assert versions.signature_bands("") == []


# --- in the knowledge base ---------------------------------------------------------------------


@pytest.mark.django_db
def test_an_edited_copy_at_another_path_joins_the_corrected_meeting(reference, tmp_path):
    original = tmp_path / "site" / "page_dakar.txt"
    original.parent.mkdir()
    original.write_text(PAGE, encoding="utf-8")
    ingest([original])
    [meeting] = Meeting.objects.all()
    editor = get_user_model().objects.create_user("editor", password="x")
    Evidence.objects.create(meeting=meeting, field="participants", value=86,
                            method=Evidence.Method.EDITED, created_by=editor)  # fmt: skip
    Meeting.objects.filter(pk=meeting.pk).update(participants=86)

    copy = tmp_path / "inbox" / "page_dakar_v2.txt"
    copy.parent.mkdir()
    copy.write_text(PAGE.replace("14 and 15 March", "21 and 22 March"), encoding="utf-8")
    report = ingest([copy])

    assert report.failed == [] and report.meetings_created == 0
    assert Meeting.objects.count() == 1  # no second, uncorrected meeting
    meeting.refresh_from_db()
    assert meeting.participants == 86  # the editor's value still shown
    assert meeting.mentions.count() == 2
    stored_copy = Document.objects.get(source_path=str(copy))
    assert stored_copy.version_of == Document.objects.get(source_path=str(original))
    assert "% similar text" in stored_copy.version_reason


@pytest.mark.django_db
def test_unrelated_documents_are_not_versions(reference, tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Workshop on border data, Abidjan (Côte d'Ivoire), 9 May 2023, organised by ICMPD. "
        "Thirty officers from ten countries trained on the use of biometric data.\n",
        encoding="utf-8",
    )
    ingest([tmp_path])
    assert Meeting.objects.count() == 2
    assert not Document.objects.filter(version_of__isnull=False).exists()
    assert all(d.bands.exists() for d in Document.objects.all())


@pytest.mark.django_db
def test_a_reformatted_copy_is_a_version_with_the_same_text(reference, tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(" ".join(PAGE.split()).upper(), encoding="utf-8")
    ingest([tmp_path])
    assert Meeting.objects.count() == 1
    copy = Document.objects.get(original_name="b.txt")
    assert copy.version_of is not None and copy.version_of.original_name == "a.txt"
    assert copy.version_reason.startswith("same text after normalisation")


@pytest.mark.django_db
def test_a_post_repeated_from_a_template_years_later_is_another_meeting(reference, tmp_path):
    template = (
        "Posted {day} September {year}\n\nRabat Process workshop in Rabat on {day} September "
        "{year}: over {count} delegates are taking part in the discussions on protection and "
        "asylum. #RabatProcess\n"
    )
    first = tmp_path / "post_2011.txt"
    first.write_text(template.format(day=21, year=2011, count=145), encoding="utf-8")
    later = tmp_path / "post_2014.txt"
    later.write_text(template.format(day=21, year=2014, count=157), encoding="utf-8")
    ingest([first, later])
    stored = Document.objects.get(source_path=str(later))
    assert stored.version_of is not None  # near-identical text: a version all the same
    starts = sorted(str(m.start) for m in Meeting.objects.all())
    assert starts == ["2011-09-21", "2014-09-21"]  # but not one meeting
