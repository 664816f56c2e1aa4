from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeBaseConfig(AppConfig):
    """The knowledge base: dialogues, actors, meetings, documents, evidence, action plans."""

    name = "processus.kb"
    label = "kb"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from processus.kb import checks  # noqa: F401  (registers the system checks)
