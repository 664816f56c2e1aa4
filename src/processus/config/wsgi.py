"""WSGI entry point used by ``processus serve`` (gunicorn)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
application = get_wsgi_application()
