from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ReportsConfig(AppConfig):
    name = "processus.reports"
    label = "reports"
    verbose_name = pgettext_lazy("report", "Reports")
