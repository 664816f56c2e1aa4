from __future__ import annotations

from django.urls import path

from processus.tasks import views

app_name = "tasks"
urlpatterns = [
    path("tasks/", views.task_list, name="list"),
    path("tasks/start/", views.start_task, name="start"),
]
