"""The Atom feeds, read by feedparser: well formed, the right entries in the right order,
per dialogue, in the address's language; and the pages that announce them."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from django.utils import timezone

from processus.kb.models import Meeting

pytestmark = pytest.mark.django_db


def _feed(client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def _titles(parsed: feedparser.FeedParserDict) -> list[str]:
    return [entry.title.split(" · ")[0] for entry in parsed.entries]


def test_changed_meetings_newest_change_first(client, record):
    now = timezone.now()
    Meeting.objects.filter(pk=record.month_only.pk).update(updated=now + dt.timedelta(minutes=5))
    Meeting.objects.filter(pk=record.joint_meeting.pk).update(updated=now + dt.timedelta(minutes=2))
    Meeting.objects.exclude(pk__in=[record.month_only.pk, record.joint_meeting.pk]).update(
        updated=now - dt.timedelta(days=1)
    )

    parsed = _feed(client, "/feeds/meetings.atom")

    titles = _titles(parsed)
    assert titles[:2] == ["Thematic meeting in July", "Joint meeting on smuggling"]
    assert len(titles) == Meeting.objects.count()
    first = parsed.entries[0]
    assert first.link == f"http://testserver/meetings/{record.month_only.pk}/"
    assert first.id == f"tag:processus,2024:meeting-{record.month_only.pk}"
    assert first.updated_parsed[:5] == (now + dt.timedelta(minutes=5)).utctimetuple()[:5]
    assert "2019-07" in first.title


def test_changed_meetings_of_one_dialogue(client, record):
    parsed = _feed(client, "/feeds/khartoum-process/meetings.atom")

    assert sorted(_titles(parsed)) == ["Joint meeting on smuggling", "Thematic meeting in July"]
    assert parsed.feed.title == "Khartoum Process: new and changed meetings"


def test_upcoming_meetings_soonest_first_without_past_or_cancelled_ones(client, record):
    parsed = _feed(client, "/feeds/upcoming.atom")

    assert _titles(parsed) == ["Next steering committee"]
    assert "Dakar" in parsed.entries[0].title


def test_upcoming_meetings_of_a_dialogue_without_any(client, record):
    parsed = _feed(client, "/feeds/khartoum-process/upcoming.atom")

    assert parsed.entries == []


def test_an_unknown_dialogue_has_no_feed(client, record):
    assert client.get("/feeds/no-such-dialogue/meetings.atom").status_code == 404


def test_the_entry_summarises_the_record(client, record):
    parsed = _feed(client, "/feeds/rabat-process/meetings.atom")

    entry = next(e for e in parsed.entries if e.title.startswith("Workshop on labour mobility"))
    assert "Hosts: Senegal" in entry.summary
    assert "Organisers: ICMPD" in entry.summary
    assert [tag.term for tag in entry.tags] == ["workshop", "Rabat Process"]


def test_a_french_address_gives_a_french_feed(client, record):
    parsed = _feed(client, "/fr/feeds/rabat-process/upcoming.atom")

    assert parsed.feed.language == "fr"
    assert parsed.feed.title == "Processus de Rabat : réunions à venir"
    assert parsed.entries[0].link.endswith(f"/fr/meetings/{record.future.pk}/")
    assert "Sénégal" in parsed.entries[0].title


def test_every_page_announces_the_feeds_and_the_meetings_page_links_them(client, record):
    home = client.get("/").content.decode()
    meetings = client.get("/meetings/?dialogue=khartoum-process").content.decode()

    head = home.split("</head>")[0]
    assert 'type="application/atom+xml"' in head
    assert 'href="/feeds/meetings.atom"' in head
    assert 'href="/feeds/upcoming.atom"' in head
    assert 'href="/meetings.ics?dialogue=khartoum-process"' in meetings
    assert 'href="/feeds/khartoum-process/upcoming.atom"' in meetings


@pytest.mark.parametrize("url", ["/feeds/meetings.atom", "/meetings.ics"])
def test_a_poller_that_has_the_latest_version_gets_304(client, record, url):
    first = client.get(url)
    etag = first["ETag"]

    unchanged = client.get(url, HTTP_IF_NONE_MATCH=etag)
    Meeting.objects.filter(pk=record.joint_meeting.pk).update(
        title="Joint meeting renamed", updated=timezone.now() + dt.timedelta(minutes=1)
    )
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert unchanged.status_code == 304
    assert changed.status_code == 200
    assert "Joint meeting renamed" in changed.content.decode()
