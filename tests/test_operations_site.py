"""What the one-machine production setup serves, and what editors must fill in before it
goes live (issue 11, items 7 and 9)."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage
from portal.checks import legal_notice_is_complete
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db

LEGAL = {
    "publisher_address_fr": "Hauts les jeunes, 1 place de la <République>, 59000 Lille",
    "publisher_address_en": "Hauts les jeunes, 1 place de la République, 59000 Lille, France",
    "publication_director_fr": "Awa Diallo, présidente",
    "publication_director_en": "Awa Diallo, chair",
    "host_fr": "Hébergeur Exemple SAS, 2 rue du Serveur, 59100 Roubaix",
    "host_en": "Example Hosting SAS, 2 rue du Serveur, 59100 Roubaix, France",
}


@pytest.fixture
def site(db):
    if not HomePage.objects.exists():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def legal_page(site):
    return Page.objects.get(slug="mentions-legales", locale__language_code="fr")


def fill(site, page, **values):
    settings = SiteSettings.for_site(site)
    settings.legal_notice_page = page
    for name, value in (LEGAL | values).items():
        setattr(settings, name, value)
    settings.save()
    return settings


# --- Legal notice -------------------------------------------------------------------


def test_legal_notice_shows_the_settings_in_each_language(client, site, legal_page):
    fill(site, legal_page)
    french = client.get("/fr/mentions-legales/").content.decode()
    assert "Awa Diallo, présidente" in french
    assert "1 place de la &lt;République&gt;" in french  # escaped
    assert "Hébergeur Exemple SAS" in french
    english = client.get("/en/legal-notice/").content.decode()
    assert "Awa Diallo, chair" in english and "Example Hosting SAS" in english
    assert "Awa Diallo" not in client.get("/fr/a-propos/").content.decode()


def test_deploy_check_warns_while_a_legal_detail_is_empty(site, legal_page):
    warnings = legal_notice_is_complete(None)
    assert [w.id for w in warnings] == ["portal.W001"]
    assert "legal_notice_page" in warnings[0].msg and "host_en" in warnings[0].msg

    fill(site, legal_page, host_en="  ")
    warnings = legal_notice_is_complete(None)
    assert len(warnings) == 1 and warnings[0].msg.endswith("host_en is empty.")

    fill(site, legal_page)
    assert legal_notice_is_complete(None) == []


# --- Media ----------------------------------------------------------------------------


@pytest.fixture
def media_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "hero.width-800.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "private-report.pdf").write_bytes(b"%PDF-1.7 private")
    return tmp_path


def test_images_are_served_with_caching_headers(client, media_files):
    response = client.get("/media/images/hero.width-800.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert "public" in response["Cache-Control"] and "max-age=604800" in response["Cache-Control"]
    assert response["Last-Modified"]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_documents_and_anything_outside_images_are_never_served_from_media(client, media_files):
    for url in (
        "/media/documents/private-report.pdf",
        "/media/images/../documents/private-report.pdf",
        "/media/images/%2e%2e/documents/private-report.pdf",
        "/media/images/..%2fdocuments/private-report.pdf",
        "/media/images/missing.png",
        "/media/../manage.py",
    ):
        assert client.get(url).status_code == 404, url
