"""Story blocks: one translatable table, Wagtail's ImageBlock, and the editors' chooser.

A page is built here with a table, an image and a gallery (one image decorative); the
tests follow it from the French page to wagtail-localize's translation editor and to the
English page, and check what the block chooser tells a French editor.
"""

import json
import re
import uuid
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from events.models import EventPage
from home.models import HomePage, StandardPage
from portal import demo as demo_helpers
from portal.models import SiteSettings
from stories.models import ChallengePage, ProjectPage, TestimonialPage
from tests.conftest import page_by_slug
from tests.helpers import elements, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

CAPTION = "Jeunes accompagnés par promotion"
HEADERS = ["Promotion", "Jeunes", "En formation"]
ROWS = [["Lille 2024", "14", "9"], ["Roubaix 2025", "16", "11"]]
SOURCE = "Bilan de l'association"
IMAGE_ALT = "Des jeunes à l'entraînement au stade"
GALLERY_ALT = "Deux joueurs se passent le ballon"
ENGLISH = {
    CAPTION: "Young people supported per cohort",
    "Promotion": "Cohort",
    "Jeunes": "Young people",
    "En formation": "In training",
    "Lille 2024": "Lille, 2024",
    "Roubaix 2025": "Roubaix, 2025",
    "14": "fourteen",
    "9": "nine",
    "16": "sixteen",
    "11": "eleven",
    SOURCE: "The association's review",
    IMAGE_ALT: "Young people training at the stadium",
    GALLERY_ALT: "Two players passing the ball",
    "Nos chiffres": "Our figures",
    "nos-chiffres": "our-figures",
}


def block_id(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(parts)))


def items(key, values):
    return [
        {"type": "item", "id": block_id(key, str(n)), "value": value}
        for n, value in enumerate(values)
    ]


def image_value(image, alt_text, decorative=False):
    return {"image": image.pk, "alt_text": alt_text, "decorative": decorative}


def body(image):
    table = {
        "caption": CAPTION,
        "headers": items("headers", HEADERS),
        "rows": items("rows", [{"cells": items(f"row{r}", row)} for r, row in enumerate(ROWS)]),
        "source": SOURCE,
    }
    gallery = {
        "title": "",
        "images": items(
            "gallery",
            [
                {"image": image_value(image, GALLERY_ALT), "caption": ""},
                {"image": image_value(image, "", decorative=True), "caption": "Décor"},
            ],
        ),
    }
    return json.dumps(
        [
            {"type": "table", "id": block_id("table"), "value": table},
            {
                "type": "image",
                "id": block_id("image"),
                "value": {"image": image_value(image, IMAGE_ALT), "caption": "", "credit": ""},
            },
            {"type": "gallery", "id": block_id("gallery"), "value": gallery},
        ]
    )


@pytest.fixture
def image():
    return demo_helpers.illustration("blocks-test", "Image des blocs", "Description de l'image")


@pytest.fixture
def page(home_fr, image):
    page = StandardPage(title="Nos chiffres", slug="nos-chiffres", body=body(image))
    home_fr.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("blocs", "blocs@example.org", "pw")
    client.force_login(user)
    return client


def strings(instance):
    return [s.string.data for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def translate_to_english(editor_client, page, capture):
    english = Locale.objects.get(language_code="en")
    response = editor_client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]}
    )
    assert response.status_code == 302
    translation_ = Translation.objects.get(source__object_id=page.translation_key)
    po = translation_.export_po()
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    translation_.import_po(po)
    with capture(execute=True):
        translation_.save_target(publish=True)
    return po


# The table ------------------------------------------------------------------------------


def test_the_caption_every_heading_and_every_cell_are_segments_to_translate(page):
    found = strings(page)
    for text in [CAPTION, *HEADERS, *(cell for row in ROWS for cell in row), SOURCE]:
        assert found.count(text) >= 1, text
    assert IMAGE_ALT in found and GALLERY_ALT in found, "alt texts are translated too"


def test_every_cell_is_in_wagtail_localizes_translation_editor(
    editor_client, page, django_capture_on_commit_callbacks
):
    po = translate_to_english(editor_client, page, django_capture_on_commit_callbacks)
    assert {entry.msgid for entry in po} >= {CAPTION, *HEADERS, ROWS[0][0], ROWS[1][2], SOURCE}

    english = page_by_slug("our-figures", "en")
    editor = unescape(text_of(editor_client.get(f"/admin/pages/{english.pk}/edit/")))
    assert "translation-editor" in editor
    for text in [CAPTION, *HEADERS, *(cell for row in ROWS for cell in row), SOURCE]:
        assert json.dumps(text)[1:-1] in editor, f"{text!r} is not offered to translators"


def test_the_english_page_shows_the_translated_table_and_alt_texts(
    client, editor_client, page, django_capture_on_commit_callbacks
):
    translate_to_english(editor_client, page, django_capture_on_commit_callbacks)
    html = text_of(client.get("/en/our-figures/"))

    assert f"<caption>{ENGLISH[CAPTION]}</caption>" in html
    headings = ['<th scope="col">' + ENGLISH[h] + "</th>" for h in HEADERS]
    assert all(heading in html for heading in headings)
    assert '<th scope="row">Roubaix, 2025</th><td>sixteen</td><td>eleven</td>' in html
    assert "The association&#x27;s review" in html
    assert elements(html, "img", alt=ENGLISH[IMAGE_ALT])
    assert elements(html, "img", alt=ENGLISH[GALLERY_ALT])
    assert CAPTION not in html and GALLERY_ALT not in html


def test_the_french_page_renders_the_table_with_its_caption_and_source(client, page):
    html = text_of(client.get("/fr/nos-chiffres/"))
    assert f"<caption>{CAPTION}</caption>" in html
    assert '<th scope="col">En formation</th>' in html
    assert '<th scope="row">Lille 2024</th><td>14</td><td>9</td>' in html
    assert "Bilan de l&#x27;association</figcaption>" in html


# Images ---------------------------------------------------------------------------------


def test_images_carry_their_alt_text_and_a_decorative_image_an_empty_alt(client, page):
    html = text_of(client.get("/fr/nos-chiffres/"))
    assert elements(html, "img", alt=IMAGE_ALT)
    assert elements(html, "img", alt=GALLERY_ALT)
    assert elements(html, "img", alt=""), "the decorative image is silent"
    assert not elements(html, "img", alt="Description de l'image")


def test_a_decorative_image_offers_nothing_to_translate(page):
    found = strings(page)
    assert "" not in found
    assert found.count(GALLERY_ALT) == 1


# The block chooser ----------------------------------------------------------------------

STREAM_FIELDS = [
    (HomePage, "body"),
    (HomePage, "impact_figures"),
    (StandardPage, "body"),
    (ChallengePage, "story"),
    (ChallengePage, "figures"),
    (ProjectPage, "story"),
    (ProjectPage, "figures"),
    (ProjectPage, "gallery"),
    (TestimonialPage, "story"),
    (EventPage, "story"),
    (SiteSettings, "social_links"),
]


def chooser_blocks():
    """Every block an editor picks in a block chooser, once."""
    found = {}
    for model, name in STREAM_FIELDS:
        for child in model._meta.get_field(name).stream_block.child_blocks.values():
            found[child.definition_prefix] = child
    return list(found.values())


def french_catalogue():
    path = Path(settings.BASE_DIR, "portal", "locale", "fr", "LC_MESSAGES", "django.po")
    return {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgstr and not e.fuzzy}


def test_every_block_is_named_and_described_in_french_and_english():
    catalogue = french_catalogue()
    for block in chooser_blocks():
        for text in (block.label, block.get_description()):
            with translation.override("en"):
                english = str(text)
            with translation.override("fr"):
                french = str(text)
            assert english, f"{block.name}: nothing to show"
            assert catalogue.get(english) == french, f"{block.name}: {english!r} not in French"


def test_every_block_shows_a_preview_in_the_chooser(editor_client, image):
    for block in chooser_blocks():
        assert block.is_previewable, block.name
        url = reverse("wagtailadmin_block_preview") + f"?id={block.definition_prefix}"
        response = editor_client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 200, block.name
        html = text_of(response)
        main = html.split("<main>", 1)[1].split("</main>", 1)[0]
        assert "<img" in main or re.sub(r"<[^>]+>", "", main).strip(), f"{block.name}: empty"
        assert "portal.css" in html, "previews use the site's styles"
