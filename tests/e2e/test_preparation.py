"""Issue 15's "Done when", walked in a real browser: announce, register, wait, promote,
close, attend, and the record's recorded count."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until
from selenium.webdriver.support.ui import Select, WebDriverWait

from processus.kb.models import Evidence, Meeting
from processus.preparation import operations
from processus.preparation.models import Registration
from tests.web.factories import CountryFactory, DialogueFactory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
PASSWORD = "walk-pass-12345"


def wait_for_url(browser, part: str) -> None:
    WebDriverWait(browser, 20).until(until.url_contains(part))


def sign_in(browser, base: str, username: str, next_url: str) -> None:
    browser.delete_all_cookies()
    browser.get(f"{base}/sign-in/?next={next_url}")
    browser.find_element(By.ID, "id_username").send_keys(username)
    browser.find_element(By.ID, "id_password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: d.current_url.split("?")[0].endswith(next_url))


def set_value(browser, element_id: str, value: str) -> None:
    """Date and time inputs are typed differently per locale: set their value directly."""
    element = browser.find_element(By.ID, element_id)
    browser.execute_script("arguments[0].value = arguments[1];", element, value)


def submit(browser, selector: str) -> None:
    """Click a submit button and wait until the page it was on has been replaced.

    Reading the next page's messages before then races the navigation: Chromium reports a
    node of the old document as stale, or as not belonging to the document."""
    from selenium.common.exceptions import WebDriverException

    button = browser.find_element(By.CSS_SELECTOR, selector)
    button.click()

    def replaced(_driver) -> bool:
        try:
            button.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(browser, 20).until(replaced)


def messages(browser) -> str:
    """The page's messages (empty when the page has none)."""
    found = browser.find_elements(By.CLASS_NAME, "messages")
    return found[0].text if found else ""


def local(moment: dt.datetime) -> str:
    return timezone.localtime(moment, dt.UTC).strftime("%Y-%m-%dT%H:%M")


def register(browser, base: str, meeting: Meeting, name: str) -> None:
    browser.get(f"{base}/meetings/{meeting.pk}/")
    browser.find_element(By.CSS_SELECTOR, "#preparation a.button").click()
    wait_for_url(browser, "/register/")
    browser.find_element(By.ID, "id_name").send_keys(name)
    browser.find_element(By.ID, "id_function").send_keys("Head of delegation")
    browser.find_element(By.ID, "id_email").send_keys(f"{name.split()[0].lower()}@example.org")
    submit(browser, ".registration-form button[type=submit]")


def test_announce_register_waitlist_promote_close_attend(browser, screenshot, live_server) -> None:
    base = live_server.url
    DialogueFactory(key="rabat-process", name="Rabat Process")
    morocco = CountryFactory(name="Morocco", iso_code="MA", key="ma")
    countries = [
        CountryFactory(name=name, iso_code=code, key=code.lower())
        for name, code in (("Senegal", "SN"), ("Spain", "ES"), ("Mali", "ML"))
    ]
    get_user_model().objects.create_user("secretariat", password=PASSWORD, is_staff=True)
    for country in countries:
        operations.create_focal_point(f"fp-{country.key}", "", PASSWORD, country)

    # The editor announces the meeting: capacity 2, one place per country.
    sign_in(browser, base, "secretariat", "/meetings/announce/")
    Select(browser.find_element(By.ID, "id_kind")).select_by_value("thematic_meeting")
    browser.find_element(By.ID, "id_title").send_keys("Thematic meeting on labour mobility")
    start = timezone.localdate() + dt.timedelta(days=30)
    set_value(browser, "id_start", start.isoformat())
    set_value(browser, "id_end", (start + dt.timedelta(days=1)).isoformat())
    Select(browser.find_element(By.ID, "id_format")).select_by_value("in_person")
    browser.find_element(By.ID, "id_city").send_keys("Rabat")
    Select(browser.find_element(By.ID, "id_country")).select_by_value(morocco.name)
    now = timezone.now()
    set_value(browser, "id_registration_opens", local(now - dt.timedelta(days=1)))
    set_value(browser, "id_registration_deadline", local(now + dt.timedelta(days=10)))
    browser.find_element(By.ID, "id_capacity").send_keys("2")
    browser.find_element(By.ID, "id_quota_per_country").send_keys("1")
    screenshot("prep-01-announce")
    submit(browser, ".announce-form button[type=submit]")
    wait_for_url(browser, "/meetings/")
    assert "The meeting is announced." in messages(browser)
    meeting = Meeting.objects.get(title="Thematic meeting on labour mobility")
    assert "Seats taken: 0 of 2" in browser.find_element(By.ID, "preparation").text

    # Two focal points of different countries: confirmed; a third: waiting list.
    sign_in(browser, base, "fp-sn", f"/meetings/{meeting.pk}/")
    register(browser, base, meeting, "Awa Diop")
    assert "Awa Diop: confirmed." in messages(browser)
    sign_in(browser, base, "fp-es", f"/meetings/{meeting.pk}/")
    register(browser, base, meeting, "Lucia Garcia")
    assert "Lucia Garcia: confirmed." in messages(browser)
    sign_in(browser, base, "fp-ml", f"/meetings/{meeting.pk}/")
    register(browser, base, meeting, "Moussa Keita")
    assert "Moussa Keita is on the waiting list, number 1." in messages(browser)
    screenshot("prep-02-waitlisted")

    # Senegal cancels: Mali's delegate is promoted and gets the e-mail with the .ics.
    mail.outbox.clear()
    sign_in(browser, base, "fp-sn", f"/meetings/{meeting.pk}/register/")
    submit(browser, ".registrations button[type=submit]")
    assert "cancelled" in messages(browser)
    assert "Promoted from the waiting list: Moussa Keita." in messages(browser)
    assert Registration.objects.get(name="Moussa Keita").status == "confirmed"
    promoted = [m for m in mail.outbox if m.to == ["moussa@example.org"]]
    assert len(promoted) == 1
    assert "A place is now yours" in promoted[0].subject
    assert promoted[0].attachments[0][2] == "text/calendar"
    assert "BEGIN:VEVENT" in promoted[0].attachments[0][1]

    # The deadline passes (the editor closes registration): further registrations refused.
    sign_in(browser, base, "secretariat", f"/meetings/{meeting.pk}/announce/")
    set_value(browser, "id_registration_deadline", local(timezone.now() - dt.timedelta(hours=1)))
    submit(browser, ".announce-form button[type=submit]")
    wait_for_url(browser, f"/meetings/{meeting.pk}/")
    assert "Registration closed on" in browser.find_element(By.ID, "preparation").text
    sign_in(browser, base, "fp-es", f"/meetings/{meeting.pk}/register/")
    browser.find_element(By.ID, "id_name").send_keys("Late Delegate")
    browser.find_element(By.ID, "id_email").send_keys("late@example.org")
    submit(browser, ".registration-form button[type=submit]")
    assert "Registration closed on" in browser.find_element(By.CLASS_NAME, "errorlist").text
    assert not Registration.objects.filter(name="Late Delegate").exists()
    screenshot("prep-03-closed")

    # On the day: attendance marked; the record shows the recorded count.
    sign_in(browser, base, "secretariat", f"/meetings/{meeting.pk}/registrations/")
    for box in browser.find_elements(By.CSS_SELECTOR, "input[name=attended]"):
        box.click()
    submit(browser, "button[value=attendance]")
    assert "Attendance saved: 2 present." in messages(browser)
    submit(browser, "button[value=record]")
    assert "2 participants from 2 countries" in messages(browser)
    browser.get(f"{base}/meetings/{meeting.pk}/")
    participants = browser.find_element(By.ID, "field-participants").text
    assert participants.startswith("Participants\n2")
    assert "recorded at the meeting" in participants
    screenshot("prep-04-recorded")
    assert Evidence.objects.get(meeting=meeting, field="participants").method == "recorded"
