"""Shared on a social network or in a messaging app, every page shows a title, a
description and a picture: the editor's sharing image, or a card the portal draws once
per publication (portal/sharing.py)."""

import io
from urllib.parse import urlsplit

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from PIL import Image, ImageDraw
from wagtail.models import PageViewRestriction

from portal import sharing
from portal.factories import ImageFactory
from tests.helpers import elements

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()

    def meta(name):
        found = elements(html, "meta", property=name) or elements(html, "meta", name=name)
        assert found, f"{name} is missing from {url}"
        return found[0]["content"]

    return meta


def path_of(url):
    return urlsplit(url).path


def card(client, url):
    response = client.get(path_of(url))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "max-age=31536000" in response["Cache-Control"]
    picture = Image.open(io.BytesIO(response.content))
    return picture


@pytest.mark.parametrize(
    "key",
    ["home_fr", "home_en", "passe_fr", "passe_en", "drop_out_fr", "yacine_en", "projects_fr"],
)
def test_every_page_tells_networks_its_title_description_and_picture(client, stories, key):
    page = getattr(stories, key)
    meta = head(client, page.url)
    title = page.hero_title if key.startswith("home") else page.title
    assert meta("og:title") == title
    assert meta("twitter:title") == title
    assert meta("og:description")
    assert meta("twitter:card") == "summary_large_image"
    assert meta("og:image") == meta("twitter:image")
    assert meta("og:image").startswith("http")
    assert (meta("og:image:width"), meta("og:image:height")) == ("1200", "630")
    assert meta("og:image:type") == "image/jpeg"
    assert title in meta("og:image:alt")
    assert meta("twitter:image:alt") == meta("og:image:alt")
    picture = card(client, meta("og:image"))
    assert (picture.format, picture.size) == ("JPEG", (1200, 630))


def test_the_alt_text_and_description_are_in_the_page_language(client, stories):
    french = head(client, stories.home_fr.url)
    english = head(client, stories.home_en.url)
    assert french("og:image:alt").startswith("Image de partage")
    assert english("og:image:alt").startswith("Sharing picture")
    assert french("og:locale") == "fr_FR"


def test_the_search_page_shares_the_portal_card_in_its_language(client, stories):
    cards = {}
    for language in ("fr", "en"):
        with translation.override(language):
            url = reverse("search")
        meta = head(client, url)
        assert f"site-{language}" in meta("og:image")
        assert meta("twitter:card") == "summary_large_image"
        assert meta("og:description")
        cards[language] = card(client, meta("og:image"))
        assert cards[language].size == (1200, 630)
    # Its words are in each language.
    assert cards["fr"].tobytes() != cards["en"].tobytes()


def test_the_card_is_drawn_once_then_read_from_storage(client, stories, monkeypatch):
    page = stories.passe_fr
    name = sharing.storage_name(page.pk, sharing.version(page))
    default_storage.delete(name)
    drawn = []
    draw_card = sharing.draw_card

    def counting(*args, **kwargs):
        drawn.append(args[0])
        return draw_card(*args, **kwargs)

    monkeypatch.setattr(sharing, "draw_card", counting)
    url = head(client, page.url)("og:image")
    first = client.get(path_of(url)).content
    second = client.get(path_of(url)).content
    assert drawn == [page.title]
    assert first == second
    assert default_storage.exists(name)


def test_the_page_picture_is_on_the_card(client, stories):
    """The project's image fills the card's right part; a page without one gets the
    identity's discs there (the colours differ)."""
    with_image = card(client, head(client, stories.passe_fr.url)("og:image"))
    without = card(client, head(client, stories.mobile_fr.url)("og:image"))
    assert with_image.getpixel((1000, 315)) != without.getpixel((1000, 315))


def test_a_testimonial_without_consent_shares_no_portrait(stories):
    yacine = stories.yacine_fr
    yacine.portrait_consent = False
    assert sharing.picture_of(yacine) is None


def test_a_new_publication_gives_a_new_card_and_the_old_address_follows(client, stories):
    page = stories.mobile_fr
    old = head(client, page.url)("og:image")
    card(client, old)
    page.title = "Équipe mobile du Douaisis, saison 2"
    page.save_revision().publish()
    new = head(client, page.url)("og:image")
    assert new != old
    response = client.get(path_of(old))
    assert response.status_code == 302
    assert response["Location"] == path_of(new)
    assert card(client, new).size == (1200, 630)
    # The older card is not kept in the storage.
    _dirs, files = default_storage.listdir(f"{sharing.FOLDER}/{page.pk}")
    assert files == [f"{sharing.version(stories.mobile_fr)}.jpg"]


def test_the_editors_sharing_image_wins(client, stories):
    """Cropped to 1,200 × 630 (a smaller one enlarged), instead of the drawn card."""
    page = stories.drop_out_en
    drawn = card(client, head(client, page.url)("og:image"))
    page.social_image = ImageFactory(title="Sharing")
    page.save_revision().publish()
    chosen = card(client, head(client, stories.drop_out_en.url)("og:image"))
    assert chosen.size == (1200, 630)
    assert chosen.getpixel((40, 315)) != drawn.getpixel((40, 315))


def test_private_and_draft_pages_have_no_card(client, stories):
    page = stories.yacine_fr
    url = sharing.image_path(page)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(url).status_code == 404
    page.unpublish()
    assert client.get(url).status_code == 404
    assert client.get("/sharing/site-xx/1.jpg").status_code == 404


def test_french_accents_are_drawn():
    """É is drawn with its accent: taller than E (a font without it draws a box or E)."""
    face = sharing.font("bold", 60)
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    accented, plain = draw.textbbox((0, 0), "É", font=face), draw.textbbox((0, 0), "E", font=face)
    assert accented[1] < plain[1]
    assert draw.textbbox((0, 0), "ç", font=face)[3] > draw.textbbox((0, 0), "c", font=face)[3]


def test_link_previewers_may_ask_with_head_first(client, stories):
    url = head(client, stories.passe_en.url)("og:image")
    response = client.head(path_of(url))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
