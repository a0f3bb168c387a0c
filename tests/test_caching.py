"""Cache headers and purges: shared caches keep public pages, never personal ones."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_anonymous_pages_are_cacheable_by_a_shared_cache(client, demo):
    response = client.get("/fr/a-propos/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=600" in cache_control
    assert "stale-while-revalidate=60" in cache_control


def test_logged_in_pages_are_never_stored(admin_client, demo):
    response = admin_client.get("/fr/a-propos/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_admin_is_not_given_a_public_policy(admin_client):
    response = admin_client.get("/admin/")
    assert "public" not in response.get("Cache-Control", "")


def test_post_requests_are_never_stored(client, demo):
    response = client.post("/fr/a-propos/")
    assert "public" not in response.get("Cache-Control", "")


@override_settings(
    WAGTAILFRONTENDCACHE={
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
)
def test_publishing_purges_the_page_and_the_pages_that_list_it(
    demo, monkeypatch, django_capture_on_commit_callbacks
):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    from tests.conftest import page_by_slug

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    about = page_by_slug("a-propos", "fr")
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert any(url.endswith("/fr/a-propos/") for url in purged)
    assert any(url.endswith("/fr/") for url in purged)
