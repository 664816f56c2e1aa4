"""``/api/v1/``: mounted outside the language prefixes (an API has one address)."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from processus.api import views
from processus.api.schema import DocsView

app_name = "api"

router = SimpleRouter()
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("documents", views.DocumentViewSet, basename="document")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("dialogues", views.DialogueViewSet, basename="dialogue")
router.register("plans", views.PlanViewSet, basename="plan")
router.register("outcomes", views.OutcomeViewSet, basename="outcome")

urlpatterns = [
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", DocsView.as_view(), name="docs"),
    path("v1/search/", views.SearchView.as_view(), name="search"),
    # Registrations for a meeting's preparation (processus.preparation.api).
    path("v1/", include("processus.preparation.api_urls")),
    path("v1/", include(router.urls)),
    re_path(r"^.*$", views.not_found),
]
