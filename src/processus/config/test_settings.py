"""Settings for the test suite: the real settings, pointed at a test database.

``PROCESSUS_TEST_DATABASE_URL`` (e.g. ``postgres://postgres@127.0.0.1:5432/test``)
runs the same suite on PostgreSQL; without it the suite uses SQLite.
"""

from __future__ import annotations

import os
import tempfile

# Before the real settings are read: keep test runs out of the user's data dir.
os.environ.setdefault("PROCESSUS_DATA_DIR", tempfile.mkdtemp(prefix="processus-test-"))
os.environ.setdefault("SECRET_KEY", "insecure-key-for-the-test-suite-only")

from processus.config.database import database_config
from processus.config.settings import *  # noqa: F403
from processus.config.settings import DATA_DIR

_test_url = os.environ.get("PROCESSUS_TEST_DATABASE_URL", "").strip()
DATABASES = {"default": database_config(_test_url, DATA_DIR)}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests serve static files through the finders; there is no collected directory.
STATIC_ROOT = None  # type: ignore[assignment]
# Tasks run in the test's own process; the tests of processus.tasks start real workers.
PROCESSUS_BROKER_URL = "in-process"
