"""What the one-machine production setup serves, and what editors must fill in before it
goes live (issue 11, items 7 and 9)."""

import pytest

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


def fill(page, **values):
    settings = SiteSettings.for_site(page.get_site())
    settings.legal_notice_page = page
    for name, value in (LEGAL | values).items():
        setattr(settings, name, value)
    settings.save()
    return settings


# --- Legal notice -------------------------------------------------------------------


def test_legal_notice_shows_the_settings_in_each_language(client, site):
    legal_page = site.about_fr  # any standard page may be chosen as the legal notice
    assert "Directeur ou directrice" not in client.get(legal_page.url).content.decode()

    fill(legal_page)
    french = client.get(legal_page.url).content.decode()
    assert "Directeur ou directrice de la publication" in french
    assert "Awa Diallo, présidente" in french
    assert "1 place de la &lt;République&gt;" in french  # escaped
    assert "Hébergeur Exemple SAS" in french
    english = client.get(site.about_en.url).content.decode()
    assert "Director of publication" in english
    assert "Awa Diallo, chair" in english and "Example Hosting SAS" in english


def test_an_untranslated_detail_falls_back_to_french_an_empty_one_says_so(client, site):
    fill(site.about_fr, publication_director_en="", host_fr="", host_en="")
    english = client.get(site.about_en.url).content.decode()
    assert "Awa Diallo, présidente" in english
    assert "Not provided yet." in english


def test_deploy_check_warns_while_a_legal_detail_is_empty(site):
    legal_page = site.about_fr
    warnings = legal_notice_is_complete(None)
    assert [w.id for w in warnings] == ["portal.W001"]
    assert "legal_notice_page" in warnings[0].msg and "host_en" in warnings[0].msg

    fill(legal_page, host_en="  ")
    warnings = legal_notice_is_complete(None)
    assert len(warnings) == 1 and warnings[0].msg.endswith("host_en is empty.")

    fill(legal_page)
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
