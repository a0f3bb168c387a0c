"""Production: refuses to start without a real secret key and allowed hosts."""

from email.utils import getaddresses

import sentry_sdk
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, EMAIL_BACKEND, LOGGING, SECRET_KEY, env, env_bool

_missing = [
    name
    for name, value in (("SECRET_KEY", SECRET_KEY), ("ALLOWED_HOSTS", env("ALLOWED_HOSTS")))
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: use at least 50 random characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is empty: list the site's host names.")

DEBUG = False
DEMO_RESET_ALLOWED = False
# TLS ends at the load balancer or reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST", False)

# No request ever waits for a mail server: every email, including those Django and
# Wagtail send by themselves (password reset, moderation), is a row of the outbox, sent
# by the task worker (`manage.py db_worker`) and the `send_queued_emails` timer through
# the real backend, with EMAIL_TIMEOUT (5 s) per attempt. TASKS_BACKEND=immediate would
# send in the request again: only for a machine without a worker.
PORTAL_EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "portal.outbox.OutboxBackend"
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env("TASKS_BACKEND") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

# Someone is told about server errors (django.request: every 500): an email to ADMINS
# ("Name <a@b>, c@d"), queued in the outbox like any email (no failing request waits for
# the mail server), without the request's local variables; and, when SENTRY_DSN is set,
# the error tracker.
ADMINS = [(name, address) for name, address in getaddresses([env("ADMINS", "")]) if address]
LOGGING["filters"] = {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}}
LOGGING["handlers"]["mail_admins"] = {
    "class": "django.utils.log.AdminEmailHandler",
    "level": "ERROR",
    "filters": ["require_debug_false"],
    "include_html": False,
}
LOGGING["loggers"]["django.request"] = {"handlers": ["console", "mail_admins"], "propagate": False}
if env("SENTRY_DSN"):
    sentry_sdk.init(
        dsn=env("SENTRY_DSN"),
        environment=env("SENTRY_ENVIRONMENT", "production"),
        # Registrants' and senders' personal data stay here: no user, no cookie, no body.
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0,
    )
