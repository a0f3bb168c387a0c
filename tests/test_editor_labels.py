"""The small things an editor notices in the French admin (issue 17, item 13)."""

import pytest

from home.models import StandardPage
from tests.conftest import page_by_slug
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
    user = django_user_model.objects.create_superuser("redactrice", "r@example.org", "pw")
    client.force_login(user)
    return client


def test_slugs_are_plain_ascii(client, home_fr):
    page = home_fr.add_child(instance=StandardPage(title="Atelier vélo à Lille"))
    page.save_revision().publish()
    assert page.slug == "atelier-velo-a-lille"
    assert client.get("/fr/atelier-velo-a-lille/").status_code == 200


def test_no_avatar_from_gravatar(editor_client):
    html = text_of(editor_client.get("/admin/"))
    assert "gravatar" not in html


def test_french_labels_read_as_french(editor_client, home_fr):
    projects = page_by_slug("projets", "fr")
    html = text_of(editor_client.get(f"/admin/pages/add/stories/projectpage/{projects.pk}/"))
    assert "Ajouter un(e) territoire" in html
    assert "Territoires" in html and "un(e) Territoires" not in html

    edit = text_of(editor_client.get(f"/admin/pages/{page_by_slug('yacine', 'fr').pk}/edit/"))
    assert "Soumettre à Relecture avant publication" in edit
    assert "Moderators approval" not in edit

    catalogue = text_of(editor_client.get("/admin/localize/jsi18n/"))
    assert '"Publish in ": "Publier en "' in catalogue


def test_the_events_listing_has_a_date_column(editor_client):
    html = text_of(editor_client.get("/admin/events/?ordering=start_date"))
    assert ">Date<" in html or "Date\n" in html
    assert "21 mars 2024" in html, "the launch of Hauts les jeunes, with its date"
