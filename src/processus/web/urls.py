from django.contrib.auth import views as auth_views
from django.urls import path, re_path

from processus.plans import views as plans_views
from processus.web import meeting_pages, search_views, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    # Editors are not staff: they sign in here, not on the admin's page.
    path(
        "sign-in/",
        auth_views.LoginView.as_view(
            template_name="web/sign_in.html", redirect_authenticated_user=True
        ),
        name="sign-in",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(), name="sign-out"),
    path("meetings/", views.meetings, name="meetings"),
    re_path(r"^meetings\.(?P<fmt>csv|json)$", views.meetings_export, name="meetings-export"),
    path("meetings/<int:pk>/", meeting_pages.meeting, name="meeting"),
    path("meetings/<int:pk>/correct/", meeting_pages.meeting_correct, name="meeting-correct"),
    path("meetings/<int:pk>/merge/", meeting_pages.meeting_merge, name="meeting-merge"),
    path("meetings/<int:pk>/split/", meeting_pages.meeting_split, name="meeting-split"),
    path(
        "meetings/<int:pk>/changes/<int:change_pk>/revert/",
        meeting_pages.change_revert,
        name="change-revert",
    ),
    path(
        "meetings/<int:pk>/outcomes/add/",
        meeting_pages.meeting_outcome,
        name="meeting-outcome-add",
    ),
    path(
        "meetings/<int:pk>/outcomes/<int:outcome_pk>/",
        meeting_pages.meeting_outcome,
        name="meeting-outcome",
    ),
    path(
        "meetings/<int:pk>/outcomes/<int:outcome_pk>/remove/",
        meeting_pages.meeting_outcome_remove,
        name="meeting-outcome-remove",
    ),
    path("documents/", views.documents, name="documents"),
    re_path(r"^documents\.(?P<fmt>csv|json)$", views.documents_export, name="documents-export"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("actors/", views.actors, name="actors"),
    re_path(r"^actors\.(?P<fmt>csv|json)$", views.actors_export, name="actors-export"),
    path("actors/<slug:key>/", views.actor, name="actor"),
    path("plans/", views.plans, name="plans"),
    path("plans/<slug:key>/", views.plan, name="plan"),
    # Coverage is the plans app's page (suggested and confirmed links, reasons, gaps).
    path("plans/<slug:key>/coverage/", plans_views.coverage_page, name="coverage"),
    path("search", search_views.search_page, name="search"),
    path("search.json", search_views.search_json, name="search-json"),
]
