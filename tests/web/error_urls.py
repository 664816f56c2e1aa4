"""A URL configuration with a page that fails, to see the 500 page (tests only)."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, path


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret-detail-4711 in /srv/processus/settings.py")


urlpatterns: list[URLPattern | URLResolver] = i18n_patterns(
    path("broken/", broken), prefix_default_language=False
)
