"""The preparation endpoints, included by :mod:`processus.api.urls` under ``v1/``."""

from __future__ import annotations

from django.urls import path

from processus.preparation.api import CancelView, RegistrationsView

urlpatterns = [
    path("meetings/<int:pk>/registrations/", RegistrationsView.as_view(),
         name="meeting-registrations"),
    path("meetings/<int:pk>/registrations/<int:rid>/cancel/", CancelView.as_view(),
         name="registration-cancel"),
]  # fmt: skip
