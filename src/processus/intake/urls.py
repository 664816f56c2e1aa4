from __future__ import annotations

from django.urls import path

from processus.intake import views

app_name = "intake"
urlpatterns = [
    path("documents/upload/", views.upload, name="upload"),
    path("documents/upload/<uuid:batch>/", views.results, name="results"),
]
