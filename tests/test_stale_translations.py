"""Out-of-date translations are listed, and updated in one action (issue 17, item 5)."""

import pytest
from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import ContactFormField
from portal.settings.base import machine_translator
from tests.conftest import page_by_slug
from tests.helpers import text_of

# End-to-end on the full demo: its pages, translated by wagtail-localize.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def editor_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("relectrice", "r@example.org", "pw")
    client.force_login(user)
    return client


def test_a_changed_contact_form_is_listed_then_updated_in_one_action(
    editor_client, client, django_capture_on_commit_callbacks
):
    contact = page_by_slug("contact", "fr")
    source_key = contact.translation_key
    update_url = (
        f"/admin/localize/update/{Translation.objects.get(source__object_id=source_key).source_id}/"
    )
    assert update_url not in text_of(editor_client.get("/admin/reports/stale-translations/"))

    contact.form_fields.add(
        ContactFormField(
            label="Votre ville", field_type="singleline", required=False, locale=contact.locale
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        contact.save_revision().publish()

    english_url = contact.get_translation(Locale.objects.get(language_code="en")).url
    assert "Votre ville" not in text_of(client.get(english_url))
    report = text_of(editor_client.get("/admin/reports/stale-translations/"))
    assert update_url in report
    assert update_url in text_of(editor_client.get("/admin/")), "the dashboard lists it too"

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert "Votre ville" in text_of(client.get(english_url)), "the new field, until translated"
    assert update_url in text_of(editor_client.get("/admin/reports/stale-translations/")), (
        "still listed: its label waits for a translator"
    )


def test_machine_translation_is_off_unless_configured():
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    assert machine_translator({}) is None
    deepl = machine_translator({"DEEPL_AUTH_KEY": "key:fx"})
    assert deepl["CLASS"].endswith("DeepLTranslator") and deepl["OPTIONS"]["AUTH_KEY"] == "key:fx"
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://translate.internal"})
    assert libre["CLASS"].endswith("LibreTranslator")
