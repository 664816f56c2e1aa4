"""Django settings for Processus, all read from the environment.

Variables (see the README's "Configuration" section):
``PROCESSUS_DATA_DIR`` (default ``./var``), ``DATABASE_URL``, ``SECRET_KEY``,
``DEBUG``, ``ALLOWED_HOSTS``, ``PROCESSUS_LOG_LEVEL``, ``PROCESSUS_CACHE_URL``,
``PROCESSUS_PAGE_CACHE_SECONDS``; for deployment (HTTPS, cookies, login throttling, see
:mod:`processus.config.security`) ``SECURE_PROXY_SSL_HEADER``, ``SECURE_SSL_REDIRECT``,
``SECURE_HSTS_*``, ``SESSION_COOKIE_SECURE``, ``CSRF_COOKIE_SECURE``,
``PROCESSUS_LOGIN_FAILURE_LIMIT``, ``PROCESSUS_LOGIN_COOLOFF_MINUTES``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from django.utils.translation import gettext_lazy as _

from processus.api import config as api_config
from processus.config import security
from processus.config.cache import cache_config
from processus.config.database import database_config, sqlite_config
from processus.config.env import EnvError, env_bool, env_int, env_list, env_path, env_str
from processus.config.secret import load_or_create_secret_key

T = TypeVar("T")

#: Problems found while reading the environment. They are reported by the system
#: check ``processus.E001`` (``processus check``, and before serving or migrating)
#: instead of crashing at import with a traceback.
CONFIGURATION_ERRORS: list[str] = []


def _or_default(read: Callable[[], T], default: T) -> T:
    try:
        return read()
    except EnvError as exc:
        CONFIGURATION_ERRORS.append(str(exc))
        return default


PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env_path("PROCESSUS_DATA_DIR", Path("var"))

DEBUG = _or_default(lambda: env_bool("DEBUG", False), False)
SECRET_KEY = env_str("SECRET_KEY") or load_or_create_secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "axes",
    "processus.kb",
    "processus.search",
    "processus.web",
    "processus.plans",
    "processus.outcomes",
    "processus.reports",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "processus.api",
    "processus.intake",
    "processus.opendata",
    "processus.tasks",
    "processus.preparation",
    "processus.roundtable",
    "processus.subscriptions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Answers the API's CORS preflight requests (no origin is allowed unless configured).
    "corsheaders.middleware.CorsMiddleware",
    "csp.middleware.CSPMiddleware",
    "processus.web.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, authentication and rendering: a cached page skips all of them.
    "processus.web.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "processus.config.urls"
WSGI_APPLICATION = "processus.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": _or_default(
        lambda: database_config(env_str("DATABASE_URL"), DATA_DIR),
        sqlite_config(DATA_DIR / "processus.sqlite3"),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite creates the file but not its directory; a failure is reported by the checks.
    with contextlib.suppress(OSError):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
# Rendered pages for anonymous visitors (processus.web.page_cache) and facet counts.
CACHES = {
    "default": _or_default(
        lambda: cache_config(env_str("PROCESSUS_CACHE_URL")), cache_config("locmem://")
    )
}
#: How long a cached page may be served at most (0 turns the page cache off).
PROCESSUS_PAGE_CACHE_SECONDS = _or_default(
    lambda: env_int("PROCESSUS_PAGE_CACHE_SECONDS", 300), 300
)
#: How long a process reuses the data version before reading it again.
PROCESSUS_DATA_VERSION_SECONDS = 1.0
# Limits on the files ingest reads (processus.kb.limits): larger files, archives that
# unpack to more, longer texts are refused by name; a document that takes longer is
# stopped (0: no time limit) and reported as failed.
PROCESSUS_MAX_FILE_MB = _or_default(lambda: env_int("PROCESSUS_MAX_FILE_MB", 50, minimum=1), 50)
PROCESSUS_MAX_UNPACKED_MB = _or_default(
    lambda: env_int("PROCESSUS_MAX_UNPACKED_MB", 100, minimum=1), 100
)
PROCESSUS_MAX_TEXT_CHARS = _or_default(
    lambda: env_int("PROCESSUS_MAX_TEXT_CHARS", 2_000_000, minimum=1000), 2_000_000
)
PROCESSUS_DOCUMENT_SECONDS = _or_default(
    lambda: env_int("PROCESSUS_DOCUMENT_SECONDS", 30, minimum=0), 30
)
# Background tasks (processus.tasks): the Celery broker. Unset: Redis on this machine when
# the database is PostgreSQL, tasks run in process on SQLite; "in-process" forces the latter.
PROCESSUS_BROKER_URL = env_str("PROCESSUS_BROKER_URL")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "documents"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "web:sign-in"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"
# django-axes first: it refuses a locked-out sign-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# HTTPS behind a proxy (processus.config.security): all off by default, for `make run`.
SECURE_PROXY_SSL_HEADER = _or_default(security.proxy_ssl_header, None)
SECURE_SSL_REDIRECT = _or_default(lambda: env_bool("SECURE_SSL_REDIRECT"), False)
SECURE_HSTS_SECONDS = _or_default(security.hsts_seconds, 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _or_default(
    lambda: env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS"), False
)
SECURE_HSTS_PRELOAD = _or_default(lambda: env_bool("SECURE_HSTS_PRELOAD"), False)
SESSION_COOKIE_SECURE = _or_default(lambda: env_bool("SESSION_COOKIE_SECURE"), False)
CSRF_COOKIE_SECURE = _or_default(lambda: env_bool("CSRF_COOKIE_SECURE"), False)

# django-csp: the policy lives in processus.config.security.
CONTENT_SECURITY_POLICY = security.CONTENT_SECURITY_POLICY

# django-axes: a user name is locked for one address after too many failed sign-ins
# (username and address together, so neither a stranger elsewhere nor a shared proxy
# address locks everybody out). Every sign-in and failed sign-in is kept (admin → Axes).
_LOGIN_FAILURE_LIMIT = _or_default(
    security.login_failure_limit, security.DEFAULT_LOGIN_FAILURE_LIMIT
)
AXES_ENABLED = _LOGIN_FAILURE_LIMIT > 0
AXES_FAILURE_LIMIT = max(_LOGIN_FAILURE_LIMIT, 1)
AXES_COOLOFF_TIME = _or_default(
    security.login_cooloff, dt.timedelta(minutes=security.DEFAULT_LOGIN_COOLOFF_MINUTES)
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_HTTP_RESPONSE_CODE = 429

# Mail (registrations' e-mails): printed to the console unless EMAIL_HOST names a server.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = _or_default(lambda: env_int("EMAIL_PORT", 25), 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = _or_default(lambda: env_bool("EMAIL_USE_TLS"), False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "secretariat@processus.invalid")
#: The site's public address, for links in e-mails.
PROCESSUS_SITE_URL = env_str("PROCESSUS_SITE_URL", "http://localhost:8000")

# The REST API (processus.api.config): DRF, its OpenAPI schema, throttling, CORS.
REST_FRAMEWORK = api_config.REST_FRAMEWORK
SPECTACULAR_SETTINGS = api_config.SPECTACULAR_SETTINGS
PROCESSUS_API_ANON_RATE = _or_default(api_config.anon_rate, api_config.DEFAULT_ANON_RATE)
_CORS_ORIGINS: list[str] = _or_default(api_config.cors_origins, [])
CORS_ALLOW_ALL_ORIGINS = _CORS_ORIGINS == ["*"]
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else _CORS_ORIGINS
CORS_URLS_REGEX = api_config.CORS_URLS_REGEX

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("PROCESSUS_LOG_LEVEL", "WARNING")},
}
