from __future__ import annotations

from django.urls import path

from processus.roundtable import views

app_name = "roundtable"
urlpatterns = [
    path("meetings/<int:pk>/round-table/", views.round_table, name="page"),
    path("meetings/<int:pk>/round-table/questions/add/", views.question_form, name="question-add"),
    path(
        "meetings/<int:pk>/round-table/questions/<int:question_pk>/",
        views.question_form,
        name="question-edit",
    ),
    path(
        "meetings/<int:pk>/round-table/questions/<int:question_pk>/remove/",
        views.question_remove,
        name="question-remove",
    ),
    path(
        "meetings/<int:pk>/round-table/questions/<int:question_pk>/statements/add/",
        views.statement_form,
        name="statement-add",
    ),
    path(
        "meetings/<int:pk>/round-table/questions/<int:question_pk>/statements/<int:statement_pk>/",
        views.statement_form,
        name="statement-edit",
    ),
    path(
        "meetings/<int:pk>/round-table/questions/<int:question_pk>/statements/<int:statement_pk>/remove/",
        views.statement_remove,
        name="statement-remove",
    ),
    path("round-tables/positions/", views.positions, name="positions"),
]
