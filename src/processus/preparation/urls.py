from __future__ import annotations

from django.urls import path

from processus.preparation import views

app_name = "preparation"
urlpatterns = [
    path("meetings/announce/", views.announce, name="announce"),
    path("meetings/<int:pk>/announce/", views.announce, name="edit"),
    path("meetings/<int:pk>/agenda/", views.agenda, name="agenda"),
    path("meetings/<int:pk>/agenda/<int:sid>/delete/", views.delete_session, name="delete-session"),
    path("meetings/<int:pk>/register/", views.register, name="register"),
    path("meetings/<int:pk>/registrations/", views.registrations, name="registrations"),
    path("meetings/<int:pk>/participants.csv", views.participants_csv, name="participants-csv"),
    path("meetings/<int:pk>/badges.pdf", views.badges_pdf, name="badges"),
    path("registrations/<int:rid>/cancel/", views.cancel, name="cancel"),
    path("registrations/confirm/<str:token>/", views.confirm, name="confirm"),
    path("focal-points/", views.focal_point_new, name="focal-point-new"),
]
