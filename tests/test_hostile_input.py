"""Hostile input (issue 11): every public URL and every public form, sent random and
adversarial values (NUL, huge numbers, Unicode digits, 10 kB and 1 MB strings, invalid
UTF-8, operators, markup).

Whatever arrives: no server error, nothing echoed unescaped, nothing saved from invalid
input, and a form shown again keeps what the visitor typed.

The URLs are crawled from the demo site, one per kind of page (the view, the page type
and its route: every project page answers the same way, so one is tried). Each gets
`HOSTILE_EXAMPLES` examples (20 by default, for CI; `HOSTILE_EXAMPLES=500 pytest
tests/test_hostile_input.py` for a longer run). The number of cases is printed (`-rP`).
"""

import ipaddress
import itertools
import os
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, quote_from_bytes, urlencode, urlsplit

import pytest
from django import forms
from django.core.cache import cache
from django.urls import Resolver404, resolve
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import EventPage
from events.registration.forms import RegistrationForm
from events.registration.models import Registration
from home.models import ContactPage, ContactSubmission
from tests.helpers import elements, text_of, token_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.demo,
    # The 1 MB strings are shown in full only if a case fails.
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "20"))
HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MAX_CRAWL = 400

# Markup that, echoed without escaping, would leave one of MARKERS in the page.
MARKUP = [
    "<hlj-x>",
    '"><hlj-x a="1">',
    "'><hlj-x>",
    "</title></textarea><hlj-x>",
    "<img src=x onerror=hljx()>",
    '" onfocus="hljx()" x="',
]
MARKERS = ["<hlj-x", "<img src=x", '" onfocus="hljx']
ADVERSARIAL = [
    "\x00",
    "a\x00b",
    "%00",
    "\x01\x1f\x7f",
    "²",
    "①",
    "١٢",
    "𝟡",
    "-1",
    "0",
    "1.5",
    "1e308",
    "NaN",
    "Infinity",
    "9" * 20,
    "9" * 5000,
    str(2**63),
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    "%",
    "_",
    "*",
    "\\",
    "{{ 7|add:7 }}",
    "{% debug %}",
    "${7*7}",
    "../../../etc/passwd",
    "a" * 10_000,
    "é" * 10_000,
    "x" * 1_000_000,
    " ",
    "\u202e\u200b\ufeff",
    "𝕳𝖑𝖏 😀",
]
# Query-string names the views read, and others.
NAMES = [
    "page",
    "p",
    "q",
    "type",
    "need",
    "project",
    "territory",
    "challenge",
    "support",
    "kind",
    "event",
    "sent",
    "lang",
    "x",
]

value = st.one_of(
    st.sampled_from(ADVERSARIAL),
    st.sampled_from(MARKUP),
    st.text(max_size=30),
    st.integers().map(str),
)
# A query string as sent on the wire (a WSGI string of bytes): any bytes, percent-encoded
# or raw (invalid UTF-8 included).
raw_query = st.one_of(
    st.binary(max_size=40).map(lambda b: "q=" + quote_from_bytes(b)),
    st.binary(max_size=40).map(lambda b: "page=" + b.decode("latin-1")),
    st.sampled_from(["q=%FF%FE", "page=%C0%AF", "need=%ED%A0%80", "=&=&&", "a=%", "%%%"]),
)
suffix = st.one_of(st.none(), value.filter(bool).map(lambda v: quote(v[:200], safe="") + "/"))

# One of each kind, for every parameter of every URL (the random cases come after).
SWEEP = ["\x00", "a\x00b", "²", "①", "١٢", "9" * 30, "-1", "x" * 10_000, MARKUP[1], "%FF"]

_addresses = itertools.count(1)


def new_address():
    """Another visitor (rate limits are per address and not what is tested here)."""
    return str(ipaddress.IPv4Address("10.0.0.0") + next(_addresses))


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def report(request):
    """Print (and keep for JUnit) the number of cases a test ran."""
    counts = {}
    yield counts
    line = f"{request.node.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items())
    print(line)
    request.node.user_properties.append(("cases", counts))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and not hasattr(request.config, "workerinput"):
        reporter.write_line(f"hostile input: {line}")


def assert_no_unescaped_markup(response, url):
    if "html" not in response.get("Content-Type", ""):
        return
    body = text_of(response)
    for marker in MARKERS:
        assert marker not in body, (url, marker)


# The public URLs ------------------------------------------------------------------------


def links(html):
    found = [a.get("href") for a in elements(html, "a")]
    found += [link.get("href") for link in elements(html, "link", rel="alternate")]
    found += [form.get("action") for form in elements(html, "form") if form.get("action")]
    return [href for href in found if href]


def internal(href):
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(("/admin/", "/static/")):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


class _GetForms(HTMLParser):
    """{action: {field name: its first value}} of the page's GET forms (filters, search)."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if (attrs.get("method") or "get").lower() == "get":  # no action: this page
                self.current = self.forms.setdefault(attrs.get("action") or "", {})
        elif tag in ("input", "select", "option") and self.current is not None:
            if tag == "option" and self.select and attrs.get("value"):
                self.current.setdefault(self.select, attrs["value"])  # a real choice
            elif tag != "option" and attrs.get("name"):
                self.select = attrs["name"] if tag == "select" else None
                if tag == "input" and attrs.get("type") != "submit":
                    self.current.setdefault(attrs["name"], attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None

    select = None


def get_forms(html):
    parser = _GetForms()
    parser.feed(html)
    return parser.forms


def shape(url, response):
    """What answers `url`: the view, and for a page its type and route."""
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    view = f"{match.func.__module__}.{getattr(match.func, '__name__', type(match.func))}"
    context = response.context
    if context is None:
        return (view, urlsplit(url).path.rsplit(".", 1)[-1] if "." in url else None)
    page = context.get("page")
    return (view, type(page).__name__ if page is not None else None, context.get("view_name"))


def crawl(client):
    """{path: the query parameters its links carry (name: a real value)}, one path per
    shape, found by following links from both home pages."""
    start = ["/fr/", "/en/", "/sitemap.xml", "/robots.txt", "/fr/search/?q=jeunes"]
    queue, seen, shapes = list(start), set(), {}
    while queue and len(seen) < MAX_CRAWL:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, REMOTE_ADDR=new_address())
        if response.status_code != 200:
            continue
        path, params = shapes.setdefault(shape(url, response), (urlsplit(url).path, {}))
        for name, real in parse_qsl(urlsplit(url).query):
            params.setdefault(name, real)
        if "html" in response.get("Content-Type", ""):
            html = text_of(response)
            queue += [u for u in map(internal, links(html)) if u and u not in seen]
            # The page's own filter form: its fields are this URL's parameters.
            forms_here = get_forms(html)
            for action in (urlsplit(url).path, ""):
                for name, real in forms_here.get(action, {}).items():
                    params.setdefault(name, real)
    shapes.pop(None, None)
    return dict(sorted(shapes.values()))


def get(client, path, query, report):
    response = client.get(path, QUERY_STRING=query, REMOTE_ADDR=new_address())
    report["requests"] += 1
    assert response.status_code < 500, (path, query[:300])
    assert_no_unescaped_markup(response, path)


def test_every_public_url_takes_any_query_string(client, demo, report):
    urls = crawl(client)
    # The doors that matter are found: pages, lists, months, calendar files, forms.
    assert any("/month/" in path for path in urls)
    assert any(path.endswith(".ics") for path in urls)
    assert any("/registration/" in path for path in urls)
    assert any(params.keys() >= {"project", "need"} for params in urls.values())
    assert any(params.keys() >= {"territory", "kind"} for params in urls.values())
    report["urls"] = len(urls)
    report["requests"] = 0

    # Every parameter a page's links carry, and `page`, with each kind of bad value.
    for path, params in urls.items():
        for name in sorted(set(params) | {"page"}):
            for bad in SWEEP:
                get(client, path, urlencode(params | {name: bad}), report)

    # Then random combinations, names, values, raw bytes and path segments.
    def prober(path, params):
        names = st.sampled_from(sorted(set(params) | set(NAMES)))
        hostile = st.dictionaries(names, value, min_size=1, max_size=3)
        queries = st.one_of(hostile.map(lambda d: urlencode(params | d)), raw_query)

        @HOSTILE
        @given(query=queries, suffix=suffix)
        def probe(query, suffix):
            get(client, path + (suffix or ""), query, report)

        return probe

    for path, params in urls.items():
        prober(path, params)()


# The public forms -----------------------------------------------------------------------


def text_fields(form):
    """{name: max_length} of the fields a person types into."""
    return {
        name: getattr(field, "max_length", None)
        for name, field in form.fields.items()
        if isinstance(field.widget, forms.Textarea)
        or getattr(field.widget, "input_type", None) in ("text", "email", "tel", "url", "number")
        or isinstance(field.widget, forms.HiddenInput)
        if name not in ("website", "form_started")
    }


def invalid(values, limits):
    """Whether a sent value cannot be accepted (NUL, or longer than its field allows)."""
    return any(
        "\x00" in v or (limits.get(name) is not None and len(v) > limits[name])
        for name, v in values.items()
        if name in limits
    )


def assert_kept(response, values, limits, url):
    """The re-shown form holds what was typed, escaped."""
    body = text_of(response)
    for name, typed in values.items():
        if name in limits:
            assert escape(typed) in body, (url, name, typed[:80])


def post_hostile(client, url, data, values, count, limits, report):
    response = client.post(url, data | values, REMOTE_ADDR=new_address())
    report["posts"] = report.get("posts", 0) + 1
    assert response.status_code < 500, values
    assert_no_unescaped_markup(response, url)
    if invalid(values, limits):
        assert count() == 0, "nothing is saved from invalid input"
    if response.status_code != 302:
        assert count() == 0, "a form shown again saved nothing"
        assert_kept(response, values, limits, url)
    return response


def contact_data(client, page):
    data = {"form_started": token_for(client, "contact")}
    for field in page.get_form_fields():
        data[field.clean_name] = {
            "singleline": "Camille Martin",
            "email": "camille@example.org",
            "multiline": "Bonjour !",
            "checkbox": "on",
            "dropdown": field.choices.splitlines()[0].strip() if field.choices else "",
        }.get(field.field_type, "x")
    return data


def test_the_contact_form_takes_anything(client, demo, report):
    page = ContactPage.objects.get(locale__language_code="fr")
    form = page.get_form(page=page, user=None)
    limits = text_fields(form)
    names = sorted(set(form.fields) | {"project", "need"})
    submissions = ContactSubmission.objects.filter(page=page)

    @HOSTILE
    @given(values=st.dictionaries(st.sampled_from(names), value, min_size=1, max_size=4))
    def probe(values):
        before = submissions.count()
        post_hostile(
            client,
            page.url,
            contact_data(client, page),
            values,
            lambda: submissions.count() - before,
            limits,
            report,
        )

    probe()
    assert page.url and report["posts"] == EXAMPLES


def registration_data(client, event):
    return {
        "first_name": "Awa",
        "last_name": "Diallo",
        "email": "awa@example.org",
        "seats": "1",
        "consent": "on",
        "form_started": token_for(client, f"event-registration:{event.pk}", 30),
    }


def test_the_registration_form_takes_anything(client, demo, report):
    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
    assert event.registration_state() == "open"
    form = RegistrationForm(event=event)
    limits = text_fields(form)
    url = f"/fr/registration/{event.pk}/"
    registrations = Registration.objects.filter(event=event)

    @HOSTILE
    @given(values=st.dictionaries(st.sampled_from(sorted(form.fields)), value, max_size=4))
    def probe(values):
        before = set(registrations.values_list("pk", flat=True))

        def saved():
            return registrations.exclude(pk__in=before).count()

        response = post_hostile(
            client, url, registration_data(client, event), values, saved, limits, report
        )
        for registration in registrations.exclude(pk__in=before):
            stored = [registration.first_name, registration.last_name, registration.phone]
            assert not any("\x00" in text for text in stored)
        # The next example registers a new person (the same address is told the same).
        registrations.exclude(pk__in=before).delete()
        assert response.status_code in (200, 302, 400)

    probe()
    assert report["posts"] == EXAMPLES


@pytest.mark.parametrize(
    "body", [b"\xff\xfe=\xc0\xaf", b"message=%FF%FE%00", b"%", b"=" * 10_000, b"a=1&" * 5000]
)
def test_a_body_that_is_not_utf8_or_not_a_form(client, demo, body):
    page = ContactPage.objects.get(locale__language_code="fr")
    response = client.post(page.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 302, 400)  # 302: no token, a robot told "sent"
    assert not ContactSubmission.objects.filter(page=page).exists()


def test_the_resend_link_form_takes_anything(client, demo, report):
    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
    url = f"/fr/registration/{event.pk}/link/"

    @HOSTILE
    @given(values=st.dictionaries(st.sampled_from(["email", "x"]), value, max_size=2))
    def probe(values):
        response = client.post(url, values, REMOTE_ADDR=new_address())
        report["posts"] = report.get("posts", 0) + 1
        assert response.status_code == 200
        assert_no_unescaped_markup(response, url)

    probe()
