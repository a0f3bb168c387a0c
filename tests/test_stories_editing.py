"""Editors create a project with needs and a testimonial, preview, publish and translate."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation

from stories.models import ProjectIndexPage, ProjectPage, Territory, TestimonialIndexPage
from tests.conftest import page_by_slug

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, stories):
    user = get_user_model().objects.create_superuser("editeur", "editeur@example.org", "pw")
    client.force_login(user)
    return client


def project_form(territory):
    return nested_form_data(
        {
            "title": "Cap sur l’avenir",
            "slug": "cap-sur-l-avenir",
            "summary": "Un nouveau projet pour les jeunes du Littoral.",
            "organisation": "Association Horizon",
            "programme": "",
            "support": "launch",
            "places": "Calais",
            "people_reached": "25",
            "start_date": "",
            "image_alt_text": "",
            "territory_links": inline_formset([{"territory": territory.pk}]),
            "challenge_links": inline_formset([]),
            "story": streamfield([]),
            "figures": streamfield([]),
            "gallery": streamfield([]),
            "needs": inline_formset(
                [{"kind": "mentors", "description": "Des salariés pour parrainer un jeune."}]
            ),
            "results": inline_formset(
                [
                    {
                        "measure": "young-people",
                        "value": "25",
                        "year": "2025",
                        "date": "",
                        "detail": "",
                        "source": "Association Horizon, bilan 2025",
                        "source_url": "",
                    }
                ]
            ),
        }
    )


def test_editor_creates_previews_publishes_and_translates_a_project(
    editor_client, client, django_capture_on_commit_callbacks
):
    index = ProjectIndexPage.objects.get(locale__language_code="fr")
    littoral = Territory.objects.get(slug="littoral", locale__language_code="fr")
    add_url = f"/admin/pages/add/stories/projectpage/{index.pk}/"
    data = project_form(littoral)

    preview = editor_client.post(f"{add_url}preview/", data)
    assert preview.json()["is_valid"] is True
    shown = editor_client.get(f"{add_url}preview/?mode=").content.decode()
    assert "Cap sur l’avenir" in shown and "Des salariés pour parrainer un jeune." in shown
    assert "Association Horizon, bilan 2025" in shown  # the result and its source

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(add_url, {**data, "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    html = client.get("/fr/projets/cap-sur-l-avenir/").content.decode()
    assert "Association Horizon" in html and "Parrains et marraines" in html
    assert "Cap sur l’avenir" in client.get("/fr/projets/?territory=littoral").content.decode()

    project = page_by_slug("cap-sur-l-avenir", "fr")
    testimonials = TestimonialIndexPage.objects.get(locale__language_code="fr")
    add_testimonial = f"/admin/pages/add/stories/testimonialpage/{testimonials.pk}/"
    testimonial = nested_form_data(
        {
            "title": "Inès, 18 ans",
            "slug": "ines",
            "first_name": "Inès",
            "age": "18",
            "portrait_alt_text": "",
            "quote": "J’ai trouvé un parrain qui croit en moi.",
            "summary": "",
            "story": streamfield([]),
            "project": project.pk,
            "territory": littoral.pk,
            "action-publish": "publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(add_testimonial, testimonial)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "/fr/temoignages/ines/" in client.get("/fr/projets/cap-sur-l-avenir/").content.decode()

    english = Locale.objects.get(language_code="en")
    for page in (project, page_by_slug("ines", "fr")):
        response = editor_client.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]}
        )
        assert response.status_code == 302
        translation = Translation.objects.get(source__object_id=page.translation_key)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = {
                "Cap sur l’avenir": "Heading for the future",
                "Des salariés pour parrainer un jeune.": "Employees to mentor a young person.",
                "J’ai trouvé un parrain qui croit en moi.": "I found a mentor who believes in me.",
            }.get(entry.msgid, entry.msgid)
        translation.import_po(po)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    translated = ProjectPage.objects.get(translation_key=project.translation_key, locale=english)
    html = client.get(translated.url).content.decode()
    assert "Heading for the future" in html and "Employees to mentor a young person." in html
    assert "Littoral (coast)" in html, "the translated project points at the English territory"
    assert "I found a mentor who believes in me." in html
