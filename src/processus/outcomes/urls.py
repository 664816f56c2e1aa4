from __future__ import annotations

from django.urls import path, re_path

from processus.outcomes import views

app_name = "outcomes"
urlpatterns = [
    path("outcomes/", views.tracker, name="tracker"),
    re_path(r"^outcomes\.(?P<fmt>csv|json)$", views.tracker_export, name="tracker-export"),
    path("outcomes/<int:pk>/follow-up/", views.follow_up, name="follow-up"),
]
