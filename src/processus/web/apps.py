from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """Pages for people: home, and later meetings, countries, action plans, documents."""

    name = "processus.web"
    label = "web"
    verbose_name = _("Web pages")

    def ready(self) -> None:
        from processus.web.page_cache import connect_signals

        connect_signals()
