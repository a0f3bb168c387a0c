"""The living pattern page: every component and story block, for staff only."""

import pytest
from django.contrib.auth import get_user_model

from tests.helpers import text_of

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client, site):
    response = client.get("/fr/patterns/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/fr/patterns/")


def test_signed_in_people_who_are_not_staff_get_a_404(client, site):
    user = get_user_model().objects.create_user("public", "public@example.org", "pw")
    client.force_login(user)
    assert client.get("/fr/patterns/").status_code == 404


def test_staff_see_each_component_and_each_story_block(client, site):
    staff = get_user_model().objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    client.force_login(staff)
    response = client.get("/en/patterns/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    html = text_of(response)
    for component in ("hero", "card-list", "story-aside", "monogram", "territory-map", "chart"):
        assert f'class="{component}' in html or f" {component}" in html, component
    # The story blocks, each with its preview value, as editors see them.
    for block in ("heading", "paragraph", "quote", "key_figures", "table", "timeline"):
        assert f'id="block-{block}"' in html, block
    assert "Prévenir le décrochage scolaire" in html  # the heading block's preview value
    assert 'class="story-quote"' in html and 'class="timeline"' in html
    french = text_of(client.get("/fr/patterns/"))
    assert "<h1>Bibliothèque de composants</h1>" in french
