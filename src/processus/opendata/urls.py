from __future__ import annotations

from django.urls import path
from django.views.decorators.http import conditional_page

from processus.opendata import feeds, views

#: Feed readers and calendar applications poll: the feeds and calendars carry an ETag of
#: their body and answer ``If-None-Match`` with 304 Not Modified.
app_name = "opendata"
urlpatterns = [
    path("meetings.ics", conditional_page(views.calendar), name="calendar"),
    path(
        "meetings/<int:pk>.ics", conditional_page(views.meeting_calendar), name="meeting-calendar"
    ),
    path(
        "dialogues/<slug:key>/meetings.ics",
        conditional_page(views.dialogue_calendar),
        name="dialogue-calendar",
    ),
    path(
        "actors/<slug:key>/meetings.ics",
        conditional_page(views.country_calendar),
        name="country-calendar",
    ),
    path(
        "feeds/meetings.atom", conditional_page(feeds.ChangedMeetingsFeed()), name="meetings-feed"
    ),
    path(
        "feeds/upcoming.atom", conditional_page(feeds.UpcomingMeetingsFeed()), name="upcoming-feed"
    ),
    path(
        "feeds/<slug:dialogue>/meetings.atom",
        conditional_page(feeds.ChangedMeetingsFeed()),
        name="meetings-feed",
    ),
    path(
        "feeds/<slug:dialogue>/upcoming.atom",
        conditional_page(feeds.UpcomingMeetingsFeed()),
        name="upcoming-feed",
    ),
    path("data/", views.data, name="data"),
    path("data/datapackage.json", views.descriptor, name="descriptor"),
    path("data/processus-data.zip", views.data_package, name="zip"),
]
