"""Small helpers for tests that read rendered HTML."""

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser

from django.conf import settings
from django.http import HttpRequest

from portal import antispam


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html, tag, **attrs):
    """Every element with this tag whose attributes include `attrs`."""
    collector = _Collector()
    collector.feed(html)
    return [
        found
        for name, found in collector.elements
        if name == tag and all(found.get(_attribute(k)) == v for k, v in attrs.items())
    ]


def _attribute(keyword):
    """`class_` stands for class, `http_equiv` for http-equiv."""
    return keyword.rstrip("_").replace("_", "-")


def text_of(response):
    return response.content.decode()


def aged_token(html, seconds=10):
    """The anti-spam token of the form in `html`, as if shown `seconds` ago (same form,
    same session): what a person who took their time would send."""
    (field,) = elements(html, "input", name="form_started")
    shown = antispam.read_token(field["value"])
    return antispam.make_token(shown["f"], shown["s"], time.time() - seconds)


def token_for(client, form, seconds=10):
    """An anti-spam token for `form` (its scope) in the test client's browser session (its
    CSRF cookie), as if the form had been shown `seconds` ago."""
    cookie = client.cookies.get(settings.CSRF_COOKIE_NAME)
    request = HttpRequest()
    if cookie is not None:
        request.META["CSRF_COOKIE"] = cookie.value
    binding = antispam.session_binding(request)
    return antispam.make_token(form, binding, time.time() - seconds)


def production_settings(*names, **environment):
    """These settings as `portal.settings.production` computes them (in a subprocess,
    since production refuses to load without its environment), so that a test checks
    the real production values rather than a copy of them."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TASKS_BACKEND", "EMAIL_BACKEND", "EMAIL_TIMEOUT", "DATABASE_URL"}
    } | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 20 + "production-settings-read-by-a-test-0123456789",
        "ALLOWED_HOSTS": "portal.example.org",
    }
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env | environment,
        capture_output=True,
        check=True,
        text=True,
        timeout=120,
    )
    return json.loads(result.stdout.splitlines()[-1])


def most_repeated(statements, top=3):
    """The SQL statements repeated most, numbers and strings blanked: what a page whose
    queries grew did once per item."""
    shapes = Counter(re.sub(r"'[^']*'|\b\d+\b", "?", sql)[:300] for sql in statements)
    return "\n".join(f"{count} x {shape}" for shape, count in shapes.most_common(top))
