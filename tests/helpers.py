"""Small helpers for tests that read rendered HTML."""

import json
import os
import subprocess
import sys
import time
from html.parser import HTMLParser

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
    """An anti-spam token for `form` (its scope) in the test client's session, as if the
    form had been shown `seconds` ago."""
    binding = client.session.get(antispam.SESSION_KEY, "")
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
