from django.urls import path, re_path

from processus.plans import views

app_name = "plans"
urlpatterns = [
    path("plans/<slug:key>/coverage/", views.coverage_page, name="coverage"),
    re_path(
        r"^plans/(?P<key>[-\w]+)/coverage\.(?P<fmt>csv|json)$",
        views.coverage_export,
        name="coverage-export",
    ),
    path("plans/<slug:key>/links/", views.plan_links, name="links"),
    path("plans/links/decide/", views.decide, name="decide"),
    path("meetings/<int:pk>/links/", views.meeting_links, name="meeting-links"),
]
