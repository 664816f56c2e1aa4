from __future__ import annotations

from django.urls import path

from processus.opendata import feeds, views

app_name = "opendata"
urlpatterns = [
    path("meetings.ics", views.calendar, name="calendar"),
    path("meetings/<int:pk>.ics", views.meeting_calendar, name="meeting-calendar"),
    path("dialogues/<slug:key>/meetings.ics", views.dialogue_calendar, name="dialogue-calendar"),
    path("actors/<slug:key>/meetings.ics", views.country_calendar, name="country-calendar"),
    path("feeds/meetings.atom", feeds.ChangedMeetingsFeed(), name="meetings-feed"),
    path("feeds/upcoming.atom", feeds.UpcomingMeetingsFeed(), name="upcoming-feed"),
    path("feeds/<slug:dialogue>/meetings.atom", feeds.ChangedMeetingsFeed(), name="meetings-feed"),
    path("feeds/<slug:dialogue>/upcoming.atom", feeds.UpcomingMeetingsFeed(), name="upcoming-feed"),
    path("data/", views.data, name="data"),
    path("data/datapackage.json", views.descriptor, name="descriptor"),
    path("data/processus-data.zip", views.data_package, name="zip"),
]
