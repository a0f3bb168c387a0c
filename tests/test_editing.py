"""Editors work in a French admin: pages, site settings, translations."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation

from home.models import StandardPage
from portal.models import SiteSettings
from tests.conftest import page_by_slug

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def editor_client(client, demo):
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_speaks_french(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()
    assert "Tableau de bord" in response.content.decode()


def test_editor_edits_the_home_page(editor_client, demo, client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    url = f"/admin/pages/{demo.pk}/edit/"
    assert editor_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": demo.title,
            "slug": demo.slug,
            "hero_title": "Un titre changé par l’équipe",
            "hero_intro": demo.hero_intro,
            "body": streamfield([]),
            "impact_figures": streamfield([]),
            "featured_challenges": inline_formset([]),
            "featured_projects": inline_formset([]),
            "featured_testimonials": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Un titre changé par l’équipe" in client.get("/fr/").content.decode()


def test_editor_changes_site_settings(editor_client, client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/portal/sitesettings/{site.pk}/"
    page = editor_client.get(url)
    assert page.status_code == 200
    response = editor_client.post(
        url,
        {
            "contact_email": "bonjour@example.org",
            "donation_url": "",
            "footer_text_fr": "Texte de pied de page",
            "footer_text_en": "Footer text",
            "social_links-count": "0",
        },
    )
    assert response.status_code == 302
    assert SiteSettings.for_site(site).contact_email == "bonjour@example.org"
    html = client.get("/fr/").content.decode()
    assert "bonjour@example.org" in html and "Texte de pied de page" in html


def test_editor_translates_a_new_page_with_wagtail_localize(
    editor_client, demo, client, django_capture_on_commit_callbacks
):
    page = StandardPage(title="Nos partenaires", slug="partenaires", intro="Ceux qui agissent.")
    demo.add_child(instance=page)
    page.save_revision().publish()
    english = Locale.objects.get(language_code="en")

    response = editor_client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {
            "Nos partenaires": "Our partners",
            "partenaires": "partners",
            "Ceux qui agissent.": "Those who act.",
        }.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    html = client.get("/en/partners/").content.decode()
    assert "Our partners" in html and "Those who act." in html
    assert 'href="/fr/partenaires/"' in html
    assert page_by_slug("partners", "en").locale == english
