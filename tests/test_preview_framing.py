"""Previews are framed by the admin's own preview panel; public pages are never framed."""

import pytest

from tests.conftest import page_by_slug

# End-to-end on the full demo: its pages, translated by wagtail-localize.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def editor_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("editrice", "editrice@example.org", "pw")
    client.force_login(user)
    return client


def frame_ancestors(response):
    policy = response.headers.get("Content-Security-Policy", "")
    return [part.strip() for part in policy.split(";") if "frame-ancestors" in part]


@pytest.mark.parametrize("slug", ["yacine", "contact"])
def test_preview_may_be_framed_by_the_admin_only(editor_client, slug):
    page = page_by_slug(slug, "fr")
    revision = page.latest_revision
    # The revision preview renders through serve_preview, as the panel's preview does.
    response = editor_client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert frame_ancestors(response) == ["frame-ancestors 'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_are_never_framed(client, demo):
    response = client.get(page_by_slug("yacine", "fr").url)
    assert frame_ancestors(response) == ["frame-ancestors 'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"
