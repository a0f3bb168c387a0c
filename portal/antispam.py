"""Protection for public forms without a third-party captcha.

- a honeypot field people never see (hidden by CSS and from assistive technology);
- a signed timestamp: a form sent less than `min_fill_seconds` after it was displayed,
  or more than `max_age_seconds` later, is refused with a message that says why;
- per-IP rate limiting on the shared cache, a fixed window per scope.

Bots (honeypot filled, timestamp missing or forged) get a generic error and the form
sets `looks_like_bot`, so a view may pretend success without saving anything. People
who are too fast, whose form is too old or who are rate limited get a clear, translated
message; the form is re-displayed bound, so nothing they typed is lost.
"""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

SALT = "portal.antispam.timestamp"
GENERIC_ERROR = _("Your form could not be sent. Please try again.")
TOO_FAST_ERROR = _(
    "You sent the form very quickly, just like a robot would. "
    "Please check your answers and send it again."
)
EXPIRED_ERROR = _("This form was opened too long ago. Please check your answers and send it again.")
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


def rate_limit(request, scope, limit, window):
    """Count this request and return True when the IP went over `limit` in `window` seconds.

    A fixed window on the shared cache (Redis, or the database cache by default). The
    database cache's increment is not atomic, so under a burst a few extra requests may
    pass: good enough to stop abuse, not an exact quota.
    """
    ip = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{ip}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window + 5)
        count = 1
    return count > limit


def make_timestamp(issued_at=None):
    """A signed token recording when the form was displayed."""
    issued_at = time.time() if issued_at is None else issued_at
    return signing.Signer(salt=SALT).sign(str(int(issued_at)))


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

    Pass `request=` to enable rate limiting (`rate_limit_scope`, `rate_limit_count`
    per `rate_limit_window` seconds). Render `{{ form.website }}` and
    `{{ form.form_started }}`, or loop over the fields: the honeypot renders inside a
    `.form-trap` container that CSS hides (display: none) from people and screen readers.
    """

    honeypot_field = "website"
    timestamp_field = "form_started"
    min_fill_seconds = 3
    max_age_seconds = 24 * 3600
    rate_limit_scope = None
    rate_limit_count = 10
    rate_limit_window = 3600

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
            required=False, widget=forms.HiddenInput, initial=make_timestamp
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(self.honeypot_field):
            return self._bot()
        try:
            issued = signing.Signer(salt=SALT).unsign(cleaned_data.get(self.timestamp_field, ""))
            age = time.time() - int(issued)
        except (signing.BadSignature, ValueError):
            return self._bot()
        if age < self.min_fill_seconds:
            raise forms.ValidationError(TOO_FAST_ERROR, code="too_fast")
        if age > self.max_age_seconds:
            self._refresh_timestamp()
            raise forms.ValidationError(EXPIRED_ERROR, code="expired")
        # Only complete, otherwise valid submissions count: typos never use up the quota.
        if self._rate_limited():
            raise forms.ValidationError(RATE_LIMITED_ERROR, code="rate_limited")
        return cleaned_data

    def _rate_limited(self):
        # Only complete, otherwise valid submissions count: typos never use up the quota.
        if self.request is None or not self.rate_limit_scope or self.errors:
            return False
        return rate_limit(
            self.request, self.rate_limit_scope, self.rate_limit_count, self.rate_limit_window
        )

    def _bot(self):
        self.looks_like_bot = True
        raise forms.ValidationError(GENERIC_ERROR, code="spam")

    def _refresh_timestamp(self):
        # The re-displayed form gets a fresh token so the next submission can pass.
        self.data = self.data.copy()
        self.data[self.add_prefix(self.timestamp_field)] = make_timestamp(
            time.time() - self.min_fill_seconds
        )
