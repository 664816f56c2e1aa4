from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/", include("django.conf.urls.i18n")),
    # The REST API has one address whatever the language (processus.api).
    path("api/", include("processus.api.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("processus.web.urls")),
    path("", include("processus.plans.urls")),
    path("", include("processus.outcomes.urls")),
    path("", include("processus.reports.urls")),
    path("", include("processus.api.account_urls")),
    path("", include("processus.intake.urls")),
    path("", include("processus.opendata.urls")),
    path("", include("processus.tasks.urls")),
    path("", include("processus.preparation.urls")),
    path("", include("processus.roundtable.urls")),
    path("", include("processus.subscriptions.urls")),
    prefix_default_language=False,
)
