"""``processus watch-feed``: a feed's items ingested once, from a local server."""

from __future__ import annotations

import pytest

from processus.cli import main
from processus.intake.feeds import watch_once
from processus.intake.fetch import FetchLimits
from processus.intake.models import FeedItem
from processus.kb.models import Document
from tests.intake.conftest import ANNOUNCEMENT, WORKSHOP
from tests.intake.server import Route

pytestmark = pytest.mark.django_db

THIRD = ANNOUNCEMENT.replace("Dakar, Senegal", "Rabat, Morocco").replace("Senegal", "Morocco")


def _rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid></item>"
        for title, path in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<link>{base}/</link><description>Dialogue news</description>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def feed(server):
    items = [("Dakar", "/news/1.txt"), ("Abidjan", "/news/2.txt"), ("Rabat", "/news/3.txt")]
    server.routes["/feed.xml"] = Route(_rss(server.base, items), "application/rss+xml")
    for (_, path), text in zip(items, (ANNOUNCEMENT, WORKSHOP, THIRD), strict=True):
        server.routes[path] = Route(text.encode(), "text/plain")
    return server.url("/feed.xml")


def test_three_items_are_ingested_once(feed, server, capsys):
    assert main(["watch-feed", feed, "--once"]) == 0
    first = capsys.readouterr().out
    assert f"{feed}: 3 items, 3 new, 3 ingested, 0 refused" in first
    assert Document.objects.count() == 3
    assert sorted(Document.objects.values_list("source_url", flat=True)) == [
        server.url(f"/news/{n}.txt") for n in (1, 2, 3)
    ]
    assert FeedItem.objects.filter(feed_url=feed, document__isnull=False).count() == 3
    hits = len(server.hits)

    assert main(["watch-feed", feed, "--once"]) == 0
    assert f"{feed}: 3 items, 0 new, 0 ingested, 0 refused" in capsys.readouterr().out
    assert server.hits[hits:] == ["/feed.xml"]  # no item fetched again


def test_a_new_item_is_the_only_one_read_next_time(feed, server):
    watch_once(feed)
    server.routes["/feed.xml"] = Route(
        _rss(server.base, [("New", "/news/4.txt"), ("Dakar", "/news/1.txt")]),
        "application/rss+xml",
    )
    server.routes["/news/4.txt"] = Route(b"A photo caption only.", "text/plain")
    report = watch_once(feed)
    assert [(r.name, r.outcome) for r in report.results] == [(server.url("/news/4.txt"), "stored")]


def test_a_refused_item_is_remembered_and_a_passing_failure_is_tried_again(server):
    items = [("Gone", "/news/gone.txt"), ("Slow", "/news/slow.txt")]
    server.routes["/feed.xml"] = Route(_rss(server.base, items), "application/atom+xml")
    server.routes["/news/slow.txt"] = Route(b"late", "text/plain", delay=1.0)
    limits = FetchLimits(max_bytes=1024 * 1024, read_seconds=0.3)
    report = watch_once(server.url("/feed.xml"), limits)
    assert [r.reason for r in report.results] == [
        "HTTP 404 Not Found",
        "timed out (no answer within 0.3 s)",
    ]
    assert list(FeedItem.objects.values_list("link", "reason")) == [
        (server.url("/news/gone.txt"), "HTTP 404 Not Found")
    ]


def test_not_a_feed_is_a_one_line_error_and_exit_1(server, capsys):
    server.routes["/page"] = Route(b"<html><body>hello</body></html>", "text/xml")
    assert main(["watch-feed", server.url("/page"), "--once"]) == 1
    assert capsys.readouterr().err.startswith(f"{server.url('/page')}: not an RSS or Atom feed")
    server.routes["/page.html"] = Route(b"<html></html>", "text/html")
    assert main(["watch-feed", server.url("/page.html"), "--once"]) == 1
    assert "content type text/html is not one" in capsys.readouterr().err


def test_a_bad_url_or_period_is_a_usage_error(capsys):
    assert main(["watch-feed", "file:///etc/passwd", "--once"]) == 2
    assert "only http and https URLs are fetched, not file" in capsys.readouterr().err
    assert main(["watch-feed", "https://example.org/feed", "--every", "0"]) == 2
    assert "--every 0: must be more than 0 minutes" in capsys.readouterr().err


def test_an_item_may_not_lead_to_another_private_host(server, db):
    port = server.base.rsplit(":", 1)[1]
    items = [("Inside", f"http://localhost:{port}/news/1.txt"), ("Relative", "/news/2.txt")]
    body = _rss("", items)
    server.routes["/feed.xml"] = Route(body, "application/rss+xml")
    server.routes["/news/1.txt"] = Route(ANNOUNCEMENT.encode(), "text/plain")
    server.routes["/news/2.txt"] = Route(WORKSHOP.encode(), "text/plain")
    report = watch_once(server.url("/feed.xml"))
    assert [(r.name, r.outcome) for r in report.results] == [
        (f"http://localhost:{port}/news/1.txt", "refused"),
        (server.url("/news/2.txt"), "stored"),
    ]
    assert report.results[0].reason.startswith("localhost is a private address (")
    assert "/news/1.txt" not in server.hits
