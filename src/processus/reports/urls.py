from __future__ import annotations

from django.urls import path, re_path

from processus.reports import views

app_name = "reports"
urlpatterns = [
    path("reports/", views.index, name="index"),
    path("reports/<slug:key>/", views.report, name="report"),
    re_path(
        r"^reports/(?P<key>[-\w]+)/report\.(?P<fmt>pdf|html)$", views.download, name="download"
    ),
]
