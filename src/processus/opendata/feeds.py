"""Atom feeds of the meetings (Django's syndication framework), all of them or per dialogue.

``/feeds/meetings.atom`` lists meetings by their latest change (new and changed
ones first); ``/feeds/upcoming.atom`` the meetings not over yet, soonest first. Both
are in the language of the address (``/fr/feeds/…`` in French), so a subscription
keeps the language it was made in whatever the feed reader's settings.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from processus.kb.models import Dialogue, Meeting
from processus.opendata import queries
from processus.opendata.calendars import kind_label, meeting_description, meeting_location

if TYPE_CHECKING:
    _FeedBase = Feed[Meeting, Dialogue | None]
else:  # Feed is generic in the type stubs only
    _FeedBase = Feed


class _MeetingFeed(_FeedBase):
    feed_type = Atom1Feed
    kind = ""

    def get_object(self, request: HttpRequest, dialogue: str = "") -> Dialogue | None:
        return get_object_or_404(Dialogue, key=dialogue) if dialogue else None

    def link(self, obj: Dialogue | None) -> str:
        url = reverse("web:meetings")
        return f"{url}?dialogue={obj.key}" if obj else url

    def feed_url(self, obj: Dialogue | None) -> str:
        name = f"opendata:{self.kind}-feed"
        return reverse(name, kwargs={"dialogue": obj.key}) if obj else reverse(name)

    def item_title(self, item: Meeting) -> str:
        title = item.title or kind_label(item).capitalize()
        when = item.start_label or _("date not known")
        where = meeting_location(item)
        return " · ".join(part for part in (title, when, where) if part)

    def item_description(self, item: Meeting) -> str:
        # Atom summaries are HTML: one line of the record per line of the summary.
        return "<br>".join(escape(line) for line in meeting_description(item).splitlines())

    def item_link(self, item: Meeting) -> str:
        return reverse("web:meeting", args=[item.pk])

    def item_guid(self, item: Meeting) -> str:
        # A tag URI (RFC 4151): the entry keeps its identity on any host and in any language.
        return f"tag:processus,2024:meeting-{item.pk}"

    def item_guid_is_permalink(self, item: Meeting) -> bool:
        return False

    def item_pubdate(self, item: Meeting) -> dt.datetime:
        return item.created

    def item_updateddate(self, item: Meeting) -> dt.datetime:
        return item.updated

    def item_categories(self, item: Meeting) -> list[str]:
        return [kind_label(item)] + [d.display_name for d in item.dialogues.all()]


class ChangedMeetingsFeed(_MeetingFeed):
    """New and changed meetings, the latest change first."""

    kind = "meetings"

    def title(self, obj: Dialogue | None) -> str:
        if obj:
            return _("%(dialogue)s: new and changed meetings") % {"dialogue": obj.display_name}
        return _("Processus: new and changed meetings")

    def subtitle(self, obj: Dialogue | None) -> str:
        return _("Meetings added to the record or changed in it, the latest change first.")

    def items(self, obj: Dialogue | None) -> QuerySet[Meeting]:
        return queries.changed_meetings(obj.key if obj else "")


class UpcomingMeetingsFeed(_MeetingFeed):
    """Meetings not over yet, the soonest first."""

    kind = "upcoming"

    def title(self, obj: Dialogue | None) -> str:
        if obj:
            return _("%(dialogue)s: upcoming meetings") % {"dialogue": obj.display_name}
        return _("Processus: upcoming meetings")

    def subtitle(self, obj: Dialogue | None) -> str:
        return _("Meetings that are not over yet, the soonest first; cancelled ones left out.")

    def items(self, obj: Dialogue | None) -> QuerySet[Meeting]:
        return queries.upcoming_meetings(obj.key if obj else "")
