"""Doors with locks, headers an auditor scores, probes that never lie (issue 11, 4 and 5).

The Mozilla Observatory's table (HTTP Observatory, "tests and scoring") is computed here
from the headers the portal sends under production's security settings, read from
`portal.settings.production` itself.
"""

import logging
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client

from tests.helpers import elements, production_settings

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # noqa: S105


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_staff=True, is_superuser=True
    )


@pytest.fixture
def production_security(settings):
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
    )
    for name, value in values.items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    return settings


# --- The Observatory's table --------------------------------------------------------


def parse_csp(header):
    policy = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        policy[name.lower()] = sources
    return policy


def observatory(response, html=""):
    """(score, grade, {test: modifier}) as the HTTP Observatory computes them."""
    modifiers, bonuses = {}, {}
    csp_header = response.headers.get("Content-Security-Policy")
    csp = parse_csp(csp_header) if csp_header else {}
    if not csp:
        modifiers["csp-not-implemented"] = -25
    else:
        scripts = csp.get("script-src", csp.get("default-src", []))
        styles = csp.get("style-src", csp.get("default-src", []))
        if "'unsafe-inline'" in scripts or "*" in scripts or "https:" in scripts:
            modifiers["csp-implemented-with-unsafe-inline"] = -20
        elif "'unsafe-eval'" in scripts:
            modifiers["csp-implemented-with-unsafe-eval"] = -10
        elif "'unsafe-inline'" in styles:
            modifiers["csp-implemented-with-unsafe-inline-in-style-src-only"] = 0
        elif csp.get("default-src") == ["'none'"]:
            bonuses["csp-implemented-with-no-unsafe-default-src-none"] = 10
        else:
            bonuses["csp-implemented-with-no-unsafe"] = 5

    cookies = list(response.cookies.values())
    if cookies:
        if not all(c["secure"] for c in cookies):
            modifiers["cookies-without-secure-flag"] = -20
        elif all(c["httponly"] and c["samesite"] for c in cookies):
            bonuses["cookies-secure-with-httponly-sessions-and-samesite"] = 5

    if response.headers.get("Access-Control-Allow-Origin") == "*":
        modifiers["cross-origin-resource-sharing-implemented-with-universal-access"] = -50

    referrer = response.headers.get("Referrer-Policy", "")
    private = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    if referrer in private:
        bonuses["referrer-policy-private"] = 5
    elif referrer in {"unsafe-url", "no-referrer-when-downgrade"}:
        modifiers["referrer-policy-unsafe"] = -5

    hsts = re.search(r"max-age=(\d+)", response.headers.get("Strict-Transport-Security", ""))
    if not hsts:
        modifiers["strict-transport-security-not-implemented"] = -20
    elif int(hsts.group(1)) < 15768000:
        modifiers["strict-transport-security-max-age-less-than-six-months"] = -10

    external = [
        s for s in elements(html, "script") if re.match(r"(https?:)?//", s.get("src") or "")
    ]
    if any("integrity" not in s for s in external):
        modifiers["sri-not-implemented-but-external-scripts-loaded-securely"] = -5

    if response.headers.get("X-Content-Type-Options", "").lower() != "nosniff":
        modifiers["x-content-type-options-not-implemented"] = -5

    if csp.get("frame-ancestors"):
        bonuses["x-frame-options-implemented-via-csp"] = 5
    elif response.headers.get("X-Frame-Options", "").upper() not in {"DENY", "SAMEORIGIN"}:
        modifiers["x-frame-options-not-implemented"] = -20

    corp = response.headers.get("Cross-Origin-Resource-Policy")
    if corp is not None and corp not in {"same-origin", "same-site", "cross-origin"}:
        modifiers["cross-origin-resource-policy-header-invalid"] = -5

    score = 100 + sum(modifiers.values())
    if score >= 90:  # extra credit only for a site that already scores A
        score += sum(bonuses.values())
    grades = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+")]
    grade = next((g for floor, g in grades if score >= floor), "C or worse")
    return score, grade, modifiers | bonuses


def fetch(client, url):
    response = client.get(url, secure=True)
    assert response.status_code == 200, url
    return response, response.content.decode()


def test_public_pages_score_a_plus(client, stories, production_security):
    for url in (stories.home_fr.url, stories.passe_fr.url, stories.contact_fr.url):
        score, grade, table = observatory(*fetch(client, url))
        assert grade == "A+", (url, score, table)
        assert fetch(client, url)[0].headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_plain_http_is_sent_to_https(client, site, production_security):
    response = client.get("/fr/", secure=False)
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_admin_login_scores_a_plus_with_a_policy_as_strict_as_the_public_one(
    client, production_security
):
    response, html = fetch(client, "/admin/login/")
    score, grade, table = observatory(response, html)
    assert grade == "A+", (score, table)
    csp = parse_csp(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    # What makes the strict policy work: nothing inline on the page.
    scripts = elements(html, "script")
    assert all(s.get("src") or s.get("type") == "application/json" for s in scripts)
    assert not re.search(r"\sstyle=", html)
    assert "<style" not in html


def test_admin_editor_gets_only_the_looser_directives_wagtail_needs(
    client, site, editor, production_security
):
    client.force_login(editor)
    response, html = fetch(client, f"/admin/pages/{site.contact_fr.pk}/edit/")
    csp = parse_csp(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the live preview frames the admin
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    # Why: the form builder's InlinePanel starts with an inline script.
    inline = [s for s in re.findall(r"<script>(.*?)</script>", html, re.S) if s.strip()]
    assert any("new InlinePanel" in s for s in inline)
    score, grade, table = observatory(response, html)
    assert (score, grade) == (80, "B+"), table  # -20 for 'unsafe-inline' in script-src


def test_static_files_carry_cross_origin_resource_policy(settings):
    # WhiteNoise, as in production, but reading the apps' folders (no collectstatic here).
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get("/static/css/portal.css")
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


# --- Login throttling across workers ------------------------------------------------


def login(client, password, address):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=address,
    )


def test_twenty_wrong_passwords_lock_the_account_from_that_address_across_workers(editor):
    # Two workers: two clients with their own sessions, sharing only the database.
    workers = [Client(HTTP_ACCEPT_LANGUAGE="en"), Client(HTTP_ACCEPT_LANGUAGE="en")]
    answers = [login(workers[i % 2], "wrong", "203.0.113.7").status_code for i in range(20)]
    assert answers[0] == 200  # the form again, with its error
    assert answers[-1] == 429
    # Every worker refuses the right password now, from that address...
    for worker in workers:
        locked = login(worker, PASSWORD, "203.0.113.7")
        assert locked.status_code == 429
        assert "Signing in is locked for 30 minutes" in locked.content.decode()
        assert "no-store" in locked["Cache-Control"]
    assert AccessAttempt.objects.get(username="editor").failures_since_start >= 10
    # ...while the editor, elsewhere, still signs in.
    assert login(Client(), PASSWORD, "198.51.100.4").status_code == 302


def test_lockout_page_speaks_french_to_a_french_browser(editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    for _ in range(10):
        login(client, "wrong", "203.0.113.8")
    locked = login(client, PASSWORD, "203.0.113.8")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert 'lang="fr"' in page and "La connexion est bloquée pendant 30 minutes" in page


# --- Password reset and page passwords ----------------------------------------------


def test_password_reset_sends_at_most_five_emails_an_hour_from_one_address(editor, mailoutbox):
    def reset():
        return Client(HTTP_ACCEPT_LANGUAGE="en").post(
            "/admin/password_reset/", {"email": "editor@example.org"}, REMOTE_ADDR="192.0.2.9"
        )

    answers = [reset().status_code for _ in range(7)]
    assert answers == [302] * 5 + [429] * 2
    assert len(mailoutbox) == 5
    assert "Too many attempts" in reset().content.decode()


def test_page_password_form_is_throttled(client, site):
    url = "/fr/_util/authenticate_with_password/1/1/"
    answers = [client.post(url, {"password": "guess"}).status_code for _ in range(11)]
    assert 429 not in answers[:10]
    assert answers[10] == 429
    assert "Trop de tentatives" in client.post(url, {"password": "guess"}).content.decode()


# --- Health checks --------------------------------------------------------------------


def test_probes_are_never_cached(client):
    for url in ("/healthz", "/readyz"):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


def test_readyz_says_unavailable_and_logs_why(client, caplog, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    with caplog.at_level(logging.ERROR, logger="portal.views"):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert "no-store" in response["Cache-Control"]
    assert "could not connect to server" in caplog.text
