"""Settings shared by every environment.

Everything that differs between a laptop and a cluster is read from the environment
(see the table in README.md); the embedded defaults need no service at all.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import pgettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"


def env(name, default=None):
    return os.environ.get(name, default)


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "stories",
    "events",
    "giving",
    "community",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.CrossOriginResourcePolicyMiddleware",
    "portal.middleware.CacheHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.ThrottleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "giving.context_processors.giving",
            ],
        },
    },
]

# Database: SQLite by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; the busy timeout makes concurrent
    # writers wait for the lock instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set; otherwise Django's database cache, which every
# process shares (rate limiting needs a shared cache) and which needs no server.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hlj",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
            "KEY_PREFIX": "hlj",
        }
    }

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account
# from one address, that pair is refused for AXES_COOLOFF_TIME. Attempts are rows of the
# shared database, so every gunicorn worker and every machine sees the same count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "30")))
# The pair: a typo-prone editor behind a shared office address does not lock the others
# out, and nobody can lock an editor out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.antispam.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.views.locked_out"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

# Throttled doors other than the login (portal/middleware.py): POSTs per address, per
# window, on the shared cache. A person needs one or two; a robot trying passwords or
# sending reset emails to an editor is stopped.
PORTAL_THROTTLES = [
    # (name, path pattern, limit, window in seconds)
    ("password-reset", r"^/admin/password_reset/", 5, 3600),
    ("page-password", r"^/(?:[a-z]{2}/)?_util/authenticate_with_password/", 10, 600),
]

# Rate limits of the public forms, per address, as (count, window in seconds), counted
# per form: "event-registration" per event, "contact" per contact form (its French and
# English pages together). High enough for a school or an office behind one address to
# sign up a whole room; robots are kept out by the honeypot and the timing token
# (portal/antispam.py), the limit only stops a flood. A scope not listed gets 60 an hour.
PORTAL_FORM_RATE_LIMITS = {
    "event-registration": (60, 3600),
    "contact": (30, 3600),
    "pledge": (5, 3600),
    "newsletter": (5, 3600),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French first, English second.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# The admin names content languages in the editor's language ("Publier en anglais");
# the public language switch keeps their own names (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", pgettext_lazy("content language", "French")),
    ("en", pgettext_lazy("content language", "English")),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PORTAL_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media in S3-compatible object storage when a bucket is configured.
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# Without object storage, the portal serves the public media folders itself (images and
# their renditions: portal.views.media); a reverse proxy may take over (docs/deployment.md).
PORTAL_SERVE_MEDIA = env_bool("SERVE_MEDIA", not env("AWS_STORAGE_BUCKET_NAME"))
PORTAL_PUBLIC_MEDIA_PREFIXES = ["images/", "original_images/"]
PORTAL_MEDIA_MAX_AGE = 7 * 24 * 3600
# Documents always go through Wagtail's view, which checks collection privacy; its
# default for object storage ("redirect") would hand out the file's permanent URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Email: console unless a host or a backend is configured.
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# A mail server that accepts and never answers costs a worker at most this many seconds.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "5"))
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Hauts les jeunes <no-reply@hautslesjeunes.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks: run in-process unless TASKS_BACKEND=database (then run db_worker).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if env("TASKS_BACKEND") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        ),
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Hauts les jeunes"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Slugs in plain ASCII: "atelier-vélo" becomes "atelier-velo", not %C3%A9 in shared links.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No avatar fetched from Gravatar: the admin asks no third party either (and its CSP allows
# images from this site only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Search backends by dotted path (portal depends on no app). The search page uses the
# site's own index (search/index.py) unless ELASTICSEARCH_URL is set: then Wagtail's
# Elasticsearch 8 backend, one index set per language (search/elasticsearch.py).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        name: {"BACKEND": "search.elasticsearch", "URLS": [ELASTICSEARCH_URL], "LANGUAGE": code}
        for name, code in (("default", "fr"), ("en", "en"))
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}
# Shared caches (CDN, Varnish) keep anonymous pages; publishing purges them.
PORTAL_CACHE_POLICY = {
    "max_age": int(env("CACHE_MAX_AGE", "60")),
    "s_maxage": int(env("CACHE_S_MAXAGE", "600")),
    "stale_while_revalidate": int(env("CACHE_STALE_WHILE_REVALIDATE", "60")),
    "stale_if_error": 86400,
}
PORTAL_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/django-admin/", "/documents/"]
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx or any proxy that accepts PURGE requests.
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    }
WAGTAIL_I18N_ENABLED = True
# "Translate this page" makes a draft: the English page goes live when it is translated
# and published, not with the French text (portal/translation_sync.py does the rest).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def machine_translator(environ):
    """wagtail-localize's machine translator: none unless one is configured (README)."""
    if environ.get("DEEPL_AUTH_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_AUTH_KEY"]},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# Security headers. The Content-Security-Policy allows nothing from a third party and no
# inline script or style on public pages. Wagtail's admin gets its own policies
# (portal/middleware.py; each directive justified in docs/security.md).
# Media in object storage behind its own domain are images of this site too.
_MEDIA_ORIGINS = [f"https://{env('AWS_S3_CUSTOM_DOMAIN')}"] if env("AWS_S3_CUSTOM_DOMAIN") else []
_PUBLIC_CSP = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:", *_MEDIA_ORIGINS],
    "font-src": [SELF],
    "connect-src": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
    "base-uri": [SELF],
    "object-src": [NONE],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _PUBLIC_CSP}
# The admin's sign-in pages (login, password reset) hold no inline script or style: they
# get the public policy, as strict as any page (tests/test_operations_security.py checks it).
PORTAL_ADMIN_SIGN_IN_PREFIXES = ["/admin/login/", "/admin/password_reset/", "/admin/logout/"]
PORTAL_ADMIN_SIGN_IN_CSP = _PUBLIC_CSP
# Everywhere else in the admin, Wagtail 8 still needs, and only needs:
PORTAL_ADMIN_CSP = _PUBLIC_CSP | {
    # InlinePanel, MultipleChooserPanel and the date/time widgets start with an inline
    # <script> whose content varies (field ids, options): neither a hash nor a nonce fits.
    "script-src": [SELF, "'unsafe-inline'"],
    # Style attributes in the editor's widgets and in Wagtail's JavaScript components.
    "style-src": [SELF, "'unsafe-inline'"],
    # Previews of images chosen for upload are blob: URLs.
    "img-src": [SELF, "data:", "blob:", *_MEDIA_ORIGINS],
    # The live preview panel frames the page preview, served by the admin itself.
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}
# A resource of this site may only be loaded by this site's own pages.
PORTAL_CROSS_ORIGIN_RESOURCE_POLICY = env("CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "portal.logging.JSONFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": env("LOG_FORMAT", "plain")}
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per background task and per published page is noise at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # django-axes logs every start and every failed login at INFO; lockouts are WARNING.
        "axes": {"level": "WARNING"},
        "wagtail.contrib.redirects": {"level": "WARNING"},
    },
}

# Site-specific
PORTAL_CANONICAL_BASE_URL = env("PORTAL_BASE_URL", "")

# `load_demo_content --reset` deletes pages: production settings refuse it.
DEMO_RESET_ALLOWED = True
# Number of our own reverse proxies in front of the app: above 0, the client IP (rate
# limiting) is read from X-Forwarded-For (portal/antispam.py).
PORTAL_TRUSTED_PROXY_COUNT = int(env("PORTAL_TRUSTED_PROXY_COUNT", "0"))
