"""The page shell, seen by a visitor: languages, navigation, metadata, errors."""

import re

import pytest
from wagtail.models import Page

from home.factories import StandardPageFactory
from portal.factories import translate
from portal.sitemaps import AllLocalesSitemap
from tests.conftest import page_by_slug
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db

STANDARD_PAGES = {
    "fr": ["a-propos", "mentions-legales", "confidentialite", "accessibilite"],
    "en": ["about", "legal-notice", "privacy", "accessibility"],
}


@pytest.fixture(scope="module")
def _shell(_site, django_db_blocker):
    """The small site with the other standard pages (about is in every small site)."""
    pages = [
        ("Mentions légales", "mentions-legales", "", "Legal notice", "legal-notice", ""),
        ("Confidentialité", "confidentialite", "", "Privacy", "privacy", ""),
        (
            "Accessibilité",
            "accessibilite",
            "Ce site est partiellement conforme au RGAA 4.1.",
            "Accessibility",
            "accessibility",
            "This site is partially compliant with RGAA 4.1.",
        ),
    ]
    with django_db_blocker.unblock():
        for title, slug, intro, title_en, slug_en, intro_en in pages:
            page = StandardPageFactory(parent=_site.home_fr, title=title, slug=slug, intro=intro)
            translate(page, title=title_en, slug=slug_en, intro=intro_en)
    return _site


@pytest.fixture
def shell(_shell, db):
    return _shell


def test_root_redirects_to_french_by_default(client, shell):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_redirects_to_english_for_an_english_browser(client, shell):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_in_each_language(client, shell, language):
    response = client.get(f"/{language}/")
    html = text_of(response)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert elements(html, "a", class_="skip-link", href="#main")
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html
    assert "contact@hautslesjeunes.org" in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_standard_page_exists_in_both_languages(client, shell, language):
    for slug in STANDARD_PAGES[language]:
        response = client.get(f"/{language}/{slug}/")
        assert response.status_code == 200, slug
        assert f'<html lang="{language}">' in text_of(response)


def test_accessibility_statement_gives_its_conformity_status(client, shell):
    assert "partiellement conforme" in text_of(client.get("/fr/accessibilite/")).lower()
    assert "partially compliant" in text_of(client.get("/en/accessibility/")).lower()


def test_language_switch_lands_on_the_same_page(client, shell):
    html = text_of(client.get("/fr/a-propos/"))
    switch = elements(html, "a", hreflang="en", lang="en")
    assert [link["href"] for link in switch] == ["/en/about/"]
    back = elements(text_of(client.get("/en/about/")), "a", hreflang="fr", lang="fr")
    assert [link["href"] for link in back] == ["/fr/a-propos/"]


def test_alternates_canonical_and_open_graph(client, shell):
    html = text_of(client.get("/en/about/"))
    alternates = {
        link["hreflang"]: link["href"] for link in elements(html, "link", rel="alternate")
    }
    assert alternates == {
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/fr/a-propos/",
        "en": "http://testserver/en/about/",
    }
    assert elements(html, "link", rel="canonical", href="http://testserver/en/about/")
    assert elements(html, "meta", property="og:url", content="http://testserver/en/about/")
    assert elements(html, "meta", property="og:locale", content="en_GB")
    assert elements(html, "meta", property="og:title")
    assert elements(html, "meta", name="description")


def test_breadcrumbs_below_the_home_page_only(client, shell):
    about = text_of(client.get("/fr/a-propos/"))
    assert 'aria-label="Fil d’Ariane"' in about or 'aria-label="Fil d\'Ariane"' in about
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', about, re.S).group(0)
    assert 'href="/fr/"' in crumbs and 'aria-current="page"' in crumbs
    assert 'class="breadcrumbs"' not in text_of(client.get("/fr/"))


def test_main_navigation_comes_from_the_page_tree(client, shell):
    about = page_by_slug("a-propos", "fr")
    html = text_of(client.get("/fr/"))
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert f'href="{about.url}"' in nav
    about.show_in_menus = False
    about.save_revision().publish()
    nav = re.search(r'<nav class="main-nav".*?</nav>', text_of(client.get("/fr/")), re.S)
    assert nav is None or f'href="{about.url}"' not in nav.group(0)


def test_footer_shows_site_settings(client, shell):
    from wagtail.models import Site

    from portal.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "equipe@example.org"
    settings.donation_url = "https://dons.example.org/"
    settings.social_links = [
        ("link", {"network": "mastodon", "url": "https://mastodon.example/@hlj"})
    ]
    settings.save()
    html = text_of(client.get("/en/"))
    footer = html[html.index("<footer") :]
    assert 'href="mailto:equipe@example.org"' in footer
    assert 'href="https://dons.example.org/"' in footer
    assert ">Mastodon</a>" in footer
    assert settings.footer_text_en in footer


@pytest.mark.parametrize(
    ("language", "title"), [("fr", "Page introuvable"), ("en", "Page not found")]
)
def test_not_found_page_in_each_language(client, shell, language, title):
    response = client.get(f"/{language}/nothing-here/")
    assert response.status_code == 404
    html = text_of(response)
    assert f'<html lang="{language}">' in html
    assert title in html


@pytest.mark.parametrize(("language", "title"), [("fr", "Désolés"), ("en", "Sorry")])
def test_server_error_page_in_each_language(rf, language, title):
    from portal.views import server_error

    response = server_error(rf.get(f"/{language}/broken/"))
    assert response.status_code == 500
    assert f'<html lang="{language}">' in response.content.decode()
    assert title in response.content.decode()


def test_sitemap_lists_both_languages(client, shell):
    index = text_of(client.get("/sitemap.xml"))
    assert re.findall(r"<loc>([^<]+)</loc>", index) == ["http://testserver/sitemap-pages.xml"]
    xml = text_of(client.get("/sitemap-pages.xml"))
    for language, slugs in STANDARD_PAGES.items():
        assert f"<loc>http://testserver/{language}/</loc>" in xml
        for slug in slugs:
            assert f"<loc>http://testserver/{language}/{slug}/</loc>" in xml


def test_a_large_sitemap_comes_in_pages_listed_by_the_index(client, shell, monkeypatch):
    monkeypatch.setattr(AllLocalesSitemap, "limit", 3)
    index = re.findall(r"<loc>([^<]+)</loc>", text_of(client.get("/sitemap.xml")))
    live = Page.objects.live().filter(depth__gte=2).count()
    assert len(index) == -(-live // 3) > 1
    assert index[1] == "http://testserver/sitemap-pages.xml?p=2"
    listed = []
    for location in index:
        xml = text_of(client.get(location.removeprefix("http://testserver")))
        listed += re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(listed) == len(set(listed)) == live
    assert client.get(f"/sitemap-pages.xml?p={len(index) + 1}").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap(client, shell):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text_of(response)


def test_security_headers(client, shell):
    response = client.get("/fr/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "unsafe-inline" not in script_src and "'self'" in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_no_third_party_resource_in_the_shell(client, shell):
    html = text_of(client.get("/fr/"))
    for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
        for element in elements(html, tag):
            url = element.get(attribute, "")
            if tag == "link" and element.get("rel") in {"canonical", "alternate"}:
                continue
            assert not url.startswith(("http://", "https://", "//")), url


def test_health_endpoints(client, db):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["database"] == "ok"
