"""A translation follows its original: a draft until translated, then unpublished, moved
and deleted with it (issue 17, item 3)."""

import pytest
from wagtail.models import Locale, Page

from home.models import StandardPage
from tests.helpers import text_of

# End-to-end on the full demo: its pages, translated by wagtail-localize.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


# On the demo: the home pages are the demo's, not the small site's.
@pytest.fixture
def home_fr(demo_homes):
    return demo_homes[0]


@pytest.fixture
def home_en(demo_homes):
    return demo_homes[1]


@pytest.fixture
def editor_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("traductrice", "t@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def english(demo):
    return Locale.objects.get(language_code="en")


def new_page(parent, title, slug):
    page = parent.add_child(
        instance=StandardPage(title=title, slug=slug, intro="Bonjour", show_in_menus=True)
    )
    page.save_revision().publish()
    return page


def translate(editor_client, page, english, captured):
    with captured(execute=True):
        response = editor_client.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]}
        )
    assert response.status_code == 302
    return page.get_translation(english).specific


def listed(client):
    return text_of(client.get("/sitemap-pages.xml"))


def test_translate_this_page_makes_a_draft(
    editor_client, client, home_fr, home_en, english, django_capture_on_commit_callbacks
):
    page = new_page(home_fr, "Atelier vélo", "atelier-velo")
    # The site map lists every live page (the menus only what editors put in them).
    assert "/fr/atelier-velo/</loc>" in listed(client), "live pages are listed"
    translation = translate(editor_client, page, english, django_capture_on_commit_callbacks)
    assert not translation.live
    assert client.get("/en/atelier-velo/").status_code == 404
    assert "/en/atelier-velo/</loc>" not in listed(client)

    translation.save_revision().publish()
    assert "/en/atelier-velo/</loc>" in listed(client)


def test_unpublishing_deleting_and_moving_the_original_follow(
    editor_client, client, home_fr, english, django_capture_on_commit_callbacks
):
    captured = django_capture_on_commit_callbacks
    page = new_page(home_fr, "Atelier vélo", "atelier-velo")
    shelter = new_page(home_fr, "Ateliers", "ateliers")
    for original in (page, shelter):
        translate(editor_client, original, english, captured).save_revision().publish()
    assert client.get("/en/atelier-velo/").status_code == 200

    page.refresh_from_db()
    page.move(shelter, pos="last-child")
    moved = page.get_translation(english)
    assert moved.get_parent().pk == shelter.get_translation(english).pk
    assert client.get("/en/ateliers/atelier-velo/").status_code == 200

    page.refresh_from_db()
    page.specific.unpublish()
    assert client.get("/en/ateliers/atelier-velo/").status_code == 404
    assert not Page.objects.get(pk=moved.pk).live

    key = shelter.translation_key
    Page.objects.get(pk=shelter.pk).delete()
    assert not Page.objects.filter(translation_key=key).exists()
    assert not Page.objects.filter(pk=moved.pk).exists(), "the subtree went with it"
    assert client.get("/en/ateliers/").status_code == 404
