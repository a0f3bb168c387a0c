"""Protection for public forms without a third-party captcha.

- a honeypot field people never see (hidden by CSS and from assistive technology);
- a signed token: when the form was displayed, which form it is and the visitor's
  browser session (its CSRF cookie); a form sent less than `min_fill_seconds` after it
  was displayed, or more than `max_age_seconds` later, is refused with a message that
  says why. A token serves one post only (its nonce is recorded on the shared cache): a
  replay is a robot;
- per-IP rate limiting on the shared cache, in a sliding window per scope. The limits
  are settings (`PORTAL_FORM_RATE_LIMITS`, per scope) and are counted per form: per
  event for registrations, per contact form for messages. They are high on purpose: a
  school or an office behind one address must be able to sign up a whole room for an
  evening; the honeypot and the timing token keep robots out, the limit only stops a
  flood.

Bots (honeypot filled, token missing, forged, for another form or replayed) get a generic
error and the form sets `looks_like_bot`, so a view may pretend success without saving
anything (a double click lands on the "sent" page and saves nothing twice). People who
are too fast, whose form is too old or from another session, or who are rate limited get
a clear, translated message and a fresh token; the form is re-displayed bound, so
nothing they typed is lost.
"""

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

SALT = "portal.antispam.token"
RATE_LIMIT_BUCKETS = 10
# (count, window in seconds) for a form whose scope settings.PORTAL_FORM_RATE_LIMITS omits.
DEFAULT_FORM_RATE_LIMIT = (60, 3600)
GENERIC_ERROR = _("Your form could not be sent. Please try again.")
TOO_FAST_ERROR = _(
    "You sent the form very quickly, just like a robot would. "
    "Please check your answers and send it again."
)
EXPIRED_ERROR = _("This form was opened too long ago. Please check your answers and send it again.")
OTHER_SESSION_ERROR = _(
    "This form was opened in another browsing session. Please check your answers and send it again."
)
RATE_LIMITED_ERROR = _(
    "Too many forms were sent from your connection. Please wait a while and try again; "
    "your answers are kept below."
)


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the proxies' X-Forwarded-For when trusted.

    With `PORTAL_TRUSTED_PROXY_COUNT = n`, the n-th address from the right of
    X-Forwarded-For is the one our own outermost proxy saw (anything left of it can
    be forged by the client).
    """
    proxies = getattr(settings, "PORTAL_TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies > 0 and forwarded:
        addresses = [a.strip() for a in forwarded.split(",") if a.strip()]
        if addresses:
            return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit(request, scope, limit, window, buckets=RATE_LIMIT_BUCKETS):
    """Count this request and return True when the IP went over `limit` in `window` seconds.

    A sliding window on the shared cache (Redis, or the database cache by default), so it
    holds across workers and machines: the window is cut into `buckets` counters, and the
    current one plus the `buckets` before it are summed. They cover at least the last
    `window` seconds, so no span of `window` seconds ever lets more than `limit` requests
    through (a fixed window lets twice the limit through across its boundary); the price
    is that a request is remembered up to `window / buckets` seconds longer. Refused
    requests count too: hammering keeps the door shut. The database cache's increment is
    not atomic, so under a burst a few extra requests may pass there (Redis is exact).
    """
    ip = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    size = window / buckets
    current = int(time.time() // size)
    prefix = f"ratelimit:{scope}:{window}:{ip}"
    key = f"{prefix}:{current}"
    timeout = int(window + 2 * size) + 1
    cache.add(key, 0, timeout=timeout)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=timeout)
    counters = cache.get_many([f"{prefix}:{n}" for n in range(current - buckets, current + 1)])
    return sum(counters.values()) > limit


def session_binding(request, create=False):
    """What ties a token to the visitor's browser session ("" without one): a digest of
    the CSRF secret that the browser holds in its cookie and sends with every post.

    Neither a server-side session (a database row per visitor and a query on every later
    page) nor the secret itself in the page. With `create`, a visitor without a CSRF
    cookie gets one (the form pages are never cached)."""
    if create:
        get_token(request)
    secret = request.META.get("CSRF_COOKIE", "")
    return hashlib.sha256(f"{SALT}:{secret}".encode()).hexdigest()[:24] if secret else ""


def make_token(form, binding, issued_at=None):
    """The signed token of one display of `form` (a scope name) in the session `binding`."""
    issued_at = time.time() if issued_at is None else issued_at
    payload = {"t": int(issued_at), "f": form, "s": binding, "n": secrets.token_urlsafe(12)}
    return signing.Signer(salt=SALT).sign_object(payload)


def read_token(token):
    """The token's payload, or None when it is missing or forged."""
    try:
        payload = signing.Signer(salt=SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("t"), int):
        return None
    return payload


class HoneypotInput(forms.TextInput):
    """A trap for robots inside a container CSS hides (`.form-trap`): people never see it."""

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        return format_html(
            '<div class="form-trap"><label for="{}">{}</label>{}</div>',
            (attrs or {}).get("id", ""),
            _("Leave this field empty"),
            field,
        )


class ProtectedFormMixin:
    """Add to a `forms.Form`/`ModelForm`: `class MyForm(ProtectedFormMixin, forms.Form)`.

    Pass `request=` to tie the token to the visitor's session and to enable rate limiting
    (`rate_limit_scope`, `rate_limit_count` per `rate_limit_window` seconds). Render
    `{{ form.website }}` and `{{ form.form_started }}`, or loop over the fields: the
    honeypot renders inside a `.form-trap` container that CSS hides (display: none) from
    people and screen readers.
    """

    honeypot_field = "website"
    timestamp_field = "form_started"
    min_fill_seconds = 3
    max_age_seconds = 24 * 3600
    rate_limit_scope = None
    # None: read from settings.PORTAL_FORM_RATE_LIMITS[rate_limit_scope] (count, window).
    rate_limit_count = None
    rate_limit_window = None

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.looks_like_bot = False
        self.fields[self.honeypot_field] = forms.CharField(
            label="",  # the widget carries its own label inside the hidden trap
            required=False,
            widget=HoneypotInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[self.timestamp_field] = forms.CharField(
            required=False,
            widget=forms.HiddenInput,
            # Made when the form is rendered, once the form knows its scope.
            initial=lambda: self.new_token(),
        )

    def token_scope(self):
        """Which form a token belongs to: a token of another form is refused."""
        return self.rate_limit_scope or type(self).__name__

    def new_token(self, issued_at=None, create=True):
        binding = session_binding(self.request, create) if self.request else ""
        return make_token(self.token_scope(), binding, issued_at)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(self.honeypot_field):
            return self._bot()
        token = read_token(cleaned_data.get(self.timestamp_field, ""))
        if token is None or token.get("f") != self.token_scope():
            return self._bot()
        if token.get("s") != (session_binding(self.request) if self.request else ""):
            self._refresh_timestamp()
            raise forms.ValidationError(OTHER_SESSION_ERROR, code="other_session")
        age = time.time() - token["t"]
        if age < self.min_fill_seconds:
            raise forms.ValidationError(TOO_FAST_ERROR, code="too_fast")
        if age > self.max_age_seconds:
            self._refresh_timestamp()
            raise forms.ValidationError(EXPIRED_ERROR, code="expired")
        if self.errors:  # fixed by the visitor, the same token is sent again
            return cleaned_data
        # Only complete, otherwise valid submissions count: typos never use up the quota.
        if self._rate_limited():
            raise forms.ValidationError(RATE_LIMITED_ERROR, code="rate_limited")
        first_use = cache.add(f"antispam:used:{token.get('n')}", 1, self.max_age_seconds + 60)
        # False: this token was already posted. None: the cache is down (django-redis
        # with IGNORE_EXCEPTIONS); people's posts go through rather than being dropped.
        if first_use is False:
            return self._bot()
        # Should the view still refuse the post (no seats left...), the re-displayed form
        # carries a new token: the one just used would now look like a replay.
        self._refresh_timestamp()
        return cleaned_data

    def rate_limit_key(self):
        """What a limit counts: by default the token's scope (one event, one form)."""
        return self.token_scope()

    def rate_limit_settings(self):
        """(count, window in seconds) for this form's scope."""
        configured = getattr(settings, "PORTAL_FORM_RATE_LIMITS", {})
        default_count, default_window = configured.get(
            self.rate_limit_scope, DEFAULT_FORM_RATE_LIMIT
        )
        return (
            self.rate_limit_count if self.rate_limit_count is not None else default_count,
            self.rate_limit_window if self.rate_limit_window is not None else default_window,
        )

    def _rate_limited(self):
        if self.request is None or not self.rate_limit_scope:
            return False
        count, window = self.rate_limit_settings()
        return rate_limit(self.request, self.rate_limit_key(), count, window)

    def _bot(self):
        self.looks_like_bot = True
        raise forms.ValidationError(GENERIC_ERROR, code="spam")

    def _refresh_timestamp(self):
        # The re-displayed form gets a fresh token that the next submission can pass with
        # (already as old as the minimum fill time: the visitor has filled the form).
        self.data = self.data.copy()
        # A post carries its CSRF cookie: the new token is tied to it.
        self.data[self.add_prefix(self.timestamp_field)] = self.new_token(
            time.time() - self.min_fill_seconds, create=False
        )
