from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Full-text (and optionally semantic) search over meetings, documents and passages."""

    name = "processus.search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from processus.search import indexing, schema

        indexing.connect_signals()
        post_migrate.connect(
            schema.restore_sqlite_triggers, dispatch_uid="processus.search.triggers"
        )
