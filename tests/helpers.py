"""Small helpers for tests that read rendered HTML."""

import time
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
