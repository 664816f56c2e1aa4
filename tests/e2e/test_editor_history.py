"""An editor of the Editors group signs in, corrects a field, reads the old and the new value
in the meeting's history and reverts the correction, in a real browser."""

from __future__ import annotations

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until
from selenium.webdriver.support.ui import WebDriverWait

from processus.kb.models import Evidence, Meeting, MeetingChange
from processus.kb.operations import create_editor

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def history_row(browser, field: str) -> str:
    rows = browser.find_elements(By.CSS_SELECTOR, "#history tbody tr")
    texts = [row.text for row in rows if f" {field} " in f" {row.text} "]
    assert texts, [row.text for row in rows]
    return texts[0]


def test_editor_corrects_reads_the_history_and_reverts(
    browser, screenshot, live_server, world
) -> None:
    create_editor("amina", "amina@example.org", "amina-pass-123")
    meeting_url = f"/meetings/{world.som.pk}/"
    browser.get(f"{live_server.url}/sign-in/?next={meeting_url}")
    browser.find_element(By.ID, "id_username").send_keys("amina")
    browser.find_element(By.ID, "id_password").send_keys("amina-pass-123")
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.endswith(meeting_url))

    browser.find_element(By.CSS_SELECTOR, ".correction summary").click()
    participants = browser.find_element(By.ID, "id_participants")
    participants.clear()
    participants.send_keys("135")
    browser.find_element(By.ID, "id_note").send_keys("List of participants")
    browser.find_element(By.CSS_SELECTOR, ".correction-form button[type=submit]").click()
    WebDriverWait(browser, 20).until(until.url_contains("#history"))

    assert "Correction saved: participants." in browser.find_element(By.CLASS_NAME, "messages").text
    assert "135" in browser.find_element(By.ID, "field-participants").text
    row = history_row(browser, "participants")
    assert "amina" in row and "120 135" in row and "List of participants" in row
    screenshot("08-history-with-old-and-new")

    revert = browser.find_element(By.CSS_SELECTOR, "#history tbody tr button[type=submit]")
    assert revert.text.startswith("Revert")
    revert.click()
    WebDriverWait(browser, 20).until(lambda driver: "Reverted: participants." in driver.page_source)
    assert "120" in browser.find_element(By.ID, "field-participants").text
    latest = browser.find_elements(By.CSS_SELECTOR, "#history tbody tr")[0].text
    assert "revert" in latest and "135 120" in latest
    screenshot("09-reverted")

    assert Meeting.objects.get(pk=world.som.pk).participants == 120
    assert list(MeetingChange.objects.order_by("pk").values_list("kind", flat=True)) == [
        "edit",
        "revert",
    ]
    # The meeting had no documents' value behind the field: the old value is set back.
    assert not Evidence.objects.filter(method="edited", field="participants").exists()
