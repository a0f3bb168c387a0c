"""One inbox: the messages of both languages in one admin list with a status, filters,
search and export; one recipient (the site settings' contact email)."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from home.models import ContactPage, ContactSubmission
from portal.models import SiteSettings
from tests.helpers import text_of
from tests.test_contact_page import filled

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def pages(site):
    return (
        ContactPage.objects.get(locale__language_code="fr"),
        ContactPage.objects.get(locale__language_code="en"),
    )


def send(client, page, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, filled(client, page, **overrides))
    assert response.status_code == 302
    return ContactSubmission.objects.latest("pk")


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return text_of(response)


def test_both_languages_in_one_list_with_status_filters_search_and_export(
    client, admin_client, pages, django_capture_on_commit_callbacks
):
    contact_fr, contact_en = pages
    french = send(client, contact_fr, django_capture_on_commit_callbacks)
    english = send(
        client,
        contact_en,
        django_capture_on_commit_callbacks,
        **{contact_en.form_fields.get(field_type="email").clean_name: "jo@example.org"},
    )
    assert french.status == english.status == ContactSubmission.Status.NEW
    assert french.sender == "camille@example.org" and "Bonjour" in french.text

    listing = text_of(admin_client.get("/admin/contact_messages/"))
    assert "camille@example.org" in listing and "jo@example.org" in listing

    english_only = text_of(
        admin_client.get(f"/admin/contact_messages/?language={contact_en.locale_id}")
    )
    assert "jo@example.org" in english_only and "camille@example.org" not in english_only
    found = text_of(admin_client.get("/admin/contact_messages/?q=jo%40example"))
    assert "jo@example.org" in found and "camille@example.org" not in found

    # The team marks a message handled, with a note; what the visitor wrote is kept.
    edit_url = f"/admin/contact_messages/edit/{french.pk}/"
    response = admin_client.post(edit_url, {"status": "handled", "note": "Answered by phone."})
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.status == "handled" and "Bonjour" in french.text
    admin_client.get("/admin/contact_messages/")  # shows the "changed" message once
    new_only = text_of(admin_client.get("/admin/contact_messages/?status=new"))
    assert "jo@example.org" in new_only and "camille@example.org" not in new_only

    export = body(admin_client.get("/admin/contact_messages/?export=csv"))
    assert "camille@example.org" in export and "jo@example.org" in export
    assert "Answered by phone." in export


def test_one_recipient_for_every_language(client, pages, django_capture_on_commit_callbacks):
    settings_row = SiteSettings.objects.first() or SiteSettings.objects.create(
        site=pages[0].get_site()
    )
    settings_row.contact_email = "equipe@example.org"
    settings_row.save()
    for page in pages:
        send(client, page, django_capture_on_commit_callbacks)
    team = [m for m in mail.outbox if m.to == ["equipe@example.org"]]
    assert len(team) == 2
    assert all("/admin/contact_messages/edit/" in m.body for m in team)


def test_editors_handle_messages_but_never_add_one(client, django_user_model, pages):
    editor = django_user_model.objects.create_user("editrice", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/contact_messages/").status_code == 200
    assert client.get("/admin/contact_messages/new/").status_code in (302, 403)


def test_dashboard_counts_new_messages(
    client, admin_client, pages, django_capture_on_commit_callbacks
):
    send(client, pages[0], django_capture_on_commit_callbacks)
    html = text_of(admin_client.get("/admin/"))
    assert "1 new message to handle" in html or "1 nouveau message" in html


def test_listing_queries_do_not_grow_with_messages(
    client, admin_client, pages, django_assert_max_num_queries
):
    def add(count, start=0):
        ContactSubmission.objects.bulk_create(
            ContactSubmission(page=pages[n % 2], form_data={}, sender=f"p{n}@example.org")
            for n in range(start, start + count)
        )

    add(3)
    admin_client.get("/admin/contact_messages/")
    with django_assert_max_num_queries(40) as few:
        admin_client.get("/admin/contact_messages/")
    add(27, start=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = admin_client.get("/admin/contact_messages/")
    assert "p29@example.org" in text_of(response)
