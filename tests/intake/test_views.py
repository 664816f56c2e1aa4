"""The upload page: editors send several files, see what each became; others may not."""

from __future__ import annotations

import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from processus.intake.models import Arrival
from processus.kb.models import Document
from tests.intake.conftest import ANNOUNCEMENT, WORKSHOP

pytestmark = pytest.mark.django_db
URL = "/documents/upload/"


def _text(response) -> str:
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def test_anonymous_visitors_are_sent_to_sign_in(anon_client):
    response = anon_client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/?next=/documents/upload/")
    assert anon_client.post(URL, {}).status_code == 302


def test_a_reader_who_is_not_an_editor_is_refused(user_client):
    assert user_client.get(URL).status_code == 403
    files = {"documents": SimpleUploadedFile("a.txt", ANNOUNCEMENT.encode())}
    assert user_client.post(URL, files).status_code == 403
    assert Document.objects.count() == 0


def test_the_page_has_a_multiple_file_field_and_its_limits(editor_client):
    response = editor_client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<input type="file" name="documents"[^>]* multiple', page)
    assert 'name="csrfmiddlewaretoken"' in page
    assert "At most 20 files of 50 MB each." in _text(response)
    assert "intake/upload.js" in page


def test_the_documents_page_links_to_upload_for_editors_only(editor_client, user_client):
    assert f'href="{URL}"' in editor_client.get("/documents/").content.decode()
    assert f'href="{URL}"' not in user_client.get("/documents/").content.decode()


def test_one_file_leads_to_its_document_page(editor_client, editor):
    files = {"documents": SimpleUploadedFile("announcement.txt", ANNOUNCEMENT.encode())}
    response = editor_client.post(URL, files)
    document = Document.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"/documents/{document.pk}/"
    page = _text(editor_client.get(response["Location"]))
    assert "Meetings found in this document" in page
    assert "Dakar" in page
    assert Arrival.objects.get().user == editor


def test_two_files_one_refused_show_a_result_list(editor_client):
    files = [
        SimpleUploadedFile("announcement.txt", ANNOUNCEMENT.encode()),
        SimpleUploadedFile("photo.png", b"\x89PNG\r\n"),
    ]
    response = editor_client.post(URL, {"documents": files})
    assert response.status_code == 303
    page = editor_client.get(response["Location"])
    text = _text(page)
    document = Document.objects.get()
    assert f'href="/documents/{document.pk}/"' in page.content.decode()
    assert "1 file read, 1 refused." in text
    assert "photo.png refused: not a type of document ingestion reads (“.png”" in text
    assert "announcement.txt stored" in text
    assert "Dakar" in text


def test_a_file_over_the_size_limit_is_a_413_page_naming_the_limit(editor_client, settings):
    settings.PROCESSUS_MAX_FILE_MB = 1
    big = SimpleUploadedFile("big.txt", b"a" * (1024 * 1024 + 10))
    response = editor_client.post(URL, {"documents": [big]})
    assert response.status_code == 413
    text = _text(response)
    assert "Too large: a file may be at most 1 MB." in text
    assert "big.txt: file is too large (1 MB > 1 MB)" in text
    assert Document.objects.count() == 0


def test_a_request_declared_too_large_is_refused_before_it_is_read(editor_client, settings):
    settings.PROCESSUS_MAX_FILE_MB = 1
    response = editor_client.generic(
        "POST",
        URL,
        b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(30 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "Too large: a file may be at most 1 MB." in _text(response)


def test_no_file_is_a_400_with_the_form_again(editor_client):
    response = editor_client.post(URL, {})
    assert response.status_code == 400
    assert "Choose at least one file." in _text(response)


def test_too_many_files_is_a_400(editor_client):
    files = [SimpleUploadedFile(f"{n}.txt", b"x") for n in range(21)]
    response = editor_client.post(URL, {"documents": files})
    assert response.status_code == 400
    assert "At most 20 files can be sent at once; 21 were chosen." in _text(response)


def test_the_csrf_token_is_required(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    files = {"documents": SimpleUploadedFile("a.txt", ANNOUNCEMENT.encode())}
    assert client.post(URL, files).status_code == 403
    assert Document.objects.count() == 0


def test_an_unknown_batch_is_a_404(editor_client):
    assert editor_client.get(URL + "7d0c7c6e-4d1c-4b8e-9a59-0a4b8f1d2e3f/").status_code == 404


def test_a_reader_cannot_see_a_batch(user_client, editor_client):
    files = [
        SimpleUploadedFile("a.txt", ANNOUNCEMENT.encode()),
        SimpleUploadedFile("b.md", WORKSHOP.encode()),
    ]
    location = editor_client.post(URL, {"documents": files})["Location"]
    assert user_client.get(location).status_code == 403


def test_the_page_speaks_french(editor_client, db):
    response = editor_client.get("/fr" + URL)
    text = _text(response)
    assert "Téléverser des documents" in text
    assert "Au plus 20 fichiers de 50 Mo chacun." in text
    assert "Upload and read" not in text


def test_the_results_speak_french(editor_client, db):
    files = [SimpleUploadedFile("a.exe", b"MZ"), SimpleUploadedFile("b.png", b"PNG")]
    location = editor_client.post("/fr" + URL, {"documents": files})["Location"]
    text = _text(editor_client.get(location))
    assert "0 fichier lu, 2 refusés." in text
    assert "a.exe refusé" in text
