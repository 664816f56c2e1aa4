"""An editor uploads two files at once in a real browser (the page's script sends them,
showing progress) and reads what each became: a document with its meeting, a refusal."""

from __future__ import annotations

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until
from selenium.webdriver.support.ui import WebDriverWait

from processus.kb.models import Document
from processus.kb.operations import create_editor
from tests.intake.conftest import ANNOUNCEMENT

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_editor_uploads_two_files_and_reads_the_results(
    browser, screenshot, live_server, settings, tmp_path
) -> None:
    settings.DATA_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "documents"
    settings.PROCESSUS_DOCUMENT_SECONDS = 0
    announcement = tmp_path / "announcement.txt"
    announcement.write_text(ANNOUNCEMENT, encoding="utf-8")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    create_editor("amina", "amina@example.org", "amina-pass-123")

    browser.get(f"{live_server.url}/sign-in/?next=/documents/")
    browser.find_element(By.ID, "id_username").send_keys("amina")
    browser.find_element(By.ID, "id_password").send_keys("amina-pass-123")
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.endswith("/documents/"))
    browser.find_element(By.LINK_TEXT, "Upload documents").click()
    WebDriverWait(browser, 20).until(until.url_contains("/documents/upload/"))

    bar = browser.find_element(By.CSS_SELECTOR, ".upload-progress")
    assert not bar.is_displayed()
    browser.find_element(By.ID, "id_documents").send_keys(f"{announcement}\n{photo}")
    browser.find_element(By.CSS_SELECTOR, "form[data-upload] button[type=submit]").click()
    WebDriverWait(browser, 30).until(until.url_matches(r"/documents/upload/[0-9a-f-]{36}/$"))
    # The page's script sent the files and then opened the result page itself; a plain
    # form post would have arrived here through the 303 redirect.
    navigation = "return performance.getEntriesByType('navigation')[0].redirectCount"
    assert browser.execute_script(navigation) == 0

    table = browser.find_element(By.CSS_SELECTOR, "table.list").text
    assert "1 file read, 1 refused." in browser.find_element(By.CLASS_NAME, "lead").text
    assert "photo.png refused: not a type of document ingestion reads" in table
    assert "announcement.txt stored" in table
    assert "Dakar" in table
    screenshot("14-upload-results")
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []

    browser.find_element(By.LINK_TEXT, "announcement.txt").click()
    document = Document.objects.get()
    WebDriverWait(browser, 20).until(until.url_contains(f"/documents/{document.pk}/"))
    assert "Meetings found in this document" in browser.page_source
