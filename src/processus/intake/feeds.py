"""Following an RSS or Atom feed (``processus watch-feed``): each new item ingested once.

The feed is fetched like any URL (:mod:`processus.intake.fetch`: same time-outs, size
limit and redirects) and read with feedparser.  Each item is known by its id (the
``guid``/``id``, else its link); an item seen before is skipped, so a feed can be
read every few minutes and its items are ingested once.  An item whose link could
not be fetched for a passing reason (a time-out, a refused connection, a server
error) is not remembered, so the next pass tries it again; any other refusal is
remembered with its reason, like a success with its document.

A feed is chosen by whoever runs the command, its items' links are not: they are
fetched only from public addresses, or from the feed's own host (an intranet feed
may link to its own pages), never from another private address.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from processus.intake.fetch import FetchError, FetchLimits, default_limits, fetch, ingest_urls
from processus.intake.models import Arrival, FeedItem
from processus.intake.operations import IntakeResult

#: Content types a feed is served with.
FEED_TYPES = {
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/rdf+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
}
#: Refusals that may pass: the item is tried again on the next pass.
PASSING = ("timed out", "cannot connect", "HTTP 5", "download failed", "download took longer")


@dataclass
class FeedPass:
    """One reading of a feed: its items, the new ones and what became of them."""

    feed_url: str
    items: int = 0
    results: list[IntakeResult] = field(default_factory=list)
    #: items without a link (counted, remembered, nothing to fetch)
    without_link: int = 0
    error: str = ""

    @property
    def refused(self) -> list[IntakeResult]:
        return [r for r in self.results if r.refused]

    def lines(self) -> list[str]:
        if self.error:
            return [f"{self.feed_url}: {self.error}"]
        out = [
            f"{self.feed_url}: {self.items} items, {len(self.results)} new, "
            f"{len(self.results) - len(self.refused)} ingested, {len(self.refused)} refused"
        ]
        return out + [f"  {r.line()}" for r in self.results]


def item_id(entry: Any) -> str:
    return str(entry.get("id") or entry.get("guid") or entry.get("link") or "").strip()


def read_feed(feed_url: str, limits: FetchLimits | None = None) -> list[tuple[str, str]]:
    """``(item id, link)`` of each item of the feed, in the feed's order.

    Raises :class:`FetchError` when the feed cannot be fetched or is not a feed.
    """
    import feedparser

    fetched = fetch(feed_url, limits, accept=FEED_TYPES)
    parsed = feedparser.parse(fetched.data, response_headers={"content-location": feed_url})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:150]})" if problem else ""
        raise FetchError(f"not an RSS or Atom feed{detail}")
    items: list[tuple[str, str]] = []
    for entry in parsed.entries:
        key = item_id(entry)
        link = str(entry.get("link") or "").strip()
        if key:
            items.append((key[:1000], urljoin(feed_url, link)[:1000] if link else ""))
    return items


def watch_once(feed_url: str, limits: FetchLimits | None = None) -> FeedPass:
    """Read the feed once and ingest the links of the items not seen before."""
    report = FeedPass(feed_url)
    try:
        items = read_feed(feed_url, limits)
    except FetchError as exc:
        report.error = exc.reason
        return report
    report.items = len(items)
    seen = set(FeedItem.objects.filter(feed_url=feed_url).values_list("item_id", flat=True))
    new: dict[str, str] = {}
    for key, link in items:
        if key not in seen and key not in new:
            new[key] = link
    for key in [k for k, link in new.items() if not link]:
        report.without_link += 1
        _remember(feed_url, key, "", None, "the item has no link")
        del new[key]
    if not new:
        return report
    # The feed's own host may be on a private network (an intranet); its links may
    # not lead from there to any other private address.
    host = (urlsplit(feed_url).hostname or "").lower()
    item_limits = dataclasses.replace(limits or default_limits(), private_hosts=frozenset({host}))
    report.results = ingest_urls(list(new.values()), road=Arrival.Road.FEED, limits=item_limits)
    for (key, link), result in zip(new.items(), report.results, strict=True):
        if result.refused and result.reason.startswith(PASSING):
            continue
        _remember(feed_url, key, link, result.document, result.reason)
    return report


def _remember(feed_url: str, key: str, link: str, document: Any, reason: str) -> None:
    """Remember the item (another watcher of the same feed may have done so first)."""
    FeedItem.objects.get_or_create(
        feed_url=feed_url,
        item_id=key,
        defaults={"link": link, "document": document, "reason": reason[:500]},
    )
