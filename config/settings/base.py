"""Settings shared by every environment. Everything that differs between
machines comes from environment variables (see the README's Configuration table)."""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
import dj_email_url
import jinja2
from django.core.exceptions import ImproperlyConfigured

from config.logging import build_logging
from core.csp import admin_directives, public_directives
from pagecache.frontend_settings import frontend_cache_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_rate(name: str, default: str) -> str:
    """A rate like '60/min' (count / s, sec, m, min, h, hour, d or day); fails at start-up naming the variable."""
    value = os.environ.get(name, default).strip()
    if not re.fullmatch(r"\d+/(s|sec|m|min|h|hour|d|day)", value):
        raise ImproperlyConfigured(
            f"{name} must look like '60/min' (a count, '/', then s, min, hour or day); got {value!r}."
        )
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # First, so that a test database's serialized copy (serialized_rollback) restores content types
    # before the rows that look theirs up while being built (Wagtail's Task.__init__ does).
    "django.contrib.contenttypes",
    "home",
    "roles",
    "courses",
    "paths",
    "occupations",
    "reviews",
    "core",
    "pagecache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v3",  # only for Wagtail's API-token model and admin (Settings › API tokens); its URLs are not mounted
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "corsheaders",
    "ninja",
    "axes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "core.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.csp.PathPolicyCSPMiddleware",
    # Outside everything that may query: a database fault becomes the 503 page or JSON (with the headers above).
    "core.faults.database_unavailable.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "core.api.methods.APIMethodsMiddleware",
    "core.api.caching.APICachingMiddleware",
    "pagecache.per_version.ReadingRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

# Login lockout (django-axes) for the admin login and the page-password form (core/page_password.py).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# The public site is rendered by Jinja2 (templates/, each app's helpers in its jinja2tags module): a guide's
# templates cost a fraction of what Django's engine takes for them (docs/performance.md). Django's engine
# renders the admin, Wagtail's own templates and the apps' admin templates (APP_DIRS); it comes second, so a
# name in templates/ is always the public site's.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {
            "extensions": [
                "wagtail.jinja2tags.core",
                "wagtail.admin.jinja2tags.userbar",
                "core.jinja2tags.core",
                "home.jinja2tags.home",
                "roles.jinja2tags.roles",
                "courses.jinja2tags.courses",
                "paths.jinja2tags.paths",
            ],
            # Like Django's engine, a missing value (or one of a missing value) renders as nothing.
            "undefined": jinja2.ChainableUndefined,
            "context_processors": ["wagtail.contrib.settings.context_processors.settings"],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL decides. Any postgres:// or postgresql:// spelling
# selects the PostgreSQL backend, which also turns on django.contrib.postgres.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

# A database that is down or silent costs seconds, not a hung worker (docs/faults.md):
# libpq gives up connecting after DB_CONNECT_TIMEOUT; the server cancels statements
# after DB_STATEMENT_TIMEOUT_MS (0: never); keepalives and tcp_user_timeout drop a
# vanished peer; and during requests core.faults.database_deadline cuts a call that gets
# no answer at all one second after the statement timeout.
DB_CONNECT_TIMEOUT = int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
DB_STATEMENT_TIMEOUT_MS = int(os.environ.get("DB_STATEMENT_TIMEOUT_MS", "15000"))
DB_QUERY_DEADLINE = DB_STATEMENT_TIMEOUT_MS / 1000 + 1 if DB_STATEMENT_TIMEOUT_MS else 0
if USING_POSTGRES:
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DB_CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={DB_STATEMENT_TIMEOUT_MS}",
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": DB_CONNECT_TIMEOUT * 1000,
        }
    )
# Prepared statements for the SQL built once per process (core.prepared_statements): PostgreSQL stops
# planning the guide's queries on every run, which took three times as long as running them
# (docs/performance.md). They need server-side binding (values sent apart from the SQL), and psycopg
# prepares nothing without a threshold; which statements are prepared, the cursor decides. Set false
# behind a pooler that cannot keep prepared statements (PgBouncer before 1.21 in transaction mode).
DB_PREPARED_STATEMENTS = env_bool("DB_PREPARED_STATEMENTS", True)
if USING_POSTGRES and DB_PREPARED_STATEMENTS:
    DATABASES["default"]["OPTIONS"].update({"server_side_binding": True, "prepare_threshold": 1})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, process memory otherwise. The cache is an
# optimisation, not a dependency: with Redis gone every cache call is a miss
# (django-redis ignores the error), throttling fails open, and one warning is
# logged per outage (core/faults/cache_logging.py). docs/faults.md has the details.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))


def redis_cache(url: str, timeout: float) -> dict:
    """django-redis at ``url``: short socket timeouts, and errors read as misses instead of raising."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "roleatlas",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": timeout, "SOCKET_TIMEOUT": timeout, "IGNORE_EXCEPTIONS": True},
    }


if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL, REDIS_TIMEOUT)}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "roleatlas.cache"

# E-mail: EMAIL_URL (e.g. smtp://user:pass@host:587/?tls=True) or console output.
_email = dj_email_url.parse(os.environ.get("EMAIL_URL", "console:"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Role Atlas <noreply@localhost>")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Media on S3-compatible storage (django-storages) when a bucket is named; credentials come from
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the instance role), read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Role Atlas"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Content-Security-Policy (core/csp.py): strict on the public site, what Wagtail needs under /admin/.
_media_hosts = [f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"] if os.environ.get("AWS_S3_CUSTOM_DOMAIN") else []
CONTENT_SECURITY_POLICY = {"DIRECTIVES": public_directives(_media_hosts)}
ADMIN_CONTENT_SECURITY_POLICY = {"DIRECTIVES": admin_directives(_media_hosts)}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if USING_POSTGRES:
    # English stemming ("evals" finds "evaluation suites"); run `manage.py update_index` after changing it.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "english"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# CORS: the public JSON API may be read from these origins (GET only).
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "authorization", "if-modified-since", "if-none-match"]
CORS_EXPOSE_HEADERS = ["etag", "last-modified", "retry-after"]

# JSON API (config/api.py, docs/api.md)
API_PATH_PREFIX = "/api/v1/"
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
# How long the role detail stays in the Django cache; any published change starts a new entry anyway.
API_DETAIL_CACHE_SECONDS = int(os.environ.get("API_DETAIL_CACHE_SECONDS", "600"))
API_ANON_RATE = env_rate("API_ANON_RATE", "60/min")
# The client address (throttling, login lockout, request ids): REMOTE_ADDR unless this many trusted
# proxies add X-Forwarded-For. NUM_PROXIES; the older API_NUM_PROXIES still works.
NUM_PROXIES = int(os.environ.get("NUM_PROXIES", os.environ.get("API_NUM_PROXIES", "0")))
NINJA_NUM_PROXIES = NUM_PROXIES

# Full-page cache for anonymous readers (pagecache/, docs/performance.md). Entries are keyed on the
# content version, so this TTL bounds memory, not staleness; 0 turns the cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "86400"))
# Bytes of pages each worker also keeps in its own memory, in front of the shared cache; 0: none.
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(16 * 1024 * 1024)))
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_CONTROL = os.environ.get("PAGE_CACHE_CONTROL", "public, max-age=0, must-revalidate")
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/api/", "/healthz", "/documents/", "/_util/", STATIC_URL, MEDIA_URL]
# Paths outside the page tree purged from a CDN on every change (with the pages concerned).
PAGE_CACHE_PURGE_PATHS = ["/sitemap.xml", "/sitemap-pages.xml", "/search/", "/roles/compare/"]
_frontend_cache = frontend_cache_from_environment()
if _frontend_cache:
    WAGTAILFRONTENDCACHE = _frontend_cache

# LOG_FORMAT=json: one JSON object per line (the production default), each with the request id.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = build_logging(json=LOG_FORMAT == "json", level=os.environ.get("LOG_LEVEL", "WARNING"))
